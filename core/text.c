/* text.c - UTF-8 well-formedness and the characters that betray binary
 * data (text.h). */
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
