#!/usr/bin/env bash
# Builds both packages with scripts/package.sh and checks them:
#  - the .desktop entry passes desktop-file-validate, in the tarball and
#    installed;
#  - Casefile.exe is a PE32+ x86-64 program for the Windows GUI subsystem,
#    with an icon, and FyneApp.toml's version in its version resource; run
#    under Wine, its --version prints that version and its validate passes
#    the default case its export writes;
#  - the tarball, unpacked, installs with `make install` into a fresh HOME
#    (as an ordinary user: nobody, when this runs as root) in ~/.local: the
#    program on the PATH, the entry naming it by its installed path, the icon
#    at every hicolor size; the installed `casefile --version` prints
#    FyneApp.toml's version and `casefile validate` passes the default case
#    it exports; `make uninstall` removes every file;
#  - as root, `make install` goes to /usr/local (staged with DESTDIR).
# FyneApp.toml's version is in the tarball's name, the entry, the .exe and
# --version: the one version, everywhere.
#
# Usage: scripts/package-test.sh [linux|windows]   (both by default)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
fail() { echo "FAIL: $*" >&2; exit 1; }
pkgtool() { go run ./scripts/pkgtool "$@"; }

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(linux windows)
scripts/package.sh "${targets[@]}"
meta=$(pkgtool env) # name, id, version
eval "$meta"

windows() {
  echo "-- the Windows program"
  exe="dist/casefile-$version-windows-amd64/$name.exe"
  [ -f "dist/casefile-$version-windows-amd64.zip" ] || fail "no dist/casefile-$version-windows-amd64.zip"
  pkgtool check-exe "$exe"
  if [ -d cmd/casefile-layout ]; then
    [ -f "dist/casefile-$version-windows-amd64/casefile-layout.exe" ] || fail "no casefile-layout.exe beside $name.exe"
  fi
  wine_run "$exe"
}

# wine_run runs the Windows program's command line under Wine, in a fresh
# Wine folder: --version, then export and validate of the default case.
wine_run() {
  echo "-- $name.exe run under Wine"
  local wine
  wine=$(command -v wine64 || command -v wine || ls /usr/lib/wine/wine64 2>/dev/null) ||
    fail "no Wine (scripts/deps.sh --test installs wine64)"
  wineserver=$(command -v wineserver || echo "$(dirname "$wine")/wineserver")
  export WINEPREFIX="$work/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  # Wine makes its folder on the first run; then the stand-in for the
  # bcryptprimitives.dll Wine 8 lacks goes where Windows keeps it.
  env -u DISPLAY "$wine" wineboot -i >/dev/null 2>&1 || true
  [ -d "$WINEPREFIX/drive_c/windows/system32" ] || fail "Wine made no C:\\windows\\system32 in $WINEPREFIX"
  x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -lbcrypt
  local got
  got=$(env -u DISPLAY "$wine" "$1" --version | tr -d '\r')
  echo "$got"
  case "$got" in
    "casefile $version "*) ;;
    *) fail "$name.exe --version printed \"$got\" under Wine; FyneApp.toml's version is $version" ;;
  esac
  # Wine shows this machine's / as Z:.
  env -u DISPLAY "$wine" "$1" export -format json -o "Z:$work/wine-default.casefile"
  env -u DISPLAY "$wine" "$1" validate "Z:$work/wine-default.casefile" | tr -d '\r' | tee "$work/wine-validate.out"
  grep -q "wine-default.casefile: valid: " "$work/wine-validate.out" || fail "$name.exe validate did not find the default case valid under Wine"
  wine_window "$1"
  "$wineserver" -k 2>/dev/null || true
}

# wine_window starts the Windows program's window under Wine in Xvfb: it
# must map its window and save the default case in its data folder, which
# the program's validate then passes (a save that fails on Windows, as a
# folder sync once did, leaves no case there).
wine_window() {
  echo "-- $name.exe's window under Wine and Xvfb opens and saves the default case"
  local d=95 xpid gpid saved=""
  # The command-line runs before left a wineserver whose desktop started
  # with no display ("no driver could be loaded"): end it, so that the
  # window's run starts one on the Xvfb below.
  "$wineserver" -k 2>/dev/null || true
  "$wineserver" -w 2>/dev/null || true
  while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d+1)); done
  Xvfb :$d -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xpid=$!
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
  DISPLAY=:$d LIBGL_ALWAYS_SOFTWARE=1 "$wine" "$1" >"$work/wine-window.log" 2>&1 &
  gpid=$!
  if ! DISPLAY=:$d timeout 60 xdotool search --sync --onlyvisible --name "$name" >/dev/null; then
    kill $xpid 2>/dev/null || true
    fail "$name.exe mapped no window in 60 s under Wine: $(tail -5 "$work/wine-window.log")"
  fi
  for _ in $(seq 60); do
    saved=$(find "$WINEPREFIX/drive_c/users" -path "*/fyne/$id/default.casefile" -size +1k 2>/dev/null | head -1)
    [ -n "$saved" ] && break
    sleep 0.5
  done
  "$wineserver" -k 2>/dev/null || true
  wait $gpid 2>/dev/null || true
  kill $xpid 2>/dev/null || true
  [ -n "$saved" ] || fail "$name.exe's window saved no default case in its data folder under Wine: $(tail -5 "$work/wine-window.log")"
  env -u DISPLAY "$wine" "$1" validate "Z:$saved" | tr -d '\r' | tee "$work/wine-window-validate.out"
  grep -q "default.casefile: valid: " "$work/wine-window-validate.out" || fail "the default case $name.exe's window saved is not valid"
}

work=$(mktemp -d "${TMPDIR:-/tmp}/casefile-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
chmod 755 "$work" # for nobody, below

# user runs a command as an ordinary user with a fresh HOME: nobody when
# this runs as root, else this user.
home="$work/home"
as_user=()
user() {
  "${as_user[@]}" env -i HOME="$home" PATH="$home/.local/bin:/usr/bin:/bin" LANG=C.UTF-8 "$@"
}

linux() {
  echo "-- the Linux tarball"
  tarball="dist/casefile-$version-linux-amd64.tar.gz"
  [ -f "$tarball" ] || fail "no $tarball (its name carries FyneApp.toml's version)"
  tar -C "$work" -xzf "$tarball"
  pkg="$work/casefile-$version-linux-amd64"
  want=(install.sh Makefile bin/casefile "share/applications/$id.desktop" share/doc/casefile/LICENSE)
  [ -d cmd/casefile-layout ] && want+=(bin/casefile-layout) # the link chart's layout helper
  for f in "${want[@]}"; do
    [ -f "$pkg/$f" ] || fail "the tarball has no $f"
  done
  desktop-file-validate "$pkg/share/applications/$id.desktop" || fail "desktop-file-validate refused the tarball's entry"
  pkgtool check-icons "$pkg/share/icons/hicolor"

  echo "-- make install into a fresh HOME"
  mkdir -p "$home"
  if [ "$(id -u)" -eq 0 ]; then
    chown 65534:65534 "$home"
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
  user make -C "$pkg" install
  local_="$home/.local"
  [ -x "$local_/bin/casefile" ] || fail "make install put no program in ~/.local/bin"
  entry="$local_/share/applications/$id.desktop"
  desktop-file-validate "$entry" || fail "desktop-file-validate refused the installed entry"
  pkgtool check-desktop "$entry"
  grep -qx "Exec=$local_/bin/casefile %f" "$entry" || fail "the installed entry's Exec is $(grep ^Exec= "$entry"); want $local_/bin/casefile %f"
  pkgtool check-icons "$local_/share/icons/hicolor"

  echo "-- the installed casefile, found on the PATH"
  got=$(user casefile --version)
  echo "$got"
  case "$got" in
    "casefile $version "*) ;;
    *) fail "the installed casefile --version printed \"$got\"; FyneApp.toml's version is $version" ;;
  esac
  user casefile export -format json -o "$home/default.casefile"
  user casefile validate "$home/default.casefile" | tee "$work/validate.out"
  grep -q "default.casefile: valid: " "$work/validate.out" || fail "casefile validate did not find the default case valid"

  echo "-- make uninstall"
  user make -C "$pkg" uninstall
  left=$(find "$local_" -type f)
  [ -z "$left" ] || fail "make uninstall left: $left"

  if [ "$(id -u)" -eq 0 ]; then
    echo "-- make install as root goes to /usr/local (staged with DESTDIR)"
    stage="$work/stage"
    make -C "$pkg" install DESTDIR="$stage"
    [ -x "$stage/usr/local/bin/casefile" ] || fail "make install as root put no program in /usr/local/bin"
    grep -qx "Exec=/usr/local/bin/casefile %f" "$stage/usr/local/share/applications/$id.desktop" ||
      fail "the entry installed as root does not run /usr/local/bin/casefile"
    desktop-file-validate "$stage/usr/local/share/applications/$id.desktop"
    pkgtool check-icons "$stage/usr/local/share/icons/hicolor"
  fi
}

for t in "${targets[@]}"; do
  "$t"
done
echo "Packages checked in $(( $(date +%s) - start )) s: ${targets[*]}, version $version."
