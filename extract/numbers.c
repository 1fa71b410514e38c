/* numbers.c - the figure reader: 近3万人 → 30000 人 approx, 下降5.1% → -5.1 %,
 * 3-5万元 → 30000..50000 元, 三分之二 → 66.67 %, 增长**% → masked.
 *
 * A figure is read as
 *     prefix* numeral post? range? suffix?
 * where prefix is a qualifier word (近 超过 不足 …), a direction verb (增长
 * 下降 …) or a connector (达 为 了 …); numeral is arabic (either width, with
 * separators), Chinese (十一, 一百零五, 两千三, 壹佰贰拾, 二〇二一), or mixed
 * (1.5万亿, 13万2), or masked (**, ＊＊, ××, XX, 1**); post is a fraction
 * (分之, 成, a/b), a percent sign, 个百分点, 倍 or a unit word. Multipliers
 * (十百千万亿) are folded into the value with exact decimal arithmetic.
 * Two neighbouring digits are a range (两三万, 五六十家). Words that hold
 * numerals but are not quantities (years, dates, ordinals, names such as 5G,
 * 十九届, “12345”, 12345热线, 1+2, 7×24, 一是, 统一, 一批, 三年行动) are
 * reported as "not a figure" with the span to skip, so the scanner never
 * re-reads their tail. Everything domain-specific is in the const tables
 * below. */
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "core/numfmt.h"
#include "extract/extract_int.h"
#include "extract/readers.h"
#include "extract/readers_lex.h"

__extension__ typedef __int128 i128;

/* Values are kept as integers scaled by 10^SCALE until the end, so 271.1亿
 * and 1.5万亿 never see a binary fraction before db_decimal rounds once. */
#define SCALE 9
#define ONE ((i128)1000000000)
#define LIMIT ((i128)1000000000000000000 * 100000000000) /* 1e20 scaled: beyond any report */

/* ---- word tables ------------------------------------------------------ */

typedef struct {
	const char *word;
	int role;     /* Q_ qualifier, S_ sign verb, C_ connector */
	int value;    /* qualifier or sign */
} prefix_word;

enum { P_QUAL, P_SIGN, P_LINK, P_LEVEL };

/* Longest match wins, so 不超过 beats 超过 and 同比增长 beats 同比. */
static const prefix_word prefixes[] = {
	{ "近", P_QUAL, DB_QUAL_APPROX },      { "接近", P_QUAL, DB_QUAL_APPROX },
	{ "将近", P_QUAL, DB_QUAL_APPROX },    { "约", P_QUAL, DB_QUAL_APPROX },
	{ "大约", P_QUAL, DB_QUAL_APPROX },    { "约为", P_QUAL, DB_QUAL_APPROX },
	{ "大概", P_QUAL, DB_QUAL_APPROX },    { "约合", P_QUAL, DB_QUAL_APPROX },
	{ "约计", P_QUAL, DB_QUAL_APPROX },    { "约有", P_QUAL, DB_QUAL_APPROX },
	{ "预计", P_LINK, 0 },                 { "预测", P_LINK, 0 },
	{ "超过", P_QUAL, DB_QUAL_AT_LEAST },
	{ "超", P_QUAL, DB_QUAL_AT_LEAST },    { "突破", P_QUAL, DB_QUAL_AT_LEAST },
	{ "逾", P_QUAL, DB_QUAL_AT_LEAST },    { "超出", P_QUAL, DB_QUAL_AT_LEAST },
	{ "跨越", P_QUAL, DB_QUAL_AT_LEAST },  /* 跨越130亿元: a threshold crossed */
	{ "跨过", P_QUAL, DB_QUAL_AT_LEAST },  { "跨上", P_QUAL, DB_QUAL_AT_LEAST },
	/* 迈上300亿元台阶, 站上千亿元台阶: a threshold reached */
	{ "迈上", P_QUAL, DB_QUAL_AT_LEAST },  { "迈过", P_QUAL, DB_QUAL_AT_LEAST },
	{ "站上", P_QUAL, DB_QUAL_AT_LEAST },  { "跃上", P_QUAL, DB_QUAL_AT_LEAST },
	{ "过", P_QUAL, DB_QUAL_AT_LEAST },    { "破", P_QUAL, DB_QUAL_AT_LEAST },
	{ "多于", P_QUAL, DB_QUAL_AT_LEAST },  { "不少于", P_QUAL, DB_QUAL_AT_LEAST },
	{ "大于", P_QUAL, DB_QUAL_AT_LEAST },  { "小于", P_QUAL, DB_QUAL_AT_MOST },
	{ "不低于", P_QUAL, DB_QUAL_AT_LEAST },{ "至少", P_QUAL, DB_QUAL_AT_LEAST },
	/* GDP≥400亿元, 收入>20亿元: a comparison sign makes a bound */
	{ "≥", P_QUAL, DB_QUAL_AT_LEAST },    { "＞", P_QUAL, DB_QUAL_AT_LEAST },
	{ ">", P_QUAL, DB_QUAL_AT_LEAST },     { "≤", P_QUAL, DB_QUAL_AT_MOST },
	{ "＜", P_QUAL, DB_QUAL_AT_MOST },     { "<", P_QUAL, DB_QUAL_AT_MOST },
	{ "达到", P_LINK, 0 },                 { "达", P_LINK, 0 },
	{ "高达", P_LINK, 0 },                 { "多达", P_LINK, 0 },
	{ "不超过", P_QUAL, DB_QUAL_AT_MOST }, { "不足", P_QUAL, DB_QUAL_AT_MOST },
	{ "低于", P_QUAL, DB_QUAL_AT_MOST },   { "高于", P_QUAL, DB_QUAL_AT_LEAST },
	{ "不到", P_QUAL, DB_QUAL_AT_MOST },   { "不高于", P_QUAL, DB_QUAL_AT_MOST },
	{ "少于", P_QUAL, DB_QUAL_AT_MOST },   { "最多", P_QUAL, DB_QUAL_AT_MOST },
	{ "控制在", P_LINK, 0 },               { "为", P_LINK, 0 },
	{ "了", P_LINK, 0 },                   { "共", P_LINK, 0 },
	{ "共计", P_LINK, 0 },                 { "合计", P_LINK, 0 },
	{ "累计", P_LINK, 0 },                 { "总计", P_LINK, 0 },
	{ "仅", P_LINK, 0 },                   { "同比", P_LINK, 0 },
	{ "环比", P_LINK, 0 },                 { "分别", P_LINK, 0 },
	{ "增长", P_SIGN, 1 },                 { "增加", P_SIGN, 1 },
	{ "提高", P_SIGN, 1 },                 { "上涨", P_SIGN, 1 },
	{ "上升", P_SIGN, 1 },                 { "提升", P_SIGN, 1 },
	{ "增", P_SIGN, 1 },                   { "涨", P_SIGN, 1 },
	{ "攀升", P_SIGN, 1 },                 { "回升", P_SIGN, 1 },
	{ "扩大", P_SIGN, 1 },                 { "增速", P_SIGN, 1 },
	{ "增幅", P_SIGN, 1 },                 { "涨幅", P_SIGN, 1 },
	{ "增长率", P_SIGN, 1 },               { "同比增长", P_SIGN, 1 },
	{ "下降", P_SIGN, -1 },                { "减少", P_SIGN, -1 },
	{ "回落", P_SIGN, -1 },                { "降低", P_SIGN, -1 },
	{ "下滑", P_SIGN, -1 },                { "下跌", P_SIGN, -1 },
	{ "减", P_SIGN, -1 },                  { "降", P_SIGN, -1 },
	{ "缩减", P_SIGN, -1 },                { "降幅", P_SIGN, -1 },
	{ "跌", P_SIGN, -1 },                  { "同比下降", P_SIGN, -1 },
	{ "同比减少", P_SIGN, -1 },            { "负增长", P_SIGN, -1 },
	{ "萎缩", P_SIGN, -1 },                { "同比负增长", P_SIGN, -1 },
	/* 分别比增6.2%和13.8%, 可比增长3.3%, 比降2%, 减低2.2个百分点, 减产1.5% */
	{ "比增", P_SIGN, 1 },                 { "同比增", P_SIGN, 1 },
	{ "可比增长", P_SIGN, 1 },             { "比降", P_SIGN, -1 },
	{ "比减", P_SIGN, -1 },                { "同比降", P_SIGN, -1 },
	{ "减低", P_SIGN, -1 },                { "增产", P_SIGN, 1 },
	{ "减产", P_SIGN, -1 },
	/* 生产总值增量98.6亿元: how much a flow grew (no record), 存款增量: what a
	 * stock added */
	{ "增量", P_SIGN, 1 },
	/* 净增额, 增加额: the same amount of increase */
	{ "净增额", P_SIGN, 1 },              { "增加额", P_SIGN, 1 },
	/* 新增 states an addition, not a growth */
	{ "新增", P_LINK, 0 },
	/* a verb followed by 至/到 states the new level, not the change */
	{ "至", P_LEVEL, 0 },                  { "到", P_LEVEL, 0 },
};

/* Qualifiers written after the figure. */
static const struct {
	const char *word;
	db_qualifier q;
} suffixes[] = {
	{ "左右", DB_QUAL_APPROX },   { "上下", DB_QUAL_APPROX },
	{ "以上", DB_QUAL_AT_LEAST }, { "之多", DB_QUAL_AT_LEAST },
	{ "有余", DB_QUAL_AT_LEAST }, { "多", DB_QUAL_AT_LEAST },
	{ "余", DB_QUAL_AT_LEAST },   { "以内", DB_QUAL_AT_MOST },
	{ "以下", DB_QUAL_AT_MOST },  { "之内", DB_QUAL_AT_MOST },
	/* 控制在4.5%的目标范围之内 */
	{ "的目标范围之内", DB_QUAL_AT_MOST }, { "的目标范围内", DB_QUAL_AT_MOST },
	{ "的范围之内", DB_QUAL_AT_MOST }, { "的范围内", DB_QUAL_AT_MOST },
};

/* Bare unit words (the multipliers 十百千万亿 are folded into the value, so
 * 万人次 is 人次 and 亿美元 is 美元). Longest match wins. */
static const char *const units[] = {
	"元", "美元", "欧元", "港元", "日元", "英镑", "人民币", "美金", "港币", "韩元", "澳元",
	"人", "人次", "名", "位", "户", "户次", "家", "家次", "个", "项", "亩", "公顷", "羽",
	"吨", "千克", "公斤", "克", "斤", "平方米", "平方公里", "平方千米", "立方米",
	"公里", "千米", "米", "千瓦", "千瓦时", "千瓦小时", "度", "瓦", "兆瓦", "兆瓦时", "吉瓦",
	"千伏", "千伏安", "辆", "套", "件", "所", "座", "台", "张", "次", "天",
	"小时", "岁", "周岁", "篇", "部", "册", "只", "头", "株", "棵", "条", "栋", "间",
	"处", "批", "宗", "起", "例", "份", "笔", "种", "场", "轮", "艘", "架",
	"趟", "标准箱", "箱", "床", "层", "微克", "毫克", "升", "吨标准煤",
	"个月", "年", "周", "期", "类", "分钟", "秒", "学时", "课时", "千公顷", "公顷",
	"本", "首", "幅", "块", "根", "支", "枚", "匹", "羽", "口",
	"标箱", "千卡", "千帕", "盏", "款", "粒", "尾", "毫米", "厘米", "平米", "人份", "剂次",
	"针次", "剂", "场次", "件次", "单", "票", "班", "列", "杯", "瓶", "袋", "桶", "盒",
	"吨公里", "人天", "亩次", "台套", "组", "幢", "人年", "辆次", "艘次", "架次", "班次", "车次", "航次",
	"㎡", "km", "kg", "TEU", "MW", "GW", "kW", "kWh", "kV", "kVA", "MWh", "GWh",
	"μg/m3", "μg/m³", "ug/m3", /* PM2.5 as pages print it: 微克/立方米 */
	NULL,
};

static lx_list units_list = LX_LIST(units);

/* Multiplier characters that begin a unit word instead (5千米 is 5 千米). */
static const char *const unit_not_mult[] = {
	"千米", "千瓦", "千克", "千伏", "千卡", "千帕", "千公顷",
	"百分点", "百分比", NULL,
};

/* Words with numeral characters that are not quantities (matched at the
 * numeral), beyond what the general rules catch. */
static const char *const not_quantity[] = {
	"一次性", "一站式", "一揽子", "一把手", "一件事", "一张网", "一张图",
	"一张蓝图", "一盘棋", "一条龙", "一系列", "一起", "一号", "一批批",
	"一个个", "一道", "两个确保", "两个维护", "两个一百年", "一带一路", "五年规划",
	"五年计划", "三次产业", "四个全面", "四个意识", "四个自信", "三个代表", "五位一体", "八项规定",
	"三个一批", "两个先行", "四个着力", "三个转变", "四个革命", "两个毫不动摇",
	NULL,
};

/* A one-character Chinese numeral right after one of these characters is
 * part of a word (统一 唯一 万一 之一 同一 进一步 …); after a determiner
 * (每 这 那 …) any Chinese numeral is (这两个, 每一百人). */
static const char *const word_before_cn = "统唯同单逐之进专划周初万合归如独星礼清";
/* Financial numerals (壹 … 玖 拾 佰 仟) are ordinary characters too (队伍,
 * 陆续, 收拾): one of them alone is never a figure. */
static const char *const financial = "壹贰叁肆伍陆柒捌玖拾佰仟貳參陸";
static const char *const determiners = "每某这那此其任另各";

/* Characters after a number that make it a name or an ordinal. */
static const char *const name_after[] = { "届", "中全会", "次会议", "次全会", "大战略", "年代",
					   "位数", NULL }; /* 两位数: digits */

/* 成 followed by these is a word (成为 成效 …), not 七成 = 70%. */
static const char *const cheng_words = "为效果绩功立本交员熟就长片型都品套批";

/* ---- numerals --------------------------------------------------------- */

typedef struct {
	size_t start, end;
	i128 v;            /* value × 10^SCALE */
	long long mult;    /* literal × mult when it is that simple (3万, 1.5亿), else 0 */
	bool arabic;       /* arabic digits present */
	bool chinese;      /* Chinese digits or place units present */
	bool is_int;       /* no decimal part */
	int int_digits;    /* arabic integer digits (years) */
	bool more;         /* 余 多 几 数: at least */
	bool implied_one;  /* began with a place unit (万 百亿 十) */
	long long first_unit;
	bool masked;
} numeral;

static bool in_set(const char *set, unsigned cp)
{
	size_t n, p = 0, l = strlen(set);
	while (p < l) {
		if (lx_cp(set, l, p, &n) == cp)
			return true;
		p += n;
	}
	return false;
}

static size_t word_in(const char *t, size_t len, size_t pos, const char *const *list)
{
	return lx_longest(t, len, pos, list, NULL);
}

/* The width of a hard line wrap at p inside the number that starts at pos
 * (农村居民人均可支配收入1\n2248元, 固定资产投资25\n0.3亿元, 外贸出口2\n.5亿美元:
 * a page copied with its fixed-width lines), or 0: the line before is
 * prose (20 characters or more, no run of spaces, no table bar) and the
 * number starts right after a word of it; the next line goes on with
 * digits or a point and a digit, and opens no list item (1、 1. 1．). */
/* Is the line holding pos, up to end (its line break), hard-wrapped text:
 * at least 20 characters and no table cells (tabs, |, runs of spaces)? */
static bool hard_wrapped(const char *t, size_t pos, size_t end)
{
	size_t ls = pos, chars = 0;
	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	for (size_t i = ls; i < end; i++) {
		if (t[i] == '\t' || t[i] == '|' || (t[i] == ' ' && i + 1 < end && t[i + 1] == ' '))
			return false;
		chars += ((unsigned char)t[i] & 0xC0) != 0x80;
	}
	return chars >= 20;
}

static size_t wrap_break(const char *t, size_t len, size_t pos, size_t p)
{
	size_t w = p < len && t[p] == '\n' ? 1 : p + 1 < len && t[p] == '\r' && t[p + 1] == '\n' ? 2 : 0;
	if (!w || !pos)
		return 0;
	size_t a = p + w, d = a;
	if (d < len && t[d] == '.')
		d++;
	if (d >= len || t[d] < '0' || t[d] > '9')
		return 0;
	while (d < len && t[d] >= '0' && t[d] <= '9')
		d++;
	if (d < len && t[a] != '.' &&
	    ((t[d] == '.' && (d + 1 >= len || t[d + 1] < '0' || t[d + 1] > '9')) ||
	     (len - d >= 3 && (!memcmp(t + d, "、", 3) || !memcmp(t + d, "．", 3)))))
		return 0;
	char before = t[pos - 1];
	if (before == ' ' || before == '\t' || before == '|' || before == '\n' || before == '\r')
		return 0;
	return hard_wrapped(t, pos, p) ? w : 0;
}

/* Arabic literal at pos: digits with , or space separators in groups of
 * three, and a decimal part. Returns bytes consumed. */
static size_t arabic_literal(const char *t, size_t len, size_t pos, i128 *v, int *int_digits,
			     bool *is_int)
{
	size_t n, p = pos;
	i128 x = 0;
	int digits = 0;
	bool full = false, wrapped = false;
	unsigned raw = lx_cp(t, len, p, &n);
	unsigned c = lx_fold(raw);
	if (!lx_is_digit(c))
		return 0;
	for (;;) {
		while (lx_is_digit(c)) {
			full = raw != c;
			if (digits >= 18)
				return 0;
			x = x * 10 + (c - '0');
			digits++;
			p += n;
			raw = lx_cp(t, len, p, &n);
			c = lx_fold(raw);
		}
		size_t bw;
		if (!wrapped && (c == '\n' || c == '\r') && (bw = wrap_break(t, len, pos, p))) {
			wrapped = true;
			p += bw;
			raw = lx_cp(t, len, p, &n);
			c = lx_fold(raw);
			continue;
		}
		/* a separator counts only before exactly three digits */
		bool sep = c == ',' && (raw == ',' || full);
		if (c == ' ' && raw == ' ')
			sep = true;
		if (!sep)
			break;
		size_t q = p + n, m;
		int k = 0;
		while (k < 4 && lx_is_digit(lx_at(t, len, q, &m))) {
			q += m;
			k++;
		}
		if (k != 3)
			break;
		p += n;
		raw = lx_cp(t, len, p, &n);
		c = lx_fold(raw);
	}
	*int_digits = digits;
	x *= ONE;
	*is_int = true;
	/* 6 . 5%, 27 .4亿元: a space before the point too (a copying
	 * site's); the point needs a digit after it, below */
	size_t pm, pm2;
	if (c == ' ' && raw == ' ' && lx_fold(lx_cp(t, len, p + n, &pm)) == '.' &&
	    (lx_cp(t, len, p + n + pm, &pm2) == ' ' || lx_is_digit(lx_cp(t, len, p + n + pm, &pm2)))) {
		p += n;
		c = lx_fold(lx_cp(t, len, p, &n));
	}
	if (c == '.') {
		size_t m, gap = 0;
		/* 35. 6亿元: a space after the point (text from PDFs); 14..3%: a
		 * point typed twice */
		while (gap < 6 && (lx_cp(t, len, p + n + gap, &m) == ' ' ||
				   lx_cp(t, len, p + n + gap, &m) == 0x3000 ||
				   (!gap && lx_fold(lx_cp(t, len, p + n, &m)) == '.')))
			gap += m;
		/* 198.\n6亿元: a fixed-width line wrapped right after the point */
		size_t bw;
		if (!gap && !wrapped && (bw = wrap_break(t, len, pos, p + n)) != 0 &&
		    t[p + n + bw] != '.')
			gap = bw;
		unsigned d = lx_at(t, len, p + n + gap, &m);
		if (lx_is_digit(d)) {
			p += n + gap;
			i128 place = ONE / 10;
			c = lx_at(t, len, p, &n);
			while (lx_is_digit(c)) {
				if (place == 0)
					return 0;
				x += (c - '0') * place;
				place /= 10;
				p += n;
				c = lx_at(t, len, p, &n);
			}
			*is_int = false;
		}
	}
	*v = x;
	return p - pos;
}

/* Chinese decimal digits after 点 (三点五): adds to *v, returns bytes. */
static size_t cn_decimals(const char *t, size_t len, size_t pos, i128 *v)
{
	size_t n, p = pos;
	if (lx_cp(t, len, p, &n) != 0x70B9) /* 点 */
		return 0;
	p += n;
	i128 place = ONE / 10;
	int d;
	size_t m;
	if (lx_cn_digit(lx_cp(t, len, p, &m)) < 0)
		return 0;
	while ((d = lx_cn_digit(lx_cp(t, len, p, &m))) >= 0 && place > 0) {
		*v += d * place;
		place /= 10;
		p += m;
	}
	return p - pos;
}

/* Masked figure: * ＊ × X runs, possibly with digits and a decimal point
 * (**, 1**, **.*, XX). Returns bytes consumed. */
static size_t masked_literal(const char *t, size_t len, size_t pos)
{
	size_t n, p = pos;
	int masks = 0, xs = 0;
	for (int k = 0;; k++) {
		if (k == 16)
			return 0; /* a row of stars is a rule, not a figure */
		unsigned c = lx_at(t, len, p, &n);
		if (c == '*' || c == 0xD7 /* × */) {
			masks++;
		} else if (c == 'X' || c == 'x') {
			xs++;
		} else if (lx_is_digit(c) || (c == '.' && p > pos)) {
			/* digits only mix with masks */
		} else {
			break;
		}
		p += n;
	}
	if (masks == 0 && xs < 2)
		return 0;
	/* 7×24: a product of two numbers, not a mask */
	size_t m;
	if (lx_is_digit(lx_at(t, len, pos, &m)) && lx_at(t, len, pos + m, &n) == 0xD7 &&
	    lx_is_digit(lx_at(t, len, pos + m + n, &m)))
		return 0;
	if (p > pos && t[p - 1] == '.')
		p--;
	return p - pos;
}

static size_t unit_at(const char *t, size_t len, size_t pos);

/* A full numeral at pos. Returns 1 and fills nm, or 0. */
static int read_numeral(const char *t, size_t len, size_t pos, numeral *nm)
{
	memset(nm, 0, sizeof *nm);
	nm->start = pos;
	nm->is_int = true;
	size_t n, p = pos;

	size_t ml = masked_literal(t, len, p);
	if (ml) {
		nm->masked = true;
		p += ml;
		/* **万元: the multiplier is part of the masked figure */
		while (lx_cn_unit(lx_cp(t, len, p, &n)) >= 10000)
			p += n;
		nm->end = p;
		nm->mult = 1;
		return 1;
	}

	/* positional Chinese digits: 二〇二一, 一九九八 */
	{
		size_t q = p;
		int k = 0, zeros = 0;
		i128 x = 0;
		int d;
		while ((d = lx_cn_digit(lx_cp(t, len, q, &n))) >= 0 && k < 8) {
			x = x * 10 + d;
			zeros += d == 0;
			k++;
			q += n;
		}
		if (k >= 4 || (k >= 2 && zeros > 0 && !lx_cn_unit(lx_cp(t, len, q, &n)))) {
			nm->v = x * ONE;
			nm->chinese = true;
			nm->int_digits = k;
			nm->end = q;
			nm->mult = 1;
			return 1;
		}
	}

	i128 total = 0, wan = 0, sec = 0, dig = 0;
	bool have_dig = false, dig_single = false, zero_gap = false, any = false;
	bool dig_after_unit = false, decimal = false;
	long long last_unit = 0, small_unit = 0, mult = 1;
	int literals = 0;
	for (;;) {
		size_t q;
		unsigned raw = lx_cp(t, len, p, &n);
		unsigned c = lx_fold(raw);
		int d = lx_cn_digit(raw);
		long long u = lx_cn_unit(raw);
		if (lx_is_space(c) && have_dig && nm->arabic) {
			/* scraped text: 271.1 亿元 */
			size_t r = lx_skip_space(t, len, p), m;
			if (lx_cn_unit(lx_cp(t, len, r, &m)) >= 100 && !word_in(t, len, r, unit_not_mult)) {
				p = r;
				continue;
			}
			break;
		}
		if (lx_is_digit(c)) {
			if (have_dig || decimal)
				break;
			i128 x;
			int digits;
			bool isint;
			size_t l = arabic_literal(t, len, p, &x, &digits, &isint);
			if (!l)
				break;
			nm->arabic = true;
			if (!any)
				nm->int_digits = digits;
			dig = x;
			have_dig = true;
			dig_single = isint && x < 10 * ONE;
			dig_after_unit = last_unit > 0 && !zero_gap;
			if (!isint) {
				decimal = true;
				nm->is_int = false;
			}
			literals++;
			p += l;
		} else if (d == 0) {
			if (have_dig)
				break;
			zero_gap = true;
			p += n;
			if (!any) {
				have_dig = true;
				dig = 0;
				size_t l = cn_decimals(t, len, p, &dig); /* 零点五 */
				if (l) {
					p += l;
					decimal = true;
					nm->is_int = false;
					literals++;
				}
			}
			nm->chinese = true;
		} else if (d > 0) {
			if (have_dig || decimal)
				break;
			/* 3万一线职工, 10亿一期: after 万/亿 a lone 一 that runs
			 * into a word begins that word, not a colloquial tail */
			if (d == 1 && last_unit >= 10000 && !zero_gap) {
				unsigned after = lx_cp(t, len, p + n, &q);
				if (lx_is_cjk(after) && lx_cn_digit(after) < 0 && !lx_cn_unit(after) &&
				    !unit_at(t, len, p + n) && after != 0x4F59 && after != 0x591A)
					break;
			}
			dig = (i128)d * ONE;
			have_dig = true;
			dig_single = true;
			dig_after_unit = last_unit > 0 && !zero_gap;
			nm->chinese = true;
			literals++;
			p += n;
			size_t l = cn_decimals(t, len, p, &dig);
			if (l) {
				p += l;
				decimal = true;
				dig_single = false;
				nm->is_int = false;
			}
		} else if ((raw == 0x51E0 /* 几 */) ||
			   (raw == 0x6570 /* 数 */ && !any &&
			    lx_cn_unit(lx_cp(t, len, p + n, &q)) >= 10)) {
			/* 几十 数百: at least one of the unit; 十几: the unit itself */
			if (have_dig)
				break;
			q = 0;
			unsigned next = lx_cp(t, len, p + n, &q);
			if (lx_cn_unit(next) >= 10 && !any)
				dig = ONE, have_dig = true;
			else if (!any)
				break;
			nm->more = true;
			dig_single = false;
			p += n;
		} else if ((raw == 0x4F59 /* 余 */ || raw == 0x591A /* 多 */) && any &&
			   lx_cn_unit(lx_cp(t, len, p + n, &q)) >= 100) {
			/* 30余万, 三十多万: the 余 sits before the multiplier */
			nm->more = true;
			p += n;
		} else if (u) {
			if (word_in(t, len, p, unit_not_mult))
				break;
			/* 万一 opening a phrase is "in case"; after a numeral
			 * (两万一千) it is a numeral */
			if (!any && lx_word(t, len, p, "万一"))
				break;
			if (u < 10000) {
				if (small_unit && u >= small_unit)
					break;
				i128 k = have_dig ? dig : ONE;
				if (!have_dig && !any) {
					nm->implied_one = true;
					nm->first_unit = u;
				}
				sec += k * u;
				small_unit = u;
			} else if (u == 10000) {
				i128 k = sec + (have_dig ? dig : 0);
				if (k == 0 && wan == 0) {
					k = ONE;
					if (!any) {
						nm->implied_one = true;
						nm->first_unit = u;
					}
				}
				if (wan)
					break;
				wan = k * u;
				sec = 0;
				small_unit = 0;
			} else {
				i128 k = wan + sec + (have_dig ? dig : 0);
				if (total == 0 && k == 0) {
					k = ONE;
					if (!any) {
						nm->implied_one = true;
						nm->first_unit = u;
					}
				}
				k += total;
				total = k * u;
				wan = sec = 0;
				small_unit = 0;
			}
			if (mult && mult <= LLONG_MAX / u)
				mult *= u;
			have_dig = false;
			zero_gap = false;
			last_unit = u;
			nm->chinese = true;
			p += n;
			if (total > LIMIT || wan > LIMIT || sec > LIMIT)
				return 0;
		} else {
			break;
		}
		any = true;
	}
	if (!any || p == pos)
		return 0;
	i128 v = total + wan + sec;
	if (have_dig) {
		/* colloquial tail: 两千三 = 2300, 13万2 = 132000, 一亿二 */
		if (dig_single && dig_after_unit && last_unit >= 100 && dig > 0)
			v += dig * (last_unit / 10);
		else
			v += dig;
		if (last_unit)
			mult = 0; /* a digit after a unit: not literal × multiplier */
	}
	if (literals > 1)
		mult = 0;
	nm->v = v;
	nm->mult = mult;
	nm->end = p;
	return 1;
}

/* ---- figure assembly -------------------------------------------------- */

static double to_double(i128 v)
{
	/* exact: strip trailing zeros so the mantissa fits, round once */
	int e = -SCALE;
	bool neg = v < 0;
	if (neg)
		v = -v;
	if (v <= (i128)UINT64_MAX) { /* (the same in 64 bits: no 128-bit division) */
		uint64_t u = (uint64_t)v;
		while (u != 0 && u % 10 == 0 && e < 30) {
			u /= 10;
			e++;
		}
		v = u;
	}
	while (v != 0 && v % 10 == 0 && e < 30) {
		v /= 10;
		e++;
	}
	while (v > (i128)999999999999999999) {
		v /= 10; /* beyond 18 digits: only noise digits are lost */
		e++;
	}
	double d = db_decimal((long long)v, e);
	return neg ? -d : d;
}

static void set_unit(db_figure *f, const char *u, size_t n)
{
	if (n >= sizeof f->unit)
		n = sizeof f->unit - 1;
	memcpy(f->unit, u, n);
	f->unit[n] = '\0';
}

/* Unit word at pos (with a /unit composite: 元/吨, 微克/立方米). */
static size_t unit_at(const char *t, size_t len, size_t pos)
{
	size_t l = lx_longest_in(t, len, pos, &units_list, NULL);
	if (!l)
		return 0;
	if (pos + l < len && t[pos + l] == '/') {
		size_t l2 = lx_longest_in(t, len, pos + l + 1, &units_list, NULL);
		if (l2 && l + 1 + l2 < 32)
			return l + 1 + l2;
	}
	return l;
}

typedef struct {
	db_fig_kind kind;
	const char *unit;     /* into the text, or a literal */
	size_t unit_len;
	i128 v;
	bool exact_ratio;     /* value computed as a double ratio (2/3) */
	double ratio;
	size_t end;
	bool has_unit;        /* anything after the numeral */
	int scale;            /* the post scales the number: +1 ×10 (七成), -1 ÷10 (‰) */
} post;

/* What follows a numeral: 分之, %, ‰, 个百分点, 倍, 成, /n, a unit word. */
static void read_post(const char *t, size_t len, const numeral *nm, post *o)
{
	size_t n, p = lx_skip_space(t, len, nm->end), l;
	memset(o, 0, sizeof *o);
	o->kind = DB_FIG_AMOUNT;
	o->v = nm->v;
	o->end = nm->end;
	unsigned c = lx_at(t, len, p, &n);
	if (!nm->masked && (l = lx_word(t, len, p, "分之"))) {
		numeral num;
		size_t q = p + l;
		if (read_numeral(t, len, q, &num) && !num.masked && nm->v > 0 &&
		    num.v <= 1000000 * ONE && nm->v <= (i128)1000000000000 * ONE) {
			if (nm->v == 100 * ONE) {
				o->kind = DB_FIG_PERCENT;
				o->v = num.v;
			} else {
				o->kind = DB_FIG_FRACTION;
				i128 x = num.v * 100 * ONE;
				if (x % nm->v == 0) {
					o->v = x / nm->v;
				} else {
					/* 2/3 has no exact decimal: one division of exact parts */
					o->exact_ratio = true;
					o->ratio = to_double(num.v) * 100.0 / to_double(nm->v);
				}
			}
			o->unit = "%";
			o->unit_len = 1;
			o->end = num.end;
			o->has_unit = true;
			return;
		}
	}
	if (c == '%') {
		o->kind = DB_FIG_PERCENT;
		o->unit = "%", o->unit_len = 1, o->end = p + n, o->has_unit = true;
		return;
	}
	if (c == 0x2030) { /* ‰ */
		o->kind = DB_FIG_PERCENT;
		o->v = nm->v / 10;
		o->scale = -1;
		o->unit = "%", o->unit_len = 1, o->end = p + n, o->has_unit = true;
		return;
	}
	if ((l = lx_word(t, len, p, "个百分点")) || (l = lx_word(t, len, p, "百分点"))) {
		o->kind = DB_FIG_PP;
		o->unit = "百分点", o->unit_len = strlen("百分点"), o->end = p + l, o->has_unit = true;
		return;
	}
	/* 出生率…下降0.86个千分点: points of a rate in ‰ */
	if ((l = lx_word(t, len, p, "个千分点")) || (l = lx_word(t, len, p, "千分点"))) {
		o->kind = DB_FIG_PP;
		o->unit = "千分点", o->unit_len = strlen("千分点"), o->end = p + l, o->has_unit = true;
		return;
	}
	if ((l = lx_word(t, len, p, "倍"))) {
		o->kind = DB_FIG_MULTIPLE;
		o->unit = "倍", o->unit_len = l, o->end = p + l, o->has_unit = true;
		return;
	}
	if ((l = lx_word(t, len, p, "成")) && !nm->masked && nm->is_int && nm->v > 0 &&
	    nm->v <= 10 * ONE) {
		size_t m;
		unsigned next = lx_cp(t, len, p + l, &m);
		if (!in_set(cheng_words, next)) {
			o->kind = DB_FIG_FRACTION;
			o->v = nm->v * 10;
			o->scale = 1;
			o->unit = "%", o->unit_len = 1, o->end = p + l, o->has_unit = true;
			return;
		}
	}
	/* 一半 is one half (超过一半, 一半以上); 一半年 is no word, 半年 after
	 * 一 is read as a duration elsewhere */
	if ((l = lx_word(t, len, p, "半")) && !nm->arabic && !nm->masked && nm->v == ONE &&
	    nm->end - nm->start <= 3) {
		size_t m;
		unsigned next = lx_cp(t, len, p + l, &m);
		if (!in_set("年月天日夜小个", next)) {
			o->kind = DB_FIG_FRACTION;
			o->v = 50 * ONE;
			o->unit = "%", o->unit_len = 1, o->end = p + l, o->has_unit = true;
			return;
		}
	}
	if (c == '/' && nm->arabic && nm->is_int && !nm->masked && nm->mult == 1) {
		numeral den;
		if (read_numeral(t, len, p + n, &den) && den.arabic && den.is_int && den.mult == 1 &&
		    den.v > nm->v && den.v <= 1000 * ONE && !unit_at(t, len, den.end)) {
			o->kind = DB_FIG_FRACTION;
			o->exact_ratio = true;
			o->ratio = (double)(nm->v / ONE) * 100.0 / (double)(den.v / ONE);
			o->unit = "%", o->unit_len = 1, o->end = den.end, o->has_unit = true;
			return;
		}
	}
	if ((l = unit_at(t, len, p))) {
		o->unit = t + p, o->unit_len = l, o->end = p + l, o->has_unit = true;
		return;
	}
	/* 得分85.6分: the points of a score (an evaluation's), after arabic
	 * digits only; not 5分别, 3分之1, 10分钟 (a unit word above) */
	if ((l = lx_word(t, len, p, "分")) && nm->arabic && !nm->masked) {
		size_t m;
		unsigned next = lx_cp(t, len, p + l, &m);
		if (!in_set("别之析布类成配期批级解散工担摊红局行公会队组支为享子母数值项", next)) {
			o->unit = t + p, o->unit_len = l, o->end = p + l, o->has_unit = true;
			return;
		}
	}
}

static bool is_punct_or_end(unsigned c)
{
	return c == 0 || lx_is_space(c) || c == ',' || c == '.' || c == ';' || c == ':' ||
	       c == '!' || c == '?' || c == 0x3002 /* 。 */ || c == 0x3001 /* 、 */ ||
	       c == ')' || c == 0x201D /* ” */ || c == 0x300B /* 》 */ || c == 0x2019;
}

static bool opening_quote(unsigned c)
{
	return c == 0x201C || c == 0x300C || c == 0x300E || c == '"' || c == 0x2018 ||
	       c == 0x300A /* 《 */;
}

static bool closing_quote(unsigned c)
{
	return c == 0x201D || c == 0x300D || c == 0x300F || c == '"' || c == 0x2019 ||
	       c == 0x300B;
}

/* The end of a list of month or year numbers (3,4月份; 2020、2021年), or 0. */
static size_t date_list_end(const char *t, size_t len, const numeral *first)
{
	size_t n, p = first->end;
	const numeral *cur = first;
	numeral nx;
	for (int k = 0; k < 12; k++) {
		size_t m;
		unsigned c = lx_at(t, len, p, &n);
		bool is_month = cur->is_int && cur->v >= ONE && cur->v <= 12 * ONE && !cur->masked;
		bool is_year = cur->arabic && cur->is_int && cur->int_digits == 4 &&
			       cur->v >= 1900 * ONE && cur->v <= 2100 * ONE;
		if (c == 0x6708 /* 月 */ && is_month)
			return p + n;
		if (c == 0x5E74 /* 年 */ && (is_year || (cur->chinese && cur->int_digits == 4)))
			return p + n;
		if (!(c == ',' || c == 0x3001 || c == 0x548C /* 和 */ || c == 0x53CA /* 及 */ ||
		      c == 0x4E0E /* 与 */ || c == 0x6216 /* 或 */))
			return 0;
		lx_cp(t, len, p + n, &m);
		if (!read_numeral(t, len, p + n, &nx) || nx.masked)
			return 0;
		if (first->arabic != nx.arabic)
			return 0;
		p = nx.end;
		cur = &nx;
	}
	return 0;
}

/* Day after a month: 4月13日, 4月13号. */
static size_t skip_day(const char *t, size_t len, size_t p)
{
	numeral d;
	size_t n;
	if (read_numeral(t, len, p, &d) && d.is_int && d.v >= ONE && d.v <= 31 * ONE) {
		unsigned c = lx_cp(t, len, d.end, &n);
		if (c == 0x65E5 || c == 0x53F7) /* 日 号 */
			return d.end + n;
	}
	return p;
}

static bool is_range_sep(const char *t, size_t len, size_t p, size_t *sl);

/* 2022-05-20, 2022/5/20, 2022.5.20: the end of a numeric date at pos, or 0. */
static size_t numeric_date_end(const char *t, size_t len, size_t pos)
{
	size_t n, p = pos;
	int y = 0, k = 0;
	unsigned c;
	while (k < 5 && lx_is_digit(c = lx_at(t, len, p, &n)))
		y = y * 10 + (int)(c - '0'), k++, p += n;
	if (k != 4 || y < 1900 || y > 2100)
		return 0;
	unsigned sep = lx_at(t, len, p, &n);
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	for (int part = 0; part < 2; part++) {
		if (part == 1 && lx_at(t, len, p, &n) != sep)
			return sep == '.' ? 0 : p; /* 2022-05; but 2022.5 is a number */
		p += n;
		int d = 0;
		while (d < 3 && lx_is_digit(lx_at(t, len, p, &n)))
			d++, p += n;
		if (d == 0 || d > 2)
			return 0;
	}
	return p;
}

static bool is_duration(const post *o)
{
	static const char *const words[] = { "年", "个月", "天", "周", NULL };
	for (int i = 0; words[i]; i++)
		if (o->unit_len == strlen(words[i]) && !memcmp(o->unit, words[i], o->unit_len))
			return true;
	return false;
}

/* A number right after GDP, its bracket lost (地区生产总值(GDP549.3亿元), or
 * written in lower case (完成gdp113.8亿元): the letters are the label, not
 * part of a code. */
static bool glued_to_gdp(const char *t, size_t len, size_t pos)
{
	return pos >= 3 && (!memcmp(t + pos - 3, "GDP", 3) || !memcmp(t + pos - 3, "gdp", 3)) &&
	       (pos == 3 || !lx_is_alpha(lx_fold(lx_prev_cp(t, len, pos - 3))));
}

/* Non-figure checks on a numeral: returns the end of the span to skip when
 * the numeral is a year, a date, an ordinal or a name, else 0. */
static size_t not_a_figure(const char *t, size_t len, const numeral *nm, const post *o,
			   bool context)
{
	size_t n, p = nm->end;
	unsigned prev = lx_fold(lx_prev_cp(t, len, nm->start));
	unsigned c = lx_at(t, len, p, &n);
	size_t l;
	/* 百余家, 十多个: 余/多 marks a quantity as surely as a qualifier */
	if (nm->more || c == 0x4F59 || c == 0x591A)
		context = true;

	if (nm->arabic && (lx_is_alpha(prev) || lx_is_digit(prev) || prev == '.') &&
	    !glued_to_gdp(t, len, nm->start))
		return p; /* PM2.5, G20, V2 (not 地区生产总值(GDP549.3亿元) */
	if (prev == '+' && nm->start > 1 && lx_is_digit(lx_fold(lx_prev_cp(t, len, lx_prev(t, nm->start)))))
		return p; /* the 2 of 1+2 */
	if (prev == 0x7B2C || prev == 0x8868 || prev == 0x56FE) /* 第, 表2, 图3 */
		return p;
	if (!nm->arabic && !nm->masked && nm->end - nm->start <= 3 &&
	    in_set(financial, lx_cp(t, len, nm->start, &l)))
		return p;
	if (!nm->arabic && !nm->masked &&
	    (in_set(determiners, prev) || (in_set(word_before_cn, prev) && nm->end - nm->start <= 3)))
		return p;
	if ((l = date_list_end(t, len, nm)))
		return skip_day(t, len, l);
	if (nm->arabic && (l = numeric_date_end(t, len, nm->start)))
		return l;
	if (c == 0x65E5 || c == 0x53F7) { /* 日 号: a day, 1号文件 */
		if (nm->is_int && nm->v <= 31 * ONE)
			return p + n;
	}
	if (!o->has_unit && lx_is_alpha(c))
		return p + n; /* 5G, 3A级, 4K */
	if (c == '+' || c == 0x2795)
		return p + n; /* 1+2 */
	if ((c == 0xD7 || c == '*' || c == 0xB7 || c == 0x2022) && lx_is_digit(lx_at(t, len, p + n, &l))) {
		/* 7×24小时, 3·15: a product or a date name */
		size_t q = p + n;
		while (lx_is_digit(lx_at(t, len, q, &l)))
			q += l;
		return q;
	}
	if ((l = word_in(t, len, p, name_after)))
		return p + l;
	if ((c == 0x65F6 || c == 0x70B9) && nm->is_int && nm->v <= 24 * ONE) {
		/* 9时30分, 9点30分: a time of day */
		numeral mm;
		size_t e;
		if (read_numeral(t, len, p + n, &mm) && mm.is_int && lx_cp(t, len, mm.end, &e) == 0x5206)
			return mm.end + e;
	}
	if (!o->has_unit && closing_quote(c) && !nm->masked)
		return p + n; /* “郑州12345”: a name */
	if (opening_quote(prev) && !nm->masked) {
		/* “12345”热线, “两个确保”: a name in quotes */
		size_t q = p;
		for (int k = 0; k < 10 && q < len; k++) {
			unsigned d = lx_cp(t, len, q, &n);
			if (closing_quote(d))
				return q + n;
			q += n;
		}
	}
	if (!nm->arabic && !nm->masked && (l = word_in(t, len, nm->start, not_quantity)))
		return nm->start + l;
	/* a Chinese numeral followed by another numeral character: 十四五 */
	if (!nm->arabic && !nm->masked && !o->has_unit && (lx_cn_digit(c) >= 0 || lx_cn_unit(c))) {
		while (lx_cn_digit(c) >= 0 || lx_cn_unit(c)) {
			p += n;
			c = lx_cp(t, len, p, &n);
		}
		return p;
	}
	/* a Chinese numeral standing alone is a quantity only at a clause end
	 * or before a range (…增长一倍 is read through 倍; 十大战略, 两会, 一是
	 * are words) */
	if (!nm->arabic && !nm->masked && !o->has_unit && !context) {
		size_t sl;
		numeral nx;
		bool range = is_range_sep(t, len, p, &sl) && read_numeral(t, len, p + sl, &nx) &&
			     !nx.arabic;
		if (!range && (!is_punct_or_end(c) || lx_is_space(c) || c == 0x3001 || prev == 0xFF08 ||
			       prev == '('))
			return p;
		if (nm->implied_one && nm->first_unit >= 100 && o->kind == DB_FIG_AMOUNT)
			return p;
	}
	/* a duration that names a plan or a basis (两年平均增长, 三年行动计划,
	 * 用3年时间): only 三年来, 3年内, 5年以上 … keep it a figure */
	if (!context && o->has_unit && o->kind == DB_FIG_AMOUNT && nm->is_int && nm->mult == 1 &&
	    is_duration(o)) {
		unsigned d = lx_cp(t, len, o->end, &n);
		if (lx_is_cjk(d) && !in_set("来内间后前中里以多余左上之", d))
			return o->end;
	}
	/* 一 with a measure word and nothing else (建成一批项目, 打造一个中心,
	 * 一次办) is an article, not a count; 一个百分点, 一倍, 一成 are read
	 * through their own posts */
	if (!nm->arabic && !nm->masked && !context && o->has_unit && o->kind == DB_FIG_AMOUNT &&
	    nm->v == ONE && nm->end - nm->start <= 3)
		return o->end;
	/* masked names: **市, 品质* (a bare mask is a figure only when it
	 * stands apart: “**”, 完成**。 is too weak to tell from a name) */
	if (nm->masked && !o->has_unit && !context &&
	    (!is_punct_or_end(c) || lx_is_space(c) || lx_is_cjk(prev) || lx_is_alpha(prev)))
		return p;
	/* bare multiplier with a unit but no qualifier: 万人 in 每万人 */
	if (nm->implied_one && nm->first_unit >= 100 && !context && o->kind == DB_FIG_AMOUNT)
		return p;
	return 0;
}

static bool is_range_sep(const char *t, size_t len, size_t p, size_t *sl)
{
	size_t n;
	unsigned c = lx_at(t, len, p, &n);
	if (c == '-' || c == '~' || c == 0x2014 || c == 0x2013 || c == 0x301C || c == 0x2015 ||
	    c == 0x2212 || c == 0x81F3 /* 至 */ || c == 0x5230 /* 到 */) {
		size_t m;
		if (c == 0x2014 && lx_cp(t, len, p + n, &m) == 0x2014)
			n += m; /* —— */
		*sl = n;
		return true;
	}
	return false;
}

/* 两三万, 五六十人, 一两个: a one-character digit followed by the next digit
 * (and that digit's numeral ending there) is the left end of a range. */
static bool adjacent_range(const char *t, size_t len, const numeral *nm)
{
	size_t m, k;
	if (nm->arabic || nm->masked || nm->end - nm->start > 3)
		return false;
	int d1 = lx_cn_digit(lx_cp(t, len, nm->start, &m));
	int d2 = lx_cn_digit(lx_cp(t, len, nm->end, &k));
	/* 三五年 (three to five) is the one common pair that skips a digit */
	if (d1 <= 0 || !(d2 == d1 + 1 || (d1 == 3 && d2 == 5)))
		return false;
	numeral nx;
	if (!read_numeral(t, len, nm->end, &nx) || nx.masked || nx.arabic || nx.mult == 0)
		return false;
	/* 一二三产业: a run of digits is a list, not a range */
	return lx_cn_digit(lx_cp(t, len, nx.end, &m)) < 0;
}

/* A bare integer run into a word with nothing around it that makes it a
 * quantity (12345政务服务热线, 110指挥中心, 3大工程): a name or a code. */
static bool bare_name(const char *t, size_t len, const numeral *nm, const post *o)
{
	size_t n;
	if (!nm->arabic || nm->chinese || !nm->is_int || nm->masked || nm->more || o->has_unit)
		return false;
	unsigned c = lx_cp(t, len, nm->end, &n);
	if (!lx_is_cjk(c) || in_set("余多几至到", c))
		return false;
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
		if (lx_word(t, len, nm->end, suffixes[i].word))
			return false;
	return true;
}

/* Fill f for a numeral + post. */
static void fill_value(db_figure *f, const numeral *nm, const post *o)
{
	f->kind = o->kind;
	if (o->unit)
		set_unit(f, o->unit, o->unit_len);
	if (nm->masked) {
		f->has_value = false;
		return;
	}
	f->has_value = true;
	f->value = o->exact_ratio ? o->ratio : to_double(o->v);
}

/* One-character prefixes that are the tail of another word: 签约 节约 最近
 * 附近 赶超. */
static const struct {
	const char *word;
	const char *after;
} prefix_tails[] = {
	{ "约", "签节制预合契履特集简邀公婚" },
	{ "近", "最附靠临就亲贴" },
	{ "超", "赶高" },
	{ "达", "到发通表下传送" },
	{ "过", "通经不度超越跨错路看做有没去来胜略闯渡难" },
	{ "破", "突打冲攻爆击跌识看" },
};

static bool prefix_is_tail(const char *t, size_t len, size_t pos, const char *word)
{
	unsigned prev = lx_prev_cp(t, len, pos);
	for (size_t i = 0; i < sizeof prefix_tails / sizeof prefix_tails[0]; i++)
		if (!strcmp(word, prefix_tails[i].word))
			return in_set(prefix_tails[i].after, prev);
	return false;
}

/* Which first two bytes some prefix word starts with (a quick filter: the
 * scanner asks at nearly every character), its second and third bytes
 * (full-width punctuation，（）： shares its first two with ＞ and ＜), and
 * the bytes that are a word of their own (>: as pairs with every byte
 * after them they would fill half the filter). Made once. */
static uint64_t prefix_pairs[1024 / 64], prefix_next[1024 / 64], prefix_bytes[256 / 64];
static pthread_once_t prefix_pairs_once = PTHREAD_ONCE_INIT;

static void make_prefix_pairs(void)
{
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		const char *w = prefixes[i].word;
		unsigned char b = (unsigned char)w[0];
		if (!w[1]) {
			prefix_bytes[b / 64] |= (uint64_t)1 << (b % 64);
			continue;
		}
		lx_pair_add(prefix_pairs, w[0], w[1]);
		if (w[2])
			lx_pair_add(prefix_next, w[1], w[2]);
	}
}

/* A word of two or more CJK characters at pos with a line break after its
 * first character, where the line is hard-wrapped text (at least 20
 * characters, no table cells): 固定资产投资增\n长11.5%. Returns the bytes
 * taken, line break included, or 0. */
static size_t wrapped_word_at(const char *t, size_t len, size_t pos, const char *w)
{
	size_t wl = strlen(w), b = pos + 3, k;
	if (wl < 6 || ((unsigned char)w[0] & 0xF0) != 0xE0 || b >= len || memcmp(t + pos, w, 3))
		return 0;
	k = t[b] == '\n' ? 1 : b + 1 < len && t[b] == '\r' && t[b + 1] == '\n' ? 2 : 0;
	if (!k || b + k + (wl - 3) > len || memcmp(t + b + k, w + 3, wl - 3))
		return 0;
	return hard_wrapped(t, pos, b) ? wl + k : 0;
}

static size_t prefix_at(const char *t, size_t len, size_t pos, const prefix_word **which)
{
	size_t best = 0;
	pthread_once(&prefix_pairs_once, make_prefix_pairs);
	if (pos + 1 >= len)
		return 0;
	unsigned char b = (unsigned char)t[pos];
	if (!lx_pair_has(prefix_pairs, t[pos], t[pos + 1]) && !(prefix_bytes[b / 64] >> (b % 64) & 1))
		return 0;
	/* (a character of three bytes or more, so is the word: its second
	 * and third bytes tell full-width punctuation from ＞ and ＜) */
	if (b >= 0xE0 && (pos + 2 >= len || !lx_pair_has(prefix_next, t[pos + 1], t[pos + 2])))
		return 0;
	/* (a line break after the first character: 增\n长) */
	bool wrap = pos + 3 < len && (t[pos + 3] == '\n' || t[pos + 3] == '\r');
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t l = lx_word(t, len, pos, prefixes[i].word);
		if (!l && wrap)
			l = wrapped_word_at(t, len, pos, prefixes[i].word);
		if (l > best && !prefix_is_tail(t, len, pos, prefixes[i].word)) {
			best = l;
			*which = &prefixes[i];
		}
	}
	return best;
}

/* 翻一番, 翻了两番, 翻番: growth of (2^n - 1) × 100 %. */
static size_t doubling(const char *t, size_t len, size_t pos, double *pct)
{
	size_t n, p = pos, l;
	if (!(l = lx_word(t, len, p, "翻")))
		return 0;
	p += l;
	if ((l = lx_word(t, len, p, "了")))
		p += l;
	int times = 1;
	unsigned c = lx_at(t, len, p, &n);
	int d = lx_cn_digit(c);
	if (d > 0)
		times = d, p += n;
	else if (c >= '1' && c <= '9')
		times = (int)(c - '0'), p += n;
	if (!(l = lx_word(t, len, p, "番")))
		return 0;
	p += l;
	*pct = ((double)(1LL << times) - 1) * 100;
	return p - pos;
}

/* 基本持平 and the like: level with, about (几乎持平, 大体持平) */
static size_t about_level(const char *t, size_t len, size_t p)
{
	static const char *const about[] = { "基本持平", "几乎持平", "大体持平" };
	for (size_t i = 0; i < sizeof about / sizeof *about; i++) {
		size_t l = lx_word(t, len, p, about[i]);
		if (l)
			return l;
	}
	return 0;
}

/* 与上年持平, 同比持平, 基本持平, 持平. *word receives where the 持平 (or
 * 基本持平) itself starts: the figure as written, so that 环比 and 同比
 * stay before it for the basis. */
static size_t level_with(const char *t, size_t len, size_t pos, bool *approx, size_t *word)
{
	size_t n, p = pos, l;
	*approx = false;
	*word = pos;
	unsigned c = lx_cp(t, len, p, &n);
	if (c == 0x4E0E || c == 0x548C || c == 0x540C || c == 0x8F83 || c == 0x6BD4 || c == 0x73AF) {
		/* 与/和/同/较/比/环 … 持平 within a few characters */
		size_t q = p + n;
		for (int k = 0; k < 8 && q < len; k++) {
			*word = q;
			if ((l = about_level(t, len, q))) {
				*approx = true;
				return q + l - pos;
			}
			if ((l = lx_word(t, len, q, "持平")))
				return q + l - pos;
			unsigned d = lx_cp(t, len, q, &n);
			if (!lx_is_cjk(d) && !lx_is_digit(d))
				return 0;
			q += n;
		}
		return 0;
	}
	/* 保持平稳: steady, no figure */
	if (lx_word(t, len, p, "持平稳") && lx_prev_cp(t, len, p) == 0x4FDD /* 保 */)
		return 0;
	if ((l = about_level(t, len, p))) {
		*approx = true;
		return l;
	}
	if ((l = lx_word(t, len, p, "保持持平")))
		return l;
	return lx_word(t, len, p, "持平");
}

static void fig_init(db_figure *f, size_t pos)
{
	memset(f, 0, sizeof *f);
	f->start = f->end = f->num_start = f->num_end = pos;
	f->qualifier = DB_QUAL_EXACT;
}

/* 实现6%左右的增长, 保持在7%以上增长: after 实现 or 保持 (and 在 or 了),
 * a rate ending at end followed by 增长 or 的增长 (not 增长率, 增长点):
 * where the growth word ends, else 0. */
static size_t growth_named_after(const char *t, size_t len, size_t num, size_t end)
{
	static const char *const verbs[] = { "实现了", "实现", "保持在", "保持" };
	bool verb = false;
	for (size_t i = 0; i < sizeof verbs / sizeof *verbs && !verb; i++)
		verb = num >= strlen(verbs[i]) && lx_word(t, len, num - strlen(verbs[i]), verbs[i]);
	if (!verb)
		return 0;
	size_t q = lx_skip_space(t, len, end), l = lx_word(t, len, q, "的增长");
	if (!l)
		l = lx_word(t, len, q, "增长");
	if (!l || lx_word(t, len, q + l, "率") || lx_word(t, len, q + l, "点") ||
	    lx_word(t, len, q + l, "极"))
		return 0;
	return q + l;
}

/* Read at pos: 1 figure, 0 nothing, -1 not a figure (skip to *skip). */
static int read_figure(const char *t, size_t len, size_t pos, db_figure *f, size_t *skip)
{
	*skip = 0;
	if (db_rank_read(t, len, pos, f))
		return 1;
	fig_init(f, pos);

	size_t p = pos, l, word;
	bool approx;
	if ((l = level_with(t, len, p, &approx, &word))) {
		f->kind = DB_FIG_PERCENT;
		f->has_value = true;
		f->value = 0;
		set_unit(f, "%", 1);
		f->growth_word = true;
		f->qualifier = approx ? DB_QUAL_APPROX : DB_QUAL_EXACT;
		f->num_start = word;
		f->end = f->num_end = pos + l;
		return 1;
	}

	/* prefix words */
	db_qualifier pq = DB_QUAL_EXACT;
	bool have_pq = false, context = false;
	bool compared = false; /* 高于/低于: a bound, but before 个百分点 a gap */
	int sign = 0;
	size_t qual_at = SIZE_MAX;
	for (int k = 0; k < 6; k++) {
		const prefix_word *w = NULL;
		size_t q = lx_skip_space(t, len, p);
		l = prefix_at(t, len, q, &w);
		if (!l)
			break;
		if (w->role == P_LEVEL) {
			if (!sign && !context)
				break;
			sign = 0;
			f->growth_word = false;
			f->sign_word = 0;
		} else if (w->role == P_QUAL) {
			if (!have_pq) {
				pq = (db_qualifier)w->value;
				have_pq = true;
				qual_at = q;
				compared = !strcmp(w->word, "高于") || !strcmp(w->word, "低于");
			}
		} else if (w->role == P_SIGN) {
			sign = w->value;
			f->sign_word = sign;
			f->growth_word = true;
		}
		if (w->role != P_LINK)
			context = true; /* 了, 为, 达 alone do not make 一 or ** a figure */
		p = q + l;
	}
	p = lx_skip_space(t, len, p);

	/* 上万, 上百亿: at least */
	{
		size_t n;
		if (lx_word(t, len, p, "上") && lx_cn_unit(lx_cp(t, len, p + 3, &n)) >= 100) {
			if (!have_pq) {
				pq = DB_QUAL_AT_LEAST, have_pq = true, qual_at = p;
			}
			context = true;
			p += 3;
		}
	}

	double pct;
	if ((l = doubling(t, len, p, &pct))) {
		f->kind = DB_FIG_PERCENT;
		f->has_value = true;
		f->value = pct;
		set_unit(f, "%", 1);
		f->growth_word = true;
		f->sign_word = 1;
		f->num_start = p;
		p += l;
		size_t sl;
		for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
			if ((sl = lx_word(t, len, p, suffixes[i].word))) {
				f->qualifier = suffixes[i].q;
				p += sl;
				break;
			}
		f->end = f->num_end = p;
		return 1;
	}

	/* sign character */
	size_t n;
	bool neg = false;
	unsigned c = lx_at(t, len, p, &n);
	size_t numpos = p;
	if (c == '-' || c == 0x2212 || c == '+') {
		size_t m;
		/* 增长- 21.4%: after a sign word, a line join's space may part
		 * the sign from its number */
		size_t q = sign ? lx_skip_space(t, len, p + n) : p + n;
		if (lx_is_digit(lx_at(t, len, q, &m))) {
			neg = c != '+';
			numpos = q;
		}
	}

	numeral nm;
	if (!read_numeral(t, len, numpos, &nm))
		return 0;
	post o;
	read_post(t, len, &nm, &o);
	bool adjacent = !o.has_unit && adjacent_range(t, len, &nm);
	size_t bad = adjacent ? 0 : not_a_figure(t, len, &nm, &o, context);
	if (!bad && p == pos && numpos == p && bare_name(t, len, &nm, &o))
		bad = nm.end;
	if (bad) {
		*skip = bad;
		return -1;
	}
	if (nm.more) {
		if (!have_pq)
			pq = DB_QUAL_AT_LEAST, have_pq = true;
	}
	fill_value(f, &nm, &o);
	if (neg)
		f->value = -f->value;
	bool masked = nm.masked;
	/* 总人口为?38.44万人 in a mirror that lost bytes: a single ? (or
	 * U+FFFD) glued between a character and the digits stands for what
	 * was lost, perhaps a digit: the value is not known */
	if (!masked && nm.arabic && numpos >= 2 &&
	    ((t[numpos - 1] == '?' && t[numpos - 2] != '?' && !lx_is_space((unsigned char)t[numpos - 2])) ||
	     (numpos >= 4 && !memcmp(t + numpos - 3, "\xEF\xBF\xBD", 3) && !lx_is_space((unsigned char)t[numpos - 4]))))
		masked = true;
	size_t end = o.end;

	/* 余/多 between the number and its unit: 2000余人次, 30多家 */
	if (!o.has_unit) {
		size_t q = end;
		unsigned d = lx_cp(t, len, q, &n);
		if (d == 0x4F59 || d == 0x591A) {
			numeral tmp = nm;
			tmp.end = q + n;
			post o2;
			read_post(t, len, &tmp, &o2);
			if (o2.has_unit) {
				if (!have_pq)
					pq = DB_QUAL_AT_LEAST, have_pq = true;
				o = o2;
				fill_value(f, &nm, &o);
				if (neg)
					f->value = -f->value;
				end = o.end;
			}
		}
	}

	/* range: 3-5万元, 两到三万, 10%～15% */
	bool range = false;
	{
		size_t sl = 0, q = adjacent ? end : lx_skip_space(t, len, end);
		numeral nm2;
		if (!masked && (adjacent || is_range_sep(t, len, q, &sl)) &&
		    read_numeral(t, len, lx_skip_space(t, len, q + sl), &nm2) && !nm2.masked &&
		    nm2.arabic == nm.arabic) {
			post o2;
			read_post(t, len, &nm2, &o2);
			bool same = !o.has_unit || !o2.has_unit ||
				    (o.kind == o2.kind && o.unit_len == o2.unit_len &&
				     memcmp(o.unit, o2.unit, o.unit_len) == 0);
			/* 三四线城市: the right end of two neighbouring digits must
			 * stand as a quantity on its own */
			size_t bad2 = not_a_figure(t, len, &nm2, &o2, adjacent ? context : true);
			bool years = nm.int_digits == 4 && nm2.int_digits == 4 && nm.is_int &&
				     nm2.is_int && nm.v >= 1900 * ONE && nm.v <= 2100 * ONE &&
				     nm2.v >= 1900 * ONE && nm2.v <= 2100 * ONE;
			if (years || (bad2 && !o.has_unit)) {
				/* 2021-2022, 1-4月: the whole range is a date */
				*skip = bad2 ? bad2 : nm2.end;
				return -1;
			}
			/* 0.7%-0.5%: a dash between two figures that both carry
			 * their unit, the right one the smaller, is the minus sign
			 * of the next figure (a list that lost its 、), not a
			 * range: ranges are written low to high */
			size_t dn;
			unsigned dc = adjacent ? 0 : lx_cp(t, len, q, &dn);
			bool minus_next = (dc == '-' || dc == 0x2212) && o.has_unit && o2.has_unit &&
					  same && o2.v < o.v;
			if (!bad2 && !minus_next && ((o2.has_unit && same) || (!o.has_unit && !o2.has_unit))) {
				i128 lo = o.v;
				/* the multiplier of the right end applies to a bare left end
				 * (3-5万, 两到三万), not a place value standing alone (五到十) */
				if (nm.mult == 1 && nm2.mult > 1 && !o.has_unit && !nm2.implied_one)
					lo = nm.v * nm2.mult;
				if (!o.has_unit && o2.scale > 0)
					lo *= 10; /* 两到三成 */
				else if (!o.has_unit && o2.scale < 0)
					lo /= 10;
				post lo_post = o2;
				lo_post.v = lo;
				if (!o.has_unit)
					o = lo_post;
				else
					o.v = lo;
				fill_value(f, &nm, &o);
				if (neg)
					f->value = -f->value;
				post hi = o2;
				db_figure tmp;
				fig_init(&tmp, 0);
				fill_value(&tmp, &nm2, &hi);
				f->has_max = true;
				f->max = tmp.value;
				if (o2.has_unit && !o.has_unit)
					set_unit(f, o2.unit, o2.unit_len);
				end = hi.end;
				o.has_unit = o.has_unit || o2.has_unit;
				range = true;
			}
		}
	}

	/* suffix qualifiers: 左右 以上 以内 … */
	db_qualifier sq = DB_QUAL_EXACT;
	bool have_sq = false;
	{
		size_t q = lx_skip_space(t, len, end), best = 0;
		bool framed = false;
		for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
			size_t sl = lx_word(t, len, q, suffixes[i].word), mn;
			/* 增长11.8% 多项指标居前: after a figure that has its unit,
			 * 多 before a measure word counts the next noun (多项, 多个,
			 * 多家), no more-than of the figure */
			if (sl && o.has_unit && !strcmp(suffixes[i].word, "多") &&
			    in_set("项个家种类批条位名", lx_cp(t, len, q + sl, &mn)))
				continue;
			if (sl > best) {
				/* 多 and 余 after a unit only for time and counts: 3年多 */
				best = sl;
				sq = suffixes[i].q;
				framed = !strncmp(suffixes[i].word, "的", strlen("的"));
			}
		}
		if (best) {
			have_sq = true;
			/* (的目标范围之内 stays words after the figure: the target's) */
			end = framed ? end : q + best;
		}
	}

	/* direction verb: 下降5.1 → -5.1; 增长1倍 → 100 % */
	if (sign && f->has_value) {
		if (o.kind == DB_FIG_MULTIPLE && sign > 0) {
			f->kind = DB_FIG_PERCENT;
			f->value = db_rescale(f->value, 2); /* (exact: 1.1倍 is 110 %) */
			if (range)
				f->max = db_rescale(f->max, 2);
			set_unit(f, "%", 1);
		}
		if (sign < 0 && f->value > 0) {
			f->value = -f->value;
			if (range)
				f->max = -f->max;
		}
		if (range && f->max < f->value) {
			double x = f->value;
			f->value = f->max;
			f->max = x;
		}
	}

	if (masked) {
		f->qualifier = DB_QUAL_MASKED;
		f->has_value = false;
		f->has_max = false;
	} else if (range) {
		f->qualifier = DB_QUAL_RANGE;
	} else if (have_pq && !(compared && f->kind == DB_FIG_PP)) {
		f->qualifier = pq;
	} else if (have_sq) {
		f->qualifier = sq;
	}
	/* 实现6%左右的增长, 保持7%以上增长: the growth named after its rate */
	size_t gl;
	if (!sign && !f->growth_word && f->kind == DB_FIG_PERCENT && !range &&
	    (gl = growth_named_after(t, len, numpos, end)) != 0) {
		f->growth_word = true;
		f->sign_word = 1;
		end = gl;
	}
	f->num_start = qual_at != SIZE_MAX && qual_at >= pos ? qual_at : nm.start;
	if (qual_at != SIZE_MAX && sign)
		f->num_start = nm.start;
	if (numpos != p)
		f->num_start = p;
	f->num_end = end;
	f->end = end;
	return 1;
}

/* Qualifiers set apart from their figure by what it is a part of:
 * 约占全市的三分之一, 总量约为全省的1/5, 不足全省的十分之一. Words marked
 * "of" hold only when the gap ends in 的 (超过全省平均水平2.1个百分点
 * compares, it does not bound). */
static const struct {
	const char *word;
	db_qualifier q;
	bool of;
} detached[] = {
	{ "约占", DB_QUAL_APPROX, false },   { "约为", DB_QUAL_APPROX, false },
	{ "约有", DB_QUAL_APPROX, false },   { "约是", DB_QUAL_APPROX, false },
	{ "约达", DB_QUAL_APPROX, false },   { "近占", DB_QUAL_APPROX, false },
	{ "接近", DB_QUAL_APPROX, true },    { "将近", DB_QUAL_APPROX, true },
	{ "不足", DB_QUAL_AT_MOST, true },   { "不到", DB_QUAL_AT_MOST, true },
	{ "超过", DB_QUAL_AT_LEAST, true },  { "超", DB_QUAL_AT_LEAST, true },
};

/* A detached qualifier before f (never before floor): the gap between it
 * and the figure is a short run of Chinese words without numerals or
 * punctuation. */
static void detached_qualifier(const char *t, size_t len, size_t floor, db_figure *f)
{
	if (f->kind == DB_FIG_RANK || f->qualifier != DB_QUAL_EXACT || !f->has_value ||
	    f->sign_word != 0)
		return;
	bool of = lx_prev_cp(t, len, f->start) == 0x7684; /* 的 */
	size_t q = f->start, n;
	for (int k = 0; k < 14 && q > floor; k++) {
		q = lx_prev(t, q);
		unsigned c = lx_cp(t, len, q, &n);
		if (!lx_is_cjk(c) || lx_cn_digit(c) >= 0 || lx_cn_unit(c))
			return;
		for (size_t i = 0; i < sizeof detached / sizeof detached[0]; i++) {
			size_t l = lx_word(t, len, q, detached[i].word);
			if (l && q + l <= f->start && (of || !detached[i].of) &&
			    !prefix_is_tail(t, len, q, detached[i].word)) {
				f->qualifier = detached[i].q;
				return;
			}
		}
	}
}

int db_figure_read(const char *text, size_t len, size_t pos, db_figure *f)
{
	size_t skip;
	return read_figure(text, len, pos, f, &skip) == 1;
}

/* First characters of every word that can open a figure or a rank (the
 * prefix table above, the rank verbs, scope heads, tiers and top words of
 * ranks.c, the 持平 and 翻番 phrases), sorted for a binary search. The test
 * test_readers_tables checks that it covers every table word. */
static const unsigned starters[] = {
	0x003C, 0x003E, 0x2264, 0x2265, /* < > ≤ ≥ */
	0x4E0A, 0x4E0B, 0x4E0D, 0x4E0E, 0x4E1C, 0x4E2D, 0x4E3A, 0x4E4B,
	0x4E86, 0x4EAC, 0x4EC5, 0x4ECD, 0x4F4D, 0x4F4E, 0x4FDD, 0x5168,
	0x5171, 0x51C0, 0x51CF, 0x51E0, 0x5206, 0x5217, 0x5230, 0x524D,
	0x526F, 0x5317, 0x533A, 0x5347, 0x5357, 0x53BF, 0x53EF, 0x5404,
	0x5408, 0x540C, 0x540D, 0x548C, 0x56DE, 0x5728, 0x5730, 0x5747,
	0x57FA, 0x589E, 0x5904, 0x591A, 0x5927, 0x59CB, 0x5C06, 0x5C0F,
	0x5C11, 0x5C45, 0x5DF2, 0x5E02, 0x603B, 0x6269, 0x6301, 0x633A,
	0x6392, 0x63A5, 0x63A7, 0x63D0, 0x6500, 0x6570, 0x65B0, 0x664B,
	0x6700, 0x699C, 0x6BD4, 0x6CBF, 0x6DA8, 0x73AF, 0x73E0, 0x767E,
	0x7701, 0x7834, 0x7A33, 0x7A81, 0x7AD9, 0x7B2C, 0x7CA4, 0x7D2F,
	0x7EA6, 0x7EE7, 0x7F29, 0x7FFB, 0x81F3, 0x8363, 0x83B7, 0x840E,
	0x8749, 0x897F, 0x8D1F, 0x8D85, 0x8DC3, 0x8DCC, 0x8DE8, 0x8DFB,
	0x8F83, 0x8FBE, 0x8FC7, 0x8FC8, 0x8FD1, 0x8FDB, 0x8FDE, 0x903E,
	0x957F, 0x964D, 0x96C4, 0x9884, 0x9886, 0x9996, 0x9AD8, 0x9EC4,
	0xFF1C, 0xFF1E, /* ＜ ＞ */
};

static bool is_starter(unsigned cp)
{
	size_t lo = 0, hi = sizeof starters / sizeof starters[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (starters[mid] == cp)
			return true;
		if (starters[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* Anchors: every figure holds a numeral, a mask, or one of a few words
 * (持平, 翻番, 首位, 最优, 前列, 上游, 领跑 …), and starts at most a few characters
 * before it (prefix words), or a few dozen for a rank (verb and scope). So
 * the scanner only tries positions in a window before each anchor. */
static int anchor_window(const char *t, size_t len, size_t p, unsigned raw, size_t n)
{
	unsigned c = lx_fold(raw);
	if (raw == 0x6700) { /* 最: only 最优, 最快, 最高 (为全市最优) */
		size_t m;
		unsigned next = lx_cp(t, len, p + n, &m);
		return next == 0x4F18 || next == 0x5FEB || next == 0x9AD8 ? 32 : 0;
	}
	if (lx_is_digit(c) || c == '*' || c == 0xD7 || c == 'X' || c == 'x' ||
	    lx_cn_digit(raw) >= 0 || lx_cn_unit(raw) || raw == 0x6301 /* 持 */ ||
	    raw == 0x7FFB /* 翻 */ || raw == 0x51E0 /* 几 */) {
		/* 全国城市排名跃升到52位: a number after a move (到, 至) may be
		 * a rank, whose verb and scope start farther back */
		bool moved = p >= 3 && (lx_word(t, len, p - 3, "到") || lx_word(t, len, p - 3, "至"));
		/* 在全省排名上升5位、位居第3位: a count of places after a move
		 * word, the rank reached after it */
		moved = moved || db_rank_move_word_before(t, len, p);
		return moved ? 32 : 8;
	}
	if (raw == 0x7B2C /* 第 */ || raw == 0x524D /* 前 */ || raw == 0x9996 /* 首 */ ||
	    raw == 0x6E38 /* 游 */)
		return 32;
	if (raw == 0x8DD1 /* 跑: 领跑全市 */)
		return 1;
	return 0;
}

int db_figure_next(const char *text, size_t len, size_t pos, db_figure *f)
{
	size_t tried = pos, scan = pos, n;
	while (scan < len) {
		unsigned raw = lx_cp(text, len, scan, &n);
		int w = anchor_window(text, len, scan, raw, n);
		if (!w) {
			scan += n ? n : 1;
			continue;
		}
		/* back up w characters, never before what was tried already */
		size_t p = scan;
		for (int k = 0; k < w && p > tried; k++)
			p = lx_prev(text, p);
		if (p < tried)
			p = tried;
		bool skipped = false;
		while (p <= scan) {
			size_t skip, m;
			unsigned c = lx_cp(text, len, p, &m);
			if (!anchor_window(text, len, p, c, m) && !is_starter(c) && lx_fold(c) != '-' && lx_fold(c) != '+' &&
			    c != 0x2212) {
				p += m ? m : 1;
				continue;
			}
			int r = read_figure(text, len, p, f, &skip);
			/* 增速四城区第二: a bare number after a rate word that
			 * counts the places of a rank's scope is that rank's */
			db_figure g;
			if (r == 1 && f->kind == DB_FIG_AMOUNT && !f->unit[0] && f->num_start > p &&
			    f->num_end > f->num_start && db_rank_read(text, len, f->num_start, &g) &&
			    g.start == f->num_start &&
			    !strncmp(g.scope, text + f->num_start, f->num_end - f->num_start))
				*f = g;
			if (r == 1) {
				detached_qualifier(text, len, pos, f);
				return 1;
			}
			if (r < 0 && skip > p) {
				tried = scan = skip;
				skipped = true;
				break;
			}
			lx_cp(text, len, p, &m);
			p += m ? m : 1;
		}
		if (!skipped)
			tried = scan = p;
	}
	return 0;
}
