/* numfmt.c - the one number formatter and exact decimal scaling.
 *
 * Shortest form: try "%.{p-1}e" for p = 1..17 until strtod gives the same
 * double back, then lay the digits out by hand so no exponent appears for
 * magnitudes in [1e-6, 1e21). Decimal scaling goes through a decimal string
 * and strtod (correctly rounded), so 2711 × 10^7 and 27110000000 × 10^-8 are
 * each rounded exactly once. */
#include "core/numfmt.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Shortest significant digits of |v| (v finite, non-zero) into digits
 * (no trailing zeros) and the decimal exponent of the first digit. */
static void shortest_digits(double v, char digits[20], int *exp10)
{
	char tmp[40];
	for (int p = 1; p <= 17; p++) {
		snprintf(tmp, sizeof tmp, "%.*e", p - 1, fabs(v));
		if (strtod(tmp, NULL) == fabs(v) || p == 17)
			break;
	}
	/* tmp is "d.ddddde±XX" or "de±XX" */
	size_t n = 0;
	const char *s = tmp;
	for (; *s && *s != 'e'; s++)
		if (*s != '.')
			digits[n++] = *s;
	while (n > 1 && digits[n - 1] == '0')
		n--;
	digits[n] = '\0';
	*exp10 = (int)strtol(s + 1, NULL, 10);
}

char *db_numfmt(double v, char *out)
{
	if (!isfinite(v)) {
		strcpy(out, "null");
		return out;
	}
	if (v == 0) {
		strcpy(out, "0"); /* -0 too */
		return out;
	}
	char digits[20];
	int e;
	shortest_digits(v, digits, &e);
	size_t n = strlen(digits);
	char *o = out;
	if (v < 0)
		*o++ = '-';
	double a = fabs(v);
	if (a >= 1e-6 && a < 1e21) {
		if (e >= 0) {
			for (size_t i = 0; i < n || (int)i <= e; i++) {
				if ((int)i == e + 1)
					*o++ = '.';
				*o++ = i < n ? digits[i] : '0';
			}
		} else {
			*o++ = '0';
			*o++ = '.';
			for (int i = -1; i > e; i--)
				*o++ = '0';
			memcpy(o, digits, n);
			o += n;
		}
		*o = '\0';
	} else {
		*o++ = digits[0];
		if (n > 1) {
			*o++ = '.';
			memcpy(o, digits + 1, n - 1);
			o += n - 1;
		}
		sprintf(o, "e%d", e);
	}
	return out;
}

double db_decimal(long long mantissa, int exp10)
{
	/* Both exact as doubles (|m| <= 2^53, 10^k for k <= 22): one IEEE
	 * multiplication or division rounds the exact value once, as strtod
	 * does, and costs a hundredth of it (Clinger's fast path). */
	static const double exact10[] = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
					1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
					1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
#if FLT_EVAL_METHOD == 0
	if (mantissa >= -(1LL << 53) && mantissa <= 1LL << 53 && exp10 >= -22 && exp10 <= 22)
		return exp10 >= 0 ? (double)mantissa * exact10[exp10] : (double)mantissa / exact10[-exp10];
#endif
	char tmp[48];
	snprintf(tmp, sizeof tmp, "%llde%d", mantissa, exp10);
	return strtod(tmp, NULL);
}

double db_rescale(double value, int exp10)
{
	if (!isfinite(value) || value == 0 || exp10 == 0)
		return value;
	char digits[20], tmp[48];
	int e;
	shortest_digits(value, digits, &e);
	/* value = 0.d1d2… × 10^(e+1) = d1d2…dn × 10^(e+1-n) */
	int n = (int)strlen(digits);
	snprintf(tmp, sizeof tmp, "%s%se%d", value < 0 ? "-" : "", digits,
		 e + 1 - n + exp10);
	return strtod(tmp, NULL);
}
