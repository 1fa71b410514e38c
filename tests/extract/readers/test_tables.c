/* test_tables.c - the readers' word tables agree with the scanner's quick
 * gate: every word that can open a figure or a rank begins with a starter
 * character (else db_figure_next would never try it). The reader sources
 * are included so their static tables are visible. */
#include "extract/numbers.c"
#include "extract/ranks.c"

#include "harness.h"

static void check_list(const char *const *words)
{
	for (size_t i = 0; words[i]; i++) {
		size_t n;
		unsigned c = lx_cp(words[i], strlen(words[i]), 0, &n);
		int w = anchor_window(words[i], strlen(words[i]), 0, c, n);
		if (!(is_starter(c) || w))
			fprintf(stderr, "  not a starter: %s\n", words[i]);
		OK(is_starter(c) || w);
	}
}

int main(void)
{
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n;
		unsigned c = lx_cp(prefixes[i].word, strlen(prefixes[i].word), 0, &n);
		if (!is_starter(c))
			fprintf(stderr, "  not a starter: %s\n", prefixes[i].word);
		OK(is_starter(c));
	}
	check_list(verbs);
	check_list(scope_heads);
	check_list(tiers);
	check_list(top_words);
	/* sorted, so the binary search is right */
	for (size_t i = 1; i < sizeof starters / sizeof starters[0]; i++)
		OK(starters[i - 1] < starters[i]);
	/* every prefix word, put before a figure, is read as part of it */
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		if (prefixes[i].role == P_LEVEL)
			continue;
		char t[64];
		db_figure f;
		snprintf(t, sizeof t, "%s12.5%%", prefixes[i].word);
		OK(db_figure_next(t, strlen(t), 0, &f));
		if (f.start != 0)
			fprintf(stderr, "  prefix not read: %s\n", t);
		INT_EQ(0, f.start);
		DBL_EQ(prefixes[i].role == P_SIGN && prefixes[i].value < 0 ? -12.5 : 12.5, f.value);
	}
	DB_TEST_END();
}
