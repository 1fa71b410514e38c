/* simplify.c - a report written in traditional characters (a reprint on a
 * Hong Kong or mirror site) is read in simplified ones, so that the catalog,
 * the word lists and the period and figure readers, all simplified, apply.
 * The pairs come from OpenCC's character table (extract/traditional.txt,
 * compiled in as a sorted table when the program is built); each keeps its UTF-8 length, so every byte offset holds. A text is taken
 * for traditional when at least 1 in 50 of its first 4000 Chinese
 * characters (and 8 or more) is one that simplified text does not use.
 * Pinyin glosses after characters (產(chǎn)業(yè)) are left out (db_unglossed):
 * the walk reads the text without them (left out of the text itself) and
 * places its records back; so with a note's mark between two characters
 * (第三产业[3]增加值), and with stray spaces between
 * characters on a prose line (db_unspaced). Some mirrors print the glosses
 * without tone marks and repeat them (區(qu)(qu)): those go too, on a page
 * that prints many of them. */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "extract/extract_int.h"
#include "extract/readers_lex.h"

typedef struct {
	unsigned from, to;
	bool only; /* the traditional character is not also a simplified one */
} pair;

/* pairs[], sorted by from: made from traditional.txt when the program is
 * built (make-traditional-table.c). */
#include "traditional_table.h"

static const pair *find(unsigned c)
{
	size_t lo = 0, hi = sizeof pairs / sizeof *pairs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (pairs[mid].from == c)
			return &pairs[mid];
		if (pairs[mid].from < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool db_traditional(const char *text, size_t len)
{
	size_t cjk = 0, trad = 0, n;
	/* (the first 4000 Chinese characters tell) */
	for (size_t p = 0; p < len && cjk < 4000; p += n ? n : 1) {
		unsigned c = lx_cp(text, len, p, &n);
		if (!lx_is_cjk(c))
			continue;
		cjk++;
		const pair *hit = find(c);
		trad += hit && hit->only;
	}
	return trad >= 8 && trad * 50 >= cjk;
}

void db_simplify(char *text, size_t len)
{
	size_t n;
	for (size_t p = 0; p < len; p += n ? n : 1) {
		unsigned c = lx_cp(text, len, p, &n);
		const pair *hit = c >= 0x3400 ? find(c) : NULL;
		if (!hit)
			continue;
		unsigned to = hit->to; /* (same length: 3 or 4 bytes) */
		if (n == 3) {
			text[p] = (char)(0xE0 | (to >> 12));
			text[p + 1] = (char)(0x80 | ((to >> 6) & 0x3F));
			text[p + 2] = (char)(0x80 | (to & 0x3F));
		} else if (n == 4) {
			text[p] = (char)(0xF0 | (to >> 18));
			text[p + 1] = (char)(0x80 | ((to >> 12) & 0x3F));
			text[p + 2] = (char)(0x80 | ((to >> 6) & 0x3F));
			text[p + 3] = (char)(0x80 | (to & 0x3F));
		}
	}
	/* 全省平均水準: a mirror's own zh-TW phrase conversion prints 水平 as
	 * 水準; read as 水平 (准 and 平 have the same UTF-8 length) */
	for (char *q = text; (q = memmem(q, len - (size_t)(q - text), "水准", 6)); q += 6)
		memcpy(q + 3, "平", 3);
}

/* A letter of a pinyin syllable: a-z, ü, or a vowel with its tone mark. */
static bool pinyin_letter(unsigned c, bool *tone)
{
	static const unsigned toned[] = { 0xE0, 0xE1, 0xE8, 0xE9, 0xEC, 0xED, 0xF2, 0xF3,
					  0xF9, 0xFA, 0xFC, 0x101, 0x113, 0x11B, 0x12B, 0x14D,
					  0x16B, 0x1CE, 0x1D0, 0x1D2, 0x1D4, 0x1D6, 0x1D8, 0x1DA,
					  0x1DC };
	if (c >= 'a' && c <= 'z')
		return true;
	for (size_t i = 0; i < sizeof toned / sizeof *toned; i++)
		if (c == toned[i]) {
			*tone = true;
			return true;
		}
	return false;
}

/* Is s[0, n) (letters a-z, ü as v) one pinyin syllable: an initial, or
 * none, and a final? (gdp, cpi, kg are not.) */
static bool pinyin_syllable(const char *s, size_t n)
{
	static const char *const initials[] = { "zh", "ch", "sh", "b", "p", "m", "f", "d", "t",
						 "n", "l", "g", "k", "h", "j", "q", "x", "r",
						 "z", "c", "s", "y", "w", "" };
	static const char *const finals[] = { "a", "o", "e", "i", "u", "v", "ai", "ei", "ui",
					      "ao", "ou", "iu", "ie", "ue", "ve", "er", "an",
					      "en", "in", "un", "vn", "ang", "eng", "ing", "ong",
					      "ia", "iao", "ian", "iang", "iong", "ua", "uo",
					      "uai", "uan", "uang" };
	for (size_t i = 0; i < sizeof initials / sizeof *initials; i++) {
		size_t k = strlen(initials[i]);
		if (k > n || memcmp(s, initials[i], k))
			continue;
		for (size_t j = 0; j < sizeof finals / sizeof *finals; j++)
			if (strlen(finals[j]) == n - k && !memcmp(s + k, finals[j], n - k))
				return true;
	}
	return false;
}

/* Is the byte at p right after a Chinese character? */
static bool after_cjk(const char *text, size_t len, size_t p)
{
	size_t n;
	return p >= 3 && lx_is_cjk(lx_cp(text, len, p - 3, &n)) && n == 3;
}

/* The end of a note's mark "[3]" opening at p, or 0: one or two digits in
 * square brackets between two Chinese characters (第三产业[3]增加值,
 * 高技术制造业[3]实现增加值: the label goes on after it). */
static size_t mark_end(const char *text, size_t len, size_t p)
{
	size_t n, q = p + 1;
	if (text[p] != '[' || !after_cjk(text, len, p))
		return 0;
	while (q < len && q - p <= 2 && text[q] >= '0' && text[q] <= '9')
		q++;
	if (q == p + 1 || q >= len || text[q] != ']')
		return 0;
	return q + 1 < len && lx_is_cjk(lx_cp(text, len, q + 1, &n)) ? q + 1 : 0;
}

/* The end of a gloss "(chǎn)" opening at p, or 0: one syllable in lower
 * case with a tone mark, or (toneless) one without; right after a Chinese
 * character, or (run) right after another gloss. */
static size_t gloss_end(const char *text, size_t len, size_t p, bool toneless, bool run)
{
	size_t n, q = p + 1, letters = 0;
	char plain[8];
	bool tone = false;
	if (text[p] != '(' || (!run && !after_cjk(text, len, p)))
		return 0;
	while (q < len && text[q] != ')') {
		unsigned c = lx_cp(text, len, q, &n);
		if (!n || !pinyin_letter(c, &tone) || ++letters > 6)
			return 0;
		plain[letters - 1] = c == 0xFC ? 'v' : (char)c;
		q += n;
	}
	if (q >= len || !letters)
		return 0;
	return tone || (toneless && pinyin_syllable(plain, letters)) ? q + 1 : 0;
}

/* Does the text print toneless glosses after its characters, eight or
 * more (a mirror's page, not a report's stray (a) or (gdp))? */
static bool toneless_glosses(const char *text, size_t len)
{
	int seen = 0;
	for (const char *t = memchr(text, '(', len); t && seen < 8;
	     t = memchr(t + 1, '(', len - (size_t)(t + 1 - text)))
		if (gloss_end(text, len, (size_t)(t - text), true, false))
			seen++;
	return seen >= 8;
}

/* The text rewritten over itself, leaving bytes out, with where its bytes
 * stood: begun at the first byte left out (p), the bytes before it kept
 * as they are. The next byte written is never past the next byte read,
 * and what a test reads behind the byte it is at (a character, after a
 * byte left out) is not yet written over. */
typedef struct {
	char *text;
	char *out; /* text once begun, NULL before */
	size_t o, shift, chars;
	db_offmap *map;
} copy_out;

size_t db_offmap_at(const db_offmap *m, size_t i)
{
	size_t k = db_offmap_cut(m, i);
	return i + (k ? m->shift[k - 1] : 0);
}

size_t db_offmap_cut(const db_offmap *m, size_t i)
{
	size_t lo = 0, hi = m->len; /* the cuts at or before i: [0, lo) */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->at[mid] <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void db_offmap_release(db_offmap *m)
{
	free(m->at);
	free(m->shift);
	free(m->chars);
	*m = (db_offmap)DB_OFFMAP_INIT;
}

/* The copy's next byte, at c->o, is text[p]: a cut where the distance
 * changes (after bytes left out, read before anything is written over
 * them). */
static void copy_from(copy_out *c, size_t p)
{
	db_offmap *m = c->map;
	if (p - c->o == c->shift)
		return;
	if (m->len == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		m->at = db_xrealloc(m->at, m->cap * sizeof *m->at);
		m->shift = db_xrealloc(m->shift, m->cap * sizeof *m->shift);
		m->chars = db_xrealloc(m->chars, m->cap * sizeof *m->chars);
	}
	for (size_t q = c->o + c->shift; q < p; q++)
		c->chars += ((unsigned char)c->text[q] & 0xC0) != 0x80;
	c->shift = p - c->o;
	m->at[m->len] = c->o;
	m->shift[m->len] = c->shift;
	m->chars[m->len++] = c->chars;
}

static void copy_begin(copy_out *c, size_t p)
{
	c->out = c->text;
	c->o = p;
	c->shift = 0;
}

static void copy_byte(copy_out *c, const char *text, size_t p)
{
	if (c->out) {
		copy_from(c, p);
		c->out[c->o++] = text[p];
	}
}

static void copy_span(copy_out *c, const char *text, size_t s, size_t e)
{
	if (c->out && e > s) {
		copy_from(c, s);
		memmove(c->out + c->o, text + s, e - s);
		c->o += e - s;
	}
}

static bool copy_end(copy_out *c, size_t len, size_t *out_len)
{
	if (!c->out)
		return false;
	copy_from(c, len); /* (the copy's end is the text's) */
	c->out[c->o] = '\0';
	*out_len = c->o;
	return true;
}

bool db_unglossed(char *text, size_t len, size_t *out_len, db_offmap *map)
{
	copy_out c = { text, NULL, 0, 0, 0, map };
	bool toneless = toneless_glosses(text, len);
	size_t last = 0; /* the end of the last gloss left out */
	for (size_t p = 0; p < len;) {
		/* (the bytes up to the next bracket are copied as a run) */
		size_t q = p;
		while (q < len && text[q] != '(' && text[q] != '[')
			q++;
		copy_span(&c, text, p, q);
		if (q == len)
			break;
		size_t e = text[q] == '(' ? gloss_end(text, len, q, toneless, last && q == last) : 0;
		size_t m = e ? 0 : mark_end(text, len, q);
		if ((e || m) && !c.out)
			copy_begin(&c, q);
		if (e || m) {
			p = e ? e : m;
			last = e;
			continue;
		}
		copy_byte(&c, text, q);
		p = q + 1;
	}
	return copy_end(&c, len, out_len);
}

/* Is the line t[s, e) prose: a Chinese sentence mark (，。；) in it and no
 * run of two spaces after its indent, tab or | (a table's cells, also a
 * table flattened into a sentence's line)? */
static bool prose_line(const char *t, size_t s, size_t e)
{
	size_t p = s;
	bool mark = false;
	while (p < e && (t[p] == ' ' || t[p] == '\t'))
		p++;
	for (; p < e; p++) {
		if (((t[p] == ' ' || t[p] == '\t') && p + 1 < e && (t[p + 1] == ' ' || t[p + 1] == '\t')) ||
		    t[p] == '|' || t[p] == '\t' || (p + 3 <= e && !memcmp(t + p, "｜", 3)))
			return false;
		if (p + 3 <= e && (!memcmp(t + p, "，", 3) || !memcmp(t + p, "。", 3) ||
				   !memcmp(t + p, "；", 3)))
			mark = true;
	}
	return mark;
}

/* Drop the single spaces between two ideographs of the prose t[s, e)
 * (a line, or a paragraph of a line that runs of spaces part). */
static void unspace_piece(copy_out *c, const char *text, size_t len, size_t s, size_t e)
{
	size_t n;
	/* 农产品 粮食作物总产量…: the space after a line's first word
	 * parts a heading from its sentence */
	size_t head = s;
	while (head < e && (text[head] == ' ' || text[head] == '\t'))
		head++;
	while (head < e && lx_is_cjk(lx_cp(text, len, head, &n)))
		head += n;
	size_t from = s; /* (what is not yet copied) */
	for (size_t p = s; p < e; p++) {
		if (text[p] != ' ' || p == head || p < s + 3 || p + 1 >= len || text[p + 1] == ' ' ||
		    !lx_is_cjk(lx_prev_cp(text, len, p)) || !lx_is_cjk(lx_cp(text, len, p + 1, &n)))
			continue;
		if (c->out)
			copy_span(c, text, from, p);
		else
			copy_begin(c, p);
		from = p + 1;
	}
	copy_span(c, text, from, e);
}

/* A line of no table (no tab or bar) whose runs of spaces part paragraphs
 * (a copying site that joined a report's paragraphs into one line: 代表：
 * 现在，我代表…。   一、2021年工作回顾   过去一年，…增长6.2 %；…): each
 * piece between runs that is prose of 20 characters or more is unspaced
 * like a line (…同 比增长6.2%), the rest copied as it is. */
enum { PIECE_MIN = 60 };
static void unspace_pieces(copy_out *c, const char *text, size_t len, size_t s, size_t e)
{
	if (memchr(text + s, '|', e - s) || memchr(text + s, '\t', e - s)) {
		copy_span(c, text, s, e);
		return;
	}
	size_t a = s;
	while (a < e) {
		size_t b = a;
		while (b < e && !(text[b] == ' ' && b + 1 < e && text[b + 1] == ' '))
			b++;
		if (b - a >= PIECE_MIN && prose_line(text, a, b))
			unspace_piece(c, text, len, a, b);
		else
			copy_span(c, text, a, b);
		a = b;
		while (b < e && text[b] == ' ')
			b++;
		copy_span(c, text, a, b);
		a = b;
	}
}

bool db_unspaced(char *text, size_t len, size_t *out_len, db_offmap *map)
{
	copy_out c = { text, NULL, 0, 0, 0, map };
	for (size_t line = 0, line_end; line < len; line = line_end) {
		const char *nl = memchr(text + line, '\n', len - line);
		line_end = nl ? (size_t)(nl - text) + 1 : len;
		/* (most lines: no space to drop, or no prose) */
		if (!memchr(text + line, ' ', line_end - line)) {
			copy_span(&c, text, line, line_end);
			continue;
		}
		if (!prose_line(text, line, line_end)) {
			unspace_pieces(&c, text, len, line, line_end);
			continue;
		}
		unspace_piece(&c, text, len, line, line_end);
	}
	return copy_end(&c, len, out_len);
}
