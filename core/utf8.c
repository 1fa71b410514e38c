/* utf8.c - cuts at grapheme boundaries for text in fixed buffers
 * (diagnostics, quoted words in messages). */
#include "core/utf8.h"

#include <stdbool.h>
#include <string.h>

static bool continuation(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* How many bytes a sequence led by c claims (1 for any other byte). */
static size_t seq_len(unsigned char c)
{
	return c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
}

/* The code point at s (a lead byte, at most n bytes); a byte that starts
 * no valid sequence reads as itself, which no rule below attaches. */
static unsigned code_point(const unsigned char *s, size_t n)
{
	size_t len = seq_len(s[0]);
	unsigned cp = len == 1 ? s[0] : s[0] & (0x7Fu >> len);

	if (len > n)
		return s[0];
	for (size_t k = 1; k < len; k++) {
		if (!continuation(s[k]))
			return s[0];
		cp = cp << 6 | (s[k] & 0x3Fu);
	}
	return cp;
}

/* Characters that belong to the grapheme before them. */
static bool extends(unsigned cp)
{
	static const struct {
		unsigned lo, hi;
	} marks[] = {
		{ 0x0300, 0x036F },   /* combining diacritical marks */
		{ 0x1AB0, 0x1AFF }, { 0x1DC0, 0x1DFF }, { 0x20D0, 0x20FF },
		{ 0x200C, 0x200D },   /* zero-width non-joiner, joiner */
		{ 0x3099, 0x309A },   /* kana voicing marks */
		{ 0xFE00, 0xFE0F },   /* variation selectors */
		{ 0xFE20, 0xFE2F },
		{ 0x1F3FB, 0x1F3FF }, /* emoji skin tones */
		{ 0xE0020, 0xE007F }, /* tags (flags of regions) */
		{ 0xE0100, 0xE01EF },
	};

	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (cp >= marks[i].lo && cp <= marks[i].hi)
			return true;
	return false;
}

/* Where the character that ends before k (> 0) starts. */
static size_t prev_start(const unsigned char *s, size_t k)
{
	for (size_t p = k - 1; p + 4 >= k; p--) {
		if (!continuation(s[p]))
			return p;
		if (p == 0)
			break;
	}
	return k - 1;   /* stray continuation bytes: one character each */
}

size_t db_utf8_prefix(const char *text, size_t n, size_t max)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t k = max, lead = max;

	if (n <= max)
		return n;
	/* s[k], the first byte left out, must start a character ... */
	while (lead > 0 && max - lead < 3 && continuation(s[lead]))
		lead--;
	if (max > lead && seq_len(s[lead]) > max - lead)
		k = lead;
	/* ... and a grapheme: not a mark on the one before, nor after a joiner. */
	while (k > 0) {
		size_t p = prev_start(s, k);
		if (!extends(code_point(s + k, n - k)) && code_point(s + p, k - p) != 0x200D)
			break;
		k = p;
	}
	return k;
}

char *db_utf8_truncated(char *buf, size_t size)
{
	static const char more[] = "…";
	size_t len, keep, add;

	if (!size)
		return buf;
	len = strnlen(buf, size - 1);
	add = size >= sizeof(more) ? sizeof(more) - 1 : 0;
	keep = db_utf8_prefix(buf, len, size - 1 - add);
	memcpy(buf + keep, more, add);
	buf[keep + add] = '\0';
	return buf;
}
