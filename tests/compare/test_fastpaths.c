/* test_fastpaths.c - the shortcuts taken for compare's speed give exactly
 * what the plain paths give: numbers written by db_jw_number equal
 * db_numfmt, numbers read by db_json_parse and db_json_number equal strtod, unit conversions
 * through compare's unit cache equal db_unit_convert, for values of the
 * kinds reports hold and for random doubles. */
#include <stdint.h>
#include <stdlib.h>

#include "compare/internal.h"
#include "core/json.h"
#include "core/numfmt.h"
#include "core/units.h"
#include "harness.h"

static uint64_t state = 0x9E3779B97F4A7C15ull;
static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

/* A figure as reports write them: up to 12 digits, 0–6 decimals. */
static double figure(void)
{
	static const double p10[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6 };
	double m = (double)(next() % 1000000000000ull) / (double)(1 + next() % 1000);
	char s[64];
	snprintf(s, sizeof s, "%.*f", (int)(next() % 7), m / p10[next() % 7]);
	return (next() & 1 ? -1 : 1) * strtod(s, NULL);
}

static double random_double(void)
{
	double v;
	uint64_t bits = next();
	memcpy(&v, &bits, sizeof v);
	return v;
}

static int write_mismatches, read_mismatches, convert_mismatches, converts;

/* Every pair of these units, through the cache and through core/units.c. */
static const char *const units[] = { "元", "千元", "万元", "亿元", "万亿元", "人", "万人",
				     "美元", "亿美元", "%", NULL };

static void check_convert(cmp_ctx *c, double v)
{
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		for (size_t j = 0; j < sizeof units / sizeof *units; j++) {
			double got = NAN, want = NAN;
			int rg = cmp_unit_convert(c, v, units[i], units[j], &got);
			int rw = db_unit_convert(v, units[i], units[j], &want);
			converts += rw == 0;
			if (rg != rw || (rw == 0 && memcmp(&got, &want, sizeof got))) {
				if (convert_mismatches++ < 5)
					fprintf(stderr, "convert %.17g %s→%s: %.17g, want %.17g\n", v,
						units[i] ? units[i] : "(null)",
						units[j] ? units[j] : "(null)", got, want);
			}
		}
}

static void check_write(double v)
{
	char want[DB_NUMFMT_MAX];
	db_buf b = DB_BUF_INIT;
	db_jw w;

	db_jw_init(&w, &b, false);
	db_jw_number(&w, v);
	db_numfmt(v, want);
	if (strcmp(want, db_buf_cstr(&b))) {
		if (write_mismatches++ < 5)
			fprintf(stderr, "write %.17g: %s, want %s\n", v, db_buf_cstr(&b), want);
	}
	db_buf_release(&b);
}

static void check_read(const char *num)
{
	char doc[80];
	db_diag d;
	db_json *j;

	snprintf(doc, sizeof doc, "[%s]", num);
	j = db_json_parse(doc, strlen(doc), "t", &d);
	double got = db_json_num(db_json_at(j, 0), NAN), want = strtod(num, NULL), direct;
	/* and by the records reader's own number parser */
	size_t n = db_json_number(num, strlen(num), &direct);
	if (!isfinite(want)) {   /* beyond a double (1e400): refused, not infinity */
		if ((j || n) && read_mismatches++ < 5)
			fprintf(stderr, "read %s: %.17g, want an error\n", num, got);
	} else if (!j || memcmp(&got, &want, sizeof got) || n != strlen(num) ||
		   memcmp(&direct, &want, sizeof direct)) {
		if (read_mismatches++ < 5)
			fprintf(stderr, "read %s: %.17g (direct %.17g), want %.17g\n", num, got,
				direct, want);
	}
	db_json_free(j);
}

int main(void)
{
	static const double fixed[] = { 0.1, 0.2, 0.3, 10.9, 11.6, -4.1, 1746.2, 12691.2, 1e-6,
					1.5e-6, 999999999999999, 1e15, 0.30000000000000004,
					98.7654321, 234.5678, 5e-324, 1e21, 123456789012.345 };
	static const char *const texts[] = {
		"0", "-0", "10.9", "-4.1", "1746.2", "0.05", "1e2", "1E+2", "-0.5e-3", "12.50",
		"123456789012345", "1234567890123456789", "0.1234567890123456789", "1e22", "1e23",
		"9007199254740993", "1e-400", "1e400", "4.9406564584124654e-324", "00.1e0",
	};
	char s[64];
	cmp_ctx c;

	cmp_ctx_init(&c, NULL);
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
		check_write(fixed[i]);
		check_write(-fixed[i]);
		check_convert(&c, fixed[i]);
		check_convert(&c, -fixed[i]);
	}
	long rounds = db_t_rounds(200000, 5000);
	for (long i = 0; i < rounds; i++) {
		double v = figure(), r = random_double();
		check_write(v);
		if (isfinite(r))
			check_write(r);
		if (i % 64 == 0) {
			check_convert(&c, v);
			if (isfinite(r))
				check_convert(&c, r);
		}
		snprintf(s, sizeof s, "%.17g", r);
		if (isfinite(r))
			check_read(s);
		db_numfmt(v, s);
		check_read(s);
		snprintf(s, sizeof s, "%.*e", (int)(next() % 17), v);
		check_read(s);
		snprintf(s, sizeof s, "%.*f", (int)(next() % 9), v);
		check_read(s);
	}
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		if (strcmp(texts[i], "00.1e0"))   /* not JSON: only valid numbers here */
			check_read(texts[i]);
	/* Numbers cut short at the end of the buffer: nothing read past it
	 * (each in a heap block of its exact size, for ASan). */
	static const char *const cut[] = { "", "-", "1.", "-0.", "2e", "2e+", "." };
	for (size_t i = 0; i < sizeof cut / sizeof *cut; i++) {
		size_t n = strlen(cut[i]);
		char *b = malloc(n ? n : 1);
		double v;
		memcpy(b, cut[i], n);
		INT_EQ(0, (long long)db_json_number(b + (n ? 0 : 1), n, &v));
		free(b);
	}
	cmp_ctx_release(&c);
	INT_EQ(0, write_mismatches);
	INT_EQ(0, read_mismatches);
	INT_EQ(0, convert_mismatches);
	OK(converts > rounds / 2);   /* the pairs of one base did convert */
	DB_TEST_END();
}
