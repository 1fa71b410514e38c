/* fuzz_records.c - arbitrary bytes as a records document (what `compare`
 * and `sheet` read). The direct reader and the tree reader must agree
 * (both fail with one message, or read what writes to the same bytes);
 * whatever reads must write back and read again to the same bytes; read
 * lazily (sentences left in the text), the same records with every sentence
 * read again from the bytes; it is then compared beside a real document
 * (tests/compare/data/sanmenxia.json): tables, which must read back, their
 * CSV, coverage, and the series of its first keyed record. */
#include <stdlib.h>
#include <string.h>

#include "compare/compare.h"
#include "core/json_io.h"
#include "tests/fuzz/fuzz.h"

static db_catalog catalog;
static db_records fixed;

static void compare(const db_records *rs)
{
	const db_records *docs[2] = { rs, &fixed };
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	db_tableset ts = DB_TABLESET_INIT;
	db_coverage cv = DB_COVERAGE_INIT;
	db_buf b = DB_BUF_INIT;
	db_diag d;

	o.catalog = &catalog;
	o.min_entities = 1;
	if (db_compare(docs, 2, &o, &ts, &d) == 0) {
		fuzz_tables_round_trip(&ts);
		db_tableset_write_csv(&ts, NULL, &b);
	}
	if (db_coverage_build(docs, 2, &o, &cv, &d) == 0) {
		db_coverage_write_json(&cv, &b);
		db_coverage_write_csv(&cv, NULL, &b);
	}
	for (size_t i = 0; i < rs->len; i++) {
		const db_record *r = &rs->items[i];
		if (r->metric && r->entity) {
			db_tableset series = DB_TABLESET_INIT;
			db_compare_series(docs, 2, &o, r->entity, r->metric, &series, &d);
			db_tableset_release(&series);
			break;
		}
	}
	db_buf_release(&b);
	db_coverage_release(&cv);
	db_tableset_release(&ts);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	db_diag d;

	(void)argc;
	(void)argv;
	if (db_catalog_load_default(&catalog, &d) < 0)
		abort();
	fuzz_records_fixture("tests/compare/data/sanmenxia.json", &fixed);
	return 0;
}

/* The tree reader's result beside the direct one's (rc and d, rs). */
static void same_as_tree(const uint8_t *data, size_t size, int rc, const db_diag *d,
			 const db_records *rs)
{
	db_records tree = DB_RECORDS_INIT;
	db_buf a = DB_BUF_INIT, b = DB_BUF_INIT;
	db_diag dt;

	if (db_records_read_json_tree(&tree, (const char *)data, size, "fuzz.json", &dt) != rc ||
	    (rc < 0 && strcmp(d->message, dt.message)))
		abort();
	if (rc == 0) {
		db_records_write_json(rs, &a);
		db_records_write_json(&tree, &b);
		if (a.len != b.len || memcmp(a.data, b.data, a.len))
			abort();
	}
	db_buf_release(&a);
	db_buf_release(&b);
	db_records_release(&tree);
}

/* The lazy reader (compare of many files) beside the direct one: the same
 * result, and every sentence it left in the text read again to the same
 * string. */
static void same_lazily(const uint8_t *data, size_t size, int rc, const db_records *rs)
{
	db_records lazy = DB_RECORDS_INIT;
	db_buf text = DB_BUF_INIT;
	db_diag d;

	if (db_records_read_json_lazy(&lazy, (const char *)data, size, "fuzz.json", &d) != rc)
		abort();
	if (rc == 0 && lazy.len != rs->len)
		abort();
	for (size_t i = 0; rc == 0 && i < lazy.len; i++) {
		const db_source *s = &lazy.items[i].source;
		const char *want = rs->items[i].source.text;
		if (!s->text_at) {
			if ((s->text == NULL) != (want == NULL) || (want && strcmp(s->text, want)))
				abort();
			continue;
		}
		if (db_records_text_in((const char *)data, size, s, &text) < 0 || !want ||
		    strcmp(db_buf_cstr(&text), want))
			abort();
	}
	db_buf_release(&text);
	db_records_release(&lazy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_records rs = DB_RECORDS_INIT;
	db_diag d;
	int rc = db_records_read_json(&rs, (const char *)data, size, "fuzz.json", &d);

	same_as_tree(data, size, rc, &d, &rs);
	same_lazily(data, size, rc, &rs);
	if (rc == 0) {
		fuzz_records_round_trip(&rs);
		compare(&rs);
	}
	db_records_release(&rs);
	return 0;
}
