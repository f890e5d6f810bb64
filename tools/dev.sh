#!/usr/bin/env bash
# OriginDesk developer entry point.
#   tools/dev.sh run    install what is missing, build (Release) and launch the desktop app
#   tools/dev.sh test   install what is missing, build and run the whole test suite through CTest
#   tools/dev.sh bench  install what is missing, build (Release) and run the performance benchmark
#   tools/dev.sh package  install what is missing, build the .deb, install it, check it, remove it
# Both are idempotent: packages already present are skipped and builds are incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

install_packages() {
    local missing=()
    while read -r pkg; do
        pkg=${pkg%%#*}
        pkg=$(echo "$pkg" | xargs)
        [ -z "$pkg" ] && continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done < tools/apt-packages.txt
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local dir=$1 type=$2
    shift 2
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    fi
    cmake --build "$dir" --parallel "$(nproc)"
}

cmd=${1:-}
case "$cmd" in
run)
    install_packages
    configure_and_build build-release Release
    shift
    exec ./build-release/src/app/origindesk "$@"
    ;;
package)
    install_packages
    exec tools/package-check.sh
    ;;
bench)
    install_packages
    configure_and_build build-release Release
    shift
    exec ./build-release/bench/origindesk-bench --output docs/performance-results.json "$@"
    ;;
test)
    install_packages
    shift
    builddir=build
    extra=(-DORIGINDESK_WERROR=ON)
    if [ "${1:-}" = "--sanitize" ]; then
        builddir=build-sanitize
        extra+=(-DORIGINDESK_SANITIZE=ON)
        shift
    fi
    configure_and_build "$builddir" Debug "${extra[@]}"
    export QT_QPA_PLATFORM=offscreen
    export ORIGINDESK_BUILD_DIR="$here/$builddir"
    # A private D-Bus session with an unlocked gnome-keyring, so the keychain is tested for real.
    # The keyring daemon gets a throw-away home: the tests never touch the user's own keyrings.
    keyring_home=$(mktemp -d)
    trap 'rm -rf "$keyring_home"' EXIT
    export ORIGINDESK_KEYRING_HOME="$keyring_home"
    dbus-run-session -- sh -c '
        echo -n origindesk-test | HOME="$ORIGINDESK_KEYRING_HOME" XDG_DATA_HOME="$ORIGINDESK_KEYRING_HOME/data" \
            gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        ctest --test-dir "$ORIGINDESK_BUILD_DIR" --output-on-failure --timeout 300 "$@"
    ' sh "$@"
    ;;
*)
    echo "usage: tools/dev.sh run | test [--sanitize] [ctest arguments] | bench [--quick] | package" >&2
    exit 2
    ;;
esac
