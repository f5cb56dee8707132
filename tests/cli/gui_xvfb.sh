#!/usr/bin/env bash
# The desktop game in a real window under a virtual X server: it starts, draws frames of a
# scenario and of the main menu, saves a screenshot and quits with status 0. Needs xvfb-run
# (Debian package xvfb, installed by scripts/test.sh).
set -euo pipefail
: "${B20_BIN:?}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! command -v xvfb-run >/dev/null; then
    echo "gui_xvfb: xvfb-run is missing (apt-get install xvfb xauth)" >&2
    exit 1
fi
# the real window, not the offscreen driver the other tests use
unset SDL_VIDEODRIVER
export XDG_CONFIG_HOME="$out/config"
# Under AddressSanitizer: SDL's X11 start-up loads the system's D-Bus library, which keeps
# buffers until exit and is unloaded before the leak check runs, so the reports cannot even
# be matched by a suppression. Leak checking stays on in the offscreen UI tests, which run the
# same interface code; here the sanitizer still stops on any memory error.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

png_size() { # width and height from the PNG header
    od -An -tu1 -j16 -N8 "$1" |
        awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'
}

xvfb-run -a -s "-screen 0 1280x800x24" "$B20_BIN" play --scenario baku1920 --size 1024x700 \
    --smoke-test "$out/game.png" --frames 20
test -s "$out/game.png"
read -r w h < <(png_size "$out/game.png")
[ "$w" -ge 1024 ] && [ "$h" -ge 700 ] || { echo "unexpected size ${w}x${h}" >&2; exit 1; }
# a real picture compresses far worse than an empty one
[ "$(stat -c %s "$out/game.png")" -gt 50000 ] || { echo "screenshot looks blank" >&2; exit 1; }

# presentation mode at a projector's size: the narrator bar makes a different picture
xvfb-run -a -s "-screen 0 1920x1080x24" "$B20_BIN" play --scenario baku1920 --present \
    --size 1920x1080 --smoke-test "$out/present.png" --frames 10 --lang ru
read -r w h < <(png_size "$out/present.png")
[ "$w" -eq 1920 ] && [ "$h" -eq 1080 ] || { echo "present: size ${w}x${h}" >&2; exit 1; }
[ "$(stat -c %s "$out/present.png")" -gt 50000 ] || { echo "present: blank" >&2; exit 1; }

# --ai names the computer's sides among those a person may play; the others (Armenia and
# Georgia) are the computer's too, so the first turn ends without a click, and the autosave
# at the next one says who plays what
mkdir -p "$out/config/baku1920"
printf 'anim_speed=0\n' > "$out/config/baku1920/settings.txt"
XDG_DATA_HOME="$out/data" xvfb-run -a -s "-screen 0 1280x800x24" "$B20_BIN" play \
    --scenario baku1920 --ai red,adr --size 800x600 --smoke-test "$out/ai.png" --frames 900
grep -qx "players red=computer adr=computer armenia=computer georgia=computer" \
    "$out/data/baku1920/saves/autosave-baku1920.b20save" ||
    { echo "the autosave does not say the computer played every side" >&2; exit 1; }
rm "$out/config/baku1920/settings.txt"

# no arguments: the main menu
xvfb-run -a -s "-screen 0 1280x800x24" "$B20_BIN" --smoke-test "$out/menu.png" --frames 5 \
    --lang az
test -s "$out/menu.png"

# a scenario that does not exist: status 2 and one line naming it
set +e
msg=$(xvfb-run -a "$B20_BIN" play --scenario no_such_scenario --smoke-test "$out/x.png" 2>&1)
rc=$?
set -e
[ "$rc" -eq 2 ] || { echo "expected status 2, got $rc: $msg" >&2; exit 1; }
echo "$msg" | grep -q "no_such_scenario" || { echo "message does not name it: $msg" >&2; exit 1; }
echo "gui_xvfb: ok"
