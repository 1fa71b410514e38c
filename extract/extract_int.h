/* extract_int.h - what the extract stage's files share (internal to extract/):
 * clauses (clauses.c), metric labels (metrics.c) and entity names
 * (entities.c); extract.c orchestrates them with the readers (readers.h). */
#ifndef DB_EXTRACT_INT_H
#define DB_EXTRACT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/catalog.h"
#include "core/diag.h"

/* ---- clauses ---------------------------------------------------------- */

/* One clause: a stretch of text between clause punctuation (，；：, …).
 * Sentences end at 。！？ (and ; ! ? half-width); a part is a sentence
 * piece between ；; a segment is a paragraph or list item (一是…, ——…,
 * （三）…): the scope a period carries over in. A newline inside a sentence
 * (page break, scraped text) splits nothing. */
typedef struct {
	size_t start, end;   /* bytes, surrounding spaces trimmed; end exclusive */
	int line, column;    /* of start: 1-based, column in characters */
	unsigned sentence;   /* counters, increasing through the document */
	unsigned part;
	unsigned segment;
} db_clause;

typedef struct {
	db_clause *items;
	size_t len, cap;
} db_clauses;

#define DB_CLAUSES_INIT { NULL, 0, 0 }

/* Split text into clauses (appending to cs; empty clauses are dropped). */
void db_clauses_split(const char *text, size_t len, db_clauses *cs);
/* The same a batch at a time, so that a long report's clauses are not all
 * held at once: begin, then each db_clauses_more appends clauses to cs
 * until it holds at least n and the last ends after byte `past` (or the
 * text ends); true while text is left to split. Between two calls the
 * caller may empty cs (len = 0). */
typedef struct {
	const char *text;
	size_t len;
	db_clauses *cs;
	unsigned sentence, part, segment;
	size_t start;      /* current clause start */
	size_t sentence_start; /* where the current sentence began */
	int line, col;     /* position of the byte being scanned */
	int sline, scol;   /* position of start */
	bool new_segment;  /* the next clause opens a paragraph */
	size_t at;         /* the byte to scan next; len + 1 once done */
} db_splitter;

void db_clauses_begin(db_splitter *sp, const char *text, size_t len, db_clauses *cs);
bool db_clauses_more(db_splitter *sp, size_t n, size_t past);
/* Cut the clause that runs across byte `at` in two (a title line that ends
 * without punctuation): the second half opens a new sentence and paragraph. */
void db_clauses_cut(const char *text, db_clauses *cs, size_t at);

/* The width of a bullet or circled number opening a list item at s (●, •,
 * ■, ①), else 0. */
size_t db_bullet(const char *s, size_t n);
/* Does an item numbered with digits start at s: 1、 1. 1． （1） (1) (not
 * 1.5, a number)? */
bool db_digit_item(const char *s, size_t n);
/* The width of a list item's mark of CJK numerals at s: 一是, 二、,
 * （三）, (四) (not 一、二、三产业, an enumeration); else 0. */
size_t db_numeral_item(const char *s, size_t n);
/* The width of a mark that opens a list item at s: ——, a bullet
 * (db_bullet) or a number of digits (db_digit_item); else 0. */
size_t db_item_marker(const char *s, size_t n);
/* Does a list item open at s: 一是, 一、, （一）, —— or db_item_marker's? */
bool db_opens_item(const char *s, size_t n);
void db_clauses_release(db_clauses *cs);

/* ---- metric labels ----------------------------------------------------- */

typedef struct db_matcher db_matcher;

/* A catalog alias found in the text. */
typedef struct {
	size_t start, end;   /* bytes */
	size_t metric;       /* index into the catalog */
} db_label;

typedef struct {
	db_label *items;
	size_t len, cap;
} db_labels;

#define DB_LABELS_INIT { NULL, 0, 0 }

/* Build a byte trie of every alias of the catalog (metrics.c). The catalog
 * must outlive the matcher. An alias listed for two metrics belongs to the
 * first in catalog order. */
db_matcher *db_matcher_new(const db_catalog *c, db_diag *d);
void db_matcher_free(db_matcher *m);
/* Every non-overlapping alias occurrence of text, left to right, the
 * longest alias winning at each position. Returns 0, or -1 on a match error. */
int db_matcher_scan(const db_matcher *m, const char *text, size_t len, db_labels *out,
		    db_diag *d);
/* The catalog index whose alias is exactly s[0..n), or (size_t)-1. */
size_t db_matcher_lookup(const db_matcher *m, const char *s, size_t n);
void db_labels_release(db_labels *ls);

/* ---- script ------------------------------------------------------------- */

/* Is text written in traditional characters? */
bool db_traditional(const char *text, size_t len);
/* Rewrite text in simplified characters, in place: every character keeps
 * its byte length. */
void db_simplify(char *text, size_t len);
/* Where the bytes of a copy that left some out stand in the text copied:
 * byte i of the copy (or its end) is byte i + shift[k] of the text, k the
 * last cut with at[k] <= i (shift 0 before the first), and chars[k]
 * characters of the text (UTF-8 lead bytes) were left out before it. One
 * cut per run left out, not an offset per byte: the map of a long report
 * stays small. */
typedef struct {
	size_t *at, *shift, *chars;
	size_t len, cap;
} db_offmap;

#define DB_OFFMAP_INIT { NULL, NULL, NULL, 0, 0 }

size_t db_offmap_at(const db_offmap *m, size_t i);
/* How many cuts lie at or before byte i of the copy. */
size_t db_offmap_cut(const db_offmap *m, size_t i);
void db_offmap_release(db_offmap *m);

/* 產(chǎn)業(yè): a mirror page's pinyin glosses after characters, and a note's
 * mark between two characters (产业[3]增加值), are left out of text
 * itself, written over (then *out_len bytes, NUL-terminated), and *map
 * says where its bytes (and its end) stood. Returns false, the text
 * untouched, when it has none. */
bool db_unglossed(char *text, size_t len, size_t *out_len, db_offmap *map);
/* 增 速全 市第 3: a PDF copied onto a web page keeps stray spaces between
 * characters. An ASCII space that stands alone between two Chinese
 * characters on a prose line (one with ，。； and no run of two spaces past
 * its indent, tab or |: a table row keeps its cells, and the space after a
 * line's first word parts a heading) is left out of text itself, as
 * db_unglossed leaves glosses out; false when there is none. */
bool db_unspaced(char *text, size_t len, size_t *out_len, db_offmap *map);

/* ---- entities ------------------------------------------------------------ */

/* A division of the compiled table. Its names are offsets into one string
 * pool (db_division_str turns one into its text), not pointers: a table of
 * pointers is relocated, written into, by every process that starts (26 031
 * of them, some 70 pages copied on write), offsets are read-only pages that
 * processes share. */
typedef struct {
	uint32_t name;       /* canonical: 郑州市, 洛阳市涧西区, 灵宝市 */
	uint32_t short_name; /* 郑州, 涧西, 灵宝 */
	uint32_t level;      /* province prefecture county district zone */
	uint32_t parent;     /* canonical name of the enclosing division; 0, the
			      * text "", for provinces */
} db_division;

/* The text of one of a division's names (its name, short_name, level or
 * parent). */
const char *db_division_str(uint32_t name);

/* The bundled division whose canonical, official or short name is name
 * (郑州, 郑州市, 涧西区, 洛阳涧西区, 洛阳市涧西区), or NULL. A short name shared by
 * several divisions resolves to none unless one of them is a province or
 * prefecture. */
const db_division *db_division_find(const char *name);
/* Up to max divisions whose parent is the division named parent (its
 * canonical name), into out; returns their number. */
size_t db_division_children(const char *parent, const db_division **out, size_t max);

/* Zone words that name a development zone as a subject (高新区, 经开区 …):
 * the length in bytes of the zone word at s (of n bytes), or 0. */
size_t db_zone_word(const char *s, size_t n);

/* The name a zone of the document entity gets: <parent short name><zone>
 * (洛阳高新区 for 高新区 in a 洛阳市涧西区 text; 三门峡高新区 in a 三门峡市
 * text). Written into out (outsz bytes). */
void db_zone_entity(const char *doc_entity, const char *zone, size_t zone_len, char *out,
		    size_t outsz);

/* ---- flattened tables ------------------------------------------------------ */

#include "core/record.h"

struct db_words;

/* A statistical table flattened into text (tables.c): a header row naming
 * its columns, then rows; cells are byte spans in db_tables.cells. */
typedef struct {
	size_t start, end;          /* bytes to keep from the prose: title .. last row */
	size_t title_start, title_end; /* the title line (0, 0: none) */
	size_t unit_start, unit_end;   /* 单位：亿元 above the header (empty: none) */
	size_t header_start;
	int ncols;
	unsigned char roles[12];    /* per column: skip label unit value growth */
	size_t years[12][2];        /* a grouped header's year over a column
				     * (2023年 over 预期目标 | 执行情况), or 0, 0 */
	bool one_per_line;          /* one cell per line, a row is ncols lines */
	size_t first_cell;          /* the header's first cell; rows follow */
	size_t nrows;
	const size_t *cells_of;     /* set while emitting */
} db_table;

/* A figure read but left unkeyed, kept aside while the walk reads: what
 * settle_aside compares of it (56 bytes where a record is 176: a long
 * report keeps tens of thousands), and the whole record, at the same
 * index in full, only when the figures are to be written (extract
 * --unkeyed). */
typedef struct {
	const char *label, *raw, *unit;
	double value, max;
	size_t offset;           /* source.offset */
	db_measure measure;
	bool has_max;
} db_aside_fig;

typedef struct {
	db_aside_fig *items;
	size_t len, cap;
	db_records full;         /* (their strings are in the report's arena) */
	bool whole;              /* full is kept */
} db_aside;

/* Keep r aside (its strings stay where they are), whole when a->whole. */
void db_aside_keep(db_aside *a, const db_record *r);
void db_aside_release(db_aside *a);

typedef struct {
	db_table *items;
	size_t len, cap;
	size_t *cells;              /* start, end pairs */
	size_t ncells, ccap;
	size_t at;                  /* where line/column counting stands (emitting) */
	int at_line, at_col;
	const struct db_words *words; /* the table words of words.json (set by db_tables_find) */
	int cx_mode, cx_year;       /* the document context where the table stands
				     * (DB_CONTEXT_*; 0: none), set before emitting */
	db_aside *aside;            /* cells read but left unkeyed go here (the
				     * walk's, db_keep_aside), not in the records */
} db_tables;

#define DB_TABLES_INIT { NULL, 0, 0, NULL, 0, 0, 0, 0, 0, NULL, 0, 0, NULL }

/* Find the flattened tables of text, in text order, with the word lists
 * of w (column headers, index bases). */
void db_tables_find(const struct db_words *w, const char *text, size_t len, db_tables *ts);
void db_tables_release(db_tables *ts);
/* Emit the records of one table's rows (level and growth per row). */
void db_table_emit(const db_table *tb, db_tables *ts, const char *text, size_t len,
		   const db_matcher *m, const db_catalog *c, db_records *rs);

/* ---- words (words.c, words.json) ------------------------------------------- */

#include "core/arena.h"

/* The word lists of extract/words.json, by name. */
enum db_word_list {
	DB_W_TITLES_BULLETIN, DB_W_TITLES_GWR, DB_W_TITLES_PLAN, DB_W_TITLES_TARGETS,
	DB_W_TITLES_SUMMARY, DB_W_REVIEW_HEADINGS, DB_W_FIVE_YEAR_REVIEWS, DB_W_REVIEW_OPENERS,
	DB_W_REVIEW_SAID, DB_W_PLAN_HEADINGS, DB_W_TARGET_LIST_OPENERS, DB_W_PLAN_EXECUTED, DB_W_PLAN_PLANNED,
	DB_W_ESTIMATE, DB_W_ESTIMATE_PARAGRAPH, DB_W_TARGET, DB_W_STATUS_NOT, DB_W_TARGET_AFTER, DB_W_PLAN_AMOUNT_LEADS, DB_W_PRICE_BASES, DB_W_FALLING,
	DB_W_CONTRIBUTION, DB_W_OTHER_SUBJECTS, DB_W_PROVINCE_SELF, DB_W_SELF_SUBJECTS, DB_W_TOWN_SELF, DB_W_COUNTY_SELF,
	DB_W_CITY_SELF, DB_W_SUBJECT_LEAD_INS, DB_W_REGION_SUFFIXES, DB_W_PART_MARKERS, DB_W_LABEL_FOREIGN_AFTER,
	DB_W_LABEL_FOREIGN_BEFORE, DB_W_LABEL_GROUP_BEFORE, DB_W_LABEL_INSIDE, DB_W_NOTES, DB_W_TIMES_COMPARED,
	DB_W_BREAKDOWNS, DB_W_INDEX_BASES, DB_W_TABLE_LEVEL_COLUMNS, DB_W_TABLE_IGNORED_COLUMNS,
	DB_W_TABLE_COLUMN_NOUNS, DB_W_TABLE_WEIGHT_NOUNS, DB_W_INDUSTRY_ROWS, DB_W_LEVEL_LEADS, DB_W_RESTATED_BASES,
	DB_W_RATE_WORDS, DB_W_PERIOD_BREAKDOWNS, DB_W_URBAN_POPULATION, DB_W_MILESTONE_LEADS,
	DB_W_DONE_AFTER_TARGET, DB_W_RECORD_AFTER_SINCE, DB_W_YEAR_GOAL_NOUNS, DB_W_YEAR_GOAL_LEADS,
	DB_W_RATE_MOVES, DB_W_ALIAS_ASIDES, DB_W_COUNT_VERBS, DB_W_AGREED_TOTALS,
	DB_W_RANKING_TITLES, DB_W_SCORE_NOT_OWN, DB_W_RANK_SCOPE_NOT, DB_W_DISTANCE_WORDS,
	DB_W_PLAN_PROGRESS_NOUNS, DB_W_COUNTED_AMOUNTS, DB_W_COUNTED_AMOUNT_LEADS,
	DB_W_BELOW_ASIDES, DB_W_COMPARED_LEADS, DB_W_GROWTH_MANNERS, DB_W_ASKED_LEADS,
	DB_W_ATTENDANCE, DB_W_BARE_RANK_VERBS, DB_W_COMPARED_JOINERS, DB_W_NARROWING,
	DB_W_LIST_TAIL_NOUNS, DB_W_NOT_ONLY_LEADS, DB_W_PRODUCT_OUTPUTS, DB_W_TRADE_FIRMS,
	DB_W_CARRIED_LEADS, DB_W_GROWTH_ON_YEAR_BEFORE, DB_W_PLAN_NOUNS, DB_W_FOLLOWED_LEADS,
	DB_W_ASIDE_OTHERS, DB_W_RANK_JOINERS, DB_W_COMPARED_UPS, DB_W_COMPARED_DOWNS,
	DB_W_BARE_AVERAGES, DB_W_SUMS_AGAIN, DB_W_EVALUATION_TAILS, DB_W_TARGET_ASIDE_NOUNS,
	DB_W_SCOPE_FIRSTS, DB_W_RANK_MOVES, DB_W_APPLIED_LEADS, DB_W_RANK_ADDED_WORDS,
	DB_W_REPORT_NAMES, DB_W_REPORT_PLANS, DB_W_URBAN_PARTS, DB_W_RANK_HELD_NOUNS,
	DB_W_TABLE_LABEL_HEADS, DB_W_CROP_AREAS, DB_W_INDICATOR_SETS, DB_W_FLOW_EFFECT_VERBS,
	DB_W_TARGET_APPROVERS, DB_W_INCREMENT_MOVES, DB_W_YEAR_BEFORE_TIMES, DB_W_GAP_MOVES,
	DB_W_RANK_SINCE_LEADS, DB_W_BOUND_SIZES, DB_W_TABLE_AREA_NOUNS, DB_W_INDEX_MOVES,
	DB_W_SPLIT_PERIODS, DB_W_GAP_ADVERBS, DB_W_NATION_GRADES, DB_W_NATION_STANDARDS,
	DB_W_RANK_SHORT_NAMES, DB_W_COUNT
};

typedef struct {
	const char *const *items;
	size_t len;
	uint64_t pairs[16];     /* the words' first two bytes (lx_pair_add, readers_lex.h) */
} db_wordlist;

/* An ASCII digit in t[s, e)? */
static inline bool db_has_digit(const char *t, size_t s, size_t e)
{
	for (; s < e; s++)
		if (t[s] >= '0' && t[s] <= '9')
			return true;
	return false;
}

/* Where the ASCII digits (and decimal points after the first) from p, before
 * e, end: p itself when none stands there (89.6 of 以89.6分). */
static inline size_t db_decimal_end(const char *t, size_t p, size_t e)
{
	size_t d = p;
	while (d < e && ((t[d] >= '0' && t[d] <= '9') || (d > p && t[d] == '.')))
		d++;
	return d;
}

/* Does the word w open s[0, n)? (The first byte alone tells most, before a
 * call of memcmp.) */
static inline bool db_starts(const char *s, size_t n, const char *w)
{
	if (!n || s[0] != w[0])
		return w[0] == '\0';
	size_t k = strlen(w);
	return k <= n && memcmp(s, w, k) == 0;
}

/* The length of the longest of words that stands at p of t[.., e), or 0;
 * *which (may be NULL) gets its index. */
static inline size_t db_longest_word_at(const char *t, size_t p, size_t e,
					const char *const *words, size_t nw, size_t *which)
{
	size_t best = 0;
	for (size_t i = 0; i < nw; i++) {
		if (words[i][0] != t[p])
			continue; /* cheap first: this runs at every byte */
		size_t n = strlen(words[i]);
		if (n > best && p + n <= e && !memcmp(t + p, words[i], n)) {
			best = n;
			if (which)
				*which = i;
		}
	}
	return best;
}

/* First position in t[s, e) of a word of l (the longest there), or
 * (size_t)-1; *which (may be NULL) gets its index. */
size_t db_words_find(const char *t, size_t s, size_t e, const db_wordlist *l, size_t *which);

typedef struct db_words {
	db_arena arena;         /* owns the words */
	db_wordlist lists[DB_W_COUNT];
} db_words;

/* Load the lists from path, or the built-in words.json when path is NULL
 * (compiled in as tables: make-words-table.c). Every list must be
 * present. Returns 0, or -1 with d filled. */
int db_words_load(db_words *w, const char *path, db_diag *d);
/* The lists of a words file's text (file names it in messages) into *w;
 * on -1, d is filled and *w is to be released (words_json.c). */
int db_words_load_json(db_words *w, const char *text, size_t len, const char *file,
		       db_diag *d);
void db_words_release(db_words *w);

/* Does [a, b) of t[s, e) stand inside the base of an index (上年=100,
 * 以上年同期为100: list index_bases)? Such a number is no figure, such a
 * year no period. */
bool db_index_base_at(const db_words *w, const char *t, size_t s, size_t e, size_t a, size_t b);

/* ---- document context (context.c) ------------------------------------------ */

/* From `start` on, a figure with no period of its own is of `year`:
 * REVIEW, as an actual (a 政府工作报告's review, a bulletin's year); PLAN, a
 * target when its period is that year (a target list); NONE, of no one year
 * (a five-year review: 五年来, 过去五年); END, no context from there on (the
 * end of a news item's target list). */
enum { DB_CONTEXT_REVIEW = 1, DB_CONTEXT_PLAN = 2, DB_CONTEXT_NONE = 3, DB_CONTEXT_END = 4 };

typedef struct {
	size_t start;  /* bytes */
	int mode;      /* DB_CONTEXT_REVIEW or DB_CONTEXT_PLAN */
	int year;
	int from;      /* NONE: the first year reviewed when the review says
			* (2017年以来，… opening a term's review), else 0 (five) */
	bool guessed;  /* the year from the date alone (a plan report that
			* names no year it reviews or plans) */
	int first_month, last_month; /* REVIEW: the months of the year a plan
				      * report reviews when its title names
				      * part of it (2025年上半年…执行情况:
				      * 1..6), else 0 */
} db_context_span;

typedef struct {
	db_context_span *items;
	size_t len, cap;
} db_context;

#define DB_CONTEXT_INIT { NULL, 0, 0 }

/* The document's kind: given (the manifest's), else guessed from its first
 * lines (统计公报 → bulletin, 政府工作报告 → gwr …), else NULL. */
const char *db_context_kind(const db_words *w, const char *text, size_t len, const char *given);
/* The spans of text of a document of kind (db_context_kind's), in order: none
 * for news, evaluations and unknown kinds. */
void db_context_find(const db_words *w, const char *kind, const char *text, size_t len,
		     const db_document *doc, db_context *cx);
/* The span at byte pos, or NULL; *hint speeds up lookups in text order. */
const db_context_span *db_context_at(const db_context *cx, size_t pos, size_t *hint);
void db_context_release(db_context *cx);

/* t[s, e) copied into the arena without line breaks (page breaks of
 * scraped text are not part of a sentence): a record's source text. */
const char *db_clause_text(db_arena *a, const char *t, size_t s, size_t e);

#endif
