#!/usr/bin/env python3
"""reread.py - finds probe texts that were read before under another name.

    python3 tests/corpus/reread.py [--share F] [--run N] DIR...

A probe set's first-sight score is evidence only if its texts are new:
the same report is often stored at several addresses (a government site,
a mirror, a document site, one run-on line or many), so an address check
misses it. This compares the texts themselves: every .txt under the DIRs
(probe sets, kept outside the repository; NOTES.txt and SOURCES.tsv are
not texts), the five sample reports (../shared/seeds) and the dev texts of
../shared/corpus. Two texts are the same report when at least F (default
0.2) of the shorter one's runs of N characters (default 20, whitespace
removed) are in the other; a run found in more than 8 texts is a stock
phrase of the kind (各位代表…向大会报告工作) and counts for no pair. Held-out texts (tests/corpus/split.tsv) are
not read.

Prints one line per pair (share, then both paths), the most shared
first. Exit status: 0 when no pair is found, 1 otherwise. Run from the
project's root."""
import os
import re
import sys

SKIP = ("NOTES.txt",)
STOCK = 8  # a run in more texts than this is a stock phrase of the kind


def texts_under(root):
    for dirpath, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            if name.endswith(".txt") and name not in SKIP:
                yield os.path.join(dirpath, name)


def shared_texts():
    """The seeds and the dev texts of the corpus, when ../shared is at hand."""
    seeds = os.path.join("..", "shared", "seeds")
    corpus = os.path.join("..", "shared", "corpus")
    out = list(texts_under(seeds)) if os.path.isdir(seeds) else []
    split = os.path.join("tests", "corpus", "split.tsv")
    if os.path.isdir(corpus) and os.path.isfile(split):
        with open(split, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 2 and cols[1] == "dev":
                    out.append(os.path.join(corpus, cols[0]))
    return out


def runs(path, n):
    with open(path, encoding="utf-8", errors="replace") as f:
        s = re.sub(r"\s", "", f.read())
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main(argv):
    share, n, dirs = 0.2, 20, []
    i = 0
    while i < len(argv):
        if argv[i] in ("--share", "--run") and i + 1 < len(argv):
            if argv[i] == "--share":
                share = float(argv[i + 1])
            else:
                n = int(argv[i + 1])
            i += 2
        elif argv[i].startswith("-"):
            sys.stderr.write(__doc__)
            return 2
        else:
            dirs.append(argv[i])
            i += 1
    if not dirs:
        sys.stderr.write(__doc__)
        return 2
    paths = shared_texts()
    for d in dirs:
        paths.extend(texts_under(d))
    sets = {p: runs(p, n) for p in paths}
    where = {}
    for p in paths:
        for r in sets[p]:
            where.setdefault(r, []).append(p)
    common = {}
    for ps in where.values():
        if len(ps) > STOCK:
            continue
        for a in range(len(ps)):
            for b in range(a + 1, len(ps)):
                key = (ps[a], ps[b])
                common[key] = common.get(key, 0) + 1
    found = []
    for (a, b), k in common.items():
        smaller = min(len(sets[a]), len(sets[b]))
        if smaller and k / smaller >= share:
            found.append((k / smaller, a, b))
    for frac, a, b in sorted(found, key=lambda t: (-t[0], t[1], t[2])):
        print("%.2f\t%s\t%s" % (frac, a, b))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
