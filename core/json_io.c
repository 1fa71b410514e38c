/* json_io.c - records, tables and manifests to and from JSON.
 *
 * Layout written (DESIGN.md, Records and Tables): the top level is pretty
 * (two-space indent) and every record, row, conflict and correction sits on
 * ONE compact line, so diffs are per item. Key order is fixed:
 *
 *   records document: schema, document{file, sha256, entity, level, province,
 *     (kind), date, encoding, (format), (title), (publisher)}, records[]
 *   record: entity, level, metric, label, measure, value, (max), unit, raw,
 *     qualifier, period, (basis), (of), (vs), (note), status, ranks, source
 *   rank: position | tier | masked, (qualifier), scope
 *   source: line, column, offset, (page), text
 *   tables document: schema, tables[]
 *   table: key, metric, name, (name_en), measure, basis, (of), (vs), (note),
 *     period, status, unit, better, flags, stats{count, mean, median, min,
 *     max}, rows[], conflicts[], corrections[]
 *   row: entity, level, value, (max), qualifier, (raw), rank, (reason),
 *     (corrected), stated_ranks, sources[{file, line, (page), (date), (title),
 *     (publisher), text}]
 *   conflict: entity, kept, dropped, policy, kept_source, dropped_source
 *   correction: file, line, entity, action, value, note
 *
 * Fields in parentheses are omitted when null (max only for ranges, basis
 * only for growth/change_pp where it defaults to "yoy", of only for share,
 * vs only for gap_pp, page only for paged inputs, corrected only when true);
 * every other field is always written, null when unknown. value and period
 * are always present. Readers accept any order and ignore unknown keys. */
#include "core/json_io.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/json.h"
#include "core/text.h"

#define RECORDS_SCHEMA "duibiao.records/1"
#define TABLES_SCHEMA "duibiao.tables/1"

/* ---- writing ----------------------------------------------------------- */

static void write_period(db_jw *w, const char *key, bool has, const db_period *p)
{
	char tok[DB_PERIOD_TOKEN_MAX];
	if (has)
		db_jw_kstring(w, key, db_period_format(p, tok));
	else
		db_jw_knull(w, key);
}

static void write_value(db_jw *w, const char *key, bool has, double v)
{
	if (has)
		db_jw_knumber(w, key, v);
	else
		db_jw_knull(w, key);
}

static void write_ranks(db_jw *w, const char *key, const db_rank *r, size_t n)
{
	db_jw_key(w, key);
	db_jw_begin_array(w);
	for (size_t i = 0; i < n; i++) {
		db_jw_begin_object(w);
		if (r[i].masked)
			db_jw_kbool(w, "masked", true);
		else if (r[i].tier)
			db_jw_kstring(w, "tier", r[i].tier);
		else
			db_jw_kint(w, "position", r[i].position);
		if (r[i].qualifier != DB_QUAL_EXACT)
			db_jw_kstring(w, "qualifier", db_qualifier_name(r[i].qualifier));
		db_jw_kstring(w, "scope", r[i].scope);
		db_jw_end_object(w);
	}
	db_jw_end_array(w);
}

static bool has_basis(db_measure m)
{
	return m == DB_MEASURE_GROWTH || m == DB_MEASURE_CHANGE_PP;
}

static void write_record(db_jw *w, const db_record *r)
{
	db_jw_begin_object(w);
	w->pretty = false;
	db_jw_kstring(w, "entity", r->entity);
	db_jw_kstring(w, "level", r->level);
	db_jw_kstring(w, "metric", r->metric);
	db_jw_kstring(w, "label", r->label);
	db_jw_kstring(w, "measure", db_measure_name(r->measure));
	write_value(w, "value", r->has_value, r->value);
	if (r->has_max)
		db_jw_knumber(w, "max", r->max);
	db_jw_kstring(w, "unit", r->unit);
	db_jw_kstring(w, "raw", r->raw);
	db_jw_kstring(w, "qualifier", db_qualifier_name(r->qualifier));
	write_period(w, "period", r->has_period, &r->period);
	if (r->basis || has_basis(r->measure))
		db_jw_kstring(w, "basis", r->basis ? r->basis : "yoy");
	if (r->of)
		db_jw_kstring(w, "of", r->of);
	if (r->vs)
		db_jw_kstring(w, "vs", r->vs);
	if (r->note)
		db_jw_kstring(w, "note", r->note);
	db_jw_kstring(w, "status", db_status_name(r->status));
	write_ranks(w, "ranks", r->ranks, r->nranks);
	db_jw_key(w, "source");
	db_jw_begin_object(w);
	db_jw_kint(w, "line", r->source.line);
	db_jw_kint(w, "column", r->source.column);
	db_jw_kint(w, "offset", (long long)r->source.offset);
	if (r->source.page > 0)
		db_jw_kint(w, "page", r->source.page);
	db_jw_kstring(w, "text", r->source.text);
	db_jw_end_object(w);
	db_jw_end_object(w);
	w->pretty = true;
}

void db_records_json_begin(const db_records *rs, db_jw *w, db_buf *out)
{
	const db_document *doc = &rs->doc;
	char date[11];
	db_jw_init(w, out, true);
	db_jw_begin_object(w);
	db_jw_kstring(w, "schema", RECORDS_SCHEMA);
	db_jw_key(w, "document");
	db_jw_begin_object(w);
	db_jw_kstring(w, "file", doc->file);
	db_jw_kstring(w, "sha256", doc->sha256[0] ? doc->sha256 : NULL);
	db_jw_kstring(w, "entity", doc->entity);
	db_jw_kstring(w, "level", doc->level);
	db_jw_kstring(w, "province", doc->province);
	if (doc->kind)
		db_jw_kstring(w, "kind", doc->kind);
	db_jw_kstring(w, "date", doc->has_date ? db_date_format(&doc->date, date) : NULL);
	db_jw_kstring(w, "encoding", doc->encoding);
	if (doc->format)
		db_jw_kstring(w, "format", doc->format);
	if (doc->title)
		db_jw_kstring(w, "title", doc->title);
	if (doc->publisher)
		db_jw_kstring(w, "publisher", doc->publisher);
	db_jw_end_object(w);
	db_jw_key(w, "records");
	db_jw_begin_array(w);
}

void db_records_json_records(const db_records *rs, size_t first, db_jw *w)
{
	for (size_t i = first; i < rs->len; i++)
		write_record(w, &rs->items[i]);
}

/* The array a document's items are in, and the document, closed. */
static void end_listing(db_jw *w)
{
	db_jw_end_array(w);
	db_jw_end_object(w);
	db_buf_putc(w->out, '\n');
}

void db_records_json_end(db_jw *w)
{
	end_listing(w);
}

void db_records_write_json(const db_records *rs, db_buf *out)
{
	db_jw w;
	db_records_json_begin(rs, &w, out);
	db_records_json_records(rs, 0, &w);
	db_records_json_end(&w);
}

static void write_row_source(db_jw *w, const db_row_source *s)
{
	db_jw_begin_object(w);
	db_jw_kstring(w, "file", s->file);
	db_jw_kint(w, "line", s->line);
	if (s->page > 0)
		db_jw_kint(w, "page", s->page);
	if (s->date)
		db_jw_kstring(w, "date", s->date);
	if (s->title)
		db_jw_kstring(w, "title", s->title);
	if (s->publisher)
		db_jw_kstring(w, "publisher", s->publisher);
	db_jw_kstring(w, "text", s->text);
	db_jw_end_object(w);
}

/* ---- rows: one compact line each, written straight to the buffer -------
 *
 * Rows are most of a tables document (hundreds of MB for a national run).
 * Inside a row nothing is pretty, so keys are literals with their comma and
 * colon: no key is escaped and no separator decided per member. The bytes
 * are those db_jw writes (the golden tests compare them). */

#define LIT(b, s) db_buf_add((b), (s), sizeof(s) - 1)

static void put_str(db_buf *b, const char *s)
{
	if (s)
		db_json_quote(b, s);
	else
		LIT(b, "null");
}

static void put_int(db_buf *b, long long v)
{
	char tmp[24], *end = tmp + sizeof tmp, *p = end;
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	db_buf_add(b, p, (size_t)(end - p));
}

/* A number as db_jw writes it (shortest round trip): after_key tells the
 * writer its separator is already out. */
static void put_num(db_jw *w, double v)
{
	w->after_key = true;
	db_jw_number(w, v);
}

static void put_ranks(db_buf *b, const db_rank *r, size_t n)
{
	db_buf_putc(b, '[');
	for (size_t i = 0; i < n; i++) {
		if (i)
			db_buf_putc(b, ',');
		if (r[i].masked) {
			LIT(b, "{\"masked\":true");
		} else if (r[i].tier) {
			LIT(b, "{\"tier\":");
			db_json_quote(b, r[i].tier);
		} else {
			LIT(b, "{\"position\":");
			put_int(b, r[i].position);
		}
		if (r[i].qualifier != DB_QUAL_EXACT) {
			LIT(b, ",\"qualifier\":");
			put_str(b, db_qualifier_name(r[i].qualifier));
		}
		LIT(b, ",\"scope\":");
		put_str(b, r[i].scope);
		db_buf_putc(b, '}');
	}
	db_buf_putc(b, ']');
}

static void put_row_source(db_buf *b, const db_row_source *s)
{
	LIT(b, "{\"file\":");
	put_str(b, s->file);
	LIT(b, ",\"line\":");
	put_int(b, s->line);
	if (s->page > 0) {
		LIT(b, ",\"page\":");
		put_int(b, s->page);
	}
	if (s->date) {
		LIT(b, ",\"date\":");
		db_json_quote(b, s->date);
	}
	if (s->title) {
		LIT(b, ",\"title\":");
		db_json_quote(b, s->title);
	}
	if (s->publisher) {
		LIT(b, ",\"publisher\":");
		db_json_quote(b, s->publisher);
	}
	LIT(b, ",\"text\":");
	put_str(b, s->text);
	db_buf_putc(b, '}');
}

static void write_row(db_jw *w, const db_row *r)
{
	db_buf *b = w->out;

	db_jw_begin_object(w);   /* the separator and indent before the row */
	LIT(b, "\"entity\":");
	put_str(b, r->entity);
	LIT(b, ",\"level\":");
	put_str(b, r->level);
	LIT(b, ",\"value\":");
	if (r->has_value)
		put_num(w, r->value);
	else
		LIT(b, "null");
	if (r->has_max) {
		LIT(b, ",\"max\":");
		put_num(w, r->max);
	}
	LIT(b, ",\"qualifier\":");
	put_str(b, db_qualifier_name(r->qualifier));
	if (r->raw) {
		LIT(b, ",\"raw\":");
		db_json_quote(b, r->raw);
	}
	LIT(b, ",\"rank\":");
	if (r->rank > 0)
		put_int(b, r->rank);
	else
		LIT(b, "null");
	if (r->reason) {
		LIT(b, ",\"reason\":");
		db_json_quote(b, r->reason);
	}
	if (r->corrected)
		LIT(b, ",\"corrected\":true");
	LIT(b, ",\"stated_ranks\":");
	put_ranks(b, r->stated_ranks, r->nstated);
	LIT(b, ",\"sources\":[");
	for (size_t i = 0; i < r->nsources; i++) {
		if (i)
			db_buf_putc(b, ',');
		put_row_source(b, &r->sources[i]);
	}
	db_buf_putc(b, ']');
	w->pretty = false;       /* close on the same line */
	db_jw_end_object(w);
	w->pretty = true;
}

static void write_conflict(db_jw *w, const db_conflict *c)
{
	db_jw_begin_object(w);
	w->pretty = false;
	db_jw_kstring(w, "entity", c->entity);
	write_value(w, "kept", !c->kept_null, c->kept);
	write_value(w, "dropped", !c->dropped_null, c->dropped);
	db_jw_kstring(w, "policy", c->policy);
	db_jw_key(w, "kept_source");
	write_row_source(w, &c->kept_source);
	db_jw_key(w, "dropped_source");
	write_row_source(w, &c->dropped_source);
	db_jw_end_object(w);
	w->pretty = true;
}

static void write_correction(db_jw *w, const db_correction *c)
{
	db_jw_begin_object(w);
	w->pretty = false;
	db_jw_kstring(w, "file", c->file);
	db_jw_kint(w, "line", c->line);
	db_jw_kstring(w, "entity", c->entity);
	db_jw_kstring(w, "action", c->action);
	write_value(w, "value", c->has_value, c->value);
	db_jw_kstring(w, "note", c->note);
	db_jw_end_object(w);
	w->pretty = true;
}

static void write_stats(db_jw *w, const db_stats *s)
{
	bool any = s->count > 0;
	db_jw_key(w, "stats");
	w->pretty = false;
	db_jw_begin_object(w);
	db_jw_kint(w, "count", (long long)s->count);
	write_value(w, "mean", any, s->mean);
	write_value(w, "median", any, s->median);
	write_value(w, "min", any, s->min);
	write_value(w, "max", any, s->max);
	db_jw_end_object(w);
	w->pretty = true;
}

static void write_table(db_jw *w, const db_table *t)
{
	db_jw_begin_object(w);
	db_jw_kstring(w, "key", t->key);
	db_jw_kstring(w, "metric", t->metric);
	db_jw_kstring(w, "name", t->name);
	if (t->name_en)
		db_jw_kstring(w, "name_en", t->name_en);
	db_jw_kstring(w, "measure", db_measure_name(t->measure));
	db_jw_kstring(w, "basis", t->basis);
	if (t->of)
		db_jw_kstring(w, "of", t->of);
	if (t->vs)
		db_jw_kstring(w, "vs", t->vs);
	if (t->note)
		db_jw_kstring(w, "note", t->note);
	write_period(w, "period", t->has_period, &t->period);
	db_jw_kstring(w, "status", db_status_name(t->status));
	db_jw_kstring(w, "unit", t->unit);
	db_jw_kstring(w, "better", t->better);
	db_jw_key(w, "flags");
	w->pretty = false;
	db_jw_begin_array(w);
	for (size_t i = 0; i < t->nflags; i++)
		db_jw_string(w, t->flags[i]);
	db_jw_end_array(w);
	w->pretty = true;
	write_stats(w, &t->stats);
	db_jw_key(w, "rows");
	db_jw_begin_array(w);
	for (size_t i = 0; i < t->nrows; i++)
		write_row(w, &t->rows[i]);
	db_jw_end_array(w);
	db_jw_key(w, "conflicts");
	db_jw_begin_array(w);
	for (size_t i = 0; i < t->nconflicts; i++)
		write_conflict(w, &t->conflicts[i]);
	db_jw_end_array(w);
	db_jw_key(w, "corrections");
	db_jw_begin_array(w);
	for (size_t i = 0; i < t->ncorrections; i++)
		write_correction(w, &t->corrections[i]);
	db_jw_end_array(w);
	db_jw_end_object(w);
}

void db_tables_write_begin(db_jw *w, db_buf *out)
{
	db_jw_init(w, out, true);
	db_jw_begin_object(w);
	db_jw_kstring(w, "schema", TABLES_SCHEMA);
	db_jw_key(w, "tables");
	db_jw_begin_array(w);
}

void db_tables_write_one(db_jw *w, const db_table *t)
{
	write_table(w, t);
}

void db_tables_write_end(db_jw *w)
{
	end_listing(w);
}

void db_tableset_write_json(const db_tableset *ts, db_buf *out)
{
	db_jw w;
	db_tables_write_begin(&w, out);
	for (size_t i = 0; i < ts->len; i++)
		db_tables_write_one(&w, &ts->items[i]);
	db_tables_write_end(&w);
}

/* ---- reading ----------------------------------------------------------- */

/* Where we are, for messages: "records[3].ranks[0]" — kept as steps and
 * written out only when there is a message (reading is hot). */
typedef struct {
	const char *name;
	bool indexed;
	size_t i;
} step;

typedef struct {
	const char *file;
	db_diag *d;
	db_arena *arena;
	bool borrow;          /* the tree's strings already live in arena */
	step path[8];
	size_t depth;
} rd;

/* what is translated here (xgettext's keyword bad:3), so callers write
 * plain English. */
static int bad(rd *r, const char *key, const char *what)
{
	char where[256] = "";
	size_t n = 0;

	for (size_t k = 0; k < r->depth && k < 8 && n < sizeof where; k++) {
		const step *s = &r->path[k];
		const char *dot = k ? "." : "";
		int w = s->indexed ? snprintf(where + n, sizeof where - n, "%s%s[%zu]", dot, s->name, s->i)
				   : snprintf(where + n, sizeof where - n, "%s%s", dot, s->name);
		n += w > 0 ? (size_t)w : 0;
	}
	if (key)
		return db_error(r->d, r->file, 0, 0, "%s%s\"%s\": %s", where,
				where[0] ? ": " : "", key, _(what));
	return db_error(r->d, r->file, 0, 0, "%s%s%s", where, where[0] ? ": " : "", _(what));
}

/* A word quoted in a message: its first 100 bytes at most, cut between
 * characters, and "…" when it goes on. */
static int quoted(const char *w)
{
	return (int)db_utf8_prefix(w, strlen(w), 100);
}

static const char *more(const char *w)
{
	return w[quoted(w)] ? "…" : "";
}

static int str_val(rd *r, const db_json *v, const char *key, bool required, const char **out)
{
	*out = NULL;
	if (db_json_is_null(v))
		return required ? bad(r, key, "missing") : 0;
	if (!db_json_is_string(v))
		return bad(r, key, "must be a string");
	*out = r->borrow ? db_json_str(v) : db_arena_strdup(r->arena, db_json_str(v));
	return 0;
}

static int num_val(rd *r, const db_json *v, const char *key, bool *has, double *out)
{
	*has = false;
	*out = 0;
	if (db_json_is_null(v))
		return 0;
	if (!db_json_is_number(v) || !isfinite(db_json_num(v, 0)))
		return bad(r, key, "must be a number or null");
	*has = true;
	*out = db_json_num(v, 0);
	return 0;
}

static int int_val(rd *r, const db_json *v, const char *key, long long min, long long max,
		   long long *out)
{
	*out = 0;
	if (db_json_is_null(v))
		return 0;
	double x = db_json_num(v, NAN);
	if (!db_json_is_number(v) || x != floor(x) || x < (double)min || x > (double)max)
		return bad(r, key, "must be a whole number in range");
	*out = (long long)x;
	return 0;
}

static int enum_val(rd *r, const db_json *v, const char *key,
		    int (*parse)(const char *, int *), int dflt, int *out)
{
	*out = dflt;
	if (db_json_is_null(v))
		return 0;
	if (!db_json_is_string(v) || parse(db_json_str(v), out) < 0) {
		const char *w = db_json_str(v) ? db_json_str(v) : "(not a string)";
		char msg[160];
		snprintf(msg, sizeof msg, _("unknown word \"%.*s%s\""), quoted(w), w, more(w));
		return bad(r, key, msg);
	}
	return 0;
}

/* Adapters so get_enum can take the typed parsers. */
static int parse_measure(const char *s, int *out)
{
	db_measure m;
	if (db_measure_parse(s, &m) < 0)
		return -1;
	*out = (int)m;
	return 0;
}

static int parse_qualifier(const char *s, int *out)
{
	db_qualifier q;
	if (db_qualifier_parse(s, &q) < 0)
		return -1;
	*out = (int)q;
	return 0;
}

static int parse_status(const char *s, int *out)
{
	db_status st;
	if (db_status_parse(s, &st) < 0)
		return -1;
	*out = (int)st;
	return 0;
}

static int period_val(rd *r, const db_json *v, const char *key, bool *has, db_period *p)
{
	*has = false;
	if (db_json_is_null(v))
		return 0;
	if (!db_json_is_string(v) || db_period_parse(db_json_str(v), p) < 0) {
		const char *w = db_json_str(v) ? db_json_str(v) : "(not a string)";
		char msg[160];
		snprintf(msg, sizeof msg, _("bad period token \"%.*s%s\""), quoted(w), w, more(w));
		return bad(r, key, msg);
	}
	*has = true;
	return 0;
}

/* The same, for member key of o. */
static int get_str(rd *r, const db_json *o, const char *key, bool required, const char **out)
{
	return str_val(r, db_json_get(o, key), key, required, out);
}

static int get_num(rd *r, const db_json *o, const char *key, bool *has, double *out)
{
	return num_val(r, db_json_get(o, key), key, has, out);
}

static int get_int(rd *r, const db_json *o, const char *key, long long min, long long max,
		   long long *out)
{
	return int_val(r, db_json_get(o, key), key, min, max, out);
}

static int get_enum(rd *r, const db_json *o, const char *key, int (*parse)(const char *, int *),
		    int dflt, int *out)
{
	return enum_val(r, db_json_get(o, key), key, parse, dflt, out);
}

static int get_period(rd *r, const db_json *o, const char *key, bool *has, db_period *p)
{
	return period_val(r, db_json_get(o, key), key, has, p);
}

/* The members of o named in names, found in one pass over o (keys are
 * unique: the parser refuses a repeated one): documents list keys in the
 * order written, so the search for each starts after the previous find. */
static void members(const db_json *o, const char *const *names, size_t n, const db_json **out)
{
	size_t next = 0;

	memset(out, 0, n * sizeof *out);
	for (size_t i = 0; i < db_json_len(o); i++) {
		const db_json *m = db_json_at(o, i);
		const char *key = db_json_key(m);
		for (size_t t = 0; t < n; t++) {
			size_t k = next + t < n ? next + t : next + t - n;
			if (!out[k] && !strcmp(key, names[k])) {
				out[k] = m;
				next = k + 1 < n ? k + 1 : 0;
				break;
			}
		}
	}
}

/* Descend into where: "records[3]" → "records[3].ranks[0]" (or
 * "….source" when indexed is false). Returns the depth to cut back to. */
static size_t push_where(rd *r, const char *name, bool indexed, size_t i)
{
	size_t old = r->depth;
	if (r->depth < 8)
		r->path[r->depth] = (step){ name, indexed, i };
	r->depth++;
	return old;
}

static void set_where(rd *r, const char *name, bool indexed, size_t i)
{
	r->depth = 0;
	push_where(r, name, indexed, i);
}

enum { RK_POSITION, RK_TIER, RK_SCOPE, RK_QUALIFIER, RK_MASKED, RK_N };
static const char *const rank_keys[RK_N] = { "position", "tier", "scope", "qualifier", "masked" };

static int ranks_val(rd *r, const db_json *a, const char *key, db_rank **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (db_json_is_null(a))
		return 0;
	if (!db_json_is_array(a))
		return bad(r, key, "must be an array");
	*n = db_json_len(a);
	*out = *n ? db_arena_alloc(r->arena, *n * sizeof **out) : NULL;
	for (size_t i = 0; i < *n; i++) {
		const db_json *e = db_json_at(a, i), *f[RK_N];
		db_rank *k = &(*out)[i];
		size_t old = push_where(r, key, true, i);
		long long pos;
		int q;
		if (!db_json_is_object(e))
			return bad(r, NULL, "must be an object");
		members(e, rank_keys, RK_N, f);
		if (int_val(r, f[RK_POSITION], "position", 1, 1000000, &pos) < 0 ||
		    str_val(r, f[RK_TIER], "tier", false, &k->tier) < 0 ||
		    str_val(r, f[RK_SCOPE], "scope", false, &k->scope) < 0 ||
		    enum_val(r, f[RK_QUALIFIER], "qualifier", parse_qualifier, DB_QUAL_EXACT, &q) < 0)
			return -1;
		const db_json *m = f[RK_MASKED];
		if (!db_json_is_null(m) && !db_json_is_bool(m))
			return bad(r, "masked", "must be true or false");
		k->masked = db_json_bool(m, false);
		k->position = (int)pos;
		k->qualifier = (db_qualifier)q;
		if (!k->masked && !k->tier && k->position == 0)
			return bad(r, NULL, "a rank needs position, tier or masked");
		r->depth = old;
	}
	return 0;
}

static int read_ranks(rd *r, const db_json *o, const char *key, db_rank **out, size_t *n)
{
	return ranks_val(r, db_json_get(o, key), key, out, n);
}

enum { SR_LINE, SR_COLUMN, SR_OFFSET, SR_PAGE, SR_TEXT, SR_N };
static const char *const source_keys[SR_N] = { "line", "column", "offset", "page", "text" };

static int read_source(rd *r, const db_json *v, db_source *s)
{
	const db_json *f[SR_N];
	long long line, col, off, page;
	if (db_json_is_null(v))
		return 0;
	if (!db_json_is_object(v))
		return bad(r, "source", "must be an object");
	size_t old = push_where(r, "source", false, 0);
	members(v, source_keys, SR_N, f);
	if (int_val(r, f[SR_LINE], "line", 0, 2147483647, &line) < 0 ||
	    int_val(r, f[SR_COLUMN], "column", 0, 2147483647, &col) < 0 ||
	    int_val(r, f[SR_OFFSET], "offset", 0, 9007199254740992LL, &off) < 0 ||
	    int_val(r, f[SR_PAGE], "page", 0, 2147483647, &page) < 0 ||
	    str_val(r, f[SR_TEXT], "text", false, &s->text) < 0)
		return -1;
	r->depth = old;
	s->line = (int)line;
	s->column = (int)col;
	s->offset = (size_t)off;
	s->page = (int)page;
	return 0;
}

/* A record's keys in the order they are written. */
enum {
	RC_ENTITY, RC_LEVEL, RC_METRIC, RC_LABEL, RC_MEASURE, RC_VALUE, RC_MAX, RC_UNIT, RC_RAW,
	RC_QUALIFIER, RC_PERIOD, RC_BASIS, RC_OF, RC_VS, RC_NOTE, RC_STATUS, RC_RANKS, RC_SOURCE,
	RC_N
};
static const char *const record_keys[RC_N] = {
	"entity", "level", "metric", "label", "measure", "value", "max", "unit", "raw",
	"qualifier", "period", "basis", "of", "vs", "note", "status", "ranks", "source",
};

static int read_record(rd *r, const db_json *o, db_record *rec)
{
	const db_json *f[RC_N];
	int m, q, st;
	if (!db_json_is_object(o))
		return bad(r, NULL, "must be an object");
	members(o, record_keys, RC_N, f);
	if (str_val(r, f[RC_ENTITY], "entity", true, &rec->entity) < 0 ||
	    str_val(r, f[RC_LEVEL], "level", false, &rec->level) < 0 ||
	    str_val(r, f[RC_METRIC], "metric", false, &rec->metric) < 0 ||
	    str_val(r, f[RC_LABEL], "label", false, &rec->label) < 0 ||
	    enum_val(r, f[RC_MEASURE], "measure", parse_measure, -1, &m) < 0 ||
	    num_val(r, f[RC_VALUE], "value", &rec->has_value, &rec->value) < 0 ||
	    num_val(r, f[RC_MAX], "max", &rec->has_max, &rec->max) < 0 ||
	    str_val(r, f[RC_UNIT], "unit", false, &rec->unit) < 0 ||
	    str_val(r, f[RC_RAW], "raw", false, &rec->raw) < 0 ||
	    enum_val(r, f[RC_QUALIFIER], "qualifier", parse_qualifier, DB_QUAL_EXACT, &q) < 0 ||
	    period_val(r, f[RC_PERIOD], "period", &rec->has_period, &rec->period) < 0 ||
	    str_val(r, f[RC_BASIS], "basis", false, &rec->basis) < 0 ||
	    str_val(r, f[RC_OF], "of", false, &rec->of) < 0 ||
	    str_val(r, f[RC_VS], "vs", false, &rec->vs) < 0 ||
	    str_val(r, f[RC_NOTE], "note", false, &rec->note) < 0 ||
	    enum_val(r, f[RC_STATUS], "status", parse_status, DB_STATUS_ACTUAL, &st) < 0 ||
	    ranks_val(r, f[RC_RANKS], "ranks", &rec->ranks, &rec->nranks) < 0 ||
	    read_source(r, f[RC_SOURCE], &rec->source) < 0)
		return -1;
	if (m < 0)
		return bad(r, "measure", "missing");
	rec->measure = (db_measure)m;
	rec->qualifier = (db_qualifier)q;
	rec->status = (db_status)st;
	return 0;
}

static int check_schema(rd *r, const db_json *root, const char *want)
{
	if (!db_json_is_object(root))
		return bad(r, NULL, "document is not a JSON object");
	const char *schema = db_json_get_str(root, "schema");
	if (!schema || strcmp(schema, want) != 0) {
		char msg[200];
		if (!schema)
			schema = "";
		snprintf(msg, sizeof msg, _("not a %s document (schema \"%.*s%s\")"), want,
			 quoted(schema), schema, more(schema));
		return bad(r, NULL, msg);
	}
	return 0;
}

static int read_document(rd *r, const db_json *o, db_document *doc)
{
	const char *sha, *date;
	if (!db_json_is_null(o) && !db_json_is_object(o))
		return bad(r, "document", "must be an object");
	set_where(r, "document", false, 0);
	if (get_str(r, o, "file", false, &doc->file) < 0 ||
	    get_str(r, o, "sha256", false, &sha) < 0 ||
	    get_str(r, o, "entity", false, &doc->entity) < 0 ||
	    get_str(r, o, "level", false, &doc->level) < 0 ||
	    get_str(r, o, "province", false, &doc->province) < 0 ||
	    get_str(r, o, "kind", false, &doc->kind) < 0 ||
	    get_str(r, o, "date", false, &date) < 0 ||
	    get_str(r, o, "encoding", false, &doc->encoding) < 0 ||
	    get_str(r, o, "format", false, &doc->format) < 0 ||
	    get_str(r, o, "title", false, &doc->title) < 0 ||
	    get_str(r, o, "publisher", false, &doc->publisher) < 0)
		return -1;
	if (sha && strlen(sha) >= sizeof doc->sha256)
		return bad(r, "sha256", "too long");
	snprintf(doc->sha256, sizeof doc->sha256, "%s", sha ? sha : "");
	if (date) {
		if (db_date_parse(date, &doc->date) < 0)
			return bad(r, "date", "must be YYYY-MM-DD");
		doc->has_date = true;
	}
	r->depth = 0;
	return 0;
}

/* ---- reading records without a tree --------------------------------------
 *
 * A national corpus is tens of thousands of records documents, and building
 * a tree of each only to copy it into records was four fifths of compare's
 * time. Records documents are therefore read straight from their text into
 * records, strictly: what the tree reader would refuse, and whatever is not
 * the plain form duibiao writes (an unknown key, a \u escape, a document
 * null, a BOM-less byte it does not expect), makes this reader give up, and
 * the tree reader reads the document again and accepts it or names the
 * problem. So both accept the same documents and give the same records. */

typedef struct {
	const char *p, *end;
	const char *base;     /* the document's first byte, for text_at */
	bool lazy;            /* sentences left in the text */
	db_arena *a;
	db_buf str;           /* the strings kept, NUL-terminated, one after another */
	db_buf ranks;         /* the rank arrays, one after another */
	size_t *slots;        /* short strings, interned: offset in str + 1 */
	size_t nslots, nused;
	db_buf esc;           /* a string with escapes, decoded */
	char ptok[DB_PERIOD_TOKEN_MAX];  /* the last period token and what it read */
	size_t nptok;
	db_period period;
} fr;

/* Strings and ranks are parked in f->str and f->ranks while the document is
 * read, as offsets (+ 1, so that NULL stays NULL) where pointers go, and
 * moved into the arena in one block of the right size at the end: a corpus
 * keeps every document's arena, and the free tails of its chunks were a
 * tenth of compare's memory. */
static const char *park(size_t off)
{
	return (const char *)(uintptr_t)(off + 1);
}

static const char *unpark(const char *base, const char *p)
{
	return p ? base + ((uintptr_t)p - 1) : NULL;
}

static void fr_ws(fr *f)
{
	while (f->p < f->end && (*f->p == ' ' || *f->p == '\n' || *f->p == '\r' || *f->p == '\t'))
		f->p++;
}

/* Past c (after whitespace)? */
static bool fr_eat(fr *f, char c)
{
	fr_ws(f);
	if (f->p < f->end && *f->p == c) {
		f->p++;
		return true;
	}
	return false;
}

/* The body [s, q) of a string db_json_string_end accepted (no \\u), its
 * escapes decoded, into out. */
static void unescape(const char *s, const char *q, db_buf *out)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";

	db_buf_reset(out);
	for (const char *r = s; r < q; r++)
		db_buf_putc(out, *r != '\\' ? *r : to[strchr(from, *++r) - from]);
}

/* The string at f->p (its opening quote): its bytes in *s, *n, decoded
 * into f->esc when it has escapes. False for anything the tree reader
 * might take differently or refuse. */
static bool fr_string(fr *f, const char **s, size_t *n)
{
	const char *start, *q;
	bool escaped;

	if (f->p >= f->end || *f->p != '"')
		return false;
	start = f->p + 1;
	if (!(q = db_json_string_end(start, f->end, &escaped)))
		return false;
	f->p = q + 1;
	if (escaped) {
		unescape(start, q, &f->esc);
		start = f->esc.data;
		q = f->esc.data + f->esc.len;
	}
	*s = start;
	*n = (size_t)(q - start);
	return db_json_utf8_ok(start, *n);
}

/* A short string is copied once per document (entity, level, unit, scope
 * repeat in every record); a long one (a sentence) each time. */
#define FR_INTERN_MAX 48

static uint64_t fr_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static const char *fr_keep(fr *f, const char *s, size_t n)
{
	size_t k, mask, off = f->str.len;

	db_buf_add(&f->str, s, n);
	db_buf_putc(&f->str, '\0');
	if (n > FR_INTERN_MAX)
		return park(off);
	if ((f->nused + 1) * 2 > f->nslots) {
		size_t m = f->nslots ? f->nslots * 2 : 64;
		size_t *slots = db_xcalloc(m, sizeof *slots);
		for (size_t i = 0; i < f->nslots; i++) {
			const char *e = f->str.data + f->slots[i] - 1;
			if (!f->slots[i])
				continue;
			for (k = (size_t)fr_hash(e, strlen(e)) & (m - 1); slots[k]; k = (k + 1) & (m - 1))
				;
			slots[k] = f->slots[i];
		}
		free(f->slots);
		f->slots = slots;
		f->nslots = m;
	}
	mask = f->nslots - 1;
	for (k = (size_t)fr_hash(s, n) & mask; f->slots[k]; k = (k + 1) & mask) {
		const char *e = f->str.data + f->slots[k] - 1;
		if (!memcmp(e, s, n) && e[n] == '\0') {
			f->str.len = off;   /* had it: no second copy */
			return park(f->slots[k] - 1);
		}
	}
	f->nused++;
	f->slots[k] = off + 1;
	return park(off);
}

static bool fr_null(fr *f)
{
	if (f->end - f->p >= 4 && !memcmp(f->p, "null", 4)) {
		f->p += 4;
		return true;
	}
	return false;
}

/* A string member's value: a string or null. */
static bool fr_str(fr *f, const char **out)
{
	const char *s;
	size_t n;

	fr_ws(f);
	if (fr_null(f)) {
		*out = NULL;
		return true;
	}
	if (!fr_string(f, &s, &n))
		return false;
	*out = fr_keep(f, s, n);
	return true;
}

/* A number member's value: a number or null (has false). */
static bool fr_num(fr *f, bool *has, double *v)
{
	size_t n;

	fr_ws(f);
	*has = false;
	*v = 0;
	if (fr_null(f))
		return true;
	if (!(n = db_json_number(f->p, (size_t)(f->end - f->p), v)))
		return false;
	f->p += n;
	*has = true;
	return true;
}

/* A whole number in [min, max], or null (0). */
static bool fr_int(fr *f, long long min, long long max, long long *out)
{
	bool has;
	double x;

	if (!fr_num(f, &has, &x) || (has && (x != floor(x) || x < (double)min || x > (double)max)))
		return false;
	*out = (long long)x;
	return true;
}

/* An enum word through parse, or null (dflt; -1 when required). */
static bool fr_enum(fr *f, int (*parse)(const char *, int *), int dflt, int *out)
{
	const char *s;
	char word[16];
	size_t n;

	fr_ws(f);
	*out = dflt;
	if (fr_null(f))
		return true;
	if (!fr_string(f, &s, &n) || n >= sizeof word)
		return false;
	memcpy(word, s, n);
	word[n] = '\0';
	return parse(word, out) == 0;
}

static bool fr_bool(fr *f, bool *out)
{
	fr_ws(f);
	*out = false;
	if (fr_null(f))
		return true;
	if (f->end - f->p >= 4 && !memcmp(f->p, "true", 4)) {
		f->p += 4;
		*out = true;
		return true;
	}
	if (f->end - f->p >= 5 && !memcmp(f->p, "false", 5)) {
		f->p += 5;
		return true;
	}
	return false;
}

static bool fr_period(fr *f, bool *has, db_period *p)
{
	const char *s;
	char tok[DB_PERIOD_TOKEN_MAX];
	size_t n;

	fr_ws(f);
	*has = false;
	if (fr_null(f))
		return true;
	if (!fr_string(f, &s, &n) || n >= sizeof tok)
		return false;
	/* Most records of a document have its year. */
	if (!f->nptok || n != f->nptok || memcmp(s, f->ptok, n)) {
		memcpy(tok, s, n);
		tok[n] = '\0';
		if (db_period_parse(tok, &f->period) < 0)
			return false;
		memcpy(f->ptok, s, n);
		f->nptok = n;
	}
	*p = f->period;
	*has = true;
	return true;
}

/* The next key of an object among names[0..n): its index, the search
 * starting at *next (keys come in the order written); -1 for a key not
 * there or one seen before in this object (*seen). */
static int fr_key(fr *f, const char *const *names, int n, int *next, uint32_t *seen)
{
	const char *s;
	size_t len;

	fr_ws(f);
	if (!fr_string(f, &s, &len) || !fr_eat(f, ':'))
		return -1;
	for (int t = 0; t < n; t++) {
		int k = (*next + t) % n;
		if (!strncmp(names[k], s, len) && names[k][len] == '\0') {
			if (*seen & (1u << k))
				return -1;
			*seen |= 1u << k;
			*next = k + 1;
			return k;
		}
	}
	return -1;
}

/* The members of an object, each read by one(f, key index, ctx); an empty
 * object too. */
static bool fr_object(fr *f, const char *const *names, int n,
		      bool (*one)(fr *, int, void *), void *ctx, uint32_t *seen)
{
	int next = 0;

	*seen = 0;
	if (!fr_eat(f, '{'))
		return false;
	if (fr_eat(f, '}'))
		return true;
	do {
		int k = fr_key(f, names, n, &next, seen);
		if (k < 0 || !one(f, k, ctx))
			return false;
	} while (fr_eat(f, ','));
	return fr_eat(f, '}');
}

static bool fr_rank(fr *f, int k, void *ctx)
{
	db_rank *r = ctx;
	long long pos;
	int q;

	switch (k) {
	case RK_POSITION:
		if (!fr_int(f, 1, 1000000, &pos))
			return false;
		r->position = (int)pos;
		return true;
	case RK_TIER: return fr_str(f, &r->tier);
	case RK_SCOPE: return fr_str(f, &r->scope);
	case RK_QUALIFIER:
		if (!fr_enum(f, parse_qualifier, DB_QUAL_EXACT, &q))
			return false;
		r->qualifier = (db_qualifier)q;
		return true;
	default: return fr_bool(f, &r->masked);
	}
}

static bool fr_ranks(fr *f, db_rank **out, size_t *n)
{
	db_rank tmp[8];
	uint32_t seen;

	*out = NULL;
	*n = 0;
	fr_ws(f);
	if (fr_null(f))
		return true;
	if (!fr_eat(f, '['))
		return false;
	if (fr_eat(f, ']'))
		return true;
	do {
		db_rank *r = &tmp[*n];
		if (*n == sizeof tmp / sizeof tmp[0])
			return false;   /* so many: the tree reader's */
		memset(r, 0, sizeof *r);
		if (!fr_object(f, rank_keys, RK_N, fr_rank, r, &seen) ||
		    (!r->masked && !r->tier && r->position == 0))
			return false;
		++*n;
	} while (fr_eat(f, ','));
	if (!fr_eat(f, ']'))
		return false;
	*out = (db_rank *)park(f->ranks.len);
	db_buf_add(&f->ranks, tmp, *n * sizeof **out);
	return true;
}

static bool fr_source(fr *f, int k, void *ctx)
{
	db_source *s = ctx;
	long long v;

	if (k == SR_TEXT && f->lazy) {
		const char *body;
		size_t n, at;
		fr_ws(f);
		at = (size_t)(f->p - f->base);
		if (fr_null(f))
			return true;
		/* Checked as fr_str would, so that both readers still agree;
		 * at < 256 MiB, the size this reader takes. */
		if (!fr_string(f, &body, &n))
			return false;
		s->text_at = (uint32_t)at + 1;
		return true;
	}
	if (k == SR_TEXT)
		return fr_str(f, &s->text);
	if (!fr_int(f, 0, k == SR_OFFSET ? 9007199254740992LL : 2147483647, &v))
		return false;
	if (k == SR_LINE)
		s->line = (int)v;
	else if (k == SR_COLUMN)
		s->column = (int)v;
	else if (k == SR_OFFSET)
		s->offset = (size_t)v;
	else
		s->page = (int)v;
	return true;
}

static bool fr_record(fr *f, int k, void *ctx)
{
	db_record *r = ctx;
	uint32_t seen;
	int e;

	switch (k) {
	case RC_ENTITY: return fr_str(f, &r->entity);
	case RC_LEVEL: return fr_str(f, &r->level);
	case RC_METRIC: return fr_str(f, &r->metric);
	case RC_LABEL: return fr_str(f, &r->label);
	case RC_MEASURE:
		if (!fr_enum(f, parse_measure, -1, &e) || e < 0)
			return false;
		r->measure = (db_measure)e;
		return true;
	case RC_VALUE: return fr_num(f, &r->has_value, &r->value);
	case RC_MAX: return fr_num(f, &r->has_max, &r->max);
	case RC_UNIT: return fr_str(f, &r->unit);
	case RC_RAW: return fr_str(f, &r->raw);
	case RC_QUALIFIER:
		if (!fr_enum(f, parse_qualifier, DB_QUAL_EXACT, &e))
			return false;
		r->qualifier = (db_qualifier)e;
		return true;
	case RC_PERIOD: return fr_period(f, &r->has_period, &r->period);
	case RC_BASIS: return fr_str(f, &r->basis);
	case RC_OF: return fr_str(f, &r->of);
	case RC_VS: return fr_str(f, &r->vs);
	case RC_NOTE: return fr_str(f, &r->note);
	case RC_STATUS:
		if (!fr_enum(f, parse_status, DB_STATUS_ACTUAL, &e))
			return false;
		r->status = (db_status)e;
		return true;
	case RC_RANKS: return fr_ranks(f, &r->ranks, &r->nranks);
	default:
		fr_ws(f);
		return fr_null(f) || fr_object(f, source_keys, SR_N, fr_source, &r->source, &seen);
	}
}

enum { DC_FILE, DC_SHA256, DC_ENTITY, DC_LEVEL, DC_PROVINCE, DC_KIND, DC_DATE, DC_ENCODING,
       DC_FORMAT, DC_TITLE, DC_PUBLISHER, DC_N };
static const char *const document_keys[DC_N] = {
	"file", "sha256", "entity", "level", "province", "kind", "date", "encoding", "format",
	"title", "publisher",
};

static bool fr_document(fr *f, int k, void *ctx)
{
	db_document *doc = ctx;
	const char *s;
	char date[16];
	size_t n;
	const char **dest[DC_N] = {
		&doc->file, NULL, &doc->entity, &doc->level, &doc->province, &doc->kind, NULL,
		&doc->encoding, &doc->format, &doc->title, &doc->publisher,
	};

	if (dest[k])
		return fr_str(f, dest[k]);
	fr_ws(f);
	if (fr_null(f))
		return true;
	if (!fr_string(f, &s, &n) || memchr(s, '\0', n))
		return false;
	if (k == DC_SHA256) {
		if (n >= sizeof doc->sha256)
			return false;
		memcpy(doc->sha256, s, n);
		doc->sha256[n] = '\0';
		return true;
	}
	if (n >= sizeof date)
		return false;
	memcpy(date, s, n);
	date[n] = '\0';
	doc->has_date = true;
	return db_date_parse(date, &doc->date) == 0;
}

enum { TOP_SCHEMA, TOP_DOCUMENT, TOP_RECORDS, TOP_N };
static const char *const top_keys[TOP_N] = { "schema", "document", "records" };

typedef struct {
	db_records *rs;
	db_document doc;
} fr_top;

static bool fr_records(fr *f, db_records *rs)
{
	uint32_t seen;

	if (!fr_eat(f, '['))
		return false;
	if (fr_eat(f, ']'))
		return true;
	do {
		db_record *r = db_records_add(rs);
		if (!fr_object(f, record_keys, RC_N, fr_record, r, &seen) || !r->entity ||
		    !(seen & (1u << RC_MEASURE)))
			return false;
	} while (fr_eat(f, ','));
	return fr_eat(f, ']');
}

static bool fr_top_member(fr *f, int k, void *ctx)
{
	fr_top *t = ctx;
	const char *s;
	size_t n;
	uint32_t seen;

	fr_ws(f);
	if (k == TOP_SCHEMA)
		return fr_string(f, &s, &n) && n == strlen(RECORDS_SCHEMA) &&
		       !memcmp(s, RECORDS_SCHEMA, n);
	if (k == TOP_DOCUMENT)
		return fr_object(f, document_keys, DC_N, fr_document, &t->doc, &seen);
	return fr_records(f, t->rs);
}

/* The parked strings and ranks of records from and of doc into one block
 * of the arena. */
static void unpark_all(fr *f, db_records *rs, size_t from, db_document *doc)
{
	size_t nranks = f->ranks.len;
	const char **docs[] = { &doc->file, &doc->entity, &doc->level, &doc->province, &doc->kind,
				&doc->encoding, &doc->format, &doc->title, &doc->publisher };

	if (!nranks && !f->str.len)
		return;
	char *block = db_arena_alloc(f->a, nranks + f->str.len);
	const char *rbase = block, *sbase = block + nranks;
	if (nranks)
		memcpy(block, f->ranks.data, nranks);   /* first: the block is aligned for them */
	if (f->str.len)
		memcpy(block + nranks, f->str.data, f->str.len);
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++)
		*docs[i] = unpark(sbase, *docs[i]);
	for (size_t i = from; i < rs->len; i++) {
		db_record *r = &rs->items[i];
		const char **s[] = { &r->entity, &r->level, &r->metric, &r->label, &r->unit,
				     &r->raw, &r->basis, &r->of, &r->vs, &r->note, &r->source.text };
		for (size_t j = 0; j < sizeof s / sizeof s[0]; j++)
			*s[j] = unpark(sbase, *s[j]);
		r->ranks = (db_rank *)unpark(rbase, (const char *)r->ranks);
		for (size_t j = 0; j < r->nranks; j++) {
			r->ranks[j].tier = unpark(sbase, r->ranks[j].tier);
			r->ranks[j].scope = unpark(sbase, r->ranks[j].scope);
		}
	}
}

/* 0, or -1 with rs as it was when the tree reader is to read the
 * document. */
static int fast_records(db_records *rs, const char *text, size_t len, bool lazy)
{
	size_t start = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0, old = rs->len;
	fr f = { text + start, text + len, text, lazy, &rs->arena, DB_BUF_INIT, DB_BUF_INIT,
		 NULL, 0, 0, DB_BUF_INIT, "", 0, { 0, 0, 0, 0 } };
	fr_top t = { rs, { 0 } };
	uint32_t seen;
	bool ok;

	ok = len <= ((size_t)256 << 20) &&
	     fr_object(&f, top_keys, TOP_N, fr_top_member, &t, &seen) &&
	     seen == (1u << TOP_N) - 1;
	fr_ws(&f);
	ok = ok && f.p == f.end;
	if (ok)
		unpark_all(&f, rs, old, &t.doc);
	free(f.slots);
	db_buf_release(&f.esc);
	db_buf_release(&f.str);
	db_buf_release(&f.ranks);
	if (!ok) {
		rs->len = old;
		return -1;
	}
	rs->doc = t.doc;
	/* No tail of the doubling vector kept: a corpus holds them all. */
	if (rs->cap > rs->len && rs->len) {
		rs->items = db_xrealloc(rs->items, rs->len * sizeof *rs->items);
		rs->cap = rs->len;
	}
	return 0;
}

int db_records_read_json(db_records *rs, const char *text, size_t len, const char *file,
			 db_diag *d)
{
	if (fast_records(rs, text, len, false) == 0)
		return 0;
	return db_records_read_json_tree(rs, text, len, file, d);
}

int db_records_read_json_lazy(db_records *rs, const char *text, size_t len, const char *file,
			      db_diag *d)
{
	if (fast_records(rs, text, len, true) == 0)
		return 0;
	return db_records_read_json_tree(rs, text, len, file, d);
}

int db_records_text_in(const char *text, size_t len, const db_source *s, db_buf *out)
{
	size_t at = (size_t)s->text_at - 1;
	const char *q;
	bool escaped;

	if (!s->text_at || at >= len || text[at] != '"' ||
	    !(q = db_json_string_end(text + at + 1, text + len, &escaped)))
		return -1;
	if (escaped) {
		unescape(text + at + 1, q, out);
	} else {
		db_buf_reset(out);
		db_buf_add(out, text + at + 1, (size_t)(q - text - at - 1));
	}
	return db_json_utf8_ok(db_buf_cstr(out), out->len) &&
	       !memchr(db_buf_cstr(out), '\0', out->len) ? 0 : -1;
}

int db_records_read_json_tree(db_records *rs, const char *text, size_t len, const char *file,
			      db_diag *d)
{
	db_json *root = db_json_parse_in(text, len, file, &rs->arena, d);
	if (!root)
		return -1;
	rd r = { file, d, &rs->arena, true, { { NULL, false, 0 } }, 0 };
	int rc = -1;
	const db_json *recs = db_json_get(root, "records");
	if (check_schema(&r, root, RECORDS_SCHEMA) < 0 ||
	    read_document(&r, db_json_get(root, "document"), &rs->doc) < 0)
		goto out;
	if (!db_json_is_array(recs)) {
		bad(&r, "records", "must be an array");
		goto out;
	}
	/* The vector in one allocation: no copying as it grows. */
	if (db_json_len(recs) > rs->cap - rs->len) {
		rs->cap = rs->len + db_json_len(recs);
		rs->items = db_xrealloc(rs->items, rs->cap * sizeof *rs->items);
	}
	for (size_t i = 0; i < db_json_len(recs); i++) {
		set_where(&r, "records", true, i);
		db_record *rec = db_records_add(rs);
		if (read_record(&r, db_json_at(recs, i), rec) < 0)
			goto out;
	}
	rc = 0;
out:
	db_json_free(root);
	return rc;
}

static int read_row_source(rd *r, const db_json *o, db_row_source *s)
{
	long long line, page = 0;
	if (!db_json_is_object(o))
		return bad(r, NULL, "must be an object");
	if (get_str(r, o, "file", false, &s->file) < 0 ||
	    get_int(r, o, "line", 0, 2147483647, &line) < 0 ||
	    get_int(r, o, "page", 0, 2147483647, &page) < 0 ||
	    get_str(r, o, "date", false, &s->date) < 0 ||
	    get_str(r, o, "title", false, &s->title) < 0 ||
	    get_str(r, o, "publisher", false, &s->publisher) < 0 ||
	    get_str(r, o, "text", false, &s->text) < 0)
		return -1;
	s->line = (int)line;
	s->page = (int)page;
	return 0;
}

static int read_row(rd *r, const db_json *o, db_row *row)
{
	long long rank;
	int q;
	if (!db_json_is_object(o))
		return bad(r, NULL, "must be an object");
	if (get_str(r, o, "entity", true, &row->entity) < 0 ||
	    get_str(r, o, "level", false, &row->level) < 0 ||
	    get_num(r, o, "value", &row->has_value, &row->value) < 0 ||
	    get_num(r, o, "max", &row->has_max, &row->max) < 0 ||
	    get_enum(r, o, "qualifier", parse_qualifier, DB_QUAL_EXACT, &q) < 0 ||
	    get_str(r, o, "raw", false, &row->raw) < 0 ||
	    get_int(r, o, "rank", 1, 1000000, &rank) < 0 ||
	    get_str(r, o, "reason", false, &row->reason) < 0 ||
	    read_ranks(r, o, "stated_ranks", &row->stated_ranks, &row->nstated) < 0)
		return -1;
	const db_json *c = db_json_get(o, "corrected");
	if (!db_json_is_null(c) && !db_json_is_bool(c))
		return bad(r, "corrected", "must be true or false");
	row->corrected = db_json_bool(c, false);
	row->qualifier = (db_qualifier)q;
	row->rank = (int)rank;
	const db_json *src = db_json_get(o, "sources");
	if (!db_json_is_null(src) && !db_json_is_array(src))
		return bad(r, "sources", "must be an array");
	row->nsources = db_json_len(src);
	row->sources = row->nsources ? db_arena_alloc(r->arena, row->nsources * sizeof *row->sources)
				     : NULL;
	for (size_t i = 0; i < row->nsources; i++) {
		size_t old = push_where(r, "sources", true, i);
		if (read_row_source(r, db_json_at(src, i), &row->sources[i]) < 0)
			return -1;
		r->depth = old;
	}
	return 0;
}

static int read_conflict(rd *r, const db_json *o, db_conflict *c)
{
	bool has;
	if (!db_json_is_object(o))
		return bad(r, NULL, "must be an object");
	if (get_str(r, o, "entity", false, &c->entity) < 0 ||
	    get_num(r, o, "kept", &has, &c->kept) < 0)
		return -1;
	c->kept_null = !has;
	if (get_num(r, o, "dropped", &has, &c->dropped) < 0 ||
	    get_str(r, o, "policy", false, &c->policy) < 0)
		return -1;
	c->dropped_null = !has;
	const db_json *ks = db_json_get(o, "kept_source"), *ds = db_json_get(o, "dropped_source");
	if ((!db_json_is_null(ks) && read_row_source(r, ks, &c->kept_source) < 0) ||
	    (!db_json_is_null(ds) && read_row_source(r, ds, &c->dropped_source) < 0))
		return -1;
	return 0;
}

static int read_correction(rd *r, const db_json *o, db_correction *c)
{
	long long line;
	if (!db_json_is_object(o))
		return bad(r, NULL, "must be an object");
	if (get_str(r, o, "file", false, &c->file) < 0 ||
	    get_int(r, o, "line", 0, 2147483647, &line) < 0 ||
	    get_str(r, o, "entity", false, &c->entity) < 0 ||
	    get_str(r, o, "action", false, &c->action) < 0 ||
	    get_num(r, o, "value", &c->has_value, &c->value) < 0 ||
	    get_str(r, o, "note", false, &c->note) < 0)
		return -1;
	c->line = (int)line;
	return 0;
}

static int read_stats(rd *r, const db_json *o, db_stats *s)
{
	long long count;
	bool has;
	if (db_json_is_null(o))
		return 0;
	if (!db_json_is_object(o))
		return bad(r, "stats", "must be an object");
	if (get_int(r, o, "count", 0, 9007199254740992LL, &count) < 0)
		return -1;
	s->count = (size_t)count;
	static const char *const keys[] = { "mean", "median", "min", "max" };
	double *vals[] = { &s->mean, &s->median, &s->min, &s->max };
	for (int i = 0; i < 4; i++) {
		if (get_num(r, o, keys[i], &has, vals[i]) < 0)
			return -1;
		if (!has)
			*vals[i] = NAN;
	}
	return 0;
}

/* Read array member key of o, calling one(item) for each element added by
 * add(t). Keeps the path up to date. */
#define READ_ITEMS(r, o, key, t, add, one)                                         \
	do {                                                                       \
		const db_json *arr_ = db_json_get(o, key);                         \
		if (!db_json_is_null(arr_) && !db_json_is_array(arr_))             \
			return bad(r, key, "must be an array");                    \
		for (size_t i_ = 0; i_ < db_json_len(arr_); i_++) {                \
			size_t old_ = push_where(r, key, true, i_);         \
			if (one(r, db_json_at(arr_, i_), add(t)) < 0)              \
				return -1;                                         \
			r->depth = old_;                                     \
		}                                                                  \
	} while (0)

static int read_table(rd *r, const db_json *o, db_table *t)
{
	int m, st;
	if (!db_json_is_object(o))
		return bad(r, NULL, "must be an object");
	if (get_str(r, o, "key", true, &t->key) < 0 ||
	    get_str(r, o, "metric", false, &t->metric) < 0 ||
	    get_str(r, o, "name", false, &t->name) < 0 ||
	    get_str(r, o, "name_en", false, &t->name_en) < 0 ||
	    get_enum(r, o, "measure", parse_measure, -1, &m) < 0 ||
	    get_str(r, o, "basis", false, &t->basis) < 0 ||
	    get_str(r, o, "of", false, &t->of) < 0 ||
	    get_str(r, o, "vs", false, &t->vs) < 0 ||
	    get_str(r, o, "note", false, &t->note) < 0 ||
	    get_period(r, o, "period", &t->has_period, &t->period) < 0 ||
	    get_enum(r, o, "status", parse_status, DB_STATUS_ACTUAL, &st) < 0 ||
	    get_str(r, o, "unit", false, &t->unit) < 0 ||
	    get_str(r, o, "better", false, &t->better) < 0 ||
	    read_stats(r, db_json_get(o, "stats"), &t->stats) < 0)
		return -1;
	if (m < 0)
		return bad(r, "measure", "missing");
	t->measure = (db_measure)m;
	t->status = (db_status)st;
	const db_json *flags = db_json_get(o, "flags");
	if (!db_json_is_null(flags) && !db_json_is_array(flags))
		return bad(r, "flags", "must be an array");
	t->nflags = db_json_len(flags);
	t->flags = t->nflags ? db_arena_alloc(r->arena, t->nflags * sizeof *t->flags) : NULL;
	for (size_t i = 0; i < t->nflags; i++) {
		const char *s = db_json_str(db_json_at(flags, i));
		if (!s)
			return bad(r, "flags", "must hold strings");
		t->flags[i] = db_arena_strdup(r->arena, s);
	}
	READ_ITEMS(r, o, "rows", t, db_table_add_row, read_row);
	READ_ITEMS(r, o, "conflicts", t, db_table_add_conflict, read_conflict);
	READ_ITEMS(r, o, "corrections", t, db_table_add_correction, read_correction);
	return 0;
}

int db_tableset_read_json(db_tableset *ts, const char *text, size_t len, const char *file,
			  db_diag *d)
{
	db_json *root = db_json_parse_in(text, len, file, &ts->arena, d);
	if (!root)
		return -1;
	rd r = { file, d, &ts->arena, true, { { NULL, false, 0 } }, 0 };
	int rc = -1;
	const db_json *tables = db_json_get(root, "tables");
	if (check_schema(&r, root, TABLES_SCHEMA) < 0)
		goto out;
	if (!db_json_is_array(tables)) {
		bad(&r, "tables", "must be an array");
		goto out;
	}
	for (size_t i = 0; i < db_json_len(tables); i++) {
		set_where(&r, "tables", true, i);
		if (read_table(&r, db_json_at(tables, i), db_tableset_add(ts)) < 0)
			goto out;
	}
	rc = 0;
out:
	db_json_free(root);
	return rc;
}

/* ---- manifest ---------------------------------------------------------- */

/* file resolved against the folder of the manifest at mpath. */
static const char *resolve(db_arena *a, const char *mpath, const char *file)
{
	const char *slash = strrchr(mpath, '/');
	if (file[0] == '/' || !slash)
		return db_arena_strdup(a, file);
	return db_arena_printf(a, "%.*s/%s", (int)(slash - mpath), mpath, file);
}

/* Does the relative path file climb above its folder ("../x", "a/../../x")? */
static bool climbs_out(const char *file)
{
	long depth = 0;

	for (const char *p = file; *p;) {
		size_t n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (--depth < 0)
				return true;
		} else if (n && !(n == 1 && p[0] == '.')) {
			depth++;
		}
		p += n + (p[n] == '/');
	}
	return false;
}

static int read_entry(rd *r, const db_json *o, const char *mpath, unsigned flags,
		      db_manifest_entry *e)
{
	const char *date;
	if (!db_json_is_object(o))
		return bad(r, NULL, "must be an object");
	if (get_str(r, o, "file", true, &e->file) < 0 ||
	    get_str(r, o, "entity", true, &e->entity) < 0 ||
	    get_str(r, o, "level", false, &e->level) < 0 ||
	    get_str(r, o, "province", false, &e->province) < 0 ||
	    get_str(r, o, "kind", false, &e->kind) < 0 ||
	    get_str(r, o, "title", false, &e->title) < 0 ||
	    get_str(r, o, "publisher", false, &e->publisher) < 0 ||
	    get_str(r, o, "date", false, &date) < 0)
		return -1;
	if (!e->file[0])
		return bad(r, "file", "must not be empty");
	if (!(flags & DB_MANIFEST_ALLOW_OUTSIDE) && (e->file[0] == '/' || climbs_out(e->file))) {
		char msg[700];
		snprintf(msg, sizeof msg, _("%.500s is outside the manifest's folder "
			 "(--allow-outside reads it)"), e->file);
		return bad(r, "file", msg);
	}
	if (e->kind && !db_doc_kind_known(e->kind))
		return bad(r, "kind", "must be one of gwr targets bulletin news plan evaluation speech summary newspaper");
	if (date) {
		if (db_date_parse(date, &e->date) < 0)
			return bad(r, "date", "must be YYYY-MM-DD");
		e->has_date = true;
	}
	e->path = resolve(r->arena, mpath, e->file);
	return 0;
}

int db_manifest_load(db_manifest *m, const char *path, unsigned flags, db_diag *d)
{
	/* "-": standard input, its reports named from the working folder */
	const char *name = db_path_name(path);
	memset(m, 0, sizeof *m);
	db_buf b = DB_BUF_INIT;
	if (db_buf_read_path(&b, path) < 0) {
		int err = errno;
		db_buf_release(&b);
		return db_error(d, name, 0, 0, "cannot read: %s", strerror(err));
	}
	db_json *root = db_json_parse(db_buf_cstr(&b), b.len, name, d);
	db_buf_release(&b);
	if (!root)
		return -1;
	m->path = db_arena_strdup(&m->arena, path);
	rd r = { name, d, &m->arena, false, { { NULL, false, 0 } }, 0 };
	int rc = -1;
	const db_json *docs = db_json_get(root, "documents");
	if (!db_json_is_object(root)) {
		bad(&r, NULL, "manifest is not a JSON object");
		goto out;
	}
	if (!db_json_is_array(docs)) {
		bad(&r, "documents", "must be an array");
		goto out;
	}
	m->len = db_json_len(docs);
	m->items = db_arena_alloc(&m->arena, (m->len + 1) * sizeof *m->items);
	for (size_t i = 0; i < m->len; i++) {
		set_where(&r, "documents", true, i);
		if (read_entry(&r, db_json_at(docs, i), path, flags, &m->items[i]) < 0)
			goto out;
	}
	rc = 0;
out:
	db_json_free(root);
	if (rc < 0)
		db_manifest_release(m);
	return rc;
}

void db_manifest_release(db_manifest *m)
{
	db_arena_release(&m->arena);
	memset(m, 0, sizeof *m);
}
