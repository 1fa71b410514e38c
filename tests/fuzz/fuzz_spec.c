/* fuzz_spec.c - arbitrary bytes as the spec of `duibiao sheet --spec` (read
 * in cli/cmd_sheet.c, linked in here with the rest of the command): the
 * sheet of tests/render/data/multi.json with that spec, to a PDF. A theme
 * beside the spec (theme.json, from tests/render/data/theme-print.json)
 * lets "theme" name a file that loads. */
#include <stdlib.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "tests/fuzz/fuzz.h"

static char *tables_path;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t n;
	char *text = fuzz_fixture("tests/render/data/theme-print.json", &n);

	(void)argc;
	(void)argv;
	fuzz_write("theme.json", (const uint8_t *)text, n);
	free(text);
	text = fuzz_fixture("tests/render/data/multi.json", &n);
	tables_path = db_xstrdup(fuzz_write("tables.json", (const uint8_t *)text, n));
	free(text);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *spec = db_xstrdup(fuzz_write("spec.json", data, size));
	char *out = db_xstrdup(fuzz_path("sheet.pdf"));
	char *argv[] = { "sheet", tables_path, "--spec", spec, "-o", out, "--quiet", NULL };
	cmd_sheet(7, argv);
	free(spec);
	free(out);
	return 0;
}
