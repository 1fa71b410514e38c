/* render_tool.c - the render library without the CLI, for the golden tests:
 *   render_tool TABLES.json OUT.(png|pdf|svg) [key=value …]
 * keys: table chart highlight ref orient width height dpi title subtitle theme
 * epoch sheet=1 (a sheet of every table) decimals magnitude focus peers=A,B
 * boxes=FILE (the layout record, for tests/render/layout_check.py).
 * Exit 0, or 1 with the diagnostic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/json_io.h"
#include "render/render.h"

static void box(void *ctx, const char *record)
{
	fprintf(ctx, "%s\n", record);
}

static void warn(void *ctx, const char *m)
{
	(void)ctx;
	fprintf(stderr, "render_tool: warning: %s\n", m);
}

int main(int argc, char **argv)
{
	db_render_opts o = { 0 };
	db_tableset ts = DB_TABLESET_INIT;
	db_buf text = DB_BUF_INIT;
	db_diag d = { 0 };
	const char *table = NULL;
	bool sheet = false;
	FILE *boxes = NULL;
	db_renderer *r;
	int rc = 1;
	char msg[2048];

	if (argc < 3) {
		fprintf(stderr, "usage: render_tool TABLES.json OUT [key=value …]\n");
		return 2;
	}
	o.epoch = 0;
	o.warn = warn;
	for (int i = 3; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		const char *k = argv[i], *v = eq ? eq + 1 : "";
		if (eq)
			*eq = 0;
		if (!strcmp(k, "table")) table = v;
		else if (!strcmp(k, "highlight")) o.highlight = v;
		else if (!strcmp(k, "ref")) o.ref = v;
		else if (!strcmp(k, "orient")) o.orient = v;
		else if (!strcmp(k, "chart")) o.chart = v;
		else if (!strcmp(k, "width")) o.width = atof(v);
		else if (!strcmp(k, "height")) o.height = atof(v);
		else if (!strcmp(k, "dpi")) o.dpi = atof(v);
		else if (!strcmp(k, "title")) o.title = v;
		else if (!strcmp(k, "subtitle")) o.subtitle = v;
		else if (!strcmp(k, "theme")) o.theme = v;
		else if (!strcmp(k, "epoch")) o.epoch = atoll(v);
		else if (!strcmp(k, "sheet")) sheet = true;
		else if (!strcmp(k, "decimals")) { o.has_decimals = true; o.decimals = atoi(v); }
		else if (!strcmp(k, "magnitude")) o.magnitude = v;
		else if (!strcmp(k, "focus")) o.focus = v;
		else if (!strcmp(k, "peers")) o.peers = v;
		else if (!strcmp(k, "boxes")) {
			o.box = box;
			o.box_ctx = boxes = fopen(v, "w");
			if (!boxes) {
				perror(v);
				return 1;
			}
		}
		else {
			fprintf(stderr, "render_tool: unknown key %s\n", k);
			return 2;
		}
	}
	if (db_buf_read_file(&text, argv[1]) < 0) {
		perror(argv[1]);
		return 1;
	}
	if (db_tableset_read_json(&ts, db_buf_cstr(&text), text.len, argv[1], &d) < 0)
		goto fail;
	r = db_renderer_new(&o, &d);
	if (!r)
		goto fail;
	if (o.chart && !strcmp(o.chart, "scorecard")) {
		const db_table **tabs = calloc(ts.len + 1, sizeof(*tabs));
		for (size_t i = 0; i < ts.len; i++)
			tabs[i] = &ts.items[i];
		rc = db_render_scorecard(r, tabs, ts.len, argv[2], &d) < 0;
		free(tabs);
	} else if (sheet) {
		const db_table **tabs = calloc(ts.len + 1, sizeof(*tabs));
		db_sheet s = { .title = "测试简报", .tables = tabs, .ntables = ts.len };
		/* the tables a sheet compares: figures of two places or more */
		s.ntables = 0;
		for (size_t i = 0; i < ts.len; i++) {
			size_t nv = 0;
			for (size_t j = 0; j < ts.items[i].nrows; j++)
				nv += ts.items[i].rows[j].has_value;
			if (nv >= 2 && strcmp(ts.items[i].key, "gdp:level:2021:mixed"))
				tabs[s.ntables++] = &ts.items[i];
		}
		rc = db_render_sheet(r, &s, argv[2], &d) < 0;
		free(tabs);
	} else {
		const db_table *t = table ? db_tableset_find(&ts, table) : &ts.items[0];
		rc = !t || db_render_table(r, t, argv[2], &d) < 0;
	}
	db_renderer_free(r);
	if (boxes)
		fclose(boxes);
	if (rc)
		goto fail;
	db_tableset_release(&ts);
	db_buf_release(&text);
	return 0;
fail:
	db_diag_format(&d, msg, sizeof(msg));
	fprintf(stderr, "render_tool: %s\n", msg);
	db_tableset_release(&ts);
	db_buf_release(&text);
	return 1;
}
