#!/usr/bin/env bash
# `baku1920 shot`: renders scenario views to PNG without a display, in every language and
# with overlays, prints a frame time with --bench, and refuses bad options with one line on
# stderr and status 2.
set -euo pipefail
: "${B20_BIN:?}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export XDG_CONFIG_HOME="$out/config"

"$B20_BIN" shot --scenario baku1920 --out "$out/a.png" --size 800x500
test -s "$out/a.png"
"$B20_BIN" shot --scenario baku1920 --out "$out/b.png" --center baku --zoom 4 --lang ru \
    --overlay grid,supply,zoc,rail --turn 1 --seed 3
test -s "$out/b.png"
"$B20_BIN" shot --scenario baku1920 --out "$out/c.png" --select at61 --zoom 6 --lang az \
    --overlay range --contrast --scale 150
test -s "$out/c.png"
# different views give different pictures
! cmp -s "$out/a.png" "$out/b.png"
# the same options give the same picture
"$B20_BIN" shot --scenario baku1920 --out "$out/a2.png" --size 800x500
cmp -s "$out/a.png" "$out/a2.png"

"$B20_BIN" shot --scenario baku1920 --bench 3 --size 640x400 | grep -q "mean .* ms"

bad() {
    set +e
    local msg
    msg=$("$B20_BIN" shot "$@" 2>&1 >/dev/null)
    local rc=$?
    set -e
    [ "$rc" -eq 2 ] || { echo "shot $*: expected status 2, got $rc" >&2; exit 1; }
    # one line of ours (the scenario's own script log may add lines of its own)
    [ "$(printf '%s\n' "$msg" | grep -c '^baku1920 shot: ')" -eq 1 ] ||
        { echo "shot $*: not one line: $msg" >&2; exit 1; }
}
bad --scenario baku1920
bad --out "$out/x.png"
bad --scenario baku1920 --out "$out/x.png" --size 10x10
bad --scenario baku1920 --out "$out/x.png" --zoom lots
bad --scenario baku1920 --out "$out/x.png" --center atlantis
bad --scenario baku1920 --out "$out/x.png" --lang fr
bad --scenario baku1920 --out "$out/x.png" --overlay fog
bad --scenario baku1920 --out "$out/x.png" --select nobody
bad --scenario no_such_scenario --out "$out/x.png"
bad --scenario baku1920 --out /no/such/dir/x.png
bad --scenario baku1920 --out "$out/x.png" --frobnicate 1
echo "gui_shot: ok"
