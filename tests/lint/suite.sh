#!/bin/sh
# `make lint` (cppcheck) stays clean: one check.
cd "$(dirname "$0")/../.."
if make --no-print-directory lint; then
	echo "1 passed, 0 failed"
else
	echo "0 passed, 1 failed"
	exit 1
fi
