"""benchlib.py - what the benchmarks of `make bench` share.

A measurement is a whole process: wall time, and user time, sys time and
peak RSS from wait4's rusage. Cases are run interleaved, one run of each in
turn, after untimed warm-up runs, so that a busy machine slows them alike;
medians are printed. Compare the rows of one run, never numbers taken at
another time.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(SRC, "..", "shared", "corpus")


RUSAGE = None   # bench/rusage of the build, once setup() found it


def setup(duibiao):
    """Use the bench/rusage built beside duibiao (BUILD/duibiao) to time
    processes: forked from Python, a process starts with Python's peak RSS
    and its own smaller one does not show."""
    global RUSAGE
    path = os.path.join(os.path.dirname(os.path.abspath(duibiao)), "bench", "rusage")
    if RUSAGE == path:
        return
    RUSAGE = path if os.access(path, os.X_OK) else None
    if not RUSAGE:
        print("bench: %s not built; peak RSS includes the Python parent's" % path)


def run(argv, env=None, cwd=None, stdin=None):
    """(wall s, user s, sys s, peak RSS KiB) of one process; exits on failure."""
    with tempfile.NamedTemporaryFile(prefix="bench-rusage.") as out:
        t0 = time.perf_counter()
        p = subprocess.Popen(([RUSAGE, out.name] if RUSAGE else []) + list(argv),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                             cwd=cwd, stdin=stdin)
        err = p.stderr.read()
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.stderr.close()
        rc = os.waitstatus_to_exitcode(status)
        if RUSAGE and rc == 0:
            wall, user, sys_, rss, rc = out.read().decode().split()
            wall, user, sys_, rss, rc = float(wall), float(user), float(sys_), int(rss), int(rc)
        else:
            user, sys_, rss = ru.ru_utime, ru.ru_stime, ru.ru_maxrss
    if rc != 0:
        sys.exit("bench: %s failed: %s" % (" ".join(argv), err.decode(errors="replace")[:2000]))
    return wall, user, sys_, rss


def measure(cases, runs, warmup=1, **kw):
    """{name: [medians of wall, user, sys, RSS KiB]} of {name: argv}, each
    run warmup times untimed, then runs times, interleaved."""
    samples = {name: [] for name in cases}
    for i in range(warmup + runs):
        for name, argv in cases.items():
            s = run(argv, **kw)
            if i >= warmup:
                samples[name].append(s)
    return {name: [statistics.median(c) for c in zip(*samples[name])] for name in cases}


def heading(title):
    print("\n== %s" % title)
    sys.stdout.flush()
