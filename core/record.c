/* record.c - the records vector, enum spellings and deep copies. */
#include "core/record.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

static const char *const measure_names[DB_MEASURE_COUNT] = {
	"level", "growth", "change_pp", "gap_pp", "added", "share",
};
static const char *const qualifier_names[DB_QUAL_COUNT] = {
	"exact", "approx", "at_least", "at_most", "range", "masked",
};
static const char *const status_names[DB_STATUS_COUNT] = {
	"actual", "target", "estimate",
};

static int lookup(const char *const *names, int n, const char *s)
{
	if (!s)
		return -1;
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}

const char *db_measure_name(db_measure m)
{
	return (unsigned)m < DB_MEASURE_COUNT ? measure_names[m] : "?";
}

int db_measure_parse(const char *s, db_measure *out)
{
	int i = lookup(measure_names, DB_MEASURE_COUNT, s);
	if (i < 0)
		return -1;
	*out = (db_measure)i;
	return 0;
}

const char *db_qualifier_name(db_qualifier q)
{
	return (unsigned)q < DB_QUAL_COUNT ? qualifier_names[q] : "?";
}

int db_qualifier_parse(const char *s, db_qualifier *out)
{
	int i = lookup(qualifier_names, DB_QUAL_COUNT, s);
	if (i < 0)
		return -1;
	*out = (db_qualifier)i;
	return 0;
}

const char *db_status_name(db_status s)
{
	return (unsigned)s < DB_STATUS_COUNT ? status_names[s] : "?";
}

int db_status_parse(const char *s, db_status *out)
{
	int i = lookup(status_names, DB_STATUS_COUNT, s);
	if (i < 0)
		return -1;
	*out = (db_status)i;
	return 0;
}

bool db_doc_kind_known(const char *s)
{
	static const char *const kinds[] = { "gwr", "targets", "bulletin", "news", "plan",
					     "evaluation", "speech", "summary", "newspaper" };
	return lookup(kinds, sizeof kinds / sizeof *kinds, s) >= 0;
}

db_record *db_records_add(db_records *rs)
{
	if (rs->len == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 64;
		rs->items = db_xrealloc(rs->items, rs->cap * sizeof *rs->items);
	}
	db_record *r = &rs->items[rs->len++];
	memset(r, 0, sizeof *r);
	r->measure = DB_MEASURE_LEVEL;
	r->qualifier = DB_QUAL_EXACT;
	r->status = DB_STATUS_ACTUAL;
	return r;
}

void db_records_release(db_records *rs)
{
	db_arena_release(&rs->arena);
	free(rs->items);
	memset(rs, 0, sizeof *rs);
}

db_record *db_records_copy_in(db_records *dst, const db_record *src)
{
	db_arena *a = &dst->arena;
	db_record copy = *src;
	copy.entity = db_arena_strdup(a, src->entity);
	copy.level = db_arena_strdup(a, src->level);
	copy.metric = db_arena_strdup(a, src->metric);
	copy.label = db_arena_strdup(a, src->label);
	copy.unit = db_arena_strdup(a, src->unit);
	copy.raw = db_arena_strdup(a, src->raw);
	copy.basis = db_arena_strdup(a, src->basis);
	copy.of = db_arena_strdup(a, src->of);
	copy.vs = db_arena_strdup(a, src->vs);
	copy.note = db_arena_strdup(a, src->note);
	copy.source.text = db_arena_strdup(a, src->source.text);
	copy.ranks = NULL;
	if (src->nranks) {
		copy.ranks = db_arena_alloc(a, src->nranks * sizeof *copy.ranks);
		for (size_t i = 0; i < src->nranks; i++) {
			copy.ranks[i] = src->ranks[i];
			copy.ranks[i].tier = db_arena_strdup(a, src->ranks[i].tier);
			copy.ranks[i].scope = db_arena_strdup(a, src->ranks[i].scope);
		}
	}
	db_record *r = db_records_add(dst);
	*r = copy;
	return r;
}
