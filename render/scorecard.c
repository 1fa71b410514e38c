/* scorecard.c - the 对标表: one place (the focus) against its peers on every
 * comparable table at once — its value, its position k/n, the leader and the
 * gap to it, the mean and the gap to it, its stated ranks — one row a table,
 * numbers written as that table's figures write them. Measured once, drawn
 * a slice of rows at a time (a sheet continues it on the next page). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/period.h"
#include "core/text.h"
#include "render/render_int.h"

enum { S_NAME, S_PERIOD, S_VALUE, S_POS, S_BEST, S_BEST_GAP, S_MEAN, S_MEAN_GAP, S_STATED,
       NCOLS };

static const char *const headers[NCOLS] = { "指标", "期间", "本地数值", "位次", "最优",
					    "与最优差距", "平均", "与平均差距", "自报排名" };
/* Shares of the width, and which columns are figures (right-aligned). */
static const double shares[NCOLS] = { 0.17, 0.07, 0.095, 0.07, 0.12, 0.155, 0.08, 0.155,
				      0.085 };
static const bool figure_col[NCOLS] = { [S_VALUE] = true, [S_POS] = true, [S_MEAN] = true };

#define PADX 3.0
#define PADY 2.5
#define CELL_LINES 4

typedef struct {
	PangoLayout *cell[NCOLS];
	double h;
} srow;

struct db_scard {
	const db_theme *th;
	db_textctx tc;
	PangoLayout *head[NCOLS];
	srow *rows;
	size_t n;
	double colx[NCOLS + 1];
	double head_h;
};

/* The next of the comma- or 、-separated names at *rest, *n bytes long,
 * *rest moved past it and its separator; NULL when none is left. */
static const char *next_peer(const char **rest, size_t *n)
{
	const char *p = *rest, *end, *alt;

	if (!p || !*p)
		return NULL;
	end = p + strcspn(p, ",");
	alt = strstr(p, "、");
	if (alt && alt < end)
		end = alt;
	*n = (size_t)(end - p);
	*rest = *end == ',' ? end + 1 : !strncmp(end, "、", 3) ? end + 3 : end;
	return p;
}

/* Is name among the comma- or 、-separated peers (NULL: everyone)? */
static bool is_peer(const char *peers, const char *name)
{
	const char *rest = peers, *p;
	size_t n;

	if (!peers || !*peers)
		return true;
	if (!name)
		return false;
	while ((p = next_peer(&rest, &n)))
		if (n == strlen(name) && !strncmp(p, name, n))
			return true;
	return false;
}

static bool has_figure(const db_row *r)
{
	return r->has_value && isfinite(r->value);
}

/* Gaps of rates (a % table, or one in 百分点) are in 个百分点. */
static bool is_rate(const db_table *t)
{
	return t->unit && (!strcmp(t->unit, "%") || !strcmp(t->unit, "百分点"));
}

/* "▲ +1.2个百分点", "▼ −7243.90亿元（−57.1%）": the difference focus − other,
 * marked by whether the focus is better (▲) or worse (▼) on the metric. */
static void gap_text(const db_table *t, const db_numstyle *ns, double focus, double other,
		     db_buf *out)
{
	bool lower = t->better && !strcmp(t->better, "lower");
	double diff = focus - other;
	char num[DB_LABEL_MAX];

	if (fabs(diff) < 1e-9 * fmax(1, fabs(other))) {
		db_buf_puts(out, "持平");
		return;
	}
	db_buf_puts(out, (diff > 0) != lower ? "▲ " : "▼ ");
	db_num(ns, diff, num, sizeof(num));
	db_buf_printf(out, "%s%s", diff > 0 ? "+" : "", num);
	if (is_rate(t)) {
		db_buf_puts(out, "个百分点");
	} else {
		db_buf_puts(out, ns->unit);
		if (other != 0) {
			char pct[32];
			snprintf(pct, sizeof(pct), "%+.1f", 100 * diff / fabs(other));
			if (pct[0] == '-')
				db_buf_printf(out, "（−%s%%）", pct + 1);
			else
				db_buf_printf(out, "（%s%%）", pct);
		}
	}
}

/* The cells of one table's row; false when the table has no row for the
 * focus or nothing to compare it with. */
static bool build_cells(const db_table *t, const char *focus, const char *peers,
			const db_render_opts *o, db_buf cell[NCOLS])
{
	const db_row *me = NULL, *best = NULL;
	bool lower = t->better && !strcmp(t->better, "lower");
	double sum = 0;
	size_t n = 0;
	int k = 1;
	db_numstyle ns;
	db_table u = *t;
	char num[DB_LABEL_MAX + 8], pl[64];

	if (db_table_has_flag(t, "series"))
		return false;
	for (size_t i = 0; i < t->nrows; i++)
		if (t->rows[i].entity && !strcmp(t->rows[i].entity, focus))
			me = &t->rows[i];
	if (!me || (!has_figure(me) && (!me->reason || !strcmp(me->reason, "not_reported"))))
		return false;
	for (size_t i = 0; i < t->nrows; i++) {
		const db_row *r = &t->rows[i];
		if (!has_figure(r) || (r != me && !is_peer(peers, r->entity)))
			continue;
		n++;
		sum += r->value;
		if (!best || (lower ? r->value < best->value : r->value > best->value))
			best = r;
		if (has_figure(me) && (lower ? r->value < me->value : r->value > me->value))
			k++;
	}
	if (!best || (has_figure(me) && n < 2))
		return false;
	db_numstyle_of(t, o, &ns);
	u.has_period = false;
	u.unit = ns.unit;
	db_table_title(&u, &cell[S_NAME]);
	db_buf_puts(&cell[S_PERIOD], t->has_period ? db_period_label(&t->period, pl) : "—");
	if (has_figure(me)) {
		db_value_label(me, &ns, num, sizeof(num));
		db_buf_printf(&cell[S_VALUE], "%s%s", num, me->corrected ? "*" : "");
		db_buf_printf(&cell[S_POS], "%d/%zu", k, n);
		if (best == me)
			db_buf_puts(&cell[S_BEST_GAP], "最优");
		else
			gap_text(t, &ns, me->value, best->value, &cell[S_BEST_GAP]);
		gap_text(t, &ns, me->value, sum / (double)n, &cell[S_MEAN_GAP]);
	} else {
		db_buf_puts(&cell[S_VALUE], db_reason_word(me));
		db_buf_puts(&cell[S_POS], "—");
		db_buf_puts(&cell[S_BEST_GAP], "—");
		db_buf_puts(&cell[S_MEAN_GAP], "—");
	}
	db_value_label(best, &ns, num, sizeof(num));
	db_buf_printf(&cell[S_BEST], "%s\n%s", best->entity ? best->entity : "", num);
	db_num(&ns, sum / (double)n, num, sizeof(num));
	db_buf_puts(&cell[S_MEAN], num);
	db_ranks_label(me->stated_ranks, me->nstated, &cell[S_STATED]);
	if (!cell[S_STATED].len)
		db_buf_puts(&cell[S_STATED], "—");
	return true;
}

void db_scard_free(db_scard *sc)
{
	if (!sc)
		return;
	for (int c = 0; c < NCOLS; c++)
		if (sc->head[c])
			g_object_unref(sc->head[c]);
	for (size_t i = 0; i < sc->n; i++)
		for (int c = 0; c < NCOLS; c++)
			if (sc->rows[i].cell[c])
				g_object_unref(sc->rows[i].cell[c]);
	free(sc->rows);
	free(sc);
}

/* Is name (n bytes) a place of the tables? If not, *hint is the first
 * place (bytewise) whose name begins with it (洛阳 → 洛阳市), or NULL. */
static bool known_place(const db_table *const *tables, size_t ntables, const char *name,
			size_t n, const char **hint)
{
	*hint = NULL;
	for (size_t k = 0; k < ntables; k++)
		for (size_t i = 0; i < tables[k]->nrows; i++)
			if (db_place_candidate(tables[k]->rows[i].entity, name, n, hint))
				return true;
	return false;
}

/* The focus and every peer are places of the tables: a name that is not
 * (洛阳 for 洛阳市) would give a scorecard of nothing, or of fewer peers
 * than asked for, without a word. */
static int check_places(const db_renderer *r, const db_table *const *tables, size_t ntables,
			db_diag *d)
{
	const char *hint, *rest = r->o.peers, *p;
	size_t n;

	if (!known_place(tables, ntables, r->o.focus, strlen(r->o.focus), &hint))
		return db_error(d, NULL, 0, 0, "focus %s is not a place of these tables%s%s%s",
				r->o.focus, hint ? _(" (did you mean ") : "", hint ? hint : "",
				hint ? _("?)") : "");
	while ((p = next_peer(&rest, &n)))
		if (n && !known_place(tables, ntables, p, n, &hint))
			return db_error(d, NULL, 0, 0, "peer %.*s is not a place of these tables%s%s%s",
					(int)n, p, hint ? _(" (did you mean ") : "", hint ? hint : "",
					hint ? _("?)") : "");
	return 0;
}

db_scard *db_scard_new(db_renderer *r, const db_table *const *tables, size_t ntables,
		       PangoContext *pc, double w, db_diag *d)
{
	const char *focus = r->o.focus;
	db_scard *sc;
	double x = 0, size = r->theme.table_size;

	if (!focus || !*focus) {
		db_error(d, NULL, 0, 0, "a scorecard needs a focus (--focus NAME)");
		return NULL;
	}
	if (check_places(r, tables, ntables, d) < 0)
		return NULL;
	if (w < 360) {
		db_error(d, NULL, 0, 0, "figure width %.0fpt is too small for a scorecard (needs 360pt)", w);
		return NULL;
	}
	sc = db_xcalloc(1, sizeof(*sc));
	sc->th = &r->theme;
	sc->tc = (db_textctx){ pc, r->fonts, db_fonts_family(r->fonts), &r->missing, NULL };
	for (int c = 0; c < NCOLS; c++) {
		sc->colx[c] = x;
		x += shares[c] * w;
	}
	sc->colx[NCOLS] = w;
	sc->rows = db_xcalloc(ntables + 1, sizeof(srow));
	for (int c = 0; c < NCOLS; c++) {
		double cw = sc->colx[c + 1] - sc->colx[c] - 2 * PADX;
		sc->head[c] = db_text(&sc->tc, headers[c], size, true, cw,
				      figure_col[c] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
		sc->head_h = fmax(sc->head_h, db_text_height(sc->head[c]));
	}
	sc->head_h += 2 * PADY + 1;
	for (size_t k = 0; k < ntables; k++) {
		db_buf cell[NCOLS];
		srow *row = &sc->rows[sc->n];

		for (int c = 0; c < NCOLS; c++)
			cell[c] = (db_buf)DB_BUF_INIT;
		if (build_cells(tables[k], focus, r->o.peers, &r->o, cell)) {
			for (int c = 0; c < NCOLS; c++) {
				double cw = sc->colx[c + 1] - sc->colx[c] - 2 * PADX;
				if (c == S_BEST) {
					row->cell[c] = db_name_text(&sc->tc, db_buf_cstr(&cell[c]), size,
								    false, cw, CELL_LINES,
								    PANGO_ALIGN_LEFT);
				} else {
					row->cell[c] = db_phrase_text(&sc->tc, db_buf_cstr(&cell[c]),
								      size, c == S_VALUE, cw,
								      CELL_LINES,
								      figure_col[c] ? PANGO_ALIGN_RIGHT
										    : PANGO_ALIGN_LEFT);
				}
				row->h = fmax(row->h, db_text_height(row->cell[c]));
			}
			row->h += 2 * PADY;
			sc->n++;
		}
		for (int c = 0; c < NCOLS; c++)
			db_buf_release(&cell[c]);
	}
	if (!sc->n) {
		db_error(d, NULL, 0, 0, "no table compares %s with another place", focus);
		db_scard_free(sc);
		return NULL;
	}
	return sc;
}

size_t db_scard_rows(const db_scard *sc)
{
	return sc->n;
}

double db_scard_height(const db_scard *sc, size_t from, size_t to)
{
	double h = sc->head_h;

	for (size_t i = from; i < to && i < sc->n; i++)
		h += sc->rows[i].h;
	return h + 1;
}

size_t db_scard_fit(const db_scard *sc, size_t from, double h)
{
	size_t k = 0;
	double used = sc->head_h + 1;

	while (from + k < sc->n && used + sc->rows[from + k].h <= h) {
		used += sc->rows[from + k].h;
		k++;
	}
	return k;
}

static void rule(cairo_t *cr, const db_rgb *c, double x0, double x1, double y, double w)
{
	cairo_set_source_rgb(cr, c->r, c->g, c->b);
	cairo_set_line_width(cr, w);
	cairo_move_to(cr, x0, y);
	cairo_line_to(cr, x1, y);
	cairo_stroke(cr);
}

double db_scard_draw(db_scard *sc, cairo_t *cr, double x, double y, size_t from, size_t to)
{
	const db_theme *th = sc->th;
	double y0 = y, w = sc->colx[NCOLS];

	rule(cr, &th->axis, x, x + w, y + 0.5, 1);
	for (int c = 0; c < NCOLS; c++)
		db_text_draw(cr, sc->head[c], x + sc->colx[c] + PADX, y + PADY + 1, &th->text);
	y += sc->head_h;
	rule(cr, &th->axis, x, x + w, y - 0.5, 0.5);
	for (size_t i = from; i < to && i < sc->n; i++) {
		const srow *row = &sc->rows[i];
		if (i % 2 == 1) {
			cairo_set_source_rgb(cr, th->zebra.r, th->zebra.g, th->zebra.b);
			cairo_rectangle(cr, x, y, w, row->h);
			cairo_fill(cr);
		}
		for (int c = 0; c < NCOLS; c++)
			db_text_draw(cr, row->cell[c], x + sc->colx[c] + PADX, y + PADY,
				     c == S_PERIOD || c == S_STATED ? &th->muted : &th->text);
		y += row->h;
	}
	rule(cr, &th->axis, x, x + w, y + 0.5, 1);
	return y - y0 + 1;
}

const char *db_scard_title(const db_renderer *r, db_buf *out)
{
	if (r->o.title)
		db_buf_puts(out, r->o.title);
	else if (r->o.peers && *r->o.peers)
		db_buf_printf(out, "对标表：%s与标杆地区", r->o.focus ? r->o.focus : "");
	else
		db_buf_printf(out, "对标表：%s", r->o.focus ? r->o.focus : "");
	return db_buf_cstr(out);
}

const char *db_scard_legend(const db_renderer *r, db_buf *out)
{
	if (r->o.peers && *r->o.peers) {
		db_buf_puts(out, "标杆：");
		for (const char *p = r->o.peers; *p; p++)
			if (*p == ',')
				db_buf_puts(out, "、");
			else
				db_buf_putc(out, *p);
		db_buf_puts(out, "。");
	}
	db_buf_puts(out, "位次 k/n：在有数值的 n 个地区中第 k（按指标方向，越低越好的指标取最低为最优）；"
			 "▲ 优于，▼ 落后；比率类差距以个百分点计，总量类以单位和百分比计；"
			 "未公开、仅排名：本地未报数值。");
	return db_buf_cstr(out);
}

#define FIG_WIDTH_PT 600.0

int db_scard_figure(db_renderer *r, const db_table *const *tables, size_t n, const char *path,
		    db_diag *d)
{
	const db_backend *be = db_backend_for_path(path);
	const db_theme *th = &r->theme;
	double dpi = r->o.dpi > 0 ? r->o.dpi : 96;
	double scale = db_backend_is_raster(be) ? dpi / 72 : 1;
	double w = r->o.width > 0 ? r->o.width / scale : FIG_WIDTH_PT, iw, h, y;
	db_buf title = DB_BUF_INIT, legend = DB_BUF_INIT, desc = DB_BUF_INIT;
	PangoLayout *tl = NULL, *ll = NULL;
	db_scard *sc = NULL;
	db_canvas c;
	db_textctx tc = { r->mpc, r->fonts, db_fonts_family(r->fonts), &r->missing, NULL };
	int rc = -1;

	iw = w - th->margin_left - th->margin_right;
	/* measure with the renderer's context, then draw with the canvas's */
	sc = db_scard_new(r, tables, n, r->mpc, iw, d);
	if (!sc)
		return -1;
	db_scard_title(r, &title);
	db_scard_legend(r, &legend);
	tl = db_text(&tc, title.data, th->title_size, true, iw, PANGO_ALIGN_LEFT);
	db_text_limit(tl, iw, DB_TITLE_LINES);
	ll = db_text(&tc, legend.data, th->note_size, false, iw, PANGO_ALIGN_LEFT);
	h = th->margin_top + db_text_height(tl) + 8 + db_scard_height(sc, 0, sc->n) + 8 +
	    db_text_height(ll) + th->margin_bottom;
	g_object_unref(tl);
	g_object_unref(ll);
	db_scard_free(sc);
	sc = NULL;
	if (r->o.height > 0)
		h = fmax(h, r->o.height / scale);
	if (db_canvas_fits(be, w, h, scale, path, N_("use a smaller --width"), N_("use --peers"), d) < 0 ||
	    db_canvas_begin(&c, be, w, h, scale, d) < 0)
		goto out;
	db_canvas_watch(&c, r);
	tc.pc = db_fonts_context(r->fonts, c.cr);
	sc = db_scard_new(r, tables, n, tc.pc, iw, d);
	if (sc) {
		cairo_set_source_rgb(c.cr, th->background.r, th->background.g, th->background.b);
		cairo_paint(c.cr);
		tl = db_text(&tc, title.data, th->title_size, true, iw, PANGO_ALIGN_LEFT);
		db_text_limit(tl, iw, DB_TITLE_LINES);
		ll = db_text(&tc, legend.data, th->note_size, false, iw, PANGO_ALIGN_LEFT);
		y = th->margin_top;
		db_text_draw(c.cr, tl, th->margin_left, y, &th->text);
		y += db_text_height(tl) + 8;
		y += db_scard_draw(sc, c.cr, th->margin_left, y, 0, sc->n) + 8;
		db_text_draw(c.cr, ll, th->margin_left, y, &th->muted);
		g_object_unref(tl);
		g_object_unref(ll);
		rc = db_canvas_check(&c, d);
	}
	g_object_unref(tc.pc);
	if (rc == 0)
		rc = db_render_check_glyphs(r, d);
	if (rc < 0) {
		db_canvas_abort(&c);
		goto out;
	}
	for (size_t k = 0; k < n; k++) {
		db_buf cell[NCOLS];
		for (int i = 0; i < NCOLS; i++)
			cell[i] = (db_buf)DB_BUF_INIT;
		if (build_cells(tables[k], r->o.focus, r->o.peers, &r->o, cell)) {
			for (int i = 0; i < NCOLS; i++)
				db_buf_printf(&desc, "%s%s", i ? " · " : desc.len ? "\n" : "",
					      db_buf_cstr(&cell[i]));
		}
		for (int i = 0; i < NCOLS; i++)
			db_buf_release(&cell[i]);
	}
	{
		db_doc_meta m = { title.data, db_buf_cstr(&desc), NULL, r->o.epoch };
		rc = db_canvas_finish(&c, &m, path, d);
	}
out:
	db_scard_free(sc);
	db_buf_release(&title);
	db_buf_release(&legend);
	db_buf_release(&desc);
	return rc;
}
