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
import statistics
import subprocess
import sys
import tempfile
import time

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(SRC, "..", "shared", "corpus")
WARMUP = 1
ARGS = ["--entity", "某市", "--date", "2022-05-01", "--quiet"]


def run(argv, errfile):
    """(wall s, user s, sys s, peak RSS KiB) of one process."""
    t0 = time.perf_counter()
    with open(errfile, "wb") as err:
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        with open(errfile, encoding="utf-8", errors="replace") as f:
            sys.exit("extract_bench: %s failed: %s" % (" ".join(argv), f.read()[:2000]))
    return wall, ru.ru_utime, ru.ru_stime, ru.ru_maxrss


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
    i = 1
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
        errfile = os.path.join(tmp, "stderr")
        for _, argv_ in cases:
            for _ in range(WARMUP):
                run(argv_, errfile)
        times = {name: [] for name, _ in cases}
        for _ in range(runs):
            for name, argv_ in cases:
                times[name].append(run(argv_, errfile))
        print("extract: %.1f MB of %s, records written; medians of %d runs"
              % (size / 1e6, where, runs))
        print("%-40s %8s %8s %8s %9s %9s %9s" % ("", "wall s", "user s", "sys s", "RSS MiB",
                                                 "MB/s user", "MB/s wall"))
        for name, _ in cases:
            t = times[name]
            wall = statistics.median(x[0] for x in t)
            user = statistics.median(x[1] for x in t)
            sys_ = statistics.median(x[2] for x in t)
            rss = statistics.median(x[3] for x in t) / 1024
            print("%-40s %8.2f %8.2f %8.2f %9.1f %9.2f %9.2f"
                  % (name, wall, user, sys_, rss, size / 1e6 / user, size / 1e6 / wall))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv)
