#!/usr/bin/env bash
# The one list of what Baku 1920 needs from Debian's packages, and the code that installs it.
# Sourced by play.sh, test.sh and bench.sh: `deps_ensure build` or `deps_ensure test`.

# Needed to build and play.
DEPS_BUILD="build-essential cmake pkg-config libsdl2-dev libsdl2-image-dev libsdl2-ttf-dev liblua5.4-dev fonts-dejavu-core"
# Needed only by the test suite and the benchmark (real-window smoke test, map generator tests).
DEPS_TEST="xvfb xauth python3 time"

deps_missing() {
    local p missing=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    printf '%s' "$missing"
}

deps_ensure() {
    local want="$DEPS_BUILD"
    [ "${1:-build}" = test ] && want="$want $DEPS_TEST"
    local missing
    missing=$(deps_missing $want)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "Installing:$missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "Missing packages. Run as root:" >&2
        echo "  sudo apt-get install$missing" >&2
        return 1
    fi
}
