/* make-traditional-table.c - extract/traditional.txt (traditional, tab,
 * simplified; one pair a line, # comments) as the sorted C table that
 * simplify.c compiles in, each pair marked when its traditional character
 * is not also some pair's simplified one. Run by the build: reading and
 * sorting the 24 KB file when a report was first read took 1.9 M
 * instructions, more than a short report's whole extraction.
 *
 *   make-traditional-table traditional.txt traditional_table.h */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/buf.h"
#include "extract/readers_lex.h"

typedef struct {
	unsigned from, to;
	bool only;
} pair;

static int pair_cmp(const void *a, const void *b)
{
	const pair *x = a, *y = b;
	return x->from < y->from ? -1 : x->from > y->from;
}

int main(int argc, char **argv)
{
	db_buf b = DB_BUF_INIT;
	pair *pairs = NULL;
	size_t npairs = 0, cap = 0, n;

	if (argc != 3) {
		fprintf(stderr, "usage: make-traditional-table TRADITIONAL.TXT OUT.h\n");
		return 2;
	}
	if (db_buf_read_file(&b, argv[1]) < 0) {
		fprintf(stderr, "make-traditional-table: cannot read %s\n", argv[1]);
		return 1;
	}
	const char *t = b.data;
	for (size_t p = 0; p < b.len;) {
		size_t e = p;
		while (e < b.len && t[e] != '\n')
			e++;
		if (t[p] != '#' && e > p) {
			unsigned from = lx_cp(t, e, p, &n);
			size_t q = p + n;
			if (q < e && t[q] == '\t') {
				unsigned to = lx_cp(t, e, q + 1, &n);
				if (npairs == cap) {
					cap = cap ? cap * 2 : 4096;
					pairs = db_xrealloc(pairs, cap * sizeof *pairs);
				}
				pairs[npairs++] = (pair){ from, to, true };
			}
		}
		p = e + 1;
	}
	qsort(pairs, npairs, sizeof *pairs, pair_cmp);
	/* (后 of 後, 干 of 乾: a character that is some pair's simplified one
	 * says nothing of the text's script) */
	for (size_t i = 0; i < npairs; i++) {
		pair key = { pairs[i].to, 0, false };
		pair *hit = bsearch(&key, pairs, npairs, sizeof *pairs, pair_cmp);
		if (hit)
			hit->only = false;
	}
	FILE *f = fopen(argv[2], "w");
	if (!f) {
		fprintf(stderr, "make-traditional-table: cannot write %s\n", argv[2]);
		return 1;
	}
	fputs("/* From extract/traditional.txt by extract/make-traditional-table.c. */\n"
	      "static const pair pairs[] = {\n", f);
	for (size_t i = 0; i < npairs; i++)
		fprintf(f, "\t{ 0x%x, 0x%x, %s },\n", pairs[i].from, pairs[i].to,
			pairs[i].only ? "true" : "false");
	fputs("};\n", f);
	free(pairs);
	db_buf_release(&b);
	return fclose(f) == 0 ? 0 : 1;
}
