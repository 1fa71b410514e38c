/* test_tables.c - statistical tables flattened into text (issue 4): rows
 * separated by |, tabs, runs of spaces, or one cell per line, each with the
 * exact records expected (level with its unit, growth), dated by the title,
 * the header or the document. Every record of the text, in order. */
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

/* metric measure value unit raw period basis status line:column */
static void line_of(const db_record *r, db_buf *b)
{
	char n[DB_NUMFMT_MAX], tok[DB_PERIOD_TOKEN_MAX];
	db_buf_printf(b, "%s %s %s %s %s %s %s %s %d:%d\n", r->metric ? r->metric : r->label,
		      db_measure_name(r->measure), r->has_value ? db_numfmt(r->value, n) : "null",
		      r->unit ? r->unit : "-", r->raw ? r->raw : "-",
		      r->has_period ? db_period_format(&r->period, tok) : "-",
		      r->basis ? r->basis : "-", db_status_name(r->status), r->source.line,
		      r->source.column);
}

static void expect(const char *date, const char *text, const char *want)
{
	expect_records(ex, line_of, NULL, date, "prefecture", text, want);
}

static void pipes(void)
{
	/* 单位 as a column; 万元 converted; an unknown label gives its growth
	 * only; the growth of a rate (points or percent?) is left out; prose
	 * after the table is read as prose */
	expect("2023-03-20",
	       "2022年全市主要经济指标\n"
	       "指标 | 单位 | 绝对数 | 比上年增长(%)\n"
	       "地区生产总值 | 亿元 | 3120.5 | 5.2\n"
	       "规模以上工业增加值 | 亿元 | — | 7.1\n"
	       "社会消费品零售总额 | 亿元 | 1,203.4 | -2.1\n"
	       "一般公共预算收入 | 万元 | 2034567 | 4.3\n"
	       "限额以上批发业销售额 | 亿元 | 812.3 | 6.6\n"
	       "常住人口城镇化率 | % | 58.3 | 1.2\n"
	       "年末金融机构存款余额 | 亿元 | 4510.2 | 11.0\n"
	       "\n"
	       "全年全市粮食总产量285.3万吨，比上年增长1.1%。\n",
	       "gdp level 3120.5 亿元 3120.5亿元 2022 - actual 3:1\n"
	       "gdp growth 5.2 % 5.2 2022 yoy actual 3:1\n"
	       "industrial_va growth 7.1 % 7.1 2022 yoy actual 4:1\n"
	       "retail_sales level 1203.4 亿元 1,203.4亿元 2022 - actual 5:1\n"
	       "retail_sales growth -2.1 % -2.1 2022 yoy actual 5:1\n"
	       "budget_revenue level 203.4567 亿元 2034567万元 2022 - actual 6:1\n"
	       "budget_revenue growth 4.3 % 4.3 2022 yoy actual 6:1\n"
	       "限额以上批发业销售额 growth 6.6 % 6.6 2022 yoy actual 7:1\n"
	       "urbanization_rate level 58.3 % 58.3% 2022 - actual 8:1\n"
	       "deposits level 4510.2 亿元 4510.2亿元 2022 - actual 9:1\n"
	       "deposits growth 11 % 11.0 2022 yoy actual 9:1\n"
	       "grain_output level 285.3 万吨 285.3万吨 2022 - actual 11:1\n"
	       "grain_output growth 1.1 % 1.1% 2022 yoy actual 11:18\n");
	/* markdown: the period from the header; an empty cell; a name glued to
	 * another word (食品工业增加值) and a name with digits stay out of the
	 * catalog */
	expect("2023-03-20",
	       "| 指标 | 单位 | 2022年 | 增速(%) |\n"
	       "|---|---|---|---|\n"
	       "| 地区生产总值 | 亿元 | 2,310.6 | 4.4 |\n"
	       "| 固定资产投资 | 亿元 |  | -1.2 |\n"
	       "| 食品工业增加值 | 亿元 | 120.3 | 9.9 |\n"
	       "| 5G基站 | 个 | 3200 | 40.1 |\n",
	       "gdp level 2310.6 亿元 2,310.6亿元 2022 - actual 3:3\n"
	       "gdp growth 4.4 % 4.4 2022 yoy actual 3:3\n"
	       "fai growth -1.2 % -1.2 2022 yoy actual 4:3\n"
	       "食品工业增加值 growth 9.9 % 9.9 2022 yoy actual 5:3\n");
	/* a header broken over lines (a cell runs on where a line does not
	 * end with |); columns named by a noun with its unit (产量（吨）) make
	 * the row's metric with the row's name (稻谷产量), their growth column
	 * with them; a name the catalog lacks (薯类产量) gives its growth only */
	expect("2023-03-20",
	       "2022年主要农产品\n"
	       "品 名 | 播种面积\n"
	       "(亩) |\n"
	       "增减(%) | 产量﹙吨﹚ | 增减﹙%﹚ |\n"
	       "其中:稻谷 | 52000 | -0.3 | 261000 | 1.2 |\n"
	       "薯类 | 21000 | -5.5 | 15000 | 3.7 |\n"
	       "蔬菜 | 140000 | 2.6 | 360000 | 3.1 |\n",
	       "稻谷播种面积 growth -0.3 % -0.3 2022 yoy actual 5:1\n"
	       "rice_output level 26.1 万吨 261000吨 2022 - actual 5:1\n"
	       "rice_output growth 1.2 % 1.2 2022 yoy actual 5:1\n"
	       "薯类播种面积 growth -5.5 % -5.5 2022 yoy actual 6:1\n"
	       "薯类产量 growth 3.7 % 3.7 2022 yoy actual 6:1\n"
	       "蔬菜播种面积 growth 2.6 % 2.6 2022 yoy actual 7:1\n"
	       "vegetable_output level 36 万吨 360000吨 2022 - actual 7:1\n"
	       "vegetable_output growth 3.1 % 3.1 2022 yoy actual 7:1\n");
}

static void tabs_and_spaces(void)
{
	/* 单位：亿元 above the header: it fits 亿元 metrics, never a per-person
	 * 元 one, whose unit comes from its label; stocks at the month's end */
	expect("2023-05-20",
	       "2023年1-4月主要经济指标\n"
	       "单位：亿元，%\n"
	       "指标名称\t1-4月累计\t同比增长\n"
	       "地区生产总值\t—\t—\n"
	       "规上工业增加值\t—\t6.3\n"
	       "社会消费品零售总额\t401.2\t7.5\n"
	       "  其中：网上零售额\t58.9\t12.0\n"
	       "金融机构贷款余额\t2988.5\t10.3\n"
	       "城镇居民人均可支配收入（元）\t15230\t4.9\n"
	       "农村居民人均可支配收入\t6120\t6.1\n",
	       "industrial_va growth 6.3 % 6.3 2023M01-M04 yoy actual 5:1\n"
	       "retail_sales level 401.2 亿元 401.2亿元 2023M01-M04 - actual 6:1\n"
	       "retail_sales growth 7.5 % 7.5 2023M01-M04 yoy actual 6:1\n"
	       "online_retail level 58.9 亿元 58.9亿元 2023M01-M04 - actual 7:3\n"
	       "online_retail growth 12 % 12.0 2023M01-M04 yoy actual 7:3\n"
	       "loans level 2988.5 亿元 2988.5亿元 2023M04 - actual 8:1\n"
	       "loans growth 10.3 % 10.3 2023M04 yoy actual 8:1\n"
	       "urban_income level 15230 元 15230元 2023M01-M04 - actual 9:1\n"
	       "urban_income growth 4.9 % 4.9 2023M01-M04 yoy actual 9:1\n"
	       "rural_income growth 6.1 % 6.1 2023M01-M04 yoy actual 10:1\n");
	/* a quantity's bare unit in the 单位 row above (单位：吨 | |) fits the
	 * rows whose metric counts it in 万 (万吨); a row's own unit (头) wins,
	 * and 单位：元 never reaches a metric in 亿元 */
	expect("2023-04-01",
	       "表3 2022年主要农产品产量\n单位：吨 | |\n产品名称 | 产量 |\n粮食 | 215630 |\n"
	       "#稻谷 | 180442 |\n蔬菜及食用菌 | 96210 |\n生猪出栏(头) | 35120 |\n"
	       "表4 2022年居民收支\n单位：元\n指标 | 绝对数 | 比上年增长(%)\n"
	       "城镇居民人均可支配收入 | 41230 | 5.2\n一般公共预算收入 | 52100 | 3.0\n",
	       "grain_output level 21.563 万吨 215630吨 2022 - actual 4:1\n"
	       "rice_output level 18.0442 万吨 180442吨 2022 - actual 5:1\n"
	       "vegetable_output level 9.621 万吨 96210吨 2022 - actual 6:1\n"
	       "hogs_slaughtered level 3.512 万头 35120头 2022 - actual 7:1\n"
	       "urban_income level 41230 元 41230元 2022 - actual 11:1\n"
	       "urban_income growth 5.2 % 5.2 2022 yoy actual 11:1\n"
	       "budget_revenue growth 3 % 3.0 2022 yoy actual 12:1\n");
	/* 品种 heads the column of row names as 品名 does, its characters and
	 * the rows' names maybe spaced (品 种, 油 料); the title's 产量 and the
	 * header's year make each crop's output of that year */
	expect("2023-05-10",
	       "表2:主要农产品产量 | ||\n品 种 | 单 位 | 2022年 |\n粮 食 | 万吨 | 41.7 |\n"
	       "#早稻 | 万吨 | 12.2 |\n油 料 | 万吨 | 1.6 |\n蔬 菜 | 万吨 | 33.5 |\n",
	       "grain_output level 41.7 万吨 41.7万吨 2022 - actual 3:1\n"
	       "oilseed_output level 1.6 万吨 1.6万吨 2022 - actual 5:1\n"
	       "vegetable_output level 33.5 万吨 33.5万吨 2022 - actual 6:1\n");
	/* runs of spaces, a header word split by spaces (指  标), a foreign
	 * currency kept, an index with its base */
	expect("2023-07-25",
	       "表1  2023年上半年主要经济指标完成情况\n"
	       "  指  标              单位        绝对值        增长（%）\n"
	       "  地区生产总值        亿元        1650.8        4.9\n"
	       "  第一产业增加值      亿元          98.2        3.6\n"
	       "  实际利用外资        亿美元         3.4       12.5\n"
	       "  居民消费价格指数    上年=100     100.6        —\n",
	       "gdp level 1650.8 亿元 1650.8亿元 2023H1 - actual 3:3\n"
	       "gdp growth 4.9 % 4.9 2023H1 yoy actual 3:3\n"
	       "primary_industry_va level 98.2 亿元 98.2亿元 2023H1 - actual 4:3\n"
	       "primary_industry_va growth 3.6 % 3.6 2023H1 yoy actual 4:3\n"
	       "foreign_investment level 3.4 亿美元 3.4亿美元 2023H1 - actual 5:3\n"
	       "foreign_investment growth 12.5 % 12.5 2023H1 yoy actual 5:3\n"
	       "cpi level 100.6 上年=100 100.6 2023H1 - actual 6:3\n");
	/* one cell per line between blank lines under a header word split by
	 * spaces; 涨跌幅度 heads a growth column, 增加值 a column of amounts
	 * (unit from the 单位 line above) */
	expect("2023-04-01",
	       "2022年全区生产总值及增速\n\n指    标\n\n绝对数(万元)\n\n比上年增长(%)\n\n"
	       "地区生产总值\n\n2673224\n\n5.2\n\n建筑业\n\n140132\n\n6.9\n\n"
	       "2022年居民消费价格比上年涨跌幅度\n指      标\n涨跌幅度(%)\n居民消费价格\n1.9\n"
	       " 其中:食品烟酒\n2.2\n\n"
	       "表1 2022年生产总值\n单位:亿元\n指标名称 | 增加值 | 同比增长%\n其中:工业 | 6.25 | 7.5\n",
	       "gdp level 267.3224 亿元 2673224万元 2022 - actual 9:1\n"
	       "gdp growth 5.2 % 5.2 2022 yoy actual 9:1\n"
	       "construction_va level 14.0132 亿元 140132万元 2022 - actual 15:1\n"
	       "construction_va growth 6.9 % 6.9 2022 yoy actual 15:1\n"
	       "cpi growth 1.9 % 1.9 2022 yoy actual 24:1\n"
	       "食品烟酒 growth 2.2 % 2.2 2022 yoy actual 26:2\n"
	       "total_industry_va level 6.25 亿元 6.25亿元 2022 - actual 32:1\n"
	       "total_industry_va growth 7.5 % 7.5 2022 yoy actual 32:1\n");
	/* cells of a table the readers cannot take, glued to the sentence
	 * after them across a blank line, are not its figures' source */
	expect("2023-04-01",
	       "2022年统计公报\n其中:男性\n-\n-\n\n  全县实现地区生产总值125.48亿元，增长3.8%。\n",
	       "gdp level 125.48 亿元 125.48亿元 2022 - actual 6:3\n"
	       "gdp growth 3.8 % 3.8% 2022 yoy actual 6:22\n");
	/* a page that lost its line breaks: the table in one line with the
	 * prose before and after it, the unit in the title's words */
	expect("2022-04-28",
	       "2021年某县国民经济和社会发展统计公报\n"
	       "全年实现生产总值90.39亿元，增长9.8%。 表1 生产总值 单位:亿元 "
	       "指标名称 | 增加值 | 同比增长% | 其中:工业 | 6.25 | 7.5 | 金融业 | 2.09 | -0.2 "
	       "二、农业 全年粮食产量10万吨。\n",
	       "gdp level 90.39 亿元 90.39亿元 2021 - actual 2:1\n"
	       "gdp growth 9.8 % 9.8% 2021 yoy actual 2:17\n"
	       "total_industry_va level 6.25 亿元 6.25亿元 2021 - actual 2:60\n"
	       "total_industry_va growth 7.5 % 7.5 2021 yoy actual 2:60\n"
	       "finance_va level 2.09 亿元 2.09亿元 2021 - actual 2:81\n"
	       "finance_va growth -0.2 % -0.2 2021 yoy actual 2:81\n"
	       "grain_output level 10 万吨 10万吨 2021 - actual 2:153\n");
	/* a header's words split by no-break spaces (a web page's &nbsp;);
	 * an industry's row in a table of investment is no value added */
	expect("2022-03-29",
	       "2021年统计公报\n表2：2021年主要农产品产量\n"
	       "产\xc2\xa0品\xc2\xa0名\xc2\xa0称\t产\xc2\xa0\xc2\xa0量（吨）\t增\xc2\xa0\xc2\xa0长（%）\n"
	       "粮食\t235400\t-4.5\n\n"
	       "表4：2021年各行业固定资产投资增长速度\n指 标 名 称\t增 \xc2\xa0长（%）\n第一产业\t-40.5\n第二产业\t25.8\n",
	       "grain_output level 23.54 万吨 235400吨 2021 - actual 4:1\n"
	       "grain_output growth -4.5 % -4.5 2021 yoy actual 4:1\n"
	       "第一产业 growth -40.5 % -40.5 2021 yoy actual 8:1\n"
	       "第二产业 growth 25.8 % 25.8 2021 yoy actual 9:1\n");
	/* a figure's caption is a line of its own: not part of the sentence
	 * below, nor its period */
	expect("2026-04-20",
	       "2025年统计公报\n全年规上工业增加值增长20.6%。\n图2 2021—2025年规模以上工业增加值增长速度\n"
	       "规模以上工业企业实现营业收入303.83亿元。\n",
	       "industrial_va growth 20.6 % 20.6% 2025 yoy actual 2:1\n"
	       "industrial_revenue level 303.83 亿元 303.83亿元 2025 - actual 4:1\n");
}

static void dated_columns(void)
{
	/* a column dated by its header (4月, 1-4月); a rank column is not
	 * read; a second header starts a second table, whose two dated
	 * columns leave the growth undated and the unitless levels out */
	expect("2023-05-20",
	       "2023年4月主要经济指标\n"
	       "指标\t单位\t4月\t1-4月\t4月增长(%)\t1-4月增长(%)\t全省位次\n"
	       "规模以上工业增加值\t亿元\t—\t—\t5.1\t6.3\t3\n"
	       "社会消费品零售总额\t亿元\t102.3\t401.2\t8.1\t7.5\t5\n"
	       "金融机构贷款余额\t亿元\t2988.5\t—\t10.3\t—\t—\n"
	       "\n"
	       "指标 | 2021年 | 2022年 | 增长\n"
	       "地区生产总值 | 3010 | 3120.5 | 5.2\n",
	       "industrial_va growth 5.1 % 5.1 2023M04 yoy actual 3:1\n"
	       "industrial_va growth 6.3 % 6.3 2023M01-M04 yoy actual 3:1\n"
	       "retail_sales level 102.3 亿元 102.3亿元 2023M04 - actual 4:1\n"
	       "retail_sales level 401.2 亿元 401.2亿元 2023M01-M04 - actual 4:1\n"
	       "retail_sales growth 8.1 % 8.1 2023M04 yoy actual 4:1\n"
	       "retail_sales growth 7.5 % 7.5 2023M01-M04 yoy actual 4:1\n"
	       "loans level 2988.5 亿元 2988.5亿元 2023M04 - actual 5:1\n"
	       "loans growth 10.3 % 10.3 2023M04 yoy actual 5:1\n"
	       "gdp growth 5.2 % 5.2 - yoy actual 8:1\n");
}

static void one_cell_per_line(void)
{
	/* the header's lines say how many lines make a row; a sentence ends
	 * the table */
	expect("2022-10-20",
	       "2022年1-9月全市主要经济指标\n"
	       "指标\n单位\n绝对数\n比上年同期增长(%)\n"
	       "地区生产总值\n亿元\n2456.3\n4.1\n"
	       "规模以上工业增加值\n%\n—\n6.8\n"
	       "城镇新增就业\n万人\n5.62\n—\n"
	       "前三季度，全市经济运行总体平稳。\n",
	       "gdp level 2456.3 亿元 2456.3亿元 2022M01-M09 - actual 6:1\n"
	       "gdp growth 4.1 % 4.1 2022M01-M09 yoy actual 6:1\n"
	       "industrial_va growth 6.8 % 6.8 2022M01-M09 yoy actual 10:1\n"
	       "urban_new_jobs level 5.62 万人 5.62万人 2022M01-M09 - actual 14:1\n");
	/* no title: the document's first line dates the table; a two-year
	 * average column keeps its basis */
	expect("2022-08-01",
	       "某市2022年上半年经济运行情况\n"
	       "\n"
	       "指标\t单位\t上半年\t两年平均增长(%)\n"
	       "地区生产总值\t亿元\t980.1\t5.5\n",
	       "gdp level 980.1 亿元 980.1亿元 2022H1 - actual 4:1\n"
	       "gdp growth 5.5 % 5.5 2022H1 avg2y actual 4:1\n");
	/* cells one per line, each with a | after it; a group's heading (按产业
	 * 分) whose empty cells were lost; 绝对额 */
	expect("2023-03-20",
	       "表1 2022年地区生产总值 |\n||\n指 标 |\n绝对额(亿元) |\n比上年增长(%) |\n"
	       "地区生产总值 |\n4710.67 |\n5.4 |\n按产业分 |\n|\n|\n第一产业 |\n485.72 |\n3.8 |\n",
	       "gdp level 4710.67 亿元 4710.67亿元 2022 - actual 6:1\n"
	       "gdp growth 5.4 % 5.4 2022 yoy actual 6:1\n"
	       "primary_industry_va level 485.72 亿元 485.72亿元 2022 - actual 12:1\n"
	       "primary_industry_va growth 3.8 % 3.8 2022 yoy actual 12:1\n");
	/* cells separated by single spaces, a label of several words (its
	 * industry's value added, the space inside it dropped); the title
	 * above a blank line */
	expect("2021-03-20",
	       "表一:2020年全县生产总值(GDP)\n\n指标 完成数(万元) 比上年增长(%)\n"
	       "地区生产总值 1173521.4 0.2\n交通运输、仓储和 邮政业 18675.3 0.8\n",
	       "gdp level 117.35214 亿元 1173521.4万元 2020 - actual 4:1\n"
	       "gdp growth 0.2 % 0.2 2020 yoy actual 4:1\n"
	       "transport_va level 1.86753 亿元 18675.3万元 2020 - actual 5:1\n"
	       "transport_va growth 0.8 % 0.8 2020 yoy actual 5:1\n");
	/* a | on the line between cells (a web page's table flattened); the
	 * 上年 of 比上年增长 is the basis, not the column's period */
	expect("2022-03-20",
	       "2021年全区生产总值及其增长速度\n|\n单位:亿元\n|\n指 标\n|\n绝对数\n|\n"
	       "比上年增长%\n|\n生产总值\n|\n287.6\n|\n6.8\n|\n第一产业\n|\n23.1\n|\n3.9\n",
	       "gdp level 287.6 亿元 287.6亿元 2021 - actual 11:1\n"
	       "gdp growth 6.8 % 6.8 2021 yoy actual 11:1\n"
	       "primary_industry_va level 23.1 亿元 23.1亿元 2021 - actual 17:1\n"
	       "primary_industry_va growth 3.9 % 3.9 2021 yoy actual 17:1\n");
	/* industries' rows in a value-added table */
	expect("2023-03-20",
	       "表1 2022年地区生产总值 |\n指 标 |\n绝对额(亿元) |\n比上年增长(%) |\n"
	       "交通运输、仓储和邮政业 |\n10.6 |\n-0.7 |\n住宿和餐饮业 |\n3.8 |\n-2.0 |\n",
	       "transport_va level 10.6 亿元 10.6亿元 2022 - actual 5:1\n"
	       "transport_va growth -0.7 % -0.7 2022 yoy actual 5:1\n"
	       "hotel_catering_va level 3.8 亿元 3.8亿元 2022 - actual 8:1\n"
	       "hotel_catering_va growth -2 % -2.0 2022 yoy actual 8:1\n");
	/* rows that name an industry as the catalog's other wording does
	 * (仓储及邮政业) or a part of industry (制造业, indented under 工业) */
	expect("2022-03-20",
	       "表2:2021年全县地区生产总值 | |||\n指标 | 绝对数(万元) | 增长(%) |\n"
	       "地区生产总值 | 253000 | 6.1 |\n  工业 | 61200 | 7.8 |\n    制造业 | 41260 | 7.3 |\n"
	       "交通运输、仓储及邮政业 | 5120 | 12.4 |\n",
	       "gdp level 25.3 亿元 253000万元 2021 - actual 3:1\n"
	       "gdp growth 6.1 % 6.1 2021 yoy actual 3:1\n"
	       "total_industry_va level 6.12 亿元 61200万元 2021 - actual 4:3\n"
	       "total_industry_va growth 7.8 % 7.8 2021 yoy actual 4:3\n"
	       "manufacturing_va level 4.126 亿元 41260万元 2021 - actual 5:5\n"
	       "manufacturing_va growth 7.3 % 7.3 2021 yoy actual 5:5\n"
	       "transport_va level 0.512 亿元 5120万元 2021 - actual 6:1\n"
	       "transport_va growth 12.4 % 12.4 2021 yoy actual 6:1\n");
	/* blank lines between cells, and a header without the label column's
	 * cell: the rows' names come first all the same; a sub-row (其中:谷物)
	 * is no row of its whole */
	expect("2024-04-15",
	       "主要产品产量\n\n\n2023年\n\n较上年增长(%)\n\n粮食总产量\n\n162817吨\n\n0.5\n\n"
	       "其中:谷物\n\n97658吨\n\n-9.7\n\n油料总产量\n\n3959吨\n\n5.9\n",
	       "grain_output level 16.2817 万吨 162817吨 2023 - actual 8:1\n"
	       "grain_output growth 0.5 % 0.5 2023 yoy actual 8:1\n"
	       "谷物 growth -9.7 % -9.7 2023 yoy actual 14:1\n"
	       "oilseed_output level 0.3959 万吨 3959吨 2023 - actual 20:1\n"
	       "oilseed_output growth 5.9 % 5.9 2023 yoy actual 20:1\n");
}

static void not_tables(void)
{
	/* prose that names 指标 and a label line with its figures below are
	 * read as prose (the period does not carry into a new paragraph) */
	expect("2023-02-01",
	       "2022年，主要指标好于预期。\n"
	       "地区生产总值\n1205.3亿元\n增长6.2%\n",
	       "gdp level 1205.3 亿元 1205.3亿元 - - actual 2:1\n"
	       "gdp growth 6.2 % 6.2% - yoy actual 2:1\n");
	/* a header without a value or growth column is no table */
	expect("2023-02-01", "项目  单位\n地区生产总值  亿元\n", "");
}

/* A table of value added: rows named for an industry are its value added;
 * the 品名 header of a product table. */
static void industries(void)
{
	expect("2023-03-20",
	       "2022年全市地区生产总值\n"
	       "指标 | 绝对数(亿元) | 比上年增长(%)\n"
	       "地区生产总值 | 3120.5 | 5.2\n"
	       "工业 | 1102.3 | 6.1\n"
	       "建筑业 | 230.1 | 3.3\n"
	       "金融业 | 201.7 | 7.0\n",
	       "gdp level 3120.5 亿元 3120.5亿元 2022 - actual 3:1\n"
	       "gdp growth 5.2 % 5.2 2022 yoy actual 3:1\n"
	       "total_industry_va level 1102.3 亿元 1102.3亿元 2022 - actual 4:1\n"
	       "total_industry_va growth 6.1 % 6.1 2022 yoy actual 4:1\n"
	       "construction_va level 230.1 亿元 230.1亿元 2022 - actual 5:1\n"
	       "construction_va growth 3.3 % 3.3 2022 yoy actual 5:1\n"
	       "finance_va level 201.7 亿元 201.7亿元 2022 - actual 6:1\n"
	       "finance_va growth 7 % 7.0 2022 yoy actual 6:1\n");
	/* 绝对量(亿元): the amounts' column named 绝对量 as 绝对数; the 比重
	 * column beside it is no figure of the row */
	expect("2023-03-20",
	       "表3 2022年分行业增加值及增速\n"
	       "指 标 | 绝对量(亿元) | 比上年增长(%) | 比重(%) |\n"
	       "地区生产总值 | 2150.6 | 4.8 | 100.0 |\n"
	       "工 业 | 702.4 | 3.1 | 32.7 |\n"
	       "建筑业 | 118.9 | -2.5 | 5.5 |\n",
	       "gdp level 2150.6 亿元 2150.6亿元 2022 - actual 3:1\n"
	       "gdp growth 4.8 % 4.8 2022 yoy actual 3:1\n"
	       "total_industry_va level 702.4 亿元 702.4亿元 2022 - actual 4:1\n"
	       "total_industry_va growth 3.1 % 3.1 2022 yoy actual 4:1\n"
	       "construction_va level 118.9 亿元 118.9亿元 2022 - actual 5:1\n"
	       "construction_va growth -2.5 % -2.5 2022 yoy actual 5:1\n");
	expect("2023-03-20",
	       "2022年主要畜产品产量\n"
	       "品 名 | 计量单位 | 数 量 | 同比增长(%)\n"
	       "生猪出栏 | 万头 | 94.28 | 2.10\n",
	       "hogs_slaughtered level 94.28 万头 94.28万头 2022 - actual 3:1\n"
	       "hogs_slaughtered growth 2.1 % 2.10 2022 yoy actual 3:1\n");
}

/* A bulletin's table of one cell per line, its header over several lines:
 * the 现价 column is the level, the 不变价 column neither level nor growth
 * (nor its year the period: the caption's is, across blank lines and the
 * 单位 line), ±% the growth; every row is read, a spaced name (建  筑  业)
 * as its word. */
static void price_columns(void)
{
	expect("2024-03-20",
	       "某县国民经济和社会发展统计公报\n\n"
	       "表二：2023年全县地区生产总值\n\n单位：万元\n\n指标名称\n\n按现行价格计算\n\n"
	       "按2015年不变价格计算\n\n比上年±%\n\n地区生产总值\n\n1536420.5\n\n1498230.7\n\n5.6\n\n"
	       "  第一产业\n\n201344.2\n\n190876.3\n\n3.9\n\n  #农业\n\n150021.8\n\n141002.6\n\n4.4\n\n"
	       "  建  筑  业\n\n88765.1\n\n84120.9\n\n-2.4\n",
	       "gdp level 153.64205 亿元 1536420.5万元 2023 - actual 15:1\n"
	       "gdp growth 5.6 % 5.6 2023 yoy actual 15:1\n"
	       "primary_industry_va level 20.13442 亿元 201344.2万元 2023 - actual 23:3\n"
	       "primary_industry_va growth 3.9 % 3.9 2023 yoy actual 23:3\n"
	       "农业 growth 4.4 % 4.4 2023 yoy actual 31:3\n"
	       "construction_va level 8.87651 亿元 88765.1万元 2023 - actual 39:3\n"
	       "construction_va growth -2.4 % -2.4 2023 yoy actual 39:3\n");
}

/* Headers whose words are spaced out (项 目, 产 量): the words they are;
 * a row that lost its name does not end the table. */
static void spaced_heads(void)
{
	expect("2024-03-20",
	       "表3：2023年主要农产品产量\n\n产品名称 产 量 比上年增长%\n"
	       "粮 食 231456.7 2.1\n62.5\n油 料 18034.2 -3.6\n",
	       "grain_output growth 2.1 % 2.1 2023 yoy actual 4:1\n"
	       "oilseed_output growth -3.6 % -3.6 2023 yoy actual 6:1\n");
	/* a unit column in single spaces (单 位 then 产 量: two heads, not
	 * one 单位产量): a row's unit word ends its name's words, a row
	 * without one leaves the cell empty */
	expect("2024-03-20",
	       "表2：2023年主要产品产量\n\n产品名称 单 位 产 量 比上年增长%\n"
	       "粮食 万吨 46.2 1.5\n铸件 3120 -4.4\n蔬菜及食用菌 万吨 21.8 3.9\n",
	       "grain_output level 46.2 万吨 46.2万吨 2023 - actual 4:1\n"
	       "grain_output growth 1.5 % 1.5 2023 yoy actual 4:1\n"
	       "铸件产量 growth -4.4 % -4.4 2023 yoy actual 5:1\n"
	       "vegetable_output level 21.8 万吨 21.8万吨 2023 - actual 6:1\n"
	       "vegetable_output growth 3.9 % 3.9 2023 yoy actual 6:1\n");
	/* a header of single spaces whose last head runs on into a short
	 * line of its own (比上年 / 增长%): one head over two lines, the rows
	 * after it; a row of numbers is no run-on */
	expect("2024-03-20",
	       "2023年全县生产总值\n\n指标名称 单 位 2023年 比上年\n增长%\n"
	       "地区生产总值 万元 1563408 5.1\n其中: 第一产业 万元 203117 3.2\n"
	       "工业 万元 398215 7.4\n房地产业 万元 88412 -2.6\n",
	       "gdp level 156.3408 亿元 1563408万元 2023 - actual 5:1\n"
	       "gdp growth 5.1 % 5.1 2023 yoy actual 5:1\n"
	       "primary_industry_va level 20.3117 亿元 203117万元 2023 - actual 6:1\n"
	       "primary_industry_va growth 3.2 % 3.2 2023 yoy actual 6:1\n"
	       "total_industry_va level 39.8215 亿元 398215万元 2023 - actual 7:1\n"
	       "total_industry_va growth 7.4 % 7.4 2023 yoy actual 7:1\n"
	       "real_estate_va level 8.8412 亿元 88412万元 2023 - actual 8:1\n"
	       "real_estate_va growth -2.6 % -2.6 2023 yoy actual 8:1\n");
}

/* Tables of price indices: the base (上年=100, 以上年同期为100) of a
 * caption, a header or a sentence is no figure and no period; only the
 * 总指数 row is the CPI, not its categories. */
static void index_tables(void)
{
	expect("2024-03-20",
	       "2023年某县国民经济和社会发展统计公报\n\n"
	       "全年居民消费价格总指数为101.2(以上年同期为100)。\n\n"
	       "表1：2023年居民消费价格指数(以上年同期为100)\n\n项 目 指数\n"
	       "居民消费价格总指数 101.2\n食品烟酒 98.7\n衣着 100.9\n交通和通信 98.3\n",
	       "cpi level 101.2 上年=100 101.2 2023 - actual 3:1\n"
	       "cpi level 101.2 上年=100 101.2 2023 - actual 8:1\n");
	expect("2024-03-20",
	       "某市2023年国民经济和社会发展统计公报\n"
	       "表2 2023年居民消费价格指数\n指 标 |\n上年=100 |\n居民消费价格 |\n100.6 |\n"
	       "食品烟酒 |\n98.7 |\n",
	       "cpi level 100.6 上年=100 100.6 2023 - actual 5:1\n");
}

/* A row naming its own unit (禽蛋总产量(吨), 羊年末存栏(万只)): the unit is
 * the row's, and the header's noun (产量) is not added to its name. */
static void row_units(void)
{
	expect("2024-03-20",
	       "表4：2023年林业和畜牧业生产情况\n产品名称 产量(吨) 比上年增长(%)\n"
	       "造林面积(亩) 36500 -8.2\n禽蛋总产量(吨) 8421.6 4.7\n猪年末存栏(万头) 21.3 -1.8\n"
	       "茶叶(吨) 512 6.0\n",
	       "afforestation_area level 3.65 万亩 36500亩 2023 - actual 3:1\n"
	       "afforestation_area growth -8.2 % -8.2 2023 yoy actual 3:1\n"
	       "egg_output level 0.84216 万吨 8421.6吨 2023 - actual 4:1\n"
	       "egg_output growth 4.7 % 4.7 2023 yoy actual 4:1\n"
	       "hog_inventory level 21.3 万头 21.3万头 2023 - actual 5:1\n"
	       "hog_inventory growth -1.8 % -1.8 2023 yoy actual 5:1\n"
	       "茶叶 growth 6 % 6.0 2023 yoy actual 6:1\n");
}

/* probe round 11: a row naming a product by weight, under a column of
 * amounts that names no noun (完成数), is the product's output; a row by
 * head, or a weight of no catalog product, stays a bare growth */
static void weight_rows(void)
{
	expect("2023-04-10",
	       "主要农产品产量如下：\n"
	       "品 名 | 2022年完成数 | 比2021年±% |\n"
	       "粮食(吨) | 215430 | 2.3 |\n"
	       "#稻谷(吨) | 98120 | -0.4 |\n"
	       "茶叶(吨) | 1310 | 5.1 |\n"
	       "生猪(头) | 402310 | 3.3 |\n",
	       "grain_output level 21.543 万吨 215430吨 2022 - actual 3:1\n"
	       "grain_output growth 2.3 % 2.3 2022 yoy actual 3:1\n"
	       "rice_output level 9.812 万吨 98120吨 2022 - actual 4:1\n"
	       "rice_output growth -0.4 % -0.4 2022 yoy actual 4:1\n"
	       "茶叶 growth 5.1 % 5.1 2022 yoy actual 5:1\n"
	       "生猪 growth 3.3 % 3.3 2022 yoy actual 6:1\n");
}

/* probe round 12: a one-cell-per-line table with a column of shares
 * (占GDP比重) is read, that column left out; a note's mark after a row's
 * name ([2], (3)) is no unit; spaces a copying site turned into ? (| ??工业 |,
 * 指???标) are spaces */
static void probe12_bulletin_tables(void)
{
	expect("2023-05-10",
	       "2022年全区生产总值及构成\n单位：亿元、%\n指 标 |\n总量 |\n比上年增长 |\n"
	       "占GDP比重 |\n生产总值 |\n412.6 |\n3.9 |\n100 |\n其中：第一产业(2) |\n"
	       "33.1 |\n2.7 |\n8.0 |\n建筑业[3] |\n40.2 |\n-2.5 |\n9.7 |\n",
	       "gdp level 412.6 亿元 412.6亿元 2022 - actual 7:1\n"
	       "gdp growth 3.9 % 3.9 2022 yoy actual 7:1\n"
	       "primary_industry_va level 33.1 亿元 33.1亿元 2022 - actual 11:1\n"
	       "primary_industry_va growth 2.7 % 2.7 2022 yoy actual 11:1\n"
	       "construction_va level 40.2 亿元 40.2亿元 2022 - actual 15:1\n"
	       "construction_va growth -2.5 % -2.5 2022 yoy actual 15:1\n");
	expect("2023-05-10",
	       "2022年全县生产总值及增长速度\n"
	       "| 指??标 | 绝对数(亿元) | 比上年增长(%) |\n"
	       "| 生产总值 | 286.4 | 4.4 |\n"
	       "| ??其中：农林牧渔业 | 41.0 | 3.6 |\n"
	       "| ????工??业 | 90.5 | 6.2 |\n",
	       "gdp level 286.4 亿元 286.4亿元 2022 - actual 3:3\n"
	       "gdp growth 4.4 % 4.4 2022 yoy actual 3:3\n"
	       "agri_va level 41 亿元 41.0亿元 2022 - actual 4:5\n"
	       "agri_va growth 3.6 % 3.6 2022 yoy actual 4:5\n"
	       "total_industry_va level 90.5 亿元 90.5亿元 2022 - actual 5:7\n"
	       "total_industry_va growth 6.2 % 6.2 2022 yoy actual 5:7\n");
}

/* 运输邮电、仓储业: an older row name of transport's value added */
static void probe13_bulletin_tables(void)
{
	expect("2022-06-15",
	       "2021年全县生产总值\n指 标 | 绝对数(亿元) | 比上年增长(%)\n"
	       "全县生产总值 | 188.2 | 7.6\n其中:运输邮电、仓储业 | 9.4 | 5.3\n",
	       "gdp level 188.2 亿元 188.2亿元 2021 - actual 3:1\n"
	       "gdp growth 7.6 % 7.6 2021 yoy actual 3:1\n"
	       "transport_va level 9.4 亿元 9.4亿元 2021 - actual 4:1\n"
	       "transport_va growth 5.3 % 5.3 2021 yoy actual 4:1\n");
	/* other older names (words.json industry_rows: 金融保险业, 批发和零售
	 * 贸易业, 交通运输仓储业和邮政业) are their industries' value added in a
	 * table of value added, and no record in a table of investment */
	expect("2022-06-15",
	       "2021年全县生产总值\n指 标 | 绝对数(亿元) | 比上年增长(%)\n"
	       "全县生产总值 | 143.7 | 6.9\n交通运输仓储业和邮政业 | 7.2 | 3.1\n"
	       "批发和零售贸易业 | 11.5 | -1.4\n金融保险业 | 6.3 | 5.8\n",
	       "gdp level 143.7 亿元 143.7亿元 2021 - actual 3:1\n"
	       "gdp growth 6.9 % 6.9 2021 yoy actual 3:1\n"
	       "transport_va level 7.2 亿元 7.2亿元 2021 - actual 4:1\n"
	       "transport_va growth 3.1 % 3.1 2021 yoy actual 4:1\n"
	       "wholesale_retail_va level 11.5 亿元 11.5亿元 2021 - actual 5:1\n"
	       "wholesale_retail_va growth -1.4 % -1.4 2021 yoy actual 5:1\n"
	       "finance_va level 6.3 亿元 6.3亿元 2021 - actual 6:1\n"
	       "finance_va growth 5.8 % 5.8 2021 yoy actual 6:1\n");
	expect("2022-06-15",
	       "表4：2021年各行业固定资产投资增长速度\n指 标 | 比上年增长(%)\n"
	       "金融保险业 | 12.6\n批发和零售贸易业 | -3.3\n",
	       "金融保险业 growth 12.6 % 12.6 2021 yoy actual 3:1\n"
	       "批发和零售贸易业 growth -3.3 % -3.3 2021 yoy actual 4:1\n");
}

/* probe round 28: a bulletin's table whose caption names the year before
 * while its rows repeat the amounts the prose gave for the bulletin's year
 * (a caption copied from the year before's bulletin) is of the prose's
 * year; a table of other amounts keeps its caption's year, and so does one
 * whose caption is two years off. Invented figures. */
static void caption_case(const char *caption_year, const char *rows, const char *want_rows)
{
	char text[1024], want[1024];
	snprintf(text, sizeof text,
		 "2023年某县国民经济和社会发展统计公报\n一、综合\n"
		 "初步核算，全县生产总值318.6亿元，按可比价格计算，同比增长5.3%%。\n"
		 "表1 %s年全县生产总值及其增长速度\n单位：亿元\n指 标 |\n绝对数 |\n"
		 "比上年增长(%%) |\n生产总值 |\n%s",
		 caption_year, rows);
	snprintf(want, sizeof want,
		 "gdp level 318.6 亿元 318.6亿元 2023 - actual 3:6\n"
		 "gdp growth 5.3 %% 5.3%% 2023 yoy actual 3:28\n%s",
		 want_rows);
	expect_records(ex, line_of, "bulletin", "2023-12-31", "county", text, want);
}

static void probe28_caption_year(void)
{
	caption_case("2022", "318.6 |\n5.3 |\n工业 |\n71.4 |\n6.8 |\n",
		     "gdp level 318.6 亿元 318.6亿元 2023 - actual 9:1\n"
		     "gdp growth 5.3 % 5.3 2023 yoy actual 9:1\n"
		     "total_industry_va level 71.4 亿元 71.4亿元 2023 - actual 12:1\n"
		     "total_industry_va growth 6.8 % 6.8 2023 yoy actual 12:1\n");
	caption_case("2022", "301.2 |\n4.1 |\n工业 |\n66.9 |\n5.3 |\n",
		     "gdp level 301.2 亿元 301.2亿元 2022 - actual 9:1\n"
		     "gdp growth 4.1 % 4.1 2022 yoy actual 9:1\n"
		     "total_industry_va level 66.9 亿元 66.9亿元 2022 - actual 12:1\n"
		     "total_industry_va growth 5.3 % 5.3 2022 yoy actual 12:1\n");
	caption_case("2021", "318.6 |\n5.3 |\n",
		     "gdp level 318.6 亿元 318.6亿元 2021 - actual 9:1\n"
		     "gdp growth 5.3 % 5.3 2021 yoy actual 9:1\n");
}

/* line_of with the qualifier after the value */
static void qline_of(const db_record *r, db_buf *b)
{
	char n[DB_NUMFMT_MAX], tok[DB_PERIOD_TOKEN_MAX];
	db_buf_printf(b, "%s %s %s %s %s %s %s %d:%d\n", r->metric ? r->metric : r->label,
		      db_measure_name(r->measure), r->has_value ? db_numfmt(r->value, n) : "null",
		      r->unit ? r->unit : "-", db_qualifier_name(r->qualifier),
		      r->has_period ? db_period_format(&r->period, tok) : "-",
		      db_status_name(r->status), r->source.line, r->source.column);
}

/* A plan report's table of its indicators, a target column and an actual
 * one (and the next year's targets): each column's own status and year; a
 * row named for a growth (地区生产总值增长, …增速) in % holds growth rates;
 * 左右, 以上, 以内 in a cell qualify it; a column of progress (完成率) is
 * none. Invented figures. */
static void plan_tables(void)
{
	/* years and status words in each column's header */
	expect_records(ex, qline_of, "plan", "2024-01-12", "county",
		       "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		       "附表 主要指标完成情况\n"
		       "指标 | 单位 | 2023年计划 | 2023年完成 | 2024年计划\n"
		       "地区生产总值 | 亿元 | 420 | 411.3 | 440\n"
		       "地区生产总值增长 | % | 6.5 | 5.9 | 6左右\n"
		       "一般公共预算收入 | 亿元 | 21.5 | 22.08 | 23\n"
		       "社会消费品零售总额增速 | % | 8以上 | 7.2 | 7\n"
		       "城镇登记失业率 | % | 4以内 | 2.6 | 4以内\n",
		       "gdp level 420 亿元 exact 2023 target 4:1\n"
		       "gdp level 411.3 亿元 exact 2023 actual 4:1\n"
		       "gdp level 440 亿元 exact 2024 target 4:1\n"
		       "gdp growth 6.5 % exact 2023 target 5:1\n"
		       "gdp growth 5.9 % exact 2023 actual 5:1\n"
		       "gdp growth 6 % approx 2024 target 5:1\n"
		       "budget_revenue level 21.5 亿元 exact 2023 target 6:1\n"
		       "budget_revenue level 22.08 亿元 exact 2023 actual 6:1\n"
		       "budget_revenue level 23 亿元 exact 2024 target 6:1\n"
		       "retail_sales growth 8 % at_least 2023 target 7:1\n"
		       "retail_sales growth 7.2 % exact 2023 actual 7:1\n"
		       "retail_sales growth 7 % exact 2024 target 7:1\n"
		       "registered_unemployment_rate level 4 % at_most 2023 target 8:1\n"
		       "registered_unemployment_rate level 2.6 % exact 2023 actual 8:1\n"
		       "registered_unemployment_rate level 4 % at_most 2024 target 8:1\n");
	/* status words alone: the title's year (not a target title for its
	 * 计划: it says how the plan went); 完成率 is progress; a fall named
	 * (能耗下降) is a negative rate */
	expect_records(ex, qline_of, "plan", "2023-12-20", "district",
		       "关于某区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		       "表1 2023年主要经济指标计划执行情况\n"
		       "指标名称 | 单位 | 预期目标 | 执行情况 | 完成率(%)\n"
		       "地区生产总值 | 亿元 | 300 | 288.4 | 96.1\n"
		       "规模以上工业增加值增速 | % | 8 | 9.3 | —\n"
		       "单位地区生产总值能耗下降 | % | 3 | 3.4 | —\n"
		       "常住人口城镇化率 | % | 61 | 60.2 | 98.7\n",
		       "gdp level 300 亿元 exact 2023 target 4:1\n"
		       "gdp level 288.4 亿元 exact 2023 actual 4:1\n"
		       "industrial_va growth 8 % exact 2023 target 5:1\n"
		       "industrial_va growth 9.3 % exact 2023 actual 5:1\n"
		       "energy_intensity growth -3 % exact 2023 target 6:1\n"
		       "energy_intensity growth -3.4 % exact 2023 actual 6:1\n"
		       "urbanization_rate level 61 % exact 2023 target 7:1\n"
		       "urbanization_rate level 60.2 % exact 2023 actual 7:1\n");
	/* a table of targets under the plan for the next year: that year's
	 * targets (the review's figures in prose stay the reviewed year's) */
	expect_records(ex, qline_of, "plan", "2024-01-08", "district",
		       "关于某区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		       "一、2023年国民经济和社会发展计划执行情况\n"
		       "全区地区生产总值增长5.1%。\n"
		       "二、2024年经济社会发展的主要预期目标\n"
		       "综合考虑各方面因素，主要指标安排如下：\n"
		       "指标名称 | 单位 | 预期目标\n"
		       "地区生产总值增速(%) | | 5.5左右\n"
		       "一般公共预算收入 | 亿元 | 12.6\n",
		       "gdp growth 5.1 % exact 2023 actual 3:1\n"
		       "gdp growth 5.5 % approx 2024 target 7:1\n"
		       "budget_revenue level 12.6 亿元 exact 2024 target 8:1\n");
	/* a grouped header: years over their columns' status words (merged
	 * cells flattened, with their blanks or without) */
	expect_records(ex, qline_of, "plan", "2024-01-10", "county",
		       "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		       "附表 主要经济指标\n"
		       "指标 | 单位 | 2023年 | 2024年\n"
		       "预期目标 | 执行情况 | 预期目标\n"
		       "地区生产总值 | 亿元 | 420 | 411.3 | 440\n"
		       "规模以上工业增加值增长 | % | 8 | 9.1 | 7以上\n",
		       "gdp level 420 亿元 exact 2023 target 5:1\n"
		       "gdp level 411.3 亿元 exact 2023 actual 5:1\n"
		       "gdp level 440 亿元 exact 2024 target 5:1\n"
		       "industrial_va growth 8 % exact 2023 target 6:1\n"
		       "industrial_va growth 9.1 % exact 2023 actual 6:1\n"
		       "industrial_va growth 7 % at_least 2024 target 6:1\n");
	expect_records(ex, qline_of, "plan", "2023-01-06", "district",
		       "关于某区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
		       "| 指标 | 单位 | 2022年 | | 2023年 |\n"
		       "| | | 计划 | 完成 | 计划 |\n"
		       "| 社会消费品零售总额 | 亿元 | 96 | 88.7 | 95 |\n"
		       "| 城镇居民人均可支配收入增长 | % | 7 | 5.2 | 6左右 |\n",
		       "retail_sales level 96 亿元 exact 2022 target 4:3\n"
		       "retail_sales level 88.7 亿元 exact 2022 actual 4:3\n"
		       "retail_sales level 95 亿元 exact 2023 target 4:3\n"
		       "urban_income growth 7 % exact 2022 target 5:3\n"
		       "urban_income growth 5.2 % exact 2022 actual 5:3\n"
		       "urban_income growth 6 % approx 2023 target 5:3\n");
	/* 序号 before the names, a group's heading row that lost its empty
	 * cells, a column of 属性 and a target in words (完成上级下达任务):
	 * none of them a figure; 降低 is a fall */
	expect_records(ex, qline_of, "plan", "2023-12-26", "county",
		       "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		       "某县主要指标完成情况及预期目标\n"
		       "序号 | 指标名称 | 单位 | 2023年预期目标 | 2023年预计完成 | 2024年预期目标 | 属性\n"
		       "一 | 经济发展\n"
		       "1 | 地区生产总值增长 | % | 7 | 6.2 | 6.5左右 | 预期性\n"
		       "2 | 一般公共预算收入 | 亿元 | 15 | 15.3 | 16 | 预期性\n"
		       "二 | 绿色发展\n"
		       "3 | 单位地区生产总值能耗降低 | % | 完成上级下达任务 | 2.8 | 完成上级下达任务 | 约束性\n",
		       "gdp growth 7 % exact 2023 target 5:1\n"
		       "gdp growth 6.2 % exact 2023 estimate 5:1\n"
		       "gdp growth 6.5 % approx 2024 target 5:1\n"
		       "budget_revenue level 15 亿元 exact 2023 target 6:1\n"
		       "budget_revenue level 15.3 亿元 exact 2023 estimate 6:1\n"
		       "budget_revenue level 16 亿元 exact 2024 target 6:1\n"
		       "energy_intensity growth -2.8 % exact 2023 estimate 8:1\n");
	/* a growth column after a plan's dated value column is of its status
	 * and year */
	expect_records(ex, qline_of, "plan", "2024-01-18", "county",
		       "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		       "指标 | 单位 | 2023年预计完成 | 增长(%) | 2024年预期目标 | 增长(%)\n"
		       "地区生产总值 | 亿元 | 612 | 5.4 | 640 | 6左右\n"
		       "城镇常住居民人均可支配收入 | 元 | 43150 | 5.1 | 45500 | 5.5\n",
		       "gdp level 612 亿元 exact 2023 estimate 3:1\n"
		       "gdp growth 5.4 % exact 2023 estimate 3:1\n"
		       "gdp level 640 亿元 exact 2024 target 3:1\n"
		       "gdp growth 6 % approx 2024 target 3:1\n"
		       "urban_income level 43150 元 exact 2023 estimate 4:1\n"
		       "urban_income growth 5.1 % exact 2023 estimate 4:1\n"
		       "urban_income level 45500 元 exact 2024 target 4:1\n"
		       "urban_income growth 5.5 % exact 2024 target 4:1\n");
	/* a half year's report: the year's plan (年度计划) is the whole
	 * year's target, the months done are the half's; progress is none;
	 * the report names no year of its own, so the date's guess dates no
	 * column */
	expect_records(ex, qline_of, "plan", "2023-07-25", "district",
		       "关于某区上半年国民经济和社会发展计划执行情况的报告\n"
		       "表1 2023年上半年主要经济指标完成情况\n"
		       "指标 | 单位 | 年度计划 | 1-6月完成 | 完成年计划(%)\n"
		       "地区生产总值 | 亿元 | 380 | 181.5 | 47.8\n"
		       "固定资产投资 | 亿元 | 150 | 80.2 | 53.5\n",
		       "gdp level 380 亿元 exact 2023 target 4:1\n"
		       "gdp level 181.5 亿元 exact 2023H1 actual 4:1\n"
		       "fai level 150 亿元 exact 2023 target 5:1\n"
		       "fai level 80.2 亿元 exact 2023H1 actual 5:1\n");
	expect_records(ex, qline_of, "plan", "2023-07-25", "district",
		       "关于某区上半年国民经济和社会发展计划执行情况的报告\n"
		       "指标 | 单位 | 年度目标 | 完成\n"
		       "地区生产总值 | 亿元 | 380 | 181.5\n",
		       "gdp level 380 亿元 exact 2023 target 3:1\n"
		       "gdp level 181.5 亿元 exact 2023H1 actual 3:1\n");
	/* a column of groups (类别) whose merged cell stands in a group's
	 * first row only, and rows numbered before their names (1., 2、) */
	expect_records(ex, qline_of, "plan", "2024-01-09", "county",
		       "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		       "类别 | 指标 | 单位 | 2023年目标 | 2023年完成 | 属性\n"
		       "经济发展 | 1.地区生产总值增长 | % | 7 | 6.1 | 预期性\n"
		       "2、一般公共预算收入 | 亿元 | 9.5 | 9.8 | 预期性\n"
		       "民生福祉 | 3.城镇登记失业率 | % | 4以内 | 2.8 | 预期性\n",
		       "gdp growth 7 % exact 2023 target 3:1\n"
		       "gdp growth 6.1 % exact 2023 actual 3:1\n"
		       "budget_revenue level 9.5 亿元 exact 2023 target 4:1\n"
		       "budget_revenue level 9.8 亿元 exact 2023 actual 4:1\n"
		       "registered_unemployment_rate level 4 % at_most 2023 target 5:1\n"
		       "registered_unemployment_rate level 2.8 % exact 2023 actual 5:1\n");
	/* the unit in the column's header: a rate row's figures in % */
	expect_records(ex, qline_of, "plan", "2024-01-09", "county",
		       "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
		       "指标 | 2023年目标(%) | 2023年完成(%)\n"
		       "地区生产总值增长 | 6.5 | 5.4\n"
		       "固定资产投资增长 | 10 | 12.3\n",
		       "gdp growth 6.5 % exact 2023 target 3:1\n"
		       "gdp growth 5.4 % exact 2023 actual 3:1\n"
		       "fai growth 10 % exact 2023 target 4:1\n"
		       "fai growth 12.3 % exact 2023 actual 4:1\n");
	/* one cell per line; 预计完成 is an estimate; the reviewed year from
	 * the report's first line */
	expect_records(ex, qline_of, "plan", "2022-12-28", "county",
		       "关于某市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
		       "指标\n单位\n年度目标\n预计完成\n"
		       "地区生产总值\n亿元\n650\n632\n"
		       "固定资产投资增长\n%\n10以上\n8.6\n",
		       "gdp level 650 亿元 exact 2022 target 6:1\n"
		       "gdp level 632 亿元 exact 2022 estimate 6:1\n"
		       "fai growth 10 % at_least 2022 target 10:1\n"
		       "fai growth 8.6 % exact 2022 estimate 10:1\n");
}

/* Round 15: plan reports' tables of counties and districts. */
static void probe15_plan_tables(void)
{
	/* a metric of amounts in a row counted in % (规模以上工业增加值 | %):
	 * its growth, the target's and the result's; a row whose last cell is
	 * left empty after its tab stays in the table */
	expect_records(ex, qline_of, "plan", "2023-12-22", "county",
		       "一、2023年国民经济和社会发展计划执行情况\n"
		       "附表：2023年主要指标完成情况\n"
		       "指标\t单位\t2023年目标\t2023年预计完成\t增长(%)\n"
		       "地区生产总值\t亿元\t280\t271\t5.6\n"
		       "规模以上工业增加值\t%\t9\t10.2\t\n"
		       "一般公共预算收入\t亿元\t12\t12.6\t7.1\n",
		       "gdp level 280 亿元 exact 2023 target 4:1\n"
		       "gdp level 271 亿元 exact 2023 estimate 4:1\n"
		       "gdp growth 5.6 % exact 2023 estimate 4:1\n"
		       "industrial_va growth 9 % exact 2023 target 5:1\n"
		       "industrial_va growth 10.2 % exact 2023 estimate 5:1\n"
		       "budget_revenue level 12 亿元 exact 2023 target 6:1\n"
		       "budget_revenue level 12.6 亿元 exact 2023 estimate 6:1\n"
		       "budget_revenue growth 7.1 % exact 2023 estimate 6:1\n");
	/* one cell per line: a column's head that opens with its year
	 * (2023年目标, 2023年预计完成) is no row's number */
	expect_records(ex, qline_of, "plan", "2023-12-22", "county",
		       "2023年主要指标完成情况\n"
		       "指标\n单位\n2023年目标\n2023年预计完成\n"
		       "地区生产总值\n亿元\n280\n271\n"
		       "社会消费品零售总额\n亿元\n96\n99.5\n",
		       "gdp level 280 亿元 exact 2023 target 6:1\n"
		       "gdp level 271 亿元 exact 2023 estimate 6:1\n"
		       "retail_sales level 96 亿元 exact 2023 target 10:1\n"
		       "retail_sales level 99.5 亿元 exact 2023 estimate 10:1\n");
}

/* Round 26: a plan report's table of targets and results flattened one
 * cell per line with a | after each, whose cells are words around figures:
 * a target's growth (增长7%左右), a result's amount and growth in one cell,
 * a fall (下降), a note after the figure; a cell of words alone (保持增长,
 * 高于上年) gives nothing and is no group's heading. Invented figures. */
static void plan_word_cells(void)
{
	expect_records(ex, qline_of, "plan", "2021-01-20", "prefecture",
		       "一、2020年国民经济和社会发展计划执行情况\n"
		       "表一 2020年某市主要预期目标完成情况\n"
		       "指 标 名 称 |\n全年预期目标 |\n全年完成情况 |\n|\n"
		       "地区生产总值 |\n增长7%左右 |\n1234.5亿元,增长2.1% |\n|\n"
		       "固定资产投资 |\n保持增长 |\n567.8亿元，下降0.8% |\n|\n"
		       "社会消费品零售总额 |\n增长5%以上 |\n890亿元,增长1.5% |\n|\n"
		       "每万人口发明专利拥有量 |\n40件 |\n43.6件(按上年人口测算) |\n|\n"
		       "常住人口城镇化率 |\n高于上年 |\n61.8%,高于上年 |\n|\n",
		       "gdp growth 7 % approx 2020 target 7:1\n"
		       "gdp level 1234.5 亿元 exact 2020 actual 7:1\n"
		       "gdp growth 2.1 % exact 2020 actual 7:1\n"
		       "fai level 567.8 亿元 exact 2020 actual 11:1\n"
		       "fai growth -0.8 % exact 2020 actual 11:1\n"
		       "retail_sales growth 5 % at_least 2020 target 15:1\n"
		       "retail_sales level 890 亿元 exact 2020 actual 15:1\n"
		       "retail_sales growth 1.5 % exact 2020 actual 15:1\n"
		       "patents_per_10k level 40 件 exact 2020 target 19:1\n"
		       "patents_per_10k level 43.6 件 exact 2020 actual 19:1\n"
		       "urbanization_rate level 61.8 % exact 2020 actual 23:1\n");
}

/* Round 28: a plan report's table one cell per line without separators,
 * whose header cells break over two lines (目标 over (增速)) and group two
 * columns under one status (完成情况(预计) over 绝对值 and 增速), whose
 * rows' names break too (…(简称“GDP”)), and whose target column of rates
 * sets one row's target as an amount. Invented figures. */
static void grouped_plan_cells(void)
{
	expect_records(ex, qline_of, "plan", "2022-12-28", "district",
		       "2022年主要指标完成情况\n\n指标名称\n\n2022年预期目标\n\n(增速)\n\n"
		       "2022年完成情况(预计)\n\n绝对值\n\n增速\n\n"
		       "地区生产总值\n\n(简称“GDP”)\n\n6.5%\n\n812.6亿元\n\n5.2%\n\n"
		       "全社会固定资产投资\n\n150亿元\n\n163.4亿元\n\n9.7%\n\n"
		       "新开工项目\n\n60项\n\n64项\n\n",
		       "gdp growth 6.5 % exact 2022 target 15:1\n"
		       "gdp level 812.6 亿元 exact 2022 estimate 15:1\n"
		       "gdp growth 5.2 % exact 2022 estimate 15:1\n"
		       "fai level 150 亿元 exact 2022 target 25:1\n"
		       "fai level 163.4 亿元 exact 2022 estimate 25:1\n"
		       "fai growth 9.7 % exact 2022 estimate 25:1\n");
	/* a bracket line under a 单位 column is the row's unit cell, not its
	 * name's second line; its brackets are no part of the unit */
	expect_records(ex, qline_of, "bulletin", "2023-12-31", "county",
		       "2023年主要指标\n指标\n单位\n2023年\n比上年增长(%)\n"
		       "地区生产总值\n(亿元)\n218.7\n4.9\n"
		       "一般公共预算收入\n（万元）\n126300\n2.6\n",
		       "gdp level 218.7 亿元 exact 2023 actual 6:1\n"
		       "gdp growth 4.9 % exact 2023 actual 6:1\n"
		       "budget_revenue level 12.63 亿元 exact 2023 actual 10:1\n"
		       "budget_revenue growth 2.6 % exact 2023 actual 10:1\n");
}

/* Round 30: a plan table one cell per line, blank lines between, whose
 * first column numbers the rows (序号) before their names; a row name whose
 * unit's bracket lost its close (…增速(%) still names its unit; a last row
 * cut short ends the table. Invented figures. */
static void serial_plan_cells(void)
{
	expect_records(ex, qline_of, "plan", "2025-01-14", "district",
		       "一、2024年国民经济和社会发展计划执行情况\n\n"
		       "附表  某区2024年主要指标目标完成情况\n\n"
		       "序号\n\n指标名称\n\n2024年目标\n\n完成情况\n\n"
		       "1\n\n地区生产总值增速(%)\n\n6.5\n\n6.1\n\n"
		       "2\n\n一般公共预算收入增速（%\n\n4\n\n4.6\n\n"
		       "3\n\n社会消费品零售总额增速(%\n\n7\n\n5.9\n\n"
		       "4\n\n城镇新增就业(万人\n\n",
		       "gdp growth 6.5 % exact 2024 target 15:1\n"
		       "gdp growth 6.1 % exact 2024 actual 15:1\n"
		       "budget_revenue growth 4 % exact 2024 target 23:1\n"
		       "budget_revenue growth 4.6 % exact 2024 actual 23:1\n"
		       "retail_sales growth 7 % exact 2024 target 31:1\n"
		       "retail_sales growth 5.9 % exact 2024 actual 31:1\n");
}

/* A plan table copied from a page whose merged cells were flattened: a
 * status column's head over two columns, its second line naming them
 * (绝对值 | 增速), and a group's merged cell standing before the first
 * row of its group only, in a header without that column. Invented
 * figures. */
static void flattened_plan_heads(void)
{
	expect_records(ex, qline_of, "plan", "2023-03-20", "prefecture",
		       "一、2022年某市国民经济和社会发展计划执行情况\n"
		       "表1 2022年某市国民经济和社会发展计划完成情况\n"
		       "序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩 | |||\n"
		       "绝对值 | 增速(%) | ||||||\n"
		       "经济发展 | 1 | 地区生产总值 | 亿元 | 增长6%左右 | 3120.5 | 4.1 | |\n"
		       "2 | 一般公共预算收入 | 亿元 | 增长5% | 210.4 | -1.8 | ||\n",
		       "gdp growth 6 % approx 2022 target 5:8\n"
		       "gdp level 3120.5 亿元 exact 2022 actual 5:8\n"
		       "gdp growth 4.1 % exact 2022 actual 5:8\n"
		       "budget_revenue growth 5 % exact 2022 target 6:1\n"
		       "budget_revenue level 210.4 亿元 exact 2022 actual 6:1\n"
		       "budget_revenue growth -1.8 % exact 2022 actual 6:1\n");
}

/* Round 44: a crop table of one cell per line whose header has no label
 * column's cell but a unit column's (计量单位 / 数值 / 累计同比(%)); a
 * group's heading between the rows (播种面积:, 产量:) is no row; a crop
 * counted in an area (粮食 | 万亩) is its sown area, as one counted by
 * weight is its output; a row that lost its unit's cell ends the table */
static void probe44_unit_column_cells(void)
{
	expect("2022-04-01",
	       "2021年全县主要农作物面积和产量\n\n计量单位\n\n数值\n\n累计同比(%)\n\n播种面积:\n\n"
	       "粮食\n\n万亩\n\n52.4\n\n2.1\n\n花生\n\n万亩\n\n6.3\n\n-1.5\n\n产量:\n\n粮食\n\n"
	       "万吨\n\n20.6\n\n1.8\n",
	       "grain_area level 52.4 万亩 52.4万亩 2021 - actual 11:1\n"
	       "grain_area growth 2.1 % 2.1 2021 yoy actual 11:1\n"
	       "花生 growth -1.5 % -1.5 2021 yoy actual 19:1\n"
	       "grain_output level 20.6 万吨 20.6万吨 2021 - actual 29:1\n"
	       "grain_output growth 1.8 % 1.8 2021 yoy actual 29:1\n");
	expect("2022-04-01",
	       "2021年全县主要农作物面积\n\n计量单位\n\n数值\n\n累计同比(%)\n\n播种面积:\n\n"
	       "粮食\n\n万亩\n\n52.4\n\n2.1\n\n麻类\n\n1300\n\n-80.5\n\n油料\n\n万亩\n\n9.8\n\n"
	       "0.6\n",
	       "grain_area level 52.4 万亩 52.4万亩 2021 - actual 11:1\n"
	       "grain_area growth 2.1 % 2.1 2021 yoy actual 11:1\n");
	/* with the label column's head too, the heading is no row */
	expect("2022-04-01",
	       "2021年全县主要农作物面积\n\n指标\n\n计量单位\n\n数值\n\n累计同比(%)\n\n播种面积:\n\n"
	       "粮食\n\n万亩\n\n52.4\n\n2.1\n",
	       "grain_area level 52.4 万亩 52.4万亩 2021 - actual 13:1\n"
	       "grain_area growth 2.1 % 2.1 2021 yoy actual 13:1\n");
}

int main(void)
{
	db_diag d;
	OK(db_catalog_load_default(&cat, &d) == 0);
	ex = db_extractor_new(&cat, &d);
	OK(ex != NULL);
	pipes();
	industries();
	tabs_and_spaces();
	dated_columns();
	one_cell_per_line();
	not_tables();
	price_columns();
	spaced_heads();
	index_tables();
	row_units();
	weight_rows();
	probe12_bulletin_tables();
	probe13_bulletin_tables();
	probe28_caption_year();
	plan_tables();
	probe15_plan_tables();
	plan_word_cells();
	grouped_plan_cells();
	serial_plan_cells();
	flattened_plan_heads();
	probe44_unit_column_cells();
	db_extractor_free(ex);
	db_catalog_release(&cat);
	DB_TEST_END();
}
