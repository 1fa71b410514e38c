/* readers_lex.h - character-level helpers shared by the figure, rank and
 * period readers (numbers.c ranks.c periods.c): hand-written UTF-8 decoding,
 * full-width folding and Chinese numeral values. Header-only so the readers
 * stay allocation-free and inlinable. */
#ifndef DB_READERS_LEX_H
#define DB_READERS_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Code point at t[pos] (len bounds the text); *n receives its byte length.
 * End of text gives 0 with *n = 0; a malformed byte gives U+FFFD, *n = 1. */
static inline unsigned lx_cp(const char *t, size_t len, size_t pos, size_t *n)
{
	if (pos >= len) {
		*n = 0;
		return 0;
	}
	const unsigned char *s = (const unsigned char *)t + pos;
	size_t left = len - pos;
	unsigned c = s[0];
	if (c < 0x80) {
		*n = 1;
		return c;
	}
	if (c >= 0xC2 && c < 0xE0 && left >= 2 && (s[1] & 0xC0) == 0x80) {
		*n = 2;
		return ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
	}
	if (c >= 0xE0 && c < 0xF0 && left >= 3 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80) {
		*n = 3;
		return ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
	}
	if (c >= 0xF0 && c < 0xF5 && left >= 4 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
		*n = 4;
		return ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
		       (s[3] & 0x3Fu);
	}
	*n = 1;
	return 0xFFFD;
}

/* Start of the code point that ends just before pos (pos itself at 0). */
static inline size_t lx_prev(const char *t, size_t pos)
{
	if (pos == 0)
		return 0;
	size_t p = pos - 1;
	while (p > 0 && ((unsigned char)t[p] & 0xC0) == 0x80 && pos - p < 4)
		p--;
	return p;
}

/* Code point just before pos (0 at the start). */
static inline unsigned lx_prev_cp(const char *t, size_t len, size_t pos)
{
	size_t n;
	if (pos == 0)
		return 0;
	return lx_cp(t, len, lx_prev(t, pos), &n);
}

/* Fold full-width ASCII (０-９ ％ － ． ＊ ～ …) and the ideographic space to
 * ASCII, so one grammar reads both widths; ℅ (typed for % in some reports)
 * is %. */
static inline unsigned lx_fold(unsigned cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFEE0;
	if (cp == 0x3000 || cp == 0xA0)
		return ' ';
	if (cp == 0x2105)
		return '%';
	return cp;
}

/* Folded code point at pos. */
static inline unsigned lx_at(const char *t, size_t len, size_t pos, size_t *n)
{
	return lx_fold(lx_cp(t, len, pos, n));
}

static inline bool lx_is_digit(unsigned c) { return c >= '0' && c <= '9'; }
static inline bool lx_is_alpha(unsigned c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
static inline bool lx_is_space(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
static inline bool lx_is_cjk(unsigned c) { return c >= 0x3400 && c <= 0x9FFF; }

/* Skip a few spaces (half/full width, and line breaks of scraped text).
 * Bounded, so a reader tried at every position of a long blank run stays
 * linear; a longer gap separates things rather than joining them. */
static inline size_t lx_skip_space(const char *t, size_t len, size_t pos)
{
	size_t n;
	for (int k = 0; k < 8 && pos < len && lx_is_space(lx_at(t, len, pos, &n)); k++)
		pos += n;
	return pos;
}

/* Does the UTF-8 word w start at t[pos]? Returns its length or 0. */
static inline size_t lx_word(const char *t, size_t len, size_t pos, const char *w)
{
	/* byte by byte: most candidates differ in the first three bytes, so
	 * this beats strlen + memcmp on the word tables */
	size_t i = 0;
	while (w[i]) {
		if (pos + i >= len || t[pos + i] != w[i])
			return 0;
		i++;
	}
	return i;
}

/* The longest word of a NULL-terminated list that starts at pos; its index in
 * *which (if not NULL). Returns its byte length or 0. */
static inline size_t lx_longest(const char *t, size_t len, size_t pos, const char *const *words,
				int *which)
{
	size_t best = 0;
	if (pos >= len)
		return 0;
	/* (the first two bytes sort out most words: most of the lists' cost
	 * was the comparison per word) */
	const char c0 = t[pos], c1 = pos + 1 < len ? t[pos + 1] : '\0';
	for (int i = 0; words[i]; i++) {
		if (words[i][0] != c0 || (words[i][1] != c1 && words[i][1]))
			continue;
		size_t l = lx_word(t, len, pos, words[i]);
		if (l > best) {
			best = l;
			if (which)
				*which = i;
		}
	}
	return best;
}

/* A long word list the readers ask at nearly every candidate position,
 * with which first two bytes its words start with (a one-byte word: every
 * pair of its byte), so that most positions are turned away by one test:
 * LX_LIST(words) beside the list, lx_longest_in as lx_longest. The filter
 * is made on first use; two threads making it at once make the same bits. */
typedef struct {
	const char *const *words;
	uint64_t pairs[16];
	int made;
} lx_list;

#define LX_LIST(words) { (words), { 0 }, 0 }

/* The first two bytes of words as a set of 1024 hashed bits, a cheap
 * first test before words are compared (lx_list, and the lists of
 * words.json: db_wordlist). */
static inline unsigned lx_pair(char a, char b)
{
	return ((unsigned)(unsigned char)a * 31u + (unsigned char)b) & 1023u;
}

static inline void lx_pair_add(uint64_t set[16], char a, char b)
{
	unsigned h = lx_pair(a, b);
	set[h / 64] |= (uint64_t)1 << (h % 64);
}

static inline bool lx_pair_has(const uint64_t set[16], char a, char b)
{
	unsigned h = lx_pair(a, b);
	return set[h / 64] >> (h % 64) & 1;
}

static inline void lx_list_make(lx_list *l)
{
	uint64_t bits[16] = { 0 };
	for (int i = 0; l->words[i]; i++)
		for (unsigned b = 0; b < 256; b++) {
			lx_pair_add(bits, l->words[i][0], l->words[i][1] ? l->words[i][1] : (char)b);
			if (l->words[i][1])
				break;
		}
	for (int k = 0; k < 16; k++)
		__atomic_store_n(&l->pairs[k], bits[k], __ATOMIC_RELAXED);
	__atomic_store_n(&l->made, 1, __ATOMIC_RELEASE);
}

static inline size_t lx_longest_in(const char *t, size_t len, size_t pos, lx_list *l, int *which)
{
	if (!__atomic_load_n(&l->made, __ATOMIC_ACQUIRE))
		lx_list_make(l);
	if (pos >= len)
		return 0;
	unsigned h = lx_pair(t[pos], pos + 1 < len ? t[pos + 1] : '\0');
	if (!(__atomic_load_n(&l->pairs[h / 64], __ATOMIC_RELAXED) >> (h % 64) & 1))
		return 0;
	return lx_longest(t, len, pos, l->words, which);
}

/* Chinese digit value 0..9 (〇零一…九 两 and financial 壹…玖), or -1. */
static inline int lx_cn_digit(unsigned c)
{
	switch (c) {
	case 0x3007: /* 〇 */
	case 0x96F6: /* 零 */
		return 0;
	case 0x4E00: case 0x58F9: return 1; /* 一 壹 */
	case 0x4E8C: case 0x8D30: case 0x4E24: case 0x8CB3: case 0x5169: return 2; /* 二 贰 两 貳 兩 */
	case 0x4E09: case 0x53C1: case 0x53C3: return 3; /* 三 叁 參 */
	case 0x56DB: case 0x8086: return 4; /* 四 肆 */
	case 0x4E94: case 0x4F0D: return 5; /* 五 伍 */
	case 0x516D: case 0x9646: case 0x9678: return 6; /* 六 陆 陸 */
	case 0x4E03: case 0x67D2: return 7; /* 七 柒 */
	case 0x516B: case 0x634C: return 8; /* 八 捌 */
	case 0x4E5D: case 0x7396: return 9; /* 九 玖 */
	default: return -1;
	}
}

/* A character of a rank's number: a digit (full-width too), a Chinese
 * digit or 十 (第3, 第１２, 第十二). */
static inline bool lx_rank_numeral(unsigned c)
{
	return lx_is_digit(lx_fold(c)) || lx_cn_digit(c) >= 0 || c == 0x5341 /* 十 */;
}

/* Chinese place unit: 十 10, 百 100, 千 1000, 万 1e4, 亿 1e8 (with 拾佰仟萬億), or 0. */
static inline long long lx_cn_unit(unsigned c)
{
	switch (c) {
	case 0x5341: case 0x62FE: return 10;        /* 十 拾 */
	case 0x767E: case 0x4F70: return 100;       /* 百 佰 */
	case 0x5343: case 0x4EDF: return 1000;      /* 千 仟 */
	case 0x4E07: case 0x842C: return 10000;     /* 万 萬 */
	case 0x4EBF: case 0x5104: return 100000000; /* 亿 億 */
	default: return 0;
	}
}

/* A year written as four ASCII digits at pos, within len: its value; 0
 * when fewer than four digits stand there (what follows is not looked at). */
static inline int lx_year4(const char *t, size_t len, size_t pos)
{
	int y = 0;
	for (size_t k = 0; k < 4; k++) {
		if (pos + k >= len || t[pos + k] < '0' || t[pos + k] > '9')
			return 0;
		y = y * 10 + (t[pos + k] - '0');
	}
	return y;
}

/* A small number at pos: arabic digits (either width) or a Chinese numeral
 * up to 99 (一, 十二, 两); for months, quarters, positions. Returns bytes
 * consumed (0 when none) and the value in *v. */
static inline size_t lx_small_int(const char *t, size_t len, size_t pos, int *v)
{
	size_t n, p = pos;
	unsigned c = lx_at(t, len, p, &n);
	if (lx_is_digit(c)) {
		int x = 0, k = 0;
		while (lx_is_digit(c) && k < 6) {
			x = x * 10 + (int)(c - '0');
			p += n;
			k++;
			c = lx_at(t, len, p, &n);
		}
		if (lx_is_digit(c))
			return 0;
		*v = x;
		return p - pos;
	}
	int x = 0, d = lx_cn_digit(c);
	if (d >= 0) {
		x = d;
		p += n;
		c = lx_cp(t, len, p, &n);
	}
	if (lx_cn_unit(c) == 10) {
		x = (d >= 0 ? d : 1) * 10;
		p += n;
		c = lx_cp(t, len, p, &n);
		int e = lx_cn_digit(c);
		if (e > 0) {
			x += e;
			p += n;
		}
	} else if (d < 0) {
		return 0;
	}
	*v = x;
	return p - pos;
}

/* 1. 8%, 22. 1 亿元: a number split after its decimal point, as the text
 * layer of a PDF spaces it (a fraction of one or two digits, then % or a
 * unit's ideograph). Does the line holding pos hold one? Asked only where a
 * full stop is followed by a space, so the walk over the line stays rare. */
static inline bool lx_line_splits_decimal(const char *t, size_t len, size_t pos)
{
	size_t a = pos, b = pos, n;
	while (a > 0 && t[a - 1] != '\n' && t[a - 1] != '\r')
		a--;
	while (b < len && t[b] != '\n' && t[b] != '\r')
		b++;
	for (const char *p = t + a; (p = memchr(p, '.', (size_t)(t + b - p))) != NULL; p++) {
		size_t i = (size_t)(p - t), j = i + 1, k;
		if (i == a || !lx_is_digit((unsigned char)t[i - 1]))
			continue;
		while (j < b && t[j] == ' ')
			j++;
		for (k = j; k < b && k - j < 3 && lx_is_digit((unsigned char)t[k]); k++)
			;
		if (j == i + 1 || k == j || k - j > 2)
			continue;
		while (k < b && t[k] == ' ')
			k++;
		unsigned c = k < b ? lx_cp(t, b, k, &n) : 0;
		if (c == '%' || c == 0xFF05 || lx_is_cjk(c))
			return true;
	}
	return false;
}

#endif
