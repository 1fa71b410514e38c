/* fuzz_json.c - libFuzzer target for every JSON reader in core: the view,
 * records, tables and catalog. Whatever is read must write back and read
 * again to the same bytes. Build: CC=clang cmake -DDB_FUZZ=ON … then
 * ./fuzz_core_json -max_total_time=60 tests/core/data */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/catalog.h"
#include "core/json.h"
#include "core/json_io.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void records(const char *t, size_t n)
{
	db_records rs = DB_RECORDS_INIT, again = DB_RECORDS_INIT;
	db_diag d;
	if (db_records_read_json(&rs, t, n, "fuzz", &d) == 0) {
		db_buf a = DB_BUF_INIT, b = DB_BUF_INIT;
		db_records_write_json(&rs, &a);
		if (db_records_read_json(&again, a.data, a.len, "again", &d) < 0)
			abort();
		db_records_write_json(&again, &b);
		if (a.len != b.len || memcmp(a.data, b.data, a.len) != 0)
			abort();
		db_buf_release(&a);
		db_buf_release(&b);
	}
	db_records_release(&rs);
	db_records_release(&again);
}

static void tables(const char *t, size_t n)
{
	db_tableset ts = DB_TABLESET_INIT, again = DB_TABLESET_INIT;
	db_diag d;
	if (db_tableset_read_json(&ts, t, n, "fuzz", &d) == 0) {
		db_buf a = DB_BUF_INIT, b = DB_BUF_INIT;
		db_tableset_write_json(&ts, &a);
		if (db_tableset_read_json(&again, a.data, a.len, "again", &d) < 0)
			abort();
		db_tableset_write_json(&again, &b);
		if (a.len != b.len || memcmp(a.data, b.data, a.len) != 0)
			abort();
		db_buf_release(&a);
		db_buf_release(&b);
	}
	db_tableset_release(&ts);
	db_tableset_release(&again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *t = (const char *)data;
	db_diag d;
	db_json *j = db_json_parse(t, size, "fuzz", &d);
	db_json_free(j);
	records(t, size);
	tables(t, size);
	db_catalog c;
	if (db_catalog_load_json(&c, t, size, "fuzz", &d) == 0)
		db_catalog_release(&c);
	return 0;
}
