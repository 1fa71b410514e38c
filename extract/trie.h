/* trie.h - the byte trie of the catalog's aliases that db_matcher walks
 * (metrics.c): built here from a catalog, either when the program is built
 * (make-catalog-table.c, for the built-in catalog) or when a matcher is
 * made for another one (--catalog, --catalog-extra). */
#ifndef DB_TRIE_H
#define DB_TRIE_H

#include <stddef.h>
#include <stdint.h>

#include "core/catalog.h"

typedef struct {
	uint32_t first_edge;  /* into edges */
	uint32_t nedges;
	size_t metric;        /* (size_t)-1 unless an alias ends here */
} db_trie_node;

typedef struct {
	unsigned char byte;
	uint32_t child;
} db_trie_edge;

typedef struct {
	db_trie_node *nodes;
	size_t nnodes, node_cap;
	db_trie_edge *edges;
	size_t nedges, edge_cap;
	uint32_t root[256];   /* child of the root by first byte; 0: none */
} db_trie;

/* Every alias of c into t (zeroed first). By bytes, then by catalog
 * order: the first metric of a duplicated alias (from a user's --catalog)
 * keeps it. */
void db_trie_build(db_trie *t, const db_catalog *c);
void db_trie_release(db_trie *t);

#endif
