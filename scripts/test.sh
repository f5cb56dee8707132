#!/usr/bin/env bash
# Installs what is missing (as root; otherwise prints the apt line), builds Baku 1920 twice -
# a normal build and one with AddressSanitizer + UBSan - and runs every test in both with CTest.
# Usage: scripts/test.sh [--fast]   (--fast: the normal build only)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
deps_ensure test

jobs=$(nproc 2>/dev/null || echo 2)
run_suite() {
    local dir=$1; shift
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
    (cd "$dir" && ctest --output-on-failure -j "$jobs")
}

echo "== normal build"
run_suite build
if [ "${1:-}" != "--fast" ]; then
    echo "== AddressSanitizer + UBSan build"
    run_suite build-asan -DB20_SANITIZE=ON
fi
echo "== all tests passed"
