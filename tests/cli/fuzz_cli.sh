#!/bin/bash
# fuzz_cli.sh - random and malformed arguments to every baku1920 subcommand. Each run must end
# with exit status 0, 1, 2 or 3 within 20 seconds; a failing run (2 or 3) says why in exactly one
# line on stderr; no run may die of a signal or trip a sanitizer.
#
# Reproducible: the cases come from a 32-bit xorshift seeded with FUZZ_SEED (default 20200427).
# FUZZ_CASES sets the cases per subcommand (default 30); FUZZ_ONLY=SUBCOMMAND runs one;
# FUZZ_SHOW=STATUS prints every run that ends with that exit status and what it said.
# A failure prints the seed, the case number and the exact command line.
set -u
: "${B20_BIN:?B20_BIN must point at the baku1920 binary}"
export SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-offscreen} SDL_AUDIODRIVER=${SDL_AUDIODRIVER:-dummy}

seed=${FUZZ_SEED:-20200427}
per_cmd=${FUZZ_CASES:-30}
work=$(mktemp -d /tmp/b20_fuzz_cli_XXXXXX)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"

passed=0
failed=0
ran=0
known=0
known_example=""
declare -a by_status=()
EXPECT=""

# Known failures, reported to the maintainers and listed here until fixed; each is printed
# with a count at the end, never skipped silently.
KNOWN_FAILURES=()
known_failure() { # sub rc: true when this run matches an entry of KNOWN_FAILURES (none now)
    false
}

# ---------------------------------------------------------------- the generator
rng=$(( seed & 0xffffffff ))
[ "$rng" -eq 0 ] && rng=1
next() { # sets R to the next 32-bit value
    rng=$(( (rng ^ (rng << 13)) & 0xffffffff ))
    rng=$(( rng ^ (rng >> 17) ))
    rng=$(( (rng ^ (rng << 5)) & 0xffffffff ))
    R=$rng
}
pick() { # pick NAME word... : sets the variable NAME to one of the words
    local -n pick_out=$1
    shift
    local choices=("$@")
    next
    pick_out=${choices[R % ${#choices[@]}]}
}

# ---------------------------------------------------------------- fixtures
long=$(printf 'x%.0s' $(seq 1 5000))
bad_utf8=$'\xff\xfe\xc0\x80'
mkdir -p "$work/xdg" "$work/emptydir" "$work/badscen" "$work/out"
printf 'this is not lua {{{\n' > "$work/badscen/scenario.lua"
printf 'baku1920-save 1\nscenario red_bridge\n' > "$work/short.sav"
printf '\x00\x01\x02binary' > "$work/binary.sav"
good_save="$work/good.sav"
if ! timeout 60 "$B20_BIN" run --scenario red_bridge --ai all --turns 2 --save "$good_save" \
        >/dev/null 2>"$work/setup.err"; then
    echo "setup: could not write a save: $(cat "$work/setup.err")"
    echo "0 passed, 1 failed"
    exit 1
fi
# damaged copies of the good save: a flipped byte, a cut in half, the last command doubled
size=$(stat -c %s "$good_save")
cp "$good_save" "$work/flip.sav"
printf 'Z' | dd of="$work/flip.sav" bs=1 seek=$(( size / 2 )) conv=notrunc status=none
head -c $(( size / 2 )) "$good_save" > "$work/cut.sav"
awk '{ l[NR] = $0 }
     END { for (i = 1; i <= NR; i++) { print l[i]; if (l[i + 1] ~ /^turn /) print l[i] } }' \
    "$good_save" > "$work/dup.sav" # the last command twice

ids=(red_bridge tutorial examples train_dash nosuch "" "$long" "$bad_utf8" ../../etc
     "$work/badscen" "$work/emptydir" /dev/null -)
nums=(0 1 2 -1 "" abc 99999999999999999999 1e3 0x10 3.5 " 1" "$bad_utf8" -99999999999)
files=("$good_save" "$work/flip.sav" "$work/cut.sav" "$work/dup.sav" "$work/short.sav"
       "$work/binary.sav" "$work/nosuch.sav" "$work/emptydir" /dev/null "" "$long")
outs=("$work/out/a.png" "$work/out/a.md" "$work/out/a.html" "$work/out/a.txt" "$work/nodir/a.png"
      "$work/emptydir" /dev/null/x.png "" "$long.png")
options=(red_reserve=1 mobilization=0 cadets=1 foo=1 red_reserve=99999999999 red_reserve= =1
         red_reserve "$bad_utf8=1" "a=b=c" "$long=1")
words=(--seed --turns --ai --lang --scenario --load --save --out --option --scenario-dir --step
       --date --list --options --branch-save --games --ai-level --vs --side --reps --size
       --center --zoom --overlay --select --hover --bench --turn --help -h -- - --nosuch
       "$bad_utf8" "$long" --seed=1 --turns=-1)

# The options each subcommand takes (from its usage); most arguments are drawn from these.
flags_for() {
    case $1 in
        run) FLAGS=(--scenario --seed --ai --turns --save --load --option --lang --scenario-dir) ;;
        dump) FLAGS=(--scenario --seed --turn --load --ai --option --scenario-dir) ;;
        list) FLAGS=(--lang --scenario-dir) ;;
        check) FLAGS=(--lang --option --scenario-dir) ;;
        shot) FLAGS=(--scenario --out --size --center --zoom --turn --seed --lang --overlay
                     --select --hover) ;;
        ai-bench) FLAGS=(--scenario --seed --ai-level --vs --side --option --scenario-dir) ;;
        replay) FLAGS=(--scenario --step --date --lang --list --options --branch-save --seed
                       --option) ;;
        handout) FLAGS=(--scenario --turns --ai --seed --load --out --lang --option) ;;
        lang-check) FLAGS=(--scenario) ;;
        perf) FLAGS=(--scenario) ;;
    esac
}

# One random argument vector for a subcommand into ARGS.
make_args() {
    local sub=$1 n k w v
    flags_for "$sub"
    ARGS=()
    next
    n=$(( R % 7 ))
    # most cases start from a plausible core so the parser gets past the first check
    next
    if (( R % 4 != 0 )); then
        case $sub in
            check) pick v "${ids[@]}"; ARGS+=("$v") ;;
            run|dump|ai-bench|shot|handout|replay) pick v "${ids[@]}"; ARGS+=(--scenario "$v") ;;
        esac
    fi
    # half the cases use plausible values only (one of them maybe hostile), so the runs get
    # past argument parsing into the scenario, the save and the output code
    local good hostile_at
    next; good=$(( R % 2 ))
    next; hostile_at=$(( R % (n + 2) ))
    for (( k = 0; k < n; k++ )); do
        next
        if (( !good && R % 5 == 0 )); then pick w "${words[@]}"; else pick w "${FLAGS[@]}"; fi
        if (( good && k != hostile_at )); then
            case $w in
                --seed|--turns|--step|--turn|--zoom|--select) pick v 0 1 2 ;;
                --scenario) pick v red_bridge tutorial examples train_dash ;;
                --load) v=$good_save ;;
                --save|--branch-save) pick v "$work/out/new.sav" "$good_save" ;;
                --out) pick v "$work/out/a.png" "$work/out/a.md" "$work/out/a.html" ;;
                --option) pick v red_reserve=1 mobilization=0 cadets=1 ;;
                --ai) pick v all red blue red,blue ;;
                --lang) pick v en ru az ;;
                --scenario-dir) pick v "$work/emptydir" "$work" ;;
                --date) pick v 1920-04-28 1920-04-28-dusk 1920-05-01-dawn ;;
                --ai-level) pick v random greedy easy normal hard ;;
                --vs) pick v random greedy ;;
                --side) pick v red blue ;;
                --size) pick v 320x240 640x480 ;;
                --center|--hover) pick v baku derbent ;;
                --overlay) pick v supply zoc supply,zoc ;;
                --list|--options) ARGS+=("$w"); continue ;;
                *) ARGS+=("$w"); continue ;;
            esac
            ARGS+=("$w" "$v")
            continue
        fi
        case $w in
            --seed|--turns|--step|--games|--reps|--bench|--turn|--zoom) pick v "${nums[@]}" ;;
            --scenario) pick v "${ids[@]}" ;;
            --load|--save|--branch-save) pick v "${files[@]}" ;;
            --out) pick v "${outs[@]}" ;;
            --option) pick v "${options[@]}" ;;
            --ai) pick v all red blue red,blue "" nosuch ",,," "$bad_utf8" ;;
            --lang) pick v en ru az xx "" "$long" ;;
            --scenario-dir) pick v "$work/emptydir" "$work" /nonexistent "" /dev/null ;;
            --date) pick v 1920-04-28 1920-04-28-dusk 1920-13-40 0000-00-00 yesterday "" ;;
            --ai-level) pick v random greedy easy normal hard nosuch 9 "" ;;
            --vs) pick v random greedy hard "" ;;
            --side) pick v red blue nosuch "" 7 ;;
            --size) pick v 640x480 0x0 -1x-1 99999x99999 x 640x "" ;;
            --center|--hover) pick v baku derbent nosuch "" ;;
            --overlay) pick v supply,zoc supply nosuch ",," "" ;;
            --select) pick v 0 1 nosuch -1 99999 "" ;;
            *) ARGS+=("$w"); continue ;;
        esac
        ARGS+=("$w" "$v")
    done
    # arguments the subcommand cannot go without, so the heavy paths are reached too
    case $sub in
        perf) ARGS=(--reps 1 "${ARGS[@]}") ;;
        ai-bench) ARGS+=(--games 1) ;;
    esac
}

quote() {
    local a out=""
    for a in "$@"; do
        if (( ${#a} > 60 )); then a="${a:0:20}...(${#a} bytes)"; fi
        out+=" $(printf '%q' "$a")"
    done
    printf '%s' "$out"
}

run_case() {
    local sub=$1 k=$2 rc lines why=""
    ran=$(( ran + 1 ))
    ( cd "$work/out" && timeout 20 "$B20_BIN" "$sub" "${ARGS[@]}" ) \
        >"$work/stdout" 2>"$work/stderr" </dev/null
    rc=$?
    (( rc <= 3 )) && by_status[rc]=$(( ${by_status[rc]:-0} + 1 ))
    lines=$(grep -c '' "$work/stderr")
    if (( rc == 124 )); then
        why="no answer within 20 seconds"
    elif (( rc > 3 )); then
        why="exit status $rc"
    elif grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$work/stderr"; then
        why="sanitizer report"
    elif (( rc >= 2 && lines != 1 )); then
        why="exit status $rc with $lines lines on stderr"
    elif (( rc == 1 && lines < 1 )) && ! [ -s "$work/stdout" ]; then
        why="exit status 1 without a word on stdout or stderr"
    elif [ -n "$EXPECT" ] && ! { (( rc != 0 )) && grep -qF -- "$EXPECT" "$work/stderr"; }; then
        why="expected a refusal naming '$EXPECT' (exit status $rc)"
    fi
    if [ -n "${FUZZ_SHOW:-}" ] && [ "$rc" = "$FUZZ_SHOW" ]; then
        echo "exit $rc: baku1920 $sub$(quote "${ARGS[@]}"): $(head -c 300 "$work/stderr")"
    fi
    if [ -n "$why" ] && known_failure "$sub" "$rc"; then
        known=$(( known + 1 ))
        [ -z "$known_example" ] && known_example="case $k: $why: baku1920 $sub$(quote "${ARGS[@]}")"
        passed=$(( passed + 1 ))
    elif [ -n "$why" ]; then
        failed=$(( failed + 1 ))
        echo "FAIL seed $seed case $k: $why: baku1920 $sub$(quote "${ARGS[@]}")"
        head -c 2000 "$work/stderr" | sed 's/^/    /'
    else
        passed=$(( passed + 1 ))
    fi
}

subs=(run dump list check shot ai-bench replay handout lang-check perf)
k=0
for sub in "${subs[@]}"; do
    count=$per_cmd
    [ "$sub" = perf ] && count=$(( (per_cmd + 3) / 4 ))
    for (( i = 0; i < count; i++ )); do
        make_args "$sub"
        k=$(( k + 1 ))
        if [ -n "${FUZZ_ONLY:-}" ] && [ "$FUZZ_ONLY" != "$sub" ]; then
            continue
        fi
        if [ -n "${FUZZ_CASE:-}" ] && [ "$FUZZ_CASE" != "$k" ]; then
            continue
        fi
        run_case "$sub" "$k"
    done
done

# A broken scenario and damaged saves given to every subcommand that reads them, with valid
# arguments otherwise: the refusal must name the file and line at fault, and a refused load
# must leave the save named by --save untouched.
bad="$work/badscen"
cut="$work/cut.sav"
cp "$good_save" "$work/keep.sav"
if [ -z "${FUZZ_ONLY:-}" ] && [ -z "${FUZZ_CASE:-}" ]; then
    for spec in "run --scenario $bad" "dump --scenario $bad" "check $bad" \
                "shot --scenario $bad --out $work/out/b.png" "ai-bench --scenario $bad --games 1" \
                "replay --scenario $bad --list" "handout --scenario $bad --out $work/out/b.md" \
                "perf --reps 1 --scenario $bad"; do
        read -r -a ARGS <<< "$spec"
        sub=${ARGS[0]}
        ARGS=("${ARGS[@]:1}")
        EXPECT="$bad/scenario.lua:1"
        run_case "$sub" "broken-scenario"
    done
    for spec in "run --load $cut --save $work/keep.sav" "dump --load $cut" \
                "handout --load $cut --out $work/out/c.md" "run --load $work/flip.sav" \
                "run --load $work/dup.sav --save $work/keep.sav" "dump --load $work/binary.sav"; do
        read -r -a ARGS <<< "$spec"
        sub=${ARGS[0]}
        ARGS=("${ARGS[@]:1}")
        EXPECT=${ARGS[1]}
        run_case "$sub" "damaged-save"
    done
    EXPECT=""
    if ! cmp -s "$good_save" "$work/keep.sav"; then
        failed=$(( failed + 1 ))
        echo "FAIL damaged-save: a refused --load changed the file named by --save"
    fi
fi

# no subcommand, unknown ones, odd first words
for first in "" nosuch "$bad_utf8" "$long" --nosuch -x --version --help; do
    ARGS=()
    if [ -z "${FUZZ_ONLY:-}" ] && [ -z "${FUZZ_CASE:-}" ] && [ -n "$first" ]; then
        run_case "$first" "first-word"
    fi
done

echo "fuzz_cli: $ran runs of baku1920 (seed $seed); exit 0: ${by_status[0]:-0}," \
     "1: ${by_status[1]:-0}, 2: ${by_status[2]:-0}, 3: ${by_status[3]:-0}"
if (( known > 0 )); then
    echo "known failures (not counted as failed until fixed): $known runs"
    printf '  - %s\n' "${KNOWN_FAILURES[@]}"
    echo "  first: $known_example"
fi
echo "$passed passed, $failed failed"
(( failed == 0 ))
