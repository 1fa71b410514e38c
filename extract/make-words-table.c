/* make-words-table.c - extract/words.json as the C tables that words.c
 * compiles in: every list's words as offsets into one string pool, the
 * lists in the order of enum db_word_list. Run by the build: parsing the
 * JSON when the program started took 1.6 M instructions and 64 page faults
 * of a one-sentence extract. Checked against words.json by the test
 * test_extract_words.
 *
 *   make-words-table words.json words_table.h */
#include <stdio.h>
#include <stdlib.h>

#include "core/buf.h"
#include "extract/extract_int.h"
#include "extract/gen_literal.h"

int main(int argc, char **argv)
{
	db_words w;
	db_diag d;
	db_buf b = DB_BUF_INIT;
	size_t len = 1, first = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: make-words-table WORDS.JSON OUT.h\n");
		return 2;
	}
	if (db_buf_read_file(&b, argv[1]) < 0 ||
	    db_words_load_json(&w, db_buf_cstr(&b), b.len, argv[1], &d) < 0) {
		fprintf(stderr, "make-words-table: cannot read %s\n", argv[1]);
		return 1;
	}
	FILE *f = fopen(argv[2], "w");
	if (!f) {
		fprintf(stderr, "make-words-table: cannot write %s\n", argv[2]);
		return 1;
	}
	size_t n = 0;
	for (size_t id = 0; id < DB_W_COUNT; id++)
		n += w.lists[id].len;
	size_t *at = db_xcalloc(n + 1, sizeof *at), k = 0;
	fputs("/* From extract/words.json by extract/make-words-table.c. */\n"
	      "static const char words_strings[] =\n\t\"\\000\"\n", f);
	for (size_t id = 0; id < DB_W_COUNT; id++)
		for (size_t i = 0; i < w.lists[id].len; i++)
			at[k++] = gen_pool_add(f, &len, w.lists[id].items[i]);
	fputs(";\n/* (ends with a 0 no list uses: C has no empty array) */\n"
	      "static const uint32_t words_items[] = {\n", f);
	for (k = 0; k <= n; k++)
		fprintf(f, "\t%zu,\n", at[k]);
	fputs("};\nstatic const struct { uint32_t first, len; } words_lists[DB_W_COUNT] = {\n", f);
	for (size_t id = 0; id < DB_W_COUNT; id++) {
		fprintf(f, "\t{ %zu, %zu },\n", first, w.lists[id].len);
		first += w.lists[id].len;
	}
	fputs("};\n", f);
	free(at);
	db_words_release(&w);
	db_buf_release(&b);
	return fclose(f) == 0 ? 0 : 1;
}
