/* test_period.c - period tokens: round-trip, canonical spellings, invalid
 * tokens, ordering, labels and dates. */
#include "core/period.h"

#include <stdlib.h>

#include "harness.h"

static const char *canon(const char *tok, char *out)
{
	db_period p;
	if (db_period_parse(tok, &p) < 0)
		return "ERR";
	return db_period_format(&p, out);
}

static int cmp_tok(const void *a, const void *b)
{
	db_period pa, pb;
	db_period_parse(*(const char *const *)a, &pa);
	db_period_parse(*(const char *const *)b, &pb);
	return db_period_cmp(&pa, &pb);
}

int main(void)
{
	char buf[DB_PERIOD_TOKEN_MAX];
	char lab[64];

	/* canonical tokens round-trip unchanged */
	static const char *const canonical[] = {
		"2021", "2022Q1", "2022Q2", "2022Q3", "2022Q4", "2022H1", "2022H2",
		"2022M01", "2022M03", "2022M12", "2022M01-M04", "2022M01-M02",
		"2022M02-M03", "2022M01-M09", "2022M04-M12", "2022M01-M11",
		"2021..2022M04", "2016..2020", "2021M07..2022M04", "2021M07..2022",
		"1999", "2035",
	};
	for (size_t i = 0; i < sizeof canonical / sizeof *canonical; i++)
		STR_EQ(canonical[i], canon(canonical[i], buf));

	/* equal ranges have one spelling */
	STR_EQ("2022Q1", canon("2022M01-M03", buf));
	STR_EQ("2022Q2", canon("2022M04-M06", buf));
	STR_EQ("2022Q4", canon("2022M10-M12", buf));
	STR_EQ("2022H1", canon("2022M01-M06", buf));
	STR_EQ("2022H2", canon("2022M07-M12", buf));
	STR_EQ("2022", canon("2022M01-M12", buf));
	STR_EQ("2022M05", canon("2022M05-M05", buf));
	STR_EQ("2021..2022M03", canon("2021..2022Q1", buf));
	STR_EQ("2021M07..2022", canon("2021H2..2022", buf));
	STR_EQ("2022", canon("2022..2022", buf));
	STR_EQ("2022M01-M04", canon("2022..2022M04", buf));

	/* constructors */
	db_period p = db_period_quarter(2022, 1);
	STR_EQ("2022Q1", db_period_format(&p, buf));
	p = db_period_half(2022, 2);
	STR_EQ("2022H2", db_period_format(&p, buf));
	p = db_period_months(2022, 1, 4);
	STR_EQ("2022M01-M04", db_period_format(&p, buf));
	p = db_period_span(db_period_year(2016), db_period_year(2020));
	STR_EQ("2016..2020", db_period_format(&p, buf));
	p = db_period_span(db_period_year(2021), db_period_month(2022, 4));
	STR_EQ("2021..2022M04", db_period_format(&p, buf));
	p = db_period_month(2022, 3);
	STR_EQ("2022M03", db_period_format(&p, buf));

	/* invalid tokens */
	static const char *const bad[] = {
		"", "2022Q5", "2022Q0", "2022M13", "2022M00", "2022M05-M03", "2022 ",
		" 2022", "2022H3", "22", "20221", "2022M3", "2022M03-M4", "2022M03-",
		"2022..", "..2022", "2022..2021", "2022M05..2022M03", "2022q1",
		"2022-Q1", "2022Q1x", "2022M01-M03-M05", "abcd", "2022...2023",
		"2021..2022..2023", "0999",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		db_period q;
		if (db_period_parse(bad[i], &q) == 0)
			fprintf(stderr, "accepted bad token \"%s\"\n", bad[i]);
		INT_EQ(-1, db_period_parse(bad[i], &q));
	}
	INT_EQ(-1, db_period_parse(NULL, &p));

	/* ordering: by end, then start */
	const char *list[] = {
		"2022M04", "2021", "2022Q1", "2021..2022M04", "2022M01-M04",
		"2016..2020", "2022H1", "2020", "2022M03", "2022", "2021M07..2022M04",
		"2022M02-M03", "2021Q4", "2021H2",
	};
	const char *sorted[] = {
		"2016..2020", "2020", "2021", "2021H2", "2021Q4", "2022Q1",
		"2022M02-M03", "2022M03", "2021..2022M04", "2021M07..2022M04",
		"2022M01-M04", "2022M04", "2022H1", "2022",
	};
	size_t n = sizeof list / sizeof *list;
	qsort(list, n, sizeof *list, cmp_tok);
	/* 2021H2 and 2021Q4 end together: H2 starts first */
	for (size_t i = 0; i < n; i++)
		STR_EQ(sorted[i], list[i]);

	db_period a, b;
	db_period_parse("2022Q1", &a);
	db_period_parse("2022M01-M03", &b);
	OK(db_period_eq(&a, &b));
	INT_EQ(0, db_period_cmp(&a, &b));
	db_period_parse("2022M03", &b);
	OK(db_period_cmp(&a, &b) < 0);
	OK(db_period_cmp(&b, &a) > 0);

	/* labels */
	db_period_parse("2021", &p);
	STR_EQ("2021年", db_period_label(&p, lab));
	db_period_parse("2022Q1", &p);
	STR_EQ("2022年一季度", db_period_label(&p, lab));
	db_period_parse("2022Q3", &p);
	STR_EQ("2022年三季度", db_period_label(&p, lab));
	db_period_parse("2022H1", &p);
	STR_EQ("2022年上半年", db_period_label(&p, lab));
	db_period_parse("2022H2", &p);
	STR_EQ("2022年下半年", db_period_label(&p, lab));
	db_period_parse("2022M03", &p);
	STR_EQ("2022年3月", db_period_label(&p, lab));
	db_period_parse("2022M01-M04", &p);
	STR_EQ("2022年1—4月", db_period_label(&p, lab));
	db_period_parse("2021..2022M04", &p);
	STR_EQ("2021年—2022年4月", db_period_label(&p, lab));
	db_period_parse("2016..2020", &p);
	STR_EQ("2016年—2020年", db_period_label(&p, lab));
	db_period_parse("2021M07..2022M04", &p);
	STR_EQ("2021年7月—2022年4月", db_period_label(&p, lab));

	/* dates */
	db_date d, e;
	char ds[11];
	INT_EQ(0, db_date_parse("2022-05-20", &d));
	INT_EQ(2022, d.year);
	INT_EQ(5, d.month);
	INT_EQ(20, d.day);
	STR_EQ("2022-05-20", db_date_format(&d, ds));
	INT_EQ(0, db_date_parse("2024-02-29", &e));
	INT_EQ(-1, db_date_parse("2023-02-29", &e));
	INT_EQ(-1, db_date_parse("1900-02-29", &e));
	INT_EQ(0, db_date_parse("2000-02-29", &e));
	INT_EQ(-1, db_date_parse("2022-13-01", &e));
	INT_EQ(-1, db_date_parse("2022-04-31", &e));
	INT_EQ(-1, db_date_parse("2022-5-20", &e));
	INT_EQ(-1, db_date_parse("2022-05-20 ", &e));
	INT_EQ(-1, db_date_parse("2022/05/20", &e));
	db_date_parse("2022-04-30", &e);
	OK(db_date_cmp(&e, &d) < 0);
	OK(db_date_cmp(&d, &e) > 0);
	INT_EQ(0, db_date_cmp(&d, &d));
	/* a period has ended by a date when its last month is the date's or
	 * earlier (2022-04-30: 1-4月 has, 2022H1 has not) */
	db_period ended = db_period_months(2022, 1, 4), open = db_period_half(2022, 1);
	OK(db_period_ended(&ended, &e));
	OK(!db_period_ended(&open, &e));
	DB_TEST_END();
}
