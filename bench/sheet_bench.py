#!/usr/bin/env python3
"""sheet_bench.py - timings of `duibiao sheet`, per page and in all.

Usage: sheet_bench.py [--runs N] [--keep DIR] [--no-callgrind] DUIBIAO [DUIBIAO...]

The input is made here, the same on every run: 100 records files, one a
county of 河南省 (the first 100 of extract/divisions.json), each reporting
a share of 14 metrics of 2022 (levels and growth rates; some masked, some
with a stated rank) with made-up figures drawn from a hash of the place
and the metric, so nothing depends on the corpus or on a random seed.
`duibiao compare` makes one tables file of them, and the sheet of those
tables (the 对标表 of the first county, the coverage grid, a chart and a
ranking table a metric, the appendix) is ≥ 40 pages. The example briefing
(examples/, `make demo`) and the 18 places of tests/render/data are timed
beside it, as is the smallest sheet (a cover and one table of two places),
whose time is the program's start-up and the PDF's fixed cost: per page is
(sheet − smallest) / (its pages − the smallest's).

After WARMUP untimed runs, each sheet is drawn N times (default 11),
sheets and programs interleaved run by run, and the medians of wall and
user + sys time (wait4's rusage) are printed. When valgrind is installed,
one run of each under callgrind gives the instructions, which do not
depend on the machine's load. --keep DIR leaves the inputs and PDFs there.
"""
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

from benchlib import SRC, setup
from benchlib import run as run_process
WARMUP = 2
PLACES = 100
YEAR = 2022
FOCUS_INDEX = 0

# (metric, measure, unit, low, high, decimals, words as a report writes them)
METRICS = [
    ("gdp", "level", "亿元", 80, 1500, 2, "地区生产总值"),
    ("gdp", "growth", "%", -2, 9, 1, "地区生产总值增长"),
    ("industrial_va", "growth", "%", -5, 14, 1, "规模以上工业增加值增长"),
    ("fai", "growth", "%", -10, 18, 1, "固定资产投资增长"),
    ("retail_sales", "level", "亿元", 40, 700, 1, "社会消费品零售总额"),
    ("retail_sales", "growth", "%", -3, 8, 1, "社会消费品零售总额增长"),
    ("budget_revenue", "level", "亿元", 4, 120, 2, "一般公共预算收入"),
    ("budget_revenue", "growth", "%", -8, 15, 1, "一般公共预算收入增长"),
    ("tax_revenue", "level", "亿元", 2, 80, 2, "税收收入"),
    ("import_export", "level", "亿元", 1, 200, 1, "进出口总额"),
    ("disposable_income", "level", "元", 15000, 42000, 0, "居民人均可支配收入"),
    ("urban_income", "level", "元", 26000, 46000, 0, "城镇居民人均可支配收入"),
    ("rural_income", "level", "元", 12000, 26000, 0, "农村居民人均可支配收入"),
    ("urbanization_rate", "level", "%", 30, 75, 2, "常住人口城镇化率"),
]


def draw(*key):
    """A number in [0, 1) fixed by key."""
    h = hashlib.sha256("\x1f".join(map(str, key)).encode()).digest()
    return int.from_bytes(h[:6], "big") / float(1 << 48)


def places():
    """The first PLACES counties of 河南省, in the divisions file's order."""
    with open(os.path.join(SRC, "extract", "divisions.json"), encoding="utf-8") as f:
        rows = json.load(f)["divisions"]
    pref = {n: p for n, _, level, p in rows if level == "prefecture"}
    out = [n for n, _, level, p in rows if level == "county" and pref.get(p) == "河南省"]
    if len(out) < PLACES:
        sys.exit("sheet_bench: divisions.json has %d counties of 河南省" % len(out))
    return out[:PLACES]


def records(place, n):
    """The records file of the n-th place's report."""
    name = "r%03d.txt" % n
    date = "%d-%02d-%02d" % (YEAR + 1, 1 + n % 6, 1 + n % 28)
    recs, line, offset = [], 3, 0
    for metric, measure, unit, lo, hi, dec, words in METRICS:
        roll = draw(place, metric, measure, "reported")
        if roll < 0.2:             # one in five does not report it
            continue
        masked = roll < 0.25
        value = round(lo + (hi - lo) * draw(place, metric, measure), dec)
        raw = ("**" if masked else "%.*f" % (dec, value)) + unit
        text = words + raw
        ranks = []
        if draw(place, metric, measure, "rank") < 0.15:
            ranks.append({"position": 1 + int(20 * draw(place, metric, "pos")), "scope": "全市"})
        recs.append({
            "entity": place, "level": "county", "metric": metric, "label": words,
            "measure": measure, "value": None if masked else value, "unit": unit,
            "raw": raw, "qualifier": "masked" if masked else "exact",
            "period": str(YEAR), "status": "actual", "ranks": ranks,
            "source": {"line": line, "column": 1, "offset": offset, "text": text}})
        line += 1 + int(4 * draw(place, metric, "line"))
        offset += 3 * len(text) + 40
    doc = {"file": name, "sha256": hashlib.sha256(name.encode()).hexdigest(),
           "entity": place, "level": "county", "province": "河南省", "kind": "gwr",
           "date": date, "encoding": "utf-8", "format": "text"}
    return {"schema": "duibiao.records/1", "document": doc, "records": recs}


def make_inputs(duibiao, d):
    """The 100-report tables file and its spec, a one-page sheet's, and
    the example briefing's tables; {name: argv after `duibiao sheet`}."""
    names = places()
    files = []
    os.makedirs(os.path.join(d, "records"), exist_ok=True)
    for n, place in enumerate(names):
        path = os.path.join(d, "records", "r%03d.json" % n)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(records(place, n), f, ensure_ascii=False, indent=1)
        files.append(path)
    tables = os.path.join(d, "tables100.json")
    subprocess.run([duibiao, "compare", "--quiet", *files, "-o", tables], check=True)
    spec = os.path.join(d, "spec100.json")
    with open(spec, "w", encoding="utf-8") as f:
        json.dump({"title": "河南省%d个县（市）主要指标对比" % PLACES,
                   "subtitle": "依据%d份%d年工作报告" % (PLACES, YEAR + 1),
                   "focus": names[FOCUS_INDEX], "highlight": names[FOCUS_INDEX]},
                  f, ensure_ascii=False)
    # one table, two places: the program's start-up, a cover and a page
    one = os.path.join(d, "one.json")
    with open(tables, encoding="utf-8") as f:
        t = json.load(f)["tables"][0]
    t = dict(t, rows=t["rows"][:2])
    with open(one, "w", encoding="utf-8") as f:
        json.dump({"schema": "duibiao.tables/1", "tables": [t]}, f, ensure_ascii=False)
    ex = os.path.join(SRC, "examples")
    recs = []
    for n in sorted(os.listdir(ex)):
        if n.endswith(".txt"):
            out = os.path.join(d, "records", "ex-" + n[:-4] + ".json")
            subprocess.run([duibiao, "extract", "--quiet", "--manifest",
                            os.path.join(ex, "manifest.json"), os.path.join(ex, n), "-o", out],
                           check=True)
            recs.append(out)
    extables = os.path.join(d, "examples.json")
    subprocess.run([duibiao, "compare", "--quiet", *recs, "--overrides",
                    os.path.join(ex, "corrections.csv"), "-o", extables], check=True)
    return {
        "smallest": [one],
        "examples": [extables, "--spec", os.path.join(ex, "briefing.json")],
        "18 places": [os.path.join(SRC, "tests", "render", "data", "briefing.json"),
                      "--highlight", "洛阳市"],
        "100 reports": [tables, "--spec", spec],
    }


def run(argv):
    """(wall s, cpu s) of one process."""
    wall, user, sys_, _ = run_process(argv)
    return wall, user + sys_


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))


def instructions(argv, d):
    """Instructions of one run under callgrind, or None."""
    out = os.path.join(d, "callgrind.out")
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, *argv],
                       capture_output=True, text=True)
    if p.returncode != 0:
        return None
    for line in p.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1])
    return None


def main(args):
    runs, keep, grind = 11, None, shutil.which("valgrind") is not None
    while args and args[0].startswith("--"):
        if args[0] == "--runs" and len(args) > 1:
            runs = int(args[1])
            args = args[2:]
        elif args[0] == "--keep" and len(args) > 1:
            keep = args[1]
            args = args[2:]
        elif args[0] == "--no-callgrind":
            grind = False
            args = args[1:]
        else:
            sys.exit(__doc__)
    if not args or not shutil.which("pdfinfo"):
        sys.exit(__doc__ if not args else "sheet_bench: needs pdfinfo (poppler-utils)")
    progs = [os.path.abspath(p) for p in args]
    setup(progs[0])
    d = keep or tempfile.mkdtemp(prefix="sheet_bench.")
    os.makedirs(d, exist_ok=True)
    try:
        sheets = make_inputs(progs[0], d)
        label = {p: os.path.relpath(p) for p in progs}
        jobs = [(p, name, [p, "sheet", "--quiet", *a, "-o",
                           os.path.join(d, "%d-%s.pdf" % (i, name.replace(" ", "-")))])
                for i, p in enumerate(progs) for name, a in sheets.items()]
        for _ in range(WARMUP):
            for _, _, argv in jobs:
                run(argv)
        wall = {(p, n): [] for p, n, _ in jobs}
        cpu = {(p, n): [] for p, n, _ in jobs}
        for _ in range(runs):
            for p, n, argv in jobs:
                w, c = run(argv)
                wall[p, n].append(w)
                cpu[p, n].append(c)
        print("sheet_bench: medians of %d runs%s; per page = (sheet − smallest) / "
              "(pages − its pages)" % (runs, ", instructions of one run under callgrind"
                                       if grind else ""))
        print("%-22s %-12s %6s %9s %9s %10s %10s%s" % (
            "program", "sheet", "pages", "wall ms", "cpu ms", "wall/page", "cpu/page",
            "   Minstr  Minstr/page" if grind else ""))
        for p in progs:
            base = None
            for name, _ in sheets.items():
                argv = next(a for q, n, a in jobs if q == p and n == name)
                npages = pages(argv[-1])
                w = statistics.median(wall[p, name]) * 1e3
                c = statistics.median(cpu[p, name]) * 1e3
                ins = instructions(argv, d) if grind else None
                if base is None:
                    base = (w, c, ins, npages)
                more = npages - base[3]
                if more > 0:
                    per = "%10.2f %10.2f" % ((w - base[0]) / more, (c - base[1]) / more)
                else:
                    per = "%10s %10s" % ("", "")
                gi = ""
                if ins is not None:
                    gi = "   %6.0f" % (ins / 1e6)
                    if more > 0 and base[2] is not None:
                        gi += "  %11.2f" % ((ins - base[2]) / 1e6 / more)
                print("%-22s %-12s %6d %9.1f %9.1f %s%s" % (label[p][:22], name, npages, w, c,
                                                            per, gi))
    finally:
        if not keep:
            shutil.rmtree(d)


if __name__ == "__main__":
    main(sys.argv[1:])
