#!/bin/sh
# User indicators through PCRE2 (issue 16): a --catalog-extra entry whose
# patterns find a label written three ways in invented reports, through
# extract, compare and render; a pattern PCRE2 refuses names its file, line
# and offset; a pattern that backtracks without end stops at the match limit.
DB=$1
. "$(dirname "$0")/lib.sh"

cat > "$T/extra.json" <<'JSON'
{"schema":"duibiao.catalog/1","metrics":[
 {"id":"enterprise_visits","name":"走访企业","name_en":"Enterprise visits","group":"governance",
  "unit":"家次","kind":"flow","better":"higher",
  "aliases":["走访企业"],
  "patterns":["走访(?:服务)?(?:各类)?(?:重点)?企业(?:共计|累计)?(?=\\d)",
              "万人助万企”?(?:活动)?(?:累计)?走访(?=\\d)"]},
 {"id":"budget_revenue","aliases":["地方一般公共预算收入"]}
]}
JSON
# three invented reports, each writing the visits its own way
cat > "$T/east.txt" <<'EOF2'
过去一年，东川市经济稳中向好。地区生产总值完成612亿元，增长6.3%。深入开展助企行动，全年走访服务企业1260余家次，协调解决难题310个。
EOF2
cat > "$T/west.txt" <<'EOF2'
一年来，西岭市项目建设提速。地区生产总值达到455亿元，增长5.4%。“万人助万企”活动累计走访980家次，办结诉求200余件。
EOF2
cat > "$T/north.txt" <<'EOF2'
北原市去年地区生产总值380亿元，增长4.8%。干部下沉一线，走访各类重点企业共计1530家次。
EOF2
for c in east west north; do
	case $c in east) e=洛阳市 ;; west) e=南阳市 ;; north) e=开封市 ;; esac
	expect 0 "$DB" extract --quiet --entity $e --date 2023-02-10 --catalog-extra "$T/extra.json" \
		"$T/$c.txt" -o "$T/$c.json"
done
expect 0 "$DB" extract --quiet --entity 洛阳市 --date 2023-02-10 --catalog-extra "$T/extra.json" \
	"$T/east.txt" -o "$T/east-dep.json" -M "$T/east.d"
check 'grep -q "extra.json" "$T/east.d"' "the depfile lists the extra catalog"
check 'grep -q "\"metric\":\"enterprise_visits\",\"label\":\"走访服务企业\",\"measure\":\"level\",\"value\":1260,\"unit\":\"家次\".*\"qualifier\":\"at_least\",\"period\":\"2022\"" "$T/east.json"' "east: 走访服务企业1260余家次"
check 'grep -q "\"metric\":\"enterprise_visits\",\"label\":\"万人助万企”活动累计走访\",\"measure\":\"level\",\"value\":980" "$T/west.json"' "west: 万人助万企…走访980家次"
check 'grep -q "\"metric\":\"enterprise_visits\",\"label\":\"走访各类重点企业共计\",\"measure\":\"level\",\"value\":1530" "$T/north.json"' "north: 走访各类重点企业共计1530家次"
# the other figures are as without the extra file
expect 0 "$DB" extract --quiet --entity 洛阳市 --date 2023-02-10 "$T/east.txt" -o "$T/east0.json"
check '[ "$(grep -v enterprise_visits "$T/east.json" | grep -c "\"metric\"")" = "$(grep -v "走访" "$T/east0.json" | grep -c "\"metric\"")" ]' "the extra file changes only the user metric's records"
check '! grep -q "enterprise_visits" "$T/east0.json"' "without --catalog-extra no user metric"
expect 0 "$DB" compare "$T/east.json" "$T/west.json" "$T/north.json" --catalog-extra "$T/extra.json" \
	--table enterprise_visits:level:2022 -o "$T/t.csv"
check 'grep -q "开封市.*1530" "$T/t.csv" && grep -q "洛阳市.*1260" "$T/t.csv" && grep -q "南阳市.*980" "$T/t.csv"' "the table holds the three places"
expect 0 "$DB" compare "$T/east.json" "$T/west.json" "$T/north.json" --catalog-extra "$T/extra.json" -o "$T/tables.json"
check 'grep -q "\"name\": *\"走访企业\"" "$T/tables.json"' "the table carries the user metric's name"
expect 0 "$DB" render "$T/tables.json" --table enterprise_visits:level:2022 -o "$T/visits.png"
check '[ -s "$T/visits.png" ] && [ "$(head -c 4 "$T/visits.png" | tail -c 3)" = PNG ]' "a PNG bar chart"
expect 0 "$DB" render "$T/tables.json" --table enterprise_visits:level:2022 -o "$T/visits.pdf"
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext "$T/visits.pdf" - | tr -d '\n ,' > "$T/visits.txt"
	check 'grep -q "1530" "$T/visits.txt" && grep -q "1260" "$T/visits.txt" && grep -q "980" "$T/visits.txt"' "the PDF shows the three values"
	check 'grep -q "走访企业" "$T/visits.txt"' "the PDF names the metric"
fi
# sheet --manifest extracts with the extra file too

mkdir "$T/m" && cp "$T/east.txt" "$T/west.txt" "$T/north.txt" "$T/m/"
cat > "$T/m/manifest.json" <<'JSON'
{"documents":[
 {"file":"east.txt","entity":"洛阳市","level":"prefecture","date":"2023-02-10"},
 {"file":"west.txt","entity":"南阳市","level":"prefecture","date":"2023-02-10"},
 {"file":"north.txt","entity":"开封市","level":"prefecture","date":"2023-02-10"}]}
JSON
expect 0 "$DB" sheet --quiet --manifest "$T/m/manifest.json" --catalog-extra "$T/extra.json" -o "$T/sheet.pdf"
if command -v pdftotext >/dev/null 2>&1; then
	check 'pdftotext "$T/sheet.pdf" - | tr -d "\n ," | grep -q "走访企业"' "the sheet has the user metric's table"
fi

# an entry for a metric the catalog has adds aliases only
printf '{"schema":"duibiao.catalog/1","metrics":[{"id":"gdp","name":"x"}]}\n' > "$T/dup.json"
expect 1 "$DB" extract --entity 洛阳市 --date 2023-02-10 --catalog-extra "$T/dup.json" "$T/east.txt"
check 'grep -q "dup.json: metrics\[0\] (gdp): the catalog has this metric already.*not \"name\"" "$T/err"' "an existing id may not be redefined"
# a new id carries what every metric carries
printf '{"schema":"duibiao.catalog/1","metrics":[{"id":"visits","name":"走访","patterns":["走访"]}]}\n' > "$T/new.json"
expect 1 "$DB" extract --entity 洛阳市 --date 2023-02-10 --catalog-extra "$T/new.json" "$T/east.txt"
check 'grep -q "new.json: metrics\[0\]: missing \"unit\"" "$T/err"' "a new metric needs its unit"

# a pattern PCRE2 refuses: the file, the line, the metric and PCRE2's message with the offset
cat > "$T/bad.json" <<'JSON'
{"schema":"duibiao.catalog/1","metrics":[
 {"id":"enterprise_visits","name":"走访企业","unit":"家次","kind":"flow","better":"higher",
  "patterns":["走访企业",
              "走访(企业.{0,6}"]}
]}
JSON
expect 1 "$DB" extract --entity 洛阳市 --date 2023-02-10 --catalog-extra "$T/bad.json" "$T/east.txt" -o "$T/bad-out.json"
check 'grep -q "^duibiao: .*bad.json:4: metric enterprise_visits: pattern \"走访(企业.{0,6}\": missing closing parenthesis (at offset 11)" "$T/err"' "a bad pattern names file, line, metric, message and offset"
check '[ ! -e "$T/bad-out.json" ]' "a bad pattern writes nothing"

# (a+)+b over a long run of a's: the match limit ends it, and the report fails naming the place
cat > "$T/slow.json" <<'JSON'
{"schema":"duibiao.catalog/1","metrics":[{"id":"gdp","patterns":["(a+)+b"]}]}
JSON
{ printf '地区生产总值增长5%%。\n'; head -c 20000 /dev/zero | tr '\0' a; printf '。工业增加值增长3%%，b。\n'; } > "$T/slow.txt"
start=$(date +%s)
expect 1 "$DB" extract --entity 洛阳市 --date 2023-02-10 --catalog-extra "$T/slow.json" "$T/slow.txt" -o "$T/slow-out.json"
check '[ $(( $(date +%s) - start )) -lt 20 ]' "the pathological pattern ends within seconds"
check 'grep -q "slow.txt:[0-9]*:[0-9]*: metric gdp: pattern \"(a+)+b\" (.*slow.json) gave up searching from here: match limit exceeded" "$T/err"' "the match limit is reported with the report's place"
check '[ ! -e "$T/slow-out.json" ]' "a report whose pattern gave up writes nothing"
finish
