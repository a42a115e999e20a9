#!/bin/sh
# mustache.sh [SECONDS] - builds and runs the Mustache benchmark: a page-sized template with
# a table of 1,000 rows rendered again and again; prints the output rate in MB/s.
set -eu
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
make -s "$BUILD/libplansite.a"
mkdir -p "$BUILD/bench"
${CC:-cc} -std=c11 -O2 -g -D_POSIX_C_SOURCE=200809L -Igenerator \
	$(pkg-config --cflags libcmark yaml-0.1) tests/bench/mustache_bench.c \
	"$BUILD/libplansite.a" $(pkg-config --libs libcmark yaml-0.1) -lpthread -lm \
	-o "$BUILD/bench/mustache_bench"
"$BUILD/bench/mustache_bench" "${1:-2}"
