/* catalog.c - load and validate the metric catalog (format in catalog.h).
 * The default catalog is extract/catalog.json, compiled as tables when the
 * program is built (extract/builtin_catalog.c). */
#include "core/catalog.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/json.h"
#include "core/text.h"

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

/* Where a metric's entry came from, for its messages and its patterns'
 * lines: the file, its text, and the entry's index in that file. */
typedef struct {
	const char *file;
	const char *text;
	size_t len;
	size_t i;
} origin;

/* A member that, when present, is an array of non-empty strings. */
static int check_strings(const db_json *arr, const char *key, const char *id, const origin *o,
			 db_diag *d)
{
	if (db_json_is_null(arr))
		return 0;
	if (!db_json_is_array(arr))
		return db_error(d, o->file, 0, 0, "metrics[%zu] (%s): \"%s\" must be an array", o->i,
				id, key);
	for (size_t k = 0; k < db_json_len(arr); k++) {
		const char *s = db_json_str(db_json_at(arr, k));
		if (!s || !*s)
			return db_error(d, o->file, 0, 0,
					"metrics[%zu] (%s): %s[%zu] must be a non-empty string", o->i,
					id, key, k);
	}
	return 0;
}

/* The line of the file where the JSON string of s stands, when it stands
 * there once (written with escapes of its own, or twice, it is not found:
 * 0). */
static int string_line(const origin *o, const char *s)
{
	db_buf q = DB_BUF_INIT;
	size_t at = o->len, hits = 0;

	db_json_quote(&q, s);
	for (size_t k = 0; q.len && k + q.len <= o->len; k++)
		if (o->text[k] == '"' && !memcmp(o->text + k, q.data, q.len) && hits++ == 0)
			at = k;
	db_buf_release(&q);
	if (hits != 1)
		return 0;
	int line = 1;
	for (size_t k = 0; k < at; k++)
		line += o->text[k] == '\n';
	return line;
}

/* Append the strings of arr to the metric's aliases (and, with pats, its
 * patterns). */
static void add_strings(db_catalog *c, db_metric *m, const db_json *arr, bool pats,
			const origin *o)
{
	size_t n = db_json_len(arr), have = pats ? m->npatterns : m->naliases;
	if (!n)
		return;
	if (pats) {
		db_pattern *p = db_arena_alloc(&c->arena, (have + n) * sizeof *p);
		if (have)
			memcpy(p, m->patterns, have * sizeof *p);
		for (size_t k = 0; k < n; k++) {
			const char *s = db_json_str(db_json_at(arr, k));
			p[have + k] = (db_pattern){ db_arena_strdup(&c->arena, s),
						    db_arena_strdup(&c->arena, o->file),
						    string_line(o, s) };
		}
		m->patterns = p;
		m->npatterns = have + n;
		return;
	}
	const char **a = db_arena_alloc(&c->arena, (have + n + 1) * sizeof *a);
	if (have)
		memcpy(a, m->aliases, have * sizeof *a);
	for (size_t k = 0; k < n; k++)
		a[have + k] = db_arena_strdup(&c->arena, db_json_str(db_json_at(arr, k)));
	a[have + n] = NULL;
	m->aliases = a;
	m->naliases = have + n;
}

/* Load entry m of file o into c->items[i] (the slot after every metric
 * loaded so far). */
static int load_metric(db_catalog *c, const db_json *m, size_t i, const origin *o, db_diag *d)
{
	db_metric *out = &c->items[i];
	const char *id, *name, *name_en, *group, *unit, *added, *kind, *better;
	const char *file = o->file;
	size_t fi = o->i;
	if (!db_json_is_object(m))
		return db_error(d, file, 0, 0, "metrics[%zu]: not an object", fi);
	if (get_string(m, "id", false, &id, fi, file, d) < 0)
		return -1;
	if (!valid_id(id))
		return db_error(d, file, 0, 0, "metrics[%zu]: bad id \"%s\" (want [a-z0-9_]+)", fi, id);
	for (size_t k = 0; k < i; k++)
		if (strcmp(c->items[k].id, id) == 0)
			return db_error(d, file, 0, 0, "metrics[%zu]: duplicate id \"%s\"", fi, id);
	if (get_string(m, "name", false, &name, fi, file, d) < 0 ||
	    get_string(m, "name_en", true, &name_en, fi, file, d) < 0 ||
	    get_string(m, "group", true, &group, fi, file, d) < 0 ||
	    get_string(m, "unit", false, &unit, fi, file, d) < 0 ||
	    get_string(m, "added_unit", true, &added, fi, file, d) < 0 ||
	    get_string(m, "kind", false, &kind, fi, file, d) < 0 ||
	    get_string(m, "better", false, &better, fi, file, d) < 0)
		return -1;
	if (strcmp(kind, "flow") != 0 && strcmp(kind, "stock") != 0)
		return db_error(d, file, 0, 0, "metrics[%zu] (%s): bad kind \"%s\" (want flow or stock)",
				fi, id, kind);
	if (strcmp(better, "higher") != 0 && strcmp(better, "lower") != 0)
		return db_error(d, file, 0, 0,
				"metrics[%zu] (%s): bad better \"%s\" (want higher or lower)", fi, id,
				better);
	const db_json *al = db_json_get(m, "aliases"), *pat = db_json_get(m, "patterns");
	if (check_strings(al, "aliases", id, o, d) < 0 ||
	    check_strings(pat, "patterns", id, o, d) < 0)
		return -1;
	db_arena *a = &c->arena;
	out->id = db_arena_strdup(a, id);
	out->name = db_arena_strdup(a, name);
	out->name_en = db_arena_strdup(a, name_en);
	out->group = db_arena_strdup(a, group);
	out->unit = db_arena_strdup(a, unit);
	out->added_unit = added ? db_arena_strdup(a, added) : out->unit;
	out->stock = strcmp(kind, "stock") == 0;
	out->lower_is_better = strcmp(better, "lower") == 0;
	out->aliases = db_arena_alloc(a, sizeof *out->aliases);
	out->aliases[0] = NULL;
	add_strings(c, out, al, false, o);
	add_strings(c, out, pat, true, o);
	return 0;
}

/* The metrics array of a duibiao.catalog/1 document, or NULL (d filled). */
static const db_json *catalog_metrics(const db_json *root, const char *file, db_diag *d)
{
	const char *schema = db_json_get_str(root, "schema");
	const db_json *metrics = db_json_get(root, "metrics");
	if (!db_json_is_object(root))
		db_error(d, file, 0, 0, "catalog is not a JSON object");
	else if (!schema || strcmp(schema, "duibiao.catalog/1") != 0)
		db_error(d, file, 0, 0, "not a duibiao.catalog/1 document (schema \"%s\")",
			 schema ? schema : "");
	else if (!db_json_is_array(metrics))
		db_error(d, file, 0, 0, "\"metrics\" must be an array");
	else
		return metrics;
	return NULL;
}

int db_catalog_load_json(db_catalog *c, const char *text, size_t len, const char *file,
			 db_diag *d)
{
	memset(c, 0, sizeof *c);
	db_json *root = db_json_parse(text, len, file, d);
	if (!root)
		return -1;
	int rc = -1;
	const db_json *metrics = catalog_metrics(root, file, d);
	if (metrics) {
		c->len = db_json_len(metrics);
		c->items = db_xcalloc(c->len, sizeof *c->items);
		rc = 0;
		for (size_t i = 0; i < c->len && rc == 0; i++) {
			origin o = { file, text, len, i };
			rc = load_metric(c, db_json_at(metrics, i), i, &o, d);
		}
	}
	db_json_free(root);
	if (rc < 0)
		db_catalog_release(c);
	return rc;
}

/* An extra entry: a new metric, or aliases and patterns for one c has. */
static int merge_entry(db_catalog *c, const db_json *m, const origin *o, db_diag *d)
{
	const char *id = db_json_get_str(m, "id");
	size_t k = db_catalog_index(c, id);
	c->builtin = false;
	if (k == c->len) {
		c->items = db_xrealloc(c->items, (c->len + 1) * sizeof *c->items);
		memset(&c->items[c->len], 0, sizeof *c->items);
		if (load_metric(c, m, c->len, o, d) < 0)
			return -1;
		c->len++;
		return 0;
	}
	for (size_t j = 0; j < db_json_len(m); j++) {
		const char *key = db_json_key(db_json_at(m, j));
		if (strcmp(key, "id") && strcmp(key, "aliases") && strcmp(key, "patterns"))
			return db_error(d, o->file, 0, 0,
					"metrics[%zu] (%s): the catalog has this metric already; an "
					"entry for it may add only \"aliases\" and \"patterns\", not "
					"\"%s\"",
					o->i, id, key);
	}
	const db_json *al = db_json_get(m, "aliases"), *pat = db_json_get(m, "patterns");
	if (check_strings(al, "aliases", id, o, d) < 0 ||
	    check_strings(pat, "patterns", id, o, d) < 0)
		return -1;
	add_strings(c, &c->items[k], al, false, o);
	add_strings(c, &c->items[k], pat, true, o);
	return 0;
}

int db_catalog_merge(db_catalog *c, const char *path, db_diag *d)
{
	db_buf b = DB_BUF_INIT;
	if (db_buf_read_file(&b, path) < 0) {
		int err = errno;
		db_buf_release(&b);
		return db_error(d, path, 0, 0, "cannot read: %s", strerror(err));
	}
	int rc = -1;
	db_json *root = db_json_parse(db_buf_cstr(&b), b.len, path, d);
	const db_json *metrics = root ? catalog_metrics(root, path, d) : NULL;
	if (metrics) {
		rc = 0;
		for (size_t i = 0; i < db_json_len(metrics) && rc == 0; i++) {
			origin o = { path, db_buf_cstr(&b), b.len, i };
			rc = merge_entry(c, db_json_at(metrics, i), &o, d);
		}
	}
	db_json_free(root);
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
		size_t dist = db_edit_distance(word, c->items[i].id);
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
