/* diag.h - diagnostics. Library code never prints: the function that detects
 * an error fills a db_diag and returns -1; callers propagate; only the CLI
 * prints it, as "duibiao: FILE:LINE:COL: message" (or "duibiao: FILE: message"
 * when line is 0). Messages are lowercase, without a full stop, what went
 * wrong first (git style), in English: db_verror formats the translation of
 * fmt (core/i18n.h; po/zh_CN.po), so a new message needs one there. */
#ifndef DB_DIAG_H
#define DB_DIAG_H

#include <stdarg.h>
#include <stddef.h>

typedef struct {
	char file[512];   /* "" when not about a file */
	int line;         /* 1-based; 0 = unknown */
	int col;          /* 1-based, in characters; 0 = unknown */
	char message[1024];
} db_diag;

/* Fill d (which may be NULL) and return -1, so that `return db_error(d, …);`
 * reads naturally. file may be NULL. */
int db_error(db_diag *d, const char *file, int line, int col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
int db_verror(db_diag *d, const char *file, int line, int col, const char *fmt, va_list ap)
	__attribute__((format(printf, 5, 0)));

/* Format "FILE:LINE:COL: message" (parts omitted when unknown) into out. */
void db_diag_format(const db_diag *d, char *out, size_t outsz);

/* Line and column (1-based, column in UTF-8 characters) of byte offset off. */
void db_line_col(const char *text, size_t len, size_t off, int *line, int *col);

#endif
