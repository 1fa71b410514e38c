/* text.h - what makes bytes text: well-formed UTF-8, and no characters that
 * only binary data holds. Every reader of text (reports, CSV, JSON) asks
 * here, so "is this text?" has one answer. And cutting text where a reader
 * would: never inside a character, nor between a character and a mark that
 * extends it (combining marks, variation selectors, emoji modifiers, a
 * zero-width joiner and what it joins), for messages and other text a fixed
 * buffer must hold; figures ellipsize with Pango instead (render/layout.c). */
#ifndef DB_TEXT_H
#define DB_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Length of the valid UTF-8 sequence at s (at most avail bytes), or 0:
 * no overlong forms, surrogates or code points above U+10FFFF. Stops at the
 * first byte that is not a continuation byte, so a NUL-terminated s may be
 * given avail 4. */
static inline size_t db_utf8_len(const unsigned char *s, size_t avail)
{
	unsigned c = s[0];
	size_t n;
	unsigned min;
	if (c < 0x80)
		return 1;
	/* Most of a Chinese document: three bytes led by E1–EC or EE–EF, which
	 * can be neither overlong nor a surrogate. */
	if (c >= 0xE1 && c != 0xED && avail >= 3 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80 && c <= 0xEF)
		return 3;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, min = 0x10000;
	else
		return 0;
	if (avail < n)
		return 0;
	unsigned cp = c & (0x3Fu >> (n - 1));
	for (size_t k = 1; k < n; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[k] & 0x3Fu);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

/* The code point of the valid UTF-8 sequence of n bytes at s. */
unsigned db_utf8_cp(const unsigned char *s, size_t n);

/* Offset of the first byte of s[0..len) that is not well-formed UTF-8, or
 * len when all of it is. */
size_t db_utf8_invalid_at(const char *s, size_t len);

/* Characters no text holds: NUL, the C0 controls but tab, line feed,
 * vertical tab (Word's line break), form feed (pdftotext's page break) and
 * carriage return, DEL, and the C1 controls U+0080–U+009F. */
bool db_is_control(unsigned cp);

/* Offset of the first such character in the valid UTF-8 s[0..len), or len;
 * *cp receives it. A run of SUB (0x1A, the end-of-file mark of DOS editors)
 * that ends the text is not counted. */
size_t db_control_at(const char *s, size_t len, unsigned *cp);

/* The private-use characters (U+E000–U+F8FF and planes 15–16) in the valid
 * UTF-8 s[0..len), and *nonascii the characters above U+007F. */
size_t db_private_use_count(const char *s, size_t len, size_t *nonascii);

/* How many of the n bytes of s to keep so that at most max remain and the
 * cut falls between two graphemes: n when n <= max, else a length <= max
 * (0 when not even the first grapheme fits). Bytes that are not UTF-8 count
 * as characters of their own. */
size_t db_utf8_prefix(const char *s, size_t n, size_t max);

/* buf (size bytes) holds what snprintf left of a longer text: its first
 * size - 1 bytes. End it at a grapheme boundary with "…" after it (no "…"
 * when size < 4). Returns buf. */
char *db_utf8_truncated(char *buf, size_t size);

/* Levenshtein distance of a and b in bytes, ASCII case ignored; 99 when
 * either is longer than 64 bytes (ids and option names are short; a longer
 * word is no misspelling of one). For "did you mean" suggestions. */
size_t db_edit_distance(const char *a, const char *b);

/* A place e of the data (NULL: none) against a name given n bytes long,
 * which may be short (洛阳 for 洛阳市): true when e is that name; when the
 * name only begins e, *hint becomes e unless it holds a place before e
 * bytewise. The caller sets *hint to NULL before the first place. For "did
 * you mean" suggestions of places. */
bool db_place_candidate(const char *e, const char *name, size_t n, const char **hint);

/* True when full is name with only the word for its level after it (洛阳
 * of 洛阳市, 海西 of 海西州): name is the short form of full, not another
 * place (洛阳市 of 洛阳市涧西区). */
bool db_place_short_of(const char *full, const char *name);

#endif
