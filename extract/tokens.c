/* tokens.c - a clause as tokens in order: its labels (the trie scan's, split
 * and paired by labels.c and pairing.c), its periods, its figures and its
 * ranks, with the figures that are no figure of the place left out (asides
 * of scope, notes, quoted names, industry parts) and the written
 * multipliers applied. */
#include <stdlib.h>
#include <string.h>

#include "extract/readers_lex.h"
#include "extract/walk.h"

/* 完成全年目标的…, 占年度计划的…: a period between these names the target. */
static const char *const progress_verbs[] = { "完成", "占", "超" };

static const char *const progress_nouns[] = { "目标", "计划", "任务", "预算" };

static const char *const scope_opens[] = { "含", "不含", "包含", "不包含", "包括", "不包括" };

static bool in_scope_or_deduction_aside(const char *t, size_t s, size_t f);
static void scope_past_move(const walk *w, db_figure *f);

static int tok_cmp(const void *a, const void *b)
{
	const token *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	/* the two labels of one 城乡 name: 城镇 first */
	return x->label < y->label ? -1 : x->label > y->label;
}

/* The place unit written between the digits of figure f and its unit
 * (12.3亿元: 1e8; 16789万元: 1e4), 1 when none: value holds it folded in. */
static long long written_multiplier(const char *t, const db_figure *f)
{
	size_t p = f->num_start, n;
	long long m = 1, u;
	while (p < f->end && !lx_is_digit(lx_fold(lx_cp(t, f->end, p, &n))))
		p += n ? n : 1;
	while (p < f->end) {
		unsigned c = lx_fold(lx_cp(t, f->end, p, &n));
		if (!lx_is_digit(c) && c != '.')
			break;
		p += n ? n : 1;
	}
	while (p < f->end && (u = lx_cn_unit(lx_cp(t, f->end, p, &n))) >= 100)
		m *= u, p += n;
	return m;
}

/* Where the labels a part (before pos) may belong to begin: its sentence,
 * or the sentence before when this one opens with a part marker (…民营经济增
 * 加值122.64亿元。其中，…); *marked says which. */
size_t db_whole_from(const walk *w, size_t pos, bool *marked)
{
	size_t from = w->sentence_start, s = from;
	while (s < pos && (w->text[s] == ' ' || w->text[s] == '\n' || w->text[s] == '\r'))
		s++;
	*marked = word_at(w->text, pos, s, WL(w, DB_W_PART_MARKERS)) && from >= 3;
	if (*marked) {
		size_t lo = from > 600 ? from - 600 : 0;
		size_t stop = rfind_any(w->text, lo, from - 3, (const char *const[]){ "。" }, 1, NULL);
		from = stop == (size_t)-1 ? lo : stop + 3;
	}
	return from;
}

/* Is l inside a bracketed note after a figure of clause c, a note of no
 * figure that closes in the clause (…增加值9.7亿元（林业服务业增加值计入第三
 * 产业增加值），增长4.8%: where a part of the amount is counted)? It names
 * no label for the figures after it. */
static bool in_note_after_figure(const walk *w, const db_clause *c, const db_label *l)
{
	const char *t = w->text;
	size_t open = (size_t)-1, close = (size_t)-1;
	for (size_t b = l->start; b > c->start && open == (size_t)-1;) {
		b--;
		if (t[b] == ')' || (b + 3 <= l->start && !memcmp(t + b, "）", 3)))
			return false;
		if (t[b] == '(' || (b + 3 <= l->start && !memcmp(t + b, "（", 3)))
			open = b;
	}
	for (size_t q = l->end; q < c->end && close == (size_t)-1; q++)
		if (t[q] == ')' || (q + 3 <= c->end && !memcmp(t + q, "）", 3)))
			close = q;
	return open != (size_t)-1 && close != (size_t)-1 && db_has_digit(t, c->start, open) &&
	       !db_has_digit(t, open, close);
}

/* Is l an industry's value added (第一产业…) after the label of an
 * investment or of the private economy in its sentence (固定资产投资…分产业看,
 * 民营经济增加值…其中), or in the sentence before one that opens with a part
 * marker (…民营经济增加值N亿元。其中，第一产业增加值…)? Then it is that
 * whole's part. */
static bool industry_part(const walk *w, const db_label *l)
{
	static const char *const industries[] = { "primary_industry_va", "secondary_industry_va",
						  "tertiary_industry_va" };
	const db_metric *m = metric_of(w, l);
	bool industry = false, whole_industry = !strcmp(m->id, "total_industry_va");
	for (size_t i = 0; i < NWORDS(industries); i++)
		industry |= !strcmp(m->id, industries[i]);
	if (!industry && !whole_industry)
		return false;
	/* (二产增加值…增速居全市第一 after 固定资产投资 is the industry's own:
	 * only a bare 第一产业, or one right after 其中, is a part) */
	bool bare = !contains_any(w->text, l->start, l->end, (const char *const[]){ "增加值" }, 1);
	bool part = l->start >= w->sentence_start + 6 &&
		    find_any(w->text, l->start >= 12 ? l->start - 12 : 0, l->start,
			     (const char *const[]){ "其中" }, 1, NULL) != (size_t)-1;
	/* 第二产业完成投资48亿元，其中工业增长21.9%: bare 工业 after 其中 is
	 * the part of the investment too */
	if (whole_industry && !(bare && part))
		return false;
	/* 从三次产业投资情况来看，第二产业下降41.6%: the sentence's own words
	 * name the investment */
	if (bare && (industry || part) &&
	    contains_any(w->text, w->sentence_start, l->start, (const char *const[]){ "投资" }, 1))
		return true;
	bool marked;
	size_t from = db_whole_from(w, l->start, &marked);
	part |= marked;
	for (size_t i = db_label_at(w->labels, from);
	     i < w->labels->len && w->labels->items[i].start < l->start; i++) {
		const db_label *p = &w->labels->items[i];
		if (p->metric == (size_t)-1)
			continue;
		const char *id = metric_of(w, p)->id;
		/* (…生产总值…。其中：非公有制增加值…。分产业看，第一产业…: a
		 * private economy that is itself a part after 其中 is no whole) */
		if (((!strcmp(id, "fai") || strstr(id, "investment")) && (bare || part)) ||
		    (!strcmp(id, "private_economy_va") && part &&
		     find_any(w->text, p->start >= 12 ? p->start - 12 : 0, p->start,
			      (const char *const[]){ "其中" }, 1, NULL) == (size_t)-1))
			return true;
	}
	return false;
}

/* Do “ and ” enclose t[s, e) within a few characters either side, with
 * no quote between (“烟花三月”, “金秋十月”商贸节)? */
static bool quoted_name_at(const char *t, size_t start, size_t end, size_t s, size_t e)
{
	size_t lo = s >= start + 12 ? s - 12 : start, hi = e + 12 <= end ? e + 12 : end;
	bool open = false, close = false;
	for (size_t q = s; q >= lo + 3 && !open; q--) {
		if (has_word_at(t, s, q - 3, "”"))
			return false;
		open = has_word_at(t, s, q - 3, "“");
	}
	for (size_t q = e; q + 3 <= hi && !close; q++) {
		if (has_word_at(t, hi, q, "“"))
			return false;
		close = has_word_at(t, hi, q, "”");
	}
	return open && close;
}

/* 在2023年度全省营商环境评价中排名第五, 全市GDP排名第4: a rank read from a
 * place word (全省) whose scope runs over a label right after it ranks that
 * label in that place: the rank starts after the label, its scope is the
 * place word. Not a count of things the rank is among (在全省规上工业企业中
 * 排名第一: a firm's rank). The labels are the first nl tokens. */
static void scope_label_ranks(const walk *w, tokens *ts, size_t nl)
{
	static const char *const rank_verbs[] = { "中", "排名", "位列", "位居", "名列", "排在",
						  "排位", "稳居", "居", "列", "排" };
	static const char *const places[] = { "全省", "全市", "全国", "全区", "全县" };
	const char *t = w->text;
	for (size_t i = nl; i < ts->len; i++) {
		token *r = &ts->items[i];
		size_t which, pl = 0, at;
		if (r->kind != TOK_RANK || r->fig.tier[0])
			continue;
		/* (the place after the rank's verbs and a year: 在2023年度全省…) */
		for (at = r->start; at < r->fig.num_start && at <= r->start + 16; at++)
			if ((pl = db_longest_word_at(t, at, r->fig.num_start, places, NWORDS(places),
						     &which)))
				break;
		if (!pl || !strstr(r->fig.scope, places[which]))
			continue;
		size_t place = which;
		for (size_t j = 0; j < nl; j++) {
			const token *l = &ts->items[j];
			if (l->kind != TOK_LABEL || l->start != at + pl || l->end > r->fig.num_start)
				continue;
			/* (only 中 and the rank's verbs between: 全省重点项目考核排名
			 * 第7位 ranks an assessment of it) */
			size_t q = l->end, n;
			while (q < r->fig.num_start &&
			       (n = db_longest_word_at(t, q, r->fig.num_start, rank_verbs,
						       NWORDS(rank_verbs), &which)))
				q += n;
			if (q != r->fig.num_start)
				break;
			const char *u = metric_of(w, l->label)->unit;
			if (!strcmp(u, "家") || !strcmp(u, "户") || !strcmp(u, "万户") || !strcmp(u, "个"))
				break;
			memcpy(r->fig.scope, places[place], pl + 1);
			r->start = r->fig.start = l->end;
			break;
		}
	}
}

/* Collect labels, periods, figures and ranks of a clause in text order. */
/* Does a comparison (与上季度, 较上月, 比上年) right after a stated rank and
 * its 、 or ， (…居全市第3位、) end at e, the clause opening at s (or right
 * after that separator)? */
static bool rank_held(const walk *w, const char *t, size_t s, size_t e)
{
	static const char *const seps[] = { "、", "，", "," };
	static const char *const comps[] = { "与", "较", "比" };
	size_t which = 0, q = rfind_any(t, s, e, seps, NWORDS(seps), &which);
	if (q == (size_t)-1 && s >= 3)
		q = rfind_any(t, s - 3, s, seps, NWORDS(seps), &which);
	if (q == (size_t)-1 || q < 6)
		return false;
	/* (…第15位，位次与上月持平: the rank named again before its comparison) */
	size_t after = q + strlen(seps[which]);
	const char *noun = word_at(t, e, after, WL(w, DB_W_RANK_HELD_NOUNS));
	if (noun)
		after += strlen(noun);
	if (!db_longest_word_at(t, after, e, comps, NWORDS(comps), NULL) ||
	    !(has_word_at(t, q, q - 3, "位") || has_word_at(t, q, q - 3, "名")))
		return false;
	return rfind_any(t, q >= 18 ? q - 18 : 0, q, (const char *const[]){ "第" }, 1, NULL) !=
	       (size_t)-1;
}

void db_clause_tokens(walk *w, const db_clause *c, tokens *ts)
{
	const char *t = w->text;
	size_t pos;
	db_period_match pm;
	db_figure f;

	ts->len = 0;
	while (w->next_label < w->labels->len && w->labels->items[w->next_label].start < c->start)
		w->next_label++;
	w->nsplit = 0;
	w->glued_end = 0;
	w->compared_end = 0;
	size_t list_start = 0, list_end = db_industry_list(w, c, c->start, c->end, ts, &list_start);
	db_pair_label(w, c, ts);
	db_industry_va_label(w, c, ts);
	db_product_label(w, c, ts);
	for (size_t i = w->next_label;
	     i < w->labels->len && w->labels->items[i].start < c->end; i++) {
		const db_label *l = &w->labels->items[i];
		if (l->end > c->end)
			continue;
		if (db_label_glued(w, c, l)) {
			w->glued_end = l->end; /* (亩均税收: something else named) */
			continue;
		}
		/* 固定资产投资增长12%，分产业看，第一产业增长87.6%: an industry
		 * after another whole in the sentence is that whole's part */
		if (industry_part(w, l))
			continue;
		if (in_note_after_figure(w, c, l))
			continue;
		/* …增长7.4%，快于规上工业增速1.4个百分点: the rate compared
		 * with, not the figure's label */
		if (db_compared_label(t, c->start, l->start) ||
		    db_compared_self(w, c->start, l->start) ||
		    db_compared_parent(w, c->start, l->start) ||
		    db_compared_by_lead(w, c->start, l->start) ||
		    db_compared_joined(w, w->compared_end, l->start)) {
			w->compared_end = l->end; /* (…和城镇居民收入: compared too) */
			w->compared_metric = l->metric;
			continue;
		}
		if (list_end && overlaps(l->start, l->end, list_start, list_end))
			continue;
		if ((l->start >= c->start + 6 && has_word_at(t, l->start, l->start - 6, "城乡")) ||
		    (l->start >= c->start + 9 && has_word_at(t, l->start, l->start - 9, "城、乡"))) {
			if (db_split_label(w, c, l, ts))
				continue;
		}
		if (db_verb_split_label(w, c, l, ts))
			continue;
		if (db_months_split_label(w, c, l, ts))
			continue;
		if (db_scoped_industry_label(w, l, ts))
			continue;
		if (db_group_label(w, c, l, ts))
			continue;
		if (db_group_after_label(w, c, l, ts))
			continue;
		db_shared_tail(w, c, l, ts);
		tok_push(ts, (token){ .kind = TOK_LABEL, .start = l->start, .end = l->end,
				      .label = l });
	}
	if (!db_group_pair_label(w, c, ts))
		db_group_opening_label(w, c, ts);
	db_shared_rate_list(w, c, ts);
	size_t nl = ts->len;
	for (pos = c->start;
	     pos < c->end &&
	     db_period_next(t, c->end, pos, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &pm);
	     pos = pm.end > pos ? pm.end : pos + 1) {
		bool clash = false;
		db_quoted_report(w, c, &pm);
		for (size_t i = 0; i < nl; i++)
			/* (2021年末常住人口: the year's end, and the label's 年末) */
			clash |= overlaps(pm.start, pm.end, ts->items[i].start, ts->items[i].end) &&
				 !(ts->items[i].start > pm.start && ts->items[i].start + 6 >= pm.end &&
				   (has_word_at(t, c->end, ts->items[i].start, "年末") ||
				    has_word_at(t, c->end, ts->items[i].start, "年底")));
		/* 上年=100, 以上年同期为100: the base of an index, not a period */
		if (has_word_at(t, c->end, pm.end, "=") || has_word_at(t, c->end, pm.end, "＝") ||
		    db_index_base_at(&w->x->words, t, c->start, c->end, pm.start, pm.end))
			clash = true;
		/* 按2020年可比价格计算: the base of the prices, not a period */
		if (word_at(t, c->end, pm.end, WL(w, DB_W_PRICE_BASES)))
			clash = true;
		/* 财政收入保持上年水平, 不低于上年同期水平: the level a figure is
		 * held to or compared with, not a period */
		if (has_word_at(t, c->end, pm.end, "水平") || has_word_at(t, c->end, pm.end, "水准"))
			clash = true;
		/* 总投资3260亿元的“十四五”重大项目: a period that names a noun
		 * (not one that ends its clause: 刚刚过去的2022年，…) */
		size_t pe = pm.end;
		while (pe < c->end && (t[pe] == ' ' || t[pe] == '\n' || t[pe] == '\r'))
			pe++;
		if (pm.start >= c->start + 3 && has_word_at(t, pm.start, pm.start - 3, "的") &&
		    !has_word_at(t, c->end, pm.end, "末") && !has_word_at(t, c->end, pm.end, "的") &&
		    pe < c->end && !db_is_basis_period(w, c->start, pm.start))
			clash = true;
		/* 完成全年目标的49.8%: the period names the target measured
		 * against, not the clause's figures */
		if (pm.start >= c->start + 6 &&
		    contains_any(t, pm.start - 6, pm.start, progress_verbs, NWORDS(progress_verbs)) &&
		    find_any(t, pm.end, pm.end + 6 <= c->end ? pm.end + 6 : c->end, progress_nouns,
			     NWORDS(progress_nouns), NULL) == pm.end)
			clash = true;
		if (pm.end <= w->label_end)
			clash = true;
		/* 举办“烟花三月”旅游节: a month without a year inside a quoted
		 * name is no period */
		if (pm.no_year && pm.period.start_month && pm.period.start_month == pm.period.end_month &&
		    quoted_name_at(t, c->start, c->end, pm.start, pm.end))
			clash = true;
		/* 继2021年突破1万亿元后又…达到11201.6亿元: a milestone passed
		 * before, not the period of the figures; 延续2月份平稳向好趋势:
		 * the trend of a period before */
		if ((pm.start >= c->start + 3 && has_word_at(t, pm.start, pm.start - 3, "继")) ||
		    (pm.start >= c->start + 6 && has_word_at(t, pm.start, pm.start - 6, "延续")))
			clash = true;
		/* 这也是上半年增速与全国持平后，…: a clause of no figure that
		 * closes on 后 tells of an earlier event, not the period of
		 * the figures after it (not 以后: from then on) */
		if (c->end >= pm.end + 6 && has_word_at(t, c->end, c->end - 3, "后") &&
		    !has_word_at(t, c->end, c->end - 6, "以后") && !db_has_digit(t, pm.end, c->end))
			clash = true;
		/* 新增规上企业（含2021年年报入统）88户: a year inside a bracketed
		 * aside that says what a figure includes (or leaves out: 扣除
		 * 2021年抗旱专项支出) names the things counted, not the period
		 * of the figures (nor of the sentences after it) */
		if (in_scope_or_deduction_aside(t, c->start, pm.start))
			clash = true;
		/* 是2016年的2.5倍: the year compared with (also across a hard
		 * line wrap inside the number, 是2016年的2.\n5倍, where the clause
		 * may end at the break, or a wrap a repost flattened to a space
		 * before more of the number, 是2016年的2 .5倍); so is the year a
		 * level is back to a percent of (恢复到2019年的108%, 相当于2019年的
		 * 95%), not the 由2022年的5.5%下降到… of a rate's own years */
		if (has_word_at(t, c->end, pm.end, "的")) {
			static const char *const back_to[] = { "恢复到", "恢复至", "相当于" };
			size_t q = pm.end + 3;
			while (q < w->len && ((t[q] >= '0' && t[q] <= '9') || t[q] == '.' ||
					      ((t[q] == '\n' || t[q] == '\r') && q > pm.end + 3 &&
					       t[q - 1] != '\n') ||
					      (t[q] == ' ' && q > pm.end + 3 && q + 1 < w->len &&
					       ((t[q + 1] >= '0' && t[q + 1] <= '9') || t[q + 1] == '.'))))
				q++;
			if (q > pm.end + 3 && has_word_at(t, w->len, q, "倍"))
				clash = true;
			size_t y = pm.start; /* (到2019年 may be read as the period) */
			while (y < pm.end && !(t[y] >= '0' && t[y] <= '9'))
				y++;
			if (q > pm.end + 3 &&
			    (has_word_at(t, w->len, q, "%") || has_word_at(t, w->len, q, "％")) &&
			    y >= c->start + 9 &&
			    find_any(t, y - 9, y, back_to, NWORDS(back_to), NULL) == y - 9)
				clash = true;
		}

		/* 一季度, 上半年 without a year in a report's review (a plan
		 * report of January) are of the reviewed year, in its plan for
		 * the next year of that year: not the date's */
		if (!clash && pm.no_year && !pm.cumulative_to_date && w->seg_ctx &&
		    !w->seg_ctx->guessed &&
		    (w->seg_ctx->mode == DB_CONTEXT_REVIEW || w->seg_ctx->mode == DB_CONTEXT_PLAN) &&
		    pm.period.start_year == pm.period.end_year &&
		    pm.period.start_year != w->seg_ctx->year) {
			pm.period.start_year = pm.period.end_year = w->seg_ctx->year;
			pm.plan = w->seg_ctx->year > w->rs->doc.date.year;
		}
		/* 全年新增规上工业企业18家 in the work a news item says the place
		 * will do next year: 全年 in its target list or work plan is the
		 * year planned, not the last one done (a plan report's sections
		 * keep theirs: its 主要任务完成情况 is a review). So is it in a
		 * report's section of a year after its date (a December
		 * report's 二、2024年发展目标任务 … 全年主要预期目标是：…), and
		 * in a target list's plan of its date's own year (a February
		 * item under 主要预期目标: 全年实施重点项目…，完成投资…以上) */
		const char *kind = w->rs->doc.kind;
		bool news_kind = kind && (!strcmp(kind, "news") || !strcmp(kind, "newspaper"));
		bool list_kind = kind && !strcmp(kind, "targets");
		bool report_kind = list_kind || (kind && !strcmp(kind, "gwr"));
		int ahead_by = w->seg_ctx ? w->seg_ctx->year - w->rs->doc.date.year : 0;
		/* (not in a paragraph that opens on the year done: 过去一年，…
		 * 全年实现… under the page's title lines, which set no review) */
		bool same_year = list_kind && ahead_by == 0 && pm.last_year;
		if (same_year) {
			size_t ls = pm.start;
			while (ls && t[ls - 1] != '\n')
				ls--;
			same_year = !word_at(t, w->len, ls, WL(w, DB_W_REVIEW_OPENERS));
		}
		if (!clash && pm.last_year && w->seg_ctx && !w->seg_ctx->guessed &&
		    w->seg_ctx->mode == DB_CONTEXT_PLAN &&
		    (news_kind || (report_kind && ahead_by > 0) || same_year) &&
		    has_word_at(t, w->len, pm.start, "全年") && pm.period.start_year != w->seg_ctx->year) {
			pm.period.start_year = pm.period.end_year = w->seg_ctx->year;
			pm.plan = w->seg_ctx->year > w->rs->doc.date.year;
		}
		/* 今年, 去年 in a bulletin published after its year (in the
		 * spring after): the writer's 今年 is the bulletin's year, not
		 * the date's */
		if (!clash && pm.rel_year && !pm.cumulative_to_date && w->bulletin && w->seg_ctx &&
		    w->seg_ctx->mode == DB_CONTEXT_REVIEW &&
		    w->seg_ctx->year != w->rs->doc.date.year) {
			int dy = w->seg_ctx->year - w->rs->doc.date.year;
			pm.period.start_year += dy;
			pm.period.end_year += dy;
			pm.plan = pm.period.end_year > w->seg_ctx->year;
		}
		/* 2023年，…一季度增长6.8% in a news item of January 2024: a
		 * quarter, half or months without a year, not over by the
		 * date, after a year named before in its paragraph are of that
		 * year, not a target of the date's (outside a plan's text, and
		 * unless its sentence sets one: 一季度，力争…). One already
		 * over (no target then: 完成年计划的84% is progress) follows
		 * that year only when it names again the months named with it
		 * (2012年前三季度…。前三季度… in a 2015 item): after 2023年全年…
		 * a May item's 一季度 is still the date's */
		const db_date *d = &w->rs->doc.date;
		const db_period *pp = &w->para_period;
		bool over = db_period_ended(&pm.period, d);
		if (!clash && pm.no_year && !pm.cumulative_to_date && pp->end_year &&
		    pm.period.start_year == pm.period.end_year &&
		    ((pp->end_year < d->year && pm.period.start_year == d->year && !over) ||
		     (pp->end_year < pm.period.start_year &&
		      pm.period.start_month == pp->start_month &&
		      pm.period.end_month == pp->end_month)) &&
		    !(w->seg_ctx && w->seg_ctx->mode == DB_CONTEXT_PLAN)) {
			size_t stop = find_any(t, pm.end, w->len, (const char *const[]){ "。" }, 1, NULL);
			if (over || db_words_find(t, pm.end, stop == (size_t)-1 ? w->len : stop,
						  WL(w, DB_W_TARGET), NULL) == (size_t)-1) {
				pm.period.start_year = pm.period.end_year = pp->end_year;
				pm.plan = false;
			}
		}
		if (!clash && pm.has_period && !pm.no_year && !pm.rel_year && !pm.last_year &&
		    !pm.cumulative_to_date && !pm.plan && pm.period.start_year == pm.period.end_year)
			w->para_period = pm.period;
		if (!clash)
			tok_push(ts, (token){ .kind = TOK_PERIOD, .start = pm.start, .end = pm.end,
					      .period = pm });
	}
	size_t np = ts->len;
	for (pos = c->start; pos < c->end && db_figure_next(t, c->end, pos, &f);
	     pos = f.end > pos ? f.end : pos + 1) {
		bool clash = false;
		for (size_t i = 0; i < np; i++)
			clash |= overlaps(f.num_start, f.num_end, ts->items[i].start, ts->items[i].end);
		db_bracket_unit(t, w->sentence_start < c->start ? w->sentence_start : c->start, &f);
		/* 居全省12位: a rank with no 第 (words.json bare_rank_verbs) */
		if (f.kind == DB_FIG_AMOUNT)
			db_bare_rank(w, c->start, c->end, &f);
		/* a rank's scope without a (下同) read into it, nor a rank it
		 * moved from (从全省第三滑到中游) */
		if (f.kind == DB_FIG_RANK && f.scope[0]) {
			db_rank_scope_below(w, &f);
			scope_past_move(w, &f);
		}
		/* 5000万元以上项目, 亿元以上企业: a threshold that describes
		 * the noun after it, not a figure */
		if (f.kind == DB_FIG_AMOUNT && (db_threshold_of_noun(t, c->end, f.end) ||
						db_places_counted_before(t, c->start, c->end,
									 f.num_start, f.end)))
			clash = true;
		/* 总投资80亿元的霍山抽水蓄能电站: the size of a project named
		 * after it, not a figure */
		if (f.kind == DB_FIG_AMOUNT && db_project_after(t, c->end, f.end))
			clash = true;
		/* 增长面达57.2%: the share of firms that grew, no rate */
		if (f.kind == DB_FIG_PERCENT &&
		    contains_any(t, f.num_start >= c->start + 15 ? f.num_start - 15 : c->start,
				 f.num_start, (const char *const[]){ "增长面" }, 1)) {
			clash = true;
			w->label = NULL; /* (…，较4月当月提高2个百分点: its change) */
		}
		/* 3项指标增速全市第一, A、B、C三项增速分别…: how many
		 * indicators, not a figure */
		if (has_word_at(t, c->end, f.end, "指标") ||
		    has_word_at(t, c->end, f.end, "主要指标") ||
		    has_word_at(t, c->end, f.end, "经济指标") ||
		    (f.kind == DB_FIG_AMOUNT && !strcmp(f.unit, "项") &&
		     (has_word_at(t, c->end, f.end, "增速") || has_word_at(t, c->end, f.end, "增幅"))))
			clash = true;
		/* 较去年同期(-2.3%)提高9.7个百分点, 高出全国(4.8%)、全省(5.6%):
		 * the rate of what is compared with, not a figure of the clause */
		if (f.kind == DB_FIG_PERCENT && db_compared_rate(t, c, &f))
			clash = true;
		/* 居全市第N位、与上季度持平: the rank held, no growth of nought
		 * (nor its comparison a label) */
		if (f.has_value && f.value == 0 && rank_held(w, t, c->start, f.num_start))
			clash = true;
		/* 比上月前移1位, 晋升2个位次: how many places a rank moved, no
		 * figure (nor its move word a label) */
		if (f.kind == DB_FIG_AMOUNT && db_rank_move_word_before(t, c->end, f.num_start) &&
		    (!strcmp(f.unit, "位") || !strcmp(f.unit, "名") ||
		     (!strcmp(f.unit, "个") && (has_word_at(t, c->end, f.end, "位次") ||
						has_word_at(t, c->end, f.end, "名次")))))
			clash = true;
		/* …，超某地1.21亿元: by how much it leads another place, no
		 * figure of its own */
		if (f.kind == DB_FIG_AMOUNT && db_lead_over_place(w, c->start, f.num_start))
			clash = true;
		/* 上年=100, 以上年同期为100: the base of an index, not a figure */
		if ((f.num_start > c->start && (t[f.num_start - 1] == '=' ||
						(f.num_start >= c->start + 3 &&
						 has_word_at(t, f.num_start, f.num_start - 3, "＝")))) ||
		    db_index_base_at(&w->x->words, t, c->start, c->end, f.num_start, f.num_end))
			clash = true;
		if (!clash)
			tok_push(ts, (token){ .kind = f.kind == DB_FIG_RANK ? TOK_RANK : TOK_FIGURE,
					      .start = f.start, .end = f.end, .fig = f });
	}
	scope_label_ranks(w, ts, nl);
	if (ts->len > 1)
		qsort(ts->items, ts->len, sizeof(token), tok_cmp);
	/* 分别提升1.7个、5.2个百分点: the unit of the last counts for the list;
	 * so in a list of gaps whose items name their places (高于全国0.7、
	 * 全省2.3个百分点) */
	static const char *const places[] = { "全国", "全省", "全市", "全区", "全县" };
	long long mult = 1; /* the place unit of the amount that wrote the unit */
	bool lent = false;  /* b took its unit from the amount after it */
	for (size_t i = ts->len; i-- > 1;) {
		token *a = &ts->items[i - 1], *b = &ts->items[i];
		bool lends = false;
		size_t which, pl = a->end + 3 < b->start
					   ? db_longest_word_at(t, a->end + 3, b->start, places,
								NWORDS(places), &which)
					   : 0;
		if (a->kind == TOK_FIGURE && b->kind == TOK_FIGURE &&
		    (b->fig.kind == DB_FIG_PP || b->fig.kind == DB_FIG_PERCENT) &&
		    a->fig.kind == DB_FIG_AMOUNT &&
		    ((b->fig.kind == DB_FIG_PP && !strcmp(a->fig.unit, "个")) || !a->fig.unit[0]) &&
		    (has_word_at(t, b->start, a->end, "、") || has_word_at(t, b->start, a->end, "和")) &&
		    (a->end + 3 == b->start || (b->fig.kind == DB_FIG_PP && a->end + 3 + pl == b->start &&
						pl))) {
			a->fig.kind = b->fig.kind; /* (0.2、5.5个百分点; 5.1、6.2%) */
			memcpy(a->fig.unit, b->fig.unit, sizeof a->fig.unit);
		}
		/* 分别达到31234、16789元, 分别完成12.3、45.6亿元: in a 分别
		 * list the unit written once after the last amount is every
		 * amount's (without 分别 a bare number before an amount may
		 * count something else: 新建项目12、总投资45.6亿元) */
		else if (a->kind == TOK_FIGURE && b->kind == TOK_FIGURE &&
			 a->fig.kind == DB_FIG_AMOUNT && b->fig.kind == DB_FIG_AMOUNT &&
			 !a->fig.unit[0] && b->fig.unit[0] && a->end + 3 == b->start &&
			 (has_word_at(t, b->start, a->end, "、") ||
			  has_word_at(t, b->start, a->end, "和")) &&
			 find_any(t, c->start, a->fig.num_start, (const char *const[]){ "分别" }, 1, NULL) !=
				 (size_t)-1) {
			if (!lent)
				mult = written_multiplier(t, &b->fig);
			memcpy(a->fig.unit, b->fig.unit, sizeof a->fig.unit);
			a->fig.value *= (double)mult;
			lends = true;
		}
		lent = lends;
	}
}

/* Where the bracket opens of the aside the text at f stands in: opened at
 * s or after, within 60 bytes before f, not closed before f; else
 * (size_t)-1. */
static size_t aside_open_at(const char *t, size_t s, size_t f)
{
	for (size_t b = f; b > s && f - b < 60;) {
		b--;
		/* （ and ） are EF BC 88 and EF BC 89: look at a byte, not a word */
		bool wide = t[b] == '\xef' && b + 3 <= f && t[b + 1] == '\xbc';
		if (t[b] == ')' || (wide && t[b + 2] == '\x89'))
			return (size_t)-1;
		if (t[b] == '(' || (wide && t[b + 2] == '\x88'))
			return b;
	}
	return (size_t)-1;
}

/* Do the words of the aside whose bracket opens at b (before f) start
 * with one of incl[n]? */
static bool aside_opens_with(const char *t, size_t b, size_t f, const char *const *incl, size_t n)
{
	size_t p = b + (t[b] == '(' ? 1 : 3);
	for (size_t i = 0; i < n; i++)
		if (p + strlen(incl[i]) <= f && !memcmp(t + p, incl[i], strlen(incl[i])))
			return true;
	return false;
}

/* Is the figure at f in a bracketed aside, opened after s, whose words
 * start with 含, 不含, 包含 or 包括 (增长7.2%（含园区增长7.1%）)? */
bool db_in_scope_aside(const char *t, size_t s, size_t f)
{
	size_t b = aside_open_at(t, s, f);
	return b != (size_t)-1 && aside_opens_with(t, b, f, scope_opens, NWORDS(scope_opens));
}

/* 排名从全省第三滑到中游, 由全省第五下滑至第九: a rank moved from (第, its
 * number, 位 or 名) and a move of words.json rank_moves, read into the
 * reached rank's scope, are no part of that scope: it is the words before
 * the rank moved from and after the move (从第八升到全省中上游: 全省). */
static void scope_past_move(const walk *w, db_figure *f)
{
	char *sc = f->scope;
	size_t sl = strlen(sc), which, n;
	if (sl < 12)
		return;
	size_t m = db_words_find(sc, 0, sl, WL(w, DB_W_RANK_MOVES), &which);
	if (m == (size_t)-1 || m < 6)
		return;
	size_t ml = strlen(WL(w, DB_W_RANK_MOVES)->items[which]), d = m;
	if (has_word_at(sc, m, m - 3, "位") || has_word_at(sc, m, m - 3, "名"))
		d -= 3;
	size_t num_end = d;
	while (d > 0) {
		size_t q = lx_prev(sc, d);
		unsigned c = lx_cp(sc, sl, q, &n);
		if (!lx_rank_numeral(c))
			break;
		d = q;
	}
	if (d == num_end || d < 3 || !has_word_at(sc, d, d - 3, "第"))
		return;
	d -= 3;
	memmove(sc + d, sc + m + ml, sl - (m + ml) + 1);
}

/* Is the figure at f in an aside of another scope than its own, one that
 * opens in its clause (from cs) with 含 or 不含 (db_in_scope_aside: 增长
 * 7.2%（含园区增长7.1%）), or in one of someone else's, opened in its
 * sentence with a word of words.json aside_others (增长6.3%(区本级640.2亿元,
 * 增长5.9%), 增长7.2%（全省增长6.4%）; the province's own words are not in a
 * province's own report)? One walk back to the bracket for both. */
bool db_in_other_aside(const walk *w, size_t cs, size_t f)
{
	const char *t = w->text;
	size_t ss = w->sentence_start, b = aside_open_at(t, cs < ss ? cs : ss, f);
	if (b == (size_t)-1)
		return false;
	if (b >= cs && aside_opens_with(t, b, f, scope_opens, NWORDS(scope_opens)))
		return true;
	return b >= ss && aside_opens_with(t, b, f, WORDS(w, DB_W_ASIDE_OTHERS)) &&
	       !(w->rs->doc.level && !strcmp(w->rs->doc.level, "province") &&
		 aside_opens_with(t, b, f, WORDS(w, DB_W_PROVINCE_SELF)));
}

/* Is the period at f in an aside that says what a figure includes or
 * leaves out (（含2021年年报入统）, （扣除2021年抗旱专项支出）)?  A rate
 * inside a 扣除 aside is the figure restated (（扣除留抵退税因素后增长
 * 5.2%）), so only periods are read this way. */
static bool in_scope_or_deduction_aside(const char *t, size_t s, size_t f)
{
	static const char *const deduct[] = { "扣除", "剔除" };
	size_t b = aside_open_at(t, s, f);
	return b != (size_t)-1 && (aside_opens_with(t, b, f, scope_opens, NWORDS(scope_opens)) ||
				   aside_opens_with(t, b, f, deduct, NWORDS(deduct)));
}
