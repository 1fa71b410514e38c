/* readers.h - the figure, rank and period readers (internal to extract/).
 *
 * Each reader looks at UTF-8 text at a byte position and either recognises one
 * phrase there, filling a result with the byte span it consumed, or returns 0.
 * They allocate nothing and keep no state; they are exact (DESIGN.md Records
 * and Periods; issue "Read every Chinese figure and period exactly"). */
#ifndef DB_READERS_H
#define DB_READERS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/period.h"
#include "core/record.h"

/* ---- figures ---------------------------------------------------------- */

typedef enum {
	DB_FIG_AMOUNT,    /* a number with or without a unit word: 248.6亿元, 1086家, 3万 */
	DB_FIG_PERCENT,   /* 10.9%, 百分之十 (unit "%") */
	DB_FIG_PP,        /* 6.4个百分点 (unit "百分点") */
	DB_FIG_MULTIPLE,  /* 1.5倍 (unit "倍"); 增长1倍 / 翻一番 are growth: see DB_FIG_PERCENT */
	DB_FIG_FRACTION,  /* 三分之二, 2/3, 七成, 千分之五 (value as a percent, unit "%") */
	DB_FIG_RANK       /* 居全省第三位, 前三, 第一方阵, 第** (unit "位") */
} db_fig_kind;

typedef struct {
	size_t start, end;        /* bytes consumed: prefix words, number, unit, suffix words */
	size_t num_start, num_end;/* the figure as written (for raw): from an adjacent
	                             qualifier word (近, 超过) through the unit and a
	                             suffix (左右, 以上) — 近3万人, 271.1亿元; direction
	                             verbs excluded; for ranks the core (第三位, 前三) */
	db_fig_kind kind;
	bool has_value;           /* false when masked, or a tier */
	double value;             /* multipliers folded in: 271.1亿元 → 27110000000, unit 元 */
	bool has_max;             /* ranges: 5-10平方公里, 两到三万, 6%—7% */
	double max;
	db_qualifier qualifier;   /* exact approx at_least at_most range masked */
	char unit[32];            /* bare unit: 元 美元 人 人次 家 个 亩 吨 平方公里 千瓦时 % 百分点 倍 位;
	                             "" for a bare number */
	int sign_word;            /* -1: 下降/减少/回落 read before the number (value already negated);
	                             +1: 增长/提高/上涨 …; 0: none */
	bool growth_word;         /* a growth verb or 增速/增幅 immediately precedes */
	/* ranks only */
	char scope[48];           /* 全省, 全市, 全国省会城市, 全国城市 …; "" when unstated */
	char tier[32];            /* 第一方阵, 第一梯队, 前列 …; "" unless a tier */
	bool rank_masked;
} db_figure;

/* Read one figure starting at text[pos] (prefix qualifiers such as 近/约/超过/
 * 居 and a direction verb may start there). Returns 1 and fills f, or 0 when
 * no figure starts at pos. Never reads past len. */
int db_figure_read(const char *text, size_t len, size_t pos, db_figure *f);

/* Find the next figure at or after pos, skipping things that are not figures
 * (years as years, dates, 第一议题, 十九届六中全会, 1+2框架, “12345”热线, 5G,
 * 3A级, 两会, 一批/一个 as articles, …). Unlike db_figure_read it also sees
 * what lies between pos and the figure: a detached qualifier (约占全市的
 * 三分之一 → approx) and a rank list (居全省第4、第5、第5位: the middle
 * items are ranks in 全省). Returns 1 and fills f, or 0 when none remains. */
int db_figure_next(const char *text, size_t len, size_t pos, db_figure *f);

/* A rank phrase at pos (居全省第三位, 排名全市第2, 全国省会城市第5, 首位, 榜首,
 * 前三, 第一方阵, 第**). Returns 1 and fills f (kind DB_FIG_RANK), else 0. */
int db_rank_read(const char *text, size_t len, size_t pos, db_figure *f);
/* The same, where a bare N位 or N名 may be the rank reached (居全省12位): for
 * a caller that found a verb of words.json bare_rank_verbs before it. */
int db_rank_read_bare(const char *text, size_t len, size_t pos, db_figure *f);
/* Does a move to another rank (上升至第3位) start at end, the end of a rank? */
bool db_rank_moves_on(const char *t, size_t len, size_t end);
/* Does a word that moves a rank by a count of places (上升, 前移) end at
 * p (排名上升6位、位居…: the count's rank reached starts farther back)? */
bool db_rank_move_word_before(const char *t, size_t len, size_t p);

/* 在全市7个县（市、区）中， at pos: a frame naming the place group the
 * sentence's ranks are in. Copies the scope (全市7个县（市、区）) into out
 * and returns its length, else 0. A 中 that ends right at stop needs no
 * comma (在全国各城市中GDP总量排名…, stop at the label); stop may be
 * (size_t)-1. */
size_t db_frame_scope(const char *t, size_t len, size_t pos, size_t stop, char *out, size_t outsz);

/* ---- periods ---------------------------------------------------------- */

typedef struct {
	size_t start, end;        /* bytes consumed */
	bool has_period;          /* false: recognised but no token (2021-2022采暖期) */
	db_period period;
	bool cumulative_to_date;  /* 今年以来 and the like */
	bool plan;                /* 十四五 / 十四五末 / 到2025年: a target horizon */
	bool no_year;             /* months, a quarter or a half without a year
	                             (一季度, 上半年, 1-11月): resolved by the date */
	bool last_year;           /* 全年 / 年末 / 过去一年 alone: resolved to the last year
	                             completed before the date (actuals); a target reads
	                             them as the date's year instead */
	bool rel_year;            /* the year named relative to the date (今年, 去年, 上年) */
} db_period_match;

/* kind of the metric the period dates: stock metrics read 截至4月底 as M04,
 * flows as M01-M04. */
typedef enum { DB_PERIOD_FOR_FLOW, DB_PERIOD_FOR_STOCK } db_period_use;

/* Read one period expression at text[pos], resolved against the document
 * date (今年, 去年, 一季度, 1至4月, 截至4月底, 十四五末, 全年 for actuals …).
 * Returns 1 and fills m, or 0. */
int db_period_read(const char *text, size_t len, size_t pos, const db_date *date,
		   db_period_use use, db_period_match *m);

/* Find the next period expression at or after pos. */
int db_period_next(const char *text, size_t len, size_t pos, const db_date *date,
		   db_period_use use, db_period_match *m);

/* Industries by the names rows and parts give them (工业, 金融业, 交通运输、仓储
 *和邮政业 …) and the catalog id of their value added (tables.c). */
typedef struct {
	const char *row, *metric;
} db_industry_row;
extern const db_industry_row db_industry_rows[];
extern const size_t db_nindustry_rows;

#endif
