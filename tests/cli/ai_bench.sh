#!/usr/bin/env bash
# ai_bench.sh - `baku1920 ai-bench`: a few short games on small scenarios; the JSON on stdout
# has the documented shape (docs/ai.md), the AI beats the random baseline by a clear margin
# and never has a command refused, the same seed gives the same figures, and bad usage
# exits 2 with a message.
set -u
B="${B20_BIN:?B20_BIN is not set}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failures=0

ok() { echo "ok   $1"; passed=$((passed + 1)); }
bad() { echo "FAIL $1"; failures=$((failures + 1)); }

# run NAME ARGS... : runs ai-bench, keeps stdout in $tmp/NAME.json and stderr in $tmp/NAME.err
run() {
    local name=$1
    shift
    timeout 600 "$B" ai-bench "$@" >"$tmp/$name.json" 2>"$tmp/$name.err"
    local st=$?
    if [ "$st" -eq 0 ]; then
        ok "ai-bench $* -> 0"
    else
        bad "ai-bench $* -> $st"
        cat "$tmp/$name.err"
    fi
}

# check NAME PYTHON : runs a python check on the parsed JSON `d`; it prints problems, if any
check() {
    local name=$1 what=$2 code=$3
    local msg
    msg=$(python3 -c "
import json, math, re, sys
d = json.load(open('$tmp/$name.json'))
problems = []
def need(cond, text):
    if not cond: problems.append(text)
$code
print('; '.join(problems))
" 2>&1)
    if [ -z "$msg" ]; then ok "$what"; else bad "$what: $msg"; fi
}

# 1. AI against AI on the small example scenario: the shape of the report
run aa --scenario examples --games 2 --seed 5
check aa "AI-vs-AI report has every field" '
need(d["games"] == 2, "games")
need(d["vs"] is None and d["ai_level"] == "normal", "level and vs")
need(isinstance(d["draws"], int) and d["refused"] == 0 and d["unfinished"] == 0, "counts")
sides = d["sides"]
need(len(sides) >= 2, "sides")
total = d["draws"]
for s in sides:
    need(isinstance(s["id"], str) and isinstance(s["wins"], int), "side id/wins")
    need(set(s["score"]) == {"mean", "sd"} and set(s["losses"]) == {"mean", "sd"}, "score/losses")
    need(s["score"]["sd"] >= 0 and s["losses"]["mean"] >= 0, "spreads")
    total += s["wins"]
need(total == 2, "wins and draws add up to the games")
sd = d["score_diff"]
need(len(sd["sides"]) == 2 and "mean" in sd and sd["sd"] >= 0, "score_diff")
need(0 <= sd["in_band_rate"] <= 1, "in_band_rate")
def wilson(k, n):
    z2 = 1.96 ** 2
    p = k / n
    den = 1 + z2 / n
    c = (p + z2 / (2 * n)) / den
    h = 1.96 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / den
    return [max(0.0, c - h), min(1.0, c + h)]
lo, hi = sd["in_band_rate_ci"]
need(all(abs(x - y) < 0.0015 for x, y in zip(sd["in_band_rate_ci"], wilson(sd["in_band"], 2))),
     "in_band_rate_ci %s is not the Wilson interval" % sd["in_band_rate_ci"])
need(lo <= sd["in_band_rate"] <= hi and hi - lo > 0.5, "two games give a wide interval")
for m in d["milestones"]:
    need(0 < m["frequency"] <= 1 and m["count"] >= 1, "milestone frequency")
    need(re.fullmatch(r"\d{4}-\d\d-\d\d (dawn|dusk)", m["mean_date"]) is not None, "mean_date")
    need(m["mean_turn"] >= 0, "mean_turn")
objs = {o["id"]: o for o in d["objectives"]}
need(set(objs) == {"take_town", "keep_guard", "keep_town", "delay", "early"}, "objectives: %s" % sorted(objs))
for o in d["objectives"]:
    need(o["side"] in ("red", "blue") and o["vp"] > 0, "objective side/vp")
    need(0 <= o["met"] <= 2 and abs(o["frequency"] - o["met"] / 2) < 1e-9, "objective met")
t = d["think_ms"]
need(t["turns"] > 0 and 0 <= t["median"] <= t["max"], "think_ms")
'
lines=$(grep -c '^game ' "$tmp/aa.err")
if [ "$lines" -eq 2 ]; then ok "one progress line per game on stderr"
else bad "progress lines: $lines"; fi
if [ "$(wc -l <"$tmp/aa.json")" -eq 1 ]; then ok "stdout is one JSON line"
else bad "stdout lines"; fi

# 2. the same seed gives the same games (timings aside)
run aa2 --scenario examples --games 2 --seed 5
strip() {
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d.pop('think_ms')
print(json.dumps(d, sort_keys=True))" "$1"
}
if [ "$(strip "$tmp/aa.json")" = "$(strip "$tmp/aa2.json")" ]; then ok "deterministic for a seed"
else bad "same seed, different figures"; fi

# 3. against the random baseline, from each side in turn: a clear margin
run rnd --scenario train_dash --games 4 --vs random --seed 11
check rnd "beats the random baseline from both sides" '
need(d["vs"] == "random", "vs")
need(d["refused"] == 0 and d["unfinished"] == 0, "no refusals")
played = [s for s in d["sides"] if s["playable"]]
need(all(s["as_ai"]["games"] == 2 for s in played), "each side played twice")
need(d["ai_win_rate"] >= 0.75, "win rate %.2f below 0.75" % d["ai_win_rate"])
lo, hi = d["ai_win_rate_ci"]
need(lo <= d["ai_win_rate"] <= hi and 0 <= lo and hi <= 1, "ai_win_rate_ci")
for s in played:
    a = s["as_ai"]
    need(a["win_rate_ci"][0] <= a["win_rate"] <= a["win_rate_ci"][1], "win_rate_ci")
'

# 4. one side only, an option, the greedy baseline
run one --scenario train_dash --games 2 --vs greedy --side red --option echelon=false
check one "--side and --option are honoured" '
s = {x["id"]: x for x in d["sides"]}
need(s["red"]["as_ai"]["games"] == 2 and s["adr"]["as_ai"]["games"] == 0, "side")
need(d["options"] == {"echelon": 0}, "options")
'

# 5. one level against another: hard as blue against normal
run lv --scenario examples --games 2 --ai-level hard --vs normal --side blue
check lv "a level as the opponent" '
need(d["ai_level"] == "hard" and d["vs"] == "normal", "levels")
s = {x["id"]: x for x in d["sides"]}
need(s["blue"]["as_ai"]["games"] == 2 and s["red"]["as_ai"]["games"] == 0, "side")
need(d["think_ms"]["turns"] > 0, "the tested level timed")
'

# 6. bad usage
usage() {
    local what=$1
    shift
    timeout 60 "$B" ai-bench "$@" >"$tmp/u.out" 2>"$tmp/u.err"
    local st=$?
    if [ "$st" -eq 2 ] && grep -q "ai-bench" "$tmp/u.err" && [ ! -s "$tmp/u.out" ]; then
        ok "$what -> 2"
    else
        bad "$what -> $st: $(head -c 300 "$tmp/u.err")"
    fi
}
usage "no scenario" --games 2
usage "zero games" --scenario tutorial --games 0
usage "unknown opponent" --scenario tutorial --vs brilliant
usage "unknown level" --scenario tutorial --ai-level brilliant
usage "side without --vs" --scenario tutorial --side red
usage "unknown side" --scenario train_dash --vs random --side blue
usage "--vs with one playable side" --scenario tutorial --vs random
usage "unknown scenario" --scenario no_such_scenario
usage "unknown option" --scenario tutorial --fast yes

echo "$passed passed, $failures failed"
[ "$failures" -eq 0 ]
