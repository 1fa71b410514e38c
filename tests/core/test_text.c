/* test_text.c - UTF-8 well-formedness, the characters of binary data and
 * short place names. */
#include "core/text.h"

#include "harness.h"

static size_t invalid(const char *s) { return db_utf8_invalid_at(s, strlen(s)); }

static size_t control(const char *s, unsigned *cp) { return db_control_at(s, strlen(s), cp); }

int main(void)
{
	unsigned cp = 0;
	size_t n;

	INT_EQ(9, invalid("三门峡"));
	INT_EQ(3, invalid("abc\xff"));
	INT_EQ(1, invalid("a\xc0\xaf"));           /* overlong */
	INT_EQ(0, invalid("\xed\xa0\x80"));        /* a surrogate */
	INT_EQ(3, invalid("三\xe9\x97"));          /* cut short */
	INT_EQ(4, invalid("\xf0\x9f\x98\x80"));

	/* tab, LF, VT, FF, CR are text; other C0 controls, DEL and C1 are not */
	INT_EQ(8, control("a\tb\nc\v\f\r", &cp));
	INT_EQ(1, control("a\x01", &cp));
	INT_EQ(1, cp);
	INT_EQ(3, control("三\x7f", &cp));
	INT_EQ(0x7f, cp);
	INT_EQ(3, control("三\xc2\x85", &cp));    /* U+0085, a C1 control */
	INT_EQ(0x85, cp);
	INT_EQ(6, control("\xc2\xa0\xe3\x80\x80.", &cp));   /* no-break and ideographic spaces */
	/* a DOS end-of-file mark closing the text is not binary; inside it is */
	INT_EQ(7, control("text\n\x1a\x1a", &cp));
	INT_EQ(1, control("a\x1a" "b", &cp));
	INT_EQ(0x1a, cp);

	/* past eight bytes at a time, then the byte itself */
	INT_EQ(18, control("三门峡市三门\x01", &cp));
	INT_EQ(1, cp);
	INT_EQ(20, control("abcdefghijklmnopq三\xc2\x9f", &cp));
	INT_EQ(0x9f, cp);
	INT_EQ(23, control("abcdefghijklmnopq三\xc2\xa0x", &cp));   /* U+00A0 is text */
	INT_EQ(16, control("abcdefghijklmnop\x7f", &cp));
	INT_EQ(0x7f, cp);

	INT_EQ(2, db_private_use_count("\xee\x80\x80三a\xef\xa3\xbf", 10, &n));
	INT_EQ(3, n);
	INT_EQ(0, db_private_use_count("abc", 3, &n));
	INT_EQ(0, n);

	/* a short place name, not another place */
	INT_EQ(1, db_place_short_of("洛阳市", "洛阳"));
	INT_EQ(1, db_place_short_of("海西州", "海西"));
	INT_EQ(1, db_place_short_of("延边朝鲜族自治州", "延边朝鲜族"));
	INT_EQ(0, db_place_short_of("洛阳市涧西区", "洛阳市"));
	INT_EQ(0, db_place_short_of("洛阳市", "洛阳市"));
	INT_EQ(0, db_place_short_of("洛阳市", ""));
	INT_EQ(0, db_place_short_of("开封市", "洛阳"));
	DB_TEST_END();
}
