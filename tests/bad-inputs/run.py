#!/usr/bin/env python3
"""Hostile inputs and the answers duibiao owes them.

Every NAME.case in this folder is one run of the program:

    # what the case checks (first comment line, printed on failure)
    run: extract --entity 某县 --date 2023-03-01 {dir}/NAME.txt -o {out}/r.json
    exit: 1
    err: duibiao: NAME.txt:
    absent: {out}/r.json

run     the arguments (shell words; {dir} is this folder, {out} a fresh
        empty folder for the case, {tmp} the same as {out})
exit    the exit code expected
err     a prefix that some line of stderr starts with (may repeat; each must
        match); `err: -` means stderr must be empty
absent  a path that must not exist after the run (may repeat)
present a path that must exist after the run (may repeat)
stdin   a file fed to standard input
timeout seconds of CPU time before the case counts as hung (default 30),
        and ten times as many of wall time (a run blocked without
        spinning): a loop is caught by what it spends, not by a busy
        machine's slowness

After every case no temporary file (*.tmp*) may be left in {out}, and no
sanitizer report may be on stderr (a leak on an error path leaves the exit
code alone: under `make asan` only its report shows it).

Usage: run.py DUIBIAO [NAME...]
"""
import glob, os, resource, shlex, signal, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WALL_FACTOR = 10   # the wall-time backstop, in CPU-time limits


def parse(path):
    case = {"run": None, "exit": None, "err": [], "absent": [], "present": [],
            "stdin": None, "timeout": 30, "about": ""}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                if not case["about"]:
                    case["about"] = line[1:].strip()
                continue
            key, sep, val = line.partition(":")
            key, val = key.strip(), val.strip()
            if not sep or key not in case:
                raise SystemExit(f"{path}:{n}: not a case line: {line}")
            if isinstance(case[key], list):
                case[key].append(val)
            elif key in ("exit", "timeout"):
                case[key] = int(val)
            else:
                case[key] = val
    if case["run"] is None or case["exit"] is None:
        raise SystemExit(f"{path}: a case needs run: and exit:")
    return case


def check(db, path):
    case = parse(path)
    name = os.path.basename(path)[:-5]
    out = tempfile.mkdtemp(prefix=f"bad-{name}-")
    subst = lambda s: s.replace("{dir}", HERE).replace("{out}", out).replace("{tmp}", out)
    args = [db] + [subst(a) for a in shlex.split(case["run"])]
    stdin = open(subst(os.path.join(HERE, case["stdin"])), "rb") if case["stdin"] else subprocess.DEVNULL
    problems = []
    cpu = case["timeout"]
    limit = lambda: resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        p = subprocess.run(args, stdin=stdin, capture_output=True, timeout=cpu * WALL_FACTOR,
                           preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return [f"hung (> {cpu * WALL_FACTOR} s of wall time)"]
    if p.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return [f"hung (> {cpu} s of CPU time)"]
    err = p.stderr.decode("utf-8", "replace")
    lines = err.splitlines()
    if p.returncode != case["exit"]:
        problems.append(f"exit {p.returncode}, expected {case['exit']}")
    for want in case["err"]:
        want = subst(want)
        if want == "-":
            if err:
                problems.append("stderr not empty")
        elif not any(l.startswith(want) for l in lines):
            problems.append(f"no stderr line starts with {want!r}")
    for l in lines:
        if "ERROR: LeakSanitizer" in l or "ERROR: AddressSanitizer" in l or "runtime error:" in l:
            problems.append("sanitizer: " + l.strip())
            break
    for a in case["absent"]:
        if os.path.exists(subst(a)):
            problems.append(f"{subst(a)} exists")
    for a in case["present"]:
        if not os.path.exists(subst(a)):
            problems.append(f"{subst(a)} missing")
    left = [f for f in os.listdir(out) if ".tmp" in f]
    if left:
        problems.append("temporary files left: " + " ".join(left))
    if problems:
        problems.insert(0, case["about"])
        problems.append("stderr: " + (err.strip()[:600] or "(empty)"))
    else:
        subprocess.run(["rm", "-rf", out])
    return problems


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    db = os.path.abspath(sys.argv[1]) if os.sep in sys.argv[1] else sys.argv[1]
    names = sys.argv[2:]
    paths = sorted(glob.glob(os.path.join(HERE, "*.case")))
    if names:
        paths = [p for p in paths if os.path.basename(p)[:-5] in names]
    failed = 0
    for path in paths:
        problems = check(db, path)
        name = os.path.basename(path)[:-5]
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for pr in problems:
                print(f"     {pr}")
        else:
            print(f"ok   {name}")
    print(f"{len(paths) - failed}/{len(paths)} cases")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
