#!/bin/sh
# Sources an analyst can cite (issue 14): a manifest's title and publisher
# reach the records, the tables' row sources, the sheet's cover and its
# source notes; --source (render, sheet) and the spec's "source" replace
# the 资料来源 line; without them the file names stay as before.
DB=$1
. "$(dirname "$0")/lib.sh"

mkdir "$T/m"
cp examples/sanmenxia-2022-05.txt examples/zhengzhou-2022-04.txt "$T/m/"
cat > "$T/m/manifest.json" <<'JSON'
{"documents": [
 {"file": "sanmenxia-2022-05.txt", "entity": "三门峡市", "level": "prefecture",
  "date": "2022-05-20", "title": "甲市工作总结（测试标题）", "publisher": "甲市测试办公室"},
 {"file": "zhengzhou-2022-04.txt", "entity": "郑州市", "level": "prefecture",
  "date": "2022-04-13"}
]}
JSON
expect 0 "$DB" extract --quiet --manifest "$T/m/manifest.json" -o "$T/rec/"
check 'grep -q "\"title\": *\"甲市工作总结（测试标题）\"" "$T/rec/sanmenxia-2022-05.json"' "records carry the title"
check 'grep -q "\"publisher\": *\"甲市测试办公室\"" "$T/rec/sanmenxia-2022-05.json"' "records carry the publisher"
check '! grep -q "\"title\"" "$T/rec/zhengzhou-2022-04.json"' "no title where the manifest gives none"
expect 0 "$DB" compare "$T/rec/sanmenxia-2022-05.json" "$T/rec/zhengzhou-2022-04.json" -o "$T/tables.json"
check 'grep -q "\"file\":\"sanmenxia-2022-05.txt\".*\"title\":\"甲市工作总结（测试标题）\"" "$T/tables.json"' "row sources carry the title beside the file"
expect 0 "$DB" sheet --quiet --manifest "$T/m/manifest.json" -o "$T/sheet.pdf"
expect 0 "$DB" render "$T/tables.json" --table import_export:level:2021 -o "$T/fig.pdf"
expect 0 "$DB" render "$T/tables.json" --table import_export:level:2021 --source "统计局测试口径" -o "$T/fig2.pdf"
printf '{"title":"测试简报","source":"各市测试公报"}\n' > "$T/spec.json"
expect 0 "$DB" sheet --quiet "$T/tables.json" --spec "$T/spec.json" -o "$T/sheet2.pdf"
expect 0 "$DB" sheet --quiet "$T/tables.json" --spec "$T/spec.json" --source "命令行来源" -o "$T/sheet3.pdf"
expect 2 "$DB" sheet --quiet "$T/tables.json" --spec "$T/spec.json" --source "$(printf 'a\377b')" -o "$T/sheet4.pdf"
check '[ ! -e "$T/sheet4.pdf" ]' "a --source that is not UTF-8 writes nothing"
if command -v pdftotext >/dev/null 2>&1; then
	for f in sheet fig fig2 sheet2 sheet3; do pdftotext "$T/$f.pdf" - | tr -d '\n ' > "$T/$f.txt"; done
	check 'grep -q "甲市工作总结（测试标题）（甲市测试办公室），2022-05-20" "$T/sheet.txt"' "the cover cites title, publisher and date"
	check 'grep -q "sanmenxia-2022-05.txt" "$T/sheet.txt"' "the cover still names the file"
	check 'grep -q "（甲市工作总结（测试标题），第[0-9]*行）" "$T/sheet.txt"' "a source clause cites the title"
	check 'grep -q "资料来源：.*甲市工作总结（测试标题）（2022-05-20）" "$T/fig.txt"' "a figure's note names the title"
	check 'grep -q "zhengzhou-2022-04.txt" "$T/fig.txt"' "a document without a title is named by its file"
	check 'grep -q "资料来源：统计局测试口径。" "$T/fig2.txt"' "render --source replaces the note"
	check '! grep -q "甲市工作总结" "$T/fig2.txt"' "and the documents are not listed beside it"
	check 'grep -q "资料来源：各市测试公报。" "$T/sheet2.txt"' "the spec's source replaces the notes"
	check 'grep -q "资料来源：命令行来源。" "$T/sheet3.txt" && ! grep -q "各市测试公报" "$T/sheet3.txt"' "--source overrides the spec"
fi
finish
