#!/bin/sh
# Golden figures through the render library (render_tool): each case is drawn
# as PNG and compared pixel by pixel with tests/render/golden/NAME.png
# (pngdiff, small tolerance), as PDF (real text, CID fonts, never Type 3) and
# SVG (well-formed XML with <title> and <desc>); every output is drawn twice
# and must be byte-identical. UPDATE_GOLDEN=1 rewrites the references (look
# at each one before committing it).
#   golden.sh RENDER_TOOL PNGDIFF     (run from the project's root)
TOOL=$1 DIFF=$2
D=tests/render/data G=tests/render/golden
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
: "${DUIBIAO_FONT_DIR:=$PWD/fonts}"
export DUIBIAO_FONT_DIR
# The scanned-font cache (render/fontcache.c) of this run only: the first
# draw fills it, every later one reads it.
XDG_CACHE_HOME=$T/cache
export XDG_CACHE_HOME
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }

# name | data file | options | words pdftotext must find
cases='positive|positive|highlight=三门峡市 ref=mean|规模以上工业增加值增速 洛阳市涧西区 三门峡市 10.9 全省第1 平均
negative|negative|highlight=三门峡市|商品房销售面积增速 洛阳市 −25.6 全省第15
mixed|mixed|ref=median|固定资产投资增速 6.0–7.0 ≈3.0 −4.1 全市前3 中位数
mixed_vertical|mixed|orient=vertical highlight=三门峡市 ref=median|固定资产投资增速 黑龙江某县级市 12.1
masked|masked|highlight=三门峡市|社会消费品零售总额增速 漯河市 未公开 无数据
masked_vertical|masked|orient=vertical width=400|未公开 无数据
rank_only|rank_only|ref=mean|地区生产总值增速 仅排名：全市第1 全国省会城市第5
one|one|highlight=郑州市|研发投入强度 郑州市 2.31
thirty|thirty|highlight=三门峡市 ref=median|鄠邑区 驻马店市 汝州市 11.6
long_names|long_names|ref=mean|新增科技型中小企业 郑州航空港经济综合实验区 ≥980
huge|huge|ref=mean|一般公共预算收入 1234.00 ≥0.17 89.60 平均 443.69
huge_wan|huge_wan||地区生产总值 12691.02 5447.10 1582.50
tiny|tiny||单位GDP能耗 0.0031 0.0008
corrected|corrected|title=进出口总额增速对比 subtitle=2021年，按人民币计|进出口总额增速对比 12.5* 人工校正
sized|positive|width=1600 height=1000 dpi=192|规模以上工业增加值增速
no_figures|no_figures||未公开 无数据 洛阳市涧西区
themed|mixed|theme=tests/render/data/theme-print.json highlight=郑州市 ref=mean|固定资产投资增速 平均 3.2
table_short|masked|chart=table highlight=三门峡市|位次 地区 数值 单位 期间 自报排名 来源 三门峡市 5.2 未公开 无数据 全省排名未公开 luohe-2022-09.txt
table_mixed|mixed|chart=table|≈3.0 6.0–7.0 −4.1 −0.8 全市前3 全省第2 2022年1—4月
table_long|thirty|chart=table highlight=三门峡市|鄠邑区 驻马店市 汝州市 11.6 2.7
series_growth|series|table=series:郑州市:gdp:growth|郑州市地区生产总值增速 2019年 无数据 −4.1 全国省会城市第5
series_level|series|table=series:郑州市:gdp:level|郑州市地区生产总值 2017年 2021年 12691.2
series_quarters|series|table=series:郑州市:gdp:growth:quarterly-test|2021年三季度 无数据 17.4 −1.2
hostile|hostile|highlight=三门峡市 ref=mean|规模以上工业增加值规模 郑州航空港经济综合实验区 12.5 ≈6.3 仅排名 平均 洛阳市?涧西区
hostile_table|hostile|chart=table|位次 郑州航空港经济综合实验区 12.5 ≈6.3 仅排名 全国省会城市第1
gdp_mixed|briefing|table=gdp:level:2021:mixed ref=median|地区生产总值（2021年，亿元） 11600.00 1334.79 9298.14 中位数 10049.07
bars18_vertical|briefing|table=gdp:growth:2021 orient=vertical ref=median highlight=洛阳市|地区生产总值增速 平顶山市 驻马店市 7.0 11.0* 中位数 6.7
scorecard|briefing|chart=scorecard focus=洛阳市|对标表：洛阳市 5447.12 2/18 郑州市 12691.02 −7243.90亿元 （−57.1%） 3267.82 +2179.30亿元 16/18 −6.2个百分点 −1.8个百分点 33213 −8024元 45 4/18 +5微克/立方米 未公开 仅排名 全省第3 全省排名 ▼ ▲
scorecard_peers|briefing|chart=scorecard focus=洛阳市 peers=郑州市,南阳市,许昌市|对标 洛阳市 2/4 郑州市 许昌市 南阳市'

echo "$cases" | while IFS='|' read -r name data opts words; do
	# shellcheck disable=SC2086
	for ext in png pdf svg; do
		"$TOOL" "$D/$data.json" "$T/$name.$ext" $opts boxes="$T/$name.$ext.boxes" || { bad "$name.$ext: render failed"; continue; }
		"$TOOL" "$D/$data.json" "$T/$name.2.$ext" $opts
		check "cmp -s '$T/$name.$ext' '$T/$name.2.$ext'" "$name.$ext differs between two runs"
	done
	if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
		mkdir -p "$G" && cp "$T/$name.png" "$G/$name.png"
	fi
	check "'$DIFF' '$G/$name.png' '$T/$name.png'" "$name.png differs from $G/$name.png"
	# The layout: no two lines of text overlap, none leaves the figure, no
	# reference line crosses text, no place name breaks inside a word.
	for ext in png pdf; do
		check "python3 tests/render/layout_check.py '$T/$name.$ext.boxes' \$(python3 tests/render/entities.py '$D/$data.json') >&2" "$name.$ext: layout problems"
	done
	pdftotext "$T/$name.pdf" "$T/$name.txt"
	for w in $words; do
		check "grep -qF -- '$w' '$T/$name.txt'" "$name.pdf: pdftotext lacks '$w'"
	done
	check "pdffonts '$T/$name.pdf' | grep -q 'CID'" "$name.pdf: no CID font"
	check "! pdffonts '$T/$name.pdf' | grep -q 'Type 3'" "$name.pdf: a Type 3 font"
	check "python3 -c 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); t = d.getElementsByTagName; sys.exit(not (t(\"title\") and t(\"desc\") and t(\"title\")[0].parentNode == d.documentElement))' '$T/$name.svg'" "$name.svg: not XML with <title>/<desc>"
	echo "$pass $fail" > "$T/count"
done
read -r pass fail < "$T/count"

# The comparer sees a change: the reference line at the median, not the mean.
"$TOOL" "$D/positive.json" "$T/median.png" highlight=三门峡市 ref=median
check "! '$DIFF' '$G/positive.png' '$T/median.png' 2>/dev/null" "pngdiff notices a moved reference line"

# The PDF date is the one given, in UTC; the title and rows are metadata.
"$TOOL" "$D/positive.json" "$T/e.pdf" epoch=1653004800
check "pdfinfo '$T/e.pdf' | grep -q 'CreationDate: *Fri May 20 00:00:00 2022 UTC'" "PDF CreationDate from epoch"
check "pdfinfo '$T/e.pdf' | grep -q 'Title: *规模以上工业增加值增速（2021年，%）'" "PDF Title"
check "grep -q '<title>商品房销售面积增速（2022年上半年，%）</title>' '$T/negative.svg'" "SVG title text"
check "grep -q '洛阳市：−25.6%' '$T/negative.svg'" "SVG desc lists the rows"
# PNG size: --width/--height in pixels.
check "[ \"\$(od -An -tu1 -j16 -N8 '$T/sized.png' | tr -s ' ')\" = ' 0 0 6 64 0 0 3 232' ]" "sized.png is 1600x1000"

# A sheet: cover + one page per table, outline, text.
"$TOOL" "$D/multi.json" "$T/sheet.pdf" sheet=1 highlight=三门峡市 || bad "sheet failed"
"$TOOL" "$D/multi.json" "$T/sheet2.pdf" sheet=1 highlight=三门峡市
check "cmp -s '$T/sheet.pdf' '$T/sheet2.pdf'" "sheet differs between two runs"
check "[ \"\$(pdfinfo '$T/sheet.pdf' | awk '/^Pages:/{print \$2}')\" = 3 ]" "sheet has 3 pages (short tables share one)"
pdftotext "$T/sheet.pdf" "$T/sheet.txt"
for w in 测试简报 比较对象 来源条款 规模以上工业增加值增长11.6% luoyang-jianxi-2022-01.txt，第12行 —3—; do
	check "grep -qF -- '$w' '$T/sheet.txt'" "sheet text lacks '$w'"
done
check "! pdffonts '$T/sheet.pdf' | grep -q 'Type 3'" "sheet: a Type 3 font"
check "python3 tests/render/pdf_outline.py '$T/sheet.pdf' > '$T/outline.txt'" "sheet has an outline"
check "grep -qx '封面' '$T/outline.txt' && grep -qx '数据覆盖' '$T/outline.txt' && grep -qx '规模以上工业增加值' '$T/outline.txt' && grep -qx '  规模以上工业增加值增速（2021年，%）' '$T/outline.txt'" "outline: cover, coverage, metric, table under it"
check "python3 tests/render/sheet_text.py '$D/multi.json' '$T/sheet.txt' >/dev/null" "sheet text has every entity, value and clause"

# A briefing sheet with a focus: cover, 对标表, coverage, tables packed;
# every page laid out cleanly, the 对标表 and coverage pages as goldens.
"$TOOL" "$D/briefing.json" "$T/brief.pdf" sheet=1 focus=洛阳市 highlight=洛阳市 boxes="$T/brief.boxes" || bad "briefing sheet failed"
"$TOOL" "$D/briefing.json" "$T/brief2.pdf" sheet=1 focus=洛阳市 highlight=洛阳市
check "cmp -s '$T/brief.pdf' '$T/brief2.pdf'" "briefing sheet differs between two runs"
check "python3 tests/render/layout_check.py '$T/brief.boxes' \$(python3 tests/render/entities.py '$D/briefing.json') >&2" "briefing sheet: layout problems"
pdftoppm -png -r 50 -f 2 -l 2 -singlefile "$T/brief.pdf" "$T/brief-2"
pdftoppm -png -r 50 -f 3 -l 3 -singlefile "$T/brief.pdf" "$T/brief-3"
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
	cp "$T/brief-2.png" "$G/sheet_scorecard.png"
	cp "$T/brief-3.png" "$G/sheet_coverage.png"
fi
check "'$DIFF' '$G/sheet_scorecard.png' '$T/brief-2.png'" "sheet_scorecard.png differs"
check "'$DIFF' '$G/sheet_coverage.png' '$T/brief-3.png'" "sheet_coverage.png differs"
pdftotext -f 2 -l 3 "$T/brief.pdf" "$T/brief.txt"
for w in 对标表：洛阳市 5447.12 2/18 −7243.90 −57.1% 数据覆盖 单位 PM2.5平均浓度 24980 平顶山市; do
	check "grep -qF -- '$w' '$T/brief.txt'" "briefing sheet lacks '$w'"
done
# No page holds only notes: 18-row tables leave their source clauses to
# the appendix (every clause still in the sheet).
check "python3 tests/render/sheet_pages.py '$T/brief.pdf' >&2" "briefing sheet: a page holds only notes"
pdftotext "$T/brief.pdf" "$T/brief-all.txt"
check "python3 tests/render/sheet_text.py '$D/briefing.json' '$T/brief-all.txt' gdp:level:2021 gdp:growth:2021 disposable_income:level:2021 pm25:level:2021 industrial_va:growth:2021 retail_sales:growth:2021 >/dev/null" "briefing sheet lacks an entity, value or clause"
for w in '来源条款（18 条）见附录。' '地区生产总值增速（2021年，%）：来源条款'; do
	check "grep -qF -- '$w' '$T/brief-all.txt'" "briefing sheet lacks '$w'"
done

# A ranking table longer than a page: a PNG grows, a PDF goes on to a second
# page with the header again (pages compared as images, via pdftoppm).
"$TOOL" "$D/paged.json" "$T/paged.png" chart=table
check "[ \"\$(od -An -tu1 -j20 -N4 '$T/paged.png' | tr -s ' ')\" = ' 0 0 7 12' ]" "paged.png grows to 1804 px"
for i in 1 2; do
	"$TOOL" "$D/paged.json" "$T/paged$i.pdf" chart=table
done
check "cmp -s '$T/paged1.pdf' '$T/paged2.pdf'" "paged.pdf differs between two runs"
check "[ \"\$(pdfinfo '$T/paged1.pdf' | awk '/^Pages:/{print \$2}')\" = 2 ]" "paged.pdf has 2 pages"
pdftoppm -png -r 50 "$T/paged1.pdf" "$T/paged"
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
	cp "$T/paged-1.png" "$G/table_paged-1.png"
	cp "$T/paged-2.png" "$G/table_paged-2.png"
fi
for i in 1 2; do
	check "'$DIFF' '$G/table_paged-$i.png' '$T/paged-$i.png'" "table_paged-$i.png differs"
done
pdftotext -f 2 -l 2 "$T/paged1.pdf" "$T/paged2.txt"
for w in 规模以上工业增加值增速（2022年上半年，%）（续） 位次 自报排名 林州市 未公开 长葛市 仅排名 全省第3 henan-2022-h1.txt; do
	check "grep -qF -- '$w' '$T/paged2.txt'" "paged.pdf page 2 lacks '$w'"
done
"$TOOL" "$D/paged.json" "$T/paged3.pdf" chart=table height=2000
check "[ \"\$(pdfinfo '$T/paged3.pdf' | awk '/^Pages:/{print \$2}')\" = 1 ]" "a page tall enough holds the whole table"
# A short table as PDF is one page, its notes under its rows.
check "[ \"\$(pdfinfo '$T/table_short.pdf' | awk '/^Pages:/{print \$2}')\" = 1 ]" "a 4-row table as PDF is one page"
# A series table is drawn as a series only.
check "'$TOOL' '$D/series.json' '$T/x.png' chart=bar 2>&1 | grep -q 'drawn as --chart series'" "series table refused as bar"
check "'$TOOL' '$D/positive.json' '$T/x.png' chart=series 2>&1 | grep -q 'needs a series table'" "bar table refused as series"

# Errors: an unknown format, a bad reference, a height too small.
check "! '$TOOL' '$D/positive.json' '$T/x.gif' 2>/dev/null" "gif refused"
check "[ ! -e '$T/x.gif' ]" "nothing written for gif"
check "'$TOOL' '$D/positive.json' '$T/x.png' ref=nonsense 2>&1 | grep -q \"bad reference 'nonsense'\"" "bad ref message"
check "'$TOOL' '$D/thirty.json' '$T/x.png' height=100 2>&1 | grep -q 'too small for 30 rows'" "height too small"
check "[ ! -e '$T/x.png' ]" "nothing written on error"
check "'$TOOL' '$D/out_of_range.json' '$T/x.png' 2>&1 | grep -q 'value 1e+300 of 甲 is out of range'" "absurd values refused"

# The font cache: a cold, a warm, a damaged and a stale cache draw the same
# bytes. Stale: the font files are copied, drawn with (cache filled), then
# Regular is overwritten in place with Bold (same inode and mtime kept, so
# only size and ctime tell); the cached faces must not be used.
F=$T/fonts C=$T/cache2
mkdir "$F" && cp fonts/fonts.conf fonts/DuibiaoSans-*.otf "$F"/
for ext in png pdf svg; do
	rm -rf "$C"
	XDG_CACHE_HOME=$C DUIBIAO_FONT_DIR=$F "$TOOL" "$D/mixed.json" "$T/cold.$ext" highlight=三门峡市
	check "[ -n \"\$(ls '$C/duibiao/fonts')\" ]" "the font cache is written ($ext)"
	XDG_CACHE_HOME=$C DUIBIAO_FONT_DIR=$F "$TOOL" "$D/mixed.json" "$T/warm.$ext" highlight=三门峡市
	check "cmp -s '$T/cold.$ext' '$T/warm.$ext'" "warm font cache draws other bytes ($ext)"
	for c in "$C"/duibiao/fonts/*; do head -c 3000 "$c" > "$c.cut" && mv "$c.cut" "$c"; done
	XDG_CACHE_HOME=$C DUIBIAO_FONT_DIR=$F "$TOOL" "$D/mixed.json" "$T/cut.$ext" highlight=三门峡市
	check "cmp -s '$T/cold.$ext' '$T/cut.$ext'" "damaged font cache draws other bytes ($ext)"
	XDG_CACHE_HOME=/nonexistent/dir DUIBIAO_FONT_DIR=$F "$TOOL" "$D/mixed.json" "$T/none.$ext" highlight=三门峡市
	check "cmp -s '$T/cold.$ext' '$T/none.$ext'" "unwritable font cache draws other bytes ($ext)"
done
rm -rf "$C"
XDG_CACHE_HOME=$C DUIBIAO_FONT_DIR=$F "$TOOL" "$D/mixed.json" "$T/before.png"
touch -r "$F/DuibiaoSans-Regular.otf" "$T/stamp"
cat "$F/DuibiaoSans-Bold.otf" > "$F/DuibiaoSans-Regular.otf"
touch -r "$T/stamp" "$F/DuibiaoSans-Regular.otf"
XDG_CACHE_HOME=$C DUIBIAO_FONT_DIR=$F "$TOOL" "$D/mixed.json" "$T/stale.png"
XDG_CACHE_HOME=$T/cache3 DUIBIAO_FONT_DIR=$F "$TOOL" "$D/mixed.json" "$T/fresh.png"
check "cmp -s '$T/stale.png' '$T/fresh.png'" "a stale font cache is used"
check "! cmp -s '$T/before.png' '$T/stale.png'" "the stale-cache test changes nothing"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 0 ]
