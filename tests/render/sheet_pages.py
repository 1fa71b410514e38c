#!/usr/bin/env python3
"""sheet_pages.py SHEET.pdf - check how a comparison sheet uses its pages:
after the cover, every page holds a table (a ranking table's 位次 header,
the 对标表 or the coverage grid) until the appendix begins, and every
page from there on is the appendix's (附录, 附录（续）). So no page holds
only another page's notes or sources. Prints one line a page; exit 1 when
a page breaks the rule."""
import subprocess
import sys

pdf = sys.argv[1]
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
pages = int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))
bad = 0
appendix = False
for p in range(1, pages + 1):
    text = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    # the running head is the first line of every page after the cover
    head = lines[1] if p > 1 and len(lines) > 1 else ""
    if head.startswith("附录"):
        appendix = True
        kind = "appendix"
    elif p == 1:
        kind = "cover"
    elif appendix:
        kind = "after the appendix"
        bad += 1
    elif any(w in text for w in ("位次", "对标表", "数据覆盖")):
        kind = "tables"
    else:
        kind = "notes only"
        bad += 1
    print(f"page {p}: {kind}")
sys.exit(1 if bad else 0)
