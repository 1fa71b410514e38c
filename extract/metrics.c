/* metrics.c - find the catalog's metric labels in report text: every alias
 * goes into one byte trie over its UTF-8 bytes, and one left-to-right pass
 * takes, at the first position where any alias starts, the longest alias
 * there (规模以上工业企业增加值 over 规模以上工业企业), then goes on after it.
 *
 * The root is a 256-entry table, so the common case - no alias starts with
 * this character - costs one or two lookups per byte. (A PCRE2 alternation
 * of all aliases did the same job at a third of the extractor's time.) */
#include "extract/extract_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

typedef struct {
	const char *alias;
	size_t len;
	size_t metric;
} alias_ref;

typedef struct {
	uint32_t first_edge;  /* into edges */
	uint32_t nedges;
	size_t metric;        /* (size_t)-1 unless an alias ends here */
} node;

typedef struct {
	unsigned char byte;
	uint32_t child;
} edge;

struct db_matcher {
	node *nodes;
	size_t nnodes, node_cap;
	edge *edges;
	size_t nedges, edge_cap;
	uint32_t root[256];   /* child of the root by first byte; 0: none */
};

/* By bytes, then by catalog order, so the first metric of a duplicated
 * alias (from a user's --catalog) wins. */
static int by_bytes(const void *a, const void *b)
{
	const alias_ref *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->alias, y->alias, n);
	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->metric < y->metric ? -1 : x->metric > y->metric;
}

static uint32_t new_node(db_matcher *m)
{
	if (m->nnodes == m->node_cap) {
		m->node_cap = m->node_cap ? m->node_cap * 2 : 256;
		m->nodes = db_xrealloc(m->nodes, m->node_cap * sizeof(node));
	}
	m->nodes[m->nnodes] = (node){ 0, 0, (size_t)-1 };
	return (uint32_t)m->nnodes++;
}

/* Build the node for aliases [lo, hi), which share their first depth
 * bytes; the aliases are sorted by bytes, so each child is a run. */
static void build(db_matcher *m, uint32_t at, const alias_ref *a, size_t lo, size_t hi,
		  size_t depth)
{
	size_t nchild = 0, first;

	if (lo < hi && a[lo].len == depth) {
		m->nodes[at].metric = a[lo].metric;
		while (lo < hi && a[lo].len == depth)
			lo++; /* a duplicate alias: the first metric keeps it */
	}
	for (size_t i = lo; i < hi;) {
		size_t j = i;
		while (j < hi && a[j].alias[depth] == a[i].alias[depth])
			j++;
		nchild++;
		i = j;
	}
	if (!nchild)
		return;
	if (m->nedges + nchild > m->edge_cap) {
		while (m->nedges + nchild > m->edge_cap)
			m->edge_cap = m->edge_cap ? m->edge_cap * 2 : 256;
		m->edges = db_xrealloc(m->edges, m->edge_cap * sizeof(edge));
	}
	first = m->nedges;
	m->nedges += nchild;
	m->nodes[at].first_edge = (uint32_t)first;
	m->nodes[at].nedges = (uint32_t)nchild;
	size_t k = 0;
	for (size_t i = lo; i < hi; k++) {
		size_t j = i;
		while (j < hi && a[j].alias[depth] == a[i].alias[depth])
			j++;
		uint32_t child = new_node(m);
		m->edges[first + k] = (edge){ (unsigned char)a[i].alias[depth], child };
		build(m, child, a, i, j, depth + 1);
		i = j;
	}
}

db_matcher *db_matcher_new(const db_catalog *c, db_diag *d)
{
	db_matcher *m = db_xcalloc(1, sizeof(*m));
	alias_ref *a;
	size_t n = 0, na = 0;

	(void)d; /* a trie cannot fail to build */
	for (size_t i = 0; i < c->len; i++)
		n += c->items[i].naliases;
	a = db_xcalloc(n ? n : 1, sizeof(alias_ref));
	for (size_t i = 0; i < c->len; i++)
		for (size_t j = 0; j < c->items[i].naliases; j++) {
			const char *s = c->items[i].aliases[j];
			if (s && *s)
				a[na++] = (alias_ref){ s, strlen(s), i };
		}
	qsort(a, na, sizeof(alias_ref), by_bytes);
	uint32_t root = new_node(m);
	build(m, root, a, 0, na, 0);
	for (uint32_t e = 0; e < m->nodes[root].nedges; e++) {
		const edge *ed = &m->edges[m->nodes[root].first_edge + e];
		m->root[ed->byte] = ed->child;
	}
	free(a);
	return m;
}

void db_matcher_free(db_matcher *m)
{
	if (!m)
		return;
	free(m->nodes);
	free(m->edges);
	free(m);
}

static uint32_t child_of(const db_matcher *m, uint32_t at, unsigned char b)
{
	const node *nd = &m->nodes[at];
	const edge *e = m->edges + nd->first_edge;
	for (uint32_t i = 0; i < nd->nedges; i++) {
		if (e[i].byte == b)
			return e[i].child;
		if (e[i].byte > b)
			break;
	}
	return 0;
}

size_t db_matcher_lookup(const db_matcher *m, const char *s, size_t n)
{
	uint32_t at;

	if (!n || !(at = m->root[(unsigned char)s[0]]))
		return (size_t)-1;
	for (size_t i = 1; i < n; i++)
		if (!(at = child_of(m, at, (unsigned char)s[i])))
			return (size_t)-1;
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

int db_matcher_scan(const db_matcher *m, const char *text, size_t len, db_labels *out,
		    db_diag *d)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t pos = 0;

	(void)d;
	while (pos < len) {
		uint32_t at = m->root[t[pos]];
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
		if (best_end) {
			labels_push(out, (db_label){ pos, best_end, best_metric });
			pos = best_end;
		} else {
			pos++;
		}
	}
	return 0;
}

void db_labels_release(db_labels *ls)
{
	free(ls->items);
	ls->items = NULL;
	ls->len = ls->cap = 0;
}
