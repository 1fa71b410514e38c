/* sheet.c - the comparison sheet: an A4 portrait PDF with a cover (title,
 * date, entities, documents), then one page per table (its bar chart and
 * the source clauses as footnotes, continued on further pages when long),
 * page numbers and a PDF outline entry per table. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>

#include "core/period.h"
#include "render/render_int.h"

#define A4_W 595.2756
#define A4_H 841.8898
#define MARGIN 50.0
#define FOOTER 28.0          /* page number band at the bottom */

typedef struct {
	db_renderer *r;
	const db_sheet *s;
	db_canvas cv;
	db_textctx tc;
	int page;                 /* current page number, 1-based */
	double y;                 /* next free y on the page */
	const char *title;
} sheet;

static const char *level_name(const char *level)
{
	static const struct {
		const char *level, *word;
	} words[] = {
		{ "province", "省" }, { "prefecture", "地级市" }, { "county", "县级" },
		{ "district", "市辖区" }, { "zone", "开发区" }, { "composite", "合并口径" },
	};
	for (size_t i = 0; level && i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcmp(level, words[i].level))
			return words[i].word;
	return level;
}

/* Draw text at the cursor (wrapped to the text width) and advance it. */
static double put(sheet *sh, const char *text, double size, bool bold, const db_rgb *col,
		  double indent, double after)
{
	PangoLayout *l = db_text(&sh->tc, text, size, bold, A4_W - 2 * MARGIN - indent,
				 PANGO_ALIGN_LEFT);
	double h = db_text_height(l);

	db_text_draw(sh->cv.cr, l, MARGIN + indent, sh->y, col);
	g_object_unref(l);
	sh->y += h + after;
	return h;
}

static double text_height(sheet *sh, const char *text, double size, double indent)
{
	PangoLayout *l = db_text(&sh->tc, text, size, false, A4_W - 2 * MARGIN - indent,
				 PANGO_ALIGN_LEFT);
	double h = db_text_height(l);
	g_object_unref(l);
	return h;
}

static void footer(sheet *sh)
{
	char num[32];
	PangoLayout *l;

	snprintf(num, sizeof(num), "— %d —", sh->page);
	l = db_text(&sh->tc, num, sh->r->theme.note_size, false, A4_W - 2 * MARGIN,
		    PANGO_ALIGN_CENTER);
	db_text_draw(sh->cv.cr, l, MARGIN, A4_H - FOOTER, &sh->r->theme.muted);
	g_object_unref(l);
}

static int new_page(sheet *sh, db_diag *d)
{
	const db_theme *th = &sh->r->theme;

	footer(sh);
	if (db_canvas_next_page(&sh->cv, d) < 0)
		return -1;
	sh->page++;
	cairo_set_source_rgb(sh->cv.cr, th->background.r, th->background.g, th->background.b);
	cairo_paint(sh->cv.cr);
	sh->y = MARGIN;
	/* A running head: the sheet's title, small. */
	put(sh, sh->title, th->note_size, false, &th->muted, 0, 2);
	cairo_set_source_rgb(sh->cv.cr, th->grid.r, th->grid.g, th->grid.b);
	cairo_set_line_width(sh->cv.cr, 0.5);
	cairo_move_to(sh->cv.cr, MARGIN, sh->y);
	cairo_line_to(sh->cv.cr, A4_W - MARGIN, sh->y);
	cairo_stroke(sh->cv.cr);
	sh->y += 10;
	return 0;
}

/* The newest document date, from the cover documents or the row sources. */
static void newest_date(const db_sheet *s, char *out, size_t outsz)
{
	db_date best = { 0, 0, 0 };

	for (size_t i = 0; i < s->ndocuments; i++)
		if (s->documents[i]->has_date && db_date_cmp(&s->documents[i]->date, &best) > 0)
			best = s->documents[i]->date;
	for (size_t k = 0; k < s->ntables; k++)
		for (size_t i = 0; i < s->tables[k]->nrows; i++)
			for (size_t j = 0; j < s->tables[k]->rows[i].nsources; j++) {
				db_date dt;
				const char *ds = s->tables[k]->rows[i].sources[j].date;
				if (ds && db_date_parse(ds, &dt) == 0 && db_date_cmp(&dt, &best) > 0)
					best = dt;
			}
	if (best.year)
		snprintf(out, outsz, "%d年%d月%d日", best.year, best.month, best.day);
	else
		out[0] = 0;
}

/* "A（地级市）、B（县级）": each entity once. */
static void add_entity(db_buf *b, size_t *n, const char *entity, const char *level)
{
	char item[512];
	const char *p;
	size_t len;

	if (!entity)
		return;
	len = (size_t)snprintf(item, sizeof(item), "%s（", entity);
	for (p = db_buf_cstr(b); (p = strstr(p, item)); p += len)
		if (p == b->data || !strncmp(p - 3, "、", 3))
			return;
	db_buf_printf(b, "%s%s（%s）", (*n)++ ? "、" : "", entity,
		      level ? level_name(level) : "层级不详");
}

static void cover(sheet *sh)
{
	const db_theme *th = &sh->r->theme;
	const db_sheet *s = sh->s;
	char line[1024], date[64];
	size_t nent = 0;
	db_buf ents = DB_BUF_INIT;

	sh->y = 190;
	put(sh, sh->title, 24, true, &th->text, 0, 10);
	if (s->subtitle)
		put(sh, s->subtitle, 13, false, &th->muted, 0, 6);
	newest_date(s, date, sizeof(date));
	if (date[0]) {
		snprintf(line, sizeof(line), "资料截至 %s", date);
		put(sh, line, 11, false, &th->muted, 0, 4);
	}
	snprintf(line, sizeof(line), "共 %zu 项指标对比", s->ntables);
	put(sh, line, 11, false, &th->muted, 0, 36);

	/* Entities with their levels: from the documents, else from the rows. */
	put(sh, "比较对象", 12, true, &th->text, 0, 6);
	for (size_t i = 0; i < s->ndocuments; i++)
		add_entity(&ents, &nent, s->documents[i]->entity, s->documents[i]->level);
	for (size_t k = 0; !s->ndocuments && k < s->ntables; k++)
		for (size_t i = 0; i < s->tables[k]->nrows; i++)
			add_entity(&ents, &nent, s->tables[k]->rows[i].entity,
				   s->tables[k]->rows[i].level);
	if (nent)
		put(sh, ents.data, 10.5, false, &th->text, 12, 24);
	db_buf_release(&ents);

	if (s->ndocuments) {
		put(sh, "资料来源", 12, true, &th->text, 0, 6);
		for (size_t i = 0; i < s->ndocuments; i++) {
			const db_document *doc = s->documents[i];
			char ds[16] = "";
			if (doc->has_date)
				db_date_format(&doc->date, ds);
			snprintf(line, sizeof(line), "%s　%s%s%s", doc->file ? doc->file : "",
				 doc->entity ? doc->entity : "", ds[0] ? "，" : "", ds);
			put(sh, line, 10, false, &th->text, 12, 3);
		}
	}
}

/* Footnotes: each figure's source clause with file and line, then
 * conflicts and corrections. Continues on a new page when full. */
static int footnotes(sheet *sh, const db_table *t, const char *title, db_diag *d)
{
	const db_theme *th = &sh->r->theme;
	double size = th->note_size + 0.5;
	int k = 0;
	char line[4096];
	db_buf b = DB_BUF_INIT;

	for (size_t i = 0; i < t->nrows; i++)
		for (size_t j = 0; j < t->rows[i].nsources; j++) {
			const db_row_source *src = &t->rows[i].sources[j];
			db_buf_reset(&b);
			db_buf_printf(&b, "[%d] %s：%s", ++k, t->rows[i].entity ? t->rows[i].entity : "",
				      src->text ? src->text : "");
			if (src->file && src->line > 0)
				db_buf_printf(&b, "（%s，第%d行）", src->file, src->line);
			else if (src->file)
				db_buf_printf(&b, "（%s）", src->file);
			if (k == 1)
				put(sh, "来源条款", th->label_size, true, &th->text, 0, 4);
			if (sh->y + text_height(sh, b.data, size, 10) > A4_H - MARGIN - FOOTER) {
				if (new_page(sh, d) < 0)
					goto fail;
				snprintf(line, sizeof(line), "%s（续）", title);
				put(sh, line, th->label_size, true, &th->text, 0, 6);
			}
			put(sh, b.data, size, false, &th->text, 10, 3);
		}
	for (size_t i = 0; i < t->nconflicts; i++) {
		const db_conflict *c = &t->conflicts[i];
		char kept[DB_LABEL_MAX] = "—", dropped[DB_LABEL_MAX] = "—";
		if (!c->kept_null)
			db_number_label(c->kept, 2, kept, sizeof(kept));
		if (!c->dropped_null)
			db_number_label(c->dropped, 2, dropped, sizeof(dropped));
		db_buf_reset(&b);
		db_buf_printf(&b, "数据冲突：%s 采用 %s，未采用 %s（%s）", c->entity ? c->entity : "",
			      kept, dropped, c->policy ? c->policy : "");
		if (sh->y + text_height(sh, b.data, size, 10) > A4_H - MARGIN - FOOTER &&
		    new_page(sh, d) < 0)
			goto fail;
		put(sh, b.data, size, false, &th->muted, 10, 3);
	}
	db_buf_release(&b);
	return 0;
fail:
	db_buf_release(&b);
	return -1;
}

static int table_page(sheet *sh, size_t k, db_diag *d)
{
	const db_table *t = sh->s->tables[k];
	const char *pt = sh->s->page_titles ? sh->s->page_titles[k] : NULL;
	db_bar_parts parts = { pt, NULL, true, true };
	char title[512], dest[32];
	const db_theme *th = &sh->r->theme;
	double w = A4_W - 2 * MARGIN + th->margin_left + th->margin_right, h, room, scale;
	cairo_t *cr;

	if (new_page(sh, d) < 0)
		return -1;
	if (pt)
		snprintf(title, sizeof(title), "%s", pt);
	else
		db_table_title(t, title, sizeof(title));
	snprintf(dest, sizeof(dest), "page=%d", sh->page);
	cairo_pdf_surface_add_outline(sh->cv.surface, CAIRO_PDF_OUTLINE_ROOT, title, dest, 0);

	/* The chart spans the text width (its own margins are the theme's),
	 * and takes at most 80% of the page (footnotes may continue overleaf);
	 * taller charts are scaled down. */
	if (db_bar_measure(sh->r, t, &parts, w, &h, d) < 0)
		return -1;
	room = 0.8 * (A4_H - sh->y - MARGIN - FOOTER);
	scale = h > room ? room / h : 1;
	cr = sh->cv.cr;
	cairo_save(cr);
	cairo_translate(cr, MARGIN - th->margin_left * scale, sh->y - th->margin_top * scale);
	cairo_scale(cr, scale, scale);
	if (db_bar_draw(sh->r, t, &parts, cr, 0, 0, w, h, d) < 0) {
		cairo_restore(cr);
		return -1;
	}
	cairo_restore(cr);
	sh->y += (h - th->margin_top) * scale + 8;
	return footnotes(sh, t, title, d);
}

int db_render_sheet(db_renderer *r, const db_sheet *s, const char *path, db_diag *d)
{
	const db_backend *be = db_backend_for_path(path);
	const db_theme *th = &r->theme;
	sheet sh;
	PangoContext *pc;
	db_buf desc = DB_BUF_INIT;
	int rc = -1;

	if (!be || !db_backend_is_paged(be))
		return db_error(d, path, 0, 0, "a sheet is written as PDF (use .pdf)");
	memset(&sh, 0, sizeof(sh));
	sh.r = r;
	sh.s = s;
	sh.title = s->title ? s->title : "对标分析简报";
	db_buf_reset(&r->missing);
	if (db_canvas_begin(&sh.cv, be, A4_W, A4_H, 1, d) < 0)
		return -1;
	pc = db_fonts_context(r->fonts, sh.cv.cr);
	sh.tc = (db_textctx){ pc, r->fonts, db_fonts_family(r->fonts), &r->missing };
	sh.page = 1;
	cairo_set_source_rgb(sh.cv.cr, th->background.r, th->background.g, th->background.b);
	cairo_paint(sh.cv.cr);
	cairo_pdf_surface_add_outline(sh.cv.surface, CAIRO_PDF_OUTLINE_ROOT, "封面", "page=1", 0);
	cover(&sh);
	for (size_t k = 0; k < s->ntables; k++)
		if (table_page(&sh, k, d) < 0)
			goto out;
	footer(&sh);
	if (db_canvas_check(&sh.cv, d) < 0 || db_render_check_glyphs(r, d) < 0)
		goto out;
	for (size_t k = 0; k < s->ntables; k++) {
		char title[512];
		db_buf_printf(&desc, "%s%s", k ? "；" : "",
			      s->page_titles && s->page_titles[k]
				      ? s->page_titles[k]
				      : db_table_title(s->tables[k], title, sizeof(title)));
	}
	g_object_unref(pc);
	pc = NULL;
	{
		db_doc_meta m = { sh.title, db_buf_cstr(&desc), r->o.epoch };
		rc = db_canvas_finish(&sh.cv, &m, path, d);
	}
	db_buf_release(&desc);
	return rc;
out:
	if (pc)
		g_object_unref(pc);
	db_canvas_abort(&sh.cv);
	db_buf_release(&desc);
	return rc;
}
