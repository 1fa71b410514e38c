/* units.h - unit words and exact conversions between them.
 *
 * A unit is a base word with a decimal multiplier: 亿元 = 元 × 10^8,
 * 万人 = 人 × 10^4, 万亿元 = 元 × 10^12, 万吨 = 吨 × 10^4, 千米 stays 千米
 * (a unit of its own). Currencies other than 元 (美元, 欧元) are bases of their
 * own, so 亿美元 never converts to 亿元. %, 百分点, 倍, 位 are bases. */
#ifndef DB_UNITS_H
#define DB_UNITS_H

#include <stdbool.h>

/* Split unit into base (copied into base, 32 bytes) and exp10. Always
 * succeeds: a word without a known multiplier prefix is its own base. */
void db_unit_split(const char *unit, char *base, int *exp10);

/* Convert v from one unit to another; 0 on success, -1 when the bases differ
 * (but for a few weights: 亿斤 converts to 万吨). The scaling is exact in the
 * decimal sense (db_rescale). */
int db_unit_convert(double v, const char *from, const char *to, double *out);

bool db_unit_compatible(const char *a, const char *b);

#endif
