/* catalog.h - the metric catalog (data in extract/catalog.json, compiled into
 * the binary as tables; --catalog FILE replaces it). Shared by extract (aliases), compare
 * (units, direction) and the CLI.
 *
 * File format:
 *   {"schema":"duibiao.catalog/1","metrics":[
 *     {"id":"gdp","name":"地区生产总值","name_en":"Gross regional product",
 *      "group":"output","unit":"亿元","kind":"flow","better":"higher",
 *      "aliases":["地区生产总值","生产总值","GDP","经济总量"]}, …]}
 * An entry may also give "patterns": PCRE2 patterns (UTF) for a label whose
 * wording varies (走访企业.{0,6}家次), compiled and matched by extract only
 * when some metric has them (extract/metrics.c).
 * `unit` is the unit of levels and of `added` (unless "added_unit" is given);
 * growth is in %, change_pp and gap_pp in 百分点, share in %. A metric whose
 * level is a rate (研发投入强度) has unit "%". kind: flow | stock.
 * better: higher | lower. Order in the file is the catalog order (used to
 * order sheets). */
#ifndef DB_CATALOG_H
#define DB_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "record.h"

/* One PCRE2 pattern of a metric, with where it was written, so that a
 * pattern PCRE2 refuses can be named: line is that of the pattern's string
 * when it occurs once in its file, else 0 (then the metric's id and the
 * pattern's index name it). */
typedef struct {
	const char *text;
	const char *file;
	int line;
} db_pattern;

typedef struct {
	const char *id;
	const char *name;
	const char *name_en;
	const char *group;
	const char *unit;
	const char *added_unit;   /* == unit unless given */
	bool stock;               /* kind == "stock" */
	bool lower_is_better;     /* better == "lower" */
	const char **aliases;
	size_t naliases;
	db_pattern *patterns;
	size_t npatterns;
} db_metric;

typedef struct {
	db_arena arena;
	db_metric *items;
	size_t len;
	bool builtin;   /* the built-in catalog, nothing merged into it: the
			 * matcher walks the alias trie compiled with it */
} db_catalog;

/* What messages call the built-in catalog's file. */
#define DB_CATALOG_BUILTIN "(built-in catalog)"

/* Load from JSON text; file names it in diagnostics. Validates ids (unique,
 * [a-z0-9_]+), required fields and enum words. */
int db_catalog_load_json(db_catalog *c, const char *text, size_t len,
			 const char *file, db_diag *d);
/* The catalog compiled into the binary (extract/builtin_catalog.c, in the
 * library dbcatalog: made from catalog.json by a program of the build that
 * links dbcore). */
int db_catalog_load_default(db_catalog *c, db_diag *d);
/* path NULL → default (dbcatalog too). */
int db_catalog_load(db_catalog *c, const char *path, db_diag *d);
/* --catalog-extra FILE: merge a user's catalog file into c. An entry with a
 * new id is a metric like any other, appended in file order; one with an id
 * c has may carry only aliases and patterns, which are added to that
 * metric's. */
int db_catalog_merge(db_catalog *c, const char *path, db_diag *d);
void db_catalog_release(db_catalog *c);

const db_metric *db_catalog_find(const db_catalog *c, const char *id);
size_t db_catalog_index(const db_catalog *c, const char *id); /* len when absent */
/* The id a user means by word: an id as it is, else the metric whose
 * Chinese name or one of whose aliases word is (社会消费品零售总额 →
 * retail_sales); NULL when the catalog knows no such word. */
const char *db_catalog_resolve(const db_catalog *c, const char *word);
/* For a word that db_catalog_resolve does not know, the id it most likely
 * misspells (GDP → gdp, retial_sales → retail_sales: ids within a small edit
 * distance, case ignored), or the metric one of whose names holds the word
 * or is held by it (零售总额 → retail_sales); NULL when none is close. */
const char *db_catalog_suggest(const db_catalog *c, const char *word);
/* The table unit for a metric and measure: growth → "%", change_pp/gap_pp →
 * "百分点", share → "%", level → unit, added → added_unit. m may be NULL (a
 * label outside the catalog): then only the measures with a fixed unit have
 * one, and level and added give NULL. */
const char *db_metric_unit(const db_metric *m, db_measure measure);

#endif
