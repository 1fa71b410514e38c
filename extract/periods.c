/* periods.c - the period reader: 今年一季度 → 2022Q1, 1至4月 → 2022M01-M04,
 * 2021年以来 → 2021..2022M05, 十四五末 → 2025 (plan), resolved against the
 * date the document speaks from.
 *
 *     period := lead? year? body? tail?
 *     lead   := 截至 截止 截止到 到 至                  (a cut-off: stock vs flow)
 *     year   := 2021年 二〇二一年 今年 去年 上年 前年 明年 | 十N五
 *     body   := 第?N季度 | 上半年 下半年 | 前N季度 | 前N个月 | A至B月 | N月 [N日]
 *               | 全年 年末 年底 年初
 *     tail   := 以来 末 底 份 前
 * Without a year, months and quarters belong to the date's year, except that
 * a month range ending well after the date (上半年 and 前三季度 are the month
 * ranges 1-6月 and 1-9月), or a quarter starting more than a quarter after
 * it, is last year's (a January report's 1-11月 and 前三季度 are last year).
 * 今年以来 runs to the date's month (that month is incomplete, but reports
 * dated in it speak of it: a text of 2022-05-20 gives 2022M01-M05).
 * 截至4月底 is M01-M04 for a flow and M04 for a stock (截至三季度: M01-M09 and
 * M09); 3月末 alone names the
 * month (figures.c counts a flow's figure after it from January). 全年, 年末 and 过去一年 alone are the last completed year (actuals;
 * m->last_year lets a caller read them as the date's year for targets);
 * 今后五年 / 未来五年 start at the date's year (a plan), or at the next one in a
 * text of November or December. */
#include <string.h>

#include "extract/readers.h"
#include "extract/readers_lex.h"

static const struct {
	const char *word;
	int offset; /* years from the date's year */
} rel_years[] = {
	{ "今年", 0 }, { "本年", 0 }, { "本年度", 0 }, { "当年", 0 }, { "去年", -1 },
	{ "上年", -1 }, { "上一年", -1 }, { "前年", -2 }, { "明年", 1 }, { "上年度", -1 },
	{ "后年", 2 }, { "下一年", 1 },
};

static const char *const cutoff_words[] = { "截至", "截止", "截止到", "截止至", "截至到", NULL };
static const char *const since_words[] = { "以来", "来", NULL };
static const char *const end_words[] = { "末", "底", NULL };
/* 同期 after a year names the comparison base, not the figure's period. */
static const char *const base_words[] = { "同期", NULL };
/* Seasons that have no token: 2021-2022采暖期. */
static const char *const season_words[] = { "采暖期", "采暖季", "供暖期", "供暖季", "学年", "年度采暖期", NULL };

typedef struct {
	const char *t;
	size_t len;
	const db_date *date;
	db_period_use use;
} ctx;

static bool is_year_value(int y) { return y >= 1900 && y <= 2100; }

/* 2021年, 二〇二一年, 2021年度 (the 年 required). Returns bytes or 0. */
static size_t abs_year(const ctx *c, size_t pos, int *year)
{
	size_t n, p = pos;
	int y = 0, k = 0;
	for (;;) {
		unsigned raw = lx_cp(c->t, c->len, p, &n);
		unsigned f = lx_fold(raw);
		int d = lx_is_digit(f) ? (int)(f - '0') : lx_cn_digit(raw);
		if (d < 0 || k >= 4)
			break;
		y = y * 10 + d;
		k++;
		p += n;
	}
	if (k != 4 || !is_year_value(y))
		return 0;
	/* not part of a longer number */
	unsigned prev = lx_fold(lx_prev_cp(c->t, c->len, pos));
	if (lx_is_digit(prev) || prev == '.')
		return 0;
	*year = y;
	return p - pos;
}

/* The 年 after a year, maybe after the spaces a PDF's text layer puts
 * between them (2022 年, at most two): its bytes with the spaces, or 0. */
static size_t year_word(const ctx *c, size_t pos)
{
	size_t k = 0;
	while (k < 2 && pos + k < c->len && c->t[pos + k] == ' ')
		k++;
	return lx_word(c->t, c->len, pos + k, "年") ? k + 3 : 0;
}

/* 十三五 十四五 “十四五”: the plan number n → years. */
static size_t five_year_plan(const ctx *c, size_t pos, int *first)
{
	size_t n, p = pos;
	unsigned a = lx_cp(c->t, c->len, p, &n);
	if (lx_cn_unit(a) != 10)
		return 0;
	p += n;
	int d = lx_cn_digit(lx_cp(c->t, c->len, p, &n));
	if (d < 1)
		return 0;
	p += n;
	if (lx_cp(c->t, c->len, p, &n) != 0x4E94) /* 五 */
		return 0;
	p += n;
	int plan = 10 + d;
	if (plan < 11 || plan > 16)
		return 0;
	*first = 1966 + 5 * (plan - 3);
	return p - pos;
}

static size_t skip_word(const ctx *c, size_t p, const char *w)
{
	return p + lx_word(c->t, c->len, p, w);
}

/* Month number 1..12 at pos (arabic or Chinese). */
static size_t month_num(const ctx *c, size_t pos, int *m)
{
	size_t l;
	if ((l = lx_word(c->t, c->len, pos, "元"))) {
		/* 元月, 元至4月: January */
		size_t n;
		unsigned f = lx_at(c->t, c->len, pos + l, &n);
		if (f != 0x6708 /* 月 */ && f != '-' && f != 0x81F3 && f != 0x2014 && f != 0x5230)
			return 0;
		*m = 1;
		return l;
	}
	l = lx_small_int(c->t, c->len, pos, m);
	if (!l || *m < 1 || *m > 12)
		return 0;
	return l;
}

static bool is_dash(unsigned f)
{
	return f == '-' || f == '~' || f == 0x2014 || f == 0x2013 || f == 0x301C || f == 0x2212 ||
	       f == 0x81F3 /* 至 */ || f == 0x5230 /* 到 */ || f == 0x2015;
}

/* A-B月, A至B月, N月, with 份/末/底/日; quarters; halves; 前N个月. The period
 * is of year y (the caller decides y). kind: 1 explicit months, 2 quarter or
 * half. Returns bytes or 0. */
static size_t body(const ctx *c, size_t pos, int *m1, int *m2, int *kind, bool *end_of, bool *deadline)
{
	size_t n, l, p = pos, q;
	int a, b;
	*end_of = false;
	*deadline = false;
	/* 上半年 下半年 */
	if ((l = lx_word(c->t, c->len, p, "上半年")) || (l = lx_word(c->t, c->len, p, "下半年"))) {
		bool first = lx_word(c->t, c->len, p, "上");
		*m1 = first ? 1 : 7, *m2 = first ? 6 : 12, *kind = 2;
		size_t e = lx_longest(c->t, c->len, p + l, end_words, NULL);
		*end_of = e > 0; /* 上半年末: a stock at June */
		return l + e;
	}
	/* 前三季度, 前两个季度, 前4个月, 头两个月 */
	if ((l = lx_word(c->t, c->len, p, "前")) || (l = lx_word(c->t, c->len, p, "头"))) {
		if (lx_prev_cp(c->t, c->len, p) == 0x63D0 /* 提 */)
			return 0; /* 提前两个月完成: early, not a period */
		q = p + l;
		size_t sl = lx_small_int(c->t, c->len, q, &a);
		if (sl) {
			q += sl;
			q = skip_word(c, q, "个");
			if ((l = lx_word(c->t, c->len, q, "季度")) && a >= 1 && a <= 4) {
				*m1 = 1, *m2 = 3 * a, *kind = 2;
				return q + l - pos;
			}
			/* 前4个月, 前4月 (前4月 is never the month April) */
			if ((l = lx_word(c->t, c->len, q, "月")) && a >= 1 && a <= 12) {
				*m1 = 1, *m2 = a, *kind = 1;
				return q + l - pos;
			}
		}
		return 0;
	}
	/* 第一季度, 一季度, 1季度, 首季度, 一季度末 */
	q = skip_word(c, p, "第");
	if ((l = lx_word(c->t, c->len, q, "首季度")) || (l = lx_word(c->t, c->len, q, "首季"))) {
		a = 1;
		q += l;
		goto quarter;
	}
	{
		size_t sl = lx_small_int(c->t, c->len, q, &a);
		if (sl && (l = lx_word(c->t, c->len, q + sl, "季度")) && a >= 1 && a <= 4) {
			q += sl + l;
			goto quarter;
		}
		/* 一至三季度, 1-3季度, 二、三季度: quarters a through b */
		unsigned f = sl ? lx_at(c->t, c->len, q + sl, &n) : 0;
		if (sl && a >= 1 && a <= 4 && (is_dash(f) || f == 0x3001)) {
			size_t r = q + sl + n, l2 = lx_small_int(c->t, c->len, r, &b);
			if (l2 && b > a && b <= 4 && (f != 0x3001 || b == a + 1) &&
			    (l = lx_word(c->t, c->len, r + l2, "季度"))) {
				q = r + l2 + l;
				if ((l = lx_longest(c->t, c->len, q, end_words, NULL))) {
					q += l;
					*end_of = true;
				}
				*m1 = 3 * a - 2, *m2 = 3 * b, *kind = 2;
				return q - pos;
			}
		}
	}
	/* months */
	if ((l = month_num(c, p, &a))) {
		q = p + l;
		unsigned f = lx_at(c->t, c->len, q, &n);
		b = a;
		if (is_dash(f) || f == 0x3001 /* 、 */ || f == ',') {
			size_t r = q + n;
			if (f == 0x2014 && lx_cp(c->t, c->len, r, &n) == 0x2014)
				r += n;
			size_t l2 = month_num(c, r, &b);
			if (!l2 || b < a)
				return 0;
			q = r + l2;
			if (f == 0x3001 || f == ',') {
				if (b != a + 1)
					return 0; /* 3、4月: two months in a row */
			}
		} else if (lx_cn_digit(lx_cp(c->t, c->len, p, &n)) >= 0 || lx_cn_unit(lx_cp(c->t, c->len, p, &n))) {
			/* 一二月份, 十一十二月: two Chinese months side by side */
			size_t l2 = month_num(c, q, &b);
			if (l2 && b == a + 1 && lx_word(c->t, c->len, q + l2, "月"))
				q += l2;
			else
				b = a;
		}
		if (!(l = lx_word(c->t, c->len, q, "月")))
			return 0;
		q += l;
		q = skip_word(c, q, "份");
		if (a == b) {
			/* 1月至4月, 1月份—4月份 */
			unsigned g = lx_at(c->t, c->len, q, &n);
			size_t l2, r = q + n;
			if (is_dash(g) && (l2 = month_num(c, r, &b)) && b > a &&
			    (l = lx_word(c->t, c->len, r + l2, "月"))) {
				q = skip_word(c, r + l2 + l, "份");
			} else {
				b = a;
			}
		}
		size_t e;
		static const char *const tens[] = { "上旬", "中旬", "下旬", "初", NULL };
		if ((e = lx_longest(c->t, c->len, q, end_words, NULL))) {
			q += e;
			*end_of = true;
		} else if (a == b && (e = lx_longest(c->t, c->len, q, tens, NULL))) {
			q += e; /* 3月中旬(以来): within the month */
		} else if (a == b) {
			/* 4月13日: the month of a day */
			int day;
			size_t dl = lx_small_int(c->t, c->len, q, &day);
			if (dl && day >= 1 && day <= 31 &&
			    ((l = lx_word(c->t, c->len, q + dl, "日")) || (l = lx_word(c->t, c->len, q + dl, "号"))))
				q += dl + l;
		}
		if (lx_word(c->t, c->len, q, "前"))
			*deadline = true;
		*m1 = a, *m2 = b, *kind = 1;
		return q - pos;
	}
	return 0;
quarter:
	{
		/* 冲刺四季度20条: a set of measures named after the quarter */
		int count;
		size_t cl = lx_small_int(c->t, c->len, q, &count);
		if (cl && lx_word(c->t, c->len, q + cl, "条"))
			return 0;
	}
	if ((l = lx_longest(c->t, c->len, q, end_words, NULL))) {
		q += l;
		*end_of = true;
	}
	*m1 = 3 * a - 2, *m2 = 3 * a, *kind = 2;
	return q - pos;
}

static void set(db_period_match *m, db_period p)
{
	m->has_period = true;
	m->period = p;
}

/* The last year completed before the date (全年, 年末, 过去一年 for actuals):
 * a report of December already speaks of its own year as done (a county's
 * 政府工作报告 of 2021-12-26 reviews 2021). */
static int last_year(const db_date *d)
{
	return d->month == 12 ? d->year : d->year - 1;
}

/* Standalone words: 全年 年末 过去一年 过去五年 五年来 今年以来 截至目前. */
static size_t standalone(const ctx *c, size_t pos, db_period_match *m)
{
	size_t l, p = pos;
	const db_date *d = c->date;
	static const char *const last_words[] = { "全年", "年末", "年底", "过去一年", "过去的一年",
						   "一年来", "上一年度", NULL };
	if ((l = lx_longest(c->t, c->len, p, last_words, NULL))) {
		set(m, db_period_year(last_year(d)));
		m->last_year = true;
		return l;
	}
	/* 近年来, 最近几年来: years up to now, how many unsaid; a span that
	 * dates nothing (as “十四五”开局以来), so an item's period named later
	 * in the paragraph does not date the levels and yearly averages of
	 * its clause (近年来…从a亿元增长到b亿元，年均增长c%) */
	static const char *const unsaid_spans[] = { "近年来", "近年以来", "近几年来", "近几年以来",
						    "近些年来", "最近几年来", "最近几年", NULL };
	/* (近 and 最 open with E8 and E6: the byte first, as this runs at
	 * every position) */
	if (p < c->len && (c->t[p] == '\xe8' || c->t[p] == '\xe6') &&
	    (l = lx_longest(c->t, c->len, p, unsaid_spans, NULL))) {
		m->has_period = false;
		return l;
	}
	static const char *const since_start[] = { "年初以来", "今年初以来", "开年以来", "入春以来",
						    "年初至今", "今年初至今",
						    "截至目前", "目前", NULL };
	int which = 0;
	if ((l = lx_longest(c->t, c->len, p, since_start, &which))) {
		if (which >= 6 && c->use == DB_PERIOD_FOR_STOCK)
			set(m, db_period_month(d->year, d->month));
		else
			set(m, db_period_months(d->year, 1, d->month));
		m->cumulative_to_date = true;
		return l;
	}
	static const char *const months_rel[] = { "本月", "当月", "上月", "上个月", NULL };
	if ((l = lx_longest(c->t, c->len, p, months_rel, &which))) {
		int y = d->year, mo = d->month;
		if (which >= 2 && --mo == 0)
			mo = 12, y--;
		set(m, db_period_month(y, mo));
		return l;
	}
	/* 过去五年, 五年来, 近五年; 今后五年, 未来五年, 今明两年 (a plan from
	 * the date's year; 今后 and 未来 from the next one in November and
	 * December, the year a session then plans) */
	size_t q = p;
	bool past = false, ahead = false, first = false;
	int ahead_from = d->year;
	static const char *const ahead_words[] = { "今后", "未来", "今明", NULL };
	if ((l = lx_word(c->t, c->len, q, "过去")) || (l = lx_word(c->t, c->len, q, "近")))
		q += l, past = true;
	else if ((l = lx_longest(c->t, c->len, q, ahead_words, &which))) {
		q += l, ahead = true;
		if (which < 2 && d->month >= 11)
			ahead_from++;
	}
	else if ((l = lx_word(c->t, c->len, q, "前")))
		q += l, first = true;
	q = skip_word(c, q, "的");
	int k;
	size_t sl = lx_small_int(c->t, c->len, q, &k);
	if (sl && k >= 2 && k <= 10 && (l = lx_word(c->t, c->len, q + sl, "年"))) {
		size_t e = q + sl + l;
		size_t since = lx_word(c->t, c->len, e, "来");
		if (ahead && !since) {
			set(m, db_period_span(db_period_year(ahead_from),
					      db_period_year(ahead_from + k - 1)));
			m->plan = true;
			return e - pos;
		}
		/* 前四年年均增长 with no plan named: the years ended, as 近四年
		 * (a plan's first years are those in the reviews that say so) */
		if (first && !lx_word(c->t, c->len, e, "年均") &&
		    !lx_word(c->t, c->len, e, "平均"))
			return 0;
		if (past || since || first) {
			int y = last_year(d);
			set(m, db_period_span(db_period_year(y - k + 1), db_period_year(y)));
			return e + since - pos;
		}
	}
	return 0;
}

static int read_one(const ctx *c, size_t pos, db_period_match *m);

/* A period, then 至今 (to the date's month) or 至 another period (a span:
 * 2021年1月至2022年4月, 2020年至2022年). */
static int read_period_as_written(const ctx *c, size_t pos, db_period_match *m)
{
	if (!read_one(c, pos, m))
		return 0;
	if (!m->has_period)
		return 1;
	size_t n, l, p = m->end;
	const db_date *d = c->date;
	if ((l = lx_word(c->t, c->len, p, "至今")) || (l = lx_word(c->t, c->len, p, "以来至今"))) {
		db_period to = db_period_month(d->year, d->month);
		if (db_period_cmp(&m->period, &to) <= 0) {
			m->period = db_period_span(m->period, to);
			if (m->period.start_year == m->period.end_year)
				m->period = db_period_months(d->year, m->period.start_month, d->month);
			m->cumulative_to_date = true;
			m->end = p + l;
		}
		return 1;
	}
	unsigned g = lx_at(c->t, c->len, p, &n);
	if (is_dash(g)) {
		db_period_match m2;
		size_t r = p + n;
		if (g == 0x2014 && lx_cp(c->t, c->len, r, &n) == 0x2014)
			r += n;
		if (read_one(c, r, &m2) && m2.has_period && m2.start == r &&
		    db_period_cmp(&m->period, &m2.period) < 0 &&
		    (m2.period.start_year > m->period.end_year ||
		     (m2.period.start_year == m->period.end_year &&
		      m2.period.start_month > m->period.end_month))) {
			m->period = db_period_span(m->period, m2.period);
			m->plan = m->plan || m2.plan;
			m->end = m2.end;
		}
	}
	return 1;
}

/* -05, /5/20 after a year (2022-05-20, 2022/5): the month; the day, if
 * any, is consumed. Returns bytes or 0. */
static size_t numeric_month(const ctx *c, size_t pos, int *mon)
{
	size_t n, p = pos;
	unsigned sep = lx_at(c->t, c->len, p, &n);
	if (sep != '-' && sep != '/')
		return 0;
	p += n;
	int v = 0, k = 0;
	unsigned f;
	while (k < 3 && lx_is_digit(f = lx_at(c->t, c->len, p, &n)))
		v = v * 10 + (int)(f - '0'), k++, p += n;
	if (k == 0 || k > 2 || v < 1 || v > 12)
		return 0;
	*mon = v;
	if (lx_at(c->t, c->len, p, &n) == sep) {
		size_t q = p + n;
		k = 0;
		while (k < 3 && lx_is_digit(lx_at(c->t, c->len, q, &n)))
			k++, q += n;
		if (k >= 1 && k <= 2)
			p = q;
	}
	return p - pos;
}

static int read_one(const ctx *c, size_t pos, db_period_match *m)
{
	size_t l, p = pos, n;
	const db_date *d = c->date;
	memset(m, 0, sizeof *m);
	m->start = pos;

	bool cutoff = false, to = false;
	if ((l = lx_longest(c->t, c->len, p, cutoff_words, NULL)))
		p += l, cutoff = true;
	else if ((l = lx_word(c->t, c->len, p, "到")) || (l = lx_word(c->t, c->len, p, "至")))
		p += l, to = true;

	/* five-year plans */
	int first;
	size_t q = p;
	unsigned open = lx_cp(c->t, c->len, q, &n);
	if (open == 0x201C || open == '"')
		q += n;
	if ((l = five_year_plan(c, q, &first))) {
		q += l;
		unsigned close = lx_cp(c->t, c->len, q, &n);
		if (close == 0x201D || close == '"')
			q += n;
		size_t named = q;
		q = skip_word(c, q, "规划");
		named = q > named; /* “十一五”规划 */
		/* “十四五”前四年: the plan's first years, done unless all of
		 * them lie after the date's year (no target, no whole plan) */
		if ((l = lx_word(c->t, c->len, q, "前"))) {
			size_t r = q + l;
			unsigned u = lx_cp(c->t, c->len, r, &n);
			int k = u >= '1' && u <= '4' ? (int)(u - '0') : lx_cn_digit(u); /* (两 too) */
			size_t y = k >= 1 && k <= 4 ? lx_word(c->t, c->len, r + n, "年") : 0;
			if (y) {
				set(m, k > 1 ? db_period_span(db_period_year(first),
							      db_period_year(first + k - 1))
					     : db_period_year(first));
				m->plan = first > d->year;
				m->end = r + n + y;
				return 1;
			}
		}
		/* “十四五”开局之年, 实现“十四五”良好开局: the plan's first year */
		static const char *const plan_openings[] = { "开局之年", "开局年", "良好开局", "开好局",
							     "开局", NULL };
		if ((l = lx_longest(c->t, c->len, q, plan_openings, NULL))) {
			/* “十四五”开局以来: a span up to some time unsaid */
			if (lx_word(c->t, c->len, q + l, "以来")) {
				m->has_period = false;
				m->end = q + l + strlen("以来");
				return 1;
			}
			set(m, db_period_year(first));
			m->plan = first > d->year;
			m->end = q + l;
			return 1;
		}
		if ((l = lx_word(c->t, c->len, q, "末")) || (l = lx_word(c->t, c->len, q, "期末"))) {
			set(m, db_period_year(first + 4));
			m->plan = first + 4 >= d->year;
			m->end = q + l;
			return 1;
		}
		static const char *const plan_tails[] = { "时期", "期间", "以来", NULL };
		static const char *const plan_names[] = { "确定", "提出", "目标", "任务", NULL };
		/* “十四五”以来 while the plan runs: its years so far, to the
		 * last one ended (a report of November on: its own), no target;
		 * from April to October the year under way is in it too:
		 * unsure */
		int so_far = d->month >= 11 ? d->year : d->year - 1;
		size_t era = lx_word(c->t, c->len, q, "时期"); /* (“十四五”时期以来 too) */
		if ((l = lx_word(c->t, c->len, q + era, "以来")) && first + 4 > so_far) {
			m->end = q + era + l;
			if (so_far < first || (d->month >= 4 && d->month <= 10)) {
				m->has_period = false;
				return 1;
			}
			set(m, so_far > first ? db_period_span(db_period_year(first), db_period_year(so_far))
					      : db_period_year(first));
			m->cumulative_to_date = true;
			return 1;
		}
		if ((l = lx_longest(c->t, c->len, q, plan_tails, NULL)))
			q += l;
		else if (named || lx_longest(c->t, c->len, q, plan_names, NULL))
			return 0; /* 实施“十一五”规划的最后一年, “十一五”确定的目标:
				   * the plan, not its years */
		set(m, db_period_span(db_period_year(first), db_period_year(first + 4)));
		/* “十三五”期间 from November of its last year on: the term
		 * under review, done (so_far as for 以来) */
		m->plan = first + 4 > so_far;
		m->end = q;
		return 1;
	}

	/* the year */
	int year = d->year, mon;
	bool have_year = false;
	int y2 = 0;
	size_t l2, yl;
	if ((l = abs_year(c, p, &year)) && (yl = year_word(c, p + l))) {
		p += l + yl;
		have_year = true;
		p = skip_word(c, p, "度");
	} else if (l && (l2 = numeric_month(c, p + l, &mon))) {
		/* scraped dates: 2022-05, 2022/5/20 */
		if (cutoff && c->use == DB_PERIOD_FOR_FLOW)
			set(m, db_period_months(year, 1, mon));
		else
			set(m, db_period_month(year, mon));
		m->end = p + l + l2;
		return 1;
	} else if (l) {
		/* 2021-2022采暖期, 2021—2022年 */
		size_t r = p + l;
		unsigned f = lx_at(c->t, c->len, r, &n);
		if (is_dash(f) && f != 0x5230) {
			r += n;
			if (f == 0x2014 && lx_cp(c->t, c->len, r, &n) == 0x2014)
				r += n;
			l2 = abs_year(c, r, &y2);
			if (l2 && y2 > year) {
				r += l2;
				r = skip_word(c, r, "年");
				r = skip_word(c, r, "度");
				if ((l = lx_longest(c->t, c->len, r, season_words, NULL))) {
					m->has_period = false;
					m->end = r + l;
					return 1;
				}
				if (lx_word(c->t, c->len, r - 3, "年")) {
					set(m, db_period_span(db_period_year(year), db_period_year(y2)));
					m->plan = y2 > d->year;
					m->end = r;
					return 1;
				}
			}
		}
		return 0;
	} else {
		for (size_t i = 0; i < sizeof rel_years / sizeof rel_years[0]; i++) {
			size_t w = lx_word(c->t, c->len, p, rel_years[i].word);
			if (w > l) {
				l = w;
				year = d->year + rel_years[i].offset;
			}
		}
		if (l) {
			p += l;
			have_year = true;
			m->rel_year = true;
		}
	}
	if (have_year && lx_longest(c->t, c->len, p, base_words, NULL))
		return 0; /* 去年同期: a comparison base */
	/* 2020、2021年: a list of years is not one period */
	if (have_year && (lx_word(c->t, c->len, p, "、")))
		return 0;

	int m1, m2, kind;
	bool end_of, deadline;
	size_t bl = body(c, p, &m1, &m2, &kind, &end_of, &deadline);
	if (bl) {
		p += bl;
		if (!have_year) {
			/* months and quarters without a year: see the file comment */
			/* (上半年, 前三季度: months from January, read as 1-6月,
			 * 1-9月 are) */
			bool from_january = kind == 2 && m1 == 1 && m2 > 3;
			if ((kind == 1 || from_january) && m2 > d->month + 1 && !deadline)
				year--;
			else if (kind == 2 && m1 > d->month + 3)
				year--;
		}
		db_period per = db_period_months(year, m1, m2);
		size_t s;
		if ((s = lx_longest(c->t, c->len, p, since_words, NULL)) && s == 6 && kind == 2 &&
		    m1 == 1 && year == d->year && m2 < d->month) {
			/* 上半年以来 in August: the half the figures are of */
			p += s;
		} else if (s == 6 && (year < d->year ||
				      (year == d->year && (m1 <= d->month || !have_year)))) {
			/* 3月份以来: from that month to the date's month; a
			 * month after the date's without a year is of the year
			 * before (6月以来 in May), one with its year says no
			 * span (2023年6月以来 in May 2023) */
			int from = year == d->year && m1 > d->month ? year - 1 : year;
			db_period to_date = db_period_month(d->year, d->month);
			if (from == d->year)
				per = db_period_months(from, m1, d->month);
			else
				per = db_period_span(db_period_month(from, m1), to_date);
			m->cumulative_to_date = true;
			p += s;
		} else if ((cutoff || (to && end_of && (year < d->year ||
							 (year == d->year && m2 <= d->month)))) &&
			   kind == 1 && m1 == m2) {
			/* (至10月底 in November: up to a month that has ended) */
			to = false;
			/* 截至4月底: a stock at that month, a flow from January (3月末
			 * alone names the month: a point in time) */
			if (c->use == DB_PERIOD_FOR_FLOW)
				per = db_period_months(year, 1, m2);
		} else if ((cutoff || end_of) && kind == 2 && c->use == DB_PERIOD_FOR_STOCK) {
			per = db_period_month(year, m2);
		} else if (cutoff && kind == 2 && c->use == DB_PERIOD_FOR_FLOW) {
			/* 截至三季度: a flow from January, as 截至4月底 is */
			per = db_period_months(year, 1, m2);
		}
		set(m, per);
		m->no_year = !have_year;
		m->plan = year > d->year || (to && year >= d->year);
		m->end = p;
		return 1;
	}
	if (have_year) {
		size_t s;
		if ((s = lx_word(c->t, c->len, p, "以来"))) {
			p += s;
			if (year >= d->year)
				set(m, db_period_months(d->year, 1, d->month));
			/* 去年以来 in January or February: no month of the
			 * date's year has figures yet; the year before */
			else if (year == d->year - 1 && d->month <= 2)
				set(m, db_period_year(year));
			else
				set(m, db_period_span(db_period_year(year), db_period_month(d->year, d->month)));
			m->cumulative_to_date = true;
			m->end = p;
			return 1;
		}
		static const char *const year_tails[] = { "全年", "年末", "年底", "末", "底", "年初", NULL };
		int which = 0;
		if ((s = lx_longest(c->t, c->len, p, year_tails, &which)))
			p += s;
		set(m, db_period_year(year));
		m->plan = year > d->year || (to && year >= d->year);
		m->end = p;
		return 1;
	}
	if (cutoff || to)
		p = pos; /* 截至 alone is not a period; look for standalone words */
	if ((l = standalone(c, p, m))) {
		m->end = p + l;
		return 1;
	}
	return 0;
}

/* One spelling per point in time: a stock at the end of December (2021年12月末,
 * 2021年四季度末) is the year-end stock (2021年末), token 2021. */
static int read_period(const ctx *c, size_t pos, db_period_match *m)
{
	if (!read_period_as_written(c, pos, m))
		return 0;
	db_period *p = &m->period;
	if (c->use == DB_PERIOD_FOR_STOCK && m->has_period && p->start_year == p->end_year &&
	    p->start_month == 12 && p->end_month == 12)
		*p = db_period_year(p->end_year);
	return 1;
}

int db_period_read(const char *text, size_t len, size_t pos, const db_date *date,
		   db_period_use use, db_period_match *m)
{
	ctx c = { text, len, date, use };
	return read_period(&c, pos, m);
}

/* Every period holds a numeral or one of 年 月 季 来 目 (今年, 3月, 季度, 以来,
 * 目前) and starts at most a few characters before it (截至, 今年初以来). */
static bool anchor(unsigned raw)
{
	unsigned c = lx_fold(raw);
	return lx_is_digit(c) || lx_cn_digit(raw) >= 0 || lx_cn_unit(raw) || raw == 0x5E74 /* 年 */ ||
	       raw == 0x6708 /* 月 */ || raw == 0x5B63 /* 季 */ || raw == 0x6765 /* 来 */ ||
	       raw == 0x76EE /* 目 */;
}

int db_period_next(const char *text, size_t len, size_t pos, const db_date *date,
		   db_period_use use, db_period_match *m)
{
	ctx c = { text, len, date, use };
	size_t tried = pos, scan = pos, n;
	while (scan < len) {
		unsigned raw = lx_cp(text, len, scan, &n);
		if (!anchor(raw)) {
			scan += n ? n : 1;
			continue;
		}
		size_t p = scan;
		for (int k = 0; k < 6 && p > tried; k++)
			p = lx_prev(text, p);
		if (p < tried)
			p = tried;
		for (; p <= scan; p += n ? n : 1) {
			unsigned prev = lx_fold(lx_prev_cp(text, len, p));
			unsigned cur = lx_fold(lx_cp(text, len, p, &n));
			/* never start inside a number (13万, 2021) */
			bool inside = (lx_is_digit(prev) && lx_is_digit(cur)) ||
				      ((lx_cn_digit(prev) >= 0 || lx_cn_unit(prev)) &&
				       (lx_cn_digit(cur) >= 0 || lx_cn_unit(cur)));
			if (!inside && read_period(&c, p, m))
				return 1;
		}
		tried = scan = p;
	}
	return 0;
}
