#!/bin/sh
# suite.sh - the Mustache specification (../shared/mustache-spec, next to the repository)
# through `plansite render`: every case of every spec file, in a temporary folder each.
# The ~lambdas cases are counted as skipped: lambdas are code, which data files cannot hold.
# Last line: "N passed, N failed, N skipped". The same cases run through the engine directly
# in the unit tests (tests/unit/test_mustache.c).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
spec=../shared/mustache-spec
if [ ! -d "$spec" ]; then
	echo "skipped: the spec folder $spec is not next to this checkout"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
if [ ! -x "$BUILD/plansite" ]; then
	make -s "$BUILD/plansite" >&2 || {
		echo "0 passed, 1 failed, 0 skipped"
		exit 1
	}
fi
exec python3 tests/mustache/spec.py "$BUILD/plansite" "$spec" "$@"
