#!/bin/sh
# Write the message template of the program's sources to OUT (po/duibiao.pot
# for `make pot`; a temporary file for the catalog test). Usage:
#   po/xgettext.sh SOURCE_DIR OUT
# The keywords are where messages are formatted and translated: db_error's
# and db_verror's format (5th argument; core/diag.c translates it), those of
# cli_error and cli_usage (cli/cli.c), the reasons of core/json_io.c's bad()
# and core/json.c's fail(); _() and N_() (core/i18n.h) for the rest.
# Locations name the file only, so that the template does not change with
# every line moved. The project has no bug address to put in the header,
# and xgettext's warning saying so is left out. A message is one string
# literal, or literals side by side: xgettext does not expand macros, so
# none may be part of one.
set -eu
src=$1
out=$2
cd "$src"
find core extract compare render cli -name '*.[ch]' | LC_ALL=C sort |
xgettext --from-code=UTF-8 --language=C --files-from=- --output="$out" \
	--default-domain=duibiao --package-name=duibiao \
	--add-location=file --add-comments=TRANSLATORS: \
	--keyword= --keyword=_ --keyword=N_ --keyword=dngettext:2,3 \
	--keyword=db_error:5 --keyword=db_verror:5 \
	--keyword=cli_error:1 --keyword=cli_usage:2 --keyword=bad:3 --keyword=fail:2 \
	--flag=db_error:5:c-format --flag=db_verror:5:c-format \
	--flag=cli_error:1:c-format --flag=cli_usage:2:c-format \
	--flag=db_buf_printf:2:c-format --flag=db_arena_printf:2:c-format 2>"$out.err" ||
	{ cat "$out.err" >&2; rm -f "$out.err"; exit 1; }
grep -v -e 'msgid-bugs-address' -e 'Makevars' -e 'MSGID_BUGS_ADDRESS' "$out.err" >&2 || true
rm -f "$out.err"
