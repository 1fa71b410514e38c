/* metrics.c - find the catalog's metric labels in report text: every alias
 * goes into one byte trie over its UTF-8 bytes (trie.c; the built-in
 * catalog's is compiled in, made when the program is built), and one
 * left-to-right pass takes, at the first position where any alias starts,
 * the longest alias there (规模以上工业企业增加值 over 规模以上工业企业),
 * then goes on after it.
 *
 * The root is a 256-entry table, so the common case - no alias starts with
 * this character - costs one or two lookups per byte. (A PCRE2 alternation
 * of all aliases did the same job at a third of the extractor's time.)
 *
 * A catalog entry's "patterns" (PCRE2, for a label whose wording varies)
 * are compiled once here and take part in the same pass: at each position
 * the longest of the trie's alias and the patterns' matches starting there
 * wins (the alias on a tie). With no patterns the pass is the trie's alone. */
#include "extract/extract_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "core/buf.h"
#include "extract/trie.h"

/* A pattern may take this many steps (PCRE2's match limit) and nest this
 * many backtracking points (its depth limit; the interpreter's only: JIT
 * code stops at its stack's end) per search before it gives up with an
 * error: (a+)+b over a run of a's would otherwise take exponential time.
 * A label pattern needs a few hundred steps. */
#define PATTERN_MATCH_LIMIT 1000000
#define PATTERN_DEPTH_LIMIT 10000

typedef struct {
	pcre2_code *code;
	size_t metric;
	const db_pattern *src;
} pattern;

struct db_matcher {
	const db_trie_node *nodes;
	const db_trie_edge *edges;
	const uint32_t *root;
	db_trie own;          /* the trie of a catalog not built in (else empty) */
	const db_catalog *catalog;
	pattern *pats;
	size_t npats;
	pcre2_match_context *mctx;
};

/* builtin_nodes, builtin_edges and builtin_root: the trie of the built-in
 * catalog, made when the program is built (make-catalog-table.c). */
#include "catalog_trie.h"

/* Characters of s before byte off: where PCRE2's error is, as a reader of
 * the pattern counts. */
static size_t chars_before(const char *s, size_t off)
{
	size_t n = 0;
	for (size_t k = 0; k < off && s[k]; k++)
		n += ((unsigned char)s[k] & 0xC0) != 0x80;
	return n;
}

static int compile_pattern(db_matcher *m, size_t metric, const db_pattern *p, db_diag *d)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)p->text, PCRE2_ZERO_TERMINATED, PCRE2_UTF,
					 &err, &off, NULL);
	if (!code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof msg);
		return db_error(d, p->file, p->line, 0,
				"metric %s: pattern \"%s\": %s (at offset %zu)",
				m->catalog->items[metric].id, p->text, (const char *)msg,
				chars_before(p->text, off));
	}
	/* JIT when this PCRE2 has it; else pcre2_match interprets */
#ifndef DB_PCRE2_NO_JIT
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
#endif
	m->pats[m->npats++] = (pattern){ code, metric, p };
	return 0;
}

/* Compile every pattern of the catalog; a pattern PCRE2 refuses is an error
 * naming its file, its line when known and its metric. */
static int compile_patterns(db_matcher *m, const db_catalog *c, db_diag *d)
{
	size_t n = 0;
	for (size_t i = 0; i < c->len; i++)
		n += c->items[i].npatterns;
	if (!n)
		return 0;
	m->pats = db_xcalloc(n, sizeof(pattern));
	m->mctx = pcre2_match_context_create(NULL);
	if (!m->mctx)
		return db_error(d, NULL, 0, 0, "out of memory compiling the catalog's patterns");
	pcre2_set_match_limit(m->mctx, PATTERN_MATCH_LIMIT);
	pcre2_set_depth_limit(m->mctx, PATTERN_DEPTH_LIMIT);
	for (size_t i = 0; i < c->len; i++)
		for (size_t k = 0; k < c->items[i].npatterns; k++)
			if (compile_pattern(m, i, &c->items[i].patterns[k], d) < 0)
				return -1;
	return 0;
}

db_matcher *db_matcher_new(const db_catalog *c, db_diag *d)
{
	db_matcher *m = db_xcalloc(1, sizeof(*m));

	m->catalog = c;
	if (compile_patterns(m, c, d) < 0) {
		db_matcher_free(m);
		return NULL;
	}
	if (c->builtin) {
		m->nodes = builtin_nodes;
		m->edges = builtin_edges;
		m->root = builtin_root;
	} else {
		db_trie_build(&m->own, c);
		m->nodes = m->own.nodes;
		m->edges = m->own.edges;
		m->root = m->own.root;
	}
	return m;
}

void db_matcher_free(db_matcher *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->npats; i++)
		pcre2_code_free(m->pats[i].code);
	free(m->pats);
	pcre2_match_context_free(m->mctx);
	db_trie_release(&m->own);
	free(m);
}

static inline uint32_t child_exact(const db_matcher *m, uint32_t at, unsigned char b)
{
	const db_trie_node *nd = &m->nodes[at];
	const db_trie_edge *e = m->edges + nd->first_edge;
	for (uint32_t i = 0; i < nd->nedges; i++) {
		if (e[i].byte == b)
			return e[i].child;
		if (e[i].byte > b)
			break;
	}
	return 0;
}

/* gdp, 人均gdp: pages that lower the case of a label's Latin letters name
 * the catalog's upper-case alias (an alias written in lower case still
 * matches as written first). Inline, as child_exact: the scan asks at
 * every byte it walks, and a call each took 1.7 % of extract's
 * instructions. */
static inline uint32_t child_of(const db_matcher *m, uint32_t at, unsigned char b)
{
	uint32_t c = child_exact(m, at, b);
	if (!c && b >= 'a' && b <= 'z')
		c = child_exact(m, at, (unsigned char)(b - 'a' + 'A'));
	return c;
}

static uint32_t root_of(const db_matcher *m, unsigned char b)
{
	uint32_t c = m->root[b];
	if (!c && b >= 'a' && b <= 'z')
		c = m->root[b - 'a' + 'A'];
	return c;
}

/* The first pattern's metric that matches all of s[0..n), or (size_t)-1:
 * a name made of words of the text is a pattern's label as it would be an
 * alias's. A pattern that errs here (at a limit, or s no UTF-8) matches
 * nothing. */
static size_t pattern_lookup(const db_matcher *m, const char *s, size_t n)
{
	size_t found = (size_t)-1;
	pcre2_match_data *md;

	if (!m->npats || !n || !(md = pcre2_match_data_create(1, NULL)))
		return found;
	for (size_t i = 0; i < m->npats && found == (size_t)-1; i++)
		if (pcre2_match(m->pats[i].code, (PCRE2_SPTR)s, n, 0,
				PCRE2_ANCHORED | PCRE2_ENDANCHORED, md, m->mctx) > 0)
			found = m->pats[i].metric;
	pcre2_match_data_free(md);
	return found;
}

size_t db_matcher_lookup(const db_matcher *m, const char *s, size_t n)
{
	uint32_t at;

	if (!n || !(at = root_of(m, (unsigned char)s[0])))
		return pattern_lookup(m, s, n);
	for (size_t i = 1; i < n; i++)
		if (!(at = child_of(m, at, (unsigned char)s[i])))
			return pattern_lookup(m, s, n);
	if (m->nodes[at].metric == (size_t)-1)
		return pattern_lookup(m, s, n);
	return m->nodes[at].metric;
}

static void labels_push(db_labels *ls, db_label l)
{
	if (ls->len == ls->cap) {
		ls->cap = ls->cap ? ls->cap * 2 : 64;
		ls->items = db_xrealloc(ls->items, ls->cap * sizeof(db_label));
	}
	ls->items[ls->len++] = l;
}

/* The byte after the bracket that opens at i (( or （) and closes within 60
 * bytes, or 0. */
static size_t bracket_end(const unsigned char *t, size_t len, size_t i)
{
	bool wide = i + 2 < len && t[i] == 0xEF && t[i + 1] == 0xBC && t[i + 2] == 0x88;
	if (!wide && t[i] != '(')
		return 0;
	for (size_t k = i + 1; k < len && k < i + 60; k++) {
		if (t[k] == '\n' || t[k] == '(' || (t[k] == 0xE3 && k + 2 < len && t[k + 1] == 0x80 &&
							t[k + 2] == 0x82)) /* 。 */
			return 0;
		if (t[k] == ')')
			return k + 1;
		if (k + 2 < len && t[k] == 0xEF && t[k + 1] == 0xBC && t[k + 2] == 0x89)
			return k + 3;
	}
	return 0;
}

/* Where each pattern next matches: [start, end), start == SIZE_MAX when it
 * matches no more; searched again only once the scan has passed start. */
typedef struct {
	size_t start, end;
	bool searched;
} next_match;

typedef struct {
	const db_matcher *m;
	const char *text;
	size_t len;
	pcre2_match_data *md;
	next_match *next;
} pattern_scan;

/* Search pattern i from byte pos (a character boundary: the end of a
 * label). Empty matches are none. The text's UTF-8 is checked on the first
 * search only. */
static int search(pattern_scan *ps, size_t i, size_t pos, db_diag *d)
{
	const pattern *p = &ps->m->pats[i];
	next_match *nx = &ps->next[i];
	uint32_t opts = PCRE2_NOTEMPTY | (nx->searched ? PCRE2_NO_UTF_CHECK : 0);
	int rc = pcre2_match(p->code, (PCRE2_SPTR)ps->text, ps->len, pos, opts, ps->md,
			     ps->m->mctx);
	nx->searched = true;
	if (rc == PCRE2_ERROR_NOMATCH) {
		nx->start = nx->end = SIZE_MAX;
		return 0;
	}
	if (rc < 0) {
		PCRE2_UCHAR msg[256];
		int line, col;
		pcre2_get_error_message(rc, msg, sizeof msg);
		db_line_col(ps->text, ps->len, pos, &line, &col);
		return db_error(d, NULL, line, col,
				"metric %s: pattern \"%s\" (%s) gave up searching from here: %s",
				ps->m->catalog->items[p->metric].id, p->src->text, p->src->file,
				(const char *)msg);
	}
	const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(ps->md);
	nx->start = ov[0];
	nx->end = ov[1];
	return 0;
}

/* The longest pattern match starting at pos when it is longer than
 * *best_end - pos: then *best_end and *best_metric become its. */
static int pattern_at(pattern_scan *ps, size_t pos, size_t *best_end, size_t *best_metric,
		      db_diag *d)
{
	for (size_t i = 0; i < ps->m->npats; i++) {
		next_match *nx = &ps->next[i];
		if ((!nx->searched || nx->start < pos) && search(ps, i, pos, d) < 0)
			return -1;
		if (nx->start == pos && nx->end > *best_end) {
			*best_end = nx->end;
			*best_metric = ps->m->pats[i].metric;
		}
	}
	return 0;
}

int db_matcher_scan(const db_matcher *m, const char *text, size_t len, db_labels *out,
		    db_diag *d)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t pos = 0;
	pattern_scan ps = { m, text, len, NULL, NULL };
	int rc = 0;

	if (m->npats) {
		ps.md = pcre2_match_data_create(1, NULL);
		ps.next = db_xcalloc(m->npats, sizeof(next_match));
		if (!ps.md) {
			free(ps.next);
			return db_error(d, NULL, 0, 0, "out of memory matching the catalog's patterns");
		}
	}
	while (pos < len) {
		uint32_t at = root_of(m, t[pos]);
		size_t best_end = 0, best_metric = (size_t)-1;
		for (size_t i = pos + 1; at; i++) {
			if (m->nodes[at].metric != (size_t)-1) {
				best_end = i;
				best_metric = m->nodes[at].metric;
			}
			if (i >= len)
				break;
			uint32_t next = child_of(m, at, t[i]);
			if (!next) {
				/* 社会消费品零\n售总额: a line break or space inside a
				 * label (text from PDFs and web pages) is not part of it */
				size_t k = i;
				while (k < len && (t[k] == '\n' || t[k] == '\r' || t[k] == ' ' ||
						   (t[k] == 0xE3 && k + 2 < len && t[k + 1] == 0x80 &&
						    t[k + 2] == 0x80)))
					k += t[k] == 0xE3 ? 3 : 1;
				/* 农林牧渔业（包括…）增加值: a note in brackets inside a
				 * label */
				if (k == i)
					k = bracket_end(t, len, i);
				if (k > i && k < len && (next = child_of(m, at, t[k])))
					i = k;
			}
			at = next;
		}
		if (m->npats && (rc = pattern_at(&ps, pos, &best_end, &best_metric, d)) < 0)
			break;
		if (best_end) {
			labels_push(out, (db_label){ pos, best_end, best_metric });
			pos = best_end;
		} else {
			pos++;
		}
	}
	pcre2_match_data_free(ps.md);
	free(ps.next);
	return rc;
}

void db_labels_release(db_labels *ls)
{
	free(ls->items);
	ls->items = NULL;
	ls->len = ls->cap = 0;
}
