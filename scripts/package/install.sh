#!/bin/sh
# Installs Casefile from this folder: the program in PREFIX/bin, its menu
# entry in PREFIX/share/applications and its icon in PREFIX/share/icons/hicolor,
# where PREFIX is ~/.local, or /usr/local when run as root.
#
#   ./install.sh               install (or: make install)
#   ./install.sh --uninstall   remove what it installed (or: make uninstall)
#
# PREFIX=/opt/casefile chooses another place; DESTDIR=/tmp/stage puts the
# files under a staging folder as if installed in PREFIX (for packagers).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

action=install
case "${1:-}" in
  "") ;;
  --uninstall|uninstall) action=uninstall ;;
  -h|--help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "usage: ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
if [ -z "${PREFIX:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    PREFIX=/usr/local
  else
    PREFIX="${HOME:?HOME is not set; give PREFIX}/.local"
  fi
fi
case "$PREFIX" in
  /*) ;;
  *) echo "install.sh: PREFIX must be an absolute path, not $PREFIX" >&2; exit 2 ;;
esac
dest="${DESTDIR:-}$PREFIX"
files=$(find bin share -type f | sort)

refresh() {
  # Menus watch share/applications (the entry claims no file types, so
  # there is no MIME cache to update); an icon cache, where the desktop
  # keeps one, is brought up to date.
  if [ -d "$dest/share/icons/hicolor" ]; then
    touch "$dest/share/icons/hicolor"
    if [ -f "$dest/share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
      gtk-update-icon-cache -q -t -f "$dest/share/icons/hicolor" 2>/dev/null || true
    fi
  fi
}

if [ "$action" = uninstall ]; then
  for f in $files; do
    rm -f "$dest/$f"
  done
  rmdir "$dest/share/doc/casefile" 2>/dev/null || true
  refresh
  echo "Removed Casefile from $dest."
  exit 0
fi

for f in $files; do
  mkdir -p "$dest/$(dirname "$f")"
  case "$f" in
    bin/*) mode=755 ;;
    *) mode=644 ;;
  esac
  case "$f" in
    share/applications/*.desktop)
      # The menu starts the program by its installed path, whether or not
      # PREFIX/bin is on the desktop session's PATH.
      exe="$PREFIX/bin/casefile"
      case "$exe" in
        *[!A-Za-z0-9/._+-]*) exe="\"$exe\"" ;; # quoted, as the Desktop Entry spec asks
      esac
      while IFS= read -r line; do
        case "$line" in
          "Exec=casefile "*) printf 'Exec=%s %s\n' "$exe" "${line#Exec=casefile }" ;;
          *) printf '%s\n' "$line" ;;
        esac
      done <"$f" >"$dest/$f.tmp"
      mv "$dest/$f.tmp" "$dest/$f"
      ;;
    *)
      cp "$f" "$dest/$f.tmp"
      mv "$dest/$f.tmp" "$dest/$f"
      ;;
  esac
  chmod "$mode" "$dest/$f"
done
refresh

echo "Installed Casefile in $dest: find it in your desktop's menu, or run $PREFIX/bin/casefile."
case ":${PATH:-}:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "($PREFIX/bin is not on your PATH: add it, or log in again if your ~/.profile adds it when it exists.)" ;;
esac
