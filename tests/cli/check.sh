#!/usr/bin/env bash
# check.sh - `baku1920 check PATH|ID`: exit 0 and a one-line summary for a valid scenario,
# 3 and the reason (file:line: field: message) on stderr for a refused one, 2 for bad usage.
# Hostile scenarios (endless loops, memory bombs, bytecode) must end quickly, never hang.
set -u
B="${B20_BIN:?B20_BIN is not set}"
SRC="${B20_SRC:?B20_SRC is not set}"
HOSTILE="$SRC/tests/script/hostile"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# expect STATUS STDOUT_FRAGMENT STDERR_FRAGMENT -- ARGS...
expect() {
    local want=$1 out_frag=$2 err_frag=$3
    shift 4
    timeout 120 "$B" check "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    local ok=1
    [ "$got" -eq "$want" ] || ok=0
    if [ -n "$out_frag" ] && ! grep -qF -- "$out_frag" "$tmp/out"; then ok=0; fi
    if [ -n "$err_frag" ] && ! grep -qF -- "$err_frag" "$tmp/err"; then ok=0; fi
    if [ "$ok" -eq 1 ]; then
        echo "ok   check $* -> $got"
    else
        echo "FAIL check $* -> $got (want $want)"
        echo "  stdout: $(head -c 400 "$tmp/out")"
        echo "  stderr: $(head -c 400 "$tmp/err")"
        failures=$((failures + 1))
    fi
}

# valid: by path, by id, in another language, with an option
expect 0 'ok: examples "The Coast Line (example)"' '' -- "$SRC/scenarios/examples"
expect 0 'ok: examples' '' -- examples
expect 0 'Береговая линия' '' -- "$SRC/scenarios/examples" --lang ru
expect 0 '2 options' '' -- "$SRC/scenarios/examples" --option garrison=3 --option reserve=false
# a valid summary is exactly one line
lines=$("$B" check "$SRC/scenarios/examples" 2>/dev/null | wc -l)
if [ "$lines" -ne 1 ]; then echo "FAIL summary has $lines lines"; failures=$((failures + 1)); fi

# bad usage
expect 2 '' 'a scenario id or folder is needed' --
expect 2 '' 'unknown or incomplete option' -- --frobnicate "$SRC/scenarios/examples"
expect 2 '' 'one scenario at a time' -- "$SRC/scenarios/examples" examples
expect 2 '' '' -- /no/such/scenario/anywhere
expect 2 '' 'not NAME=VALUE' -- "$SRC/scenarios/examples" --option garrison
expect 2 '' "is not en, ru or az" -- "$SRC/scenarios/examples" --lang fr
expect 2 '' 'incomplete option' -- "$SRC/scenarios/examples" --lang

# refused, with the reason
expect 3 '' "units[1].side: unknown side 'green'" -- "$HOSTILE/unknown_side"
expect 3 '' 'unknown_side/scenario.lua:4' -- "$HOSTILE/unknown_side"
expect 3 '' 'instruction budget exhausted' -- "$HOSTILE/loop_at_load"
expect 3 '' 'memory limit of 64 MiB exceeded' -- "$HOSTILE/memory_table"
expect 3 '' 'binary' -- "$HOSTILE/binary_chunk"
expect 3 '' "global 'io'" -- "$HOSTILE/io_open"
expect 3 '' "'..'" -- "$HOSTILE/include_escape"
expect 3 '' "option 'garrison' must be 1..3, not 9" -- "$SRC/scenarios/examples" --option garrison=9
expect 3 '' "unknown option 'fog'" -- "$SRC/scenarios/examples" --option fog=1
expect 3 '' 'missing: a scenario folder needs scenario.lua' -- "$HOSTILE/common"
# an id found through --scenario-dir
expect 3 '' "unknown side 'green'" -- unknown_side --scenario-dir "$HOSTILE"
# a handler that fails at the opening is a warning, not a refusal
expect 0 'ok: error_in_event' 'warning: opening handler failed' -- "$HOSTILE/error_in_event"

# nothing a hostile scenario tried to create exists
if [ -e /tmp/b20_hostile_sentinel ]; then
    echo "FAIL a hostile scenario created /tmp/b20_hostile_sentinel"
    failures=$((failures + 1))
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check test(s) failed"
    exit 1
fi
echo "all check tests passed"
