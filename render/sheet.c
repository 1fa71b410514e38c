/* sheet.c - the comparison sheet: an A4 portrait PDF with a cover (title,
 * date, entities with their levels, documents with their dates), the 对标表
 * of a focus, a coverage grid (tables × entities), then a block per table —
 * its chart, its ranking table and footnotes quoting each figure's source
 * clause with file and line, corrections and conflicts — blocks sharing
 * pages where they fit, and an appendix for what would leave a page of
 * notes only (a long list of documents, the clauses of long tables). Page
 * numbers, an outline entry per metric with its tables under it, and
 * document metadata. */
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
#define TEXT_W (A4_W - 2 * MARGIN)
#define BOTTOM (A4_H - MARGIN - FOOTER)
#define COVER_COLS 6         /* entities per block of the coverage grid */
#define PAGE_TOP (MARGIN + 24) /* where a page's text starts under the running head */
#define BLOCK_GAP 22.0       /* between two tables sharing a page */
#define NOTE_INDENT 10.0     /* of a note's text */

typedef struct {
	db_renderer *r;
	const db_sheet *s;
	const db_sheet_page *pages;
	size_t npages;
	db_canvas cv;
	db_textctx tc;
	int page;                 /* current page number, 1-based */
	double y;                 /* next free y on the page */
	const char *title;
	const char *section;      /* "SECTION（续）" heads a page it goes on to */
	bool names;               /* running text lists places: break between words */
	bool dry;                 /* measuring a table's block: nothing drawn,
				   * no page begun, only y advanced */
	bool spilled;             /* a dry run went past the page's bottom */
	double dry_enough;        /* a dry run past this y may leave out the
				   * source clauses still to come: it is known
				   * to be too tall (0: never) */
	/* entities in cover order, and a document list when the sheet has none */
	const char **ents, **ent_levels;
	size_t nents;
	/* what the appendix holds: the documents when the cover had no room
	 * for them, the source clauses of tables whose block would not fit a
	 * page with them */
	bool docs_later;
	bool *clauses_later;      /* per page */
	/* What a block is measured with is what it is drawn with: text_layout's
	 * layouts by what makes them, each shaped once; per page, its ranking
	 * table and its chart's size, from the first measuring to the drawing. */
	GHashTable *layouts;
	struct ahead *ahead;      /* the source clauses laid out ahead, or NULL */
	db_rtable **rtables;
	struct chart_size {
		bool known;
		int rc;
		double w, h;
	} *charts;
} sheet;

/* How many lines a heading may take before it ends in "…" (the whole text
 * stays in the outline and the metadata); running text is never cut. */
#define COVER_TITLE_LINES 6
#define HEAD_LINES DB_TITLE_LINES

/* A layout's key in sh->layouts. */
static void layout_key(db_buf *key, const char *text, double size, bool bold, double indent,
		       int lines, bool names)
{
	db_key_num(key, size);
	db_key_int(key, bold);
	db_key_num(key, indent);
	db_key_int(key, lines);
	db_key_int(key, names);
	db_buf_puts(key, text);
}

static PangoLayout *ahead_take(sheet *sh, const char *key);

/* Text wrapped to the text width less indent, broken between words of
 * place names when names; lines > 0 keeps at most that many lines. The
 * same text the same way is the same layout, whether it is measured or
 * drawn. Caller unrefs. */
static PangoLayout *layout_of(sheet *sh, const char *text, double size, bool bold,
			      double indent, int lines, bool names)
{
	db_buf key = DB_BUF_INIT;
	PangoLayout *l;

	layout_key(&key, text, size, bold, indent, lines, names);
	l = g_hash_table_lookup(sh->layouts, key.data);
	if (l) {
		db_buf_release(&key);
		return g_object_ref(l);
	}
	if ((l = ahead_take(sh, key.data)) != NULL)
		db_text_note(&sh->tc, text);   /* as db_text would have */
	else
		l = db_text(&sh->tc, text, size, bold, TEXT_W - indent, PANGO_ALIGN_LEFT);
	if (names)
		db_text_names(l);
	if (lines > 0)
		db_text_limit(l, TEXT_W - indent, lines);
	g_hash_table_insert(sh->layouts, db_buf_detach(&key, NULL), g_object_ref(l));
	return l;
}

static PangoLayout *text_layout(sheet *sh, const char *text, double size, bool bold,
				double indent, int lines)
{
	return layout_of(sh, text, size, bold, indent, lines, sh->names);
}

static int need(sheet *sh, double h, db_diag *d);

/* Draw l at the cursor line by line, going on to a new page when a line
 * does not fit, and advance the cursor past it (and after). */
static int flow(sheet *sh, PangoLayout *l, double indent, const db_rgb *col, double after,
		db_diag *d)
{
	PangoLayoutIter *it;
	double top = 0;   /* the layout's y at the cursor */
	int rc = 0, n = 0;

	if (sh->dry) {
		sh->spilled |= sh->y + db_text_height(l) > BOTTOM;
		sh->y += db_text_height(l) + after;
		return 0;
	}
	it = pango_layout_get_iter(l);
	db_text_update(sh->cv.cr, l);
	do {
		PangoRectangle line;
		double ly, lh, base;

		pango_layout_iter_get_line_extents(it, NULL, &line);
		ly = (double)line.y / PANGO_SCALE;
		lh = (double)line.height / PANGO_SCALE;
		if (sh->y + ly - top + lh > BOTTOM) {
			sh->y += ly - top;
			if ((rc = need(sh, lh, d)) < 0)
				break;
			top = ly;
		}
		base = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
		db_box_text_line(sh->cv.cr, l, pango_layout_iter_get_line_readonly(it), n++,
				 MARGIN + indent + (double)line.x / PANGO_SCALE, sh->y + ly - top);
		cairo_set_source_rgb(sh->cv.cr, col->r, col->g, col->b);
		cairo_move_to(sh->cv.cr, MARGIN + indent + (double)line.x / PANGO_SCALE,
			      sh->y + base - top);
		pango_cairo_show_layout_line(sh->cv.cr, pango_layout_iter_get_line_readonly(it));
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	if (rc == 0)
		sh->y += db_text_height(l) - top + after;
	return rc;
}

/* Text at the cursor, wrapped to the text width (at most lines lines when
 * lines > 0), on as many pages as it takes. */
static int put(sheet *sh, const char *text, double size, bool bold, const db_rgb *col,
	       double indent, double after, int lines, db_diag *d)
{
	PangoLayout *l = text_layout(sh, text, size, bold, indent, lines);
	int rc = flow(sh, l, indent, col, after, d);

	g_object_unref(l);
	return rc;
}

static double text_height(sheet *sh, const char *text, double size, double indent)
{
	PangoLayout *l = layout_of(sh, text, size, false, indent, 0, false);
	double h = db_text_height(l);
	g_object_unref(l);
	return h;
}

static void footer(sheet *sh)
{
	char num[32];
	PangoLayout *l;

	snprintf(num, sizeof(num), "— %d —", sh->page);
	l = db_text(&sh->tc, num, sh->r->theme.note_size, false, TEXT_W, PANGO_ALIGN_CENTER);
	db_text_draw(sh->cv.cr, l, MARGIN, A4_H - FOOTER, &sh->r->theme.muted);
	g_object_unref(l);
}

static int new_page(sheet *sh, db_diag *d)
{
	const db_theme *th = &sh->r->theme;
	PangoLayout *head;

	footer(sh);
	if (db_canvas_next_page(&sh->cv, d) < 0)
		return -1;
	sh->page++;
	cairo_set_source_rgb(sh->cv.cr, th->background.r, th->background.g, th->background.b);
	cairo_paint(sh->cv.cr);
	sh->y = MARGIN;
	/* A running head: the sheet's title, small, on one line. */
	head = text_layout(sh, sh->title, th->note_size, false, 0, 1);
	db_text_draw(sh->cv.cr, head, MARGIN, sh->y, &th->muted);
	sh->y += db_text_height(head) + 2;
	g_object_unref(head);
	cairo_set_source_rgb(sh->cv.cr, th->grid.r, th->grid.g, th->grid.b);
	cairo_set_line_width(sh->cv.cr, 0.5);
	cairo_move_to(sh->cv.cr, MARGIN, sh->y);
	cairo_line_to(sh->cv.cr, A4_W - MARGIN, sh->y);
	cairo_stroke(sh->cv.cr);
	sh->y += 10;
	return 0;
}

/* A new page headed "SECTION（续）" when h does not fit below the cursor. */
static int need(sheet *sh, double h, db_diag *d)
{
	db_buf line = DB_BUF_INIT;
	int rc;

	if (sh->dry || sh->y + h <= BOTTOM) {
		sh->spilled |= sh->y + h > BOTTOM;
		return 0;
	}
	if (new_page(sh, d) < 0)
		return -1;
	db_buf_printf(&line, "%s（续）", sh->section ? sh->section : sh->title);
	rc = put(sh, line.data, sh->r->theme.label_size, true, &sh->r->theme.text, 0, 6, 2, d);
	db_buf_release(&line);
	return rc;
}

/* Measuring without drawing: dry_begin starts a run of the drawing code
 * that draws nothing and begins no page, from y 0; dry_end ends it, puts
 * the cursor back where it was (y, from dry_begin) and returns the height
 * the run took. */
static double dry_begin(sheet *sh)
{
	double y = sh->y;

	sh->dry = true;
	sh->y = 0;
	return y;
}

static double dry_end(sheet *sh, double y)
{
	double h = sh->y;

	sh->dry = false;
	sh->y = y;
	return h;
}

/* ---- what the sheet is about ---- */

static void newest_date(const sheet *sh, db_date *best)
{
	const db_sheet *s = sh->s;

	memset(best, 0, sizeof(*best));
	for (size_t i = 0; i < s->ndocuments; i++)
		if (s->documents[i]->has_date && db_date_cmp(&s->documents[i]->date, best) > 0)
			*best = s->documents[i]->date;
	for (size_t k = 0; k < sh->npages; k++) {
		const db_table *t = sh->pages[k].table;
		for (size_t i = 0; i < t->nrows; i++)
			for (size_t j = 0; j < t->rows[i].nsources; j++) {
				db_date dt;
				const char *ds = t->rows[i].sources[j].date;
				if (ds && db_date_parse(ds, &dt) == 0 && db_date_cmp(&dt, best) > 0)
					*best = dt;
			}
	}
}

static void add_entity(sheet *sh, const char *entity, const char *level)
{
	if (!entity)
		return;
	for (size_t i = 0; i < sh->nents; i++)
		if (!strcmp(sh->ents[i], entity)) {
			if (!sh->ent_levels[i])
				sh->ent_levels[i] = level;
			return;
		}
	sh->ents = db_xrealloc(sh->ents, (sh->nents + 1) * sizeof(*sh->ents));
	sh->ent_levels = db_xrealloc(sh->ent_levels, (sh->nents + 1) * sizeof(*sh->ent_levels));
	sh->ents[sh->nents] = entity;
	sh->ent_levels[sh->nents++] = level;
}

/* The documents' entities first (their order), then the rows' entities. */
static void gather_entities(sheet *sh)
{
	for (size_t i = 0; i < sh->s->ndocuments; i++)
		add_entity(sh, sh->s->documents[i]->entity, sh->s->documents[i]->level);
	for (size_t k = 0; k < sh->npages; k++) {
		const db_table *t = sh->pages[k].table;
		if (db_table_has_flag(t, "series"))   /* rows are periods */
			continue;
		for (size_t i = 0; i < t->nrows; i++)
			add_entity(sh, t->rows[i].entity, t->rows[i].level);
	}
}

/* A document as the cover cites it: its title (and publisher) when the
 * manifest gave them, then its date, then the file it was read from. */
static void cite(db_buf *b, const char *title, const char *publisher, const char *file,
		 const char *date)
{
	if (title)
		db_buf_printf(b, "%s%s%s%s", title, publisher ? "（" : "",
			      publisher ? publisher : "", publisher ? "）" : "");
	else
		db_buf_puts(b, file ? file : "");
	if (date)
		db_buf_printf(b, "，%s", date);
	if (title && file)
		db_buf_printf(b, "　%s", file);
}

static void widen(db_date *lo, db_date *hi, const db_date *dt)
{
	if (!lo->year || db_date_cmp(dt, lo) < 0)
		*lo = *dt;
	if (!hi->year || db_date_cmp(dt, hi) > 0)
		*hi = *dt;
}

/* Documents named by the rows' sources, when the sheet was given none: one
 * a line, as cite() writes them; the number of them. */
static size_t source_documents(sheet *sh, db_buf *out, db_date *lo, db_date *hi)
{
	const char **files = NULL;
	size_t n = 0;

	for (size_t k = 0; k < sh->npages; k++) {
		const db_table *t = sh->pages[k].table;
		for (size_t i = 0; i < t->nrows; i++)
			for (size_t j = 0; j < t->rows[i].nsources; j++) {
				const db_row_source *src = &t->rows[i].sources[j];
				bool seen = false;
				if (!src->file)
					continue;
				for (size_t f = 0; f < n && !seen; f++)
					seen = !strcmp(files[f], src->file);
				if (seen)
					continue;
				files = db_xrealloc(files, (n + 1) * sizeof(*files));
				files[n++] = src->file;
				if (out->len)
					db_buf_putc(out, '\n');
				cite(out, src->title, src->publisher, src->file, src->date);
				if (src->date) {
					db_date dt;
					if (db_date_parse(src->date, &dt) == 0)
						widen(lo, hi, &dt);
				}
			}
	}
	free(files);
	return n;
}

/* The sheet's documents, one a line (the manifest's, else those the rows
 * cite), the span of their dates in lo..hi; the number of them. */
static size_t document_lines(sheet *sh, db_buf *out, db_date *lo, db_date *hi)
{
	const db_sheet *s = sh->s;

	memset(lo, 0, sizeof(*lo));
	memset(hi, 0, sizeof(*hi));
	if (!s->ndocuments)
		return source_documents(sh, out, lo, hi);
	for (size_t i = 0; i < s->ndocuments; i++) {
		const db_document *doc = s->documents[i];
		char ds[16] = "";
		if (doc->has_date) {
			db_date_format(&doc->date, ds);
			widen(lo, hi, &doc->date);
		}
		if (i)
			db_buf_putc(out, '\n');
		cite(out, doc->title, doc->publisher, doc->file, ds[0] ? ds : NULL);
		db_buf_printf(out, "　%s", doc->entity ? doc->entity : "");
	}
	return s->ndocuments;
}

/* Each line of text, put as its own paragraph; with dry, only the height
 * they take. */
static int put_lines(sheet *sh, const char *text, double size, double indent, double after,
		     db_diag *d)
{
	const db_theme *th = &sh->r->theme;
	db_buf line = DB_BUF_INIT;
	int rc = 0;

	for (const char *p = text; rc == 0 && *p;) {
		size_t n = strcspn(p, "\n");
		db_buf_reset(&line);
		db_buf_add(&line, p, n);
		rc = put(sh, db_buf_cstr(&line), size, false, &th->text, indent, after, 0, d);
		p += n + (p[n] == '\n');
	}
	db_buf_release(&line);
	return rc;
}

static int cover(sheet *sh, db_diag *d)
{
	const db_theme *th = &sh->r->theme;
	const db_sheet *s = sh->s;
	char line[64];
	db_date newest, lo, hi;
	db_buf b = DB_BUF_INIT;
	size_t ndocs;
	double y;
	int rc = -1;

	sh->y = 190;
	if (put(sh, sh->title, 24, true, &th->text, 0, 10, COVER_TITLE_LINES, d) < 0 ||
	    (s->subtitle && put(sh, s->subtitle, 13, false, &th->muted, 0, 6, HEAD_LINES, d) < 0))
		goto out;
	newest_date(sh, &newest);
	if (newest.year) {
		snprintf(line, sizeof(line), "资料截至 %d年%d月%d日", newest.year, newest.month,
			 newest.day);
		if (put(sh, line, 11, false, &th->muted, 0, 4, 0, d) < 0)
			goto out;
	}
	snprintf(line, sizeof(line), "共 %zu 项指标对比", sh->npages);
	if (put(sh, line, 11, false, &th->muted, 0, 36, 0, d) < 0)
		goto out;

	if (sh->nents) {
		sh->section = "比较对象";
		if (put(sh, "比较对象", 12, true, &th->text, 0, 6, 0, d) < 0)
			goto out;
		for (size_t i = 0; i < sh->nents; i++)
			db_buf_printf(&b, "%s%s（%s）", i ? "、" : "", sh->ents[i],
				      sh->ent_levels[i] ? db_level_word(sh->ent_levels[i]) : "层级不详");
		sh->names = true;
		rc = put(sh, b.data, 10.5, false, &th->text, 12, 24, 0, d);
		sh->names = false;
		if (rc < 0)
			goto out;
		rc = -1;
	}
	db_buf_reset(&b);
	sh->section = "资料来源";
	if (need(sh, 60, d) < 0 || put(sh, "资料来源", 12, true, &th->text, 0, 6, 0, d) < 0)
		goto out;
	ndocs = document_lines(sh, &b, &lo, &hi);
	if (!ndocs) {
		rc = put(sh, "（表中未注明）", 10, false, &th->text, 12, 3, 0, d);
		goto out;
	}
	/* A list longer than the cover holds is one line here and whole in
	 * the appendix. */
	y = dry_begin(sh);
	put_lines(sh, b.data, 10, 12, 3, d);
	sh->docs_later = y + dry_end(sh, y) > BOTTOM;
	if (sh->docs_later) {
		char a[16], z[16];
		db_buf_reset(&b);
		db_buf_printf(&b, "共 %zu 份文件", ndocs);
		if (lo.year && db_date_cmp(&lo, &hi))
			db_buf_printf(&b, "，%s 至 %s", db_date_format(&lo, a), db_date_format(&hi, z));
		else if (lo.year)
			db_buf_printf(&b, "，%s", db_date_format(&lo, a));
		db_buf_puts(&b, "；逐份列于附录。");
	}
	if (put_lines(sh, b.data, 10, 12, 3, d) < 0)
		goto out;
	rc = 0;
out:
	db_buf_release(&b);
	return rc;
}

/* ---- coverage: tables × entities ---- */

static const db_row *find_row(const db_table *t, const char *entity)
{
	for (size_t i = 0; i < t->nrows; i++)
		if (t->rows[i].entity && !strcmp(t->rows[i].entity, entity))
			return &t->rows[i];
	return NULL;
}

static void coverage_cell(const db_row *row, const db_numstyle *ns, char *out, size_t outsz)
{
	if (!row)
		snprintf(out, outsz, "—");
	else if (row->has_value)
		db_value_label(row, ns, out, outsz);
	else
		snprintf(out, outsz, "%s", db_reason_word(row));
}

/* Coverage columns before the entities' (pt): 指标, 期间, 单位. */
#define COV_NAME 118.0
#define COV_PERIOD 58.0
#define COV_UNIT 40.0
#define COV_FIRST (COV_NAME + COV_PERIOD + COV_UNIT)

static void cov_rule(sheet *sh, double y, double x1, double width)
{
	const db_theme *th = &sh->r->theme;

	if (sh->dry)
		return;
	cairo_set_source_rgb(sh->cv.cr, th->axis.r, th->axis.g, th->axis.b);
	cairo_set_line_width(sh->cv.cr, width);
	cairo_move_to(sh->cv.cr, MARGIN, y);
	cairo_line_to(sh->cv.cr, x1, y);
	cairo_stroke(sh->cv.cr);
}

/* A cell of the grid wrapped at w (in at most lines lines when lines > 0):
 * its heads, "—", 未公开 and many a figure recur from block to block and
 * are kept for the whole sheet, made once. Caller unrefs. */
static PangoLayout *cov_text(sheet *sh, const char *text, bool bold, double w,
			     PangoAlignment align, int lines)
{
	PangoLayout *n = db_text_kept(&sh->tc, text, sh->r->theme.table_size, bold, align);
	PangoLayout *l;

	l = db_text_kept_limit(&sh->tc, n, w, lines);
	g_object_unref(n);
	return l;
}

/* Does any of entities e0..e1 have a row in t? */
static bool block_reports(const sheet *sh, const db_table *t, size_t e0, size_t e1)
{
	for (size_t e = e0; e < e1; e++)
		if (find_row(t, sh->ents[e]))
			return true;
	return false;
}

/* One block of at most COVER_COLS entities: a header of names, then one
 * line per table that one of them reports — its title, period and unit,
 * and each entity's figure in the table's one magnitude, 未公开, 仅排名 or
 * — (not reported); ns holds each page's number style. With sh->dry, only
 * the cursor moves. */
static int coverage_block(sheet *sh, size_t e0, size_t e1, const db_numstyle *ns, db_diag *d)
{
	static const char *const heads0[] = { "指标", "期间", "单位" };
	static const double x0[] = { 0, COV_NAME, COV_NAME + COV_PERIOD };
	static const double w0[] = { COV_NAME, COV_PERIOD, COV_UNIT };
	const db_theme *th = &sh->r->theme;
	double size = th->table_size;
	double colw = fmin(72, (TEXT_W - COV_FIRST) / (double)(e1 - e0));
	double hh = 0, x, right = MARGIN + COV_FIRST + colw * (double)(e1 - e0);
	PangoLayout **heads = db_xcalloc(e1 - e0, sizeof(*heads));
	int rc = 0;
	size_t nrow = 0;

	for (size_t e = e0; e < e1; e++) {
		heads[e - e0] = db_name_text(&sh->tc, sh->ents[e], size, true, colw - 4, HEAD_LINES,
					     PANGO_ALIGN_CENTER);
		hh = fmax(hh, db_text_height(heads[e - e0]));
	}
	if (need(sh, hh + 40, d) < 0) {
		rc = -1;
		goto out;
	}
	cov_rule(sh, sh->y, right, 1);
	for (int c = 0; c < 3 && !sh->dry; c++) {
		PangoLayout *l = cov_text(sh, heads0[c], true, w0[c] - 4, PANGO_ALIGN_LEFT, 0);
		db_text_draw(sh->cv.cr, l, MARGIN + x0[c] + 2, sh->y + 3, &th->text);
		g_object_unref(l);
	}
	for (size_t e = e0; e < e1 && !sh->dry; e++)
		db_text_draw(sh->cv.cr, heads[e - e0], MARGIN + COV_FIRST + colw * (double)(e - e0) + 2,
			     sh->y + 3, &th->text);
	sh->y += hh + 6;
	cov_rule(sh, sh->y - 1, right, 0.5);
	for (size_t k = 0; k < sh->npages; k++) {
		const db_table *t = sh->pages[k].table;
		char val[DB_LABEL_MAX + 8], pl[64];
		db_buf title = DB_BUF_INIT;
		db_table u;
		PangoLayout *l[3];
		double h = 0;

		if (db_table_has_flag(t, "series") || !block_reports(sh, t, e0, e1))
			continue;
		u = *t;
		u.has_period = false;
		u.unit = NULL;
		if (sh->pages[k].title)
			db_buf_puts(&title, sh->pages[k].title);
		else
			db_table_title(&u, &title);
		l[0] = db_phrase_text(&sh->tc, title.data, size, false, COV_NAME - 6, HEAD_LINES,
				      PANGO_ALIGN_LEFT);
		l[1] = db_phrase_text(&sh->tc, t->has_period ? db_period_label(&t->period, pl) : "—",
				      size, false, COV_PERIOD - 4, 2, PANGO_ALIGN_LEFT);
		l[2] = db_phrase_text(&sh->tc, ns[k].unit[0] ? ns[k].unit : "—", size, false, COV_UNIT - 4,
				      2, PANGO_ALIGN_LEFT);
		db_buf_release(&title);
		for (int c = 0; c < 3; c++)
			h = fmax(h, db_text_height(l[c]) + 4);
		if (need(sh, h, d) < 0) {
			for (int c = 0; c < 3; c++)
				g_object_unref(l[c]);
			rc = -1;
			goto out;
		}
		if (nrow++ % 2 == 1 && !sh->dry) {
			cairo_set_source_rgb(sh->cv.cr, th->zebra.r, th->zebra.g, th->zebra.b);
			cairo_rectangle(sh->cv.cr, MARGIN, sh->y, right - MARGIN, h);
			cairo_fill(sh->cv.cr);
		}
		for (int c = 0; c < 3; c++) {
			if (!sh->dry)
				db_text_draw(sh->cv.cr, l[c], MARGIN + x0[c] + 2, sh->y + 2,
					     c ? &th->muted : &th->text);
			g_object_unref(l[c]);
		}
		for (size_t e = e0; e < e1 && !sh->dry; e++) {
			const db_row *row = find_row(t, sh->ents[e]);
			PangoLayout *v;
			coverage_cell(row, &ns[k], val, sizeof(val));
			v = cov_text(sh, val, false, colw - 4, PANGO_ALIGN_CENTER, 1);
			x = MARGIN + COV_FIRST + colw * (double)(e - e0) + 2;
			db_text_draw(sh->cv.cr, v, x, sh->y + 2,
				     row && row->has_value ? &th->text : &th->muted);
			g_object_unref(v);
		}
		sh->y += h;
	}
	if (!nrow && put(sh, "（本组比较对象在各表中均无数据）", size, false, &th->muted, 2, 2, 0, d) < 0)
		rc = -1;
	cov_rule(sh, sh->y + 0.5, right, 1);
	sh->y += 14;
out:
	for (size_t e = e0; e < e1; e++)
		g_object_unref(heads[e - e0]);
	free(heads);
	return rc;
}

static int coverage(sheet *sh, db_diag *d)
{
	const db_theme *th = &sh->r->theme;
	db_numstyle *ns;
	int rc = 0;

	sh->section = "数据覆盖";
	if (put(sh, "数据覆盖（指标 × 比较对象）", th->title_size, true, &th->text, 0, 4, 0, d) < 0 ||
	    put(sh, "各比较对象在每项指标中的数值（单位见“单位”栏）；未公开：数值被隐去；仅排名：只报了位次；—：未报告。每组只列本组有对象报告的指标。",
		th->note_size, false, &th->muted, 0, 10, 0, d) < 0)
		return -1;
	ns = db_xcalloc(sh->npages + 1, sizeof(*ns));
	for (size_t k = 0; k < sh->npages; k++)
		db_numstyle_of(sh->pages[k].table, &sh->r->o, &ns[k]);
	for (size_t e = 0; e < sh->nents && rc == 0; e += COVER_COLS)
		rc = coverage_block(sh, e, e + COVER_COLS < sh->nents ? e + COVER_COLS : sh->nents,
				    ns, d);
	free(ns);
	return rc < 0 ? -1 : 0;
}

/* A block h tall goes below what the page holds, after a thin rule, when it
 * fits there and the page is not to be fresh; else on a new page. */
static int page_or_share(sheet *sh, double h, bool fresh, db_diag *d)
{
	const db_theme *th = &sh->r->theme;

	if (fresh || sh->y + BLOCK_GAP + h > BOTTOM)
		return new_page(sh, d);
	sh->y += BLOCK_GAP / 2;
	cairo_set_source_rgb(sh->cv.cr, th->grid.r, th->grid.g, th->grid.b);
	cairo_set_line_width(sh->cv.cr, 0.5);
	cairo_move_to(sh->cv.cr, MARGIN, sh->y);
	cairo_line_to(sh->cv.cr, A4_W - MARGIN, sh->y);
	cairo_stroke(sh->cv.cr);
	sh->y += BLOCK_GAP / 2;
	return 0;
}

/* The coverage grid, below the 对标表 when it fits there, else on a page
 * of its own. */
static int coverage_page(sheet *sh, db_diag *d)
{
	double y = dry_begin(sh), h;
	char dest[32];
	int rc = coverage(sh, d);

	h = dry_end(sh, y);
	if (rc < 0 || page_or_share(sh, h, sh->page == 1, d) < 0)
		return -1;
	snprintf(dest, sizeof(dest), "page=%d", sh->page);
	cairo_pdf_surface_add_outline(sh->cv.surface, CAIRO_PDF_OUTLINE_ROOT, "数据覆盖", dest, 0);
	return coverage(sh, d);
}

/* ---- table pages ---- */

/* A note kept on one page when a page can hold it. */
static int put_note(sheet *sh, const char *text, const db_rgb *col, db_diag *d)
{
	double size = sh->r->theme.note_size + 0.5;
	double h = text_height(sh, text, size, NOTE_INDENT);

	if (h < BOTTOM - MARGIN - 60 && need(sh, h, d) < 0)
		return -1;
	return put(sh, text, size, false, col, NOTE_INDENT, 2, 0, d);
}

static void source_ref(db_buf *b, const db_row_source *src)
{
	const char *name = db_row_source_name(src);
	if (name && src->page > 0)   /* a PDF: its page, which a reader can find */
		db_buf_printf(b, "（%s，第%d页）", name, src->page);
	else if (name && src->line > 0)
		db_buf_printf(b, "（%s，第%d行）", name, src->line);
	else if (name)
		db_buf_printf(b, "（%s）", name);
}

static size_t count_clauses(const db_table *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->nrows; i++)
		n += t->rows[i].nsources;
	return n;
}

/* The k-th source clause of a table, its j-th of row i, as a note. */
static void clause_text(db_buf *b, const db_table *t, size_t i, size_t j, int k)
{
	const db_row_source *src = &t->rows[i].sources[j];

	db_buf_printf(b, "[%d] %s：%s", k, t->rows[i].entity ? t->rows[i].entity : "",
		      src->text ? src->text : "");
	source_ref(b, src);
}

/* ---- the source clauses, laid out ahead ----
 *
 * The source clauses are most of a long sheet's text (the appendix of one
 * of 100 places holds over a thousand) and what each says is known from
 * the start: a thread of their own lays them out, on a font map and
 * context of its own (a Pango font map serves one thread), while the
 * sheet's first pages are laid out and drawn. The first time the sheet
 * asks for one, the thread has ended (or is waited for); from then on the
 * layouts are the sheet's, used as text_layout's own would be. They are
 * the same layouts, glyph for glyph: the same fonts, size, width and
 * context settings (the context brought up to date with the sheet's
 * cairo_t before the thread starts, so drawing lays out nothing again),
 * and the PDF is the same bytes. */

#define AHEAD_LEAST 64   /* fewer clauses are not worth a thread */

struct ahead {
	db_fonts *fonts;
	PangoFontMap *map;
	PangoContext *pc;
	GThread *thread;      /* NULL once joined */
	GHashTable *index;    /* key -> position + 1 */
	char **texts;
	PangoLayout **layouts;
	size_t n;
	double size, indent;
};

static gpointer ahead_run(gpointer p)
{
	struct ahead *a = p;
	db_textctx tc = { a->pc, a->fonts, db_fonts_family(a->fonts), NULL, NULL };

	for (size_t i = 0; i < a->n; i++) {
		a->layouts[i] = db_text(&tc, a->texts[i], a->size, false, TEXT_W - a->indent,
					PANGO_ALIGN_LEFT);
		db_text_height(a->layouts[i]);   /* laid out here */
	}
	return NULL;
}

static void ahead_free(struct ahead *a)
{
	if (!a)
		return;
	if (a->thread)
		g_thread_join(a->thread);
	for (size_t i = 0; i < a->n; i++) {
		if (a->layouts[i])
			g_object_unref(a->layouts[i]);
		free(a->texts[i]);
	}
	free(a->layouts);
	free(a->texts);
	if (a->index)
		g_hash_table_destroy(a->index);
	if (a->pc)
		g_object_unref(a->pc);
	db_fonts_map_free(a->map);
	free(a);
}

/* Starts laying out every table's clauses as put_note will ask for them,
 * when there are enough to be worth it; else leaves sh->ahead NULL. */
static void ahead_start(sheet *sh)
{
	double size = sh->r->theme.note_size + 0.5;
	size_t n = 0;
	struct ahead *a;
	PangoLayout *probe;

	for (size_t k = 0; k < sh->npages; k++)
		n += count_clauses(sh->pages[k].table);
	if (n < AHEAD_LEAST)
		return;
	a = db_xcalloc(1, sizeof(*a));
	a->fonts = sh->r->fonts;
	a->size = size;
	a->indent = NOTE_INDENT;
	a->map = db_fonts_map_new(a->fonts);
	if (!a->map) {
		ahead_free(a);
		return;
	}
	a->pc = db_fonts_context_on(a->map, sh->cv.cr);
	probe = pango_layout_new(a->pc);
	db_text_update(sh->cv.cr, probe);
	g_object_unref(probe);
	a->texts = db_xcalloc(n, sizeof(*a->texts));
	a->layouts = db_xcalloc(n, sizeof(*a->layouts));
	a->index = g_hash_table_new_full(g_str_hash, g_str_equal, free, NULL);
	for (size_t k = 0; k < sh->npages; k++) {
		const db_table *t = sh->pages[k].table;
		int c = 0;
		for (size_t i = 0; i < t->nrows; i++)
			for (size_t j = 0; j < t->rows[i].nsources; j++) {
				db_buf b = DB_BUF_INIT, key = DB_BUF_INIT;
				clause_text(&b, t, i, j, ++c);
				layout_key(&key, b.data, size, false, NOTE_INDENT, 0, false);
				if (g_hash_table_contains(a->index, key.data)) {
					db_buf_release(&key);
					db_buf_release(&b);
					continue;
				}
				g_hash_table_insert(a->index, db_buf_detach(&key, NULL),
						    GSIZE_TO_POINTER(a->n + 1));
				a->texts[a->n++] = db_buf_detach(&b, NULL);
			}
	}
	a->thread = g_thread_try_new("clauses", ahead_run, a, NULL);
	if (!a->thread)
		ahead_run(a);
	sh->ahead = a;
}

/* The layout laid out ahead for key, or NULL. Caller unrefs. */
static PangoLayout *ahead_take(sheet *sh, const char *key)
{
	struct ahead *a = sh->ahead;
	size_t at;

	if (!a || !(at = GPOINTER_TO_SIZE(g_hash_table_lookup(a->index, key))))
		return NULL;
	if (a->thread) {
		g_thread_join(a->thread);
		a->thread = NULL;
	}
	return g_object_ref(a->layouts[at - 1]);
}

/* Each figure's source clause with file and line, under head (when not
 * NULL), kept with its first clause. */
static int clauses(sheet *sh, const db_table *t, const char *head, db_diag *d)
{
	const db_theme *th = &sh->r->theme;
	int k = 0;
	db_buf b = DB_BUF_INIT;

	for (size_t i = 0; i < t->nrows; i++)
		for (size_t j = 0; j < t->rows[i].nsources; j++) {
			if (sh->dry && sh->dry_enough > 0 && sh->y > sh->dry_enough)
				goto done;
			db_buf_reset(&b);
			clause_text(&b, t, i, j, ++k);
			if (k == 1 && head &&
			    (need(sh, 40, d) < 0 ||
			     put(sh, head, th->label_size, true, &th->text, 0, 4, HEAD_LINES, d) < 0))
				goto fail;
			if (put_note(sh, b.data, &th->text, d) < 0)
				goto fail;
		}
done:
	db_buf_release(&b);
	return 0;
fail:
	db_buf_release(&b);
	return -1;
}

/* Footnotes: each figure's source clause with file and line (or, when
 * they go to the appendix, a line that says so), then the corrections and
 * conflicts. */
static int footnotes(sheet *sh, const db_table *t, bool later, db_diag *d)
{
	const db_theme *th = &sh->r->theme;
	db_buf b = DB_BUF_INIT;

	if (later) {
		db_buf_printf(&b, "来源条款（%zu 条）见附录。", count_clauses(t));
		if (put_note(sh, b.data, &th->muted, d) < 0)
			goto fail;
	} else if (clauses(sh, t, "来源条款", d) < 0) {
		goto fail;
	}
	for (size_t i = 0; i < t->ncorrections; i++) {
		const db_correction *c = &t->corrections[i];
		char v[DB_LABEL_MAX] = "";
		db_buf_reset(&b);
		if (c->has_value)
			db_number_label(c->value, 6, v, sizeof(v));
		db_buf_printf(&b, "人工校正：%s %s%s%s", c->entity ? c->entity : "",
			      c->action ? c->action : "", v[0] ? " " : "", v);
		if (c->note)
			db_buf_printf(&b, "，%s", c->note);
		if (c->file)
			db_buf_printf(&b, "（%s，第%d行）", c->file, c->line);
		if (put_note(sh, b.data, &th->muted, d) < 0)
			goto fail;
	}
	for (size_t i = 0; i < t->nconflicts; i++) {
		const db_conflict *c = &t->conflicts[i];
		char kept[DB_LABEL_MAX] = "—", dropped[DB_LABEL_MAX] = "—";
		if (!c->kept_null)
			db_number_label(c->kept, 6, kept, sizeof(kept));
		if (!c->dropped_null)
			db_number_label(c->dropped, 6, dropped, sizeof(dropped));
		db_buf_reset(&b);
		db_buf_printf(&b, "数据冲突：%s 采用 %s", c->entity ? c->entity : "", kept);
		source_ref(&b, &c->kept_source);
		db_buf_printf(&b, "，未采用 %s", dropped);
		source_ref(&b, &c->dropped_source);
		if (c->dropped_source.text)
			db_buf_printf(&b, "「%s」", c->dropped_source.text);
		if (c->policy)
			db_buf_printf(&b, "；规则：%s", c->policy);
		if (put_note(sh, b.data, &th->muted, d) < 0)
			goto fail;
	}
	db_buf_release(&b);
	return 0;
fail:
	db_buf_release(&b);
	return -1;
}

static int block_tail(sheet *sh, size_t k, bool notes, db_diag *d);

/* Would what follows page k's ranking table, put from y at on, go on to
 * another page? */
static bool tail_spills(sheet *sh, size_t k, bool notes, double at, db_diag *d)
{
	double y = dry_begin(sh);
	int rc;

	sh->y = at;
	sh->spilled = false;
	rc = block_tail(sh, k, notes, d);
	dry_end(sh, y);
	return rc == 0 && sh->spilled;
}

/* Page k's ranking table, continued under a repeated header on new pages;
 * notes says its block names the sources after it. Its last row goes
 * overleaf with what follows rather than leave that a page of notes only. */
static int ranking(sheet *sh, size_t k, bool notes, db_diag *d)
{
	db_rtable *rt = sh->rtables[k];
	size_t from = 0, n;
	int rc = 0;

	if (!rt && !(rt = sh->rtables[k] = db_rtable_new(sh->r, sh->pages[k].table, &sh->tc,
							  TEXT_W, d)))
		return -1;
	n = db_rtable_rows(rt);
	if (sh->dry) {
		sh->y += db_rtable_height(rt, 0, n) + 10;
		return 0;
	}
	do {
		size_t fit = db_rtable_fit(rt, from, BOTTOM - sh->y);
		if (fit == 0 && sh->y > MARGIN + 40) {  /* not a fresh page: go on overleaf */
			if ((rc = need(sh, BOTTOM, d)) < 0)
				break;
			continue;
		}
		if (fit == 0)
			fit = 1;
		if (from + fit == n && fit > 1 &&
		    tail_spills(sh, k, notes, sh->y + db_rtable_height(rt, from, n) + 10, d))
			fit--;
		sh->y += db_rtable_draw(rt, sh->cv.cr, MARGIN, sh->y, from, from + fit) + 10;
		from += fit;
		if (from < n && (rc = need(sh, BOTTOM, d)) < 0)
			break;
	} while (from < n);
	return rc;
}

static bool is_series(const db_sheet_page *p)
{
	return db_table_has_flag(p->table, "series");
}

/* A chart drawn smaller than this is left out (its labels would be under
 * 5 pt); the ranking table says it all. */
#define CHART_MIN_SCALE 0.5

/* The chart spans the text width (its own margins are the theme's) and
 * takes at most half the page when a ranking table follows, 80% otherwise;
 * taller charts are scaled down, to the rest of the page when that keeps
 * CHART_MIN_SCALE, else they are left out with a line that says so. More
 * vertical bars than the width holds are drawn wider and scaled down the
 * same way. Under a scale, text measures a little differently: the chart
 * is drawn as tall as it needs there (a chart drawn at the height measured
 * unscaled once failed by a point or two). Returns 1 when drawn, 0 when
 * left out, -1 on error. */
static int chart(sheet *sh, size_t k, db_diag *d)
{
	const db_sheet_page *p = &sh->pages[k];
	const db_theme *th = &sh->r->theme;
	db_bar_parts parts = { p->title, NULL, true, true, false, false, 0, false };
	double box = TEXT_W + th->margin_left + th->margin_right, w = box, h, minw, room, scale;
	struct chart_size *size = &sh->charts[k];
	cairo_t *cr = sh->cv.cr;
	int rc;

	if (!size->known) {   /* measured once for all the block's runs */
		/* A chart too tall for CHART_MIN_SCALE even on a page of
		 * its own (below) is left out whatever its height: a lower
		 * bound of it that says so is enough. */
		rc = is_series(p) ? db_series_measure(sh->r, p->table, &parts, w, &h, &minw, d)
				  : db_bar_measure(sh->r, p->table, &parts, w,
						   (BOTTOM - PAGE_TOP) / CHART_MIN_SCALE, &h, &minw, d);
		if (rc == DB_BAR_TOO_NARROW) {
			w = minw;
			rc = is_series(p) ? db_series_measure(sh->r, p->table, &parts, w, &h, NULL, d)
					  : db_bar_measure(sh->r, p->table, &parts, w, 0, &h, NULL, d);
		}
		*size = (struct chart_size){ true, rc, w, h };
	}
	rc = size->rc;
	w = size->w;
	h = size->h;
	if (rc < 0)
		return -1;
	/* The room is the same wherever on a page the chart starts, so that a
	 * block measured for a fresh page keeps its height lower down. */
	room = (p->no_ranking ? 0.8 : 0.5) * (BOTTOM - PAGE_TOP);
	if (h * CHART_MIN_SCALE > room)
		room = BOTTOM - PAGE_TOP;
	scale = fmin(fmin(room / h, box / w), 1);
	if (scale < CHART_MIN_SCALE) {   /* too tall, or too many bars side by side */
		char line[160];
		snprintf(line, sizeof(line), "（共 %zu 行，柱状图从略；数值见下表。）", p->table->nrows);
		rc = put(sh, sh->section, th->title_size, true, &th->text, 0, 4, HEAD_LINES, d);
		if (rc == 0)
			rc = put(sh, line, th->note_size, false, &th->muted, 0, 10, 0, d);
		return rc < 0 ? -1 : 0;
	}
	if (sh->dry) {
		sh->y += (h - th->margin_top - th->margin_bottom) * scale + 10;
		return 1;
	}
	cairo_save(cr);
	cairo_translate(cr, MARGIN - th->margin_left * scale, sh->y - th->margin_top * scale);
	cairo_scale(cr, scale, scale);
	rc = is_series(p) ? db_series_draw(sh->r, p->table, &parts, cr, 0, 0, w, scale < 1 ? 0 : h, d)
			  : db_bar_draw(sh->r, p->table, &parts, cr, 0, 0, w, scale < 1 ? 0 : h, d);
	cairo_restore(cr);
	sh->y += (h - th->margin_top - th->margin_bottom) * scale + 10;
	return rc < 0 ? -1 : 1;
}

/* An outline entry; its text cleaned as the pages' text is. */
static int add_outline(sheet *sh, int parent, const char *text, const char *dest, int flags)
{
	db_buf clean = DB_BUF_INIT;
	int id = cairo_pdf_surface_add_outline(sh->cv.surface, parent, db_text_clean(text, &clean),
					       dest, flags);

	db_buf_release(&clean);
	return id;
}

/* The metric's outline entry, shared by its consecutive pages. */
static int outline(sheet *sh, size_t k, const char *title, int *parent)
{
	const db_table *t = sh->pages[k].table, *prev = k ? sh->pages[k - 1].table : NULL;
	char dest[32];

	snprintf(dest, sizeof(dest), "page=%d", sh->page);
	if (!prev || !t->metric || !prev->metric || strcmp(t->metric, prev->metric))
		*parent = add_outline(sh, CAIRO_PDF_OUTLINE_ROOT,
				      t->name ? t->name : t->metric ? t->metric : "指标", dest,
				      CAIRO_PDF_OUTLINE_FLAG_OPEN);
	return add_outline(sh, *parent, title, dest, 0);
}

static int table_block(sheet *sh, size_t k, int *parent, db_diag *d);

/* The height of table k's block, measured without drawing. */
static int block_height(sheet *sh, size_t k, int *parent, double *h, db_diag *d)
{
	double y = dry_begin(sh);
	int rc = table_block(sh, k, parent, d);

	*h = dry_end(sh, y);
	return rc;
}

/* A table's block (chart, ranking table, sources) goes on the page in hand
 * when it fits below what is there, else on a new page: short tables share
 * a page. A block that would not fit a page with its source clauses leaves
 * them to the appendix, so that no page holds only a table's notes. */
static int table_page(sheet *sh, size_t k, bool fresh, int *parent, db_diag *d)
{
	double h;
	int rc;

	/* a block that has grown taller than a page needs no more measuring
	 * to know its clauses go to the appendix */
	sh->dry_enough = BOTTOM - PAGE_TOP;
	rc = block_height(sh, k, parent, &h, d);
	sh->dry_enough = 0;
	if (rc < 0)
		return -1;
	if (h > BOTTOM - PAGE_TOP && count_clauses(sh->pages[k].table)) {
		sh->clauses_later[k] = true;
		if (block_height(sh, k, parent, &h, d) < 0)
			return -1;
	}
	if (page_or_share(sh, h, fresh, d) < 0)
		return -1;
	rc = table_block(sh, k, parent, d);
	/* what the block was measured and drawn with is not needed again */
	db_rtable_free(sh->rtables[k]);
	sh->rtables[k] = NULL;
	g_hash_table_remove_all(sh->layouts);
	return rc;
}


static int table_block(sheet *sh, size_t k, int *parent, db_diag *d)
{
	const db_sheet_page *p = &sh->pages[k];
	bool table_only = p->chart && !strcmp(p->chart, "table");
	db_buf title = DB_BUF_INIT;
	int rc = -1, drawn = 0;

	db_figure_title(p->table, p->title, &title);
	sh->section = title.data;
	if (!sh->dry)
		outline(sh, k, title.data, parent);
	if (table_only) {
		if (put(sh, title.data, sh->r->theme.title_size, true, &sh->r->theme.text, 0, 8,
			HEAD_LINES, d) < 0)
			goto out;
	} else if ((drawn = chart(sh, k, d)) < 0) {
		goto out;
	}
	/* A chart left out leaves its table, asked for or not. */
	if ((table_only || !p->no_ranking || !drawn) && ranking(sh, k, table_only || !drawn, d) < 0)
		goto out;
	rc = block_tail(sh, k, table_only || !drawn, d);
out:
	sh->section = NULL;
	db_buf_release(&title);
	return rc;
}

/* What follows a block's ranking table: with notes (the chart that names
 * the sources is not there), the sources; then the footnotes. */
static int block_tail(sheet *sh, size_t k, bool notes, db_diag *d)
{
	const db_table *t = sh->pages[k].table;
	db_buf nb = DB_BUF_INIT;
	int rc = 0;

	if (notes) {
		db_table_notes(t, sh->r->o.source, &nb);
		if (nb.len)
			rc = put_note(sh, nb.data, &sh->r->theme.muted, d);
		sh->y += 4;
	}
	db_buf_release(&nb);
	return rc < 0 ? -1 : footnotes(sh, t, sh->clauses_later[k], d);
}

/* The 对标表 of the focus over the sheet's tables, after the cover. */
static int scorecard_page(sheet *sh, db_diag *d)
{
	const db_theme *th = &sh->r->theme;
	const db_table **tabs = db_xcalloc(sh->npages + 1, sizeof(*tabs));
	db_buf title = DB_BUF_INIT, legend = DB_BUF_INIT;
	db_scard *sc = NULL;
	size_t from = 0, n;
	char dest[32];
	int rc = -1;

	for (size_t k = 0; k < sh->npages; k++)
		tabs[k] = sh->pages[k].table;
	sc = db_scard_new(sh->r, tabs, sh->npages, sh->tc.pc, TEXT_W, d);
	if (!sc)
		goto out;
	if (new_page(sh, d) < 0)
		goto out;
	snprintf(dest, sizeof(dest), "page=%d", sh->page);
	db_scard_title(sh->r, &title);
	add_outline(sh, CAIRO_PDF_OUTLINE_ROOT, title.data, dest, 0);
	sh->section = title.data;
	if (put(sh, title.data, th->title_size, true, &th->text, 0, 8, HEAD_LINES, d) < 0)
		goto out;
	n = db_scard_rows(sc);
	do {
		size_t k = db_scard_fit(sc, from, BOTTOM - sh->y);
		if (k == 0)
			k = 1;
		sh->y += db_scard_draw(sc, sh->cv.cr, MARGIN, sh->y, from, from + k) + 8;
		from += k;
		if (from < n && need(sh, BOTTOM, d) < 0)
			goto out;
	} while (from < n);
	db_scard_legend(sh->r, &legend);
	rc = put(sh, legend.data, th->note_size, false, &th->muted, 0, 4, 0, d);
out:
	sh->section = NULL;
	db_scard_free(sc);
	db_buf_release(&title);
	db_buf_release(&legend);
	free(tabs);
	return rc;
}

/* The appendix: the documents the cover had no room for, then the source
 * clauses of the tables that left them here, each under its table's
 * title. Nothing when there is none of either. */
static int appendix(sheet *sh, db_diag *d)
{
	const db_theme *th = &sh->r->theme;
	db_buf b = DB_BUF_INIT, title = DB_BUF_INIT;
	db_date lo, hi;
	char dest[32];
	int rc = -1;
	bool any = sh->docs_later;

	for (size_t k = 0; k < sh->npages && !any; k++)
		any = sh->clauses_later[k];
	if (!any)
		return 0;
	if (new_page(sh, d) < 0)
		return -1;
	snprintf(dest, sizeof(dest), "page=%d", sh->page);
	add_outline(sh, CAIRO_PDF_OUTLINE_ROOT, "附录", dest, 0);
	sh->section = "附录";
	if (put(sh, "附录", th->title_size, true, &th->text, 0, 8, 0, d) < 0)
		goto out;
	if (sh->docs_later) {
		document_lines(sh, &b, &lo, &hi);
		if (put(sh, "资料来源", th->label_size, true, &th->text, 0, 4, 0, d) < 0 ||
		    put_lines(sh, b.data, th->note_size + 0.5, 10, 2, d) < 0)
			goto out;
		sh->y += 10;
	}
	for (size_t k = 0; k < sh->npages; k++) {
		if (!sh->clauses_later[k])
			continue;
		db_buf_reset(&title);
		db_figure_title(sh->pages[k].table, sh->pages[k].title, &title);
		db_buf_puts(&title, "：来源条款");
		if (clauses(sh, sh->pages[k].table, title.data, d) < 0)
			goto out;
		sh->y += 10;
	}
	rc = 0;
out:
	sh->section = NULL;
	db_buf_release(&b);
	db_buf_release(&title);
	return rc;
}

static int check_pages(const sheet *sh, db_diag *d)
{
	for (size_t k = 0; k < sh->npages; k++) {
		const db_sheet_page *p = &sh->pages[k];
		const char *c = p->chart;
		if (!p->table)
			return db_error(d, NULL, 0, 0, "sheet page %zu has no table", k + 1);
		if (c && strcmp(c, "bar") && strcmp(c, "table") && strcmp(c, "series"))
			return db_error(d, NULL, 0, 0, "sheet page %zu: unknown chart '%s' (bar, table or series)",
					k + 1, c);
		if (c && !strcmp(c, "series") != is_series(p) && strcmp(c, "table"))
			return db_error(d, NULL, 0, 0,
					is_series(p)
						? N_("sheet page %zu: a series table is drawn as chart series or table")
						: N_("sheet page %zu: chart series needs a series table (compare --series)"),
					k + 1);
	}
	return 0;
}

static void describe(const sheet *sh, db_buf *desc, db_buf *keywords)
{
	for (size_t k = 0; k < sh->npages; k++) {
		if (k)
			db_buf_puts(desc, "；");
		db_figure_title(sh->pages[k].table, sh->pages[k].title, desc);
	}
	for (size_t i = 0; i < sh->nents; i++)
		db_buf_printf(keywords, "%s%s", i ? ", " : "", sh->ents[i]);
}

int db_render_sheet(db_renderer *r, const db_sheet *s, const char *path, db_diag *d)
{
	const db_backend *be = db_backend_for_path(path);
	const db_theme *th = &r->theme;
	db_sheet_page *own = NULL;
	sheet sh;
	PangoContext *pc = NULL;
	db_buf desc = DB_BUF_INIT, keywords = DB_BUF_INIT;
	int rc = -1, parent = CAIRO_PDF_OUTLINE_ROOT;

	if (!be || !db_backend_is_paged(be))
		return db_error(d, path, 0, 0, "a sheet is written as PDF (use .pdf)");
	memset(&sh, 0, sizeof(sh));
	sh.r = r;
	sh.s = s;
	sh.title = s->title ? s->title : "对标分析简报";
	if (s->pages) {
		sh.pages = s->pages;
		sh.npages = s->npages;
	} else {
		own = db_xcalloc(s->ntables + 1, sizeof(*own));
		for (size_t k = 0; k < s->ntables; k++) {
			own[k].table = s->tables[k];
			own[k].title = s->page_titles ? s->page_titles[k] : NULL;
		}
		sh.pages = own;
		sh.npages = s->ntables;
	}
	if (check_pages(&sh, d) < 0)
		goto out;
	gather_entities(&sh);
	sh.clauses_later = db_xcalloc(sh.npages + 1, sizeof(*sh.clauses_later));
	sh.rtables = db_xcalloc(sh.npages + 1, sizeof(*sh.rtables));
	sh.charts = db_xcalloc(sh.npages + 1, sizeof(*sh.charts));
	sh.layouts = g_hash_table_new_full(g_str_hash, g_str_equal, free, g_object_unref);
	db_buf_reset(&r->missing);
	if (db_canvas_begin(&sh.cv, be, A4_W, A4_H, 1, d) < 0)
		goto out;
	db_canvas_watch(&sh.cv, r);
	pc = db_fonts_context(r->fonts, sh.cv.cr);
	/* names and phrases recur in every table and coverage block: shaped once */
	sh.tc = (db_textctx){ pc, r->fonts, db_fonts_family(r->fonts), &r->missing,
			      db_text_kept_new() };
	ahead_start(&sh);
	sh.page = 1;
	cairo_set_source_rgb(sh.cv.cr, th->background.r, th->background.g, th->background.b);
	cairo_paint(sh.cv.cr);
	cairo_pdf_surface_add_outline(sh.cv.surface, CAIRO_PDF_OUTLINE_ROOT, "封面", "page=1", 0);
	if (cover(&sh, d) < 0)
		goto abort;
	if (r->o.focus && scorecard_page(&sh, d) < 0)
		goto abort;
	if (!s->no_coverage && sh.nents && coverage_page(&sh, d) < 0)
		goto abort;
	for (size_t k = 0; k < sh.npages; k++)
		if (table_page(&sh, k, k == 0 && (s->no_coverage || !sh.nents) && !r->o.focus,
			       &parent, d) < 0)
			goto abort;
	if (appendix(&sh, d) < 0)
		goto abort;
	footer(&sh);
	if (db_canvas_check(&sh.cv, d) < 0 || db_render_check_glyphs(r, d) < 0)
		goto abort;
	g_object_unref(pc);
	pc = NULL;
	describe(&sh, &desc, &keywords);
	{
		db_doc_meta m = { sh.title, db_buf_cstr(&desc), db_buf_cstr(&keywords), r->o.epoch };
		rc = db_canvas_finish(&sh.cv, &m, path, d);
	}
	goto out;
abort:
	db_canvas_abort(&sh.cv);
out:
	if (pc)
		g_object_unref(pc);
	if (sh.tc.kept)
		g_hash_table_destroy(sh.tc.kept);
	db_buf_release(&desc);
	db_buf_release(&keywords);
	free(sh.ents);
	free(sh.ent_levels);
	free(sh.clauses_later);
	for (size_t k = 0; sh.rtables && k < sh.npages; k++)
		db_rtable_free(sh.rtables[k]);
	free(sh.rtables);
	free(sh.charts);
	if (sh.layouts)
		g_hash_table_destroy(sh.layouts);
	ahead_free(sh.ahead);
	free(own);
	return rc < 0 ? db_render_failed(d, path) : rc;
}
