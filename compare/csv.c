/* csv.c - RFC 4180 CSV: reading the corrections file (UTF-8 text only),
 * writing tables.
 * Written CSV is in a db_csv_style: by default it starts with a UTF-8 BOM
 * (Excel then reads the Chinese) and ends lines with CRLF; a field is quoted
 * when it holds a comma, a quote or a line break. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"
#include "core/i18n.h"
#include "core/numfmt.h"
#include "core/text.h"

#define BOM "\xEF\xBB\xBF"

static void push_field(db_buf *fields, db_buf *field, db_arena *a)
{
	char *s = db_arena_strndup(a, field->data ? field->data : "", field->len);

	db_buf_add(fields, &s, sizeof(s));
	db_buf_reset(field);
}

static void push_row(cmp_csv *csv, db_buf *fields, int line, size_t *cap)
{
	size_t n = fields->len / sizeof(char *);

	/* A line with one empty field is a blank line: skipped. */
	if (n == 1 && !**(char **)fields->data) {
		db_buf_reset(fields);
		return;
	}
	if (csv->len == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		csv->rows = db_xrealloc(csv->rows, *cap * sizeof(*csv->rows));
		csv->nfields = db_xrealloc(csv->nfields, *cap * sizeof(*csv->nfields));
		csv->lines = db_xrealloc(csv->lines, *cap * sizeof(*csv->lines));
	}
	csv->rows[csv->len] = db_arena_alloc(&csv->arena, fields->len);
	memcpy(csv->rows[csv->len], fields->data, fields->len);
	csv->nfields[csv->len] = n;
	csv->lines[csv->len++] = line;
	db_buf_reset(fields);
}

/* UTF-8 text, and nothing only binary data holds (NUL, other controls). */
static int check_text(const char *text, size_t len, const char *file, db_diag *d)
{
	size_t bad = db_utf8_invalid_at(text, len);
	unsigned cp = 0;
	int line, col;

	if (bad < len) {
		db_line_col(text, len, bad, &line, &col);
		return db_error(d, file, line, col, "invalid UTF-8 (byte 0x%02X): save the file as "
				"UTF-8 text", (unsigned char)text[bad]);
	}
	if ((bad = db_control_at(text, len, &cp)) < len) {
		db_line_col(text, len, bad, &line, &col);
		return db_error(d, file, line, col, "%s (U+%04X): not a text file",
				cp ? _("control character") : _("NUL byte"), cp);
	}
	return 0;
}

int cmp_csv_parse(cmp_csv *csv, const char *text, size_t len, const char *file, db_diag *d)
{
	db_buf field = DB_BUF_INIT, fields = DB_BUF_INIT;
	size_t i = 0, cap = 0;
	int line = 1, start = 1, rc = 0;
	bool quoted = false, was_quoted = false;

	memset(csv, 0, sizeof(*csv));
	if (len >= 3 && !memcmp(text, BOM, 3))
		i = 3;
	if (check_text(text, len, file, d) < 0)
		return -1;
	for (; i < len; i++) {
		char ch = text[i];
		if (quoted) {
			if (ch == '"' && i + 1 < len && text[i + 1] == '"') {
				db_buf_putc(&field, '"');
				i++;
			} else if (ch == '"') {
				quoted = false;
			} else {
				line += ch == '\n';
				db_buf_putc(&field, ch);
			}
		} else if (ch == '"' && field.len == 0 && !was_quoted) {
			quoted = was_quoted = true;
		} else if (ch == ',') {
			push_field(&fields, &field, &csv->arena);
			was_quoted = false;
		} else if (ch == '\n' || ch == '\r') {
			if (ch == '\r' && i + 1 < len && text[i + 1] == '\n')
				i++;
			push_field(&fields, &field, &csv->arena);
			push_row(csv, &fields, start, &cap);
			was_quoted = false;
			start = ++line;
		} else if (was_quoted) {
			rc = db_error(d, file, line, 0, "text after a closing quote");
			goto done;
		} else {
			db_buf_putc(&field, ch);
		}
	}
	if (quoted) {
		rc = db_error(d, file, start, 0, "quoted field not closed");
		goto done;
	}
	if (field.len || fields.len || was_quoted) {
		push_field(&fields, &field, &csv->arena);
		push_row(csv, &fields, start, &cap);
	}
done:
	db_buf_release(&field);
	db_buf_release(&fields);
	return rc;
}

void cmp_csv_release(cmp_csv *csv)
{
	free(csv->rows);
	free(csv->nfields);
	free(csv->lines);
	db_arena_release(&csv->arena);
	memset(csv, 0, sizeof(*csv));
}

static void put(db_buf *b, const char *s, bool last)
{
	db_buf_csv_field(b, s);
	if (!last)
		db_buf_putc(b, ',');
}

static void put_num(db_buf *b, bool has, double v)
{
	char num[DB_NUMFMT_MAX];

	put(b, has ? db_numfmt(v, num) : NULL, false);
}

/* 全省第1, 全省前3, 全省第一方阵, 全省第** — how the text says it. */
static void rank_text(db_buf *b, const db_rank *r)
{
	if (r->scope)
		db_buf_puts(b, r->scope);
	if (r->masked)
		db_buf_puts(b, "第**");
	else if (r->tier)
		db_buf_puts(b, r->tier);
	else if (r->qualifier == DB_QUAL_AT_MOST)
		db_buf_printf(b, "前%d", r->position);
	else
		db_buf_printf(b, "第%d", r->position);
}

static void put_row(db_buf *b, const db_csv_style *st, const db_table *t, const db_row *r)
{
	char tok[DB_PERIOD_TOKEN_MAX] = "", num[16];
	db_buf s = DB_BUF_INIT;

	put(b, t->key, false);
	put(b, t->metric, false);
	put(b, t->name, false);
	put(b, db_measure_name(t->measure), false);
	put(b, t->basis, false);
	put(b, t->has_period ? db_period_format(&t->period, tok) : NULL, false);
	put(b, db_status_name(t->status), false);
	put(b, t->unit, false);
	snprintf(num, sizeof(num), "%d", r->rank);
	put(b, r->rank ? num : NULL, false);
	put(b, r->entity, false);
	put(b, r->level, false);
	put_num(b, r->has_value, r->value);
	put_num(b, r->has_max, r->max);
	put(b, r->has_value ? db_qualifier_name(r->qualifier) : NULL, false);
	put(b, r->reason, false);
	for (size_t i = 0; i < r->nstated; i++) {
		if (i)
			db_buf_puts(&s, "; ");
		rank_text(&s, &r->stated_ranks[i]);
	}
	put(b, db_buf_cstr(&s), false);
	put(b, r->corrected ? "人工校正" : NULL, false);
	db_buf_reset(&s);
	for (size_t i = 0; i < r->nsources; i++) {
		if (i)
			db_buf_puts(&s, "; ");
		db_buf_printf(&s, "%s:%d", r->sources[i].file ? r->sources[i].file : "",
			      r->sources[i].line);
	}
	put(b, db_buf_cstr(&s), false);
	put(b, r->nsources ? r->sources[0].text : NULL, true);
	db_csv_eol(b, st);
	db_buf_release(&s);
}

static const char *const table_cols[][2] = {
	{ "key", "表键" },           { "metric", "指标代码" },   { "name", "指标" },
	{ "measure", "度量" },       { "basis", "基准" },        { "period", "期间" },
	{ "status", "状态" },        { "unit", "单位" },         { "rank", "排名" },
	{ "entity", "地区" },        { "level", "层级" },        { "value", "数值" },
	{ "max", "上限" },           { "qualifier", "限定" },    { "reason", "缺值原因" },
	{ "stated_ranks", "文中排名" }, { "corrected", "人工校正" }, { "sources", "来源" },
	{ "text", "原文" },
};

static const char *const coverage_cols[][2] = {
	{ "metric", "指标代码" }, { "name", "指标" },    { "measure", "度量" },
	{ "status", "状态" },     { "entity", "地区" },  { "level", "层级" },
	{ "periods", "期间" },    { "undated", "无期间" }, { "records", "记录数" },
};

/* The header line of cols (English and Chinese names side by side). */
static void header_of(db_buf *out, const db_csv_style *st, const char *const (*cols)[2],
		      size_t n)
{
	const char *en[32], *zh[32];

	for (size_t i = 0; i < n; i++) {
		en[i] = cols[i][0];
		zh[i] = cols[i][1];
	}
	db_csv_header(out, st, en, zh, n);
}

void db_tableset_write_csv(const db_tableset *ts, const db_csv_style *st, db_buf *out)
{
	header_of(out, st, table_cols, sizeof(table_cols) / sizeof(table_cols[0]));
	for (size_t i = 0; i < ts->len; i++)
		for (size_t j = 0; j < ts->items[i].nrows; j++)
			put_row(out, st, &ts->items[i], &ts->items[i].rows[j]);
}

void db_coverage_write_csv(const db_coverage *cv, const db_csv_style *st, db_buf *out)
{
	char num[32];

	header_of(out, st, coverage_cols, sizeof(coverage_cols) / sizeof(coverage_cols[0]));
	for (size_t i = 0; i < cv->len; i++) {
		const db_coverage_row *r = &cv->rows[i];
		db_buf s = DB_BUF_INIT;
		put(out, r->metric, false);
		put(out, r->name, false);
		put(out, db_measure_name(r->measure), false);
		put(out, db_status_name(r->status), false);
		put(out, r->entity, false);
		put(out, r->level, false);
		for (size_t j = 0; j < r->nperiods; j++) {
			char tok[DB_PERIOD_TOKEN_MAX];
			if (j)
				db_buf_putc(&s, ' ');
			db_buf_puts(&s, db_period_format(&r->periods[j], tok));
		}
		put(out, db_buf_cstr(&s), false);
		snprintf(num, sizeof(num), "%zu", r->undated);
		put(out, num, false);
		snprintf(num, sizeof(num), "%zu", r->records);
		put(out, num, true);
		db_csv_eol(out, st);
		db_buf_release(&s);
	}
}
