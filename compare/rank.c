/* rank.c - computed ranks (ties share a rank: 1, 2, 2, 4), statistics,
 * flags, and the fixed order of rows and tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"

/* qsort has no context argument in C11: the direction rides along with a
 * pointer to each row (rows are large; pointers sort faster). */
typedef struct {
	const db_row *row;
	bool lower_is_better;
} ranked;

static int row_cmp(const void *pa, const void *pb)
{
	const ranked *x = pa, *y = pb;
	const db_row *a = x->row, *b = y->row;

	if (a->has_value != b->has_value)
		return a->has_value ? -1 : 1;
	/* A range ranks by its lower bound: the part of it that is certain. */
	if (a->has_value && a->value != b->value) {
		bool less = a->value < b->value;
		return less == x->lower_is_better ? -1 : 1;
	}
	return strcmp(a->entity, b->entity);
}

void cmp_rank(db_table *t)
{
	bool lower = t->better && !strcmp(t->better, "lower");
	ranked *tmp = db_xcalloc(t->nrows ? t->nrows : 1, sizeof(*tmp));
	db_row *rows = db_xmalloc((t->nrows ? t->nrows : 1) * sizeof(*rows));

	for (size_t i = 0; i < t->nrows; i++) {
		tmp[i].row = &t->rows[i];
		tmp[i].lower_is_better = lower;
	}
	qsort(tmp, t->nrows, sizeof(*tmp), row_cmp);
	for (size_t i = 0; i < t->nrows; i++) {
		db_row *r = &rows[i];
		*r = *tmp[i].row;
		if (!r->has_value)
			r->rank = 0;
		else if (i > 0 && r[-1].has_value && r[-1].value == r->value)
			r->rank = r[-1].rank;
		else
			r->rank = (int)i + 1;
	}
	free(t->rows);
	t->rows = rows;
	t->caprows = t->nrows ? t->nrows : 1;
	free(tmp);
}

static int dbl_cmp(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return (a > b) - (a < b);
}

/* A mean or a midpoint is derived, not read: 15 significant digits drop the
 * binary noise of the sum (7.249999999999999 → 7.25) and stay exact for any
 * figure a report can state. */
static double tidy(double v)
{
	char s[40];

	snprintf(s, sizeof(s), "%.15g", v);
	return strtod(s, NULL);
}

void cmp_stats(db_table *t)
{
	double *v = db_xcalloc(t->nrows ? t->nrows : 1, sizeof(*v)), sum = 0;
	size_t n = 0;

	memset(&t->stats, 0, sizeof(t->stats));
	for (size_t i = 0; i < t->nrows; i++)
		if (t->rows[i].has_value)
			v[n++] = t->rows[i].value;
	if (n) {
		qsort(v, n, sizeof(*v), dbl_cmp);
		for (size_t i = 0; i < n; i++)
			sum += v[i];
		t->stats.count = n;
		t->stats.mean = tidy(sum / (double)n);
		t->stats.median = n % 2 ? v[n / 2] : tidy((v[n / 2 - 1] + v[n / 2]) / 2);
		t->stats.min = v[0];
		t->stats.max = v[n - 1];
	}
	free(v);
}

void cmp_flags(db_table *t, db_arena *a, bool foreign_unit, bool series)
{
	const char *level = NULL, *flags[3];
	bool mixed = false;
	size_t n = 0;

	for (size_t i = 0; i < t->nrows && !mixed; i++) {
		const char *l = t->rows[i].level;
		if (!l)
			continue;
		if (level && strcmp(level, l))
			mixed = true;
		level = l;
	}
	if (mixed)
		flags[n++] = "mixed_levels";
	if (foreign_unit)
		flags[n++] = "foreign_unit";
	if (series)
		flags[n++] = "series";
	t->nflags = n;
	t->flags = n ? db_arena_alloc(a, n * sizeof(*t->flags)) : NULL;
	for (size_t i = 0; i < n; i++)
		t->flags[i] = flags[i];
}

typedef struct {
	db_table t;
	size_t catidx;
	size_t group;         /* cmp_order_groups: the group of t */
} ordered;

/* yoy (the default) before the other bases, then bytewise. */
static int basis_cmp(const char *a, const char *b)
{
	bool ya = a && !strcmp(a, "yoy"), yb = b && !strcmp(b, "yoy");

	if (ya != yb)
		return ya ? -1 : 1;
	return cmp_strcmp_null(a, b);
}

static bool foreign(const db_table *t)
{
	for (size_t i = 0; i < t->nflags; i++)
		if (!strcmp(t->flags[i], "foreign_unit"))
			return true;
	return false;
}

static int table_cmp(const void *pa, const void *pb)
{
	const ordered *x = pa, *y = pb;
	const db_table *a = &x->t, *b = &y->t;
	int c;

	if (x->catidx != y->catidx)
		return x->catidx < y->catidx ? -1 : 1;
	if ((c = cmp_strcmp_null(a->metric, b->metric)))
		return c;
	if (a->measure != b->measure)
		return (int)a->measure - (int)b->measure;
	if (a->has_period != b->has_period)
		return a->has_period ? 1 : -1;
	if (a->has_period && (c = db_period_cmp(&a->period, &b->period)))
		return c;
	if (a->status != b->status)
		return (int)a->status - (int)b->status;
	if ((c = basis_cmp(a->basis, b->basis)) || (c = cmp_strcmp_null(a->of, b->of)) ||
	    (c = cmp_strcmp_null(a->vs, b->vs)) || (c = cmp_strcmp_null(a->note, b->note)) ||
	    (c = (int)foreign(a) - (int)foreign(b)) || (c = cmp_strcmp_null(a->unit, b->unit)))
		return c;
	return cmp_strcmp_null(a->key, b->key);
}

void cmp_sort_tables(db_tableset *ts, const db_catalog *cat)
{
	ordered *tmp = db_xcalloc(ts->len ? ts->len : 1, sizeof(*tmp));

	for (size_t i = 0; i < ts->len; i++) {
		tmp[i].t = ts->items[i];
		tmp[i].catidx = ts->items[i].metric ? db_catalog_index(cat, ts->items[i].metric)
						    : cat->len;
	}
	qsort(tmp, ts->len, sizeof(*tmp), table_cmp);
	for (size_t i = 0; i < ts->len; i++)
		ts->items[i] = tmp[i].t;
	free(tmp);
}

void cmp_order_groups(cmp_ctx *c, size_t *idx, size_t n)
{
	static const char *foreign_unit[] = { "foreign_unit" };
	ordered *tmp = db_xcalloc(n ? n : 1, sizeof(*tmp));
	db_arena a = DB_ARENA_INIT;

	for (size_t i = 0; i < n; i++) {
		const cmp_group *g = &c->groups[idx[i]];
		db_table *t = &tmp[i].t;
		cmp_table_header(t, g, c->cat, &a);
		if (g->unit_base) {
			t->flags = foreign_unit;
			t->nflags = 1;
		}
		t->key = db_table_short_key(t, &a);
		tmp[i].catidx = t->metric ? db_catalog_index(c->cat, t->metric) : c->cat->len;
		tmp[i].group = idx[i];
	}
	qsort(tmp, n, sizeof(*tmp), table_cmp);
	for (size_t i = 0; i < n; i++)
		idx[i] = tmp[i].group;
	free(tmp);
	db_arena_release(&a);
}
