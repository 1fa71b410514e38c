/* cmd_compare.c - `duibiao compare`: records files → tables JSON or CSV,
 * a coverage listing, or one entity's series. Thin: reads the inputs, fills
 * db_compare_opts, writes the result atomically. */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "compare/compare.h"
#include "core/atomic.h"
#include "core/buf.h"
#include "core/catalog.h"
#include "core/i18n.h"
#include "core/json_io.h"
#include "core/text.h"

static const char usage_text[] =
	N_("usage: duibiao compare [options] RECORDS.json… (- reads stdin)\n"
	"\n"
	"Align records by metric, measure, period and status into ranked tables.\n"
	"\n"
	"  -o, --output FILE     output (default, or -: stdout); FILE.csv writes CSV\n"
	"  --format json|csv     output format (CSV: UTF-8 with BOM and CRLF, for\n"
	"                        Excel and WPS; RFC 4180)\n"
	"  --csv-plain           CSV without BOM, with LF line ends (for scripts)\n"
	"  --headers en|zh       CSV column names in English (default) or Chinese\n"
	"  --min-entities N      keep tables with at least N figures (default 2;\n"
	"                        1 when --table names tables)\n"
	"  --table KEY           only this table: metric:measure:period[:status][:basis]\n"
	"  --metric ID           only this metric, by id or Chinese name (repeatable,\n"
	"                        like the next four)\n"
	"  --measure M           level growth change_pp gap_pp added share\n"
	"  --period P            2021, 2022Q1, 2022M01-M04 …\n"
	"  --status S            actual target estimate\n"
	"  --entity NAME         only these entities; one without a figure is a\n"
	"                        not_reported row\n"
	"  --coverage            list entities × metrics with their periods instead\n"
	"  --series ENTITY       one entity across periods (needs one --metric)\n"
	"  --overrides FILE.csv  corrections: entity,metric,measure,period,status,\n"
	"                        action(set|drop|add),value,unit,note (UTF-8 or\n"
	"                        GBK/GB18030; metric: id or Chinese name)\n"
	"  --catalog FILE        metric catalog replacing the built-in one\n"
	"  --fail-empty          a result of nothing is an error (exit 1, nothing\n"
	"                        written); without it, a warning naming the filters\n"
	"                        that matched no record\n"
	"  --catalog-extra FILE  metrics added to the catalog (their names head the\n"
	"                        tables)\n"
	"  -M DEPFILE            write a Make depfile (target: the -o file)\n"
	"  -q, --quiet           no progress or warnings on stderr\n"
	"  -h, --help            this text\n"
	"  --version             the version of duibiao\n");

#define CMD "compare"

typedef struct {
	const char **v;
	size_t n;
} strlist;

static void push(strlist *l, const char *s)
{
	l->v = db_xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
	l->v[l->n++] = s;
}

typedef struct {
	strlist inputs, tables, metrics, measures, periods, statuses, entities;
	const char *out, *format, *overrides, *catalog, *depfile, *series, *headers;
	const char *catalog_extra;
	long min_entities;       /* -1: not given */
	int coverage;
	bool fail_empty;
	db_csv_style style;
} args;

static int parse_args(int argc, char **argv, args *a)
{
	enum { O_TABLE = 256, O_METRIC, O_MEASURE, O_PERIOD, O_STATUS, O_ENTITY, O_FORMAT,
	       O_OVERRIDES, O_CATALOG, O_SERIES, O_HEADERS, O_CATALOG_EXTRA, O_MIN_ENTITIES,
	       O_COVERAGE, O_CSV_PLAIN, O_FAIL_EMPTY };
	static const struct option longs[] = {
		{ "table", required_argument, NULL, O_TABLE },
		{ "metric", required_argument, NULL, O_METRIC },
		{ "measure", required_argument, NULL, O_MEASURE },
		{ "period", required_argument, NULL, O_PERIOD },
		{ "status", required_argument, NULL, O_STATUS },
		{ "entity", required_argument, NULL, O_ENTITY },
		{ "format", required_argument, NULL, O_FORMAT },
		{ "overrides", required_argument, NULL, O_OVERRIDES },
		{ "catalog", required_argument, NULL, O_CATALOG },
		{ "series", required_argument, NULL, O_SERIES },
		{ "headers", required_argument, NULL, O_HEADERS },
		{ "catalog-extra", required_argument, NULL, O_CATALOG_EXTRA },
		{ "min-entities", required_argument, NULL, O_MIN_ENTITIES },
		{ "coverage", no_argument, NULL, O_COVERAGE },
		{ "csv-plain", no_argument, NULL, O_CSV_PLAIN },
		{ "fail-empty", no_argument, NULL, O_FAIL_EMPTY },
		{ NULL, 0, NULL, 0 },
	};
	/* Where each option taking a value goes, by its code: the lists
	 * (repeatable), then the single values. */
	static const size_t offs[] = {
		offsetof(args, tables),   offsetof(args, metrics),   offsetof(args, measures),
		offsetof(args, periods),  offsetof(args, statuses),  offsetof(args, entities),
		offsetof(args, format),   offsetof(args, overrides), offsetof(args, catalog),
		offsetof(args, series),   offsetof(args, headers),   offsetof(args, catalog_extra),
	};
	cli_opts p = { CMD, usage_text, "", longs, &a->out, &a->depfile, 0 };
	int c;

	a->min_entities = -1;
	while ((c = cli_getopt(&p, argc, argv)) != CLI_OPT_END) {
		char *end;
		if (c == CLI_OPT_STOP)
			return p.rc == EXIT_OK ? -1 : p.rc;   /* -1: --help or --version */
		if (c == O_COVERAGE) {
			a->coverage = 1;
		} else if (c == O_CSV_PLAIN) {
			a->style.plain = true;
		} else if (c == O_FAIL_EMPTY) {
			a->fail_empty = true;
		} else if (c == O_MIN_ENTITIES) {
			errno = 0;
			a->min_entities = strtol(optarg, &end, 10);
			if (*end || errno || a->min_entities < 0)
				return cli_usage(CMD, "--min-entities needs a number, not '%s'", optarg);
		} else if (!*optarg) {   /* "--metric=": a typo, not a filter on nothing */
			return cli_usage(CMD, "--%s needs a value", longs[c - O_TABLE].name);
		} else if (c <= O_ENTITY) {
			push((strlist *)((char *)a + offs[c - O_TABLE]), optarg);
		} else {
			*(const char **)((char *)a + offs[c - O_TABLE]) = optarg;
		}
	}
	for (int i = optind; i < argc; i++)
		push(&a->inputs, argv[i]);
	return 0;
}

/* Words and tokens are checked before any input is read: a typo is a usage
 * error (2), not an empty result. */
static int check_args(args *a)
{
	db_diag d;
	size_t nstdin = 0;

	memset(&d, 0, sizeof(d));
	if (!a->inputs.n)
		return cli_usage(CMD, "no records files given");
	for (size_t i = 0; i < a->inputs.n; i++)
		nstdin += !strcmp(a->inputs.v[i], "-");
	if (nstdin > 1)
		return cli_usage(CMD, "'-' (stdin) given more than once");
	if (a->format && strcmp(a->format, "json") && strcmp(a->format, "csv"))
		return cli_usage(CMD, "--format is json or csv, not '%s'", a->format);
	if (a->headers && strcmp(a->headers, "en") && strcmp(a->headers, "zh"))
		return cli_usage(CMD, "--headers is en or zh, not '%s'", a->headers);
	a->style.zh = a->headers && !strcmp(a->headers, "zh");
	for (size_t i = 0; i < a->measures.n; i++) {
		db_measure m;
		if (db_measure_parse(a->measures.v[i], &m) < 0)
			return cli_usage(CMD, "unknown measure '%s'", a->measures.v[i]);
	}
	for (size_t i = 0; i < a->statuses.n; i++) {
		db_status s;
		if (db_status_parse(a->statuses.v[i], &s) < 0)
			return cli_usage(CMD, "unknown status '%s'", a->statuses.v[i]);
	}
	for (size_t i = 0; i < a->periods.n; i++) {
		db_period p;
		if (db_period_parse(a->periods.v[i], &p) < 0)
			return cli_usage(CMD, "'%s' is not a period", a->periods.v[i]);
	}
	for (size_t i = 0; i < a->tables.n; i++)
		if (db_table_key_check(a->tables.v[i], &d) < 0)
			return cli_usage(CMD, "%s", d.message);
	if (a->series && a->metrics.n != 1)
		return cli_usage(CMD, "--series needs exactly one --metric");
	if (a->series && a->coverage)
		return cli_usage(CMD, "--series and --coverage do not go together");
	if (a->depfile && (!a->out || !strcmp(a->out, "-")))
		return cli_usage(CMD, "-M needs an -o file to name as the target");
	return 0;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

/* The records files kept open for their sentences (compare's tables
 * JSON): the sentences a batch of tables needs are read again from them
 * then, so that a million of them are not all held at once. */
typedef struct {
	const char *const *paths;
	const db_records *docs;
	int *fds;                /* -1: the sentences are in the records */
	size_t n;
	size_t *count;           /* needs by document, then where each starts */
	struct stat *seen;       /* each open file as it was read */
} lazy_inputs;

/* How many more files may stay open: a few descriptors are left for the
 * output, the catalog and the corrections. */
static size_t open_files_left(size_t want)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		return 0;
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < want + 64 &&
	    (rl.rlim_max == RLIM_INFINITY || rl.rlim_max > rl.rlim_cur)) {
		rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > want + 64
				      ? want + 64 : rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
			getrlimit(RLIMIT_NOFILE, &rl);
	}
	if (rl.rlim_cur == RLIM_INFINITY)
		return want;
	return rl.rlim_cur > 64 ? (size_t)rl.rlim_cur - 64 : 0;
}

static size_t doc_index(const lazy_inputs *in, const db_document *doc)
{
	const db_records *rs = (const db_records *)(const void *)((const char *)doc -
								 offsetof(db_records, doc));
	return (size_t)(rs - in->docs);
}

/* Is the open file fd no longer what was read (st): another size, or
 * written since? */
static bool changed(int fd, const struct stat *st, size_t len)
{
	struct stat now;

	return fstat(fd, &now) < 0 || (size_t)now.st_size != len || now.st_size != st->st_size ||
	       now.st_mtim.tv_sec != st->st_mtim.tv_sec || now.st_mtim.tv_nsec != st->st_mtim.tv_nsec;
}

/* db_compare_opts.source_texts: the needs put in order of their files
 * (counting them per file), each file read once, whole: one read of a
 * file costs less than two of a sentence. */
static int reread_texts(void *ctx, db_text_need *needs, size_t n, db_arena *a, db_diag *d)
{
	lazy_inputs *in = ctx;
	db_text_need *byfile = db_xmalloc(n * sizeof(*byfile));
	db_buf text = DB_BUF_INIT, s = DB_BUF_INIT;
	size_t at = 0;
	int rc = 0;

	memset(in->count, 0, (in->n + 1) * sizeof(*in->count));
	for (size_t i = 0; i < n; i++)
		in->count[doc_index(in, needs[i].doc) + 1]++;
	for (size_t i = 0; i < in->n; i++)
		in->count[i + 1] += in->count[i];
	for (size_t i = 0; i < n; i++)
		byfile[in->count[doc_index(in, needs[i].doc)]++] = needs[i];
	for (size_t i = 0; i < in->n && !rc; i++) {
		size_t end = in->count[i];   /* now the end of file i's needs */
		if (at == end)
			continue;
		db_buf_reset(&text);
		if (lseek(in->fds[i], 0, SEEK_SET) < 0 || db_buf_read_fd(&text, in->fds[i]) < 0) {
			rc = db_error(d, db_path_name(in->paths[i]), 0, 0, "cannot read: %s",
				      strerror(errno));
			break;
		}
		/* (a file written anew, as make does, is another file: the one
		 * open is still the one read; one written in place is not) */
		if (changed(in->fds[i], &in->seen[i], text.len)) {
			rc = db_error(d, db_path_name(in->paths[i]), 0, 0,
				      "changed while compare read it: run compare again");
			break;
		}
		for (; at < end && !rc; at++) {
			if (db_records_text_in(text.data, text.len, byfile[at].src, &s) < 0)
				rc = db_error(d, db_path_name(in->paths[i]), 0, 0,
					      "changed while compare read it: run compare again");
			else
				*byfile[at].text = db_arena_strdup(a, db_buf_cstr(&s));
		}
	}
	db_buf_release(&text);
	db_buf_release(&s);
	free(byfile);
	return rc;
}

/* One records file into rs: with in, its sentences left in the file when
 * it is a regular file and may stay open. */
static int read_one(const char *path, db_records *rs, size_t i, lazy_inputs *in, size_t *left,
		    db_buf *text, db_diag *d)
{
	struct stat st;
	int fd = -1, rc;

	if (in && *left && strcmp(path, "-") && (fd = open(path, O_RDONLY | O_CLOEXEC)) >= 0 &&
	    (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))) {
		close(fd);
		fd = -1;
	}
	if (fd >= 0 ? db_buf_read_fd(text, fd) < 0 : db_buf_read_path(text, path) < 0) {
		int err = errno;
		if (fd >= 0)
			close(fd);
		return db_error(d, db_path_name(path), 0, 0, "cannot read: %s", strerror(err));
	}
	if (fd < 0)
		return db_records_read_json(rs, db_buf_cstr(text), text->len, db_path_name(path), d);
	rc = db_records_read_json_lazy(rs, db_buf_cstr(text), text->len, db_path_name(path), d);
	in->fds[i] = fd;
	in->seen[i] = st;
	--*left;
	return rc;
}

static int read_inputs(const args *a, db_records *docs, lazy_inputs *in, cli_deps *deps,
		       db_diag *d)
{
	bool progress = !cli_quiet && a->inputs.n >= 200 && isatty(2);
	db_buf text = DB_BUF_INIT;
	size_t left = in ? open_files_left(a->inputs.n) : 0;
	int rc = 0;

	for (size_t i = 0; i < a->inputs.n && !rc; i++) {
		const char *path = a->inputs.v[i];
		db_buf_reset(&text);
		if ((rc = read_one(path, &docs[i], i, in, &left, &text, d)) < 0)
			break;
		cli_deps_add(deps, path);
		if (progress && (i + 1) % 100 == 0) {
			fputc('\r', stderr);
			fprintf(stderr, _("duibiao: read %zu/%zu"), i + 1, a->inputs.n);
		}
	}
	if (progress)
		fputc('\n', stderr);
	db_buf_release(&text);
	return rc;
}

static void fill_opts(const args *a, const db_catalog *cat, db_compare_opts *o)
{
	o->catalog = cat;
	/* Naming tables asks for them even when one place reports them. */
	o->min_entities = a->min_entities >= 0 ? (size_t)a->min_entities : a->tables.n ? 1 : 2;
	o->tables = a->tables.v;
	o->ntables = a->tables.n;
	o->metrics = a->metrics.v;
	o->nmetrics = a->metrics.n;
	o->measures = a->measures.v;
	o->nmeasures = a->measures.n;
	o->periods = a->periods.v;
	o->nperiods = a->periods.n;
	o->statuses = a->statuses.v;
	o->nstatuses = a->statuses.n;
	o->entities = a->entities.v;
	o->nentities = a->entities.n;
	o->overrides = a->overrides;
}

/* Does any record have the filter's value? what: 'm'etric, 'e'ntity,
 * 'p'eriod, 's'tatus or measure ('u'). */
static bool any_record(const db_records *const *docs, size_t ndocs, char what, const char *v)
{
	db_period p;
	db_measure m;
	db_status st;

	if ((what == 'p' && db_period_parse(v, &p) < 0) ||
	    (what == 'u' && db_measure_parse(v, &m) < 0) ||
	    (what == 's' && db_status_parse(v, &st) < 0))
		return false;
	for (size_t i = 0; i < ndocs; i++)
		for (size_t j = 0; j < docs[i]->len; j++) {
			const db_record *r = &docs[i]->items[j];
			if ((what == 'm' && r->metric && !strcmp(r->metric, v)) ||
			    (what == 'e' && r->entity && !strcmp(r->entity, v)) ||
			    (what == 'p' && r->has_period && db_period_eq(&r->period, &p)) ||
			    (what == 'u' && r->measure == m) || (what == 's' && r->status == st))
				return true;
		}
	return false;
}

/* The first place (bytewise) of the records whose name begins with name
 * (洛阳 → 洛阳市), or NULL. */
static const char *place_hint(const db_records *const *docs, size_t ndocs, const char *name)
{
	const char *best = NULL;
	size_t n = strlen(name);

	for (size_t i = 0; i < ndocs; i++)
		for (size_t j = 0; j < docs[i]->len; j++)
			db_place_candidate(docs[i]->items[j].entity, name, n, &best);
	return best;
}

/* Each filter value that no record has, with what it may have meant:
 * "--metric GDP (did you mean gdp?), --entity 洛阳 (did you mean 洛阳市?)". */
static void unmatched_filters(const args *a, const db_catalog *cat,
			      const db_records *const *docs, db_buf *msg)
{
	const struct {
		const char *opt;
		char what;
		const strlist *l;
	} f[] = {
		{ "--metric", 'm', &a->metrics },   { "--entity", 'e', &a->entities },
		{ "--measure", 'u', &a->measures }, { "--period", 'p', &a->periods },
		{ "--status", 's', &a->statuses },
	};

	for (size_t k = 0; k < sizeof(f) / sizeof(f[0]); k++)
		for (size_t i = 0; i < f[k].l->n; i++) {
			const char *v = f[k].l->v[i], *alt = NULL;
			if (any_record(docs, a->inputs.n, f[k].what, v))
				continue;
			if (f[k].what == 'm' && !db_catalog_find(cat, v))
				alt = db_catalog_suggest(cat, v);
			else if (f[k].what == 'e')
				alt = place_hint(docs, a->inputs.n, v);
			db_buf_printf(msg, "%s%s %s%s%s%s", msg->len ? ", " : "", f[k].opt, v,
				      alt ? _(" (did you mean ") : "", alt ? alt : "", alt ? _("?)") : "");
		}
}

/* A result of nothing: said, naming the filters that matched no record, so
 * an empty table file is not taken for an answer; an error with
 * --fail-empty. */
static int empty_result(const args *a, const db_catalog *cat, const db_records *const *docs,
			db_diag *d)
{
	db_buf why = DB_BUF_INIT, msg = DB_BUF_INIT;
	const char *what = a->coverage ? _("no coverage row")
			 : a->series  ? _("no series")
				      : _("no table");
	int rc = 0;

	unmatched_filters(a, cat, docs, &why);
	if (why.len)
		db_buf_printf(&msg, _("%s: no record has %s"), what, why.data);
	else
		db_buf_printf(&msg, _("%s: no group of figures passes the filters%s"), what,
			      a->coverage || a->series ? ""
						     : _(" (--min-entities 1 keeps a figure alone)"));
	if (a->fail_empty)
		rc = db_error(d, NULL, 0, 0, "%s (--fail-empty)", msg.data);
	else
		cli_warn(msg.data);
	db_buf_release(&why);
	db_buf_release(&msg);
	return rc;
}

/* Compare, cover or follow a series into out (the bytes to write). */
static int run(const args *a, const db_records *const *docs, const db_compare_opts *o, bool csv,
	       db_buf *out, db_diag *d)
{
	int rc;

	if (a->coverage) {
		db_coverage cv = DB_COVERAGE_INIT;
		rc = db_coverage_build(docs, a->inputs.n, o, &cv, d);
		if (!rc && !cv.len)
			rc = empty_result(a, o->catalog, docs, d);
		if (!rc)
			csv ? db_coverage_write_csv(&cv, &a->style, out) : db_coverage_write_json(&cv, out);
		db_coverage_release(&cv);
	} else if (!a->series && !csv) {
		/* Table by table: a national corpus's tables are hundreds of MB. */
		size_t n;
		rc = db_compare_write_json(docs, a->inputs.n, o, out, &n, d);
		if (!rc && !n)
			rc = empty_result(a, o->catalog, docs, d);
	} else {
		db_tableset ts = DB_TABLESET_INIT;
		rc = a->series ? db_compare_series(docs, a->inputs.n, o, a->series, a->metrics.v[0],
						   &ts, d)
			       : db_compare(docs, a->inputs.n, o, &ts, d);
		if (!rc && !ts.len)
			rc = empty_result(a, o->catalog, docs, d);
		if (!rc)
			csv ? db_tableset_write_csv(&ts, &a->style, out) : db_tableset_write_json(&ts, out);
		db_tableset_release(&ts);
	}
	return rc;
}

/* --metric takes a catalog id or the metric's Chinese name or alias
 * (社会消费品零售总额 → retail_sales). */
static void resolve_metrics(args *a, const db_catalog *cat)
{
	for (size_t i = 0; i < a->metrics.n; i++) {
		const char *id = db_catalog_resolve(cat, a->metrics.v[i]);
		if (id)
			a->metrics.v[i] = id;
	}
}

static void free_args(args *a)
{
	free(a->inputs.v);
	free(a->tables.v);
	free(a->metrics.v);
	free(a->measures.v);
	free(a->periods.v);
	free(a->statuses.v);
	free(a->entities.v);
}

int cmd_compare(int argc, char **argv)
{
	args a;
	db_catalog cat = { DB_ARENA_INIT, NULL, 0, false };
	db_compare_opts o = DB_COMPARE_OPTS_INIT;
	db_records *docs = NULL;
	const db_records **views = NULL;
	lazy_inputs lazy = { NULL, NULL, NULL, 0, NULL, NULL };
	cli_deps deps = { NULL, 0, 0 };
	db_outfile out;
	bool out_open = false;
	db_diag d;
	const char *dest;
	bool csv;
	int rc;

	memset(&a, 0, sizeof(a));
	memset(&d, 0, sizeof(d));
	rc = parse_args(argc, argv, &a);
	if (rc == 0)
		rc = check_args(&a);
	if (rc) {
		free_args(&a);
		return rc < 0 ? EXIT_OK : rc;
	}
	dest = a.out ? a.out : "-";
	csv = a.format ? !strcmp(a.format, "csv") : ends_with(dest, ".csv");
	docs = db_xcalloc(a.inputs.n, sizeof(*docs));
	views = db_xcalloc(a.inputs.n, sizeof(*views));
	for (size_t i = 0; i < a.inputs.n; i++)
		views[i] = &docs[i];
	/* The tables JSON, written table by table, needs a table's sentences
	 * only while it is written: they stay in their files till then. */
	if (!a.coverage && !a.series && !csv) {
		lazy.paths = a.inputs.v;
		lazy.docs = docs;
		lazy.n = a.inputs.n;
		lazy.fds = db_xmalloc(a.inputs.n * sizeof(*lazy.fds));
		lazy.count = db_xmalloc((a.inputs.n + 1) * sizeof(*lazy.count));
		lazy.seen = db_xmalloc(a.inputs.n * sizeof(*lazy.seen));
		for (size_t i = 0; i < a.inputs.n; i++)
			lazy.fds[i] = -1;
		o.source_texts = reread_texts;
		o.source_ctx = &lazy;
	}
	rc = EXIT_FAIL;
	if (db_catalog_load(&cat, a.catalog, &d) < 0)
		goto done;
	if (a.catalog)
		cli_deps_add(&deps, a.catalog);
	if (a.catalog_extra) {
		if (db_catalog_merge(&cat, a.catalog_extra, &d) < 0)
			goto done;
		cli_deps_add(&deps, a.catalog_extra);
	}
	if (read_inputs(&a, docs, lazy.fds ? &lazy : NULL, &deps, &d) < 0)
		goto done;
	if (a.overrides)
		cli_deps_add(&deps, a.overrides);
	resolve_metrics(&a, &cat);
	fill_opts(&a, &cat, &o);
	if (cli_deps_check_output(&deps, dest, &d) < 0)
		goto done;
	/* Streamed: the tables of a national corpus are hundreds of megabytes. */
	if (db_outfile_open(&out, dest, &d) < 0)
		goto done;
	out_open = true;
	if (run(&a, views, &o, csv, &out.buf, &d) < 0)
		goto done;
	out_open = false;
	if (db_outfile_commit(&out, &d) < 0)
		goto done;
	if (a.depfile && cli_deps_write(&deps, a.depfile, dest, &d) < 0)
		goto done;
	rc = EXIT_OK;
done:
	if (rc != EXIT_OK)
		cli_fail(&d);
	for (size_t i = 0; i < a.inputs.n; i++) {
		db_records_release(&docs[i]);
		if (lazy.fds && lazy.fds[i] >= 0)
			close(lazy.fds[i]);
	}
	free(lazy.fds);
	free(lazy.count);
	free(lazy.seen);
	free(docs);
	free(views);
	db_catalog_release(&cat);
	cli_deps_release(&deps);
	if (out_open)
		db_outfile_abort(&out);
	free_args(&a);
	return rc;
}
