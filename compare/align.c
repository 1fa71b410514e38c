/* align.c - records → one group per table key, and db_compare, which runs
 * the passes of the stage (internal.h) over those groups. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"
#include "core/json_io.h"
#include "core/units.h"

const char *cmp_dup(db_arena *a, const char *s)
{
	return s ? db_arena_strdup(a, s) : NULL;
}

int cmp_strcmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

const char *cmp_basis(db_measure m, const char *basis)
{
	if (m != DB_MEASURE_GROWTH && m != DB_MEASURE_CHANGE_PP)
		return NULL;
	return basis ? basis : "yoy";
}

static uint64_t hash_str(const char *s);

void cmp_ctx_init(cmp_ctx *c, const db_catalog *cat)
{
	memset(c, 0, sizeof(*c));
	c->cat = cat;
	c->nmetric_slots = 64;
	while (cat && c->nmetric_slots < cat->len * 2)
		c->nmetric_slots *= 2;
	c->metric_slots = db_xcalloc(c->nmetric_slots, sizeof(*c->metric_slots));
	for (size_t i = 0; cat && i < cat->len; i++) {
		size_t s = (size_t)hash_str(cat->items[i].id) & (c->nmetric_slots - 1);
		while (c->metric_slots[s])
			s = (s + 1) & (c->nmetric_slots - 1);
		c->metric_slots[s] = i + 1;
	}
}

const db_metric *cmp_metric(const cmp_ctx *c, const char *id)
{
	size_t s;

	if (!id)
		return NULL;
	s = (size_t)hash_str(id) & (c->nmetric_slots - 1);
	for (; c->metric_slots[s]; s = (s + 1) & (c->nmetric_slots - 1)) {
		const db_metric *m = &c->cat->items[c->metric_slots[s] - 1];
		if (!strcmp(m->id, id))
			return m;
	}
	return NULL;
}

const char *cmp_intern(cmp_ctx *c, db_arena *a, const char *s)
{
	size_t h;

	if (!s)
		return NULL;
	if ((c->ninterned + 1) * 2 > c->nintern_slots) {
		size_t n = c->nintern_slots ? c->nintern_slots * 2 : 1024;
		const char **old = c->interned, **slots = db_xcalloc(n, sizeof(*slots));
		for (size_t i = 0; i < c->nintern_slots; i++) {
			if (!old[i])
				continue;
			h = (size_t)hash_str(old[i]) & (n - 1);
			while (slots[h])
				h = (h + 1) & (n - 1);
			slots[h] = old[i];
		}
		free(old);
		c->interned = slots;
		c->nintern_slots = n;
	}
	h = (size_t)hash_str(s) & (c->nintern_slots - 1);
	for (; c->interned[h]; h = (h + 1) & (c->nintern_slots - 1))
		if (!strcmp(c->interned[h], s))
			return c->interned[h];
	c->ninterned++;
	return c->interned[h] = db_arena_strdup(c->strings ? c->strings : a, s);
}

void cmp_ctx_release(cmp_ctx *c)
{
	for (size_t i = 0; i < c->ngroups; i++) {
		free(c->groups[i].cands);
		free(c->groups[i].fixes);
		free(c->groups[i].texts);
	}
	free(c->groups);
	free(c->slots);
	free(c->fixes);
	free(c->metric_slots);
	free(c->interned);
	free(c->units);
	db_arena_release(&c->arena);
	memset(c, 0, sizeof(*c));
}

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/* FNV-1a over the fields of a key, NULL distinct from "". */
static uint64_t mix_str(uint64_t h, const char *s)
{
	if (!s)
		return (h ^ 0x01) * 1099511628211ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return (h ^ 0x1f) * 1099511628211ull;
}

static uint64_t mix_int(uint64_t h, int v)
{
	return (h ^ (uint64_t)(unsigned)v) * 1099511628211ull;
}

/* The key of r (basis already defaulted, base the foreign unit base or
 * NULL), hashed field by field: no string is built per record. */
static uint64_t key_hash(const db_record *r, const char *basis, const char *base)
{
	uint64_t h = 1469598103934665603ull;

	h = mix_str(h, r->metric);
	h = mix_int(h, (int)r->measure);
	h = mix_str(h, basis);
	h = mix_str(h, r->of);
	h = mix_str(h, r->vs);
	h = mix_str(h, r->note);
	h = mix_int(h, r->period.start_year * 16 + r->period.start_month);
	h = mix_int(h, r->period.end_year * 16 + r->period.end_month);
	h = mix_int(h, (int)r->status);
	return mix_str(h, base);
}

static bool key_eq(const cmp_group *g, const db_record *r, const char *basis, const char *base)
{
	return g->measure == r->measure && g->status == r->status &&
	       db_period_eq(&g->period, &r->period) && !strcmp(g->metric, r->metric) &&
	       !cmp_strcmp_null(g->basis, basis) && !cmp_strcmp_null(g->of, r->of) &&
	       !cmp_strcmp_null(g->vs, r->vs) && !cmp_strcmp_null(g->note, r->note) &&
	       !cmp_strcmp_null(g->unit_base, base);
}

static void rehash(cmp_ctx *c)
{
	size_t n = c->nslots ? c->nslots * 2 : 1024;

	free(c->slots);
	c->slots = db_xcalloc(n, sizeof(*c->slots));
	c->nslots = n;
	for (size_t i = 0; i < c->ngroups; i++) {
		size_t s = (size_t)c->groups[i].hash & (n - 1);
		while (c->slots[s])
			s = (s + 1) & (n - 1);
		c->slots[s] = i + 1;
	}
}

/* The group of r's key, created from the fields of r when new. */
static cmp_group *find_group(cmp_ctx *c, const db_record *r, const char *base)
{
	const char *basis = cmp_basis(r->measure, r->basis);
	uint64_t h = key_hash(r, basis, base);
	size_t s;
	cmp_group *g;

	if ((c->ngroups + 1) * 2 > c->nslots)
		rehash(c);
	s = (size_t)h & (c->nslots - 1);
	for (; c->slots[s]; s = (s + 1) & (c->nslots - 1)) {
		g = &c->groups[c->slots[s] - 1];
		if (g->hash == h && key_eq(g, r, basis, base))
			return g;
	}
	if (c->ngroups == c->capgroups) {
		c->capgroups = c->capgroups ? c->capgroups * 2 : 64;
		c->groups = db_xrealloc(c->groups, c->capgroups * sizeof(*c->groups));
	}
	g = &c->groups[c->ngroups];
	memset(g, 0, sizeof(*g));
	g->hash = h;
	g->metric = r->metric;
	g->measure = r->measure;
	g->basis = basis;
	g->of = r->of;
	g->vs = r->vs;
	g->note = r->note;
	g->period = r->period;
	g->status = r->status;
	g->unit_base = cmp_dup(&c->arena, base);
	c->slots[s] = ++c->ngroups;
	return g;
}

cmp_group *cmp_add_record(cmp_ctx *c, const db_record *r, const db_document *doc,
			  cmp_kind kind, size_t fix)
{
	char base[32];
	const char *def;
	bool own = false;
	cmp_group *g;

	if (!r->metric || !r->has_period)
		return NULL;
	def = db_metric_unit(cmp_metric(c, r->metric), r->measure);
	if (r->unit && !(def && cmp_unit_compatible(c, r->unit, def))) {
		int exp10;
		cmp_unit_split(c, r->unit, base, &exp10);
		own = true;
	}
	g = find_group(c, r, own ? base : NULL);
	cmp_push_cand(g, r, doc, kind, fix);
	return g;
}

void cmp_push_cand(cmp_group *g, const db_record *r, const db_document *doc, cmp_kind kind,
		   size_t fix)
{
	cmp_cand *k;

	if (g->ncands == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 4;
		g->cands = db_xrealloc(g->cands, g->cap * sizeof(*g->cands));
	}
	g->sorted = false;
	k = &g->cands[g->ncands++];
	memset(k, 0, sizeof(*k));
	k->rec = r;
	k->doc = doc;
	k->kind = kind;
	k->fix = (uint32_t)fix;
}

void cmp_add_docs(cmp_ctx *c, const db_records *const *docs, size_t ndocs)
{
	for (size_t i = 0; i < ndocs; i++)
		for (size_t j = 0; j < docs[i]->len; j++)
			cmp_add_record(c, &docs[i]->items[j], &docs[i]->doc, CAND_FIGURE, 0);
	/* Every record has its group: no doubling tails (a third of the
	 * candidates' memory on a large corpus). */
	for (size_t i = 0; i < c->ngroups; i++) {
		cmp_group *g = &c->groups[i];
		if (g->cap > g->ncands && g->ncands) {
			g->cands = db_xrealloc(g->cands, g->ncands * sizeof(*g->cands));
			g->cap = g->ncands;
		}
	}
}

/* An own-unit group shows the largest unit its figures use (亿美元 over
 * 万美元), the same whatever order they came in. */
static const char *own_unit(cmp_ctx *c, const cmp_group *g)
{
	const char *best = NULL;
	int bestexp = 0;

	for (size_t i = 0; i < g->ncands; i++) {
		const char *u = g->cands[i].rec->unit;
		char base[32];
		int exp10;

		if (!u)
			continue;
		cmp_unit_split(c, u, base, &exp10);
		if (!best || exp10 > bestexp || (exp10 == bestexp && strcmp(u, best) < 0)) {
			best = u;
			bestexp = exp10;
		}
	}
	return best;
}

static double convert(cmp_ctx *c, double v, const char *from, const char *to)
{
	double out;

	if (from && to && strcmp(from, to) && cmp_unit_convert(c, v, from, to, &out) == 0)
		return out;
	return v;
}

void cmp_group_units(cmp_ctx *c, cmp_group *g)
{
	cmp_group_convert(c, g, g->unit_base ? own_unit(c, g)
					     : db_metric_unit(cmp_metric(c, g->metric), g->measure));
}

void cmp_group_convert(cmp_ctx *c, cmp_group *g, const char *unit)
{
	g->unit = unit;
	g->sorted = false;
	for (size_t i = 0; i < g->ncands; i++) {
		cmp_cand *k = &g->cands[i];
		k->value = convert(c, k->rec->value, k->rec->unit, g->unit);
		k->max = convert(c, k->rec->max, k->rec->unit, g->unit);
	}
}

/* --- db_compare ------------------------------------------------------- */

/* The level of each --entity name, for its not_reported rows: what the
 * documents say about it, the smallest spelling when they disagree. */
static const char **entity_levels(const db_records *const *docs, size_t ndocs,
				  const db_compare_opts *o)
{
	const char **lv = db_xcalloc(o->nentities ? o->nentities : 1, sizeof(*lv));

	for (size_t e = 0; e < o->nentities; e++) {
		for (size_t i = 0; i < ndocs; i++) {
			const db_records *rs = docs[i];
			const char *cand = NULL;
			if (rs->doc.entity && !strcmp(rs->doc.entity, o->entities[e]))
				cand = rs->doc.level;
			for (size_t j = 0; !cand && j < rs->len; j++)
				if (rs->items[j].entity && !strcmp(rs->items[j].entity, o->entities[e]))
					cand = rs->items[j].level;
			if (cand && (!lv[e] || strcmp(cand, lv[e]) < 0))
				lv[e] = cand;
		}
	}
	return lv;
}

void cmp_table_header(db_table *t, const cmp_group *g, const db_catalog *cat, db_arena *a)
{
	const db_metric *m = db_catalog_find(cat, g->metric);

	t->metric = cmp_dup(a, g->metric);
	t->name = cmp_dup(a, m ? m->name : g->metric);
	t->name_en = m ? cmp_dup(a, m->name_en) : NULL;
	t->measure = g->measure;
	t->basis = cmp_dup(a, g->basis);
	t->of = cmp_dup(a, g->of);
	t->vs = cmp_dup(a, g->vs);
	t->note = cmp_dup(a, g->note);
	t->has_period = true;
	t->period = g->period;
	t->status = g->status;
	t->unit = cmp_dup(a, g->unit);
	t->better = m && m->lower_is_better ? "lower" : "higher";
}

static void discard_last(db_tableset *ts)
{
	db_table *t = &ts->items[ts->len - 1];

	free(t->rows);
	free(t->conflicts);
	free(t->corrections);
	memset(t, 0, sizeof(*t));
	ts->len--;
}

static size_t valued_rows(const db_table *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->nrows; i++)
		n += t->rows[i].has_value;
	return n;
}

static bool entity_has_row(const db_table *t, const char *e)
{
	for (size_t i = 0; i < t->nrows; i++)
		if (!strcmp(t->rows[i].entity, e))
			return true;
	return false;
}

/* Build the table of one selected group into out; false when it has fewer
 * than min_entities figures (then nothing is left in out). */
static int build_table(cmp_ctx *c, cmp_group *g, const db_compare_opts *o, const char **levels,
		       db_tableset *out, bool *kept, db_diag *d)
{
	db_arena *a = &out->arena;
	db_table *t;

	cmp_sort_cands(g);
	t = db_tableset_add(out);
	cmp_table_header(t, g, c->cat, a);
	/* At most one row per candidate and per --entity: no regrowth. */
	t->caprows = g->ncands + o->nentities;
	t->rows = db_xmalloc(t->caprows * sizeof(*t->rows));
	for (size_t i = 0, j; i < g->ncands; i = j) {
		const char *e = g->cands[i].rec->entity;
		for (j = i + 1; j < g->ncands && !cmp_strcmp_null(g->cands[j].rec->entity, e); j++)
			;
		if (!e || (o->nentities && !cmp_in_list(e, o->entities, o->nentities)))
			continue;
		if (cmp_resolve(c, g, g->cands + i, j - i, e, t, a, d) < 0)
			return -1;
	}
	for (size_t e = 0; e < o->nentities; e++) {
		db_row *r;
		if (entity_has_row(t, o->entities[e]))
			continue;
		r = db_table_add_row(t);
		r->entity = cmp_intern(c, a, o->entities[e]);
		r->level = cmp_intern(c, a, levels[e]);
		r->qualifier = DB_QUAL_EXACT;
		r->reason = "not_reported";
	}
	if (valued_rows(t) < o->min_entities) {
		discard_last(out);
		*kept = false;
		return 0;
	}
	cmp_list_fixes(c, g, o->nentities ? o->entities : NULL, o->nentities, t, a);
	cmp_rank(t);
	cmp_stats(t);
	cmp_flags(t, a, g->unit_base != NULL, false);
	t->key = db_table_short_key(t, a);
	*kept = true;
	return 0;
}

/* About this many sentences are read again at a time (some 20 MB of a
 * report's clauses): each batch costs a read of every records file, and
 * holding them all cost a third of compare's memory. */
#define TEXT_BATCH 131072

/* The sentences left in their files of the groups idx[from..) that come
 * next, into a; returns where the batch ends. */
static size_t load_texts(cmp_ctx *c, const db_compare_opts *o, const size_t *idx, size_t from,
			 size_t n, db_arena *a, db_diag *d, int *rc)
{
	db_text_need *needs;
	size_t to = from, total = 0, nneeds = 0;

	while (to < n && (to == from || total + c->groups[idx[to]].ncands <= TEXT_BATCH))
		total += c->groups[idx[to++]].ncands;
	needs = db_xmalloc((total ? total : 1) * sizeof(*needs));
	for (size_t i = from; i < to; i++) {
		cmp_group *g = &c->groups[idx[i]];
		/* Sorted now: texts go by the candidates' final places. */
		cmp_sort_cands(g);
		g->texts = db_xcalloc(g->ncands ? g->ncands : 1, sizeof(*g->texts));
		for (size_t j = 0; j < g->ncands; j++) {
			const db_source *src = &g->cands[j].rec->source;
			if (g->cands[j].kind == CAND_CORRECTION || src->text || !src->text_at)
				continue;
			needs[nneeds++] = (db_text_need){ g->cands[j].doc, src, &g->texts[j] };
		}
	}
	*rc = nneeds ? o->source_texts(o->source_ctx, needs, nneeds, a, d) : 0;
	free(needs);
	return to;
}

/* Where the tables go: all into set (db_compare), or each written to w
 * and freed (db_compare_write_json). */
typedef struct {
	db_tableset *set;
	db_jw *w;
	size_t n;             /* tables kept */
} sink;

static int compare(const db_records *const *docs, size_t ndocs, const db_compare_opts *o,
		   sink *out, db_diag *d)
{
	cmp_ctx c;
	cmp_sel *sels = NULL;
	bool *matched = NULL;
	const char **levels = NULL;
	size_t *idx = NULL, n = 0;
	db_arena texts = DB_ARENA_INIT;   /* the sentences of a batch */
	int rc = -1;

	if (!o->catalog)
		return db_error(d, NULL, 0, 0, "compare needs a metric catalog");
	cmp_ctx_init(&c, o->catalog);
	if (cmp_sels_parse(o->tables, o->ntables, &sels, &c.arena, d) < 0)
		goto done;
	matched = db_xcalloc(o->ntables ? o->ntables : 1, sizeof(*matched));
	cmp_add_docs(&c, docs, ndocs);
	if (o->overrides && (cmp_fixes_load(&c, o->overrides, d) < 0 || cmp_fixes_apply(&c, d) < 0))
		goto done;
	levels = entity_levels(docs, ndocs, o);
	idx = db_xmalloc((c.ngroups ? c.ngroups : 1) * sizeof(*idx));
	for (size_t i = 0; i < c.ngroups; i++) {
		cmp_group_units(&c, &c.groups[i]);
		if (cmp_group_selected(&c.groups[i], o, sels, NULL))
			idx[n++] = i;
	}
	/* Written one by one, the tables are built in their final order, and
	 * what rows share outlives each. */
	if (out->w) {
		cmp_order_groups(&c, idx, n);
		c.strings = &c.arena;
	}
	for (size_t i = 0, batch = 0; i < n; i++) {
		cmp_group *g = &c.groups[idx[i]];
		db_tableset one = DB_TABLESET_INIT;
		bool kept;
		int lrc = 0;
		if (out->w && o->source_texts && i == batch) {
			db_arena_release(&texts);
			batch = load_texts(&c, o, idx, i, n, &texts, d, &lrc);
			if (lrc < 0)
				goto done;
		}
		if (build_table(&c, g, o, levels, out->w ? &one : out->set, &kept, d) < 0) {
			db_tableset_release(&one);
			goto done;
		}
		if (kept) {
			cmp_group_selected(g, o, sels, matched);
			out->n++;
		}
		if (out->w) {
			if (kept)
				db_tables_write_one(out->w, &one.items[0]);
			db_tableset_release(&one);
			free(g->cands);
			free(g->texts);
			g->cands = NULL;
			g->texts = NULL;
			g->ncands = g->cap = 0;
		}
	}
	for (size_t i = 0; i < o->ntables; i++)
		if (!matched[i]) {
			db_error(d, NULL, 0, 0, "no table matches '%s'", o->tables[i]);
			goto done;
		}
	if (out->set)
		cmp_sort_tables(out->set, c.cat);
	rc = 0;
done:
	free(idx);
	free(levels);
	free(matched);
	free(sels);
	cmp_ctx_release(&c);
	db_arena_release(&texts);
	return rc;
}

int db_compare(const db_records *const *docs, size_t ndocs, const db_compare_opts *o,
	       db_tableset *out, db_diag *d)
{
	sink s = { out, NULL, 0 };

	return compare(docs, ndocs, o, &s, d);
}

int db_compare_write_json(const db_records *const *docs, size_t ndocs,
			  const db_compare_opts *o, db_buf *out, size_t *ntables, db_diag *d)
{
	db_jw w;
	sink s = { NULL, &w, 0 };
	int rc;

	db_tables_write_begin(&w, out);
	rc = compare(docs, ndocs, o, &s, d);
	db_tables_write_end(&w);
	*ntables = s.n;
	return rc;
}
