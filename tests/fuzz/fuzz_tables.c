/* fuzz_tables.c - arbitrary bytes as a tables document (what `render` and
 * `sheet` read). Whatever reads must write back and read again to the same
 * bytes; it is also written as CSV and every table looked up by its key. */
#include <stdlib.h>

#include "compare/compare.h"
#include "core/json_io.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_tableset ts = DB_TABLESET_INIT;
	db_diag d;

	if (db_tableset_read_json(&ts, (const char *)data, size, "fuzz.json", &d) == 0) {
		db_buf b = DB_BUF_INIT;
		fuzz_tables_round_trip(&ts);
		db_tableset_write_csv(&ts, NULL, &b);
		for (size_t i = 0; i < ts.len; i++)
			if (ts.items[i].key && !db_tableset_find(&ts, ts.items[i].key))
				abort();
		db_buf_release(&b);
	}
	db_tableset_release(&ts);
	return 0;
}
