#!/usr/bin/env python3
"""copied.py - fails when a file of the repository repeats a real report.

    python3 tests/corpus/copied.py [--min N] [--min-words M] [--also DIR]...

Real reports (../shared/seeds and the dev texts of ../shared/corpus) are
read by the tests at run time and never copied into the repository: unit
cases, comments and docs use invented figures of the same form. This check
looks for a run of at least N characters (default 16: ideographs, digits,
Chinese punctuation, spaces ignored) that holds a digit, or of at least M
characters (default 20) that holds none (a quoted phrase: its words alone
are no stock phrase at that length), and appears in a real text, in every
text file under tests/, extract/, compare/, render/, core/, cli/, docs/ and
in the README. Held-out texts (tests/corpus/split.tsv) are not read: a
match would show their words.

Not counted:
- runs inside ALLOWED, words any report of the kind writes (a plan
  report's title, a stock phrase of a target list), and runs the
  contract (../shared/DESIGN.md) uses as its own examples;
- FIXTURES: records of the five sample reports, whose `text` field is the
  source sentence by the records contract (tests/compare, tests/core/data,
  tests/render/data) and the extract golden files of those reports
  (tests/extract/golden), and the corpus gold with its review log, whose
  labels are the texts' own (and which hold held-out rows);
- examples/, which ships the sample reports the demo reads;
- a run without a digit whose phrase (up to the digits or punctuation
  around it) is names of the catalog (extract/catalog.json) joined by
  、和及与 but for six characters at most (规上工业增加值、固定资产投资、…
  分别增长): a list of indicators any report may name in that order.

--also DIR adds every .txt under DIR to the real texts: the probe sets of a
round (kept outside the repository), so that their wording cannot slip into
unit cases either.

Exit status: 0, 1 when a file repeats a real text, 77 when ../shared is
absent (ctest: skipped). Run from the project's root (ctest does)."""
import os
import re
import sys

ROOTS = ("tests", "extract", "compare", "render", "core", "cli", "docs")
FILES = ("README.md",)
SUFFIXES = (".c", ".h", ".md", ".txt", ".csv", ".json", ".sh", ".py", ".cmake")
FIXTURES = ("tests/compare/", "tests/core/data/", "tests/render/data/", "tests/extract/golden/",
            "tests/corpus/gold/", "tests/corpus/REVIEW.md")
ALLOWED = ("国民经济和社会发展", "计划执行情况与", "营商环境评价中", "规模以上工业企业增加值",
           "调查失业率控制在", "一般公共预算收入增长", "新增高新技术企业", "固定资产投资增长", "地区生产总值增长",
           "规模以上工业增加值增长", "规模以上工业增加值同比增长",
           "居民人均可支配收入", "经济社会发展的主要预期目标", "社会消费品零售总额增长",
           "生产总值及其增长速度", "居民消费价格比上年涨跌幅度", "居民消费价格指数（以上年同期为100）", "居民消费价格比上年上涨", "增加值占地区生产总值比重为",
           "按可比价格计算，比上年增长", "按常住人口计算，全年人均地区生产总值", "按可比价格计算",
           "按不变价格计算", "两年平均增长", "比上年末提高", "各位代表：现在，我代表",
           "人民政府向大会报告工作", "一般公共服务、教育、科学技术、社会保障和就业",
           "增加值占规模以上工业增加值的比重", "高技术制造业、装备制造业增加值",
           "坚持稳中求进工作总基调")
PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})


def norm(s):
    return re.sub(r"\s", "", s).translate(PUNCT)


def real_texts(shared):
    out = {}
    seeds = os.path.join(shared, "seeds")
    corpus = os.path.join(shared, "corpus")
    held = set()
    with open(os.path.join("tests", "corpus", "split.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, which = line.split("\t")[:2]
                if which.strip() == "heldout":
                    held.add(name)
    for d in (seeds, corpus):
        for name in sorted(os.listdir(d)):
            if name.endswith(".txt") and name not in held:
                with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                    out[name] = norm(f.read())
    return out


def catalog_names():
    import json
    names = set()
    with open(os.path.join("extract", "catalog.json"), encoding="utf-8") as f:
        for m in json.load(f)["metrics"]:
            names.add(m["name"])
            names.update(m.get("aliases", ()))
    return sorted(names, key=len, reverse=True)


def phrase(s, i, j):
    """s[i:j] widened to the digits or punctuation around it (、 aside)."""
    stop = re.compile(r"[0-9.%，；：（）“”]")
    while i > 0 and not stop.match(s[i - 1]):
        i -= 1
    while j < len(s) and not stop.match(s[j]):
        j += 1
    return s[i:j]


def only_names(sub, names):
    for a in names:
        sub = sub.replace(a, "")
    return len(re.sub(r"[、和及与]", "", sub)) <= 6


def main(argv):
    n = int(argv[argv.index("--min") + 1]) if "--min" in argv else 16
    nw = int(argv[argv.index("--min-words") + 1]) if "--min-words" in argv else 20
    shared = os.path.join("..", "shared")
    if not os.path.isdir(os.path.join(shared, "corpus")):
        print("copied: no ../shared (a clone without the corpus): skipped")
        return 77
    texts = real_texts(shared)
    catalog = catalog_names()
    for k, arg in enumerate(argv):
        if arg == "--also" and k + 1 < len(argv):
            for d, _, names in os.walk(argv[k + 1]):
                for name in sorted(x for x in names if x.endswith(".txt")):
                    with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                        texts[os.path.join(d, name)] = norm(f.read())
    with open(os.path.join(shared, "DESIGN.md"), encoding="utf-8") as f:
        contract = norm(f.read())  # (its examples are the contract's)
    run = re.compile(r"[\u4e00-\u9fff0-9.%，、；：（）“”]{" + str(min(n, nw)) + ",}")
    paths = list(FILES)
    for root in ROOTS:
        for d, _, names in os.walk(root):
            paths += [os.path.join(d, x) for x in sorted(names) if x.endswith(SUFFIXES)]
    hits = 0
    for path in sorted(paths):
        if path.startswith(FIXTURES):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        for i, line in enumerate(lines, 1):
            masked = norm(line)
            for a in ALLOWED:
                masked = masked.replace(a, "|")
            for m in run.finditer(masked):
                found = None
                s = m.group(0)
                for j in range(len(s) - min(n, nw) + 1):
                    sub = s[j:j + n]
                    words = len(sub) < n or not re.search(r"\d", sub)
                    if words:
                        sub = s[j:j + nw]
                        if len(sub) < nw or re.search(r"\d", sub):
                            continue
                    if sub in contract:
                        continue
                    found = next((name for name, t in texts.items() if sub in t), None)
                    # (a list of names is asked about only once it repeats a
                    # text: stripping every alias is the costly test)
                    if found and words and only_names(phrase(s, j, j + nw), catalog):
                        found = None
                        continue
                    if found:
                        print("%s:%d: repeats %s: %s" % (path, i, found, sub))
                        hits += 1
                        break
                if found:
                    break
    print("copied: %d line(s) repeat a real report (runs of %d characters with a digit, %d without)"
          % (hits, n, nw))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
