# Shared by the CLI test scripts: expect RC CMD… checks the exit code, and
# the counters end with the plain "N passed, N failed" line.
pass=0; fail=0
T=$(mktemp -d "${TMPDIR:-/tmp}/duibiao-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
ok()   { pass=$((pass + 1)); }
bad()  { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }
expect() { # expect RC cmd args…   (stdout → $T/out, stderr → $T/err)
	want=$1; shift
	"$@" >"$T/out" 2>"$T/err"; got=$?
	if [ "$got" -eq "$want" ]; then ok; else bad "exit $got (want $want): $*"; cat "$T/err" >&2; fi
}
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]; }
