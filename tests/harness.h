/* harness.h - a tiny unit-test harness. Each check prints the failing place
 * and values; main returns the failure count via DB_TEST_END, and prints the
 * plain "N passed, N failed" line.
 *
 *   int main(void) { OK(1 + 1 == 2); INT_EQ(3, f()); STR_EQ("a", g()); DB_TEST_END(); }
 */
#ifndef DB_HARNESS_H
#define DB_HARNESS_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int db_t_pass, db_t_fail;

#define DB_T_REPORT(ok, ...)                                              \
	do {                                                              \
		if (ok) {                                                 \
			db_t_pass++;                                      \
		} else {                                                  \
			db_t_fail++;                                      \
			fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);   \
			fprintf(stderr, __VA_ARGS__);                     \
			fputc('\n', stderr);                              \
		}                                                         \
	} while (0)

#define OK(cond) DB_T_REPORT((cond), "check failed: %s", #cond)
#define INT_EQ(exp, got)                                                              \
	do {                                                                          \
		long long e_ = (long long)(exp), g_ = (long long)(got);               \
		DB_T_REPORT(e_ == g_, "%s: expected %lld, got %lld", #got, e_, g_);   \
	} while (0)
#define DBL_EQ(exp, got)                                                              \
	do {                                                                          \
		double e_ = (exp), g_ = (got);                                        \
		DB_T_REPORT(e_ == g_, "%s: expected %.17g, got %.17g", #got, e_, g_); \
	} while (0)
#define STR_EQ(exp, got)                                                             \
	do {                                                                         \
		const char *e_ = (exp), *g_ = (got);                                 \
		DB_T_REPORT((e_ == NULL && g_ == NULL) ||                            \
				    (e_ && g_ && strcmp(e_, g_) == 0),               \
			    "%s: expected \"%s\", got \"%s\"", #got, e_ ? e_ : "(null)", \
			    g_ ? g_ : "(null)");                                     \
	} while (0)

/* n rounds, or few under make leakcheck (DB_LEAKCHECK set: every test runs
 * in valgrind), for loops over random or generated values, whose memory
 * paths a few rounds already take. */
static inline long db_t_rounds(long n, long few)
{
	return getenv("DB_LEAKCHECK") ? few : n;
}

#define DB_TEST_END()                                                       \
	do {                                                                \
		printf("%d passed, %d failed\n", db_t_pass, db_t_fail);     \
		return db_t_fail == 0 && db_t_pass > 0 ? 0 : 1;             \
	} while (0)

#endif
