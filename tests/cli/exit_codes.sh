#!/bin/sh
# Exit codes and messages every command shares (DESIGN.md, "Behaviour every
# command shares"): 0 success, 1 failure, 2 usage; failed runs leave old outputs.
DB=$1
. "$(dirname "$0")/lib.sh"

expect 2 "$DB"
expect 2 "$DB" frobnicate
check 'grep -q "is not a command" "$T/err"' "unknown command message"
expect 0 "$DB" --help
check 'grep -q "extract" "$T/out" && grep -q "sheet" "$T/out"' "--help lists commands"

for c in extract compare render sheet parse; do
	expect 0 "$DB" $c --help
	check "grep -q \"^usage: duibiao $c\" \"\$T/out\"" "$c --help prints usage"
	expect 2 "$DB" $c --no-such-flag
	check "grep -q \"see 'duibiao $c --help'\" \"\$T/err\"" "$c bad flag points at --help"
done

# A missing input is a failure (1) naming the file.
expect 1 "$DB" extract --entity 郑州市 --date 2022-04-13 "$T/nosuch.txt" -o "$T/x.json"
check 'grep -q "^duibiao: .*nosuch.txt" "$T/err"' "extract names the missing file"
expect 1 "$DB" compare "$T/nosuch.json" -o "$T/t.json"
check 'grep -q "^duibiao: .*nosuch.json" "$T/err"' "compare names the missing file"
expect 1 "$DB" render "$T/nosuch.json" -o "$T/f.png"
expect 1 "$DB" sheet "$T/nosuch.json" -o "$T/f.pdf"

# A failed run leaves the previous output untouched and no temp file.
printf 'OLD\n' > "$T/keep.json"
expect 1 "$DB" extract --entity 郑州市 --date 2022-04-13 "$T/nosuch.txt" -o "$T/keep.json"
check '[ "$(cat "$T/keep.json")" = OLD ]' "old output kept after a failed extract"
check '[ -z "$(ls "$T" | grep tmp)" ]' "no temp file left behind"

# An output that is one of the inputs would replace what was read: refused,
# the input untouched (the report, the records, the tables).
cp tests/bad-inputs/gbk-report.txt "$T/r.txt"
expect 1 "$DB" extract --entity 某县 --date 2023-03-01 "$T/r.txt" -o "$T/r.txt"
check 'grep -q "^duibiao: .*r.txt: is also an input" "$T/err"' "extract names the output that is an input"
check 'cmp -s tests/bad-inputs/gbk-report.txt "$T/r.txt"' "the report is untouched"
cp tests/bad-inputs/records-jia.json "$T/jia.json"
expect 1 "$DB" compare "$T/jia.json" tests/bad-inputs/records-yi.json -o "$T/jia.json"
check 'cmp -s tests/bad-inputs/records-jia.json "$T/jia.json"' "compare leaves its input alone"
printf 'entity,metric,measure,period,status,action,value,unit,note\n' > "$T/fix.csv"
expect 1 "$DB" compare tests/bad-inputs/records-jia.json --overrides "$T/fix.csv" -o "$T/fix.csv"
printf '{"name": "t"}\n' > "$T/theme.svg"
expect 1 "$DB" render tests/bad-inputs/tables-small.json --theme "$T/theme.svg" -o "$T/theme.svg"
check '[ "$(cat "$T/theme.svg")" = "{\"name\": \"t\"}" ]' "render leaves its theme alone"
printf '{}\n' > "$T/spec.pdf"
expect 1 "$DB" sheet tests/bad-inputs/tables-small.json --spec "$T/spec.pdf" -o "$T/spec.pdf"
check '[ "$(cat "$T/spec.pdf")" = "{}" ]' "sheet leaves its spec alone"
ln -s "$T/r.txt" "$T/link.txt"
expect 1 "$DB" extract --entity 某县 --date 2023-03-01 "$T/link.txt" -o "$T/r.txt"
check 'cmp -s tests/bad-inputs/gbk-report.txt "$T/r.txt"' "the same file by another name is found"

# Names given on the command line end up in JSON and PDFs: UTF-8 text only.
expect 2 "$DB" extract --entity "$(printf '\377县')" --date 2023-03-01 --text 全县
check 'grep -q "^duibiao extract: --entity is not UTF-8 text" "$T/err"' "a name that is not UTF-8"
expect 2 "$DB" sheet tests/bad-inputs/tables-small.json --title "$(printf 'a\001b')" -o "$T/s.pdf"
check 'grep -q "^duibiao sheet: --title is not UTF-8 text" "$T/err"' "a title with a control character"

# Bad option values are usage errors.
expect 2 "$DB" extract --entity 郑州市 --date 2022-13-45 examples/zhengzhou-2022-04.txt
expect 2 "$DB" extract examples/zhengzhou-2022-04.txt   # neither --entity/--date nor --manifest

# Invalid JSON input is a failure with a place.
printf '{"schema":"duibiao.records/1",\n  "records": [1,,]}\n' > "$T/bad.json"
expect 1 "$DB" compare "$T/bad.json" -o "$T/t.json"
check 'grep -q "^duibiao: .*bad.json:2:" "$T/err"' "JSON error names line 2"

finish
