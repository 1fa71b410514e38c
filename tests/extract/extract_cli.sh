#!/bin/sh
# duibiao extract on the command line: manifest → folder, single file, --text,
# CSV, depfile, summary, exit codes; outputs byte-identical across runs.
DB=$1
. "$(dirname "$0")/../cli/lib.sh"

expect 0 "$DB" extract --manifest examples/manifest.json -o "$T/a/"
check 'grep -q "^extract: 5 reports, [0-9]* records, [0-9]* masked, [0-9]* unkeyed (no catalog metric), [0-9]* undated (no period)$" "$T/err"' "summary line"
expect 0 "$DB" extract --quiet --manifest examples/manifest.json -o "$T/b/"
check '[ ! -s "$T/err" ]' "--quiet silences the summary"
for s in sanmenxia-2022-05 luohe-2022-09 heilongjiang-county-city-2022-07 zhengzhou-2022-04 luoyang-jianxi-2022-01; do
	check "cmp -s \"\$T/a/$s.json\" \"\$T/b/$s.json\"" "$s.json identical across runs"
done
check 'grep -q "\"value\":10.9,\"unit\":\"%\",\"raw\":\"10.9%\",\"qualifier\":\"exact\",\"period\":\"2021\"" "$T/a/sanmenxia-2022-05.json"' "10.9 growth 2021"

# one manifest entry, as a Make rule runs it, with a depfile
expect 0 "$DB" extract --quiet --manifest examples/manifest.json examples/sanmenxia-2022-05.txt -o "$T/s.json" -M "$T/s.d"
check 'cmp -s "$T/s.json" "$T/a/sanmenxia-2022-05.json"' "single manifest entry equals the folder output"
check 'grep -q "examples/sanmenxia-2022-05.txt" "$T/s.d" && grep -q "manifest.json" "$T/s.d"' "depfile lists inputs"
expect 1 "$DB" extract --manifest examples/manifest.json README.md -o "$T/x.json"
check 'grep -q "not in the manifest" "$T/err"' "file outside the manifest"

# single file with --entity/--date (郑州 → 郑州市)
expect 0 "$DB" extract --quiet --entity 郑州 --date 2022-04-13 examples/zhengzhou-2022-04.txt -o "$T/z.json"
check 'grep -q "\"entity\": \"郑州市\"" "$T/z.json" && grep -q "\"level\": \"prefecture\"" "$T/z.json"' "entity normalized"
check 'grep -q "\"province\": \"河南省\"" "$T/z.json" || true' "province"

# --text, to stdout
expect 0 "$DB" extract --quiet --entity 三门峡市 --date 2022-05-20 --text '今年一季度，全市生产总值同比增长5.7%，居全省第三位。'
check 'grep -q "\"metric\":\"gdp\",\"label\":\"生产总值\",\"measure\":\"growth\",\"value\":5.7" "$T/out"' "--text record"
check 'grep -q "\"period\":\"2022Q1\"" "$T/out" && grep -q "\"position\":3,\"scope\":\"全省\"" "$T/out"' "--text period and rank"

# CSV
expect 0 "$DB" extract --quiet --format csv --entity 三门峡市 --date 2022-05-20 --text '2021年全市进出口总额248.6亿元，规模居全省第三位。'
check 'tail -c +4 "$T/out" | head -1 | grep -q "^file,entity,level,metric,label,measure,value"' "csv header"
check 'grep -q "^-,三门峡市,prefecture,import_export,进出口总额,level,248.6,,亿元,248.6亿元,exact,2021,,,,,actual,3@全省," "$T/out"' "csv row"
# BOM and CRLF by default (Excel and WPS on Chinese Windows), every line
check '[ "$(head -c 8 "$T/out" | od -An -c | tr -s " ")" = " 357 273 277 f i l e ," ]' "csv starts with a BOM"
check '[ "$(grep -c "$(printf "\r")\$" "$T/out")" = "$(wc -l < "$T/out")" ] && [ "$(wc -l < "$T/out")" = 2 ]' "csv lines end in CRLF"
cp "$T/out" "$T/bom.csv"
expect 0 "$DB" extract --quiet --format csv --csv-plain --entity 三门峡市 --date 2022-05-20 --text '2021年全市进出口总额248.6亿元，规模居全省第三位。'
check 'tail -c +4 "$T/bom.csv" | tr -d "\r" | cmp -s - "$T/out"' "--csv-plain: the same without BOM and CR"
check '[ "$(head -c 5 "$T/out")" = file, ] && ! grep -q "$(printf "\r")" "$T/out"' "--csv-plain: no BOM, LF"
expect 0 "$DB" extract --quiet --format csv --headers zh --entity 三门峡市 --date 2022-05-20 --text '2021年全市进出口总额248.6亿元，规模居全省第三位。'
check 'tail -c +4 "$T/out" | head -1 | grep -q "^文件,地区,层级,指标代码,指标原文,度量,数值,上限,单位,原文数值,限定,期间,基准,占比对象,比较对象,口径说明,状态,排名,行,列,字节偏移,原文.\$"' "--headers zh: Chinese column names"
check 'sed -n 2p "$T/out" | cmp -s - "$(sed -n 2p "$T/bom.csv" > "$T/row"; echo "$T/row")"' "--headers zh: the rows as they were"
expect 2 "$DB" extract --format csv --headers fr --entity 某市 --date 2024-01-20 --text x
check 'grep -q "headers is en or zh" "$T/err"' "--headers: en or zh"

# a report that yields no record: a warning (none with -q), or with
# --fail-empty an error and nothing written
expect 0 "$DB" extract --entity 某市 --date 2024-01-20 --text '会议开得很好。' -o "$T/none.json"
check 'grep -qx "duibiao: warning: -: no record found" "$T/err"' "no record: a warning"
expect 0 "$DB" extract -q --entity 某市 --date 2024-01-20 --text '会议开得很好。'
check '[ ! -s "$T/err" ]' "no record: -q silences the warning"
rm -f "$T/none.json"
expect 1 "$DB" extract --fail-empty --entity 某市 --date 2024-01-20 --text '会议开得很好。' -o "$T/none.json"
check 'grep -qx "duibiao: -: no record found (--fail-empty)" "$T/err" && [ ! -e "$T/none.json" ]' "--fail-empty: exit 1, nothing written"
expect 0 "$DB" extract --fail-empty -q --entity 某市 --date 2024-01-20 --text '全市生产总值增长5.6%。'

# --kind dates a review; --unkeyed lists only what no metric keys, amounts too
expect 0 "$DB" extract --quiet --entity 某市 --date 2024-01-20 --kind gwr --format csv --text '全市生产总值增长5.6%。'
check 'grep -q "^-,某市,,gdp,生产总值,growth,5.6,,%,5.6%,exact,2023,yoy" "$T/out"' "--kind gwr: the review is the year before"
expect 0 "$DB" extract --quiet --entity 某市 --date 2024-01-20 --unkeyed --format csv --text '全市生产总值增长5.6%。全年新建充电桩3300个。全市游客满意度提高2个百分点。'
check '! grep -q ",gdp," "$T/out" && grep -q ",新建充电桩,level,3300,,个," "$T/out" && grep -q ",游客满意度,change_pp,2," "$T/out"' "--unkeyed rows"
# figures refused rather than keyed stay visible: a label the word lists
# refuse (牧民…) and the growth right after it, a part under 其中, a table
# row the catalog lacks; the summary counts what --unkeyed writes, with or
# without it; a figure said again stays out
printf '2023年全旗牧民人均可支配收入21400元，增长6.8%%。建筑业总产值42亿元，增长2.5%%。\n' >"$T/herd.txt"
expect 0 "$DB" extract --unkeyed --format csv --csv-plain --entity 某旗 --date 2024-01-10 "$T/herd.txt"
check 'grep -q ",全旗牧民人均可支配收入,level,21400,,元,21400元,exact,2023," "$T/out" && grep -q ",全旗牧民人均可支配收入,growth,6.8,,%,6.8%,exact,2023,yoy," "$T/out" && ! grep -q "建筑业" "$T/out" && [ $(wc -l <"$T/out") -eq 3 ]' "--unkeyed: a refused label and its growth"
check 'grep -q " 2 unkeyed (no catalog metric)" "$T/err"' "--unkeyed: the summary counts what it writes"
expect 0 "$DB" extract --format csv --csv-plain --entity 某旗 --date 2024-01-10 "$T/herd.txt"
check 'grep -q ",construction_output,建筑业总产值,growth,2.5," "$T/out" && ! grep -q "牧民" "$T/out" && grep -q " 2 unkeyed (no catalog metric)" "$T/err"' "records leave the refused out, the summary counts them"
expect 0 "$DB" extract --quiet --unkeyed --format csv --csv-plain --entity 某市 --date 2024-01-20 --text '2023年，全市农林牧渔业总产值78.6亿元，增长3.7%，其中农业总产值37.9亿元。'
check 'grep -q ",农业总产值,level,3790000000,,元,37.9亿元,exact,2023," "$T/out" && ! grep -q "78.6" "$T/out"' "--unkeyed: a part under 其中"
printf '表1 2023年主要指标\n指标 | 绝对数(亿元) | 比上年增长(%%)\n地区生产总值 | 296.4 | 5.7\n文旅产业收入 | 38.2 | 9.4\n' >"$T/rows.txt"
expect 0 "$DB" extract --quiet --unkeyed --format csv --csv-plain --entity 某市 --date 2024-01-20 "$T/rows.txt"
check 'grep -q ",文旅产业收入,level,38.2,,亿元,38.2,exact,2023," "$T/out" && grep -q ",文旅产业收入,growth,9.4," "$T/out" && ! grep -q ",gdp," "$T/out"' "--unkeyed: a table row the catalog lacks"
expect 0 "$DB" extract --unkeyed --format csv --csv-plain --entity 某市 --date 2024-01-20 --text '2023年全市地区生产总值412亿元，比上年增长5.4%。分季度看，一季度增长4.6%，全年增长5.4%。'
check '[ $(wc -l <"$T/out") -eq 1 ] && grep -q " 0 unkeyed (no catalog metric)" "$T/err"' "--unkeyed: a figure said again stays out"
expect 0 "$DB" extract --unkeyed --format csv --csv-plain --entity 某市 --date 2024-01-20 --text '2023年，全市新建充电桩2870个。全年全市新建充电桩2870个，居全省前列。'
check '[ $(grep -c ",新建充电桩,level,2870," "$T/out") -eq 1 ] && grep -q " 1 unkeyed (no catalog metric)" "$T/err"' "--unkeyed: an unkeyed figure said again stays out"
# parts listed before 分别 that no catalog label names: each figure unkeyed
# under its own item's words (a sector's name may hold 、 and 和)
expect 0 "$DB" extract --unkeyed --format csv --csv-plain --entity 某县 --date 2024-01-20 --text '2023年，全县规模以上工业增加值增长6.2%。分门类看，采掘业、加工制造业和燃气、热力及水的生产和供应业分别增长7.4%、5.1%、2.3%。'
check 'grep -q ",采掘业,growth,7.4," "$T/out" && grep -q ",加工制造业,growth,5.1," "$T/out" && grep -q ",燃气、热力及水的生产和供应业,growth,2.3," "$T/out" && ! grep -q "industrial_va" "$T/out" && grep -q " 3 unkeyed (no catalog metric)" "$T/err"' "--unkeyed: a 分别 list of sectors"
expect 0 "$DB" extract --unkeyed --format csv --csv-plain --entity 某县 --date 2024-01-20 --text '2023年，全县纺织业和家具制造业分别下降3.4%、1.8%。'
check 'grep -q ",纺织业,growth,-3.4," "$T/out" && grep -q ",家具制造业,growth,-1.8," "$T/out" && [ $(wc -l <"$T/out") -eq 3 ]' "--unkeyed: two parts joined by 和 before 分别"
# a —— list item's dash, and an item's 预计 (its status), are no words of
# the label of a figure the catalog lacks
expect 0 "$DB" extract --unkeyed --format csv --csv-plain --entity 某县 --date 2024-08-20 --text "$(printf '一、上半年主要指标完成情况\n——特色种养业增加值2.6亿元，增长4.1%%。\n——预计文旅融合产业收入5.3亿元。')"
check 'grep -q ",特色种养业增加值,level,260000000,,元,2.6亿元," "$T/out" && grep -q ",特色种养业增加值,growth,4.1," "$T/out" && grep -q ",文旅融合产业收入,level,530000000," "$T/out" && [ $(cut -d, -f5 "$T/out" | grep -c "^——\|^预计") -eq 0 ]' "--unkeyed: no item dash nor 预计 in a label"
# a label outside the catalog with the year it is compared with: the year is
# the basis, not a word of the label, and the yearly average after it follows
expect 0 "$DB" extract --quiet --unkeyed --format csv --csv-plain --entity 某县 --date 2024-01-20 --text '2023年，全县特色种植面积较2018年增长36.2%，年均增长6.4%。'
check 'grep -q ",特色种植面积,growth,36.2,,%,36.2%,exact,2023,vs:2018," "$T/out" && grep -q ",特色种植面积,growth,6.4,,%,6.4%,exact,2019..2023,cagr," "$T/out"' "--unkeyed: a growth against a base year"
# a percent after 占 and a plan's words is progress against the plan: no
# record, kept aside neither
expect 0 "$DB" extract --quiet --unkeyed --format csv --csv-plain --entity 某县 --date 2024-01-20 --text '2023年，全县一般公共预算收入8.6亿元，占年初预算的103.2%；全年实施重点项目86个，完成投资42.5亿元，占年度计划投资的108.4%。'
check '! grep -q "103.2" "$T/out" && ! grep -q "108.4" "$T/out"' "--unkeyed: progress against a plan stays out"
# a session's attendance (应到代表N人，实到N人) is no figure of the place's
expect 0 "$DB" extract --quiet --unkeyed --format csv --csv-plain --entity 某县 --date 2024-01-20 --text '大会应到代表210人，实到196人，符合法定人数。2023年，全县新建充电桩620个，签约外资、实到外资分别为3.2亿美元、1.5亿美元。'
check '! grep -q "196" "$T/out" && ! grep -q "210" "$T/out" && grep -q ",新建充电桩,level,620," "$T/out" && grep -q ",签约外资,level,320000000," "$T/out"' "--unkeyed: a meeting's attendance stays out"
# a 分别 list's items share the tail its last item ends with (a catalog
# label or a noun: 规上工业增加值, 产值): each item's label has it
expect 0 "$DB" extract --quiet --unkeyed --format csv --csv-plain --entity 某县 --date 2024-07-20 --text '上半年，全县新材料和生物医药规上工业增加值分别增长5.2%和13.1%；船舶修造、水产品加工产值分别增长8.4%、6.1%。'
check 'grep -q ",新材料规上工业增加值,growth,5.2," "$T/out" && grep -q ",生物医药规上工业增加值,growth,13.1," "$T/out" && grep -q ",船舶修造产值,growth,8.4," "$T/out" && grep -q ",水产品加工产值,growth,6.1," "$T/out"' "--unkeyed: list items share their tail"
expect 0 "$DB" extract --entity 某市 --date 2024-01-20 --text '规上工业增加值增长5%。'
check 'grep -q "1 undated (no period)" "$T/err"' "summary counts the undated"
expect 2 "$DB" extract --entity 某市 --date 2024-01-20 --kind memo --text x
check 'grep -q "unknown kind" "$T/err"' "unknown kind refused"

# --words replaces the word lists: without 预计 as an estimate word the
# figure is actual; a words file that lacks a list is refused
python3 -c 'import json,sys; w=json.load(open("extract/words.json")); w["lists"]["estimate"]["words"]=["预估"]; json.dump(w,open(sys.argv[1],"w"),ensure_ascii=False)' "$T/words.json"
expect 0 "$DB" extract --quiet --entity 某市 --date 2024-01-20 --words "$T/words.json" --format csv --text '2023年，预计全市生产总值增长5.6%。'
check 'grep -q ",gdp,生产总值,growth,5.6,,%,5.6%,exact,2023,yoy,,,,actual," "$T/out"' "--words: the lists are the file's"
printf '{"schema":"duibiao.words/1","lists":{}}' > "$T/bad-words.json"
expect 1 "$DB" extract --entity 某市 --date 2024-01-20 --words "$T/bad-words.json" --text x
check 'grep -q "lists.titles_bulletin" "$T/err"' "--words: a missing list is named"

# usage and failures
expect 2 "$DB" extract --format xml --entity a --date 2022-01-01 --text x
expect 2 "$DB" extract --entity a --date 2022-02-30 --text x
expect 2 "$DB" extract --manifest examples/manifest.json --entity a
expect 1 "$DB" extract --manifest "$T/none.json" -o "$T/c/"
expect 1 "$DB" extract --entity a --date 2022-01-01 "$T/none.txt"
check 'grep -q "^duibiao: .*none.txt" "$T/err"' "missing report named"
printf 'OLD\n' > "$T/keep.json"
printf '\000\001\002binary' > "$T/bin.txt"
expect 1 "$DB" extract --entity a --date 2022-01-01 "$T/bin.txt" -o "$T/keep.json"
check '[ "$(cat "$T/keep.json")" = OLD ]' "failed run keeps old output"

# Many reports into a folder: each report's output is a temporary until
# every report is done. More reports than 32 (the temporaries once kept);
# one that fails, the last, leaves the folder as it was and no temporary.
mkdir "$T/many" "$T/out40"
for i in $(seq 10 49); do
	printf '全市生产总值%d.5亿元，同比增长%d.1%%。\n' $((i * 7)) $((i % 9)) > "$T/many/r$i.txt"
done
expect 0 "$DB" extract --quiet --entity 某市 --date 2023-03-01 "$T"/many/r*.txt -o "$T/out40/"
check '[ $(ls "$T/out40" | wc -l) -eq 40 ] && [ -z "$(ls "$T/out40" | grep -v "^r[1-4][0-9].json$")" ]' "40 reports: 40 outputs, no temporary"
check 'grep -q "\"raw\":\"343.5亿元\"" "$T/out40/r49.json" && grep -q "\"raw\":\"70.5亿元\"" "$T/out40/r10.json"' "40 reports: the first and the last written"
expect 0 "$DB" extract --quiet --entity 某市 --date 2023-03-01 "$T/many/r23.txt" -o "$T/r23.json"
check 'cmp -s "$T/out40/r23.json" "$T/r23.json"' "40 reports: an output as the report alone gives it"
printf 'OLD\n' > "$T/out40/r10.json"
rm "$T/out40/r11.json"
ls -l "$T/out40" > "$T/before"
printf '\000\001\002binary' > "$T/many/r50.txt"
expect 1 "$DB" extract --quiet --entity 某市 --date 2023-03-01 "$T"/many/r*.txt -o "$T/out40/"
check 'grep -q "r50.txt" "$T/err"' "41 reports, the last failing: it is named"
check 'ls -l "$T/out40" | cmp -s - "$T/before"' "41 reports, the last failing: the folder as it was, no temporary"
check '[ "$(cat "$T/out40/r10.json")" = OLD ] && [ ! -e "$T/out40/r11.json" ]' "41 reports, the last failing: no output replaced or made"
# one output file: made as the records are written, renamed at the end
rm "$T/many/r50.txt"
expect 0 "$DB" extract --quiet --format csv --entity 某市 --date 2023-03-01 "$T"/many/r*.txt -o "$T/all.csv"
check '[ $(grep -c 亿元 "$T/all.csv") -eq 40 ] && [ -z "$(ls "$T" | grep "\.tmp")" ]' "40 reports into one CSV file, no temporary"
finish
