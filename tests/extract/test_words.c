/* test_words.c - the word lists compiled into the program are
 * extract/words.json as it is now, as a --words file of it is read. */
#include <string.h>

#include "core/buf.h"
#include "extract/extract_int.h"
#include "harness.h"

int main(void)
{
	db_words built, json;
	db_diag d;
	db_buf b = DB_BUF_INIT;

	INT_EQ(0, db_words_load(&built, NULL, &d));
	OK(db_buf_read_file(&b, "extract/words.json") == 0);
	INT_EQ(0, db_words_load_json(&json, db_buf_cstr(&b), b.len, "extract/words.json", &d));
	for (size_t id = 0; id < DB_W_COUNT; id++) {
		const db_wordlist *x = &built.lists[id], *y = &json.lists[id];
		INT_EQ((int)y->len, (int)x->len);
		OK(y->len > 0);
		for (size_t i = 0; i < x->len && x->len == y->len; i++)
			STR_EQ(y->items[i], x->items[i]);
		OK(!memcmp(x->pairs, y->pairs, sizeof x->pairs));
	}
	/* a --words file is read as the built-in one */
	db_words_release(&json);
	INT_EQ(0, db_words_load(&json, "extract/words.json", &d));
	OK(json.lists[DB_W_RATE_MOVES].len == built.lists[DB_W_RATE_MOVES].len);
	db_words_release(&json);
	db_words_release(&built);
	db_buf_release(&b);
	DB_TEST_END();
}
