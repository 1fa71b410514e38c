/* table.c - the ranking table: 位次 · 地区 · 数值 · 单位 · 期间 · 自报排名 · 来源,
 * zebra rows, figures aligned on the decimal point with their qualifier
 * marks, masked and rank-only rows with their reason. It is measured once
 * and drawn a slice of rows at a time, so a sheet or a PDF continues it on
 * the next page under a repeated header; a PNG or SVG grows to fit. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/period.h"
#include "render/render_int.h"

enum { C_RANK, C_NAME, C_VALUE, C_UNIT, C_PERIOD, C_STATED, C_SOURCE, NCOLS };

static const char *const headers[NCOLS] = { "位次", "地区", "数值", "单位",
					    "期间", "自报排名", "来源" };

/* Columns that wrap when the table is too wide, in the order they give way,
 * and how narrow each may get (pt). */
static const struct {
	int col;
	double min;
} give_way[] = { { C_UNIT, 60 }, { C_SOURCE, 72 }, { C_NAME, 52 }, { C_STATED, 52 },
		 { C_PERIOD, 44 } };

/* How many lines a cell may take before it ends in "…", so that every row
 * fits on a page (the sheet's footnotes and the figure's notes keep what
 * a cell leaves out). */
static const int cell_lines[NCOLS] = {
	[C_RANK] = 1, [C_NAME] = 4, [C_VALUE] = 1, [C_UNIT] = 2,
	[C_PERIOD] = 2, [C_STATED] = 4, [C_SOURCE] = 6,
};

#define PADX 4.0
#define PADY 2.5

typedef struct {
	PangoLayout *cell[NCOLS];   /* cell[C_VALUE] only for rows without a figure */
	PangoLayout *ip, *fp;       /* the figure split at the decimal point */
	bool highlight;
	double h;
} trow;

struct db_rtable {
	const db_theme *th;
	db_textctx tc;
	PangoLayout *head[NCOLS];
	trow *rows;
	size_t n;
	double colx[NCOLS + 1];      /* left edges from the table's x; [NCOLS] = width */
	double ipw, fpw;             /* widest integer and fraction parts */
	double head_h;
	db_numstyle ns;              /* the figures' magnitude and decimals */
	GHashTable *cells;           /* while building: cell()'s layouts */
};

static double maxd(double a, double b) { return a > b ? a : b; }

/* "洛阳市" of "series:洛阳市:gdp:growth". */
const char *db_series_entity(const db_table *t, db_buf *out)
{
	const char *k = t->key ? t->key : "";
	const char *e, *colon;

	if (strncmp(k, "series:", 7) != 0)
		return db_buf_cstr(out);
	e = k + 7;
	colon = strchr(e, ':');
	db_buf_add(out, e, colon ? (size_t)(colon - e) : strlen(e));
	return db_buf_cstr(out);
}

/* Each source once: "file 第N行" (第N页 for a PDF; the title for file when
 * the manifest gave one), one a line. */
static void sources_text(const db_row *row, db_buf *b)
{
	for (size_t j = 0; j < row->nsources; j++) {
		const db_row_source *s = &row->sources[j];
		bool seen = false;
		for (size_t k = 0; k < j && !seen; k++)
			seen = row->sources[k].line == s->line && s->file && row->sources[k].file &&
			       !strcmp(row->sources[k].file, s->file);
		if (seen || !s->file)
			continue;
		if (b->len)
			db_buf_putc(b, '\n');
		db_buf_puts(b, db_row_source_name(s));
		if (s->page > 0)   /* a PDF: the page a reader can turn to */
			db_buf_printf(b, " 第%d页", s->page);
		else if (s->line > 0)
			db_buf_printf(b, " 第%d行", s->line);
	}
	if (!b->len)
		db_buf_puts(b, "—");
}

/* Slots whose texts recur from table to table (headers, ranks, units,
 * periods, stated ranks, the reasons for no figure, the figures' fraction
 * parts): when the sheet keeps layouts, these are its, made once for all
 * its tables; a figure's integer part and the sources are the table's own. */
static bool recurs(const db_rtable *rt, int slot)
{
	return rt->tc.kept && slot != C_NAME && slot != C_SOURCE && slot != NCOLS;
}

/* A cell's layout. Cells of one column that read alike (the unit, the
 * period, "—" of every row) are one layout, shaped once and limited to the
 * column's width once: slot tells the columns apart (NCOLS and NCOLS + 1
 * are a figure's two parts). */
static PangoLayout *cell(db_rtable *rt, int slot, const char *text, bool bold,
			 PangoAlignment align)
{
	db_buf key = DB_BUF_INIT;
	PangoLayout *l;

	if (recurs(rt, slot))
		return db_text_kept(&rt->tc, text, rt->th->table_size, bold, align);
	db_key_int(&key, slot);
	db_key_int(&key, bold);
	db_key_int(&key, align);
	db_buf_puts(&key, text);
	l = g_hash_table_lookup(rt->cells, key.data);
	if (l) {
		db_buf_release(&key);
		return g_object_ref(l);
	}
	l = db_text(&rt->tc, text, rt->th->table_size, bold, 0, align);
	g_hash_table_insert(rt->cells, db_buf_detach(&key, NULL), g_object_ref(l));
	return l;
}

static void build_row(db_rtable *rt, const db_table *t, const db_row *row, trow *tr,
		      const char *highlight, bool series)
{
	char ip[DB_LABEL_MAX * 2], fp[DB_LABEL_MAX * 2], pl[64];
	db_buf b = DB_BUF_INIT;

	tr->highlight = !series && highlight && row->entity && !strcmp(highlight, row->entity);
	if (row->rank > 0)
		db_buf_printf(&b, "%d", row->rank);
	tr->cell[C_RANK] = cell(rt, C_RANK, b.len ? b.data : "—", tr->highlight, PANGO_ALIGN_CENTER);
	db_buf_reset(&b);
	if (series)
		db_series_entity(t, &b);
	else
		db_buf_puts(&b, row->entity ? row->entity : "（未命名）");
	/* a place's name is measured here, and drawn as db_name_text wraps it
	 * (a series key of no entity: an empty buffer, no text) */
	const char *name = db_buf_cstr(&b);
	tr->cell[C_NAME] = series ? cell(rt, C_NAME, name, tr->highlight, PANGO_ALIGN_LEFT)
				  : db_text_kept(&rt->tc, name, rt->th->table_size, tr->highlight,
						 PANGO_ALIGN_LEFT);
	if (row->has_value && isfinite(row->value)) {
		db_value_parts(row, &rt->ns, ip, fp, sizeof(ip));
		tr->ip = cell(rt, NCOLS, ip, tr->highlight, PANGO_ALIGN_RIGHT);
		tr->fp = cell(rt, NCOLS + 1, fp, tr->highlight, PANGO_ALIGN_LEFT);
	} else {
		tr->cell[C_VALUE] = cell(rt, C_VALUE, db_reason_word(row), false, PANGO_ALIGN_RIGHT);
	}
	tr->cell[C_UNIT] = cell(rt, C_UNIT, rt->ns.unit[0] ? rt->ns.unit : "—", false, PANGO_ALIGN_LEFT);
	db_buf_reset(&b);
	if (series)
		db_period_text(row->entity, &b);
	else
		db_buf_puts(&b, t->has_period ? db_period_label(&t->period, pl) : "—");
	tr->cell[C_PERIOD] = cell(rt, C_PERIOD, db_buf_cstr(&b), false, PANGO_ALIGN_LEFT);
	db_buf_reset(&b);
	db_ranks_label(row->stated_ranks, row->nstated, &b);
	tr->cell[C_STATED] = cell(rt, C_STATED, b.len ? b.data : "—", false, PANGO_ALIGN_LEFT);
	db_buf_reset(&b);
	sources_text(row, &b);
	tr->cell[C_SOURCE] = cell(rt, C_SOURCE, db_buf_cstr(&b), false, PANGO_ALIGN_LEFT);
	db_buf_release(&b);
}

/* Natural column widths, then the wrapping columns give way until the
 * table fits w; what is left over widens the source column. */
static int fit_columns(db_rtable *rt, double w, db_diag *d)
{
	double nat[NCOLS], total = 0;

	for (int c = 0; c < NCOLS; c++)
		nat[c] = db_text_width(rt->head[c]);
	for (size_t i = 0; i < rt->n; i++) {
		const trow *tr = &rt->rows[i];
		for (int c = 0; c < NCOLS; c++)
			if (tr->cell[c] && c != C_VALUE)
				nat[c] = maxd(nat[c], db_text_width(tr->cell[c]));
		if (tr->ip) {
			rt->ipw = maxd(rt->ipw, db_text_width(tr->ip));
			rt->fpw = maxd(rt->fpw, db_text_width(tr->fp));
		}
	}
	nat[C_VALUE] = maxd(nat[C_VALUE], rt->ipw + rt->fpw);
	for (size_t i = 0; i < rt->n; i++)
		if (rt->rows[i].cell[C_VALUE])
			nat[C_VALUE] = maxd(nat[C_VALUE], db_text_width(rt->rows[i].cell[C_VALUE]));
	for (int c = 0; c < NCOLS; c++)
		total += nat[c] + 2 * PADX;
	for (size_t k = 0; total > w && k < sizeof(give_way) / sizeof(give_way[0]); k++) {
		int c = give_way[k].col;
		double give = nat[c] - give_way[k].min;
		if (give <= 0)
			continue;
		if (give > total - w)
			give = total - w;
		nat[c] -= give;
		total -= give;
	}
	if (total > w + 0.01)
		return db_error(d, NULL, 0, 0, "width %.0fpt is too small for a ranking table (needs %.0fpt)",
				w, total);
	nat[C_SOURCE] += w - total;
	rt->colx[0] = 0;
	for (int c = 0; c < NCOLS; c++)
		rt->colx[c + 1] = rt->colx[c] + nat[c] + 2 * PADX;
	return 0;
}


/* A cell of column c wrapped at its width cw in at most lines lines. Text
 * on the left that is one line narrower than cw would be laid out again
 * to the very same line: it stays as it was measured. The sheet's layouts
 * (recurs) are left as they are: the sheet keeps their wrapped copy. */
static void limit(db_rtable *rt, int c, PangoLayout **l, double cw, int lines)
{
	PangoRectangle log;
	PangoLayout *k;

	if (pango_layout_get_alignment(*l) == PANGO_ALIGN_LEFT &&
	    pango_layout_get_line_count(*l) == 1) {
		pango_layout_get_extents(*l, NULL, &log);
		if (log.width < (int)(cw * PANGO_SCALE))
			return;
	}
	if (!recurs(rt, c)) {
		db_text_limit(*l, cw, lines);
		return;
	}
	k = db_text_kept_limit(&rt->tc, *l, cw, lines);
	g_object_unref(*l);
	*l = k;
}

db_rtable *db_rtable_new(db_renderer *r, const db_table *t, const db_textctx *tc, double w,
			 db_diag *d)
{
	db_rtable *rt = db_xcalloc(1, sizeof(*rt));
	bool series = db_table_has_flag(t, "series");

	rt->th = &r->theme;
	rt->tc = *tc;
	db_numstyle_of(t, &r->o, &rt->ns);
	rt->cells = g_hash_table_new_full(g_str_hash, g_str_equal, free, g_object_unref);
	for (int c = 0; c < NCOLS; c++)
		rt->head[c] = cell(rt, c, headers[c], true,
				   c == C_RANK ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
	rt->n = t->nrows;
	rt->rows = db_xcalloc(rt->n ? rt->n : 1, sizeof(trow));
	for (size_t i = 0; i < rt->n; i++)
		build_row(rt, t, &t->rows[i], &rt->rows[i], r->o.highlight, series);
	g_hash_table_destroy(rt->cells);
	rt->cells = NULL;
	if (fit_columns(rt, w, d) < 0) {
		db_rtable_free(rt);
		return NULL;
	}
	for (size_t i = 0; i < rt->n && !series; i++) {   /* names break between words */
		double cw = rt->colx[C_NAME + 1] - rt->colx[C_NAME] - 2 * PADX;
		g_object_unref(rt->rows[i].cell[C_NAME]);
		rt->rows[i].cell[C_NAME] = db_name_text(&rt->tc, t->rows[i].entity ? t->rows[i].entity
										  : "（未命名）",
							rt->th->table_size, rt->rows[i].highlight, cw,
							cell_lines[C_NAME], PANGO_ALIGN_LEFT);
	}
	for (int c = 0; c < NCOLS; c++) {
		double cw = rt->colx[c + 1] - rt->colx[c] - 2 * PADX;
		if (c == C_VALUE || (c == C_NAME && !series))
			continue;
		limit(rt, c, &rt->head[c], cw, cell_lines[c]);
		for (size_t i = 0; i < rt->n; i++)
			if (rt->rows[i].cell[c])
				limit(rt, c, &rt->rows[i].cell[c], cw, cell_lines[c]);
	}
	for (int c = 0; c < NCOLS; c++)
		rt->head_h = maxd(rt->head_h, db_text_height(rt->head[c]));
	rt->head_h += 2 * PADY + 1;
	for (size_t i = 0; i < rt->n; i++) {
		trow *tr = &rt->rows[i];
		double h = tr->ip ? db_text_height(tr->ip) : 0;
		for (int c = 0; c < NCOLS; c++)
			if (tr->cell[c])
				h = maxd(h, db_text_height(tr->cell[c]));
		tr->h = h + 2 * PADY;
	}
	return rt;
}

void db_rtable_free(db_rtable *rt)
{
	if (!rt)
		return;
	for (int c = 0; c < NCOLS; c++)
		if (rt->head[c])
			g_object_unref(rt->head[c]);
	for (size_t i = 0; i < rt->n; i++) {
		trow *tr = &rt->rows[i];
		for (int c = 0; c < NCOLS; c++)
			if (tr->cell[c])
				g_object_unref(tr->cell[c]);
		if (tr->ip)
			g_object_unref(tr->ip);
		if (tr->fp)
			g_object_unref(tr->fp);
	}
	free(rt->rows);
	free(rt);
}

size_t db_rtable_rows(const db_rtable *rt)
{
	return rt->n;
}

/* The header, its rule, the rows and the closing rule, as db_rtable_draw
 * draws them. */
double db_rtable_height(const db_rtable *rt, size_t from, size_t to)
{
	double h = rt->head_h + 2;

	for (size_t i = from; i < to && i < rt->n; i++)
		h += rt->rows[i].h;
	return h;
}

size_t db_rtable_fit(const db_rtable *rt, size_t from, double h)
{
	double used = rt->head_h + 2;
	size_t i = from;

	while (i < rt->n && used + rt->rows[i].h <= h + 1e-6)
		used += rt->rows[i++].h;
	return i - from;
}

static void rule(cairo_t *cr, double x0, double x1, double y, double width, const db_rgb *c)
{
	cairo_save(cr);
	cairo_set_source_rgb(cr, c->r, c->g, c->b);
	cairo_set_line_width(cr, width);
	cairo_move_to(cr, x0, y);
	cairo_line_to(cr, x1, y);
	cairo_stroke(cr);
	cairo_restore(cr);
}

/* The figure's cell: right-aligned integer part ending at the decimal
 * point, the fraction after it; a reason where there is no figure. */
static void value_cell(const db_rtable *rt, cairo_t *cr, const trow *tr, double x, double y)
{
	double right = x + rt->colx[C_VALUE + 1] - PADX, dec = right - rt->fpw;
	const db_theme *th = rt->th;

	if (tr->ip) {
		db_text_draw(cr, tr->ip, dec - db_text_width(tr->ip), y, &th->text);
		db_text_draw(cr, tr->fp, dec, y, &th->text);
	} else {
		db_text_draw(cr, tr->cell[C_VALUE], right - db_text_width(tr->cell[C_VALUE]), y,
			     &th->muted);
	}
}

double db_rtable_draw(db_rtable *rt, cairo_t *cr, double x, double y, size_t from, size_t to)
{
	const db_theme *th = rt->th;
	double w = rt->colx[NCOLS], y0 = y;

	if (to > rt->n)
		to = rt->n;
	rule(cr, x, x + w, y + 0.5, 1, &th->axis);
	for (int c = 0; c < NCOLS; c++) {
		double cx = x + rt->colx[c] + PADX;
		if (c == C_VALUE)   /* the header sits over the figures' right edge */
			cx = x + rt->colx[c + 1] - PADX - db_text_width(rt->head[c]);
		db_text_draw(cr, rt->head[c], cx, y + 1 + PADY, &th->text);
	}
	y += rt->head_h;
	rule(cr, x, x + w, y + 0.25, 0.5, &th->axis);
	y += 1;
	for (size_t i = from; i < to; i++) {
		const trow *tr = &rt->rows[i];
		if (i % 2 == 1) {
			cairo_set_source_rgb(cr, th->zebra.r, th->zebra.g, th->zebra.b);
			cairo_rectangle(cr, x, y, w, tr->h);
			cairo_fill(cr);
		}
		for (int c = 0; c < NCOLS; c++) {
			const db_rgb *col = c == C_NAME && tr->highlight ? &th->highlight
					    : c == C_SOURCE || c == C_STATED ? &th->muted
									     : &th->text;
			if (c == C_VALUE)
				value_cell(rt, cr, tr, x, y + PADY);
			else
				db_text_draw(cr, tr->cell[c], x + rt->colx[c] + PADX, y + PADY, col);
		}
		y += tr->h;
	}
	rule(cr, x, x + w, y + 0.5, 1, &th->axis);
	return y + 1 - y0;
}

/* ---- the ranking table as a figure of its own (--chart table) ---- */

#define DEFAULT_WIDTH_PT 480.0
#define PAGE_H 841.8898        /* A4: where a long PDF table breaks */
#define CONT_LINES 2          /* of the "（续）" title, before it ends in "…" */

typedef struct {
	db_rtable *rt;
	PangoLayout *title, *cont, *subtitle, *notes;
	double ix, iw;             /* inner x and width */
	double head_h, cont_h, notes_h;
} tfig;

static void tfig_free(tfig *f)
{
	db_rtable_free(f->rt);
	if (f->title)
		g_object_unref(f->title);
	if (f->cont)
		g_object_unref(f->cont);
	if (f->subtitle)
		g_object_unref(f->subtitle);
	if (f->notes)
		g_object_unref(f->notes);
}

static int tfig_build(tfig *f, db_renderer *r, const db_table *t, PangoContext *pc, double w,
		      db_diag *d)
{
	const db_theme *th = &r->theme;
	db_textctx tc = { pc, r->fonts, db_fonts_family(r->fonts), &r->missing, NULL };
	db_buf title = DB_BUF_INIT, nb = DB_BUF_INIT;

	memset(f, 0, sizeof(*f));
	f->ix = th->margin_left;
	f->iw = w - th->margin_left - th->margin_right;
	if (f->iw < 60)
		return db_error(d, NULL, 0, 0, "figure width %.0fpt is too small", w);
	db_figure_title(t, r->o.title, &title);
	f->title = db_text(&tc, title.data, th->title_size, true, f->iw, PANGO_ALIGN_LEFT);
	db_buf_puts(&title, "（续）");
	f->cont = db_text(&tc, title.data, th->subtitle_size, true, f->iw, PANGO_ALIGN_LEFT);
	db_buf_release(&title);
	db_text_limit(f->title, f->iw, DB_TITLE_LINES);
	db_text_limit(f->cont, f->iw, CONT_LINES);
	if (r->o.subtitle && *r->o.subtitle) {
		f->subtitle = db_text(&tc, r->o.subtitle, th->subtitle_size, false, f->iw,
				      PANGO_ALIGN_LEFT);
		db_text_limit(f->subtitle, f->iw, DB_SUBTITLE_LINES);
	}
	db_table_notes(t, r->o.source, &nb);
	if (nb.len) {
		f->notes = db_text(&tc, nb.data, th->note_size, false, f->iw, PANGO_ALIGN_LEFT);
		db_text_limit(f->notes, f->iw, DB_NOTES_LINES);
	}
	db_buf_release(&nb);
	f->head_h = db_text_height(f->title) + 8 +
		    (f->subtitle ? db_text_height(f->subtitle) + 6 : 0);
	f->cont_h = db_text_height(f->cont) + 6;
	f->notes_h = f->notes ? db_text_height(f->notes) + 8 : 0;
	f->rt = db_rtable_new(r, t, &tc, f->iw, d);
	return f->rt ? 0 : -1;
}

static double tfig_natural(const tfig *f, const db_theme *th)
{
	return th->margin_top + f->head_h + db_rtable_height(f->rt, 0, db_rtable_rows(f->rt)) +
	       f->notes_h + th->margin_bottom;
}

static void paint_bg(cairo_t *cr, const db_theme *th)
{
	cairo_set_source_rgb(cr, th->background.r, th->background.g, th->background.b);
	cairo_paint(cr);
}

/* A new page under the "（续）" title; *y is where the rows go on. */
static int continuation_page(const tfig *f, const db_theme *th, db_canvas *c, double *y,
			     db_diag *d)
{
	if (db_canvas_next_page(c, d) < 0)
		return -1;
	paint_bg(c->cr, th);
	*y = th->margin_top;
	db_text_draw(c->cr, f->cont, f->ix, *y, &th->text);
	*y += f->cont_h;
	return 0;
}

/* Rows page by page: the title on the first, "（续）" and the header again on
 * the others; the notes after the last row, on a page of their own if need be. */
static int tfig_draw(tfig *f, db_renderer *r, db_canvas *c, double page_h, db_diag *d)
{
	const db_theme *th = &r->theme;
	size_t from = 0, n = db_rtable_rows(f->rt);
	double y = th->margin_top, bottom = page_h - th->margin_bottom;
	bool first = true;

	paint_bg(c->cr, th);
	db_text_draw(c->cr, f->title, f->ix, y, &th->text);
	if (f->subtitle)
		db_text_draw(c->cr, f->subtitle, f->ix, y + db_text_height(f->title) + 4, &th->muted);
	y += f->head_h;
	do {
		size_t k = db_rtable_fit(f->rt, from, bottom - y);
		if (k == 0 && !first) /* not even one row on an empty page */
			k = 1;
		if (k == 0) {
			if (continuation_page(f, th, c, &y, d) < 0)
				return -1;
			first = false;
			continue;
		}
		y += db_rtable_draw(f->rt, c->cr, f->ix, y, from, from + k) + 8;
		from += k;
		first = false;
		if (from < n) {
			if (continuation_page(f, th, c, &y, d) < 0)
				return -1;
		}
	} while (from < n);
	if (f->notes) {
		/* notes_h counts the 8pt the rows were followed by */
		if (y + f->notes_h - 8 > bottom + 1e-6 && db_backend_is_paged(c->be)) {
			if (db_canvas_next_page(c, d) < 0)
				return -1;
			paint_bg(c->cr, th);
			y = th->margin_top;
		}
		db_text_draw(c->cr, f->notes, f->ix, y, &th->muted);
	}
	return db_canvas_check(c, d);
}

int db_rtable_figure(db_renderer *r, const db_table *t, const char *path, db_diag *d)
{
	const db_backend *be = db_backend_for_path(path);
	double dpi = r->o.dpi > 0 ? r->o.dpi : 96;
	double scale = db_backend_is_raster(be) ? dpi / 72 : 1;
	double w = r->o.width > 0 ? r->o.width / scale : DEFAULT_WIDTH_PT;
	double want = r->o.height > 0 ? r->o.height / scale : 0, natural, page_h;
	db_canvas c;
	PangoContext *pc;
	tfig f;
	int rc;

	if (tfig_build(&f, r, t, r->mpc, w, d) < 0) {
		tfig_free(&f);
		return -1;
	}
	natural = tfig_natural(&f, &r->theme);
	tfig_free(&f);
	/* PNG and SVG grow to fit; a PDF keeps its page height (given, or A4
	 * when the table is longer than that) and continues on further pages. */
	if (db_backend_is_paged(be))
		page_h = want > 0 ? want : natural <= PAGE_H ? natural : PAGE_H;
	else
		page_h = natural > want ? natural : want;
	if (db_canvas_fits(be, w, page_h, scale, path, N_("use a smaller --width"),
			   db_backend_is_paged(be) || want >= natural
				   ? N_("use a smaller --height")
				   : N_("write the table as .pdf, whose pages go on"),
			   d) < 0 ||
	    db_canvas_begin(&c, be, w, page_h, scale, d) < 0)
		return -1;
	db_canvas_watch(&c, r);
	pc = db_fonts_context(r->fonts, c.cr);
	rc = tfig_build(&f, r, t, pc, w, d);
	if (rc == 0)
		rc = tfig_draw(&f, r, &c, page_h, d);
	tfig_free(&f);
	g_object_unref(pc);
	return db_figure_finish(r, t, &c, rc, path, d);
}
