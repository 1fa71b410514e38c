/* json.c - the JSON reader (a read-only view built from cJSON's tree) and
 * the deterministic writer db_jw. The only file that includes cJSON.h.
 *
 * cJSON parses; its tree is then copied in one walk into nodes whose
 * children are contiguous (O(1) db_json_at). cJSON's nodes and strings come
 * from a per-parse bump region (see "cJSON's memory" below), not one malloc
 * each. cJSON is laxer than RFC 8259 in a few places and says only roughly
 * where it stopped, so a quick scan first looks for the constructs it would
 * let through, and a strict checker runs only when that scan finds one or
 * parsing fails: it names the exact offending byte and what was expected. */
#include "core/json.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/i18n.h"
#include "core/numfmt.h"
#include "core/text.h"

#define MAX_SIZE ((size_t)256 << 20)
#define MAX_DEPTH 64
#define MAX_NUMBER 63   /* cJSON reads at most 63 characters of a number */

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

/* Past the run of three-byte sequences led by E1–EC or EE–EF at u (the
 * Chinese characters, which can be neither overlong nor surrogates). */
static inline const unsigned char *skip_cjk(const unsigned char *u, const unsigned char *end)
{
	while (end - u >= 3 && u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED &&
	       (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
		u += 3;
	return u;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool is_hex(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Length of the number at s[0..n) by RFC 8259's grammar, 0 if none. */
static size_t number_len(const char *s, size_t n)
{
	size_t i = 0, d;
	if (i < n && s[i] == '-')
		i++;
	if (i < n && s[i] == '0')
		i++;
	else if (i < n && is_digit(s[i]))
		while (i < n && is_digit(s[i]))
			i++;
	else
		return 0;
	if (i < n && s[i] == '.') {
		for (d = ++i; i < n && is_digit(s[i]); i++)
			;
		if (i == d)
			return 0;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		if (++i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		for (d = i; i < n && is_digit(s[i]); i++)
			;
		if (i == d)
			return 0;
	}
	return i;
}

static const double pow10_exact[] = {
	1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

size_t db_json_number(const char *s, size_t n, double *out)
{
	size_t len = number_len(s, n), i;
	uint64_t m = 0;
	int frac = 0;
	bool point = false;
	char tmp[MAX_NUMBER + 1];

	if (len == 0 || len > MAX_NUMBER)
		return 0;
	i = s[0] == '-';
	/* Below 10^15 and without an exponent, m and 10^frac are exact
	 * doubles, so their quotient is correctly rounded, as strtod's
	 * result is. */
	for (; i < len; i++) {
		if (s[i] == '.') {
			point = true;
			continue;
		}
		if (s[i] < '0' || s[i] > '9' || m >= 100000000000000ull)
			break;
		m = m * 10 + (uint64_t)(s[i] - '0');
		frac += point;
	}
	if (i == len && frac <= 22) {
		double v = (double)m / pow10_exact[frac];
		*out = s[0] == '-' ? -v : v;
		return len;
	}
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	*out = strtod(tmp, NULL);
	return isfinite(*out) ? len : 0;
}

/* Does any of the 8 bytes in w end or escape a string or be a control
 * character? (Bit tricks from "Bit Twiddling Hacks".) */
static uint64_t special_mask(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
	return ((w - ones * 0x20) | (q - ones) | (b - ones)) & ~w & highs;
}

static bool special8(uint64_t w)
{
	return special_mask(w) != 0;
}

const char *db_json_string_end(const char *s, const char *end, bool *escaped)
{
	*escaped = false;
	for (;;) {
		uint64_t w, m = 0;
		while (end - s >= 8 && (memcpy(&w, s, 8), !(m = special_mask(w))))
			s += 8;
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		/* The mask's lowest bit is the first special byte (a false
		 * hit can only follow a true one): straight to it. */
		if (m)
			s += __builtin_ctzll(m) / 8;
#endif
		if (s >= end || (unsigned char)*s < 0x20)
			return NULL;
		if (*s == '"')
			return s;
		if (*s == '\\') {
			if (end - s < 2 || !s[1] || !strchr("\"\\/bfnrt", s[1]))
				return NULL;
			*escaped = true;
			s += 2;
			continue;
		}
		s++;
	}
}

/* True when t has none of what cJSON reads but RFC 8259 (or duibiao)
 * refuses: numbers such as 1. 01 -.5 (cJSON hands whatever it finds to
 * strtod), control bytes in strings or between tokens (cJSON skips any byte
 * up to a space), \u escapes without four hex digits (cJSON reads U+0000)
 * and \u0000 itself (it would cut the string short). Everything else that
 * is wrong cJSON refuses itself, except invalid UTF-8, deep nesting,
 * duplicate keys and numbers beyond a double, which the walk over its tree
 * checks. */
static bool cjson_is_strict_on(const char *t, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)t[i];
		if (c == '"') {
			for (i++; i < len; i++) {
				uint64_t w;
				while (len - i >= 8 && (memcpy(&w, t + i, 8), !special8(w)))
					i += 8;
				if (i >= len)
					break;
				c = (unsigned char)t[i];
				if (c == '"')
					break;
				if (c < 0x20)
					return false;
				if (c == '\\' && ++i < len && t[i] == 'u') {
					if (len - i < 5 || !is_hex(t[i + 1]) || !is_hex(t[i + 2]) ||
					    !is_hex(t[i + 3]) || !is_hex(t[i + 4]) ||
					    !memcmp(t + i + 1, "0000", 4))
						return false;
					i += 4;
				}
			}
			if (i >= len)
				return false;
			i++;
		} else if (c == '-' || is_digit((char)c)) {
			size_t n = number_len(t + i, len - i);
			if (n == 0 || n > MAX_NUMBER)
				return false;
			i += n;
			/* cJSON's number goes on over these: 01 would be 1 */
			if (i < len && (is_digit(t[i]) || strchr(".eE+-", t[i])))
				return false;
		} else {
			/* cJSON skips a second BOM; any other such byte it refuses */
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c >= 0x80)
				return false;
			i++;
		}
	}
	return true;
}

/* The strict checker: RFC 8259 plus the limits, for finding and naming an
 * error. It builds nothing. Duplicate keys it looks for only when told
 * which one (the walk over cJSON's tree finds them cheaply, then asks the
 * checker where the second one is). */
typedef struct {
	const char *t;
	size_t len, i;
	int depth;
	const char *msg;        /* what was expected at i; NULL: "unexpected …" */
	const char *dup;        /* a key to find twice in one object, or NULL */
	char why[160];          /* msg when it names something */
} chk;

/* msg is translated when it is printed (xgettext's keyword fail:2). */
static bool fail(chk *p, const char *msg)
{
	p->msg = msg;
	return false;
}

static void skip_ws(chk *p)
{
	while (p->i < p->len) {
		char c = p->t[p->i];
		if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
			break;
		p->i++;
	}
}

static bool literal(chk *p, const char *word)
{
	for (; *word; word++, p->i++)
		if (p->i >= p->len || p->t[p->i] != *word)
			return fail(p, NULL);
	return true;
}

static int hex4(const char *s)
{
	int v = 0;
	for (int k = 0; k < 4; k++) {
		char h = s[k];
		v <<= 4;
		if (h >= '0' && h <= '9')
			v |= h - '0';
		else if (h >= 'a' && h <= 'f')
			v |= h - 'a' + 10;
		else if (h >= 'A' && h <= 'F')
			v |= h - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* One escape; p->i at the character after the backslash. A \u escape of a
 * surrogate must be a high one followed by \u and a low one. */
static bool escape(chk *p)
{
	char e = p->t[p->i];
	int cp, lo;

	if (e && strchr("\"\\/bfnrt", e)) {
		p->i++;
		return true;
	}
	if (e != 'u')
		return fail(p, "invalid escape in string");
	if (p->len - p->i < 5 || (cp = hex4(p->t + p->i + 1)) < 0)
		return fail(p, "invalid \\u escape in string");
	if (cp == 0)
		return fail(p, "\\u0000 in string (a NUL character is not text)");
	if (cp >= 0xDC00 && cp <= 0xDFFF)
		return fail(p, "invalid \\u escape in string (lone surrogate)");
	if (cp >= 0xD800 && cp <= 0xDBFF) {
		if (p->len - p->i < 11 || p->t[p->i + 5] != '\\' || p->t[p->i + 6] != 'u' ||
		    (lo = hex4(p->t + p->i + 7)) < 0xDC00 || lo > 0xDFFF)
			return fail(p, "invalid \\u escape in string (lone surrogate)");
		p->i += 6;
	}
	p->i += 5;
	return true;
}

/* A string at p->i (the opening quote). */
static bool string(chk *p)
{
	size_t start = p->i++;

	while (p->i < p->len) {
		unsigned char c = (unsigned char)p->t[p->i];
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			p->i++;
			continue;
		}
		if (c == '"')
			break;
		if (c < 0x20)
			return fail(p, "control character in string");
		if (c >= 0x80) {
			size_t n = db_utf8_len((const unsigned char *)p->t + p->i, p->len - p->i);
			if (!n)
				return fail(p, "invalid UTF-8 in string");
			p->i += n;
			continue;
		}
		/* a backslash */
		if (++p->i >= p->len)
			break;
		if (!escape(p))
			return false;
	}
	if (p->i >= p->len) {
		p->i = start;
		return fail(p, "unterminated string");
	}
	p->i++;   /* the closing quote */
	return true;
}

/* A malformed number is reported at its first character, and so is one
 * beyond a double (1e400), which cJSON would read as infinity. */
static bool number(chk *p)
{
	char digits[MAX_NUMBER + 1];
	size_t n = number_len(p->t + p->i, p->len - p->i);
	if (!n)
		return fail(p, "invalid number");
	if (n > MAX_NUMBER)
		return fail(p, "number longer than 63 characters");
	memcpy(digits, p->t + p->i, n);
	digits[n] = '\0';
	if (!isfinite(strtod(digits, NULL)))
		return fail(p, "number too large for a double");
	p->i += n;
	return true;
}

/* The next code point of a string already checked, its body continuing at
 * *i; -1 at the closing quote. */
static long next_cp(const char *t, size_t len, size_t *i)
{
	unsigned char c = (unsigned char)t[*i];
	long cp;

	if (c == '"')
		return -1;
	if (c != '\\') {
		size_t n = db_utf8_len((const unsigned char *)t + *i, len - *i);
		cp = (long)db_utf8_cp((const unsigned char *)t + *i, n);
		*i += n;
		return cp;
	}
	c = (unsigned char)t[*i + 1];
	*i += 2;
	switch (c) {
	case 'b': return '\b';
	case 'f': return '\f';
	case 'n': return '\n';
	case 'r': return '\r';
	case 't': return '\t';
	case 'u':
		cp = hex4(t + *i);
		*i += 4;
		if (cp >= 0xD800 && cp <= 0xDBFF) {   /* a low surrogate follows */
			cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(t + *i + 2) - 0xDC00);
			*i += 6;
		}
		return cp;
	default:
		return c;   /* " \\ / */
	}
}

/* Is the string at offset at (its opening quote) the UTF-8 text key? */
static bool key_is(const char *t, size_t len, size_t at, const char *key)
{
	const unsigned char *k = (const unsigned char *)key;
	size_t i = at + 1;
	long cp;

	while ((cp = next_cp(t, len, &i)) >= 0) {
		unsigned char u[4];
		size_t n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		if (n == 1)
			u[0] = (unsigned char)cp;
		else
			for (size_t j = n; j-- > 0; cp >>= 6) {
				if (j)
					u[j] = (unsigned char)(0x80 | (cp & 0x3F));
				else
					u[j] = (unsigned char)((0xF00 >> n) | cp);
			}
		if (memcmp(k, u, n) != 0)
			return false;
		k += n;
	}
	return *k == '\0';
}

static bool value(chk *p);

static bool container(chk *p, char close)
{
	bool seen = false;   /* p->dup is a key of this object */

	if (++p->depth > MAX_DEPTH)
		return fail(p, "nested deeper than 64 levels");
	p->i++;
	skip_ws(p);
	if (p->i < p->len && p->t[p->i] == close) {
		p->i++;
		p->depth--;
		return true;
	}
	for (;;) {
		skip_ws(p);
		if (close == '}') {
			size_t at = p->i;
			if (p->i >= p->len || p->t[p->i] != '"')
				return fail(p, "expected a string key");
			if (!string(p))
				return false;
			if (p->dup && key_is(p->t, p->len, at, p->dup)) {
				if (seen) {
					p->i = at;
					snprintf(p->why, sizeof p->why, _("duplicate key \"%.100s\""),
						 p->dup);
					return fail(p, p->why);
				}
				seen = true;
			}
			skip_ws(p);
			if (p->i >= p->len || p->t[p->i] != ':')
				return fail(p, "expected ':' after key");
			p->i++;
		}
		if (!value(p))
			return false;
		skip_ws(p);
		if (p->i < p->len && p->t[p->i] == ',') {
			p->i++;
			continue;
		}
		if (p->i < p->len && p->t[p->i] == close) {
			p->i++;
			p->depth--;
			return true;
		}
		return fail(p, close == '}' ? N_("expected ',' or '}'") : N_("expected ',' or ']'"));
	}
}

static bool value(chk *p)
{
	skip_ws(p);
	if (p->i >= p->len)
		return fail(p, NULL);
	switch (p->t[p->i]) {
	case '{': return container(p, '}');
	case '[': return container(p, ']');
	case '"': return string(p);
	case 't': return literal(p, "true");
	case 'f': return literal(p, "false");
	case 'n': return literal(p, "null");
	default:
		if (p->t[p->i] == '-' || is_digit(p->t[p->i]))
			return number(p);
		return fail(p, NULL);
	}
}

/* Check text[start..len) strictly (and for the key dup twice in an object,
 * when not NULL). Returns 0, or -1 with d filled at the offending place. */
static int check(const char *text, size_t len, size_t start, const char *dup, const char *file,
		 db_diag *d)
{
	chk p = { text, len, start, 0, NULL, dup, "" };
	int line, col;

	if (value(&p)) {
		skip_ws(&p);
		if (p.i >= len)
			return 0;
		p.msg = N_("trailing characters after the document");
	}
	db_line_col(text, len, p.i, &line, &col);
	if (p.i >= len)
		return db_error(d, file, line, col, "invalid JSON: unexpected end of input");
	if (p.msg)
		return db_error(d, file, line, col, "invalid JSON: %s", _(p.msg));
	unsigned char c = (unsigned char)text[p.i];
	if (c > 0x20 && c < 0x7f)
		return db_error(d, file, line, col, "invalid JSON: unexpected '%c'", c);
	return db_error(d, file, line, col, "invalid JSON: unexpected byte 0x%02x", c);
}

/* Copying cJSON's tree. Short strings repeat within a document (keys,
 * entity, unit, enum words): each distinct one is copied once per arena
 * and shared. */
#define INTERN_MAX 48

typedef struct {
	const char *s;          /* NULL: empty slot */
	uint64_t h;
	const db_arena *a;
	size_t object;          /* the last object that has it as a key (0: none) */
} islot;

typedef struct {
	db_arena *a;            /* nodes and keys */
	db_arena *sa;           /* string values */
	bool scratch;           /* cJSON's tree is in the scratch region: never free it */
	islot *interned;        /* by hash */
	size_t ninterned, nslots;
	size_t objects;         /* objects seen, numbering them for duplicate keys */
	const char *dup;        /* a key found twice in one object */
} conv;

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t k = 0; k < n; k++)
		h = (h ^ (unsigned char)s[k]) * 1099511628211ull;
	return h;
}

static char *copy_str(db_arena *a, const char *s, size_t n)
{
	return db_arena_strndup(a, s, n);
}

/* Keys (cv->a) and values (cv->sa) are interned apart when the arenas
 * differ: the arena is folded into the hash, checked on a hit. The slot of
 * s, or NULL when s is too long to intern. */
static islot *intern_slot(conv *cv, db_arena *a, const char *s, size_t n)
{
	uint64_t h;
	size_t k, mask;

	if (n > INTERN_MAX)
		return NULL;
	h = hash_bytes(s, n) ^ (a == cv->a ? 0x9e3779b97f4a7c15ull : 0);
	if ((cv->ninterned + 1) * 2 > cv->nslots) {
		size_t m = cv->nslots ? cv->nslots * 2 : 256;
		islot *slots = db_xcalloc(m, sizeof *slots);
		for (size_t j = 0; j < cv->nslots; j++) {
			if (!cv->interned[j].s)
				continue;
			for (k = (size_t)cv->interned[j].h & (m - 1); slots[k].s; k = (k + 1) & (m - 1))
				;
			slots[k] = cv->interned[j];
		}
		free(cv->interned);
		cv->interned = slots;
		cv->nslots = m;
	}
	mask = cv->nslots - 1;
	for (k = (size_t)h & mask; cv->interned[k].s; k = (k + 1) & mask) {
		islot *e = &cv->interned[k];
		if (e->h == h && e->a == a && !memcmp(e->s, s, n) && e->s[n] == '\0')
			return e;
	}
	cv->ninterned++;
	cv->interned[k] = (islot){ copy_str(a, s, n), h, a, 0 };
	return &cv->interned[k];
}

static const char *intern(conv *cv, db_arena *a, const char *s, size_t n)
{
	islot *e = intern_slot(cv, a, s, n);
	return e ? e->s : copy_str(a, s, n);
}

/* Is s valid UTF-8 (cJSON copies a string's bytes as they are)? */
bool db_json_utf8_ok(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n;

	while (i < len) {
		uint64_t w;
		if (len - i >= 8 && (memcpy(&w, u + i, 8), !(w & 0x8080808080808080ull))) {
			i += 8;   /* eight ASCII bytes */
			continue;
		}
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = (size_t)(skip_cjk(u + i, u + len) - (u + i))) > 0) {
			i += n;
			continue;
		}
		if (!(n = db_utf8_len(u + i, len - i)))
			return false;
		i += n;
	}
	return true;
}

/* A copy of the NUL-terminated s in a, or NULL if s is not valid UTF-8. */
static const char *utf8_copy(conv *cv, db_arena *a, const char *s)
{
	size_t len = strlen(s);
	return db_json_utf8_ok(s, len) ? intern(cv, a, s, len) : NULL;
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The keys of an object's members (kids[0..n), from cJSON's list at k)
 * copied; false when one is not UTF-8, or is there twice (cv->dup). An
 * interned key remembers the last object it was a key of, so a repeat costs
 * nothing to find; keys too long to intern are compared with each other. */
static bool copy_keys(conv *cv, const cJSON *k, struct db_json *kids, size_t n)
{
	size_t object = ++cv->objects, nlong = 0;

	for (size_t i = 0; i < n; i++, k = k->next) {
		const char *key = k->string ? k->string : "";
		size_t len = strlen(key);
		islot *e;
		memset(&kids[i], 0, sizeof kids[i]);
		if (!db_json_utf8_ok(key, len))
			return false;
		if (!(e = intern_slot(cv, cv->a, key, len))) {
			kids[i].key = copy_str(cv->a, key, len);
			nlong++;
			continue;
		}
		if (e->object == object) {
			cv->dup = e->s;
			return false;
		}
		e->object = object;
		kids[i].key = e->s;
	}
	if (nlong > 1) {   /* sorted, so that many of them cost n log n */
		const char **longs = db_xmalloc(nlong * sizeof *longs);
		size_t m = 0;
		for (size_t i = 0; i < n; i++)
			if (strlen(kids[i].key) > INTERN_MAX)
				longs[m++] = kids[i].key;
		qsort(longs, m, sizeof *longs, str_cmp);
		for (size_t i = 1; i < m && !cv->dup; i++)
			if (!strcmp(longs[i - 1], longs[i]))
				cv->dup = longs[i];
		free(longs);
	}
	return !cv->dup;
}

/* Copy c into j, freeing c's children as they are copied unless cJSON's
 * memory is the scratch region below. depth counts
 * j's enclosing containers and j. False when cJSON took something the
 * checker refuses. */
static bool convert(conv *cv, cJSON *c, struct db_json *j, int depth)
{
	switch (c->type & 0xFF) {
	case cJSON_Object:
	case cJSON_Array: {
		size_t n = 0;
		cJSON *k = c->child;
		if (depth > MAX_DEPTH)
			return false;
		j->type = (c->type & 0xFF) == cJSON_Object ? J_OBJECT : J_ARRAY;
		for (const cJSON *e = k; e; e = e->next)
			n++;
		j->n = n;
		j->kids = n ? db_arena_alloc(cv->a, n * sizeof *j->kids) : NULL;
		c->child = NULL;
		if (j->type == J_OBJECT && !copy_keys(cv, k, j->kids, n)) {
			if (!cv->scratch)
				cJSON_Delete(k);
			return false;
		}
		if (j->type == J_ARRAY && n)
			memset(j->kids, 0, n * sizeof *j->kids);
		for (n = 0; k; n++) {
			cJSON *next = k->next;
			struct db_json *kid = &j->kids[n];
			if (!convert(cv, k, kid, depth + 1)) {
				if (!cv->scratch)
					cJSON_Delete(k);   /* and its following siblings */
				return false;
			}
			if (!cv->scratch) {
				k->next = NULL;
				cJSON_Delete(k);
			}
			k = next;
		}
		return true;
	}
	case cJSON_String:
		j->type = J_STRING;
		return (j->str = utf8_copy(cv, cv->sa, c->valuestring ? c->valuestring : "")) != NULL;
	case cJSON_Number:
		j->type = J_NUMBER;
		j->num = c->valuedouble;
		return isfinite(j->num);   /* 1e400: beyond a double */
	case cJSON_True:
		j->type = J_BOOL;
		j->b = true;
		return true;
	case cJSON_False:
		j->type = J_BOOL;
		return true;
	default:
		j->type = J_NULL;
		return true;
	}
}

/* --- cJSON's memory ------------------------------------------------------
 * cJSON mallocs every node and string and frees them one by one; reading
 * the 10,000 records files of bench/compare_bench took 4.8 s that way and
 * 4.0 s with the region.
 * While this thread parses and copies, cJSON's allocations come from a bump
 * region freed whole afterwards, and its frees do nothing. cJSON's hooks are
 * process-wide, so they are installed once and pass through to malloc/free
 * on any thread that is not inside db_json_parse_in. If another library in
 * the process installs its own hooks, the region stays unused and the parse
 * frees cJSON's tree the ordinary way. */
typedef struct scratch_block {
	struct scratch_block *next;
	size_t used, cap;
	_Alignas(16) unsigned char data[];
} scratch_block;

typedef struct {
	scratch_block *head;
	size_t total;          /* bytes handed out: each new block is at least this */
} scratch;

static _Thread_local scratch *tls_scratch;

static void *scratch_malloc(size_t n)
{
	scratch *s = tls_scratch;
	if (!s)
		return malloc(n);
	n = (n + 15) & ~(size_t)15;
	scratch_block *b = s->head;
	if (!b || b->cap - b->used < n) {
		size_t cap = s->total > n ? s->total : n;
		if (cap < 65536)
			cap = 65536;
		if (!(b = malloc(sizeof *b + cap)))
			return NULL;   /* cJSON fails the parse; reported as out of memory */
		b->next = s->head;
		b->used = 0;
		b->cap = cap;
		s->head = b;
	}
	void *p = b->data + b->used;
	b->used += n;
	s->total += n;
	return p;
}

static void scratch_free(void *p)
{
	if (!tls_scratch)
		free(p);
}

static void install_hooks(void)
{
	cJSON_Hooks h = { scratch_malloc, scratch_free };
	cJSON_InitHooks(&h);
}

static void scratch_begin(scratch *s)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, install_hooks);
	*s = (scratch){ NULL, 0 };
	tls_scratch = s;
}

/* True when cJSON's memory came from s (so its tree needs no freeing). */
static bool scratch_end(scratch *s)
{
	bool used = s->head != NULL;

	tls_scratch = NULL;
	while (s->head) {
		scratch_block *next = s->head->next;
		free(s->head);
		s->head = next;
	}
	return used;
}

db_json *db_json_parse(const char *text, size_t len, const char *file, db_diag *d)
{
	return db_json_parse_in(text, len, file, NULL, d);
}

db_json *db_json_parse_in(const char *text, size_t len, const char *file, db_arena *strings,
			  db_diag *d)
{
	size_t start = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	const char *end = NULL, *t = text + start;
	bool checked = false;

	if (len > MAX_SIZE) {
		db_error(d, file, 0, 0, "JSON document too large (%zu bytes, limit %zu)",
			 len, MAX_SIZE);
		return NULL;
	}
	if (!cjson_is_strict_on(t, len - start)) {
		if (check(text, len, start, NULL, file, d) < 0)
			return NULL;
		checked = true;
	}
	scratch sc;
	scratch_begin(&sc);
	cJSON *c = len > start ? cJSON_ParseWithLengthOpts(t, len - start, &end, false) : NULL;
	if (c)
		while (end < text + len && (*end == ' ' || *end == '\n' || *end == '\r' || *end == '\t'))
			end++;
	if (!c || end < text + len) {
		if (!scratch_end(&sc))
			cJSON_Delete(c);
		if (!checked && check(text, len, start, NULL, file, d) < 0)
			return NULL;
		/* The checker took it, so cJSON could only have run out of memory. */
		fprintf(stderr, "duibiao: out of memory (parsing %zu bytes of JSON)\n", len);
		abort();
	}
	json_root *r = db_xcalloc(1, sizeof *r);
	conv cv = { .a = &r->arena, .sa = strings ? strings : &r->arena, .scratch = sc.head != NULL };
	bool ok = convert(&cv, c, &r->node, 1);
	if (!scratch_end(&sc))
		cJSON_Delete(c);
	free(cv.interned);
	if (!ok) {
		/* (the checker refuses whatever the walk does; told the key, it
		 * finds its second place too) */
		if (cv.dup ? check(text, len, start, cv.dup, file, d) == 0
			   : checked || check(text, len, start, NULL, file, d) == 0)
			db_error(d, file, 0, 0, "invalid JSON");
		db_json_free(&r->node);
		return NULL;
	}
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

/* db_buf_putc without the call: the writer puts many single bytes. */
static inline void put1(db_buf *b, char c)
{
	if (b->len + 2 > b->cap)
		db_buf_grow(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void db_json_quote(db_buf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s, *run = u, *end = u + strlen(s);

	put1(b, '"');
	while (u < end) {
		uint64_t w;
		unsigned c;
		/* Eight bytes at a time through ASCII that needs no escape. */
		if (end - u >= 8 && (memcpy(&w, u, 8), !special8(w) && !(w & 0x8080808080808080ull))) {
			u += 8;
			continue;
		}
		c = *u;
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			u++;
			continue;
		}
		if (c >= 0x80) {
			const unsigned char *past = skip_cjk(u, end);
			if (past > u) {
				u = past;
				continue;
			}
			/* Invalid UTF-8 never reaches a document: U+FFFD instead. */
			size_t n = db_utf8_len(u, (size_t)(end - u));
			if (n) {
				u += n;
				continue;
			}
			db_buf_add(b, run, (size_t)(u - run));
			db_buf_puts(b, "\xEF\xBF\xBD");
			run = ++u;
			continue;
		}
		db_buf_add(b, run, (size_t)(u - run));
		run = ++u;
		switch (c) {
		case '"': db_buf_puts(b, "\\\""); break;
		case '\\': db_buf_puts(b, "\\\\"); break;
		case '\n': db_buf_puts(b, "\\n"); break;
		case '\r': db_buf_puts(b, "\\r"); break;
		case '\t': db_buf_puts(b, "\\t"); break;
		case '\b': db_buf_puts(b, "\\b"); break;
		case '\f': db_buf_puts(b, "\\f"); break;
		default: {
			char esc[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0 };
			db_buf_puts(b, esc);
		}
		}
	}
	db_buf_add(b, run, (size_t)(u - run));
	put1(b, '"');
}

static int slot(int depth)
{
	return depth < 0 ? 0 : depth > 63 ? 63 : depth;
}

static void newline(db_jw *w)
{
	put1(w->out, '\n');
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
		put1(w->out, ',');
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
	put1(w->out, c);
	w->depth++;
	w->first[slot(w->depth)] = true;
}

static void close_(db_jw *w, char c)
{
	bool empty = w->first[slot(w->depth)];
	w->depth--;
	if (!empty && w->pretty)
		newline(w);
	put1(w->out, c);
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

/* Digits of n (< 10^19) right-aligned before end; returns the first. */
static char *utoa_back(char *end, uint64_t n)
{
	do
		*--end = (char)('0' + n % 10);
	while (n /= 10);
	return end;
}

/* What db_numfmt writes, for the figures documents are made of, without its
 * search through printf and strtod (most of the cost of writing tables).
 * If v is the double nearest to m / 10^k with m < 10^15, the digits of m
 * are the shortest that read back as v: two different decimals of at most
 * 15 significant digits never round to the same double (DBL_DIG). Returns
 * NULL when v is not such a number. */
static const char *fast_numfmt(double v, char out[DB_NUMFMT_MAX])
{
	double a = v < 0 ? -v : v;
	uint64_t m = 0;
	int k = 0;
	char digits[24], *end = digits + sizeof digits, *first;

	if (!(a >= 1e-6 && a < 1e15))
		return NULL;
	for (;; k++) {
		double x = a * pow10_exact[k];
		if (x >= 1e15 || k > 21)
			return NULL;
		if (x == (double)(uint64_t)x && (double)(uint64_t)x / pow10_exact[k] == a) {
			m = (uint64_t)x;
			break;
		}
	}
	for (; k > 0 && m % 10 == 0; k--)
		m /= 10;
	first = utoa_back(end, m);
	char *o = out;
	if (v < 0)
		*o++ = '-';
	size_t n = (size_t)(end - first);
	if ((size_t)k >= n) {   /* 0.000ddd */
		*o++ = '0';
		*o++ = '.';
		for (size_t z = n; z < (size_t)k; z++)
			*o++ = '0';
		memcpy(o, first, n);
		o += n;
	} else {
		memcpy(o, first, n - (size_t)k);
		o += n - (size_t)k;
		if (k) {
			*o++ = '.';
			memcpy(o, end - k, (size_t)k);
			o += k;
		}
	}
	*o = '\0';
	return out;
}

void db_jw_number(db_jw *w, double v)
{
	char tmp[DB_NUMFMT_MAX];
	const char *s = fast_numfmt(v, tmp);
	prefix(w);
	db_buf_puts(w->out, s ? s : db_numfmt(v, tmp));
}

void db_jw_int(db_jw *w, long long v)
{
	char tmp[24], *end = tmp + sizeof tmp - 1, *s;
	*end = '\0';
	s = utoa_back(end, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
	if (v < 0)
		*--s = '-';
	prefix(w);
	db_buf_puts(w->out, s);
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
