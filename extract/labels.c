/* labels.c - which catalog labels a clause names: a label glued to words
 * that make it something else (食品工业增加值, 规上工业企业营业收入), the 城镇
 * and 农村 halves of 城乡…, a word before 、 that shares a label's tail
 * (城镇、农村居民…), 第一、二、三产业… lists, lists of words that share
 * one tail (教育、社会保障和就业等支出分别增长…), and 存贷余额. */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/numfmt.h"
#include "core/units.h"
#include "extract/readers_lex.h"
#include "extract/walk.h"

/* A label glued to these words names something else: 食品工业增加值 is not
 * 工业增加值, 市场主体密度 is not 市场主体. */
static const char *const label_foreign_before[] = { "品", "业", "类" };

/* A kind of economy before 经济 (数字经济增长, 新经济增长): that economy's
 * growth, not the place's (经济增长 is the GDP's after a subject or a
 * verb: 全县经济增长, 预计经济增长). 民营 and 非公 are words.json's. */
static const char *const economy_kinds[] = {
	"新", "数字", "海洋", "实体", "夜间", "飞地", "枢纽", "平台", "低空",
	"银发", "冰雪", "林下", "循环", "总部", "楼宇", "首店", "假日", "会展",
};

/* 第一、二、三产业增加值分别增长4.1%、6.2%和4.5%: one name for three
 * metrics; 第二、三产业增加值分别为…: for two. The spellings of the list,
 * and which of the three industries each names (bit 0 第一产业, bit 1
 * 第二产业, bit 2 第三产业). Without 分别 a list names the industries
 * together (二三产业增加值合计90亿元): no one industry's figure. */
static const char *const industry_lists[] = {
	"第一、第二、第三产业", "第一、二、三产业", "一、二、三产业", "一二三产业", "三次产业",
	"一、二、三产", /* (其中一、二、三产增加值分别增长…: 一产, 二产, 三产) */
	"第一、第二产业", "第一、二产业", "一、二产业", "一二产业",
	"第二、第三产业", "第二、三产业", "二、三产业", "二三产业", "二、三产",
};
/* the longest spelling's bytes, less the 产 it holds */
#define INDUSTRY_LIST_MAX (sizeof "第一、第二、第三产业" - 1 - 3)
static const unsigned char industry_list_members[] = { 7, 7, 7, 7, 7, 7, 3, 3, 3, 3, 6, 6, 6, 6, 6 };
_Static_assert(sizeof industry_list_members == sizeof industry_lists / sizeof *industry_lists,
	       "one member set per industry list");

static const char *const industry_names[] = { "第一产业", "第二产业", "第三产业" };

/* what may follow the list and still name a metric with each name */
static const char *const industry_suffixes[] = { "增加值", "" };

/* verbs that may split a label (规模以上工业累计完成工业增加值) */
static const char *const split_verbs[] = { "累计完成", "累计实现", "共完成", "实现", "完成" };

/* 产值前十名企业共实现…, 前20强企业完成…, 营收前30位的企业实现…: do the
 * firms at the top of a ranking (前, a number, 名/强/位/家, 的, 企业, then 共
 * or 合计) end right before t[at], from s on? Their figure is a part. */
static bool ranked_firms_before(const char *t, size_t s, size_t at)
{
	static const char *const sums[] = { "共", "合计" };
	static const char *const places[] = { "名", "强", "位", "家" };
	static const char *const numerals = "一二三四五六七八九十百两";
	size_t p = at;
	for (size_t i = 0; i < NWORDS(sums); i++)
		if (ends_with_any(t, s, p, &sums[i], 1)) {
			p -= strlen(sums[i]);
			break;
		}
	if (!ends_with_any(t, s, p, (const char *const[]){ "企业" }, 1))
		return false;
	p -= strlen("企业");
	if (ends_with_any(t, s, p, (const char *const[]){ "的" }, 1))
		p -= strlen("的");
	if (!ends_with_any(t, s, p, places, NWORDS(places)))
		return false;
	p -= 3;
	size_t digits = p;
	while (digits > s && ((t[digits - 1] >= '0' && t[digits - 1] <= '9') ||
			      (digits >= s + 3 && memmem(numerals, strlen(numerals), t + digits - 3, 3))))
		digits -= (t[digits - 1] >= '0' && t[digits - 1] <= '9') ? 1 : 3;
	return digits < p && digits >= s + 3 && has_word_at(t, p, digits - 3, "前");
}

/* The length of the split verb that ends right before t[at], from s on
 * (the longest: 累计完成 before 完成), or 0. */
static size_t split_verb_before(const char *t, size_t s, size_t at)
{
	for (size_t i = 0; i < NWORDS(split_verbs); i++) {
		size_t n = strlen(split_verbs[i]);
		if (at >= s + n && has_word_at(t, at, at - n, split_verbs[i]))
			return n;
	}
	return 0;
}

/* Does the clause of the label, or the 、 list the label is an item of,
 * open with a word of applied_leads (申报…企业N家、…企业M家)? The list is
 * followed back over the items before the label's, joined by 、. */
static bool applied_count(const walk *w, const db_clause *c, const db_label *l)
{
	static const char *const ends[] = { "、", "，", "。", "；", "：", "\n", "," };
	const char *t = w->text;
	for (size_t p = c->start, q;; p = q) {
		if (word_at(t, l->start, p, WL(w, DB_W_APPLIED_LEADS)))
			return true;
		if (p < 3 || !has_word_at(t, p, p - 3, "、"))
			return false;
		for (q = p - 3; q > 0 && c->start - q < 150 &&
				!ends_with_any(t, q > 3 ? q - 3 : 0, q, ends, NWORDS(ends));
		     q--)
			;
	}
}

/* Does a word opened by 非 end right before t[at] (非矿工业增加值,
 * 非公有制工业增加值: the part of industry outside mining, outside public
 * ownership; 非 right before the label is in words.json)? The word is two
 * to four characters, all CJK, from s on. */
static bool negated_part(const char *t, size_t s, size_t at)
{
	for (size_t k = 2; k <= 4; k++) {
		size_t p = at >= 3 * k ? at - 3 * k : (size_t)-1;
		if (p == (size_t)-1 || p < s)
			break;
		if (!cjk_only(t, p, at))
			break;
		if (has_word_at(t, at, p, "非"))
			return true;
	}
	return false;
}

/* Is the first number in t[p, e) an amount of money (亿元, 万元, 元,
 * 美元 after its digits), or a percentage with no word of growth before
 * it (亏损面12.5%, 产品销售率为96.4%: a rate of the firms)? */
static bool other_amount_follows(const char *t, size_t p, size_t e)
{
	static const char *const money[] = { "亿元", "万元", "千元", "元", "亿美元", "万美元", "美元" };
	size_t from = p;
	while (p < e && !(t[p] >= '0' && t[p] <= '9'))
		p++;
	if (p >= e)
		return false;
	size_t num = p;
	while (p < e && ((t[p] >= '0' && t[p] <= '9') || t[p] == '.'))
		p++;
	for (size_t i = 0; i < NWORDS(money); i++)
		if (has_word_at(t, e, p, money[i]))
			return true;
	/* …工业生产用电量3.2万千瓦时, …能源消费量5.1万吨标准煤, …从业人员2.3万人:
	 * an amount of something the firms use or employ, not of firms */
	static const char *const mult[] = { "万", "亿", "千" };
	static const char *const things[] = { "千瓦时", "千瓦小时", "吨", "吨标准煤", "立方米",
					      "人" };
	size_t u = p;
	for (size_t i = 0; i < NWORDS(mult); i++)
		if (has_word_at(t, e, u, mult[i]) && !has_word_at(t, e, u, "千瓦")) {
			u += strlen(mult[i]);
			break;
		}
	if (db_longest_word_at(t, u, e, things, NWORDS(things), NULL))
		return true;
	return (has_word_at(t, e, p, "%") || has_word_at(t, e, p, "％")) &&
	       db_find_growth(t, from, num) == (size_t)-1;
}

/* Is l the bare name of trade (出口, 进口, 进出口) glued to a good's name,
 * before it (服装出口超…, 铁矿砂进口…) or after it (进口原油同比增长…):
 * that good's trade, a part? Before it may stand words of time, of place,
 * of a verb, or of the kind of trade (全年出口, 1-5月份进口, 实现进出口, 其中出口,
 * 自营出口, 货物进出口, 进口和出口); after it a good's name holding 品,
 * not a measure or a verb (出口额, 进出口商品总额, 出口完成). */
static bool good_traded(const walk *w, const db_clause *c, const db_label *l)
{
	static const char *const bare[] = { "进出口", "出口", "进口" };
	static const char *const heads[] = { "年", "月", "份", "度", "来", "期", "计", "现", "成",
					     "中", "营", "物", "品", "易", "外", "市", "县", "区",
					     "州", "旗", "省", "内", "的", "总", "和", "及",
					     "与", "岸" /* (…口岸进出口: a port, subjects.c) */ };
	static const char *const tails[] = { "总额", "总值", "额", "值", "商品", "贸易", "完成",
					     "实现", "达到", "达", "超过", "超", "近", "约", "为",
					     "分别", "合计", "累计", "共", "规模", "金额", "方面",
					     "依存度", "增速", "增幅", "占" };
	const char *t = w->text;
	size_t which;
	/* (the label is one of them, whole) */
	if (db_longest_word_at(t, l->start, l->end, bare, NWORDS(bare), NULL) != l->end - l->start)
		return false;
	if (l->start >= c->start + 3 && cjk_at(t, l->start - 3) &&
	    !db_longest_word_at(t, l->start - 3, l->start, heads, NWORDS(heads), &which))
		return true;
	/* (after it only a good's name that holds 品: 进口农产品, 出口机电产品;
	 * 出口保持增长 is the trade's own) */
	size_t q = l->end, e = q;
	while (e + 3 <= c->end && cjk_at(t, e) && db_find_growth(t, e, c->end) != e)
		e += 3;
	return e > q && !db_longest_word_at(t, q, c->end, tails, NWORDS(tails), &which) &&
	       contains_any(t, q, e, (const char *const[]){ "品" }, 1);
}

static size_t verb_noun_label(const walk *w, const db_clause *c, const db_label *l, size_t *qs,
			      size_t *qe);

static const char *const industry_verbs[] = { "完成", "实现" };

/* 电子产业完成工业增加值718亿元: an industry (…产业, …行业) followed by a
 * verb before the label owns the figure, as it does right before the label
 * (电子产业工业增加值): a part, not the whole */
static bool industry_verb_before(const walk *w, size_t s, size_t e)
{
	static const char *const kinds[] = { "产业", "行业" };
	const char *t = w->text;
	size_t k = word_ending_at(t, s, e, industry_verbs, NWORDS(industry_verbs), NULL);
	if (!k)
		return false;
	/* (N个行业当月实现工业增加值…: a period word between the industries and
	 * the verb, words.json carried_leads) */
	size_t v = e - k, p = word_ending_at(t, s, v, WORDS(w, DB_W_CARRIED_LEADS), NULL);
	return ends_with_any(t, s, v, kinds, NWORDS(kinds)) ||
	       (p && ends_with_any(t, s, v - p, kinds, NWORDS(kinds)));
}

/* 规模以上风电企业完成发电量N亿千瓦时: the firms of a trade, then a verb,
 * before the label own the figure as they do right before it (风电企业发电量:
 * 业 before a label names something else), unless they are the firms that
 * report the label (规模以上工业企业, words.json label_group_before) or a
 * catalog label ends right before the verb (规上工业完成…, 建筑业完成…) */
static bool trade_verb_before(const walk *w, const db_clause *c, const db_label *l)
{
	const char *t = w->text;
	size_t k = word_ending_at(t, c->start, l->start, industry_verbs, NWORDS(industry_verbs), NULL);
	if (!k || l->start - k <= c->start)
		return false;
	size_t v = l->start - k;
	if (!ends_with_any(t, c->start, v, WORDS(w, DB_W_TRADE_FIRMS)) ||
	    ends_with_any(t, c->start, v, WORDS(w, DB_W_LABEL_GROUP_BEFORE)) ||
	    db_own_zone_before(w, c->start, v))
		return false;
	size_t j = db_label_at(w->labels, c->start);
	for (; j < w->labels->len && w->labels->items[j].start < v; j++)
		if (w->labels->items[j].end == v)
			return false;
	return true;
}

/* …风电企业完成发电量N亿千瓦时，同比增长a%，当月完成发电量M亿千瓦时: a
 * label with only a period (words.json carried_leads, digits) and 完成 or
 * 实现 before it in its clause, after the firms of a trade (trade_firms)
 * named in an earlier clause of the sentence and no self name (全县, 全市)
 * since, is still that trade's: a part */
static bool trade_carried(const walk *w, const db_clause *c, const db_label *l)
{
	const char *t = w->text;
	size_t k = word_ending_at(t, c->start, l->start, industry_verbs, NWORDS(industry_verbs), NULL);
	if (!k || w->sentence_start >= c->start)
		return false;
	const char *word;
	for (size_t p = c->start; p < l->start - k; p += word ? strlen(word) : 1)
		if (!((word = word_at(t, l->start - k, p, WL(w, DB_W_CARRIED_LEADS)))) &&
		    !(t[p] >= '0' && t[p] <= '9') && t[p] != '-')
			return false;
	size_t f = (size_t)-1, which;
	for (size_t p = w->sentence_start, g;
	     (g = db_words_find(t, p, c->start, WL(w, DB_W_TRADE_FIRMS), &which)) != (size_t)-1;)
		p = (f = g) + strlen(WL(w, DB_W_TRADE_FIRMS)->items[which]);
	return f != (size_t)-1 &&
	       db_words_find(t, f, c->start, WL(w, DB_W_SELF_SUBJECTS), &which) == (size_t)-1;
}

/* 石材产量达到N万吨，同比增长a%，实现工业增加值同比增长b%: a bare
 * 工业增加值, with only 实现 or 完成 before it in its clause, after a
 * product's output with its figure earlier in the sentence (words.json
 * product_outputs) is the value added of that product's industry, a part */
static bool product_output_before(const walk *w, const db_clause *c, const db_label *l)
{
	const char *t = w->text;
	const db_metric *m = l->metric != (size_t)-1 ? &w->x->catalog->items[l->metric] : NULL;
	if (!m || strcmp(m->id, "total_industry_va") || w->sentence_start >= c->start)
		return false;
	size_t k = word_ending_at(t, c->start, l->start, industry_verbs, NWORDS(industry_verbs), NULL);
	if (l->start - k != c->start)
		return false;
	for (size_t p = w->sentence_start, n, which; p < c->start; p++) {
		size_t f = db_words_find(t, p, c->start, WL(w, DB_W_PRODUCT_OUTPUTS), &which);
		if (f == (size_t)-1)
			return false;
		n = strlen(WL(w, DB_W_PRODUCT_OUTPUTS)->items[which]);
		size_t q = f + n;
		/* (its figure before the next comma; no ； between it and the clause) */
		while (q < c->start && !(t[q] >= '0' && t[q] <= '9') && t[q] != ',' &&
		       !has_word_at(t, c->start, q, "，") && !has_word_at(t, c->start, q, "；") && t[q] != ';')
			q++;
		if (q < c->start && t[q] >= '0' && t[q] <= '9' &&
		    find_any(t, q, c->start, (const char *const[]){ "；", ";" }, 2, NULL) == (size_t)-1)
			return true;
		p = f + n - 1;
	}
	return false;
}

bool db_named_after_count(const walk *w, const db_label *l, const db_label *a, const db_figure *f)
{
	if (!a || a->metric == (size_t)-1 || f->kind != DB_FIG_AMOUNT || !f->unit[0] ||
	    !db_unit_compatible(f->unit, metric_of(w, a)->unit))
		return false;
	return !l || (l->metric != (size_t)-1 && !db_unit_compatible(f->unit, metric_of(w, l)->unit));
}

/* Is the label part of a longer name of something else (食品工业增加值,
 * 市场主体密度)? */
bool db_label_glued(const walk *w, const db_clause *c, const db_label *l)
{
	if (good_traded(w, c, l))
		return true;
	/* bare 服务业 is the tertiary industry's only where it opens its
	 * clause (after the place's own name at most) and its growth follows
	 * at once (服务业增长3.5%, 全省服务业同比增长4%); elsewhere it ends a
	 * part's name (租赁和商务服务业, 规模以上服务业重点行业营业收入) */
	if (l->end == l->start + strlen("服务业") && has_word_at(w->text, l->end, l->start, "服务业")) {
		size_t g = l->end;
		if (has_word_at(w->text, c->end, g, "同比"))
			g += strlen("同比");
		if ((l->start != c->start &&
		     db_self_name_len(w, c->start, l->start) != l->start - c->start) ||
		    db_find_growth(w->text, g, c->end) != g)
			return true;
	}
	/* 规模以上工业企业原煤产量: the enterprises that report the label's
	 * figure; but before a count of firms (工业企业市场主体, a unit of 家
	 * or 户) they name a part of the count */
	const db_metric *m = l->metric != (size_t)-1 ? &w->x->catalog->items[l->metric] : NULL;
	bool firms = m && m->unit && (!strcmp(m->unit, "家") || strstr(m->unit, "户"));
	bool group = !firms &&
		     ends_with_any(w->text, c->start, l->start, WORDS(w, DB_W_LABEL_GROUP_BEFORE));
	/* 申报高新技术企业N家, 申报…企业N家、…企业M家: firms that applied for
	 * the title, not those holding it (words.json applied_leads) */
	if (firms && applied_count(w, c, l))
		return true;
	/* 规上工业战略性新兴产业增加值: a value added of a part of industry
	 * that the industry's name heads is still that part's (not 工业增加值
	 * after it: the whole again) */
	static const char *const industry_heads[] = { "规模以上工业", "规上工业" };
	if (!group && l->end >= l->start + 9 && has_word_at(w->text, l->end, l->end - 9, "增加值") &&
	    !has_word_at(w->text, l->end, l->start, "工业") &&
	    ends_with_any(w->text, c->start, l->start, industry_heads, NWORDS(industry_heads)))
		group = true;
	/* 规上工业战略性新兴产业增加值, 规模以上工业综合能源消费量: a bare name of
	 * industry right before another catalog label heads that label's
	 * figure, it names none of its own */
	if (l->end >= l->start + 6 && has_word_at(w->text, l->end, l->end - 6, "工业")) {
		size_t j = db_label_at(w->labels, l->end);
		if (j < w->labels->len && w->labels->items[j].start == l->end &&
		    !has_word_at(w->text, w->labels->items[j].end, l->end, "工业"))
			return true; /* (规模以上工业工业增加值: the whole, said twice) */
		/* 规上工业六大主导产业增加值, 规上工业高耗能行业增加值: a group of
		 * industries the name heads, its value added no catalog name;
		 * so its output (规模以上工业食品产业工业总产值, 规上工业建材行业
		 * 产值) or its growth alone (规模以上工业纺织产业增长): the
		 * ideographs right after the name hold the industry, a part,
		 * not the whole */
		const char *t = w->text;
		size_t lim = l->end + 30 < c->end ? l->end + 30 : c->end, r = l->end;
		while (r + 3 <= lim && cjk_at(t, r))
			r += 3;
		if (r > l->end && (memmem(t + l->end, r - l->end, "产业", strlen("产业")) ||
				   memmem(t + l->end, r - l->end, "行业", strlen("行业"))))
			return true;
	}
	/* 能源工业增加值: the energy industries' value added (能源 before
	 * any other label, as in 能源能耗总量, names no part) */
	bool energy = l->start >= c->start + 6 &&
		      has_word_at(w->text, l->start, l->start - 6, "能源") &&
		      has_word_at(w->text, l->end, l->start, "工业");
	if (l->start > c->start && !group &&
	    (energy ||
	     ends_with_any(w->text, c->start, l->start, label_foreign_before,
			   NWORDS(label_foreign_before)) ||
	     ends_with_any(w->text, c->start, l->start, WORDS(w, DB_W_LABEL_FOREIGN_BEFORE))) &&
	    !db_own_zone_before(w, c->start, l->start))
		return true;
	if (l->start > c->start && !group && negated_part(w->text, c->start, l->start))
		return true;
	if (l->start > c->start && !group && industry_verb_before(w, c->start, l->start))
		return true;
	if (product_output_before(w, c, l))
		return true;
	if (trade_verb_before(w, c, l) || trade_carried(w, c, l))
		return true;
	if (l->start > c->start && has_word_at(w->text, l->end, l->start, "经济") &&
	    ends_with_any(w->text, c->start, l->start, economy_kinds, NWORDS(economy_kinds)))
		return true;
	/* 国税收入, 地税收入, 个税收入, 增值税收入: 税收 cut out of one tax's
	 * 收入 (X税 + 收入), a part of the taxes, not the taxes (两税收入,
	 * 国地税收入: both bureaus' taxes, all of them) */
	if (l->end >= l->start + 6 && has_word_at(w->text, l->end, l->end - 6, "税收") &&
	    has_word_at(w->text, c->end, l->end, "入") &&
	    !(l->start >= c->start + 3 && has_word_at(w->text, l->start, l->start - 3, "两")) &&
	    !(l->start >= c->start + 6 && has_word_at(w->text, l->start, l->start - 6, "国地")))
		return true;
	/* 规模以上工业企业资产总计…亿元, …亏损面…%: a count of firms whose
	 * clause's first figure is money or a rate names something of theirs */
	/* (规模以上工业企业完成工业总产值: the firms' output, verb_noun_label) */
	size_t vq, ve;
	if (firms && other_amount_follows(w->text, l->end, c->end) &&
	    verb_noun_label(w, c, l, &vq, &ve) == (size_t)-1)
		return true;
	/* 五个省级园区实现工业增加值…: those words before the label's verb */
	for (size_t i = 0; i < NWORDS(split_verbs); i++) {
		size_t n = strlen(split_verbs[i]);
		if (l->start >= c->start + n + 3 &&
		    has_word_at(w->text, l->start, l->start - n, split_verbs[i]) &&
		    ends_with_any(w->text, c->start, l->start - n, WORDS(w, DB_W_LABEL_FOREIGN_BEFORE)) &&
		    !db_own_zone_before(w, c->start, l->start - n))
			return true;
	}
	/* 限额以上单位实现社会消费品零售额, 限上企业零售额: the firms over the
	 * threshold, a part of the sales, with 单位 or 企业 (and a verb)
	 * between them and the label */
	static const char *const threshold[] = { "限额以上", "限上" };
	static const char *const units[] = { "单位", "企业" };
	size_t at = l->start - split_verb_before(w->text, c->start, l->start);
	if (at >= c->start + 6 && ends_with_any(w->text, c->start, at, units, NWORDS(units)) &&
	    ends_with_any(w->text, c->start, at - 6, threshold, NWORDS(threshold)))
		return true;
	if (at > c->start && ranked_firms_before(w->text, c->start, at))
		return true;
	/* 固定资产投资（含房地产投资）: what a figure includes is not its label,
	 * nor is a label in an aside on why a plan fell short (完成年计划的
	 * N%(其中建筑业产值、规模以上工业产值低于预期)) */
	size_t from = l->start >= c->start + 96 ? l->start - 96 : c->start;
	size_t open = rfind_any(w->text, from, l->start, WORDS(w, DB_W_LABEL_INSIDE), NULL);
	if (open != (size_t)-1 &&
	    !contains_any(w->text, open, l->start, (const char *const[]){ "）", ")" }, 2))
		return true;
	/* 在粮食播种面积中小麦播种面积…公顷: the whole a part is named in (中,
	 * then at once the part's own area or output), not the figure's label
	 * (在营商环境评价中，…位列第21名: the evaluation's own) */
	static const char *const part_nouns[] = { "播种面积", "种植面积", "面积", "产量", "增加值",
						  "产值" };
	if (has_word_at(w->text, c->end, l->end, "中")) {
		size_t q = l->end + 3;
		while (q + 3 <= c->end && cjk_at(w->text, q))
			q += 3;
		if (contains_any(w->text, l->end + 3, q, part_nouns, NWORDS(part_nouns)))
			return true;
		/* 城镇新增就业人员中享受社会保险补贴N人, 规上工业企业中亏损企业N家:
		 * words after 中 that run on to the figure name the part it
		 * counts */
		if (q >= l->end + 9 && q < c->end && w->text[q] >= '0' && w->text[q] <= '9')
			return true;
	}
	return word_at(w->text, c->end, l->end, WL(w, DB_W_LABEL_FOREIGN_AFTER)) != NULL;
}

/* The catalog metric named by a + b (two pieces of text), or (size_t)-1. */
static size_t lookup2(const walk *w, const char *a, size_t na, const char *b, size_t nb)
{
	char name[192];
	if (!na || !nb || na + nb > sizeof name)
		return (size_t)-1;
	memcpy(name, a, na);
	memcpy(name + na, b, nb);
	return db_matcher_lookup(w->x->matcher, name, na + nb);
}

/* A label the clause's words make (not one the matcher found), kept in
 * w->split (the caller checks there is room). */
static const db_label *new_split(walk *w, size_t s, size_t e, size_t id)
{
	db_label *l = &w->split[w->nsplit++];
	*l = (db_label){ s, e, id };
	return l;
}

/* Such a label, pushed as a token of the clause. */
static void push_split(walk *w, tokens *ts, size_t s, size_t e, size_t id)
{
	const db_label *l = new_split(w, s, e, id);
	tok_push(ts, (token){ .kind = TOK_LABEL, .start = s, .end = e, .label = l });
}

/* 居民人均可支配收入28000元，增长6.5%，城镇、农村分别增长5.1%和7.9%: a
 * clause with no label that opens with a pair of groups of residents
 * (城镇、农村, 城镇和农村居民) and 分别 or 均: each group with the words of
 * the sentence's label after its own group word (城镇 + 居民人均可支配收入)
 * names the group's metric, when the catalog has both. Pushed as the
 * clause's two labels. */
bool db_group_pair_label(walk *w, const db_clause *c, tokens *ts)
{
	static const char *const firsts[] = { "城镇居民", "城镇", "城市居民", "城市" };
	static const char *const seconds[] = { "农村居民", "农村", "乡村居民", "乡村" };
	static const char *const joins[] = { "、", "和", "与", "及" };
	const char *t = w->text;
	const db_label *l = w->label ? w->label : w->part_label; /* (after ；) */
	size_t a = c->start, an, b, bn, k;
	if (ts->len || !l || l->start < w->sentence_start || l->end > c->start ||
	    w->nsplit + 2 > NWORDS(w->split))
		return false;
	while (a < c->end && (t[a] == ' ' || t[a] == '\n' || t[a] == '\r'))
		a++;
	if (has_word_at(t, c->end, a, "其中"))
		a += strlen("其中");
	if (a >= c->end || !(an = db_longest_word_at(t, a, c->end, firsts, NWORDS(firsts), NULL)) ||
	    a + an >= c->end || !(k = db_longest_word_at(t, a + an, c->end, joins, NWORDS(joins), NULL)))
		return false;
	b = a + an + k;
	if (b >= c->end || !(bn = db_longest_word_at(t, b, c->end, seconds, NWORDS(seconds), NULL)))
		return false;
	if (!has_word_at(t, c->end, b + bn, "分别") && !has_word_at(t, c->end, b + bn, "均"))
		return false;
	size_t n = l->end - l->start;
	for (size_t off = 0; off + 6 <= n && off <= 12; off += 3) {
		size_t ia = lookup2(w, t + a, 6, t + l->start + off, n - off);
		size_t ib = lookup2(w, t + b, 6, t + l->start + off, n - off);
		if (ia == (size_t)-1 || ib == (size_t)-1 || ia == ib || ia == l->metric ||
		    ib == l->metric)
			continue;
		push_split(w, ts, a, a + an, ia);
		push_split(w, ts, b, b + bn, ib);
		return true;
	}
	return false;
}

/* …年均增长7%和9.4%, …达到31250元和14820元: two figures of one unit
 * joined by 和 or 、 in [s, e), a pair as 分别 would make it */
static bool figure_pair(const char *t, size_t s, size_t e)
{
	static const char *const units[] = { "%", "％", "元" }, *const joins[] = { "和", "、" };
	for (size_t p = s; p < e; p++) {
		if (!(p > s && t[p - 1] >= '0' && t[p - 1] <= '9'))
			continue;
		for (size_t u = 0; u < NWORDS(units); u++) {
			size_t q = p + strlen(units[u]);
			if (!has_word_at(t, e, p, units[u]))
				continue;
			if (db_rate_then_digit(t, e, q)) /* 增长4%7%: its 、 lost */
				return true;
			for (size_t j = 0; j < NWORDS(joins); j++)
				if (has_word_at(t, e, q, joins[j]) && q + strlen(joins[j]) < e &&
				    t[q + strlen(joins[j])] >= '0' && t[q + strlen(joins[j])] <= '9')
					return true;
		}
	}
	return false;
}

/* 居民人均可支配收入预计城镇完成36500元，…；农村完成18200元: a single group
 * of residents (城镇, 农村) right before the verb or the number names the
 * group's metric, the group word with the words of the label (城镇 +
 * 居民人均可支配收入), when the catalog has it. The group's id, or -1. */
static size_t group_word_metric(const walk *w, size_t g, size_t e, const db_label *l)
{
	static const char *const groups[] = { "城镇居民", "城镇", "农村居民", "农村" };
	static const char *const verbs[] = { "完成", "达到", "达", "为", "实现", "增长" };
	const char *t = w->text;
	size_t gn = db_longest_word_at(t, g, e, groups, NWORDS(groups), NULL);
	if (!gn || g + gn >= e ||
	    !((t[g + gn] >= '0' && t[g + gn] <= '9') ||
	      db_longest_word_at(t, g + gn, e, verbs, NWORDS(verbs), NULL)))
		return (size_t)-1;
	size_t n = l->end - l->start;
	for (size_t off = 0; off + 6 <= n && off <= 12; off += 3) {
		size_t id = lookup2(w, t + g, 6, t + l->start + off, n - off);
		if (id != (size_t)-1 && id != l->metric)
			return id;
	}
	return (size_t)-1;
}

/* The label l of the clause followed by such a group (居民人均可支配收入预计
 * 城镇完成…): pushed as the group's label. */
bool db_group_after_label(walk *w, const db_clause *c, const db_label *l, tokens *ts)
{
	static const char *const fillers[] = { "预计", "实际", "全年" };
	size_t g = l->end, id;
	if (l->metric == (size_t)-1 || w->nsplit + 1 > NWORDS(w->split))
		return false;
	g += db_longest_word_at(w->text, g, c->end, fillers, NWORDS(fillers), NULL);
	if ((id = group_word_metric(w, g, c->end, l)) == (size_t)-1)
		return false;
	push_split(w, ts, l->start, l->end, id);
	return true;
}

/* A clause with no label that opens with such a group (…；农村完成18200元)
 * after a label of the sentence that the group words name the group's
 * metric of: pushed as the group's label. */
bool db_group_opening_label(walk *w, const db_clause *c, tokens *ts)
{
	const char *t = w->text;
	size_t a = c->start, id;
	if (ts->len || w->nsplit + 1 > NWORDS(w->split))
		return false;
	while (a < c->end && (t[a] == ' ' || t[a] == '\n' || t[a] == '\r'))
		a++;
	for (size_t i = db_label_at(w->labels, c->start); i-- > 0;) {
		const db_label *b = &w->labels->items[i];
		if (b->start < w->sentence_start)
			break;
		if (b->metric == (size_t)-1 || b->end > c->start)
			continue;
		if ((id = group_word_metric(w, a, c->end, b)) == (size_t)-1)
			return false;
		push_split(w, ts, a, a + 6, id);
		return true;
	}
	return false;
}

/* Does an amount in 元 (24310元, 3.1万元) follow right after p, maybe
 * after a verb (达到, 为)? */
static bool amount_in_yuan(const char *t, size_t p, size_t e)
{
	static const char *const verbs[] = { "达到", "达", "为", "实现" };
	p += db_longest_word_at(t, p, e, verbs, NWORDS(verbs), NULL);
	size_t d = db_decimal_end(t, p, e);
	return d > p && (has_word_at(t, e, d, "元") || has_word_at(t, e, d, "万元"));
}

/* 城乡居民人均可支配收入分别增长5.3%和7.1%: the 城镇 and the 农村 metric, in
 * that order, when the catalog has both and 分别 pairs them with figures (or
 * 均 gives one figure to both); otherwise the figure could be either, and
 * the name is left out. False when the catalog has no such pair: then
 * 城乡 names the whole (参加城乡基本医疗保险人数). */
bool db_split_label(walk *w, const db_clause *c, const db_label *l, tokens *ts)
{
	static const char *const halves[2][2] = { { "城镇", "农村" },
						  /* 城乡人均可支配收入: 城乡 stands for
						   * 城乡居民 */
						  { "城镇居民", "农村居民" } };
	char name[192], label[160];
	size_t metric[2], n = 0, form;

	/* (城乡居民人均可支配收\n入: a label a page's line wraps) */
	for (size_t p = l->start; p < l->end; p++) {
		if (w->text[p] == '\n' || w->text[p] == '\r')
			continue;
		if (n + 1 >= sizeof label)
			return true;
		label[n++] = w->text[p];
	}
	if (n + 13 > sizeof name)
		return true;
	for (form = 0; form < 2; form++) {
		size_t h;
		for (h = 0; h < 2; h++) {
			snprintf(name, sizeof name, "%s%.*s", halves[form][h], (int)n, label);
			metric[h] = db_matcher_lookup(w->x->matcher, name, strlen(name));
			if (metric[h] == (size_t)-1)
				break;
		}
		if (h == 2)
			break;
		if (form == 0 && has_word_at(w->text, l->end, l->start, "居民"))
			return false; /* (城乡居民…: the 居民 is there already) */
	}
	if (form == 2)
		return false;
	/* 城乡居民人均可支配收入均增长7%: one figure for both */
	bool both = has_word_at(w->text, c->end, l->end, "均");
	if (w->nsplit + 2 > NWORDS(w->split))
		return true;
	if (!both &&
	    find_any(w->text, l->end, c->end, (const char *const[]){ "分别" }, 1, NULL) ==
		    (size_t)-1 &&
	    !figure_pair(w->text, l->end, c->end))
		/* 城乡居民人均可支配收入24310元: one amount in 元, no 分别
		 * or 均, is the whole's (居民人均可支配收入); one growth alone
		 * could be either half's */
		return !amount_in_yuan(w->text, l->end, c->end);
	for (size_t h = 0; h < 2; h++) {
		bool listed = l->start >= 9 && has_word_at(w->text, l->start, l->start - 9, "城、乡");
		push_split(w, ts, l->start - (listed ? 9 : 6), l->end, metric[h]);
	}
	return true;
}

/* 城镇、农村居民人均可支配收入分别达到34570元、12803元: a word before 、
 * that takes the place of the label's first word names another metric of
 * the catalog (城镇居民人均可支配收入); pushed before the label, so that
 * 分别 pairs both. */
void db_shared_tail(walk *w, const db_clause *c, const db_label *l, tokens *ts)
{
	char name[192];
	size_t n = l->end - l->start, at = l->start;
	while (at > c->start && (w->text[at - 1] == '\n' || w->text[at - 1] == ' ' ||
				 w->text[at - 1] == '\r'))
		at--; /* 城镇、\n农村…: a line break after 、 */
	size_t sep = at - 3;

	if (at < c->start + 9 ||
	    !(has_word_at(w->text, at, sep, "、") || has_word_at(w->text, at, sep, "和") ||
	      has_word_at(w->text, at, sep, "及")) || /* 城镇和农村居民… */
	    w->nsplit + 1 > NWORDS(w->split) ||
	    /* (分别, 均, or a list of figures: …收入41372元、21590元, …增长4%和7%) */
	    (find_any(w->text, l->end, c->end, (const char *const[]){ "分别", "、", "均" }, 3,
		      NULL) == (size_t)-1 &&
	     !figure_pair(w->text, l->end, c->end)))
		return;
	/* 常住人口和户籍人口城镇化率分别…: the word before is a label of its
	 * own (常住人口) that, with the tail, names another metric; it gives
	 * way to that one */
	const token *last = ts->len ? &ts->items[ts->len - 1] : NULL;
	if (last && last->kind == TOK_LABEL && last->end == sep && last->start >= c->start) {
		size_t wl = last->end - last->start;
		for (size_t k = 3; k <= 12 && k + 6 <= n; k += 3) {
			size_t id = lookup2(w, w->text + last->start, wl, w->text + l->start + k, n - k);
			if (id == (size_t)-1 || id == l->metric || id == last->label->metric)
				continue;
			ts->len--;
			push_split(w, ts, sep - wl, sep, id);
			return;
		}
	}
	if (ts->len && ts->items[ts->len - 1].end > sep - 6)
		return;
	/* the longest word first: 城镇居民、农村居民… is 城镇居民 (not 居民);
	 * then the word before that one's 、, with the same tail (全体居民、
	 * 城镇居民、农村居民人均可支配收入), pushed in the text's order */
	size_t ws[3], we[3], id[3], nw = 0, kt = 0;
	for (bool more = true; more && nw < 3 && w->nsplit + nw + 1 <= NWORDS(w->split);) {
		more = false;
		if (nw) {
			sep = ws[nw - 1] - 3;
			if (ws[nw - 1] < c->start + 9 || !has_word_at(w->text, ws[nw - 1], sep, "、"))
				break;
		}
		for (size_t wl = 12; wl >= 6 && !more; wl -= 3) {
			if (sep < c->start + wl)
				continue;
			const char *word = w->text + sep - wl;
			if (!cjk_only(w->text, sep - wl, sep)) /* (no punctuation) */
				continue;
			if (ts->len && ts->items[ts->len - 1].end > sep - wl)
				continue;
			for (size_t k = nw ? kt : 3; k <= (nw ? kt : 12) && k + 6 <= n; k += 3) {
				if (wl + n - k + 1 > sizeof name)
					return;
				memcpy(name, word, wl);
				memcpy(name + wl, w->text + l->start + k, n - k);
				size_t m = db_matcher_lookup(w->x->matcher, name, wl + n - k);
				if (m == (size_t)-1 || m == l->metric || (nw && m == id[nw - 1]))
					continue;
				ws[nw] = sep - wl, we[nw] = sep, id[nw++] = m, kt = k;
				more = true;
				break;
			}
		}
	}
	while (nw-- > 0)
		push_split(w, ts, ws[nw], we[nw], id[nw]);
}

/* 城镇居民人均可支配收入41000元，…，人均消费支出26000元: a label that opens
 * with 人均 (no group of residents of its own) is of the group the last
 * 人均 label of its paragraph named (城镇居民, 农村常住居民), when the
 * catalog has that group's metric; pushed in its place. */
bool db_group_label(walk *w, const db_clause *c, const db_label *l, tokens *ts)
{
	static const char per_head[] = "人均";
	const size_t hn = sizeof per_head - 1;
	char name[192];

	/* (全县人均消费支出: the document's own whole) */
	if (!has_word_at(w->text, l->end, l->start, per_head) ||
	    w->nsplit + 1 > NWORDS(w->split) ||
	    ends_with_any(w->text, c->start, l->start, WORDS(w, DB_W_SELF_SUBJECTS)))
		return false;
	size_t para = l->start;
	while (para > 0 && w->text[para - 1] != '\n')
		para--;
	for (size_t i = db_label_at(w->labels, l->start); i-- > 0;) {
		const db_label *b = &w->labels->items[i];
		if (b->start < para)
			break;
		if (b->end > l->start)
			continue;
		const char *head = memmem(w->text + b->start, b->end - b->start, per_head, hn);
		if (!head)
			continue;
		size_t gn = (size_t)(head - (w->text + b->start)), n = l->end - l->start;
		if (!gn || gn + n + 1 > sizeof name)
			return false; /* (the last 人均 label names no group) */
		memcpy(name, w->text + b->start, gn);
		memcpy(name + gn, w->text + l->start, n);
		size_t id = db_matcher_lookup(w->x->matcher, name, gn + n);
		if (id == (size_t)-1 || id == l->metric)
			return false;
		push_split(w, ts, l->start, l->end, id);
		return true;
	}
	return false;
}

/* Is there the label of an investment in the sentence before at (or in the
 * sentence before that, when this one opens with 分产业看, 其中)? */
static bool investment_before(const walk *w, size_t at)
{
	bool marked;
	for (size_t i = db_label_at(w->labels, db_whole_from(w, at, &marked));
	     i < w->labels->len && w->labels->items[i].start < at; i++) {
		const db_label *l = &w->labels->items[i];
		if (l->metric == (size_t)-1)
			continue;
		const char *id = metric_of(w, l)->id;
		if (!strcmp(id, "fai") || strstr(id, "investment"))
			return true;
	}
	return false;
}

/* 制造业、批发和零售业等行业投资分别增长…: a list of items, one of them a
 * sector whose bare name is a value added, that ends in 等 and words naming
 * what else is measured of them (行业投资, 重点行业FDI到资: any words left
 * after the generic ones, none of them 增加值). Are t[start[0], ie) such
 * items? */
static bool sectors_of_other(const walk *w, const size_t *start, const size_t *end, size_t k,
			     size_t ie)
{
	const char *t = w->text;
	size_t deng = find_any(t, start[k - 1], ie, (const char *const[]){ "等" }, 1, NULL);
	if (deng == (size_t)-1)
		return false;
	static const char *const generic[] = { "重点", "主要", "行业", "领域", "门类" };
	size_t p = deng + strlen("等"), n;
	while ((n = db_longest_word_at(t, p, ie, generic, NWORDS(generic), NULL)))
		p += n;
	if (p >= ie || contains_any(t, p, ie, (const char *const[]){ "增加值", "指标" }, 2))
		return false;
	for (size_t i = 0; i < k; i++) {
		size_t e = i + 1 < k ? end[i] : deng;
		for (size_t j = db_label_at(w->labels, start[i]);
		     j < w->labels->len && w->labels->items[j].start < e; j++) {
			const db_label *l = &w->labels->items[j];
			if (l->end == e && l->metric != (size_t)-1 &&
			    strstr(metric_of(w, l)->id, "_va"))
				return true;
		}
	}
	return false;
}

/* Do the words t[s, e) up to their first digit name an investment (分别完成
 * 投资, 投资分别为)? */
static bool investment_after(const char *t, size_t s, size_t e)
{
	size_t d = s;
	while (d < e && !(t[d] >= '0' && t[d] <= '9'))
		d++;
	return contains_any(t, s, d, (const char *const[]){ "投资" }, 1);
}

/* If an industry list starts in [s, e), push one label per industry it
 * names (only when 分别 pairs them with figures) and return the end of its
 * name, else 0. */
size_t db_industry_list(walk *w, const db_clause *c, size_t s, size_t e, tokens *ts,
			    size_t *list_start)
{
	/* every list names 产: only the bytes a list holding one of the
	 * clause's 产 can start at are tried, in text order (find_any's first
	 * match, found without trying every byte of the clause) */
	size_t which = 0, at = (size_t)-1, from = s;
	for (const char *q; at == (size_t)-1 && from < e &&
			    (q = memmem(w->text + from, e - from, "产", strlen("产")));) {
		size_t qp = (size_t)(q - w->text);
		size_t p = qp >= s + INDUSTRY_LIST_MAX ? qp - INDUSTRY_LIST_MAX : s;
		if (p < from)
			p = from;
		for (; p <= qp && at == (size_t)-1; p++)
			if (db_longest_word_at(w->text, p, e, industry_lists, NWORDS(industry_lists), &which))
				at = p;
		from = qp + 1;
	}
	char name[64];

	if (at == (size_t)-1)
		return 0;
	size_t p = at + strlen(industry_lists[which]);
	unsigned members = industry_list_members[which];
	size_t count = 0;
	for (size_t i = 0; i < 3; i++)
		count += (members >> i) & 1;
	for (size_t k = 0; k < NWORDS(industry_suffixes); k++) {
		size_t n = strlen(industry_suffixes[k]), metric[3] = { 0 };
		bool all = true;
		if (!has_word_at(w->text, c->end, p, industry_suffixes[k]))
			continue;
		for (size_t i = 0; i < 3 && all; i++) {
			if (!((members >> i) & 1))
				continue;
			snprintf(name, sizeof name, "%s%s", industry_names[i], industry_suffixes[k]);
			metric[i] = db_matcher_lookup(w->x->matcher, name, strlen(name));
			all = metric[i] != (size_t)-1;
		}
		if (!all)
			continue;
		*list_start = at;
		/* 固定资产投资…，其中第一、二、三产业分别增长…: the bare
		 * industries after an investment are its parts; so are those
		 * whose own words name the investment before their first
		 * figure (三次产业分别完成投资a、b、c) */
		if (!*industry_suffixes[k] &&
		    (investment_before(w, at) || investment_after(w->text, p + n, c->end)))
			return p + n;
		if (w->nsplit + count > NWORDS(w->split) ||
		    find_any(w->text, p + n, c->end, (const char *const[]){ "分别" }, 1, NULL) ==
			    (size_t)-1) {
			/* 二、三产业增加值占全县生产总值比重达85%: the
			 * industries' share, and the whole after 占 no label
			 * of the figure either */
			if (count < 3 && has_word_at(w->text, c->end, p + n, "占"))
				return c->end;
			return p + n; /* which of them? leave it out */
		}
		for (size_t i = 0; i < 3; i++) {
			if ((members >> i) & 1)
				push_split(w, ts, at, p + n, metric[i]);
		}
		return p + n;
	}
	return 0;
}

/* 第三产业增加值…增长8.2%，其中金融业增长8.4%; 第二产业增加值7.02亿元，其中:
 * 工业完成6.43亿元: an industry named bare at a clause's start (其中 and a
 * colon may come first), then a verb or a number, after a keyed label of
 * value added (or GDP) in its sentence (or the one before, when this one
 * opens with 其中), is that industry's value added. */
void db_industry_va_label(walk *w, const db_clause *c, tokens *ts)
{
	static const char *const next[] = { "完成", "实现", "增长", "下降", "增速", "同比", "比上年",
					    "达到", "为" };
	const char *t = w->text;
	size_t p = c->start, best = (size_t)-1, bl = 0;
	while (p < c->end && (t[p] == ' ' || t[p] == '\n' || t[p] == '\r'))
		p++;
	if (has_word_at(t, c->end, p, "其中")) {
		p += strlen("其中");
		if (has_word_at(t, c->end, p, ":"))
			p += 1;
		else if (has_word_at(t, c->end, p, "：") || has_word_at(t, c->end, p, "，"))
			p += strlen("：");
	}
	if (p + 6 > c->end)
		return;
	for (size_t i = 0; i < db_nindustry_rows; i++) {
		const char *row = db_industry_rows[i].row;
		if (t[p + 1] != row[1] || t[p + 2] != row[2] || t[p] != row[0])
			continue; /* (its first character: most clauses stop here) */
		size_t n = strlen(row);
		if (n > bl && has_word_at(t, c->end, p, row)) {
			best = i;
			bl = n;
		}
	}
	size_t q = p + bl;
	if (best == (size_t)-1 || w->nsplit >= NWORDS(w->split) ||
	    !(q < c->end && ((t[q] >= '0' && t[q] <= '9') || word_at(t, c->end, q, &(const db_wordlist){ next, NWORDS(next), { 0 } }))))
		return;
	const db_label *prev = NULL;
	bool marked;
	for (size_t i = db_label_at(w->labels, db_whole_from(w, p, &marked));
	     i < w->labels->len && w->labels->items[i].start <= p; i++) {
		const db_label *l = &w->labels->items[i];
		if (l->start == p)
			return; /* (建筑业, an alias of its own) */
		if (l->metric != (size_t)-1)
			prev = l;
	}
	const char *id = prev ? metric_of(w, prev)->id : "";
	size_t n = strlen(id), mi = db_catalog_index(w->x->catalog, db_industry_rows[best].metric);
	if (!(strcmp(id, "gdp") == 0 || (n > 3 && !strcmp(id + n - 3, "_va"))) ||
	    mi >= w->x->catalog->len)
		return;
	/* 第二产业完成投资48亿元，其中工业增长21.9%: the industry's investment */
	if (contains_any(t, prev->end, p, (const char *const[]){ "投资" }, 1))
		return;
	push_split(w, ts, p, q, mi);
}

/* A product named bare at p (a clause's or an item's start), right before
 * its number, pushed as the label of the catalog's output of it (水泥产量). */
static void product_item(walk *w, const db_clause *c, tokens *ts, size_t p)
{
	const char *t = w->text;
	size_t q, n;
	while (p < c->end && (t[p] == ' ' || t[p] == '\n' || t[p] == '\r'))
		p++;
	for (q = p; q < c->end && q < p + 18 && lx_is_cjk(lx_cp(t, c->end, q, &n)); q += n)
		;
	static const char *const verbs[] = { "增长", "下降", "同比增长", "同比下降" };
	if (q > p + 6 && ends_with_any(t, p, q, verbs, NWORDS(verbs))) /* 粗钢增长1.4% */
		q -= has_word_at(t, q, q - 12, "同比增长") || has_word_at(t, q, q - 12, "同比下降") ? 12 : 6;
	else if (!(q < c->end && t[q] >= '0' && t[q] <= '9'))
		return;
	char name[64];
	if (q < p + 6 || q >= c->end || w->nsplit >= NWORDS(w->split) ||
	    q - p + strlen("产量") >= sizeof name)
		return;
	memcpy(name, t + p, q - p);
	memcpy(name + (q - p), "产量", strlen("产量"));
	size_t id = db_matcher_lookup(w->x->matcher, name, q - p + strlen("产量"));
	if (id != (size_t)-1)
		push_split(w, ts, p, q, id);
}

/* 主要工业产品产量中，水泥1131528吨，增长0.2%；粗钢3909762吨…: in a sentence
 * that lists products' output, a product named bare at a clause's start,
 * right before its number, names the catalog's output of it (水泥产量). */
void db_product_label(walk *w, const db_clause *c, tokens *ts)
{
	const char *t = w->text;
	size_t p = c->start;
	/* does the sentence so far list products' output? (scanned once:
	 * from where the last call stopped) */
	if (w->product_scan < w->sentence_start) {
		w->product_scan = w->sentence_start;
		w->product_list = false;
	}
	if (!w->product_list && c->start > w->product_scan) {
		size_t from = w->product_scan >= w->sentence_start + 9 ? w->product_scan - 9
									: w->sentence_start;
		/* (memmem for 产品 first: this runs over all the text) */
		for (const char *h = t + from, *e = t + c->start, *at;
		     !w->product_list && h < e && (at = memmem(h, (size_t)(e - h), "产品", 6)) != NULL;
		     h = at + 6)
			w->product_list = has_word_at(t, c->start, (size_t)(at - t) + 6, "产量") ||
					  has_word_at(t, c->start, (size_t)(at - t) + 6, "中");
		w->product_scan = c->start;
	}
	if (!w->product_list)
		return;
	/* (…，原煤30万吨、水泥87万吨: each item of a 、 list of them too) */
	for (;;) {
		product_item(w, c, ts, p);
		size_t dun = find_any(t, p, c->end, (const char *const[]){ "、" }, 1, NULL);
		if (dun == (size_t)-1)
			return;
		p = dun + strlen("、");
	}
}

/* The position of the character after the one at p of t[0, len). */
static size_t next_char(const char *t, size_t len, size_t p)
{
	size_t n;
	lx_cp(t, len, p, &n);
	return p + (n ? n : 1);
}

/* 前三季度全市规上工业战略性新兴产业、高新技术产业增加值分别增长…:
 * the first item of a list may open with the clause's words before its
 * name: a period, the place (全市), 规模以上工业 (规上). The name is the item with
 * none, some or all of these off its head that with the tail makes a
 * catalog label (never a piece of a name: 新能源汽车 is no 汽车); *from is
 * where it starts. */
static size_t lookup_first(const walk *w, size_t s, size_t e, const char *tail, size_t nt,
			   size_t *from)
{
	static const char *const leads[] = { "规模以上工业", "规上工业", "规模以上", "规上", "，", ",", "其中" };
	const char *t = w->text;
	for (size_t p = s, n = 0; p + 3 <= e && n < 4; n++) {
		size_t id = lookup2(w, t + p, e - p, tail, nt), which;
		if (id != (size_t)-1) {
			*from = p;
			return id;
		}
		db_period_match pm;
		const char *self = word_at(t, e, p, WL(w, DB_W_SELF_SUBJECTS));
		size_t l = db_longest_word_at(t, p, e, leads, NWORDS(leads), &which);
		if (self)
			p += strlen(self);
		else if (l)
			p += l;
		else if (db_period_read(t, e, p, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &pm) &&
			 pm.end > pm.start)
			p += pm.end - pm.start;
		else
			break;
	}
	return (size_t)-1;
}

/* 禽蛋产量、水果和蔬菜分别增长9.1%、7.5%、5.5%: an item named by a word
 * alone (水果) takes the tail of the first named item (产量) when the two
 * make a catalog label (水果产量); 规上工业总产值、增加值分别增长…: else
 * the head of it (规上工业增加值). */
static void tail_of_named(walk *w, const size_t *start, const size_t *end, size_t k,
			  const db_label **out)
{
	const db_label *named = NULL;
	for (size_t i = 0; i < k && !named; i++)
		named = out[i];
	size_t n = named->end - named->start;
	for (size_t i = 0; i < k && i < NWORDS(w->listed); i++) {
		if (out[i] || end[i] > start[i] + 12 || end[i] < start[i] + 6)
			continue;
		for (size_t tl = n - 3; tl >= 6; tl -= 3) { /* the longest tail first */
			const char *word = w->text + start[i], *named_at = w->text + named->start;
			size_t nw = end[i] - start[i], id = lookup2(w, word, nw, named_at + n - tl, tl);
			if (id == (size_t)-1 || id == named->metric)
				id = lookup2(w, named_at, tl, word, nw);
			if (id == (size_t)-1 || id == named->metric)
				continue;
			w->listed[i] = (db_label){ start[i], end[i], id };
			out[i] = &w->listed[i];
			break;
		}
	}
}

/* 工业应税销售、工业用电量分别增长10.4%和3.6%: no shared tail, but items
 * each named in full: the catalog label that ends an item names it, an
 * item without one names nothing the catalog knows (NULL). At least one
 * item must be named. */
static size_t named_items(walk *w, const db_clause *c, const size_t *start,
			  const size_t *end, size_t k, const db_label **out)
{
	size_t named = 0;
	for (size_t i = 0; i < k; i++) {
		out[i] = NULL;
		/* (the first item may open with the clause's words: 全县…; a
		 * long catalog name is still a name) */
		size_t j0 = db_label_at(w->labels, start[i]), s = start[i], most = 36;
		if (j0 < w->labels->len && w->labels->items[j0].start < end[i]) {
			const db_label *l = &w->labels->items[j0];
			s = i == 0 ? l->start : s;
			most = l->end - l->start > most ? l->end - l->start : most;
		}
		if (end[i] > s + most)
			return 0; /* (a clause's words, not a name) */
		for (size_t j = j0;
		     j < w->labels->len && w->labels->items[j].start < end[i]; j++) {
			const db_label *l = &w->labels->items[j];
			size_t e = end[i];
			static const char *const after[] = { "同比", "增速", "增幅", "均" };
			for (size_t a = 0; a < NWORDS(after) && l->end < e; a++)
				if (ends_with_any(w->text, l->end, e, &after[a], 1))
					e -= strlen(after[a]); /* 工业用电量同比分别增长… */
			if (l->start >= start[i] && l->end == e && !db_label_glued(w, c, l))
				out[i] = l; /* (数字经济规上工业增加值 is not the label's) */
		}
		named += out[i] != NULL;
	}
	if (named && named < k)
		tail_of_named(w, start, end, k, out);
	return named ? k : 0;
}

/* 一般公共服务、教育、科学技术、社会保障和就业等支出同比增速分别为-9.4%、
 * 25.0%、45.7%、21.1%: words joined by 、 (the last by 和 及 与 when the
 * figures need one more) that share the tail of the last (支出): each word
 * with the tail names a metric, or none (NULL: its figure takes its place
 * in the list, unkeyed). The tail is where the most words with it name a
 * catalog metric; at least one must. Fills out[] from w->listed and returns
 * the number of words, nf; 0 when the words before 分别 (at) are no such
 * list. */
/* 在服务业中, 第三产业中 opening a list of names (s to e): the end of that
 * frame, or 0. */
size_t db_frame_end(const walk *w, size_t s, size_t e)
{
	const char *t = w->text;
	size_t in_at;
	if (has_word_at(t, e, s, "在") &&
	    (in_at = find_any(t, s + 3, s + 30 < e ? s + 30 : e, (const char *const[]){ "中" }, 1,
			      NULL)) != (size_t)-1 &&
	    in_at + 3 < e)
		return in_at + 3; /* (在服务业中: not a name of the catalog) */
	size_t i = db_label_at(w->labels, s);
	if (i < w->labels->len && w->labels->items[i].start == s &&
	    has_word_at(t, e, w->labels->items[i].end, "中") && w->labels->items[i].end + 3 < e)
		return w->labels->items[i].end + 3;
	return 0;
}

/* 战略性新兴产业、高新技术产业分别实现增加值58.3亿元、90.1亿元: the noun
 * the items share said after 分别 and its verb (or with no verb, 出栏 and
 * 存栏 of livestock), right before the first figure (at most five
 * characters); its length, or 0, and its start in *q. */
static size_t tail_after_list(const walk *w, const db_clause *c, size_t at, size_t *q)
{
	const char *t = w->text;
	size_t p = at + strlen("分别"), e, chars = 0;
	if (!has_word_at(t, c->end, at, "分别"))
		return 0;
	static const char *const bare[] = { "出栏", "存栏" }; /* 生猪、牛分别出栏a、b */
	size_t v = p + db_longest_word_at(t, p, c->end, split_verbs, NWORDS(split_verbs), NULL);
	if (v == p && !db_longest_word_at(t, p, c->end, bare, NWORDS(bare), NULL))
		return 0; /* (分别增长…: no noun of the items) */
	for (e = v; e + 3 <= c->end && chars < 5 && (unsigned char)t[e] >= 0xE4 &&
		    (unsigned char)t[e] <= 0xE9;
	     e += 3, chars++)
		;
	if (e == v || e >= c->end || !(t[e] >= '0' && t[e] <= '9'))
		return 0;
	*q = v;
	return e - v;
}

/* 过夜人数、旅游收入较2018年分别增长a、b: a basis said right
 * before 分别 (较2019年, 比上年, 较上年同期) is no part of the list's last
 * item; where the items end (at, 分别, when there is none). */
static size_t items_end(const char *t, size_t from, size_t at)
{
	static const char *const than[] = { "较", "比" };
	static const char *const years[] = { "上年", "去年" };
	size_t p = rfind_any(t, from, at, than, NWORDS(than), NULL), q, d = 0, which = 0;
	if (p == (size_t)-1 || p == from || contains_any(t, p, at, (const char *const[]){ "、" }, 1))
		return at;
	q = p + strlen("较");
	while (d < 4 && q + d < at && t[q + d] >= '0' && t[q + d] <= '9')
		d++;
	if (d == 4 && has_word_at(t, at, q + d, "年"))
		q += d + strlen("年");
	else if (!d && find_any(t, q, at, years, NWORDS(years), &which) == q)
		q += strlen(years[which]);
	else
		return at;
	if (has_word_at(t, at, q, "同期"))
		q += strlen("同期");
	return q == at ? p : at;
}

size_t db_list_tail(walk *w, const db_clause *c, size_t at, size_t nf, const db_label **out)
{
	const char *t = w->text;
	size_t start[NWORDS(w->listed) + 1], end[NWORDS(w->listed) + 1], k = 0;
	size_t from = c->start, which;
	for (size_t p = c->start; p < at; p++) /* 其中：… */
		if (has_word_at(t, at, p, "：") || t[p] == ':')
			from = p + (t[p] == ':' ? 1 : 3);
	if (nf < 2 || nf > NWORDS(w->listed))
		return 0;
	/* 较一季度、上半年和前三季度分别提高…: what is compared with */
	if (has_word_at(t, at, from, "较") || has_word_at(t, at, from, "比"))
		return 0;
	size_t ie = items_end(t, from, at);
	start[0] = from;
	for (size_t p = from; p < ie && k < nf; p++)
		if (has_word_at(t, ie, p, "、")) {
			end[k++] = p;
			start[k] = p + 3;
		}
	end[k++] = ie;
	/* (在)第三产业中A、B、C分别…: the frame before the first item */
	size_t in_at = db_frame_end(w, start[0], end[0]);
	if (in_at)
		start[0] = in_at;
	if (k + 1 == nf) { /* A、B和C等支出: the last pair by 和 */
		static const char *const ands[] = { "和", "及", "与" };
		size_t j = find_any(t, start[k - 1], ie, ands, NWORDS(ands), &which);
		if (j != (size_t)-1) {
			end[k - 1] = j;
			start[k] = j + 3;
			end[k++] = ie;
		} else if (k == 2 && (j = find_any(t, start[0], end[0], ands, NWORDS(ands),
						   &which)) != (size_t)-1) {
			/* 全社会用电量和存、贷款余额分别增长a、b、c: the
			 * first pair by 和, the second two of one tail */
			size_t sep = end[0];
			start[2] = start[1];
			end[2] = end[1];
			end[0] = j;
			start[1] = j + 3;
			end[1] = sep;
			k = 3;
		} else
			return 0;
	}
	if (k != nf)
		return 0;
	/* the split of the last part into its word and the tail */
	size_t best_j = 0, best_h = 0, best_n = 0, last = start[k - 1];
	for (size_t j = next_char(t, ie, last); j < ie; j = next_char(t, ie, j)) {
		size_t t0 = has_word_at(t, ie, j, "等") ? j + 3 : j, h = t0, chars = 0;
		while (h < ie && chars++ < 10) {
			h = next_char(t, ie, h);
			size_t n = 0, from0;
			for (size_t i = 0; i + 1 < k; i++)
				n += (i ? lookup2(w, t + start[i], end[i] - start[i], t + t0, h - t0)
					: lookup_first(w, start[0], end[0], t + t0, h - t0, &from0)) !=
				     (size_t)-1;
			if (n > best_n || (n == best_n && n && h - t0 > best_h)) {
				best_n = n;
				best_j = j;
				best_h = h - t0;
			}
		}
	}
	if (!best_n) {
		/* A、B分别实现增加值x、y (分别完成投资…): each item with the noun
		 * after 分别 and its verb, when one of them names a metric */
		size_t q, nq = tail_after_list(w, c, at, &q), n = 0, id[NWORDS(w->listed)];
		for (size_t i = 0; nq && i < k; i++) {
			size_t from0 = start[i];
			id[i] = i ? lookup2(w, t + start[i], end[i] - start[i], t + q, nq)
				  : lookup_first(w, start[0], end[0], t + q, nq, &from0);
			if (!i && id[0] != (size_t)-1)
				start[0] = from0;
			n += id[i] != (size_t)-1;
		}
		if (!n && sectors_of_other(w, start, end, k, ie)) {
			for (size_t i = 0; i < k; i++)
				out[i] = NULL;
			return k;
		}
		if (!n)
			return named_items(w, c, start, end, k, out);
		for (size_t i = 0; i < k; i++) {
			w->listed[i] = (db_label){ start[i], end[i], id[i] };
			out[i] = id[i] == (size_t)-1 ? NULL : &w->listed[i];
		}
		return k;
	}
	/* 地区生产总值、固定资产投资、规上工业增加值、限上社零额分别增长…: when
	 * more items are named in full than the best tail names (投资 + the 额
	 * of 社零额), each item is its own name */
	if (named_items(w, c, start, end, k, out)) {
		size_t full = 0;
		for (size_t i = 0; i < k; i++)
			full += out[i] != NULL;
		if (full > best_n) {
			/* (…用电量和存、贷款余额: an item named by none
			 * but the best tail takes it) */
			size_t t1 = has_word_at(t, at, best_j, "等") ? best_j + 3 : best_j;
			for (size_t i = 1; i + 1 < k; i++) {
				size_t id = out[i] ? (size_t)-1
						   : lookup2(w, t + start[i], end[i] - start[i],
							     t + t1, best_h);
				if (id == (size_t)-1)
					continue;
				w->listed[i] = (db_label){ start[i], end[i], id };
				out[i] = &w->listed[i];
			}
			return k;
		}
	}
	size_t t0 = has_word_at(t, at, best_j, "等") ? best_j + 3 : best_j;
	/* 生物医药、数字经济、节能环保等规上制造业增加值分别增长…: words after
	 * 等 that make a catalog name with the tail (规上制造业增加值) name the
	 * whole the items are kinds of; no item is the metric its name with the
	 * tail alone would be */
	size_t deng = find_any(t, start[k - 1], t0, (const char *const[]){ "等" }, 1, NULL);
	if (deng != (size_t)-1 && deng + 3 < t0 &&
	    db_matcher_lookup(w->x->matcher, t + deng + 3, t0 + best_h - (deng + 3)) != (size_t)-1) {
		for (size_t i = 0; i < k; i++)
			out[i] = NULL;
		return k;
	}
	end[k - 1] = best_j;
	/* 固定资产投资…。分产业看，第一、二、三产业分别增长…: the bare
	 * industries after an investment are its parts, no value added */
	bool parts = !contains_any(t, start[0], t0 + best_h, (const char *const[]){ "增加值" }, 1) &&
		     investment_before(w, start[0]);
	if (k > 1) /* (the first item's name, without the clause's words before it) */
		lookup_first(w, start[0], end[0], t + t0, best_h, &start[0]);
	for (size_t i = 0; i < k; i++) {
		size_t id = lookup2(w, t + start[i], end[i] - start[i], t + t0, best_h);
		if (parts && id != (size_t)-1 && strstr(w->x->catalog->items[id].id, "industry_va"))
			id = (size_t)-1;
		w->listed[i] = (db_label){ start[i], i + 1 < k ? end[i] : t0 + best_h, id };
		out[i] = id == (size_t)-1 ? NULL : &w->listed[i];
	}
	return k;
}

/* Whether t[s, e) holds 、 or 和 with a figure right after it (spaces
 * skipped): 增长21%和23%, 831亿元、406亿元 */
static bool second_figure(const char *t, size_t s, size_t e)
{
	static const char *const joins[] = { "和", "、" };
	size_t p = s, which;
	while ((p = find_any(t, p, e, joins, NWORDS(joins), &which)) != (size_t)-1) {
		p += strlen(joins[which]);
		size_t q = p;
		while (q < e && t[q] == ' ')
			q++;
		if (q < e && t[q] >= '0' && t[q] <= '9')
			return true;
	}
	return false;
}

/* The first of a character of three bytes (a CJK one) in s[0, n), or NULL:
 * memchr for its last byte, which few characters of a clause end on, is
 * faster than memmem for a needle this short. */
static const char *find_char3(const char *s, size_t n, const char *ch)
{
	const char *p = s + 2, *e = s + n;
	if (n < 3)
		return NULL;
	while (p < e && (p = memchr(p, (unsigned char)ch[2], (size_t)(e - p))) != NULL) {
		if (p[-2] == ch[0] && p[-1] == ch[1])
			return p - 2;
		p++;
	}
	return NULL;
}

/* 高新技术产业、节能环保产业增加值均增长N%: names joined by 、 before 均 and its
 * growth word that share the tail of the last (增加值), in a clause of no
 * label of its own before 均: each name that makes a catalog label with the
 * tail is pushed as a label of the clause, so that the one rate is each
 * one's (names the catalog does not know give none). */
void db_shared_rate_list(walk *w, const db_clause *c, tokens *ts)
{
	const char *t = w->text;
	const char *mid = find_char3(t + c->start, c->end - c->start, "均");
	size_t at = mid ? (size_t)(mid - t) : (size_t)-1, k = 1;
	if (!mid || db_find_growth(t, at, c->end) != at + strlen("均") ||
	    find_any(t, c->start, at, (const char *const[]){ "分别" }, 1, NULL) != (size_t)-1)
		return;
	/* (a label before 均 but the last name's own, 战略性新兴产业增加值, which
	 * is read as it is: 人均GDP、劳动生产率均… are labels of their own) */
	size_t own = 0;
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].start < at && (own++ || ts->items[i].kind != TOK_LABEL ||
						ts->items[i].end != at))
			return;
	for (size_t p = c->start; p + 3 <= at; p = next_char(t, at, p))
		k += has_word_at(t, at, p, "、");
	const db_label *out[NWORDS(w->listed)];
	if (k < 2 || k > NWORDS(w->listed) || w->nsplit + k > NWORDS(w->split) ||
	    db_list_tail(w, c, at, k, out) != k)
		return;
	for (size_t i = 0; i + own < k; i++)
		if (out[i])
			push_split(w, ts, out[i]->start, out[i]->end, out[i]->metric);
}

/* 存贷余额增长21%和23%: one word for two metrics (存款余额, 贷款余额), pushed
 * in that order when figures joined by 、 or 和 (a figure right after it) or
 * 分别 follow in the clause; 存贷款余额均增长12%, …双双突破800亿元: one
 * figure for both, the word pushed twice (the twins take the clause's one
 * figure each). One figure and no such word (存贷款余额增长9%、居全省第6)
 * is the two together: no metric of either. 存、贷款余额 is the same word
 * (达a亿元、b亿元: no list of names before 分别 for the amounts to pair
 * with). */
void db_pair_label(walk *w, const db_clause *c, tokens *ts)
{
	static const struct {
		const char *word, *first, *second;
	} pairs[] = {
		{ "本外币存贷款余额", "本外币存款余额", "本外币贷款余额" },
		{ "本外币存、贷款余额", "本外币存款余额", "本外币贷款余额" },
		{ "存贷款余额", "存款余额", "贷款余额" },
		{ "存、贷款余额", "存款余额", "贷款余额" },
		{ "存贷余额", "存款余额", "贷款余额" },
		{ "存贷款", "存款余额", "贷款余额" },
	};
	if (w->nsplit + 2 > NWORDS(w->split) ||
	    !find_char3(w->text + c->start, c->end - c->start, "贷"))
		return; /* (one quick scan of every clause) */
	/* the first word in the clause (the longest where two start at once) */
	const char *hit = NULL;
	size_t which = 0;
	for (size_t i = 0; i < NWORDS(pairs); i++) {
		const char *h = memmem(w->text + c->start, c->end - c->start, pairs[i].word,
				       strlen(pairs[i].word));
		if (h && (!hit || h < hit))
			hit = h, which = i;
	}
	if (!hit)
		return;
	size_t at = (size_t)(hit - w->text), end = at + strlen(pairs[which].word), p = end;
	while (p < c->end && w->text[p] == ' ')
		p++;
	static const char *const both[] = { "均", "双双", "同比均", "同比双双" };
	if (!db_longest_word_at(w->text, p, c->end, both, NWORDS(both), NULL) &&
	    !contains_any(w->text, end, c->end, (const char *const[]){ "分别" }, 1) &&
	    !second_figure(w->text, end, c->end))
		return;
	size_t m1 = db_matcher_lookup(w->x->matcher, pairs[which].first, strlen(pairs[which].first));
	size_t m2 = db_matcher_lookup(w->x->matcher, pairs[which].second,
				      strlen(pairs[which].second));
	if (m1 == (size_t)-1 || m2 == (size_t)-1)
		return;
	size_t id[2] = { m1, m2 };
	for (size_t h = 0; h < 2; h++) {
		push_split(w, ts, at, end, id[h]);
	}
}

/* 建筑业完成总产值243.6亿元: the catalog label that l, a verb (实现, 完成)
 * and a bare noun right before the clause's figure make (建筑业 + 总产值),
 * the noun's span in [*qs, *qe), or -1. 工业 said again before the noun is
 * left out (规上工业完成工业总产值, 规模以上工业企业实现工业总产值), unless a
 * label of its own starts there (工业增加值: that label is read with the
 * verb before it). */
static size_t verb_noun_label(const walk *w, const db_clause *c, const db_label *l, size_t *qs,
			      size_t *qe)
{
	static const char *const nouns[] = { "总产值", "施工产值", "增加值", "产值" };
	const char *t = w->text;
	size_t q = l->end, n, e, k = 0, which;
	/* (规模以上工业企业全年实现增加值…: a period of no year's number
	 * before the verb, words.json split_periods) */
	size_t pw = db_longest_word_at(t, q, c->end, WORDS(w, DB_W_SPLIT_PERIODS), NULL);
	if (pw && db_longest_word_at(t, q + pw, c->end, split_verbs, NWORDS(split_verbs), NULL))
		q += pw;
	size_t v = q;
	q += db_longest_word_at(t, q, c->end, split_verbs, NWORDS(split_verbs), NULL);
	if (q > v && has_word_at(t, c->end, q, "工业")) {
		size_t li = db_label_at(w->labels, q);
		if (li == w->labels->len || w->labels->items[li].start != q)
			k = 6;
	}
	if (q == v || !(n = db_longest_word_at(t, q + k, c->end, nouns, NWORDS(nouns), &which)))
		return (size_t)-1;
	e = q + k + n;
	if (e >= c->end || !(t[e] >= '0' && t[e] <= '9'))
		return (size_t)-1;
	size_t id = lookup2(w, t + l->start, l->end - l->start, t + q + k, n);
	if (id == l->metric)
		return (size_t)-1;
	*qs = q;
	*qe = e;
	return id;
}

/* 规模以上工业累计完成工业增加值26.83亿元, 建筑业完成总产值243.6亿元: a label
 * split by its verb. A label right after a verb (实现, 完成, 累计完成) that
 * follows another label names, with the first, the catalog label they make
 * together (规模以上工业 + 增加值, the words the two share said once); a
 * label followed by a verb and a bare noun right before the figure names,
 * with that noun, the label they make (建筑业 + 总产值, verb_noun_label).
 * Returns whether it pushed the label the two make (the caller then skips
 * l). */
bool db_verb_split_label(walk *w, const db_clause *c, const db_label *l, tokens *ts)
{
	const char *t = w->text;
	if (w->nsplit >= NWORDS(w->split))
		return false;
	size_t vl = split_verb_before(t, c->start, l->start);
	if (vl) {
		size_t vs = l->start - vl;
		for (size_t i = db_label_at(w->labels, l->start); i-- > 0;) {
			const db_label *p = &w->labels->items[i];
			if (p->end < vs || p->start < c->start)
				break;
			if (p->end != vs)
				continue;
			size_t np = p->end - p->start, nl = l->end - l->start;
			/* the words the two share, said once (工业 of 规模以上工业
			 * and 工业增加值) */
			for (size_t k = 9; k > 0; k -= 3) {
				if (k >= nl || k > np || memcmp(t + p->end - k, t + l->start, k))
					continue;
				size_t id = lookup2(w, t + p->start, np, t + l->start + k, nl - k);
				if (id == (size_t)-1 || id == l->metric)
					continue;
				push_split(w, ts, l->start, l->end, id);
				return true;
			}
			/* 规模以上工业企业完成工业增加值: the firms' own
			 * 增加值 (an industry's 工业增加值 is its 增加值) */
			if (nl > 6 && has_word_at(t, l->end, l->start, "工业")) {
				size_t id = lookup2(w, t + p->start, np, t + l->start + 6, nl - 6);
				if (id != (size_t)-1 && id != l->metric) {
					push_split(w, ts, l->start, l->end, id);
					return true;
				}
			}
		}
		return false;
	}
	size_t q, e, id = verb_noun_label(w, c, l, &q, &e);
	if (id == (size_t)-1)
		return false;
	tok_push(ts, (token){ .kind = TOK_LABEL, .start = l->start, .end = l->end, .label = l });
	push_split(w, ts, q, e, id);
	return true;
}

/* 规模以上服务业企业1-5月营业收入增长6%: a label split by the months its
 * figure is summed over (and maybe a verb: 1至5月实现营业收入). l and the
 * noun after the months (营业收入, 增加值) name the catalog label they make
 * together; pushed at the noun, after l. (Before, the firms' count took
 * the revenue's figures.) */
bool db_months_split_label(walk *w, const db_clause *c, const db_label *l, tokens *ts)
{
	static const char *const nouns[] = { "营业收入", "营业额", "总产值", "增加值", "产值" };
	const char *t = w->text;
	size_t q = l->end, n, which;
	db_period_match m;
	if (w->nsplit >= NWORDS(w->split) || q + 3 > c->end || !(t[q] >= '0' && t[q] <= '9') ||
	    !db_period_read(t, c->end, q, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &m) ||
	    !m.has_period || !m.no_year)
		return false;
	q = m.end + db_longest_word_at(t, m.end, c->end, split_verbs, NWORDS(split_verbs), NULL);
	if (!(n = db_longest_word_at(t, q, c->end, nouns, NWORDS(nouns), &which)))
		return false;
	size_t id = lookup2(w, t + l->start, l->end - l->start, t + q, n);
	if (id == (size_t)-1 || id == l->metric)
		return false;
	tok_push(ts, (token){ .kind = TOK_LABEL, .start = l->start, .end = l->end, .label = l });
	push_split(w, ts, q, q + n, id);
	return true;
}

/* 全县规模以上工业企业共41家，完成工业增加值…; …规模以上工业总产值42.6亿元，工
 * 业增加值增长8.7%: a bare 工业增加值 after a label of the industry above
 * designated size in its sentence (its firms, its output) is that industry's
 * value added, the earlier label's head with 增加值; after 全部, a place's
 * 全县 or the 占 of a share it stays all industry's. Returns whether it
 * pushed that label (the caller then skips l). */
bool db_scoped_industry_label(walk *w, const db_label *l, tokens *ts)
{
	static const char *const wholes[] = { "全部", "全县", "全市", "全区", "全省", "全镇", "占", "的" };
	const char *t = w->text;
	const char *bare = "工业增加值";
	size_t n = strlen(bare);
	if (l->end - l->start != n || memcmp(t + l->start, bare, n) ||
	    w->nsplit >= NWORDS(w->split) ||
	    ends_with_any(t, w->sentence_start, l->start, wholes, NWORDS(wholes)))
		return false;
	size_t scoped = db_catalog_index(w->x->catalog, "industrial_va");
	for (size_t i = db_label_at(w->labels, l->start); i-- > 0;) {
		const db_label *p = &w->labels->items[i];
		if (p->start < w->sentence_start)
			break;
		for (size_t h = p->end - p->start; h >= 6; h -= 3)
			if (lookup2(w, t + p->start, h, "增加值", strlen("增加值")) == scoped) {
				push_split(w, ts, l->start, l->end, scoped);
				return true;
			}
	}
	return false;
}

/* The last sown area (words.json crop_areas: 播种面积, 种植面积, or 面积
 * alone after a crop's name, 稻谷面积) in [s, e) that no label covers
 * (油料播种面积: the catalog names no such area), or -1. */
static size_t unkeyed_area_between(const walk *w, size_t s, size_t e)
{
	size_t last = (size_t)-1, n;
	for (size_t k = s; k < e; k++) {
		size_t which;
		if (!(n = db_longest_word_at(w->text, k, e, WORDS(w, DB_W_CROP_AREAS), &which)))
			continue;
		bool keyed = false;
		for (size_t i = db_label_at(w->labels, s); i < w->labels->len && !keyed; i++) {
			const db_label *l = &w->labels->items[i];
			if (l->start >= e)
				break;
			keyed = l->start <= k && k < l->end;
		}
		if (!keyed)
			last = k; /* (the last such area) */
		k += n - 1; /* (面积 inside 播种面积 is no area of its own) */
	}
	return last;
}

/* 油料播种面积9386公顷，增长4.0%；总产21572吨: the noun after a sown area
 * the catalog does not name is the crop's, when the crop's name (up to
 * six characters before 播种面积, within the sentence: 蔬菜及食用菌) with the
 * noun is a catalog alias (油料总产); else no label. The caller checks
 * there is room in w->split. */
static const db_label *crop_label(walk *w, size_t area, size_t s, size_t e)
{
	const char *t = w->text;
	for (size_t h = 18; h >= 6; h -= 3) {
		if (area < w->sentence_start + h)
			continue;
		size_t id = cjk_only(t, area - h, area) ? lookup2(w, t + area - h, h, t + s, e - s)
							: (size_t)-1;
		if (id != (size_t)-1)
			return new_split(w, s, e, id);
	}
	return NULL;
}

/* 全区高新技术产业实现增加值24.6亿元, …战略性新兴产业完成工业总产值…: a
 * clause that no label names, whose figure follows a verb (实现, 完成) and a
 * bare noun, names it by the words before the verb (all of them, after the
 * entity's own scope word and a count of firms: 全县38户规上企业) with the noun, when the two make a catalog alias
 * (战略性新兴产业 + 总产值; an industry's 工业总产值 is its 总产值). The
 * caller checks there is room in w->split. */
static const db_label *subject_verb_label(walk *w, const db_clause *c, size_t num)
{
	static const char *const nouns[] = { "工业总产值", "工业产值", "工业增加值", "总产值",
					     "产值", "增加值" };
	static const char *const times[] = { "全年", "今年", "去年", "上半年", "前三季度", "一季度" };
	const char *t = w->text;
	size_t s = c->start, which, l;
	if ((l = db_longest_word_at(t, s, num, times, NWORDS(times), &which)))
		s += l; /* (全年全县…) */
	if ((l = db_longest_word_at(t, s, num, WORDS(w, DB_W_SELF_SUBJECTS), &which)))
		s += l;
	/* (全县52户规上企业完成…: the firms' count before their name) */
	size_t d = s;
	while (d < num && t[d] >= '0' && t[d] <= '9')
		d++;
	if (d > s && (has_word_at(t, num, d, "户") || has_word_at(t, num, d, "家")))
		s = d + 3;
	size_t li = db_label_at(w->labels, c->start);
	if (li < w->labels->len && w->labels->items[li].start < num)
		return NULL; /* (a label of the clause speaks for it) */
	for (size_t p = s + 6; p < num && p <= s + 36; p += 3) {
		size_t vl = db_longest_word_at(t, p, num, split_verbs, NWORDS(split_verbs), NULL);
		if (!vl || !cjk_only(t, s, p))
			continue;
		size_t q = p + vl, nl = db_longest_word_at(t, q, num, nouns, NWORDS(nouns), &which);
		if (!nl || q + nl != num)
			return NULL;
		size_t id = lookup2(w, t + s, p - s, t + q, nl);
		if (id == (size_t)-1 && has_word_at(t, num, q, "工业"))
			id = lookup2(w, t + s, p - s, t + q + 6, nl - 6);
		return id == (size_t)-1 ? NULL : new_split(w, s, num, id);
	}
	return NULL;
}

/* 县级重点项目共320项，…，1-6月累计完成投资180.4亿元; 全县安排重点项目210个，…。
 * 1-8月共完成投资…: a clause that names its figure by a bare 完成投资 (累计完成投资,
 * 共完成投资, 项目累计完成投资, after its period only) speaks of the key projects a
 * label of its sentence named before it, or of the sentence before in its
 * paragraph when no record of its own sentence came first; never across
 * 其中 (其中：在建项目100项，…累计完成投资…: a part's projects). Returns the
 * label (the words 完成投资, project_investment) or NULL. */
static const db_label *projects_done_label(walk *w, const db_clause *c, size_t num)
{
	static const char *const done[] = { "完成投资" };
	static const char *const lead[] = { "项目", "累计", "共", "年", "月", "份", "至", "前", "个",
					    "—", "－", "-", " " };
	const char *t = w->text;
	size_t e = num, n;
	while (e > c->start && (t[e - 1] == ' ' || has_word_at(t, num, e - 3, "为")))
		e -= t[e - 1] == ' ' ? 1 : 3;
	if (!(n = word_ending_at(t, c->start, e, done, NWORDS(done), NULL)) ||
	    w->nsplit >= NWORDS(w->split))
		return NULL;
	for (size_t q = c->start, l; q < e - n; q += l) {
		if (t[q] >= '0' && t[q] <= '9') {
			l = 1;
			continue;
		}
		size_t k;
		if (!(l = db_longest_word_at(t, q, e - n, lead, NWORDS(lead), &k)))
			return NULL;
	}
	size_t from = w->rs->len == w->sent_rec0 ? w->prev_sentence_start : w->sentence_start;
	for (size_t i = db_label_at(w->labels, c->start); i-- > 0;) {
		const db_label *p = &w->labels->items[i];
		if (p->start < from)
			break;
		if (p->end > c->start || p->metric == (size_t)-1)
			continue;
		/* 全市固定资产投资增势强劲，累计完成投资…: an investment's label
		 * of the sentence, its clause of no figure, is the subject too */
		if (strcmp(metric_of(w, p)->id, "project_investment") &&
		    (p->start < w->sentence_start || p->end < p->start + 6 ||
		     !has_word_at(t, p->end, p->end - 6, "投资") || db_has_digit(t, p->end, c->start)))
			continue;
		if (find_any(t, p->end, c->start, (const char *const[]){ "其中" }, 1, NULL) !=
		    (size_t)-1)
			return NULL;
		/* (累计实施重点项目860个，完成投资…: the label of the part speaks
		 * for a clause of the bare words, over its span) */
		if (e - n == c->start && w->label == p)
			return NULL;
		return new_split(w, e - n, e, p->metric);
	}
	return NULL;
}

/* …总产值31.62亿元，增长5.4%；增加值17.08亿元 / 商品房销售面积16.93万平方米，
 * 销售额12.4亿元 / 生猪饲养量48.26万头，出栏25.17万头: a clause that names
 * its figure by a bare noun (增加值, 销售额, 出栏) speaks of the thing a label
 * of the sentence (or the words that open it) named, the last
 * first: the longest head of that label with the noun that is a catalog
 * alias (农林牧渔业 + 增加值). Returns the label (the noun's words, that
 * metric) or NULL. */
/* 实际利用内资12.7亿元、外资560万美元 (or ，外资…): a bare 外资 opening the
 * item of the figure at num (after 、, or the clause) after an amount of
 * 内资 in the sentence takes the words 内资 had before it: the two to four
 * characters that with 外资 are a catalog alias (实际利用 + 外资). NULL
 * otherwise (引进内资…、外资…: 引进外资 names nothing the catalog has). */
static const db_label *elided_foreign_label(walk *w, const db_clause *c, size_t num)
{
	static const char *const foreign = "外资", *const domestic = "内资";
	const char *t = w->text;
	size_t s = c->start, dun = rfind_any(t, c->start, num, (const char *const[]){ "、" }, 1, NULL);
	if (dun != (size_t)-1)
		s = dun + strlen("、");
	if (num != s + strlen(foreign) || !has_word_at(t, num, s, foreign) ||
	    w->nsplit >= NWORDS(w->split))
		return NULL;
	size_t n = rfind_any(t, w->sentence_start, s, &domestic, 1, NULL), q;
	if (n == (size_t)-1)
		return NULL;
	/* (内资 right before its amount) */
	for (q = n + strlen(domestic); q < s && t[q] == ' ';)
		q++;
	if (q >= s || t[q] < '0' || t[q] > '9')
		return NULL;
	for (size_t h = 12; h >= 6; h -= 3) {
		if (n < w->sentence_start + h || !cjk_only(t, n - h, n))
			continue;
		size_t id = lookup2(w, t + n - h, h, foreign, strlen(foreign));
		if (id != (size_t)-1)
			return new_split(w, s, num, id);
	}
	return NULL;
}

/* The label p's words cut to a head (规模以上工业完成总产值 → 规模以上工业)
 * that the bare noun t[s, e) completes into a catalog name, or NULL. */
static const db_label *head_with_noun(walk *w, const db_label *p, size_t s, size_t e)
{
	for (size_t h = p->end - p->start; h >= 6; h -= 3) {
		size_t id = lookup2(w, w->text + p->start, h, w->text + s, e - s);
		if (id != (size_t)-1)
			return new_split(w, s, e, id);
	}
	return NULL;
}

/* Where a clause that opens its sentence (or follows the part marker
 * that opens it, and its comma: 其中，4月份…; or opens with a part marker
 * of its own inside the sentence: …增长16%，其中2月当月…) goes on after the
 * periods it opens with (4月当月, 4月份), when it opens with one and more
 * words follow them; (size_t)-1 otherwise. */
static size_t opened_by_periods(const walk *w, const db_clause *c, size_t num)
{
	const char *t = w->text;
	size_t p = c->start, ss = w->sentence_start, which;
	size_t n = db_longest_word_at(t, ss, num, WORDS(w, DB_W_PART_MARKERS), &which);
	if (n) {
		size_t q = ss + n + (ss + n < num && t[ss + n] == ',' ? 1 : 0);
		if (p == ss)
			p = q;
		else if (p != q)
			return (size_t)-1;
	} else if (p != ss &&
		   (n = db_longest_word_at(t, p, num, WORDS(w, DB_W_PART_MARKERS), &which)))
		p += n;
	else if (p != ss)
		return (size_t)-1;
	size_t from = p;
	db_period_match pm;
	for (int k = 0; k < 2 && db_period_read(t, num, p, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &pm) &&
			pm.has_period && pm.start == p && pm.end > p && pm.end < num;
	     k++)
		p = pm.end;
	return p > from ? p : (size_t)-1;
}

/* 规上工业企业559家、1—10月总产值1506亿元: the figure at num ends an item
 * after 、 that follows a count of firms named by label l (a metric counted
 * in 家) and names, after its months if any, the firms' output, revenue or
 * profit by a bare noun: the head of l with the noun, when a catalog name
 * (规上工业 + 总产值); else NULL. */
static const db_label *db_firm_count_label(walk *w, const db_label *l, size_t num)
{
	static const char *const nouns[] = { "总产值", "产值", "营业收入", "利润总额" };
	const char *t = w->text;
	if (l->metric == (size_t)-1 || strcmp(metric_of(w, l)->unit, "家") ||
	    w->nsplit >= NWORDS(w->split))
		return NULL;
	size_t which, dun = rfind_any(t, l->end, num, (const char *const[]){ "、" }, 1, NULL);
	if (dun == (size_t)-1 || !db_has_digit(t, l->end, dun))
		return NULL;
	size_t p = dun + strlen("、"), n;
	db_period_match pm;
	if (db_period_read(t, num, p, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &pm) && pm.has_period &&
	    pm.start == p && pm.end < num)
		p = pm.end;
	if (!(n = db_longest_word_at(t, p, num, nouns, NWORDS(nouns), &which)) ||
	    (p + n < num && !db_measure_words_only(w, p + n, num)))
		return NULL;
	return head_with_noun(w, l, p, p + n);
}

/* The label of a figure that ends an item after 、 naming by a bare noun
 * the output of what label l's figure before it measured: a sown area's
 * crop (粮食播种面积61.35万亩、总产量27.08万吨) or the firms counted
 * (db_firm_count_label); NULL when neither. */
const db_label *db_item_label(walk *w, const db_label *l, size_t num, const db_clause *c)
{
	db_clause sub;
	if (db_sown_area_item(w, l, num, &sub, c))
		return db_composed_label(w, &sub, num);
	return db_firm_count_label(w, l, num);
}

const db_label *db_composed_label(walk *w, const db_clause *c, size_t num)
{
	static const char *const nouns[] = { "增加值", "总产值", "产值", "营业收入", "利润总额",
					     "利润", "利税", "销售额", "销售面积", "总产量", "总产", "产量",
					     "播种面积", "种植面积", "出栏", "存栏", "死亡" };
	/* crops a clause before may name as its subject (全年粮食实现稳产目标，
	 * 播种面积38.5万亩…；总产17.62万吨) */
	static const char *const crops[] = { "粮食" };
	/* (…种植面积稳定在500万亩以上，总产保持在200万吨以上) */
	static const char *const verbs[] = { "实现", "完成", "达到", "达", "保持在", "稳定在" };
	const char *t = w->text;
	size_t s = c->start, which, l;
	/* 农作物总播种面积812.4公顷…。其中，粮食作物296.5公顷: a crop named
	 * bare before its figure, in a 其中 sentence after a sown area's, is
	 * that crop's area */
	static const char *const areas[] = { "播种面积", "种植面积" };
	const db_label *whole = NULL;
	size_t li = db_label_at(w->labels, w->sentence_start);
	if (has_word_at(t, c->start, w->sentence_start, "其中") && li > 0 &&
	    w->labels->items[li - 1].start >= w->prev_sentence_start)
		whole = &w->labels->items[li - 1];
	size_t cs = s + (has_word_at(t, num, s, "其中") ? 6 : 0); /* (其中粮食作物…) */
	if (whole && whole->end >= whole->start + 12 && num >= cs + 6 && num <= cs + 18 &&
	    cjk_only(t, cs, num) && w->nsplit < NWORDS(w->split))
		for (size_t a = 0; a < NWORDS(areas); a++) {
			size_t id = has_word_at(t, whole->end, whole->end - 12, areas[a])
					    ? lookup2(w, t + cs, num - cs, areas[a], strlen(areas[a]))
					    : (size_t)-1;
			if (id == (size_t)-1)
				continue;
			return new_split(w, cs, num, id);
		}
	const db_label *projects = projects_done_label(w, c, num);
	if (projects)
		return projects;
	const db_label *foreign = elided_foreign_label(w, c, num);
	if (foreign)
		return foreign;
	/* (生猪存栏2.5万头，全年出栏3.6万头: the year the clause opens with) */
	static const char *const years[] = { "全年", "年内" };
	if ((l = db_longest_word_at(t, s, num, years, NWORDS(years), &which)))
		s += l;
	/* (…完成总产值a亿元，…，1-7月份，累计完成总产值b亿元: a lead of a
	 * carried subject's clause, words.json carried_leads, before the verb) */
	size_t lead = db_longest_word_at(t, s, num, WORDS(w, DB_W_CARRIED_LEADS), &which);
	if (lead && db_longest_word_at(t, s + lead, num, verbs, NWORDS(verbs), &which))
		s += lead;
	if ((l = db_longest_word_at(t, s, num, verbs, NWORDS(verbs), &which)))
		s += l;
	/* 年末全县户籍总户数8.5万户，总人口27.4万人: a bare 总人口 after the
	 * registered households in its sentence counts the registered
	 * population (户籍 + 总人口); alone it may be either */
	if (s + strlen("总人口") == num && has_word_at(t, num, s, "总人口") &&
	    w->nsplit < NWORDS(w->split) &&
	    find_any(t, w->sentence_start, c->start, (const char *const[]){ "户籍" }, 1, NULL) !=
		    (size_t)-1) {
		size_t id = lookup2(w, "户籍", strlen("户籍"), t + s, num - s);
		if (id != (size_t)-1)
			return new_split(w, s, num, id);
	}
	/* 民间投资由降转增。投资额418.32亿元: a sentence that opens with a bare
	 * 投资额 after one with no figure that names an investment speaks of it */
	if (s == w->sentence_start && has_word_at(t, num, s, "投资额") &&
	    w->prev_sentence_start < w->sentence_start && w->nsplit < NWORDS(w->split)) {
		size_t ps = w->prev_sentence_start;
		bool figure = false;
		for (size_t p = ps; p < s && !figure; p++)
			figure = t[p] >= '0' && t[p] <= '9';
		size_t pi = db_label_at(w->labels, s);
		const db_label *p = pi > 0 ? &w->labels->items[pi - 1] : NULL;
		if (!figure && p && p->start >= ps && p->metric != (size_t)-1 && p->end >= p->start + 6 &&
		    has_word_at(t, p->end, p->end - 6, "投资"))
			return new_split(w, s, s + strlen("投资额"), p->metric);
	}
	/* 其中，4月当月增加值增长3.9%; 4月份增加值增速2.7%: the periods that
	 * open the clause (after the sentence's 其中 and its comma) date the
	 * figure and leave its noun bare, as if the sentence opened with it */
	size_t bare_at = opened_by_periods(w, c, num);
	/* (其中2月当月完成产值…, 4月份实现增加值…: a verb between the periods
	 * and the noun leaves the noun as bare) */
	if (bare_at != (size_t)-1 && (l = db_longest_word_at(t, bare_at, num, verbs, NWORDS(verbs), &which)))
		bare_at += l;
	bool month_first = bare_at != (size_t)-1 &&
			   db_longest_word_at(t, bare_at, num, nouns, NWORDS(nouns), &which);
	if (month_first)
		s = bare_at;
	if (!(l = db_longest_word_at(t, s, num, nouns, NWORDS(nouns), &which)))
		return w->nsplit < NWORDS(w->split) ? subject_verb_label(w, c, num) : NULL;
	size_t e = s + l, q = e;
	if ((l = db_longest_word_at(t, q, num, verbs, NWORDS(verbs), &which)))
		q += l;
	else if (has_word_at(t, num, q, "为"))
		q += strlen("为"); /* (…实现利税…；利润总额为8.5亿元: a copula) */
	/* (nothing else before the figure but its verb and measure words) */
	if (q < num && db_find_growth(t, q, num) != q && !db_measure_words_only(w, q, num))
		return NULL;
	if (w->nsplit >= NWORDS(w->split))
		return NULL;
	/* the sentence's labels before the clause, the last first (…工业企业共14家，
	 * 完成工业增加值…，实现营业收入: 规模以上工业企业 + 营业收入) */
	size_t first = db_label_at(w->labels, w->sentence_start), area;
	for (size_t i = db_label_at(w->labels, c->start); i-- > first;) {
		const db_label *p = &w->labels->items[i];
		if (p->end > c->start)
			continue;
		/* 粮食播种面积…，产量…；油料播种面积…，产量…: a sown area of
		 * something the catalog does not name comes between, the 产量
		 * is of that */
		if ((area = unkeyed_area_between(w, p->end, c->start)) != (size_t)-1)
			return crop_label(w, area, s, e);
		/* …占规模以上工业增加值的比重为N%，增加值增长N%: the whole a
		 * share is of is not what the clause after speaks of */
		if (p->start >= 3 && find_any(t, p->start >= 9 ? p->start - 9 : 0, p->start,
					      (const char *const[]){ "占" }, 1, NULL) != (size_t)-1)
			continue;
		const db_label *n = head_with_noun(w, p, s, e);
		if (n)
			return n;
	}
	/* 规模以上工业完成总产值…，下降11.1%。增加值下降9.5%: a bare noun that
	 * opens a sentence of no label before it goes with the head of the
	 * last label of the sentence before */
	size_t pl = db_label_at(w->labels, w->sentence_start);
	if (first == db_label_at(w->labels, c->start) &&
	    (c->start == w->sentence_start || month_first) && pl > 0 &&
	    w->prev_sentence_start < w->sentence_start &&
	    w->labels->items[pl - 1].start >= w->prev_sentence_start) {
		const db_label *n = head_with_noun(w, &w->labels->items[pl - 1], s, e);
		if (n)
			return n;
	}
	/* (no label before it in the sentence but the crop's area) */
	/* (a bare 播种面积 that a clause opens, unnamed by a crop before it,
	 * is no crop's: the subject's below) */
	if ((area = unkeyed_area_between(w, w->sentence_start, c->start)) != (size_t)-1 &&
	    area >= w->sentence_start + 3 && cjk_only(t, area - 3, area))
		return crop_label(w, area, s, e);
	/* (no label before it in the sentence at all, but a crop named as
	 * the sentence's subject: 粮食 + 播种面积, then 粮食 + 总产) */
	if (first == db_label_at(w->labels, c->start)) {
		size_t ci, k = find_any(t, w->sentence_start, c->start, crops, NWORDS(crops), &ci);
		size_t id = k == (size_t)-1 ? (size_t)-1
					    : lookup2(w, crops[ci], strlen(crops[ci]), t + s, e - s);
		if (id != (size_t)-1)
			return new_split(w, s, e, id);
	}
	/* 粮食生产再夺丰收，总产达到118.4亿斤: no label before it, but the
	 * words that open the sentence (two to four characters) with the noun
	 * are a catalog alias (粮食 + 总产) */
	size_t ss = w->sentence_start;
	while (ss < c->start && t[ss] >= '0' && t[ss] <= '9')
		ss++; /* (2021年，粮食生产…: its year first) */
	if (ss > w->sentence_start && has_word_at(t, c->start, ss, "年")) {
		ss += strlen("年");
		if (has_word_at(t, c->start, ss, "，"))
			ss += strlen("，");
	} else
		ss = w->sentence_start;
	for (size_t h = 12; h >= 6 && ss < c->start; h -= 3) {
		if (ss + h > c->start || !cjk_only(t, ss, ss + h))
			continue;
		size_t id = lookup2(w, t + ss, h, t + s, e - s);
		if (id != (size_t)-1)
			return new_split(w, s, e, id);
	}
	return NULL;
}

/* Where a run of ASCII spaces ending at p (after s) starts. */
static size_t spaces_before(const char *t, size_t s, size_t p)
{
	while (p > s && t[p - 1] == ' ')
		p--;
	return p;
}

/* 签约项目17个、总投资186亿元, 新签约项目22个，总投资94亿元: a total right
 * before the figure (总投资, maybe with 达 or 为) after a count of things
 * (N个, N项) names, with the words of the thing counted (two to five
 * characters right before the count), the catalog label they make
 * (签约项目 + 总投资). Returns it or NULL (the caller checks there is room
 * in w->split). */
const db_label *db_counted_total_label(walk *w, const db_clause *c, size_t num)
{
	const char *total = "总投资";
	static const char *const seps[] = { "、", "，", ",", "；" };
	static const char *const counts[] = { "个", "项", "户", "家" };
	const char *t = w->text;
	size_t which, s = w->sentence_start;
	/* (the total and its verb right before the figure, count_verbs; a
	 * page's spaces around numbers, 总投资 95.4 亿元, are passed over) */
	num = spaces_before(t, s, num);
	size_t e = num - word_ending_at(t, s, num, WORDS(w, DB_W_COUNT_VERBS), &which);
	/* (协议总投资额, 协议投资额: the total agreed, agreed_totals, named by
	 * 总投资 in the catalog) */
	size_t tl = word_ending_at(t, s, e, WORDS(w, DB_W_AGREED_TOTALS), &which);
	if (!tl)
		tl = word_ending_at(t, s, e, &total, 1, &which);
	/* (资质以上建筑企业12户，实现总产值…; 房地产开发项目40个，累计完成投资…:
	 * an amount of the units counted, counted_amounts, maybe after its
	 * verb or span, counted_amount_leads) */
	size_t ll = 0;
	if (!tl && (tl = word_ending_at(t, s, e, WORDS(w, DB_W_COUNTED_AMOUNTS), &which))) {
		total = WL(w, DB_W_COUNTED_AMOUNTS)->items[which];
		ll = word_ending_at(t, s, e - tl, WORDS(w, DB_W_COUNTED_AMOUNT_LEADS), &which);
	}
	if (!tl || e - tl - ll < c->start)
		return NULL;
	size_t b = e - tl;
	/* (the count and its separator right before the total) */
	size_t sl = word_ending_at(t, s, b - ll, seps, NWORDS(seps), &which);
	if (!sl || !word_ending_at(t, s, spaces_before(t, s, b - ll - sl), counts, NWORDS(counts), &which))
		return NULL;
	size_t p = spaces_before(t, s, spaces_before(t, s, b - ll - sl) - 3), d = p;
	while (d > s && t[d - 1] >= '0' && t[d - 1] <= '9')
		d--;
	if (d == p)
		return NULL;
	d = spaces_before(t, s, d);
	/* (新签约…项目达到52个, 项目不少于60个: the count's verb or bound,
	 * maybe broken by a page's line wrap, 达\n到) */
	size_t vl = word_ending_at(t, s, d, WORDS(w, DB_W_COUNT_VERBS), &which);
	if (!vl && d >= s + 3 && has_word_at(t, d, d - 3, "到")) {
		size_t r = d - 3;
		while (r > s && (t[r - 1] == '\n' || t[r - 1] == '\r' || t[r - 1] == ' '))
			r--;
		if (r < d - 3 && r >= s + 3 && has_word_at(t, r, r - 3, "达"))
			vl = d - (r - 3);
	}
	d = spaces_before(t, s, d - vl);
	/* (省市重点项目51个，完成投资…: units a catalog label names already
	 * speak for the amount by that label) */
	size_t li = db_label_at(w->labels, d);
	if (strcmp(total, "总投资") && li > 0 && w->labels->items[li - 1].start >= s &&
	    w->labels->items[li - 1].end + 6 >= d && w->labels->items[li - 1].metric != (size_t)-1)
		return NULL;
	for (size_t h = 21; h >= 6; h -= 3) {
		if (d < s + h || !cjk_only(t, d - h, d))
			continue;
		size_t id = lookup2(w, t + d - h, h, total, strlen(total));
		if (id != (size_t)-1)
			return new_split(w, b, e, id);
	}
	/* 新签约某某等重点项目31个，总投资…: projects of a clause that opens
	 * with 签约 (新签约) are the projects signed */
	static const char *const signed_words[] = { "新签约", "签约" };
	static const char *const clause_ends[] = { "，", ",", "；", ";", "：", "。" };
	size_t lead = rfind_any(t, s, d, clause_ends, NWORDS(clause_ends), &which);
	lead = lead == (size_t)-1 ? s : lead + strlen(clause_ends[which]);
	if (lead < d && has_word_at(t, d, lead, "其中"))
		lead += strlen("其中");
	/* (全县新签约…: the place's own scope before it; 力争全年新签约…: a
	 * target's word and a period, in a sentence that sets the year's
	 * target or dates the count) */
	static const char *const scopes[] = { "全县", "全区", "全市" };
	for (int k = 0; k < 3 && lead < d; k++) {
		size_t n = db_longest_word_at(t, lead, d, scopes, NWORDS(scopes), &which);
		if (!n)
			n = db_longest_word_at(t, lead, d, WORDS(w, DB_W_TARGET), &which);
		db_period_match pm;
		if (!n && db_period_read(t, d, lead, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &pm) &&
		    pm.has_period && pm.end > lead)
			n = pm.end - lead;
		if (!n)
			break;
		lead += n;
	}
	if (d >= lead + 6 && has_word_at(t, d, d - 6, "项目") &&
	    db_longest_word_at(t, lead, d, signed_words, NWORDS(signed_words), &which)) {
		size_t id = lookup2(w, "签约项目", strlen("签约项目"), total, strlen(total));
		if (id != (size_t)-1)
			return new_split(w, b, e, id);
	}
	return NULL;
}
