#!/usr/bin/env python3
"""layout_check.py - read render_tool's layout record (boxes=FILE) and fail
when two lines of text overlap, a line of text leaves its page, a reference
line crosses text, or a place name is broken inside a word.

    layout_check.py RECORD [NAME …]

NAMEs are the place names of the figure (the data file's entities): a
line may break a name only after 省/市/区/县/州/盟/旗 (not before another
such character, 级 or 辖) or at a bracket; words longer than six
characters may break anywhere (no column can be asked to hold them)."""
import sys

TOL = 0.6          # device units two boxes may share (antialiasing, rounding)
ENDS = "省市区县州盟旗"


def words(name):
    """The name split where it may break."""
    out, cur = [], ""
    for i, ch in enumerate(name):
        nxt = name[i + 1] if i + 1 < len(name) else ""
        if cur and ch in "（(":
            out.append(cur)
            cur = ""
        cur += ch
        if nxt and ((ch in ENDS and nxt not in ENDS + "级辖") or ch in "）)"):
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def bad_breaks(text, start, names):
    """Reasons a break before byte offset start of text is wrong."""
    b = text.encode()
    pos = len(b[:start].decode(errors="ignore"))     # in characters
    why = []
    nxt = text[pos:pos + 1]
    if nxt and nxt in "市区县" and pos > 0 and text[pos - 1] not in "（(）)":
        why.append("a line starts with " + nxt)
    for name in names:
        at = text.find(name)
        while at >= 0:
            off = 0
            for w in words(name):
                if len(w) <= 6 and at + off < pos < at + off + len(w):
                    why.append("%s broken inside %s" % (name, w))
                off += len(w)
            at = text.find(name, at + 1)
    return why


def main():
    lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
    names = [n for n in sys.argv[2:] if n]
    pages, texts, rules = {}, [], []
    for ln in lines:
        f = ln.split("\t")
        if f[0] == "P":
            pages[int(f[1])] = (float(f[2]), float(f[3]))
        elif f[0] == "T":
            texts.append((int(f[1]), int(f[2]), [float(x) for x in f[3:7]], int(f[7]), f[8],
                          f[9] if len(f) > 9 else f[8]))
        elif f[0] == "L":
            rules.append((int(f[1]), [float(x) for x in f[2:6]]))
    errors = []
    for n, (pg, idx, b, start, line, whole) in enumerate(texts):
        w, h = pages.get(pg, (0, 0))
        if b[0] < -TOL or b[1] < -TOL or b[2] > w + TOL or b[3] > h + TOL:
            errors.append("page %d: '%s' leaves the page (%.1f %.1f %.1f %.1f of %.0fx%.0f)"
                          % (pg, line, b[0], b[1], b[2], b[3], w, h))
        if idx > 0:
            for why in bad_breaks(whole, start, names):
                errors.append("page %d: '%s': %s" % (pg, whole, why))
        for pg2, idx2, b2, _, line2, whole2 in texts[n + 1:]:
            if pg2 != pg:
                continue
            if min(b[2], b2[2]) - max(b[0], b2[0]) > TOL and \
               min(b[3], b2[3]) - max(b[1], b2[1]) > TOL:
                errors.append("page %d: '%s' overlaps '%s'" % (pg, line, line2))
        for pg2, r in rules:
            if pg2 == pg and min(b[2], r[2]) - max(b[0], r[0]) > -0.01 and \
               min(b[3], r[3]) - max(b[1], r[1]) > -0.01 and \
               min(b[2], r[2]) - max(b[0], r[0]) + min(b[3], r[3]) - max(b[1], r[1]) > TOL:
                errors.append("page %d: a reference line crosses '%s'" % (pg, line))
    for e in errors:
        print(e)
    print("%d text lines on %d pages, %d problems" % (len(texts), len(pages), len(errors)),
          file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
