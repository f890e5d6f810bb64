#!/usr/bin/env bash
# Builds the .deb, installs it, checks the installed app (--version, the main window offscreen from
# the installed files, the desktop file and AppStream metainfo), then removes it. Run as root.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

builddir=build-package
if [ ! -f "$builddir/build.ninja" ]; then
    cmake -S . -B "$builddir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DORIGINDESK_BUILD_TESTS=OFF -DORIGINDESK_BUILD_BENCH=OFF
fi
cmake --build "$builddir" --parallel "$(nproc)"
rm -f "$builddir"/origindesk_*.deb
(cd "$builddir" && cpack -G DEB >/dev/null)
deb=$(ls "$builddir"/origindesk_*.deb)
echo "Built $deb"
dpkg-deb --field "$deb" Depends

version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq origindesk >/dev/null' EXIT

fail() { echo "package check failed: $*" >&2; exit 1; }
[ "$(command -v origindesk)" = /usr/bin/origindesk ] || fail "origindesk is not installed in /usr/bin"
origindesk --version | grep -q "$version" || fail "origindesk --version does not say $version"
origindesk-cli --version | grep -q "$version" || fail "origindesk-cli --version"
origindesk-sandbox --version | grep -q "$version" || fail "origindesk-sandbox --version"
home=$(mktemp -d)
QT_QPA_PLATFORM=offscreen HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    timeout 60 origindesk --exit-when-shown | grep -q shown || fail "the installed app did not show its window"
rm -rf "$home"
desktop-file-validate /usr/share/applications/io.github.origindesk.OriginDesk.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.origindesk.OriginDesk.metainfo.xml >/dev/null
[ -f /usr/share/icons/hicolor/scalable/apps/io.github.origindesk.OriginDesk.svg ] || fail "the SVG icon is missing"
[ -f /usr/share/icons/hicolor/256x256/apps/io.github.origindesk.OriginDesk.png ] || fail "the PNG icons are missing"
echo "package check passed: $(basename "$deb") installs, runs and removes cleanly"
