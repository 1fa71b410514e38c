#!/bin/sh
# `duibiao parse` on the phrase tables phrases*_number.tsv and
# phrases*_period.tsv (phrases_: the first set; phrases2_: a second set
# written by an acceptance tester): exact stdout for each phrase, exit 1
# with a message for phrases that hold no figure or period. Under make
# leakcheck (DB_LEAKCHECK), where each run is a valgrind process, every
# eighth phrase of each table is run: the same paths, an eighth of the
# processes.
DUIBIAO=${1:?usage: phrases.sh path/to/duibiao}
DIR=$(dirname "$0")
. "$DIR/../../cli/lib.sh"
TAB=$(printf '\t')

one() { # one WANT TEXT ARGS…: run parse ARGS…, compare with WANT ("-": exit 1)
	want=$1; text=$2; shift 2
	got=$("$DUIBIAO" parse "$@" 2>"$T/err"); rc=$?
	if [ "$want" = "-" ]; then
		if [ "$rc" -eq 1 ] && [ -z "$got" ] && grep -q "^duibiao: no " "$T/err"; then ok
		else bad "'$text': exit $rc, got $got, want nothing"; fi
		return
	fi
	if [ "$rc" -eq 0 ] && [ "$got" = "$want" ]; then ok
	else bad "'$text': exit $rc, got $got, want $want"; fi
}

n=0
sampled() { # skip all but every eighth phrase under DB_LEAKCHECK
	n=$((n + 1))
	[ -z "$DB_LEAKCHECK" ] || [ $((n % 8)) -eq 1 ]
}

for f in "$DIR"/phrases*_number.tsv; do
while IFS="$TAB" read -r text want; do
	case $text in ''|'#'*) continue ;; esac
	sampled || continue
	one "$want" "$text" --number "$text"
done <"$f"
done

for f in "$DIR"/phrases*_period.tsv; do
while IFS="$TAB" read -r text date use want; do
	case $text in ''|'#'*) continue ;; esac
	sampled || continue
	if [ "$use" = stock ]; then
		one "$want" "$text" --period "$text" --date "$date" --stock
	else
		one "$want" "$text" --period "$text" --date "$date"
	fi
done <"$f"
done

finish
