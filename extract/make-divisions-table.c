/* make-divisions-table.c - extract/divisions.json as the C tables that
 * entities.c compiles in: the divisions in the file's order, and every name
 * a division is looked up by (canonical, official, short, parent's short
 * name + own), sorted bytewise, one entry per name, with the division it
 * resolves to or marked ambiguous; the names as offsets into one string
 * pool (no pointer to relocate when the program starts). Run by the build;
 * doing this when the program starts took most of a small extract's
 * instructions (the JSON parse, a sort of 12 889 names and a search of the
 * parents per county).
 *
 *   make-divisions-table divisions.json divisions_table.h */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/json.h"
#include "extract/extract_int.h"
#include "extract/gen_literal.h"

/* A division as read (entities.c's db_division holds offsets instead). */
typedef struct {
	const char *name, *short_name, *level, *parent;
} division_read;

typedef struct {
	const char *key;
	size_t division;
	int rank;            /* lower wins when a key names several divisions */
	bool ambiguous;
} name_key;

static struct {
	db_arena arena;
	division_read *items;
	size_t len;
	name_key *keys;
	size_t nkeys;
} table;

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

static int load_table(const char *path)
{
	db_diag d;
	db_buf raw = DB_BUF_INIT;
	db_json *root = db_buf_read_file(&raw, path) == 0
				? db_json_parse(raw.data, raw.len, path, &d) : NULL;
	db_buf_release(&raw);
	if (!root)
		return -1;
	const db_json *rows = db_json_get(root, "divisions");
	size_t n = db_json_len(rows), cap = 0, w = 0;
	char **official = db_xcalloc(n ? n : 1, sizeof(char *));

	table.items = db_xcalloc(n ? n : 1, sizeof(division_read));
	for (size_t i = 0; i < n; i++) {
		const db_json *r = db_json_at(rows, i);
		const char *name = db_json_str(db_json_at(r, 0));
		const char *shortn = db_json_str(db_json_at(r, 1));
		const char *level = db_json_str(db_json_at(r, 2));
		const char *parent = db_json_str(db_json_at(r, 3));
		if (!name || !shortn || !level || !parent)
			continue;
		division_read *v = &table.items[table.len];
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
	for (size_t i = 0; i < table.len; i++) {
		const division_read *v = &table.items[i];
		add_key(&cap, v->name, i);
		add_key(&cap, official[i], i);
		add_key(&cap, v->short_name, i);
		if (strcmp(v->level, "district") && strcmp(v->level, "county"))
			continue;
		/* 洛阳涧西区: parent short name + own name. Parents (provinces and
		 * prefectures) come first in the file. */
		for (size_t j = 0; j < table.len && level_rank(table.items[j].level) < 2; j++) {
			if (strcmp(table.items[j].name, v->parent))
				continue;
			add_key(&cap, db_arena_printf(&table.arena, "%s%s", table.items[j].short_name,
						      official[i]), i);
			break;
		}
	}
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
	return 0;
}

/* The string pool: the keys' strings first, in their sorted order (so that
 * a binary search reads few pages of it), then every other string the
 * divisions name (their levels); offset 0 is "". */
static struct {
	size_t *key_at;      /* offset of keys[i] */
	const char **extra;  /* the other strings, once each */
	size_t *extra_at;
	size_t nextra, len;
} pool;

static int by_key(const void *a, const void *b)
{
	return strcmp(a, ((const name_key *)b)->key);
}

static size_t pool_offset(const char *s)
{
	if (!*s)
		return 0;
	const name_key *k = bsearch(s, table.keys, table.nkeys, sizeof *table.keys, by_key);
	if (k)
		return pool.key_at[k - table.keys];
	for (size_t i = 0; i < pool.nextra; i++)
		if (!strcmp(pool.extra[i], s))
			return pool.extra_at[i];
	pool.extra = db_xrealloc(pool.extra, (pool.nextra + 1) * sizeof *pool.extra);
	pool.extra_at = db_xrealloc(pool.extra_at, (pool.nextra + 1) * sizeof *pool.extra_at);
	pool.extra[pool.nextra] = s;
	pool.extra_at[pool.nextra++] = pool.len;
	pool.len += strlen(s) + 1;
	return pool.extra_at[pool.nextra - 1];
}

static void write_pool(FILE *f)
{
	size_t len = 1;
	fputs("static const char division_strings[] =\n\t\"\\000\"\n", f);
	for (size_t i = 0; i < table.nkeys; i++)
		gen_pool_add(f, &len, table.keys[i].key);
	for (size_t i = 0; i < pool.nextra; i++)
		gen_pool_add(f, &len, pool.extra[i]);
	fputs(";\n", f);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: make-divisions-table DIVISIONS.JSON OUT.h\n");
		return 2;
	}
	if (load_table(argv[1]) < 0) {
		fprintf(stderr, "make-divisions-table: cannot read %s\n", argv[1]);
		return 1;
	}
	FILE *f = fopen(argv[2], "w");
	if (!f) {
		fprintf(stderr, "make-divisions-table: cannot write %s\n", argv[2]);
		return 1;
	}
	pool.key_at = db_xcalloc(table.nkeys + 1, sizeof *pool.key_at);
	pool.len = 1;
	for (size_t i = 0; i < table.nkeys; i++) {
		pool.key_at[i] = pool.len;
		pool.len += strlen(table.keys[i].key) + 1;
	}
	fprintf(f, "/* From extract/divisions.json by extract/make-divisions-table.c. */\n"
		   "static const db_division divisions[] = {\n");
	for (size_t i = 0; i < table.len; i++) {
		const division_read *v = &table.items[i];
		size_t name = pool_offset(v->name), shortn = pool_offset(v->short_name);
		size_t level = pool_offset(v->level), parent = pool_offset(v->parent);
		fprintf(f, "\t{ %zu, %zu, %zu, %zu },\n", name, shortn, level, parent);
	}
	fprintf(f, "};\nstatic const division_key division_keys[] = {\n");
	for (size_t i = 0; i < table.nkeys; i++)
		fprintf(f, "\t{ %zu, %zu, %s },\n", pool.key_at[i], table.keys[i].division,
			table.keys[i].ambiguous ? "true" : "false");
	fputs("};\n", f);
	write_pool(f);
	db_arena_release(&table.arena);
	free(table.items);
	free(table.keys);
	free(pool.key_at);
	free(pool.extra);
	free(pool.extra_at);
	return fclose(f) == 0 ? 0 : 1;
}
