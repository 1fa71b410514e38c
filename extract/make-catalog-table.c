/* make-catalog-table.c - extract/catalog.json as the C tables that the
 * program compiles in: the metrics, their aliases and patterns as offsets
 * into one string pool (builtin_catalog.c makes the db_catalog of them),
 * and the byte trie of the aliases that the matcher walks (metrics.c).
 * Run by the build: parsing the JSON and building the trie when the
 * program started took most of a small extract's instructions and page
 * faults. Offsets, not pointers, so the tables need no relocation and stay
 * read-only pages shared between processes.
 *
 *   make-catalog-table catalog.json catalog_table.h catalog_trie.h */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "extract/gen_literal.h"
#include "extract/trie.h"

/* The string pool (gen_pool_add); offset 0, the empty string at its
 * start, stands for NULL (no member is empty). */
static struct {
	FILE *f;
	size_t len;
} pool = { NULL, 1 };

static size_t pool_add(const char *s)
{
	return s ? gen_pool_add(pool.f, &pool.len, s) : 0;
}

static int write_catalog(const db_catalog *c, const char *path)
{
	FILE *f = fopen(path, "w");
	size_t naliases = 0, npatterns = 0;
	if (!f)
		return -1;
	for (size_t i = 0; i < c->len; i++) {
		naliases += c->items[i].naliases;
		npatterns += c->items[i].npatterns;
	}
	size_t (*members)[6] = db_xcalloc(c->len ? c->len : 1, sizeof *members);
	size_t *aliases = db_xcalloc(naliases + 1, sizeof *aliases);
	size_t *patterns = db_xcalloc(npatterns + 1, sizeof *patterns);
	size_t ai = 0, pi = 0;

	pool.f = f;
	fputs("/* From extract/catalog.json by extract/make-catalog-table.c. */\n"
	      "static const char catalog_strings[] =\n\t\"\\000\"\n", f);
	for (size_t i = 0; i < c->len; i++) {
		const db_metric *m = &c->items[i];
		members[i][0] = pool_add(m->id);
		members[i][1] = pool_add(m->name);
		members[i][2] = pool_add(m->name_en);
		members[i][3] = pool_add(m->group);
		members[i][4] = pool_add(m->unit);
		members[i][5] = m->added_unit == m->unit ? members[i][4] : pool_add(m->added_unit);
		for (size_t k = 0; k < m->naliases; k++)
			aliases[ai++] = pool_add(m->aliases[k]);
		for (size_t k = 0; k < m->npatterns; k++)
			patterns[pi++] = pool_add(m->patterns[k].text);
	}
	fputs(";\nstatic const builtin_metric catalog_metrics[] = {\n", f);
	ai = pi = 0;
	for (size_t i = 0; i < c->len; i++) {
		const db_metric *m = &c->items[i];
		fprintf(f, "\t{ %zu, %zu, %zu, %zu, %zu, %zu, %d, %d, %zu, %zu, %zu, %zu },\n",
			members[i][0], members[i][1], members[i][2], members[i][3], members[i][4],
			members[i][5], m->stock, m->lower_is_better, ai, m->naliases, pi,
			m->npatterns);
		ai += m->naliases;
		pi += m->npatterns;
	}
	/* (each array ends with a 0 that no metric uses: C has no empty array) */
	fputs("};\nstatic const uint32_t catalog_aliases[] = {\n", f);
	for (size_t k = 0; k <= naliases; k++)
		fprintf(f, "\t%zu,\n", aliases[k]);
	fputs("};\nstatic const builtin_pattern catalog_patterns[] = {\n", f);
	pi = 0;
	for (size_t i = 0; i < c->len; i++)
		for (size_t k = 0; k < c->items[i].npatterns; k++, pi++)
			fprintf(f, "\t{ %zu, %d },\n", patterns[pi], c->items[i].patterns[k].line);
	fputs("\t{ 0, 0 },\n};\n", f);
	free(members);
	free(aliases);
	free(patterns);
	return fclose(f) == 0 ? 0 : -1;
}

static int write_trie(const db_catalog *c, const char *path)
{
	FILE *f = fopen(path, "w");
	db_trie t;
	if (!f)
		return -1;
	db_trie_build(&t, c);
	fputs("/* From extract/catalog.json by extract/make-catalog-table.c. */\n"
	      "static const db_trie_node builtin_nodes[] = {\n", f);
	for (size_t i = 0; i < t.nnodes; i++)
		if (t.nodes[i].metric == (size_t)-1)
			fprintf(f, "\t{ %u, %u, (size_t)-1 },\n", t.nodes[i].first_edge,
				t.nodes[i].nedges);
		else
			fprintf(f, "\t{ %u, %u, %zu },\n", t.nodes[i].first_edge, t.nodes[i].nedges,
				t.nodes[i].metric);
	fputs("};\nstatic const db_trie_edge builtin_edges[] = {\n", f);
	for (size_t i = 0; i < t.nedges; i++)
		fprintf(f, "\t{ %u, %u },\n", t.edges[i].byte, t.edges[i].child);
	fputs("\t{ 0, 0 }, /* (an edge no node uses: a trie may have none) */\n};\nstatic const uint32_t builtin_root[256] = {\n",
	      f);
	for (size_t i = 0; i < 256; i++)
		fprintf(f, "%s%u,%s", i % 16 ? " " : "\t", t.root[i], i % 16 == 15 ? "\n" : "");
	fputs("};\n", f);
	db_trie_release(&t);
	return fclose(f) == 0 ? 0 : -1;
}

int main(int argc, char **argv)
{
	db_catalog c;
	db_diag d;
	db_buf b = DB_BUF_INIT;

	if (argc != 4) {
		fprintf(stderr, "usage: make-catalog-table CATALOG.JSON TABLE.h TRIE.h\n");
		return 2;
	}
	/* (under the name the program's messages give it: a pattern's file) */
	if (db_buf_read_file(&b, argv[1]) < 0 ||
	    db_catalog_load_json(&c, db_buf_cstr(&b), b.len, DB_CATALOG_BUILTIN, &d) < 0) {
		fprintf(stderr, "make-catalog-table: cannot read %s\n", argv[1]);
		return 1;
	}
	int rc = 0;
	if (write_catalog(&c, argv[2]) < 0 || write_trie(&c, argv[3]) < 0) {
		fprintf(stderr, "make-catalog-table: cannot write %s or %s\n", argv[2], argv[3]);
		rc = 1;
	}
	db_catalog_release(&c);
	db_buf_release(&b);
	return rc;
}
