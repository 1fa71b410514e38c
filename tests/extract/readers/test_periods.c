/* test_periods.c - the period reader, table-driven: each phrase with the
 * document date and the exact canonical token expected (DESIGN.md Periods). */
#include <stdio.h>
#include <string.h>

#include "core/period.h"
#include "extract/readers.h"
#include "harness.h"

enum { FLOW = DB_PERIOD_FOR_FLOW, STOCK = DB_PERIOD_FOR_STOCK };

/* want: the token, "null" for a recognised period without one, NULL for no
 * period at all. */
static const struct {
	const char *text;
	const char *date;
	int use;
	const char *want;
} cases[] = {
	{ "2021年", "2022-05-20", FLOW, "2021" },
	{ "2021年度", "2022-05-20", FLOW, "2021" },
	{ "二〇二一年", "2022-05-20", FLOW, "2021" },
	{ "二零二一年", "2022-05-20", FLOW, "2021" },
	{ "今年", "2022-05-20", FLOW, "2022" },
	{ "去年", "2022-05-20", FLOW, "2021" },
	{ "上年", "2022-05-20", FLOW, "2021" },
	{ "前年", "2022-05-20", FLOW, "2020" },
	{ "一季度", "2022-05-20", FLOW, "2022Q1" },
	{ "第一季度", "2022-05-20", FLOW, "2022Q1" },
	{ "1季度", "2022-05-20", FLOW, "2022Q1" },
	{ "今年一季度", "2022-05-20", FLOW, "2022Q1" },
	{ "去年一季度", "2022-05-20", FLOW, "2021Q1" },
	{ "第二季度", "2022-09-10", FLOW, "2022Q2" },
	{ "二季度", "2022-09-10", FLOW, "2022Q2" },
	{ "三季度", "2022-11-01", FLOW, "2022Q3" },
	{ "四季度", "2022-01-15", FLOW, "2021Q4" },
	{ "上半年", "2022-07-20", FLOW, "2022H1" },
	{ "下半年", "2022-05-20", FLOW, "2022H2" },
	{ "下半年", "2022-01-20", FLOW, "2021H2" },
	{ "去年下半年", "2022-05-20", FLOW, "2021H2" },
	{ "前三季度", "2022-10-25", FLOW, "2022M01-M09" },
	{ "前两个季度", "2022-07-25", FLOW, "2022H1" },
	{ "1至4月", "2022-05-20", FLOW, "2022M01-M04" },
	{ "1-4月", "2022-05-20", FLOW, "2022M01-M04" },
	{ "1—4月份", "2022-05-20", FLOW, "2022M01-M04" },
	{ "1~4月", "2022-05-20", FLOW, "2022M01-M04" },
	{ "一至四月", "2022-05-20", FLOW, "2022M01-M04" },
	{ "1-3月", "2022-05-20", FLOW, "2022Q1" },
	{ "1-6月", "2022-07-20", FLOW, "2022H1" },
	{ "4-6月", "2022-07-20", FLOW, "2022Q2" },
	{ "1-11月", "2022-01-15", FLOW, "2021M01-M11" },
	{ "前4个月", "2022-05-20", FLOW, "2022M01-M04" },
	{ "前四个月", "2022-05-20", FLOW, "2022M01-M04" },
	{ "去年1-11月", "2022-05-20", FLOW, "2021M01-M11" },
	{ "2021年1-11月", "2022-05-20", FLOW, "2021M01-M11" },
	{ "2022年1-2月", "2022-05-20", FLOW, "2022M01-M02" },
	{ "3月份", "2022-05-20", FLOW, "2022M03" },
	{ "3月", "2022-05-20", FLOW, "2022M03" },
	{ "12月份", "2022-01-15", FLOW, "2021M12" },
	{ "2022年3月", "2022-05-20", FLOW, "2022M03" },
	{ "2022年3月份", "2022-05-20", FLOW, "2022M03" },
	{ "3月末", "2022-05-20", STOCK, "2022M03" },
	{ "3月末", "2022-05-20", FLOW, "2022M03" },
	{ "截至3月末", "2022-05-20", FLOW, "2022Q1" },
	{ "2022年3月末", "2022-05-20", STOCK, "2022M03" },
	{ "截至4月底", "2022-05-20", FLOW, "2022M01-M04" },
	{ "截至4月底", "2022-05-20", STOCK, "2022M04" },
	{ "截至4月末", "2022-05-20", STOCK, "2022M04" },
	{ "截止到4月底", "2022-05-20", FLOW, "2022M01-M04" },
	{ "一季度末", "2022-05-20", STOCK, "2022M03" },
	{ "今年以来", "2022-05-20", FLOW, "2022M01-M05" },
	{ "年初以来", "2022-05-20", FLOW, "2022M01-M05" },
	{ "2021年以来", "2022-05-20", FLOW, "2021..2022M05" },
	{ "去年以来", "2022-05-20", FLOW, "2021..2022M05" },
	{ "3月份以来", "2022-05-20", FLOW, "2022M03-M05" },
	/* a quarter or half that has ended: the figures are of it */
	{ "上半年以来", "2025-08-04", FLOW, "2025H1" },
	{ "一季度以来", "2025-05-04", FLOW, "2025Q1" },
	{ "二季度以来", "2025-05-04", FLOW, "2025M04-M05" },
	{ "十三五", "2022-05-20", FLOW, "2016..2020" },
	{ "“十三五”以来", "2022-05-20", FLOW, "2016..2020" },
	{ "十四五", "2022-05-20", FLOW, "2021..2025" },
	{ "“十四五”时期", "2022-05-20", FLOW, "2021..2025" },
	{ "十四五末", "2022-05-20", FLOW, "2025" },
	{ "“十四五”末", "2022-05-20", FLOW, "2025" },
	{ "2021-2022采暖期", "2022-05-20", FLOW, "null" },
	{ "2021—2022年采暖季", "2022-05-20", FLOW, "null" },
	{ "2021-2022年", "2022-05-20", FLOW, "2021..2022" },
	{ "全年", "2022-04-15", FLOW, "2021" },
	{ "年末", "2022-04-15", STOCK, "2021" },
	{ "过去一年", "2022-01-10", FLOW, "2021" },
	{ "今年全年", "2022-04-15", FLOW, "2022" },
	{ "2021年末", "2022-04-15", STOCK, "2021" },
	{ "2021年全年", "2022-04-15", FLOW, "2021" },
	{ "过去五年", "2022-01-10", FLOW, "2017..2021" },
	{ "五年来", "2022-01-10", FLOW, "2017..2021" },
	{ "4月13日", "2022-05-20", FLOW, "2022M04" },
	{ "十二月", "2022-01-10", FLOW, "2021M12" },
	{ "到2025年", "2022-05-20", FLOW, "2025" },
	{ "2022年一季度", "2022-05-20", FLOW, "2022Q1" },
	{ "2021年上半年", "2022-05-20", FLOW, "2021H1" },
	{ "去年四季度", "2022-05-20", FLOW, "2021Q4" },
	{ "今年1—5月", "2022-06-20", FLOW, "2022M01-M05" },
	{ "1月至4月", "2022-05-20", FLOW, "2022M01-M04" },
	{ "1月份至4月份", "2022-05-20", FLOW, "2022M01-M04" },
	{ "2021年1月至2022年4月", "2022-05-20", FLOW, "2021..2022M04" },
	{ "2021年7月至2022年4月", "2022-05-20", FLOW, "2021M07..2022M04" },
	{ "2020年至2022年", "2022-05-20", FLOW, "2020..2022" },
	{ "2020年至今", "2022-05-20", FLOW, "2020..2022M05" },
	{ "4月至今", "2022-05-20", FLOW, "2022M04-M05" },
	{ "3月以来", "2022-05-20", FLOW, "2022M03-M05" },
	{ "截至2022年4月底", "2022-05-20", FLOW, "2022M01-M04" },
	{ "截至2022年4月底", "2022-05-20", STOCK, "2022M04" },
	{ "上年末", "2022-05-20", STOCK, "2021" },
	{ "去年底", "2022-05-20", STOCK, "2021" },
	{ "本月", "2022-05-20", FLOW, "2022M05" },
	{ "上月", "2022-01-20", FLOW, "2021M12" },
	{ "近三年", "2022-05-20", FLOW, "2019..2021" },
	{ "过去三年", "2022-05-20", FLOW, "2019..2021" },
	{ "2019年以来", "2022-05-20", FLOW, "2019..2022M05" },
	{ "2035年", "2022-05-20", FLOW, "2035" },
	{ "2021年12月末", "2022-05-20", STOCK, "2021" },
	{ "截至2021年12月末", "2022-05-20", FLOW, "2021" },
	{ "一月份", "2022-05-20", FLOW, "2022M01" },
	{ "２０２１年", "2022-05-20", FLOW, "2021" },
	{ "“十四五”期间", "2022-05-20", FLOW, "2021..2025" },
	{ "十三五期间", "2022-05-20", FLOW, "2016..2020" },
	/* in sentences: the first period */
	{ "2021年规模以上工业企业增加值增长11.7%", "2022-05-20", FLOW, "2021" },
	{ "今年一季度，全市生产总值同比增长5.7%", "2022-05-20", FLOW, "2022Q1" },
	{ "全市1至4月规模以上工业增加值增长8.4%", "2022-05-20", FLOW, "2022M01-M04" },
	{ "研发投入强度由2018年的1.63%提升至2020年的2.18%", "2022-04-10", FLOW, "2018" },
	{ "全年外贸进出口总额4716.3亿元", "2022-04-10", FLOW, "2021" },
	{ "3月某市CPI同比涨1.3%", "2022-04-10", FLOW, "2022M03" },
	/* not periods */
	{ "增长11.7%", "2022-05-20", FLOW, NULL },
	{ "去年同期", "2022-05-20", FLOW, NULL },
	{ "连续3年", "2022-05-20", FLOW, NULL },
	{ "13万人", "2022-05-20", FLOW, NULL },
	{ "一是", "2022-05-20", FLOW, NULL },
	{ "第一议题", "2022-05-20", FLOW, NULL },
	{ "比2019年同期", "2022-05-20", FLOW, NULL },
	{ "两年平均", "2022-05-20", FLOW, NULL },
	{ "近年来", "2022-05-20", FLOW, "null" },	/* years up to now, how many unsaid */
};

static void check_cases(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		db_date d;
		db_period_match m;
		char tok[DB_PERIOD_TOKEN_MAX];
		const char *got = "(none)";
		const char *t = cases[i].text;
		OK(db_date_parse(cases[i].date, &d) == 0);
		if (db_period_next(t, strlen(t), 0, &d, (db_period_use)cases[i].use, &m)) {
			got = m.has_period ? db_period_format(&m.period, tok) : "null";
			OK(m.start < m.end && m.end <= strlen(t));
		}
		const char *want = cases[i].want ? cases[i].want : "(none)";
		if (strcmp(want, got) != 0)
			fprintf(stderr, "  %s (%s)\n", t, cases[i].date);
		STR_EQ(want, got);
	}
}

static void check_flags(void)
{
	db_date d = { 2022, 5, 20 };
	db_period_match m;
	const char *t = "十四五末";
	OK(db_period_read(t, strlen(t), 0, &d, DB_PERIOD_FOR_FLOW, &m));
	OK(m.plan);
	t = "十三五";
	OK(db_period_read(t, strlen(t), 0, &d, DB_PERIOD_FOR_FLOW, &m));
	OK(!m.plan);
	t = "今年以来";
	OK(db_period_read(t, strlen(t), 0, &d, DB_PERIOD_FOR_FLOW, &m));
	OK(m.cumulative_to_date);
	INT_EQ(strlen(t), m.end);
	t = "全年";
	OK(db_period_read(t, strlen(t), 0, &d, DB_PERIOD_FOR_FLOW, &m));
	OK(m.last_year);
	t = "2021-2022采暖期";
	OK(db_period_read(t, strlen(t), 0, &d, DB_PERIOD_FOR_FLOW, &m));
	OK(!m.has_period);
	INT_EQ(strlen(t), m.end);
	/* 1-3月 and 一季度 are the same period, one spelling */
	db_period_match a, b;
	OK(db_period_read("1-3月", strlen("1-3月"), 0, &d, DB_PERIOD_FOR_FLOW, &a));
	OK(db_period_read("一季度", strlen("一季度"), 0, &d, DB_PERIOD_FOR_FLOW, &b));
	OK(db_period_eq(&a.period, &b.period));
	/* the reader at a position that starts no period */
	t = "增长5.7%";
	OK(!db_period_read(t, strlen(t), 0, &d, DB_PERIOD_FOR_FLOW, &m));
}

/* Periods of a passage, in order. */
static void check_passage(void)
{
	db_date d = { 2022, 5, 20 };
	const char *t = "2021年规模以上工业企业增加值增长9.2%，排全省第二位；今年一季度，全市地区生产"
			"总值增长4.9%，1至4月规模以上工业企业增加值增长8.4%。";
	const char *want[] = { "2021", "2022Q1", "2022M01-M04" };
	size_t pos = 0, k = 0;
	db_period_match m;
	char tok[DB_PERIOD_TOKEN_MAX];
	while (db_period_next(t, strlen(t), pos, &d, DB_PERIOD_FOR_FLOW, &m)) {
		if (k < 3)
			STR_EQ(want[k], db_period_format(&m.period, tok));
		k++;
		pos = m.end;
	}
	INT_EQ(3, k);
}

int main(void)
{
	check_cases();
	check_flags();
	check_passage();
	printf("%zu period cases\n", sizeof cases / sizeof cases[0]);
	DB_TEST_END();
}
