/* table.c - table set vectors: tables, their rows, conflicts, corrections. */
#include "core/table.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

/* Grow a vector of elements of size sz by one zeroed element. */
static void *push(void **items, size_t *len, size_t *cap, size_t sz)
{
	if (*len == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		*items = db_xrealloc(*items, *cap * sz);
	}
	char *p = (char *)*items + (*len)++ * sz;
	memset(p, 0, sz);
	return p;
}

db_table *db_tableset_add(db_tableset *ts)
{
	void *items = ts->items;
	db_table *t = push(&items, &ts->len, &ts->cap, sizeof *t);
	ts->items = items;
	t->measure = DB_MEASURE_LEVEL;
	t->status = DB_STATUS_ACTUAL;
	return t;
}

db_row *db_table_add_row(db_table *t)
{
	void *items = t->rows;
	db_row *r = push(&items, &t->nrows, &t->caprows, sizeof *r);
	t->rows = items;
	r->qualifier = DB_QUAL_EXACT;
	return r;
}

db_conflict *db_table_add_conflict(db_table *t)
{
	void *items = t->conflicts;
	db_conflict *c = push(&items, &t->nconflicts, &t->capconflicts, sizeof *c);
	t->conflicts = items;
	return c;
}

db_correction *db_table_add_correction(db_table *t)
{
	void *items = t->corrections;
	db_correction *c = push(&items, &t->ncorrections, &t->capcorrections, sizeof *c);
	t->corrections = items;
	return c;
}

const db_table *db_tableset_find(const db_tableset *ts, const char *key)
{
	if (!key)
		return NULL;
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].key && strcmp(ts->items[i].key, key) == 0)
			return &ts->items[i];
	return NULL;
}

void db_tableset_release(db_tableset *ts)
{
	for (size_t i = 0; i < ts->len; i++) {
		free(ts->items[i].rows);
		free(ts->items[i].conflicts);
		free(ts->items[i].corrections);
	}
	free(ts->items);
	db_arena_release(&ts->arena);
	memset(ts, 0, sizeof *ts);
}
