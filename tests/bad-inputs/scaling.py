#!/usr/bin/env python3
"""Extraction stays linear on pathological text.

Each pattern below is repeated to SMALL and to 8 x SMALL bytes and extracted.
By default the cost of a run is the number of instructions it executes,
counted by valgrind (cachegrind without its cache model), less those of a run
on an empty file (start-up: the catalog and the word lists). The count does
not depend on what else the machine is doing, so the test fails exactly when
the larger run costs more than RATIO times the smaller one (linear is 8), when
a run writes more than OUT_MULTIPLE bytes of JSON per input byte
(docs/design.md, "Extract: bounds"), or when a run fails.

With --cpu the cost is CPU time and the sizes are 1 MB and 8 MB: a benchmark
that prints its numbers (make bench) and fails only on a failed run or an
output too big, since CPU time on a busy machine is not a measure to fail on.

Usage: scaling.py DUIBIAO [--cpu] [--kb SMALL] [PATTERN...]
Exit status 77 (a skipped test) when valgrind is not installed.
"""
import os, re, shutil, subprocess, sys, tempfile

RATIO = 9.0           # of instructions, 8x the input against 1x (linear: 8)
OUT_MULTIPLE = 120    # JSON bytes per input byte, at most
SMALL_KB = 32         # the smaller input of the counted runs
CPU_FLOOR = 0.05      # seconds: the 1 MB time of --cpu is taken as at least this

PATTERNS = {
    "runon": "生产总值增长10%",
    "runon-space": "生产总值 增长 10 % ",
    "lines": "生产总值增长10%\n",
    "commas": "生产总值增长10%，",
    "sentences": "生产总值增长10%。",
    "ranks": "居全省第3位、",
    "ranks-clause": "居全省第3位，",
    "table-pipes": "地区生产总值 | 100 | 5.0\n",
    "table-cells": "地区生产总值\n100\n5.0\n",
    "fenbie": "分别增长5%、",
    "qizhong": "其中，工业增加值增长5%，",
    "mixed": "全市地区生产总值1000亿元、增长5%，居全省第3位；",
    "digits": "1",
    "brackets": "（",
    "labels": "地区生产总值、规模以上工业增加值、",
    "periods": "2021年1-11月，",
    "markers": "一是",
    "gap": "比全省高1.2个百分点、",
    "year-clauses": "2023年，全县粮食播种面积52.3万亩，同比增长2.1%，",
}


def extract_args(db, path, out):
    return [db, "extract", "--entity", "某县", "--date", "2023-03-01",
            "--quiet", path, "-o", out]


def cpu_run(args):
    """Exit code and CPU seconds of one run."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.execv(args[0], args)
    _, status, ru = os.wait4(pid, 0)
    return os.waitstatus_to_exitcode(status), ru.ru_utime + ru.ru_stime


def counted_run(args):
    """Exit code and instructions executed of one run, under cachegrind."""
    vg = ["valgrind", "--tool=cachegrind", "--cache-sim=no",
          "--cachegrind-out-file=/dev/null"]
    p = subprocess.run(vg + args, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", p.stderr)
    return p.returncode, int(m.group(1).replace(",", "")) if m else 0


def main():
    argv = sys.argv[1:]
    if not argv:
        raise SystemExit(__doc__)
    db = os.path.abspath(argv.pop(0))
    cpu = "--cpu" in argv
    if cpu:
        argv.remove("--cpu")
    small = SMALL_KB * 1024
    if argv[:1] == ["--kb"]:
        small = int(argv[1]) * 1024
        argv = argv[2:]
    if cpu:
        small = 1024 * 1024
    elif shutil.which("valgrind") is None:
        print("valgrind is not installed: instructions cannot be counted")
        return 77
    run = cpu_run if cpu else counted_run
    names = argv or list(PATTERNS)
    tmp = tempfile.mkdtemp(prefix="scaling-")
    out = os.path.join(tmp, "out.json")
    base = 0
    if not cpu:
        empty = os.path.join(tmp, "empty.txt")
        open(empty, "wb").close()
        _, base = run(extract_args(db, empty, out))
        os.unlink(empty)
        print(f"start-up: {base:,} instructions (taken off every run)")
    failed = 0
    for name in names:
        unit = PATTERNS[name].encode()
        costs = []
        line = f"{name:14}"
        for size in (small, 8 * small):
            path = os.path.join(tmp, f"{name}-{size}.txt")
            with open(path, "wb") as f:
                f.write(unit * (size // len(unit)))
            rc, cost = run(extract_args(db, path, out))
            size_in = os.path.getsize(path)
            size_out = os.path.getsize(out) if os.path.exists(out) else 0
            if cpu:
                line += f"  {size >> 20} MB {cost:6.2f} s"
            else:
                cost = max(cost - base, 1)
                line += f"  {size >> 10:4} KB {cost / size_in:7.0f} instr/B"
            line += f" {size_out / size_in:5.1f}x out"
            if rc != 0:
                line += f" (exit {rc})"
                failed += 1
            if size_out > OUT_MULTIPLE * size_in:
                line += " (output too big)"
                failed += 1
            costs.append(cost)
            os.unlink(path)
            if os.path.exists(out):
                os.unlink(out)
        ratio = costs[1] / (max(costs[0], CPU_FLOOR) if cpu else costs[0])
        line += f"  ratio {ratio:5.2f}"
        if not cpu and ratio > RATIO:
            line += " (not linear)"
            failed += 1
        print(line, flush=True)
    os.rmdir(tmp)
    print("ok" if not failed else f"{failed} failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
