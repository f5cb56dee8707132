#!/usr/bin/env bash
# The headless command line: usage errors, run, dump JSON, determinism across processes,
# save at turn 3 + load = one uninterrupted run, and refused save files.
set -u
BIN=${B20_BIN:?B20_BIN is not set}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
expect_status() { # want_status description command...
    local want=$1 what=$2; shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" = "$want" ]; then ok; else bad "$what: exit $got, wanted $want"; cat "$tmp/err"; fi
}
stderr_has() { # text description
    if grep -q -- "$1" "$tmp/err"; then ok; else bad "$2: stderr lacks '$1'"; cat "$tmp/err"; fi
}

# --- usage
expect_status 0 "--help" "$BIN" --help
expect_status 0 "--version" "$BIN" --version
expect_status 2 "unknown command" "$BIN" frobnicate
stderr_has "unknown command" "unknown command"
expect_status 2 "unknown option" "$BIN" run --scenario baku1920 --fast
stderr_has "unknown option '--fast'" "unknown option"
expect_status 2 "bad seed" "$BIN" run --scenario baku1920 --seed -4
stderr_has "seed" "bad seed"
expect_status 2 "missing value" "$BIN" run --scenario
expect_status 2 "unknown scenario" "$BIN" run --scenario no_such_thing
stderr_has "unknown scenario" "unknown scenario"
expect_status 2 "unknown ai side" "$BIN" run --scenario train_dash --ai martians
stderr_has "unknown side 'martians'" "unknown ai side"
expect_status 2 "bad option value" "$BIN" run --scenario baku1920 --option uprising=maybe
expect_status 2 "unknown scenario option" "$BIN" run --scenario baku1920 --option nonesuch=1
stderr_has "nonesuch" "unknown scenario option"
expect_status 2 "missing load file" "$BIN" run --load "$tmp/none.sav"
stderr_has "none.sav" "missing load file"
expect_status 2 "dump turn past the end" "$BIN" dump --scenario train_dash --turn 9999

# --- no display: the game says so instead of running an invisible window
env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER timeout 20 "$BIN" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" = 1 ] && grep -q "no display found" "$tmp/err"; then ok; else bad "no display: exit $rc"; cat "$tmp/err"; fi

# --- list
expect_status 0 "list" "$BIN" list
for id in baku1920 train_dash red_bridge karabakh ganja tutorial; do
    if grep -q "^$id " "$tmp/out"; then ok; else bad "list lacks $id"; fi
done

# --- run, determinism across processes
"$BIN" run --scenario baku1920 --ai all --seed 11 --quiet >"$tmp/a" 2>/dev/null
"$BIN" run --scenario baku1920 --ai all --seed 11 --quiet >"$tmp/b" 2>/dev/null
"$BIN" run --scenario baku1920 --ai all --seed 12 --quiet >"$tmp/c" 2>/dev/null
ha=$(grep -o 'hash=[0-9a-f]*' "$tmp/a"); hb=$(grep -o 'hash=[0-9a-f]*' "$tmp/b")
hc=$(grep -o 'hash=[0-9a-f]*' "$tmp/c")
if [ -n "$ha" ] && [ "$ha" = "$hb" ]; then ok; else bad "same seed, different hash ($ha / $hb)"; fi
if [ -n "$hc" ] && [ "$ha" != "$hc" ]; then ok; else bad "different seed, same hash ($ha)"; fi
if grep -q '^result: ' "$tmp/a" && [[ "$ha" =~ ^hash=[0-9a-f]{16}$ ]]; then ok; else bad "run output"; cat "$tmp/a"; fi
"$BIN" run --scenario baku1920 --ai all --seed 11 >"$tmp/lines" 2>/dev/null
if [ "$(grep -c '^turn ' "$tmp/lines")" -ge 10 ]; then ok; else bad "one line per turn"; cat "$tmp/lines"; fi

# --- save at turn 3, load, same final hash as the uninterrupted run
expect_status 0 "run --turns 3 --save" "$BIN" run --scenario baku1920 --ai all --seed 11 --turns 3 --save "$tmp/g.sav" --quiet
if [ -f "$tmp/g.sav" ] && head -1 "$tmp/g.sav" | grep -q '^baku1920-save 1$'; then ok; else bad "save file written"; fi
if grep -q '^turn 3$' "$tmp/g.sav"; then ok; else bad "saved at turn 3"; grep '^turn' "$tmp/g.sav"; fi
"$BIN" run --load "$tmp/g.sav" --ai all --quiet >"$tmp/d" 2>"$tmp/err"
hd=$(grep -o 'hash=[0-9a-f]*' "$tmp/d")
if [ "$ha" = "$hd" ]; then ok; else bad "save+load hash $hd differs from one run $ha"; cat "$tmp/err"; fi
# a save that is saved again over the old one (atomic replace) still loads
expect_status 0 "save over an existing file" "$BIN" run --load "$tmp/g.sav" --ai all --turns 1 --save "$tmp/g.sav" --quiet
expect_status 0 "reload after overwrite" "$BIN" run --load "$tmp/g.sav" --turns 0 --quiet
if ls "$tmp" | grep -q 'tmp[0-9]'; then bad "a temporary save file was left behind"; else ok; fi

# --- refused save files
cp "$tmp/g.sav" "$tmp/orig.sav"
head -n 5 "$tmp/orig.sav" >"$tmp/trunc.sav"
expect_status 2 "truncated save" "$BIN" run --load "$tmp/trunc.sav"
stderr_has "truncated" "truncated save"
sed '1s/.*/baku1920-save 7/' "$tmp/orig.sav" >"$tmp/ver.sav"
expect_status 2 "wrong version" "$BIN" run --load "$tmp/ver.sav"
stderr_has "version" "wrong version"
sed 's/^scenario baku1920$/scenario train_dash/' "$tmp/orig.sav" >"$tmp/scen.sav"
expect_status 2 "wrong scenario" "$BIN" run --load "$tmp/scen.sav"
stderr_has "changed since this game was saved" "wrong scenario"
awk '/^cmd move/ && !done {sub(/q=[-0-9]+/, "q=999"); done=1} {print}' "$tmp/orig.sav" >"$tmp/edit.sav"
expect_status 2 "edited command" "$BIN" run --load "$tmp/edit.sav"
stderr_has "edit.sav:" "edited command names the file and line"
sed 's/^hash .*/hash 0123456789abcdef/' "$tmp/orig.sav" >"$tmp/hash.sav"
expect_status 2 "edited hash" "$BIN" run --load "$tmp/hash.sav"
stderr_has "does not match" "edited hash"
printf 'hello\n' >"$tmp/junk.sav"
expect_status 2 "not a save" "$BIN" run --load "$tmp/junk.sav"
stderr_has "not a Baku 1920 save" "not a save"
: >"$tmp/empty.sav"
expect_status 2 "empty save" "$BIN" run --load "$tmp/empty.sav"
head -c 300 /dev/urandom >"$tmp/noise.sav"
expect_status 2 "random bytes" "$BIN" run --load "$tmp/noise.sav"

# --- a scenario in the user's data folder reaches the shipped common/ files
mkdir -p "$tmp/xdg/baku1920/scenarios/mine"
cat >"$tmp/xdg/baku1920/scenarios/mine/scenario.lua" <<'LUA'
local forces = include("common:forces.lua")
assert(type(forces) == "table")
return {
  api = 1, title = "Mine", description = "A user's scenario on the shipped theatre map",
  start = { year = 1920, month = 4, day = 27 }, turns = 2,
  map = "common:caucasus1920.tmj",
  sides = { { id = "red", name = "Red", color = 0xC8102E, playable = true },
            { id = "adr", name = "ADR", color = 0x0092BC, playable = true } },
  war = { { "red", "adr" } },
  unit_types = { { id = "rifle", name = "Rifles", class = "foot", symbol = "infantry",
                   mp = 4, attack = 4, defence = 4, steps = 3, morale = 6 } },
  units = { { id = "r1", name = "Rifles", side = "red", type = "rifle", at = "derbent" },
            { id = "a1", name = "Rifles", side = "adr", type = "rifle", at = "baku" } },
}
LUA
XDG_DATA_HOME="$tmp/xdg" "$BIN" list >"$tmp/out" 2>"$tmp/err"
if grep -q '^mine ' "$tmp/out"; then ok; else bad "user scenario listed"; cat "$tmp/err"; fi
XDG_DATA_HOME="$tmp/xdg" expect_status 0 "user scenario runs" "$BIN" run --scenario mine --ai all --quiet

# --- dump JSON
expect_status 0 "dump" "$BIN" dump --scenario baku1920 --seed 3
cp "$tmp/out" "$tmp/dump.json"
if python3 - "$tmp/dump.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("scenario", "turn", "date", "sides", "map", "places", "units"):
    assert k in d, k
m = d["map"]
assert m["width"] * m["height"] == len(m["hexes"])
assert m["km_per_hex"] == 10
h = m["hexes"][0]
for k in ("q", "r", "terrain", "rail"):
    assert k in h, k
assert all(0 <= x <= 5 for hx in m["hexes"] for x in hx["rail"])
assert any(p["name"] for p in d["places"])
u = d["units"][0]
for k in ("id", "name", "side", "type", "q", "r", "strength"):
    assert k in u, k
assert "result" not in d
assert len(d["hash"]) == 16
PY
then ok; else bad "dump JSON shape"; fi
# the rail graph in the dump connects the named stations of each line in their real order
if python3 - "$tmp/dump.json" "${B20_SRC:-.}/data/history/railways.csv" <<'PY'
import collections, csv, json, sys
d = json.load(open(sys.argv[1]))
DIRS = [(1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1)]
rail = {(h["q"], h["r"]): set(h["rail"]) for h in d["map"]["hexes"]}
place = {p["id"]: (p["q"], p["r"]) for p in d["places"]}
def along_rail(start):
    dist = {start: 0}
    todo = collections.deque([start])
    while todo:
        h = todo.popleft()
        for k in rail.get(h, ()):
            n = (h[0] + DIRS[k][0], h[1] + DIRS[k][1])
            if n in rail and (k + 3) % 6 in rail[n] and n not in dist:
                dist[n] = dist[h] + 1
                todo.append(n)
    return dist
lines = collections.defaultdict(list)
for row in csv.DictReader(open(sys.argv[2])):
    lines[row["line"]].append((int(row["seq"]), row["place_id"]))
assert len(lines) == 2
for name, stops in lines.items():
    ids = [pid for _, pid in sorted(stops)]
    missing = [pid for pid in ids if pid not in place]
    assert not missing, (name, missing)
    dist = along_rail(place[ids[0]])
    prev = -1
    for pid in ids:
        assert place[pid] in dist, (name, pid, "not reached by rail")
        assert dist[place[pid]] >= prev, (name, pid, "out of order")
        prev = dist[place[pid]]
    assert prev > 20, (name, prev)
PY
then ok; else bad "rail graph in dump: stations connected in order"; fi
"$BIN" run --scenario train_dash --ai all --quiet --save "$tmp/td.sav" >/dev/null 2>&1
"$BIN" dump --load "$tmp/td.sav" >"$tmp/end.json" 2>/dev/null
if python3 -c "import json,sys; d=json.load(open('$tmp/end.json')); assert 'result' in d" 2>/dev/null; then ok; else bad "dump after the end has result"; fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
