#!/usr/bin/env python3
"""Every duibiao command of README.md runs as written.

The commands are the lines of README's indented blocks that begin with
`duibiao ` and the `duibiao …` spans of its prose (a span may run over a
line break). They run in order, with `sh -c`, in a fresh folder holding a
copy of examples/ and a `duibiao` on PATH that is the program under test,
so a command that names a file examples/ does not ship, a place or table
key the examples lack, or an option the program refuses fails here. Each
must exit 0, and every output it names with `-o` (a file, or a folder when
the name ends in /) must exist and not be empty, and it may print no warning (an example
whose filters match nothing warns so). The indented JSON block
of README that shows a catalog file must be the file of that name in
examples/.

`make` lines are the build's own (`make demo` and `make test` are how CI
runs the suite) and the fuzzing lines name a finding that does not exist
yet (`…`); neither is a duibiao command.

Usage: readme.py DUIBIAO
"""
import json, os, re, shlex, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MIN_COMMANDS = 20   # fewer found means README's form changed under the parser


def blocks(lines):
    """Runs of indented lines (4 spaces), a blank line ending a run, in
    order, without the indent."""
    block = []
    for line in lines + [""]:
        if line.startswith("    "):
            block.append(line[4:])
        else:
            if block:
                yield block
            block = []


def strip_comment(cmd):
    """The command without a trailing `# …` comment (none of README's
    commands has a # inside quotes)."""
    return re.sub(r"\s+#\s.*$", "", cmd).strip()


def commands(text):
    found = []
    lines = text.split("\n")
    for block in blocks(lines):
        for line in block:
            if line.startswith("duibiao "):
                found.append(strip_comment(line))
    in_block = re.compile(r"^    ", re.M)
    prose = "\n".join("" if in_block.match(l) else l for l in lines)
    for m in re.finditer(r"`(duibiao [^`]+)`", prose):
        words = m.group(1).split()
        if len(words) > 2:      # not a mere name of a subcommand
            found.append(" ".join(words))
    return found


def json_blocks(text):
    for block in blocks(text.split("\n")):
        if block[0].startswith("{"):
            yield "\n".join(block)


def option_values(cmd, option):
    """The words that follow each `option` in cmd."""
    words = shlex.split(cmd)
    return [words[i + 1] for i, w in enumerate(words[:-1]) if w == option]


def outputs(cmd):
    """What each `-o NAME` of cmd names, but standard output."""
    return [name for name in option_values(cmd, "-o") if name != "-"]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    program = os.path.abspath(sys.argv[1])
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    cmds = commands(readme)
    failures = []
    if len(cmds) < MIN_COMMANDS:
        failures.append(f"only {len(cmds)} duibiao commands found in README.md "
                        f"(expected at least {MIN_COMMANDS}): has its form changed?")

    catalogs = 0
    for block in json_blocks(readme):
        doc = json.loads(block)
        if doc.get("schema") != "duibiao.catalog/1":
            continue
        catalogs += 1
        names = {name for c in cmds for name in option_values(c, "--catalog-extra")}
        shown = [n for n in names
                 if os.path.exists(os.path.join(ROOT, n)) and
                 json.load(open(os.path.join(ROOT, n), encoding="utf-8")) == doc]
        if not shown:
            failures.append("README's catalog block is none of the files its "
                            f"--catalog-extra commands name ({', '.join(sorted(names))})")
    if catalogs == 0:
        failures.append("README shows no catalog block (duibiao.catalog/1)")

    with tempfile.TemporaryDirectory(prefix="db-readme-") as tmp:
        shutil.copytree(os.path.join(ROOT, "examples"), os.path.join(tmp, "examples"),
                        ignore=shutil.ignore_patterns("out"))
        bindir = os.path.join(tmp, ".bin")
        os.mkdir(bindir)
        with open(os.path.join(bindir, "duibiao"), "w") as f:
            f.write(f'#!/bin/sh\nexec {shlex.quote(program)} "$@"\n')
        os.chmod(os.path.join(bindir, "duibiao"), 0o755)
        env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
        for cmd in cmds:
            p = subprocess.run(["sh", "-c", cmd], cwd=tmp, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            bad = []
            if p.returncode != 0:
                bad.append(f"exit {p.returncode}")
            for name in outputs(cmd):
                path = os.path.join(tmp, name)
                if name.endswith("/"):
                    if not os.path.isdir(path) or not os.listdir(path):
                        bad.append(f"no files in {name}")
                elif not os.path.isfile(path) or os.path.getsize(path) == 0:
                    bad.append(f"{name} not written")
            if not p.stdout and ">" not in cmd and not outputs(cmd):
                bad.append("printed nothing")
            if b"warning:" in p.stderr:
                bad.append("warned")
            print(("FAIL " if bad else "ok   ") + cmd)
            if bad:
                err = p.stderr.decode("utf-8", "replace").strip()
                failures.append(f"{cmd}\n    {'; '.join(bad)}" +
                                (f"\n    {err[-600:]}" if err else ""))
    print(f"{len(cmds)} commands of README.md run")
    if failures:
        print("\n".join(["", "FAILED:"] + failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
