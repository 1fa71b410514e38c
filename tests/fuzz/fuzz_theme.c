/* fuzz_theme.c - arbitrary bytes as a theme (`--theme FILE`, a sheet spec's
 * "theme"; render/theme.c). A theme that loads draws a real table
 * (tests/render/data/mixed.json: figures above and below zero, a
 * highlighted entity) as a bar chart and as a ranking table, small, with
 * the extreme margins and sizes the theme may set. */
#include "render/render.h"
#include "tests/fuzz/fuzz.h"

static db_tableset tables;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_tables_fixture("tests/render/data/mixed.json", &tables);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_diag d;

	db_render_opts o = { .theme = fuzz_write("theme.json", data, size), .width = 320,
			     .highlight = tables.items[0].rows[0].entity, .ref = "mean" };
	db_renderer *r = db_renderer_new(&o, &d);
	if (!r)
		return 0;
	db_render_table(r, &tables.items[0], fuzz_path("bar.png"), &d);
	db_renderer_free(r);
	o.chart = "table";
	o.orient = "vertical";
	if ((r = db_renderer_new(&o, &d))) {
		db_render_table(r, &tables.items[0], fuzz_path("table.svg"), &d);
		db_renderer_free(r);
	}
	return 0;
}
