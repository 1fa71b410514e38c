#!/bin/sh
# extract_same.sh - run `duibiao extract` over every report the project and
# ../shared hold (manifests as JSON, CSV and --unkeyed; loose test inputs;
# a large concatenation) and save the output, or compare it with a saved run.
# A speed change to the extractor must leave every byte as it was:
#
#   bench/extract_same.sh save  build-ref/duibiao /tmp/ref
#   bench/extract_same.sh check build/duibiao     /tmp/ref
#
# Run both from the same checkout: the records name their files by path.
# The program has to be where it was built or installed (its reader modules
# lie beside it); one copied elsewhere is refused.
set -u
mode=$1 prog=$(realpath "$2") ref=$(realpath -m "$3")
src=$(cd "$(dirname "$0")/.." && pwd)
shared=$src/../shared
case $mode in save) out=$ref ;; check) out=$(mktemp -d) ;;
*) echo "usage: $0 save|check DUIBIAO DIR" >&2; exit 2 ;; esac
mkdir -p "$out"

# one run: NAME then the extract arguments; keeps stdout, stderr, exit code
run() {
	name=$1; shift
	"$prog" extract "$@" >"$out/$name.out" 2>"$out/$name.err"
	echo $? >"$out/$name.rc"
}

n=0
for m in "$src/examples/manifest.json" "$src/tests/extract/bulletins/manifest.json" \
	 "$shared/seeds/manifest.json" "$shared/corpus/manifest.json"; do
	[ -f "$m" ] || continue
	n=$((n + 1))
	mkdir -p "$out/m$n.json" "$out/m$n.csv" "$out/m$n.unk"
	run "m$n-json" --manifest "$m" -o "$out/m$n.json/"
	run "m$n-csv" --manifest "$m" --format csv -o "$out/m$n.csv/"
	run "m$n-unk" --manifest "$m" --unkeyed --format csv --csv-plain -o "$out/m$n.unk/"
done
for f in "$src"/tests/bad-inputs/*.txt "$src"/tests/bad-inputs/*.html \
	 "$src"/tests/bad-inputs/*.pdf "$src"/tests/bad-inputs/*.docx \
	 "$src"/tests/extract/readers/*.txt; do
	b=$(basename "$f")
	run "f-$b" --entity 某市 --date 2022-05-01 "$f"
	run "f-$b-csv" --entity 某市 --date 2022-05-01 --format csv "$f"
done

# the large input of the extract benchmark: every report repeated
# (by a relative name, which the records and warnings repeat)
for i in $(seq 20); do
	cat "$shared"/corpus/*.txt "$src"/examples/*.txt "$src"/tests/extract/bulletins/*.txt 2>/dev/null
done >"$out/big.txt"
(cd "$out" && run big --entity 某市 --date 2022-05-01 big.txt &&
 run big-csv --entity 某市 --date 2022-05-01 --format csv big.txt)
rm -f "$out/big.txt"

# a program copied out of its build or installation finds no reader
# modules: every PDF, Word and web page would fail alike in both runs
if grep -l 'cannot load' "$out"/*.err >/dev/null 2>&1; then
	grep -h 'cannot load' "$out"/*.err | sort -u | head -3 >&2
	echo "extract_same: $prog cannot load its modules; run it where it was built or installed" >&2
	exit 2
fi

if [ "$mode" = check ]; then
	# the records name their files by path; the paths are the same
	if diff -r -q "$ref" "$out" >/dev/null; then
		echo "extract_same: identical ($(find "$out" -type f | wc -l) files)"
		rm -rf "$out"
	else
		diff -r -q "$ref" "$out" | head -20
		echo "extract_same: DIFFERENT (kept in $out)"
		exit 1
	fi
fi
