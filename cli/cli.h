/* cli.h - what the subcommands share: the command signature, diagnostics
 * printing, depfiles and the exit codes of DESIGN.md. */
#ifndef DB_CLI_H
#define DB_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

int cmd_extract(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_sheet(int argc, char **argv);
int cmd_parse(int argc, char **argv);

/* "duibiao: FILE:LINE:COL: message" on stderr; returns EXIT_FAIL. */
int cli_fail(const db_diag *d);
/* "duibiao: message" on stderr; returns EXIT_FAIL. */
int cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "duibiao CMD: message" plus "see 'duibiao CMD --help'"; returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "duibiao: warning: message" on stderr unless quiet. */
void cli_warn(const char *message);
extern bool cli_quiet;
/* cli_warn with the (ctx, message) signature the libraries' warn hooks take. */
void cli_warn_cb(void *ctx, const char *message);

/* The value of argv[*i] when it is option name, given as "NAME VALUE"
 * (advancing *i) or "NAME=VALUE"; NULL when argv[*i] is another option.
 * "NAME" last on the line sets *missing and returns NULL. */
const char *cli_opt_value(int argc, char **argv, int *i, const char *name, bool *missing);

/* Make depfile: "TARGET: DEP DEP …\n" with spaces escaped, written atomically. */
typedef struct {
	char **deps;
	size_t len, cap;
} cli_deps;
void cli_deps_add(cli_deps *d, const char *path);
int cli_deps_write(const cli_deps *d, const char *depfile, const char *target, db_diag *diag);
void cli_deps_release(cli_deps *d);

/* Text the figure will show, given as option (--title …): EXIT_OK when it
 * is UTF-8 (or NULL), else "duibiao CMD: OPTION is not valid UTF-8" and
 * EXIT_USAGE. */
int cli_check_utf8(const char *cmd, const char *option, const char *value);

/* SOURCE_DATE_EPOCH when set and valid, else fallback. */
long long cli_epoch(long long fallback);

#endif
