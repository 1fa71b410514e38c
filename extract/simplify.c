/* simplify.c - a report written in traditional characters (a reprint on a
 * Hong Kong or mirror site) is read in simplified ones, so that the catalog,
 * the word lists and the period and figure readers, all simplified, apply.
 * The pairs come from OpenCC's character table (extract/traditional.txt);
 * each keeps its UTF-8 length, so every byte offset holds. A text is taken
 * for traditional when at least 1 in 50 of its first 4000 Chinese
 * characters (and 8 or more) is one that simplified text does not use. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "extract/extract_int.h"
#include "extract/readers_lex.h"

extern const unsigned char db_traditional_txt[];
extern const unsigned long db_traditional_txt_len;

typedef struct {
	unsigned from, to;
	bool only; /* the traditional character is not also a simplified one */
} pair;

static pair *pairs;
static size_t npairs;
static pthread_once_t pairs_once = PTHREAD_ONCE_INIT;

static int pair_cmp(const void *a, const void *b)
{
	const pair *x = a, *y = b;
	return x->from < y->from ? -1 : x->from > y->from;
}

static const pair *find(unsigned c)
{
	size_t lo = 0, hi = npairs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (pairs[mid].from == c)
			return &pairs[mid];
		if (pairs[mid].from < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void load_pairs(void)
{
	const char *t = (const char *)db_traditional_txt;
	size_t len = (size_t)db_traditional_txt_len, cap = 0, n;
	for (size_t p = 0; p < len;) {
		size_t e = p;
		while (e < len && t[e] != '\n')
			e++;
		if (t[p] != '#' && e > p) {
			unsigned from = lx_cp(t, e, p, &n);
			size_t q = p + n;
			if (q < e && t[q] == '\t') {
				unsigned to = lx_cp(t, e, q + 1, &n);
				if (npairs == cap) {
					cap = cap ? cap * 2 : 4096;
					pairs = db_xrealloc(pairs, cap * sizeof *pairs);
				}
				pairs[npairs++] = (pair){ from, to, true };
			}
		}
		p = e + 1;
	}
	qsort(pairs, npairs, sizeof *pairs, pair_cmp);
	/* (后 of 後, 干 of 乾: a character that is some pair's simplified one
	 * says nothing of the text's script) */
	for (size_t i = 0; i < npairs; i++) {
		pair *hit = (pair *)find(pairs[i].to);
		if (hit)
			hit->only = false;
	}
}

bool db_traditional(const char *text, size_t len)
{
	size_t cjk = 0, trad = 0, n;
	pthread_once(&pairs_once, load_pairs);
	/* (the first 4000 Chinese characters tell) */
	for (size_t p = 0; p < len && cjk < 4000; p += n ? n : 1) {
		unsigned c = lx_cp(text, len, p, &n);
		if (!lx_is_cjk(c))
			continue;
		cjk++;
		const pair *hit = find(c);
		trad += hit && hit->only;
	}
	return trad >= 8 && trad * 50 >= cjk;
}

void db_simplify(char *text, size_t len)
{
	size_t n;
	pthread_once(&pairs_once, load_pairs);
	for (size_t p = 0; p < len; p += n ? n : 1) {
		unsigned c = lx_cp(text, len, p, &n);
		const pair *hit = c >= 0x3400 ? find(c) : NULL;
		if (!hit)
			continue;
		unsigned to = hit->to; /* (same length: 3 or 4 bytes) */
		if (n == 3) {
			text[p] = (char)(0xE0 | (to >> 12));
			text[p + 1] = (char)(0x80 | ((to >> 6) & 0x3F));
			text[p + 2] = (char)(0x80 | (to & 0x3F));
		} else if (n == 4) {
			text[p] = (char)(0xF0 | (to >> 18));
			text[p + 1] = (char)(0x80 | ((to >> 12) & 0x3F));
			text[p + 2] = (char)(0x80 | ((to >> 6) & 0x3F));
			text[p + 3] = (char)(0x80 | (to & 0x3F));
		}
	}
}
