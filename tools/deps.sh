#!/bin/sh
# Install the Debian packages duibiao needs to build, test and render, only
# those that are missing. Usage: tools/deps.sh [build|test|leakcheck|fuzz]
set -eu
# poppler-glib, libxml2 and libzip: the PDF, .docx and web-page readers;
# PCRE2: the catalog's patterns; libdeflate: the PNGs' compression; gettext: msgfmt
# compiles the Chinese messages (po/), xgettext and msgmerge update them
pkgs="pkg-config libcairo2-dev libpango1.0-dev libcjson-dev libpcre2-dev libdeflate-dev fonts-noto-cjk libpoppler-glib-dev libxml2-dev libzip-dev gettext"
if [ "${1:-build}" = test ]; then
  # pdftotext/pdffonts/pdftoppm check PDFs; python3 parses SVG; valgrind
  # counts the instructions of the scaling test (tests/bad-inputs/scaling.py);
  # python3-jsonschema checks every output against docs/schema (tests/schema)
  pkgs="$pkgs poppler-utils python3 python3-jsonschema valgrind"
fi
if [ "${1:-build}" = leakcheck ]; then
  pkgs="$pkgs poppler-utils python3 python3-jsonschema valgrind"
fi
if [ "${1:-build}" = fuzz ]; then
  # clang with libFuzzer and the sanitizer runtimes (libclang-rt-dev is only
  # recommended by clang), llvm-symbolizer for readable reports, python3
  # for tests/fuzz/run.py
  pkgs="$pkgs clang libclang-rt-dev llvm python3"
fi
missing=""
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing" >&2
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "deps: missing Debian packages:$missing (run as root or install them)" >&2; exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
