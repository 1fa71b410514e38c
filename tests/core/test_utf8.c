/* test_utf8.c - cuts between graphemes: never inside a character, nor
 * before a mark that belongs to the character before it. */
#include "core/text.h"

#include "harness.h"

/* What snprintf leaves of s in size bytes. */
static char *left(char *out, size_t size, const char *s)
{
	size_t n = strlen(s) < size - 1 ? strlen(s) : size - 1;
	memcpy(out, s, n);
	out[n] = '\0';
	return out;
}

static size_t cut(const char *s, size_t max)
{
	return db_utf8_prefix(s, strlen(s), max);
}

int main(void)
{
	char b[16];

	INT_EQ(5, cut("hello", 9));                 /* fits: all of it */
	INT_EQ(3, cut("hello", 3));
	INT_EQ(0, cut("", 0));
	INT_EQ(6, cut("三门峡市", 7));              /* 8 would cut 峡 */
	INT_EQ(6, cut("三门峡市", 8));
	INT_EQ(9, cut("三门峡市", 9));
	INT_EQ(0, cut("三门峡市", 2));              /* not even one character */
	INT_EQ(1, cut("a\xf0\x9f\x98\x80z", 4));     /* a 4-byte emoji stays whole */
	/* e + combining acute (U+0301): the mark stays with its letter */
	INT_EQ(1, cut("ae\xcc\x81x", 2));
	INT_EQ(1, cut("ae\xcc\x81x", 3));
	INT_EQ(4, cut("ae\xcc\x81x", 4));
	/* a variation selector (U+FE0F) and a joiner (U+200D) hold on */
	INT_EQ(1, cut("a\xe2\x9d\xa4\xef\xb8\x8fz", 6));
	INT_EQ(1, cut("a\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9z", 8));
	INT_EQ(1, cut("a\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9z", 10));
	INT_EQ(12, cut("a\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9z", 12));
	/* bytes that are not UTF-8 count as characters of their own */
	INT_EQ(2, cut("a\xff\xfe", 2));
	INT_EQ(3, cut("a\x80\x80\x80\x80\x80", 3));

	/* what snprintf left of a longer text ends with … */
	STR_EQ("三门峡市…", db_utf8_truncated(left(b, sizeof b, "三门峡市洛阳市涧西区"), sizeof b));
	STR_EQ("…", db_utf8_truncated(left(b, 4, "abcdef"), 4));
	STR_EQ("ab", db_utf8_truncated(left(b, 3, "abcdef"), 3));  /* no room for … */
	STR_EQ("a…", db_utf8_truncated(left(b, 5, "abcdef"), 5));
	STR_EQ("…", db_utf8_truncated(left(b, 5, "市abcdef"), 5));
	DB_TEST_END();
}
