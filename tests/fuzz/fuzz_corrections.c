/* fuzz_corrections.c - arbitrary bytes as the corrections CSV of `compare
 * --overrides` (compare/fixes.c), applied to the records of
 * tests/compare/data: the CSV reader, then set/drop/add on real tables, then
 * the tables written as JSON and CSV, and a series of one entity. */
#include <stdio.h>
#include <stdlib.h>

#include "compare/compare.h"
#include "core/json_io.h"
#include "tests/fuzz/fuzz.h"

static const char *const files[] = { "jianxi", "luohe", "sanmenxia", "zhengzhou",
				     "zhengzhou-late" };
#define NDOCS (sizeof(files) / sizeof(files[0]))

static db_catalog catalog;
static db_records records[NDOCS];
static const db_records *docs[NDOCS];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	db_diag d;
	size_t n;
	char *text = fuzz_fixture("tests/compare/data/catalog.json", &n);

	(void)argc;
	(void)argv;
	if (db_catalog_load_json(&catalog, text, n, "catalog.json", &d) < 0)
		abort();
	free(text);
	for (size_t i = 0; i < NDOCS; i++) {
		char path[128];
		snprintf(path, sizeof(path), "tests/compare/data/%s.json", files[i]);
		fuzz_records_fixture(path, &records[i]);
		docs[i] = &records[i];
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	db_tableset ts = DB_TABLESET_INIT, series = DB_TABLESET_INIT;
	db_diag d;

	o.catalog = &catalog;
	o.min_entities = 1;
	o.overrides = fuzz_write("corrections.csv", data, size);
	if (db_compare(docs, NDOCS, &o, &ts, &d) == 0) {
		db_buf b = DB_BUF_INIT;
		db_tableset_write_json(&ts, &b);
		db_tableset_write_csv(&ts, NULL, &b);
		db_buf_release(&b);
	}
	db_compare_series(docs, NDOCS, &o, "三门峡市", "industrial_va", &series, &d);
	db_tableset_release(&ts);
	db_tableset_release(&series);
	return 0;
}
