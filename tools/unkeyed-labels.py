#!/usr/bin/env python3
"""unkeyed-labels.py - the figures a set of reports states that no catalog
metric keys, most frequent label first: the catalog's to-do list, and what a
chart of these reports leaves out.

    python3 tools/unkeyed-labels.py DUIBIAO [MANIFEST] [--top N]

MANIFEST defaults to ../shared/corpus/manifest.json. Runs `duibiao extract
--unkeyed --format csv` on every report of the manifest and prints, per label,
how many figures carry it and where the first one stands (file:line)."""
import csv
import os
import subprocess
import sys
import tempfile
from collections import Counter


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        sys.stdout.write(__doc__)
        return 0 if len(argv) >= 2 else 2
    duibiao, top = argv[1], 40
    rest = [a for a in argv[2:]]
    if "--top" in rest:
        i = rest.index("--top")
        top = int(rest[i + 1])
        del rest[i:i + 2]
    manifest = rest[0] if rest else os.path.join("..", "shared", "corpus", "manifest.json")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "u") + "/"
        rc = subprocess.run([duibiao, "extract", "--unkeyed", "--manifest", manifest,
                             "--format", "csv", "--csv-plain", "-o", out])
        if rc.returncode:
            return 1
        count, first, units = Counter(), {}, {}
        for name in sorted(os.listdir(out)):
            with open(os.path.join(out, name), newline="", encoding="utf-8-sig") as f:
                for r in csv.DictReader(f):
                    label = r["label"] or "?"
                    count[label] += 1
                    first.setdefault(label, "%s:%s" % (r["file"], r["line"]))
                    units.setdefault(label, Counter())[r["measure"]] += 1
    print("%6s  %-24s %-22s %s" % ("count", "label", "measures", "first"))
    for label, n in count.most_common(top):
        measures = ",".join("%s×%d" % m for m in units[label].most_common())
        print("%6d  %-24s %-22s %s" % (n, label, measures, first[label]))
    print("%d unkeyed figures, %d labels" % (sum(count.values()), len(count)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
