/* numfmt.h - the one number formatter: the shortest decimal that reads back
 * to the same double ("%.{1..17}g" until strtod round-trips), no exponent for
 * magnitudes in [1e-6, 1e21), "-0" printed as "0". Used for JSON, CSV and
 * every number shown in a figure, so outputs are deterministic. */
#ifndef DB_NUMFMT_H
#define DB_NUMFMT_H

#include <stddef.h>

#define DB_NUMFMT_MAX 40

/* Writes into out (at least DB_NUMFMT_MAX bytes) and returns out. NaN and
 * infinities are printed as "null" (they never belong in our documents). */
char *db_numfmt(double v, char *out);

/* Exact decimal scaling: mantissa digits × 10^exp10 with one rounding, so
 * 271.1亿 = db_decimal(2711, 7) = 27110000000 exactly. */
double db_decimal(long long mantissa, int exp10);

/* value × 10^exp10 rounded once via the shortest decimal form of value:
 * db_rescale(27110000000, -8) == 271.1 exactly as a double literal. */
double db_rescale(double value, int exp10);

#endif
