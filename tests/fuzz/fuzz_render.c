/* fuzz_render.c - the renderer on arbitrary tables: whatever tables JSON
 * reads is drawn. The first tables go through three renderers made once
 * (bar chart, horizontal to PNG and vertical to SVG; ranking table to PDF);
 * which one draws table i is (i + input length) % 3, so that one corpus
 * reaches all three. Some inputs (length % 4 == 0) are also drawn as a
 * sheet, a multi-page PDF. Sizes are small: the renderer's logic is under
 * test, not cairo's raster speed. */
#include <stdlib.h>

#include "core/json_io.h"
#include "render/render.h"
#include "tests/fuzz/fuzz.h"

#define MAX_TABLES 4

static db_renderer *renderers[3];
static const char *const outputs[3] = { "fig.png", "fig.svg", "fig.pdf" };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	db_render_opts o[3] = {
		{ .orient = "horizontal", .width = 360, .highlight = "郑州市", .ref = "median" },
		{ .orient = "vertical", .width = 300, .height = 220, .ref = "mean" },
		{ .chart = "table", .width = 360 },
	};
	db_diag d;

	(void)argc;
	(void)argv;
	for (int i = 0; i < 3; i++)
		if (!(renderers[i] = db_renderer_new(&o[i], &d)))
			abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	db_tableset ts = DB_TABLESET_INIT;
	db_diag d;

	if (db_tableset_read_json(&ts, (const char *)data, size, "fuzz.json", &d) == 0) {
		const db_table *tabs[MAX_TABLES];
		size_t n = ts.len < MAX_TABLES ? ts.len : MAX_TABLES;
		for (size_t i = 0; i < n; i++) {
			size_t v = (i + size) % 3;
			tabs[i] = &ts.items[i];
			db_render_table(renderers[v], tabs[i], fuzz_path(outputs[v]), &d);
		}
		if (n && size % 4 == 0) {
			db_sheet s = { .title = "简报", .tables = tabs, .ntables = n };
			db_render_sheet(renderers[0], &s, fuzz_path("sheet.pdf"), &d);
		}
	}
	db_tableset_release(&ts);
	return 0;
}
