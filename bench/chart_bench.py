#!/usr/bin/env python3
"""chart_bench.py - whole-process timings of `duibiao render --chart bar`.

Usage: chart_bench.py [--runs N] DUIBIAO [DUIBIAO...]

The input is tests/render/data/briefing.json (18 cities, a fixed table), so
every run draws the same chart. After WARMUP untimed runs of each format,
each format is rendered N times (default 21) and the medians of wall,
user and sys time (wait4's rusage), of peak RSS and the output size are
printed. The formats are interleaved run by run, so a busy machine slows
all of them alike; compare the ratios of one run, not numbers taken at
another time (several programs, e.g. a build before and after a change,
are timed in the same loop, each labelled by its file name). When gnuplot or python3's matplotlib is installed, it draws a
comparable 18-bar PNG in the same loop and the ratio to it is printed.
"""
import os
import shutil
import subprocess
import sys
import tempfile

from benchlib import SRC, measure, setup
DATA = os.path.join(SRC, "tests", "render", "data", "briefing.json")
TABLE = "gdp:level:2021"
WARMUP = 3


def bars():
    """(name, value) of the table's rows, in the file's order."""
    import json
    with open(DATA, encoding="utf-8") as f:
        doc = json.load(f)
    table = next(t for t in doc["tables"] if t["key"] == TABLE)
    return [(r["entity"], r["value"]) for r in table["rows"] if r.get("value") is not None]


GNUPLOT = """set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,12"
set output "{out}"
set style data histograms
set style fill solid
set boxwidth 0.8
set xtics rotate by -45
set title "地区生产总值 (亿元)"
plot "{dat}" using 2:xtic(1) notitle
"""

MATPLOTLIB = """import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
names, values = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    n, v = line.split()
    names.append(n); values.append(float(v))
plt.rcParams["font.family"] = "Noto Sans CJK SC"
fig = plt.figure(figsize=(16, 10), dpi=100)
plt.bar(range(len(values)), values)
plt.xticks(range(len(values)), names, rotation=45)
plt.title("地区生产总值 (亿元)")
fig.savefig(sys.argv[2])
"""


def others(tmp):
    """{name: argv} of the installed comparison tools, and lines to print."""
    dat = os.path.join(tmp, "bars.dat")
    with open(dat, "w", encoding="utf-8") as f:
        for name, value in bars():
            f.write("%s %s\n" % (name, value))
    found, notes = {}, []
    if shutil.which("gnuplot"):
        gp = os.path.join(tmp, "bar.gp")
        with open(gp, "w", encoding="utf-8") as f:
            f.write(GNUPLOT.format(out=os.path.join(tmp, "gnuplot.png"), dat=dat))
        found["gnuplot png"] = ["gnuplot", gp]
    else:
        notes.append("gnuplot: not installed, skipped")
    # this Python, or Debian's (python3-matplotlib) when this one is another
    python = next((p for p in (sys.executable, "/usr/bin/python3")
                   if os.access(p, os.X_OK) and
                   subprocess.run([p, "-c", "import matplotlib"],
                                  stderr=subprocess.DEVNULL).returncode == 0), None)
    if python:
        py = os.path.join(tmp, "bar.py")
        with open(py, "w", encoding="utf-8") as f:
            f.write(MATPLOTLIB)
        found["matplotlib png"] = [python, py, dat, os.path.join(tmp, "matplotlib.png")]
    else:
        notes.append("matplotlib: python3-matplotlib not installed, skipped")
    return found, notes


def main(args):
    runs = 21
    if args[:1] == ["--runs"] and len(args) > 1:
        runs = int(args[1])
        args = args[2:]
    if not args:
        sys.exit(__doc__)
    progs = [os.path.abspath(a) for a in args]
    setup(progs[0])
    tmp = tempfile.mkdtemp(prefix="chart_bench.")
    try:
        cases = {}
        for prog in progs:
            label = os.path.basename(prog)
            for ext, size in (("png", ["--width", "1600", "--height", "1000"]), ("pdf", []), ("svg", [])):
                out = os.path.join(tmp, "%s.%s" % (label, ext))
                cases["%s %s" % (label, ext)] = ([prog, "render", DATA, "--table", TABLE,
                                                  "--chart", "bar", *size, "-o", out], out)
        tools, notes = others(tmp)
        for name, argv in tools.items():
            cases[name] = (argv, argv[-1] if name.startswith("matplotlib") else
                           os.path.join(tmp, "gnuplot.png"))
        med = measure({name: argv for name, (argv, _) in cases.items()}, runs, WARMUP)
        print("%-20s %9s %9s %9s %9s %10s   (medians of %d runs)" %
              ("", "wall ms", "user ms", "sys ms", "RSS KiB", "bytes", runs))
        for name, (_, out) in cases.items():
            wall, user, sys_, rss = med[name]
            print("%-20s %9.1f %9.1f %9.1f %9d %10d" %
                  (name, wall * 1e3, user * 1e3, sys_ * 1e3, rss, os.path.getsize(out)))
        first = os.path.basename(progs[0])
        for name in tools:
            print("%s / %s png: wall %.2f" % (name, first, med[name][0] / med[first + " png"][0]))
        for note in notes:
            print(note)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
