/* fuzz_catalog.c - arbitrary bytes as a metric catalog (`--catalog FILE`;
 * core/catalog.c). A catalog that loads is put to work: an extractor built
 * on it reads a short report (fuzz.c), and a real records document
 * (tests/compare/data/sanmenxia.json) compares with it. */
#include "compare/compare.h"
#include "core/json_io.h"
#include "tests/fuzz/fuzz.h"

static db_records fixed;

static void compare(const db_catalog *c)
{
	const db_records *docs[1] = { &fixed };
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	db_tableset ts = DB_TABLESET_INIT;
	db_buf b = DB_BUF_INIT;
	db_diag d;

	o.catalog = c;
	o.min_entities = 1;
	if (db_compare(docs, 1, &o, &ts, &d) == 0)
		db_tableset_write_json(&ts, &b);
	db_buf_release(&b);
	db_tableset_release(&ts);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_records_fixture("tests/compare/data/sanmenxia.json", &fixed);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_catalog c;
	db_diag d;

	if (db_catalog_load_json(&c, (const char *)data, size, "catalog.json", &d) < 0)
		return 0;
	db_extractor *x = db_extractor_new(&c, &d);
	if (x) {
		fuzz_sample_extract(x);
		db_extractor_free(x);
	}
	compare(&c);
	db_catalog_release(&c);
	return 0;
}
