/* test_rules.c - the extraction rules, each on short texts written the way
 * municipal reports write them, with the exact records expected: every
 * record of the text, in order, one line each. The texts are the tests' own
 * (the real reports they stand for are scored by tests/corpus). */
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/numfmt.h"
#include "core/period.h"
#include "extract/extract.h"
#include "expect.h"
#include "harness.h"

static db_catalog cat;
static db_extractor *ex;

/* entity metric measure value unit qualifier period basis/of/vs status ranks */
static void line_of(const db_record *r, db_buf *b)
{
	char n[DB_NUMFMT_MAX], tok[DB_PERIOD_TOKEN_MAX];
	db_buf_printf(b, "%s %s %s %s %s %s %s %s %s", r->entity, r->metric ? r->metric : "~",
		      db_measure_name(r->measure), r->has_value ? db_numfmt(r->value, n) : "null",
		      r->unit ? r->unit : "-", db_qualifier_name(r->qualifier),
		      r->has_period ? db_period_format(&r->period, tok) : "-",
		      r->basis ? r->basis : r->of ? r->of : r->vs ? r->vs : "-",
		      db_status_name(r->status));
	for (size_t i = 0; i < r->nranks; i++) {
		const db_rank *k = &r->ranks[i];
		db_buf_putc(b, i ? ',' : ' ');
		if (k->masked)
			db_buf_puts(b, "**");
		else if (k->tier)
			db_buf_puts(b, k->tier);
		else
			db_buf_printf(b, "%s%d", k->qualifier == DB_QUAL_AT_MOST ? "<=" : "", k->position);
		db_buf_printf(b, "@%s", k->scope ? k->scope : "-");
	}
	db_buf_putc(b, '\n');
}

static void expect(const char *date, const char *level, const char *text, const char *want)
{
	expect_records(ex, line_of, NULL, date, level, text, want);
}

/* The same for a document of a given kind (gwr, targets, bulletin, news, plan). */
static void expect_kind(const char *kind, const char *date, const char *level, const char *text,
			const char *want)
{
	expect_records(ex, line_of, kind, date, level, text, want);
}

#define CITY "prefecture"

static void ranks(void)
{
	/* one rank on the level, one on the growth, in the order of the words */
	expect("2022-03-01", CITY,
	       "2021年，全市社会消费品零售总额287亿元，增长9.7%，规模、增速分别位居全省第4位和第3位。",
	       "某市 retail_sales level 287 亿元 exact 2021 - actual 4@全省\n"
	       "某市 retail_sales growth 9.7 % exact 2021 yoy actual 3@全省\n");
	expect("2022-03-01", CITY,
	       "2021年，全市社会消费品零售总额281亿元，增长9.1%，总量和增速分别居全省第4、3位。",
	       "某市 retail_sales level 281 亿元 exact 2021 - actual 4@全省\n"
	       "某市 retail_sales growth 9.1 % exact 2021 yoy actual 3@全省\n");
	/* an ellipsis (…, ……) right after the rank ends its clause as 。 does */
	expect("2023-11-10", "district",
	       "前三季度，全区规上工业增加值增长9.3%，连续两年保持全市第一……",
	       "某市 industrial_va growth 9.3 % exact 2023M01-M09 yoy actual 1@全市\n");
	/* a sentence that opens with a measure's word (产值总量, 增速) ranks
	 * the figure of the sentence before; one that names its own metric
	 * does not */
	expect("2022-04-20", "county",
	       "一季度，全县农林牧渔业总产值8737万元，增长1.4%。产值总量位于全市第一位，"
	       "产值增速位于全市第六位。",
	       "某市 agri_output level 0.8737 亿元 exact 2022Q1 - actual 1@全市\n"
	       "某市 agri_output growth 1.4 % exact 2022Q1 yoy actual 6@全市\n");
	/* 分居 (分别居) with no words of the measures: the metric's figures
	 * just read, in order */
	expect("2024-03-01", CITY,
	       "2023年，一般公共预算收入216.6亿元，增长6.1%，分居全省第4、第3位。"
	       "地区生产总值3318.6亿元，增长1.9%，分别居全省第4位和第10位。",
	       "某市 budget_revenue level 216.6 亿元 exact 2023 - actual 4@全省\n"
	       "某市 budget_revenue growth 6.1 % exact 2023 yoy actual 3@全省\n"
	       "某市 gdp level 3318.6 亿元 exact 2023 - actual 4@全省\n"
	       "某市 gdp growth 1.9 % exact 2023 yoy actual 10@全省\n");
	/* …and after one figure each of as many metrics, those figures in
	 * order, the scope also after 分别在 */
	expect("2023-03-01", CITY,
	       "2022年，全市城镇居民人均可支配收入58210元，农村居民人均可支配收入31406元，"
	       "分别居全省第四和第二。工业增加值1240.5亿元，一般公共预算收入96.2亿元，"
	       "分别在11个沿海城市中居第7位、第5位。",
	       "某市 urban_income level 58210 元 exact 2022 - actual 4@全省\n"
	       "某市 rural_income level 31406 元 exact 2022 - actual 2@全省\n"
	       "某市 total_industry_va level 1240.5 亿元 exact 2022 - actual 7@11个沿海城市\n"
	       "某市 budget_revenue level 96.2 亿元 exact 2022 - actual 5@11个沿海城市\n");
	/* a scope that counts its places keeps its count when a scope head
	 * opening with 中 follows it (在12个中部城市中: that 中 is no 在…中),
	 * in a 分别 list, in a clause of its own (whose count is then no
	 * figure) and in a frame clause before the rank */
	expect("2024-02-01", CITY,
	       "2023年，全市工业增加值980.4亿元，一般公共预算收入77.5亿元，"
	       "分别在12个中部城市中居第6位、第2位。",
	       "某市 total_industry_va level 980.4 亿元 exact 2023 - actual 6@12个中部城市\n"
	       "某市 budget_revenue level 77.5 亿元 exact 2023 - actual 2@12个中部城市\n");
	expect("2024-02-01", CITY,
	       "2023年，全市城镇居民人均可支配收入46210元，在12个中部城市中居第4位。",
	       "某市 urban_income level 46210 元 exact 2023 - actual 4@12个中部城市\n");
	expect("2024-02-01", CITY,
	       "2023年，全市城镇居民人均可支配收入46210元，居12个中部城市第4位。",
	       "某市 urban_income level 46210 元 exact 2023 - actual 4@12个中部城市\n");
	expect("2024-02-01", CITY,
	       "2023年，在10个中部城市中，全市社会消费品零售总额增长8.1%，居第3位。",
	       "某市 retail_sales growth 8.1 % exact 2023 yoy actual 3@10个中部城市\n");
	/* a rank after a gap (no figure of the growth) is the gap's; verbs
	 * may stand between the scope and the rank; the exact level, not the
	 * threshold it passed, takes a 总量 rank */
	expect("2023-01-19", "province",
	       "2022年，第一产业增加值增速高于全国1.6个百分点，居全国第2位。",
	       "某市 primary_industry_va gap_pp 1.6 百分点 exact 2022 全国 actual 2@全国\n");
	expect("2023-01-10", "county",
	       "2022年，地区生产总值达到513.9亿元，首次突破500亿元大关，"
	       "总量在全省90个县(市)中继续排名第一。",
	       "某市 gdp level 513.9 亿元 exact 2022 - actual 1@全省90个县(市)\n"
	       "某市 gdp level 500 亿元 at_least 2022 - actual\n");
	/* names the catalog lacks in a list before a rank take no record */
	expect("2022-11-20", "district",
	       "1-8月份，房地产开发投资、工业技改投资增速全市排名第4。",
	       "某市 real_estate_investment growth null - exact 2022M01-M08 yoy actual 4@全市\n");
	/* …also after the last known name's rate word (A增速和B均列…): that
	 * name ranks by its rate */
	expect("2024-01-20", "prefecture",
	       "2023年，全市外贸进出口增速和合同履约进度均列全省第三位。",
	       "某市 import_export growth null - exact 2023 yoy actual 3@全省\n");
	/* how many places a rank moved (较上月前移2位, 晋升1位, 前移3个位次) is
	 * no figure, and its words no label of the figures after it */
	expect("2018-10-20", "prefecture",
	       "1-9月，全市固定资产投资620.5亿元，较上月前移2位，同比增长9.4%。",
	       "某市 fai level 620.5 亿元 exact 2018M01-M09 - actual\n"
	       "某市 fai growth 9.4 % exact 2018M01-M09 yoy actual\n");
	expect("2018-10-20", "prefecture",
	       "1-9月，全市固定资产投资620.5亿元，比上月晋升3个位次，同比增长9.4%。",
	       "某市 fai level 620.5 亿元 exact 2018M01-M09 - actual\n"
	       "某市 fai growth 9.4 % exact 2018M01-M09 yoy actual\n");
	/* a rank held (居全市第4位、与上季度持平) is no growth of nought, and its
	 * comparison no label of the bare growth after it */
	expect_kind("speech", "2023-07-20", "county",
		    "1—6月，省外到位资金18.3亿元，总量居全市第4位、与上季度持平，增长11.2%、居全市第6位。",
		    "某市 external_funds level 18.3 亿元 exact 2023H1 - actual 4@全市\n"
		    "某市 external_funds growth 11.2 % exact 2023H1 yoy actual 6@全市\n");
	expect("2023-07-20", "county", "1—6月，规上工业增加值增长3.1%，增速与上季度持平。",
	       "某市 industrial_va growth 3.1 % exact 2023H1 yoy actual\n");
	/* the rank named again before its comparison (位次与上月持平): still
	 * the rank held */
	expect("2023-10-20", CITY,
	       "1-9月，全市固定资产投资增长6.4%，居全省第9位，位次与上月持平。",
	       "某市 fai growth 6.4 % exact 2023M01-M09 yoy actual 9@全省\n");
	/* by how much a figure leads another place (超宜宾15.2亿元) is no
	 * figure of the place's own */
	expect("2018-10-20", "prefecture",
	       "1-9月，全市地区生产总值820.3亿元，超宜宾15.2亿元，同比增长6.1%。",
	       "某市 gdp level 820.3 亿元 exact 2018M01-M09 - actual\n"
	       "某市 gdp growth 6.1 % exact 2018M01-M09 yoy actual\n");
	/* a count of the names before their rate word (三项增速) is no figure:
	 * the gaps after 分别 pair with the names in order */
	expect("2024-01-20", "prefecture",
	       "2023年，全市出口、进口、进出口三项增速分别高于全省平均水平4.5、8.1、6.2个百分点。",
	       "某市 exports gap_pp 4.5 百分点 exact 2023 全省平均 actual\n"
	       "某市 imports gap_pp 8.1 百分点 exact 2023 全省平均 actual\n"
	       "某市 import_export gap_pp 6.2 百分点 exact 2023 全省平均 actual\n");
	/* 去年以来 in a January text is the year before (no month of the new
	 * year has figures yet); later in the year, a span to the date */
	expect("2024-01-18", "prefecture",
	       "去年以来，全市外贸工作稳中有进，全市外贸进出口总额实现52.3亿元，同比增长6.4%。",
	       "某市 import_export level 52.3 亿元 exact 2023 - actual\n"
	       "某市 import_export growth 6.4 % exact 2023 yoy actual\n");
	expect("2024-05-18", "prefecture",
	       "去年以来，全市外贸进出口总额实现52.3亿元。",
	       "某市 import_export level 52.3 亿元 exact 2023..2024M05 - actual\n");
	/* the firms a city holds directly (市直规模以上工业企业) are a part */
	expect("2024-07-20", "prefecture", "上半年，市直规模以上工业企业达35户，比上年同期增加4户。", "");
	/* a lead-in that names something else ranks that, not the figure */
	expect("2023-01-10", "county", "2022年，社会消费品零售总额完成59.9亿元，综合实力稳居全省第一方阵。",
	       "某市 retail_sales level 59.9 亿元 exact 2022 - actual\n");
	expect("2023-01-10", "county", "2022年，社会消费品零售总额完成58.2亿元，连续稳居全省第一方阵。",
	       "某市 retail_sales level 58.2 亿元 exact 2022 - actual 第一方阵@全省\n");
	/* 均 in a clause of its own ranks every growth of the part */
	expect("2014-07-25", "province",
	       "今年上半年，固定资产投资增长27.8%、建筑业增加值增长29.3%，均排名全国第1；"
	       "规模以上工业增加值增长12.8%，排名全国第6。",
	       "某市 fai growth 27.8 % exact 2014H1 yoy actual 1@全国\n"
	       "某市 construction_va growth 29.3 % exact 2014H1 yoy actual 1@全国\n"
	       "某市 industrial_va growth 12.8 % exact 2014H1 yoy actual 6@全国\n");
	/* a label right before 排名 is what is ranked; a frame clause (在…
	 * 评价中) names what the next clause ranks */
	expect_kind("evaluation", "2023-05-20", "county",
		    "2022年，某县营商环境评价排名全省第3。",
		    "某市 business_environment level null - exact 2022 - actual 3@全省\n");
	expect_kind("evaluation", "2023-05-20", "county",
		    "在2022年度全省营商环境评价中，某县位列全省县域第二。",
		    "某市 business_environment level null - exact 2022 - actual 2@全省县域\n");
	/* N强 in digits after 进入 is at most N, as 前N强; the rank after
	 * the move that follows is the same figure's, in its own scope */
	expect_kind("news", "2024-01-10", "county",
		    "2023年，某县营商环境评价进入全省30强，前进17位，全市第二。",
		    "某市 business_environment level null - exact 2023 - actual <=30@全省,2@全市\n");
	/* 存贷余额: the deposits then the loans */
	expect("2014-07-25", "province", "今年上半年，金融机构存贷余额增长21%和23%，分别排名全国第3和第4。",
	       "某市 deposits growth 21 % exact 2014M06 yoy actual 3@全国\n"
	       "某市 loans growth 23 % exact 2014M06 yoy actual 4@全国\n");
	/* a report's paragraphs joined into one line by runs of spaces: each
	 * paragraph is still prose, its single spaces dropped (同 比增长) */
	expect("2022-01-20", "county",
	       "各位代表：   一、2021年工作回顾   过去一年，全县地区生产总值完成88.3亿元，同 比增长6.2%；"
	       "一般公共预算收入5.1亿元，增长4.4%。",
	       "某市 gdp level 88.3 亿元 exact 2021 - actual\n"
	       "某市 gdp growth 6.2 % exact 2021 yoy actual\n"
	       "某市 budget_revenue level 5.1 亿元 exact 2021 - actual\n"
	       "某市 budget_revenue growth 4.4 % exact 2021 yoy actual\n");
	/* 社会消费品零售 with no 总额 or 额 is still the retail sales; 限额以上
	 * before it still names a part */
	expect("2020-05-10", "county",
	       "2019年，全县社会消费品零售41.6亿元，比增7.9%；限额以上社会消费品零售增长10.2%。",
	       "某市 retail_sales level 41.6 亿元 exact 2019 - actual\n"
	       "某市 retail_sales growth 7.9 % exact 2019 yoy actual\n"
	       "某市 ~ growth 10.2 % exact 2019 yoy actual\n");
	/* 其中：… a list of parts whose last says 增幅均排名…: every rate of the
	 * list, not only the last part's; without 其中 the part's own only */
	expect("2021-02-10", "county",
	       "2020年，财政收入实现两个全市第一，其中：税收收入12.3亿元，增长9.5%；"
	       "一般公共预算收入8.8亿元，增长6.1%，增幅均排名全市第一。",
	       "某市 tax_revenue level 12.3 亿元 exact 2020 - actual\n"
	       "某市 tax_revenue growth 9.5 % exact 2020 yoy actual 1@全市\n"
	       "某市 budget_revenue level 8.8 亿元 exact 2020 - actual\n"
	       "某市 budget_revenue growth 6.1 % exact 2020 yoy actual 1@全市\n");
	expect("2021-02-10", "county",
	       "2020年，税收收入12.3亿元，增长9.5%；"
	       "一般公共预算收入8.8亿元，增长6.1%，增幅均排名全市第一。",
	       "某市 tax_revenue level 12.3 亿元 exact 2020 - actual\n"
	       "某市 tax_revenue growth 9.5 % exact 2020 yoy actual\n"
	       "某市 budget_revenue level 8.8 亿元 exact 2020 - actual\n"
	       "某市 budget_revenue growth 6.1 % exact 2020 yoy actual 1@全市\n");
	/* 存贷款 with no 余额 (各项存贷款金额增长a%、b%): the same pair */
	expect("2022-02-15", "county",
	       "2021年，全县城镇居民人均可支配收入41200元，增长6.1%；金融机构各项存贷款金额增长18.2%、22.4%，增速分别居全市第二、第一。",
	       "某市 urban_income level 41200 元 exact 2021 - actual\n"
	       "某市 urban_income growth 6.1 % exact 2021 yoy actual\n"
	       "某市 deposits growth 18.2 % exact 2021 yoy actual 2@全市\n"
	       "某市 loans growth 22.4 % exact 2021 yoy actual 1@全市\n");
	/* a rank in brackets right after a rank (第2位（全省第9位）) is a second
	 * rank of the same figure, with or without 位 after the first */
	expect("2025-02-20", "county",
	       "2024年，全县税收收入8.7亿元，增长6.9%，增速居全市第2位（全省第9位）；"
	       "规上工业增加值增长7.2%，增速居全市第三（全省第12）。",
	       "某市 tax_revenue level 8.7 亿元 exact 2024 - actual\n"
	       "某市 tax_revenue growth 6.9 % exact 2024 yoy actual 2@全市,9@全省\n"
	       "某市 industrial_va growth 7.2 % exact 2024 yoy actual 3@全市,12@全省\n");
	expect("2025-02-20", "county",
	       "2024年，全县规上工业增加值增长7.1%，增速居全市第二（仅次于东城区）。",
	       "某市 industrial_va growth 7.1 % exact 2024 yoy actual 2@全市\n");
	/* the same rank said again (连续N个月保持全市第一) is one rank */
	expect("2024-09-20", "county",
	       "1-8月，全县规上工业增加值增长17.4%，增速排名全市第1，连续4个月保持全市第一。",
	       "某市 industrial_va growth 17.4 % exact 2024M01-M08 yoy actual 1@全市\n");
	/* a rank a move starts from (由一季度全市第7位上升至第3位) is no rank
	 * of the figure; the rank reached keeps its scope; a period before
	 * 的 (由一季度的第7位) is no scope */
	expect("2024-07-26", "county",
	       "上半年，全县固定资产投资增长6.2%，增速由一季度全市第7位上升至第3位。",
	       "某市 fai growth 6.2 % exact 2024H1 yoy actual 3@全市\n");
	expect("2024-07-26", "county",
	       "上半年，全县固定资产投资增长6.1%，增速排名由一季度的全市第7位前移至第3位。",
	       "某市 fai growth 6.1 % exact 2024H1 yoy actual 3@全市\n");
	expect("2024-07-26", "county",
	       "上半年，全县固定资产投资增长6.8%，增速排名由一季度的第7位前移至第3位。",
	       "某市 fai growth 6.8 % exact 2024H1 yoy actual 3@-\n");
	/* 增速分别排… after the growths of two metrics: one position each, in
	 * order */
	expect("2024-04-25", "county",
	       "一季度，全县城镇居民人均可支配收入11020元，增长4.6%，农村居民人均可支配收入"
	       "5230元，增长7.2%，增速分别排全市第4位和第1位。",
	       "某市 urban_income level 11020 元 exact 2024Q1 - actual\n"
	       "某市 urban_income growth 4.6 % exact 2024Q1 yoy actual 4@全市\n"
	       "某市 rural_income level 5230 元 exact 2024Q1 - actual\n"
	       "某市 rural_income growth 7.2 % exact 2024Q1 yoy actual 1@全市\n");
	/* 雄踞 and 蝉联 are rank verbs; a scope may count its places (六县市) */
	expect("2025-04-25", "county",
	       "一季度，全县规上工业增加值增长8%，六县市排名第五；固定资产投资增长9%，连续三年雄踞全市第一。",
	       "某市 industrial_va growth 8 % exact 2025Q1 yoy actual 5@六县市\n"
	       "某市 fai growth 9 % exact 2025Q1 yoy actual 1@全市\n");
	/* 均 in a clause of its own ranks levels and shares of the part too;
	 * a second scope that counts its places (四区第一) */
	expect("2024-01-20", "county",
	       "2023年，税收收入增长14.6%，税比72.8%，均居全市6县市第1位；"
	       "地区生产总值增长7.1%，居全市第二，四区第一。",
	       "某市 tax_revenue growth 14.6 % exact 2023 yoy actual 1@全市6县市\n"
	       "某市 tax_share level 72.8 % exact 2023 - actual 1@全市6县市\n"
	       "某市 gdp growth 7.1 % exact 2023 yoy actual 2@全市,1@四区\n");
	/* 经济总量和增速分别居…: the measures named, though 经济总量 is a label */
	expect("2023-03-20", "county",
	       "2022年实现地区生产总值1386.47亿元、增长6.1%，经济总量和增速分别居全市第3位、第1位。",
	       "某市 gdp level 1386.47 亿元 exact 2022 - actual 3@全市\n"
	       "某市 gdp growth 6.1 % exact 2022 yoy actual 1@全市\n");
	/* 规模和增速均居…: the one rank (or tier) for each measure named */
	expect("2023-03-20", "county",
	       "2022年实现地区生产总值1386.47亿元、增长6.1%，规模和增速均居全市第一方阵。",
	       "某市 gdp level 1386.47 亿元 exact 2022 - actual 第一方阵@全市\n"
	       "某市 gdp growth 6.1 % exact 2022 yoy actual 第一方阵@全市\n");
	/* a lead-in of measure words only may be long (两年平均增速居…); 数量均居
	 * ranks every count of the part */
	expect("2023-07-20", "county",
	       "上半年，全县地区生产总值增长8%；两年平均增长7.0%，两年平均增速居全市第2。"
	       "全区高新技术企业40家，科技型中小企业276家，数量均居全市6县市第一。",
	       "某市 gdp growth 8 % exact 2023H1 yoy actual\n"
	       "某市 gdp growth 7 % exact 2023H1 avg2y actual 2@全市\n"
	       "某市 high_tech_enterprises level 40 家 exact 2023M06 - actual 1@全市6县市\n"
	       "某市 tech_smes level 276 家 exact 2023M06 - actual 1@全市6县市\n");
	/* 同比 before the rate's word keeps the rank the growth's (同比增速居…),
	 * after a gap too */
	expect("2023-06-20", CITY,
	       "1—5月，全市进出口总额312亿元，同比增长8.2%，高于全省1.1个百分点，同比增速居全省第6位。",
	       "某市 import_export level 312 亿元 exact 2023M01-M05 - actual\n"
	       "某市 import_export growth 8.2 % exact 2023M01-M05 yoy actual 6@全省\n"
	       "某市 import_export gap_pp 1.1 百分点 exact 2023M01-M05 全省 actual\n");
	/* a page's date line is a line of its own; the frame's place holds a
	 * group scope (城区组 → 全省城区组); 成功跻身 ranks the same record */
	expect_kind("evaluation", "2023-03-03", "district",
		    "发布时间:2023-03-03\n在2022年全省营商环境评价中,该区位列城区组第17名,"
		    "较2021年跃升19个位次,成功跻身全省第二方阵。",
		    "某市 business_environment level null - exact 2022 - actual "
		    "17@全省城区组,第二方阵@全省\n");
	/* 领跑 a scope and its places (全省各区县): first in them */
	expect_kind("plan", "2025-01-15", "district",
		    "2024年，全区地区生产总值增长5.1%，增速领跑全市各县（市、区）。经济总量持续领跑全省各区县。",
		    "某市 gdp growth 5.1 % exact 2024 yoy actual 1@全市各县（市、区）\n"
		    "某市 gdp level null - exact 2024 - actual 1@全省各区县\n");
	/* 领跑 a scope: first in it */
	expect("2022-03-01", CITY, "2021年，全市规上工业增加值增长9.1%，领跑全省。",
	       "某市 industrial_va growth 9.1 % exact 2021 yoy actual 1@全省\n");
	expect("2022-03-01", CITY, "2021年，全市规上工业增加值增长9.1%，领跑者众多。",
	       "某市 industrial_va growth 9.1 % exact 2021 yoy actual\n");
	/* …also after a streak's verbs (连续N个月领跑, 持续领跑) */
	expect("2024-12-20", "county",
	       "2024年，全县规上制造业增加值增长31.2%，连续9个月领跑全市；"
	       "固定资产投资增长7.7%，持续领跑全市。",
	       "某市 manufacturing_va growth 31.2 % exact 2024 yoy actual 1@全市\n"
	       "某市 fai growth 7.7 % exact 2024 yoy actual 1@全市\n");
	/* distributive lists pair in order, ranks too */
	expect("2022-03-01", CITY,
	       "2021年，规上工业增加值、固定资产投资、社会消费品零售总额分别增长7%、7.4%、7%，"
	       "居全省第4、第5、第5位。",
	       "某市 industrial_va growth 7 % exact 2021 yoy actual 4@全省\n"
	       "某市 fai growth 7.4 % exact 2021 yoy actual 5@全省\n"
	       "某市 retail_sales growth 7 % exact 2021 yoy actual 5@全省\n");
	/* rank-only records for each metric named; 增速 makes it the growth's */
	expect("2022-05-01", CITY,
	       "一季度，全市地区生产总值、固定资产投资总额位列全省第一位。"
	       "规上工业增加值增速居全省第3位。",
	       "某市 gdp level null - exact 2022Q1 - actual 1@全省\n"
	       "某市 fai level null - exact 2022Q1 - actual 1@全省\n"
	       "某市 industrial_va growth null - exact 2022Q1 yoy actual 3@全省\n");
	/* a rank far from the name ranks something else */
	expect("2022-05-01", CITY, "一季度，32个市级重点工程“三率”推进情况位列全省第一方阵。", "");
	/* a rank after gaps goes to the growth, not to a gap */
	expect("2022-07-20", CITY,
	       "上半年，全市实现地区生产总值1661.9亿元，同比增长4.3%，增速高于全国3.0个百分点、"
	       "高于全省1.3个百分点，居全省第5位。",
	       "某市 gdp level 1661.9 亿元 exact 2022H1 - actual\n"
	       "某市 gdp growth 4.3 % exact 2022H1 yoy actual 5@全省\n"
	       "某市 gdp gap_pp 3 百分点 exact 2022H1 全国 actual\n"
	       "某市 gdp gap_pp 1.3 百分点 exact 2022H1 全省 actual\n");
	/* a second rank in a counted group on one side (南六县) */
	expect("2025-01-20", "county", "2024年，全县地区生产总值增长6.8%，增速位列全市第二，北五县第一。",
	       "某市 gdp growth 6.8 % exact 2024 yoy actual 2@全市,1@北五县\n");
	/* a scope that counts its urban districts (三城区), right after 增速
	 * with no verb: the number is the scope's, no amount */
	expect("2025-02-10", "district",
	       "2024年，全区实现地区生产总值96.2亿元；社会消费品零售总额增速全市第四；"
	       "规上工业增加值增速三城区第一；固定资产投资增长4.2%。",
	       "某市 gdp level 96.2 亿元 exact 2024 - actual\n"
	       "某市 retail_sales growth null - exact 2024 yoy actual 4@全市\n"
	       "某市 industrial_va growth null - exact 2024 yoy actual 1@三城区\n"
	       "某市 fai growth 4.2 % exact 2024 yoy actual\n");
	/* a streak's length (连续3个季度, 连续5个月) is no scope: the scope
	 * is the one after it, or none */
	expect("2025-02-10", "district",
	       "2024年，全区地区生产总值增长5.9%，增速连续3个季度排名第一；"
	       "规上工业增加值增长9.1%，增速连续5个月居全市第二。",
	       "某市 gdp growth 5.9 % exact 2024 yoy actual 1@-\n"
	       "某市 industrial_va growth 9.1 % exact 2024 yoy actual 2@全市\n");
	/* a rank of the growth of a level with no growth figure: rank-only */
	expect("2023-01-20", "county", "2022年，社会消费品零售总额完成8.2亿元，增速居全盟第三位。",
	       "某市 retail_sales level 8.2 亿元 exact 2022 - actual\n"
	       "某市 retail_sales growth null - exact 2022 yoy actual 3@全盟\n");
	/* 最优, 最快 after a scope are first; an evaluation named after the
	 * scope's place is no part of it; 历史最高 is no rank */
	expect("2023-01-20", "county",
	       "2022年，全县税收占比73%，为全市最优；规上工业增加值增长10%，增速全市最快，创历史最高；"
	       "重点项目完成投资186亿元，全省重点项目考核排名第5位。",
	       "某市 tax_share level 73 % exact 2022 - actual 1@全市\n"
	       "某市 industrial_va growth 10 % exact 2022 yoy actual 1@全市\n"
	       "某市 project_investment level 186 亿元 exact 2022 - actual 5@全省\n");
}

static void entities(void)
{
	/* 含X: the composite */
	expect("2022-03-01", CITY, "2021年完成地区生产总值1200亿元（含开发区）。",
	       "某市（含开发区） gdp level 1200 亿元 exact 2021 - actual\n");
	/* the nation's and the province's figures are not the city's */
	expect("2022-03-01", CITY,
	       "2021年，全国国内生产总值增长8.1%。国家将推动银行业向实体经济让利2万亿元。"
	       "全省规上工业增加值增长6.3%，我市增长8.1%，高于全省1.8个百分点。",
	       "某市 industrial_va growth 8.1 % exact 2021 yoy actual\n"
	       "某市 industrial_va gap_pp 1.8 百分点 exact 2021 全省 actual\n");
	/* 全省 first in a clause without a figure says nothing of whose figures follow */
	expect("2022-03-01", CITY, "在全省率先成立科创委，全市研发投入强度达到1.19%。",
	       "某市 rd_intensity level 1.19 % exact - - actual\n");
	/* a province's own report */
	expect("2022-03-01", "province", "2021年，全省生产总值增长6.3%。",
	       "某市 gdp growth 6.3 % exact 2021 yoy actual\n");
	/* a zone named as the subject */
	expect("2022-01-15", CITY, "2021年，高新区GDP完成209亿元，增速4.3%。",
	       "某市高新区 gdp level 209 亿元 exact 2021 - actual\n"
	       "某市高新区 gdp growth 4.3 % exact 2021 yoy actual\n");
}

static void statuses(void)
{
	expect("2022-03-01", CITY,
	       "预计全年地区生产总值增长6.9%左右。今年的目标是：地区生产总值增长7%。"
	       "力争城镇新增就业5万人。确保一般公共预算收入增长8%。",
	       "某市 gdp growth 6.9 % approx 2021 yoy estimate\n"
	       "某市 gdp growth 7 % exact 2022 yoy target\n"
	       "某市 urban_new_jobs level 5 万人 exact 2022 - target\n"
	       "某市 budget_revenue growth 8 % exact 2022 yoy target\n");
	/* targets carry the period they aim at */
	expect("2022-03-01", CITY,
	       "“十四五”末，地区生产总值达到5000亿元。到2025年，常住人口城镇化率达到65%。",
	       "某市 gdp level 5000 亿元 exact 2025 - target\n"
	       "某市 urbanization_rate level 65 % exact 2025 - target\n");
	/* 明年, 后年 */
	expect("2022-01-15", CITY, "确保今年实现外贸总额40亿元，明年59亿元，后年120亿元。",
	       "某市 import_export level 40 亿元 exact 2022 - target\n"
	       "某市 import_export level 59 亿元 exact 2023 - target\n"
	       "某市 import_export level 120 亿元 exact 2024 - target\n");
}

static void measures(void)
{
	/* a CPI index is a level, its base is no figure */
	expect("2022-03-01", CITY,
	       "2021年，全市居民消费价格指数为101.3（上年=100）。居民消费价格上涨1.3%。",
	       "某市 cpi level 101.3 上年=100 exact 2021 - actual\n"
	       "某市 cpi growth 1.3 % exact 2021 yoy actual\n");
	/* share with of: a place, or a metric */
	expect("2022-03-01", CITY,
	       "2021年，全市工业投资占固定资产投资的比重达到33.5%。技术合同成交额58亿元，占全市的2/3。"
	       "全市固定资产投资占全省的3.1%。",
	       "某市 industrial_investment share 33.5 % exact 2021 fai actual\n"
	       "某市 tech_contracts level 58 亿元 exact 2021 - actual\n"
	       "某市 tech_contracts share 66.66666666666667 % exact 2021 全市 actual\n"
	       "某市 fai share 3.1 % exact 2021 全省 actual\n");
	/* 财政收入 after the budget revenue of the sentence is that revenue:
	 * the taxes' share of it is the tax share (not after a 财政总收入) */
	expect("2024-01-20", "county",
	       "2023年，全县一般公共预算收入完成12.5亿元，其中税收收入9.1亿元，占财政收入的72.8%。"
	       "一般公共预算收入8.4亿元，税收占财政收入的比重为64.2%。"
	       "财政总收入20亿元，一般公共预算收入完成13.6亿元，其中税收收入9.9亿元，占财政收入的49.5%。",
	       "某市 budget_revenue level 12.5 亿元 exact 2023 - actual\n"
	       "某市 tax_revenue level 9.1 亿元 exact 2023 - actual\n"
	       "某市 tax_share level 72.8 % exact 2023 - actual\n"
	       "某市 budget_revenue level 8.4 亿元 exact 2023 - actual\n"
	       "某市 tax_share level 64.2 % exact 2023 - actual\n"
	       "某市 fiscal_revenue level 20 亿元 exact 2023 - actual\n"
	       "某市 budget_revenue level 13.6 亿元 exact 2023 - actual\n"
	       "某市 tax_revenue level 9.9 亿元 exact 2023 - actual\n"
	       "某市 tax_revenue share 49.5 % exact 2023 fiscal_revenue actual\n");
	/* added counts of stocks; a flow named 新增 is a level */
	expect("2022-03-01", CITY,
	       "2021年，全市新增市场主体3.2万户，总数达到45.6万户。新增上市企业2家。城镇新增就业5.6万人。",
	       "某市 market_entities added 3.2 万户 exact 2021 - actual\n"
	       "某市 market_entities level 45.6 万户 exact 2021 - actual\n"
	       "某市 listed_companies added 2 家 exact 2021 - actual\n"
	       "某市 urban_new_jobs level 5.6 万人 exact 2021 - actual\n");
	/* 新增 before a list of counts joined by 、 adds to every item's
	 * stock, the third item's too and one of 省级以上 */
	expect("2022-03-01", CITY,
	       "2021年，全市新增高新技术企业1260家、科技型中小企业3485家、专精特新中小企业97家。"
	       "新增规上工业企业30家、省级以上专精特新中小企业45家。",
	       "某市 high_tech_enterprises added 1260 家 exact 2021 - actual\n"
	       "某市 tech_smes added 3485 家 exact 2021 - actual\n"
	       "某市 specialized_smes added 97 家 exact 2021 - actual\n"
	       "某市 above_scale_industrial_enterprises added 30 家 exact 2021 - actual\n"
	       "某市 specialized_smes added 45 家 exact 2021 - actual\n");
	/* a stock counted since a year: at the date's month */
	expect("2022-04-13", CITY, "2021年以来，新增高新技术企业1086家，总量达到3870家，同比增长37.6%。",
	       "某市 high_tech_enterprises added 1086 家 exact 2021..2022M04 - actual\n"
	       "某市 high_tech_enterprises level 3870 家 exact 2022M04 - actual\n"
	       "某市 high_tech_enterprises growth 37.6 % exact 2022M04 yoy actual\n");
}

static void bases(void)
{
	expect("2022-07-20", CITY,
	       "1-6月，规模以上工业增加值同比增长5.1%，比一季度回落1.2个百分点，比上年提高0.5个百分点。",
	       "某市 industrial_va growth 5.1 % exact 2022H1 yoy actual\n"
	       "某市 industrial_va change_pp -1.2 百分点 exact 2022H1 vs:2022Q1 actual\n"
	       "某市 industrial_va change_pp 0.5 百分点 exact 2022H1 yoy actual\n");
	expect("2022-04-20", CITY,
	       "一季度，全市地区生产总值增长5%，比2019年同期增长8%，两年平均增长4%。"
	       "3月份，全市居民消费价格比上月下降0.4%。",
	       "某市 gdp growth 5 % exact 2022Q1 yoy actual\n"
	       "某市 gdp growth 8 % exact 2022Q1 vs:2019Q1 actual\n"
	       "某市 gdp growth 4 % exact 2022Q1 avg2y actual\n"
	       "某市 cpi growth -0.4 % exact 2022M03 mom actual\n");
	/* 与上月相比 sets the basis of its paragraph, not of the next */
	expect("2022-04-13", CITY,
	       "与上月相比，3月居民消费价格持平。其中，食品价格下降1.7%。\n"
	       "3月，居民消费价格同比上涨0.1%。",
	       "某市 cpi growth 0 % exact 2022M03 mom actual\n"
	       "某市 ~ growth -1.7 % exact 2022M03 mom actual\n"
	       "某市 cpi growth 0.1 % exact 2022M03 yoy actual\n");
}

/* 统计公报 wording (issue 4, bulletins/ has whole excerpts) */
static void bulletin_words(void)
{
	/* 增加值 after the name is the amount, not a change */
	expect("2023-03-01", CITY,
	       "全年全市第一产业实现增加值502.27亿元，增长4.5%。",
	       "某市 primary_industry_va level 502.27 亿元 exact 2022 - actual\n"
	       "某市 primary_industry_va growth 4.5 % exact 2022 yoy actual\n");
	/* 城乡 with 分别 is 城镇 then 农村; without it, neither: a label
	 * outside the catalog */
	expect("2023-03-01", CITY, "全年城乡居民人均可支配收入分别增长4.1%和6.9%。",
	       "某市 urban_income growth 4.1 % exact 2022 yoy actual\n"
	       "某市 rural_income growth 6.9 % exact 2022 yoy actual\n");
	expect("2023-03-01", CITY, "全年城乡居民人均可支配收入增长5.1%。",
	       "某市 ~ growth 5.1 % exact 2022 yoy actual\n");
	/* one name for three industries; 一、二、 is no list marker */
	expect("2023-03-01", CITY,
	       "2022年，一、二、三产业增加值分别为502.3亿元、2105.7亿元和2295.0亿元。",
	       "某市 primary_industry_va level 502.3 亿元 exact 2022 - actual\n"
	       "某市 secondary_industry_va level 2105.7 亿元 exact 2022 - actual\n"
	       "某市 tertiary_industry_va level 2295 亿元 exact 2022 - actual\n");
	expect("2023-03-01", CITY, "2022年，第一、二、三产业增加值增长较快。", "");
	/* a region of several places (…经济区) and a label glued to a word
	 * that makes it a part (轻工业, 城镇常住人口) are not the entity's */
	expect("2023-03-01", "province",
	       "2022年，全省地区生产总值5000亿元。分区域看，川南经济区地区生产总值788亿元，增长4.2%。",
	       "某市 gdp level 5000 亿元 exact 2022 - actual\n");
	expect("2023-03-01", CITY,
	       "2022年，轻工业增加值下降4.2%，重工业增加值增长14%。年末城镇常住人口49万人。",
	       "某市 ~ growth -4.2 % exact 2022 yoy actual\n"
	       "某市 ~ growth 14 % exact 2022 yoy actual\n");
	/* a word opened by 非 before the label (非矿工业, 非公有制工业) names
	 * the part outside, not the whole; 非公经济 is the private economy */
	expect("2023-03-01", CITY,
	       "2022年，非矿工业增加值增长6.1%，非公有制工业增加值下降2.4%。"
	       "全市非公经济增加值66.2亿元，增长5.3%。",
	       "某市 ~ growth 6.1 % exact 2022 yoy actual\n"
	       "某市 ~ growth -2.4 % exact 2022 yoy actual\n"
	       "某市 private_economy_va level 66.2 亿元 exact 2022 - actual\n"
	       "某市 private_economy_va growth 5.3 % exact 2022 yoy actual\n");
	/* a bare 利润总额 with 为 after a 规模以上工业 clause of the sentence is
	 * the industry's profit */
	expect("2023-03-01", CITY,
	       "2022年，全市规模以上工业实现利税20亿元，增长3.0%；利润总额为8.5亿元，增长12.4%。",
	       "某市 industrial_profit level 8.5 亿元 exact 2022 - actual\n"
	       "某市 industrial_profit growth 12.4 % exact 2022 yoy actual\n");
	/* a count of firms whose clause's first figure is money or a rate
	 * with no growth word names something of theirs (资产总计, 亏损面),
	 * not the count: its rates stay out too */
	expect("2023-03-01", CITY,
	       "2022年，全市经济平稳。全年规模以上工业企业资产总计320亿元，增长4.2%。"
	       "全年规上工业企业亏损面12.5%，比上年下降1.1个百分点。"
	       "年末规模以上工业企业85家，比上年增长6.3%。",
	       "某市 above_scale_industrial_enterprises level 85 家 exact 2022 - actual\n"
	       "某市 above_scale_industrial_enterprises growth 6.3 % exact 2022 yoy actual\n");
	/* figures of as many labels, then 分别 and their rates (the verb of
	 * the first, 比增, for each; 均 gives the rank to each) */
	expect("2020-06-22", "county",
	       "2019年，全县生产总值97.86亿元，规上工业增加值15.79亿元，分别比增5.7%\n"
	       "和15.4%，增速均排在全市第一。",
	       "某市 gdp level 97.86 亿元 exact 2019 - actual\n"
	       "某市 industrial_va level 15.79 亿元 exact 2019 - actual\n"
	       "某市 gdp growth 5.7 % exact 2019 yoy actual 1@全市\n"
	       "某市 industrial_va growth 15.4 % exact 2019 yoy actual 1@全市\n");
	expect("2020-06-22", "county",
	       "2019年，固定资产投资71亿元，出口总额2.4亿美元，分别比降2.3%、3.8%。",
	       "某市 fai level 71 亿元 exact 2019 - actual\n"
	       "某市 exports level 2.4 亿美元 exact 2019 - actual\n"
	       "某市 fai growth -2.3 % exact 2019 yoy actual\n"
	       "某市 exports growth -3.8 % exact 2019 yoy actual\n");
	/* 可比增长 goes on with the label before it */
	expect("2021-03-01", "county", "2020年，工业增加值48.3亿元，可比增长4.7%。",
	       "某市 total_industry_va level 48.3 亿元 exact 2020 - actual\n"
	       "某市 total_industry_va growth 4.7 % exact 2020 yoy actual\n");
	/* 非税占比 is not the tax share, 存贷款余额 not the loans */
	expect("2023-03-01", CITY, "2022年，全市非税占比为21%，本外币存贷款余额756亿元。", "");
	/* a five-year plan's name (“十一五”规划, “十一五”确定的目标) dates
	 * nothing; ℅ typed for % */
	expect("2011-02-14", "county",
	       "2010年，是实施“十一五”规划的最后一年，完成了“十一五”确定的目标任务。"
	       "全县生产总值实现132319万元，同比增长15℅。",
	       "某市 gdp level 13.2319 亿元 exact 2010 - actual\n"
	       "某市 gdp growth 15 % exact 2010 yoy actual\n");
	/* 、年均增长 goes on with the label; 预计（下同） makes the paragraph
	 * estimates */
	expect("2021-01-10", "district",
	       "2020年，预计（下同）地区生产总值达到715亿元、年均增长7.9%。"
	       "全社会固定资产投资288亿元、年均增长12.6%。",
	       "某市 gdp level 715 亿元 exact 2020 - estimate\n"
	       "某市 gdp growth 7.9 % exact 2020 cagr estimate\n"
	       "某市 fai level 288 亿元 exact 2020 - estimate\n"
	       "某市 fai growth 12.6 % exact 2020 cagr estimate\n");
	/* 提前两个月 is no period; 继2021年…后 a milestone before the figure's
	 * period; 总产值 opening a clause is not the label before (but its
	 * head's: 规模以上工业总产值) */
	expect("2022-11-20", "district",
	       "1-10月份，8个项目提前两个月完成年度投资任务，固定资产投资完成103.11亿元。",
	       "某市 fai level 103.11 亿元 exact 2022M01-M10 - actual\n");
	expect("2023-01-19", "province",
	       "2022年，地区生产总值继2021年突破1万亿元后又跃上新台阶，达到11201.6亿元。",
	       "某市 gdp level 10000 亿元 at_least 2022 - actual\n"
	       "某市 gdp level 11201.6 亿元 exact 2022 - actual\n");
	expect("2023-01-10", "county",
	       "2022年，规模以上工业增加值增长17.9%，总产值突破1000亿元大关。",
	       "某市 industrial_va growth 17.9 % exact 2022 yoy actual\n"
	       "某市 industrial_output level 1000 亿元 at_least 2022 - actual\n");
	/* gaps to another place's rate (高于全国增速…); a label right after
	 * 快于 is what is compared with, not the figure's */
	expect("2023-04-26", "district",
	       "2022年，地区生产总值增长5.5%，高于全国增速2.5个百分点，高于全省增速1.1个百分点。",
	       "某市 gdp growth 5.5 % exact 2022 yoy actual\n"
	       "某市 gdp gap_pp 2.5 百分点 exact 2022 全国 actual\n"
	       "某市 gdp gap_pp 1.1 百分点 exact 2022 全省 actual\n");
	expect("2023-01-19", "province",
	       "2022年，装备制造业增加值增长7.4%，快于规上工业增速1.4个百分点。",
	       "某市 ~ growth 7.4 % exact 2022 yoy actual\n");
	/* a target named before 预计 speaks for the sentence; 物价涨幅 is the
	 * consumer prices' rise */
	expect("2023-02-15", CITY,
	       "2023年经济预期发展目标：规上工业增加值预计增长超10%，物价涨幅控制在3%左右。",
	       "某市 industrial_va growth 10 % at_least 2023 yoy target\n"
	       "某市 cpi growth 3 % approx 2023 yoy target\n");
	/* 增产 an amount is no level; 减产 a rate is a fall */
	expect("2021-03-01", "county", "2020年，粮食总产量82.54万吨，增产0.7万吨；油料产量3万吨，减产1.5%。",
	       "某市 grain_output level 82.54 万吨 exact 2020 - actual\n"
	       "某市 oilseed_output level 3 万吨 exact 2020 - actual\n"
	       "某市 oilseed_output growth -1.5 % exact 2020 yoy actual\n");
	/* a number right after GDP, its bracket lost */
	expect("2021-01-29", "county", "2020年，全市实现地区生产总值(GDP549.3亿元，增长4.5%。",
	       "某市 gdp level 549.3 亿元 exact 2020 - actual\n"
	       "某市 gdp growth 4.5 % exact 2020 yoy actual\n");
	/* …投资 and …零售额 after an industry's name are not its value added;
	 * 家禽出笼 in 万羽 */
	expect("2022-08-12", "county",
	       "上半年，第三产业投资增长16.8%，批发和零售业实现零售额31亿元，家禽出笼268万羽。",
	       "某市 ~ growth 16.8 % exact 2022H1 yoy actual\n"
	       "某市 poultry_slaughtered level 268 万只 exact 2022H1 - actual\n");
	/* 增收 an amount is no level (the rank of 总量 is the level's); an
	 * amount glued to 企业 sizes the firms; 表2 numbers a table */
	expect("2013-09-20", "county",
	       "1-8月，公共财政预算收入完成47574万元，增收6911万元，总量居全市第二位。"
	       "年纳税超千万元企业达16家。表2 2019年居民消费价格。",
	       "某市 budget_revenue level 4.7574 亿元 exact 2013M01-M08 - actual 2@全市\n");
	/* after 其中, a narrower name of a metric the sentence has a figure
	 * of is a part */
	expect("2023-03-01", CITY,
	       "2022年，农林牧渔业总产值512.4亿元，其中：农业总产值230.6亿元，增长2.9%。",
	       "某市 agri_output level 512.4 亿元 exact 2022 - actual\n");
	/* a 其中 right after a clause naming a set of indicators picks one of
	 * them, the place's own figure: no part of the level before */
	expect_kind("news", "2023-11-08", "district",
		    "2022年，全区地区生产总值320亿元；今年1—9月，全区5项主要指标增速"
		    "排名全市前三，其中GDP增长6.6%，居全市第二。",
		    "某市 gdp level 320 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 6.6 % exact 2023M01-M09 yoy actual 2@全市\n");
	/* a label split by its verb: the first label's words and the second's
	 * (their shared 工业 said once) name the metric; a bare noun after the
	 * verb too (建筑业 + 总产值); words of a part before the verb (园区) make
	 * it a part */
	expect_records(ex, line_of, "news", "2022-11-15", CITY,
		       "1-10月，全市规模以上工业累计完成工业增加值512.3亿元，同比增长6.1%。"
		       "全市建筑业完成总产值88.4亿元，同比增长3.2%。"
		       "全市三个省级园区实现工业增加值40.5亿元，增长9%。",
		       "某市 industrial_va level 512.3 亿元 exact 2022M01-M10 - actual\n"
		       "某市 industrial_va growth 6.1 % exact 2022M01-M10 yoy actual\n"
		       "某市 construction_output level 88.4 亿元 exact 2022M01-M10 - actual\n"
		       "某市 construction_output growth 3.2 % exact 2022M01-M10 yoy actual\n");
	/* …and so is one in a sentence that opens with 其中 after the whole's
	 * sentence of the paragraph; a paragraph before is no whole */
	expect("2021-04-01", "county",
	       "2020年，全县农林牧渔业总产值61.2亿元，增长3.3%。其中，农业总产值33.5亿元，增长4.1%。\n"
	       "2020年，全县粮食产量12万吨。\n其中，农业总产值8亿元。",
	       "某市 agri_output level 61.2 亿元 exact 2020 - actual\n"
	       "某市 agri_output growth 3.3 % exact 2020 yoy actual\n"
	       "某市 grain_output level 12 万吨 exact 2020 - actual\n"
	       "某市 agri_output level 8 亿元 exact - - actual\n");
	/* …and one in a sentence that opens with 分行业看 after the whole's
	 * sentence: the parts by industry */
	expect("2024-04-20", CITY,
	       "一季度，全市农林牧渔业总产值52.6亿元，同比增长3.8%。"
	       "分行业看，农业总产值30.2亿元，同比增长4.1%；林业总产值1.1亿元，增长2.0%。",
	       "某市 agri_output level 52.6 亿元 exact 2024Q1 - actual\n"
	       "某市 agri_output growth 3.8 % exact 2024Q1 yoy actual\n");
	/* a share that changed in points is not the label's rate changing; a
	 * clause opening with 占 gives the share of the clause before's label */
	expect("2019-03-01", "county",
	       "2018年，税收收入16亿元，占财政收入比重74.3%，比上年下降6.2个百分点；"
	       "第三产业占比提高了1.8个百分点。",
	       "某市 tax_revenue level 16 亿元 exact 2018 - actual\n"
	       "某市 tax_revenue share 74.3 % exact 2018 fiscal_revenue actual\n");
	/* …of what the clause before spoke of: none when it was unkeyed; the
	 * same whole there makes it a place's share of a wider one */
	expect_kind("news", "2025-11-20", CITY,
		    "1-10月，高新技术产业增加值同比增长8.2%，占全市规模以上工业比重36.2%；"
		    "汽车制造业增加值同比增长42.4%，占全市规模以上工业比重13.9%。",
		    "某市 high_tech_industry_va growth 8.2 % exact 2025M01-M10 yoy actual\n"
		    "某市 high_tech_industry_va share 36.2 % exact 2025M01-M10 industrial_va actual\n"
		    "某市 ~ growth 42.4 % exact 2025M01-M10 yoy actual\n");
	/* a thing the catalog lacks named before 占全市 in the city's own
	 * report holds the share: no share of the whole named after it */
	expect_kind("news", "2024-04-25", CITY,
		    "一季度，全市规上工业增加值增长7.3%；特色产业增加值占全市规上工业增加值比重为38.5%。",
		    "某市 industrial_va growth 7.3 % exact 2024Q1 yoy actual\n");
	expect("2023-03-01", "county", "2022年，全县规上工业总产值156亿元，占全市规上工业总产值的比重为19.3%。",
	       "某市 industrial_output level 156 亿元 exact 2022 - actual\n"
	       "某市 industrial_output share 19.3 % exact 2022 全市 actual\n");
	/* a quarter or half without a year, not over by the date, after a year
	 * named before in its paragraph is of that year (a January item on the
	 * year before), unless its sentence sets a target */
	expect_kind("news", "2024-01-25", CITY,
		    "2023年全市经济“成绩单”日前出炉。一季度全市地区生产总值增长5.8%，上半年增长6.2%。",
		    "某市 gdp growth 5.8 % exact 2023Q1 yoy actual\n"
		    "某市 gdp growth 6.2 % exact 2023H1 yoy actual\n");
	expect_kind("news", "2024-01-25", CITY,
		    "2023年，全市地区生产总值增长5%。一季度，力争全市地区生产总值增长6%。",
		    "某市 gdp growth 5 % exact 2023 yoy actual\n"
		    "某市 gdp growth 6 % exact 2024Q1 yoy target\n");
	/* one already over by the date follows that year only when it names
	 * again the months named with it (progress against a plan in its
	 * sentence is no target); after a year's whole figures a quarter is
	 * the date's */
	expect_kind("news", "2019-01-20", CITY,
		    "会议听取了市政府2016年前三季度经济运行情况的汇报。会议认为，前三季度全市地区生产总值完成31.6亿元，同比增长8.2%，完成年计划的76.5%。",
		    "某市 gdp level 31.6 亿元 exact 2016M01-M09 - actual\n"
		    "某市 gdp growth 8.2 % exact 2016M01-M09 yoy actual\n");
	expect_kind("news", "2024-05-10", CITY,
		    "2023年一季度，全市地区生产总值增长4.1%。一季度，全市规上工业增加值增长5.2%。",
		    "某市 gdp growth 4.1 % exact 2023Q1 yoy actual\n"
		    "某市 industrial_va growth 5.2 % exact 2023Q1 yoy actual\n");
	expect_kind("news", "2024-05-10", CITY,
		    "2023年全年，全市地区生产总值增长5.2%。一季度，全市地区生产总值增长6.1%。",
		    "某市 gdp growth 5.2 % exact 2023 yoy actual\n"
		    "某市 gdp growth 6.1 % exact 2024Q1 yoy actual\n");
	/* 全年 of a target is the date's year */
	expect("2014-07-25", "province", "按照计划，今年下半年确保完成生产总值5420亿元，全年达到9200亿元。",
	       "某市 gdp level 5420 亿元 exact 2014H2 - target\n"
	       "某市 gdp level 9200 亿元 exact 2014 - target\n");
	/* a part that opens with a rate goes on with the label before ； */
	expect("2021-07-25", CITY, "上半年，全市生产总值612.7亿元，同比增长11.4%；两年平均增长5.0%。",
	       "某市 gdp level 612.7 亿元 exact 2021H1 - actual\n"
	       "某市 gdp growth 11.4 % exact 2021H1 yoy actual\n"
	       "某市 gdp growth 5 % exact 2021H1 avg2y actual\n");
	/* 工业利润 is the industrial enterprises' profit, and an output said
	 * with the enterprises (建筑业企业完成总产值) is no value added of 建筑业 */
	expect("2021-11-08", CITY,
	       "前三季度，全市规模以上工业企业实现营业收入30.2亿元，同比增长12.5%；实现工业利润2.4亿元，"
	       "同比增长21.7%。全市资质以上建筑业企业完成总产值88.1亿元，同比增长6.6%。",
	       "某市 industrial_revenue level 30.2 亿元 exact 2021M01-M09 - actual\n"
	       "某市 industrial_revenue growth 12.5 % exact 2021M01-M09 yoy actual\n"
	       "某市 industrial_profit level 2.4 亿元 exact 2021M01-M09 - actual\n"
	       "某市 industrial_profit growth 21.7 % exact 2021M01-M09 yoy actual\n"
	       "某市 construction_output level 88.1 亿元 exact 2021M01-M09 - actual\n"
	       "某市 construction_output growth 6.6 % exact 2021M01-M09 yoy actual\n");
	/* …so does a part that opens with the year it is compared with
	 * (；比2019年同期增长N%, ；较2019年增长N%), and the clauses of the
	 * part after it keep that label */
	expect("2021-10-30", CITY,
	       "前三季度，全市社会消费品零售总额88.6亿元，同比增长15.2%；比2019年同期增长7.4%，"
	       "两年平均增长3.6%。固定资产投资增长6.1%；较2019年增长9.3%。",
	       "某市 retail_sales level 88.6 亿元 exact 2021M01-M09 - actual\n"
	       "某市 retail_sales growth 15.2 % exact 2021M01-M09 yoy actual\n"
	       "某市 retail_sales growth 7.4 % exact 2021M01-M09 vs:2019M01-M09 actual\n"
	       "某市 retail_sales growth 3.6 % exact 2021M01-M09 avg2y actual\n"
	       "某市 fai growth 6.1 % exact 2021M01-M09 yoy actual\n"
	       "某市 fai growth 9.3 % exact 2021M01-M09 vs:2019 actual\n");
	/* …and so does a part that opens with the year before compared with
	 * and its growth word (；较上年增长N%) */
	expect("2022-03-20", CITY, "2021年，全市规模以上工业增加值402.5亿元；较上年增长9.1%。",
	       "某市 industrial_va level 402.5 亿元 exact 2021 - actual\n"
	       "某市 industrial_va growth 9.1 % exact 2021 yoy actual\n");
	/* 高质量 before 突破 is a level's lead, as 首次 is (高质量突破N亿元: the
	 * threshold, and the label goes on past it to the growth) */
	expect("2022-03-20", CITY,
	       "2021年，全市地区生产总值1288.4亿元，高质量突破1200亿元，比上年增长6.7%。",
	       "某市 gdp level 1288.4 亿元 exact 2021 - actual\n"
	       "某市 gdp level 1200 亿元 at_least 2021 - actual\n"
	       "某市 gdp growth 6.7 % exact 2021 yoy actual\n");
	/* 年均 inside the catalog label (细颗粒物年均浓度, the yearly mean) is
	 * part of the name, not a yearly rate over a span: year on year */
	expect("2024-02-01", CITY,
	       "2023年，全市细颗粒物年均浓度下降6.1%，优良天数达到311天。",
	       "某市 pm25 growth -6.1 % exact 2023 yoy actual\n"
	       "某市 good_air_days level 311 天 exact 2023 - actual\n");
	/* 两年均增长 is 两年平均增长 said short: the two-year average, not a
	 * yearly rate over a span (年均增长 inside it) */
	expect("2021-04-19", CITY,
	       "一季度，全市生产总值812.6亿元，同比增长14.2%，两年均增长3.7%；"
	       "房地产开发投资增长21.5%，两年均增长4.1%。",
	       "某市 gdp level 812.6 亿元 exact 2021Q1 - actual\n"
	       "某市 gdp growth 14.2 % exact 2021Q1 yoy actual\n"
	       "某市 gdp growth 3.7 % exact 2021Q1 avg2y actual\n"
	       "某市 real_estate_investment growth 21.5 % exact 2021Q1 yoy actual\n"
	       "某市 real_estate_investment growth 4.1 % exact 2021Q1 avg2y actual\n");
	/* a 分别 list, then a clause that opens with 两年平均 and holds as many
	 * rates without a second 分别: each pairs with its name in order (before,
	 * the last name took the first average and the second was lost) */
	expect("2021-10-22", CITY,
	       "前三季度，全市工业投资和民间投资同比分别增长18.4%和12.6%，"
	       "两年平均增长10.2%和8.9%。城镇和农村居民人均可支配收入分别增长8.3%和10.1%，"
	       "两年均增长6.5%和7.7%。",
	       "某市 industrial_investment growth 18.4 % exact 2021M01-M09 yoy actual\n"
	       "某市 private_investment growth 12.6 % exact 2021M01-M09 yoy actual\n"
	       "某市 industrial_investment growth 10.2 % exact 2021M01-M09 avg2y actual\n"
	       "某市 private_investment growth 8.9 % exact 2021M01-M09 avg2y actual\n"
	       "某市 urban_income growth 8.3 % exact 2021M01-M09 yoy actual\n"
	       "某市 rural_income growth 10.1 % exact 2021M01-M09 yoy actual\n"
	       "某市 urban_income growth 6.5 % exact 2021M01-M09 avg2y actual\n"
	       "某市 rural_income growth 7.7 % exact 2021M01-M09 avg2y actual\n");
	/* parts of a sentence in step: a change that names no basis after an
	 * earlier part's change against a quarter is against that quarter too
	 * (not in its own part, and not after words of its own: 比上年同期) */
	expect("2022-07-21", CITY,
	       "上半年，第一产业增加值同比增长4.6%，增速比一季度加快0.4个百分点；第二产业增加值"
	       "同比增长2.8%，增速加快1.9个百分点；第三产业增加值同比下降0.7%，降幅收窄1.1个百分点。"
	       "规模以上工业增加值增长5.3%，增速提高0.8个百分点。",
	       "某市 primary_industry_va growth 4.6 % exact 2022H1 yoy actual\n"
	       "某市 primary_industry_va change_pp 0.4 百分点 exact 2022H1 vs:2022Q1 actual\n"
	       "某市 secondary_industry_va growth 2.8 % exact 2022H1 yoy actual\n"
	       "某市 secondary_industry_va change_pp 1.9 百分点 exact 2022H1 vs:2022Q1 actual\n"
	       "某市 tertiary_industry_va growth -0.7 % exact 2022H1 yoy actual\n"
	       "某市 tertiary_industry_va change_pp 1.1 百分点 exact 2022H1 vs:2022Q1 actual\n"
	       "某市 industrial_va growth 5.3 % exact 2022H1 yoy actual\n"
	       "某市 industrial_va change_pp 0.8 百分点 exact 2022H1 yoy actual\n");
	/* a bare noun (增加值, 销售额, 利润) names the thing of the sentence's
	 * last label: its head with the noun, when the catalog knows it */
	expect("2022-07-20", "district",
	       "2021年，商品房销售面积16.93万平方米，销售额12.4亿元，分别增长50.6%和54.9%；"
	       "规模以上工业企业实现利税27.56亿元；实现利润20.98亿元。",
	       "某市 housing_sales_area level 16.93 万平方米 exact 2021 - actual\n"
	       "某市 housing_sales level 12.4 亿元 exact 2021 - actual\n"
	       "某市 housing_sales_area growth 50.6 % exact 2021 yoy actual\n"
	       "某市 housing_sales growth 54.9 % exact 2021 yoy actual\n"
	       "某市 industrial_profit level 20.98 亿元 exact 2021 - actual\n");
	/* 高于1-2月份 is a change since then; 比去年全年 of a quarter is against
	 * that year; 增长1.1倍 is 110 % exactly; 新设 is added; a rank after 、增速
	 * or 预计 is the figure's, and an estimate of a rank dates nothing after it */
	expect("2024-04-20", CITY,
	       "一季度，规上工业增加值增长8%，高于1-2月份2.8个百分点，比去年全年提高0.6个百分点；"
	       "固定资产投资增长1.1倍、增速预计居全省第一；新设市场主体2.64万户。",
	       "某市 industrial_va growth 8 % exact 2024Q1 yoy actual\n"
	       "某市 industrial_va change_pp 2.8 百分点 exact 2024Q1 vs:2024M01-M02 actual\n"
	       "某市 industrial_va change_pp 0.6 百分点 exact 2024Q1 vs:2023 actual\n"
	       "某市 fai growth 110 % exact 2024Q1 yoy actual 1@全省\n"
	       "某市 market_entities added 2.64 万户 exact 2024Q1 - actual\n");
	/* the next place of a gap (、全省4.7个百分点); places with their own
	 * rates in brackets; 与全市持平 is no growth; a bare industry after an
	 * investment is the investment's part; the title's figures take its
	 * period; a change against a target is no indicator */
	expect("2023-07-20", "county",
	       "上半年，地区生产总值增长7.9%，增速高于全国3个百分点、全省4.2个百分点，与全市持平，"
	       "比全年预期目标高0.8个百分点。",
	       "某市 gdp growth 7.9 % exact 2023H1 yoy actual\n"
	       "某市 gdp gap_pp 3 百分点 exact 2023H1 全国 actual\n"
	       "某市 gdp gap_pp 4.2 百分点 exact 2023H1 全省 actual\n");
	expect("2025-01-20", "county",
	       "2024年，地区生产总值增长9%，分别高出全国(5.2%)、全省(6.5%)平均水平2.7个和1.6个百分点。"
	       "全县固定资产投资增长12%，分产业看，第一产业增长101.8%。",
	       "某市 gdp growth 9 % exact 2024 yoy actual\n"
	       "某市 gdp gap_pp 2.7 百分点 exact 2024 全国 actual\n"
	       "某市 gdp gap_pp 1.6 百分点 exact 2024 全省 actual\n"
	       "某市 fai growth 12 % exact 2024 yoy actual\n"
	       "某市 ~ growth 101.8 % exact 2024 yoy actual\n");
	expect_kind("news", "2025-04-20", "district",
		    "同比增长7.3%!2025年一季度某区实现开门红GDP43.6亿元\n来源:统计局\n",
		    "某市 gdp level 43.6 亿元 exact 2025Q1 - actual\n");
	/* aliases with 实现 inside (工业实现增加值); 汽车, 特色 before a label
	 * make it a part */
	expect("2023-04-20", "county",
	       "一季度，其中工业实现增加值11.62亿元，增长6.7%；汽车制造业增加值增长35.2%。",
	       "某市 total_industry_va level 11.62 亿元 exact 2023Q1 - actual\n"
	       "某市 total_industry_va growth 6.7 % exact 2023Q1 yoy actual\n"
	       "某市 ~ growth 35.2 % exact 2023Q1 yoy actual\n");
	/* 服务业实现增加值, 服务业完成增加值: the tertiary industry's (bare 服务业
	 * names it only before its growth); 营利性 before it stays a part */
	expect("2022-07-25", "county",
	       "上半年，全县服务业实现增加值36.85亿元，同比增长5.6%，其中营利性服务业实现增加值8.2亿元。"
	       "1-5月，全县服务业完成增加值30.1亿元。",
	       "某市 tertiary_industry_va level 36.85 亿元 exact 2022H1 - actual\n"
	       "某市 tertiary_industry_va growth 5.6 % exact 2022H1 yoy actual\n"
	       "某市 tertiary_industry_va level 30.1 亿元 exact 2022M01-M05 - actual\n");
	/* a zone's own name before its kind (江南经开区), not a verb (确保) */
	expect("2022-12-23", "county", "2022年，江南经开区完成地区生产总值430亿元。确保综保区实现外贸总额35亿元。",
	       "某市江南经开区 gdp level 430 亿元 exact 2022 - actual\n"
	       "某市综保区 import_export level 35 亿元 exact 2022 - target\n");
	/* a zone in a bracketed aside of 含 or 包括 before the first label is
	 * what the figures include (a section heading's 农??业(含某某经开区), its
	 * gap a mirror's ?? for a wide space),
	 * not their subject */
	expect_kind("bulletin", "2023-12-31", "district",
		    "二、农??业(含青桐经开区)\n农业总产值完成12.5亿元，增长3.1%。\n"
		    "（包括柳岸高新区）规模以上工业增加值增长6.2%。",
		    "某市 agri_output level 12.5 亿元 exact 2023 - actual\n"
		    "某市 agri_output growth 3.1 % exact 2023 yoy actual\n"
		    "某市 industrial_va growth 6.2 % exact 2023 yoy actual\n");
	/* a class of zones (国家级经开区, 48家…) is no zone of the entity */
	expect("2024-03-01", CITY, "2023年，48家国家级经开区地区生产总值达63403亿元。全市地区生产总值增长5%。",
	       "某市 gdp growth 5 % exact 2023 yoy actual\n");
	/* 较一季度(-10.8%): the rate of the period compared with */
	expect_kind("news", "2024-08-01", "county",
		    "上半年，全县地区生产总值增长-8.7%，较一季度(-10.8%)回升2.3个百分点。",
		    "某市 gdp growth -8.7 % exact 2024H1 yoy actual\n"
		    "某市 gdp growth -10.8 % exact 2024Q1 yoy actual\n"
		    "某市 gdp change_pp 2.3 百分点 exact 2024H1 vs:2024Q1 actual\n");
	/* 增长- 21.4%: a line join's space parts the minus from its number
	 * after the growth word; the sign is kept */
	expect_kind("gwr", "2021-02-01", CITY,
		    "2020年，全市外贸出口58.2亿元，增 长- 21.4%；进口增长- 3%。",
		    "某市 exports level 58.2 亿元 exact 2020 - actual\n"
		    "某市 exports growth -21.4 % exact 2020 yoy actual\n"
		    "某市 imports growth -3 % exact 2020 yoy actual\n");
	/* a firm, or places named before a label with 均, are someone else in
	 * their clause only; 城镇、农村…均 gives both */
	expect("2008-01-20", "district",
	       "2007年，潘黄、新都、龙冈财政收入均超亿元，华兴集团入库税收超过5000万元；"
	       "全社会固定资产投资达到100.1亿元。城镇、农村居民人均可支配收入均增长7%。",
	       "某市 fai level 100.1 亿元 exact 2007 - actual\n"
	       "某市 urban_income growth 7 % exact 2007 yoy actual\n"
	       "某市 rural_income growth 7 % exact 2007 yoy actual\n");
	/* a stock and its growth are counted at the period's end */
	expect("2022-12-20", CITY, "1-11月，金融机构各项存款余额1000亿元，增长8%，高于全省2.5个百分点。",
	       "某市 deposits level 1000 亿元 exact 2022M11 - actual\n"
	       "某市 deposits growth 8 % exact 2022M11 yoy actual\n"
	       "某市 deposits gap_pp 2.5 百分点 exact 2022M11 全省 actual\n");
	/* a comparison however long (高于全市平均增速…), and one place per
	 * figure of a list (分别高于全市、全省…0.2、5.5个百分点) */
	expect("2022-08-20", "county",
	       "1-7月，规上工业增加值增长8%，低于全市平均增速19.5个百分点。",
	       "某市 industrial_va growth 8 % exact 2022M01-M07 yoy actual\n"
	       "某市 industrial_va gap_pp -19.5 百分点 exact 2022M01-M07 全市平均 actual\n");
	expect("2022-08-20", "county",
	       "1-7月，规上工业增加值增长8%，分别高于全市、全省平均增速0.3、5.9个百分点。",
	       "某市 industrial_va growth 8 % exact 2022M01-M07 yoy actual\n"
	       "某市 industrial_va gap_pp 0.3 百分点 exact 2022M01-M07 全市 actual\n"
	       "某市 industrial_va gap_pp 5.9 百分点 exact 2022M01-M07 全省平均 actual\n");
	/* one gap after a list of places (比全省、全市低…, 均): each place's */
	expect("2023-06-20", "county",
	       "1-5月，全县固定资产投资增长6.2%，比全省、全市低0.7个百分点。",
	       "某市 fai growth 6.2 % exact 2023M01-M05 yoy actual\n"
	       "某市 fai gap_pp -0.7 百分点 exact 2023M01-M05 全省 actual\n"
	       "某市 fai gap_pp -0.7 百分点 exact 2023M01-M05 全市 actual\n");
	expect("2023-06-20", "county",
	       "1-5月，全县社会消费品零售总额增长4.4%，比全国和全省均高1.3个百分点。",
	       "某市 retail_sales growth 4.4 % exact 2023M01-M05 yoy actual\n"
	       "某市 retail_sales gap_pp 1.3 百分点 exact 2023M01-M05 全国 actual\n"
	       "某市 retail_sales gap_pp 1.3 百分点 exact 2023M01-M05 全省 actual\n");
	/* 较上期 of a span of months from January: against the span to the
	 * month before, as 较上月 (the rank after it is the growth's); of a
	 * span that ends a quarter it may be the quarter before: no change */
	expect("2024-09-25", "district",
	       "1-8月，全区规模以上工业增加值增长5.3%，高于全市1.2个百分点，较上期回落0.4个百分点，"
	       "居全市第3位。",
	       "某市 industrial_va growth 5.3 % exact 2024M01-M08 yoy actual 3@全市\n"
	       "某市 industrial_va gap_pp 1.2 百分点 exact 2024M01-M08 全市 actual\n"
	       "某市 industrial_va change_pp -0.4 百分点 exact 2024M01-M08 vs:2024M01-M07 actual\n");
	expect("2024-07-25", "district",
	       "上半年，全区规模以上工业增加值增长5.3%，比上期提高0.4个百分点，居全市第3位。",
	       "某市 industrial_va growth 5.3 % exact 2024H1 yoy actual 3@全市\n");
	/* 比 a list of places 分别高 (or 低): a gap per place; the rate of the
	 * place compared with (比全省的6.1%, 平均增速(2.4%)) is not the
	 * report's */
	expect("2023-10-30", "district",
	       "前三季度，地区生产总值增长6.3%，增速比全市和全国分别高1.2、1.8个百分点；"
	       "固定资产投资增长2%，比全市、全省分别低0.8和1.3个百分点。",
	       "某市 gdp growth 6.3 % exact 2023M01-M09 yoy actual\n"
	       "某市 gdp gap_pp 1.2 百分点 exact 2023M01-M09 全市 actual\n"
	       "某市 gdp gap_pp 1.8 百分点 exact 2023M01-M09 全国 actual\n"
	       "某市 fai growth 2 % exact 2023M01-M09 yoy actual\n"
	       "某市 fai gap_pp -0.8 百分点 exact 2023M01-M09 全市 actual\n"
	       "某市 fai gap_pp -1.3 百分点 exact 2023M01-M09 全省 actual\n");
	/* the places' rates named after the list (平均水平, 增速), before
	 * 分别: still a gap per place, not a change of the rate (平均 stays
	 * with the last place, as after 分别高于) */
	expect("2023-07-25", "district",
	       "上半年，地区生产总值增长5.7%，比全省、全市平均水平分别高0.6、0.3个百分点；"
	       "固定资产投资增长3%，比全省、全国增速分别低1.1和0.4个百分点。",
	       "某市 gdp growth 5.7 % exact 2023H1 yoy actual\n"
	       "某市 gdp gap_pp 0.6 百分点 exact 2023H1 全省 actual\n"
	       "某市 gdp gap_pp 0.3 百分点 exact 2023H1 全市平均 actual\n"
	       "某市 fai growth 3 % exact 2023H1 yoy actual\n"
	       "某市 fai gap_pp -1.1 百分点 exact 2023H1 全省 actual\n"
	       "某市 fai gap_pp -0.4 百分点 exact 2023H1 全国 actual\n");
	expect("2023-10-30", CITY,
	       "前三季度，地区生产总值增长7.1%，比全省的6.4%快1.7个百分点。"
	       "社会消费品零售总额增长3.1%，高于全省平均增速(2.9%)1.7个百分点。",
	       "某市 gdp growth 7.1 % exact 2023M01-M09 yoy actual\n"
	       "某市 gdp gap_pp 1.7 百分点 exact 2023M01-M09 全省 actual\n"
	       "某市 retail_sales growth 3.1 % exact 2023M01-M09 yoy actual\n"
	       "某市 retail_sales gap_pp 1.7 百分点 exact 2023M01-M09 全省平均 actual\n");
	/* 比全省（6.6%）高…, 比全国(增长5.0%)低…: the place's rate in a
	 * bracket right after it, on the way to 高 or 低, as 比全省的6.4%快 */
	expect("2023-10-30", CITY,
	       "前三季度，地区生产总值增长7.1%，比全省（6.6%）高0.5个百分点；"
	       "固定资产投资增长4.2%，比全国(增长5.0%)低0.8个百分点。",
	       "某市 gdp growth 7.1 % exact 2023M01-M09 yoy actual\n"
	       "某市 gdp gap_pp 0.5 百分点 exact 2023M01-M09 全省 actual\n"
	       "某市 fai growth 4.2 % exact 2023M01-M09 yoy actual\n"
	       "某市 fai gap_pp -0.8 百分点 exact 2023M01-M09 全国 actual\n");
	/* 超过全省N%水平: the rate of the place compared with, then 水平,
	 * not the report's */
	expect("2024-10-30", CITY,
	       "前三季度，全市地区生产总值增长5.2%，增速超过全省4.6%的水平；"
	       "固定资产投资增长3.3%，高于全国2.9%水平。",
	       "某市 gdp growth 5.2 % exact 2024M01-M09 yoy actual\n"
	       "某市 fai growth 3.3 % exact 2024M01-M09 yoy actual\n");
	/* (下同) after a rank's scope gives it to later ranks that name none;
	 * a bare industry (工业, 金融业) opening a clause after a value added is
	 * that industry's value added */
	expect_kind("news", "2022-04-20", "county",
		    "一季度，地区生产总值完成14.6亿元，全盟排位第5位(下同)，同比增长9.5%，排位第2位。"
		    "其中：第二产业增加值7.07亿元，其中:工业完成6.52亿元，排位第4位。\n"
		    "第三产业增加值5.9亿元，增长3.1%。其中交通运输业增速达13.4%；金融业增长8.2%。\n"
		    "全县固定资产投资增长12%，其中工业增长3%。",
		    "某市 gdp level 14.6 亿元 exact 2022Q1 - actual 5@全盟\n"
		    "某市 gdp growth 9.5 % exact 2022Q1 yoy actual 2@全盟\n"
		    "某市 secondary_industry_va level 7.07 亿元 exact 2022Q1 - actual\n"
		    "某市 total_industry_va level 6.52 亿元 exact 2022Q1 - actual 4@全盟\n"
		    "某市 tertiary_industry_va level 5.9 亿元 exact 2022Q1 - actual\n"
		    "某市 tertiary_industry_va growth 3.1 % exact 2022Q1 yoy actual\n"
		    "某市 ~ growth 13.4 % exact 2022Q1 yoy actual\n"
		    "某市 finance_va growth 8.2 % exact 2022Q1 yoy actual\n"
		    "某市 fai growth 12 % exact 2022Q1 yoy actual\n"
		    "某市 ~ growth 3 % exact 2022Q1 yoy actual\n");
	/* a kind of insurance, loan term, delivery or power source before a
	 * label names a part; 住户存款 is the residents' savings */
	expect("2022-03-01", CITY,
	       "2021年末，住户存款余额420.81亿元。全年保费收入20.72亿元，其中财产险保费收入5.38亿元。"
	       "中长期贷款余额3267.7亿元。全年发电量25.89亿千瓦时，其中风力发电量10.38亿千瓦时。",
	       "某市 savings_deposits level 420.81 亿元 exact 2021 - actual\n"
	       "某市 insurance_premiums level 20.72 亿元 exact 2021 - actual\n"
	       "某市 power_generation level 25.89 亿千瓦时 exact 2021 - actual\n");
	/* …so do fossil and clean sources and visitors from abroad;
	 * 游客人数 and 地表水国考断面优良水体比例 are catalog names */
	expect_kind("gwr", "2026-01-20", CITY,
		    "2025年，全市游客人数、旅游收入分别增长12%和9%，入境游客人数增长30%。"
		    "非化石能源发电量增长15%，全市发电量增长4%。地表水国考断面优良水体比例提升3.5个百分点。",
		    "某市 tourist_arrivals growth 12 % exact 2025 yoy actual\n"
		    "某市 tourism_revenue growth 9 % exact 2025 yoy actual\n"
		    "某市 ~ growth 30 % exact 2025 yoy actual\n"
		    "某市 ~ growth 15 % exact 2025 yoy actual\n"
		    "某市 power_generation growth 4 % exact 2025 yoy actual\n"
		    "某市 surface_water_quality change_pp 3.5 百分点 exact 2025 yoy actual\n");
	/* …and so does a sector before the short name of investment */
	expect_kind("news", "2021-05-18", "county",
		    "1-4月，全县固投增长6.2%。其中，工业固投增长9.5%，交通固投下降14.3%。",
		    "某市 fai growth 6.2 % exact 2021M01-M04 yoy actual\n"
		    "某市 industrial_investment growth 9.5 % exact 2021M01-M04 yoy actual\n"
		    "某市 ~ growth -14.3 % exact 2021M01-M04 yoy actual\n");
	expect_kind("gwr", "2025-01-20", "province",
		    "2024年，全省生产总值达到2.3万亿元，海洋生产总值突破4000亿元。",
		    "某市 gdp level 23000 亿元 exact 2024 - actual\n");
	expect("2022-03-01", CITY,
	       "2021年，规模以上固定资产投资增长13.6%，5千万以下固定资产投资下降46.7%。",
	       "某市 fai growth 13.6 % exact 2021 yoy actual\n"
	       "某市 ~ growth -46.7 % exact 2021 yoy actual\n");
	/* a news headline without a period reports the item's first period;
	 * 限额以上 before a label names a part, no catalog metric; a clause
	 * that opens with 园区 is the park's, left out */
	expect_kind("news", "2024-10-30", CITY,
		    "实现地区生产总值712.76亿元,同比增长6.8%\n"
		    "第一产业增加值142.68亿元,增长3.4%。前三季度，全市限额以上社会消费品零售总额增长3.6%，"
		    "园区规模工业增加值增长4.5%。",
		    "某市 gdp level 712.76 亿元 exact 2024M01-M09 - actual\n"
		    "某市 gdp growth 6.8 % exact 2024M01-M09 yoy actual\n"
		    "某市 primary_industry_va level 142.68 亿元 exact 2024M01-M09 - actual\n"
		    "某市 primary_industry_va growth 3.4 % exact 2024M01-M09 yoy actual\n"
		    "某市 ~ growth 3.6 % exact 2024M01-M09 yoy actual\n");
	/* a growth that narrows (增幅收窄) falls; a fall that narrows rises */
	expect_kind("news", "2022-01-20", CITY,
		    "1-12月，规模以上工业增加值增长16.8%，增幅较前三季度收窄6.8个百分点。"
		    "社会消费品零售总额下降4%，降幅较前三季度收窄3.4个百分点。",
		    "某市 industrial_va growth 16.8 % exact 2021 yoy actual\n"
		    "某市 industrial_va change_pp -6.8 百分点 exact 2021 vs:2021M01-M09 actual\n"
		    "某市 retail_sales growth -4 % exact 2021 yoy actual\n"
		    "某市 retail_sales change_pp 3.4 百分点 exact 2021 vs:2021M01-M09 actual\n");
	/* a month range (1-11月) is no page's date: it is the news item's
	 * period; 目前 and 今年以来 after it are the item's months */
	expect_kind("news", "2020-12-20", "county",
		    "1-11月,固定资产投资同比增长7.0%。目前全县在库项目126个,工业投资同比增长18.5%。",
		    "某市 fai growth 7 % exact 2020M01-M11 yoy actual\n"
		    "某市 industrial_investment growth 18.5 % exact 2020M01-M11 yoy actual\n");
	/* a December report's 全年 is its own year; (预计,同比,下同) after a
	 * figure makes its sentence and paragraph estimates; labels and
	 * figures listed without 分别 pair in order */
	expect_kind("gwr", "2022-12-23", "county",
		    "一、全面回顾全年工作\n全年完成地区生产总值512亿元，增长5.6%(预计,同比,下同)；"
		    "城镇和农村居民人均可支配收入42330元、27924元，分别增长4.3%、6.2%。",
		    "某市 gdp level 512 亿元 exact 2022 - estimate\n"
		    "某市 gdp growth 5.6 % exact 2022 yoy estimate\n"
		    "某市 urban_income level 42330 元 exact 2022 - estimate\n"
		    "某市 rural_income level 27924 元 exact 2022 - estimate\n"
		    "某市 urban_income growth 4.3 % exact 2022 yoy estimate\n"
		    "某市 rural_income growth 6.2 % exact 2022 yoy estimate\n");
	/* the value a change started from (从…增长到) and a year compared
	 * with (是2016年的2.5倍) are not the figures' period; a rank moved to
	 * keeps the scope of the rank moved from; 跨越 a threshold */
	expect("2021-12-26", "county",
	       "2021年，地区生产总值从117.6亿元增长到296亿元，是2016年的2.5倍，"
	       "由全省第45位上升到第27位；财政收入跨越20亿元台阶。",
	       "某市 gdp level 296 亿元 exact 2021 - actual 27@全省\n"
	       "某市 fiscal_revenue level 20 亿元 at_least 2021 - actual\n");
	/* 全县 in a city's report is one of its counties */
	expect("2023-03-01", CITY, "2022年，全市地区生产总值增长5%。全县规上工业增加值增长8%。",
	       "某市 gdp growth 5 % exact 2022 yoy actual\n");
	/* 全县 in a district's report is another county, 全区 in a county's
	 * the region above */
	expect("2023-03-01", "district",
	       "2022年，全区地区生产总值增长5%。全县工业经济向好，规上工业增加值增长8%。",
	       "某市 gdp growth 5 % exact 2022 yoy actual\n");
	expect_entity_records(ex, line_of, "某县", NULL, "2023-03-01", "county",
			      "2022年，全县地区生产总值增长5%。全区规上工业增加值增长8%。",
			      "某县 gdp growth 5 % exact 2022 yoy actual\n");
	/* a town's report (全镇, 我街道 before any figure of the entity's own):
	 * only what names the entity is the entity's; a headline that opens
	 * with another place's name and a colon makes the report that place's */
	expect_kind("news", "2022-01-20", CITY,
		    "2021年，我街道经济平稳增长。全年实现地区生产总值310亿元，增长10.6%。\n"
		    "全年全市居民消费价格上涨1.1%。",
		    "某市 cpi growth 1.1 % exact 2021 yoy actual\n");
	expect_kind("news", "2018-08-20", "district",
		    "新闻首页\n忠县：上半年工业经济向好\n1-6月，规上工业增加值增长15.9%。",
		    "");
	/* a news item's paragraph that opens with the work the place will do
	 * (该县将重点抓好…工作。) lays out the year ahead: its figures are that
	 * year's targets, 全年 the year planned, not the last one done */
	expect_entity_records(ex, line_of, "某县", "news", "2024-12-20", "county",
			      "12月20日，某县人民代表大会开幕。2025年，该县力争实现地区生产总值增长7%以上。\n"
			      "该县将重点抓好五个方面工作。一是做强产业，全年新增规上工业企业18家。"
			      "二是狠抓项目，推动建设重点项目120个，完成投资90亿元以上。",
			      "某县 gdp growth 7 % at_least 2025 yoy target\n"
			      "某县 above_scale_industrial_enterprises added 18 家 exact 2025 - target\n"
			      "某县 project_investment level 90 亿元 at_least 2025 - target\n");
	/* (…and one that says what was done is no plan) */
	expect_entity_records(ex, line_of, "某县", "news", "2024-12-20", "county",
			      "12月20日，某县人民代表大会开幕。\n"
			      "该县重点抓好了五个方面工作。全年新增规上工业企业18家。",
			      "某县 above_scale_industrial_enterprises added 18 家 exact 2024 - actual\n");
	/* a December report's section of the year ahead (二、2024年发展目标任务):
	 * 全年 in its target list is the year planned, not the report's own
	 * year, which its review section keeps */
	expect_kind("targets", "2023-12-22", CITY,
		    "二、2024年发展目标任务\n2024年是承上启下的关键之年。\n"
		    "全年主要预期目标是：地区生产总值增长7%，固定资产投资增长9%。",
		    "某市 gdp growth 7 % exact 2024 yoy target\n"
		    "某市 fai growth 9 % exact 2024 yoy target\n");
	expect_kind("gwr", "2023-12-22", CITY,
		    "一、2023年工作回顾\n全年实现地区生产总值210亿元，增长6%。\n"
		    "二、2024年发展目标任务\n全年主要预期目标是：地区生产总值增长7%。",
		    "某市 gdp level 210 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 6 % exact 2023 yoy actual\n"
		    "某市 gdp growth 7 % exact 2024 yoy target\n");
	/* a target list of its date's own year: 全年 in its plan of work
	 * (全年实施重点项目…，完成投资…以上) is the year planned, not the last
	 * one done; its review keeps that year */
	expect_kind("targets", "2021-02-10", CITY,
		    "经济社会发展主要预期目标\n地区生产总值增长7%以上\n"
		    "着力扩大投资。全年实施重点项目300个以上，完成投资800亿元以上。",
		    "某市 gdp growth 7 % at_least 2021 yoy target\n"
		    "某市 project_investment level 800 亿元 at_least 2021 - target\n");
	expect_kind("targets", "2021-02-10", CITY,
		    "某市召开人民代表大会\n"
		    "过去一年，全市经济稳定恢复。全年实现地区生产总值210亿元，增长4%。\n"
		    "今年主要预期目标是：地区生产总值增长7%。",
		    "某市 gdp level 210 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 4 % exact 2020 yoy actual\n"
		    "某市 gdp growth 7 % exact 2021 yoy target\n");
	/* a news item's line that closes on 主要预期目标 over indented •
	 * items heads the list of the year its meeting plans */
	expect_kind("news", "2021-02-10", CITY,
		    "2月8日，某市人民代表大会开幕。\n\n经济社会发展主要预期目标\n\n"
		    "  • 地区生产总值增长7%以上 \n\n  • 一般公共预算收入增长5%左右\n\n"
		    "政府要提升三个能力\n",
		    "某市 gdp growth 7 % at_least 2021 yoy target\n"
		    "某市 budget_revenue growth 5 % approx 2021 yoy target\n");
	/* …but a district's own full name before the colon, its city's name
	 * first, is the report's own place, not its city */
	expect_entity_records(ex, line_of, "郑州市金水区", "news", "2025-02-20", "district",
			      "郑州市金水区:2025年地区生产总值增长6.5%以上\n"
			      "今年的主要预期目标是：地区生产总值增长6.5%以上，一般公共预算收入增长3%。",
			      "郑州市金水区 gdp growth 6.5 % at_least 2025 yoy target\n"
			      "郑州市金水区 gdp growth 6.5 % at_least 2025 yoy target\n"
			      "郑州市金水区 budget_revenue growth 3 % exact 2025 yoy target\n");
	/* a word that holds 预期 or 争取 but sets no target */
	expect("2023-03-01", CITY,
	       "2022年，面对超预期因素冲击，全市地区生产总值增长4.5%。",
	       "某市 gdp growth 4.5 % exact 2022 yoy actual\n");
	expect_kind("gwr", "2024-01-10", CITY,
		    "一、回顾2023\n刚刚过去的2023年，我们办成了一批提振信心、改善预期的实事，"
		    "全年完成地区生产总值615亿元。",
		    "某市 gdp level 615 亿元 exact 2023 - actual\n");
	/* …nor do the pressures a review says it withstood (预期转弱) */
	expect_kind("gwr", "2023-02-10", "county",
		    "一、2022年工作回顾\n——这一年，我们顶住需求不足、预期转弱等压力，"
		    "全年地区生产总值达415.3亿元、增长4.2%。",
		    "某市 gdp level 415.3 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 4.2 % exact 2022 yoy actual\n");
	/* the day a meeting opened, in the month the item speaks from, dates
	 * none of the figures after it (a review of the year and its plan
	 * period named as a pair carries no period either); 截至 a day still
	 * dates a stock */
	expect_kind("news", "2026-01-12", CITY,
		    "1月12日，某市人民代表大会第四次会议开幕。市长作报告，回顾2025年及“十四五”工作。"
		    "全市地区生产总值增长5.3%，社会消费品零售总额增长4.1%。",
		    "某市 gdp growth 5.3 % exact 2025 yoy actual\n"
		    "某市 retail_sales growth 4.1 % exact 2025 yoy actual\n");
	expect_kind("news", "2026-01-25", CITY, "截至1月20日，全市金融机构存款余额达到812亿元。",
		    "某市 deposits level 812 亿元 exact 2026M01 - actual\n");
	/* …also in a 政府工作报告 of that day, whose review gives a month
	 * without a year the year reviewed */
	expect_kind("gwr", "2026-01-25", CITY,
		    "某通讯社某地1月25日电／某市市长作政府工作报告，指全市地区生产总值超过900亿元，增长5.1%。",
		    "某市 gdp level 900 亿元 at_least 2025 - actual\n"
		    "某市 gdp growth 5.1 % exact 2025 yoy actual\n");
	expect_kind("gwr", "2026-01-25", CITY,
		    "1月20日，某市人民代表大会开幕。全市地区生产总值增长5.1%。",
		    "某市 gdp growth 5.1 % exact 2025 yoy actual\n");
	/* a rate word right after the label, then the periods' percents: the
	 * label's growth in each period */
	expect_kind("news", "2023-11-20", "district",
		    "全区GDP增速逐季加快，一季度1.8%、上半年2.9%、前三季度3.7%。",
		    "某市 gdp growth 1.8 % exact 2023Q1 yoy actual\n"
		    "某市 gdp growth 2.9 % exact 2023H1 yoy actual\n"
		    "某市 gdp growth 3.7 % exact 2023M01-M09 yoy actual\n");
	expect_kind("news", "2023-08-10", "district", "全区地区生产总值增速上半年为4.6%。",
		    "某市 gdp growth 4.6 % exact 2023H1 yoy actual\n");
	/* …nor do expectations said to be weak (需求收缩、供给冲击、预期转弱
	 * of a year's pressures) in a plan report's review */
	expect_kind("plan", "2024-02-20", "district",
		    "一、2023年计划执行情况\n积极应对外部需求不足、预期偏弱等挑战，全区实现地区生产总值512.4亿元、"
		    "增长4.3%，增速高于全市0.2个百分点。",
		    "某市 gdp level 512.4 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 4.3 % exact 2023 yoy actual\n"
		    "某市 gdp gap_pp 0.2 百分点 exact 2023 全市 actual\n");
	expect_kind("plan", "2023-01-12", CITY,
		    "2022年，面对需求收缩、供给冲击、预期转弱三重压力，全市一般公共预算收入增长2.6%。",
		    "某市 budget_revenue growth 2.6 % exact 2022 yoy actual\n");
	/* …nor does a heading on expectations getting better */
	expect_kind("news", "2023-10-25", "district",
		    "餐饮住宿回暖明显，预期向好\n1-9月，全区社会消费品零售总额增长6.4%。",
		    "某市 retail_sales growth 6.4 % exact 2023M01-M09 yoy actual\n");
	/* a product named bare in a sentence of products' output is the
	 * catalog's output of it, when there is one */
	expect("2022-03-29", CITY,
	       "2021年，主要工业产品产量中，耐火材料制品295835吨，增长15.8%；水泥1131528吨，增长0.2%；"
	       "粗钢增长1.4%。",
	       "某市 cement_output level 113.1528 万吨 exact 2021 - actual\n"
	       "某市 cement_output growth 0.2 % exact 2021 yoy actual\n"
	       "某市 crude_steel_output growth 1.4 % exact 2021 yoy actual\n");
	/* the same for each item of a 、 list of products after the list's
	 * colon; an item the catalog has no output of (焦炭) makes none */
	expect("2022-03-29", CITY,
	       "2021年，规模以上工业企业主要产品产量：焦炭52万吨、原煤610.5万吨、水泥48.2万吨。",
	       "某市 raw_coal_output level 610.5 万吨 exact 2021 - actual\n"
	       "某市 cement_output level 48.2 万吨 exact 2021 - actual\n");
	/* 由2017年的X降至Y in a year's review: X of 2017, Y and the growth
	 * after it of the review's year */
	expect_kind("gwr", "2019-01-17", "county",
		    "一、2018年工作回顾\n全县PM2.5平均浓度由2017年的76微克/立方米降至64微克/立方米，"
		    "同比下降15.79%。",
		    "某市 pm25 level 76 微克/立方米 exact 2017 - actual\n"
		    "某市 pm25 level 64 微克/立方米 exact 2018 - actual\n"
		    "某市 pm25 growth -15.79 % exact 2018 yoy actual\n");
	/* a second 分别 after 同比 (its figures' words before 分别) pairs
	 * with the list */
	expect("2019-03-04", "district",
	       "2018年，城乡居民人均可支配收入分别达到35960元、26859元，同比分别增长6.4%、9.2%。",
	       "某市 urban_income level 35960 元 exact 2018 - actual\n"
	       "某市 rural_income level 26859 元 exact 2018 - actual\n"
	       "某市 urban_income growth 6.4 % exact 2018 yoy actual\n"
	       "某市 rural_income growth 9.2 % exact 2018 yoy actual\n");
	/* 当年 after a year spoken of is that year; a goal taken on (把…作为
	 * 奋斗目标) sets no target */
	expect_kind("gwr", "2022-01-23", CITY,
		    "一、过去一年工作回顾\n2021年实施重点项目502项、当年投资996.3亿元。"
		    "把蓝天常见作为奋斗目标，全市PM2.5浓度同比下降19.4%。",
		    "某市 project_investment level 996.3 亿元 exact 2021 - actual\n"
		    "某市 pm25 growth -19.4 % exact 2021 yoy actual\n");
	/* the grade in Latin letters; PM2.5 in μg/m3 */
	expect_kind("plan", "2024-01-12", CITY,
		    "——地表水达到或好于III类水体比例88.6%；\n——PM2.5平均浓度29μg/m3。",
		    "某市 surface_water_quality level 88.6 % exact 2023 - actual\n"
		    "某市 pm25 level 29 微克/立方米 exact 2023 - actual\n");
	expect("2023-03-01", CITY,
	       "2022年，争取到位上级资金14亿元，城镇居民人均可支配收入增长8.1%。",
	       "某市 urban_income growth 8.1 % exact 2022 yoy actual\n");
	/* a point typed twice; a 口径 note between a label's two figures */
	expect("2023-03-01", CITY, "2022年，原煤产量1679.1万吨，同比下降12..6%。",
	       "某市 raw_coal_output level 1679.1 万吨 exact 2022 - actual\n"
	       "某市 raw_coal_output growth -12.6 % exact 2022 yoy actual\n");
	expect("2023-03-01", CITY, "2022年，一般公共预算收入301亿元、同口径增长5.6%。",
	       "某市 budget_revenue level 301 亿元 exact 2022 - actual\n"
	       "某市 budget_revenue growth 5.6 % exact 2022 yoy actual\n");
	/* a note in brackets after the first figure */
	expect("2023-03-01", CITY, "2022年，一般公共预算收入339亿元(不含土地出让)、增长5.5%。",
	       "某市 budget_revenue level 339 亿元 exact 2022 - actual\n"
	       "某市 budget_revenue growth 5.5 % exact 2022 yoy actual\n");
	/* the amounts glued into one number (a web page's lost separators):
	 * no figure, but the list still pairs with the clause after */
	expect("2023-03-01", CITY,
	       "2022年，第一、二、三产业增加值分别为50232105722950亿元，分别增长4.1%5.2%6.3%。",
	       "某市 primary_industry_va growth 4.1 % exact 2022 yoy actual\n"
	       "某市 secondary_industry_va growth 5.2 % exact 2022 yoy actual\n"
	       "某市 tertiary_industry_va growth 6.3 % exact 2022 yoy actual\n");
	/* words joined by 、 that share the last one's tail (等支出): each
	 * names its metric, or none (its figure is left out), in the order of
	 * the figures */
	expect("2023-03-01", CITY,
	       "2022年，一般公共服务、教育、科学技术、社会保障和就业等支出增速分别为-9.4%、"
	       "29.0%、47.8%、26.6%。",
	       "某市 education_expenditure growth 29 % exact 2022 yoy actual\n"
	       "某市 social_security_expenditure growth 26.6 % exact 2022 yoy actual\n");
	/* no shared tail, items each named in full: the known ones pair, the
	 * unknown ones keep their place; a glued label names nothing */
	expect("2019-09-20", CITY, "1-8月，工业应税销售、工业用电量分别增长10.4%和3.6%。",
	       "某市 industrial_electricity growth 3.6 % exact 2019M01-M08 yoy actual\n");
	expect("2025-07-20", CITY, "上半年，新材料和数字经济规上工业增加值分别增长7.3%和14.2%。",
	       "某市 ~ growth 7.3 % exact 2025H1 yoy actual\n");
	/* no word of the list names a metric with the tail: no list */
	expect("2023-03-01", CITY, "2022年，甲类、乙类等产品产量分别增长3.1%、4.2%。", "");
	/* the base of an index is no period; 全年 dates it */
	expect("2023-03-01", CITY, "全年居民消费价格指数为101.9（上年=100）。",
	       "某市 cpi level 101.9 上年=100 exact 2022 - actual\n");
	expect("2023-03-01", CITY, "居民消费价格指数为101.9（上年=100）。",
	       "某市 cpi level 101.9 上年=100 exact - - actual\n");
	/* a real growth after prices is another indicator; per-mille rates
	 * are no growth, but the level of a ‰ metric */
	expect("2023-03-01", CITY,
	       "全年全体居民人均可支配收入31950元，比上年增长6.1%，扣除价格因素实际增长4.8%。"
	       "人口自然增长率-1.2‰，下降0.94个千分点。出生率7.3‰。",
	       "某市 disposable_income level 31950 元 exact 2022 - actual\n"
	       "某市 disposable_income growth 6.1 % exact 2022 yoy actual\n"
	       "某市 natural_growth_rate level -1.2 ‰ exact 2022 - actual\n"
	       "某市 natural_growth_rate change_pp -0.94 千分点 exact 2022 yoy actual\n"
	       "某市 birth_rate level 7.3 ‰ exact 2022 - actual\n");
	/* targets: 左右 approx, 以上 at least, the date's year */
	expect("2023-01-10", CITY,
	       "今年主要预期目标是：地区生产总值增长6.7%左右，城镇新增就业4.6万人以上。",
	       "某市 gdp growth 6.7 % approx 2023 yoy target\n"
	       "某市 urban_new_jobs level 4.6 万人 at_least 2023 - target\n");
}

/* News pages, work summaries, speeches and monthly reports. */
static void report_styles(void)
{
	/* the title's period dates paragraphs that name none; a stock of a
	 * half year is counted at its end month */
	expect("2023-07-15", "district",
	       "某区2023年上半年工作总结\n\n新增高新技术企业46家，累计达到512家。\n",
	       "某市 high_tech_enterprises added 46 家 exact 2023H1 - actual\n"
	       "某市 high_tech_enterprises level 512 家 exact 2023M06 - actual\n");
	/* a title naming the year a report is for (not yet ended at its date)
	 * does not date the review's figures; the kind it names (a 政府工作
	 * 报告 of January reviews the year before) does */
	expect("2022-01-20", CITY, "2022年政府工作报告\n\n全市生产总值增长7.0%。\n",
	       "某市 gdp growth 7 % exact 2021 yoy actual\n");
	/* a title with sentence punctuation is prose, not a title */
	expect("2023-07-15", "district", "同志们：\n新增高新技术企业46家。\n",
	       "某市 high_tech_enterprises added 46 家 exact - - actual\n");
	/* 完成全年目标的: the period names the target, not the figures */
	expect("2023-07-15", "district",
	       "上半年，全区实现地区生产总值1646.9亿元，完成全年目标的47.4%。"
	       "规模以上工业增加值增长8.8%。",
	       "某市 gdp level 1646.9 亿元 exact 2023H1 - actual\n"
	       "某市 industrial_va growth 8.8 % exact 2023H1 yoy actual\n");
	/* a second 分别 in the sentence pairs with the same list */
	expect("2023-07-15", "district",
	       "上半年，社会消费品零售总额、进出口总额分别完成312.5亿元、986.7亿元，"
	       "分别增长8.1%、6.3%。",
	       "某市 retail_sales level 312.5 亿元 exact 2023H1 - actual\n"
	       "某市 import_export level 986.7 亿元 exact 2023H1 - actual\n"
	       "某市 retail_sales growth 8.1 % exact 2023H1 yoy actual\n"
	       "某市 import_export growth 6.3 % exact 2023H1 yoy actual\n");
	/* 其中 + a part named in words of its own: not the whole's figure (its
	 * own metric when the catalog has one) */
	expect("2023-11-20", CITY,
	       "1-10月，全社会用电量286.5亿千瓦时，同比增长7.8%，其中工业用电量198.3亿千瓦时，"
	       "增长8.5%；其中城乡居民生活用电量50.1亿千瓦时，增长3.1%。",
	       "某市 electricity_consumption level 286.5 亿千瓦时 exact 2023M01-M10 - actual\n"
	       "某市 electricity_consumption growth 7.8 % exact 2023M01-M10 yoy actual\n"
	       "某市 industrial_electricity level 198.3 亿千瓦时 exact 2023M01-M10 - actual\n"
	       "某市 industrial_electricity growth 8.5 % exact 2023M01-M10 yoy actual\n");
	/* 比年初增加 at a month's end: added since January */
	expect("2023-11-20", CITY,
	       "10月末，全市金融机构本外币各项存款余额8236.4亿元，比年初增加812.5亿元，"
	       "同比增长11.2%。",
	       "某市 deposits level 8236.4 亿元 exact 2023M10 - actual\n"
	       "某市 deposits added 812.5 亿元 exact 2023M01-M10 - actual\n"
	       "某市 deposits growth 11.2 % exact 2023M10 yoy actual\n");
	/* 分别比年初增加a、b after two stocks: the verb before the first
	 * amount speaks for the second too, both added since January */
	expect("2023-10-25", "county",
	       "9月末，全县金融机构存款余额186.4亿元，贷款余额132.7亿元，"
	       "分别比年初增加9.3亿元、7.1亿元。",
	       "某市 deposits level 186.4 亿元 exact 2023M09 - actual\n"
	       "某市 loans level 132.7 亿元 exact 2023M09 - actual\n"
	       "某市 deposits added 9.3 亿元 exact 2023M01-M09 - actual\n"
	       "某市 loans added 7.1 亿元 exact 2023M01-M09 - actual\n");
	/* a flow at a month's end alone is counted from January, a stock is
	 * that month's */
	expect("2024-07-20", "county",
	       "上半年，全县农林牧渔业总产值12亿元。6月末，全县生猪出栏2.6万头，增长3.1%；"
	       "生猪存栏1.9万头，下降2.2%。",
	       "某市 agri_output level 12 亿元 exact 2024H1 - actual\n"
	       "某市 hogs_slaughtered level 2.6 万头 exact 2024H1 - actual\n"
	       "某市 hogs_slaughtered growth 3.1 % exact 2024H1 yoy actual\n"
	       "某市 hog_inventory level 1.9 万头 exact 2024M06 - actual\n"
	       "某市 hog_inventory growth -2.2 % exact 2024M06 yoy actual\n");
	/* 翻一番 without a stated basis: no yearly growth */
	expect("2021-09-26", CITY,
	       "社会消费品零售总额由2016年的697.4亿元增加到2020年的1177.0亿元，实现翻一番。",
	       "某市 retail_sales level 697.4 亿元 exact 2016 - actual\n"
	       "某市 retail_sales level 1177 亿元 exact 2020 - actual\n");
	/* 城镇、农村居民X分别…: the word before 、 names the other metric */
	expect("2021-09-26", CITY,
	       "2020年，城镇、农村居民人均可支配收入分别达到34570元、13721元，"
	       "年均分别增长7.3%、9.1%。",
	       "某市 urban_income level 34570 元 exact 2020 - actual\n"
	       "某市 rural_income level 13721 元 exact 2020 - actual\n"
	       "某市 urban_income growth 7.3 % exact 2020 cagr actual\n"
	       "某市 rural_income growth 9.1 % exact 2020 cagr actual\n");
	/* 五年累计: the sum over the five years up to the one carried */
	expect("2021-09-26", CITY, "2020年达到295.1亿元。五年累计完成固定资产投资1.32万亿元。",
	       "某市 fai level 13200 亿元 exact 2016..2020 - actual\n");
	/* news page: gap and rank, 较1-2月, 两年平均, 环比 */
	expect("2023-04-20", CITY,
	       "一季度全市经济运行稳中向好\n一季度，全市地区生产总值同比增长6.2%，高于全省0.9个百分点，"
	       "居全省第3位。规模以上工业增加值同比增长8.3%，较1-2月加快1.3个百分点，"
	       "两年平均增长7.7%。\n",
	       "某市 gdp growth 6.2 % exact 2023Q1 yoy actual 3@全省\n"
	       "某市 gdp gap_pp 0.9 百分点 exact 2023Q1 全省 actual\n"
	       "某市 industrial_va growth 8.3 % exact 2023Q1 yoy actual\n"
	       "某市 industrial_va change_pp 1.3 百分点 exact 2023Q1 vs:2023M01-M02 actual\n"
	       "某市 industrial_va growth 7.7 % exact 2023Q1 avg2y actual\n");
}


/* Document context: a figure with no period or status of its own takes the
 * document's (the review's year, the target list's, the bulletin's). */
static void document_context(void)
{
	expect_kind("gwr", "2024-01-18", CITY,
		    "一、过去一年工作回顾\n全市生产总值增长5.6%，一般公共预算收入增长4.1%。\n"
		    "二、2024年主要预期目标\n地区生产总值增长6%左右；\n城镇新增就业2万人以上。",
		    "某市 gdp growth 5.6 % exact 2023 yoy actual\n"
		    "某市 budget_revenue growth 4.1 % exact 2023 yoy actual\n"
		    "某市 gdp growth 6 % approx 2024 yoy target\n"
		    "某市 urban_new_jobs level 2 万人 at_least 2024 - target\n");
	/* a plan report: the year carried out, then the year planned */
	expect_kind("plan", "2021-01-14", CITY,
		    "关于2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
		    "全市生产总值增长3.1%。\n2021年主要预期目标建议为：地区生产总值增长7%左右。",
		    "某市 gdp growth 3.1 % exact 2020 yoy actual\n"
		    "某市 gdp growth 7 % approx 2021 yoy target\n");
	/* a title over several lines names no section (…计划草案的报告) */
	expect_kind("plan", "2023-01-10", CITY,
		    "关于2022年国民经济和社会发展计划执行情况\n及2023年国民经济和社会发展计划草案的报告\n"
		    "一、国民经济稳步发展，全年各项工作有序推进。\n全市农作物播种面积365万亩。",
		    "某市 crop_area level 365 万亩 exact 2022 - actual\n");
	expect_kind("plan", "2022-04-15", CITY,
		    "某市2022年国民经济和社会发展计划\n地区生产总值增长6.8%，固定资产投资增长8%。",
		    "某市 gdp growth 6.8 % exact 2022 yoy target\n"
		    "某市 fai growth 8 % exact 2022 yoy target\n");
	/* a monthly report's figures run from January; its stocks are the
	 * month's end */
	expect_kind("news", "2023-07-12", "district",
		    "某区2023年6月经济运行情况\n全区实现地区生产总值57亿元，增长4.6%。"
		    "6月末，全区金融机构本外币存款余额135亿元。",
		    "某市 gdp level 57 亿元 exact 2023H1 - actual\n"
		    "某市 gdp growth 4.6 % exact 2023H1 yoy actual\n"
		    "某市 deposits level 135 亿元 exact 2023M06 - actual\n");
	expect_kind("bulletin", "2023-12-31", "county",
		    "某县2023年国民经济和社会发展统计公报\n"
		    "初步核算，全年实现地区生产总值312.5亿元，比上年增长5.1%。",
		    "某市 gdp level 312.5 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 5.1 % exact 2023 yoy actual\n");
	/* a bulletin dated after its year (published in spring) speaks of
	 * its own year as 今年 */
	expect_kind("bulletin", "2024-05-20", "county",
		    "某县2023年国民经济和社会发展统计公报\n"
		    "一、综合\n全年实现地区生产总值98.6亿元，比上年增长5.3%。\n"
		    "今年建筑业增加值达18.4亿元，增长6.2%。",
		    "某市 gdp level 98.6 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 5.3 % exact 2023 yoy actual\n"
		    "某市 construction_va level 18.4 亿元 exact 2023 - actual\n"
		    "某市 construction_va growth 6.2 % exact 2023 yoy actual\n");
	expect_kind("targets", "2023-01-10", "county",
		    "今年的主要预期目标是：\n地区生产总值增长6%；\n一般公共预算收入增长5%。",
		    "某市 gdp growth 6 % exact 2023 yoy target\n"
		    "某市 budget_revenue growth 5 % exact 2023 yoy target\n");
	/* a news item's heading line of no figure that names the year
	 * ahead with a plan heading's word (N年主要目标任务, N年预期目标)
	 * opens the target list: its items after it are that year's */
	expect_kind("news", "2026-01-15", "province",
		    "一、2025年工作回顾\n全省地区生产总值增长4.9%；\n"
		    "二、2026年主要目标任务\n全省地区生产总值增长4.5%以上；\n"
		    "固定资产投资增长3%左右；",
		    "某市 gdp growth 4.9 % exact 2025 yoy actual\n"
		    "某市 gdp growth 4.5 % at_least 2026 yoy target\n"
		    "某市 fai growth 3 % approx 2026 yoy target\n");
	expect_kind("news", "2026-01-15", "province",
		    "全年地区生产总值增长4.2%左右\n2026年预期目标\n●地区生产总值增长5%左右\n"
		    "●城镇新增就业32万人以上",
		    "某市 gdp growth 4.2 % approx 2025 yoy actual\n"
		    "某市 gdp growth 5 % approx 2026 yoy target\n"
		    "某市 urban_new_jobs level 32 万人 at_least 2026 - target\n");
	/* but not one that reports on them (…完成情况, 进展) */
	expect_kind("news", "2025-07-20", "province",
		    "2025年上半年主要目标任务完成情况\n●地区生产总值增长5.1%",
		    "某市 gdp growth 5.1 % exact 2025H1 yoy actual\n");
	/* a page's date in the first line is no title period: 全年 of a
	 * January report is the year before */
	expect_kind("news", "2018-01-24", "district",
		    "编辑:某某2018-01-24 16:20来源:某网\n圆满完成了全年主要目标任务。"
		    "预计地区生产总值超过1600亿元，增长7.4%左右。",
		    "某市 gdp level 1600 亿元 at_least 2017 - estimate\n"
		    "某市 gdp growth 7.4 % approx 2017 yoy estimate\n");
	/* a news item's first period dates its paragraphs that name none */
	expect_kind("news", "2024-08-09", "county",
		    "上半年，全县经济运行稳中向好。\n全县生猪出栏5.2万头，增长6.8%。\n"
		    "规上工业增加值下降15.4%。",
		    "某市 hogs_slaughtered level 5.2 万头 exact 2024H1 - actual\n"
		    "某市 hogs_slaughtered growth 6.8 % exact 2024H1 yoy actual\n"
		    "某市 industrial_va growth -15.4 % exact 2024H1 yoy actual\n");
	/* in a news item on 上半年, 二季度 accounts are the half's (cumulative),
	 * unless 当季 says the quarter alone */
	expect_kind("news", "2024-08-09", "county",
		    "上半年，全县经济运行小幅回升。\n二季度全县地区生产总值为120亿元，增长3.9%。\n"
		    "二季度当季，全县规上工业增加值增长2%。",
		    "某市 gdp level 120 亿元 exact 2024H1 - actual\n"
		    "某市 gdp growth 3.9 % exact 2024H1 yoy actual\n"
		    "某市 industrial_va growth 2 % exact 2024Q2 yoy actual\n");
	/* a county's news item whose first period is a later quarter written
	 * bare (三季度, after 今年以来) reports from January; 第三季度 and a
	 * prefecture's item keep the quarter */
	expect_kind("news", "2021-11-08", "county",
		    "今年以来，全县经济持续回升。\n三季度，全县实现地区生产总值98.5亿元，增长4.2%。\n"
		    "三季度，全县生猪出栏12.6万头，增长3.1%。",
		    "某市 gdp level 98.5 亿元 exact 2021M01-M09 - actual\n"
		    "某市 gdp growth 4.2 % exact 2021M01-M09 yoy actual\n"
		    "某市 hogs_slaughtered level 12.6 万头 exact 2021M01-M09 - actual\n"
		    "某市 hogs_slaughtered growth 3.1 % exact 2021M01-M09 yoy actual\n");
	expect_kind("news", "2021-11-08", "county",
		    "今年以来，全县经济持续回升。\n第三季度，全县地区生产总值增长4.1%。",
		    "某市 gdp growth 4.1 % exact 2021Q3 yoy actual\n");
	expect_kind("news", "2021-11-08", "prefecture",
		    "今年以来，全市经济持续回升。\n三季度，全市地区生产总值增长4.4%。",
		    "某市 gdp growth 4.4 % exact 2021Q3 yoy actual\n");
	/* 1-4月提高…个百分点 after 1-5月 figures: the earlier months compared
	 * with (较 dropped), not the period of the clauses after */
	expect_kind("news", "2022-06-20", "district",
		    "1-5月，全区固定资产投资32.5亿元，同比增长12.4%，1-4月提高3.0个百分点。"
		    "其中，民间投资下降5.2%。",
		    "某市 fai level 32.5 亿元 exact 2022M01-M05 - actual\n"
		    "某市 fai growth 12.4 % exact 2022M01-M05 yoy actual\n"
		    "某市 fai change_pp 3 百分点 exact 2022M01-M05 vs:2022M01-M04 actual\n"
		    "某市 private_investment growth -5.2 % exact 2022M01-M05 yoy actual\n");
	/* 其中一、二、三产增加值分别增长…: the shorthand list names the three
	 * industries, the first too */
	expect_kind("gwr", "2025-01-15", "county",
		    "2024年，全县地区生产总值增长6.3%，其中一、二、三产增加值分别增长3.3%、7.1%、5.4%。",
		    "某市 gdp growth 6.3 % exact 2024 yoy actual\n"
		    "某市 primary_industry_va growth 3.3 % exact 2024 yoy actual\n"
		    "某市 secondary_industry_va growth 7.1 % exact 2024 yoy actual\n"
		    "某市 tertiary_industry_va growth 5.4 % exact 2024 yoy actual\n");
	/* 市辖区 (the city's districts together) opening a clause is not the
	 * district reporting, nor are the parts after it */
	expect_kind("news", "2022-06-20", "district",
		    "1-5月，全区一般公共预算收入6.2亿元。5月末，市辖区各金融机构本外币存贷款余额5100亿元，"
		    "同比增长9.8%；其中存款余额2300亿元，同比增长6.1%。",
		    "某市 budget_revenue level 6.2 亿元 exact 2022M01-M05 - actual\n");
	/* 在规上工业增加值中，…占…: the shares are of the whole the sentence
	 * opens with */
	expect_kind("gwr", "2025-01-15", "county",
		    "2024年，全县规上工业增加值增长9%。在规上工业增加值中，制造业增加值占88.2%，"
		    "高新技术产业增加值占51.4%。",
		    "某市 industrial_va growth 9 % exact 2024 yoy actual\n"
		    "某市 manufacturing_va share 88.2 % exact 2024 industrial_va actual\n"
		    "某市 high_tech_industry_va share 51.4 % exact 2024 industrial_va actual\n");
	/* a clause that is a catalog label and 中 alone (…，规上工业中，…占比…)
	 * frames the shares after it the same way; 中 with no comma after it
	 * (规上工业中小企业) frames nothing */
	expect_kind("bulletin", "2023-04-10", "county",
		    "新动能持续壮大，规上工业中，高新技术产业增加值增长12.5%，占比为36.8%。"
		    "规上工业中高新技术产业增加值占比为30.5%。",
		    "某市 high_tech_industry_va growth 12.5 % exact 2022 yoy actual\n"
		    "某市 high_tech_industry_va share 36.8 % exact 2022 industrial_va actual\n"
		    "某市 high_tech_industry_va share 30.5 % exact 2022 - actual\n");
	/* a sentence that opens with a breakdown (分行业看) shares out what the
	 * sentence before spoke of */
	expect_kind("news", "2024-07-25", "county",
		    "上半年，全县规上工业增加值同比增长6.2%。分行业看，制造业增加值占比为23.5%，"
		    "同比增长8.1%。",
		    "某市 industrial_va growth 6.2 % exact 2024H1 yoy actual\n"
		    "某市 manufacturing_va share 23.5 % exact 2024H1 industrial_va actual\n"
		    "某市 manufacturing_va growth 8.1 % exact 2024H1 yoy actual\n");
	/* …but not a calendar date of the page's header, nor 今年以来, nor a
	 * period not yet ended */
	expect_kind("news", "2025-04-25", "county",
		    "发布时间：2025-04-25\n2025年，全县上下奋力拼搏。今年以来，全县经济运行平稳。\n"
		    "一季度，全县地区生产总值增长5%。\n"
		    "规上工业增加值增长8%。",
		    "某市 gdp growth 5 % exact 2025Q1 yoy actual\n"
		    "某市 industrial_va growth 8 % exact 2025Q1 yoy actual\n");
	/* a five-year review has no one year (its paragraphs are not dated
	 * by the review's year); 初步预计 makes its paragraph estimates */
	expect_kind("gwr", "2022-01-10", "district",
		    "一、过去五年工作回顾\n经济总量持续扩大，旅游收入突破1亿元。\n"
		    "2021年，初步预计，全区生产总值增长6%。固定资产投资增长8%。",
		    "某市 tourism_revenue level 1 亿元 at_least - - actual\n"
		    "某市 gdp growth 6 % exact 2021 yoy estimate\n"
		    "某市 fai growth 8 % exact 2021 yoy estimate\n");
	/* a bare 预计 holds to the end of its sentence, across lines broken
	 * after ； (text from PDFs) */
	expect_kind("gwr", "2020-01-15", "county",
		    "2019年，预计全县生产总值增长7.7%；\n社会消费品零售总额增长10.2%；\n"
		    "城镇登记失业率为2.4%。",
		    "某市 gdp growth 7.7 % exact 2019 yoy estimate\n"
		    "某市 retail_sales growth 10.2 % exact 2019 yoy estimate\n"
		    "某市 registered_unemployment_rate level 2.4 % exact 2019 - estimate\n");
	/* a period read after 由 starts a change and ends with its sentence */
	expect_kind("bulletin", "2022-12-31", "county",
		    "三次产业结构由上年的15.9:40.1:40.9调整为12.8:31.5:41.3。"
		    "按常住人口计算，人均地区生产总值53187元。",
		    "某市 gdp_per_capita level 53187 元 exact 2022 - actual\n");
}

/* Failure classes of real reports (tests/corpus): signs, lists, shares,
 * text from PDFs and web pages, other places. */
static void real_report_rules(void)
{
	expect("2025-04-25", "county", "一季度，规模以上工业增加值负增长3.4%，出口下跌2%。",
	       "某市 industrial_va growth -3.4 % exact 2025Q1 yoy actual\n"
	       "某市 exports growth -2 % exact 2025Q1 yoy actual\n");
	expect("2020-08-18", "district",
	       "上半年，全区地区生产总值下降5.5%，降幅较一季度收窄29.5个百分点。",
	       "某市 gdp growth -5.5 % exact 2020H1 yoy actual\n"
	       "某市 gdp change_pp 29.5 百分点 exact 2020H1 vs:2020Q1 actual\n");
	/* 均 gives one figure to both; a 左右 after a 分别 list covers it all */
	expect_kind("targets", "2019-01-20", "province", "城乡居民人均可支配收入均增长7%左右。",
		    "某市 urban_income growth 7 % approx 2019 yoy target\n"
		    "某市 rural_income growth 7 % approx 2019 yoy target\n");
	expect_kind("targets", "2023-01-10", "county", "城乡居民人均可支配收入分别增长6%、8%左右。",
		    "某市 urban_income growth 6 % approx 2023 yoy target\n"
		    "某市 rural_income growth 8 % approx 2023 yoy target\n");
	/* …so does a 以上 after a last item that makes no record (限上, a
	 * part) */
	expect_kind("plan", "2023-12-20", "district",
		    "预计全年地区生产总值、规上工业增加值、限上零售额分别增长6%、8%、12%以上。",
		    "某市 gdp growth 6 % at_least 2023 yoy estimate\n"
		    "某市 industrial_va growth 8 % at_least 2023 yoy estimate\n");
	/* …and a qualifier word right after 分别 (均), before the first
	 * figure, qualifies every figure of the list of its measure and unit
	 * (the rates after them stay as written); without 分别 it is the first
	 * figure's own */
	expect("2024-01-18", "county",
	       "2023年，全县规上工业总产值、社会消费品零售总额分别超过410亿元、165亿元，"
	       "分别增长7.2%、5.6%。",
	       "某市 industrial_output level 410 亿元 at_least 2023 - actual\n"
	       "某市 retail_sales level 165 亿元 at_least 2023 - actual\n"
	       "某市 industrial_output growth 7.2 % exact 2023 yoy actual\n"
	       "某市 retail_sales growth 5.6 % exact 2023 yoy actual\n");
	expect("2024-01-18", "county",
	       "2023年，一般公共预算收入、支出分别突破36亿元、118亿元；城乡居民人均可支配收入分别近"
	       "4.6万元、2.3万元。",
	       "某市 budget_revenue level 36 亿元 at_least 2023 - actual\n"
	       "某市 budget_expenditure level 118 亿元 at_least 2023 - actual\n"
	       "某市 urban_income level 46000 元 approx 2023 - actual\n"
	       "某市 rural_income level 23000 元 approx 2023 - actual\n");
	expect("2024-01-18", "county", "2023年，全县生产总值突破520亿元、财政收入31亿元。",
	       "某市 gdp level 520 亿元 at_least 2023 - actual\n"
	       "某市 fiscal_revenue level 31 亿元 exact 2023 - actual\n");
	/* rates per mille; 的控制目标 names a target */
	expect_kind("bulletin", "2023-12-31", "province",
		    "全年人口出生率为5.70‰，死亡率为6.17‰。城镇调查失业率平均值为4.7%，低于5%的控制目标。",
		    "某市 birth_rate level 5.7 ‰ exact 2023 - actual\n"
		    "某市 death_rate level 6.17 ‰ exact 2023 - actual\n"
		    "某市 unemployment_rate level 4.7 % exact 2023 - actual\n"
		    "某市 unemployment_rate level 5 % at_most 2023 - target\n");
	/* 56.7亿 of an amount in 元; a second list after 分别 without it */
	expect_kind("news", "2018-11-16", "county",
		    "元至九月，全县完成生产总值57.7亿，增长7.4%；"
		    "城乡居民人均可支配收入分别达到15472元、5803元，增长7.1%、9.1%。",
		    "某市 gdp level 57.7 亿元 exact 2018M01-M09 - actual\n"
		    "某市 gdp growth 7.4 % exact 2018M01-M09 yoy actual\n"
		    "某市 urban_income level 15472 元 exact 2018M01-M09 - actual\n"
		    "某市 rural_income level 5803 元 exact 2018M01-M09 - actual\n"
		    "某市 urban_income growth 7.1 % exact 2018M01-M09 yoy actual\n"
		    "某市 rural_income growth 9.1 % exact 2018M01-M09 yoy actual\n");
	/* ranks: 前3位, the tier 中上游, a scope after 在 (and 居民 is no verb) */
	expect_kind("news", "2024-07-20", CITY,
		    "上半年，地区生产总值、规上工业增加值增速排名全省前3位；"
		    "固定资产投资增速排名位居全省中上游。",
		    "某市 gdp growth null - exact 2024H1 yoy actual <=3@全省\n"
		    "某市 industrial_va growth null - exact 2024H1 yoy actual <=3@全省\n"
		    "某市 fai growth null - exact 2024H1 yoy actual 中上游@全省\n");
	expect_kind("gwr", "2024-02-28", "county",
		    "这些指标中，第一产业增加值增速、农村居民人均可支配收入增速在全市排第一。",
		    "某市 primary_industry_va growth null - exact 2023 yoy actual 1@全市\n"
		    "某市 rural_income growth null - exact 2023 yoy actual 1@全市\n");
	/* shares: of the place before the label; shares that are metrics */
	expect_kind("news", "2025-07-20", "county",
		    "今年上半年，全县规上工业总产值完成1523.27亿元，占全市规上工业总产值比重达41.8%。",
		    "某市 industrial_output level 1523.27 亿元 exact 2025H1 - actual\n"
		    "某市 industrial_output share 41.8 % exact 2025H1 全市 actual\n");
	expect_kind("targets", "2018-01-11", CITY,
		    "全社会研发经费支出占GDP比重达到2.8%，先进制造业增加值占制造业比重达到58%左右。",
		    "某市 rd_intensity level 2.8 % exact 2018 - target\n");
	/* what a figure includes is not its label */
	expect_kind("bulletin", "2022-12-31", "county", "全年固定资产投资(含房地产投资)比上年增长9.4%。",
		    "某市 fai growth 9.4 % exact 2022 yoy actual\n");
	/* labels and 城镇、农村 lists broken across lines */
	expect_kind("gwr", "2020-01-01", "district",
		    "2019年，预计全区社会消费品零\n售总额238.8亿元；城镇、\n"
		    "农村常住居民人均可支配收入分别达到38539元和23363元。",
		    "某市 retail_sales level 238.8 亿元 exact 2019 - estimate\n"
		    "某市 urban_income level 38539 元 exact 2019 - estimate\n"
		    "某市 rural_income level 23363 元 exact 2019 - estimate\n");
	/* a web page's item lines without full stops (争取中央资金: funds
	 * obtained, no target) */
	expect_kind("gwr", "2024-01-17", CITY,
		    "2023 成就鼓舞人心\n全年GDP\n增长5.5%左右\n一般公共预算收入增长4.8%\n"
		    "争取中央资金增长20%\n社会消费品零售总额增长6%以上",
		    "某市 gdp growth 5.5 % approx 2023 yoy actual\n"
		    "某市 budget_revenue growth 4.8 % exact 2023 yoy actual\n"
		    "某市 ~ growth 20 % exact 2023 yoy actual\n"
		    "某市 retail_sales growth 6 % at_least 2023 yoy actual\n");
	/* a period not yet ended at the document's date is a target; 当月
	 * is the month the figures speak of */
	expect("2021-01-14", "county", "2021年，全县地区生产总值增长7%左右。",
	       "某市 gdp growth 7 % approx 2021 yoy target\n");
	expect("2019-09-20", CITY, "1-8月，规模工业增加值、工业用电量同比分别增长6.4%和3.1%，"
	       "规模工业增加值8月当月增长7.7%。",
	       "某市 industrial_va growth 6.4 % exact 2019M01-M08 yoy actual\n"
	       "某市 industrial_electricity growth 3.1 % exact 2019M01-M08 yoy actual\n"
	       "某市 industrial_va growth 7.7 % exact 2019M08 yoy actual\n");
	expect("2025-04-25", "county", "一季度，全县规上工业增加值增长8.9%，当月增长9.1%。",
	       "某市 industrial_va growth 8.9 % exact 2025Q1 yoy actual\n"
	       "某市 industrial_va growth 9.1 % exact 2025M03 yoy actual\n");
	/* a month opening its sentence, 当月 in a later clause: that month, not
	 * the date's; a news item opening on a month whose paragraph goes on to
	 * the months from January to it reports those months (the paragraphs
	 * naming no period take them); an output of the months or of the
	 * month (累计产值, 当月产值) is neither the value added nor the firms'
	 * count: after 规上工业 (规模以上工业企业) it is the output,
	 * industrial_output */
	expect_kind("news", "2023-06-10", "district",
		    "（一）工业生产。3月份，全区规模以上工业企业当月产值增长4.1%；1-3月，规上工业"
		    "累计产值增长2.7%。规上工业增加值增长3.3%。\n全区房地产投资同比下降7.2%。",
		    "某市 industrial_output growth 4.1 % exact 2023M03 yoy actual\n"
		    "某市 industrial_output growth 2.7 % exact 2023Q1 yoy actual\n"
		    "某市 industrial_va growth 3.3 % exact 2023Q1 yoy actual\n"
		    "某市 real_estate_investment growth -7.2 % exact 2023Q1 yoy actual\n");
	/* parts are not the whole; a contribution is no growth; 保持平稳 is no
	 * figure; an enterprises' revenue is not their count */
	expect_kind("bulletin", "2023-12-31", "county",
		    "年末常住人口55.2万人，其中城镇人口28.9万人。农林牧渔业总产值60亿元，其中林业产值5亿元。"
		    "工业对经济增长贡献率为82.9%，拉动经济增长2.7个百分点。第一产业拉动GDP增长0.9个百分点。"
		    "规上工业企业营业收入增长8%。社会消费品零售总额保持平稳。",
		    "某市 population level 55.2 万人 exact 2023 - actual\n"
		    "某市 agri_output level 60 亿元 exact 2023 - actual\n"
		    "某市 industrial_revenue growth 8 % exact 2023 yoy actual\n");
	/* 与上年持平 after a level and 、 is that level's growth of nought;
	 * another label before it names its own */
	expect_kind("plan", "2023-02-10", "district",
		    "一、2022年计划执行情况\n全区社会消费品零售总额215.6亿元、与上年持平，"
		    "一般公共预算收入40.2亿元、基本持平，进出口总额与上年持平。",
		    "某市 retail_sales level 215.6 亿元 exact 2022 - actual\n"
		    "某市 retail_sales growth 0 % exact 2022 yoy actual\n"
		    "某市 budget_revenue level 40.2 亿元 exact 2022 - actual\n"
		    "某市 budget_revenue growth 0 % approx 2022 yoy actual\n"
		    "某市 import_export growth 0 % exact 2022 yoy actual\n");
	/* text from PDFs: a space inside a label and after the decimal point;
	 * 新增 at a month's end is added since January; 全年 of December is
	 * the date's year */
	expect("2022-12-20", CITY,
	       "11月末，全市本外币贷款余额2800亿元，新增贷款210亿元。全年固定资 产投资增长35. 6%。",
	       "某市 loans level 2800 亿元 exact 2022M11 - actual\n"
	       "某市 loans added 210 亿元 exact 2022M01-M11 - actual\n"
	       "某市 fai growth 35.6 % exact 2022 yoy actual\n");
	/* a count of the indicators named before their rank; a threshold
	 * that sizes a noun is no figure */
	expect_kind("news", "2018-11-16", "county",
		    "元至九月，全县生产总值增长7.5%。主要经济指标中，工业投资、地方一般公共预算收入"
		    "2项指标增速全市第一。引进亿元以上项目60个。",
		    "某市 gdp growth 7.5 % exact 2018M01-M09 yoy actual\n"
		    "某市 industrial_investment growth null - exact 2018M01-M09 yoy actual 1@全市\n"
		    "某市 budget_revenue growth null - exact 2018M01-M09 yoy actual 1@全市\n");
	/* a clause that names something of its own before its growth does not
	 * take the label of the clause before */
	expect_kind("bulletin", "2022-12-31", "county",
		    "全县固定资产投资增长15.4%，招商引资增长29.1%。",
		    "某市 fai growth 15.4 % exact 2022 yoy actual\n"
		    "某市 ~ growth 29.1 % exact 2022 yoy actual\n");
	/* the unit of the last figure of a list counts for the list */
	expect("2024-07-20", CITY,
	       "上半年，地区生产总值、规上工业增加值增速分别较一季度提高1.3个、5.2个百分点。",
	       "某市 gdp change_pp 1.3 百分点 exact 2024H1 vs:2024Q1 actual\n"
	       "某市 industrial_va change_pp 5.2 百分点 exact 2024H1 vs:2024Q1 actual\n");
	/* areas in 公顷 of a metric in 万亩 */
	expect_kind("bulletin", "2022-12-31", "county",
		    "全县粮食种植面积达 5.1万公顷。全年粮食播种面积83.14千公顷。完成人工造林面积3300公顷。",
		    "某市 grain_area level 76.5 万亩 exact 2022 - actual\n"
		    "某市 grain_area level 124.71 万亩 exact 2022 - actual\n"
		    "某市 afforestation_area level 4.95 万亩 exact 2022 - actual\n");
	/* one rank for two periods; a scope with a list in brackets */
	expect("2022-09-25", "county", "2021年和2022年上半年营商环境评价均居全省第二。",
	       "某市 business_environment level null - exact 2021 - actual 2@全省\n"
	       "某市 business_environment level null - exact 2022M06 - actual 2@全省\n");
	expect("2025-04-25", "county", "一季度，全县固定资产投资增长5%，增速位居十县（市、区）第一。",
	       "某市 fai growth 5 % exact 2025Q1 yoy actual 1@十县（市、区）\n");
	/* industries in a sentence that opens with a part marker after an
	 * investment's or the private economy's sentence are that whole's */
	expect_kind("news", "2025-04-20", "county",
		    "一季度，全县固定资产投资增长9.1%。分产业看，第一产业增长24.5%；第二产业增长3.2%。"
		    "全县民营经济增加值21亿元。其中，第一产业增加值4.1亿元；第二产业增加值9.1亿元。",
		    "某市 fai growth 9.1 % exact 2025Q1 yoy actual\n"
		    "某市 ~ growth 24.5 % exact 2025Q1 yoy actual\n"
		    "某市 ~ growth 3.2 % exact 2025Q1 yoy actual\n"
		    "某市 private_economy_va level 21 亿元 exact 2025Q1 - actual\n");
	/* a clause of no figure that names a part ends the label; 上拉 a
	 * whole is a contribution */
	expect_kind("news", "2025-04-20", "county",
		    "一季度，战略性新兴产业增加值增长2%，其中生物产业表现突出，同比增长37.9%，占比5%。"
		    "医药制造业上拉战略性新兴产业增加值1.9个百分点。",
		    "某市 strategic_emerging_va growth 2 % exact 2025Q1 yoy actual\n");
	/* the rate in brackets of what is compared with is no figure, and the
	 * label goes on past it */
	expect_kind("news", "2023-05-20", CITY,
		    "1—4月份，全市规上工业增加值同比增长7.4%，较去年同期(-2.3%)提高9.7个百分点，"
		    "分别高出全国(4.8%)、全省(5.6%)平均水平2.6个和1.8个百分点。",
		    "某市 industrial_va growth 7.4 % exact 2023M01-M04 yoy actual\n"
		    "某市 industrial_va change_pp 9.7 百分点 exact 2023M01-M04 yoy actual\n"
		    "某市 industrial_va gap_pp 2.6 百分点 exact 2023M01-M04 全国 actual\n"
		    "某市 industrial_va gap_pp 1.8 百分点 exact 2023M01-M04 全省 actual\n");
	/* 规上工业 before 能源消耗总量, 能耗 or 用电 names the industry's
	 * energy, not its value added */
	expect_kind("news", "2023-07-30", "district",
		    "上半年，规上工业增加值增长6.1%。规上工业能源消耗总量312.4万吨标准煤，增长3.7%；"
		    "规上工业综合能耗下降1.2%；规上工业用电、用气分别增长5.5%、2.4%。",
		    "某市 industrial_va growth 6.1 % exact 2023H1 yoy actual\n"
		    "某市 ~ growth -1.2 % exact 2023H1 yoy actual\n");
	/* …快于全国水平(5.3%): 水平 after the place compared with, as
	 * 平均水平, leaves the rate in brackets the place's own */
	expect_kind("news", "2023-07-30", CITY,
		    "上半年，全市生产总值增长6.1%。与全国相比，全市生产总值增速快于全国水平(5.3%)，"
		    "规上工业增加值增速高于去年同期水平（3.2%）。",
		    "某市 gdp growth 6.1 % exact 2023H1 yoy actual\n");
	/* a list's bare names take the tail of its named item; the list may
	 * stand in the clause before 分别 */
	expect_kind("news", "2023-07-27", "county",
		    "上半年，禽蛋产量、水果和蔬菜增长较快，增速分别达8.2%、6.4%、4.7%。",
		    "某市 egg_output growth 8.2 % exact 2023H1 yoy actual\n"
		    "某市 fruit_output growth 6.4 % exact 2023H1 yoy actual\n"
		    "某市 vegetable_output growth 4.7 % exact 2023H1 yoy actual\n");
	/* a small percent of an index is its rise; 外商直接投资 */
	expect_kind("gwr", "2013-01-10", "county",
		    "2013年主要预期目标：居民消费价格指数控制在3.7%以内。",
		    "某市 cpi growth 3.7 % at_most 2013 yoy target\n");
	expect("2022-01-10", "county", "2021年，外商直接投资3200万美元。",
	       "某市 foreign_investment level 0.32 亿美元 exact 2021 - actual\n");
	/* 亩均税收 is no tax revenue */
	expect("2023-01-10", "county", "2022年，全县税收收入12亿元，产业园亩均税收28万元。",
	       "某市 tax_revenue level 12 亿元 exact 2022 - actual\n");
	/* a five-year review: levels of its last year, averages and sums of
	 * the five; thresholds passed stay undated */
	expect_kind("gwr", "2022-01-10", "county",
		    "一、过去五年工作回顾\n五年来，全县地区生产总值达360亿元，年均增长7.4%；"
		    "累计完成固定资产投资760亿元；旅游收入突破10亿元。",
		    "某市 gdp level 360 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 7.4 % exact 2017..2021 cagr actual\n"
		    "某市 fai level 760 亿元 exact 2017..2021 - actual\n"
		    "某市 tourism_revenue level 10 亿元 at_least - - actual\n");
	/* a label with 中 that ends a clause of no figure opens its parts */
	expect_kind("bulletin", "2021-04-01", "county",
		    "全年地方一般公共预算收入34.20亿元，增长2.2%。从收入完成情况看，地方一般公共预算收入中，"
		    "增值税8.39亿元，下降17.9%；企业所得税2.0亿元，下降14.9%。",
		    "某市 budget_revenue level 34.2 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue growth 2.2 % exact 2020 yoy actual\n");
	/* a bare noun composes with the sentence's labels, the last first
	 * (and the firms' bare 工业增加值 is theirs, above designated size) */
	expect_kind("bulletin", "2023-03-01", "district",
		    "2022年，全区规模以上工业企业共14家，完成工业增加值同比增长8.2%，"
		    "实现营业收入73亿元，比上年增长11.4%，利润总额6.1亿元，比上年下降12.7%。",
		    "某市 above_scale_industrial_enterprises level 14 家 exact 2022 - actual\n"
		    "某市 industrial_va growth 8.2 % exact 2022 yoy actual\n"
		    "某市 industrial_revenue level 73 亿元 exact 2022 - actual\n"
		    "某市 industrial_revenue growth 11.4 % exact 2022 yoy actual\n"
		    "某市 industrial_profit level 6.1 亿元 exact 2022 - actual\n"
		    "某市 industrial_profit growth -12.7 % exact 2022 yoy actual\n");
	/* progress against the year's task leaves the label to the clause
	 * after it */
	expect("2023-01-20", "county", "2022年，固定资产投资完成19亿元，超额完成年度任务2.3亿元，增长25.3%。",
	       "某市 fai level 19 亿元 exact 2022 - actual\n"
	       "某市 fai growth 25.3 % exact 2022 yoy actual\n");
	/* an amount right after a comparison with the plan (超计划, 比计划多,
	 * 超出年计划, 比计划少) is the excess over it or the shortfall: no
	 * level, no target, and the label goes on to the clause after */
	expect_kind("plan", "2024-01-20", "county",
		    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "一、2023年计划执行情况\n"
		    "全县粮食播种面积52.6万亩，超计划1.3万亩，总产量21.4万吨；固定资产投资完成26亿元，"
		    "比计划多1.8亿元，增长12.4%；社会消费品零售总额48.5亿元，超出年计划2.6亿元，"
		    "增长7.3%；进出口总额完成7.9亿元，比计划少1.2亿元，下降10.4%。",
		    "某市 grain_area level 52.6 万亩 exact 2023 - actual\n"
		    "某市 grain_output level 21.4 万吨 exact 2023 - actual\n"
		    "某市 fai level 26 亿元 exact 2023 - actual\n"
		    "某市 fai growth 12.4 % exact 2023 yoy actual\n"
		    "某市 retail_sales level 48.5 亿元 exact 2023 - actual\n"
		    "某市 retail_sales growth 7.3 % exact 2023 yoy actual\n"
		    "某市 import_export level 7.9 亿元 exact 2023 - actual\n"
		    "某市 import_export growth -10.4 % exact 2023 yoy actual\n");
	/* 新增 over a level of government and along a 、 list */
	expect("2025-01-20", "county", "2024年，新增省级专精特新企业26家、高新技术企业29家。",
	       "某市 specialized_smes added 26 家 exact 2024 - actual\n"
	       "某市 high_tech_enterprises added 29 家 exact 2024 - actual\n");
	/* 新创建 counts an added number like 新增 */
	expect("2024-07-20", "district", "上半年，新创建市级专精特新企业15家。",
	       "某市 specialized_smes added 15 家 exact 2024H1 - actual\n");
	/* a density per square kilometre is no GDP; a district's own
	 * (区级) fiscal revenue is its budget revenue, not the total */
	expect("2024-02-01", "district",
	       "2023年，全区地区生产总值实现820.5亿元，每平方公里地区生产总值40.2亿元。",
	       "某市 gdp level 820.5 亿元 exact 2023 - actual\n");
	expect("2024-03-01", "district",
	       "2023年，完成财政总收入512亿元，区级财政收入188.6亿元，同比增长4.2%。",
	       "某市 fiscal_revenue level 512 亿元 exact 2023 - actual\n"
	       "某市 budget_revenue level 188.6 亿元 exact 2023 - actual\n"
	       "某市 budget_revenue growth 4.2 % exact 2023 yoy actual\n");
	/* the size of a project named after it is no figure */
	expect("2023-01-10", "county",
	       "2022年，实施重点项目120个，完成投资85亿元，总投资80亿元的抽水蓄能电站开工建设。",
	       "某市 project_investment level 85 亿元 exact 2022 - actual\n");
	/* periods compared with, listed: one for each change; a quarter read
	 * from January's date is the figure's year's */
	expect_kind("news", "2022-01-20", CITY,
		    "2021年全年，全市规模以上工业增加值同比增长5.4%，较一季度、上半年和前三季度分别提高"
		    "6.2个、2.5个和0.9个百分点。",
		    "某市 industrial_va growth 5.4 % exact 2021 yoy actual\n"
		    "某市 industrial_va change_pp 6.2 百分点 exact 2021 vs:2021Q1 actual\n"
		    "某市 industrial_va change_pp 2.5 百分点 exact 2021 vs:2021H1 actual\n"
		    "某市 industrial_va change_pp 0.9 百分点 exact 2021 vs:2021M01-M09 actual\n");
	/* gaps to a place after 比 and before 高 or 低, or before the rate's
	 * label; none to the document's own place or to another metric's rate,
	 * and a difference in yuan is no level */
	expect_kind("news", "2025-04-20", CITY,
		    "一季度，全市规上工业增加值同比增长24.3%，比全省高1.6个百分点，比全国平均水平低0.6个百分点，"
		    "高于全区规上工业增加值增速1.6个百分点。制造业增加值同比下降5.9%，"
		    "低于全市工业增加值增速10.9个百分点，低于采矿业增加值增速11.1个百分点。"
		    "全市人均地区生产总值比全省平均水平高9114元。",
		    "某市 industrial_va growth 24.3 % exact 2025Q1 yoy actual\n"
		    "某市 industrial_va gap_pp 1.6 百分点 exact 2025Q1 全省 actual\n"
		    "某市 industrial_va gap_pp -0.6 百分点 exact 2025Q1 全国平均 actual\n"
		    "某市 industrial_va gap_pp 1.6 百分点 exact 2025Q1 全区 actual\n"
		    "某市 manufacturing_va growth -5.9 % exact 2025Q1 yoy actual\n");
	/* a second label joined by 和 or 、 to the one compared with is
	 * compared with too: the rural income's gaps to the GDP's and the
	 * urban income's rates, no change of the urban income */
	expect_kind("news", "2024-02-02", "province",
		    "2023年，全省农村居民人均可支配收入16200元，增长6.8%，增速分别高于全省地区生产总值"
		    "和城镇居民收入0.6个和1.2个百分点。",
		    "某市 rural_income level 16200 元 exact 2023 - actual\n"
		    "某市 rural_income growth 6.8 % exact 2023 yoy actual\n");
	expect_kind("news", "2024-02-02", "county",
		    "去年全县农村常住居民人均可支配收入达到18100元，增长7.9%，增幅快于全县GDP、"
		    "城镇居民人均可支配收入0.6个、1.2个百分点。",
		    "某市 rural_income level 18100 元 exact 2023 - actual\n"
		    "某市 rural_income growth 7.9 % exact 2023 yoy actual\n");
	expect_kind("news", "2024-02-02", "county",
		    "去年全县农村常住居民人均可支配收入达到18100元，增长7.9%，增幅分别快于全县GDP"
		    "和城镇居民收入0.6个和1.2个百分点。",
		    "某市 rural_income level 18100 元 exact 2023 - actual\n"
		    "某市 rural_income growth 7.9 % exact 2023 yoy actual\n");
	/* the document's own name in place of 全市 before the rate compared
	 * with: the industries' gaps to their whole, no record */
	expect_kind("news", "2022-02-01", CITY,
		    "2021年，全市规模以上工业增加值增长9.5%，新材料产业增加值增长31.2%，锂电产业增加值"
		    "增长40.1%，分别高于某市规上工业增加值增速21.7个、30.6个百分点。",
		    "某市 industrial_va growth 9.5 % exact 2021 yoy actual\n"
		    "某市 ~ growth 31.2 % exact 2021 yoy actual\n"
		    "某市 ~ growth 40.1 % exact 2021 yoy actual\n");
	/* 延续2月份…趋势 names no period of the figures; 下拉 is a
	 * contribution; 大春 before a label makes it a part */
	expect_kind("news", "2025-04-20", CITY,
		    "一季度，全市规模以上工业增加值延续2月份平稳向好趋势，同比增长9.6%；"
		    "制造业下拉全市工业增加值增速1.2个百分点。全年大春粮食产量65.5万吨。",
		    "某市 industrial_va growth 9.6 % exact 2025Q1 yoy actual\n");
	/* 拉低, a contribution downwards like 下拉: no change of the GDP */
	expect_kind("news", "2022-07-28", CITY,
		    "上半年，全市地区生产总值增长3.2%。其中第二产业增加值下降1.4%，贡献率为-12.3%，"
		    "拉低GDP0.5个百分点。",
		    "某市 gdp growth 3.2 % exact 2022H1 yoy actual\n"
		    "某市 secondary_industry_va growth -1.4 % exact 2022H1 yoy actual\n");
	/* the amount reached after the threshold passed keeps the label */
	expect("2023-02-01", "county", "2022年，全市GDP突破千亿大关、达到1009亿元。",
	       "某市 gdp level 1000 亿元 at_least 2022 - actual\n"
	       "某市 gdp level 1009 亿元 exact 2022 - actual\n");
	/* 为 before a rank's scope and a measure before 排名 are no part of
	 * the scope; a gap after the rate's name; 好于 is a gap up */
	expect_kind("news", "2022-07-20", "district",
		    "上半年，全区地区生产总值同比增长4.9%，十二区增速排名第三，增速高于全市平均水平3.7个百分点；"
		    "工业投资增长率均为全省第二；规上工业增加值同比下降1.5%，降幅好于全市0.2个百分点。",
		    "某市 gdp growth 4.9 % exact 2022H1 yoy actual 3@十二区\n"
		    "某市 gdp gap_pp 3.7 百分点 exact 2022H1 全市平均 actual\n"
		    "某市 industrial_investment growth null - exact 2022H1 yoy actual 2@全省\n"
		    "某市 industrial_va growth -1.5 % exact 2022H1 yoy actual\n"
		    "某市 industrial_va gap_pp 0.2 百分点 exact 2022H1 全市 actual\n");
	/* 至10月底 of November is January to October, done; 户 counts firms;
	 * 自然口径 is a note; 增长面 and progress against a budget are no
	 * figures */
	expect_kind("news", "2022-11-20", "county",
		    "至10月底，全县完成财政收入3.76亿元，自然口径同比增长5.3%，占预算的84.1%。"
		    "规模以上工业企业75户，规上工业增加值增长5%，增长面达57.2%，较9月提高2个百分点。",
		    "某市 fiscal_revenue level 3.76 亿元 exact 2022M01-M10 - actual\n"
		    "某市 fiscal_revenue growth 5.3 % exact 2022M01-M10 yoy actual\n"
		    "某市 above_scale_industrial_enterprises level 75 家 exact 2022M10 - actual\n"
		    "某市 industrial_va growth 5 % exact 2022M01-M10 yoy actual\n");
	/* 总额 at the end of a label is no level word for the rank after it */
	expect("2025-01-20", CITY, "2024年，外贸进出口总额增长17.7%、增速居全省第三。",
	       "某市 import_export growth 17.7 % exact 2024 yoy actual 3@全省\n");
	/* a clause whose words end in a tail of the carried label after a
	 * name of their own (蔬菜播种面积, 猪肉产量) is a sibling, not the label */
	expect_kind("bulletin", "2022-12-31", "county",
		    "全年粮食播种面积60万亩，蔬菜播种面积12万亩。全年肉类总产量5万吨，"
		    "其中：猪肉产量3万吨，下降4%。",
		    "某市 grain_area level 60 万亩 exact 2022 - actual\n"
		    "某市 meat_output level 5 万吨 exact 2022 - actual\n");
	/* 面积 alone after a crop's name is that crop's area: a bare 总产量
	 * after it is the crop's output when the two make a catalog name
	 * (稻谷总产量), else no figure (小麦总产量), never the grain's */
	expect_kind("bulletin", "2022-12-31", "county",
		    "全年粮食总产量31.5万吨，粮食播种面积66.2万亩，其中稻谷面积30.4万亩，"
		    "总产量16.1万吨，小麦面积20.3万亩，总产量8.7万吨。",
		    "某市 grain_output level 31.5 万吨 exact 2022 - actual\n"
		    "某市 grain_area level 66.2 万亩 exact 2022 - actual\n"
		    "某市 rice_output level 16.1 万吨 exact 2022 - actual\n");
	/* 全市 in a county's report is the city above it; in a county-level
	 * city's, itself */
	expect_entity_records(ex, line_of, "某县", "bulletin", "2023-03-01", "county",
			      "全县地区生产总值增长5%。全市全年居民消费价格比上年上涨2.1%。",
			      "某县 gdp growth 5 % exact 2022 yoy actual\n");
	expect_kind("bulletin", "2023-03-01", "county",
		    "全市地区生产总值增长5%。全市全年居民消费价格比上年上涨2.1%。",
		    "某市 gdp growth 5 % exact 2022 yoy actual\n"
		    "某市 cpi growth 2.1 % exact 2022 yoy actual\n");
	/* 全州排第2位 opening a clause of a county's bulletin: the scope of a
	 * rank (as 全市排名第七), not 全州县 of another province; the figures
	 * after it stay the county's */
	expect_entity_records(ex, line_of, "某县", "bulletin", "2023-03-01", "county",
			      "全年地区生产总值增长6.5%，增速全省排第20位，全州排第2位，两年平均增长5.1%。"
			      "其中，第一产业增加值8.2亿元，增长4.4%。",
			      "某县 gdp growth 6.5 % exact 2022 yoy actual 20@全省,2@全州\n"
			      "某县 gdp growth 5.1 % exact 2022 avg2y actual\n"
			      "某县 primary_industry_va level 8.2 亿元 exact 2022 - actual\n"
			      "某县 primary_industry_va growth 4.4 % exact 2022 yoy actual\n");
	/* in a city's report: its divisions by short name (历下) or counted
	 * (五区), a division named in a clause of no figure, are someone else;
	 * the city's own name is itself again */
	expect_entity_records(ex, line_of, "济南市", "news", "2022-02-10", CITY,
			      "2021年，济南五区GDP破千亿，历下总量首破2000亿元。"
			      "历城区增速最高，同比增长9.4%。历下区GDP首破2000亿元，"
			      "济南2021年GDP总值为10816.47亿元，同比增长7.2%。",
			      "济南市 gdp level 10816.47 亿元 exact 2021 - actual\n"
			      "济南市 gdp growth 7.2 % exact 2021 yoy actual\n");
	/* 城、乡 splits like 城乡 */
	expect_kind("gwr", "2022-01-15", "county", "2021年，城、乡居民人均可支配收入分别增长8%、9%。",
		    "某市 urban_income growth 8 % exact 2021 yoy actual\n"
		    "某市 rural_income growth 9 % exact 2021 yoy actual\n");
	/* a year's end before a label that opens with 年末 dates it */
	expect_kind("bulletin", "2023-04-15", "county", "2021年末常住人口为43.1万人。",
		    "某市 population level 43.1 万人 exact 2021 - actual\n");
	/* a report in traditional characters is read in simplified ones */
	expect_kind("bulletin", "2019-03-20", "county",
		    "2018年，全縣經濟穩中有進。全縣城鎮居民人均可支配收入32651元，增長8.6%；"
		    "農村居民人均可支配收入16761元，增長9%。規模以上工業增加值增長13.7%。",
		    "某市 urban_income level 32651 元 exact 2018 - actual\n"
		    "某市 urban_income growth 8.6 % exact 2018 yoy actual\n"
		    "某市 rural_income level 16761 元 exact 2018 - actual\n"
		    "某市 rural_income growth 9 % exact 2018 yoy actual\n"
		    "某市 industrial_va growth 13.7 % exact 2018 yoy actual\n");
	/* groups of places (十强县, 其余9县), averages over places, and the
	 * bar of a list are no figures of the document's */
	expect_kind("evaluation", "2016-09-20", "district",
		    "2015年，“十强县”实现地区生产总值5656.9亿元，县均GDP为565.7亿元。其余9县经济总量均超过300亿元。"
		    "报告确定了地区生产总值大于400亿元的入库门槛。全区地区生产总值800亿元。",
		    "某市 gdp level 800 亿元 exact 2015 - actual\n");
	/* a list's bar written with a comparison sign (≥, >, ＞) is a bound,
	 * and with 门槛 in its sentence no figure */
	expect_kind("evaluation", "2022-10-11", "district",
		    "某榜单沿用“三门槛”，即地区生产总值≥650亿元、一般公共预算收入>35亿元、"
		    "一般公共预算支出＞45亿元。2021年，全区地区生产总值920亿元。",
		    "某市 gdp level 920 亿元 exact 2021 - actual\n");
	/* a ranking's list of places named before the first label, whatever
	 * words of the ranking open the clause (西部百强县（2023）…) */
	expect_kind("evaluation", "2023-08-02", CITY,
		    "2022年，西部百强县（2022）共有高新技术企业1.6万家，较上年增长12.4%。"
		    "全市高新技术企业达到210家。",
		    "某市 high_tech_enterprises level 210 家 exact 2022 - actual\n");
	/* another division's figures, and 县域 in a city's report */
	expect_records(ex, line_of, "news", "2023-11-09", CITY,
		       "前三季度，全市地区生产总值增长5.8%。康平县地区生产总值增长6.1%，"
		       "法库县增长5.8%。县域规上工业增加值增长7%。",
		       "某市 gdp growth 5.8 % exact 2023M01-M09 yoy actual\n");
	/* 城区 beside 县域 in a city's report: its urban districts, a part,
	 * with its gap to the city's own rate */
	expect_records(ex, line_of, "news", "2023-11-09", CITY,
		       "前三季度，全市规上工业增加值增长4.2%。县域规上工业增加值下降3.1%，"
		       "低于全市平均水平7.3个百分点。城区规上工业增加值增长9.6%，"
		       "高于全市平均水平5.4个百分点。",
		       "某市 industrial_va growth 4.2 % exact 2023M01-M09 yoy actual\n");
}

/* metric, measure, value and where the figure's clause starts */
static void line_at(const db_record *r, db_buf *b)
{
	char n[DB_NUMFMT_MAX];
	db_buf_printf(b, "%s %s %s %d:%d@%zu\n", r->metric ? r->metric : "~",
		      db_measure_name(r->measure), r->has_value ? db_numfmt(r->value, n) : "null",
		      r->source.line, r->source.column, r->source.offset);
}

/* Rules written from the sixth probe round (real reports of places outside
 * the corpus); the texts are the tests' own. */
static void probe6_rules(void)
{
	/* pinyin glosses a mirror page prints after characters are read
	 * through (先进 still makes a part, 第一产业投资 still is no value
	 * added); the records stay where the text as given has them */
	expect_kind("news", "2021-07-25", "county",
		    "上半年，全县规(guī)模以上工业(yè)增加值增长(zhǎng)7.2%，"
		    "先进(jìn)制造业(yè)增加值增长(zhǎng)9%；第一产(chǎn)业(yè)投资增长(zhǎng)12%。",
		    "某市 industrial_va growth 7.2 % exact 2021H1 yoy actual\n"
		    "某市 ~ growth 9 % exact 2021H1 yoy actual\n"
		    "某市 ~ growth 12 % exact 2021H1 yoy actual\n");
	expect_records(ex, line_at, "news", "2021-07-25", "county",
		       "上半年经济运行平稳。\n全县生产(chǎn)总值(zhí)31.5亿元，增长(zhǎng)6%。",
		       "gdp level 31.5 2:1@31\n"
		       "gdp growth 6 2:25@75\n");
	/* 规上工业 followed by another quantity of industry (开票销售收入,
	 * 销售产值) is no value added; its 用电量 is the industry's power */
	expect_kind("news", "2022-06-20", "county",
		    "1—5月，全县规上工业开票销售收入52.3亿元，增长8%；规模以上工业销售产值48.1亿元，"
		    "增长7%；规模以上工业用电量3.2亿千瓦时，增长5%；规上工业企业实现出口交货值6.6亿元。",
		    "某市 industrial_electricity level 3.2 亿千瓦时 exact 2022M01-M05 - actual\n"
		    "某市 industrial_electricity growth 5 % exact 2022M01-M05 yoy actual\n");
	/* 施工产值 split from 建筑业 by its verb is the sector's output;
	 * 房地产销售面积 is the housing sold */
	expect_kind("news", "2022-03-20", "county",
		    "2021年，建筑业实现施工产值86亿元，增长12%；房地产销售面积41.2万平方米，下降3%。",
		    "某市 construction_output level 86 亿元 exact 2021 - actual\n"
		    "某市 construction_output growth 12 % exact 2021 yoy actual\n"
		    "某市 housing_sales_area level 41.2 万平方米 exact 2021 - actual\n"
		    "某市 housing_sales_area growth -3 % exact 2021 yoy actual\n");
	/* 增速与上月持平 is a rate unchanged, no growth of nought; 超过全省,
	 * 超全省平均 N个百分点 are gaps like 高于 */
	expect_kind("news", "2022-09-20", CITY,
		    "1—8月，全市规上工业增加值增长6.2%，增速与上月持平，超过全省0.9个百分点；"
		    "固定资产投资增长9%，超全省平均2.5个百分点。",
		    "某市 industrial_va growth 6.2 % exact 2022M01-M08 yoy actual\n"
		    "某市 industrial_va gap_pp 0.9 百分点 exact 2022M01-M08 全省 actual\n"
		    "某市 fai growth 9 % exact 2022M01-M08 yoy actual\n"
		    "某市 fai gap_pp 2.5 百分点 exact 2022M01-M08 全省平均 actual\n");
	/* a bare 产量 after the sown area of a crop the catalog does not name
	 * (花生播种面积) is that crop's, not grain's from before */
	expect_kind("bulletin", "2023-03-20", "county",
		    "2022年，全县粮食播种面积52.6万亩，产量21.4万吨，增长2%；花生播种面积8.3万亩，"
		    "产量2.1万吨，增长4%。",
		    "某市 grain_area level 52.6 万亩 exact 2022 - actual\n"
		    "某市 grain_output level 21.4 万吨 exact 2022 - actual\n"
		    "某市 grain_output growth 2 % exact 2022 yoy actual\n");
	/* industries named bare after an investment (in its sentence, in the
	 * sentence before one that opens with 分产业看, or in the sentence's
	 * own words: 从三次产业投资情况看, 第二产业完成投资) are its parts, and so
	 * is 其中工业 under them; after GDP they are the industries' value
	 * added */
	expect_kind("news", "2023-10-20", "county",
		    "1—9月，全县固定资产投资增长8.1%，其中第一、二、三产业分别增长12%、6.5%、9%。"
		    "全县地区生产总值增长6%。分产业看，第一、二、三产业分别增长3%、7%、6.5%。",
		    "某市 fai growth 8.1 % exact 2023M01-M09 yoy actual\n"
		    "某市 gdp growth 6 % exact 2023M01-M09 yoy actual\n"
		    "某市 primary_industry_va growth 3 % exact 2023M01-M09 yoy actual\n"
		    "某市 secondary_industry_va growth 7 % exact 2023M01-M09 yoy actual\n"
		    "某市 tertiary_industry_va growth 6.5 % exact 2023M01-M09 yoy actual\n");
	expect_kind("news", "2023-10-20", "county",
		    "1—9月，全县固定资产投资增长8.1%。分产业看，第一、二、三产业分别增长12%、6.5%、9%。\n"
		    "从三次产业投资情况看，第一产业下降5%；第二产业完成投资31亿元，增长20%，"
		    "其中工业增长18%；第三产业增长7%。",
		    "某市 fai growth 8.1 % exact 2023M01-M09 yoy actual\n"
		    "某市 ~ growth -5 % exact 2023M01-M09 yoy actual\n"
		    "某市 ~ growth 18 % exact 2023M01-M09 yoy actual\n"
		    "某市 ~ growth 7 % exact 2023M01-M09 yoy actual\n");
	/* the whole a share is of (占…的比重) is not what the clauses after
	 * the share speak of: their figures stay the part's */
	expect_kind("news", "2024-07-20", CITY,
		    "上半年，高新技术产业增加值占规模以上工业增加值的比重为38.6%，增加值同比增长7.7%。"
		    "工业投资52.4亿元，占固定资产投资总额的21.3%，同比增长14.2%。",
		    "某市 high_tech_industry_va share 38.6 % exact 2024H1 industrial_va actual\n"
		    "某市 high_tech_industry_va growth 7.7 % exact 2024H1 yoy actual\n"
		    "某市 industrial_investment level 52.4 亿元 exact 2024H1 - actual\n"
		    "某市 industrial_investment share 21.3 % exact 2024H1 fai actual\n"
		    "某市 industrial_investment growth 14.2 % exact 2024H1 yoy actual\n");
	/* 累计增速 before a comparison with another place's bracketed rate is
	 * the rate compared, like 增速 */
	expect_kind("news", "2023-10-20", CITY,
		    "1—9月，全市规上工业增加值增长6.8%，累计增速高于全省(5.2%)1.6个百分点，居全省第3位。",
		    "某市 industrial_va growth 6.8 % exact 2023M01-M09 yoy actual 3@全省\n"
		    "某市 industrial_va gap_pp 1.6 百分点 exact 2023M01-M09 全省 actual\n");
}

static void probe7_rules(void)
{
	/* an amount after words of its own (a product, 能繁母猪, 过会, 亩产,
	 * 转移劳动力) ends what the label before spoke for: it stays unkeyed,
	 * and so does the growth after it */
	expect_kind("bulletin", "2023-03-20", "county",
		    "2022年，全县城镇新增就业4120人，转移劳动力5210人，年末城镇登记失业率2.1%。"
		    "年末全县生猪存栏21.6万头，能繁母猪2.2万头，全年生猪出栏30.5万头。",
		    "某市 urban_new_jobs level 0.412 万人 exact 2022 - actual\n"
		    "某市 registered_unemployment_rate level 2.1 % exact 2022 - actual\n"
		    "某市 hog_inventory level 21.6 万头 exact 2022 - actual\n"
		    "某市 hogs_slaughtered level 30.5 万头 exact 2022 - actual\n");
	expect_kind("bulletin", "2023-03-20", "county",
		    "2022年，全县规模以上工业增加值增长6.1%。规模以上工业主要产品中：精制茶1.2万吨，"
		    "同比增长3.1%；饲料8.6万吨，增长5%。全县新增上市公司3家，过会1家。"
		    "粮食总产量18.2万吨，增长1.5%，平均亩产402公斤。",
		    "某市 industrial_va growth 6.1 % exact 2022 yoy actual\n"
		    "某市 listed_companies added 3 家 exact 2022 - actual\n"
		    "某市 grain_output level 18.2 万吨 exact 2022 - actual\n"
		    "某市 grain_output growth 1.5 % exact 2022 yoy actual\n");
	/* age groups before the label (65岁及以上户籍人口) name parts; a 其中
	 * item named like the whole before the 其中 is a part too */
	expect_kind("bulletin", "2023-03-20", "county",
		    "2022年末全县户籍人口34.9万人；0-14岁、15-64岁、65岁及以上户籍人口分别为6.1万人、"
		    "23.1万人和7.7万人。2022年，全县财政总收入39.7亿元，增长6%，一般公共预算收入"
		    "15.4亿元，增长3%，其中税收收入22.9亿元，财政收入6.1亿元。",
		    "某市 registered_population level 34.9 万人 exact 2022 - actual\n"
		    "某市 fiscal_revenue level 39.7 亿元 exact 2022 - actual\n"
		    "某市 fiscal_revenue growth 6 % exact 2022 yoy actual\n"
		    "某市 budget_revenue level 15.4 亿元 exact 2022 - actual\n"
		    "某市 budget_revenue growth 3 % exact 2022 yoy actual\n"
		    "某市 tax_revenue level 22.9 亿元 exact 2022 - actual\n");
	/* a part that opens with a year compared with alone (与2019年相比)
	 * goes on with the label before, at the rate after it */
	expect_kind("bulletin", "2022-03-20", "county",
		    "初步核算，2021年全县生产总值318.6亿元，比上年增长6.9%；与2019年相比，"
		    "两年平均增长4.7%。",
		    "某市 gdp level 318.6 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 6.9 % exact 2021 yoy actual\n"
		    "某市 gdp growth 4.7 % exact 2021 avg2y actual\n");
	/* the market entities added are counted in the catalog's unit (万户),
	 * as their level is */
	expect_kind("bulletin", "2023-03-20", "county",
		    "2022年，全县新登记市场主体6120户，年末市场主体总量达到5.1万户。",
		    "某市 market_entities added 0.612 万户 exact 2022 - actual\n"
		    "某市 market_entities level 5.1 万户 exact 2022 - actual\n");
	/* 经营主体, the name the statistics give market entities from 2023
	 * on (新增经营主体, 实有经营主体) */
	expect_kind("gwr", "2024-01-16", "county",
		    "一、2023年工作回顾\n全县净增经营主体4215户，实有经营主体总量达到3.8万户，增长9.2%。",
		    "某市 market_entities added 0.4215 万户 exact 2023 - actual\n"
		    "某市 market_entities level 3.8 万户 exact 2023 - actual\n"
		    "某市 market_entities growth 9.2 % exact 2023 yoy actual\n");
	/* label variants: 一产实现增加值, 非公有制增加值 (a part of GDP after
	 * 其中, so the industries after 分产业看 stay the industries' own),
	 * 城镇固定资产投资, 木材采运 */
	expect_kind("bulletin", "2023-03-20", "county",
		    "全县实现地区生产总值138.2亿元，增长4.5%。其中：一产实现增加值47.7亿元，增长4.3%；"
		    "三产实现增加值95.6亿元，增长4.4%。其中：非公有制增加值43.6亿元，占GDP比重43.3%。"
		    "分产业看，第一产业增加值26.3亿元，增长4%。全县城镇固定资产投资同比增长9.9%。"
		    "全年木材采运1.5万立方米，增长3%。",
		    "某市 gdp level 138.2 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 4.5 % exact 2022 yoy actual\n"
		    "某市 primary_industry_va level 47.7 亿元 exact 2022 - actual\n"
		    "某市 primary_industry_va growth 4.3 % exact 2022 yoy actual\n"
		    "某市 tertiary_industry_va level 95.6 亿元 exact 2022 - actual\n"
		    "某市 tertiary_industry_va growth 4.4 % exact 2022 yoy actual\n"
		    "某市 private_economy_va level 43.6 亿元 exact 2022 - actual\n"
		    "某市 private_economy_va share 43.3 % exact 2022 gdp actual\n"
		    "某市 primary_industry_va level 26.3 亿元 exact 2022 - actual\n"
		    "某市 primary_industry_va growth 4 % exact 2022 yoy actual\n"
		    "某市 fai growth 9.9 % exact 2022 yoy actual\n"
		    "某市 timber_output level 1.5 万立方米 exact 2022 - actual\n"
		    "某市 timber_output growth 3 % exact 2022 yoy actual\n");
	/* shares whose whole or subject is left out: 比重 right after the
	 * label is of the whole of the share before in its sentence (none
	 * before: no record); a subject that heads the label before
	 * (民营经济); a part that opens with 占; a list before 占 and 分别 */
	expect_kind("bulletin", "2023-03-20", "county",
		    "2022年，第一产业增加值占地区生产总值比重为12.4%，第二产业增加值比重为38.1%，"
		    "第三产业增加值比重为49.5%。第二产业增加值比重为38.1%。"
		    "全年民营经济增加值180.6亿元，增长5.2%；民营经济占GDP的比重为58.3%。"
		    "三次产业占GDP比重分别为12.1%、45.2%、42.7%。",
		    "某市 primary_industry_va share 12.4 % exact 2022 gdp actual\n"
		    "某市 secondary_industry_va share 38.1 % exact 2022 gdp actual\n"
		    "某市 tertiary_industry_va share 49.5 % exact 2022 gdp actual\n"
		    "某市 private_economy_va level 180.6 亿元 exact 2022 - actual\n"
		    "某市 private_economy_va growth 5.2 % exact 2022 yoy actual\n"
		    "某市 private_economy_va share 58.3 % exact 2022 gdp actual\n"
		    "某市 primary_industry_va share 12.1 % exact 2022 gdp actual\n"
		    "某市 secondary_industry_va share 45.2 % exact 2022 gdp actual\n"
		    "某市 tertiary_industry_va share 42.7 % exact 2022 gdp actual\n");
	expect_kind("bulletin", "2023-03-20", "county",
		    "2022年，全县固定资产投资增长8.4%。在全县固定资产投资中，民间投资增长6.1%；"
		    "占全县固定资产投资的49.3%。工业投资、民间投资占固定资产投资比重分别为31.5%、52.8%。",
		    "某市 fai growth 8.4 % exact 2022 yoy actual\n"
		    "某市 private_investment growth 6.1 % exact 2022 yoy actual\n"
		    "某市 private_investment share 49.3 % exact 2022 fai actual\n"
		    "某市 industrial_investment share 31.5 % exact 2022 fai actual\n"
		    "某市 private_investment share 52.8 % exact 2022 fai actual\n");
	/* 营利性 (非营利性) before 服务业增加值 names another indicator */
	expect_kind("news", "2023-04-20", "county",
		    "一季度，全县第三产业增加值增长6.2%，其中营利性服务业增加值增长8.1%，"
		    "非营利性服务业增加值增长4.3%。",
		    "某市 tertiary_industry_va growth 6.2 % exact 2023Q1 yoy actual\n"
		    "某市 ~ growth 8.1 % exact 2023Q1 yoy actual\n"
		    "某市 ~ growth 4.3 % exact 2023Q1 yoy actual\n");
	/* the same parts written without 性 (营利服务业) after a bare 服务业 */
	expect_kind("news", "2020-04-10", "prefecture",
		    "2019年，全州服务业增加值增长3.4%，其中营利服务业增加值增长8.7%，"
		    "非营利服务业增加值增长1.9%。",
		    "某市 tertiary_industry_va growth 3.4 % exact 2019 yoy actual\n"
		    "某市 ~ growth 8.7 % exact 2019 yoy actual\n"
		    "某市 ~ growth 1.9 % exact 2019 yoy actual\n");
	/* 高于去年同期 … 个百分点 compares with a time: a change of the rate,
	 * no gap to a place */
	expect("2023-08-10", CITY,
	       "上半年，全市地区生产总值增长4.1%，增速高于去年同期1.2个百分点，高于全省0.6个百分点。",
	       "某市 gdp growth 4.1 % exact 2023H1 yoy actual\n"
	       "某市 gdp change_pp 1.2 百分点 exact 2023H1 yoy actual\n"
	       "某市 gdp gap_pp 0.6 百分点 exact 2023H1 全省 actual\n");
	/* a falling word before a bare list of figures makes every item fall */
	expect("2023-08-10", CITY, "上半年，全市社会消费品零售总额分别回落0.5个百分点、0.3个百分点。",
	       "某市 retail_sales change_pp -0.5 百分点 exact 2023H1 yoy actual\n"
	       "某市 retail_sales change_pp -0.3 百分点 exact 2023H1 yoy actual\n");
	/* a part of the sentence that opens with a measure's word ranks the
	 * figure of the part before, in the scope said there */
	expect("2023-08-10", CITY,
	       "上半年，全市地区生产总值完成1200亿元，增长5%，总量排位全省第14；增速排位第2。",
	       "某市 gdp level 1200 亿元 exact 2023H1 - actual 14@全省\n"
	       "某市 gdp growth 5 % exact 2023H1 yoy actual 2@全省\n");
	/* a clause that opens with a rank's scope (全省第8位) is the rank,
	 * not the province speaking: the sentence goes on about the entity;
	 * places said short in a list (国、省) are 全国 and 全省 */
	expect("2024-07-20", CITY,
	       "上半年，全市第一产业增加值31.2亿元，增长3.6%，全省第7位；第二产业增加值80.5亿元，"
	       "增长7.5%，全省第4位，分别高于国、省1.8和2.2个百分点。",
	       "某市 primary_industry_va level 31.2 亿元 exact 2024H1 - actual\n"
	       "某市 primary_industry_va growth 3.6 % exact 2024H1 yoy actual 7@全省\n"
	       "某市 secondary_industry_va level 80.5 亿元 exact 2024H1 - actual\n"
	       "某市 secondary_industry_va growth 7.5 % exact 2024H1 yoy actual 4@全省\n"
	       "某市 secondary_industry_va gap_pp 1.8 百分点 exact 2024H1 全国 actual\n"
	       "某市 secondary_industry_va gap_pp 2.2 百分点 exact 2024H1 全省 actual\n");
	/* 两项指标增速均…: a rank for as many metrics of the sentence, the
	 * latest first; a stray comma inside a list (,、) joins it still */
	expect("2023-04-20", CITY,
	       "一季度，全市地区生产总值完成310亿元，增长6.2%，固定资产投资增长14.8%，两项指标增速均居全省第二。",
	       "某市 gdp level 310 亿元 exact 2023Q1 - actual\n"
	       "某市 gdp growth 6.2 % exact 2023Q1 yoy actual 2@全省\n"
	       "某市 fai growth 14.8 % exact 2023Q1 yoy actual 2@全省\n");
	/* a sentence of its own that counts indicators before their rank
	 * (预计3项主要指标增速…) ranks the growths of the sentence before when
	 * that sentence gave exactly as many; with a count that differs, none */
	expect("2024-01-10", CITY,
	       "2023年，全市地区生产总值完成2100亿元、增长5.8%，规上工业增加值增长7.1%，"
	       "一般公共预算收入完成150亿元、增长3.2%。预计3项主要指标增速居全省前5位。",
	       "某市 gdp level 2100 亿元 exact 2023 - actual\n"
	       "某市 gdp growth 5.8 % exact 2023 yoy actual <=5@全省\n"
	       "某市 industrial_va growth 7.1 % exact 2023 yoy actual <=5@全省\n"
	       "某市 budget_revenue level 150 亿元 exact 2023 - actual\n"
	       "某市 budget_revenue growth 3.2 % exact 2023 yoy actual <=5@全省\n");
	expect("2024-01-10", CITY,
	       "2023年，全市地区生产总值增长5.8%，规上工业增加值增长7.1%，一般公共预算收入增长3.2%。"
	       "4项指标增速均居全省第二。",
	       "某市 gdp growth 5.8 % exact 2023 yoy actual\n"
	       "某市 industrial_va growth 7.1 % exact 2023 yoy actual\n"
	       "某市 budget_revenue growth 3.2 % exact 2023 yoy actual\n");
	/* a sentence opening with a breakdown (分产业看) goes on about the
	 * province the sentence before spoke of */
	expect("2023-08-01", CITY,
	       "上半年全省实现生产总值5200亿元，同比增长5.6%。分产业看，第一产业增加值310亿元，同比增长3.1%。"
	       "上半年全市实现生产总值820亿元，同比增长6.1%。分产业看，第一产业增加值51亿元，同比增长3.3%。",
	       "某市 gdp level 820 亿元 exact 2023H1 - actual\n"
	       "某市 gdp growth 6.1 % exact 2023H1 yoy actual\n"
	       "某市 primary_industry_va level 51 亿元 exact 2023H1 - actual\n"
	       "某市 primary_industry_va growth 3.3 % exact 2023H1 yoy actual\n");
	/* 较去年同期和全年: both are compared with; 全年 is no period of the
	 * figures after, and the change since it has no basis to key */
	expect("2023-08-20", CITY,
	       "1-7月，全市规上工业增加值增长6.1%，增速较去年同期和全年分别提高0.9和0.4个百分点，"
	       "固定资产投资增长7.7%。",
	       "某市 industrial_va growth 6.1 % exact 2023M01-M07 yoy actual\n"
	       "某市 industrial_va change_pp 0.9 百分点 exact 2023M01-M07 yoy actual\n"
	       "某市 fai growth 7.7 % exact 2023M01-M07 yoy actual\n");
	/* 县域 after the report's own name (全省县域, 全市县域): its counties
	 * as a group, not itself */
	expect("2023-08-01", "province",
	       "上半年，全省县域地区生产总值完成9100亿元，增长5.1%。全省地区生产总值完成26000亿元。",
	       "某市 gdp level 26000 亿元 exact 2023H1 - actual\n");
	expect("2023-08-01", CITY,
	       "上半年，全市县域实现地区生产总值610亿元。全市实现地区生产总值1450亿元。",
	       "某市 gdp level 1450 亿元 exact 2023H1 - actual\n");
	/* a headline announcing a result frames the rank of the sentence
	 * after it; the evaluation's score (综合得分) may stand before the rank */
	expect_kind("evaluation", "2023-05-20", "county",
		    "2022年度全省营商环境评价结果公布\n我县综合得分位列全省县域第2名。",
		    "某市 business_environment level null - exact 2022 - actual 2@全省县域\n");
	expect_kind("evaluation", "2023-05-20", "county", "2022年，我县营商环境综合得分居全省第5位。",
		    "某市 business_environment level null - exact 2022 - actual 5@全省\n");
	/* names the catalog lacks after a known one may hold a threshold
	 * (1亿元以上项目投资) before the rank they share */
	expect("2019-10-20", "county", "1-8月，社会消费品零售总额、1亿元以上项目投资2项指标增速均居全市第二。",
	       "某市 retail_sales growth null - exact 2019M01-M08 yoy actual 2@全市\n");
	/* 比…低/慢 and 放缓 before a change are falls; places compared may
	 * stand without 分别 (比全国、全省高…), and 全州 is one */
	expect("2023-08-10", "county",
	       "上半年，全县地区生产总值增长6.3%，比上年同期低0.5个百分点，较一季度放缓0.3个百分点。",
	       "某市 gdp growth 6.3 % exact 2023H1 yoy actual\n"
	       "某市 gdp change_pp -0.5 百分点 exact 2023H1 yoy actual\n"
	       "某市 gdp change_pp -0.3 百分点 exact 2023H1 vs:2023Q1 actual\n");
	expect("2023-08-10", "county",
	       "上半年，全县地区生产总值增长6.2%，比全国、全省高1.2、1.7个百分点，比全州低0.3个百分点。",
	       "某市 gdp growth 6.2 % exact 2023H1 yoy actual\n"
	       "某市 gdp gap_pp 1.2 百分点 exact 2023H1 全国 actual\n"
	       "某市 gdp gap_pp 1.7 百分点 exact 2023H1 全省 actual\n"
	       "某市 gdp gap_pp -0.3 百分点 exact 2023H1 全州 actual\n");
	/* 增速比去年同期… opens a clause of the label before; 总量排名 after a
	 * growth just ranked ranks its level */
	expect("2021-07-25", CITY,
	       "上半年，全市规上工业增加值增长11.4%，增速比去年同期加快2.2个百分点，高于全省1.1个百分点。",
	       "某市 industrial_va growth 11.4 % exact 2021H1 yoy actual\n"
	       "某市 industrial_va change_pp 2.2 百分点 exact 2021H1 yoy actual\n"
	       "某市 industrial_va gap_pp 1.1 百分点 exact 2021H1 全省 actual\n");
	expect("2023-10-25", "district", "前三季度，全区地区生产总值增长5.7%，增速排名全市第二，总量排名全市第五。",
	       "某市 gdp growth 5.7 % exact 2023M01-M09 yoy actual 2@全市\n"
	       "某市 gdp level null - exact 2023M01-M09 - actual 5@全市\n");
	/* 降幅扩大 is a fall that widens: a fall; 降幅收窄 a rise */
	expect("2023-08-10", "county",
	       "上半年，全县规上工业增加值下降3.2%，降幅比一季度扩大0.6个百分点；固定资产投资下降1.1%，降幅收窄0.4个百分点。",
	       "某市 industrial_va growth -3.2 % exact 2023H1 yoy actual\n"
	       "某市 industrial_va change_pp -0.6 百分点 exact 2023H1 vs:2023Q1 actual\n"
	       "某市 fai growth -1.1 % exact 2023H1 yoy actual\n"
	       "某市 fai change_pp 0.4 百分点 exact 2023H1 vs:2023Q1 actual\n");
	/* 占指标总量的…: a share of an evaluation's indicators, no metric's */
	expect("2024-05-20", CITY, "2023年度考核中，我市固定资产投资等20项指标居全省第1位、占指标总量的21.5%。",
	       "某市 fai level null - exact 2023 - actual 1@全省\n");
	/* a clause announcing a result (…评价结果公布) frames the rank of the
	 * clause after, whoever announced it */
	expect_kind("evaluation", "2023-05-20", "county",
		    "2022年度全省营商环境评价结果近日揭晓，我县位列全省县域第4位。",
		    "某市 business_environment level null - exact 2022 - actual 4@全省县域\n");
	expect("2023-04-20", CITY, "一季度，地区生产总值,、固定资产投资等2项指标增速排名全省第1。",
	       "某市 gdp growth null - exact 2023Q1 yoy actual 1@全省\n"
	       "某市 fai growth null - exact 2023Q1 yoy actual 1@全省\n");
}

static void probe8_bulletin_rules(void)
{
	/* 生活消费支出 is the consumption metric; a label opening with 人均 is
	 * of the group of residents the last 人均 label of its paragraph named,
	 * also in the next sentence; 全县人均… stays the whole's */
	expect_kind("bulletin", "2023-04-10", "county",
		    "全年城镇常住居民人均可支配收入45210元，增长4.8%，人均生活消费支出28130元，增长3.2%；"
		    "农村居民人均可支配收入21050元，增长6.9%。人均消费支出16020元，增长5.5%。\n"
		    "全县居民人均生活消费支出21400元，增长4.1%。",
		    "某市 urban_income level 45210 元 exact 2022 - actual\n"
		    "某市 urban_income growth 4.8 % exact 2022 yoy actual\n"
		    "某市 urban_consumption level 28130 元 exact 2022 - actual\n"
		    "某市 urban_consumption growth 3.2 % exact 2022 yoy actual\n"
		    "某市 rural_income level 21050 元 exact 2022 - actual\n"
		    "某市 rural_income growth 6.9 % exact 2022 yoy actual\n"
		    "某市 rural_consumption level 16020 元 exact 2022 - actual\n"
		    "某市 rural_consumption growth 5.5 % exact 2022 yoy actual\n"
		    "某市 per_capita_consumption level 21400 元 exact 2022 - actual\n"
		    "某市 per_capita_consumption growth 4.1 % exact 2022 yoy actual\n");
	/* the employees' scheme (城镇职工, 企业职工, 职工…) is a part of the
	 * enrolment, not the whole; nor is a bracketed part after it */
	expect_kind("bulletin", "2023-04-10", "county",
		    "年末城乡居民基本养老保险参保人数28.4万人，增长1.2%。企业职工基本养老保险参保人数"
		    "6.3万人，增长4.4%；城镇职工基本医疗保险参保人数3.1万人（在职职工2.2万人）。",
		    "某市 pension_insured level 28.4 万人 exact 2022 - actual\n"
		    "某市 pension_insured growth 1.2 % exact 2022 yoy actual\n");
}

/* The eighth probe round's rules for 政府工作报告 and plan reports. */
static void probe8_gwr_rules(void)
{
	/* a revenue's natural growth (自然增幅) is the label's growth; the same
	 * figure restated on another basis after it (同口径, 扣除…因素) is no
	 * second record, while a 同口径 growth that is the only one stays */
	expect_kind("gwr", "2024-01-15", "county",
		    "预计全年完成地方一般公共预算收入5.2亿元，自然增幅3.1%，同口径完成5.4亿元，"
		    "增幅7.2%。全年一般公共预算总收入88亿元，下降1.5%（扣除留抵退税因素，同口径增长"
		    "6.3%）；地区生产总值同口径增长5.2%。",
		    "某市 budget_revenue level 5.2 亿元 exact 2023 - estimate\n"
		    "某市 budget_revenue growth 3.1 % exact 2023 yoy estimate\n"
		    "某市 fiscal_revenue level 88 亿元 exact 2023 - estimate\n"
		    "某市 fiscal_revenue growth -1.5 % exact 2023 yoy estimate\n"
		    "某市 gdp growth 5.2 % exact 2023 yoy estimate\n");
	/* 增速均居… after levels and rates ranks the rates only, 总量均居…
	 * the levels only */
	expect("2024-01-20", CITY,
	       "全年全市地区生产总值达到2150亿元、增长5.6%，社会消费品零售总额增长7.3%，增速均居"
	       "全省第二。全年财政总收入120亿元、增长4%，一般公共预算收入75亿元、增长3%，总量均居"
	       "全省第三。",
	       "某市 gdp level 2150 亿元 exact 2023 - actual\n"
	       "某市 gdp growth 5.6 % exact 2023 yoy actual 2@全省\n"
	       "某市 retail_sales growth 7.3 % exact 2023 yoy actual 2@全省\n"
	       "某市 fiscal_revenue level 120 亿元 exact 2023 - actual 3@全省\n"
	       "某市 fiscal_revenue growth 4 % exact 2023 yoy actual\n"
	       "某市 budget_revenue level 75 亿元 exact 2023 - actual 3@全省\n"
	       "某市 budget_revenue growth 3 % exact 2023 yoy actual\n");
	/* names of no figure ranked together by 均: each name's own 总量 makes
	 * it a level though the last says 增速, after another name ranked in
	 * the sentence (not that name's second rank), and with a comma before
	 * 均 (the names' clause waits for the rank) */
	expect("2023-10-20", CITY,
	       "1-9月，全市税收收入总量居全省第四，地区生产总值总量、一般公共预算收入总量均居全省第六。",
	       "某市 tax_revenue level null - exact 2023M01-M09 - actual 4@全省\n"
	       "某市 gdp level null - exact 2023M01-M09 - actual 6@全省\n"
	       "某市 budget_revenue level null - exact 2023M01-M09 - actual 6@全省\n");
	expect("2023-10-20", CITY,
	       "上半年，全市地区生产总值总量、税收收入总量和固定资产投资增速，均列全省第五。",
	       "某市 gdp level null - exact 2023H1 - actual 5@全省\n"
	       "某市 tax_revenue level null - exact 2023H1 - actual 5@全省\n"
	       "某市 fai growth null - exact 2023H1 yoy actual 5@全省\n");
	/* the place compared's rate in brackets right after a gap is no
	 * figure of the report's: a rank after it is the growth's */
	expect("2023-09-20", "county",
	       "1-8月，全县规上工业增加值增长4.2%，低于全省2.1个百分点（全省增长6.3%），全省增速排名第9。",
	       "某市 industrial_va growth 4.2 % exact 2023M01-M08 yoy actual 9@全省\n"
	       "某市 industrial_va gap_pp -2.1 百分点 exact 2023M01-M08 全省 actual\n");
}

/* The tenth probe round's rules for plan reports and target lists. */
static void probe10_plan_rules(void)
{
	/* a target word in a bracketed aside speaks of the aside only: the
	 * clauses after it are still the year's results; the aside's bare
	 * percent is the year's target growth (round 20) */
	expect_kind("plan", "2024-02-20", "county",
		    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "一、2023年计划执行情况\n"
		    "全年地区生产总值增长6.2%（年初预期目标为7%左右）；社会消费品零售总额增长5.4%，"
		    "居全市第3位（预期8%）；城镇新增就业4100人。",
		    "某市 gdp growth 6.2 % exact 2023 yoy actual\n"
		    "某市 gdp growth 7 % approx 2023 yoy target\n"
		    "某市 retail_sales growth 5.4 % exact 2023 yoy actual 3@全市\n"
		    "某市 retail_sales growth 8 % exact 2023 yoy target\n"
		    "某市 urban_new_jobs level 0.41 万人 exact 2023 - actual\n");
	/* …and so does a bracket right after the target's name, what came of
	 * it said first (高于预期目标（增长6%以上）), also under a lead that
	 * makes the items estimates; the clause after the aside is the
	 * year's again */
	expect_kind("plan", "2024-01-10", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "2023年向区人大报告的8项主要预期目标预计均可完成，具体如下：\n"
		    "——预计规模以上工业增加值增长9%左右，高于预期目标（增长6%左右）；\n"
		    "——一般公共预算收入增长4.2%，低于年度目标(增长5%)，税收收入增长3.1%；\n"
		    "——预计社会消费品零售总额增长7%，达到预期目标（增长7%）；\n"
		    "——预计研发投入强度达2.6%，高于预期目标（达到2.5%）。",
		    "某市 industrial_va growth 9 % approx 2023 yoy estimate\n"
		    "某市 industrial_va growth 6 % approx 2023 yoy target\n"
		    "某市 budget_revenue growth 4.2 % exact 2023 yoy estimate\n"
		    "某市 budget_revenue growth 5 % exact 2023 yoy target\n"
		    "某市 tax_revenue growth 3.1 % exact 2023 yoy estimate\n"
		    "某市 retail_sales growth 7 % exact 2023 yoy estimate\n"
		    "某市 retail_sales growth 7 % exact 2023 yoy target\n"
		    "某市 rd_intensity level 2.6 % exact 2023 - estimate\n"
		    "某市 rd_intensity level 2.5 % exact 2023 - target\n");
	/* a paragraph opening with the year reviewed after a short lead-in
	 * (报告说，2023年是…) frames the figures below as that year's */
	expect_kind("targets", "2024-01-18", "county",
		    "某县第九届人民代表大会第三次会议今天开幕。\n"
		    "报告说，2023年是极为不易的一年。\n"
		    "预计全县地区生产总值增长5.8%，一般公共预算收入3.8亿元。",
		    "某市 gdp growth 5.8 % exact 2023 yoy estimate\n"
		    "某市 budget_revenue level 3.8 亿元 exact 2023 - estimate\n");
}

/* The tenth probe round's rules for county bulletins. */
static void probe10_bulletin_rules(void)
{
	/* a table of one cell per line whose header names no label column
	 * and calls its amounts 绝对数, cells indented by spaces */
	expect_kind("bulletin", "2023-05-08", "county",
		    "表2  2022年全县增加值及其增速\n\n  单位:亿元\n\n  绝对数\n\n较上年增长(%)\n\n"
		    "  地区生产总值\n\n188.4\n\n4.6\n\n  建筑业\n\n21.7\n\n8.2\n\n"
		    "  金融业\n\n9.3\n\n5.9\n",
		    "某市 gdp level 188.4 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 4.6 % exact 2022 yoy actual\n"
		    "某市 construction_va level 21.7 亿元 exact 2022 - actual\n"
		    "某市 construction_va growth 8.2 % exact 2022 yoy actual\n"
		    "某市 finance_va level 9.3 亿元 exact 2022 - actual\n"
		    "某市 finance_va growth 5.9 % exact 2022 yoy actual\n");
}

/* What the tenth probe round left, one text each but of plainly general
 * wording. */
static void probe10_left_rules(void)
{
	/* 按可比价 without 计算 is a note before the growth, not its label;
	 * 占全市地区生产总值 in the city's own report is a share of its GDP */
	expect_kind("bulletin", "2024-04-02", "county",
		    "全年全市实现地区生产总值3668759万元，按可比价同比增长4.4%。"
		    "第一产业增加值占全市地区生产总值的比重为9.3%。",
		    "某市 gdp level 366.8759 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 4.4 % exact 2023 yoy actual\n"
		    "某市 primary_industry_va share 9.3 % exact 2023 gdp actual\n");
	/* a count of people written with 万 alone; 及服务业, 现价, 作物 and
	 * 实现 inside the names of catalog metrics */
	expect_kind("bulletin", "2024-04-02", "county",
		    "年末户籍人口61.8万。全年农林牧渔及服务业现价总产值70.4亿元，增长3.1%。"
		    "粮食作物总产量31.2万吨。非公有制经济实现增加值150.6亿元。",
		    "某市 registered_population level 61.8 万人 exact 2023 - actual\n"
		    "某市 agri_output level 70.4 亿元 exact 2023 - actual\n"
		    "某市 agri_output growth 3.1 % exact 2023 yoy actual\n"
		    "某市 grain_output level 31.2 万吨 exact 2023 - actual\n"
		    "某市 private_economy_va level 150.6 亿元 exact 2023 - actual\n");
	/* 总产 (no 量) after a sown area is the crop's output */
	expect_kind("bulletin", "2024-04-02", "county",
		    "全年粮食种植面积38.6万亩，总产16.4万吨。",
		    "某市 grain_area level 38.6 万亩 exact 2023 - actual\n"
		    "某市 grain_output level 16.4 万吨 exact 2023 - actual\n");
	/* …播种面积X万亩、总产量Y万吨: the output after 、 is the crop's as
	 * after a comma; a noun of no crop after 、 keeps no label */
	expect_kind("gwr", "2024-01-16", "county",
		    "一、2023年工作回顾\n完成粮食播种面积61.35万亩、总产量27.08万吨，"
		    "新建高标准农田3.1万亩、面积2.2万亩。",
		    "某市 grain_area level 61.35 万亩 exact 2023 - actual\n"
		    "某市 grain_output level 27.08 万吨 exact 2023 - actual\n");
	/* 规上工业企业N家、(months)总产值…: the bare noun of the item after 、
	 * speaks of the firms counted (规上工业 + 总产值); a count whose head
	 * makes no catalog name with it keeps no label */
	expect_kind("news", "2024-11-20", "district",
		    "1—10月，全区规上工业企业312家、总产值842亿元；"
		    "全区高新技术企业260家、总产值430亿元。",
		    "某市 above_scale_industrial_enterprises level 312 家 exact 2024M10 - actual\n"
		    "某市 industrial_output level 842 亿元 exact 2024M01-M10 - actual\n"
		    "某市 high_tech_enterprises level 260 家 exact 2024M10 - actual\n");
	/* the periods of a sentence going through quarters stay in it */
	expect_kind("bulletin", "2024-04-02", "county",
		    "某县2023年国民经济和社会发展统计公报\n"
		    "全年地区生产总值210.3亿元，增长4.4%。分季度看，一季度增长3.1%，"
		    "上半年增长3.9%，前三季度增长4.2%。人均地区生产总值41234元。",
		    "某市 gdp level 210.3 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 4.4 % exact 2023 yoy actual\n"
		    "某市 gdp_per_capita level 41234 元 exact 2023 - actual\n");
	/* (在)第三产业中 before a 分别 list frames it: no item of the list */
	expect_kind("bulletin", "2024-04-02", "county",
		    "2023年，在第三产业中交通运输仓储和邮政业、金融业增加值分别增长2.2%、3.3%。"
		    "第三产业中住宿和餐饮业、房地产业增加值分别增长4.4%、1.1%。",
		    "某市 transport_va growth 2.2 % exact 2023 yoy actual\n"
		    "某市 finance_va growth 3.3 % exact 2023 yoy actual\n"
		    "某市 hotel_catering_va growth 4.4 % exact 2023 yoy actual\n"
		    "某市 real_estate_va growth 1.1 % exact 2023 yoy actual\n");
}

/* The eleventh probe round's rules for 政府工作报告 and news items. */
static void probe11_gwrnews_rules(void)
{
	/* a sentence that closes on a rank and its scope (…，全市排名第三。)
	 * hands no place to the breakdown sentence after it */
	expect_entity_records(ex, line_of, "某县", "news", "2022-08-10", "county",
		    "上半年，全县地区生产总值47.5亿元，同比增长7.1%，全市排名第三。"
		    "分产业看，第一产业增加值6.4亿元，增长4.7%；第二产业增加值10.4亿元，增长9.9%。",
		    "某县 gdp level 47.5 亿元 exact 2022H1 - actual\n"
		    "某县 gdp growth 7.1 % exact 2022H1 yoy actual 3@全市\n"
		    "某县 primary_industry_va level 6.4 亿元 exact 2022H1 - actual\n"
		    "某县 primary_industry_va growth 4.7 % exact 2022H1 yoy actual\n"
		    "某县 secondary_industry_va level 10.4 亿元 exact 2022H1 - actual\n"
		    "某县 secondary_industry_va growth 9.9 % exact 2022H1 yoy actual\n");
	/* the first item of a list sharing its tail may open with the
	 * clause's period, place and 规模以上工业 (never a piece of a name) */
	expect_kind("news", "2024-07-25", CITY,
		    "上半年全市规模以上工业战略性新兴产业、高技术制造业、装备制造业增加值分别增长"
		    "6.4%、9.7%、7.1%；"
		    "新能源汽车、光伏电池产量分别增长1.2倍、15.3%。",
		    "某市 strategic_emerging_va growth 6.4 % exact 2024H1 yoy actual\n"
		    "某市 high_tech_industry_va growth 9.7 % exact 2024H1 yoy actual\n");
	/* an amount right after 比上年同期 and before its rate is the base
	 * compared with, last year's: no level of the period */
	expect_kind("news", "2023-05-15", "county",
		    "1-4月，一般公共预算支出完成85432万元，比上年同期91207万元下降6.33%。",
		    "某市 budget_expenditure level 8.5432 亿元 exact 2023M01-M04 - actual\n"
		    "某市 budget_expenditure growth -6.33 % exact 2023M01-M04 yoy actual\n");
	/* 生产性服务业 is a part of the services, not their whole */
	expect("2024-01-20", CITY,
	       "2023年，全市生产性服务业增加值占服务业比重达47%，服务业增加值增长6.1%。",
	       "某市 tertiary_industry_va growth 6.1 % exact 2023 yoy actual\n");
	/* 国家 opening a catalog label (国家高新技术企业) is the label's name,
	 * not the nation speaking; 全国 before a label still is */
	expect("2025-01-22", CITY,
	       "2024年，国家高新技术企业达到1350家。全国规模以上工业增加值增长5.5%。",
	       "某市 high_tech_enterprises level 1350 家 exact 2024 - actual\n");
}

/* The eleventh probe round's rules for plan reports and evaluations. */
static void probe11_plan_rules(void)
{
	/* a progress notice whose body names a project plan of its year
	 * (…2024年重点项目计划…) is no plan of that year: its half-year
	 * figures stay actual */
	expect_kind("plan", "2024-07-20", "district",
		    "关于某区2024年重点工作1-6月进展情况的通报\n"
		    "现将1-6月重点工作进展情况通报如下：\n"
		    "1-6月，全区实现生产总值215.6亿元，同比增长约4.1%。\n"
		    "全区列入市2024年重点项目计划共42项，年度投资计划88.5亿元。",
		    "某市 gdp level 215.6 亿元 exact 2024H1 - actual\n"
		    "某市 gdp growth 4.1 % approx 2024H1 yoy actual\n");
	/* 完成年计划X的Y%: X is the year's plan, a target; the share names
	 * no figure */
	expect_kind("plan", "2025-02-10", "county",
		    "关于某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
		    "初步预计，全县地区生产总值318亿元，完成年计划340亿元的93.5%，增长4.2%；"
		    "一般公共预算收入12.4亿元，完成全年计划13亿元的95.4%。",
		    "某市 gdp level 318 亿元 exact 2024 - estimate\n"
		    "某市 gdp level 340 亿元 exact 2024 - target\n"
		    "某市 gdp growth 4.2 % exact 2024 yoy estimate\n"
		    "某市 budget_revenue level 12.4 亿元 exact 2024 - estimate\n"
		    "某市 budget_revenue level 13 亿元 exact 2024 - target\n");
	/* an aside on why a plan fell short ((主要是…未达预期)) names no
	 * label: the rate after it is the part's before the aside */
	expect_kind("plan", "2024-01-20", "district",
		    "关于某区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "初步预计，第二产业增加值210亿元，完成年计划202亿元的89%(主要是规上工业产值、"
		    "建筑业产值未达预期)，下降1.4%；第三产业增加值167亿元，完成年计划200亿元的"
		    "94%（主要原因是商品房销售面积下降），增长4.9%。",
		    "某市 secondary_industry_va level 210 亿元 exact 2023 - estimate\n"
		    "某市 secondary_industry_va level 202 亿元 exact 2023 - target\n"
		    "某市 secondary_industry_va growth -1.4 % exact 2023 yoy estimate\n"
		    "某市 tertiary_industry_va level 167 亿元 exact 2023 - estimate\n"
		    "某市 tertiary_industry_va level 200 亿元 exact 2023 - target\n"
		    "某市 tertiary_industry_va growth 4.9 % exact 2023 yoy estimate\n");
	/* quarters and halves without a year are the reviewed year's in the
	 * review, the planned year's in the plan: not the date's (a report of
	 * January, and one of December) */
	expect_kind("plan", "2024-01-16", "county",
		    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "一季度，全县地区生产总值增长3.9%，上半年增长4.6%。\n"
		    "二、2024年经济社会发展的主要预期目标\n"
		    "力争一季度地区生产总值增长6%。",
		    "某市 gdp growth 3.9 % exact 2023Q1 yoy actual\n"
		    "某市 gdp growth 4.6 % exact 2023H1 yoy actual\n"
		    "某市 gdp growth 6 % exact 2024Q1 yoy target\n");
	expect_kind("plan", "2023-12-22", "county",
		    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "前三季度，全县地区生产总值增长5.2%。\n"
		    "二、2024年经济社会发展的主要预期目标\n"
		    "力争一季度地区生产总值增长6%。",
		    "某市 gdp growth 5.2 % exact 2023M01-M09 yoy actual\n"
		    "某市 gdp growth 6 % exact 2024Q1 yoy target\n");
	/* “十四五”以来 while the plan runs: its years so far, done (not the
	 * plan's five years as a target) */
	expect_kind("plan", "2024-01-16", "county",
		    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "“十四五”以来，全县累计完成固定资产投资652亿元。",
		    "某市 fai level 652 亿元 exact 2021..2023 - actual\n");
	/* a review's item naming its target and what came of it: the target
	 * word speaks for its own figure only (实际增长, 实际完成, 预计完成
	 * report the result), and such a line opens no target list, so the
	 * items after it stay the reviewed year's */
	expect_kind("plan", "2024-01-12", "county",
		    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "全县地区生产总值预期目标增长6.5%，实际增长5.7%。\n"
		    "一般公共预算收入年度目标11亿元，实际完成11.4亿元，增长4.8%。\n"
		    "规模以上工业增加值预期目标增长8%，预计完成增长8.9%。",
		    "某市 gdp growth 6.5 % exact 2023 yoy target\n"
		    "某市 gdp growth 5.7 % exact 2023 yoy actual\n"
		    "某市 budget_revenue level 11 亿元 exact 2023 - target\n"
		    "某市 budget_revenue level 11.4 亿元 exact 2023 - actual\n"
		    "某市 budget_revenue growth 4.8 % exact 2023 yoy actual\n"
		    "某市 industrial_va growth 8 % exact 2023 yoy target\n"
		    "某市 industrial_va growth 8.9 % exact 2023 yoy estimate\n");
	expect_kind("plan", "2024-01-12", "county",
		    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "——规模以上工业增加值：计划增长8%，完成增长9.2%。\n"
		    "——固定资产投资年度目标为150亿元，完成156亿元。",
		    "某市 industrial_va growth 8 % exact 2023 yoy target\n"
		    "某市 industrial_va growth 9.2 % exact 2023 yoy actual\n"
		    "某市 fai level 150 亿元 exact 2023 - target\n"
		    "某市 fai level 156 亿元 exact 2023 - actual\n");
	/* 完成年度目标任务 states no target */
	expect_kind("plan", "2024-01-12", "county",
		    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "全面完成年度目标任务，全县地区生产总值增长5.3%。",
		    "某市 gdp growth 5.3 % exact 2023 yoy actual\n");
	/* 控制在省定目标3.5%以内: the target the province set for the place,
	 * a target though the paragraph's figures are estimates */
	expect_kind("plan", "2022-01-11", "county",
		    "关于某市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
		    "一、2021年国民经济和社会发展计划执行情况\n"
		    "全市完成地区生产总值120.5亿元（预计数，下同），同比增长8.1%。"
		    "居民消费价格指数上涨1.2%，控制在省定目标3.5%以内。",
		    "某市 gdp level 120.5 亿元 exact 2021 - estimate\n"
		    "某市 gdp growth 8.1 % exact 2021 yoy estimate\n"
		    "某市 cpi growth 1.2 % exact 2021 yoy estimate\n"
		    "某市 cpi growth 3.5 % at_most 2021 yoy target\n");
	/* 完成省定目标任务 states no target */
	expect_kind("gwr", "2024-01-12", "county",
		    "一、2023年工作回顾\n"
		    "全面完成省定目标任务，全县地区生产总值增长5.4%。",
		    "某市 gdp growth 5.4 % exact 2023 yoy actual\n");
	/* 分季度看，…，全年增长5.1%: the year's growth its paragraph already
	 * gave, said again after the quarters, is no second record */
	expect_kind("bulletin", "2021-12-31", "prefecture",
		    "一、综合\n"
		    "全年实现地区生产总值317.1亿元，比上年增长5.8%。"
		    "分季度看，一季度地区生产总值同比增长7.5%，上半年增长6.1%，全年增长5.8%。",
		    "某市 gdp level 317.1 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 5.8 % exact 2021 yoy actual\n"
		    "某市 gdp growth 7.5 % exact 2021Q1 yoy actual\n"
		    "某市 gdp growth 6.1 % exact 2021H1 yoy actual\n");
	/* …in another paragraph it is a record of its own */
	expect_kind("bulletin", "2021-12-31", "prefecture",
		    "一、综合\n"
		    "全年实现地区生产总值333.7亿元，比上年增长5.4%。\n"
		    "全市地区生产总值比上年增长5.4%。",
		    "某市 gdp level 333.7 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 5.4 % exact 2021 yoy actual\n"
		    "某市 gdp growth 5.4 % exact 2021 yoy actual\n");
	/* 按2015年可比价格计算: the base year of the prices dates nothing */
	expect_kind("gwr", "2022-01-25", "county",
		    "一、2021年工作回顾\n"
		    "全县地区生产总值96.3亿元，按2015年可比价格计算，比上年增长7.4%；"
		    "规模以上工业增加值按2015年不变价计算增长9.1%。",
		    "某市 gdp level 96.3 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 7.4 % exact 2021 yoy actual\n"
		    "某市 industrial_va growth 9.1 % exact 2021 yoy actual\n");
	/* 按2018年不变价格计算 opening the growth's clause (glued to 比上年 or
	 * to 增长) keeps the label of the clause before; so does 按现价计算 */
	expect_kind("bulletin", "2021-12-31", "county",
		    "初步核算，全县地区生产总值（GDP）完成88.42亿元，按2018年不变价格计算比上年增长6.7%，"
		    "其中：第一产业增加值21.09亿元，同比增长5.3%。"
		    "规模以上工业增加值按2018年可比价增长4.4%；服务业增加值31.6亿元，按2018年可比价格计算增长3.9%。\n"
		    "全县农林牧渔业总产值40.21亿元，按现价计算同比增长6.08%。",
		    "某市 gdp level 88.42 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 6.7 % exact 2021 yoy actual\n"
		    "某市 primary_industry_va level 21.09 亿元 exact 2021 - actual\n"
		    "某市 primary_industry_va growth 5.3 % exact 2021 yoy actual\n"
		    "某市 industrial_va growth 4.4 % exact 2021 yoy actual\n"
		    "某市 tertiary_industry_va level 31.6 亿元 exact 2021 - actual\n"
		    "某市 tertiary_industry_va growth 3.9 % exact 2021 yoy actual\n"
		    "某市 agri_output level 40.21 亿元 exact 2021 - actual\n"
		    "某市 agri_output growth 6.08 % exact 2021 yoy actual\n");
	/* 区本级, 市本级: the government's own level, narrower than the place's
	 * whole area; its figures (and the 分别 parts after 其中) are no
	 * figures of the place */
	expect_kind("bulletin", "2022-12-31", "district",
		    "全区（含经开区，下同）地区生产总值312.6亿元，增长5.4%。"
		    "区本级地区生产总值266.3亿元，增长5.9%，其中，一、二、三产业增加值分别为"
		    "40.2亿元、61.8亿元和164.3亿元，分别增长4.1%、6.3%和6.0%。"
		    "全区规模以上工业增加值增长7.7%。",
		    "某市 gdp level 312.6 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 5.4 % exact 2022 yoy actual\n"
		    "某市 industrial_va growth 7.7 % exact 2022 yoy actual\n");
	expect_kind("gwr", "2023-01-12", "prefecture",
		    "一、2022年工作回顾\n"
		    "市本级一般公共预算收入21.7亿元，增长3.2%。",
		    "");
	/* 预计2024年末，… opens a paragraph of the year's estimates, sentence
	 * after sentence, like 预计全年 */
	expect_kind("plan", "2025-01-08", "county",
		    "某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
		    "预计2024年末，全县地区生产总值完成86亿元，同比增长4.5%。"
		    "固定资产投资完成41亿元，同比增长6%。社会消费品零售总额完成23亿元。",
		    "某市 gdp level 86 亿元 exact 2024 - estimate\n"
		    "某市 gdp growth 4.5 % exact 2024 yoy estimate\n"
		    "某市 fai level 41 亿元 exact 2024 - estimate\n"
		    "某市 fai growth 6 % exact 2024 yoy estimate\n"
		    "某市 retail_sales level 23 亿元 exact 2024 - estimate\n");
	/* 预计全年… then 一是…；二是… in the same paragraph: the items are
	 * that paragraph's, estimates too; the next paragraph is not */
	expect_kind("gwr", "2025-01-10", "county",
		    "一、2024年工作回顾\n"
		    "预计全年地区生产总值增长5.6%，一般公共预算收入12.3亿元。一是工业提质增效，"
		    "规模以上工业增加值增长7.2%；二是投资稳中有进，固定资产投资增长4.1%。\n"
		    "一是消费持续回暖，社会消费品零售总额86.5亿元，增长5.3%。",
		    "某市 gdp growth 5.6 % exact 2024 yoy estimate\n"
		    "某市 budget_revenue level 12.3 亿元 exact 2024 - estimate\n"
		    "某市 industrial_va growth 7.2 % exact 2024 yoy estimate\n"
		    "某市 fai growth 4.1 % exact 2024 yoy estimate\n"
		    "某市 retail_sales level 86.5 亿元 exact 2024 - actual\n"
		    "某市 retail_sales growth 5.3 % exact 2024 yoy actual\n");
	/* figures of months already closed in a paragraph that 预计全年
	 * makes estimates are published, actual; a 预计 of their own
	 * sentence, and the year's figures, stay estimates */
	expect_kind("plan", "2025-01-06", "county",
		    "一、2024年计划执行情况\n"
		    "预计全年地区生产总值增长5.2%左右。1—11月，规模以上工业增加值增长6.8%，"
		    "前三季度固定资产投资下降2.4%。预计1—12月社会消费品零售总额增长4.9%。"
		    "全年一般公共预算收入完成18.6亿元。",
		    "某市 gdp growth 5.2 % approx 2024 yoy estimate\n"
		    "某市 industrial_va growth 6.8 % exact 2024M01-M11 yoy actual\n"
		    "某市 fai growth -2.4 % exact 2024M01-M09 yoy actual\n"
		    "某市 retail_sales growth 4.9 % exact 2024 yoy estimate\n"
		    "某市 budget_revenue level 18.6 亿元 exact 2024 - estimate\n");
	/* an evaluation's headline rank takes the year of the evaluation
	 * the item names below it (published within that year), not the
	 * 较去年 the rank is compared with */
	expect_kind("evaluation", "2023-11-20", "province",
		    "某省营商环境综合得分排全国第9，较去年提升2位\n"
		    "日前，某联合会发布《2023年营商环境评价》报告。",
		    "某市 business_environment level null - exact 2023 - actual 9@全国\n");
	/* 自2021年以来连续N个季度: the span of a streak dates no figure of
	 * the sentences after it */
	expect_kind("news", "2023-08-02", "province",
		    "上半年，全省地区生产总值增长6.2%，自2021年以来连续10个季度增速位居全国前列。"
		    "其中，第二产业增加值增长7.7%。",
		    "某市 gdp growth 6.2 % exact 2023H1 yoy actual\n"
		    "某市 secondary_industry_va growth 7.7 % exact 2023H1 yoy actual\n");
}

/* The eleventh probe round's rules for county bulletins. */
static void probe11_bulletin_rules(void)
{
	/* levels listed in one clause after the whole's figures, then 分别
	 * with as many rates: the rates pair with that clause's labels */
	expect_kind("bulletin", "2024-03-15", "county",
		    "初步核算，全县地区生产总值188.2亿元，比上年增长5.4%，分产业看：第一产业增加值"
		    "21.3亿元、第二产业增加值70.6亿元、第三产业增加值96.3亿元，分别增长3.8%、6.1%和"
		    "5.2%。",
		    "某市 gdp level 188.2 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 5.4 % exact 2023 yoy actual\n"
		    "某市 primary_industry_va level 21.3 亿元 exact 2023 - actual\n"
		    "某市 secondary_industry_va level 70.6 亿元 exact 2023 - actual\n"
		    "某市 tertiary_industry_va level 96.3 亿元 exact 2023 - actual\n"
		    "某市 primary_industry_va growth 3.8 % exact 2023 yoy actual\n"
		    "某市 secondary_industry_va growth 6.1 % exact 2023 yoy actual\n"
		    "某市 tertiary_industry_va growth 5.2 % exact 2023 yoy actual\n");
	/* names of the sown area, the output and the herds as bulletins
	 * write them (播种总面积, 农林牧渔业产值, 猪出栏, 禽出栏, 油料总产) */
	expect_kind("bulletin", "2023-04-02", "county",
		    "全县粮食播种总面积31.5万亩，比上年增长0.6%。全年完成农林牧渔业产值42.7亿元，"
		    "比上年增长4.1%。全年猪出栏8.2万头；禽出栏96.3万只。油料总产6100吨。",
		    "某市 grain_area level 31.5 万亩 exact 2022 - actual\n"
		    "某市 grain_area growth 0.6 % exact 2022 yoy actual\n"
		    "某市 agri_output level 42.7 亿元 exact 2022 - actual\n"
		    "某市 agri_output growth 4.1 % exact 2022 yoy actual\n"
		    "某市 hogs_slaughtered level 8.2 万头 exact 2022 - actual\n"
		    "某市 poultry_slaughtered level 96.3 万只 exact 2022 - actual\n"
		    "某市 oilseed_output level 0.61 万吨 exact 2022 - actual\n");
	/* 参加…保险人数: the enrolment, unless the employees' scheme */
	expect_kind("bulletin", "2023-04-02", "county",
		    "年末全县参加城镇职工基本养老保险人数6.3万人，参加城乡居民基本养老保险人数"
		    "39.8万人，城乡居民基本医疗保险人数55.1万人。",
		    "某市 pension_insured level 39.8 万人 exact 2022 - actual\n"
		    "某市 medical_insured level 55.1 万人 exact 2022 - actual\n");
	/* 城乡 before a label the catalog has no 城镇 and 农村 twins of names
	 * the whole, and a 其中 part after it is no figure of the whole */
	expect_kind("bulletin", "2023-04-02", "county",
		    "参加城乡基本医疗保险人数31.2万人，其中居民基本医疗保险参保人数28.7万人。",
		    "某市 medical_insured level 31.2 万人 exact 2022 - actual\n");
	/* the loans of enterprises and public bodies, or of households, are
	 * parts of the loans */
	expect_kind("bulletin", "2023-04-02", "county",
		    "年末金融机构各项贷款余额310.2亿元，增长9.1%。其中：住户贷款余额120.5亿元，增长"
		    "6.2%；非金融企业及机关团体贷款余额189.7亿元，增长11.0%。",
		    "某市 loans level 310.2 亿元 exact 2022 - actual\n"
		    "某市 loans growth 9.1 % exact 2022 yoy actual\n");
	/* a label after the enterprises that report it is still that label,
	 * though 业 before a label names something else */
	expect_kind("bulletin", "2023-04-02", "county",
		    "全年规模以上工业企业原煤产量512.6万吨，增长8.3%。资质内建筑业企业房屋建筑施工面积"
		    "64.2万平方米，比上年下降3.5%。",
		    "某市 raw_coal_output level 512.6 万吨 exact 2022 - actual\n"
		    "某市 raw_coal_output growth 8.3 % exact 2022 yoy actual\n"
		    "某市 floor_space_under_construction level 64.2 万平方米 exact 2022 - actual\n"
		    "某市 floor_space_under_construction growth -3.5 % exact 2022 yoy actual\n");
}

static void probe12_lead_rules(void)
{
	/* a stock at a month's end against the year's start: vs the December
	 * before, not year on year; at the year's end the two are one */
	expect_kind("news", "2024-08-12", "county",
		    "7月末，全县金融机构各项贷款余额212.6亿元，较年初增长6.4%，同比增长9.7%。",
		    "某市 loans level 212.6 亿元 exact 2024M07 - actual\n"
		    "某市 loans growth 6.4 % exact 2024M07 vs:2023M12 actual\n"
		    "某市 loans growth 9.7 % exact 2024M07 yoy actual\n");
	expect_kind("bulletin", "2024-03-15", "county",
		    "年末全县金融机构各项存款余额388.1亿元，比年初增长7.3%。",
		    "某市 deposits level 388.1 亿元 exact 2023 - actual\n"
		    "某市 deposits growth 7.3 % exact 2023 yoy actual\n");
	/* 较去年底 is the year's start too */
	expect_kind("news", "2024-08-12", "district",
		    "6月末，全区市场主体达到8.6万户，较去年底增长5.2%。",
		    "某市 market_entities level 8.6 万户 exact 2024M06 - actual\n"
		    "某市 market_entities growth 5.2 % exact 2024M06 vs:2023M12 actual\n");
	/* the industrial firms among the market entities are a part */
	expect_kind("news", "2024-08-12", "district",
		    "6月末，全区市场主体达到8.6万户，其中工业企业市场主体较去年底增长9.1%。",
		    "某市 market_entities level 8.6 万户 exact 2024M06 - actual\n"
		    "某市 ~ growth 9.1 % exact 2024M06 yoy actual\n");
	/* the count of 规上服务业 firms, and their revenue after it */
	expect_kind("bulletin", "2024-03-15", "county",
		    "全县规模以上服务业企业63家，实现营业收入27.4亿元，比上年增长5.9%。",
		    "某市 above_scale_services_enterprises level 63 家 exact 2023 - actual\n"
		    "某市 services_revenue level 27.4 亿元 exact 2023 - actual\n"
		    "某市 services_revenue growth 5.9 % exact 2023 yoy actual\n");
	/* a frame 在…中， names the place group of the sentence's ranks */
	expect_kind("news", "2024-08-12", "county",
		    "上半年，在全市9个县（市、区）中，我县地区生产总值增速排名第4位，在全省排名第31位。",
		    "某市 gdp growth null - exact 2024H1 yoy actual 4@全市9个县（市、区）,31@全省\n");
	/* the place's own 全县 before a label and a 全省 scope after it: the
	 * names between are what the rank ranks */
	expect_kind("news", "2024-05-20", "county",
		    "2023年，全县社会消费品零售总额全省排名第7位。"
		    "全县规模以上工业增加值增速全市排名由第6位上升至第2位。",
		    "某市 retail_sales level null - exact 2023 - actual 7@全省\n"
		    "某市 industrial_va growth null - exact 2023 yoy actual 2@全市\n");
	/* a digest of bullets without full stops: each bullet is an item of
	 * its own, and a bulleted heading opens the target list */
	expect_kind("gwr", "2024-01-20", CITY,
		    "政府工作报告要点\n\n■ 2023年回顾\n\n●粮食总产达到78.4万吨\n\n●民生实事全部完成\n\n"
		    "■ 2024年主要预期目标\n\n●城镇新增就业2.5万人以上",
		    "某市 grain_output level 78.4 万吨 exact 2023 - actual\n"
		    "某市 urban_new_jobs level 2.5 万人 at_least 2024 - target\n");
	/* 经济增长 is the GDP's growth; its contributions (拉动经济增长,
	 * 对经济增长的贡献率) and a 经济增长点 are not */
	expect_kind("gwr", "2025-01-16", CITY,
		    "今年全市经济社会发展的主要预期目标是：经济增长5.5%左右。",
		    "某市 gdp growth 5.5 % approx 2025 yoy target\n");
	/* 规模工业 (no 以上) names the industry above designated size too */
	expect_kind("bulletin", "2025-03-20", "county",
		    "全县规模工业企业实现增加值增长6.6%。规模工业营业收入增长8.3%，利润总额下降2.4%。",
		    "某市 industrial_va growth 6.6 % exact 2024 yoy actual\n"
		    "某市 industrial_revenue growth 8.3 % exact 2024 yoy actual\n"
		    "某市 industrial_profit growth -2.4 % exact 2024 yoy actual\n");
	/* bare 规模工业 (no 增加值), as bare 规上工业: the value added's
	 * growth; a count, an output or the power use after it stays theirs */
	expect_kind("plan", "2025-01-20", CITY,
		    "一、2024年计划执行情况\n全市规模工业增长6.8%，规模工业企业净增41家，"
		    "规模工业产值增长9.1%，规模工业用电量增长3.3%，规模工业年产值突破500亿元。",
		    "某市 industrial_va growth 6.8 % exact 2024 yoy actual\n"
		    "某市 above_scale_industrial_enterprises added 41 家 exact 2024 - actual\n"
		    "某市 industrial_output growth 9.1 % exact 2024 yoy actual\n"
		    "某市 industrial_electricity growth 3.3 % exact 2024 yoy actual\n");
	/* 规模工业企业 before 总产值 or 产值: the output, as after 规模以上工业企业 */
	expect_kind("news", "2021-08-05", "county",
		    "上半年，全县规模工业企业总产值增长5.3%，规模工业企业产值总量居全市第4位。",
		    "某市 industrial_output growth 5.3 % exact 2021H1 yoy actual\n"
		    "某市 industrial_output level null - exact 2021H1 - actual 4@全市\n");
	/* bare 服务业 opening its clause, its growth right after it: the
	 * tertiary industry's; ending a part's name, or before other words,
	 * it is not */
	expect_kind("plan", "2025-01-20", CITY,
		    "一、2024年计划执行情况\n全市服务业增长5.2%，其中租赁和商务服务业增长9.4%，"
		    "规模以上服务业重点行业营业收入增长6.1%。",
		    "某市 tertiary_industry_va growth 5.2 % exact 2024 yoy actual\n"
		    "某市 ~ growth 9.4 % exact 2024 yoy actual\n"
		    "某市 ~ growth 6.1 % exact 2024 yoy actual\n");
	/* a list's first item may open with the clause's words (全县) and
	 * its bare second item take the head of the first */
	expect_kind("bulletin", "2025-03-20", "county",
		    "全县城镇常住居民人均可支配收入、消费支出分别为38760元和24190元。",
		    "某市 urban_income level 38760 元 exact 2024 - actual\n"
		    "某市 urban_consumption level 24190 元 exact 2024 - actual\n");
	expect_kind("bulletin", "2025-03-20", CITY,
		    "第三产业拉动经济增长2.3个百分点，对经济增长的贡献率为52.4%，较上年提高3.1个百分点。"
		    "全年经济增长点项目完成投资31亿元。",
		    "");
}

static void probe13_lead_rules(void)
{
	/* the towns' people's share of the resident population is the
	 * urbanization rate, and its change in points the rate's change; a
	 * share of the registered population is not */
	expect_kind("bulletin", "2023-04-02", "county",
		    "年末全县常住人口31.6万人，其中城镇人口15.9万人，占常住人口的比重为50.32%，"
		    "比上年末提高0.91个百分点。户籍人口中，城镇人口12.2万人，占户籍人口的比重为33.5%。",
		    "某市 population level 31.6 万人 exact 2022 - actual\n"
		    "某市 urbanization_rate level 50.32 % exact 2022 - actual\n"
		    "某市 urbanization_rate change_pp 0.91 百分点 exact 2022 yoy actual\n");
	expect_kind("news", "2023-04-02", "county",
		    "2022年末，全县城镇人口占常住人口的比重达到48.7%。",
		    "某市 urbanization_rate level 48.7 % exact 2022 - actual\n");
	/* the registered population's urbanization rate is an indicator of its
	 * own, also as the second of a 分别 pair sharing 城镇化率 */
	expect_kind("gwr", "2023-01-10", CITY,
		    "常住人口和户籍人口城镇化率分别达到61.3%、47.9%，户籍城镇化率提高1.1个百分点。",
		    "某市 urbanization_rate level 61.3 % exact 2022 - actual\n"
		    "某市 registered_urbanization_rate level 47.9 % exact 2022 - actual\n"
		    "某市 registered_urbanization_rate change_pp 1.1 百分点 exact 2022 yoy actual\n");
	/* the label's amount after a count of the things it sums and 、; two
	 * rates after one label stay one */
	expect("2024-02-10", CITY,
	       "2023年，全市技术合同登记额652项、14.8亿元，增长9.3%。全市出口增长11.2%、7.5%。",
	       "某市 tech_contracts level 14.8 亿元 exact 2023 - actual\n"
	       "某市 tech_contracts growth 9.3 % exact 2023 yoy actual\n"
	       "某市 exports growth 11.2 % exact 2023 yoy actual\n");
	/* 一般预算 before 财政 is the general budget's, not the whole fiscal revenue */
	expect_kind("bulletin", "2024-03-15", "county",
		    "全年一般预算财政收入6.8亿元，一般预算财政支出21.4亿元，下降2.2%。",
		    "某市 budget_revenue level 6.8 亿元 exact 2023 - actual\n"
		    "某市 budget_expenditure level 21.4 亿元 exact 2023 - actual\n"
		    "某市 budget_expenditure growth -2.2 % exact 2023 yoy actual\n");
}

static void probe12_bulletin_rules(void)
{
	/* 总产 after a sown area the catalog does not name is the crop's
	 * output when the crop's name with it is a catalog name (油料总产,
	 * 蔬菜总产量); a crop the catalog has no output for gives none */
	expect_kind("bulletin", "2023-04-20", "county",
		    "油料播种面积6300公顷，增长1.2%；总产15820吨，增长2.4%。"
		    "蔬菜种植面积7410公顷；总产量205300吨，增长1.9%。"
		    "豆类播种面积1800公顷；总产2600吨，增长0.5%。",
		    "某市 oilseed_output level 1.582 万吨 exact 2022 - actual\n"
		    "某市 oilseed_output growth 2.4 % exact 2022 yoy actual\n"
		    "某市 vegetable_output level 20.53 万吨 exact 2022 - actual\n"
		    "某市 vegetable_output growth 1.9 % exact 2022 yoy actual\n");
	/* a crop's name of six characters (蔬菜及食用菌) before its sown area
	 * names the bare 产量 after it */
	expect_kind("news", "2024-10-20", "county",
		    "前三季度，蔬菜及食用菌播种面积8.2万亩，增长2.1%；产量15.6万吨，增长4.4%。",
		    "某市 vegetable_output level 15.6 万吨 exact 2024M01-M09 - actual\n"
		    "某市 vegetable_output growth 4.4 % exact 2024M01-M09 yoy actual\n");
	/* 猪存栏 is the hogs' inventory as 猪出栏 is their slaughter (not
	 * inside 能繁母猪存栏) */
	expect_kind("bulletin", "2023-04-20", "county",
		    "年末猪存栏12.4万头，增长3.0%；其中能繁母猪存栏1.3万头。猪出栏20.5万头。",
		    "某市 hog_inventory level 12.4 万头 exact 2022 - actual\n"
		    "某市 hog_inventory growth 3 % exact 2022 yoy actual\n"
		    "某市 hogs_slaughtered level 20.5 万头 exact 2022 - actual\n");
	/* 农林牧渔(业)服务业增加值 is a part of agriculture's value added,
	 * not the tertiary industry's (服务业增加值) */
	expect_kind("bulletin", "2023-04-20", "county",
		    "全年农林牧渔业增加值32.3亿元，增长4.4%，其中农林牧渔服务业增加值2.5亿元，增长9.9%。"
		    "农林牧渔业服务业增加值1.6亿元。",
		    "某市 agri_va level 32.3 亿元 exact 2022 - actual\n"
		    "某市 agri_va growth 4.4 % exact 2022 yoy actual\n");
}

/* The thirteenth probe round's rules for plan-execution reports and
 * evaluations. */
static void probe13_planeval_rules(void)
{
	/* a —— item of the review that names its year's target opens no
	 * target list, and 全年 in a review section is the reviewed year,
	 * its target too, also in a report published late in the next year */
	expect_kind("plan", "2025-11-03", "district",
		    "一、2024年国民经济和社会发展计划执行情况\n"
		    "2024年，全区经济运行总体平稳。\n"
		    "——全年规模以上工业增加值预期目标增长7%：实际增长7.4%。\n"
		    "——社会消费品零售总额完成96亿元，增长5.2%。\n",
		    "某市 industrial_va growth 7 % exact 2024 yoy target\n"
		    "某市 industrial_va growth 7.4 % exact 2024 yoy actual\n"
		    "某市 retail_sales level 96 亿元 exact 2024 - actual\n"
		    "某市 retail_sales growth 5.2 % exact 2024 yoy actual\n");
	/* a paragraph that opens with another division's name (a county
	 * of the city, after a leading year too) is that county's, also in
	 * its sentences after, until one names the city */
	expect_kind("evaluation", "2024-06-05", CITY,
		    "2023年，临泽县聚焦“农业优先型”发展方向，做强特色产业链条，全年生产总值达到96.2亿元。\n"
		    "高台县紧扣生态功能定位加快转型。2023年，生产总值增长7.1%，增速居全市第二位。"
		    "全市生产总值增长6.4%。\n",
		    "某市 gdp growth 6.4 % exact 2023 yoy actual\n");
	/* a paragraph that opens with another city of the document's level,
	 * also when it cites it as its source (据某市统计局…), is that city's,
	 * and so is the 全市 of the paragraph after it (a digest of two
	 * cities' releases), until one names the document's city again; a
	 * district of the city is no such peer, and 全市 after it is the
	 * city's own */
	/* a county's short name before a label in a province's news item
	 * (巩义地区生产总值…, 新郑生产总值…): the county's figures */
	expect_entity_records(ex, line_of, "河南省", "news", "2024-10-30", "province",
			      "前三季度，全省地区生产总值45000亿元，增长4.9%。分县看，巩义地区生产总值"
			      "612亿元，居全省县域首位；新郑生产总值增长7.2%。",
			      "河南省 gdp level 45000 亿元 exact 2024M01-M09 - actual\n"
			      "河南省 gdp growth 4.9 % exact 2024M01-M09 yoy actual\n");
	expect_entity_records(ex, line_of, "洛阳市", "news", "2024-07-30", CITY,
			      "上半年，洛阳市生产总值2811.4亿元，同比增长5.6%。\n"
			      "据开封市统计局发布，开封上半年经济稳步回升。\n"
			      "按市级核算，上半年，全市生产总值1302.5亿元，"
			      "同比增长4.7%。分产业看，第一产业增加值98.3亿元。\n"
			      "上半年，洛阳市规上工业增加值增长8.2%。\n",
			      "洛阳市 gdp level 2811.4 亿元 exact 2024H1 - actual\n"
			      "洛阳市 gdp growth 5.6 % exact 2024H1 yoy actual\n"
			      "洛阳市 industrial_va growth 8.2 % exact 2024H1 yoy actual\n");
	expect_entity_records(ex, line_of, "洛阳市", "news", "2024-07-30", CITY,
			      "涧西区上半年经济运行持续向好。\n"
			      "上半年，全市生产总值2811.4亿元，同比增长5.6%。\n",
			      "洛阳市 gdp level 2811.4 亿元 exact 2024H1 - actual\n"
			      "洛阳市 gdp growth 5.6 % exact 2024H1 yoy actual\n");
	/* ten million yuan a head is no per-capita figure: the amount of
	 * a table row before the next row's name */
	expect_kind("plan", "2024-01-20", "district",
		    "2023年国民经济和社会发展计划执行情况\n"
		    "重大项目年度计划投资\n\n180亿元以上\n\n216.5亿元\n\n"
		    "城镇居民人均可支配收入\n\n增长与经济同步\n\n",
		    "");
}

/* The twelfth probe round's rules for plan-execution reports. */
static void probe12_plan_rules(void)
{
	/* “十四五”开局之年, 实现“十四五”良好开局: the plan's first year, no
	 * five-year span and no target */
	expect_kind("plan", "2022-01-12", "county",
		    "关于某县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
		    "一、2021年国民经济和社会发展计划执行情况\n"
		    "全县经济平稳运行，“十四五”开局之年各项指标预计完成情况如下：地区生产总值完成212亿元，增长7.6%。\n"
		    "全县上下实现“十四五”良好开局，一般公共预算收入达到14.3亿元、增长9.2%。",
		    "某市 gdp level 212 亿元 exact 2021 - estimate\n"
		    "某市 gdp growth 7.6 % exact 2021 yoy estimate\n"
		    "某市 budget_revenue level 14.3 亿元 exact 2021 - actual\n"
		    "某市 budget_revenue growth 9.2 % exact 2021 yoy actual\n");
	/* “十四五”开局以来: a span to a time unsaid, no year */
	expect_kind("gwr", "2023-01-10", "county",
		    "“十四五”开局以来，全县累计完成固定资产投资312亿元。",
		    "某市 fai level 312 亿元 exact - - actual\n");
	/* 近年来 (最近几年来): years up to now, how many unsaid; the item's
	 * period named later in the paragraph dates none of its clause */
	expect_kind("news", "2024-11-15", "district",
		    "近年来，全区地区生产总值从210亿元增长到460亿元，年均增长9.1%；"
		    "今年1—9月，全区规上工业增加值增长6.2%。",
		    "某市 gdp level 460 亿元 exact - - actual\n"
		    "某市 gdp growth 9.1 % exact - cagr actual\n"
		    "某市 industrial_va growth 6.2 % exact 2024M01-M09 yoy actual\n");
	/* A、B分别达到x、y；C和D增长快于经济增速，分别增长p、q: the names
	 * said since the first list speak for the second 分别 */
	expect_kind("plan", "2024-01-10", "prefecture",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "全市地区生产总值、社会消费品零售总额分别达到1580亿元、642亿元；"
		    "城镇和农村常住居民人均可支配收入增长快于经济增速，分别同比增长5.1%、6.8%。",
		    "某市 gdp level 1580 亿元 exact 2023 - actual\n"
		    "某市 retail_sales level 642 亿元 exact 2023 - actual\n"
		    "某市 urban_income growth 5.1 % exact 2023 yoy actual\n"
		    "某市 rural_income growth 6.8 % exact 2023 yoy actual\n");
	/* 万元GDP综合能耗, 单位地区生产总值综合能耗: the energy intensity, not
	 * the GDP named inside it */
	expect_kind("plan", "2023-01-10", "county",
		    "一、2022年国民经济和社会发展计划执行情况\n"
		    "单位地区生产总值综合能耗下降2.6%，万元GDP综合能耗完成上级下达的目标。",
		    "某市 energy_intensity growth -2.6 % exact 2022 yoy actual\n");
	/* a lead with 预计 that ends in a colon, and a note (预计，下同) in
	 * an item, make the —— list items after them estimates */
	expect_kind("plan", "2022-12-20", "district",
		    "一、2022年国民经济和社会发展计划执行情况\n"
		    "2022年，预计全区主要指标完成情况如下：\n"
		    "——地区生产总值实现640亿元，同比增长4.2%；\n"
		    "——规模以上工业增加值同比增长6%。\n"
		    "全区城镇新增就业8200人。",
		    "某市 gdp level 640 亿元 exact 2022 - estimate\n"
		    "某市 gdp growth 4.2 % exact 2022 yoy estimate\n"
		    "某市 industrial_va growth 6 % exact 2022 yoy estimate\n"
		    "某市 urban_new_jobs level 0.82 万人 exact 2022 - actual\n");
	expect_kind("plan", "2022-12-20", "district",
		    "一、2022年国民经济和社会发展计划执行情况\n"
		    "——实现地区生产总值905亿元，增长3.4%（预计，下同）；\n"
		    "——社会消费品零售总额318亿元，增长2.5%。\n"
		    "全区固定资产投资增长8%。",
		    "某市 gdp level 905 亿元 exact 2022 - estimate\n"
		    "某市 gdp growth 3.4 % exact 2022 yoy estimate\n"
		    "某市 retail_sales level 318 亿元 exact 2022 - estimate\n"
		    "某市 retail_sales growth 2.5 % exact 2022 yoy estimate\n"
		    "某市 fai growth 8 % exact 2022 yoy actual\n");
	/* 可比价增长 without 按: a note of the growth, no label of its own */
	expect_kind("plan", "2022-01-12", "district",
		    "一、2021年国民经济和社会发展计划执行情况\n"
		    "全年实现地区生产总值312.4亿元、可比价增长7.3%，一般公共预算收入26亿元。",
		    "某市 gdp level 312.4 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 7.3 % exact 2021 yoy actual\n"
		    "某市 budget_revenue level 26 亿元 exact 2021 - actual\n");
	/* 规模以上工业总产值、增加值分别增长…: the bare 增加值 takes the head
	 * of the named item before it */
	expect_kind("plan", "2022-10-20", "county",
		    "一、主要经济指标完成情况\n"
		    "前三季度，全县规模以上工业总产值、增加值分别增长18.4%和9.7%。",
		    "某市 industrial_output growth 18.4 % exact 2022M01-M09 yoy actual\n"
		    "某市 industrial_va growth 9.7 % exact 2022M01-M09 yoy actual\n");
}

/* The twelfth probe round's rules for 政府工作报告 reviews and news. */
static void probe12_gwrnews_rules(void)
{
	/* a measure word between the scope's 中 and the rank (在全省各市中
	 * 增速排名第三) is the measure ranked; the rank is not lost, and
	 * ranks the figure of that measure */
	expect("2024-03-20", CITY,
	       "2023年，全市一般公共预算收入58.3亿元、增长7.4%，在本省各市中增速排名第二。"
	       "全市地区生产总值1260亿元、增长5.2%，在省内各市中经济总量排名第六位。",
	       "某市 budget_revenue level 58.3 亿元 exact 2023 - actual\n"
	       "某市 budget_revenue growth 7.4 % exact 2023 yoy actual 2@本省各市\n"
	       "某市 gdp level 1260 亿元 exact 2023 - actual 6@省内各市\n"
	       "某市 gdp growth 5.2 % exact 2023 yoy actual\n");
	/* 由上半年低于全省…，转为高于全省…: the figure after the one started
	 * from is of the months before 由 again */
	expect_kind("news", "2023-10-25", CITY,
		    "前三季度，全市固定资产投资增长3.3%，增速由上半年低于全省0.8个百分点，"
		    "转为高于全省0.5个百分点。",
		    "某市 fai growth 3.3 % exact 2023M01-M09 yoy actual\n"
		    "某市 fai gap_pp -0.8 百分点 exact 2023H1 全省 actual\n"
		    "某市 fai gap_pp 0.5 百分点 exact 2023M01-M09 全省 actual\n");
	/* …一季度增速与全省持平后，…: a clause of no figure closing on 后
	 * tells of an earlier event; the figures after it keep the item's
	 * months */
	expect_kind("news", "2023-07-28", CITY,
		    "上半年，全市地区生产总值增长6.1%。这是一季度增速与全省持平后，首次领先全省。"
		    "规上工业增加值增长7.3%，高于全省1.6个百分点。",
		    "某市 gdp growth 6.1 % exact 2023H1 yoy actual\n"
		    "某市 industrial_va growth 7.3 % exact 2023H1 yoy actual\n"
		    "某市 industrial_va gap_pp 1.6 百分点 exact 2023H1 全省 actual\n");
	expect_kind("news", "2023-07-28", CITY,
		    "上半年，全市地区生产总值增长6.2%。一季度经济企稳回升之后，全市经济持续向好。"
		    "固定资产投资增长4.1%。",
		    "某市 gdp growth 6.2 % exact 2023H1 yoy actual\n"
		    "某市 fai growth 4.1 % exact 2023H1 yoy actual\n");
	/* 3000万元以上重点项目185个: a threshold that sizes the projects, a
	 * word of their kind between 以上 and 项目, is no investment */
	expect("2024-02-05", CITY,
	       "2023年，全市谋划推进3000万元以上重点项目185个，完成投资412亿元。",
	       "某市 project_investment level 412 亿元 exact 2023 - actual\n");
	/* 冶金工业增加值, 食品加工业增加值: an industry's value added, not
	 * all industry's (the label starts inside 加工业) */
	expect_kind("news", "2024-07-20", CITY,
		    "上半年，全市规模以上工业增加值增长6.3%，其中冶金工业增加值增长5.1%，"
		    "食品加工业增加值增长8.8%。",
		    "某市 industrial_va growth 6.3 % exact 2024H1 yoy actual\n"
		    "某市 ~ growth 5.1 % exact 2024H1 yoy actual\n"
		    "某市 ~ growth 8.8 % exact 2024H1 yoy actual\n");
	/* 7 . 5%: spaces on both sides of the point, as a copying site
	 * leaves them; a point with no digit after it is none */
	expect("2025-02-12", CITY,
	       "主要预期目标是：规上工业增加值增长7 . 5%以上，全市有规上企业12 . 其余略。",
	       "某市 industrial_va growth 7.5 % at_least 2025 yoy target\n");
	/* 经济增长6%左右 is the GDP's growth; a contribution to it
	 * (对经济增长的贡献率…，较上年提升…) is none */
	expect("2025-02-12", CITY,
	       "2024年，全市经济增长5.3%，消费对经济增长的贡献率为48.2%，较上年提升3.1个百分点。"
	       "2025年主要预期目标是：经济增长6%左右。",
	       "某市 gdp growth 5.3 % exact 2024 yoy actual\n"
	       "某市 gdp growth 6 % approx 2025 yoy target\n");
}

static void probe13_news_rules(void)
{
	/* 采矿业增加值增长3.2%、制造业增加值…: the label right after a
	 * figure is the next item's when 、 stands between; the figure keeps
	 * its own label (none here) */
	expect_kind("news", "2023-07-25", CITY,
		    "上半年，全市规模以上工业增加值同比增长5.3%。"
		    "分门类看，采矿业增加值同比增长3.2%、制造业增加值同比增长5.4%。",
		    "某市 industrial_va growth 5.3 % exact 2023H1 yoy actual\n"
		    "某市 ~ growth 3.2 % exact 2023H1 yoy actual\n"
		    "某市 manufacturing_va growth 5.4 % exact 2023H1 yoy actual\n");
	/* a lead-in line without its comma (从各区县数据来看) ends its clause:
	 * the line below opens with another place's name, whose figures are
	 * not the city's */
	expect_entity_records(ex, line_of, "济南市", "news", "2024-03-01", CITY,
			      "2023年，全市地区生产总值增长5.2%。\n从各区县2023年数据来看\n"
			      "历城区GDP总量居首，为1320亿元，占全市比重达17.7%。",
			      "济南市 gdp growth 5.2 % exact 2023 yoy actual\n");
	/* 如章丘区，…: 如 before the subject leaves it the subject */
	expect_entity_records(ex, line_of, "济南市", "news", "2023-08-01", CITY,
			      "上半年，全市地区生产总值增长3.9%。部分区县降幅收窄，"
			      "如章丘区，上半年地区生产总值为610.5亿元，同比下降2.1%。",
			      "济南市 gdp growth 3.9 % exact 2023H1 yoy actual\n");
	/* 在全省各市中GDP总量排名第七: a label between the frame's 中 and the
	 * rank makes a rank-only record; the frame is its scope */
	expect_kind("news", "2024-04-10", CITY,
		    "2023年，全市地区生产总值2310.4亿元，在全省各市中GDP总量排名第七位。",
		    "某市 gdp level 2310.4 亿元 exact 2023 - actual\n"
		    "某市 gdp level null - exact 2023 - actual 7@全省各市\n");
	/* 高于全国0.9、全省1.6个百分点: the unit of the last gap counts for
	 * the one before, whose item names its place too */
	expect_kind("news", "2023-10-20", CITY,
		    "前三季度，全市社会消费品零售总额增长7.3%，高于全国0.1、全省1.8个百分点。",
		    "某市 retail_sales growth 7.3 % exact 2023M01-M09 yoy actual\n"
		    "某市 retail_sales gap_pp 0.1 百分点 exact 2023M01-M09 全国 actual\n"
		    "某市 retail_sales gap_pp 1.8 百分点 exact 2023M01-M09 全省 actual\n");
}

static void probe13_gwrbull_rules(void)
{
	/* a page's stamp line (a date with its day, then 来源) ends its
	 * paragraph: it dates nothing below it */
	expect_kind("gwr", "2024-03-05", CITY,
		    "某市年度报告要点速览\n\n通讯员 某某\n\n2024-03-04 来源:某市融媒体中心\n\n"
		    "经济运行稳中有进\n\n全市地区生产总值增长5.3%，高于全省0.6个百分点。",
		    "某市 gdp growth 5.3 % exact 2023 yoy actual\n"
		    "某市 gdp gap_pp 0.6 百分点 exact 2023 全省 actual\n");
	/* a rank right after a figure of no catalog label is that figure's,
	 * not the keyed one before it */
	expect("2024-02-10", CITY,
	       "2023年，全市技术合同成交额增长26.5%、居全省第4位，企业数字化转型覆盖率63.2%、居全省第1位。",
	       "某市 tech_contracts growth 26.5 % exact 2023 yoy actual 4@全省\n");
	/* 国家 right before a label of things counted is their grade */
	expect("2024-02-10", CITY,
	       "2023年，国家科技型中小企业达到615家，国家高新技术企业突破270家。",
	       "某市 tech_smes level 615 家 exact 2023 - actual\n"
	       "某市 high_tech_enterprises level 270 家 at_least 2023 - actual\n");
	/* thresholds passed one after another (先后跨越…台阶) are no
	 * level; the total reached after them is */
	expect("2023-01-08", CITY,
	       "全市生产总值相继突破1500亿元、2000亿元大关，2022年达到2136亿元。",
	       "某市 gdp level 2136 亿元 exact 2022 - actual\n");
	/* 总产 after a sown area, with 保持在 before its amount */
	expect("2023-01-08", CITY,
	       "2022年，全市粮食播种面积稳定在420万亩以上，总产保持在170万吨以上。",
	       "某市 grain_area level 420 万亩 at_least 2022 - actual\n"
	       "某市 grain_output level 170 万吨 at_least 2022 - actual\n");
	/* a bare number is an index (上年=100) only near its base: 0.9 under
	 * 比上年增长(%) is the rate the prose gave (and the table's first
	 * row, 居民消费价格指数, is a row, not a column's head) */
	expect_kind("bulletin", "2022-12-31", CITY,
		    "全年居民消费价格比上年上涨0.9%。\n表 居民消费价格涨跌幅度\n指 标 |\n比上年增长(%) |\n"
		    "居民消费价格指数 |\n0.9 |\n其中:衣着 |\n1.8 |\n二、农业\n",
		    "某市 cpi growth 0.9 % exact 2022 yoy actual\n"
		    "某市 cpi growth 0.9 % exact 2022 yoy actual\n"
		    "某市 ~ growth 1.8 % exact 2022 yoy actual\n");
	/* 总量居… right after a clause listing the levels of two metrics
	 * ranks each; after one metric's level and growth, the level only */
	expect("2024-02-20", "county",
	       "2023年，全县固定资产投资298.5亿元、社会消费品零售总额175.3亿元，总量均列全市第一；"
	       "金融机构存款余额511.3亿元、贷款余额336.1亿元，总量居全市第2位。"
	       "地区生产总值485亿元、增长4.4%，总量居全市第3位。",
	       "某市 fai level 298.5 亿元 exact 2023 - actual 1@全市\n"
	       "某市 retail_sales level 175.3 亿元 exact 2023 - actual 1@全市\n"
	       "某市 deposits level 511.3 亿元 exact 2023 - actual 2@全市\n"
	       "某市 loans level 336.1 亿元 exact 2023 - actual 2@全市\n"
	       "某市 gdp level 485 亿元 exact 2023 - actual 3@全市\n"
	       "某市 gdp growth 4.4 % exact 2023 yoy actual\n");
	/* 综合考评…第N: the assessment's rank, no rank-only record of the
	 * metric named; an evaluation metric's own 考核 still ranks it */
	expect("2024-02-20", CITY,
	       "2023年，全市推进省市重点项目860个，省重点项目综合考评居全省第二。"
	       "营商环境考核评价居全省第四。",
	       "某市 business_environment level null - exact 2023 - actual 4@全省\n");
	/* 运输邮电、仓储业: an older name of transport's value added */
	expect_kind("bulletin", "2022-12-31", "county",
		    "2022年，全县运输邮电、仓储业增加值9.6亿元，增长3.1%。",
		    "某市 transport_va level 9.6 亿元 exact 2022 - actual\n"
		    "某市 transport_va growth 3.1 % exact 2022 yoy actual\n");
}

/* Round 14, statistics news of counties and prefectures. */
static void probe14_news_rules(void)
{
	/* a rank after a change against a period whose rate is given in
	 * brackets ranks the figure of the clause's own period */
	expect("2021-11-20", "county",
	       "1-10月，全县规上工业增加值同比增长7.4%，比1-9月（6.5%）加快0.8个百分点，"
	       "增速居全市第2位。",
	       "某市 industrial_va growth 7.4 % exact 2021M01-M10 yoy actual 2@全市\n"
	       "某市 industrial_va growth 6.5 % exact 2021M01-M09 yoy actual\n"
	       "某市 industrial_va change_pp 0.8 百分点 exact 2021M01-M10 vs:2021M01-M09 actual\n");
	/* a change of a rate summed from January against the month before
	 * is against the span to that month, of one month's rate the month
	 * before; against the second quarter, the span to its end */
	expect("2023-11-15", "district",
	       "前三季度，全区规模以上工业总产值同比下降7.2%，降幅较上月收窄0.8个百分点，"
	       "较二季度收窄2.4个百分点。",
	       "某市 industrial_output growth -7.2 % exact 2023M01-M09 yoy actual\n"
	       "某市 industrial_output change_pp 0.8 百分点 exact 2023M01-M09 vs:2023M01-M08 actual\n"
	       "某市 industrial_output change_pp 2.4 百分点 exact 2023M01-M09 vs:2023H1 actual\n");
	expect("2021-11-20", CITY,
	       "10月份，全市规模以上工业增加值同比增长6.1%，比上月回落1.7个百分点。",
	       "某市 industrial_va growth 6.1 % exact 2021M10 yoy actual\n"
	       "某市 industrial_va change_pp -1.7 百分点 exact 2021M10 mom actual\n");
	/* against last year's fourth quarter: that quarter, not year on year */
	expect("2024-04-25", CITY,
	       "一季度，全市工业增加值同比增长6.3%，增速较上年四季度提高1.2个百分点。",
	       "某市 total_industry_va growth 6.3 % exact 2024Q1 yoy actual\n"
	       "某市 total_industry_va change_pp 1.2 百分点 exact 2024Q1 vs:2023Q4 actual\n");
	/* 增幅较 a period, its rate in brackets, then the change: the words
	 * before the change are all measure words, the label goes on */
	expect("2022-06-20", "county",
	       "1-5月，全县固定资产投资同比增长8.3%，增幅较1-4月（1.1%）提高7.2个百分点。",
	       "某市 fai growth 8.3 % exact 2022M01-M05 yoy actual\n"
	       "某市 fai growth 1.1 % exact 2022M01-M04 yoy actual\n"
	       "某市 fai change_pp 7.2 百分点 exact 2022M01-M05 vs:2022M01-M04 actual\n");
	/* a rate in an aside that opens with 含 is of another scope */
	expect("2021-08-15", CITY,
	       "1-7月，全市规上工业增加值同比增长7.5%（含高新区增长8.3%），增速居全省第3位。",
	       "某市 industrial_va growth 7.5 % exact 2021M01-M07 yoy actual 3@全省\n");
	/* a year in such an aside (含上年入统的…) dates nothing: the figures
	 * after it keep the item's period */
	expect_kind("news", "2022-08-02", CITY,
		    "上半年，全市规上工业增加值增长9.4%。新增规上企业（含2021年年报入统）88户。"
		    "高新技术产业增加值增长6.2%，高于全省1.8个百分点。",
		    "某市 industrial_va growth 9.4 % exact 2022H1 yoy actual\n"
		    "某市 high_tech_industry_va growth 6.2 % exact 2022H1 yoy actual\n"
		    "某市 high_tech_industry_va gap_pp 1.8 百分点 exact 2022H1 全省 actual\n");
	/* an aside on what a figure leaves out (扣除2021年…支出) dates
	 * nothing either, and its words are no label: the figures after it
	 * keep the target list's year */
	expect_kind("targets", "2024-01-12", "county",
		    "2024年主要预期目标为：地区生产总值增长7%左右，一般公共预算支出（扣除2023年"
		    "防汛救灾专项支出）增长2%以上，规模以上工业增加值增长9%以上。",
		    "某市 gdp growth 7 % approx 2024 yoy target\n"
		    "某市 budget_expenditure growth 2 % at_least 2024 yoy target\n"
		    "某市 industrial_va growth 9 % at_least 2024 yoy target\n");
	/* 国税收入, 地税收入: 税收 cut out of one tax's 收入 is no tax revenue */
	expect("2023-08-02", CITY,
	       "1-6月，原国税收入完成3.2亿元，增长8.1%；原地税收入完成2.4亿元，增长5.5%；"
	       "税收收入合计5.6亿元，增长7.0%。",
	       "某市 tax_revenue level 5.6 亿元 exact 2023H1 - actual\n"
	       "某市 tax_revenue growth 7 % exact 2023H1 yoy actual\n");
	/* (两税收入: both bureaus' taxes, the whole) */
	expect("2023-08-02", CITY, "1-6月，全市两税收入完成41.3亿元。",
	       "某市 tax_revenue level 41.3 亿元 exact 2023H1 - actual\n");
	/* a sentence opening with 累计增速 and a gap goes on with the label of
	 * the sentence before, as one opening with 增速 does; the rank after
	 * it is the 增速's, the growth of the sentence before (as it is when
	 * both stand in one sentence) */
	expect("2023-06-20", CITY,
	       "1-5月，全市规上工业增加值增长6.8%。累计增速高于全省1.9个百分点，居全省第3位。",
	       "某市 industrial_va growth 6.8 % exact 2023M01-M05 yoy actual 3@全省\n"
	       "某市 industrial_va gap_pp 1.9 百分点 exact 2023M01-M05 全省 actual\n");
	/* 住户储蓄存款余额: the residents' savings */
	expect("2023-07-20", CITY,
	       "截至6月底，金融机构各项存款余额156.3亿元，其中住户储蓄存款余额101.2亿元。",
	       "某市 deposits level 156.3 亿元 exact 2023M06 - actual\n"
	       "某市 savings_deposits level 101.2 亿元 exact 2023M06 - actual\n");
	/* an industry's rate faster than all industry's (快于全部规上工业,
	 * 比规上工业高): no change of the metric compared with */
	expect("2022-10-25", CITY,
	       "1-9月，全市规上工业增加值增长4.1%。其中，汽车制造业增长12.5%，快于全部规上工业8.4个百分点；"
	       "医药制造业增长9.2%，比规上工业高5.1个百分点。",
	       "某市 industrial_va growth 4.1 % exact 2022M01-M09 yoy actual\n"
	       "某市 ~ growth 12.5 % exact 2022M01-M09 yoy actual\n"
	       "某市 ~ growth 9.2 % exact 2022M01-M09 yoy actual\n");
	/* 当月 right after the month is period words: the label goes on */
	expect("2022-09-20", "county",
	       "1-8月，全县规上工业增加值同比增长4.8%，其中8月当月增长11.2%。",
	       "某市 industrial_va growth 4.8 % exact 2022M01-M08 yoy actual\n"
	       "某市 industrial_va growth 11.2 % exact 2022M08 yoy actual\n");
	/* 其中 opening a clause inside the sentence, then the month and a verb
	 * before the bare noun: that month's figure of the whole, no part;
	 * a narrower name there stays a part */
	expect("2023-04-20", "county",
	       "1—3月，全县规模以上工业完成产值41.2亿元，同比增长9.5%，其中3月当月完成产值17.3亿元，"
	       "同比增长12.6%。",
	       "某市 industrial_output level 41.2 亿元 exact 2023Q1 - actual\n"
	       "某市 industrial_output growth 9.5 % exact 2023Q1 yoy actual\n"
	       "某市 industrial_output level 17.3 亿元 exact 2023M03 - actual\n"
	       "某市 industrial_output growth 12.6 % exact 2023M03 yoy actual\n");
	expect("2023-04-20", "county",
	       "1—3月，全县规模以上工业完成产值41.2亿元，其中3月份实现增加值增长8.1%，其中食品工业产值"
	       "6.4亿元。",
	       "某市 industrial_output level 41.2 亿元 exact 2023Q1 - actual\n"
	       "某市 industrial_va growth 8.1 % exact 2023M03 yoy actual\n");
	/* a rank after a month's bare rate that made no record is that
	 * month's, not the span's before it */
	expect("2022-09-20", "county",
	       "1-8月，全县规上工业增加值同比增长4.8%。其中，8月增长11.2%，增速居全市第2位。",
	       "某市 industrial_va growth 4.8 % exact 2022M01-M08 yoy actual\n");
}

/* round 14, county and district statistical bulletins (安徽 and neighbours) */
static void probe14_bull_rules(void)
{
	/* 人均生产总值（按常住人口计算）: the basis in brackets is not the label */
	expect_kind("bulletin", "2021-12-31", "county",
		    "全县人均生产总值(按常住人口计算)为68412元，增长5.1%。",
		    "某市 gdp_per_capita level 68412 元 exact 2021 - actual\n"
		    "某市 gdp_per_capita growth 5.1 % exact 2021 yoy actual\n");
	expect_kind("bulletin", "2022-12-31", "district",
		    "全区人均地区生产总值（按户籍人口计算）达到5.3万元，比上年增长2.7%。",
		    "某市 gdp_per_capita level 53000 元 exact 2022 - actual\n"
		    "某市 gdp_per_capita growth 2.7 % exact 2022 yoy actual\n");
	/* 指    标 绝对数 比上年增长(%): a header of single spaces whose label
	 * head is spaced out; its rows are read */
	expect_kind("bulletin", "2021-12-31", "county",
		    "2021年全县生产总值及增长速度\n单位:亿元\n指    标 绝对数 比上年增长(%)\n"
		    "地区生产总值 188.4 5.6\n其中:第一产业[2] 31.2 3.3\n工业 52.7 8.1\n",
		    "某市 gdp level 188.4 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 5.6 % exact 2021 yoy actual\n"
		    "某市 primary_industry_va level 31.2 亿元 exact 2021 - actual\n"
		    "某市 primary_industry_va growth 3.3 % exact 2021 yoy actual\n"
		    "某市 total_industry_va level 52.7 亿元 exact 2021 - actual\n"
		    "某市 total_industry_va growth 8.1 % exact 2021 yoy actual\n");
	/* 粮食 | 61200 under 绝对数(吨): a product counted by weight in its
	 * amounts' column is its output */
	expect_kind("bulletin", "2021-12-31", "county",
		    "2021年某县主要农产品产量\n产品名称 | 绝对数(吨) | 比上年增长(%) |\n"
		    "粮食 | 61200 | 1.2 |\n茶叶 | 950 | 4.4 |\n",
		    "某市 grain_output level 6.12 万吨 exact 2021 - actual\n"
		    "某市 grain_output growth 1.2 % exact 2021 yoy actual\n"
		    "某市 ~ growth 4.4 % exact 2021 yoy actual\n");
	/* 年末常住人口 | 61.4 | 100.0 and 其中:城镇 | 27.9 | 45.44 under
	 * 比重(%), one cell a line: the towns' share of the residents is the
	 * urbanization rate; the first row's name, a number after it, is no
	 * column head though it reads as one (年…) */
	expect_kind("bulletin", "2021-12-31", "county",
		    "2021年末全县人口数及其构成\n单位:万人\n指 标 |\n年末数 |\n比重(%) |\n"
		    "年末常住人口 |\n61.4 |\n100.0 |\n其中:城镇 |\n27.9 |\n45.44 |\n乡村 |\n33.5 |\n54.56 |\n"
		    "年末户籍人口 |\n75.2 |\n100.0 |\n其中:城镇 |\n30.8 |\n40.96 |\n",
		    "某市 population level 61.4 万人 exact 2021 - actual\n"
		    "某市 urbanization_rate level 45.44 % exact 2021 - actual\n"
		    "某市 registered_population level 75.2 万人 exact 2021 - actual\n");
	/* 仪器仪表制造业, 专用设备制造业, 电气机械和器材制造业: an industry's
	 * value added, not all manufacturing's */
	expect_kind("bulletin", "2024-12-31", "district",
		    "全年规模以上工业增加值比上年增长7.8%。其中,仪器仪表制造业增加值增长17.2%,"
		    "专用设备制造业增加值增长9.4%,电气机械和器材制造业增加值增长6.6%;"
		    "全区制造业增加值增长4.0%。",
		    "某市 industrial_va growth 7.8 % exact 2024 yoy actual\n"
		    "某市 ~ growth 17.2 % exact 2024 yoy actual\n"
		    "某市 ~ growth 9.4 % exact 2024 yoy actual\n"
		    "某市 ~ growth 6.6 % exact 2024 yoy actual\n"
		    "某市 manufacturing_va growth 4 % exact 2024 yoy actual\n");
	/* 粮食 the subject of a clause without figures: the bare 播种面积 and
	 * 总产 after it are grain's; a crop named before its own area keeps
	 * its 产量 (花生: no catalog metric) */
	expect_kind("bulletin", "2021-12-31", "district",
		    "全年粮食生产保持稳定,播种面积38.6万亩,增长1.1%;总产17.2万吨,增长2.0%。"
		    "粮食生产形势较好,花生播种面积2.4万亩,产量0.7万吨。",
		    "某市 grain_area level 38.6 万亩 exact 2021 - actual\n"
		    "某市 grain_area growth 1.1 % exact 2021 yoy actual\n"
		    "某市 grain_output level 17.2 万吨 exact 2021 - actual\n"
		    "某市 grain_output growth 2 % exact 2021 yoy actual\n");
	/* 农林牧渔及农林牧渔服务业总产值: 江苏's name of agriculture's gross
	 * output, its services included */
	expect_kind("bulletin", "2021-12-31", "district",
		    "全年农林牧渔及农林牧渔服务业总产值96.4亿元,比上年增长3.2%。",
		    "某市 agri_output level 96.4 亿元 exact 2021 - actual\n"
		    "某市 agri_output growth 3.2 % exact 2021 yoy actual\n");
	/* 按2022年常住人口(31.6万人)计算: the year dates the population the
	 * basis gives, not the per-capita figure after it */
	expect_kind("bulletin", "2023-12-31", "county",
		    "全县生产总值188.2亿元。按2022年常住人口(31.6万人)计算,人均生产总值59557元,增长6.2%。",
		    "某市 gdp level 188.2 亿元 exact 2023 - actual\n"
		    "某市 population level 31.6 万人 exact 2022 - actual\n"
		    "某市 gdp_per_capita level 59557 元 exact 2023 - actual\n"
		    "某市 gdp_per_capita growth 6.2 % exact 2023 yoy actual\n");
	/* 生产总值(万元)2915633, 粮食总产量（万吨）：46.8: a bare number after
	 * a unit in brackets is in that unit (not so a footnote's (2)) */
	expect_kind("bulletin", "2022-12-31", "county",
		    "初步核算,全年实现生产总值(万元)2915633,比上年增长3.9%。全年粮食总产量（万吨）：46.8。"
		    "全县生产总值(2)实现291.6亿元。",
		    "某市 gdp level 291.5633 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 3.9 % exact 2022 yoy actual\n"
		    "某市 grain_output level 46.8 万吨 exact 2022 - actual\n"
		    "某市 gdp level 291.6 亿元 exact 2022 - actual\n");
	/* |  | 绝对数(亿元) | 比上年增长(%) |: the label column's head left
	 * empty; every other head says what its column holds */
	expect_kind("bulletin", "2020-12-31", "county",
		    "2020年全县生产总值及其增长速度\n|  | 绝对数(亿元) | 比上年增长(%) |\n"
		    "| 地区生产总值 | 205.3 | 4.4 |\n| 其中:工业 | 61.9 | 7.2 |\n",
		    "某市 gdp level 205.3 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 4.4 % exact 2020 yoy actual\n"
		    "某市 total_industry_va level 61.9 亿元 exact 2020 - actual\n"
		    "某市 total_industry_va growth 7.2 % exact 2020 yoy actual\n");
	/* | 指 标 | 绝对数 / (亿元) | / 比上年增长 / (%) |: header cells that
	 * break over lines, one of them on a line without a bar */
	expect_kind("bulletin", "2023-12-31", "district",
		    "表1 2023年全区生产总值\n| 指 标 | 绝对数\n(亿元) |\n比上年增长\n(%) |\n"
		    "| 生产总值 | 402.77 | 5.3 |\n| 工业 | 118.40 | 6.9 |\n",
		    "某市 gdp level 402.77 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 5.3 % exact 2023 yoy actual\n"
		    "某市 total_industry_va level 118.4 亿元 exact 2023 - actual\n"
		    "某市 total_industry_va growth 6.9 % exact 2023 yoy actual\n");
	/* 农作物总播种面积…。其中，粮食作物…公顷: the crop's sown area; a
	 * crop the catalog has no area of stays out */
	expect_kind("bulletin", "2024-12-31", "district",
		    "全年农作物总播种面积1520公顷,比上年增长3.1%。其中,粮食作物610公顷,增长5.2%;"
		    "蔬菜402公顷。",
		    "某市 crop_area level 2.28 万亩 exact 2024 - actual\n"
		    "某市 crop_area growth 3.1 % exact 2024 yoy actual\n"
		    "某市 grain_area level 0.915 万亩 exact 2024 - actual\n"
		    "某市 grain_area growth 5.2 % exact 2024 yoy actual\n");
}

static void probe14_gwr_rules(void)
{
	/* a pair of groups of residents with 分别 and no label of its own
	 * takes the sentence's label after each group word (also after ；);
	 * not across 。, and no pair the catalog lacks */
	expect_kind("gwr", "2024-02-20", CITY,
		    "2023年，全市居民人均可支配收入达到31200元，增长6.8%，城镇、农村分别增长"
		    "4.1%和7.7%。",
		    "某市 disposable_income level 31200 元 exact 2023 - actual\n"
		    "某市 disposable_income growth 6.8 % exact 2023 yoy actual\n"
		    "某市 urban_income growth 4.1 % exact 2023 yoy actual\n"
		    "某市 rural_income growth 7.7 % exact 2023 yoy actual\n");
	expect_kind("gwr", "2024-02-20", CITY,
		    "2023年，全市居民人均可支配收入31200元，增长6.2%；其中城镇和农村居民分别为"
		    "40100元和21900元。",
		    "某市 disposable_income level 31200 元 exact 2023 - actual\n"
		    "某市 disposable_income growth 6.2 % exact 2023 yoy actual\n"
		    "某市 urban_income level 40100 元 exact 2023 - actual\n"
		    "某市 rural_income level 21900 元 exact 2023 - actual\n");
	expect_kind("gwr", "2024-02-20", CITY,
		    "2023年，全市居民人均可支配收入31200元。城镇、农村分别增长4.9%和7.6%。",
		    "某市 disposable_income level 31200 元 exact 2023 - actual\n");
	expect_kind("gwr", "2024-02-20", CITY,
		    "2023年，全市规模以上工业增加值增长6.2%，城镇、农村分别增长4.9%和7.6%。",
		    "某市 industrial_va growth 6.2 % exact 2023 yoy actual\n");
	/* another place's name in a clause that ends with a colon hands
	 * the place to the list after it: its targets are not the city's */
	expect_kind("news", "2022-03-20", CITY,
		    "今年全市主要预期目标是：地区生产总值增长8%以上。"
		    "突出项目带动，林州市提出的目标是：GDP增速12%，固定资产投资增速20%。",
		    "某市 gdp growth 8 % at_least 2022 yoy target\n");
	/* a list item that opens with another place's name is that place's,
	 * the item's mark (●, ——, 1.) before it */
	expect_entity_records(ex, line_of, "河南省", "gwr", "2024-01-20", "province",
			      "报告指出：\n●2023年全省生产总值达到5.9万亿元、增长4.1%;\n"
			      "●洛阳经济总量突破5000亿元;\n●一般公共预算收入增长5.2%。",
			      "河南省 gdp level 59000 亿元 exact 2023 - actual\n"
			      "河南省 gdp growth 4.1 % exact 2023 yoy actual\n"
			      "河南省 budget_revenue growth 5.2 % exact 2023 yoy actual\n");
	expect_entity_records(ex, line_of, "河南省", "gwr", "2024-01-20", "province",
			      "过去一年：\n1.全省生产总值增长4.1%；\n2.郑州地区生产总值增长7.4%；\n"
			      "3.一般公共预算收入增长5.2%。",
			      "河南省 gdp growth 4.1 % exact 2023 yoy actual\n"
			      "河南省 budget_revenue growth 5.2 % exact 2023 yoy actual\n");
	/* 争取中省资金 in a review: funds obtained, not a target of the
	 * figures after it in the sentence */
	expect_kind("gwr", "2023-02-20", CITY,
		    "一、2022年工作回顾\n项目方面，争取中省预算内资金18亿元，"
		    "工业投资增长3.5%，固定资产投资完成980亿元。",
		    "某市 industrial_investment growth 3.5 % exact 2022 yoy actual\n"
		    "某市 fai level 980 亿元 exact 2022 - actual\n");
	/* 排名跃升到38位 (no 第): the rank moved to, in the scope before it,
	 * of the level in the clause before */
	expect_kind("gwr", "2023-01-10", CITY,
		    "一、2022年工作回顾\n地区生产总值达到3650亿元，在全国城市排名跃升到38位。"
		    "一般公共预算收入210亿元，全国城市排名提升到第52位。",
		    "某市 gdp level 3650 亿元 exact 2022 - actual 38@全国城市\n"
		    "某市 budget_revenue level 210 亿元 exact 2022 - actual 52@全国城市\n");
	/* market entities counted in 家 of a metric in 万户: one each */
	expect("2022-02-15", CITY,
	       "2021年，全市市场主体总量达到48.6万家，稳居全省前五位。",
	       "某市 market_entities level 48.6 万户 exact 2021 - actual <=5@全省\n");
	/* 粮食生产…，总产达到…: the words that open the sentence with the
	 * bare noun make the label (粮食 + 总产) */
	expect("2022-02-15", CITY,
	       "2021年，粮食生产喜获丰收，总产达到96.4亿斤。",
	       "某市 grain_output level 482 万吨 exact 2021 - actual\n");
	/* a term's review (本届/六届政府工作回顾) reviews several years: a
	 * yearly average spans them, a growth against a year before is the
	 * last year's, a threshold passed stays undated */
	expect_kind("gwr", "2022-01-08", CITY,
		    "一、本届政府工作回顾\n五年来，市政府攻坚克难。\n"
		    "——综合实力显著提升。地区生产总值突破2000亿元，较2016年增长38.2%。"
		    "社会消费品零售总额年均增长6.1%。",
		    "某市 gdp level 2000 亿元 at_least - - actual\n"
		    "某市 gdp growth 38.2 % exact 2021 vs:2016 actual\n"
		    "某市 retail_sales growth 6.1 % exact 2017..2021 cagr actual\n");
	/* 2016年以来 opening a term's review is its first year; a 累计 sum
	 * after a sentence dated its last year spans the term, also when
	 * 累计 is in the label's clause before */
	expect_kind("gwr", "2022-01-08", CITY,
		    "各位代表：现在，我代表市人民政府向大会报告工作。\n"
		    "一、六届政府工作回顾\n2016年以来，市政府真抓实干。\n"
		    "——综合实力大幅跃升。地区生产总值2021年达到2150亿元。"
		    "累计实施重点项目860个，完成投资3120亿元。",
		    "某市 gdp level 2150 亿元 exact 2021 - actual\n"
		    "某市 project_investment level 3120 亿元 exact 2016..2021 - actual\n");
	/* 由2015年的…增加到2020年的…，年均增长: the average runs from the
	 * year after its start, though the sentence names its last year; the
	 * gap of an average spans its years too */
	expect_kind("gwr", "2021-02-20", CITY,
		    "各位代表：现在，我代表市人民政府向大会报告工作。\n一、过去五年工作回顾\n"
		    "五年来，综合实力持续增强。地区生产总值由2015年的1320亿元增加到2020年的1860亿元，"
		    "年均增长7.1%，高于全省0.6个百分点。",
		    "某市 gdp level 1320 亿元 exact 2015 - actual\n"
		    "某市 gdp level 1860 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 7.1 % exact 2016..2020 cagr actual\n"
		    "某市 gdp gap_pp 0.6 百分点 exact 2016..2020 全省 actual\n");
	/* 增长…，总量居全省第N位 with no level figure: a rank-only level
	 * beside the growth, which keeps no rank */
	expect("2022-02-10", CITY,
	       "2021年，全市一般公共预算收入增长6.4%，总量居全省第7位。",
	       "某市 budget_revenue growth 6.4 % exact 2021 yoy actual\n"
	       "某市 budget_revenue level null - exact 2021 - actual 7@全省\n");
	/* a yearly average dated by the last year of a plan period named
	 * earlier in its paragraph (“十三五”时期…，2020年达到…；…年均增长) spans
	 * the plan's years, and so do the gaps of a 分别 list of averages; a
	 * plan's average to its last year stated in its first year is a span */
	expect_kind("gwr", "2021-02-20", CITY,
		    "各位代表：现在，我代表市人民政府向大会报告工作。\n"
		    "一、回顾2020年工作和“十三五”成就\n"
		    "“十三五”时期，全市生产总值年均增长6.4%，2020年达到1980亿元；"
		    "城镇居民人均可支配收入年均增长7.7%，农村居民人均可支配收入年均增长8.3%，"
		    "分别高于全省0.5和0.7个百分点。\n"
		    "二、“十四五”时期主要目标\n到2025年，全市生产总值年均增长7%左右。",
		    "某市 gdp growth 6.4 % exact 2016..2020 cagr actual\n"
		    "某市 gdp level 1980 亿元 exact 2020 - actual\n"
		    "某市 urban_income growth 7.7 % exact 2016..2020 cagr actual\n"
		    "某市 rural_income growth 8.3 % exact 2016..2020 cagr actual\n"
		    "某市 urban_income gap_pp 0.5 百分点 exact 2016..2020 全省 actual\n"
		    "某市 rural_income gap_pp 0.7 百分点 exact 2016..2020 全省 actual\n"
		    "某市 gdp growth 7 % approx 2021..2025 cagr target\n");
	/* a review paragraph that compares a figure with 预期目标 near its
	 * start announces no list of targets: its figures stay the year's */
	expect_kind("gwr", "2023-01-10", CITY,
		    "各位代表：现在，我代表市人民政府向大会报告工作。\n一、2022年工作回顾\n"
		    "全市生产总值增长3.1%，低于年初预期目标3.6个百分点。城镇新增就业4.8万人。\n"
		    "二、2023年主要目标\n今年主要预期目标是：生产总值增长6.2%左右。",
		    "某市 gdp growth 3.1 % exact 2022 yoy actual\n"
		    "某市 urban_new_jobs level 4.8 万人 exact 2022 - actual\n"
		    "某市 gdp growth 6.2 % approx 2023 yoy target\n");
	/* 总量居…、增速居…: the second rank names its own measure after the
	 * first rank (not the clause's opening 总量); a growth with no figure
	 * beside a ranked level is a rank-only growth */
	expect("2022-02-10", CITY,
	       "2021年，全市社会消费品零售总额完成980亿元，总量居全省第7位、增速居全省第3位。"
	       "进出口总额126亿元，居全省第9位，增速居全省第2位。",
	       "某市 retail_sales level 980 亿元 exact 2021 - actual 7@全省\n"
	       "某市 retail_sales growth null - exact 2021 yoy actual 3@全省\n"
	       "某市 import_export level 126 亿元 exact 2021 - actual 9@全省\n"
	       "某市 import_export growth null - exact 2021 yoy actual 2@全省\n");
	/* 刚刚过去的2022年，… in a five-year review: a period after 的 that
	 * ends its clause names no noun; it dates the figures after it */
	expect_kind("gwr", "2023-01-06", CITY,
		    "各位代表：现在，我代表市人民政府向大会报告工作。\n一、过去五年工作回顾\n"
		    "刚刚过去的2022年，全市生产总值增长3.8%。",
		    "某市 gdp growth 3.8 % exact 2022 yoy actual\n");
	/* 五年年均增长: the years a rate runs over name nothing of their own;
	 * the label of the clause before holds */
	expect_kind("gwr", "2023-01-06", CITY,
		    "各位代表：现在，我代表市人民政府向大会报告工作。\n一、过去五年工作回顾\n"
		    "五年来，全市生产总值达到2860亿元，五年年均增长5.8%。",
		    "某市 gdp level 2860 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 5.8 % exact 2018..2022 cagr actual\n");
	/* 五年提高7.9个百分点: the review's last year against the year before
	 * its years; a change in the one-year review stays year on year */
	expect_kind("gwr", "2023-01-06", CITY,
		    "各位代表：现在，我代表市人民政府向大会报告工作。\n一、过去五年工作回顾\n"
		    "五年来，常住人口城镇化率达到51.6%，五年提高6.8个百分点。\n"
		    "二、2022年工作回顾\n常住人口城镇化率提高1.2个百分点。",
		    "某市 urbanization_rate level 51.6 % exact 2022 - actual\n"
		    "某市 urbanization_rate change_pp 6.8 百分点 exact 2022 vs:2017 actual\n"
		    "某市 urbanization_rate change_pp 1.2 百分点 exact 2022 yoy actual\n");
}

/* Round 15: plan reports of counties and districts (湖北, 江苏). */
static void probe15_plan_rules(void)
{
	/* a 分别 list whose last item is a part (限上…) the catalog does not
	 * name: the items named in full keep their names (not a shared tail
	 * that one item's last character makes) */
	expect_kind("plan", "2023-12-20", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "预计全年地区生产总值、固定资产投资、规上工业增加值、限上社零额分别增长6%、8%、"
		    "9%、11%。",
		    "某市 gdp growth 6 % exact 2023 yoy estimate\n"
		    "某市 fai growth 8 % exact 2023 yoy estimate\n"
		    "某市 industrial_va growth 9 % exact 2023 yoy estimate\n");
	/* a level after its growth with 、达 between is the label's too */
	expect_kind("plan", "2025-01-15", CITY,
		    "一、2024年国民经济和社会发展计划执行情况\n"
		    "全市地区生产总值同比增长5.7%、达6820亿元。",
		    "某市 gdp growth 5.7 % exact 2024 yoy actual\n"
		    "某市 gdp level 6820 亿元 exact 2024 - actual\n");
	/* …and so is one after a figure that closed an aside in brackets
	 * (a threshold in another currency, a gap) */
	expect("2023-04-10", "county",
	       "2022年，某县人均地区生产总值相当于中等收入国家水平（超过1万美元）、达7.5万元。",
	       "某市 gdp_per_capita level 10000 美元 at_least 2022 - actual\n"
	       "某市 gdp_per_capita level 75000 元 exact 2022 - actual\n");
	expect("2023-04-10", "county", "2022年，某县地区生产总值增长4%(比全省高0.6个百分点)、达到96亿元。",
	       "某市 gdp growth 4 % exact 2022 yoy actual\n"
	       "某市 gdp gap_pp 0.6 百分点 exact 2022 全省 actual\n"
	       "某市 gdp level 96 亿元 exact 2022 - actual\n");
	/* 预计(下同) in the first item of a list of box-drawing dashes: the
	 * items after it are estimates, up to the first paragraph that is no
	 * item */
	expect_kind("plan", "2023-01-10", "county",
		    "一、2022年国民经济和社会发展计划执行情况\n"
		    "──全年预计(下同)实现地区生产总值860亿元。\n"
		    "──完成一般公共预算收入41亿元。\n"
		    "(二)主要任务完成情况\n"
		    "全年实现规模以上工业增加值增长6%。",
		    "某市 gdp level 860 亿元 exact 2022 - estimate\n"
		    "某市 budget_revenue level 41 亿元 exact 2022 - estimate\n"
		    "某市 industrial_va growth 6 % exact 2022 yoy actual\n");
	/* 预计(下同) in a paragraph of prose: the review's paragraphs after it
	 * are estimates too */
	expect_kind("plan", "2024-01-08", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "预计(下同)全年地区生产总值增长5.2%。\n"
		    "(一)经济运行平稳。新增市场主体1.8万户。规模以上工业增加值增长8.8%。",
		    "某市 gdp growth 5.2 % exact 2023 yoy estimate\n"
		    "某市 market_entities added 1.8 万户 exact 2023 - estimate\n"
		    "某市 industrial_va growth 8.8 % exact 2023 yoy estimate\n");
	/* 完成…主要目标任务 before the figures: the targets met, none set */
	expect_kind("plan", "2025-01-15", CITY,
		    "一、2024年国民经济和社会发展计划执行情况\n"
		    "全市顺利完成全年经济社会发展主要目标任务，地区生产总值同比增长5.7%。",
		    "某市 gdp growth 5.7 % exact 2024 yoy actual\n");
	/* a target and what came of it after the label and a colon (地区生产总
	 * 值：年度目标增长…，预计增长…): the label's, a target then an
	 * estimate */
	expect_kind("plan", "2023-12-26", "county",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "地区生产总值：年度目标增长7.5%，预计增长6.3%。\n"
		    "固定资产投资：目标增长12%，实际增长9.4%。",
		    "某市 gdp growth 7.5 % exact 2023 yoy target\n"
		    "某市 gdp growth 6.3 % exact 2023 yoy estimate\n"
		    "某市 fai growth 12 % exact 2023 yoy target\n"
		    "某市 fai growth 9.4 % exact 2023 yoy actual\n");
	/* a sentence of a catalog label alone, after a list marker (——地区生产
	 * 总值。, （二）…。), names what the figures of its paragraph's later
	 * sentences are of, unless they name their own */
	expect_kind("plan", "2023-12-26", "county",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "——地区生产总值。预计完成236亿元，增长5.4%。\n"
		    "（二）社会消费品零售总额。预计完成98亿元，增长7.1%。\n"
		    "——固定资产投资。工业投资增长12%。",
		    "某市 gdp level 236 亿元 exact 2023 - estimate\n"
		    "某市 gdp growth 5.4 % exact 2023 yoy estimate\n"
		    "某市 retail_sales level 98 亿元 exact 2023 - estimate\n"
		    "某市 retail_sales growth 7.1 % exact 2023 yoy estimate\n"
		    "某市 industrial_investment growth 12 % exact 2023 yoy actual\n");
	/* a gap to the city (or province) that holds the county, named (高于襄
	 * 阳市平均水平…, 比襄阳市高…): vs that city; not to a neighbour */
	expect_entity_records(ex, line_of, "枣阳市", "plan", "2023-12-26", "county",
			      "一、2023年国民经济和社会发展计划执行情况\n"
			      "全市地区生产总值增长6.9%，高于襄阳平均水平1.1个百分点；规模以上工业增加值"
			      "增长10.2%，比襄阳市高0.8个百分点；固定资产投资增长9%，高于宜城市2个百分点。",
			      "枣阳市 gdp growth 6.9 % exact 2023 yoy actual\n"
			      "枣阳市 gdp gap_pp 1.1 百分点 exact 2023 襄阳市 actual\n"
			      "枣阳市 industrial_va growth 10.2 % exact 2023 yoy actual\n"
			      "枣阳市 industrial_va gap_pp 0.8 百分点 exact 2023 襄阳市 actual\n"
			      "枣阳市 fai growth 9 % exact 2023 yoy actual\n");
	/* 高于年度目标1个百分点 is no indicator, and the figures after it are
	 * no targets */
	expect_kind("plan", "2023-12-26", "county",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "固定资产投资增长17.9%，高于年度目标1.1个百分点，高于全省平均水平2.7个百分点。",
		    "某市 fai growth 17.9 % exact 2023 yoy actual\n"
		    "某市 fai gap_pp 2.7 百分点 exact 2023 全省平均 actual\n");
	/* the same with the target's figure in a bracket after its name
	 * (低于年初预期目标（12%）2.9个百分点): the bracket is the target, the
	 * gap to it no indicator and the figures after it no targets */
	expect_kind("plan", "2024-02-20", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "——固定资产投资增长9.1%，低于年初预期目标（12%）2.9个百分点，低于全市平均0.6个百分点。",
		    "某市 fai growth 9.1 % exact 2023 yoy actual\n"
		    "某市 fai growth 12 % exact 2023 yoy target\n"
		    "某市 fai gap_pp -0.6 百分点 exact 2023 全市平均 actual\n");
	/* a gap to the target opening with 超过 leaves the label to the
	 * clause after it as 低于 and 高于 do (超过年初预期目标(7%)0.4个百分点，
	 * 高于全市平均…), as one to a 年初目标 already did */
	expect_kind("plan", "2024-02-20", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "——地区生产总值增长7.4%，超过年初预期目标(7%)0.4个百分点，高于全市平均0.3个百分点。\n"
		    "——规模以上工业增加值增长9.6%，超过年初目标1.6个百分点，高于全市平均1.1个百分点。",
		    "某市 gdp growth 7.4 % exact 2023 yoy actual\n"
		    "某市 gdp growth 7 % exact 2023 yoy target\n"
		    "某市 gdp gap_pp 0.3 百分点 exact 2023 全市平均 actual\n"
		    "某市 industrial_va growth 9.6 % exact 2023 yoy actual\n"
		    "某市 industrial_va gap_pp 1.1 百分点 exact 2023 全市平均 actual\n");
	/* the year's target quoted, or bracketed, after 目标任务 and before
	 * 的 and the share done (完成年度目标任务“增长7%”的90%): the label
	 * of the clause before still speaks for it, the figure is the target
	 * and the share is progress, no record */
	expect_kind("plan", "2024-02-18", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "——地区生产总值预计完成860亿元、增长6.3%，完成年度目标任务“增长7%”的90%。\n"
		    "——一般公共预算收入预计完成52亿元、增长4%，完成年度目标任务（增长5%）的80%。",
		    "某市 gdp level 860 亿元 exact 2023 - estimate\n"
		    "某市 gdp growth 6.3 % exact 2023 yoy estimate\n"
		    "某市 gdp growth 7 % exact 2023 yoy target\n"
		    "某市 budget_revenue level 52 亿元 exact 2023 - estimate\n"
		    "某市 budget_revenue growth 4 % exact 2023 yoy estimate\n"
		    "某市 budget_revenue growth 5 % exact 2023 yoy target\n");
	/* the target a body approved, in the clause after the figure
	 * (完成区人代会批准增长N%以上目标, …批准的预期目标增长N%任务, …批准的
	 * 控制在N%以内目标): the label of the clause before speaks for it */
	expect_kind("plan", "2022-12-30", "district",
		    "一、2022年国民经济和社会发展计划执行情况\n"
		    "预计，全年地区生产总值增长6%以上，完成区人代会批准增长5.5%以上目标；固定资产投资"
		    "增长9%，完成县人代会批准的预期目标增长8%任务；城镇登记失业率3%，完成区人代会批准的"
		    "控制在 4%以内目标。",
		    "某市 gdp growth 6 % at_least 2022 yoy estimate\n"
		    "某市 gdp growth 5.5 % at_least 2022 yoy target\n"
		    "某市 fai growth 9 % exact 2022 yoy estimate\n"
		    "某市 fai growth 8 % exact 2022 yoy target\n"
		    "某市 registered_unemployment_rate level 3 % exact 2022 - estimate\n"
		    "某市 registered_unemployment_rate level 4 % at_most 2022 - target\n");
	/* a unit in brackets after the label, the number after a colon and
	 * a status word (地区生产总值（亿元）：预计236) */
	expect_kind("plan", "2023-12-26", "county",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "——地区生产总值（亿元）：预计236，增长5.4%；\n"
		    "——地方一般公共预算收入（亿元）：完成11.8，增长6%。",
		    "某市 gdp level 236 亿元 exact 2023 - estimate\n"
		    "某市 gdp growth 5.4 % exact 2023 yoy estimate\n"
		    "某市 budget_revenue level 11.8 亿元 exact 2023 - actual\n"
		    "某市 budget_revenue growth 6 % exact 2023 yoy actual\n");
	/* a target list's bare percent right after a label of amounts is its
	 * growth (地区生产总值6.5%左右); not so outside targets */
	expect_kind("plan", "2024-01-10", "county",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "规上工业增加值9%。\n"
		    "二、2024年国民经济和社会发展计划\n"
		    "2024年主要预期目标：地区生产总值6.5%左右，规上工业增加值增长9%，社会消费品零售"
		    "总额7%以上。",
		    "某市 gdp growth 6.5 % approx 2024 yoy target\n"
		    "某市 industrial_va growth 9 % exact 2024 yoy target\n"
		    "某市 retail_sales growth 7 % at_least 2024 yoy target\n");
	/* the rate a figure is held within (…左右的年度目标以内) is the target */
	expect_kind("plan", "2024-01-08", CITY,
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "居民消费价格上涨2.2%，在3%左右的年度目标以内。",
		    "某市 cpi growth 2.2 % exact 2023 yoy actual\n"
		    "某市 cpi growth 3 % approx 2023 yoy target\n");
	/* a quarter that names a set of measures (冲刺四季度15条) is no
	 * period */
	expect_kind("plan", "2024-01-08", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "全区出台冲刺四季度15条等措施，新增市场主体1.2万户。",
		    "某市 market_entities added 1.2 万户 exact 2023 - actual\n");
	/* a growth below or above 预期 by some points: against a target left
	 * unsaid, no indicator */
	expect_kind("plan", "2023-01-10", "district",
		    "一、2022年国民经济和社会发展计划执行情况\n"
		    "全区地区生产总值增长4.1%，增速低于预期2.9个百分点；社会消费品零售总额增速高于"
		    "年初预期1.5个百分点。",
		    "某市 gdp growth 4.1 % exact 2022 yoy actual\n");
}

/* Round 15: government work reports of 河南 (prefectures, counties). */
static void probe15_hngwr_rules(void)
{
	/* a PDF copied onto a web page: stray spaces inside a number
	 * (46 .8), between 第 and its position and before 位, and between
	 * characters of a prose line (增 速全 市) */
	expect_kind("gwr", "2023-04-20", CITY,
		    "2022 年，全市生产总值完成 688.4 亿元，增 速全市第 2；一般公共预算收入完成 46 .8 亿元，"
		    "增速全 市第 4 位；社 会消费品零售总额完成 288 . 5 亿元，增速居全市第 1 位。",
		    "某市 gdp level 688.4 亿元 exact 2022 - actual\n"
		    "某市 gdp growth null - exact 2022 yoy actual 2@全市\n"
		    "某市 budget_revenue level 46.8 亿元 exact 2022 - actual\n"
		    "某市 budget_revenue growth null - exact 2022 yoy actual 4@全市\n"
		    "某市 retail_sales level 288.5 亿元 exact 2022 - actual\n"
		    "某市 retail_sales growth null - exact 2022 yoy actual 1@全市\n");
	/* the same spaces around the number of 前N (前 5, 前3 位) */
	expect_kind("news", "2023-07-28", CITY,
		    "上半年，全市规上工业增加值增长9.6%，增速首次进入全省前 5；"
		    "社会消费品零售总额增长7.1%，增速居全省前3 位。",
		    "某市 industrial_va growth 9.6 % exact 2023H1 yoy actual <=5@全省\n"
		    "某市 retail_sales growth 7.1 % exact 2023H1 yoy actual <=3@全省\n");
	/* the space after a line's first word parts a heading from its
	 * sentence: kept (粮食产量 is no part of a longer name) */
	expect_kind("bulletin", "2023-12-31", CITY,
		    "一、农业\n农产品 粮食产量45.2万吨，增长1.2%。",
		    "某市 grain_output level 45.2 万吨 exact 2023 - actual\n"
		    "某市 grain_output growth 1.2 % exact 2023 yoy actual\n");
	/* a county's report may name its prefecture among the places it
	 * compares with (孟州市 of 焦作市): a gap, no change on a year */
	expect_entity_records(ex, line_of, "孟州市", "gwr", "2023-02-10", "county",
			      "2022年，全市生产总值增长5.1%，分别高于全国、全省、焦作市平均增速2.1、"
			      "2、1.8个百分点；规上工业增加值增长6.6%，比焦作市高0.4个百分点；"
			      "固定资产投资增长12%，高于焦作市平均增速0.6个百分点。",
			      "孟州市 gdp growth 5.1 % exact 2022 yoy actual\n"
			      "孟州市 gdp gap_pp 2.1 百分点 exact 2022 全国 actual\n"
			      "孟州市 gdp gap_pp 2 百分点 exact 2022 全省 actual\n"
			      "孟州市 gdp gap_pp 1.8 百分点 exact 2022 焦作市 actual\n"
			      "孟州市 industrial_va growth 6.6 % exact 2022 yoy actual\n"
			      "孟州市 industrial_va gap_pp 0.4 百分点 exact 2022 焦作市 actual\n"
			      "孟州市 fai growth 12 % exact 2022 yoy actual\n"
			      "孟州市 fai gap_pp 0.6 百分点 exact 2022 焦作市 actual\n");
	/* in an autonomous region a report calls the region above 自治区 (as
	 * others say 全省) among the places it compares with */
	expect_entity_records(ex, line_of, "昆都仑区", "gwr", "2024-01-12", "district",
			      "2023年，全区生产总值增长6.3%，增速居全市第二，分别比全国、自治区和全市高"
			      "1.1、0.8和0.5个百分点；固定资产投资增长9%，比自治区高1.4个百分点；"
			      "社会消费品零售总额增长4%，低于自治区平均水平0.7个百分点。",
			      "昆都仑区 gdp growth 6.3 % exact 2023 yoy actual 2@全市\n"
			      "昆都仑区 gdp gap_pp 1.1 百分点 exact 2023 全国 actual\n"
			      "昆都仑区 gdp gap_pp 0.8 百分点 exact 2023 全省 actual\n"
			      "昆都仑区 gdp gap_pp 0.5 百分点 exact 2023 全市 actual\n"
			      "昆都仑区 fai growth 9 % exact 2023 yoy actual\n"
			      "昆都仑区 fai gap_pp 1.4 百分点 exact 2023 全省 actual\n"
			      "昆都仑区 retail_sales growth 4 % exact 2023 yoy actual\n"
			      "昆都仑区 retail_sales gap_pp -0.7 百分点 exact 2023 全省平均 actual\n");
	/* a change in a five-year review that names no years, no basis and
	 * no period of its own runs over the review's years; a yearly
	 * average change (年均提高) is no measure */
	expect_kind("gwr", "2023-01-12", CITY,
		    "各位代表：现在，我代表市人民政府向大会报告工作。\n一、过去五年工作回顾\n"
		    "综合实力大幅提升。常住人口城镇化率58.3%、提高5.9个百分点。"
		    "研发投入强度达到1.9%，年均提高0.2个百分点。",
		    "某市 urbanization_rate level 58.3 % exact 2022 - actual\n"
		    "某市 urbanization_rate change_pp 5.9 百分点 exact 2022 vs:2017 actual\n"
		    "某市 rd_intensity level 1.9 % exact 2022 - actual\n");
	/* a zone's core (…示范区核心区), up to fifteen characters, before the
	 * clause's first label: its figures are not the whole's */
	expect_kind("gwr", "2023-01-12", CITY,
		    "2022年，全市生产总值增长4.5%。东湖科学城自主创新示范区核心区生产总值突破"
		    "八百亿元，自由贸易试验区进出口总额增长12%。",
		    "某市 gdp growth 4.5 % exact 2022 yoy actual\n");

	/* bare 一产, 二产, 三产 with their amounts: the industries' value added */
	expect_kind("bulletin", "2022-12-31", "county",
		    "一、综 \n全县实现地区生产总值2800000万元,同比增长4.6%。其中一产310000万元,增长3.9%;"
		    "二产1290000万元,增长6.1%;三产1200000万元,增长3.2%。",
		    "某市 gdp level 280 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 4.6 % exact 2022 yoy actual\n"
		    "某市 primary_industry_va level 31 亿元 exact 2022 - actual\n"
		    "某市 primary_industry_va growth 3.9 % exact 2022 yoy actual\n"
		    "某市 secondary_industry_va level 129 亿元 exact 2022 - actual\n"
		    "某市 secondary_industry_va growth 6.1 % exact 2022 yoy actual\n"
		    "某市 tertiary_industry_va level 120 亿元 exact 2022 - actual\n"
		    "某市 tertiary_industry_va growth 3.2 % exact 2022 yoy actual\n");

	/* a growth that lost the 。 before the next item (…存栏480万只,增长1.2%
	 * 家禽出栏1650万只): the item before's, not the label after it that has
	 * its own figure */
	expect_kind("bulletin", "2022-12-31", "county",
		    "二、农业\n禽蛋产量21000吨,增长2.1%。家禽存栏480万只,增长1.2%家禽出栏1650万只,增长5.4%",
		    "某市 egg_output level 2.1 万吨 exact 2022 - actual\n"
		    "某市 egg_output growth 2.1 % exact 2022 yoy actual\n"
		    "某市 poultry_slaughtered level 1650 万只 exact 2022 - actual\n"
		    "某市 poultry_slaughtered growth 5.4 % exact 2022 yoy actual\n");

	/* clauses of one amount each, then 分别较同期增长a、b和c: each growth
	 * the item's in order, the first the hogs' (牛存栏, 羊存栏: no catalog
	 * label, no record) */
	expect_kind("bulletin", "2022-12-31", "county",
		    "二、农业\n年末生猪存栏20.6万头,牛存栏1.2万头,羊存栏3.5万只,分别较同期增长2.4%、11.0%和6.3%。",
		    "某市 hog_inventory level 20.6 万头 exact 2022 - actual\n"
		    "某市 hog_inventory growth 2.4 % exact 2022 yoy actual\n");
	/* …and so with no 分别 when the clause's rates are joined by 和 or 、
	 * only (同比增长a%和b%): two growths of one label are never so
	 * written */
	expect_kind("news", "2021-05-20", "county",
		    "1-4月，全县接待游客120万人次，旅游收入9.5亿元，同比增长12.1%和10.3%。",
		    "某市 tourist_arrivals level 120 万人次 exact 2021M01-M04 - actual\n"
		    "某市 tourism_revenue level 9.5 亿元 exact 2021M01-M04 - actual\n"
		    "某市 tourist_arrivals growth 12.1 % exact 2021M01-M04 yoy actual\n"
		    "某市 tourism_revenue growth 10.3 % exact 2021M01-M04 yoy actual\n");
	/* a clause after such a list whose figures are joined so, as many,
	 * pairs with it too, the basis before them (较一季度) or 分别 there */
	expect_kind("news", "2021-05-20", "county",
		    "1-4月，全县接待游客120万人次，旅游收入9.5亿元，分别增长12.1%和10.3%，"
		    "增幅较一季度提高3.2和2.6个百分点。",
		    "某市 tourist_arrivals level 120 万人次 exact 2021M01-M04 - actual\n"
		    "某市 tourism_revenue level 9.5 亿元 exact 2021M01-M04 - actual\n"
		    "某市 tourist_arrivals growth 12.1 % exact 2021M01-M04 yoy actual\n"
		    "某市 tourism_revenue growth 10.3 % exact 2021M01-M04 yoy actual\n"
		    "某市 tourist_arrivals change_pp 3.2 百分点 exact 2021M01-M04 vs:2021Q1 actual\n"
		    "某市 tourism_revenue change_pp 2.6 百分点 exact 2021M01-M04 vs:2021Q1 actual\n");
	expect_kind("news", "2021-05-20", "county",
		    "1-5月，全县工业投资12亿元，民间投资30亿元，同比增长8.1%、5.2%，"
		    "增速较1-4月分别提高1.4、0.6个百分点。",
		    "某市 industrial_investment level 12 亿元 exact 2021M01-M05 - actual\n"
		    "某市 private_investment level 30 亿元 exact 2021M01-M05 - actual\n"
		    "某市 industrial_investment growth 8.1 % exact 2021M01-M05 yoy actual\n"
		    "某市 private_investment growth 5.2 % exact 2021M01-M05 yoy actual\n"
		    "某市 industrial_investment change_pp 1.4 百分点 exact 2021M01-M05 vs:2021M01-M04 actual\n"
		    "某市 private_investment change_pp 0.6 百分点 exact 2021M01-M05 vs:2021M01-M04 actual\n");
}

/* Round 15: county statistics bulletins of 安徽. */
static void probe15_ahbull_rules(void)
{
	/* 在粮食播种面积中小麦播种面积…: the whole a part is named in is not the
	 * part's label (no catalog metric for wheat: unkeyed) */
	expect_kind("bulletin", "2020-12-31", "county",
		    "全年农作物播种面积81200公顷，其中：粮食播种面积70150公顷，"
		    "在粮食播种面积中小麦播种面积40320公顷；棉花种植面积95公顷。",
		    "某市 crop_area level 121.8 万亩 exact 2020 - actual\n"
		    "某市 grain_area level 105.225 万亩 exact 2020 - actual\n");
	/* 农、林、牧、渔业增加值: the industry's name spelled with 、 */
	expect_kind("bulletin", "2020-12-31", "county",
		    "2020年，农、林、牧、渔业增加值38.6亿元，增长3.2%。",
		    "某市 agri_va level 38.6 亿元 exact 2020 - actual\n"
		    "某市 agri_va growth 3.2 % exact 2020 yoy actual\n");
	/* 生猪饲养量…，出栏…: a bare 出栏 (存栏) after the words that open the
	 * sentence (生猪) is that animal's; 大牲畜 and 羊 name none */
	expect_kind("bulletin", "2020-12-31", "county",
		    "全年大牲畜饲养量2.1万头，出栏2100头。生猪饲养量48.6万头，出栏25.1万头。"
		    "羊饲养量90万只，出栏52万只。",
		    "某市 hogs_slaughtered level 25.1 万头 exact 2020 - actual\n");
	/* 当年出生…人，死亡…人: births, and the bare 死亡 after them (当年 + 死亡)
	 * deaths; 当年出生率 stays the rate; a road toll's 死亡 is no one's */
	expect_kind("bulletin", "2020-12-31", "county",
		    "年末全县户籍总人口为88.6万人，当年出生7350人，死亡6120人。"
		    "当年出生率8.3‰。全年道路交通事故死亡15人。",
		    "某市 registered_population level 88.6 万人 exact 2020 - actual\n"
		    "某市 births level 0.735 万人 exact 2020 - actual\n"
		    "某市 deaths level 0.612 万人 exact 2020 - actual\n"
		    "某市 birth_rate level 8.3 ‰ exact 2020 - actual\n");
	/* 全年出生…人，出生率…；死亡…人: 全年 + 出生 names the births, and the
	 * bare 死亡 after them (全年 + 死亡) the deaths; 全年出生率 and
	 * 全年死亡率 stay the rates */
	expect_kind("bulletin", "2020-12-31", "county",
		    "全年出生2150人，出生率7.4‰；死亡1980人。全年死亡率6.8‰，"
		    "全年出生率比上年下降0.6个千分点。",
		    "某市 births level 0.215 万人 exact 2020 - actual\n"
		    "某市 birth_rate level 7.4 ‰ exact 2020 - actual\n"
		    "某市 deaths level 0.198 万人 exact 2020 - actual\n"
		    "某市 death_rate level 6.8 ‰ exact 2020 - actual\n"
		    "某市 birth_rate change_pp -0.6 千分点 exact 2020 yoy actual\n");
	/* 指标 / 计量单位 / 绝对数 / 比上年增长(%), one cell per line: the
	 * first row's name (粮食产量, which reads as a column's) comes before
	 * its unit's cell and a number, and opens the rows */
	expect_kind("bulletin", "2020-12-31", "county",
		    "2020年主要农产品产量\n\n指标\n\n计量单位\n\n绝对数\n\n比上年增长(%)\n\n"
		    "粮食产量\n\n万吨\n\n41.6\n\n1.8\n\n油料产量\n\n吨\n\n9350\n\n-2.1\n",
		    "某市 grain_output level 41.6 万吨 exact 2020 - actual\n"
		    "某市 grain_output growth 1.8 % exact 2020 yoy actual\n"
		    "某市 oilseed_output level 0.935 万吨 exact 2020 - actual\n"
		    "某市 oilseed_output growth -2.1 % exact 2020 yoy actual\n");
	/* 发电量 | 亿千瓦时 | … under 产量: the row names an amount of its own
	 * (发电量产量 is no name); 水泥 + 产量 stays cement's output */
	expect_kind("bulletin", "2020-12-31", "county",
		    "2020年主要工业产品产量\n产品名称 | 单位 | 产量 | 比上年增长(%) |\n"
		    "水泥 | 万吨 | 86.4 | 2.5 |\n发电量 | 亿千瓦时 | 9.7 | -1.3 |\n",
		    "某市 cement_output level 86.4 万吨 exact 2020 - actual\n"
		    "某市 cement_output growth 2.5 % exact 2020 yoy actual\n"
		    "某市 power_generation level 9.7 亿千瓦时 exact 2020 - actual\n"
		    "某市 power_generation growth -1.3 % exact 2020 yoy actual\n");
}

/* Round 15, statistics news of 辽宁 and 广西 cities (经济运行情况). */
static void probe15_news_rules(void)
{
	/* 石化工业增加值: one of a province's pillar industries, not all
	 * industry's value added */
	expect("2022-04-20", CITY,
	       "一季度，全市规上工业增加值同比增长8.8%。从重点行业看，石化工业增加值同比增长4.8%，"
	       "钢铁工业增加值增长2.8%。",
	       "某市 industrial_va growth 8.8 % exact 2022Q1 yoy actual\n"
	       "某市 ~ growth 4.8 % exact 2022Q1 yoy actual\n"
	       "某市 ~ growth 2.8 % exact 2022Q1 yoy actual\n");
	/* the enterprises' sales rate is not their count */
	expect("2023-11-20", CITY,
	       "1-10月，全市规模以上工业企业产品销售率为97.8%，同比提高0.6个百分点。", "");
	/* nor is their debt ratio; and 规模以上工业实现营业收入 is the
	 * industry's revenue */
	expect("2022-07-25", CITY,
	       "1—5月，全市规模以上工业实现营业收入88.21亿元，同比增长12.3%。5月末，"
	       "规模以上工业企业资产负债率下降0.9个百分点。",
	       "某市 industrial_revenue level 88.21 亿元 exact 2022M01-M05 - actual\n"
	       "某市 industrial_revenue growth 12.3 % exact 2022M01-M05 yoy actual\n"
	       "某市 ~ change_pp -0.9 百分点 exact 2022M05 yoy actual\n");
	/* 规模以上工业实现利润总额 (实现 between the industry and its noun,
	 * as for the revenue) and a bare 规模以上工业利润 are the profits */
	expect("2021-09-20", CITY,
	       "1-7月，全市规模以上工业实现利润总额45.6亿元，同比增长9.2%。规模以上工业利润增速比全省高2.1个百分点。",
	       "某市 industrial_profit level 45.6 亿元 exact 2021M01-M07 - actual\n"
	       "某市 industrial_profit growth 9.2 % exact 2021M01-M07 yoy actual\n"
	       "某市 industrial_profit gap_pp 2.1 百分点 exact 2021M01-M07 全省 actual\n");
	/* 电子信息业、建筑业等重点行业吸收外资分别增长…: sectors whose
	 * foreign investment is measured, not their value added */
	expect("2022-08-10", CITY,
	       "上半年，全市实际使用外资3.2亿美元，增长15.6%。电子信息业、建筑业等重点行业吸收外资分别增长20.4%、11.8%。",
	       "某市 foreign_investment level 3.2 亿美元 exact 2022H1 - actual\n"
	       "某市 foreign_investment growth 15.6 % exact 2022H1 yoy actual\n"
	       "某市 ~ growth 20.4 % exact 2022H1 yoy actual\n");
	/* 占比下降2.3%: a change of a share (points or percent?), no share */
	expect("2021-02-05", "district",
	       "2020年，全区财政收入完成12.6亿元，同比增长5.2%，非税收入占比下降2.3%。",
	       "某市 fiscal_revenue level 12.6 亿元 exact 2020 - actual\n"
	       "某市 fiscal_revenue growth 5.2 % exact 2020 yoy actual\n");
	/* 新增市场主体…，增长…: the growth of the additions over the span,
	 * not the stock's at its end */
	expect("2023-08-05", CITY,
	       "1-6月全市新增市场主体6120户，增长35.2%。",
	       "某市 market_entities added 0.612 万户 exact 2023H1 - actual\n");
	/* …and the clause right after that growth, in points, changes it
	 * (no change of the stock); a label of its own keeps its change */
	expect("2023-08-05", CITY,
	       "1-6月，全市新登记市场主体2150户，增长18.6%，比一季度加快6.2个百分点；"
	       "实有市场主体总数3.9万户，增长7.2%，比一季度加快0.8个百分点。",
	       "某市 market_entities added 0.215 万户 exact 2023H1 - actual\n"
	       "某市 market_entities level 3.9 万户 exact 2023M06 - actual\n"
	       "某市 market_entities growth 7.2 % exact 2023M06 yoy actual\n"
	       "某市 market_entities change_pp 0.8 百分点 exact 2023M06 vs:2023Q1 actual\n");
	/* 第2比特: a mirror's phrase conversion of 位 in a reprint in
	 * traditional characters */
	expect("2021-10-20", CITY,
	       "1-8月，全市規模以上服務業營業收入同比增長21.3%，增速位居全省第3比特；"
	       "規模以上服務業營業利潤增長12.0%。",
	       "某市 services_revenue growth 21.3 % exact 2021M01-M08 yoy actual 3@全省\n"
	       "某市 ~ growth 12 % exact 2021M01-M08 yoy actual\n");
	/* 比全省平均水準低: a mirror's phrase conversion of 水平 in a reprint
	 * in traditional characters; the gap to the province's average */
	expect("2021-07-22", CITY,
	       "上半年，全市經濟運行穩中有進，一般公共預算收入18.40億元，同比下降6.3%，比全省平均水準低3.9個百分點。",
	       "某市 budget_revenue level 18.4 亿元 exact 2021H1 - actual\n"
	       "某市 budget_revenue growth -6.3 % exact 2021H1 yoy actual\n"
	       "某市 budget_revenue gap_pp -3.9 百分点 exact 2021H1 全省平均 actual\n");
	/* 由一季度的下降1.5%转为增长3.4%: the rate the label's figure turned
	 * from (the quarter's) and to (the half-year's); neither names
	 * anything of its own */
	expect("2023-08-01", CITY,
	       "上半年全市地区生产总值612.3亿元，同比下降3.1%。其中，第一产业增加值41.2亿元，"
	       "由一季度的下降1.5%转为增长3.4%。",
	       "某市 gdp level 612.3 亿元 exact 2023H1 - actual\n"
	       "某市 gdp growth -3.1 % exact 2023H1 yoy actual\n"
	       "某市 primary_industry_va level 41.2 亿元 exact 2023H1 - actual\n"
	       "某市 primary_industry_va growth -1.5 % exact 2023Q1 yoy actual\n"
	       "某市 primary_industry_va growth 3.4 % exact 2023H1 yoy actual\n");
	/* 同比由一季度下降…转为增长…: the 比 of 同比 compares with no quarter;
	 * the quarter after 由 is where the rate turned from */
	expect("2022-07-22", CITY,
	       "上半年，全市规模以上工业增加值同比由一季度下降2.4%转为增长1.9%，"
	       "固定资产投资同比由1-5月的下降0.8%转为增长0.6%。",
	       "某市 industrial_va growth -2.4 % exact 2022Q1 yoy actual\n"
	       "某市 industrial_va growth 1.9 % exact 2022H1 yoy actual\n"
	       "某市 fai growth -0.8 % exact 2022M01-M05 yoy actual\n"
	       "某市 fai growth 0.6 % exact 2022H1 yoy actual\n");
	/* 全区 in the news of a city of an autonomous region (a prefecture, a
	 * county-level city): the region's figure, not the city's; a later
	 * 我市/全市 takes the subject back */
	expect_entity_records(ex, line_of, "北海市", "news", "2022-12-20", CITY,
			      "1-11月，全区规模以上工业增加值同比增长5.1%，我市增长9.4%，"
			      "高于全区4.3个百分点，增速居全区第2位。",
			      "北海市 industrial_va growth 9.4 % exact 2022M01-M11 yoy actual 2@全区\n"
			      "北海市 industrial_va gap_pp 4.3 百分点 exact 2022M01-M11 全区 actual\n");
	expect_entity_records(ex, line_of, "桂平市", "news", "2022-10-28", "county",
			      "前三季度，全区地区生产总值同比增长3.2%，全市地区生产总值完成316.5亿元，"
			      "同比增长4.6%。",
			      "桂平市 gdp level 316.5 亿元 exact 2022M01-M09 - actual\n"
			      "桂平市 gdp growth 4.6 % exact 2022M01-M09 yoy actual\n");
	/* 增速均排全市第二 after a figure ranked first by its own words: the
	 * figures not yet ranked in that scope */
	expect_entity_records(ex, line_of, "某县", "news", "2022-01-20", "county",
			      "2021年，全县地区生产总值增速排全市第一，规模以上工业增加值增长9.6%，"
			      "固定资产投资增长11.4%，增速均排全市第二。",
			      "某县 gdp growth null - exact 2021 yoy actual 1@全市\n"
			      "某县 industrial_va growth 9.6 % exact 2021 yoy actual 2@全市\n"
			      "某县 fai growth 11.4 % exact 2021 yoy actual 2@全市\n");
	/* 1-9月…，其中9月份 (当月) …: the month is the sentence's aside;
	 * the span comes back at the next sentence. A month that opens its
	 * sentence goes on dating the sentences after it. */
	expect("2023-11-09", CITY,
	       "1-9月，全市规模以上工业增加值同比增长5.4%，其中9月份增长7.4%。"
	       "全市固定资产投资同比增长6.9%。",
	       "某市 industrial_va growth 5.4 % exact 2023M01-M09 yoy actual\n"
	       "某市 industrial_va growth 7.4 % exact 2023M09 yoy actual\n"
	       "某市 fai growth 6.9 % exact 2023M01-M09 yoy actual\n");
	expect("2023-11-09", CITY,
	       "1-9月，全市规模以上工业增加值同比增长5.3%，当月增长7.4%。"
	       "全市固定资产投资同比增长7.2%。",
	       "某市 industrial_va growth 5.3 % exact 2023M01-M09 yoy actual\n"
	       "某市 industrial_va growth 7.4 % exact 2023M09 yoy actual\n"
	       "某市 fai growth 7.2 % exact 2023M01-M09 yoy actual\n");
	/* a span read inside brackets with figures of its own dates the
	 * aside only: the period before comes back after the closing bracket;
	 * a bracketed period with no figure inside dates what follows */
	expect("2022-09-20", CITY,
	       "上半年，全市税收收入完成8.2亿元，增长6.1%（1-8月，税收收入完成11.3亿元，"
	       "增长4.4%）；社会消费品零售总额完成40.5亿元，增长3.2%。",
	       "某市 tax_revenue level 8.2 亿元 exact 2022H1 - actual\n"
	       "某市 tax_revenue growth 6.1 % exact 2022H1 yoy actual\n"
	       "某市 tax_revenue level 11.3 亿元 exact 2022M01-M08 - actual\n"
	       "某市 tax_revenue growth 4.4 % exact 2022M01-M08 yoy actual\n"
	       "某市 retail_sales level 40.5 亿元 exact 2022H1 - actual\n"
	       "某市 retail_sales growth 3.2 % exact 2022H1 yoy actual\n");
	expect("2022-09-20", CITY, "主要指标（2022年1-8月）：全市社会消费品零售总额增长3.6%。",
	       "某市 retail_sales growth 3.6 % exact 2022M01-M08 yoy actual\n");
	/* 限额以上 as the statistical scope of fixed-asset investment */
	expect("2022-09-20", CITY, "上半年，全市限额以上固定资产投资完成9.6亿元，增长12.5%。",
	       "某市 fai level 9.6 亿元 exact 2022H1 - actual\n"
	       "某市 fai growth 12.5 % exact 2022H1 yoy actual\n");
	/* 分别比全市、全区高…: 分别 before the 比 of a list of places */
	expect_entity_records(ex, line_of, "某县", "news", "2022-04-25", "county",
			      "一季度，全县社会消费品零售总额12.4亿元，同比增长9.1%，"
			      "分别比全市、全区高1.2和2.3个百分点。",
			      "某县 retail_sales level 12.4 亿元 exact 2022Q1 - actual\n"
			      "某县 retail_sales growth 9.1 % exact 2022Q1 yoy actual\n"
			      "某县 retail_sales gap_pp 1.2 百分点 exact 2022Q1 全市 actual\n"
			      "某县 retail_sales gap_pp 2.3 百分点 exact 2022Q1 全区 actual\n");
	/* 降幅比全省小: a fall smaller than the province's is a gap up, not a
	 * change of the rate */
	expect("2023-11-09", CITY,
	       "前三季度，全市外贸进出口总额286.4亿元，同比下降4.2%，降幅比全省小1.6个百分点。",
	       "某市 import_export level 286.4 亿元 exact 2023M01-M09 - actual\n"
	       "某市 import_export growth -4.2 % exact 2023M01-M09 yoy actual\n"
	       "某市 import_export gap_pp 1.6 百分点 exact 2023M01-M09 全省 actual\n");
	/* 与上年同期比增速回落: a basis, the label of the clause before holds */
	expect("2019-05-20", CITY,
	       "一季度全市地区生产总值300.1亿元，同比下降1.2%，与上年同期比增速回落5.3个百分点。",
	       "某市 gdp level 300.1 亿元 exact 2019Q1 - actual\n"
	       "某市 gdp growth -1.2 % exact 2019Q1 yoy actual\n"
	       "某市 gdp change_pp -5.3 百分点 exact 2019Q1 yoy actual\n");
}

/* Periods listed before 分别, one for each figure after it; the cumulative
 * quarters without a year read as the month ranges they are. */
static void periods_listed_rules(void)
{
	/* in the figures' clause, after a sentence naming the year: each
	 * figure its period, and the year of the review (a January report's
	 * 一季度 alone would be this year's) */
	expect("2024-01-18", "county",
	       "2023年，全县经济稳步回升。一季度、上半年、前三季度地区生产总值分别增长4.1%、"
	       "5.3%、6.0%，全年增长6.4%。",
	       "某市 gdp growth 4.1 % exact 2023Q1 yoy actual\n"
	       "某市 gdp growth 5.3 % exact 2023H1 yoy actual\n"
	       "某市 gdp growth 6 % exact 2023M01-M09 yoy actual\n"
	       "某市 gdp growth 6.4 % exact 2023 yoy actual\n");
	/* in a clause of their own, the year on the first only; a 左右 after
	 * the last covers every figure */
	expect("2024-02-20", "county",
	       "2023年一季度、上半年和前三季度，全县固定资产投资分别增长9.0%、8.2%、7.5%左右。",
	       "某市 fai growth 9 % approx 2023Q1 yoy actual\n"
	       "某市 fai growth 8.2 % approx 2023H1 yoy actual\n"
	       "某市 fai growth 7.5 % approx 2023M01-M09 yoy actual\n");
	/* levels, a fall and ranks listed the same way */
	expect("2023-08-10", "county",
	       "一季度、上半年，全县规上工业增加值分别下降2.5%和1.2%，分别居全市第9位、第7位。"
	       "一季度、上半年社会消费品零售总额分别为20.4亿元、41.9亿元。",
	       "某市 industrial_va growth -2.5 % exact 2023Q1 yoy actual 9@全市\n"
	       "某市 industrial_va growth -1.2 % exact 2023H1 yoy actual 7@全市\n"
	       "某市 retail_sales level 20.4 亿元 exact 2023Q1 - actual\n"
	       "某市 retail_sales level 41.9 亿元 exact 2023H1 - actual\n");
	/* ranks in order after a 分别 list whose second item is unkeyed (a
	 * part): the positions still go by the list, the part's left out */
	expect("2023-10-25", "county",
	       "1-9月，全县社会消费品零售总额和限额以上单位消费品零售额分别增长6.2%、11.4%，"
	       "分别居全市第五和第二位；网上零售额和固定资产投资分别增长25.1%、8.3%，分别居全市第一和第七位。",
	       "某市 retail_sales growth 6.2 % exact 2023M01-M09 yoy actual 5@全市\n"
	       "某市 online_retail growth 25.1 % exact 2023M01-M09 yoy actual 1@全市\n"
	       "某市 fai growth 8.3 % exact 2023M01-M09 yoy actual 7@全市\n");
	/* the periods compared with stay a basis; one figure for two periods
	 * is the last one's */
	expect("2023-12-05", "county",
	       "1-10月，全县规上工业增加值增长6.2%，增速较一季度、上半年分别提高1.1个、0.6个百分点。"
	       "一季度、上半年，全县地区生产总值增长5%。",
	       "某市 industrial_va growth 6.2 % exact 2023M01-M10 yoy actual\n"
	       "某市 industrial_va change_pp 1.1 百分点 exact 2023M01-M10 vs:2023Q1 actual\n"
	       "某市 industrial_va change_pp 0.6 百分点 exact 2023M01-M10 vs:2023H1 actual\n"
	       "某市 gdp growth 5 % exact 2023H1 yoy actual\n");
}

static void probe17_bull_rules(void)
{
	/* a rank after clauses that made no record (a gap to the target,
	 * words) ranks the growth of the part's label when 增速 follows the
	 * label or leads the rank: a rank-only growth record */
	expect_kind("plan", "2023-12-28", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "受需求不足影响，全区生产总值增速低于年初目标2.6个百分点，但高于全省平均水平，"
		    "位居全市第二方阵。",
		    "某市 gdp growth null - exact 2023 yoy actual 第二方阵@全市\n");
	expect_kind("plan", "2023-12-28", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "固定资产投资增幅低于预期5个百分点，但结构有所优化，预计全年增幅排全市第四。",
		    "某市 fai growth null - exact 2023 yoy estimate 4@全市\n");
	expect("2024-01-20", "county", "2023年，全县社会消费品零售总额增长较快，增速居全市第二。",
	       "某市 retail_sales growth null - exact 2023 yoy actual 2@全市\n");
	/* no 增速 anywhere: the rank names no measure of the label, no record */
	expect("2024-01-20", "county", "2023年，全县社会消费品零售总额稳步回升，居全市前列。", "");
	/* 比预期低 (较全年预期高) N个百分点 is a gap to the target, like 低于预期:
	 * no record (not a change of the growth, nor a target) */
	expect_kind("plan", "2023-12-28", "district",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "全区外贸进出口总额增长4%，增幅比预期低6个百分点；工业投资增长12%，较全年预期高2个百分点。",
		    "某市 import_export growth 4 % exact 2023 yoy actual\n"
		    "某市 industrial_investment growth 12 % exact 2023 yoy actual\n");
	/* 全年 or 预计 between the names and 增速 in the rank's own clause keep
	 * the rank-only record the growth's */
	expect("2024-01-20", "county", "2023年，全县规上工业增加值全年增速居全市第三。",
	       "某市 industrial_va growth null - exact 2023 yoy actual 3@全市\n");
	expect("2024-01-20", "county", "2023年，全县规上工业增加值预计增速居全市第三。",
	       "某市 industrial_va growth null - exact 2023 yoy estimate 3@全市\n");
}

static void probe17_news_rules(void)
{
	/* 分别比上年同期和一季度回落…个和…个百分点: the first change is year on
	 * year, the second since the quarter, both falls; the gap and the
	 * rank after the list are the rate's still */
	expect("2021-07-25", CITY,
	       "上半年，全市规模以上工业增加值增长6.1%，分别比上年同期和一季度回落2.5个和1.2个百分点，"
	       "低于全省平均水平0.7个百分点，居全省第11位。",
	       "某市 industrial_va growth 6.1 % exact 2021H1 yoy actual 11@全省\n"
	       "某市 industrial_va change_pp -2.5 百分点 exact 2021H1 yoy actual\n"
	       "某市 industrial_va change_pp -1.2 百分点 exact 2021H1 vs:2021Q1 actual\n"
	       "某市 industrial_va gap_pp -0.7 百分点 exact 2021H1 全省平均 actual\n");
	expect("2021-07-25", CITY,
	       "上半年，全市生产总值增长7.1%，较去年同期和1-5月分别提高0.4个和0.3个百分点。",
	       "某市 gdp growth 7.1 % exact 2021H1 yoy actual\n"
	       "某市 gdp change_pp 0.4 百分点 exact 2021H1 yoy actual\n"
	       "某市 gdp change_pp 0.3 百分点 exact 2021H1 vs:2021M01-M05 actual\n");
	/* 回落…个和…个百分点: the falling word speaks for every item */
	expect("2021-07-25", CITY,
	       "上半年，全市固定资产投资增长9.2%，较一季度和1-5月分别回落3.1个和0.7个百分点。",
	       "某市 fai growth 9.2 % exact 2021H1 yoy actual\n"
	       "某市 fai change_pp -3.1 百分点 exact 2021H1 vs:2021Q1 actual\n"
	       "某市 fai change_pp -0.7 百分点 exact 2021H1 vs:2021M01-M05 actual\n");
	/* 低于同期固定资产投资增速: another metric's rate of the same months,
	 * no change and no gap */
	expect("2021-07-25", CITY,
	       "上半年，全市民间投资增长2.2%，低于同期固定资产投资增速7.4个百分点。",
	       "某市 private_investment growth 2.2 % exact 2021H1 yoy actual\n");
	/* 投资额 opening a sentence after one with no figure that names an
	 * investment: that investment's amount, and the clauses after its */
	expect("2021-07-25", CITY,
	       "上半年，全市固定资产投资增长8.8%。工业投资增势较好。投资额284.9亿元，增长9.7%，"
	       "居全省第6位。",
	       "某市 fai growth 8.8 % exact 2021H1 yoy actual\n"
	       "某市 industrial_investment level 284.9 亿元 exact 2021H1 - actual\n"
	       "某市 industrial_investment growth 9.7 % exact 2021H1 yoy actual 6@全省\n");
	/* 高技术工业增加值, 农林牧渔服务业增加值: aliases */
	expect("2021-07-25", "county",
	       "上半年，全县高技术工业增加值增长18.6%；农林牧渔服务业增加值36.2亿元，增长4.1%。",
	       "某市 high_tech_industry_va growth 18.6 % exact 2021H1 yoy actual\n"
	       "某市 agri_va level 36.2 亿元 exact 2021H1 - actual\n"
	       "某市 agri_va growth 4.1 % exact 2021H1 yoy actual\n");
}

static void probe17_gwr_rules(void)
{
	/* 增速 right after a name of a list whose last name has no growth
	 * word: that name and the one joined before it are rates, the last
	 * keeps its level */
	expect_kind("gwr", "2022-02-10", "county",
		    "一、2021年工作回顾\n2021年，全县税收收入和财政总收入增速、税收占比均居五县第2位。",
		    "某市 tax_revenue growth null - exact 2021 yoy actual 2@五县\n"
		    "某市 fiscal_revenue growth null - exact 2021 yoy actual 2@五县\n"
		    "某市 tax_share level null - exact 2021 - actual 2@五县\n");
	/* a news item quoting a target list with no year: the year of the
	 * meeting (January 2024), that paragraph only; the item's other years
	 * hold elsewhere */
	expect_kind("news", "2024-01-12", "district",
		    "某区召开人代会\n\n全区经济社会发展主要预期目标是：地区生产总值增长6%左右，"
		    "一般公共预算收入增长4%。\n\n2023年，全区社会消费品零售总额增长7.1%。",
		    "某市 gdp growth 6 % approx 2024 yoy target\n"
		    "某市 budget_revenue growth 4 % exact 2024 yoy target\n"
		    "某市 retail_sales growth 7.1 % exact 2023 yoy actual\n");
	expect_kind("news", "2023-12-28", "county",
		    "某县人代会开幕\n\n主要预期目标为：\n——地区生产总值增长5.3%；\n"
		    "——固定资产投资增长8%。\n报告指出，全县城镇新增就业2100人。",
		    "某市 gdp growth 5.3 % exact 2024 yoy target\n"
		    "某市 fai growth 8 % exact 2024 yoy target\n"
		    "某市 urban_new_jobs level 0.21 万人 exact - - actual\n");
	/* 签约项目N个、总投资X亿元: the total of the projects counted is the
	 * signed investment (签约项目 + 总投资); 重点项目…总投资 is no
	 * investment completed */
	expect("2024-02-20", "county",
	       "2023年，依托投洽会等平台签约项目21个、总投资186亿元；新引进项目9个，总投资40亿元。",
	       "某市 signed_investment level 186 亿元 exact 2023 - actual\n");
	expect("2024-02-20", "county", "2023年，实施市重点项目30个，总投资260亿元。", "");
	/* the same with the place's scope before 新签约, the count's verb (达到,
	 * broken by a page's line wrap too) and the total agreed (协议总投资额) */
	expect_kind("speech", "2025-07-25", "county",
		    "上半年,全县新签约亿元以上项目达到41个,协议总投资额163亿元。\n"
		    "招商引资作为经济工作的生命线。二季度,全县新签约亿元以上项目达\n到12 个,协议总投资 58 亿元。",
		    "某市 signed_investment level 163 亿元 exact 2025H1 - actual\n"
		    "某市 signed_investment level 58 亿元 exact 2025Q2 - actual\n");
	expect("2024-02-20", "county", "2023年，全县实施重点项目30个，协议总投资260亿元。", "");
	/* the total agreed without 总 (协议投资额), a bound before the count
	 * and before the total (不少于), and a target's word and a period
	 * between the clause's start and 新签约 (力争全年新签约…); a project's
	 * own agreed total, with no count before it, makes none */
	expect_kind("speech", "2025-03-18", "county",
		    "围绕主导产业精准招商，力争全年新签约3000万元以上项目不少于60个，协议投资额不少于120亿元。\n"
		    "去年，新签约项目45个，协议投资88亿元。\n"
		    "去年引进某某新材料项目，协议投资额30亿元。",
		    "某市 signed_investment level 120 亿元 at_least 2025 - target\n"
		    "某市 signed_investment level 88 亿元 exact 2024 - actual\n");
	/* 总量居… right after an amount of something the catalog does not name
	 * ranks that amount, not a keyed figure of the sentence before */
	expect("2022-02-20", "county",
	       "2021年，签约总额88亿元。争取上级专项资金6亿元，总量居全市各县第一位。",
	       "某市 signed_investment level 88 亿元 exact 2021 - actual\n");
	/* 新落户企业N家，实现…税收…: the taxes of the firms counted, not the
	 * county's tax revenue, nor the rate after them; the output of the
	 * firms that report it (建筑企业N家，实现建筑业总产值…) is the county's */
	expect("2024-02-20", "county",
	       "2023年，新落户企业8家，实现产值20亿元、税收1.2亿元，增幅均超过15%；全县资质内建筑企业40家，"
	       "实现建筑业总产值30亿元，同比增长9%。",
	       "某市 construction_output level 30 亿元 exact 2023 - actual\n"
	       "某市 construction_output growth 9 % exact 2023 yoy actual\n");
	expect("2024-02-20", "county", "2023年，宏达集团入库税收3亿元，增长8%。", "");
	/* an amount of the units counted after the count (counted_amounts:
	 * 总产值, 完成投资, after 实现 or 累计) names with their words the
	 * catalog label they make (建筑企业 + 总产值, 房地产开发项目 + 完成投资);
	 * units that name nothing with it (新引进企业 + 总产值) make none */
	expect("2022-03-01", "county",
	       "2021年，全县共有资质以上建筑企业9户，实现总产值52000万元，同比增长12.5%。"
	       "年末在库房地产开发项目24个，累计完成投资31.6亿元，同比增长7.2%。"
	       "新引进企业15家，实现总产值8亿元。",
	       "某市 construction_output level 5.2 亿元 exact 2021 - actual\n"
	       "某市 construction_output growth 12.5 % exact 2021 yoy actual\n"
	       "某市 real_estate_investment level 31.6 亿元 exact 2021 - actual\n"
	       "某市 real_estate_investment growth 7.2 % exact 2021 yoy actual\n");
	/* a news headline restating a target of the item's undated list is
	 * that target */
	expect_kind("news", "2024-01-15", "district",
		    "地区生产总值增长6%以上，某区绘就2024年发展蓝图\n\n1月14日，某区人代会开幕。\n\n"
		    "经济社会发展主要预期目标是：地区生产总值增长6%以上，固定资产投资增长8%。\n",
		    "某市 gdp growth 6 % at_least 2024 yoy target\n"
		    "某市 gdp growth 6 % at_least 2024 yoy target\n"
		    "某市 fai growth 8 % exact 2024 yoy target\n");
	/* 主要预期目标全面完成 (圆满完成, 顺利完成…): the target said to be
	 * met, right after its word; the figures after it are the review's */
	expect_kind("gwr", "2024-01-20", "county",
		    "一、2023年工作回顾\n过去一年，全县主要预期目标顺利完成，地区生产总值增长6.6%，"
		    "固定资产投资增长9%。",
		    "某市 gdp growth 6.6 % exact 2023 yoy actual\n"
		    "某市 fai growth 9 % exact 2023 yoy actual\n");
	expect_kind("news", "2024-01-20", "county",
		    "某县人代会开幕。\n\n过去一年，全县主要目标任务圆满完成，地区生产总值增长6.8%。",
		    "某市 gdp growth 6.8 % exact 2023 yoy actual\n");
}

static void probe17_eval_rules(void)
{
	/* 全部工业总产值: the gross output of all industry, not its value
	 * added (全部工业 is an alias of total_industry_va) */
	expect("2021-03-10", CITY,
	       "2020年全市全部工业总产值3120.5亿元，同比增长6.1%。", "");
	/* 生产总值增量: how much the GDP grew in yuan, neither the GDP nor a rate */
	expect("2021-03-10", CITY,
	       "2020年全市地区生产总值1520.3亿元，同比增长4.1%，生产总值增量98.6亿元。",
	       "某市 gdp level 1520.3 亿元 exact 2020 - actual\n"
	       "某市 gdp growth 4.1 % exact 2020 yoy actual\n");
	/* …of a stock, 增量 is what it added */
	expect("2024-02-01", CITY, "2023年全市市场主体增量1.2万户。",
	       "某市 market_entities added 1.2 万户 exact 2023 - actual\n");
	/* 增量达到 (达, 达到了) says how large the increase is: no level
	 * reached, of a stock or of a flow */
	expect("2024-02-01", CITY,
	       "2023年，全市常住人口增量达到了6.8万，地区生产总值增量达到1350.7亿元。",
	       "某市 population added 6.8 万人 exact 2023 - actual\n");
	/* 净增额, 增加额: the same amount of increase (no record of a flow;
	 * a stock's addition) */
	expect("2022-03-10", "county",
	       "2021年全县建筑业增加值达41.2亿元，增长6.6%，净增额达2.70亿元。",
	       "某市 construction_va level 41.2 亿元 exact 2021 - actual\n"
	       "某市 construction_va growth 6.6 % exact 2021 yoy actual\n");
	expect("2022-03-10", "county", "2021年末全县各项存款余额216亿元，增加额18.5亿元。",
	       "某市 deposits level 216 亿元 exact 2021 - actual\n"
	       "某市 deposits added 18.5 亿元 exact 2021 - actual\n");
	/* 县域综合竞争力跃升至全国第六: a rank of what its clause names
	 * (县域 opens it like a scope), not of the growth before it */
	expect("2020-04-30", "county",
	       "2019年全县生产总值达到580.8亿元，同比增长8.0%，县域综合竞争力跃升至全国第六。",
	       "某市 gdp level 580.8 亿元 exact 2019 - actual\n"
	       "某市 gdp growth 8 % exact 2019 yoy actual\n");
	/* …but 全市连续三年保持全省首位 still ranks the figure before */
	expect("2023-02-01", CITY, "2022年全市生产总值增长5.2%，全市连续三年保持全省首位。",
	       "某市 gdp growth 5.2 % exact 2022 yoy actual 1@全省\n");
	/* a rank with a streak of years and no period read (a summer news
	 * item, a question too): the last year done by the date; a target's
	 * streak and one of quarters stay undated, a named year dates it */
	static const char *const streaks[][2] = {
		{ "问：该县GDP增速连续两年保持全省第1位，靠的是什么？", "2023 yoy actual 1@全省" },
		{ "该县地区生产总值增速连续三年居全市首位。", "2023 yoy actual 1@全市" },
		{ "力争GDP增速连续三年保持全省第1位。", "- yoy target 1@全省" },
		{ "该县GDP增速连续3个季度保持全省第1位。", "- yoy actual 1@全省" },
	};
	for (size_t i = 0; i < sizeof streaks / sizeof streaks[0]; i++) {
		char want[128];
		snprintf(want, sizeof want, "某市 gdp growth null - exact %s\n", streaks[i][1]);
		expect("2024-07-02", "county", streaks[i][0], want);
	}
	/* 得分88.2分: an evaluation's score in points (the catalog's 分); a
	 * frame naming the evaluation (在…评价中, …评价结果显示, a headline
	 * …结果公布), then the place's 综合得分: the evaluation's score */
	static const char *const scores[][3] = {
		{ "2024-01-15", "2023年，全县营商环境评价得分88.2分，居全市第2位。",
		  "某市 business_environment level 88.2 分 exact 2023 - actual 2@全市\n" },
		{ "2024-03-01", "在2023年全省营商环境评价中，我县综合得分91.4分，位列全省第4位。",
		  "某市 business_environment level 91.4 分 exact 2023 - actual 4@全省\n" },
		{ "2024-03-01", "2023年全省营商环境评价结果显示，我县排名全省第11位，较上年前移5个位次。",
		  "某市 business_environment level null - exact 2023 - actual 11@全省\n" },
		{ "2024-03-01", "2023年度全省营商环境评价结果公布\n我县综合得分91.4分，位列全省第4位。",
		  "某市 business_environment level 91.4 分 exact 2023 - actual 4@全省\n" },
		/* …评价中 without 在 frames too; a rank naming no place
		 * takes the frame's */
		{ "2024-03-01", "2023年度全省营商环境评价中，我县综合排名第23位。",
		  "某市 business_environment level null - exact 2023 - actual 23@全省\n" },
		{ "2024-03-01", "在2023年度全省营商环境评价中，我县综合排名第23位。",
		  "某市 business_environment level null - exact 2023 - actual 23@全省\n" },
		/* a clause of words only between the frame and the score */
		{ "2024-03-01", "在2023年度全省营商环境评价中，我县获评“优秀县”，得分90.6分，位列全省第5位。",
		  "某市 business_environment level 90.6 分 exact 2023 - actual 5@全省\n" },
		/* a name in the rank's own clause ranks, not the frame's */
		{ "2024-03-01", "在2023年度全省营商环境评价中，我县地区生产总值增速排名全省第二。",
		  "某市 gdp growth null - exact 2023 yoy actual 2@全省\n" },
	};
	for (size_t i = 0; i < sizeof scores / sizeof scores[0]; i++)
		expect_kind("evaluation", scores[i][0], "county", scores[i][1], scores[i][2]);
	/* names without figures, then 分别 and one position each */
	expect("2024-03-01", "county",
	       "2023年全县工业投资增速、外贸进出口总额增速分别居全省第5位、第12位。",
	       "某市 industrial_investment growth null - exact 2023 yoy actual 5@全省\n"
	       "某市 import_export growth null - exact 2023 yoy actual 12@全省\n");
	/* 较上年提升12位 after a rank in 位: the rank moved, no figure */
	expect("2024-03-01", CITY, "2023年，全市城市信用监测排名全国第21位，较上年提升9位。",
	       "某市 credit_rank level null - exact 2023 - actual 21@全国\n");
	/* a zone of the city (…发展核心带, …发展区块) is not the city */
	expect("2023-02-10", CITY,
	       "从区域看，城区发展核心带生产总值完成864.2亿元；南北发展区块生产总值首次突破200亿元，达到215.3亿元。",
	       "");
	/* a rank reached for the first time (总量历史性进入全市前四) ranks the
	 * level all the same */
	expect_kind("news", "2025-03-10", "county",
		    "报告指出，过去一年，全县完成地区生产总值152.36亿元，同比增长4.8%，"
		    "总量历史性进入全市前三，增速排全市第五。",
		    "某市 gdp level 152.36 亿元 exact 2024 - actual <=3@全市\n"
		    "某市 gdp growth 4.8 % exact 2024 yoy actual 5@全市\n");
	/* visitors received, written 接待旅游人数 */
	expect_kind("gwr", "2024-01-20", "district",
		    "一、2023年工作回顾\n全年接待旅游人数逾6500万人次。",
		    "某市 tourist_arrivals level 6500 万人次 at_least 2023 - actual\n");
	/* …nor is a business district (…中央商务区, …商圈) */
	expect_kind("gwr", "2024-01-20", "district",
		    "一、2023年工作回顾\n某路中央商务区社会消费品零售总额突破800亿元、排名全国第七。"
		    "某某商圈销售额增长12%，全区社会消费品零售总额增长6.2%。",
		    "某市 retail_sales growth 6.2 % exact 2023 yoy actual\n");
	/* 由山区32县第15位提升到第9位: the scope of the rank moved from is
	 * 32县 (a counted scope), not the 2县 at its tail */
	expect("2023-02-10", CITY,
	       "2022年全市生产总值增长5.2%，增速由山区32县第15位提升到第9位。",
	       "某市 gdp growth 5.2 % exact 2022 yoy actual 9@32县\n");
}

static void probe18_eval_rules(void)
{
	/* a headline's space between two clauses is their comma: the result
	 * announced (…结果公布) frames the rank after the space */
	expect_kind("evaluation", "2023-03-10", CITY,
		    "2022年全省营商环境考核评价结果公布 某市在全省17个市州排名第一\n2023-03-10 09:30:12\n",
		    "某市 business_environment level null - exact 2022 - actual 1@全省17个市州\n");
	/* …but a line with punctuation keeps its spaces inside clauses */
	expect("2023-08-10", "district", "本报讯 上半年，全区规模以上工业增加值增长6.2%。",
	       "某市 industrial_va growth 6.2 % exact 2023H1 yoy actual\n");
	/* a growth of measure words only, right after an amount no record was
	 * made of (a name the catalog lacks), is that amount's: the rank after
	 * it is not the last record's */
	static const char *const unread[] = {
		"2023年，全区规上工业总产值1520.6亿元，同比增长9.1%，同期工业应税销售2310.5亿元，同比增长16%，增速位居全市第一。",
		"2023年，全区规上工业总产值1520.6亿元，同比增长9.1%，同期工业应税销售2310.5亿元，首次突破2000亿元，同比增长16%，增速位居全市第一。",
		"2023年，全区规上工业总产值1520.6亿元，同比增长9.1%，同期工业应税销售2310.5亿元，跨过2000亿元大关，同比增长16%，增速位居全市第一。",
	};
	for (size_t i = 0; i < sizeof unread / sizeof unread[0]; i++)
		expect("2024-02-01", "district", unread[i],
		       "某市 industrial_output level 1520.6 亿元 exact 2023 - actual\n"
		       "某市 industrial_output growth 9.1 % exact 2023 yoy actual\n");
	/* …while a growth right after its own record still takes the rank */
	expect("2024-02-01", "district",
	       "2023年，全区规上工业总产值1520.6亿元，同比增长9.1%，增速位居全市第一。",
	       "某市 industrial_output level 1520.6 亿元 exact 2023 - actual\n"
	       "某市 industrial_output growth 9.1 % exact 2023 yoy actual 1@全市\n");
}

static void probe18_gwra_rules(void)
{
	/* a page copied with its fixed-width lines: a number split by the
	 * wrap (1\n5678元, 18\n6.4亿元, 3\n.6亿美元) is one number, and a
	 * growth on the next line after 、 is still its label's */
	expect_kind("gwr", "2021-01-20", "county",
		    "一、2020年工作回顾\n一年来，全县经济社会保持平稳健康发展。预计城镇居民人均可支配收入32838元、"
		    "增长7.6%；农村居民人均可支配收入1\n5383元、增长8.6%；全社会固定资产投资18\n"
		    "6.6亿元、增长9%；全县外贸出口总额达到3\n.6亿美元、增长5%；全县实际利用外资8500万美元\n"
		    "、增长18.9%。",
		    "某市 urban_income level 32838 元 exact 2020 - estimate\n"
		    "某市 urban_income growth 7.6 % exact 2020 yoy estimate\n"
		    "某市 rural_income level 15383 元 exact 2020 - estimate\n"
		    "某市 rural_income growth 8.6 % exact 2020 yoy estimate\n"
		    "某市 fai level 186.6 亿元 exact 2020 - estimate\n"
		    "某市 fai growth 9 % exact 2020 yoy estimate\n"
		    "某市 exports level 3.6 亿美元 exact 2020 - estimate\n"
		    "某市 exports growth 5 % exact 2020 yoy estimate\n"
		    "某市 foreign_investment level 0.85 亿美元 exact 2020 - estimate\n"
		    "某市 foreign_investment growth 18.9 % exact 2020 yoy estimate\n");
	/* …and one split right after its point (12.\n4亿元) too */
	expect_kind("gwr", "2021-01-20", "county",
		    "一、2020年工作回顾\n一年来，全县经济社会保持平稳健康发展。预计完成规模工业增加值12.\n"
		    "4亿元，增长6%。",
		    "某市 industrial_va level 12.4 亿元 exact 2020 - estimate\n"
		    "某市 industrial_va growth 6 % exact 2020 yoy estimate\n");
	/* a wrap before a list item's number joins nothing */
	expect_kind("gwr", "2021-01-20", "county",
		    "一、2020年工作回顾\n全年地区生产总值增长3.5%，全县规模以上工业企业达到52\n1.规上工业增加值增长8%。",
		    "某市 gdp growth 3.5 % exact 2020 yoy actual\n"
		    "某市 industrial_va growth 8 % exact 2020 yoy actual\n");
	/* the years of a streak (2019年至2021年连续3年入围…) are that
	 * sentence's: the five-year review dates the sentences after it */
	expect_kind("gwr", "2021-12-10", "county",
		    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审查。\n过去五年工作回顾\n"
		    "县第十六届人民代表大会第一次会议以来的五年，是极不平凡的五年。\n"
		    "过去五年，我们保持发展定力，书写了经济稳定增长的篇章。全县地区生产总值年均增长7.2%，"
		    "2019年至2021年连续3年入围全省县域经济十强。经济质量明显提升，税收收入占一般公共预算收入"
		    "的比重提高9.4个百分点、达71.3%。累计实施重点项目430个，完成投资512.6亿元。",
		    "某市 gdp growth 7.2 % exact 2017..2021 cagr actual\n"
		    "某市 tax_share change_pp 9.4 百分点 exact 2021 vs:2016 actual\n"
		    "某市 tax_share level 71.3 % exact 2021 - actual\n"
		    "某市 project_investment level 512.6 亿元 exact 2017..2021 - actual\n");
	/* so are quarters listed before 连续 (一、二季度连续获得…): the
	 * review's year dates the sentence after it */
	expect_kind("news", "2025-01-03", "county",
		    "县长在报告中说，2024年是不平凡的一年。一年来，项目建设提速。"
		    "一、二季度连续获评全市项目“红旗”单位。预计地区生产总值增长5.5%左右；"
		    "社会消费品零售总额增长4.2%左右。",
		    "某市 gdp growth 5.5 % approx 2024 yoy estimate\n"
		    "某市 retail_sales growth 4.2 % approx 2024 yoy estimate\n");
	/* years counted back in a clause of no figure after a figure
	 * (增速近5年来稳居…) are that figure's streak: the growths after it
	 * are plain yoy rates of the sentence's year */
	expect_kind("speech", "2024-01-16", "zone",
		    "会议指出，预计2023年园区地区生产总值增长9%，增速近5年来稳居全省开发区前列，"
		    "固定资产投资增长12%，一般公共预算收入增长7%。",
		    "某市 gdp growth 9 % exact 2023 yoy estimate\n"
		    "某市 fai growth 12 % exact 2023 yoy estimate\n"
		    "某市 budget_revenue growth 7 % exact 2023 yoy estimate\n");
	expect_kind("summary", "2024-01-16", "county",
		    "2023年，全县规上工业增加值增长6.5%，3年来首次进入全市前列，社会消费品零售总额增长5.2%。",
		    "某市 industrial_va growth 6.5 % exact 2023 yoy actual\n"
		    "某市 retail_sales growth 5.2 % exact 2023 yoy actual\n");
	/* 由…增至…以上 in a five-year review: where the review ends (a
	 * threshold passed, 突破…, stays undated); the level it rose from is
	 * the year's before the five, known, though 预计 leads the sentence */
	expect_kind("gwr", "2021-12-10", "county",
		    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审查。\n过去五年工作回顾\n"
		    "过去五年，我们始终保持发展定力，经济稳定增长。\n预计全县地区生产总值由82.4亿元增至121亿元以上，"
		    "年均增长7.9%；一般公共预算收入从5.12亿元增至6.8亿元以上，年均增长5.8%；规模以上工业总产值"
		    "突破200亿元。",
		    "某市 gdp level 82.4 亿元 exact 2016 - actual\n"
		    "某市 gdp level 121 亿元 at_least 2021 - estimate\n"
		    "某市 gdp growth 7.9 % exact 2017..2021 cagr estimate\n"
		    "某市 budget_revenue level 5.12 亿元 exact 2016 - actual\n"
		    "某市 budget_revenue level 6.8 亿元 at_least 2021 - estimate\n"
		    "某市 budget_revenue growth 5.8 % exact 2017..2021 cagr estimate\n"
		    "某市 industrial_output level 200 亿元 at_least - - estimate\n");
	/* 可比年均增长: at comparable prices, still the label's average */
	expect_kind("gwr", "2020-12-20", "county",
		    "一、十三五工作回顾\n这五年，综合实力明显增强。预计十三五末，全县社会消费品零售总额达到120亿元，"
		    "可比年均增长7.5%。",
		    "某市 retail_sales level 120 亿元 exact 2020 - estimate\n"
		    "某市 retail_sales growth 7.5 % exact 2016..2020 cagr estimate\n");
}

static void probe18_gwrb_rules(void)
{
	/* 每万人发明专利 (拥有量 left out) is the per-10k patents stock; 均居
	 * covers both figures */
	expect_kind("gwr", "2021-01-08", CITY,
		    "一、2020年工作回顾\n2020年，每万人发明专利21.3件，研发投入强度2.4%，均居全省第4。",
		    "某市 patents_per_10k level 21.3 件 exact 2020 - actual 4@全省\n"
		    "某市 rd_intensity level 2.4 % exact 2020 - actual 4@全省\n");
	/* 优良天数占比 is the share of good days, not the count */
	expect_kind("gwr", "2021-01-08", CITY,
		    "一、2020年工作回顾\n2020年，城区空气质量优良天数占比91.2%。",
		    "某市 good_air_ratio level 91.2 % exact 2020 - actual\n");
	/* a month inside a quoted name (“金秋十月”商贸节) is no period */
	expect_kind("gwr", "2021-01-08", CITY,
		    "一、2020年工作回顾\n过去一年，我们举办“金秋十月”商贸节，新签约项目120个。固定资产投资增长6.8%。",
		    "某市 fai growth 6.8 % exact 2020 yoy actual\n");
	/* 预计2020年实现…: the year's results as a whole, like 预计全年: the
	 * paragraph's sentences after it are estimates too */
	expect_kind("gwr", "2021-01-08", CITY,
		    "一、过去五年工作回顾\n预计2020年实现地区生产总值1180亿元，增长4%。规上工业增加值增长5%，"
		    "社会消费品零售总额增长3%。\n\n2020年，新增市场主体1.2万户。",
		    "某市 gdp level 1180 亿元 exact 2020 - estimate\n"
		    "某市 gdp growth 4 % exact 2020 yoy estimate\n"
		    "某市 industrial_va growth 5 % exact 2020 yoy estimate\n"
		    "某市 retail_sales growth 3 % exact 2020 yoy estimate\n"
		    "某市 market_entities added 1.2 万户 exact 2020 - actual\n");
	/* (预计,下同) between a label and its figures: one note, the
	 * paragraph's figures estimates */
	expect_kind("gwr", "2021-01-08", CITY,
		    "一、2020年工作回顾\n全年实现地区生产总值(预计,下同)1650亿元左右、增长3.5%左右;"
		    "固定资产投资增长4%。",
		    "某市 gdp level 1650 亿元 approx 2020 - estimate\n"
		    "某市 gdp growth 3.5 % approx 2020 yoy estimate\n"
		    "某市 fai growth 4 % exact 2020 yoy estimate\n");
	/* …and one that opens the clause after the label's amount, without
	 * brackets; 扣除价格因素 makes the real growth, another indicator */
	expect_kind("plan", "2022-12-20", CITY,
		    "预计全年实现一般公共预算收入37.4亿元，扣除留抵退税因素后增长4.6%；"
		    "税收收入29.1亿元，剔除一次性因素增长2.7%。"
		    "城镇居民人均可支配收入增长5.9%，扣除价格因素实际增长3.8%。",
		    "某市 budget_revenue level 37.4 亿元 exact 2022 - estimate\n"
		    "某市 budget_revenue growth 4.6 % exact 2022 yoy estimate\n"
		    "某市 tax_revenue level 29.1 亿元 exact 2022 - estimate\n"
		    "某市 tax_revenue growth 2.7 % exact 2022 yoy estimate\n"
		    "某市 urban_income growth 5.9 % exact 2022 yoy estimate\n");
	/* a bracketed 剔除…后 note before the only growth of the label: the
	 * label's growth */
	expect_kind("gwr", "2021-01-08", CITY,
		    "一、2020年工作回顾\n2020年，一般公共预算收入126.5亿元（扣除减税降费因素后增长5.2%），"
		    "税收占比76.1%。",
		    "某市 budget_revenue level 126.5 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue growth 5.2 % exact 2020 yoy actual\n"
		    "某市 tax_share level 76.1 % exact 2020 - actual\n");
	/* 有望 (…有望保持全省第5位) foretells: an estimate, as 预计 */
	expect_kind("gwr", "2021-01-08", CITY,
		    "一、2020年工作回顾\n2020年，全市生产总值增长4.1%。经济总量有望保持全省第5位。",
		    "某市 gdp growth 4.1 % exact 2020 yoy actual\n"
		    "某市 gdp level null - exact 2020 - estimate 5@全省\n");
	/* a hard-wrapped line between a level and its growth (…亿元、\n增长…) */
	expect_kind("gwr", "2021-01-08", CITY,
		    "一、2020年工作回顾\n2020年，财政总收入完成88.6亿元、\n下降3.2%，同口径增长2.5%。",
		    "某市 fiscal_revenue level 88.6 亿元 exact 2020 - actual\n"
		    "某市 fiscal_revenue growth -3.2 % exact 2020 yoy actual\n");
	/* 总量跨过N亿元: a threshold crossed (at_least), as 跨越 */
	expect_kind("gwr", "2021-01-08", CITY,
		    "一、2020年工作回顾\n全年地区生产总值增长3.8%，总量跨过1500亿元大关。",
		    "某市 gdp growth 3.8 % exact 2020 yoy actual\n"
		    "某市 gdp level 1500 亿元 at_least 2020 - actual\n");
	/* 迈上, 站上 N亿元台阶: a threshold reached (their first characters
	 * open a figure) */
	expect("2023-01-20", "county",
	       "2022年，全县地区生产总值迈上300亿元台阶，规上工业总产值站上500亿元台阶。",
	       "某市 gdp level 300 亿元 at_least 2022 - actual\n"
	       "某市 industrial_output level 500 亿元 at_least 2022 - actual\n");
}
/* Round 19 (county 政府工作报告, gold first) */
/* The twentieth probe round's rules (plan reports and target lists, gold
 * written first): invented wording of the forms its texts showed. */
static void probe20_plan_rules(void)
{
	/* a bare percent in an aside naming the year's target, after the
	 * result's gap and rank, is the target growth of the clause's label */
	expect_kind("plan", "2024-03-02", "county",
		    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "全年实现地区生产总值增长6.9%，高于全市0.6个百分点，排名全市第2位（预期目标为7%以上）；"
		    "固定资产投资增长9.9%，排名全市第5位（年度目标为12%左右）。",
		    "某市 gdp growth 6.9 % exact 2023 yoy actual 2@全市\n"
		    "某市 gdp growth 7 % at_least 2023 yoy target\n"
		    "某市 fai growth 9.9 % exact 2023 yoy actual 5@全市\n"
		    "某市 fai growth 12 % approx 2023 yoy target\n");
	/* a single group of residents after the label (预计城镇完成) or
	 * opening a later clause of the sentence (；农村完成…, ，城镇增长…)
	 * names the group's metric */
	expect_kind("plan", "2024-03-02", "county",
		    "一、2023年国民经济和社会发展计划执行情况\n"
		    "——居民人均可支配收入预计城镇完成38600元，同比增长6.2%；农村完成17250元，同比增长8.1%。\n"
		    "全体居民人均可支配收入26000元，增长6.6%，城镇增长5.4%，农村增长7.7%。",
		    "某市 urban_income level 38600 元 exact 2023 - estimate\n"
		    "某市 urban_income growth 6.2 % exact 2023 yoy estimate\n"
		    "某市 rural_income level 17250 元 exact 2023 - estimate\n"
		    "某市 rural_income growth 8.1 % exact 2023 yoy estimate\n"
		    "某市 disposable_income level 26000 元 exact 2023 - actual\n"
		    "某市 disposable_income growth 6.6 % exact 2023 yoy actual\n"
		    "某市 urban_income growth 5.4 % exact 2023 yoy actual\n"
		    "某市 rural_income growth 7.7 % exact 2023 yoy actual\n");
	/* 招商引资到位固定资产投资: funds an investment drive brought in, not
	 * the fixed-asset investment */
	expect_kind("targets", "2020-01-16", "county",
		    "2020年，某县计划引进30个以上亿元项目，招商引资到位固定资产投资20亿元以上。\n"
		    "2020年的主要预期目标是：生产总值增长7%，规模以上固定资产投资增长12%。",
		    "某市 gdp growth 7 % exact 2020 yoy target\n"
		    "某市 fai growth 12 % exact 2020 yoy target\n");
	/* a target word after an estimate, opening a clause of its own with
	 * its year, speaks for the figure right after it; targets set higher
	 * than the year before's (上调…个百分点) are no change of a rate */
	expect_kind("targets", "2024-01-25", "province",
		    "省长作政府工作报告时表示，2023年，预计全省地区生产总值增长5%左右，2024年预期目标增长6%左右。\n"
		    "与上年确定的预期目标相比，今年调高了地区生产总值、固定资产投资的增速目标，分别上调0.7个、2个百分点。",
		    "某市 gdp growth 5 % approx 2023 yoy estimate\n"
		    "某市 gdp growth 6 % approx 2024 yoy target\n");
	/* a level reached over a plan's years (“十三五”时期…达到) is its last
	 * year's; a sum over them (累计) spans them */
	expect_kind("gwr", "2021-02-01", "county",
		    "“十三五”时期，全县地区生产总值达到120亿元，年均增长7%；累计完成固定资产投资达到500亿元。",
		    "某市 gdp level 120 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 7 % exact 2016..2020 cagr actual\n"
		    "某市 fai level 500 亿元 exact 2016..2020 - actual\n");
	/* a growth over a plan's years with no yearly average is the last
	 * year's against the year before them, or against the years named
	 * (3年增长) */
	expect_kind("targets", "2026-01-28", "province",
		    "省长说，“十四五”期间，全省地区生产总值达到2.1万亿元、增长21.5%。财政收入达到1600亿元，3年增长40.2%。",
		    "某市 gdp level 21000 亿元 exact 2025 - actual\n"
		    "某市 gdp growth 21.5 % exact 2025 vs:2020 actual\n"
		    "某市 fiscal_revenue level 1600 亿元 exact 2025 - actual\n"
		    "某市 fiscal_revenue growth 40.2 % exact 2025 vs:2022 actual\n");
	/* a plan's 期间 in a text of November or December of its last year:
	 * the term under review, done, not its targets; earlier in that
	 * year it is still the plan */
	expect_kind("evaluation", "2020-12-18", "prefecture",
		    "“十三五”期间，区内GDP年均增长6.4%左右；人均生产总值81000元左右，年均增长6%。",
		    "某市 gdp growth 6.4 % approx 2016..2020 cagr actual\n"
		    "某市 gdp_per_capita level 81000 元 approx 2020 - actual\n"
		    "某市 gdp_per_capita growth 6 % exact 2016..2020 cagr actual\n");
	expect_kind("evaluation", "2020-06-18", "prefecture",
		    "“十三五”期间，区内GDP年均增长6.4%左右。",
		    "某市 gdp growth 6.4 % approx 2016..2020 cagr target\n");
}

static void probe19_gwr_rules(void)
{
	/* 城乡人均可支配收入 without 居民 and 分别: the 城镇 and the 农村
	 * metric, as 城乡居民人均可支配收入 */
	expect_kind("gwr", "2024-01-20", "county",
		    "2023年工作回顾\n全年生产总值预计增长4.8%；城乡人均可支配收入预计分别增长5.4%、7.9%。",
		    "某市 gdp growth 4.8 % exact 2023 yoy estimate\n"
		    "某市 urban_income growth 5.4 % exact 2023 yoy estimate\n"
		    "某市 rural_income growth 7.9 % exact 2023 yoy estimate\n");
	/* a hard-wrapped line broken inside the verb: 增\n长 */
	expect_kind("gwr", "2021-03-01", "county",
		    "经济发展稳中有进，综合实力持续增强。地区生产总值增长7.3%；固定资产投资增\n"
		    "长9.5%；社会消费品零售总额增长8.2%。",
		    "某市 gdp growth 7.3 % exact 2020 yoy actual\n"
		    "某市 fai growth 9.5 % exact 2020 yoy actual\n"
		    "某市 retail_sales growth 8.2 % exact 2020 yoy actual\n");
}

static void probe20_news_rules(void)
{
	/* bare one-character animals before a shared tail: 猪 + 出栏 is a
	 * catalog name (羊 names none and takes no record) */
	expect_kind("news", "2023-11-20", CITY,
		    "1—10月份，全市牛、猪、羊、禽出栏量分别增长15%、7%、4%、12%。",
		    "某市 cattle_slaughtered growth 15 % exact 2023M01-M10 yoy actual\n"
		    "某市 hogs_slaughtered growth 7 % exact 2023M01-M10 yoy actual\n"
		    "某市 poultry_slaughtered growth 12 % exact 2023M01-M10 yoy actual\n");
	/* catalog names 各类肉产量 and 规上服务业完成营业收入 */
	expect_kind("news", "2023-04-20", "county",
		    "一季度，全县各类肉产量2860吨，同比增长3.1%。",
		    "某市 meat_output level 0.286 万吨 exact 2023Q1 - actual\n"
		    "某市 meat_output growth 3.1 % exact 2023Q1 yoy actual\n");
	expect_kind("news", "2023-07-20", "district",
		    "上半年，全区规上服务业完成营业收入41.2亿元，同比增长6.3%。",
		    "某市 services_revenue level 41.2 亿元 exact 2023H1 - actual\n"
		    "某市 services_revenue growth 6.3 % exact 2023H1 yoy actual\n");
	/* the noun a list shares said after 分别 and its verb; 规上 before
	 * the first item is no part of its name */
	expect_kind("news", "2023-07-20", "county",
		    "上半年，规上战略性新兴产业、高新技术产业和装备制造业分别实现增加值58.3亿元、"
		    "90.1亿元和66.4亿元，增长12.4%、9.8%和7.5%。",
		    "某市 strategic_emerging_va level 58.3 亿元 exact 2023H1 - actual\n"
		    "某市 high_tech_industry_va level 90.1 亿元 exact 2023H1 - actual\n"
		    "某市 strategic_emerging_va growth 12.4 % exact 2023H1 yoy actual\n"
		    "某市 high_tech_industry_va growth 9.8 % exact 2023H1 yoy actual\n");
	expect_kind("news", "2023-07-20", "county",
		    "上半年，工业、基础设施分别完成投资30.2亿元、20.5亿元，分别增长8.1%和5.2%。",
		    "某市 industrial_investment level 30.2 亿元 exact 2023H1 - actual\n"
		    "某市 infrastructure_investment level 20.5 亿元 exact 2023H1 - actual\n"
		    "某市 industrial_investment growth 8.1 % exact 2023H1 yoy actual\n"
		    "某市 infrastructure_investment growth 5.2 % exact 2023H1 yoy actual\n");
	/* 出栏 said bare after 分别: the noun the livestock share */
	expect_kind("news", "2021-07-30", "county",
		    "上半年，全县生猪、牛、家禽分别出栏3.2万头、2100头、4.4万只，分别增长12.5%、1.1%、8.8%。",
		    "某市 hogs_slaughtered level 3.2 万头 exact 2021H1 - actual\n"
		    "某市 cattle_slaughtered level 0.21 万头 exact 2021H1 - actual\n"
		    "某市 poultry_slaughtered level 4.4 万只 exact 2021H1 - actual\n"
		    "某市 hogs_slaughtered growth 12.5 % exact 2021H1 yoy actual\n"
		    "某市 cattle_slaughtered growth 1.1 % exact 2021H1 yoy actual\n"
		    "某市 poultry_slaughtered growth 8.8 % exact 2021H1 yoy actual\n");
	/* 分别 after an amount of no catalog name: that amount is the list's
	 * last item, not the label said before the 一般预算收入 */
	expect_kind("news", "2012-02-20", "county",
		    "2011年，全县生产总值实现98765万元，同比增长9%；财政总收入实现8642万元，增长21.3%，"
		    "一般预算收入完成5120万元，累计支出45210万元，同比分别增长18.6%和25.2%。",
		    "某市 gdp level 9.8765 亿元 exact 2011 - actual\n"
		    "某市 gdp growth 9 % exact 2011 yoy actual\n"
		    "某市 fiscal_revenue level 0.8642 亿元 exact 2011 - actual\n"
		    "某市 fiscal_revenue growth 21.3 % exact 2011 yoy actual\n"
		    "某市 budget_revenue level 0.512 亿元 exact 2011 - actual\n"
		    "某市 budget_revenue growth 18.6 % exact 2011 yoy actual\n");
	/* 控制在…的目标范围之内: at most, and still the target's words */
	expect_kind("bulletin", "2022-12-31", "county",
		    "全年城镇新增就业3120人，年末城镇登记失业率3.1%，控制在4.5%的目标范围之内。",
		    "某市 urban_new_jobs level 0.312 万人 exact 2022 - actual\n"
		    "某市 registered_unemployment_rate level 3.1 % exact 2022 - actual\n"
		    "某市 registered_unemployment_rate level 4.5 % at_most 2022 - target\n");
}

/* Round 20 (county and district 统计公报, gold first) */
static void probe20_bull_rules(void)
{
	/* a list that lost its 、 (0.3%0.7%-0.5%): the dash is the minus sign
	 * of the next item, not a range (ranges run low to high) */
	expect_kind("bulletin", "2022-12-31", "county",
		    "一、综合\n在第三产业中,批发零售业、住宿餐饮业、房地产业增加值分别增长0.3%0.7%-0.5%。",
		    "某市 wholesale_retail_va growth 0.3 % exact 2022 yoy actual\n"
		    "某市 hotel_catering_va growth 0.7 % exact 2022 yoy actual\n"
		    "某市 real_estate_va growth -0.5 % exact 2022 yoy actual\n");
	/* a range written low to high stays a range */
	expect_kind("gwr", "2023-01-08", "county",
		    "二、2023年主要目标\n地区生产总值增长6%-7%。",
		    "某市 gdp growth 6 % range 2023 yoy target\n");
	/* 优良以上天数 and 生活污水集中处理率: the good-air days and the
	 * sewage treatment rate */
	expect_kind("bulletin", "2022-12-31", "district",
		    "二、生态环境\n全年城区环境空气质量优良以上天数达290天;城镇生活污水集中处理率达96.2%。",
		    "某市 good_air_days level 290 天 exact 2022 - actual\n"
		    "某市 sewage_treatment_rate level 96.2 % exact 2022 - actual\n");

	/* after 三次产业结构…调整为… in its sentence, 其中第一产业、第二产业分别
	 * 提高…个百分点 are changes of the industries' shares: no change of
	 * their value added */
	expect_kind("bulletin", "2022-12-31", "county",
		    "一、综合\n全县地区生产总值210亿元,增长4.9%。三次产业结构由上年的15.0:43.3:41.2"
		    "调整为13.2:46.0:46.6,其中第一产业、第二产业分别提高0.4、0.9个百分点,"
		    "第三产业下降1.8个百分点。",
		    "某市 gdp level 210 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 4.9 % exact 2022 yoy actual\n");
	/* the structure in the sentence before, then 一产和二产比重分别提高…个
	 * 百分点，三产下降…个百分点: the last industry's points go on with
	 * the shares, no change of its value added */
	expect_kind("bulletin", "2022-12-31", "county",
		    "一、综合\n全县地区生产总值180亿元,增长5.2%。三次产业结构调整为12.4:40.1:47.5。"
		    "一产和二产比重分别提高0.3和0.6个百分点,三产下降0.9个百分点。",
		    "某市 gdp level 180 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 5.2 % exact 2022 yoy actual\n");
	/* the ratio with no 结构 before it (三次产业比例从…a∶b∶c变为…): the
	 * industries' points after it are their shares' changes too */
	expect_kind("bulletin", "2022-12-31", "county",
		    "一、综合\n全县地区生产总值150亿元,增长3.9%。三次产业比例从上年的14.1∶40.2∶45.7"
		    "变为13.5∶39.8∶46.7,第一产业、第二产业分别下降0.6、0.4个百分点,"
		    "第三产业提高1.0个百分点。",
		    "某市 gdp level 150 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 3.9 % exact 2022 yoy actual\n");
	/* 其它 before a label, as 其他: the rest, no whole (其它农作物播种面积) */
	expect_kind("bulletin", "2022-12-31", "county",
		    "二、农业\n全县农作物总播种面积80千公顷;其它农作物播种面积3.2千公顷。",
		    "某市 crop_area level 120 万亩 exact 2022 - actual\n");
	/* an industry's own rate between the share and its points: the points
	 * are its rate's change */
	expect_kind("bulletin", "2022-12-31", "county",
		    "一、综合\n第一产业增加值占生产总值比重为12.4%,第二产业增加值增长6.1%,"
		    "比上年提高0.8个百分点。",
		    "某市 primary_industry_va share 12.4 % exact 2022 gdp actual\n"
		    "某市 secondary_industry_va growth 6.1 % exact 2022 yoy actual\n"
		    "某市 secondary_industry_va change_pp 0.8 百分点 exact 2022 yoy actual\n");
}

static void probe20_gwr_rules(void)
{
	/* 首位度 (a city's primacy) is no rank 首位 */
	expect_kind("gwr", "2025-01-20", CITY,
		    "2024年工作回顾\n全年人均地区生产总值突破9万元，首位度稳步提高。",
		    "某市 gdp_per_capita level 90000 元 at_least 2024 - actual\n");
	/* 农林牧渔业可比价总产值: the output at comparable prices */
	expect_kind("gwr", "2025-01-20", "district",
		    "2024年工作回顾\n农林牧渔业可比价总产值完成96.3亿元，增长4.1%。",
		    "某市 agri_output level 96.3 亿元 exact 2024 - actual\n"
		    "某市 agri_output growth 4.1 % exact 2024 yoy actual\n");
	/* a label before 分别高于全国、全省 a、b: two gaps, one per place */
	expect_kind("gwr", "2025-01-20", CITY,
		    "2024年工作回顾\n常住人口城镇化率分别高于全国、全省8.2、6.4个百分点。",
		    "某市 urbanization_rate gap_pp 8.2 百分点 exact 2024 全国 actual\n"
		    "某市 urbanization_rate gap_pp 6.4 百分点 exact 2024 全省 actual\n");
	/* 城乡居民…年均增长a和b without 分别: the 城镇 and the 农村 rate */
	expect_kind("gwr", "2021-03-01", "county",
		    "一、过去五年工作回顾\n全县城乡居民人均可支配收入年均增长7.3%和9.1%。",
		    "某市 urban_income growth 7.3 % exact 2016..2020 cagr actual\n"
		    "某市 rural_income growth 9.1 % exact 2016..2020 cagr actual\n");
	/* a yearly average of a later paragraph of a section headed by a plan
	 * period and its last year spans the plan's years */
	expect_kind("gwr", "2021-02-01", CITY,
		    "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、“十三五”时期以及2020年工作回顾\n一是实力增强。“十三五”时期，全市地区生产总值年均增长5.9%。\n"
		    "二是结构优化。高新技术产业增加值年均增长11.2%。",
		    "某市 gdp growth 5.9 % exact 2016..2020 cagr actual\n"
		    "某市 high_tech_industry_va growth 11.2 % exact 2016..2020 cagr actual\n");
	expect_kind("gwr", "2021-02-01", "county",
		    "现在，我代表县人民政府向大会报告工作。\n一、“十三五”发展成就和2020年主要工作\n"
		    "“十三五”时期，全县较好完成了规划目标任务。\n这五年，我们坚持产业升级。\n旅游总收入年均增长9.4%。",
		    "某市 tourism_revenue growth 9.4 % exact 2016..2020 cagr actual\n");
	/* a plan period that has ended is reviewed as 五年来 is: a level is
	 * its last year's (迈上…台阶 too), a sum with 累计 spans it */
	expect_kind("gwr", "2021-02-01", CITY,
		    "一、“十三五”时期工作回顾\n“十三五”时期，全市地区生产总值达到1830亿元，年均增长6.1%，"
		    "总量迈上1千亿元台阶；累计完成固定资产投资4200亿元。",
		    "某市 gdp level 1830 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 6.1 % exact 2016..2020 cagr actual\n"
		    "某市 gdp level 1000 亿元 at_least 2020 - actual\n"
		    "某市 fai level 4200 亿元 exact 2016..2020 - actual\n");
	/* ;; for a quotation mark (a copying site's): no clause boundary, so
	 * 由;;十二五;;末第9位 stays a period started from, not the period of
	 * the sentences after */
	expect_kind("gwr", "2021-02-01", CITY,
		    "一、;;十三五;;时期工作回顾\n;;十三五;;时期，地区生产总值年均增长6.2%。人均地区生产总值排名由;;十二五;;末第9位上升到第6位。"
		    "固定资产投资年均增长8.4%。",
		    "某市 gdp growth 6.2 % exact 2016..2020 cagr actual\n"
		    "某市 fai growth 8.4 % exact 2016..2020 cagr actual\n");
	/* a rank-only name whose rank moved (排名由第N位上升到第M位, 从…跃升
	 * 至…): the rank reached, in the scope of the one moved from (the
	 * longest scope: 全国省会城市, not the 省会城市 inside it) */
	expect_kind("gwr", "2021-02-01", CITY,
		    "2020年工作回顾\n人均地区生产总值在全国省会城市排名由第21位上升到第17位。",
		    "某市 gdp_per_capita level null - exact 2020 - actual 17@全国省会城市\n");
	expect_kind("gwr", "2021-02-01", CITY,
		    "2020年工作回顾\n一般公共预算收入在全省排名从第9位跃升至第4位。",
		    "某市 budget_revenue level null - exact 2020 - actual 4@全省\n");
	/* a move by a count of places, then the rank reached (排名上升N位、
	 * 位居第M位; 较上年前移N个位次、居…): the rank reached ranks the
	 * name, in the scope of an 在 frame before the move; a move alone
	 * ranks nothing */
	static const char *const moved_by[][4] = {
		{ "evaluation", "county", "2023年，全县营商环境评价较上年前移6个位次、居全省第17位。",
		  "某市 business_environment level null - exact 2023 - actual 17@全省\n" },
		{ "news", CITY, "2023年，全市经济总量在中部地级城市排名上升3位、位居第5位，跃居中部城市第11位。",
		  "某市 gdp level null - exact 2023 - actual 5@中部地级城市,11@中部城市\n" },
		{ "news", CITY, "2023年，全市地区生产总值增长4.1%，前移2位、居全省第6位。",
		  "某市 gdp growth 4.1 % exact 2023 yoy actual 6@全省\n" },
		{ "evaluation", "county", "2023年，全县营商环境评价排名上升6位。", "" },
	};
	for (size_t i = 0; i < sizeof moved_by / sizeof moved_by[0]; i++)
		expect_kind(moved_by[i][0], "2024-03-01", moved_by[i][1], moved_by[i][2], moved_by[i][3]);
	/* …排名由“十二五”末第21位上升到第17位: the time moved from (…末)
	 * names no scope and dates no rank reached; in a plan period's
	 * review the rank is the period's last year's */
	expect_kind("gwr", "2021-02-01", CITY,
		    "一、“十三五”时期工作回顾\n“十三五”时期，地区生产总值年均增长6.2%。"
		    "人均地区生产总值在全国省会城市排名由“十二五”末第21位上升到第17位。固定资产投资年均增长8.4%。",
		    "某市 gdp growth 6.2 % exact 2016..2020 cagr actual\n"
		    "某市 gdp_per_capita level null - exact 2020 - actual 17@全国省会城市\n"
		    "某市 fai growth 8.4 % exact 2016..2020 cagr actual\n");
	/* a sum with 累计 in a five-year review, after a clause dated by the
	 * review's last year (…增加到2015年的…), spans the review's years */
	expect_kind("gwr", "2016-03-01", "county",
		    "一、“十二五”时期工作回顾\n过去的五年，全县地区生产总值从2010年的210.5亿元增加到2015年的330.2亿元，"
		    "年均增长9.4%；固定资产投资累计完成960亿元。",
		    "某市 gdp level 210.5 亿元 exact 2010 - actual\n"
		    "某市 gdp level 330.2 亿元 exact 2015 - actual\n"
		    "某市 gdp growth 9.4 % exact 2011..2015 cagr actual\n"
		    "某市 fai level 960 亿元 exact 2011..2015 - actual\n");
	/* a four-year review (过去四年, 四年来: a term of four years) spans
	 * its sums over four years, also after a clause of the same sentence
	 * dated by the review's last year */
	expect_kind("gwr", "2022-01-12", "county",
		    "一、过去四年工作回顾\n四年来，全旗上下团结奋进。\n（一）综合实力持续增强\n"
		    "地区生产总值从2017年的52.3亿元增长到2021年的68亿元左右，累计完成约240亿元；"
		    "一般公共预算收入累计完成9.6亿元。",
		    "某市 gdp level 52.3 亿元 exact 2017 - actual\n"
		    "某市 gdp level 68 亿元 approx 2021 - actual\n"
		    "某市 gdp level 240 亿元 approx 2018..2021 - actual\n"
		    "某市 budget_revenue level 9.6 亿元 exact 2018..2021 - actual\n");
	/* a page's title lines, then a first sentence opening with 四年来 (no
	 * heading before it): a term's review of four years, whose yearly
	 * averages and added counts span them, in the paragraphs after too */
	expect_kind("gwr", "2022-02-08", "prefecture",
		    "政府工作报告(摘要)\n\n过去四年，全市迈上新台阶\n\n四年来，全市上下团结一心、奋力拼搏。\n\n"
		    "综合实力稳步提升\n\n地区生产总值达到860.4亿元，年均增长6.6%；新登记市场主体8.2万户。",
		    "某市 gdp level 860.4 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 6.6 % exact 2018..2021 cagr actual\n"
		    "某市 market_entities added 8.2 万户 exact 2018..2021 - actual\n");
	/* 一、过去四年工作回顾: an added count said with 新认定 spans the four
	 * years, as one with 新增 does; a growth with no 年均 names no year */
	expect_kind("gwr", "2022-01-12", "county",
		    "一、过去四年工作回顾\n（一）综合实力持续增强\n"
		    "地区生产总值达到86.4亿元，年均增长6.6%，规上工业增加值增长8%；新认定高新技术企业20家。",
		    "某市 gdp level 86.4 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 6.6 % exact 2018..2021 cagr actual\n"
		    "某市 industrial_va growth 8 % exact - yoy actual\n"
		    "某市 high_tech_enterprises added 20 家 exact 2018..2021 - actual\n");
	/* 比2012年(下同): the rates after it, of the same paragraph and of
	 * the wrapped lines below, are against 2012 too */
	expect_kind("gwr", "2016-12-01", "county",
		    "一、本届政府工作回顾\n2016年，全县生产总值175亿元，比2012年(下同)增长56.3%；固定资产投资230亿元，增长81.3%；\n"
		    "社会消费品零售总额65亿元，增长59.5%。",
		    "某市 gdp level 175 亿元 exact 2016 - actual\n"
		    "某市 gdp growth 56.3 % exact 2016 vs:2012 actual\n"
		    "某市 fai level 230 亿元 exact 2016 - actual\n"
		    "某市 fai growth 81.3 % exact 2016 vs:2012 actual\n"
		    "某市 retail_sales level 65 亿元 exact 2016 - actual\n"
		    "某市 retail_sales growth 59.5 % exact 2016 vs:2012 actual\n");
	/* 由12.6亿元增加到20亿元 after 从2010年的…增加到2015年的… in its
	 * sentence: the value started from is of the year said before; alone,
	 * it names no year and stays out */
	expect_kind("gwr", "2016-03-01", "county",
		    "一、“十二五”时期工作回顾\n过去的五年，全县地区生产总值从2010年的210.5亿元增加到2015年的330.2亿元，"
		    "年均增长9.4%；一般公共预算收入由12.6亿元增加到20亿元，年均增长9.7%。",
		    "某市 gdp level 210.5 亿元 exact 2010 - actual\n"
		    "某市 gdp level 330.2 亿元 exact 2015 - actual\n"
		    "某市 gdp growth 9.4 % exact 2011..2015 cagr actual\n"
		    "某市 budget_revenue level 12.6 亿元 exact 2010 - actual\n"
		    "某市 budget_revenue level 20 亿元 exact 2015 - actual\n"
		    "某市 budget_revenue growth 9.7 % exact 2011..2015 cagr actual\n");
	expect_kind("gwr", "2016-03-01", "county",
		    "一、“十二五”时期工作回顾\n过去的五年，一般公共预算收入由12.6亿元增加到20亿元，年均增长9.7%。",
		    "某市 budget_revenue level 20 亿元 exact 2015 - actual\n"
		    "某市 budget_revenue growth 9.7 % exact 2011..2015 cagr actual\n");
	/* 城镇、\n农村居民…: a hard-wrapped line right after the separator
	 * still joins the pair (both metrics, in order) */
	expect_kind("gwr", "2016-12-01", "county",
		    "一、本届政府工作回顾\n2016年，社会消费品零售总额66亿元；城镇、\n"
		    "农村居民人均可支配收入25120元、12880元，分别增长40.2%和58.6%。",
		    "某市 retail_sales level 66 亿元 exact 2016 - actual\n"
		    "某市 urban_income level 25120 元 exact 2016 - actual\n"
		    "某市 rural_income level 12880 元 exact 2016 - actual\n"
		    "某市 urban_income growth 40.2 % exact 2016 yoy actual\n"
		    "某市 rural_income growth 58.6 % exact 2016 yoy actual\n");
	/* 一、十六届人民政府工作回顾 / 2017年以来…: a term's review as
	 * 届政府工作回顾 is, its years from the one its opener names */
	expect_kind("gwr", "2022-01-10", "county",
		    "一、十六届人民政府工作回顾\n2017年以来，旗人民政府团结带领全旗各族人民，较好完成目标任务。\n"
		    "我们坚持转型发展，地区生产总值预计达到72.4亿元，年均增长3.1%。",
		    "某市 gdp level 72.4 亿元 exact 2021 - estimate\n"
		    "某市 gdp growth 3.1 % exact 2017..2021 cagr estimate\n");
	/* 外贸货运量 (a port's foreign-trade cargo) is no 货运量 of the
	 * place; 外贸出口额 and 外贸进出口总额 stay whole names */
	expect_kind("gwr", "2023-02-01", "county",
		    "一、2022年工作回顾\n港口外贸货运量位居全省第三。全年外贸出口额12.5亿元，外贸进出口总额30亿元。",
		    "某市 exports level 12.5 亿元 exact 2022 - actual\n"
		    "某市 import_export level 30 亿元 exact 2022 - actual\n");
}

/* Round 21 (set b): prefecture 政府工作报告 and 两会 news (广东, 贵州,
 * 青海, 内蒙古). */
static void probe21_gwrb_rules(void)
{
	/* 五年来…累计增长a%，达到b: a growth over the review's years against
	 * the year before them (not year on year), dated by its last year;
	 * the level reached after it is that year's, not a sum */
	expect_kind("gwr", "2022-01-12", CITY,
		    "一、过去五年工作回顾\n五年来，全市地区生产总值累计增长31.6%，达到2680亿元；"
		    "一般公共预算收入累计增长38%，达到121.5亿元。",
		    "某市 gdp growth 31.6 % exact 2021 vs:2016 actual\n"
		    "某市 gdp level 2680 亿元 exact 2021 - actual\n"
		    "某市 budget_revenue growth 38 % exact 2021 vs:2016 actual\n"
		    "某市 budget_revenue level 121.5 亿元 exact 2021 - actual\n");
	/* 生产总值a亿元、…、税费收入d亿元，较2015年分别增长p、q、r和s: one
	 * clause of four amounts (the last of no catalog label) and the year
	 * compared with before 分别: each growth its amount's */
	expect_kind("gwr", "2021-02-01", CITY,
		    "一、“十三五”时期工作回顾\n经济总量迈上千亿元台阶，2020年全市实现生产总值1270亿元、规模以上工业增加值305.7亿元、"
		    "一般公共预算收入69.8亿元、税费收入168.2亿元，较2015年分别增长28.2%、13%、1.8%和27.2%。",
		    "某市 gdp level 1000 亿元 at_least 2020 - actual\n"
		    "某市 gdp level 1270 亿元 exact 2020 - actual\n"
		    "某市 industrial_va level 305.7 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue level 69.8 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 28.2 % exact 2020 vs:2015 actual\n"
		    "某市 industrial_va growth 13 % exact 2020 vs:2015 actual\n"
		    "某市 budget_revenue growth 1.8 % exact 2020 vs:2015 actual\n");
	/* 突破80亿元大关、年均增长12%: the milestone's noun and 、 before
	 * measure words keep the label */
	expect_kind("gwr", "2021-02-01", CITY,
		    "一、“十三五”时期工作回顾\n“十三五”时期，一般公共预算收入突破80亿元大关、年均增长12%。",
		    "某市 budget_revenue level 80 亿元 at_least - - actual\n"
		    "某市 budget_revenue growth 12 % exact 2016..2020 cagr actual\n");
	/* 全员劳动生产率每人12.3万元: per person, in the catalog's 万元/人 */
	expect_kind("gwr", "2019-01-15", CITY,
		    "一、2018年工作回顾\n全员劳动生产率每人12.3万元。",
		    "某市 labor_productivity level 12.3 万元/人 exact 2018 - actual\n");
	/* 规模以上工业产品产销率 is no value added; 亿元投资GDP产出 no GDP */
	expect_kind("gwr", "2019-01-15", CITY,
		    "一、2018年工作回顾\n规模以上工业产品产销率达到97.6%，比上年提高0.3个百分点；"
		    "亿元投资GDP产出达到1.32亿元。",
		    "");
	/* …发电量占比均居全区第一: a share ranks, no rank of the amount;
	 * 发电量居全区第二 keeps it */
	expect_kind("news", "2026-01-20", CITY,
		    "风电装机和发电量占比均居全区第一。",
		    "");
	expect_kind("news", "2026-01-20", CITY,
		    "2025年，全市发电量居全区第二。",
		    "某市 power_generation level null - exact 2025 - actual 2@全区\n");
	/* 地方公共财政支出 (an older name) is the budget expenditure */
	expect_kind("gwr", "2019-03-20", CITY,
		    "一、2018年工作回顾\n地方公共财政支出51.85亿元，同比增长4.83%。",
		    "某市 budget_expenditure level 51.85 亿元 exact 2018 - actual\n"
		    "某市 budget_expenditure growth 4.83 % exact 2018 yoy actual\n");
}


/* Round 20, evaluation texts and news on rankings that name several places. */
static void probe20_eval_rules(void)
{
	/* a bare rank right after a rank whose lead-in named something else
	 * (综合实力跃居…) is a second rank of that, not of the figure before */
	expect("2020-04-10", "county",
	       "2019年，全旗一般公共预算收入41亿元，增长9%，综合实力跃居全国百强县第35位，中部百强县第4位。",
	       "某市 budget_revenue level 41 亿元 exact 2019 - actual\n"
	       "某市 budget_revenue growth 9 % exact 2019 yoy actual\n");
	/* places counted in 地 (一地, 两地) are some of the places named, not
	 * the document's entity */
	expect("2023-01-10", CITY, "本省5地入围榜单，一地GDP已突破800亿元。2022年，全市地区生产总值增长6%。",
	       "某市 gdp growth 6 % exact 2022 yoy actual\n");
	/* a rank handed by 是 to places named after it (增速前三位分别是…,
	 * 排名第一的是…) is theirs, and so are the figures after it */
	expect_kind("news", "2024-03-10", CITY,
		    "2023年，全市GDP增长5.8%。分县市看，GDP增速前三位分别是澧县、汉寿县、桃源县，"
		    "分别增长8.6%、7.7%和7.2%；规上工业增加值增速排名第一的是石门县，增长12.4%。",
		    "某市 gdp growth 5.8 % exact 2023 yoy actual\n");
	/* a bare rank right after another place's figure is that place's */
	expect("2024-03-10", "county",
	       "2023年，我县地区生产总值增长7.4%，居全市第2位，石门县增长8.2%，居第1位。",
	       "某市 gdp growth 7.4 % exact 2023 yoy actual 2@全市\n");
	expect_kind("evaluation", "2024-03-10", "county",
		    "在2023年度全市营商环境评价中，我县得分88.6分，位列全市第二，石门县得分90.2分，位列第一。",
		    "某市 business_environment level 88.6 分 exact 2023 - actual 2@全市\n");
	/* a score read through its frame (在…全省营商环境评价中) takes the
	 * frame's place for a rank that names none */
	expect_kind("evaluation", "2024-03-10", CITY,
		    "在2023年全省营商环境评价中，我市综合得分84.1分，排名第7，较上年提升2位。",
		    "某市 business_environment level 84.1 分 exact 2023 - actual 7@全省\n");
	/* a year of founding (成立于1998年) is no news item's period, for a
	 * headline's figure that names none */
	expect_kind("news", "2022-12-20", CITY,
		    "全市GDP已突破900亿元!\n\n该评价机构成立于2001年,发布榜单已有多届。",
		    "某市 gdp level 900 亿元 at_least - - actual\n");
	/* 分别…，均增长: the one rate is every listed name's */
	expect("2021-02-01", "county",
	       "2020年，城乡居民人均可支配收入分别达到39500元和18200元，均增长7.1%。",
	       "某市 urban_income level 39500 元 exact 2020 - actual\n"
	       "某市 rural_income level 18200 元 exact 2020 - actual\n"
	       "某市 urban_income growth 7.1 % exact 2020 yoy actual\n"
	       "某市 rural_income growth 7.1 % exact 2020 yoy actual\n");
	expect("2021-02-01", "county",
	       "2020年，规上工业增加值和社会消费品零售总额分别完成65亿元和88亿元，同比均增长6.5%。",
	       "某市 industrial_va level 65 亿元 exact 2020 - actual\n"
	       "某市 retail_sales level 88 亿元 exact 2020 - actual\n"
	       "某市 industrial_va growth 6.5 % exact 2020 yoy actual\n"
	       "某市 retail_sales growth 6.5 % exact 2020 yoy actual\n");
}

static void probe22_gwrb_rules(void)
{
	/* 生产总值a亿元，增长b%，经济总量稳居全省第三: the total's name opening
	 * the clause after the level and its growth ranks that level; in a
	 * sentence of its own it stays a rank-only record */
	expect_kind("gwr", "2019-02-10", CITY,
		    "一、2018年工作回顾\n全年实现地区生产总值1520.4亿元，增长6.8%，经济总量稳居全省第五；"
		    "一般公共预算收入96.2亿元。",
		    "某市 gdp level 1520.4 亿元 exact 2018 - actual 5@全省\n"
		    "某市 gdp growth 6.8 % exact 2018 yoy actual\n"
		    "某市 budget_revenue level 96.2 亿元 exact 2018 - actual\n");
	expect_kind("gwr", "2019-02-10", CITY,
		    "一、2018年工作回顾\n全年实现地区生产总值1520.4亿元，增长6.8%。经济总量稳居全省第五。",
		    "某市 gdp level 1520.4 亿元 exact 2018 - actual\n"
		    "某市 gdp growth 6.8 % exact 2018 yoy actual\n"
		    "某市 gdp level null - exact 2018 - actual 5@全省\n");
	/* 新增登记市场主体3.2万家: 登记 between 新增 and the label keeps the
	 * count an added one */
	expect_kind("gwr", "2019-02-10", CITY,
		    "一、2018年工作回顾\n全市新增登记市场主体3.2万家。",
		    "某市 market_entities added 3.2 万户 exact 2018 - actual\n");
	/* 在全省第三\n个迈上…台阶 (a page copied with its fixed-width lines):
	 * the ordinal 第三个 broken by the wrap is no rank */
	expect_kind("gwr", "2019-02-10", CITY,
		    "一、2018年工作回顾\n经过多年的持续努力，全市一般公共预算收入增长7.5%，在全省第三\n"
		    "个迈上百亿元台阶。",
		    "某市 budget_revenue growth 7.5 % exact 2018 yoy actual\n");
}

/* The twenty-third probe round's rules for plan-execution reports. */
static void probe23_plan_rules(void)
{
	/* 增速为N年以来首次…, N年以来的最高水平: the span a record is counted
	 * over dates no figure of the sentences after it */
	expect_kind("plan", "2021-03-20", CITY,
		    "一、2020年国民经济和社会发展计划执行情况\n"
		    "全市地区生产总值增长4.7%，增速为2012年以来首次超过全省。"
		    "第二产业增加值增长5.8%，第三产业增加值增长3.8%。\n",
		    "某市 gdp growth 4.7 % exact 2020 yoy actual\n"
		    "某市 secondary_industry_va growth 5.8 % exact 2020 yoy actual\n"
		    "某市 tertiary_industry_va growth 3.8 % exact 2020 yoy actual\n");
	expect_kind("plan", "2021-03-20", CITY,
		    "2020年，全市规模以上工业增加值增长8.6%，增速为2013年以来的最高水平。"
		    "固定资产投资增长6.6%。",
		    "某市 industrial_va growth 8.6 % exact 2020 yoy actual\n"
		    "某市 fai growth 6.6 % exact 2020 yoy actual\n");
	/* 指标属性 (预期性, 约束性): a column of a target table that holds no
	 * figure; the table's rows are four cells, one a line */
	expect_kind("plan", "2021-03-20", CITY,
		    "2020年主要指标完成情况\n\n指标名称\n\n2020年目标增长(%)\n\n"
		    "2020年实际增长(%)\n\n指标属性\n\n地区生产总值\n\n6左右\n\n4.4\n\n预期性\n\n"
		    "城镇居民人均可支配收入\n\n6.5左右\n\n5.2\n\n预期性\n\n"
		    "农村居民人均可支配收入\n\n7.3左右\n\n6.9\n\n预期性\n",
		    "某市 gdp growth 6 % approx 2020 yoy target\n"
		    "某市 gdp growth 4.4 % exact 2020 yoy actual\n"
		    "某市 urban_income growth 6.5 % approx 2020 yoy target\n"
		    "某市 urban_income growth 5.2 % exact 2020 yoy actual\n"
		    "某市 rural_income growth 7.3 % approx 2020 yoy target\n"
		    "某市 rural_income growth 6.9 % exact 2020 yoy actual\n");
	/* 技术合同成交总额: the contracts' value under one more name */
	expect_kind("plan", "2023-01-10", CITY,
		    "2022年，全市技术合同成交总额85亿元，比上年增长12%。",
		    "某市 tech_contracts level 85 亿元 exact 2022 - actual\n"
		    "某市 tech_contracts growth 12 % exact 2022 yoy actual\n");
}

/* Round 23, county bulletins: two of the three industries named as one
 * list (第二、三产业…分别: each its own; without 分别 the industries
 * together, no one industry's figure), and the sown area's other word
 * order. */
static void probe23_bull_rules(void)
{
	expect("2023-03-01", CITY, "2022年，第二、三产业增加值分别增长5.8%和4.9%。",
	       "某市 secondary_industry_va growth 5.8 % exact 2022 yoy actual\n"
	       "某市 tertiary_industry_va growth 4.9 % exact 2022 yoy actual\n");
	expect("2023-03-01", CITY, "2022年，第一、二产业增加值分别为41.2亿元和88.6亿元。",
	       "某市 primary_industry_va level 41.2 亿元 exact 2022 - actual\n"
	       "某市 secondary_industry_va level 88.6 亿元 exact 2022 - actual\n");
	expect("2023-03-01", CITY,
	       "2022年，全市生产总值300亿元。三次产业结构为12.5:40.1:47.4，二、三产业增加值占地区生产总值比重达87.5%。",
	       "某市 gdp level 300 亿元 exact 2022 - actual\n");
	expect("2023-03-01", CITY, "2022年，二三产业占GDP比重达83%。", "");
	expect("2023-03-01", "county", "2022年，二、三产业增加值占全县生产总值比重达86.5%。", "");
	expect("2023-03-01", CITY, "2022年，第一、二产业比重上升0.7、0.4个百分点。", "");
	expect("2023-03-01", CITY, "2022年，全市农作物播种总面积为150.8万亩。",
	       "某市 crop_area level 150.8 万亩 exact 2022 - actual\n");
}

static void probe23_gwr_rules(void)
{
	/* 存贷款余额均/双双…: one figure for both the deposits and the loans */
	expect_kind("gwr", "2021-01-25", CITY,
		    "一、2020年工作回顾\n全市金融机构存贷款余额双双突破3000亿元，城镇新增就业4.2万人。",
		    "某市 deposits level 3000 亿元 at_least 2020 - actual\n"
		    "某市 loans level 3000 亿元 at_least 2020 - actual\n"
		    "某市 urban_new_jobs level 4.2 万人 exact 2020 - actual\n");
	expect_kind("gwr", "2021-01-25", CITY,
		    "一、2020年工作回顾\n全市金融机构存贷款余额同比均增长11%。",
		    "某市 deposits growth 11 % exact 2020 yoy actual\n"
		    "某市 loans growth 11 % exact 2020 yoy actual\n");
	/* …，存贷比81.5%，排名全省第四: a clause of rank words only after a
	 * figure of a name the catalog lacks ranks that figure, not the amount
	 * before it; after a growth of the label it stays the growth's */
	expect_kind("gwr", "2021-01-25", CITY,
		    "一、2020年工作回顾\n全市金融机构存款余额2600亿元，存贷比81.5%，排名全省第四。",
		    "某市 deposits level 2600 亿元 exact 2020 - actual\n");
	expect_kind("gwr", "2021-01-25", CITY,
		    "一、2020年工作回顾\n全市金融机构存款余额2600亿元，增长9.2%，排名全省第四。",
		    "某市 deposits level 2600 亿元 exact 2020 - actual\n"
		    "某市 deposits growth 9.2 % exact 2020 yoy actual 4@全省\n");
}

static void probe26_newsp_rules(void)
{
	/* a clause that opens with the short name of another city (or a
	 * province) right before a label, or before 全市 and a label, is that
	 * place's, and so is the rest of its sentence */
	expect_kind("news", "2022-02-10", CITY,
		    "2021年，全市地区生产总值812.4亿元，增长6.1%。"
		    "2021年，南昌全市地区生产总值实现7120.3亿元，增长8.7%，这是南昌GDP首次突破7000亿元。"
		    "2020年，南昌GDP为6310.2亿元，仍高于我市。",
		    "某市 gdp level 812.4 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 6.1 % exact 2021 yoy actual\n");
	/* a bare name of industry (规上工业) right before another catalog
	 * label heads it: a value added of a part of industry is that part's,
	 * anything else of industry's no metric of the whole */
	expect_kind("news", "2023-04-28", CITY,
		    "一季度，全市规上工业战略性新兴产业增加值增长11.2%，"
		    "规模以上工业综合能源消费量下降2.4%，规模以上工业工业增加值增长6.3%。",
		    "某市 strategic_emerging_va growth 11.2 % exact 2023Q1 yoy actual\n"
		    "某市 ~ growth -2.4 % exact 2023Q1 yoy actual\n"
		    "某市 industrial_va growth 6.3 % exact 2023Q1 yoy actual\n");
	/* 增长面与…持平: the share of industries that grew stayed the same,
	 * no growth of nought */
	expect_kind("news", "2023-08-20", CITY,
		    "1-7月，全市规上工业增加值增长4.2%。全市规上工业中29个大类行业有16个实现增长，"
		    "行业增长面与1-6月份持平。",
		    "某市 industrial_va growth 4.2 % exact 2023M01-M07 yoy actual\n");
	/* 等指标 (等多项指标) between the names of a list and the rank of
	 * their growth, as 等3项指标 is */
	expect_kind("news", "2023-08-02", CITY,
		    "上半年，税收收入、固定资产投资等指标增速居全省第二，"
		    "进出口总额、实际使用外资等多项指标增速居全省第五。",
		    "某市 tax_revenue growth null - exact 2023H1 yoy actual 2@全省\n"
		    "某市 fai growth null - exact 2023H1 yoy actual 2@全省\n"
		    "某市 import_export growth null - exact 2023H1 yoy actual 5@全省\n"
		    "某市 foreign_investment growth null - exact 2023H1 yoy actual 5@全省\n");
	/* 数量 before a rank names the measure of the figure before it (the
	 * addition's count), as 总量 names a level */
	expect_kind("news", "2023-08-02", CITY,
		    "上半年，新增专精特新中小企业14家，数量位居全省第四。",
		    "某市 specialized_smes added 14 家 exact 2023H1 - actual 4@全省\n");
	/* (but never a rate or an amount before a count that made no record) */
	expect_kind("news", "2023-08-02", CITY,
		    "上半年，全市社会消费品零售总额增长4.1%，6个街区入选全省示范步行街，"
		    "数量居全省第一。",
		    "某市 retail_sales growth 4.1 % exact 2023H1 yoy actual\n");
	/* a clause that opens with 新签约 counts projects signed, whatever
	 * words name them before 项目; a page's spaces around the numbers do
	 * not part the count from its total */
	expect_kind("news", "2024-08-05", CITY,
		    "上半年，工业投资增长 12.5%;新签约智能装备等重点项目 36 个,总投资 151.2 亿元。"
		    "重点项目45个，总投资210亿元。",
		    "某市 industrial_investment growth 12.5 % exact 2024H1 yoy actual\n"
		    "某市 signed_investment level 151.2 亿元 exact 2024H1 - actual\n");
	/* points after 差距 measure the distance to another place's rate (or
	 * how it moved), no change of the metric's own rate */
	expect_kind("news", "2023-09-12", CITY,
		    "1-8月，全市规上工业增加值增长2.6%，与全省差距缩小0.9个百分点；"
		    "增速较1-7月回升0.5个百分点。",
		    "某市 industrial_va growth 2.6 % exact 2023M01-M08 yoy actual\n"
		    "某市 industrial_va change_pp 0.5 百分点 exact 2023M01-M08 vs:2023M01-M07 actual\n");
}

static void probe26_newsc_rules(void)
{
	/* 工业用电 without 量 and 工业固投 (工业固定资产投资) are the catalog's
	 * names; 千瓦小时 is 千瓦时 */
	expect_kind("news", "2023-04-20", "county",
		    "一季度，全县工业用电3.48亿千瓦小时，增长12.6%；工业固投完成21.3亿元，同比增长40.2%，居全市第四位。",
		    "某市 industrial_electricity level 3.48 亿千瓦时 exact 2023Q1 - actual\n"
		    "某市 industrial_electricity growth 12.6 % exact 2023Q1 yoy actual\n"
		    "某市 industrial_investment level 21.3 亿元 exact 2023Q1 - actual\n"
		    "某市 industrial_investment growth 40.2 % exact 2023Q1 yoy actual 4@全市\n");
	/* a park named before the verb that opens its sentence (县工业园区新增…,
	 * 完成…): the park's figures through the sentence, none the county's */
	expect_kind("news", "2023-07-20", "county",
		    "上半年，全县规模工业增加值增长7.4%。县工业园区新增规模企业3家，累计完成规上工业增加值"
		    "8.2亿元，占全县比重为61%；入库税收3100万元。全县工业用电量1.7亿千瓦时。",
		    "某市 industrial_va growth 7.4 % exact 2023H1 yoy actual\n"
		    "某市 industrial_electricity level 1.7 亿千瓦时 exact 2023H1 - actual\n");
	/* a catalog label followed by 收入 or 应税收入 (the income of the firms
	 * it counts) names something else: no growth of the count */
	expect_kind("gwr", "2024-01-15", "county",
		    "一、2023年工作回顾\n全年规上工业企业应税收入同比增长14.2%，规上服务业企业收入增长9.6%。",
		    "某市 ~ growth 14.2 % exact 2023 yoy actual\n"
		    "某市 ~ growth 9.6 % exact 2023 yoy actual\n");
	/* …and so does 活跃度 (the share of the entities trading), not their
	 * count */
	expect_kind("plan", "2024-02-20", "district",
		    "一、2023年计划执行情况\n全区实有市场主体12.3万户，增长8.1%，市场主体活跃度增长6.2%。",
		    "某市 market_entities level 12.3 万户 exact 2023 - actual\n"
		    "某市 market_entities growth 8.1 % exact 2023 yoy actual\n"
		    "某市 ~ growth 6.2 % exact 2023 yoy actual\n");
	/* 工业生产用电量 is the industrial electricity use, also after the
	 * firms that report it */
	expect_kind("news", "2022-06-20", "county",
		    "今年前5个月，规上工业企业工业生产用电量累计5230万千瓦时，同比增长8.8%。",
		    "某市 industrial_electricity level 0.523 亿千瓦时 exact 2022M01-M05 - actual\n"
		    "某市 industrial_electricity growth 8.8 % exact 2022M01-M05 yoy actual\n");
	/* a count of firms (规模以上工业企业) before an amount in another
	 * unit names something of theirs, as before money: no count, no
	 * growth of the count */
	expect_kind("news", "2022-06-20", "county",
		    "1-5月，规上工业企业综合用水量2.8万立方米，同比增长6.3%；"
		    "全县规上工业企业30家。",
		    "某市 above_scale_industrial_enterprises level 30 家 exact 2022M05 - actual\n");
	/* a revenue's progress against its budget (占年初预算…的N%) and the
	 * amount it fell short by or passed it by (短收, 超收: a change, no
	 * level) leave the label to the growth after them */
	expect_kind("news", "2022-06-20", "county",
		    "1-5月，一般公共预算收入累计3.42亿元，占年初预算8.1亿元的42.2%，短收260万元，"
		    "同比增长5.6%，增速列全市第2位。",
		    "某市 budget_revenue level 3.42 亿元 exact 2022M01-M05 - actual\n"
		    "某市 budget_revenue growth 5.6 % exact 2022M01-M05 yoy actual 2@全市\n");
	expect_kind("news", "2022-06-20", "county",
		    "1-5月，税收收入完成2.05亿元，超收180万元，增长7.3%。",
		    "某市 tax_revenue level 2.05 亿元 exact 2022M01-M05 - actual\n"
		    "某市 tax_revenue growth 7.3 % exact 2022M01-M05 yoy actual\n");
	/* (全县新增…，完成…: the document's own place) */
	expect_kind("news", "2023-07-20", "county",
		    "上半年，全县新增规上企业12家，完成规模工业增加值30.5亿元。",
		    "某市 industrial_va level 30.5 亿元 exact 2023H1 - actual\n");
}

static void probe28_zones_rules(void)
{
	/* a clause of no figure that opens its sentence naming a park or a
	 * zone (加快建设滨江产业园，…) frames the figures after it: the zone's,
	 * none the city's; the sentence after is the city's again */
	expect_kind("gwr", "2025-01-20", CITY,
		    "一、2024年工作回顾\n加快建设滨江产业园，落地项目21个，完成固定资产投资9.6亿元，"
		    "建成厂房12万平方米。全年固定资产投资完成120.5亿元，增长6.2%。",
		    "某市 fai level 120.5 亿元 exact 2024 - actual\n"
		    "某市 fai growth 6.2 % exact 2024 yoy actual\n");
	/* a clause naming a programme (…战略全面推进) frames the count of
	 * projects after it: a part of the key projects, not their whole */
	expect_kind("gwr", "2025-01-20", CITY,
		    "一、2024年工作回顾\n乡村振兴战略全面推进，27个重点项目完成投资45.3亿元。"
		    "项目建设提速，182个重点项目完成投资612.4亿元。",
		    "某市 project_investment level 612.4 亿元 exact 2024 - actual\n");
	/* (先行区 names a programme too, not a park: the city's own figures
	 * after it are its own, a count of projects a part) */
	expect_kind("gwr", "2025-01-20", CITY,
		    "一、2024年工作回顾\n绿色发展先行区建设扎实推进，64个重点项目完成投资128.5亿元。"
		    "打造人才某市建设先行区，城镇新增就业3.4万人。",
		    "某市 urban_new_jobs level 3.4 万人 exact 2024 - actual\n");
	/* (after a figure of its sentence, a park named is a comparison: the
	 * figures around it stay the city's) */
	expect_kind("gwr", "2025-01-20", CITY,
		    "一、2024年工作回顾\n固定资产投资完成86亿元，仅次于两个省级开发区；社会消费品零售总额41.2亿元。",
		    "某市 fai level 86 亿元 exact 2024 - actual\n"
		    "某市 retail_sales level 41.2 亿元 exact 2024 - actual\n");
	/* the city's own word before its parks (全市工业园区…) names the
	 * parks; opening a paragraph, they are the subject of its sentences
	 * until the city is named again */
	expect_kind("news", "2024-04-25", CITY,
		    "一季度，全市工业园区完成规上工业增加值31.6亿元，增长9.4%；完成固定资产投资18.2亿元。"
		    "完成技改投资2.3亿元，工业投资增长12.1%。全市规上工业增加值增长7.7%。",
		    "某市 industrial_va growth 7.7 % exact 2024Q1 yoy actual\n");
	/* (a park named before the verb that opens a paragraph, too) */
	expect_kind("news", "2024-07-20", "county",
		    "上半年，某某园区完成规模工业总产值52.3亿元，增长18.2%。工业投资增长21.5%。\n"
		    "上半年，全县工业投资增长9.3%。",
		    "某市 industrial_investment growth 9.3 % exact 2024H1 yoy actual\n");
	/* a bare 完成投资 after its period (累计完成投资, 共完成投资) is the key
	 * projects' a label of its sentence, or of the sentence before when it
	 * opens its own, named; not across 其中 (a part's projects), and not
	 * without such a label */
	expect_kind("news", "2024-07-15", "county",
		    "2024年县级重点项目共320项，总投资1520.6亿元，年度计划投资300.2亿元，"
		    "1-6月累计完成投资180.4亿元，占年计划投资的60.1%，其中：在建项目100项，"
		    "1-6月累计完成投资90.2亿元。",
		    "某市 project_investment level 180.4 亿元 exact 2024H1 - actual\n");
	expect_kind("news", "2024-09-15", "county",
		    "2024年，全县安排重点项目210个，年度计划投资420.5亿元。1-8月共完成投资330.1亿元，"
		    "占年度投资计划的78%。其中95个续建项目完成投资200.3亿元。\n"
		    "全县工业项目建设提速。1-8月完成投资52.3亿元。",
		    "某市 project_investment level 330.1 亿元 exact 2024M01-M08 - actual\n");
	/* 重点工程 (重点工程项目) names the key projects as 重点项目 does: its
	 * amount, and the bare 完成投资 after a period that it names */
	expect_kind("evaluation", "2023-01-18", "county",
		    "2022年，全县列入三级调度的重点工程项目28个，总投资350.6亿元，年度计划投资48.2亿元。"
		    "截至12月底，全县重点工程建设提速，1-12月累计完成投资55.9亿元，占年度计划的116%。",
		    "某市 project_investment level 55.9 亿元 exact 2022 - actual\n");
	expect("2023-01-18", "county", "2022年，全县重点工程完成投资41.3亿元，增长6.5%。",
	       "某市 project_investment level 41.3 亿元 exact 2022 - actual\n"
	       "某市 project_investment growth 6.5 % exact 2022 yoy actual\n");
	/* …and an investment's label (固定资产投资) whose clause gives no
	 * figure is the subject of the bare 完成投资 after it; not past a
	 * figure of its own, nor across a sentence */
	expect_kind("news", "2024-07-22", CITY,
		    "上半年，全市固定资产投资势头强劲，累计完成投资150.6亿元，同比增长21.3%。",
		    "某市 fai level 150.6 亿元 exact 2024H1 - actual\n"
		    "某市 fai growth 21.3 % exact 2024H1 yoy actual\n");
	expect_kind("news", "2024-07-22", CITY,
		    "上半年，全市固定资产投资增长5.2%，累计完成投资150.6亿元。"
		    "全市工业投资稳步回升。累计完成投资40.2亿元。",
		    "某市 fai growth 5.2 % exact 2024H1 yoy actual\n");
	/* a period after a verb of going past (超过去年全年规模), in a clause of
	 * no figure after a figure, is what the figure is compared with: the
	 * figures after it keep the period before */
	expect_kind("news", "2024-11-18", CITY,
		    "1-10月，全市外贸进出口总值达到320.5亿元，超过去年全年规模。其中，出口210.3亿元，"
		    "增长15.2%。",
		    "某市 import_export level 320.5 亿元 exact 2024M01-M10 - actual\n"
		    "某市 exports level 210.3 亿元 exact 2024M01-M10 - actual\n"
		    "某市 exports growth 15.2 % exact 2024M01-M10 yoy actual\n");
	/* a gap to one ranked before (比排名第1的某地低N个百分点) is that one's,
	 * no figure of the label's; the label goes on to the gap after it */
	expect_kind("news", "2024-10-20", CITY,
		    "1-9月，全市固定资产投资同比增长12.3%，比排名第1的德阳低0.4个百分点，"
		    "高于全省平均水平4.1个百分点。",
		    "某市 fai growth 12.3 % exact 2024M01-M09 yoy actual\n"
		    "某市 fai gap_pp 4.1 百分点 exact 2024M01-M09 全省平均 actual\n");
	/* the best year before, compared with (比…最高的2022年增长N%): that
	 * year is the basis, no period of the figure's */
	expect_kind("news", "2024-10-20", CITY,
		    "1-9月，全市外贸进出口总值达到61.2亿元，比全市历史上进出口总值最高的2022年增长6.5%，"
		    "比上年增长3.1%。",
		    "某市 import_export level 61.2 亿元 exact 2024M01-M09 - actual\n"
		    "某市 import_export growth 6.5 % exact 2024M01-M09 vs:2022 actual\n"
		    "某市 import_export growth 3.1 % exact 2024M01-M09 yoy actual\n");
	/* 高于全省固投平均增速: a short name of the metric between the place
	 * and 平均 leaves the place's average */
	expect_kind("news", "2024-09-20", CITY,
		    "1-8月，全市固定资产投资同比增长9.2%，高于全省固投平均增速3.1个百分点。",
		    "某市 fai growth 9.2 % exact 2024M01-M08 yoy actual\n"
		    "某市 fai gap_pp 3.1 百分点 exact 2024M01-M08 全省平均 actual\n");
	/* a bare 增加值 opening the sentence after 规模以上工业完成总产值… is
	 * 规模以上工业's value added, not the output's */
	expect_kind("news", "2023-08-01", "county",
		    "上半年，全县规模以上工业总产值48.2亿元，增长6.1%。增加值增长5.3%。",
		    "某市 industrial_output level 48.2 亿元 exact 2023H1 - actual\n"
		    "某市 industrial_output growth 6.1 % exact 2023H1 yoy actual\n"
		    "某市 industrial_va growth 5.3 % exact 2023H1 yoy actual\n");
	/* the frame of what the figures build on (在保持“十三五”年均…的基础上)
	 * dates none of the figures after it */
	expect_kind("news", "2024-01-25", CITY,
		    "2023年，全市经济平稳。在保持“十三五”年均增长9%的基础上，全市外贸进出口总额实现45.6亿元，"
		    "同比增长7.2%。",
		    "某市 import_export level 45.6 亿元 exact 2023 - actual\n"
		    "某市 import_export growth 7.2 % exact 2023 yoy actual\n");
	/* a period that describes a trend (延续了一季度的回升态势) in a clause
	 * of no figure dates none of the figures after it */
	expect_kind("news", "2024-08-10", CITY,
		    "上半年，全市工业延续了一季度的回升态势，规上工业增加值增长8.1%。",
		    "某市 industrial_va growth 8.1 % exact 2024H1 yoy actual\n");
	/* 是2015年的1.\n4倍 across a hard line wrap: the year compared with,
	 * no period of the figures after it */
	expect_kind("gwr", "2021-02-20", "county",
		    "一、过去五年工作回顾\n截至2020年末，全县生产总值完成88.2亿元，是2015年的1.\n"
		    "4倍；财政总收入完成5.2亿元，是2015年的1.5倍。",
		    "某市 gdp level 88.2 亿元 exact 2020 - actual\n"
		    "某市 fiscal_revenue level 5.2 亿元 exact 2020 - actual\n");
	/* the same wrap flattened to a space by a repost (是2014年的2 .6倍):
	 * still the year compared with, no period of the clauses after it */
	expect_kind("gwr", "2019-12-18", "county",
		    "一、过去五年工作回顾\n2019年，全县生产总值完成76.3亿元，是2014年的1.6倍；"
		    "固定资产投资84.5亿元，是2014年的2 .6倍；社会消费品零售总额41.2亿元，是2014年的2倍。",
		    "某市 gdp level 76.3 亿元 exact 2019 - actual\n"
		    "某市 fai level 84.5 亿元 exact 2019 - actual\n"
		    "某市 retail_sales level 41.2 亿元 exact 2019 - actual\n");
	/* 恢复到2019年的106%: the year a level is back to a percent of, no
	 * period of the figures after it (in its sentence or the next); a
	 * rate's own years (由2022年的5.6%下降到2023年的5.2%) stay its periods */
	expect_kind("news", "2024-01-20", CITY,
		    "去年，全市文旅市场加快回暖，过夜游客、旅游花费分别恢复到2019年的106%和118%。"
		    "社会消费品零售总额增长6.3%，城镇调查失业率由2022年的5.6%下降到2023年的5.2%。",
		    "某市 retail_sales growth 6.3 % exact 2023 yoy actual\n"
		    "某市 unemployment_rate level 5.6 % exact 2022 - actual\n"
		    "某市 unemployment_rate level 5.2 % exact 2023 - actual\n");
	expect_kind("news", "2024-01-20", CITY,
		    "2023年，全市接待游客相当于2019年的96％，社会消费品零售总额增长6.3％。",
		    "某市 retail_sales growth 6.3 % exact 2023 yoy actual\n");
	/* 保持上年水平 in a target list: the level a figure is held to, no
	 * period of the items after it (they stay the list's year) */
	expect_kind("targets", "2021-01-18", CITY,
		    "2021年全市经济社会发展的主要预期目标：地区生产总值增长7%左右；财政收入保持上年水平；"
		    "固定资产投资增长8%；社会消费品零售总额增长9%左右。",
		    "某市 gdp growth 7 % approx 2021 yoy target\n"
		    "某市 fai growth 8 % exact 2021 yoy target\n"
		    "某市 retail_sales growth 9 % approx 2021 yoy target\n");
	expect_kind("targets", "2021-01-18", CITY,
		    "今年主要预期目标：一般公共预算收入不低于上年同期水平，城镇新增就业3万人以上。",
		    "某市 urban_new_jobs level 3 万人 at_least 2021 - target\n");
	/* 日均新增市场主体, 日均接待游客: a figure per day, no total of the
	 * year (the year's own count after it still keyed) */
	expect_kind("news", "2024-01-20", CITY,
		    "2023年，全市日均新增市场主体超过300户，日均接待游客2.1万人次。"
		    "全年新增市场主体11.2万户。",
		    "某市 market_entities added 11.2 万户 exact 2023 - actual\n");
	/* 社会消费品销售总额, 销售 for 零售: the retail sales */
	expect_kind("gwr", "2021-01-18", "county",
		    "一、2020年工作回顾\n预计，全县社会消费品销售总额86.4亿元，增长5.3%。",
		    "某市 retail_sales level 86.4 亿元 exact 2020 - estimate\n"
		    "某市 retail_sales growth 5.3 % exact 2020 yoy estimate\n");
	/* a count of a group of firms opening a clause before its verb
	 * (12家投产企业完成…) is theirs, this clause only; the firms the metric
	 * counts in (全县45家规上工业企业实现营业收入…) are the whole */
	expect_kind("gwr", "2025-01-20", "county",
		    "一、2024年工作回顾\n全县12家投产企业完成规上工业总产值17.5亿元、工业增加值3.2亿元，"
		    "规上工业增加值增长7.5%。35家重点企业实现营业收入80.2亿元，增长6.1%。"
		    "全县45家规上工业企业实现营业收入120.3亿元。",
		    "某市 industrial_va growth 7.5 % exact 2024 yoy actual\n"
		    "某市 industrial_revenue level 120.3 亿元 exact 2024 - actual\n");
	/* zones joined (高新区和三个省级园区) are a group of zones, no one zone */
	expect_kind("news", "2024-04-25", CITY,
		    "截至一季度，高新区和三个省级园区完成规上工业增加值40.1亿元，占园区的比重达88%。"
		    "完成固定资产投资22.4亿元。",
		    "");
}

static void probe27_news_rules(void)
{
	/* 新能源 before a catalog label names a kind of it (新能源汽车产量: a
	 * part of the vehicles), and 肉蛋奶产量 meat, eggs and milk together:
	 * no record of the whole; the milk named after 其中 is the milk's own */
	expect_kind("news", "2023-08-02", CITY,
		    "上半年，全市新能源汽车产量11.7万辆，增长41.2%，占全省的20.3%；汽车产量28.4万辆。"
		    "全市肉蛋奶产量达18.3万吨，其中，禽蛋产量4.2万吨，牛奶产量6.8万吨。",
		    "某市 vehicle_output level 28.4 万辆 exact 2023H1 - actual\n"
		    "某市 egg_output level 4.2 万吨 exact 2023H1 - actual\n"
		    "某市 milk_output level 6.8 万吨 exact 2023H1 - actual\n");
	/* a clause of points right after a label's share (占…N% without 比重)
	 * is the share's change, no change of the label's rate */
	expect_kind("news", "2023-08-02", CITY,
		    "上半年，高新技术产业增加值增长9.3%，比一季度加快1.2个百分点，占规模以上工业41.6%，"
		    "比上年同期提高3.8个百分点。",
		    "某市 high_tech_industry_va growth 9.3 % exact 2023H1 yoy actual\n"
		    "某市 high_tech_industry_va change_pp 1.2 百分点 exact 2023H1 vs:2023Q1 actual\n"
		    "某市 high_tech_industry_va share 41.6 % exact 2023H1 industrial_va actual\n");
	/* the document's own name heading a port (某市口岸) or a region of
	 * several places is that port or region; a sentence opening with
	 * 其中 goes on about whom the sentence before spoke of */
	expect_kind("news", "2023-08-02", CITY,
		    "上半年，某市口岸进出口2310亿元，同比增长4.2%。其中，出口1620亿元，进口690亿元。"
		    "全市外贸进出口860亿元，增长6.3%。",
		    "某市 import_export level 860 亿元 exact 2023H1 - actual\n"
		    "某市 import_export growth 6.3 % exact 2023H1 yoy actual\n");
	expect_kind("news", "2021-04-20", CITY,
		    "全国全年居民消费价格比上年上涨1.7%。其中，食品烟酒类价格上涨4.6%。全市粮食产量12.5万吨。",
		    "某市 grain_output level 12.5 万吨 exact 2020 - actual\n");
	/* more figures after 分别 than the clause names items (the list's
	 * first items cut off by commas): the item right before 分别 takes
	 * the last figure, not the first; places compared with stay a list */
	expect_kind("news", "2023-10-25", CITY,
		    "前三季度，全市服务业增加值3200亿元，增长6.8%。其中，交通运输业，房地产业、金融业增加值"
		    "分别增长8.9%、3.5%和7.7%。城镇化率分别高于全国、全省10.2、8.8个百分点。",
		    "某市 tertiary_industry_va level 3200 亿元 exact 2023M01-M09 - actual\n"
		    "某市 tertiary_industry_va growth 6.8 % exact 2023M01-M09 yoy actual\n"
		    "某市 finance_va growth 7.7 % exact 2023M01-M09 yoy actual\n"
		    "某市 urbanization_rate gap_pp 10.2 百分点 exact 2023M09 全国 actual\n"
		    "某市 urbanization_rate gap_pp 8.8 百分点 exact 2023M09 全省 actual\n");
	/* the items cut off by commas before such a clause, bare names, take
	 * the last label's tail when as many as the figures with the clause's */
	expect_kind("news", "2023-10-25", CITY,
		    "前三季度，全市服务业增加值3200亿元。其中，建筑业，交通运输业，房地产业、金融业增加值"
		    "分别增长8.9%、4.2%、3.5%和7.7%。",
		    "某市 tertiary_industry_va level 3200 亿元 exact 2023M01-M09 - actual\n"
		    "某市 construction_va growth 8.9 % exact 2023M01-M09 yoy actual\n"
		    "某市 finance_va growth 7.7 % exact 2023M01-M09 yoy actual\n");
	/* items before 等 and a catalog name said whole (规上制造业增加值) are
	 * kinds of it: none is the metric its name with the tail alone is */
	expect_kind("news", "2023-10-25", CITY,
		    "前三季度，生物医药、数字经济、节能环保等规上制造业增加值分别增长9.1%、7.2%和4.2%。",
		    "");
	/* 其中 before the first item of a list that shares one tail is no
	 * part of its name (其中蔬菜及食用菌、禽蛋产量: 蔬菜及食用菌产量) */
	expect_kind("news", "2024-04-25", CITY,
		    "一季度，全市农业生产平稳，粮食播种有序。其中蔬菜及食用菌、禽蛋产量分别增长2.9%、4.2%。",
		    "某市 vegetable_output growth 2.9 % exact 2024Q1 yoy actual\n"
		    "某市 egg_output growth 4.2 % exact 2024Q1 yoy actual\n");
	/* a good's name glued to a bare 出口 or 进口 (before it, or after it
	 * holding 品) is that good's trade, a part; words of time, place or
	 * kind of trade before it leave the whole */
	expect_kind("news", "2023-07-25", CITY,
		    "上半年，全市外贸进出口520亿元，增长3.2%。其中，出口380亿元，增长3.8%。"
		    "服装鞋帽出口超45亿元，同比增长2.9%；铁矿砂进口57亿元，增长8.8%；进口机电产品同比增长5.0%。"
		    "1-6月份进口140亿元。对东盟6国出口增长12.4%。",
		    "某市 import_export level 520 亿元 exact 2023H1 - actual\n"
		    "某市 import_export growth 3.2 % exact 2023H1 yoy actual\n"
		    "某市 exports level 380 亿元 exact 2023H1 - actual\n"
		    "某市 exports growth 3.8 % exact 2023H1 yoy actual\n"
		    "某市 ~ growth 5 % exact 2023H1 yoy actual\n"
		    "某市 imports level 140 亿元 exact 2023H1 - actual\n");
	/* in a news item on 上半年, 二季度 is the half's accounts, but a
	 * quarter against the one before it (环比) is the quarter alone */
	expect_kind("news", "2023-07-20", CITY,
		    "上半年，全市规上工业增加值增长7.5%。\n二季度，全市规上工业增加值增长5.6%。\n"
		    "与一季度相比，二季度规上工业增加值环比增长1.9%。",
		    "某市 industrial_va growth 7.5 % exact 2023H1 yoy actual\n"
		    "某市 industrial_va growth 5.6 % exact 2023H1 yoy actual\n"
		    "某市 industrial_va growth 1.9 % exact 2023Q2 mom actual\n");
}

static void probe25_gwr_rules(void)
{
	/* a page's item lines without full stops: a line that ends with a
	 * stated rank is a sentence of its own, so the rank of the next line
	 * (after a figure of a name the catalog lacks) is not the first's */
	expect_kind("news", "2019-03-01", CITY,
		    "回顾2018年\n规模以上工业增加值增长8.2%，增速居全省第三\n"
		    "民营经济占比61.4%，位居全省第五\n一般公共预算收入增长6.3%",
		    "某市 industrial_va growth 8.2 % exact 2018 yoy actual 3@全省\n"
		    "某市 budget_revenue growth 6.3 % exact 2018 yoy actual\n");
	/* (…成为全省第三\n个突破…: a wrapped line that goes on is no item) */
	expect_kind("gwr", "2020-01-08", CITY,
		    "一、2019年工作回顾\n税收收入增长4.7%，成为全省第三\n个突破五十亿元的城市。",
		    "某市 tax_revenue growth 4.7 % exact 2019 yoy actual\n");
	/* 占年任务N% without 的 is progress against the year's plan, as
	 * 占年计划的N% is: no share of the amount */
	expect_kind("gwr", "2021-01-10", CITY,
		    "一、2020年工作回顾\n85个重点项目完成投资236亿元，占年度任务108.3%。",
		    "某市 project_investment level 236 亿元 exact 2020 - actual\n");
	/* a place on a list of the top hundred ranks the place, not the
	 * growth before it; with the measure named it is the growth's */
	expect_kind("gwr", "2024-01-12", "district",
		    "一、2023年工作回顾\n规上工业增加值增长7.6%，稳居全国制造业百强县第2位。"
		    "固定资产投资增长5.2%，增速居全国百强县第4位。",
		    "某市 industrial_va growth 7.6 % exact 2023 yoy actual\n"
		    "某市 fai growth 5.2 % exact 2023 yoy actual 4@全国百强县\n");
	/* 新增…N家，总量…第三: the stock the addition went to, ranked with
	 * no figure of its own */
	expect_kind("gwr", "2024-01-12", "district",
		    "一、2023年工作回顾\n新增专精特新中小企业45家，总量居全市第二。",
		    "某市 specialized_smes added 45 家 exact 2023 - actual\n"
		    "某市 specialized_smes level null - exact 2023 - actual 2@全市\n");
	/* 新增A N家、B N家，总数均居…: each stock, not the additions */
	expect_kind("gwr", "2024-01-12", "district",
		    "一、2023年工作回顾\n新增高新技术企业120家、科技型中小企业350家，总数均居全省第一方阵。",
		    "某市 high_tech_enterprises added 120 家 exact 2023 - actual\n"
		    "某市 tech_smes added 350 家 exact 2023 - actual\n"
		    "某市 high_tech_enterprises level null - exact 2023 - actual 第一方阵@全省\n"
		    "某市 tech_smes level null - exact 2023 - actual 第一方阵@全省\n");
}

static void probe24_gwr_rules(void)
{
	/* 城镇、农村常住居民年人均可支配收入分别…: 年人均 (a year's income per
	 * head) names the same metrics as 人均 */
	expect_kind("targets", "2021-01-12", "county",
		    "今年，城镇、农村常住居民年人均可支配收入分别增长6.5%左右、8.5%左右。",
		    "某市 urban_income growth 6.5 % approx 2021 yoy target\n"
		    "某市 rural_income growth 8.5 % approx 2021 yoy target\n");
	expect_kind("gwr", "2021-01-12", "county",
		    "一、2020年工作回顾\n全县农村居民年人均可支配收入达到15230元。",
		    "某市 rural_income level 15230 元 exact 2020 - actual\n");
}

static void gwr40_rules(void)
{
	/* 2021年目标： over lines of percents, after 2020年成绩： over the
	 * year's results: a short line of no figure naming the year ahead and
	 * ending in 目标 heads that year's targets, in a report or a news item */
	expect_kind("gwr", "2021-01-20", "province",
		    "某省第十三届人民代表大会第四次会议开幕。\n2020年成绩：\n生产总值增长3.1%\n"
		    "2021年目标：\n生产总值增长7%左右\n城镇新增就业35万人\n",
		    "某市 gdp growth 3.1 % exact 2020 yoy actual\n"
		    "某市 gdp growth 7 % approx 2021 yoy target\n"
		    "某市 urban_new_jobs level 35 万人 exact 2021 - target\n");
	expect_kind("news", "2021-01-20", "prefecture",
		    "某市第十届人民代表大会第五次会议开幕。\n2021年目标:\n生产总值增长7.5%左右\n",
		    "某市 gdp growth 7.5 % approx 2021 yoy target\n");
	/* 新型基础设施投资 (networks, data centres): a kind of the
	 * infrastructure investment, not all of it */
	expect_kind("targets", "2022-01-15", "prefecture",
		    "2022年主要预期目标：基础设施投资增长9%，新型基础设施投资增长15%。",
		    "某市 infrastructure_investment growth 9 % exact 2022 yoy target\n"
		    "某市 ~ growth 15 % exact 2022 yoy target\n");
	/* 境内外上市公司 as 境内外上市企业: 新增 before it is an addition */
	expect_kind("targets", "2022-01-15", "prefecture",
		    "2022年主要预期目标：新增境内外上市公司6家以上。",
		    "某市 listed_companies added 6 家 at_least 2022 - target\n");
	/* “十三五”成就： over lines of no sentence end: a yearly average under
	 * the plan's name in a line ending in a colon right above spans the
	 * plan's years; a sentence ended between them leaves it the year's */
	expect_kind("gwr", "2021-01-20", "province",
		    "某省第十三届人民代表大会第四次会议开幕。\n“十三五”成就：\n"
		    "脱贫攻坚取得全面胜利\n生产总值年均增长5.8%\n",
		    "某市 gdp growth 5.8 % exact 2016..2020 cagr actual\n");
	expect_kind("gwr", "2021-01-20", "province",
		    "某省第十三届人民代表大会第四次会议开幕。\n“十三五”成就：\n"
		    "全省上下团结奋斗。\n生产总值年均增长5.8%\n",
		    "某市 gdp growth 5.8 % exact 2020 cagr actual\n");
}

static void probe23_news_rules(void)
{
	/* 城乡居民收入达到a元和b元、分别增长x%和y%: a 、 before 分别 ends the
	 * pair of amounts as a comma would; each amount and each growth is
	 * one metric's */
	expect_kind("news", "2017-02-20", "county",
		    "去年全县城乡居民收入达到26150元和9830元、分别增长8.1%和9.4%。",
		    "某市 urban_income level 26150 元 exact 2016 - actual\n"
		    "某市 rural_income level 9830 元 exact 2016 - actual\n"
		    "某市 urban_income growth 8.1 % exact 2016 yoy actual\n"
		    "某市 rural_income growth 9.4 % exact 2016 yoy actual\n");
	/* 公共财政收入 (the 2011-2014 name of the general budget revenue) is
	 * budget_revenue, not the 财政收入 of fiscal_revenue */
	expect_kind("news", "2012-10-15", "county",
		    "1至9月，全县公共财政收入完成38650万元，同比增长12.4%，总量居全市第三位。",
		    "某市 budget_revenue level 3.865 亿元 exact 2012M01-M09 - actual 3@全市\n"
		    "某市 budget_revenue growth 12.4 % exact 2012M01-M09 yoy actual\n");
	/* 为实现全年目标开好局 after an undated opening of a quarter's news
	 * item: 全年 names the year's goal, neither the item's period nor one
	 * the paragraph's next sentence carries on; the item's first period
	 * (一季度) dates the opening */
	expect_kind("news", "2023-04-20", "county",
		    "据县统计局消息，全县地区生产总值达49.7亿元，同比增长6.2%，为实现全年目标开好了局。"
		    "分产业看，第二产业增加值13.2亿元，增长7.1%。\n"
		    "一季度，全县固定资产投资增长9.3%。",
		    "某市 gdp level 49.7 亿元 exact 2023Q1 - actual\n"
		    "某市 gdp growth 6.2 % exact 2023Q1 yoy actual\n"
		    "某市 secondary_industry_va level 13.2 亿元 exact 2023Q1 - actual\n"
		    "某市 secondary_industry_va growth 7.1 % exact 2023Q1 yoy actual\n"
		    "某市 fai growth 9.3 % exact 2023Q1 yoy actual\n");
}

static void probe24_plan_rules(void)
{
	/* a target list's news item: a paragraph whose first sentence says it
	 * reviews the year before (对2021年全区工作作了回顾, 回顾了2021年工作)
	 * speaks of that year, so a month range without a year in it (1—10月)
	 * is that year's progress, not the planned year's; the list after it
	 * stays the planned year's */
	expect_kind("targets", "2022-01-15", "district",
		    "区长李四向大会报告工作。\n"
		    "报告对2021年全区工作作了回顾。2021年前三季度，全区地区生产总值达88.6亿元、增长7%。"
		    "1—10月，全区固定资产投资比上年同期增长5%。\n"
		    "今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长7%左右。",
		    "某市 gdp level 88.6 亿元 exact 2021M01-M09 - actual\n"
		    "某市 gdp growth 7 % exact 2021M01-M09 yoy actual\n"
		    "某市 fai growth 5 % exact 2021M01-M10 yoy actual\n"
		    "某市 gdp growth 6 % approx 2022 yoy target\n"
		    "某市 fai growth 7 % approx 2022 yoy target\n");
	/* one that names the year under review and sets the list in the
	 * same line stays the list's */
	expect_kind("targets", "2022-01-15", "county",
		    "报告回顾了2021年工作，提出今年主要预期目标：地区生产总值增长6%左右，"
		    "规模以上工业增加值增长8%。",
		    "某市 gdp growth 6 % approx 2022 yoy target\n"
		    "某市 industrial_va growth 8 % exact 2022 yoy target\n");
}

static void probe24_news_rules(void)
{
	/* words no label covers, a verb and a bare noun right before the
	 * figure: the words with the noun name it when they make a catalog
	 * alias (an industry's 工业总产值 is its 总产值) */
	expect_kind("news", "2022-11-20", "district",
		    "1-10月，全区高新技术产业实现增加值62.2亿元，同比增长14.1%；"
		    "战略性新兴产业完成工业总产值490.2亿元，增长17.1%。",
		    "某市 high_tech_industry_va level 62.2 亿元 exact 2022M01-M10 - actual\n"
		    "某市 high_tech_industry_va growth 14.1 % exact 2022M01-M10 yoy actual\n"
		    "某市 strategic_emerging_output level 490.2 亿元 exact 2022M01-M10 - actual\n"
		    "某市 strategic_emerging_output growth 17.1 % exact 2022M01-M10 yoy actual\n");
	/* (下同) between a rank's scope and its position is no part of the
	 * scope, and gives it to later ranks that name none */
	expect_kind("news", "2024-07-25", CITY,
		    "上半年，全市地区生产总值增长6.6%，保持全省13市(下同)第4位；"
		    "规上工业增加值增长12.9%，居第2位。",
		    "某市 gdp growth 6.6 % exact 2024H1 yoy actual 4@全省13市\n"
		    "某市 industrial_va growth 12.9 % exact 2024H1 yoy actual 2@全省13市\n");
	/* a part after 其中 named 地方 and the whole's own name is the local
	 * budget revenue; the whole, the revenue of every level collected in
	 * the place */
	expect_kind("news", "2014-01-20", "county",
		    "去年，来自全县的公共财政收入17.3亿元，增长5.9%，其中地方公共财政收入4.6亿元，"
		    "增长14.6%。",
		    "某市 fiscal_revenue level 17.3 亿元 exact 2013 - actual\n"
		    "某市 fiscal_revenue growth 5.9 % exact 2013 yoy actual\n"
		    "某市 budget_revenue level 4.6 亿元 exact 2013 - actual\n"
		    "某市 budget_revenue growth 14.6 % exact 2013 yoy actual\n");
	/* 分别高于上年同期、<year>全年 a、b个百分点 in a quarter's item: the
	 * second change is against the year named (a bare 全年 stays
	 * without one) */
	expect_kind("news", "2024-04-22", "district",
		    "一季度，全区地区生产总值增长5.1%，增速分别高于上年同期、2023年全年0.7、2.5个百分点。",
		    "某市 gdp growth 5.1 % exact 2024Q1 yoy actual\n"
		    "某市 gdp change_pp 0.7 百分点 exact 2024Q1 yoy actual\n"
		    "某市 gdp change_pp 2.5 百分点 exact 2024Q1 vs:2023 actual\n");
	/* a multiple (增长N倍) right after a span from one year's level to
	 * another's is over the span's years, no yearly rate: no record (a
	 * stated 同比 still dates it) */
	expect_kind("news", "2016-01-15", CITY,
		    "五年来，全市地区生产总值从2010年的37.5亿元增加到2015年的108.3亿元，增长2.8倍，"
		    "社会消费品零售总额从12.1亿元增加到30.4亿元，增长3.0倍。",
		    "某市 gdp level 37.5 亿元 exact 2010 - actual\n"
		    "某市 gdp level 108.3 亿元 exact 2015 - actual\n"
		    "某市 retail_sales level 12.1 亿元 exact 2010 - actual\n"
		    "某市 retail_sales level 30.4 亿元 exact 2015 - actual\n");
	/* 城市居民人均可支配收入 (an older name) is the urban residents' */
	expect_kind("news", "2014-02-25", CITY,
		    "今年经济社会发展的主要预期目标为：地区生产总值增长9%左右；"
		    "城市居民人均可支配收入增长9%，农村居民人均纯收入增长10%。",
		    "某市 gdp growth 9 % approx 2014 yoy target\n"
		    "某市 urban_income growth 9 % exact 2014 yoy target\n"
		    "某市 rural_income growth 10 % exact 2014 yoy target\n");
}

/* Round 26, evaluation texts: ranks whose scope holds a 中 of its own
 * (大中城市) or runs over the label ranked (全省…评价中排名…);
 * figures of the places the entity's own word counts. */
static void probe26_eval_rules(void)
{
	/* a 中 inside a place group's name is no 在…中 */
	expect("2024-03-01", CITY, "2023年，全市实现地区生产总值8600亿元，居全国大中城市第31位、全国地级市第12位。",
	       "某市 gdp level 8600 亿元 exact 2023 - actual 31@全国大中城市,12@全国地级市\n");
	/* a label right after the place word of a rank (在全省…评价中排名第五)
	 * is what the rank ranks, in that place */
	expect_kind("evaluation", "2024-03-01", "county",
		    "全县多项工作受到省里通报表扬，在2023年度全省营商环境评价中排名第五，另有4项单项指标居全省首位。",
		    "某市 business_environment level null - exact 2023 - actual 5@全省\n");
	expect("2024-03-01", CITY, "2023年，全市地区生产总值排名第4。",
	       "某市 gdp level null - exact 2023 - actual 4@全市\n");
	/* not the things a firm ranks among, nor an assessment of the label */
	expect("2024-03-01", "county", "2023年，某企业在全省规上工业企业中排名第二。", "");
	expect("2024-03-01", CITY, "2023年，全市210个重点项目完成投资830亿元，全省重点项目考核排名第6位。",
	       "某市 project_investment level 830 亿元 exact 2023 - actual 6@全省\n");
	/* the places under the entity that its own word counts (全省67个县（市）,
	 * 全市9个县市区) are not the entity */
	expect("2023-06-01", "province",
	       "2022年，全省67个县（市）地区生产总值合计1.9万亿元，增长4.8%。全省地区生产总值增长5.6%。",
	       "某市 gdp growth 5.6 % exact 2022 yoy actual\n");
	expect("2024-03-01", CITY,
	       "2023年，全市9个县市区一般公共预算收入合计96亿元。全市一般公共预算收入215亿元。",
	       "某市 budget_revenue level 215 亿元 exact 2023 - actual\n");
	/* in a province's report 全省 names its own place again after a
	 * paragraph that opened with one of its cities */
	expect("2023-06-01", "province", "2022年，开封市规上工业增加值增长7.2%。全省地区生产总值增长4.9%。",
	       "某市 gdp growth 4.9 % exact 2022 yoy actual\n");
	/* an evaluation's score that moved (较上年提高1.6分) is no stock added
	 * to; the rank after it is the score's */
	expect_kind("evaluation", "2024-05-01", "county",
		    "2023年度全省营商环境评价结果显示，我县综合得分87.4分，较上年提高1.6分，排名全省第6。",
		    "某市 business_environment level 87.4 分 exact 2023 - actual 6@全省\n");
	/* 我国 is the nation, as 全国 is */
	expect_kind("evaluation", "2024-08-01", "county",
		    "据报告测算，我国GDP过千亿元的县域已达61个，合计9.3万亿元，约占全国经济总量的7.4%。",
		    "");
	/* a score in points after 以 takes the frame's evaluation, and the rank
	 * after 的成绩 is the score's */
	expect_kind("evaluation", "2024-03-01", "district",
		    "在2023年度全省营商环境评价中，我区以91.2分的成绩位列全省城区组第7名。",
		    "某市 business_environment level 91.2 分 exact 2023 - actual 7@全省城区组\n");
	/* the frame's evaluation named again in the rank's own clause: one
	 * record, the clause's */
	expect_kind("evaluation", "2024-04-10", CITY,
		    "在2023年度全省营商环境评价中，我市营商环境排名全省第4。",
		    "某市 business_environment level null - exact 2023 - actual 4@全省\n");
	/* a threshold that places or firms pass, counted after 的 */
	expect("2024-08-01", "county", "百强县中，地区生产总值超过1500亿元的有18个，我县以1620亿元位列其中。",
	       "某市 gdp level 1620 亿元 exact - - actual\n");
	expect("2024-08-01", "county", "2023年，全县营业收入超亿元的企业有15家，全县一般公共预算收入12亿元。",
	       "某市 budget_revenue level 12 亿元 exact 2023 - actual\n");
}

static void probe26_gwr_rules(void)
{
	/* 存贷款余额 with one figure and no 均, 双双 or 分别 is the two together:
	 * neither the deposits nor the loans (a 、 after the figure joins no
	 * second figure) */
	expect_kind("gwr", "2023-02-10", CITY,
		    "一、2022年工作回顾\n全市存贷款余额增长11.2%、居全省第5位，"
		    "社会消费品零售总额增长6.1%。",
		    "某市 ~ growth 11.2 % exact 2022 yoy actual 5@全省\n"
		    "某市 retail_sales growth 6.1 % exact 2022 yoy actual\n");
	expect_kind("gwr", "2023-02-10", CITY,
		    "一、2022年工作回顾\n全市金融机构存贷款余额达到912.4亿元、655.3亿元。",
		    "某市 deposits level 912.4 亿元 exact 2022 - actual\n"
		    "某市 loans level 655.3 亿元 exact 2022 - actual\n");
	/* 新入库 (entered into the register this year) is an added count; a
	 * count's label followed by 应税收入 names the enterprises' taxable
	 * income, not their number */
	expect_kind("gwr", "2023-02-10", CITY,
		    "一、2022年工作回顾\n全市新入库科技型中小企业620家，规模以上工业企业应税收入增长12.4%。",
		    "某市 tech_smes added 620 家 exact 2022 - actual\n"
		    "某市 ~ growth 12.4 % exact 2022 yoy actual\n");
	/* 由去年同期的 (上年同期的) before the value a span starts from: the
	 * year before's value when the period is a whole year, else no
	 * figure of the period; the value reached stays */
	expect("2024-01-21", CITY,
	       "2023年，全市常住人口城镇化率由去年同期的55.2%提高到56.9%。",
	       "某市 urbanization_rate level 55.2 % exact 2022 - actual\n"
	       "某市 urbanization_rate level 56.9 % exact 2023 - actual\n");
	expect("2021-10-21", CITY,
	       "前三季度，全市研发投入强度由上年同期的2.1%提高到2.4%。",
	       "某市 rd_intensity level 2.4 % exact 2021M01-M09 - actual\n");
	/* 同比多增 (少增) after an added count: how much more was added than
	 * a year before, a change of the addition, no record of the stock */
	expect("2021-10-21", CITY,
	       "前三季度，全市新入库规上工业企业289户，同比多增68户；"
	       "新增高新技术企业57家，同比少增9家。",
	       "某市 above_scale_industrial_enterprises added 289 家 exact 2021M01-M09 - actual\n"
	       "某市 high_tech_enterprises added 57 家 exact 2021M01-M09 - actual\n");
	/* A和B、C分别…a、b、c with B、C of one tail (存、贷款余额): the first
	 * pair joined by 和 */
	expect_kind("gwr", "2023-02-10", CITY,
		    "一、2022年工作回顾\n全社会用电量和存、贷款余额分别增长5.1%、9.6%、10.3%。",
		    "某市 electricity_consumption growth 5.1 % exact 2022 yoy actual\n"
		    "某市 deposits growth 9.6 % exact 2022 yoy actual\n"
		    "某市 loans growth 10.3 % exact 2022 yoy actual\n");
	/* 存、贷款余额 before two amounts (no 分别 before them) names the
	 * deposits then the loans, as 存贷款余额 does; the 分别 of the rates
	 * after them pairs with the same two */
	expect_kind("gwr", "2023-01-12", CITY,
		    "一、2022年工作回顾\n全市金融机构年末存、贷款余额达96.4亿元、71.8亿元，分别增长12.6%、8.1%。",
		    "某市 deposits level 96.4 亿元 exact 2022 - actual\n"
		    "某市 loans level 71.8 亿元 exact 2022 - actual\n"
		    "某市 deposits growth 12.6 % exact 2022 yoy actual\n"
		    "某市 loans growth 8.1 % exact 2022 yoy actual\n");
	expect_kind("gwr", "2023-01-12", CITY,
		    "一、2022年工作回顾\n本外币存、贷款余额分别达到310亿元、205亿元。",
		    "某市 deposits level 310 亿元 exact 2022 - actual\n"
		    "某市 loans level 205 亿元 exact 2022 - actual\n");
	/* with one figure it is the two together, as 存贷款余额 is: no loans */
	expect_kind("gwr", "2023-01-12", CITY, "一、2022年工作回顾\n全市存、贷款余额增长9.1%，居全省第3位。",
		    "");
	/* amounts listed, then 分别 and their rates: an item whose own amount
	 * is in a unit its label's metric cannot take (出口N万辆 of a firm's
	 * vehicles, not exports in money) names no metric, nor gives its rate
	 * one; amounts in the metric's unit still pair */
	expect_kind("gwr", "2024-01-15", CITY,
		    "一、2023年工作回顾\n全市社会消费品零售总额1200亿元，增长5.2%。"
		    "龙头车企销量突破150万辆、出口60万辆，分别增长40%和90%。",
		    "某市 retail_sales level 1200 亿元 exact 2023 - actual\n"
		    "某市 retail_sales growth 5.2 % exact 2023 yoy actual\n");
	expect_kind("gwr", "2024-01-15", CITY,
		    "一、2023年工作回顾\n全市进口120亿元、出口260亿元，分别增长4%和9%。",
		    "某市 imports level 120 亿元 exact 2023 - actual\n"
		    "某市 exports level 260 亿元 exact 2023 - actual\n"
		    "某市 imports growth 4 % exact 2023 yoy actual\n"
		    "某市 exports growth 9 % exact 2023 yoy actual\n");
}

/* The twenty-sixth probe round's rules for plan reports. */
/* round 27, 湖北 plan-execution reports (prefectures, county-level cities, a
 * district) */
static void probe27_planh_rules(void)
{
	/* 截至三季度: a flow from January, as 截至9月底 is; the stock at the
	 * quarter's end month */
	expect_kind("plan", "2023-01-12", "district",
		    "一、2022年国民经济和社会发展计划执行情况\n"
		    "截至三季度，地区生产总值完成612.4亿元，增长3.1%；截至三季度末，金融机构存款余额830.2亿元。",
		    "某市 gdp level 612.4 亿元 exact 2022M01-M09 - actual\n"
		    "某市 gdp growth 3.1 % exact 2022M01-M09 yoy actual\n"
		    "某市 deposits level 830.2 亿元 exact 2022M09 - actual\n");
	/* a city's central districts as a rank's place group without a verb
	 * (增速中心城区第四), as 全市 is */
	expect_kind("plan", "2023-01-12", "district",
		    "一、2022年国民经济和社会发展计划执行情况\n"
		    "前三季度，地区生产总值完成612.4亿元、增长3.1%，总量排名中心城区第二、增速中心城区第四。",
		    "某市 gdp level 612.4 亿元 exact 2022M01-M09 - actual 2@中心城区\n"
		    "某市 gdp growth 3.1 % exact 2022M01-M09 yoy actual 4@中心城区\n");
	/* a sentence of no figure telling a course in time (前三季度…，11月
	 * 全市受到…冲击…): its periods date nothing after it; the review's
	 * year dates the year's figures that follow */
	expect_kind("plan", "2023-01-06", CITY,
		    "一、2022年国民经济和社会发展计划执行情况\n"
		    "（一）经济运行总体平稳。前三季度，主要指标增速稳步回升，11月全市受到疫情冲击，"
		    "部分指标增速回落。全市地区生产总值达到1800.5亿元；固定资产投资增长12.1%。",
		    "某市 gdp level 1800.5 亿元 exact 2022 - actual\n"
		    "某市 fai growth 12.1 % exact 2022 yoy actual\n");
	/* (自6月以来 inside such a sentence, the same) */
	expect_kind("plan", "2021-03-20", "county",
		    "一、2020年国民经济和社会发展计划执行情况\n"
		    "工业经济回升向好。全县工业生产自6月以来保持正增长。新增规上工业企业21家。",
		    "某市 above_scale_industrial_enterprises added 21 家 exact 2020 - actual\n");
	/* a period that opens its sentence of no figure still dates the
	 * sentences after it, and so does one with a figure of its sentence */
	expect_kind("news", "2022-12-20", "county",
		    "1-11月，全县经济运行总体平稳。规上工业增加值增长7.2%。",
		    "某市 industrial_va growth 7.2 % exact 2022M01-M11 yoy actual\n");
	/* 目标任务 right after a figure makes it the target; 预测 between a
	 * label and its growth is an estimate's word (as 预计), the label holds */
	expect_kind("summary", "2025-06-25", "county",
		    "围绕2025年地区生产总值增长6.5%目标任务，强化经济调度。"
		    "预计上半年全县地区生产总值增长6.8%。",
		    "某市 gdp growth 6.5 % exact 2025 yoy target\n"
		    "某市 gdp growth 6.8 % exact 2025H1 yoy estimate\n");
	expect_kind("summary", "2025-06-25", "county",
		    "1-4月，规上工业总产值上报数为81.2亿元，预测增长9.4%；"
		    "预测上半年规上工业总产值102亿元。",
		    "某市 industrial_output level 81.2 亿元 exact 2025M01-M04 - actual\n"
		    "某市 industrial_output growth 9.4 % exact 2025M01-M04 yoy estimate\n"
		    "某市 industrial_output level 102 亿元 exact 2025H1 - estimate\n");
	/* a sentence opened by the year to date that names its months from
	 * January (今年以来，…，一季度经济运行…) dates the figures after it:
	 * it says which months 今年以来 is, no aside */
	expect_kind("summary", "2024-04-26", "district",
		    "今年以来，全区上下稳中求进，一季度经济运行总体平稳。"
		    "实现地区生产总值212.6亿元，增长4.8%。\n"
		    "工业平稳增长。规上工业增加值增长6.1%。",
		    "某市 gdp level 212.6 亿元 exact 2024Q1 - actual\n"
		    "某市 gdp growth 4.8 % exact 2024Q1 yoy actual\n"
		    "某市 industrial_va growth 6.1 % exact 2024Q1 yoy actual\n");
	/* …but months that ended more than a quarter before the date's month
	 * are no such months (a December speech's 今年以来，…，上半年…由负转正。):
	 * a course in time, and the year to date comes back after it */
	expect_kind("speech", "2021-12-20", "district",
		    "今年以来，全区上下稳字当头，上半年主要指标由负转正。区委统筹推进，工作成效明显。"
		    "预计(下同)地区生产总值达到512.4亿元、增长6.3%。税收收入13.7亿元、增长2.9%。",
		    "某市 gdp level 512.4 亿元 exact 2021 - estimate\n"
		    "某市 gdp growth 6.3 % exact 2021 yoy estimate\n"
		    "某市 tax_revenue level 13.7 亿元 exact 2021 - estimate\n"
		    "某市 tax_revenue growth 2.9 % exact 2021 yoy estimate\n");
	expect_kind("speech", "2021-07-20", "district",
		    "今年以来，全区上下稳字当头，上半年主要指标由负转正。区委统筹推进，工作成效明显。"
		    "地区生产总值达到262.1亿元、增长8.3%。",
		    "某市 gdp level 262.1 亿元 exact 2021H1 - actual\n"
		    "某市 gdp growth 8.3 % exact 2021H1 yoy actual\n");
	/* a page's hard wrap right after a ratio's colon (比例调整为 6.4 :\n…)
	 * ends no paragraph: the period of the sentences before still dates
	 * the lines after it */
	expect_kind("speech", "2025-07-25", "county",
		    "一是增长更加稳固。上半年,\n全县实现地区生产总值 96.3 亿元,同比增长 5.4%,增速在全\n"
		    "市居于前列。三次产业结构继续优化,比例调整为 6.4 :\n"
		    "41.7:51.9,显示出韧性。规模以上工业增加\n值同比增长 6.6%。",
		    "某市 gdp level 96.3 亿元 exact 2025H1 - actual\n"
		    "某市 gdp growth 5.4 % exact 2025H1 yoy actual\n"
		    "某市 industrial_va growth 6.6 % exact 2025H1 yoy actual\n");
	expect_kind("speech", "2025-07-25", "county",
		    "上半年,全县实现地区生产总值 96.3 亿元。三次产业结构比例调整为6.4：\n"
		    "41.7：51.9。规模以上工业增加值同比增长 6.6%。",
		    "某市 gdp level 96.3 亿元 exact 2025H1 - actual\n"
		    "某市 industrial_va growth 6.6 % exact 2025H1 yoy actual\n");
	/* the same when that sentence ends its paragraph: the sections after
	 * it, which name no period, are those months */
	expect_kind("summary", "2022-08-10", "county",
		    "今年以来,全县上下攻坚克难,上半年全县经济运行稳中有升。\n"
		    "一、农业生产平稳。全县实现农林牧渔业总产值18.4亿元,增长3.2%。\n"
		    "二、工业回落。规模以上工业总产值52.7亿元,下降4.6%。",
		    "某市 agri_output level 18.4 亿元 exact 2022H1 - actual\n"
		    "某市 agri_output growth 3.2 % exact 2022H1 yoy actual\n"
		    "某市 industrial_output level 52.7 亿元 exact 2022H1 - actual\n"
		    "某市 industrial_output growth -4.6 % exact 2022H1 yoy actual\n");
	/* a work summary that opens a sentence on its period (上半年，…;
	 * 一季度，…; 三季度，… after a section's heading) dates its sections
	 * that name none, as a news item's first period does */
	expect_kind("summary", "2023-07-28", "county",
		    "上半年,全县经济稳中有进。全县实现地区生产总值42.6亿元,同比增长4.1%。\n"
		    "一是工业稳步回升。规模以上工业增加值累计增长7.3%。\n"
		    "二是投资持续发力。全县固定资产投资同比增长9.2%,增速高出全省3.4个百分点。",
		    "某市 gdp level 42.6 亿元 exact 2023H1 - actual\n"
		    "某市 gdp growth 4.1 % exact 2023H1 yoy actual\n"
		    "某市 industrial_va growth 7.3 % exact 2023H1 yoy actual\n"
		    "某市 fai growth 9.2 % exact 2023H1 yoy actual\n"
		    "某市 fai gap_pp 3.4 百分点 exact 2023H1 全省 actual\n");
	expect_kind("summary", "2024-05-10", "county",
		    "一季度,全县实现地区生产总值31.2亿元,增长5.1%。\n一、农业平稳\n"
		    "全县实现农林牧渔业总产值6.3亿元,增长2.2%。\n二、居民收入\n"
		    "全县农村常住居民人均可支配收入4120元,增长6.9%。",
		    "某市 gdp level 31.2 亿元 exact 2024Q1 - actual\n"
		    "某市 gdp growth 5.1 % exact 2024Q1 yoy actual\n"
		    "某市 agri_output level 6.3 亿元 exact 2024Q1 - actual\n"
		    "某市 agri_output growth 2.2 % exact 2024Q1 yoy actual\n"
		    "某市 rural_income level 4120 元 exact 2024Q1 - actual\n"
		    "某市 rural_income growth 6.9 % exact 2024Q1 yoy actual\n");
	expect_kind("summary", "2021-11-12", "county",
		    "今年以来,全县经济持续恢复。\n(一)总体运行回升。三季度,全县实现地区生产总值88.4亿元,"
		    "同比增长5.2%。\n(二)农业稳定。全县农林牧渔业增加值12.6亿元,同比增长3.1%。",
		    "某市 gdp level 88.4 亿元 exact 2021M01-M09 - actual\n"
		    "某市 gdp growth 5.2 % exact 2021M01-M09 yoy actual\n"
		    "某市 agri_va level 12.6 亿元 exact 2021M01-M09 - actual\n"
		    "某市 agri_va growth 3.1 % exact 2021M01-M09 yoy actual\n");
	/* a first period read inside a sentence is no occasion's, and no
	 * later one is then: a long summary's undated figure stays undated;
	 * a speech is not dated so either */
	expect_kind("summary", "2022-06-15", "prefecture",
		    "活动开展以来,全市上下真抓实干,去年规上工业增加值增长8.8%,1至5月,全市外贸平稳。\n"
		    "全市研发投入强度达到2.05%。",
		    "某市 industrial_va growth 8.8 % exact 2021 yoy actual\n"
		    "某市 rd_intensity level 2.05 % exact - - actual\n");
	expect_kind("speech", "2023-01-12", "district",
		    "2022年,是极不平凡的一年。\n聚焦民生,新增城镇就业1.2万人。",
		    "某市 urban_new_jobs level 1.2 万人 exact - - actual\n");
	/* names joined by 、 before a label 均 follows are firms, even when the
	 * first opens with the entity's own name (a firm named after its
	 * town), and a year word may end the last one */
	expect_entity_records(ex, line_of, "枝江市", "plan", "2023-01-10", "county",
			      "一、2022年计划执行情况\n外贸出口额完成2.1亿美元。"
			      "枝江远达纺织、华楚光电全年出口额均超2000万美元。",
			      "枝江市 exports level 2.1 亿美元 exact 2022 - actual\n");
}

static void probe26_plan_rules(void)
{
	/* 每万人口有效发明专利拥有量, the indicator's full statistical name
	 * (有效: patents in force), is the per-10k patents stock */
	expect_kind("plan", "2024-01-20", CITY,
		    "一、2023年计划执行情况\n全市每万人口有效发明专利拥有量达到18.6件。",
		    "某市 patents_per_10k level 18.6 件 exact 2023 - actual\n");
	/* a report on the first half of a year (its title: 2025年上半年…计划
	 * 执行情况): items that name no period are of those months, done */
	expect_kind("plan", "2025-09-20", "county",
		    "关于2025年上半年国民经济和社会发展计划执行情况的报告\n"
		    "今年工作的总体要求是：稳中求进\n"
		    "（一）主要指标完成情况\n"
		    "——地区生产总值31.2亿元，同比增长5.1%。\n"
		    "——社会消费品零售总额12.4亿元，增长4.3%。",
		    "某市 gdp level 31.2 亿元 exact 2025H1 - actual\n"
		    "某市 gdp growth 5.1 % exact 2025H1 yoy actual\n"
		    "某市 retail_sales level 12.4 亿元 exact 2025H1 - actual\n"
		    "某市 retail_sales growth 4.3 % exact 2025H1 yoy actual\n");
	/* 预计居民…: 居 of 居民 is no rank's verb (预计居全市第2位); the
	 * sentence's figures are estimates */
	expect_kind("plan", "2025-01-12", "district",
		    "关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
		    "预计居民人均可支配收入增长5.5%，预计排放强度下降2%。",
		    "某市 disposable_income growth 5.5 % exact 2024 yoy estimate\n"
		    "某市 ~ growth -2 % exact 2024 yoy estimate\n");
	/* 城乡居民人均可支配收入 with one amount in 元 (no 分别, no 均): the
	 * whole's; the growths of its sentence too */
	expect_kind("plan", "2024-12-20", "county",
		    "关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
		    "1-10月城乡居民人均可支配收入28815元，同比增长5.8%。",
		    "某市 disposable_income level 28815 元 exact 2024M01-M10 - actual\n"
		    "某市 disposable_income growth 5.8 % exact 2024M01-M10 yoy actual\n");
	/* a year's plan, then what its first months did (，1-8月完成…): the
	 * months' figures are done, the year's estimate an estimate */
	expect_kind("plan", "2024-12-20", "county",
		    "关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
		    "——全年计划实现社会消费品零售总额88亿元以上，1-8月完成57.2亿元，同比增长6.1%，"
		    "全年预计完成86亿元。",
		    "某市 retail_sales level 88 亿元 at_least 2024 - target\n"
		    "某市 retail_sales level 57.2 亿元 exact 2024M01-M08 - actual\n"
		    "某市 retail_sales growth 6.1 % exact 2024M01-M08 yoy actual\n"
		    "某市 retail_sales level 86 亿元 exact 2024 - estimate\n");
	/* 年计划 names the year's plan, a target (年计划规上工业增加值增长8%以上);
	 * 完成年计划的N% and 占年计划的N% are progress, setting none */
	expect_kind("plan", "2024-12-20", "county",
		    "关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
		    "——年计划规上工业增加值增长8%以上，1-10月增长7.2%。\n"
		    "——年计划居民收入增长快于经济增长，1-9月居民人均可支配收入24310元，全年预计达到31800元。\n"
		    "——固定资产投资完成62亿元，占年计划的90%，同比增长5.5%。",
		    "某市 industrial_va growth 8 % at_least 2024 yoy target\n"
		    "某市 industrial_va growth 7.2 % exact 2024M01-M10 yoy actual\n"
		    "某市 disposable_income level 24310 元 exact 2024M01-M09 - actual\n"
		    "某市 disposable_income level 31800 元 exact 2024 - estimate\n"
		    "某市 fai level 62 亿元 exact 2024 - actual\n"
		    "某市 fai growth 5.5 % exact 2024 yoy actual\n");
	/* 省外到位资金 (招商引资国内省外到位资金): funds from outside the province */
	expect("2024-02-01", "county", "2023年，全县招商引资国内省外到位资金41.6亿元，增长12%。",
	       "某市 external_funds level 41.6 亿元 exact 2023 - actual\n"
	       "某市 external_funds growth 12 % exact 2023 yoy actual\n");
	/* 省外实际到位资金: the same funds, 实际 after 省外 */
	expect("2023-01-05", "district", "2022年，省外实际到位资金56.8亿元、增长9.2%。",
	       "某市 external_funds level 56.8 亿元 exact 2022 - actual\n"
	       "某市 external_funds growth 9.2 % exact 2022 yoy actual\n");
	/* 省外到位内资: the same funds, named as domestic capital */
	expect("2024-01-20", "prefecture", "去年，全市省外到位内资320.5亿元，同比增长7.3%。",
	       "某市 external_funds level 320.5 亿元 exact 2023 - actual\n"
	       "某市 external_funds growth 7.3 % exact 2023 yoy actual\n");
}

static void probe27_planj_rules(void)
{
	/* 增速较去年同期增长N%, 增幅比上年回落N%: the rate compared with a time
	 * before, its move written in %: a change of the rate in points, no
	 * second growth of the metric; a place after 比 is not read so, and
	 * 较疫情前 (no time of the list) stays a growth of no metric */
	expect_kind("plan", "2023-11-10", "county",
		    "2023年是关键之年。\n前三季度，全县地区生产总值达210.5亿元，同比增长7.2%，"
		    "增速较去年同期增长4.1%，较疫情前同比增长1.5%；一般公共预算收入达9.8亿元，"
		    "同比增长6.3%，增速比上年同期加快2%。全县居民人均可支配收入增长6%，"
		    "增幅比上年回落0.8%。",
		    "某市 gdp level 210.5 亿元 exact 2023M01-M09 - actual\n"
		    "某市 gdp growth 7.2 % exact 2023M01-M09 yoy actual\n"
		    "某市 gdp change_pp 4.1 百分点 exact 2023M01-M09 yoy actual\n"
		    "某市 ~ growth 1.5 % exact 2023M01-M09 yoy actual\n"
		    "某市 budget_revenue level 9.8 亿元 exact 2023M01-M09 - actual\n"
		    "某市 budget_revenue growth 6.3 % exact 2023M01-M09 yoy actual\n"
		    "某市 budget_revenue change_pp 2 百分点 exact 2023M01-M09 yoy actual\n"
		    "某市 disposable_income growth 6 % exact 2023M01-M09 yoy actual\n"
		    "某市 disposable_income change_pp -0.8 百分点 exact 2023M01-M09 yoy actual\n");
	/* a half-year report's title with the place's name between the year
	 * and 计划执行情况 (more than twenty characters after the year): the
	 * year carried out, its figures done, not a plan of that year */
	expect_kind("plan", "2024-07-05", "district",
		    "2024年上半年青山区国民经济和社会发展计划执行情况报告\n"
		    "（一）主要经济指标。上半年，全区地区生产总值完成120.5亿元，同比增长5.2%。",
		    "某市 gdp level 120.5 亿元 exact 2024H1 - actual\n"
		    "某市 gdp growth 5.2 % exact 2024H1 yoy actual\n");
	/* 居民可支配收入 (no 人均) is the per-capita income; 服务贸易进出口额 is
	 * services trade, no goods trade of 进出口额 */
	expect_kind("plan", "2024-07-05", "district",
		    "关于2024年上半年国民经济和社会发展计划执行情况的报告\n"
		    "上半年，居民可支配收入同比增长4.4%。外贸进出口额完成30.2亿元，同比增长8.8%；"
		    "服务贸易进出口额预计完成2.6亿美元。",
		    "某市 disposable_income growth 4.4 % exact 2024H1 yoy actual\n"
		    "某市 import_export level 30.2 亿元 exact 2024H1 - actual\n"
		    "某市 import_export growth 8.8 % exact 2024H1 yoy actual\n");
}

/* The thirtieth probe round's rules from target lists of districts and
 * cities. */
static void probe30_tlist_rules(void)
{
	/* 万元GDP建设用地, 单位GDP水耗, 电耗: land, water and power per unit of
	 * output, no fall of the GDP named inside them */
	expect_kind("news", "2023-02-10", "district",
		    "2022年，全区万元GDP建设用地、水耗、电耗分别下降2.3%、8.1%和4.7%。",
		    "");
	expect_kind("news", "2023-02-10", "district",
		    "2022年，单位地区生产总值用水量下降3.2%，地区生产总值增长5.1%。",
		    "某市 ~ growth -3.2 % exact 2022 yoy actual\n"
		    "某市 gdp growth 5.1 % exact 2022 yoy actual\n");
	/* a PDF's text layer spaces a year from its 年 (2023 年) */
	expect_kind("news", "2023-12-31", "district",
		    "第二部分是 2024 年主要预期目标安排, 地区生产总值( GDP ) 增长 6.5% 左右。",
		    "某市 gdp growth 6.5 % approx 2024 yoy target\n");
	/* a news item's target list as items numbered with digits, or one
	 * item a line after a colon, is of the year the meeting plans up to
	 * its last item */
	expect_kind("news", "2023-12-20", "district",
		    "2024年，全区主要预期目标是：\n1.地区生产总值增长6%左右；\n"
		    "2.固定资产投资增长9%以上。\n全区社会消费品零售总额增长7.3%。",
		    "某市 gdp growth 6 % approx 2024 yoy target\n"
		    "某市 fai growth 9 % at_least 2024 yoy target\n"
		    "某市 retail_sales growth 7.3 % exact - yoy actual\n");
	expect_kind("news", "2024-01-16", "county",
		    "今年全县经济社会发展的主要预期目标是：\n地区生产总值增长5.5%左右；\n"
		    "一般公共预算收入增长4%。",
		    "某市 gdp growth 5.5 % approx 2024 yoy target\n"
		    "某市 budget_revenue growth 4 % exact 2024 yoy target\n");
	/* a lead of no figure: the paragraph after it holds the list */
	expect_kind("news", "2023-12-20", "district",
		    "2024年，全区经济社会发展主要预期目标是：坚持稳中求进，争先进位。\n"
		    "力争规上工业增加值增长8%以上、财政总收入达到15亿元。\n"
		    "2023年，全区地区生产总值增长5.2%。",
		    "某市 industrial_va growth 8 % at_least 2024 yoy target\n"
		    "某市 fiscal_revenue level 15 亿元 exact 2024 - target\n"
		    "某市 gdp growth 5.2 % exact 2023 yoy actual\n");
}

/* The twenty-eighth probe round's rules: speeches, work summaries and
 * newspaper items, several of them of a development zone. */
static void probe28_speech_rules(void)
{
	/* in a zone's own report its generic name (高新区, 园区, 高新区园区)
	 * is the zone itself: no park of it, no zone of its city */
	expect_kind("summary", "2024-10-25", "zone",
		    "前三季度，高新区园区完成规上工业总产值215.4亿元；园区规上工业增加值同比增长3.2%。"
		    "9月末，高新区市场主体总数2.4万户。",
		    "某市 industrial_output level 215.4 亿元 exact 2024M01-M09 - actual\n"
		    "某市 industrial_va growth 3.2 % exact 2024M01-M09 yoy actual\n"
		    "某市 market_entities level 2.4 万户 exact 2024M09 - actual\n");
	expect_kind("newspaper", "2023-12-28", "zone",
		    "预计今年园区生产总值增长5.2%，规上工业增加值增长6%。",
		    "某市 gdp growth 5.2 % exact 2023 yoy estimate\n"
		    "某市 industrial_va growth 6 % exact 2023 yoy estimate\n");
	/* a park named in the zone (化工园区) is still a park of it (and of
	 * the rest of its paragraph, as a park is in any report); in a
	 * county's or district's report a clause that opens with 园区 is the
	 * park's, and so is the rest of its sentence */
	expect_kind("summary", "2024-10-25", "zone",
		    "前三季度，化工园区完成规上工业总产值80亿元。\n前三季度，全区固定资产投资增长4%。",
		    "某市 fai growth 4 % exact 2024M01-M09 yoy actual\n");
	expect_kind("news", "2024-10-25", "county",
		    "前三季度，园区规模以上工业增加值增长8%，全县规模以上工业增加值增长6%。",
		    "某市 industrial_va growth 6 % exact 2024M01-M09 yoy actual\n");
	expect_kind("speech", "2023-11-15", "district",
		    "二是园区提质增效。今年以来，园区固定资产投资增长21.4%，完成规上工业产值89亿元，"
		    "入库税收增长18.2%。全区固定资产投资增长9.7%。",
		    "某市 fai growth 9.7 % exact 2023M01-M11 yoy actual\n");
	/* a news item's paragraph that opens looking ahead (展望未来) with
	 * figures: the targets of the year the meeting plans; one with no
	 * figure opens nothing */
	expect_kind("newspaper", "2025-01-20", CITY,
		    "2024年，全市地区生产总值增长5.8%。\n"
		    "展望未来，市政府确定：地区生产总值增长6%左右，一般公共预算收入增长5%。",
		    "某市 gdp growth 5.8 % exact 2024 yoy actual\n"
		    "某市 gdp growth 6 % approx 2025 yoy target\n"
		    "某市 budget_revenue growth 5 % exact 2025 yoy target\n");
	expect_kind("newspaper", "2025-01-20", CITY,
		    "展望未来，全市上下信心更足。\n2024年，全市地区生产总值增长5.8%。",
		    "某市 gdp growth 5.8 % exact 2024 yoy actual\n");
	/* 战新产业 is the short name of the strategic emerging industries */
	expect_kind("news", "2024-01-20", CITY,
		    "2023年，全市战新产业产值增长12.1%，战新产业增加值增长9.3%。",
		    "某市 strategic_emerging_output growth 12.1 % exact 2023 yoy actual\n"
		    "某市 strategic_emerging_va growth 9.3 % exact 2023 yoy actual\n");
}

static void probe30_bulletin_rules(void)
{
	/* a label split by its verb with 工业 said again before the noun:
	 * 规上工业 + 工业总产值 is the output (never 规上工业's value added in
	 * 亿元), the firms' 工业增加值 the value added above designated size
	 * (never all industry's), and the firms' 工业总产值 their output
	 * (a count of firms before money named nothing before) */
	expect_kind("news", "2024-09-20", "county",
		    "1-8月，全县规上工业完成工业总产值61.7亿元，同比增长4.2%。"
		    "全县规模以上工业企业完成工业增加值18.3亿元，同比增长5.6%。"
		    "全县41户规模以上工业企业实现工业总产值60.2亿元，增长3.9%。",
		    "某市 industrial_output level 61.7 亿元 exact 2024M01-M08 - actual\n"
		    "某市 industrial_output growth 4.2 % exact 2024M01-M08 yoy actual\n"
		    "某市 industrial_va level 18.3 亿元 exact 2024M01-M08 - actual\n"
		    "某市 industrial_va growth 5.6 % exact 2024M01-M08 yoy actual\n"
		    "某市 above_scale_industrial_enterprises level 41 家 exact 2024M08 - actual\n"
		    "某市 industrial_output level 60.2 亿元 exact 2024M01-M08 - actual\n"
		    "某市 industrial_output growth 3.9 % exact 2024M01-M08 yoy actual\n");
	/* …while a whole's own label after the verb stays the whole's, and a
	 * count of firms before an amount of theirs the catalog lacks names
	 * nothing */
	expect_kind("news", "2024-09-20", "county",
		    "1-8月，全县规模以上工业累计完成工业增加值17.9亿元。"
		    "全县规模以上工业企业资产总计212.5亿元。",
		    "某市 industrial_va level 17.9 亿元 exact 2024M01-M08 - actual\n");
	/* 规上企业 with 产值 are the industrial firms above designated size,
	 * also after a count of them; another scope's firms (县属) are a
	 * part */
	expect_kind("news", "2024-09-20", "county",
		    "1-8月，全县规上企业完成产值73.5亿元，同比增长12%，县属规上企业完成产值40.2亿元。"
		    "全县46户规上企业完成工业总产值71.8亿元。",
		    "某市 industrial_output level 73.5 亿元 exact 2024M01-M08 - actual\n"
		    "某市 industrial_output growth 12 % exact 2024M01-M08 yoy actual\n"
		    "某市 industrial_output level 71.8 亿元 exact 2024M01-M08 - actual\n");
	/* a banner's own word is 全旗 (also before its firms' count); 全区
	 * in its report is the autonomous region, 全县 another county, and in
	 * a city's report 全旗 is one of its banners */
	expect_entity_records(ex, line_of, "某旗", "news", "2024-09-20", "county",
			      "1-8月份，全旗38户规上企业完成工业总产值66.4亿元，同比下降2.1%。"
			      "全区规模以上工业增加值增长6.8%。全县规模以上工业增加值增长5.2%。"
			      "我旗固定资产投资增长31.5%。",
			      "某旗 industrial_output level 66.4 亿元 exact 2024M01-M08 - actual\n"
			      "某旗 industrial_output growth -2.1 % exact 2024M01-M08 yoy actual\n"
			      "某旗 fai growth 31.5 % exact 2024M01-M08 yoy actual\n");
	expect_kind("news", "2024-09-20", CITY,
		    "1-8月，全旗规模以上工业增加值增长4.4%。全市规模以上工业增加值增长6.1%。",
		    "某市 industrial_va growth 6.1 % exact 2024M01-M08 yoy actual\n");
	/* a league's own word is 全盟 (我盟): 全盟县域 are its banners and
	 * counties as a group, and in a banner's report 全盟 is the league
	 * above it */
	expect_entity_records(ex, line_of, "某盟", "news", "2021-03-25", CITY,
			      "1-2月，全盟县域实现社会消费品零售总额18.4亿元，增长21.3%。"
			      "我盟实现社会消费品零售总额35.6亿元，增长19.8%。",
			      "某盟 retail_sales level 35.6 亿元 exact 2021M01-M02 - actual\n"
			      "某盟 retail_sales growth 19.8 % exact 2021M01-M02 yoy actual\n");
	expect_entity_records(ex, line_of, "某旗", "news", "2021-03-25", "county",
			      "1-2月份，全盟规模以上工业增加值增长9.2%。全旗规模以上工业增加值增长12.6%。",
			      "某旗 industrial_va growth 12.6 % exact 2021M01-M02 yoy actual\n");
	/* a place named right after the last 的 of a clause with a figure or
	 * a rank (去年总量过2000亿元的宜宾，…; 位居第二的绵阳，…) is whom the
	 * clause describes, and so the rest of its sentence */
	expect_entity_records(ex, line_of, "四川省", "news", "2025-04-26", "province",
			      "今年一季度，全省生产总值达到14210.5亿元，同比增长5.3%。"
			      "位居第二的绵阳，今年一季度生产总值达到936.2亿元，同比增长6.4%。"
			      "去年总量过2000亿元的宜宾，今年一季度生产总值增长6.1%。",
			      "四川省 gdp level 14210.5 亿元 exact 2025Q1 - actual\n"
			      "四川省 gdp growth 5.3 % exact 2025Q1 yoy actual\n");
	expect_entity_records(ex, line_of, "绵阳市", "news", "2025-04-26", CITY,
			      "总量居全省首位的成都市，今年一季度生产总值增长6.2%；"
			      "我市今年一季度生产总值增长6.4%。",
			      "绵阳市 gdp growth 6.4 % exact 2025Q1 yoy actual\n");
	/* (a place after 的 in a clause of no figure: 建设宜居宜业的新城，…) */
	expect("2024-01-20", "county", "2023年，建设产城融合的新城，全县地区生产总值增长6.5%。",
	       "某市 gdp growth 6.5 % exact 2023 yoy actual\n");
	/* a heading line of no figure joined to the paragraph under it names
	 * nobody: the place opening the paragraph is the clause's subject */
	expect("2023-03-25", CITY,
	       "全市经济平稳。\n\n从结果看\n\n发展势头强劲\n\n大冶市规模以上工业增加值增长12.5%。"
	       "2022年，全市规模以上工业增加值增长8.1%。",
	       "某市 industrial_va growth 8.1 % exact 2022 yoy actual\n");
	/* 水稻 is the rice crop (稻谷 its grain); the firms' power use is
	 * industry's */
	expect("2024-03-10", "county",
	       "2023年，全县水稻产量21.4万吨，增产1.3%。全县规模以上工业企业用电量6.2亿千瓦时，增长4.8%。",
	       "某市 rice_output level 21.4 万吨 exact 2023 - actual\n"
	       "某市 rice_output growth 1.3 % exact 2023 yoy actual\n"
	       "某市 industrial_electricity level 6.2 亿千瓦时 exact 2023 - actual\n"
	       "某市 industrial_electricity growth 4.8 % exact 2023 yoy actual\n");
}

static void audit30_rules(void)
{
	/* industries whose own words name the investment before their first
	 * figure (三次产业分别完成投资…) are its parts, no value added; the
	 * industries' value added stays theirs */
	expect_kind("news", "2023-07-20", CITY,
		    "上半年，全市固定资产投资完成88.6亿元，同比增长9.5%。三次产业分别完成投资3.1亿元、"
		    "40.2亿元、45.3亿元，同比分别增长6.2%、11.4%和8.8%。",
		    "某市 fai level 88.6 亿元 exact 2023H1 - actual\n"
		    "某市 fai growth 9.5 % exact 2023H1 yoy actual\n");
	expect_kind("news", "2023-07-20", CITY,
		    "上半年，全市三次产业分别完成增加值3.1亿元、40.2亿元、45.3亿元。",
		    "某市 primary_industry_va level 3.1 亿元 exact 2023H1 - actual\n"
		    "某市 secondary_industry_va level 40.2 亿元 exact 2023H1 - actual\n"
		    "某市 tertiary_industry_va level 45.3 亿元 exact 2023H1 - actual\n");
	/* a chart's caption whose 图 the page lost (1  2017-2023年…) dates
	 * nothing below it; 在全市生产总值中 frames the shares after it */
	expect_kind("bulletin", "2023-12-31", CITY,
		    "初步核算，全年地区生产总值412.35亿元，比上年增长4.2%。\n\n"
		    "1  2017-2023年全市生产总值及其增长速度\n\n"
		    "在全市生产总值中，第一、二、三产业增加值所占比重分别为7.5%、41.2%、51.3%。",
		    "某市 gdp level 412.35 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 4.2 % exact 2023 yoy actual\n"
		    "某市 primary_industry_va share 7.5 % exact 2023 gdp actual\n"
		    "某市 secondary_industry_va share 41.2 % exact 2023 gdp actual\n"
		    "某市 tertiary_industry_va share 51.3 % exact 2023 gdp actual\n");
	/* 同比增速居… after a gap ranks the growth before the gap */
	expect_kind("news", "2022-04-25", "province",
		    "一季度全省地区生产总值为1876.2亿元，同比增长4.7%，高于全国0.9个百分点，"
		    "同比增速居全国第13位。",
		    "某市 gdp level 1876.2 亿元 exact 2022Q1 - actual\n"
		    "某市 gdp growth 4.7 % exact 2022Q1 yoy actual 13@全国\n"
		    "某市 gdp gap_pp 0.9 百分点 exact 2022Q1 全国 actual\n");
	/* 高于年度预期目标 is a gap to the target: it sets no target on what
	 * comes after it in the sentence */
	expect_kind("news", "2023-04-25", CITY,
		    "一季度，全市地区生产总值增长7.6%，高于年度预期目标1.1个百分点，固定资产投资增长"
		    "12.5%。",
		    "某市 gdp growth 7.6 % exact 2023Q1 yoy actual\n"
		    "某市 fai growth 12.5 % exact 2023Q1 yoy actual\n");
	expect_kind("news", "2023-04-25", CITY,
		    "一季度，全市地区生产总值增速居全省第二，高于年度预期目标1.1个百分点，"
		    "固定资产投资增速居全省第四。",
		    "某市 gdp growth null - exact 2023Q1 yoy actual 2@全省\n"
		    "某市 fai growth null - exact 2023Q1 yoy actual 4@全省\n");
	/* three groups of residents before one tail: each its own metric */
	expect_kind("plan", "2026-01-20", "province",
		    "全体居民、城镇居民、农村居民人均可支配收入增速均居全国第4位。",
		    "某市 disposable_income growth null - exact 2025 yoy actual 4@全国\n"
		    "某市 urban_income growth null - exact 2025 yoy actual 4@全国\n"
		    "某市 rural_income growth null - exact 2025 yoy actual 4@全国\n");
	expect_kind("plan", "2026-01-20", "province",
		    "全体居民、城镇居民、农村居民人均可支配收入分别增长5.2%、4.6%、6.1%。",
		    "某市 disposable_income growth 5.2 % exact 2025 yoy actual\n"
		    "某市 urban_income growth 4.6 % exact 2025 yoy actual\n"
		    "某市 rural_income growth 6.1 % exact 2025 yoy actual\n");
	/* four names ranked by a list of four positions: one each, none
	 * read again as a rank of the last */
	expect_kind("plan", "2026-01-20", "province",
		    "地区生产总值、规模以上工业增加值、固定资产投资、进出口总值增速分别居全国第5位、"
		    "第2位、第5位、第9位。",
		    "某市 gdp growth null - exact 2025 yoy actual 5@全国\n"
		    "某市 industrial_va growth null - exact 2025 yoy actual 2@全国\n"
		    "某市 fai growth null - exact 2025 yoy actual 5@全国\n"
		    "某市 import_export growth null - exact 2025 yoy actual 9@全国\n");
	/* 五年完成 before a flow's amount in a review: the sum of the five
	 * years, not the last year's */
	expect_kind("gwr", "2021-02-20", CITY,
		    "2020年，我市生产总值达到246.2亿元，五年完成全社会固定资产投资621.3亿元。",
		    "某市 gdp level 246.2 亿元 exact 2020 - actual\n"
		    "某市 fai level 621.3 亿元 exact 2016..2020 - actual\n");
	/* (an autonomous region's bulletin calls itself 全区) */
	expect_kind("bulletin", "2023-12-31", "province",
		    "在全区生产总值中，第三产业增加值所占比重为52.6%。",
		    "某市 tertiary_industry_va share 52.6 % exact 2023 gdp actual\n");
}

/* The thirty-second probe round's rules: work summaries, speeches and
 * newspaper items. */
static void probe32_summary_rules(void)
{
	/* in a zone's own report, 开发区 alone is the zone, also opening a
	 * clause of no figure before its sentence's figures (not a park
	 * framing them) */
	expect_entity_records(ex, line_of, "青石经济技术开发区", "newspaper", "2025-08-01", "zone",
			      "回顾上半年，开发区紧扣发展主线，交出了成绩单：地区生产总值同比增长5.6%，"
			      "全市第3；规上工业增加值42.3亿元。",
			      "青石经济技术开发区 gdp growth 5.6 % exact 2025H1 yoy actual 3@全市\n"
			      "青石经济技术开发区 industrial_va level 42.3 亿元 exact 2025H1 - actual\n");
	/* its short name, its city's name and a word of its kind (青石经开区
	 * for 青石经济开发区), is the zone too; another zone's name is not */
	expect_entity_records(ex, line_of, "青石经济开发区", "newspaper", "2024-12-26", "zone",
			      "会上，青石经开区党工委书记作报告，2024年，青石经开区预计完成地区生产总值"
			      "310亿元，一般公共预算收入12.4亿元。",
			      "青石经济开发区 gdp level 310 亿元 exact 2024 - estimate\n"
			      "青石经济开发区 budget_revenue level 12.4 亿元 exact 2024 - estimate\n");
	/* (also when the city's short name is a division's: the zone, not
	 * the city) */
	expect_entity_records(ex, line_of, "湖州经济开发区", "speech", "2024-12-26", "zone",
			      "2024年，湖州经开区完成地区生产总值420亿元，湖州全市地区生产总值增长5%。",
			      "湖州经济开发区 gdp level 420 亿元 exact 2024 - actual\n");
	expect_entity_records(ex, line_of, "青石经济开发区", "newspaper", "2024-12-26", "zone",
			      "2024年，青石高新区完成地区生产总值150亿元。全区固定资产投资增长6%。",
			      "青石经济开发区青石高新区 gdp level 150 亿元 exact 2024 - actual\n"
			      "青石经济开发区 fai growth 6 % exact 2024 yoy actual\n");
	/* 实际到账外资, the words of 外资实际到账 in the other order */
	expect_kind("newspaper", "2024-12-26", CITY, "2024年，全市实际到账外资3200万美元。",
		    "某市 foreign_investment level 0.32 亿美元 exact 2024 - actual\n");
	/* in a county's report 开发区 stays a park framing its sentence */
	expect_kind("newspaper", "2024-12-26", "county",
		    "2024年，开发区紧扣发展主线，规上工业增加值增长8%。全县固定资产投资增长6%。",
		    "某市 fai growth 6 % exact 2024 yoy actual\n");
}

static void probe32_county_rules(void)
{
	/* a page that writes the Latin letters of a label in lower case
	 * (gdp, 人均gdp, 占gdp比重) names the same metric */
	expect_kind("gwr", "2024-01-12", "county",
		    "一、2023年工作回顾\n2023年，全县完成gdp86.4亿元，增长5.7%；人均gdp达到41200元；"
		    "制造业增加值占gdp比重达26%。",
		    "某市 gdp level 86.4 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 5.7 % exact 2023 yoy actual\n"
		    "某市 gdp_per_capita level 41200 元 exact 2023 - actual\n"
		    "某市 manufacturing_va share 26 % exact 2023 gdp actual\n");
	/* a bracket after a revenue that says what it holds (含…收入) is no
	 * place joined to the entity */
	expect_kind("gwr", "2024-01-12", "county",
		    "一、2023年工作回顾\n2023年，地方一般公共预算收入6.2亿元（含处置资产一次性收入），增长21.5%。",
		    "某市 budget_revenue level 6.2 亿元 exact 2023 - actual\n"
		    "某市 budget_revenue growth 21.5 % exact 2023 yoy actual\n");
	/* a second 分别 after amounts of their own (羊存栏c、羊出栏d) is
	 * theirs, not the first list's again; 牛存栏 (no metric) and 牛出栏
	 * take the last list's rates in order */
	expect_kind("bulletin", "2021-12-31", "county",
		    "二、农业\n猪存栏4200头、猪出栏6100头，分别增长2.3%和5.4%；羊存栏800只、羊出栏650只，"
		    "分别增长7.1%和8.2%；牛存栏520头，牛出栏240头，分别增长3.3%和-4.0%。",
		    "某市 hog_inventory level 0.42 万头 exact 2021 - actual\n"
		    "某市 hogs_slaughtered level 0.61 万头 exact 2021 - actual\n"
		    "某市 hog_inventory growth 2.3 % exact 2021 yoy actual\n"
		    "某市 hogs_slaughtered growth 5.4 % exact 2021 yoy actual\n"
		    "某市 cattle_slaughtered level 0.024 万头 exact 2021 - actual\n"
		    "某市 cattle_slaughtered growth -4 % exact 2021 yoy actual\n");
	/* a bare 出栏 after the year its clause opens with (全年, 年内) is still
	 * the stock's animal; 自增率 is the natural growth rate */
	expect_kind("bulletin", "2021-12-31", "county",
		    "二、农业\n年末生猪存栏3.4万头，全年出栏5.2万头。年末常住人口9.8万人，人口自增率2.05‰。",
		    "某市 hog_inventory level 3.4 万头 exact 2021 - actual\n"
		    "某市 hogs_slaughtered level 5.2 万头 exact 2021 - actual\n"
		    "某市 population level 9.8 万人 exact 2021 - actual\n"
		    "某市 natural_growth_rate level 2.05 ‰ exact 2021 - actual\n");
	/* a crop the output counts in (含薯类, 含大豆) is no place either */
	expect_kind("bulletin", "2021-12-31", "county",
		    "二、农业\n全年粮食总产量4.8万吨（含薯类），比上年增长1.2%。",
		    "某市 grain_output level 4.8 万吨 exact 2021 - actual\n"
		    "某市 grain_output growth 1.2 % exact 2021 yoy actual\n");
	/* a five-year review (过去五年) that names no year: a level it rose
	 * from (从…增长到…) is of the year before the five, the level reached
	 * of the last; a review that says its first year (2017年以来) or
	 * spans other years keeps the start undated, so unkeyed */
	expect_kind("gwr", "2021-12-28", "county",
		    "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2021年和本届政府工作回顾\n"
		    "过去五年，是全县砥砺前行的五年。\n"
		    "这是实力跃升的五年。地区生产总值从88.5亿元增长到210亿元，人均地区生产总值从21000元提高至50500元。",
		    "某市 gdp level 88.5 亿元 exact 2016 - actual\n"
		    "某市 gdp level 210 亿元 exact 2021 - actual\n"
		    "某市 gdp_per_capita level 21000 元 exact 2016 - actual\n"
		    "某市 gdp_per_capita level 50500 元 exact 2021 - actual\n");
	expect_kind("gwr", "2022-01-10", "county",
		    "一、七届政府工作回顾\n2017年以来，全县上下砥砺前行。\n地区生产总值从88.5亿元增长到210亿元。",
		    "某市 gdp level 210 亿元 exact 2021 - actual\n");
	/* 新增 opens a list whose later item names its level of government
	 * (…家、省级专精特新…企业9家): that item is added too */
	expect_kind("gwr", "2023-02-12", "county",
		    "一、2022年工作回顾\n全年新增规上工业企业24家、省市专精特新“小巨人”企业6家。",
		    "某市 above_scale_industrial_enterprises added 24 家 exact 2022 - actual\n"
		    "某市 specialized_smes added 6 家 exact 2022 - actual\n");
}

static void probe31_audit_rules(void)
{
	/* a news item quoting a target list (kind targets): a paragraph that
	 * opens with the speaker's lead-in and the year under review
	 * (王某在报告中说，2018年…。) reviews that year, up to the list */
	expect_kind("targets", "2019-02-20", "district",
		    "某区人代会开幕\n\n2月19日，某区人代会开幕。\n区长王某在报告中说，2018年全区发展稳中有进。地区生产总值达到120.5亿元、"
		    "增长7.2%。\n\n王某在报告中提出了2019年主要预期目标：地区生产总值增长7%。",
		    "某市 gdp level 120.5 亿元 exact 2018 - actual\n"
		    "某市 gdp growth 7.2 % exact 2018 yoy actual\n"
		    "某市 gdp growth 7 % exact 2019 yoy target\n");
	expect_kind("gwr", "2019-02-20", "county",
		    "二、2019年工作安排\n李某表示，2018年全县财政总收入达到8.8亿元。",
		    "某市 fiscal_revenue level 8.8 亿元 exact 2018 - actual\n");
	/* a newspaper's box of headline figures above the item, headed
	 * 回顾<the reviewed year> and 展望<the year ahead>: the review's
	 * figures and the targets, though no line of it ends a sentence */
	expect_kind("targets", "2024-02-21", "prefecture",
		    "回顾2023年\n地区生产总值增长5.3%，规模以上工业增加值增长6.8%\n展望2024年\n"
		    "地区生产总值增长6%左右\n本报讯 2月20日，某市人代会开幕。",
		    "某市 gdp growth 5.3 % exact 2023 yoy actual\n"
		    "某市 industrial_va growth 6.8 % exact 2023 yoy actual\n"
		    "某市 gdp growth 6 % approx 2024 yoy target\n");
	/* a level reached (分别达到) in a review of several years is its
	 * last year's also when an earlier item of the sentence, past a ；,
	 * was a sum (累计完成…；…分别达到…) */
	expect_kind("gwr", "2022-01-08", "county",
		    "一、过去四年工作回顾\n四年来，全旗地区生产总值累计完成200.5亿元，年均增长3.5%；"
		    "城乡常住居民人均可支配收入分别达到42000元和31000元。",
		    "某市 gdp level 200.5 亿元 exact 2018..2021 - actual\n"
		    "某市 gdp growth 3.5 % exact 2018..2021 cagr actual\n"
		    "某市 urban_income level 42000 元 exact 2021 - actual\n"
		    "某市 rural_income level 31000 元 exact 2021 - actual\n");
	/* herders (牧民, 牧区居民) are a part of the rural residents, not the
	 * urban group of the 人均 label before them nor all residents;
	 * 农牧民 and 农村牧区 name the rural residents */
	expect_kind("gwr", "2022-01-10", "county",
		    "一、2021年工作回顾\n2021年，全旗城镇居民人均可支配收入达到41000元，牧民人均可支配收入达到"
		    "31000元，牧区常住居民人均可支配收入增长8%，农牧民人均可支配收入增长9%。",
		    "某市 urban_income level 41000 元 exact 2021 - actual\n"
		    "某市 ~ growth 8 % exact 2021 yoy actual\n"
		    "某市 rural_income growth 9 % exact 2021 yoy actual\n");
}

static void probe32_newstl_rules(void)
{
	/* a kind of economy before 经济 (新经济, 数字经济) grows on its own: no
	 * GDP growth, which 全区经济增长 still is */
	expect_kind("targets", "2023-02-10", "district",
		    "今年全区经济社会发展主要预期目标是：全区经济增长6.5%左右，新经济增长15%以上，"
		    "数字经济增长11%，海洋经济增长7%。",
		    "某市 gdp growth 6.5 % approx 2023 yoy target\n"
		    "某市 ~ growth 15 % at_least 2023 yoy target\n"
		    "某市 ~ growth 11 % exact 2023 yoy target\n"
		    "某市 ~ growth 7 % exact 2023 yoy target\n");
	/* 商事主体, the market entities' name in some provinces */
	expect_kind("targets", "2023-02-10", "district",
		    "今年主要预期目标是：实有商事主体达到12.6万户。",
		    "某市 market_entities level 12.6 万户 exact 2023 - target\n");
	/* a speaker's charge in a meeting's news (某某强调，要…) sets what is
	 * to be done: targets of the meeting's year, though no year is said */
	expect_kind("news", "2023-02-10", "district",
		    "2月8日，某区人代会开幕。区长某某作报告说，过去一年全区发展稳中有进。\n"
		    "区长某某强调，要持续改善生态环境，PM2.5年均浓度低于35μg/m3，空气质量优良率达到86%以上。",
		    "某市 pm25 level 35 微克/立方米 at_most 2023 - target\n"
		    "某市 good_air_ratio level 86 % at_least 2023 - target\n");
	/* a 力争 under a news item's first period, a year already
	 * done, sets the year ahead's target (某县将…，力争…) */
	expect_kind("news", "2025-01-20", "county",
		    "2024年，某县地区生产总值增长5.9%。\n"
		    "某县将持续壮大制造业，力争规上工业增加值增长9%以上。",
		    "某市 gdp growth 5.9 % exact 2024 yoy actual\n"
		    "某市 industrial_va growth 9 % at_least 2025 yoy target\n");
	/* an aside that closes on 下同 holds a comma of its own: no clause
	 * ends there, the figure after it keeps its label */
	expect_kind("bulletin", "2023-03-15", "prefecture",
		    "全年规模以上工业增加值（按可比价计算，下同）增长4.6%。全市地区生产总值612.8亿元"
		    "（现价，下同）、增长5.2%。",
		    "某市 industrial_va growth 4.6 % exact 2022 yoy actual\n"
		    "某市 gdp level 612.8 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 5.2 % exact 2022 yoy actual\n");
	/* a yearly average in a sentence that compares its year with a base
	 * year (是2016年的1.4倍) spans the years after the base */
	expect_kind("news", "2022-01-12", "prefecture",
		    "2021年，全市完成地区生产总值512.3亿元，是2016年的1.4倍；一般公共预算收入年均增长6.4%。",
		    "某市 gdp level 512.3 亿元 exact 2021 - actual\n"
		    "某市 budget_revenue growth 6.4 % exact 2017..2021 cagr actual\n");
}

/* Probe 33, city, county and province news items naming other places. */
static void probe33_news_rules(void)
{
	/* a mirror's glosses without tone marks, some said twice (區(qu)(qu)),
	 * are left out as toned ones are: the districts after the city's
	 * figures are named, and their figures are no city's */
	expect_kind("news", "2024-02-20", CITY,
		    "初(chu)步(bu)核(he)算(suan),2023年(nian)全(quan)市(shi)地(di)區(qu)(qu)生(sheng)產(chan)"
		    "總(zong)值(zhi)(zhi)8210.5億(yi)元,比(bi)上(shang)年(nian)增(zeng)(zeng)長(chang)4.2%。"
		    "2023年(nian)東(dong)城(cheng)區(qu)(qu)(qu)地(di)區(qu)生(sheng)產(chan)總(zong)值(zhi)1520.3億(yi)元,"
		    "增(zeng)速(su)為(wei)5.1%;北(bei)塘(tang)區(qu)(qu)GDP總(zong)量(liang)為(wei)640.2億(yi)元。",
		    "某市 gdp level 8210.5 亿元 exact 2023 - actual\n"
		    "某市 gdp growth 4.2 % exact 2023 yoy actual\n");
	/* on a report's own page a stray lower-case aside stays: (gdp) is no
	 * syllable, and a few (a) are no mirror's glosses */
	expect_records(ex, line_at, "news", "2024-02-20", CITY,
		       "2023年,全市地区生产总值(gdp)8210.5亿元(a),增长4.2%。",
		       "gdp level 8210.5 1:7@8\n"
		       "gdp growth 4.2 1:32@53\n");
	/* a ratio named right after 占 (占全部税收比重, 占税收比重) is the
	 * whole a part's share is of: no tax share of the county's; its own
	 * ratio, named before the figure with no 占, still is */
	expect_kind("news", "2024-07-20", "county",
		    "上半年，全县规上工业增加值增长7.1%。工业税收占全部税收比重达61.2%，"
		    "民营企业税收占税收比重为70.4%。全县税收收入占一般公共预算收入比重为80.1%。",
		    "某市 industrial_va growth 7.1 % exact 2024H1 yoy actual\n"
		    "某市 tax_share level 80.1 % exact 2024H1 - actual\n");
	/* the months a figure is summed over between the firms and their
	 * revenue (规模以上服务业企业1-5月营业收入) part no label: the revenue's
	 * figures, of those months, not the firms' count's; a label whole
	 * before the months keeps its own */
	expect_kind("news", "2024-07-20", "county",
		    "上半年，全县规上工业增加值1至6月增长5.2%，规模以上服务业企业1-5月营业收入同比增长6.3%。"
		    "规上服务业企业1至5月实现营业收入120.5亿元，增长8.1%。",
		    "某市 industrial_va growth 5.2 % exact 2024H1 yoy actual\n"
		    "某市 services_revenue growth 6.3 % exact 2024M01-M05 yoy actual\n"
		    "某市 services_revenue level 120.5 亿元 exact 2024M01-M05 - actual\n"
		    "某市 services_revenue growth 8.1 % exact 2024M01-M05 yoy actual\n");
}

/* Audit 32, news items on a prefecture's or county's economy. */
static void audit32_rules(void)
{
	/* an industry named right before 工业增加值 (烟草工业, 能源工业,
	 * …电力与燃气工业): that industry's value added, not all industry's
	 * (a list of such industries before 分别: its figures not kept) */
	expect("2024-04-22", CITY,
	       "一季度，全市规模以上工业增加值同比增长6.4%。分板块看，烟草工业增加值增长1.2%，"
	       "能源工业增加值下降2.5%。",
	       "某市 industrial_va growth 6.4 % exact 2024Q1 yoy actual\n"
	       "某市 ~ growth 1.2 % exact 2024Q1 yoy actual\n"
	       "某市 ~ growth -2.5 % exact 2024Q1 yoy actual\n");
	/* (能源 before another label names no part: 能源能耗总量 is the
	 * energy consumption) */
	expect("2022-02-20", "district",
	       "2021年，全区能源能耗总量为61.3万吨标准煤，比上年下降1.4%。",
	       "某市 energy_consumption level 61.3 万吨标准煤 exact 2021 - actual\n"
	       "某市 energy_consumption growth -1.4 % exact 2021 yoy actual\n");
	expect("2023-10-25", CITY,
	       "1-9月，全市规模以上工业增加值增长8.1%。化工、电力与燃气工业增加值分别增长12.5%、9.3%。",
	       "某市 industrial_va growth 8.1 % exact 2023M01-M09 yoy actual\n");
	/* 规上工业主导产业增加值, 规上工业高耗能行业增加值: the value added
	 * of a group of industries the industry's name heads, a part */
	expect("2024-06-20", CITY,
	       "1-5月，全市规上工业增加值增长7.6%。其中，规上工业六大主导产业增加值增长9.2%，"
	       "规上工业高耗能行业增加值下降3.1%。",
	       "某市 industrial_va growth 7.6 % exact 2024M01-M05 yoy actual\n"
	       "某市 ~ growth 9.2 % exact 2024M01-M05 yoy actual\n"
	       "某市 ~ growth -3.1 % exact 2024M01-M05 yoy actual\n");
	/* one label before 分别 and more figures after it, the items named by
	 * the clause before (…两条产业链增势较好，规上工业增加值分别增长a、b):
	 * the parts' figures, none of them the label's whole (no item is
	 * known for them: not kept) */
	expect("2025-03-20", CITY,
	       "1-2月，全市规上工业增加值增长6.5%。新材料、食品两条产业链增势较好，规上工业增加值分别增长"
	       "12.4%、9.8%。",
	       "某市 industrial_va growth 6.5 % exact 2025M01-M02 yoy actual\n");
	/* 比全省平均增幅高…个百分点, 比全省增幅低…: a gap to the place's
	 * rate, as 比全省平均增速高 is, not a change of the rate */
	expect("2022-11-10", CITY,
	       "1-10月，全市外贸进出口总值32.5亿元，同比增长21.3%，比全省平均增幅高14.2个百分点；"
	       "其中出口18.1亿元，增长12.6%，比全省增幅低2.4个百分点。",
	       "某市 import_export level 32.5 亿元 exact 2022M01-M10 - actual\n"
	       "某市 import_export growth 21.3 % exact 2022M01-M10 yoy actual\n"
	       "某市 import_export gap_pp 14.2 百分点 exact 2022M01-M10 全省平均 actual\n"
	       "某市 exports level 18.1 亿元 exact 2022M01-M10 - actual\n"
	       "某市 exports growth 12.6 % exact 2022M01-M10 yoy actual\n"
	       "某市 exports gap_pp -2.4 百分点 exact 2022M01-M10 全省 actual\n");
	/* 6月份…当月增长: the month named before in the sentence, not the
	 * month of the item's date */
	expect("2022-08-04", CITY,
	       "上半年，全市规上工业增加值增长5.6%，6月份全市规上工业增加值当月增长9.1%。",
	       "某市 industrial_va growth 5.6 % exact 2022H1 yoy actual\n"
	       "某市 industrial_va growth 9.1 % exact 2022M06 yoy actual\n");
	/* …当月… in a later sentence of the paragraph a month opened: still
	 * that month; in a new paragraph the month is not carried */
	expect("2022-10-25", CITY,
	       "9月份，全市规上工业增加值增长4.7%。全市当月完成工业增加值36.2亿元。",
	       "某市 industrial_va growth 4.7 % exact 2022M09 yoy actual\n"
	       "某市 total_industry_va level 36.2 亿元 exact 2022M09 - actual\n");
	/* 分别比上年全年、上年同期提高a、b个百分点: the second change is
	 * against the same months of the year before (yoy), not the whole
	 * year the first is against */
	expect("2024-03-25", CITY,
	       "1-2月，全市固定资产投资同比增长3.8%，分别比上年全年、上年同期提高2.7个、1.4个百分点。",
	       "某市 fai growth 3.8 % exact 2024M01-M02 yoy actual\n"
	       "某市 fai change_pp 2.7 百分点 exact 2024M01-M02 vs:2023 actual\n"
	       "某市 fai change_pp 1.4 百分点 exact 2024M01-M02 yoy actual\n");
}

/* An audit of prefecture 政府工作报告 reviews. */
static void audit33c_rules(void)
{
	/* 限额以上单位实现社会消费品零售额, 限上企业零售额: the firms over the
	 * threshold named before the label (with 单位 or 企业 and a verb
	 * between) are a part of the sales, no record of the whole, also
	 * after 当月 and under 其中 */
	expect_kind("news", "2024-09-20", "county",
		    "1-8月，全县社会消费品零售总额完成16.2亿元，同比增长4.1%。其中，8月当月限额以上"
		    "单位实现社会消费品零售额0.6亿元，同比增长19.4%。",
		    "某市 retail_sales level 16.2 亿元 exact 2024M01-M08 - actual\n"
		    "某市 retail_sales growth 4.1 % exact 2024M01-M08 yoy actual\n");
	expect_kind("news", "2023-07-20", "district",
		    "上半年，全区限上企业完成社会消费品零售额7.3亿元，增长8.8%。",
		    "");
	/* (规模以上工业企业完成工业总产值: the firms that report the whole) */
	expect_kind("news", "2023-07-20", "district",
		    "上半年，全区规模以上工业企业完成工业总产值52.6亿元，增长6.2%。",
		    "某市 industrial_output level 52.6 亿元 exact 2023H1 - actual\n"
		    "某市 industrial_output growth 6.2 % exact 2023H1 yoy actual\n");
	/* the firms at the top of a ranking (产值前十名企业, 前20强企业, 营收
	 * 前30位的企业) before a verb and the label: a part, no record of the
	 * whole (before, the county's output) */
	expect_kind("news", "2021-06-18", "county",
		    "1-5月，全县完成规上工业产值215.6亿元。从重点企业看，甲公司、乙公司等产值前十名"
		    "企业共实现规上工业产值132.8亿元，同比增长4.3%。全市前20强企业完成规上工业产值"
		    "88.1亿元。营收前30位的企业实现规模以上工业总产值41.5亿元。",
		    "某市 industrial_output level 215.6 亿元 exact 2021M01-M05 - actual\n");
}

static void audit32b_rules(void)
{
	/* 创10年来最好水平, 为8年来最高: a record counted over years (N年来
	 * as N年以来) dates no figure of the clauses after it */
	expect_kind("gwr", "2024-01-12", CITY,
		    "一、2023年工作回顾\n全市地区生产总值同比增长5.2%左右；固定资产投资增长10.6%，"
		    "创10年来最好水平；规模以上工业增加值增长3.7%；社会消费品零售总额增长6.1%。",
		    "某市 gdp growth 5.2 % approx 2023 yoy actual\n"
		    "某市 fai growth 10.6 % exact 2023 yoy actual\n"
		    "某市 industrial_va growth 3.7 % exact 2023 yoy actual\n"
		    "某市 retail_sales growth 6.1 % exact 2023 yoy actual\n");
	expect_kind("gwr", "2021-01-15", CITY,
		    "一、2020年工作回顾\n全市生产总值同比增长3.1%；一般公共预算收入增长4.4%，为8年来最高；"
		    "城镇居民人均可支配收入增长5.3%。",
		    "某市 gdp growth 3.1 % exact 2020 yoy actual\n"
		    "某市 budget_revenue growth 4.4 % exact 2020 yoy actual\n"
		    "某市 urban_income growth 5.3 % exact 2020 yoy actual\n");
	/* (五年来 opening a five-year review still spans the five years) */
	expect_kind("gwr", "2022-01-15", CITY,
		    "一、过去五年工作回顾\n五年来，全市地区生产总值年均增长6.1%。",
		    "某市 gdp growth 6.1 % exact 2017..2021 cagr actual\n");
	/* 城镇和农村…收入增长a和b (no 分别): the two figures pair with the
	 * two groups in order, as 分别 would pair them */
	expect_kind("gwr", "2021-01-15", CITY,
		    "一、2020年工作回顾\n预计，全市地区生产总值增长2.3%，城镇和农村常住居民人均可支配收入"
		    "增长3.4%和6.2%。",
		    "某市 gdp growth 2.3 % exact 2020 yoy estimate\n"
		    "某市 urban_income growth 3.4 % exact 2020 yoy estimate\n"
		    "某市 rural_income growth 6.2 % exact 2020 yoy estimate\n");
	/* 城乡居民人均可支配收\n入分别增长…: a line wrapped inside the label
	 * still splits it into the 城镇 and the 农村 metric */
	expect_kind("gwr", "2019-01-20", CITY,
		    "一、2018年工作回顾\n全市生产总值增长6.6%。预计城乡居民人均可支配收\n"
		    "入分别增长8.2%和9.5%。",
		    "某市 gdp growth 6.6 % exact 2018 yoy actual\n"
		    "某市 urban_income growth 8.2 % exact 2018 yoy estimate\n"
		    "某市 rural_income growth 9.5 % exact 2018 yoy estimate\n");
}

static void probe33_plan_rules(void)
{
	/* 分别达到31234、16789元: the unit written once after the last
	 * amount of a 分别 list is every amount's */
	expect_kind("plan", "2021-01-15", "county",
		    "一、2020年国民经济和社会发展计划执行情况\n2020年，全县城镇和农村常住居民人均"
		    "可支配收入分别达到31234、16789元，同比分别增长8.1%和9.2%。",
		    "某市 urban_income level 31234 元 exact 2020 - actual\n"
		    "某市 rural_income level 16789 元 exact 2020 - actual\n"
		    "某市 urban_income growth 8.1 % exact 2020 yoy actual\n"
		    "某市 rural_income growth 9.2 % exact 2020 yoy actual\n");
	expect_kind("plan", "2021-01-15", "county",
		    "一、2020年国民经济和社会发展计划执行情况\n全县第一产业、第二产业、第三产业增加值"
		    "分别完成12.3、45.6、38.2亿元。",
		    "某市 primary_industry_va level 12.3 亿元 exact 2020 - actual\n"
		    "某市 secondary_industry_va level 45.6 亿元 exact 2020 - actual\n"
		    "某市 tertiary_industry_va level 38.2 亿元 exact 2020 - actual\n");
	/* (without 分别 a bare number before an amount stays no figure) */
	expect_kind("plan", "2021-01-15", "county",
		    "一、2020年国民经济和社会发展计划执行情况\n全县新建项目12、总投资45.6亿元。",
		    "");
}

/* Probe round 33, evaluation and ranking texts that list places. */
static void probe33_eval_rules(void)
{
	/* a page's line of no figure (打开新闻 查看图片) joined to the
	 * paragraph under it: the place opening that paragraph in a clause
	 * of no figure is its subject, through the paragraph */
	expect_entity_records(ex, line_of, "山西省", "news", "2023-05-06", "province",
			      "一季度，全省地区生产总值增长5.1%。\n\n点击新闻 查看更多图片\n\n"
			      "晋城在一季度继续领先。规模以上工业增加值增长8.4%，固定资产投资增长7.2%。\n\n"
			      "全省社会消费品零售总额增长6.3%。",
			      "山西省 gdp growth 5.1 % exact 2023Q1 yoy actual\n"
			      "山西省 retail_sales growth 6.3 % exact 2023Q1 yoy actual\n");
	/* (without the page's line, as before) */
	expect_entity_records(ex, line_of, "山西省", "news", "2023-05-06", "province",
			      "一季度，全省地区生产总值增长5.1%。\n\n"
			      "晋城在一季度继续领先。规模以上工业增加值增长8.4%。",
			      "山西省 gdp growth 5.1 % exact 2023Q1 yoy actual\n");
	/* 增速快b个百分点 (慢) with no place or time after a gap to a place in
	 * the same sentence: a gap to that place, not a change over the year */
	expect("2023-10-25", CITY,
	       "前三季度，全市规上工业增加值增速快于全省2.4个百分点，居第5位；"
	       "固定资产投资增速快1.7个百分点，社会消费品零售总额增速慢0.4个百分点。",
	       "某市 industrial_va gap_pp 2.4 百分点 exact 2023M01-M09 全省 actual 5@-\n"
	       "某市 fai gap_pp 1.7 百分点 exact 2023M01-M09 全省 actual\n"
	       "某市 retail_sales gap_pp -0.4 百分点 exact 2023M01-M09 全省 actual\n");
	/* a gap with no growth said before it keeps the rank after it (its
	 * order is the growth's); see the 累计增速 case of round 14's news */
	expect("2023-09-25", CITY,
	       "1-8月，全市规模以上工业增加值增速高于全省2.1个百分点，居全省第3位。",
	       "某市 industrial_va gap_pp 2.1 百分点 exact 2023M01-M08 全省 actual 3@全省\n");
	/* 排行榜前100: a list's name and its first places, no rank of the
	 * report's own */
	expect_kind("news", "2022-11-20", CITY, "全国gdp排行榜前100\n\n前三季度，全市地区生产总值增长4.3%。",
		    "某市 gdp growth 4.3 % exact 2022M01-M09 yoy actual\n");
}

static void probe33_bulletin_rules(void)
{
	/* a note in brackets after an amount, of no figure, on where a part
	 * of it is counted names nothing for the clause after it: the growth
	 * is the first industry's, not the third's the note names */
	expect_kind("bulletin", "2021-12-31", "county",
		    "全年全县地区生产总值86.4亿元，增长5.1%。其中，第一产业增加值9.72亿元"
		    "（林业服务业增加值计入第三产业增加值），增长4.8%；第三产业增加值30.15亿元，增长3.3%。",
		    "某市 gdp level 86.4 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 5.1 % exact 2021 yoy actual\n"
		    "某市 primary_industry_va level 9.72 亿元 exact 2021 - actual\n"
		    "某市 primary_industry_va growth 4.8 % exact 2021 yoy actual\n"
		    "某市 tertiary_industry_va level 30.15 亿元 exact 2021 - actual\n"
		    "某市 tertiary_industry_va growth 3.3 % exact 2021 yoy actual\n");
	/* the fishery's output after the whole of 农林牧渔业, its name a tail
	 * of the whole's (渔业总产值, 牧渔业增加值), is a part, not the whole */
	expect_kind("bulletin", "2021-12-31", "county",
		    "全县农林牧渔业总产值41.3亿元，增长3.6%，渔业总产值1.4亿元，增长2.2%。"
		    "农林牧渔业增加值26.1亿元，增长3.2%，渔业增加值0.8亿元，下降1.5%。",
		    "某市 agri_output level 41.3 亿元 exact 2021 - actual\n"
		    "某市 agri_output growth 3.6 % exact 2021 yoy actual\n"
		    "某市 agri_va level 26.1 亿元 exact 2021 - actual\n"
		    "某市 agri_va growth 3.2 % exact 2021 yoy actual\n");
	/* a bare 工业增加值 in a sentence whose subject is the industry above
	 * designated size (its firms, its output) is that industry's value
	 * added, also past a count and a year; the whole a share is of, and
	 * 全部 or 全县 before it, stay all industry's */
	expect_kind("bulletin", "2021-12-31", "county",
		    "年末全县规模以上工业企业达95家，规模以上工业总产值42.6亿元，工业增加值增长8.7%。"
		    "全县规模以上工业企业共41家2021年完成工业增加值同比增长6.6%。"
		    "规模以上工业增加值增长6.2%，占工业增加值的比重为78.5%。"
		    "全县规模以上工业企业52家，全县工业增加值增长5.9%。",
		    "某市 above_scale_industrial_enterprises level 95 家 exact 2021 - actual\n"
		    "某市 industrial_output level 42.6 亿元 exact 2021 - actual\n"
		    "某市 industrial_va growth 8.7 % exact 2021 yoy actual\n"
		    "某市 above_scale_industrial_enterprises level 41 家 exact 2021 - actual\n"
		    "某市 industrial_va growth 6.6 % exact 2021 yoy actual\n"
		    "某市 industrial_va growth 6.2 % exact 2021 yoy actual\n"
		    "某市 industrial_va share 78.5 % exact 2021 total_industry_va actual\n"
		    "某市 above_scale_industrial_enterprises level 52 家 exact 2021 - actual\n"
		    "某市 total_industry_va growth 5.9 % exact 2021 yoy actual\n");
	/* 及其服务业 as a wording of 农林牧渔及服务业总产值 */
	expect_kind("bulletin", "2022-12-31", "district",
		    "全年全区农林牧渔及其服务业总产值9.4亿元，按可比价格计算，比上年增长2.7%。",
		    "某市 agri_output level 9.4 亿元 exact 2022 - actual\n"
		    "某市 agri_output growth 2.7 % exact 2022 yoy actual\n");
}

static void probe34_bulletin_rules(void)
{
	/* a bare 总人口 after the registered households in its sentence is
	 * the registered population; alone, or after another sentence's
	 * 户籍, it may be either and stays unkeyed */
	expect_kind("bulletin", "2021-12-31", "county",
		    "年末全县户籍总户数9.46万户，总人口31.27万人，其中男性16.02万人。"
		    "年末常住人口26.8万人。全县总人口30.5万人。",
		    "某市 registered_population level 31.27 万人 exact 2021 - actual\n"
		    "某市 population level 26.8 万人 exact 2021 - actual\n");
	/* the items after a contribution's lead ending 分别为： are
	 * contributions (no change of the industries' growth), up to an item
	 * that says a rate of its own */
	expect_kind("bulletin", "2023-03-31", "county",
		    "2022年全县地区生产总值88.5亿元，增长4.2%。三次产业对全县生产总值增长的拉动作用分别为："
		    "第一产业0.51个百分点，第二产业1.32个百分点，第三产业2.37个百分点。"
		    "三次产业对经济增长的贡献率分别为：第一产业12%，第二产业33%，第三产业55%，"
		    "第二产业增加值增长5.1%。",
		    "某市 gdp level 88.5 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 4.2 % exact 2022 yoy actual\n"
		    "某市 secondary_industry_va growth 5.1 % exact 2022 yoy actual\n");
}

static void probe33_gwr_rules(void)
{
	/* 从“十二五”末a增加到b in a review of the five years after: the level
	 * reached is the review's last year's, the yearly average after it
	 * spans the review (before, the level was lost and the average dated
	 * to the years before the start) */
	expect_kind("gwr", "2021-02-20", CITY,
		    "一、“十三五”时期工作回顾\n五年来，全市基本完成规划目标任务。一般公共预算收入从"
		    "“十二五”末18.6亿元增加到27.3亿元，年均增长8.0%。",
		    "某市 budget_revenue level 18.6 亿元 exact 2015 - actual\n"
		    "某市 budget_revenue level 27.3 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue growth 8 % exact 2016..2020 cagr actual\n");
	/* two labels, then the span's two runs of two levels (no 分别, or
	 * 分别由<year>的a、b增加到<year>的c、d): each run pairs with the labels
	 * in order, and so do the averages after */
	static const char *const runs[] = {
		"城镇和农村居民人均可支配收入从“十二五”末25100元、7300元增加到36200元、12400元，"
		"年均增长7.6%、11.2%。",
		"城镇、农村居民人均可支配收入分别由2015年的25100元、7300元增加到2020年的36200元、"
		"12400元，年均分别增长7.6%、11.2%。",
	};
	for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
		char text[512];
		snprintf(text, sizeof text, "一、“十三五”时期工作回顾\n五年来，全市基本完成规划目标任务。%s",
			 runs[i]);
		expect_kind("gwr", "2021-02-20", CITY, text,
			    "某市 urban_income level 25100 元 exact 2015 - actual\n"
			    "某市 rural_income level 7300 元 exact 2015 - actual\n"
			    "某市 urban_income level 36200 元 exact 2020 - actual\n"
			    "某市 rural_income level 12400 元 exact 2020 - actual\n"
			    "某市 urban_income growth 7.6 % exact 2016..2020 cagr actual\n"
			    "某市 rural_income growth 11.2 % exact 2016..2020 cagr actual\n");
	}
	/* 经济总量稳居全省第四 in a review of years that ended before the
	 * report: a rank-only level of the last of them (it was dated to the
	 * five years) */
	expect_kind("gwr", "2021-02-20", CITY,
		    "一、“十三五”时期工作回顾\n五年来，全市基本完成“十三五”规划目标任务。地区生产总值"
		    "年均增长7.4%，经济总量稳居全省第四。",
		    "某市 gdp growth 7.4 % exact 2016..2020 cagr actual\n"
		    "某市 gdp level null - exact 2020 - actual 4@全省\n");
	/* the years of a span (由2015年的…增加到2020年的…) said a sentence
	 * before in its paragraph date the value the next span started from
	 * (it was left out as of no year) */
	expect_kind("gwr", "2021-02-20", CITY,
		    "一、“十三五”时期工作回顾\n——经济实力明显增强。全市生产总值由2015年的310.2亿元增加到"
		    "2020年的402.5亿元。三产增加值由150.3亿元增加到211.4亿元。",
		    "某市 gdp level 310.2 亿元 exact 2015 - actual\n"
		    "某市 gdp level 402.5 亿元 exact 2020 - actual\n"
		    "某市 tertiary_industry_va level 150.3 亿元 exact 2015 - actual\n"
		    "某市 tertiary_industry_va level 211.4 亿元 exact 2020 - actual\n");
}

static void probe33_county_rules(void)
{
	/* 超过 with a place before the rate it is compared with (超过全省增速)
	 * opens a gap as 高于 does; 超过全年目标 names no place */
	expect_kind("gwr", "2026-01-10", "county",
		    "一、2025年工作回顾\n全年生产总值完成50.12亿元、增长5.1%，超过全省增速0.6个百分点，"
		    "其中一产增长3.2%。",
		    "某市 gdp level 50.12 亿元 exact 2025 - actual\n"
		    "某市 gdp growth 5.1 % exact 2025 yoy actual\n"
		    "某市 gdp gap_pp 0.6 百分点 exact 2025 全省 actual\n"
		    "某市 primary_industry_va growth 3.2 % exact 2025 yoy actual\n");
	expect_kind("gwr", "2026-01-10", "county",
		    "一、2025年工作回顾\n全年生产总值完成50.12亿元、增长5.1%，超过全年目标0.6个百分点。",
		    "某市 gdp level 50.12 亿元 exact 2025 - actual\n"
		    "某市 gdp growth 5.1 % exact 2025 yoy actual\n");
	/* a five-year review whose PDF text layer spaces the numbers (从 610
	 * 亿元提升到 980 亿元): the level risen from is still the year before
	 * the five; a clause after a 累计 one in its ；-item goes on with the
	 * sum, one that says a level reached (达) does not */
	expect_kind("gwr", "2022-02-10", "county",
		    "一、过去五年和2021年的工作回顾\n过去的五年，本届政府团结拼搏。\n"
		    "五年来，我们聚精会神抓发展，综合实力迈上新台阶。地区生产总值从 610 亿元提升到 980 亿元，"
		    "跻身前列。累计完成固定资产投资2100亿元，实际利用外资15亿美元；外贸出口达420亿元。",
		    "某市 gdp level 610 亿元 exact 2016 - actual\n"
		    "某市 gdp level 980 亿元 exact 2021 - actual\n"
		    "某市 fai level 2100 亿元 exact 2017..2021 - actual\n"
		    "某市 foreign_investment level 15 亿美元 exact 2017..2021 - actual\n"
		    "某市 exports level 420 亿元 exact 2021 - actual\n");
	expect_kind("gwr", "2022-02-10", "county",
		    "一、2021年工作回顾\n全年累计完成固定资产投资210亿元，实际利用外资1.5亿美元。",
		    "某市 fai level 210 亿元 exact 2021 - actual\n"
		    "某市 foreign_investment level 1.5 亿美元 exact 2021 - actual\n");
}

static void audit34_rules(void)
{
	/* a threshold that a province's or a city's places pass, counted
	 * after 的 and a kind with a bracketed note (的县（市）达到12个), or
	 * after 的共; an amount glued to 县域 (150亿县域): how many places,
	 * no figure of the report's own place */
	expect("2024-04-01", "province",
	       "2023年，全省地区生产总值超过200亿元的县（市）达到12个，全省地区生产总值增长4.6%。",
	       "某市 gdp growth 4.6 % exact 2023 yoy actual\n");
	expect("2024-04-01", "province",
	       "2023年，全省地区生产总值超过200亿元的县(市)达到12个，全省地区生产总值增长4.6%。",
	       "某市 gdp growth 4.6 % exact 2023 yoy actual\n");
	expect("2024-04-01", CITY,
	       "2023年，各县区中地区生产总值超过80亿的共5个，全市地区生产总值增长5.2%。",
	       "某市 gdp growth 5.2 % exact 2023 yoy actual\n");
	expect_entity_records(ex, line_of, "安徽省", NULL, "2024-04-01", "province",
			      "2023年，临泉县GDP突破300亿，安徽300亿县域增加到7个。"
			      "全省一般公共预算收入增长6.1%。",
			      "安徽省 budget_revenue growth 6.1 % exact 2023 yoy actual\n");
	/* the document's own name before its own word and the places it
	 * counts (某市全市11个县市区…) still names those places */
	expect("2023-06-01", CITY,
	       "2022年，某市全市11个县市区实现生产总值820亿元，增长5.1%。全市地区生产总值增长4.7%。",
	       "某市 gdp growth 4.7 % exact 2022 yoy actual\n");
}

/* Whose figure: other places' figures in news items of several places. */
static void entity34_rules(void)
{
	/* a place that a superlative describes, named after 最…的 before a
	 * comma, or handed the superlative by 的是 after a few words that
	 * describe it: the sentence is that place's */
	expect_entity_records(ex, line_of, "四川省", "news", "2024-03-10", "province",
			      "2023年，全省地区生产总值增长6.0%。作为参照，在西部各省份中排位最前的重庆，"
			      "2023年人均GDP为9.1万元，约为本省的1.2倍。",
			      "四川省 gdp growth 6 % exact 2023 yoy actual\n");
	expect_entity_records(ex, line_of, "甘肃省", "news", "2019-05-10", "province",
			      "2018年，全省地区生产总值增长6.3%。人均GDP一项，各市州里最高的是钢铁之城嘉峪关，"
			      "人均生产总值为11.2万元，远高于其他市州。",
			      "甘肃省 gdp growth 6.3 % exact 2018 yoy actual\n");
	/* (the document's own name after 最…的: its own figure still) */
	expect_entity_records(ex, line_of, "甘肃省", "news", "2019-05-10", "province",
			      "在西北各省份中增速最快的甘肃，2018年地区生产总值增长6.3%。",
			      "甘肃省 gdp growth 6.3 % exact 2018 yoy actual\n");
	/* a paragraph whose place follows a clause that only says where its
	 * figures come from (经初步预计，某区…), or the word 而: that place's
	 * paragraph, its sentences after too */
	expect_entity_records(ex, line_of, "天津市", "news", "2023-01-15", "province",
			      "近日，各区年度数据陆续发布。\n\n"
			      "经初步预计，武清区地区生产总值增长3.2%左右。居民人均可支配收入增长4.1%左右；"
			      "城镇登记失业率为3.6%。\n\n"
			      "2022年，全市地区生产总值增长1.0%。",
			      "天津市 gdp growth 1 % exact 2022 yoy actual\n");
	expect_entity_records(ex, line_of, "天津市", "news", "2023-01-15", "province",
			      "近日，各区年度数据陆续发布。\n\n"
			      "而静海区GDP则在2022年首次突破九百亿元，规上工业增加值增长6%。\n\n"
			      "全市地区生产总值增长1.0%。",
			      "天津市 gdp growth 1 % exact 2022 yoy actual\n");
	/* (the document's own name after the lead-in: its own figures) */
	expect_entity_records(ex, line_of, "天津市", "news", "2023-01-15", "province",
			      "经初步预计，2022年天津市地区生产总值增长1.0%左右。居民人均可支配收入增长4.1%左右。",
			      "天津市 gdp growth 1 % approx 2022 yoy estimate\n"
			      "天津市 disposable_income growth 4.1 % approx 2022 yoy estimate\n");
	/* the document's own word before 占比 is the whole of a share, not
	 * whom the clause is about: another place's share stays theirs */
	expect_entity_records(ex, line_of, "天津市", "news", "2023-01-15", "province",
			      "而宝坻区GDP在2022年首次突破九百亿元，预计增长3%，全市占比5.4%。\n\n"
			      "2022年，全市地区生产总值增长1.0%。",
			      "天津市 gdp growth 1 % exact 2022 yoy actual\n");
	/* (in its own report, the entity's share of its own whole still) */
	expect("2023-01-15", CITY, "2022年，全市高新技术产业增加值增长9%，全市占比41.2%。",
	       "某市 high_tech_industry_va growth 9 % exact 2022 yoy actual\n"
	       "某市 high_tech_industry_va share 41.2 % exact 2022 全市 actual\n");
}

/* The thirty-fourth probe round's rules for county reviews. */
static void probe34_county_rules(void)
{
	/* 实际利用内资…、外资…: a bare 外资 after an amount of 内资 takes the
	 * verb 内资 had (实际利用外资), after 、 or a comma; a verb that makes
	 * no catalog name with 外资 (引进) keys nothing */
	expect_kind("gwr", "2025-01-10", "county",
		    "一、2024年工作回顾\n全年签约项目12个，实际使用内资41.6亿元、外资620万美元。",
		    "某市 foreign_investment level 0.062 亿美元 exact 2024 - actual\n");
	expect_kind("gwr", "2025-01-10", "county",
		    "一、2024年工作回顾\n实际利用内资18.3亿元，外资0.45亿美元，增长12.5%。",
		    "某市 foreign_investment level 0.45 亿美元 exact 2024 - actual\n"
		    "某市 foreign_investment growth 12.5 % exact 2024 yoy actual\n");
	expect_kind("gwr", "2025-01-10", "county",
		    "一、2024年工作回顾\n引进内资18.3亿元、外资900万美元。",
		    "");
	/* 人均 is no rank verb (均居全省第一 is): 人均地区生产总值全省第五 ranks
	 * in 全省, and so does 人均可支配收入 */
	expect_kind("gwr", "2023-01-10", "county",
		    "一、2022年工作回顾\n经济发展稳中有进，人均地区生产总值全省第五，"
		    "农村居民人均可支配收入全市第二。",
		    "某市 gdp_per_capita level null - exact 2022 - actual 5@全省\n"
		    "某市 rural_income level null - exact 2022 - actual 2@全市\n");
	/* …人均社零全省第二: retail sales per head, no rank of the total; 年均
	 * and 平均 before a rank stay what they were (a yearly average's) */
	expect_kind("gwr", "2023-01-10", "county",
		    "一、2022年工作回顾\n多项指标走在前列，人均社零全省第二，户均存款余额全市第一。",
		    "");
	expect_kind("news", "2021-10-25", CITY,
		    "今年前三季度全市生产总值1508.06亿元，同比增长9.6%，两年平均增速为全省第一，达到了5.1%。",
		    "某市 gdp level 1508.06 亿元 exact 2021M01-M09 - actual\n"
		    "某市 gdp growth 9.6 % exact 2021M01-M09 yoy actual\n");
}

/* Round 35 (set county): county reviews, bulletins and a quarterly release
 * of the north-east, north, north-west and south-west. */
/* The thirty-fifth round's rules for evaluation and ranking texts. */
static void probe35_eval_rules(void)
{
	/* 排名中 then a verb of winning (获): the scope is the place group
	 * after the verb, not the words from 中 on */
	expect_kind("news", "2022-11-05", CITY,
		    "某联合会日前发布评价报告，我市在营商环境城市排名中获全省第一。",
		    "某市 business_environment level null - exact - - actual 1@全省\n");
	/* (获评 is one verb: its 评 no scope) */
	expect_kind("news", "2023-12-05", CITY, "今年，我市营商环境获评全省第二。",
		    "某市 business_environment level null - exact 2023 - actual 2@全省\n");
	/* another city's short name, then 在 or 的 before the label: that
	 * city's rank, not the document's */
	expect_entity_records(ex, line_of, "宁波市", "news", "2022-11-05", CITY,
			      "某联合会日前发布评价报告。温州在营商环境城市排名中获全国第二。"
			      "绍兴的营商环境居全省第三。宁波营商环境位列全国第五。",
			      "宁波市 business_environment level null - exact - - actual 5@全国\n");
	/* the year in the title of a published ranking (《N年…评价报告》)
	 * names the edition out: its figures are no targets though the year
	 * has not ended */
	expect_kind("news", "2024-10-20", CITY,
		    "日前，某研究院发布《2024年城市营商环境评价报告》，我市营商环境得分86.5分。",
		    "某市 business_environment level 86.5 分 exact 2024 - actual\n");
}

static void probe35_county_rules(void)
{
	/* 总量 before as many positions as a 分别 list has names, after their
	 * levels and their rates: the levels, in order; 增速 the rates */
	expect_kind("gwr", "2023-02-20", "county",
		    "一、2022年工作回顾\n城镇、农村居民人均可支配收入分别达到36520元、17840元，"
		    "增长5.6%、7.2%，总量全市第四、第六。",
		    "某市 urban_income level 36520 元 exact 2022 - actual 4@全市\n"
		    "某市 rural_income level 17840 元 exact 2022 - actual 6@全市\n"
		    "某市 urban_income growth 5.6 % exact 2022 yoy actual\n"
		    "某市 rural_income growth 7.2 % exact 2022 yoy actual\n");
	expect_kind("gwr", "2023-02-20", "county",
		    "一、2022年工作回顾\n城镇、农村居民人均可支配收入分别达到36520元、17840元，"
		    "增长5.6%、7.2%，增速全市第四、第六。",
		    "某市 urban_income level 36520 元 exact 2022 - actual\n"
		    "某市 rural_income level 17840 元 exact 2022 - actual\n"
		    "某市 urban_income growth 5.6 % exact 2022 yoy actual 4@全市\n"
		    "某市 rural_income growth 7.2 % exact 2022 yoy actual 6@全市\n");
	/* (one of the list's metrics with no level before: the rates keep
	 * the positions) */
	expect_kind("gwr", "2023-02-20", "county",
		    "一、2022年工作回顾\n城镇居民人均可支配收入达到36520元，城镇、农村居民人均可支配收入"
		    "分别增长5.6%、7.2%，总量全市第四、第六。",
		    "某市 urban_income level 36520 元 exact 2022 - actual\n"
		    "某市 urban_income growth 5.6 % exact 2022 yoy actual 4@全市\n"
		    "某市 rural_income growth 7.2 % exact 2022 yoy actual 6@全市\n");
	/* 历史首次 and 历史性 before a threshold passed lead the amount, as
	 * 首次 does: the label goes on to the threshold and the growth */
	expect_kind("gwr", "2025-01-16", "county",
		    "一、2024年工作回顾\n一般公共预算收入完成6.42亿元，历史首次突破6亿元大关，增长11.3%。",
		    "某市 budget_revenue level 6.42 亿元 exact 2024 - actual\n"
		    "某市 budget_revenue level 6 亿元 at_least 2024 - actual\n"
		    "某市 budget_revenue growth 11.3 % exact 2024 yoy actual\n");
	expect_kind("gwr", "2025-01-16", "county",
		    "一、2024年工作回顾\n地区生产总值达到152.6亿元，历史性突破150亿元，增长6.1%。",
		    "某市 gdp level 152.6 亿元 exact 2024 - actual\n"
		    "某市 gdp level 150 亿元 at_least 2024 - actual\n"
		    "某市 gdp growth 6.1 % exact 2024 yoy actual\n");
}

/* Round 34 (set gwr): prefecture 政府工作报告 and news items on them. */
static void probe34_gwr_rules(void)
{
	/* a news item's target list opened by 发展预期目标 (no 主要) or by a
	 * comma after the target word: the year the meeting plans, not the
	 * year the paragraph before reviewed */
	static const char *const leads[] = {
		"会议提出发展预期目标，",
		"报告确定的主要预期目标，",
		"全市经济社会发展预期目标为：",
	};
	for (size_t i = 0; i < sizeof leads / sizeof leads[0]; i++) {
		char text[512];
		snprintf(text, sizeof text,
			 "2024年，全市地区生产总值增长4.6%%，增幅位列全省第三。\n%s地区生产总值增长5%%；"
			 "社会消费品零售总额增长6%%；居民消费价格涨幅控制在3%%以内。",
			 leads[i]);
		expect_kind("news", "2025-02-18", CITY, text,
			    "某市 gdp growth 4.6 % exact 2024 yoy actual 3@全省\n"
			    "某市 gdp growth 5 % exact 2025 yoy target\n"
			    "某市 retail_sales growth 6 % exact 2025 yoy target\n"
			    "某市 cpi growth 3 % at_most 2025 yoy target\n");
	}
	/* 累计下降 in a five-year review, as 累计增长: against the year before
	 * the review, of its last year (it was read year on year), also
	 * where a year of the sentence before dates the clause */
	expect_kind("gwr", "2021-02-20", CITY,
		    "一、过去五年工作回顾\n五年来，全市地区生产总值累计增长30.5%；单位地区生产总值能耗累计下降13.2%。",
		    "某市 gdp growth 30.5 % exact 2020 vs:2015 actual\n"
		    "某市 energy_intensity growth -13.2 % exact 2020 vs:2015 actual\n");
	expect_kind("gwr", "2021-02-20", CITY,
		    "一、过去五年工作回顾\n全市地区生产总值由2015年的210亿元增加到2020年的305亿元，年均增长7.7%；"
		    "单位GDP能耗累计降低11.5%。",
		    "某市 gdp level 210 亿元 exact 2015 - actual\n"
		    "某市 gdp level 305 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 7.7 % exact 2016..2020 cagr actual\n"
		    "某市 energy_intensity growth -11.5 % exact 2020 vs:2015 actual\n");
}

/* Forms that recur across the probe sets of several rounds. */
static void recur34_rules(void)
{
	/* a rate per mille printed with %: right after the label of a ‰
	 * metric, with no word of change between, it is the rate in ‰ as
	 * printed (a natural growth rate of 0.74 % a year would be a
	 * country's, not a county's); a change of it stays a change */
	expect_kind("bulletin", "2022-03-31", "county",
		    "全年全县人口出生率7.42%，死亡率6.68%，人口自然增长率0.74%。",
		    "某市 birth_rate level 7.42 ‰ exact 2021 - actual\n"
		    "某市 death_rate level 6.68 ‰ exact 2021 - actual\n"
		    "某市 natural_growth_rate level 0.74 ‰ exact 2021 - actual\n");
	expect_kind("bulletin", "2022-03-31", "county",
		    "全年人口自然增长率-0.23%，比上年下降0.9个千分点。",
		    "某市 natural_growth_rate level -0.23 ‰ exact 2021 - actual\n"
		    "某市 natural_growth_rate change_pp -0.9 千分点 exact 2021 yoy actual\n");
	expect_kind("bulletin", "2022-03-31", "county",
		    "全年人口出生率8.1‰，人口自然增长率下降12.5%。",
		    "某市 birth_rate level 8.1 ‰ exact 2021 - actual\n"
		    "某市 natural_growth_rate growth -12.5 % exact 2021 yoy actual\n");
	/* an investment part's share of 总投资 or 全部投资 is its share of the
	 * fixed-asset investment; other parts' shares of a 总投资 name no
	 * whole */
	expect_kind("bulletin", "2022-03-31", "county",
		    "2021年工业投资占总投资比重的27.6%，民间投资占全部投资比重为43.2%。",
		    "某市 industrial_investment share 27.6 % exact 2021 fai actual\n"
		    "某市 private_investment share 43.2 % exact 2021 fai actual\n");
	expect_kind("bulletin", "2022-03-31", "county",
		    "2021年实际利用外资占总投资的12.4%。",
		    "某市 foreign_investment share 12.4 % exact 2021 - actual\n");
}

/* Forms of round 35's 政府工作报告 set. */
static void probe35_news2_rules(void)
{
	/* 确保上半年“双过半”: a period right before 双过半 names the half
	 * year's goal, not the item's period; the paragraphs after the one
	 * that names 1-5月 keep its months */
	expect_kind("news", "2024-06-22", "county",
		    "今年以来，全县扎实推进确保上半年“双过半”各项工作，经济运行稳中有进。\n"
		    "一、工业生产\n"
		    "1-5月，全县规上工业增加值同比增长7.4%。\n"
		    "分三大门类看，制造业增加值同比增长8.3%。\n"
		    "二、投资\n"
		    "从投资领域看，民间投资同比增长12.6%。",
		    "某市 industrial_va growth 7.4 % exact 2024M01-M05 yoy actual\n"
		    "某市 manufacturing_va growth 8.3 % exact 2024M01-M05 yoy actual\n"
		    "某市 private_investment growth 12.6 % exact 2024M01-M05 yoy actual\n");
	/* 今年以来一直稳居全省第四位: 一直 (all along) is a lead-in of the
	 * rank as 始终 is; the rank is the figure's before it */
	expect_kind("news", "2023-05-26", "prefecture",
		    "1—4月份，全市规上工业增加值同比增长5.7%，高于全省平均水平0.9个百分点，"
		    "今年以来一直稳居全省第四位。",
		    "某市 industrial_va growth 5.7 % exact 2023M01-M04 yoy actual 4@全省\n"
		    "某市 industrial_va gap_pp 0.9 百分点 exact 2023M01-M04 全省平均 actual\n");
	/* 居全市并列第二: a rank shared; 并列 is no part of the scope */
	expect_kind("news", "2023-10-26", "county",
		    "前三季度，全县一般公共预算收入增长8.6%，增幅居全市并列第二。",
		    "某市 budget_revenue growth 8.6 % exact 2023M01-M09 yoy actual 2@全市\n");
	/* a second rank whose scope is a group named by an ordinal, with no
	 * verb or 在…中 before it (and 累计 after the group) */
	expect_kind("news", "2023-08-20", "county",
		    "1-7月，全县规模以上工业增加值同比增长4.1%，全省增速排名第9，第三片区市县增速排名第4；"
		    "全县固定资产投资同比增长7.6%，全省增速排名第12，第三片区市县累计增速排名第2。",
		    "某市 industrial_va growth 4.1 % exact 2023M01-M07 yoy actual 9@全省,4@第三片区市县\n"
		    "某市 fai growth 7.6 % exact 2023M01-M07 yoy actual 12@全省,2@第三片区市县\n");
	/* a rank restated with the end of the metric's name (投资 of
	 * 固定资产投资) before 增速 ranks the growth before it */
	expect_kind("news", "2023-12-20", CITY,
		    "1-11月，全市累计完成固定资产投资812.5亿元，同比增长9.4%，投资增速连续6个月居全省第2位。",
		    "某市 fai level 812.5 亿元 exact 2023M01-M11 - actual\n"
		    "某市 fai growth 9.4 % exact 2023M01-M11 yoy actual 2@全省\n");
	/* a rank reached after a move counted from a time (位次较…前移N位至…),
	 * shared (并列); 累计 ranks the span's growth, not the month's */
	expect_kind("news", "2023-09-20", CITY,
		    "1-8月，全市规模工业增加值同比增长5.2%，8月当月增长6.1%，当月增幅列全省第四，"
		    "累计增幅位次较一季度前移3位至全省并列第五。",
		    "某市 industrial_va growth 5.2 % exact 2023M01-M08 yoy actual 5@全省\n"
		    "某市 industrial_va growth 6.1 % exact 2023M08 yoy actual 4@全省\n");
}

static void probe36_news_rules(void)
{
	/* 领先全省和全市A和B个百分点: gaps as with 高于, one for each place;
	 * 领先时间进度 names no place and is no gap */
	expect_kind("news", "2023-02-10", "county",
		    "2022年，全县地区生产总值增长6.3%，领先全省和全市2.9和1.4个百分点。"
		    "全县重点项目完成投资61.2亿元，领先时间进度8.5个百分点。"
		    "全县固定资产投资增长9.4%，领先全省4.1个百分点。",
		    "某市 gdp growth 6.3 % exact 2022 yoy actual\n"
		    "某市 gdp gap_pp 2.9 百分点 exact 2022 全省 actual\n"
		    "某市 gdp gap_pp 1.4 百分点 exact 2022 全市 actual\n"
		    "某市 project_investment level 61.2 亿元 exact 2022 - actual\n"
		    "某市 fai growth 9.4 % exact 2022 yoy actual\n"
		    "某市 fai gap_pp 4.1 百分点 exact 2022 全省 actual\n");
	/* 创2014年以来历史新高: the span a record is counted over, no period
	 * of the figures after it */
	expect_kind("news", "2023-02-10", "county",
		    "2022年，全县农林牧渔业总产值21.4亿元，增长4.8%，创2014年以来历史新高。"
		    "全县蔬菜产量5.3万吨，增长2.6%。",
		    "某市 agri_output level 21.4 亿元 exact 2022 - actual\n"
		    "某市 agri_output growth 4.8 % exact 2022 yoy actual\n"
		    "某市 vegetable_output level 5.3 万吨 exact 2022 - actual\n"
		    "某市 vegetable_output growth 2.6 % exact 2022 yoy actual\n");
	/* 三年平均增长: a yearly average over three years (cagr), not the
	 * figure's year-on-year growth */
	expect_kind("news", "2022-03-18", CITY,
		    "1-2月，全市规模以上工业增加值同比增长3.7%，三年平均增长6.2%。",
		    "某市 industrial_va growth 3.7 % exact 2022M01-M02 yoy actual\n"
		    "某市 industrial_va growth 6.2 % exact 2022M01-M02 cagr actual\n");
	/* 等N项 with no noun between the names and their shared rank; a rank
	 * followed by 的有 counts the items so ranked and ranks no figure */
	expect_kind("news", "2023-02-10", "county",
		    "2022年，全县地区生产总值、全体居民人均可支配收入等12项增速位列全市前三。"
		    "全县规上工业增加值增长8.1%。增速居全市首位的有4项。",
		    "某市 gdp growth null - exact 2022 yoy actual <=3@全市\n"
		    "某市 disposable_income growth null - exact 2022 yoy actual <=3@全市\n"
		    "某市 industrial_va growth 8.1 % exact 2022 yoy actual\n");
	/* ranks in a 、 list: a short run ending on a word of places, or
	 * words before a scope that counts its places, is the next rank's
	 * scope with no verb */
	expect_kind("news", "2023-02-10", "county",
		    "2022年，全县地区生产总值增长7.2%，增速居全省第14位、山区32县第5位、全市第2位；"
		    "全县固定资产投资增长11.3%，增速居全省第9位、山区县第3位。",
		    "某市 gdp growth 7.2 % exact 2022 yoy actual 14@全省,5@山区32县,2@全市\n"
		    "某市 fai growth 11.3 % exact 2022 yoy actual 9@全省,3@山区县\n");
	/* a longer scope name, nine characters with its count of places */
	expect_kind("news", "2022-11-01", "county",
		    "前三季度，全县规上工业增加值增长12.6%，增速居全省第9位、海岛加快发展12县第3位。",
		    "某市 industrial_va growth 12.6 % exact 2022M01-M09 yoy actual 9@全省,3@海岛加快发展12县\n");
}

static void probe35_gwr_rules(void)
{
	/* a 分别 list's figures run on into the next label, its separator
	 * lost (a PDF's text): the list ends at that label, which names the
	 * figure after it (the second item took the first figure, and the
	 * first item's name was read for both) */
	expect_kind("gwr", "2020-02-10", CITY,
		    "2019年，全市规上工业增加值、固定资产投资分别增长7.2%、10.5%税收收入完成82.3亿元。",
		    "某市 industrial_va growth 7.2 % exact 2019 yoy actual\n"
		    "某市 fai growth 10.5 % exact 2019 yoy actual\n"
		    "某市 tax_revenue level 82.3 亿元 exact 2019 - actual\n");
	/* (an item no catalog name names keeps its figure unkeyed) */
	expect_kind("gwr", "2020-02-10", CITY,
		    "2019年，全市某某产业产值、社会消费品零售总额分别增长3.1%6.4%一般公共预算收入完成40.2亿元。",
		    "某市 retail_sales growth 6.4 % exact 2019 yoy actual\n"
		    "某市 budget_revenue level 40.2 亿元 exact 2019 - actual\n");
	/* carbon per unit of output (单位地区生产总值二氧化碳排放, 单位GDP碳排放)
	 * names no GDP: its fall was keyed as the GDP's; it stays unkeyed */
	expect_kind("gwr", "2026-01-20", CITY,
		    "今年的主要预期目标是：地区生产总值增长6%左右，单位地区生产总值二氧化碳排放降低3.2%左右。",
		    "某市 gdp growth 6 % approx 2026 yoy target\n"
		    "某市 ~ growth -3.2 % approx 2026 yoy target\n");
	expect_kind("gwr", "2026-01-20", CITY,
		    "2025年，全市生产总值增长5.3%；单位GDP碳排放下降4.1%，单位生产总值二氧化碳排放下降2.5%—2.8%。",
		    "某市 gdp growth 5.3 % exact 2025 yoy actual\n"
		    "某市 ~ growth -4.1 % exact 2025 yoy actual\n"
		    "某市 ~ growth -2.8 % range 2025 yoy actual\n");
}

static void probe36_plan_rules(void)
{
	/* 度 is the everyday word for a kilowatt-hour: 亿度 of a power figure
	 * is 亿千瓦时 (the figure stayed unkeyed, its unit not the catalog's) */
	expect_kind("plan", "2024-02-26", CITY,
		    "二、2024年主要预期目标\n力争全年发电量达到52.6亿度左右，全社会用电量增长6%。",
		    "某市 power_generation level 52.6 亿千瓦时 approx 2024 - target\n"
		    "某市 electricity_consumption growth 6 % exact 2024 yoy target\n");
	expect_kind("plan", "2024-02-26", "county",
		    "一、2023年计划执行情况\n全年全社会用电量完成9.84亿度，同比增长4.7%；工业用电量6100万度。",
		    "某市 electricity_consumption level 9.84 亿千瓦时 exact 2023 - actual\n"
		    "某市 electricity_consumption growth 4.7 % exact 2023 yoy actual\n"
		    "某市 industrial_electricity level 0.61 亿千瓦时 exact 2023 - actual\n");
}

static void probe36_quarter_rules(void)
{
	/* 规上工业企业 split from 产值 by a verb (完成, 累计完成): the output of
	 * the industrial firms above designated size, as with 规模以上 */
	expect_kind("news", "2024-07-30", "district",
		    "1-6月，全区规上工业企业完成产值208.4亿元，增长5.1%。\n"
		    "1-6月，全区规上工业企业累计完成产值207.9亿元。",
		    "某市 industrial_output level 208.4 亿元 exact 2024H1 - actual\n"
		    "某市 industrial_output growth 5.1 % exact 2024H1 yoy actual\n"
		    "某市 industrial_output level 207.9 亿元 exact 2024H1 - actual\n");
	/* visitors received, written 接待旅游人次; 同口径 before its rate is
	 * the rate's basis words, no label */
	expect_kind("news", "2022-08-10", "district",
		    "上半年，全区接待旅游人次95.2万人次，同口径增长12.4%；旅游总收入8.6亿元。",
		    "某市 tourist_arrivals level 95.2 万人次 exact 2022H1 - actual\n"
		    "某市 tourist_arrivals growth 12.4 % exact 2022H1 yoy actual\n"
		    "某市 tourism_revenue level 8.6 亿元 exact 2022H1 - actual\n");
	/* 快于全市平均水平 in the city's own report: a part compared with the
	 * whole, no gap of a place (as 全县平均 in a county's) */
	expect_kind("news", "2022-11-20", "prefecture",
		    "1—9月份，全市规模以上工业增加值同比增长4.6%。"
		    "全市高新技术产业增加值同比增长8.1%，快于全市平均水平3.5个百分点。",
		    "某市 industrial_va growth 4.6 % exact 2022M01-M09 yoy actual\n"
		    "某市 high_tech_industry_va growth 8.1 % exact 2022M01-M09 yoy actual\n");
	/* a share of the whole named after 占 held by something the catalog
	 * lacks: the rates after it are that thing's, not the whole's */
	expect_kind("news", "2022-11-20", "prefecture",
		    "1—9月份，全市规模以上工业增加值同比增长4.6%。"
		    "1—9月份，全市规模以上装备制造业企业实现增加值占规模以上工业增加值的比重为41.3%，"
		    "同比增长7.4%，增速比1—8月份加快0.3个百分点。",
		    "某市 industrial_va growth 4.6 % exact 2022M01-M09 yoy actual\n");
}

/* Rules written from the 统计公报 of less-covered provinces (a prefecture's
 * footnote marks, a district's per-person unit, a county's part after 中
 * and its ceiling after 控制目标); the texts are the tests' own. */
static void probe37_eval_rules(void)
{
	/* a second scope after a comma that counts its places with words
	 * before the count (山区N县): the rank's, as after 、 */
	expect_kind("evaluation", "2023-11-28", "county",
		    "今年1-9月，全县地区生产总值同比增长5.8%，增速全省第六，山区12县第二；"
		    "规上工业增加值增长8.4%,增速全省第九,山区21县第一。",
		    "某市 gdp growth 5.8 % exact 2023M01-M09 yoy actual 6@全省,2@山区12县\n"
		    "某市 industrial_va growth 8.4 % exact 2023M01-M09 yoy actual 9@全省,1@山区21县\n");
	/* places counted before the label that pass an amount, named after
	 * 的: the places' bar, no figure of the report's place (首个…的县
	 * still is its own) */
	expect_kind("evaluation", "2023-08-02", "province",
		    "全省有3个地区生产总值超800亿元的县（市），比上年增加1个；"
		    "甲市和乙市也是全国仅有的两个GDP超2500亿的强县域。",
		    "");
	expect_kind("gwr", "2023-02-20", "county",
		    "2022年，全县地区生产总值首次突破300亿元，成为全市首个地区生产总值超300亿元的县。",
		    "某市 gdp level 300 亿元 at_least 2022 - actual\n"
		    "某市 gdp level 300 亿元 at_least 2022 - actual\n");
	/* 所有 or 各 and a word of places: each of the places under the
	 * entity, not itself */
	expect_kind("evaluation", "2023-08-02", "province",
		    "目前，全省所有县域人均地区生产总值均超过7万元，县域经济占全省比重继续提高。",
		    "");
	expect_kind("gwr", "2023-02-20", CITY,
		    "2022年，全市各县（市、区）一般公共预算收入均增长6%以上，全市一般公共预算收入增长8.3%。",
		    "某市 budget_revenue growth 8.3 % exact 2022 yoy actual\n");
}

static void probe36_bulletin_rules(void)
{
	/* a note's mark between two characters of a label is read through:
	 * the label went on past it unseen and its figures stayed unkeyed */
	expect_kind("bulletin", "2023-03-01", CITY,
		    "2022年，全市高技术制造业[4]实现增加值21.4亿元，增长8.3%；全市农民工[5]总量7.6万人。",
		    "某市 high_tech_industry_va level 21.4 亿元 exact 2022 - actual\n"
		    "某市 high_tech_industry_va growth 8.3 % exact 2022 yoy actual\n"
		    "某市 migrant_workers level 7.6 万人 exact 2022 - actual\n");
	/* 元/人 of a metric in 元 (per person by its name) is in 元 */
	expect_kind("bulletin", "2023-03-01", CITY,
		    "2022年，全市人均地区生产总值65210元/人，比上年增长4.2%；全体居民人均可支配收入2.8万元/人。",
		    "某市 gdp_per_capita level 65210 元 exact 2022 - actual\n"
		    "某市 gdp_per_capita growth 4.2 % exact 2022 yoy actual\n"
		    "某市 disposable_income level 28000 元 exact 2022 - actual\n");
	/* a label, 中 and words that run on to the figure: the figure counts a
	 * part (was keyed as the whole) */
	expect_kind("bulletin", "2023-03-01", CITY,
		    "2022年，城镇新增就业4310人，其中新增就业人员中领取创业补贴860人；"
		    "规模以上工业企业中停产企业14家；市场主体中个体户3.7万户。",
		    "某市 urban_new_jobs level 0.431 万人 exact 2022 - actual\n");
	/* a figure right after 控制目标 is that ceiling, a target (was actual) */
	expect_kind("bulletin", "2023-03-01", CITY,
		    "2022年，城镇登记失业率3.3%，与全年控制目标4.8%相比低1.5个百分点。",
		    "某市 registered_unemployment_rate level 3.3 % exact 2022 - actual\n"
		    "某市 registered_unemployment_rate level 4.8 % exact 2022 - target\n");
}

static void probe37_bulletin_rules(void)
{
	/* 出笼家禽, the verb first as in 出栏家禽, is the poultry slaughtered;
	 * 新造林 (and 新造林面积) an afforestation in 亩 (both were unkeyed) */
	expect_kind("bulletin", "2024-03-01", "county",
		    "2023年，全县出笼家禽215.6万羽，增长3.4%；全年新造林3120亩，新造林面积比上年增长5.5%。",
		    "某市 poultry_slaughtered level 215.6 万只 exact 2023 - actual\n"
		    "某市 poultry_slaughtered growth 3.4 % exact 2023 yoy actual\n"
		    "某市 afforestation_area level 0.312 万亩 exact 2023 - actual\n"
		    "某市 afforestation_area growth 5.5 % exact 2023 yoy actual\n");
}

static void probe37_gwr_rules(void)
{
	/* 签约资金 of a year's signed projects and the key projects'
	 * 重大项目累计完成投资 (累计 within the year): both were unkeyed */
	expect("2024-01-20", "county",
	       "2023年，全年新签约项目38个、签约资金126.4亿元；列入市级调度的29个重大项目累计完成投资64.2亿元。",
	       "某市 signed_investment level 126.4 亿元 exact 2023 - actual\n"
	       "某市 project_investment level 64.2 亿元 exact 2023 - actual\n");
	/* 现价 without 按 before a growth, as 可比价 is: the growth at current
	 * prices of the label before (was lost) */
	expect("2024-01-20", "county", "2023年，规上工业总产值865亿元，现价增长12.6%。",
	       "某市 industrial_output level 865 亿元 exact 2023 - actual\n"
	       "某市 industrial_output growth 12.6 % exact 2023 yoy actual\n");
}

/* Round 38: county 政府工作报告 of less-covered provinces. */
static void probe38_gwr_rules(void)
{
	/* 增速分别为a%(全市第三)、b%(全市第八): a rank alone in a bracket right
	 * after an item of the 分别 list ranks that item (the first item took
	 * both ranks) */
	expect_kind("gwr", "2021-02-10", "county",
		    "一、2020年工作回顾\n城乡居民人均可支配收入分别为29840元、11620元，"
		    "增速分别为6.3%(全市第二)、7.9%(全市第九)。",
		    "某市 urban_income level 29840 元 exact 2020 - actual\n"
		    "某市 rural_income level 11620 元 exact 2020 - actual\n"
		    "某市 urban_income growth 6.3 % exact 2020 yoy actual 2@全市\n"
		    "某市 rural_income growth 7.9 % exact 2020 yoy actual 9@全市\n");
	/* two ranks in one bracket after the list still go in order */
	expect_kind("gwr", "2021-02-10", "county",
		    "一、2020年工作回顾\n地区生产总值、固定资产投资分别增长4.4%、8.6%（全市第四、第一）。",
		    "某市 gdp growth 4.4 % exact 2020 yoy actual 4@全市\n"
		    "某市 fai growth 8.6 % exact 2020 yoy actual 1@全市\n");
	/* 分别达到a元和b元、增长p%和q%: the 、 before the growth word ends the
	 * pair of amounts as a comma would (the figures paired crosswise);
	 * a 、 before 增长 with no 分别 list keeps the label */
	expect_kind("gwr", "2020-03-15", "county",
		    "一、2019年工作回顾\n城乡常住居民人均可支配收入分别达到\n"
		    "30215元和13480元、增长6.5%和9.5%。地区生产总值58.2亿元、增长5.3%。",
		    "某市 urban_income level 30215 元 exact 2019 - actual\n"
		    "某市 rural_income level 13480 元 exact 2019 - actual\n"
		    "某市 urban_income growth 6.5 % exact 2019 yoy actual\n"
		    "某市 rural_income growth 9.5 % exact 2019 yoy actual\n"
		    "某市 gdp level 58.2 亿元 exact 2019 - actual\n"
		    "某市 gdp growth 5.3 % exact 2019 yoy actual\n");
}

/* Round 37: economic-operation releases of prefectures and districts. */
static void probe37_quarter_rules(void)
{
	/* clauses of one rate each after their own words, then 分别比…加快a、b、c:
	 * each change the item's in order (物流投资: no catalog label, no
	 * record), not all the last label's */
	expect_kind("news", "2024-06-20", "prefecture",
		    "1-5月，全市重点领域投资较快，工业投资增长20.1%，物流投资增长12.4%，"
		    "基础设施投资增长10.3%，分别比1-4月加快1.1个、4.4个和3.3个百分点。",
		    "某市 industrial_investment growth 20.1 % exact 2024M01-M05 yoy actual\n"
		    "某市 ~ growth 12.4 % exact 2024M01-M05 yoy actual\n"
		    "某市 infrastructure_investment growth 10.3 % exact 2024M01-M05 yoy actual\n"
		    "某市 industrial_investment change_pp 1.1 百分点 exact 2024M01-M05 vs:2024M01-M04 actual\n"
		    "某市 infrastructure_investment change_pp 3.3 百分点 exact 2024M01-M05 vs:2024M01-M04 actual\n");
	/* A、B增加值均增长N%: names joined by 、 share the last one's tail and
	 * the one rate (节能环保产业增加值: no catalog name, no record); so with a
	 * catalog name last */
	expect_kind("news", "2025-03-20", "prefecture",
		    "1-2月，全市规模以上工业增加值增长7.1%。分类别看，高新技术产业、节能环保产业增加值均增长21.0%。",
		    "某市 industrial_va growth 7.1 % exact 2025M01-M02 yoy actual\n"
		    "某市 high_tech_industry_va growth 21 % exact 2025M01-M02 yoy actual\n");
	expect_kind("news", "2025-03-20", "prefecture",
		    "1-2月，全市规上工业中，高技术产业、战略性新兴产业增加值均增长18.5%。",
		    "某市 high_tech_industry_va growth 18.5 % exact 2025M01-M02 yoy actual\n"
		    "某市 strategic_emerging_va growth 18.5 % exact 2025M01-M02 yoy actual\n");
}

static void probe37_speech_rules(void)
{
	/* a basis before 分别 (较2019年, 比上年同期) ends the list's last
	 * item: a first item no metric names keeps its place (no record),
	 * and the second figure is the second item's */
	expect("2024-01-10", CITY,
	       "2023年，全市过夜游客数、旅游总收入较2018年分别增长31%、27%，文旅市场回暖。",
	       "某市 tourism_revenue growth 27 % exact 2023 vs:2018 actual\n");
	expect("2024-01-10", CITY,
	       "2023年，全市过夜游客数、旅游总收入比上年同期分别增长13%、11%。",
	       "某市 tourism_revenue growth 11 % exact 2023 yoy actual\n");
	/* “十四五”时期以来 is “十四五”以来: the plan's years so far, done,
	 * no target */
	expect("2025-02-10", CITY,
	       "“十四五”时期以来，全市累计完成固定资产投资1850亿元。",
	       "某市 fai level 1850 亿元 exact 2021..2024 - actual\n");
	/* a streak of yearly rates in such a span (增速连续四年超过N%) is the
	 * last year's rate year on year, no growth over the span */
	expect("2025-02-10", CITY,
	       "“十四五”以来，全市规上工业增加值增速连续四年超过9%。",
	       "某市 industrial_va growth 9 % at_least 2024 yoy actual\n");
	/* A、B分别增长a%，b%: a comma between the figures of a 分别 list ends no
	 * clause; the second figure is the second name's (was the first's too) */
	expect("2024-01-20", CITY,
	       "2023年，全市规上工业总产值、规上工业增加值分别增长7.4%，5.9%。",
	       "某市 industrial_output growth 7.4 % exact 2023 yoy actual\n"
	       "某市 industrial_va growth 5.9 % exact 2023 yoy actual\n");
	expect("2024-01-20", CITY,
	       "2023年，全市城镇化率、研发投入强度分别提高0.8个百分点,0.3个百分点。",
	       "某市 urbanization_rate change_pp 0.8 百分点 exact 2023 yoy actual\n"
	       "某市 rd_intensity change_pp 0.3 百分点 exact 2023 yoy actual\n");
	expect("2024-01-20", CITY, "2023年，全市一般公共预算收入、税收收入分别完成14.2亿元，9.6亿元。",
	       "某市 budget_revenue level 14.2 亿元 exact 2023 - actual\n"
	       "某市 tax_revenue level 9.6 亿元 exact 2023 - actual\n");
	/* A、B分别增长a%，12月当月增长b%: one figure after 分别 and two names
	 * listed before it is neither name's, nor is the month's after it
	 * (each name took the one figure, the second the month's too) */
	expect("2024-01-20", CITY,
	       "2023年，全市外贸进出口总额、实际使用外资分别增长8.7%，12月当月增长2.6%。"
	       "全市规上工业增加值增长6.1%。",
	       "某市 industrial_va growth 6.1 % exact 2023 yoy actual\n");
	/* 实现N%左右的增长, 保持N%以上增长: the growth named after its rate
	 * (was no figure; with the level after it, also lost) */
	expect_kind("targets", "2024-01-20", CITY,
		    "2024年主要预期目标：地区生产总值实现5.5%左右的增长，规上工业增加值保持6%以上增长，"
		    "一般公共预算收入增长率保持稳定。",
		    "某市 gdp growth 5.5 % approx 2024 yoy target\n"
		    "某市 industrial_va growth 6 % at_least 2024 yoy target\n");
	/* 产量均居: a measure named before 均 ranks its one keyed figure of it,
	 * the other item's output being of no catalog metric */
	expect("2025-01-20", CITY,
	       "2024年，全市汽车产量保持12%以上增长、达35万辆，新能源汽车产量增长40.5%、达16.8万辆，"
	       "产量均居全省第2位。",
	       "某市 vehicle_output growth 12 % at_least 2024 yoy actual\n"
	       "某市 vehicle_output level 35 万辆 exact 2024 - actual 2@全省\n"
	       "某市 ~ growth 40.5 % exact 2024 yoy actual\n");
	/* the stock after its increase, with only 、 and a bound word or 总数达到
	 * between: the label's level (was lost) */
	expect("2024-01-20", CITY, "2023年，全市经营主体净增0.9万户、突破12万户。",
	       "某市 market_entities added 0.9 万户 exact 2023 - actual\n"
	       "某市 market_entities level 12 万户 at_least 2023 - actual\n");
	expect("2024-01-20", CITY, "2023年，全市新增高新技术企业27家、总数达到186家。",
	       "某市 high_tech_enterprises added 27 家 exact 2023 - actual\n"
	       "某市 high_tech_enterprises level 186 家 exact 2023 - actual\n");
}

static void speech38_rules(void)
{
	/* items inside a paragraph (一是…。二是…, not on lines of their own)
	 * keep the period its lead named: 今年 of a spring speech dates the
	 * targets of its items (were undated in a speech, last year's in a
	 * news item) */
	static const char *const lead_items =
		"今年是全市项目攻坚之年。一是稳住预期。锚定全年地区生产总值增长6%的目标。"
		"二是扩大投资。力争固定资产投资增长9%，社会消费品零售总额增长7%。";
	static const char *const want =
		"某市 gdp growth 6 % exact 2024 yoy target\n"
		"某市 fai growth 9 % exact 2024 yoy target\n"
		"某市 retail_sales growth 7 % exact 2024 yoy target\n";
	expect_kind("speech", "2024-04-10", CITY, lead_items, want);
	expect_kind("news", "2024-04-10", CITY, lead_items, want);
	/* a line that opens with an item leaves its period to no item after
	 * it; an item on a line of its own gets none from the line before */
	expect_kind("speech", "2024-04-10", CITY,
		    "一是2023年全市地区生产总值增长5.2%。二是力争固定资产投资增长9%。",
		    "某市 gdp growth 5.2 % exact 2023 yoy actual\n"
		    "某市 fai growth 9 % exact - yoy target\n");
	expect_kind("speech", "2024-04-10", CITY,
		    "今年是全市项目攻坚之年。\n一是力争固定资产投资增长9%。",
		    "某市 fai growth 9 % exact - yoy target\n");
	/* a heading in two parts (二、…，…) ends at its newline: the
	 * paragraph below is the lead of its items (its 今年以来 dates
	 * them; the heading had joined it as an item, and they were
	 * undated) */
	expect_kind("speech", "2024-09-20", CITY,
		    "二、正视差距，以更强担当推动发展\n今年以来，全市经济稳中有进。"
		    "一是投资回升。完成固定资产投资52.6亿元，增长4.8%。",
		    "某市 fai level 52.6 亿元 exact 2024M01-M09 - actual\n"
		    "某市 fai growth 4.8 % exact 2024M01-M09 yoy actual\n");
}

static void audit38_rules(void)
{
	/* “十四五”前四年: the plan's first years, done (was the whole plan,
	 * a target), and a level after it in its sentence is the last of
	 * them */
	expect("2025-12-20", CITY,
	       "“十四五”前四年，全市地区生产总值年均增长5.3%，人均GDP达到7.1万元。",
	       "某市 gdp growth 5.3 % exact 2021..2024 cagr actual\n"
	       "某市 gdp_per_capita level 71000 元 exact 2024 - actual\n");
	expect("2023-12-20", CITY, "十四五前两年，全市固定资产投资年均增长8.2%。",
	       "某市 fai growth 8.2 % exact 2021..2022 cagr actual\n");
	/* the change in points of a share that is an indicator of its own
	 * (研发经费占GDP比重: 研发投入强度) is that indicator's change (was
	 * unkeyed); other shares' changes stay unkeyed */
	expect("2024-01-15", CITY,
	       "2023年，全市研发经费投入占地区生产总值的比重提高0.3个百分点，"
	       "第二产业增加值占地区生产总值比重提高1.1个百分点。",
	       "某市 rd_intensity change_pp 0.3 百分点 exact 2023 yoy actual\n");
}

static void probe38_summary_rules(void)
{
	/* 规下 (规模以下) before a label: the firms below the size line, a
	 * part, even after the 规上 figure of its sentence */
	expect("2022-03-01", CITY,
	       "2021年，全市规上工业增加值增长7.4%，规下工业增加值增长12.6%。",
	       "某市 industrial_va growth 7.4 % exact 2021 yoy actual\n"
	       "某市 ~ growth 12.6 % exact 2021 yoy actual\n");
	/* a rank-only growth whose rank clause names its own period before
	 * 增速 is that period's; without one, the figure's beside it */
	expect("2023-07-20", CITY,
	       "上半年，全市社会消费品零售总额完成31.5亿元，增速居全市第四。"
	       "固定资产投资完成48.2亿元，一季度增速居全市第二。",
	       "某市 retail_sales level 31.5 亿元 exact 2023H1 - actual\n"
	       "某市 retail_sales growth null - exact 2023H1 yoy actual 4@全市\n"
	       "某市 fai level 48.2 亿元 exact 2023H1 - actual\n"
	       "某市 fai growth null - exact 2023Q1 yoy actual 2@全市\n");
	/* 粮食面积 without 播种 (in 公顷 too) is the grain sown area, 渔业产量
	 * the aquatic output (both were unkeyed) */
	expect("2022-10-10", CITY,
	       "前三季度，全市粮食面积18460公顷，同比增长1.2%，渔业产量8120吨，同比增长3.1%。",
	       "某市 grain_area level 27.69 万亩 exact 2022M01-M09 - actual\n"
	       "某市 grain_area growth 1.2 % exact 2022M01-M09 yoy actual\n"
	       "某市 aquatic_output level 0.812 万吨 exact 2022M01-M09 - actual\n"
	       "某市 aquatic_output growth 3.1 % exact 2022M01-M09 yoy actual\n");
	/* a second rank after a comma whose scope the rank reader does not
	 * know (no 全 or 居) ranks the record of the rank before it */
	expect("2024-02-01", CITY,
	       "2023年，全市外贸进出口总额3120亿元，居全国省会城市第四,国家中心城市第六位。",
	       "某市 import_export level 3120 亿元 exact 2023 - actual 4@全国省会城市,6@国家中心城市\n");
}

static void probe39_eval_rules(void)
{
	/* 前四年 bare before 年均: the years ended (as 近四年), not a label:
	 * the average is the clause's subject's (was unkeyed, labelled 前四年) */
	expect("2025-10-20", CITY,
	       "全市地区生产总值由2020年的640.2亿元增加至2024年的733.9亿元，前四年年均增长3.5%。",
	       "某市 gdp level 640.2 亿元 exact 2020 - actual\n"
	       "某市 gdp level 733.9 亿元 exact 2024 - actual\n"
	       "某市 gdp growth 3.5 % exact 2021..2024 cagr actual\n");
	expect("2024-11-20", CITY, "全市固定资产投资前三年平均增长6.1%。",
	       "某市 fai growth 6.1 % exact 2021..2023 cagr actual\n");
	/* 播面, the sown area's short form: the output after 、 is the crop's
	 * (was missed, with the rank on the area) */
	expect_kind("news", "2023-11-08", "county",
		    "2022年完成粮食播面52.7万亩、产量达20.6万吨，居全省第九。",
		    "某市 grain_area level 52.7 万亩 exact 2022 - actual\n"
		    "某市 grain_output level 20.6 万吨 exact 2022 - actual 9@全省\n");
}

static void gwr39_rules(void)
{
	/* someone else named inside a bracketed aside (县本级, 开发区) is the
	 * aside's subject only, and an estimate word with a figure of its own
	 * in the aside estimates the aside only: past the closing bracket the
	 * sentence goes on about the county, actual */
	expect_kind("gwr", "2024-01-10", "county",
		    "一、2023年工作回顾\n"
		    "全年完成固定资产投资86.4亿元，增长4.2%（其中：县本级预计完成70.1亿元，"
		    "开发区预计完成16.3亿元）；一般公共预算收入9.8亿元，增长3.5%。",
		    "某市 fai level 86.4 亿元 exact 2023 - actual\n"
		    "某市 fai growth 4.2 % exact 2023 yoy actual\n"
		    "某市 budget_revenue level 9.8 亿元 exact 2023 - actual\n"
		    "某市 budget_revenue growth 3.5 % exact 2023 yoy actual\n");
	expect_kind("gwr", "2024-01-10", "county",
		    "一、2023年工作回顾\n"
		    "全年完成固定资产投资86.4亿元（其中工业投资预计完成31.2亿元），"
		    "社会消费品零售总额42.7亿元。",
		    "某市 fai level 86.4 亿元 exact 2023 - actual\n"
		    "某市 industrial_investment level 31.2 亿元 exact 2023 - estimate\n"
		    "某市 retail_sales level 42.7 亿元 exact 2023 - actual\n");
	/* (a note on the figure before, 预计 alone in its bracket, still
	 * speaks for the sentence) */
	expect_kind("gwr", "2024-01-10", "county",
		    "一、2023年工作回顾\n"
		    "地区生产总值增长5.6%（预计），社会消费品零售总额42.7亿元。",
		    "某市 gdp growth 5.6 % exact 2023 yoy estimate\n"
		    "某市 retail_sales level 42.7 亿元 exact 2023 - estimate\n");
}

/* Rules written from the second set of evaluation texts of round 39; the
 * texts are the tests' own. */
/* a growth right after a span from one year's level to a later year's
 * is against the first year (跃升至 ends such a span too); one year apart
 * it is the year's growth */
static void span_growth_rules(void)
{
	expect_kind("gwr", "2025-01-12", "county",
		    "一、过去五年工作回顾\n"
		    "全县一般公共预算收入从2020年的6.2亿元增加到2024年的8.9亿元，增长43.5%。"
		    "规上工业总产值由“十三五”末的41.7亿元跃升至2024年的77.3亿元，增长85.4%。",
		    "某市 budget_revenue level 6.2 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue level 8.9 亿元 exact 2024 - actual\n"
		    "某市 budget_revenue growth 43.5 % exact 2024 vs:2020 actual\n"
		    "某市 industrial_output level 41.7 亿元 exact 2020 - actual\n"
		    "某市 industrial_output level 77.3 亿元 exact 2024 - actual\n"
		    "某市 industrial_output growth 85.4 % exact 2024 vs:2020 actual\n");
	expect_kind("gwr", "2025-01-12", "county",
		    "一、2024年工作回顾\n"
		    "全县一般公共预算收入从2023年的8.1亿元增加到2024年的8.9亿元，增长9.9%。",
		    "某市 budget_revenue level 8.1 亿元 exact 2023 - actual\n"
		    "某市 budget_revenue level 8.9 亿元 exact 2024 - actual\n"
		    "某市 budget_revenue growth 9.9 % exact 2024 yoy actual\n");
}

static void eval39b_rules(void)
{
	/* the names of the province and the city that enclose the document's
	 * own place, written before its name, make its full name: the clause
	 * is its own (a sibling so written stays someone else's) */
	expect_entity_records(ex, line_of, "临漳县", "evaluation", "2026-01-20", "county",
			      "五年来，河北省临漳县聚焦产业升级，地区生产总值从“十三五”末的61.5亿元"
			      "增至“十四五”末的88.2亿元，年均增长6.4%。",
			      "临漳县 gdp level 61.5 亿元 exact 2020 - actual\n"
			      "临漳县 gdp level 88.2 亿元 exact 2025 - actual\n"
			      "临漳县 gdp growth 6.4 % exact 2021..2025 cagr actual\n");
	expect_entity_records(ex, line_of, "临漳县", "news", "2024-07-20", "county",
			      "上半年，河北省邯郸市临漳县规上工业增加值增长7.3%。"
			      "河北省成安县规上工业增加值增长5.1%。",
			      "临漳县 industrial_va growth 7.3 % exact 2024H1 yoy actual\n");
}

/* Round 40: ten-year and five-year reviews. */
static void review40_rules(void)
{
	/* 十年来 (years counted back, as 五年来): a level reached is the last
	 * year ended, a threshold passed stays undated, a yearly average spans
	 * the ten years */
	expect_kind("speech", "2022-09-15", CITY,
		    "某市召开新闻发布会。\n十年来，全市推进改革，一般公共预算收入达312亿元、"
		    "人均生产总值突破8万元；地区生产总值年均增长7.2%。",
		    "某市 budget_revenue level 312 亿元 exact 2021 - actual\n"
		    "某市 gdp_per_capita level 80000 元 at_least - - actual\n"
		    "某市 gdp growth 7.2 % exact 2012..2021 cagr actual\n");
	expect_kind("evaluation", "2023-03-10", CITY,
		    "过去十年，全市常住人口城镇化率达到61.4%。",
		    "某市 urbanization_rate level 61.4 % exact 2022 - actual\n");
	/* a streak that counts its own years a clause after 十年来 leaves the
	 * review's years to the sentences after it */
	expect_kind("speech", "2022-09-15", CITY,
		    "某某介绍，十年来，全市推进改革，农民收入连续12年居全省首位。"
		    "常住人口城镇化率从50.2%提高到60.8%。",
		    "某市 rural_income level null - exact 2021 - actual 1@全省\n"
		    "某市 urbanization_rate level 60.8 % exact 2021 - actual\n");
	/* 从全国第五提升到第三: a move of the rank with bare numerals ranks
	 * the level before it at the place reached */
	expect_kind("speech", "2022-09-15", CITY,
		    "2021年全市一般公共预算收入达263亿元、从全省第六提升到第四。",
		    "某市 budget_revenue level 263 亿元 exact 2021 - actual 4@全省\n");
	/* 由2011年的…预计提高到2016年的…，年均增长: the average runs from the
	 * year after the one the span starts from, outside a review too */
	expect_kind("evaluation", "2017-01-20", CITY,
		    "地区生产总值由2011年的820亿元预计提高到2016年的1260亿元，年均增长8.9%。",
		    "某市 gdp level 820 亿元 exact 2011 - actual\n"
		    "某市 gdp level 1260 亿元 exact 2016 - estimate\n"
		    "某市 gdp growth 8.9 % exact 2012..2016 cagr estimate\n");
	expect_kind("news", "2021-03-05", CITY,
		    "全市一般公共预算收入从2015年的40.2亿元增加到2020年的61.5亿元，年均增长8.9%。",
		    "某市 budget_revenue level 40.2 亿元 exact 2015 - actual\n"
		    "某市 budget_revenue level 61.5 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue growth 8.9 % exact 2016..2020 cagr actual\n");
}

static void review_forms40_rules(void)
{
	/* a threshold passed after a span's end (…增至2024年的…) or in a plan
	 * period's review carried from a paragraph before is of no one year,
	 * unless the level the span reached is of the same metric */
	expect_kind("evaluation", "2025-12-20", "county",
		    "“十四五”以来，全县经济稳中有进。地区生产总值从2020年的41.3亿元增至2024年的"
		    "52.6亿元，人均地区生产总值突破7万元，一般公共预算收入达到3.2亿元。"
		    "地区生产总值从2020年的910亿元增至2024年的1120亿元，成为全省第4个地区生产总值"
		    "突破千亿的县。",
		    "某市 gdp level 41.3 亿元 exact 2020 - actual\n"
		    "某市 gdp level 52.6 亿元 exact 2024 - actual\n"
		    "某市 gdp_per_capita level 70000 元 at_least - - actual\n"
		    "某市 budget_revenue level 3.2 亿元 exact 2024 - actual\n"
		    "某市 gdp level 910 亿元 exact 2020 - actual\n"
		    "某市 gdp level 1120 亿元 exact 2024 - actual\n"
		    "某市 gdp level 1000 亿元 at_least 2024 - actual\n");
	expect_kind("evaluation", "2025-12-10", "county",
		    "某县召开发布会，介绍“十四五”时期发展成就。\n"
		    "这五年，全县地区生产总值突破500亿元。",
		    "某市 gdp level 500 亿元 at_least - - actual\n");
	/* a yearly average change (年均提高, 平均每年提高) whose period is
	 * carried from before its clause is no change of that year */
	expect_kind("evaluation", "2025-12-10", "county",
		    "全县城镇化率由2020年的48.2%提高到2024年的53%，年均提高1.2个百分点。"
		    "研发投入强度2024年达到2.1%，平均每年提高0.3个百分点。",
		    "某市 urbanization_rate level 48.2 % exact 2020 - actual\n"
		    "某市 urbanization_rate level 53 % exact 2024 - actual\n"
		    "某市 rd_intensity level 2.1 % exact 2024 - actual\n");
}

static void newscity40_rules(void)
{
	/* a clause of another place's name, 的 and a rate alone, after a
	 * clause comparing the figure with such a rate, goes on with the
	 * comparison: the 其中 sentence after it still breaks down the
	 * entity's figure */
	expect_kind("news", "2022-07-28", CITY,
		    "上半年，某市生产总值850亿元，同比增长4.2%，高于一季度的3.1%，"
		    "也高于全省同期的3.5%，全国的2.9%。\n"
		    "其中，第一产业增加值20.5亿元，增长3.4%；第二产业增加值310.2亿元，增长5.1%。",
		    "某市 gdp level 850 亿元 exact 2022H1 - actual\n"
		    "某市 gdp growth 4.2 % exact 2022H1 yoy actual\n"
		    "某市 primary_industry_va level 20.5 亿元 exact 2022H1 - actual\n"
		    "某市 primary_industry_va growth 3.4 % exact 2022H1 yoy actual\n"
		    "某市 secondary_industry_va level 310.2 亿元 exact 2022H1 - actual\n"
		    "某市 secondary_industry_va growth 5.1 % exact 2022H1 yoy actual\n");
	/* 连跨…台阶: thresholds passed one after another, no level */
	expect_kind("news", "2022-01-10", CITY,
		    "过去五年，全市生产总值连跨500亿元、600亿元两个台阶，2021年达到668亿元。",
		    "某市 gdp level 668 亿元 exact 2021 - actual\n");
	/* a figure in a yes-or-no question (…吗, 能否…？) is asked about,
	 * not reported */
	expect_kind("news", "2021-11-02", CITY,
		    "某市前三季度GDP能否突破800亿元？\n某市今年GDP能破千亿吗\n"
		    "前三季度，全市生产总值完成768.3亿元，增长9.2%。",
		    "某市 gdp level 768.3 亿元 exact 2021M01-M09 - actual\n"
		    "某市 gdp growth 9.2 % exact 2021M01-M09 yoy actual\n");
	/* counts listed with 、 and 和, each before the label it counts:
	 * every label is its own count's, not the next item's */
	expect_kind("news", "2022-03-15", CITY,
		    "2021年末，全市有2.3万家工业企业、1250家规上工业企业、380多家高新技术企业"
		    "和12家上市企业。",
		    "某市 above_scale_industrial_enterprises level 1250 家 exact 2021 - actual\n"
		    "某市 high_tech_enterprises level 380 家 at_least 2021 - actual\n"
		    "某市 listed_companies level 12 家 exact 2021 - actual\n");
}

static void ranks40_rules(void)
{
	/* a bare 高 or 低 right before the places (分别高全国、全省和全市a、b和c个
	 * 百分点, 低全省…) is 高于, 低于: gaps against the places, no change */
	expect("2023-10-25", "county",
	       "1-9月，全县规上工业增加值增长9.4%，增速分别高全国、全省和全市2.1、1.6和0.8个百分点。",
	       "某市 industrial_va growth 9.4 % exact 2023M01-M09 yoy actual\n"
	       "某市 industrial_va gap_pp 2.1 百分点 exact 2023M01-M09 全国 actual\n"
	       "某市 industrial_va gap_pp 1.6 百分点 exact 2023M01-M09 全省 actual\n"
	       "某市 industrial_va gap_pp 0.8 百分点 exact 2023M01-M09 全市 actual\n");
	expect("2023-10-25", "county",
	       "1-9月，全县固定资产投资增长3.2%，增速低全省0.7个百分点，居全市第五位。",
	       "某市 fai growth 3.2 % exact 2023M01-M09 yoy actual 5@全市\n"
	       "某市 fai gap_pp -0.7 百分点 exact 2023M01-M09 全省 actual\n");
	/* 提高 before a place is no gap word */
	expect("2023-10-25", "county",
	       "1-9月，全县规上工业增加值增长6.3%，比上半年提高1.1个百分点。",
	       "某市 industrial_va growth 6.3 % exact 2023M01-M09 yoy actual\n"
	       "某市 industrial_va change_pp 1.1 百分点 exact 2023M01-M09 vs:2023H1 actual\n");
	/* the same rank said again with its scope's words in brackets
	 * (全市县区第一…全市(县区)第一) is one rank */
	expect("2023-10-25", "district",
	       "1-9月，全区规上工业增加值增长10.6%，居全市县区第一位，连续五个月位居全市(县区)第一位。",
	       "某市 industrial_va growth 10.6 % exact 2023M01-M09 yoy actual 1@全市县区\n");
	/* a year that a later one of its sentence follows (a timeline:
	 * 2012年…；2017年…；2021年…) is no news item's own period: the
	 * headline before it is the last step's */
	expect_kind("news", "2022-02-08", CITY,
		    "某市GDP突破5000亿元\n"
		    "回顾历程，2012年，全市经济总量突破1000亿元；2017年，全市经济总量突破3000亿元；"
		    "2021年，全市经济总量突破5000亿元。",
		    "某市 gdp level 5000 亿元 at_least 2021 - actual\n"
		    "某市 gdp level 1000 亿元 at_least 2012 - actual\n"
		    "某市 gdp level 3000 亿元 at_least 2017 - actual\n"
		    "某市 gdp level 5000 亿元 at_least 2021 - actual\n");
	/* a streak counted as an ordinal (连续第9年居…首位) is a duration, as
	 * 连续9年 is: the rank after it stands */
	expect("2022-01-20", CITY,
	       "2021年，全市出口规模连续第9年居全省首位。",
	       "某市 exports level null - exact 2021 - actual 1@全省\n");
	expect("2022-01-20", CITY,
	       "2021年，全市出口总额1200亿元，增长8%，连续第三年位居全省第二。",
	       "某市 exports level 1200 亿元 exact 2021 - actual\n"
	       "某市 exports growth 8 % exact 2021 yoy actual 2@全省\n");
	/* 一般贸易进出口, 加工贸易出口: a trade mode, a part of the trade */
	expect("2022-01-20", CITY,
	       "1-11月，全市进出口总额2650.3亿元，同比增长9.2%。其中，一般贸易进出口增长11.4%，"
	       "加工贸易出口下降3.1%。",
	       "某市 import_export level 2650.3 亿元 exact 2021M01-M11 - actual\n"
	       "某市 import_export growth 9.2 % exact 2021M01-M11 yoy actual\n"
	       "某市 ~ growth 11.4 % exact 2021M01-M11 yoy actual\n"
	       "某市 ~ growth -3.1 % exact 2021M01-M11 yoy actual\n");
	/* a later year of a target (力争2025年…) is no step */
	expect_kind("news", "2022-02-08", CITY,
		    "某市GDP突破5000亿元\n"
		    "2021年，全市经济总量突破5000亿元，力争2025年达到7000亿元。",
		    "某市 gdp level 5000 亿元 at_least 2021 - actual\n"
		    "某市 gdp level 5000 亿元 at_least 2021 - actual\n"
		    "某市 gdp level 7000 亿元 exact 2025 - target\n");
}

static void ranks41_rules(void)
{
	/* 多 before a measure word after a figure with its unit (增长7.6% 多项
	 * 指标…) counts the next noun: the figure stays exact */
	expect_kind("news", "2023-08-02", CITY,
		    "上半年某市规上工业增加值增长7.6% 多项指标位居全省前列",
		    "某市 industrial_va growth 7.6 % exact 2023H1 yoy actual\n");
	expect("2023-08-02", CITY, "上半年，全市实际利用外资增长12.4%，多个行业增速加快。",
	       "某市 foreign_investment growth 12.4 % exact 2023H1 yoy actual\n");
	/* a figure said again in a later sentence of its paragraph with a rank
	 * the first saying lacks: one record, with the rank */
	expect("2023-08-02", CITY,
	       "上半年，全市规上工业增加值增长8.6%，对经济增长的贡献率为40%。"
	       "多项指标位居全省前列：规上工业增加值增长8.6%，居全省第5位。",
	       "某市 industrial_va growth 8.6 % exact 2023H1 yoy actual 5@全省\n");
	/* (said again with a rank where the first has one of its own: both kept) */
	expect("2023-08-02", CITY,
	       "上半年，全市规上工业增加值增长8.6%，居全市第2位。"
	       "规上工业增加值增长8.6%，居全省第5位。",
	       "某市 industrial_va growth 8.6 % exact 2023H1 yoy actual 2@全市\n"
	       "某市 industrial_va growth 8.6 % exact 2023H1 yoy actual 5@全省\n");
	/* an industry, then a verb, before the label (某某产业完成工业增加值,
	 * 某某行业实现工业增加值): the industry's figure, a part; the place's
	 * own industry before the verb stays the whole */
	expect("2023-12-20", CITY,
	       "1-11月，新材料产业完成工业增加值52.3亿元，增长4.1%。",
	       "");
	expect("2023-12-20", CITY,
	       "1-11月，装备行业实现工业增加值31.7亿元，增长2.9%。",
	       "");
	/* (a period word between the industries and the verb: 当月完成) */
	expect("2023-12-20", CITY,
	       "11月份，全市有21个行业增长。这21个行业当月完成工业增加值占全市规上工业比重为61.4%。",
	       "");
	expect("2023-12-20", CITY,
	       "1-11月，全市规模以上工业完成工业增加值310.5亿元，增长6.4%。",
	       "某市 industrial_va level 310.5 亿元 exact 2023M01-M11 - actual\n"
	       "某市 industrial_va growth 6.4 % exact 2023M01-M11 yoy actual\n");
	/* a bare 工业增加值 with only a verb before it, after a product's output
	 * and its figure in the sentence (words.json product_outputs): that
	 * product's industry's value added, a part; outputs with no figure
	 * (主要工业产品产量保持增长) leave the whole */
	expect("2023-06-20", CITY,
	       "1-5月，全市石材行业产销两旺，石材产量达到86万吨，同比增长12.4%，"
	       "实现工业增加值同比增长9.6%。",
	       "某市 ~ growth 9.6 % exact 2023M01-M05 yoy actual\n");
	expect("2023-06-20", CITY,
	       "5月份，完成原煤产量52万吨，同比增长6.3%，实现工业增加值同比增长5.2%。",
	       "某市 raw_coal_output level 52 万吨 exact 2023M05 - actual\n"
	       "某市 raw_coal_output growth 6.3 % exact 2023M05 yoy actual\n"
	       "某市 ~ growth 5.2 % exact 2023M05 yoy actual\n");
	/* the firms of a power trade, then a verb, before the label (words.json
	 * trade_firms: 光伏企业完成发电量…): that trade's figure, a part, as
	 * with no verb between; the firms that report the label stay the
	 * place's (规模以上工业企业完成发电量) */
	expect("2023-06-20", CITY,
	       "1-5月，全市规模以上光伏企业完成发电量6.4亿千瓦时，同比增长9%。",
	       "");
	expect("2023-06-20", CITY,
	       "1-5月，全市规模以上工业企业完成发电量32.5亿千瓦时。",
	       "某市 power_generation level 32.5 亿千瓦时 exact 2023M01-M05 - actual\n");
	expect("2023-06-20", CITY,
	       "1-5月，全市主要工业产品产量保持增长，完成工业增加值18.6亿元，同比增长7.7%。",
	       "某市 total_industry_va level 18.6 亿元 exact 2023M01-M05 - actual\n"
	       "某市 total_industry_va growth 7.7 % exact 2023M01-M05 yoy actual\n");
}

static void ranks42_rules(void)
{
	/* a bare 增加值 after 其中 and the month of the span that opens its
	 * clause (其中，5月当月增加值…, 其中，5月份增加值…) is the month's figure
	 * of the whole the sentence before named: its label, the gap and the
	 * rank after it go on with it */
	expect("2022-06-20", CITY,
	       "1-5月，全市规上工业增加值比上年同期增长4.6%，居全省第8位。"
	       "其中，5月当月增加值增长6.3%，增速高于全省平均0.9个百分点，居全省第3位。",
	       "某市 industrial_va growth 4.6 % exact 2022M01-M05 yoy actual 8@全省\n"
	       "某市 industrial_va growth 6.3 % exact 2022M05 yoy actual 3@全省\n"
	       "某市 industrial_va gap_pp 0.9 百分点 exact 2022M05 全省平均 actual\n");
	expect("2022-06-20", CITY,
	       "1-5月，规模以上工业增加值增长9%，比全省高2.4个百分点。"
	       "其中，5月份增加值增速7.8%，比全省高3.1个百分点。",
	       "某市 industrial_va growth 9 % exact 2022M01-M05 yoy actual\n"
	       "某市 industrial_va gap_pp 2.4 百分点 exact 2022M01-M05 全省 actual\n"
	       "某市 industrial_va growth 7.8 % exact 2022M05 yoy actual\n"
	       "某市 industrial_va gap_pp 3.1 百分点 exact 2022M05 全省 actual\n");
	/* …, with a verb between the month and the bare noun (其中8月当月完成
	 * 增加值…, 8月份实现增加值…): the month's figure all the same */
	expect("2022-09-20", CITY,
	       "1-8月，全市规模以上工业完成增加值同比增长15.2%。"
	       "其中8月当月完成增加值同比增长21.4%。",
	       "某市 industrial_va growth 15.2 % exact 2022M01-M08 yoy actual\n"
	       "某市 industrial_va growth 21.4 % exact 2022M08 yoy actual\n");
	expect("2022-09-20", CITY,
	       "1-8月，全市规上工业实现增加值同比增长6.1%。"
	       "8月份实现增加值同比增长4.8%。",
	       "某市 industrial_va growth 6.1 % exact 2022M01-M08 yoy actual\n"
	       "某市 industrial_va growth 4.8 % exact 2022M08 yoy actual\n");
	/* 规上工业实现产值 (规模以上工业实现产值): the output, as 规上工业企业实现产值
	 * is; an industry's 实现产值 stays a part */
	expect("2022-09-15", CITY,
	       "1-8月，全市规上工业实现产值318.6亿元，增长7.2%。"
	       "三大主导产业实现产值201.4亿元，增长9.1%。",
	       "某市 industrial_output level 318.6 亿元 exact 2022M01-M08 - actual\n"
	       "某市 industrial_output growth 7.2 % exact 2022M01-M08 yoy actual\n");
	/* a clause of the distance to another place's rate (与全国增速差距缩小到…,
	 * 与全省差距由…缩小至…) is no figure and no new subject: the label goes
	 * on to the clauses after it */
	expect("2022-05-20", CITY,
	       "1-4月，全市规上工业增加值同比增长5.2%，居全省第7位，"
	       "与全国增速差距缩小到0.8个百分点，高于全省0.4个百分点。",
	       "某市 industrial_va growth 5.2 % exact 2022M01-M04 yoy actual 7@全省\n"
	       "某市 industrial_va gap_pp 0.4 百分点 exact 2022M01-M04 全省 actual\n");
	expect("2022-05-20", CITY,
	       "1-4月，全市规上工业增加值同比增长2.6%，与全省差距由上月的3.1个百分点"
	       "缩小至2.4个百分点；增速较1-3月回升0.5个百分点。",
	       "某市 industrial_va growth 2.6 % exact 2022M01-M04 yoy actual\n"
	       "某市 industrial_va change_pp 0.5 百分点 exact 2022M01-M04 vs:2022Q1 actual\n");
	/* a bare 扩大 or 缩小 right after a gap to another place (高于全省…，较上月
	 * 扩大…个百分点) is how the gap moved, no change of the metric's rate;
	 * with a rate word of its own (增幅较上月扩大) it stays the rate's change */
	expect("2021-10-15", CITY,
	       "1-9月，全市民间投资增长14.6%，高于全省5.2个百分点，较上月扩大0.7个百分点，"
	       "居全省第4位。",
	       "某市 private_investment growth 14.6 % exact 2021M01-M09 yoy actual 4@全省\n"
	       "某市 private_investment gap_pp 5.2 百分点 exact 2021M01-M09 全省 actual\n");
	expect("2021-10-15", CITY,
	       "1-9月，全市民间投资增长14.6%，高于全省5.2个百分点，增幅较上月扩大0.7个百分点。",
	       "某市 private_investment growth 14.6 % exact 2021M01-M09 yoy actual\n"
	       "某市 private_investment gap_pp 5.2 百分点 exact 2021M01-M09 全省 actual\n"
	       "某市 private_investment change_pp 0.7 百分点 exact 2021M01-M09 vs:2021M01-M08 actual\n");
	/* 今年首次 before a comparison (the first time this year) dates
	 * nothing: the figures around it keep the span before */
	expect("2022-05-20", CITY,
	       "1-4月，全市固定资产投资增长6.3%，增速今年首次高于全省，超全省0.7个百分点。"
	       "两年平均增长4.4%。",
	       "某市 fai growth 6.3 % exact 2022M01-M04 yoy actual\n"
	       "某市 fai gap_pp 0.7 百分点 exact 2022M01-M04 全省 actual\n"
	       "某市 fai growth 4.4 % exact 2022M01-M04 avg2y actual\n");
	/* (a narrower name after 其中 and a month stays a part) */
	expect("2022-06-20", CITY,
	       "1-5月，全市农林牧渔业总产值52.3亿元。其中，5月份农业总产值12.1亿元。",
	       "某市 agri_output level 52.3 亿元 exact 2022M01-M05 - actual\n");
}

static void gwr41_rules(void)
{
	/* an anniversary's count (设区30周年) is no figure: a sentence that
	 * states nothing else and names a plan period in passing (是迈向“十四五”
	 * 新征程的一年) tells no period of the figures after it */
	expect_kind("gwr", "2022-01-14", "district",
		    "一、2021年工作回顾\n"
		    "2021年，恰逢撤县设区30周年，是迈向“十四五”新征程的起步之年。"
		    "全区生产总值完成86.4亿元，增长6.9%。",
		    "某市 gdp level 86.4 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 6.9 % exact 2021 yoy actual\n");
}

static void plan42_rules(void)
{
	/* 城镇和农村…收入增长a%b%: two rates whose separator the page lost
	 * pair with the two groups in order, as a% 、b% do */
	expect_kind("plan", "2023-01-05", "district",
		    "一、2022年计划执行情况\n"
		    "预计全年，全区生产总值完成420亿元；城镇和农村常住居民人均可支配收入增长5.4%7.2%，"
		    "快于经济增速。",
		    "某市 gdp level 420 亿元 exact 2022 - estimate\n"
		    "某市 urban_income growth 5.4 % exact 2022 yoy estimate\n"
		    "某市 rural_income growth 7.2 % exact 2022 yoy estimate\n");
	/* a figure glued to the list's first label (its comma lost) is the
	 * label in force's; the groups' rates after it still pair in order */
	expect_kind("plan", "2023-01-05", "district",
		    "一、2022年计划执行情况\n"
		    "预计全年，全区税收收入完成30.6亿元，剔除政策性因素增长2.7%城镇、农村常住居民"
		    "人均可支配收入增长5.9%、7.6%。",
		    "某市 tax_revenue level 30.6 亿元 exact 2022 - estimate\n"
		    "某市 tax_revenue growth 2.7 % exact 2022 yoy estimate\n"
		    "某市 urban_income growth 5.9 % exact 2022 yoy estimate\n"
		    "某市 rural_income growth 7.6 % exact 2022 yoy estimate\n");
	/* (one label after the glued figure: no list, as before) */
	expect_kind("plan", "2023-01-05", "district",
		    "一、2022年计划执行情况\n"
		    "预计全年，全区税收收入完成30.6亿元，增长2.7%城镇常住居民人均可支配收入增长5.9%。",
		    "某市 tax_revenue level 30.6 亿元 exact 2022 - estimate\n"
		    "某市 tax_revenue growth 2.7 % exact 2022 yoy estimate\n"
		    "某市 urban_income growth 5.9 % exact 2022 yoy estimate\n");
}

static void cbull42_rules(void)
{
	/* a bare name of industry (规模以上工业, 规上工业) heading an industry
	 * (…产业, …行业) and its output, or the industry's growth alone: that
	 * industry's figure, a part, not industry's value added */
	expect_kind("bulletin", "2023-12-31", "county",
		    "全年全县规模以上工业增加值增长6.2%。规模以上工业食品产业工业总产值比上年增长9.4%，"
		    "规上工业建材行业产值8.7亿元，下降2.1%，规模以上工业纺织产业增长3.5%。",
		    "某市 industrial_va growth 6.2 % exact 2023 yoy actual\n"
		    "某市 ~ growth 9.4 % exact 2023 yoy actual\n"
		    "某市 ~ growth 3.5 % exact 2023 yoy actual\n");
	/* (the whole, with its own verb and noun, stays the whole) */
	expect_kind("bulletin", "2023-12-31", "county",
		    "全年全县规模以上工业增长5.3%，规上工业完成产值42.6亿元。",
		    "某市 industrial_va growth 5.3 % exact 2023 yoy actual\n"
		    "某市 industrial_output level 42.6 亿元 exact 2023 - actual\n");
}

static void gwr42_rules(void)
{
	/* 实到外资 (foreign funds arrived) is the foreign investment actually
	 * used, as 实际到位外资 is; 合同外资 (contracted) stays unkeyed, also
	 * as the first item of a 分别 pair */
	expect_kind("gwr", "2021-01-12", "district",
		    "一、2020年工作回顾\n"
		    "过去一年，全区实到外资达到6.3亿美元，增长12%。",
		    "某市 foreign_investment level 6.3 亿美元 exact 2020 - actual\n"
		    "某市 foreign_investment growth 12 % exact 2020 yoy actual\n");
	expect_kind("gwr", "2021-01-12", "district",
		    "一、2020年工作回顾\n"
		    "过去一年，合同外资、实到外资分别为9.2亿美元、4.6亿美元。",
		    "某市 foreign_investment level 4.6 亿美元 exact 2020 - actual\n");
	/* the R&D spending said as a share of the GDP is the R&D intensity,
	 * not a rate of the GDP */
	expect_kind("gwr", "2021-01-12", "district",
		    "一、2020年工作回顾\n"
		    "过去一年，研发经费支出相当于地区生产总值的比重达到3.6%。",
		    "某市 rd_intensity level 3.6 % exact 2020 - actual\n");
	expect_kind("targets", "2024-01-20", "district",
		    "今年主要预期目标是：地区生产总值增长5%左右，"
		    "研发经费支出相当于地区生产总值的比例保持在3.2%左右。",
		    "某市 gdp growth 5 % approx 2024 yoy target\n"
		    "某市 rd_intensity level 3.2 % approx 2024 - target\n");
	/* 同口径 restates a figure said before (…下降3%，剔除…，同口径增长5%);
	 * a figure whose own label names another quantity of the metric
	 * (地方级 and then 区级 revenue, each 同口径) is no restatement */
	expect_kind("gwr", "2023-01-06", "district",
		    "一、2022年工作回顾\n"
		    "过去一年，地方级一般公共预算收入完成38.2亿元、同口径增长4.1%，"
		    "区级一般公共预算收入完成21.7亿元、同口径增长6.3%。",
		    "某市 budget_revenue level 38.2 亿元 exact 2022 - actual\n"
		    "某市 budget_revenue growth 4.1 % exact 2022 yoy actual\n"
		    "某市 budget_revenue level 21.7 亿元 exact 2022 - actual\n"
		    "某市 budget_revenue growth 6.3 % exact 2022 yoy actual\n");
	expect_kind("gwr", "2023-01-06", "district",
		    "一、2022年工作回顾\n"
		    "过去一年，地方一般公共预算收入下降2.4%，剔除留抵退税因素后，"
		    "一般公共预算收入同口径增长5.2%。",
		    "某市 budget_revenue growth -2.4 % exact 2022 yoy actual\n");
	/* 总量全市第N、增幅第M: after a rank and 、, a measure's word (增幅,
	 * 增速, 总量) right before 第M makes it the next item of the list, in
	 * the same scope, as 增幅居第M is; with no rank before, 增速第一 is
	 * still no rank */
	expect_kind("gwr", "2021-01-12", "district",
		    "一、2020年工作回顾\n"
		    "过去一年，区级一般公共预算收入86.4亿元、增长3.2%，总量全市第五、增幅第二。",
		    "某市 budget_revenue level 86.4 亿元 exact 2020 - actual 5@全市\n"
		    "某市 budget_revenue growth 3.2 % exact 2020 yoy actual 2@全市\n");
	expect_kind("gwr", "2021-01-12", "district",
		    "一、2020年工作回顾\n"
		    "过去一年，区级一般公共预算收入86.4亿元、增长3.2%，增速第一次超过全市。",
		    "某市 budget_revenue level 86.4 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue growth 3.2 % exact 2020 yoy actual\n");
}

static void bulletin42_rules(void)
{
	/* an aside naming the basis words before it for what follows
	 * (比上年同期（以下简称同比）增长…): its 同比 is no growth word, and the
	 * figure after it keeps the label of the clause before */
	expect("2023-03-20", "district",
	       "2022年，全区完成生产总值(GDP)215.6亿元，比上年同期（以下简称同比）增长2.3%；"
	       "第一产业增加值31.2亿元，同比增长4.1%。",
	       "某市 gdp level 215.6 亿元 exact 2022 - actual\n"
	       "某市 gdp growth 2.3 % exact 2022 yoy actual\n"
	       "某市 primary_industry_va level 31.2 亿元 exact 2022 - actual\n"
	       "某市 primary_industry_va growth 4.1 % exact 2022 yoy actual\n");
	/* (so after 比上年 alone, where the aside makes the words before the
	 * figure longer than a carried label reaches) */
	expect("2023-03-20", "district",
	       "全年全区地区生产总值98.4亿元，比上年（以下简称同比）增长0.6%。",
	       "某市 gdp level 98.4 亿元 exact 2022 - actual\n"
	       "某市 gdp growth 0.6 % exact 2022 yoy actual\n");
	expect("2023-03-20", "district",
	       "全年全区地区生产总值98.4亿元，与上年同期相比(简称同比)下降1.2%。",
	       "某市 gdp level 98.4 亿元 exact 2022 - actual\n"
	       "某市 gdp growth -1.2 % exact 2022 yoy actual\n");
}

/* The forty-second probe round's rules for evaluation texts. */
static void eval42_rules(void)
{
	/* a year with no 年 inside the title of a published evaluation names
	 * its edition: the item's year, before a later date on which some
	 * other report came out */
	expect_kind("evaluation", "2021-05-10", "district",
		    "日前，《第二届(2021)某省城区营商环境评价报告》正式发布。报告显示，在全省40个城区中，"
		    "某区营商环境排名第一。这是主办方继2020年9月推出首届报告后的又一成果。",
		    "某市 business_environment level null - exact 2021 - actual 1@全省40个城区\n");
	/* the title's year read with the title's other words (…指数报告2020) */
	expect_kind("evaluation", "2020-08-01", "district",
		    "《某某城区营商环境指数报告2020》近日出炉，某区营商环境排名全省第三。2019年11月，"
		    "该机构曾发布另一份报告。",
		    "某市 business_environment level null - exact 2020 - actual 3@全省\n");
	/* 满分N分 is the top of the scale and 平均得分 several places'
	 * average: no score of the place's (kept aside) */
	expect_kind("evaluation", "2022-06-01", "district",
		    "评估结果显示，参评城区营商环境平均得分为72.4分（满分100分），处全国前列。", "");
	expect_kind("evaluation", "2022-06-01", "district",
		    "2021年某区营商环境得分为86.5分（满分100分），排名全省第三。",
		    "某市 business_environment level 86.5 分 exact 2021 - actual 3@全省\n");
	/* 唯一 says the place is the only one of a group to be in a rank
	 * already said (为中部唯一进入前十的城市): no scope, no second rank */
	static const char *const only_one[][2] = {
		{ "2020年某市营商环境指数排名全国前十，为中部唯一进入前十的城市。", "<=10@全国" },
		{ "2020年某市营商环境排名全国第五 是中部唯一跻身前十的城市", "5@全国" },
	};
	for (size_t i = 0; i < sizeof only_one / sizeof only_one[0]; i++) {
		char want[128];
		snprintf(want, sizeof want,
			 "某市 business_environment level null - exact 2020 - actual %s\n", only_one[i][1]);
		expect_kind("evaluation", "2021-01-10", CITY, only_one[i][0], want);
	}
}

/* The forty-second probe round's rules for a county's own place in a
 * ranking (eval2). */
static void eval2_42_rules(void)
{
	/* a rank with no 第 after a rank verb (words.json bare_rank_verbs):
	 * N位 or N名 is the place reached, as 第N位 is */
	expect_kind("news", "2022-03-01", CITY, "2021年，某市地区生产总值增长6.5%，居全省12位。",
		    "某市 gdp growth 6.5 % exact 2021 yoy actual 12@全省\n");
	expect_kind("news", "2022-03-01", CITY,
		    "2021年，某市规模以上工业增加值增长8.1%，增速排名全省3名。",
		    "某市 industrial_va growth 8.1 % exact 2021 yoy actual 3@全省\n");
	expect_kind("evaluation", "2022-03-01", CITY, "2021年某市营商环境评价位居全省9位，比上年提升3位。",
		    "某市 business_environment level null - exact 2021 - actual 9@全省\n");
	expect_kind("evaluation", "2022-03-01", CITY, "2021年某市营商环境在全省排名12位。",
		    "某市 business_environment level null - exact 2021 - actual 12@全省\n");
	/* a move by a count of places (比上年上升12位), a count of people
	 * (12位院士) and a list's rank of no metric stay no rank */
	expect_kind("evaluation", "2022-03-01", CITY, "2021年某市营商环境排名比上年上升12位。", "");
	expect_kind("evaluation", "2022-03-01", CITY, "2021年某市引进院士12位，居全省前列。", "");
	expect_kind("evaluation", "2022-03-01", CITY, "在某机构发布的百强榜中，某市位居36位，比去年提升4位。", "");
}

/* The forty-third probe round's rules for a city's own place in an
 * evaluation (heval). */
static void heval43_rules(void)
{
	/* a rank moved from and the move (words.json rank_moves) are no part
	 * of the scope of the rank reached, a tier or a place */
	expect_kind("evaluation", "2021-02-10", CITY, "2020年某市营商环境排名从全省第四滑到中游。",
		    "某市 business_environment level null - exact 2020 - actual 中游@全省\n");
	expect_kind("evaluation", "2021-02-10", CITY, "2020年某市营商环境排名由全省第四下滑至第十一。",
		    "某市 business_environment level null - exact 2020 - actual 11@全省\n");
	expect_kind("evaluation", "2021-02-10", CITY, "2020年某市营商环境排名从第八升到全省中上游。",
		    "某市 business_environment level null - exact 2020 - actual 中上游@全省\n");
	/* lead-ins and a period (in brackets too) before another place's
	 * name leave it the clause's subject; the document's own stays */
	expect_kind("evaluation", "2021-02-10", CITY,
		    "而同期(2019年)丰县、沛县的GDP分别是301.2亿、288.7亿。", "");
	expect_kind("evaluation", "2021-02-10", CITY, "而2019年沛县的GDP是288.7亿元。", "");
	expect_kind("evaluation", "2021-02-10", CITY, "同期沛县的GDP是288.7亿元。", "");
	expect_kind("evaluation", "2021-02-10", CITY, "而同期(2019年)全市GDP是2301.2亿元。",
		    "某市 gdp level 2301.2 亿元 exact 2019 - actual\n");
	/* a place named after a position in 名 or 位, or after its
	 * province's short name, at the end of a clause after 的 is whom
	 * the sentence speaks of */
	expect_kind("evaluation", "2021-02-10", CITY, "某榜单的第98名府谷县，其2020年GDP是612亿元。", "");
	expect_kind("evaluation", "2021-02-10", CITY, "排名第98的陕西府谷县，其2020年GDP是612亿元。", "");
}

static void targets42_rules(void)
{
	/* 今后五年 of a session held in November or December is the five
	 * years from the next one, as the year such a session plans is the
	 * next (its 过去五年 end with the date's year) */
	expect_kind("targets", "2021-12-08", CITY,
		    "某市第八届人民代表大会第一次会议开幕。\n"
		    "报告提出今后五年主要奋斗目标：地区生产总值年均增长6%以上，一般公共预算收入年均增长4%。",
		    "某市 gdp growth 6 % at_least 2022..2026 cagr target\n"
		    "某市 budget_revenue growth 4 % exact 2022..2026 cagr target\n");
	/* (in January, from the date's year, as before) */
	expect_kind("targets", "2022-01-11", CITY,
		    "某市第八届人民代表大会第一次会议开幕。\n"
		    "报告提出今后五年主要奋斗目标：地区生产总值年均增长6%以上。",
		    "某市 gdp growth 6 % at_least 2022..2026 cagr target\n");
	/* an estimate note (预计,下同) in a paragraph whose 。 the page lost,
	 * then a lead naming the targets with a colon (ASCII or full-width):
	 * the figures after the lead's colon are targets (so with the 。) */
	static const char *const led[] = {
		"，\n报告明确2023年全市发展目标:",
		"。\n报告明确2023年全市发展目标:",
		"，\n报告明确2023年全市发展目标：",
	};
	for (size_t i = 0; i < sizeof led / sizeof *led; i++) {
		char text[512];
		snprintf(text, sizeof text,
			 "某市公布去年成绩单和今年目标。\n"
			 "据报告，2022年全市地区生产总值增长约3.5%%(预计,下同)，一般公共预算收入增长6%%%s"
			 "地区生产总值增长6%%左右，固定资产投资增长9%%。",
			 led[i]);
		expect_kind("targets", "2023-01-10", CITY, text,
			    "某市 gdp growth 3.5 % approx 2022 yoy estimate\n"
			    "某市 budget_revenue growth 6 % exact 2022 yoy estimate\n"
			    "某市 gdp growth 6 % approx 2023 yoy target\n"
			    "某市 fai growth 9 % exact 2023 yoy target\n");
	}
}

static void pgwr42_rules(void)
{
	/* 保险业保费收入: the premiums of the insurance trade are the catalog's
	 * premiums, not a trade's part (业 before a label) */
	expect_kind("gwr", "2021-01-12", CITY,
		    "一、2020年工作回顾\n"
		    "过去一年，全市保险业保费收入达到31.5亿元，同比增长6.2%。",
		    "某市 insurance_premiums level 31.5 亿元 exact 2020 - actual\n"
		    "某市 insurance_premiums growth 6.2 % exact 2020 yoy actual\n");
	/* 占比 alone after the tax revenue, in a sentence that gave the budget
	 * revenue before: the taxes' share of that revenue (tax_share), and
	 * the points after it its change */
	expect_kind("gwr", "2021-01-12", CITY,
		    "一、2020年工作回顾\n"
		    "过去一年，一般公共预算收入完成42.6亿元、增长7.3%，"
		    "税收收入增长11.2%，占比58.4%、提高1.9个百分点。",
		    "某市 budget_revenue level 42.6 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue growth 7.3 % exact 2020 yoy actual\n"
		    "某市 tax_revenue growth 11.2 % exact 2020 yoy actual\n"
		    "某市 tax_share level 58.4 % exact 2020 - actual\n"
		    "某市 tax_share change_pp 1.9 百分点 exact 2020 yoy actual\n");
	/* with no budget revenue before in its sentence the whole is unsaid:
	 * a share of the tax revenue, of nothing named */
	expect_kind("gwr", "2021-01-12", CITY,
		    "一、2020年工作回顾\n"
		    "过去一年，税收收入增长11.2%，占比58.4%。",
		    "某市 tax_revenue growth 11.2 % exact 2020 yoy actual\n"
		    "某市 tax_revenue share 58.4 % exact 2020 - actual\n");
}

static void aside42_rules(void)
{
	/* an aside saying the words before it hold below ((下同), （以下同）:
	 * words.json below_asides) or what they are called below (以下简称…),
	 * full-width or ASCII, before or after the growth word: the figure
	 * after it keeps the label of the clause before, as without the aside */
	expect("2024-03-15", "county",
	       "全年全县地区生产总值85.2亿元，同比（下同）增长6.1%。",
	       "某市 gdp level 85.2 亿元 exact 2023 - actual\n"
	       "某市 gdp growth 6.1 % exact 2023 yoy actual\n");
	expect("2024-03-15", "county",
	       "全年全县规模以上工业增加值12.4亿元，同比增长(以下简称增长)7.3%。",
	       "某市 industrial_va level 12.4 亿元 exact 2023 - actual\n"
	       "某市 industrial_va growth 7.3 % exact 2023 yoy actual\n");
	expect("2024-03-15", "county",
	       "全年全县社会消费品零售总额30.5亿元，比上年增长（以下同）4.4%。",
	       "某市 retail_sales level 30.5 亿元 exact 2023 - actual\n"
	       "某市 retail_sales growth 4.4 % exact 2023 yoy actual\n");
	expect("2024-03-15", "county",
	       "全年全县一般公共预算收入5.6亿元，比上年（以下同）增长12.3%。",
	       "某市 budget_revenue level 5.6 亿元 exact 2023 - actual\n"
	       "某市 budget_revenue growth 12.3 % exact 2023 yoy actual\n");
	/* (a fall too, the aside naming the rate) */
	expect("2024-03-15", "county",
	       "全年全县固定资产投资28.6亿元，同比（以下简称增速）下降9.4%。",
	       "某市 fai level 28.6 亿元 exact 2023 - actual\n"
	       "某市 fai growth -9.4 % exact 2023 yoy actual\n");
	/* (and after 、 in the level's clause: only measure words between) */
	expect("2024-03-15", "county",
	       "全年全县地区生产总值85.2亿元、同比（以下同）增长6.1%。",
	       "某市 gdp level 85.2 亿元 exact 2023 - actual\n"
	       "某市 gdp growth 6.1 % exact 2023 yoy actual\n");
	/* a 口径 note in the bracket, alone or before 下同 or 以下同, as the
	 * note is read without it; the comma of an aside closing on 以下同
	 * splits no clause, as one closing on 下同 does not */
	expect("2024-03-15", "county",
	       "全年全县地区生产总值85.2亿元，同比（按可比价格计算，下同）增长6.1%。",
	       "某市 gdp level 85.2 亿元 exact 2023 - actual\n"
	       "某市 gdp growth 6.1 % exact 2023 yoy actual\n");
	expect("2024-03-15", "county",
	       "全年全县地区生产总值85.2亿元，（按可比价计算，下同）同比增长6.1%。",
	       "某市 gdp level 85.2 亿元 exact 2023 - actual\n"
	       "某市 gdp growth 6.1 % exact 2023 yoy actual\n");
	expect("2024-03-15", "county",
	       "全年全县规模以上工业增加值（按可比价计算，以下同）增长4.6%。",
	       "某市 industrial_va growth 4.6 % exact 2023 yoy actual\n");
	/* a basis year said to hold below with 以下同, as with 下同: the
	 * basis of the later rates that name none */
	expect("2024-03-15", "county",
	       "2023年，全县一般公共预算收入比2018年（以下同）增长35.6%；税收收入增长28.4%。",
	       "某市 budget_revenue growth 35.6 % exact 2023 vs:2018 actual\n"
	       "某市 tax_revenue growth 28.4 % exact 2023 vs:2018 actual\n");
}

static void citynews42_rules(void)
{
	/* how fast it grew, right before the growth word (大幅, 稳步): no name
	 * of something else, so the figure keeps the label of the clause
	 * before */
	expect("2021-10-28", CITY,
	       "前三季度，全市外贸进出口总额完成45.2亿元，大幅增长28.4%；"
	       "社会消费品零售总额310.5亿元，同比稳步增长6.1%。",
	       "某市 import_export level 45.2 亿元 exact 2021M01-M09 - actual\n"
	       "某市 import_export growth 28.4 % exact 2021M01-M09 yoy actual\n"
	       "某市 retail_sales level 310.5 亿元 exact 2021M01-M09 - actual\n"
	       "某市 retail_sales growth 6.1 % exact 2021M01-M09 yoy actual\n");
	/* a label after 比 (较) and a place is what the figure is compared
	 * with: a group of firms' rate above the city's output rate is no
	 * change of the output */
	expect("2023-04-25", CITY,
	       "一季度，全市规模以上工业增加值增长7.2%。规模以上数字产业企业增长16.3%，"
	       "比全市规模以上工业总产值增速高5.1个百分点。",
	       "某市 industrial_va growth 7.2 % exact 2023Q1 yoy actual\n"
	       "某市 ~ growth 16.3 % exact 2023Q1 yoy actual\n"
	       "某市 ~ change_pp 5.1 百分点 exact 2023Q1 yoy actual\n");
	/* 实现主营业务收入 of the firms above designated size, and 居民存款余额:
	 * aliases */
	expect("2023-08-20", CITY,
	       "1-6月，规模以上工业企业实现主营业务收入812.4亿元，同比增长6.6%。"
	       "6月末，居民存款余额增长9.8%。",
	       "某市 industrial_revenue level 812.4 亿元 exact 2023H1 - actual\n"
	       "某市 industrial_revenue growth 6.6 % exact 2023H1 yoy actual\n"
	       "某市 savings_deposits growth 9.8 % exact 2023M06 yoy actual\n");
	/* a label after a contribution word (拉动全市规模以上工业增加值…) is the
	 * whole pulled up: a share in a clause after it is no share of that
	 * whole */
	expect("2023-08-20", CITY,
	       "三大主导产业保持较快增长。1-7月，增加值同比增长27.4%，"
	       "拉动全市规模以上工业增加值增长19.0个百分点；占全市规模以上工业比重达76.5%。",
	       "某市 ~ growth 27.4 % exact 2023M01-M07 yoy actual\n");
	/* a group of the firms after 规上工业 (龙头企业, 重点企业) is no value
	 * added of the industry; 前N位的 hands the ranks to what 是 names,
	 * and ranks nothing before it */
	expect("2023-11-20", CITY,
	       "前10个月，全市规上工业增加值增长8%，规模以上工业龙头企业产值同比增长21.5%。"
	       "十个重点产业链中，七个实现正增长，增速前三位的依次是电子、化工和纺织。",
	       "某市 industrial_va growth 8 % exact 2023M01-M10 yoy actual\n"
	       "某市 ~ growth 21.5 % exact 2023M01-M10 yoy actual\n");
	/* periods listed and as many rates in one run after them, with no
	 * 分别: one period each (not the last period for the first rate) */
	expect("2023-08-07", CITY,
	       "今年一季度和上半年，全市GDP增长6.2%、6.8%，分别位列某类城市第三和第五。",
	       "某市 gdp growth 6.2 % exact 2023Q1 yoy actual 3@某类城市\n"
	       "某市 gdp growth 6.8 % exact 2023H1 yoy actual 5@某类城市\n");
	/* a level and a rate after two periods are no such run */
	expect("2023-08-07", CITY,
	       "今年一季度和上半年，全市GDP完成500亿元、增长6.8%。",
	       "某市 gdp level 500 亿元 exact 2023H1 - actual\n"
	       "某市 gdp growth 6.8 % exact 2023H1 yoy actual\n");
	/* a figure after a when-question's words is asked about, whatever
	 * mark ends the sentence */
	expect("2022-10-31", CITY,
	       "前三季度，全市一般公共预算收入完成52.1亿元，下降3.2%。"
	       "多年来增长乏力，全市一般公共预算收入何时才能增长到100亿元。",
	       "某市 budget_revenue level 52.1 亿元 exact 2022M01-M09 - actual\n"
	       "某市 budget_revenue growth -3.2 % exact 2022M01-M09 yoy actual\n");
	/* 几乎持平 is about nought, as 基本持平 is */
	expect("2022-10-31", CITY,
	       "前三季度，全市工业用电量与上年几乎持平，全社会用电量增长2.1%。",
	       "某市 industrial_electricity growth 0 % approx 2022M01-M09 yoy actual\n"
	       "某市 electricity_consumption growth 2.1 % exact 2022M01-M09 yoy actual\n");
	/* 新增 before the label of a flow: how much it grew, no level */
	expect("2023-07-20", "district",
	       "上半年，全区规上工业增加值增长9.5%，18个新建项目投产达效，新增规上工业产值近6亿元。",
	       "某市 industrial_va growth 9.5 % exact 2023H1 yoy actual\n");
}

static void pbull42_rules(void)
{
	/* 城镇新就业 (no 增) names the new urban jobs */
	expect_kind("bulletin", "2019-12-31", CITY,
		    "全年城镇新就业1.46万人，失业人员再就业0.83万人。",
		    "某市 urban_new_jobs level 1.46 万人 exact 2019 - actual\n");
	/* 缩小 narrows a rate as 收窄 does: a rise that narrows is a fall,
	 * a fall that narrows a rise */
	expect_kind("bulletin", "2019-12-31", CITY,
		    "全年居民消费价格上涨1.7%，涨幅较上年缩小0.6个百分点。"
		    "全年固定资产投资下降4.2%，降幅比上年缩小3.5个百分点。",
		    "某市 cpi growth 1.7 % exact 2019 yoy actual\n"
		    "某市 cpi change_pp -0.6 百分点 exact 2019 yoy actual\n"
		    "某市 fai growth -4.2 % exact 2019 yoy actual\n"
		    "某市 fai change_pp 3.5 百分点 exact 2019 yoy actual\n");
	/* 比上年多 (少) and an amount: how much it moved since, no level; of
	 * a flow no record, of a stock the amount added */
	expect_kind("bulletin", "2019-12-31", CITY,
		    "全年城镇新增就业8615人，比上年多507人；城镇登记失业率2.9%。"
		    "年末户籍人口61.2万人，比上年末少0.35万人。",
		    "某市 urban_new_jobs level 0.8615 万人 exact 2019 - actual\n"
		    "某市 registered_unemployment_rate level 2.9 % exact 2019 - actual\n"
		    "某市 registered_population level 61.2 万人 exact 2019 - actual\n"
		    "某市 registered_population added -0.35 万人 exact 2019 - actual\n");
	/* a single ? glued between a character and the digits (a mirror that
	 * lost bytes, a digit perhaps among them): the value is masked, never
	 * the digits left */
	expect_kind("bulletin", "2019-12-31", CITY,
		    "户籍人口。年末户籍总人口为?52.17万人，比上年末减少0.63万人。",
		    "某市 registered_population level null 万人 masked 2019 - actual\n"
		    "某市 registered_population added -0.63 万人 exact 2019 - actual\n");
}

static void tailfix42_rules(void)
{
	/* 高新技术 with the 规上工业增加值 scope said after it: the high-tech
	 * industry's value added (an alias), alone or as an item of a 分别 list
	 * whose last item ends with the tail the items share; the other item
	 * (数字经济 within 规上工业) is no metric of the catalog's, kept aside */
	expect("2024-07-20", "county",
	       "上半年，全县高新技术规上工业增加值增长5.2%。",
	       "某市 high_tech_industry_va growth 5.2 % exact 2024H1 yoy actual\n");
	expect("2024-07-20", "county",
	       "上半年，全县高新技术和数字经济规上工业增加值同比分别增长5.2%和13.1%。",
	       "某市 high_tech_industry_va growth 5.2 % exact 2024H1 yoy actual\n");
	expect("2024-07-20", "county",
	       "上半年，全县高新技术、数字经济规上工业增加值分别增长5.2%、13.1%。",
	       "某市 high_tech_industry_va growth 5.2 % exact 2024H1 yoy actual\n");
	/* (items of no catalog name with the tail: nothing keyed) */
	expect("2024-07-20", "county",
	       "上半年，全县新材料和生物医药规上工业增加值分别增长5.2%和13.1%。",
	       "某市 ~ growth 5.2 % exact 2024H1 yoy actual\n");
}

static void gapfix42_rules(void)
{
	/* 比 (较) a place and a label of the figure's own metric: the place's
	 * rate of it, a gap to the place (低: down), no change of the metric */
	expect("2024-07-25", CITY,
	       "上半年，我市规上工业增加值增长9.3%，比全省规模以上工业增加值增速高1.8个百分点；"
	       "地区生产总值增长5.6%，较全国GDP增速低0.4个百分点。",
	       "某市 industrial_va growth 9.3 % exact 2024H1 yoy actual\n"
	       "某市 industrial_va gap_pp 1.8 百分点 exact 2024H1 全省 actual\n"
	       "某市 gdp growth 5.6 % exact 2024H1 yoy actual\n"
	       "某市 gdp gap_pp -0.4 百分点 exact 2024H1 全国 actual\n");
	/* another metric's rate, of a place (比全省GDP增速高, 高于全省GDP增速)
	 * or of the same place (高于GDP增速): no gap of the figure (kept
	 * unkeyed, with --unkeyed) */
	expect("2024-07-25", CITY,
	       "上半年，全市固定资产投资增长11.2%，比全省GDP增速高5.6个百分点；"
	       "社会消费品零售总额增长8.1%，高于全省GDP增速2.5个百分点；"
	       "工业投资增长15.4%，高于GDP增速9.8个百分点。",
	       "某市 fai growth 11.2 % exact 2024H1 yoy actual\n"
	       "某市 retail_sales growth 8.1 % exact 2024H1 yoy actual\n"
	       "某市 industrial_investment growth 15.4 % exact 2024H1 yoy actual\n");
	/* a rank's clause opening with 不仅 after periods listed with their
	 * rates: with 分别 in a clause after it, its one rank is each rate's;
	 * with 均 too */
	expect("2024-08-12", CITY,
	       "今年一季度、上半年，全市GDP分别增长5.9%、6.3%，不仅增速稳居全省首位，"
	       "而且分别排在某类城市第四和第二。",
	       "某市 gdp growth 5.9 % exact 2024Q1 yoy actual 1@全省,4@某类城市\n"
	       "某市 gdp growth 6.3 % exact 2024H1 yoy actual 1@全省,2@某类城市\n");
	expect("2024-08-12", CITY,
	       "今年一季度和上半年，全市GDP增长5.9%、6.3%，不但增速均领跑全省，还高于全国平均水平。",
	       "某市 gdp growth 5.9 % exact 2024Q1 yoy actual 1@全省\n"
	       "某市 gdp growth 6.3 % exact 2024H1 yoy actual 1@全省\n");
	/* one rate: 不仅 is as if the clause opened after it */
	expect("2024-08-12", CITY,
	       "上半年，全市GDP增长6.3%，不仅增速居全省第2位，而且总量首次突破千亿。",
	       "某市 gdp growth 6.3 % exact 2024H1 yoy actual 2@全省\n");
}

static void subjfix42_rules(void)
{
	/* the firms of a trade named in an earlier clause of the sentence
	 * (words.json trade_firms) go on owning a label with only a period
	 * and 完成 or 实现 before it (words.json carried_leads: 当月完成发电量…):
	 * a part, unkeyed; a self name since (全市) or a new sentence returns
	 * to the whole */
	expect("2023-06-20", CITY,
	       "1-5月，全市规模以上水电企业完成发电量12.3亿千瓦时，同比增长8%，"
	       "5月当月完成发电量3.1亿千瓦时，同比增长6.5%。",
	       "");
	expect("2023-06-20", CITY,
	       "1-5月，全市规模以上水电企业完成发电量12.3亿千瓦时。"
	       "5月当月完成发电量3.1亿千瓦时，同比增长6.5%。",
	       "某市 power_generation level 3.1 亿千瓦时 exact 2023M05 - actual\n"
	       "某市 power_generation growth 6.5 % exact 2023M05 yoy actual\n");
	expect("2023-06-20", CITY,
	       "1-5月，全市规模以上水电企业完成发电量12.3亿千瓦时，全市工业运行平稳，"
	       "5月当月完成发电量3.1亿千瓦时。",
	       "某市 power_generation level 3.1 亿千瓦时 exact 2023M05 - actual\n");
	/* an industry named as a clause's subject, then 全年共完成 and a bare
	 * 总产值 (no catalog label): that industry's output, unkeyed */
	expect("2023-12-31", CITY,
	       "新材料产业发展加快，全年共完成总产值21.4亿元，同比增长11.2%。",
	       "");
}

static void mbull43_rules(void)
{
	/* a place's average said without 全 (高于市平均增速, 低于省平均水平;
	 * words.json bare_averages) is 全市平均, 全省平均: a gap */
	expect("2021-09-10", "district",
	       "1-8月，全区固定资产投资增长12.6%，高于市平均增速4.2个百分点。",
	       "某市 fai growth 12.6 % exact 2021M01-M08 yoy actual\n"
	       "某市 fai gap_pp 4.2 百分点 exact 2021M01-M08 全市平均 actual\n");
	expect("2021-09-10", "county",
	       "1-8月份，全县社会消费品零售总额增长6.3%，低于省平均水平1.1个百分点。",
	       "某市 retail_sales growth 6.3 % exact 2021M01-M08 yoy actual\n"
	       "某市 retail_sales gap_pp -1.1 百分点 exact 2021M01-M08 全省平均 actual\n");
	/* a month said aside of its span (1-8月份，…当月…) ends where a later
	 * clause of the sentence sums again (累计完成…): that clause and the
	 * ones after it are of the span */
	expect("2021-09-10", "district",
	       "1-8月份，全区税收收入当月完成2.4亿元，累计完成18.6亿元，同比增长7.2%。",
	       "某市 tax_revenue level 2.4 亿元 exact 2021M08 - actual\n"
	       "某市 tax_revenue level 18.6 亿元 exact 2021M01-M08 - actual\n"
	       "某市 tax_revenue growth 7.2 % exact 2021M01-M08 yoy actual\n");
	expect("2021-09-10", "district",
	       "1-8月份，全区税收收入当月完成2.4亿元，同比增长3.5%。",
	       "某市 tax_revenue level 2.4 亿元 exact 2021M08 - actual\n"
	       "某市 tax_revenue growth 3.5 % exact 2021M08 yoy actual\n");
	/* a bare noun after a lead of a carried subject's clause (words.json
	 * carried_leads: 累计) and its verb is the thing of the label before,
	 * as after the verb alone */
	expect("2021-10-20", "county",
	       "9月份规模以上工业企业完成总产值3.1亿元，同比增长2%，1-9月份，累计完成总产值25.4亿元，同比增长4.6%。",
	       "某市 industrial_output level 3.1 亿元 exact 2021M09 - actual\n"
	       "某市 industrial_output growth 2 % exact 2021M09 yoy actual\n"
	       "某市 industrial_output level 25.4 亿元 exact 2021M01-M09 - actual\n"
	       "某市 industrial_output growth 4.6 % exact 2021M01-M09 yoy actual\n");
	/* the change of a stock's growth since a month's end is of the month
	 * the stock is counted at, as the stock and its growth are: against
	 * the month before, month on month */
	expect("2021-09-20", "district",
	       "截至8月底，金融机构本外币贷款余额320.5亿元，同比增长9.4%，增速较7月末提高0.6个百分点。",
	       "某市 loans level 320.5 亿元 exact 2021M08 - actual\n"
	       "某市 loans growth 9.4 % exact 2021M08 yoy actual\n"
	       "某市 loans change_pp 0.6 百分点 exact 2021M08 mom actual\n");
}

static void hspeech43_rules(void)
{
	/* a count of firms whose clause, or the 、 list it is an item of, opens
	 * with 申报 (words.json applied_leads) is of firms that applied for the
	 * title, not of those holding it: no record */
	expect_kind("summary", "2024-07-25", "county",
		    "上半年，全县工业稳步发展。申报高新技术企业3批41家，完成企业技改备案6家。", "");
	expect_kind("summary", "2024-07-25", "county",
		    "上半年，全县工业稳步发展。申报省级创新型企业11家、国家级专精特新“小巨人”企业4家。",
		    "");
	expect_kind("summary", "2024-07-25", "county",
		    "上半年，全县工业稳步发展。新认定高新技术企业14家。",
		    "某市 high_tech_enterprises added 14 家 exact 2024H1 - actual\n");
	/* a rank right after a count added, said of 增量 (words.json
	 * rank_added_words), is the added count's; after a level it ranks
	 * something else */
	expect_kind("summary", "2024-07-25", "county",
		    "上半年，全县新增规上工业企业18家，增量全市第3。",
		    "某市 above_scale_industrial_enterprises added 18 家 exact 2024H1 - actual 3@全市\n");
	expect_kind("summary", "2024-07-25", "county",
		    "上半年，全县规上工业企业总数达到286家，增量全市第3。",
		    "某市 above_scale_industrial_enterprises level 286 家 exact 2024M06 - actual\n");
	/* 肉类总产 without 量, as 粮食总产: the meat output */
	expect_kind("summary", "2024-07-25", "county",
		    "上半年，全县肉类总产4.1万吨，同比增长2.5%。",
		    "某市 meat_output level 4.1 万吨 exact 2024H1 - actual\n"
		    "某市 meat_output growth 2.5 % exact 2024H1 yoy actual\n");
	/* a year right before a report's name (words.json report_names) names
	 * the report: what the sentence quotes of its review is of the year
	 * before, and the span it counts back ends there */
	expect_kind("speech", "2024-06-03", "county",
		    "县长在2021年政府工作报告里回顾，全县过去五年中，生产总值由96亿元增加到141亿元，年均增长7.9%，人均生产总值提高到3.8万元。",
		    "某市 gdp level 141 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 7.9 % exact 2016..2020 cagr actual\n"
		    "某市 gdp_per_capita level 38000 元 exact 2020 - actual\n");
	expect_kind("news", "2024-06-03", "county",
		    "据2021年《政府工作报告》，全县地区生产总值148亿元，增长6.2%。",
		    "某市 gdp level 148 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 6.2 % exact 2020 yoy actual\n");
}

static void statusfix42_rules(void)
{
	/* a figure of a year more than half gone by the date whose clause (or
	 * the clause right after it) says how it grew on the year before
	 * (words.json growth_on_year_before: 同比增长, 比上年下降 …) is a
	 * result, not a target of the year under way; a target word, 预计 or a
	 * plan's noun (words.json plan_nouns: 计划, 目标 …) in its sentence
	 * still makes a target or an estimate, and so does a date early in the
	 * year */
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市农作物总播种面积83.6万亩，同比增长1.8%。",
		    "某市 crop_area level 83.6 万亩 exact 2023 - actual\n"
		    "某市 crop_area growth 1.8 % exact 2023 yoy actual\n");
	expect("2023-11-14", CITY,
	       "2023年，全市粮食播种面积41.2万亩，比上年下降0.6%。",
	       "某市 grain_area level 41.2 万亩 exact 2023 - actual\n"
	       "某市 grain_area growth -0.6 % exact 2023 yoy actual\n");
	/* 农作物总播种 with no 面积: the crop area (an alias) */
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市农作物总播种76.4万亩，较上年增长2.7%。",
		    "某市 crop_area level 76.4 万亩 exact 2023 - actual\n"
		    "某市 crop_area growth 2.7 % exact 2023 yoy actual\n");
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市计划农作物播种面积85万亩，同比增长2%。",
		    "某市 crop_area level 85 万亩 exact 2023 - target\n"
		    "某市 crop_area growth 2 % exact 2023 yoy target\n");
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市农作物播种面积目标为85万亩，同比增长2%。",
		    "某市 crop_area level 85 万亩 exact 2023 - target\n"
		    "某市 crop_area growth 2 % exact 2023 yoy target\n");
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市农作物播种面积力争达到85万亩，同比增长2%。",
		    "某市 crop_area level 85 万亩 exact 2023 - target\n"
		    "某市 crop_area growth 2 % exact 2023 yoy target\n");
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市农作物播种面积预计达到85万亩，同比增长2%。",
		    "某市 crop_area level 85 万亩 exact 2023 - estimate\n"
		    "某市 crop_area growth 2 % exact 2023 yoy estimate\n");
	expect_kind("news", "2023-01-20", CITY,
		    "2023年，全市地区生产总值同比增长6%。",
		    "某市 gdp growth 6 % exact 2023 yoy target\n");
	/* a growth in a later clause of another label leaves the level before */
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市农作物播种面积85万亩，粮食播种面积40万亩，同比增长2%。",
		    "某市 crop_area level 85 万亩 exact 2023 - target\n"
		    "某市 grain_area level 40 万亩 exact 2023 - actual\n"
		    "某市 grain_area growth 2 % exact 2023 yoy actual\n");
}

static void spanfix43_rules(void)
{
	/* 从2015年的…增长到2020年b亿元 (no 的 after the later year, as pages
	 * drop it), then a span with no years in the next ；-item: that span
	 * starts at the year the first one started from */
	expect_kind("gwr", "2021-01-20", "county",
		    "一、“十三五”时期工作回顾\n“十三五”时期，全县地区生产总值从2015年的48.20亿元增长到2020年70.35亿元，"
		    "年均增长7.8%；一般公共预算收入从2.16亿元增长到3.05亿元，年均增长7.1%。",
		    "某市 gdp level 48.2 亿元 exact 2015 - actual\n"
		    "某市 gdp level 70.35 亿元 exact 2020 - actual\n"
		    "某市 gdp growth 7.8 % exact 2016..2020 cagr actual\n"
		    "某市 budget_revenue level 2.16 亿元 exact 2015 - actual\n"
		    "某市 budget_revenue level 3.05 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue growth 7.1 % exact 2016..2020 cagr actual\n");
	/* a month after the year (2015年12月的) is no year before its amount:
	 * the span with no years still names none */
	expect_kind("gwr", "2021-01-20", "county",
		    "一、“十三五”时期工作回顾\n“十三五”时期，全县地区生产总值从2015年12月的48.20亿元增长到2020年70.35亿元；"
		    "一般公共预算收入从2.16亿元增长到3.05亿元。",
		    "某市 gdp level 48.2 亿元 exact 2015M12 - actual\n"
		    "某市 gdp level 70.35 亿元 exact 2020 - actual\n"
		    "某市 budget_revenue level 3.05 亿元 exact 2020 - actual\n");
	/* under 预计, the level a span starts from in a year it names, before
	 * the year it reaches, is known (actual), as one with no year is; the
	 * level reached and the average stay estimates */
	expect_kind("gwr", "2021-01-20", "county",
		    "一、“十三五”时期工作回顾\n五年来，预计全县地区生产总值由2015年的48.20亿元增至2020年的70.35亿元，"
		    "年均增长7.8%；工业增加值从3.1亿元增长到4.2亿元。",
		    "某市 gdp level 48.2 亿元 exact 2015 - actual\n"
		    "某市 gdp level 70.35 亿元 exact 2020 - estimate\n"
		    "某市 gdp growth 7.8 % exact 2016..2020 cagr estimate\n"
		    "某市 total_industry_va level 3.1 亿元 exact 2015 - actual\n"
		    "某市 total_industry_va level 4.2 亿元 exact 2020 - estimate\n");
	/* a span that reaches no later year it names leaves 预计 as it is */
	expect_kind("gwr", "2021-01-20", "county",
		    "一、“十三五”时期工作回顾\n五年来，预计全县地区生产总值将从2015年的48.20亿元继续增长。",
		    "某市 gdp level 48.2 亿元 exact 2015 - estimate\n");
}

static void ranks43_rules(void)
{
	/* a period right after 继 (words.json followed_leads) is the milestone
	 * a news item follows on from: the headline takes the period said
	 * after it (上半年), not the quarter */
	expect_kind("news", "2022-07-25", CITY,
		    "7月23日，全市经济半年报出炉，全市实现地区生产总值186.4亿元，同比增长6.1%，"
		    "位居五市第三。继一季度实现平稳开局后，上半年主要指标稳中有进。",
		    "某市 gdp level 186.4 亿元 exact 2022H1 - actual\n"
		    "某市 gdp growth 6.1 % exact 2022H1 yoy actual 3@五市\n");
	/* a bare 自治区, then the rate's name (工业增速, 消费品零售增速) before
	 * the gap: the region above, vs 全省; another catalog metric's rate
	 * named there (规上工业增速 after an investment's) is no gap, and its
	 * label, what the figure is compared with, no record either */
	expect_entity_records(ex, line_of, "乌海市", "news", "2021-10-26", CITY,
			      "1-9月，全市规模以上工业增加值增长6.4%，增速高于自治区工业增速0.9个百分点；"
			      "社会消费品零售总额增长5.2%，低于自治区消费品零售增速1.3个百分点。",
			      "乌海市 industrial_va growth 6.4 % exact 2021M01-M09 yoy actual\n"
			      "乌海市 industrial_va gap_pp 0.9 百分点 exact 2021M01-M09 全省 actual\n"
			      "乌海市 retail_sales growth 5.2 % exact 2021M01-M09 yoy actual\n"
			      "乌海市 retail_sales gap_pp -1.3 百分点 exact 2021M01-M09 全省 actual\n");
	expect_entity_records(ex, line_of, "乌海市", "news", "2021-10-26", CITY,
			      "1-9月，全市固定资产投资增长7%，增速高于自治区规上工业增速0.5个百分点。",
			      "乌海市 fai growth 7 % exact 2021M01-M09 yoy actual\n");
	/* a bare percent alone in brackets right after a label of amounts is
	 * its growth; a rate metric's stays its level (a stock's: its change
	 * is of the stock's month too) */
	expect_kind("news", "2023-08-02", CITY,
		    "上半年，全市地区生产总值(6.2%)、固定资产投资（9.4%）均快于全区，"
		    "城镇化率(61.5%)较上年提高0.8个百分点。",
		    "某市 gdp growth 6.2 % exact 2023H1 yoy actual\n"
		    "某市 fai growth 9.4 % exact 2023H1 yoy actual\n"
		    "某市 urbanization_rate level 61.5 % exact 2023M06 - actual\n"
		    "某市 urbanization_rate change_pp 0.8 百分点 exact 2023M06 yoy actual\n");
	/* 原材料 before 制造业增加值 (words.json label_foreign_before): the
	 * raw-materials industries, a part, unkeyed */
	expect("2021-10-26", CITY,
	       "前三季度，全市制造业增加值增长8.2%，其中原材料制造业增加值增长21.5%。",
	       "某市 manufacturing_va growth 8.2 % exact 2021M01-M09 yoy actual\n"
	       "某市 ~ growth 21.5 % exact 2021M01-M09 yoy actual\n");
}

/* Rules written from the news items with ranks of round 43 (a city's own
 * year with its gaps and its place in the province); the texts are the
 * tests' own. */
static void hrank43_rules(void)
{
	/* a ；-part that opens with a gap to a list of places (增速分别高于
	 * 全国、全省a个百分点和b个百分点) goes on with the label of the part
	 * before, as one gap to one place did; the change after it too */
	expect("2022-01-20", CITY,
	       "2021年，全市地区生产总值1234.5亿元，总量居全省第五位；增长7.3%，居全省第三位，"
	       "比上年提升2位；增速分别高于全国、全省1.5个百分点和0.8个百分点，比上年加快0.2个百分点。",
	       "某市 gdp level 1234.5 亿元 exact 2021 - actual 5@全省\n"
	       "某市 gdp growth 7.3 % exact 2021 yoy actual 3@全省\n"
	       "某市 gdp gap_pp 1.5 百分点 exact 2021 全国 actual\n"
	       "某市 gdp gap_pp 0.8 百分点 exact 2021 全省 actual\n"
	       "某市 gdp change_pp 0.2 百分点 exact 2021 yoy actual\n");
	expect("2022-01-20", CITY,
	       "2021年，全市社会消费品零售总额增长9.1%；分别比全国、全省高2.6和1.4个百分点。",
	       "某市 retail_sales growth 9.1 % exact 2021 yoy actual\n"
	       "某市 retail_sales gap_pp 2.6 百分点 exact 2021 全国 actual\n"
	       "某市 retail_sales gap_pp 1.4 百分点 exact 2021 全省 actual\n");
	/* a list item's mark of numerals (一是, 二、, （三）) comes before the
	 * subject: 一是全省… is the province speaking, as 全省… is; an item of
	 * the city's own (二是全市…) is the city's again */
	expect("2022-01-20", CITY,
	       "2021年经济形势发布会传出两条消息：一是全省地区生产总值首破5万亿元；"
	       "二是全市地区生产总值增长6.5%。",
	       "某市 gdp growth 6.5 % exact 2021 yoy actual\n");
	expect("2022-01-20", CITY,
	       "2021年主要指标如下。（一）全省规模以上工业增加值增长7.2%。（二）全市规模以上工业增加值增长8.4%。",
	       "某市 industrial_va growth 8.4 % exact 2021 yoy actual\n");
}

/* Rules written from the plan texts of round 43; the texts are the
 * tests' own. */
static void plan43_rules(void)
{
	/* a bracketed aside right after a figure that opens with the
	 * government's own level (区本级, 县本级) is that level's: its figures
	 * are none of the district's, with half-width brackets and commas as
	 * with full-width ones, and past its closing bracket the sentence
	 * speaks of the district again */
	expect_kind("plan", "2022-01-12", "district",
		    "一、2021年计划执行情况\n"
		    "实现地区生产总值812.4亿元,增长6.3%(区本级640.2亿元,增长5.9%);"
		    "一般公共预算收入61.5亿元,增长8.1%(区本级48.7亿元,增长7.6%)。",
		    "某市 gdp level 812.4 亿元 exact 2021 - actual\n"
		    "某市 gdp growth 6.3 % exact 2021 yoy actual\n"
		    "某市 budget_revenue level 61.5 亿元 exact 2021 - actual\n"
		    "某市 budget_revenue growth 8.1 % exact 2021 yoy actual\n");
	expect_kind("plan", "2022-01-12", "county",
		    "一、2021年计划执行情况\n"
		    "完成财政总收入30.6亿元(县本级22.9亿元),增长4.4%。",
		    "某市 fiscal_revenue level 30.6 亿元 exact 2021 - actual\n"
		    "某市 fiscal_revenue growth 4.4 % exact 2021 yoy actual\n");
	/* (and so is one that opens with the province, in a county's report) */
	expect_kind("gwr", "2022-01-12", "county",
		    "一、2021年工作回顾\n"
		    "地区生产总值增长7.2%(全省增长6.4%),社会消费品零售总额增长9.3%。",
		    "某市 gdp growth 7.2 % exact 2021 yoy actual\n"
		    "某市 retail_sales growth 9.3 % exact 2021 yoy actual\n");
	/* (an aside of the figure's own scope or a part of it stays as it was
	 * read: 其中 opens it, not a place) */
	expect_kind("plan", "2022-01-12", "district",
		    "一、2021年计划执行情况\n"
		    "固定资产投资增长9.1%(其中工业投资增长12.2%)。",
		    "某市 fai growth 9.1 % exact 2021 yoy actual\n"
		    "某市 industrial_investment growth 12.2 % exact 2021 yoy actual\n");
	/* a list's lead whose opener comes past its line's first 40
	 * characters (…之年，…之年，…主要预期目标是：), of no figure and no
	 * word of completion before it, with a colon after it, announces the
	 * year ahead's targets: on the same line, and as items on the lines
	 * after it where no heading says so */
	expect_kind("gwr", "2021-01-18", "county",
		    "各位代表：\n"
		    "2020年，全县地区生产总值增长3.4%。\n"
		    "2021年是新的五年规划的起步之年，也是全县转型发展的攻坚之年，做好今年"
		    "工作责任重大。全县经济社会发展的主要预期目标是：\n"
		    "——地区生产总值增长6.5%左右；\n"
		    "——一般公共预算收入增长4%。",
		    "某市 gdp growth 3.4 % exact 2020 yoy actual\n"
		    "某市 gdp growth 6.5 % approx 2021 yoy target\n"
		    "某市 budget_revenue growth 4 % exact 2021 yoy target\n");
	/* (a page that lost the year's digits: the plan printed by a notice
	 * of the year it plans) */
	expect_kind("plan", "2021-03-21", CITY,
		    "现予印发，请认真组织实施。\n"
		    "年是新的五年规划的起步之年，是全市转型发展的攻坚之年，全市经济社会发展"
		    "主要预期目标是：地区生产总值增长6.5%左右，城镇登记失业率控制在4%以内。",
		    "某市 gdp growth 6.5 % approx 2021 yoy target\n"
		    "某市 registered_unemployment_rate level 4 % at_most 2021 - target\n");
	/* (and so when the plan's title lines, of no punctuation, are joined
	 * to the paragraph under them: the list's context starts on its own
	 * line, as in a news item) */
	expect_kind("plan", "2021-03-21", CITY,
		    "现予印发，请认真组织实施。\n"
		    "（此件公开发布）\n"
		    "某市年国民经济和社会发展计划\n"
		    "年是新的五年规划的起步之年，是全市转型发展的攻坚之年，全市经济社会发展"
		    "主要预期目标是：地区生产总值增长6.5%左右，城镇登记失业率控制在4%以内。",
		    "某市 gdp growth 6.5 % approx 2021 yoy target\n"
		    "某市 registered_unemployment_rate level 4 % at_most 2021 - target\n");
	/* (not a review's line that reports on the targets it met) */
	expect_kind("gwr", "2021-01-18", "county",
		    "各位代表：\n"
		    "过去一年，面对复杂严峻的外部形势和艰巨繁重的发展任务，全县上下迎难而上、"
		    "攻坚克难，全面完成了县人大确定的主要预期目标：\n"
		    "地区生产总值增长3.4%，一般公共预算收入增长2.1%。",
		    "某市 gdp growth 3.4 % exact 2020 yoy actual\n"
		    "某市 budget_revenue growth 2.1 % exact 2020 yoy actual\n");
}

/* Round 43, county news on their own incomes: the compared places' own
 * amounts in brackets, the ranks after gaps. */
static void cnews43_rules(void)
{
	/* a bracket opening with the place a gap in an amount compares with
	 * (比全市低a元（全市为b元）) holds that place's figure: no record */
	expect("2023-08-05", "county",
	       "上半年，全县城镇居民人均可支配收入21000元，比全市低1500元（全市为22500元），"
	       "比全省高300元（全省为20700元）。",
	       "某市 urban_income level 21000 元 exact 2023H1 - actual\n");
	/* a sentence naming the metric again with gaps in its unit only (kept
	 * aside) ranks the level before it; a part after ； opening with 增幅
	 * and giving gaps only (two of them) ranks the growth */
	expect("2023-08-05", "county",
	       "上半年，全县农村居民人均可支配收入13500元，同比增长7.2%。"
	       "上半年全县农村居民人均可支配收入比全市高400元（全市为13100元），在全市排第2位；"
	       "增幅比全市高0.3个百分点（全市为6.9%），比全省低0.5个百分点（全省为7.7%），在全市排第4位。",
	       "某市 rural_income level 13500 元 exact 2023H1 - actual 2@全市\n"
	       "某市 rural_income growth 7.2 % exact 2023H1 yoy actual 4@全市\n"
	       "某市 rural_income gap_pp 0.3 百分点 exact 2023H1 全市 actual\n"
	       "某市 rural_income gap_pp -0.5 百分点 exact 2023H1 全省 actual\n");
	/* 协议引资 (what the agreements signed bring) names the investment of
	 * signed projects, as 合同引资 does */
	expect("2023-04-12", "district",
	       "一季度，全区新签约产业项目12个，协议引资35.6亿元，同比增长8%。",
	       "某市 signed_investment level 35.6 亿元 exact 2023Q1 - actual\n"
	       "某市 signed_investment growth 8 % exact 2023Q1 yoy actual\n");
	/* a sentence opening with 增速 whose gaps are two: still the growth's */
	expect("2023-10-20", CITY,
	       "1-9月，全市规上工业增加值增长6.5%。增速比全省高1.2个百分点，比全国高2个百分点，居全省第4位。",
	       "某市 industrial_va growth 6.5 % exact 2023M01-M09 yoy actual 4@全省\n"
	       "某市 industrial_va gap_pp 1.2 百分点 exact 2023M01-M09 全省 actual\n"
	       "某市 industrial_va gap_pp 2 百分点 exact 2023M01-M09 全国 actual\n");
}

static void leftfix43_rules(void)
{
	/* a rank's clause opening with a word of words.json rank_joiners
	 * (而且, 并且, 同时) after the figures it ranks: read as if it opened
	 * after it, one figure or several with 均 */
	expect("2024-08-12", CITY,
	       "上半年，全市社会消费品零售总额增长7.4%，而且增速居全省第3位。",
	       "某市 retail_sales growth 7.4 % exact 2024H1 yoy actual 3@全省\n");
	expect("2024-08-12", CITY,
	       "上半年，全市规上工业增加值增长8.3%，一般公共预算收入增长6.2%，而且增速均居全省第4位。",
	       "某市 industrial_va growth 8.3 % exact 2024H1 yoy actual 4@全省\n"
	       "某市 budget_revenue growth 6.2 % exact 2024H1 yoy actual 4@全省\n");
	expect("2024-08-12", CITY,
	       "上半年，全市固定资产投资增长5.1%，同时增速居全省第6位。",
	       "某市 fai growth 5.1 % exact 2024H1 yoy actual 6@全省\n");
	/* a bracket of words.json below_asides (（以下同）, (以下均同)) between
	 * a rank's scope and its position is no part of the scope, and gives
	 * it to later ranks that name none */
	expect_kind("news", "2024-10-20", CITY,
		    "前三季度，全市地区生产总值增长5.2%，居全省11市（以下同）第6位；"
		    "固定资产投资增长7.7%，居第2位。",
		    "某市 gdp growth 5.2 % exact 2024M01-M09 yoy actual 6@全省11市\n"
		    "某市 fai growth 7.7 % exact 2024M01-M09 yoy actual 2@全省11市\n");
	/* 比 a place 多 or 少 (words.json compared_ups, compared_downs) as 高
	 * and 低: an amount is a difference, no level; points a gap */
	expect("2024-03-01", CITY, "2023年，全市地区生产总值比全省平均多35亿元。", "");
	expect("2024-03-01", CITY,
	       "2023年，全市农村居民人均可支配收入18600元，比全省少900元。",
	       "某市 rural_income level 18600 元 exact 2023 - actual\n");
	expect("2024-03-01", CITY,
	       "2023年，全市规上工业增加值增长6.2%，比全省多0.9个百分点。",
	       "某市 industrial_va growth 6.2 % exact 2023 yoy actual\n"
	       "某市 industrial_va gap_pp 0.9 百分点 exact 2023 全省 actual\n");
	/* 与上年持平 and 同比持平 (words.json growth_on_year_before) say how a
	 * figure of a year more than half gone grew on the year before: a
	 * result, as 同比增长 is; 力争 still makes a target */
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市粮食播种面积41.5万亩，与上年持平。",
		    "某市 grain_area level 41.5 万亩 exact 2023 - actual\n"
		    "某市 grain_area growth 0 % exact 2023 yoy actual\n");
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市粮食总产量18.2万吨，同比持平。",
		    "某市 grain_output level 18.2 万吨 exact 2023 - actual\n"
		    "某市 grain_output growth 0 % exact 2023 yoy actual\n");
	expect_kind("news", "2023-11-14", CITY,
		    "2023年，全市粮食播种面积力争41.5万亩，与上年持平。",
		    "某市 grain_area level 41.5 万亩 exact 2023 - target\n"
		    "某市 grain_area growth 0 % exact 2023 yoy target\n");
	/* 累计产值 and 当月产值 of 规上工业 (规模以上工业, …企业): the output of
	 * the months so far or of the month, industrial_output */
	expect_kind("news", "2024-03-20", CITY,
		    "2月份，全市规上工业当月产值同比增长4.1%；1-2月，规模以上工业累计产值同比增长3.2%。",
		    "某市 industrial_output growth 4.1 % exact 2024M02 yoy actual\n"
		    "某市 industrial_output growth 3.2 % exact 2024M01-M02 yoy actual\n");
}

/* The forty-third probe round's rules for a place's own evaluation
 * (eval). */
static void eval43_rules(void)
{
	static const char *const cases[][3] = {
		/* the kind of assessment after the name of an evaluation
		 * (第三方评估, 第三方评价; words.json evaluation_tails) is part
		 * of the name: the rank still follows it closely */
		{ "evaluation", "2022年某市营商环境第三方评估居全省第三。",
		  "某市 business_environment level null - exact 2022 - actual 3@全省\n" },
		{ "evaluation", "2022年某市优化营商环境第三方评价排名全省第五位，总体为良好。",
		  "某市 business_environment level null - exact 2022 - actual 5@全省\n" },
		/* after a figure's name that is no evaluation it ranks nothing */
		{ "evaluation", "2022年某市固定资产投资第三方评估居全省第二。", "" },
		/* a count whose label before cannot count it (a metric in 分
		 * or 亿元) takes the metric named right after it (…，让N万户
		 * 市场主体; 带动 before the count already left no label) */
		{ "news", "2022年，某市不断改善营商环境，让15万户市场主体加快成长。",
		  "某市 market_entities level 15 万户 exact 2022 - actual\n" },
		{ "news", "2022年，某市地区生产总值980亿元，使3.6万户市场主体受益。",
		  "某市 gdp level 980 亿元 exact 2022 - actual\n"
		  "某市 market_entities level 3.6 万户 exact 2022 - actual\n" },
		/* a label before that counts the figure keeps it */
		{ "news", "2022年，某市新增高新技术企业46家科技企业。",
		  "某市 high_tech_enterprises added 46 家 exact 2022 - actual\n" },
		/* a clause of rank words only right after an added count's
		 * growth (no record: the additions' growth) ranks that growth,
		 * not the count; a rank right after the count, or after a
		 * stock's growth, stays as it was */
		{ "news", "2022年1至11月，某市新登记市场主体3.2万家，同比增长12.5%，居全省第4位。",
		  "某市 market_entities added 3.2 万户 exact 2022M01-M11 - actual\n" },
		{ "news", "2022年1至11月，某市新登记市场主体3.2万家，居全省第4位。",
		  "某市 market_entities added 3.2 万户 exact 2022M01-M11 - actual 4@全省\n" },
		{ "news", "2022年1至11月，某市市场主体总量达到32万户，增长12.5%，居全省第4位。",
		  "某市 market_entities level 32 万户 exact 2022M11 - actual\n"
		  "某市 market_entities growth 12.5 % exact 2022M11 yoy actual 4@全省\n" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		expect_kind(cases[i][0], "2023-02-01", CITY, cases[i][1], cases[i][2]);
}

static void htargets43_rules(void)
{
	/* 乡村居民 names the rural residents as 农村居民 does: their income is
	 * rural_income, also as the second of a 城镇和乡村居民… 分别 pair */
	expect_kind("targets", "2024-01-09", CITY,
		    "今年全市主要预期目标是：城镇和乡村居民人均可支配收入分别增长5.8%、7.1%。",
		    "某市 urban_income growth 5.8 % exact 2024 yoy target\n"
		    "某市 rural_income growth 7.1 % exact 2024 yoy target\n");
	expect("2024-02-01", CITY, "2023年，全市乡村居民人均可支配收入18650元，增长7.4%。",
	       "某市 rural_income level 18650 元 exact 2023 - actual\n"
	       "某市 rural_income growth 7.4 % exact 2023 yoy actual\n");
	/* a threshold after 、 whose verb an adverbial of scope leads
	 * (在全省县市中率先突破, 在全市率先突破) keeps the item's label, as
	 * 突破…、年均增长 does; the scope is no label and no rank */
	expect_kind("targets", "2024-01-09", CITY,
		    "今年全市主要预期目标是：地区生产总值增长6.5%、在全省县市中率先突破900亿元，"
		    "社会消费品零售总额增长7%、在全市率先突破300亿元。",
		    "某市 gdp growth 6.5 % exact 2024 yoy target\n"
		    "某市 gdp level 900 亿元 at_least 2024 - target\n"
		    "某市 retail_sales growth 7 % exact 2024 yoy target\n"
		    "某市 retail_sales level 300 亿元 at_least 2024 - target\n");
}

/* Round 43, city news on their own half-year, quarters and year */
static void hnews43_rules(void)
{
	/* a line that closes with an ellipsis (……) and no full stop ends its
	 * paragraph, as one closing with 。 does: the next line is no part of
	 * its sentence, so a place the ellipsis line named (a zone's project)
	 * holds no clause of the figures below */
	expect_kind("news", "2023-08-10", CITY,
		    "高新区一批新项目开工建设……\n"
		    "今年上半年，全市工业投资增长12.5%；规上工业增加值增长6.4%，增速居全省第二位。",
		    "某市 industrial_investment growth 12.5 % exact 2023H1 yoy actual\n"
		    "某市 industrial_va growth 6.4 % exact 2023H1 yoy actual 2@全省\n");
	/* a line that is only a rank, under a line that ends with a rate (a
	 * display headline's short lines, a page's item line), ranks that
	 * rate, as after a comma; the line of a label and a figure after it
	 * is still an item of its own */
	expect_kind("news", "2023-08-10", CITY,
		    "上半年\n地区生产总值\n同比增长5.8%\n位居全省第二位\n一般公共预算收入增长5.1%",
		    "某市 gdp growth 5.8 % exact 2023H1 yoy actual 2@全省\n"
		    "某市 budget_revenue growth 5.1 % exact 2023H1 yoy actual\n");
}

static void hcgwr43_rules(void)
{
	/* a verb of words.json flow_effect_verbs right before the label of a
	 * flow, its amount after the label: what a cause took off the flow or
	 * added to it, no level of the flow; the flow's own level after it
	 * stays */
	expect_kind("gwr", "2021-01-06", "county",
		    "一、2020年工作回顾\n"
		    "在落实退税降费政策减少财政收入2.4亿元的背景下，全年完成财政收入31.6亿元，增长3.2%。"
		    "受减税影响减收一般公共预算收入1.1亿元，一般公共预算收入完成12.3亿元。",
		    "某市 fiscal_revenue level 31.6 亿元 exact 2020 - actual\n"
		    "某市 fiscal_revenue growth 3.2 % exact 2020 yoy actual\n"
		    "某市 budget_revenue level 12.3 亿元 exact 2020 - actual\n");
}

/* Round 43's prefecture bulletins: paragraphs run into one line, and a
 * figure restated in another unit. */
static void hpbull43_rules(void)
{
	/* a page that ran its paragraphs into one line keeps a space after
	 * the full stop that ended each: 预计全年 makes the rest of its own
	 * paragraph estimates, not the paragraphs after that space */
	expect_kind("bulletin", "2022-12-31", CITY,
		    "一、综合 初步核算，全年地区生产总值820.4亿元，增长3.2%。预计全年全员劳动生产率"
		    "101200元/人。按常住人口计算，人均地区生产总值61350元。 年末全市常住人口133.7万人，"
		    "常住人口城镇化率57.12%。",
		    "某市 gdp level 820.4 亿元 exact 2022 - actual\n"
		    "某市 gdp growth 3.2 % exact 2022 yoy actual\n"
		    "某市 labor_productivity level 10.12 万元/人 exact 2022 - estimate\n"
		    "某市 gdp_per_capita level 61350 元 exact 2022 - estimate\n"
		    "某市 population level 133.7 万人 exact 2022 - actual\n"
		    "某市 urbanization_rate level 57.12 % exact 2022 - actual\n");
	/* 折合 restates the figure before in another unit: no second
	 * record, and the growth after it is still the label's, in brackets
	 * or after a comma */
	expect_kind("bulletin", "2022-12-31", CITY,
		    "人均地区生产总值70820元（折合10530美元），增长4.4%。全年全市人均可支配收入"
		    "30150元，折合4480美元，增长5.6%。",
		    "某市 gdp_per_capita level 70820 元 exact 2022 - actual\n"
		    "某市 gdp_per_capita growth 4.4 % exact 2022 yoy actual\n"
		    "某市 disposable_income level 30150 元 exact 2022 - actual\n"
		    "某市 disposable_income growth 5.6 % exact 2022 yoy actual\n");
}

/* Round 44's district plan reports: the text layer of a PDF. */
static void cplan44_rules(void)
{
	/* a PDF's text may put a space after a full stop, as it splits
	 * numbers after their decimal point (a. b%): in such a line the space
	 * is no paragraph that broke, so 全年预计 still makes the rest of
	 * the paragraph estimates */
	expect_kind("plan", "2021-02-10", "district",
		    "一、2020年国民经济和社会发展计划执行情况\n"
		    "全年预计地区生产总值增长4.5%,固定资产投资210亿元,增长 1. 8%。 完成财政总收入96亿元,"
		    "其中一般公共预算收入52亿元,增长 3. 2%。",
		    "某市 gdp growth 4.5 % exact 2020 yoy estimate\n"
		    "某市 fai level 210 亿元 exact 2020 - estimate\n"
		    "某市 fai growth 1.8 % exact 2020 yoy estimate\n"
		    "某市 fiscal_revenue level 96 亿元 exact 2020 - estimate\n"
		    "某市 budget_revenue level 52 亿元 exact 2020 - estimate\n"
		    "某市 budget_revenue growth 3.2 % exact 2020 yoy estimate\n");
}

/* Rules written from the 政府工作报告 of 河南 and 山东 cities of round 44;
 * the texts are the tests' own. */
static void hngwr44_rules(void)
{
	/* a since-span of the place's history (设市以来, 有统计以来; words.json
	 * rank_since_leads) before a rank says when it was first reached, as
	 * 首次 does, and names nothing ranked: the rank is the figure's */
	expect("2022-01-20", CITY,
	       "2021年，全市地区生产总值增长8.6%、设市以来增速首次居全省第一；规模以上工业增加值"
	       "增长9.3%，有统计以来首次位居全省第二。",
	       "某市 gdp growth 8.6 % exact 2021 yoy actual 1@全省\n"
	       "某市 industrial_va growth 9.3 % exact 2021 yoy actual 2@全省\n");
	/* 总量 (总数) and a bound word after a figure's growth and 、 (增长a%、
	 * 总量突破b亿元): the label's level, as 、总量达到 and ，总量超过 are */
	expect("2024-01-20", CITY,
	       "2023年，全市一般公共预算收入增长5.1%、总量突破120亿元；地区生产总值增长6.2%、"
	       "总量超过900亿元。",
	       "某市 budget_revenue growth 5.1 % exact 2023 yoy actual\n"
	       "某市 budget_revenue level 120 亿元 at_least 2023 - actual\n"
	       "某市 gdp growth 6.2 % exact 2023 yoy actual\n"
	       "某市 gdp level 900 亿元 at_least 2023 - actual\n");
}

/* The forty-fourth probe round's city and county newspaper items. */
static void paper44_rules(void)
{
	/* a short name of the metric (外贸 of a trade label, 消费 of retail
	 * sales; words.json rank_short_names) before 增速 ranks the growth
	 * just read, as the end of its label does (投资增速); not a growth of
	 * another metric (出口总额 is no 进出口) */
	expect_kind("news", "2023-11-30", CITY,
		    "2022年，全市进出口总值86.4亿元，同比增长21%，外贸增速居全省第3位。"
		    "全市社会消费品零售总额312.5亿元，增长6.8%，消费增速居全省第5位。",
		    "某市 import_export level 86.4 亿元 exact 2022 - actual\n"
		    "某市 import_export growth 21 % exact 2022 yoy actual 3@全省\n"
		    "某市 retail_sales level 312.5 亿元 exact 2022 - actual\n"
		    "某市 retail_sales growth 6.8 % exact 2022 yoy actual 5@全省\n");
	expect_kind("news", "2023-11-30", CITY,
		    "2022年，全市出口总额40.2亿元，同比增长15%，外贸增速居全省第3位。",
		    "某市 exports level 40.2 亿元 exact 2022 - actual\n"
		    "某市 exports growth 15 % exact 2022 yoy actual\n");
}

/* The forty-fourth probe round's county bulletins (江西, 湖北, 河南). */
static void cbull3_44_rules(void)
{
	/* 出售和自宰(的)肉猪 and 肉牛 are the statistical names of the hogs
	 * and cattle slaughtered (出栏) */
	expect_kind("bulletin", "2022-12-31", "county",
		    "全年全县出售和自宰肉猪18.36万头，增长5.2%；出售和自宰的肉牛9120头，下降2.4%。",
		    "某市 hogs_slaughtered level 18.36 万头 exact 2022 - actual\n"
		    "某市 hogs_slaughtered growth 5.2 % exact 2022 yoy actual\n"
		    "某市 cattle_slaughtered level 0.912 万头 exact 2022 - actual\n"
		    "某市 cattle_slaughtered growth -2.4 % exact 2022 yoy actual\n");
	/* 剔除物价因素影响 before a comparable growth: the effect of prices the
	 * growth is net of, no price index; the growth is the output's */
	expect_kind("bulletin", "2022-12-31", "county",
		    "全县农林牧渔业总产值64.2亿元，剔除物价因素影响，可比增长4.3%。全年物价总水平上涨1.6%。",
		    "某市 agri_output level 64.2 亿元 exact 2022 - actual\n"
		    "某市 agri_output growth 4.3 % exact 2022 yoy actual\n"
		    "某市 cpi growth 1.6 % exact 2022 yoy actual\n");
	/* the industries' points in the sentence right after the structure's
	 * (比重 and the ratio) are their shares' changes, no change of their
	 * growth; with a rate word or a growth in % they stay the growth's */
	expect_kind("bulletin", "2022-12-31", "county",
		    "产业结构继续优化，三次产业比重由上年的18.2:36.1:45.7变为17.6:35.9:46.5。第一、二产业"
		    "分别下降0.6、0.2个百分点，第三产业上升0.8个百分点。",
		    "");
	expect_kind("bulletin", "2022-12-31", "county",
		    "三次产业比重为17.6:35.9:46.5。第三产业增速比上年提高0.8个百分点。",
		    "某市 tertiary_industry_va change_pp 0.8 百分点 exact 2022 yoy actual\n");
	/* an index of base 100 that rose or fell some points right after its
	 * own label moved that many percent: a growth; after a rate word
	 * (涨幅) the points are the rate's change */
	expect_kind("bulletin", "2022-12-31", "county",
		    "全年全县居民消费价格总水平比上年上涨1.9个百分点。工业生产者出厂价格下跌0.6个百分点。",
		    "某市 cpi growth 1.9 % exact 2022 yoy actual\n"
		    "某市 ppi growth -0.6 % exact 2022 yoy actual\n");
	expect_kind("bulletin", "2022-12-31", "county",
		    "全年全县居民消费价格上涨1.9%，涨幅比上年提高0.4个百分点。",
		    "某市 cpi growth 1.9 % exact 2022 yoy actual\n"
		    "某市 cpi change_pp 0.4 百分点 exact 2022 yoy actual\n");
	/* 全年 between the firms' name and the verb and noun that complete
	 * the label (规模以上工业企业全年实现增加值): the industry's value
	 * added, not the firms' count */
	expect_kind("bulletin", "2022-12-31", "county",
		    "全县52家规模以上工业企业全年实现增加值61.8亿元，比上年增长7.5%。",
		    "某市 above_scale_industrial_enterprises level 52 家 exact 2022 - actual\n"
		    "某市 industrial_va level 61.8 亿元 exact 2022 - actual\n"
		    "某市 industrial_va growth 7.5 % exact 2022 yoy actual\n");
}

static void hncnews44_rules(void)
{
	/* an adverb of words.json gap_adverbs (同时, 并, 也) before the word
	 * that compares the figure with another place's keeps the clause a
	 * gap of that figure, the label before still speaking for it */
	expect_entity_records(ex, line_of, "某县", "news", "2024-07-25", "county",
			      "上半年，全县规上工业增加值增长7.3%，同时高于全省平均水平1.6个百分点；"
			      "固定资产投资增长4.2%，并高于全市0.9个百分点。",
			      "某县 industrial_va growth 7.3 % exact 2024H1 yoy actual\n"
			      "某县 industrial_va gap_pp 1.6 百分点 exact 2024H1 全省平均 actual\n"
			      "某县 fai growth 4.2 % exact 2024H1 yoy actual\n"
			      "某县 fai gap_pp 0.9 百分点 exact 2024H1 全市 actual\n");
	/* a place that holds the document's entity named by its own name
	 * (the county's city, its province) between the comparison and a
	 * label: that label is the place's rate compared with, as after 全市;
	 * another metric's rate of the place gives no record */
	expect_entity_records(ex, line_of, "固始县", "news", "2024-10-28", "county",
			      "前三季度，全县规上工业增加值增长9.4%，高于信阳市规上工业增加值增速1.3个百分点，"
			      "同时高于河南省规上工业增加值增速2.1个百分点；固定资产投资增长6.2%，"
			      "高于信阳市GDP增速0.8个百分点。",
			      "固始县 industrial_va growth 9.4 % exact 2024M01-M09 yoy actual\n"
			      "固始县 industrial_va gap_pp 1.3 百分点 exact 2024M01-M09 信阳市 actual\n"
			      "固始县 industrial_va gap_pp 2.1 百分点 exact 2024M01-M09 河南省 actual\n"
			      "固始县 fai growth 6.2 % exact 2024M01-M09 yoy actual\n");
	/* 国家级 before a label of units counted is their grade, not the
	 * nation as the clause's subject, as 国家 alone there is: the count
	 * is the place's, and so are the clauses after it */
	expect_entity_records(ex, line_of, "某县", "news", "2025-01-20", "county",
			      "2024年，全县新认定高新技术企业12家，国家级科技型中小企业达96家，"
			      "新增专精特新中小企业6家。",
			      "某县 high_tech_enterprises added 12 家 exact 2024 - actual\n"
			      "某县 tech_smes level 96 家 exact 2024 - actual\n"
			      "某县 specialized_smes added 6 家 exact 2024 - actual\n");
	/* 国家 before a standard (国家二级标准以上天数) is no place speaking:
	 * the rest of the sentence stays the county's */
	expect_entity_records(ex, line_of, "某县", "news", "2024-10-15", "county",
			      "环境持续改善，国家二级标准以上天数保持在300天以上，"
			      "1-9月PM2.5平均浓度21微克/立方米，同比下降4.5%。",
			      "某县 pm25 level 21 微克/立方米 exact 2024M01-M09 - actual\n"
			      "某县 pm25 growth -4.5 % exact 2024M01-M09 yoy actual\n");
}

int main(void)
{
	db_diag d;
	OK(db_catalog_load_default(&cat, &d) == 0);
	ex = db_extractor_new(&cat, &d);
	OK(ex != NULL);
	ranks();
	entities();
	statuses();
	measures();
	bases();
	bulletin_words();
	report_styles();
	document_context();
	real_report_rules();
	probe6_rules();
	probe7_rules();
	probe8_bulletin_rules();
	probe8_gwr_rules();
	probe10_plan_rules();
	probe10_bulletin_rules();
	probe10_left_rules();
	probe11_gwrnews_rules();
	probe11_plan_rules();
	probe11_bulletin_rules();
	probe12_lead_rules();
	probe12_bulletin_rules();
	probe12_plan_rules();
	probe12_gwrnews_rules();
	probe13_lead_rules();
	probe13_planeval_rules();
	probe13_news_rules();
	probe13_gwrbull_rules();
	probe14_news_rules();
	probe14_bull_rules();
	probe14_gwr_rules();
	probe15_plan_rules();
	probe15_hngwr_rules();
	probe15_ahbull_rules();
	probe15_news_rules();
	periods_listed_rules();
	probe17_bull_rules();
	probe17_news_rules();
	probe17_gwr_rules();
	probe31_audit_rules();
	probe32_summary_rules();
	probe32_newstl_rules();
	probe32_county_rules();
	probe33_news_rules();
	probe17_eval_rules();
	probe18_eval_rules();
	probe18_gwra_rules();
	probe18_gwrb_rules();
	probe19_gwr_rules();
	probe20_news_rules();
	probe20_bull_rules();
	probe20_gwr_rules();
	probe20_eval_rules();
	probe20_plan_rules();
	probe21_gwrb_rules();
	probe22_gwrb_rules();
	probe23_plan_rules();
	probe23_bull_rules();
	probe23_gwr_rules();
	probe23_news_rules();
	probe24_gwr_rules();
	gwr40_rules();
	probe24_plan_rules();
	probe24_news_rules();
	probe25_gwr_rules();
	probe26_eval_rules();
	probe26_gwr_rules();
	probe26_newsp_rules();
	probe26_plan_rules();
	probe26_newsc_rules();
	probe27_planj_rules();
	probe27_planh_rules();
	probe27_news_rules();
	probe28_zones_rules();
	probe33_bulletin_rules();
	probe34_bulletin_rules();
	probe28_speech_rules();
	probe30_tlist_rules();
	probe30_bulletin_rules();
	audit30_rules();
	audit32_rules();
	audit32b_rules();
	audit33c_rules();
	probe33_plan_rules();
	probe33_eval_rules();
	probe33_gwr_rules();
	probe33_county_rules();
	audit34_rules();
	entity34_rules();
	probe34_county_rules();
	probe34_gwr_rules();
	recur34_rules();
	probe35_gwr_rules();
	probe36_quarter_rules();
	probe35_county_rules();
	probe35_news2_rules();
	probe35_eval_rules();
	probe36_plan_rules();
	probe36_news_rules();
	probe36_bulletin_rules();
	probe37_bulletin_rules();
	probe37_eval_rules();
	probe37_gwr_rules();
	probe38_gwr_rules();
	probe37_quarter_rules();
	probe37_speech_rules();
	speech38_rules();
	audit38_rules();
	probe38_summary_rules();
	probe39_eval_rules();
	gwr39_rules();
	eval39b_rules();
	span_growth_rules();
	review40_rules();
	review_forms40_rules();
	newscity40_rules();
	ranks40_rules();
	ranks41_rules();
	ranks42_rules();
	gwr41_rules();
	plan42_rules();
	eval2_42_rules();
	heval43_rules();
	cbull42_rules();
	gwr42_rules();
	bulletin42_rules();
	eval42_rules();
	targets42_rules();
	pgwr42_rules();
	aside42_rules();
	citynews42_rules();
	pbull42_rules();
	tailfix42_rules();
	gapfix42_rules();
	subjfix42_rules();
	statusfix42_rules();
	spanfix43_rules();
	ranks43_rules();
	hrank43_rules();
	plan43_rules();
	cnews43_rules();
	leftfix43_rules();
	mbull43_rules();
	eval43_rules();
	htargets43_rules();
	hspeech43_rules();
	hnews43_rules();
	hcgwr43_rules();
	hpbull43_rules();
	cplan44_rules();
	hngwr44_rules();
	cbull3_44_rules();
	hncnews44_rules();
	paper44_rules();
	db_extractor_free(ex);
	db_catalog_release(&cat);
	DB_TEST_END();
}
