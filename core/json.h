/* json.h - JSON for every reader and writer in duibiao.
 *
 * Reading: a read-only view over a parsed document, built from cJSON's tree
 * and checked strictly against RFC 8259 (json.c is the only file that
 * includes cJSON.h). db_json_parse returns a tree the caller frees
 * with db_json_free; every db_json pointer obtained from it is borrowed from
 * that tree. Lookups on NULL return NULL, so chains need no checks.
 *
 * Writing: db_jw appends to a db_buf with keys in the order the caller writes
 * them, numbers through db_numfmt, strings as UTF-8 (only ", \ and control
 * characters escaped). Output is therefore byte-deterministic. */
#ifndef DB_JSON_H
#define DB_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"

typedef struct db_json db_json;

/* Parse text (need not be NUL-terminated). On error returns NULL and fills d
 * with file, line and column of the problem. Limits: 256 MiB, depth 64,
 * numbers of at most 63 characters and within a double's range. Refused
 * besides RFC 8259's errors: \u0000 in a string and a key given twice in
 * one object. */
db_json *db_json_parse(const char *text, size_t len, const char *file, db_diag *d);
/* The same, with string values (not keys) allocated in strings, which the
 * caller owns and which outlives the tree: a reader that keeps the strings
 * it reads borrows them instead of copying each one. */
db_json *db_json_parse_in(const char *text, size_t len, const char *file, db_arena *strings,
			  db_diag *d);
void db_json_free(db_json *root);
/* For readers that scan a document's text themselves (json_io.c's records
 * reader) and must take what the parser takes, no more: whether s[0..len)
 * is valid UTF-8, and the number at s[0..n) by RFC 8259's grammar — its
 * length, 0 when there is none, it is longer than 63 characters or beyond
 * a double — with its value in out, the double the parser reads. */
bool db_json_utf8_ok(const char *s, size_t len);
size_t db_json_number(const char *s, size_t n, double *out);
/* The closing quote of the string whose body starts at s, or NULL when end
 * comes first or the body has a control character or an escape other than
 * \" \\ \/ \b \f \n \r \t (a \u escape is for the parser); *escaped tells
 * whether it has one. */
const char *db_json_string_end(const char *s, const char *end, bool *escaped);

bool db_json_is_object(const db_json *j);
bool db_json_is_array(const db_json *j);
bool db_json_is_string(const db_json *j);
bool db_json_is_number(const db_json *j);
bool db_json_is_bool(const db_json *j);
bool db_json_is_null(const db_json *j);      /* true for NULL too */

const db_json *db_json_get(const db_json *obj, const char *key);  /* member or NULL */
size_t db_json_len(const db_json *arr_or_obj);
const db_json *db_json_at(const db_json *arr_or_obj, size_t i);   /* i-th element/member */
const char *db_json_key(const db_json *member);                   /* object member's key */
const char *db_json_str(const db_json *j);      /* NULL unless a string */
double db_json_num(const db_json *j, double dflt);
bool db_json_bool(const db_json *j, bool dflt);
/* Convenience: string member of obj, or NULL. */
const char *db_json_get_str(const db_json *obj, const char *key);

/* Writer. */
typedef struct {
	db_buf *out;
	int depth;
	bool first[64];  /* no comma needed yet at this depth */
	bool pretty;     /* newline + two-space indent per level */
	bool after_key;
} db_jw;

void db_jw_init(db_jw *w, db_buf *out, bool pretty);
void db_jw_begin_object(db_jw *w);
void db_jw_end_object(db_jw *w);
void db_jw_begin_array(db_jw *w);
void db_jw_end_array(db_jw *w);
void db_jw_key(db_jw *w, const char *key);
void db_jw_string(db_jw *w, const char *s);      /* NULL writes null */
void db_jw_number(db_jw *w, double v);
void db_jw_int(db_jw *w, long long v);
void db_jw_bool(db_jw *w, bool v);
void db_jw_null(db_jw *w);
/* Shorthands: key + value. */
void db_jw_kstring(db_jw *w, const char *key, const char *s);
void db_jw_knumber(db_jw *w, const char *key, double v);
void db_jw_kint(db_jw *w, const char *key, long long v);
void db_jw_kbool(db_jw *w, const char *key, bool v);
void db_jw_knull(db_jw *w, const char *key);
/* Append one JSON string literal (quoted, escaped) to b. */
void db_json_quote(db_buf *b, const char *s);

#endif
