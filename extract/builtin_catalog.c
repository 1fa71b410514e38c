/* builtin_catalog.c - the catalog compiled into the program: extract/
 * catalog.json as tables (make-catalog-table.c, when the program is built),
 * made into a db_catalog without parsing or validating anything (the
 * program of the build did both with db_catalog_load_json; the test
 * test_extract_metrics checks that the two give the same catalog). Its own
 * library, dbcatalog, since the program that makes the tables links dbcore. */
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"

/* Offsets into catalog_strings; 0 is NULL. */
typedef struct {
	uint32_t id, name, name_en, group, unit, added_unit;
	bool stock, lower_is_better;
	uint32_t first_alias, naliases;   /* into catalog_aliases */
	uint32_t first_pattern, npatterns; /* into catalog_patterns */
} builtin_metric;

typedef struct {
	uint32_t text;
	int line;
} builtin_pattern;

/* catalog_strings, catalog_metrics[], catalog_aliases[] and
 * catalog_patterns[] */
#include "catalog_table.h"

#define NMETRICS (sizeof catalog_metrics / sizeof *catalog_metrics)
#define NALIASES (sizeof catalog_aliases / sizeof *catalog_aliases - 1)
#define NPATTERNS (sizeof catalog_patterns / sizeof *catalog_patterns - 1)

static const char *str(uint32_t off)
{
	return off ? catalog_strings + off : NULL;
}

int db_catalog_load_default(db_catalog *c, db_diag *d)
{
	(void)d; /* (checked when the program was built) */
	memset(c, 0, sizeof *c);
	c->items = db_xcalloc(NMETRICS, sizeof *c->items);
	c->len = NMETRICS;
	c->builtin = true;
	/* every metric's aliases, each list ended by NULL as loaded ones are */
	const char **aliases = db_arena_alloc(&c->arena, (NALIASES + NMETRICS) * sizeof *aliases);
	db_pattern *patterns = NPATTERNS ? db_arena_alloc(&c->arena, NPATTERNS * sizeof *patterns)
					 : NULL;
	for (size_t i = 0; i < NMETRICS; i++) {
		const builtin_metric *b = &catalog_metrics[i];
		db_metric *m = &c->items[i];
		*m = (db_metric){ str(b->id), str(b->name), str(b->name_en), str(b->group),
				  str(b->unit), str(b->added_unit), b->stock, b->lower_is_better,
				  aliases, b->naliases, b->npatterns ? patterns + b->first_pattern : NULL,
				  b->npatterns };
		for (size_t k = 0; k < b->naliases; k++)
			*aliases++ = str(catalog_aliases[b->first_alias + k]);
		*aliases++ = NULL;
		for (size_t k = 0; k < b->npatterns; k++) {
			const builtin_pattern *p = &catalog_patterns[b->first_pattern + k];
			m->patterns[k] = (db_pattern){ str(p->text), DB_CATALOG_BUILTIN, p->line };
		}
	}
	return 0;
}

int db_catalog_load(db_catalog *c, const char *path, db_diag *d)
{
	if (!path)
		return db_catalog_load_default(c, d);
	db_buf b = DB_BUF_INIT;
	if (db_buf_read_file(&b, path) < 0) {
		int err = errno;
		db_buf_release(&b);
		memset(c, 0, sizeof *c);
		return db_error(d, path, 0, 0, "cannot read: %s", strerror(err));
	}
	int rc = db_catalog_load_json(c, db_buf_cstr(&b), b.len, path, d);
	db_buf_release(&b);
	return rc;
}
