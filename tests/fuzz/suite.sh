#!/bin/sh
# suite.sh - the fuzz suite of `make test`: every fuzz target over its kept inputs, then
# fuzzed briefly (FUZZ_SECONDS, default 15 each: with four targets and the instrumented build
# about a minute and a half). `make fuzz` runs them for longer.
exec sh "$(dirname "$0")/run.sh" "${FUZZ_SECONDS:-15}"
