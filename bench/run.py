#!/usr/bin/env python3
"""run.py - `make bench`: every benchmark of duibiao, in one run.

Usage: run.py BUILD [PART...]     (make bench BENCH="startup chart")

BUILD is the build folder (its duibiao, bench/compare_bench and
bench/pdf_bench). The parts, in this order unless named:

  startup  small commands whole: extract of one sentence, parse,
           --version, compare of one records file (the issue's ≤ 5 ms)
  extract  bench/extract_bench.py: 32 MB of real report text, one file
           and 100 files (≥ 100 MB/s aimed at)
  pdf      bench/pdf_bench: a 100-page PDF report read and extracted
  scaling  tests/bad-inputs/scaling.py --cpu: extraction stays linear
  chart    bench/chart_bench.py: a bar chart as PNG, PDF and SVG, and
           gnuplot's and matplotlib's when installed
  sheet    bench/sheet_bench.py: sheets of 6 to 77 pages, per page
  compare  bench/compare_bench: 10,000 records files × 100 records made
           here, phase by phase, then `duibiao compare` on them whole
  make     bench/make_scaling.py: examples/Makefile over 200 reports,
           make -j2 against -j1

Every input is made here, the same on every run, from examples/, the
tests' data and ../shared/corpus when it is there. Every part runs each
measurement after a warm-up, several times, interleaved, and prints
medians of wall, user and sys time and peak RSS (benchlib.py); none is a
test: compare rows of one run, not runs of different days.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import chart_bench
import extract_bench
import make_scaling
import sheet_bench
from benchlib import SRC, heading, measure, setup

PARTS = ["startup", "extract", "pdf", "scaling", "chart", "sheet", "compare", "make"]


def startup(build, duibiao):
    tmp = tempfile.mkdtemp(prefix="bench-startup.")
    try:
        rec = os.path.join(tmp, "r.json")
        one = ["--entity", "开封市", "--date", "2022-02-10", "--text", "全市生产总值增长7.0%"]
        subprocess.run([duibiao, "extract", "-q", *one, "-o", rec], check=True)
        cases = {
            "extract, one sentence": [duibiao, "extract", "-q", *one, "-o",
                                      os.path.join(tmp, "e.json")],
            "parse --number": [duibiao, "parse", "--number", "近7.7万亩"],
            "--version": [duibiao, "--version"],
            "compare, one file": [duibiao, "compare", "-q", rec, "--min-entities", "1",
                                  "-o", os.path.join(tmp, "t.json")],
        }
        med = measure(cases, 21, 3)
        print("%-24s %9s %9s %9s %9s   (medians of 21)" % ("", "wall ms", "user ms", "sys ms",
                                                           "RSS KiB"))
        for name, (wall, user, sys_, rss) in med.items():
            print("%-24s %9.1f %9.1f %9.1f %9d" % (name, wall * 1e3, user * 1e3, sys_ * 1e3, rss))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def compare(build, duibiao):
    tmp = tempfile.mkdtemp(prefix="bench-compare.")
    try:
        subprocess.run([os.path.join(build, "bench", "compare_bench"), "10000", "100", tmp],
                       check=True)
        files = sorted(os.path.join(tmp, f) for f in os.listdir(tmp)
                       if f.startswith("r") and f.endswith(".json"))
        argv = [duibiao, "compare", "-q", "--catalog", os.path.join(tmp, "catalog.json"),
                *files, "-o", os.path.join(tmp, "out.json")]
        wall, user, sys_, rss = measure({"compare": argv}, 3, 1)["compare"]
        print("duibiao compare, %d files, whole process (medians of 3): wall %.2f s, "
              "user + sys %.2f s, peak RSS %.0f MiB (targets: 6 s, 300 MiB)"
              % (len(files), wall, user + sys_, rss / 1024))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(args):
    if not args:
        sys.exit(__doc__)
    build = os.path.abspath(args[0])
    duibiao = os.path.join(build, "duibiao")
    parts = args[1:] or PARTS
    setup(duibiao)
    for p in parts:
        if p not in PARTS:
            sys.exit("bench: no part '%s' (%s)" % (p, ", ".join(PARTS)))
    for p in parts:
        heading(p)
        if p == "startup":
            startup(build, duibiao)
        elif p == "extract":
            extract_bench.main([duibiao])
        elif p == "pdf":
            prog = os.path.join(build, "bench", "pdf_bench")
            if os.access(prog, os.X_OK):
                subprocess.run([prog, duibiao], check=True)
            else:
                print("pdf_bench not built (DB_READ_PDF off)")
        elif p == "scaling":
            subprocess.run([sys.executable, os.path.join(SRC, "tests", "bad-inputs",
                                                         "scaling.py"), duibiao, "--cpu"],
                           check=True)
        elif p == "chart":
            chart_bench.main([duibiao])
        elif p == "sheet":
            if shutil.which("pdfinfo"):
                sheet_bench.main([duibiao])
            else:
                print("sheet: needs pdfinfo (poppler-utils), skipped")
        elif p == "compare":
            compare(build, duibiao)
        elif p == "make":
            make_scaling.main([duibiao])
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
