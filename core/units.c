/* units.c - unit words as base × 10^exp, and exact conversions.
 *
 * Multiplier prefixes are data (below). 千 and 百 are prefixes only before a
 * currency (千元, 千美元, 百元): elsewhere they belong to the unit word itself
 * (千米, 千瓦时, 千克, 百分点). Each currency is a base of its own, so 亿美元
 * never converts to 亿元. */
#include "core/units.h"

#include <stdio.h>
#include <string.h>

#include "core/numfmt.h"

typedef struct {
	const char *prefix;
	int exp10;
	bool currency_only; /* only before a currency word */
} prefix_def;

/* Longest first: 万亿 before 万, 千万 before 千. */
static const prefix_def prefixes[] = {
	{ "万亿", 12, false },
	{ "千万", 7, false },
	{ "百万", 6, false },
	{ "亿", 8, false },
	{ "万", 4, false },
	{ "千", 3, true },
	{ "百", 2, true },
};

static const char *const currencies[] = {
	"元", "美元", "欧元", "港元", "日元", "英镑", "韩元",
};

static bool is_currency(const char *s)
{
	for (size_t i = 0; i < sizeof currencies / sizeof *currencies; i++)
		if (strcmp(s, currencies[i]) == 0)
			return true;
	return false;
}

/* Copy s into base (32 bytes), never cutting a UTF-8 character. */
static void copy_base(char *base, const char *s)
{
	size_t n = strlen(s);
	if (n > 31) {
		n = 31;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(base, s, n);
	base[n] = '\0';
}

void db_unit_split(const char *unit, char *base, int *exp10)
{
	if (!unit)
		unit = "";
	for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
		const prefix_def *p = &prefixes[i];
		size_t n = strlen(p->prefix);
		if (strncmp(unit, p->prefix, n) != 0)
			continue;
		const char *rest = unit + n;
		if (p->currency_only && !is_currency(rest))
			continue;
		copy_base(base, rest);
		*exp10 = p->exp10;
		return;
	}
	copy_base(base, unit);
	*exp10 = 0;
}

bool db_unit_compatible(const char *a, const char *b)
{
	char ba[32], bb[32];
	int ea, eb;
	db_unit_split(a, ba, &ea);
	db_unit_split(b, bb, &eb);
	return strcmp(ba, bb) == 0;
}

/* Bases that convert into another at a factor of m × 10^e (亿斤 of grain
 * into 万吨: 1 斤 = 5 × 10^-4 吨; 万羽 of poultry into 万只). */
static const struct {
	const char *from, *to;
	int mantissa, exp10;
} base_factors[] = {
	{ "斤", "吨", 5, -4 }, { "公斤", "吨", 1, -3 }, { "千克", "吨", 1, -3 },
	{ "羽", "只", 1, 0 }, /* poultry: 家禽出笼2686.6万羽 */
	{ "千瓦小时", "千瓦时", 1, 0 }, /* 工业用电量2.1亿千瓦小时 */
	{ "度", "千瓦时", 1, 0 }, /* 发电量64亿度: 度 is a kilowatt-hour */
	/* PM2.5平均浓度32μg/m3 */
	{ "μg/m3", "微克/立方米", 1, 0 }, { "μg/m³", "微克/立方米", 1, 0 },
	{ "ug/m3", "微克/立方米", 1, 0 },
};

int db_unit_convert(double v, const char *from, const char *to, double *out)
{
	char bf[32], bt[32];
	int ef, et;
	db_unit_split(from, bf, &ef);
	db_unit_split(to, bt, &et);
	if (strcmp(bf, bt) != 0) {
		for (size_t i = 0; i < sizeof base_factors / sizeof *base_factors; i++)
			if (!strcmp(bf, base_factors[i].from) && !strcmp(bt, base_factors[i].to)) {
				*out = db_rescale(v * base_factors[i].mantissa,
						  ef - et + base_factors[i].exp10);
				return 0;
			}
		return -1;
	}
	*out = ef == et ? v : db_rescale(v, ef - et);
	return 0;
}
