#!/bin/sh
# The options every command takes the same way (cli_getopt): -q, -h, --help,
# --version, an unknown option (usage error with "did you mean"), GNU
# conventions, and "-" for standard input and output, byte for byte the
# same as the run on files.
DB=$1
. "$(dirname "$0")/lib.sh"
unset SOURCE_DATE_EPOCH

expect 0 "$DB" --version
cp "$T/out" "$T/version"
for c in extract compare render sheet parse; do
	expect 0 "$DB" $c --version
	check 'cmp -s "$T/out" "$T/version"' "$c --version prints what duibiao --version does"
	expect 0 "$DB" $c -h
	check "grep -q \"^usage: duibiao $c\" \"\$T/out\"" "$c -h prints usage"
	expect 0 "$DB" $c -q --help
	check "grep -q \"^usage: duibiao $c\" \"\$T/out\"" "$c -q --help prints usage"
	expect 2 "$DB" $c --no-such-flag
	check "grep -q \"^duibiao $c: unknown option '--no-such-flag'\$\" \"\$T/err\"" \
		"$c names the unknown option, suggesting nothing far from it"
done
# The closest option of that command is suggested.
expect 2 "$DB" extract --entiti 郑州市
check 'grep -q "did you mean --entity?" "$T/err"' "extract: did you mean --entity"
expect 2 "$DB" compare --metirc gdp x.json
check 'grep -q "did you mean --metric?" "$T/err"' "compare: did you mean --metric"
expect 2 "$DB" render x.json --tabel k -o f.png
check 'grep -q "did you mean --table?" "$T/err"' "render: did you mean --table"
expect 2 "$DB" sheet x.json --tilte T -o f.pdf
check 'grep -q "did you mean --title?" "$T/err"' "sheet: did you mean --title"
expect 2 "$DB" parse --nmuber 3万
check 'grep -q "did you mean --number?" "$T/err"' "parse: did you mean --number"
expect 2 "$DB" parse --number
check 'grep -q "^duibiao parse: --number needs a value" "$T/err"' "a missing value is named"
expect 2 "$DB" render x.json -o
check 'grep -q "^duibiao render: -o needs a value" "$T/err"' "a missing -o is named"

# extract: "-" reads the report from stdin (document.file "-"); -o - writes
# stdout; -q silences the tally; --opt=value and options after operands.
r=examples/zhengzhou-2022-04.txt
expect 0 "$DB" extract --entity 郑州市 --date 2022-04-13 "$r" -o "$T/file.json"
expect 0 "$DB" extract -q - --entity=郑州市 --date 2022-04-13 -o - <"$r"
check '[ ! -s "$T/err" ]' "extract -q says nothing"
sed 's|"file": *"[^"]*"|"file":X|' "$T/file.json" >"$T/a"
sed 's|"file": *"[^"]*"|"file":X|' "$T/out" >"$T/b"
check 'cmp -s "$T/a" "$T/b"' "extract - -o - is the file-based run"
check 'grep -q "\"file\": *\"-\"" "$T/out"' "extract - names the document -"
expect 0 "$DB" extract -q --entity 郑州市 --date 2022-04-13 --format csv "$r" -o "$T/file.csv"
expect 0 "$DB" extract -q --entity 郑州市 --date 2022-04-13 --format csv - -o - <"$r"
check '[ "$(sed 1d "$T/out" | cut -d, -f2-)" = "$(sed 1d "$T/file.csv" | cut -d, -f2-)" ] && [ -s "$T/out" ]' \
	"extract - -o - writes the CSV rows"
expect 2 "$DB" extract --entity 郑州市 --date 2022-04-13 - - <"$r"
check 'grep -q "given more than once" "$T/err"' "extract refuses - twice"
expect 2 "$DB" extract --entity 郑州市 --date 2022-04-13 "$r" -M "$T/x.d"
check 'grep -q "^duibiao extract: -M needs an -o file" "$T/err"' "extract -M without -o"
# Options after files hold under POSIXLY_CORRECT too, and files keep their
# order; after -- a word beginning with - is a file.
expect 0 env POSIXLY_CORRECT=1 "$DB" extract "$r" --entity 郑州市 -q --date 2022-04-13 -o "$T/posix.json"
check 'cmp -s "$T/posix.json" "$T/file.json"' "POSIXLY_CORRECT: options after the report"
mkdir "$T/two"
expect 0 env POSIXLY_CORRECT=1 "$DB" extract -q examples/sanmenxia-2022-05.txt --entity 某市 "$r" --date 2022-04-13 -o "$T/two/"
check '[ -s "$T/two/sanmenxia-2022-05.json" ] && [ -s "$T/two/zhengzhou-2022-04.json" ]' "POSIXLY_CORRECT: two reports among options"
expect 1 "$DB" extract --entity 郑州市 --date 2022-04-13 -o "$T/two/" -- "$r" -q
check 'grep -q "^duibiao: -q: cannot read" "$T/err"' "after -- -q is a file"

# compare: - in, -o - out, -- ends the options.
expect 0 "$DB" compare -q "$T/file.json" -o "$T/tables.json"
expect 0 "$DB" compare -q - -o - <"$T/file.json"
check 'cmp -s "$T/out" "$T/tables.json"' "compare - -o - is the file-based run"
expect 0 "$DB" compare -q -o - -- - <"$T/file.json"
check 'cmp -s "$T/out" "$T/tables.json"' "compare -- - reads stdin"

# render: - reads tables; -o - needs --format; the bytes are those of the file.
m=tests/render/data/multi.json
k=industrial_va:growth:2021
mkdir "$T/tmp"
for f in png pdf svg; do
	expect 0 "$DB" render -q "$m" --table "$k" -o "$T/fig.$f"
	expect 0 env TMPDIR="$T/tmp" "$DB" render -q - --table="$k" -o - --format "$f" <"$m"
	check "cmp -s \"\$T/out\" \"\$T/fig.$f\"" "render - -o - --format $f is the file-based run"
done
expect 2 "$DB" render "$m" --table "$k" -o -
check 'grep -q "needs --format png, pdf or svg" "$T/err"' "render -o - without --format"
expect 2 "$DB" render "$m" --table "$k" -o "$T/f.png" --format svg
check 'grep -q "does not match" "$T/err"' "render --format against the extension"
expect 2 "$DB" render "$m" --table "$k" -o - --format png -M "$T/d"
check 'grep -q "^duibiao render: -M needs an -o file" "$T/err"' "render -M with -o -"
expect 2 "$DB" render "$m" --table industrial_va:growht:2021 -o "$T/f.png"
check 'grep -q "(did you mean industrial_va:growth:2021?); its tables:" "$T/err"' \
	"render --table: the closest key first"
check '[ -z "$(ls "$T/tmp")" ]' "render -o - leaves no temporary folder"

# sheet: - reads tables; -o - writes the PDF (a sheet is always one).
expect 0 "$DB" sheet -q "$m" -o "$T/sheet.pdf"
expect 0 "$DB" sheet -q - -o - <"$m"
check 'cmp -s "$T/out" "$T/sheet.pdf"' "sheet - -o - is the file-based run"
expect 2 "$DB" sheet "$m" -o - -M "$T/d"
# --spec - and --manifest - read stdin too (reports named from the working
# folder); one stdin a run.
expect 0 "$DB" sheet -q "$m" --spec examples/briefing.json -o "$T/spec.pdf" -M "$T/spec.d"
expect 0 "$DB" sheet -q "$m" --spec - -o "$T/spec-in.pdf" -M "$T/spec-in.d" <examples/briefing.json
check 'cmp -s "$T/spec.pdf" "$T/spec-in.pdf"' "sheet --spec - is the file-based run"
check '! grep -q " -\( \|\$\)" "$T/spec-in.d" && grep -q "briefing.json" "$T/spec.d"' "stdin is no dependency"
expect 2 "$DB" sheet - --spec - -o "$T/x.pdf" <"$m"
check 'grep -q "given more than once" "$T/err"' "sheet refuses stdin twice"
mkdir "$T/man" "$T/man-in"
expect 0 "$DB" extract -q --manifest examples/manifest.json -o "$T/man/"
db=$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")
(cd examples && "$db" extract -q --manifest - -o "$T/man-in/" <manifest.json) 2>"$T/err"
rc=$?
check '[ $rc -eq 0 ] && diff -r "$T/man" "$T/man-in" >/dev/null' "extract --manifest - is the file-based run"
expect 2 "$DB" extract --manifest - - -o "$T/man-in/" </dev/null
check 'grep -q "given more than once" "$T/err"' "extract refuses stdin twice"

# parse: -o FILE as stdout.
expect 0 "$DB" parse --number 近7.7万亩
cp "$T/out" "$T/p"
expect 0 "$DB" parse -q --number=近7.7万亩 -o "$T/p2"
check 'cmp -s "$T/p" "$T/p2"' "parse -o writes what stdout shows"
expect 2 "$DB" parse --number 3 -M "$T/d"
finish
