#!/usr/bin/env python3
"""recall.py - recall and precision of `duibiao extract` against the
hand-checked golden records of the sample reports (tests/extract/golden/).

    python3 tests/extract/recall.py DUIBIAO [--min-recall R] [--min-precision P]
                                    [--manifest M --golden DIR] [-v]

Runs the extractor on examples/manifest.json (or M) (CSV output) and compares
each report with golden/<stem>.csv (or DIR/<stem>.csv). A golden row is `must` (a headline figure of a
catalog metric: the extractor should emit it) or `may` (a right record that is
not required, e.g. an unknown metric with its label).

An emitted record is matched to a golden row by entity, metric (or label when
the metric is null), measure, period, status and value; it is *right* when
level, unit, max, qualifier, basis, of, vs and ranks agree as well.
  recall    = must rows found right / must rows
  precision = emitted records that are right / emitted records
  headline precision = the same over emitted records with a catalog metric
Exits 1 when the overall recall or precision falls below the floors.
Run from the project's root (ctest does)."""
import csv
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
FIELDS = ("level", "unit", "max", "qualifier", "basis", "of", "vs", "ranks")


def num(s):
    return None if s == "" else float(s)


def same_num(a, b):
    a, b = num(a), num(b)
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def key(r):
    what = r["metric"] if r["metric"] else "~" + r["label"]
    return (r["entity"], what, r["measure"], r["period"], r["status"])


def right(e, g):
    for f in FIELDS:
        if f == "max":
            if not same_num(e[f], g[f]):
                return False
        elif e[f] != g[f]:
            return False
    return True


def describe(r):
    return "%s %s %s %s %s %s %s%s %s %s [%s]" % (
        r["line"], r["entity"], r["metric"] or "~" + r["label"], r["measure"],
        r["period"] or "-", r["status"], r["value"] or "null", r["unit"],
        r["qualifier"], r["basis"] or r["of"] or r["vs"], r["ranks"])


def compare(emitted, golden, verbose):
    """Returns (must, must_right, emitted, emitted_right, headline, headline_right)."""
    used = [False] * len(golden)
    found = [False] * len(golden)
    n_right = h = h_right = 0
    for e in emitted:
        best = None
        for i, g in enumerate(golden):
            if used[i] or key(g) != key(e) or not same_num(e["value"], g["value"]):
                continue
            # the golden row on the nearest line; a right one first
            score = (not right(e, g), abs(int(g["line"]) - int(e["line"])))
            if best is None or score < best[0]:
                best = (score, i)
        ok = False
        if best is not None:
            i = best[1]
            used[i] = True
            ok = right(e, golden[i])
            found[i] = ok
            if not ok and verbose:
                print("    wrong:   %s\n      want:  %s" % (describe(e), describe(golden[i])))
        elif verbose:
            print("    extra:   %s" % describe(e))
        n_right += ok
        if e["metric"]:
            h += 1
            h_right += ok
    must = [i for i, g in enumerate(golden) if g["need"] == "must"]
    if verbose:
        for i in must:
            if not found[i] and not used[i]:
                print("    missing: %s" % describe(golden[i]))
    return (len(must), sum(found[i] for i in must), len(emitted), n_right, h, h_right)


def pct(a, b):
    return 100.0 * a / b if b else 100.0


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    duibiao = argv[1]
    floors = {"recall": 0.0, "precision": 0.0}
    verbose = "-v" in argv
    manifest, golden_dir = "examples/manifest.json", GOLDEN
    for i, a in enumerate(argv):
        if a == "--manifest":
            manifest = argv[i + 1]
        if a == "--golden":
            golden_dir = argv[i + 1]
        if a == "--min-recall":
            floors["recall"] = float(argv[i + 1])
        if a == "--min-precision":
            floors["precision"] = float(argv[i + 1])
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out") + "/"
        rc = subprocess.run([duibiao, "extract", "--quiet", "--manifest",
                             manifest, "--format", "csv", "--csv-plain", "-o", out])
        if rc.returncode != 0:
            print("recall: extract failed (exit %d)" % rc.returncode)
            return 1
        total = [0] * 6
        print("%-36s %5s %5s %7s %8s %10s %9s" % ("report", "must", "found", "recall",
                                                  "emitted", "precision", "headline"))
        for name in sorted(os.listdir(golden_dir)):
            if not name.endswith(".csv"):
                continue
            with open(os.path.join(golden_dir, name), newline="", encoding="utf-8") as f:
                golden = list(csv.DictReader(f))
            path = os.path.join(out, name)
            with open(path, newline="", encoding="utf-8") as f:
                emitted = list(csv.DictReader(f))
            if verbose:
                print("  %s" % name)
            c = compare(emitted, golden, verbose)
            total = [a + b for a, b in zip(total, c)]
            print("%-36s %5d %5d %6.1f%% %8d %9.1f%% %8.1f%%" % (
                name[:-4], c[0], c[1], pct(c[1], c[0]), c[2], pct(c[3], c[2]),
                pct(c[5], c[4])))
        recall, precision = pct(total[1], total[0]), pct(total[3], total[2])
        print("%-36s %5d %5d %6.1f%% %8d %9.1f%% %8.1f%%" % (
            "overall", total[0], total[1], recall, total[2], precision,
            pct(total[5], total[4])))
        if recall < floors["recall"] or precision < floors["precision"]:
            print("recall: below the floor (recall %.1f%% < %.1f%% or precision %.1f%% < %.1f%%)"
                  % (recall, floors["recall"], precision, floors["precision"]))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
