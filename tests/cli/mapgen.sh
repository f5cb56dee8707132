#!/usr/bin/env bash
# mapgen.sh - runs the map generator's Python tests (tests/scripts/test_*.py): places within a
# hex of their projected position, distances, rail lines, regions, tileset images, and
# `scripts/mapgen.py --check` (the committed map is what the generator makes now).
# Exits non-zero on any failure and prints the unittest summary plus "N passed, N failed".
set -u
SRC="${B20_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}"
cd "$SRC" || exit 2
python3 - "$SRC/tests/scripts" <<'PY'
import sys
import unittest

suite = unittest.defaultTestLoader.discover(sys.argv[1], pattern="test_*.py")
result = unittest.TextTestRunner(verbosity=1).run(suite)
bad = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
passed = result.testsRun - bad - len(result.skipped)
print("%d passed, %d failed" % (passed, bad))
sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
PY
