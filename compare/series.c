/* series.c - one entity across periods (--series), for a chart over time:
 * the entity's row of every table key of one metric, gathered by everything
 * in the key but the period, in period order. Same unit, duplicate and
 * correction rules as db_compare. */
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"
#include "core/units.h"

/* Everything of the key but the period. */
static int series_cmp(const cmp_group *a, const cmp_group *b)
{
	int c;

	if (a->measure != b->measure)
		return (int)a->measure - (int)b->measure;
	if (a->status != b->status)
		return (int)a->status - (int)b->status;
	if ((c = cmp_strcmp_null(a->basis, b->basis)) || (c = cmp_strcmp_null(a->of, b->of)) ||
	    (c = cmp_strcmp_null(a->vs, b->vs)) || (c = cmp_strcmp_null(a->note, b->note)))
		return c;
	return cmp_strcmp_null(a->unit_base, b->unit_base);
}

static int group_cmp(const void *pa, const void *pb)
{
	const cmp_group *a = *(const cmp_group *const *)pa, *b = *(const cmp_group *const *)pb;
	int c = series_cmp(a, b);

	return c ? c : db_period_cmp(&a->period, &b->period);
}

/* The entity's candidates in g (sorted), or n = 0. */
static const cmp_cand *entity_run(const cmp_group *g, const char *entity, size_t *n)
{
	size_t i = 0, j;

	while (i < g->ncands && cmp_strcmp_null(g->cands[i].rec->entity, entity))
		i++;
	for (j = i; j < g->ncands && !cmp_strcmp_null(g->cands[j].rec->entity, entity); j++)
		;
	*n = j - i;
	return g->cands + i;
}

/* A foreign-unit series shows the largest unit of its periods' tables. */
static const char *largest_unit(cmp_group **gs, size_t n)
{
	const char *best = NULL;
	int bestexp = 0;

	for (size_t i = 0; i < n; i++) {
		char base[32];
		int exp10;
		if (!gs[i]->unit)
			continue;
		db_unit_split(gs[i]->unit, base, &exp10);
		if (!best || exp10 > bestexp || (exp10 == bestexp && strcmp(gs[i]->unit, best) < 0)) {
			best = gs[i]->unit;
			bestexp = exp10;
		}
	}
	return best;
}

static const char *series_key(const db_table *t, const char *entity, db_arena *a)
{
	const char *k = db_table_short_key(t, a);
	const char *rest = strchr(k, ':');      /* metric:measure::… → skip metric */
	db_buf b = DB_BUF_INIT;
	const char *out;

	/* The short form of a table without a period is metric:measure:[…];
	 * a series names its entity instead of a period. */
	rest = strchr(rest + 1, ':');           /* at the empty period */
	db_buf_printf(&b, "series:%s:%s:%s", entity, t->metric, db_measure_name(t->measure));
	db_buf_puts(&b, rest + 1);
	out = db_arena_strdup(a, db_buf_cstr(&b));
	db_buf_release(&b);
	return out;
}

static int build_series(cmp_ctx *c, cmp_group **gs, size_t n, const char *entity,
			db_tableset *out, db_diag *d)
{
	db_arena *a = &out->arena;
	db_table *t = db_tableset_add(out);

	if (gs[0]->unit_base) {
		const char *u = largest_unit(gs, n);
		for (size_t i = 0; i < n; i++)
			cmp_group_convert(c, gs[i], u);
	}
	cmp_table_header(t, gs[0], c->cat, a);
	t->has_period = false;
	memset(&t->period, 0, sizeof(t->period));
	for (size_t i = 0; i < n; i++) {
		char tok[DB_PERIOD_TOKEN_MAX];
		size_t m;
		const cmp_cand *run = entity_run(gs[i], entity, &m);
		if (cmp_resolve(c, gs[i], run, m, db_period_format(&gs[i]->period, tok), t, a, d) < 0)
			return -1;
		cmp_list_fixes(c, gs[i], &entity, 1, t, a);
	}
	cmp_stats(t);
	cmp_flags(t, a, gs[0]->unit_base != NULL, true);
	t->key = series_key(t, entity, a);
	return 0;
}

int db_compare_series(const db_records *const *docs, size_t ndocs, const db_compare_opts *o,
		      const char *entity, const char *metric, db_tableset *out, db_diag *d)
{
	db_compare_opts filt = *o;
	cmp_group **gs = NULL;
	size_t n = 0;
	cmp_ctx c;
	int rc = -1;

	if (!o->catalog)
		return db_error(d, NULL, 0, 0, "compare needs a metric catalog");
	cmp_ctx_init(&c, o->catalog);
	cmp_add_docs(&c, docs, ndocs);
	if (o->overrides && (cmp_fixes_load(&c, o->overrides, d) < 0 || cmp_fixes_apply(&c, d) < 0))
		goto done;
	filt.ntables = filt.nmetrics = filt.nentities = 0;
	gs = db_xcalloc(c.ngroups ? c.ngroups : 1, sizeof(*gs));
	for (size_t i = 0; i < c.ngroups; i++) {
		cmp_group *g = &c.groups[i];
		size_t m;
		if (strcmp(g->metric, metric) || !cmp_group_selected(g, &filt, NULL, NULL))
			continue;
		cmp_group_units(&c, g);
		cmp_sort_cands(g);
		entity_run(g, entity, &m);
		if (m)
			gs[n++] = g;
	}
	if (!n) {
		db_error(d, NULL, 0, 0, "no figures of %s for %s", metric, entity);
		goto done;
	}
	qsort(gs, n, sizeof(*gs), group_cmp);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && !series_cmp(gs[i], gs[j]); j++)
			;
		if (build_series(&c, gs + i, j - i, entity, out, d) < 0)
			goto done;
	}
	cmp_sort_tables(out, c.cat);
	rc = 0;
done:
	free(gs);
	cmp_ctx_release(&c);
	return rc;
}
