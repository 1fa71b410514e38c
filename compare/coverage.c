/* coverage.c - what is comparable before drawing: for every entity and
 * metric (and measure, status), the periods its reports give figures for. */
#include <stdlib.h>
#include <string.h>

#include "compare/compare.h"
#include "compare/internal.h"
#include "core/json.h"

typedef struct {
	const db_record *r;
	size_t catidx;          /* catalog order; cat->len for labels outside it */
	const char *name;       /* metric id, or the label */
} item;

static int item_cmp(const void *pa, const void *pb)
{
	const item *a = pa, *b = pb;
	int c;

	if (a->catidx != b->catidx)
		return a->catidx < b->catidx ? -1 : 1;
	if ((c = (a->r->metric == NULL) - (b->r->metric == NULL)) ||
	    (c = cmp_strcmp_null(a->name, b->name)))
		return c;
	if (a->r->measure != b->r->measure)
		return (int)a->r->measure - (int)b->r->measure;
	if (a->r->status != b->r->status)
		return (int)a->r->status - (int)b->r->status;
	return strcmp(a->r->entity, b->r->entity);
}

static bool same_row(const item *a, const item *b)
{
	return a->catidx == b->catidx && (a->r->metric == NULL) == (b->r->metric == NULL) &&
	       !cmp_strcmp_null(a->name, b->name) && a->r->measure == b->r->measure &&
	       a->r->status == b->r->status && !strcmp(a->r->entity, b->r->entity);
}

static bool wanted(const db_record *r, const db_compare_opts *o)
{
	if (!r->entity)
		return false;
	if (o->nmetrics && !cmp_in_list(r->metric, o->metrics, o->nmetrics))
		return false;
	if (o->nmeasures && !cmp_in_list(db_measure_name(r->measure), o->measures, o->nmeasures))
		return false;
	if (o->nstatuses && !cmp_in_list(db_status_name(r->status), o->statuses, o->nstatuses))
		return false;
	if (o->nentities && !cmp_in_list(r->entity, o->entities, o->nentities))
		return false;
	if (o->nperiods && !(r->has_period && cmp_period_listed(&r->period, o->periods, o->nperiods)))
		return false;
	return true;
}

static int period_cmp(const void *a, const void *b)
{
	return db_period_cmp(a, b);
}

static void add_row(db_coverage *cv, const db_catalog *cat, const item *it, size_t n)
{
	db_coverage_row *row;
	const db_record *r = it[0].r;
	const db_metric *m = r->metric ? db_catalog_find(cat, r->metric) : NULL;
	size_t np = 0;

	if (cv->len == cv->cap) {
		cv->cap = cv->cap ? cv->cap * 2 : 32;
		cv->rows = db_xrealloc(cv->rows, cv->cap * sizeof(*cv->rows));
	}
	row = &cv->rows[cv->len++];
	memset(row, 0, sizeof(*row));
	row->metric = cmp_dup(&cv->arena, r->metric);
	row->name = cmp_dup(&cv->arena, m ? m->name : it[0].name);
	row->measure = r->measure;
	row->status = r->status;
	row->entity = db_arena_strdup(&cv->arena, r->entity);
	row->records = n;
	row->periods = db_arena_alloc(&cv->arena, n * sizeof(*row->periods));
	for (size_t i = 0; i < n; i++) {
		const db_record *x = it[i].r;
		if (x->level && (!row->level || strcmp(x->level, row->level) < 0))
			row->level = x->level;
		if (x->has_period)
			row->periods[np++] = x->period;
		else
			row->undated++;
	}
	row->level = cmp_dup(&cv->arena, row->level);
	qsort(row->periods, np, sizeof(*row->periods), period_cmp);
	for (size_t i = 0; i < np; i++)
		if (!row->nperiods || !db_period_eq(&row->periods[row->nperiods - 1], &row->periods[i]))
			row->periods[row->nperiods++] = row->periods[i];
}

int db_coverage_build(const db_records *const *docs, size_t ndocs, const db_compare_opts *o,
		      db_coverage *out, db_diag *d)
{
	const db_catalog *cat = o->catalog;
	size_t n = 0, cap = 0;
	item *items = NULL;

	if (!cat)
		return db_error(d, NULL, 0, 0, "compare needs a metric catalog");
	for (size_t i = 0; i < ndocs; i++)
		for (size_t j = 0; j < docs[i]->len; j++) {
			const db_record *r = &docs[i]->items[j];
			if (!wanted(r, o))
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 256;
				items = db_xrealloc(items, cap * sizeof(*items));
			}
			items[n].r = r;
			items[n].catidx = r->metric ? db_catalog_index(cat, r->metric) : cat->len;
			items[n].name = r->metric ? r->metric : r->label;
			n++;
		}
	if (n)   /* no record wanted: items is NULL, which qsort may not take */
		qsort(items, n, sizeof(*items), item_cmp);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && same_row(&items[i], &items[j]); j++)
			;
		add_row(out, cat, items + i, j - i);
	}
	free(items);
	return 0;
}

void db_coverage_write_json(const db_coverage *cv, db_buf *out)
{
	db_jw w;

	db_jw_init(&w, out, true);
	db_jw_begin_object(&w);
	db_jw_kstring(&w, "schema", "duibiao.coverage/1");
	db_jw_key(&w, "rows");
	db_jw_begin_array(&w);
	for (size_t i = 0; i < cv->len; i++) {
		const db_coverage_row *r = &cv->rows[i];
		db_jw_begin_object(&w);
		w.pretty = false;
		db_jw_kstring(&w, "metric", r->metric);
		db_jw_kstring(&w, "name", r->name);
		db_jw_kstring(&w, "measure", db_measure_name(r->measure));
		db_jw_kstring(&w, "status", db_status_name(r->status));
		db_jw_kstring(&w, "entity", r->entity);
		db_jw_kstring(&w, "level", r->level);
		db_jw_key(&w, "periods");
		db_jw_begin_array(&w);
		for (size_t j = 0; j < r->nperiods; j++) {
			char tok[DB_PERIOD_TOKEN_MAX];
			db_jw_string(&w, db_period_format(&r->periods[j], tok));
		}
		db_jw_end_array(&w);
		db_jw_kint(&w, "undated", (long long)r->undated);
		db_jw_kint(&w, "records", (long long)r->records);
		db_jw_end_object(&w);
		w.pretty = true;
	}
	db_jw_end_array(&w);
	db_jw_end_object(&w);
	db_buf_putc(out, '\n');
}

void db_coverage_release(db_coverage *cv)
{
	free(cv->rows);
	db_arena_release(&cv->arena);
	memset(cv, 0, sizeof(*cv));
}
