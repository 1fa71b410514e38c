/* i18n.h - messages in the reader's language (gettext, text domain
 * "duibiao"; po/zh_CN.po). A message is translated where it is formatted:
 * db_verror translates its format, the CLI's cli_usage and cli_error theirs
 * and cli_getopt the --help text, so most call sites write plain English.
 * _() is for the rest: formats given to snprintf or db_buf_printf for a
 * warning, and words put into a message through %s. N_() marks a string in
 * a static table for xgettext; whoever prints it translates it. Without
 * cli_locale (a library test, a fuzz target) every message stays English.
 * How the language is chosen: docs/design.md, Messages. */
#ifndef DB_I18N_H
#define DB_I18N_H

#include <libintl.h>

#define DB_TEXTDOMAIN "duibiao"
#define _(s) dgettext(DB_TEXTDOMAIN, s)
#define N_(s) s

#endif
