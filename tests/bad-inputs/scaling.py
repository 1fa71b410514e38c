#!/usr/bin/env python3
"""Extraction stays linear on pathological text.

Each pattern below is repeated to 1 MB and to 8 MB and extracted; the test
fails when the 8 MB run costs more than RATIO times the CPU time of the 1 MB
run (linear is 8x), or when any run writes more than OUT_MULTIPLE bytes of
JSON per input byte (docs/design.md, "Bounds"), or when a run fails.

Usage: scaling.py DUIBIAO [--mb 1,8] [PATTERN...]
"""
import os, sys, tempfile

RATIO = 12.0          # of CPU time, 8 MB against 1 MB (linear: 8)
OUT_MULTIPLE = 120    # JSON bytes per input byte, at most
FLOOR = 0.05          # seconds: the 1 MB time is taken as at least this

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
}


def cpu_run(args):
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.execv(args[0], args)
    _, status, ru = os.wait4(pid, 0)
    return (os.waitstatus_to_exitcode(status), ru.ru_utime + ru.ru_stime,
            ru.ru_maxrss / 1024.0)


def main():
    argv = sys.argv[1:]
    if not argv:
        raise SystemExit(__doc__)
    db = os.path.abspath(argv.pop(0))
    sizes = [1, 8]
    if argv[:1] == ["--mb"]:
        sizes = [int(x) for x in argv[1].split(",")]
        argv = argv[2:]
    names = argv or list(PATTERNS)
    tmp = tempfile.mkdtemp(prefix="scaling-")
    failed = 0
    for name in names:
        unit = PATTERNS[name].encode()
        times = []
        line = f"{name:14}"
        for mb in sizes:
            path = os.path.join(tmp, f"{name}-{mb}.txt")
            with open(path, "wb") as f:
                f.write(unit * (mb * 1024 * 1024 // len(unit)))
            out = os.path.join(tmp, "out.json")
            rc, cpu, rss = cpu_run([db, "extract", "--entity", "某县", "--date", "2023-03-01",
                                     "--quiet", path, "-o", out])
            size_in = os.path.getsize(path)
            size_out = os.path.getsize(out) if os.path.exists(out) else 0
            line += f"  {mb} MB {cpu:6.2f} s {rss:5.0f} MB {size_out / size_in:5.1f}x"
            if rc != 0:
                line += f" (exit {rc})"
                failed += 1
            if size_out > OUT_MULTIPLE * size_in:
                line += " (output too big)"
                failed += 1
            times.append(cpu)
            os.unlink(path)
            if os.path.exists(out):
                os.unlink(out)
        if len(times) > 1:
            ratio = times[-1] / max(times[0], FLOOR)
            line += f"  ratio {ratio:5.1f}"
            if ratio > RATIO * sizes[-1] / sizes[0] / 8:
                line += " (not linear)"
                failed += 1
        print(line, flush=True)
    os.rmdir(tmp)
    print("ok" if not failed else f"{failed} failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
