#!/bin/sh
# `duibiao render` and `duibiao sheet` through the program: exit codes,
# key listing, sizes and units, depfiles, SOURCE_DATE_EPOCH, atomic output,
# byte-identical reruns.   cli.sh DUIBIAO   (run from the project's root)
DB=$1
. tests/cli/lib.sh
D=tests/render/data
unset SOURCE_DATE_EPOCH

# Several tables and no --table: exit 2, listing every key.
expect 2 "$DB" render "$D/multi.json" -o "$T/x.png"
check "grep -q '^  industrial_va:growth:2021$' '$T/err' && grep -q '^  housing_sales_area:growth:2022H1$' '$T/err'" "keys listed"
check "[ ! -e '$T/x.png' ]" "no output when the table is ambiguous"
expect 2 "$DB" render "$D/multi.json" --table nope:level:2021 -o "$T/x.png"
check "grep -q 'has no table' '$T/err'" "unknown key named"
expect 2 "$DB" render "$D/positive.json" -o "$T/x.gif"
expect 2 "$DB" render "$D/positive.json" -o "$T/x.png" --width 12furlongs
expect 2 "$DB" render "$D/positive.json" -o "$T/x.png" --orient diagonal
expect 2 "$DB" render "$D/positive.json" -o "$T/x.png" --bogus
expect 2 "$DB" render "$D/positive.json"
expect 1 "$DB" render "$T/missing.json" -o "$T/x.png"
check "grep -q 'missing.json: cannot read' '$T/err'" "missing input named"
expect 1 "$DB" render "$D/positive.json" -o "$T/x.png" --ref nonsense
expect 0 "$DB" render --help
check "grep -q -- '--highlight' '$T/out'" "help lists options"
check "grep -q 'Duibiao Sans SC (a Noto Sans CJK SC subset)' '$T/out'" "help names the default font"
expect 2 "$DB" render "$D/positive.json" -o "$T/x.png" --chart pie

# Ranking tables and series charts through the program.
expect 0 "$DB" render "$D/masked.json" --chart table -o "$T/rt.pdf"
pdftotext "$T/rt.pdf" "$T/rt.txt"
for w in 位次 地区 数值 单位 期间 自报排名 来源 未公开 无数据 5.2 全省排名未公开; do
	check "grep -qF -- '$w' '$T/rt.txt'" "rt.pdf text has '$w'"
done
expect 0 "$DB" render "$D/series.json" --table series:郑州市:gdp:growth -o "$T/se.svg"
check "grep -q '<title>郑州市地区生产总值增速（%）</title>' '$T/se.svg'" "series SVG title"
expect 1 "$DB" render "$D/series.json" --table series:郑州市:gdp:growth --chart bar -o "$T/se.png"
check "grep -q 'drawn as --chart series' '$T/err'" "series table refused as a bar chart"

# The system's font configuration is never loaded (a Pango font map would
# have FcInit load it, and wait for it; render/fonts.c): fontconfig's trace
# of the configuration files it reads never names FONTCONFIG_FILE.
printf '<?xml version="1.0"?>\n<fontconfig/>\n' > "$T/system.conf"
expect 0 env FONTCONFIG_FILE="$T/system.conf" FC_DEBUG=1024 "$DB" render "$D/positive.json" -o "$T/fc.svg"
check "! grep -q 'system.conf' '$T/out' '$T/err'" "the system's font configuration is not loaded"

# The scorecard through the program: every table of the file, a focus and
# peers; a focus or peer that is not a place of the tables is an error that
# names it (and the place it may mean), not a card of fewer places.
expect 0 "$DB" render "$D/briefing.json" --chart scorecard --focus 洛阳市 -o "$T/card.pdf" -M "$T/card.d"
pdftotext "$T/card.pdf" "$T/card.txt"
for w in 对标表：洛阳市 5447.12 2/18 16/18 −7243.90亿元 +2179.30亿元 −1.8个百分点 仅排名 未公开; do
	check "grep -qF -- '$w' '$T/card.txt'" "scorecard text has '$w'"
done
check "grep -q 'briefing.json' '$T/card.d'" "scorecard depfile"
expect 0 "$DB" render "$D/briefing.json" --chart scorecard --focus 洛阳市 --peers 郑州市,南阳市、许昌市 -o "$T/peers.png"
expect 1 "$DB" render "$D/briefing.json" --chart scorecard --focus 洛阳 -o "$T/card2.png"
check "grep -qF 'focus 洛阳 is not a place of these tables (did you mean 洛阳市?)' '$T/err'" "unknown focus: did you mean"
expect 1 "$DB" render "$D/briefing.json" --chart scorecard --focus 洛阳市 --peers 郑州,南阳市 -o "$T/card2.png"
check "grep -qF 'peer 郑州 is not a place of these tables (did you mean 郑州市?)' '$T/err'" "unknown peer: did you mean"
check "[ ! -e '$T/card2.png' ]" "no scorecard written for an unknown place"
expect 2 "$DB" render "$D/briefing.json" --chart scorecard -o "$T/card2.png"

# A theme's name and about are strings (or null).
printf '{"name":5}\n' > "$T/badname.json"
expect 1 "$DB" render "$D/positive.json" --theme "$T/badname.json" -o "$T/x.png"
check "grep -qF 'theme: \"name\" must be a string' '$T/err'" "theme name not a string"

# A failed run leaves the previous output untouched.
expect 0 "$DB" render "$D/multi.json" --table industrial_va:growth:2021 -o "$T/keep.png"
cp "$T/keep.png" "$T/keep.orig"
expect 1 "$DB" render "$D/thirty.json" -o "$T/keep.png" --height 100
check "cmp -s '$T/keep.png' '$T/keep.orig'" "old output kept after a failure"
check "[ -z \"\$(ls '$T' | grep tmp)\" ]" "no temporary files left"

# Sizes: px for PNG (and mm at a dpi), pt/mm for PDF and SVG.
expect 0 "$DB" render "$D/positive.json" -o "$T/s.png" --width 1600 --height 1000
check "[ \"\$(od -An -tu1 -j16 -N8 '$T/s.png' | tr -s ' ')\" = ' 0 0 6 64 0 0 3 232' ]" "PNG 1600x1000"
expect 0 "$DB" render "$D/positive.json" -o "$T/s2.png" --width 100mm --height 90mm --dpi 254
check "[ \"\$(od -An -tu1 -j16 -N8 '$T/s2.png' | tr -s ' ')\" = ' 0 0 3 232 0 0 3 132' ]" "PNG 100mm x 90mm at 254 dpi = 1000x900"
expect 0 "$DB" render "$D/positive.json" -o "$T/s.pdf" --width 160mm --height 100mm
check "pdfinfo '$T/s.pdf' | grep -q 'Page size: *453.543 x 283.465 pts'" "PDF 160mm x 100mm"
expect 0 "$DB" render "$D/positive.json" -o "$T/s.svg" --width 400pt
check "grep -q 'width=\"400pt\"' '$T/s.svg'" "SVG width in pt"

# Title, subtitle, highlight, reference line, vertical bars: real PDF text.
expect 0 "$DB" render "$D/mixed.json" -o "$T/m.pdf" --title 固定资产投资 --subtitle 一至四月 --highlight 漯河市 --ref 5 --orient vertical
pdftotext "$T/m.pdf" "$T/m.txt"
# numbers one way (6.0–7.0 beside ≈3.0), the unit kept beside a title of one's own
for w in 固定资产投资 一至四月 单位：% 漯河市 参考值 6.0–7.0 −4.1; do
	check "grep -qF -- '$w' '$T/m.txt'" "m.pdf text has '$w'"
done
check "! grep -q 固定资产投资增速 '$T/m.txt'" "--title replaces the built title"

# Dates: SOURCE_DATE_EPOCH, else the newest document date of the table.
expect 0 "$DB" render "$D/positive.json" -o "$T/d1.pdf"
check "pdfinfo '$T/d1.pdf' | grep -q 'CreationDate: *Fri Sep 30 00:00:00 2022 UTC'" "date from the newest source"
SOURCE_DATE_EPOCH=86400 expect 0 "$DB" render "$D/positive.json" -o "$T/d2.pdf"
check "pdfinfo '$T/d2.pdf' | grep -q 'CreationDate: *Fri Jan  2 00:00:00 1970 UTC'" "date from SOURCE_DATE_EPOCH"
SOURCE_DATE_EPOCH=86400 expect 0 "$DB" render "$D/positive.json" -o "$T/d3.pdf"
check "cmp -s '$T/d2.pdf' '$T/d3.pdf'" "PDF identical with SOURCE_DATE_EPOCH"
expect 0 "$DB" render "$D/positive.json" -o "$T/d4.pdf"
check "cmp -s '$T/d1.pdf' '$T/d4.pdf'" "PDF identical without SOURCE_DATE_EPOCH"
for ext in png svg; do
	expect 0 "$DB" render "$D/masked.json" -o "$T/r1.$ext"
	SOURCE_DATE_EPOCH=1 expect 0 "$DB" render "$D/masked.json" -o "$T/r2.$ext"
	check "cmp -s '$T/r1.$ext' '$T/r2.$ext'" "$ext identical with and without SOURCE_DATE_EPOCH"
done

# Depfile: the output depends on the tables file and the theme.
printf '{"colors":{"bar":"#444444"},"font_sizes":{"title":16}}\n' > "$T/theme.json"
expect 0 "$DB" render "$D/positive.json" -o "$T/th.png" --theme "$T/theme.json" -M "$T/th.d"
check "grep -q '^$T/th.png:' '$T/th.d' && grep -q 'positive.json' '$T/th.d' && grep -q 'theme.json' '$T/th.d'" "depfile lists inputs"
printf '{"colours":{}}\n' > "$T/badtheme.json"
expect 1 "$DB" render "$D/positive.json" -o "$T/th2.png" --theme "$T/badtheme.json"
check "grep -q 'unknown key \"colours\"' '$T/err'" "bad theme key named"

# A character no font covers: a warning naming it, an error with --strict.
sed 's/"entity": "郑州市"/"entity": "郑州市\xf0\x9f\x98\x80"/' "$D/one.json" > "$T/glyph.json"
expect 0 "$DB" render "$T/glyph.json" -o "$T/g.png"
check "grep -q \"warning: no font has a glyph for '😀' (U+1F600)\" '$T/err'" "missing glyph warned"
expect 1 "$DB" render "$T/glyph.json" -o "$T/g2.png" --strict
check "[ ! -e '$T/g2.png' ]" "nothing written under --strict"
expect 0 "$DB" render "$T/glyph.json" -o "$T/g3.png" --quiet
check "[ ! -s '$T/err' ]" "--quiet silences the warning"

# Sheet from tables, with and without a spec.
expect 0 "$DB" sheet "$D/multi.json" -o "$T/sheet.pdf" -M "$T/sheet.d"
# two short tables share the coverage page
check "[ \"\$(pdfinfo '$T/sheet.pdf' | awk '/^Pages:/{print \$2}')\" = 3 ]" "sheet: cover + coverage and tables on 2 pages"
check "grep -q 'multi.json' '$T/sheet.d'" "sheet depfile"
expect 0 "$DB" sheet "$D/multi.json" -o "$T/sheet2.pdf"
check "cmp -s '$T/sheet.pdf' '$T/sheet2.pdf'" "sheet identical across runs"
printf '{"title":"三门峡对标","highlight":"三门峡市","pages":[{"table":"housing_sales_area:growth:2022H1","chart":"bar","title":"房地产：商品房销售面积"}]}\n' > "$T/spec.json"
expect 0 "$DB" sheet "$D/multi.json" --spec "$T/spec.json" -o "$T/spec.pdf"
pdftotext "$T/spec.pdf" "$T/spec.txt"
check "[ \"\$(pdfinfo '$T/spec.pdf' | awk '/^Pages:/{print \$2}')\" = 2 ]" "spec: the cover, then 对标表, coverage and the table on one page"
check "grep -q 三门峡对标 '$T/spec.txt' && grep -q 房地产：商品房销售面积 '$T/spec.txt'" "spec titles used"
check "pdfinfo '$T/spec.pdf' | grep -q 'Title: *三门峡对标'" "sheet PDF title"
printf '{"pages":[{"table":"nope:level:2021"}]}\n' > "$T/badspec.json"
expect 1 "$DB" sheet "$D/multi.json" --spec "$T/badspec.json" -o "$T/bad.pdf"
check "grep -q \"no table 'nope:level:2021'\" '$T/err'" "spec names an unknown table"
printf '{"title":"x","pagez":[]}\n' > "$T/badspec2.json"
expect 1 "$DB" sheet "$D/multi.json" --spec "$T/badspec2.json" -o "$T/bad.pdf"
check "grep -q 'spec: unknown key \"pagez\"' '$T/err'" "spec: unknown key named"
printf '{"pages":[{"table":"industrial_va:growth:2021","chart":"pie"}]}\n' > "$T/badspec3.json"
expect 1 "$DB" sheet "$D/multi.json" --spec "$T/badspec3.json" -o "$T/bad.pdf"
check "grep -q \"unknown chart 'pie'\" '$T/err'" "spec: unknown chart named"
check "[ ! -e '$T/bad.pdf' ]" "nothing written for a bad spec"
# Spec pages: a ranking table alone, a chart without its table, no coverage.
printf '{"title":"两页","coverage":false,"pages":[{"table":"industrial_va:growth:2021","chart":"table","title":"工业排名"},{"table":"housing_sales_area:growth:2022H1","ranking":false}]}\n' > "$T/spec2.json"
expect 0 "$DB" sheet "$D/multi.json" --spec "$T/spec2.json" -o "$T/spec2.pdf"
pdftotext "$T/spec2.pdf" "$T/spec2.txt"
check "[ \"\$(pdfinfo '$T/spec2.pdf' | awk '/^Pages:/{print \$2}')\" = 2 ]" "spec2: cover + one page for both tables"
check "[ \"\$(grep -c 自报排名 '$T/spec2.txt')\" = 1 ] && grep -q 工业排名 '$T/spec2.txt' && ! grep -q 数据覆盖 '$T/spec2.txt'" "spec2: one ranking table, no coverage"
expect 2 "$DB" sheet "$D/multi.json" -o "$T/sheet.png"
expect 2 "$DB" sheet -o "$T/x.pdf"
expect 0 "$DB" sheet --help

# Sheet from a manifest: extract + compare inside.
expect 0 "$DB" sheet --manifest examples/manifest.json -o "$T/man.pdf" -M "$T/man.d"
pdftotext "$T/man.pdf" "$T/man.txt"
check "grep -q 三门峡市 '$T/man.txt' && grep -q sanmenxia-2022-05.txt '$T/man.txt'" "manifest sheet names entities and documents"
check "grep -q 'sanmenxia-2022-05.txt' '$T/man.d' && grep -q 'manifest.json' '$T/man.d'" "manifest depfile lists reports"
check "pdfinfo '$T/man.pdf' | grep -q 'CreationDate: *Fri Sep 30 00:00:00 2022 UTC'" "manifest sheet dated by the newest report"

# The examples' briefing: records → tables → sheet; every entity, figure and
# source clause of every comparable table is in its text; an outline entry
# per metric; byte-identical reruns.
expect 0 "$DB" extract --quiet --manifest examples/manifest.json -o "$T/rec/"
expect 0 "$DB" compare --quiet "$T"/rec/*.json -o "$T/tables.json"
expect 0 "$DB" sheet --quiet "$T/tables.json" -o "$T/brief.pdf"
expect 0 "$DB" sheet --quiet "$T/tables.json" -o "$T/brief2.pdf"
check "cmp -s '$T/brief.pdf' '$T/brief2.pdf'" "briefing identical across runs"
pdftotext "$T/brief.pdf" "$T/brief.txt"
check "python3 tests/render/sheet_text.py '$T/tables.json' '$T/brief.txt' > '$T/brief.check'" "briefing text: \$(grep missing '$T/brief.check' | head -3)"
check "python3 tests/render/pdf_outline.py '$T/brief.pdf' > '$T/brief.outline' && grep -qx '地区生产总值' '$T/brief.outline' && grep -qx '  地区生产总值增速（2021年，%）' '$T/brief.outline'" "briefing outline per metric"
check "pdfinfo '$T/brief.pdf' | grep -q 'Creator: *duibiao'" "briefing creator"
check "python3 tests/render/sheet_pages.py '$T/brief.pdf' >&2" "briefing: a page holds only notes"

# A sheet of 18 places from 24 documents: the documents are one line on the
# cover and a list in the appendix; 18-row tables leave their source clauses
# there; every page holds a table or is the appendix's; nothing is lost.
expect 0 "$DB" sheet --quiet "$D/briefing.json" --highlight 洛阳市 -o "$T/b18.pdf"
check "python3 tests/render/sheet_pages.py '$T/b18.pdf' >&2" "18 places: a page holds only notes"
pdftotext "$T/b18.pdf" "$T/b18.txt"
check "python3 tests/render/sheet_text.py '$D/briefing.json' '$T/b18.txt' > '$T/b18.check'" "18 places: \$(grep missing '$T/b18.check' | head -3)"
pdftotext -f 1 -l 1 "$T/b18.pdf" "$T/b18-cover.txt"
check "grep -qF '共 24 份文件，2022-01-10 至 2022-03-27；逐份列于附录。' '$T/b18-cover.txt' && ! grep -q 'c01.txt' '$T/b18-cover.txt'" "18 places: the cover names the documents in one line"
check "grep -qF 'm06.txt，2022-02-10' '$T/b18.txt' && grep -qF '来源条款（18 条）见附录。' '$T/b18.txt'" "18 places: the appendix lists documents and clauses"
check "python3 tests/render/pdf_outline.py '$T/b18.pdf' | grep -qx '附录'" "18 places: the appendix in the outline"
# A ranking table that fills its last page to the bottom keeps a row back
# for the sources and the line on its clauses after it, not a page of them
# alone.
expect 0 "$DB" sheet --quiet "$D/paged.json" -o "$T/paged.pdf"
check "python3 tests/render/sheet_pages.py '$T/paged.pdf' >&2" "a long table's notes: a page holds only notes"
# The coverage grid lists in each block of places only what one of them
# reports: the fourth block (西安市 … 太原市) has their GDP alone.
pdftotext -f 3 -l 3 "$T/b18.pdf" "$T/b18-cov.txt"
check "[ \"\$(grep -c '^地区生产总值增速\$' '$T/b18-cov.txt')\" = 3 ] && [ \"\$(grep -c '^地区生产总值\$' '$T/b18-cov.txt')\" = 4 ]" "18 places: a coverage block lists only what its places report"
finish
