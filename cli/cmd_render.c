/* cmd_render.c - `duibiao render`: one table of a tables file → a bar chart,
 * a ranking table or a series chart as PNG, PDF or SVG (the format from the
 * output's extension). */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/json_io.h"
#include "render/render.h"

static const char usage_text[] =
	"usage: duibiao render TABLES.json [--table KEY] [--chart bar|table|series] -o FIG.png|.pdf|.svg\n"
	"       duibiao render TABLES.json --chart scorecard --focus NAME [--peers A,B] -o FIG.pdf\n"
	"\n"
	"  --table KEY        the table to draw (metric:measure:period…); needed when\n"
	"                     the file holds several tables\n"
	"  --chart KIND       bar (default): one bar per entity, by rank;\n"
	"                     table: the ranking table (位次 地区 数值 单位 期间 自报排名 来源);\n"
	"                     series: a compare --series table over time (the default\n"
	"                     for series tables);\n"
	"                     scorecard: the 对标表 of --focus over every table\n"
	"  --focus NAME       the scorecard's place\n"
	"  --peers A,B        compare it with these places only (标杆)\n"
	"  --decimals N       every number with N decimals (default: as stated)\n"
	"  --magnitude M      the unit's prefix: 1, 万, 亿 or 万亿 (default: auto)\n"
	"  -o, --output FILE  the figure; its extension picks PNG, PDF or SVG\n"
	"  --orient O         horizontal (default) or vertical bars\n"
	"  --width W          px for PNG (default 640), pt for PDF/SVG (default 480);\n"
	"  --height H         units allowed: 160mm, 16cm, 6in, 400pt, 1600px;\n"
	"                     the height defaults to what the rows need; a ranking\n"
	"                     table grows past it in PNG/SVG, and in PDF continues\n"
	"                     on further pages of that height (default: A4's, 297mm)\n"
	"  --dpi N            PNG resolution (default 96): pt → px scale\n"
	"  --highlight NAME   draw this entity's bar in the accent colour\n"
	"  --ref R            reference line: mean, median or a number\n"
	"  --title T          replace the title built from metric, measure and period\n"
	"  --subtitle S       a line under the title\n"
	"  --source TEXT      the 资料来源 note (default: the documents the rows cite,\n"
	"                     by their manifest titles when given)\n"
	"  --theme FILE       colours, font sizes and margins as JSON\n"
	"  --font FAMILY      a font family or font file; the default is\n"
	"                     Duibiao Sans SC (a Noto Sans CJK SC subset)\n"
	"  --strict           a character no font covers is an error\n"
	"  -M FILE            write a Make depfile for the output\n"
	"  --quiet            no warnings\n"
	"\n"
	"PDF dates come from SOURCE_DATE_EPOCH, else from the newest document date.\n";

struct args {
	const char *input, *output, *table, *depfile;
	const char *width, *height;
	db_render_opts o;
};

static int parse_args(int argc, char **argv, struct args *a)
{
	static const struct {
		const char *name;
		size_t off;
	} string_opts[] = {
		{ "--table", offsetof(struct args, table) },
		{ "--output", offsetof(struct args, output) },
		{ "-o", offsetof(struct args, output) },
		{ "-M", offsetof(struct args, depfile) },
		{ "--width", offsetof(struct args, width) },
		{ "--height", offsetof(struct args, height) },
		{ "--chart", offsetof(struct args, o.chart) },
		{ "--orient", offsetof(struct args, o.orient) },
		{ "--highlight", offsetof(struct args, o.highlight) },
		{ "--ref", offsetof(struct args, o.ref) },
		{ "--title", offsetof(struct args, o.title) },
		{ "--subtitle", offsetof(struct args, o.subtitle) },
		{ "--source", offsetof(struct args, o.source) },
		{ "--theme", offsetof(struct args, o.theme) },
		{ "--font", offsetof(struct args, o.font) },
		{ "--focus", offsetof(struct args, o.focus) },
		{ "--peers", offsetof(struct args, o.peers) },
		{ "--magnitude", offsetof(struct args, o.magnitude) },
	};

	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i], *v = NULL;
		bool missing = false, done = false;

		if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
			fputs(usage_text, stdout);
			exit(EXIT_OK);
		}
		if (!strcmp(arg, "--strict")) {
			a->o.strict = true;
			continue;
		}
		if (!strcmp(arg, "--quiet") || !strcmp(arg, "-q")) {
			cli_quiet = true;
			continue;
		}
		if ((v = cli_opt_value(argc, argv, &i, "--decimals", &missing))) {
			char *end;
			long n = strtol(v, &end, 10);
			if (*end || end == v || n < 0 || n > 6)
				return cli_usage("render", "bad --decimals '%s' (0 to 6)", v);
			a->o.has_decimals = true;
			a->o.decimals = (int)n;
			continue;
		}
		if (missing)
			return cli_usage("render", "--decimals needs a value");
		if ((v = cli_opt_value(argc, argv, &i, "--dpi", &missing))) {
			char *end;
			a->o.dpi = strtod(v, &end);
			if (*end || !(a->o.dpi >= 10 && a->o.dpi <= 2400))
				return cli_usage("render", "bad --dpi '%s' (10 to 2400)", v);
			continue;
		}
		for (size_t k = 0; !done && k < sizeof(string_opts) / sizeof(string_opts[0]); k++) {
			v = cli_opt_value(argc, argv, &i, string_opts[k].name, &missing);
			if (missing)
				return cli_usage("render", "%s needs a value", string_opts[k].name);
			if (v) {
				memcpy((char *)a + string_opts[k].off, &v, sizeof(v));
				done = true;
			}
		}
		if (missing)
			return cli_usage("render", "%s needs a value", arg);
		if (done)
			continue;
		if (arg[0] == '-' && arg[1] != '\0')
			return cli_usage("render", "unknown option '%s'", arg);
		if (a->input)
			return cli_usage("render", "one tables file at a time ('%s' and '%s')",
					 a->input, arg);
		a->input = arg;
	}
	if (!a->input)
		return cli_usage("render", "no tables file given");
	if (!a->output)
		return cli_usage("render", "no output given (-o FIG.png|.pdf|.svg)");
	return EXIT_OK;
}

/* The table to draw: --table, or the only one. */
static int pick_table(const db_tableset *ts, const struct args *a, const db_table **out)
{
	if (a->table) {
		*out = db_tableset_find(ts, a->table);
		if (*out)
			return EXIT_OK;
		fprintf(stderr, "duibiao render: %s has no table '%s'; its tables:\n", a->input,
			a->table);
	} else if (ts->len == 1) {
		*out = &ts->items[0];
		return EXIT_OK;
	} else if (ts->len == 0) {
		return cli_error("%s: no tables to draw", a->input);
	} else {
		fprintf(stderr, "duibiao render: %s holds %zu tables; choose one with --table KEY:\n",
			a->input, ts->len);
	}
	for (size_t i = 0; i < ts->len; i++)
		fprintf(stderr, "  %s\n", ts->items[i].key);
	return EXIT_USAGE;
}

int cmd_render(int argc, char **argv)
{
	struct args a;
	db_tableset ts = DB_TABLESET_INIT;
	db_buf text = DB_BUF_INIT;
	db_renderer *r = NULL;
	const db_table *t = NULL;
	db_diag d = { 0 };
	cli_deps deps = { 0 };
	int rc;

	memset(&a, 0, sizeof(a));
	cli_quiet = false;
	if ((rc = parse_args(argc, argv, &a)) != EXIT_OK)
		return rc;
	if ((rc = cli_check_utf8("render", "--title", a.o.title)) != EXIT_OK ||
	    (rc = cli_check_utf8("render", "--subtitle", a.o.subtitle)) != EXIT_OK ||
	    (rc = cli_check_utf8("render", "--source", a.o.source)) != EXIT_OK ||
	    (rc = cli_check_utf8("render", "--highlight", a.o.highlight)) != EXIT_OK)
		return rc;
	if (a.width && db_render_parse_size(a.width, a.output, a.o.dpi, &a.o.width, &d) < 0)
		return cli_usage("render", "--width: %s", d.message);
	if (a.height && db_render_parse_size(a.height, a.output, a.o.dpi, &a.o.height, &d) < 0)
		return cli_usage("render", "--height: %s", d.message);
	{
		const char *dot = strrchr(a.output, '.');
		if (!dot || (strcasecmp(dot, ".png") && strcasecmp(dot, ".pdf") &&
			     strcasecmp(dot, ".svg")))
			return cli_usage("render", "cannot tell the format of '%s' (use .png, .pdf or .svg)",
					 a.output);
	}
	if (a.o.chart && strcmp(a.o.chart, "bar") && strcmp(a.o.chart, "table") &&
	    strcmp(a.o.chart, "series") && strcmp(a.o.chart, "scorecard"))
		return cli_usage("render", "unknown chart '%s' (bar, table, series or scorecard)",
				 a.o.chart);
	if (a.o.chart && !strcmp(a.o.chart, "scorecard") && !a.o.focus)
		return cli_usage("render", "--chart scorecard needs --focus NAME");
	if ((a.o.focus || a.o.peers) && !(a.o.chart && !strcmp(a.o.chart, "scorecard")))
		return cli_usage("render", "--focus and --peers go with --chart scorecard");
	if (a.o.magnitude && strcmp(a.o.magnitude, "auto") && strcmp(a.o.magnitude, "1") &&
	    strcmp(a.o.magnitude, "万") && strcmp(a.o.magnitude, "亿") && strcmp(a.o.magnitude, "万亿"))
		return cli_usage("render", "bad --magnitude '%s' (auto, 1, 万, 亿 or 万亿)", a.o.magnitude);
	if (a.o.orient && strcmp(a.o.orient, "horizontal") && strcmp(a.o.orient, "vertical"))
		return cli_usage("render", "bad --orient '%s' (horizontal or vertical)", a.o.orient);

	if (db_buf_read_file(&text, a.input) < 0) {
		rc = cli_error("%s: cannot read: %s", a.input, strerror(errno));
		goto out;
	}
	if (db_tableset_read_json(&ts, db_buf_cstr(&text), text.len, a.input, &d) < 0) {
		rc = cli_fail(&d);
		goto out;
	}
	bool scorecard = a.o.chart && !strcmp(a.o.chart, "scorecard");
	const db_table **tabs = NULL;
	size_t ntabs = 1;
	if (scorecard) {   /* every table */
		ntabs = ts.len;
		tabs = db_xcalloc(ntabs + 1, sizeof(*tabs));
		for (size_t i = 0; i < ntabs; i++)
			tabs[i] = &ts.items[i];
	} else if ((rc = pick_table(&ts, &a, &t)) != EXIT_OK) {
		goto out;
	}
	a.o.epoch = cli_epoch(db_tables_epoch(scorecard ? tabs : &t, ntabs));
	if (a.o.epoch < 0)
		a.o.epoch = 0;
	a.o.warn = cli_warn_cb;
	cli_deps_add(&deps, a.input);
	if (a.o.theme)
		cli_deps_add(&deps, a.o.theme);
	if (cli_deps_check_output(&deps, a.output, &d) < 0 || !(r = db_renderer_new(&a.o, &d)) ||
	    (scorecard ? db_render_scorecard(r, tabs, ntabs, a.output, &d)
		       : db_render_table(r, t, a.output, &d)) < 0 ||
	    (a.depfile && cli_deps_write(&deps, a.depfile, a.output, &d) < 0))
		rc = cli_fail(&d);
	free(tabs);
out:
	cli_deps_release(&deps);
	db_renderer_free(r);
	db_tableset_release(&ts);
	db_buf_release(&text);
	return rc;
}
