#!/usr/bin/env bash
# Speed and memory figures for Baku 1920: a Release build, then
#   - headless: scenario load, reachable sets, hash, supply, a whole AI game, save/load (perf)
#   - rendering: a 1920x1080 frame with the software renderer (shot --bench)
#   - the AI: thinking time per turn on the main scenario (ai-bench), normal and hard level
#   - memory: peak resident size of a whole headless game
# It prints figures; it asserts nothing. Record them in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
deps_ensure test
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j "$(nproc 2>/dev/null || echo 2)" --target baku1920 >/dev/null
BIN=./build-bench/baku1920
export SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-offscreen} SDL_AUDIODRIVER=${SDL_AUDIODRIVER:-dummy}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "== headless (baku1920 perf)"
$BIN perf --scenario baku1920 --reps 20
echo "== rendering (software renderer, 1920x1080, full map with all units)"
$BIN shot --scenario baku1920 --bench 60 --size 1920x1080 --out /tmp/b20bench.png || echo "(shot --bench failed)"
echo "== AI thinking time (ai-bench, main scenario, 2 games)"
$BIN ai-bench --scenario baku1920 --games 2 --seed 1 2>/dev/null |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print("ai thinking ms:", json.dumps(d.get("think_ms", d.get("thinking_ms", d))))' ||
    echo "(ai-bench failed)"
echo "== AI thinking time, hard level (ai-bench, main scenario, 1 game)"
$BIN ai-bench --scenario baku1920 --games 1 --seed 1 --ai-level hard 2>/dev/null |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print("ai thinking ms (hard):", json.dumps(d["think_ms"]))' ||
    echo "(ai-bench failed)"
echo "== memory (peak resident size of a whole headless game)"
if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f "peak_rss %M KiB" $BIN run --scenario baku1920 --ai all --quiet 2>&1 >/dev/null | tail -1
else
    echo "(GNU time is not installed: apt-get install time)"
fi
