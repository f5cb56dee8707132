#!/usr/bin/env bash
# Installs what is missing (as root; otherwise prints the apt line), builds Baku 1920 and starts
# the game. Arguments are passed to the game: scripts/play.sh run --scenario baku1920 --ai all
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
deps_ensure build
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
exec ./build/baku1920 "$@"
