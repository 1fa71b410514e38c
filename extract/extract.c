/* extract.c - the extract stage's orchestration: split the text into clauses,
 * find metric labels (one trie scan), then walk each clause's labels,
 * periods, figures and ranks in order, pairing every figure with the nearest
 * preceding label of its part of the sentence, and emit records.
 *
 * Honesty first: a figure whose measure or unit cannot be told for sure is
 * left out rather than guessed. The words that decide measures, bases,
 * statuses and subjects are the const tables just below. */
#include "extract/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/numfmt.h"
#include "core/units.h"
#include "extract/extract_int.h"
#include "extract/readers.h"
#include "extract/readers_lex.h"

/* ---- words ------------------------------------------------------------- */

#define NWORDS(a) (sizeof(a) / sizeof *(a))

/* Between a label and its figure: the figure is a growth rate. */
static const char *const growth_words[] = {
	"增长", "增速", "增幅", "增长率", "上涨", "涨幅", "下降", "下滑", "回落", "降幅",
	"减少", "降低", "同比", "环比", "提高", "提升", "上升", "增加",
};
/* Growth words that name the rate itself (增速达到9%: still a growth). */
static const char *const rate_words[] = { "增速", "增幅", "增长率", "涨幅", "降幅" };
/* Verbs before 至/到 that make the figure the new level (提升至2.31%, 达到). */
static const char *const level_verbs[] = {
	"提高", "提升", "增长", "增加", "上升", "下降", "降低", "减少", "回落", "扩大", "达", "升", "降",
};
/* "to" after a verb: the figure is the new level (提升至2.31%, 增长到). */
static const char *const to_words[] = { "至", "到" };
/* Share of a whole (占全省55%). */
static const char *const share_words[] = { "占" };
/* Gap against another place (高于全省2.1个百分点). */
static const struct {
	const char *word;
	int sign;
} gap_words[] = {
	{ "高于", 1 }, { "高出", 1 }, { "快于", 1 }, { "超出", 1 },
	{ "低于", -1 }, { "慢于", -1 }, { "落后", -1 },
};
static const char *const gap_words_only[] = {
	"高于", "高出", "快于", "超出", "低于", "慢于", "落后", "比全", "较全",
};
/* A share of one metric in another that the catalog has as a metric of its
 * own (研发经费占GDP比重 is 研发投入强度). */
static const struct {
	const char *metric, *of, *is;
} share_metrics[] = {
	{ "rd_spending", "gdp", "rd_intensity" },
	{ "tax_revenue", "budget_revenue", "tax_share" },
};
/* 占 and a place right before a label: a share of that place's whole. */
static const char *const share_scopes[] = { "占全市", "占全省", "占全国", "占全县", "占全区" };
/* Places a share or a gap refers to, longest first. */
static const char *const scope_words[] = {
	"全国平均", "全省平均", "全市平均", "全国", "全省", "全市", "全区", "全县", "全州", "全盟",
};
/* Bases of a growth rate. */
static const struct {
	const char *word;
	const char *basis;
} basis_words[] = {
	{ "两年平均", "avg2y" }, { "两年平均增长", "avg2y" }, { "年均增长", "cagr" },
	{ "年均增速", "cagr" }, { "年均", "cagr" }, { "环比", "mom" },
};
/* Words that make a rate year on year whatever its paragraph says. */
static const char *const yoy_words[] = { "同比", "比上年", "比去年", "较上年", "较去年" };
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
/* Progress towards a target is not an indicator (完成年度目标的52%). */
static const char *const progress_words[] = {
	"目标的", "任务的", "计划的", "进度", "完成率", "目标任务的",
};
/* 完成全年目标的…, 占年度计划的…: a period between these names the target. */
static const char *const progress_verbs[] = { "完成", "占", "超" };
static const char *const progress_nouns[] = { "目标", "计划", "任务", "预算" };
/* A growth after price effects are taken out is another indicator than
 * the nominal one next to it (收入增长6.8%，扣除价格因素实际增长4.8%). */
static const char *const real_words[] = { "扣除价格因素" };
/* A sum over the years up to the period's (五年累计完成…). */
static const struct {
	const char *word;
	int n;
} years_summed[] = { { "两年累计", 2 }, { "三年累计", 3 }, { "五年累计", 5 }, { "十年累计", 10 } };
static const char *const years_summed_words[] = { "两年累计", "三年累计", "五年累计", "十年累计" };
/* An added amount counted from the start of the year (比年初增加). */
static const char *const since_january[] = { "比年初", "较年初", "比上年末", "较上年末" };
/* An added count of a stock (新增高新技术企业1212家). */
static const char *const added_words[] = { "新增", "新培育", "新认定", "净增" };
/* Qualifier words kept in `raw` when they stand right before the number. */
static const char *const raw_prefixes[] = {
	"将近", "接近", "超过", "突破", "不足", "不到", "大约", "近", "约", "逾", "超", "达",
};
/* Words in a rank clause that point at the level or the growth record. */
static const char *const rank_level_words[] = { "规模", "总量", "总额" };
static const char *const rank_growth_words[] = { "增速", "增幅", "增长" };
/* Leading and trailing words dropped from the label of an unknown metric. */
static const char *const label_strip_lead[] = {
	"全市", "全区", "全县", "全省", "我市", "我区", "其中", "的", "今年", "去年", "实现",
	"、", "和", "及",
};
static const char *const label_strip_trail[] = {
	"同比", "较去年", "较上年", "比上年", "比去年", "较去年同期", "比上年同期", "的", "分别",
	"完成", "实现", "达到", "达", "年均", "两年平均", "平均",
};
/* A label glued to these words names something else: 食品工业增加值 is not
 * 工业增加值, 市场主体密度 is not 市场主体. */
static const char *const label_foreign_before[] = { "品", "业", "类" };
/* Words between the figure (or clause start) and a rank phrase that still
 * let the rank speak for the figure (规模稳居, 继续保持, 进入). */
static const size_t rank_lead_max = 12; /* bytes: four characters */

/* ---- helpers ------------------------------------------------------------ */

static bool has_word_at(const char *t, size_t len, size_t pos, const char *w)
{
	size_t n = strlen(w);
	return pos + n <= len && !memcmp(t + pos, w, n);
}

/* A list of the extractor's words (extract/words.json) … */
#define WL(w, id) (&(w)->x->words.lists[id])
/* … and the same as the two arguments (words, count) of find_any and kin. */
#define WORDS(w, id) WL(w, id)->items, WL(w, id)->len

/* The longest word of list l that stands at pos of t[0, len), or NULL. */
static const char *word_at(const char *t, size_t len, size_t pos, const db_wordlist *l)
{
	const char *best = NULL;
	size_t bn = 0;
	for (size_t i = 0; i < l->len; i++) {
		size_t n = strlen(l->items[i]);
		if (n > bn && pos + n <= len && !memcmp(t + pos, l->items[i], n)) {
			best = l->items[i];
			bn = n;
		}
	}
	return best;
}

/* First position of any of words in t[s, e), or (size_t)-1; *which gets its
 * index. Longest word wins at a position. */
static size_t find_any(const char *t, size_t s, size_t e, const char *const *words, size_t nw,
		       size_t *which)
{
	for (size_t p = s; p < e; p++) {
		size_t best = 0, bi = 0;
		for (size_t i = 0; i < nw; i++) {
			if (words[i][0] != t[p])
				continue; /* cheap first: this runs at every byte */
			size_t n = strlen(words[i]);
			if (n > best && p + n <= e && !memcmp(t + p, words[i], n)) {
				best = n;
				bi = i;
			}
		}
		if (best) {
			if (which)
				*which = bi;
			return p;
		}
	}
	return (size_t)-1;
}

static bool contains_any(const char *t, size_t s, size_t e, const char *const *words, size_t nw)
{
	return find_any(t, s, e, words, nw, NULL) != (size_t)-1;
}

/* The first growth word of t[s, e), or (size_t)-1: 增加 in 增加值 (第一产业
 * 实现增加值502亿元) names the amount, not a change. */
static size_t find_growth(const char *t, size_t s, size_t e)
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

/* Last occurrence of any of words ending at or before e, starting at or after s. */
static size_t rfind_any(const char *t, size_t s, size_t e, const char *const *words, size_t nw,
			size_t *which)
{
	for (size_t p = e; p-- > s;) {
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

static bool ends_with_any(const char *t, size_t s, size_t e, const char *const *words, size_t nw)
{
	for (size_t i = 0; i < nw; i++) {
		size_t n = strlen(words[i]);
		if (e >= s + n && !memcmp(t + e - n, words[i], n))
			return true;
	}
	return false;
}

/* A label as written, without the spaces and line breaks of text from PDFs
 * (固定资 产投资 → 固定资产投资). */
static const char *label_text(db_arena *a, const char *t, size_t s, size_t e)
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

const char *db_clause_text(db_arena *a, const char *t, size_t s, size_t e)
{
	char *out = db_arena_alloc(a, e - s + 1);
	size_t n = 0;
	for (size_t i = s; i < e; i++)
		if (t[i] != '\n' && t[i] != '\r')
			out[n++] = t[i];
	out[n] = '\0';
	return out;
}

/* ---- the extractor -------------------------------------------------------- */

struct db_extractor {
	const db_catalog *catalog;
	db_matcher *matcher;
	db_words words;         /* extract/words.json, or --words */
	bool unkeyed_amounts;
};

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

static void tok_push(tokens *ts, token t)
{
	if (ts->len == ts->cap) {
		ts->cap = ts->cap ? ts->cap * 2 : 32;
		ts->items = db_xrealloc(ts->items, ts->cap * sizeof(token));
	}
	ts->items[ts->len++] = t;
}

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

static bool overlaps(size_t s1, size_t e1, size_t s2, size_t e2)
{
	return s1 < e2 && s2 < e1;
}

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
	bool has_period, period_plan, period_from; /* period_from: read after 由/从 */
	bool period_ctx;        /* the period is not the text's at period_pos (the
				 * document context's, 当月's): no re-reading */
	const db_context_span *seg_ctx; /* the document context of this paragraph */
	size_t seg_estimate;    /* 初步预计 in this paragraph: where (0: none) */
	bool period_cum;        /* 今年以来, 2021年以来: cumulative to the date */
	db_period period;
	size_t period_pos;      /* where the period phrase starts (for stock re-reads) */
	/* sentence: the subject */
	unsigned sentence;
	size_t sentence_start;
	size_t status_scan;     /* status words read up to here in this sentence */
	size_t estimate_at, target_at; /* their first positions, or (size_t)-1 */
	const char *entity, *level;
	bool foreign;
	/* part: labels, records, ranks */
	unsigned part;
	const db_label *label;  /* nearest label of this part */
	const db_label *pending[16]; /* labels named since the last figure (rank-only) */
	const char *seg_basis;  /* 与上月相比，… : the basis of the paragraph's rates */
	size_t npending;
	size_t part_first;      /* first record of this part */
	size_t group_first, group_len; /* the last distributive group of records */
	const char *last_scope;
	char zone_name[128];
	db_label split[8];      /* 城乡居民…: the 城镇 and 农村 labels of this clause */
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
	/* the last distributive list (A、B分别完成x、y，分别增长p、q) */
	const db_label *dist[16];
	size_t ndist;
	unsigned dist_sentence;
	db_context ctx;
	size_t ctx_hint;
	/* 2021年和2022年上半年: the first of two periods joined in a clause */
	bool has_also;
	db_period also_period;
	size_t also_pos;
	/* a news item: its first period dates the paragraphs that name none */
	bool news, has_news_period;
	db_period news_period;
} walk;


static const db_metric *metric_of(const walk *w, const db_label *l)
{
	return l ? &w->x->catalog->items[l->metric] : NULL;
}

/* The period a figure of metric m takes: the carried one, re-read as a
 * stock (截至4月底 → M04) when m is a stock. */
static bool period_for(const walk *w, const db_metric *m, db_measure measure, db_period *out)
{
	if (!w->has_period)
		return false;
	*out = w->period;
	if (!m || !m->stock || measure == DB_MEASURE_ADDED)
		return true;
	if (measure == DB_MEASURE_LEVEL && !w->period_ctx) {
		db_period_match pm;
		if (db_period_read(w->text, w->len, w->period_pos, &w->rs->doc.date,
				   DB_PERIOD_FOR_STOCK, &pm) && pm.has_period)
			*out = pm.period;
	}
	/* A stock is counted at a point: 2021年以来…总量达到4130家 is the
	 * count at the date's month (a span of whole years: at its last year). */
	if (w->period_cum || out->start_year != out->end_year ||
	    (measure == DB_MEASURE_LEVEL && out->start_month != out->end_month)) {
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
	    (at = db_words_find(w->text, from, pos, WL(w, DB_W_ESTIMATE), NULL)) !=
		    (size_t)-1)
		w->estimate_at = at;
	if (w->target_at == (size_t)-1 &&
	    (at = db_words_find(w->text, from, pos, WL(w, DB_W_TARGET), NULL)) !=
		    (size_t)-1)
		w->target_at = at;
	w->status_scan = pos;
}

static db_status status_before(walk *w, size_t pos)
{
	status_words(w, pos);
	if (w->estimate_at != (size_t)-1)
		return DB_STATUS_ESTIMATE;
	if (w->period_plan || w->target_at != (size_t)-1)
		return DB_STATUS_TARGET;
	if (w->seg_estimate && w->seg_estimate < pos)
		return DB_STATUS_ESTIMATE;
	/* a target list: figures of the year it sets targets for */
	if (w->seg_ctx && w->seg_ctx->mode == DB_CONTEXT_PLAN && w->has_period &&
	    w->period.end_year == w->seg_ctx->year && w->period.start_year == w->seg_ctx->year)
		return DB_STATUS_TARGET;
	/* a period that ends after the document's month has not happened yet:
	 * 2021年…增长7%左右 in a report of January 2021 is a target */
	const db_date *d = &w->rs->doc.date;
	if (w->has_period && w->period.end_year * 12 + w->period.end_month > d->year * 12 + d->month)
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
	return db_clause_text(&w->rs->arena, w->text, s, f->end);
}

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
		/* 生产总值56.7亿: a scale word alone after an amount in 元 */
		if (text && f->num_end >= 3 && strstr(to, "元") && !strstr(to, "/") &&
		    (!memcmp(text + f->num_end - 3, "亿", 3) || !memcmp(text + f->num_end - 3, "万", 3)) &&
		    db_unit_convert(f->value, "元", to, v) == 0) {
			if (f->has_max)
				db_unit_convert(f->max, "元", to, max);
			*unit = to;
			return true;
		}
		/* a bare number: only an index (上年=100) reads so */
		return strstr(to, "=100") && (*v = f->value, *unit = to, true);
	}
	if (db_unit_convert(f->value, f->unit, to, v) == 0) {
		if (f->has_max)
			db_unit_convert(f->max, f->unit, to, max);
		*unit = to;
		return true;
	}
	db_unit_split(f->unit, fbase, &fe);
	db_unit_split(to, tbase, &te);
	if (!strstr(fbase, "元") || !strstr(tbase, "元") || fe != 0)
		return false;
	/* 亿美元: the catalog's prefix (亿) on the figure's currency */
	*unit = db_arena_printf(a, "%.*s%s", (int)(strlen(to) - strlen(tbase)), to, fbase);
	*v = db_rescale(f->value, -te);
	if (f->has_max)
		*max = db_rescale(f->max, -te);
	return true;
}

/* The label of an unknown metric: the words before the growth verb, without
 * the place and time words around them; NULL when nothing clean is left. */
static const char *unknown_label(walk *w, size_t s, size_t e)
{
	bool changed = true;

	if (e > w->len || s >= e)
		return NULL;
	while (changed && s < e) {
		changed = false;
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
	return db_clause_text(&w->rs->arena, w->text, s, e);
}

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
	*entity = db_arena_printf(&w->rs->arena, "%s（含%.*s）", w->entity, (int)(q - p - open),
				  w->text + p + open);
	return true;
}

/* Does a period phrase at pos stand for a basis, not for the figure's
 * period (较去年同比, 比2019年同期)? */
static bool is_basis_period(const walk *w, size_t clause_start, size_t pos)
{
	static const char *const before[] = { "比", "较", "同比", "与", "相比", "低于", "高于" };
	size_t s = pos >= clause_start + 6 ? pos - 6 : clause_start;
	size_t at = rfind_any(w->text, s, pos, before, NWORDS(before), NULL);
	if (at == (size_t)-1)
		return false;
	/* 占比从2021年末的12.8%: a share, and 2021 its period */
	return !(at >= 3 && has_word_at(w->text, w->len, at - 3, "占比"));
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
} fig_ctx;

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
	r->label = fc->label ? label_text(&w->rs->arena, w->text, fc->label_start, fc->label_end)
			     : unknown_label(w, fc->label_start, fc->label_end);
	r->measure = measure;
	r->qualifier = f->has_value ? f->qualifier : DB_QUAL_MASKED;
	if (f->has_max && f->has_value)
		r->qualifier = DB_QUAL_RANGE;
	r->raw = raw_of(w, f);
	r->has_period = period_for(w, m, measure, &p);
	/* 10月末…比年初增加812.5亿元, 新增贷款…: added since January, a span */
	if (r->has_period && measure == DB_MEASURE_ADDED && p.start_year == p.end_year &&
	    p.start_month == p.end_month && p.end_month > 1 &&
	    (contains_any(w->text, fc->c->start, f->start, since_january, NWORDS(since_january)) ||
	     contains_any(w->text, fc->c->start, f->start, added_words, NWORDS(added_words))))
		p = db_period_months(p.end_year, 1, p.end_month); /* (新增 at 11月末 too) */
	/* 五年累计完成固定资产投资1.32万亿元: the sum over the years up to
	 * the one carried */
	size_t yi;
	if (r->has_period && measure == DB_MEASURE_LEVEL && m && !m->stock &&
	    p.start_year == p.end_year && p.start_month == 1 && p.end_month == 12 &&
	    find_any(w->text, fc->c->start, f->start, years_summed_words, NWORDS(years_summed_words),
		     &yi) != (size_t)-1)
		p = db_period_span(db_period_year(p.end_year - years_summed[yi].n + 1),
				   db_period_year(p.end_year));
	if (r->has_period)
		r->period = p;
	r->status = status_before(w, f->num_start); /* 预计4.6万元: the prefix counts */
	/* 低于5%的控制目标: the figure names the target */
	if (word_at(w->text, fc->c->end, f->end, WL(w, DB_W_TARGET_AFTER)))
		r->status = DB_STATUS_TARGET;
	r->source.offset = fc->c->start;
	r->source.line = fc->c->line;
	r->source.column = fc->c->column;
	r->source.text = db_clause_text(&w->rs->arena, w->text, fc->c->start, fc->c->end);
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

	if (period_for(w, m, measure, &p)) {
		if (b->end_year == p.end_year - 1)
			return NULL;
		if (b->start_year == b->end_year && b->start_month == b->end_month &&
		    p.start_year == p.end_year && p.start_month == p.end_month &&
		    b->end_year * 12 + b->end_month + 1 == p.end_year * 12 + p.end_month)
			return "mom";
	} else if (b->end_year >= w->rs->doc.date.year - 1) {
		return NULL;
	}
	return db_arena_printf(&w->rs->arena, "vs:%s", db_period_format(b, tok));
}

/* 比2019年同期 (较, 与) in t[s, e): the basis vs the same months of that
 * year (vs:2019Q1 for a 2021Q1 figure; vs:2019 when the figure has no
 * period). NULL when absent. */
static const char *same_period_basis(walk *w, const db_metric *m, db_measure measure,
				     size_t s, size_t e)
{
	static const char *const before[] = { "比", "较", "与" };
	for (size_t p = s; p + 4 + 9 <= e; p++) {
		size_t which, q;
		int year = 0;
		if (find_any(w->text, p, p + 3, before, NWORDS(before), &which) != p)
			continue;
		q = p + 3;
		for (int k = 0; k < 4; k++, q++) {
			if (w->text[q] < '0' || w->text[q] > '9')
				break;
			year = year * 10 + (w->text[q] - '0');
		}
		if (q != p + 7 || !has_word_at(w->text, e, q, "年同期"))
			continue;
		db_period rp, b;
		char tok[DB_PERIOD_TOKEN_MAX];
		if (period_for(w, m, measure, &rp) && rp.start_year == rp.end_year) {
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

/* Decide what a figure is and emit its record; returns the record index or
 * (size_t)-1 when the figure is left out. */
static size_t emit_figure(walk *w, fig_ctx *fc, const db_figure *f)
{
	const db_metric *m = metric_of(w, fc->label);
	const char *t = w->text;
	size_t gs = fc->gap_start, ge = fc->gap_end ? fc->gap_end : f->num_start, which = 0;
	db_measure measure;
	double v = f->value, mx = f->max;
	const char *unit = NULL, *basis = NULL, *of = NULL, *vs = NULL;

	if (w->foreign || !w->entity)
		return (size_t)-1;
	if (contains_any(t, gs, ge, progress_words, NWORDS(progress_words)))
		return (size_t)-1;
	/* 贡献率为84.2%, 拉动增长2.1个百分点: a contribution, not a change */
	if (db_words_find(t, fc->c->start, f->num_start, WL(w, DB_W_CONTRIBUTION), NULL) !=
	    (size_t)-1)
		return (size_t)-1;
	if (f->kind == DB_FIG_MULTIPLE || f->kind == DB_FIG_RANK)
		return (size_t)-1;
	/* 分别为23323395346268亿元: numbers glued together (their separators
	 * lost), not one figure; it still takes its place in a 分别 list */
	if (digit_run(t, f->num_start, f->num_end) > 12)
		return (size_t)-1;

	bool growth = find_growth(t, gs, ge) != (size_t)-1 ||
		      f->growth_word;
	size_t to_at = rfind_any(t, gs, ge, to_words, NWORDS(to_words), NULL);
	/* 提升至2.31%, 达到1.92%: a verb then 至/到 makes the figure the new
	 * level, unless the words name the rate itself (增速达到9%) */
	bool to_level = to_at != (size_t)-1 && ge - to_at <= 3 + 24 &&
			find_growth(t, to_at, ge) == (size_t)-1 &&
			!contains_any(t, gs, ge, rate_words, NWORDS(rate_words)) &&
			ends_with_any(t, gs, to_at, level_verbs, NWORDS(level_verbs));
	/* 下降4.1% is negative, 回落至5% is not */
	size_t fall_at = rfind_any(t, gs, ge, WORDS(w, DB_W_FALLING), NULL);
	bool falling = fall_at != (size_t)-1 && (to_at == (size_t)-1 || to_at < fall_at);
	/* 降幅收窄23.75个百分点: a fall that narrows is a rise */
	if (falling && contains_any(t, fall_at, ge, (const char *const[]){ "收窄" }, 1))
		falling = false;
	size_t share_at = find_any(t, gs, ge, share_words, NWORDS(share_words), NULL);
	size_t gap_at = find_any(t, gs, ge, (const char *const[]){ "高于", "高出", "快于", "超出",
								    "低于", "慢于", "落后" },
				 7, &which);
	bool rate_metric = m && !strcmp(m->unit, "%");

	if (fc->from_to_drop && to_level)
		return (size_t)-1;
	switch (f->kind) {
	case DB_FIG_PP:
		if (gap_at != (size_t)-1) {
			measure = DB_MEASURE_GAP_PP;
			size_t si;
			size_t sp = find_any(t, gap_at, ge, scope_words, NWORDS(scope_words), &si);
			vs = sp != (size_t)-1 ? scope_words[si] : NULL;
			if (gap_words[which].sign < 0 && f->has_value && v > 0)
				v = -v;
		} else {
			measure = DB_MEASURE_CHANGE_PP;
			if (f->sign_word == 0 && f->has_value && falling && v > 0)
				v = -v;
			basis = "yoy";
			if (fc->has_basis && (basis = basis_against(w, m, measure, &fc->basis_period)) == NULL)
				basis = "yoy";
		}
		unit = "百分点";
		break;
	case DB_FIG_PERCENT:
	case DB_FIG_FRACTION:
		if (share_at != (size_t)-1 && !(m && !strcmp(m->id, "tax_share"))) {
			measure = DB_MEASURE_SHARE;
			size_t si;
			size_t sp = find_any(t, share_at, ge, scope_words, NWORDS(scope_words), &si);
			if (sp == (size_t)-1)
				sp = rfind_any(t, fc->c->start, share_at, scope_words, NWORDS(scope_words),
					       &si); /* 全县…在全市占比为10.3%: the nearest */
			of = sp != (size_t)-1 ? scope_words[si] : NULL;
			if (fc->of_metric)
				of = fc->of_metric;
			unit = "%";
			break;
		}
		if (m && strstr(m->unit, "=100") && !growth && f->has_value && v > 50 && v < 200) {
			measure = DB_MEASURE_LEVEL; /* 居民消费价格指数101.3%: the index itself */
			unit = m->unit;
			break;
		}
		if (rate_metric && (to_level || !growth)) {
			measure = DB_MEASURE_LEVEL;
			unit = "%";
			break;
		}
		/* 出生率为5.80‰: a rate per mille (read as 0.58 %) of a ‰ metric */
		if (m && !strcmp(m->unit, "‰") && (to_level || find_growth(t, gs, ge) == (size_t)-1) &&
		    f->has_value &&
		    contains_any(t, f->num_start, f->end, (const char *const[]){ "‰" }, 1)) {
			measure = DB_MEASURE_LEVEL;
			v = db_rescale(v, 1);
			unit = "‰";
			break;
		}
		if (!growth || to_level)
			return (size_t)-1; /* a percent that is neither a rate nor a change */
		if (rate_metric)
			return (size_t)-1; /* 研发投入强度提高2%: points or percent? */
		if (f->num_end - f->num_start >= 3 &&
		    contains_any(t, f->num_start, f->num_end, (const char *const[]){ "‰" }, 1))
			return (size_t)-1; /* 人口自然增长率-1.2‰: a rate, not a change */
		if (contains_any(t, fc->c->start, f->num_start, real_words, NWORDS(real_words)))
			return (size_t)-1; /* 扣除价格因素实际增长4.8%: another indicator */
		measure = DB_MEASURE_GROWTH;
		unit = "%";
		if (f->sign_word == 0 && f->has_value && falling && v > 0)
			v = -v;
		basis = NULL;
		for (size_t i = 0; i < NWORDS(basis_words); i++)
			if (contains_any(t, fc->c->start, f->end, &basis_words[i].word, 1))
				basis = basis_words[i].basis;
		if (fc->has_basis)
			basis = basis_against(w, m, measure, &fc->basis_period);
		if (fc->basis_mom)
			basis = "mom";
		const char *same = same_period_basis(w, m, measure, fc->c->start, f->num_start);
		if (same)
			basis = same;
		/* 由697.4亿元增加到1177.0亿元，实现翻一番: a doubling over
		 * years, not a yearly rate; only a stated basis dates it */
		if (!basis && has_word_at(t, f->end, f->num_start, "翻") &&
		    !contains_any(t, fc->c->start, f->end, yoy_words, NWORDS(yoy_words)))
			return (size_t)-1;
		if (!basis && !contains_any(t, fc->c->start, f->end, yoy_words, NWORDS(yoy_words)))
			basis = w->seg_basis;
		if (!basis)
			basis = "yoy";
		break;
	case DB_FIG_AMOUNT: {
		if (!m && w->x->unkeyed_amounts && f->has_value && f->unit[0]) {
			measure = DB_MEASURE_LEVEL; /* --unkeyed: as written */
			unit = db_arena_strdup(&w->rs->arena, f->unit);
			break;
		}
		if (!m)
			return (size_t)-1; /* amounts of unknown things stay out */
		/* 新增 right before the label (新增高新技术企业1212家) or in the
		 * gap; 总量达到4130家 after it is the stock itself */
		bool added = (ends_with_any(t, fc->label_start >= 12 ? fc->label_start - 12 : 0,
					    fc->label_start, added_words, NWORDS(added_words)) &&
			      gs == fc->label_end) ||
			     contains_any(t, gs, ge, added_words, NWORDS(added_words));
		if (contains_any(t, gs, ge, (const char *const[]){ "总量", "总数", "累计" }, 3))
			added = false;
		if (growth && !to_level && !(m->stock && f->sign_word != 0))
			return (size_t)-1; /* 增加5亿元 of a flow: neither level nor rate */
		measure = added && m->stock ? DB_MEASURE_ADDED : DB_MEASURE_LEVEL;
		if (m->stock && f->sign_word != 0 && !to_level)
			measure = DB_MEASURE_ADDED;
		if (!convert_amount(t, f, db_metric_unit(m, measure), &v, &mx, &unit,
				    &w->rs->arena))
			return (size_t)-1;
		break;
	}
	default:
		return (size_t)-1;
	}
	if (!m && measure != DB_MEASURE_GROWTH && measure != DB_MEASURE_CHANGE_PP &&
	    !(measure == DB_MEASURE_LEVEL && w->x->unkeyed_amounts))
		return (size_t)-1;
	if (!m) {
		/* the unknown label runs up to the first measure word */
		size_t gw = find_growth(t, gs, ge);
		fc->label_start = fc->c->start > gs ? fc->c->start : gs;
		fc->label_end = gw == (size_t)-1 && measure == DB_MEASURE_LEVEL
					? ge /* an amount (--unkeyed): up to it */
					: gw;
		if (!unknown_label(w, fc->label_start, fc->label_end))
			return (size_t)-1;
	}
	/* 研发经费支出占地区生产总值比重: a share that is an indicator of its own */
	for (size_t i = 0; m && measure == DB_MEASURE_SHARE && of && i < NWORDS(share_metrics); i++)
		if (!strcmp(m->id, share_metrics[i].metric) && !strcmp(of, share_metrics[i].of)) {
			const db_metric *is = db_catalog_find(w->x->catalog, share_metrics[i].is);
			if (!is)
				break;
			m = is;
			measure = DB_MEASURE_LEVEL;
			of = NULL;
			break;
		}
	db_record *r = new_record(w, m, fc, f, measure);
	r->has_value = f->has_value;
	r->value = f->has_value ? v : 0;
	r->has_max = f->has_max && f->has_value;
	r->max = mx;
	r->unit = m ? (measure == DB_MEASURE_LEVEL || measure == DB_MEASURE_ADDED
			       ? unit
			       : db_metric_unit(m, measure))
		    : unit;
	r->basis = basis;
	r->of = of;
	r->vs = vs;
	return w->rs->len - 1;
}

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

static void add_rank(walk *w, db_record *r, const db_figure *f)
{
	db_rank *nr = db_arena_alloc(&w->rs->arena, (r->nranks + 1) * sizeof(db_rank));
	if (r->nranks)
		memcpy(nr, r->ranks, r->nranks * sizeof(db_rank));
	db_rank *k = &nr[r->nranks];
	const char *scope = f->scope[0] ? db_arena_strdup(&w->rs->arena, f->scope) : w->last_scope;
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
	for (size_t i = w->rs->len; i-- > w->part_first;) {
		db_record *r = &w->rs->items[i];
		if (r->metric != last->metric || (r->metric && strcmp(r->metric, last->metric)))
			break;
		if (r->measure == want)
			return r;
	}
	return NULL;
}

/* The record of this part a rank belongs to: the growth or level record of
 * the last label when the rank clause says 增速 or 规模, else the last level,
 * growth or added record (a rank never ranks a gap or a change). */
static db_record *rank_target(walk *w, const db_clause *c, size_t rank_start)
{
	if (w->rs->len <= w->part_first)
		return NULL;
	if (contains_any(w->text, c->start, rank_start, rank_level_words, NWORDS(rank_level_words)))
		return part_record(w, DB_MEASURE_LEVEL); /* NULL: 增幅居全国前列 after a level */
	if (contains_any(w->text, c->start, rank_start, rank_growth_words,
			 NWORDS(rank_growth_words)))
		return part_record(w, DB_MEASURE_GROWTH);
	const db_record *last = &w->rs->items[w->rs->len - 1];
	for (size_t i = w->rs->len; i-- > w->part_first;) {
		db_record *r = &w->rs->items[i];
		if (r->metric != last->metric || (r->metric && strcmp(r->metric, last->metric)))
			break;
		if (r->measure == DB_MEASURE_LEVEL || r->measure == DB_MEASURE_GROWTH ||
		    r->measure == DB_MEASURE_ADDED)
			return r;
	}
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
static bool ranks_by_measure(walk *w, const db_clause *c, const db_figure *first)
{
	size_t at = find_any(w->text, c->start, first->start, (const char *const[]){ "分别" }, 1,
			     NULL);
	db_measure want[4];
	int pos[4];
	size_t nw = 0, which = 0;

	if (at == (size_t)-1)
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
	if (nw < 2 || rank_positions(w, c, first->start, pos, 4) != nw)
		return false;
	for (size_t i = 0; i < nw; i++) {
		db_record *r = part_record(w, want[i]);
		if (!r)
			return false;
	}
	for (size_t i = 0; i < nw; i++) {
		db_figure f = nth_rank(first, pos[i]);
		add_rank(w, part_record(w, want[i]), &f);
	}
	return true;
}

static void rank_records(walk *w, const db_clause *c, const db_figure *f, db_measure measure);

static void rank_only(walk *w, const db_clause *c, const db_figure *f)
{
	const db_label *last = w->pending[w->npending - 1];
	db_measure measure = DB_MEASURE_LEVEL;
	size_t gap = last->end;

	/* the rank must follow the names closely (…投资总额位列全市第一位,
	 * …增加值增速居全省第3位); 重点项目“四率”完成情况位列… ranks
	 * something else */
	for (size_t k = 0; k < NWORDS(rank_growth_words); k++)
		if (has_word_at(w->text, w->len, gap, rank_growth_words[k])) {
			gap += strlen(rank_growth_words[k]);
			measure = DB_MEASURE_GROWTH;
			break;
		}
	if (w->foreign || f->start > gap + rank_lead_max) {
		w->npending = 0;
		return;
	}
	/* 2021年和2022年上半年营商环境评价均居全省第二: one rank for each period */
	bool both = w->has_also && contains_any(w->text, last->end, f->end,
						(const char *const[]){ "均" }, 1);
	db_period carried = w->period;
	size_t carried_pos = w->period_pos;
	for (int k = both ? 0 : 1; k < 2; k++) {
		w->period = k == 0 ? w->also_period : carried;
		w->period_pos = k == 0 ? w->also_pos : carried_pos;
		rank_records(w, c, f, measure);
	}
	w->npending = 0;
}

/* The rank-only records of the names pending before rank f. */
static void rank_records(walk *w, const db_clause *c, const db_figure *f, db_measure measure)
{
	for (size_t i = 0; i < w->npending; i++) {
		const db_label *l = w->pending[i];
		const db_metric *m = metric_of(w, l);
		db_record *r = db_records_add(w->rs);
		db_period p;
		r->entity = w->entity;
		r->level = w->level;
		r->metric = m->id;
		r->label = label_text(&w->rs->arena, w->text, l->start, l->end);
		r->measure = measure;
		r->basis = measure == DB_MEASURE_GROWTH ? "yoy" : NULL;
		r->has_value = false;
		r->has_period = period_for(w, m, measure, &p);
		if (r->has_period)
			r->period = p;
		r->status = status_before(w, f->start);
		r->source.offset = c->start;
		r->source.line = c->line;
		r->source.column = c->column;
		r->source.text = db_clause_text(&w->rs->arena, w->text, c->start, c->end);
		add_rank(w, r, f);
	}
}

/* Is the label part of a longer name of something else (食品工业增加值,
 * 市场主体密度)? */
static bool label_glued(const walk *w, const db_clause *c, const db_label *l)
{
	if (l->start > c->start &&
	    (ends_with_any(w->text, c->start, l->start, label_foreign_before,
			   NWORDS(label_foreign_before)) ||
	     ends_with_any(w->text, c->start, l->start, WORDS(w, DB_W_LABEL_FOREIGN_BEFORE))))
		return true;
	/* 固定资产投资（含房地产投资）: what a figure includes is not its label */
	size_t from = l->start >= c->start + 12 ? l->start - 12 : c->start;
	size_t open = rfind_any(w->text, from, l->start, WORDS(w, DB_W_LABEL_INSIDE), NULL);
	if (open != (size_t)-1 &&
	    !contains_any(w->text, open, l->start, (const char *const[]){ "）", ")" }, 2))
		return true;
	return word_at(w->text, c->end, l->end, WL(w, DB_W_LABEL_FOREIGN_AFTER)) != NULL;
}

/* 城乡居民人均可支配收入分别增长4.6%和6.5%: the 城镇 and the 农村 metric, in
 * that order, when the catalog has both and 分别 pairs them with figures (or
 * 均 gives one figure to both); otherwise the figure could be either, and
 * the name is left out. */
static void split_label(walk *w, const db_clause *c, const db_label *l, tokens *ts)
{
	static const char *const halves[] = { "城镇", "农村" };
	char name[192];
	size_t metric[2], n = l->end - l->start;

	/* 城乡居民人均可支配收入均增长7%: one figure for both */
	bool both = has_word_at(w->text, c->end, l->end, "均");
	if (n + 7 > sizeof name || w->nsplit + 2 > NWORDS(w->split) ||
	    (!both && find_any(w->text, l->end, c->end, (const char *const[]){ "分别" }, 1,
			       NULL) == (size_t)-1))
		return;
	for (size_t h = 0; h < 2; h++) {
		snprintf(name, sizeof name, "%s%.*s", halves[h], (int)n, w->text + l->start);
		metric[h] = db_matcher_lookup(w->x->matcher, name, strlen(name));
		if (metric[h] == (size_t)-1)
			return;
	}
	for (size_t h = 0; h < 2; h++) {
		db_label *s = &w->split[w->nsplit++];
		*s = (db_label){ l->start - 6, l->end, metric[h] };
		tok_push(ts, (token){ .kind = TOK_LABEL, .start = s->start, .end = s->end, .label = s });
	}
}

/* 城镇、农村居民人均可支配收入分别达到36820元、13036元: a word before 、
 * that takes the place of the label's first word names another metric of
 * the catalog (城镇居民人均可支配收入); pushed before the label, so that
 * 分别 pairs both. */
static void shared_tail(walk *w, const db_clause *c, const db_label *l, tokens *ts)
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
	    (ts->len && ts->items[ts->len - 1].end > sep - 6) ||
	    find_any(w->text, l->end, c->end, (const char *const[]){ "分别" }, 1, NULL) ==
		    (size_t)-1)
		return;
	/* the longest word first: 城镇居民、农村居民… is 城镇居民 (not 居民) */
	for (size_t wl = 12; wl >= 6; wl -= 3) {
		if (sep < c->start + wl)
			continue;
		const char *word = w->text + sep - wl;
		bool cjk = true;
		for (size_t i = 0; i < wl; i += 3) /* CJK characters, no punctuation */
			cjk &= (unsigned char)word[i] >= 0xE4 && (unsigned char)word[i] <= 0xE9;
		if (!cjk)
			continue;
		if (ts->len && ts->items[ts->len - 1].end > sep - wl)
			continue;
		for (size_t k = 3; k <= 12 && k + 6 <= n; k += 3) {
			if (wl + n - k + 1 > sizeof name)
				return;
			memcpy(name, word, wl);
			memcpy(name + wl, w->text + l->start + k, n - k);
			size_t id = db_matcher_lookup(w->x->matcher, name, wl + n - k);
			if (id == (size_t)-1 || id == l->metric)
				continue;
			db_label *s = &w->split[w->nsplit++];
			*s = (db_label){ sep - wl, sep, id };
			tok_push(ts, (token){ .kind = TOK_LABEL, .start = s->start, .end = s->end,
					      .label = s });
			return;
		}
	}
}

/* 第一、二、三产业增加值分别增长4.1%、6.2%和4.5%: one name for three
 * metrics. The spellings of the list and the names it stands for: */
static const char *const industry_lists[] = {
	"第一、第二、第三产业", "第一、二、三产业", "一、二、三产业", "一二三产业",
};
static const char *const industry_names[] = { "第一产业", "第二产业", "第三产业" };
/* what may follow the list and still name a metric with each name */
static const char *const industry_suffixes[] = { "增加值", "" };

/* If an industry list starts in [s, e), push its three labels (only when
 * 分别 pairs them with figures) and return the end of its name, else 0. */
static size_t industry_list(walk *w, const db_clause *c, size_t s, size_t e, tokens *ts,
			    size_t *list_start)
{
	size_t which, at = find_any(w->text, s, e, industry_lists, NWORDS(industry_lists), &which);
	char name[64];

	if (at == (size_t)-1)
		return 0;
	size_t p = at + strlen(industry_lists[which]);
	for (size_t k = 0; k < NWORDS(industry_suffixes); k++) {
		size_t n = strlen(industry_suffixes[k]), metric[3];
		bool all = true;
		if (!has_word_at(w->text, c->end, p, industry_suffixes[k]))
			continue;
		for (size_t i = 0; i < 3 && all; i++) {
			snprintf(name, sizeof name, "%s%s", industry_names[i], industry_suffixes[k]);
			metric[i] = db_matcher_lookup(w->x->matcher, name, strlen(name));
			all = metric[i] != (size_t)-1;
		}
		if (!all)
			continue;
		*list_start = at;
		if (w->nsplit + 3 > NWORDS(w->split) ||
		    find_any(w->text, p + n, c->end, (const char *const[]){ "分别" }, 1, NULL) ==
			    (size_t)-1)
			return p + n; /* which of the three? leave it out */
		for (size_t i = 0; i < 3; i++) {
			db_label *l = &w->split[w->nsplit++];
			*l = (db_label){ at, p + n, metric[i] };
			tok_push(ts, (token){ .kind = TOK_LABEL, .start = at, .end = p + n, .label = l });
		}
		return p + n;
	}
	return 0;
}

/* A title line (the first non-blank one: short, no sentence punctuation)
 * that names a period dates the paragraphs that name none, when that
 * period has ended by the document's month: 2023年上半年工作总结 of July
 * dates its figures 2023H1, while 2022年政府工作报告 of January names the
 * year the report is for, not the year its review reports on. */
static void title_period(walk *w)
{
	const char *t = w->text;
	size_t s = 0, e;
	while (s < w->len && (t[s] == '\n' || t[s] == '\r' || t[s] == ' '))
		s++;
	for (e = s; e < w->len && t[e] != '\n'; e++)
		;
	if (e - s > 120 || find_any(t, s, e, (const char *const[]){ "。", "，", "：" }, 3, NULL) !=
				   (size_t)-1)
		return;
	db_period_match pm;
	const db_date *date = &w->rs->doc.date;
	if (!db_period_next(t, e, s, date, DB_PERIOD_FOR_FLOW, &pm) || !pm.has_period || pm.plan)
		return;
	if (pm.period.end_year * 12 + pm.period.end_month > date->year * 12 + date->month) {
		w->label_end = e;
		return;
	}
	w->has_title = true;
	w->title = pm;
	w->title_end = e;
	w->label_end = e; /* its periods (…执行情况与2021年…) are the title's own */
}


/* Collect labels, periods, figures and ranks of a clause in text order. */
static void clause_tokens(walk *w, const db_clause *c, tokens *ts)
{
	const char *t = w->text;
	size_t pos;
	db_period_match pm;
	db_figure f;

	ts->len = 0;
	while (w->next_label < w->labels->len && w->labels->items[w->next_label].start < c->start)
		w->next_label++;
	w->nsplit = 0;
	size_t list_start = 0, list_end = industry_list(w, c, c->start, c->end, ts, &list_start);
	for (size_t i = w->next_label;
	     i < w->labels->len && w->labels->items[i].start < c->end; i++) {
		const db_label *l = &w->labels->items[i];
		if (l->end > c->end || label_glued(w, c, l))
			continue;
		if (list_end && overlaps(l->start, l->end, list_start, list_end))
			continue;
		if (l->start >= c->start + 6 && has_word_at(t, l->start, l->start - 6, "城乡")) {
			split_label(w, c, l, ts);
			continue;
		}
		shared_tail(w, c, l, ts);
		tok_push(ts, (token){ .kind = TOK_LABEL, .start = l->start, .end = l->end,
				      .label = l });
	}
	size_t nl = ts->len;
	for (pos = c->start;
	     pos < c->end &&
	     db_period_next(t, c->end, pos, &w->rs->doc.date, DB_PERIOD_FOR_FLOW, &pm);
	     pos = pm.end > pos ? pm.end : pos + 1) {
		bool clash = false;
		for (size_t i = 0; i < nl; i++)
			clash |= overlaps(pm.start, pm.end, ts->items[i].start, ts->items[i].end);
		/* 上年=100: the base of an index, not a period */
		if (has_word_at(t, c->end, pm.end, "=") || has_word_at(t, c->end, pm.end, "＝"))
			clash = true;
		/* 总投资4103亿元的“十四五”重大项目: a period that names a noun */
		if (pm.start >= c->start + 3 && has_word_at(t, pm.start, pm.start - 3, "的") &&
		    !has_word_at(t, c->end, pm.end, "末") && !has_word_at(t, c->end, pm.end, "的"))
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
		/* 上年=100: the base of an index, not a figure */
		if (f.num_start > c->start && (t[f.num_start - 1] == '=' ||
					       (f.num_start >= c->start + 3 &&
						has_word_at(t, f.num_start, f.num_start - 3, "＝"))))
			clash = true;
		if (!clash)
			tok_push(ts, (token){ .kind = f.kind == DB_FIG_RANK ? TOK_RANK : TOK_FIGURE,
					      .start = f.start, .end = f.end, .fig = f });
	}
	if (ts->len > 1)
		qsort(ts->items, ts->len, sizeof(token), tok_cmp);
}

/* Does t[p, e) open with the name of a division other than the document's
 * own (康平县, 平顶山市)? Only full names ending in 省/市/县/区/旗/州, at
 * least two characters, and not the generic 城区/市区/郊区. */
static bool other_division(const walk *w, size_t p, size_t e)
{
	static const char *const generic[] = { "城区", "市区", "郊区", "新区", "本市", "该市",
					       "该县", "该区", "各县", "各区", "各市" };
	char name[64];
	size_t q = p, n = 0;
	while (q + 3 <= e && n < 8 && (unsigned char)w->text[q] >= 0xE4 &&
	       (unsigned char)w->text[q] <= 0xE9) {
		const unsigned char *u = (const unsigned char *)w->text + q;
		unsigned cp = (unsigned)(u[0] & 0x0F) << 12 | (unsigned)(u[1] & 0x3F) << 6 |
			      (u[2] & 0x3F);
		q += 3;
		n++;
		/* 省 市 县 区 旗 州 盟 */
		if (n < 2 || !(cp == 0x7701 || cp == 0x5E02 || cp == 0x53BF || cp == 0x533A ||
			       cp == 0x65D7 || cp == 0x5DDE || cp == 0x76DF))
			continue;
		size_t len = q - p;
		bool skip = false;
		for (size_t i = 0; i < NWORDS(generic); i++)
			skip |= len == strlen(generic[i]) && !memcmp(w->text + p, generic[i], len);
		if (skip || len >= sizeof name)
			continue;
		memcpy(name, w->text + p, len);
		name[len] = '\0';
		const db_division *d = db_division_find(name);
		if (d)
			return strcmp(d->name, w->rs->doc.entity) != 0;
	}
	return false;
}

/* The subject of a clause: a zone (高新区GDP…), a redacted self-name (*区GDP…)
 * or somebody else (中央…); looked at after a leading period phrase. */
static void clause_subject(walk *w, const db_clause *c, const tokens *ts)
{
	const char *t = w->text;
	size_t p = c->start, k;

	if (ts->len && ts->items[0].kind == TOK_PERIOD && ts->items[0].start == p)
		p = ts->items[0].end;
	const char *lead = word_at(t, c->end, p, WL(w, DB_W_SUBJECT_LEAD_INS));
	if (lead)
		p += strlen(lead);
	bool province_doc = w->rs->doc.level && !strcmp(w->rs->doc.level, "province");
	/* 全省首创…平台 names no figure: the sentence goes on about the
	 * document's entity */
	bool says_figure = false;
	for (size_t i = 0; i < ts->len; i++)
		says_figure |= ts->items[i].kind != TOK_PERIOD;
	const char *other = says_figure ? word_at(t, c->end, p, WL(w, DB_W_OTHER_SUBJECTS)) : NULL;
	if (other && !(province_doc && word_at(other, strlen(other), 0, WL(w, DB_W_PROVINCE_SELF)))) {
		w->foreign = true;
		return;
	}
	if (word_at(t, c->end, p, WL(w, DB_W_SELF_SUBJECTS))) {
		w->entity = w->rs->doc.entity;
		w->level = w->rs->doc.level;
		w->foreign = false; /* 全省增长6.3%，我市增长8.1% */
		return;
	}
	/* 县域 in a city's or a province's report: its counties, not itself */
	bool above_county = w->rs->doc.level && (!strcmp(w->rs->doc.level, "prefecture") ||
						 province_doc);
	if (says_figure && above_county && (has_word_at(t, c->end, p, "县域") ||
					    has_word_at(t, c->end, p, "全市县域"))) {
		w->foreign = true;
		return;
	}
	if (says_figure && other_division(w, p, c->end)) {
		w->foreign = true; /* 康平县地区生产总值增长…: another place */
		return;
	}
	k = p;
	while (k < c->end && t[k] == '*')
		k++;
	if (k > p && k < c->end) { /* *区, **市: the document itself */
		w->entity = w->rs->doc.entity;
		w->level = w->rs->doc.level;
		return;
	}
	/* a zone before the clause's first label or figure is its subject
	 * (高新区GDP完成284亿元, 确保综保区今年实现外贸总额30亿元) */
	size_t lim = c->end, z = 0;
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_LABEL || ts->items[i].kind == TOK_FIGURE) {
			lim = ts->items[i].start;
			break;
		}
	for (; p < lim; p++)
		if (((unsigned char)t[p] & 0xC0) != 0x80 && /* words start at characters */
		    (z = db_zone_word(t + p, lim - p)) != 0)
			break;
	if (z) {
		db_zone_entity(w->rs->doc.entity, t + p, z, w->zone_name, sizeof(w->zone_name));
		w->entity = db_arena_strdup(&w->rs->arena, w->zone_name);
		w->level = "zone";
	}
}

/* A clause with no figure that names a basis (与上月相比) sets the basis
 * of the rates that follow in its paragraph. */
static void paragraph_basis_of(walk *w, const db_clause *c, const tokens *ts)
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

/* 规上工业增加值、固定资产投资、社会消费品零售总额分别增长7%、7.2%、7%:
 * labels before 分别 pair in order with the figures after it. Returns the
 * number of labels in the list (0 when the clause is not such a list). */
static size_t distributive_labels(const walk *w, const db_clause *c, const tokens *ts,
				  const db_label **out, size_t max)
{
	size_t at = find_any(w->text, c->start, c->end, (const char *const[]){ "分别" }, 1, NULL);
	size_t n = 0, nf = 0;
	if (at == (size_t)-1)
		return 0;
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind == TOK_LABEL && ts->items[i].end <= at && n < max)
			out[n++] = ts->items[i].label;
		if (ts->items[i].kind == TOK_FIGURE && ts->items[i].start >= at)
			nf++;
		if (ts->items[i].kind == TOK_FIGURE && ts->items[i].start < at)
			return 0;
	}
	return n >= 2 && n == nf ? n : 0;
}

/* A clause of a sentence whose list came before: no label of its own,
 * 分别 before its figures, and as many figures as the list has names. */
static bool again_distributive(const walk *w, const db_clause *c, const tokens *ts)
{
	size_t at = find_any(w->text, c->start, c->end, (const char *const[]){ "分别" }, 1, NULL);
	size_t nf = 0;
	/* …分别达到18687元、5634元，增长7.8%、9.2%: a clause of figures that
	 * opens with the growth verb pairs with the list too */
	if (at == (size_t)-1 && find_growth(w->text, c->start, c->start + 6) == c->start)
		at = c->start;
	if (at == (size_t)-1)
		return false;
	for (size_t i = 0; i < ts->len; i++) {
		if (ts->items[i].kind == TOK_LABEL)
			return false;
		if (ts->items[i].kind == TOK_FIGURE) {
			if (ts->items[i].start < at)
				return false;
			nf++;
		}
	}
	return nf == w->ndist;
}

/* 居全省第4、第5、第5位 after a distributive list: one position per
 * record, in order, the scope of the first. Returns true when the count of
 * positions matches the group. */
static bool rank_list(walk *w, const db_clause *c, const db_figure *first, size_t from)
{
	int pos[16];
	size_t n = rank_positions(w, c, from, pos, 16);
	if (!n || n != w->group_len)
		return false;
	for (size_t i = 0; i < n; i++) {
		db_figure f = nth_rank(first, pos[i]);
		add_rank(w, &w->rs->items[w->group_first + i], &f);
	}
	return true;
}

/* Between two figures of one label, only a separator and the words of a
 * measure (…高于全国2.0个百分点、高于全省1.2个百分点; …增长5%、增速居…). */
static bool measure_words_only(const walk *w, size_t s, size_t e)
{
	static const char *const lead[] = { "、", "和", "，", " " };
	size_t which;
	for (bool again = true; again && s < e;) {
		again = false;
		for (size_t i = 0; i < NWORDS(lead); i++)
			if (has_word_at(w->text, e, s, lead[i])) {
				s += strlen(lead[i]);
				again = true;
			}
	}
	if (find_any(w->text, s, e, gap_words_only, NWORDS(gap_words_only), &which) == s ||
	    find_any(w->text, s, e, growth_words, NWORDS(growth_words), &which) == s)
		return e - s <= 24;
	return false;
}

/* A clause opening with 其中 that names its part in words before the
 * figure at num (其中工业用电量198.3亿千瓦时; not 其中，3月份增长8%). */
static bool part_named(const walk *w, const db_clause *c, const tokens *ts, size_t num)
{
	static const char *const opens[] = { "其中，", "其中：", "其中" };
	size_t which = 0, s = c->start;
	if (find_any(w->text, s, num, opens, NWORDS(opens), &which) != s)
		return false;
	s += strlen(opens[which]);
	for (size_t i = 0; i < ts->len; i++)
		if (ts->items[i].kind == TOK_PERIOD && ts->items[i].start == s)
			s = ts->items[i].end;
	for (size_t i = 0; i < NWORDS(label_strip_lead); i++)
		if (has_word_at(w->text, num, s, label_strip_lead[i]))
			s += strlen(label_strip_lead[i]);
	return num >= s + 6 && find_growth(w->text, s, num) != s &&
	       find_any(w->text, s, num, rate_words, NWORDS(rate_words), NULL) != s &&
	       !measure_words_only(w, s, num);
}

/* Only a list separator between two labels (人均GDP、全员劳动生产率). */
static bool joined(const walk *w, size_t a, size_t b)
{
	static const char *const seps[] = { "、", "和", "及", "与", "," };
	for (size_t i = 0; i < NWORDS(seps); i++)
		if (b - a == strlen(seps[i]) && has_word_at(w->text, b, a, seps[i]))
			return true;
	return false;
}

/* 分别增长7%、10%左右: a 左右 (以上, 以内) after the last figure of a
 * distributive list qualifies every figure of it. */
static void spread_qualifier(walk *w)
{
	if (w->group_len < 2 || w->group_first + w->group_len > w->rs->len)
		return;
	db_record *last = &w->rs->items[w->group_first + w->group_len - 1];
	if (last->qualifier != DB_QUAL_APPROX && last->qualifier != DB_QUAL_AT_LEAST &&
	    last->qualifier != DB_QUAL_AT_MOST)
		return;
	for (size_t i = 0; i + 1 < w->group_len; i++) {
		db_record *r = &w->rs->items[w->group_first + i];
		if (r->qualifier == DB_QUAL_EXACT && r->has_value)
			r->qualifier = last->qualifier;
	}
}

/* The period of a paragraph that names none: the document context's (a
 * review's year, a target list's, a bulletin's), else the title's (when it
 * has ended), else a news item's first. */
static void default_period(walk *w, const db_clause *c)
{
	w->has_period = w->period_plan = w->period_ctx = w->period_from = w->period_cum = false;
	if (w->seg_ctx) {
		/* a five-year review (五年来) has no one year */
		if (w->seg_ctx->mode != DB_CONTEXT_NONE) {
			w->has_period = w->period_ctx = true;
			w->period = db_period_year(w->seg_ctx->year);
		}
	} else if (w->has_title && c->start >= w->title_end) {
		w->has_period = true;
		w->period = w->title.period;
		w->period_plan = w->title.plan;
		w->period_cum = w->title.cumulative_to_date;
		w->period_pos = w->title.start;
	} else if (w->has_news_period) {
		w->has_period = w->period_ctx = true;
		w->period = w->news_period;
	}
}

static void walk_clause(walk *w, const db_clause *c, tokens *ts)
{
	if (c->segment != w->segment) {
		w->segment = c->segment;
		w->seg_basis = NULL;
		w->seg_estimate = 0;
		w->seg_ctx = db_context_at(&w->ctx, c->start, &w->ctx_hint);
		default_period(w, c);
	}
	if (c->sentence != w->sentence) {
		/* 由上年的17.3:41.2:41.5调整为…: a period read after 由/从 is the
		 * start of a change, not the period of the sentences after it */
		if (w->period_from && w->sentence != (unsigned)-1)
			default_period(w, c);
		w->sentence = c->sentence;
		w->sentence_start = w->status_scan = c->start;
		w->estimate_at = w->target_at = (size_t)-1;
		w->entity = w->rs->doc.entity;
		w->level = w->rs->doc.level;
		w->foreign = false;
	}
	if (c->part != w->part) {
		w->part = c->part;
		w->label = NULL;
		w->npending = 0;
		w->part_first = w->rs->len;
		w->group_first = w->group_len = 0;
		w->last_scope = NULL;
	}
	w->npending = 0; /* rank-only labels share the rank's clause */
	clause_tokens(w, c, ts);
	clause_subject(w, c, ts);
	paragraph_basis_of(w, c, ts);
	size_t est = db_words_find(w->text, c->start, c->end, WL(w, DB_W_ESTIMATE_PARAGRAPH), NULL);
	if (est != (size_t)-1 && !w->seg_estimate)
		w->seg_estimate = est ? est : 1;

	const db_label *dist[16];
	size_t ndist = distributive_labels(w, c, ts, dist, 16), di = 0;
	if (ndist) {
		memcpy(w->dist, dist, ndist * sizeof dist[0]);
		w->ndist = ndist;
		w->dist_sentence = c->sentence;
	} else if (w->dist_sentence == c->sentence && again_distributive(w, c, ts)) {
		/* A、B分别完成x、y，分别增长p、q: the second 分别 pairs with the
		 * same list */
		memcpy(dist, w->dist, w->ndist * sizeof dist[0]);
		ndist = w->ndist;
	}
	size_t nranks = 0, ri = 0;
	for (size_t i = 0; i < ts->len; i++)
		nranks += ts->items[i].kind == TOK_RANK;
	size_t prev_end = c->start, dist_gs = 0, dist_ge = 0;
	bool has_basis = false, basis_mom = false;
	size_t period_bytes = 0, period_end = 0;
	w->has_also = false;
	db_period basis_period = { 0, 0, 0, 0 };
	bool from_period = false;

	for (size_t i = 0; i < ts->len; i++) {
		token *tk = &ts->items[i];
		switch (tk->kind) {
		case TOK_LABEL:
			w->label = tk->label;
			if (w->npending < 16)
				w->pending[w->npending++] = tk->label;
			if (tk->end > prev_end)
				prev_end = tk->end;
			break;
		case TOK_PERIOD:
			period_bytes += tk->end - tk->start;
			if (is_basis_period(w, c->start, tk->start)) {
				if (has_word_at(w->text, tk->end, tk->start, "上月")) {
					basis_mom = true; /* 比上月: of the figure's month */
					break;
				}
				if (has_word_at(w->text, tk->end, tk->start, "去年") ||
				    has_word_at(w->text, tk->end, tk->start, "上年"))
					break; /* 比去年: the year before the figure's, yoy */
				if (tk->period.has_period) {
					has_basis = true;
					basis_period = tk->period.period;
				}
				break;
			}
			/* 1—3月…，当月…: the month the figures speak of, not the
			 * date's */
			if (w->has_period && w->period.start_year == w->period.end_year &&
			    w->period.start_month < w->period.end_month &&
			    (has_word_at(w->text, tk->end, tk->start, "当月") ||
			     has_word_at(w->text, tk->end, tk->start, "本月")) &&
			    tk->end - tk->start == 6) {
				w->period = db_period_month(w->period.end_year, w->period.end_month);
				w->period_ctx = true; /* (not re-read as the date's month) */
				if (tk->end > prev_end)
					prev_end = tk->end;
				break;
			}
			w->has_also = w->has_period && !w->period_ctx && period_end &&
				      joined(w, period_end, tk->start);
			w->also_period = w->period;
			w->also_pos = w->period_pos;
			period_end = tk->end;
			w->has_period = tk->period.has_period;
			w->period_ctx = false;
			w->period = tk->period.period;
			if (w->news && !w->has_news_period && tk->period.has_period &&
			    !tk->period.plan) {
				w->has_news_period = true;
				w->news_period = tk->period.period;
			}
			w->period_plan = tk->period.plan;
			w->period_cum = tk->period.cumulative_to_date;
			w->period_pos = tk->start;
			from_period = rfind_any(w->text, tk->start >= c->start + 6 ? tk->start - 6
									     : c->start,
						tk->start, (const char *const[]){ "由", "从" }, 2,
						NULL) != (size_t)-1;
			w->period_from = from_period;
			if (tk->end > prev_end)
				prev_end = tk->end;
			break;
		case TOK_FIGURE: {
			fig_ctx fc = { c, prev_end, NULL, 0, 0, has_basis, basis_period, basis_mom, NULL, false,
				       0, 0 };
			const db_label *l = ndist ? (di < ndist ? dist[di++] : NULL) : w->label;
			/* A label from an earlier clause speaks only for a figure
			 * that opens its clause (…278亿元，增速9.6%; period words
			 * aside: 比2019年同期增长3%), or for one that follows a
			 * figure of it with only measure words between. */
			bool cont = prev_end > c->start &&
				    measure_words_only(w, prev_end, tk->fig.num_start);
			size_t lead_skip = period_bytes, sq;
			if ((has_word_at(w->text, c->end, c->start, "比") ||
			     has_word_at(w->text, c->end, c->start, "较")) &&
			    (sq = find_any(w->text, c->start, tk->fig.num_start,
					   (const char *const[]){ "同期" }, 1, NULL)) != (size_t)-1)
				lead_skip = sq + 6 - c->start; /* 比2019年同期增长8% */
			size_t nk, ni; /* 按可比价计算同比增长6.1%: a note first */
			if ((nk = db_words_find(w->text, c->start, tk->fig.num_start, WL(w, DB_W_NOTES), &ni)) != (size_t)-1 &&
			    nk <= c->start + lead_skip + 3)
				lead_skip = nk + strlen(WL(w, DB_W_NOTES)->items[ni]) - c->start;
			if (l && !ndist && l->start < c->start && !cont &&
			    tk->fig.num_start > c->start + 21 + lead_skip)
				l = NULL;
			/* nor past another figure when new words came between
			 * (…下降23.6%、万人成讼率下降23%) */
			if (l && !ndist && l->end < prev_end && prev_end > c->start &&
			    (tk->fig.num_start > prev_end + 21 ||
			     contains_any(w->text, prev_end, tk->fig.num_start,
					  (const char *const[]){ "、" }, 1)) &&
			    !measure_words_only(w, prev_end, tk->fig.num_start))
				l = NULL;
			/* …全社会用电量286.5亿千瓦时，其中工业用电量198.3亿千瓦时: a
			 * part named in words of its own is not the whole */
			if (l && !ndist && l->start < c->start && part_named(w, c, ts, tk->fig.num_start))
				l = w->label = NULL;
			if (!l && !ndist) {
				/* 完成1500亿元经济总量: the label right after the figure */
				for (size_t j = i + 1; j < ts->len; j++) {
					if (ts->items[j].kind != TOK_LABEL)
						break;
					if (ts->items[j].start <= tk->end + 3)
						l = ts->items[j].label;
					break;
				}
			}
			/* 工业投资占固定资产投资的比重达到35.2%: the share is the
			 * first label's, of the second */
			if (l && !ndist && l->start > c->start + 3 &&
			    (has_word_at(w->text, l->start, l->start - 3, "占") ||
			     (l->start >= c->start + 6 &&
			      has_word_at(w->text, l->start, l->start - 6, "占全")))) {
				const db_label *before = NULL;
				for (size_t j = 0; j < i; j++)
					if (ts->items[j].kind == TOK_LABEL && ts->items[j].label != l)
						before = ts->items[j].label;
				if (before && before->start >= c->start &&
				    has_word_at(w->text, l->start, l->start - 3, "占")) {
					fc.of_metric = metric_of(w, l)->id;
					l = before;
					fc.gap_start = before->end;
				}
			}
			/* …总产值1564.97亿元，占全市规上工业总产值的比重为69.3%: the
			 * label after 占全市 names the whole the share is of */
			if (l && !ndist && l->start >= c->start + 9 &&
			    ends_with_any(w->text, c->start, l->start, share_scopes,
					  NWORDS(share_scopes)))
				fc.share_from = l->start - 9; /* (each is three characters) */
			fc.label = l;
			if (l) {
				fc.label_start = l->start;
				fc.label_end = l->end;
				if (!ndist && l->start >= c->start && l->end > fc.gap_start)
					fc.gap_start = l->end;
				if (fc.share_from)
					fc.gap_start = fc.share_from;
				if (ndist && di == 1) {
					dist_gs = prev_end;
					dist_ge = tk->fig.num_start;
				}
				if (ndist) { /* the words after 分别 speak for every figure */
					fc.gap_start = dist_gs;
					fc.gap_end = dist_ge;
				}
			} else {
				fc.label_start = prev_end;
				fc.label_end = tk->fig.num_start;
			}
			fc.from_to_drop = w->period_from;
			/* 人均GDP、全员劳动生产率增速10%: one figure for each label of
			 * a list joined by 、 和 及 right before it */
			if (l && !ndist && l->start >= c->start) {
				size_t j = i;
				while (j > 0 && ts->items[j - 1].label != l)
					j--;
				size_t first = j > 0 ? j - 1 : i;
				while (first > 0 && ts->items[first - 1].kind == TOK_LABEL &&
				       (joined(w, ts->items[first - 1].end, ts->items[first].start) ||
					(ts->items[first - 1].start == ts->items[first].start &&
					 ts->items[first - 1].end == ts->items[first].end)))
					first--; /* (the 城镇 and 农村 twins of 城乡…均) */
				for (size_t k = first; j > 0 && k < j - 1; k++) {
					fig_ctx fk = fc;
					fk.label = ts->items[k].label;
					fk.label_start = fk.label->start;
					fk.label_end = fk.label->end;
					emit_figure(w, &fk, &tk->fig);
				}
			}
			size_t idx = emit_figure(w, &fc, &tk->fig);
			if (idx != (size_t)-1 && (!ndist || di == 1)) {
				w->group_first = idx;
				w->group_len = 1;
			} else if (idx != (size_t)-1) {
				w->group_len++;
			}
			prev_end = tk->end;
			w->npending = 0;
			break;
		}
		case TOK_RANK: {
			if (w->npending) {
				rank_only(w, c, &tk->fig);
				break;
			}
			if (ranks_by_measure(w, c, &tk->fig)) {
				i = ts->len; /* the words consumed the clause's ranks */
				break;
			}
			if (w->group_len > 1 && nranks != w->group_len &&
			    rank_list(w, c, &tk->fig, tk->start)) {
				i = ts->len; /* the list consumed the clause's ranks */
				break;
			}
			if (w->group_len > 1 && nranks == w->group_len) {
				if (ri < w->group_len)
					add_rank(w, &w->rs->items[w->group_first + ri], &tk->fig);
				ri++;
				break;
			}
			/* only a short lead-in (规模稳居, 继续保持) lets the rank
			 * speak for the figure before it */
			size_t lead = prev_end > c->start ? prev_end : c->start;
			for (size_t k = 0; k < NWORDS(rank_level_words); k++)
				if (has_word_at(w->text, tk->start, lead, rank_level_words[k]))
					lead += strlen(rank_level_words[k]);
			for (size_t k = 0; k < NWORDS(rank_growth_words); k++)
				if (has_word_at(w->text, tk->start, lead, rank_growth_words[k]))
					lead += strlen(rank_growth_words[k]);
			db_record *r = rank_target(w, c, tk->start);
			if (r && tk->start <= lead + rank_lead_max)
				add_rank(w, r, &tk->fig);
			prev_end = tk->end;
			break;
		}
		}
	}
	if (ndist > 1)
		spread_qualifier(w);
}

int db_extract_text(db_extractor *x, const char *text, size_t len, db_records *rs, db_diag *d)
{
	db_clauses cs = DB_CLAUSES_INIT;
	db_labels ls = DB_LABELS_INIT;
	db_tables tables = DB_TABLES_INIT;
	tokens ts = { NULL, 0, 0 };
	char *prose = NULL;
	const char *walked = text;
	walk w;

	if (!rs->doc.entity || !rs->doc.has_date)
		return db_error(d, rs->doc.file, 0, 0, "extract needs the document's entity and date");
	/* Tables are read as rows; the prose walk sees them as blanks (same
	 * byte offsets, line breaks kept). */
	db_tables_find(text, len, &tables);
	if (tables.len) {
		prose = db_xmalloc(len + 1);
		memcpy(prose, text, len);
		prose[len] = '\0';
		for (size_t i = 0; i < tables.len; i++)
			for (size_t k = tables.items[i].start; k < tables.items[i].end; k++)
				if (prose[k] != '\n')
					prose[k] = ' ';
		walked = prose;
	}
	if (db_matcher_scan(x->matcher, walked, len, &ls, d) < 0) {
		free(prose);
		db_tables_release(&tables);
		return -1;
	}
	db_clauses_split(walked, len, &cs);
	memset(&w, 0, sizeof(w));
	w.x = x;
	w.text = walked;
	w.len = len;
	w.rs = rs;
	w.labels = &ls;
	w.segment = w.sentence = w.part = w.dist_sentence = (unsigned)-1;
	title_period(&w);
	if (w.label_end) /* the title line is a paragraph of its own */
		db_clauses_cut(walked, &cs, w.label_end);
	db_context_find(&x->words, text, len, &rs->doc, &w.ctx);
	const char *kind = db_context_kind(&x->words, text, len, rs->doc.kind);
	w.news = kind && (!strcmp(kind, "news") || !strcmp(kind, "newspaper"));
	size_t ti = 0;
	for (size_t i = 0; i < cs.len; i++) {
		for (; ti < tables.len && tables.items[ti].start < cs.items[i].start; ti++)
			db_table_emit(&tables.items[ti], &tables, text, len, x->matcher, x->catalog, rs);
		walk_clause(&w, &cs.items[i], &ts);
	}
	for (; ti < tables.len; ti++)
		db_table_emit(&tables.items[ti], &tables, text, len, x->matcher, x->catalog, rs);
	free(ts.items);
	free(prose);
	db_context_release(&w.ctx);
	db_tables_release(&tables);
	db_labels_release(&ls);
	db_clauses_release(&cs);
	return 0;
}
