/* test_figures.c - the figure and rank readers, table-driven: each phrase
 * with the exact reading expected of db_figure_next (DESIGN.md Records;
 * issue "Read every Chinese figure and period exactly"). */
#include <stdio.h>
#include <string.h>

#include "core/numfmt.h"
#include "extract/readers.h"
#include "harness.h"

/* Expected reading, one string: "VALUE[..MAX] UNIT QUALIFIER KIND", ranks
 * add " SCOPE TIER"; "-" stands for an empty unit, scope or tier, "null" for
 * no value. NULL: no figure in the phrase at all. */
static const struct {
	const char *text;
	const char *want;
} cases[] = {
	/* arabic digits, separators, widths */
	{ "271.1亿元", "27110000000 元 exact amount" },
	{ "4716.3亿元", "471630000000 元 exact amount" },
	{ "10.6万人", "106000 人 exact amount" },
	{ "1,234.5", "1234.5 - exact amount" },
	{ "1,234人", "1234 人 exact amount" },
	{ "12,345,678元", "12345678 元 exact amount" },
	{ "1 234.5", "1234.5 - exact amount" },
	{ "１２３", "123 - exact amount" },
	{ "１２３，４５６元", "123456 元 exact amount" },
	{ "１．５％", "1.5 % exact percent" },
	{ "５０％", "50 % exact percent" },
	{ "－３．２％", "-3.2 % exact percent" },
	{ "-3", "-3 - exact amount" },
	{ "+3%", "3 % exact percent" },
	{ "2.5", "2.5 - exact amount" },
	{ "1086家", "1086 家 exact amount" },
	{ "38名", "38 名 exact amount" },
	{ "0.5万", "5000 - exact amount" },
	{ "1.2万", "12000 - exact amount" },
	{ "3千", "3000 - exact amount" },
	{ "1.5万亿", "1500000000000 - exact amount" },
	{ "1.5万亿元", "1500000000000 元 exact amount" },
	{ "3.5万亿元", "3500000000000 元 exact amount" },
	{ "0.1亿元", "10000000 元 exact amount" },
	{ "13万2", "132000 - exact amount" },
	{ "2万3", "23000 - exact amount" },
	{ "129.67亿元", "12967000000 元 exact amount" },
	{ "403.5万", "4035000 - exact amount" },
	{ "5000万元", "50000000 元 exact amount" },
	{ "1000万千瓦", "10000000 千瓦 exact amount" },
	{ "5万千瓦时", "50000 千瓦时 exact amount" },
	/* Chinese numerals */
	{ "十一", "11 - exact amount" },
	{ "二十三", "23 - exact amount" },
	{ "一百零五", "105 - exact amount" },
	{ "两千三百", "2300 - exact amount" },
	{ "三万四千五百六十", "34560 - exact amount" },
	{ "一亿二千万", "120000000 - exact amount" },
	{ "两千三", "2300 - exact amount" },
	{ "三百五", "350 - exact amount" },
	{ "一万五", "15000 - exact amount" },
	{ "两亿三", "230000000 - exact amount" },
	{ "十万", "100000 - exact amount" },
	{ "三百五十万", "3500000 - exact amount" },
	{ "壹佰贰拾", "120 - exact amount" },
	{ "壹仟零伍拾元", "1050 元 exact amount" },
	{ "一千零一", "1001 - exact amount" },
	{ "三万亿元", "3000000000000 元 exact amount" },
	{ "五千万元", "50000000 元 exact amount" },
	{ "十二个", "12 个 exact amount" },
	{ "三项", "3 项 exact amount" },
	{ "两个", "2 个 exact amount" },
	{ "零", "0 - exact amount" },
	{ "一", "1 - exact amount" },
	{ "三点五万人", "35000 人 exact amount" },
	/* fractions and percent */
	{ "三分之二", "66.66666666666667 % exact fraction" },
	{ "2/3", "66.66666666666667 % exact fraction" },
	{ "四分之三", "75 % exact fraction" },
	{ "四分之一", "25 % exact fraction" },
	{ "七成", "70 % exact fraction" },
	{ "近七成", "70 % approx fraction" },
	{ "三成以上", "30 % at_least fraction" },
	{ "不到一成", "10 % at_most fraction" },
	{ "千分之五", "0.5 % exact fraction" },
	{ "百分之十", "10 % exact percent" },
	{ "百分之三点五", "3.5 % exact percent" },
	{ "百分之百", "100 % exact percent" },
	{ "11.7%", "11.7 % exact percent" },
	{ "11.7％", "11.7 % exact percent" },
	{ "3‰", "0.3 % exact percent" },
	{ "1.5‰", "0.15 % exact percent" },
	{ "6.4个百分点", "6.4 百分点 exact pp" },
	{ "0.5百分点", "0.5 百分点 exact pp" },
	{ "提高0.5个百分点", "0.5 百分点 exact pp" },
	{ "同比下降0.3个百分点", "-0.3 百分点 exact pp" },
	/* ranges */
	{ "5-10平方公里", "5..10 平方公里 range amount" },
	{ "3-5万元", "30000..50000 元 range amount" },
	{ "3万-5万元", "30000..50000 元 range amount" },
	{ "两到三万", "20000..30000 - range amount" },
	{ "10%～15%", "10..15 % range percent" },
	{ "6%—7%", "6..7 % range percent" },
	{ "8%-10%", "8..10 % range percent" },
	{ "10-15%", "10..15 % range percent" },
	{ "5亿元至10亿元", "500000000..1000000000 元 range amount" },
	{ "约3-5年", "3..5 年 range amount" },
	{ "1-2个", "1..2 个 range amount" },
	{ "下降3-5个百分点", "-5..-3 百分点 range pp" },
	{ "3万-5万元左右", "30000..50000 元 range amount" },
	/* qualifiers */
	{ "近7.7万亩", "77000 亩 approx amount" },
	{ "近3万人", "30000 人 approx amount" },
	{ "约500家", "500 家 approx amount" },
	{ "约1.3万亿元", "1300000000000 元 approx amount" },
	{ "3000人左右", "3000 人 approx amount" },
	{ "接近90%", "90 % approx percent" },
	{ "接近700亿元", "70000000000 元 approx amount" },
	{ "大约20亿元", "2000000000 元 approx amount" },
	{ "5%左右", "5 % approx percent" },
	{ "5%上下", "5 % approx percent" },
	{ "超过1000家", "1000 家 at_least amount" },
	{ "超过1700亿元", "170000000000 元 at_least amount" },
	{ "突破1万家", "10000 家 at_least amount" },
	{ "突破70万吨", "700000 吨 at_least amount" },
	{ "3万元以上", "30000 元 at_least amount" },
	{ "6%以上", "6 % at_least percent" },
	{ "20万以上", "200000 - at_least amount" },
	{ "逾百亿元", "10000000000 元 at_least amount" },
	{ "逾5000人", "5000 人 at_least amount" },
	{ "2000余人次", "2000 人次 at_least amount" },
	{ "1.7万余只", "17000 只 at_least amount" },
	{ "超过1.7万余只", "17000 只 at_least amount" },
	{ "30多家", "30 家 at_least amount" },
	{ "30余万元", "300000 元 at_least amount" },
	{ "三十多万人", "300000 人 at_least amount" },
	{ "两千多亿元", "200000000000 元 at_least amount" },
	{ "120余张", "120 张 at_least amount" },
	{ "上万人", "10000 人 at_least amount" },
	{ "上百家", "100 家 at_least amount" },
	{ "几十家", "10 家 at_least amount" },
	{ "十几个", "10 个 at_least amount" },
	{ "二十几个", "20 个 at_least amount" },
	{ "数百家", "100 家 at_least amount" },
	{ "数千人", "1000 人 at_least amount" },
	{ "不少于4个", "4 个 at_least amount" },
	{ "400家以上", "400 家 at_least amount" },
	{ "不超过5%", "5 % at_most percent" },
	{ "不足100人", "100 人 at_most amount" },
	{ "不到1万元", "10000 元 at_most amount" },
	{ "控制在3%以内", "3 % at_most percent" },
	{ "控制在5.5%以内", "5.5 % at_most percent" },
	{ "控制在3.5%左右", "3.5 % approx percent" },
	{ "5万元以下", "50000 元 at_most amount" },
	/* implied one */
	{ "近万家", "10000 家 approx amount" },
	{ "突破万亿元", "1000000000000 元 at_least amount" },
	{ "突破千亿元", "100000000000 元 at_least amount" },
	{ "逾百亿元", "10000000000 元 at_least amount" },
	{ "超百亿元", "10000000000 元 at_least amount" },
	/* masked */
	{ "**", "null - masked amount" },
	{ "*", "null - masked amount" },
	{ "＊＊", "null - masked amount" },
	{ "××", "null - masked amount" },
	{ "XX", "null - masked amount" },
	{ "1**", "null - masked amount" },
	{ "**％", "null % masked percent" },
	{ "增长**%", "null % masked percent" },
	{ "＊＊亿元", "null 元 masked amount" },
	{ "××%", "null % masked percent" },
	{ "XX家", "null 家 masked amount" },
	{ "近**万人", "null 人 masked amount" },
	{ "**.*%", "null % masked percent" },
	{ "出书面批示**次", "null 次 masked amount" },
	{ "培训党员干部**万人次", "null 人次 masked amount" },
	/* signs and growth */
	{ "增长11.7%", "11.7 % exact percent" },
	{ "增长-5.1%", "-5.1 % exact percent" },
	{ "下降5.1%", "-5.1 % exact percent" },
	{ "同比下降4.1%", "-4.1 % exact percent" },
	{ "减少2000人", "-2000 人 exact amount" },
	{ "比上年增长12.5%", "12.5 % exact percent" },
	{ "与上年持平", "0 % exact percent" },
	{ "与去年同期持平", "0 % exact percent" },
	{ "环比持平", "0 % exact percent" },
	{ "基本持平", "0 % approx percent" },
	{ "增长1倍", "100 % exact percent" },
	{ "增长1.5倍", "150 % exact percent" },
	{ "增长一倍多", "100 % at_least percent" },
	{ "翻一番", "100 % exact percent" },
	{ "翻了一番", "100 % exact percent" },
	{ "翻两番", "300 % exact percent" },
	{ "翻番", "100 % exact percent" },
	{ "1.5倍", "1.5 倍 exact multiple" },
	{ "是全省平均水平的2倍", "2 倍 exact multiple" },
	{ "降至3.2%", "3.2 % exact percent" },
	{ "提高到2.18%", "2.18 % exact percent" },
	/* units */
	{ "50亿美元", "5000000000 美元 exact amount" },
	{ "3.2亿美元", "320000000 美元 exact amount" },
	{ "5千米", "5 千米 exact amount" },
	{ "100千瓦时", "100 千瓦时 exact amount" },
	{ "20千克", "20 千克 exact amount" },
	{ "10kV", "10 kV exact amount" },
	{ "100元/吨", "100 元/吨 exact amount" },
	{ "45微克/立方米", "45 微克/立方米 exact amount" },
	{ "10.8万人次", "108000 人次 exact amount" },
	{ "3年", "3 年 exact amount" },
	{ "136天", "136 天 exact amount" },
	{ "24小时", "24 小时 exact amount" },
	{ "6个月", "6 个月 exact amount" },
	{ "30亿立方米", "3000000000 立方米 exact amount" },
	{ "240公里", "240 公里 exact amount" },
	{ "5万吨", "50000 吨 exact amount" },
	{ "62架", "62 架 exact amount" },
	/* ranks */
	{ "居全省第三位", "3 位 exact rank 全省 -" },
	{ "居全省第一位", "1 位 exact rank 全省 -" },
	{ "排名全市第2", "2 位 exact rank 全市 -" },
	{ "居全市第二", "2 位 exact rank 全市 -" },
	{ "第１０位", "10 位 exact rank - -" },
	{ "首位", "1 位 exact rank - -" },
	{ "位居榜首", "1 位 exact rank - -" },
	{ "全国省会城市第5", "5 位 exact rank 全国省会城市 -" },
	{ "中部城市第1", "1 位 exact rank 中部城市 -" },
	{ "居全省前三", "3 位 at_most rank 全省 -" },
	{ "前十名", "10 位 at_most rank - -" },
	{ "第一方阵", "null 位 exact rank - 第一方阵" },
	{ "重回全市第一方阵", "null 位 exact rank 全市 第一方阵" },
	{ "进入全省第一梯队", "null 位 exact rank 全省 第一梯队" },
	/* 前列 and 前茅 name no position and no tier: no rank (corpus convention) */
	{ "居全国城市前列", "(none)" },
	{ "名列前茅", "(none)" },
	/* 排行榜前50: the list's first places, no rank of the report's */
	{ "排行榜前50", "50 - exact amount" },
	{ "居全省第**", "null 位 masked rank 全省 -" },
	{ "居全省第*位", "null 位 masked rank 全省 -" },
	{ "继续保持全省第一位", "1 位 exact rank 全省 -" },
	{ "连续三年保持全省首位", "1 位 exact rank 全省 -" },
	{ "跻身全国百强县第35位", "35 位 exact rank 全国百强县 -" },
	{ "位列全国第10名", "10 位 exact rank 全国 -" },
	{ "全省排名第3", "3 位 exact rank 全省 -" },
	{ "在全省排名第4位", "4 位 exact rank 全省 -" },
	{ "规模稳居全省第三位", "3 位 exact rank 全省 -" },
	{ "位列全市第一位", "1 位 exact rank 全市 -" },
	{ "排名全市第4位", "4 位 exact rank 全市 -" },
	/* more forms */
	{ "百余家", "100 家 at_least amount" },
	{ "十余家", "10 家 at_least amount" },
	{ "三十余个", "30 个 at_least amount" },
	{ "一千多家", "1000 家 at_least amount" },
	{ "两万余人", "20000 人 at_least amount" },
	{ "1万多人", "10000 人 at_least amount" },
	{ "近五成", "50 % approx fraction" },
	{ "两成", "20 % exact fraction" },
	{ "万分之五", "0.05 % exact fraction" },
	{ "1/3", "33.333333333333336 % exact fraction" },
	{ "增长率为5%", "5 % exact percent" },
	{ "增长了两倍", "200 % exact percent" },
	{ "两倍", "2 倍 exact multiple" },
	{ "高于全省2.1个百分点", "2.1 百分点 exact pp" },
	{ "3.5个百分点左右", "3.5 百分点 approx pp" },
	{ "零点五个百分点", "0.5 百分点 exact pp" },
	{ "百分之零点五", "0.5 % exact percent" },
	{ "一点五亿元", "150000000 元 exact amount" },
	{ "三点二万", "32000 - exact amount" },
	{ "2.5亿-3亿元", "250000000..300000000 元 range amount" },
	{ "1000—1500元", "1000..1500 元 range amount" },
	{ "2至3个百分点", "2..3 百分点 range pp" },
	{ "5%至8%", "5..8 % range percent" },
	{ "10000亿元", "1000000000000 元 exact amount" },
	{ "一亿", "100000000 - exact amount" },
	{ "十亿元", "1000000000 元 exact amount" },
	{ "271.1 亿元", "27110000000 元 exact amount" },
	{ "约 3 万人", "30000 人 approx amount" },
	{ "增长 11.7 %", "11.7 % exact percent" },
	{ "15.6万平方米", "156000 平方米 exact amount" },
	{ "5.6亿千瓦时", "560000000 千瓦时 exact amount" },
	{ "12.5亿人次", "1250000000 人次 exact amount" },
	{ "实现营业收入12.3亿元，同比增长15%", "1230000000 元 exact amount" },
	{ "在全省18个省辖市中排名第3", "3 位 exact rank 全省18个省辖市 -" },
	{ "综合排名全省第一", "1 位 exact rank 全省 -" },
	{ "居中部六省第2位", "2 位 exact rank 中部六省 -" },
	{ "省内第一", "1 位 exact rank 省内 -" },
	{ "进入全国前十", "10 位 at_most rank 全国 -" },
	/* N强 in digits after a verb or a scope: at most N, as 前N强 */
	{ "进入全省30强", "30 位 at_most rank 全省 -" },
	{ "跻身全国50强，", "50 位 at_most rank 全国 -" },
	{ "进入全省30强的县", "(none)" },
	{ "获评全省十强", "(none)" },
	{ "名列全省前茅", "(none)" },
	{ "排第5位", "5 位 exact rank - -" },
	{ "位居第二", "2 位 exact rank - -" },
	{ "列全国第19位", "19 位 exact rank 全国 -" },
	{ "一季度全市生产总值位列全市第一位", "1 位 exact rank 全市 -" },
	{ "两到三成", "20..30 % range fraction" },
	{ "3-5成", "30..50 % range fraction" },
	{ "2‰-3‰", "0.2..0.3 % range percent" },
	{ "超过三成", "30 % at_least fraction" },
	{ "接近三分之一", "33.333333333333336 % approx fraction" },
	{ "0.5-1个百分点", "0.5..1 百分点 range pp" },
	{ "增长5%-8%", "5..8 % range percent" },
	{ "下降3%左右", "-3 % approx percent" },
	{ "1倍以上", "1 倍 at_least multiple" },
	{ "占比超过50%", "50 % at_least percent" },
	{ "增长百分之十", "10 % exact percent" },
	{ "1,234.5万元", "12345000 元 exact amount" },
	{ "居全国前20位", "20 位 at_most rank 全国 -" },
	{ "全国第**位", "null 位 masked rank 全国 -" },
	{ "居全省第×位", "null 位 masked rank 全省 -" },
	{ "居全市榜首", "1 位 exact rank 全市 -" },
	{ "稳居全省第一方阵", "null 位 exact rank 全省 第一方阵" },
	{ "前3名", "3 位 at_most rank - -" },
	{ "2022.5亿元", "202250000000 元 exact amount" },
	{ "两千零二十一", "2021 - exact amount" },
	{ "百分之五十以上", "50 % at_least percent" },
	/* not figures */
	{ "2022-05-20", NULL },
	{ "2022/5/20", NULL },
	{ "2022.5.20", NULL },
	{ "2022-05", NULL },
	{ "第十四个五年规划", NULL },
	{ "9时30分", NULL },
	{ "百亿", NULL },
	{ "２０２１年", NULL },
	{ "负增长", NULL },
	{ "排名靠前", NULL },
	{ "第一议题", NULL },
	{ "十九届六中全会", NULL },
	{ "1+2框架", NULL },
	{ "“1+9”综合性举措", NULL },
	{ "“12345”热线", NULL },
	{ "5G", NULL },
	{ "3A级景区", NULL },
	{ "4K", NULL },
	{ "G20", NULL },
	{ "两会", NULL },
	{ "3,4月份", NULL },
	{ "3、4月", NULL },
	{ "2021年", NULL },
	{ "2000年", NULL },
	{ "二〇二一年", NULL },
	{ "2020、2021年", NULL },
	{ "2021-2022年", NULL },
	{ "4月13日", NULL },
	{ "1-4月", NULL },
	{ "12月31日", NULL },
	{ "第一批", NULL },
	{ "第一次", NULL },
	{ "第二十届", NULL },
	{ "一是", NULL },
	{ "二是", NULL },
	{ "一方面", NULL },
	{ "一体化", NULL },
	{ "一些", NULL },
	{ "统一", NULL },
	{ "统一部署", NULL },
	{ "唯一", NULL },
	{ "万一", NULL },
	{ "十四五", NULL },
	{ "十大战略", NULL },
	{ "二十大", NULL },
	{ "一带一路", NULL },
	{ "**市", NULL },
	{ "*区", NULL },
	{ "万人", NULL },
	{ "每万人口", NULL },
	{ "上世纪80年代", NULL },
	{ "一次性", NULL },
	{ "一起", NULL },
	{ "一季度", NULL },
	{ "（一）", NULL },
	{ "一、", NULL },
	{ "签约亿元以上", NULL },
};

static const char *kind_name(db_fig_kind k)
{
	static const char *const names[] = { "amount", "percent", "pp", "multiple", "fraction", "rank" };
	return names[k];
}

static void describe(const db_figure *f, char *out, size_t n)
{
	char a[DB_NUMFMT_MAX], b[DB_NUMFMT_MAX];
	char v[2 * DB_NUMFMT_MAX + 4];
	if (!f->has_value)
		snprintf(v, sizeof v, "null");
	else if (f->has_max)
		snprintf(v, sizeof v, "%s..%s", db_numfmt(f->value, a), db_numfmt(f->max, b));
	else
		snprintf(v, sizeof v, "%s", db_numfmt(f->value, a));
	int k = snprintf(out, n, "%s %s %s %s", v, f->unit[0] ? f->unit : "-",
			 db_qualifier_name(f->qualifier), kind_name(f->kind));
	if (f->kind == DB_FIG_RANK && k > 0 && (size_t)k < n)
		snprintf(out + k, n - (size_t)k, " %s %s", f->scope[0] ? f->scope : "-",
			 f->tier[0] ? f->tier : "-");
}

static void check_cases(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		db_figure f;
		char got[256];
		const char *t = cases[i].text;
		int r = db_figure_next(t, strlen(t), 0, &f);
		if (!r) {
			snprintf(got, sizeof got, "(none)");
		} else {
			describe(&f, got, sizeof got);
			OK(f.end <= strlen(t) && f.start <= f.num_start && f.num_end <= f.end);
		}
		const char *want = cases[i].want ? cases[i].want : "(none)";
		if (strcmp(want, got) != 0)
			fprintf(stderr, "  %s\n", t);
		STR_EQ(want, got);
	}
}

/* Signs, growth words, spans and the raw text. */
static void check_details(void)
{
	db_figure f;
	const char *t = "2021年规模以上工业企业增加值增长11.7%，居全省第一位";
	OK(db_figure_next(t, strlen(t), 0, &f));
	INT_EQ(DB_FIG_PERCENT, f.kind);
	INT_EQ(1, f.sign_word);
	OK(f.growth_word);
	OK(f.num_end - f.num_start == strlen("11.7%") && !memcmp(t + f.num_start, "11.7%", 5));
	size_t next = f.end;
	OK(db_figure_next(t, strlen(t), next, &f));
	INT_EQ(DB_FIG_RANK, f.kind);
	DBL_EQ(1, f.value);
	STR_EQ("全省", f.scope);
	OK(f.end == strlen(t));
	OK(!db_figure_next(t, strlen(t), f.end, &f));

	t = "下降5.1%";
	OK(db_figure_read(t, strlen(t), 0, &f));
	INT_EQ(-1, f.sign_word);
	DBL_EQ(-5.1, f.value);
	t = "增长-5.1%";
	OK(db_figure_read(t, strlen(t), 0, &f));
	INT_EQ(1, f.sign_word);
	DBL_EQ(-5.1, f.value);
	t = "提升至2020年的2.18%";
	OK(db_figure_next(t, strlen(t), 0, &f));
	INT_EQ(0, f.sign_word);
	DBL_EQ(2.18, f.value);
	t = "新增高新技术企业1086家";
	OK(db_figure_next(t, strlen(t), 0, &f));
	OK(!f.growth_word);
	DBL_EQ(1086, f.value);
	t = "近3万人";
	OK(db_figure_read(t, strlen(t), 0, &f));
	OK(f.num_start == 0 && f.num_end == strlen(t));

	/* two ranks in a row: 全国省会城市第7、中部城市第2 */
	t = "总量位居全国省会城市第7、中部城市第2。";
	OK(db_figure_next(t, strlen(t), 0, &f));
	STR_EQ("全国省会城市", f.scope);
	DBL_EQ(7, f.value);
	OK(db_figure_next(t, strlen(t), f.end, &f));
	STR_EQ("中部城市", f.scope);
	DBL_EQ(2, f.value);

	/* a list of ranks: the middle items keep the verb and scope */
	t = "增速分别居全省第4、第5和第3位，总量居全市第2、第1";
	{
		const double want[] = { 4, 5, 3, 2, 1 };
		const char *scope[] = { "全省", "全省", "全省", "全市", "全市" };
		size_t pos = 0;
		for (int i = 0; i < 5; i++) {
			OK(db_figure_next(t, strlen(t), pos, &f));
			INT_EQ(DB_FIG_RANK, f.kind);
			DBL_EQ(want[i], f.value);
			STR_EQ(scope[i], f.scope);
			pos = f.end;
		}
		OK(!db_figure_next(t, strlen(t), pos, &f));
	}
	t = "第一、第二产业";
	OK(!db_figure_next(t, strlen(t), 0, &f));

	/* 环比持平: the figure as written is 持平, so 环比 stays before it */
	t = "CPI环比持平";
	OK(db_figure_next(t, strlen(t), 0, &f));
	OK(f.num_end - f.num_start == strlen("持平") && !memcmp(t + f.num_start, "持平", 6));
	DBL_EQ(0, f.value);

	/* a detached qualifier holds only within the text the scan was given */
	t = "约占全市的三分之一";
	OK(db_figure_next(t, strlen(t), 0, &f));
	INT_EQ(DB_QUAL_APPROX, f.qualifier);
	OK(db_figure_next(t, strlen(t), strlen("约占全市的"), &f));
	INT_EQ(DB_QUAL_EXACT, f.qualifier);
	t = "超过全省平均水平2.1个百分点";
	OK(db_figure_next(t, strlen(t), 0, &f));
	INT_EQ(DB_QUAL_EXACT, f.qualifier);

	/* 一 with a measure word is an article; other counts stay figures */
	t = "建成一批重大项目，新增两个园区";
	OK(db_figure_next(t, strlen(t), 0, &f));
	DBL_EQ(2, f.value);
	STR_EQ("个", f.unit);

	/* the reader never runs past len */
	t = "271.1亿元";
	OK(db_figure_read(t, 5, 0, &f));
	DBL_EQ(271.1, f.value);
	STR_EQ("", f.unit);

	/* exact decimal scaling */
	t = "271.1亿";
	OK(db_figure_read(t, strlen(t), 0, &f));
	DBL_EQ(27110000000.0, f.value);
}

/* A passage from a report: the figures in order. */
static void check_passage(void)
{
	const char *t = "今年一季度，全县生产总值同比增长5.3%，居全市第四位，1至5月规模以上工业"
			"企业增加值增长7.6%，继续保持全市第二位。举办业务培训6期、参训1200余人次；"
			"开展营商环境投诉件专项整治，聚焦28类164件积压事项。";
	const char *want[] = { "5.3 % exact percent", "4 位 exact rank 全市 -",
			       "7.6 % exact percent", "2 位 exact rank 全市 -",
			       "6 期 exact amount", "1200 人次 at_least amount",
			       "28 类 exact amount", "164 件 exact amount" };
	size_t pos = 0, k = 0, len = strlen(t);
	db_figure f;
	char got[256];
	while (db_figure_next(t, len, pos, &f)) {
		describe(&f, got, sizeof got);
		if (k < sizeof want / sizeof want[0])
			STR_EQ(want[k], got);
		k++;
		pos = f.end;
	}
	INT_EQ(sizeof want / sizeof want[0], k);
}

int main(void)
{
	check_cases();
	check_details();
	check_passage();
	printf("%zu figure cases\n", sizeof cases / sizeof cases[0]);
	DB_TEST_END();
}
