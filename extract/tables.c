/* tables.c - statistical tables flattened into text (pasted from PDFs and
 * web pages): a header row that names the columns (指标 / 单位 / 绝对数 /
 * 比上年增长(%)), then one row per indicator. Cells are separated by `|`,
 * tabs or runs of spaces on one line (single spaces too, when the header
 * is so written), or stand one per line, with or without | (the header
 * then says how many lines make a row). Each row gives a level (in the unit
 * of its 单位 column, of its label's parentheses, or of the title's 单位：)
 * and a growth rate, dated by the table's title (2023年1-4月主要经济指标),
 * else its header, else the document's first line. A header of | cells may
 * break over lines; a column named by a noun with its unit (产量（吨）)
 * holds the amounts of the row's name with that noun (稻谷产量).
 *
 * Tables are found first (db_tables_find) so the prose walker never sees
 * them; their rows are emitted in text order (db_table_emit). A cell whose
 * reading is not certain (a unit that does not fit the metric, the growth
 * of a rate) is left out. A plan's cells may be words around figures
 * (增长5%左右, 1234亿元,增长2.1%): read part by part (cell_parts). */
#define _GNU_SOURCE /* memmem */
#include "extract/extract_int.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/numfmt.h"
#include "core/units.h"
#include "extract/readers.h"

#define NWORDS(a) (sizeof(a) / sizeof *(a))

/* ---- words ------------------------------------------------------------- */

/* In a table of value added (a 生产总值 row or a title naming 增加值), a row
 * named for an industry is that industry's value added (readers.h). */
static const char *const va_words[] = { "生产总值", "增加值", "GDP" };
const db_industry_row db_industry_rows[] = {
	{ "工业", "total_industry_va" },    { "建筑业", "construction_va" },
	{ "金融业", "finance_va" },         { "房地产业", "real_estate_va" },
	{ "交通运输、仓储和邮政业", "transport_va" }, { "交通运输仓储和邮政业", "transport_va" },
	{ "交通运输、仓储及邮政业", "transport_va" },
	{ "运输邮电、仓储业", "transport_va" }, /* (an older name) */
	/* (a part of 工业, the catalog's own metric: a row under it) */
	{ "制造业", "manufacturing_va" },
	{ "住宿和餐饮业", "hotel_catering_va" },
	{ "批发和零售业", "wholesale_retail_va" }, { "批发零售业", "wholesale_retail_va" },
	{ "农林牧渔业", "agri_va" },        { "第一产业", "primary_industry_va" },
	{ "第二产业", "secondary_industry_va" }, { "第三产业", "tertiary_industry_va" },
};
const size_t db_nindustry_rows = NWORDS(db_industry_rows);
static const char *const unit_heads[] = { "单位", "计量单位" };
/* A column of amounts: its header contains one of these (1-4月累计, 2022年). */
static const char *const value_heads[] = {
	"绝对数", "绝对值", "绝对额", "绝对量", "数值", "总量", "累计", "完成", "本年", "全年",
	"本期", "金额", "数量", "实绩", "增加值", "月", "季度", "年",
};
/* A column of growth rates (比上年增长(%), 同比±%, 增速). */
static const char *const growth_heads[] = { "增长", "增速", "增幅", "±", "同比", "增减", "涨跌" };
/* Growth columns in points or of another basis are left out or relabelled. */
static const char *const points_heads[] = { "百分点" };
static const struct {
	const char *word;
	const char *basis;
} basis_heads[] = {
	{ "两年平均", "avg2y" }, { "年均", "cagr" }, { "环比", "mom" }, { "比上月", "mom" },
};
/* A title that announces targets, unless it says how they went
 * (主要指标计划执行情况, 目标完成情况). */
static const char *const target_titles[] = { "目标", "预期", "计划" };
static const char *const done_titles[] = { "执行", "完成" };
/* A plan report's columns (预期目标 | 执行情况 | 完成率): a column of
 * progress against the plan is no figure; the others hold the plan's
 * targets, what was done, or what is expected to be done (预计完成). */
static const char *const progress_heads[] = {
	"完成率", "进度", "完成计划", "完成目标", "完成年计划", "占计划", "占年计划", "占目标",
	"比计划", "比目标", "是否",
};
static const char *const estimate_heads[] = { "预计" };
static const char *const actual_heads[] = { "完成", "执行", "实际", "实绩", "实现" };
static const char *const plan_heads[] = { "目标", "预期", "计划", "任务" };
/* A target column of the whole year (年度计划, 全年目标) under a title of
 * its first months (2023年上半年主要指标完成情况). */
static const char *const year_plan_heads[] = { "年度", "全年", "年计划", "年目标" };
/* A row named for a rate of its metric (地区生产总值增长, …增速 in %) or a
 * fall (单位地区生产总值能耗下降): the row's figures are growth rates. */
static const struct {
	const char *word;
	int sign;
} growth_rows[] = {
	{ "增长速度", 1 }, { "增长率", 1 }, { "增长", 1 }, { "增速", 1 }, { "增幅", 1 },
	{ "下降率", -1 }, { "下降", -1 }, { "降低率", -1 }, { "降低", -1 },
};
/* Words around a target's figure in a cell (6左右, 8以上, ≥8, 4以内). */
static const struct {
	const char *word;
	db_qualifier q;
} cell_quals_after[] = {
	{ "左右", DB_QUAL_APPROX }, { "及以上", DB_QUAL_AT_LEAST }, { "以上", DB_QUAL_AT_LEAST },
	{ "以内", DB_QUAL_AT_MOST }, { "以下", DB_QUAL_AT_MOST },
}, cell_quals_before[] = {
	{ "≥", DB_QUAL_AT_LEAST }, { ">", DB_QUAL_AT_LEAST }, { "＞", DB_QUAL_AT_LEAST },
	{ "≤", DB_QUAL_AT_MOST }, { "<", DB_QUAL_AT_MOST }, { "＜", DB_QUAL_AT_MOST },
	{ "约", DB_QUAL_APPROX },
};
/* Words before a row's metric name that keep it that metric. */
static const char *const row_leads[] = {
	"其中：", "其中:", "其中", "#", "＃", "全市", "全区", "全县", "全省", "年末", "全年", "当年", "　",
};
/* Cells that say "no figure". */
static const char *const empty_cells[] = { "—", "－", "-", "--", "——", "…", "/", "／", "x", "X", "" };

/* ---- text helpers ------------------------------------------------------- */

static bool contains(const char *s, size_t n, const char *w)
{
	return memmem(s, n, w, strlen(w)) != NULL;
}

static bool contains_any(const char *s, size_t n, const char *const *ws, size_t nw)
{
	for (size_t i = 0; i < nw; i++)
		if (contains(s, n, ws[i]))
			return true;
	return false;
}

static bool is_ideo_space(const char *s, size_t n)
{
	return db_starts(s, n, "\xe3\x80\x80");
}

/* A no-break space (U+00A0, from a web page's &nbsp;) at t[0, n)? */
static bool is_nbsp(const char *t, size_t n)
{
	return n >= 2 && (unsigned char)t[0] == 0xC2 && (unsigned char)t[1] == 0xA0;
}

/* A space a copying site turned into ? (| ??其中:农林牧渔业 | 77.60 |,
 * 指???标): no figure nor word of a table is written with an ASCII ?. */
static bool is_lost_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '?';
}

/* Trim ASCII, no-break and ideographic spaces (and lost ones) from both
 * ends of [*s, *e). */
static void trim(const char *t, size_t *s, size_t *e)
{
	for (;;) {
		if (*s < *e && is_lost_space(t[*s]))
			(*s)++;
		else if (is_nbsp(t + *s, *e - *s))
			*s += 2;
		else if (*e - *s >= 3 && is_ideo_space(t + *s, *e - *s))
			*s += 3;
		else
			break;
	}
	for (;;) {
		if (*e > *s && is_lost_space(t[*e - 1]))
			(*e)--;
		else if (*e - *s >= 2 && is_nbsp(t + *e - 2, 2))
			*e -= 2;
		else if (*e - *s >= 3 && is_ideo_space(t + *e - 3, 3))
			*e -= 3;
		else
			break;
	}
}

/* A cell's text without the spaces inside it (指  标 → 指标), into out. */
static size_t squeeze(const char *t, size_t s, size_t e, char *out, size_t outsz)
{
	size_t n = 0;
	for (size_t i = s; i < e && n + 4 < outsz;) {
		if (is_lost_space(t[i]) || t[i] == '\n') {
			i++;
		} else if (is_nbsp(t + i, e - i)) {
			i += 2;
		} else if (is_ideo_space(t + i, e - i)) {
			i += 3;
		} else {
			out[n++] = t[i++];
		}
	}
	out[n] = '\0';
	return n;
}

/* ---- cells ------------------------------------------------------------- */

typedef struct {
	size_t start, end;
} span;

#define MAXCOLS 12

/* Split the line t[s, e) into cells at |, ｜, tabs and runs of two or more
 * spaces (ASCII or ideographic). Empty cells count between explicit
 * separators (| |, two tabs). Returns the number of cells (0 when more than
 * MAXCOLS). */
static size_t split_cells(const char *t, size_t s, size_t e, span *cells)
{
	size_t n = 0, cs = s, i = s;
	bool explicit_lead = false;

	trim(t, &s, &e);
	cs = i = s;
	if (i < e && (t[i] == '|' || db_starts(t + i, e - i, "｜"))) { /* | a | b | */
		i += t[i] == '|' ? 1 : 3;
		cs = i;
		explicit_lead = true;
	}
	(void)explicit_lead;
	while (i < e) {
		size_t w = 0;
		bool sep = false, expl = false;
		if (t[i] == '|' || t[i] == '\t') {
			w = 1;
			sep = expl = true;
		} else if (db_starts(t + i, e - i, "｜")) {
			w = 3;
			sep = expl = true;
		} else {
			/* a run of spaces of at least two columns */
			size_t j = i, cols = 0;
			while (j < e) {
				if (t[j] == ' ') {
					j++;
					cols++;
				} else if (is_ideo_space(t + j, e - j)) {
					j += 3;
					cols += 2;
				} else {
					break;
				}
			}
			if (cols >= 2) {
				w = j - i;
				sep = true;
			}
		}
		if (!sep) {
			i++;
			continue;
		}
		size_t a = cs, b = i;
		trim(t, &a, &b);
		if (b > a || expl) {
			if (n == MAXCOLS)
				return 0;
			cells[n++] = (span){ a, b };
		}
		i += w;
		/* a separator run after an explicit one (| then spaces) is one */
		while (i < e && (t[i] == ' ' || is_ideo_space(t + i, e - i)))
			i += t[i] == ' ' ? 1 : 3;
		cs = i;
	}
	size_t a = cs, b = e;
	trim(t, &a, &b);
	if (b > a) {
		if (n == MAXCOLS)
			return 0;
		cells[n++] = (span){ a, b };
	}
	return n;
}

enum { COL_SKIP, COL_LABEL, COL_UNIT, COL_VALUE, COL_GROWTH };

static span row_label(const char *t, span c, char *unit, size_t unitsz);
static bool numeric_cell(const char *t, span c);

/* The status a column's header gives its figures (预计完成: estimate;
 * 执行情况, 完成, 实际: actual; 预期目标, 计划: target), or -1. */
static int column_status(const char *t, size_t s, size_t e)
{
	if (contains_any(t + s, e - s, estimate_heads, NWORDS(estimate_heads)))
		return DB_STATUS_ESTIMATE;
	if (contains_any(t + s, e - s, actual_heads, NWORDS(actual_heads)))
		return DB_STATUS_ACTUAL;
	if (contains_any(t + s, e - s, plan_heads, NWORDS(plan_heads)))
		return DB_STATUS_TARGET;
	return -1;
}

/* Does the word w (n bytes) hold a word of the list id of words.json? */
static bool has_listed(const db_words *ws, enum db_word_list id, const char *w, size_t n)
{
	return ws && db_words_find(w, 0, n, &ws->lists[id], NULL) != (size_t)-1;
}

/* Is the word w (n bytes) itself a word of the list id of words.json (a
 * head of the column of row names, table_label_heads: 指标, 品种; a row of
 * industry_rows: 金融保险业)? */
static bool is_listed(const db_words *ws, enum db_word_list id, const char *w, size_t n)
{
	const db_wordlist *l = ws ? &ws->lists[id] : NULL;
	return l && n && db_longest_word_at(w, 0, n, l->items, l->len, NULL) == n;
}

/* The role a header cell names, or -1 when it names none. */
static int head_role(const db_words *ws, const char *t, span c)
{
	char w[96];
	size_t n = squeeze(t, c.start, c.end, w, sizeof w);

	if (!n || n > 60)
		return -1;
	if (is_listed(ws, DB_W_TABLE_LABEL_HEADS, w, n))
		return COL_LABEL;
	for (size_t i = 0; i < NWORDS(unit_heads); i++)
		if (!strcmp(w, unit_heads[i]))
			return COL_UNIT;
	if (contains_any(w, n, points_heads, NWORDS(points_heads)) ||
	    contains_any(w, n, progress_heads, NWORDS(progress_heads)))
		return COL_SKIP;
	if (contains_any(w, n, growth_heads, NWORDS(growth_heads)))
		return COL_GROWTH;
	/* 按2020年不变价格计算: neither the level nor a growth */
	if (has_listed(ws, DB_W_TABLE_IGNORED_COLUMNS, w, n))
		return COL_SKIP;
	/* 按现行价格计算, 指数; 产量 (spaced 产 量) without its unit */
	if (contains_any(w, n, value_heads, NWORDS(value_heads)) ||
	    has_listed(ws, DB_W_TABLE_LEVEL_COLUMNS, w, n) ||
	    has_listed(ws, DB_W_TABLE_COLUMN_NOUNS, w, n) ||
	    contains_any(w, n, plan_heads, NWORDS(plan_heads)) ||
	    contains_any(w, n, actual_heads, NWORDS(actual_heads)) ||
	    contains_any(w, n, estimate_heads, NWORDS(estimate_heads)))
		return COL_VALUE;
	/* 产量（吨）, 播种面积(亩): the amounts of what the column names */
	char unit[32];
	span name = row_label(t, c, unit, sizeof unit);
	if (unit[0] && strcmp(unit, "%") && strcmp(unit, "％") && name.end > name.start)
		return COL_VALUE;
	return -1;
}

/* Header cells split inside a word (指  标 → 指, 标; 项 目; 产 量): merge
 * a run of cells of one character each when together they name a label
 * column, or a column (产量) that none of them names alone. */
static size_t merge_split_heads(const db_words *ws, const char *t, span *cells, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		size_t k = i;
		while (k < n && cells[k].end - cells[k].start <= 3 && !numeric_cell(t, cells[k]))
			k++;
		/* the longest run from i that names something, down to two */
		for (size_t j = k; j >= i + 2; j--) {
			char w[96];
			span m = { cells[i].start, cells[j - 1].end };
			bool single_role = false;
			for (size_t c = i; c < j; c++)
				single_role |= head_role(ws, t, cells[c]) >= 0;
			squeeze(t, m.start, m.end, w, sizeof w);
			bool label = is_listed(ws, DB_W_TABLE_LABEL_HEADS, w, strlen(w));
			if (!label && (single_role || head_role(ws, t, m) < 0))
				continue;
			/* 单 位 产 量: the unit column's head, then the next
			 * column's (产量), not one head 单位产量 */
			if (j > i + 2 && head_role(ws, t, (span){ cells[i].start, cells[i + 1].end }) ==
						 COL_UNIT &&
			    head_role(ws, t, (span){ cells[i + 2].start, cells[j - 1].end }) >= 0)
				continue;
			cells[i] = m;
			memmove(cells + i + 1, cells + j, (n - j) * sizeof(span));
			n -= j - i - 1;
			break;
		}
	}
	return n;
}

/* 序号 (序 号): a column numbering the rows; 类别, 一级指标: a column of
 * the groups the rows fall in (its cells merged: a group's first row only
 * holds one). */
static const char *const group_heads[] = { "类别", "一级指标", "领域", "分类" };
static bool group_head(const char *t, span c)
{
	char w[32];
	squeeze(t, c.start, c.end, w, sizeof w);
	for (size_t i = 0; i < NWORDS(group_heads); i++)
		if (!strcmp(w, group_heads[i]))
			return true;
	return false;
}

static bool serial_head(const char *t, span c)
{
	char w[32];
	squeeze(t, c.start, c.end, w, sizeof w);
	return !strcmp(w, "序号") || group_head(t, c);
}

/* Roles of a header row: the first cell (or the second, after 序号) names
 * the label column and at least one column holds values or growth rates. */
static bool header_roles(const db_words *ws, const char *t, const span *cells, size_t n,
			 unsigned char *roles)
{
	bool figures = false;
	if (n < 2)
		return false;
	/* 序号 | 指标名称 | …: the rows' numbers before their names */
	size_t lc = n > 2 && serial_head(t, cells[0]) ? 1 : 0;
	for (size_t i = 0; i < n; i++) {
		int r = i < lc ? COL_SKIP : head_role(ws, t, cells[i]);
		/* | | 绝对数(亿元) | 比上年增长(%) |: the label column's head left
		 * empty */
		bool no_head = cells[lc].end == cells[lc].start;
		if (i == lc && no_head)
			r = COL_LABEL;
		if (r < 0 && i > lc && !no_head) /* (then every other head says its role) */
			r = COL_SKIP; /* 位次, 备注: columns we do not read */
		if (r < 0 || (r == COL_LABEL) != (i == lc))
			return false;
		roles[i] = (unsigned char)r;
		figures |= r == COL_VALUE || r == COL_GROWTH;
	}
	return figures;
}

/* ---- tables -------------------------------------------------------------- */

typedef struct {
	size_t start, end;   /* line bytes, without the newline */
} line;

static size_t next_line(const char *t, size_t len, size_t pos, line *l)
{
	size_t e = pos;
	while (e < len && t[e] != '\n')
		e++;
	l->start = pos;
	l->end = e;
	return e < len ? e + 1 : len;
}

/* Does the line hold a cell separator (|, a tab, two spaces, a full-width
 * space or bar)? */
static bool cell_separated(const char *t, line l)
{
	for (size_t i = l.start; i < l.end; i++) {
		if (t[i] == '|' || t[i] == '\t' || (t[i] == ' ' && i + 1 < l.end && t[i + 1] == ' '))
			return true;
		if ((unsigned char)t[i] == 0xE3 && i + 2 < l.end && (unsigned char)t[i + 1] == 0x80 &&
		    (unsigned char)t[i + 2] == 0x80)
			return true;
		if ((unsigned char)t[i] == 0xEF && i + 2 < l.end && (unsigned char)t[i + 1] == 0xBD &&
		    (unsigned char)t[i + 2] == 0x9C) /* ｜ */
			return true;
	}
	return false;
}

static bool blank(const char *t, line l)
{
	size_t s = l.start, e = l.end;
	trim(t, &s, &e);
	return s == e;
}

static const char *const hard_stops[] = { "。", "；", "！", "？" };

static bool sentence_like(const char *t, line l)
{
	static const char *const stops[] = { "。", "；", "！", "？", "，" };
	return contains_any(t + l.start, l.end - l.start, stops, NWORDS(stops));
}

static void tables_push(db_tables *ts, const db_table *tb)
{
	if (ts->len == ts->cap) {
		ts->cap = ts->cap ? ts->cap * 2 : 4;
		ts->items = db_xrealloc(ts->items, ts->cap * sizeof(db_table));
	}
	ts->items[ts->len++] = *tb;
}

static void cell_push(db_tables *ts, span c)
{
	if (ts->ncells == ts->ccap) {
		ts->ccap = ts->ccap ? ts->ccap * 2 : 64;
		ts->cells = db_xrealloc(ts->cells, ts->ccap * 2 * sizeof(size_t));
	}
	ts->cells[2 * ts->ncells] = c.start;
	ts->cells[2 * ts->ncells + 1] = c.end;
	ts->ncells++;
}

/* Title and 单位： lines right above a header (at most two lines, none of
 * them a sentence). */
/* 单位：亿元 in t[s, e): sets [*us, *ue) to the unit's words and returns
 * the position right after 单位 (0: no 单位). */
static size_t unit_words(const char *t, size_t s, size_t e, size_t *us, size_t *ue)
{
	size_t u = 0;
	for (size_t p = s; p + 6 <= e; p++)
		if (db_starts(t + p, e - p, "单位")) {
			u = p + 6;
			break;
		}
	if (!u)
		return 0;
	size_t at = u;
	while (u < e && (db_starts(t + u, e - u, "：") || t[u] == ':' || t[u] == ' '))
		u += t[u] == ':' || t[u] == ' ' ? 1 : 3;
	size_t end = u;
	while (end < e && t[end] != ',' && t[end] != ')' && t[end] != ' ' &&
	       !db_starts(t + end, e - end, "，") && !db_starts(t + end, e - end, "）") &&
	       !db_starts(t + end, e - end, "、"))
		end++;
	*us = u;
	*ue = end;
	return at;
}

static void title_above(const char *t, const line *lines, size_t hi, db_table *tb)
{
	tb->title_start = tb->title_end = tb->unit_start = tb->unit_end = 0;
	tb->start = lines[hi].start;
	size_t skip = hi >= 2 && blank(t, lines[hi - 1]) ? 1 : 0; /* 表一…\n\n指标… */
	for (size_t k = 1 + skip; k <= 2 + skip && k <= hi; k++) {
		line l = lines[hi - k];
		/* 表一：…\n\n单位：万元\n\n指标名称: blank lines between the
		 * 单位 line and a caption of 表 */
		if (blank(t, l) && tb->unit_end && !tb->title_end && k < hi && k == 2 + skip) {
			size_t s = lines[hi - k - 1].start, e = lines[hi - k - 1].end;
			trim(t, &s, &e);
			if (db_starts(t + s, e - s, "表")) {
				skip++;
				continue;
			}
		}
		bool has_unit = contains(t + l.start, l.end - l.start, "单位");
		if (blank(t, l) || (sentence_like(t, l) && !has_unit) || l.end - l.start > 150)
			break;
		size_t u = unit_words(t, l.start, l.end, &tb->unit_start, &tb->unit_end);
		if (!tb->title_end || u) {
			if (!u || !tb->title_end) {
				/* the title is the line that is not only 单位： */
				if (!(u && u - 6 <= l.start + 3)) {
					tb->title_start = l.start;
					tb->title_end = l.end;
				}
			}
		}
		tb->start = l.start;
	}
}

/* Lines are read once; each table records its header roles and cells. */
/* Keep tb when it has rows (ending at line last; the scan goes on from
 * there) or drop the cells it pushed; returns the line to go on from. */
static size_t close_table(db_tables *ts, db_table *tb, const line *lines, size_t last, size_t i)
{
	if (!tb->nrows) {
		ts->ncells = tb->first_cell;
		return i;
	}
	tb->end = lines[last].end;
	tables_push(ts, tb);
	return last;
}

/* Is the line only cell separators (|, ||, ｜)? */
static bool bar_only(const char *t, line l)
{
	size_t s = l.start, e = l.end;
	trim(t, &s, &e);
	if (s == e)
		return false;
	while (s < e && (t[s] == '|' || t[s] == ' ' || db_starts(t + s, e - s, "｜")))
		s += t[s] == '|' || t[s] == ' ' ? 1 : 3;
	return s == e;
}

/* Cells of a line separated by single spaces: a header's words each a
 * cell (指标 完成数(万元) 比上年增长(%)); a row's words up to its first number
 * one cell, its label (交通运输 仓储和邮政业 18675.3 0.8), then each number
 * a cell. Returns the number of cells (0: more than MAXCOLS, or words after
 * a row's numbers). */
static size_t spaced_cells(const char *t, size_t s, size_t e, bool row, span *cells)
{
	size_t n = 0;
	bool numbers = false;
	trim(t, &s, &e);
	for (size_t p = s; p < e;) {
		size_t q = p;
		while (q < e && t[q] != ' ' && !is_ideo_space(t + q, e - q))
			q++;
		span w = { p, q };
		bool num = numeric_cell(t, w);
		if (row && !num && numbers)
			return 0;
		if (row && !num && n)
			cells[0].end = q; /* the label goes on */
		else if (n == MAXCOLS)
			return 0;
		else
			cells[n++] = w;
		numbers |= num;
		while (q < e && (t[q] == ' ' || is_ideo_space(t + q, e - q)))
			q += t[q] == ' ' ? 1 : 3;
		p = q;
	}
	return n;
}

/* A line that is one cell: trimmed, without a | after it (4710.67 |). */
static span line_cell(const char *t, line l)
{
	span c = { l.start, l.end };
	trim(t, &c.start, &c.end);
	if (c.end > c.start && t[c.end - 1] == '|')
		c.end--;
	else if (c.end >= c.start + 3 && db_starts(t + c.end - 3, 3, "｜"))
		c.end -= 3;
	trim(t, &c.start, &c.end);
	return c;
}

/* Is the cell a number (a figure of a row), not words? */
static bool numeric_cell(const char *t, span c)
{
	size_t p = c.start;
	if (p < c.end && (t[p] == '-' || t[p] == '+'))
		p++;
	return p < c.end && t[p] >= '0' && t[p] <= '9';
}

/* Does the line open with a label column's head and a space (指标 完成数…:
 * a header of cells separated by single spaces), the head's characters
 * maybe spaced (指 标 …, 项 目 指数)? */
static bool head_first(const db_words *ws, const char *t, line l)
{
	const db_wordlist *heads = &ws->lists[DB_W_TABLE_LABEL_HEADS];
	size_t s = l.start, e = l.end;
	trim(t, &s, &e);
	for (size_t i = 0; i < heads->len; i++) {
		const char *h = heads->items[i];
		size_t p = s;
		for (; *h && p < e; h += 3) {
			if (!db_starts(t + p, e - p, (char[4]){ h[0], h[1], h[2], 0 }))
				break;
			p += 3;
			while (h[3] && p < e && t[p] == ' ')
				p++; /* a space between the head's characters */
		}
		if (!*h && p < e && t[p] == ' ')
			return true;
	}
	return false;
}

/* Does the line open with an empty cell between bars (| | 绝对数…)? */
static bool empty_head(const char *t, line l)
{
	size_t p = l.start;
	while (p < l.end && t[p] == ' ')
		p++;
	if (p >= l.end || t[p] != '|')
		return false;
	for (p++; p < l.end && t[p] == ' '; p++)
		;
	return p < l.end && t[p] == '|';
}

/* Rows of one line each from line j on, of n cells like the header's:
 * pushes their cells and returns the last line read (0: none). */
/* Does the cell hold a Chinese character (a name, not a number alone)? */
static bool hanzi_cell(const char *t, span c)
{
	for (size_t p = c.start; p < c.end; p++)
		if ((unsigned char)t[p] >= 0xE4 && (unsigned char)t[p] <= 0xE9)
			return true;
	return false;
}

/* Is the cell a row's number (1, 12: digits only)? */
static bool serial_cell(const char *t, span c)
{
	if (c.end <= c.start || c.end - c.start > 3)
		return false;
	for (size_t p = c.start; p < c.end; p++)
		if (t[p] < '0' || t[p] > '9')
			return false;
	return true;
}

/* The unit word ending the words c of a row (粮食 万吨, 发电量 亿千瓦时): the
 * last word after a space when it reads as a unit after a number (1万吨);
 * else an empty span at c's end. */
static span spaced_unit(const char *t, span c)
{
	span none = { c.end, c.end };
	size_t p = c.end;
	while (p > c.start && t[p - 1] != ' ')
		p--;
	if (p <= c.start || c.end - p > 20)
		return none;
	char buf[24];
	size_t n = c.end - p;
	buf[0] = '1';
	memcpy(buf + 1, t + p, n);
	buf[n + 1] = '\0';
	db_figure f;
	if (!db_figure_read(buf, n + 1, 0, &f) || f.kind != DB_FIG_AMOUNT || !f.unit[0] ||
	    f.num_end != n + 1)
		return none;
	return (span){ p, c.end };
}

static size_t line_rows(const char *t, const line *lines, size_t nl, size_t j, size_t n,
			bool spaced, db_tables *ts, db_table *tb)
{
	size_t last = 0;
	while (j < nl) {
		span rc[MAXCOLS];
		if (blank(t, lines[j])) {
			j++;
			continue;
		}
		if (sentence_like(t, lines[j]))
			break;
		size_t m = spaced ? spaced_cells(t, lines[j].start, lines[j].end, true, rc)
				  : split_cells(t, lines[j].start, lines[j].end, rc);
		bool rule = m && m <= n; /* |---|---| */
		for (size_t c = 0; c < m && rule; c++)
			for (size_t p = rc[c].start; p < rc[c].end; p++)
				rule &= t[p] == '-' || t[p] == ':' || t[p] == '=';
		if (rule && m) {
			last = j++;
			continue;
		}
		/* 104.5 alone: a row that lost its name, inside the table when
		 * a row of n cells follows */
		if (m && m < n && numeric_cell(t, rc[0]) && j + 1 < nl && !sentence_like(t, lines[j + 1])) {
			span nc[MAXCOLS];
			size_t m2 = spaced ? spaced_cells(t, lines[j + 1].start, lines[j + 1].end, true, nc)
					   : split_cells(t, lines[j + 1].start, lines[j + 1].end, nc);
			bool numbers = true;
			for (size_t c = 0; c < m; c++)
				numbers &= numeric_cell(t, rc[c]);
			if (numbers && m2 == n && !numeric_cell(t, nc[0])) {
				last = j++;
				continue;
			}
		}
		/* 一 | 经济发展: a group's heading (序号 and name) that lost its
		 * empty cells, inside the table when a row of n cells follows */
		if (m && m <= 2 && m < n && j + 1 < nl && !sentence_like(t, lines[j + 1]) &&
		    !numeric_cell(t, rc[m - 1])) {
			span nc[MAXCOLS];
			size_t m2 = spaced ? spaced_cells(t, lines[j + 1].start, lines[j + 1].end, true, nc)
					   : split_cells(t, lines[j + 1].start, lines[j + 1].end, nc);
			if (m2 == n && cell_separated(t, lines[j])) {
				last = j++;
				continue;
			}
		}
		/* 序号 | 指标名称 | … then 经济发展 | 1 | 地区生产总值 | …: a
		 * group's merged cell before its first row's number, in a
		 * header without the group's column, is no cell of the row */
		span h0 = { ts->cells[2 * tb->first_cell], ts->cells[2 * tb->first_cell + 1] };
		if ((m == n + 1 || m == n) && n > 3 && serial_head(t, h0) && !group_head(t, h0) &&
		    hanzi_cell(t, rc[0]) && serial_cell(t, rc[1]) && hanzi_cell(t, rc[2])) {
			memmove(rc, rc + 1, --m * sizeof *rc);
			if (m + 1 == n)
				rc[m++] = (span){ lines[j].end, lines[j].end };
		}
		/* 经济发展 | 地区生产总值增长 | … then 一般公共预算收入 | …: the
		 * group's merged cell stands in its first row only */
		if (m + 1 == n && n > 2 && group_head(t, (span){ ts->cells[2 * tb->first_cell],
								 ts->cells[2 * tb->first_cell + 1] }) &&
		    hanzi_cell(t, rc[0])) {
			memmove(rc + 1, rc, m * sizeof *rc);
			rc[0] = (span){ rc[1].start, rc[1].start };
			m++;
		}
		/* 产品名称 单位 产量 比上年增长(%) then 粮食 万吨 65.4 1.2: in a
		 * table of single spaces, the unit column's word ends the words
		 * before the first number (the row's name); a row with no unit
		 * word (铸件 3120 -4.4) leaves the unit cell empty */
		if (spaced && m + 1 == n && n >= 3 && tb->roles[0] == COL_LABEL &&
		    tb->roles[1] == COL_UNIT && hanzi_cell(t, rc[0])) {
			span u = spaced_unit(t, rc[0]);
			memmove(rc + 2, rc + 1, (m - 1) * sizeof *rc);
			rc[1] = u;
			if (u.end > u.start) {
				rc[0].end = u.start;
				trim(t, &rc[0].start, &rc[0].end);
			}
			m++;
		}
		/* 规模以上工业增加值\t%\t10\t9.1\t: the last cell left empty
		 * (after its tab) */
		if (m + 1 == n && m >= 2 && !spaced && t[lines[j].end - 1] == '\t')
			rc[m++] = (span){ lines[j].end, lines[j].end };
		if (m != n)
			break; /* prose, another header, or a row we cannot align */
		for (size_t c = 0; c < n; c++)
			cell_push(ts, rc[c]);
		tb->nrows++;
		last = j++;
	}
	return last;
}

/* Does the line end with an explicit cell separator (| or ｜)? */
static bool ends_with_bar(const char *t, line l)
{
	size_t s = l.start, e = l.end;
	trim(t, &s, &e);
	return (e > s && t[e - 1] == '|') || (e >= s + 3 && db_starts(t + e - 3, 3, "｜"));
}

/* A header of | cells broken over up to three lines (品 名 | 播种面积 /
 * (亩) | / 同比增减(%) | 产量(吨) | …): a line that does not end with | runs
 * into the next one's first cell. The header holds when its cells have
 * roles and the line after it has as many cells. Returns the number of
 * cells (0: no such header) and the lines it takes in *hl. */
static size_t joined_header(const db_words *ws, const char *t, const line *lines, size_t nl,
			    size_t i, span *cells, unsigned char *roles, size_t *hl)
{
	size_t n = 0;
	bool open = false; /* the last cell runs on into the next line */
	for (size_t k = 0; k < 5 && i + k + 1 < nl; k++) {
		line l = lines[i + k];
		span lc[MAXCOLS];
		/* (a cell, or a cell's run-on, may fill a short line of its own:
		 * | 指标 | 绝对数 / (亿元) | / 比上年增长 / (%) |) */
		if (l.end - l.start > 200 || sentence_like(t, l) ||
		    (!cell_separated(t, l) && (!k || l.end - l.start > 30)))
			return 0;
		size_t m = split_cells(t, l.start, l.end, lc);
		if (!m || n + m > MAXCOLS)
			return 0;
		size_t from = 0;
		if (open) {
			cells[n - 1].end = lc[0].end;
			from = 1;
		}
		for (size_t c = from; c < m; c++)
			cells[n++] = lc[c];
		open = !ends_with_bar(t, l);
		if (k == 0)
			continue;
		span rc[MAXCOLS];
		line next = lines[i + k + 1];
		if (!open && n >= 2 && header_roles(ws, t, cells, n, roles) &&
		    split_cells(t, next.start, next.end, rc) == n && !sentence_like(t, next)) {
			*hl = k + 1;
			return n;
		}
	}
	return 0;
}

/* A header cell that can name a value column of a table without a label
 * column's header: a period (2023年) or 绝对数 / 绝对值 / 绝对额, which no
 * row's name is (当年出栏猪 is). */
static bool unnamed_value_head(const char *t, span c)
{
	char w[96];
	size_t n = squeeze(t, c.start, c.end, w, sizeof w);
	return db_has_digit(t, c.start, c.end) || (n >= 6 && !strncmp(w, "绝对", 6));
}

/* A line that is a bracket only ((增速), (简称“GDP”)): the second line of
 * the cell before it, a header's or a row's name broken over two lines. */
static bool bracket_line(const char *t, line l)
{
	span c = line_cell(t, l);
	size_t n = c.end - c.start;
	bool open = db_starts(t + c.start, n, "(") || db_starts(t + c.start, n, "（");
	bool shut = (n >= 1 && t[c.end - 1] == ')') ||
		    (n >= 3 && db_starts(t + c.end - 3, 3, "）"));
	return open && shut && n <= 36 && !db_has_digit(t, c.start, c.end);
}

/* A line that may be the run-on of a header's last head (增长%, (%)): one
 * short word, without a space, a bar or a figure. */
static bool run_on_head(const char *t, line l)
{
	span c = { l.start, l.end };
	trim(t, &c.start, &c.end);
	if (c.end <= c.start || c.end - c.start > 18 || db_has_digit(t, c.start, c.end))
		return false;
	for (size_t p = c.start; p < c.end; p++)
		if (t[p] == ' ' || t[p] == '|' || t[p] == '\t')
			return false;
	return true;
}

/* Under a plan's column (预期目标, 完成情况: a header with a status), a
 * cell of words (保持增长, 稳中有升) between a row's name and its figures
 * is the row's target in words, not a group's heading, when the line after
 * the row is no figure (the next row's name): a heading's row would end
 * with the figure. */
static bool plan_words_cell(const char *t, const line *lines, size_t nl, size_t head, size_t last)
{
	if (column_status(t, lines[head].start, lines[head].end) < 0)
		return false;
	size_t q = last + 1;
	while (q < nl && blank(t, lines[q]))
		q++;
	if (q >= nl)
		return true;
	span c = line_cell(t, lines[q]);
	return !db_has_digit(t, c.start, c.end) && !sentence_like(t, lines[q]);
}

/* A cell under a unit column: a short word, no figure (万亩, 吨). */
static bool unit_word_cell(const char *t, span c)
{
	return c.end > c.start && c.end - c.start <= 12 && !db_has_digit(t, c.start, c.end);
}

/* A group's heading among a table's rows: a few words ending in a colon,
 * no figure, not 其中 (播种面积:, 产量：). */
static bool group_heading_cell(const char *t, span c)
{
	size_t n = c.end - c.start;
	if (n < 4 || n > 30 || db_has_digit(t, c.start, c.end) || db_starts(t + c.start, n, "其中"))
		return false;
	return t[c.end - 1] == ':' || (n >= 3 && db_starts(t + c.end - 3, 3, "："));
}

/* Every cell of the row's value and growth columns a number. */
static bool figures_line_up(const db_table *tb, const char *t, const span *rc, size_t n)
{
	for (size_t c = 1; c < n; c++)
		if ((tb->roles[c] == COL_VALUE || tb->roles[c] == COL_GROWTH) && !numeric_cell(t, rc[c]))
			return false;
	return true;
}

/* A table of one cell per line from line i: consecutive header lines, then
 * rows of as many lines; blank lines between cells do not count. With
 * unnamed, the header has no label cell (主要产品产量 / 2023年 / 较上年增长(%):
 * the first column holds the rows' names all the same); then both a value
 * and a growth column must be named, and every row's cells after its name
 * must be numbers. Returns the last line read (i: no table). */
static size_t cell_lines(const char *t, const line *lines, size_t nl, size_t i, bool unnamed,
			 db_tables *ts, db_table *tb)
{
	size_t at[MAXCOLS], n = 0, k = i, last = i; /* the header's lines */
	span hs[MAXCOLS];                           /* and its cells */
	size_t lc = 0; /* the label column: 1 after 序号 */
	if (unnamed)
		tb->roles[n++] = COL_LABEL;
	for (; k < nl && n < MAXCOLS; k++) {
		if (blank(t, lines[k]))
			continue;
		/* 2021年预期目标\n(增速): a header cell broken over two lines,
		 * the bracket naming its figures */
		if (!unnamed && n >= lc + 2 && bracket_line(t, lines[k])) {
			span two = { hs[n - 1].start, line_cell(t, lines[k]).end };
			int r2 = head_role(ts->words, t, two);
			if (r2 == COL_VALUE || r2 == COL_GROWTH) {
				hs[n - 1] = two;
				tb->roles[n - 1] = (unsigned char)r2;
				continue;
			}
		}
		span c1[MAXCOLS];
		size_t m = split_cells(t, lines[k].start, lines[k].end, c1);
		m = merge_split_heads(ts->words, t, c1, m); /* 指    标 */
		int r = m == 1 ? head_role(ts->words, t, c1[0]) : -1;
		/* 序号\n指标名称\n…: the rows' numbers before their names */
		if (!unnamed && n == 0 && m == 1 && serial_head(t, c1[0]))
			r = COL_SKIP, lc = 1;
		if (r < 0 || (r == COL_LABEL) != (n == lc))
			break;
		/* (unnamed, a value column names its period: 2023年, not
		 * 当年出栏猪, the first row's name) */
		if (unnamed && r == COL_VALUE && !unnamed_value_head(t, c1[0]) &&
		    !(n == 2 && tb->roles[1] == COL_UNIT)) /* (计量单位\n数值) */
			break;
		/* 年末常住人口 then 58.2: a cell a number follows is the first
		 * row's name, though it reads as a column's (年…) */
		if (n >= lc + 2) {
			size_t q = k + 1;
			while (q < nl && blank(t, lines[q]))
				q++;
			size_t q2 = q + 1;
			while (q2 < nl && blank(t, lines[q2]))
				q2++;
			/* (2022年目标 then 2022年预计完成: a column's head, its
			 * year no number of a row; after 序号, the first row's
			 * number, then its name) */
			if (q < nl && numeric_cell(t, line_cell(t, lines[q])) &&
			    head_role(ts->words, t, line_cell(t, lines[q])) < 0 &&
			    !(lc && q2 < nl && !numeric_cell(t, line_cell(t, lines[q2]))))
				break;
			/* 粮食产量 then 万吨 then 13.2 under 指标 / 计量单位 / …: the
			 * first row's name, its unit's cell, then a number (粮食产量
			 * reads as a column's, 产量) */
			span uc = q < nl ? line_cell(t, lines[q]) : (span){ 0, 0 };
			if (tb->roles[lc + 1] == COL_UNIT && q2 < nl && uc.end > uc.start &&
			    uc.end - uc.start <= 12 && !numeric_cell(t, uc) &&
			    numeric_cell(t, line_cell(t, lines[q2])))
				break;
		}
		at[n] = k;
		hs[n] = line_cell(t, lines[k]);
		tb->roles[n++] = (unsigned char)r;
	}
	/* 2021年完成情况(预计) over 绝对值 and 增速: a status cell that
	 * heads the two columns after it (no status of their own) gives them
	 * its status and year, and is no column itself */
	for (size_t c = lc + 1; !unnamed && c + 2 < n; c++)
		if (tb->roles[c] == COL_VALUE && column_status(t, hs[c].start, hs[c].end) >= 0 &&
		    tb->roles[c + 1] == COL_VALUE && tb->roles[c + 2] == COL_GROWTH &&
		    column_status(t, hs[c + 1].start, hs[c + 1].end) < 0 &&
		    column_status(t, hs[c + 2].start, hs[c + 2].end) < 0 &&
		    !db_has_digit(t, hs[c + 1].start, hs[c + 1].end) &&
		    (c + 3 == n || tb->roles[c + 3] != COL_GROWTH)) {
			span group = hs[c];
			memmove(&hs[c], &hs[c + 1], (n - c - 1) * sizeof *hs);
			memmove(&at[c], &at[c + 1], (n - c - 1) * sizeof *at);
			memmove(&tb->roles[c], &tb->roles[c + 1], n - c - 1);
			n--;
			hs[c] = hs[c + 1] = group;
		}
	bool value = false, growth = false;
	for (size_t c = 1; c < n; c++) {
		value |= tb->roles[c] == COL_VALUE;
		growth |= tb->roles[c] == COL_GROWTH;
	}
	if (n < lc + 2 || !(value || growth) || (unnamed && !(value && growth)))
		return i;
	tb->ncols = (int)n;
	tb->one_per_line = true;
	tb->header_start = lines[i].start;
	title_above(t, lines, i, tb);
	for (size_t c = 0; c < n; c++)
		cell_push(ts, unnamed && c == 0 ? (span){ lines[i].start, lines[i].start } : hs[c]);
	tb->first_cell = ts->ncells - n;
	size_t j = k;
	for (;;) {
		size_t row[MAXCOLS], q = j, c = 0;
		for (; q < nl && c < n; q++)
			/* (地区生产总值\n(简称“GDP”): the name's second line; not
			 * under a 单位 column, whose cell may be bracketed) */
			if (!blank(t, lines[q]) && !(c == lc + 1 && !unnamed && tb->roles[lc + 1] != COL_UNIT &&
						     bracket_line(t, lines[q])))
				row[c++] = q;
		if (c < n)
			break;
		bool ok = true;
		span rc[MAXCOLS];
		for (c = 0; c < n && ok; c++) {
			line l = lines[row[c]];
			rc[c] = line_cell(t, l);
			/* (a plan's cell may join its amount and growth with ，) */
			ok = (!sentence_like(t, l) ||
			      (c > lc && !unnamed && rc[c].end - rc[c].start <= 48 &&
			       db_has_digit(t, rc[c].start, rc[c].end) &&
			       !contains_any(t + rc[c].start, rc[c].end - rc[c].start, hard_stops,
					     NWORDS(hard_stops)) &&
			       column_status(t, hs[c].start, hs[c].end) >= 0)) &&
			     (c != lc || rc[c].end > rc[c].start) &&
			     (c >= lc || rc[c].end - rc[c].start <= 12); /* (its number: 1, 一) */
		}
		/* a row's label is not a number, its other cells are short */
		ok = ok && !(t[rc[lc].start] >= '0' && t[rc[lc].start] <= '9');
		/* (a plan's column of targets or of what was done may hold a
		 * figure in words: 增长5%左右, 1234亿元,增长2.1%) */
		for (c = lc + 1; c < n && ok; c++)
			ok = (rc[c].end - rc[c].start <= 24 ||
			      (rc[c].end - rc[c].start <= 48 && !unnamed &&
			       column_status(t, hs[c].start, hs[c].end) >= 0)) &&
			     (!unnamed || (tb->roles[c] == COL_UNIT ? unit_word_cell(t, rc[c])
								    : numeric_cell(t, rc[c])));
		/* 播种面积: over the rows after it (a group's heading, its
		 * empty cells lost), where the row's figures do not line up: no
		 * row; the row starts on the next line */
		if (lc == 0 && group_heading_cell(t, rc[0]) && !figures_line_up(tb, t, rc, n)) {
			j = row[0] + 1;
			continue;
		}
		if (!ok)
			break;
		/* 按产业分 (its empty cells lost): a group's heading, not a
		 * row; the row starts on the next line (a heading holds no
		 * figure: 增长5%左右 is a plan's cell) */
		if (n > 2 && (tb->roles[1] == COL_VALUE || tb->roles[1] == COL_GROWTH) &&
		    !numeric_cell(t, rc[1]) && rc[1].end >= rc[1].start + 6 &&
		    !db_has_digit(t, rc[1].start, rc[1].end) &&
		    numeric_cell(t, rc[2]) && row[n - 1] + 1 < nl && !plan_words_cell(t, lines, nl, at[1], row[n - 1])) {
			j = row[0] + 1;
			continue;
		}
		for (c = 0; c < n; c++)
			cell_push(ts, rc[c]);
		tb->nrows++;
		last = row[n - 1];
		j = last + 1;
	}
	return close_table(ts, tb, lines, last, i);
}

/* The |-separated cells of t[s, e) (no limit on their number), trimmed,
 * into cells (at most max); returns how many. */
static size_t bar_cells(const char *t, size_t s, size_t e, span *cells, size_t max)
{
	size_t n = 0, cs = s;
	for (size_t i = s; i <= e && n < max; i++) {
		if (i < e && t[i] != '|')
			continue;
		size_t a = cs, b = i;
		trim(t, &a, &b);
		cells[n++] = (span){ a, b };
		cs = i + 1;
	}
	return n;
}

/* A table whose rows were flattened into one line with its prose (a web page
 * that lost its line breaks): 表1 … 单位:亿元 指标名称 | 增加值 | 同比增长% |
 * 地区生产总值 | 90.39 | 9.8 | 其中:工业 | 6.25 | 7.5 | … — the header's
 * first cell ends in a label column's head, the cells after it name the
 * columns, then every ncols cells are a row (a label, then numbers or
 * empty cells; the last number may run into the prose after it). Pushes
 * the table and returns true when it has rows. */
static bool inline_table(const char *t, line l, db_tables *ts)
{
	enum { MAXBARS = 400 };
	span cells[MAXBARS];
	size_t n = bar_cells(t, l.start, l.end, cells, MAXBARS), h;
	for (h = 0; h + 1 < n; h++) {
		/* the last word of the cell: 指标名称 (or 指 标) */
		size_t a = cells[h].start, b = cells[h].end, k = b;
		while (k > a && t[k - 1] != ' ')
			k--;
		span head = { k, b };
		if (head_role(ts->words, t, head) != COL_LABEL) {
			size_t k2 = k;
			while (k2 > a && t[k2 - 1] == ' ')
				k2--;
			while (k2 > a && t[k2 - 1] != ' ')
				k2--;
			head = (span){ k2, b };
			if (head_role(ts->words, t, head) != COL_LABEL)
				continue;
		}
		db_table tb;
		memset(&tb, 0, sizeof tb);
		size_t nc = 1;
		bool figures = false;
		tb.roles[0] = COL_LABEL;
		for (; h + nc < n && nc < MAXCOLS; nc++) {
			int r = head_role(ts->words, t, cells[h + nc]);
			if (r < 0 || r == COL_LABEL)
				break;
			tb.roles[nc] = (unsigned char)r;
			figures |= r == COL_VALUE || r == COL_GROWTH;
		}
		if (nc < 2 || !figures)
			continue;
		tb.ncols = (int)nc;
		tb.header_start = head.start;
		/* the title: from 表 (表1, 表一) in the words just before the
		 * head; the prose before it is prose */
		a = head.start;
		for (size_t p = head.start; p-- > cells[h].start && head.start - p <= 90;)
			if (db_starts(t + p, head.start - p, "表")) {
				a = p;
				break;
			}
		tb.start = a;
		tb.title_start = a;
		tb.title_end = head.start;
		/* 单位:亿元 in the words before the head ends the title */
		size_t u = unit_words(t, a, head.start, &tb.unit_start, &tb.unit_end);
		if (u)
			tb.title_end = u - 6;
		tb.first_cell = ts->ncells;
		cell_push(ts, head);
		for (size_t c = 1; c < nc; c++)
			cell_push(ts, cells[h + c]);
		size_t r = h + nc, end = cells[h + nc - 1].end;
		for (; r + nc <= n; r += nc) {
			span row[MAXCOLS];
			bool ok = !numeric_cell(t, cells[r]) && cells[r].end > cells[r].start &&
				  cells[r].end - cells[r].start <= 60, last = false;
			for (size_t c = 0; c < nc && ok; c++) {
				row[c] = cells[r + c];
				if (c == 0 || row[c].end == row[c].start || numeric_cell(t, row[c]) == false)
					continue;
				/* a number then words: the table ends in the prose */
				size_t q = row[c].start;
				while (q < row[c].end && t[q] != ' ')
					q++;
				if (q < row[c].end) {
					row[c].end = q;
					last = true;
				}
			}
			for (size_t c = 1; c < nc && ok; c++)
				ok = row[c].end == row[c].start || numeric_cell(t, row[c]) ||
				     db_starts(t + row[c].start, row[c].end - row[c].start, "—") ||
				     db_starts(t + row[c].start, row[c].end - row[c].start, "-");
			if (!ok)
				break;
			for (size_t c = 0; c < nc; c++)
				cell_push(ts, row[c]);
			tb.nrows++;
			end = row[nc - 1].end;
			if (last)
				break;
		}
		if (tb.nrows < 2) {
			ts->ncells = tb.first_cell;
			continue;
		}
		tb.end = end;
		tables_push(ts, &tb);
		return true;
	}
	return false;
}

/* A cell that names a year alone (2023年, 2024年度). */
static bool year_cell(const char *t, span c)
{
	char w[32];
	size_t n = squeeze(t, c.start, c.end, w, sizeof w);
	if (n < 7 || (strcmp(w + 4, "年") && strcmp(w + 4, "年度")))
		return false;
	for (int i = 0; i < 4; i++)
		if (w[i] < '0' || w[i] > '9')
			return false;
	return w[0] == '1' || w[0] == '2';
}

/* A header of two lines, years over the status of their columns:
 *   指标 | 单位 | 2023年 | 2024年
 *   预期目标 | 执行情况 | 预期目标
 * (a table's merged cells flattened): the columns are the statuses, each
 * under the year of its group; a group ends where its status comes again.
 * The years must be the last cells of the first line, the second line
 * status words only, and the groups as many as the years. Returns the
 * cells of the joined header (0: not such a header). */
static size_t grouped_header(const char *t, const line *lines, size_t nl, size_t i,
			     span *cells, size_t n, unsigned char *roles, db_table *tb)
{
	span two[MAXCOLS], years[MAXCOLS];
	size_t ny = 0, lead = 0, m;
	if (i + 1 >= nl)
		return 0;
	while (lead < n && !year_cell(t, cells[lead]) && cells[lead].end > cells[lead].start)
		lead++;
	for (size_t c = lead; c < n; c++) {
		if (cells[c].end == cells[c].start)
			continue; /* (the merged cell's blanks) */
		if (!year_cell(t, cells[c]))
			return 0;
		years[ny++] = cells[c];
	}
	if (!ny || lead < 1)
		return 0;
	m = split_cells(t, lines[i + 1].start, lines[i + 1].end, two);
	size_t s0 = 0;
	while (s0 < m && two[s0].end == two[s0].start)
		s0++; /* | | 预期目标 | …: the label's and unit's merged cells */
	if (m - s0 < ny || lead + (m - s0) > MAXCOLS)
		return 0;
	size_t group = 0;
	int seen = 0;
	for (size_t c = s0; c < m; c++) {
		int st = column_status(t, two[c].start, two[c].end);
		if (st < 0 || numeric_cell(t, two[c]))
			return 0;
		if (seen & (1 << st)) {
			group++;
			seen = 0;
		}
		seen |= 1 << st;
		if (group >= ny)
			return 0;
		cells[lead + c - s0] = two[c];
		roles[lead + c - s0] = COL_VALUE;
		tb->years[lead + c - s0][0] = years[group].start;
		tb->years[lead + c - s0][1] = years[group].end;
	}
	return group + 1 == ny ? lead + m - s0 : 0;
}

/* 序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩 | | over 绝对值 |
 * 增速(%): a status's head (a merged cell flattened) followed by an empty
 * head, the next line naming the two columns under it, a value and a
 * growth, and nothing else. The two columns take the status's head (its
 * status and year) and those roles. */
static bool status_pair(const db_words *ws, const char *t, const line *lines, size_t nl,
			size_t i, span *cells, size_t n, unsigned char *roles)
{
	span two[MAXCOLS];
	if (i + 1 >= nl || sentence_like(t, lines[i + 1]))
		return false;
	size_t m = split_cells(t, lines[i + 1].start, lines[i + 1].end, two);
	if (m < 2 || head_role(ws, t, two[0]) != COL_VALUE || head_role(ws, t, two[1]) != COL_GROWTH ||
	    column_status(t, two[0].start, two[0].end) >= 0 ||
	    column_status(t, two[1].start, two[1].end) >= 0)
		return false;
	for (size_t c = 2; c < m; c++)
		if (two[c].end > two[c].start)
			return false;
	for (size_t k = 1; k + 1 < n; k++)
		if (roles[k] == COL_VALUE && column_status(t, cells[k].start, cells[k].end) >= 0 &&
		    cells[k + 1].end == cells[k + 1].start) {
			roles[k + 1] = COL_GROWTH;
			cells[k + 1] = cells[k];
			return true;
		}
	return false;
}

void db_tables_find(const db_words *w, const char *t, size_t len, db_tables *ts)
{
	line *lines = NULL;
	size_t nl = 0, cap = 0;

	ts->words = w;
	for (size_t pos = 0; pos < len;) {
		line l;
		pos = next_line(t, len, pos, &l);
		if (bar_only(t, l))
			continue; /* 指 标\n|\n绝对数\n|…: cells one per line with bars between */
		if (nl == cap) {
			cap = cap ? cap * 2 : 256;
			lines = db_xrealloc(lines, cap * sizeof(line));
		}
		lines[nl++] = l;
		if (pos == len)
			break;
	}
	for (size_t i = 0; i < nl; i++) {
		span cells[MAXCOLS];
		db_table tb;
		size_t n;

		/* 主要产品产量\n2023年\n较上年增长(%) (or 绝对数\n比上年增长(%)):
		 * a header of one cell per line without the label column's */
		line il = lines[i]; /* (spaces before the cell do not separate) */
		trim(t, &il.start, &il.end);
		if (il.end - il.start <= 30 && unnamed_value_head(t, line_cell(t, lines[i])) &&
		    !cell_separated(t, il) && head_role(w, t, line_cell(t, lines[i])) == COL_VALUE) {
			memset(&tb, 0, sizeof tb);
			size_t last = cell_lines(t, lines, nl, i, true, ts, &tb);
			if (last != i) {
				i = last;
				continue;
			}
		}
		/* 计量单位\n数值\n累计同比(%): such a header that opens with the
		 * unit column's head */
		if (il.end - il.start >= 6 && il.end - il.start <= 12 &&
		    !memcmp(t + il.end - 6, "单位", 6) && !cell_separated(t, il) &&
		    head_role(w, t, line_cell(t, lines[i])) == COL_UNIT) {
			size_t q = i + 1;
			while (q < nl && blank(t, lines[q]))
				q++;
			if (q < nl && head_role(w, t, line_cell(t, lines[q])) == COL_VALUE) {
				memset(&tb, 0, sizeof tb);
				size_t last = cell_lines(t, lines, nl, i, true, ts, &tb);
				if (last != i) {
					i = last;
					continue;
				}
			}
		}
		/* 序号\n指标名称\n2024年目标\n完成情况: a header of one cell per
		 * line whose first cell numbers the rows */
		if (il.end - il.start <= 12 && serial_head(t, line_cell(t, lines[i]))) {
			memset(&tb, 0, sizeof tb);
			size_t last = cell_lines(t, lines, nl, i, false, ts, &tb);
			if (last != i) {
				i = last;
				continue;
			}
		}
		/* 表1 … 指标名称 | 增加值 | 同比增长% | 地区生产总值 | 90.39 | …:
		 * a table in one line with its prose */
		if (lines[i].end - lines[i].start > 120 &&
		    memchr(t + lines[i].start, '|', lines[i].end - lines[i].start) &&
		    inline_table(t, lines[i], ts))
			continue;
		/* cheap tests first: a header line is short, holds a label-column
		 * word, and more than one cell (or is one cell: 指标 alone opens a
		 * table of one cell per line) */
		if (lines[i].end - lines[i].start > 400 ||
		    (lines[i].end - lines[i].start > 30 && !cell_separated(t, lines[i]) &&
		     !head_first(w, t, lines[i])))
			continue;
		if ((!contains_any(t + lines[i].start, lines[i].end - lines[i].start,
				   w->lists[DB_W_TABLE_LABEL_HEADS].items,
				   w->lists[DB_W_TABLE_LABEL_HEADS].len) &&
		     !empty_head(t, lines[i])) ||
		    sentence_like(t, lines[i])) {
			/* 指  标, 品 名, 项 目 split by spaces */
			if ((!contains(t + lines[i].start, lines[i].end - lines[i].start, "指") &&
			     !contains(t + lines[i].start, lines[i].end - lines[i].start, "品") &&
			     !head_first(w, t, lines[i])) ||
			    sentence_like(t, lines[i]) || lines[i].end - lines[i].start > 400)
				continue;
		}
		memset(&tb, 0, sizeof tb);
		n = split_cells(t, lines[i].start, lines[i].end, cells);
		n = merge_split_heads(w, t, cells, n);
		size_t hl = 1; /* lines of the header */
		bool spaced = false;
		if (!(n >= 2 && header_roles(w, t, cells, n, tb.roles)))
			n = joined_header(w, t, lines, nl, i, cells, tb.roles, &hl);
		/* (指    标 绝对数 比上年增长(%): the one run of spaces that
		 * separates is inside the label column's head) */
		if (n < 2 && (!cell_separated(t, lines[i]) || head_first(w, t, lines[i]))) {
			/* 指标 完成数(万元) 比上年增长(%): single spaces */
			n = spaced_cells(t, lines[i].start, lines[i].end, false, cells);
			n = merge_split_heads(w, t, cells, n);
			spaced = n >= 2 && header_roles(w, t, cells, n, tb.roles);
			/* 指标名称 单 位 2023年 比上年 / 增长%: the last head runs on
			 * into a short line of one word and no figure (no row) when
			 * together they name another column than it alone (比上年
			 * holds 年, a value column's word) */
			unsigned char jr[MAXCOLS];
			if (n >= 2 && i + 1 < nl && !cell_separated(t, lines[i]) &&
			    run_on_head(t, lines[i + 1])) {
				int was = spaced ? tb.roles[n - 1] : -1;
				size_t last = cells[n - 1].end, s = lines[i + 1].start,
				       e = lines[i + 1].end;
				trim(t, &s, &e);
				cells[n - 1].end = e;
				if (header_roles(w, t, cells, n, jr) && jr[n - 1] != COL_SKIP &&
				    jr[n - 1] != was) {
					memcpy(tb.roles, jr, n);
					spaced = true;
					hl = 2;
				} else {
					cells[n - 1].end = last;
				}
			}
			if (!spaced)
				n = 0;
		}
		if (n >= 2 && hl == 1 && !spaced) {
			span gc[MAXCOLS];
			unsigned char gr[MAXCOLS];
			db_table gt = tb;
			memcpy(gc, cells, n * sizeof *gc);
			memcpy(gr, tb.roles, n);
			size_t gn = grouped_header(t, lines, nl, i, gc, n, gr, &gt);
			if (gn) {
				n = gn;
				memcpy(cells, gc, n * sizeof *gc);
				memcpy(tb.roles, gr, n);
				memcpy(tb.years, gt.years, sizeof tb.years);
				hl = 2;
			} else if (status_pair(w, t, lines, nl, i, cells, n, tb.roles)) {
				hl = 2;
			}
		}
		if (n >= 2) {
			/* one line per row */
			tb.ncols = (int)n;
			tb.one_per_line = false;
			tb.header_start = lines[i].start;
			title_above(t, lines, i, &tb);
			for (size_t c = 0; c < n; c++)
				cell_push(ts, cells[c]);
			tb.first_cell = ts->ncells - n;
			size_t last = line_rows(t, lines, nl, i + hl, n, spaced, ts, &tb);
			/* 品 名 | 播种面积 / (亩) | …: a header line of its own
			 * words that no row follows may run on into the next */
			span jc[MAXCOLS];
			unsigned char jr[MAXCOLS];
			size_t jn;
			if (!tb.nrows && hl == 1 && !spaced &&
			    (jn = joined_header(w, t, lines, nl, i, jc, jr, &hl)) >= 2) {
				ts->ncells = tb.first_cell;
				n = jn;
				tb.ncols = (int)n;
				memcpy(tb.roles, jr, n);
				for (size_t c = 0; c < n; c++)
					cell_push(ts, jc[c]);
				last = line_rows(t, lines, nl, i + hl, n, spaced, ts, &tb);
			}
			i = close_table(ts, &tb, lines, last ? last : i, i);
			continue;
		}
		i = cell_lines(t, lines, nl, i, false, ts, &tb);
	}
	free(lines);
}

void db_tables_release(db_tables *ts)
{
	free(ts->items);
	free(ts->cells);
	memset(ts, 0, sizeof(*ts));
}

/* ---- rows → records ----------------------------------------------------- */

/* A number cell: [sign] digits[,digits][.digits] then an optional % or unit
 * word. Returns false for an empty cell (—) or anything else. */
static bool cell_number(const char *t, span c, double *v, char *unit, size_t unitsz)
{
	char buf[64];
	size_t n = 0, p = c.start;
	bool neg = false, digits = false;

	for (size_t i = 0; i < NWORDS(empty_cells); i++)
		if (c.end - c.start == strlen(empty_cells[i]) &&
		    db_starts(t + c.start, c.end - c.start, empty_cells[i]))
			return false;
	if (p < c.end && (t[p] == '-' || t[p] == '+')) {
		neg = t[p] == '-';
		p++;
	} else if (db_starts(t + p, c.end - p, "−") || db_starts(t + p, c.end - p, "－")) {
		neg = true;
		p += 3;
	}
	for (; p < c.end && n + 1 < sizeof buf; p++) {
		if (t[p] >= '0' && t[p] <= '9') {
			buf[n++] = t[p];
			digits = true;
		} else if (t[p] == '.') {
			buf[n++] = '.';
		} else if (t[p] == ',' && digits) {
			continue;
		} else {
			break;
		}
	}
	buf[n] = '\0';
	if (!digits || n == sizeof buf - 1)
		return false;
	size_t ul = c.end - p;
	if (ul >= unitsz || memchr(t + p, ' ', ul))
		return false;
	memcpy(unit, t + p, ul);
	unit[ul] = '\0';
	if (!strcmp(unit, "％"))
		strcpy(unit, "%");
	*v = strtod(buf, NULL);
	if (neg)
		*v = -*v;
	return true;
}

/* The length of a note's mark ending the cell c ([2], (3), （3）, ［3］:
 * one or two digits in brackets), or 0. */
static size_t footnote_mark(const char *t, span c)
{
	static const char *const opens[] = { "[", "(", "（", "［" };
	static const char *const closes[] = { "]", ")", "）", "］" };
	for (size_t i = 0; i < NWORDS(opens); i++) {
		size_t lo = strlen(opens[i]), lc = strlen(closes[i]);
		for (size_t d = 1; d <= 2; d++) {
			size_t n = lo + d + lc;
			if (c.end - c.start <= n || !db_starts(t + c.end - lc, lc, closes[i]) ||
			    !db_starts(t + c.end - n, lo, opens[i]))
				continue;
			bool digits = true;
			for (size_t k = c.end - lc - d; k < c.end - lc; k++)
				digits &= t[k] >= '0' && t[k] <= '9';
			if (digits)
				return n;
		}
	}
	return 0;
}

/* The label cell without a lead word and a unit in parentheses
 * (城镇居民人均可支配收入（元）): label span and unit into unit. */
static span row_label(const char *t, span c, char *unit, size_t unitsz)
{
	unit[0] = '\0';
	/* 1.地区生产总值增长, 2、一般公共预算收入: the row's number */
	size_t d = c.start;
	while (d < c.end && d - c.start < 2 && t[d] >= '0' && t[d] <= '9')
		d++;
	if (d > c.start && d < c.end) {
		if (t[d] == '.' && d + 1 < c.end && !(t[d + 1] >= '0' && t[d + 1] <= '9'))
			c.start = d + 1;
		else if (db_starts(t + d, c.end - d, "、") || db_starts(t + d, c.end - d, "．"))
			c.start = d + 3;
	}
	for (bool again = true; again;) {
		again = false;
		for (size_t i = 0; i < NWORDS(row_leads); i++)
			if (db_starts(t + c.start, c.end - c.start, row_leads[i])) {
				c.start += strlen(row_leads[i]);
				again = true;
			}
		trim(t, &c.start, &c.end);
	}
	/* 第一产业[2], 第二产业(3): a note's mark, not a unit */
	size_t mark = footnote_mark(t, c);
	if (mark) {
		c.end -= mark;
		trim(t, &c.start, &c.end);
	}
	/* （亿元）, (亩), ﹙吨﹚ and mixed: (亩﹚ */
	size_t close = 0;
	if (c.end - c.start > 3 &&
	    (db_starts(t + c.end - 3, 3, "）") || db_starts(t + c.end - 3, 3, "﹚")))
		close = 3;
	else if (c.end > c.start && t[c.end - 1] == ')')
		close = 1;
	/* 地区生产总值增速(%: a page that lost the unit's closing bracket */
	if (!close)
		for (size_t p = c.end; p-- > c.start && c.end - p <= 10;) {
			bool o3 = p + 3 <= c.end && db_starts(t + p, 3, "（");
			if ((o3 || t[p] == '(') && p + (o3 ? 3 : 1) < c.end &&
			    !db_has_digit(t, p, c.end) && p > c.start && c.end - p < unitsz &&
			    !memchr(t + p, ')', c.end - p) && !contains(t + p, c.end - p, "）")) {
				size_t us = p + (o3 ? 3 : 1);
				memcpy(unit, t + us, c.end - us);
				unit[c.end - us] = '\0';
				c.end = p;
				trim(t, &c.start, &c.end);
				return c;
			}
		}
	if (close) {
		for (size_t p = c.end - close; p-- > c.start;) {
			bool o3 = p + 3 <= c.end &&
				  (db_starts(t + p, 3, "（") || db_starts(t + p, 3, "﹙"));
			bool o1 = t[p] == '(';
			if (o3 || o1) {
				size_t us = p + (o3 ? 3 : 1), ue = c.end - close;
				if (ue - us < unitsz) {
					memcpy(unit, t + us, ue - us);
					unit[ue - us] = '\0';
					c.end = p;
					trim(t, &c.start, &c.end);
				}
				break;
			}
		}
	}
	return c;
}

/* Line and column (1-based, in characters) of byte pos. */
/* Line and column (1-based, in characters) of byte pos, counted on from
 * where the last call left off when pos is further on: rows come in text
 * order, so the whole text is counted once. */
static void line_col(const char *t, size_t pos, db_tables *ts, int *line_no, int *col)
{
	if (pos < ts->at || !ts->at_line) {
		ts->at = 0;
		ts->at_line = ts->at_col = 1;
	}
	int ln = ts->at_line, c = ts->at_col;
	for (size_t i = ts->at; i < pos; i++) {
		if (t[i] == '\n') {
			ln++;
			c = 1;
		} else if (((unsigned char)t[i] & 0xC0) != 0x80 && t[i] != '\r') {
			c++;
		}
	}
	ts->at = pos;
	ts->at_line = *line_no = ln;
	ts->at_col = *col = c;
}

/* The period column col's header names (2022年, 1-4月累计), not the basis
 * of its rates (比上年增长: 上年 is no period). */
static bool header_period(const db_words *ws, const db_table *tb, int col, const char *t,
			  const db_date *date, db_period_use use, db_period_match *pm)
{
	size_t hs = tb->cells_of[2 * col], he = tb->cells_of[2 * col + 1];
	/* 预期目标 under 2023年 (a grouped header) */
	if (tb->years[col][1] > tb->years[col][0] && tb->roles[col] != COL_SKIP &&
	    db_period_next(t, tb->years[col][1], tb->years[col][0], date, use, pm) &&
	    pm->has_period)
		return true;
	return db_period_next(t, he, hs, date, use, pm) && pm->has_period &&
	       !(pm->start >= hs + 3 &&
		 (db_starts(t + pm->start - 3, 3, "比") || db_starts(t + pm->start - 3, 3, "较"))) &&
	       /* 上年=100: the base of an index, no period */
	       !(ws && db_index_base_at(ws, t, hs, he, pm->start, pm->end)) &&
	       /* 按2020年不变价格计算: a column of neither level nor growth */
	       tb->roles[col] != COL_SKIP;
}

/* The period of column col: its header's own (4月, 1-4月累计, 2022年),
 * else - when no other column of its kind (same columns in all, col
 * included) needs one - the title's, else
 * that of the document's first line; for a stock, the point at the
 * period's end. */
static bool table_period(const db_words *ws, const db_table *tb, int col, const char *t,
			 size_t len, const db_date *date, bool stock, int same, int cx_year,
			 db_period *out)
{
	db_period_match pm;
	db_period_use use = stock ? DB_PERIOD_FOR_STOCK : DB_PERIOD_FOR_FLOW;
	size_t first_end = 0;
	bool found = false;

	while (first_end < len && t[first_end] != '\n')
		first_end++;
	if (header_period(ws, tb, col, t, date, use, &pm))
		found = true;
	/* 2023年预计完成 | 增长(%): the growth of a plan's dated value column
	 * (not 2021年 | 2022年 | 增长: which year grew?) */
	else if (col > 0 && tb->roles[col] == COL_GROWTH && tb->roles[col - 1] == COL_VALUE &&
		 column_status(t, tb->cells_of[2 * (col - 1)], tb->cells_of[2 * (col - 1) + 1]) >= 0 &&
		 column_status(t, tb->cells_of[2 * col], tb->cells_of[2 * col + 1]) < 0 &&
		 header_period(ws, tb, col - 1, t, date, use, &pm))
		found = true;
	if (!found && same > 1)
		return false; /* 2021年 | 2022年: which one is undated? */
	if (!found && tb->title_end &&
	    db_period_next(t, tb->title_end, tb->title_start, date, use, &pm) && pm.has_period)
		found = true;
	/* 指标 | 2022年 | 增速(%): the one dated column dates the table;
	 * 2021年 | 2022年 | 增长: nothing says which year grew */
	if (!found) {
		int dated = 0;
		for (int c = 1; c < tb->ncols; c++) {
			db_period_match other;
			if (c != col && header_period(ws, tb, c, t, date, use, &other)) {
				pm = other;
				dated++;
			}
		}
		if (dated > 1)
			return false;
		found = dated == 1;
	}
	/* 预期目标 | 执行情况 under a plan report's review: its year; 预期目标
	 * under the plan for the next year: that year */
	if (!found && cx_year) {
		*out = db_period_year(cx_year); /* (a stock's year end too) */
		return true;
	}
	if (!found && first_end < tb->start &&
	    db_period_next(t, first_end, 0, date, use, &pm) && pm.has_period)
		found = true;
	if (!found)
		return false;
	*out = pm.period;
	if (contains_any(t + tb->cells_of[2 * col], tb->cells_of[2 * col + 1] - tb->cells_of[2 * col],
			 year_plan_heads, NWORDS(year_plan_heads)) &&
	    column_status(t, tb->cells_of[2 * col], tb->cells_of[2 * col + 1]) == DB_STATUS_TARGET)
		*out = db_period_year(out->end_year);
	if (stock && !(out->start_month == 1 && out->end_month == 12 &&
		       out->start_year == out->end_year))
		*out = db_period_month(out->end_year, out->end_month);
	return true;
}

/* A header unit (单位：亿元) fits a metric whose unit converts from it at a
 * scale of 万 or more on both sides (亿元 → 万元 metrics), or equals it;
 * never a per-person 元 metric in a table of 亿元. A quantity in its bare
 * unit (单位：吨, 人, 头) fits the metric that counts it in 万 (万吨): only
 * money mixes per-person rows with totals, so never 元. */
static bool header_unit_fits(const char *hu, const char *mu)
{
	char hb[32], mb[32];
	int he, me;
	if (!strcmp(hu, mu))
		return true;
	if (!db_unit_compatible(hu, mu))
		return false;
	db_unit_split(hu, hb, &he);
	db_unit_split(mu, mb, &me);
	if (he == 0 && me >= 4 && !strstr(hb, "元"))
		return true;
	return he >= 4 && me >= 4;
}

/* Columns of the role, noun and status of column col (col included):
 * 预期目标 | 执行情况 are two kinds, each dated by the title. */
static int columns_like(const db_table *tb, char (*noun)[32], const int *status, int col)
{
	int n = 0;
	for (int c = 1; c < tb->ncols; c++)
		n += tb->roles[c] == tb->roles[col] && !strcmp(noun[c], noun[col]) &&
		     status[c] == status[col];
	return n;
}

/* A cell's qualifier words (6左右, ≥8, 4以内) taken off the span. */
static db_qualifier cell_qualifier(const char *t, span *v)
{
	db_qualifier q = DB_QUAL_EXACT;
	trim(t, &v->start, &v->end);
	for (size_t i = 0; i < NWORDS(cell_quals_after); i++) {
		size_t k = strlen(cell_quals_after[i].word);
		if (v->end - v->start > k &&
		    db_starts(t + v->end - k, k, cell_quals_after[i].word)) {
			v->end -= k;
			q = cell_quals_after[i].q;
			break;
		}
	}
	for (size_t i = 0; i < NWORDS(cell_quals_before) && q == DB_QUAL_EXACT; i++)
		if (db_starts(t + v->start, v->end - v->start, cell_quals_before[i].word)) {
			v->start += strlen(cell_quals_before[i].word);
			q = cell_quals_before[i].q;
		}
	trim(t, &v->start, &v->end);
	return q;
}

/* The figures of a cell (up to max): a number cell is one, of its
 * column's role; a plan's cell in words (增长5%左右, 1234亿元,增长2.1%,
 * 56.7件(按上年人口测算)) gives each part between commas that is a number,
 * or a number after a word of growth (增长, 增速: a growth; 下降: a fall),
 * a note in brackets after it left out; a part of words alone (保持增长,
 * 高于上年) gives nothing. */
static size_t cell_parts(const char *t, span c, int role, span *parts, int *roles, int *signs,
			 size_t max)
{
	static const struct {
		const char *word;
		int sign;
	} leads[] = { { "增长", 1 }, { "增速", 1 }, { "增幅", 1 }, { "下降", -1 }, { "减少", -1 } };
	static const char *const seps[] = { "，", "、", "；", ";" };
	size_t n = 0, s;
	trim(t, &c.start, &c.end);
	if (!hanzi_cell(t, c)) { /* (a number alone: as written) */
		parts[0] = c;
		roles[0] = role;
		signs[0] = 1;
		return 1;
	}
	s = c.start;
	for (size_t p = c.start; p <= c.end && n < max;) {
		size_t k = 0;
		if (p < c.end && t[p] == ',' && !(p + 1 < c.end && t[p + 1] >= '0' && t[p + 1] <= '9'))
			k = 1;
		for (size_t i = 0; i < NWORDS(seps) && p < c.end && !k; i++)
			if (db_starts(t + p, c.end - p, seps[i]))
				k = strlen(seps[i]);
		if (p < c.end && !k) {
			p++;
			continue;
		}
		span v = { s, p };
		trim(t, &v.start, &v.end);
		int r = role, sg = 1;
		for (size_t i = 0; i < NWORDS(leads); i++)
			if (db_starts(t + v.start, v.end - v.start, leads[i].word)) {
				v.start += strlen(leads[i].word);
				r = COL_GROWTH;
				sg = leads[i].sign;
				break;
			}
		/* 56.7件(按上年人口测算): the note after the figure */
		for (size_t q = v.start; q < v.end; q++)
			if (t[q] == '(' || db_starts(t + q, v.end - q, "（")) {
				v.end = q;
				break;
			}
		trim(t, &v.start, &v.end);
		size_t f = v.start; /* (≥8, 约6) */
		for (size_t i = 0; i < NWORDS(cell_quals_before); i++)
			if (db_starts(t + f, v.end - f, cell_quals_before[i].word)) {
				f += strlen(cell_quals_before[i].word);
				break;
			}
		if (numeric_cell(t, (span){ f, v.end })) {
			parts[n] = v;
			roles[n] = r;
			signs[n++] = sg;
		}
		s = p + (k ? k : 1);
		p = s;
		if (!k)
			break;
	}
	return n;
}

/* 产量（吨） | 同比增减（%）: what value columns name, when their header is
 * a noun with a unit rather than a word of amounts (绝对数, 2023年); a growth
 * column is of the value column before it. Empty: the row names it all. */
static void column_nouns(const db_words *ws, const db_table *tb, const char *t,
			 const size_t *cells, char (*noun)[32])
{
	for (int c = 0; c < tb->ncols; c++) {
		span h = { cells[2 * c], cells[2 * c + 1] };
		char w[96], unit[32];
		noun[c][0] = '\0';
		if (c && tb->roles[c] == COL_GROWTH && tb->roles[c - 1] == COL_VALUE) {
			strcpy(noun[c], noun[c - 1]);
			continue;
		}
		if (tb->roles[c] != COL_VALUE)
			continue;
		size_t n = squeeze(t, h.start, h.end, w, sizeof w);
		if (contains_any(w, n, value_heads, NWORDS(value_heads)) ||
		    has_listed(ws, DB_W_TABLE_LEVEL_COLUMNS, w, n) ||
		    column_status(w, 0, n) >= 0)
			continue;
		span name = row_label(t, h, unit, sizeof unit);
		squeeze(t, name.start, name.end, noun[c], sizeof noun[c]);
	}
}

/* The metric of a row's name with a column's noun (稻谷 + 产量), or NULL. */
static const db_metric *noun_metric(const db_matcher *mt, const db_catalog *cat, const char *t,
				    span name, const char *noun)
{
	char w[128];
	size_t n = squeeze(t, name.start, name.end, w, sizeof w), k = strlen(noun);
	if (n + k + 1 > sizeof w)
		return NULL;
	memcpy(w + n, noun, k + 1);
	size_t mi = db_matcher_lookup(mt, w, n + k);
	return mi < cat->len ? &cat->items[mi] : NULL;
}

static db_record *row_record(db_records *rs, const db_metric *m, const char *label,
			     db_measure measure, const char *raw, bool has_period,
			     const db_period *p, db_status status, const db_source *src)
{
	db_record *r = db_records_add(rs);
	r->entity = rs->doc.entity;
	r->level = rs->doc.level;
	r->metric = m ? m->id : NULL;
	r->label = label;
	r->measure = measure;
	r->has_value = true;
	r->qualifier = DB_QUAL_EXACT;
	r->raw = raw;
	r->has_period = has_period;
	if (has_period)
		r->period = *p;
	r->status = status;
	r->source = *src;
	return r;
}

/* A cell read but left unkeyed (an amount of a row the catalog lacks, a
 * category's index, a currency that does not convert) kept aside for
 * extract --unkeyed: value and unit as written, no metric. A cell of no
 * unit stays out (a count of what, a code?). */
static void aside_cell(db_tables *ts, db_records *rs, const char *label, const char *raw,
		       double x, db_qualifier q, const char *unit, bool has_p, const db_period *p,
		       db_status status, const db_source *src)
{
	if (!ts->aside || !unit[0])
		return;
	db_record *r = row_record(rs, NULL, label, DB_MEASURE_LEVEL, raw, has_p, p, status, src);
	r->value = x;
	r->qualifier = q;
	r->unit = db_arena_strdup(&rs->arena, unit);
	db_aside_keep(ts->aside, r);
	rs->len--;
}

void db_table_emit(const db_table *tb_in, db_tables *ts, const char *t, size_t len,
		   const db_matcher *mt, const db_catalog *cat, db_records *rs)
{
	db_table tbv = *tb_in;
	db_table *tb = &tbv;
	const size_t *cells = ts->cells + 2 * tb->first_cell;
	char hunit[32] = "";
	const char *basis = "yoy";
	bool target = false;

	tb->cells_of = cells;
	if (tb->unit_end > tb->unit_start && tb->unit_end - tb->unit_start < sizeof hunit) {
		memcpy(hunit, t + tb->unit_start, tb->unit_end - tb->unit_start);
		hunit[tb->unit_end - tb->unit_start] = '\0';
	}
	if (tb->title_end)
		target = contains_any(t + tb->title_start, tb->title_end - tb->title_start,
				      target_titles, NWORDS(target_titles)) &&
			 !contains_any(t + tb->title_start, tb->title_end - tb->title_start,
				       done_titles, NWORDS(done_titles));
	int status[NWORDS(tb->roles)];
	for (int c = 0; c < tb->ncols && c < (int)NWORDS(tb->roles); c++) {
		status[c] = tb->roles[c] == COL_VALUE || tb->roles[c] == COL_GROWTH
				    ? column_status(t, cells[2 * c], cells[2 * c + 1])
				    : -1;
		/* 2023年完成 | 增长(%): a growth column of a plan's value column
		 * is of its status (and year) */
		if (status[c] < 0 && c > 0 && tb->roles[c] == COL_GROWTH &&
		    tb->roles[c - 1] == COL_VALUE &&
		    column_status(t, cells[2 * (c - 1)], cells[2 * (c - 1) + 1]) >= 0)
			status[c] = status[c - 1];
		if (status[c] < 0)
			status[c] = target || ts->cx_mode == DB_CONTEXT_PLAN ? DB_STATUS_TARGET
									     : DB_STATUS_ACTUAL;
	}
	for (int c = 0; c < tb->ncols; c++) {
		if (tb->roles[c] != COL_GROWTH)
			continue;
		for (size_t i = 0; i < NWORDS(basis_heads); i++)
			if (contains(t + cells[2 * c], cells[2 * c + 1] - cells[2 * c], basis_heads[i].word))
				basis = basis_heads[i].basis;
	}
	/* 绝对数(亿元): a value column's header may name its unit */
	char colunit[NWORDS(tb->roles)][32];
	for (int c = 0; c < tb->ncols && c < (int)NWORDS(tb->roles); c++) {
		colunit[c][0] = '\0';
		if (tb->roles[c] == COL_VALUE)
			row_label(t, (span){ cells[2 * c], cells[2 * c + 1] }, colunit[c],
				  sizeof colunit[c]);
	}
	/* the year the context gives an undated column: the review's, or the
	 * plan's for a column of targets */
	int cx_year[NWORDS(tb->roles)];
	for (int c = 0; c < tb->ncols && c < (int)NWORDS(tb->roles); c++)
		cx_year[c] = ts->cx_mode == DB_CONTEXT_REVIEW ||
					     (ts->cx_mode == DB_CONTEXT_PLAN &&
					      status[c] == DB_STATUS_TARGET)
				     ? ts->cx_year
				     : 0;
	char noun[NWORDS(tb->roles)][32];
	column_nouns(ts->words, tb, t, cells, noun);
	bool index_col[NWORDS(tb->roles)];
	for (int c = 0; c < tb->ncols && c < (int)NWORDS(tb->roles); c++) {
		char w[96];
		size_t n = squeeze(t, cells[2 * c], cells[2 * c + 1], w, sizeof w);
		index_col[c] = tb->roles[c] == COL_VALUE &&
			       (contains(w, n, "指数") || has_listed(ts->words, DB_W_INDEX_BASES, w, n));
	}
	int lc = 0; /* the label column (1 after 序号) */
	while (lc + 1 < tb->ncols && tb->roles[lc] != COL_LABEL)
		lc++;
	bool va_table = tb->title_end && contains_any(t + tb->title_start,
						      tb->title_end - tb->title_start, va_words,
						      NWORDS(va_words));
	/* a title that names what the rows are of, other than value added */
	static const char *const other_titles[] = { "投资", "用电", "营业收入", "利润", "进出口",
						     "从业人员", "工资" };
	bool other_table = !va_table && tb->title_end &&
			   contains_any(t + tb->title_start, tb->title_end - tb->title_start,
					other_titles, NWORDS(other_titles));
	for (size_t r = 0; r < tb->nrows && !va_table; r++) {
		const size_t *rc = cells + 2 * (size_t)tb->ncols * (r + 1);
		char lunit[32], sq[128];
		span name = row_label(t, (span){ rc[2 * lc], rc[2 * lc + 1] }, lunit, sizeof lunit);
		size_t mi = db_matcher_lookup(mt, sq, squeeze(t, name.start, name.end, sq, sizeof sq));
		va_table = mi != (size_t)-1 && !strcmp(cat->items[mi].id, "gdp");
	}
	/* 比重(%): the column of each row's share of the rows above it */
	int share_col = -1;
	for (int c = 1; c < tb->ncols; c++) {
		char w[96];
		size_t n = squeeze(t, cells[2 * c], cells[2 * c + 1], w, sizeof w);
		if (tb->roles[c] == COL_SKIP && contains(w, n, "比重"))
			share_col = c;
	}
	bool under_resident = false; /* rows after 常住人口's (其中：城镇, 乡村) */
	for (size_t r = 0; r < tb->nrows; r++) {
		const size_t *rc = cells + 2 * (size_t)tb->ncols * (r + 1);
		span lab = { rc[2 * lc], rc[2 * lc + 1] };
		char lunit[32], unit[32] = "", cu[32], sq[128];
		span name = row_label(t, lab, lunit, sizeof lunit);
		const db_metric *m = NULL;
		/* 工  业, 粮 食: a name spaced out to the column's width */
		size_t sqn = squeeze(t, name.start, name.end, sq, sizeof sq);
		size_t mi = db_matcher_lookup(mt, sq, sqn);
		/* 地区生产总值增长 | % | 6.5: the rate of the metric named */
		int rate_row = 0;
		for (size_t i = 0; i < NWORDS(growth_rows) && mi == (size_t)-1; i++) {
			size_t k = strlen(growth_rows[i].word);
			if (sqn > k && !strcmp(sq + sqn - k, growth_rows[i].word)) {
				size_t gi = db_matcher_lookup(mt, sq, sqn - k);
				if (gi < cat->len && strcmp(cat->items[gi].unit, "%")) {
					mi = gi;
					rate_row = growth_rows[i].sign;
				}
				break;
			}
		}
		for (size_t i = 0; i < db_nindustry_rows; i++)
			if (!strcmp(sq, db_industry_rows[i].row))
				/* 表4 各行业固定资产投资增长速度: an industry's row in a
				 * table of something else (投资) is not its value added */
				mi = va_table ? db_catalog_index(cat, db_industry_rows[i].metric)
					      : other_table ? (size_t)-1
							    : mi;
		/* 金融保险业: another name of an industry (words.json
		 * industry_rows), whose value added the catalog names with 增加值 */
		if (is_listed(ts->words, DB_W_INDUSTRY_ROWS, sq, sqn)) {
			size_t vi = (size_t)-1;
			if (sqn + 10 <= sizeof sq) {
				memcpy(sq + sqn, "增加值", 10);
				vi = db_matcher_lookup(mt, sq, sqn + 9);
				sq[sqn] = '\0';
			}
			mi = va_table && vi < cat->len ? vi : other_table ? (size_t)-1 : mi;
		}
		if (mi >= cat->len)
			mi = (size_t)-1;
		db_source src;
		db_period p;
		bool has_p;

		if (name.end <= name.start)
			continue;
		if (mi != (size_t)-1)
			m = &cat->items[mi];
		for (size_t k = name.start; k < name.end; k++)
			if ((t[k] >= '0' && t[k] <= '9') || t[k] == '*')
				goto next_row; /* 5G基站, **: not a clean name */
		/* (one cell per line: the row's name, not its number's line) */
		src.offset = tb->one_per_line ? rc[2 * lc] : rc[0];
		src.page = 0;
		line_col(t, src.offset, ts, &src.line, &src.column);
		if (tb->one_per_line) {
			db_buf b = DB_BUF_INIT;
			for (int c = 0; c < tb->ncols; c++) {
				if (c)
					db_buf_puts(&b, " | ");
				db_buf_add(&b, t + rc[2 * c], rc[2 * c + 1] - rc[2 * c]);
			}
			src.text = db_arena_strdup(&rs->arena, db_buf_cstr(&b));
			db_buf_release(&b);
		} else {
			size_t s = rc[0], e = rc[2 * (tb->ncols - 1) + 1];
			src.text = db_clause_text(&rs->arena, t, s, e);
		}
		strcpy(unit, lunit);
		for (int c = 1; c < tb->ncols; c++) {
			span uc = { rc[2 * c], rc[2 * c + 1] };
			/* ((亿元): a unit cell in brackets) */
			size_t n = uc.end - uc.start, o = 0, k = 0;
			if (n >= 2 && t[uc.start] == '(' && t[uc.end - 1] == ')')
				o = k = 1;
			else if (n >= 6 && db_starts(t + uc.start, n, "（") &&
				 db_starts(t + uc.end - 3, 3, "）"))
				o = k = 3;
			uc.start += o;
			uc.end -= k;
			if (tb->roles[c] == COL_UNIT && uc.end > uc.start && uc.end - uc.start < sizeof unit) {
				memcpy(unit, t + uc.start, uc.end - uc.start);
				unit[uc.end - uc.start] = '\0';
			}
		}
		if (!strcmp(unit, "％"))
			strcpy(unit, "%");
		/* 规模以上工业增加值 | % | 10 | 9.1: a metric of amounts whose row
		 * is counted in % is its growth, as 规模以上工业增加值增速 is (and
		 * a column of growth rates still gives its growth) */
		bool pct_row = !rate_row && m && !strcmp(unit, "%") && strcmp(m->unit, "%") &&
			       !strstr(m->unit, "=100");
		if (pct_row)
			rate_row = 1;
		const char *row_name = db_clause_text(&rs->arena, t, name.start, name.end);
		const char *row_said = row_name;
		/* 粮食(吨) | 376207: a product counted by weight is its output;
		 * the weight may be its amounts' column's (粮食 | 54300 under
		 * 绝对数(吨)) */
		const db_wordlist *wn = ts->words ? &ts->words->lists[DB_W_TABLE_WEIGHT_NOUNS] : NULL;
		const char *wu = unit;
		for (int c = 1; !wu[0] && c < tb->ncols && c < (int)NWORDS(tb->roles); c++)
			if (tb->roles[c] == COL_VALUE)
				wu = colunit[c];
		for (size_t i = 0; !m && wn && wu[0] && db_unit_compatible(wu, "万吨") && i < wn->len;
		     i++)
			if ((m = noun_metric(mt, cat, t, name, wn->items[i])))
				row_said = db_arena_printf(&rs->arena, "%s%s", row_name, wn->items[i]);
		/* 粮食 | 万亩 | 52.4: a crop counted in an area is its sown area */
		const db_wordlist *an = ts->words ? &ts->words->lists[DB_W_TABLE_AREA_NOUNS] : NULL;
		for (size_t i = 0; !m && an && wu[0] && db_unit_compatible(wu, "万亩") && i < an->len;
		     i++)
			if ((m = noun_metric(mt, cat, t, name, an->items[i])))
				row_said = db_arena_printf(&rs->arena, "%s%s", row_name, an->items[i]);
		/* 常住人口 | 58.2 | 100.0, 其中：城镇 | 25.1 | 43.15 under
		 * 比重(%): the towns' share of the residents is the
		 * urbanization rate (not so of 户籍人口's towns) */
		if (m)
			under_resident = !strcmp(m->id, "population");
		else if (under_resident && share_col > 0 &&
			 (!strcmp(sq, "城镇") || !strcmp(sq, "城镇人口") || !strcmp(sq, "城镇常住人口"))) {
			const db_metric *um = NULL;
			size_t ui = db_catalog_index(cat, "urbanization_rate");
			span v = { rc[2 * share_col], rc[2 * share_col + 1] };
			double x;
			if (ui < cat->len)
				um = &cat->items[ui];
			if (um && cell_number(t, v, &x, cu, sizeof cu) && (!cu[0] || !strcmp(cu, "%")) &&
			    x > 0 && x < 100) {
				has_p = table_period(ts->words, tb, share_col, t, len, &rs->doc.date, true, 1,
						     cx_year[share_col], &p);
				db_record *rec = row_record(
					rs, um, db_arena_printf(&rs->arena, "%s比重", row_name), DB_MEASURE_LEVEL,
					db_clause_text(&rs->arena, t, v.start, v.end), has_p, &p,
					(db_status)status[share_col], &src);
				rec->value = x;
				rec->unit = "%";
			}
		}
		const db_metric *row_m = m;
		for (int c = 1; c < tb->ncols; c++) {
			if (tb->roles[c] != COL_VALUE && tb->roles[c] != COL_GROWTH)
				continue;
			span parts[4];
			int proles[4], signs[4];
			size_t np = cell_parts(t, (span){ rc[2 * c], rc[2 * c + 1] }, tb->roles[c], parts,
					       proles, signs, 4);
			for (size_t k = 0; k < np; k++) {
				span v = parts[k];
				int role = proles[k];
				double x, y;
				const char *label = row_said;
				db_qualifier q = cell_qualifier(t, &v);
				if (!cell_number(t, v, &x, cu, sizeof cu))
					continue;
				x *= signs[k];
				if (rate_row && !(pct_row && role == COL_GROWTH)) {
					/* a rate in %, in a column of amounts (the growth of a
					 * growth is none) */
					if (role != COL_VALUE ||
					    strcmp(cu[0] ? cu : unit[0] ? unit : colunit[c], "%"))
						continue;
					int same = columns_like(tb, noun, status, c);
					has_p = table_period(ts->words, tb, c, t, len, &rs->doc.date,
							     row_m->stock, same, cx_year[c], &p);
					if (!has_p && same > 1)
						continue;
					db_record *rec = row_record(rs, row_m, row_said, DB_MEASURE_GROWTH,
								    db_clause_text(&rs->arena, t, v.start, v.end),
								    has_p, &p, (db_status)status[c], &src);
					rec->value = rate_row * x;
					rec->unit = "%";
					rec->basis = basis;
					rec->qualifier = q;
					continue;
				}
				m = row_m;
				/* 稻谷 | … | 产量（吨）: 稻谷产量; but 肉类总产量(吨) names
				 * itself and its unit */
				if (noun[c][0] && !lunit[0]) {
					m = noun_metric(mt, cat, t, name, noun[c]);
					label = db_arena_printf(&rs->arena, "%s%s", row_name, noun[c]);
					/* 发电量 | 亿千瓦时 | … under 产量: a row that names an
					 * amount of its own (…量) is its metric */
					size_t rn = strlen(row_name), nn = strlen(noun[c]);
					if (!m && row_m && rn > 3 && nn > 3 &&
					    !strcmp(row_name + rn - 3, "量") && !strcmp(noun[c] + nn - 3, "量")) {
						m = row_m;
						label = row_name;
					}
				}
				int same = columns_like(tb, noun, status, c);
				has_p = table_period(ts->words, tb, c, t, len, &rs->doc.date, m && m->stock, same,
						     cx_year[c], &p);
				if (!has_p && same > 1)
					continue;
				const char *raw = db_clause_text(&rs->arena, t, v.start, v.end);
				/* 2021年预期目标(增速) | 300亿元: a target column of rates
				 * may set a row's target as an amount */
				if (role == COL_GROWTH && cu[0] && strcmp(cu, "%") &&
				    column_status(t, cells[2 * c], cells[2 * c + 1]) == DB_STATUS_TARGET)
					role = COL_VALUE;
				if (role == COL_GROWTH) {
					/* the growth of a rate is points or percent: unsure */
					if (m && !strcmp(m->unit, "%"))
						continue;
					if (cu[0] && strcmp(cu, "%"))
						continue;
					db_record *rec = row_record(rs, m, label, DB_MEASURE_GROWTH, raw, has_p,
								    &p, (db_status)status[c], &src);
					rec->value = x;
					rec->qualifier = q;
					rec->unit = "%";
					rec->basis = basis;
					continue;
				}
				const char *from = cu[0] ? cu : unit[0] ? unit : colunit[c];
				/* amounts of unknown things stay out, and (a column of
				 * indices: 上年=100, 指数) the categories' indices, not an
				 * index metric's row (总指数): aside */
				if (!m || (index_col[c] && !strstr(db_metric_unit(m, DB_MEASURE_LEVEL), "=100"))) {
					aside_cell(ts, rs, label, raw, x, q, from[0] ? from : hunit, has_p, &p,
						   (db_status)status[c], &src);
					continue;
				}
				const char *mu = db_metric_unit(m, DB_MEASURE_LEVEL);
				const char *out_unit = NULL;
				if (!from[0] && hunit[0] && header_unit_fits(hunit, mu))
					from = hunit;
				if (strstr(mu, "=100")) {
					/* an index: 100.6 in a column of 上年=100 or % */
					if ((from[0] && !strstr(from, "=100") && strcmp(from, "%")) || x < 50 || x > 200)
						continue;
					y = x;
					out_unit = mu;
				} else if (!from[0]) {
					continue;
				} else if (db_unit_convert(x, from, mu, &y) == 0) {
					out_unit = mu;
				} else {
					char fb[32], mb[32];
					int fe, me;
					db_unit_split(from, fb, &fe);
					db_unit_split(mu, mb, &me);
					if (!strstr(fb, "元") || strcmp(mb, "元")) {
						aside_cell(ts, rs, label, raw, x, q, from, has_p, &p,
							   (db_status)status[c], &src);
						continue;
					}
					/* 亿美元: a foreign currency is kept as written */
					y = x;
					out_unit = db_arena_strdup(&rs->arena, from);
				}
				db_record *rec = row_record(rs, m, label, DB_MEASURE_LEVEL,
							    cu[0] || !from[0] || strchr(from, '=') ? raw
									      : db_arena_printf(&rs->arena, "%s%s", raw,
												from),
							    has_p, &p,
							    (db_status)status[c], &src);
				rec->value = y;
				rec->qualifier = q;
				rec->unit = out_unit;
			}
		}
next_row:;
	}
}
