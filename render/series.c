/* series.c - one entity's figure across periods (a compare --series table)
 * as vertical bars: periods in order, an empty 无数据 slot for each period a
 * regular series skips, columns for levels and thinner bars for growth rates.
 * The bar chart draws it from a copy of the table whose rows are the
 * periods (labelled 2021年, 2022年一季度 …). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/period.h"
#include "render/render_int.h"

#define MAX_SLOTS 120          /* a longer run of gaps is not filled in */
#define COLUMN_FILL 0.78       /* levels: wide columns */

typedef struct {
	db_table t;                /* shallow copy with its own rows */
	char **labels;             /* the rows' period labels, owned */
	db_buf title;
} series_copy;

static int months(const db_period *p)
{
	return (p->end_year - p->start_year) * 12 + p->end_month - p->start_month + 1;
}

static int start_index(const db_period *p)
{
	return p->start_year * 12 + p->start_month - 1;
}

/* Periods of one length on one grid (years, quarters, halves, months):
 * slots from the first to the last; else 0 (no gaps can be told). */
static size_t regular_slots(const db_table *t, db_period *ps)
{
	int len = 0, first = 0, last = 0;

	for (size_t i = 0; i < t->nrows; i++) {
		if (!t->rows[i].entity || db_period_parse(t->rows[i].entity, &ps[i]) < 0)
			return 0;
		if (i == 0) {
			len = months(&ps[0]);
			first = last = start_index(&ps[0]);
		}
		if (months(&ps[i]) != len || (start_index(&ps[i]) - first) % len != 0)
			return 0;
		if (start_index(&ps[i]) < first)
			first = start_index(&ps[i]);
		if (start_index(&ps[i]) > last)
			last = start_index(&ps[i]);
	}
	if (t->nrows < 2 || (last - first) / len + 1 > MAX_SLOTS)
		return 0;
	return (size_t)((last - first) / len + 1);
}

const char *db_series_title(const db_table *t, db_buf *out)
{
	db_table u = *t;

	u.has_period = false;
	db_series_entity(t, out);
	return db_table_title(&u, out);
}

static char *period_label(const char *token)
{
	db_buf b = DB_BUF_INIT;

	db_period_text(token, &b);
	return db_buf_detach(&b, NULL);
}

static void copy_series(const db_table *t, series_copy *sc)
{
	db_period *ps = db_xcalloc(t->nrows ? t->nrows : 1, sizeof(db_period));
	size_t nslots = regular_slots(t, ps);
	size_t n = nslots ? nslots : t->nrows;
	int first = 0, len = 1;

	sc->t = *t;
	sc->t.rows = db_xcalloc(n ? n : 1, sizeof(db_row));
	sc->t.nrows = sc->t.caprows = n;
	sc->labels = db_xcalloc(n ? n : 1, sizeof(*sc->labels));
	sc->title = (db_buf)DB_BUF_INIT;
	if (nslots) {
		/* Slot k is the k-th period of the grid from the earliest one;
		 * the ones no row fills say 无数据. */
		len = months(&ps[0]);
		first = start_index(&ps[0]);
		for (size_t i = 1; i < t->nrows; i++)
			if (start_index(&ps[i]) < first)
				first = start_index(&ps[i]);
		for (size_t k = 0; k < n; k++) {
			int s0 = first + (int)k * len, e0 = s0 + len - 1;
			db_period p = { s0 / 12, s0 % 12 + 1, e0 / 12, e0 % 12 + 1 };
			char pl[64];
			sc->t.rows[k].reason = "not_reported";
			sc->t.rows[k].level = t->rows[0].level;
			sc->labels[k] = db_xstrdup(db_period_label(&p, pl));
		}
		for (size_t i = 0; i < t->nrows; i++)
			sc->t.rows[(start_index(&ps[i]) - first) / len] = t->rows[i];
	} else {            /* as the table has them, in its order */
		for (size_t k = 0; k < n; k++) {
			sc->t.rows[k] = t->rows[k];
			sc->labels[k] = period_label(t->rows[k].entity);
		}
	}
	for (size_t k = 0; k < n; k++) {
		sc->t.rows[k].entity = sc->labels[k];
		sc->t.rows[k].rank = 0;   /* no ranking over time */
	}
	db_series_title(t, &sc->title);
	free(ps);
}

static void free_copy(series_copy *sc)
{
	for (size_t k = 0; k < sc->t.nrows; k++)
		free(sc->labels[k]);
	free(sc->t.rows);
	free(sc->labels);
	db_buf_release(&sc->title);
}

static db_bar_parts series_parts(const db_table *t, const db_bar_parts *p, series_copy *sc)
{
	db_bar_parts q = *p;

	q.keep_order = true;
	q.vertical = true;
	if (!q.title)
		q.title = db_buf_cstr(&sc->title);
	q.fill = t->measure == DB_MEASURE_LEVEL ? COLUMN_FILL : 0;
	return q;
}

int db_series_measure(db_renderer *r, const db_table *t, const db_bar_parts *p, double w,
		      double *h, double *minw, db_diag *d)
{
	series_copy sc;
	db_bar_parts q;
	int rc;

	copy_series(t, &sc);
	q = series_parts(t, p, &sc);
	rc = db_bar_measure(r, &sc.t, &q, w, 0, h, minw, d);
	free_copy(&sc);
	return rc;
}

int db_series_draw(db_renderer *r, const db_table *t, const db_bar_parts *p, cairo_t *cr,
		   double x, double y, double w, double h, db_diag *d)
{
	series_copy sc;
	db_bar_parts q;
	int rc;

	copy_series(t, &sc);
	q = series_parts(t, p, &sc);
	rc = db_bar_draw(r, &sc.t, &q, cr, x, y, w, h, d);
	free_copy(&sc);
	return rc;
}
