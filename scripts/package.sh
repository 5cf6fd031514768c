#!/usr/bin/env bash
# Builds Casefile's packages into dist/, named with FyneApp.toml's version V
# (the one place it is written):
#
#   dist/casefile-V-linux-amd64.tar.gz   the program, its .desktop entry, the
#       icon at the hicolor sizes and install.sh (or `make install`), which
#       installs them in ~/.local, or /usr/local as root, so that Casefile is
#       on the PATH and in the desktop's menu
#   dist/casefile-V-windows-amd64.zip    Casefile.exe, cross-compiled with
#       mingw-w64: a GUI program with the icon, the version and a manifest in
#       its resources (also unpacked in dist/casefile-V-windows-amd64/)
#
# Usage: scripts/package.sh [linux|windows]   (both by default)
#
# The Linux program is compiled as scripts/build.sh compiles it (only the link
# differs: stripped), so it takes seconds once bin/casefile is built. The
# Windows build compiles Fyne's OpenGL driver again, for Windows, with cgo:
# the first time takes about ten minutes on two cores, later ones a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --package

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(linux windows)
for t in "${targets[@]}"; do
  case "$t" in linux|windows) ;; *) echo "usage: scripts/package.sh [linux|windows]" >&2; exit 2 ;; esac
done

pkgtool() { go run ./scripts/pkgtool "$@"; }
meta=$(pkgtool env) # name, id, version
eval "$meta"
mkdir -p dist
dist="$PWD/dist"
work=$(mktemp -d "${TMPDIR:-/tmp}/casefile-package.XXXXXX")
ticker=""
trap 'kill $ticker 2>/dev/null || true; rm -rf "$work"' EXIT

# The layout helper the link chart runs, beside the program, when this
# tree has it.
helper=""
[ -d cmd/casefile-layout ] && helper=casefile-layout

# timed runs a long command with a line every 30 s to show it is alive.
timed() {
  local what=$1 start
  shift
  start=$(date +%s)
  echo "$what..."
  ( while sleep 30; do echo "  still $what... $(( $(date +%s) - start )) s"; done ) &
  ticker=$!
  "$@"
  kill $ticker 2>/dev/null || true
  wait $ticker 2>/dev/null || true
  ticker=""
  echo "  done in $(( $(date +%s) - start )) s"
}

# The tarball is laid out here rather than by `fyne package -os linux`, whose
# tarball holds one 512 px icon in share/pixmaps rather than the hicolor
# sizes, has `make install` for /usr/local and `make user-install` for
# ~/.local rather than one install that chooses by who runs it, is named
# without the version, and whose build of the program (with -trimpath and
# hardening CFLAGS) compiles Fyne's OpenGL driver a second time.
linux() {
  local pkg="casefile-$version-linux-amd64"
  local root="$work/$pkg"
  mkdir -p "$root/bin" "$root/share/applications" "$root/share/icons/hicolor" "$root/share/doc/casefile"
  timed "building the Linux program" go build -ldflags "-s -w" -o "$root/bin/casefile" .
  if [ -n "$helper" ]; then
    CGO_ENABLED=0 go build -ldflags "-s -w" -o "$root/bin/$helper" ./cmd/$helper
  fi
  pkgtool desktop >"$root/share/applications/$id.desktop"
  pkgtool icons "$root/share/icons/hicolor"
  cp LICENSE "$root/share/doc/casefile/LICENSE"
  cp assets/fonts/LICENSE.txt "$root/share/doc/casefile/fonts-LICENSE.txt"
  cp scripts/package/install.sh "$root/install.sh"
  cp scripts/package/Makefile "$root/Makefile"
  chmod 755 "$root/install.sh" "$root/bin/"*
  find "$root/share" -type f -exec chmod 644 {} +
  tar -C "$work" --sort=name --owner=0 --group=0 --numeric-owner -czf "$dist/$pkg.tar.gz" "$pkg"
  echo "Wrote dist/$pkg.tar.gz ($(du -h "$dist/$pkg.tar.gz" | cut -f1))"
}

windows() {
  local pkg="casefile-$version-windows-amd64"
  # The icon, version and manifest are a resource object that go build
  # links into a Windows program from the main package's folder
  # (pkgtool syso, which says why not fyne package). It is written into a
  # copy of the source, so that nothing is added to this tree.
  local src="$work/src"
  mkdir -p "$src"
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z -co --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$src"
  else
    tar --exclude=./bin --exclude=./dist -cf - . | tar -xf - -C "$src"
  fi
  pkgtool syso "$src/rsrc_windows_amd64.syso"
  rm -rf "${dist:?}/$pkg"
  mkdir -p "$dist/$pkg"
  echo "(The first Windows build compiles Fyne's OpenGL driver for Windows: about ten minutes.)"
  # -H=windowsgui: a GUI program, which opens no console window; the
  # release tag: Fyne's release mode, as fyne package -release builds it.
  timed "cross-compiling $name.exe for Windows with mingw-w64" \
    env -C "$src" GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc \
    go build -tags release -trimpath -ldflags "-s -w -H=windowsgui" -o "$dist/$pkg/$name.exe" .
  if [ -n "$helper" ]; then
    # The GUI subsystem: started by Casefile.exe, it opens no console window.
    GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -H=windowsgui" -o "$dist/$pkg/$helper.exe" ./cmd/$helper
  fi
  cp LICENSE "$dist/$pkg/LICENSE.txt"
  cp assets/fonts/LICENSE.txt "$dist/$pkg/fonts-LICENSE.txt"
  pkgtool zip "$dist/$pkg.zip" "$dist/$pkg"
  echo "Wrote dist/$pkg.zip ($(du -h "$dist/$pkg.zip" | cut -f1)) and dist/$pkg/$name.exe"
}

for t in "${targets[@]}"; do
  "$t"
done
