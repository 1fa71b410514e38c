/* catalog.c - load and validate the metric catalog (format in catalog.h).
 * The default catalog is extract/catalog.json, embedded at build time. */
#include "core/catalog.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/json.h"

extern const unsigned char db_catalog_json[];
extern const unsigned long db_catalog_json_len;

static bool valid_id(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return false;
	return true;
}

/* A required (or, with opt, optional) non-empty string member. */
static int get_string(const db_json *m, const char *key, bool opt, const char **out,
		      size_t i, const char *file, db_diag *d)
{
	const db_json *v = db_json_get(m, key);
	*out = NULL;
	if (db_json_is_null(v)) {
		if (opt)
			return 0;
		return db_error(d, file, 0, 0, "metrics[%zu]: missing \"%s\"", i, key);
	}
	if (!db_json_is_string(v) || !*db_json_str(v))
		return db_error(d, file, 0, 0, "metrics[%zu]: \"%s\" must be a non-empty string",
				i, key);
	*out = db_json_str(v);
	return 0;
}

static int load_metric(db_catalog *c, const db_json *m, size_t i, const char *file, db_diag *d)
{
	db_metric *out = &c->items[i];
	const char *id, *name, *name_en, *group, *unit, *added, *kind, *better;
	if (!db_json_is_object(m))
		return db_error(d, file, 0, 0, "metrics[%zu]: not an object", i);
	if (get_string(m, "id", false, &id, i, file, d) < 0)
		return -1;
	if (!valid_id(id))
		return db_error(d, file, 0, 0, "metrics[%zu]: bad id \"%s\" (want [a-z0-9_]+)", i, id);
	for (size_t k = 0; k < i; k++)
		if (strcmp(c->items[k].id, id) == 0)
			return db_error(d, file, 0, 0, "metrics[%zu]: duplicate id \"%s\"", i, id);
	if (get_string(m, "name", false, &name, i, file, d) < 0 ||
	    get_string(m, "name_en", true, &name_en, i, file, d) < 0 ||
	    get_string(m, "group", true, &group, i, file, d) < 0 ||
	    get_string(m, "unit", false, &unit, i, file, d) < 0 ||
	    get_string(m, "added_unit", true, &added, i, file, d) < 0 ||
	    get_string(m, "kind", false, &kind, i, file, d) < 0 ||
	    get_string(m, "better", false, &better, i, file, d) < 0)
		return -1;
	if (strcmp(kind, "flow") != 0 && strcmp(kind, "stock") != 0)
		return db_error(d, file, 0, 0, "metrics[%zu] (%s): bad kind \"%s\" (want flow or stock)",
				i, id, kind);
	if (strcmp(better, "higher") != 0 && strcmp(better, "lower") != 0)
		return db_error(d, file, 0, 0,
				"metrics[%zu] (%s): bad better \"%s\" (want higher or lower)", i, id,
				better);
	const db_json *al = db_json_get(m, "aliases");
	if (!db_json_is_null(al) && !db_json_is_array(al))
		return db_error(d, file, 0, 0, "metrics[%zu] (%s): \"aliases\" must be an array", i, id);
	db_arena *a = &c->arena;
	out->id = db_arena_strdup(a, id);
	out->name = db_arena_strdup(a, name);
	out->name_en = db_arena_strdup(a, name_en);
	out->group = db_arena_strdup(a, group);
	out->unit = db_arena_strdup(a, unit);
	out->added_unit = added ? db_arena_strdup(a, added) : out->unit;
	out->stock = strcmp(kind, "stock") == 0;
	out->lower_is_better = strcmp(better, "lower") == 0;
	out->naliases = db_json_len(al);
	out->aliases = db_arena_alloc(a, (out->naliases + 1) * sizeof *out->aliases);
	for (size_t k = 0; k < out->naliases; k++) {
		const char *s = db_json_str(db_json_at(al, k));
		if (!s || !*s)
			return db_error(d, file, 0, 0,
					"metrics[%zu] (%s): aliases[%zu] must be a non-empty string",
					i, id, k);
		out->aliases[k] = db_arena_strdup(a, s);
	}
	return 0;
}

int db_catalog_load_json(db_catalog *c, const char *text, size_t len, const char *file,
			 db_diag *d)
{
	memset(c, 0, sizeof *c);
	db_json *root = db_json_parse(text, len, file, d);
	if (!root)
		return -1;
	int rc = -1;
	const char *schema = db_json_get_str(root, "schema");
	const db_json *metrics = db_json_get(root, "metrics");
	if (!db_json_is_object(root)) {
		db_error(d, file, 0, 0, "catalog is not a JSON object");
	} else if (!schema || strcmp(schema, "duibiao.catalog/1") != 0) {
		db_error(d, file, 0, 0, "not a duibiao.catalog/1 document (schema \"%s\")",
			 schema ? schema : "");
	} else if (!db_json_is_array(metrics)) {
		db_error(d, file, 0, 0, "\"metrics\" must be an array");
	} else {
		c->len = db_json_len(metrics);
		c->items = db_xcalloc(c->len, sizeof *c->items);
		rc = 0;
		for (size_t i = 0; i < c->len && rc == 0; i++)
			rc = load_metric(c, db_json_at(metrics, i), i, file, d);
	}
	db_json_free(root);
	if (rc < 0)
		db_catalog_release(c);
	return rc;
}

int db_catalog_load_default(db_catalog *c, db_diag *d)
{
	return db_catalog_load_json(c, (const char *)db_catalog_json, (size_t)db_catalog_json_len,
				    "(built-in catalog)", d);
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

void db_catalog_release(db_catalog *c)
{
	db_arena_release(&c->arena);
	free(c->items);
	memset(c, 0, sizeof *c);
}

size_t db_catalog_index(const db_catalog *c, const char *id)
{
	if (id)
		for (size_t i = 0; i < c->len; i++)
			if (strcmp(c->items[i].id, id) == 0)
				return i;
	return c->len;
}

const db_metric *db_catalog_find(const db_catalog *c, const char *id)
{
	size_t i = db_catalog_index(c, id);
	return i < c->len ? &c->items[i] : NULL;
}

const char *db_catalog_resolve(const db_catalog *c, const char *word)
{
	const db_metric *m = db_catalog_find(c, word);

	if (m)
		return m->id;
	for (size_t i = 0; i < c->len; i++) {
		m = &c->items[i];
		if (m->name && !strcmp(m->name, word))
			return m->id;
		for (size_t k = 0; k < m->naliases; k++)
			if (!strcmp(m->aliases[k], word))
				return m->id;
	}
	return NULL;
}

static int lower(int ch)
{
	return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
}

/* Levenshtein distance of a and b, case ignored, capped at 64 bytes each
 * (ids are short; a longer word is no misspelling of one). */
static size_t edit_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b), row[65];

	if (n > 64 || m > 64)
		return 99;
	for (size_t j = 0; j <= m; j++)
		row[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t up = row[j], best = diag + (lower(a[i - 1]) != lower(b[j - 1]));
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[m];
}

/* The metric one of whose names holds word or is held by it, the longest
 * such name winning (零售总额 → 社会消费品零售总额). */
static const char *by_name_part(const db_catalog *c, const char *word)
{
	const char *best = NULL;
	size_t best_len = 0, wlen = strlen(word);

	if (wlen < 6) /* two Chinese characters at least */
		return NULL;
	for (size_t i = 0; i < c->len; i++) {
		const db_metric *m = &c->items[i];
		for (size_t k = 0; k <= m->naliases; k++) {
			const char *name = k < m->naliases ? m->aliases[k] : m->name;
			size_t n = name ? strlen(name) : 0;
			if (n >= 6 && n > best_len && (strstr(name, word) || strstr(word, name))) {
				best = m->id;
				best_len = n;
			}
		}
	}
	return best;
}

const char *db_catalog_suggest(const db_catalog *c, const char *word)
{
	const char *best = NULL;
	size_t best_d = strlen(word) / 3 + 2;   /* under it: gpd → gdp, not rd → cpi */

	if (best_d > 3)
		best_d = 3;
	for (size_t i = 0; i < c->len; i++) {
		size_t dist = edit_distance(word, c->items[i].id);
		if (dist < best_d) {
			best = c->items[i].id;
			best_d = dist;
		}
	}
	return best ? best : by_name_part(c, word);
}

const char *db_metric_unit(const db_metric *m, db_measure measure)
{
	switch (measure) {
	case DB_MEASURE_GROWTH:
	case DB_MEASURE_SHARE:
		return "%";
	case DB_MEASURE_CHANGE_PP:
	case DB_MEASURE_GAP_PP:
		return "百分点";
	case DB_MEASURE_ADDED:
		return !m ? NULL : m->added_unit ? m->added_unit : m->unit;
	case DB_MEASURE_LEVEL:
	default:
		return m ? m->unit : NULL;
	}
}
