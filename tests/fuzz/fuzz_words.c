/* fuzz_words.c - arbitrary bytes as the word lists of `--words FILE`
 * (extract/words.c). Lists that load are put to work on a short report
 * (fuzz.c), then the built-in lists come back, so that every input starts
 * from the same extractor. */
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"

static db_catalog catalog;
static db_extractor *extractor;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	extractor = fuzz_extractor(&catalog);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_diag d;

	if (db_extractor_load_words(extractor, fuzz_write("words.json", data, size), &d) == 0) {
		fuzz_sample_extract(extractor);
		if (db_extractor_load_words(extractor, NULL, &d) < 0)
			abort();
	}
	return 0;
}
