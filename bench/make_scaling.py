#!/usr/bin/env python3
"""make_scaling.py - `make -j2` against `make -j1` on the examples' Makefile.

Usage: make_scaling.py [--reports N] [--runs R] DUIBIAO

Builds a folder of N reports (default 200) the way an analyst's folder
looks: examples/Makefile, its corrections.csv and briefing.json, and the
reports of examples/ and, when ../shared/corpus is there, of the real
corpus, cycled until there are N, each copy under its own file name and
place (the k-th copy of 郑州市 is 郑州市 for k = 0, else 郑州市k; the
manifest is written for them). Then, R times (default 3), alternating, a
clean `make -j1` and a clean `make -j2` refresh the briefing; prints the
median wall time of each, the speed-up, and the CPU time of all the
processes (user + sys of the children), which is the same work either way.
The folder is made once per run, under a temporary folder, and removed.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from benchlib import CORPUS, SRC

EXAMPLES = os.path.join(SRC, "examples")


def sources():
    """(path, manifest entry) of every report to copy from, in a fixed order."""
    out = []
    for folder in (EXAMPLES, CORPUS):
        man = os.path.join(folder, "manifest.json")
        if not os.path.isfile(man):
            continue
        with open(man, encoding="utf-8") as f:
            docs = json.load(f)["documents"]
        for e in sorted(docs, key=lambda e: e["file"]):
            path = os.path.join(folder, e["file"])
            if os.path.isfile(path) and path.endswith(".txt"):
                out.append((path, e))
    return out


def make_folder(dest, n):
    srcs = sources()
    if not srcs:
        sys.exit("make_scaling: no reports in examples/")
    for name in ("Makefile", "corrections.csv", "briefing.json"):
        shutil.copy(os.path.join(EXAMPLES, name), dest)
    docs = []
    for i in range(n):
        path, e = srcs[i % len(srcs)]
        k = i // len(srcs)
        stem = os.path.splitext(os.path.basename(path))[0]
        name = "%s-%d.txt" % (stem, k) if k else stem + ".txt"
        shutil.copy(path, os.path.join(dest, name))
        entry = {key: e[key] for key in ("entity", "level", "province", "date", "kind")
                 if e.get(key)}
        entry["file"] = name
        if k:
            entry["entity"] = "%s%d" % (e["entity"], k)
        docs.append(entry)
    with open(os.path.join(dest, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": docs}, f, ensure_ascii=False, indent=1)
    return len(srcs)


def run_make(folder, jobs, duibiao):
    subprocess.run(["make", "-s", "-C", folder, "clean", "DUIBIAO=" + duibiao],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    before = os.times()
    t0 = time.perf_counter()
    p = subprocess.run(["make", "-s", "-C", folder, "-j%d" % jobs, "DUIBIAO=" + duibiao],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = os.times()
    if p.returncode != 0:
        sys.exit("make_scaling: make -j%d failed:\n%s" % (jobs, p.stderr.decode(errors="replace")))
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu


def main(args):
    n, runs = 200, 3
    while args and args[0].startswith("--"):
        opt = args.pop(0)
        if opt == "--reports":
            n = int(args.pop(0))
        elif opt == "--runs":
            runs = int(args.pop(0))
        else:
            sys.exit(__doc__)
    if len(args) != 1:
        sys.exit(__doc__)
    duibiao = os.path.abspath(args[0])
    with tempfile.TemporaryDirectory(prefix="db-make-") as tmp:
        nsrc = make_folder(tmp, n)
        walls = {1: [], 2: []}
        cpus = {1: [], 2: []}
        for _ in range(runs):
            for jobs in (1, 2):
                wall, cpu = run_make(tmp, jobs, duibiao)
                walls[jobs].append(wall)
                cpus[jobs].append(cpu)
        w1, w2 = statistics.median(walls[1]), statistics.median(walls[2])
        print("make over %d reports (%d distinct texts), examples/Makefile, medians of %d:"
              % (n, nsrc, runs))
        for jobs in (1, 2):
            print("  make -j%d  wall %6.2f s  cpu %6.2f s" % (jobs, statistics.median(walls[jobs]),
                                                            statistics.median(cpus[jobs])))
        print("  -j2 speed-up: %.2fx (target >= 1.7x)" % (w1 / w2))


if __name__ == "__main__":
    main(sys.argv[1:])
