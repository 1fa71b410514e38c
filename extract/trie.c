/* trie.c - the byte trie of a catalog's aliases (trie.h). */
#include "extract/trie.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

typedef struct {
	const char *alias;
	size_t len;
	size_t metric;
} alias_ref;

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

static uint32_t new_node(db_trie *t)
{
	if (t->nnodes == t->node_cap) {
		t->node_cap = t->node_cap ? t->node_cap * 2 : 256;
		t->nodes = db_xrealloc(t->nodes, t->node_cap * sizeof(db_trie_node));
	}
	t->nodes[t->nnodes] = (db_trie_node){ 0, 0, (size_t)-1 };
	return (uint32_t)t->nnodes++;
}

/* Build the node for aliases [lo, hi), which share their first depth
 * bytes; the aliases are sorted by bytes, so each child is a run. */
static void build(db_trie *t, uint32_t at, const alias_ref *a, size_t lo, size_t hi,
		  size_t depth)
{
	size_t nchild = 0, first;

	if (lo < hi && a[lo].len == depth) {
		t->nodes[at].metric = a[lo].metric;
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
	if (t->nedges + nchild > t->edge_cap) {
		while (t->nedges + nchild > t->edge_cap)
			t->edge_cap = t->edge_cap ? t->edge_cap * 2 : 256;
		t->edges = db_xrealloc(t->edges, t->edge_cap * sizeof(db_trie_edge));
	}
	first = t->nedges;
	t->nedges += nchild;
	t->nodes[at].first_edge = (uint32_t)first;
	t->nodes[at].nedges = (uint32_t)nchild;
	size_t k = 0;
	for (size_t i = lo; i < hi; k++) {
		size_t j = i;
		while (j < hi && a[j].alias[depth] == a[i].alias[depth])
			j++;
		uint32_t child = new_node(t);
		t->edges[first + k] = (db_trie_edge){ (unsigned char)a[i].alias[depth], child };
		build(t, child, a, i, j, depth + 1);
		i = j;
	}
}

void db_trie_build(db_trie *t, const db_catalog *c)
{
	size_t n = 0, na = 0;

	memset(t, 0, sizeof *t);
	for (size_t i = 0; i < c->len; i++)
		n += c->items[i].naliases;
	alias_ref *a = db_xcalloc(n ? n : 1, sizeof(alias_ref));
	for (size_t i = 0; i < c->len; i++)
		for (size_t j = 0; j < c->items[i].naliases; j++) {
			const char *s = c->items[i].aliases[j];
			if (s && *s)
				a[na++] = (alias_ref){ s, strlen(s), i };
		}
	qsort(a, na, sizeof(alias_ref), by_bytes);
	uint32_t root = new_node(t);
	build(t, root, a, 0, na, 0);
	for (uint32_t e = 0; e < t->nodes[root].nedges; e++) {
		const db_trie_edge *ed = &t->edges[t->nodes[root].first_edge + e];
		t->root[ed->byte] = ed->child;
	}
	free(a);
}

void db_trie_release(db_trie *t)
{
	free(t->nodes);
	free(t->edges);
	memset(t, 0, sizeof *t);
}
