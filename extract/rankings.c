/* rankings.c - stated ranks (居全省第三位): on the figure they follow, on the
 * records of a list in order, by the words that name the measure (规模、增速
 * 分别居…), or as records of their own when they follow names alone. */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/numfmt.h"
#include "core/units.h"
#include "extract/readers_lex.h"
#include "extract/walk.h"

/* Words in a rank clause that point at the level or the growth record. */
static const char *const rank_level_words[] = { "规模", "总量", "总额", "产量", "产值" };

static const char *const rank_growth_words[] = { "累计增速", "累计增幅", "增速", "增幅", "增长" };

/* The length of the word naming a rate (增速, 累计增幅 …; not the verb 增长)
 * at p, before e, or 0. */
static size_t rate_word_at(const char *t, size_t e, size_t p)
{
	size_t which, l = db_longest_word_at(t, p, e, rank_growth_words, NWORDS(rank_growth_words),
					     &which);
	return l && strcmp(rank_growth_words[which], "增长") ? l : 0;
}

/* Words between a metric's name and 增速 that keep the rank the growth's
 * (地区生产总值全年增速居全市第二, 预计全年增幅列全市前三). */
static const char *const growth_leads[] = { "预计", "全年" };

/* Words between the figure (or clause start) and a rank phrase that still
 * let the rank speak for the figure (规模稳居, 继续保持, 进入). */
static const size_t rank_lead_max = 12; /* bytes: four characters */

/* One item of a rank list (第4、第5、第5位) as a rank figure of its own:
 * the list's scope and words, this position. */
static db_figure nth_rank(const db_figure *list, int position)
{
	db_figure f = *list;
	f.has_value = true;
	f.value = position;
	f.tier[0] = '\0';
	f.rank_masked = false;
	return f;
}

/* Are two ranks' scopes the same place, brackets aside (全市县区 and
 * 全市(县区), said again)? */
static bool same_scope(const char *a, const char *b)
{
	static const char *const brackets[] = { "(", ")", "（", "）" };
	size_t la = strlen(a), lb = strlen(b), i = 0, j = 0, which, l;
	for (;;) {
		while (i < la && (l = db_longest_word_at(a, i, la, brackets, NWORDS(brackets), &which)))
			i += l;
		while (j < lb && (l = db_longest_word_at(b, j, lb, brackets, NWORDS(brackets), &which)))
			j += l;
		if (i == la || j == lb)
			return i == la && j == lb;
		if (a[i++] != b[j++])
			return false;
	}
}

/* Where a bracket of words.json below_asides ((下同), （以下同）) opens in
 * t[s, e), or (size_t)-1; its bytes in *n. */
static size_t below_bracket(const walk *w, size_t s, size_t e, size_t *n)
{
	static const char *const brackets[] = { "（", "(" };
	for (size_t b; (b = find_any(w->text, s, e, brackets, NWORDS(brackets), NULL)) != (size_t)-1;
	     s = b + 1)
		if ((*n = db_below_aside(w, b, e)))
			return b;
	return (size_t)-1;
}

void db_rank_scope_below(const walk *w, db_figure *f)
{
	size_t sl = strlen(f->scope), n, b;
	if (sl < 4 || (f->scope[sl - 1] != ')' && strcmp(f->scope + sl - 3, "）")) ||
	    (b = below_bracket(w, f->start, f->num_start, &n)) == (size_t)-1)
		return;
	if (sl > n + 3 && !memcmp(f->scope + sl - n, w->text + b, n))
		f->scope[sl - n] = '\0';
}

void db_add_rank(walk *w, db_record *r, const db_figure *f)
{
	w->own_rank_end = f->end;
	w->own_rank_sentence = w->sentence;
	w->own_rank_rec = (size_t)(r - w->rs->items) + 1;
	const char *scope_of = f->scope[0] ? f->scope : w->last_scope ? w->last_scope : w->scope_below;
	/* 排名全市第1，连续4个月保持全市第一: the same rank said again is one */
	for (size_t i = 0; scope_of && f->has_value && !f->tier[0] && !f->rank_masked &&
			   i < r->nranks; i++)
		if (r->ranks[i].scope && same_scope(r->ranks[i].scope, scope_of) && !r->ranks[i].tier &&
		    !r->ranks[i].masked && r->ranks[i].position == (int)f->value &&
		    (r->ranks[i].qualifier == DB_QUAL_AT_MOST) == (f->qualifier == DB_QUAL_AT_MOST)) {
			w->last_scope = r->ranks[i].scope;
			return;
		}
	db_rank *nr = db_arena_alloc(&w->rs->arena, (r->nranks + 1) * sizeof(db_rank));
	if (r->nranks)
		memcpy(nr, r->ranks, r->nranks * sizeof(db_rank));
	db_rank *k = &nr[r->nranks];
	const char *scope = f->scope[0] ? db_arena_strdup(&w->rs->arena, f->scope)
			    : w->last_scope ? w->last_scope
					    : w->scope_below;
	size_t n;
	if (f->scope[0] && (db_below_aside(w, f->end, w->len) ||
			    below_bracket(w, f->start, f->num_start, &n) != (size_t)-1))
		w->scope_below = scope;
	k->scope = scope;
	k->masked = f->rank_masked;
	k->tier = f->tier[0] ? db_arena_strdup(&w->rs->arena, f->tier) : NULL;
	k->position = f->has_value && !k->tier && !k->masked ? (int)f->value : 0;
	k->qualifier = f->qualifier == DB_QUAL_AT_MOST ? DB_QUAL_AT_MOST : DB_QUAL_EXACT;
	r->ranks = nr;
	r->nranks++;
	w->last_scope = scope;
}

/* The latest record of this part about the metric of the last record with
 * the given measure, or NULL. */
static db_record *part_record(walk *w, db_measure want)
{
	if (w->rs->len <= w->part_first)
		return NULL;
	const db_record *last = &w->rs->items[w->rs->len - 1];
	db_record *found = NULL;
	/* 增长7.6%，比1-9月(7.3%)加快0.3个百分点，增速居全省第1位: the
	 * figure of the period the clause speaks of (the change's), not the
	 * one it was compared with in brackets */
	bool other_period = false;
	for (size_t i = w->rs->len; i-- > w->part_first;) {
		db_record *r = &w->rs->items[i];
		if (r->metric != last->metric || (r->metric && strcmp(r->metric, last->metric)))
			break;
		if (r->measure == want && last->has_period && r->has_period &&
		    !db_period_eq(&r->period, &last->period))
			other_period = true;
		else if (r->measure == want && other_period && last->has_period && r->has_period)
			return r;
	}
	for (size_t i = w->rs->len; i-- > w->part_first;) {
		db_record *r = &w->rs->items[i];
		if (r->metric != last->metric || (r->metric && strcmp(r->metric, last->metric)))
			break;
		/* 达到547.2亿元，首次突破500亿元，总量…第一: the exact figure,
		 * not the threshold it passed */
		if (r->measure == want && (!found || (found->qualifier == DB_QUAL_AT_LEAST &&
						      r->qualifier == DB_QUAL_EXACT)))
			found = r;
	}
	return found;
}

/* A word of rank_level_words in t[s, e) that is not the end of a label
 * (进出口总额增长17.7%、增速居…: 总额 names the metric, not its level)? */
static bool level_word(const walk *w, size_t s, size_t e)
{
	size_t which;
	for (size_t p; (p = find_any(w->text, s, e, rank_level_words, NWORDS(rank_level_words),
				     &which)) != (size_t)-1;
	     s = p + 1) {
		size_t end = p + strlen(rank_level_words[which]);
		bool in_label = false;
		for (size_t i = db_label_at(w->labels, p >= 60 ? p - 60 : 0);
		     i < w->labels->len && w->labels->items[i].start < end && !in_label; i++)
			in_label = w->labels->items[i].end >= end;
		if (!in_label)
			return true;
	}
	return false;
}

/* A rank-only record of measure want beside the record at i: its metric,
 * period and status, no figure. */
static db_record *rank_only_of(walk *w, const db_clause *c, size_t i, db_measure want)
{
	db_record *r = db_records_add(w->rs);
	const db_record *of = &w->rs->items[i]; /* (after the add: it may move) */
	r->entity = of->entity;
	r->level = of->level;
	r->metric = of->metric;
	r->label = of->label;
	r->measure = want;
	r->basis = want == DB_MEASURE_LEVEL ? NULL : "yoy";
	r->has_value = false;
	r->has_period = of->has_period;
	r->period = of->period;
	r->status = of->status;
	db_source_clause(w, r, c, c->start);
	return r;
}

/* A rank of a measure of the metric just read (the last record, keyed, of
 * this part) that has no figure of that measure: a rank-only record of it
 * beside the last, or NULL. A growth beside a level not ranked yet (…零售
 * 总额完成7.3亿元，增速居全盟第三位); a level beside a growth, ranked
 * (…增长6%，增速排名全市第三，总量排名全市第四) or not (…增长7.2%，总量居
 * 全省第5位); a level beside an addition (新增…56家，总量居全市第三). */
static db_record *rank_only_beside(walk *w, const db_clause *c, db_measure want)
{
	if (w->rs->len <= w->part_first)
		return NULL;
	db_record last = w->rs->items[w->rs->len - 1];
	bool level = want == DB_MEASURE_LEVEL;
	/* (新增科技型中小企业32家，总量居全市第二: the stock the addition
	 * went to, ranked, with no figure) */
	if (!last.metric || (last.measure != (level ? DB_MEASURE_GROWTH : DB_MEASURE_LEVEL) &&
			     !(level && last.measure == DB_MEASURE_ADDED)))
		return NULL;
	return rank_only_of(w, c, w->rs->len - 1, want);
}

/* 新增A N家、B N家、C N家，总数均居全国第一方阵: after a part whose records
 * are all additions (two or more), 总数 or 总量 before 均 ranks the stocks
 * they went to, each a rank-only level beside its addition. */
static bool rank_added_totals(walk *w, const db_clause *c, const db_figure *f, size_t all)
{
	size_t from = w->part_first, to = w->rs->len;
	if (to < from + 2 ||
	    !contains_any(w->text, c->start, all, (const char *const[]){ "总数", "总量" }, 2))
		return false;
	for (size_t i = from; i < to; i++)
		if (!w->rs->items[i].metric || w->rs->items[i].measure != DB_MEASURE_ADDED)
			return false;
	for (size_t i = from; i < to; i++)
		db_add_rank(w, rank_only_of(w, c, i, DB_MEASURE_LEVEL), f);
	return true;
}

/* 农林牧渔业总产值8737万元，增长1.4%。产值总量位于全盟第一位，产值增速位于
 * 全盟第六位: a sentence that opens with the word of a measure (总量, 增速),
 * maybe after the tail of the last label (产值), ranks that measure's
 * figure of the metric the sentence before ended with. */
static db_record *sentence_before_target(walk *w, const db_clause *c, size_t rank_start)
{
	/* (…总量居全省第14位；增速排位第2: a part of the same sentence that
	 * opens with the word likewise ranks the figure of the part before) */
	bool part_before = c->start == w->part_start && w->part_start > w->sentence_start;
	if (!w->rs->len || (w->sentence_start < 3 && !part_before))
		return NULL;
	db_record *last = &w->rs->items[w->rs->len - 1];
	if (!last->metric || !last->label ||
	    (last->source.offset >= w->sentence_start && !part_before))
		return NULL;
	size_t p = c->start, which, l;
	size_t ll = strlen(last->label);
	for (size_t k = 3; k <= 6 && k < ll; k += 3) /* 产值 of 农林牧渔业总产值 */
		if (p + k <= rank_start && !memcmp(w->text + p, last->label + ll - k, k) &&
		    (db_longest_word_at(w->text, p + k, rank_start, rank_level_words,
					NWORDS(rank_level_words), &which) ||
		     db_longest_word_at(w->text, p + k, rank_start, rank_growth_words,
					NWORDS(rank_growth_words), &which)))
			p += k;
	db_measure want;
	if ((l = db_longest_word_at(w->text, p, rank_start, rank_level_words,
				    NWORDS(rank_level_words), &which)))
		want = DB_MEASURE_LEVEL;
	else if ((l = rate_word_at(w->text, rank_start, p)))
		want = DB_MEASURE_GROWTH;
	else
		return NULL;
	if (rank_start > p + l + rank_lead_max)
		return NULL;
	/* the sentence before: from its full stop on (this sentence, for a
	 * part) */
	size_t from = w->sentence_start;
	if (!part_before) {
		from = rfind_any(w->text, w->sentence_start >= 600 ? w->sentence_start - 600 : 0,
				 w->sentence_start - 3, (const char *const[]){ "。" }, 1, NULL);
		from = from == (size_t)-1 ? 0 : from + 3;
	}
	for (size_t i = w->rs->len; i-- > 0;) {
		db_record *r = &w->rs->items[i];
		if (r->source.offset < from || !r->metric || strcmp(r->metric, last->metric))
			break;
		if (r->measure == want)
			return r;
	}
	return NULL;
}

/* A rank-only growth r whose rank clause names its own period right before
 * the rate word (…完成N亿元，一季度增速排名全市第一): that period's, not the
 * figure's it stands beside. (The clause may start after that period: the
 * words after a rank before start it.) */
static db_record *rate_dated(walk *w, const db_clause *c, size_t rank_start, db_record *r)
{
	db_period_match m;
	size_t p = c->start;
	for (int k = 0; k < 6 && p > w->part_start; k++)
		p = lx_prev(w->text, p);
	for (; r && p < rank_start &&
	       db_period_next(w->text, rank_start, p, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &m);
	     p = m.end)
		if (m.end >= c->start && m.has_period && !m.plan &&
		    rate_word_at(w->text, rank_start, m.end)) {
			r->period = m.period;
			r->has_period = true;
			break;
		}
	return r;
}

/* The record of this part a rank belongs to: the growth or level record of
 * the last label when the rank clause says 增速 or 规模, else the last level,
 * growth or added record, else a gap right before it (never a change). */
/* …收入19017元，增长3.9%。…收入比全市低2568元（全市为…），比全省低5121元
 * （…），在全市排第6位: a part that made no record but kept aside amounts of
 * its label after it (gaps in the level's unit to other places) ranks the
 * level of that label's metric the records just before it end with. */
static db_record *aside_level_target(walk *w)
{
	const db_label *l = w->label;
	if (w->foreign || !l || l->metric == (size_t)-1 || l->start < w->part_start ||
	    !w->aside.len)
		return NULL;
	const db_aside_fig *a = &w->aside.items[w->aside.len - 1];
	if (w->aside_num == (size_t)-1 || w->aside_num < l->end || a->measure != DB_MEASURE_LEVEL ||
	    !a->unit)
		return NULL;
	const char *id = metric_of(w, l)->id;
	for (size_t i = w->part_first; i-- > 0;) {
		db_record *r = &w->rs->items[i];
		if (!r->metric || strcmp(r->metric, id))
			return NULL;
		if (r->measure == DB_MEASURE_LEVEL)
			return r->unit && !strcmp(r->unit, a->unit) ? r : NULL;
	}
	return NULL;
}

/* Do the records of this part from its first on all give gaps of the
 * metric of the last (比全市低1.5个百分点，比全省低1.7个百分点)? */
static bool part_all_gaps(const walk *w, const db_record *last)
{
	for (size_t i = w->part_first; i < w->rs->len; i++) {
		const db_record *r = &w->rs->items[i];
		if (r->measure != DB_MEASURE_GAP_PP || !r->metric || strcmp(r->metric, last->metric))
			return false;
	}
	return true;
}

db_record *db_rank_target(walk *w, const db_clause *c, size_t rank_start)
{
	if (w->rs->len <= w->part_first)
		return aside_level_target(w);
	if (level_word(w, c->start, rank_start)) {
		db_record *l = part_record(w, DB_MEASURE_LEVEL);
		return l ? l : rank_only_beside(w, c, DB_MEASURE_LEVEL);
	}
	if (contains_any(w->text, c->start, rank_start, rank_growth_words,
			 NWORDS(rank_growth_words))) {
		db_record *g = part_record(w, DB_MEASURE_GROWTH);
		/* (…增长5.2%，8月当月增长6.1%，…，累计增幅…居全省第五: 累计 ranks
		 * the growth of the span, not the single month's after it) */
		if (g && g->has_period && g->period.start_year == g->period.end_year &&
		    g->period.start_month == g->period.end_month &&
		    contains_any(w->text, c->start, rank_start, (const char *const[]){ "累计" }, 1))
			for (size_t i = (size_t)(g - w->rs->items); i-- > w->part_first;) {
				db_record *r = &w->rs->items[i];
				if (r->measure == DB_MEASURE_GROWTH && r->has_period && r->metric &&
				    g->metric && !strcmp(r->metric, g->metric) &&
				    r->period.end_year == g->period.end_year &&
				    r->period.end_month == g->period.end_month &&
				    r->period.start_month < g->period.start_month)
					return r;
			}
		return g ? g : rate_dated(w, c, rank_start, rank_only_beside(w, c, DB_MEASURE_GROWTH));
	}
	const db_record *last = &w->rs->items[w->rs->len - 1];
	for (size_t i = w->rs->len; i-- > w->part_first;) {
		db_record *r = &w->rs->items[i];
		if (r->metric != last->metric || (r->metric && strcmp(r->metric, last->metric)))
			break;
		if (r->measure == DB_MEASURE_LEVEL || r->measure == DB_MEASURE_GROWTH ||
		    r->measure == DB_MEASURE_ADDED)
			return r;
	}
	/* …增长7.5%。累计增速高于全国3.6个百分点，居全国第5位: a sentence
	 * (or a part after ；) that opens with the rate's word alone and
	 * gives only gaps speaks of the rate the sentence before gave, of the
	 * gaps' metric and period; the rank is that growth's */
	size_t s0 = w->sentence_start, p0 = w->part_start;
	while (s0 < rank_start && (w->text[s0] == ' ' || w->text[s0] == '\n'))
		s0++;
	while (p0 < rank_start && (w->text[p0] == ' ' || w->text[p0] == '\n'))
		p0++;
	if (last->measure == DB_MEASURE_GAP_PP && last->metric && part_all_gaps(w, last) &&
	    (rate_word_at(w->text, rank_start, s0) || rate_word_at(w->text, rank_start, p0)))
		for (size_t i = w->part_first; i-- > 0;) {
			db_record *r = &w->rs->items[i];
			if (!r->metric || strcmp(r->metric, last->metric) ||
			    db_period_cmp(&r->period, &last->period))
				break;
			if (r->measure == DB_MEASURE_GROWTH)
				return r;
		}
	/* …增速高于全国1.6个百分点，居全国第2位 (no figure of the growth):
	 * the figure right before, whose order is the growth's */
	if (last->measure == DB_MEASURE_GAP_PP && last->metric)
		return &w->rs->items[w->rs->len - 1];
	return NULL;
}

/* The positions 第4位和第3位 / 第4、第5、第5位 from pos on: up to max of
 * them into pos_out; returns the count, or 0 when a 第 has no number. */
static size_t rank_positions(const walk *w, const db_clause *c, size_t p, int *pos_out,
			     size_t max)
{
	size_t n = 0;
	while (p < c->end && n < max) {
		size_t k = find_any(w->text, p, c->end, (const char *const[]){ "第" }, 1, NULL);
		int v;
		size_t m;
		if (k == (size_t)-1)
			break;
		m = lx_small_int(w->text, c->end, k + 3, &v);
		if (!m)
			return 0;
		pos_out[n++] = v;
		p = k + 3 + m;
		/* 第4、3位: the later numbers without their 第 */
		for (;;) {
			static const char *const seps[] = { "、", "和", "及", "," };
			size_t q = p, s = 0;
			if (has_word_at(w->text, c->end, q, "位"))
				q += 3;
			if (find_any(w->text, q, q + 3 <= c->end ? q + 3 : c->end, seps, NWORDS(seps), &s) !=
			    q)
				break;
			q += strlen(seps[s]);
			if (n >= max || !(m = lx_small_int(w->text, c->end, q, &v)))
				break;
			pos_out[n++] = v;
			p = q + m;
		}
	}
	return n;
}

/* 规模、增速分别位居全省第4位和第3位: one rank for the level, one for the
 * growth, in the order the words come. Returns true when it placed them. */
bool db_ranks_by_measure(walk *w, const db_clause *c, const db_figure *first)
{
	size_t which = 0;
	size_t at = find_any(w->text, c->start, first->end, (const char *const[]){ "分别", "均" },
			     2, &which);
	bool each = which == 1; /* 规模和增速均居全市第一: one rank for both */
	db_measure want[4];
	int pos[4];
	size_t nw = 0;

	if (at == (size_t)-1)
		return false;
	/* (生产总值总量、税收总量均居…: the measure words end names of two
	 * metrics, a list of names for the rank, no measures of one figure) */
	size_t names = 0;
	for (size_t i = 0; i < w->npending; i++) {
		bool again = false;
		for (size_t k = 0; k < i; k++)
			again |= w->pending[k]->metric == w->pending[i]->metric;
		names += !again && w->pending[i]->start >= c->start && w->pending[i]->end <= at;
	}
	if (names > 1)
		return false;
	for (size_t p = c->start; p < at && nw < 4;) {
		size_t k = find_any(w->text, p, at, rank_level_words, NWORDS(rank_level_words), &which);
		size_t g = find_any(w->text, p, at, rank_growth_words, NWORDS(rank_growth_words), NULL);
		if (k == (size_t)-1 && g == (size_t)-1)
			break;
		if (k != (size_t)-1 && (g == (size_t)-1 || k < g)) {
			want[nw++] = DB_MEASURE_LEVEL;
			p = k + strlen(rank_level_words[which]);
		} else {
			find_any(w->text, g, at, rank_growth_words, NWORDS(rank_growth_words), &which);
			want[nw++] = DB_MEASURE_GROWTH;
			p = g + strlen(rank_growth_words[which]);
		}
	}
	size_t np = rank_positions(w, c, first->start, pos, 4);
	bool tier = !first->has_value; /* 均居第一方阵 */
	if (nw < 2 || (each ? !(np == 1 || tier) : np != nw))
		return false;
	for (size_t i = 0; i < nw; i++) {
		db_record *r = part_record(w, want[i]);
		if (!r)
			return false;
	}
	for (size_t i = 0; i < nw; i++) {
		db_figure f = each && tier ? *first : nth_rank(first, pos[each ? 0 : i]);
		db_add_rank(w, part_record(w, want[i]), &f);
	}
	return true;
}

static void rank_records(walk *w, const db_clause *c, const db_figure *f, db_measure measure,
			 const db_measure *each);

/* 在2022年全省营商环境评价中，某区位列城区组第17名: the frame's place
 * holds the group (全省城区组), or stands alone when the rank names none
 * (在2022年度全省营商环境评价中，某县综合排名第18位; …综合得分82.3分，排名第5):
 * l is the frame's label, before the rank's clause c. */
static void frame_place(const walk *w, const db_clause *c, const db_label *l, db_figure *g)
{
	static const char *const frame_places[] = { "全省", "全市", "全国" };
	size_t at, which;
	if (l->end < c->start && strncmp(g->scope, "全", strlen("全")) &&
	    (g->scope[0] || (!w->last_scope && !w->scope_below)) &&
	    (at = rfind_any(w->text, l->start >= 36 ? l->start - 36 : 0, l->start, frame_places,
			    NWORDS(frame_places), &which)) != (size_t)-1 &&
	    strlen(frame_places[which]) + strlen(g->scope) < sizeof g->scope) {
		memmove(g->scope + strlen(frame_places[which]), g->scope, strlen(g->scope) + 1);
		memcpy(g->scope, frame_places[which], strlen(frame_places[which]));
	}
}


/* The rank-only records of the names pending before rank f, of measure
 * (or each[i] for the i-th name when each is given). */
static void rank_records(walk *w, const db_clause *c, const db_figure *f, db_measure measure,
			 const db_measure *each)
{
	size_t names = 0, nth = 0;
	/* 在…营商环境评价中，我县地区生产总值增速排名全省第一: names in the
	 * rank's own clause rank, not the frame's */
	bool own = false;
	for (size_t i = 0; i < w->npending; i++)
		own |= w->pending[i]->end >= c->start;
	/* (在…营商环境评价中，我市营商环境排名…: the frame's name left out,
	 * its own clause's name of the same metric is no name said twice) */
	for (size_t i = 0; i < w->npending; i++) {
		bool again = own && w->pending[i]->end < c->start;
		for (size_t k = 0; k < i; k++)
			again |= w->pending[k]->metric == w->pending[i]->metric &&
				 !(own && w->pending[k]->end < c->start);
		names += !again;
	}
	/* 固定资产投资增速、社会消费品零售总额增速分别居全省第3位、第8位:
	 * one position per name, in order */
	int pos[16];
	size_t np = names > 1 && f->has_value && !f->tier[0] &&
			    find_any(w->text, w->pending[0]->end, f->start, (const char *const[]){ "分别" },
				     1, NULL) != (size_t)-1
		    ? rank_positions(w, c, f->start, pos, 16)
		    : 0;
	for (size_t i = 0; i < w->npending; i++) {
		const db_label *l = w->pending[i];
		const db_metric *m = metric_of(w, l);
		bool again = own && l->end < c->start; /* (a name said twice gets one record) */
		for (size_t k = 0; k < i; k++)
			again |= w->pending[k]->metric == l->metric &&
				 !(own && w->pending[k]->end < c->start);
		if (again)
			continue;
		db_record *r = db_records_add(w->rs);
		db_period p;
		r->entity = w->entity;
		r->level = w->level;
		r->metric = m->id;
		r->label = db_label_text(&w->texts, w->text, l->start, l->end);
		db_measure mi = each ? each[i] : measure;
		r->measure = mi;
		r->basis = mi == DB_MEASURE_GROWTH ? "yoy" : NULL;
		r->has_value = false;
		r->has_period = db_period_for(w, m, mi, &p);
		/* 五年来…经济总量稳居全省第三: a level ranked over years that
		 * ended before the report (a review's, a plan's) is their last
		 * year's, as its figure would be; not a sum (累计…总量) */
		if (r->has_period && mi == DB_MEASURE_LEVEL && p.start_year < p.end_year &&
		    p.start_month == 1 && p.end_month == 12 &&
		    w->rs->doc.date.year > p.end_year &&
		    !contains_any(w->text, w->sentence_start, f->start,
				  (const char *const[]){ "累计", "合计", "总计" }, 3))
			p = db_period_year(p.end_year);
		r->status = db_status_before(w, f->start);
		/* 增速连续两年保持全省第1位 with no period read: a streak of
		 * years that names none ends in the last year done by the date */
		if (!r->has_period && r->status == DB_STATUS_ACTUAL && w->rs->doc.date.year > 1 &&
		    db_years_streak(w->text, c->start, f->end)) {
			p = db_period_year(w->rs->doc.date.year - 1);
			r->has_period = true;
		}
		if (r->has_period)
			r->period = p;
		db_source_clause(w, r, c, f->start);
		/* 在2022年全省营商环境评价中，某区位列城区组第17名: the frame's
		 * place holds the group (全省城区组) */
		db_figure g = np == names ? nth_rank(f, pos[nth]) : *f;
		w->ranks_spread |= np == names;
		nth++;
		frame_place(w, c, l, &g);
		db_add_rank(w, r, &g);
	}
}

static const char *const indicator_nouns[] = { "主要经济指标", "主要指标", "经济指标", "指标" };

/* …收入3项指标增速全市第一: a count of the names listed (等3项指标, 两个指标,
 * 等多项指标, 等16项) or 等 alone (…、固定资产投资等指标增速居…) between the names and
 * their rank; where it ends, or p. */
static size_t indicator_count_end(const char *t, size_t e, size_t p)
{
	size_t q = p, n;
	bool etc = has_word_at(t, e, q, "等");
	if (etc)
		q += 3;
	size_t digits = q;
	while (q < e && ((t[q] >= '0' && t[q] <= '9') || lx_cn_digit(lx_cp(t, e, q, &n)) >= 0))
		q += (t[q] >= '0' && t[q] <= '9') ? 1 : n;
	if (q == digits && has_word_at(t, e, q, "多"))
		q += 3;
	bool items = q > digits && has_word_at(t, e, q, "项");
	if (q > digits && (items || has_word_at(t, e, q, "个")))
		q += 3;
	else if (q > digits || !etc)
		return p;
	size_t which, l = db_longest_word_at(t, q, e, indicator_nouns, NWORDS(indicator_nouns), &which);
	if (l)
		return q + l;
	/* (等9项增速位列全市前三: 等 and a count in 项 name indicators
	 * without the noun) */
	return etc && items ? q : p;
}

/* 房地产开发投资、工业技改投资增速全市排名第4: names of the list that the
 * catalog does not know, after the last one it knows (at p, before the
 * rank at e): where they end (their figures get no record). */
static size_t unnamed_items(const walk *w, size_t p, size_t e)
{
	static const char *const seps[] = { "、", "和", "及" };
	size_t which;
	while (p < e && db_longest_word_at(w->text, p, e, seps, NWORDS(seps), &which)) {
		size_t q = p + strlen(seps[which]), chars = 0;
		for (;;) {
			/* (8000万元以上项目投资: a threshold inside the name) */
			size_t d = q;
			while (d < e && ((w->text[d] >= '0' && w->text[d] <= '9') || w->text[d] == '.'))
				d++;
			if (d > q && !has_word_at(w->text, e, d, "项") && !has_word_at(w->text, e, d, "个"))
				q = d;
			if (!(q + 3 <= e && chars < 10 && cjk_at(w->text, q) &&
			      !word_at(w->text, e, q,
				       &(const db_wordlist){ rank_growth_words, NWORDS(rank_growth_words),
							     { 0 } })))
				break;
			q += 3, chars++;
		}
		if (!chars || chars == 10)
			break;
		p = q;
	}
	return p;
}

/* Are the names ending at p and starting at q joined as one list: nothing
 * between them but a joining word, after a growth word (A和B, A增速、B)? */
static bool joined_names(const char *t, size_t p, size_t q)
{
	static const char *const joins[] = { "、", "和", "及", "与", "，" };
	size_t which;
	p += rate_word_at(t, q, p);
	size_t l = db_longest_word_at(t, p, q, joins, NWORDS(joins), &which);
	return l && p + l == q;
}

void db_rank_only(walk *w, const db_clause *c, const db_figure *f)
{
	const db_label *last = w->pending[w->npending - 1];
	db_measure measure = DB_MEASURE_LEVEL;
	/* 外贸进出口增速和合同履约进度均列全省第三: the names the catalog lacks
	 * after the last one's rate word; that name ranks by its rate */
	size_t rate_len = rate_word_at(w->text, f->start, last->end);
	size_t after = rate_len ? unnamed_items(w, last->end + rate_len, f->start) : last->end;
	bool last_rate = rate_len && after > last->end + rate_len;
	size_t gap = indicator_count_end(w->text, f->start,
					 last_rate ? after : unnamed_items(w, last->end, f->start));
	if (last->end < c->start) { /* (the names of a frame clause before: 在…评价中，) */
		gap = c->start;
		while (gap < f->start && (w->text[gap] == ' ' || w->text[gap] == '\n'))
			gap++;
		gap += db_self_name_len(w, gap, f->start); /* (…结果公布，汉川市位列…) */
	}

	/* the rank must follow the names closely (…投资总额位列全市第一位,
	 * …增加值增速居全省第3位); 重点项目“四率”完成情况位列… ranks
	 * something else; the year or an estimate between the names and 增速
	 * leaves it the growth's (…全年增速居全市第二, …预计全年增幅列…) */
	size_t growth_at = gap, which, n;
	while ((n = db_longest_word_at(w->text, growth_at, f->start, growth_leads,
				       NWORDS(growth_leads), &which)))
		growth_at += n;
	for (size_t k = 0; k < NWORDS(rank_growth_words); k++)
		if (has_word_at(w->text, w->len, growth_at, rank_growth_words[k])) {
			gap = growth_at + strlen(rank_growth_words[k]);
			measure = DB_MEASURE_GROWTH;
			break;
		}
	/* (…和社会消费品零售总额增幅，均居…: the names' clause before ends
	 * with the growth word) */
	if (last->end < c->start && rate_word_at(w->text, c->start, last->end))
		measure = DB_MEASURE_GROWTH;
	/* (营商环境综合得分位列全省第一: the evaluation's score ranks it) */
	static const char *const scores[] = { "综合得分", "综合评分", "总得分", "得分" };
	const db_metric *m = last->metric != (size_t)-1 ? metric_of(w, last) : NULL;
	/* (营商环境第三方评估居全省第二: the kind of assessment after the name
	 * of an evaluation is part of it; words.json evaluation_tails) */
	if (measure == DB_MEASURE_LEVEL && m && strstr(m->name, "评价") &&
	    db_words_find(w->text, gap, f->start, WL(w, DB_W_EVALUATION_TAILS), &which) == gap)
		gap += strlen(WL(w, DB_W_EVALUATION_TAILS)->items[which]);
	if (measure == DB_MEASURE_LEVEL)
		gap += db_longest_word_at(w->text, gap, f->start, scores, NWORDS(scores), &which);
	/* (省重点项目综合考评全省第三: an assessment of the thing named ranks
	 * it, not a figure of the metric, unless the metric is an evaluation) */
	static const char *const assessments[] = { "考评", "考核", "测评", "评比" };
	bool assessed = m && !strstr(m->name, "评价") && !strstr(m->name, "考核") &&
			contains_any(w->text, gap, f->start, assessments, NWORDS(assessments));
	/* (绿电装机和发电量占比均居全区第一: the share ranks, not the amount) */
	bool share = measure == DB_MEASURE_LEVEL && has_word_at(w->text, f->start, gap, "占比");
	if (w->foreign || assessed || share || f->start > gap + rank_lead_max) {
		w->npending = 0;
		return;
	}
	/* 地区生产总值2640.5亿元，增长7%，经济总量稳居全省第三: a name of the
	 * metric's total (经济总量, GDP总量) opening its clause right after a
	 * level of that metric in the same sentence ranks that level, not a
	 * figure of its own */
	if (w->npending == 1 && measure == DB_MEASURE_LEVEL && m && last->start == c->start &&
	    last->end >= 6 && !memcmp(w->text + last->end - 6, "总量", 6)) {
		for (size_t i = w->rs->len; i-- > w->part_first;) {
			db_record *r = &w->rs->items[i];
			if (r->source.offset < w->sentence_start || !r->metric ||
			    strcmp(r->metric, m->id))
				break;
			if (r->measure == DB_MEASURE_LEVEL && r->has_value && !r->nranks) {
				db_add_rank(w, r, f);
				w->npending = 0;
				return;
			}
		}
	}
	/* 在全国各城市中GDP总量排名第56位: the frame right before the names
	 * is the rank's scope */
	db_figure framed = *f;
	size_t first = w->pending[0]->start;
	for (size_t p = first >= 48 ? first - 48 : 0; !framed.scope[0] && p + 3 < first; p++)
		if (has_word_at(w->text, first, p, "在"))
			db_frame_scope(w->text, w->len, p, first, framed.scope, sizeof framed.scope);
	f = &framed;
	/* 一般公共预算收入和税收增速、税收比重居全县第1位: with no growth word
	 * after the last name, a name with one right after it is a rate, and
	 * so are the names joined to it before (A和B增速: both); the others
	 * keep the level */
	db_measure each[NWORDS(w->pending)];
	bool mixed = false;
	/* 生产总值总量、税收总量和社零增幅均居全省第三: with a growth word
	 * after the last name, a name that says 总量 or 规模 of itself is a
	 * level */
	if (measure == DB_MEASURE_GROWTH) {
		static const char *const sizes[] = { "总量", "规模" };
		for (size_t i = 0; i < w->npending; i++) {
			const db_label *l = w->pending[i];
			size_t e = i + 1 < w->npending ? w->pending[i + 1]->start : l->end;
			bool size = l->end >= l->start + 6 &&
				    ends_with_any(w->text, l->start, l->end, sizes, NWORDS(sizes));
			size |= i + 1 < w->npending &&
				db_longest_word_at(w->text, l->end, e, sizes, NWORDS(sizes), &which);
			each[i] = size && i + 1 < w->npending ? DB_MEASURE_LEVEL : DB_MEASURE_GROWTH;
			mixed |= each[i] == DB_MEASURE_LEVEL;
		}
	}
	if (measure == DB_MEASURE_LEVEL) {
		db_measure next = last_rate ? DB_MEASURE_GROWTH : DB_MEASURE_LEVEL;
		mixed = last_rate;
		for (size_t i = w->npending; i-- > 0;) {
			const db_label *l = w->pending[i];
			if (i + 1 < w->npending && !joined_names(w->text, l->end, w->pending[i + 1]->start))
				next = DB_MEASURE_LEVEL; /* (the list breaks: no rate carried back) */
			if (i + 1 < w->npending && rate_word_at(w->text, w->pending[i + 1]->start, l->end)) {
				next = DB_MEASURE_GROWTH;
				mixed = true;
			}
			each[i] = next;
		}
	}
	/* 2021年和2022年上半年营商环境评价均居全省第二: one rank for each period */
	bool both = w->has_also && contains_any(w->text, last->end, f->end,
						(const char *const[]){ "均" }, 1);
	db_period carried = w->per.period;
	size_t carried_pos = w->per.pos;
	/* 排名由“十二五”末第21位上升到第17位: the time moved from dates no
	 * rank reached; the period before 由 does */
	if (w->per.from && w->per.pos > last->end && w->per.pos < f->end && w->pre_from.start_year) {
		carried = w->pre_from;
		carried_pos = w->pre_from_pos;
		/* (“十三五”时期…: a rank reached at the span's end) */
		if (carried.start_year < carried.end_year)
			carried = db_period_year(carried.end_year);
	}
	for (int k = both ? 0 : 1; k < 2; k++) {
		w->per.period = k == 0 ? w->also_period : carried;
		w->per.pos = k == 0 ? w->also_pos : carried_pos;
		rank_records(w, c, f, measure, mixed ? each : NULL);
	}
	w->npending = 0;
}

/* The level of record g's metric read before it in the sentence, or NULL. */
static db_record *level_before(walk *w, const db_record *g)
{
	for (size_t k = (size_t)(g - w->rs->items); k-- > w->part_first;) {
		db_record *r = &w->rs->items[k];
		if (r->source.offset < w->sentence_start)
			break;
		if (r->metric && !strcmp(r->metric, g->metric) && r->measure == DB_MEASURE_LEVEL)
			return r;
	}
	return NULL;
}

/* The record the i-th position of a rank after a distributive list
 * ranks: the list's i-th, but when a word of the level comes before the
 * positions and the list holds rates (…分别达到31200元、14500元，增长5.2%、
 * 6.3%，总量全市第三、第五), the level of its metric read before in the
 * sentence, where every metric of the list has one. */
db_record *db_group_ranked(walk *w, const db_clause *c, size_t from, size_t i)
{
	db_record *g = &w->rs->items[w->group_first + i];
	if (find_any(w->text, c->start, from, rank_level_words, NWORDS(rank_level_words), NULL) ==
	    (size_t)-1)
		return g;
	for (size_t k = 0; k < w->group_len; k++) {
		const db_record *r = &w->rs->items[w->group_first + k];
		if (r->measure == DB_MEASURE_LEVEL || !r->metric || !level_before(w, r))
			return g;
	}
	return level_before(w, g);
}

/* 居全省第4、第5、第5位 after a distributive list: one position per
 * record, in order, the scope of the first; 均居全省第一: the one position
 * for every record. Returns true when the count of positions matches the
 * group. */
bool db_rank_list(walk *w, const db_clause *c, const db_figure *first, size_t from)
{
	int pos[16];
	size_t n = rank_positions(w, c, from, pos, 16);
	/* …分别增长6.2%和13.8%，增速均排在全市第一: one rank for each */
	size_t lead = from >= c->start + 6 ? from - 6 : c->start;
	if (n == 1 && w->group_len > 1 &&
	    contains_any(w->text, lead, first->end, (const char *const[]){ "均" }, 1)) {
		for (size_t i = 0; i < w->group_len; i++)
			db_add_rank(w, &w->rs->items[w->group_first + i], first);
		return true;
	}
	if (!n || n != w->group_len)
		return false;
	for (size_t i = 0; i < n; i++) {
		db_figure f = nth_rank(first, pos[i]);
		db_add_rank(w, db_group_ranked(w, c, from, i), &f);
	}
	return true;
}

static bool ranked_measure(db_measure m)
{
	return m == DB_MEASURE_GROWTH || m == DB_MEASURE_LEVEL || m == DB_MEASURE_SHARE ||
	       m == DB_MEASURE_ADDED;
}

/* The latest records of the sentence with the given measure, one per
 * metric, up to n (at most 8), the latest first; how many. */
static size_t latest_of_measure(walk *w, db_measure want, size_t n, db_record **picked)
{
	size_t k = 0;
	for (size_t i = w->rs->len; i-- > 0 && k < n && k < 8;) {
		db_record *r = &w->rs->items[i];
		if (r->source.offset < w->sentence_start)
			break;
		bool seen = false;
		for (size_t j = 0; j < k; j++)
			seen |= r->metric && !strcmp(picked[j]->metric, r->metric);
		if (r->metric && r->measure == want && !seen)
			picked[k++] = r;
	}
	return k;
}

/* Where the figure raw stands, read from the start of its clause at off
 * (the items of a 分别 list share their clause). */
static size_t figure_at(const walk *w, size_t off, const char *raw)
{
	size_t span = w->len - off < 600 ? w->len - off : 600;
	const char *p = raw ? memmem(w->text + off, span, raw, strlen(raw)) : NULL;
	return p ? (size_t)(p - w->text) : off;
}

/* A城镇…6万元，农村…3万元，分别居全省第五和第二: the sentence's records
 * are exactly n, of n metrics, of one ranked measure; or fewer, with the
 * figures of that measure left unkeyed in the part (社会消费品零售总额和
 * 限上社零额分别增长a%、b%，分别居全省第c和第d位: the second is a part)
 * filling the count. slot[i] is the record the i-th position ranks, in
 * the text's order, or (size_t)-1 for an unkeyed figure's. Returns
 * whether they make the count. */
static bool sentence_one_each(walk *w, size_t n, size_t *slot)
{
	size_t from = w->rs->len;
	while (from > w->part_first && w->rs->items[from - 1].source.offset >= w->sentence_start)
		from--;
	size_t k = w->rs->len - from;
	if (!k || k > n)
		return false;
	for (size_t i = from; i < w->rs->len; i++) {
		const db_record *r = &w->rs->items[i];
		if (!r->metric || r->measure != w->rs->items[from].measure || !ranked_measure(r->measure))
			return false;
		for (size_t j = from; j < i; j++)
			if (!strcmp(w->rs->items[j].metric, r->metric))
				return false;
	}
	size_t a = w->aside.len, low = w->sentence_start > w->part_start ? w->sentence_start
									 : w->part_start;
	while (a > 0 && w->aside.items[a - 1].offset >= low)
		a--;
	size_t na = 0;
	for (size_t j = a; j < w->aside.len; j++)
		na += w->aside.items[j].measure == w->rs->items[from].measure;
	if (k + na != n)
		return false;
	for (size_t i = 0, r = from, j = a; i < n; i++) {
		while (j < w->aside.len && w->aside.items[j].measure != w->rs->items[from].measure)
			j++;
		if (r < w->rs->len &&
		    (j == w->aside.len ||
		     figure_at(w, w->rs->items[r].source.offset, w->rs->items[r].raw) <
			     figure_at(w, w->aside.items[j].offset, w->aside.items[j].raw)))
			slot[i] = r++;
		else
			slot[i] = (size_t)-1, j++;
	}
	return true;
}

/* 186.3亿元，增长5.2%，分居全省第4、第3位: a clause that opens with 分居
 * (分别居, 分列, 分别在…居…) ranks the figures of the metric just read, in
 * order, one position each, or else the sentence's figures when they are
 * one of each metric. Returns true when the counts match and it placed
 * them. */
bool db_ranks_in_order(walk *w, const db_clause *c, const db_figure *first)
{
	static const char *const leads[] = { "分居", "分列", "分别居", "分别位居", "分别位列",
					     "分别列", "分别排", "分别排名", "分别排在", "分别在" };
	size_t which, p = c->start;
	while (p < c->end && (w->text[p] == ' ' || w->text[p] == '\n'))
		p++;
	if (w->rs->len <= w->part_first)
		return false;
	/* …收入增长4.8%，…收入增长7.1%，增速分别排全市第5位和第2位: a
	 * measure word before the lead ranks that measure of as many metrics
	 * of the sentence, the latest, in order */
	static const char *const measures[] = { "增速", "增幅", "总量", "规模" };
	size_t ml = db_longest_word_at(w->text, p, c->end, measures, NWORDS(measures), &which);
	db_measure want = ml && which < 2 ? DB_MEASURE_GROWTH : DB_MEASURE_LEVEL;
	if (ml && db_longest_word_at(w->text, p + ml, c->end, leads, NWORDS(leads), &which)) {
		int at[8];
		size_t na = rank_positions(w, c, first->start, at, 8), k;
		db_record *picked[8];
		k = latest_of_measure(w, want, na, picked);
		if (na < 2 || k != na)
			return false;
		for (size_t j = 0; j < k; j++) {
			db_figure f = nth_rank(first, at[j]);
			db_add_rank(w, picked[k - 1 - j], &f);
		}
		return true;
	}
	if (!db_longest_word_at(w->text, p, c->end, leads, NWORDS(leads), &which))
		return false;
	int pos[8];
	size_t np = rank_positions(w, c, first->start, pos, 8), n = 0, from = w->rs->len;
	const char *metric = w->rs->items[w->rs->len - 1].metric;
	while (from > w->part_first && w->rs->items[from - 1].metric == metric &&
	       ranked_measure(w->rs->items[from - 1].measure) &&
	       w->rs->items[from - 1].source.offset >= w->sentence_start)
		from--, n++;
	if (np < 2)
		return false;
	size_t slot[8];
	for (size_t i = 0; i < np; i++)
		slot[i] = from + i;
	if (np != n && !sentence_one_each(w, np, slot))
		return false;
	for (size_t i = 0; i < np; i++) {
		db_figure f = nth_rank(first, pos[i]);
		if (slot[i] != (size_t)-1)
			db_add_rank(w, &w->rs->items[slot[i]], &f);
	}
	return true;
}

/* …增长6%，…增长9.5%。预计2项主要经济指标增速居全省前4位: a sentence
 * that opens with the count, before any figure of its own, speaks of the
 * sentence before in its paragraph; it ranks that sentence's metrics of
 * the measure only when they are exactly as many as it counts (a count
 * that differs is of indicators the text did not list). The number of
 * them put in picked, or 0. */
static size_t counted_before(walk *w, db_measure want, size_t n, db_record **picked)
{
	size_t k = 0;
	if (w->prev_sentence_start < w->seg_start || w->prev_sentence_start >= w->sentence_start ||
	    (w->rs->len && w->rs->items[w->rs->len - 1].source.offset >= w->sentence_start))
		return 0;
	for (size_t i = w->rs->len; i-- > 0;) {
		db_record *r = &w->rs->items[i];
		if (r->source.offset < w->prev_sentence_start)
			break;
		if (!r->metric || r->measure != want)
			continue;
		if (r->nranks || k == n)
			return 0;
		for (size_t j = 0; j < k; j++)
			if (!strcmp(picked[j]->metric, r->metric))
				return 0; /* (one metric twice: no list of metrics) */
		picked[k++] = r;
	}
	return k;
}

/* …增长12%、…增长20.5%、…增长9.1%，三项指标增速均排名全省第一: a clause
 * that opens with a count of indicators (两项指标, 3项主要指标) before its
 * rank ranks as many metrics of the sentence, the latest first: their
 * growth, or their level after 总量/规模. Returns true when it found them. */
bool db_rank_counted(walk *w, const db_clause *c, const db_figure *f, size_t rank_start)
{
	static const char *const leads[] = { "以上", "上述", "这", "此", "预计" };
	const char *t = w->text;
	size_t p = c->start, which, l, q;
	int n;
	while (p < c->end && (t[p] == ' ' || t[p] == '\n'))
		p++;
	bool opens = p == w->sentence_start;
	p += db_longest_word_at(t, p, c->end, leads, NWORDS(leads), &which);
	/* (两项指标, 3项主要指标: a count in 项, read as the names' count is) */
	if (!(l = lx_small_int(t, c->end, p, &n)) || n < 2 || n > 8 ||
	    !has_word_at(t, c->end, p + l, "项") || (q = indicator_count_end(t, c->end, p)) == p ||
	    rank_start > q + 24)
		return false;
	p = q;
	db_measure want = db_longest_word_at(t, p, rank_start, rank_level_words,
					     NWORDS(rank_level_words), &which)
				  ? DB_MEASURE_LEVEL
				  : DB_MEASURE_GROWTH;
	db_record *picked[8];
	size_t k = latest_of_measure(w, want, (size_t)n, picked);
	if (k == 0 && opens)
		k = counted_before(w, want, (size_t)n, picked);
	if (k != (size_t)n)
		return false;
	for (size_t j = k; j-- > 0;)
		db_add_rank(w, picked[j], f);
	return true;
}

/* Does the rank of the part's record r speak for its measure? A rank
 * after 增速均 ranks only the rates, after 总量均 only the levels; a
 * record ranked in the rank's scope already was ranked by its own words
 * (地区生产总值增速排全市第一，…增长12.1%，…增长10.2%，增速均排全市第二:
 * not the first). */
static bool all_measure(const walk *w, const db_record *r, const db_figure *f, int only)
{
	const char *scope = f->scope[0] ? f->scope : w->last_scope ? w->last_scope : w->scope_below;
	for (size_t i = 0; scope && i < r->nranks; i++)
		if (r->ranks[i].scope && !strcmp(r->ranks[i].scope, scope))
			return false;
	return ranked_measure(r->measure) && (only < 0 || r->measure == (db_measure)only);
}

/* 固定资产投资476.3亿元、社会消费品零售总额333.5亿元，总量居全市第1位: a
 * clause that opens with 总量 right after a clause listing the levels of
 * two metrics or more ranks each of them. */
static bool rank_listed_levels(walk *w, const db_clause *c, const db_figure *f,
			       size_t rank_start)
{
	if (!has_word_at(w->text, rank_start, c->start, "总量") || rank_start > c->start + 12 ||
	    w->rs->len <= w->part_first)
		return false;
	size_t off = w->rs->items[w->rs->len - 1].source.offset, n = 0, first = w->rs->len;
	for (size_t i = w->rs->len; i-- > w->part_first && w->rs->items[i].source.offset == off;) {
		const db_record *r = &w->rs->items[i];
		if (!r->metric || r->measure != DB_MEASURE_LEVEL || r->nranks)
			return false;
		for (size_t j = i + 1; j < w->rs->len; j++)
			if (!strcmp(w->rs->items[j].metric, r->metric))
				return false; /* (one metric twice: no list of metrics) */
		n++;
		first = i;
	}
	if (n < 2)
		return false;
	for (size_t i = first; i < w->rs->len; i++)
		db_add_rank(w, &w->rs->items[i], f);
	return true;
}

/* The bytes of a word of words.json not_only_leads opening clause c (不仅
 * 增速领跑全省), or 0. */
static size_t not_only_lead(const walk *w, const db_clause *c)
{
	const char *word = word_at(w->text, c->end, c->start, WL(w, DB_W_NOT_ONLY_LEADS));
	return word ? strlen(word) : 0;
}

/* The bytes of a word of words.json not_only_leads or rank_joiners
 * opening clause c (不仅增速领跑全省, 而且均居全省第二), or 0. */
static size_t rank_clause_lead(const walk *w, const db_clause *c)
{
	size_t n = not_only_lead(w, c);
	const char *word = n ? NULL : word_at(w->text, c->end, c->start, WL(w, DB_W_RANK_JOINERS));
	return word ? strlen(word) : n;
}

bool db_rank_all(walk *w, const db_clause *c, const db_figure *f, size_t rank_start)
{
	size_t n = 0, all, not_only = not_only_lead(w, c);
	size_t s = c->start + (not_only ? not_only : rank_clause_lead(w, c));
	/* (均 may follow a word of the measure: 数量均居, 增速均居) */
	all = find_any(w->text, s, s + 9 < c->end ? s + 9 : c->end, (const char *const[]){ "均" }, 1,
		       NULL);
	/* (不仅增速领跑全省，而且分别位列…: the one rank of each, as 均's) */
	if (all == (size_t)-1 && not_only && rank_start <= s + 12 &&
	    find_any(w->text, c->end, c->end + 30 < w->len ? c->end + 30 : w->len,
		     (const char *const[]){ "分别" }, 1, NULL) != (size_t)-1)
		all = rank_start;
	if (all == (size_t)-1)
		return rank_listed_levels(w, c, f, rank_start);
	if (rank_start > s + 12)
		return false;
	/* (…3816.2亿元、增长5.4%，…增长8.7%，增速均居全省第一: the rates only) */
	int only = find_any(w->text, c->start, all, rank_growth_words, NWORDS(rank_growth_words),
			    NULL) != (size_t)-1
			   ? DB_MEASURE_GROWTH
		   : find_any(w->text, c->start, all, rank_level_words, NWORDS(rank_level_words),
			      NULL) != (size_t)-1
			   ? DB_MEASURE_LEVEL
			   : -1;
	if (rank_added_totals(w, c, f, all))
		return true;
	/* (…增长12.7%，税比68.4%，均居…: the levels, shares and counts of
	 * the part too, never its gaps or changes) */
	size_t from = w->part_first;
	for (size_t i = from; i < w->rs->len; i++)
		n += all_measure(w, &w->rs->items[i], f, only);
	/* (…，其中：税收收入…增长8.7%；一般公共预算收入…增长5.4%，增幅均排名
	 * 全市第一: one rate in the part, the 均 of a named
	 * measure reaches back to the list that 其中 opened in the sentence) */
	if (n < 2 && only >= 0 && w->list_sentence == c->sentence + 1 && w->list_first < from) {
		from = w->list_first;
		n = 0;
		for (size_t i = from; i < w->rs->len; i++)
			n += all_measure(w, &w->rs->items[i], f, only);
	}
	/* (汽车产量…、达N万辆，新能源汽车产量…、达M万辆，产量均居…: a measure
	 * named before 均 ranks its one keyed record too, the others being
	 * of no catalog metric) */
	if (n < 2 && !(n == 1 && only >= 0))
		return false;
	/* (a record's own ranks decide, and ranking one leaves the others') */
	for (size_t i = from; i < w->rs->len; i++)
		if (all_measure(w, &w->rs->items[i], f, only))
			db_add_rank(w, &w->rs->items[i], f);
	return true;
}

/* 在全省各市中经济总量排名第五: a measure named inside the rank, between
 * its scope and its core, says which figure of the part it ranks (经济总量
 * there is the measure, not a label of its own). */
static db_record *inner_measure_target(walk *w, const db_clause *c, const token *tk)
{
	size_t s = tk->start, e = tk->fig.num_start;
	if (e <= s || w->rs->len <= w->part_first)
		return NULL;
	db_measure want;
	if (contains_any(w->text, s, e, rank_level_words, NWORDS(rank_level_words)))
		want = DB_MEASURE_LEVEL;
	else if (contains_any(w->text, s, e, rank_growth_words, NWORDS(rank_growth_words)))
		want = DB_MEASURE_GROWTH;
	else
		return NULL;
	db_record *r = part_record(w, want);
	return r ? r : rank_only_beside(w, c, want);
}

/* 地区生产总值增速低于预期3.7个百分点，但高于全市平均水平，居全市第一方阵:
 * a rank after clauses of this part that made no record (a gap to the
 * target, words) of the part's last label, when 增速 follows the label or
 * leads the rank: a rank-only growth record of that label. */
static bool label_rank_only(walk *w, const db_clause *c, const db_figure *f, size_t lead)
{
	const db_label *l = w->label;
	static const char *const named[] = { "增速", "增幅" };
	size_t which;
	if (w->rs->len > w->part_first || w->foreign || !l || l->metric == (size_t)-1 ||
	    l->start < w->part_start || l->end > c->start)
		return false;
	if (!db_longest_word_at(w->text, l->end, c->end, named, NWORDS(named), &which) &&
	    !contains_any(w->text, lead, f->start, named, NWORDS(named)))
		return false;
	w->pending[0] = l;
	w->npending = 1;
	rank_records(w, c, f, DB_MEASURE_GROWTH, NULL);
	w->npending = 0;
	return true;
}

/* Does the clause open with the rank tk, right after a rank of the same
 * sentence whose lead-in named something else (综合竞争力跃居全国百强县第
 * 19位，西部百强县第2位)? Then it is a second rank of that something. */
static bool second_of_other(const walk *w, const db_clause *c, const token *tk, size_t prev_end)
{
	if (w->other_rank_sentence != c->sentence || prev_end > c->start ||
	    w->other_rank_end > c->start)
		return false;
	for (size_t p = w->other_rank_end; p < c->start;) { /* (only ， 、 between) */
		if (has_word_at(w->text, c->start, p, "，") || has_word_at(w->text, c->start, p, "、"))
			p += 3;
		else if (w->text[p] == ',' || w->text[p] == ' ')
			p++;
		else
			return false;
	}
	size_t s = c->start;
	while (s < tk->start && w->text[s] == ' ')
		s++;
	return s == tk->start;
}

/* Does the clause open with a scope of no 全 or 居 and the rank tk, right
 * after a rank of a record in its sentence (…居全国省会城市第五,国家中心城市
 * 第七位)? Then it is a second rank of that record, in that scope. */
static bool second_scope_of_own(walk *w, const db_clause *c, const token *tk, size_t prev_end)
{
	if (!w->own_rank_rec || w->own_rank_rec > w->rs->len ||
	    w->own_rank_sentence != w->sentence || prev_end > c->start ||
	    w->own_rank_end > c->start || tk->fig.scope[0] || tk->fig.tier[0])
		return false;
	for (size_t p = w->own_rank_end; p < c->start;) { /* (only ， between) */
		if (has_word_at(w->text, c->start, p, "，"))
			p += 3;
		else if (w->text[p] == ',' || w->text[p] == ' ')
			p++;
		else
			return false;
	}
	/* two to eight characters of Chinese, no label of the catalog among them */
	size_t n = 0, len;
	for (size_t p = c->start; p < tk->start; p += len, n++)
		if (!lx_is_cjk(lx_cp(w->text, tk->start, p, &len)) || !len)
			return false;
	size_t i = db_label_at(w->labels, c->start);
	if (n < 2 || n > 8 || tk->start - c->start >= sizeof tk->fig.scope ||
	    (i < w->labels->len && w->labels->items[i].start < tk->start))
		return false;
	/* (为中部唯一进入前十的城市: the only one of a group in the rank
	 * just said, no scope of a second rank; words.json rank_scope_not) */
	if (db_words_find(w->text, c->start, tk->start, WL(w, DB_W_RANK_SCOPE_NOT), NULL) !=
	    (size_t)-1)
		return true;
	db_figure g = tk->fig;
	memcpy(g.scope, w->text + c->start, tk->start - c->start);
	g.scope[tk->start - c->start] = '\0';
	db_add_rank(w, &w->rs->items[w->own_rank_rec - 1], &g);
	return true;
}

bool db_bare_rank(const walk *w, size_t from, size_t end, db_figure *f)
{
	if (f->kind != DB_FIG_AMOUNT || (strcmp(f->unit, "位") && strcmp(f->unit, "名")) ||
	    f->num_start <= from)
		return false;
	size_t v = db_words_find(w->text, from, f->num_start, WL(w, DB_W_BARE_RANK_VERBS), NULL);
	if (v == (size_t)-1)
		return false;
	/* the rank read from the verb, or from up to ten characters before it
	 * (在全省排名12位: its scope opens with 在) */
	size_t p = v, n;
	for (int k = 0; k < 10 && p > from; k++)
		p = lx_prev(w->text, p);
	for (; p <= v; p += n) {
		db_figure g;
		lx_cp(w->text, end, p, &n);
		if (!n)
			n = 1;
		if (!db_rank_read_bare(w->text, end, p, &g) || g.end != f->end || !g.has_value ||
		    g.start > v)
			continue;
		/* 排名比上年上升12位: a time compared with or a move in what was
		 * read as the scope makes the count a move, no rank */
		size_t sl = strlen(g.scope);
		if (db_words_find(g.scope, 0, sl, WL(w, DB_W_TIMES_COMPARED), NULL) != (size_t)-1 ||
		    db_words_find(g.scope, 0, sl, WL(w, DB_W_RATE_MOVES), NULL) != (size_t)-1 ||
		    db_rank_move_word_before(w->text, end, g.num_start))
			return false;
		*f = g;
		return true;
	}
	return false;
}

/* The rank tk is of something other than a figure before it: the bare rank
 * clauses right after it in its sentence are that something's too. */
static void rank_of_other(walk *w, const db_clause *c, const token *tk)
{
	w->other_rank_end = tk->end;
	w->other_rank_sentence = c->sentence;
}

/* …固定资产投资…增长9.4%，投资增速居全省第2位: the end of the label of
 * the part's last figure (two characters or more), right before 增速 or
 * 增幅, names that metric again, so the rank is still the figure's; so
 * does a short name of it (words.json rank_short_names, short:inner: 外贸
 * for a label holding 进出口). Returns its length at p, or 0. */
static size_t short_name_at(const walk *w, size_t p, size_t e)
{
	if (w->rs->len <= w->part_first)
		return 0;
	const char *label = w->rs->items[w->rs->len - 1].label;
	size_t ll = label ? strlen(label) : 0;
	for (size_t n = 6; n < ll && p + n < e; n += 3)
		if (!memcmp(w->text + p, label + ll - n, n) && rate_word_at(w->text, e, p + n))
			return n;
	const db_wordlist *sn = WL(w, DB_W_RANK_SHORT_NAMES);
	for (size_t i = 0; label && i < sn->len; i++) {
		const char *colon = strchr(sn->items[i], ':');
		size_t n = colon ? (size_t)(colon - sn->items[i]) : 0;
		if (n && p + n < e && !memcmp(w->text + p, sn->items[i], n) &&
		    rate_word_at(w->text, e, p + n) && strstr(label, colon + 1))
			return n;
	}
	return 0;
}

void db_rank_after(walk *w, const db_clause *c, const token *tk, size_t prev_end)
{
	db_record *before;
	if (second_of_other(w, c, tk, prev_end)) {
		w->other_rank_end = tk->end;
		return;
	}
	/* …增长8.1%，稳居全国制造业百强县第2位: a place in a list of
	 * the top hundred (百强县, 百强区) ranks the place on the list's own
	 * reckoning, not the figure before it, unless the clause names the
	 * measure (增速居全国百强县第3位) */
	{
		size_t from = prev_end > c->start ? prev_end : c->start;
		if (strstr(tk->fig.scope, "百强") &&
		    !contains_any(w->text, from, tk->fig.num_start, rank_level_words,
				  NWORDS(rank_level_words)) &&
		    !contains_any(w->text, from, tk->fig.num_start, rank_growth_words,
				  NWORDS(rank_growth_words))) {
			rank_of_other(w, c, tk);
			return;
		}
	}
	/* …，我县得分87.3分，位列全市第一，某县得分85.1分，位列第二: a rank
	 * of nothing but itself right after a figure left out as someone
	 * else's, in its sentence, is theirs */
	if (prev_end <= c->start && w->foreign_fig_end >= w->sentence_start &&
	    w->foreign_fig_end <= c->start && c->start - w->foreign_fig_end <= 3 &&
	    (!w->rs->len || w->rs->items[w->rs->len - 1].source.offset < w->foreign_fig_end))
		return;
	/* 新登记市场主体N万家，同比增长a%，居全省第b位: a clause of rank words
	 * only right after an added count's growth, which made no record
	 * (the additions' growth), ranks that growth: not the count before */
	if (prev_end <= c->start && w->added_growth_end && w->added_growth_end < c->start &&
	    c->start - w->added_growth_end <= 3 && db_rank_words_only(w, c->start, tk->start))
		return;
	if (w->rs->len <= w->part_first && prev_end <= c->start &&
	    (before = sentence_before_target(w, c, tk->start)) != NULL) {
		db_add_rank(w, before, &tk->fig);
		return;
	}
	/* (由一季度全市第7位上升至第3位: the rank moved from ranks nothing;
	 * the one reached does) */
	if (db_rank_moves_on(w->text, w->len, tk->end))
		return;
	/* only a short lead-in (规模稳居, 继续保持) lets the rank speak for the
	 * figure before it; a bracket opened after a rank (第2位（全省第9位）)
	 * holds a second rank of it */
	size_t lead = prev_end > c->start ? prev_end : c->start;
	if (has_word_at(w->text, tk->start, lead, "、"))
		lead += strlen("、"); /* …增长10.7%、增速居全省第一 */
	for (size_t k = 0; k < NWORDS(rank_level_words); k++)
		if (has_word_at(w->text, tk->start, lead, rank_level_words[k]))
			lead += strlen(rank_level_words[k]);
	for (size_t k = 0; k < NWORDS(rank_growth_words); k++)
		if (has_word_at(w->text, tk->start, lead, rank_growth_words[k]))
			lead += strlen(rank_growth_words[k]);
	/* …，综合实力稳居全省第一方阵: a lead-in that names something else
	 * ranks that, not the figure (总量首次进入全市前四, 历史性进入: when
	 * the rank was first reached names nothing) */
	static const char *const lead_words[] = { "蝉联", "连续", "继续", "仍然", "仍", "均", "保持",
						  "并", "且", "已", "稳定", "始终", "一直", "持续", "、",
						  "，", " ", "预计", "增速", "增幅", "规模", "总量",
						  "总额", "数量", "两年平均", "年均", "同比", "成功", "为",
						  "全年", "（", "(", "的成绩", "首次", "首度", "历史性地",
						  "历史性" };
	size_t which;
	if (lead == c->start)
		lead += rank_clause_lead(w, c); /* (不仅增速领跑全省, 而且居…: as 增速领跑全省) */
	/* (新增…N家，增量全市第1: words.json rank_added_words name the count
	 * added as the ranked measure) */
	bool added = false;
	for (size_t p = lead, n; p < tk->start; p += n) {
		if ((n = db_longest_word_at(w->text, p, tk->start, WORDS(w, DB_W_RANK_ADDED_WORDS),
					    &which))) {
			added = true;
			continue;
		}
		/* (…增长9.1%、设市以来增速首次居全省第一: words.json
		 * rank_since_leads say since when, as 首次 does) */
		if ((n = db_longest_word_at(w->text, p, tk->start, WORDS(w, DB_W_RANK_SINCE_LEADS),
					    &which)))
			continue;
		if (!(n = db_longest_word_at(w->text, p, tk->start, lead_words, NWORDS(lead_words),
					     &which)) &&
		    !(n = short_name_at(w, p, tk->start))) {
			if (!second_scope_of_own(w, c, tk, prev_end))
				rank_of_other(w, c, tk);
			return;
		}
	}
	/* (a lead-in of these words only may be long: 两年平均增速居…) */
	db_record *r = inner_measure_target(w, c, tk);
	/* (总量居全省第6位、增速居全省第2位: the words after the rank before
	 * say what the second ranks, not the clause's first 总量) */
	db_clause after = *c;
	if (prev_end > c->start && prev_end < tk->start &&
	    (contains_any(w->text, prev_end, tk->start, rank_level_words, NWORDS(rank_level_words)) ||
	     contains_any(w->text, prev_end, tk->start, rank_growth_words,
			  NWORDS(rank_growth_words))))
		after.start = prev_end; /* (…第5、中部城市第1: the same measure) */
	if (!r)
		r = db_rank_target(w, &after, tk->start);
	/* (…增长3.3%，区内8个商圈入选…，数量居全国第二: 数量 ranks a count,
	 * never a rate or an amount of money before it) */
	if (r && added && r->measure != DB_MEASURE_ADDED) {
		rank_of_other(w, c, tk);
		return;
	}
	if (r && contains_any(w->text, lead, tk->start, (const char *const[]){ "数量" }, 1) &&
	    ((r->measure != DB_MEASURE_LEVEL && r->measure != DB_MEASURE_ADDED) || !r->unit ||
	     !strcmp(r->unit, "%") || strstr(r->unit, "元"))) {
		rank_of_other(w, c, tk);
		return;
	}
	if (r && tk->start <= lead + 4 * rank_lead_max) {
		/* (在2023年全省营商环境评价中，我市综合得分82.3分，排名第5: the
		 * score's label is the frame's, and so is the rank's place) */
		db_figure g = tk->fig;
		const db_label *l = w->label;
		if (l && l->metric != (size_t)-1 && r->metric &&
		    !strcmp(r->metric, metric_of(w, l)->id) &&
		    find_any(w->text, l->end, l->end + 6 < c->start ? l->end + 6 : c->start,
			     (const char *const[]){ "中，", "中," }, 2, NULL) != (size_t)-1)
			frame_place(w, c, l, &g);
		db_add_rank(w, r, &g);
	} else if (!r)
		label_rank_only(w, c, &tk->fig, c->start);
}
