#!/usr/bin/env python3
"""score.py - recall and precision of `duibiao extract` on the real-report
corpus (../shared/corpus), per file and per split, with a confusion list.

    python3 tests/corpus/score.py DUIBIAO [--corpus DIR] [--split heldout|dev]
            [--min-heldout R/P] [--min-dev R/P] [-v [--show-heldout]]
    python3 tests/corpus/score.py DUIBIAO --corpus DIR --gold GOLDDIR [-v]

Runs the extractor on DIR/manifest.json (CSV output) and compares each file
with tests/corpus/gold/<stem>.csv, a held-out file's with
tests/corpus/gold/heldout/<stem>.csv. The split (which files are dev and
which are held out) is tests/corpus/split.tsv; see tests/corpus/README.md.

A gold row is `must` (a headline figure: the extractor has to find it) or
`may` (right if emitted, not required). A `metric` written `+id` is a
proposed catalog id: while the catalog has no such id the row is a `may` row
of an unkeyed figure.

  recall    = must rows matched by an emitted record with every field right
  precision = keyed emitted records (metric not null) with every field right
              / keyed emitted records

An emitted record is matched to the gold row with the same entity, metric,
measure, period, status and value (nearest line first); it is right when
level, unit, max, qualifier, basis, of, vs and ranks agree too. A keyed record
with no such gold row is paired, for the confusion list, with a gold row of
the same metric and value (or metric and line) to show which field is wrong.
It also checks every emitted growth and change: none that the words right
before it state as negative (下降, 负增长, 减少, 回落, 放缓, 比上年同期低 …) may
come out positive.
With --gold, every file of DIR/manifest.json is scored against
GOLDDIR/<stem>.csv as one split, `probe`: a set of texts outside the corpus
whose gold was written before the extractor's output was looked at.
Exit status: 0, 1 below a floor or on a sign error, 77 when the corpus is
absent (ctest: skipped).
Run from the project's root (ctest does)."""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold")
SPLIT = os.path.join(HERE, "split.tsv")
CATALOG = os.path.join(HERE, "..", "..", "extract", "catalog.json")
KEY = ("entity", "metric", "measure", "period", "status")
FIELDS = ("level", "unit", "max", "qualifier", "basis", "of", "vs", "ranks")

# numbers compare as the sample reports' scorer compares them
sys.path.insert(0, os.path.join(HERE, "..", "extract"))
from recall import same_num  # noqa: E402


def ranks(s):
    return ";".join(sorted(x for x in s.split(";") if x))


def norm(row):
    row = dict(row)
    row["ranks"] = ranks(row.get("ranks", ""))
    return row


def load_gold(path, ids):
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            r = norm(r)
            if r["metric"].startswith("+"):
                if r["metric"][1:] in ids:
                    r["metric"] = r["metric"][1:]
                else:
                    r["metric"], r["need"] = "", "may"
            rows.append(r)
    return rows


def key(r):
    return tuple(r[k] if r[k] or k != "metric" else "~" + r["label"] for k in KEY)


def diff(e, g):
    """Names of the fields where e differs from g (key fields included)."""
    out = [k for k in KEY if k != "entity" and e[k] != g[k]]
    if not same_num(e["value"], g["value"]):
        out.append("value")
    for f in FIELDS:
        if (not same_num(e[f], g[f])) if f == "max" else e[f] != g[f]:
            out.append(f)
    return out


def describe(r):
    return "%s:%s %s %s %s %s %s%s %s %s %s [%s]" % (
        r["line"], r["metric"] or "~" + r["label"], r["measure"],
        r["period"] or "-", r["status"], r["value"] or "null",
        "..%s" % r["max"] if r["max"] else "", r["unit"], r["qualifier"],
        r["basis"] or r["of"] or r["vs"] or "", r["entity"], r["ranks"])


class Score:
    def __init__(self):
        self.must = self.found = self.keyed = self.right = 0

    def add(self, o):
        for k in ("must", "found", "keyed", "right"):
            setattr(self, k, getattr(self, k) + getattr(o, k))

    def recall(self):
        return self.found / self.must if self.must else 1.0

    def precision(self):
        return self.right / self.keyed if self.keyed else 1.0


def score_file(emitted, gold, confusion):
    """Scores one file; appends (kind, fields, emitted, gold) to confusion."""
    s = Score()
    used = [False] * len(gold)
    right = [False] * len(gold)
    unmatched = []
    for e in emitted:
        best = None
        for i, g in enumerate(gold):
            if used[i] or key(g) != key(e) or not same_num(e["value"], g["value"]):
                continue
            rank = (bool(diff(e, g)), abs(int(g["line"]) - int(e["line"])))
            if best is None or rank < best[0]:
                best = (rank, i)
        if best is None:
            unmatched.append(e)
            continue
        i = best[1]
        used[i] = True
        right[i] = not diff(e, gold[i])
        if e["metric"]:
            s.keyed += 1
            s.right += right[i]
            if not right[i]:
                confusion.append(("wrong", diff(e, gold[i]), e, gold[i]))
    for e in unmatched:
        if not e["metric"]:
            continue
        s.keyed += 1
        near = None
        for i, g in enumerate(gold):
            if used[i] or g["entity"] != e["entity"]:
                continue
            same_metric = g["metric"] == e["metric"]
            same_value = same_num(e["value"], g["value"])
            close = abs(int(g["line"]) - int(e["line"])) <= 1
            if (same_metric and (same_value or close)) or (same_value and close):
                rank = (not same_metric, not same_value, abs(int(g["line"]) - int(e["line"])))
                if near is None or rank < near[0]:
                    near = (rank, i)
        if near is None:
            confusion.append(("extra", [], e, None))
        else:
            used[near[1]] = True
            confusion.append(("wrong", diff(e, gold[near[1]]), e, gold[near[1]]))
    for i, g in enumerate(gold):
        if g["need"] == "must":
            s.must += 1
            s.found += right[i]
            if not used[i]:
                confusion.append(("missed", [], None, g))
    return s


NEGATIVE = ("负增长", "下降", "减少", "回落", "下滑", "下跌", "萎缩", "降低", "减产", "减低",
            "放缓", "减缓")
LOWER_THAN = re.compile(r"(比|较)[^，,；;。]{0,10}(低|慢|少)了?$")  # 比上年同期低0.3个百分点


def sign_errors(emitted):
    """Records stated as negative (下降3.4%, 负增长3.4%) that came out
    positive: the words right before the figure in its clause say so."""
    out = []
    for e in emitted:
        if e["measure"] not in ("growth", "change_pp") or not e["value"]:
            continue
        if float(e["value"]) <= 0:
            continue
        text, raw = e["text"], e["raw"]
        at = text.find(raw)
        before = text[max(0, at - 8):at] if at >= 0 else ""
        lower = at >= 0 and (LOWER_THAN.search(text[max(0, at - 16):at]) or
                             re.search(r"降幅[^，,；;。]{0,8}(扩大|加大|加深)", text[max(0, at - 16):at]))
        if (any(w in before for w in NEGATIVE) or lower) \
                and "收窄" not in text[at:at + len(raw) + 4] and "收窄" not in before:
            out.append(e)
    return out


def read_split():
    split = {}
    with open(SPLIT, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, which = line.split("\t")[:2]
            split[name] = which
    return split


def floors(argv, flag):
    for i, a in enumerate(argv):
        if a == flag:
            r, p = argv[i + 1].split("/")
            return float(r), float(p)
    return 0.0, 0.0


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    duibiao = argv[1]
    corpus = os.path.join("..", "shared", "corpus")
    only = None
    gold_dir = None
    for i, a in enumerate(argv):
        if a == "--corpus":
            corpus = argv[i + 1]
        if a == "--gold":
            gold_dir = argv[i + 1]
        if a == "--split":
            only = argv[i + 1]
    # -v lists the confusion record by record for dev files only: held-out
    # texts are scored, not read (--show-heldout lists theirs too)
    verbose = "-v" in argv
    show_heldout = "--show-heldout" in argv
    manifest = os.path.join(corpus, "manifest.json")
    if not os.path.exists(manifest):
        print("score: no corpus at %s (a clone without ../shared): skipped" % corpus)
        return 77
    with open(CATALOG, encoding="utf-8") as f:
        ids = {m["id"] for m in json.load(f)["metrics"]}
    if gold_dir:
        with open(manifest, encoding="utf-8") as f:
            split = {d["file"]: "probe" for d in json.load(f)["documents"]}
    else:
        gold_dir, split = GOLD, read_split()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out") + "/"
        rc = subprocess.run([duibiao, "extract", "--quiet", "--manifest", manifest,
                             "--format", "csv", "--csv-plain", "-o", out])
        if rc.returncode != 0:
            print("score: extract failed (exit %d)" % rc.returncode)
            return 1
        totals = {w: Score() for w in ("dev", "heldout", "probe")}
        kinds = Counter()
        signs = []
        print("%-34s %-7s %5s %5s %7s %6s %6s %9s" % (
            "file", "split", "must", "found", "recall", "keyed", "right", "precision"))
        for name in sorted(split):
            which = split[name]
            if only and which != only:
                continue
            stem = name[:-4]
            # (held-out gold apart, so that a glob over gold/ never shows it)
            path = os.path.join(gold_dir, "heldout" if which == "heldout" else "", stem + ".csv")
            if not os.path.exists(path):
                print("score: no gold file for %s" % name)
                return 1
            gold = load_gold(path, ids)
            with open(os.path.join(out, stem + ".csv"), newline="", encoding="utf-8") as f:
                emitted = [norm(r) for r in csv.DictReader(f)]
            confusion = []
            signs += [(stem, e) for e in sign_errors(emitted)]
            s = score_file(emitted, gold, confusion)
            totals[which].add(s)
            print("%-34s %-7s %5d %5d %6.1f%% %6d %6d %8.1f%%" % (
                stem, which, s.must, s.found, 100 * s.recall(), s.keyed, s.right,
                100 * s.precision()))
            for kind, fields, e, g in confusion:
                kinds[(which, kind, ",".join(f for f in fields if f != "line"))] += 1
                if verbose and (which != "heldout" or show_heldout):
                    print("    %-6s %s" % (kind, ",".join(fields)))
                    if e:
                        print("      got:  %s" % describe(e))
                    if g:
                        print("      gold: %s" % describe(g))
        print()
        failed = False
        for which in ("dev", "heldout", "probe"):
            if (only and which != only) or which not in split.values():
                continue
            s = totals[which]
            r_min, p_min = floors(argv, "--min-" + which)
            low = 100 * s.recall() < r_min or 100 * s.precision() < p_min
            failed |= low
            print("%-8s recall %5.1f%% (%d/%d)  precision %5.1f%% (%d/%d)%s" % (
                which, 100 * s.recall(), s.found, s.must, 100 * s.precision(), s.right,
                s.keyed, "  BELOW the floor %.1f/%.1f" % (r_min, p_min) if low else ""))
        # a figure stated as negative never comes out positive (both splits:
        # a count, not a reading of the held-out texts)
        print("negative wording read as positive: %d" % len(signs))
        for stem, e in signs:
            print("  %s:%s %s %s %s" % (stem, e["line"], e["metric"] or "~" + e["label"],
                                       e["measure"], e["value"]))
        failed |= bool(signs)
        print("\nconfusion (split, kind, fields that differ): count")
        for (which, kind, fields), n in sorted(kinds.items(), key=lambda x: (x[0][0], -x[1], x[0])):
            print("  %-8s %-7s %-40s %d" % (which, kind, fields or "-", n))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
