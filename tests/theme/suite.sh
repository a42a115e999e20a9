#!/bin/sh
# Theme documentation: the keys themes/default/README.md documents for each kind of page are
# exactly those `plansite template-data` finds in the pages' data (tests/golden/content).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! "$BUILD/plansite" template-data --content tests/golden/content >"$tmp/data" 2>"$tmp/err"; then
	cat "$tmp/err"
	echo "FAILED: plansite template-data --content tests/golden/content"
	echo "0 passed, 1 failed"
	exit 1
fi
python3 tests/theme/check_readme.py themes/default/README.md "$tmp/data"
