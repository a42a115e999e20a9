#!/bin/sh
# The count table of content/README.md matches the content and the built site.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! "$BUILD/plansite" build --out "$tmp/site" >"$tmp/log" 2>&1; then
	cat "$tmp/log"
	echo "0 passed, 1 failed"
	exit 1
fi
python3 tests/counts/counts.py "$BUILD/plansite" "$tmp/site"
