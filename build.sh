#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages only), builds, and then either
# opens the demo project in the workbench or runs every test.
#   ./build.sh demo     build and open the demo project
#   ./build.sh test     build and run the whole test suite (ctest)
#   ./build.sh deps     only install the build dependencies
set -euo pipefail
cd "$(dirname "$0")"

# Every package is named here: the install skips recommended packages, so a
# package some -dev file only recommends (Qt6Charts' CMake config needs
# libqt6opengl6-dev) must be listed. .ci/run proves the list on a pristine
# Debian 12 (mmdebstrap --variant=apt bookworm).
packages=(
    cmake ninja-build g++ pkg-config lld
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev libqt6opengl6-dev
    qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    nlohmann-json3-dev libsqlite3-dev libssl-dev python3-jsonschema
    qtbase5-dev libkf5syntaxhighlighting-dev
    fonts-noto-color-emoji
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset dev
    cmake --build --preset dev
}

case "${1:-}" in
deps)
    install_missing
    ;;
demo)
    install_missing
    build
    demo=build/dev/demo.verdict
    [ -f "$demo" ] || build/dev/app/verdict demo "$demo"
    exec build/dev/app/verdict "$demo"
    ;;
test)
    install_missing
    build
    ctest --preset dev
    ;;
*)
    echo "usage: $0 demo|test|deps" >&2
    exit 2
    ;;
esac
