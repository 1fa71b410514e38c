/* diag.c - filling and formatting diagnostics; line/column from offsets. */
#include "core/diag.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

int db_verror(db_diag *d, const char *file, int line, int col, const char *fmt, va_list ap)
{
	if (!d)
		return -1;
	/* A path or message too long for its field ends with "…", never in
	 * the middle of a character. */
	if (snprintf(d->file, sizeof d->file, "%s", file ? file : "") >= (int)sizeof d->file)
		db_utf8_truncated(d->file, sizeof d->file);
	d->line = line;
	d->col = col;
	/* The one place a library's message is translated (core/i18n.h). */
	if (vsnprintf(d->message, sizeof d->message, _(fmt), ap) >= (int)sizeof d->message)
		db_utf8_truncated(d->message, sizeof d->message);
	return -1;
}

int db_error(db_diag *d, const char *file, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	db_verror(d, file, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

void db_diag_format(const db_diag *d, char *out, size_t outsz)
{
	int n;

	if (!outsz)
		return;
	if (d->file[0] && d->line > 0 && d->col > 0)
		n = snprintf(out, outsz, "%s:%d:%d: %s", d->file, d->line, d->col, d->message);
	else if (d->file[0] && d->line > 0)
		n = snprintf(out, outsz, "%s:%d: %s", d->file, d->line, d->message);
	else if (d->file[0])
		n = snprintf(out, outsz, "%s: %s", d->file, d->message);
	else
		n = snprintf(out, outsz, "%s", d->message);
	if (n >= (int)outsz)
		db_utf8_truncated(out, outsz);
}

void db_line_col(const char *text, size_t len, size_t off, int *line, int *col)
{
	int l = 1, c = 1;
	if (off > len)
		off = len;
	for (size_t i = 0; i < off; i++) {
		unsigned char ch = (unsigned char)text[i];
		if (ch == '\n') {
			l++;
			c = 1;
		} else if ((ch & 0xC0) != 0x80) {
			c++; /* count lead bytes only: one per character */
		}
	}
	if (line)
		*line = l;
	if (col)
		*col = c;
}
