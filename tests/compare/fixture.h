/* fixture.h - what the compare golden tests share: loading a catalog and
 * records files, running one comparison into bytes, and checking the bytes
 * against a reviewed file in tests/compare/golden/ (DB_UPDATE_GOLDEN=1
 * rewrites them; review the diff line by line before keeping it). */
#ifndef DB_TESTS_COMPARE_FIXTURE_H
#define DB_TESTS_COMPARE_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "compare/compare.h"
#include "core/buf.h"
#include "core/json_io.h"
#include "harness.h"

#define GOLDEN "tests/compare/golden/"

/* dir's catalog.json and the records files; exits on a read error. */
static void fixture_load(const char *dir, const char *const *files, size_t n, db_catalog *cat,
			 db_records *docs, const db_records **views)
{
	char path[256];
	db_diag d;
	db_buf b = DB_BUF_INIT;

	snprintf(path, sizeof(path), "%scatalog.json", dir);
	if (db_catalog_load(cat, path, &d) < 0) {
		fprintf(stderr, "catalog: %s\n", d.message);
		exit(1);
	}
	for (size_t i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s%s", dir, files[i]);
		db_buf_reset(&b);
		if (db_buf_read_file(&b, path) < 0 ||
		    db_records_read_json(&docs[i], db_buf_cstr(&b), b.len, path, &d) < 0) {
			fprintf(stderr, "%s: %s\n", path, d.message);
			exit(1);
		}
		views[i] = &docs[i];
	}
	db_buf_release(&b);
}

/* Compare got with the golden file (or write it when updating). */
static void golden(const char *name, const db_buf *got)
{
	char path[256];
	db_buf want = DB_BUF_INIT;

	snprintf(path, sizeof(path), GOLDEN "%s", name);
	if (getenv("DB_UPDATE_GOLDEN")) {
		FILE *f = fopen(path, "wb");
		OK(f != NULL);
		if (f) {
			fwrite(got->data, 1, got->len, f);
			fclose(f);
		}
		return;
	}
	if (db_buf_read_file(&want, path) < 0) {
		DB_T_REPORT(0, "%s: missing golden file", path);
		return;
	}
	DB_T_REPORT(want.len == got->len && !memcmp(want.data, got->data, got->len),
		    "%s differs from the output:\n%s", path, db_buf_cstr(got));
	db_buf_release(&want);
}

typedef enum { OUT_JSON, OUT_CSV, OUT_COVERAGE_JSON, OUT_COVERAGE_CSV, OUT_SERIES } out_kind;

/* One comparison over in[0..n) written into out (OUT_SERIES: the gdp series
 * of series_entity); returns the rc. */
static int fixture_run(const db_records *const *in, size_t n, const db_compare_opts *o,
		       out_kind k, const char *series_entity, db_buf *out, db_diag *d)
{
	int rc;

	if (k == OUT_COVERAGE_JSON || k == OUT_COVERAGE_CSV) {
		db_coverage cv = DB_COVERAGE_INIT;
		rc = db_coverage_build(in, n, o, &cv, d);
		if (!rc && k == OUT_COVERAGE_CSV)
			db_coverage_write_csv(&cv, NULL, out);
		else if (!rc)
			db_coverage_write_json(&cv, out);
		db_coverage_release(&cv);
		return rc;
	}
	db_tableset ts = DB_TABLESET_INIT;
	rc = k == OUT_SERIES ? db_compare_series(in, n, o, series_entity, "gdp", &ts, d)
			     : db_compare(in, n, o, &ts, d);
	if (!rc && k == OUT_CSV)
		db_tableset_write_csv(&ts, NULL, out);
	else if (!rc)
		db_tableset_write_json(&ts, out);
	if (k == OUT_JSON) {
		/* table by table (duibiao compare): the same rc, tables and bytes */
		db_buf one = DB_BUF_INIT;
		db_diag d2;
		size_t ntables;
		memset(&d2, 0, sizeof(d2));
		INT_EQ(rc, db_compare_write_json(in, n, o, &one, &ntables, &d2));
		if (rc) {
			STR_EQ(d->message, d2.message);
		} else {
			INT_EQ(ts.len, ntables);
			STR_EQ(db_buf_cstr(out), db_buf_cstr(&one));
		}
		db_buf_release(&one);
	}
	db_tableset_release(&ts);
	return rc;
}

#endif
