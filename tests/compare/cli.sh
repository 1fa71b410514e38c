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
# Sentences are read again from the files kept open; with room for three
# open files, the other two keep theirs: the same bytes.
expect 0 sh -c "ulimit -n 67 && exec \"$DB\" compare $CAT $ALL -o \"$T/few.json\""
check 'cmp -s "$T/few.json" $G/all.json' "few files open: the same bytes"

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

# An input named twice is listed once, in the place it was first named.
expect 0 "$DB" compare $CAT $ALL $D/luohe.json -o "$T/twice.json" -M "$T/twice.d"
check '[ "$(grep -c "^$D/luohe.json:\$" "$T/twice.d")" = 1 ]' "depfile lists a repeated input once"
check '[ "$(grep -c " $D/luohe.json" "$T/twice.d")" = 1 ]' "depfile prerequisites list it once"
check 'sed -n 3,4p "$T/twice.d" | grep -q sanmenxia' "depfile keeps the order inputs were named in"

# A device target is written in place (not replaced by a renamed file).
expect 0 "$DB" compare $CAT $ALL -o /dev/null
check '[ -c /dev/null ]' "-o /dev/null leaves /dev/null a device"

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

# The rules set (test_rules.c) through the program: every selection option.
R=$D/rules
RC="--catalog $R/catalog.json"
RULES="$R/jia.json $R/jia-late.json $R/yi.json $R/bing.json $R/ding.json"
expect 0 "$DB" compare $RC $RULES -o "$T/rules.json"
check 'cmp -s "$T/rules.json" $G/rules.json' "rules: all tables"
expect 0 sh -c "cat $R/yi.json | \"$DB\" compare $RC $R/ding.json $R/bing.json - $R/jia-late.json $R/jia.json -o $T/rules.csv"
check 'cmp -s "$T/rules.csv" $G/rules.csv' "rules: stdin, shuffled, CSV by extension"
expect 0 "$DB" compare $RC $RULES --series 甲市 --metric gdp -o "$T/rs.json"
check 'cmp -s "$T/rs.json" $G/rules-series.json' "rules: series"
expect 0 "$DB" compare $RC $RULES --coverage --format csv -o "$T/rc.txt"
check 'cmp -s "$T/rc.txt" $G/rules-coverage.csv' "rules: coverage CSV by --format"
expect 0 "$DB" compare $RC $RULES --entity 甲市 --entity 戊市 --entity 丙县 --metric gdp \
	--measure level --min-entities 1 -o "$T/re.json"
check 'cmp -s "$T/re.json" $G/rules-entities.json' "rules: --entity (repeatable) with not_reported"
expect 0 "$DB" compare $RC $RULES --period 2022Q1 --format csv
check '[ "$(cut -d, -f1 "$T/out" | sed 1d | sort -u | tr "\n" " ")" = "budget_revenue:growth:2022Q1 budget_revenue:growth:2022Q1@note=扣除留抵退税因素后 gdp:growth:2022Q1 " ]' "rules: --period"
expect 0 "$DB" compare $RC $RULES --status target --min-entities 1 --format csv
check '[ "$(cut -d, -f1 "$T/out" | sed 1d | sort -u | tr "\n" " ")" = "gdp:growth:2022:target " ]' "rules: --status"
expect 0 "$DB" compare $RC $RULES --measure share --min-entities 2 --format csv
check '[ "$(cut -d, -f1 "$T/out" | sed 1d | sort -u | tr "\n" " ")" = "gdp:share:2021@of=全市 gdp:share:2021@of=全省 " ]' "rules: --measure"
expect 0 "$DB" compare $RC $RULES --table gdp:share:2021@of=全市 --format csv
check '[ "$(cut -d, -f1 "$T/out" | sed 1d | sort -u | tr "\n" " ")" = "gdp:share:2021@of=全市 " ]' "rules: --table with @of"
expect 0 "$DB" compare $RC $RULES --min-entities 4 --format csv
check '[ "$(cut -d, -f1 "$T/out" | sed 1d | sort -u | tr "\n" " ")" = "gdp:growth:2021 unemployment_rate:level:2021 " ]' "rules: --min-entities 4"

# CSV: BOM and CRLF by default, --csv-plain without, --headers zh, the
# coverage CSV alike.
expect 0 "$DB" compare $CAT $ALL --format csv
check '[ "$(head -c 6 "$T/out" | od -An -c | tr -s " ")" = " 357 273 277 k e y" ]' "tables CSV: BOM first"
check '[ "$(grep -c "$(printf "\r")\$" "$T/out")" = "$(wc -l < "$T/out")" ]' "tables CSV: every line ends in CRLF"
expect 0 "$DB" compare $CAT $ALL --format csv --csv-plain
check 'tail -c +4 $G/all.csv | tr -d "\r" | cmp -s - "$T/out"' "--csv-plain: the golden CSV without BOM and CR"
expect 0 "$DB" compare $CAT $ALL --coverage --format csv --csv-plain
check 'tail -c +4 $G/coverage.csv | tr -d "\r" | cmp -s - "$T/out"' "--csv-plain: coverage CSV too"
expect 0 "$DB" compare $CAT $ALL --format csv --headers zh
check '[ "$(head -1 "$T/out" | tail -c +4)" = "$(printf "表键,指标代码,指标,度量,基准,期间,状态,单位,排名,地区,层级,数值,上限,限定,缺值原因,文中排名,人工校正,来源,原文\r")" ]' "--headers zh: tables"
check 'sed 1d "$T/out" | cmp -s - "$(sed 1d $G/all.csv > "$T/rows"; echo "$T/rows")"' "--headers zh: rows unchanged"
expect 0 "$DB" compare $CAT $ALL --coverage --format csv --headers zh --csv-plain
check '[ "$(head -1 "$T/out")" = 指标代码,指标,度量,状态,地区,层级,期间,无期间,记录数 ]' "--headers zh: coverage, plain"
expect 2 "$DB" compare $CAT $ALL --headers de

# Corrections saved by Excel on Chinese Windows (GB18030, CRLF) read as
# the same text in UTF-8 would be.
printf 'entity,metric,measure,period,status,action,value,unit,note\r\n三门峡市,industrial_va,growth,2021,,set,10.8,%%,统计局修订\r\n洛阳高新区,industrial_va,growth,2021,,drop,,,"非同口径, 剔除"\r\n' > "$T/fix-utf8.csv"
iconv -f UTF-8 -t GB18030 "$T/fix-utf8.csv" > "$T/fix-gb.csv"
check '! iconv -f UTF-8 -t UTF-8 "$T/fix-gb.csv" >/dev/null 2>&1' "the GB18030 file is not UTF-8"
expect 0 "$DB" compare $CAT $ALL --overrides "$T/fix-utf8.csv" --table industrial_va:growth:2021 -o "$T/fu.json"
expect 0 "$DB" compare $CAT $ALL --overrides "$T/fix-gb.csv" --table industrial_va:growth:2021 -o "$T/fg.json"
check 'sed "s/fix-gb.csv/fix-utf8.csv/g" "$T/fg.json" | cmp -s - "$T/fu.json" && grep -q 统计局修订 "$T/fg.json"' "GB18030 corrections equal UTF-8 ones"
# A Chinese metric name stands for its id; mistakes say what was meant.
fix() { printf 'entity,metric,measure,period,status,action,value,unit,note\n%s\n' "$1" > "$T/fix.csv"; }
fix '三门峡市,规模以上工业增加值,growth,2021,,set,10.8,%,'
expect 0 "$DB" compare $CAT $ALL --overrides "$T/fix.csv" --table industrial_va:growth:2021 -o "$T/fz.json"
check 'grep -q "\"corrected\": *true" "$T/fz.json"' "a Chinese metric name in corrections"
fix_fails() { # fix_fails LINE MESSAGE ABOUT: the correction LINE fails with MESSAGE
	fix "$1"
	expect 1 "$DB" compare $CAT $ALL --overrides "$T/fix.csv" -o "$T/fz.json"
	if grep -qxF "duibiao: $T/fix.csv:2: $2" "$T/err"; then ok; else bad "$3"; fi
}
fix_fails '三门峡市,industrial_vaa,growth,2021,,set,10.8,%,' \
	'set matches no figure: 三门峡市 industrial_vaa:growth:2021 (industrial_vaa is not a metric of the catalog; did you mean industrial_va?)' \
	"corrections: did you mean the id"
fix_fails '三门峡,industrial_va,growth,2021,,set,10.8,%,' \
	'set matches no figure: 三门峡 industrial_va:growth:2021 (三门峡 is not a place of the tables; did you mean 三门峡市?)' \
	"corrections: did you mean the place"
fix_fails '洛阳市涧西区,gdp,level,2021,,drop,,亿美元,' \
	'drop: the unit differs: the correction is in 亿美元, the figure of 洛阳市涧西区 gdp:level:2021 in 亿元' \
	"corrections: the unit differs"
fix_fails '平顶山市,gdp,level,2021,,set,3000,亿美元,' \
	'set matches no figure: 平顶山市 gdp:level:2021 (the tables give it in 亿元, not 亿美元)' \
	"corrections: the tables' unit"

# Filters that leave nothing: a warning naming them, with what was meant;
# --fail-empty makes it an error (exit 1, nothing written).
expect 0 "$DB" compare $CAT $ALL --metric industrial_av --entity 三门峡 -o "$T/empty.json"
check 'grep -qx "duibiao: warning: no table: no record has --metric industrial_av (did you mean industrial_va?), --entity 三门峡 (did you mean 三门峡市?)" "$T/err"' "empty result: warning with did-you-mean"
check 'grep -q "\"tables\": \[\]" "$T/empty.json"' "empty result: the empty table set is written"
expect 0 "$DB" compare -q $CAT $ALL --metric industrial_av
check '[ ! -s "$T/err" ]' "empty result: -q silences the warning"
expect 0 "$DB" compare $CAT $ALL --metric pm25 --min-entities 5
check 'grep -qx "duibiao: warning: no table: no group of figures passes the filters (--min-entities 1 keeps a figure alone)" "$T/err"' "empty result: no filter to blame"
expect 0 "$DB" compare $CAT $ALL --coverage --entity 洛阳
check 'grep -q "^duibiao: warning: no coverage row: no record has --entity 洛阳 (did you mean 洛阳市涧西区?)" "$T/err"' "empty coverage: warning"
printf 'OLD\n' > "$T/keep.json"
expect 1 "$DB" compare $CAT $ALL --metric industrial_av --fail-empty -o "$T/keep.json"
check 'grep -qx "duibiao: no table: no record has --metric industrial_av (did you mean industrial_va?) (--fail-empty)" "$T/err" && [ "$(cat "$T/keep.json")" = OLD ]' "--fail-empty: exit 1, old output kept"
expect 0 "$DB" compare $CAT $ALL --metric 规上工业增加值 --fail-empty --table industrial_va:growth:2021 -o "$T/zh.json"
check 'cmp -s "$T/zh.json" "$(expect 0 "$DB" compare $CAT $ALL --table industrial_va:growth:2021 -o "$T/id.json"; echo "$T/id.json")"' "--metric takes a Chinese alias"

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
