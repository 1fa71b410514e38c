/* cli.h - what the subcommands share: the command signature, diagnostics
 * printing, depfiles and the exit codes of DESIGN.md. */
#ifndef DB_CLI_H
#define DB_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stddef.h>

#include "core/buf.h"
#include "core/diag.h"
#include "extract/formats.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

int cmd_extract(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_sheet(int argc, char **argv);
int cmd_parse(int argc, char **argv);

/* Messages and help in Chinese when LC_ALL, LC_MESSAGES, LANG or LANGUAGE
 * name it (zh_*), else English; only LC_MESSAGES changes (cli/locale.c). */
void cli_locale(void);

/* "duibiao: FILE:LINE:COL: message" on stderr; returns EXIT_FAIL. */
int cli_fail(const db_diag *d);
/* "duibiao: message" on stderr; returns EXIT_FAIL. The formats of cli_error
 * and cli_usage are English, printed translated (core/i18n.h). */
int cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "duibiao CMD: message" plus "see 'duibiao CMD --help'"; returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "duibiao: warning: message" on stderr unless quiet. */
void cli_warn(const char *message);
extern bool cli_quiet;
/* cli_warn with the (ctx, message) signature the libraries' warn hooks take. */
void cli_warn_cb(void *ctx, const char *message);

/* The options of a subcommand, read with getopt_long (GNU conventions:
 * "--opt=value" or "--opt value", options after operands, "--" ends them).
 * cli_getopt handles what every subcommand takes the same way: -h/--help
 * (prints usage), --version, -q/--quiet (sets cli_quiet), -o/--output and
 * -M (stored through output and depfile; NULL: the command takes none).
 * An unknown option is a usage error naming the closest one of the
 * command ("did you mean --table?"); an option without its value, or with
 * an empty one, is a usage error too. */
typedef struct {
	const char *cmd;                /* "render" */
	const char *usage;              /* the --help text (N_(), printed translated) */
	const char *shorts;             /* the command's own short options, "" for none */
	const struct option *longs;     /* its own long options, ending in a zero entry */
	const char **output, **depfile;
	int rc;                         /* the exit status after CLI_OPT_STOP */
} cli_opts;
enum { CLI_OPT_END = -1, CLI_OPT_STOP = -2 };
/* The next option of the command's own (getopt_long's value, optarg set);
 * CLI_OPT_END when the operands start (argv[optind…]); CLI_OPT_STOP when
 * the command is to return p->rc (after --help, --version or a usage error). */
int cli_getopt(cli_opts *p, int argc, char **argv);
/* After cli_getopt's CLI_OPT_END, the one tables file of render and sheet:
 * *input is argv[optind] (left NULL when none); a second operand is a
 * usage error (EXIT_USAGE, else EXIT_OK). */
int cli_one_input(const char *cmd, int argc, char **argv, const char **input);
/* "duibiao VERSION" on stdout, as 'duibiao --version' prints it. */
void cli_print_version(void);

/* Make depfile: "TARGET: DEP DEP …\n" with spaces escaped, written atomically. */
typedef struct {
	char **deps;
	size_t len, cap;
} cli_deps;
void cli_deps_add(cli_deps *d, const char *path);
int cli_deps_write(const cli_deps *d, const char *depfile, const char *target, db_diag *diag);
void cli_deps_release(cli_deps *d);
/* -1 with d filled when output is one of the inputs read (the same file,
 * by device and inode): writing it would replace what was read. */
int cli_deps_check_output(const cli_deps *d, const char *output, db_diag *diag);

/* Is s text: valid UTF-8 without control characters (core/text.h)? For
 * names given on the command line, which end up in JSON and PDFs. */
bool cli_is_text(const char *s);

/* A report's raw bytes → UTF-8 text (db_decode), refusing binary data that
 * holds no NUL byte: a control character (not tab, LF, VT, FF, CR), or,
 * when the bytes were read in a legacy encoding, private-use characters
 * for more than one in fifty (noise that GB18030 happens to accept: its
 * user-defined areas are 8 % of its two-byte codes; a real report uses one
 * for a rare name now and then).
 * Returns 0, or -1 with d filled (text as it was). */
int cli_decode_report(const char *raw, size_t len, const char *encoding, db_buf *text,
		      const char **detected, const char *file, db_diag *d);

/* A report file's bytes → the UTF-8 text extraction reads, whatever the
 * format (extract/formats.h): input_format NULL or "auto" detects it from
 * the bytes, then the name. Text goes through cli_decode_report; the
 * readers' text is checked the same way. *format names the format read
 * (static); pages receives a PDF's page starts. Returns 0, or -1 with d
 * filled (text and pages as they were). */
int cli_read_report(const char *raw, size_t len, const char *name, const char *input_format,
		    const char *encoding, db_buf *text, db_pages *pages, const char **format,
		    const char **detected, const char *file, db_diag *d);
/* The same from the bytes in raw, which it may take: a text file that is
 * its own decoded text (db_decode_as_is) becomes text (empty before), not
 * a copy of it, and raw is left empty. */
int cli_take_report(db_buf *raw, const char *name, const char *input_format,
		    const char *encoding, db_buf *text, db_pages *pages, const char **format,
		    const char **detected, const char *file, db_diag *d);

/* Text the figure will show, given as option (--title …): EXIT_OK when it
 * is UTF-8 (or NULL), else "duibiao CMD: OPTION is not valid UTF-8" and
 * EXIT_USAGE. */
int cli_check_utf8(const char *cmd, const char *option, const char *value);

/* "-o -" for a figure: the renderers pick the format by the output's
 * extension and write a file, so the figure is drawn into a temporary
 * folder as figure.FORMAT (the path returned, NULL with d filled), then
 * cli_figure_send copies it to stdout when ok, and removes file and folder
 * either way (freeing path). Returns 0, or -1 with d filled. */
char *cli_figure_tmp(const char *format, db_diag *d);
int cli_figure_send(char *path, bool ok, db_diag *d);

/* SOURCE_DATE_EPOCH when set and valid, else fallback. */
long long cli_epoch(long long fallback);

#endif
