/* compare.h - the compare stage: records documents → aligned, ranked tables.
 *
 *   db_compare_opts o = DB_COMPARE_OPTS_INIT; o.catalog = &catalog;
 *   db_tableset ts = DB_TABLESET_INIT;
 *   db_compare(docs, ndocs, &o, &ts, &d);   // docs are borrowed
 *   db_tableset_release(&ts);
 *
 * Every string in the resulting tables is copied into ts->arena, so the input
 * documents may be released as soon as db_compare returns. */
#ifndef DB_COMPARE_H
#define DB_COMPARE_H

#include <stddef.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/diag.h"
#include "core/record.h"
#include "core/table.h"

typedef struct {
	const db_catalog *catalog;     /* units, direction, names; required */
	size_t min_entities;           /* groups with fewer entities are left out (default 2) */
	const char *const *tables;     /* short keys to keep (NULL = all) */
	size_t ntables;
	const char *const *metrics;    /* filters, each NULL/0 = no filter */
	size_t nmetrics;
	const char *const *measures;
	size_t nmeasures;
	const char *const *periods;
	size_t nperiods;
	const char *const *statuses;
	size_t nstatuses;
	const char *const *entities;   /* also adds not_reported rows */
	size_t nentities;
	const char *overrides;         /* corrections CSV path, or NULL */
} db_compare_opts;

#define DB_COMPARE_OPTS_INIT { NULL, 2, NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL }

int db_compare(const db_records *const *docs, size_t ndocs, const db_compare_opts *o,
	       db_tableset *out, db_diag *d);

/* The short key of a table: metric:measure:period[:status][:basis]. */
const char *db_table_short_key(const db_table *t, db_arena *a);

#endif
