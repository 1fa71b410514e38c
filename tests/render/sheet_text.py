"""sheet_text.py TABLES.json SHEET.txt [KEY …] - check that the text of a
sheet (pdftotext output) holds every entity name, every figure (exact
digits, real minus sign) and every source clause of the tables (the keys
given, else every table with two or more figures). Whitespace is ignored:
pdftotext breaks long clauses across lines. Prints what is missing; exit 1
when anything is."""
import json
import re
import sys

tables = json.load(open(sys.argv[1], encoding="utf-8"))["tables"]
text = re.sub(r"\s+", "", open(sys.argv[2], encoding="utf-8").read())
keys = sys.argv[3:]


def digits(v):
    s = repr(float(v))
    if s.endswith(".0"):
        s = s[:-2]
    return s.replace("-", "\u2212")


missing = []
checked = 0
for t in tables:
    withv = [r for r in t["rows"] if r.get("value") is not None]
    if keys and t["key"] not in keys:
        continue
    if not keys and (len(withv) < 2 or "series" in t.get("flags", [])):
        continue
    for r in t["rows"]:
        want = [r["entity"]]
        if r.get("value") is not None:
            want.append(digits(r["value"]))
        want += [re.sub(r"\s+", "", s["text"]) for s in r.get("sources", []) if s.get("text")]
        for w in want:
            checked += 1
            if w not in text:
                missing.append(f"{t['key']}: {w}")
for m in missing:
    print("missing:", m)
print(f"{checked - len(missing)} of {checked} found")
sys.exit(1 if missing or not checked else 0)
