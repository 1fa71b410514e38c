/* source.c - the source of a record: the sentence or list item it was read
 * from, cut to a readable span around its figure, with its file offset,
 * line and column. */
#include <stdio.h>
#include <string.h>

#include "extract/walk.h"

/* source.text holds at most SOURCE_MAX bytes of the clause (the longest of
 * the real reports' is 150): a longer one is cut around the figure, at
 * character boundaries, with … where it is cut (docs/design.md, "Bounds"). */
enum { SOURCE_MAX = 300, SOURCE_BEFORE = 120 };

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

static size_t char_start(const char *t, size_t i, size_t lo)
{
	while (i > lo && ((unsigned char)t[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* Where the source of a figure at `at` in clause c begins, its end in *end
 * and whether it was cut (db_source_clause). */
static size_t source_span(const walk *w, const db_clause *c, size_t at, size_t *end,
			  bool *head, bool *tail)
{
	const char *t = w->text;
	size_t s = c->start, e = c->end;
	/* 其中:男性\n-\n-\n\n全旗实现地区生产总值125.48亿元: lines glued to
	 * the clause across a blank line (table cells, captions, a repeated
	 * title) are not the source of a figure after it */
	for (size_t i = c->start; i < at && i < c->end; i++) {
		if (t[i] != '\n')
			continue;
		size_t k = i + 1;
		while (k < at && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r'))
			k++;
		if (k >= at || t[k] != '\n')
			continue;
		while (k < at && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r' || t[k] == '\n'))
			k++;
		s = k;
	}
	*head = *tail = false;
	if (e - s > SOURCE_MAX) {
		size_t from = at > s + SOURCE_BEFORE ? at - SOURCE_BEFORE : s;
		if (from > e - SOURCE_MAX)
			from = e - SOURCE_MAX;
		from = char_start(t, from, s);
		size_t to = char_start(t, from + SOURCE_MAX, from);
		*head = from > s;
		*tail = to < e;
		s = from;
		e = to;
	}
	*end = e;
	return s;
}

size_t db_source_offset(const walk *w, const db_clause *c, size_t at)
{
	size_t e;
	bool head, tail;
	return source_span(w, c, at, &e, &head, &tail);
}

void db_source_clause(walk *w, db_record *r, const db_clause *c, size_t at)
{
	const char *t = w->text;
	size_t e;
	bool cut_head, cut_tail;
	size_t s = source_span(w, c, at, &e, &cut_head, &cut_tail);
	unsigned line = c->line, column = c->column;
	if (s != c->start) {
		size_t nl = c->start;
		for (size_t i = c->start; i < s; i++)
			if (t[i] == '\n') {
				line++;
				nl = i + 1;
			}
		if (nl != c->start)
			column = 1;
		for (size_t i = nl; i < s; i++)
			column += ((unsigned char)t[i] & 0xC0) != 0x80;
	}
	r->source.offset = s;
	r->source.line = line;
	r->source.column = column;
	if (w->src_text && w->src_start == s && w->src_end == e && w->src_head == cut_head &&
	    w->src_tail == cut_tail) {
		r->source.text = w->src_text;
		return;
	}
	const char *text = db_clause_text(&w->rs->arena, t, s, e);
	if (cut_head || cut_tail) {
		size_t n = strlen(text);
		char *out = db_arena_alloc(&w->rs->arena, n + 7);
		snprintf(out, n + 7, "%s%s%s", cut_head ? "…" : "", text, cut_tail ? "…" : "");
		text = out;
	}
	r->source.text = w->src_text = text;
	w->src_start = s;
	w->src_end = e;
	w->src_head = cut_head;
	w->src_tail = cut_tail;
}
