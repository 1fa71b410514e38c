/* unitcache.c - unit words split once per compare run.
 *
 * Every record's unit is checked against its table's unit and every figure
 * converted to it; splitting a unit word (core/units.c) walks the prefix
 * table with string compares. A run sees a few dozen distinct unit words
 * and a million figures, so each word is split once and kept by content. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"
#include "core/numfmt.h"
#include "core/units.h"

static uint64_t hash_unit(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static void grow(cmp_ctx *c)
{
	size_t n = c->nunit_slots ? c->nunit_slots * 2 : 64;
	cmp_unit *slots = db_xcalloc(n, sizeof(*slots));

	for (size_t i = 0; i < c->nunit_slots; i++) {
		size_t h;
		if (!c->units[i].unit)
			continue;
		for (h = (size_t)hash_unit(c->units[i].unit) & (n - 1); slots[h].unit;
		     h = (h + 1) & (n - 1))
			;
		slots[h] = c->units[i];
	}
	free(c->units);
	c->units = slots;
	c->nunit_slots = n;
}

void cmp_unit_split(cmp_ctx *c, const char *unit, char base[32], int *exp10)
{
	size_t h;

	if (!unit)
		unit = "";
	if ((c->nunits + 1) * 2 > c->nunit_slots)
		grow(c);
	h = (size_t)hash_unit(unit) & (c->nunit_slots - 1);
	for (; c->units[h].unit; h = (h + 1) & (c->nunit_slots - 1))
		if (!strcmp(c->units[h].unit, unit))
			break;
	if (!c->units[h].unit) {
		/* The word is borrowed: records and corrections outlive c. */
		c->units[h].unit = unit;
		db_unit_split(unit, c->units[h].base, &c->units[h].exp10);
		c->nunits++;
	}
	memcpy(base, c->units[h].base, 32);
	*exp10 = c->units[h].exp10;
}

bool cmp_unit_compatible(cmp_ctx *c, const char *a, const char *b)
{
	char ba[32], bb[32];
	int ea, eb;

	cmp_unit_split(c, a, ba, &ea);
	cmp_unit_split(c, b, bb, &eb);
	return strcmp(ba, bb) == 0;
}

static const double pow10_exact[] = {
	1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* db_rescale without its printf and strtod, for the figures reports state.
 * db_rescale rounds (shortest decimal of v) × 10^exp10 once. If v is the
 * double nearest to m / 10^k with m < 10^15, m × 10^-k is that shortest
 * decimal (two decimals of at most 15 digits never round to one double),
 * and m × 10^(exp10-k), m and the power both exact doubles, is rounded once
 * by a single multiplication or division. Anything else goes to db_rescale. */
static double rescale(double v, int exp10)
{
	double a = v < 0 ? -v : v, m = 0;
	int k = 0, t;

	if (exp10 == 0 || !(a >= 1e-6 && a < 1e15))
		return db_rescale(v, exp10);
	for (;; k++) {
		double x = a * pow10_exact[k];
		if (x >= 1e15 || k > 21)
			return db_rescale(v, exp10);
		if (x == (double)(uint64_t)x && (double)(uint64_t)x / pow10_exact[k] == a) {
			m = x;
			break;
		}
	}
	t = exp10 - k;
	if (t > 22 || t < -22)
		return db_rescale(v, exp10);
	a = t >= 0 ? m * pow10_exact[t] : m / pow10_exact[-t];
	return v < 0 ? -a : a;
}

/* db_unit_convert, with both splits from the cache. */
int cmp_unit_convert(cmp_ctx *c, double v, const char *from, const char *to, double *out)
{
	char bf[32], bt[32];
	int ef, et;

	cmp_unit_split(c, from, bf, &ef);
	cmp_unit_split(c, to, bt, &et);
	if (strcmp(bf, bt) != 0)
		return -1;
	*out = ef == et ? v : rescale(v, ef - et);
	return 0;
}
