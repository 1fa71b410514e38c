/* words.c - the words that decide what a figure of a report is (its
 * document's kind and sections, its status, its sign, whom it is about),
 * from extract/words.json (compiled in as tables when the program is built)
 * or a file that replaces it (words_json.c reads both). Data, not code: an
 * analyst reads and extends the lists without rebuilding. */
#include <errno.h>
#include <string.h>

#include "core/buf.h"
#include "extract/extract_int.h"
#include "extract/readers_lex.h"

/* words_strings, words_items[] (offsets into it) and words_lists[] (each
 * list's run of words_items), made from words.json when the program is
 * built (make-words-table.c). */
#include "words_table.h"

#define NITEMS (sizeof words_items / sizeof *words_items - 1)

static void load_builtin(db_words *w)
{
	const char **items = db_arena_alloc(&w->arena, (NITEMS + 1) * sizeof *items);
	for (size_t k = 0; k < NITEMS; k++)
		items[k] = words_strings + words_items[k];
	for (size_t id = 0; id < DB_W_COUNT; id++) {
		db_wordlist *l = &w->lists[id];
		l->items = items + words_lists[id].first;
		l->len = words_lists[id].len;
		for (size_t i = 0; i < l->len; i++)
			lx_pair_add(l->pairs, l->items[i][0], l->items[i][1]);
	}
}

size_t db_words_find(const char *t, size_t s, size_t e, const db_wordlist *l, size_t *which)
{
	for (size_t p = s; p + 1 < e; p++) {
		if (((unsigned char)t[p] & 0xC0) == 0x80)
			continue; /* (no word opens inside a character: the words are UTF-8) */
		if (!lx_pair_has(l->pairs, t[p], t[p + 1]))
			continue; /* no word starts with these two bytes */
		if (db_longest_word_at(t, p, e, l->items, l->len, which))
			return p;
	}
	return (size_t)-1;
}

int db_words_load(db_words *w, const char *path, db_diag *d)
{
	memset(w, 0, sizeof *w);
	if (!path) {
		load_builtin(w); /* (checked when the program was built) */
		return 0;
	}
	db_buf b = DB_BUF_INIT;
	if (db_buf_read_file(&b, path) < 0) {
		int err = errno;
		db_buf_release(&b);
		return db_error(d, path, 0, 0, "cannot read: %s", strerror(err));
	}
	int rc = db_words_load_json(w, db_buf_cstr(&b), b.len, path, d);
	db_buf_release(&b);
	if (rc < 0)
		db_words_release(w);
	return rc;
}

bool db_index_base_at(const db_words *w, const char *t, size_t s, size_t e, size_t a, size_t b)
{
	const db_wordlist *l = &w->lists[DB_W_INDEX_BASES];
	size_t from = a >= s + 30 ? a - 30 : s, to = b + 30 <= e ? b + 30 : e;
	for (size_t p = from; p < to;) {
		size_t k, at = db_words_find(t, p, to, l, &k);
		if (at == (size_t)-1 || at >= b)
			return false;
		size_t n = strlen(l->items[k]);
		if (at <= a && at + n >= b)
			return true;
		p = at + 1;
	}
	return false;
}
