/* period.c - period tokens: one canonical spelling per month range, a strict
 * parser that also takes the equivalent non-canonical spellings, ordering by
 * end then start, and the Chinese labels used in figures. */
#include "core/period.h"

#include <stdio.h>
#include <string.h>

db_period db_period_months(int year, int m1, int m2)
{
	db_period p = { year, m1, year, m2 };
	return p;
}

db_period db_period_year(int year) { return db_period_months(year, 1, 12); }
db_period db_period_quarter(int year, int q) { return db_period_months(year, 3 * q - 2, 3 * q); }
db_period db_period_half(int year, int h) { return db_period_months(year, 6 * h - 5, 6 * h); }
db_period db_period_month(int year, int month) { return db_period_months(year, month, month); }

db_period db_period_span(db_period from, db_period to)
{
	db_period p = { from.start_year, from.start_month, to.end_year, to.end_month };
	return p;
}

static int ym(int y, int m) { return y * 12 + (m - 1); }

bool db_period_valid(const db_period *p)
{
	return p->start_year >= 1000 && p->start_year <= 9999 &&
	       p->end_year >= 1000 && p->end_year <= 9999 &&
	       p->start_month >= 1 && p->start_month <= 12 &&
	       p->end_month >= 1 && p->end_month <= 12 &&
	       ym(p->start_year, p->start_month) <= ym(p->end_year, p->end_month);
}

/* Exactly n ASCII digits at *s; advances *s. */
static int digits(const char **s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		char c = (*s)[i];
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	*s += n;
	*out = v;
	return 0;
}

/* One single-year part: YYYY, YYYYQn, YYYYHn, YYYYMmm, YYYYMmm-Mmm. */
static int parse_part(const char **s, db_period *out)
{
	int y, a, b;
	if (digits(s, 4, &y) < 0 || y < 1000)
		return -1;
	switch (**s) {
	case 'Q':
		(*s)++;
		if (digits(s, 1, &a) < 0 || a < 1 || a > 4)
			return -1;
		*out = db_period_quarter(y, a);
		return 0;
	case 'H':
		(*s)++;
		if (digits(s, 1, &a) < 0 || a < 1 || a > 2)
			return -1;
		*out = db_period_half(y, a);
		return 0;
	case 'M':
		(*s)++;
		if (digits(s, 2, &a) < 0 || a < 1 || a > 12)
			return -1;
		b = a;
		if ((*s)[0] == '-' && (*s)[1] == 'M') {
			*s += 2;
			if (digits(s, 2, &b) < 0 || b < a || b > 12)
				return -1;
		}
		*out = db_period_months(y, a, b);
		return 0;
	default:
		*out = db_period_year(y);
		return 0;
	}
}

int db_period_parse(const char *token, db_period *out)
{
	if (!token)
		return -1;
	const char *s = token;
	db_period a, b;
	if (parse_part(&s, &a) < 0)
		return -1;
	if (s[0] == '.' && s[1] == '.') {
		s += 2;
		if (parse_part(&s, &b) < 0)
			return -1;
		a = db_period_span(a, b);
	}
	if (*s != '\0' || !db_period_valid(&a))
		return -1;
	*out = a;
	return 0;
}

char *db_period_format(const db_period *p, char *out)
{
	int y = p->start_year, m1 = p->start_month, m2 = p->end_month;
	if (!db_period_valid(p)) {
		strcpy(out, "invalid");
		return out;
	}
	if (p->start_year != p->end_year) {
		char *o = out;
		o += sprintf(o, "%04d", y);
		if (m1 != 1)
			o += sprintf(o, "M%02d", m1);
		o += sprintf(o, "..%04d", p->end_year);
		if (m2 != 12)
			sprintf(o, "M%02d", m2);
		return out;
	}
	if (m1 == 1 && m2 == 12)
		sprintf(out, "%04d", y);
	else if (m1 == m2)
		sprintf(out, "%04dM%02d", y, m1);
	else if (m2 - m1 == 2 && m1 % 3 == 1)
		sprintf(out, "%04dQ%d", y, m2 / 3);
	else if (m2 - m1 == 5 && m1 % 6 == 1)
		sprintf(out, "%04dH%d", y, m2 / 6);
	else
		sprintf(out, "%04dM%02d-M%02d", y, m1, m2);
	return out;
}

int db_period_cmp(const db_period *a, const db_period *b)
{
	int ea = ym(a->end_year, a->end_month), eb = ym(b->end_year, b->end_month);
	if (ea != eb)
		return ea < eb ? -1 : 1;
	int sa = ym(a->start_year, a->start_month), sb = ym(b->start_year, b->start_month);
	return sa < sb ? -1 : sa > sb;
}

bool db_period_eq(const db_period *a, const db_period *b)
{
	return db_period_cmp(a, b) == 0;
}

char *db_period_label(const db_period *p, char *out)
{
	static const char *const quarter[] = { "一", "二", "三", "四" };
	int y = p->start_year, m1 = p->start_month, m2 = p->end_month;
	if (!db_period_valid(p)) {
		strcpy(out, "?");
		return out;
	}
	if (p->start_year != p->end_year) {
		char left[24], right[24];
		if (m1 == 1)
			snprintf(left, sizeof left, "%d年", y);
		else
			snprintf(left, sizeof left, "%d年%d月", y, m1);
		if (m2 == 12)
			snprintf(right, sizeof right, "%d年", p->end_year);
		else
			snprintf(right, sizeof right, "%d年%d月", p->end_year, m2);
		snprintf(out, 64, "%s—%s", left, right);
	} else if (m1 == 1 && m2 == 12) {
		snprintf(out, 64, "%d年", y);
	} else if (m1 == m2) {
		snprintf(out, 64, "%d年%d月", y, m1);
	} else if (m2 - m1 == 2 && m1 % 3 == 1) {
		snprintf(out, 64, "%d年%s季度", y, quarter[m2 / 3 - 1]);
	} else if (m2 - m1 == 5 && m1 % 6 == 1) {
		snprintf(out, 64, "%d年%s半年", y, m1 == 1 ? "上" : "下");
	} else {
		snprintf(out, 64, "%d年%d—%d月", y, m1, m2);
	}
	return out;
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int db_date_parse(const char *s, db_date *out)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	db_date d;
	if (!s || digits(&s, 4, &d.year) < 0 || *s++ != '-' || digits(&s, 2, &d.month) < 0 ||
	    *s++ != '-' || digits(&s, 2, &d.day) < 0 || *s != '\0')
		return -1;
	if (d.year < 1000 || d.month < 1 || d.month > 12 || d.day < 1)
		return -1;
	int max = mdays[d.month - 1] + (d.month == 2 && leap(d.year));
	if (d.day > max)
		return -1;
	*out = d;
	return 0;
}

char *db_date_format(const db_date *d, char *out)
{
	/* Fields are clamped to their digit counts so the text always fits. */
	unsigned y = (unsigned)d->year % 10000u, m = (unsigned)d->month % 100u,
		 day = (unsigned)d->day % 100u;
	snprintf(out, 11, "%04u-%02u-%02u", y, m, day);
	return out;
}

int db_date_cmp(const db_date *a, const db_date *b)
{
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (a->month != b->month)
		return a->month < b->month ? -1 : 1;
	return a->day < b->day ? -1 : a->day > b->day;
}

bool db_period_ended(const db_period *p, const db_date *d)
{
	return p->end_year * 12 + p->end_month <= d->year * 12 + d->month;
}
