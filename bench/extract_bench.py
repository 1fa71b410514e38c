#!/usr/bin/env python3
"""extract_bench.py - whole-process throughput of `duibiao extract`.

Usage: extract_bench.py [--runs N] [--mb M] DUIBIAO [DUIBIAO...]

The input is real report text: the reports of ../shared/corpus and
examples/ (examples/ only where ../shared is absent), concatenated in name
order and repeated until it holds at least M MB (default 32), once as one
file and once cut at line ends into 100 files of about equal size, each
extracted in one process (`extract FILE... -o DIR/`), records written.
After a warm-up run of each, each is run N times (default 5) and the
medians of wall, user and sys time, of peak RSS (wait4's rusage) and the
MB/s of input per second of user time (one core's throughput) and of wall
time are printed. Several programs (a build before and after a change) are
timed in the same loop, run by run, so a busy machine slows them alike;
compare rows of one run, not numbers taken at another time.
"""
import glob
import os
import shutil
import sys
import tempfile

from benchlib import CORPUS, SRC, measure, setup

WARMUP = 1
ARGS = ["--entity", "某市", "--date", "2022-05-01", "--quiet"]


def reports():
    """The report texts the input repeats, and where they came from."""
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    where = "../shared/corpus and examples/"
    if not files:
        where = "examples/"
    files += sorted(glob.glob(os.path.join(SRC, "examples", "*.txt")))
    if not files:
        sys.exit("extract_bench: no reports in examples/")
    texts = []
    for name in files:
        with open(name, "rb") as f:
            data = f.read()
        texts.append(data if data.endswith(b"\n") else data + b"\n")
    return b"".join(texts), where


def make_inputs(tmp, mb):
    """One file of at least mb MB and the same bytes in 100 files."""
    unit, where = reports()
    want = mb * 1000 * 1000
    data = unit * (-(-want // len(unit)))
    one = os.path.join(tmp, "one.txt")
    with open(one, "wb") as f:
        f.write(data)
    parts, start = [], 0
    for i in range(100):
        end = len(data) if i == 99 else data.find(b"\n", len(data) * (i + 1) // 100) + 1
        name = os.path.join(tmp, "part%03d.txt" % i)
        with open(name, "wb") as f:
            f.write(data[start:end])
        parts.append(name)
        start = end
    return one, parts, len(data), where


def main(argv):
    runs, mb, progs = 5, 32, []
    i = 0
    while i < len(argv):
        if argv[i] in ("--runs", "--mb") and i + 1 < len(argv):
            if argv[i] == "--runs":
                runs = int(argv[i + 1])
            else:
                mb = int(argv[i + 1])
            i += 2
            continue
        progs.append(argv[i])
        i += 1
    if not progs:
        sys.exit(__doc__)
    setup(progs[0])
    tmp = tempfile.mkdtemp(prefix="extract_bench.")
    try:
        one, parts, size, where = make_inputs(tmp, mb)
        out = os.path.join(tmp, "out")
        cases = []
        for prog in progs:
            cases.append(("%s one file" % prog,
                          [prog, "extract", one] + ARGS + ["-o", os.path.join(tmp, "one.json")]))
            cases.append(("%s 100 files" % prog,
                          [prog, "extract"] + parts + ARGS + ["-o", out + "/"]))
        med = measure(dict(cases), runs, WARMUP)
        print("extract: %.1f MB of %s, records written; medians of %d runs"
              % (size / 1e6, where, runs))
        print("%-40s %8s %8s %8s %9s %9s %9s" % ("", "wall s", "user s", "sys s", "RSS MiB",
                                                 "MB/s user", "MB/s wall"))
        for name, _ in cases:
            wall, user, sys_, rss = med[name]
            print("%-40s %8.2f %8.2f %8.2f %9.1f %9.2f %9.2f"
                  % (name, wall, user, sys_, rss / 1024, size / 1e6 / user, size / 1e6 / wall))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
