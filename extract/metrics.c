/* metrics.c - find the catalog's metric labels in report text: every alias
 * compiled into one PCRE2 (JIT) alternation, longest alias first, so one scan
 * of the document yields every label and the longest one wins at each place
 * (规模以上工业企业增加值 over 规模以上工业企业). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "extract/extract_int.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

typedef struct {
	const char *alias;
	size_t len;
	size_t metric;
} alias_ref;

struct db_matcher {
	pcre2_code *re;
	alias_ref *aliases;   /* sorted by bytes, for lookup */
	size_t naliases;
};

static int by_length_desc(const void *a, const void *b)
{
	const alias_ref *x = a, *y = b;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return strcmp(x->alias, y->alias);
}

static int by_bytes(const void *a, const void *b)
{
	const alias_ref *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->alias, y->alias, n);
	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

static void put_literal(db_buf *b, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\^$.|?*+()[]{}", *s))
			db_buf_putc(b, '\\');
		db_buf_putc(b, *s);
	}
}

db_matcher *db_matcher_new(const db_catalog *c, db_diag *d)
{
	db_matcher *m = db_xcalloc(1, sizeof(*m));
	db_buf pat = DB_BUF_INIT;
	size_t n = 0;
	int err;
	PCRE2_SIZE erroff;

	for (size_t i = 0; i < c->len; i++)
		n += c->items[i].naliases;
	m->aliases = db_xcalloc(n ? n : 1, sizeof(alias_ref));
	for (size_t i = 0; i < c->len; i++)
		for (size_t j = 0; j < c->items[i].naliases; j++) {
			const char *a = c->items[i].aliases[j];
			if (!a || !*a)
				continue;
			m->aliases[m->naliases++] = (alias_ref){ a, strlen(a), i };
		}
	qsort(m->aliases, m->naliases, sizeof(alias_ref), by_length_desc);
	db_buf_puts(&pat, "(?:");
	for (size_t i = 0; i < m->naliases; i++) {
		if (i)
			db_buf_putc(&pat, '|');
		put_literal(&pat, m->aliases[i].alias);
	}
	if (!m->naliases)
		db_buf_puts(&pat, "(*FAIL)");
	db_buf_putc(&pat, ')');
	m->re = pcre2_compile((PCRE2_SPTR)pat.data, pat.len, 0, &err, &erroff, NULL);
	db_buf_release(&pat);
	if (!m->re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof(msg));
		db_matcher_free(m);
		db_error(d, NULL, 0, 0, "cannot compile the metric aliases: %s", (char *)msg);
		return NULL;
	}
	(void)pcre2_jit_compile(m->re, PCRE2_JIT_COMPLETE); /* the interpreter serves otherwise */
	qsort(m->aliases, m->naliases, sizeof(alias_ref), by_bytes);
	return m;
}

void db_matcher_free(db_matcher *m)
{
	if (!m)
		return;
	pcre2_code_free(m->re);
	free(m->aliases);
	free(m);
}

size_t db_matcher_lookup(const db_matcher *m, const char *s, size_t n)
{
	alias_ref key = { s, n, 0 };
	size_t lo = 0, hi = m->naliases;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = by_bytes(&key, &m->aliases[mid]);
		if (!c)
			return m->aliases[mid].metric;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return (size_t)-1;
}

static void labels_push(db_labels *ls, db_label l)
{
	if (ls->len == ls->cap) {
		ls->cap = ls->cap ? ls->cap * 2 : 64;
		ls->items = db_xrealloc(ls->items, ls->cap * sizeof(db_label));
	}
	ls->items[ls->len++] = l;
}

int db_matcher_scan(const db_matcher *m, const char *text, size_t len, db_labels *out,
		    db_diag *d)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(m->re, NULL);
	size_t pos = 0;
	int rc = 0;

	while (pos < len) {
		int r = pcre2_match(m->re, (PCRE2_SPTR)text, len, pos, 0, md, NULL);
		if (r == PCRE2_ERROR_NOMATCH)
			break;
		if (r < 0) {
			rc = db_error(d, NULL, 0, 0, "metric scan failed at byte %zu (pcre2 error %d)",
				      pos, r);
			break;
		}
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		size_t s = ov[0], e = ov[1];
		size_t metric = db_matcher_lookup(m, text + s, e - s);
		if (metric != (size_t)-1)
			labels_push(out, (db_label){ s, e, metric });
		pos = e > s ? e : s + 1;
	}
	pcre2_match_data_free(md);
	return rc;
}

void db_labels_release(db_labels *ls)
{
	free(ls->items);
	ls->items = NULL;
	ls->len = ls->cap = 0;
}
