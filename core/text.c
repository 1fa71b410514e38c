/* text.c - UTF-8 well-formedness and the characters that betray binary
 * data (text.h). */
#include "core/text.h"

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

size_t db_control_at(const char *s, size_t len, unsigned *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t end = len, i = 0, n;

	while (end > 0 && u[end - 1] == 0x1A)
		end--;
	while (i < end) {
		unsigned c = u[i];
		if (c >= 0x20 && c < 0x7F) {
			i++;
			continue;
		}
		n = c < 0x80 ? 1 : db_utf8_len(u + i, end - i);
		if (!n)
			n = 1;   /* not UTF-8: not this function's question */
		else if (db_is_control(c = db_utf8_cp(u + i, n))) {
			*cp = c;
			return i;
		}
		i += n;
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
