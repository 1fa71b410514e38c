/* table.h - the tables document (schema duibiao.tables/1, DESIGN.md).
 *
 * Ownership: a db_tableset owns everything reachable from it; strings and
 * small arrays live in ts->arena, the table vector in ts->items, each table's
 * row vector in table->rows (malloc'd). db_tableset_release frees all of it.
 * One exception: a table set built by db_compare or db_compare_series points
 * into the records it was given for the text of its rows' and conflicts'
 * sources (copying every sentence was a fifth of compare's time on a large
 * corpus), so those records must outlive the table set. */
#ifndef DB_TABLE_H
#define DB_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "record.h"

typedef struct {
	const char *file;
	int line;
	int page;                /* a PDF's page, 0 when the report is not paged */
	const char *text;
	const char *date;        /* the document's date "YYYY-MM-DD", or NULL */
	const char *title;       /* the document's title (manifest), or NULL */
	const char *publisher;   /* who issued it, or NULL */
} db_row_source;

/* What a citation names: the document's title when it has one, else its
 * file name (NULL when neither is known). */
static inline const char *db_row_source_name(const db_row_source *s)
{
	return s->title ? s->title : s->file;
}

typedef struct {
	const char *entity;
	const char *level;
	bool has_value;
	double value;
	bool has_max;
	double max;
	db_qualifier qualifier;
	const char *raw;         /* the figure as written, or NULL */
	int rank;                /* computed rank within the table, 0 = none */
	const char *reason;      /* NULL, or masked / rank_only / not_reported */
	bool corrected;          /* an override touched this row (人工校正) */
	db_rank *stated_ranks;
	size_t nstated;
	db_row_source *sources;
	size_t nsources;
} db_row;

typedef struct {
	const char *entity;
	double kept, dropped;    /* values in the table's unit */
	bool kept_null, dropped_null;
	const char *policy;      /* exact_over_approx, newest_document, first_in_text */
	db_row_source kept_source, dropped_source;
} db_conflict;

typedef struct {
	int line;                /* line in the corrections CSV */
	const char *file;
	const char *entity;
	const char *action;      /* set drop add */
	bool has_value;
	double value;
	const char *note;
} db_correction;

typedef struct {
	size_t count;            /* rows with a value */
	double mean, median, min, max;
} db_stats;

typedef struct {
	const char *key;         /* short form metric:measure:period[:status][:basis] */
	const char *metric;      /* catalog id (or NULL for an unknown metric label) */
	const char *name;        /* Chinese metric name */
	const char *name_en;     /* may be NULL */
	db_measure measure;
	const char *basis;       /* growth/change_pp; NULL otherwise */
	const char *of;
	const char *vs;
	const char *note;
	bool has_period;
	db_period period;
	db_status status;
	const char *unit;
	const char *better;      /* "higher" or "lower" */
	const char **flags;      /* e.g. "mixed_levels"; in the arena */
	size_t nflags;
	db_stats stats;
	db_row *rows;            /* malloc'd, in ranking order */
	size_t nrows, caprows;
	db_conflict *conflicts;
	size_t nconflicts, capconflicts;
	db_correction *corrections;
	size_t ncorrections, capcorrections;
} db_table;

typedef struct {
	db_arena arena;
	db_table *items;
	size_t len, cap;
} db_tableset;

#define DB_TABLESET_INIT { DB_ARENA_INIT, NULL, 0, 0 }

db_table *db_tableset_add(db_tableset *ts);     /* zeroed; valid until next add */
db_row *db_table_add_row(db_table *t);          /* zeroed; valid until next add */
db_conflict *db_table_add_conflict(db_table *t);
db_correction *db_table_add_correction(db_table *t);
/* Find a table by its key, or NULL. */
const db_table *db_tableset_find(const db_tableset *ts, const char *key);
void db_tableset_release(db_tableset *ts);

#endif
