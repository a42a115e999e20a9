#!/bin/sh
# run.sh - `make bench`: runs every tests/bench/*.sh benchmark script (except this one).
set -u
cd "$(dirname "$0")/../.."
status=0
for script in tests/bench/*.sh; do
	[ "$script" = tests/bench/run.sh ] && continue
	echo "== $(basename "$script" .sh)"
	sh "$script" || status=1
done
exit $status
