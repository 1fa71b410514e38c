#!/bin/sh
# The Chinese catalog is complete: every message of the sources, as
# po/xgettext.sh finds them now, has a translation in po/zh_CN.po that is
# neither missing nor fuzzy, and the catalog passes msgfmt --check (its
# printf conversions agree with the English ones). Run from the project's
# root. A message added without its translation fails here by name:
# `make pot` merges it into po/zh_CN.po for translating.
. tests/cli/lib.sh

sh po/xgettext.sh . "$T/duibiao.pot"
check "[ \$? -eq 0 ] && grep -q '^msgid \"' '$T/duibiao.pot'" "po/xgettext.sh writes a template"
msgfmt --check -o "$T/zh_CN.mo" po/zh_CN.po 2>"$T/msgfmt.err"
check "[ \$? -eq 0 ] && [ ! -s '$T/msgfmt.err' ]" "po/zh_CN.po passes msgfmt --check: $(cat "$T/msgfmt.err")"
# The catalog as make pot would leave it; what it lacks shows as untranslated
# or fuzzy (a near match msgmerge guessed: to be checked by a translator).
msgmerge --quiet --add-location=file -o "$T/merged.po" po/zh_CN.po "$T/duibiao.pot"
check "[ \$? -eq 0 ]" "msgmerge po/zh_CN.po"
msgattrib --untranslated --no-obsolete --no-location "$T/merged.po" >"$T/untranslated.po"
msgattrib --only-fuzzy --no-obsolete --no-location "$T/merged.po" >"$T/fuzzy.po"
for what in untranslated fuzzy; do
	if grep -q '^msgid "[^"]' "$T/$what.po" || [ "$(grep -c '^msgid ' "$T/$what.po")" -gt 1 ]; then
		bad "messages $what in po/zh_CN.po (run make pot, then translate them):"
		sed -n '/^msgid ""$/,/^$/d; /^msgid /,/^msgstr/p' "$T/$what.po" | grep -v '^msgstr' >&2
	else
		ok
	fi
done
msgfmt --check -o /dev/null "$T/merged.po" 2>"$T/merged.err"
check "[ \$? -eq 0 ] && [ ! -s '$T/merged.err' ]" "the merged catalog passes msgfmt --check: $(cat "$T/merged.err")"
finish
