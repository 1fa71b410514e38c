/* test_numfmt.c - shortest round-trip formatting and exact decimal scaling. */
#include "core/numfmt.h"

#include <stdlib.h>

#include "harness.h"

static const char *fmt(double v)
{
	static char out[DB_NUMFMT_MAX];
	return db_numfmt(v, out);
}

int main(void)
{
	STR_EQ("0", fmt(0.0));
	STR_EQ("0", fmt(-0.0));
	STR_EQ("1", fmt(1.0));
	STR_EQ("-1", fmt(-1.0));
	STR_EQ("0.30000000000000004", fmt(0.1 + 0.2));
	STR_EQ("0.1", fmt(0.1));
	STR_EQ("271.1", fmt(271.1));
	STR_EQ("-4.1", fmt(-4.1));
	STR_EQ("10.9", fmt(10.9));
	STR_EQ("1e21", fmt(1e21));
	STR_EQ("1.5e21", fmt(1.5e21));
	STR_EQ("999999999999999900000", fmt(999999999999999900000.0));
	STR_EQ("1e-7", fmt(1e-7));
	STR_EQ("-1.5e-7", fmt(-1.5e-7));
	STR_EQ("0.000001", fmt(1e-6));
	STR_EQ("0.0000012345", fmt(1.2345e-6));
	STR_EQ("123456789012345680", fmt(123456789012345678.0));
	STR_EQ("27110000000", fmt(27110000000.0));
	STR_EQ("0.000123", fmt(0.000123));
	STR_EQ("100", fmt(100.0));
	STR_EQ("1234.5", fmt(1234.5));
	STR_EQ("5e-324", fmt(5e-324));
	STR_EQ("1.7976931348623157e308", fmt(1.7976931348623157e308));
	STR_EQ("null", fmt(NAN));
	STR_EQ("null", fmt(INFINITY));
	STR_EQ("null", fmt(-INFINITY));
	STR_EQ("9007199254740992", fmt(9007199254740992.0));

	/* everything read back is the same double */
	double vals[] = { 0.1 + 0.2, 271.1, 1e21, 1e-7, 123456789012345678.0, -3.75,
			  27110000000.0, 0.000123, 2.31, 1.0 / 3, 2.0 / 3, 1e300, 4.35e-5,
			  12345678.9, 0.999999999999, 6.02214076e23 };
	for (size_t i = 0; i < sizeof vals / sizeof *vals; i++)
		DBL_EQ(vals[i], strtod(fmt(vals[i]), NULL));

	/* db_decimal: one rounding */
	DBL_EQ(27110000000.0, db_decimal(2711, 7));
	DBL_EQ(271.1, db_decimal(2711, -1));
	DBL_EQ(0.000123, db_decimal(123, -6));
	DBL_EQ(-4.1, db_decimal(-41, -1));
	DBL_EQ(0.3, db_decimal(3, -1));
	DBL_EQ(1e21, db_decimal(1, 21));
	DBL_EQ(0.0, db_decimal(0, 5));
	STR_EQ("27110000000", fmt(db_decimal(2711, 7)));
	STR_EQ("0.000123", fmt(db_decimal(123, -6)));
	/* the arithmetic of small exponents rounds as strtod: mantissas of
	 * every size up to 2^53 and beyond, every exponent of the fast path
	 * and one past it */
	{
		unsigned long long x = 88172645463325252ULL;
		int same = 0, n = 0;
		for (int k = 0; k < 20000; k++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			long long m = (long long)(x >> (k % 62 + 1)) * (k & 1 ? -1 : 1);
			int e = k % 47 - 23;
			char tmp[48];
			snprintf(tmp, sizeof tmp, "%llde%d", m, e);
			same += db_decimal(m, e) == strtod(tmp, NULL);
			n++;
		}
		INT_EQ(n, same);
	}

	/* db_rescale: through the shortest digits */
	DBL_EQ(271.1, db_rescale(27110000000.0, -8));
	DBL_EQ(27110000000.0, db_rescale(271.1, 8));
	DBL_EQ(2.711, db_rescale(27110.0, -4));
	DBL_EQ(0.3, db_rescale(3.0, -1));
	DBL_EQ(0.0123, db_rescale(123.0, -4));
	DBL_EQ(-1.23, db_rescale(-12300.0, -4));
	DBL_EQ(5.0, db_rescale(5.0, 0));
	DBL_EQ(0.0, db_rescale(0.0, 4));
	/* naive arithmetic is not exact here, rescale is */
	OK(0.1 * 3 != 0.3);
	DBL_EQ(0.3, db_rescale(0.03, 1));
	STR_EQ("0.3", fmt(db_rescale(0.03, 1)));
	DBL_EQ(1.1, db_rescale(11000.0, -4));
	DB_TEST_END();
}
