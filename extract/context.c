/* context.c - what the document says about the figures that say nothing of
 * their own period or status: a 政府工作报告's review speaks of the year
 * before its meeting and its target list of the year of the meeting; a
 * 统计公报 speaks of its year; a target list is targets. The document's kind
 * (manifest `kind`, else guessed from its first lines), its date, section
 * headings and paragraph openings decide, line by line. */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "extract/extract_int.h"
#include "extract/readers.h"
#include "extract/readers_lex.h"

#define NWORDS(a) (sizeof(a) / sizeof *(a))

/* How many lines at the top may name the document's kind, and a plan
 * report's years. */
static const int kind_lines = 6;
static const int plan_lines = 24;

/* A first line naming a titles_* list makes that kind of document. */
static const struct {
	enum db_word_list list;
	const char *kind;
} kind_titles[] = {
	{ DB_W_TITLES_BULLETIN, "bulletin" }, { DB_W_TITLES_GWR, "gwr" },
	{ DB_W_TITLES_PLAN, "plan" },         { DB_W_TITLES_TARGETS, "targets" },
	{ DB_W_TITLES_SUMMARY, "summary" },
};

static bool has_any(const char *s, size_t n, const db_wordlist *l)
{
	const char *const *words = l->items;
	for (size_t i = 0; i < l->len; i++) {
		size_t k = strlen(words[i]);
		for (size_t p = 0; p + k <= n; p++)
			if (s[p] == words[i][0] && (k < 2 || s[p + 1] == words[i][1]) &&
			    !memcmp(s + p, words[i], k))
				return true;
	}
	return false;
}

static bool starts_any(const char *s, size_t n, const db_wordlist *l)
{
	const char *const *words = l->items;
	for (size_t i = 0; i < l->len; i++) {
		size_t k = strlen(words[i]);
		if (k <= n && !memcmp(s, words[i], k))
			return true;
	}
	return false;
}

/* Does a figure (a digit not of a year: 4.5%, 2.5个百分点) come before
 * the first word of l in s? (全市生产总值增长4.5%，低于预期目标2.5个百分点
 * reviews a year; it announces no list of targets) */
static bool figure_before_any(const char *s, size_t n, const db_wordlist *l)
{
	size_t first = n;
	for (size_t i = 0; i < l->len; i++) {
		size_t k = strlen(l->items[i]);
		for (size_t p = 0; p + k <= n && p < first; p++)
			if (!memcmp(s + p, l->items[i], k)) {
				first = p;
				break;
			}
	}
	for (size_t p = 0; p < first; p++) {
		if (s[p] < '0' || s[p] > '9')
			continue;
		size_t q = p;
		while (q < first && s[q] >= '0' && s[q] <= '9')
			q++;
		if (!(q - p == 4 && q + 3 <= n && !memcmp(s + q, "年", 3)))
			return true;
		p = q;
	}
	return false;
}

/* The first four-digit year 19xx/20xx of s, or 0. */
static int year_in(const char *s, size_t n)
{
	for (size_t p = 0; p + 4 <= n; p++) {
		if ((s[p] != '1' && s[p] != '2') || (p && s[p - 1] >= '0' && s[p - 1] <= '9'))
			continue;
		int y = lx_year4(s, n, p);
		if (y && (p + 4 >= n || s[p + 4] < '0' || s[p + 4] > '9') && y >= 1949 && y <= 2100)
			return y;
	}
	return 0;
}

/* Does the lead-in s[0..c) end with a verb of saying (…在报告中说)? */
static bool says(const char *s, size_t c)
{
	static const char *const verbs[] = { "说", "指出", "表示", "介绍", "提到" };
	for (size_t i = 0; i < NWORDS(verbs); i++) {
		size_t k = strlen(verbs[i]);
		if (c >= k && !memcmp(s + c - k, verbs[i], k))
			return true;
	}
	return false;
}

/* The year opening the line, or opening it after a short lead-in clause
 * (报告指出，2021年是…) or a speaker's (王某在报告中说，2023年…), or 0. */
static int opening_year(const char *s, size_t n)
{
	int y = year_in(s, n < 6 ? n : 6);
	for (size_t c = 3; !y && c + 6 <= n && c <= 45; c++) {
		size_t k = s[c] == ',' ? 1 : !memcmp(s + c, "，", 3) ? 3 : 0;
		if (k) {
			if (c <= 18 || says(s, c))
				y = year_in(s + c + k, n - c - k < 6 ? n - c - k : 6);
			break;
		}
	}
	return y;
}

/* 报告对2023年全区工作作了回顾。/ 报告回顾了2023年工作，…: a
 * paragraph whose first sentence names the year under review and says it
 * reviews it, and that sets no list of targets (报告回顾了2023年工作，提出
 * 今年主要预期目标：… stays the list's). */
static bool review_said(const db_wordlist *L, const char *s, size_t n, int review)
{
	size_t e = n < 180 ? n : 180;
	const char *stop = memmem(s, e, "。", strlen("。"));
	if (stop)
		e = (size_t)(stop - s);
	return has_any(s, e, &L[DB_W_REVIEW_SAID]) && year_in(s, e) == review &&
	       !has_any(s, n, &L[DB_W_TARGET_LIST_OPENERS]);
}

/* A heading: short, without sentence punctuation. */
static bool heading(const char *s, size_t n)
{
	static const char *const stops[] = { "。", "，", ",", "；", ";", "：" };
	static const db_wordlist stop_list = { stops, sizeof stops / sizeof *stops, { 0 } };
	if (n == 0 || n > 90)
		return false;
	return !has_any(s, n, &stop_list);
}

static void push(db_context *cx, size_t start, int mode, int year)
{
	if (cx->len && cx->items[cx->len - 1].mode == mode &&
	    cx->items[cx->len - 1].year == year)
		return;
	if (cx->len == cx->cap) {
		cx->cap = cx->cap ? 2 * cx->cap : 8;
		cx->items = db_xrealloc(cx->items, cx->cap * sizeof *cx->items);
	}
	cx->items[cx->len++] = (db_context_span){ start, mode, year, 0, false, 0, 0 };
}

/* A review of several years (五年来, 过去五年) ending in year: a context
 * of no one year; a term of four (四年来, 过去四年) starts three years
 * before it. */
static void push_review(db_context *cx, size_t start, int year, bool four)
{
	push(cx, start, DB_CONTEXT_NONE, year);
	if (four && !cx->items[cx->len - 1].from)
		cx->items[cx->len - 1].from = year - 3;
}

/* In the first lines of a plan report: the year whose plan was carried out
 * (2020年…计划执行情况) and the year planned (2022年…计划), 0 when unnamed.
 * The title block and the first line that ends a sentence (受…委托，现将
 * 2020年…计划执行情况…提请审议。): a body's 2022年重点项目计划共85项 is
 * no plan the report is of. */
static void plan_years(const db_words *w, const char *text, size_t len, const db_date *d,
		       int *executed, int *planned, db_period *part)
{
	size_t s = 0;
	bool body = false;
	for (int line = 0; line < plan_lines && s < len && !body; line++) {
		size_t e = s;
		while (e < len && text[e] != '\n')
			e++;
		const char *l = text + s;
		size_t n = e - s;
		body = has_any(l, n, &(const db_wordlist){ (const char *const[]){ "。" }, 1, { 0 } });
		for (size_t p = 0; p + 4 <= n; p++) {
			int y = year_in(l + p, 4);
			if (!y || (p && l[p - 1] >= '0' && l[p - 1] <= '9'))
				continue;
			/* the words right after the year, up to the next year: forty
			 * characters, room for a place's name and a part of the
			 * year (2021年上半年某市某区国民经济和社会发展计划执行情况),
			 * whose 计划 would else name the year planned */
			size_t q = p + 4, r = q;
			while (r < n && r < q + 120 && !year_in(l + r, n - r < 4 ? n - r : 4))
				r++;
			if (!*executed && has_any(l + q, r - q, &w->lists[DB_W_PLAN_EXECUTED])) {
				*executed = y;
				/* 2025年上半年…计划执行情况: the months carried out */
				db_period_match m;
				if (db_period_read(l, n, p, d, DB_PERIOD_FOR_FLOW, &m) && m.has_period &&
				    !m.cumulative_to_date && m.period.start_year == y &&
				    m.period.end_year == y && m.period.start_month == 1 &&
				    m.period.end_month < 12)
					*part = m.period;
			}
			else if (!*planned && has_any(l + q, r - q, &w->lists[DB_W_PLAN_PLANNED]))
				*planned = y;
		}
		s = e + 1;
	}
}

const char *db_context_kind(const db_words *w, const char *text, size_t len, const char *given)
{
	if (given)
		return given;
	size_t s = 0;
	for (int line = 0; line < kind_lines && s < len; line++) {
		size_t e = s;
		while (e < len && text[e] != '\n')
			e++;
		for (size_t i = 0; i < NWORDS(kind_titles); i++)
			if (has_any(text + s, e - s, &w->lists[kind_titles[i].list]))
				return kind_titles[i].kind;
		s = e + 1;
	}
	return NULL;
}

/* Does the line open with a section number (一、 十二、 （一）)? */
static bool numbered(const char *s, size_t n)
{
	static const char *const digits[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九",
					      "十" };
	size_t p = 0;
	if (n >= 3 && (!memcmp(s, "（", 3) || s[0] == '('))
		p = s[0] == '(' ? 1 : 3;
	size_t start = p;
	for (bool more = true; more && p + 3 <= n;) {
		more = false;
		for (size_t i = 0; i < NWORDS(digits); i++)
			if (!memcmp(s + p, digits[i], 3)) {
				p += 3;
				more = true;
				break;
			}
	}
	return p > start && p + 3 <= n &&
	       (!memcmp(s + p, "、", 3) || !memcmp(s + p, "）", 3) || s[p] == ')');
}

/* The line from s: where its text starts (past blanks) and where it ends. */
static void line_at(const char *text, size_t len, size_t s, size_t *a, size_t *e)
{
	size_t q = s;
	while (q < len && text[q] != '\n')
		q++;
	*e = q;
	while (s < q && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r'))
		s++;
	*a = s;
}

/* A newspaper's box of headline figures above its item (回顾2023年 /
 * 生产总值增长5.2%… / 展望2024年 / 生产总值增长5%左右…), lines with no
 * sentence of their own: a short heading naming the reviewed year with a
 * review word, or the year ahead with 展望 or a plan heading's word,
 * right over a line of percents starts that section; 0 when it is none. */
static int box_heading(const db_wordlist *L, const char *text, size_t len, size_t e,
		       const char *l, size_t n, int y, int review, int ahead)
{
	static const char *const ahead_words[] = { "展望" };
	const db_wordlist look = { ahead_words, 1, { 0 } };
	const db_wordlist pct = { (const char *const[]){ "%", "％" }, 2, { 0 } };
	if (!y || n > 30 || !heading(l, n))
		return 0;
	size_t a2 = e, e2 = e;
	while (a2 < len && a2 == e2) /* (blank lines between) */
		line_at(text, len, e2 + 1, &a2, &e2);
	if (a2 >= len || !has_any(text + a2, e2 - a2, &pct))
		return 0;
	if (y == review && has_any(l, n, &L[DB_W_REVIEW_HEADINGS]))
		return DB_CONTEXT_REVIEW;
	if (y == ahead && (has_any(l, n, &look) || has_any(l, n, &L[DB_W_PLAN_HEADINGS])))
		return DB_CONTEXT_PLAN;
	return 0;
}

/* …之年，是…之年，全市经济社会发展主要预期目标是：地区生产总值增长7%左右: a
 * list's lead whose opener (target_list_openers) comes past the first 40
 * characters of its line, within 120, a colon after it (是：, 为：, 如下：),
 * no figure and no word of completion (完成, 实现, 达到) before it, announces
 * the list as an opener early in the line does */
static bool late_list_lead(const db_wordlist *openers, const char *l, size_t n)
{
	static const char *const colons[] = { "：", ":", "是：", "是:", "为：", "为:",
					      "如下：", "如下:", "计划如下：", "计划如下:" };
	static const char *const done_words[] = { "完成", "实现", "达到" };
	const db_wordlist done = { done_words, NWORDS(done_words), { 0 } };
	size_t e = n < 360 ? n : 360;
	for (size_t i = 0; i < openers->len; i++) {
		size_t k = strlen(openers->items[i]);
		const char *at = memmem(l, e, openers->items[i], k);
		if (!at)
			continue;
		size_t p = (size_t)(at - l) + k;
		for (size_t j = 0; j < NWORDS(colons); j++)
			if (p + strlen(colons[j]) <= n && !memcmp(l + p, colons[j], strlen(colons[j])))
				return !has_any(l, p, &done) && !figure_before_any(l, n, openers);
	}
	return false;
}

/* Does w come in s followed by 是, 为, a colon or a comma (主要预期目标是：,
 * 划定发展预期目标，地区生产总值增长6%), announcing what follows rather than
 * reporting on it (主要预期目标全面完成; 完成了年初确定的主要预期目标，…: a
 * word of completion before it makes the comma's figures the results)? */
static bool announces(const char *s, size_t n, const char *w)
{
	static const char *const after[] = { "是", "为", "：", ":", "，", "," };
	static const char *const done_words[] = { "完成", "实现", "达到" };
	const db_wordlist done = { done_words, NWORDS(done_words), { 0 } };
	size_t k = strlen(w);
	for (size_t p = 0; p + k <= n; p++) {
		if (memcmp(s + p, w, k))
			continue;
		for (size_t i = 0; i < NWORDS(after); i++)
			if (p + k + strlen(after[i]) <= n &&
			    !memcmp(s + p + k, after[i], strlen(after[i])) &&
			    (i < 4 || !has_any(s, p, &done)))
				return true;
	}
	return false;
}

/* Does the line end with a colon or a semicolon, so that the line after it
 * goes on with the list (…主要预期目标是：/ 地区生产总值增长6%左右；)? */
static bool ends_open(const char *l, size_t n)
{
	while (n && (l[n - 1] == ' ' || l[n - 1] == '\r'))
		n--;
	if (n && (l[n - 1] == ':' || l[n - 1] == ';'))
		return true;
	return n >= 3 && (!memcmp(l + n - 3, "：", 3) || !memcmp(l + n - 3, "；", 3));
}

/* 2021年目标： over lines of percents, after 2020年成就： over the year's
 * results: a short line of no figure that names the year ahead and ends
 * in 目标 (a colon after it or not) heads that year's targets; its items
 * follow on the lines after it */
static bool year_goal_heading(const char *l, size_t n, int ahead)
{
	static const db_wordlist none = { NULL, 0, { 0 } };
	size_t k = strlen("目标");
	while (n && (l[n - 1] == ' ' || l[n - 1] == '\r' || l[n - 1] == ':'))
		n--;
	if (n >= 3 && !memcmp(l + n - 3, "：", 3))
		n -= 3;
	return n >= k && n <= 30 && !memcmp(l + n - k, "目标", k) &&
	       year_in(l, n) == ahead && !figure_before_any(l, n, &none);
}

/* A news item on a 政府工作报告 that quotes its target list without a year
 * (经济社会发展主要预期目标是：…, in January 2025): the list is of the year
 * the meeting plans, ahead; the paragraph and the items right after it
 * (——, 1.) only, the rest of the item keeps the news item's periods. */
/* 展望未来，政府工作报告…：地区生产总值增长5.5%左右、…: a paragraph of a news
 * item that opens looking ahead to the coming years (展望未来, 展望新的一年,
 * 展望明年; not 展望全年 or 展望下半年, the year under way) and
 * states figures: the targets of the year ahead */
static bool looks_ahead(const char *l, size_t n)
{
	static const char *const spans[] = { "未来", "新的一年", "明年", "来年" };
	size_t k = strlen("展望");
	if (n <= k || memcmp(l, "展望", k))
		return false;
	for (size_t i = 0; i < NWORDS(spans); i++)
		if (n >= k + strlen(spans[i]) && !memcmp(l + k, spans[i], strlen(spans[i])))
			return true;
	return false; /* (展望2025年: the year says it) */
}

/* 该县将重点抓好五个方面工作。一是…全年新增规上工业企业18家: a paragraph
 * of a news item whose first sentence, of no figure, says what the place
 * will do (将 or 要, then 重点抓好 or 重点做好, …工作) lays out the year
 * ahead's work; its figures are that year's targets */
static bool work_lead(const char *l, size_t n)
{
	static const char *const wills[] = { "将重点抓好", "将重点做好", "要重点抓好", "要重点做好" };
	const db_wordlist will = { wills, NWORDS(wills), { 0 } };
	const char *stop = memmem(l, n, "。", strlen("。"));
	size_t m = stop ? (size_t)(stop - l) : n;
	if (m > 90 || m < strlen("工作") || memcmp(l + m - strlen("工作"), "工作", strlen("工作")))
		return false;
	return has_any(l, m, &will);
}

/* 经济社会发展主要预期目标 on a line of its own over • items: a heading
 * that closes on the word (no 是, colon or figure after it) */
static bool closes_on(const char *l, size_t n, const char *w)
{
	size_t k = strlen(w);
	while (n && (l[n - 1] == ' ' || l[n - 1] == '\r'))
		n--;
	return n >= k && !memcmp(l + n - k, w, k);
}

/* The width of the spaces that indent a line (  • 生产总值增长8%以上). */
static size_t indent(const char *l, size_t n)
{
	size_t o = 0;
	while (o < n && (l[o] == ' ' || (n - o >= 3 && !memcmp(l + o, "\xE3\x80\x80", 3))))
		o += l[o] == ' ' ? 1 : 3;
	return o;
}

static void news_target_lists(const db_words *w, const char *text, size_t len, int ahead,
			      db_context *cx)
{
	/* (发展预期目标 without 主要: 经济社会发展预期目标为…) */
	static const char *const main_words[] = { "主要预期目标", "发展预期目标" };
	const db_wordlist main_targets = { main_words, NWORDS(main_words), { 0 } };
	/* (…主要预期目标是：, not …主要预期目标全面完成，地区生产总值增长5.2%) */
	const db_wordlist *L = w->lists;
	const db_wordlist none = { NULL, 0, { 0 } };
	static const char *const progress_words[] = { "完成", "情况", "进展", "成效" };
	const db_wordlist progress = { progress_words, NWORDS(progress_words), { 0 } };
	/* (after a lead of no figure (…主要预期目标是：锚定…目标，努力争取
	 * 最好的结果。) the paragraph after it holds the list, and after a
	 * line that ends with a colon or a semicolon the next line is its
	 * item, unless it names a year before the list's) */
	bool open = false, more = false;
	for (size_t s = 0; s < len;) {
		size_t a, e;
		line_at(text, len, s, &a, &e);
		const char *l = text + a;
		size_t n = e - a, head = n < 120 ? n : 120;
		int y = year_in(l, n < 24 ? n : 24);
		if (!n) {
			; /* (a blank line neither opens nor ends a list) */
		} else if ((announces(l, head, main_words[0]) || announces(l, head, main_words[1]) ||
			    (heading(l, n) && !has_any(l, n, &progress) &&
			     (closes_on(l, n, main_words[0]) || closes_on(l, n, main_words[1])))) &&
			   (!y || y >= ahead) &&
			   !(n >= 3 && !memcmp(l, "—", 3)) && !figure_before_any(l, head, &main_targets) &&
			   !has_any(l, n, &L[DB_W_DONE_AFTER_TARGET])) {
			push(cx, a, DB_CONTEXT_PLAN, ahead);
			open = true;
			more = ends_open(l, n) || !figure_before_any(l, n, &none);
		} else if ((y >= ahead && heading(l, n) && has_any(l, n, &L[DB_W_TARGET_LIST_OPENERS]) &&
			    !has_any(l, n, &progress) && !figure_before_any(l, n, &none)) ||
			   year_goal_heading(l, n, ahead)) {
			/* 二、2025年主要目标任务 / 2025年预期目标: a heading of
			 * the year ahead; its items follow on the next lines
			 * (not 2025年主要目标任务完成情况, a review of them) */
			push(cx, a, DB_CONTEXT_PLAN, ahead);
			open = true;
			more = true;
		} else if ((looks_ahead(l, n) || (work_lead(l, n) && (!y || y >= ahead))) &&
			   figure_before_any(l, n, &none)) {
			push(cx, a, DB_CONTEXT_PLAN, ahead);
			open = true;
			more = false;
		} else if (open && ((more && (!y || y >= ahead)) || numbered(l, n) ||
				    db_digit_item(l, n) || db_bullet(l + indent(l, n), n - indent(l, n)) ||
				    (n >= 3 && !memcmp(l, "—", 3)))) {
			more = ends_open(l, n);
		} else if (open) {
			push(cx, a, DB_CONTEXT_END, 0);
			open = false;
		}
		s = e + 1;
	}
}

void db_context_find(const db_words *w, const char *kind, const char *text, size_t len,
		     const db_document *doc, db_context *cx)
{
	const db_wordlist *L = w->lists;
	const db_date *d = &doc->date;
	/* a report of November or December already reviews its own year */
	int review = d->month >= 11 ? d->year : d->year - 1, ahead = review + 1;
	bool sections = false, guessed = false;

	cx->len = 0;
	if (!kind)
		return;
	if (!strcmp(kind, "bulletin")) {
		push(cx, 0, DB_CONTEXT_REVIEW, d->month == 12 ? d->year : d->year - 1);
		return;
	}
	if (!strcmp(kind, "targets")) {
		push(cx, 0, DB_CONTEXT_PLAN, ahead);
		sections = true;
	} else if (!strcmp(kind, "plan")) {
		/* 2020年…计划执行情况与2021年…计划草案: a review of 2020, then
		 * 2021's plan; 2022年国民经济和社会发展计划 alone: 2022's targets */
		int executed = 0, planned = 0;
		db_period part = { 0 };
		plan_years(w, text, len, d, &executed, &planned, &part);
		if (executed) {
			review = executed;
			ahead = executed + 1;
			push(cx, 0, DB_CONTEXT_REVIEW, review);
			cx->items[cx->len - 1].first_month = part.start_month;
			cx->items[cx->len - 1].last_month = part.end_month;
		} else if (planned) {
			ahead = planned;
			push(cx, 0, DB_CONTEXT_PLAN, ahead);
		} else {
			push(cx, 0, DB_CONTEXT_REVIEW, review);
			guessed = true;
		}
		sections = true;
	} else if (!strcmp(kind, "gwr")) {
		push(cx, 0, DB_CONTEXT_REVIEW, review);
		sections = true;
	} else if (!strcmp(kind, "news") || !strcmp(kind, "newspaper")) {
		news_target_lists(w, text, len, ahead, cx);
		return;
	}
	if (!sections)
		return;
	/* the lines above the first sentence are the title block (…2023年…计划
	 * 草案的报告 / ——2023年1月1日在…会议上): they name no section */
	bool body = false, headed = false;
	static const char *const four_years[] = { "四年来", "过去四年", "过去的四年" };
	const db_wordlist four = { four_years, NWORDS(four_years), { 0 } };
	for (size_t s = 0; s < len;) {
		size_t a, e;
		line_at(text, len, s, &a, &e);
		const char *l = text + a;
		size_t n = e - a;
		int y = year_in(l, n < 24 ? n : 24);
		/* (一、过去五年工作回顾, ■ 2025年主要预期目标: a section) */
		bool title = !body && !numbered(l, n) && !db_bullet(l, n);
		body |= has_any(l, n, &(const db_wordlist){ (const char *const[]){ "。" }, 1, { 0 } });
		/* (四年来，全市上下…。 under a page's title lines, no heading
		 * before it: the first sentence opens a review of several years) */
		if (title && body && !headed &&
		    (starts_any(l, n, &L[DB_W_FIVE_YEAR_REVIEWS]) || starts_any(l, n, &four)))
			title = false;
		headed |= !title;
		int box = title ? box_heading(L, text, len, e, l, n, y, review, ahead) : 0;
		if (box) {
			push(cx, a, box, box == DB_CONTEXT_REVIEW ? review : ahead);
		} else if (title) {
			; /* (the kind's context holds) */
		} else if (year_goal_heading(l, n, ahead)) {
			push(cx, a, DB_CONTEXT_PLAN, ahead);
		} else if (heading(l, n)) {
			if (has_any(l, n, &L[DB_W_PLAN_HEADINGS]) && (!y || y >= ahead))
				push(cx, a, DB_CONTEXT_PLAN, ahead);
			else if ((has_any(l, n, &L[DB_W_FIVE_YEAR_REVIEWS]) || has_any(l, n, &four)) &&
				 !y)
				push_review(cx, a, review, has_any(l, n, &four));
			else if (has_any(l, n, &L[DB_W_REVIEW_HEADINGS]) || (y && y <= review))
				push(cx, a, DB_CONTEXT_REVIEW, review);
		} else if (cx->len && cx->items[cx->len - 1].mode == DB_CONTEXT_NONE &&
			   !cx->items[cx->len - 1].from && y && y < review && y >= review - 9 &&
			   year_in(l, n < 6 ? n : 6) == y && n >= 15 &&
			   !memcmp(l + 4, "年以来", strlen("年以来"))) {
			/* 一、七届政府工作回顾 / 2017年以来，市政府…: the review's
			 * first year */
			cx->items[cx->len - 1].from = y;
		} else if (starts_any(l, n, &L[DB_W_FIVE_YEAR_REVIEWS]) || starts_any(l, n, &four)) {
			push_review(cx, a, review, starts_any(l, n, &four));
		} else if (starts_any(l, n, &L[DB_W_REVIEW_OPENERS]) ||
			   ((y == review || !y) && opening_year(l, n) == review) ||
			   review_said(L, l, n, review)) {
			push(cx, a, DB_CONTEXT_REVIEW, review);
		} else if (((has_any(l, n < 120 ? n : 120, &L[DB_W_TARGET_LIST_OPENERS]) &&
			     !figure_before_any(l, n < 120 ? n : 120, &L[DB_W_TARGET_LIST_OPENERS])) ||
			    late_list_lead(&L[DB_W_TARGET_LIST_OPENERS], l, n)) &&
			   (!y || y >= ahead) && !(n >= 3 && !memcmp(l, "—", 3)) &&
			   /* (…预期目标增长7%，实际增长6.2%: a review's item) */
			   !has_any(l, n, &L[DB_W_DONE_AFTER_TARGET])) {
			/* (——全年地区生产总值预期目标增长6.5%：预计… is an item of
			 * the review, measured against its year's target) */
			/* 今年经济社会发展的主要预期目标是： the list that follows */
			push(cx, a, DB_CONTEXT_PLAN, ahead);
		}
		s = e + 1;
	}
	for (size_t i = 0; guessed && i < cx->len; i++)
		cx->items[i].guessed = true;
}

const db_context_span *db_context_at(const db_context *cx, size_t pos, size_t *hint)
{
	size_t i = *hint < cx->len ? *hint : 0;
	if (i < cx->len && cx->items[i].start > pos)
		i = 0;
	while (i + 1 < cx->len && cx->items[i + 1].start <= pos)
		i++;
	*hint = i;
	return i < cx->len && cx->items[i].start <= pos && cx->items[i].mode != DB_CONTEXT_END
		       ? &cx->items[i]
		       : NULL;
}

void db_context_release(db_context *cx)
{
	free(cx->items);
	memset(cx, 0, sizeof *cx);
}
