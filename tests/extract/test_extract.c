/* test_extract.c - end to end on the five sample reports (examples/): each
 * fact below was checked by reading its sentence; then the rules of issue 4
 * on short texts with their exact expected records. */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/diag.h"
#include "core/json_io.h"
#include "core/period.h"
#include "core/text.h"
#include "extract/extract.h"
#include "harness.h"

static db_catalog cat;
static db_extractor *ex;

static void load(db_records *rs, const char *path, const char *entity, const char *level,
		 const char *date)
{
	db_buf raw = DB_BUF_INIT, text = DB_BUF_INIT;
	const char *enc;
	db_diag d;
	OK(db_buf_read_file(&raw, path) == 0);
	OK(db_decode(raw.data, raw.len, NULL, &text, &enc, path, &d) == 0);
	rs->doc.file = path;
	rs->doc.entity = entity;
	rs->doc.level = level;
	rs->doc.has_date = true;
	db_date_parse(date, &rs->doc.date);
	OK(db_extract_text(ex, db_buf_cstr(&text), text.len, rs, &d) == 0);
	db_buf_release(&raw);
	db_buf_release(&text);
}

static void from_text(db_records *rs, const char *text, const char *entity, const char *date)
{
	db_diag d;
	rs->doc.file = "-";
	rs->doc.entity = entity;
	rs->doc.level = "prefecture";
	rs->doc.has_date = true;
	db_date_parse(date, &rs->doc.date);
	OK(db_extract_text(ex, text, strlen(text), rs, &d) == 0);
}

/* The one record of (entity, metric, measure, period, status); NULL when
 * none or several. period NULL matches a record without a period. */
static const db_record *find(const db_records *rs, const char *entity, const char *metric,
			     const char *measure, const char *period, const char *status)
{
	const db_record *hit = NULL;
	int n = 0;
	for (size_t i = 0; i < rs->len; i++) {
		const db_record *r = &rs->items[i];
		char tok[DB_PERIOD_TOKEN_MAX];
		if (strcmp(r->entity, entity) || !r->metric || strcmp(r->metric, metric) ||
		    strcmp(db_measure_name(r->measure), measure) ||
		    strcmp(db_status_name(r->status), status))
			continue;
		if (period ? !r->has_period || strcmp(db_period_format(&r->period, tok), period)
			   : r->has_period)
			continue;
		hit = r;
		n++;
	}
	if (n != 1)
		fprintf(stderr, "  %d records for %s %s %s %s %s\n", n, entity, metric, measure,
			period ? period : "-", status);
	return n == 1 ? hit : NULL;
}

static int facts;

/* value, unit and (optionally) the first stated rank */
#define FACT(rs, ent, met, meas, per, st, val, unit_, rankpos, scope_)                 \
	do {                                                                           \
		const db_record *r_ = find(rs, ent, met, meas, per, st);               \
		OK(r_ != NULL);                                                        \
		if (r_) {                                                              \
			facts++;                                                       \
			OK(r_->has_value);                                             \
			DBL_EQ(val, r_->value);                                        \
			STR_EQ(unit_, r_->unit);                                       \
			if (rankpos) {                                                 \
				OK(r_->nranks >= 1);                                   \
				if (r_->nranks) {                                      \
					INT_EQ(rankpos, r_->ranks[0].position);        \
					STR_EQ(scope_, r_->ranks[0].scope);            \
				}                                                      \
			} else {                                                       \
				INT_EQ(0, r_->nranks);                                 \
			}                                                              \
		}                                                                      \
	} while (0)

static void sanmenxia(void)
{
	db_records rs = DB_RECORDS_INIT;
	load(&rs, "examples/sanmenxia-2022-05.txt", "三门峡市", "prefecture", "2022-05-20");
	/* last year's above-scale industry growth, first in the province */
	FACT(&rs, "三门峡市", "industrial_va", "growth", "2021", "actual", 10.9, "%", 1, "全省");
	/* the first quarter's GDP growth, third in the province */
	FACT(&rs, "三门峡市", "gdp", "growth", "2022Q1", "actual", 6.2, "%", 3, "全省");
	/* January-April industry growth, still first in the province */
	FACT(&rs, "三门峡市", "industrial_va", "growth", "2022M01-M04", "actual", 9.1, "%", 1, "全省");
	/* last year's trade total with its rank (规模居…) */
	FACT(&rs, "三门峡市", "import_export", "level", "2021", "actual", 271.1, "亿元", 3, "全省");
	/* January-April trade total (进出口贸易总值) with its rank */
	FACT(&rs, "三门峡市", "import_export", "level", "2022M01-M04", "actual", 95.1, "亿元", 3, "全省");
	/* two falls of January-April, petitions and criminal cases */
	FACT(&rs, "三门峡市", "petitions", "growth", "2022M01-M04", "actual", -4.1, "%", 0, NULL);
	FACT(&rs, "三门峡市", "criminal_cases", "growth", "2022M01-M04", "actual", -23.6, "%", 0, NULL);
	/* R&D intensity in the province's 第一梯队 (no period stated) */
	const db_record *r = find(&rs, "三门峡市", "rd_intensity", "level", NULL, "actual");
	OK(r && r->value == 1.92 && r->nranks == 1 && r->ranks[0].tier &&
	   !strcmp(r->ranks[0].tier, "第一梯队"));
	facts += r != NULL;
	/* source: line 1, the clause itself */
	r = find(&rs, "三门峡市", "gdp", "growth", "2022Q1", "actual");
	if (r) {
		INT_EQ(1, r->source.line);
		STR_EQ("全市生产总值同比增长6.2%", r->source.text);
		STR_EQ("yoy", r->basis);
		STR_EQ("6.2%", r->raw);
	}
	/* 完成省定年度目标的…％ is progress, not an indicator */
	for (size_t i = 0; i < rs.len; i++)
		OK(!(rs.items[i].has_value && rs.items[i].value == 52));
	db_records_release(&rs);
}

static void jianxi(void)
{
	db_records rs = DB_RECORDS_INIT;
	load(&rs, "examples/luoyang-jianxi-2022-01.txt", "洛阳市涧西区", "district", "2022-01-15");
	const char *J = "洛阳市涧西区", *G = "洛阳高新区";
	/* the district's GDP level and growth (ranked in the city), industry's growth */
	FACT(&rs, J, "gdp", "level", "2021", "actual", 414, "亿元", 0, NULL);
	FACT(&rs, J, "gdp", "growth", "2021", "actual", 6.3, "%", 2, "全市");
	FACT(&rs, J, "industrial_va", "growth", "2021", "actual", 11.6, "%", 0, NULL);
	FACT(&rs, J, "fai", "growth", "2021", "actual", 11.5, "%", 0, NULL);
	/* 其中工业投资增速… with a rank in the city */
	FACT(&rs, J, "industrial_investment", "growth", "2021", "actual", 45.9, "%", 3, "全市");
	/* retail sales, level and growth, one rank: the rank on the growth */
	FACT(&rs, J, "retail_sales", "level", "2021", "actual", 278, "亿元", 0, NULL);
	FACT(&rs, J, "retail_sales", "growth", "2021", "actual", 9.6, "%", 1, "全市");
	/* the tax share and its rise in points */
	FACT(&rs, J, "tax_share", "level", "2021", "actual", 54.3, "%", 0, NULL);
	FACT(&rs, J, "tax_share", "change_pp", "2021", "actual", 6.4, "百分点", 0, NULL);
	/* the 高新区's GDP, growth and industry growth → 洛阳高新区 */
	FACT(&rs, G, "gdp", "level", "2021", "actual", 284, "亿元", 0, NULL);
	FACT(&rs, G, "gdp", "growth", "2021", "actual", 4.9, "%", 0, NULL);
	FACT(&rs, G, "industrial_va", "growth", "2021", "actual", 10.1, "%", 0, NULL);
	FACT(&rs, G, "retail_sales", "level", "2021", "actual", 53, "亿元", 0, NULL);
	const db_record *r = find(&rs, G, "gdp", "level", "2021", "actual");
	OK(r && !strcmp(r->level, "zone"));
	/* 接近…亿元（含高新）: the composite, approx */
	r = find(&rs, "洛阳市涧西区（含高新）", "gdp", "level", "2021", "actual");
	OK(r && r->value == 700 && r->qualifier == DB_QUAL_APPROX && !strcmp(r->level, "composite"));
	facts += r != NULL;
	/* targets for 2022: GDP level, industry growth */
	FACT(&rs, J, "industrial_va", "growth", "2022", "target", 11, "%", 0, NULL);
	FACT(&rs, J, "rd_intensity", "level", "2022", "target", 5, "%", 0, NULL);
	/* a GDP target for the end of the 十四五 period */
	FACT(&rs, J, "gdp", "level", "2025", "target", 1500, "亿元", 0, NULL);
	/* the unemployment target, 控制在…以内 */
	r = find(&rs, J, "unemployment_rate", "level", "2022", "target");
	OK(r && r->value == 5.5 && r->qualifier == DB_QUAL_AT_MOST);
	/* a national figure (the central government's) is not the district's */
	for (size_t i = 0; i < rs.len; i++)
		OK(!(rs.items[i].has_value && rs.items[i].value == 10000 &&
		     !strcmp(rs.items[i].unit, "亿元")));
	db_records_release(&rs);
}

static void zhengzhou(void)
{
	db_records rs = DB_RECORDS_INIT;
	const char *Z = "郑州市";
	load(&rs, "examples/zhengzhou-2022-04.txt", Z, "prefecture", "2022-04-13");
	/* 由…年的…提升至…年的… → two levels */
	FACT(&rs, Z, "rd_intensity", "level", "2018", "actual", 1.74, "%", 0, NULL);
	FACT(&rs, Z, "rd_intensity", "level", "2020", "actual", 2.31, "%", 0, NULL);
	/* the year's trade, level and growth, two ranks (provincial capitals, central cities) */
	FACT(&rs, Z, "import_export", "level", "2021", "actual", 5892.1, "亿元", 5, "全国省会城市");
	FACT(&rs, Z, "import_export", "growth", "2021", "actual", 19.1, "%", 0, NULL);
	const db_record *r = find(&rs, Z, "import_export", "level", "2021", "actual");
	OK(r && r->nranks == 2 && r->ranks[1].position == 1 && r->ranks[1].scope &&
	   !strcmp(r->ranks[1].scope, "中部城市"));
	/* high-tech firms: added since 2021, their total, its growth */
	r = find(&rs, Z, "high_tech_enterprises", "added", "2021..2022M04", "actual");
	OK(r && r->value == 1212 && !strcmp(r->unit, "家"));
	facts += r != NULL;
	/* a stock counted since 2021: its level is at the date's month */
	r = find(&rs, Z, "high_tech_enterprises", "level", "2022M04", "actual");
	OK(r && r->value == 4130);
	/* the month's CPI growth (2022年3月) */
	r = NULL;
	for (size_t i = 0; i < rs.len; i++)
		if (rs.items[i].metric && !strcmp(rs.items[i].metric, "cpi") &&
		    !strcmp(rs.items[i].label, "居民消费价格") && rs.items[i].value == 0.9)
			r = &rs.items[i];
	OK(r && r->measure == DB_MEASURE_GROWTH && r->has_period && r->period.end_month == 3 &&
	   r->period.start_month == 3 && r->period.end_year == 2022);
	facts += r != NULL;
	db_records_release(&rs);
}

static void heilongjiang(void)
{
	db_records rs = DB_RECORDS_INIT;
	const char *H = "黑龙江某县级市";
	load(&rs, "examples/heilongjiang-county-city-2022-07.txt", H, "county", "2022-07-20");
	/* two labels joined by 、 before one masked rank (位列全**市第一位) → two
	 * rank-only records */
	const char *ids[] = { "gdp", "fai", "agri_output", "retail_sales", "external_funds" };
	const int pos[] = { 1, 1, 2, 3, 3 };
	for (int i = 0; i < 5; i++) {
		const db_record *r = find(&rs, H, ids[i], "level", "2022Q1", "actual");
		OK(r && !r->has_value && r->nranks == 1 && r->ranks[0].position == pos[i]);
		facts += r != NULL;
	}
	db_records_release(&rs);
}

static void luohe(void)
{
	db_records rs = DB_RECORDS_INIT;
	load(&rs, "examples/luohe-2022-09.txt", "漯河市", "prefecture", "2022-09-30");
	/* 营商环境评价居全省第**: a masked rank, no value */
	const db_record *r = find(&rs, "漯河市", "business_environment", "level", NULL, "actual");
	OK(r && !r->has_value && r->nranks == 1 && r->ranks[0].masked);
	/* 城镇新增就业**万人: masked level */
	r = find(&rs, "漯河市", "urban_new_jobs", "level", NULL, "actual");
	OK(r && !r->has_value && r->qualifier == DB_QUAL_MASKED && !strcmp(r->unit, "万人"));
	/* **食品工业增加值 is not 工业增加值 (all industry) */
	for (size_t i = 0; i < rs.len; i++)
		OK(!rs.items[i].metric || strcmp(rs.items[i].metric, "total_industry_va"));
	db_records_release(&rs);
}

/* Rules on short texts. */
static void rules(void)
{
	db_records rs = DB_RECORDS_INIT;
	const db_record *r;

	/* distributive lists pair in order, ranks too */
	from_text(&rs, "2021年，规上工业增加值、固定资产投资、社会消费品零售总额分别增长8%、6.8%、8%，"
		       "居全省第4、第5、第5位。", "某市", "2022-03-01");
	r = find(&rs, "某市", "industrial_va", "growth", "2021", "actual");
	OK(r && r->value == 8 && r->nranks == 1 && r->ranks[0].position == 4);
	r = find(&rs, "某市", "fai", "growth", "2021", "actual");
	OK(r && r->value == 6.8 && r->nranks == 1 && r->ranks[0].position == 5);
	r = find(&rs, "某市", "retail_sales", "growth", "2021", "actual");
	OK(r && r->value == 8 && r->nranks == 1 && r->ranks[0].position == 5);
	INT_EQ(3, rs.len);
	db_records_release(&rs);
	rs = (db_records)DB_RECORDS_INIT;

	/* a period carries over within a paragraph, not into the next one */
	from_text(&rs, "今年一季度，全市生产总值同比增长5.7%。规上工业增加值增长8%。\n"
		       "固定资产投资增长5%。", "某市", "2022-05-20");
	OK(find(&rs, "某市", "gdp", "growth", "2022Q1", "actual") != NULL);
	OK(find(&rs, "某市", "industrial_va", "growth", "2022Q1", "actual") != NULL);
	OK(find(&rs, "某市", "fai", "growth", NULL, "actual") != NULL);
	db_records_release(&rs);
	rs = (db_records)DB_RECORDS_INIT;

	/* 万元 converted to the catalog's 亿元; 亿美元 kept */
	from_text(&rs, "2021年全市社会消费品零售总额1234500万元。实际利用外资3.2亿美元。", "某市",
		  "2022-03-01");
	r = find(&rs, "某市", "retail_sales", "level", "2021", "actual");
	OK(r && r->value == 123.45 && !strcmp(r->unit, "亿元"));
	r = find(&rs, "某市", "foreign_investment", "level", "2021", "actual");
	OK(r && r->value == 3.2 && !strcmp(r->unit, "亿美元"));
	db_records_release(&rs);
	rs = (db_records)DB_RECORDS_INIT;

	/* gap and share */
	from_text(&rs, "2021年全市规上工业增加值增速高于全省2.1个百分点；物流企业总量占全省55%。",
		  "某市", "2022-03-01");
	(void)r;
	OK(rs.len >= 1);
	for (size_t i = 0; i < rs.len; i++)
		if (rs.items[i].measure == DB_MEASURE_GAP_PP) {
			DBL_EQ(2.1, rs.items[i].value);
			STR_EQ("全省", rs.items[i].vs);
			STR_EQ("industrial_va", rs.items[i].metric);
		}
	db_records_release(&rs);
	rs = (db_records)DB_RECORDS_INIT;

	/* unknown metric words: metric null, label kept */
	from_text(&rs, "2021年全市脱贫户家庭经营性收入同比增长10.13%。", "某市", "2022-03-01");
	INT_EQ(1, rs.len);
	if (rs.len) {
		OK(rs.items[0].metric == NULL);
		STR_EQ("脱贫户家庭经营性收入", rs.items[0].label);
		DBL_EQ(10.13, rs.items[0].value);
	}
	db_records_release(&rs);
}

/* run-on text: every source.text is bounded, cut at characters with …, and
 * its offset, line and column name where the kept text begins */
static void bounds(void)
{
	db_buf text = DB_BUF_INIT;
	for (int i = 0; i < 400; i++)
		db_buf_puts(&text, i % 7 ? "生产总值增长10%" : "生产\n总值增长10%");
	db_records rs = DB_RECORDS_INIT;
	from_text(&rs, db_buf_cstr(&text), "某市", "2022-03-01");
	OK(rs.len > 300);
	size_t cut = 0;
	for (size_t i = 0; i < rs.len; i++) {
		const db_record *r = &rs.items[i];
		const char *s = r->source.text;
		size_t n = strlen(s);
		OK(n <= 300 + 2 * strlen("…"));
		bool head = !strncmp(s, "…", 3);
		cut += head;
		const char *kept = s + (head ? 3 : 0);
		OK(!strncmp(kept, db_buf_cstr(&text) + r->source.offset, 3));
		int l, c;
		db_line_col(db_buf_cstr(&text), text.len, r->source.offset, &l, &c);
		INT_EQ(l, r->source.line);
		INT_EQ(c, r->source.column);
		OK(db_utf8_invalid_at(s, n) == n);
	}
	OK(cut > 0);
	db_records_release(&rs);
	db_buf_release(&text);
}

/* A text handed over as scratch: the same records as from a text left
 * as it is, its tables blanked in it (line breaks kept, nothing else). */
static void scratch(void)
{
	static const char text[] =
		"全年全市生产总值2105.3亿元，比上年增长4.8%。\n"
		"2022年全市主要经济指标\n"
		"指标 | 单位 | 绝对数 | 比上年增长(%)\n"
		"地区生产总值 | 亿元 | 2105.3 | 4.8\n"
		"社会消费品零售总额 | 亿元 | 903.6 | -1.7\n"
		"一般公共预算收入 | 亿元 | 131.2 | 3.9\n"
		"\n"
		"全年全市粮食总产量187.4万吨，比上年增长0.6%。\n";
	db_buf a = DB_BUF_INIT, b = DB_BUF_INIT;
	db_records r1 = DB_RECORDS_INIT, r2 = DB_RECORDS_INIT;
	db_diag d;

	for (db_records *rs = &r1; rs; rs = rs == &r1 ? &r2 : NULL) {
		rs->doc.file = "-";
		rs->doc.entity = "某市";
		rs->doc.has_date = true;
		db_date_parse("2023-03-01", &rs->doc.date);
	}
	OK(db_extract_text(ex, text, strlen(text), &r1, &d) == 0);
	char *copy = db_xstrdup(text);
	OK(db_extract_scratch(ex, copy, strlen(text), &r2, &d) == 0);
	db_records_write_json(&r1, &a);
	db_records_write_json(&r2, &b);
	OK(r1.len >= 8 && a.len == b.len && !memcmp(a.data, b.data, a.len));
	bool blanked = false, kept = true;
	for (size_t i = 0; i < strlen(text); i++) {
		blanked |= copy[i] != text[i];
		kept &= copy[i] == text[i] || (copy[i] == ' ' && text[i] != '\n');
	}
	OK(blanked && kept);
	OK(strstr(copy, "比上年增长0.6%") && !strstr(copy, "903.6"));
	free(copy);
	db_records_release(&r1);
	db_records_release(&r2);
	db_buf_release(&a);
	db_buf_release(&b);
}

/* A text read without its glosses and stray spaces, left out of the text
 * itself: every record (prose and table rows, on lines after what was
 * left out and on lines of it, a row's after its ｜ or indent, which the
 * walk saw blanked) stands where the text as given has it. */
static void placed(void)
{
	static const char text[] =
		"全县生产(chǎn)总值(zhí)31.5亿元，增 长6%；全年全市粮 食总产量18.4万吨，增长0.6%。\n"
		"2022年全县主要经济指标\n"
		"｜指标｜单位｜绝对数｜比上年增长(%)｜\n"
		"｜地区生产总值｜亿元｜31.5｜6.0｜\n"
		"　　社会消费品零售总额 | 亿元 | 9.6 | -1.7\n"
		"\n"
		"工业(yè)增加值10.2亿元，比 上 年增长5.1%，规模以上工 业增加值增长7.3%。\n";
	db_records rs = DB_RECORDS_INIT;
	from_text(&rs, text, "某县", "2023-03-01");
	size_t table = 0, after = 0;
	for (size_t i = 0; i < rs.len; i++) {
		const db_record *r = &rs.items[i];
		int l, c;
		OK(r->source.offset < strlen(text));
		OK(((unsigned char)text[r->source.offset] & 0xC0) != 0x80);
		db_line_col(text, strlen(text), r->source.offset, &l, &c);
		INT_EQ(l, r->source.line);
		INT_EQ(c, r->source.column);
		table += l >= 3 && l <= 5;
		after += l == 7;
	}
	OK(rs.len >= 6 && table >= 2 && after >= 2);
	db_records_release(&rs);
}

int main(void)
{
	db_diag d;
	OK(db_catalog_load_default(&cat, &d) == 0);
	ex = db_extractor_new(&cat, &d);
	OK(ex != NULL);
	sanmenxia();
	jianxi();
	zhengzhou();
	heilongjiang();
	luohe();
	scratch();
	placed();
	fprintf(stderr, "%d facts checked against the sample reports\n", facts);
	OK(facts >= 15);
	rules();
	bounds();
	db_extractor_free(ex);
	db_catalog_release(&cat);
	DB_TEST_END();
}
