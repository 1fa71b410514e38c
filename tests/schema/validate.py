#!/usr/bin/env python3
"""Validate what duibiao writes and reads against docs/schema/*.json.

Usage: validate.py DUIBIAO [--corpus DIR]

- records: every file extract writes for examples/manifest.json (and for
  the corpus's manifest when the corpus is present), checked with the keys
  extract always writes (x-written) required;
- tables and coverage: what compare writes from those records (tables,
  --coverage, a --series and an --entity run) and the goldens of
  tests/compare, also with every always-written key required;
- hand-written tables (tests/render/data, tests/bad-inputs): those the
  program reads, with only the keys a reader needs required;
- themes and specs: tests/render/data/theme-print.json, the two specs of
  this folder (run through `duibiao sheet` too), and every theme or spec of
  tests/bad-inputs: one the program accepts must validate, one it refuses
  for its own checks ("theme: …", "spec: …") must not;
- mutations: documents made wrong in one place (an unknown word, a
  missing required key, an unknown key, a period spelled two ways) must
  fail, and the program refuses the mutated specs and themes too.

Needs the python3-jsonschema Debian package (tools/deps.sh test).
"""
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("validate.py: python3-jsonschema is missing (tools/deps.sh test installs it)",
          file=sys.stderr)
    sys.exit(1)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "tests", "schema")
failures = []
counts = {}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def written(schema):
    """The schema with the keys the writer always writes required too."""
    s = copy.deepcopy(schema)

    def walk(node):
        if isinstance(node, dict):
            if "x-written" in node:
                node["required"] = sorted(set(node.get("required", [])) | set(node["x-written"]))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(s)
    return s


def validator(schema):
    cls = jsonschema.Draft202012Validator
    cls.check_schema(schema)
    return cls(schema)


SCHEMAS = {}
for name in ("records", "tables", "coverage", "theme", "spec"):
    raw = load(os.path.join(ROOT, "docs", "schema", name + ".json"))
    SCHEMAS[name] = validator(raw)
    SCHEMAS[name + "!"] = validator(written(raw))


def errors(kind, doc):
    return sorted(SCHEMAS[kind].iter_errors(doc), key=lambda e: list(e.absolute_path))


def expect_valid(kind, doc, what):
    counts[kind] = counts.get(kind, 0) + 1
    errs = errors(kind, doc)
    if errs:
        e = errs[0]
        path = "/".join(str(p) for p in e.absolute_path)
        failures.append(f"{what}: {len(errs)} error(s), first at /{path}: {e.message[:300]}")


def expect_invalid(kind, doc, what):
    counts["refused"] = counts.get("refused", 0) + 1
    if not errors(kind, doc):
        failures.append(f"{what}: validates but should not")


def run(args, ok=(0,)):
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode not in ok:
        failures.append(f"{' '.join(args)}: exit {p.returncode}: {p.stderr.strip()[:300]}")
    return p


def pipeline(db, manifest, out, label):
    """extract + compare on one manifest; every output validated."""
    rdir = os.path.join(out, "records")
    os.makedirs(rdir, exist_ok=True)
    if run([db, "extract", "--quiet", "--manifest", manifest, "-o", rdir + "/"]).returncode:
        return
    files = sorted(glob.glob(os.path.join(rdir, "*.json")))
    entities = []
    for f in files:
        doc = load(f)
        expect_valid("records!", doc, f"{label} records {os.path.basename(f)}")
        ent = (doc.get("document") or {}).get("entity")
        if ent and ent not in entities:
            entities.append(ent)
    tables = os.path.join(out, "tables.json")
    if run([db, "compare", "--quiet", *files, "-o", tables]).returncode == 0:
        expect_valid("tables!", load(tables), f"{label} tables")
    cov = os.path.join(out, "coverage.json")
    if run([db, "compare", "--quiet", *files, "--coverage", "-o", cov]).returncode == 0:
        expect_valid("coverage", load(cov), f"{label} coverage")
    if entities:
        ser = os.path.join(out, "series.json")
        if run([db, "compare", "--quiet", *files, "--series", entities[0], "--metric", "gdp",
                "-o", ser], ok=(0, 1)).returncode == 0:
            expect_valid("tables!", load(ser), f"{label} series of {entities[0]}")
        ent = os.path.join(out, "entities.json")
        if run([db, "compare", "--quiet", *files, "--entity", ",".join(entities[:3] + ["不存在市"]),
                "-o", ent], ok=(0, 1)).returncode == 0:
            expect_valid("tables!", load(ent), f"{label} tables with --entity")


def case_verdicts():
    """Themes and specs of tests/bad-inputs: (kind, path, accepted) from the
    .case files that run them, when the case says what the program makes of
    the file itself (None: a JSON syntax error, no verdict on the schema)."""
    out = []
    for case in sorted(glob.glob(os.path.join(ROOT, "tests", "bad-inputs", "*.case"))):
        lines = dict(l.split(": ", 1) for l in open(case, encoding="utf-8").read().splitlines()
                     if ": " in l and not l.startswith("#"))
        args = lines.get("run", "").split()
        for opt, kind in (("--theme", "theme"), ("--spec", "spec")):
            if opt not in args:
                continue
            path = args[args.index(opt) + 1].replace("{dir}", os.path.join(ROOT, "tests", "bad-inputs"))
            err = lines.get("err", "")
            if lines.get("exit") == "0":
                out.append((kind, path, True))
            elif f"{kind}: " in err and os.path.basename(path) in err:
                out.append((kind, path, False))
            elif "invalid JSON" not in err and lines.get("exit") == "1" and os.path.basename(path) not in err:
                out.append((kind, path, True))   # refused for something else
    return out


def mutations(db, tmp, records, tables, coverage):
    rec = copy.deepcopy(records)
    rec["records"][0]["measure"] = "growthh"
    expect_invalid("records", rec, "records: unknown measure")
    rec = copy.deepcopy(records)
    del rec["records"][0]["entity"]
    expect_invalid("records", rec, "records: a record without entity")
    rec = copy.deepcopy(records)
    rec["records"][0]["period"] = "2022M01-M03"
    expect_invalid("records", rec, "records: 2022Q1 spelled 2022M01-M03")
    rec = copy.deepcopy(records)
    rec["records"][0]["confidence"] = 1
    expect_invalid("records", rec, "records: unknown key in a record")
    rec = copy.deepcopy(records)
    del rec["records"][0]["source"]
    expect_invalid("records!", rec, "records as written: a record without source")
    rec = copy.deepcopy(records)
    rec["schema"] = "duibiao.records/2"
    expect_invalid("records", rec, "records: another format id")
    tab = copy.deepcopy(tables)
    tab["tables"][0]["status"] = "actaul"
    expect_invalid("tables", tab, "tables: unknown status")
    tab = copy.deepcopy(tables)
    tab["tables"][0]["rows"][0]["qualifier"] = "about"
    expect_invalid("tables", tab, "tables: unknown qualifier in a row")
    tab = copy.deepcopy(tables)
    del tab["tables"][0]["key"]
    expect_invalid("tables", tab, "tables: a table without key")
    tab = copy.deepcopy(tables)
    tab["tables"][0]["rows"][0]["stated_ranks"] = [{"scope": "全省"}]
    expect_invalid("tables", tab, "tables: a rank without position, tier or masked")
    cov = copy.deepcopy(coverage)
    del cov["rows"][0]["periods"]
    expect_invalid("coverage", cov, "coverage: a row without periods")

    tables_file = os.path.join(ROOT, "tests", "render", "data", "multi.json")
    good = load(os.path.join(HERE, "spec-full.json"))
    bad_specs = {
        "unknown key": dict(good, pagez=[]),
        "unknown key in a page": dict(good, pages=[dict(good["pages"][0], size="A4")]),
        "unknown chart": dict(good, pages=[dict(good["pages"][0], chart="pie")]),
        "decimals 7": dict(good, decimals=7),
        "magnitude 千": dict(good, magnitude="千"),
        "peers not names": dict(good, peers=[1]),
        "a page without table": dict(good, pages=[{"chart": "bar"}]),
        "ranking not a boolean": dict(good, pages=[dict(good["pages"][0], ranking="yes")]),
    }
    for what, spec in bad_specs.items():
        expect_invalid("spec", spec, f"spec: {what}")
        path = os.path.join(tmp, "spec-mutated.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False)
        p = subprocess.run([db, "sheet", "--quiet", tables_file, "--spec", path,
                            "-o", os.path.join(tmp, "mutated.pdf")], capture_output=True, text=True)
        if p.returncode != 1:
            failures.append(f"spec: {what}: the program exits {p.returncode}, the schema refuses it")
    theme = load(os.path.join(ROOT, "tests", "render", "data", "theme-print.json"))
    bad_themes = {
        "colour #12345": dict(theme, colors={"bar": "#12345"}),
        "font size 3": dict(theme, font_sizes={"title": 3}),
        "unknown key": dict(theme, colours={}),
        "unknown margin": dict(theme, margins={"centre": 3}),
        "bars fill 0.1": dict(theme, bars={"fill": 0.1}),
    }
    for what, th in bad_themes.items():
        expect_invalid("theme", th, f"theme: {what}")
        path = os.path.join(tmp, "theme-mutated.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(th, f, ensure_ascii=False)
        p = subprocess.run([db, "render", "--quiet", os.path.join(ROOT, "tests", "render", "data", "one.json"),
                            "--theme", path, "-o", os.path.join(tmp, "mutated.svg")],
                           capture_output=True, text=True)
        if p.returncode != 1:
            failures.append(f"theme: {what}: the program exits {p.returncode}, the schema refuses it")


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    db = os.path.abspath(sys.argv[1])
    corpus = os.path.join(ROOT, "..", "shared", "corpus")
    if "--corpus" in sys.argv:
        corpus = sys.argv[sys.argv.index("--corpus") + 1]
    with tempfile.TemporaryDirectory(prefix="duibiao-schema-") as tmp:
        pipeline(db, os.path.join(ROOT, "examples", "manifest.json"), os.path.join(tmp, "ex"), "examples")
        if os.path.exists(os.path.join(corpus, "manifest.json")):
            pipeline(db, os.path.join(corpus, "manifest.json"), os.path.join(tmp, "corpus"), "corpus")
        else:
            print(f"validate.py: no corpus at {corpus}: its records and tables are not checked")

        for f in sorted(glob.glob(os.path.join(ROOT, "tests", "compare", "golden", "*.json"))):
            doc = load(f)
            kind = "coverage" if doc.get("schema") == "duibiao.coverage/1" else "tables!"
            expect_valid(kind, doc, os.path.relpath(f, ROOT))
        for f in sorted(glob.glob(os.path.join(ROOT, "tests", "compare", "data", "*.json"))):
            doc = load(f)
            if doc.get("schema") == "duibiao.records/1":
                expect_valid("records", doc, os.path.relpath(f, ROOT))

        # Hand-written tables: those the program reads (render lists the
        # keys of a file with several tables, exit 2, after reading it).
        hand = sorted(glob.glob(os.path.join(ROOT, "tests", "render", "data", "*.json")) +
                      glob.glob(os.path.join(ROOT, "tests", "bad-inputs", "*.json")))
        for f in hand:
            try:
                doc = load(f)
            except (ValueError, UnicodeDecodeError):
                continue
            if not isinstance(doc, dict) or doc.get("schema") != "duibiao.tables/1":
                continue
            p = subprocess.run([db, "render", "--quiet", f, "--chart", "table",
                                "-o", os.path.join(tmp, "read.svg")], capture_output=True, text=True)
            if p.returncode in (0, 2):
                expect_valid("tables", doc, os.path.relpath(f, ROOT))
            else:   # refused below the schema's reach (a number too large, a NUL)
                counts["skipped"] = counts.get("skipped", 0) + 1

        expect_valid("theme", load(os.path.join(ROOT, "tests", "render", "data", "theme-print.json")),
                     "tests/render/data/theme-print.json")
        for kind, path, accepted in case_verdicts():
            try:
                doc = load(path)
            except (ValueError, UnicodeDecodeError):
                continue
            (expect_valid if accepted else expect_invalid)(kind, doc, os.path.relpath(path, ROOT))
        for name in ("spec-full.json", "spec-nulls.json"):
            path = os.path.join(HERE, name)
            expect_valid("spec", load(path), f"tests/schema/{name}")
            run([db, "sheet", "--quiet", os.path.join(ROOT, "tests", "render", "data", "multi.json"),
                 "--spec", path, "-o", os.path.join(tmp, "spec.pdf")])

        ex = os.path.join(tmp, "ex")
        recs = [load(f) for f in sorted(glob.glob(os.path.join(ex, "records", "*.json")))]
        recs = [r for r in recs if r["records"]]
        if recs and os.path.exists(os.path.join(ex, "tables.json")):
            mutations(db, tmp, recs[0], load(os.path.join(ex, "tables.json")),
                      load(os.path.join(ex, "coverage.json")))
        else:
            failures.append("no records or tables from the examples to mutate")

    print("validated: " + ", ".join(f"{k.rstrip('!')}{' (as written)' if k.endswith('!') else ''} {v}"
                                    for k, v in sorted(counts.items())))
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
