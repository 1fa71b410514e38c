/* fuzz_manifest.c - arbitrary bytes as a manifest (`extract --manifest`,
 * `sheet --manifest`; core/json_io.c), read from a file as the program
 * reads it: every entry's fields, its date and the path resolved beside the
 * manifest, which must stay inside its folder (the default). */
#include "core/json_io.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_manifest m;
	db_diag d;

	if (db_manifest_load(&m, fuzz_write("manifest.json", data, size), 0, &d) == 0)
		db_manifest_release(&m);
	return 0;
}
