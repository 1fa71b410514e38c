/* extract.c - the extract stage's orchestration: split the text into clauses,
 * find metric labels (one trie scan), then walk each clause's labels,
 * periods, figures and ranks in order (tokens.c), pairing every figure with
 * the nearest preceding label of its part of the sentence (figures.c), its
 * ranks (rankings.c), its labels (labels.c) and its subject (subjects.c), and
 * emit records. The document context (context.c, dating.c) dates paragraphs
 * that name no period; settle.c settles the records after the walk. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/numfmt.h"
#include "extract/readers_lex.h"
#include "extract/walk.h"

/* 占 and a place right before a label: a share of that place's whole. */
static const char *const share_scopes[] = { "占全市", "占全省", "占全国", "占全县", "占全区" };

int db_extractor_load_words(db_extractor *x, const char *path, db_diag *d)
{
	db_words w;
	if (db_words_load(&w, path, d) < 0)
		return -1;
	db_words_release(&x->words);
	x->words = w;
	return 0;
}

void db_extractor_keep_unkeyed_amounts(db_extractor *x, bool keep)
{
	x->unkeyed_amounts = keep;
}

void db_extractor_set_sink(db_extractor *x, db_records_sink *sink, void *ctx)
{
	x->sink = sink;
	x->sink_ctx = ctx;
}

db_extractor *db_extractor_new(const db_catalog *catalog, db_diag *d)
{
	db_extractor *x = db_xcalloc(1, sizeof(*x));
	x->catalog = catalog;
	x->matcher = db_matcher_new(catalog, d);
	if (!x->matcher || db_words_load(&x->words, NULL, d) < 0) {
		db_matcher_free(x->matcher);
		free(x);
		return NULL;
	}
	return x;
}

void db_extractor_free(db_extractor *x)
{
	if (!x)
		return;
	db_matcher_free(x->matcher);
	db_words_release(&x->words);
	free(x);
}

/* A clause that opens with these speaks of another quantity than the label
 * of the clause before (…增加值增长12.6%，总产值突破1000亿元). */
static const char *const other_quantities[] = {
	"总产值", "产值", "营业收入", "营收", "利润总额", "利润", "用电量",
};

static const char *const same_time_last_year[] = { "去年同期和", "去年同期、", "去年同期及",
						   "上年同期和", "上年同期、", "上年同期及" };

/* A clause's paragraph, sentence and part: what changes when it opens one. */
static const char *const aside_openers[] = { "（", "(" }, *const aside_closers[] = { "）", ")" };

/* The bracket of the sentence still open at pos (an aside pos is in), or
 * (size_t)-1. */
static size_t open_aside(const walk *w, size_t pos)
{
	size_t open = rfind_any(w->text, w->sentence_start, pos, aside_openers, NWORDS(aside_openers),
				NULL);
	return open != (size_t)-1 &&
			       !contains_any(w->text, open, pos, aside_closers, NWORDS(aside_closers))
		       ? open
		       : (size_t)-1;
}

/* Has the aside opened at open closed before pos? */
static bool aside_closed(const walk *w, size_t open, size_t pos)
{
	return pos > open && contains_any(w->text, open, pos, aside_closers, NWORDS(aside_closers));
}

/* Does a streak (连续) stand between the period read and `end`, its years
 * the period's? (十年来，…，分别连续21年居…: not a review's years counted
 * back, a clause before the streak that counts its own.) */
static bool streak_of_period(const walk *w, size_t end)
{
	size_t at = find_any(w->text, w->per.pos, end, (const char *const[]){ "连续" }, 1, NULL);
	return at != (size_t)-1 &&
	       !(db_counted_back_at(w->text, w->len, w->per.pos) &&
		 find_any(w->text, w->per.pos, at, (const char *const[]){ "，", "," }, 2, NULL) !=
			 (size_t)-1);
}

static void enter_clause(walk *w, const db_clause *c, tokens *ts)
{
	if (c->segment != w->segment) {
		bool opens_line = db_opens_line(w, c->start);
		/* 今年是…之年。一是…。力争…: the items inside a paragraph keep
		 * the period its lead (no item itself) named last, not the
		 * document's; not one the lead read aside or as a start */
		if (opens_line)
			w->has_item_per = false;
		else if (w->seg_lead) {
			w->item_per = w->per;
			w->has_item_per = w->per.has && !w->per.ctx && !w->per.from &&
					  !w->period_breakdown && !w->month_aside && !w->sent_inline;
		}
		/* 预计全年…。一是…；二是…: an item inside the paragraph (not on
		 * a line of its own) is still the paragraph 初步预计 or 预计全年
		 * made estimates */
		size_t para_estimate = opens_line ? 0 : w->seg_estimate;
		w->seg_lead = opens_line && !db_opens_item(w->text + c->start, c->end - c->start);
		w->seg_item = db_list_item_at(w, c->start);
		w->seg_start = c->start;
		w->para_period = (db_period){ 0 };
		w->para_foreign = w->peer_para;
		w->foreign |= w->peer_para;
		w->list_estimate = w->seg_item && (w->list_estimate || db_estimate_lead(w, c->start));
		w->segment = c->segment;
		w->seg_basis = NULL;
		w->seg_estimate = w->list_estimate ? c->start : para_estimate;
		w->seg_ctx = db_context_at(&w->ctx, c->start, &w->ctx_hint);
		w->title_label = NULL;
		/* 比2012年(下同) in a paragraph before, of the same part: this
		 * one's rates are against that year too */
		if (w->below_basis && w->seg_ctx == w->below_basis_ctx)
			w->seg_basis = w->below_basis;
		/* 预计(下同) in a paragraph before, of the same review: this one's
		 * figures are estimates too */
		if (!w->seg_estimate && w->review_estimate_year && w->seg_ctx &&
		    w->seg_ctx->mode == DB_CONTEXT_REVIEW && w->seg_ctx->year == w->review_estimate_year)
			w->seg_estimate = c->start ? c->start : 1;
		db_summary_months(w, c->start);
		db_default_period(w);
		if (!opens_line && w->has_item_per)
			w->per = w->item_per;
		w->month_aside = false;
		w->bracket_aside = false;
		w->sent_inline = false;
		w->sent_to_date = false;
		w->sentence_start = c->start; /* no sentence before in this paragraph */
	}
	/* 某区召开人代会 / 主要预期目标是：…, a plan's title lines / …目标是：…: a
	 * target list on a line of the paragraph (or clause) joined to the
	 * lines above it starts its context there */
	const db_context_span *cx;
	size_t hint = w->ctx_hint;
	if (c->end > c->start &&
	    (cx = db_context_at(&w->ctx, c->end - 1, &hint)) != w->seg_ctx && cx &&
	    cx->start > w->seg_start) {
		w->seg_ctx = cx;
		w->ctx_hint = hint;
		db_default_period(w);
	}
	db_sums_again(w, c); /* (…当月完成a亿元，累计完成b亿元: the span again) */
	/* past the bracket that closes an aside with a period and figures
	 * of its own: the period before it again */
	if (w->bracket_aside && aside_closed(w, w->bracket_open, c->start)) {
		if (w->rs->len + w->aside.len > w->bracket_rec)
			w->per = w->before_bracket;
		w->bracket_aside = false;
	}
	if (c->sentence != w->sentence) {
		/* 由上年的15.8:43.6:40.6调整为…: a period read after 由/从 is the
		 * start of a change, not the period of the sentences after it */
		if ((w->per.from || w->period_breakdown) && w->sentence != (unsigned)-1)
			db_default_period(w);
		/* 2019年至2021年连续3年入围…。…税收占比达66.6%: the years of
		 * a streak are that sentence's, not the period of the sentences
		 * after it; so are quarters listed (一、二季度连续获得…) */
		else if (w->per.has && !w->per.ctx && w->sentence != (unsigned)-1 &&
			 (w->per.period.start_year < w->per.period.end_year ||
			  db_listed_span(w->text, w->len, w->per.pos)) &&
			 w->per.pos >= w->sentence_start && w->per.pos < c->start &&
			 streak_of_period(w, c->start))
			db_default_period(w);
		if (w->month_aside)
			w->per = w->before_aside;
		w->month_aside = false;
		/* 上半年，…，8月全区受洪灾影响，…。全区地区生产总值…: a
		 * sentence of no figure with a period inside it dates nothing
		 * after it */
		if (w->sent_inline && w->rs->len == w->sent_rec0 &&
		    db_dates_only(w->text, w->sentence_start, c->start) && !db_said_months(w))
			w->per = db_said_past_months(w) ? w->to_date_per : w->sent_per0;
		else
			db_summary_months(w, c->start);
		w->sent_inline = false;
		w->sent_to_date = false;
		/* …。分季度看，一季度…，前三季度…。人均…: the periods a
		 * sentence goes through are its own */
		w->period_breakdown = word_at(w->text, c->end, c->start,
					      WL(w, DB_W_PERIOD_BREAKDOWNS)) != NULL;
		/* the sentence before, in this paragraph (a 其中 sentence's whole) */
		w->prev_sentence_start = w->sentence != (unsigned)-1 ? w->sentence_start : c->start;
		const db_label *tl = w->sentence_start < c->start
					     ? db_title_label(w, w->sentence_start, c->start)
					     : NULL;
		if (tl)
			w->title_label = tl;
		w->sentence = c->sentence;
		w->sentence_start = w->status_scan = w->done_scan = c->start;
		w->sent_per0 = w->per;
		w->sent_rec0 = w->rs->len;
		w->estimate_at = w->target_at = (size_t)-1;
		w->nsaid = 0;
		w->last_scope = NULL; /* (a scope speaks for its sentence's parts) */
		w->entity = w->rs->doc.entity;
		w->level = w->rs->doc.level;
		/* …全省实现生产总值…。分产业看，第一产业增加值…: a sentence
		 * that opens with a breakdown goes on about whom the sentence
		 * before spoke of */
		if (!(w->foreign && c->segment == w->segment && c->start >= 3 &&
		      word_at(w->text, c->end, c->start, WL(w, DB_W_BREAKDOWNS))) &&
		    !w->para_foreign)
			w->foreign = w->doc_foreign;
		w->foreign_aside = false;
	}
	if (c->part != w->part) {
		w->part = c->part;
		/* …比一季度回落3.6个百分点；两年平均增长5.2%: a part that opens
		 * with a rate goes on with the label of the part before, in the
		 * same sentence */
		w->part_label = c->sentence == w->sentence ? w->label : NULL;
		w->part_start = c->start;
		w->part_after_basis = false;
		w->label = w->title_label; /* (NULL but after a label's title) */
		w->npending = 0;
		w->part_first = w->rs->len;
		w->nsaid = 0;
		w->group_first = w->group_len = 0;
	}
	/* 财政收入实现两个全市第一，其中：税收收入…；地方收入…: the parts after a
	 * clause of 其中 alone list the items a 均 rank at their end ranks */
	{
		size_t s = c->start, e = c->end;
		while (s < e && (w->text[s] == ' ' || w->text[s] == '\n'))
			s++;
		while (e > s && (w->text[e - 1] == ' ' || w->text[e - 1] == '\n'))
			e--;
		if (e - s == strlen("其中") && has_word_at(w->text, e, s, "其中")) {
			w->list_first = w->rs->len;
			w->list_sentence = c->sentence + 1;
		}
	}
	/* 华兴集团入库税收3亿元，增长8%: the label of a clause of someone
	 * else's carries no figure of the next clause to the entity */
	if (w->clause_foreign && w->label && w->label->start < c->start)
		w->label = NULL;
	w->clause_foreign = false;
	/* 在全市7个县（市、区）中，我县…增速排名第2位: the place group of the
	 * sentence's ranks that name none */
	char frame[sizeof ((db_figure *)0)->scope];
	if (db_frame_scope(w->text, w->len, c->start, (size_t)-1, frame, sizeof frame))
		w->last_scope = db_arena_strdup(&w->rs->arena, frame);
	if (w->carry_pending && (w->carry_sentence == c->sentence ||
				 (w->carry_next && c->sentence == w->carry_sentence + 1 &&
				  c->start == w->sentence_start))) {
		w->npending = w->carry_n; /* a frame's labels, for the rank after it */
		w->carried_in = true;
		/* 在…营商环境评价中，我县综合得分89.35分: the score the clause
		 * opens with is the frame's evaluation's (its last label) */
		static const char *const scores[] = { "综合得分", "综合评分", "总得分", "得分" };
		size_t p = c->start, which;
		while (p < c->end && (w->text[p] == ' ' || w->text[p] == '\n'))
			p++;
		p += db_self_name_len(w, p, c->end);
		/* (…，我区以89.6分的成绩位列…: a score in points after 以) */
		bool points = false;
		if (has_word_at(w->text, c->end, p, "以")) {
			size_t n = p + strlen("以"), d = db_decimal_end(w->text, n, c->end);
			points = d > n && has_word_at(w->text, c->end, d, "分");
		}
		if (w->npending && (db_longest_word_at(w->text, p, c->end, scores, NWORDS(scores), &which) ||
				    points))
			w->label = w->pending[w->npending - 1];
	} else {
		w->npending = 0; /* rank-only labels share the rank's clause */
		w->carried_in = false;
	}
	w->carry_pending = false;
	db_clause_tokens(w, c, ts);
	/* （其中：县本级…，开发区…）；一般公共预算收入…: someone else named inside a
	 * bracketed aside is the aside's subject only; past its closing
	 * bracket the sentence speaks of whom it spoke of before */
	if (w->foreign_aside && aside_closed(w, w->foreign_open, c->start)) {
		w->foreign = false;
		w->entity = w->aside_entity;
		w->level = w->aside_level;
		w->foreign_aside = false;
	}
	bool was_foreign = w->foreign;
	const char *was_entity = w->entity, *was_level = w->level;
	db_clause_subject(w, c, ts);
	if ((w->foreign != was_foreign || w->entity != was_entity) && !was_foreign &&
	    !w->foreign_aside && !w->para_foreign && !w->doc_foreign && c->start > w->sentence_start &&
	    (w->foreign_open = open_aside(w, c->start)) != (size_t)-1) {
		w->foreign_aside = true;
		w->aside_entity = was_entity;
		w->aside_level = was_level;
	}
	/* …增长N%；与2019年相比，两年平均增长M%: a part that opens with
	 * a year compared with alone starts at the rate after it */
	if (w->part_after_basis && c->start > w->part_start) {
		w->part_start = c->start;
		w->part_after_basis = false;
	} else if (c->start == w->part_start && w->part_label && db_basis_clause(w, c, ts)) {
		w->part_after_basis = true;
	}
}

/* 预计全年…, 预计2021年…, 增长6.3%（预计，下同）: the estimate words of a clause
 * make its paragraph's figures (and those below, with 下同) estimates. */
static void clause_estimate(walk *w, const db_clause *c)
{
	size_t ew = 0, est = db_words_find(w->text, c->start, c->end, WL(w, DB_W_ESTIMATE_PARAGRAPH),
					   &ew);
	bool est_word = est != (size_t)-1;
	/* 预计2025年末，…, 预计2021年实现…: the year's results as a whole,
	 * like 预计全年 */
	if (!est_word && !w->seg_estimate)
		est = db_estimate_of_year(w, c);
	if (est != (size_t)-1 && !w->seg_estimate) {
		/* 增长6.3%（预计，同比，下同）: the note of the figure before it */
		const char *word = est_word ? WL(w, DB_W_ESTIMATE_PARAGRAPH)->items[ew] : "";
		/* 全年预计(下同)实现…, 预计(下同)全年…: the figures below too */
		size_t after = est + strlen(word);
		if (est_word && (strstr(word, "下同") || has_word_at(w->text, w->len, after, "(下同)") ||
				 has_word_at(w->text, w->len, after, "（下同）")))
			db_estimates_below(w);
		if (word[0] == '(' || !strncmp(word, "（", strlen("（"))) {
			/* ——…增长2.8%（预计，下同）: the list items after it too */
			bool same_below = false;
			for (size_t q = after; q < est + 24 && q < w->len && !same_below; q++)
				same_below = has_word_at(w->text, w->len, q, "下同");
			if (same_below)
				db_estimates_below(w);
			est = w->sentence_start; /* (and so are the sentence's figures before) */
			for (size_t i = w->rs->len; i-- > 0 &&
						    w->rs->items[i].source.offset >= w->sentence_start;)
				if (w->rs->items[i].status == DB_STATUS_ACTUAL)
					w->rs->items[i].status = DB_STATUS_ESTIMATE;
		}
		w->seg_estimate = est ? est : 1;
	}
}

/* What the walk of a clause keeps from one of its tokens to the next. */
typedef struct {
	const db_clause *c;
	tokens *ts;
	size_t i; /* the token read */
	size_t nperiods, nfigures, nranks, ri;
	/* the labels of a 分别 list, and the next to pair */
	const db_label *dist[16];
	size_t ndist, di;
	/* the places the clause's figures are compared with (高于全省…) */
	const char *gap_vs[8];
	int gap_sign;
	size_t ngap, gi;
	size_t moved_from; /* the start of a rank moved from (由第21位上升到…) */
	/* rank-only records took one position each of the clause's ranks
	 * (…分别居第3位、第2位、第3位、第6位): the later positions are no
	 * ranks of their own (read as such, the last name got a second 3) */
	bool spread;
	size_t prev_end, dist_gs, dist_ge;
	/* the clause's last figure and where the list's last record ended
	 * (for a qualifier after a last item that made no record) */
	const db_figure *tail_fig;
	size_t group_end;
	size_t unread_end; /* the end of the last figure no record was made of */
	/* 1250家规上工业企业、380多家高新技术企业: the label a count before it
	 * took, when the next item of the 、 list opens with its own count */
	size_t counted_label;
	bool dist_growth; /* 分别增5.1%和15.3%: the first figure's verb … */
	int dist_sign;
	bool has_basis, basis_mom;
	size_t basis_end, yoy_then, yoy_list_end;
	/* 较去年同期和一季度分别回落…: the period of the second change */
	db_period then_period;
	bool has_then;
	size_t period_bytes, period_end;
	/* 一季度、上半年、前三季度…分别增长5.2%、6.1%、6.8%: periods listed,
	 * one for each figure after 分别 (listed_ok: -1 not yet asked) */
	db_period listed[NWORDS(((walk *)0)->periods_listed)];
	size_t nlisted, li, listed_end;
	int listed_ok;
	bool listed_year; /* (the first named its year) */
	db_period basis_period, bases[4];
	size_t nbases, bi;
	/* (what the clause before spoke of; at a part's start, the part's
	 * before: …民间投资下降5.3%；占全区固定资产投资的51.1%) */
	const db_label *entry_label;
	/* 按2022年常住人口(31.6万人)计算，人均生产总值68420元: the year of a
	 * computing basis dates what the clause itself gives (the population),
	 * not the figures after it: the period before comes back after it */
	bool basis_clause;
	carried_period basis_saved;
	/* 增长9%，增速近5年来稳居…，固定资产投资增长12%: years counted
	 * back (近N年来, N年来, 过去N年) in a clause of no figure after a
	 * figure of its sentence are that figure's streak, not the period of
	 * the figures after it */
	carried_period clause_per0;
	size_t clause_rec0;
} clause_walk;

/* A label: it speaks for the figures after it. */
static void clause_label(walk *w, clause_walk *cw, token *tk)
{
	const db_clause *c = cw->c;
	/* (…分别增长9%、12%一般公共预算收入完成…: past the
	 * list's figures, a label speaks for the figures after
	 * it, as in a clause of no list) */
	if (cw->ndist && cw->di == cw->ndist && tk->start > c->start)
		cw->ndist = 0;
	/* (the item's label, taken by its count: no label of the next item's) */
	w->label = cw->counted_label && tk->start == cw->counted_label ? NULL : tk->label;
	if (w->npending < 16)
		w->pending[w->npending++] = tk->label;
	if (tk->end > cw->prev_end)
		cw->prev_end = tk->end;
}

/* 1250家规上工业企业、380多家高新技术企业: is the figure after label j,
 * past a 、 (or 和, 及) alone, a count in the unit the label counts in, as
 * the figure tk before the label is (items of a list of counts, each
 * before its label)? */
static bool counts_listed(const walk *w, const tokens *ts, const token *tk, size_t j)
{
	static const char *const joins[] = { "、", "和", "及" };
	const token *l = &ts->items[j], *n = j + 1 < ts->len ? &ts->items[j + 1] : NULL;
	size_t which;
	if (!n || n->kind != TOK_FIGURE || l->label->metric == (size_t)-1 ||
	    !db_longest_word_at(w->text, l->end, n->fig.num_start, joins, NWORDS(joins), &which) ||
	    n->fig.num_start != l->end + strlen(joins[which]))
		return false;
	const char *u = metric_of(w, l->label)->unit;
	return (!strcmp(u, "家") || !strcmp(u, "个") || !strcmp(u, "户")) && !strcmp(tk->fig.unit, u) &&
	       !strcmp(n->fig.unit, u);
}

/* A period: it dates the figures after it, or is a basis, a span, a
 * streak, a goal or a day that dates none. */
static void clause_period(walk *w, clause_walk *cw, token *tk)
{
	const db_clause *c = cw->c;
	cw->period_bytes += tk->end - tk->start;
	if (db_is_basis_period(w, c->start, tk->start) ||
	    db_dropped_basis(w, c, tk)) {
		if (has_word_at(w->text, tk->end, tk->start, "上月")) {
			cw->basis_mom = true; /* 比上月: of the figure's month */
			return;
		}
		if ((has_word_at(w->text, tk->end, tk->start, "去年") ||
		     has_word_at(w->text, tk->end, tk->start, "上年")) &&
		    !(contains_any(w->text, tk->start, tk->end,
				   (const char *const[]){ "全年", "季度" }, 2) &&
		      tk->period.has_period))
			return; /* 比去年: the year before the figure's, yoy
				* (比去年全年: that whole year; 较上年四季度:
				* that quarter) */
		if (tk->period.has_period) {
			cw->has_basis = true;
			cw->basis_period = tk->period.period;
			cw->basis_end = tk->end;
			cw->bases[0] = cw->basis_period;
			cw->nbases = 1;
			/* 分别比上年全年、上年同期加快…: the second
			 * change is yoy (a period of no year marks it) */
			static const char *const then_yoy[] = {
				"、上年同期", "、去年同期", "和上年同期", "和去年同期"
			};
			size_t yl = db_longest_word_at(w->text, tk->end, c->end, then_yoy,
						       NWORDS(then_yoy), NULL);
			if (yl) {
				cw->bases[cw->nbases++] = (db_period){ 0, 0, 0, 0 };
				cw->basis_end = tk->end + yl;
			}
			db_same_basis_below(w, tk);
		}
		return;
	}
	/* 自2022年三季度以来连续8个季度…: the span of a streak,
	 * not the period of the figures after it */
	if (has_word_at(w->text, c->end, tk->end, "连续") &&
	    has_word_at(w->text, tk->end, tk->end - strlen("以来"), "以来"))
		return;
	/* 增速为2012年以来的最高水平。投资增长…, 创10年来最好水平,
	 * 今年首次高于…: the span a record is counted over, not the
	 * period of the figures after it */
	if (db_record_span(w, tk, c->end)) {
		if (tk->end > cw->prev_end)
			cw->prev_end = tk->end;
		return;
	}
	/* 为实现全年目标开好局: the year's goal, no period of the
	 * figures around it */
	if (db_year_goal_at(w, tk->period.last_year, c->start, tk->start, tk->end, c->end) ||
	    db_half_goal_at(w->text, tk->end, c->end))
		return;
	/* 较去年同期和全年分别提高…: compared with too, not the
	 * period of the figures */
	if (ends_with_any(w->text, c->start, tk->start, same_time_last_year,
			  NWORDS(same_time_last_year))) {
		cw->yoy_then = 1; /* (the first change is the yoy one) */
		cw->yoy_list_end = tk->end;
		/* 较去年同期和一季度(1-5月): a part of a year, the
		 * second change's basis; 全年 stays without one, but
		 * a whole year named (高于上年同期、2023年全年…) is
		 * that year */
		bool named_year = db_has_digit(w->text, tk->start, tk->end);
		cw->has_then = tk->period.has_period &&
			   ((!tk->period.last_year &&
			     !(tk->period.period.start_month == 1 &&
			       tk->period.period.end_month == 12)) ||
			    (named_year && tk->period.period.start_year ==
						   tk->period.period.end_year));
		cw->then_period = tk->period.period;
		return;
	}
	/* 较一季度、上半年和前三季度分别提高6.2个、2.8个和1.1个百分点:
	 * more periods compared with, one for each change */
	if (cw->nbases && cw->nbases < NWORDS(cw->bases) && tk->period.has_period &&
	    db_joined(w, cw->basis_end, tk->start)) {
		cw->bases[cw->nbases++] = tk->period.period;
		cw->basis_end = tk->end;
		return;
	}
	/* 2021年实施重点项目502项、当年投资996.3亿元: 当年 is the
	 * year already spoken of (a review's, a sentence's), not
	 * the date's */
	if (has_word_at(w->text, tk->end, tk->start, "当年") &&
	    tk->end - tk->start == strlen("当年") && w->per.has &&
	    w->per.period.start_year == w->per.period.end_year && !w->per.plan) {
		if (tk->end > cw->prev_end)
			cw->prev_end = tk->end;
		return;
	}
	/* 1月16日，…会议开幕 in a news item of that day: the day
	 * something happened, in the month the text speaks from
	 * (or later), is no period of the figures after it
	 * (db_period_ended counts that month as ended); 截至1月20日
	 * still dates a stock. A day of no year named in the month of the
	 * document is that day too, whatever year a report's review gave
	 * it (香港1月25日电 in a 政府工作报告 of that day) */
	static const char *const to_date[] = { "截至", "截止", "至", "到" };
	if (tk->period.has_period && db_calendar_date(w->text, tk->start, tk->end, c->end) &&
	    (tk->period.period.end_year * 12 + tk->period.period.end_month >=
		     w->rs->doc.date.year * 12 + w->rs->doc.date.month ||
	     (tk->period.period.start_month == w->rs->doc.date.month &&
	      tk->period.period.end_month == w->rs->doc.date.month &&
	      !contains_any(w->text, tk->start, tk->end, (const char *const[]){ "年" }, 1))) &&
	    !tk->period.cumulative_to_date &&
	    !contains_any(w->text, tk->start, tk->end, to_date, NWORDS(to_date)) &&
	    !ends_with_any(w->text, c->start, tk->start, to_date, NWORDS(to_date))) {
		if (tk->end > cw->prev_end)
			cw->prev_end = tk->end;
		return;
	}
	/* 1—3月…，当月…: the month the figures speak of, not the
	 * date's */
	bool this_month = (has_word_at(w->text, tk->end, tk->start, "当月") ||
			   has_word_at(w->text, tk->end, tk->start, "本月")) &&
			  tk->end - tk->start == 6;
	/* 8月当月, 6月份…当月增长, 8月份，…。N个行业当月…: the month named in the clause or paragraph */
	if (this_month && w->per.has &&
	    (cw->period_end || (!w->per.ctx && w->per.pos >= w->seg_start)) &&
	    w->per.period.start_year == w->per.period.end_year &&
	    w->per.period.start_month == w->per.period.end_month) {
		/* (period words, not the label's: 7月当月增长13.1%) */
		if (tk->end > cw->prev_end)
			cw->prev_end = tk->end;
		return;
	}
	if (this_month && w->per.has && w->per.period.start_year == w->per.period.end_year &&
	    w->per.period.start_month < w->per.period.end_month) {
		db_period m = db_period_month(w->per.period.end_year, w->per.period.end_month);
		if (db_month_of_span(w, &m) && tk->start > w->sentence_start) {
			w->before_aside = w->per;
			w->month_aside = true;
		}
		w->per.period = m;
		w->per.ctx = true; /* (not re-read as the date's month) */
		if (tk->end > cw->prev_end)
			cw->prev_end = tk->end;
		return;
	}
	if (!cw->basis_clause && tk->start >= c->start + 3 &&
	    has_word_at(w->text, tk->start, tk->start - 3, "按") &&
	    find_any(w->text, tk->end, c->end, (const char *const[]){ "计算" }, 1,
		     NULL) != (size_t)-1) {
		cw->basis_clause = true;
		cw->basis_saved = w->per;
	}
	/* (由2017年的…: the period it leaves, for the figures after
	 * the value started from) */
	bool from_here = rfind_any(w->text, tk->start >= c->start + 6 ? tk->start - 6
								: c->start,
				   tk->start, (const char *const[]){ "由", "从" }, 2,
				   NULL) != (size_t)-1;
	/* (a year, or months from January: 由上半年低于全省…，转为
	 * 高于全省… in a news item on 前三季度) */
	w->has_pre_from = from_here && w->per.has && w->per.period.start_year == w->per.period.end_year &&
			  w->per.period.start_month == 1;
	w->pre_from = w->per.period;
	w->pre_from_ctx = w->per.ctx;
	w->pre_from_pos = w->per.pos;
	w->has_also = w->per.has && !w->per.ctx && cw->period_end &&
		      db_joined(w, cw->period_end, tk->start);
	w->also_period = w->per.period;
	w->also_pos = w->per.pos;
	cw->period_end = tk->end;
	if (tk->period.has_period && tk->start > w->sentence_start &&
	    db_month_of_span(w, &tk->period.period)) {
		w->before_aside = w->per;
		w->month_aside = true;
	}
	size_t open = tk->period.has_period && !w->bracket_aside && tk->start > w->sentence_start
			      ? open_aside(w, tk->start)
			      : (size_t)-1;
	if (open != (size_t)-1) {
		w->bracket_aside = true;
		w->bracket_open = open;
		w->bracket_rec = w->rs->len + w->aside.len;
		w->before_bracket = w->per;
	}
	/* (今年以来 says no months: not the first period read) */
	bool first_read = !w->period_seen;
	if (tk->period.has_period && !tk->period.cumulative_to_date &&
	    !w->period_seen) {
		w->period_seen = true;
		w->first_period_at = tk->start;
	}
	w->per.has = tk->period.has_period;
	w->per.ctx = false;
	w->per.period = tk->period.period;
	/* 二季度全县地区生产总值… in a news item on 上半年: the
	 * accounts are cumulative, the quarter ends the half
	 * (not 当季, 单季) */
	if (w->item_dated && w->has_news_period && tk->period.has_period &&
	    db_cumulative_quarter(w, &tk->period.period, tk->start, tk->end))
		w->per.period = w->news_period;
	/* 1-11月…。目前全县在库项目141个…: to date is the news
	 * item's months, when they run from January of its year */
	if (w->item_dated && w->has_news_period && tk->period.cumulative_to_date &&
	    w->news_period.start_month == 1 &&
	    w->news_period.start_year == tk->period.period.end_year &&
	    w->news_period.end_year == tk->period.period.end_year)
		w->per.period = w->news_period;
	if (w->item_dated && !w->has_news_period &&
	    (w->news || (first_read && db_opening_period(w, tk->start, tk->end))) &&
	    db_item_period(w, &tk->period, c->end) &&
	    db_period_ended(&tk->period.period, &w->rs->doc.date)) {
		w->has_news_period = true;
		w->news_period = w->has_title && tk->start == w->title.start
					 ? w->title.period
					 : db_month_then_span(w, &tk->period);
		/* 三季度，全县实现地区生产总值… opening a county's
		 * news item: its accounts run from January */
		if (!(w->has_title && tk->start == w->title.start) &&
		    db_bare_later_quarter(w, &tk->period.period, tk->start, tk->end)) {
			w->news_period.start_month = 1;
			w->per.period = w->news_period;
		}
	}
	w->per.plan = tk->period.plan;
	w->per.last = tk->period.last_year;
	/* ——全年地区生产总值预期目标增长6.5% under 一、2023年…计划
	 * 执行情况: 全年 of a review section is the reviewed year,
	 * its target too (not the date's year) */
	if (w->per.last && w->seg_ctx && w->seg_ctx->mode == DB_CONTEXT_REVIEW &&
	    w->seg_ctx->year && tk->period.has_period) {
		w->per.period = db_period_year(w->seg_ctx->year);
		w->per.last = false;
	}
	w->per.cum = tk->period.cumulative_to_date;
	w->per.pos = tk->start;
	if (tk->period.has_period && db_inline_period(w, c, tk))
		w->sent_inline = true;
	else if (tk->period.has_period && tk->period.cumulative_to_date) {
		w->sent_to_date = true;
		w->to_date_per = w->per;
	}
	w->per.from = from_here;
	if (cw->nlisted && cw->nlisted < NWORDS(cw->listed) && tk->period.has_period &&
	    db_joined(w, cw->listed_end, tk->start) && db_listed_one_year(cw->listed, cw->nlisted) &&
	    w->per.period.start_year == w->per.period.end_year) {
		/* (2023年一季度、上半年: the year of the first; 一季度、
		 * 上半年、前三季度 in January: all of the year the last
		 * is, last year) */
		int y = cw->listed[0].end_year;
		if (tk->period.no_year && (cw->listed_year || w->per.period.end_year > y))
			w->per.period.start_year = w->per.period.end_year = y;
		for (size_t k = 0; !cw->listed_year && k < cw->nlisted; k++)
			cw->listed[k].start_year = cw->listed[k].end_year = w->per.period.end_year;
		cw->listed[cw->nlisted++] = w->per.period;
	} else {
		cw->listed[0] = w->per.period;
		cw->nlisted = tk->period.has_period;
		cw->listed_year = !tk->period.no_year;
	}
	cw->listed_end = tk->end;
	if (tk->end > cw->prev_end)
		cw->prev_end = tk->end;
}

/* The whole a share's label l names: its metric, but 财政收入 (the bare
 * word) after the budget revenue in the same sentence, and no fiscal total
 * there, is that budget revenue (一般公共预算收入…，其中税收收入…，占财政
 * 收入的N%: the taxes' share of it, the tax share). */
static const char *whole_of(const walk *w, const db_label *l)
{
	const char *id = metric_of(w, l)->id;
	if (strcmp(id, "fiscal_revenue") || l->end - l->start != strlen("财政收入") ||
	    !has_word_at(w->text, l->end, l->start, "财政收入"))
		return id;
	bool budget = false;
	for (size_t i = db_label_at(w->labels, w->sentence_start);
	     i < w->labels->len && w->labels->items[i].start < l->start; i++) {
		const db_label *b = &w->labels->items[i];
		if (b->metric == (size_t)-1)
			continue;
		if (!strcmp(metric_of(w, b)->id, "fiscal_revenue"))
			return id;
		budget |= !strcmp(metric_of(w, b)->id, "budget_revenue");
	}
	return budget ? "budget_revenue" : id;
}

/* 工业投资占固定资产投资的比重, 占全市…的比重, 城镇人口占…: whose share a figure
 * is and of what whole, for the label l read for it; sets the whole in fc
 * and returns the label of the figure (NULL: none of the catalog). */
static const db_label *share_whole(walk *w, const clause_walk *cw, fig_ctx *fc,
				   const db_label *l)
{
	const db_clause *c = cw->c;
	const tokens *ts = cw->ts;
	const db_label *urban;
	if (l && !cw->ndist && (urban = db_urban_share(w, c, l)))
		l = w->label = urban;
	/* 工业投资占固定资产投资的比重达到35.2%: the share is the
	 * first label's, of the second */
	/* (占全县地区生产总值的比重 in the county's own report: the
	 * whole is its own GDP, not a wider place's) */
	const char *own = db_own_scope(w);
	bool own_whole = l && !cw->ndist && own && l->start >= c->start + 9 &&
			 has_word_at(w->text, l->start - 6, l->start - 9, "占") &&
			 has_word_at(w->text, l->start, l->start - 6, own);
	if (l && !cw->ndist && l->start > c->start + 3 &&
	    (has_word_at(w->text, l->start, l->start - 3, "占") || own_whole ||
	     (l->start >= c->start + 6 &&
	      has_word_at(w->text, l->start, l->start - 6, "占全")))) {
		const db_label *before = NULL;
		for (size_t j = 0; j < cw->i; j++)
			if (ts->items[j].kind == TOK_LABEL && ts->items[j].label != l)
				before = ts->items[j].label;
		if (before && before->start >= c->start &&
		    (has_word_at(w->text, l->start, l->start - 3, "占") || own_whole)) {
			fc->of_metric = whole_of(w, l);
			l = w->label = before; /* (and the clauses after) */
			fc->gap_start = before->end;
		}
	}
	/* …汽车制造业增加值增长48.4%，占全市规模以上工业比重15.3%:
	 * a clause that opens with the share of a whole speaks of
	 * what the clause before did; the same whole there is a
	 * place's share of a wider one (…总产值…，占全市…总产值的比重) */
	size_t occ;
	if (l && !cw->ndist && l->start >= c->start + 3 &&
	    ((occ = rfind_any(w->text, c->start, l->start, (const char *const[]){ "占" }, 1,
			      NULL)) != (size_t)-1) &&
	    (occ <= c->start + 6 || db_subject_of(w, cw->entry_label, c->start, occ)) &&
	    l->start - occ <= 12 && !db_clause_label_before(ts, cw->i, l) &&
	    !(cw->entry_label && cw->entry_label->metric == l->metric)) {
		if (cw->entry_label && cw->entry_label->metric != (size_t)-1) {
			fc->of_metric = whole_of(w, l);
			/* (…，占固定资产投资的5.8%，同比下降41.6%:
			 * the clauses after speak of the part too) */
			l = w->label = cw->entry_label;
			fc->share_from = occ;
		} else {
			l = w->label = NULL;
		}
	}
	/* 特色产业增加值占全市规上工业增加值比重为38.5% in the city's
	 * own report, …某类企业增加值占规模以上工业增加值的比重N%，同比
	 * 增长M%: the share of something named before 占
	 * that the catalog lacks, no share of the whole's label, and
	 * the rates after it that thing's too */
	bool right_after = l && l->start >= c->start + 3 &&
			   has_word_at(w->text, l->start, l->start - 3, "占");
	if (l && !cw->ndist && (own_whole || right_after) && !db_clause_label_before(ts, cw->i, l) &&
	    db_named_before(w, c, ts, l->start - (own_whole ? 9 : 3)))
		l = w->label = NULL;
	/* …总产值1208.64亿元，占全市规上工业总产值比重达41.5%: the
	 * label after 占全市 names the whole the share is of */
	if (l && !cw->ndist && l->start >= c->start + 9 &&
	    ends_with_any(w->text, c->start, l->start, share_scopes,
			  NWORDS(share_scopes)))
		fc->share_from = l->start - 9; /* (each is three characters) */
	/* 工业税收占全部税收比重达60%: a ratio's name right after 占
	 * (or after 占 and two characters, 全部, 全县) is the whole
	 * another thing's share is of, not that ratio */
	if (l && !cw->ndist && l->start >= c->start + 3 &&
	    ends_with_any(w->text, l->start, l->end, (const char *const[]){ "比重", "占比" }, 2) &&
	    (has_word_at(w->text, l->start, l->start - 3, "占") ||
	     (l->start >= c->start + 9 &&
	      has_word_at(w->text, l->start - 6, l->start - 9, "占"))))
		l = w->label = NULL;
	return l;
}

/* 分别增长a、b: the verb (and sign) of a list's first figure speaks for a
 * figure after it that has none. */
static void list_verb(db_figure *f, bool growth, int sign)
{
	if (f->growth_word || f->sign_word)
		return;
	f->growth_word = growth;
	if (sign < 0 && f->has_value && f->value > 0) {
		f->value = -f->value;
		f->sign_word = -1;
	} else if (sign > 0 && f->kind == DB_FIG_AMOUNT) {
		/* (分别比年初增加a、b亿元: an amount added, as the first) */
		f->sign_word = 1;
	}
}

/* The records of a figure paired: made (for each label of a list before it
 * too), taken back when they are a
 * compared place's or the same figure again, or the figure kept aside;
 * what a figure of no record leaves for the rank or the rate after it. */
static void emit_paired(walk *w, clause_walk *cw, token *tk, fig_ctx *fc,
			const db_label *l_read, bool listing, size_t item)
{
	const db_clause *c = cw->c;
	const tokens *ts = cw->ts;
	const db_label *l = fc->label;
	/* 人均GDP、全员劳动生产率增速9%: one figure for each label of
	 * a list joined by 、 和 及 right before it */
	if (l && !cw->ndist && l->start >= c->start) {
		size_t j = cw->i;
		while (j > 0 && ts->items[j - 1].label != l)
			j--;
		size_t first = j > 0 ? j - 1 : cw->i;
		while (first > 0 && ts->items[first - 1].kind == TOK_LABEL &&
		       (db_joined(w, ts->items[first - 1].end, ts->items[first].start) ||
			(ts->items[first - 1].start == ts->items[first].start &&
			 ts->items[first - 1].end == ts->items[first].end)))
			first--; /* (the 城镇 and 农村 twins of 城乡…均) */
		for (size_t k = first; j > 0 && k < j - 1; k++) {
			fig_ctx fk = *fc;
			fk.label = ts->items[k].label;
			fk.label_start = fk.label->start;
			fk.label_end = fk.label->end;
			db_emit_figure(w, &fk, &tk->fig);
		}
	}
	/* (…分别达到41280元和15630元，均增长8.3%: the list's other
	 * names too) */
	if (l && !cw->ndist && w->ndist && l == w->dist[w->ndist - 1] &&
	    db_all_of_list(w, c, ts, tk, cw->prev_end))
		for (size_t k = 0; k + 1 < w->ndist; k++) {
			fig_ctx fk = *fc;
			fk.label = w->dist[k];
			fk.label_start = fk.label->start;
			fk.label_end = fk.label->end;
			db_emit_figure(w, &fk, &tk->fig);
		}
	size_t idx = db_emit_figure(w, fc, &tk->fig);
	/* (A和B分别增长a%、b%, parts no catalog label names: each figure
	 * its item's words, a rate of no metric too, aside or not) */
	db_label part = { 0, 0, (size_t)-1 };
	size_t lead = 0;
	const char *words = db_list_label(w, fc, ts, cw->i, idx, &part, &lead);
	/* (the place compared's rate in brackets: no figure of
	 * the report's, kept aside or left for a rank after it) */
	bool theirs = db_compared_place_rate(w, c, tk->start);
	if (theirs && idx != (size_t)-1 && idx + 1 == w->rs->len) {
		w->rs->len--;
		idx = (size_t)-1;
	}
	if (idx == (size_t)-1 && !theirs) {
		/* (…，其中农业总产值41.2亿元: the label read right
		 * before the figure, though refused, names it aside) */
		fig_ctx ac = *fc;
		if (!ac.label && l_read && l_read->start >= c->start &&
		    l_read->end >= cw->prev_end && l_read->end <= tk->fig.num_start) {
			ac.label = l_read;
			ac.label_start = l_read->start;
			ac.label_end = l_read->end;
		}
		db_figure f = tk->fig;
		if (!ac.label && words) {
			ac.label = &part;
			ac.label_words = words;
			ac.label_start = part.start;
			ac.label_end = part.end;
			list_verb(&f, ts->items[lead].fig.growth_word, ts->items[lead].fig.sign_word);
		}
		db_keep_aside(w, &ac, &f);
	}
	cw->unread_end = idx == (size_t)-1 && !theirs ? tk->end : 0;
	/* 其中，7月增长11.6%: a rate of nothing but a period and
	 * growth words, no record made (for the rank after it);
	 * so is 同比增长19% right after an amount no record was
	 * made of (…开票销售5064亿元，同比增长19%): its growth */
	size_t unread_before = w->unread_tail;
	w->unread_tail = 0;
	w->unread_named = idx == (size_t)-1 && !db_clause_has_label(ts, cw->i) &&
				  db_named_figure(w, c, ts, cw->i)
			  ? tk->end
			  : 0;
	if (idx == (size_t)-1 && tk->fig.kind == DB_FIG_PERCENT && !fc->label) {
		size_t bs = c->start;
		for (size_t k = 0; k < cw->i; k++)
			if (ts->items[k].kind == TOK_PERIOD && ts->items[k].start == bs)
				bs = ts->items[k].end;
		/* (…突破5000亿元大关，同比增长19%: a word or two
		 * may close the amount's clause) */
		bool after_amount = unread_before && unread_before < c->start &&
				    c->start - unread_before <= 12;
		if ((bs > c->start || after_amount) &&
		    db_measure_words_only(w, bs, tk->fig.num_start))
			w->unread_tail = tk->end;
	}
	/* 争取上级直达资金9亿元，总量居全市第一位: an amount of
	 * something the catalog does not name, no record made */
	if (idx == (size_t)-1 && tk->fig.kind == DB_FIG_AMOUNT && !fc->label)
		w->unread_tail = tk->end;
	if (theirs)
		w->unread_tail = w->unread_named = 0;
	if (idx != (size_t)-1 && idx + 1 == w->rs->len &&
	    db_restated(w, idx, tk->fig.num_start)) {
		w->rs->len--; /* (the same figure on another basis) */
		idx = (size_t)-1;
	}
	/* 由2017年的76微克/立方米降至64微克/立方米，同比下降15.79%:
	 * once the value started from is read, the figures after it
	 * are of the period before 由 (the review's year) */
	if (w->per.from && w->has_pre_from && tk->start > w->per.pos) {
		w->per.period = w->pre_from;
		w->per.ctx = w->pre_from_ctx;
		w->per.pos = w->pre_from_pos;
		w->per.from = w->has_pre_from = false;
	}
	if (idx != (size_t)-1 && !cw->ndist && fc->label)
		db_label_said(w, fc->label);
	if (idx != (size_t)-1 && (!listing || item == 1)) {
		w->group_first = idx;
		w->group_len = 1;
		w->group_lead = db_lead_qualifier(w, &tk->fig, c->start);
		cw->group_end = tk->end;
	} else if (idx != (size_t)-1 && w->group_len) {
		w->group_len++;
		cw->group_end = tk->end;
	}
}

/* The words before a figure that are its measure words (比2019年同期, 较一季度
 * (-0.8%), 由…转为, 按可比价计算, a price year, a 口径 note), as bytes after the
 * clause's start: a label of an earlier clause still speaks for it past them. */
static size_t lead_words(walk *w, const clause_walk *cw, const token *tk)
{
	const db_clause *c = cw->c;
	size_t lead_skip = cw->period_bytes, sq, rw0;
	/* 比2019年同期增长8%, 增速比去年同期加快3个百分点 */
	size_t lead_than = c->start + db_longest_word_at(w->text, c->start, tk->fig.num_start,
							 WORDS(w, DB_W_RATE_WORDS), &rw0);
	if (has_word_at(w->text, tk->fig.num_start, lead_than, "分别"))
		lead_than += 6; /* (分别较去年同期和一季度回落…) */
	if ((has_word_at(w->text, c->end, lead_than, "比") ||
	     has_word_at(w->text, c->end, lead_than, "较") ||
	     has_word_at(w->text, c->end, lead_than, "与")) &&
	    (sq = find_any(w->text, lead_than, tk->fig.num_start,
			   (const char *const[]){ "同期" }, 1, NULL)) != (size_t)-1) {
		lead_skip = sq + 6 - c->start;
		/* 与上年同期比增速回落, 与去年同期相比 */
		if (has_word_at(w->text, tk->fig.num_start, sq + 6, "相比"))
			lead_skip += 6;
		else if (has_word_at(w->text, tk->fig.num_start, sq + 6, "比"))
			lead_skip += 3;
		/* (较去年同期和一季度: the periods compared with) */
		if (cw->yoy_list_end > c->start + lead_skip && cw->yoy_list_end <= tk->fig.num_start)
			lead_skip = cw->yoy_list_end - c->start;
	}
	/* 增幅较1-2月（-0.8%）提高16.0个百分点: the period compared
	 * with (and its rate in brackets) are measure words too */
	else if ((has_word_at(w->text, c->end, lead_than, "比") ||
		  has_word_at(w->text, c->end, lead_than, "较")) &&
		 cw->has_basis && cw->basis_end > lead_than && cw->basis_end <= lead_than + 3 + 30 &&
		 cw->basis_end <= tk->fig.num_start)
		lead_skip = cw->basis_end - c->start;
	lead_skip = db_lead_aside(w, c->start, lead_than, lead_skip, tk->fig.num_start);
	/* 由一季度的下降1.5%转为增长3.4%: the rate it turned from
	 * and 转为 are the figure's measure words */
	size_t turn;
	if (has_word_at(w->text, tk->fig.num_start, c->start, "由") &&
	    (turn = find_any(w->text, c->start, tk->fig.num_start,
			     (const char *const[]){ "转为" }, 1, NULL)) != (size_t)-1 &&
	    turn + 6 > c->start + lead_skip)
		lead_skip = turn + 6 - c->start;
	size_t nk, ni; /* 按可比价计算同比增长5.6%: a note first */
	if ((nk = db_words_find(w->text, c->start, tk->fig.num_start,
				WL(w, DB_W_NOTES), &ni)) != (size_t)-1 &&
	    nk <= c->start + lead_skip + 3)
		lead_skip = nk + strlen(WL(w, DB_W_NOTES)->items[ni]) - c->start;
	/* (按2020年不变价格计算比上年增长9.4%: with the year of its
	 * prices, a clause's opening before the periods counted) */
	else
		lead_skip += db_price_year_note(w, c->start, tk->fig.num_start);
	/* …37.4亿元，扣除留抵退税因素后增长4.6%: a 口径 note too */
	lead_skip += db_base_note(w, c->start + lead_skip, tk->fig.num_start);
	return lead_skip;
}

/* A figure: paired with its label, period, basis and place and emitted. */
static void clause_figure(walk *w, clause_walk *cw, token *tk)
{
	const db_clause *c = cw->c;
	tokens *ts = cw->ts;
	cw->tail_fig = &tk->fig;
	/* …分别提高0.9和0.4个百分点 after 较去年同期和全年: the
	 * change since the year as a whole has no basis of the
	 * notation's; only the first, yoy, is kept */
	bool then_fig = false;
	if (cw->yoy_then && tk->fig.kind == DB_FIG_PP && cw->yoy_then++ > 1) {
		if (!cw->has_then || cw->yoy_then != 3)
			return;
		then_fig = true;
	}
	/* 生产总值先后跨越1500亿元、2000亿元台阶: thresholds passed one
	 * after another over the years, none the level of a period */
	if (tk->fig.kind != DB_FIG_PERCENT &&
	    db_words_find(w->text, c->start, tk->end, WL(w, DB_W_MILESTONE_LEADS),
			  NULL) != (size_t)-1) {
		cw->prev_end = tk->end;
		return;
	}
	/* 增长7.2%（含园区增长7.1%）, （不含农户）, (区本级…): a figure in an aside
	 * that opens with 含 is of another scope, one with 区本级 someone else's */
	if (db_in_other_aside(w, c->start, tk->fig.start)) {
		cw->prev_end = tk->end;
		return;
	}
	fig_ctx fc = { c, cw->prev_end, NULL, 0, 0, cw->has_basis, cw->basis_period, cw->basis_mom, NULL, false,
		       0, 0, NULL, 0, false, false, { 0, 0, 0, 0 }, false, NULL };
	if (cw->nbases > 1 && tk->fig.kind == DB_FIG_PP && cw->bi < cw->nbases) {
		fc.basis_period = cw->bases[cw->bi++];
		fc.has_basis = fc.basis_period.start_year != 0;
	}
	if (then_fig) {
		fc.has_basis = true;
		fc.basis_period = cw->then_period;
	}
	/* 较一季度(-9.6%)回升1.7个百分点: the rate of the period
	 * compared with, in brackets right after it */
	if (cw->has_basis && cw->basis_end && tk->fig.kind == DB_FIG_PERCENT &&
	    (tk->fig.start == cw->basis_end + 1 || tk->fig.start == cw->basis_end + 3) &&
	    (w->text[cw->basis_end] == '(' || has_word_at(w->text, c->end, cw->basis_end, "（"))) {
		fc.own_period = true;
		fc.own = cw->basis_period;
		fc.has_basis = false;
	}
	if (cw->nlisted > 1 && cw->listed_ok < 0)
		cw->listed_ok = !cw->ndist && db_listed_periods(w, c, ts, cw->listed_end, cw->nlisted);

	if (cw->nlisted > 1 && cw->listed_ok > 0 && cw->li < cw->nlisted) {
		fc.own_listed = true;
		fc.own = cw->listed[cw->li++];
	}
	const db_label *l = cw->ndist ? (cw->di < cw->ndist ? cw->dist[cw->di++] : NULL) : w->label;
	const db_label *l_read = l; /* (before the rules below refuse it) */
	/* (三次产业占GDP比重分别为16.8%、…: each a share of the whole
	 * after 占) */
	size_t dist_whole = 0;
	for (size_t j = 0; cw->ndist && j < cw->i; j++)
		if (ts->items[j].kind == TOK_LABEL && ts->items[j].start >= c->start + 3 &&
		    ts->items[j].label->metric != (size_t)-1 &&
		    has_word_at(w->text, ts->items[j].start, ts->items[j].start - 3, "占")) {
			fc.of_metric = metric_of(w, ts->items[j].label)->id;
			dist_whole = ts->items[j].start - 3;
		}
	/* A label from an earlier clause speaks only for a figure
	 * that opens its clause (…263亿元，增速8.7%; period words
	 * aside: 比2019年同期增长3%), or for one that follows a
	 * figure of it with only measure words between. */
	/* (分别提高6.2个、2.5个百分点: changes listed) */
	bool listed_pp = tk->fig.kind == DB_FIG_PP && cw->prev_end > c->start &&
			 db_joined(w, cw->prev_end, tk->fig.num_start);
	bool cont = listed_pp || (cw->prev_end > c->start &&
				  db_measure_words_only(w, cw->prev_end, tk->fig.num_start));
	size_t lead_skip = lead_words(w, cw, tk), opener = 0;
	/* 高于全市平均增速4.3个百分点: a comparison that opens the
	 * clause is the figure's measure words, however long */
	bool gap_item = cw->ngap > 1 && tk->fig.kind == DB_FIG_PP && cw->gi < cw->ngap;
	bool gap_next = !gap_item && tk->fig.kind == DB_FIG_PP &&
			db_gap_again(w, cw->prev_end, tk->fig.num_start, &fc);
	gap_item |= gap_next;
	bool gap_lead = gap_item || db_opens_gap(w, c->start, tk->fig.num_start);
	if (gap_lead)
		lead_skip = tk->fig.num_start - c->start;
	/* 增加值11.82亿元, 销售额12.4亿元: a bare noun of the label
	 * before */
	const db_label *cl;
	if (!cw->ndist && (!l || l->start < c->start) &&
	    (cl = db_composed_label(w, c, tk->fig.num_start)) != NULL)
		l = w->label = cl;
	/* 粮食播种面积61.35万亩、总产量27.08万吨, 规上工业企业559家、
	 * 总产值1506亿元: the item after 、 names by a bare noun the
	 * output of what the figure before it measured */
	else if (!cw->ndist && l && l->start >= c->start &&
		 (cl = db_item_label(w, l, tk->fig.num_start, c)) != NULL)
		l = w->label = cl;
	/* 签约项目17个、总投资186亿元: the total of the things counted */
	else if (!cw->ndist && tk->fig.kind == DB_FIG_AMOUNT && w->nsplit < NWORDS(w->split) &&
		 (cl = db_counted_total_label(w, c, tk->fig.num_start)) != NULL &&
		 (!l || l->end <= cl->start))
		l = w->label = cl;
	/* 肉类总产量4.6万吨，同比增长8.3%: a figure of words of its
	 * own ends what the label before spoke for */
	/* (…增长6.2%（年初预期目标为7%左右）: the target the aside
	 * names is the label's still) */
	bool excess = tk->fig.kind == DB_FIG_AMOUNT &&
		      db_plan_gap(w->text, c->start, tk->fig.num_start);
	if (l && !cw->ndist && l->start < c->start && !cont &&
	    !db_target_aside(w, c->start, tk->fig.num_start) &&
	    (excess || db_words_past(w, c->start + lead_skip, tk->fig.num_start) ||
	     (!gap_lead && db_names_another(w, c, ts, tk->fig.num_start)) ||
	     db_sibling_named(w, l, c->start + lead_skip, tk->fig.num_start) ||
	     (tk->fig.kind == DB_FIG_AMOUNT && l->end <= c->start &&
	      db_level_named(w, l, ts, c->start + lead_skip, tk->fig.num_start)) ||
	     (w->glued_end && w->glued_end <= tk->fig.num_start &&
	      w->glued_end > cw->prev_end) ||
	     word_at(w->text, tk->fig.num_start, c->start + lead_skip,
		     &(const db_wordlist){ other_quantities, NWORDS(other_quantities),
					   { 0 } })))
	{
		l = NULL; /* (…增加值增长12.6%，总产值突破1000亿元) */
		/* (…，超额完成年度任务1.8亿元，增长17.4%: progress
		 * against a target leaves the label to the clause after,
		 * and so does progress against a budget) */
		/* (…，超过年初预期目标(7%)0.4个百分点，高于全市…: and so
		 * does a gap to the target; words.json plan_progress_nouns) */
		if (!excess &&
		    !contains_any(w->text, c->start, tk->fig.num_start,
				  WORDS(w, DB_W_PLAN_PROGRESS_NOUNS)) &&
		    !db_other_rate_clause(w, c->start, tk->fig.num_start))
			w->label = NULL;
	}
	/* nor past another figure when new words came between
	 * (…下降19.4%、万人成讼率下降21%) */
	if (l && !cw->ndist && !gap_item && l->end < cw->prev_end && cw->prev_end > c->start &&
	    (db_words_past(w, cw->prev_end, tk->fig.num_start) ||
	     contains_any(w->text, cw->prev_end, tk->fig.num_start,
			  (const char *const[]){ "、" }, 1)) &&
	    !db_count_then_amount(w, ts, cw->i, cw->prev_end) &&
	    !db_measure_words_only(w, cw->prev_end, tk->fig.num_start) && !listed_pp &&
	    !fc.own_listed &&
	    !db_milestone_then_level(w, cw->prev_end, tk->fig.num_start) &&
	    !db_target_aside(w, cw->prev_end, tk->fig.num_start) &&
	    !db_milestone_then_measure(w, cw->prev_end, tk->fig.num_start))
		l = NULL;
	/* …全社会用电量286.5亿千瓦时，其中工业用电量198.3亿千瓦时: a
	 * part named in words of its own is not the whole */
	if (l && !cw->ndist && l->start < c->start && db_part_named(w, c, ts, tk->fig.num_start))
		l = w->label = NULL;
	/* (…，其中税收收入19亿元，财政收入3.3亿元: a part named
	 * like the whole before 其中) */
	if (l && !cw->ndist && l->start >= c->start && tk->fig.kind == DB_FIG_AMOUNT &&
	    db_part_like_whole(w, l) && !db_local_part(w, l))
		l = w->label = NULL;
	/* (…；比2019年同期增长7.4%, …；增速分别高于全国、全省a和b个百分点: past what is compared) */
	if (!l && !cw->ndist && w->part_label && c->start == w->part_start &&
	    cw->prev_end == c->start &&
	    (db_measure_words_only(w, c->start, tk->fig.num_start) || (gap_item && !gap_next) ||
	     (db_opens_compared(w, c->start, tk->fig.num_start, &opener) &&
	      db_measure_words_only(w, c->start + (lead_skip > opener ? lead_skip : opener),
				    tk->fig.num_start))))
		l = w->label = w->part_label;
	if (!cw->ndist && (!l || (cw->i + 1 < ts->len && ts->items[cw->i + 1].kind == TOK_LABEL))) {
		/* 完成1200亿元经济总量, 让22万户市场主体 (l cannot count it): the label right
		 * after the figure (not the next item's after 、: 采矿业增加值下降1.6%、制造业…) */
		for (size_t j = cw->i + 1; j < ts->len; j++) {
			if (ts->items[j].kind != TOK_LABEL)
				break;
			/* (…存栏480万只,增长1.2%家禽出栏1650万只: not a
			 * label with a figure of its own right after it,
			 * the next item's that lost its 。) */
			bool listed = counts_listed(w, ts, tk, j);
			bool own_figure = j + 1 < ts->len &&
					  ts->items[j + 1].kind == TOK_FIGURE &&
					  ts->items[j + 1].fig.num_start <= ts->items[j].end + 3 && !listed;
			if (ts->items[j].start <= tk->end + 3 && !own_figure &&
			    !has_word_at(w->text, ts->items[j].start, tk->end, "、") &&
			    (!l || db_named_after_count(w, l, ts->items[j].label, &tk->fig))) {
				l = ts->items[j].label;
				if (listed)
					cw->counted_label = ts->items[j].start;
			}
			break;
		}
	}
	l = share_whole(w, cw, &fc, l);
	fc.label = l;
	/* (a list of periods speaks as one of labels: 一季度、上半年
	 * …分别增长5.2%、6.1%) */
	bool listing = cw->ndist || fc.own_listed;
	size_t item = cw->ndist ? cw->di : cw->li;
	if (listing && item == 1) {
		cw->dist_growth = tk->fig.growth_word;
		cw->dist_sign = tk->fig.sign_word;
	} else if (listing) {
		list_verb(&tk->fig, cw->dist_growth, cw->dist_sign);
	}
	if (listing && item == 1) { /* the words after the list's names */
		cw->dist_gs = cw->prev_end;
		for (size_t k = 0; k < cw->ndist; k++)
			if (cw->dist[k] && cw->dist[k]->end > cw->dist_gs &&
			    cw->dist[k]->end <= tk->fig.num_start)
				cw->dist_gs = cw->dist[k]->end;
		cw->dist_ge = tk->fig.num_start;
	}
	if (l) {
		fc.label_start = l->start;
		fc.label_end = l->end;
		if (!cw->ndist && l->start >= c->start && l->end > fc.gap_start)
			fc.gap_start = l->end;
		if (fc.share_from)
			fc.gap_start = fc.share_from;
		if (listing) { /* the words after 分别 speak for every figure */
			fc.gap_start = cw->dist_gs;
			fc.gap_end = cw->dist_ge;
			if (dist_whole && dist_whole < fc.gap_start)
				fc.gap_start = dist_whole; /* (占 and the whole) */
		}
	} else {
		fc.label_start = cw->prev_end;
		fc.label_end = tk->fig.num_start;
	}
	/* 从“十二五”末a、b增加到c、d in a review of the years
	 * after that one: the levels reached are of its last
	 * year, not of the period the span started from (a
	 * yearly average after them spans the review) */
	static const char *const reaching[] = { "增加到", "增加至", "增长到", "增长至",
						"提高到", "提高至", "提升到", "提升至",
						"上升到", "上升至", "增至" };
	if (w->per.from && w->per.has && !w->has_pre_from && !w->per.ctx &&
	    w->seg_ctx &&
	    (w->seg_ctx->mode == DB_CONTEXT_REVIEW || w->seg_ctx->mode == DB_CONTEXT_NONE) &&
	    w->seg_ctx->year > w->per.period.end_year && w->per.pos >= c->start &&
	    find_any(w->text, w->per.pos, tk->fig.num_start, reaching,
		     NWORDS(reaching), NULL) != (size_t)-1) {
		w->per.period = db_period_year(w->seg_ctx->year);
		w->per.ctx = true;
		w->per.from = false;
	}
	fc.from_to_drop = w->per.from;
	if (gap_item && !gap_next) {
		fc.gap_vs = cw->gap_vs[cw->gi++];
		fc.gap_sign = cw->gap_sign;
	}
	emit_paired(w, cw, tk, &fc, l_read, listing, item);
	cw->prev_end = tk->end;
	w->npending = 0;
}

/* 分别增长a%(全市第三)、b%(全市第八): a rank alone in a bracket right
 * after an item of the distributive list ranks that item, not the list's
 * item of its count; the record the figure before it made, or NULL. */
static db_record *bracketed_item(walk *w, const clause_walk *cw, const token *tk)
{
	size_t p = cw->prev_end, n = w->len;
	if (!p || w->rs->len <= cw->clause_rec0 || w->rs->len - 1 < w->group_first ||
	    w->rs->len - 1 >= w->group_first + w->group_len)
		return NULL;
	if (has_word_at(w->text, n, p, "("))
		p += 1;
	else if (has_word_at(w->text, n, p, "（"))
		p += strlen("（");
	else
		return NULL;
	if (tk->start < p || tk->start - p > 2 * 3 /* a scope inside: 全市 */ ||
	    !(has_word_at(w->text, n, tk->end, ")") || has_word_at(w->text, n, tk->end, "）")))
		return NULL;
	return &w->rs->items[w->rs->len - 1];
}

/* A rank: of the figure before it, or of names waiting for one. */
static void clause_rank(walk *w, clause_walk *cw, token *tk)
{
	const db_clause *c = cw->c;
	tokens *ts = cw->ts;
	if (cw->spread)
		return;
	/* (经济总量和增速分别居…: the measures named, though 经济总量
	 * is a label too) */
	if (db_ranks_by_measure(w, c, &tk->fig)) {
		cw->i = ts->len; /* the words consumed the clause's ranks */
		return;
	}
	/* (…排名由第21位上升到第17位: the rank moved from ranks
	 * nothing; the names wait for the one reached) */
	if (w->npending && db_rank_moves_on(w->text, w->len, tk->end)) {
		cw->moved_from = tk->start;
		return;
	}
	if (w->npending) {
		db_figure reached = tk->fig;
		if (cw->moved_from && cw->moved_from < reached.start)
			reached.start = cw->moved_from; /* (the names' distance to it) */
		cw->moved_from = 0;
		w->ranks_spread = false;
		db_rank_only(w, c, &reached);
		cw->spread = w->ranks_spread;
		return;
	}
	if (w->group_len > 1 && cw->nranks != w->group_len &&
	    db_rank_list(w, c, &tk->fig, tk->start)) {
		cw->i = ts->len; /* the list consumed the clause's ranks */
		return;
	}
	if (w->group_len > 1 && cw->nranks == w->group_len) {
		db_record *item = bracketed_item(w, cw, tk);
		if (item)
			db_add_rank(w, item, &tk->fig);
		else if (cw->ri < w->group_len)
			db_add_rank(w, db_group_ranked(w, c, tk->start, cw->ri), &tk->fig);
		cw->ri++;
		return;
	}
	if (db_ranks_in_order(w, c, &tk->fig)) {
		cw->i = ts->len; /* its positions were the clause's ranks */
		return;
	}
	if (cw->nranks == 1 && (db_rank_counted(w, c, &tk->fig, tk->start) ||
			    db_rank_all(w, c, &tk->fig, tk->start)))
		return;
	/* …增长36.5%、居全省第2位，企业研发活动覆盖率78.4%、居全省
	 * 第1位: a rank right after a figure no record was made of
	 * (no catalog label) is that figure's, not the one before */
	/* (…。其中，7月增长11.6%，增速居全市第3位: that month's
	 * rate, read as no record, not the span's before it) */
	bool after_unread = cw->unread_end && cw->unread_end == cw->prev_end;
	if (cw->prev_end == c->start && w->unread_tail && w->unread_tail < c->start &&
	    c->start - w->unread_tail <= 3 &&
	    contains_any(w->text, c->start, tk->start,
			 (const char *const[]){ "增速", "增幅", "总量", "规模" }, 4))
		after_unread = true;
	/* …存贷款余额双双突破3000亿元，存贷比81.5%，排名全省第四: a
	 * clause of nothing but rank words right after a figure of a
	 * name the catalog lacks ranks that figure, not the one
	 * before it */
	if (cw->prev_end == c->start && w->unread_named && w->unread_named < c->start &&
	    c->start - w->unread_named <= 3 && db_rank_words_only(w, c->start, tk->start))
		after_unread = true;
	if (!after_unread)
		db_rank_after(w, c, tk, cw->prev_end);
	cw->prev_end = tk->end;
}

/* 工业投资增长a%，制造业投资增长b%，…，分别比上月加快p、q…: is the clause
 * one rate after its own words, a catalog label's or words no label names
 * (its one record's label said in it)? A bare 增长p% names no item. */
static bool rate_item(const walk *w, const clause_walk *cw, size_t nlabels, size_t rates)
{
	const db_clause *c = cw->c;
	if (cw->nfigures != 1 || rates != 1 || nlabels > 1 || w->rs->len != cw->clause_rec0 + 1)
		return false;
	const db_record *r = &w->rs->items[cw->clause_rec0];
	if (nlabels == 1)
		return r->metric != NULL;
	return !r->metric && r->label && r->label[0] &&
	       find_any(w->text, c->start, c->end, (const char *const[]){ r->label }, 1, NULL) != (size_t)-1;
}

/* What a clause leaves to the next: its frame, the period it carried and
 * the items of its sentence. */
static void leave_clause(walk *w, clause_walk *cw)
{
	const db_clause *c = cw->c;
	tokens *ts = cw->ts;
	static const char *const passed[] = { "超过", "超出", "已超", "高于", "多于", "好于" };
	/* 比全省、全市低0.5个百分点 (均): one gap after a list of places is
	 * each place's */
	for (size_t i = cw->clause_rec0; cw->ngap > 1 && cw->gi == 1 && i < w->rs->len; i++) {
		if (w->rs->items[i].measure != DB_MEASURE_GAP_PP || w->rs->items[i].vs != cw->gap_vs[0])
			continue;
		db_record r = w->rs->items[i];
		for (size_t k = 1; k < cw->ngap; k++) {
			r.vs = cw->gap_vs[k];
			*db_records_add(w->rs) = r;
		}
		break;
	}
	if (cw->ndist > 1 || cw->li > 1)
		db_spread_qualifier(w, cw->tail_fig && cw->group_end && cw->tail_fig->start >= cw->group_end
					       ? cw->tail_fig
					       : NULL,
				    cw->group_end);
	if (cw->nlisted > 1 && cw->nperiods == ts->len) {
		memcpy(w->periods_listed, cw->listed, cw->nlisted * sizeof cw->listed[0]);
		w->nperiods_listed = cw->nlisted;
		w->periods_listed_sentence = c->sentence;
	}
	/* 地方一般公共预算收入中，增值税8.39亿元: a label with 中 that ends a
	 * clause of no figure opens a list of its parts */
	size_t e = c->end;
	while (e > c->start && (w->text[e - 1] == ' ' || w->text[e - 1] == '\n'))
		e--;
	if (w->has_words_clause && w->label && e >= c->start + 3 && w->label->end == e - 3 &&
	    has_word_at(w->text, e, e - 3, "中"))
		w->label = NULL;
	/* A、B分别增长a%，12月当月增长b%: after a 分别 list whose one figure
	 * no name was paired with, neither name speaks for the clauses after */
	if (cw->ndist >= 2 && cw->nfigures == 1 && !cw->dist[0] && !cw->dist[cw->ndist - 1])
		w->label = NULL;
	if (cw->basis_clause)
		w->per = cw->basis_saved;
	else if (w->rs->len == cw->clause_rec0 && cw->clause_rec0 > w->sent_rec0 && w->per.has &&
		 w->per.pos >= c->start && w->per.pos < c->end &&
		 w->per.period.start_year < w->per.period.end_year &&
		 db_counted_back(w->text, w->per.pos, c->end))
		w->per = cw->clause_per0;
	/* …达到2070.6亿元，超过去年全年规模。其中出口…: a period after a
	 * verb of going past, in a clause of no figure after a figure of its
	 * sentence, is what the figure is compared with, not the period of
	 * the figures after it */
	else if (w->rs->len == cw->clause_rec0 && cw->clause_rec0 > w->sent_rec0 && w->per.has &&
		 w->per.pos >= c->start && w->per.pos < c->end &&
		 ends_with_any(w->text, c->start, w->per.pos, passed, NWORDS(passed)))
		w->per = cw->clause_per0;
	/* 10月份当月，保持了前5个月的良好势头，…: a period that describes
	 * a trend (…的…势头, 态势, 趋势) in a clause of no figure dates none
	 * of the figures after it */
	else if (w->rs->len == cw->clause_rec0 && w->per.has && w->per.pos >= c->start &&
		 w->per.pos < c->end && db_trend_clause(w->text, c, w->per.pos))
		w->per = cw->clause_per0;
	/* 在保持前两年平均增速N%的基础上，全市…: the periods of a frame of
	 * what the figures after build on date none of them */
	else if (w->per.has && w->per.pos >= c->start && w->per.pos < c->end &&
		 has_word_at(w->text, c->end, c->start, "在") && db_base_frame_end(w->text, c))
		w->per = cw->clause_per0;
	/* (在…评价中，我县获评“标杆县”，得分94.2分: a clause of words only
	 * passes the frame on to the next of its sentence) */
	bool words_only = true;
	for (size_t i = 0; i < ts->len; i++)
		words_only &= ts->items[i].kind != TOK_FIGURE && ts->items[i].kind != TOK_RANK &&
			      ts->items[i].kind != TOK_LABEL;
	w->carry_pending = w->npending && (db_frame_clause(w, c, ts) || (w->carried_in && words_only) ||
					    db_names_ranked_after(w, c, ts));
	w->carried_in = false;
	w->carry_sentence = c->sentence;
	w->carry_n = w->npending;
	/* (a frame that is a sentence of its own, a headline: 2022年度全省营商
	 * 环境评价结果公布。某区位列全省第一) */
	w->carry_next = w->carry_pending && c->start == w->sentence_start;
	/* (the clause as an item of the sentence's amounts) */
	if (w->items_sentence != c->sentence) {
		w->nitems = 0;
		w->items_unfit = false;
	}
	w->items_sentence = c->sentence;
	size_t nlabels = 0, amounts = 0, rates = 0;
	const db_label *item = NULL;
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind == TOK_LABEL)
			nlabels++, item = ts->items[i].label;
		amounts += ts->items[i].kind == TOK_FIGURE && ts->items[i].fig.kind == DB_FIG_AMOUNT;
		rates += ts->items[i].kind == TOK_FIGURE && ts->items[i].fig.kind == DB_FIG_PERCENT;
	}
	bool rate = rate_item(w, cw, nlabels, rates);
	if (w->nitems && rate != w->items_rates) {
		w->nitems = 0; /* (amounts and rates make lists of their own) */
		w->items_unfit = false;
	}
	if (cw->nfigures == 1 && (amounts == 1 || rate) && nlabels <= 1 && w->nitems < NWORDS(w->items)) {
		w->items_rates = rate;
		w->has_item[w->nitems] = item != NULL;
		if (item)
			w->items[w->nitems] = *item;
		w->nitems++;
	} else if (cw->nfigures >= 2 && amounts == cw->nfigures && nlabels <= amounts &&
		   amounts <= NWORDS(w->items)) {
		/* (生产总值a亿元、规上工业增加值b亿元、税费收入c亿元: a clause of
		 * amounts, each after at most one label since the one before,
		 * gives an item each; words no catalog label names give none;
		 * the list is that clause's, not the clauses' before it) */
		size_t n = 0, since = 0;
		item = NULL;
		for (size_t i = 0; i < ts->len && since <= 1; i++) {
			if (ts->items[i].kind == TOK_LABEL) {
				item = ts->items[i].label;
				since++;
			} else if (ts->items[i].kind == TOK_FIGURE) {
				/* (an amount in a unit its label's metric cannot
				 * take, right after it: 出口60万辆 of a firm's vehicles) */
				if (item && item->end == ts->items[i].fig.num_start &&
				    !db_amount_fits(w, &ts->items[i].fig, item)) {
					item = NULL;
					w->items_unfit = true;
				}
				w->has_item[n] = item != NULL;
				if (item)
					w->items[n] = *item;
				n++;
				item = NULL;
				since = 0;
			}
		}
		w->nitems = since <= 1 ? n : 0;
		w->items_rates = false;
	} else {
		w->nitems = 0;
		w->items_unfit = false;
	}
}

/* A clause: opened, its estimate words read, its 分别 list, gaps and periods
 * listed found, each token walked in order, and left. */
static void walk_clause(walk *w, const db_clause *c, tokens *ts)
{
	enter_clause(w, c, ts);
	clause_walk cw = { .c = c, .ts = ts, .prev_end = c->start, .listed_ok = -1 };
	for (size_t i = 0; i < ts->len; i++) {
		cw.nperiods += ts->items[i].kind == TOK_PERIOD;
		cw.nfigures += ts->items[i].kind == TOK_FIGURE;
		cw.nranks += ts->items[i].kind == TOK_RANK;
	}
	/* …基本持平，其中某产业表现突出，增长N%: a clause of no figure
	 * that names a part ends what the label before spoke for */
	if (cw.nperiods == ts->len && w->label && db_part_named(w, c, ts, c->end))
		w->label = NULL;
	db_paragraph_basis_of(w, c, ts);
	clause_estimate(w, c);

	cw.ndist = db_distributive_labels(w, c, ts, cw.dist, 16);
	/* A、B分别达到x、y；C和D增长快于经济增速，分别增长p、q: names said
	 * since the list before speak for the second 分别 */
	if (!cw.ndist && w->has_words_clause && w->words_clause.sentence == c->sentence)
		cw.ndist = db_words_before_distributive(w, &w->words_clause, c, ts, cw.dist, 16);
	/* (猪存栏a、猪出栏b，分别增长p、q；羊存栏c、羊出栏d，分别增长r、s:
	 * amounts of their own in a clause between, one that neither made
	 * nor used the list, are what the second 分别 speaks of) */
	bool list_last = w->has_words_clause || w->words_clause.start == w->dist_clause;
	if (!cw.ndist && w->dist_sentence == c->sentence && list_last &&
	    db_again_distributive(w, c, ts)) {
		/* A、B分别完成x、y，分别增长p、q: the second 分别 pairs with the
		 * same list */
		memcpy(cw.dist, w->dist, w->ndist * sizeof cw.dist[0]);
		cw.ndist = w->ndist;
		w->dist_clause = c->start;
	} else if (!cw.ndist && (cw.ndist = db_said_distributive(w, c, ts, cw.dist)) != 0) {
		w->nsaid = 0; /* (the list is spoken for) */
		/* (…，分别增长p、q，增幅较一季度提高a和b个百分点: a list for
		 * the clause after it too) */
		memcpy(w->dist, cw.dist, cw.ndist * sizeof cw.dist[0]);
		w->ndist = cw.ndist;
		w->dist_sentence = c->sentence;
		w->dist_clause = c->start;
	} else {
		if (cw.ndist) { /* (a list of its own, for a second 分别 after it) */
			/* (a span's two runs of the labels: the list is the
			 * first run's, 城镇和农村…从a、b增加到c、d，年均增长p、q) */
			size_t nd = cw.ndist;
			if (nd % 2 == 0 && !memcmp(cw.dist, cw.dist + nd / 2, nd / 2 * sizeof cw.dist[0]))
				nd /= 2;
			memcpy(w->dist, cw.dist, nd * sizeof cw.dist[0]);
			w->ndist = nd;
			w->dist_sentence = c->sentence;
			w->dist_clause = c->start;
		}
	}
	w->has_words_clause = !cw.nfigures && !cw.nranks;
	w->words_clause = *c;
	cw.ngap = db_gap_scopes(w, c, cw.gap_vs, NWORDS(cw.gap_vs), &cw.gap_sign);
	if (w->nperiods_listed > 1 && w->periods_listed_sentence == c->sentence && !cw.nperiods) {
		memcpy(cw.listed, w->periods_listed, w->nperiods_listed * sizeof cw.listed[0]);
		cw.nlisted = w->nperiods_listed;
		cw.listed_end = c->start;
	}
	w->nperiods_listed = 0;
	w->has_also = false;
	cw.entry_label = db_entry_label(w, c);
	cw.clause_per0 = w->per;
	cw.clause_rec0 = w->rs->len;

	for (cw.i = 0; cw.i < ts->len; cw.i++) {
		token *tk = &ts->items[cw.i];
		switch (tk->kind) {
		case TOK_LABEL:
			clause_label(w, &cw, tk);
			break;
		case TOK_PERIOD:
			clause_period(w, &cw, tk);
			break;
		case TOK_FIGURE:
			clause_figure(w, &cw, tk);
			break;
		case TOK_RANK:
			clause_rank(w, &cw, tk);
			break;
		}
	}
	leave_clause(w, &cw);
}

/* Clauses split and walked at a time (40 bytes each). */
#define CLAUSE_BATCH 4096

/* The text is the caller's to write over (text[len] is '\0'): what the
 * walk reads is made in it, not in copies of it. */
static int extract(db_extractor *x, char *text, size_t len, db_records *rs, db_diag *d)
{
	db_clauses cs = DB_CLAUSES_INIT;
	db_labels ls = DB_LABELS_INIT;
	db_tables tables = DB_TABLES_INIT;
	tokens ts = { NULL, 0, 0 };
	walk w;

	if (!rs->doc.entity || !rs->doc.has_date)
		return db_error(d, rs->doc.file, 0, 0, "extract needs the document's entity and date");
	/* 城鎮居民人均可支配收入: read in simplified characters (same offsets) */
	if (db_traditional(text, len))
		db_simplify(text, len);
	/* 產(chǎn)業(yè): read without the glosses, and 增 速全 市第 3 without stray
	 * spaces between characters, both left out of the text itself: the
	 * records are placed back in the text as given through both maps */
	size_t first = rs->len;
	db_offmap gloss_map = DB_OFFMAP_INIT, space_map = DB_OFFMAP_INIT;
	const db_offmap *maps[2] = { NULL, NULL };
	if (db_unglossed(text, len, &len, &gloss_map))
		maps[0] = &gloss_map;
	if (db_unspaced(text, len, &len, &space_map)) {
		maps[1] = maps[0];
		maps[0] = &space_map;
	}
	/* Tables are read as rows; the prose walk sees them as blanks (same
	 * byte offsets, line breaks kept). The document's context is read
	 * from the text as it is, first. The tables are blanked in the text,
	 * their bytes kept aside and put back while each table is read. */
	db_tables_find(&x->words, text, len, &tables);
	const char *kind = db_context_kind(&x->words, text, len, rs->doc.kind);
	db_context ctx = DB_CONTEXT_INIT;
	db_context_find(&x->words, kind, text, len, &rs->doc, &ctx);
	db_buf kept = DB_BUF_INIT;
	for (size_t i = 0; i < tables.len; i++)
		db_buf_add(&kept, text + tables.items[i].start,
			   tables.items[i].end - tables.items[i].start);
	db_blank_tables(text, &tables, 0, tables.len);
	if (db_matcher_scan(x->matcher, text, len, &ls, d) < 0) {
		/* a catalog pattern gave up: the place is in this report */
		if (d && rs->doc.file)
			snprintf(d->file, sizeof d->file, "%s", rs->doc.file);
		db_labels_release(&ls);
		db_offmap_release(&gloss_map);
		db_offmap_release(&space_map);
		db_context_release(&ctx);
		db_buf_release(&kept);
		db_tables_release(&tables);
		return -1;
	}
	memset(&w, 0, sizeof(w));
	w.x = x;
	w.text = text;
	w.len = len;
	w.rs = rs;
	w.labels = &ls;
	w.aside_num = (size_t)-1;
	w.aside.whole = x->unkeyed_amounts;
	db_subjects_begin(&w);
	w.segment = w.sentence = w.part = w.dist_sentence = w.other_rank_sentence = (unsigned)-1;
	db_title_period(&w);
	/* The clauses are split and walked a batch at a time: all of a long
	 * report's would be more than its text. The first batch reaches past
	 * the title line, a paragraph of its own, cut there; the clauses after
	 * the cut count one sentence, part and paragraph more. */
	db_splitter sp;
	db_clauses_begin(&sp, text, len, &cs);
	bool more = db_clauses_more(&sp, CLAUSE_BATCH, w.label_end);
	size_t split = cs.len;
	if (w.label_end)
		db_clauses_cut(text, &cs, w.label_end);
	if (cs.len > split) {
		sp.sentence++;
		sp.part++;
		sp.segment++;
	}
	w.ctx = ctx;
	w.news = kind && (!strcmp(kind, "news") || !strcmp(kind, "newspaper"));
	/* a work summary that opens on its period names it once, as a news
	 * item does (上半年，…, then sections of no period: the half's) */
	w.item_dated = w.news || (kind && !strcmp(kind, "summary"));
	/* (an evaluation's news too: 某省营商环境排全国第7 above the
	 * paragraph naming the year's evaluation) */
	w.evaluation = kind && !strcmp(kind, "evaluation");
	w.bulletin = kind && !strcmp(kind, "bulletin");
	if ((w.item_dated || w.evaluation) && !w.has_title)
		db_lead_period(&w, w.evaluation);
	size_t ti = 0, cx_hint = 0, kept_at = 0;
	handing h = { .first = first };
	bool hand = x->sink && !w.news && !w.bulletin;
	for (;;) {
		for (size_t i = 0; i < cs.len; i++) {
			for (; ti < tables.len && tables.items[ti].start < cs.items[i].start; ti++)
				db_emit_table(&w, &tables, ti, &cx_hint, text, &kept, &kept_at, first);
			if (hand && cs.items[i].segment != w.segment)
				db_hand_at(&w, &h, cs.items[i].start, text, &tables, &kept, maps);
			walk_clause(&w, &cs.items[i], &ts);
		}
		if (!more)
			break;
		cs.len = 0;
		more = db_clauses_more(&sp, CLAUSE_BATCH, 0);
	}
	db_clauses_release(&cs);
	for (; ti < tables.len; ti++)
		db_emit_table(&w, &tables, ti, &cx_hint, text, &kept, &kept_at, first);
	free(ts.items);
	/* what the walk alone needed goes before the look back's offsets
	 * are made */
	db_context_release(&w.ctx);
	db_labels_release(&ls);
	db_arena_adopt(&rs->arena, &w.texts);
	db_drop_said_again(rs, first, text, len);
	if (w.news)
		db_headline_targets(rs, first, text, len);
	db_settle_aside(&w, rs, first, h.carry);
	db_aside_release(&w.aside);
	if (maps[0]) { /* (the characters of the tables count in their columns) */
		for (size_t i = 0, at = 0; i < tables.len; i++) {
			const db_table *tb = &tables.items[i];
			if (tb->end > tb->start)
				memcpy(text + tb->start, kept.data + at, tb->end - tb->start);
			at += tb->end - tb->start;
		}
		db_place_records(rs, first, text, len, &h.pl, maps);
	}
	db_buf_release(&kept);
	db_tables_release(&tables);
	db_offmap_release(&gloss_map);
	db_offmap_release(&space_map);
	return 0;
}

/* (a copy of the caller's text to walk in) */
int db_extract_text(db_extractor *x, const char *text, size_t len, db_records *rs, db_diag *d)
{
	char *scratch = db_xmalloc(len + 1);
	memcpy(scratch, text, len);
	scratch[len] = '\0';
	int rc = extract(x, scratch, len, rs, d);
	free(scratch);
	return rc;
}

int db_extract_scratch(db_extractor *x, char *text, size_t len, db_records *rs, db_diag *d)
{
	return extract(x, text, len, rs, d);
}
