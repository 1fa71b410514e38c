#!/bin/sh
# The whole pipeline on the example reports, as DESIGN.md spells the commands:
# extract (manifest → a folder), compare, render (PNG/PDF/SVG), sheet; each
# output checked for content and byte-identical on a second run.
DB=$1
. "$(dirname "$0")/lib.sh"
unset SOURCE_DATE_EPOCH

run_all() { # $1 = output folder
	o=$1; mkdir -p "$o"
	expect 0 "$DB" extract --quiet --manifest examples/manifest.json -o "$o/rec/"
	expect 0 "$DB" compare --quiet "$o"/rec/*.json -o "$o/tables.json"
	expect 0 "$DB" render --quiet "$o/tables.json" --table industrial_va:growth:2021 --chart bar -o "$o/fig.png"
	expect 0 "$DB" render --quiet "$o/tables.json" --table industrial_va:growth:2021 --chart bar -o "$o/fig.pdf"
	expect 0 "$DB" render --quiet "$o/tables.json" --table industrial_va:growth:2021 --chart bar -o "$o/fig.svg"
	expect 0 "$DB" sheet --quiet "$o/tables.json" -o "$o/sheet.pdf"
	expect 0 "$DB" sheet --quiet --manifest examples/manifest.json -o "$o/sheet2.pdf"
}
run_all "$T/a"
run_all "$T/b"

# One records file per report, named after the report.
for s in sanmenxia-2022-05 luohe-2022-09 heilongjiang-county-city-2022-07 zhengzhou-2022-04 luoyang-jianxi-2022-01; do
	check "[ -s \"\$T/a/rec/$s.json\" ]" "records file for $s"
done
check 'grep -q "\"schema\": *\"duibiao.records/1\"" "$T/a/rec/sanmenxia-2022-05.json"' "records schema"
check 'grep -q "\"schema\": *\"duibiao.tables/1\"" "$T/a/tables.json"' "tables schema"

# The 2021 industrial value-added growth table holds the figures of the texts.
check 'grep -q "\"key\": *\"industrial_va:growth:2021\"" "$T/a/tables.json"' "industrial_va growth 2021 table"
check 'grep -q "\"entity\":\"洛阳市涧西区\".*\"value\":11.6" "$T/a/tables.json"' "涧西区 11.6 in a row"
check 'grep -q "\"entity\":\"三门峡市\".*\"value\":10.9" "$T/a/tables.json"' "三门峡市 10.9 in a row"

# Figures: real files, real text.
check '[ "$(head -c 8 "$T/a/fig.png" | od -An -tx1 | tr -d " ")" = 89504e470d0a1a0a ]' "PNG signature"
check 'head -c 5 "$T/a/fig.pdf" | grep -q "%PDF-"' "PDF header"
check 'grep -q "<title>" "$T/a/fig.svg" && grep -q "<desc>" "$T/a/fig.svg"' "SVG title and desc"
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext "$T/a/fig.pdf" "$T/fig.txt"
	check 'grep -q "规模以上工业增加值" "$T/fig.txt"' "PDF text has the metric name"
	check 'grep -q "三门峡市" "$T/fig.txt"' "PDF text has an entity"
	check 'grep -q "10.9" "$T/fig.txt"' "PDF text has a value"
	pdftotext "$T/a/sheet.pdf" "$T/sheet.txt"
	check 'grep -q "洛阳市涧西区" "$T/sheet.txt"' "sheet names 涧西区"
	check '[ "$(pdfinfo "$T/a/sheet.pdf" | awk "/^Pages:/{print \$2}")" -ge 2 ]' "sheet has several pages"
fi

# Byte-identical across runs.
for f in rec/sanmenxia-2022-05.json rec/zhengzhou-2022-04.json tables.json fig.png fig.pdf fig.svg sheet.pdf sheet2.pdf; do
	check "cmp -s \"\$T/a/$f\" \"\$T/b/$f\"" "$f identical across runs"
done

# examples/ copied elsewhere with the program on PATH (DUIBIAO=duibiao): the
# briefing is made inside the copy, as briefing.json and corrections.csv
# ask; a second make has nothing to do; make clean removes what it made.
if command -v make >/dev/null 2>&1; then
	mkdir -p "$T/bin" && ln -s "$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")" "$T/bin/duibiao"
	cp -R examples "$T/ex"
	ls -A "$T/ex" | sort > "$T/ex.before"
	check "PATH=\"\$T/bin:\$PATH\" make -s -C '$T/ex' DUIBIAO=duibiao >/dev/null 2>'$T/ex.err'" "examples: make with DUIBIAO=duibiao: \$(head -3 '$T/ex.err')"
	check "[ -s '$T/ex/out/briefing.pdf' ]" "examples: the briefing is made inside the copy"
	check "grep -q '\"file\":\"corrections.csv\",\"line\":2,\"entity\":\"洛阳市涧西区（含高新）\",\"action\":\"drop\"' '$T/ex/out/tables.json'" "examples: corrections.csv applied"
	if command -v pdftotext >/dev/null 2>&1; then
		check "pdftotext '$T/ex/out/briefing.pdf' - | grep -q '对标表：洛阳市涧西区'" "examples: the briefing has the 对标表 of briefing.json's focus"
	fi
	check "[ -z \"\$(PATH=\"\$T/bin:\$PATH\" make -s -C '$T/ex' DUIBIAO=duibiao 2>&1)\" ]" "examples: a second make does nothing"
	check "PATH=\"\$T/bin:\$PATH\" make -s -C '$T/ex' DUIBIAO=duibiao clean >/dev/null 2>&1 && ls -A '$T/ex' | sort | cmp -s - '$T/ex.before'" "examples: make clean leaves the folder as it was"
fi

finish
