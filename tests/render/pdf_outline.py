"""pdf_outline.py PDF - print a PDF's outline (bookmarks) as an indented tree,
one title a line, from the uncompressed objects cairo writes (no qpdf or
pdftk needed): /Outlines, then /First /Next chains, titles decoded from
UTF-16BE <FEFF…> or literal strings. Exit 1 when there is no outline."""
import re
import sys

data = open(sys.argv[1], "rb").read()
objs = {int(m.group(1)): m.group(2)
        for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}


def ref(body, key):
    m = re.search(rb"/" + key + rb"\s+(\d+) 0 R", body)
    return int(m.group(1)) if m else None


def title(body):
    m = re.search(rb"/Title\s*(<[0-9A-Fa-f\s]*>|\((?:[^()\\]|\\.)*\))", body)
    if not m:
        return "?"
    s = m.group(1)
    if s.startswith(b"<"):
        raw = bytes.fromhex(re.sub(rb"\s", b"", s[1:-1]).decode())
    else:
        raw = re.sub(rb"\\(.)", rb"\1", s[1:-1])
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be")
    return raw.decode("latin-1")


def walk(first, depth):
    n = first
    while n is not None:
        body = objs[n]
        print("  " * depth + title(body))
        walk(ref(body, b"First"), depth + 1)
        n = ref(body, b"Next")


root = [b for b in objs.values() if re.search(rb"/Type\s*/Outlines", b)]
if not root:
    sys.exit(1)
walk(ref(root[0], b"First"), 0)
