#!/bin/sh
# cmake --install into a temporary prefix, then the installed program alone,
# run from another folder: extract, compare and render an invented report
# with the bundled fonts; its modules (the renderer, the readers) found
# relative to itself, and a clear error when one is missing; without the fonts, the fallback to the system's Noto
# Sans CJK SC (its warning), --font with a system family, and the error
# when no font is left; Chinese messages under LANG=zh_CN.UTF-8 (the
# catalog found relative to the program); the man page and the completion
# scripts.
#   install.sh BUILD CMAKE   (run from the project's root)
BUILD=$1 CMAKE=${2:-cmake}
. tests/cli/lib.sh
P=$T/prefix W=$T/work
mkdir -p "$W"
unset SOURCE_DATE_EPOCH DUIBIAO_FONT_DIR

"$CMAKE" --install "$BUILD" --prefix "$P" >"$T/install.log" 2>&1
check "[ \$? -eq 0 ]" "cmake --install (see $T/install.log)"
DB=$P/bin/duibiao
for f in bin/duibiao share/duibiao/fonts/DuibiaoSans-Regular.otf share/duibiao/fonts/DuibiaoSans-Bold.otf \
	 share/duibiao/fonts/fonts.conf share/duibiao/fonts/LICENSE share/man/man1/duibiao.1 \
	 share/bash-completion/completions/duibiao share/zsh/site-functions/_duibiao \
	 share/locale/zh_CN/LC_MESSAGES/duibiao.mo; do
	check "[ -f '$P/$f' ]" "installed $f"
done
# The modules (core/module.h), in lib/duibiao of whatever libdir the build
# was configured with.
MODS=$(dirname "$(find "$P" -name render.so | head -n 1)")
for m in render read-pdf read-docx read-html; do
	check "[ -f '$MODS/$m.so' ]" "installed module $m.so"
done
check "! ldd '$DB' | grep -Eq 'libcairo|libpango|libpoppler|libxml2|libzip'" \
      "the program itself links none of the modules' libraries"

# Two places' reports, invented for this test.
printf '过去一年，全市地区生产总值增长7.0%%，规模以上工业增加值增长9.1%%。\n' >"$W/甲.txt"
printf '过去一年，全市地区生产总值增长5.2%%，规模以上工业增加值增长6.3%%。\n' >"$W/乙.txt"

cd / || exit 1
expect 0 "$DB" extract --entity 开封市 --date 2022-02-10 "$W/甲.txt" -o "$W/甲.json"
expect 0 "$DB" extract --entity 洛阳市 --date 2022-02-10 "$W/乙.txt" -o "$W/乙.json"
expect 0 "$DB" compare "$W/甲.json" "$W/乙.json" -o "$W/tables.json"
check "grep -q '\"key\": \"gdp:growth:2021\"' '$W/tables.json'" "compare keys the GDP growth table"
expect 0 "$DB" render "$W/tables.json" --table gdp:growth:2021 -o "$W/bundled.png"
check "[ -s '$W/bundled.png' ] && [ ! -s '$T/err' ]" "PNG with the bundled fonts, no warning"
expect 0 "$DB" render "$W/tables.json" --table gdp:growth:2021 -o "$W/bundled.pdf"
check "head -c 5 '$W/bundled.pdf' | grep -q '%PDF-'" "PDF with the bundled fonts"
if command -v pdffonts >/dev/null 2>&1; then
	check "pdffonts '$W/bundled.pdf' | grep -q DuibiaoSans" "the PDF embeds the bundled font"
fi

# Chinese from the installed catalog, run from another folder (tests/english
# .cmake set LC_MESSAGES=C for the checks of English messages).
zh() { env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=zh_CN.UTF-8 "$@"; }
chinese() { # $1: the program; $2: where it is
	expect 0 zh "$1" render --help
	check "head -1 '$T/out' | grep -q '^用法：duibiao render' && grep -q '显示本帮助' '$T/out'" \
	      "$2: render --help in Chinese"
	expect 1 zh "$1" render "$W/甲.txt" -o "$W/x.png"
	check "grep -q '^duibiao: $W/甲.txt:1:1: 无效的 JSON' '$T/err'" "$2: an error in Chinese"
	expect 0 env LANG=en_US.UTF-8 "$1" render --help
	check "head -1 '$T/out' | grep -q '^usage: duibiao render'" "$2: English under en_US"
}
chinese "$DB" "the installed program"

# The readers' modules: the PDF just drawn and a web page read back.
expect 0 "$DB" extract --entity 开封市 --date 2022-02-10 --show-text "$W/bundled.pdf"
check "grep -q '开封市' '$T/out'" "the PDF reader module reads the installed program's PDF"
printf '<html><body><p>过去一年，全市地区生产总值增长7.0%%。</p></body></html>\n' >"$W/甲.html"
expect 0 "$DB" extract --entity 开封市 --date 2022-02-10 "$W/甲.html" -o "$W/html.json"
check "grep -q '\"format\": \"html\"' '$W/html.json'" "the web page reader module"

# A moved prefix still finds its fonts, modules and messages (relative to
# the program).
mv "$P" "$T/moved"
expect 0 "$T/moved/bin/duibiao" render "$W/tables.json" --table gdp:growth:2021 -o "$W/moved.png"
check "[ -s '$W/moved.png' ] && [ ! -s '$T/err' ]" "a moved prefix draws with its bundled fonts"
expect 0 "$T/moved/bin/duibiao" extract --entity 开封市 --date 2022-02-10 --show-text "$W/bundled.pdf"
check "grep -q '开封市' '$T/out'" "a moved prefix reads PDFs"
chinese "$T/moved/bin/duibiao" "a moved prefix"
mv "$T/moved" "$P"

# A missing module is an error naming it, and only for what needs it.
mv "$MODS/read-pdf.so" "$T/read-pdf.so"
expect 1 "$DB" extract --entity 开封市 --date 2022-02-10 "$W/bundled.pdf" -o "$W/nopdf.json"
check "grep -q 'cannot load the PDF reader: $MODS/read-pdf.so is missing' '$T/err'" \
      "without read-pdf.so: an error naming it"
expect 0 "$DB" extract --entity 开封市 --date 2022-02-10 "$W/甲.txt" -o "$W/nopdf.json"
mv "$T/read-pdf.so" "$MODS/read-pdf.so"
mv "$MODS/render.so" "$T/render.so"
expect 1 "$DB" render "$W/tables.json" --table gdp:growth:2021 -o "$W/norender.png"
check "grep -q 'cannot load the renderer: $MODS/render.so is missing' '$T/err'" \
      "without render.so: an error naming it"
check "[ ! -e '$W/norender.png' ]" "no figure without the renderer"
expect 0 "$DB" compare "$W/甲.json" "$W/乙.json" -o "$W/tables2.json"
printf 'not a module\n' >"$MODS/render.so"
expect 1 "$DB" sheet "$W/tables.json" -o "$W/norender.pdf"
check "grep -q 'cannot load the renderer: .*render.so' '$T/err'" "a broken render.so: an error naming it"
mv "$T/render.so" "$MODS/render.so"

# The bundled fonts removed.
rm -r "$P/share/duibiao/fonts"
if fc-list 'Noto Sans CJK SC' file 2>/dev/null | grep -q .; then
	expect 0 "$DB" render "$W/tables.json" --table gdp:growth:2021 -o "$W/fallback.png"
	check "[ -s '$W/fallback.png' ]" "PNG without the bundled fonts"
	check "grep -q 'warning: bundled fonts not found ($P/share/duibiao/fonts/DuibiaoSans-Regular.otf): drawing with Noto Sans CJK SC (.*NotoSansCJK' '$T/err'" \
	      "the warning names the missing fonts and what is used instead"
	expect 0 "$DB" render "$W/tables.json" --table gdp:growth:2021 --quiet -o "$W/fallback.png"
	check "[ ! -s '$T/err' ]" "--quiet silences the fallback warning"
	expect 0 "$DB" sheet "$W/tables.json" -o "$W/fallback.pdf"
	check "grep -q 'bundled fonts not found' '$T/err'" "sheet warns too"
	if command -v pdffonts >/dev/null 2>&1; then
		check "pdffonts '$W/fallback.pdf' | grep -q NotoSansCJK" "the sheet embeds Noto Sans CJK SC"
	fi
else
	echo "skipped: no Noto Sans CJK SC installed (Debian: fonts-noto-cjk), the fallback is not checked"
fi
if fc-list 'Noto Serif CJK SC' file 2>/dev/null | grep -q .; then
	expect 0 "$DB" render "$W/tables.json" --table gdp:growth:2021 --font 'Noto Serif CJK SC' -o "$W/serif.pdf"
	check "[ -s '$W/serif.pdf' ] && [ ! -s '$T/err' ]" "--font with a system family, no bundled fonts, no warning"
	if command -v pdffonts >/dev/null 2>&1; then
		check "pdffonts '$W/serif.pdf' | grep -q NotoSerifCJK" "the PDF embeds the family asked for"
	fi
fi
expect 1 "$DB" render "$W/tables.json" --table gdp:growth:2021 --font 'No Such Family 42' -o "$W/none.png"
check "grep -q 'font family not found: No Such Family 42' '$T/err'" "an unknown family is named"
# No font at all: a system configuration that knows no font.
printf '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n' >"$W/empty.conf"
expect 1 env FONTCONFIG_FILE="$W/empty.conf" "$DB" render "$W/tables.json" --table gdp:growth:2021 -o "$W/none.png"
check "grep -q 'cannot find the bundled fonts ($P/share/duibiao/fonts/DuibiaoSans-Regular.otf) nor Noto Sans CJK SC' '$T/err'" \
      "neither font: an error naming both"
check "[ ! -e '$W/none.png' ]" "no figure without a font"

# The man page and the completion scripts.
if command -v man >/dev/null 2>&1; then
	LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$P/share/man/man1/duibiao.1" >"$T/man.txt" 2>"$T/man.err"
	check "[ \$? -eq 0 ] && [ ! -s '$T/man.err' ]" "man -l renders the page without warnings"
	for cmd in extract compare render sheet parse; do
		check "grep -q 'duibiao $cmd' '$T/man.txt'" "the man page covers $cmd"
	done
	check "grep -q 'DUIBIAO_FONT_DIR' '$T/man.txt' && grep -q 'SOURCE_DATE_EPOCH' '$T/man.txt' &&
	       grep -q 'LC_MESSAGES' '$T/man.txt' && grep -q 'LANGUAGE' '$T/man.txt'" "the man page names the environment"
else
	echo "skipped: no man, the man page is not rendered"
fi
check "bash -n '$P/share/bash-completion/completions/duibiao'" "bash accepts the completion"
if command -v zsh >/dev/null 2>&1; then
	check "zsh -n '$P/share/zsh/site-functions/_duibiao'" "zsh accepts the completion"
fi
# Every option a command's --help names is in the man page (its source, where
# groff cannot hyphenate it) and in both completion scripts.
sed 's/\\-/-/g' "$P/share/man/man1/duibiao.1" >"$T/man.src"
for cmd in extract compare render sheet parse; do
	for opt in $("$DB" $cmd --help | grep -E '^ +-' | grep -oE -- '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' | tr -d ' ,' | sort -u); do
		for f in "$T/man.src" "$P/share/bash-completion/completions/duibiao" "$P/share/zsh/site-functions/_duibiao"; do
			check "grep -qE -- '(^|[^a-z-])$opt([^a-z-]|\$)' '$f'" "$cmd $opt missing from $f"
		done
	done
done
cat >"$W/complete.bash" <<EOS
. '$P/share/bash-completion/completions/duibiao'
COMP_WORDS=(duibiao ren); COMP_CWORD=1; _duibiao; echo "\${COMPREPLY[*]}"
COMP_WORDS=(duibiao render --ch); COMP_CWORD=2; _duibiao; echo "\${COMPREPLY[*]}"
COMP_WORDS=(duibiao render --chart s); COMP_CWORD=3; _duibiao; echo "\${COMPREPLY[*]}"
cd '$W'; COMP_WORDS=(duibiao compare ''); COMP_CWORD=2; _duibiao; echo "\${COMPREPLY[*]}"
EOS
bash "$W/complete.bash" >"$T/complete.out" 2>&1
check "[ \"\$(sed -n 1p '$T/complete.out')\" = render ]" "bash completes the subcommand"
check "[ \"\$(sed -n 2p '$T/complete.out')\" = --chart ]" "bash completes an option of render"
check "[ \"\$(sed -n 3p '$T/complete.out')\" = 'series scorecard' ]" "bash completes --chart's values"
check "sed -n 4p '$T/complete.out' | grep -q 'tables.json' && ! sed -n 4p '$T/complete.out' | grep -q 'txt'" \
      "bash completes compare's records by extension"
finish
