/* cli.c - what the subcommands share: printing diagnostics, depfiles, the
 * reproducible date. Only the CLI prints; libraries fill db_diag. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>

#include "cli/cli.h"
#include "core/atomic.h"
#include "core/buf.h"
#include "core/text.h"
#include "extract/extract.h"

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
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return EXIT_FAIL;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "duibiao %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nsee 'duibiao %s --help'\n", cmd);
	return EXIT_USAGE;
}

void cli_warn(const char *message)
{
	if (!cli_quiet)
		fprintf(stderr, "duibiao: warning: %s\n", message);
}

/* Duplicates are dropped when the file is written: checking each addition
 * against the list made reading 10,000 inputs quadratic. */
void cli_deps_add(cli_deps *d, const char *path)
{
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
	if (!value || g_utf8_validate(value, -1, NULL))
		return EXIT_OK;
	return cli_usage(cmd, "%s is not valid UTF-8", option);
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

const char *cli_opt_value(int argc, char **argv, int *i, const char *name, bool *missing)
{
	size_t n = strlen(name);
	const char *a = argv[*i];

	if (strncmp(a, name, n) != 0)
		return NULL;
	if (a[n] == '=')
		return a + n + 1;
	if (a[n] != '\0')
		return NULL;
	if (*i + 1 >= argc) {
		*missing = true;
		return NULL;
	}
	return argv[++*i];
}

bool cli_is_text(const char *s)
{
	size_t n = strlen(s);
	unsigned cp;

	return db_utf8_invalid_at(s, n) == n && db_control_at(s, n, &cp) == n;
}

int cli_decode_report(const char *raw, size_t len, const char *encoding, db_buf *text,
		      const char **detected, const char *file, db_diag *d)
{
	const unsigned char *u = (const unsigned char *)raw;
	bool utf16 = len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
	size_t keep = text->len, at, pua, others;
	unsigned cp;
	int line, col;

	if (db_decode(raw, len, encoding, text, detected, file, d) < 0) {
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

int cli_read_report(const char *raw, size_t len, const char *name, const char *input_format,
		    const char *encoding, db_buf *text, db_pages *pages, const char **format,
		    const char **detected, const char *file, db_diag *d)
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
		return cli_decode_report(raw, len, encoding, text, detected, file, d);
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
