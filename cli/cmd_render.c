/* cmd_render.c - `duibiao render`: one table of a tables file → a bar chart,
 * a ranking table or a series chart as PNG, PDF or SVG (the format from the
 * output's extension). */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/i18n.h"
#include "core/json_io.h"
#include "core/text.h"
#include "render/render.h"

static const char usage_text[] =
	N_("usage: duibiao render TABLES.json [--table KEY] [--chart bar|table|series] -o FIG.png|.pdf|.svg\n"
	"       duibiao render - … -o - --format png|pdf|svg     (stdin to stdout)\n"
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
	"  -o, --output FILE  the figure; its extension picks PNG, PDF or SVG;\n"
	"                     - writes standard output and needs --format\n"
	"  --format F         png, pdf or svg: needed with -o -; with a file, it\n"
	"                     must agree with the extension\n"
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
	"  -M FILE            write a Make depfile for the output (not with -o -)\n"
	"  -q, --quiet        no warnings\n"
	"  -h, --help         this help\n"
	"  --version          the version of duibiao\n"
	"\n"
	"A TABLES.json of - is read from standard input.\n"
	"PDF dates come from SOURCE_DATE_EPOCH, else from the newest document date.\n");

struct args {
	const char *input, *output, *table, *depfile, *format;
	const char *name;    /* the input in messages: "<stdin>" for - */
	const char *path;    /* what the format is read from: the output, or "-.FMT" */
	char stdout_path[8];
	const char *width, *height;
	db_render_opts o;
};

enum { O_TABLE = 256, O_WIDTH, O_HEIGHT, O_CHART, O_ORIENT, O_HIGHLIGHT, O_REF, O_TITLE,
       O_SUBTITLE, O_SOURCE, O_THEME, O_FONT, O_FOCUS, O_PEERS, O_MAGNITUDE, O_FORMAT,
       O_DECIMALS, O_DPI, O_STRICT };

/* Where each option taking a string goes, by its code. */
static const size_t string_opts[] = {
	[O_TABLE - O_TABLE] = offsetof(struct args, table),
	[O_WIDTH - O_TABLE] = offsetof(struct args, width),
	[O_HEIGHT - O_TABLE] = offsetof(struct args, height),
	[O_CHART - O_TABLE] = offsetof(struct args, o.chart),
	[O_ORIENT - O_TABLE] = offsetof(struct args, o.orient),
	[O_HIGHLIGHT - O_TABLE] = offsetof(struct args, o.highlight),
	[O_REF - O_TABLE] = offsetof(struct args, o.ref),
	[O_TITLE - O_TABLE] = offsetof(struct args, o.title),
	[O_SUBTITLE - O_TABLE] = offsetof(struct args, o.subtitle),
	[O_SOURCE - O_TABLE] = offsetof(struct args, o.source),
	[O_THEME - O_TABLE] = offsetof(struct args, o.theme),
	[O_FONT - O_TABLE] = offsetof(struct args, o.font),
	[O_FOCUS - O_TABLE] = offsetof(struct args, o.focus),
	[O_PEERS - O_TABLE] = offsetof(struct args, o.peers),
	[O_MAGNITUDE - O_TABLE] = offsetof(struct args, o.magnitude),
	[O_FORMAT - O_TABLE] = offsetof(struct args, format),
};

static int parse_args(int argc, char **argv, struct args *a)
{
	static const struct option longs[] = {
		{ "table", required_argument, NULL, O_TABLE },
		{ "width", required_argument, NULL, O_WIDTH },
		{ "height", required_argument, NULL, O_HEIGHT },
		{ "chart", required_argument, NULL, O_CHART },
		{ "orient", required_argument, NULL, O_ORIENT },
		{ "highlight", required_argument, NULL, O_HIGHLIGHT },
		{ "ref", required_argument, NULL, O_REF },
		{ "title", required_argument, NULL, O_TITLE },
		{ "subtitle", required_argument, NULL, O_SUBTITLE },
		{ "source", required_argument, NULL, O_SOURCE },
		{ "theme", required_argument, NULL, O_THEME },
		{ "font", required_argument, NULL, O_FONT },
		{ "focus", required_argument, NULL, O_FOCUS },
		{ "peers", required_argument, NULL, O_PEERS },
		{ "magnitude", required_argument, NULL, O_MAGNITUDE },
		{ "format", required_argument, NULL, O_FORMAT },
		{ "decimals", required_argument, NULL, O_DECIMALS },
		{ "dpi", required_argument, NULL, O_DPI },
		{ "strict", no_argument, NULL, O_STRICT },
		{ NULL, 0, NULL, 0 },
	};
	cli_opts p = { "render", usage_text, "", longs, &a->output, &a->depfile, 0 };
	int c;

	while ((c = cli_getopt(&p, argc, argv)) != CLI_OPT_END) {
		char *end;
		if (c == CLI_OPT_STOP)
			return p.rc == EXIT_OK ? -1 : p.rc;   /* -1: --help or --version */
		if (c == O_STRICT) {
			a->o.strict = true;
		} else if (c == O_DECIMALS) {
			long n = strtol(optarg, &end, 10);
			if (*end || end == optarg || n < 0 || n > 6)
				return cli_usage("render", "bad --decimals '%s' (0 to 6)", optarg);
			a->o.has_decimals = true;
			a->o.decimals = (int)n;
		} else if (c == O_DPI) {
			a->o.dpi = strtod(optarg, &end);
			if (*end || !(a->o.dpi >= 10 && a->o.dpi <= 2400))
				return cli_usage("render", "bad --dpi '%s' (10 to 2400)", optarg);
		} else {   /* O_TABLE … O_FORMAT */
			memcpy((char *)a + string_opts[c - O_TABLE], &optarg, sizeof(optarg));
		}
	}
	if (cli_one_input("render", argc, argv, &a->input) != EXIT_OK)
		return EXIT_USAGE;
	if (!a->input)
		return cli_usage("render", "no tables file given");
	a->name = db_path_name(a->input);
	if (!a->output)
		return cli_usage("render", "no output given (-o FIG.png|.pdf|.svg)");
	return EXIT_OK;
}

/* The figure's format: the output's extension, or --format with -o -.
 * a->path becomes what the format is read from (the output, or "-.FMT"). */
static int check_format(struct args *a)
{
	static const char *const formats[] = { "png", "pdf", "svg" };
	bool stdout_ = !strcmp(a->output, "-");
	const char *dot = strrchr(a->output, '.');
	size_t k = 0;

	if (a->format) {
		while (k < 3 && strcmp(a->format, formats[k]))
			k++;
		if (k == 3)
			return cli_usage("render", "unknown --format '%s' (png, pdf or svg)", a->format);
	}
	if (stdout_ && !a->format)
		return cli_usage("render", "-o - (standard output) needs --format png, pdf or svg");
	if (stdout_ && a->depfile)
		return cli_usage("render", "-M needs an -o file to name as the target");
	if (stdout_) {
		snprintf(a->stdout_path, sizeof(a->stdout_path), "-.%s", a->format);
		a->path = a->stdout_path;
		return EXIT_OK;
	}
	a->path = a->output;
	if (!dot || (strcasecmp(dot, ".png") && strcasecmp(dot, ".pdf") && strcasecmp(dot, ".svg")))
		return cli_usage("render", "cannot tell the format of '%s' (use .png, .pdf or .svg)",
				 a->output);
	if (a->format && strcasecmp(dot + 1, a->format))
		return cli_usage("render", "--format %s does not match the output '%s'", a->format,
				 a->output);
	return EXIT_OK;
}

/* " (did you mean KEY?)" for the key of ts nearest to a mistyped one, if
 * any is near: within a quarter of its length (keys are long: a period
 * or measure typed wrong is a few edits). */
static void closest_key(const db_tableset *ts, const char *key)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;

	for (size_t i = 0; i < ts->len; i++) {
		size_t d = db_edit_distance(key, ts->items[i].key);
		if (d < best_d) {
			best_d = d;
			best = ts->items[i].key;
		}
	}
	if (best && best_d * 4 <= strlen(key) + 3)
		fprintf(stderr, _(" (did you mean %s?)"), best);
}

/* The table to draw: --table, or the only one. */
static int pick_table(const db_tableset *ts, const struct args *a, const db_table **out)
{
	if (a->table) {
		*out = db_tableset_find(ts, a->table);
		if (*out)
			return EXIT_OK;
		fprintf(stderr, _("duibiao render: %s has no table '%s'"), a->name, a->table);
		closest_key(ts, a->table);
		fputs(_("; its tables:\n"), stderr);
	} else if (ts->len == 1) {
		*out = &ts->items[0];
		return EXIT_OK;
	} else if (ts->len == 0) {
		return cli_error("%s: no tables to draw", a->name);
	} else {
		fprintf(stderr, _("duibiao render: %s holds %zu tables; choose one with --table KEY:\n"),
			a->name, ts->len);
	}
	for (size_t i = 0; i < ts->len; i++)
		fprintf(stderr, "  %s\n", ts->items[i].key);
	return EXIT_USAGE;
}

/* The figure into a.output (or, for -o -, through cli_figure_tmp to
 * stdout) and the depfile. */
static int draw(const struct args *a, const cli_deps *deps, const db_table **tabs, size_t ntabs,
		bool scorecard, db_diag *d)
{
	char *tmp = NULL;
	const char *out = a->output;
	db_renderer *r = NULL;
	bool ok;

	if (!strcmp(out, "-") && !(out = tmp = cli_figure_tmp(a->format, d)))
		return cli_fail(d);
	ok = cli_deps_check_output(deps, a->output, d) == 0 && (r = db_renderer_new(&a->o, d)) &&
	     (scorecard ? db_render_scorecard(r, tabs, ntabs, out, d)
			: db_render_table(r, tabs[0], out, d)) == 0;
	db_renderer_free(r);
	if (tmp && cli_figure_send(tmp, ok, d) < 0)
		ok = false;
	if (ok && a->depfile && cli_deps_write(deps, a->depfile, a->output, d) < 0)
		ok = false;
	return ok ? EXIT_OK : cli_fail(d);
}

int cmd_render(int argc, char **argv)
{
	struct args a;
	db_tableset ts = DB_TABLESET_INIT;
	db_buf text = DB_BUF_INIT;
	const db_table *t = NULL;
	db_diag d = { 0 };
	cli_deps deps = { 0 };
	int rc;

	memset(&a, 0, sizeof(a));
	cli_quiet = false;
	if ((rc = parse_args(argc, argv, &a)) != EXIT_OK)
		return rc < 0 ? EXIT_OK : rc;
	if ((rc = cli_check_utf8("render", "--title", a.o.title)) != EXIT_OK ||
	    (rc = cli_check_utf8("render", "--subtitle", a.o.subtitle)) != EXIT_OK ||
	    (rc = cli_check_utf8("render", "--source", a.o.source)) != EXIT_OK ||
	    (rc = cli_check_utf8("render", "--highlight", a.o.highlight)) != EXIT_OK ||
	    (rc = check_format(&a)) != EXIT_OK)
		return rc;
	if (a.width && db_render_parse_size(a.width, a.path, a.o.dpi, &a.o.width, &d) < 0)
		return cli_usage("render", "--width: %s", d.message);
	if (a.height && db_render_parse_size(a.height, a.path, a.o.dpi, &a.o.height, &d) < 0)
		return cli_usage("render", "--height: %s", d.message);
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

	if (db_buf_read_path(&text, a.input) < 0) {
		rc = cli_error("%s: cannot read: %s", a.name, strerror(errno));
		goto out;
	}
	if (db_tableset_read_json(&ts, db_buf_cstr(&text), text.len, a.name, &d) < 0) {
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
	if (strcmp(a.input, "-"))
		cli_deps_add(&deps, a.input);
	if (a.o.theme)
		cli_deps_add(&deps, a.o.theme);
	rc = draw(&a, &deps, scorecard ? tabs : &t, ntabs, scorecard, &d);
	free(tabs);
out:
	cli_deps_release(&deps);
	db_tableset_release(&ts);
	db_buf_release(&text);
	return rc;
}
