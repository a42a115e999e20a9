#!/bin/sh
# serve.sh - `plansite serve`: time from saving a content file to the new page being served.
#
# For the default content and for synthetic content of each size (gen_content.py), it starts
# the server on a free port, then RUNS times: saves site.yaml with a new title the way an
# editor does (write beside it, rename over it), and measures until GET of the home page
# returns that title. Debounce, rebuild and swap are all inside the figure. Prints the median
# and the slowest run per content, and the median rebuild alone as the server reports it
# (the difference is the debounce, the swap and the request) and its CPU time (what it costs
# apart from waiting for a processor on a busy machine).
#
# Environment:
#   BENCH_SERVE_SIZES  synthetic sizes in items (default "10000")
#   BENCH_SERVE_RUNS   saves per content (default 5)
#   BENCH_SERVE_TMP    where the server builds (its TMPDIR; default /dev/shm when present,
#                      so the figure is the generator's, not the disk's)
#   PLANSITE           the generator (default build/plansite)
set -u
cd "$(dirname "$0")/../.."
SIZES=${BENCH_SERVE_SIZES:-10000}
RUNS=${BENCH_SERVE_RUNS:-5}
PLANSITE=${PLANSITE:-build/plansite}
WORK=build/bench
if [ -z "${BENCH_SERVE_TMP:-}" ]; then
	if [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_SERVE_TMP=/dev/shm; else BENCH_SERVE_TMP=${TMPDIR:-/tmp}; fi
fi
[ -x "$PLANSITE" ] || { echo "serve.sh: $PLANSITE not built (run make)" >&2; exit 1; }
mkdir -p "$WORK"
tmp=$(mktemp -d "$WORK/serve.XXXXXX")
pid=""
cleanup() {
	if [ -n "$pid" ]; then
		kill "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# measure NAME CONTENT: one row of the table.
measure() {
	name=$1
	rm -rf "$tmp/content"
	cp -R "$2" "$tmp/content"
	TMPDIR=$BENCH_SERVE_TMP "$PLANSITE" serve --content "$tmp/content" --port 0 >"$tmp/out" 2>"$tmp/err" &
	pid=$!
	url=""
	i=0
	while [ -z "$url" ] && [ $i -lt 6000 ] && kill -0 "$pid" 2>/dev/null; do
		sleep 0.1
		url=$(sed -n 's/^plansite: serving \(http[^ ]*\) .*/\1/p' "$tmp/out")
		i=$((i + 1))
	done
	if [ -z "$url" ]; then
		echo "serve.sh: the server did not start on $name:" >&2
		tail -n 20 "$tmp/err" >&2
		return 1
	fi
	first=$(sed -n 's/^plansite: built \([0-9]*\) pages in \([0-9.]*\)s .*/\1 pages, first build \2 s/p' "$tmp/out" | head -n 1)
	python3 - "$url" "$tmp/content/site.yaml" "$RUNS" "$name" "$first" <<'EOF' || return 1
import os, re, sys, time, urllib.request
url, site_yaml, runs, name, first = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
text = open(site_yaml, encoding="utf-8").read()
times = []
for run in range(runs):
    title = "Bench title %d %d" % (os.getpid(), run)
    new = re.sub(r"(?m)^title: .*$", "title: " + title, text, count=1)
    start = time.monotonic()
    with open(site_yaml + ".bench-save", "w", encoding="utf-8") as f:
        f.write(new)
    os.replace(site_yaml + ".bench-save", site_yaml)
    deadline = start + 600
    while True:
        with urllib.request.urlopen(url) as r:
            if title in r.read().decode("utf-8"):
                break
        if time.monotonic() > deadline:
            sys.exit("serve.sh: the edit was never served")
        time.sleep(0.002)
    times.append(time.monotonic() - start)
    time.sleep(0.3)  # let the old build's folder go before the next save
times.sort()
median = times[len(times) // 2]
print("%-16s %5d  %9.0f  %9.0f" % (name, runs, median * 1000, times[-1] * 1000), end="")
EOF
	kill -INT "$pid"
	wait "$pid"
	pid=""
	# The rebuilds' own times as the server reports them (the first line is the first build).
	median_ms() { tail -n +2 | sort -g | awk '{v[NR] = $1} END {if (NR) printf "%.0f", v[int((NR + 1) / 2)] * 1000}'; }
	rebuild=$(sed -n 's/^plansite: built [0-9]* pages in \([0-9.]*\)s .*/\1/p' "$tmp/out" | median_ms)
	cpu=$(sed -n 's/^plansite: built [0-9]* pages in [0-9.]*s (\([0-9.]*\)s of CPU)$/\1/p' "$tmp/out" | median_ms)
	printf '  %10s  %6s   %s\n' "${rebuild:-?}" "${cpu:-?}" "$first"
}

echo "time from saving site.yaml to the new home page being served (builds in $BENCH_SERVE_TMP)"
printf '%-16s %5s  %9s  %9s  %10s  %6s   %s\n' content runs "median ms" "max ms" "rebuild ms" "CPU ms" "site"
status=0
measure default content || status=1
for n in $SIZES; do
	content=$WORK/content-$n
	if [ ! -f "$content/.stamp" ] || [ tests/bench/gen_content.py -nt "$content/.stamp" ]; then
		rm -rf "$content"
		python3 tests/bench/gen_content.py "$n" "$content" >/dev/null || exit 1
		touch "$content/.stamp"
	fi
	measure "$n items" "$content" || status=1
done
echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
exit $status
