#!/usr/bin/env python3
"""Reports as they arrive give the records their plain text gives.

    agree.py DUIBIAO TYPESET [CORPUS]

For real reports of ../shared/corpus (read in place; the documents are made
in a temporary folder and never kept), extract from the plain text, then
from the same text typeset as PDF (TYPESET: ≥ 2 pages, a running header,
page numbers, a paragraph over a page break, tables), written as .docx, as a
UTF-8 web page and as a GB18030 web page declared GB2312. Each must give the
same records, compared as a multiset of (metric, measure, period, value,
unit, status). A PDF's records name their page; every document names its
format; -M lists the report read. Exit 77 (skipped) without the corpus.
"""
import collections, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs  # noqa: E402

# Dev-split reports (tests/corpus/split.tsv) of every kind, three with
# tables flattened with | (only 22 has them). The held-out split is never read here.
FILES = ["01_pingyin_2019_gwr", "02_dongbao_2019_gwr", "05_erdaojiang_2022_gwr",
         "11_cangwu_2024_gwr", "14_hebei_2019_targets", "19_wangjiang_2022_bulletin",
         "20_hengyangxian_2022_bulletin", "22_ningyuan_2023_bulletin",
         "23_zhejiang_2023_bulletin", "28_hebi_2022_news", "35_xiangzhou_2020_plan",
         "37_hanbin_2021_plan", "44_yunnan_2020_evaluation"]
KEY = ("metric", "measure", "period", "value", "unit", "status")


def extract(db, path, meta, extra=()):
    args = [db, "extract", "--quiet", "--entity", meta["entity"], "--date", meta["date"]]
    for k in ("level", "province", "kind"):
        if meta.get(k):
            args += ["--" + k, meta[k]]
    out = None
    if "-M" in extra:   # a depfile names the -o file as its target
        out = extra[list(extra).index("-M") + 1] + ".json"
        extra = list(extra) + ["-o", out]
    p = subprocess.run(args + list(extra) + [path], capture_output=True)
    if p.returncode != 0:
        raise RuntimeError(f"{path}: exit {p.returncode}: {p.stderr.decode(errors='replace')}")
    if out:
        with open(out, encoding="utf-8") as f:
            return json.load(f)
    return json.loads(p.stdout)


def tuples(doc):
    return collections.Counter(tuple(json.dumps(r.get(k), ensure_ascii=False) for k in KEY)
                               for r in doc["records"])


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    db, typeset = sys.argv[1], sys.argv[2]
    corpus = sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, "..", "..", "..", "shared",
                                                                "corpus")
    if not os.path.isfile(os.path.join(corpus, "manifest.json")):
        print(f"skipped: no corpus at {corpus}")
        return 77
    manifest = {d["file"]: d for d in json.load(open(os.path.join(corpus, "manifest.json"),
                                                     encoding="utf-8"))["documents"]}
    work = tempfile.mkdtemp(prefix="formats-")
    problems = []
    totals = collections.defaultdict(lambda: [0, 0])   # format: [agreeing, plain records]
    for stem in FILES:
        path = os.path.join(corpus, stem + ".txt")
        meta = manifest[stem + ".txt"]
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8-sig")
        plain = tuples(extract(db, path, meta))
        made = {}
        pdf = os.path.join(work, stem + ".pdf")
        src = os.path.join(work, stem + ".typeset.txt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(docs.logical(text))
        out = subprocess.run([typeset, src, pdf], capture_output=True, text=True)
        if out.returncode != 0:
            problems.append(f"{stem}: typeset failed: {out.stderr}")
            continue
        stats = dict(zip(out.stdout.split()[::2], map(int, out.stdout.split()[1::2])))
        if stats["pages"] < 2 or stats["split"] < 1:
            problems.append(f"{stem}: the PDF has {stats['pages']} pages, "
                            f"{stats['split']} paragraphs over a page break")
        made["pdf"] = pdf
        for name, data in (("docx", docs.docx(text)), ("html", docs.html(text)),
                           ("html-gbk", docs.html(text, "gb2312"))):
            # no telling suffix: the format is found from the bytes
            made[name] = os.path.join(work, f"{stem}-{name}.report")
            with open(made[name], "wb") as f:
                f.write(data)
        for name, doc_path in made.items():
            dep = os.path.join(work, f"{stem}-{name}.d")
            try:
                doc = extract(db, doc_path, meta, ["-M", dep])
            except RuntimeError as e:
                problems.append(str(e))
                continue
            fmt = name.split("-")[0]
            if doc["document"].get("format") != fmt:
                problems.append(f"{stem} {name}: document.format is "
                                f"{doc['document'].get('format')!r}")
            if name == "html-gbk" and doc["document"].get("encoding") != "gb18030":
                problems.append(f"{stem} {name}: encoding {doc['document'].get('encoding')!r}")
            if doc_path not in open(dep, encoding="utf-8").read():
                problems.append(f"{stem} {name}: -M does not list the report")
            pages = [r["source"].get("page") for r in doc["records"]]
            if fmt == "pdf" and not all(isinstance(p, int) and 1 <= p <= stats["pages"]
                                        for p in pages):
                problems.append(f"{stem} pdf: source.page missing or out of range: {pages}")
            if fmt != "pdf" and any(p is not None for p in pages):
                problems.append(f"{stem} {name}: source.page on an unpaged report")
            got = tuples(doc)
            same = sum((got & plain).values())
            totals[name][0] += same
            totals[name][1] += sum(plain.values())
            if got != plain:
                missing = list((plain - got).elements())
                extra = list((got - plain).elements())
                problems.append(f"{stem} {name}: {len(missing)} records missing, {len(extra)} "
                                f"extra\n       missing: {missing[:6]}\n       extra:   {extra[:6]}")
    for name, (same, total) in totals.items():
        print(f"{name:9} {same}/{total} records as from the plain text")
    for p in problems:
        print("FAIL " + p)
    if not problems:
        subprocess.run(["rm", "-rf", work])
    else:
        print(f"documents kept in {work}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
