#!/usr/bin/env bash
# scenarios.sh - every bundled scenario (scenarios/*/scenario.lua) must:
#   - pass `baku1920 check <dir>` (exit 0: loads, validates, strings complete enough);
#   - play to its end headless with every side on the AI (`run --ai all`) for 3 seeds, with
#     exit 0, a result line, and no scenario script error reported on the way;
#   - be deterministic: the same seed played twice gives the same final hash.
# Every scenario must load in Russian and Azerbaijani too (`check --lang`), and the main
# scenario (baku1920) must be complete in both: `lang-check` finds no key missing.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -u
BIN=${B20_BIN:?B20_BIN is not set}
SRC=${B20_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

scenarios=()
for f in "$SRC"/scenarios/*/scenario.lua; do
    [ -f "$f" ] || continue
    scenarios+=("$(basename "$(dirname "$f")")")
done
if [ ${#scenarios[@]} -lt 6 ]; then
    bad "expected at least 6 bundled scenarios, found ${#scenarios[@]}: ${scenarios[*]}"
fi

for s in "${scenarios[@]}"; do
    dir="$SRC/scenarios/$s"
    # --- check
    "$BIN" check "$dir" >"$tmp/check.out" 2>"$tmp/check.err"
    rc=$?
    if [ $rc = 0 ]; then ok; else
        bad "$s: check exited $rc"; cat "$tmp/check.out" "$tmp/check.err"
    fi

    # --- three seeds to the end, every side on the AI
    for seed in 1 2 3; do
        "$BIN" run --scenario "$dir" --ai all --seed "$seed" >"$tmp/run.out" 2>"$tmp/run.err"
        rc=$?
        if [ $rc != 0 ]; then
            bad "$s seed $seed: run exited $rc"; tail -5 "$tmp/run.err"; continue
        fi
        if grep -q '^result:' "$tmp/run.out"; then ok; else
            bad "$s seed $seed: no result line (the game did not reach its end)"
            tail -5 "$tmp/run.out"
        fi
        if grep -qi 'script error' "$tmp/run.out" "$tmp/run.err"; then
            bad "$s seed $seed: a scenario script error was reported"
            grep -i 'script error' "$tmp/run.out" "$tmp/run.err" | head -3
        else ok; fi
        hash1=$(grep '^hash=' "$tmp/run.out")
        "$BIN" run --scenario "$dir" --ai all --seed "$seed" >"$tmp/run2.out" 2>/dev/null
        hash2=$(grep '^hash=' "$tmp/run2.out")
        if [ -n "$hash1" ] && [ "$hash1" = "$hash2" ]; then ok; else
            bad "$s seed $seed: two runs gave '$hash1' and '$hash2'"
        fi
    done

    # --- it loads in every language
    for lang in ru az; do
        "$BIN" check "$dir" --lang "$lang" >"$tmp/check.out" 2>&1
        rc=$?
        if [ $rc = 0 ]; then ok; else
            bad "$s: check --lang $lang exited $rc"; cat "$tmp/check.out"
        fi
    done

    # --- the main scenario is complete in all three languages: no key missing in ru or az
    if [ "$s" = baku1920 ]; then
        "$BIN" lang-check --scenario baku1920 >"$tmp/lang.out" 2>&1
        rc=$?
        if [ $rc = 0 ] && grep -q 'ru: 0 missing' "$tmp/lang.out" &&
           grep -q 'az: 0 missing' "$tmp/lang.out"; then ok; else
            bad "$s: lang-check exited $rc"; cat "$tmp/lang.out"
        fi
    fi
done

echo "$pass passed, $fail failed"
[ $fail = 0 ]
