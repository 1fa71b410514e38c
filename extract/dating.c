/* dating.c - the periods and status of the figures of a walk that name none
 * of their own: the title's period, a paragraph's leading period, the
 * document context's year (context.c), a target list's year, a work
 * summary's months, and the estimates and bases said to hold below; and
 * which periods read in a clause date its figures (a quarter of a span, a
 * list of periods, a trend, a frame, a streak counted back). */
#include <string.h>

#include "extract/readers_lex.h"
#include "extract/walk.h"

/* A title line (the first non-blank one: short, no sentence punctuation)
 * that names a period dates the paragraphs that name none, when that
 * period has ended by the document's month: 2023年上半年工作总结 of July
 * dates its figures 2023H1, while 2022年政府工作报告 of January names the
 * year the report is for, not the year its review reports on. */
void db_title_period(walk *w)
{
	const char *t = w->text;
	size_t s = 0, e;
	while (s < w->len && (t[s] == '\n' || t[s] == '\r' || t[s] == ' '))
		s++;
	for (e = s; e < w->len && t[e] != '\n'; e++)
		;
	if (e - s > 120 || find_any(t, s, e, (const char *const[]){ "。", "，", "：" }, 3, NULL) !=
				   (size_t)-1)
		return;
	db_period_match pm;
	const db_date *date = &w->rs->doc.date;
	if (!db_period_next(t, e, s, date, DB_PERIOD_FOR_FLOW, &pm) || !pm.has_period || pm.plan ||
	    db_calendar_date(t, pm.start, pm.end, e))
		return; /* (编辑：…2018-01-24 16:20: a page's date) */
	if (!db_period_ended(&pm.period, date)) {
		w->label_end = e;
		return;
	}
	/* 2023年6月经济运行情况: a monthly report's figures run from January
	 * (its stocks are read at the month's end all the same) */
	static const char *const monthly[] = { "经济运行", "运行情况", "统计月报", "主要经济指标" };
	if (pm.period.start_year == pm.period.end_year &&
	    pm.period.start_month == pm.period.end_month && pm.period.start_month > 1 &&
	    contains_any(t, pm.end, e, monthly, NWORDS(monthly)))
		pm.period.start_month = 1;
	w->has_title = true;
	w->title = pm;
	w->title_end = e;
	w->label_end = e; /* its periods (…执行情况与2021年…) are the title's own */
}

/* 县长在2021年政府工作报告里回顾，全县过去五年中，…: a year right before
 * a report's name (words.json report_names), with more of the sentence
 * after the name (not a title line), names the report. What the sentence
 * quotes of it is its review, of the year before the report's; a span the
 * sentence counts back (过去五年) is counted from the report's January, so
 * it ends that year before too. A report said to set out something
 * (words.json report_plans: 提出, or a target word after the name) keeps
 * its own year: the year it plans. */
void db_quoted_report(walk *w, const db_clause *c, db_period_match *pm)
{
	const char *t = w->text;
	db_period *p = &pm->period;
	if (!pm->has_period || pm->no_year || pm->rel_year || pm->last_year || pm->plan ||
	    pm->cumulative_to_date)
		return;
	bool year = p->start_year == p->end_year && p->start_month == 1 && p->end_month == 12;
	if (year && pm->start >= c->start) {
		size_t q = pm->end, n;
		if (has_word_at(t, c->end, q, "《") || has_word_at(t, c->end, q, "“"))
			q += 3;
		const char *name = word_at(t, c->end, q, WL(w, DB_W_REPORT_NAMES));
		if (!name)
			return;
		q += strlen(name);
		if (has_word_at(t, c->end, q, "》") || has_word_at(t, c->end, q, "”"))
			q += 3;
		for (n = q; n < w->len && (t[n] == ' ' || t[n] == '\r'); n++)
			;
		if (n >= w->len || t[n] == '\n' ||
		    find_any(t, q, c->end, WORDS(w, DB_W_REPORT_PLANS), NULL) != (size_t)-1 ||
		    find_any(t, q, c->end, WORDS(w, DB_W_TARGET), NULL) != (size_t)-1)
			return;
		w->quoted_sentence = w->sentence_start + 1;
		w->quoted_year = p->start_year;
		*p = db_period_year(p->start_year - 1);
		return;
	}
	/* (a span counted back in that sentence: no year of its own written) */
	if (w->quoted_sentence != w->sentence_start + 1 || db_has_digit(t, pm->start, pm->end))
		return;
	db_date from = { w->quoted_year, 1, 15 };
	db_period_match m;
	if (db_period_next(t, c->end, pm->start, &from, DB_PERIOD_FOR_FLOW, &m) &&
	    m.start == pm->start && m.has_period && !m.rel_year && !m.no_year)
		pm->period = m.period;
}

/* Is the period phrase t[s, e) a calendar date (2025-04-25, 2025年4月25日,
 * 4月25日): a page's or a meeting's date, not the period of figures? */
bool db_calendar_date(const char *t, size_t s, size_t e, size_t end)
{
	/* 2023-03-03, 2022/4/30, 2022.5: a year's four digits, then the
	 * separator (1-11月 is months) */
	for (size_t p = s + 4; p + 1 < e; p++)
		if ((t[p] == '-' || t[p] == '/' || t[p] == '.') && t[p + 1] >= '0' && t[p + 1] <= '9' &&
		    t[p - 4] >= '0' && t[p - 4] <= '9' && t[p - 1] >= '0' && t[p - 1] <= '9' &&
		    t[p - 2] >= '0' && t[p - 2] <= '9' && t[p - 3] >= '0' && t[p - 3] <= '9')
			return true;
	if (e >= s + 3 && (has_word_at(t, e, e - 3, "日") || has_word_at(t, e, e - 3, "号")))
		return true; /* (the day read with its month) */
	size_t q = e;
	while (q < end && t[q] >= '0' && t[q] <= '9')
		q++;
	return q > e && (has_word_at(t, end, q, "日") || has_word_at(t, end, q, "号"));
}

/* The period of a paragraph that names none: the document context's (a
 * review's year, a target list's, a bulletin's), else the title's (when it
 * has ended), else a news item's first. */
void db_default_period(walk *w)
{
	w->per = (carried_period){ .period = w->per.period, .pos = w->per.pos };
	if (w->seg_ctx) {
		/* a five-year review (五年来) has no one year */
		if (w->seg_ctx->mode != DB_CONTEXT_NONE) {
			w->per.has = w->per.ctx = true;
			w->per.period = db_period_year(w->seg_ctx->year);
			/* (a report on the year's first half: its months) */
			if (w->seg_ctx->last_month) {
				w->per.period.start_month = w->seg_ctx->first_month;
				w->per.period.end_month = w->seg_ctx->last_month;
			}
		}
	} else if (w->has_title) { /* (the title's own figures too) */
		w->per.has = true;
		w->per.period = w->title.period;
		w->per.plan = w->title.plan;
		w->per.cum = w->title.cumulative_to_date;
		w->per.pos = w->title.start;
	} else if (w->has_news_period || w->has_lead_period) {
		w->per.has = w->per.ctx = true;
		w->per.period = w->has_news_period ? w->news_period : w->lead_period;
	}
}

/* 为实现全年目标开好局, 确保完成全年任务: a 全年 that names the
 * year's goal still ahead (a lead word of year_goal_leads right before it, a
 * goal noun within four ideographs after it), no period of figures; 圆满完成
 * 了全年目标任务 is the year done, its period. from: where the clause starts,
 * start and at: the 全年's bounds. */
bool db_year_goal_at(const walk *w, bool last_year, size_t from, size_t start, size_t at,
		     size_t end)
{
	if (!last_year || !ends_with_any(w->text, from, start, WL(w, DB_W_YEAR_GOAL_LEADS)->items,
					 WL(w, DB_W_YEAR_GOAL_LEADS)->len))
		return false;
	for (size_t k = at, n = 0; n <= 4 && k + 3 <= end; k += 3, n++) {
		if (word_at(w->text, end, k, WL(w, DB_W_YEAR_GOAL_NOUNS)))
			return true;
		if (!cjk_at(w->text, k))
			return false;
	}
	return false;
}

/* 确保上半年“双过半”, 促进上半年双过半各项措施: a period right before
 * 双过半 (quote marks aside), half the year's goal reached by its middle,
 * names the goal, no period of the figures around it. at: where the
 * period ends. */
bool db_half_goal_at(const char *t, size_t at, size_t end)
{
	static const char *const quotes[] = { "“", "\"", "「", "‘" };
	size_t k;
	while (at < end && (k = db_longest_word_at(t, at, end, quotes, NWORDS(quotes), NULL)) > 0)
		at += k;
	return has_word_at(t, end, at, "双过半");
}

static bool year_goal(const walk *w, const db_period_match *pm, size_t end)
{
	if (db_half_goal_at(w->text, pm->end, end))
		return true;
	return db_year_goal_at(w, pm->last_year, pm->start >= 12 ? pm->start - 12 : 0, pm->start,
			       pm->end, end);
}

/* 2010年，…突破万亿元；2016年，…；2021年，…: is the year read a step of a
 * timeline, a later year (no later than the date's) named after it in its
 * sentence? */
static bool timeline_year(const walk *w, const db_period_match *pm)
{
	const char *t = w->text;
	const db_period *p = &pm->period;
	if (p->start_year != p->end_year || p->start_month != 1 || p->end_month != 12)
		return false;
	/* (the steps of a timeline are close: a bounded look, as the text may
	 * hold no 。 for long) */
	size_t stop = w->len - pm->end > 240 ? pm->end + 240 : w->len;
	for (size_t q = pm->end; q + 4 < stop && t[q] != '\n' && !has_word_at(t, w->len, q, "。");
	     q++) {
		if (!(t[q] >= '1' && t[q] <= '2') || (q > 0 && t[q - 1] >= '0' && t[q - 1] <= '9'))
			continue;
		int y = lx_year4(t, w->len, q);
		if (y && has_word_at(t, w->len, q + 4, "年") && y > p->end_year &&
		    y <= w->rs->doc.date.year)
			return true;
	}
	return false;
}

/* Can a period read (ending a clause at end) be a news item's own: not a
 * page's date, nor 今年以来 (it says nothing of which months the figures
 * are), nor a plan, nor a timeline's earlier step? (It must also have
 * ended: news reports what has happened.) */
bool db_item_period(const walk *w, const db_period_match *pm, size_t end)
{
	/* (研究院成立于1992年, 始建于1960年: when something began) */
	static const char *const began[] = { "成立于", "创立于", "创办于", "创建于", "组建于",
					     "始建于", "建于", "始于" };
	return pm->has_period && !pm->plan && !pm->cumulative_to_date && !year_goal(w, pm, end) &&
	       !db_calendar_date(w->text, pm->start, pm->end, end) &&
	       !(pm->start >= 6 &&
		 ends_with_any(w->text, pm->start >= 9 ? pm->start - 9 : 0, pm->start, began,
			       NWORDS(began))) &&
	       !timeline_year(w, pm);
}

/* Does the period read at [at, end) open a sentence, a comma after it
 * (上半年，全县…; 三季度，全县… after a section's heading 一、…。)? A work
 * summary dates its sections that name no period by its first period read
 * when it is such a one: a first period inside a sentence (…，2021年规模以上…,
 * 上半年信访…考核排名…) is no occasion's, and neither is any later. */
bool db_opening_period(const walk *w, size_t at, size_t end)
{
	const char *t = w->text;
	size_t b = at;
	while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
		b--;
	bool opens = b == 0 || t[b - 1] == '\n' || t[b - 1] == '\r' ||
		     (b >= 3 && has_word_at(t, b, b - 3, "。"));
	return opens && end < w->len &&
	       (t[end] == ',' || has_word_at(t, w->len, end, "，"));
}

/* 《首届(2019)某地营商环境评估报告》, 《某某指数报告2020》: a year with no 年
 * inside the title of a published ranking or evaluation (words.json
 * ranking_titles) names its edition. Where the first such title opens,
 * its year in *year; (size_t)-1 when there is none. */
static size_t edition_title(const walk *w, int *year)
{
	const char *t = w->text;
	for (size_t open = 0; open + 3 <= w->len; open++) {
		if (!has_word_at(t, w->len, open, "《"))
			continue;
		size_t close = open + 3;
		while (close < w->len && t[close] != '\n' && !has_word_at(t, w->len, close, "》"))
			close++;
		if (close >= w->len || t[close] == '\n') {
			open = close;
			continue;
		}
		if (contains_any(t, open, close, WORDS(w, DB_W_RANKING_TITLES)))
			for (size_t q = open + 3; q + 4 <= close; q++) {
				int y = t[q - 1] >= '0' && t[q - 1] <= '9' ? 0 : lx_year4(t, close, q);
				if (y && !(q + 4 < close && t[q + 4] >= '0' && t[q + 4] <= '9') &&
				    !has_word_at(t, close, q + 4, "年") && y <= w->rs->doc.date.year &&
				    y + 2 >= w->rs->doc.date.year) {
					*year = y;
					return open;
				}
			}
		open = close;
	}
	return (size_t)-1;
}

/* 2月份，…当月产值…；1-2月，…累计产值…: a single month (not January)
 * whose paragraph goes on to name the months from January to it is the
 * last month of what the item reports; the span, else pm's period. */
db_period db_month_then_span(const walk *w, const db_period_match *pm)
{
	const db_period *p = &pm->period;
	db_period_match pn;
	size_t e = pm->end;
	if (p->start_year != p->end_year || p->start_month != p->end_month || p->start_month <= 1)
		return *p;
	while (e < w->len && w->text[e] != '\n')
		e++;
	for (size_t q = pm->end; q < e && db_period_next(w->text, e, q, &w->rs->doc.date,
							  DB_PERIOD_FOR_FLOW, &pn);
	     q = pn.end > q ? pn.end : q + 1)
		if (pn.has_period && pn.period.start_year == p->end_year &&
		    pn.period.end_year == p->end_year && pn.period.start_month == 1 &&
		    pn.period.end_month == p->end_month)
			return pn.period;
	return *p;
}

/* A news item's period, for the paragraphs before the first that names one:
 * a headline without a period (实现地区生产总值618.27亿元,同比增长5.8%) reports
 * the item's figures. The first period read that the walk would take as the
 * item's. */
void db_lead_period(walk *w, bool evaluation)
{
	db_period_match pm;
	const db_date *d = &w->rs->doc.date;
	/* (an evaluation's edition named in its title before any period of
	 * the item's: 《首届(2019)…评估报告》发布 … 继2018年11月发布…) */
	int edition = 0;
	size_t ed_at = evaluation ? edition_title(w, &edition) : (size_t)-1;
	for (size_t pos = 0; pos < w->len && db_period_next(w->text, w->len, pos, d,
							     DB_PERIOD_FOR_FLOW, &pm);
	     pos = pm.end > pos ? pm.end : pos + 1) {
		bool item = db_item_period(w, &pm, w->len);
		/* (a work summary's first period read must be its
		 * occasion's, opening its sentence) */
		if (!w->news && !evaluation && !pm.cumulative_to_date &&
		    (!item || !db_opening_period(w, pm.start, pm.end)))
			return;
		if (!item)
			continue;
		/* (比去年提升1位: a rank compared with, not the item's year) */
		if (pm.start >= 3 && (has_word_at(w->text, pm.start, pm.start - 3, "比") ||
				      has_word_at(w->text, pm.start, pm.start - 3, "较")))
			continue;
		/* (继一季度“开门红”后: the milestone the item follows on from;
		 * words.json followed_leads) */
		if (ends_with_any(w->text, 0, pm.start, WORDS(w, DB_W_FOLLOWED_LEADS)))
			continue;
		if (ed_at < pm.start)
			break;
		/* (an evaluation of 2022 may be published before its end) */
		if (evaluation || db_period_ended(&pm.period, d)) {
			w->has_lead_period = true;
			w->lead_period = db_month_then_span(w, &pm);
		}
		return;
	}
	if (ed_at != (size_t)-1) {
		w->has_lead_period = true;
		w->lead_period = db_period_year(edition);
	}
}

/* 预计2025年末, 预计2023年全年: an estimate word right before the year
 * (and its 末, 底, 全年) and the clause's end or comma: the paragraph is
 * that year's estimates. Where it starts, or -1. */
size_t db_estimate_of_year(const walk *w, const db_clause *c)
{
	const char *t = w->text;
	const db_wordlist *l = WL(w, DB_W_ESTIMATE);
	for (size_t p = c->start; p < c->end;) {
		size_t k, at = db_words_find(t, p, c->end, l, &k);
		if (at == (size_t)-1)
			return (size_t)-1;
		size_t q = at + strlen(l->items[k]);
		bool year = q + 4 < c->end && (t[q] == '1' || t[q] == '2');
		for (size_t i = 1; year && i < 4; i++)
			year = t[q + i] >= '0' && t[q + i] <= '9';
		if (year && has_word_at(t, c->end, q + 4, "年")) {
			q += 4 + strlen("年");
			static const char *const tails[] = { "全年", "年末", "末", "底" };
			for (size_t i = 0; i < NWORDS(tails); i++)
				if (has_word_at(t, c->end, q, tails[i])) {
					q += strlen(tails[i]);
					break;
				}
			/* 预计2021年实现地区生产总值…: the year's results too */
			if (q == c->end || has_word_at(t, c->end, q, "，") || t[q] == ',' ||
			    has_word_at(t, c->end, q, "实现") || has_word_at(t, c->end, q, "完成"))
				return at;
		}
		p = at + 1;
	}
	return (size_t)-1;
}

/* Is the paragraph at pos an item of a —— list? */
bool db_list_item_at(const walk *w, size_t pos)
{
	while (pos < w->len && (w->text[pos] == ' ' || w->text[pos] == '\t'))
		pos++;
	/* (── of box-drawing dashes: a page's stand-in for the em dashes) */
	return has_word_at(w->text, w->len, pos, "——") || has_word_at(w->text, w->len, pos, "──");
}

/* 预计全区主要指标完成情况如下：\n——…\n——…: the paragraph before pos
 * ends in a colon and its last sentence holds 预计 */
bool db_estimate_lead(const walk *w, size_t pos)
{
	size_t e = pos;
	while (e > w->sentence_start && strchr(" \t\r\n", w->text[e - 1]))
		e--;
	bool colon = (e >= 3 && has_word_at(w->text, w->len, e - 3, "：")) ||
		     (e >= 1 && w->text[e - 1] == ':');
	return colon && db_words_find(w->text, w->sentence_start, e, WL(w, DB_W_ESTIMATE), NULL) !=
				(size_t)-1;
}

/* ——地区生产总值。预计完成520亿元…, （一）地区生产总值。…: a sentence of a
 * catalog label alone (after a list marker) names what the figures of its
 * paragraph's sentences after it are of; the label, or NULL */
const db_label *db_title_label(const walk *w, size_t s, size_t e)
{
	const char *t = w->text;
	while (s < e && strchr(" \t\r\n", t[s]))
		s++;
	if (has_word_at(t, e, s, "——") || has_word_at(t, e, s, "──")) {
		s += strlen("——");
	} else {
		size_t o = has_word_at(t, e, s, "（") ? 3 : s < e && t[s] == '(' ? 1 : 0, q;
		int v;
		size_t k = lx_small_int(t, e, s + o, &v);
		q = s + o + k;
		if (k && o && (has_word_at(t, e, q, "）") || (q < e && t[q] == ')')))
			s = q + (t[q] == ')' ? 1 : 3);
		else if (k && !o && (has_word_at(t, e, q, "、") || has_word_at(t, e, q, "是") ||
				     has_word_at(t, e, q, "．")))
			s = q + 3;
		else if (k && !o && q < e && t[q] == '.')
			s = q + 1;
	}
	while (e > s && strchr(" \t\r\n", t[e - 1]))
		e--;
	if (e < s + 3 || !has_word_at(t, e, e - 3, "。"))
		return NULL;
	e -= 3;
	for (size_t i = db_label_at(w->labels, s);
	     i < w->labels->len && w->labels->items[i].start == s; i++)
		if (w->labels->items[i].end == e && w->labels->items[i].metric != (size_t)-1)
			return &w->labels->items[i];
	return NULL;
}

/* 预计(下同), (预计，下同): the —— list items after this one are estimates
 * (up to the first paragraph that is no item); said in prose, the
 * paragraphs after this one of the review */
void db_estimates_below(walk *w)
{
	if (w->seg_item)
		w->list_estimate = true;
	else if (w->seg_ctx && w->seg_ctx->mode == DB_CONTEXT_REVIEW)
		w->review_estimate_year = w->seg_ctx->year;
}

/* 比2012年(下同)增长41.2%；固定资产投资220亿元，增长88.3%: a basis year
 * of a whole year some years back, said to hold below (db_below_aside:
 * （以下同） too), is the basis of the rates after it that name none, in
 * this paragraph and the next ones of its part of the document */
void db_same_basis_below(walk *w, const token *tk)
{
	const db_period *b = &tk->period.period;
	char tok[DB_PERIOD_TOKEN_MAX];
	if (!db_below_aside(w, tk->end, w->len)) /* (下同), （以下同） */
		return;
	if (b->start_year != b->end_year || b->start_month != 1 || b->end_month != 12 ||
	    !w->rs->doc.date.year || b->end_year >= w->rs->doc.date.year - 2)
		return;
	w->below_basis = db_arena_printf(&w->rs->arena, "vs:%s", db_period_format(b, tok));
	w->below_basis_ctx = w->seg_ctx;
	w->seg_basis = w->below_basis;
}

/* A digit (ASCII or full width) at t[i]: its length, else 0. */
static size_t digit_at(const char *t, size_t i, size_t e)
{
	size_t n;
	return lx_is_digit(lx_at(t, e, i, &n)) ? n : 0;
}

/* Is every number in t[s, e) part of a date (2022年, 8月, 1-9月, 7月以来)
 * or an anniversary's count (成立100周年): the text states no figure? */
bool db_dates_only(const char *t, size_t s, size_t e)
{
	static const char *const date_tails[] = { "年", "月", "日", "季度", "周年" };
	static const char *const range_marks[] = { "-", "—", "－", "~", "～", "至", "、" };
	size_t i = s, n;
	while (i < e) {
		if (!(n = digit_at(t, i, e))) {
			i++;
			continue;
		}
		while ((n = digit_at(t, i, e)))
			i += n;
		bool date = false;
		for (size_t k = 0; !date && k < NWORDS(date_tails); k++)
			date = has_word_at(t, e, i, date_tails[k]);
		for (size_t k = 0; !date && k < NWORDS(range_marks); k++) {
			size_t l = strlen(range_marks[k]);
			date = has_word_at(t, e, i, range_marks[k]) && digit_at(t, i + l, e);
		}
		if (!date)
			return false;
	}
	return true;
}

/* 十年来, 过去十年, 近三年来 at pos: years counted back to the last one
 * ended, a review of several years as 五年来 is. */
bool db_counted_back_at(const char *t, size_t len, size_t pos)
{
	size_t p = pos, n;
	bool past = has_word_at(t, len, p, "过去") || has_word_at(t, len, p, "近");
	if (past)
		p += has_word_at(t, len, p, "近") ? strlen("近") : strlen("过去");
	if (has_word_at(t, len, p, "的"))
		p += strlen("的");
	int k;
	if (!(n = lx_small_int(t, len, p, &k)) || k < 2 || k > 10 || !has_word_at(t, len, p + n, "年"))
		return false;
	return past || has_word_at(t, len, p + n + strlen("年"), "来");
}

/* Does the period at pos open with a numeral and 、 (一、二季度, 二、三季度:
 * quarters listed, read as one span)? Before 连续 they are the periods of
 * a streak (一、二季度连续获得…), not the span of the figures after. */
bool db_listed_span(const char *t, size_t len, size_t pos)
{
	static const char *const numerals[] = { "一", "二", "三", "1", "2", "3" };
	for (size_t k = 0; k < NWORDS(numerals); k++) {
		size_t l = lx_word(t, len, pos, numerals[k]);
		if (l && lx_word(t, len, pos + l, "、"))
			return true;
	}
	return false;
}

/* 今年以来，…，一季度经济运行总体平稳。实现地区生产总值…: a sentence
 * opened by the year to date that names its months from January (一季度,
 * 上半年, 1-5月) says which months the figures after it are, though it holds
 * no figure itself (unlike 上半年，…，8月全区受洪灾影响: an aside). */
static bool from_january(const db_period *p)
{
	return p->start_year && p->start_year == p->end_year && p->start_month == 1 &&
	       p->end_month > 1 && p->end_month < 12;
}

/* Does the text at pos open a line (only spaces before it on its line)? */
bool db_opens_line(const walk *w, size_t pos)
{
	size_t at = pos;
	while (pos > 0 && (w->text[pos - 1] == ' ' || w->text[pos - 1] == '\t'))
		pos--;
	/* 。 年末全市…: a paragraph of a page that ran its paragraphs into one
	 * line, after the full stop and the space that stand for the break
	 * (not in a line whose numbers a PDF split, 1. 8%: its spacing) */
	return pos == 0 || w->text[pos - 1] == '\n' ||
	       (pos < at && pos >= 3 && !memcmp(w->text + pos - 3, "\xe3\x80\x82", 3) &&
		!lx_line_splits_decimal(w->text, w->len, pos));
}

/* Did the sentence just read, opened by the year to date, name its months
 * from January (今年以来，…，一季度经济运行总体平稳。)? Only months that
 * end at most a quarter before the date's month can be what 今年以来 is
 * (a December speech's 今年以来，…，上半年主要指标由负转正。 tells a
 * course in time: its 上半年 dates nothing after it). */
static bool months_to_date(const walk *w, bool near)
{
	const db_period *p = &w->per.period;
	const db_date *d = &w->rs->doc.date;
	return w->sent_to_date && from_january(p) &&
	       (!d->year || d->year * 12 + d->month - (p->end_year * 12 + p->end_month) <= 3) == near;
}

bool db_said_months(const walk *w)
{
	return months_to_date(w, true);
}

/* …or months from January that ended longer ago: the year to date the
 * sentence opened with comes back after it. */
bool db_said_past_months(const walk *w)
{
	return months_to_date(w, false);
}

/* In a work summary those months are the occasion's: they date its
 * sections that name none, whether the sentence (ending at end) ends its
 * paragraph or figures follow it in the same one; not a sentence with
 * figures of its own (年初以来，累计召开…N次，上半年…排名…: a campaign's). */
void db_summary_months(walk *w, size_t end)
{
	if (db_said_months(w) && w->sent_inline && w->item_dated && !w->news && !w->has_news_period &&
	    w->first_period_at >= w->sentence_start && db_dates_only(w->text, w->sentence_start, end) &&
	    db_period_ended(&w->per.period, &w->rs->doc.date)) {
		w->has_news_period = true;
		w->news_period = w->per.period;
	}
}

/* Is p a quarter after the first that ends the news item's period, which
 * runs from January (二季度 of a 上半年 item), not said to be the quarter
 * alone (当季, 单季)? */
bool db_cumulative_quarter(const walk *w, const db_period *p, size_t at, size_t end)
{
	const db_period *np = &w->news_period;
	static const char *const alone[] = { "当季", "单季" };
	return p->start_year == p->end_year && p->end_month - p->start_month == 2 &&
	       p->end_month % 3 == 0 && p->end_month > 3 && np->start_month == 1 &&
	       np->start_year == np->end_year && np->end_year == p->end_year &&
	       np->end_month == p->end_month &&
	       !(at >= 6 && ends_with_any(w->text, at - 6, at, alone, 2)) &&
	       !contains_any(w->text, end, end + 6 <= w->len ? end + 6 : w->len, alone, 2) &&
	       /* (二季度…环比增长: a quarter against the one before it
		* is the quarter alone) */
	       !contains_any(w->text, w->sentence_start <= at ? w->sentence_start : at,
			     end + 30 <= w->len ? end + 30 : w->len, (const char *const[]){ "环比" },
			     1);
}

/* Is p, the first period of a county's or district's news item, a later
 * quarter written bare (三季度, not 第三季度, 当季, 单季)? County accounts
 * are cumulative: 三季度全县实现地区生产总值137亿元 is January to September. */
bool db_bare_later_quarter(const walk *w, const db_period *p, size_t at, size_t end)
{
	static const char *const alone[] = { "当季", "单季" };
	const char *lv = w->rs->doc.level;
	return lv && (!strcmp(lv, "county") || !strcmp(lv, "district")) &&
	       p->start_year == p->end_year && p->end_month - p->start_month == 2 &&
	       p->end_month % 3 == 0 && p->end_month > 3 &&
	       !has_word_at(w->text, end, at, "第") &&
	       !(at >= 3 && has_word_at(w->text, at, at - 3, "第")) &&
	       !(at >= 6 && ends_with_any(w->text, at - 6, at, alone, 2)) &&
	       !contains_any(w->text, end, end + 6 <= w->len ? end + 6 : w->len, alone, 2);
}

/* 一季度、上半年、前三季度地区生产总值分别增长5.2%、6.1%、6.8%: after the n
 * periods listed (ending at from), 分别 and as many figures after it as
 * periods, none before it; or, with no 分别, as many figures of one kind
 * and unit in one run joined by 、 or 和 (一季度和上半年GDP增长5.2%、6.1%). */
bool db_listed_periods(const walk *w, const db_clause *c, const tokens *ts, size_t from,
		       size_t n)
{
	size_t at = find_any(w->text, from, c->end, (const char *const[]){ "分别" }, 1, NULL);
	size_t nf = 0;
	const token *prev = NULL;
	bool run = true;
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind != TOK_FIGURE)
			continue;
		const token *f = &ts->items[i];
		if (f->fig.num_start < (at == (size_t)-1 ? from : at))
			return false;
		if (prev && (f->fig.kind != prev->fig.kind || strcmp(f->fig.unit, prev->fig.unit) ||
			     !db_joined(w, prev->end, f->start)))
			run = false;
		prev = f;
		nf++;
	}
	return nf == n && (at != (size_t)-1 || run);
}

/* Are the periods listed so far all within one year, one and the same? */
bool db_listed_one_year(const db_period *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i].start_year != p[i].end_year || p[i].end_year != p[0].end_year)
			return false;
	return true;
}

/* Is p, a single month read inside a sentence, an aside of the span from
 * January to that month carried before it (1-9月…，其中9月份…, …，当月…)? */
bool db_month_of_span(const walk *w, const db_period *p)
{
	return w->per.has && !w->month_aside && p->start_year == p->end_year &&
	       p->start_month == p->end_month && w->per.period.start_year == p->end_year &&
	       w->per.period.end_year == p->end_year && w->per.period.start_month == 1 &&
	       w->per.period.end_month == p->end_month && p->end_month > 1;
}

/* 1-8月份，全区税收收入当月完成a亿元，累计完成b亿元，同比增长c%: a
 * later clause of the sentence after a month said aside of its span
 * (w->month_aside) that sums again before its first figure (words.json
 * sums_again) is of the span, and so are the clauses after it. */
void db_sums_again(walk *w, const db_clause *c)
{
	if (!w->month_aside)
		return;
	size_t at = db_words_find(w->text, c->start, c->end, WL(w, DB_W_SUMS_AGAIN), NULL);
	if (at == (size_t)-1 || db_has_digit(w->text, c->start, at))
		return;
	w->per = w->before_aside;
	w->month_aside = false;
}

/* Where the clause's words end, before its mark and spaces. */
static size_t clause_words_end(const char *t, const db_clause *c)
{
	size_t e = c->end;
	while (e > c->start && (t[e - 1] == ' ' || t[e - 1] == '\n'))
		e--;
	if (e >= c->start + 3 && (has_word_at(t, e, e - 3, "，") || has_word_at(t, e, e - 3, "；") ||
				  has_word_at(t, e, e - 3, "。")))
		e -= 3;
	else if (e > c->start && (t[e - 1] == ',' || t[e - 1] == ';'))
		e--;
	return e;
}

/* Does the clause end on 基础上 (在…的基础上), before its mark? */
bool db_base_frame_end(const char *t, const db_clause *c)
{
	size_t e = clause_words_end(t, c);
	return e >= c->start + 9 && has_word_at(t, e, e - 9, "基础上");
}

/* Does the clause, with a 的 after the period at pos, end on a trend
 * (保持了前5个月的良好势头, 延续了一季度的回升态势)? */
bool db_trend_clause(const char *t, const db_clause *c, size_t pos)
{
	static const char *const trends[] = { "势头", "态势", "趋势", "走势" };
	size_t e = clause_words_end(t, c), k;
	return e >= c->start + 6 && word_ending_at(t, c->start, e, trends, NWORDS(trends), &k) &&
	       find_any(t, pos, e, (const char *const[]){ "的" }, 1, NULL) != (size_t)-1;
}

/* Do the words at pos count years back from now (近6年来, 5年来, 过去三年)? */
bool db_counted_back(const char *t, size_t pos, size_t e)
{
	size_t near = e - pos > 18 ? pos + 18 : e;
	return has_word_at(t, e, pos, "近") || has_word_at(t, e, pos, "过去") ||
	       find_any(t, pos, near, (const char *const[]){ "年来" }, 1, NULL) != (size_t)-1;
}

/* A period read inside its sentence, in the run of a clause (…，8月全区受洪灾
 * 影响; 全县用电量自7月以来逐月…): not opening the sentence, and words, not
 * a mark, right after it. */
bool db_inline_period(const walk *w, const db_clause *c, const token *tk)
{
	static const char *const marks[] = { "，", ",", "、", "；", ";", "：", ":", "。",
					      "）", ")", "！", "？", " ", "\n" };
	size_t s = w->sentence_start;
	while (s < tk->start && (w->text[s] == ' ' || w->text[s] == '\n'))
		s++;
	if (s >= tk->start || tk->end >= c->end)
		return false;
	for (size_t k = 0; k < NWORDS(marks); k++)
		if (has_word_at(w->text, c->end, tk->end, marks[k]))
			return false;
	return true;
}

/* Is the period token tk the span a record is counted over, a word of
 * record_after_since right after it (before end): a since-span
 * (2012年以来的最高, 10年来最好) or the year the date names
 * (增速今年首次高于全省: the first time this year, no period of the
 * figures around it)? */
bool db_record_span(const walk *w, const token *tk, size_t end)
{
	const char *t = w->text;
	bool since = tk->end - tk->start > strlen("以来") &&
		     (has_word_at(t, tk->end, tk->end - strlen("以来"), "以来") ||
		      has_word_at(t, tk->end, tk->end - strlen("年来"), "年来"));
	return (since || tk->period.rel_year) &&
	       db_longest_word_at(t, tk->end, end, WORDS(w, DB_W_RECORD_AFTER_SINCE), NULL);
}
