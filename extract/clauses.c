/* clauses.c - split decoded report text into clauses, keeping each clause's
 * byte span, line and column, and the sentence, part and segment (paragraph
 * or list item) it belongs to. Periods carry over within a segment, labels
 * and ranks within a part, entities within a sentence (extract.c). */
#define _GNU_SOURCE /* memmem */
#include "extract/extract_int.h"
#include "extract/readers.h"
#include "extract/readers_lex.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

/* Punctuation, by the boundary it makes. Half-width ',' ':' '.' between
 * digits are parts of numbers and times, not punctuation (see boundary()). */
enum { B_NONE, B_CLAUSE, B_PART, B_SENTENCE, B_PARAGRAPH };

static const struct {
	const char *word;
	int kind;
} punct[] = {
	{ "。", B_SENTENCE }, { "！", B_SENTENCE }, { "？", B_SENTENCE },
	{ "!", B_SENTENCE },  { "?", B_SENTENCE },
	{ "；", B_PART },     { ";", B_PART },
	{ "，", B_CLAUSE },   { "：", B_CLAUSE },   { ",", B_CLAUSE }, { ":", B_CLAUSE },
	{ "﹐", B_CLAUSE },   { "､", B_NONE },
};

/* Bounds, so that no text costs more than linear time (docs/design.md,
 * "Bounds"): a clause longer than CLAUSE_SOFT bytes ends at its next space or
 * newline, one longer than CLAUSE_HARD at its next character; a clause
 * boundary more than SENTENCE_MAX bytes into a sentence ends the sentence.
 * The longest clause of the real reports is 716 bytes, the longest sentence
 * 1183 (tests/corpus). */
enum { CLAUSE_SOFT = 1024, CLAUSE_HARD = 1536, SENTENCE_MAX = 4096 };

/* Characters after which a newline ends a paragraph (an ellipsis too: a web
 * page's paragraph may close on ……, with no full stop after it). */
static const char *const para_enders[] = { "。", "！", "？", "；", "：", "!", "?", ";", ":",
					   "……" };

/* CJK numerals used by list markers (一是, （三）, 十二、). */
static const char *const numerals[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static size_t numeral_run(const char *s, size_t n)
{
	size_t i = 0;
	for (;;) {
		size_t j;
		/* (every numeral's UTF-8 opens with 0xE4 or 0xE5) */
		if (i >= n || ((unsigned char)s[i] != 0xE4 && (unsigned char)s[i] != 0xE5))
			return i;
		for (j = 0; j < sizeof numerals / sizeof *numerals; j++)
			if (db_starts(s + i, n - i, numerals[j]))
				break;
		if (j == sizeof numerals / sizeof *numerals)
			return i;
		i += strlen(numerals[j]);
	}
}

/* Bullets and circled numbers that open a list item (●经济增长…, ①…). */
static const char *const bullets[] = { "●", "•", "■", "◆", "▲", "★", "▶", "►", "◇", "□", "○",
				       "◎", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩" };

size_t db_bullet(const char *s, size_t n)
{
	/* (every bullet is a character of U+2000..U+2FFF: its UTF-8 opens with
	 * 0xE2) */
	if (!n || (unsigned char)s[0] != 0xE2)
		return 0;
	for (size_t k = 0; k < sizeof bullets / sizeof *bullets; k++)
		if (db_starts(s, n, bullets[k]))
			return strlen(bullets[k]);
	return 0;
}

/* The width of an opening bracket at s (（ or (), else 0. */
static size_t open_bracket(const char *s, size_t n)
{
	return db_starts(s, n, "（") ? 3 : db_starts(s, n, "(");
}

/* Does a closing bracket start at s? */
static bool close_bracket(const char *s, size_t n)
{
	return db_starts(s, n, "）") || db_starts(s, n, ")");
}

/* The width of an item numbered with digits at s (1、 1. 1． （1） (1)),
 * else 0. */
static size_t digit_item_width(const char *s, size_t n)
{
	size_t o = open_bracket(s, n), k;

	for (k = 0; o + k < n && k < 2 && is_digit(s[o + k]); k++)
		;
	if (!k || o + k >= n)
		return 0;
	if (o)
		return close_bracket(s + o + k, n - o - k) ? o + k + (s[o + k] == ')' ? 1 : 3) : 0;
	/* (1.5%: a number, not an item) */
	if (db_starts(s + k, n - k, "、") || db_starts(s + k, n - k, "．"))
		return k + 3;
	return s[k] == '.' && (k + 1 >= n || !is_digit(s[k + 1])) ? k + 1 : 0;
}

bool db_digit_item(const char *s, size_t n)
{
	return digit_item_width(s, n) != 0;
}

size_t db_item_marker(const char *s, size_t n)
{
	/* (——, bullets: 0xE2 first; （ 0xEF; a digit or ( otherwise) */
	unsigned char first = n ? (unsigned char)s[0] : 0;
	if (first != 0xE2 && first != 0xEF && first != '(' && !is_digit((char)first))
		return 0;
	if (db_starts(s, n, "——"))
		return strlen("——");
	size_t b = db_bullet(s, n);
	return b ? b : digit_item_width(s, n);
}

size_t db_numeral_item(const char *s, size_t n)
{
	size_t o = open_bracket(s, n), k;

	if (o && (k = numeral_run(s + o, n - o)))
		return close_bracket(s + o + k, n - o - k) ? o + k + (s[o + k] == ')' ? 1 : 3) : 0;
	k = numeral_run(s, n);
	if (!k || k > 6)
		return 0;
	/* 一、二、三产业: an enumeration, not a list item */
	if (db_starts(s + k, n - k, "、") && numeral_run(s + k + 3, n - k - 3))
		return 0;
	return db_starts(s + k, n - k, "是") || db_starts(s + k, n - k, "、") ? k + 3 : 0;
}

/* Does a list item marker start at s? 一是 二是 / 一、 / （一） (一) /
 * —— / ● ① / an item numbered with digits (db_digit_item) */
static bool list_marker(const char *s, size_t n)
{
	size_t o = open_bracket(s, n), k = numeral_run(s, n);

	if (db_starts(s, n, "——") || db_bullet(s, n))
		return true;
	if ((o && numeral_run(s + o, n - o)) || (k && k <= 6))
		return db_numeral_item(s, n) != 0;
	return db_digit_item(s, n);
}

bool db_opens_item(const char *s, size_t n)
{
	return list_marker(s, n);
}

static bool is_space_at(const char *s, size_t n, size_t *w)
{
	if (n && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n')) {
		*w = 1;
		return true;
	}
	if (db_starts(s, n, "\xe3\x80\x80")) { /* U+3000 ideographic space */
		*w = 3;
		return true;
	}
	return false;
}

/* Does a CJK ideograph (U+4E00..U+9FFF) start at s? */
static bool ideograph_at(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	return n >= 3 && c >= 0xE4 && c <= 0xE9 && ((unsigned char)s[1] & 0xC0) == 0x80 &&
	       ((unsigned char)s[2] & 0xC0) == 0x80;
}

/* 。 年末全市…: a web page that ran its paragraphs into one line keeps a
 * space (or a run of them) after the full stop that ended a paragraph;
 * inside a paragraph a full stop is followed by text at once. Is the
 * full stop that ends at `end` followed by such a run and then more text
 * on the same line? */
static bool flattened_paragraph_end(const char *text, size_t len, size_t end)
{
	size_t j = end, w;
	if (end < 3 || memcmp(text + end - 3, "\xe3\x80\x82", 3)) /* 。 */
		return false;
	while (j < len && text[j] != '\n' && text[j] != '\r' && is_space_at(text + j, len - j, &w))
		j += w;
	/* …增长 1. 8%。 完成…: a PDF's text layer spaces its full stops as it
	 * splits its numbers; no paragraph broke there */
	return j > end && j < len && text[j] != '\n' && text[j] != '\r' &&
	       !lx_line_splits_decimal(text, len, end);
}

static int boundary(const char *text, size_t len, size_t i, size_t *w);

/* Headlines: how many bytes a line may hold, and how many ideographs each
 * side of the space must have. */
enum { HEADLINE_MAX = 180, HEADLINE_SIDE = 4 };

/* 2022年全省营商环境评价结果公布 某区位列全省第一: in a headline (a short
 * line with no punctuation at all), a run of spaces between two runs of at
 * least four ideographs each stands for a comma. Returns the width of the
 * run of spaces at i, or 0 when it is none such. */
static size_t headline_space(const char *text, size_t len, size_t i)
{
	size_t j = i, w;
	while (j < len && text[j] != '\n' && text[j] != '\r' && is_space_at(text + j, len - j, &w))
		j += w;
	if (j == i || j >= len || i < 3 || !ideograph_at(text + j, len - j) ||
	    !ideograph_at(text + i - 3, 3))
		return 0;
	size_t ls = i, le = j;
	while (ls > 0 && text[ls - 1] != '\n' && i - ls <= HEADLINE_MAX)
		ls--;
	while (le < len && text[le] != '\n' && text[le] != '\r' && le - ls <= HEADLINE_MAX)
		le++;
	if (le - ls > HEADLINE_MAX)
		return 0;
	/* the ideographs of the piece before (since the last space) and after
	 * (up to the next); any punctuation on the line makes it prose */
	size_t before = 0, after = 0, pw;
	for (size_t k = ls; k < le;) {
		if (boundary(text, len, k, &pw) != B_NONE)
			return 0;
		if (is_space_at(text + k, le - k, &pw)) {
			if (k < i)
				before = 0;
			else if (k >= j)
				break;
			k += pw;
			continue;
		}
		if (ideograph_at(text + k, le - k)) {
			before += k < i;
			after += k >= j;
			k += 3;
			continue;
		}
		k++;
	}
	return before >= HEADLINE_SIDE && after >= HEADLINE_SIDE ? j - i : 0;
}

/* Does t[s, e) hold w? */
static bool holds(const char *t, size_t s, size_t e, const char *w)
{
	return e > s && memmem(t + s, e - s, w, strlen(w)) != NULL;
}

/* Right after the last digit before i, at most max bytes back (the unit
 * of the figure before i lies between), or (size_t)-1. */
static size_t after_digit(const char *text, size_t i, size_t max)
{
	size_t u = i;
	while (u > 0 && i - u < max && !is_digit(text[u - 1]))
		u--;
	return u > 0 && is_digit(text[u - 1]) ? u : (size_t)-1;
}

/* The start of the last 分别 wholly inside text[from, to), or (size_t)-1. */
static size_t last_fenbie(const char *text, size_t from, size_t to)
{
	size_t at = (size_t)-1;
	for (const char *q; from < to && (q = memmem(text + from, to - from, "分别", 6));
	     from = (size_t)(q - text) + 6)
		at = (size_t)(q - text);
	return at;
}

/* Does t[s, e) hold one of words[n]? */
static bool holds_any(const char *t, size_t s, size_t e, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (holds(t, s, e, words[k]))
			return true;
	return false;
}

/* A、B分别增长a%，b%, 分别完成a亿元，b亿元: is the comma at i (of width cw)
 * one between the figures of a 分别 list — the figure after it in the unit
 * of the one before, 分别 and that single figure before it in the clause,
 * and a 、 list of names before 分别? It splits no clause, so that the
 * figures pair in order. */
static bool distributive_comma(const char *text, size_t len, size_t i, size_t cw)
{
	size_t j = i + cw;
	if (j >= len || !is_digit(text[j]))
		return false;
	/* (the unit: what follows the figure before the comma) */
	size_t u = after_digit(text, i, 12);
	if (u == (size_t)-1 || u == i)
		return false;
	while (j < len && (is_digit(text[j]) || text[j] == '.'))
		j++;
	if (j + (i - u) > len || memcmp(text + j, text + u, i - u))
		return false;
	size_t at = last_fenbie(text, i > 36 ? i - 36 : 0, i);
	static const char *const seps[] = { "、", "和", "及", "，", ",", "。", "；", "：" };
	if (at == (size_t)-1 || holds_any(text, at, i, seps, sizeof seps / sizeof *seps))
		return false;
	/* (the names: a 、 in the clause before 分别) */
	size_t s = at;
	while (s > 0 && at - s < 90 && text[s - 1] != '\n' &&
	       !(s >= 3 && (db_starts(text + s - 3, 3, "，") || db_starts(text + s - 3, 3, "。") ||
			    db_starts(text + s - 3, 3, "；"))))
		s--;
	return holds(text, s, at, "、");
}

/* …分别达到a元和b元、增长p%和q%: is the 、 at i one after the last figure
 * of a 分别 list (分别 earlier in its clause, a figure right before the 、)
 * with the growth word after it? */
static bool distributive_then_growth(const char *text, size_t len, size_t i)
{
	size_t j = i + strlen("、");
	if (!db_starts(text + j, len - j, "增长") && !db_starts(text + j, len - j, "同比增长"))
		return false;
	size_t u = after_digit(text, i, 9);
	if (u == (size_t)-1)
		return false;
	/* (the last 分别 of the 90 bytes before, and no clause's end after it) */
	size_t at = last_fenbie(text, u > 90 ? u - 90 : 0, u);
	static const char *const ends[] = { "，", ",", "。", "；", ";", "：" };
	return at != (size_t)-1 && !holds_any(text, at, u, ends, sizeof ends / sizeof *ends);
}

/* The boundary punctuation at text[i] makes, and its width. */
static int boundary(const char *text, size_t len, size_t i, size_t *w)
{
	unsigned char c = (unsigned char)text[i];
	/* every punctuation word starts with one of these bytes */
	if (c != 0xE3 && c != 0xEF && c != '!' && c != '?' && c != ';' && c != ',' && c != ':') {
		*w = 0;
		return B_NONE;
	}
	/* 收入达到5100元和3200元、分别增长7%和9%: a 、 before 分别 ends the
	 * list of amounts as a comma would (分别 opens no list item) */
	/* (收入分别达到5100元和3200元、增长7%和9%: so does a 、 before the
	 * growth word after a 分别 list's figures) */
	if (db_starts(text + i, len - i, "、") &&
	    (db_starts(text + i + strlen("、"), len - i - strlen("、"), "分别") ||
	     distributive_then_growth(text, len, i))) {
		*w = strlen("、");
		return B_CLAUSE;
	}
	for (size_t j = 0; j < sizeof punct / sizeof *punct; j++) {
		if (!db_starts(text + i, len - i, punct[j].word))
			continue;
		*w = strlen(punct[j].word);
		/* 由;;十二五;;末: a doubled ; is a quotation mark a copying site
		 * mangled, no boundary */
		if (text[i] == ';' && ((i + 1 < len && text[i + 1] == ';') || (i > 0 && text[i - 1] == ';'))) {
			*w = 0;
			return B_NONE;
		}
		if (*w == 1 && (text[i] == ',' || text[i] == ':') && i > 0 && i + 1 < len &&
		    is_digit(text[i - 1]) && is_digit(text[i + 1]))
			return B_NONE;
		/* 地区生产总值(预计,下同)6300亿元: the comma of a bracketed
		 * estimate note splits no clause */
		if (punct[j].kind == B_CLAUSE &&
		    (text[i] == ',' || db_starts(text + i, len - i, "，")) &&
		    ((i >= 7 && db_starts(text + i - 7, 7, "(预计")) ||
		     (i >= 9 && db_starts(text + i - 9, 9, "（预计"))) &&
		    db_starts(text + i + *w, len - i - *w, "下同"))
			return B_NONE;
		/* 增加值（按可比价计算，下同）增长5.1%, 4233.2亿元（人民币，下同）、
		 * 增长3.8%: the comma of an aside that closes on 下同 splits no
		 * clause either, nor one on 以下同 (one ideograph before 下同) */
		size_t y = i + *w + (ideograph_at(text + i + *w, len - i - *w) &&
				     db_starts(text + i + *w + 3, len - i - *w - 3, "下同") ? 3 : 0);
		if (punct[j].kind == B_CLAUSE &&
		    (text[i] == ',' || db_starts(text + i, len - i, "，")) &&
		    db_starts(text + y, len - y, "下同") &&
		    close_bracket(text + y + strlen("下同"), len - y - strlen("下同")))
			return B_NONE;
		if (punct[j].kind == B_CLAUSE &&
		    (text[i] == ',' || db_starts(text + i, len - i, "，")) &&
		    distributive_comma(text, len, i, *w))
			return B_NONE;
		/* 地区生产总值,、固定资产投资: a stray comma inside a list */
		if (punct[j].kind == B_CLAUSE &&
		    (text[i] == ',' || db_starts(text + i, len - i, "，")) &&
		    db_starts(text + i + *w, len - i - *w, "、"))
			return B_NONE;
		return punct[j].kind;
	}
	*w = 0;
	return B_NONE;
}

/* The start (after its leading spaces) of the line that ends at the newline
 * at i, when the line is at most max bytes and holds no sentence boundary;
 * else (size_t)-1. */
static size_t short_line_before(const char *text, size_t i, size_t max)
{
	size_t s = i;
	while (s > 0 && text[s - 1] != '\n' && i - s <= max)
		s--;
	if (s > 0 && text[s - 1] != '\n')
		return (size_t)-1; /* (a long line) */
	while (s < i && (text[s] == ' ' || text[s] == '\t'))
		s++;
	for (size_t k = s; k < i; k++) {
		size_t w;
		if (boundary(text, i, k, &w) != B_NONE)
			return (size_t)-1;
	}
	return s;
}

/* Is the line before the newline at i a numbered heading (二、农 业,
 * （三）工业): a list marker, then a few words without punctuation? Its
 * newline ends it, so the paragraph below keeps its own line. */
static bool heading_before(const char *text, size_t len, size_t i)
{
	size_t s = short_line_before(text, i, 64);
	if (s != (size_t)-1)
		return i - s <= 60 && list_marker(text + s, i - s);
	/* 二、正视差距，以更强担当推动发展 (a speech's part): a heading
	 * numbered 一、 or （一） in two parts, one comma between them, no
	 * digit and an ideograph at its end, the line below not opening on a
	 * digit (a figure a wrapped line would carry on to) */
	s = i;
	while (s > 0 && text[s - 1] != '\n' && i - s <= 96)
		s--;
	if (s > 0 && text[s - 1] != '\n')
		return false;
	while (s < i && (text[s] == ' ' || text[s] == '\t'))
		s++;
	size_t e = i, o = open_bracket(text + s, i - s), k = numeral_run(text + s + o, i - s - o);
	while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r'))
		e--;
	if (!k || k > 6 || (i + 1 < len && is_digit(text[i + 1])))
		return false;
	size_t m = s + o + k;
	if (o ? !close_bracket(text + m, e - m) : !db_starts(text + m, e - m, "、"))
		return false;
	m += o ? (text[m] == ')' ? 1 : 3) : strlen("、");
	size_t comma = 0, w;
	for (size_t p = m; p < e; p += w ? w : 1) {
		if (is_digit(text[p]))
			return false;
		if (boundary(text, e, p, &w) == B_NONE)
			continue;
		if (comma || !(db_starts(text + p, e - p, "，") || text[p] == ','))
			return false;
		comma = p;
	}
	return comma >= m + 6 && e >= comma + 9 && e >= 3 && ideograph_at(text + e - 3, 3);
}

/* Is the line before the newline at i a lead-in without its comma (从各县区
 * 数据来看): 从, a few words, 看 at its end? Its newline cuts the clause, so
 * the line below keeps its own subject (…来看\n某某区GDP…: that place's). */
static bool lead_in_before(const char *text, size_t i)
{
	size_t s = short_line_before(text, i, 64), e = i;
	while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r'))
		e--;
	return s != (size_t)-1 && e >= s + 9 && db_starts(text + s, e - s, "从") &&
	       !memcmp(text + e - 3, "看", 3);
}

/* Is the line before the newline at i a figure's or a table's caption (图2
 * 2021—2025年…增长速度, 表3 …): 图 or 表 and a numeral, then a few words
 * without punctuation? Its newline ends it: the caption is no part of the
 * sentence below (nor its period). */
static bool caption_before(const char *text, size_t i)
{
	size_t s = short_line_before(text, i, 240);
	if (s == (size_t)-1 || i - s < 9)
		return false;
	/* 1  2016-2023年全市生产总值及其增长速度: a chart's number whose 图
	 * the page lost, spaced off from the years of its title */
	size_t g = s;
	while (g < i && g < s + 2 && text[g] >= '0' && text[g] <= '9')
		g++;
	if (g > s && g + 2 < i && text[g] == ' ' && text[g + 1] == ' ' &&
	    text[g + 2] >= '0' && text[g + 2] <= '9')
		return true;
	if (!(db_starts(text + s, i - s, "图") || db_starts(text + s, i - s, "表")))
		return false;
	size_t n = s + 3;
	while (n < i && text[n] == ' ') /* 图 1 */
		n++;
	unsigned char d = (unsigned char)text[n];
	if (!(d >= '0' && d <= '9') && !db_starts(text + n, i - n, "一") &&
	    !db_starts(text + n, i - n, "二") && !db_starts(text + n, i - n, "三") &&
	    !db_starts(text + n, i - n, "四") && !db_starts(text + n, i - n, "五"))
		return false;
	return true;
}

/* Is the line before the newline at i a web page's stamp (2024-02-21
 * 来源:某台, 时间: 2025-03-15 16:32:17 访问量:0): a date of year, month and
 * day in digits on a short line without a sentence's punctuation? Its
 * newline ends a paragraph: the date is the page's, not the period of the
 * paragraph below. */
static bool stamp_before(const char *text, size_t i)
{
	size_t s = i;
	while (s > 0 && text[s - 1] != '\n' && i - s <= 160)
		s--;
	if (s > 0 && text[s - 1] != '\n')
		return false;
	static const char *const stops[] = { "。", "，", "；", "," };
	for (size_t j = 0; j < sizeof stops / sizeof *stops; j++)
		for (size_t k = s; k + strlen(stops[j]) <= i; k++)
			if (!memcmp(text + k, stops[j], strlen(stops[j])))
				return false;
	for (size_t k = s; k + 10 <= i; k++) {
		size_t p = k, n = 0;
		while (p < i && is_digit(text[p]))
			p++, n++;
		if (n != 4 || (k > s && is_digit(text[k - 1])))
			continue;
		char sep = text[p];
		if (sep != '-' && sep != '/' && sep != '.')
			continue;
		size_t m = 0;
		for (p++; p < i && is_digit(text[p]); p++)
			m++;
		if (m < 1 || m > 2 || p >= i || text[p] != sep)
			continue;
		size_t d = 0;
		for (p++; p < i && is_digit(text[p]); p++)
			d++;
		if (d >= 1 && d <= 2)
			return true;
	}
	return false;
}

/* Does the text before a newline at i end a paragraph? */
static bool para_end_before(const char *text, size_t i)
{
	size_t k = i;
	while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r' ||
			 text[k - 1] == '\n'))
		k--;
	if (k == 0)
		return true;
	for (size_t j = 0; j < sizeof para_enders / sizeof *para_enders; j++) {
		size_t n = strlen(para_enders[j]);
		if (k >= n && memcmp(text + k - n, para_enders[j], n) == 0)
			return true;
	}
	return false;
}

/* Does the line before the newline at i end with a ratio's colon that the
 * next line, at s, goes on with (比例调整为 7.5 :\n43.2:49.3, a page's
 * hard wrap inside 三次产业结构)? No lead's colon: a digit stands before it. */
static bool ratio_cut_before(const char *text, size_t i, const char *s, size_t n)
{
	size_t k = i;
	while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r'))
		k--;
	if (k >= 1 && text[k - 1] == ':')
		k--;
	else if (k >= 3 && !memcmp(text + k - 3, "：", 3))
		k -= 3;
	else
		return false;
	while (k > 0 && text[k - 1] == ' ')
		k--;
	return k > 0 && is_digit(text[k - 1]) && n > 0 && is_digit(s[0]);
}

/* Does the line before the newline at i end with a whole rate (…%,
 * …左右, …以上)? */
static bool figure_end_before(const char *text, size_t i)
{
	static const char *const ends[] = { "%", "％", "左右", "以上", "以内" };
	size_t k = i;
	while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r'))
		k--;
	for (size_t j = 0; j < sizeof ends / sizeof *ends; j++) {
		size_t n = strlen(ends[j]);
		if (k >= n && !memcmp(text + k - n, ends[j], n))
			return true;
	}
	/* 发布时间:2023-03-03 (10:06): a page's date line */
	size_t d = k, digits = 0, dashes = 0;
	while (d > 0 && k - d < 20 &&
	       (is_digit(text[d - 1]) || text[d - 1] == '-' || text[d - 1] == ':' ||
		text[d - 1] == ' ')) {
		digits += is_digit(text[d - 1]);
		dashes += text[d - 1] == '-';
		d--;
	}
	return k > 0 && is_digit(text[k - 1]) && dashes == 2 && digits >= 6;
}

/* Is the line at k only a stated rank (居全省第一位, 位居全市第3), with
 * nothing after it but a full stop? */
static bool rank_line_at(const char *text, size_t len, size_t k)
{
	db_figure f;
	if (!db_rank_read(text, len, k, &f) || f.start != k || f.end <= k)
		return false;
	size_t e = f.end;
	while (e < len && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r'))
		e++;
	if (e + 3 <= len && !memcmp(text + e, "。", 3))
		e += 3;
	return e >= len || text[e] == '\n';
}

/* Does the line before the newline at i end with a stated rank (…居全省第二,
 * …第3位, …首位) that the next line, at s, does not go on with (第三\n个突破,
 * 第一\n方阵)? An item line of a page's list, like one ending with a rate. */
static bool rank_end_before(const char *text, size_t i, const char *s, size_t n)
{
	static const char *const whole[] = { "首位", "榜首" };
	static const char *const rank_digits[] = { "一", "二", "三", "四", "五", "六", "七",
						"八", "九", "十", "百" };
	static const char *const goes_on[] = { "个", "名", "位", "次", "批", "家", "方阵",
					       "梯队", "档", "等", "阵营" };
	size_t k = i;
	while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r'))
		k--;
	for (size_t j = 0; j < sizeof goes_on / sizeof *goes_on; j++)
		if (n >= strlen(goes_on[j]) && !memcmp(s, goes_on[j], strlen(goes_on[j])))
			return false;
	for (size_t j = 0; j < sizeof whole / sizeof *whole; j++)
		if (k >= 6 && !memcmp(text + k - 6, whole[j], 6))
			return true;
	if (k >= 3 && (!memcmp(text + k - 3, "位", 3) || !memcmp(text + k - 3, "名", 3)))
		k -= 3;
	size_t d = k;
	for (;;) {
		if (d > 0 && is_digit(text[d - 1])) {
			d--;
			continue;
		}
		bool numeral = false;
		for (size_t j = 0; d >= 3 && j < sizeof rank_digits / sizeof *rank_digits && !numeral; j++)
			numeral = !memcmp(text + d - 3, rank_digits[j], 3);
		if (!numeral)
			break;
		d -= 3;
	}
	return d < k && d >= 3 && !memcmp(text + d - 3, "第", 3);
}

/* Does s open with punctuation that continues a sentence (，、；。)? */
static bool closer_at(const char *s, size_t n)
{
	/* (和 及 与: the list goes on, 分别比增5.1%\n和15.3%) */
	static const char *const p[] = { "，", "、", "；", "。", ",", ";", "）", ")", "和", "及", "与" };
	for (size_t j = 0; j < sizeof p / sizeof *p; j++)
		if (n >= strlen(p[j]) && !memcmp(s, p[j], strlen(p[j])))
			return true;
	return false;
}

/* Does the text before the newline at i end with ；? */
static bool semicolon_before(const char *text, size_t i)
{
	size_t k = i;
	while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r'))
		k--;
	return (k >= 3 && !memcmp(text + k - 3, "；", 3)) || (k >= 1 && text[k - 1] == ';');
}

typedef db_splitter splitter;

static void emit(splitter *sp, size_t end)
{
	size_t s = sp->start, e = end, w;
	int line = sp->sline, col = sp->scol;

	while (s < e && is_space_at(sp->text + s, e - s, &w)) {
		if (sp->text[s] == '\n') {
			line++;
			col = 1;
		} else if (sp->text[s] != '\r') {
			col++;
		}
		s += w;
	}
	while (e > s && (sp->text[e - 1] == ' ' || sp->text[e - 1] == '\t' ||
			 sp->text[e - 1] == '\r' || sp->text[e - 1] == '\n'))
		e--;
	while (e >= s + 3 && db_starts(sp->text + e - 3, 3, "\xe3\x80\x80"))
		e -= 3;
	if (e > s) {
		if (sp->new_segment || list_marker(sp->text + s, e - s))
			sp->segment++;
		sp->new_segment = false;
		if (sp->cs->len == sp->cs->cap) {
			sp->cs->cap = sp->cs->cap ? sp->cs->cap * 2 : 64;
			sp->cs->items = db_xrealloc(sp->cs->items, sp->cs->cap * sizeof(db_clause));
		}
		sp->cs->items[sp->cs->len++] = (db_clause){ s, e, line, col, sp->sentence,
							    sp->part, sp->segment };
	}
}

static void restart(splitter *sp, size_t at)
{
	sp->start = at;
	sp->sline = sp->line;
	sp->scol = sp->col;
}

void db_clauses_begin(db_splitter *sp, const char *text, size_t len, db_clauses *cs)
{
	*sp = (splitter){ text, len, cs, 1, 1, 0, 0, 0, 1, 1, 1, 1, true, 0 };
	if (cs->len) {
		const db_clause *last = &cs->items[cs->len - 1];
		sp->sentence = last->sentence + 1;
		sp->part = last->part + 1;
		sp->segment = last->segment;
	}
}

void db_clauses_split(const char *text, size_t len, db_clauses *cs)
{
	splitter sp;

	db_clauses_begin(&sp, text, len, cs);
	db_clauses_more(&sp, (size_t)-1, 0);
}

bool db_clauses_more(db_splitter *spp, size_t n, size_t past)
{
	splitter sp = *spp;
	const char *text = sp.text;
	size_t len = sp.len, i = sp.at;
	db_clauses *cs = sp.cs;

	if (i > len)
		return false;   /* split to its end before */
	while (i < len) {
		if (cs->len >= n && cs->items[cs->len - 1].end > past) {
			sp.at = i;
			*spp = sp;
			return true;
		}
		size_t w = 1;
		int b = boundary(text, len, i, &w);
		unsigned char c = (unsigned char)text[i];

		if (b == B_NONE && i - sp.start >= CLAUSE_SOFT &&
		    (i - sp.start >= CLAUSE_HARD || c == '\n' || c == ' ' || c == '\t') &&
		    (c & 0xC0) != 0x80) {
			/* run-on text (no punctuation): a clause of its own */
			b = B_CLAUSE;
			w = 0;
		}
		if (b == B_NONE && (c == ' ' || c == 0xE3) && (w = headline_space(text, len, i)) != 0)
			b = B_CLAUSE; /* …结果公布 某区位列…: a headline's comma */
		if (b != B_NONE && b < B_SENTENCE && i - sp.sentence_start >= SENTENCE_MAX)
			b = B_SENTENCE;
		if (b == B_NONE && c == '\n') {
			/* A newline ends a paragraph only after closing punctuation or
			 * before a list marker; inside a sentence it is a page break. */
			size_t k = i + 1, sw;
			while (k < len && is_space_at(text + k, len - k, &sw))
				k += sw;
			bool marker = list_marker(text + k, len - k);
			int cut = 0;
			if (!marker && (semicolon_before(text, i) || lead_in_before(text, i)))
				/* …增长11.4%；\n直接利用外资…: a line wrapped after
				 * ； goes on with the sentence (its 预计, its period);
				 * so does one after a lead-in line (lead_in_before) */
				cut = B_PART;
			else if (stamp_before(text, i))
				cut = B_PARAGRAPH;
			else if (!marker && figure_end_before(text, i) && rank_line_at(text, len, k))
				/* …同比增长6.3%\n居全省第一位: a line that is only a
				 * rank goes on with the rate above (a headline's or an
				 * item's), as after a comma */
				cut = B_CLAUSE;
			else if (!marker && !closer_at(text + k, len - k) &&
				 (figure_end_before(text, i) ||
				  rank_end_before(text, i, text + k, len - k)))
				/* a web page's item line without a full stop
				 * (…增长5.3%左右\n一般公共预算收入增长3.9%, …增速居
				 * 全市第四\n民营经济占比…): the line is a sentence of
				 * its own */
				cut = B_SENTENCE;
			else if ((para_end_before(text, i) &&
				  !ratio_cut_before(text, i, text + k, len - k)) ||
				 marker || heading_before(text, len, i) || caption_before(text, i))
				cut = B_PARAGRAPH;
			if (cut == B_PART && i - sp.sentence_start >= SENTENCE_MAX)
				cut = B_SENTENCE;
			if (cut) {
				emit(&sp, i);
				sp.part += cut != B_CLAUSE;
				sp.sentence += cut > B_PART;
				if (cut > B_PART)
					sp.sentence_start = i + 1;
				if (cut == B_PARAGRAPH)
					sp.new_segment = true;
				sp.line++;
				sp.col = 1;
				restart(&sp, i + 1);
				i++;
				continue;
			}
			sp.line++;
			sp.col = 1;
			i++;
			continue;
		}
		if (b == B_NONE) {
			if (c < 0x80 || c >= 0xC0)
				sp.col++;
			/* advance one whole character so columns stay right */
			i++;
			while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
				i++;
			continue;
		}
		/* Closing quotes and brackets right after a full stop belong to
		 * the sentence they close. */
		size_t end = i + w;
		while (end < len && (db_starts(text + end, len - end, "”") ||
				     db_starts(text + end, len - end, "）") ||
				     db_starts(text + end, len - end, "」") || text[end] == ')'))
			end += text[end] == ')' ? 1 : 3;
		emit(&sp, i);
		for (size_t k = i; k < end; k++)
			if (((unsigned char)text[k] & 0xC0) != 0x80)
				sp.col++;
		if (b == B_SENTENCE) {
			sp.sentence++;
			sp.part++;
			sp.sentence_start = end;
			if (i + w == end && flattened_paragraph_end(text, len, end))
				sp.new_segment = true;
		} else if (b == B_PART) {
			sp.part++;
		}
		i = end;
		restart(&sp, i);
	}
	emit(&sp, len);
	sp.at = len + 1;
	*spp = sp;
	return false;
}

void db_clauses_cut(const char *text, db_clauses *cs, size_t at)
{
	size_t i = 0;
	while (i < cs->len && cs->items[i].end <= at)
		i++;
	if (i == cs->len || cs->items[i].start >= at)
		return;
	db_clause head = cs->items[i], tail = head;
	size_t s = at, w;
	while (s < head.end && is_space_at(text + s, head.end - s, &w))
		s += w;
	if (s >= head.end)
		return;
	head.end = at;
	while (head.end > head.start && (text[head.end - 1] == ' ' || text[head.end - 1] == '\r' ||
					 text[head.end - 1] == '\n'))
		head.end--;
	tail.start = s;
	for (size_t k = head.start; k < s; k++) {
		if (text[k] == '\n') {
			tail.line++;
			tail.column = 1;
		} else if (((unsigned char)text[k] & 0xC0) != 0x80 && text[k] != '\r') {
			tail.column++;
		}
	}
	if (cs->len == cs->cap) {
		cs->cap = cs->cap ? cs->cap * 2 : 64;
		cs->items = db_xrealloc(cs->items, cs->cap * sizeof(db_clause));
	}
	memmove(cs->items + i + 2, cs->items + i + 1, (cs->len - i - 1) * sizeof(db_clause));
	cs->len++;
	cs->items[i] = head;
	cs->items[i + 1] = tail;
	for (size_t k = i + 1; k < cs->len; k++) {
		cs->items[k].sentence++;
		cs->items[k].part++;
		cs->items[k].segment++;
	}
}

void db_clauses_release(db_clauses *cs)
{
	free(cs->items);
	cs->items = NULL;
	cs->len = cs->cap = 0;
}
