#!/usr/bin/env python3
"""Run the libFuzzer targets of a fuzz build, one after the other.

    run.py BUILD [TARGET...]       (make fuzz: BUILD is build-fuzz)

FUZZ_SECONDS (default 60) is how long each target runs. Before it runs, a
target's seeds are made afresh in BUILD/fuzz/seeds/TARGET from the project's
own files (examples/, tests/ data) and the real reports of ../shared/corpus
when that folder is there (read in place, never copied into the project),
with a dictionary of the words its reader knows (BUILD/fuzz/dicts). What
libFuzzer finds new goes to BUILD/fuzz/corpus/TARGET and stays there, so
that the next run starts where this one stopped.

A finding (crash, sanitizer report, leak, timeout, out of memory) stops its
target; the input is kept as BUILD/fuzz/crashes/TARGET-KIND-HASH and the
report in BUILD/fuzz/logs/TARGET.log, and after the last target every
finding is printed again with the first 40 lines of its report (CI keeps
the tail of the output). Reproduce it with

    BUILD/tests/fuzz/fuzz_TARGET BUILD/fuzz/crashes/TARGET-KIND-HASH

Exit status: 0 when every target ran clean, 1 otherwise.
"""
import glob, json, os, re, shutil, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
SEEDS_DIR = os.path.join(ROOT, "..", "shared", "seeds")

# target: max_len (bytes), timeout (s per input), rss_limit_mb, extra flags.
# extract: inputs up to 16 KB, past every bound of the clause splitter
# (sentences end by 4096 bytes, docs/design.md "Extract: bounds") and small
# enough for hundreds of runs a second.
TARGETS = {
    "extract":     (16384, 10, 2048, []),
    "parse":       (1024, 10, 2048, []),
    "records":     (65536, 20, 2048, []),
    "tables":      (65536, 20, 2048, []),
    "render":      (16384, 30, 2560, []),
    "catalog":     (65536, 30, 2048, []),
    "words":       (16384, 30, 2048, []),
    "spec":        (4096, 30, 2560, ["-close_fd_mask=2"]),
    "theme":       (4096, 30, 2560, []),
    "corrections": (8192, 20, 2048, []),
    "manifest":    (16384, 10, 2048, []),
    "docx":        (65536, 20, 2048, []),
    "html":        (65536, 20, 2048, []),
}

CHUNK = 8192          # report seeds: pieces of at most this, cut at line ends


def src(*parts):
    return os.path.join(ROOT, *parts)


def files(*patterns):
    out = []
    for p in patterns:
        out += sorted(glob.glob(p if os.path.isabs(p) else src(p)))
    return out


def read(path):
    with open(path, "rb") as f:
        return f.read()


def chunks(data, size=CHUNK):
    """Pieces of data of at most size bytes, cut after a newline."""
    out, start = [], 0
    while start < len(data):
        end = min(start + size, len(data))
        if end < len(data):
            nl = data.rfind(b"\n", start, end)
            end = nl + 1 if nl > start else end
        out.append(data[start:end])
        start = end
    return out


def reports():
    paths = files("examples/*.txt", "tests/extract/bulletins/*.txt", "tests/extract/readers/*.txt")
    if os.path.isdir(CORPUS):
        paths += files(os.path.join(CORPUS, "*.txt"))
    return paths


def json_files(*patterns):
    out = []
    for p in files(*patterns):
        try:
            json.loads(read(p))
        except ValueError:
            continue
        out.append(p)
    return out


# ---- seeds ---------------------------------------------------------------

def seeds_extract():
    out = []
    for p in reports():
        pieces = chunks(read(p))
        out += pieces
        text = pieces[0].decode("utf-8", "replace")
        out.append(b"\xef\xbb\xbf" + pieces[0])
        out.append(text.encode("gb18030", "replace"))
    return out


def seeds_parse():
    out = []
    for p in files("tests/extract/readers/*.tsv"):
        for line in read(p).decode("utf-8").splitlines():
            if line and not line.startswith("#"):
                out.append(line.split("\t")[0].encode("utf-8"))
    dated = [s for s in out[:40]]
    out += [b"2023-01-31\n" + s for s in dated]
    for p in files("examples/*.txt"):
        for sentence in read(p).decode("utf-8").split("。")[:30]:
            b = sentence.encode("utf-8")
            if 8 < len(b) < 400:
                out.append(b)
    return out


def seeds_records():
    return [read(p) for p in json_files("tests/core/data/records*.json", "tests/compare/data/*.json",
                                        "tests/compare/data/rules/*.json")
            if b"duibiao.records/1" in read(p)]


def seeds_tables():
    return [read(p) for p in json_files("tests/core/data/tables*.json", "tests/compare/golden/*.json",
                                        "tests/render/data/*.json")
            if b"duibiao.tables/1" in read(p)]


def seeds_catalog():
    return [read(p) for p in json_files("extract/catalog.json", "tests/compare/data/catalog.json",
                                        "tests/compare/data/rules/catalog.json")]


def seeds_words():
    words = json.loads(read(src("extract/words.json")))
    small = {"schema": words["schema"],
             "lists": {k: {"words": v["words"][:2]} for k, v in words["lists"].items()}}
    return [read(src("extract/words.json")), json.dumps(small, ensure_ascii=False).encode("utf-8")]


def seeds_spec():
    tables = json.loads(read(src("tests/render/data/multi.json")))["tables"]
    keys = [t["key"] for t in tables]
    entity = tables[0]["rows"][0]["entity"]
    specs = [
        {"title": "对标", "highlight": entity,
         "pages": [{"table": keys[-1], "chart": "bar", "title": "第一页"}]},
        {"title": "两页", "subtitle": "副标题", "coverage": False, "theme": "theme.json",
         "pages": [{"table": keys[0], "chart": "table", "title": "排名"},
                   {"table": keys[-1], "ranking": False}]},
        {"title": "全部"},
        {"pages": [{"table": keys[0], "chart": "series"}]},
        {"pages": [{"table": "nope:level:2021"}]},
        {"title": 3, "pagez": []},
    ]
    return [json.dumps(s, ensure_ascii=False).encode("utf-8") for s in specs]


def seeds_theme():
    full = {"name": "extremes", "about": "every key",
            "colors": {k: "#fff" for k in ("background", "text", "muted", "bar", "bar_negative",
                                            "highlight", "axis", "grid", "reference", "slot",
                                            "zebra")},
            "font_sizes": {k: 72 for k in ("title", "subtitle", "label", "value", "tick", "note",
                                           "annotation", "table")},
            "margins": {"top": 500, "right": 500, "bottom": 0, "left": 500},
            "bars": {"fill": 0.2, "max": 200, "row_min": 6}}
    small = {"font_sizes": {"title": 4, "label": 4}, "margins": {"left": 0, "right": 0},
             "bars": {"fill": 1, "max": 2, "row_min": 200}}
    return [read(p) for p in files("tests/render/data/theme*.json")] + \
        [json.dumps(t).encode() for t in (full, small, {})]


def seeds_corrections():
    return [read(p) for p in files("tests/compare/data/*.csv")]


def seeds_manifest():
    paths = files("examples/manifest.json", "tests/extract/bulletins/manifest.json")
    for d in (CORPUS, SEEDS_DIR):
        if os.path.exists(os.path.join(d, "manifest.json")):
            paths.append(os.path.join(d, "manifest.json"))
    return [read(p) for p in paths]


def made_documents(make):
    """Documents made from the report texts by tests/formats/docs.py."""
    sys.path.insert(0, src("tests", "formats"))
    import docs
    out = []
    for p in reports():
        text = chunks(read(p))[0].decode("utf-8", "replace")
        out += make(docs, text)
    return out


def seeds_docx():
    """document.xml alone (the target zips it), and a few whole .docx files."""
    import io, zipfile

    def make(docs, text):
        whole = docs.docx(text)
        xml = zipfile.ZipFile(io.BytesIO(whole)).read("word/document.xml")
        return [xml, whole] if len(whole) < 4096 else [xml]
    return made_documents(make)


def seeds_html():
    return made_documents(lambda docs, text: [docs.html(text), docs.html(text, "gb2312")])


SEEDS = {"extract": seeds_extract, "parse": seeds_parse, "records": seeds_records,
         "tables": seeds_tables, "render": seeds_tables, "catalog": seeds_catalog,
         "words": seeds_words, "spec": seeds_spec, "theme": seeds_theme,
         "corrections": seeds_corrections, "manifest": seeds_manifest, "docx": seeds_docx,
         "html": seeds_html}


# ---- dictionaries ----------------------------------------------------------

def json_words(docs):
    """Keys and short strings of JSON documents, quoted as JSON writes them."""
    out = set()

    def walk(v):
        if isinstance(v, dict):
            for k, x in v.items():
                out.add(json.dumps(k, ensure_ascii=False))
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str) and len(v.encode()) <= 40:
            out.add(json.dumps(v, ensure_ascii=False))
    for d in docs:
        try:
            walk(json.loads(d))
        except ValueError:
            pass
    return out | {"null", "true", "false", "-0", "1e308", "-1e309", "0.5", "[]", "{}",
                  '"\\u0000"', '"\\ud800"'}


def text_words():
    """The words the extractor knows: catalog names, aliases and units, word lists."""
    out = set()
    for m in json.loads(read(src("extract/catalog.json")))["metrics"]:
        out.update([m["name"], m.get("unit") or ""] + m.get("aliases", []))
    for v in json.loads(read(src("extract/words.json")))["lists"].values():
        out.update(w for w in v["words"] if len(w.encode()) <= 24)
    out.update(["增长", "下降", "%", "％", "个百分点", "亿元", "万元", "万人", "第", "位",
                "居全省", "同比", "一季度", "上半年", "1至4月", "十四五", "，", "。", "、", "|",
                "\n", "2021年", "今年", "去年", "近", "约", "超过", "以上", "**"])
    out.discard("")
    return out


def csv_words():
    out = {"entity", "metric", "measure", "period", "status", "action", "value", "unit",
           "note", "set", "drop", "add", "level", "growth", "change_pp", "gap_pp", "added",
           "share", "actual", "target", "estimate", "2021", "2022H1", "2022Q1", "2022M01-M04",
           "2021..2022M04", '"', '""', ",", "\r\n", "\ufeff", "三门峡市", "亿元", "万元", "%"}
    for m in json.loads(read(src("tests/compare/data/catalog.json")))["metrics"]:
        out.add(m["id"])
    return out


def markup_words(name):
    """Tags, attributes and values the .docx and web-page readers act on."""
    if name == "docx":
        tags = ["w:p", "w:r", "w:t", "w:tab", "w:br", "w:cr", "w:tbl", "w:tr", "w:tc", "w:del",
                "w:delText", "w:instrText", "w:drawing", "w:hyperlink", "w:sdt", "w:sdtContent",
                "w:noBreakHyphen", "mc:AlternateContent", "mc:Choice", "mc:Fallback"]
        words = ['xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
                 'xml:space="preserve"', "<?xml version=\"1.0\"?>", "<!DOCTYPE", "<!ENTITY",
                 "&amp;", "&#x4E00;", "<![CDATA["]
    else:
        tags = ["html", "head", "body", "meta", "p", "div", "br", "li", "ul", "table", "tr",
                "td", "th", "pre", "script", "style", "nav", "footer", "h2", "span", "a"]
        words = ['charset="gb2312"', "charset=utf-8", 'class="nav"', 'id="footer"',
                 'style="display:none"', "hidden", 'aria-hidden="true"', 'role="navigation"',
                 "<!DOCTYPE html>", "&nbsp;", "&#12288;", "<!--", "-->", "\ufeff"]
    out = set(words)
    for t in tags:
        out.update(["<%s>" % t, "</%s>" % t, "<%s " % t])
    return out | text_words()


def dict_entry(word):
    b = word.encode("utf-8") if isinstance(word, str) else word
    body = "".join(chr(c) if 32 <= c < 127 and c not in (34, 92) else "\\x%02X" % c for c in b)
    return '"%s"\n' % body


def dictionary(name, seeds):
    if name in ("extract", "parse", "words"):
        words = text_words()
        if name == "words":
            words |= json_words(seeds)
    elif name == "corrections":
        words = csv_words()
    elif name in ("docx", "html"):
        words = markup_words(name)
    else:
        words = json_words(seeds)
    return "".join(dict_entry(w) for w in sorted(words))


# ---- running ---------------------------------------------------------------

def prepare(work, name):
    seeds = [s for s in SEEDS[name]() if 0 < len(s) <= TARGETS[name][0]]
    sdir = os.path.join(work, "seeds", name)
    shutil.rmtree(sdir, ignore_errors=True)
    os.makedirs(sdir)
    for i, s in enumerate(seeds):
        with open(os.path.join(sdir, "%04d" % i), "wb") as f:
            f.write(s)
    dpath = os.path.join(work, "dicts", name + ".dict")
    with open(dpath, "w") as f:
        f.write(dictionary(name, seeds))
    return sdir, dpath, len(seeds)


def run(build, work, name, seconds):
    max_len, timeout, rss, extra = TARGETS[name]
    exe = os.path.join(build, "tests", "fuzz", "fuzz_" + name)
    if not os.access(exe, os.X_OK):
        return False, "no %s (configure with -DDB_FUZZ=ON and build)" % exe
    sdir, dpath, nseeds = prepare(work, name)
    cdir = os.path.join(work, "corpus", name)
    os.makedirs(cdir, exist_ok=True)
    log = os.path.join(work, "logs", name + ".log")
    args = [exe, "-max_total_time=%d" % seconds, "-max_len=%d" % max_len,
            "-timeout=%d" % timeout, "-rss_limit_mb=%d" % rss, "-dict=" + dpath,
            "-artifact_prefix=" + os.path.join(work, "crashes", name + "-"),
            "-print_final_stats=1"] + extra + [cdir, sdir]
    env = dict(os.environ, TMPDIR=os.path.join(work, "tmp"),
               XDG_CACHE_HOME=os.path.join(build, "cache"))
    start = time.time()
    with open(log, "wb") as f:
        f.write((" ".join(args) + "\n").encode())
        f.flush()
        try:
            p = subprocess.run(args, stdout=f, stderr=subprocess.STDOUT, env=env,
                               timeout=seconds + 10 * timeout + 600)
            rc = p.returncode
        except subprocess.TimeoutExpired:
            rc = None
    took = time.time() - start
    text = read(log).decode("utf-8", "replace")
    stat = lambda k: (re.findall(r"stat::%s:\s*(\d+)" % k, text) or ["?"])[-1]
    cov = (re.findall(r"cov: (\d+)", text) or ["?"])[-1]
    if rc == 0:
        return True, "clean  %4.0f s  %9s execs  %6s exec/s  cov %s  corpus %d+%d seeds" % (
            took, stat("number_of_executed_units"), stat("average_exec_per_sec"), cov,
            len(os.listdir(cdir)), nseeds)
    found = re.findall(r"Test unit written to (\S+)", text)
    summary = re.findall(r"^(SUMMARY: .*|==\d+== ERROR: .*|.*runtime error: .*)$", text, re.M)
    what = summary[0] if summary else "exit %s" % ("timeout of the run" if rc is None else rc)
    return False, "FAIL   %s\n       input: %s\n       log:   %s" % (
        what.strip(), found[-1] if found else "(none written)", log)


def report_of(log, lines=40):
    """The sanitizer's or libFuzzer's report in a target's log: from its first
    ERROR, ALARM or deadly-signal line, at most `lines` lines."""
    try:
        text = read(log).decode("utf-8", "replace").splitlines()
    except OSError:
        return "       (no log)"
    start = next((i for i, l in enumerate(text)
                  if re.search(r"ERROR: |ALARM: |deadly signal|out-of-memory|runtime error: ", l)),
                 max(len(text) - lines, 0))
    return "\n".join("       " + l for l in text[start:start + lines])


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    build = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or list(TARGETS)
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        raise SystemExit("run.py: unknown target %s (%s)" % (" ".join(unknown), " ".join(TARGETS)))
    seconds = int(os.environ.get("FUZZ_SECONDS") or 60)
    work = os.path.join(build, "fuzz")
    for d in ("dicts", "logs", "crashes", "tmp", "corpus"):
        os.makedirs(os.path.join(work, d), exist_ok=True)
    failed = []
    for name in names:
        print("fuzz %-12s %d s ..." % (name, seconds), flush=True)
        ok, msg = run(build, work, name, seconds)
        if not ok:
            failed.append((name, msg))
        print("     %-12s %s" % (name, msg), flush=True)
    # CI keeps the tail of the output: the findings again, with their reports
    for name, msg in failed:
        print("\nfinding of %s: %s" % (name, msg))
        print(report_of(os.path.join(work, "logs", name + ".log")))
    print("%d/%d fuzz targets clean%s" % (len(names) - len(failed), len(names),
                                          "; not clean: " + " ".join(n for n, _ in failed)
                                          if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
