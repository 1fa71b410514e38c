/* utf8.h - cutting UTF-8 text where a reader would: never inside a
 * character, nor between a character and a mark that extends it (combining
 * marks, variation selectors, emoji modifiers, a zero-width joiner and what
 * it joins). For messages and other text a fixed buffer must hold; figures
 * ellipsize with Pango instead (render/layout.c). */
#ifndef DB_UTF8_H
#define DB_UTF8_H

#include <stddef.h>

/* How many of the n bytes of s to keep so that at most max remain and the
 * cut falls between two graphemes: n when n <= max, else a length <= max
 * (0 when not even the first grapheme fits). Bytes that are not UTF-8 count
 * as characters of their own. */
size_t db_utf8_prefix(const char *s, size_t n, size_t max);

/* buf (size bytes) holds what snprintf left of a longer text: its first
 * size - 1 bytes. End it at a grapheme boundary with "…" after it (no "…"
 * when size < 4). Returns buf. */
char *db_utf8_truncated(char *buf, size_t size);

#endif
