/* internal.h - what the files of the compare stage share (not public).
 *
 * The stage works in four passes over one cmp_ctx:
 *   align.c    every record with a metric and a period → a group per table key
 *   fixes.c    the corrections CSV marks, drops and adds candidates in groups
 *   resolve.c  one row per entity (or per period for a series) from a group's
 *              candidates: merges, conflicts, stated ranks
 *   rank.c     computed ranks, stats, flags, row order
 * Groups hold borrowed pointers into the input documents; everything that
 * reaches a db_tableset is copied into its arena. */
#ifndef DB_COMPARE_INTERNAL_H
#define DB_COMPARE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compare/compare.h"
#include "core/arena.h"
#include "core/buf.h"

typedef enum {
	CAND_FIGURE,      /* a record as extracted */
	CAND_SUPERSEDED,  /* replaced by a `set` correction: keeps its source and ranks */
	CAND_DROPPED,     /* removed by a `drop` correction */
	CAND_CORRECTION   /* the figure of a `set` or `add` correction */
} cmp_kind;

typedef struct {
	const db_record *rec;
	const db_document *doc;
	double value, max;    /* in the group's unit (set by cmp_group_units) */
	cmp_kind kind;
	uint32_t fix;         /* index of the correction for CAND_CORRECTION: 32
			       * bits (a CSV of 2^32 lines would not fit in
			       * memory) make a candidate 40 bytes, not 48 */
} cmp_cand;

/* One table key. unit_base is NULL when the figures convert to the
 * catalog's unit for the metric and measure; otherwise the group gathers the
 * figures of one other base (美元 for 亿美元 and 万美元) and is a table of its
 * own, flagged foreign_unit. */
typedef struct {
	uint64_t hash;        /* of the key fields (align.c) */
	const char *metric;
	db_measure measure;
	const char *basis, *of, *vs, *note;
	db_period period;
	db_status status;
	const char *unit_base;
	const char *unit;     /* the table unit (cmp_group_units) */
	cmp_cand *cands;
	size_t ncands, cap;
	size_t *fixes;        /* corrections that touched this group */
	size_t nfixes, capfixes;
	const char **texts;   /* by candidate: sentences read again for the
			       * table (o->source_texts), or NULL */
	bool sorted;          /* cands in cmp_sort_cands order */
} cmp_group;

/* One line of the corrections CSV. */
typedef struct {
	int line;
	const char *action;   /* set drop add */
	const char *entity, *metric, *unit, *note;
	db_measure measure;
	db_period period;
	db_status status;
	bool has_value;
	double value;
	const db_record *rec; /* the synthetic record of set/add */
	bool used;
} cmp_fix;

typedef struct {
	const db_catalog *cat;
	db_arena arena;       /* ids, synthetic records, interned strings */
	cmp_group *groups;
	size_t ngroups, capgroups;
	size_t *slots;        /* open addressing: group index + 1, 0 = empty */
	size_t nslots;
	cmp_fix *fixes;
	size_t nfixes;
	const char *fixfile;
	db_document fixdoc;   /* the document corrections are sourced from */
	size_t *metric_slots; /* catalog index + 1 by hash of the id */
	size_t nmetric_slots;
	const char **interned;/* output strings shared by many rows */
	size_t ninterned, nintern_slots;
	db_arena *strings;    /* where cmp_intern copies them: NULL, the arena it
			       * is given; the context's when each table is
			       * freed once written */
	struct cmp_unit *units;/* unitcache.c: open addressing by the word */
	size_t nunits, nunit_slots;
	const cmp_group *cur;  /* the group being resolved */
} cmp_ctx;

/* unitcache.c: db_unit_split, _compatible and _convert of core/units.c, each
 * unit word split once per run (unit must outlive c). */
typedef struct cmp_unit {
	const char *unit;     /* NULL: empty slot */
	char base[32];
	int exp10;
} cmp_unit;
void cmp_unit_split(cmp_ctx *c, const char *unit, char base[32], int *exp10);
bool cmp_unit_compatible(cmp_ctx *c, const char *a, const char *b);
int cmp_unit_convert(cmp_ctx *c, double v, const char *from, const char *to, double *out);

/* align.c */
void cmp_ctx_init(cmp_ctx *c, const db_catalog *cat);
void cmp_ctx_release(cmp_ctx *c);
/* Add one record to the group of its key (records without a metric or a
 * period are skipped, NULL returned); the pointer is valid until the next
 * group is created. */
cmp_group *cmp_add_record(cmp_ctx *c, const db_record *r, const db_document *doc,
			  cmp_kind kind, size_t fix);
void cmp_push_cand(cmp_group *g, const db_record *r, const db_document *doc, cmp_kind kind,
		   size_t fix);
void cmp_add_docs(cmp_ctx *c, const db_records *const *docs, size_t ndocs);
/* Choose the group's unit and convert every candidate into it. */
void cmp_group_units(cmp_ctx *c, cmp_group *g);
/* Whether p equals one of the period tokens of list (--period). */
bool cmp_period_listed(const db_period *p, const char *const *list, size_t n);
/* Set the group's unit and convert every candidate into it. */
void cmp_group_convert(cmp_ctx *c, cmp_group *g, const char *unit);
/* The table fields that come from the group's key (not key, flags, rows). */
void cmp_table_header(db_table *t, const cmp_group *g, const db_catalog *cat, db_arena *a);
/* The catalog entry of id, through a hash (catalogs are searched once
 * per record). */
const db_metric *cmp_metric(const cmp_ctx *c, const char *id);
/* A copy of s in a shared by every row that names it (entities, levels,
 * files, dates): one copy per distinct string. */
const char *cmp_intern(cmp_ctx *c, db_arena *a, const char *s);
/* NULL means the default basis: "yoy" for growth and change_pp. */
const char *cmp_basis(db_measure m, const char *basis);
/* Copy into a (NULL stays NULL). */
const char *cmp_dup(db_arena *a, const char *s);
/* Bytewise order with NULL first. */
int cmp_strcmp_null(const char *a, const char *b);

/* keys.c: --table selectors */
typedef struct {
	const char *metric;
	db_measure measure;
	db_period period;
	bool has_status;
	db_status status;
	const char *basis;    /* NULL: the default */
	const char *of, *vs, *note, *unit;  /* NULL: any */
} cmp_sel;
int cmp_sels_parse(const char *const *keys, size_t n, cmp_sel **out, db_arena *a, db_diag *d);
/* Whether g passes the key filters of o; with matched, marks every selector
 * (o->tables) that g matches. */
bool cmp_group_selected(const cmp_group *g, const db_compare_opts *o, const cmp_sel *sels,
			bool *matched);
bool cmp_in_list(const char *s, const char *const *list, size_t n);

/* fixes.c */
int cmp_fixes_load(cmp_ctx *c, const char *path, db_diag *d);
int cmp_fixes_apply(cmp_ctx *c, db_diag *d);

/* resolve.c */
/* Order a group's candidates by entity, then by the conflict policy. */
void cmp_sort_cands(cmp_group *g);
/* Resolve cands[0..n) (one entity's, sorted) into a new row of t; conflicts
 * go to t. `entity` is the row's label (the entity, or a period for a
 * series). Returns -1 with d filled when two add corrections collide. */
int cmp_resolve(cmp_ctx *c, const cmp_group *g, const cmp_cand *cands, size_t n,
		const char *entity, db_table *t, db_arena *a, db_diag *d);
/* List in t the corrections of g whose entity is in entities (all when
 * entities is NULL). */
void cmp_list_fixes(const cmp_ctx *c, const cmp_group *g, const char *const *entities,
		    size_t nentities, db_table *t, db_arena *a);
/* A candidate of c->cur's; its sentence from c->cur->texts when it was
 * left in its file. */
db_row_source cmp_source(cmp_ctx *c, const cmp_cand *k, db_arena *a);

/* rank.c */
void cmp_rank(db_table *t);            /* ranks and row order by value */
void cmp_stats(db_table *t);
void cmp_flags(db_table *t, db_arena *a, bool foreign_unit, bool series);
void cmp_sort_tables(db_tableset *ts, const db_catalog *cat);
/* The groups idx[0..n) (after cmp_group_units) in the order
 * cmp_sort_tables gives their tables, before any is built. */
void cmp_order_groups(cmp_ctx *c, size_t *idx, size_t n);

/* csv.c */
/* One parsed CSV document: fields of each record and the line it starts on. */
typedef struct {
	char ***rows;         /* rows[i][j], NUL-terminated strings */
	size_t *nfields;
	int *lines;
	size_t len;
	db_arena arena;
} cmp_csv;
int cmp_csv_parse(cmp_csv *csv, const char *text, size_t len, const char *file, db_diag *d);
void cmp_csv_release(cmp_csv *csv);

#endif
