"""Test documents made from a report's plain text at test time (nothing of
the text is kept in the repository): a Word .docx (XML written here, zipped
with zipfile) and a web page (navigation, scripts, styles, a footer, tables),
UTF-8 or GB18030-encoded under a GB2312 meta charset. The PDF is typeset by
the C helper `typeset` (typeset.c), with the project's own cairo and pango.

Each line of the text is a paragraph; a line with `|` is a table row, and
consecutive rows make one table. Lines opening with 一、 二、 … are headings
(a list item in the .docx, <h2> on the page)."""
import io, re, zipfile
from xml.sax.saxutils import escape

HEADING = re.compile(r"^[一二三四五六七八九十]+、")
# Decoys: figures that must never reach the records, since a reader drops
# their container (deleted text, field codes, scripts, navigation, footers).
DECOY = "地区生产总值增长99.9%"


def table_rows(lines):
    """The rows of a table flattened with |, a row broken over lines (a
    header whose cells wrap: "品 名 | 播种面积" / "(亩) |" / "增减(%) | …")
    joined again: a line that does not end in | goes on in its last cell,
    and lines join until the row has as many cells as the widest line."""
    split = []
    for line in lines:
        cells = [c.strip() for c in line.split("|")]
        closed = line.rstrip().endswith("|")
        while cells and not cells[-1]:
            cells.pop()
        split.append((cells, closed))
    width = max(len(c) for c, _ in split)
    rows, row, open_cell = [], [], False
    for cells, closed in split:
        if open_cell and row and cells:
            row[-1] += cells[0]
            cells = cells[1:]
        row += cells
        open_cell = not closed
        if len(row) >= width:
            rows.append(row)
            row, open_cell = [], False
    if row:
        rows.append(row)
    return rows


def blocks(text):
    """("p", line) and ("table", [[cell, …], …]) in order."""
    out, lines = [], []
    for line in text.splitlines():
        if "|" in line:
            lines.append(line)
            continue
        if lines:
            out.append(("table", table_rows(lines)))
            lines = []
        if line.strip():
            out.append(("p", line))
    if lines:
        out.append(("table", table_rows(lines)))
    return out


def logical(text):
    """The text with each table row on one line, for the typesetter."""
    out = []
    for kind, v in blocks(text):
        out.append(v if kind == "p" else "\n".join(" | ".join(r) for r in v))
    return "\n".join(out) + "\n"


# ---- .docx -------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>"""


def runs(text, size=7):
    """Word cuts a paragraph into runs wherever formatting or an edit
    session changes: here every few characters."""
    out = []
    for i in range(0, len(text), size):
        piece = escape(text[i:i + size])
        out.append(f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
                   f'<w:t xml:space="preserve">{piece}</w:t></w:r>')
    return "".join(out)


def docx_paragraph(line, n):
    if HEADING.match(line):
        return (f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                f'<w:numId w:val="1"/></w:numPr></w:pPr>{runs(line)}</w:p>')
    extra = ""
    if n % 3 == 1:   # a tracked deletion and a field code: neither is text
        extra = (f'<w:del w:id="{n}" w:author="t"><w:r><w:delText>{DECOY}</w:delText></w:r></w:del>'
                 f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 f'<w:r><w:instrText xml:space="preserve"> PAGE 99.9% </w:instrText></w:r>'
                 f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return (f'<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>{extra}{runs(line)}</w:p>')


def docx_table(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>']
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>'
                       f'<w:p>{runs(cell)}</w:p></w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx(text):
    body = []
    for n, (kind, v) in enumerate(blocks(text)):
        body.append(docx_paragraph(v, n) if kind == "p" else docx_table(v))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W}" '
                f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                f'<w:body>{"".join(body)}<w:sectPr><w:headerReference w:type="default" '
                f'r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'relationships"/></w:sectPr></w:body></w:document>')
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<w:hdr xmlns:w="{W}"><w:p>{runs("对标测试文档 " + DECOY)}</w:p></w:hdr>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/header1.xml", header)
    return buf.getvalue()


# ---- web page ----------------------------------------------------------------

def fold(line):
    """Break a long line in the page's source between two ideographs, as
    editors do: the reader must not leave a space there."""
    if len(line) < 40:
        return escape(line)
    for i in range(len(line) // 2, len(line) - 1):
        if "\u4e00" <= line[i] <= "\u9fff" and "\u4e00" <= line[i + 1] <= "\u9fff":
            return escape(line[:i + 1]) + "\n      " + escape(line[i + 1:])
    return escape(line)


def html(text, charset="utf-8"):
    """The page as bytes, in charset ("utf-8", or "gb2312": declared so and
    written in GB18030, its superset, as real GB2312 pages are)."""
    body = []
    for kind, v in blocks(text):
        if kind == "p":
            tag = "h2" if HEADING.match(v) else "p"
            body.append(f"    <{tag}>{fold(v)}</{tag}>")
        else:
            body.append('    <table class="data" border="1">')
            for row in v:
                cells = "".join(f"<td>{escape(c)}</td>" for c in row)
                body.append(f"      <tr>{cells}</tr>")
            body.append("    </table>")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset={charset}">
  <title>对标测试页</title>
  <style>p {{ text-indent: 2em; }} .hide {{ display: none }}</style>
  <script>var banner = "{DECOY}"; document.write("<p>" + banner + "</p>");</script>
</head>
<body>
  <div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/tj">统计数据</a></li>
    <li><a href="/gk">政务公开</a></li></ul></div>
  <nav><a href="/a">{DECOY}</a></nav>
  <div class="breadcrumb">当前位置：首页 &gt; 统计数据</div>
  <div class="article">
{chr(10).join(body)}
  </div>
  <div style="display: none">{DECOY}</div>
  <div id="footer">版权所有 对标 备案号 12345678号 {DECOY}</div>
  <script type="text/javascript">
    var stats = {{ gdp: "{DECOY}" }};
  </script>
</body>
</html>
"""
    return page.encode("utf-8" if charset == "utf-8" else "gb18030")
