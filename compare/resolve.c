/* resolve.c - one row from the candidates of one entity under one key:
 * corrections first, then equal figures merged, different figures a conflict
 * decided by the policy (exact over approx/at_least/at_most/range, then the
 * newest document date, then the first in text). */
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"
#include "core/units.h"

static bool exact(const cmp_cand *k)
{
	return k->rec->qualifier == DB_QUAL_EXACT;
}

static int date_cmp(const cmp_cand *a, const cmp_cand *b)
{
	if (a->doc->has_date != b->doc->has_date)
		return a->doc->has_date ? -1 : 1;
	if (!a->doc->has_date)
		return 0;
	return -db_date_cmp(&a->doc->date, &b->doc->date);   /* newest first */
}

/* "First in text": within one document by offset; across documents of the
 * same date by file name, so the answer never depends on argument order. */
static int text_cmp(const cmp_cand *a, const cmp_cand *b)
{
	int c = cmp_strcmp_null(a->doc->file, b->doc->file);

	if (c)
		return c;
	if ((c = strcmp(a->doc->sha256, b->doc->sha256)))
		return c;
	if (a->rec->source.offset != b->rec->source.offset)
		return a->rec->source.offset < b->rec->source.offset ? -1 : 1;
	return a->rec->source.line - b->rec->source.line;
}

/* The total order of one entity's candidates: corrections (the later CSV
 * line first), figures with a value, then the conflict policy, then
 * tie-breakers that only make the order total. */
static int policy_cmp(const cmp_cand *a, const cmp_cand *b)
{
	int c;

	if ((a->kind == CAND_CORRECTION) != (b->kind == CAND_CORRECTION))
		return a->kind == CAND_CORRECTION ? -1 : 1;
	if (a->kind == CAND_CORRECTION && a->fix != b->fix)
		return a->fix > b->fix ? -1 : 1;
	if (a->rec->has_value != b->rec->has_value)
		return a->rec->has_value ? -1 : 1;
	if (exact(a) != exact(b))
		return exact(a) ? -1 : 1;
	if ((c = date_cmp(a, b)) || (c = text_cmp(a, b)))
		return c;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	if ((c = (int)a->rec->qualifier - (int)b->rec->qualifier))
		return c;
	if ((c = (int)a->kind - (int)b->kind))
		return c;
	return cmp_strcmp_null(a->rec->raw, b->rec->raw);
}

static int cand_cmp(const void *pa, const void *pb)
{
	const cmp_cand *a = pa, *b = pb;
	int c = cmp_strcmp_null(a->rec->entity, b->rec->entity);

	return c ? c : policy_cmp(a, b);
}

void cmp_sort_cands(cmp_group *g)
{
	if (!g->sorted)
		qsort(g->cands, g->ncands, sizeof(*g->cands), cand_cmp);
	g->sorted = true;
}

static const char *policy_name(const cmp_cand *kept, const cmp_cand *dropped)
{
	if (exact(kept) != exact(dropped))
		return "exact_over_approx";
	if (date_cmp(kept, dropped))
		return "newest_document";
	return "first_in_text";
}

/* YYYY-MM-DD as db_date_format writes it for the dates documents carry,
 * without printf: one per source, and sources are many. */
static const char *date_text(const db_date *d, char out[11])
{
	if (d->year < 0 || d->year > 9999 || d->month < 0 || d->month > 99 || d->day < 0 ||
	    d->day > 99)
		return db_date_format(d, out);
	out[0] = (char)('0' + d->year / 1000);
	out[1] = (char)('0' + d->year / 100 % 10);
	out[2] = (char)('0' + d->year / 10 % 10);
	out[3] = (char)('0' + d->year % 10);
	out[4] = '-';
	out[5] = (char)('0' + d->month / 10);
	out[6] = (char)('0' + d->month % 10);
	out[7] = '-';
	out[8] = (char)('0' + d->day / 10);
	out[9] = (char)('0' + d->day % 10);
	out[10] = '\0';
	return out;
}

db_row_source cmp_source(cmp_ctx *c, const cmp_cand *k, db_arena *a)
{
	db_row_source s;
	char date[11];

	s.file = cmp_intern(c, a, k->doc->file);
	s.line = k->rec->source.line;
	s.page = k->rec->source.page;
	/* A record's sentence is borrowed, not copied: it is most of a table's
	 * bytes (table.h). A correction's note lives in the compare context.
	 * One left in its file was read again for the table (align.c). */
	s.text = k->kind == CAND_CORRECTION ? cmp_dup(a, k->rec->source.text) : k->rec->source.text;
	if (!s.text && c->cur && c->cur->texts && k >= c->cur->cands &&
	    k < c->cur->cands + c->cur->ncands)
		s.text = c->cur->texts[k - c->cur->cands];
	s.date = k->doc->has_date ? cmp_intern(c, a, date_text(&k->doc->date, date)) : NULL;
	s.title = k->doc->title ? cmp_intern(c, a, k->doc->title) : NULL;
	s.publisher = k->doc->publisher ? cmp_intern(c, a, k->doc->publisher) : NULL;
	return s;
}

static void add_source(cmp_ctx *c, db_row *r, const cmp_cand *k, db_arena *a)
{
	db_row_source s = cmp_source(c, k, a);

	for (size_t i = 0; i < r->nsources; i++) {
		const db_row_source *t = &r->sources[i];
		if (t->line == s.line && !cmp_strcmp_null(t->file, s.file) &&
		    !cmp_strcmp_null(t->text, s.text))
			return;
	}
	r->sources[r->nsources++] = s;
}

static bool same_rank(const db_rank *x, const db_rank *y)
{
	return x->position == y->position && x->qualifier == y->qualifier &&
	       x->masked == y->masked && !cmp_strcmp_null(x->tier, y->tier) &&
	       !cmp_strcmp_null(x->scope, y->scope);
}

static void add_ranks(db_row *r, const cmp_cand *k, db_arena *a)
{
	for (size_t i = 0; i < k->rec->nranks; i++) {
		const db_rank *x = &k->rec->ranks[i];
		bool seen = false;
		for (size_t j = 0; j < r->nstated && !seen; j++)
			seen = same_rank(&r->stated_ranks[j], x);
		if (seen)
			continue;
		db_rank *y = &r->stated_ranks[r->nstated++];
		*y = *x;
		y->tier = cmp_dup(a, x->tier);
		y->scope = cmp_dup(a, x->scope);   /* few: not worth interning */
	}
}

static bool same_value(const cmp_cand *x, const cmp_cand *y)
{
	return x->value == y->value && x->rec->has_max == y->rec->has_max &&
	       (!x->rec->has_max || x->max == y->max);
}

static void take_value(db_row *r, const cmp_cand *k, db_arena *a)
{
	r->has_value = true;
	r->value = k->value;
	r->has_max = k->rec->has_max;
	r->max = r->has_max ? k->max : 0;
	r->qualifier = k->rec->qualifier;
	r->raw = cmp_dup(a, k->rec->raw);
}

static void add_conflict(cmp_ctx *x, db_table *t, const char *entity, const cmp_cand *kept,
			 const cmp_cand *dropped, db_arena *a)
{
	db_conflict *c = db_table_add_conflict(t);

	c->entity = cmp_intern(x, a, entity);
	c->kept = kept->value;
	c->dropped = dropped->value;
	c->policy = policy_name(kept, dropped);
	c->kept_source = cmp_source(x, kept, a);
	c->dropped_source = cmp_source(x, dropped, a);
}

/* Figures with a value, grouped by value: cluster[i] is the index (into
 * cands) of the first, best, candidate of i's value. Returns the index of
 * the figure kept (cands are in policy order, so the first one). */
static size_t resolve_figures(cmp_ctx *c, const cmp_cand *cands, size_t n, size_t *cluster,
			      const char *entity, db_row **rowp, db_table *t, db_arena *a)
{
	size_t row_index = (size_t)(*rowp - t->rows), best = n;

	for (size_t i = 0; i < n; i++) {
		cluster[i] = n;
		if (cands[i].kind != CAND_FIGURE || !cands[i].rec->has_value)
			continue;
		for (size_t j = 0; j < i && cluster[i] == n; j++)
			if (cluster[j] == j && same_value(&cands[i], &cands[j]))
				cluster[i] = j;
		if (cluster[i] == n)
			cluster[i] = i;
		if (best == n)
			best = i;
	}
	if (best == n)
		return n;
	take_value(*rowp, &cands[best], a);
	for (size_t i = 0; i < n; i++)
		if (cluster[i] == i && i != best)
			add_conflict(c, t, entity, &cands[best], &cands[i], a);
	*rowp = &t->rows[row_index];
	return best;
}

int cmp_resolve(cmp_ctx *c, const cmp_group *g, const cmp_cand *cands, size_t n,
		const char *entity, db_table *t, db_arena *a, db_diag *d)
{
	size_t *cluster, best, live = 0, small[16];
	bool masked = false;
	db_row *r;

	(void)d;
	c->cur = g;
	for (size_t i = 0; i < n; i++)
		live += cands[i].kind != CAND_DROPPED;
	if (!live)
		return 0;
	r = db_table_add_row(t);
	r->entity = cmp_intern(c, a, entity);
	r->qualifier = DB_QUAL_EXACT;
	r->sources = db_arena_alloc(a, n * sizeof(*r->sources));
	{
		size_t nr = 0;
		for (size_t i = 0; i < n; i++)
			nr += cands[i].rec->nranks;
		r->stated_ranks = nr ? db_arena_alloc(a, nr * sizeof(*r->stated_ranks)) : NULL;
	}
	for (size_t i = 0; i < n && !r->level; i++)
		if (cands[i].kind != CAND_DROPPED)
			r->level = cmp_intern(c, a, cands[i].rec->level);
	cluster = n <= 16 ? small : db_xcalloc(n, sizeof(*cluster));
	if (cands[0].kind == CAND_CORRECTION) {
		take_value(r, &cands[0], a);
		r->corrected = true;
		for (size_t i = 0; i < n; i++)
			cluster[i] = best = n;
	} else {
		best = resolve_figures(c, cands, n, cluster, entity, &r, t, a);
	}
	/* Sources and stated ranks: the correction or the figure kept (with its
	 * equals), then every record without a value and every record a `set`
	 * replaced; figures that lost a conflict only appear in conflicts. */
	for (size_t i = 0; i < n; i++) {
		const cmp_cand *k = &cands[i];
		if (k->kind == CAND_DROPPED || (k->kind == CAND_CORRECTION && i > 0))
			continue;
		if (k->kind == CAND_FIGURE && k->rec->has_value && cluster[i] != best)
			continue;
		masked |= k->rec->qualifier == DB_QUAL_MASKED;
		add_source(c, r, k, a);
		add_ranks(r, k, a);
	}
	if (!r->has_value) {
		r->reason = masked ? "masked" : "rank_only";
		r->qualifier = masked ? DB_QUAL_MASKED : DB_QUAL_EXACT;
	}
	if (cluster != small)
		free(cluster);
	return 0;
}

void cmp_list_fixes(const cmp_ctx *c, const cmp_group *g, const char *const *entities,
		    size_t nentities, db_table *t, db_arena *a)
{
	for (size_t i = 0; i < g->nfixes; i++) {
		const cmp_fix *f = &c->fixes[g->fixes[i]];
		db_correction *x;
		if (entities && !cmp_in_list(f->entity, entities, nentities))
			continue;
		x = db_table_add_correction(t);
		x->line = f->line;
		x->file = cmp_dup(a, c->fixfile);
		x->entity = db_arena_strdup(a, f->entity);
		x->action = f->action;
		x->has_value = f->has_value;
		x->value = f->value;
		if (f->has_value && f->unit && g->unit)
			db_unit_convert(f->value, f->unit, g->unit, &x->value);
		x->note = cmp_dup(a, f->note);
	}
}
