/* text.c - UTF-8 well-formedness and the characters that betray binary
 * data, and cutting text at grapheme boundaries (text.h). */
#include "core/text.h"

#include <stdint.h>
#include <string.h>

unsigned db_utf8_cp(const unsigned char *s, size_t n)
{
	unsigned cp = n == 1 ? s[0] : s[0] & (0x3Fu >> (n - 1));
	for (size_t k = 1; k < n; k++)
		cp = (cp << 6) | (s[k] & 0x3Fu);
	return cp;
}

size_t db_utf8_invalid_at(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n;

	while (i < len) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		if (!(n = db_utf8_len(u + i, len - i)))
			return i;
		i += n;
	}
	return len;
}

bool db_is_control(unsigned cp)
{
	if (cp < 0x20)
		return cp != '\t' && cp != '\n' && cp != '\v' && cp != '\f' && cp != '\r';
	return cp >= 0x7F && cp <= 0x9F;
}

/* Might one of the 8 bytes of w be below 0x20, DEL or 0xC2? (Bit tricks
 * from "Bit Twiddling Hacks"; a false yes only sends the word to the byte
 * loop.) */
static bool suspect8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	uint64_t del = w ^ (ones * 0x7F), c2 = w ^ (ones * 0xC2);
	return (((w - ones * 0x20) & ~w) | ((del - ones) & ~del) | ((c2 - ones) & ~c2)) & highs;
}

size_t db_control_at(const char *s, size_t len, unsigned *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t end = len;

	while (end > 0 && u[end - 1] == 0x1A)
		end--;
	/* Byte by byte: in UTF-8 a C0 control or DEL is its own byte, and a C1
	 * control is C2 80–C2 9F (0xC2 never continues a character); eight at
	 * a time past words without such a byte. */
	for (size_t i = 0; i < end; i++) {
		uint64_t w;
		while (end - i >= 8 && (memcpy(&w, u + i, 8), !suspect8(w)))
			i += 8;
		if (i >= end)
			break;
		unsigned c = u[i];
		if (c >= 0x20 && c != 0x7F && c != 0xC2)
			continue;
		if (c == 0xC2) {
			if (i + 1 < end && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F) {
				*cp = u[i + 1];
				return i;
			}
			continue;
		}
		if (db_is_control(c)) {
			*cp = c;
			return i;
		}
	}
	return len;
}

size_t db_private_use_count(const char *s, size_t len, size_t *nonascii)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n, pua = 0;

	*nonascii = 0;
	while (i < len) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		if (!(n = db_utf8_len(u + i, len - i))) {
			i++;
			continue;
		}
		unsigned cp = db_utf8_cp(u + i, n);
		(*nonascii)++;
		pua += (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
		i += n;
	}
	return pua;
}

/* ---- cutting at grapheme boundaries ---- */

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
	size_t len = db_utf8_len(s, n);
	return len ? db_utf8_cp(s, len) : s[0];
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

static int lower(int ch)
{
	return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
}

bool db_place_candidate(const char *e, const char *name, size_t n, const char **hint)
{
	if (!e || strncmp(e, name, n))
		return false;
	if (!e[n])
		return true;
	if (!*hint || strcmp(e, *hint) < 0)
		*hint = e;
	return false;
}

bool db_place_short_of(const char *full, const char *name)
{
	static const char *const level[] = { "省", "市", "县", "区", "旗", "盟", "州", "地区",
					     "林区", "特区", "自治区", "自治州", "自治县",
					     "自治旗" };
	size_t n = strlen(name);

	if (!n || strncmp(full, name, n))
		return false;
	for (size_t i = 0; i < sizeof(level) / sizeof(level[0]); i++)
		if (!strcmp(full + n, level[i]))
			return true;
	return false;
}

size_t db_edit_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b), row[65];

	if (n > 64 || m > 64)
		return 99;
	for (size_t j = 0; j <= m; j++)
		row[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t up = row[j], best = diag + (lower(a[i - 1]) != lower(b[j - 1]));
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[m];
}
