/* test_layout.c - the render stage's pure helpers: nice ticks, number and
 * value labels, rank and slot labels, titles, themes, dates and sizes. */
#include <string.h>

#include "harness.h"
#include "render/render_int.h"

static const char *ticks_str(double lo, double hi, int target)
{
	static char out[512];
	char labels[DB_TICKS_MAX][DB_LABEL_MAX];
	db_ticks t;

	db_nice_ticks(lo, hi, target, &t);
	db_tick_labels(&t, labels);
	out[0] = 0;
	for (size_t i = 0; i < t.n; i++) {
		strcat(out, i ? " " : "");
		strcat(out, labels[i]);
	}
	return out;
}

static const char *num(double v)
{
	static char out[DB_LABEL_MAX];
	return db_number_label(v, 2, out, sizeof(out));
}

static void test_ticks(void)
{
	db_ticks t;

	STR_EQ("0 2 4 6 8 10 12", ticks_str(0, 11.6, 6));
	STR_EQ("0 5 10 15", ticks_str(0, 11.6, 3));
	STR_EQ("−30 −20 −10 0", ticks_str(-25.6, 0, 3));
	STR_EQ("−5 0 5 10 15", ticks_str(-4.1, 12.1, 4));
	STR_EQ("0 0.2 0.4 0.6 0.8 1", ticks_str(0, 1, 5));
	STR_EQ("0 0.001 0.002 0.003 0.004", ticks_str(0, 0.0031, 4));
	STR_EQ("0 0.5万 1万 1.5万", ticks_str(0, 12691.02, 3));
	STR_EQ("0 500亿 1000亿 1500亿", ticks_str(0, 123400000000, 3));
	db_nice_ticks(0, 0, 5, &t);
	OK(t.n >= 2 && t.v[0] == 0 && t.hi > 0);
	db_nice_ticks(0, 3, 5, &t);  /* raw step 0.6 → 1 */
	DBL_EQ(1, t.step);
	db_nice_ticks(0, 3, 8, &t);  /* raw step 0.375 → 0.5 */
	DBL_EQ(0.5, t.step);
	db_nice_ticks(0, 0.3, 3, &t);
	DBL_EQ(0.1, t.step);
	DBL_EQ(0.3, t.v[3]);        /* exact decimal, not 0.30000000000000004 */
	db_nice_ticks(5, 1, 4, &t); /* reversed bounds */
	OK(t.lo <= 1 && t.hi >= 5);
	db_nice_ticks(0, 1e18, 50, &t);
	OK(t.n <= DB_TICKS_MAX);
}

static void test_numbers(void)
{
	STR_EQ("10.9", num(10.9));
	STR_EQ("−4.1", num(-4.1));
	STR_EQ("0", num(-0.0));
	STR_EQ("1.7万", num(17000));
	STR_EQ("1.27万", num(12691.02));
	STR_EQ("5447.1", num(5447.1));
	STR_EQ("1234亿", num(123400000000));
	STR_EQ("1.23亿", num(123400000));
	STR_EQ("−2.5万", num(-25000));
	STR_EQ("0.0012", num(0.0012));
	STR_EQ("1万", num(10000));
}

static void test_value_labels(void)
{
	db_row row = { 0 };
	char out[DB_LABEL_MAX];

	row.has_value = true;
	row.value = 10.9;
	STR_EQ("10.9", db_value_label(&row, out, sizeof(out)));
	row.qualifier = DB_QUAL_APPROX;
	STR_EQ("≈10.9", db_value_label(&row, out, sizeof(out)));
	row.qualifier = DB_QUAL_AT_LEAST;
	row.value = 17000;
	STR_EQ("≥1.7万", db_value_label(&row, out, sizeof(out)));
	row.qualifier = DB_QUAL_AT_MOST;
	row.value = 3;
	STR_EQ("≤3", db_value_label(&row, out, sizeof(out)));
	row.qualifier = DB_QUAL_RANGE;
	row.value = 6;
	row.has_max = true;
	row.max = 7;
	STR_EQ("6–7", db_value_label(&row, out, sizeof(out)));
}

static void test_ranks_and_slots(void)
{
	db_rank r[2] = { { 5, NULL, "全国省会城市", DB_QUAL_EXACT, false },
			 { 1, NULL, "中部城市", DB_QUAL_EXACT, false } };
	db_rank tier = { 0, "第一方阵", "全省", DB_QUAL_EXACT, false };
	db_rank top3 = { 3, NULL, "全省", DB_QUAL_AT_MOST, false };
	db_rank masked = { 0, NULL, "全省", DB_QUAL_EXACT, true };
	db_rank first = { 1, NULL, "全省", DB_QUAL_EXACT, false };
	db_row row = { 0 };
	char out[256];

	STR_EQ("全国省会城市第5、中部城市第1", db_ranks_label(r, 2, out, sizeof(out)));
	STR_EQ("全省第一方阵", db_ranks_label(&tier, 1, out, sizeof(out)));
	STR_EQ("全省前3", db_ranks_label(&top3, 1, out, sizeof(out)));
	STR_EQ("全省排名未公开", db_ranks_label(&masked, 1, out, sizeof(out)));
	STR_EQ("", db_ranks_label(NULL, 0, out, sizeof(out)));

	row.reason = "masked";
	STR_EQ("未公开", db_slot_label(&row, out, sizeof(out)));
	row.reason = "rank_only";
	row.stated_ranks = &first;
	row.nstated = 1;
	STR_EQ("仅排名：全省第1", db_slot_label(&row, out, sizeof(out)));
	row.reason = "not_reported";
	STR_EQ("无数据", db_slot_label(&row, out, sizeof(out)));
	row.reason = NULL;
	row.qualifier = DB_QUAL_MASKED;
	STR_EQ("未公开", db_slot_label(&row, out, sizeof(out)));
}

static void test_titles(void)
{
	db_table t = { 0 };
	char out[256];

	t.name = "规模以上工业增加值";
	t.measure = DB_MEASURE_GROWTH;
	t.basis = "yoy";
	t.has_period = true;
	t.period = db_period_year(2021);
	t.unit = "%";
	STR_EQ("规模以上工业增加值增速（2021年，%）", db_table_title(&t, out, sizeof(out)));
	t.basis = "avg2y";
	STR_EQ("规模以上工业增加值两年平均增速（2021年，%）", db_table_title(&t, out, sizeof(out)));
	t.name = "地区生产总值";
	t.measure = DB_MEASURE_LEVEL;
	t.period = db_period_quarter(2022, 1);
	t.unit = "亿元";
	STR_EQ("地区生产总值（2022年一季度，亿元）", db_table_title(&t, out, sizeof(out)));
	t.status = DB_STATUS_TARGET;
	t.period = db_period_year(2025);
	STR_EQ("地区生产总值目标（2025年，亿元）", db_table_title(&t, out, sizeof(out)));
	t.status = DB_STATUS_ACTUAL;
	t.measure = DB_MEASURE_SHARE;
	t.of = "全省";
	t.unit = "%";
	t.has_period = false;
	STR_EQ("地区生产总值占全省比重（%）", db_table_title(&t, out, sizeof(out)));
}

static void test_theme(void)
{
	db_theme th;
	db_diag d = { 0 };
	const char *good = "{\"colors\":{\"bar\":\"#ff0000\",\"text\":\"#000\"},"
			   "\"font_sizes\":{\"title\":20},\"margins\":{\"left\":30},"
			   "\"bars\":{\"fill\":0.5}}";

	INT_EQ(0, db_theme_parse(&th, good, strlen(good), "t.json", &d));
	DBL_EQ(1, th.bar.r);
	DBL_EQ(0, th.bar.g);
	DBL_EQ(0, th.text.r);
	DBL_EQ(20, th.title_size);
	DBL_EQ(30, th.margin_left);
	DBL_EQ(0.5, th.bar_fill);
	db_theme_default(&th);
	DBL_EQ(1, th.background.r);
	INT_EQ(-1, db_theme_parse(&th, "{\"colours\":{}}", 14, "t.json", &d));
	STR_EQ("theme: unknown key \"colours\"", d.message);
	INT_EQ(-1, db_theme_parse(&th, "{\"colors\":{\"bar\":\"red\"}}", 24, "t.json", &d));
	STR_EQ("theme: colors.bar must be a colour like \"#5b7895\"", d.message);
	INT_EQ(-1, db_theme_parse(&th, "{\"font_sizes\":{\"title\":0}}", 26, "t.json", &d));
	STR_EQ("t.json", d.file);
}

static void test_dates_sizes(void)
{
	char out[32];
	double v = 0;
	db_date dt = { 2022, 9, 30 };
	db_diag d = { 0 };

	STR_EQ("1970-01-01T00:00:00Z", db_format_utc(0, out, sizeof(out)));
	STR_EQ("2022-09-30T00:00:00Z", db_format_utc(db_date_epoch(&dt), out, sizeof(out)));
	STR_EQ("2000-02-29T12:34:56Z", db_format_utc(951827696, out, sizeof(out)));
	INT_EQ(1664496000, db_date_epoch(&dt));
	INT_EQ(0, db_render_parse_size("1600", "a.png", 0, &v, &d));
	DBL_EQ(1600, v);
	INT_EQ(0, db_render_parse_size("72pt", "a.png", 144, &v, &d));
	DBL_EQ(144, v);
	INT_EQ(0, db_render_parse_size("160mm", "a.pdf", 0, &v, &d));
	OK(v > 453.5 && v < 453.6);
	INT_EQ(0, db_render_parse_size("100px", "a.svg", 0, &v, &d));
	DBL_EQ(75, v);
	INT_EQ(-1, db_render_parse_size("12furlongs", "a.pdf", 0, &v, &d));
	INT_EQ(-1, db_render_parse_size("-3", "a.pdf", 0, &v, &d));
}

int main(void)
{
	test_ticks();
	test_numbers();
	test_value_labels();
	test_ranks_and_slots();
	test_titles();
	test_theme();
	test_dates_sizes();
	DB_TEST_END();
}
