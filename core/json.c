/* json.c - the JSON reader (a read-only view built from cJSON's tree) and
 * the deterministic writer db_jw. The only file that includes cJSON.h.
 *
 * cJSON finds objects' members by walking a linked list, so reading record
 * i of n would cost O(n); the parsed tree is therefore copied once into
 * nodes with contiguous children (O(1) db_json_at), then cJSON's is freed. */
#include "core/json.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/numfmt.h"

#define MAX_SIZE ((size_t)256 << 20)
#define MAX_DEPTH 64

typedef enum { J_NULL, J_BOOL, J_NUMBER, J_STRING, J_ARRAY, J_OBJECT } jtype;

struct db_json {
	jtype type;
	bool b;
	double num;
	const char *str;      /* string value */
	const char *key;      /* key when a member of an object */
	struct db_json *kids; /* array elements or object members */
	size_t n;
};

/* The root node comes first so a db_json * to it is also the root record. */
typedef struct {
	struct db_json node;
	db_arena arena;
} json_root;

/* --- reading ------------------------------------------------------------ */

/* Copy c into j, freeing c's children as they are copied so the two trees
 * are never both whole in memory. */
static void convert(db_arena *a, cJSON *c, struct db_json *j)
{
	if (c->string)
		j->key = db_arena_strdup(a, c->string);
	if (cJSON_IsObject(c) || cJSON_IsArray(c)) {
		j->type = cJSON_IsObject(c) ? J_OBJECT : J_ARRAY;
		size_t n = 0;
		for (const cJSON *k = c->child; k; k = k->next)
			n++;
		j->n = n;
		j->kids = n ? db_arena_alloc(a, n * sizeof *j->kids) : NULL;
		n = 0;
		cJSON *k = c->child;
		c->child = NULL;
		while (k) {
			cJSON *next = k->next;
			convert(a, k, &j->kids[n++]);
			k->next = NULL; /* cJSON_Delete frees following siblings too */
			cJSON_Delete(k);
			k = next;
		}
	} else if (cJSON_IsString(c)) {
		j->type = J_STRING;
		j->str = db_arena_strdup(a, c->valuestring ? c->valuestring : "");
	} else if (cJSON_IsNumber(c)) {
		j->type = J_NUMBER;
		j->num = c->valuedouble;
	} else if (cJSON_IsBool(c)) {
		j->type = J_BOOL;
		j->b = cJSON_IsTrue(c);
	} else {
		j->type = J_NULL;
	}
}

/* Length of the valid UTF-8 sequence at s (at most avail bytes), or 0:
 * no overlong forms, surrogates or code points above U+10FFFF. */
static size_t utf8_len(const unsigned char *s, size_t avail)
{
	unsigned c = s[0];
	size_t n;
	unsigned min;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, min = 0x10000;
	else
		return 0;
	if (avail < n)
		return 0;
	unsigned cp = c & (0x3Fu >> (n - 1));
	for (size_t k = 1; k < n; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[k] & 0x3Fu);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

/* cJSON reports only roughly where parsing stopped, so on failure a small
 * syntax checker walks the text again to find the exact offending byte and
 * say what was expected there. */
typedef struct {
	const char *t;
	size_t len, i;
	int depth;
	const char *msg;
} syn;

static bool syn_fail(syn *s, const char *msg)
{
	if (!s->msg)
		s->msg = msg;
	return false;
}

static void syn_ws(syn *s)
{
	while (s->i < s->len && (s->t[s->i] == ' ' || s->t[s->i] == '\t' ||
				 s->t[s->i] == '\n' || s->t[s->i] == '\r'))
		s->i++;
}

static bool syn_lit(syn *s, const char *word)
{
	size_t n = strlen(word);
	for (size_t k = 0; k < n; k++, s->i++)
		if (s->i >= s->len || s->t[s->i] != word[k])
			return syn_fail(s, NULL);
	return true;
}

static bool syn_digits(syn *s)
{
	size_t start = s->i;
	while (s->i < s->len && s->t[s->i] >= '0' && s->t[s->i] <= '9')
		s->i++;
	return s->i > start;
}

/* A malformed number is reported at its first character. */
static bool syn_number(syn *s)
{
	size_t start = s->i;
	if (s->t[s->i] == '-')
		s->i++;
	if (s->i < s->len && s->t[s->i] == '0')
		s->i++;
	else if (!syn_digits(s))
		goto bad;
	if (s->i < s->len && s->t[s->i] == '.') {
		s->i++;
		if (!syn_digits(s))
			goto bad;
	}
	if (s->i < s->len && (s->t[s->i] == 'e' || s->t[s->i] == 'E')) {
		s->i++;
		if (s->i < s->len && (s->t[s->i] == '+' || s->t[s->i] == '-'))
			s->i++;
		if (!syn_digits(s))
			goto bad;
	}
	return true;
bad:
	s->i = start;
	return syn_fail(s, "invalid number");
}

static bool syn_string(syn *s)
{
	size_t start = s->i++; /* the opening quote */
	while (s->i < s->len) {
		unsigned char c = (unsigned char)s->t[s->i];
		if (c == '"') {
			s->i++;
			return true;
		}
		if (c < 0x20)
			return syn_fail(s, "control character in string");
		if (c >= 0x80) {
			size_t n = utf8_len((const unsigned char *)s->t + s->i, s->len - s->i);
			if (!n)
				return syn_fail(s, "invalid UTF-8 in string");
			s->i += n;
			continue;
		}
		if (c == '\\') {
			s->i++;
			if (s->i >= s->len)
				break;
			char e = s->t[s->i];
			if (e == 'u') {
				for (int k = 1; k <= 4; k++) {
					char h = s->i + (size_t)k < s->len ? s->t[s->i + (size_t)k] : 0;
					if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') ||
					      (h >= 'A' && h <= 'F')))
						return syn_fail(s, "invalid \\u escape in string");
				}
				s->i += 4;
			} else if (!strchr("\"\\/bfnrt", e) || e == 0) {
				return syn_fail(s, "invalid escape in string");
			}
		}
		s->i++;
	}
	s->i = start;
	return syn_fail(s, "unterminated string");
}

static bool syn_value(syn *s);

static bool syn_container(syn *s, char close)
{
	if (++s->depth > MAX_DEPTH)
		return syn_fail(s, "nested deeper than 64 levels");
	s->i++;
	syn_ws(s);
	if (s->i < s->len && s->t[s->i] == close) {
		s->i++;
		s->depth--;
		return true;
	}
	for (;;) {
		syn_ws(s);
		if (close == '}') {
			if (s->i >= s->len || s->t[s->i] != '"')
				return syn_fail(s, "expected a string key");
			if (!syn_string(s))
				return false;
			syn_ws(s);
			if (s->i >= s->len || s->t[s->i] != ':')
				return syn_fail(s, "expected ':' after key");
			s->i++;
		}
		if (!syn_value(s))
			return false;
		syn_ws(s);
		if (s->i < s->len && s->t[s->i] == ',') {
			s->i++;
			continue;
		}
		if (s->i < s->len && s->t[s->i] == close) {
			s->i++;
			s->depth--;
			return true;
		}
		return syn_fail(s, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
	}
}

static bool syn_value(syn *s)
{
	syn_ws(s);
	if (s->i >= s->len)
		return syn_fail(s, NULL);
	switch (s->t[s->i]) {
	case '{': return syn_container(s, '}');
	case '[': return syn_container(s, ']');
	case '"': return syn_string(s);
	case 't': return syn_lit(s, "true");
	case 'f': return syn_lit(s, "false");
	case 'n': return syn_lit(s, "null");
	default:
		if (s->t[s->i] == '-' || (s->t[s->i] >= '0' && s->t[s->i] <= '9'))
			return syn_number(s);
		return syn_fail(s, NULL);
	}
}

static int parse_error(db_diag *d, const char *file, const char *text, size_t len,
		       size_t off, const char *what)
{
	int line, col;
	db_line_col(text, len, off, &line, &col);
	if (off >= len)
		return db_error(d, file, line, col, "invalid JSON: unexpected end of input");
	if (what)
		return db_error(d, file, line, col, "invalid JSON: %s", what);
	unsigned char c = (unsigned char)text[off];
	if (c > 0x20 && c < 0x7f)
		return db_error(d, file, line, col, "invalid JSON: unexpected '%c'", c);
	return db_error(d, file, line, col, "invalid JSON: unexpected byte 0x%02x", c);
}

/* Check the whole text (after an optional UTF-8 BOM) against RFC 8259.
 * Returns 0, or -1 with d filled at the offending place. */
static int check_syntax(const char *text, size_t len, const char *file, db_diag *d)
{
	syn s = { text, len, 0, 0, NULL };
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		s.i = 3;
	if (syn_value(&s)) {
		syn_ws(&s);
		if (s.i >= len)
			return 0;
		s.msg = "trailing characters after the document";
	}
	return parse_error(d, file, text, len, s.i, s.msg);
}

/* The syntax is checked first (strictly, with exact error places: cJSON
 * accepts some non-JSON such as "1." and reports positions only roughly),
 * then cJSON builds the tree. */
db_json *db_json_parse(const char *text, size_t len, const char *file, db_diag *d)
{
	if (len > MAX_SIZE) {
		db_error(d, file, 0, 0, "JSON document too large (%zu bytes, limit %zu)",
			 len, MAX_SIZE);
		return NULL;
	}
	if (check_syntax(text, len, file, d) < 0)
		return NULL;
	const char *end = NULL;
	cJSON *c = cJSON_ParseWithLengthOpts(text, len, &end, 0);
	if (!c) {
		size_t off = end && end >= text ? (size_t)(end - text) : 0;
		parse_error(d, file, text, len, off, NULL);
		return NULL;
	}
	json_root *r = db_xcalloc(1, sizeof *r);
	convert(&r->arena, c, &r->node);
	r->node.key = NULL;
	cJSON_Delete(c);
	return &r->node;
}

void db_json_free(db_json *root)
{
	if (!root)
		return;
	json_root *r = (json_root *)root;
	db_arena_release(&r->arena);
	free(r);
}

bool db_json_is_object(const db_json *j) { return j && j->type == J_OBJECT; }
bool db_json_is_array(const db_json *j) { return j && j->type == J_ARRAY; }
bool db_json_is_string(const db_json *j) { return j && j->type == J_STRING; }
bool db_json_is_number(const db_json *j) { return j && j->type == J_NUMBER; }
bool db_json_is_bool(const db_json *j) { return j && j->type == J_BOOL; }
bool db_json_is_null(const db_json *j) { return !j || j->type == J_NULL; }

const db_json *db_json_get(const db_json *obj, const char *key)
{
	if (!obj || obj->type != J_OBJECT || !key)
		return NULL;
	for (size_t i = 0; i < obj->n; i++)
		if (strcmp(obj->kids[i].key, key) == 0)
			return &obj->kids[i];
	return NULL;
}

size_t db_json_len(const db_json *j)
{
	return j && (j->type == J_ARRAY || j->type == J_OBJECT) ? j->n : 0;
}

const db_json *db_json_at(const db_json *j, size_t i)
{
	return i < db_json_len(j) ? &j->kids[i] : NULL;
}

const char *db_json_key(const db_json *member) { return member ? member->key : NULL; }

const char *db_json_str(const db_json *j)
{
	return j && j->type == J_STRING ? j->str : NULL;
}

double db_json_num(const db_json *j, double dflt)
{
	return j && j->type == J_NUMBER ? j->num : dflt;
}

bool db_json_bool(const db_json *j, bool dflt)
{
	return j && j->type == J_BOOL ? j->b : dflt;
}

const char *db_json_get_str(const db_json *obj, const char *key)
{
	return db_json_str(db_json_get(obj, key));
}

/* --- writing ------------------------------------------------------------ */

void db_json_quote(db_buf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	db_buf_putc(b, '"');
	const char *run = s;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 0x80) {
			/* Invalid UTF-8 never reaches a document: U+FFFD instead. */
			size_t n = utf8_len((const unsigned char *)s, strnlen(s, 4));
			if (n) {
				s += n - 1;
				continue;
			}
			db_buf_add(b, run, (size_t)(s - run));
			db_buf_puts(b, "\xEF\xBF\xBD");
			run = s + 1;
			continue;
		}
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		db_buf_add(b, run, (size_t)(s - run));
		run = s + 1;
		switch (c) {
		case '"': db_buf_puts(b, "\\\""); break;
		case '\\': db_buf_puts(b, "\\\\"); break;
		case '\n': db_buf_puts(b, "\\n"); break;
		case '\r': db_buf_puts(b, "\\r"); break;
		case '\t': db_buf_puts(b, "\\t"); break;
		case '\b': db_buf_puts(b, "\\b"); break;
		case '\f': db_buf_puts(b, "\\f"); break;
		default: {
			char u[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0 };
			db_buf_puts(b, u);
		}
		}
	}
	db_buf_add(b, run, (size_t)(s - run));
	db_buf_putc(b, '"');
}

static int slot(int depth)
{
	return depth < 0 ? 0 : depth > 63 ? 63 : depth;
}

static void newline(db_jw *w)
{
	db_buf_putc(w->out, '\n');
	for (int i = 0; i < w->depth; i++)
		db_buf_puts(w->out, "  ");
}

/* Separator and indentation before a value or key. */
static void prefix(db_jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth == 0)
		return;
	if (!w->first[slot(w->depth)])
		db_buf_putc(w->out, ',');
	w->first[slot(w->depth)] = false;
	if (w->pretty)
		newline(w);
}

void db_jw_init(db_jw *w, db_buf *out, bool pretty)
{
	memset(w, 0, sizeof *w);
	w->out = out;
	w->pretty = pretty;
}

static void open_(db_jw *w, char c)
{
	prefix(w);
	db_buf_putc(w->out, c);
	w->depth++;
	w->first[slot(w->depth)] = true;
}

static void close_(db_jw *w, char c)
{
	bool empty = w->first[slot(w->depth)];
	w->depth--;
	if (!empty && w->pretty)
		newline(w);
	db_buf_putc(w->out, c);
}

void db_jw_begin_object(db_jw *w) { open_(w, '{'); }
void db_jw_end_object(db_jw *w) { close_(w, '}'); }
void db_jw_begin_array(db_jw *w) { open_(w, '['); }
void db_jw_end_array(db_jw *w) { close_(w, ']'); }

void db_jw_key(db_jw *w, const char *key)
{
	prefix(w);
	db_json_quote(w->out, key);
	db_buf_puts(w->out, w->pretty ? ": " : ":");
	w->after_key = true;
}

void db_jw_string(db_jw *w, const char *s)
{
	prefix(w);
	if (s)
		db_json_quote(w->out, s);
	else
		db_buf_puts(w->out, "null");
}

void db_jw_number(db_jw *w, double v)
{
	char tmp[DB_NUMFMT_MAX];
	prefix(w);
	db_buf_puts(w->out, db_numfmt(v, tmp));
}

void db_jw_int(db_jw *w, long long v)
{
	prefix(w);
	db_buf_printf(w->out, "%lld", v);
}

void db_jw_bool(db_jw *w, bool v)
{
	prefix(w);
	db_buf_puts(w->out, v ? "true" : "false");
}

void db_jw_null(db_jw *w)
{
	prefix(w);
	db_buf_puts(w->out, "null");
}

void db_jw_kstring(db_jw *w, const char *key, const char *s) { db_jw_key(w, key); db_jw_string(w, s); }
void db_jw_knumber(db_jw *w, const char *key, double v) { db_jw_key(w, key); db_jw_number(w, v); }
void db_jw_kint(db_jw *w, const char *key, long long v) { db_jw_key(w, key); db_jw_int(w, v); }
void db_jw_kbool(db_jw *w, const char *key, bool v) { db_jw_key(w, key); db_jw_bool(w, v); }
void db_jw_knull(db_jw *w, const char *key) { db_jw_key(w, key); db_jw_null(w); }
