/* pairing.c - the words around a figure that decide whether it is a figure
 * of its clause at all (a size of a project, a compared place's rate in
 * brackets, a threshold that sizes a noun) and whether the label of an
 * earlier clause speaks for it (a name of its own, a sibling of the label,
 * a milestone and the amount reached). The walk (extract.c) asks. */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include "extract/readers_lex.h"
#include "extract/walk.h"

const char *const db_places[DB_NPLACES] = { "全国", "全省", "全市", "全区", "全县", "全州", "全盟" };

/* A label right after these is what the figure is compared with. */
static const char *const compared_with[] = { "高于", "快于", "低于", "慢于", "高出", "超出" };

/* …，高于全区规上工业增加值增速1.5个百分点: a place between the comparison
 * and the label (the label at e); a bare 自治区 too. */
static bool compared_place_before(const char *t, size_t s, size_t e)
{
	size_t which;
	if (e < s + 12)
		return false;
	/* (高于自治区规上工业增速…: the region above, said bare) */
	if (e >= s + 15 && has_word_at(t, e, e - 9, "自治区") &&
	    ends_with_any(t, s, e - 9, compared_with, NWORDS(compared_with)))
		return true;
	size_t at = rfind_any(t, e >= s + 6 ? e - 6 : s, e, db_places, DB_NPLACES, &which);
	return at != (size_t)-1 && at + 6 == e &&
	       ends_with_any(t, s, at, compared_with, NWORDS(compared_with));
}

/* …，较全市规上工业总产值增速快5.1个百分点: a place right after a word
 * of words.json compared_leads (比, 较) and right before the label at e,
 * in the clause from s: the label is what the figure is compared with. */
bool db_compared_by_lead(const walk *w, size_t s, size_t e)
{
	size_t which;
	if (e < s + 9)
		return false;
	size_t at = rfind_any(w->text, e - 6, e, db_places, DB_NPLACES, &which);
	if (at == (size_t)-1 || at + 6 != e)
		return false;
	const db_wordlist *lead = WL(w, DB_W_COMPARED_LEADS);
	for (size_t i = 0; i < lead->len; i++) {
		size_t n = strlen(lead->items[i]);
		if (at >= s + n && has_word_at(w->text, at, at - n, lead->items[i]))
			return true;
	}
	return false;
}

/* …增速分别高于全省地区生产总值和城镇居民收入…: the label at s is joined
 * to the one compared with that ended at prev by a word of words.json
 * compared_joiners alone (和, 、), so it is compared with too. */
bool db_compared_joined(const walk *w, size_t prev, size_t s)
{
	if (!prev || s <= prev)
		return false;
	const db_wordlist *j = WL(w, DB_W_COMPARED_JOINERS);
	for (size_t i = 0; i < j->len; i++)
		if (strlen(j->items[i]) == s - prev && has_word_at(w->text, s, prev, j->items[i]))
			return true;
	return false;
}

/* The label clause c enters with: the one the clauses before left, or the
 * part's at the part's start; none when it was read right after a word of
 * words.json contribution, maybe with a place between (…，拉动全市规模以上工业
 * 增加值增长N个百分点；占全市…比重…: the whole pulled up, no subject of
 * what follows). */
const db_label *db_entry_label(const walk *w, const db_clause *c)
{
	const db_label *l = w->label ? w->label : c->start == w->part_start ? w->part_label : NULL;
	if (!l)
		return NULL;
	size_t p = l->start;
	if (p >= 6 && ends_with_any(w->text, 0, p, db_places, DB_NPLACES))
		p -= 6;
	return ends_with_any(w->text, 0, p, WORDS(w, DB_W_CONTRIBUTION)) ? NULL : l;
}

/* …，分别高于汉川市规上工业增加值增速…: the document's own name in place
 * of 全市 between the comparison and the label (the label at e). */
bool db_compared_self(const walk *w, size_t s, size_t e)
{
	size_t which, at = rfind_any(w->text, s, e, compared_with, NWORDS(compared_with), &which);
	return at != (size_t)-1 && at + 6 < e && db_self_name_len(w, at + 6, e) == e - (at + 6);
}

/* …，高于周口市GDP增速2.9个百分点: the place compared with named by its
 * own name, one that holds the document's entity (db_parent_scope), between
 * the comparison and the label at e: the label is what the figure is
 * compared with, as after 全市. */
bool db_compared_parent(const walk *w, size_t s, size_t e)
{
	size_t which, end = 0, at = rfind_any(w->text, s, e, compared_with, NWORDS(compared_with), &which);
	return at != (size_t)-1 && db_parent_scope(w, at + strlen(compared_with[which]), e, &end) &&
	       end == e;
}

/* The bytes of a bracket's opening at p, before e (( or （), or 0. */
static size_t opening(const char *t, size_t p, size_t e)
{
	return p < e && t[p] == '(' ? 1 : has_word_at(t, e, p, "（") ? 3 : 0;
}

/* The bytes of a bracket's closing at q, before e () or ）), or 0. */
static size_t closing(const char *t, size_t q, size_t e)
{
	return q < e && t[q] == ')' ? 1 : has_word_at(t, e, q, "）") ? 3 : 0;
}

/* Where the first closing bracket from q on, before lim and e, ends; 0
 * when there is none. */
static size_t closed_before(const char *t, size_t q, size_t lim, size_t e)
{
	for (size_t k; q < e && q < lim; q++)
		if ((k = closing(t, q, e)) != 0)
			return q + k;
	return 0;
}

/* The bytes of a bracket that opens at s and closes before e (同期(-2.3%)),
 * or 0. */
size_t db_bracket_after(const char *t, size_t s, size_t e)
{
	size_t p = s + opening(t, s, e), end;
	if (p == s)
		return 0;
	end = closed_before(t, p, p + 24, e);
	return end ? end - s : 0;
}

/* The bytes of an aside at p, before e, that says what the words before
 * it are called below (（以下简称同比）, (简称同比): words.json
 * alias_asides right after the opening bracket), up to its closing one;
 * else 0. */
size_t db_alias_aside(const walk *w, size_t p, size_t e)
{
	size_t q = p + opening(w->text, p, e), end;
	if (q == p || !word_at(w->text, e, q, WL(w, DB_W_ALIAS_ASIDES)))
		return 0;
	end = closed_before(w->text, q, p + 40, e);
	return end ? end - p : 0;
}

/* The bytes from q of a word of words.json below_asides closing a bracket
 * that opened at p, before e, up to the closing one; else 0. */
static size_t closes_below(const walk *w, size_t p, size_t q, size_t e)
{
	const char *word = word_at(w->text, e, q, WL(w, DB_W_BELOW_ASIDES));
	if (word)
		q += strlen(word);
	size_t k = word ? closing(w->text, q, e) : 0;
	return k ? q + k - p : 0;
}

/* The bytes of a bracket at p, before e, the whole of it a word of
 * words.json below_asides: the words before it hold below ((下同),
 * （以下同）); else 0. */
size_t db_below_aside(const walk *w, size_t p, size_t e)
{
	size_t q = p + opening(w->text, p, e);
	return q == p ? 0 : closes_below(w, p, q, e);
}

/* The bytes of a bracket at p, before e, that stands between a label, its
 * growth word and its figure as if it were not there: one that says what
 * the words before it are called below (db_alias_aside), that they hold
 * below (db_below_aside), or a 口径 note of words.json notes, alone or
 * before 下同 (（按可比价计算，以下同）: the note read as it is without the
 * bracket); else 0. */
size_t db_aside_at(const walk *w, size_t p, size_t e)
{
	size_t q = p + opening(w->text, p, e), a = db_alias_aside(w, p, e);
	const char *note;
	if (a || q == p)
		return a;
	if (!(note = word_at(w->text, e, q, WL(w, DB_W_NOTES))))
		return closes_below(w, p, q, e);
	q += strlen(note);
	size_t k = closing(w->text, q, e);
	if (k)
		return q + k - p;
	q += w->text[q] == ',' ? 1 : has_word_at(w->text, e, q, "，") ? 3 : 0;
	return closes_below(w, p, q, e);
}

/* The bytes the asides of db_aside_at take in t[s, e), one that s is
 * inside of too (s past a note of it: （按可比价计算，下同）同比增长). */
size_t db_asides_in(const walk *w, size_t s, size_t e)
{
	static const char *const brackets[] = { "（", "(" };
	size_t b = rfind_any(w->text, s > 48 ? s - 48 : 0, s, brackets, NWORDS(brackets), NULL), n = 0;
	size_t a = b != (size_t)-1 ? db_aside_at(w, b, e) : 0, p = s;
	if (a && b + a > s) {
		n = b + a - s;
		p = b + a;
	}
	for (; (b = find_any(w->text, p, e, brackets, NWORDS(brackets), NULL)) != (size_t)-1;) {
		a = db_aside_at(w, b, e);
		n += a;
		p = b + (a ? a : opening(w->text, b, e));
	}
	return n;
}

/* Do the words from s to the figure at e (no label of their own) stand
 * too long for a label of the clause before to speak for it, past seven
 * characters, the asides of db_aside_at not counted (…，同比（下同）增长6.1%)? */
bool db_words_past(const walk *w, size_t s, size_t e)
{
	return e > s + 21 && e > s + 21 + db_asides_in(w, s, e);
}

/* A clause's measure words, lead bytes after its start s, with a bracket
 * right after them (较一季度（-0.8%）提高…) or, when the clause compares
 * (比, 较 or 与 at than), an aside up to eight characters on that names
 * the comparison for what follows (比上年（以下简称同比）增长: db_alias_aside
 * with a growth word inside): the bytes after s the measure words take. */
size_t db_lead_aside(const walk *w, size_t s, size_t than, size_t lead, size_t e)
{
	static const char *const brackets[] = { "（", "(" };
	size_t b, a;
	if ((has_word_at(w->text, e, than, "比") || has_word_at(w->text, e, than, "较") ||
	     has_word_at(w->text, e, than, "与")) &&
	    (b = find_any(w->text, than, e, brackets, NWORDS(brackets), NULL)) != (size_t)-1 &&
	    b <= than + 24 && (a = db_alias_aside(w, b, e)) != 0 && b + a - s > lead &&
	    db_find_growth(w->text, b, b + a) != (size_t)-1)
		return b + a - s;
	return lead + db_bracket_after(w->text, s + lead, e);
}

/* Do the words before the growth word of the figure at e of clause c, which
 * names no label, name something of their own (招商引资增长22.4%: not the
 * label of the clause before), rather than only its measure (同比增长, 比上年
 * 下降, 全年, 增速比1-9月回落)? Periods of the clause (ts) count as measure
 * words. */
bool db_names_another(const walk *w, const db_clause *c, const tokens *ts, size_t e)
{
	static const char *const filler[] = {
		"同比", "环比", "比上年", "比去年", "较上年", "较去年", "比上年同期", "较上年同期",
		"比去年同期", "较去年同期", "比年初", "较年初", "比上年末", "较上年末", "比上月",
		"较上月", "比上期", "较上期", "全年", "累计", "实际", "名义", "分别", "均", "共", "合计",
		"了", "，", "、", "和", " ", "两年平均", "年均", "平均", "比", "较", "与", "同期",
		/* 可比年均增长10.3%: at comparable prices */
		"可比",
		/* 与上年同期比增速回落, 与去年同期相比 */
		"上年同期", "去年同期", "相比",
		/* 由一季度的下降1.5%转为增长3.4%: the rate it turned from */
		"由",
		/* 五年年均增长6.1%: the years the rate runs over */
		"两年", "三年", "四年", "五年", "十年", "五年来", "五年间", "近五年", "过去五年",
		/* 预期目标增长8%，预计完成增长8.9%: what came of the target */
		"预计完成", "预计", "预测", "实际完成", "完成情况为", "执行情况为", "完成", "计划",
		/* 地区生产总值：年度目标增长7%，…: the target itself */
		"预期目标", "年度目标", "全年目标", "年初目标", "目标",
		/* 高于全国增速2.5个百分点: a gap to another place's rate */
		"高于全国", "高于全省", "高于全市", "快于全国", "快于全省", "快于全市",
		"低于全国", "低于全省", "低于全市", "慢于全国", "慢于全省", "慢于全市",
	};
	size_t g = db_find_growth(w->text, c->start, e);
	if (g == (size_t)-1)
		return false; /* (a level: the figure's own words decide) */
	for (size_t p = c->start; p < g;) {
		size_t a = db_aside_at(w, p, e); /* 比上年同期（以下简称同比）增长, 同比（下同） */
		if (a) {
			p += a;
			if (p > g && (g = db_find_growth(w->text, p, e)) == (size_t)-1)
				return false;
			continue;
		}
		size_t n = db_longest_word_at(w->text, p, g, filler, NWORDS(filler), NULL);
		const char *word = n ? NULL : word_at(w->text, g, p, WL(w, DB_W_NOTES));
		if (!n && !word)
			word = word_at(w->text, g, p, WL(w, DB_W_SELF_SUBJECTS));
		/* 大幅增长32.7%, 同比稳步增长5%: how fast, right before the
		 * growth word */
		if (!n && !word && (word = word_at(w->text, g, p, WL(w, DB_W_GROWTH_MANNERS))) &&
		    p + strlen(word) != g)
			word = NULL;
		if (word)
			n = strlen(word); /* 同口径增长7.6%, 我市增长8.1% */
		if (!n)
			n = db_base_note(w, p, g); /* 扣除留抵退税因素后增长4.6% */
		if (!n)
			n = db_price_year_note(w, p, g); /* 按2020年不变价格计算增长9.4% */
		if (!n)
			n = db_bracket_after(w->text, p, g); /* 较去年同期(-2.3%)提高… */
		if (!n && w->text[p] >= '0' && w->text[p] <= '9') { /* 比2019年同期 */
			size_t q = p;
			while (q < g && ((w->text[q] >= '0' && w->text[q] <= '9') || w->text[q] == '-'))
				q++;
			if (has_word_at(w->text, g, q, "年") || has_word_at(w->text, g, q, "月"))
				n = q + 3 - p;
		}
		for (size_t i = 0; i < ts->len; i++) /* (a period may take in 比…) */
			if (ts->items[i].kind == TOK_PERIOD && ts->items[i].start <= p &&
			    ts->items[i].end > p && ts->items[i].end - p > n)
				n = ts->items[i].end - p;
		if (!n)
			return g - p >= 6; /* two characters or more of a name */
		p += n;
	}
	return false;
}

/* The bytes of a 口径 note at p that takes something out of a figure
 * (扣除留抵退税因素后, 剔除一次性因素), or 0.  扣除价格因素 is not one:
 * it makes the real growth, another indicator (figures.c). */
size_t db_base_note(const walk *w, size_t p, size_t e)
{
	if (!has_word_at(w->text, e, p, "扣除") && !has_word_at(w->text, e, p, "剔除"))
		return 0;
	size_t f = find_any(w->text, p + 6, e, (const char *const[]){ "因素" }, 1, NULL);
	if (f == (size_t)-1 || f > p + 6 + 30 ||
	    find_any(w->text, p + 6, f, (const char *const[]){ "价格" }, 1, NULL) != (size_t)-1)
		return 0;
	f += strlen("因素");
	if (has_word_at(w->text, e, f, "后"))
		f += strlen("后");
	return f - p;
}

/* The bytes of a 口径 note of prices at p that names the year they are of
 * (按2020年不变价格计算, 按2015年可比价: words.json price_bases after the
 * year, a note of words.json notes from the year's end), before e, or 0. */
size_t db_price_year_note(const walk *w, size_t p, size_t e)
{
	size_t q = p + strlen("按"), d = 0;
	if (!has_word_at(w->text, e, p, "按"))
		return 0;
	while (d < 4 && q + d < e && w->text[q + d] >= '0' && w->text[q + d] <= '9')
		d++;
	q += d;
	if (d != 4 || !has_word_at(w->text, e, q, "年"))
		return 0;
	q += strlen("年");
	const char *note = word_at(w->text, e, q, WL(w, DB_W_NOTES));
	if (!note || !word_at(w->text, e, q, WL(w, DB_W_PRICE_BASES)))
		return 0;
	q += strlen(note);
	if (has_word_at(w->text, e, q, "计算"))
		q += strlen("计算");
	return q - p;
}

/* The bytes of the longest name of a division (连云港市, not 连云; 江苏省) at
 * p, before e, or 0. */
static size_t division_at(const char *t, size_t p, size_t e)
{
	char name[64];
	size_t q = p, n, best = 0;
	for (int k = 0; k < 8 && q < e && lx_is_cjk(lx_cp(t, e, q, &n)); k++) {
		q += n;
		if (k < 1 || q - p >= sizeof name)
			continue;
		memcpy(name, t + p, q - p);
		name[q - p] = '\0';
		if (db_division_find(name))
			best = q - p;
	}
	return best;
}

/* 年末生猪存栏12.6万头，能繁母猪1.2万头: an amount after two characters
 * or more of a name of its own is that name's, not the label's before;
 * the words that may lead an amount (总量达到, 年末余额, 全年累计) and
 * periods, notes, the document's own names and brackets are none. */
bool db_level_named(const walk *w, const db_label *l, const tokens *ts, size_t s, size_t num)
{
	if (db_find_growth(w->text, s, num) != (size_t)-1)
		return false; /* (a rate or a change: db_names_another) */
	size_t run = 0, run_start = s, n;
	for (size_t p = s; p < num;) {
		const char *word = word_at(w->text, num, p, WL(w, DB_W_LEVEL_LEADS));
		if (!word)
			word = word_at(w->text, num, p, WL(w, DB_W_NOTES));
		if (!word)
			word = word_at(w->text, num, p, WL(w, DB_W_SELF_SUBJECTS));
		if (!word) /* (今年要力争突破900亿元) */
			word = word_at(w->text, num, p, WL(w, DB_W_TARGET));
		if (!word)
			word = word_at(w->text, num, p, WL(w, DB_W_ESTIMATE));
		size_t k = word ? strlen(word) : 0;
		for (size_t i = 0; i < ts->len; i++)
			if (ts->items[i].kind == TOK_PERIOD && ts->items[i].start <= p &&
			    ts->items[i].end > p && ts->items[i].end - p > k)
				k = ts->items[i].end - p;
		if (!k)
			k = db_bracket_after(w->text, p, num);
		/* (…，淮安市2432.08亿元，连云港市1955.9亿元: a place's name;
		 * whose figure it is, the clause's subject decides) */
		if (!k)
			k = division_at(w->text, p, num);
		if (k) {
			run = 0;
			p += k;
			continue;
		}
		if (lx_is_cjk(lx_cp(w->text, num, p, &n))) {
			if (!run++)
				run_start = p;
			/* (a run of words the label or its metric's name holds:
			 * 贷款 of 贷款余额, 投资 of 重点项目完成投资) */
			const char *name = metric_of(w, l)->name;
			if (run >= 2 &&
			    !memmem(w->text + l->start, l->end - l->start, w->text + run_start,
				    p + n - run_start) &&
			    !memmem(name, strlen(name), w->text + run_start, p + n - run_start))
				return true;
		} else {
			run = 0;
		}
		p += n ? n : 1;
	}
	return false;
}

/* 全区6项主要经济指标增速排名全市前二，其中GDP增长7.4%: does the 其中 at at
 * follow a clause that names a set of indicators (words.json
 * indicator_sets)? It picks one of them, the place's own figure, no part
 * of a figure said before it under another name. */
bool db_indicator_pick(const walk *w, size_t at)
{
	static const char *const seps[] = { "，", ",", "；", ";" };
	size_t e = at, which;
	if (e >= w->sentence_start + 3 && has_word_at(w->text, e, e - 3, "，"))
		e -= 3;
	else if (e > w->sentence_start && w->text[e - 1] == ',')
		e--;
	size_t cl = rfind_any(w->text, w->sentence_start, e, seps, NWORDS(seps), &which);
	cl = cl == (size_t)-1 ? w->sentence_start : cl;
	return contains_any(w->text, cl, e, WORDS(w, DB_W_INDICATOR_SETS));
}

/* 财政总收入22.3亿元，…，其中税收收入19亿元，财政收入3.3亿元: a label after
 * 其中 in its sentence (no ；between) whose metric a label before the 其中
 * already named is one of that whole's parts, named like the whole: it is
 * not the whole's figure. */
bool db_part_like_whole(const walk *w, const db_label *l)
{
	if (l->metric == (size_t)-1 || l->start < w->sentence_start + 6 ||
	    contains_any(w->text, l->start - 6, l->start, (const char *const[]){ "占" }, 1))
		return false; /* (…，占GDP的比重: the whole of a share) */
	size_t at = rfind_any(w->text, w->sentence_start, l->start, (const char *const[]){ "其中" }, 1,
			      NULL);
	if (at == (size_t)-1 ||
	    contains_any(w->text, at, l->start, (const char *const[]){ "；", ";" }, 2) ||
	    db_indicator_pick(w, at))
		return false;
	/* (a label glued to words that make it something else is no such
	 * whole: 肉蛋奶产量…，其中…牛奶产量 names the milk itself) */
	const db_clause before = { .start = w->sentence_start, .end = at };
	for (size_t i = db_label_at(w->labels, w->sentence_start);
	     i < w->labels->len && w->labels->items[i].start < at; i++)
		if (w->labels->items[i].metric == l->metric && w->labels->items[i].end <= at &&
		    !db_label_glued(w, &before, &w->labels->items[i]))
			return true;
	return false;
}

/* 公共财政收入…，其中地方公共财政收入…: a part after 其中 named 地方 and
 * the whole's own name is the local budget revenue, and the whole before
 * 其中 the revenue of every level collected in the place: the records of
 * the whole made in this sentence before 其中 become fiscal_revenue.
 * Returns whether l is such a part (the caller keeps it). */
bool db_local_part(walk *w, const db_label *l)
{
	const db_metric *m = l->metric != (size_t)-1 ? &w->x->catalog->items[l->metric] : NULL;
	const db_metric *total = db_catalog_find(w->x->catalog, "fiscal_revenue");
	if (!m || !total || strcmp(m->id, "budget_revenue") ||
	    !has_word_at(w->text, l->end, l->start, "地方") || !db_part_like_whole(w, l))
		return false;
	size_t at = rfind_any(w->text, w->sentence_start, l->start, (const char *const[]){ "其中" }, 1,
			      NULL);
	for (size_t i = db_label_at(w->labels, w->sentence_start);
	     i < w->labels->len && w->labels->items[i].end <= at; i++) {
		const db_label *p = &w->labels->items[i];
		if (p->metric == l->metric && has_word_at(w->text, p->end, p->start, "地方"))
			return false; /* (the whole is local already) */
	}
	bool any = false;
	for (size_t i = w->rs->len; i-- > 0;) {
		db_record *r = &w->rs->items[i];
		if (r->source.offset < w->sentence_start)
			break;
		if (r->source.offset < at && r->metric && !strcmp(r->metric, m->id)) {
			r->metric = total->id;
			any = true;
		}
	}
	return any;
}

/* 粮食播种面积11万公顷，蔬菜播种面积1.5万公顷: words of the clause before
 * the number at num that end in a tail of the carried label l (播种面积,
 * 产量) after a name of their own (蔬菜, 猪肉) name a sibling of l, not l.
 * (s: where the clause's own words start, after its period and notes.) */
bool db_sibling_named(const walk *w, const db_label *l, size_t s, size_t num)
{
	static const char *const filler[] = { "全年", "全县", "全市", "全区", "全省", "全镇",
					      "其中", "年末", "当年", "累计", "合计", "总计" };
	static const char items[] = "农林牧渔";
	size_t n = l->end - l->start, ln;
	for (size_t k = 3; k + 6 <= n; k += 3) { /* the longest tail first */
		const char *tail = w->text + l->start + k;
		size_t tl = n - k;
		if (num < s + tl)
			continue;
		for (size_t p = num - tl + 1; p-- > s && num - (p + tl) <= 15;) {
			if (memcmp(w->text + p, tail, tl))
				continue;
			/* 农林牧渔业总产值…，渔业总产值…: a tail that opens inside
			 * the whole's run of one-character items (农林牧渔) names
			 * the items from there on, a part of it */
			if (p < s + 6)
				return p == s && k < strlen(items) && n > strlen(items) &&
				       !memcmp(w->text + l->start, items, strlen(items));
			for (size_t q = p - 6; q < p; q += ln)
				if (!lx_is_cjk(lx_cp(w->text, w->len, q, &ln)))
					return false;
			return !word_at(w->text, p, p - 6,
					&(const db_wordlist){ filler, NWORDS(filler), { 0 } }) &&
			       !contains_any(w->text, p + tl, num,
					     (const char *const[]){ "，", "、", "；", "。" }, 4);
		}
	}
	return false;
}

/* Is figure f in brackets right after what a rate is compared with
 * (去年同期(-2.3%), 全国(4.8%)), or after 比全省的? */
bool db_compared_rate(const char *t, const db_clause *c, const db_figure *f)
{
	static const char *const compared[] = { "同期", "上年", "去年", "全国", "全省", "全市",
						"全区", "全县", "平均", "平均增速", "平均增幅",
						"平均水平", "全国水平", "全省水平", "全市水平",
						"全区水平", "全县水平", "同期水平" };
	size_t open = f->start, which;
	/* 比全省的5.3%快0.8个百分点 */
	if (open >= c->start + 12 && has_word_at(t, open, open - 3, "的")) {
		size_t at = rfind_any(t, open - 9, open - 3, db_places, DB_NPLACES, &which);
		return at != (size_t)-1 && at + strlen(db_places[which]) == open - 3 && at >= c->start + 3 &&
		       (has_word_at(t, at, at - 3, "比") || has_word_at(t, at, at - 3, "较"));
	}
	/* 增速超过全省3.4%水平, 高于全国2.9%的水平: a place after the
	 * comparison, then its rate and 水平 */
	if (open >= c->start + 12 && (has_word_at(t, c->end, f->end, "水平") ||
				      has_word_at(t, c->end, f->end, "的水平"))) {
		static const char *const over[] = { "高于", "快于", "低于", "慢于", "高出",
						    "超出", "超过", "好于", "领先" };
		size_t at = rfind_any(t, open - 6, open, db_places, DB_NPLACES, &which);
		if (at == open - 6 && ends_with_any(t, c->start, at, over, NWORDS(over)))
			return true;
	}
	if (open > c->start && t[open - 1] == '(')
		open -= 1;
	else if (open >= c->start + 3 && has_word_at(t, open, open - 3, "（"))
		open -= 3;
	else
		return false;
	size_t close = f->end;
	if (!(close < c->end && (t[close] == ')' || has_word_at(t, c->end, close, "）"))))
		return false;
	return open >= c->start + 6 && ends_with_any(t, c->start, open, compared, NWORDS(compared));
}

/* Does 的 and the name of a project follow at e (…80亿元的霍山抽水蓄能电站)? */
bool db_project_after(const char *t, size_t end, size_t e)
{
	static const char *const kinds[] = { "项目", "电站", "工程", "基地", "产业园", "园区" };
	if (!has_word_at(t, end, e, "的"))
		return false;
	size_t p = e + 3, n;
	for (int k = 0; k < 16 && p < end && lx_is_cjk(lx_cp(t, end, p, &n)); k++) {
		p += n;
		if (ends_with_any(t, e + 3, p, kinds, NWORDS(kinds)))
			return true;
	}
	return false;
}

/* The bytes at p of an adverbial that says the place is the first of a
 * scope to do what follows: a word of words.json scope_firsts (率先), alone
 * or after 在 and at most twelve characters with no separator (在全市率先,
 * 在全省县市中率先); else 0. */
static size_t scope_first(const walk *w, size_t p, size_t e)
{
	static const char *const seps[] = { "，", "、", "；", "。", ",", ";" };
	const db_wordlist *firsts = WL(w, DB_W_SCOPE_FIRSTS);
	size_t which, n, f;
	if ((n = db_longest_word_at(w->text, p, e, firsts->items, firsts->len, &which)))
		return n;
	if (!has_word_at(w->text, e, p, "在"))
		return 0;
	n = p + strlen("在") + 36 < e ? p + strlen("在") + 36 : e;
	f = db_words_find(w->text, p, n, firsts, &which);
	if (f == (size_t)-1 || find_any(w->text, p, f, seps, NWORDS(seps), NULL) != (size_t)-1)
		return 0;
	return f + strlen(firsts->items[which]) - p;
}

/* GDP突破千亿大关、达到1009亿元: between a threshold passed and the amount
 * reached, only the milestone's noun, a separator and a verb (s to e); or,
 * with no noun, 、, the adverbial of scope_first and a word that may lead an
 * amount (words.json level_leads): 增长6.5%、在全省率先突破900亿元, the
 * threshold of the label before. */
bool db_milestone_then_level(const walk *w, size_t s, size_t e)
{
	static const char *const nouns[] = { "大关", "关口", "台阶" };
	static const char *const seps[] = { "、", "，", "," };
	static const char *const verbs[] = { "达到", "达", "为", "实现" };
	const char *t = w->text;
	size_t which, l, f;
	if (!(l = db_longest_word_at(t, s, e, nouns, NWORDS(nouns), &which))) {
		if (!has_word_at(t, e, s, "、") || !(f = scope_first(w, s + strlen("、"), e)))
			return false;
		s += strlen("、") + f;
		return s + db_longest_word_at(t, s, e, WORDS(w, DB_W_LEVEL_LEADS), &which) == e;
	}
	s += l;
	if (!(l = db_longest_word_at(t, s, e, seps, NWORDS(seps), &which)))
		return false;
	s += l;
	s += db_longest_word_at(t, s, e, verbs, NWORDS(verbs), &which);
	return s == e;
}

/* The bytes of the milestone's noun at s (突破60亿元大关、年均增长9%:
 * 大关, 关口, 台阶), or 0. */
size_t db_milestone_noun(const char *t, size_t s, size_t e)
{
	static const char *const nouns[] = { "大关", "关口", "台阶" };
	size_t which;
	return db_longest_word_at(t, s, e, nouns, NWORDS(nouns), &which);
}

/* Past a short note in brackets at q ((市), （市、区）: at most six
 * characters), or q. */
static size_t past_short_note(const char *t, size_t end, size_t q)
{
	const char *close = NULL;
	size_t p, n;
	if (q < end && t[q] == '(') {
		close = ")";
		p = q + 1;
	} else if (has_word_at(t, end, q, "（")) {
		close = "）";
		p = q + 3;
	} else {
		return q;
	}
	for (int k = 0; k < 7 && p < end; k++, p += n) {
		if (has_word_at(t, end, p, close))
			return p + strlen(close);
		lx_cp(t, end, p, &n);
		if (!n)
			break;
	}
	return q;
}

/* Does a noun that the figure before e sizes follow at e (…以上项目, …以上的
 * 企业)? */
bool db_threshold_of_noun(const char *t, size_t end, size_t e)
{
	static const char *const nouns[] = { "项目", "企业", "工业企业", "的项目", "的企业", "大项目" };
	static const char *const glued[] = { "企业", "项目", "大项目", "县域" };
	/* 年纳税超千万元企业达18家, 300亿县域增加到7个: the noun glued to
	 * the amount, no 以上 */
	if (word_at(t, end, e, &(const db_wordlist){ glued, NWORDS(glued), { 0 } }))
		return true;
	/* GDP超过2000亿元的有10个, …超千亿元的县域有54个: how many places or
	 * firms pass it, counted after 的 (and a noun of one or two
	 * characters, with a bracketed note: 的县（市）达到12个; or 的共5个) */
	if (has_word_at(t, end, e, "的")) {
		static const char *const has[] = { "有", "共有", "共", "达", "达到" };
		size_t q = e + 3, which, n;
		for (int k = 0; k < 3 && q + 3 <= end && cjk_at(t, q) &&
				!db_longest_word_at(t, q, end, has, NWORDS(has), &which); k++)
			q += 3;
		q = past_short_note(t, end, q);
		if ((n = db_longest_word_at(t, q, end, has, NWORDS(has), &which))) {
			size_t d = q + n, digits = d;
			while (d < end && ((t[d] >= '0' && t[d] <= '9') || lx_cn_digit(lx_cp(t, end, d, &n)) >= 0))
				d += (t[d] >= '0' && t[d] <= '9') ? 1 : n;
			if (d > digits && (has_word_at(t, end, d, "个") || has_word_at(t, end, d, "家") ||
					   has_word_at(t, end, d, "座")))
				return true;
		}
	}
	if (e < 6 || (memcmp(t + e - 6, "以上", 6) && memcmp(t + e - 6, "以下", 6)))
		return false;
	if (word_at(t, end, e, &(const db_wordlist){ nouns, NWORDS(nouns), { 0 } }))
		return true;
	/* 500万元以上重点项目265个, 亿元以上产业项目: a word of two
	 * characters (the projects' kind) before the noun */
	static const char *const kinds[] = { "项目", "企业" };
	size_t from = e + (has_word_at(t, end, e, "的") ? 3 : 0), p = from;
	for (int k = 0; k < 2 && p + 3 <= end && cjk_at(t, p); k++)
		p += 3;
	return p == from + 6 &&
	       word_at(t, end, p, &(const db_wordlist){ kinds, NWORDS(kinds), { 0 } }) != NULL;
}

/* 全市有4个GDP超百亿元的县, 仅有的两个GDP超3000亿的县域: places counted
 * before the label of the amount (num to e, in the clause s to end) that
 * pass it, named after 的 by a word of places that ends the clause's words
 * — the places' bar, no figure of the report's place (全市首个…突破300亿元的县
 * counts none: it is that place). */
bool db_places_counted_before(const char *t, size_t s, size_t end, size_t num, size_t e)
{
	static const char *const places[] = { "县域", "县（市）", "县(市)", "县", "城市", "市",
					      "区", "地区", "省份", "地市" };
	if (!has_word_at(t, end, e, "的"))
		return false;
	size_t q = e + 3, which, l;
	bool named = false;
	for (int k = 0; k < 4 && q + 3 <= end && cjk_at(t, q) && !named; k++, q += 3)
		named = (l = db_longest_word_at(t, q, end, places, NWORDS(places), &which)) &&
			(q + l >= end || !cjk_at(t, q + l));
	if (!named)
		return false;
	/* (the count: a numeral and 个, at most ten characters before the
	 * amount, not an ordinal's 第一个) */
	for (size_t p = num; p >= s + 4 && p + 30 >= num; p--) {
		if (memcmp(t + p, "个", 3))
			continue;
		size_t d = p, n;
		while (d > s && t[d - 1] >= '0' && t[d - 1] <= '9')
			d--;
		if (d == p && d >= s + 3 && lx_cn_digit(lx_cp(t, end, d - 3, &n)) >= 0)
			d -= 3;
		return d < p && !(d >= s + 3 && has_word_at(t, end, d - 3, "第"));
	}
	return false;
}

/* Is the label at e, in the clause from s, what a figure is compared with
 * (…增长7.4%，快于规上工业增速; 高于全区规上工业增加值增速)? */
bool db_compared_label(const char *t, size_t s, size_t e)
{
	/* (低于同期固定资产投资增速7.9个百分点: the same months' rate) */
	if (e >= s + 12 && (has_word_at(t, e, e - 6, "同期") || has_word_at(t, e, e - 6, "当期")))
		e -= 6;
	return (e >= s + 6 && ends_with_any(t, s, e, compared_with, NWORDS(compared_with))) ||
	       compared_place_before(t, s, e);
}

/* Note a label whose figure was read (once a sentence, in order). */
void db_label_said(walk *w, const db_label *l)
{
	for (size_t i = 0; i < w->nsaid; i++)
		if (w->said[i].metric == l->metric)
			return;
	if (w->nsaid < NWORDS(w->said))
		w->said[w->nsaid++] = *l;
}

/* 技术合同登记额376项、18.4亿元: the label's amount right after a count of
 * the things it sums (items, firms) and 、 alone — no new words — is still
 * the label's (the count, in a unit no amount of the label has, was not). */
bool db_count_then_amount(const walk *w, const tokens *ts, size_t i, size_t prev_end)
{
	static const char *const counts[] = { "项", "个", "件", "家", "宗", "份", "户" };
	const token *tk = &ts->items[i];
	if (i == 0 || tk->fig.kind != DB_FIG_AMOUNT || tk->fig.num_start != prev_end + 3 ||
	    !has_word_at(w->text, tk->fig.num_start, prev_end, "、") ||
	    strcmp(tk->fig.unit, "元"))
		return false;
	const token *b = &ts->items[i - 1];
	if (b->kind != TOK_FIGURE || b->end != prev_end || b->fig.kind != DB_FIG_AMOUNT)
		return false;
	for (size_t k = 0; k < NWORDS(counts); k++)
		if (!strcmp(b->fig.unit, counts[k]))
			return true;
	return false;
}

/* Do the words t[s, e) before 占 name the head of label l (民营经济 of
 * 民营经济增加值: …；民营经济占GDP的比重为N%)? */
bool db_subject_of(const walk *w, const db_label *l, size_t s, size_t e)
{
	while (s < e && (w->text[s] == ' ' || w->text[s] == '\n'))
		s++;
	return l && l->metric != (size_t)-1 && e >= s + 6 && e - s < l->end - l->start &&
	       !memcmp(w->text + s, w->text + l->start, e - s);
}

/* …其中城镇人口18.1万人，占常住人口的比重为45.0%: the share of the resident
 * population (label l, right after 占) held by the towns' people, named in the
 * clause before (list urban_population), is the urbanization rate. Returns
 * that label, at the towns' people's name, or NULL. */
const db_label *db_urban_share(walk *w, const db_clause *c, const db_label *l)
{
	if (l->start < c->start + 3 || !has_word_at(w->text, l->start, l->start - 3, "占") ||
	    c->start <= w->sentence_start || strcmp(metric_of(w, l)->id, "population"))
		return NULL;
	const db_metric *u = db_catalog_find(w->x->catalog, "urbanization_rate");
	if (!u)
		return NULL;
	size_t which, from = rfind_any(w->text, w->sentence_start, c->start - 1,
				       (const char *const[]){ "，", "；", "," }, 3, &which);
	from = from == (size_t)-1 ? w->sentence_start : from + (which == 2 ? 1 : 3);
	size_t at = db_words_find(w->text, from, c->start, WL(w, DB_W_URBAN_POPULATION), &which);
	if (at == (size_t)-1)
		return NULL;
	/* (the label is the towns' people: a change after it is the rate's) */
	w->urban = (db_label){ at, at + strlen(WL(w, DB_W_URBAN_POPULATION)->items[which]),
			       (size_t)(u - w->x->catalog->items) };
	return &w->urban;
}

/* Is a label other than l among the first n tokens of the clause? */
bool db_clause_label_before(const tokens *ts, size_t n, const db_label *l)
{
	for (size_t j = 0; j < n; j++)
		if (ts->items[j].kind == TOK_LABEL && ts->items[j].label != l)
			return true;
	return false;
}

/* Do words other than periods and the document's own name (全市, 我市)
 * stand between the clause's start and e: a thing named before 占? */
bool db_named_before(const walk *w, const db_clause *c, const tokens *ts, size_t e)
{
	size_t p = c->start;
	for (size_t q = (size_t)-1; q != p;) {
		q = p;
		while (p < e && (w->text[p] == ' ' || w->text[p] == '\n' || w->text[p] == ','))
			p++;
		if (has_word_at(w->text, e, p, "，"))
			p += strlen("，");
		for (size_t j = 0; j < ts->len; j++)
			if (ts->items[j].kind == TOK_PERIOD && ts->items[j].start == p &&
			    ts->items[j].end <= e)
				p = ts->items[j].end;
		p += db_self_name_len(w, p, e);
	}
	return e >= p + 6; /* (two characters at least) */
}

/* Is the clause a frame, labels and periods only: 在 … 中 (在2022年度全省
 * 营商环境评价中), or a result announced (2022年度全省营商环境评价结果公布)? */
bool db_frame_clause(const walk *w, const db_clause *c, const tokens *ts)
{
	static const char *const announced[] = { "公布", "出炉", "揭晓", "发布", "显示" };
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_FIGURE || ts->items[i].kind == TOK_RANK)
			return false;
	size_t e = c->end;
	while (e > c->start && (w->text[e - 1] == ' ' || w->text[e - 1] == '\n'))
		e--;
	/* (2022年度全省营商环境评价中，: an evaluation's 中 needs no 在) */
	static const char *const evaluated[] = { "评价中", "考核中", "考评中", "测评中", "评估中" };
	return (has_word_at(w->text, c->end, c->start, "在") && e >= c->start + 6 &&
		has_word_at(w->text, e, e - 3, "中")) ||
	       (e >= c->start + 12 && ends_with_any(w->text, c->start, e, evaluated, NWORDS(evaluated))) ||
	       (e >= c->start + 12 && ends_with_any(w->text, c->start, e, announced, NWORDS(announced)) &&
		contains_any(w->text, c->start, e, (const char *const[]){ "结果", "排名", "排行" }, 3));
}

/* 生产总值总量、税收总量和社零增幅，均居全省第三: names of no figure whose
 * clause the next one, opening with 均 and a rank, ranks all together */
bool db_names_ranked_after(const walk *w, const db_clause *c, const tokens *ts)
{
	bool named = false;
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind == TOK_FIGURE || ts->items[i].kind == TOK_RANK)
			return false;
		named |= ts->items[i].kind == TOK_LABEL;
	}
	static const char *const commas[] = { "，", "," };
	size_t which, p = c->end;
	p += db_longest_word_at(w->text, p, w->len, commas, NWORDS(commas), &which);
	while (p < w->len && w->text[p] == ' ')
		p++;
	db_figure f;
	return named && has_word_at(w->text, w->len, p, "均") && db_rank_read(w->text, w->len, p, &f);
}

/* Does the clause have a label among its tokens before the i-th? */
bool db_clause_has_label(const tokens *ts, size_t i)
{
	for (size_t k = 0; k < i; k++)
		if (ts->items[k].kind == TOK_LABEL)
			return true;
	return false;
}

/* 存贷比81.5%: the i-th token, a figure, opens its clause (after periods)
 * with words that are a name, not measure words only (增长, 同比增长…). */
bool db_named_figure(const walk *w, const db_clause *c, const tokens *ts, size_t i)
{
	size_t s = c->start;
	for (size_t k = 0; k < i; k++) {
		if (ts->items[k].kind != TOK_PERIOD)
			return false; /* (a figure or rank before it) */
		if (ts->items[k].end > s)
			s = ts->items[k].end;
	}
	const token *tk = &ts->items[i];
	while (s < tk->fig.num_start && (w->text[s] == ' ' || w->text[s] == '\n'))
		s++;
	/* (增速比上年加快2.1个百分点, 高于全省平均(3.3%): words of
	 * a comparison or a change, not a name) */
	static const char *const moves[] = { "比上", "比去", "比同", "比年", "比前", "比全", "比一",
					     "比2", "同比", "环比", "较", "增", "降", "高于", "低于",
					     "快于", "慢于", "回落", "加快", "提高", "持平", "（", "(" };
	return tk->fig.kind == DB_FIG_PERCENT && tk->fig.num_start >= s + 6 &&
	       w->text[tk->fig.num_start] >= '0' && w->text[tk->fig.num_start] <= '9' &&
	       /* (与全省持平: a word figure, no name before it) */
	       !contains_any(w->text, s, tk->fig.num_start, moves, NWORDS(moves)) &&
	       !db_measure_words_only(w, s, tk->fig.num_start);
}

/* 排名全省第四, 居全省第4位: between s and the rank's start only the words
 * that lead a rank. */
bool db_rank_words_only(const walk *w, size_t s, size_t e)
{
	static const char *const leads[] = { "排名", "排", "居", "位居", "位列", "列", "名列" };
	while (s < e && w->text[s] == ' ')
		s++;
	size_t n = s < e ? db_longest_word_at(w->text, s, e, leads, NWORDS(leads), NULL) : 0;
	return s == e || s + n == e;
}

/* …分别达到41280元和15630元，均增长8.3%: does the clause give its one
 * rate (and nothing else of its own: no label, no figure before) to every
 * name of its sentence's 分别 list, through 均? */
bool db_all_of_list(const walk *w, const db_clause *c, const tokens *ts, const token *fig,
		    size_t prev_end)
{
	static const char *const leads[] = { "均", "同比均", "增速均", "增幅均", "也均" };
	size_t nf = 0, p = c->start, which, n;
	if (w->dist_sentence != c->sentence || w->ndist < 2 || prev_end > c->start ||
	    (fig->fig.kind != DB_FIG_PERCENT && fig->fig.kind != DB_FIG_PP))
		return false;
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind == TOK_LABEL)
			return false;
		nf += ts->items[i].kind == TOK_FIGURE;
	}
	while (p < fig->fig.num_start && w->text[p] == ' ')
		p++;
	return nf == 1 &&
	       (n = db_longest_word_at(w->text, p, fig->fig.num_start, leads, NWORDS(leads), &which)) &&
	       db_measure_words_only(w, p + n, fig->fig.num_start);
}

/* 突破60亿元大关、年均增长9%: the milestone's noun at s, then only measure
 * words up to e? */
bool db_milestone_then_measure(const walk *w, size_t s, size_t e)
{
	size_t n = db_milestone_noun(w->text, s, e);
	return n && db_measure_words_only(w, s + n, e);
}

/* Is the figure at num an item after 、 that follows the figure of a sown
 * area named by label l (粮食播种面积61.35万亩、总产量27.08万吨)?  Then
 * *item is clause c from the item's start, for db_composed_label. */
bool db_sown_area_item(const walk *w, const db_label *l, size_t num, db_clause *item,
		       const db_clause *c)
{
	/* (播面: the area's short form, 粮食播面150万亩) */
	static const char *const areas[] = { "播种面积", "种植面积", "播面" };
	static const char *const outputs[] = { "总产量", "总产", "产量" };
	const char *t = w->text;
	size_t which, dun = rfind_any(t, l->end, num, (const char *const[]){ "、" }, 1, NULL);
	bool area = false;
	for (size_t i = 0; i < NWORDS(areas); i++)
		area |= l->end >= l->start + strlen(areas[i]) &&
			has_word_at(t, l->end, l->end - strlen(areas[i]), areas[i]);
	if (dun == (size_t)-1 || !db_has_digit(t, l->end, dun) || !area ||
	    !db_longest_word_at(t, dun + strlen("、"), num, outputs, NWORDS(outputs), &which))
		return false;
	*item = *c;
	item->start = dun + strlen("、");
	return true;
}
