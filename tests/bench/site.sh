#!/bin/sh
# site.sh - how long `plansite build` takes against the floor of copying its output.
#
# For each size (items of synthetic content from gen_content.py) and each place (disk: under
# build/, RAM: /dev/shm), it builds RUNS times into a folder that does not exist yet, then
# copies that output RUNS times with `cp -r` to a new folder (the floor: writing the same
# files and nothing else). It prints one table row per size and place: median wall time,
# median user and system CPU time, peak RSS (/usr/bin/time -v), pages and bytes written, the
# median copy time and the ratio build/copy. Then the generator's own --timings of the last
# build at each size, as the profile note.
#
# Environment:
#   BENCH_SIZES       sizes in items (default "1000 10000 100000")
#   BENCH_RUNS        builds and copies per size and place (default 5)
#   BENCH_RUNS_LARGE  runs for sizes of 50,000 items or more (default 3): one 100,000-item
#                     build writes ~2 GB in ~200,000 files, and deleting them on this
#                     disk costs about as much as writing them
#   BENCH_PLACES      "disk shm" (default), or one of them
#   PLANSITE          the generator (default build/plansite)
# Content is generated once into build/bench/content-N and reused while gen_content.py is
# unchanged. Exit status 1 if a build fails.
set -u
cd "$(dirname "$0")/../.."
SIZES=${BENCH_SIZES:-"1000 10000 100000"}
RUNS=${BENCH_RUNS:-5}
RUNS_LARGE=${BENCH_RUNS_LARGE:-3}
PLACES=${BENCH_PLACES:-"disk shm"}
PLANSITE=${PLANSITE:-build/plansite}
WORK=build/bench
SHM=/dev/shm/plansite-bench.$$
TIME=/usr/bin/time

if [ ! -x "$TIME" ]; then
	# The Debian package `time`, installed as tests/tools/deps.sh installs packages.
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1 ||
			{ apt-get update -qq >/dev/null 2>&1 &&
			  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1; }
	fi
	[ -x "$TIME" ] || { echo "site.sh: needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }
fi
[ -x "$PLANSITE" ] || { echo "site.sh: $PLANSITE not built (run make)" >&2; exit 1; }
mkdir -p "$WORK"
# A private copy: a `make` running beside the benchmark must not swap the binary mid-run.
cp "$PLANSITE" "$WORK/plansite.$$" && PLANSITE=$WORK/plansite.$$
started=$(date +%s)
trap 'rm -rf "$SHM" "$WORK/plansite.$$"' EXIT INT TERM

# median of the numbers on standard input
median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
max() { sort -g | tail -n 1; }
# one field of /usr/bin/time -v output
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
# "h:mm:ss" or "m:ss.ss" as seconds
secs() { awk -F: '{s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f\n", s}'; }

# Folders on disk are not removed between runs, where deleting costs as much as writing:
# they go to a trash folder emptied once at the end, outside the measured time.
TRASH=$WORK/trash
trash() {
	if [ "$place" = disk ]; then
		[ -e "$1" ] && mv "$1" "$TRASH/$(date +%s%N)"
	else
		rm -rf "$1"
	fi
	return 0
}
mkdir -p "$TRASH"

status=0
rows=""
notes=""
for n in $SIZES; do
	content=$WORK/content-$n
	if [ ! -f "$content/.stamp" ] || [ tests/bench/gen_content.py -nt "$content/.stamp" ]; then
		rm -rf "$content"
		python3 tests/bench/gen_content.py "$n" "$content" >/dev/null || exit 1
		"$PLANSITE" check --content "$content" >/dev/null 2>&1 ||
			{ echo "site.sh: generated content of $n items does not pass plansite check" >&2; exit 1; }
		touch "$content/.stamp"
	fi
	runs=$RUNS
	[ "$n" -ge 50000 ] && runs=$RUNS_LARGE
	for place in $PLACES; do
		case $place in
		disk) base=$WORK/out ;;
		shm) base=$SHM ;;
		*) echo "site.sh: unknown place '$place'" >&2; exit 1 ;;
		esac
		mkdir -p "$base"
		log=$WORK/time.log
		: >"$WORK/wall" ; : >"$WORK/user" ; : >"$WORK/sys" ; : >"$WORK/rss" ; : >"$WORK/copy"
		i=0
		while [ $i -lt "$runs" ]; do
			trash "$base/site"
			rm -rf "$base/site" "$base/site.new" "$base/site.old"
			if ! "$TIME" -v "$PLANSITE" build --content "$content" --out "$base/site" --timings \
				>"$WORK/build.out" 2>"$log"; then
				echo "site.sh: build of $n items failed:" >&2
				tail -n 20 "$log" >&2
				status=1
				break
			fi
			field "Elapsed (wall clock) time (h:mm:ss or m:ss)" "$log" | secs >>"$WORK/wall"
			field "User time (seconds)" "$log" >>"$WORK/user"
			field "System time (seconds)" "$log" >>"$WORK/sys"
			field "Maximum resident set size (kbytes)" "$log" >>"$WORK/rss"
			grep '^timing:' "$log" >"$WORK/timings-$n"
			i=$((i + 1))
		done
		[ -d "$base/site" ] || continue
		pages=$(sed -n 's/^plansite: wrote \([0-9]*\) pages.*/\1/p' "$WORK/build.out")
		files=$(find "$base/site" -type f | wc -l)
		bytes=$(find "$base/site" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
		i=0
		while [ $i -lt "$runs" ]; do
			trash "$base/copy"
			"$TIME" -f %e -o "$WORK/cp.time" cp -r "$base/site" "$base/copy"
			tail -n 1 "$WORK/cp.time" >>"$WORK/copy"
			i=$((i + 1))
		done
		trash "$base/copy"
		[ "$place" = shm ] && rm -rf "$base/site" "$base/copy"
		wall=$(median <"$WORK/wall")
		copy=$(median <"$WORK/copy")
		rows="$rows$(printf '%7s  %-4s  %4s  %8.2f  %7.2f  %7.2f  %7s  %7s  %7s  %8.1f  %8.2f  %6.1f' \
			"$n" "$place" "$runs" "$wall" "$(median <"$WORK/user")" "$(median <"$WORK/sys")" \
			"$(($(max <"$WORK/rss") / 1024))" "$pages" "$files" "$(echo "$bytes" | awk '{print $1 / 1e6}')" \
			"$copy" "$(echo "$wall $copy" | awk '{print ($2 > 0 ? $1 / $2 : 0)}')")
"
	done
	[ -f "$WORK/timings-$n" ] && notes="$notes$n items: $(tr '\n' ' ' <"$WORK/timings-$n" | sed 's/timing: //g')
"
done

echo
printf '%7s  %-4s  %4s  %8s  %7s  %7s  %7s  %7s  %7s  %8s  %8s  %6s\n' \
	items place runs "build s" "user s" "sys s" "RSS MB" pages files "MB" "cp -r s" ratio
printf '%s' "$rows"
echo
echo "build s, user s, sys s: medians; RSS: the largest; cp -r s: median time to copy the output"
echo "to a new folder on the same file system; ratio = build s / cp -r s."
echo
echo "Where the time goes (plansite build --timings, last run at each size):"
printf '%s' "$notes"
rm -rf "$TRASH"
mkdir -p "$TRASH"
echo
echo "site.sh: finished in $(($(date +%s) - started))s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
exit $status
