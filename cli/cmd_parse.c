/* cmd_parse.c - `duibiao parse`: show how one figure or period phrase is
 * read, as one line of JSON (a contract: other tools read it).
 *
 *   duibiao parse --number 近7.7万亩        {"value":77000,"unit":"亩","qualifier":"approx"}
 *   duibiao parse --period 1至4月 --date 2022-05-20   {"period":"2022M01-M04"}
 *
 * The first figure (or period) in TEXT is shown; text that holds none exits 1. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/atomic.h"
#include "core/buf.h"
#include "core/i18n.h"
#include "core/json.h"
#include "core/period.h"
#include "extract/readers.h"

static const char usage_text[] =
	N_("usage: duibiao parse --number TEXT\n"
	"       duibiao parse --period TEXT --date YYYY-MM-DD [--stock]\n"
	"\n"
	"Show how duibiao reads one phrase, as one line of JSON on stdout.\n"
	"\n"
	"  --number TEXT   the first figure in TEXT: value (multipliers folded in),\n"
	"                  max for ranges, the bare unit, the qualifier (exact approx\n"
	"                  at_least at_most range masked); ranks add scope and tier\n"
	"  --period TEXT   the first period in TEXT as a canonical token (null when the\n"
	"                  phrase names a period without one, e.g. 2021-2022采暖期)\n"
	"  --date DATE     the date the text speaks from (resolves 今年, 一季度, 全年)\n"
	"  --stock         read 截至4月底 for a stock metric (M04), not a flow (M01-M04)\n"
	"  -o, --output FILE\n"
	"                  write the JSON there (default: standard output)\n"
	"  -q, --quiet     no warnings\n"
	"  --version       the version of duibiao\n"
	"  -h, --help      this help\n"
	"\n"
	"Exit status: 0 read, 1 no figure or period in TEXT, 2 usage error.\n");

static void write_figure(db_buf *b, const db_figure *f)
{
	db_jw w;
	db_jw_init(&w, b, false);
	db_jw_begin_object(&w);
	if (f->has_value)
		db_jw_knumber(&w, "value", f->value);
	else
		db_jw_knull(&w, "value");
	if (f->has_max)
		db_jw_knumber(&w, "max", f->max);
	db_jw_kstring(&w, "unit", f->unit[0] ? f->unit : NULL);
	db_jw_kstring(&w, "qualifier", db_qualifier_name(f->qualifier));
	if (f->kind == DB_FIG_RANK) {
		db_jw_kstring(&w, "scope", f->scope[0] ? f->scope : NULL);
		if (f->tier[0])
			db_jw_kstring(&w, "tier", f->tier);
	}
	db_jw_end_object(&w);
	db_buf_putc(b, '\n');
}

static void write_period(db_buf *b, const db_period_match *m)
{
	db_jw w;
	char tok[DB_PERIOD_TOKEN_MAX];
	db_jw_init(&w, b, false);
	db_jw_begin_object(&w);
	if (m->has_period)
		db_jw_kstring(&w, "period", db_period_format(&m->period, tok));
	else
		db_jw_knull(&w, "period");
	db_jw_end_object(&w);
	db_buf_putc(b, '\n');
}

int cmd_parse(int argc, char **argv)
{
	enum { O_NUMBER = 256, O_PERIOD, O_DATE, O_STOCK };
	static const struct option longs[] = {
		{ "number", required_argument, NULL, O_NUMBER },
		{ "period", required_argument, NULL, O_PERIOD },
		{ "date", required_argument, NULL, O_DATE },
		{ "stock", no_argument, NULL, O_STOCK },
		{ NULL, 0, NULL, 0 },
	};
	const char *number = NULL, *period = NULL, *date = NULL, *output = NULL;
	/* No -M: parse reads no file a depfile could name. */
	cli_opts p = { "parse", usage_text, "", longs, &output, NULL, 0 };
	bool stock = false;
	int c;

	while ((c = cli_getopt(&p, argc, argv)) != CLI_OPT_END) {
		if (c == CLI_OPT_STOP)
			return p.rc;
		if (c == O_NUMBER)
			number = optarg;
		else if (c == O_PERIOD)
			period = optarg;
		else if (c == O_DATE)
			date = optarg;
		else
			stock = true;
	}
	if (optind < argc)
		return cli_usage("parse", "unknown argument '%s'", argv[optind]);
	if (!number == !period)
		return cli_usage("parse", "give exactly one of --number TEXT and --period TEXT");
	if (number && (date || stock))
		return cli_usage("parse", "--date and --stock go with --period");

	db_buf out = DB_BUF_INIT;
	if (number) {
		db_figure f;
		if (!db_figure_next(number, strlen(number), 0, &f))
			return cli_error("no figure in '%s'", number);
		write_figure(&out, &f);
	} else {
		db_date d;
		if (!date)
			return cli_usage("parse", "--period needs --date YYYY-MM-DD");
		if (db_date_parse(date, &d) < 0)
			return cli_usage("parse", "bad date '%s' (want YYYY-MM-DD)", date);
		db_period_match m;
		if (!db_period_next(period, strlen(period), 0, &d,
				    stock ? DB_PERIOD_FOR_STOCK : DB_PERIOD_FOR_FLOW, &m))
			return cli_error("no period in '%s'", period);
		write_period(&out, &m);
	}
	db_diag d = { 0 };
	int rc = db_write_file_atomic(output ? output : "-", out.data, out.len, &d);
	db_buf_release(&out);
	if (rc < 0)
		return cli_fail(&d);
	return EXIT_OK;
}
