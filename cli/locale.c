/* locale.c - the language of messages and help: English, the msgids,
 * unless the environment names Chinese (docs/design.md, Messages). Only
 * LC_MESSAGES follows it: numbers, dates and every output stay "C". */
#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/module.h"
#include "core/i18n.h"

#define CATALOG "zh_CN/LC_MESSAGES/" DB_TEXTDOMAIN ".mo"

/* Whether the locale name s (n bytes) is of language lang: "zh",
 * "zh_CN.UTF-8", "zh_TW", "zh_HK.Big5", "zh-Hans" are all "zh". The
 * catalog is Simplified; for zh_TW and zh_HK it is still closer to what
 * the reader reads than English. */
static bool is_lang(const char *s, size_t n, const char *lang)
{
	return n >= 2 && !strncmp(s, lang, 2) && (n == 2 || strchr("_.@-", s[2]));
}

/* The rule of POSIX and GNU gettext, decided here rather than by glibc,
 * which needs the named locale installed (a fresh Debian has only
 * C.UTF-8): the first of LC_ALL, LC_MESSAGES and LANG that is set names
 * the locale; "C" and "POSIX" (or none) are English whatever LANGUAGE
 * says, as gettext has it; otherwise the first entry of LANGUAGE (a
 * colon-separated list) that is Chinese or English decides, else the
 * locale's name. */
static bool wants_chinese(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *loc = NULL, *list, *end;

	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]) && !loc; i++)
		if ((loc = getenv(vars[i])) && !*loc)
			loc = NULL;
	if (!loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX"))
		return false;
	for (list = getenv("LANGUAGE"); list && *list; list = *end ? end + 1 : end) {
		end = list + strcspn(list, ":");
		if (is_lang(list, (size_t)(end - list), "zh"))
			return true;
		if (is_lang(list, (size_t)(end - list), "en"))
			return false;
	}
	return is_lang(loc, strlen(loc), "zh");
}

static bool has_catalog(const char *dir)
{
	db_buf path = DB_BUF_INIT;
	bool ok;

	db_buf_printf(&path, "%s/%s", dir, CATALOG);
	ok = access(path.data, R_OK) == 0;
	db_buf_release(&path);
	return ok;
}

void cli_locale(void)
{
	char *dir;

	if (!wants_chinese())
		return;   /* LC_MESSAGES stays "C": gettext returns the English */
	/* The installed catalogs relative to the program (a moved prefix
	 * still finds them), or the build tree's. None: English. */
	dir = db_find_installed(DB_REL_LOCALE_DIR, DB_BUILD_LOCALE_DIR, DB_BUILD_DIR, has_catalog, NULL);
	if (!dir)
		return;
	/* gettext reads no catalog in the "C" locale, and zh_CN.UTF-8 is
	 * seldom generated: C.UTF-8 (always there on Debian) is a locale other
	 * than "C" whose messages are the English, and LANGUAGE then points
	 * gettext at the zh_CN catalog whichever Chinese the environment
	 * named. Set for this process only (duibiao starts no program). */
	if (setlocale(LC_MESSAGES, "C.UTF-8") || setlocale(LC_MESSAGES, "")) {
		setenv("LANGUAGE", "zh_CN", 1);
		bindtextdomain(DB_TEXTDOMAIN, dir);
		/* Every output is UTF-8, whatever LC_CTYPE (still "C") says;
		 * strerror's messages too (glibc's own domain, translated
		 * when Debian's libc-l10n is installed), else they are "???". */
		bind_textdomain_codeset(DB_TEXTDOMAIN, "UTF-8");
		bind_textdomain_codeset("libc", "UTF-8");
	}
	free(dir);
}
