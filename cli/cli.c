/* cli.c - what the subcommands share: printing diagnostics, depfiles, the
 * reproducible date. Only the CLI prints; libraries fill db_diag. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/atomic.h"
#include "core/buf.h"
#include "core/i18n.h"
#include "core/text.h"
#include "extract/extract.h"

#ifndef DB_VERSION
#define DB_VERSION "0.1.0"
#endif

bool cli_quiet;

int cli_fail(const db_diag *d)
{
	/* Room for every field of a diagnostic: it is printed whole. */
	char line[sizeof(d->file) + sizeof(d->message) + 32];

	db_diag_format(d, line, sizeof(line));
	fprintf(stderr, "duibiao: %s\n", line);
	return EXIT_FAIL;
}

int cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("duibiao: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, _(fmt), ap);
	va_end(ap);
	fputc('\n', stderr);
	return EXIT_FAIL;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "duibiao %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, _(fmt), ap);
	va_end(ap);
	fputc('\n', stderr);
	fprintf(stderr, _("see 'duibiao %s --help'\n"), cmd);
	return EXIT_USAGE;
}

void cli_warn(const char *message)
{
	if (!cli_quiet)
		fprintf(stderr, _("duibiao: warning: %s\n"), message);
}

/* Duplicates are dropped when the file is written: checking each addition
 * against the list made reading 10,000 inputs quadratic. */
void cli_deps_add(cli_deps *d, const char *path)
{
	if (!strcmp(path, "-"))   /* stdin: nothing for make to check */
		return;
	if (d->len == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->deps = db_xrealloc(d->deps, d->cap * sizeof(*d->deps));
	}
	d->deps[d->len++] = db_xstrdup(path);
}

/* Make reads '$' as a variable and space/'#' as separators. */
static void put_escaped(db_buf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == ' ' || *s == '#' || *s == '\\')
			db_buf_putc(b, '\\');
		else if (*s == '$')
			db_buf_putc(b, '$');
		db_buf_putc(b, *s);
	}
}

/* By path, then by position: the first of equal paths sorts first. */
static int dep_cmp(const void *x, const void *y)
{
	char **const *a = x, **const *b = y;
	int c = strcmp(**a, **b);
	return c ? c : (*a > *b) - (*a < *b);
}

int cli_deps_write(const cli_deps *d, const char *depfile, const char *target, db_diag *diag)
{
	db_buf b = DB_BUF_INIT;
	char ***sorted = db_xmalloc((d->len ? d->len : 1) * sizeof(*sorted));
	bool *dup = db_xcalloc(d->len ? d->len : 1, sizeof(*dup));
	int rc;

	/* Sorted pointers into d->deps, so each path keeps its position. */
	for (size_t i = 0; i < d->len; i++)
		sorted[i] = &d->deps[i];
	qsort(sorted, d->len, sizeof(*sorted), dep_cmp);
	for (size_t i = 1; i < d->len; i++)
		if (!strcmp(*sorted[i], *sorted[i - 1]))
			dup[sorted[i] - d->deps] = true;
	put_escaped(&b, target);
	db_buf_putc(&b, ':');
	for (size_t i = 0; i < d->len; i++) {
		if (dup[i])
			continue;
		db_buf_puts(&b, " \\\n ");
		put_escaped(&b, d->deps[i]);
	}
	db_buf_putc(&b, '\n');
	/* One empty rule per input, so deleting an input does not break make. */
	for (size_t i = 0; i < d->len; i++) {
		if (dup[i])
			continue;
		db_buf_putc(&b, '\n');
		put_escaped(&b, d->deps[i]);
		db_buf_puts(&b, ":\n");
	}
	rc = db_write_file_atomic(depfile, b.data, b.len, diag);
	db_buf_release(&b);
	free(sorted);
	free(dup);
	return rc;
}

int cli_deps_check_output(const cli_deps *d, const char *output, db_diag *diag)
{
	struct stat out, in;

	if (!output || !strcmp(output, "-") || stat(output, &out) < 0 || !S_ISREG(out.st_mode))
		return 0;
	for (size_t i = 0; i < d->len; i++)
		if (stat(d->deps[i], &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino)
			return db_error(diag, output, 0, 0, "is also an input (%s): writing it would "
					"replace what was read", d->deps[i]);
	return 0;
}

void cli_deps_release(cli_deps *d)
{
	for (size_t i = 0; i < d->len; i++)
		free(d->deps[i]);
	free(d->deps);
	d->deps = NULL;
	d->len = d->cap = 0;
}

int cli_check_utf8(const char *cmd, const char *option, const char *value)
{
	if (!value || db_utf8_invalid_at(value, strlen(value)) == strlen(value))
		return EXIT_OK;
	return cli_usage(cmd, "%s is not valid UTF-8", option);
}

char *cli_figure_tmp(const char *format, db_diag *d)
{
	const char *tmp = getenv("TMPDIR");
	db_buf dir = DB_BUF_INIT;
	char *path;

	db_buf_printf(&dir, "%s/duibiao-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (db_temp_mkdtemp(dir.data) < 0) {
		db_error(d, dir.data, 0, 0, "cannot make a temporary folder: %s", strerror(errno));
		db_buf_release(&dir);
		return NULL;
	}
	path = db_xmalloc(dir.len + strlen(format) + 9);
	sprintf(path, "%s/figure.%s", dir.data, format);
	db_temp_register(path);
	db_buf_release(&dir);
	return path;
}

int cli_figure_send(char *path, bool ok, db_diag *d)
{
	db_buf b = DB_BUF_INIT;
	int rc = 0;

	if (ok && db_buf_read_file(&b, path) < 0)
		rc = db_error(d, path, 0, 0, "cannot read: %s", strerror(errno));
	/* Removed before writing: a reader that stops early (| head) ends the
	 * run by SIGPIPE, which would leave them behind. */
	db_temp_remove(path);
	*strrchr(path, '/') = '\0';
	db_temp_remove(path);
	if (ok && !rc && db_write_file_atomic("-", b.data ? b.data : "", b.len, d) < 0)
		rc = -1;
	db_buf_release(&b);
	free(path);
	return rc;
}

long long cli_epoch(long long fallback)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long v;

	if (!s || !*s)
		return fallback;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end || v < 0)
		return fallback;
	return v;
}

void cli_warn_cb(void *ctx, const char *message)
{
	(void)ctx;
	cli_warn(message);
}

enum { OPT_VERSION = 0x7000, OPT_MAX = 64 };

/* The command's options plus the common ones, as getopt_long wants them;
 * static, so a command returning early frees nothing. */
static struct option all_longs[OPT_MAX];
static char all_shorts[OPT_MAX];

static void build_options(const cli_opts *p)
{
	static const struct option common[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "version", no_argument, NULL, OPT_VERSION },
	};
	size_t n = 0;

	for (size_t i = 0; i < sizeof(common) / sizeof(common[0]); i++)
		all_longs[n++] = common[i];
	if (p->output)
		all_longs[n++] = (struct option){ "output", required_argument, NULL, 'o' };
	for (const struct option *o = p->longs; o && o->name && n < OPT_MAX - 1; o++)
		all_longs[n++] = *o;
	all_longs[n] = (struct option){ NULL, 0, NULL, 0 };
	/* '-' first: files come back in order as option 1, so options may
	 * follow files even under POSIXLY_CORRECT (which stops getopt's own
	 * permutation at the first file); ':' next: a missing value returns
	 * ':', told apart from '?'. */
	snprintf(all_shorts, sizeof(all_shorts), "-:hq%s%s%s", p->output ? "o:" : "",
		 p->depfile ? "M:" : "", p->shorts ? p->shorts : "");
}

/* The option as given, without "=value": "--tabel" of "--tabel=x". For an
 * unknown option (c '?') getopt_long leaves optopt 0 for a long one; for a
 * missing or empty value the option is argv[optind - 1] unless it was a
 * short one, maybe in a cluster (-qo). */
static void given_name(char **argv, int c, char *name, size_t size)
{
	const char *a = argv[optind - 1];

	if (c != '?' && !*a && optind >= 2)   /* "-o ''": the value */
		a = argv[optind - 2];
	if (c == '?' ? optopt != 0 : strncmp(a, "--", 2) != 0) {
		snprintf(name, size, "-%c", c == '?' || c == ':' ? optopt : a[strlen(a) - 1]);
		return;
	}
	snprintf(name, size, "%s", a);
	name[strcspn(name, "=")] = '\0';
}

/* The long option closest to a mistyped "--name", or NULL when none is
 * close enough to be what was meant. */
static const char *closest_option(const char *name)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1, len;

	if (strncmp(name, "--", 2) != 0)
		return NULL;
	name += 2;
	len = strlen(name);
	for (const struct option *o = all_longs; o->name; o++) {
		size_t d = db_edit_distance(name, o->name);
		/* A prefix (--cat for --catalog and --catalog-extra) is close too. */
		if (len && !strncmp(o->name, name, len))
			d = 1;
		if (d < best_d) {
			best_d = d;
			best = o->name;
		}
	}
	return best && (best_d <= 2 || best_d * 3 <= len) ? best : NULL;
}

int cli_getopt(cli_opts *p, int argc, char **argv)
{
	static const cli_opts *current;
	static int nfiles;
	char name[256];
	const char *near;
	int c;

	if (current != p) {   /* the first call of this command */
		current = p;
		build_options(p);
		opterr = 0;
		optind = 1;
		nfiles = 0;
	}
	for (;;) {
		c = getopt_long(argc, argv, all_shorts, all_longs, NULL);
		switch (c) {
		case 1:
			/* A file: kept in order at the front of the slots
			 * already read, which getopt does not look at again. */
			argv[1 + nfiles++] = optarg;
			continue;
		case -1:
			/* The files, then what follows "--", end argv from
			 * optind on, as the commands read them. */
			memmove(argv + optind - nfiles, argv + 1, (size_t)nfiles * sizeof(*argv));
			optind -= nfiles;
			return CLI_OPT_END;
		case 'h':
			fputs(_(p->usage), stdout);
			p->rc = EXIT_OK;
			return CLI_OPT_STOP;
		case OPT_VERSION:
			cli_print_version();
			p->rc = EXIT_OK;
			return CLI_OPT_STOP;
		case 'q':
			cli_quiet = true;
			continue;
		case ':':
			given_name(argv, c, name, sizeof(name));
			p->rc = cli_usage(p->cmd, "%s needs a value", name);
			return CLI_OPT_STOP;
		case '?':
			given_name(argv, c, name, sizeof(name));
			if ((near = closest_option(name)))
				p->rc = cli_usage(p->cmd, "unknown option '%s'; did you mean --%s?", name,
						  near);
			else
				p->rc = cli_usage(p->cmd, "unknown option '%s'", name);
			return CLI_OPT_STOP;
		}
		if (c != 'o' && c != 'M')
			return c;
		if (!*optarg) {   /* "--output=" or "-M ''": no file to write */
			given_name(argv, c, name, sizeof(name));
			p->rc = cli_usage(p->cmd, "%s needs a value", name);
			return CLI_OPT_STOP;
		}
		*(c == 'o' ? p->output : p->depfile) = optarg;
	}
}

int cli_one_input(const char *cmd, int argc, char **argv, const char **input)
{
	if (optind < argc)
		*input = argv[optind];
	if (argc - optind > 1)
		return cli_usage(cmd, "one tables file at a time ('%s' and '%s')", *input,
				 argv[optind + 1]);
	return EXIT_OK;
}

void cli_print_version(void)
{
	printf("duibiao %s\n", DB_VERSION);
}

bool cli_is_text(const char *s)
{
	size_t n = strlen(s);
	unsigned cp;

	return db_utf8_invalid_at(s, n) == n && db_control_at(s, n, &cp) == n;
}

/* cli_decode_report; own, when not NULL, holds raw and is taken as the
 * text when the bytes are their own decoded text and text is empty. */
static int decode_report(const char *raw, size_t len, db_buf *own, const char *encoding,
			 db_buf *text, const char **detected, const char *file, db_diag *d)
{
	const unsigned char *u = (const unsigned char *)raw;
	bool utf16 = len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
	size_t keep = text->len, at, pua, others;
	unsigned cp;
	int line, col;

	if (own && !keep && own->data && db_decode_as_is(raw, len, encoding)) {
		db_buf_release(text);
		*text = *own;
		*own = (db_buf)DB_BUF_INIT;
		*detected = "utf-8";
	} else if (db_decode(raw, len, encoding, text, detected, file, d) < 0) {
		/* Bytes below 0x20 are the same in UTF-8 and GB18030 (never part
		 * of a character): a control byte says why neither reading fits. */
		for (at = 0; !utf16 && at < len; at++)
			if (u[at] == 0x7F || (u[at] < 0x20 && db_is_control(u[at])))
				return db_error(d, file, 0, 0, "binary data (control byte 0x%02X at byte "
						"offset %zu) is not a report", u[at], at);
		return -1;
	}
	const char *t = db_buf_cstr(text) + keep;
	size_t n = text->len - keep;
	if ((at = db_control_at(t, n, &cp)) < n) {
		db_line_col(t, n, at, &line, &col);
		db_error(d, file, line, col, "binary data (control character U+%04X) is not a report", cp);
	} else if (strcmp(*detected, "utf-8") &&
		   (pua = db_private_use_count(t, n, &others)) >= 16 && pua * 50 > others) {
		db_error(d, file, 0, 0, "binary data (read as %s, %zu of %zu characters are "
			 "private-use code points) is not a report", *detected, pua, others);
	} else {
		return 0;
	}
	text->len = keep;
	if (text->data)
		text->data[keep] = '\0';
	return -1;
}

int cli_decode_report(const char *raw, size_t len, const char *encoding, db_buf *text,
		      const char **detected, const char *file, db_diag *d)
{
	return decode_report(raw, len, NULL, encoding, text, detected, file, d);
}

static int read_report(const char *raw, size_t len, db_buf *own, const char *name,
		       const char *input_format, const char *encoding, db_buf *text,
		       db_pages *pages, const char **format, const char **detected,
		       const char *file, db_diag *d)
{
	db_input_format f = DB_INPUT_AUTO;
	size_t keep = text->len, kp = pages->len, at;
	unsigned cp;
	int line, col;

	if (input_format && db_input_format_parse(input_format, &f) < 0)
		return db_error(d, file, 0, 0, "unknown input format '%s'", input_format);
	if (f == DB_INPUT_AUTO)
		f = db_input_detect(raw, len, name);
	*format = db_input_format_name(f);
	if (f == DB_INPUT_TEXT)
		return decode_report(raw, len, own, encoding, text, detected, file, d);
	if (db_read_report(raw, len, f, encoding, text, pages, detected, file, d) < 0)
		return -1;
	/* The readers write no control characters; say so if one slipped by. */
	if ((at = db_control_at(text->data + keep, text->len - keep, &cp)) < text->len - keep) {
		db_line_col(text->data + keep, text->len - keep, at, &line, &col);
		text->len = keep;
		text->data[keep] = '\0';
		pages->len = kp;
		return db_error(d, file, line, col, "control character U+%04X in the text read", cp);
	}
	return 0;
}

int cli_read_report(const char *raw, size_t len, const char *name, const char *input_format,
		    const char *encoding, db_buf *text, db_pages *pages, const char **format,
		    const char **detected, const char *file, db_diag *d)
{
	return read_report(raw, len, NULL, name, input_format, encoding, text, pages, format,
			   detected, file, d);
}

int cli_take_report(db_buf *raw, const char *name, const char *input_format,
		    const char *encoding, db_buf *text, db_pages *pages, const char **format,
		    const char **detected, const char *file, db_diag *d)
{
	return read_report(raw->data ? raw->data : "", raw->len, raw, name, input_format, encoding,
			   text, pages, format, detected, file, d);
}
