#!/bin/sh
# search.sh - the search index's budgets at 1,000, 10,000 and 100,000 items (issue 19):
#   - a search page is ready after at most 60 kB of index (the manifest);
#   - a typical two-word query loads at most 150 kB more (shards and result fragments);
#   - making and writing the index costs at most 10 % of the build's time;
#   - the search page and every browse page (the pages without JavaScript) stay under 100 kB.
# Bytes are counted by a real browser (tests/bench/search_bytes.js: Chromium, file://). Time
# is CPU time, since six builds share these cores and wall time measures them all: the
# index's own thread CPU time (the generator's --timings) against the whole build's user and
# system time (/usr/bin/time); the wall time is shown beside it. Synthetic content comes from gen_content.py
# (cached in build/bench/content-N as site.sh does); sites are built into /dev/shm.
#
# Environment: BENCH_SIZES (default "1000 10000 100000"), PLANSITE (default build/plansite).
# Prints one row per size and the verdicts; exit status 1 if a budget is missed or a step
# fails.
set -u
cd "$(dirname "$0")/../.."
SIZES=${BENCH_SIZES:-"1000 10000 100000"}
PLANSITE=${PLANSITE:-build/plansite}
WORK=build/bench
OUT=/dev/shm/plansite-search-bench.$$
[ -x "$PLANSITE" ] || { echo "search.sh: $PLANSITE not built (run make)" >&2; exit 1; }
if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ]; then # the Debian package `time`, as site.sh
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1
fi
[ -x /usr/bin/time ] || { echo "search.sh: needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }
[ -d tests/browser/node_modules/playwright-core ] ||
	(cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null 2>&1)
[ -x /usr/bin/chromium ] && [ -d tests/browser/node_modules/playwright-core ] ||
	{ echo "search.sh: needs /usr/bin/chromium and playwright-core (sh tests/tools/deps.sh test)" >&2; exit 1; }
mkdir -p "$WORK"
trap 'rm -rf "$OUT"' EXIT INT TERM
# Two-word queries over the synthetic vocabulary: frequent, rarer, and one misspelt word.
QUERIES="housing support|apprenticeships employment|recycling waste|libraries leisure|hosuing support"
status=0
printf '%8s %7s %8s %8s %6s %9s %9s %9s  %s\n' items wall_s build_cpu index_cpu index% ready_kB query_kB worst_kB verdict
for n in $SIZES; do
	content=$WORK/content-$n
	if [ ! -f "$content/.complete" ] || [ tests/bench/gen_content.py -nt "$content/.complete" ]; then
		rm -rf "$content"
		python3 tests/bench/gen_content.py "$n" "$content" >/dev/null || { echo "search.sh: gen_content.py $n failed" >&2; exit 1; }
		touch "$content/.complete"
	fi
	rm -rf "$OUT"
	mkdir -p "$OUT"
	if ! /usr/bin/time -f "cpu %U %S" "$PLANSITE" build --content "$content" --out "$OUT/site" --timings >"$OUT/log" 2>&1; then
		tail -n 5 "$OUT/log"
		echo "search.sh: the build of $n items failed" >&2
		status=1
		continue
	fi
	wall_s=$(sed -nE 's/^plansite: wrote .* in ([0-9.]+)s$/\1/p' "$OUT/log")
	build_s=$(awk '$1 == "cpu" {printf "%.2f", $2 + $3}' "$OUT/log")
	index_s=$(sed -nE 's/.*of which the search index ([0-9.]+)s of CPU.*/\1/p' "$OUT/log")
	old_ifs=$IFS
	IFS='|'
	set -- $QUERIES
	IFS=$old_ifs
	if ! node tests/bench/search_bytes.js "$OUT/site" "$@" >"$OUT/bytes" 2>"$OUT/err"; then
		tail -n 5 "$OUT/err"
		echo "search.sh: the browser run at $n items failed" >&2
		status=1
		continue
	fi
	ready=$(awk '$1 == "ready" {print $2}' "$OUT/bytes")
	page=$(find "$OUT/site/search" -name index.html -exec stat -c %s {} + | sort -n | tail -n 1)
	typical=$(awk '$1 == "query" && $5 == "housing" {print $2}' "$OUT/bytes")
	worst=$(awk '$1 == "query" && $2 > m {m = $2} END {print m + 0}' "$OUT/bytes")
	verdict=$(awk -v r="$ready" -v w="$worst" -v b="$build_s" -v i="$index_s" -v p="$page" 'BEGIN {
		v = "ok"
		if (r > 60000) v = "READY OVER 60 kB"
		if (w > 150000) v = v == "ok" ? "QUERY OVER 150 kB" : v ", QUERY OVER 150 kB"
		if (b > 0 && i / b > 0.10) v = v == "ok" ? "INDEX OVER 10 %" : v ", INDEX OVER 10 %"
		if (p >= 100000) v = v == "ok" ? "PAGE OVER 100 kB" : v ", PAGE OVER 100 kB"
		print v }')
	printf '%8s %7s %8s %8s %6s %9.1f %9.1f %9.1f  %s\n' "$n" "$wall_s" "$build_s" "$index_s" \
		"$(awk -v b="$build_s" -v i="$index_s" 'BEGIN {printf "%.1f", (b > 0 ? 100 * i / b : 0)}')" \
		"$(echo "$ready / 1000" | bc -l)" "$(echo "${typical:-0} / 1000" | bc -l)" "$(echo "$worst / 1000" | bc -l)" "$verdict"
	sed 's/^/    /' "$OUT/bytes"
	echo "    largest search or browse page $page bytes"
	[ "$verdict" = ok ] || status=1
done
exit $status
