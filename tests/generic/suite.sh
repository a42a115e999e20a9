#!/bin/sh
# generic: generator/ names no council and holds no word a site reader sees (check_generic.py).
cd "$(dirname "$0")/../.." || exit 1
python3 tests/generic/check_generic.py
