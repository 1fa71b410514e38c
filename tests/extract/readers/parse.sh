#!/bin/sh
# `duibiao parse`: exact stdout bytes for figures and periods, exit codes
# 0 (read), 1 (nothing to read) and 2 (usage).
DUIBIAO=${1:?usage: parse.sh path/to/duibiao}
. "$(dirname "$0")/../../cli/lib.sh"

num() { # num TEXT EXPECTED-JSON
	expect 0 "$DUIBIAO" parse --number "$1"
	printf '%s\n' "$2" >"$T/want"
	if cmp -s "$T/want" "$T/out"; then ok; else bad "parse --number '$1': got $(cat "$T/out"), want $2"; fi
}
per() { # per TEXT DATE EXPECTED-JSON [--stock]
	expect 0 "$DUIBIAO" parse --period "$1" --date "$2" $4
	printf '%s\n' "$3" >"$T/want"
	if cmp -s "$T/want" "$T/out"; then ok; else bad "parse --period '$1': got $(cat "$T/out"), want $3"; fi
}

num '近7.7万亩' '{"value":77000,"unit":"亩","qualifier":"approx"}'
num '6.2%' '{"value":6.2,"unit":"%","qualifier":"exact"}'
num '271.1亿元' '{"value":27110000000,"unit":"元","qualifier":"exact"}'
num '3-5万元' '{"value":30000,"max":50000,"unit":"元","qualifier":"range"}'
num '10%～15%' '{"value":10,"max":15,"unit":"%","qualifier":"range"}'
num '增长**%' '{"value":null,"unit":"%","qualifier":"masked"}'
num '下降5.1%' '{"value":-5.1,"unit":"%","qualifier":"exact"}'
num '与上年持平' '{"value":0,"unit":"%","qualifier":"exact"}'
num '翻两番' '{"value":300,"unit":"%","qualifier":"exact"}'
num '1.5倍' '{"value":1.5,"unit":"倍","qualifier":"exact"}'
num '6.4个百分点' '{"value":6.4,"unit":"百分点","qualifier":"exact"}'
num '突破万亿元' '{"value":1000000000000,"unit":"元","qualifier":"at_least"}'
num '三分之二' '{"value":66.66666666666667,"unit":"%","qualifier":"exact"}'
num '50亿美元' '{"value":5000000000,"unit":"美元","qualifier":"exact"}'
num '1212' '{"value":1212,"unit":null,"qualifier":"exact"}'
num '居全省第三位' '{"value":3,"unit":"位","qualifier":"exact","scope":"全省"}'
num '居全省前三' '{"value":3,"unit":"位","qualifier":"at_most","scope":"全省"}'
num '第一方阵' '{"value":null,"unit":"位","qualifier":"exact","scope":null,"tier":"第一方阵"}'
num '居全省第**' '{"value":null,"unit":"位","qualifier":"masked","scope":"全省"}'
num '首位' '{"value":1,"unit":"位","qualifier":"exact","scope":null}'
num '2021年规模以上工业企业增加值增长10.9%' '{"value":10.9,"unit":"%","qualifier":"exact"}'

per '1至4月' 2022-05-20 '{"period":"2022M01-M04"}'
per '今年一季度' 2022-05-20 '{"period":"2022Q1"}'
per '1-3月' 2022-05-20 '{"period":"2022Q1"}'
per '今年以来' 2022-05-20 '{"period":"2022M01-M05"}'
per '2021年以来' 2022-05-20 '{"period":"2021..2022M05"}'
per '截至4月底' 2022-05-20 '{"period":"2022M01-M04"}'
per '截至4月底' 2022-05-20 '{"period":"2022M04"}' --stock
per '十四五末' 2022-05-20 '{"period":"2025"}'
per '全年' 2022-04-15 '{"period":"2021"}'
per '2021-2022采暖期' 2022-05-20 '{"period":null}'

# nothing to read: exit 1 with a message
for t in 第一议题 十九届六中全会 5G '“12345”热线' 两会 2021年 '4月13日' '**市' ''; do
	expect 1 "$DUIBIAO" parse --number "$t"
	check '[ ! -s "$T/out" ] && grep -q "no figure" "$T/err"' "no figure message for '$t'"
done
expect 1 "$DUIBIAO" parse --period '增长6.2%' --date 2022-05-20
check 'grep -q "^duibiao: no period in" "$T/err"' "no period message"

# usage errors: exit 2
expect 2 "$DUIBIAO" parse
expect 2 "$DUIBIAO" parse --number
expect 2 "$DUIBIAO" parse --period 今年
expect 2 "$DUIBIAO" parse --period 今年 --date 2022-13-01
expect 2 "$DUIBIAO" parse --number 1 --period 今年 --date 2022-05-20
expect 2 "$DUIBIAO" parse --bogus
expect 0 "$DUIBIAO" parse --help
check 'grep -q "^usage: duibiao parse" "$T/out"' "--help prints the usage"

finish
