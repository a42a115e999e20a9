#!/bin/sh
# perf/suite.sh - the guard against quadratic work: builds synthetic content of 2,000 and
# 8,000 items (tests/bench/gen_content.py) and fails if the build's CPU time (user + system,
# the best of 3 runs, which a busy shared machine disturbs far less than wall time) grows
# more than 6 times for 4 times the items. Also checks that the generated content passes
# `plansite check`, and that one and two threads write byte-identical sites.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
PLANSITE=$BUILD/plansite
WORK=build/perf
SMALL=2000
LARGE=8000
LIMIT=6
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAILED: $1"; }

# Output goes to RAM when there is a /dev/shm, so the disk does not dominate the numbers.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then out=$(mktemp -d /dev/shm/plansite-perf.XXXXXX); else out=$(mktemp -d "$WORK.XXXXXX"); fi
trap 'rm -rf "$out"' EXIT INT TERM
mkdir -p "$WORK"

# The CPU seconds (user + system) of the best of 3 builds of content $1.
cpu() {
	python3 - "$PLANSITE" "$1" "$out/site" <<'PY'
import os, resource, shutil, subprocess, sys
plansite, content, site = sys.argv[1:4]
best = None
for _ in range(3):
    shutil.rmtree(site, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run([plansite, "build", "--content", content, "--out", site],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        print("failed")
        sys.exit(0)
    t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    best = t if best is None or t < best else best
shutil.rmtree(site, ignore_errors=True)
print("%.3f" % best)
PY
}

for n in $SMALL $LARGE; do
	c=$WORK/content-$n
	if [ ! -f "$c/.stamp" ] || [ tests/bench/gen_content.py -nt "$c/.stamp" ]; then
		rm -rf "$c"
		python3 tests/bench/gen_content.py "$n" "$c" >/dev/null && touch "$c/.stamp"
	fi
	if "$PLANSITE" check --strict --content "$c" >"$out/check.log" 2>&1; then
		ok "synthetic content of $n items passes plansite check --strict"
	else
		tail -n 20 "$out/check.log"
		bad "synthetic content of $n items passes plansite check --strict"
	fi
done

# One thread and two threads: the same bytes.
if "$PLANSITE" build --content "$WORK/content-$SMALL" --out "$out/j1" --jobs 1 >/dev/null 2>&1 &&
	"$PLANSITE" build --content "$WORK/content-$SMALL" --out "$out/j2" --jobs 2 >/dev/null 2>&1 &&
	diff -r "$out/j1" "$out/j2" >"$out/diff.log" 2>&1; then
	ok "--jobs 1 and --jobs 2 write byte-identical sites ($SMALL items)"
else
	head -n 20 "$out/diff.log"
	bad "--jobs 1 and --jobs 2 write byte-identical sites ($SMALL items)"
fi
rm -rf "$out/j1" "$out/j2"

small=$(cpu "$WORK/content-$SMALL")
large=$(cpu "$WORK/content-$LARGE")
echo "CPU time (user + system, best of 3): $SMALL items ${small}s, $LARGE items ${large}s"
if [ "$small" = failed ] || [ "$large" = failed ]; then
	bad "synthetic content builds"
elif awk -v s="$small" -v l="$large" -v lim="$LIMIT" 'BEGIN { exit !(l <= s * lim) }'; then
	ok "4x the items costs $(awk -v s="$small" -v l="$large" 'BEGIN { printf "%.1f", l / s }')x the time (limit ${LIMIT}x)"
else
	bad "4x the items costs $(awk -v s="$small" -v l="$large" 'BEGIN { printf "%.1f", l / s }')x the time (limit ${LIMIT}x): something is quadratic"
fi
# A measure's history: 3,000 and 12,000 periods of back data (distinct months, all before the
# plan's first report), the same 4x limit: the history anchors were once quadratic.
history_content() { # periods folder
	rm -rf "$2"
	cp -R tests/content/valid "$2"
	python3 - "$1" "$2/plans/2019-22/measures/long-history.yaml" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
lines = ["measures:", "  - id: long-history", "    title: A measure with a long history",
         '    outcome: "1"', "    unit: count", "    polarity: higher-is-better", "    history:"]
first = 2019 * 12 - n  # months counted from year 0; the last one is December 2018
for i in range(n):
    month = first + i
    period = "%04d-%02d" % (month // 12, month % 12 + 1)
    lines.append("      - {period: '%s', actual: %d, target: 10}" % (period, i % 50))
open(path, "w").write("\n".join(lines) + "\n")
PY
}
HSMALL=3000
HLARGE=12000
history_content $HSMALL "$out/history-$HSMALL"
history_content $HLARGE "$out/history-$HLARGE"
hsmall=$(cpu "$out/history-$HSMALL")
hlarge=$(cpu "$out/history-$HLARGE")
echo "CPU time (best of 3): one measure of $HSMALL periods ${hsmall}s, of $HLARGE periods ${hlarge}s"
if [ "$hsmall" = failed ] || [ "$hlarge" = failed ]; then
	bad "content with a $HLARGE-period history builds"
elif awk -v s="$hsmall" -v l="$hlarge" -v lim="$LIMIT" 'BEGIN { exit !(l <= s * lim) }'; then
	ok "4x the history periods costs $(awk -v s="$hsmall" -v l="$hlarge" 'BEGIN { printf "%.1f", l / s }')x the time (limit ${LIMIT}x)"
else
	bad "4x the history periods costs $(awk -v s="$hsmall" -v l="$hlarge" 'BEGIN { printf "%.1f", l / s }')x the time (limit ${LIMIT}x): something is quadratic"
fi
rm -rf "$out/history-$HSMALL" "$out/history-$HLARGE"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
