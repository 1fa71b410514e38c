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

	db_numstyle ns = { 0, 0, "" };

	db_nice_ticks(lo, hi, target, &t);
	db_tick_labels(&t, &ns, labels);
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
	/* one count of decimals on an axis, the step's */
	STR_EQ("0.0 0.2 0.4 0.6 0.8 1.0", ticks_str(0, 1, 5));
	STR_EQ("0.000 0.001 0.002 0.003 0.004", ticks_str(0, 0.0031, 4));
	STR_EQ("0 5000 10000 15000", ticks_str(0, 12691.02, 3));
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

/* A table of n figures in unit, raw texts optional. */
static void style_of(const char *unit, const double *v, const char *const *raw, size_t n,
		     db_numstyle *ns)
{
	db_row rows[8] = { { 0 } };
	db_table t = { 0 };

	for (size_t i = 0; i < n; i++) {
		rows[i].has_value = true;
		rows[i].value = v[i];
		rows[i].raw = raw ? raw[i] : NULL;
	}
	t.unit = unit;
	t.rows = rows;
	t.nrows = n;
	db_numstyle_of(&t, NULL, ns);
}

static void test_numstyle(void)
{
	static const double gdp[] = { 1334.79, 11600, 5447.1 };
	static const char *const gdp_raw[] = { "1334.79亿元", "1.16万亿元", "5447.1亿元" };
	static const double growth[] = { 7, 11, 6.3 };
	static const char *const growth_raw[] = { "7.0%", "11%", "6.3%" };
	static const double income[] = { 24980, 41237 };
	static const double pcgdp[] = { 125000, 98000 };
	static const char *const pcgdp_raw[] = { "12.5万元", "9.8万元" };
	static const double trillion[] = { 127000, 45000.5 };
	db_numstyle ns;
	char out[DB_LABEL_MAX];

	/* one magnitude: 11600 stays 亿元 beside 1334.79, two decimals for all */
	style_of("亿元", gdp, gdp_raw, 3, &ns);
	STR_EQ("亿元", ns.unit);
	INT_EQ(2, ns.dec);
	STR_EQ("11600.00", db_num(&ns, 11600, out, sizeof(out)));
	STR_EQ("1334.79亿元", db_num_unit(&ns, 1334.79, out, sizeof(out)));
	/* stated precision kept: 7.0 stays 7.0 */
	style_of("%", growth, growth_raw, 3, &ns);
	INT_EQ(1, ns.dec);
	STR_EQ("7.0", db_num(&ns, 7, out, sizeof(out)));
	STR_EQ("−4.1", db_num(&ns, -4.1, out, sizeof(out)));
	STR_EQ("0.0", db_num(&ns, -0.01, out, sizeof(out)));
	/* 24980 元 is not 2.5万 */
	style_of("元", income, NULL, 2, &ns);
	STR_EQ("元", ns.unit);
	STR_EQ("24980", db_num(&ns, 24980, out, sizeof(out)));
	/* six digits step up to 万元, with the decimals stated in 万 */
	style_of("元", pcgdp, pcgdp_raw, 2, &ns);
	STR_EQ("万元", ns.unit);
	STR_EQ("12.5", db_num(&ns, 125000, out, sizeof(out)));
	style_of("亿元", trillion, NULL, 2, &ns);
	STR_EQ("万亿元", ns.unit);
	STR_EQ("12.70", db_num(&ns, 127000, out, sizeof(out)));
	/* units that take no 万: as they are */
	style_of("%", income, NULL, 2, &ns);
	STR_EQ("%", ns.unit);
	STR_EQ("24980", db_num(&ns, 24980, out, sizeof(out)));
	INT_EQ(1, db_stated_decimals(7, "增长7.0%"));
	INT_EQ(-2, db_stated_decimals(11600, "1.16万亿元"));
	INT_EQ(2, db_stated_decimals(0.25, NULL));
	INT_EQ(-10, db_stated_decimals(5e10, NULL));
	INT_EQ(0, db_stated_decimals(0, NULL));
}

static void test_value_labels(void)
{
	db_row row = { 0 };
	char out[DB_LABEL_MAX];
	db_numstyle ns = { 0, 1, "%" };

	row.has_value = true;
	row.value = 10.9;
	STR_EQ("10.9", db_value_label(&row, &ns, out, sizeof(out)));
	row.qualifier = DB_QUAL_APPROX;
	STR_EQ("≈10.9", db_value_label(&row, &ns, out, sizeof(out)));
	row.qualifier = DB_QUAL_AT_LEAST;
	row.value = 17000;
	STR_EQ("≥17000.0", db_value_label(&row, &ns, out, sizeof(out)));
	row.qualifier = DB_QUAL_AT_MOST;
	row.value = 3;
	STR_EQ("≤3.0", db_value_label(&row, &ns, out, sizeof(out)));
	row.qualifier = DB_QUAL_RANGE;
	row.value = 6;
	row.has_max = true;
	row.max = 7;
	ns.dec = 0;
	STR_EQ("6–7", db_value_label(&row, &ns, out, sizeof(out)));
}

/* b emptied, for a function that appends to it. */
static db_buf *fresh(db_buf *b)
{
	db_buf_reset(b);
	return b;
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
	db_buf out = DB_BUF_INIT;

	STR_EQ("全国省会城市第5、中部城市第1", db_ranks_label(r, 2, fresh(&out)));
	STR_EQ("全省第一方阵", db_ranks_label(&tier, 1, fresh(&out)));
	STR_EQ("全省前3", db_ranks_label(&top3, 1, fresh(&out)));
	STR_EQ("全省排名未公开", db_ranks_label(&masked, 1, fresh(&out)));
	STR_EQ("", db_ranks_label(NULL, 0, fresh(&out)));

	row.reason = "masked";
	STR_EQ("未公开", db_slot_label(&row, fresh(&out)));
	row.reason = "rank_only";
	row.stated_ranks = &first;
	row.nstated = 1;
	STR_EQ("仅排名：全省第1", db_slot_label(&row, fresh(&out)));
	row.reason = "not_reported";
	STR_EQ("无数据", db_slot_label(&row, fresh(&out)));
	row.reason = NULL;
	row.qualifier = DB_QUAL_MASKED;
	STR_EQ("未公开", db_slot_label(&row, fresh(&out)));
	db_buf_release(&out);
}

static void test_titles(void)
{
	db_table t = { 0 };
	db_buf out = DB_BUF_INIT;

	t.name = "规模以上工业增加值";
	t.measure = DB_MEASURE_GROWTH;
	t.basis = "yoy";
	t.has_period = true;
	t.period = db_period_year(2021);
	t.unit = "%";
	STR_EQ("规模以上工业增加值增速（2021年，%）", db_table_title(&t, fresh(&out)));
	t.basis = "avg2y";
	STR_EQ("规模以上工业增加值两年平均增速（2021年，%）", db_table_title(&t, fresh(&out)));
	t.name = "地区生产总值";
	t.measure = DB_MEASURE_LEVEL;
	t.period = db_period_quarter(2022, 1);
	t.unit = "亿元";
	STR_EQ("地区生产总值（2022年一季度，亿元）", db_table_title(&t, fresh(&out)));
	t.status = DB_STATUS_TARGET;
	t.period = db_period_year(2025);
	STR_EQ("地区生产总值目标（2025年，亿元）", db_table_title(&t, fresh(&out)));
	t.status = DB_STATUS_ACTUAL;
	t.measure = DB_MEASURE_SHARE;
	t.of = "全省";
	t.unit = "%";
	t.has_period = false;
	STR_EQ("地区生产总值占全省比重（%）", db_table_title(&t, fresh(&out)));
	db_buf_release(&out);
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

/* Text from the input reaches Pango, cairo and the SVG writer whole and
 * clean: any length, valid UTF-8, no control characters. */
static void test_clean(void)
{
	db_buf b = DB_BUF_INIT;

	STR_EQ("三门峡市", db_text_clean("三门峡市", fresh(&b)));
	STR_EQ("a b c\nd e", db_text_clean("a\x01" "b\tc\nd\x7f" "e", fresh(&b)));
	STR_EQ("a \xef\xbf\xbd b", db_text_clean("a \xff b", fresh(&b)));   /* not UTF-8 */
	STR_EQ("a\xef\xbf\xbd\xef\xbf\xbd", db_text_clean("a\xe4\xb8", fresh(&b))); /* cut 一 */
	STR_EQ("x x", db_text_clean("x\xc2\x85x", fresh(&b)));                 /* C1 NEL */
	STR_EQ("市 abc ", db_text_clean("市\xe2\x80\xae" "abc\xe2\x81\xa9", fresh(&b))); /* RLO, PDI */
	STR_EQ("\xef\xbf\xbd\xef\xbf\xbd", db_text_clean("\xef\xbf\xbe\xef\xb7\x90", fresh(&b)));
	/* a joiner sequence and a variation selector are text, not controls */
	STR_EQ("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x9d\xa4\xef\xb8\x8f",
	       db_text_clean("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x9d\xa4\xef\xb8\x8f",
			     fresh(&b)));
	STR_EQ("", db_text_clean(NULL, fresh(&b)));
	db_buf_release(&b);
}

/* Words from the input are never cut: titles and rank lists of any length. */
static void test_long_words(void)
{
	db_buf name = DB_BUF_INIT, out = DB_BUF_INIT;
	db_rank ranks[100];
	db_table t = { 0 };

	for (int i = 0; i < 200; i++)
		db_buf_puts(&name, "规模以上工业增加值");
	t.name = name.data;
	t.measure = DB_MEASURE_GROWTH;
	t.unit = "%";
	db_table_title(&t, &out);
	INT_EQ(name.len + strlen("增速（%）"), out.len);
	STR_EQ("值增速（%）", out.data + out.len - strlen("值增速（%）"));
	for (int i = 0; i < 100; i++)
		ranks[i] = (db_rank){ i + 1, NULL, "全国省会城市", DB_QUAL_EXACT, false };
	db_ranks_label(ranks, 100, fresh(&out));
	OK(g_utf8_validate(out.data, (gssize)out.len, NULL));
	OK(strstr(out.data, "、全国省会城市第100") != NULL);
	db_buf_release(&name);
	db_buf_release(&out);
}

/* db_text_limit: at most N lines, the last ending in "…" when text was
 * left out; text that fits is left alone. */
static void test_limit(void)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new_in(DB_SOURCE_DIR "/fonts", NULL, false, &d);
	PangoContext *pc;
	db_textctx tc;
	PangoLayout *l;
	db_buf b = DB_BUF_INIT;

	OK(f != NULL);
	if (!f)
		return;
	pc = db_fonts_context(f, NULL);
	tc = (db_textctx){ pc, f, db_fonts_family(f), NULL, NULL };
	for (int i = 0; i < 100; i++)
		db_buf_puts(&b, "洛阳市涧西区");
	l = db_text(&tc, b.data, 9.5, false, 0, PANGO_ALIGN_LEFT);
	db_text_limit(l, 120, 3);
	INT_EQ(3, pango_layout_get_line_count(l));
	OK(pango_layout_is_ellipsized(l));
	OK(db_text_width(l) <= 120.01);
	g_object_unref(l);
	l = db_text(&tc, "洛阳市涧西区", 9.5, false, 0, PANGO_ALIGN_LEFT);
	db_text_limit(l, 120, 3);
	INT_EQ(1, pango_layout_get_line_count(l));
	OK(!pango_layout_is_ellipsized(l));
	g_object_unref(l);
	/* what Pango is given is the cleaned text; "?" where no glyph has U+FFFD */
	l = db_text(&tc, "洛阳\x01市\xff\xef\xbf\xbe", 9.5, false, 0, PANGO_ALIGN_LEFT);
	STR_EQ("洛阳 市??", pango_layout_get_text(l));
	g_object_unref(l);
	g_object_unref(pc);
	db_fonts_free(f);
	db_buf_release(&b);
}

/* db_textctx.kept: the same name, phrase or text the same way is the same
 * layout, shaped once; another width, weight or kind is another layout;
 * without kept every call makes its own. */
static void test_kept(void)
{
	db_diag d = { 0 };
	db_fonts *f = db_fonts_new_in(DB_SOURCE_DIR "/fonts", NULL, false, &d);
	PangoContext *pc;
	db_textctx tc;
	PangoLayout *a, *b, *c, *e, *t[3];

	OK(f != NULL);
	if (!f)
		return;
	pc = db_fonts_context(f, NULL);
	tc = (db_textctx){ pc, f, db_fonts_family(f), NULL, db_text_kept_new() };
	a = db_name_text(&tc, "洛阳市涧西区", 9, false, 30, 4, PANGO_ALIGN_LEFT);
	b = db_name_text(&tc, "洛阳市涧西区", 9, false, 30, 4, PANGO_ALIGN_LEFT);
	c = db_name_text(&tc, "洛阳市涧西区", 9, false, 80, 4, PANGO_ALIGN_LEFT);
	e = db_phrase_text(&tc, "洛阳市涧西区", 9, false, 30, 4, PANGO_ALIGN_LEFT);
	OK(a == b);
	OK(a != c && a != e && c != e);
	INT_EQ(2, pango_layout_get_line_count(a));   /* 洛阳市|涧西区 */
	INT_EQ(1, pango_layout_get_line_count(c));
	g_object_unref(b);
	t[0] = db_text_kept(&tc, "洛阳市", 9, true, PANGO_ALIGN_LEFT);
	t[1] = db_text_kept(&tc, "洛阳市", 9, true, PANGO_ALIGN_LEFT);
	t[2] = db_text_kept(&tc, "洛阳市", 9, false, PANGO_ALIGN_LEFT);
	OK(t[0] == t[1] && t[0] != t[2]);
	INT_EQ(5, (int)g_hash_table_size(tc.kept));
	for (int i = 0; i < 3; i++)
		g_object_unref(t[i]);
	g_hash_table_destroy(tc.kept);
	tc.kept = NULL;
	b = db_name_text(&tc, "洛阳市涧西区", 9, false, 30, 4, PANGO_ALIGN_LEFT);
	OK(a != b);
	INT_EQ(2, pango_layout_get_line_count(b));
	g_object_unref(a);
	g_object_unref(b);
	g_object_unref(c);
	g_object_unref(e);
	g_object_unref(pc);
	db_fonts_free(f);
}

int main(void)
{
	test_ticks();
	test_numbers();
	test_numstyle();
	test_value_labels();
	test_ranks_and_slots();
	test_titles();
	test_theme();
	test_dates_sizes();
	test_clean();
	test_long_words();
	test_limit();
	test_kept();
	DB_TEST_END();
}
