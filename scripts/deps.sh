#!/usr/bin/env bash
# Installs the system packages Casefile needs on Debian or Ubuntu, skipping
# those already present: a C toolchain and the OpenGL, X11 and Wayland
# headers for Fyne's driver (GLFW 3.4 builds both window systems), and with --test also Xvfb, xdotool and ImageMagick (the real-window
# smoke test), poppler-utils and qpdf (the briefing PDF checks) and graphviz
# (native neato, the link chart's layout benchmark's baseline); with --package
# (and --test) also mingw-w64, the C cross-compiler for the Windows build, and
# with --test desktop-file-utils, make and wine64 (the package test, which
# runs the Windows program under Wine).
set -euo pipefail
pkgs=(gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
      libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev)
if [ "${1:-}" = "--test" ]; then
  pkgs+=(xvfb xauth xdotool imagemagick poppler-utils qpdf graphviz desktop-file-utils make wine64)
fi
if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--package" ]; then
  pkgs+=(gcc-mingw-w64-x86-64)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
