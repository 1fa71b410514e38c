#!/usr/bin/env python3
"""entities.py TABLES.json - the place names of a tables file, one per
argument-friendly line (names with spaces left out), for layout_check.py."""
import json
import sys

names = set()
for t in json.load(open(sys.argv[1], encoding="utf-8")).get("tables", []):
    for r in t.get("rows", []):
        e = r.get("entity")
        if isinstance(e, str) and e and not any(c.isspace() for c in e) and "'" not in e:
            names.add(e)
print("\n".join(sorted(names)))
