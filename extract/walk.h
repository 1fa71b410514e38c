/* walk.h - what the files of the clause walk share (internal to extract/):
 * the extractor, the walk's state through a document, the tokens of a
 * clause, the text scanning helpers, and the functions of
 *   tokens.c    a clause as labels, periods, figures and ranks in order
 *   dating.c    the period and status of a figure that names none
 *   figures.c   pairing a figure with its label and reading it into a record
 *   pairing.c   whether a figure is its clause's, a label speaks for it
 *   rankings.c  stated ranks: on a figure, of a list, or on their own
 *   labels.c    which catalog labels a clause names (glued, split, shared)
 *   subjects.c  whom a clause is about (the document, a zone, someone else)
 *   settle.c    the records after the walk: said again, aside, placed, handed
 *   source.c    a record's source text and place
 * extract.c walks the clauses and calls them. */
#ifndef DB_EXTRACT_WALK_H
#define DB_EXTRACT_WALK_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "core/buf.h"
#include "extract/extract.h"
#include "extract/extract_int.h"
#include "extract/readers.h"

#define NWORDS(a) (sizeof(a) / sizeof *(a))

/* ---- helpers --------------------------------------------------------------- */

static inline bool has_word_at(const char *t, size_t len, size_t pos, const char *w)
{
	return pos <= len && db_starts(t + pos, len - pos, w);
}

/* 增长6.1%8%: a rate's % (or ％) ends right before at and a digit opens
 * there: two rates whose separator the page lost. */
static inline bool db_rate_then_digit(const char *t, size_t len, size_t at)
{
	return at < len && t[at] >= '0' && t[at] <= '9' &&
	       ((at >= 1 && t[at - 1] == '%') || (at >= 3 && db_starts(t + at - 3, 3, "％")));
}

/* A list of the extractor's words (extract/words.json) … */
#define WL(w, id) (&(w)->x->words.lists[id])

/* … and the same as the two arguments (words, count) of find_any and kin. */
#define WORDS(w, id) WL(w, id)->items, WL(w, id)->len

/* The longest word of list l that stands at pos of t[0, len), or NULL. */
static inline const char *word_at(const char *t, size_t len, size_t pos, const db_wordlist *l)
{
	size_t i;
	return pos < len && db_longest_word_at(t, pos, len, l->items, l->len, &i) ? l->items[i]
										  : NULL;
}

/* First position of any of words in t[s, e), or (size_t)-1; *which gets its
 * index. Longest word wins at a position. */
static inline size_t find_any(const char *t, size_t s, size_t e, const char *const *words,
			      size_t nw, size_t *which)
{
	for (size_t p = s; p < e; p++) {
		if (((unsigned char)t[p] & 0xC0) == 0x80)
			continue; /* (no word opens inside a character) */
		if (db_longest_word_at(t, p, e, words, nw, which))
			return p;
	}
	return (size_t)-1;
}

static inline bool contains_any(const char *t, size_t s, size_t e, const char *const *words,
				size_t nw)
{
	return find_any(t, s, e, words, nw, NULL) != (size_t)-1;
}

/* Last occurrence of any of words ending at or before e, starting at or after s. */
static inline size_t rfind_any(const char *t, size_t s, size_t e, const char *const *words,
				size_t nw,
			size_t *which)
{
	for (size_t p = e; p-- > s;) {
		if (((unsigned char)t[p] & 0xC0) == 0x80)
			continue; /* (no word opens inside a character) */
		for (size_t i = 0; i < nw; i++) {
			if (words[i][0] != t[p])
				continue;
			size_t n = strlen(words[i]);
			if (p + n <= e && !memcmp(t + p, words[i], n)) {
				if (which)
					*which = i;
				return p;
			}
		}
	}
	return (size_t)-1;
}

/* The length of the first of words that ends at e and starts at or after s
 * (*which its index, when which is not NULL), or 0. */
static inline size_t word_ending_at(const char *t, size_t s, size_t e, const char *const *words,
				    size_t nw, size_t *which)
{
	for (size_t i = 0; i < nw; i++) {
		size_t n = strlen(words[i]);
		if (e >= s + n && !memcmp(t + e - n, words[i], n)) {
			if (which)
				*which = i;
			return n;
		}
	}
	return 0;
}

static inline bool ends_with_any(const char *t, size_t s, size_t e, const char *const *words,
				 size_t nw)
{
	return word_ending_at(t, s, e, words, nw, NULL) != 0;
}

/* Does a CJK ideograph (U+4000–U+9FFF, three bytes in UTF-8) start at
 * t[p]? */
static inline bool cjk_at(const char *t, size_t p)
{
	return (unsigned char)t[p] >= 0xE4 && (unsigned char)t[p] <= 0xE9;
}

/* Is t[s, e) CJK ideographs only (no punctuation, no digits)? */
static inline bool cjk_only(const char *t, size_t s, size_t e)
{
	for (; s < e; s += 3)
		if (!cjk_at(t, s))
			return false;
	return true;
}

/* The index of the first label of ls that starts at or after pos (labels
 * are in text order). */
static inline size_t db_label_at(const db_labels *ls, size_t pos)
{
	size_t lo = 0, hi = ls->len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ls->items[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ---- the extractor --------------------------------------------------------- */

struct db_extractor {
	const db_catalog *catalog;
	db_matcher *matcher;
	db_words words;         /* extract/words.json, or --words */
	bool unkeyed_amounts;
	db_records_sink *sink;   /* records handed over as they are final, or NULL */
	void *sink_ctx;
};

/* One thing found in a clause, in text order. */
typedef enum { TOK_LABEL, TOK_PERIOD, TOK_FIGURE, TOK_RANK } tok_kind;

typedef struct {
	tok_kind kind;
	size_t start, end;
	const db_label *label;
	db_period_match period;
	db_figure fig;
} token;

typedef struct {
	token *items;
	size_t len, cap;
} tokens;

static inline void tok_push(tokens *ts, token t)
{
	if (ts->len == ts->cap) {
		ts->cap = ts->cap ? ts->cap * 2 : 32;
		ts->items = db_xrealloc(ts->items, ts->cap * sizeof(token));
	}
	ts->items[ts->len++] = t;
}

static inline bool overlaps(size_t s1, size_t e1, size_t s2, size_t e2)
{
	return s1 < e2 && s2 < e1;
}

/* The period carried from where it was read to the figures after it. */
typedef struct {
	db_period period;
	bool has;  /* false: none (the figures after have no period) */
	bool plan; /* a plan's period (十四五期间) */
	bool from; /* read after 由/从 */
	bool ctx;  /* not the text's at pos (the document context's, 当月's): no
		    * re-reading */
	bool cum;  /* 今年以来, 2021年以来: cumulative to the date */
	bool last; /* 全年 (年末, 过去一年) alone: the last year done, but a
		    * target's is the date's year */
	size_t pos; /* where the period phrase starts (for stock re-reads) */
} carried_period;

/* State of the walk through the document. */
typedef struct {
	db_extractor *x;
	const char *text;
	size_t len;
	db_records *rs;
	const db_labels *labels;
	size_t next_label;      /* first label not yet behind us */
	/* segment: the period carried over */
	unsigned segment;
	carried_period per;
	bool period_breakdown;  /* this sentence goes through periods (分季度看) */
	const db_context_span *seg_ctx; /* the document context of this paragraph */
	size_t seg_estimate;    /* 初步预计 in this paragraph: where (0: none) */
	bool seg_item;          /* this paragraph is an item of a —— list */
	bool seg_lead;          /* it opens its line with no list item mark */
	bool has_item_per;      /* item_per holds: */
	carried_period item_per; /* the period a line's lead left to the items inside
				  * its paragraph (今年是…之年。一是…。二是…) */
	size_t seg_start;       /* where this paragraph starts */
	db_period para_period;  /* the period with its year named last in this paragraph
				 * (2023年，…; 2012年前三季度: its months), end_year 0: none */
	bool para_foreign;      /* it opened with another division's name (凉州区立足…): its
				 * sentences after are that place's until one names the entity */
	bool peer_para;         /* a paragraph opened with another division of the document's
				 * level (据某市统计局…): the paragraphs after it and their 全市
				 * are that place's until one names the entity */
	bool list_estimate;     /* the —— list items from here on are estimates */
	const db_label *title_label; /* a sentence of this label alone came before in
				      * this paragraph (——地区生产总值。…) */
	const char *below_basis; /* 比2012年(下同): the basis of the rates of the
				  * paragraphs from there on in below_basis_ctx */
	const db_context_span *below_basis_ctx;
	int review_estimate_year; /* 预计(下同) in the review of this year: its
				   * paragraphs from there on are estimates */
	/* sentence: the subject */
	unsigned sentence;
	size_t sentence_start;
	size_t prev_sentence_start; /* the sentence before's (a 其中 sentence's whole) */
	size_t quoted_sentence; /* 1 + the start of a sentence quoting a report of a
				 * year (县长在2021年政府工作报告里回顾，…), else 0 */
	int quoted_year;        /* that report's year */
	size_t status_scan;     /* status words read up to here in this sentence */
	size_t estimate_at, target_at; /* their first positions, or (size_t)-1 */
	size_t done_scan;           /* how far words reporting a target's result were looked for */
	const char *entity, *level;
	bool foreign;
	bool clause_foreign;    /* 华兴集团入库税收…: this clause is someone else's */
	/* someone else named inside the bracket opened at foreign_open: the
	 * aside's subject only; whom the sentence spoke of before it */
	bool foreign_aside;
	size_t foreign_open;
	const char *aside_entity, *aside_level;
	/* part: labels, records, ranks */
	unsigned part;
	const db_label *label;  /* nearest label of this part */
	const db_label *part_label; /* the last part's, for a part that opens with a rate */
	size_t part_start;
	bool part_after_basis;  /* the part opened with 与2019年相比 alone: its next
				 * clause is where it starts */
	/* …增速比一季度加快0.4个百分点；第二产业…，增速加快1.9个百分点: the
	 * period a change of an earlier part of the sentence was against */
	bool has_change_basis;
	unsigned change_basis_sentence, change_basis_part;
	db_period change_basis;
	const db_label *pending[16]; /* labels named since the last figure (rank-only) */
	/* 在2022年度全省营商环境评价中，某市位列全省第二: a frame clause whose
	 * labels the next clause of its sentence ranks */
	bool carry_pending;
	unsigned carry_sentence;
	size_t carry_n;   /* the frame's pending labels */
	bool carry_next;  /* the frame is a sentence: it speaks for the next one */
	bool carried_in;  /* this clause was given a frame's labels */
	const char *seg_basis;  /* 与上月相比，… : the basis of the paragraph's rates */
	size_t npending;
	/* the last rank-only records took one position each of a list
	 * (A、B、C增速分别居第3位、第2位、第6位): the clause's ranks are used */
	bool ranks_spread;
	size_t part_first;      /* first record of this part */
	size_t list_first;      /* …实现三个全市第一，其中：: the first record after the
				 * 其中 clause of the sentence list_sentence */
	unsigned list_sentence; /* (0: none yet; else the sentence + 1) */
	size_t group_first, group_len; /* the last distributive group of records */
	db_qualifier group_lead; /* 分别突破a、b: its first figure's qualifier word after 分别 */
	const char *last_scope;
	size_t product_scan;    /* 主要工业产品产量中…: how far the sentence was looked at */
	bool product_list;      /* …and whether it lists products' output */
	bool doc_foreign;       /* the report is about a town under its entity (全镇…) or another place (忠县:…) */
	const char *scope_below; /* 全盟排位第5位(下同): the scope of later ranks that name none */
	char zone_name[128];
	/* 加快建设滨江产业园，落地项目21个，完成固定资产投资…: a clause of no figure
	 * that names a park or zone speaks for the clauses after it in its
	 * sentence (frame_park), one that names a programme (…战略全面推进，27个
	 * 重点项目完成投资…) for the counts of projects after it */
	unsigned frame_sentence; /* (0: none; else the sentence + 1) */
	bool frame_park;
	db_label split[8];      /* 城乡居民…: the 城镇 and 农村 labels of this clause */
	db_label listed[16];    /* 教育、社会保障和就业等支出: the labels of the list */
	db_label said[16];      /* labels of the part's figures, in order, once each */
	db_label urban;         /* 城镇人口…，占常住人口的比重: the urbanization rate's */
	size_t nsaid;
	/* 生猪存栏20.6万头，牛存栏1.2万头，…: the sentence's clauses of one
	 * amount each, in order, with their label (has_item false: words no
	 * catalog label names), for 分别增长a、b… after them */
	db_label items[8];
	bool has_item[8];
	size_t nitems, items_sentence;
	/* (an item's label whose own amount its metric cannot take: 出口60万辆) */
	bool items_unfit;
	bool items_rates; /* (the items are clauses of one rate each) */
	size_t nsplit;
	/* the title's period (柯桥区2023年上半年工作总结): for paragraphs that
	 * name none */
	bool has_title;
	db_period_match title;
	size_t title_end;
	/* a title whose period has not ended by the document's date (2022年
	 * 政府工作报告 of January) names the year the report is for: its
	 * period dates nothing, not even the text it runs into */
	size_t label_end;
	/* the document's entity in the bundled division list (or NULL) */
	const db_division *self_division;
	const char *enclosing[4]; /* the names of the divisions above it, nearest first */
	size_t nenclosing;
	/* its own divisions (a city's counties and districts) */
	const db_division *children[64];
	size_t nchildren;
	/* the end of the clause's last label glued to other words (亩均税收),
	 * 0: none */
	size_t unread_tail; /* the end of a bare rate (7月增长13.1%) no record was made of, else 0 */
	/* the end of a figure of a name no catalog label gives (存贷比81.5%)
	 * no record was made of, else 0 */
	size_t unread_named;
	/* the end of an added count's growth (新增…N户，增长a%) no record was
	 * made of, else 0 */
	size_t added_growth_end;
	size_t glued_end;
	/* the end and metric of the clause's last label a figure is compared
	 * with (…高于全省地区生产总值和城镇居民收入), end 0: none */
	size_t compared_end, compared_metric;
	/* the last distributive list (A、B分别完成x、y，分别增长p、q) */
	const db_label *dist[16];
	size_t ndist;
	unsigned dist_sentence;
	size_t dist_clause; /* the start of the last clause that made or used it */
	/* 综合竞争力跃居全国百强县第19位，西部百强县第2位: the end of the last
	 * rank whose lead-in named something else, and its sentence; a bare
	 * rank right after it is a second rank of that */
	size_t other_rank_end;
	unsigned other_rank_sentence;
	/* …居全国省会城市第五,国家中心城市第七位: the end of the last rank
	 * added to a record, its sentence and the record (index + 1) */
	size_t own_rank_end;
	unsigned own_rank_sentence;
	size_t own_rank_rec;
	/* the end of the last figure left out as someone else's (…，某县得分
	 * 85.1分，位列第二: the bare rank after it is that place's too) */
	size_t foreign_fig_end;
	/* in_question's last stop: none from q_from to q_end, where stop
	 * q_which stands (one scan from a stop to the next, not one a figure) */
	size_t q_from, q_end, q_which;
	/* in_question's look for a when-question's words (asked_leads) in
	 * the sentence from ask_s: looked for up to ask_scan, the first found
	 * ending at ask_end (0: none yet) */
	size_t ask_s, ask_scan, ask_end;
	/* a clause of periods listed and nothing else (一季度、上半年、前三季度，
	 * 全县…分别增长…): the list, for the clause after it in its sentence */
	db_period periods_listed[4];
	size_t nperiods_listed;
	unsigned periods_listed_sentence;
	/* the clause before, when it named no figure (禽蛋产量、水果和蔬菜增长
	 * 较快，增速分别达…: its names are the list) */
	db_clause words_clause;
	bool has_words_clause;
	db_context ctx;
	size_t ctx_hint;
	/* 2021年和2022年上半年: the first of two periods joined in a clause */
	bool has_also;
	db_period also_period;
	size_t also_pos;
	/* a news item: its first period dates the paragraphs that name none;
	 * item_dated: so does a work summary's that opens a sentence with it
	 * (上半年，…: the half-year summary's sections of no period) */
	bool news, item_dated, has_news_period;
	bool period_seen;       /* a period was read (first_period_at: where) */
	size_t first_period_at;
	bool evaluation; /* (an evaluation's year may be the year of its publication) */
	bool bulletin;   /* (a bulletin's 今年 is its own year, whatever its date) */
	db_period news_period;
	bool has_pre_from, pre_from_ctx; /* 由2017年的…: the period before it, for what follows */
	db_period pre_from;
	size_t pre_from_pos;
	bool has_lead_period;   /* the item's first period, for the paragraphs before it */
	db_period lead_period;
	/* 1-9月…，其中9月份增长8.1%: a month inside a sentence after its
	 * span's figures; the span comes back at the next sentence */
	bool month_aside;
	carried_period before_aside;
	/* …增长6.1%（1-8月，…增长4.4%）；社会消费品零售总额…: a period
	 * read inside brackets, with figures of its own there, dates the
	 * aside only; the one before comes back after the closing bracket */
	bool bracket_aside;
	size_t bracket_open, bracket_rec;
	carried_period before_bracket;
	/* 上半年，…，8月全区受洪灾影响，…。全区地区生产总值…: a sentence
	 * of no figure with a period inside it tells a course in time; its
	 * periods date nothing after it (the period it started with comes
	 * back) */
	carried_period sent_per0;
	bool sent_inline;  /* a period read inside this sentence */
	bool sent_to_date; /* this sentence opened with 今年以来 or the like */
	carried_period to_date_per; /* the period of that 今年以来 */
	size_t sent_rec0;  /* the records made before this sentence */
	/* figures read but left unkeyed (db_keep_aside): records of no metric
	 * kept out of rs while the walk reads (the rules look back over rs),
	 * added or counted once it is done; the last one's figure */
	db_aside aside;
	size_t aside_num, aside_end;
	/* the last source text made (db_source_clause), its span and where
	 * it was cut: the figures of one clause share it */
	const char *src_text;
	size_t src_start, src_end;
	bool src_head, src_tail;
	/* the strings only records hold (source text, label, raw figure):
	 * those of a part handed to the sink go with it (settle.c); the rest
	 * join the report's arena when the walk ends */
	db_arena texts;
} walk;

static inline const db_metric *metric_of(const walk *w, const db_label *l)
{
	return l ? &w->x->catalog->items[l->metric] : NULL;
}

typedef struct {
	const db_clause *c;
	size_t gap_start;       /* after the label or the previous figure */
	const db_label *label;  /* NULL: unknown metric */
	size_t label_start, label_end;
	bool has_basis;         /* a period read as the basis: 比2019年同期, 比一季度 */
	db_period basis_period;
	bool basis_mom;         /* 比上月 */
	const char *of_metric;  /* 工业投资占固定资产投资的比重: fai */
	bool from_to_drop;
	size_t gap_end;         /* 0: the figure's number; else the end of the shared words */
	size_t share_from;      /* 占全市 right before the label: where the gap starts (0: none) */
	const char *gap_vs;     /* 分别高于全市、全省…: this figure's place of the list (or NULL) */
	int gap_sign;
	bool own_period;        /* 较一季度(-10.8%): the rate of the period compared with */
	bool own_listed;        /* 一季度、上半年分别增长a、b: the figure's period of the list */
	db_period own;
	bool own_from;          /* 由25.4亿元增加到…: the year started from, said before (own) */
	const char *label_words; /* (kept aside) the label's words, when not the span's
				  * (a list item with the tail it shares) */
} fig_ctx;

/* ---- source.c -------------------------------------------------------------- */

/* Record r quotes clause c: its offset, line, column and text, the clause
 * from the last blank line before at on. */
void db_source_clause(walk *w, db_record *r, const db_clause *c, size_t at);
/* The offset db_source_clause gives such a record (its text not made). */
size_t db_source_offset(const walk *w, const db_clause *c, size_t at);

/* ---- tokens.c -------------------------------------------------------------- */

/* Where the labels a part (before pos) may belong to begin — its sentence,
 * or the one before when this one opens with 其中 (*marked). */
size_t db_whole_from(const walk *w, size_t pos, bool *marked);
/* The tokens of clause c in order. */
void db_clause_tokens(walk *w, const db_clause *c, tokens *ts);
/* Is the figure at f in a bracketed aside of scope (含…, 不含…) opened
 * after s? */
bool db_in_scope_aside(const char *t, size_t s, size_t f);
/* Is the figure at f in such an aside opened in its clause (from cs), or
 * in someone else's opened in its sentence (words.json aside_others)? */
bool db_in_other_aside(const walk *w, size_t cs, size_t f);

/* ---- dating.c -------------------------------------------------------------- */

/* The period or status of a figure that names none (the comments there say
 * what each decides). */
void db_title_period(walk *w);
void db_quoted_report(walk *w, const db_clause *c, db_period_match *pm);
bool db_calendar_date(const char *t, size_t s, size_t e, size_t end);
void db_default_period(walk *w);
bool db_year_goal_at(const walk *w, bool last_year, size_t from, size_t start, size_t at,
		     size_t end);
bool db_half_goal_at(const char *t, size_t at, size_t end);
bool db_item_period(const walk *w, const db_period_match *pm, size_t end);
bool db_opening_period(const walk *w, size_t at, size_t end);
void db_lead_period(walk *w, bool evaluation);
/* 2月份，…；1-2月，…: the months from January to a single month its paragraph
 * names after it, else the period read (dating.c) */
db_period db_month_then_span(const walk *w, const db_period_match *pm);
size_t db_estimate_of_year(const walk *w, const db_clause *c);
bool db_list_item_at(const walk *w, size_t pos);
bool db_estimate_lead(const walk *w, size_t pos);
const db_label *db_title_label(const walk *w, size_t s, size_t e);
void db_estimates_below(walk *w);
void db_same_basis_below(walk *w, const token *tk);
bool db_dates_only(const char *t, size_t s, size_t e);
bool db_listed_span(const char *t, size_t len, size_t pos);
bool db_counted_back_at(const char *t, size_t len, size_t pos);
bool db_opens_line(const walk *w, size_t pos);
bool db_said_months(const walk *w);
bool db_said_past_months(const walk *w);
void db_summary_months(walk *w, size_t end);
bool db_cumulative_quarter(const walk *w, const db_period *p, size_t at, size_t end);
bool db_bare_later_quarter(const walk *w, const db_period *p, size_t at, size_t end);
bool db_listed_periods(const walk *w, const db_clause *c, const tokens *ts, size_t from,
		       size_t n);
bool db_listed_one_year(const db_period *p, size_t n);
bool db_month_of_span(const walk *w, const db_period *p);
void db_sums_again(walk *w, const db_clause *c);
bool db_base_frame_end(const char *t, const db_clause *c);
bool db_trend_clause(const char *t, const db_clause *c, size_t pos);
bool db_counted_back(const char *t, size_t pos, size_t e);
bool db_inline_period(const walk *w, const db_clause *c, const token *tk);

/* ---- settle.c -------------------------------------------------------------- */

/* Where placing stands: the first byte of a line, and the lines before it
 * (records are placed a part of the text at a time, in order). */
typedef struct {
	size_t from, line;
} placer;

/* Handing records over before the walk ends (settle.c). */
typedef struct {
	bool set;
	size_t pos;              /* the cut: a paragraph's first byte */
	size_t rec, aside;       /* rs->len and w->aside.len there */
	size_t first, carry;     /* rs's first record of the report; the
				  * figures aside already settled */
	size_t wait;             /* records held before a cut is looked at
				  * again after one refused (half as many
				  * more, or a chunk: each look at the records
				  * held is paid for by those made since, so
				  * the looks stay linear in all) */
	placer pl;
	size_t pt, pt_at;        /* the first table not before pl.from, and
				  * where its bytes are kept */
} handing;

/* What becomes of the records of a walk (the comments there say what each
 * does). */
void db_place_records(db_records *rs, size_t first, const char *t, size_t to, placer *pl,
		      const db_offmap *const maps[2]);
void db_blank_tables(char *t, const db_tables *tables, size_t from, size_t to);
void db_emit_table(walk *w, db_tables *tables, size_t ti, size_t *hint, char *text,
		   const db_buf *kept, size_t *kept_at, size_t first);
void db_drop_said_again(db_records *rs, size_t first, const char *t, size_t to);
void db_headline_targets(db_records *rs, size_t first, const char *t, size_t len);
void db_settle_aside(walk *w, db_records *rs, size_t first, size_t carry);
void db_hand_at(walk *w, handing *h, size_t pos, char *text, const db_tables *tables,
		const db_buf *kept, const db_offmap *const maps[2]);

/* ---- figures.c ------------------------------------------------------------- */

/* 分别高于全市、全省平均增速0.3、5.1个百分点: the places a clause opening
 * with a comparison lists (into vs, at most max), their number, and the
 * comparison's sign. */
size_t db_gap_scopes(const walk *w, const db_clause *c, const char **vs, size_t max, int *sign);
/* The first growth word of t[s, e), or (size_t)-1 (增加 in 增加值 is none). */
size_t db_find_growth(const char *t, size_t s, size_t e);
/* A label as written, without the spaces and line breaks of PDF text. */
const char *db_label_text(db_arena *a, const char *t, size_t s, size_t e);
/* The period a figure of metric m takes (a stock re-read at its point). */
bool db_period_for(const walk *w, const db_metric *m, db_measure measure, db_period *out);
/* The status of a figure at pos of the current sentence. */
db_status db_status_before(walk *w, size_t pos);
/* A streak of years in t[s, e): 连续四年, 连续3年. */
bool db_years_streak(const char *t, size_t s, size_t e);
/* Does the period phrase at pos stand for a basis (较去年同比, 比2019年)? */
bool db_is_basis_period(const walk *w, size_t clause_start, size_t pos);
/* Decide what figure f is and emit its record: the record's index, or
 * (size_t)-1 when the figure is left out. */
size_t db_emit_figure(walk *w, fig_ctx *fc, const db_figure *f);
/* A figure db_emit_figure left out, kept aside unkeyed (w->aside) unless it
 * is no figure of the place's (another place's, a rank, progress against a
 * plan, a number of no unit). */
void db_keep_aside(walk *w, const fig_ctx *fc, const db_figure *f);
/* The label of figure token i as an item of a 分别 list no catalog label
 * names (db_list_item, figures.c): set on record idx, a rate of no metric,
 * when idx is one; NULL when the figure is keyed or no such item. */
const char *db_list_label(walk *w, const fig_ctx *fc, const tokens *ts, size_t i, size_t idx,
			  db_label *part, size_t *lead);
/* A 左右 after the last figure of a 分别 list qualifies every figure of it. */
void db_spread_qualifier(walk *w, const db_figure *tail, size_t end);
db_qualifier db_lead_qualifier(const walk *w, const db_figure *f, size_t floor);
/* Only a separator and the words of a measure in t[s, e)? */
bool db_measure_words_only(const walk *w, size_t s, size_t e);
bool db_target_aside(const walk *w, size_t gs, size_t ge);
bool db_approved_target(const walk *w, size_t gs, size_t ge);
/* A clause opening with 其中 that names its part before the figure at num? */
bool db_part_named(const walk *w, const db_clause *c, const tokens *ts, size_t num);
/* Only a list separator between a and b (人均GDP、全员劳动生产率)? */
bool db_joined(const walk *w, size_t a, size_t b);
size_t db_base_note(const walk *w, size_t p, size_t e);
size_t db_price_year_note(const walk *w, size_t p, size_t e);
/* The labels before 分别 that pair in order with the figures after it (their
 * number, 0 when the clause is no such list), and a clause that pairs again
 * with the sentence's list. */
size_t db_distributive_labels(walk *w, const db_clause *c, const tokens *ts,
			      const db_label **out, size_t max);
bool db_again_distributive(const walk *w, const db_clause *c, const tokens *ts);
/* A clause of only 分别 and figures after figures of as many labels (A 92亿元,
 * B 10亿元, 分别增长5.1%和15.3%): those labels, in order (their number, or 0). */
size_t db_said_distributive(walk *w, const db_clause *c, const tokens *ts, const db_label **out);
/* Whether an amount f can be the level of l's metric (its unit converts to
 * the catalog's): 出口60万辆 is no 出口 of money. */
bool db_amount_fits(const walk *w, const db_figure *f, const db_label *l);
bool db_plan_gap(const char *t, size_t s, size_t at);
bool db_other_rate_clause(const walk *w, size_t s, size_t at);
/* An amount in 位 or 名 of the clause [from, end) after a verb of words.json
 * bare_rank_verbs (居全省12位): the rank it is, read into *f. */
bool db_bare_rank(const walk *w, size_t from, size_t end, db_figure *f);
/* A rank's scope read up to a bracket of words.json below_asides
 * (全省13市（以下同）第4位): the bracket cut from it (db_add_rank keeps the
 * scope for the ranks below). */
void db_rank_scope_below(const walk *w, db_figure *f);
bool db_record_span(const walk *w, const token *tk, size_t end);
/* Does the clause from s open with a comparison with another place's figure
 * (高于全市平均增速…, 同时高于全省…) before the figure at num? */
bool db_opens_gap(const walk *w, size_t s, size_t num);
bool db_gap_again(walk *w, size_t prev, size_t num, fig_ctx *fc);
bool db_compared_place_rate(const walk *w, const db_clause *c, size_t at);
bool db_dropped_basis(const walk *w, const db_clause *c, const token *tk);
bool db_basis_clause(const walk *w, const db_clause *c, const tokens *ts);
bool db_opens_compared(const walk *w, size_t s, size_t e, size_t *opener);
void db_paragraph_basis_of(walk *w, const db_clause *c, const tokens *ts);
bool db_restated(const walk *w, size_t idx, size_t num);

/* ---- rankings.c ------------------------------------------------------------ */

void db_add_rank(walk *w, db_record *r, const db_figure *f);
db_record *db_rank_target(walk *w, const db_clause *c, size_t rank_start);
/* 规模、增速分别居第4、3位 (均居第一): ranks by the words that name the
 * measure. */
bool db_ranks_by_measure(walk *w, const db_clause *c, const db_figure *first);
/* A rank after names and no figure: a record of its own per name. */
void db_rank_only(walk *w, const db_clause *c, const db_figure *f);
/* 居全省第4、第5、第5位 after a distributive list: one position per record. */
/* The record the i-th position of a rank after the distributive list
 * ranks (a word of the level before the positions: the level of the
 * list's i-th metric). */
db_record *db_group_ranked(walk *w, const db_clause *c, size_t from, size_t i);
bool db_rank_list(walk *w, const db_clause *c, const db_figure *first, size_t from);
/* …增长24.6%、第一产业增加值增长6.1%、…，均排名全国第1: one rank for every
 * record of the part (no gap, no change), in a clause of its own that opens
 * with 均. */
bool db_ranks_in_order(walk *w, const db_clause *c, const db_figure *first);
size_t db_self_name_len(const walk *w, size_t p, size_t e);
bool db_own_zone_words(const walk *w, size_t s, size_t e);
bool db_own_zone_before(const walk *w, size_t s, size_t at);
bool db_lead_over_place(const walk *w, size_t s, size_t num);
bool db_rank_counted(walk *w, const db_clause *c, const db_figure *f, size_t rank_start);
bool db_rank_all(walk *w, const db_clause *c, const db_figure *f, size_t rank_start);
/* A rank after a figure, with a short lead-in at most (规模稳居): on it. */
void db_rank_after(walk *w, const db_clause *c, const token *tk, size_t prev_end);

/* ---- labels.c -------------------------------------------------------------- */

bool db_label_glued(const walk *w, const db_clause *c, const db_label *l);
bool db_split_label(walk *w, const db_clause *c, const db_label *l, tokens *ts);
void db_industry_va_label(walk *w, const db_clause *c, tokens *ts);
void db_product_label(walk *w, const db_clause *c, tokens *ts);
void db_shared_tail(walk *w, const db_clause *c, const db_label *l, tokens *ts);
bool db_group_pair_label(walk *w, const db_clause *c, tokens *ts);
bool db_group_after_label(walk *w, const db_clause *c, const db_label *l, tokens *ts);
bool db_group_opening_label(walk *w, const db_clause *c, tokens *ts);
bool db_group_label(walk *w, const db_clause *c, const db_label *l, tokens *ts);
size_t db_industry_list(walk *w, const db_clause *c, size_t s, size_t e, tokens *ts,
			size_t *list_start);
void db_pair_label(walk *w, const db_clause *c, tokens *ts);
/* Names joined by 、 that share a tail before 均 and one rate: each catalog
 * name pushed as a label of the clause (labels.c). */
void db_shared_rate_list(walk *w, const db_clause *c, tokens *ts);
/* A bare noun (增加值, 销售额) naming its figure before num: the sentence's
 * last label's head with it, when that is a catalog alias, else NULL. */
const db_label *db_composed_label(walk *w, const db_clause *c, size_t num);
const db_label *db_counted_total_label(walk *w, const db_clause *c, size_t num);
bool db_verb_split_label(walk *w, const db_clause *c, const db_label *l, tokens *ts);
bool db_months_split_label(walk *w, const db_clause *c, const db_label *l, tokens *ts);
/* A bare 工业增加值 after a label of the industry above designated size in
 * its sentence: that industry's value added, pushed (labels.c). */
bool db_scoped_industry_label(walk *w, const db_label *l, tokens *ts);
/* Words joined by 、 before 分别 (at) that share one tail: their labels (NULL
 * for a word the catalog does not know) for the nf figures after it. */
size_t db_list_tail(walk *w, const db_clause *c, size_t at, size_t nf, const db_label **out);
size_t db_frame_end(const walk *w, size_t s, size_t e);

/* The document's own division and, for a city or a province, its own
 * divisions, as subjects read them (once a document). */
void db_subjects_begin(walk *w);

/* The document's own area as a report names it: 全市 (a city's, a
 * county-level city's), 全县, 全区, 全省; NULL when its level is unknown. */
const char *db_own_scope(const walk *w);
/* Is the document's entity in an autonomous region (广西壮族自治区,
 * 内蒙古自治区), whose reports call the region 全区 or 自治区? The
 * manifest's province, else the divisions above the entity. */
bool db_in_autonomous_region(const walk *w);

/* The places a figure of the document is compared with or set beside. */
#define DB_NPLACES 7
extern const char *const db_places[DB_NPLACES];

/* figures.c: 生产总值(万元)3800875: a bare number after a unit in
 * brackets takes that unit */
void db_bracket_unit(const char *t, size_t s, db_figure *f);

/* pairing.c: is a figure one of its clause's, does a carried label speak
 * for it */
bool db_threshold_of_noun(const char *t, size_t end, size_t e);
bool db_places_counted_before(const char *t, size_t s, size_t end, size_t num, size_t e);
bool db_project_after(const char *t, size_t end, size_t e);
bool db_compared_rate(const char *t, const db_clause *c, const db_figure *f);
bool db_compared_label(const char *t, size_t s, size_t e);
bool db_compared_by_lead(const walk *w, size_t s, size_t e);
bool db_compared_joined(const walk *w, size_t prev, size_t s);
const db_label *db_entry_label(const walk *w, const db_clause *c);
bool db_compared_self(const walk *w, size_t s, size_t e);
/* 高于宜昌市1.2个百分点: the place at p named by its own name, when it
 * holds the document's entity: its canonical name, *end after it (figures.c). */
const char *db_parent_scope(const walk *w, size_t p, size_t e, size_t *end);
bool db_compared_parent(const walk *w, size_t s, size_t e);
size_t db_bracket_after(const char *t, size_t s, size_t e);
size_t db_alias_aside(const walk *w, size_t p, size_t e);
size_t db_below_aside(const walk *w, size_t p, size_t e);
size_t db_aside_at(const walk *w, size_t p, size_t e);
size_t db_asides_in(const walk *w, size_t s, size_t e);
bool db_words_past(const walk *w, size_t s, size_t e);
size_t db_lead_aside(const walk *w, size_t s, size_t than, size_t lead, size_t e);
bool db_names_another(const walk *w, const db_clause *c, const tokens *ts, size_t e);
bool db_sibling_named(const walk *w, const db_label *l, size_t s, size_t num);
/* Do the words of clause c from s before the amount at num (no growth word)
 * name a noun of their own (…城镇新增就业3120人，转移农村劳动力4870人),
 * beyond the words that may lead an amount (words.json level_leads) and
 * those of the label l before (…贷款余额2800亿元，新增贷款210亿元)? */
bool db_level_named(const walk *w, const db_label *l, const tokens *ts, size_t s, size_t num);
/* Is l, after 其中 in its sentence, named like a whole named before the 其中
 * (…财政总收入…，其中税收收入…，财政收入…)? */
bool db_part_like_whole(const walk *w, const db_label *l);
bool db_indicator_pick(const walk *w, size_t at);
/* Does the label l before a figure f fail to count it where the label a
 * right after f would (…的营商环境，让22万户市场主体…: a metric in 分
 * before, one in 万户 named right after the count)? */
bool db_named_after_count(const walk *w, const db_label *l, const db_label *a, const db_figure *f);
bool db_local_part(walk *w, const db_label *l);
bool db_milestone_then_level(const walk *w, size_t s, size_t e);
size_t db_milestone_noun(const char *t, size_t s, size_t e);
size_t db_words_before_distributive(walk *w, const db_clause *words, const db_clause *c,
				    const tokens *ts, const db_label **out, size_t max);
void db_label_said(walk *w, const db_label *l);
bool db_subject_of(const walk *w, const db_label *l, size_t s, size_t e);
const db_label *db_urban_share(walk *w, const db_clause *c, const db_label *l);
bool db_clause_label_before(const tokens *ts, size_t n, const db_label *l);
bool db_named_before(const walk *w, const db_clause *c, const tokens *ts, size_t e);
bool db_frame_clause(const walk *w, const db_clause *c, const tokens *ts);
bool db_names_ranked_after(const walk *w, const db_clause *c, const tokens *ts);
bool db_clause_has_label(const tokens *ts, size_t i);
bool db_named_figure(const walk *w, const db_clause *c, const tokens *ts, size_t i);
bool db_rank_words_only(const walk *w, size_t s, size_t e);
bool db_all_of_list(const walk *w, const db_clause *c, const tokens *ts, const token *fig,
		    size_t prev_end);
bool db_milestone_then_measure(const walk *w, size_t s, size_t e);
bool db_count_then_amount(const walk *w, const tokens *ts, size_t i, size_t prev_end);
const db_label *db_item_label(walk *w, const db_label *l, size_t num, const db_clause *c);
bool db_sown_area_item(const walk *w, const db_label *l, size_t num, db_clause *item,
		       const db_clause *c);

/* ---- subjects.c ------------------------------------------------------------ */

/* Whom the clause is about: sets w->entity, w->level, w->foreign. */
void db_clause_subject(walk *w, const db_clause *c, const tokens *ts);

#endif
