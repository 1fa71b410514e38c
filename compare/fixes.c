/* fixes.c - the corrections CSV (--overrides): an analyst sets, drops or
 * adds a figure without touching code or generated JSON.
 *
 *   entity,metric,measure,period,status,action,value,unit,note
 *   三门峡市,industrial_va,growth,2021,,set,10.8,%,统计局修订
 *
 * Columns are found by the header, in any order; measure defaults to level,
 * status to actual; unit, when given, is the value's unit (converted to the
 * table's; it also restricts set/drop to figures in a compatible unit). A
 * line that matches no figure is an error naming the line and, when it can,
 * what the analyst meant: the catalog id closest to a misspelt metric, the
 * place of the tables a short name begins (洛阳 → 洛阳市), the table's unit.
 * The file is UTF-8 (BOM or not) or, when it is not valid UTF-8, GB18030:
 * what Excel on Chinese Windows saves. A metric may be written as the
 * catalog's Chinese name or one of its aliases (社会消费品零售总额). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"
#include "core/decode.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/units.h"

enum { C_ENTITY, C_METRIC, C_MEASURE, C_PERIOD, C_STATUS, C_ACTION, C_VALUE, C_UNIT, C_NOTE, NCOLS };

static const char *const col_names[NCOLS] = {
	"entity", "metric", "measure", "period", "status", "action", "value", "unit", "note",
};

static int header(const cmp_csv *csv, int *col, const char *file, db_diag *d)
{
	for (int j = 0; j < NCOLS; j++)
		col[j] = -1;
	if (!csv->len)
		return db_error(d, file, 0, 0, "no header line (%s,…)", col_names[0]);
	for (size_t i = 0; i < csv->nfields[0]; i++) {
		const char *h = csv->rows[0][i];
		int j = 0;
		while (j < NCOLS && strcmp(h, col_names[j]))
			j++;
		if (j == NCOLS)
			return db_error(d, file, csv->lines[0], 0, "unknown column '%s'", h);
		if (col[j] >= 0)
			return db_error(d, file, csv->lines[0], 0,
					"column '%s' given twice (fields %d and %zu)", h, col[j] + 1, i + 1);
		col[j] = (int)i;
	}
	for (int j = 0; j <= C_ACTION; j++)
		if (j != C_MEASURE && j != C_STATUS && col[j] < 0)
			return db_error(d, file, csv->lines[0], 0, "no column '%s'", col_names[j]);
	return 0;
}

static const char *cell(const cmp_csv *csv, size_t row, const int *col, int which)
{
	const char *s;

	if (col[which] < 0 || (size_t)col[which] >= csv->nfields[row])
		return NULL;
	s = csv->rows[row][col[which]];
	return *s ? s : NULL;
}

/* A decimal number as an analyst writes one: an optional minus, digits, an
 * optional point and digits (no 0x10, 1e5, inf or spaces, which strtod
 * would take), with at most 17 significant digits, all a double holds.
 * Returns 0, or -1 with *why saying what is wrong. */
static int parse_value(const char *s, double *out, const char **why)
{
	const char *p = s + (*s == '-'), *first = NULL, *last = NULL;
	size_t digits = 0;
	bool point = false;

	*why = _("is not a decimal number (digits, an optional point and minus sign)");
	if (!*p || *p == '.')
		return -1;
	for (; *p; p++) {
		if (*p == '.' && !point && p[1]) {
			point = true;
			continue;
		}
		if (*p < '0' || *p > '9')
			return -1;
		if (*p != '0') {
			first = first ? first : p;
			last = p;
		}
	}
	/* significant digits: from the first nonzero one to the last */
	for (p = first; p && p <= last; p++)
		digits += *p != '.';
	*why = _("has more digits than a number holds (17 significant)");
	if (digits > 17)
		return -1;
	errno = 0;
	*out = strtod(s, NULL);
	*why = _("is too large");
	return errno == ERANGE || !isfinite(*out) ? -1 : 0;
}

/* One data line into f (strings borrowed from the CSV's arena, which the
 * context keeps). */
static int parse_fix(cmp_ctx *c, const cmp_csv *csv, size_t i, const int *col, cmp_fix *f,
		     db_diag *d)
{
	const char *s, *file = c->fixfile;
	int line = csv->lines[i];

	memset(f, 0, sizeof(*f));
	f->line = line;
	if (csv->nfields[i] > csv->nfields[0])
		return db_error(d, file, line, 0, "%zu fields, the header has %zu", csv->nfields[i],
				csv->nfields[0]);
	f->entity = cell(csv, i, col, C_ENTITY);
	f->metric = cell(csv, i, col, C_METRIC);
	f->unit = cell(csv, i, col, C_UNIT);
	f->note = cell(csv, i, col, C_NOTE);
	if (!f->entity || !f->metric)
		return db_error(d, file, line, 0, "a correction needs an entity and a metric");
	s = cell(csv, i, col, C_ACTION);
	if (!s || (strcmp(s, "set") && strcmp(s, "drop") && strcmp(s, "add")))
		return db_error(d, file, line, 0, "action '%s' is not set, drop or add",
				s ? s : "");
	f->action = !strcmp(s, "set") ? "set" : !strcmp(s, "drop") ? "drop" : "add";
	s = cell(csv, i, col, C_MEASURE);
	if (s && db_measure_parse(s, &f->measure) < 0)
		return db_error(d, file, line, 0, "unknown measure '%s'", s);
	s = cell(csv, i, col, C_STATUS);
	if (s && db_status_parse(s, &f->status) < 0)
		return db_error(d, file, line, 0, "unknown status '%s'", s);
	s = cell(csv, i, col, C_PERIOD);
	if (!s || db_period_parse(s, &f->period) < 0)
		return db_error(d, file, line, 0, "'%s' is not a period", s ? s : "");
	s = cell(csv, i, col, C_VALUE);
	if (strcmp(f->action, "drop")) {
		const char *why;
		if (!s)
			return db_error(d, file, line, 0, "%s needs a number", f->action);
		if (parse_value(s, &f->value, &why) < 0)
			return db_error(d, file, line, 0, "%s: value '%s' %s", f->action, s, why);
		f->has_value = true;
	}
	return 0;
}

/* The figure a set or add puts in: a record sourced from the CSV line. */
static const db_record *fix_record(cmp_ctx *c, const cmp_fix *f)
{
	db_record *r = db_arena_alloc(&c->arena, sizeof(*r));

	r->entity = f->entity;
	r->metric = f->metric;
	r->measure = f->measure;
	r->has_value = true;
	r->value = f->value;
	r->unit = f->unit;
	r->qualifier = DB_QUAL_EXACT;
	r->has_period = true;
	r->period = f->period;
	r->status = f->status;
	r->source.line = f->line;
	r->source.text = f->note;
	return r;
}

/* The file's bytes as UTF-8: as they are when they are UTF-8 (the BOM
 * goes with the CSV reader) or hold a NUL byte (the CSV reader names its
 * place), else read as GB18030. */
static int as_utf8(db_buf *text, const char *path, db_diag *d)
{
	db_buf conv = DB_BUF_INIT;
	const char *detected;

	if (db_utf8_invalid_at(db_buf_cstr(text), text->len) == text->len ||
	    memchr(db_buf_cstr(text), '\0', text->len))
		return 0;
	if (db_decode(db_buf_cstr(text), text->len, "gb18030", &conv, &detected, path, d) < 0) {
		size_t bad = db_utf8_invalid_at(db_buf_cstr(text), text->len);
		int line, col;
		db_buf_release(&conv);
		db_line_col(db_buf_cstr(text), text->len, bad, &line, &col);
		return db_error(d, path, line, col, "neither UTF-8 nor GB18030 (byte 0x%02X): save "
				"the file as UTF-8 text", (unsigned char)text->data[bad]);
	}
	db_buf_release(text);
	*text = conv;
	return 0;
}

int cmp_fixes_load(cmp_ctx *c, const char *path, db_diag *d)
{
	db_buf text = DB_BUF_INIT;
	cmp_csv *csv = db_arena_alloc(&c->arena, sizeof(*csv));
	const char *s;
	int col[NCOLS], rc = -1;

	c->fixfile = path;
	c->fixdoc.file = path;
	if (db_buf_read_file(&text, path) < 0) {
		db_error(d, path, 0, 0, "cannot read: %s", strerror(errno));
		goto done;
	}
	if (as_utf8(&text, path, d) < 0 ||
	    cmp_csv_parse(csv, db_buf_cstr(&text), text.len, path, d) < 0 ||
	    header(csv, col, path, d) < 0)
		goto done;
	c->fixes = db_xcalloc(csv->len, sizeof(*c->fixes));
	for (size_t i = 1; i < csv->len; i++) {
		cmp_fix *f = &c->fixes[c->nfixes];
		if (parse_fix(c, csv, i, col, f, d) < 0)
			goto done;
		/* Keep the strings past the CSV: the context's arena outlives it. */
		f->entity = db_arena_strdup(&c->arena, f->entity);
		/* A Chinese name or alias stands for its id; a word the catalog
		 * does not know stays, for the error to name. */
		s = c->cat ? db_catalog_resolve(c->cat, f->metric) : NULL;
		f->metric = db_arena_strdup(&c->arena, s ? s : f->metric);
		f->unit = cmp_dup(&c->arena, f->unit);
		f->note = cmp_dup(&c->arena, f->note);
		if (f->has_value)
			f->rec = fix_record(c, f);
		c->nfixes++;
	}
	rc = 0;
done:
	cmp_csv_release(csv);
	db_buf_release(&text);
	return rc;
}

static void note_fix(cmp_group *g, size_t fix)
{
	for (size_t i = 0; i < g->nfixes; i++)
		if (g->fixes[i] == fix)
			return;
	if (g->nfixes == g->capfixes) {
		g->capfixes = g->capfixes ? g->capfixes * 2 : 2;
		g->fixes = db_xrealloc(g->fixes, g->capfixes * sizeof(*g->fixes));
	}
	g->fixes[g->nfixes++] = fix;
}

static bool key_matches(const cmp_fix *f, const cmp_group *g)
{
	return !strcmp(f->metric, g->metric) && f->measure == g->measure &&
	       f->status == g->status && db_period_eq(&f->period, &g->period);
}

static bool unit_matches(const cmp_fix *f, const db_record *r)
{
	return !f->unit || !r->unit || db_unit_compatible(f->unit, r->unit);
}

/* set and drop: every live candidate of the entity under the fix's key.
 * *other is the unit of a figure that the key and entity match but the
 * unit does not (NULL when none). */
static size_t apply_set_drop(cmp_ctx *c, size_t fi, const char **other)
{
	const cmp_fix *f = &c->fixes[fi];
	bool drop = !strcmp(f->action, "drop");
	size_t hits = 0;

	*other = NULL;
	for (size_t i = 0; i < c->ngroups; i++) {
		cmp_group *g = &c->groups[i];
		size_t before = hits, n = g->ncands;
		if (!key_matches(f, g))
			continue;
		for (size_t j = 0; j < n; j++) {
			cmp_cand *k = &g->cands[j];
			if (k->kind == CAND_DROPPED || strcmp(k->rec->entity ? k->rec->entity : "",
							      f->entity))
				continue;
			if (!unit_matches(f, k->rec)) {
				*other = *other ? *other : k->rec->unit;
				continue;
			}
			k->kind = drop ? CAND_DROPPED
				       : k->kind == CAND_CORRECTION ? CAND_DROPPED : CAND_SUPERSEDED;
			hits++;
		}
		if (hits == before)
			continue;
		if (!drop)
			cmp_push_cand(g, f->rec, &c->fixdoc, CAND_CORRECTION, fi);
		note_fix(g, fi);
	}
	return hits;
}

/* The level the inputs give an entity, for a row that add creates. */
static const char *known_level(const cmp_ctx *c, const char *entity)
{
	for (size_t i = 0; i < c->ngroups; i++)
		for (size_t j = 0; j < c->groups[i].ncands; j++) {
			const db_record *r = c->groups[i].cands[j].rec;
			if (r->level && r->entity && !strcmp(r->entity, entity))
				return r->level;
		}
	return NULL;
}

/* A place of the tables named name, or whose name begins with it (洛阳 →
 * 洛阳市), into *alt; true when name itself is one. */
static bool known_entity(const cmp_ctx *c, const char *name, const char **alt)
{
	size_t n = strlen(name);

	*alt = NULL;
	for (size_t i = 0; i < c->ngroups; i++)
		for (size_t j = 0; j < c->groups[i].ncands; j++)
			if (db_place_candidate(c->groups[i].cands[j].rec->entity, name, n, alt))
				return true;
	return false;
}

/* The unit of the tables under the fix's key, when a unit was given and no
 * figure there is in a unit that converts to it: the catalog's (亿元 for a
 * figure stated in 万元), or a foreign one (亿美元) as stated. */
static const char *table_unit(const cmp_ctx *c, const cmp_fix *f)
{
	const char *unit = NULL;

	for (size_t i = 0; f->unit && i < c->ngroups; i++) {
		const cmp_group *g = &c->groups[i];
		const db_metric *m = c->cat ? db_catalog_find(c->cat, g->metric) : NULL;
		if (!key_matches(f, g))
			continue;
		for (size_t j = 0; j < g->ncands; j++) {
			const char *u = g->cands[j].rec->unit;
			if (!u)
				continue;
			if (db_unit_compatible(f->unit, u))
				return NULL;
			if (!unit)
				unit = !g->unit_base && m && db_metric_unit(m, g->measure)
					       ? db_metric_unit(m, g->measure) : u;
		}
	}
	return unit;
}

/* What the analyst may have meant by a set or drop that matches no figure,
 * into msg: " (…)" or "". The metric first (an unknown one matches nothing
 * anywhere), then the place, then the unit. */
static const char *hint(const cmp_ctx *c, const cmp_fix *f, char *msg, size_t size)
{
	const char *alt = NULL, *unit;

	*msg = '\0';
	if (c->cat && !db_catalog_find(c->cat, f->metric)) {
		alt = db_catalog_suggest(c->cat, f->metric);
		if (alt)
			snprintf(msg, size, _(" (%s is not a metric of the catalog; did you mean %s?)"),
				 f->metric, alt);
		else
			snprintf(msg, size, _(" (%s is not a metric of the catalog)"), f->metric);
		return msg;
	}
	if (!known_entity(c, f->entity, &alt) && alt) {
		snprintf(msg, size, _(" (%s is not a place of the tables; did you mean %s?)"),
			 f->entity, alt);
		return msg;
	}
	if ((unit = table_unit(c, f)))
		snprintf(msg, size, _(" (the tables give it in %s, not %s)"), unit, f->unit);
	return msg;
}

int cmp_fixes_apply(cmp_ctx *c, db_diag *d)
{
	for (size_t i = 0; i < c->nfixes; i++) {
		cmp_fix *f = &c->fixes[i];
		char tok[DB_PERIOD_TOKEN_MAX];
		if (!strcmp(f->action, "add")) {
			cmp_group *g;
			const char *alt;
			/* A new place, unless it is the short name of one the
			 * tables have: 洛阳 would be a row beside 洛阳市. */
			if (!known_entity(c, f->entity, &alt) && alt &&
			    db_place_short_of(alt, f->entity))
				return db_error(d, c->fixfile, f->line, 0,
						"add: %s is not a place of the tables; did you mean "
						"%s? (a new place takes its full name)",
						f->entity, alt);
			((db_record *)f->rec)->level = known_level(c, f->entity);
			g = cmp_add_record(c, f->rec, &c->fixdoc, CAND_CORRECTION, i);
			note_fix(g, i);
			for (size_t j = 0; j < g->ncands; j++) {
				const cmp_cand *k = &g->cands[j];
				if (k->kind == CAND_FIGURE && k->rec->has_value &&
				    !strcmp(k->rec->entity, f->entity))
					return db_error(d, c->fixfile, f->line, 0,
							"add: %s already has a figure for %s; "
							"use set",
							f->entity, f->metric);
			}
			f->used = true;
			continue;
		}
		const char *other;
		f->used = apply_set_drop(c, i, &other) > 0;
		if (!f->used) {
			char key[600], why[600];
			snprintf(key, sizeof key, "%s %s:%s:%s%s%s", f->entity, f->metric,
				 db_measure_name(f->measure), db_period_format(&f->period, tok),
				 f->status != DB_STATUS_ACTUAL ? ":" : "",
				 f->status != DB_STATUS_ACTUAL ? db_status_name(f->status) : "");
			if (other)
				return db_error(d, c->fixfile, f->line, 0,
						"%s: the unit differs: the correction is in %s, "
						"the figure of %s in %s", f->action, f->unit, key, other);
			return db_error(d, c->fixfile, f->line, 0, "%s matches no figure: %s%s",
					f->action, key, hint(c, f, why, sizeof why));
		}
	}
	return 0;
}
