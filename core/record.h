/* record.h - the records document (schema duibiao.records/1, DESIGN.md).
 *
 * Ownership: a db_records owns every string and array reachable from it; they
 * live in rs->arena (strings, rank arrays) and rs->items (the record vector).
 * db_records_release frees all of it. Strings are UTF-8; NULL means the JSON
 * field is null (or absent where DESIGN.md makes it optional). */
#ifndef DB_RECORD_H
#define DB_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "period.h"

typedef enum {
	DB_MEASURE_LEVEL,
	DB_MEASURE_GROWTH,
	DB_MEASURE_CHANGE_PP,
	DB_MEASURE_GAP_PP,
	DB_MEASURE_ADDED,
	DB_MEASURE_SHARE,
	DB_MEASURE_COUNT
} db_measure;

typedef enum {
	DB_QUAL_EXACT,
	DB_QUAL_APPROX,
	DB_QUAL_AT_LEAST,
	DB_QUAL_AT_MOST,
	DB_QUAL_RANGE,
	DB_QUAL_MASKED,
	DB_QUAL_COUNT
} db_qualifier;

typedef enum {
	DB_STATUS_ACTUAL,
	DB_STATUS_TARGET,
	DB_STATUS_ESTIMATE,
	DB_STATUS_COUNT
} db_status;

/* JSON spellings: "level", "growth", …; parse returns -1 for unknown words. */
const char *db_measure_name(db_measure m);
int db_measure_parse(const char *s, db_measure *out);
const char *db_qualifier_name(db_qualifier q);
int db_qualifier_parse(const char *s, db_qualifier *out);
const char *db_status_name(db_status s);
int db_status_parse(const char *s, db_status *out);
/* Is s a document kind of the manifest (gwr targets bulletin news plan
 * evaluation speech, and summary 工作总结 and newspaper, a news page)? */
bool db_doc_kind_known(const char *s);

/* A stated rank: {"position":3,"scope":"全省"}, {"tier":"第一方阵",…},
 * {"position":3,"qualifier":"at_most",…}, {"masked":true,…}. */
typedef struct {
	int position;            /* 0 when none (tier or masked) */
	const char *tier;        /* NULL unless a tier */
	const char *scope;       /* 全省, 全市, 全国省会城市 …; may be NULL */
	db_qualifier qualifier;  /* DB_QUAL_EXACT or DB_QUAL_AT_MOST (前三) */
	bool masked;             /* 第** */
} db_rank;

typedef struct {
	int line, column;        /* 1-based; column in characters */
	size_t offset;           /* 0-based byte offset in the decoded text */
	int page;                /* 0 = not a paged input */
	uint32_t text_at;        /* 0, or when text was left in the file
				  * (db_records_read_json_lazy): 1 + the byte
				  * offset of its JSON string there */
	const char *text;        /* the clause that states the figure */
} db_source;

/* The small fields together: no padding between them (compare holds a
 * million records). */
typedef struct {
	const char *entity;
	const char *level;       /* province prefecture county district zone composite */
	const char *metric;      /* catalog id, NULL when unknown */
	const char *label;       /* metric words as written */
	db_measure measure;
	db_qualifier qualifier;
	db_status status;
	bool has_value;          /* false: value null (masked or rank-only) */
	bool has_max;            /* ranges only */
	bool has_period;
	double value;
	double max;
	const char *unit;        /* NULL only for rank-only records */
	const char *raw;         /* the figure as written; NULL for rank-only */
	db_period period;
	const char *basis;       /* growth/change_pp only: yoy mom avg2y cagr vs:PERIOD */
	const char *of;          /* share only */
	const char *vs;          /* gap_pp only */
	const char *note;        /* 口径 beside the figure, or NULL */
	db_rank *ranks;          /* in the arena */
	size_t nranks;
	db_source source;
} db_record;

typedef struct {
	const char *file;        /* as given (manifest-relative path or argument) */
	char sha256[65];         /* hex of the raw input bytes */
	const char *entity;
	const char *level;
	const char *province;    /* may be NULL */
	const char *kind;        /* gwr targets bulletin news plan evaluation speech summary
				  * newspaper; may be NULL */
	bool has_date;
	db_date date;
	const char *encoding;    /* "utf-8", "gb18030" */
	const char *format;      /* text pdf docx html (extract/formats.h); may be NULL */
	const char *title;       /* the manifest's title of the report; may be NULL */
	const char *publisher;   /* who issued it; may be NULL */
} db_document;

typedef struct {
	db_arena arena;
	db_document doc;
	db_record *items;        /* malloc'd vector */
	size_t len, cap;
	/* figures read but left unkeyed that are not in items (the extractor
	 * writes them only when asked: extract --unkeyed); the summary counts
	 * them with the records of metric NULL */
	size_t unwritten;
} db_records;

#define DB_RECORDS_INIT { DB_ARENA_INIT, {0}, NULL, 0, 0, 0 }

/* Append a zeroed record (measure level, qualifier exact, status actual) and
 * return it; the pointer is valid until the next append. */
db_record *db_records_add(db_records *rs);
void db_records_release(db_records *rs);

/* Deep-copy src (strings, ranks) into dst's arena, appending to dst. */
db_record *db_records_copy_in(db_records *dst, const db_record *src);

#endif
