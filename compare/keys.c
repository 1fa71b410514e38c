/* keys.c - table keys: the short form that names a table, and the --table
 * selectors that pick tables by it. */
#include <string.h>

#include "compare/internal.h"

static bool has_flag(const db_table *t, const char *flag)
{
	for (size_t i = 0; i < t->nflags; i++)
		if (!strcmp(t->flags[i], flag))
			return true;
	return false;
}

const char *db_table_short_key(const db_table *t, db_arena *a)
{
	char tok[DB_PERIOD_TOKEN_MAX] = "";
	db_buf b = DB_BUF_INIT;
	const char *key;

	if (t->has_period)
		db_period_format(&t->period, tok);
	db_buf_printf(&b, "%s:%s:%s", t->metric ? t->metric : "", db_measure_name(t->measure),
		      tok);
	if (t->status != DB_STATUS_ACTUAL)
		db_buf_printf(&b, ":%s", db_status_name(t->status));
	if (t->basis && strcmp(t->basis, "yoy"))
		db_buf_printf(&b, ":%s", t->basis);
	if (t->of)
		db_buf_printf(&b, "@of=%s", t->of);
	if (t->vs)
		db_buf_printf(&b, "@vs=%s", t->vs);
	if (t->note)
		db_buf_printf(&b, "@note=%s", t->note);
	if (t->unit && has_flag(t, "foreign_unit"))
		db_buf_printf(&b, "@unit=%s", t->unit);
	key = db_arena_strdup(a, db_buf_cstr(&b));
	db_buf_release(&b);
	return key;
}

bool cmp_in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s && !strcmp(s, list[i]))
			return true;
	return false;
}

/* The @name=value parts after the short form. */
static int parse_parts(char *p, cmp_sel *s, const char *key, db_diag *d)
{
	while (p) {
		char *next = strchr(p, '@'), *eq;
		if (next)
			*next++ = '\0';
		eq = strchr(p, '=');
		if (!eq || eq[1] == '\0')
			return db_error(d, NULL, 0, 0, "table key '%s': '@%s' is not name=value", key, p);
		*eq++ = '\0';
		if (!strcmp(p, "of"))
			s->of = eq;
		else if (!strcmp(p, "vs"))
			s->vs = eq;
		else if (!strcmp(p, "note"))
			s->note = eq;
		else if (!strcmp(p, "unit"))
			s->unit = eq;
		else
			return db_error(d, NULL, 0, 0, "table key '%s': unknown part '@%s'", key, p);
		p = next;
	}
	return 0;
}

static int parse_sel(const char *key, cmp_sel *s, db_arena *a, db_diag *d)
{
	char *copy = db_arena_strdup(a, key), *parts = strchr(copy, '@');
	char *f[3], *rest;

	memset(s, 0, sizeof(*s));
	if (parts)
		*parts++ = '\0';
	f[0] = copy;
	for (int i = 1; i < 3; i++) {
		f[i] = strchr(f[i - 1], ':');
		if (!f[i])
			return db_error(d, NULL, 0, 0,
					"table key '%s' is not metric:measure:period[:status][:basis]",
					key);
		*f[i]++ = '\0';
	}
	rest = strchr(f[2], ':');
	if (rest)
		*rest++ = '\0';
	if (!*f[0])
		return db_error(d, NULL, 0, 0, "table key '%s' has no metric", key);
	s->metric = f[0];
	if (db_measure_parse(f[1], &s->measure) < 0)
		return db_error(d, NULL, 0, 0, "table key '%s': unknown measure '%s'", key, f[1]);
	if (db_period_parse(f[2], &s->period) < 0)
		return db_error(d, NULL, 0, 0, "table key '%s': '%s' is not a period", key, f[2]);
	if (rest) {
		char *colon = strchr(rest, ':');
		if (colon)
			*colon = '\0';
		if (db_status_parse(rest, &s->status) == 0) {
			s->has_status = true;
			rest = colon ? colon + 1 : NULL;
		} else if (colon) {
			*colon = ':';
		}
	}
	if (rest && *rest)
		s->basis = rest;
	return parse_parts(parts, s, key, d);
}

int db_table_key_check(const char *key, db_diag *d)
{
	db_arena a = DB_ARENA_INIT;
	cmp_sel s;
	int rc = parse_sel(key, &s, &a, d);

	db_arena_release(&a);
	return rc;
}

int cmp_sels_parse(const char *const *keys, size_t n, cmp_sel **out, db_arena *a, db_diag *d)
{
	*out = db_xcalloc(n ? n : 1, sizeof(**out));
	for (size_t i = 0; i < n; i++)
		if (parse_sel(keys[i], &(*out)[i], a, d) < 0)
			return -1;
	return 0;
}

static bool sel_matches(const cmp_sel *s, const cmp_group *g)
{
	return !strcmp(s->metric, g->metric) && s->measure == g->measure &&
	       db_period_eq(&s->period, &g->period) &&
	       (s->has_status ? s->status : DB_STATUS_ACTUAL) == g->status &&
	       !cmp_strcmp_null(cmp_basis(s->measure, s->basis), g->basis) &&
	       (!s->of || !cmp_strcmp_null(s->of, g->of)) &&
	       (!s->vs || !cmp_strcmp_null(s->vs, g->vs)) &&
	       (!s->note || !cmp_strcmp_null(s->note, g->note)) &&
	       (!s->unit || !cmp_strcmp_null(s->unit, g->unit));
}

bool cmp_period_listed(const db_period *p, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		db_period q;
		if (db_period_parse(list[i], &q) == 0 && db_period_eq(p, &q))
			return true;
	}
	return false;
}

bool cmp_group_selected(const cmp_group *g, const db_compare_opts *o, const cmp_sel *sels,
			bool *matched)
{
	bool any = false;

	if (o->nmetrics && !cmp_in_list(g->metric, o->metrics, o->nmetrics))
		return false;
	if (o->nmeasures && !cmp_in_list(db_measure_name(g->measure), o->measures, o->nmeasures))
		return false;
	if (o->nstatuses && !cmp_in_list(db_status_name(g->status), o->statuses, o->nstatuses))
		return false;
	if (o->nperiods && !cmp_period_listed(&g->period, o->periods, o->nperiods))
		return false;
	if (!o->ntables)
		return true;
	for (size_t i = 0; i < o->ntables; i++)
		if (sel_matches(&sels[i], g)) {
			any = true;
			if (matched)
				matched[i] = true;
		}
	return any;
}
