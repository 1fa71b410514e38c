/* figures.c - pairing a figure with its label and reading it into a record:
 * its measure (level, growth, change, gap, added, share), unit and value,
 * basis, period and status, the label of a metric outside the catalog, and
 * the lists (分别) that pair several labels with several figures.
 *
 * Honesty first: a figure whose measure or unit cannot be told for sure is
 * left out rather than guessed. The words that decide measures and bases are
 * the const tables just below; those of status, sign and subject are data
 * (words.json). */
#define _GNU_SOURCE /* memmem */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/numfmt.h"
#include "core/units.h"
#include "extract/readers_lex.h"
#include "extract/walk.h"

/* Between a label and its figure: the figure is a growth rate. */
static const char *const growth_words[] = {
	"增长", "增速", "增幅", "增长率", "上涨", "涨幅", "下降", "下滑", "回落", "降幅",
	"减少", "降低", "同比", "环比", "提高", "提升", "上升", "增加", "可比增长", "增产",
	"减产", "增收", "减收",
	/* the amount a revenue passed its budget by, or fell short of it by
	 * (超收, 短收): a change, no level, and it leaves the label to the
	 * growth after it (…完成5.2亿元，短收300万元，增长6%) */
	"超收", "短收",
};

/* Verbs before 至/到 that make the figure the new level (提升至2.31%, 达到). */
static const char *const level_verbs[] = {
	"提高", "提升", "增长", "增加", "上升", "下降", "降低", "减少", "回落", "扩大", "达", "升", "降",
};

/* "to" after a verb: the figure is the new level (提升至2.31%, 增长到). */
static const char *const to_words[] = { "至", "到" };

/* Between a label and a change in points: the change of its share. */
static const char *const share_change_words[] = { "占比", "比重" };

/* Words of a share that moved (占比下降2.3%). */
static const char *const share_moves[] = { "下降", "提高", "上升", "回落", "降低", "提升",
					    "扩大", "缩小" };

/* The value added of one of the three industries (第一产业…第三产业). */
static bool is_sector_va(const db_metric *m)
{
	return !strcmp(m->id, "primary_industry_va") || !strcmp(m->id, "secondary_industry_va") ||
	       !strcmp(m->id, "tertiary_industry_va");
}

/* 一产、二产比重分别提高0.3、0.6个百分点，三产…: a share's change in points
 * before pos in its sentence (from s), and no rate in % after it: an
 * industry's points at pos go on with the shares. */
static bool after_share_points(const char *t, size_t s, size_t pos)
{
	size_t sh = rfind_any(t, s, pos, share_change_words, NWORDS(share_change_words), NULL);
	return sh != (size_t)-1 &&
	       contains_any(t, sh, pos, (const char *const[]){ "百分点" }, 1) &&
	       !contains_any(t, sh, pos, (const char *const[]){ "%", "％" }, 2);
}

/* 三产比由上年的15.0:43.3:41.2调整为…: three or more figures joined by a
 * ratio colon (:, ：, ∶) between s and pos, the structure of the
 * industries whatever words name it. */
static size_t ratio_colon(const char *t, size_t i, size_t end)
{
	if (i < end && t[i] == ':')
		return 1;
	if (i + 3 <= end && (!memcmp(t + i, "\xef\xbc\x9a", 3) || !memcmp(t + i, "\xe2\x88\xb6", 3)))
		return 3;
	return 0;
}

static bool ratio_before(const char *t, size_t s, size_t pos)
{
	for (size_t i = s; i < pos; i++) {
		if (t[i] < '0' || t[i] > '9' || (i > s && ((t[i - 1] >= '0' && t[i - 1] <= '9') ||
							   t[i - 1] == '.')))
			continue;
		size_t j = i, n;
		int parts = 0;
		for (;;) {
			size_t k = j;
			while (k < pos && ((t[k] >= '0' && t[k] <= '9') || t[k] == '.'))
				k++;
			if (k == j)
				break;
			parts++;
			if (!(n = ratio_colon(t, k, pos)))
				break;
			j = k + n;
		}
		if (parts >= 3)
			return true;
	}
	return false;
}

/* 三次产业比重由…变为…。第一、二产业分别下降a、b个百分点，第三产业上升…: a
 * sentence right after the structure's in its paragraph (结构 or 比重 with
 * the ratio itself) whose industries' points follow no percent in it and no
 * rate word (words.json rate_words) after the label speaks of the shares
 * too, no change of the value added's growth. */
static bool after_structure_sentence(const walk *w, size_t label_end, size_t num)
{
	const char *t = w->text;
	size_t ps = w->prev_sentence_start, ss = w->sentence_start;
	if (ps >= ss || ps < w->seg_start || label_end > num ||
	    contains_any(t, ss, num, (const char *const[]){ "%", "％" }, 2))
		return false;
	return !contains_any(t, label_end, num, WORDS(w, DB_W_RATE_WORDS)) &&
	       contains_any(t, ps, ss, (const char *const[]){ "结构", "比重" }, 2) &&
	       ratio_before(t, ps, ss);
}

/* Share of a whole (占全省55%). */
static const char *const share_words[] = { "占" };

/* 第一产业增加值占地区生产总值比重为19.3%，第二产业增加值比重为28.7%: a
 * share named right after its label (比重, 占比) with its whole left out is
 * of the whole of the share before it in the sentence; without one, NULL
 * (which whole is unsure: no record). */
static const char *elided_whole(const walk *w, const fig_ctx *fc, const db_metric *m, size_t ge)
{
	static const char *const words[] = { "比重", "占比", "所占比重" };
	size_t which;
	if (!m || !fc->label || fc->label_end >= ge || fc->label_start < fc->c->start ||
	    !db_longest_word_at(w->text, fc->label_end, ge, words, NWORDS(words), &which) ||
	    db_find_growth(w->text, fc->label_end, ge) != (size_t)-1)
		return NULL;
	for (size_t k = w->rs->len; k-- > 0 && w->rs->items[k].source.offset >= w->sentence_start;)
		if (w->rs->items[k].measure == DB_MEASURE_SHARE && w->rs->items[k].of)
			return w->rs->items[k].of;
	return NULL;
}

/* Gap against another place (高于全省2.1个百分点): the words that open one,
 * the first NGAP_SIGNED with the sign each gives (gap_signs); 比全 and 较全
 * count only among a figure's measure words (db_measure_words_only). A bare
 * 高 or 低 right before the place (分别高全国、全省…, 低全市…) is 高于, 低于
 * (not after 提, 降 and the like: bare_gap_word). */
static const char *const gap_words[] = {
	"高于", "高出", "快于", "超出", "好于", "超过全", "超全", "领先全", "高全", "低于", "慢于", "落后",
	"低全", "比全", "较全",
};
static const int gap_signs[] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1 };
#define NGAP_SIGNED NWORDS(gap_signs)

/* Is gap_words[which] at `at` a bare 高 or 低 that ends a verb (提高全县…,
 * 降低全市…), no gap word? */
static bool bare_gap_word(const char *t, size_t at, size_t which)
{
	static const char *const verbs[] = { "提", "降", "拉", "调", "抬", "压", "最", "偏" };
	return which < NGAP_SIGNED && (!strcmp(gap_words[which], "高全") ||
				       !strcmp(gap_words[which], "低全")) &&
	       at >= 3 && ends_with_any(t, at - 3, at, verbs, NWORDS(verbs));
}

/* A share of one metric in another that the catalog has as a metric of its
 * own (研发经费占GDP比重 is 研发投入强度). */
static const struct {
	const char *metric, *of, *is;
} share_metrics[] = {
	{ "rd_spending", "gdp", "rd_intensity" },
	{ "tax_revenue", "budget_revenue", "tax_share" },
};

/* The metric a share of m in the metric `of` is (研发经费占GDP比重: 研发投入
 * 强度), or NULL. */
static const db_metric *share_indicator(const walk *w, const db_metric *m, const char *of)
{
	for (size_t i = 0; m && of && i < NWORDS(share_metrics); i++)
		if (!strcmp(m->id, share_metrics[i].metric) && !strcmp(of, share_metrics[i].of))
			return db_catalog_find(w->x->catalog, share_metrics[i].is);
	return NULL;
}

/* 一般公共预算收入…，其中税收收入增长N%，占比M%: a share with its whole
 * left out (占比 alone) of a metric whose share in another is an
 * indicator of its own (share_metrics) is of that other metric when the
 * sentence keyed it before t[at]: the whole the part was named under.
 * NULL when it did not (the whole stays unsaid). */
static const char *sentence_whole(const walk *w, const db_metric *m, size_t at)
{
	for (size_t i = 0; m && i < NWORDS(share_metrics); i++) {
		if (strcmp(m->id, share_metrics[i].metric))
			continue;
		for (size_t k = w->rs->len;
		     k-- > 0 && w->rs->items[k].source.offset >= w->sentence_start;)
			if (w->rs->items[k].source.offset < at && w->rs->items[k].metric &&
			    !strcmp(w->rs->items[k].metric, share_metrics[i].of))
				return share_metrics[i].of;
	}
	return NULL;
}

/* Is the figure alone in brackets: the words before it, t[gs, ge), an
 * opening bracket only, and a closing one right after it at fe? */
static bool bracketed_alone(const char *t, size_t gs, size_t ge, size_t fe, size_t len)
{
	bool open = (ge == gs + 1 && t[gs] == '(') || (ge == gs + 3 && has_word_at(t, ge, gs, "（"));
	return open && fe < len && (t[fe] == ')' || has_word_at(t, len, fe, "）"));
}

/* Places a share or a gap refers to, longest first. */
static const char *const scope_words[] = {
	"全国平均", "全省平均", "全市平均", "全国", "全省", "全市", "全区", "全县", "全州", "全盟",
};
/* scope_words[i] for SCOPE_AVERAGES <= i < 2 * SCOPE_AVERAGES is a place
 * whose average is scope_words[i - SCOPE_AVERAGES] */
#define SCOPE_AVERAGES 3

/* 自治区 at p in the report of a place in an autonomous region (not the
 * region's own): the region above, as 全省 names a province elsewhere
 * (分别比全国、自治区和全市高…); not 自治区级, 自治区党委 and the like. */
static bool region_word_at(const walk *w, size_t p, size_t e)
{
	static const char *const after[] = { "平均", "增速", "增幅", "水平", "高", "低", "快",
					     "慢", "和", "、", "的", "分别", "（", "(" };
	const char *t = w->text, *own = db_own_scope(w);
	size_t q = p + strlen("自治区"), n;
	if (!has_word_at(t, e, p, "自治区") || !own || !strcmp(own, "全省"))
		return false;
	if (q < e && lx_is_cjk(lx_cp(t, e, q, &n)) &&
	    !word_at(t, e, q, &(const db_wordlist){ after, NWORDS(after), { 0 } })) {
		/* 高于自治区工业增速0.7个百分点: the rate's name, up to six
		 * ideographs, then a rate word (words.json rate_words) */
		size_t k = q;
		for (int i = 0; i < 6 && k + 3 <= e && cjk_at(t, k) &&
				!word_at(t, e, k, WL(w, DB_W_RATE_WORDS));
		     i++)
			k += 3;
		if (k == q || !word_at(t, e, k, WL(w, DB_W_RATE_WORDS)))
			return false;
	}
	return db_in_autonomous_region(w);
}

/* 高于宜昌市1.2个百分点, 比宜昌平均水平高…: the place compared with named
 * by its own name at p, when it encloses the document's entity (枝江市's
 * 宜昌市, 湖北省; a county-level city's 全市 is itself): its canonical name,
 * and *end after its name; else NULL. A bare 自治区 above the entity is
 * 全省 (全省平均 before 平均, as scope_words read 全省平均). */
const char *db_parent_scope(const walk *w, size_t p, size_t e, size_t *end)
{
	const char *t = w->text;
	const db_division *own = w->self_division;
	const db_division *best = NULL;
	char name[64];
	size_t q = p, n;
	if (region_word_at(w, p, e)) {
		*end = p + strlen("自治区");
		return has_word_at(t, e, *end, "平均") ? "全省平均" : "全省";
	}
	for (int k = 0; k < 8 && q < e && own && lx_is_cjk(lx_cp(t, e, q, &n)); k++) {
		q += n;
		if (k < 1 || q - p >= sizeof name)
			continue;
		memcpy(name, t + p, q - p);
		name[q - p] = '\0';
		const db_division *d = db_division_find(name);
		if (d) {
			best = d;
			*end = q;
		}
	}
	if (!best)
		return NULL;
	/* (up the enclosing divisions of the entity: its city, its province) */
	const char *name_of_best = db_division_str(best->name);
	for (const db_division *up = own; up && up->parent; ) {
		const char *parent = db_division_str(up->parent);
		if (!strcmp(parent, name_of_best))
			return name_of_best;
		up = db_division_find(parent);
	}
	return NULL;
}

/* 高于市平均增速…, 低于省平均水平…: a place's average said without 全
 * (words.json bare_averages) right at p, as scope_words name it (全市平均);
 * else NULL. */
static const char *bare_average(const walk *w, size_t p, size_t e)
{
	size_t which;
	if (!db_longest_word_at(w->text, p, e, WORDS(w, DB_W_BARE_AVERAGES), &which))
		return NULL;
	const char *word = WL(w, DB_W_BARE_AVERAGES)->items[which];
	for (size_t i = 0; i < SCOPE_AVERAGES; i++)
		if (!strcmp(scope_words[i] + strlen("全"), word))
			return scope_words[i];
	return NULL;
}

static bool own_scope(const walk *w, const char *t, size_t s, size_t e);

/* The longest catalog label that starts at p and ends by e, or NULL. */
static const db_label *label_from(const walk *w, size_t p, size_t e)
{
	const db_label *best = NULL;
	for (size_t i = db_label_at(w->labels, p);
	     i < w->labels->len && w->labels->items[i].start == p; i++)
		if (w->labels->items[i].end <= e &&
		    (!best || w->labels->items[i].end > best->end))
			best = &w->labels->items[i];
	return best;
}

/* Does label cl, said after a place compared with (高于全省GDP增速… after
 * an investment's rate), name another rate than metric m's own, or none
 * of the catalog? The place's figure is then another indicator's. */
static bool other_rate(const walk *w, const db_metric *m, const db_label *cl)
{
	return cl && (cl->metric == (size_t)-1 || strcmp(w->x->catalog->items[cl->metric].id, m->id));
}

/* 比全省高1.2个百分点, 较全国平均水平低0.5个百分点: a gap to the place after
 * 比/较, its sign from 高 快 (up) or 低 慢 (down) after it; the place may be
 * named (比宜昌市高…: db_parent_scope). With the figure's metric m, a label may
 * follow the place (比全省规上工业增加值增速高…): the place's rate of the
 * figure's own metric is a gap to the place; another metric's (比全省GDP增速
 * 高… after an investment's rate), or the document's own place's, is no
 * gap of the figure: -1. 1 for a gap, else 0. */
static int compared_by_words(const walk *w, const db_metric *m, size_t s, size_t e,
			     const char **vs, double *v, bool has_value)
{
	static const char *const leads[] = { "比", "较" };
	const db_wordlist *ups = WL(w, DB_W_COMPARED_UPS), *downs = WL(w, DB_W_COMPARED_DOWNS);
	const char *t = w->text;
	for (size_t p = s; p + 9 <= e; p++) {
		size_t which, named_end = 0;
		const char *named = NULL;
		if (!word_at(t, e, p, &(const db_wordlist){ leads, 2, { 0 } }) ||
		    (!word_at(t, e, p + 3, &(const db_wordlist){ db_places, DB_NPLACES, { 0 } }) &&
		     !(named = db_parent_scope(w, p + 3, e, &named_end))))
			continue;
		size_t q = named ? named_end : p + 9;
		const db_label *cl = m ? label_from(w, q, e) : NULL;
		if (cl)
			q = cl->end;
		static const char *const avg[] = { "平均水平", "平均增速", "平均增幅", "平均",
						   "增速", "增幅", "水平" };
		size_t l = db_longest_word_at(t, q, e, avg, NWORDS(avg), &which);
		q += l;
		/* 比全省的5.3%快0.8个百分点: the place's rate said on the way */
		if (!l && has_word_at(t, e, q, "的")) {
			size_t r = q + 3;
			while (r < e && ((t[r] >= '0' && t[r] <= '9') || t[r] == '.'))
				r++;
			if (r > q + 3 && r < e && t[r] == '%')
				q = r + 1;
		}
		/* 比全国（6.2%）低…, 比全省(均为5.9%)低…: the place's rate in a
		 * bracket right after it, a figure inside */
		size_t b = db_bracket_after(t, q, e), d = q;
		while (d < q + b && !(t[d] >= '0' && t[d] <= '9'))
			d++;
		if (d < q + b)
			q += b;
		bool up = word_at(t, e, q, ups) != NULL, down = word_at(t, e, q, downs) != NULL;
		/* 降幅比全省小2.1个百分点: a fall smaller than the place's is a
		 * gap up (大: down); 增幅比全省小: down */
		bool smaller = has_word_at(t, e, q, "小"), larger = has_word_at(t, e, q, "大");
		if (smaller || larger) {
			bool fall = rfind_any(t, s, p, (const char *const[]){ "降幅" }, 1, NULL) !=
				    (size_t)-1;
			up = smaller == fall;
			down = !up;
		}
		if (!up && !down)
			return 0;
		if (has_word_at(t, e, q + 3, "于")) /* (比全省低于…: not this form) */
			return 0;
		if (other_rate(w, m, cl) || (cl && !named && own_scope(w, t, p + 3, p + 9)))
			return -1;
		for (size_t i = 0; i < NWORDS(scope_words); i++)
			if (has_word_at(t, e, p + 3, scope_words[i]) &&
			    (!*vs || strlen(scope_words[i]) > strlen(*vs)))
				*vs = scope_words[i];
		if (named)
			*vs = named;
		if (down && has_value && *v > 0)
			*v = -*v;
		return 1;
	}
	return 0;
}

/* Do the words compared with in t[s, e) name something (采矿业增加值增速),
 * not only a rate (平均水平, 增速, 上年同期)? */
static bool names_compared(const char *t, size_t s, size_t e)
{
	static const char *const rate[] = { "平均水平", "平均", "水平", "增速", "增幅", "速度",
					    "的", "同期", "上年", "去年", "上月", "预期", "目标" };
	size_t which, n;
	for (size_t p = s; p < e;) {
		size_t l = db_longest_word_at(t, p, e, rate, NWORDS(rate), &which);
		if (l) {
			p += l;
			continue;
		}
		if (lx_is_cjk(lx_cp(t, e, p, &n)) || (t[p] >= 'A' && t[p] <= 'Z'))
			return true; /* (GDP增速, CPI涨幅: a name in Latin letters) */
		p += n ? n : 1;
	}
	return false;
}

/* Is the place compared with in t[s, e) the document's own (全市 in a
 * city's report, 全县 in a county's; 全市平均水平 in a prefecture's, 全省平均
 * in a province's)? Then a part is compared with its whole, and the figure
 * is no gap of a place. (A county-level city's 全市平均 stays its
 * prefecture's average.) */
static bool own_scope(const walk *w, const char *t, size_t s, size_t e)
{
	const char *own = db_own_scope(w), *lv = w->rs->doc.level;
	size_t which;
	size_t at = own ? find_any(t, s, e, scope_words, NWORDS(scope_words), &which) : (size_t)-1;
	if (at != (size_t)-1 && which < SCOPE_AVERAGES && lv && strcmp(lv, "county"))
		which += SCOPE_AVERAGES; /* (the place whose average it is) */
	return at != (size_t)-1 && !strcmp(scope_words[which], own);
}

/* Bases of a growth rate; of those the clause holds, the last in this list
 * wins (两年均增长, 两年平均增长 said short, holds 年均增长 but is the
 * two-year average). */
static const struct {
	const char *word;
	const char *basis;
} basis_words[] = {
	{ "两年平均", "avg2y" }, { "两年平均增长", "avg2y" }, { "年均增长", "cagr" },
	{ "年均增速", "cagr" }, { "年均", "cagr" }, { "两年均增长", "avg2y" },
	{ "两年均增速", "avg2y" }, { "三年平均", "cagr" }, { "环比", "mom" },
};

/* Words that make a rate year on year whatever its paragraph says. */
static const char *const yoy_words[] = { "同比", "比上年", "比去年", "较上年", "较去年" };

/* Progress towards a target is not an indicator (完成年度目标的52%). */
static const char *const progress_words[] = {
	"目标的", "任务的", "计划的", "进度", "完成率", "目标任务的",
};

/* After 占 before a percent: the plan it is progress against (占预算的52.6%,
 * 占年计划的80%, 占年度计划投资的108%), or an evaluation's indicators
 * (占指标总量的30%): no indicator either. */
static const char *const plan_shares[] = {
	"预算的", "计划的", "任务的", "目标的", "指标", "年任务", "年计划", "年目标",
	"年度任务", "年度计划", "年度目标",
};

static bool plan_share(const char *t, size_t share_at, size_t num_start)
{
	return share_at != (size_t)-1 &&
	       contains_any(t, share_at, num_start, plan_shares, NWORDS(plan_shares));
}

/* A growth after price effects are taken out is another indicator than
 * the nominal one next to it (收入增长6.8%，扣除价格因素实际增长4.8%). */
static const char *const real_words[] = { "扣除价格因素" };

/* A sum over the years up to the period's (五年累计完成…, 五年完成…). */
static const struct {
	const char *word;
	int n;
} years_summed[] = { { "两年累计", 2 }, { "三年累计", 3 }, { "五年累计", 5 }, { "十年累计", 10 },
		      { "两年完成", 2 }, { "三年完成", 3 }, { "五年完成", 5 }, { "五年共完成", 5 } };

static const char *const years_summed_words[] = { "两年累计", "三年累计", "五年累计", "十年累计",
						  "两年完成", "三年完成", "五年完成", "五年共完成" };

/* An added amount counted from the start of the year (比年初增加, 较去年底增长). */
static const char *const since_january[] = { "比年初", "较年初", "比上年末", "较上年末",
					      "比上年底", "较上年底", "比去年底", "较去年底" };

/* A comma at t[p] (， or ,): its length, else 0. */
static size_t comma_at(const char *t, size_t len, size_t p)
{
	return has_word_at(t, len, p, "，") ? 3 : has_word_at(t, len, p, ",") ? 1 : 0;
}

/* The whole that the shares of a sentence with none named are of, or NULL:
 * - 在规上工业增加值中，制造业增加值占87.3%: the sentence opens with 在, a
 *   catalog label and 中;
 * - …，规模以上工业中，高新技术产业增加值…占比为32.1%: a clause before the
 *   share is such a label and 中 alone (中 then a comma: 规上工业中小企业 is
 *   no frame);
 * - …规模以上工业增加值增长5.2%。分行业看，制造业增加值占比为…: a sentence
 *   that opens with a breakdown shares out what the sentence before spoke
 *   of, its first record's metric. */
static const char *framed_whole(const walk *w, size_t before)
{
	const char *t = w->text;
	size_t s = w->sentence_start;
	while (s < before && (t[s] == ' ' || t[s] == '\n'))
		s++;
	if (has_word_at(t, before, s, "在")) {
		/* (在全区生产总值中，: the entity's own scope word may come
		 * first; a region's, a 州's and a 盟's too) */
		const char *own = db_own_scope(w);
		bool city = own && !strcmp(own, "全市"), prov = own && !strcmp(own, "全省");
		size_t at = s + 3;
		if (own && has_word_at(t, before, at, own))
			at += strlen(own);
		else if ((prov && has_word_at(t, before, at, "全区")) ||
			 (city && (has_word_at(t, before, at, "全州") || has_word_at(t, before, at, "全盟"))))
			at += strlen("全区");
		for (size_t i = db_label_at(w->labels, s); i < w->labels->len; i++) {
			const db_label *l = &w->labels->items[i];
			if (l->start > at || l->end > before)
				break;
			if (l->start == at && l->metric != (size_t)-1 &&
			    has_word_at(t, before, l->end, "中"))
				return metric_of(w, l)->id;
		}
		return NULL;
	}
	const char *whole = NULL;
	for (size_t i = db_label_at(w->labels, s); i < w->labels->len; i++) {
		const db_label *l = &w->labels->items[i];
		if (l->end + 3 >= before)
			break;
		bool opens = l->start == s || (l->start >= s + 3 && comma_at(t, before, l->start - 3) == 3) ||
			     (l->start > s && comma_at(t, before, l->start - 1) == 1);
		if (opens && l->metric != (size_t)-1 && has_word_at(t, before, l->end, "中") &&
		    comma_at(t, before, l->end + 3))
			whole = metric_of(w, l)->id;
	}
	if (whole || !word_at(t, before, s, WL(w, DB_W_BREAKDOWNS)) ||
	    w->prev_sentence_start >= w->sentence_start)
		return whole;
	for (size_t k = w->rs->len; k-- > 0;) {
		const db_record *r = &w->rs->items[k];
		if (r->source.offset < w->prev_sentence_start)
			break;
		if (r->source.offset < w->sentence_start && r->metric &&
		    (r->measure == DB_MEASURE_LEVEL || r->measure == DB_MEASURE_GROWTH))
			whole = r->metric;
	}
	return whole;
}

/* An added count of a stock (新增高新技术企业1085家, 新创建专精特新企业31家,
 * 新入库科技型中小企业620家: entered in the year into the register). */
static const char *const added_words[] = { "新增", "新培育", "新认定", "新创建", "净增",
					    "新设", "新登记", "新发展", "新入库" };

/* 新增 before the label at l to le (新增高新技术企业, 新增省级专精特新企业,
 * 新增登记市场主体), or
 * before the list item it opens (新增专精特新企业26家、高新技术企业29家): the
 * words between are a level of government or an earlier item of the
 * list, no punctuation but 、 after a count. A word the label's first
 * characters end (新入库科技型中小企业: the label is 入库…) counts too. */
static bool added_before(const char *t, size_t s, size_t l, size_t le)
{
	static const char *const grades[] = { "国家级", "省级", "市级", "县级", "国家", "省", "市",
					      "省市", "登记", "注册", "省级以上", "市级以上" };
	for (size_t i = 0; i < NWORDS(added_words); i++) {
		size_t n = strlen(added_words[i]);
		for (size_t q = l >= s + n - 3 ? l - (n - 3) : s; q < l; q++)
			if (q + n <= le && !memcmp(t + q, added_words[i], n))
				return true;
	}
	/* (room for two earlier items: 新增高新技术企业120家、科技型中小企业
	 * 260家、专精特新企业18家) */
	size_t which, at = rfind_any(t, l >= s + 120 ? l - 120 : s, l, added_words,
				     NWORDS(added_words), &which);
	if (at == (size_t)-1)
		return false;
	size_t p = at + strlen(added_words[which]);
	p += db_longest_word_at(t, p, l, grades, NWORDS(grades), &which);
	if (p == l)
		return true;
	/* (an earlier item: its words, its count and unit, then 、, and
	 * this item's level of government: …35家、省级专精特新企业9家) */
	size_t sep = rfind_any(t, p, l, (const char *const[]){ "、" }, 1, NULL);
	if (sep == (size_t)-1 || sep == p ||
	    sep + 3 + db_longest_word_at(t, sep + 3, l, grades, NWORDS(grades), &which) != l)
		return false;
	for (size_t q = p; q < sep; q++)
		if (t[q] == ',' || has_word_at(t, sep, q, "，") || has_word_at(t, sep, q, "；"))
			return false;
	return db_has_digit(t, p, sep);
}

/* Qualifier words kept in `raw` when they stand right before the number. */
static const char *const raw_prefixes[] = {
	"将近", "接近", "超过", "突破", "不足", "不到", "大约", "近", "约", "逾", "超", "达",
};

/* Leading and trailing words dropped from the label of an unknown metric. */
static const char *const label_strip_lead[] = {
	"全市", "全区", "全县", "全省", "我市", "我区", "其中", "的", "今年", "去年", "实现",
	"、", "和", "及",
};

static const char *const label_strip_trail[] = {
	"同比", "较去年", "较上年", "比上年", "比去年", "较去年同期", "比上年同期", "的", "分别",
	"完成", "实现", "达到", "达", "年均", "两年平均", "平均",
};

/* The first growth word of t[s, e), or (size_t)-1: 增加 in 增加值 (第一产业
 * 实现增加值502亿元) names the amount, not a change. */
size_t db_find_growth(const char *t, size_t s, size_t e)
{
	size_t at, which;
	while ((at = find_any(t, s, e, growth_words, NWORDS(growth_words), &which)) != (size_t)-1) {
		size_t n = strlen(growth_words[which]);
		if (!(!strcmp(growth_words[which], "增加") && at + n + 3 <= e &&
		      !memcmp(t + at + n, "值", 3)))
			return at;
		s = at + n;
	}
	return (size_t)-1;
}

/* A label as written, without the spaces and line breaks of text from PDFs
 * (固定资 产投资 → 固定资产投资). */
const char *db_label_text(db_arena *a, const char *t, size_t s, size_t e)
{
	char *out = db_arena_alloc(a, e - s + 1);
	size_t n = 0;
	for (size_t i = s; i < e; i++) {
		if (i + 3 <= e && !memcmp(t + i, "\xe3\x80\x80", 3)) {
			i += 2;
			continue;
		}
		if (t[i] != '\n' && t[i] != '\r' && t[i] != ' ' && t[i] != '\t')
			out[n++] = t[i];
	}
	out[n] = '\0';
	return out;
}

/* The period a figure of metric m takes: the carried one, re-read as a
 * stock (截至4月底 → M04) when m is a stock. */
bool db_period_for(const walk *w, const db_metric *m, db_measure measure, db_period *out)
{
	if (!w->per.has)
		return false;
	*out = w->per.period;
	if (!m || !m->stock || measure == DB_MEASURE_ADDED)
		return true;
	if (measure == DB_MEASURE_LEVEL && !w->per.ctx) {
		db_period_match pm;
		if (db_period_read(w->text, w->len, w->per.pos, &w->rs->doc.date,
				   DB_PERIOD_FOR_STOCK, &pm) && pm.has_period)
			*out = pm.period;
	}
	/* A stock is counted at a point: 2021年以来…总量达到3870家 is the
	 * count at the date's month (a span of whole years: at its last year);
	 * 上半年…存栏36.52万头，增长3.8%: the growth of the count at June, its
	 * gap to another place's and the change of that growth (增速较5月末
	 * 回落…) */
	if (w->per.cum || out->start_year != out->end_year ||
	    ((measure == DB_MEASURE_LEVEL || measure == DB_MEASURE_GROWTH ||
	      measure == DB_MEASURE_GAP_PP || measure == DB_MEASURE_CHANGE_PP) &&
	     out->start_month != out->end_month)) {
		if (out->end_month == 12 && out->start_month == 1)
			*out = db_period_year(out->end_year);
		else
			*out = db_period_month(out->end_year, out->end_month);
	}
	/* One spelling per point in time: a stock at the end of December
	 * (2021年12月末) is the year-end stock (2021年末), token 2021. */
	if (out->start_year == out->end_year && out->start_month == 12 && out->end_month == 12)
		*out = db_period_year(out->end_year);
	return true;
}

/* Does the clause of the word at `at` (back to a ，；。：) say the word's
 * targets were met before it (完成, 实现)? */
static bool done_in_clause(const char *t, size_t s, size_t at)
{
	static const char *const stops[] = { "，", "；", "。", "：" };
	size_t from = rfind_any(t, s, at, stops, NWORDS(stops), NULL);
	from = from == (size_t)-1 ? s : from;
	return contains_any(t, from, at, (const char *const[]){ "完成", "实现" }, 2);
}

/* Does the status_not word ending at `end` end in a rank's verb that is the
 * first character of a noun instead (预计居民人均可支配收入, 预计排放量:
 * 居民 and 排放 rank nothing)? */
static bool rank_verb_in_word(const char *t, size_t e, size_t end)
{
	static const char *const nouns[] = { "居民", "排放" };
	for (size_t i = 0; i < NWORDS(nouns); i++)
		if (end >= 3 && has_word_at(t, e, end - 3, nouns[i]))
			return true;
	return false;
}

/* The first word of list l in t[s, e) that is not part of a status_not
 * word (超预期, 争取到位), or (size_t)-1. */
static size_t status_find(const walk *w, size_t s, size_t e, enum db_word_list l)
{
	size_t at, which;
	while ((at = db_words_find(w->text, s, e, WL(w, l), &which)) != (size_t)-1) {
		bool not = false;
		/* (a word that opens up to four characters before, also
		 * before s when the sentence is read on in steps: 高于年度
		 * 预期目标) */
		size_t lo = s < w->sentence_start ? s : w->sentence_start;
		for (size_t b = at >= lo + 12 ? at - 12 : lo; b <= at && !not; b++) {
			const char *nw = word_at(w->text, e, b, WL(w, DB_W_STATUS_NOT));
			not = nw && b + strlen(nw) > at && !rank_verb_in_word(w->text, e, b + strlen(nw));
		}
		/* 顺利完成全年经济社会发展主要目标任务: the targets met, none set */
		if (!not && l == DB_W_TARGET &&
		    has_word_at(w->text, e, at + strlen(WL(w, l)->items[which]), "任务"))
			not = done_in_clause(w->text, s, at);
		if (!not)
			return at;
		s = at + 1;
	}
	return (size_t)-1;
}

/* Where a bracketed aside holding the word at `at` closes before pos (the
 * place after its ）), or (size_t)-1 when the word is in no aside or its
 * aside is still open at pos: 增长8.7%（预期目标为9%以上）；… */
static size_t aside_end(const walk *w, size_t at, size_t pos)
{
	const char *t = w->text;
	bool open = false;
	for (size_t b = at; b > w->sentence_start && at - b < 90 && !open;) {
		b--;
		if (t[b] == ')' || (b + 3 <= at && !memcmp(t + b, "）", 3)))
			return (size_t)-1;
		open = t[b] == '(' || (b + 3 <= at && !memcmp(t + b, "（", 3));
	}
	if (!open)
		return (size_t)-1;
	for (size_t p = at; p < pos && p - at < 120; p++) {
		if (t[p] == '(' || (p + 3 <= pos && !memcmp(t + p, "（", 3)))
			return (size_t)-1;
		if (t[p] == ')')
			return p + 1;
		if (p + 3 <= pos && !memcmp(t + p, "）", 3))
			return p + 3;
	}
	return (size_t)-1;
}

/* Is pos inside a bracketed aside that opens right after a target's name,
 * still open at pos (高于预期目标（增长6%以上）, 低于年度目标(增长5%),
 * 达到预期目标（达到2.75%）): what came of the target was said before the
 * bracket, the bracket says what the target was. */
static bool target_named_aside(const walk *w, size_t pos)
{
	const char *t = w->text;
	for (size_t b = pos; b > w->sentence_start && pos - b < 60;) {
		b--;
		if (t[b] == ')' || (b + 3 <= pos && (!memcmp(t + b, "）", 3) || !memcmp(t + b, "”", 3))))
			return false;
		size_t n = t[b] == '(' ? 1 : b + 3 <= pos && (!memcmp(t + b, "（", 3) || !memcmp(t + b, "“", 3)) ? 3 : 0;
		/* (…，完成年度目标任务“增长7%”的90%: the target quoted
		 * after its name) */
		if (n)
			return b >= w->sentence_start + 6 &&
			       (has_word_at(t, pos, b - 6, "目标") ||
				(b >= w->sentence_start + 12 && has_word_at(t, pos, b - 12, "目标任务")));
	}
	return false;
}

/* Do the words from gs to ge, a clause's opening up to its figure, say the
 * figure is the target a body approved (完成县人代会批准增长N%以上目标,
 * 完成市人代会批准的预期目标增长N%任务, …的控制在N%以内目标; words.json
 * target_approvers)? The label of the clause before speaks for it. */
bool db_approved_target(const walk *w, size_t gs, size_t ge)
{
	static const char *const results[] = { "完成", "实现", "达到" };
	static const char *const verbs[] = { "增长", "控制在", "达到", "为" };
	const char *t = w->text;
	const db_wordlist *by = WL(w, DB_W_TARGET_APPROVERS);
	size_t p = gs, n;
	if (!(n = db_longest_word_at(t, p, ge, results, NWORDS(results), NULL)))
		return false;
	if (!(n = db_longest_word_at(t, p += n, ge, by->items, by->len, NULL)))
		return false;
	p += n;
	if (has_word_at(t, ge, p, "的"))
		p += 3;
	const db_wordlist *targets = WL(w, DB_W_TARGET_ASIDE_NOUNS);
	p += db_longest_word_at(t, p, ge, targets->items, targets->len, NULL);
	p += db_longest_word_at(t, p, ge, verbs, NWORDS(verbs), NULL);
	while (p < ge && t[p] == ' ')
		p++;
	return p == ge;
}

/* Do the words from gs to ge open a bracketed aside that names the target
 * its number is (增长6.1%（预期目标为7.5%以上）, （年初目标8%）, （计划为10%）),
 * maybe after the figure's rank or gap (…，排名全市第1位（预期目标…)? */
bool db_target_aside(const walk *w, size_t gs, size_t ge)
{
	static const char *const opens[] = { "（", "(", "“" };
	static const char *const whens[] = { "全年", "年初", "年度" };
	static const char *const links[] = { "为", "是", "：", ":" };
	const char *t = w->text;
	const db_wordlist *targets = WL(w, DB_W_TARGET_ASIDE_NOUNS);
	/* …，高于预期目标（增长6%以上）: the target named before its
	 * bracket, what came of it said first */
	static const char *const results[] = { "高于", "低于", "达到", "超过", "超出", "好于", "完成", "实现" };
	static const char *const verbs[] = { "增长", "达到", "为" };
	size_t p = gs, n;
	if (db_approved_target(w, gs, ge))
		return true;
	p += db_longest_word_at(t, p, ge, results, NWORDS(results), NULL);
	p += db_longest_word_at(t, p, ge, whens, NWORDS(whens), NULL);
	/* (a name that holds 目标: 目标任务“增长7%”) */
	if ((n = db_longest_word_at(t, p, ge, targets->items, targets->len, NULL)) &&
	    contains_any(t, p, p + n, (const char *const[]){ "目标" }, 1) &&
	    (n = db_longest_word_at(t, p += n, ge, opens, NWORDS(opens), NULL))) {
		p += n;
		p += db_longest_word_at(t, p, ge, verbs, NWORDS(verbs), NULL);
		if (p == ge)
			return true;
	}
	p = ge;
	for (size_t q = gs; q < ge; q++) /* the aside's bracket, the last one */
		if ((n = db_longest_word_at(t, q, ge, opens, NWORDS(opens), NULL)))
			p = q + n;
	if (p == ge)
		return false;
	p += db_longest_word_at(t, p, ge, whens, NWORDS(whens), NULL);
	if (!(n = db_longest_word_at(t, p, ge, targets->items, targets->len, NULL)))
		return false;
	p += n;
	p += db_longest_word_at(t, p, ge, links, NWORDS(links), NULL);
	return p == ge;
}

/* The first estimate and target words of the sentence before pos: read
 * once per sentence as the walk moves on (w->status_scan), so a long
 * sentence is not scanned again for each of its figures. */
static void status_words(walk *w, size_t pos)
{
	if (w->status_scan >= pos)
		return;
	size_t from = w->status_scan > w->sentence_start + 8 ? w->status_scan - 8
							    : w->sentence_start;
	size_t at;
	if (w->estimate_at == (size_t)-1 &&
	    (at = status_find(w, from, pos, DB_W_ESTIMATE)) != (size_t)-1)
		w->estimate_at = at;
	if (w->target_at == (size_t)-1 &&
	    (at = status_find(w, from, pos, DB_W_TARGET)) != (size_t)-1)
		w->target_at = at;
	w->status_scan = pos;
}

/* Is the figure at pos right after the target word at `at` (预期目标增长6.5%,
 * 目标为8%), that word opening a clause of its own after a comma, maybe
 * after the year it sets (…，2023年预期目标…)? */
static bool target_figure_at(const walk *w, size_t at, size_t pos)
{
	static const char *const links[] = { "为", "是", "：", "增长", "增速" };
	const char *t = w->text, *word = word_at(t, pos, at, WL(w, DB_W_TARGET));
	if (!word)
		return false;
	size_t p = at + strlen(word);
	p += db_longest_word_at(t, p, pos, links, NWORDS(links), NULL);
	if (p != pos)
		return false;
	size_t b = at; /* (back over the year: 2023年) */
	while (b > w->sentence_start && at - b < 24) {
		if (t[b - 1] >= '0' && t[b - 1] <= '9')
			b--;
		else if (b >= w->sentence_start + 3 && has_word_at(t, at, b - 3, "年"))
			b -= 3;
		else
			break;
	}
	return b > w->sentence_start &&
	       (has_word_at(t, at, b - 3, "，") || has_word_at(t, at, b - 3, "；") || t[b - 1] == ',' ||
		t[b - 1] == ';');
}

/* Is the target word at `at` the lead of a list, its colon right after it
 * (…发展目标：, 目标是:) and before pos, in a clause after the one of the
 * estimate word at est (…增长4%（预计，下同），…，2023年发展目标：…: a
 * paragraph whose 。 the page lost)? It speaks for the figures after it. */
static bool target_lead_at(const walk *w, size_t est, size_t at, size_t pos)
{
	static const char *const links[] = { "是", "为" };
	const char *t = w->text, *word = word_at(t, pos, at, WL(w, DB_W_TARGET));
	if (!word)
		return false;
	size_t n = strlen(word), p = at + n;
	if (!(n >= 3 && !memcmp(word + n - 3, "：", 3)) && word[n - 1] != ':') {
		p += db_longest_word_at(t, p, pos, links, NWORDS(links), NULL);
		if (has_word_at(t, pos, p, "："))
			p += 3;
		else if (p < pos && t[p] == ':')
			p++;
		else
			return false;
	}
	for (size_t q = est; p <= pos && q < at; q++)
		if (t[q] == ',' || t[q] == ';' || has_word_at(t, at, q, "，") || has_word_at(t, at, q, "；"))
			return true;
	return false;
}

/* Does a clause open at p (，) with the year's first months, what they did
 * following (年计划…以上，1-8月完成57亿元; …，1-10月增长7.2%; …，1-8月
 * 居民人均可支配收入24310元): the months' figures are done, no target? */
static bool months_done(const walk *w, size_t p, size_t pos)
{
	db_period_match m;
	if (!has_word_at(w->text, pos, p, "，") && w->text[p] != ',')
		return false;
	p += w->text[p] == ',' ? 1 : 3;
	return db_period_read(w->text, pos, p, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &m) &&
	       m.has_period && m.period.start_month == 1 && m.period.end_month < 12 &&
	       m.period.start_year == m.period.end_year && m.start == p &&
	       db_has_digit(w->text, m.end, pos + 1 <= w->len ? pos + 1 : w->len);
}

/* Is the period carried, read in the text, a part of a year that has
 * ended by the document's date (1—11月, 前三季度, 上半年)? Its figures are
 * published, not estimated: a paragraph that 预计全年 or 初步预计 makes
 * estimates (预计全年…增长6%左右。1—11月，规模以上工业增加值增长7.1%) leaves
 * them actual; a 预计 of their own sentence still makes them estimates. */
static bool closed_part_of_year(const walk *w)
{
	const db_period *p = &w->per.period;
	return w->per.has && !w->per.ctx && !w->per.cum && !w->per.plan &&
	       p->start_year == p->end_year && !(p->start_month == 1 && p->end_month == 12) &&
	       db_period_ended(p, &w->rs->doc.date);
}

/* Does the period read at per.pos stand inside the title of a published
 * ranking or evaluation (发布《2021年某某评营商环境报告》, 《某某指数报告》)?
 * That year names the edition out, no year still to come. The brackets
 * are looked for within a title's length of it on its line, not to the
 * line's ends (a page run together on one line: a look a figure). */
static bool period_in_ranking_title(const walk *w)
{
	enum { TITLE_MAX = 240 }; /* bytes: 80 characters, more than a title's */
	const char *t = w->text;
	size_t p = w->per.pos, open = (size_t)-1, close;
	if (w->per.ctx || p >= w->len)
		return false;
	for (size_t q = p; q-- > 0 && t[q] != '\n' && p - q <= TITLE_MAX;)
		if (has_word_at(t, p, q, "》"))
			return false;
		else if (has_word_at(t, p, q, "《")) {
			open = q;
			break;
		}
	if (open == (size_t)-1)
		return false;
	const char *m = memmem(t + p, w->len - p < TITLE_MAX ? w->len - p : TITLE_MAX, "》",
			       strlen("》"));
	close = m ? (size_t)(m - t) : (size_t)-1;
	return close != (size_t)-1 && !memchr(t + p, '\n', close - p) &&
	       contains_any(t, open, close, WORDS(w, DB_W_RANKING_TITLES));
}

/* Does the figure at pos stand in a year (or a part of one) more than half
 * gone by the document's date, its clause or the one right after it saying
 * how it grew on the year before (2023年，全县…52.3万亩，同比增长2.1% in a
 * news item of November 2023), and its sentence naming no plan (计划,
 * 目标, 任务)? What grew is a result, not a target. */
static bool growth_on_year_before(const walk *w, size_t pos)
{
	static const char *const stops[] = { "，", "；", "。", ",", ";" };
	const db_period *p = &w->per.period;
	const db_date *d = &w->rs->doc.date;
	int months = (p->end_year - p->start_year) * 12 + p->end_month - p->start_month + 1;
	int gone = (d->year - p->start_year) * 12 + d->month - p->start_month + 1;
	if (d->month < 1 || gone < 1 || 2 * gone <= months)
		return false;
	const char *t = w->text;
	size_t from = rfind_any(t, w->sentence_start, pos, stops, NWORDS(stops), NULL), end = pos;
	from = from == (size_t)-1 ? w->sentence_start : from;
	for (int clauses = 0; end < w->len && end - pos < 150 && t[end] != '\n'; end++)
		if (has_word_at(t, w->len, end, "。") ||
		    ((t[end] == ',' || t[end] == ';' || has_word_at(t, w->len, end, "，") ||
		      has_word_at(t, w->len, end, "；")) &&
		     ++clauses == 2))
			break;
	return db_words_find(t, from, end, WL(w, DB_W_GROWTH_ON_YEAR_BEFORE), NULL) != (size_t)-1 &&
	       db_words_find(t, w->sentence_start, end, WL(w, DB_W_PLAN_NOUNS), NULL) == (size_t)-1;
}

db_status db_status_before(walk *w, size_t pos)
{
	status_words(w, pos);
	if (target_named_aside(w, pos))
		return DB_STATUS_TARGET;
	/* a target or estimate word in an aside that closed before pos speaks of
	 * the aside only: 增长5.4%（预期目标为6%以上）；规模工业增加值增长8.2% */
	size_t close;
	if (w->target_at != (size_t)-1 && (close = aside_end(w, w->target_at, pos)) != (size_t)-1) {
		w->target_at = (size_t)-1;
		if ((close = status_find(w, close, pos, DB_W_TARGET)) != (size_t)-1 &&
		    aside_end(w, close, pos) == (size_t)-1)
			w->target_at = close;
	}
	/* (…增长N%（其中：县本级预计完成N亿元）；累计完成…: an estimate
	 * word with a figure of its own after it in the aside; not a note on
	 * the figure before, （预计，下同）) */
	while (w->estimate_at != (size_t)-1 &&
	       (close = aside_end(w, w->estimate_at, pos)) != (size_t)-1 &&
	       db_has_digit(w->text, w->estimate_at, close))
		w->estimate_at = status_find(w, close, pos, DB_W_ESTIMATE);
	/* ——…预期目标增长6.5%：预计全年增长6.5%左右: a target word with its
	 * figure before a colon speaks for that figure; after the colon the
	 * item says what came of it */
	if (w->target_at != (size_t)-1) {
		size_t colon = (size_t)-1, digit = (size_t)-1;
		for (size_t p = w->target_at; p < pos; p++) {
			if (w->text[p] >= '0' && w->text[p] <= '9' && digit == (size_t)-1)
				digit = p;
			if (digit != (size_t)-1 &&
			    (w->text[p] == ':' || (p + 3 <= pos && !memcmp(w->text + p, "：", 3))))
				colon = p;
		}
		if (colon != (size_t)-1) {
			w->target_at = status_find(w, colon, pos, DB_W_TARGET);
			if (w->estimate_at != (size_t)-1 && w->estimate_at < colon)
				w->estimate_at = (size_t)-1;
		}
	}
	/* 预期目标增长7%，实际增长6.2%: what came of the target, from the
	 * word that reports it on, is no target (an estimate when 预计完成) */
	if (w->target_at != (size_t)-1 && pos > w->done_scan) {
		/* (looked for once per stretch of the sentence: from where the
		 * last figure's look ended, less a word) */
		size_t from = w->done_scan > w->target_at + 15 ? w->done_scan - 15 : w->target_at;
		size_t done = status_find(w, from, pos, DB_W_DONE_AFTER_TARGET);
		w->done_scan = pos;
		/* (年度计划18亿元，完成18.6亿元: 完成 and its amount) */
		bool months = false;
		for (size_t p = from; done == (size_t)-1 && p + 9 <= pos; p++)
			if (has_word_at(w->text, pos, p, "，完成") && w->text[p + 9] >= '0' &&
			    w->text[p + 9] <= '9')
				done = p + 3;
			else if ((months = months_done(w, p, pos)))
				done = p + (w->text[p] == ',' ? 1 : 3);
		/* (主要预期目标全面完成，地区生产总值增长5.2%: the target
		 * itself said to be met, right after its word; a clause of the
		 * months done ends a target of no figure too: 年计划…快于经济
		 * 增长，1-8月…) */
		if (done != (size_t)-1 && (months || db_has_digit(w->text, w->target_at, done) ||
					   (done > w->target_at && done <= w->target_at + 18 &&
					    cjk_only(w->text, w->target_at, done)))) {
			w->target_at = status_find(w, done, pos, DB_W_TARGET);
			if (w->estimate_at != (size_t)-1 && w->estimate_at < done &&
			    !has_word_at(w->text, pos, done, "预计"))
				w->estimate_at = (size_t)-1;
		}
	}
	/* 2023经济预期发展目标：…规上工业增加值预计增长超10%: the target
	 * named first speaks for the sentence; one named after the estimate,
	 * in a clause of its own, speaks for its own figure right after it
	 * (预计…实现正增长，2023年预期目标增长6.8%左右), or, a lead ending
	 * in a colon, for the figures after the colon */
	if (w->estimate_at != (size_t)-1 && w->target_at != (size_t)-1 &&
	    w->target_at > w->estimate_at &&
	    (target_figure_at(w, w->target_at, pos) ||
	     target_lead_at(w, w->estimate_at, w->target_at, pos)))
		return DB_STATUS_TARGET;
	if (w->estimate_at != (size_t)-1 &&
	    !(w->target_at != (size_t)-1 && w->target_at < w->estimate_at))
		return DB_STATUS_ESTIMATE;
	if (w->per.plan || w->target_at != (size_t)-1)
		return DB_STATUS_TARGET;
	if (w->seg_estimate && w->seg_estimate < pos && !closed_part_of_year(w))
		return DB_STATUS_ESTIMATE;
	/* a target list: figures of the year it sets targets for */
	if (w->seg_ctx && w->seg_ctx->mode == DB_CONTEXT_PLAN && w->per.has &&
	    w->per.period.end_year == w->seg_ctx->year && w->per.period.start_year == w->seg_ctx->year)
		return DB_STATUS_TARGET;
	/* a period that ends after the document's month has not happened yet:
	 * 2021年…增长7%左右 in a report of January 2021 is a target, unless
	 * most of it is gone and the figure's growth on the year before is
	 * stated */
	const db_date *d = &w->rs->doc.date;
	if (w->per.has && !db_period_ended(&w->per.period, d) &&
	    !(w->evaluation && w->per.ctx) /* (the year an evaluation is of) */ &&
	    !period_in_ranking_title(w) && !growth_on_year_before(w, pos))
		return DB_STATUS_TARGET;
	return DB_STATUS_ACTUAL;
}

/* raw: the number as written with its unit and a qualifier word right
 * before it (近3万人), without the verb (增长). */
static const char *raw_of(walk *w, const db_figure *f)
{
	size_t s = f->num_start;
	for (size_t i = 0; i < NWORDS(raw_prefixes); i++) {
		size_t n = strlen(raw_prefixes[i]);
		if (s >= f->start + n && !memcmp(w->text + s - n, raw_prefixes[i], n)) {
			s -= n;
			break;
		}
	}
	return db_clause_text(&w->texts, w->text, s, f->end);
}

/* Areas written in another unit than the metric's (粮食播种面积5.6万公顷),
 * firms counted in 户 of a metric in 家 (规模以上工业企业75户), and in 家
 * of one in 户 (市场主体总量达到57.8万家). */
static const struct {
	const char *from, *to;
	double factor;
} area_units[] = {
	{ "公顷", "亩", 15 }, { "千公顷", "亩", 15000 }, { "平方公里", "亩", 1500 },
	{ "平方千米", "亩", 1500 }, { "户", "家", 1 }, { "家", "户", 1 },
};

/* Convert a figure amount (value in its bare unit) to the catalog unit; a
 * foreign currency keeps its own base at the catalog's scale (亿美元). */
static bool convert_amount(const char *text, const db_figure *f, const char *to, double *v,
			   double *max, const char **unit, db_arena *a)
{
	char fbase[32], tbase[32];
	int fe, te;

	if (!f->has_value) { /* masked: the unit is still known */
		db_unit_split(f->unit, fbase, &fe);
		db_unit_split(to, tbase, &te);
		if (strcmp(fbase, tbase))
			return false;
		*unit = to;
		return true;
	}
	if (!f->unit[0]) {
		/* 生产总值56.7亿, 户籍人口52.4万: a scale word alone after an
		 * amount in 元 or a count of people */
		db_unit_split(to, tbase, &te);
		bool scaled_base = !strstr(to, "/") && (strstr(tbase, "元") || !strcmp(tbase, "人"));
		const char *base = strcmp(tbase, "人") ? "元" : "人";
		if (text && f->num_end >= 3 && scaled_base &&
		    (!memcmp(text + f->num_end - 3, "亿", 3) || !memcmp(text + f->num_end - 3, "万", 3)) &&
		    db_unit_convert(f->value, base, to, v) == 0) {
			if (f->has_max)
				db_unit_convert(f->max, base, to, max);
			*unit = to;
			return true;
		}
		/* a bare number: only an index (上年=100) reads so, and only
		 * near its base (0.7 under 比上年增长(%) is a rate) */
		return strstr(to, "=100") && f->value >= 50 && f->value <= 200 &&
		       (*v = f->value, *unit = to, true);
	}
	if (db_unit_convert(f->value, f->unit, to, v) == 0) {
		if (f->has_max)
			db_unit_convert(f->max, f->unit, to, max);
		*unit = to;
		return true;
	}
	/* 全员劳动生产率每人12.3万元: an amount per person (每人 right before
	 * it) of a metric counted per person (万元/人); 人均地区生产总值81503元/人:
	 * per person in a unit of a metric in 元, per person by its name */
	char per[40];
	size_t ul = strlen(f->unit), pl = strlen("/人");
	if (text && f->num_start >= strlen("每人") && strstr(to, "/人") &&
	    !memcmp(text + f->num_start - strlen("每人"), "每人", strlen("每人")))
		snprintf(per, sizeof per, "%s/人", f->unit);
	else if (ul > pl && !strcmp(f->unit + ul - pl, "/人") && !strchr(to, '/') &&
		 strstr(to, "元"))
		snprintf(per, sizeof per, "%.*s", (int)(ul - pl), f->unit);
	else
		per[0] = '\0';
	if (per[0] && db_unit_convert(f->value, per, to, v) == 0) {
		if (f->has_max)
			db_unit_convert(f->max, per, to, max);
		*unit = to;
		return true;
	}
	db_unit_split(f->unit, fbase, &fe);
	db_unit_split(to, tbase, &te);
	/* 5.6万公顷 of a metric in 万亩: 1 公顷 is 15 亩 (the product rounded
	 * to a millionth, so that no binary fraction shows) */
	for (size_t i = 0; i < NWORDS(area_units); i++)
		if (!strcmp(fbase, area_units[i].from) && !strcmp(tbase, area_units[i].to)) {
			*v = db_rescale(round(f->value * area_units[i].factor * 1e6) / 1e6, -te);
			if (f->has_max)
				*max = db_rescale(round(f->max * area_units[i].factor * 1e6) / 1e6, -te);
			*unit = to;
			return true;
		}
	if (!strstr(fbase, "元") || !strstr(tbase, "元") || fe != 0)
		return false;
	/* 亿美元: the catalog's prefix (亿) on the figure's currency */
	*unit = db_arena_printf(a, "%.*s%s", (int)(strlen(to) - strlen(tbase)), to, fbase);
	*v = db_rescale(f->value, -te);
	if (f->has_max)
		*max = db_rescale(f->max, -te);
	return true;
}

/* The place and time words around a label's words t[*sp, *ep) taken off. */
static void strip_label(const walk *w, size_t *sp, size_t *ep)
{
	size_t s = *sp, e = *ep;
	bool changed = true;

	while (changed && s < e) {
		changed = false;
		/* (——某某产值…, ——预计…: a list item's dash or bullet, and the
		 * estimate word the status took, name nothing) */
		size_t mark = (unsigned char)w->text[s] == 0xE2 ? db_item_marker(w->text + s, e - s) : 0;
		const char *est = word_at(w->text, e, s + mark, WL(w, DB_W_ESTIMATE));
		if (mark || est) {
			s += mark + (est ? strlen(est) : 0);
			changed = true;
		}
		for (size_t i = 0; i < NWORDS(label_strip_lead); i++)
			if (has_word_at(w->text, e, s, label_strip_lead[i])) {
				s += strlen(label_strip_lead[i]);
				changed = true;
			}
		for (size_t i = 0; i < NWORDS(label_strip_trail); i++) {
			size_t n = strlen(label_strip_trail[i]);
			if (e >= s + n && !memcmp(w->text + e - n, label_strip_trail[i], n)) {
				e -= n;
				changed = true;
			}
		}
	}
	*sp = s;
	*ep = e;
}

/* The label of an unknown metric: the words before the growth verb, without
 * the place and time words around them; NULL when nothing clean is left. */
static const char *unknown_label(walk *w, size_t s, size_t e)
{
	if (e > w->len || s >= e)
		return NULL;
	strip_label(w, &s, &e);
	if (e <= s || e - s > 48)
		return NULL;
	for (size_t i = s; i < e; i++) {
		unsigned char c = (unsigned char)w->text[i];
		if ((c >= '0' && c <= '9') || c == '*' || c == '\n' || c == ' ')
			return NULL;
		if (c == 0xE3 && i + 2 < e && (unsigned char)w->text[i + 1] == 0x80 &&
		    (unsigned char)w->text[i + 2] <= 0x91) /* 、“”《》 and kin: not one name */
			return NULL;
	}
	return db_clause_text(&w->texts, w->text, s, e);
}

/* Words of a 含 aside that says what an amount holds, not which places
 * (含薯类, 含大豆: the crops an output counts in). */
static const char *const composite_not_places[] = { "收入", "一次性", "资金", "因素", "薯", "大豆" };

/* 含X right after a figure: the composite entity <entity>（含X）. */
static bool composite_of(walk *w, const db_figure *f, size_t clause_end, const char **entity)
{
	size_t p = f->end;
	while (p < clause_end && (w->text[p] == ' '))
		p++;
	size_t open = has_word_at(w->text, clause_end, p, "（含") ? 6
		      : has_word_at(w->text, clause_end, p, "(含") ? 4 : 0;
	if (!open)
		return false;
	size_t q = p + open;
	while (q < w->len && q < p + 60 && !has_word_at(w->text, w->len, q, "）") && w->text[q] != ')')
		q++;
	if (q >= w->len || q >= p + 60 || q == p + open)
		return false;
	/* (含园区增长8.3%: a figure of another scope, no place's name) */
	for (size_t d = p + open; d < q; d++)
		if ((w->text[d] >= '0' && w->text[d] <= '9') || w->text[d] == '%')
			return false;
	/* (含处置资产一次性收入: what the amount holds, no place's name) */
	if (contains_any(w->text, p + open, q, composite_not_places, NWORDS(composite_not_places)))
		return false;
	*entity = db_arena_printf(&w->rs->arena, "%s（含%.*s）", w->entity, (int)(q - p - open),
				  w->text + p + open);
	return true;
}

/* The words that make the period right after them a basis. */
static const char *const basis_before[] = { "比", "较", "同比", "与", "相比", "低于", "高于" };

/* Does a period phrase at pos stand for a basis, not for the figure's
 * period (较去年同比, 比2019年同期)? */
bool db_is_basis_period(const walk *w, size_t clause_start, size_t pos)
{
	size_t s = pos >= clause_start + 6 ? pos - 6 : clause_start;
	size_t at = rfind_any(w->text, s, pos, basis_before, NWORDS(basis_before), NULL);
	/* 比历史上最高的2019年增长…: the best year before, compared with */
	static const char *const best[] = { "最高的", "最好的", "最多的" };
	if (at == (size_t)-1 && pos >= clause_start + 9 &&
	    ends_with_any(w->text, clause_start, pos, best, NWORDS(best)) &&
	    has_word_at(w->text, pos, clause_start, "比"))
		return true;
	if (at == (size_t)-1)
		return false;
	/* 同比由一季度下降2.4%转为增长1.9%: the period a rate turned from,
	 * not one compared with */
	if (pos >= s + 3 && (has_word_at(w->text, pos, pos - 3, "由") ||
			     has_word_at(w->text, pos, pos - 3, "从")))
		return false;
	/* 占比从2021年末的11.4%: a share, and 2021 its period */
	return !(at >= 3 && has_word_at(w->text, w->len, at - 3, "占比"));
}

/* 五年提高7.9个百分点, 五年来…提高: the years a change runs over, named
 * before it in its clause (not a yearly average's), or 0. */
static int years_back(const walk *w, const fig_ctx *fc, const db_figure *f)
{
	static const struct {
		const char *word;
		int n;
	} spans[] = { { "两年", 2 }, { "三年", 3 }, { "四年", 4 }, { "五年", 5 }, { "十年", 10 } };
	if (contains_any(w->text, fc->c->start, f->num_start, (const char *const[]){ "年均", "平均" },
			 2))
		return 0;
	for (size_t i = 0; i < NWORDS(spans); i++)
		if (contains_any(w->text, fc->c->start, f->num_start, &spans[i].word, 1))
			return spans[i].n;
	return 0;
}

/* Words before a level that say it was reached (增至, 达到): where a span of
 * years ended, no sum over them. */
static const char *const reached[] = { "增至", "增加到", "增加至", "增长到", "增长至", "提高到",
				       "提高至", "提升到", "提升至", "上升到", "上升至", "跃升到",
				       "跃升至", "达到", "达" };
/* the first of them, the words that end a span from one level to another
 * (not 达到, 达: a level reached, no span) */
#define SPAN_ENDS (NWORDS(reached) - 2)

/* Where a span from one level to another (由…增加到…, 从…提高至…) that
 * ends right before the figure at num opens (its 由 or 从), in t[s, num)
 * with no ； between; else (size_t)-1. */
static size_t span_before(const char *t, size_t s, size_t num)
{
	size_t from = rfind_any(t, s, num, (const char *const[]){ "由", "从" }, 2, NULL);
	if (from == (size_t)-1 || num - from > 120 ||
	    contains_any(t, from, num, (const char *const[]){ "；", ";" }, 2))
		return (size_t)-1;
	size_t to = rfind_any(t, from, num, reached, SPAN_ENDS, NULL);
	/* (the level reached, then only its clause's end: ，增长…) */
	return to != (size_t)-1 &&
			       find_any(t, to, num, (const char *const[]){ "，", "," }, 2, NULL) !=
				       (size_t)-1
		       ? from
		       : (size_t)-1;
}

/* The year a span from one level to another (从2020年的…增至2025年的…,
 * 由“十三五”末的…跃升至…) starts from, when one ends right before the
 * figure at num (span_before) and names a whole year; else 0. */
static int span_from_year(const walk *w, size_t s, size_t num)
{
	size_t from = span_before(w->text, s, num);
	if (from == (size_t)-1)
		return 0;
	size_t p = from + strlen("由");
	if (has_word_at(w->text, num, p, "“"))
		p += strlen("“");
	db_period_match m;
	if (!db_period_read(w->text, num, p, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &m) ||
	    !m.has_period || m.period.start_year != m.period.end_year || m.period.start_month != 1 ||
	    m.period.end_month != 12)
		return 0;
	return m.period.end_year;
}

/* A figure of a five-year review (过去五年…, 五年来…, ending in year y) that
 * names no period of its own: a level is that of the review's last year
 * (…地区生产总值达a亿元; not a threshold passed, 突破1亿元, of some year);
 * a yearly average (年均增长8.1%), a sum (累计完成…) or an addition
 * (新增…) spans the five years. Other figures stay undated. */
static bool five_years(const walk *w, const fig_ctx *fc, const db_figure *f, db_measure measure,
		       int y, int first, db_period *out, int *since)
{
	static const char *const spans[] = { "年均", "累计", "新增" };
	/* (累计实施重点项目926个，完成投资4870亿元: the label's clause
	 * before says 累计 for both) */
	size_t from = fc->c->start;
	if (fc->label && fc->label_start < from)
		from = fc->label_start >= w->sentence_start + 12 ? fc->label_start - 12
								  : w->sentence_start;
	size_t which = 0, at = rfind_any(w->text, from, f->num_start, spans, NWORDS(spans), &which);
	/* 累计增长31.6%，达到2680亿元: a growth over the review's years
	 * against the year before them, of its last year; the 累计 is no
	 * sum, so the level reached after it is that year's (累计下降12.4%
	 * too: 单位GDP能耗 over the five years) */
	static const char *const moves[] = { "增长", "下降", "降低" };
	size_t mv = 0;
	while (at != (size_t)-1 && which == 1 && mv < NWORDS(moves) &&
	       !has_word_at(w->text, f->num_start, at + strlen("累计"), moves[mv]))
		mv++;
	if (at != (size_t)-1 && which == 1 && mv < NWORDS(moves)) {
		if (measure == DB_MEASURE_GROWTH &&
		    at + strlen("累计") + strlen(moves[mv]) == f->num_start) {
			*out = db_period_year(y);
			*since = (first ? first : y - 4) - 1;
			return true;
		}
		at = (size_t)-1;
	}
	/* (an added count spans them whatever word said it: 新登记, 新认定) */
	bool span = (at != (size_t)-1 && (which == 0 ? measure == DB_MEASURE_GROWTH
						     : measure == DB_MEASURE_LEVEL)) ||
		    measure == DB_MEASURE_ADDED;
	/* 由2016年的1650亿元增加到2021年的2280亿元，年均增长6.8%: the
	 * average runs from the year after the one it started from */
	if (span && which == 0) {
		for (size_t q = w->sentence_start; q + 9 <= f->num_start; q++) {
			if (!has_word_at(w->text, f->num_start, q, "由") &&
			    !has_word_at(w->text, f->num_start, q, "从"))
				continue;
			const char *d = w->text + q + 3;
			int x = 0, k = 0;
			while (k < 4 && d[k] >= '0' && d[k] <= '9')
				x = x * 10 + (d[k++] - '0');
			if (k == 4 && has_word_at(w->text, f->num_start, q + 7, "年") && x < y &&
			    x >= y - 10) {
				first = x + 1;
				break;
			}
		}
	}
	if (span)
		*out = db_period_span(db_period_year(first ? first : y - 4), db_period_year(y));
	/* 较2017年增长41.3%: the review's last year against that one; so is
	 * a change over its years (五年提高7.9个百分点) */
	else if (measure == DB_MEASURE_GROWTH && at == (size_t)-1 && fc->has_basis &&
		 fc->basis_period.start_year == fc->basis_period.end_year &&
		 fc->basis_period.start_month == 1 && fc->basis_period.end_month == 12 &&
		 fc->basis_period.end_year < y - 1)
		*out = db_period_year(y);
	else if (measure == DB_MEASURE_CHANGE_PP && !fc->has_basis &&
		 (years_back(w, fc, f) >= 2 || !contains_any(w->text, fc->c->start, f->num_start,
							     (const char *const[]){ "年均", "平均" }, 2)))
		*out = db_period_year(y); /* (…城镇化率54.3%、提高5.8个百分点: over the review) */
	else if (measure == DB_MEASURE_LEVEL && (at == (size_t)-1 || which == 0) &&
		 (f->qualifier == DB_QUAL_EXACT || f->qualifier == DB_QUAL_APPROX ||
		  (f->qualifier == DB_QUAL_AT_LEAST &&
		   (ends_with_any(w->text, fc->c->start, f->num_start, reached, NWORDS(reached)) ||
		    has_word_at(w->text, f->end, f->start, "迈上") ||
		    has_word_at(w->text, f->end, f->start, "站上")))))
		/* (突破1亿元: a milestone of some year; 由68.4亿元增至100亿元
		 * 以上, 总量迈上4千亿元台阶: where the review ends; a 年均 of
		 * the label's clause before is no sum of this level) */
		*out = db_period_year(y);
	else
		return false;
	return true;
}

/* “十三五”时期，地区生产总值达到2267亿元 in a report of 2021 (or of
 * November or December 2020): a plan period that has ended, reviewed as
 * 五年来 is (a level is its last year's; a yearly average or a sum spans
 * it) */
static bool past_plan_at(const walk *w, size_t pos, const db_period *p)
{
	static const char *const plans[] = { "十一五", "十二五", "十三五", "十四五", "十五五" };
	if (has_word_at(w->text, w->len, pos, "“") || has_word_at(w->text, w->len, pos, "\""))
		pos += has_word_at(w->text, w->len, pos, "“") ? strlen("“") : 1;
	const db_date *d = &w->rs->doc.date;
	return p->end_year == p->start_year + 4 &&
	       (d->year > p->end_year || (d->year == p->end_year && d->month >= 11)) &&
	       find_any(w->text, pos, pos + strlen("十三五") < w->len ? pos + strlen("十三五") : w->len,
			plans, NWORDS(plans), NULL) == pos;
}

/* The numbered heading (一、…, 二、…) of the section the paragraph at s
 * is in: its start, and its end in *end; *end == start when none is found
 * within a few thousand bytes above. */
static size_t section_heading(const walk *w, size_t s, size_t *end)
{
	static const char *const numerals[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
	const char *t = w->text;
	size_t e = s, floor = s > 8000 ? s - 8000 : 0;
	while (e > floor) {
		/* the line before e: [a, e) */
		size_t le = e - 1; /* its newline */
		size_t a = le;
		while (a > floor && t[a - 1] != '\n')
			a--;
		size_t b = a;
		while (b < le && (t[b] == ' ' || t[b] == '\t'))
			b++;
		size_t which, l = db_longest_word_at(t, b, le, numerals, NWORDS(numerals), &which);
		if (l && has_word_at(t, le, b + l, "、") && le - b <= 120 &&
		    find_any(t, b, le, (const char *const[]){ "。" }, 1, NULL) == (size_t)-1) {
			*end = le;
			return b;
		}
		e = a;
	}
	*end = s;
	return s;
}

/* “十三五”成就: over lines of no sentence end (生产总值年均增长6.3% /
 * 城乡居民收入年均…): the short line ending in a colon right above the
 * lines of the paragraph at s, none of them ending a sentence between; its
 * start, and its end in *end; *end == start when there is none. */
static size_t colon_heading(const walk *w, size_t s, size_t *end)
{
	const char *t = w->text;
	size_t e = s, floor = s > 2000 ? s - 2000 : 0;
	*end = s;
	while (e > floor) {
		size_t le = e - 1, a = le; /* the line before e: [a, le) */
		while (a > floor && t[a - 1] != '\n')
			a--;
		size_t n = le;
		while (n > a && (t[n - 1] == ' ' || t[n - 1] == '\r'))
			n--;
		if (find_any(t, a, n, (const char *const[]){ "。" }, 1, NULL) != (size_t)-1)
			return s;
		if (n > a && n - a <= 60 &&
		    (t[n - 1] == ':' || (n - a >= 3 && !memcmp(t + n - 3, "：", 3)))) {
			*end = n;
			return a;
		}
		e = a;
	}
	return s;
}

/* Does a month's end alone open the period phrase at p (6月末, 2024年6月底;
 * not 截至6月底, whose reader knows flows already)? */
static bool month_end_at(const char *t, size_t len, size_t p)
{
	size_t e = p + 18 < len ? p + 18 : len; /* (a year, a month, 末) */
	size_t m = find_any(t, p, e, (const char *const[]){ "月" }, 1, NULL);
	return m != (size_t)-1 && m > p &&
	       (has_word_at(t, len, m + 3, "末") || has_word_at(t, len, m + 3, "底")) &&
	       !has_word_at(t, len, m + 3, "末以来") && !has_word_at(t, len, m + 3, "底以来");
}

/* The year a sentence compares with in t[s, e) (是2015年的1.5倍, 比2015年
 * 增长, 较2015年翻一番) or starts a span to y from (由2015年的…提高到
 * 2020年的…: y named after it), earlier than y by two to ten years; 0 when
 * none. */
static int base_year_before(const char *t, size_t s, size_t e, int y)
{
	static const char *const leads[] = { "是", "比", "较", "由", "从" };
	char end[16];
	snprintf(end, sizeof end, "%d年", y);
	for (size_t q = s; q + 3 + 4 + 3 <= e; q++) {
		size_t k = 0;
		if (!db_longest_word_at(t, q, e, leads, NWORDS(leads), &k))
			continue;
		int x = lx_year4(t, e, q + 3);
		if (x && has_word_at(t, e, q + 7, "年") && x < y - 1 && y - x <= 10 &&
		    (k < 3 || find_any(t, q + 10, e, (const char *const[]){ end }, 1, NULL) !=
				      (size_t)-1))
			return x;
	}
	return 0;
}

/* 人均地区生产总值突破5万元 after …从2020年的…增至2024年的…, or with the
 * “十四五”时期 of a paragraph before: a threshold passed in some year of
 * the span, of no one year (a level reached is its last year's; a sum,
 * 累计…突破, keeps the span) */
static bool threshold_in_span(const walk *w, const db_metric *m, const fig_ctx *fc,
			      const db_figure *f, db_measure measure, const db_period *p, size_t item)
{
	if (measure != DB_MEASURE_LEVEL || f->qualifier != DB_QUAL_AT_LEAST ||
	    !contains_any(w->text, f->start < f->num_start ? f->start : f->num_start, f->end,
			  (const char *const[]){ "突破", "跨越" }, 2))
		return false;
	if (p->start_year < p->end_year)
		return (w->per.ctx || w->per.pos < w->sentence_start) &&
		       !contains_any(w->text, item, f->num_start,
				     (const char *const[]){ "累计", "合计", "总计", "共" }, 4);
	size_t at = w->per.pos;
	if (w->per.ctx || at >= fc->c->start || at < w->sentence_start ||
	    !(has_word_at(w->text, w->len, at, "至") || has_word_at(w->text, w->len, at, "到")) ||
	    !ends_with_any(w->text, w->sentence_start, at + strlen("至"), reached, SPAN_ENDS))
		return false;
	/* (…增加到2021年的1144亿元，…地区生产总值突破千亿: the level the span
	 * reached passes it that year; the last record is the one being made) */
	for (size_t i = w->rs->len - 1; m && i-- > 0;) {
		const db_record *g = &w->rs->items[i];
		if (g->source.offset < w->sentence_start)
			break;
		if (g->metric && !strcmp(g->metric, m->id) && g->measure == DB_MEASURE_LEVEL &&
		    g->has_period && g->period.start_year == p->end_year &&
		    g->period.end_year == p->end_year)
			return false;
	}
	return true;
}

/* …由2020年的48.2%提高到2024年的53%，年均提高1.2个百分点: a yearly
 * average change whose period is carried from before its clause, no
 * change of that year */
static bool average_change(const walk *w, const fig_ctx *fc, const db_figure *f)
{
	static const char *const verbs[] = { "提高", "提升", "上升", "增加", "下降", "降低", "减少" };
	size_t n = word_ending_at(w->text, fc->c->start, f->num_start, verbs, NWORDS(verbs), NULL);
	return n && (w->per.ctx || w->per.pos < fc->c->start) &&
	       ends_with_any(w->text, fc->c->start, f->num_start - n,
			     (const char *const[]){ "年均", "每年" }, 2);
}

/* 从2015年的48.2亿元增长到2020年…: the figure ending at fe is where a span
 * starts that reaches a year after year (到 or 至 within 15 bytes, then the
 * year) */
static bool reaches_later(const char *t, size_t fe, size_t ce, int year)
{
	size_t to = find_any(t, fe, fe + 15 < ce ? fe + 15 : ce, to_words, NWORDS(to_words), NULL);
	if (to == (size_t)-1)
		return false;
	int y = lx_year4(t, ce, to + 3);
	return y > year && has_word_at(t, ce, to + 7, "年");
}

static db_record *new_record(walk *w, const db_metric *m, const fig_ctx *fc,
			     const db_figure *f, db_measure measure)
{
	db_record *r = db_records_add(w->rs);
	db_period p;
	const char *entity = w->entity, *level = w->level;

	if (composite_of(w, f, fc->c->end, &entity))
		level = "composite";
	r->entity = entity;
	r->level = level;
	r->metric = m ? m->id : NULL;
	r->label = fc->label ? db_label_text(&w->texts, w->text, fc->label_start, fc->label_end)
			     : unknown_label(w, fc->label_start, fc->label_end);
	r->measure = measure;
	r->qualifier = f->has_value ? f->qualifier : DB_QUAL_MASKED;
	if (f->has_max && f->has_value)
		r->qualifier = DB_QUAL_RANGE;
	r->raw = raw_of(w, f);
	r->has_period = db_period_for(w, m, measure, &p);
	int since = 0; /* a cumulative growth's basis year (累计增长…) */
	if (!r->has_period && w->seg_ctx && w->seg_ctx->mode == DB_CONTEXT_NONE && w->seg_ctx->year)
		r->has_period = five_years(w, fc, f, measure, w->seg_ctx->year, w->seg_ctx->from, &p,
					   &since);
	else if (r->has_period && p.start_year < p.end_year && !w->per.ctx &&
		 (word_at(w->text, w->len, w->per.pos, WL(w, DB_W_FIVE_YEAR_REVIEWS)) ||
		  db_counted_back_at(w->text, w->len, w->per.pos)))
		r->has_period = five_years(w, fc, f, measure, p.end_year, p.start_year, &p,
					   &since); /* 五年来，…; 十年来，… */
	else if (r->has_period && p.start_year < p.end_year && !w->per.ctx &&
		 past_plan_at(w, w->per.pos, &p) && measure != DB_MEASURE_GROWTH)
		/* (“十四五”期间…增长19.8%: a growth over the named years stays
		 * theirs; db_emit_figure makes it the last year's against the
		 * year before them) */
		r->has_period = five_years(w, fc, f, measure, p.end_year, 0, &p, &since);
	else if (r->has_period && w->seg_ctx && w->seg_ctx->mode == DB_CONTEXT_NONE &&
		 w->seg_ctx->year && p.start_year == p.end_year && p.end_year == w->seg_ctx->year &&
		 (w->per.pos < w->sentence_start || measure == DB_MEASURE_GROWTH)) {
		/* 初步核算2022年达到2960亿元…。累计完成投资4870亿元: a year of the
		 * sentence before in a review of several years dates no sum,
		 * yearly average or addition of the sentence after, nor a year
		 * of its own sentence a yearly average (…增加到2021年的2280亿元，
		 * 年均增长6.8%) */
		db_period q;
		int basis = 0;
		/* (…增加到2015年的161.1亿元，…；单位GDP能耗累计下降10.7%: a
		 * cumulative growth against the year before the review, too) */
		if (five_years(w, fc, f, measure, p.end_year, w->seg_ctx->from, &q, &basis) &&
		    (q.start_year < q.end_year || basis)) {
			p = q;
			since = basis;
		}
	}
	/* 10月末…比年初增加812.5亿元, 新增贷款…: added since January, a span */
	if (r->has_period && measure == DB_MEASURE_ADDED && p.start_year == p.end_year &&
	    p.start_month == p.end_month && p.end_month > 1 &&
	    (contains_any(w->text, fc->c->start, f->start, since_january, NWORDS(since_january)) ||
	     contains_any(w->text, fc->c->start, f->start, added_words, NWORDS(added_words))))
		p = db_period_months(p.end_year, 1, p.end_month); /* (新增 at 11月末 too) */
	/* 6月末，全县生猪出栏2.6万头: a flow at a month's end is counted from
	 * January (as 截至6月底 is), not in that month alone */
	if (r->has_period && m && !m->stock &&
	    (measure == DB_MEASURE_LEVEL || measure == DB_MEASURE_GROWTH ||
	     measure == DB_MEASURE_GAP_PP) &&
	    p.start_year == p.end_year && p.start_month == p.end_month && p.end_month > 1 &&
	    !w->per.ctx && month_end_at(w->text, w->len, w->per.pos))
		p = db_period_months(p.end_year, 1, p.end_month);
	/* 五年累计完成固定资产投资1.32万亿元: the sum over the years up to
	 * the one carried */
	size_t yi;
	if (r->has_period && measure == DB_MEASURE_LEVEL && m && !m->stock &&
	    p.start_year == p.end_year && p.start_month == 1 && p.end_month == 12 &&
	    find_any(w->text, fc->c->start, f->start, years_summed_words, NWORDS(years_summed_words),
		     &yi) != (size_t)-1)
		p = db_period_span(db_period_year(p.end_year - years_summed[yi].n + 1),
				   db_period_year(p.end_year));
	/* “十四五”期间，…地区生产总值…达到1.5万亿元: a level reached over a
	 * plan's years is its last year's, no sum of them (累计完成… is; a
	 * 累计 of an item before a ； sums that item only: …累计完成200亿元；
	 * 居民收入分别达到…) */
	size_t item = rfind_any(w->text, w->sentence_start, f->num_start,
				(const char *const[]){ "；", ";" }, 2, NULL);
	item = item == (size_t)-1 ? w->sentence_start : item;
	if (r->has_period && measure == DB_MEASURE_LEVEL && m && !m->stock &&
	    p.start_year < p.end_year && p.start_month == 1 && p.end_month == 12 &&
	    contains_any(w->text, fc->c->start, f->num_start, reached, NWORDS(reached)) &&
	    !contains_any(w->text, item, f->num_start,
			  (const char *const[]){ "累计", "合计", "总计", "共" }, 4))
		p = db_period_year(p.end_year);
	if (r->has_period && threshold_in_span(w, m, fc, f, measure, &p, item))
		r->has_period = false;
	if (r->has_period)
		r->period = p;
	if (r->has_period && since) {
		db_period b = db_period_year(since);
		char tok[DB_PERIOD_TOKEN_MAX];
		r->basis = db_arena_printf(&w->rs->arena, "vs:%s", db_period_format(&b, tok));
	}
	/* “十三五”时期…，2020年达到2267亿元；一般公共预算收入年均增长8.2%: a
	 * yearly average dated by a year that ends a plan period or a
	 * five-year review named earlier in its paragraph spans those years */
	/* (…增加到2015年的330.2亿元；固定资产投资累计完成960亿元: so is
	 * a sum over them of a flow) */
	if (r->has_period && !fc->own_period && !fc->own_from &&
	    r->period.start_year == r->period.end_year &&
	    r->period.start_month == 1 && r->period.end_month == 12 &&
	    ((measure == DB_MEASURE_GROWTH &&
	      rfind_any(w->text, fc->c->start, f->num_start, (const char *const[]){ "年均" }, 1,
			NULL) != (size_t)-1) ||
	     (measure == DB_MEASURE_LEVEL && m && !m->stock &&
	      (rfind_any(w->text, fc->c->start, f->num_start, (const char *const[]){ "累计" }, 1,
			 NULL) != (size_t)-1 ||
	       /* (累计完成固定资产投资…亿元，实际利用外资…亿美元: a clause
		* after a 累计 one in its ；-item that says no level reached
		* (达, 增加到) goes on with the sum) */
	       (item < fc->c->start &&
		rfind_any(w->text, item, fc->c->start, (const char *const[]){ "累计" }, 1, NULL) !=
			(size_t)-1 &&
		!contains_any(w->text, fc->c->start, f->num_start, reached, NWORDS(reached))))))) {
		static const struct {
			const char *word;
			int first, last; /* (last 0: first is the count of years to
					  * the figure's; a term of four in 过去四年) */
		} spans[] = { { "十二五", 2011, 2015 }, { "十三五", 2016, 2020 },
			      { "十四五", 2021, 2025 }, { "五年来", 5, 0 },
			      { "过去五年", 5, 0 },     { "过去的五年", 5, 0 },
			      { "四年来", 4, 0 },       { "过去四年", 4, 0 },
			      { "过去的四年", 4, 0 } };
		int y = r->period.end_year, now = w->rs->doc.date.year;
		/* 到2025年…年均增长7%左右 in a report of 2021 (a plan's five
		 * years, from the report's year on; from the next one in its last
		 * two months) */
		int start = w->rs->doc.date.month >= 11 ? now + 1 : now;
		if (now && y == start + 4)
			r->period = db_period_span(db_period_year(start), db_period_year(y));
		size_t head_end, head = section_heading(w, w->seg_start, &head_end);
		size_t colon_end, colon = colon_heading(w, w->seg_start, &colon_end);
		for (size_t i = 0; i < NWORDS(spans) && r->period.start_year == r->period.end_year;
		     i++) {
			/* (or in the heading of its section: 一、“十三五”时期及
			 * 2020年工作回顾 / 二是…年均增长9.7%; or in a line ending
			 * in a colon right above: “十三五”成就: / 生产总值年均增长…) */
			const char *const word[] = { spans[i].word };
			if (find_any(w->text, w->seg_start, f->num_start, word, 1, NULL) == (size_t)-1 &&
			    !(head_end > head &&
			      find_any(w->text, head, head_end, word, 1, NULL) != (size_t)-1) &&
			    !(colon_end > colon &&
			      find_any(w->text, colon, colon_end, word, 1, NULL) != (size_t)-1))
				continue;
			if (spans[i].last && spans[i].last != y)
				continue;
			r->period = db_period_span(
				db_period_year(spans[i].last ? spans[i].first : y - spans[i].first + 1),
				db_period_year(y));
			break;
		}
		/* 2020年，…是2015年的1.5倍；…年均增长7.8%: a base year its
		 * sentence compares with before the average starts its span (or
		 * a span's first year: 由2015年的…预计提高到2020年的…，年均…) */
		int b = measure == DB_MEASURE_GROWTH && r->period.start_year == r->period.end_year
				? base_year_before(w->text, w->sentence_start, f->num_start, y)
				: 0;
		if (b)
			r->period = db_period_span(db_period_year(b + 1), db_period_year(y));
	}
	/* 年均增长7.9%，高于全省1.2个百分点: the gap of a yearly average
	 * spans its years */
	for (size_t i = w->rs->len - 1; measure == DB_MEASURE_GAP_PP && m && i-- > 0;) {
		const db_record *g = &w->rs->items[i];
		if (g->source.offset < w->sentence_start)
			break;
		if (!g->metric || strcmp(g->metric, m->id) || g->measure != DB_MEASURE_GROWTH)
			continue;
		if (g->basis && !strcmp(g->basis, "cagr") && g->has_period &&
		    g->period.start_year < g->period.end_year) {
			r->has_period = true;
			r->period = g->period;
		}
		break; /* (the nearest growth of its metric is the one compared) */
	}
	if (fc->own_period || fc->own_listed || fc->own_from) {
		r->has_period = true;
		r->period = fc->own;
	}
	r->status = db_status_before(w, f->num_start); /* 预计4.6万元: the prefix counts */
	/* 预计…由82.4亿元增至121亿元: the level started from, of a year
	 * before the one estimated, is known */
	if (fc->own_from && r->status == DB_STATUS_ESTIMATE)
		r->status = DB_STATUS_ACTUAL;
	/* (预计…从2015年的48.2亿元增长到2020年…: so is one of a year named
	 * right before it, earlier than the year its span reaches) */
	if (r->status == DB_STATUS_ESTIMATE && fc->from_to_drop && r->has_period &&
	    r->period.start_year == r->period.end_year && r->period.start_month == 1 &&
	    r->period.end_month == 12 && reaches_later(w->text, f->end, fc->c->end, r->period.end_year))
		r->status = DB_STATUS_ACTUAL;
	/* 低于5%的控制目标: the figure names the target; so does one right
	 * after 控制目标 (与年度控制目标N%相比低…) */
	static const char *const ceilings[] = { "控制目标", "调控目标" };
	if (word_at(w->text, fc->c->end, f->end, WL(w, DB_W_TARGET_AFTER)) ||
	    ends_with_any(w->text, fc->c->start, f->num_start, ceilings, NWORDS(ceilings)) ||
	    db_approved_target(w, fc->c->start, f->num_start))
		r->status = DB_STATUS_TARGET;
	/* 完成年计划580亿元的89.7%: the plan the figure before is measured
	 * against */
	const db_wordlist *pl = WL(w, DB_W_PLAN_AMOUNT_LEADS);
	if (ends_with_any(w->text, fc->c->start, f->num_start, pl->items, pl->len) &&
	    has_word_at(w->text, fc->c->end, f->end, "的"))
		r->status = DB_STATUS_TARGET;
	/* 某某强调，要…PM2.5年均浓度低于35μg/m3 in a meeting's news: the
	 * speaker's charge is for the year ahead, not the year done that the
	 * document context carries; so is a 力争 under a news item's first
	 * period, of a year already done (某县将…，力争…) */
	if (r->status == DB_STATUS_TARGET && w->per.ctx && r->has_period &&
	    w->target_at != (size_t)-1 && w->target_at < f->num_start &&
	    (has_word_at(w->text, f->num_start, w->target_at, "强调") ||
	     has_word_at(w->text, f->num_start, w->target_at, "指出") ||
	     (!w->seg_ctx && has_word_at(w->text, f->num_start, w->target_at, "力争"))) &&
	    r->period.start_year == r->period.end_year &&
	    r->period.end_year < w->rs->doc.date.year)
		r->period = db_period_year(w->rs->doc.date.year);
	/* 确保…全年达到9200亿元 in July: this year's target, not last year's */
	if (r->status == DB_STATUS_TARGET && w->per.last && r->has_period &&
	    r->period.start_year == r->period.end_year && r->period.end_year < w->rs->doc.date.year)
		r->period = db_period_year(w->rs->doc.date.year);
	db_source_clause(w, r, fc->c,
			 fc->label && fc->label_start >= fc->c->start && fc->label_start < f->start
				 ? fc->label_start
				 : f->start);
	return r;
}

/* The basis of a rate compared with a stated period: NULL for year on year
 * (比上年, 较去年同期 of a figure of this year), mom for the month before
 * (比上月), else vs:PERIOD (比2019年同期, 比一季度回落1.2个百分点). */
static const char *basis_against(walk *w, const db_metric *m, db_measure measure,
				 const db_period *b)
{
	db_period p;
	char tok[DB_PERIOD_TOKEN_MAX];

	if (db_period_for(w, m, measure, &p)) {
		/* 比去年全年提高0.6个百分点 of 2024Q1: against 2023, not the
		 * same months of 2024 */
		bool b_year = b->start_year == b->end_year && b->start_month == 1 && b->end_month == 12;
		bool p_year = p.start_year == p.end_year && p.start_month == 1 && p.end_month == 12;
		/* (比上年四季度 of 2025Q1: that quarter, not the same months) */
		bool same_months = b->start_month == p.start_month && b->end_month == p.end_month;
		if (b->end_year == p.end_year - 1 && (!b_year || p_year) && (b_year || same_months))
			return NULL;
		/* (a basis not before the figure: 去年 read from a report's
		 * date in the review of that year) */
		if (b_year && p_year && b->end_year >= p.end_year)
			return NULL;
		/* 前三季度…较二季度收窄1.3个百分点: a rate summed from January
		 * against the one to that quarter's end (vs:H1), not the
		 * quarter alone */
		if (b->start_year == p.end_year && b->end_year == p.end_year &&
		    b->end_month - b->start_month == 2 && b->start_month % 3 == 1 &&
		    b->start_month > 1 && p.start_year == p.end_year && p.start_month == 1 &&
		    p.end_month > b->end_month) {
			db_period to = db_period_months(b->end_year, 1, b->end_month);
			return db_arena_printf(&w->rs->arena, "vs:%s", db_period_format(&to, tok));
		}
		if (b->start_year == b->end_year && b->start_month == b->end_month &&
		    p.start_year == p.end_year && p.start_month == p.end_month &&
		    b->end_year * 12 + b->end_month + 1 == p.end_year * 12 + p.end_month)
			return "mom";
		/* 2021年全年…较一季度提高6.2个百分点 in a report of January
		 * 2022: the quarter of the figure's year (read from the date,
		 * it came out 2022Q1) */
		if (!b_year && b->start_year == b->end_year && p.start_year == p.end_year &&
		    b->end_year == p.end_year + 1 && b->end_month <= p.end_month) {
			db_period shifted = *b;
			shifted.start_year--;
			shifted.end_year--;
			return db_arena_printf(&w->rs->arena, "vs:%s", db_period_format(&shifted, tok));
		}
	} else if (b->end_year >= w->rs->doc.date.year - 1) {
		return NULL;
	}
	return db_arena_printf(&w->rs->arena, "vs:%s", db_period_format(b, tok));
}

/* The basis a growth's clause states: a basis word (年均 cagr, 两年平均
 * avg2y), a period compared with (比2019年同期), 比上月 mom; NULL: year on
 * year. A basis word inside the figure's own catalog label is part of
 * the name (PM2.5年均浓度下降6.1%: the yearly mean's fall, year on year). */
static const char *stated_basis(walk *w, const db_metric *m, const fig_ctx *fc,
				const db_figure *f)
{
	const char *basis = NULL;
	bool skip = fc->label && fc->label_end > fc->label_start &&
		    fc->label_start >= fc->c->start && fc->label_end <= f->end;
	for (size_t i = 0; i < NWORDS(basis_words); i++)
		if (skip ? contains_any(w->text, fc->c->start, fc->label_start, &basis_words[i].word, 1) ||
				   contains_any(w->text, fc->label_end, f->end, &basis_words[i].word, 1)
			 : contains_any(w->text, fc->c->start, f->end, &basis_words[i].word, 1))
			basis = basis_words[i].basis;
	if (fc->has_basis)
		basis = basis_against(w, m, DB_MEASURE_GROWTH, &fc->basis_period);
	if (fc->basis_mom)
		basis = "mom";
	return basis;
}

/* A rate word then a word of compared_ups (+1) or compared_downs (-1)
 * right before the figure at n, with no place or time compared with
 * between (增速快3.1个百分点: faster than what the sentence compared with
 * before, 增速加快 is no such word); 0 otherwise. */
static int rate_compared_bare(const walk *w, size_t s, size_t n)
{
	const char *t = w->text;
	size_t k, which;
	int sign = (k = word_ending_at(t, s, n, WORDS(w, DB_W_COMPARED_UPS), &which)) ? 1 : 0;
	if (!sign && (k = word_ending_at(t, s, n, WORDS(w, DB_W_COMPARED_DOWNS), &which)))
		sign = -1;
	if (!sign || !word_ending_at(t, s, n - k, WORDS(w, DB_W_RATE_WORDS), NULL))
		return 0;
	return sign;
}

/* The place the last gap of the sentence so far was to (…增速快于全国a个
 * 百分点，居第N位；…), or NULL. */
static const char *sentence_gap_place(const walk *w)
{
	for (size_t k = w->rs->len; k-- > 0 && w->rs->items[k].source.offset >= w->sentence_start;)
		if (w->rs->items[k].measure == DB_MEASURE_GAP_PP)
			return w->rs->items[k].vs;
	return NULL;
}

/* 6月末…存款余额…比年初增长8.2% in t[s, e): a stock at a month's end
 * against the end of the year before (vs:2022M12), not against the same
 * month a year ago; at the year's end the two are one (yoy, NULL here). */
static const char *since_january_basis(walk *w, const db_metric *m, db_measure measure,
				       size_t s, size_t e)
{
	db_period p, b;
	char tok[DB_PERIOD_TOKEN_MAX];

	if (!m || !m->stock ||
	    !contains_any(w->text, s, e, since_january, NWORDS(since_january)) ||
	    !db_period_for(w, m, measure, &p) || p.start_year != p.end_year ||
	    p.start_month != p.end_month || p.end_month == 12)
		return NULL;
	b = db_period_months(p.end_year - 1, 12, 12);
	return db_arena_printf(&w->rs->arena, "vs:%s", db_period_format(&b, tok));
}

/* 比2019年同期 (较, 与) in t[s, e): the basis vs the same months of that
 * year (vs:2019Q1 for a 2021Q1 figure; vs:2019 when the figure has no
 * period). NULL when absent. */
static const char *same_period_basis(walk *w, const db_metric *m, db_measure measure,
				     size_t s, size_t e)
{
	static const char *const before[] = { "比", "较", "与" };
	for (size_t p = s; p + 4 + 9 <= e; p++) {
		size_t which;
		if (find_any(w->text, p, p + 3, before, NWORDS(before), &which) != p)
			continue;
		int year = lx_year4(w->text, e, p + 3);
		if (!year || !has_word_at(w->text, e, p + 7, "年同期"))
			continue;
		db_period rp, b;
		char tok[DB_PERIOD_TOKEN_MAX];
		if (db_period_for(w, m, measure, &rp) && rp.start_year == rp.end_year) {
			b = db_period_months(year, rp.start_month, rp.end_month);
			if (year == rp.end_year - 1)
				return NULL; /* 比2021年同期 of a 2022 figure: year on year */
		} else {
			b = db_period_year(year);
		}
		return db_arena_printf(&w->rs->arena, "vs:%s", db_period_format(&b, tok));
	}
	return NULL;
}

/* The longest run of ASCII digits in t[s, e). */
static size_t digit_run(const char *t, size_t s, size_t e)
{
	size_t best = 0, run = 0;
	for (size_t p = s; p < e; p++) {
		run = t[p] >= '0' && t[p] <= '9' ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best;
}

/* A list of places from t[p] (全国(4.8%)、全省(5.6%)和全市) into vs;
 * returns how many and sets *end after the last. After the first, the
 * place enclosing the document's entity may be named (全国、全省、焦作市
 * 平均: a county's prefecture; db_parent_scope), as its canonical name. */
static size_t place_list(const walk *w, size_t p, size_t e, const char **vs, size_t max,
			 size_t *end)
{
	const char *t = w->text;
	const char *named;
	size_t named_end;
	/* (国、省: the places said short, in a list of two or more) */
	static const char *const shorts[] = { "国", "省", "市" }, *const longs[] = { "全国", "全省", "全市" };
	size_t n = 0, l, si;
	bool said_short = false;
	for (;;) {
		if (n == max)
			break;
		if ((l = db_longest_word_at(t, p, e, scope_words, NWORDS(scope_words), &si))) {
			vs[n++] = scope_words[si];
		} else if ((l = db_longest_word_at(t, p, e, shorts, NWORDS(shorts), &si)) &&
			   (n || has_word_at(t, e, p + l, "、") || has_word_at(t, e, p + l, "和"))) {
			vs[n++] = longs[si];
			said_short = true;
		} else if ((n || region_word_at(w, p, e)) &&
			   (named = db_parent_scope(w, p, e, &named_end))) {
			vs[n++] = named;
			l = named_end - p;
		} else {
			break;
		}
		p += l;
		/* 全国(4.8%)、全省(5.6%): the places' own rates in brackets */
		if (has_word_at(t, e, p, "(") || has_word_at(t, e, p, "（")) {
			size_t close = find_any(t, p, e, (const char *const[]){ ")", "）" }, 2, &si);
			if (close == (size_t)-1 || close > p + 24)
				break;
			p = close + strlen(si ? "）" : ")");
		}
		if (!(has_word_at(t, e, p, "、") || has_word_at(t, e, p, "和")))
			break;
		p += 3;
	}
	*end = p;
	return said_short && n < 2 ? 0 : n;
}

/* 分别高于全市、全省…, (增速)比全市和全国分别高…: the places a clause's
 * gaps are against, in order, and the sign of the gaps. */
size_t db_gap_scopes(const walk *w, const db_clause *c, const char **vs, size_t max, int *sign)
{
	const char *t = w->text;
	size_t p = c->start, which, l;
	static const char *const leads[] = { "分别", "均" };
	static const char *const rates[] = { "增速", "增幅" }, *const than[] = { "比", "较" };
	static const char *const ups[] = { "高", "快" }, *const downs[] = { "低", "慢" };
	static const char *const list_rates[] = { "平均水平", "平均增速", "平均增幅", "平均",
						  "增速", "增幅", "水平" };
	if ((l = db_longest_word_at(t, p, c->end, rates, NWORDS(rates), &which)))
		p += l;
	/* 城镇化率分别高于全国、全省11.2、9.8个百分点: the label before
	 * 分别, no figure between */
	size_t near = c->end - p > 48 + strlen("分别") ? p + 48 + strlen("分别") : c->end;
	const char *lead_at = memmem(t + p, near - p, "分别", strlen("分别"));
	size_t lead = lead_at ? (size_t)(lead_at - t) : (size_t)-1;
	if (lead != (size_t)-1 && lead > p) {
		bool bare = true;
		for (size_t q = p; q < lead && bare; q++)
			bare = !(t[q] >= '0' && t[q] <= '9');
		/* (比全市和全国分别高…: the places are before 分别) */
		if (bare && find_any(t, p, lead, than, NWORDS(than), NULL) == (size_t)-1)
			p = lead;
	}
	/* 分别比全市、全区高1.2和2.3个百分点: 分别 before the 比 */
	if ((l = db_longest_word_at(t, p, c->end, leads, NWORDS(leads), &which)) &&
	    db_longest_word_at(t, p + l, c->end, than, NWORDS(than), &which))
		p += l;
	if ((l = db_longest_word_at(t, p, c->end, than, NWORDS(than), &which))) {
		/* 比全市和全国分别高1.2、2.3个百分点: two places or more (分别
		 * may be left out: 比全国、全省高1.4、1.5个百分点) */
		size_t n = place_list(w, p + l, c->end, vs, max, &p);
		if (n < 2)
			return 0;
		/* 比全省、全市平均水平分别高…: the places' rates named after
		 * the list (平均增速, 增速, 水平), before 分别 */
		p += db_longest_word_at(t, p, c->end, list_rates, NWORDS(list_rates), &which);
		p += db_longest_word_at(t, p, c->end, leads, NWORDS(leads), &which);
		if (db_longest_word_at(t, p, c->end, ups, NWORDS(ups), &which))
			*sign = 1;
		else if (db_longest_word_at(t, p, c->end, downs, NWORDS(downs), &which))
			*sign = -1;
		else
			return 0;
		return n;
	}
	if ((l = db_longest_word_at(t, p, c->end, leads, NWORDS(leads), &which)))
		p += l;
	for (which = 0; which < NGAP_SIGNED; which++)
		if (has_word_at(t, c->end, p, gap_words[which]))
			break;
	if (which == NGAP_SIGNED)
		return 0;
	*sign = gap_signs[which];
	return place_list(w, p + strlen(gap_words[which]), c->end, vs, max, &p);
}

/* Do the words before n end in 低, 慢 or 少 (了) after a 比 or 较 of the
 * clause (比上年同期低0.3个百分点)? */
static bool lower_than(const char *t, size_t s, size_t n)
{
	static const char *const lows[] = { "低了", "慢了", "少了", "低", "慢", "少" };
	static const char *const than[] = { "比", "较" };
	for (size_t i = 0; i < NWORDS(lows); i++) {
		size_t k = strlen(lows[i]);
		if (n >= s + k && !memcmp(t + n - k, lows[i], k))
			return n - k > s + 3 && rfind_any(t, n - k > s + 30 ? n - k - 30 : s, n - k, than,
							  NWORDS(than), NULL) != (size_t)-1;
	}
	return false;
}

/* 比上年多1898人, 较上年末少0.3万人: 比 or 较, a time compared with
 * (words.json times_compared, 末 or 底 after it) and 多 or 少 right before
 * the figure in t[s, n): how much the amount moved since then, no level;
 * *less for 少. */
static bool moved_since(const walk *w, size_t s, size_t n, bool *less)
{
	static const char *const moves[] = { "多了", "少了", "多", "少" };
	static const char *const ends[] = { "末", "底" };
	const char *t = w->text;
	for (size_t i = 0; i < NWORDS(moves); i++) {
		size_t k = strlen(moves[i]), which;
		if (n < s + k + 9 || memcmp(t + n - k, moves[i], k))
			continue;
		size_t e = n - k;
		if (ends_with_any(t, s, e, ends, NWORDS(ends)))
			e -= 3;
		for (size_t p = e > s + 30 ? e - 30 : s; p + 3 < e; p++) {
			if (!has_word_at(t, e, p, "比") && !has_word_at(t, e, p, "较"))
				continue;
			if (db_longest_word_at(t, p + 3, e, WORDS(w, DB_W_TIMES_COMPARED), &which) ==
			    e - p - 3) {
				*less = i % 2;
				return true;
			}
		}
		return false;
	}
	return false;
}

/* 增速较去年同期增长4.1%, 增幅比上年回落0.8%: the rate itself (a rate
 * word of the clause before the figure), 比 or 较 right before a time
 * compared with, and only a word of rate_moves between that time and a
 * figure in %: the writer's % are points, a change of the rate as 增速较去年
 * 同期提高4.1个百分点 would say, no second growth of the metric. A place
 * after 比/较 (增速比全省高2%) or a level reached (增速由5%提高到8%) is not
 * read so. */
static bool rate_change_in_percent(const walk *w, const fig_ctx *fc, const db_figure *f)
{
	static const char *const than[] = { "比", "较" };
	const char *t = w->text;
	size_t n = f->num_start, which = 0;
	if (f->kind != DB_FIG_PERCENT || strcmp(f->unit, "%") || !f->has_value)
		return false;
	size_t rw = find_any(t, fc->c->start, n, WORDS(w, DB_W_RATE_WORDS), NULL);
	if (rw == (size_t)-1)
		return false;
	size_t k = find_any(t, rw, n, than, NWORDS(than), NULL);
	if (k == (size_t)-1)
		return false;
	if (find_any(t, k + 3, n, WORDS(w, DB_W_TIMES_COMPARED), &which) != k + 3)
		return false;
	size_t after = k + 3 + strlen(WL(w, DB_W_TIMES_COMPARED)->items[which]);
	return after < n &&
	       db_longest_word_at(t, after, n, WORDS(w, DB_W_RATE_MOVES), NULL) == n - after;
}

/* 居民消费价格总水平比上年上涨a个百分点: points right after a word of
 * words.json index_moves that follow, in their clause, the label of an
 * index of base 100, with no rate word between, are how far the index
 * moved from 100: its rise in percent, read as a percent figure. */
static bool index_points_moved(const walk *w, const fig_ctx *fc, const db_figure *f,
			       const db_metric *m)
{
	const char *t = w->text;
	size_t n = f->num_start;
	if (f->kind != DB_FIG_PP || !f->has_value || !m || !strstr(m->unit, "=100") || !fc->label ||
	    fc->label_start < fc->c->start || fc->label_end > n ||
	    !word_ending_at(t, fc->label_end, n, WORDS(w, DB_W_INDEX_MOVES), NULL))
		return false;
	return !contains_any(t, fc->label_end, n, WORDS(w, DB_W_RATE_WORDS));
}

/* 分别回落0.5、0.3个百分点, 下降3.2%和1.5%, 回落3.0个和2.0个百分点: is
 * the figure at n a later item of a bare list of figures that opens with a
 * falling word? (The words between a falling word and n are only numbers,
 * their units, the 个 of an item's 个百分点 and the list's joins.) */
static bool falls_in_list(const walk *w, size_t s, size_t n)
{
	static const char *const skip[] = { "个百分点", "百分点", "、", "和", "及", "%", "％" };
	const char *t = w->text;
	size_t p = n;
	bool joined = false;
	while (p > s) {
		size_t which, l = 0;
		for (size_t i = 0; i < NWORDS(skip) && !l; i++) {
			size_t k = strlen(skip[i]);
			if (p >= s + k && !memcmp(t + p - k, skip[i], k))
				l = k, which = i;
		}
		if (!l && p >= s + 4 && !memcmp(t + p - 3, "个", 3) && t[p - 4] >= '0' &&
		    t[p - 4] <= '9')
			l = 3, which = 0; /* (4.0个和: an item's 个 before its join) */
		if (l) {
			joined |= which >= 2 && which <= 4;
			p -= l;
		} else if ((t[p - 1] >= '0' && t[p - 1] <= '9') || t[p - 1] == '.' || t[p - 1] == ' ') {
			p--;
		} else {
			break;
		}
	}
	return joined && p < n && ends_with_any(t, s, p, WORDS(w, DB_W_FALLING));
}

/* 农林牧渔业总产值512.4亿元…其中：农业总产值230.6亿元: a label right
 * after 其中 that names, in other words, a metric the sentence has a figure
 * of already is a part of it under a narrower name; so is one in a sentence
 * that opens with 其中 after the whole's sentence (…总产值55.2亿元。其中，农业
 * 总产值30.6亿元); 分行业看 opens the parts by industry as 其中 does. */
static bool part_of_said(const walk *w, const fig_ctx *fc, const db_metric *m)
{
	size_t ls = fc->label->start, part, from = w->sentence_start;
	if (ls < w->sentence_start ||
	    (part = find_any(w->text, ls >= w->sentence_start + 18 ? ls - 18 : w->sentence_start,
			     ls, (const char *const[]){ "其中", "分行业看" }, 2, NULL)) == (size_t)-1)
		return false;
	/* (1-4月…。其中，4月份增加值…: a bare noun the whole's head names,
	 * after a month of the span, is a part of the time, not of the
	 * whole: still the whole's metric) */
	db_period_match pm;
	if (fc->label >= w->split && fc->label < w->split + NWORDS(w->split) &&
	    db_period_next(w->text, ls, part, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &pm) &&
	    pm.has_period && pm.end <= ls)
		return false;
	if (db_indicator_pick(w, part))
		return false;
	if (part <= w->sentence_start + 3)
		from = w->prev_sentence_start;
	size_t n = fc->label->end - ls;
	for (size_t i = w->rs->len; i-- > 0;) {
		const db_record *r = &w->rs->items[i];
		if (r->source.offset < from)
			break;
		if (r->source.offset < part && r->metric && !strcmp(r->metric, m->id) &&
		    r->label && (strlen(r->label) != n || memcmp(r->label, w->text + ls, n)))
			return true;
	}
	return false;
}


/* 预期 at p, maybe after 全年, 年初 or 年度 (低于全年预期, 比预期低): a
 * comparison with the target. */
static bool expectation_at(const char *t, size_t p, size_t e)
{
	p += db_longest_word_at(t, p, e, (const char *const[]){ "全年", "年初", "年度" }, 3,
				&(size_t){ 0 });
	return has_word_at(t, e, p, "预期");
}

/* A year's four digits at p of t[0, e) said before its amount: 2015年的, or
 * 2015年 and the amount's digits right after it (增长到2020年70.35亿元, the
 * 的 left out); not 2015年12月, a month. */
static bool year_then_amount(const char *t, size_t e, size_t p)
{
	if (has_word_at(t, e, p + 4, "年的"))
		return true;
	if (!has_word_at(t, e, p + 4, "年"))
		return false;
	size_t q = p + 4 + 3, k = q;
	while (k < e && ((t[k] >= '0' && t[k] <= '9') || t[k] == '.'))
		k++;
	return k > q && t[q] != '.' && !has_word_at(t, e, k, "月") && !has_word_at(t, e, k, "日") &&
	       !has_word_at(t, e, k, "季");
}

/* Decide what a figure is and emit its record; returns the record index or
 * (size_t)-1 when the figure is left out. */
/* 从2010年的210.5亿元增加到2015年的330.2亿元 in t[s, e), before a clause
 * (from fc_start) that names no year up to its figure at fs: the year
 * started from (0: none said so) */
static int years_from_before(const char *t, size_t s, size_t fc_start, size_t fs)
{
	for (size_t q = fc_start; q < fs; q++)
		if (t[q] >= '0' && t[q] <= '9' && has_word_at(t, fs, q + 1, "年"))
			return 0; /* (the clause dates itself) */
	for (size_t q = s; q + 3 + 4 + 6 <= fc_start; q++) {
		if (!has_word_at(t, fc_start, q, "从") && !has_word_at(t, fc_start, q, "由"))
			continue;
		int x = lx_year4(t, fc_start, q + 3);
		if (!x || !year_then_amount(t, fc_start, q + 3))
			continue;
		for (size_t p = q + 13; p + 4 + 6 <= fc_start; p++) {
			int y = lx_year4(t, fc_start, p);
			if (y && (p < 3 || !(t[p - 1] >= '0' && t[p - 1] <= '9')) &&
			    year_then_amount(t, fc_start, p) && y > x && y - x <= 10 &&
			    (has_word_at(t, fc_start, p - 3, "到") || has_word_at(t, fc_start, p - 3, "至")))
				return x;
		}
	}
	return 0;
}

/* The year before a five-year review's (过去五年…, 五年来… opening its
 * part, with no first year said): what its levels rose from (从88.5亿元
 * 增长到210亿元) is that year's, as 由2016年的…增加到2021年的… says in a
 * review of 2017..2021; else 0 (a term's review from a year it names, or
 * another span, leaves the start undated). */
static int five_year_base(const walk *w)
{
	static const char *const five[] = { "五年来", "过去五年", "过去的五年" };
	const db_context_span *cx = w->seg_ctx;
	if (!cx || cx->mode != DB_CONTEXT_NONE || !cx->year || cx->from)
		return 0;
	size_t e = cx->start + 60 < w->len ? cx->start + 60 : w->len;
	return contains_any(w->text, cx->start, e, five, NWORDS(five)) ? cx->year - 5 : 0;
}

/* GDP增速上半年为3.2%, 地区生产总值增速逐季回升，一季度2.5%、上半年3.2%: a
 * rate word right after the label (a period may stand between), then the
 * periods' percents with no more than 为 or 达 before each: the label's
 * growth in each period. */
static bool rate_then_periods(const walk *w, const fig_ctx *fc, const db_figure *f, size_t gs,
			      size_t ge)
{
	static const char *const rates[] = { "增速", "增幅" };
	static const char *const links[] = { "分别为", "分别达", "分别是", "达到", "为", "达", "是" };
	const char *t = w->text;
	if (!fc->label || fc->label_end < w->sentence_start || fc->label_end > gs ||
	    !contains_any(t, f->num_start, f->end, (const char *const[]){ "%", "％" }, 2))
		return false;
	db_period_match pm;
	size_t p = fc->label_end, k;
	if (db_period_read(t, gs, p, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &pm) && pm.has_period &&
	    pm.start == p)
		p = pm.end;
	size_t n = db_longest_word_at(t, p, gs, rates, NWORDS(rates), &k);
	if (!n)
		return false;
	p += n;
	/* (a period read after the rate word: the form, not 增速3.2%) */
	if (!db_period_next(t, gs, p, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &pm) || !pm.has_period)
		return false;
	size_t q = gs;
	while (q < ge && (t[q] == ' ' || t[q] == '\n'))
		q++;
	q += db_longest_word_at(t, q, ge, links, NWORDS(links), &k);
	return q == ge;
}

/* A streak of years in t[s, e): 连续四年, 连续3年. */
bool db_years_streak(const char *t, size_t s, size_t e)
{
	static const char *const numerals[] = { "两", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
	size_t p = find_any(t, s, e, (const char *const[]){ "连续" }, 1, NULL), n = 0, which = 0;
	if (p == (size_t)-1)
		return false;
	for (p += strlen("连续"); p < e; n++) {
		if (t[p] >= '0' && t[p] <= '9')
			p++;
		else if (find_any(t, p, p + 3 <= e ? p + 3 : e, numerals, NWORDS(numerals), &which) == p)
			p += strlen(numerals[which]);
		else
			break;
	}
	return n && has_word_at(t, e, p, "年");
}

/* 高于全省2.4个百分点，较上月扩大0.6个百分点: a clause with a word of
 * words.json gap_moves and no rate word of its own (rate_words: 增幅较上月
 * 扩大 is the rate's change), right after a gap read in the same sentence,
 * tells how the gap moved: no change of the metric's rate. */
static bool gap_moved(const walk *w, size_t s, size_t at)
{
	if (!w->rs->len)
		return false;
	const db_record *last = &w->rs->items[w->rs->len - 1];
	return last->measure == DB_MEASURE_GAP_PP && last->source.offset >= w->sentence_start &&
	       db_words_find(w->text, s, at, WL(w, DB_W_GAP_MOVES), NULL) != (size_t)-1 &&
	       find_any(w->text, s, at, WORDS(w, DB_W_RATE_WORDS), NULL) == (size_t)-1;
}

/* 某市今年GDP能破2万亿吗, …能否突破千亿？: a figure in a yes-or-no
 * question (its sentence, a headline's line too, ends with 吗, or with ？
 * after 能否, 是否, 能不能, 会不会 or 可否) is asked about, not reported; so
 * is one after a when-question's words in its sentence (words.json
 * asked_leads: …何时才能增长到N亿元。). */
/* Does a word of words.json asked_leads (何时才能) stand in t[s, pos)?
 * Looked for once along the sentence from s, each figure's look starting
 * where the last ended (less a word's length), not at s again. */
static bool asked_before(walk *w, size_t s, size_t pos)
{
	enum { BACK = 24 }; /* (longer than any asked_leads word) */
	size_t k;
	if (!w->ask_scan || s != w->ask_s) {
		w->ask_s = w->ask_scan = s;
		w->ask_end = 0;
	}
	if (!w->ask_end && pos > w->ask_scan) {
		size_t from = w->ask_scan > s + BACK ? w->ask_scan - BACK : s;
		size_t at = db_words_find(w->text, from, pos, WL(w, DB_W_ASKED_LEADS), &k);
		if (at != (size_t)-1)
			w->ask_end = at + strlen(WL(w, DB_W_ASKED_LEADS)->items[k]);
		w->ask_scan = pos;
	}
	return w->ask_end && w->ask_end <= pos;
}

static bool in_question(walk *w, size_t s, size_t pos)
{
	static const char *const stops[] = { "。", "！", "？", "；", "\n" };
	static const char *const whether[] = { "能否", "是否", "能不能", "会不会", "可否" };
	const char *t = w->text;
	size_t which = 0, e;
	/* (a figure between the last one asked about and its stop: the same
	 * stop, found once) */
	if (w->q_end && pos >= w->q_from && pos <= w->q_end) {
		e = w->q_end;
		which = w->q_which;
	} else {
		e = find_any(t, pos, w->len, stops, NWORDS(stops), &which);
		if (e == (size_t)-1)
			e = w->len;
		w->q_from = pos;
		w->q_end = e;
		w->q_which = which;
	}
	size_t q = e;
	while (q > pos && t[q - 1] == ' ')
		q--;
	return (q >= pos + 3 && has_word_at(t, q, q - 3, "吗")) ||
	       (e < w->len && which == 2 && find_any(t, s, e, whether, NWORDS(whether), NULL) != (size_t)-1) ||
	       asked_before(w, s, pos);
}

size_t db_emit_figure(walk *w, fig_ctx *fc, const db_figure *f)
{
	const db_metric *m = metric_of(w, fc->label);
	const char *t = w->text;
	size_t gs = fc->gap_start, ge = fc->gap_end ? fc->gap_end : f->num_start, which = 0;
	db_measure measure;
	double v = f->value, mx = f->max;
	const char *unit = NULL, *basis = NULL, *of = NULL, *vs = NULL;

	if (w->foreign || w->clause_foreign || !w->entity) {
		w->foreign_fig_end = f->end;
		return (size_t)-1;
	}
	if (in_question(w, w->sentence_start, f->end))
		return (size_t)-1;
	if (contains_any(t, gs, ge, progress_words, NWORDS(progress_words)))
		return (size_t)-1;
	/* 贡献率为84.2%, 拉动增长2.1个百分点: a contribution, not a change */
	if (db_words_find(t, fc->c->start, f->num_start, WL(w, DB_W_CONTRIBUTION), NULL) !=
	    (size_t)-1)
		return (size_t)-1;
	/* 三次产业对全县生产总值增长的拉动作用分别为：第一产业0.4个百分点，…: the
	 * items of a list whose lead in the sentence names a contribution and
	 * ends 分别为： are contributions, up to the sentence's next ；, unless
	 * an item says a rate of its own (增长, 提高 …). A contribution is a
	 * rate or points, and its lead a clause before the item's: the
	 * sentence is looked at only for such figures, and for its word lists
	 * only where it holds 分别 */
	static const char *const list_leads[] = { "分别为：", "分别为:", "分别是：", "分别是:" };
	static const char *const own_rates[] = { "增长", "增速", "提高", "下降", "回落", "加快", "增加",
						 "减少" };
	bool listed = (f->kind == DB_FIG_PP || f->kind == DB_FIG_PERCENT) &&
		      fc->c->start > w->sentence_start &&
		      memmem(t + w->sentence_start, fc->c->start - w->sentence_start, "分别",
			     strlen("分别"));
	size_t cw = listed ? db_words_find(t, w->sentence_start, fc->c->start,
					   WL(w, DB_W_CONTRIBUTION), NULL)
			   : (size_t)-1;
	if (cw != (size_t)-1 &&
	    find_any(t, cw, fc->c->start, list_leads, NWORDS(list_leads), NULL) != (size_t)-1 &&
	    find_any(t, cw, f->num_start, (const char *const[]){ "；", ";" }, 2, NULL) == (size_t)-1 &&
	    !contains_any(t, fc->c->start, f->num_start, own_rates, NWORDS(own_rates)))
		return (size_t)-1;
	if (f->kind == DB_FIG_MULTIPLE || f->kind == DB_FIG_RANK)
		return (size_t)-1;
	/* (满分100分: the top of the scale; 平均得分为72.4分: several
	 * places' average) no score of the place's */
	if (!strcmp(f->unit, "分") &&
	    db_words_find(t, fc->c->start, f->num_start, WL(w, DB_W_SCORE_NOT_OWN), NULL) != (size_t)-1)
		return (size_t)-1;
	/* 与全省差距缩小0.7个百分点, 差距由3.6个百分点缩小至2.9个百分点: the
	 * distance to another place's rate or its change, no change of the
	 * metric's own */
	if (!strcmp(f->unit, "百分点") &&
	    (db_words_find(t, fc->c->start, f->num_start, WL(w, DB_W_DISTANCE_WORDS), NULL) !=
		     (size_t)-1 ||
	     gap_moved(w, fc->c->start, f->num_start)))
		return (size_t)-1;
	/* 分别为18642774531207亿元: numbers glued together (their separators
	 * lost), not one figure; it still takes its place in a 分别 list */
	if (digit_run(t, f->num_start, f->num_end) > 12)
		return (size_t)-1;
	if (m && fc->label && part_of_said(w, fc, m))
		return (size_t)-1;
	/* 从118.6亿元增长到290亿元: the value it started from, of a year the
	 * text does not say (unless a clause before in its paragraph said it:
	 * 从2010年的210.5亿元增加到2015年的330.2亿元；…由25.4亿元增加到52亿元) */
	size_t fs = f->start < f->num_start ? f->start : f->num_start;
	size_t bs = fs; /* (从 610 亿元: a PDF's text layer spaces the number) */
	while (bs > fc->c->start && t[bs - 1] == ' ')
		bs--;
	/* 由上年的2.1%提高到2.4%, 从去年同期的…: the value a span starts
	 * from, of a time compared with (words.json times_compared): of the
	 * year before a whole year carried (year_before_times), else no
	 * figure of the period; unless that time is the period carried */
	size_t tw;
	if (bs >= fc->c->start + 9 && has_word_at(t, bs, bs - 3, "的") &&
	    (tw = word_ending_at(t, fc->c->start, bs - 3, WORDS(w, DB_W_TIMES_COMPARED), NULL)) &&
	    bs - 3 - tw >= fc->c->start + 3 &&
	    (has_word_at(t, bs, bs - 6 - tw, "从") || has_word_at(t, bs, bs - 6 - tw, "由")) &&
	    find_any(t, f->end, f->end + 15 < fc->c->end ? f->end + 15 : fc->c->end, to_words,
		     NWORDS(to_words), NULL) != (size_t)-1 &&
	    !(w->per.has && w->per.pos >= bs - 6 - tw && w->per.pos < bs)) {
		if (!w->per.has || w->per.period.start_year != w->per.period.end_year ||
		    w->per.period.start_month != 1 || w->per.period.end_month != 12 ||
		    word_ending_at(t, bs - 3 - tw, bs - 3, WORDS(w, DB_W_YEAR_BEFORE_TIMES), NULL) != tw)
			return (size_t)-1;
		fc->own_from = true;
		fc->own = db_period_year(w->per.period.end_year - 1);
	}
	if (bs >= fc->c->start + 3 &&
	    (has_word_at(t, bs, bs - 3, "从") || has_word_at(t, bs, bs - 3, "由")) &&
	    find_any(t, f->end, f->end + 15 < fc->c->end ? f->end + 15 : fc->c->end, to_words,
		     NWORDS(to_words), NULL) != (size_t)-1) {
		/* (or a sentence shortly before in its paragraph: 全市生产总值
		 * 由2016年的…增加到2020年的…。三产增加值由…增加到…) */
		size_t back = w->sentence_start > w->seg_start + 600 ? w->sentence_start - 600
								     : w->seg_start;
		int from_year = fc->own_period || fc->own_listed
					? 0
					: years_from_before(t, back, fc->c->start, fs);
		if (!from_year && !fc->own_period && !fc->own_listed)
			from_year = five_year_base(w);
		if (!from_year)
			return (size_t)-1;
		fc->own_from = true;
		fc->own = db_period_year(from_year);
	}

	/* 比上年同期85230万元下降1.27%: the amount compared with, last year's,
	 * no figure of the period */
	static const char *const compared[] = { "比上年同期", "较上年同期", "比去年同期",
						"较去年同期", "比上年", "较上年", "比去年", "较去年" };
	if (strcmp(f->unit, "%") && fs >= fc->c->start + 6 &&
	    ends_with_any(t, fc->c->start, fs, compared, NWORDS(compared)) &&
	    (db_find_growth(t, f->end, f->end + 6 < fc->c->end ? f->end + 6 : fc->c->end) == f->end ||
	     word_at(t, fc->c->end, f->end, WL(w, DB_W_FALLING))))
		return (size_t)-1;
	/* 地区生产总值大于300亿元…两大入库门槛: the bar of a list, no figure */
	if (f->qualifier == DB_QUAL_AT_LEAST &&
	    contains_any(t, w->sentence_start,
			 fc->c->end + 90 < w->len ? fc->c->end + 90 : w->len,
			 (const char *const[]){ "门槛" }, 1))
		return (size_t)-1;
	/* 与全市持平: the same rate as the city's, no growth of nought */
	if (f->has_value && f->value == 0 &&
	    contains_any(t, fc->c->start, f->num_start, (const char *const[]){ "与全" }, 1))
		return (size_t)-1;
	/* 增速与上月持平: the rate is the same as before, no growth of nought;
	 * so is 增长面 (the share of industries that grew) */
	if (f->has_value && f->value == 0 &&
	    contains_any(t, fc->c->start, f->num_start,
			 (const char *const[]){ "增速", "增幅", "涨幅", "增长面" }, 4))
		return (size_t)-1;
	bool growth = db_find_growth(t, gs, ge) != (size_t)-1 ||
		      f->growth_word || fc->own_period || rate_then_periods(w, fc, f, gs, ge);
	size_t to_at = rfind_any(t, gs, ge, to_words, NWORDS(to_words), NULL);
	/* 提升至2.31%, 达到1.92%: a verb then 至/到 makes the figure the new
	 * level, unless the words name the rate itself (增速达到9%) */
	bool to_level = to_at != (size_t)-1 && ge - to_at <= 3 + 24 &&
			db_find_growth(t, to_at, ge) == (size_t)-1 &&
			!contains_any(t, gs, ge, WORDS(w, DB_W_RATE_WORDS)) &&
			ends_with_any(t, gs, to_at, level_verbs, NWORDS(level_verbs));
	/* 常住人口增量达到12.4万: 达到 says how large the increase is, no level
	 * reached */
	if (to_level && to_at >= gs + 3 && has_word_at(t, ge, to_at - 3, "达") &&
	    ends_with_any(t, gs, to_at - 3, (const char *const[]){ "增量" }, 1))
		to_level = false;
	/* 下降4.1% is negative, 回落至5% is not */
	size_t fall_at = rfind_any(t, gs, ge, WORDS(w, DB_W_FALLING), NULL);
	bool falling = fall_at != (size_t)-1 && (to_at == (size_t)-1 || to_at < fall_at);
	if (fall_at == (size_t)-1 && f->sign_word == 0 && falls_in_list(w, fc->c->start, f->num_start))
		falling = true;
	/* 比上年同期低0.3个百分点, 较一季度慢0.5个百分点: 比/较 … 低, 慢 or 少
	 * right before the figure */
	if (!falling && f->sign_word == 0 && lower_than(t, fc->c->start, f->num_start))
		falling = true;
	/* 降幅收窄17.35个百分点, 降幅缩小…: a fall that narrows is a rise
	 * (words.json narrowing) */
	if (falling && contains_any(t, fall_at, ge, WORDS(w, DB_W_NARROWING)))
		falling = false;
	/* 增幅较前三季度收窄6.8个百分点, 涨幅较去年缩小…: a rise that narrows
	 * is a fall */
	size_t narrow = f->kind == DB_FIG_PP ? find_any(t, gs, ge, WORDS(w, DB_W_NARROWING), NULL)
					     : (size_t)-1;
	if (!falling && narrow != (size_t)-1 &&
	    contains_any(t, fc->c->start, narrow, (const char *const[]){ "增幅", "增速", "涨幅" }, 3) &&
	    !contains_any(t, fc->c->start, narrow, (const char *const[]){ "降幅" }, 1))
		falling = true;
	size_t share_at = find_any(t, gs, ge, share_words, NWORDS(share_words), NULL);
	size_t gap_at = find_any(t, gs, ge, gap_words, NGAP_SIGNED, &which);
	if (gap_at != (size_t)-1 && bare_gap_word(t, gap_at, which))
		gap_at = (size_t)-1;
	bool rate_metric = m && !strcmp(m->unit, "%");

	if (fc->from_to_drop && to_level)
		return (size_t)-1;
	switch (rate_change_in_percent(w, fc, f) ? DB_FIG_PP
		: index_points_moved(w, fc, f, m)  ? DB_FIG_PERCENT
						   : f->kind) {
	case DB_FIG_PP:
		/* 增速分别高于全省地区生产总值和城镇居民收入a个和b个百分点
		 * after the rural income's growth: gaps to other metrics'
		 * rates, named in the clause, no change of the label before
		 * (高于全区规上工业增加值增速 of the same metric stays a gap) */
		if (w->compared_end > fc->c->start && w->compared_end <= f->num_start && fc->label &&
		    fc->label_start < fc->c->start && fc->label->metric != w->compared_metric)
			return (size_t)-1;
		/* 比全年预期目标高0.8个百分点: against a target, no indicator */
		if (contains_any(t, fc->c->start, f->num_start, (const char *const[]){ "目标" }, 1))
			return (size_t)-1;
		/* 调高了…的增速目标，分别上调1个、3个百分点: a target set
		 * higher or lower than the year before's, no change of a rate */
		if (contains_any(t, w->sentence_start, f->num_start,
				 (const char *const[]){ "上调", "下调", "调高", "调低" }, 4) &&
		    contains_any(t, w->sentence_start, f->end, (const char *const[]){ "目标" }, 1))
			return (size_t)-1;
		/* 增速低于预期3.7个百分点, 增幅比预期低5个百分点: the same, the
		 * target left unsaid */
		if (gap_at != (size_t)-1 &&
		    expectation_at(t, gap_at + strlen(gap_words[which]), ge))
			return (size_t)-1;
		for (size_t p = fc->c->start, k;
		     (k = find_any(t, p, f->num_start, (const char *const[]){ "比", "较" }, 2,
				   NULL)) != (size_t)-1;
		     p = k + 3)
			if (expectation_at(t, k + 3, f->num_start))
				return (size_t)-1;
		/* 低于同期固定资产投资增速7.9个百分点: the same months' rate of
		 * another metric, no change since a time and no place's gap */
		if (gap_at != (size_t)-1) {
			size_t after = gap_at + strlen(gap_words[which]);
			if ((has_word_at(t, ge, after, "同期") || has_word_at(t, ge, after, "当期")) &&
			    find_any(t, after, ge, scope_words, NWORDS(scope_words), NULL) == (size_t)-1 &&
			    !db_parent_scope(w, after + 6, f->num_start, &(size_t){ 0 }) &&
			    names_compared(t, after + 6, f->num_start))
				return (size_t)-1;
		}
		int cmp;
		if (fc->gap_vs) { /* the k-th place of 分别高于全市、全省 */
			measure = DB_MEASURE_GAP_PP;
			vs = fc->gap_vs;
			if (fc->gap_sign < 0 && f->has_value && v > 0)
				v = -v;
		} else if ((cmp = compared_by_words(w, m, gs, ge, &vs, &v, f->has_value)) != 0) {
			if (cmp < 0)
				return (size_t)-1; /* 比全省GDP增速高…: another rate's */
			measure = DB_MEASURE_GAP_PP; /* 比全省高1.2个百分点 */
		} else if (gap_at != (size_t)-1 && own_scope(w, t, gap_at, ge)) {
			return (size_t)-1; /* 制造业…低于全市工业增加值增速 in 全市's report */
		} else if (gap_at != (size_t)-1 &&
			   /* 高于1-2月份2.8个百分点, 高于去年同期1.2个百分点: a
			    * change since then, no gap */
			   ((!fc->has_basis && !contains_any(t, gap_at, f->num_start,
							     WORDS(w, DB_W_TIMES_COMPARED))) ||
			    find_any(t, gap_at, ge, scope_words, NWORDS(scope_words), NULL) !=
				    (size_t)-1)) {
			measure = DB_MEASURE_GAP_PP;
			size_t si;
			size_t sp = find_any(t, gap_at, ge, scope_words, NWORDS(scope_words), &si);
			vs = sp != (size_t)-1 ? scope_words[si] : NULL;
			/* 高于全省GDP增速… after an investment's rate: another
			 * metric's rate of the place, no gap of the figure */
			if (vs && m && other_rate(w, m, label_from(w, sp + strlen(vs), ge)))
				return (size_t)-1;
			/* 高于全省固投平均增速: a short name of the metric (one or
			 * two characters) between the place and 平均, the place's
			 * average */
			size_t pe = vs ? sp + strlen(vs) : 0;
			for (size_t k = 3;
			     vs && si >= SCOPE_AVERAGES && si < 2 * SCOPE_AVERAGES && k <= 6; k += 3)
				if (pe + k < ge && cjk_only(t, pe, pe + k) &&
				    has_word_at(t, ge, pe + k, "平均")) {
					vs = scope_words[si - SCOPE_AVERAGES];
					break;
				}
			size_t named_end; /* 高于宜昌市(平均水平)1.2个百分点 */
			if (!vs)
				vs = bare_average(w, gap_at + strlen(gap_words[which]), f->num_start);
			if (!vs) {
				vs = db_parent_scope(w, gap_at + strlen(gap_words[which]), f->num_start,
						  &named_end);
				/* 高于自治区GDP增速… after an investment's rate:
				 * another metric's rate, as after 全省 */
				if (vs && m && other_rate(w, m, label_from(w, named_end, ge)))
					return (size_t)-1;
			}
			/* 低于采矿业增加值增速19.7个百分点: another metric's rate,
			 * no place's */
			if (!vs && names_compared(t, gap_at + strlen(gap_words[which]), f->num_start))
				return (size_t)-1;
			if (gap_signs[which] < 0 && f->has_value && v > 0)
				v = -v;
		} else if (!fc->has_basis && (cmp = rate_compared_bare(w, fc->c->start, f->num_start)) != 0 &&
			   (vs = sentence_gap_place(w)) != NULL) {
			measure = DB_MEASURE_GAP_PP; /* …快于全国a个百分点；B增速快b个百分点 */
			if (cmp < 0 && f->has_value && v > 0)
				v = -v;
		} else {
			if (gap_at != (size_t)-1 && gap_signs[which] < 0 && f->has_value && v > 0)
				v = -v; /* (低于1-2月份…: a fall) */
			/* 第三产业占比提高2.6个百分点, 占财政收入比重…下降10.5个百分
			 * 点: a share that changed, not the rate of the label (a
			 * metric that is a share itself, the urbanization rate of
			 * 城镇人口…占常住人口的比重…，比上年提高, changes its own) */
			/* 电气机械…增长14.2%，快于全部规上工业11.8个百分点, 比规上
			 * 工业高: the label is what the rate is compared with, and
			 * the figure no change of it */
			static const char *const than_label[] = { "快于全部", "高于全部", "低于全部",
								  "慢于全部", "快于", "高于", "低于",
								  "慢于", "高出", "好于", "比", "较" };
			if (fc->label && fc->label_start > fc->c->start &&
			    ends_with_any(t, fc->c->start, fc->label_start, than_label,
					  NWORDS(than_label)))
				return (size_t)-1;
			size_t from = fc->label_end && fc->label_end < f->num_start ? fc->label_end : gs;
			/* 研发经费占GDP比重提高N个百分点: the change of a
			 * share that is an indicator of its own is that indicator's */
			const db_metric *own = share_indicator(w, m, fc->of_metric);
			/* (税收收入…，占比M%、提高N个百分点: the share of the whole
			 * the sentence gave before, as the share itself is) */
			size_t bare = fc->of_metric ? (size_t)-1
						    : find_any(t, from, f->num_start,
							       (const char *const[]){ "占比" }, 1, NULL);
			if (!own && bare != (size_t)-1)
				own = share_indicator(w, m, sentence_whole(w, m, bare));
			if (own)
				m = own;
			if (!(m && !strcmp(m->unit, "%")) &&
			    (contains_any(t, from, f->num_start, share_change_words,
					  NWORDS(share_change_words)) ||
			     (fc->label_start >= fc->c->start + 3 &&
			      has_word_at(t, fc->label_start, fc->label_start - 3, "占"))))
				return (size_t)-1;
			/* 高新技术产业增加值…，占规模以上工业41.6%，比上年同期提高…: a
			 * clause of points right after the label's share (占…N%,
			 * no rate of the label between) is the share's change */
			size_t zhan = rfind_any(t, from, fc->c->start, (const char *const[]){ "占" }, 1,
						NULL);
			if (!(m && !strcmp(m->unit, "%")) && zhan != (size_t)-1 &&
			    db_find_growth(t, zhan, fc->c->start) == (size_t)-1)
				return (size_t)-1;
			/* 三次产业结构由…调整为…，其中一产、二产分别提高0.3、
			 * 0.8个百分点: after the structure in its sentence, an
			 * industry's change is its share's, no change of its value
			 * added; so after the ratio itself (三产比由…a:b:c调整为…) */
			if (m && fc->label && is_sector_va(m) &&
			    (contains_any(t, w->sentence_start, fc->label_start,
					  (const char *const[]){ "结构" }, 1) ||
			     after_share_points(t, w->sentence_start, fc->label_start) ||
			     ratio_before(t, w->sentence_start, fc->label_start) ||
			     after_structure_sentence(w, fc->label_end, f->num_start)))
				return (size_t)-1;
			/* 新登记市场主体N万户，增长a%，较一季度提高b个百分点: the
			 * clause right after the additions' growth (no record, as
			 * below) changes that growth, not the stock's: none either */
			if (w->added_growth_end && w->added_growth_end >= w->sentence_start &&
			    w->added_growth_end <= fc->c->start &&
			    fc->c->start - w->added_growth_end <= 3 &&
			    (!fc->label || fc->label_end <= w->added_growth_end))
				return (size_t)-1;
			measure = DB_MEASURE_CHANGE_PP;
			if (f->sign_word == 0 && f->has_value && falling && v > 0)
				v = -v;
			/* 降幅扩大2.1个百分点: a fall that widens is a fall */
			size_t wide_at = find_any(t, gs, ge, (const char *const[]){ "降幅" }, 1, NULL);
			if (wide_at != (size_t)-1 && f->has_value && v > 0 &&
			    contains_any(t, wide_at, f->num_start,
					 (const char *const[]){ "扩大", "加大", "加深" }, 3))
				v = -v;
			basis = "yoy";
			db_period against = fc->basis_period;
			bool has_against = fc->has_basis;
			/* 第一产业…增速比一季度加快0.4个百分点；第二产业…，增速加快
			 * 1.9个百分点: parts of a sentence in step, a change that
			 * names no basis is against the period an earlier part's
			 * change was (not in that part, nor after words of its own) */
			if (has_against) {
				w->has_change_basis = true;
				w->change_basis = fc->basis_period;
				w->change_basis_sentence = w->sentence;
				w->change_basis_part = w->part;
			} else if (!fc->basis_mom && w->has_change_basis &&
				   w->change_basis_sentence == w->sentence &&
				   w->change_basis_part != w->part &&
				   !contains_any(t, fc->c->start, f->num_start, yoy_words,
						 NWORDS(yoy_words)) &&
				   !contains_any(t, fc->c->start, f->num_start,
						 (const char *const[]){ "比", "较" }, 2)) {
				has_against = true;
				against = w->change_basis;
			}
			if (has_against && (basis = basis_against(w, m, measure, &against)) == NULL)
				basis = "yoy";
			/* 降幅较上月收窄0.9个百分点: against the month before, of
			 * a cumulative rate the span to that month (vs:M01-M08 of
			 * 1-9月); another span is not read. 较上期 of a span of
			 * months is the same; of a span that ends a quarter it may
			 * be the quarter before: not read */
			bool prev_term = !fc->has_basis &&
					 contains_any(t, fc->c->start, f->num_start,
						      (const char *const[]){ "较上期", "比上期" }, 2);
			if ((fc->basis_mom || prev_term) && !fc->has_basis) {
				db_period p;
				char tok[DB_PERIOD_TOKEN_MAX];
				if (!db_period_for(w, m, measure, &p) || p.start_year != p.end_year)
					return (size_t)-1;
				if (p.start_month == p.end_month) {
					basis = "mom";
				} else if (p.start_month == 1 && p.end_month >= 2 &&
					   !(prev_term && p.end_month % 3 == 0)) {
					db_period b = db_period_months(p.end_year, 1, p.end_month - 1);
					basis = db_arena_printf(&w->rs->arena, "vs:%s",
								db_period_format(&b, tok));
				} else {
					return (size_t)-1;
				}
			}
			/* 五年提高7.9个百分点: against the year before those years */
			int back = fc->has_basis ? 0 : years_back(w, fc, f);
			db_period now;
			bool dated = back >= 2 && db_period_for(w, m, measure, &now);
			bool review = w->seg_ctx && w->seg_ctx->mode == DB_CONTEXT_NONE && w->seg_ctx->year;
			bool yearly = contains_any(t, fc->c->start, f->num_start,
						   (const char *const[]){ "年均", "平均" }, 2);
			/* 年均提高0.2个百分点 in a five-year review, with no
			 * period of its own: an average change, no measure */
			if (!back && !fc->has_basis && yearly &&
			    ((review && !db_period_for(w, m, measure, &now)) ||
			     average_change(w, fc, f)))
				return (size_t)-1;
			/* 五年来…城镇化率54.3%、提高5.8个百分点: a change that names
			 * no years, no basis and no period in a five-year review
			 * runs over the review's years */
			if (!back && !fc->has_basis && review && !yearly &&
			    !db_period_for(w, m, measure, &now))
				back = w->seg_ctx->from && w->seg_ctx->from < w->seg_ctx->year
					       ? w->seg_ctx->year - w->seg_ctx->from + 1
					       : 5;
			if (!dated && back >= 2 && review)
				now = db_period_year(w->seg_ctx->year), dated = true;
			if (dated && now.start_year == now.end_year) {
				db_period was = db_period_year(now.end_year - back);
				char tok[DB_PERIOD_TOKEN_MAX];
				basis = db_arena_printf(&w->rs->arena, "vs:%s", db_period_format(&was, tok));
			}
		}
		unit = strcmp(f->unit, "千分点") ? "百分点" : "千分点";
		break;
	case DB_FIG_PERCENT:
	case DB_FIG_FRACTION:
		/* 占预算的52.6%, 占年计划的80%, 占年任务104%: progress
		 * against a plan; 占指标总量的30%: a share of an evaluation's
		 * indicators */
		if (plan_share(t, share_at, f->num_start))
			return (size_t)-1;
		const char *elided = share_at == (size_t)-1 ? elided_whole(w, fc, m, ge) : NULL;
		if (elided) {
			measure = DB_MEASURE_SHARE;
			of = elided;
			unit = "%";
			break;
		}
		if (share_at != (size_t)-1 && !(m && !strcmp(m->id, "tax_share"))) {
			/* 非税收入占比下降2.3%: a share that changed (by points
			 * or by percent?), not the share; 提高到35% is one */
			if (contains_any(t, share_at, f->num_start, share_moves, NWORDS(share_moves)) &&
			    !contains_any(t, share_at, f->num_start, (const char *const[]){ "至", "到" },
					  2))
				return (size_t)-1;
			measure = DB_MEASURE_SHARE;
			size_t si;
			size_t sp = find_any(t, share_at, ge, scope_words, NWORDS(scope_words), &si);
			if (sp == (size_t)-1)
				sp = rfind_any(t, fc->c->start, share_at, scope_words, NWORDS(scope_words),
					       &si); /* 全县…在全市占比为10.3%: the nearest */
			of = sp != (size_t)-1 ? scope_words[si] : NULL;
			if (!of)
				of = framed_whole(w, fc->c->start);
			if (!of && has_word_at(t, ge, share_at, "占比"))
				of = sentence_whole(w, m, share_at);
			/* 工业投资占总投资比重, 民间投资占全部投资的比重: the
			 * total a part of the fixed-asset investment is of is
			 * that investment (a project's 总投资 is no whole of a
			 * share, nor of signed or foreign investment) */
			if (!of && m && !strcmp(m->group, "investment") &&
			    strcmp(m->id, "signed_investment") &&
			    (has_word_at(t, ge, share_at + strlen("占"), "总投资") ||
			     has_word_at(t, ge, share_at + strlen("占"), "全部投资")))
				of = "fai";
			if (fc->of_metric)
				of = fc->of_metric;
			unit = "%";
			break;
		}
		if (m && strstr(m->unit, "=100") && !growth && f->has_value && v > 50 && v < 200) {
			measure = DB_MEASURE_LEVEL; /* 居民消费价格指数101.6%: the index itself */
			unit = m->unit;
			break;
		}
		if (rate_metric && (to_level || !growth)) {
			measure = DB_MEASURE_LEVEL;
			unit = "%";
			break;
		}
		/* 居民消费价格指数控制在3.2%以内: a small percent of an index is
		 * its rise */
		if (m && strstr(m->unit, "=100") && f->has_value && v > -20 && v < 20)
			growth = true, to_level = false;
		/* 人口出生率8.35%，人口自然增长率-0.11%: a rate per mille
		 * printed with % right after its label (nothing or 为 between)
		 * is the rate in ‰ as printed, no change of it: a natural
		 * growth rate of a few percent a year is none a place has */
		if (m && !strcmp(m->unit, "‰") && f->has_value && fc->label &&
		    fc->label_end <= f->num_start &&
		    (f->num_start == fc->label_end ||
		     has_word_at(t, f->num_start, fc->label_end, "为")) &&
		    !contains_any(t, f->num_start, f->end, (const char *const[]){ "‰" }, 1)) {
			measure = DB_MEASURE_LEVEL;
			unit = "‰";
			break;
		}
		/* 出生率为5.80‰: a rate per mille (read as 0.58 %) of a ‰ metric */
		if (m && !strcmp(m->unit, "‰") && (to_level || db_find_growth(t, gs, ge) == (size_t)-1) &&
		    f->has_value &&
		    contains_any(t, f->num_start, f->end, (const char *const[]){ "‰" }, 1)) {
			measure = DB_MEASURE_LEVEL;
			v = db_rescale(v, 1);
			unit = "‰";
			break;
		}
		/* 主要预期目标：地区生产总值7%左右，规上工业增加值10%: a target's
		 * bare percent right after a label of amounts is its growth; so is
		 * one in an aside naming the target after the year's growth
		 * (增长6.1%（预期目标为7.5%以上）) */
		if (!growth && !to_level && m && !rate_metric && !strstr(m->unit, "=100") &&
		    (gs == ge || db_target_aside(w, gs, ge)) &&
		    db_status_before(w, f->num_start) == DB_STATUS_TARGET)
			growth = true;
		/* 地区生产总值(7.5%)、规上工业增加值(12.7%)分别…: a bare percent
		 * alone in brackets right after a label of amounts is its growth */
		if (!growth && !to_level && m && !rate_metric && !strstr(m->unit, "=100") &&
		    !f->sign_word && bracketed_alone(t, gs, ge, f->end, w->len))
			growth = true;
		if (!growth || to_level)
			return (size_t)-1; /* a percent that is neither a rate nor a change */
		if (rate_metric)
			return (size_t)-1; /* 研发投入强度提高2%: points or percent? */
		if (f->num_end - f->num_start >= 3 &&
		    contains_any(t, f->num_start, f->num_end, (const char *const[]){ "‰" }, 1))
			return (size_t)-1; /* 人口自然增长率-1.2‰: a rate, not a change */
		if (contains_any(t, fc->c->start, f->num_start, real_words, NWORDS(real_words)))
			return (size_t)-1; /* 扣除价格因素实际增长4.8%: another indicator */
		/* 新增市场主体6120户，增长35.2%: the growth of the additions over
		 * the span, not of the stock at its end (总量达到…，增长 is the
		 * stock's) */
		if (m && m->stock && fc->label && fc->label_end <= f->num_start &&
		    added_before(t, w->sentence_start <= fc->label_start ? w->sentence_start
									: fc->label_start,
				 fc->label_start, fc->label_end) &&
		    !contains_any(t, fc->label_end, f->num_start,
				  (const char *const[]){ "总量", "总数", "累计", "达到", "达" }, 5)) {
			w->added_growth_end = f->end;
			return (size_t)-1;
		}
		measure = DB_MEASURE_GROWTH;
		unit = "%";
		if (f->sign_word == 0 && f->has_value && falling && v > 0)
			v = -v;
		basis = stated_basis(w, m, fc, f);
		const char *same = same_period_basis(w, m, measure, fc->c->start, f->num_start);
		if (same)
			basis = same;
		if (!basis)
			basis = since_january_basis(w, m, measure, fc->c->start, f->num_start);
		/* no basis read and no year-on-year word (同比, 比上年) */
		bool unstated = !basis &&
				!contains_any(t, fc->c->start, f->end, yoy_words, NWORDS(yoy_words));
		/* 由697.4亿元增加到1177.0亿元，实现翻一番: a doubling over
		 * years, not a yearly rate; only a stated basis dates it */
		if (unstated && has_word_at(t, f->end, f->num_start, "翻"))
			return (size_t)-1;
		/* 从2020年的72.8亿元增至2025年的134亿元，增长84.6%: a growth
		 * right after a span from one year's level to a later year's is
		 * against the first year, no yearly rate (not an average:
		 * 年均增长 after it is a rate of each year; a multiple, 增长2.8倍,
		 * stays out as below) */
		bool multiple = contains_any(t, f->num_start, f->end, (const char *const[]){ "倍" }, 1);
		if (unstated && !multiple &&
		    !contains_any(t, fc->c->start, f->num_start,
				  (const char *const[]){ "年均", "平均" }, 2)) {
			int from = span_from_year(w, w->sentence_start, f->num_start);
			db_period now;
			if (from && db_period_for(w, m, measure, &now) &&
			    now.start_year == now.end_year && from < now.end_year - 1) {
				db_period was = db_period_year(from);
				char tok[DB_PERIOD_TOKEN_MAX];
				basis = db_arena_printf(&w->rs->arena, "vs:%s",
							db_period_format(&was, tok));
			}
		}
		/* 从2010年的24亿元增加到2015年的90亿元，增长2.8倍: a multiple
		 * right after a span from one level to another is over the
		 * span's years too, no yearly rate */
		if (unstated && multiple && span_before(t, w->sentence_start, f->num_start) != (size_t)-1)
			return (size_t)-1;
		if (unstated && !basis)
			basis = w->seg_basis;
		if (!basis)
			basis = "yoy";
		break;
	case DB_FIG_AMOUNT: {
		if (!m)
			return (size_t)-1; /* amounts of unknown things stay out (aside) */
		const char *cvs = NULL;
		double cv = 0;
		if (compared_by_words(w, NULL, gs, ge, &cvs, &cv, false))
			return (size_t)-1; /* 比全省平均水平高9277元: a difference */
		bool less = false, moved = moved_since(w, fc->c->start, f->num_start, &less);
		if (moved && !m->stock)
			return (size_t)-1; /* 比上年多1898人 of a flow: how much it grew */
		/* 减税减少一般公共预算收入1.1亿元: a verb of words.json
		 * flow_effect_verbs right before a flow's label, what a cause
		 * took off the flow or added to it */
		if (!m->stock && fc->label_start > fc->c->start &&
		    ends_with_any(t, fc->c->start, fc->label_start, WORDS(w, DB_W_FLOW_EFFECT_VERBS)))
			return (size_t)-1;
		if (f->sign_word != 0 && f->start >= gs + 3 &&
		    ends_with_any(t, gs, f->start, WORDS(w, DB_W_INCREMENT_MOVES)))
			return (size_t)-1; /* 同比多增68户: how much more was added, no stock's addition */
		/* 新增 right before the label (新增高新技术企业1086家) or in the
		 * gap; 总量达到3870家 after it is the stock itself */
		bool added = (added_before(t, fc->c->start, fc->label_start, fc->label_end) &&
			      gs == fc->label_end) ||
			     contains_any(t, gs, ge, added_words, NWORDS(added_words));
		if (contains_any(t, gs, ge, (const char *const[]){ "总量", "总数", "累计" }, 3))
			added = false;
		if (added && !m->stock)
			return (size_t)-1; /* 新增规上工业产值近8亿元: how much a flow grew */
		if (growth && !to_level && !(m->stock && f->sign_word != 0))
			return (size_t)-1; /* 增加5亿元 of a flow: neither level nor rate */
		if (f->sign_word != 0 && !to_level && !strcmp(db_metric_unit(m, DB_MEASURE_LEVEL), "位"))
			return (size_t)-1; /* 城市信用监测排名…较上年提升12位: a rank moved */
		if (f->sign_word != 0 && !to_level && !strcmp(db_metric_unit(m, DB_MEASURE_LEVEL), "分"))
			return (size_t)-1; /* 营商环境…得分较上年提高1.6分: a score moved, no stock added to */
		measure = added && m->stock ? DB_MEASURE_ADDED : DB_MEASURE_LEVEL;
		if (m->stock && ((f->sign_word != 0 && !to_level) || moved))
			measure = DB_MEASURE_ADDED;
		if (!convert_amount(t, f, db_metric_unit(m, measure), &v, &mx, &unit,
				    &w->rs->arena))
			return (size_t)-1;
		if (moved && less && v > 0)
			v = -v; /* 比上年末少0.3万人 */
		/* …323.89亿元城镇居民人均可支配收入… (a table's cell before the
		 * next row's name): ten million yuan a head is no per-capita
		 * figure (the catalog's 元 metrics are all per head) */
		if (!strcmp(unit, "元") && v >= 1e7)
			return (size_t)-1;
		break;
	}
	default:
		return (size_t)-1;
	}
	if (!m && measure != DB_MEASURE_GROWTH && measure != DB_MEASURE_CHANGE_PP)
		return (size_t)-1;
	if (!m) {
		/* the unknown label runs up to the first measure word */
		fc->label_start = fc->c->start > gs ? fc->c->start : gs;
		fc->label_end = db_find_growth(t, gs, ge);
		if (!unknown_label(w, fc->label_start, fc->label_end))
			return (size_t)-1;
	}
	/* 研发经费支出占地区生产总值比重: a share that is an indicator of its own */
	const db_metric *is = measure == DB_MEASURE_SHARE ? share_indicator(w, m, of) : NULL;
	if (is) {
		m = is;
		measure = DB_MEASURE_LEVEL;
		of = NULL;
	}
	db_record *r = new_record(w, m, fc, f, measure);
	r->has_value = f->has_value;
	r->value = f->has_value ? v : 0;
	r->has_max = f->has_max && f->has_value;
	r->max = mx;
	r->unit = m && measure != DB_MEASURE_LEVEL && measure != DB_MEASURE_ADDED &&
			  strcmp(unit ? unit : "", "千分点")
		      ? db_metric_unit(m, measure)
		      : unit;
	if (!r->basis || measure != DB_MEASURE_GROWTH)
		r->basis = basis; /* (a cumulative growth's vs:YEAR stands) */
	/* “十四五”期间，…达到2.1万亿元、增长21.5%: a growth over a span of
	 * whole years, no yearly average, is the span's last year's against
	 * the year before the span (3年增长58.6%: against the years it names) */
	if (measure == DB_MEASURE_GROWTH && r->has_period &&
	    r->period.start_year < r->period.end_year && r->period.start_month == 1 &&
	    r->period.end_month == 12 && basis && !strcmp(basis, "yoy") &&
	    !contains_any(t, w->sentence_start, f->num_start,
			  (const char *const[]){ "年均", "平均", "每年", "同比" }, 4)) {
		int back = r->period.end_year - r->period.start_year + 1;
		size_t g = db_find_growth(t, fc->c->start, f->num_start);
		/* (a digit and 年 right before the growth word: 3年增长) */
		if (g != (size_t)-1 && g >= fc->c->start + 4 && has_word_at(t, g, g - 3, "年") &&
		    t[g - 4] >= '1' && t[g - 4] <= '9' &&
		    !(g >= fc->c->start + 5 && t[g - 5] >= '0' && t[g - 5] <= '9'))
			back = t[g - 4] - '0';
		db_period was = db_period_year(r->period.end_year - back);
		char tok[DB_PERIOD_TOKEN_MAX];
		/* (增速连续三年超过7%: a streak of yearly rates, the last year's
		 * year on year) */
		if (!db_years_streak(t, fc->c->start, f->num_start))
			r->basis = db_arena_printf(&w->rs->arena, "vs:%s",
						   db_period_format(&was, tok));
		r->period = db_period_year(r->period.end_year);
	}
	r->of = of;
	r->vs = vs;
	return w->rs->len - 1;
}

/* A figure db_emit_figure left out — a part named under 其中, a label a
 * word list refuses (牧民人均可支配收入), an amount of a name the catalog
 * lacks, the growth right after such an amount — kept aside as a record of
 * no metric (extract --unkeyed): the label words read (those of the
 * clause's gap when no catalog label was read, or the figure's before it
 * when only measure words stand between), the value, unit and measure as
 * written, the period and status the walk has. What is no figure of the
 * place's stays out: another place's (its clause's subject), a rank or
 * multiple, progress against a plan (完成年度目标的52%: no record, the
 * contract says), a number of no unit (a code, a year, an item's number),
 * one in words, one no words name, and digits glued together. The walk's
 * status scan is left as it was: the figures after it read as they did. */
void db_keep_aside(walk *w, const fig_ctx *fc, const db_figure *f)
{
	const char *t = w->text;
	size_t gs = fc->gap_start, ge = fc->gap_end ? fc->gap_end : f->num_start;
	db_measure measure;
	const char *unit;

	if (w->foreign || w->clause_foreign || !w->entity || !f->has_value ||
	    f->num_start == w->aside_num)
		return;
	switch (f->kind) {
	case DB_FIG_AMOUNT:
		/* (应到代表210人，实到196人: a meeting's attendance, its words
		 * right before the count; 实到外资 is no such word) */
		if (!f->unit[0] ||
		    ends_with_any(t, fc->c->start, f->num_start, WL(w, DB_W_ATTENDANCE)->items,
				  WL(w, DB_W_ATTENDANCE)->len))
			return;
		measure = DB_MEASURE_LEVEL; /* (as written: 增加5亿元 too) */
		unit = db_arena_strdup(&w->rs->arena, f->unit);
		break;
	case DB_FIG_PERCENT:
	case DB_FIG_FRACTION:
		/* (…2.18亿元，占年初预算的112%: progress against a plan, as
		 * for a keyed label) */
		if (plan_share(t, find_any(t, gs, ge, share_words, NWORDS(share_words), NULL),
			       f->num_start))
			return;
		measure = f->growth_word || f->sign_word ? DB_MEASURE_GROWTH : DB_MEASURE_LEVEL;
		unit = "%";
		break;
	case DB_FIG_PP:
		measure = DB_MEASURE_CHANGE_PP;
		unit = "百分点";
		break;
	default:
		return;
	}
	/* (两个翻番, 五年行动, 三项机制: numbers in words name slogans and
	 * lists more often than figures; 持平 is a growth of nought) */
	if (contains_any(t, gs, ge, progress_words, NWORDS(progress_words)) ||
	    digit_run(t, f->num_start, f->num_end) > 12 ||
	    !(db_has_digit(t, f->num_start, f->num_end) ||
	      has_word_at(t, f->num_end, f->num_start, "持平")))
		return;
	fig_ctx ac = *fc;
	const char *label = NULL;
	if (!ac.label) {
		ac.label_start = fc->c->start > gs ? fc->c->start : gs;
		size_t gw = db_find_growth(t, ac.label_start, ge);
		ac.label_end = gw == (size_t)-1 ? ge : gw;
		/* 城乡居民人均可支配收入较2016年增长44.1%: the year compared
		 * with is the basis, no word of the label */
		if (fc->has_basis) {
			size_t d = ac.label_start;
			while (d < ac.label_end && !(t[d] >= '0' && t[d] <= '9'))
				d++;
			if (d < ac.label_end && db_is_basis_period(w, fc->c->start, d)) {
				size_t at = rfind_any(t, d >= ac.label_start + 6 ? d - 6 : ac.label_start,
						      d, basis_before, NWORDS(basis_before), NULL);
				if (at != (size_t)-1 && at > ac.label_start)
					ac.label_end = at;
			}
		}
		label = unknown_label(w, ac.label_start, ac.label_end);
		/* …23000元，增长6.5%: the growth of the figure kept aside right
		 * before it, with only a comma and measure words between */
		size_t from = w->aside_end > fc->c->start ? w->aside_end : fc->c->start;
		if (!label && w->aside.len && w->aside_end && w->aside_end <= from &&
		    from - w->aside_end <= 3 && db_measure_words_only(w, from, f->num_start))
			label = w->aside.items[w->aside.len - 1].label;
		/* (累计召开…会议8次, 29类173件超期工单: no words name the figure,
		 * a count of things done; nothing for the catalog to grow by) */
		if (!label)
			return;
	}
	db_record one, *r;
	if (!w->x->unkeyed_amounts) {
		/* counted only (extract's summary): what settle_aside compares,
		 * not the period, status and source text, a scan each */
		r = &one;
		memset(r, 0, sizeof *r);
		r->label = ac.label_words ? ac.label_words
			   : ac.label ? db_label_text(&w->texts, t, ac.label_start, ac.label_end)
				      : label;
		r->measure = measure;
		r->raw = raw_of(w, f);
		r->source.offset = db_source_offset(
			w, fc->c,
			ac.label && ac.label_start >= fc->c->start && ac.label_start < f->start
				? ac.label_start
				: f->start);
	} else {
		size_t scan = w->status_scan, est = w->estimate_at, tgt = w->target_at,
		       done = w->done_scan;
		r = new_record(w, NULL, &ac, f, measure);
		w->status_scan = scan;
		w->estimate_at = est;
		w->target_at = tgt;
		w->done_scan = done;
		if (ac.label_words) /* (set with ac.label, never without) */
			r->label = ac.label_words;
		else if (!ac.label)
			r->label = label;
	}
	r->has_value = true;
	r->value = f->value;
	r->has_max = f->has_max;
	r->max = f->has_max ? f->max : 0;
	r->unit = unit;
	/* its basis read as a keyed growth's: 较2016年增长 vs:2016, 年均增长
	 * cagr, 比上月 mom */
	if (measure == DB_MEASURE_GROWTH || measure == DB_MEASURE_CHANGE_PP) {
		const char *b = measure == DB_MEASURE_GROWTH ? stated_basis(w, NULL, fc, f)
				: fc->has_basis ? basis_against(w, NULL, measure, &fc->basis_period)
						: NULL;
		r->basis = b ? b : "yoy";
	}
	db_aside_keep(&w->aside, r);
	if (r != &one) /* (new_record made it the last of rs) */
		w->rs->len--;
	w->aside_num = f->num_start;
	w->aside_end = f->end;
}

/* 分别增长6%、8%左右: a 左右 (以上, 以内) after the last figure of a
 * distributive list qualifies every figure of it.  So it does when that
 * last figure, right after the list's last record, made no record of its
 * own (…规上工业增加值、限上社零额分别增长6%、8%、9%、11%以上: a part's
 * rate, unkeyed, still closes the list): tail is that figure, end where
 * the list's last record's figure ended. */
void db_spread_qualifier(walk *w, const db_figure *tail, size_t end)
{
	if (w->group_len < 2 || w->group_first + w->group_len > w->rs->len)
		return;
	db_record *last = &w->rs->items[w->group_first + w->group_len - 1];
	db_qualifier q = last->qualifier;
	size_t n = w->group_len - 1;
	if (tail && q == DB_QUAL_EXACT && last->has_value && db_joined(w, end, tail->start)) {
		q = tail->qualifier;
		n = w->group_len;
	}
	if (q == DB_QUAL_APPROX || q == DB_QUAL_AT_LEAST || q == DB_QUAL_AT_MOST)
		for (size_t i = 0; i < n; i++) {
			db_record *r = &w->rs->items[w->group_first + i];
			if (r->qualifier == DB_QUAL_EXACT && r->has_value)
				r->qualifier = q;
		}
	/* 分别突破a亿元、b亿元: so does a qualifier word between 分别 (均)
	 * and the list's first figure, over the figures of its measure and
	 * unit */
	const db_record *first = &w->rs->items[w->group_first];
	if (w->group_lead == DB_QUAL_EXACT || first->qualifier != w->group_lead || !first->unit)
		return;
	for (size_t i = 1; i < w->group_len; i++) {
		db_record *r = &w->rs->items[w->group_first + i];
		if (r->qualifier == DB_QUAL_EXACT && r->has_value && r->measure == first->measure &&
		    r->unit && !strcmp(r->unit, first->unit))
			r->qualifier = w->group_lead;
	}
}

/* The qualifier of f when its word (突破, 超过, 近, 约 …) stands right
 * after 分别 or 均 (…分别突破a亿元、b亿元), else exact. */
db_qualifier db_lead_qualifier(const walk *w, const db_figure *f, size_t floor)
{
	static const char *const dist[] = { "分别", "均" };
	if (f->qualifier != DB_QUAL_APPROX && f->qualifier != DB_QUAL_AT_LEAST &&
	    f->qualifier != DB_QUAL_AT_MOST)
		return DB_QUAL_EXACT;
	for (size_t i = 0; i < NWORDS(raw_prefixes); i++) {
		size_t n = strlen(raw_prefixes[i]), s = f->num_start;
		if (s >= floor + n && !memcmp(w->text + s - n, raw_prefixes[i], n))
			s -= n;
		else if (s + n > w->len || memcmp(w->text + s, raw_prefixes[i], n))
			continue;
		for (size_t k = 0; k < NWORDS(dist); k++) {
			size_t d = strlen(dist[k]);
			if (s >= floor + d && !memcmp(w->text + s - d, dist[k], d))
				return f->qualifier;
		}
	}
	return DB_QUAL_EXACT;
}

/* Between two figures of one label, only a separator, a 口径 note and the
 * words of a measure (…高于全国2.0个百分点、高于全省1.2个百分点; …增长5%、
 * 增速居…; …2815亿元、同口径增长6.1%; …540亿元、年均增长7.9%). */
bool db_measure_words_only(const walk *w, size_t s, size_t e)
{
	/* (a line of hard-wrapped text broken before or after the 、: …6500万元\n、
	 * 增长286.5%, 392.7亿元、\n下降9%) */
	static const char *const lead[] = { "、", "和", "，", " ", "\n", "\r" };
	size_t which;
	/* 相当于…水平(超过1万美元)、达7.5万元: the figure before closed an
	 * aside, its bracket first */
	s += has_word_at(w->text, e, s, ")") ? 1 : has_word_at(w->text, e, s, "）") ? 3 : 0;
	s += db_bracket_after(w->text, s, e); /* 482亿元(含开发区)、增长4.9% */
	for (bool again = true; again && s < e;) {
		again = false;
		for (size_t i = 0; i < NWORDS(lead); i++)
			if (has_word_at(w->text, e, s, lead[i])) {
				s += strlen(lead[i]);
				again = true;
			}
	}
	const char *note = word_at(w->text, e, s, WL(w, DB_W_NOTES)); /* 、同口径增长5.5% */
	if (note)
		s += strlen(note);
	/* 296.4亿元(剔除减税降费因素后增长7.3%): a bracketed 剔除…后 note */
	size_t open = has_word_at(w->text, e, s, "(") ? 1 : has_word_at(w->text, e, s, "（") ? 3 : 0;
	if (open && (has_word_at(w->text, e, s + open, "剔除") || has_word_at(w->text, e, s + open, "扣除"))) {
		size_t q = s + open;
		while (q + 3 <= e && q < s + open + 48 && !has_word_at(w->text, e, q, "后"))
			q++;
		if (q + 3 <= e && has_word_at(w->text, e, q, "后"))
			s = q + 3;
	}
	static const char *const averages[] = { "年均", "两年平均", "平均" }; /* 、年均增长8.4% */
	size_t avg = db_longest_word_at(w->text, s, e, averages, NWORDS(averages), &which);
	if (avg)
		s += avg;
	/* 。累计增速高于全省1.9个百分点: the months summed up to the item's
	 * period, before a growth word, are its measure too */
	if (!avg && has_word_at(w->text, e, s, "累计") &&
	    find_any(w->text, s + strlen("累计"), e, growth_words, NWORDS(growth_words), &which) ==
		    s + strlen("累计"))
		s += strlen("累计");
	if (find_any(w->text, s, e, gap_words, NWORDS(gap_words), &which) == s ||
	    find_any(w->text, s, e, growth_words, NWORDS(growth_words), &which) == s)
		return e - s <= 24 || e - s <= 24 + db_asides_in(w, s, e); /* 、同比（以下同）增长 */
	/* 同比增长4.9%、达11.2万亿元: the level after its growth, its verb
	 * right before the number */
	static const char *const reach[] = { "总量达到", "总数达到", "总量达", "总数达", "达到", "达" };
	size_t rl = db_longest_word_at(w->text, s, e, reach, NWORDS(reach), &which);
	if (rl && s + rl == e)
		return true;
	/* 净增1.2万户、突破15万户: the stock after its increase, its bound
	 * word opening the figure; 增长7.4%、总量突破…: with the size of the
	 * amount before it (words.json bound_sizes) */
	static const char *const passing[] = { "突破", "超过" };
	size_t size = db_longest_word_at(w->text, s, e, WORDS(w, DB_W_BOUND_SIZES), &which);
	if (s + size == e && db_longest_word_at(w->text, e, w->len, passing, NWORDS(passing), &which))
		return true;
	/* 443.4亿元、与上年持平: the growth of nought after the level, the
	 * words it is compared by before its 持平 */
	static const char *const flats[] = { "与上年同期", "与去年同期", "与上年", "与去年",
					     "较上年", "比上年" };
	size_t fl = db_longest_word_at(w->text, s, e, flats, NWORDS(flats), &which);
	return s + fl == e &&
	       (has_word_at(w->text, w->len, e, "持平") || has_word_at(w->text, w->len, e, "基本持平"));
}

/* A clause opening with a part marker (words.json: 其中) that names its part
 * in words before the figure at num (其中工业用电量198.3亿千瓦时; not 其中，
 * 3月份增长8%). */
bool db_part_named(const walk *w, const db_clause *c, const tokens *ts, size_t num)
{
	size_t s = c->start;
	const char *open = word_at(w->text, num, s, WL(w, DB_W_PART_MARKERS));
	if (!open)
		return false;
	s += strlen(open);
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_PERIOD && ts->items[i].start == s)
			s = ts->items[i].end;
	for (size_t i = 0; i < NWORDS(label_strip_lead); i++)
		if (has_word_at(w->text, num, s, label_strip_lead[i]))
			s += strlen(label_strip_lead[i]);
	return num >= s + 6 && db_find_growth(w->text, s, num) != s &&
	       find_any(w->text, s, num, WORDS(w, DB_W_RATE_WORDS), NULL) != s &&
	       !db_measure_words_only(w, s, num);
}

/* Only a list separator between two labels (人均GDP、全员劳动生产率). */
bool db_joined(const walk *w, size_t a, size_t b)
{
	/* (,、 and ，、: a page's stray comma inside a list) */
	static const char *const seps[] = { "、", "和", "及", "与", ",", ",、", "，、" };
	/* (城镇、\n农村…: a line wrapped after the separator, or before it) */
	while (b > a && (w->text[b - 1] == '\n' || w->text[b - 1] == '\r'))
		b--;
	while (a < b && (w->text[a] == '\n' || w->text[a] == '\r'))
		a++;
	for (size_t i = 0; i < NWORDS(seps); i++)
		if (b - a == strlen(seps[i]) && has_word_at(w->text, b, a, seps[i]))
			return true;
	/* 增长6.1%8%: a rate right after a rate, the page's separator lost */
	return a == b && db_rate_then_digit(w->text, w->len, a);
}

/* The n figures joined by 、 和 及 from token i on (periods before them
 * skipped): the index after the last, or 0 when they are not such a run. */
static size_t figure_run(const walk *w, const tokens *ts, size_t i, size_t n)
{
	for (; i < ts->len && ts->items[i].kind == TOK_PERIOD; i++)
		;
	for (size_t k = 0; k < n; k++, i++)
		if (i >= ts->len || ts->items[i].kind != TOK_FIGURE ||
		    (k && !db_joined(w, ts->items[i - 1].end, ts->items[i].start)))
			return 0;
	return i;
}

/* 城镇和农村居民人均可支配收入从2015年的25100元、7300元增加到2020年的
 * 36200元、12400元: n figures where a span starts, a word of reaching
 * (nothing else but its periods between), then n more where it ends, from
 * token i on to the clause's end. Each run pairs with the n labels in
 * order, so out[n, 2n) repeats out[0, n). */
static bool from_to_runs(const walk *w, const tokens *ts, size_t i, size_t n,
			 const db_label **out, size_t max)
{
	size_t mid = figure_run(w, ts, i, n), end;
	if (n < 2 || 2 * n > max || !mid || !(end = figure_run(w, ts, mid, n)) || end != ts->len)
		return false;
	/* (the word may open the figure's own token: 增加到36200元; a period
	 * of the span's end may stand between: 增加到2020年的…) */
	size_t j = mid;
	while (ts->items[j].kind == TOK_PERIOD)
		j++;
	size_t a = ts->items[mid - 1].end, b = ts->items[j].fig.num_start, which;
	size_t l = db_longest_word_at(w->text, a, b, reached, SPAN_ENDS, &which);
	if (!l || contains_any(w->text, a, b, (const char *const[]){ "，", "；", ",", ";" }, 4))
		return false;
	for (size_t k = 0; k < n; k++)
		out[n + k] = out[k];
	return true;
}

/* 城镇和农村居民人均可支配收入41372元、21590元 (no 分别): labels joined
 * by 、 和 及 from token i on, then as many figures joined the same way,
 * nothing else between: they pair in order too; so do both runs of a span
 * from one pair of levels to another (from_to_runs). */
static size_t listed_run(const walk *w, const tokens *ts, size_t i, const db_label **out,
			 size_t max)
{
	size_t n = 0;
	for (; i < ts->len && ts->items[i].kind == TOK_LABEL && n < max; i++) {
		if (n && !db_joined(w, ts->items[i - 1].end, ts->items[i].start) &&
		    !(ts->items[i - 1].start == ts->items[i].start))
			return 0;
		out[n++] = ts->items[i].label;
	}
	if (n >= 2 && i < ts->len && ts->items[i].kind == TOK_FIGURE &&
	    figure_run(w, ts, i, n) == ts->len)
		return n;
	return from_to_runs(w, ts, i, n, out, max) ? 2 * n : 0;
}

/* The clause's list of labels and figures (listed_run), its periods first;
 * or, after a figure glued to the list's first label (增长3.2%城镇、农村
 * 居民…增长6.1%、8%: the page lost the comma between), the figure the
 * label in force's, as in the clause before, and the list after it. */
static size_t listed_figures(const walk *w, const tokens *ts, const db_label **out, size_t max)
{
	size_t i = 0, n;
	for (; i < ts->len && ts->items[i].kind == TOK_PERIOD; i++)
		;
	if (i + 2 < ts->len && ts->items[i].kind == TOK_FIGURE && w->label && max > 1 &&
	    ts->items[i + 1].kind == TOK_LABEL && ts->items[i + 1].start == ts->items[i].end &&
	    (n = listed_run(w, ts, i + 1, out + 1, max - 1)) != 0) {
		out[0] = w->label;
		return n + 1;
	}
	return listed_run(w, ts, i, out, max);
}

/* The catalog metric named by t[a, b) and the tail t[ts, te), or (size_t)-1. */
static size_t name_with_tail(const walk *w, size_t a, size_t b, size_t ts, size_t te)
{
	char name[96];
	if (b - a + te - ts > sizeof name)
		return (size_t)-1;
	memcpy(name, w->text + a, b - a);
	memcpy(name + (b - a), w->text + ts, te - ts);
	return db_matcher_lookup(w->x->matcher, name, b - a + te - ts);
}

/* 建筑业，交通运输业，房地产业、金融业增加值分别增长a、b、c和d:
 * the items cut off by commas before the clause, each a bare name of at most
 * ten characters and no figure, when they and the clause's items (joined by
 * 、) are as many as the figures: each item with the tail of the last label
 * (增加值) names its metric (none when no catalog label). Fills out[0, nf-1)
 * where it can. */
static void comma_items(walk *w, const db_clause *c, size_t at, const db_label *last, size_t nf,
			const db_label **out)
{
	const char *t = w->text;
	size_t in_clause = 1; /* the clause's items, joined by 、 */
	if (nf > 16 || nf > NWORDS(w->listed))
		return;
	for (size_t p = c->start; p < at; p++)
		if (has_word_at(t, at, p, "、"))
			in_clause++;
	if (in_clause >= nf)
		return;
	/* the bare names before the clause, back to the sentence's start */
	size_t back[16][2], nb = 0, e = c->start;
	while (nb + in_clause < nf && e > w->sentence_start) {
		size_t sep = e >= w->sentence_start + 3 && has_word_at(t, e, e - 3, "，") ? 3
			     : t[e - 1] == ',' ? 1 : 0;
		if (!sep)
			return;
		size_t b = e - sep, a = b;
		while (a >= w->sentence_start + 3 && cjk_at(t, a - 3))
			a -= 3;
		if (has_word_at(t, b, a, "其中"))
			a += strlen("其中");
		if (b <= a || b - a > 30 || !cjk_only(t, a, b) || has_word_at(t, b, a, "其中"))
			return;
		back[nb][0] = a, back[nb++][1] = b;
		e = a;
	}
	if (nb + in_clause != nf)
		return;
	/* the tail: the end of the last label that, after the last item's own
	 * first characters, makes a catalog name with the most bare items */
	size_t best = 0, best_n = 0;
	if (!cjk_only(t, last->start, last->end))
		return;
	for (size_t j = last->start + 3; j < last->end; j += 3) {
		size_t n = 0;
		for (size_t i = 0; i < nb; i++)
			n += name_with_tail(w, back[i][0], back[i][1], j, last->end) != (size_t)-1;
		if (n > best_n)
			best_n = n, best = j;
	}
	if (!best_n)
		return;
	size_t o = 0;
	for (size_t i = nb; i-- > 0; o++) {
		size_t id = name_with_tail(w, back[i][0], back[i][1], best, last->end);
		if (id == (size_t)-1)
			continue;
		w->listed[o] = (db_label){ back[i][0], back[i][1], id };
		out[o] = &w->listed[o];
	}
}

/* 规上工业增加值、固定资产投资、社会消费品零售总额分别增长8%、6.8%、8%:
 * labels before 分别 pair in order with the figures after it. Returns the
 * number of labels in the list (0 when the clause is not such a list). */
size_t db_distributive_labels(walk *w, const db_clause *c, const tokens *ts,
			      const db_label **out, size_t max)
{
	size_t at = find_any(w->text, c->start, c->end, (const char *const[]){ "分别" }, 1, NULL);
	size_t n = 0, nf = 0, stop = ts->len;
	if (at == (size_t)-1)
		return listed_figures(w, ts, out, max);
	for (size_t i = 0; i < ts->len; i++) {
		const token *tk = &ts->items[i];
		/* …分别增长9%、12%一般公共预算收入完成…: a label glued to the
		 * list's last figure, with a figure of its own after it (the
		 * separator lost), ends the list: no item, nor its figures */
		if (nf && tk->kind == TOK_LABEL && tk->start > at &&
		    ts->items[i - 1].kind == TOK_FIGURE && tk->start == ts->items[i - 1].end &&
		    i + 1 < ts->len && ts->items[i + 1].kind == TOK_FIGURE) {
			stop = i;
			break;
		}
		/* (三次产业占GDP比重分别为…: the whole after 占 is no item) */
		if (tk->kind == TOK_LABEL && tk->end <= at && n < max &&
		    !(tk->start >= c->start + 3 && has_word_at(w->text, tk->start, tk->start - 3, "占")) &&
		    !(n == 0 && db_frame_end(w, tk->start, at)))
			out[n++] = tk->label;
		/* (a figure's words may start before 分别: 增速分别为9%) */
		if (tk->kind == TOK_FIGURE && tk->fig.num_start >= at)
			nf++;
		if (tk->kind == TOK_FIGURE && tk->fig.num_start < at)
			return 0;
	}
	/* 分别为18642774531207亿元: the list's numbers glued into one (their
	 * separators lost) are no figure, but still make it a list, for the
	 * clause after (…，分别增长4.2%、5.0%、6.7%) */
	if (n >= 2 && !nf && digit_run(w->text, at, at + 30 < c->end ? at + 30 : c->end) > 12)
		return n;
	if (n >= 2 && n == nf)
		return n;
	/* A、B分别增长a%，12月当月增长b%: one figure after 分别 and two names
	 * or more listed before it: which name's figure it is the text does
	 * not say, so none is paired (the figure stays unkeyed) */
	if (n >= 2 && nf == 1 &&
	    find_any(w->text, out[0]->end, at, (const char *const[]){ "、" }, 1, NULL) != (size_t)-1) {
		for (size_t i = 0; i < n; i++)
			out[i] = NULL;
		return n;
	}
	/* (城镇、农村居民…分别由a、b增加到c、d: two runs of the span) */
	size_t first_fig = 0;
	while (first_fig < ts->len && ts->items[first_fig].end <= at)
		first_fig++;
	if (n >= 2 && nf == 2 * n && from_to_runs(w, ts, first_fig, n, out, max))
		return nf;
	/* 一季度、上半年、前三季度地区生产总值分别增长…: the list is of
	 * periods, each figure the one label's */
	size_t np = 0;
	for (size_t i = 0; i < ts->len && ts->items[i].end <= at; i++)
		if (ts->items[i].kind == TOK_PERIOD)
			np = np && db_joined(w, ts->items[i - 1].end, ts->items[i].start) ? np + 1 : 1;
	if (np == nf)
		return 0;
	const db_label *last = n ? out[n - 1] : NULL;
	size_t k = nf <= max ? db_list_tail(w, c, at, nf, out) : 0;
	/* 建筑业，房地产业、金融业增加值分别增长a、b和c:
	 * more figures than the clause names items (the list's first items cut
	 * off by commas): the label right before 分别, the list's last item,
	 * takes the last figure; no item is known for the others */
	static const char *const than[] = { "高于", "低于", "快于", "慢于", "高出", "超过", "比",
					    "较" };
	bool labels_after = false; /* (…分别增长7%11%税收收入…: text run together) */
	for (size_t i = 0; i < stop; i++)
		labels_after |= ts->items[i].kind == TOK_LABEL && ts->items[i].start > at;
	/* (a list of names in the clause: not 一季度、上半年，全县…分别…, a
	 * list of periods in a clause before) */
	bool listed = find_any(w->text, c->start, at, (const char *const[]){ "、" }, 1, NULL) !=
		      (size_t)-1;
	if (!k && last && nf >= 2 && nf > n && nf <= max && last->end == at && !labels_after &&
	    listed &&
	    /* (城镇化率分别高于全国、全区a、b个百分点: places listed) */
	    !db_longest_word_at(w->text, at + strlen("分别"), c->end, than, NWORDS(than), NULL)) {
		for (size_t i = 0; i + 1 < nf; i++)
			out[i] = NULL;
		out[nf - 1] = last;
		comma_items(w, c, at, last, nf, out);
		return nf;
	}
	/* 新材料、食品两条产业链增势较好，规上工业增加值分别增长a、b: one
	 * label and more figures, the items listed by a clause before it in
	 * the sentence: each figure a part's, none the label's whole */
	if (!k && n == 1 && nf >= 2 && nf <= max && last->end == at && !labels_after && !listed &&
	    c->start > w->sentence_start &&
	    find_any(w->text, w->sentence_start, c->start, (const char *const[]){ "、" }, 1, NULL) !=
		    (size_t)-1 &&
	    /* (一季度、上半年，…分别增长a、b: periods listed before) */
	    find_any(w->text, w->sentence_start, c->start,
		     (const char *const[]){ "季度", "半年", "月", "年" }, 4, NULL) == (size_t)-1 &&
	    !db_longest_word_at(w->text, at + strlen("分别"), c->end, than, NWORDS(than), NULL)) {
		for (size_t i = 0; i < nf; i++)
			out[i] = NULL;
		return nf;
	}
	return k;
}

/* 高新技术与数字经济规上工业增加值分别增长a、b: the tail the list's items
 * share, the last one's catalog label (规上工业增加值) or noun (words.json
 * list_tail_nouns: 增加值, 产值, 投资 …) after words of its own, when no
 * item before it holds a label or such a noun: its length, or 0. */
static size_t shared_tail(const walk *w, const size_t *start, const size_t *end, size_t k)
{
	const db_wordlist *nouns = WL(w, DB_W_LIST_TAIL_NOUNS);
	const db_labels *ls = w->labels;
	size_t ie = end[k - 1], tail = ie, n;
	for (size_t j = db_label_at(ls, start[0]); j < ls->len && ls->items[j].start < ie; j++) {
		if (ls->items[j].start < end[k - 2]) /* (A增加值和B…: theirs) */
			return 0;
		if (ls->items[j].end == ie && ls->items[j].start > start[k - 1] &&
		    ls->items[j].start < tail)
			tail = ls->items[j].start;
	}
	for (size_t i = 0; i + 1 < k; i++)
		if (contains_any(w->text, start[i], end[i], nouns->items, nouns->len))
			return 0;
	if (tail == ie && (n = word_ending_at(w->text, start[k - 1], ie, nouns->items, nouns->len,
					      NULL)) != 0 && ie - n > start[k - 1])
		tail = ie - n;
	return ie - tail;
}

/* 纺织业、家具业和燃气、热力的生产和供应业分别增长a、b、c: the words
 * of each item of a 分别 list, for its figure kept aside when no catalog
 * label pairs it (parts). The names before 分别 split at 、 和 及 与 right
 * after 业 (a sector's name may hold 、 and 和: 批发和零售业), else at 、
 * (the last pair at 和 及 与 when the figures need one more). As many
 * items as figures after 分别, none before it, each of ideographs (and 、
 * inside a sector's), the first no 比 or 较: the item of figure token i at *s,
 * *e, the list's first figure token at *lead; its label's words (the item's
 * with the tail it shares: shared_tail), or NULL when the clause is no such
 * list. */
static const char *db_list_item(walk *w, const db_clause *c, const tokens *ts, size_t i,
				size_t *s, size_t *e, size_t *lead)
{
	static const char *const seps[] = { "、", "和", "及", "与" };
	const char *t = w->text;
	if (ts->items[i].kind != TOK_FIGURE)
		return NULL;
	/* (a 分别 after the figure: no item of a list before it) */
	size_t at = find_any(t, c->start, ts->items[i].fig.num_start, (const char *const[]){ "分别" }, 1,
			     NULL);
	size_t nth = 0, nf = 0, from = c->start, ie = at, which;
	if (at == (size_t)-1)
		return NULL;
	for (size_t j = 0; j < ts->len; j++) {
		const token *tk = &ts->items[j];
		if (tk->kind == TOK_PERIOD && tk->start == from)
			from = tk->end;
		if ((tk->kind == TOK_FIGURE && tk->fig.num_start < at) ||
		    (tk->kind == TOK_LABEL && tk->start > at))
			return NULL;
		if (tk->kind == TOK_FIGURE && !nf++)
			*lead = j;
		nth += tk->kind == TOK_FIGURE && j < i;
	}
	for (size_t p = from; p < at; p++) /* 其中：… */
		if (has_word_at(t, at, p, "："))
			from = p + 3;
	size_t g = db_find_growth(t, from, at); /* (…增速分别为) */
	ie = g == (size_t)-1 ? at : g;
	strip_label(w, &from, &ie);
	/* (比A、B分别高…: places or periods compared with, no parts) */
	if (has_word_at(t, ie, from, "比") || has_word_at(t, ie, from, "较"))
		return NULL;
	size_t start[17], end[17], k = 0;
	for (int sector = 1; sector >= 0 && k != nf; sector--) {
		k = 0;
		start[0] = from;
		for (size_t p = from; p < ie && k < 16; p++) {
			size_t n = db_longest_word_at(t, p, ie, seps, NWORDS(seps), &which);
			if (n && (sector ? p >= from + 3 && has_word_at(t, p, p - 3, "业") : !which)) {
				end[k++] = p;
				start[k] = p + n;
				p += n - 1;
			}
		}
		end[k++] = ie;
	}
	if (k + 1 == nf) { /* A、B和C */
		size_t j = find_any(t, start[k - 1], ie, seps + 1, NWORDS(seps) - 1, &which);
		if (j != (size_t)-1) {
			end[k - 1] = j;
			start[k] = j + 3;
			end[k++] = ie;
		}
	}
	if (k != nf || nf < 2)
		return NULL;
	for (size_t j = 0; j < k; j++) {
		if (end[j] <= start[j] || end[j] - start[j] > 48)
			return NULL;
		for (size_t p = start[j]; p < end[j]; p += 3)
			if (!cjk_at(t, p) && !has_word_at(t, end[j], p, "、"))
				return NULL;
	}
	*s = start[nth];
	*e = end[nth];
	/* (no tail in a list of contributions: 第一、二、三产业对生产总值增长的
	 * 贡献率分别为… names the whole pulled, no noun of the items) */
	size_t tl = nth + 1 < k && db_words_find(t, from, at, WL(w, DB_W_CONTRIBUTION), NULL) ==
					   (size_t)-1
			    ? shared_tail(w, start, end, k)
			    : 0;
	char name[192];
	if (!tl || end[nth] - start[nth] + tl > sizeof name)
		return db_label_text(&w->texts, t, *s, *e);
	memcpy(name, t + *s, *e - *s);
	memcpy(name + (*e - *s), t + ie - tl, tl);
	return db_label_text(&w->texts, name, 0, *e - *s + tl);
}

const char *db_list_label(walk *w, const fig_ctx *fc, const tokens *ts, size_t i, size_t idx,
			  db_label *part, size_t *lead)
{
	const char *words = NULL;
	if (!fc->label && (idx == (size_t)-1 || !w->rs->items[idx].metric))
		words = db_list_item(w, fc->c, ts, i, &part->start, &part->end, lead);
	if (words && idx != (size_t)-1)
		w->rs->items[idx].label = words;
	return words;
}

bool db_amount_fits(const walk *w, const db_figure *f, const db_label *l)
{
	double v, mx;
	const char *unit;
	db_arena a = DB_ARENA_INIT;
	if (!l || l->metric == (size_t)-1 || !f->has_value || !f->unit[0])
		return true; /* (a bare number or a scale word: as before) */
	bool fits = convert_amount(w->text, f, db_metric_unit(metric_of(w, l), DB_MEASURE_LEVEL),
				   &v, &mx, &unit, &a);
	db_arena_release(&a);
	return fits;
}

/* 下降37.9%和36.9%, 收窄6.4和7.3个百分点: the clause's figures (two or
 * more), joined by 和 or 、 only, each in the unit of the last or in none:
 * how many, the first one's number at *first (0: another clause). */
static size_t joined_figures(const walk *w, const tokens *ts, size_t *first)
{
	static const char *const joins[] = { "和", "、" };
	const token *prev = NULL, *last = NULL;
	size_t nf = 0;
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_FIGURE)
			last = &ts->items[i];
	for (size_t i = 0; i < ts->len; i++) {
		const token *tk = &ts->items[i];
		if (tk->kind != TOK_FIGURE)
			continue;
		if (tk->fig.unit[0] && strcmp(tk->fig.unit, last->fig.unit))
			return 0;
		if (prev && !(tk->start - prev->end == 3 &&
			      db_longest_word_at(w->text, prev->end, tk->start, joins, NWORDS(joins),
						 NULL)))
			return 0;
		if (!prev)
			*first = tk->fig.num_start;
		prev = tk;
		nf++;
	}
	return nf >= 2 ? nf : 0;
}

/* 同比下降37.9%和36.9%: the growth word that opens a clause of no label
 * whose rates (in %) are so joined, a 分别 list left unsaid (one label's
 * two growths are never so written); else -1. */
static size_t unsaid_distributive(const walk *w, const db_clause *c, const tokens *ts)
{
	size_t first = 0;
	if (!joined_figures(w, ts, &first))
		return (size_t)-1;
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_FIGURE && strcmp(ts->items[i].fig.unit, "%"))
			return (size_t)-1;
	size_t g = db_find_growth(w->text, c->start, first);
	return g != (size_t)-1 && g <= c->start + 6 ? g : (size_t)-1;
}

size_t db_said_distributive(walk *w, const db_clause *c, const tokens *ts, const db_label **out)
{
	size_t at = find_any(w->text, c->start, c->end, (const char *const[]){ "分别" }, 1, NULL);
	size_t nf = 0;
	if (at == (size_t)-1)
		at = unsaid_distributive(w, c, ts);
	if (at == (size_t)-1)
		return 0;
	/* (较2015年分别增长…: the year compared with may come before 分别) */
	if (at > c->start + 6 &&
	    !(at <= c->start + 12 &&
	      (has_word_at(w->text, at, c->start, "较") || has_word_at(w->text, at, c->start, "比")) &&
	      has_word_at(w->text, at, at - strlen("年"), "年")))
		return 0;
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind == TOK_LABEL)
			return 0;
		nf += ts->items[i].kind == TOK_FIGURE && ts->items[i].fig.num_start > at;
	}
	size_t from = 0;
	if (nf < 2)
		return 0;
	/* 一般预算收入完成5120万元，累计支出48210万元，同比分别增长…: the clause
	 * right before names an amount of no catalog label (no label said in
	 * it, no growth): the list is the labels said before it and that
	 * amount, unkeyed, last */
	const db_clause *wc = &w->words_clause;
	if (w->nsaid >= 2 && !w->has_words_clause && wc->sentence == c->sentence && wc->end <= c->start &&
	    w->said[w->nsaid - 1].start < wc->start && nf - 1 <= w->nsaid &&
	    db_find_growth(w->text, wc->start, wc->end) == (size_t)-1) {
		for (size_t i = 0; i + 1 < nf; i++)
			out[i] = &w->said[w->nsaid - (nf - 1) + i];
		out[nf - 1] = NULL;
		return nf;
	}
	/* 生猪存栏20.6万头，牛存栏1.2万头，羊存栏3.5万只，分别较同期增长a、b
	 * 和c: the sentence's clauses of one amount each before it, when as
	 * many, the label of each (none for words no catalog label names) */
	if (w->nsaid < 2 || nf > w->nsaid) {
		bool any = false;
		if (w->items_sentence != c->sentence || w->nitems != nf)
			return 0;
		for (size_t i = 0; i < nf; i++) {
			any |= w->has_item[i];
			out[i] = w->has_item[i] ? &w->items[i] : NULL;
		}
		/* (销量150万辆、出口60万辆，分别增长…: items of no metric, the
		 * rates too; no label from before takes them) */
		return any || w->items_unfit ? nf : 0;
	}
	if (nf != w->nsaid) {
		/* GDP…，增长8%，第一产业增加值a、第二产业增加值b、第三产业增加值
		 * c，分别增长…: the labels said in the clause before, when as many */
		if (nf > w->nsaid || w->words_clause.sentence != c->sentence)
			return 0;
		from = w->nsaid - nf;
		if (w->said[from].start < w->words_clause.start ||
		    (from && w->said[from - 1].start >= w->words_clause.start))
			return 0;
	}
	for (size_t i = 0; i < nf; i++)
		out[i] = &w->said[from + i];
	return nf;
}

/* 禽蛋产量、水果和蔬菜增长较快，增速分别达8.2%、6.4%、4.7%: a clause whose
 * figures follow 分别 (and no label of its own), after a clause of the
 * sentence that named no figure: the names before that clause's growth
 * word are the list, when they are as many as the figures. */
size_t db_words_before_distributive(walk *w, const db_clause *words, const db_clause *c,
				    const tokens *ts, const db_label **out, size_t max)
{
	size_t lim = c->start + 12 < c->end ? c->start + 12 : c->end, nf = 0;
	if (!memmem(w->text + c->start, lim - c->start, "分别", strlen("分别")))
		return 0; /* (分别 opens the clause: 分别, 增速分别) */
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind == TOK_LABEL)
			return 0;
		nf += ts->items[i].kind == TOK_FIGURE;
	}
	size_t g = db_find_growth(w->text, words->start, words->end);
	if (nf < 2 || nf > max || g == (size_t)-1 || g < words->start + 6)
		return 0;
	return db_list_tail(w, words, g, nf, out);
}

/* A clause of a sentence whose list came before: no label of its own,
 * 分别 before its figures, and as many figures as the list has names. */
bool db_again_distributive(const walk *w, const db_clause *c, const tokens *ts)
{
	size_t at = find_any(w->text, c->start, c->end, (const char *const[]){ "分别" }, 1, NULL);
	size_t nf = 0;
	/* …分别达到13957元、5551元，增长7.7%、9.4%: a clause of figures that
	 * opens with the growth verb pairs with the list too */
	if (at == (size_t)-1 && c->end >= c->start + 6 &&
	    db_find_growth(w->text, c->start, c->start + 6) == c->start)
		at = c->start;
	/* (…增加到c、d，年均增长p、q: a yearly average's; …分别增长a和b，两年
	 * 平均增长p和q: a two-year average's) */
	static const char *const averages[] = { "年均", "两年平均", "两年均" };
	size_t an = db_longest_word_at(w->text, c->start, c->end, averages, NWORDS(averages), NULL);
	size_t avg = c->start + an;
	if (at == (size_t)-1 && an && c->end >= avg + 6 &&
	    db_find_growth(w->text, avg, avg + 6) == avg)
		at = avg;
	/* (a few words of the measure before 分别: 同比, 比上年, 增速; not a
	 * list of names of its own. Figures joined by 和 or 、 only, as many
	 * as the list's names, pair with them after any words: 增幅较一季度
	 * 提高a和b个百分点) */
	size_t first = 0;
	if ((at == (size_t)-1 || at > c->start + 12) && joined_figures(w, ts, &first) == w->ndist &&
	    !db_names_another(w, c, ts, first))
		at = first;
	if (at == (size_t)-1 || (at > c->start + 12 && at != first))
		return false;
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind == TOK_LABEL)
			return false;
		if (ts->items[i].kind == TOK_FIGURE) {
			/* (its words may start before 分别: 同比分别增长) */
			if (ts->items[i].fig.num_start < at)
				return false;
			nf++;
		}
	}
	return nf == w->ndist;
}

/* 全年实现生产总值(万元)3800875, 粮食总产量（万吨）：51.2: a number written
 * without a unit right after a unit word in brackets (the column head of a
 * table turned into prose) is in that unit; only units of amounts the
 * catalog counts in (元, 人, 吨 …, with their 万 and 亿), never %. s is
 * where the sentence starts (a colon may have opened a clause after the
 * brackets). */
void db_bracket_unit(const char *t, size_t s, db_figure *f)
{
	static const char *const bases[] = { "元", "美元", "人", "吨", "亩", "公顷", "斤", "家",
					     "户", "头", "千瓦时", "平方米" };
	size_t e = f->num_start;
	if (f->kind != DB_FIG_AMOUNT || f->unit[0] || !f->has_value)
		return;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == ':'))
		e--;
	/* 地区生产总值（亿元）：预计612: the status word or verb before it */
	static const char *const leads[] = { "预计完成", "预计", "完成", "实现", "达到" };
	for (size_t i = 0; i < NWORDS(leads); i++) {
		size_t ll = strlen(leads[i]);
		if (e >= s + ll && !memcmp(t + e - ll, leads[i], ll)) {
			e -= ll;
			break;
		}
	}
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == ':'))
		e--;
	if (e >= s + 3 && !memcmp(t + e - 3, "：", 3))
		e -= 3;
	size_t close = e >= s + 3 && !memcmp(t + e - 3, "）", 3) ? 3 : e > s && t[e - 1] == ')' ? 1 : 0;
	if (!close)
		return;
	size_t in_end = e - close, open = in_end;
	while (open > s && open + 15 > in_end && t[open - 1] != '(' &&
	       !(open >= s + 3 && !memcmp(t + open - 3, "（", 3)))
		open--;
	if (open <= s || open == in_end || open + 15 <= in_end)
		return;
	char unit[32], base[32];
	int exp10;
	memcpy(unit, t + open, in_end - open);
	unit[in_end - open] = '\0';
	db_unit_split(unit, base, &exp10);
	for (size_t i = 0; i < NWORDS(bases); i++)
		if (!strcmp(base, bases[i])) {
			f->value *= pow(10, exp10);
			if (f->has_max)
				f->max *= pow(10, exp10);
			snprintf(f->unit, sizeof f->unit, "%s", base);
			return;
		}
}

/* Does t[s, at) end on a comparison with the plan (超计划, 比计划多,
 * 超出年计划, 较年度目标增加, 比计划少)? An amount right after one is the
 * excess over the plan or the shortfall from it, no level of the label
 * before, which goes on to the clause after it (…，超计划0.65万亩，增长3.2%). */
bool db_plan_gap(const char *t, size_t s, size_t at)
{
	static const char *const more[] = { "多出", "多", "增加", "少", "减少" };
	static const char *const plans[] = { "计划", "任务数", "任务", "目标", "预算" };
	static const char *const over[] = { "超额完成", "超出", "超过", "超", "比", "较",
					    "多于", "高出", "少于", "低于" };
	size_t e = at - word_ending_at(t, s, at, more, NWORDS(more), NULL);
	size_t n = word_ending_at(t, s, e, plans, NWORDS(plans), NULL);
	if (!n)
		return false;
	/* (the verb right before the plan's noun, or two characters of
	 * its year before it: 超年度任务, 超出全年计划) */
	for (size_t gap = 0; gap <= 6 && e - n >= s + gap; gap += 3)
		if (cjk_only(t, e - n - gap, e - n) &&
		    ends_with_any(t, s, e - n - gap, over, NWORDS(over)))
			return true;
	return false;
}

/* Does the clause t[s, at) compare with someone ranked or described by 的
 * (比排名第二的某地高, 比位居首位的某县低) right before a gap, or tell the
 * distance to another place's rate (与全国增速差距缩小到N个百分点: a word of
 * distance_words)? The gap is to that one's rate, no figure of the
 * label's; the label goes on to the clauses after it (…，高于全省平均水平N个
 * 百分点). */
bool db_other_rate_clause(const walk *w, size_t s, size_t at)
{
	static const char *const ways[] = { "高", "低", "快", "慢" };
	const char *t = w->text;
	if (db_words_find(t, s, at, WL(w, DB_W_DISTANCE_WORDS), NULL) != (size_t)-1)
		return true;
	if (!has_word_at(t, at, s, "比") || !ends_with_any(t, s, at, ways, NWORDS(ways)))
		return false;
	size_t de = s;
	while (de < at && !has_word_at(t, at, de, "的"))
		de++;
	return de < at && contains_any(t, s, de, (const char *const[]){ "第", "首位" }, 2);
}

/* 1-5月，…增长22.6%，1-4月提高5.0个百分点: a clause that opens with an
 * earlier period of the same year than the figures' and goes straight on
 * to how a rate changed (in 百分点) compares with it, its 较 dropped. */
bool db_dropped_basis(const walk *w, const db_clause *c, const token *tk)
{
	static const char *const changes[] = { "提高", "回落", "加快", "放缓", "收窄",
					       "扩大", "回升", "提升" };
	const db_period *p = &tk->period.period, *now = &w->per.period;
	size_t s = c->start;
	while (s < tk->start && (has_word_at(w->text, tk->start, s, "，") ||
				 has_word_at(w->text, tk->start, s, " ")))
		s += has_word_at(w->text, tk->start, s, " ") ? 1 : strlen("，");
	if (!tk->period.has_period || !w->per.has || s != tk->start ||
	    p->end_year != now->end_year || p->start_year != now->start_year ||
	    db_period_cmp(p, now) >= 0)
		return false;
	size_t l = 0;
	for (size_t i = 0; i < NWORDS(changes) && !l; i++)
		if (has_word_at(w->text, c->end, tk->end, changes[i]))
			l = strlen(changes[i]);
	return l && find_any(w->text, tk->end + l, c->end,
			     (const char *const[]){ "个百分点" }, 1, NULL) != (size_t)-1;
}

/* A clause opening with these compares the figure before with another
 * place's (高于全市平均增速4.3个百分点, 分别高于全市、全省…). */
static const char *const gap_leads[] = {
	"高于", "快于", "低于", "慢于", "高出", "超出", "分别高于", "分别快于", "分别低于",
	"分别高出", "分别慢于", "均高于", "均快于", "均高出", "比全国", "比全省", "比全市",
	"比全区", "比全县", "较全国", "较全省", "较全市", "较全区", "较全县", "好于",
	/* 超过全市增速0.4个百分点: 超过 only with the place (超过全年目标 is
	 * no place) */
	"超过全国", "超过全省", "超过全市", "超过全区", "超过全县",
	/* 领先全省1.2个百分点: with the place too (领先时间进度 is none) */
	"领先全国", "领先全省", "领先全市", "领先全区", "领先全县",
	/* 低全市0.7个百分点, 分别高全国、全省…: a bare 高 or 低 before the
	 * place */
	"高全国", "高全省", "高全市", "高全区", "高全县", "低全国", "低全省", "低全市", "低全区",
	"低全县", "分别高全", "分别低全",
};

bool db_opens_gap(const walk *w, size_t s, size_t num)
{
	/* (…增长5.8%，同时高于全省平均水平2.7个百分点: an adverb of words.json
	 * gap_adverbs before the comparison) */
	s += db_longest_word_at(w->text, s, num, WORDS(w, DB_W_GAP_ADVERBS), &(size_t){ 0 });
	/* (增速高于全市平均水平7.1个百分点: the rate named first) */
	s += db_longest_word_at(w->text, s, num, WORDS(w, DB_W_RATE_WORDS), &(size_t){ 0 });
	return word_at(w->text, num, s, &(const db_wordlist){ gap_leads, NWORDS(gap_leads), { 0 } }) &&
	       num <= s + 45;
}

/* …高于全国3个百分点、全省4.2个百分点: the next place of a gap just read
 * (from the end of the figure before, prev, to this one's number, num). */
bool db_gap_again(walk *w, size_t prev, size_t num, fig_ctx *fc)
{
	size_t which = 0, n;
	if (!w->rs->len || w->rs->items[w->rs->len - 1].measure != DB_MEASURE_GAP_PP ||
	    !has_word_at(w->text, num, prev, "、") ||
	    !(n = db_longest_word_at(w->text, prev + 3, num, db_places, DB_NPLACES, &which)) ||
	    prev + 3 + n != num)
		return false;
	const db_record *last = &w->rs->items[w->rs->len - 1];
	fc->gap_vs = db_places[which];
	fc->gap_sign = last->has_value && last->value < 0 ? -1 : 1;
	return true;
}

/* Does the clause from s to e compare with the place at pl (pn bytes) by
 * a word of words.json compared_leads right before it (比全市低2568元),
 * a figure following before e? */
static bool compared_with_place(const walk *w, size_t s, size_t e, const char *pl, size_t pn)
{
	const db_wordlist *lead = WL(w, DB_W_COMPARED_LEADS);
	for (size_t p = s; p + pn < e; p++) {
		if (memcmp(w->text + p, pl, pn))
			continue;
		bool led = false;
		for (size_t i = 0; i < lead->len && !led; i++) {
			size_t n = strlen(lead->items[i]);
			led = p >= s + n && has_word_at(w->text, p, p - n, lead->items[i]);
		}
		if (!led)
			continue;
		for (size_t q = p + pn; q < e; q++)
			if (w->text[q] >= '0' && w->text[q] <= '9')
				return true;
	}
	return false;
}

/* …高于全省2.8个百分点（全省增长5.9%），全省增速排名第4; …比全市低2568元
 * （全市为21585元）: a figure in brackets right after a gap that open with
 * the place compared is that place's own, no figure of the report's for a
 * rank after it */
bool db_compared_place_rate(const walk *w, const db_clause *c, size_t at)
{
	static const char *const opens[] = { "(", "（" }, *const shuts[] = { ")", "）" };
	static const char *const places[] = { "全国", "全省", "全市", "全区", "全州" };
	size_t which, pw;
	for (size_t q = at; q-- > c->start;) {
		if (db_longest_word_at(w->text, q, at, shuts, NWORDS(shuts), &which))
			return false;
		if (db_longest_word_at(w->text, q, at, opens, NWORDS(opens), &which)) {
			size_t p = q + strlen(opens[which]);
			if (!db_longest_word_at(w->text, p, at, places, NWORDS(places), &pw))
				return false;
			if (q >= c->start + strlen("百分点") &&
			    has_word_at(w->text, q, q - strlen("百分点"), "百分点"))
				return true;
			/* (a gap in an amount: the place named after 比 or 较 in
			 * the clause, the gap's figure between) */
			return compared_with_place(w, c->start, q, places[pw], strlen(places[pw]));
		}
	}
	return false;
}

/* Is the clause only a year compared with (与2019年相比, 同2019年比)? */
bool db_basis_clause(const walk *w, const db_clause *c, const tokens *ts)
{
	static const char *const opens[] = { "与", "同", "和" };
	static const char *const closes[] = { "相比较", "相比", "比较", "比" };
	size_t p = c->start, e = c->end, which, n;
	if (ts->len != 1 || ts->items[0].kind != TOK_PERIOD)
		return false;
	while (p < e && (w->text[p] == ' ' || w->text[p] == '\n'))
		p++;
	if (!(n = db_longest_word_at(w->text, p, e, opens, NWORDS(opens), &which)) ||
	    p + n != ts->items[0].start)
		return false;
	p = ts->items[0].end;
	if (!(n = db_longest_word_at(w->text, p, e, closes, NWORDS(closes), &which)))
		return false;
	static const char *const rest[] = { " ", "\n", "\r", ",", "，", ";", "；" };
	for (p += n; p < e; p += n)
		if (!(n = db_longest_word_at(w->text, p, e, rest, NWORDS(rest), &which)))
			return false;
	return true;
}

/* Does the text at s (up to e) open with what a rate is compared with: a
 * year (比2019年同期, 较2019年), or the year before with the growth word
 * after it (words.json growth_on_year_before: 比上年增长, 较上年下降, each
 * closing on a verb of two characters)? *opener is then how many bytes
 * open the text before that verb (0 after a year). */
bool db_opens_compared(const walk *w, size_t s, size_t e, size_t *opener)
{
	static const char *const than[] = { "比", "较", "与" };
	const char *t = w->text;
	size_t which, n = db_longest_word_at(t, s, e, than, NWORDS(than), &which);
	*opener = 0;
	if (n && s + n + 5 <= e && t[s + n] == '2' && t[s + n + 3] >= '0' && t[s + n + 3] <= '9' &&
	    has_word_at(t, e, s + n + 4, "年"))
		return true;
	const char *year_before = word_at(t, e, s, WL(w, DB_W_GROWTH_ON_YEAR_BEFORE));
	if (year_before)
		*opener = strlen(year_before) - strlen("增长");
	return year_before != NULL;
}

/* A clause without figures that sets the basis of its paragraph's rates
 * (与上月相比，食品价格下降1.6%…). */
static const struct {
	const char *word;
	const char *basis;
} paragraph_basis[] = {
	{ "与上月相比", "mom" }, { "与上月比", "mom" }, { "比上月", "mom" }, { "环比看", "mom" },
	{ "从环比看", "mom" }, { "与去年同期相比", "yoy" }, { "与上年同期相比", "yoy" },
	{ "从同比看", "yoy" }, { "同比看", "yoy" },
};

/* A clause with no figure that names a basis (与上月相比) sets the basis
 * of the rates that follow in its paragraph. */
void db_paragraph_basis_of(walk *w, const db_clause *c, const tokens *ts)
{
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_FIGURE)
			return;
	if (!contains_any(w->text, c->start, c->end, (const char *const[]){ "比" }, 1))
		return; /* (every one of them holds 比: one cheap scan first) */
	for (size_t i = 0; i < NWORDS(paragraph_basis); i++)
		if (contains_any(w->text, c->start, c->end, &paragraph_basis[i].word, 1)) {
			w->seg_basis = paragraph_basis[i].basis;
			return;
		}
}

/* Two labels of one metric that name two quantities: neither ends the
 * other (地方级… and 区级一般公共预算收入; not 地方… and 一般公共预算收入,
 * one said shorter). */
static bool labels_apart(const char *a, const char *b)
{
	if (!a || !b)
		return false;
	size_t la = strlen(a), lb = strlen(b);
	return la < lb ? strcmp(b + lb - la, a) != 0 : strcmp(a + la - lb, b) != 0;
}

/* 下降3%(剔除减税降费因素，同口径增长7.6%): a figure of a metric and
 * measure the sentence already gave, with a word of another basis
 * (words.json: restated_bases) between, restates it; the first stays the
 * figure. One whose label names another quantity of the metric
 * (地方级…同口径增长a%，区级…同口径增长b%) restates nothing. */
bool db_restated(const walk *w, size_t idx, size_t num)
{
	const db_record *r = &w->rs->items[idx];
	if (!r->metric || !r->has_value)
		return false;
	/* Every earlier figure's stretch ends at num, so one search from the
	 * earliest of them finds the word between any of them and num: one
	 * scan per figure, not one per pair (run-on text of a single metric). */
	size_t from = (size_t)-1;
	for (size_t i = idx; i-- > 0;) {
		const db_record *q = &w->rs->items[i];
		if (q->source.offset < w->sentence_start)
			break;
		if (q->metric && !strcmp(q->metric, r->metric) && q->measure == r->measure &&
		    q->has_value && q->has_period == r->has_period &&
		    (!q->has_period || db_period_eq(&q->period, &r->period)) &&
		    !labels_apart(q->label, r->label))
			from = q->source.offset;
	}
	return from != (size_t)-1 &&
	       db_words_find(w->text, from, num, WL(w, DB_W_RESTATED_BASES), NULL) != (size_t)-1;
}
