#!/bin/sh
# Signals during a write (issue 12): SIGTERM, SIGINT, SIGHUP while an output's
# temporary file exists, and SIGXFSZ in the middle of a large write, leave no
# "*.tmpXXXXXX" behind and the old output untouched; the process still dies
# of the signal. A signal while render -o - draws leaves no temporary folder. A stale temporary of a killed run is never touched.
DB=$1
. "$(dirname "$0")/lib.sh"

R=tests/bad-inputs
mkdir "$T/o"
no_temp() { [ -z "$(ls "$T/o" | grep '\.tmp')" ]; }

# compare opens its output (the temporary) before it reads --overrides; a
# FIFO there holds it with the temporary open until the signal comes.
for s in TERM:15 INT:2 HUP:1; do
	sig=${s%:*} num=${s#*:}
	printf 'OLD\n' > "$T/o/t.json"
	rm -f "$T/fifo"; mkfifo "$T/fifo"
	# a shell starts background jobs with SIGINT ignored: undo that for INT
	env --default-signal=INT "$DB" compare $R/records-jia.json $R/records-yi.json \
		--overrides "$T/fifo" -o "$T/o/t.json" 2>"$T/err" &
	pid=$!
	n=0
	while no_temp && [ $n -lt 3000 ]; do sleep 0.01; n=$((n + 1)); done
	check '! no_temp' "SIG$sig: the temporary exists before the signal"
	kill -$sig $pid
	wait $pid; rc=$?
	check "[ $rc -eq $((128 + num)) ]" "SIG$sig: the process dies of the signal (rc $rc)"
	check no_temp "SIG$sig: no temporary left"
	check '[ "$(cat "$T/o/t.json")" = OLD ]' "SIG$sig: the old output is untouched"
done

# A large write past the file size limit: SIGXFSZ (25 on Linux) in the
# middle of write(2).
awk 'BEGIN { for (i = 1; i <= 20000; i++)
	printf "第%d项：全县地区生产总值%d.5亿元，同比增长%d.1%%。\n", i, 100 + i % 900, i % 9 }' \
	> "$T/big.txt"
printf 'OLD\n' > "$T/o/big.json"
(ulimit -f 2048; exec "$DB" extract --quiet --entity 某县 --date 2023-03-01 "$T/big.txt" \
	-o "$T/o/big.json") 2>"$T/err"
rc=$?
check "[ $rc -eq $((128 + 25)) ]" "SIGXFSZ: the process dies of the signal (rc $rc)"
check no_temp "SIGXFSZ: no temporary left"
check '[ "$(cat "$T/o/big.json")" = OLD ]' "SIGXFSZ: the old output is untouched"
expect 0 "$DB" extract --quiet --entity 某县 --date 2023-03-01 "$T/big.txt" -o "$T/o/big.json"
check '[ $(wc -c < "$T/o/big.json") -gt 2097152 ]' "the write was large (over the limit)"

# extract -o DIR/ keeps each report's output as a closed temporary until
# every report is done; a signal while it waits for the 71st report, a
# FIFO, removes all 71 (the 71st's is made before its report is read; the
# signal table holds them in chunks of 64, and once held 32 in all).
mkdir "$T/in71" "$T/out71"
for i in $(seq 10 79); do
	printf '全县地区生产总值%d.5亿元，同比增长%d.1%%。\n' $((i * 3)) $((i % 9)) > "$T/in71/r$i.txt"
done
mkfifo "$T/in71/r80.txt"
printf 'OLD\n' > "$T/out71/r10.json"
"$DB" extract --quiet --entity 某县 --date 2023-03-01 "$T"/in71/r*.txt -o "$T/out71/" 2>"$T/err" &
pid=$!
n=0
while [ "$(ls "$T/out71" | grep -c '\.tmp')" -lt 71 ] && [ $n -lt 3000 ]; do sleep 0.01; n=$((n + 1)); done
check '[ "$(ls "$T/out71" | grep -c "\.tmp")" -eq 71 ]' "extract -o DIR/: 71 temporaries before the signal"
kill -TERM $pid
wait $pid; rc=$?
check "[ $rc -eq 143 ]" "extract -o DIR/: the process dies of SIGTERM (rc $rc)"
check '[ "$(ls "$T/out71")" = r10.json ] && [ "$(cat "$T/out71/r10.json")" = OLD ]' "extract -o DIR/: no temporary left, the old output untouched"

# render -o - draws into a private folder of TMPDIR before it writes
# stdout: a signal while it draws (a ranking table of 3000 rows) removes the
# folder and what is in it.
awk 'BEGIN { printf "{\"schema\":\"duibiao.tables/1\",\"tables\":[{\"key\":\"gdp:level:2022\",\"metric\":\"gdp\",\"name\":\"地区生产总值\",\"measure\":\"level\",\"basis\":null,\"period\":\"2022\",\"status\":\"actual\",\"unit\":\"亿元\",\"better\":\"higher\",\"flags\":[],\"rows\":["
	for (i = 1; i <= 3000; i++)
		printf "%s{\"entity\":\"第%d县\",\"level\":\"county\",\"value\":%d,\"qualifier\":\"exact\",\"raw\":\"%d亿元\",\"rank\":%d,\"stated_ranks\":[],\"sources\":[]}", (i > 1 ? "," : ""), i, 5000 - i, 5000 - i, i
	printf "],\"conflicts\":[],\"corrections\":[]}]}\n" }' > "$T/rows.json"
mkdir "$T/tmp"
env TMPDIR="$T/tmp" "$DB" render - --table gdp:level:2022 --chart table -o - --format pdf \
	< "$T/rows.json" > "$T/rows.pdf" 2>"$T/err" &
pid=$!
n=0
while [ -z "$(ls "$T/tmp")" ] && [ $n -lt 3000 ]; do sleep 0.01; n=$((n + 1)); done
check '[ -n "$(ls "$T/tmp")" ]' "render -o -: its temporary folder exists before the signal"
kill -TERM $pid
wait $pid; rc=$?
check "[ $rc -eq 143 ]" "render -o -: the process dies of SIGTERM (rc $rc)"
check '[ -z "$(ls "$T/tmp")" ]' "render -o -: no temporary folder left"
env TMPDIR="$T/tmp" "$DB" render - --table gdp:level:2022 --chart table -o - --format pdf \
	< "$T/rows.json" > "$T/rows.pdf" 2>"$T/err"
check '[ -s "$T/rows.pdf" ] && [ -z "$(ls "$T/tmp")" ]' "render -o -: a whole run leaves nothing in TMPDIR"

# A stale temporary of a run killed by SIGKILL is neither read nor removed.
printf 'stale\n' > "$T/o/t.json.tmpAbC123"
expect 0 "$DB" compare $R/records-jia.json $R/records-yi.json -o "$T/o/t.json"
check '[ "$(cat "$T/o/t.json.tmpAbC123")" = stale ]' "a stale temporary is left alone"
check 'grep -q duibiao.tables/1 "$T/o/t.json"' "the output is written beside it"

finish
