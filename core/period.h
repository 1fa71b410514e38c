/* period.h - reporting periods and their canonical tokens (DESIGN.md, Periods).
 *
 * A period is an inclusive range of months [start, end]. Its token is derived,
 * so equal periods have one spelling:
 *   2021            Jan–Dec of one year
 *   2022Q1 2022H1   a quarter (Jan–Mar, Apr–Jun, …) or half-year
 *   2022M03         one month
 *   2022M01-M04     any other month range within one year (cumulative or not)
 *   2021..2022M04   a range across years: the left side is its first year
 *                   (or first month, 2021M07..2022M04), the right side its last
 *                   year or month (2016..2020 for 十三五)
 * Ordering is by end, then by start (db_period_cmp). */
#ifndef DB_PERIOD_H
#define DB_PERIOD_H

#include <stdbool.h>

typedef struct {
	int start_year, start_month; /* month 1..12 */
	int end_year, end_month;
} db_period;

#define DB_PERIOD_TOKEN_MAX 32

/* Constructors. */
db_period db_period_year(int year);
db_period db_period_quarter(int year, int q);       /* q 1..4 */
db_period db_period_half(int year, int h);          /* h 1..2 */
db_period db_period_month(int year, int month);
db_period db_period_months(int year, int m1, int m2);
db_period db_period_span(db_period from, db_period to); /* start of from .. end of to */

bool db_period_valid(const db_period *p);

/* Parse a canonical token (exactly; surrounding spaces refused). Accepts every
 * spelling above plus non-canonical ones that mean the same range
 * (2022M01-M03 == 2022Q1); returns 0 or -1. */
int db_period_parse(const char *token, db_period *out);

/* Canonical token into out (DB_PERIOD_TOKEN_MAX bytes); returns out. */
char *db_period_format(const db_period *p, char *out);

/* <0, 0, >0: by end (year, month), then by start. */
int db_period_cmp(const db_period *a, const db_period *b);
bool db_period_eq(const db_period *a, const db_period *b);

/* Human label for figures: 2021年, 2022年一季度, 2022年上半年, 2022年3月,
 * 2022年1—4月, 2021年—2022年4月. Returns out (64 bytes). */
char *db_period_label(const db_period *p, char *out);

/* A calendar date (the date a document speaks from). */
typedef struct {
	int year, month, day;
} db_date;

int db_date_parse(const char *s, db_date *out);   /* "YYYY-MM-DD", validated */
char *db_date_format(const db_date *d, char *out); /* 11 bytes */
int db_date_cmp(const db_date *a, const db_date *b);
/* Has p ended by d's month (its last month is d's month or earlier)? */
bool db_period_ended(const db_period *p, const db_date *d);

#endif
