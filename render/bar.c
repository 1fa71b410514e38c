/* bar.c - the bar chart: one table's rows as bars in ranking order, value
 * labels with their qualifier, empty labelled slots for masked, rank-only
 * and missing figures, stated ranks, a reference line, and notes naming the
 * sources. Layout is measured first, in points, then drawn. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_int.h"

typedef struct {
	const db_row *row;
	PangoLayout *name;      /* entity name, wrapped to the name column */
	PangoLayout *label;     /* value label, or the slot's text */
	PangoLayout *note;      /* stated ranks, or NULL */
	bool highlight, slot;
	double v0, v1;          /* bar from 0 to v0; a range continues to v1 */
	double labw, labh;      /* label (+ note) extent beside the bar end */
	double textw;           /* the label's own width, unwrapped */
} item;

typedef struct {
	db_renderer *r;
	const db_table *t;
	const db_theme *th;
	db_textctx tc;
	bool vertical;
	double fill, bar_max;          /* the theme's, or the caller's */
	item *it;
	size_t n;
	db_numstyle ns;               /* one magnitude, one count of decimals */
	PangoLayout *title, *subtitle, *notes, *reflabel;
	PangoLayout *tick[DB_TICKS_MAX];
	db_ticks ticks;
	bool has_ref;
	double ref;
	size_t nvalues;               /* rows with a figure; 0 = no scale drawn */
	/* geometry, pt */
	double x, y, w, h;
	double ix0, ix1;              /* inside the margins */
	double head_h, refband, foot_h, tick_h, names_h;
	double namew, rowh;
	double px0, px1, py0, py1;    /* plot area */
	double minw;                  /* the narrowest figure vertical bars fit in */
	/* laid out but for the height (h_layout, v_layout): the least row
	 * height of horizontal bars; the slot width and the tallest label
	 * above a vertical bar */
	bool shaped;
	double need, slotw, top;
	double a, s;                  /* value v sits at a ± (v - lo) × s */
	double (*boxes)[4];           /* labels drawn in the plot: x0 y0 x1 y1 */
	size_t nboxes;
} chart;

#define GAP 4.0

/* How far a row's text may grow before it ends in "…" (Pango cuts between
 * graphemes; the whole text stays in the figure's description): lines of a
 * name, of a vertical bar's label or note; the share of the plot's length
 * a horizontal bar's label and note may take. */
#define NAME_LINES 3
#define VLABEL_LINES 4
#define LABEL_SHARE 0.5
/* The share of the width the names of horizontal bars may take. */
#define NAME_SHARE 0.34

static double maxd(double a, double b) { return a > b ? a : b; }
static double mind(double a, double b) { return a < b ? a : b; }

/* Rows with a figure first in the table's order (by rank when given), then
 * the empty slots; stable so equal ranks keep the table's order. */
static int item_cmp(const void *pa, const void *pb)
{
	const item *a = pa, *b = pb;
	int ra = a->slot ? 2 : a->row->rank > 0 ? 0 : 1;
	int rb = b->slot ? 2 : b->row->rank > 0 ? 0 : 1;

	if (ra != rb)
		return ra - rb;
	if (ra == 0 && a->row->rank != b->row->rank)
		return a->row->rank - b->row->rank;
	return a->row < b->row ? -1 : a->row > b->row;
}

static int cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return (a > b) - (a < b);
}

static int parse_ref(chart *c, db_diag *d)
{
	const char *ref = c->r->o.ref;
	double *v = db_xmalloc((c->n + 1) * sizeof(double)), sum = 0;
	size_t k = 0;
	char num[DB_LABEL_MAX], text[128];
	const char *word;

	for (size_t i = 0; i < c->n; i++)
		if (!c->it[i].slot)
			sum += v[k++] = c->it[i].row->value;
	if (!ref || !*ref || !k) {
		free(v);
		return 0;
	}
	if (!strcmp(ref, "mean")) {
		c->ref = sum / (double)k;
		word = "平均";
	} else if (!strcmp(ref, "median")) {
		qsort(v, k, sizeof(double), cmp_double);
		c->ref = k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
		word = "中位数";
	} else {
		char *end;
		c->ref = strtod(ref, &end);
		if (*end || end == ref || !isfinite(c->ref)) {
			free(v);
			return db_error(d, NULL, 0, 0,
					"bad reference '%s' (use mean, median or a number)", ref);
		}
		word = "参考值";
	}
	free(v);
	c->has_ref = true;
	/* Written as the bars' labels are: one magnitude, one count of decimals. */
	db_num(&c->ns, c->ref, num, sizeof(num));
	snprintf(text, sizeof(text), "%s %s", word, num);
	c->reflabel = db_text(&c->tc, text, c->th->annotation_size, false, 0, PANGO_ALIGN_LEFT);
	return 0;
}

static void ticks_free(chart *c)
{
	for (size_t i = 0; i < DB_TICKS_MAX; i++)
		if (c->tick[i]) {
			g_object_unref(c->tick[i]);
			c->tick[i] = NULL;
		}
}

static void chart_free(chart *c)
{
	for (size_t i = 0; i < c->n; i++) {
		if (c->it[i].name)
			g_object_unref(c->it[i].name);
		if (c->it[i].label)
			g_object_unref(c->it[i].label);
		if (c->it[i].note)
			g_object_unref(c->it[i].note);
	}
	free(c->it);
	free(c->boxes);
	ticks_free(c);
	if (c->title)
		g_object_unref(c->title);
	if (c->subtitle)
		g_object_unref(c->subtitle);
	if (c->notes)
		g_object_unref(c->notes);
	if (c->reflabel)
		g_object_unref(c->reflabel);
}

static const char *row_name(const item *e)
{
	return e->row->entity ? e->row->entity : "（未命名）";
}

/* The text of row e's label: its figure (in lab, sz bytes) or what its
 * empty slot says (in words); a figure's stated ranks go to words. */
static const char *row_label(const chart *c, const item *e, char *lab, size_t sz, db_buf *words)
{
	if (e->slot)
		return db_slot_label(e->row, words);
	db_value_label(e->row, &c->ns, lab, sz);
	if (e->row->corrected)
		strcat(lab, "*");
	db_ranks_label(e->row->stated_ranks, e->row->nstated, words);
	return lab;
}

/* Row e's name, label and note (stated ranks) as layouts, and the
 * label's extent. */
static void row_texts(chart *c, item *e)
{
	const db_theme *th = c->th;
	char lab[DB_LABEL_MAX + 8];
	db_buf words = DB_BUF_INIT;
	const char *label = row_label(c, e, lab, sizeof(lab), &words);

	e->name = db_text(&c->tc, row_name(e), th->label_size, e->highlight, 0,
			  c->vertical ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);
	if (e->slot) {
		e->label = db_text(&c->tc, label, th->annotation_size, false, 0, PANGO_ALIGN_CENTER);
		e->labw = db_text_width(e->label) + 2 * GAP;
		e->labh = db_text_height(e->label);
		db_buf_release(&words);
		return;
	}
	e->label = db_text(&c->tc, label, th->value_size, e->highlight, 0, PANGO_ALIGN_LEFT);
	if (words.len)
		e->note = db_text(&c->tc, words.data, th->annotation_size, false, 0, PANGO_ALIGN_LEFT);
	db_buf_release(&words);
	if (c->vertical) {
		e->labw = db_text_width(e->label);
		e->labh = db_text_height(e->label) + (e->note ? db_text_height(e->note) : 0);
	} else {
		e->labw = db_text_width(e->label) + (e->note ? GAP + db_text_width(e->note) : 0);
		e->labh = db_text_height(e->label);
	}
}

/* What row_texts would note in the missing glyphs, laying out nothing. */
static void row_note(chart *c, const item *e)
{
	char lab[DB_LABEL_MAX + 8];
	db_buf words = DB_BUF_INIT;
	const char *label = row_label(c, e, lab, sizeof(lab), &words);

	db_text_note(&c->tc, row_name(e));
	db_text_note(&c->tc, label);
	if (!e->slot)
		db_text_note(&c->tc, db_buf_cstr(&words));
	db_buf_release(&words);
}

/* Texts whose size does not depend on the row height; with rows false,
 * those of the rows are only checked and noted as they would be, for
 * h_least (chart_rows lays them out after). */
static int chart_build(chart *c, db_renderer *r, const db_table *t, const db_bar_parts *p,
		       PangoContext *pc, double x, double y, double w, bool rows, db_diag *d)
{
	const db_theme *th = &r->theme;
	const char *hl = r->o.highlight;

	memset(c, 0, sizeof(*c));
	c->r = r;
	c->t = t;
	c->th = th;
	c->tc = (db_textctx){ pc, r->fonts, db_fonts_family(r->fonts), &r->missing, NULL };
	c->vertical = p->vertical ||
		      (!p->horizontal && r->o.orient && !strcmp(r->o.orient, "vertical"));
	c->fill = p->fill > 0 ? p->fill : th->bar_fill;
	c->bar_max = p->fill > th->bar_fill ? th->bar_max * p->fill / th->bar_fill : th->bar_max;
	if (r->o.orient && strcmp(r->o.orient, "vertical") && strcmp(r->o.orient, "horizontal"))
		return db_error(d, NULL, 0, 0, "bad orientation '%s' (use horizontal or vertical)",
				r->o.orient);
	c->x = x;
	c->y = y;
	c->w = w;
	c->ix0 = x + th->margin_left;
	c->ix1 = x + w - th->margin_right;
	if (c->ix1 - c->ix0 < 60)
		return db_error(d, NULL, 0, 0, "figure width %.0fpt is too small", w);

	db_numstyle_of(t, &r->o, &c->ns);
	if (p->show_title) {
		db_buf title = DB_BUF_INIT, sub = DB_BUF_INIT;
		db_table u = *t;
		const char *tt;

		u.unit = c->ns.unit;
		tt = p->title ? p->title : db_table_title(&u, &title);
		c->title = db_text(&c->tc, tt, th->title_size, true, c->ix1 - c->ix0, PANGO_ALIGN_LEFT);
		db_text_limit(c->title, c->ix1 - c->ix0, DB_TITLE_LINES);
		if (p->subtitle && *p->subtitle)
			db_buf_puts(&sub, p->subtitle);
		/* A title of one's own keeps the unit: in the subtitle. */
		if (p->title && c->ns.unit[0] && !strstr(tt, c->ns.unit) &&
		    !strstr(db_buf_cstr(&sub), c->ns.unit))
			db_buf_printf(&sub, "%s单位：%s", sub.len ? "；" : "", c->ns.unit);
		if (sub.len) {
			c->subtitle = db_text(&c->tc, sub.data, th->subtitle_size, false,
					      c->ix1 - c->ix0, PANGO_ALIGN_LEFT);
			db_text_limit(c->subtitle, c->ix1 - c->ix0, DB_SUBTITLE_LINES);
		}
		db_buf_release(&title);
		db_buf_release(&sub);
	}
	if (p->show_notes) {
		db_buf nb = DB_BUF_INIT;
		db_table_notes(t, r->o.source, &nb);
		if (nb.len) {
			c->notes = db_text(&c->tc, nb.data, th->note_size, false, c->ix1 - c->ix0,
					   PANGO_ALIGN_LEFT);
			db_text_limit(c->notes, c->ix1 - c->ix0, DB_NOTES_LINES);
		}
		db_buf_release(&nb);
	}

	c->n = t->nrows;
	c->it = db_xcalloc(c->n ? c->n : 1, sizeof(item));
	for (size_t i = 0; i < c->n; i++) {
		item *e = &c->it[i];
		const db_row *row = &t->rows[i];

		e->row = row;
		e->highlight = hl && row->entity && !strcmp(hl, row->entity);
		e->slot = !row->has_value || !isfinite(row->value);
		if (!e->slot) {
			c->nvalues++;
			e->v0 = row->value;
			e->v1 = row->has_max && isfinite(row->max) ? row->max : row->value;
			/* Beyond any statistic (and beyond exact tick arithmetic). */
			if (fabs(e->v0) > 1e18 || fabs(e->v1) > 1e18 ||
			    (e->v0 != 0 && fabs(e->v0) < 1e-12))
				return db_error(d, NULL, 0, 0,
						"value %g of %s is out of range for a figure",
						e->v0, row->entity ? row->entity : "?");
		}
		if (rows)
			row_texts(c, e);
		else
			row_note(c, e);
	}
	if (!p->keep_order)
		qsort(c->it, c->n, sizeof(item), item_cmp);
	return parse_ref(c, d);
}

/* How many ticks a plot length across the values asks for. */
static int tick_target(const chart *c, double length)
{
	int target = (int)(length / (c->vertical ? 45 : 70));

	return target < 2 ? 2 : target > 8 ? 8 : target;
}

/* About target ticks over the values, zero and the reference line. */
static void ticks_at(chart *c, int target)
{
	double lo = 0, hi = 0;
	char labels[DB_TICKS_MAX][DB_LABEL_MAX];

	for (size_t i = 0; i < c->n; i++) {
		if (c->it[i].slot)
			continue;
		lo = mind(lo, mind(c->it[i].v0, c->it[i].v1));
		hi = maxd(hi, maxd(c->it[i].v0, c->it[i].v1));
	}
	if (c->has_ref) {
		lo = mind(lo, c->ref);
		hi = maxd(hi, c->ref);
	}
	if (lo == 0 && hi == 0)
		hi = 1;
	db_nice_ticks(lo, hi, target, &c->ticks);
	db_tick_labels(&c->ticks, &c->ns, labels);
	for (size_t i = 0; i < c->ticks.n; i++)
		c->tick[i] = db_text(&c->tc, labels[i], c->th->tick_size, false, 0, PANGO_ALIGN_LEFT);
}

static void make_ticks(chart *c, double length)
{
	ticks_at(c, tick_target(c, length));
}

static double tick_max_width(const chart *c)
{
	double m = 0;
	for (size_t i = 0; i < c->ticks.n; i++)
		m = maxd(m, db_text_width(c->tick[i]));
	return m;
}

/* Head (title, subtitle, the reference line's label) and foot (notes)
 * heights. */
static void head(chart *c)
{
	c->head_h = 0;
	if (c->title)
		c->head_h = db_text_height(c->title) + 10;
	if (c->subtitle)
		c->head_h += db_text_height(c->subtitle) + 4;
	c->refband = c->reflabel ? db_text_height(c->reflabel) + 3 : 0;
}

static void foot(chart *c)
{
	c->foot_h = c->notes ? db_text_height(c->notes) + 8 : 0;
}

static void head_foot(chart *c)
{
	head(c);
	foot(c);
}

/* Scale so every bar end plus its label fits inside [a, far]. */
static double fit_scale(const chart *c, double a, double far)
{
	double lo = c->ticks.lo, hi = c->ticks.hi;
	double s = (far - a) / (hi - lo);

	for (size_t i = 0; i < c->n; i++) {
		const item *e = &c->it[i];
		double end = e->slot ? 0 : maxd(e->v0, e->v1);
		double need = e->slot ? e->labw : e->labw + GAP;
		if ((end >= 0 || e->slot) && end > lo)
			s = mind(s, (far - a - need) / (end - lo));
	}
	return s > 1e-12 ? s : 1e-12;
}

static double neg_label_room(const chart *c)
{
	double m = 0;
	for (size_t i = 0; i < c->n; i++)
		if (!c->it[i].slot && mind(c->it[i].v0, c->it[i].v1) < 0)
			m = maxd(m, c->it[i].labw + GAP);
	return m;
}

/* ---- horizontal ---- */

static double h_row_min(const chart *c)
{
	double m = c->th->row_min;
	for (size_t i = 0; i < c->n; i++) {
		m = maxd(m, db_text_height(c->it[i].name) + 4);
		m = maxd(m, c->it[i].labh + 4);
	}
	return m;
}

/* The entity's name wrapped to w between its words (or smaller). */
static void name_layout(chart *c, item *e, double w, PangoAlignment align)
{
	g_object_unref(e->name);
	e->name = db_name_text(&c->tc, e->row->entity ? e->row->entity : "（未命名）",
			       c->th->label_size, e->highlight, w, NAME_LINES, align);
}

static void h_names(chart *c)
{
	double natural = 0, cap = NAME_SHARE * (c->ix1 - c->ix0);

	for (size_t i = 0; i < c->n; i++)
		natural = maxd(natural, db_text_width(c->it[i].name));
	c->namew = mind(natural, cap);
	for (size_t i = 0; i < c->n; i++)
		name_layout(c, &c->it[i], c->namew, PANGO_ALIGN_RIGHT);
}

/* A label and note beside a bar take at most LABEL_SHARE of the plot's
 * length: longer stated ranks or slot texts end in "…". */
static void h_labels(chart *c)
{
	double room = LABEL_SHARE * (c->px1 - c->px0);

	for (size_t i = 0; i < c->n; i++) {
		item *e = &c->it[i];
		if (e->slot && e->labw > room) {
			db_text_limit(e->label, maxd(room - 2 * GAP, 8), 1);
			e->labw = db_text_width(e->label) + 2 * GAP;
		} else if (e->note && e->labw > room) {
			double lw = db_text_width(e->label);
			db_text_limit(e->note, maxd(room - lw - GAP, 8), 1);
			e->labw = lw + GAP + db_text_width(e->note);
		}
	}
}

static double h_fixed(chart *c)
{
	return c->th->margin_top + c->head_h + c->refband + c->tick_h + c->foot_h +
	       c->th->margin_bottom;
}

/* No more than the natural height h_layout finds, from a chart built
 * without its rows' texts: the head and foot it has; the ticks' band at
 * least as tall as the lowest tick's label is at any count of ticks the
 * plot's length can ask for (the names' column takes from none to
 * NAME_SHARE of the width); each row at least row_min tall and as tall as
 * the first row's name on one line. That name, when no wider than
 * NAME_SHARE, is no wider than the names' column either: h_names keeps it
 * on one line at its size. */
static double h_least(chart *c, double over)
{
	double need = c->th->row_min, width = c->ix1 - c->ix0, tick = INFINITY, rows, least;

	if (c->n) {
		item *e = &c->it[0];
		e->name = db_text(&c->tc, row_name(e), c->th->label_size, e->highlight, 0,
				  PANGO_ALIGN_RIGHT);
		if (db_text_width(e->name) <= NAME_SHARE * width)
			need = maxd(need, db_text_height(e->name) + 4);
	}
	rows = need * (double)(c->n ? c->n : 1);
	/* Over it with the rows and margins alone, or those and the head and
	 * ticks: the rest, the foot above all (the notes, a long list of
	 * sources, the costliest text to lay out here), would only add to it
	 * (a sum of more terms, none below 0, is no smaller). */
	least = c->th->margin_top + c->th->margin_bottom + rows;
	if (least > over)
		return least;
	head(c);
	for (int t = tick_target(c, width * (1 - NAME_SHARE) - 2 * GAP);
	     t <= tick_target(c, width - 2 * GAP); t++) {
		ticks_at(c, t);
		tick = mind(tick, c->ticks.n ? db_text_height(c->tick[0]) : 0);
		ticks_free(c);
	}
	least = c->th->margin_top + c->head_h + c->refband + tick + 4 + c->th->margin_bottom + rows;
	if (least > over)
		return least;
	foot(c);
	return c->th->margin_top + c->head_h + c->refband + tick + 4 + c->foot_h +
	       c->th->margin_bottom + rows;
}

/* The rows' texts of a chart built without them, laid out. */
static void chart_rows(chart *c)
{
	for (size_t i = 0; i < c->n; i++) {
		if (c->it[i].name)   /* h_least's */
			g_object_unref(c->it[i].name);
		row_texts(c, &c->it[i]);
	}
}

/* What does not depend on the height: names, labels, ticks, head and
 * foot, and the least row height. */
static void h_shape(chart *c)
{
	h_names(c);
	c->px0 = c->ix0 + c->namew + 2 * GAP;
	c->px1 = c->ix1;
	h_labels(c);
	make_ticks(c, c->px1 - c->px0);
	head_foot(c);
	c->tick_h = (c->ticks.n ? db_text_height(c->tick[0]) : 0) + 4;
	c->need = h_row_min(c);
	c->shaped = true;
}

/* A chart shaped before (measured at its natural height) is only placed. */
static int h_layout(chart *c, double h, double *natural, db_diag *d)
{
	double need;

	if (!c->shaped)
		h_shape(c);
	need = c->need;
	if (natural) {
		*natural = h_fixed(c) + need * (double)(c->n ? c->n : 1);
		return 0;
	}
	c->h = h;
	c->rowh = (h - h_fixed(c)) / (double)(c->n ? c->n : 1);
	if (c->rowh < need - 1e-6)
		return db_error(d, NULL, 0, 0,
				"figure height %.0fpt is too small for %zu rows (needs %.0fpt)",
				h, c->n, h_fixed(c) + need * (double)c->n);
	c->py0 = c->y + c->th->margin_top + c->head_h + c->refband;
	c->py1 = c->py0 + c->rowh * (double)c->n;
	c->a = c->px0 + neg_label_room(c);
	/* The last tick's label is centred on it: keep it off the edge. */
	c->s = fit_scale(c, c->a,
			 mind(c->px1, c->x + c->w - c->th->margin_right / 2 -
					      db_text_width(c->tick[c->ticks.n - 1]) / 2));
	return 0;
}

static double hx(const chart *c, double v)
{
	return c->a + (v - c->ticks.lo) * c->s;
}

/* ---- vertical ---- */

static double v_fixed(chart *c)
{
	return c->th->margin_top + c->head_h + c->refband + c->names_h + c->foot_h +
	       c->th->margin_bottom;
}

/* What does not depend on the height: ticks, names and labels wrapped to
 * their slots (DB_BAR_TOO_NARROW when the slots are too narrow), the slot
 * width and the tallest label above a bar. */
static int v_shape(chart *c, db_diag *d)
{
	double slotw, top = 0, minslot = c->th->label_size + 2;

	head_foot(c);
	make_ticks(c, 200);
	c->px0 = c->ix0 + tick_max_width(c) + 2 * GAP;
	/* The reference label stands right of the plot, where no value
	 * label is. */
	c->px1 = c->ix1 - (c->reflabel ? db_text_width(c->reflabel) + GAP : 0);
	slotw = (c->px1 - c->px0) / (double)(c->n ? c->n : 1);
	/* A slot holds its value label, or the labels run into each other,
	 * and its name in NAME_LINES lines (a character to spare for where
	 * the lines break), or 2012年10月 reads 2012年1…; a longer name than
	 * six characters a line ends in "…" instead of widening the figure. */
	for (size_t i = 0; i < c->n; i++) {
		double nw = db_text_width(c->it[i].name);
		double namew = mind(nw, nw / NAME_LINES + c->th->label_size);
		minslot = maxd(minslot, mind(namew, 6 * c->th->label_size) + 2);
		if (!c->it[i].slot)
			minslot = maxd(minslot, db_text_width(c->it[i].label) + 2);
	}
	c->minw = ceil(c->w - (c->px1 - c->px0) + minslot * (double)c->n);
	if (slotw < minslot) {
		db_error(d, NULL, 0, 0, "figure width %.0fpt is too narrow for %zu bars side by side "
			 "(needs %.0fpt); use a larger --width%s", c->w, c->n, c->minw,
			 c->r->o.orient && !strcmp(c->r->o.orient, "vertical")
				 ? _(" or horizontal bars") : "");
		return DB_BAR_TOO_NARROW;
	}
	c->names_h = 0;
	for (size_t i = 0; i < c->n; i++) {
		item *e = &c->it[i];
		name_layout(c, e, maxd(slotw - 2, 8), PANGO_ALIGN_CENTER);
		c->names_h = maxd(c->names_h, db_text_height(e->name));
		if (e->note) {   /* stated ranks wrap within their column */
			db_text_limit(e->note, maxd(slotw - 2, 8), VLABEL_LINES);
			pango_layout_set_alignment(e->note, PANGO_ALIGN_CENTER);
			e->labh = db_text_height(e->label) + db_text_height(e->note);
		}
		if (e->slot) {
			e->textw = db_text_width(e->label);
			db_text_limit(e->label, maxd(slotw - 2 * GAP, 8), VLABEL_LINES);
			e->labw = db_text_width(e->label);
			e->labh = db_text_height(e->label) + 2 * GAP;
		}
		top = maxd(top, e->labh);
	}
	c->names_h += GAP + 2;
	c->shaped = true;
	c->slotw = slotw;
	c->top = top;
	return 0;
}

/* A chart shaped before (measured at its natural height) is only placed. */
static int v_layout(chart *c, double h, double *natural, db_diag *d)
{
	double slotw, top;
	int rc;

	if (!c->shaped && (rc = v_shape(c, d)) != 0)
		return rc;
	slotw = c->slotw;
	top = c->top;
	if (natural) {
		/* Half as tall as wide, but a figure widened for many bars
		 * no taller than 320 pt of plot unless its labels need it. */
		double plot = maxd(0.5 * mind(c->ix1 - c->ix0, 640), 8 * top);
		*natural = v_fixed(c) + plot;
		return 0;
	}
	c->h = h;
	c->py0 = c->y + c->th->margin_top + c->head_h + c->refband;
	c->py1 = c->y + h - c->th->margin_bottom - c->foot_h - c->names_h;
	if (c->py1 - c->py0 < 4 * top)
		return db_error(d, NULL, 0, 0, "figure height %.0fpt is too small", h);
	c->rowh = slotw;
	/* Values grow upwards from a (the bottom, below negative labels). */
	{
		double negroom = 0;
		for (size_t i = 0; i < c->n; i++)
			if (!c->it[i].slot && mind(c->it[i].v0, c->it[i].v1) < 0)
				negroom = maxd(negroom, c->it[i].labh + GAP);
		c->a = c->py1 - negroom;
		for (size_t i = 0; i < c->n; i++) /* fit_scale reads labw as the extent */
			c->it[i].labw = c->it[i].labh;
		c->s = fit_scale(c, 0, c->a - c->py0);
	}
	return 0;
}

static double vy(const chart *c, double v)
{
	return c->a - (v - c->ticks.lo) * c->s;
}

static int chart_layout(chart *c, double h, double *natural, db_diag *d)
{
	return c->vertical ? v_layout(c, h, natural, d) : h_layout(c, h, natural, d);
}

/* ---- drawing ---- */

static void set_rgb(cairo_t *cr, const db_rgb *c)
{
	cairo_set_source_rgb(cr, c->r, c->g, c->b);
}

/* A lighter tint of c, for the uncertain part of a range. */
static db_rgb tint(const db_rgb *c, double t)
{
	db_rgb o = { c->r + (1 - c->r) * t, c->g + (1 - c->g) * t, c->b + (1 - c->b) * t };
	return o;
}

static void line(cairo_t *cr, double x0, double y0, double x1, double y1, double width,
		 const db_rgb *col, bool dashed)
{
	static const double dash[] = { 3, 2 };
	cairo_save(cr);
	set_rgb(cr, col);
	cairo_set_line_width(cr, width);
	if (dashed)
		cairo_set_dash(cr, dash, 2, 0);
	cairo_move_to(cr, x0, y0);
	cairo_line_to(cr, x1, y1);
	cairo_stroke(cr);
	cairo_restore(cr);
}

static void rect(cairo_t *cr, double x0, double y0, double x1, double y1, const db_rgb *col)
{
	set_rgb(cr, col);
	cairo_rectangle(cr, mind(x0, x1), mind(y0, y1), fabs(x1 - x0), fabs(y1 - y0));
	cairo_fill(cr);
}

static void dashed_box(cairo_t *cr, double x0, double y0, double x1, double y1,
		       const db_rgb *col)
{
	static const double dash[] = { 2, 1.5 };
	cairo_save(cr);
	set_rgb(cr, col);
	cairo_set_line_width(cr, 0.6);
	cairo_set_dash(cr, dash, 2, 0);
	cairo_rectangle(cr, mind(x0, x1), mind(y0, y1), fabs(x1 - x0), fabs(y1 - y0));
	cairo_stroke(cr);
	cairo_restore(cr);
}

/* A value label over a patch of background, so the reference line and the
 * grid never run through its digits. */
static void label(const chart *c, cairo_t *cr, PangoLayout *l, double x, double y,
		  const db_rgb *col)
{
	double w, h;

	db_text_size(l, &w, &h);
	set_rgb(cr, &c->th->background);
	cairo_rectangle(cr, x - 1, y + 0.15 * h, w + 2, 0.7 * h);
	cairo_fill(cr);
	db_text_draw(cr, l, x, y, col);
}

/* Remember where a label was drawn: the reference line stops short of it. */
static void keep(chart *c, PangoLayout *l, double x, double y)
{
	double w, h;

	db_text_size(l, &w, &h);
	c->boxes = db_xrealloc(c->boxes, (c->nboxes + 1) * sizeof(*c->boxes));
	c->boxes[c->nboxes][0] = x;
	c->boxes[c->nboxes][1] = y;
	c->boxes[c->nboxes][2] = x + w;
	c->boxes[c->nboxes][3] = y + h;
	c->nboxes++;
}

static int cmp_span(const void *pa, const void *pb)
{
	const double *a = pa, *b = pb;
	return (a[0] > b[0]) - (a[0] < b[0]);
}

/* The reference line from (x0, y0) to (x1, y1), across or along the plot,
 * with a gap wherever it would run through a label drawn. */
static void ref_line(chart *c, cairo_t *cr, double x0, double y0, double x1, double y1)
{
	bool vert = x0 == x1;
	double from = vert ? y0 : x0, to = vert ? y1 : x1, at = vert ? x0 : y0;
	double (*gap)[2] = db_xcalloc(c->nboxes + 1, sizeof(*gap));
	size_t n = 0;

	for (size_t i = 0; i < c->nboxes; i++) {
		const double *b = c->boxes[i];
		double lo = vert ? b[0] : b[1], hi = vert ? b[2] : b[3];
		if (at >= lo - 1.5 && at <= hi + 1.5) {
			gap[n][0] = (vert ? b[1] : b[0]) - 1.5;
			gap[n++][1] = (vert ? b[3] : b[2]) + 1.5;
		}
	}
	qsort(gap, n, sizeof(*gap), cmp_span);
	for (size_t i = 0; i <= n && from < to; i++) {
		double end = i < n ? mind(gap[i][0], to) : to;
		if (end - from > 1) {
			if (vert) {
				line(cr, at, from, at, end, 0.8, &c->th->reference, true);
				db_box_line(cr, at, from, at, end);
			} else {
				line(cr, from, at, end, at, 0.8, &c->th->reference, true);
				db_box_line(cr, from, at, end, at);
			}
		}
		if (i < n)
			from = maxd(from, gap[i][1]);
	}
	free(gap);
}

static const db_rgb *bar_color(const chart *c, const item *e)
{
	if (e->highlight)
		return &c->th->highlight;
	return e->v0 < 0 ? &c->th->bar_negative : &c->th->bar;
}

static void draw_head_foot(chart *c, cairo_t *cr, double foot_y)
{
	double y = c->y + c->th->margin_top;

	if (c->title) {
		db_text_draw(cr, c->title, c->ix0, y, &c->th->text);
		y += db_text_height(c->title) + 4;
	}
	if (c->subtitle)
		db_text_draw(cr, c->subtitle, c->ix0, y, &c->th->muted);
	if (c->notes)
		db_text_draw(cr, c->notes, c->ix0, foot_y, &c->th->muted);
}

static void h_draw(chart *c, cairo_t *cr)
{
	const db_theme *th = c->th;
	double x0 = hx(c, 0);

	for (size_t i = 0; c->nvalues && i < c->ticks.n; i++) {
		double x = hx(c, c->ticks.v[i]), tw = db_text_width(c->tick[i]);
		double lx = mind(maxd(x - tw / 2, c->x + 1), c->x + c->w - tw - 1);
		line(cr, x, c->py0, x, c->py1, 0.5, &th->grid, false);
		db_text_draw(cr, c->tick[i], lx, c->py1 + 3, &th->muted);
	}
	if (c->has_ref) {   /* its line comes after the labels it stops short of */
		double x = hx(c, c->ref), tw = db_text_width(c->reflabel);
		double lx = mind(maxd(x - tw / 2, c->ix0), c->ix1 - tw);
		db_text_draw(cr, c->reflabel, lx, c->py0 - c->refband, &th->reference);
	}
	for (size_t i = 0; i < c->n; i++) {
		const item *e = &c->it[i];
		double yc = c->py0 + ((double)i + 0.5) * c->rowh;
		double bt = mind(c->rowh * c->fill, c->bar_max);
		double nh = db_text_height(e->name), lh = db_text_height(e->label);

		db_text_draw(cr, e->name, c->ix0, yc - nh / 2, &th->text);
		if (e->slot) {
			double x1 = x0 + e->labw;
			if (x1 > c->px1)
				x1 = x0 - e->labw;
			dashed_box(cr, x0, yc - bt / 2, x1, yc + bt / 2, &th->slot);
			db_text_draw(cr, e->label, mind(x0, x1) + GAP, yc - lh / 2, &th->muted);
			keep(c, e->label, mind(x0, x1) + GAP, yc - lh / 2);
			continue;
		}
		rect(cr, x0, yc - bt / 2, hx(c, e->v0), yc + bt / 2, bar_color(c, e));
		if (e->v1 != e->v0) {
			db_rgb t = tint(bar_color(c, e), 0.6);
			rect(cr, hx(c, e->v0), yc - bt / 2, hx(c, e->v1), yc + bt / 2, &t);
		}
		if (maxd(e->v0, e->v1) >= 0 && !(e->v0 < 0)) {
			double lx = hx(c, maxd(e->v0, e->v1)) + GAP;
			label(c, cr, e->label, lx, yc - lh / 2, &th->text);
			keep(c, e->label, lx, yc - lh / 2);
			if (e->note) {
				double nx = lx + db_text_width(e->label) + GAP;
				double ny = yc - db_text_height(e->note) / 2;
				db_text_draw(cr, e->note, nx, ny, &th->muted);
				keep(c, e->note, nx, ny);
			}
		} else {
			double rx = hx(c, mind(e->v0, e->v1)) - GAP - db_text_width(e->label);
			label(c, cr, e->label, rx, yc - lh / 2, &th->text);
			keep(c, e->label, rx, yc - lh / 2);
			if (e->note) {
				double nx = rx - GAP - db_text_width(e->note);
				double ny = yc - db_text_height(e->note) / 2;
				db_text_draw(cr, e->note, nx, ny, &th->muted);
				keep(c, e->note, nx, ny);
			}
		}
	}
	if (c->has_ref)
		ref_line(c, cr, hx(c, c->ref), c->py0 - 1, hx(c, c->ref), c->py1);
	line(cr, x0, c->py0, x0, c->py1, 0.8, &th->axis, false);
	draw_head_foot(c, cr, c->py1 + c->tick_h + 8);
}

static void v_draw(chart *c, cairo_t *cr)
{
	const db_theme *th = c->th;
	double y0 = vy(c, 0);

	for (size_t i = 0; c->nvalues && i < c->ticks.n; i++) {
		double y = vy(c, c->ticks.v[i]);
		double tw = db_text_width(c->tick[i]), tth = db_text_height(c->tick[i]);
		line(cr, c->px0, y, c->px1, y, 0.5, &th->grid, false);
		db_text_draw(cr, c->tick[i], c->px0 - GAP - tw, y - tth / 2, &th->muted);
	}
	if (c->has_ref)    /* right of the plot; its line after the labels */
		db_text_draw(cr, c->reflabel, c->px1 + GAP,
			     vy(c, c->ref) - db_text_height(c->reflabel) / 2, &th->reference);
	for (size_t i = 0; i < c->n; i++) {
		const item *e = &c->it[i];
		double xc = c->px0 + ((double)i + 0.5) * c->rowh;
		double bt = mind(c->rowh * c->fill, c->bar_max);
		double lw = db_text_width(e->label), lh = db_text_height(e->label);

		/* The name layout is the slot's width minus 2, centred. */
		db_text_draw(cr, e->name, xc - maxd(c->rowh - 2, 8) / 2, c->py1 + GAP, &th->text);
		if (e->slot) {
			double top = y0 - e->labh;
			double half = mind(c->rowh - 2, maxd(bt, e->textw + 2 * GAP)) / 2;
			dashed_box(cr, xc - half, y0, xc + half, top, &th->slot);
			db_text_draw(cr, e->label, xc - (maxd(c->rowh - 2 * GAP, 8)) / 2, top + GAP,
				     &th->muted);
			keep(c, e->label, xc - (maxd(c->rowh - 2 * GAP, 8)) / 2, top + GAP);
			continue;
		}
		rect(cr, xc - bt / 2, y0, xc + bt / 2, vy(c, e->v0), bar_color(c, e));
		if (e->v1 != e->v0) {
			db_rgb t = tint(bar_color(c, e), 0.6);
			rect(cr, xc - bt / 2, vy(c, e->v0), xc + bt / 2, vy(c, e->v1), &t);
		}
		if (!(e->v0 < 0)) {
			double ty = vy(c, maxd(e->v0, e->v1)) - GAP - lh;
			label(c, cr, e->label, xc - lw / 2, ty, &th->text);
			keep(c, e->label, xc - lw / 2, ty);
			if (e->note) {
				double nx = xc - maxd(c->rowh - 2, 8) / 2;
				db_text_draw(cr, e->note, nx, ty - db_text_height(e->note), &th->muted);
				keep(c, e->note, nx, ty - db_text_height(e->note));
			}
		} else {
			double ty = vy(c, mind(e->v0, e->v1)) + GAP;
			label(c, cr, e->label, xc - lw / 2, ty, &th->text);
			keep(c, e->label, xc - lw / 2, ty);
			if (e->note) {
				double nx = xc - maxd(c->rowh - 2, 8) / 2;
				db_text_draw(cr, e->note, nx, ty + lh, &th->muted);
				keep(c, e->note, nx, ty + lh);
			}
		}
	}
	if (c->has_ref)
		ref_line(c, cr, c->px0, vy(c, c->ref), c->px1 + 1, vy(c, c->ref));
	line(cr, c->px0, y0, c->px1, y0, 0.8, &th->axis, false);
	draw_head_foot(c, cr, c->py1 + c->names_h + 8);
}

/* Vertical bars asked for by --orient whose labels would run into each
 * other at the width given are drawn horizontal instead (a series chart
 * keeps its time axis and says how wide it must be). */
static db_bar_parts fitted_parts(db_renderer *r, const db_table *t, const db_bar_parts *p,
				 PangoContext *pc, double w)
{
	db_bar_parts q = *p;
	db_diag d0 = { 0 };
	double h;
	chart c;
	int rc;

	if (p->vertical || p->horizontal || !r->o.orient || strcmp(r->o.orient, "vertical"))
		return q;
	rc = chart_build(&c, r, t, p, pc, 0, 0, w, true, &d0);
	if (rc == 0)
		rc = chart_layout(&c, 0, &h, &d0);
	chart_free(&c);
	q.horizontal = rc == DB_BAR_TOO_NARROW;
	return q;
}

/* A chart measured with the context it is to be drawn with (draw_pc),
 * kept for db_bar_draw, which places it at the height given: what it was
 * built and shaped for. */
struct db_bar_kept {
	chart c;
	const db_table *t;
	db_bar_parts p;       /* as the caller gave them */
	double w;
	PangoContext *pc;
};

void db_bar_forget(db_renderer *r)
{
	if (r->bar) {
		chart_free(&r->bar->c);
		free(r->bar);
		r->bar = NULL;
	}
}

static bool same_parts(const db_bar_parts *a, const db_bar_parts *b)
{
	return a->title == b->title && a->subtitle == b->subtitle &&
	       a->show_title == b->show_title && a->show_notes == b->show_notes &&
	       a->keep_order == b->keep_order && a->vertical == b->vertical &&
	       a->fill == b->fill && a->horizontal == b->horizontal;
}

/* The chart db_bar_measure kept for t, p and w at (x, y) with pc, taken
 * from r (the caller frees it); NULL when there is none such. */
static struct db_bar_kept *take_kept(db_renderer *r, const db_table *t, const db_bar_parts *p,
				     PangoContext *pc, double x, double y, double w)
{
	struct db_bar_kept *k = r->bar;

	if (!k)
		return NULL;
	r->bar = NULL;
	if (k->t == t && same_parts(&k->p, p) && k->w == w && k->pc == pc && k->c.x == x &&
	    k->c.y == y)
		return k;
	chart_free(&k->c);
	free(k);
	return NULL;
}

int db_bar_measure(db_renderer *r, const db_table *t, const db_bar_parts *p, double w,
		   double over, double *h, double *minw, db_diag *d)
{
	db_bar_parts q = fitted_parts(r, t, p, r->mpc, w);
	chart c;
	int rc = chart_build(&c, r, t, &q, r->mpc, 0, 0, w, over <= 0, d);

	db_bar_forget(r);
	if (rc == 0 && over > 0) {
		if (!c.vertical && (*h = h_least(&c, over)) > over)
			goto out;
		chart_rows(&c);
	}
	if (rc == 0)
		rc = chart_layout(&c, 0, h, d);
out:
	if (minw)
		*minw = c.minw;
	if (rc == 0 && over <= 0 && r->draw_pc && r->draw_pc == r->mpc) {
		r->bar = db_xmalloc(sizeof(*r->bar));
		*r->bar = (struct db_bar_kept){ c, t, *p, w, r->mpc };
		return 0;
	}
	chart_free(&c);
	return rc;
}

int db_bar_draw(db_renderer *r, const db_table *t, const db_bar_parts *p, cairo_t *cr,
		double x, double y, double w, double h, db_diag *d)
{
	PangoContext *pc = r->draw_pc ? g_object_ref(r->draw_pc) : db_fonts_context(r->fonts, cr);
	struct db_bar_kept *k = h > 0 ? take_kept(r, t, p, pc, x, y, w) : NULL;
	db_bar_parts q = k ? *p : fitted_parts(r, t, p, pc, w);
	chart c;
	int rc = 0;

	db_bar_forget(r);
	p = &q;
	if (k) {        /* built and shaped when measured: placed at h */
		c = k->c;
		free(k);
	} else {
		if (h <= 0) {   /* as tall as it needs, measured as it is drawn */
			rc = chart_build(&c, r, t, p, pc, x, y, w, true, d);
			if (rc == 0)
				rc = chart_layout(&c, 0, &h, d);
			chart_free(&c);
		}
		if (rc == 0)
			rc = chart_build(&c, r, t, p, pc, x, y, w, true, d);
		else
			memset(&c, 0, sizeof(c));
	}
	if (rc == 0)
		rc = chart_layout(&c, h, NULL, d);
	if (rc == 0) {
		if (c.vertical)
			v_draw(&c, cr);
		else
			h_draw(&c, cr);
		if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
			rc = db_error(d, NULL, 0, 0, "cannot draw: %s",
				      cairo_status_to_string(cairo_status(cr)));
	}
	chart_free(&c);
	g_object_unref(pc);
	return rc;
}

void db_bar_describe(const db_table *t, db_buf *out)
{
	db_buf ranks = DB_BUF_INIT;
	db_numstyle ns;

	db_numstyle_of(t, NULL, &ns);
	for (size_t i = 0; i < t->nrows; i++) {
		const db_row *row = &t->rows[i];
		char lab[DB_LABEL_MAX];

		if (i)
			db_buf_putc(out, '\n');
		if (row->rank > 0)
			db_buf_printf(out, "%d. ", row->rank);
		db_buf_printf(out, "%s：", row->entity ? row->entity : "");
		if (!row->has_value) {
			db_slot_label(row, out);
			continue;
		}
		db_buf_printf(out, "%s%s", db_value_label(row, &ns, lab, sizeof(lab)), ns.unit);
		db_buf_reset(&ranks);
		if (*db_ranks_label(row->stated_ranks, row->nstated, &ranks))
			db_buf_printf(out, "（%s）", ranks.data);
	}
	db_buf_release(&ranks);
}
