/* compare.h - the compare stage: records documents → aligned, ranked tables.
 *
 *   db_compare_opts o = DB_COMPARE_OPTS_INIT; o.catalog = &catalog;
 *   db_tableset ts = DB_TABLESET_INIT;
 *   db_compare(docs, ndocs, &o, &ts, &d);   // docs are borrowed
 *   db_tableset_release(&ts);
 *
 * The tables' strings are copied into ts->arena except the sentences of
 * their sources, which point into the input documents: release the
 * documents after the table set (a corpus of a million records would
 * otherwise copy some 150 MB of sentences). */
#ifndef DB_COMPARE_H
#define DB_COMPARE_H

#include <stddef.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/diag.h"
#include "core/record.h"
#include "core/table.h"

/* A sentence db_compare_write_json needs (db_compare_opts.source_texts). */
typedef struct db_text_need {
	const db_document *doc;        /* of this document */
	const db_source *src;          /* text NULL, text_at set */
	const char **text;             /* where it goes */
} db_text_need;

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
	/* Fills in the sentences of records read without them
	 * (db_records_read_json_lazy: source.text NULL, text_at set), into a:
	 * 0, or -1 with d. Only db_compare_write_json asks, for the tables
	 * about to be written, a few hundred thousand sentences at a time. */
	int (*source_texts)(void *ctx, struct db_text_need *needs, size_t n, db_arena *a,
			    db_diag *d);
	void *source_ctx;
} db_compare_opts;

#define DB_COMPARE_OPTS_INIT { NULL, 2, NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL, \
			       NULL, NULL }

/* Align every record with a metric and a period into tables (DESIGN.md,
 * Tables). The rules, in the order they apply:
 *  - key: (metric, measure, basis, of, vs, note, period, status); basis
 *    defaults to yoy for growth and change_pp. gap_pp figures against 全省
 *    and against 全国 are different figures, hence vs in the key.
 *  - unit: the catalog's (db_metric_unit), figures converted exactly
 *    (万元 → 亿元); figures whose unit has another base (亿美元) form their
 *    own table in the largest unit among them, flagged foreign_unit.
 *  - corrections (o->overrides) apply to the candidates: set replaces the
 *    figure (the replaced records stay as sources), drop removes it, add
 *    adds one where none exists. A line matching nothing is an error.
 *  - duplicates for one entity: equal values merge (all sources kept);
 *    different values are a conflict, the kept one chosen by: exact over
 *    approx/at_least/at_most/range, then the newest document date, then the
 *    first in text (file name bytewise, then offset). Figures without a value
 *    (masked, rank-only) never conflict; they add stated ranks and sources.
 *  - selection: tables, metrics, measures, periods, statuses filter keys;
 *    entities filter rows and add not_reported rows; a table needs at least
 *    min_entities rows with a value.
 *  - ranking by the catalog's better; ties share a rank (1, 2, 2, 4); a range
 *    ranks by its lower bound (what is certain); rows without a value have
 *    rank 0 and come last. Rows: by rank, then entity bytewise.
 *  - tables: by catalog order, measure, period, status, basis, of, vs, note,
 *    unit — the result does not depend on the order of docs.
 * Returns 0, or -1 with d (unmatched correction, malformed corrections CSV,
 * a --table key that matches no table). */
int db_compare(const db_records *const *docs, size_t ndocs, const db_compare_opts *o,
	       db_tableset *out, db_diag *d);

/* db_compare, then db_tableset_write_json of its tables to out, the same
 * bytes, with one table in memory at a time (the rows of a national corpus
 * are hundreds of megabytes): each is written as soon as it is built and
 * then freed. *ntables: how many were written. On an error what out holds
 * is no document. */
int db_compare_write_json(const db_records *const *docs, size_t ndocs,
			  const db_compare_opts *o, db_buf *out, size_t *ntables, db_diag *d);

/* The short key of a table: metric:measure:period[:status][:basis], followed
 * by @of=…, @vs=…, @note=… when the table has them and @unit=… when it is
 * flagged foreign_unit (figures in a unit that does not convert to the
 * catalog's, such as 亿美元), so that every table of a set has its own key.
 * Not for series tables, whose key names the entity (db_compare_series). */
const char *db_table_short_key(const db_table *t, db_arena *a);

/* Check a key given on the command line (--table): metric:measure:period
 * [:status][:basis][@of=…][@vs=…][@note=…][@unit=…]. A key without @ parts
 * selects every table whose short form matches. Returns 0 or -1 with d. */
int db_table_key_check(const char *key, db_diag *d);

/* One entity across periods (--series): the records of `entity` and `metric`
 * (o->measures, o->statuses, o->periods filter; corrections apply) become one
 * table per (measure, basis, of, vs, note, status, unit), flagged "series",
 * keyed "series:ENTITY:metric:measure[:status][:basis][@…]", with one row per
 * period in period order (db_period_cmp): row.entity is the canonical period
 * token, row.level the entity's level, row.rank 0. has_period is false. */
int db_compare_series(const db_records *const *docs, size_t ndocs, const db_compare_opts *o,
		      const char *entity, const char *metric, db_tableset *out, db_diag *d);

/* Tables as CSV in style s (NULL: UTF-8 with a BOM, so Excel reads the
 * Chinese, CRLF line ends, English headers; core/buf.h), RFC 4180 quoting;
 * one line per row with the table's key columns. */
void db_tableset_write_csv(const db_tableset *ts, const db_csv_style *s, db_buf *out);

/* Coverage (--coverage): which entity reports which metric for which periods,
 * over every record read — also those without a period (counted as undated)
 * or without a catalog metric (metric NULL, name = the label as written).
 * Corrections are not applied: coverage shows what the reports say. */
typedef struct {
	const char *metric;      /* NULL for a label outside the catalog */
	const char *name;        /* catalog name, or the label */
	db_measure measure;
	db_status status;
	const char *entity;
	const char *level;
	db_period *periods;      /* distinct, in period order */
	size_t nperiods;
	size_t undated;          /* records without a period */
	size_t records;          /* records in all */
} db_coverage_row;

typedef struct {
	db_arena arena;          /* owns every string and period array */
	db_coverage_row *rows;   /* malloc'd; by catalog order, measure, status, entity */
	size_t len, cap;
} db_coverage;

#define DB_COVERAGE_INIT { DB_ARENA_INIT, NULL, 0, 0 }

/* o->metrics, measures, statuses, entities and periods filter the rows. */
int db_coverage_build(const db_records *const *docs, size_t ndocs, const db_compare_opts *o,
		      db_coverage *out, db_diag *d);
/* {"schema":"duibiao.coverage/1","rows":[…]}, one row per line. */
void db_coverage_write_json(const db_coverage *cv, db_buf *out);
/* In style s as tables are (NULL: BOM, CRLF); periods joined by spaces. */
void db_coverage_write_csv(const db_coverage *cv, const db_csv_style *s, db_buf *out);
void db_coverage_release(db_coverage *cv);

#endif
