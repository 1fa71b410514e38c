/* test_arena.c - the bump allocator: strings and blocks kept until the
 * arena is released, and an arena adopted by another (its strings live as
 * long as the adopter's). Run under ASan / valgrind, a chunk lost or freed
 * twice fails. */
#include "core/arena.h"

#include <stdint.h>
#include <string.h>

#include "harness.h"

static void strings_and_blocks(void)
{
	db_arena a = DB_ARENA_INIT;
	const char *s = db_arena_strdup(&a, "规模以上工业增加值");
	char *big = db_arena_alloc(&a, 10000); /* a chunk of its own */
	const char *t = db_arena_strndup(&a, "增长5.2%，", 10);
	STR_EQ("规模以上工业增加值", s);
	STR_EQ("增长5.2%", t);
	OK(((uintptr_t)big & 15) == 0);
	OK(big[0] == 0 && big[9999] == 0);
	OK(db_arena_strdup(&a, NULL) == NULL);
	db_arena_release(&a);
	OK(a.head == NULL);
}

static void adopted(void)
{
	db_arena keep = DB_ARENA_INIT, part = DB_ARENA_INIT, none = DB_ARENA_INIT;
	/* an empty arena adopts and is adopted */
	db_arena_adopt(&keep, &none);
	OK(keep.head == NULL);
	const char *p = db_arena_printf(&part, "%s%d", "第", 3);
	db_arena_adopt(&keep, &part);
	OK(part.head == NULL && keep.head != NULL);
	/* the adopter's current chunk still takes small strings */
	const char *k = db_arena_strdup(&keep, "全省");
	for (int i = 0; i < 3000; i++) /* several chunks each */
		db_arena_printf(&part, "第%d位", i);
	const char *q = db_arena_strdup(&part, "居全市前列");
	db_arena_adopt(&keep, &part);
	db_arena_adopt(&part, &none);
	STR_EQ("第3", p);
	STR_EQ("全省", k);
	STR_EQ("居全市前列", q);
	db_arena_release(&part); /* empty: frees nothing of keep's */
	STR_EQ("居全市前列", q);
	db_arena_release(&keep);
}

int main(void)
{
	strings_and_blocks();
	adopted();
	DB_TEST_END();
}
