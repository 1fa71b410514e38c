#!/bin/sh
# duibiao compare through the program: the golden files of test_golden.c
# again (same bytes via the CLI), stdin, CSV by extension, depfiles, exit
# codes and untouched outputs on failure.
DB=$1
. "$(dirname "$0")/../cli/lib.sh"
D=tests/compare/data
G=tests/compare/golden
CAT="--catalog $D/catalog.json"
ALL="$D/sanmenxia.json $D/jianxi.json $D/luohe.json $D/zhengzhou.json $D/zhengzhou-late.json"
REV="$D/zhengzhou-late.json $D/zhengzhou.json $D/luohe.json $D/jianxi.json $D/sanmenxia.json"

expect 0 "$DB" compare $CAT $ALL -o "$T/all.json"
check 'cmp -s "$T/all.json" $G/all.json' "all tables equal the golden file"
expect 0 "$DB" compare $CAT $REV -o "$T/rev.json"
check 'cmp -s "$T/rev.json" $G/all.json' "reversed input order gives the same bytes"
expect 0 sh -c "cat $D/luohe.json | \"$DB\" compare $CAT $D/sanmenxia.json $D/jianxi.json - $D/zhengzhou.json $D/zhengzhou-late.json"
check 'cmp -s "$T/out" $G/all.json' "- reads stdin, output to stdout"

# CSV: by the -o extension or --format; BOM first.
expect 0 "$DB" compare $CAT $ALL --table industrial_va:growth:2021 -o "$T/t.csv"
check 'cmp -s "$T/t.csv" $G/table.csv' "--table to .csv equals the golden CSV"
expect 0 "$DB" compare $CAT $ALL --format csv
check 'cmp -s "$T/out" $G/all.csv' "--format csv on stdout"
check '[ "$(head -c 3 "$T/out" | od -An -tx1 | tr -d " ")" = efbbbf ]' "CSV starts with a BOM"

expect 0 "$DB" compare $CAT $ALL --coverage -o "$T/cov.csv"
check 'cmp -s "$T/cov.csv" $G/coverage.csv' "coverage CSV"
expect 0 "$DB" compare $CAT $REV --coverage -o "$T/cov.json"
check 'cmp -s "$T/cov.json" $G/coverage.json' "coverage JSON"
expect 0 "$DB" compare $CAT $REV --series 郑州市 --metric gdp -o "$T/series.json"
check 'cmp -s "$T/series.json" $G/series.json' "series"

# Corrections, with a depfile naming every input read.
expect 0 "$DB" compare $CAT $ALL --overrides $D/corrections.csv \
	--table industrial_va:growth:2021 --table gdp:level:2021 --min-entities 2 \
	-o "$T/fixed.json" -M "$T/fixed.d"
check 'cmp -s "$T/fixed.json" $G/corrections.json' "corrections applied"
check 'grep -q "^$T/fixed.json:" "$T/fixed.d"' "depfile target is the output"
for f in $D/catalog.json $D/corrections.csv $D/luohe.json $D/zhengzhou-late.json; do
	check "grep -q ' $f' \"\$T/fixed.d\"" "depfile lists $f"
done

# A correction matching nothing: exit 1 naming its line, old output kept.
printf 'OLD\n' > "$T/keep.json"
expect 1 "$DB" compare $CAT $ALL --overrides $D/corrections-unmatched.csv -o "$T/keep.json"
check 'grep -qx "duibiao: $D/corrections-unmatched.csv:3: set matches no figure: 三门峡市 gdp:growth:2020" "$T/err"' "unmatched correction names line 3"
check '[ "$(cat "$T/keep.json")" = OLD ]' "old output kept"
check '[ -z "$(ls "$T" | grep tmp)" ]' "no temp file left behind"

expect 1 "$DB" compare $CAT $ALL --table rd_intensity:level:2021 -o "$T/none.json"
check 'grep -q "no table matches" "$T/err"' "a --table matching nothing fails"
expect 1 "$DB" compare $CAT "$T/nosuch.json"
check 'grep -q "^duibiao: $T/nosuch.json: " "$T/err"' "missing input named"

# Usage errors (2).
expect 0 "$DB" compare --help
check 'grep -q "^usage: duibiao compare" "$T/out"' "--help"
expect 2 "$DB" compare
expect 2 "$DB" compare $ALL --measure speed
expect 2 "$DB" compare $ALL --period 2021年
expect 2 "$DB" compare $ALL --status planned
expect 2 "$DB" compare $ALL --table gdp:growth
expect 2 "$DB" compare $ALL --series 郑州市
expect 2 "$DB" compare $ALL --min-entities two
expect 2 "$DB" compare $ALL --format xml
expect 2 "$DB" compare - - 
expect 2 "$DB" compare $ALL -M "$T/x.d"
expect 2 "$DB" compare $ALL --metric
finish
