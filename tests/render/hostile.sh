#!/bin/sh
# What a user can feed `duibiao render` and `duibiao sheet` that no report
# would: titles and names of any length, hundreds of stated ranks, control
# characters and noncharacters, 10,000 entities, sizes beyond a format.
# Every output is valid (an SVG parses as XML, a PDF has its pages), every
# refusal names the file and says what to do, nothing half-written is left.
#   hostile.sh DUIBIAO   (run from the project's root)
DB=$1
. tests/cli/lib.sh
D=tests/render/data
unset SOURCE_DATE_EPOCH
xml_ok() { python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$1"; }
pages() { pdfinfo "$1" | awk '/^Pages:/{print $2}'; }

# A title of 600 characters (1,800 bytes: three times the old 512-byte
# buffer, cut inside a character at 512): every format draws it, ellipsized
# in the figure and whole in the metadata.
title=$(python3 -c 'print("规模以上工业增加值增速" * 60)')
for ext in png pdf svg; do
	expect 0 "$DB" render "$D/positive.json" --title "$title" -o "$T/title.$ext"
	check "[ ! -s '$T/err' ]" "long title ($ext): no message"
done
check "xml_ok '$T/title.svg'" "long title: the SVG is XML"
check "grep -qF '<title>$title</title>' '$T/title.svg'" "long title: whole in the SVG <title>"
check "pdfinfo '$T/title.pdf' | grep -qF '$title'" "long title: whole in the PDF Title"
pdftotext "$T/title.pdf" "$T/title.txt"
check "grep -qF 三门峡市 '$T/title.txt' && grep -qF 全省第1 '$T/title.txt'" "long title: the bars drawn"
expect 0 "$DB" render "$D/positive.json" --title "$title" --chart table -o "$T/title-table.pdf"
expect 0 "$DB" render "$D/series.json" --table series:郑州市:gdp:growth --title "$title" -o "$T/title-series.svg"
check "xml_ok '$T/title-series.svg'" "long title: a series SVG is XML"

# Names, units, ranks and notes of any length; controls and noncharacters
# (tests/render/data/hostile.json): valid output in every format and chart.
for chart in bar table; do
	for ext in png pdf svg; do
		expect 0 "$DB" render "$D/hostile.json" --chart $chart --highlight 三门峡市 -o "$T/h-$chart.$ext"
		check "[ ! -s '$T/err' ]" "hostile $chart.$ext: no message"
	done
	check "xml_ok '$T/h-$chart.svg'" "hostile $chart: the SVG is XML"
done
check "! grep -q \"\$(printf '\\007')\" '$T/h-bar.svg'" "no control character in the SVG"
expect 0 "$DB" render "$D/hostile.json" --orient vertical -o "$T/h-vertical.pdf"
expect 0 "$DB" sheet "$D/hostile.json" -o "$T/h-sheet.pdf"
pdftotext "$T/h-sheet.pdf" "$T/h-sheet.txt"
check "grep -qF '全国省会城市第1' '$T/h-sheet.txt' && grep -qF 郑州航空港经济综合实验区 '$T/h-sheet.txt'" "a sheet's ranking table keeps what it can"
check "[ \"\$(pages '$T/h-sheet.pdf')\" -ge 3 ]" "hostile sheet has its pages"

# Text on the command line that is not UTF-8 is a usage error.
expect 2 "$DB" render "$D/positive.json" --title "$(printf '\344\270')" -o "$T/bad.png"
check "grep -q 'render: --title is not valid UTF-8' '$T/err'" "--title not UTF-8 named"
expect 2 "$DB" sheet "$D/multi.json" --title "$(printf 'a\377')" -o "$T/bad.pdf"
check "[ ! -e '$T/bad.png' ] && [ ! -e '$T/bad.pdf' ]" "nothing written for text that is not UTF-8"

# 10,000 entities: a bar chart is refused in every format with the file's
# name and what to do. 2,000 of them (drawing 10,000 takes minutes under
# ASan): the ranking table goes on over PDF pages; a sheet leaves the chart
# out and keeps the table. Under make leakcheck (DB_LEAKCHECK), where these
# runs took 160 of the test's CPU seconds, 1,500 and 900: still past every
# format's bar chart and an SVG table, over 21 PDF pages.
if [ -n "$DB_LEAKCHECK" ]; then many=1500 rows=900 page=20; else many=10000 rows=2000 page=40; fi
last=$(printf '城市%05d' $((rows - 1)))
python3 - "$T/big.json" "$T/two-thousand.json" "$many" "$rows" <<'PY'
import json, sys
for path, n in zip(sys.argv[1:3], map(int, sys.argv[3:5])):
    rows = [{"entity": "城市%05d" % i, "level": "prefecture", "value": 100 - i / 100,
             "rank": i + 1} for i in range(n)]
    json.dump({"schema": "duibiao.tables/1",
               "tables": [{"key": "gdp:growth:2021", "metric": "gdp", "name": "地区生产总值",
                           "measure": "growth", "period": "2021", "unit": "%", "rows": rows}]},
              open(path, "w"), ensure_ascii=False)
PY
for ext in png pdf svg; do
	expect 1 "$DB" render "$T/big.json" -o "$T/big.$ext"
	check "grep -q \"^duibiao: $T/big.$ext: a figure of .* is larger than .*; draw it with --chart table into a .pdf\" '$T/err'" "10,000 bars ($ext): file named, a hint"
	check "[ ! -e '$T/big.$ext' ]" "10,000 bars ($ext): nothing written"
done
expect 0 "$DB" render "$T/two-thousand.json" --chart table -o "$T/big-table.pdf"
check "[ \"\$(pages '$T/big-table.pdf')\" -gt $page ]" "2,000 rows: a table of A4 pages"
pdftotext -f $page -l $page "$T/big-table.pdf" "$T/p40.txt"
check "grep -qF '地区生产总值增速（2021年，%）（续）' '$T/p40.txt' && grep -qF 自报排名 '$T/p40.txt'" "page $page goes on under a repeated header"
expect 1 "$DB" render "$T/two-thousand.json" --chart table -o "$T/big-table.svg"
check "grep -q \"^duibiao: $T/big-table.svg: .*; write the table as .pdf\" '$T/err'" "2,000-row SVG table: use PDF"
expect 0 "$DB" sheet "$T/two-thousand.json" -o "$T/big-sheet.pdf"
pdftotext "$T/big-sheet.pdf" "$T/big-sheet.txt"
check "grep -qF '柱状图从略' '$T/big-sheet.txt' && grep -qF $last '$T/big-sheet.txt'" "2,000-row sheet: no chart, every row"

# More vertical bars than the width holds: the figure widens (a given
# --width is refused with the width needed); a sheet scales the chart down
# or leaves it out. 120 months of a series are 3,457 pt wide.
python3 - "$T/months.json" <<'PY'
import json, sys
rows = [{"entity": "%dM%02d" % (2012 + i // 12, i % 12 + 1), "value": round(5 + i % 13 * 0.7, 1)}
        for i in range(120)]
json.dump({"schema": "duibiao.tables/1",
           "tables": [{"key": "series:郑州市:cpi:growth", "metric": "cpi", "name": "居民消费价格",
                       "measure": "growth", "unit": "%", "flags": ["series"], "rows": rows},
                      {"key": "gdp:growth:2021", "measure": "growth", "rows": [
                          {"entity": "甲市", "value": 1, "rank": 2}, {"entity": "乙市", "value": 2, "rank": 1}]}]},
          open(sys.argv[1], "w"), ensure_ascii=False)
PY
expect 0 "$DB" render "$T/months.json" --table series:郑州市:cpi:growth -o "$T/months.png"
check "[ \"\$(od -An -tu4 --endian=big -j16 -N4 '$T/months.png' | tr -d ' ')\" -gt 3000 ]" "120 months: the PNG widens past 3000 px"
expect 0 "$DB" render "$T/months.json" --table series:郑州市:cpi:growth -o "$T/months.pdf"
pdftotext "$T/months.pdf" "$T/months.txt"
check "grep -qF 年10 '$T/months.txt' && ! grep -qF … '$T/months.txt'" "120 months: every period named whole"
expect 1 "$DB" render "$T/months.json" --table series:郑州市:cpi:growth --width 900 -o "$T/m900.png"
check "grep -q \"^duibiao: $T/m900.png: figure width 675pt is too narrow for 120 bars side by side (needs 3457pt); use a larger --width\$\" '$T/err'" "a given --width too narrow: the width needed"
printf '{"pages":[{"table":"series:郑州市:cpi:growth"},{"table":"gdp:growth:2021","chart":"bar"}]}\n' > "$T/months-spec.json"
expect 0 "$DB" sheet "$T/months.json" --spec "$T/months-spec.json" -o "$T/months-sheet.pdf"
pdftotext "$T/months-sheet.pdf" "$T/months-sheet.txt"
check "grep -qF '共 120 行，柱状图从略' '$T/months-sheet.txt' && grep -qF 2021年12月 '$T/months-sheet.txt'" "120 months in a sheet: a table, no chart"

# Sizes: zero, negative and huge given sizes; a theme that leaves no room.
expect 2 "$DB" render "$D/positive.json" --width 0 -o "$T/s.png"
expect 2 "$DB" render "$D/positive.json" --height -5 -o "$T/s.png"
expect 1 "$DB" render "$D/positive.json" --width 40000 -o "$T/s.png"
check "grep -q \"^duibiao: $T/s.png: .* (32767 px a side); use a smaller --width\" '$T/err'" "huge --width: file and hint"
expect 1 "$DB" render "$D/positive.json" --height 5100mm -o "$T/s.pdf"
check "grep -q \"^duibiao: $T/s.pdf: .* (14400 pt a side); use a smaller --height\" '$T/err'" "huge --height: file and hint"
python3 -c 'import json, sys; json.dump({"schema": "duibiao.tables/1", "tables": [{"key": "k", "measure": "level", "rows": [{"entity": "城市%d" % i, "value": i} for i in range(55)]}]}, open(sys.argv[1], "w"), ensure_ascii=False)' "$T/many.json"
expect 1 "$DB" render "$T/many.json" --dpi 2400 -o "$T/s.png"
check "grep -q \"^duibiao: $T/s.png: a figure of 16000x3.... px is larger than PNG allows\" '$T/err'" "2400 dpi: the size in pixels"
printf '{"margins":{"left":300,"right":200}}\n' > "$T/wide.json"
expect 1 "$DB" render "$D/positive.json" --theme "$T/wide.json" -o "$T/s.svg"
check "grep -q \"^duibiao: $T/s.svg: figure width 480pt is too small\" '$T/err'" "margins wider than the figure: file named"
check "[ -z \"\$(ls '$T' | grep '^s\\.')\" ] && [ -z \"\$(ls '$T' | grep tmp)\" ]" "no output and no temporary file after a refusal"
finish
