#!/usr/bin/env bash
# The link chart's cost at start: `casefile validate` of the default case,
# and under Xvfb the time until the window maps, of the real build against
# a build without the chart code (go build -tags nochart), both built and
# measured in the same run, one after the other in each round, medians
# compared. The target: within 1.05x. (Graphviz itself is in the layout
# helper, bin/casefile-layout, which nothing starts until a chart is laid
# out; picture's TestProgramDoesNotLinkGraphviz checks casefile never links
# it.)
#   scripts/bench-start.sh [VALIDATE_RUNS] [WINDOW_RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
vruns=${1:-40} wruns=${2:-8}
work=$(mktemp -d)
xpid=""
trap '[ -n "$xpid" ] && kill $xpid 2>/dev/null; rm -rf "$work"' EXIT
nice go build -o "$work/chart/casefile" .
CGO_ENABLED=0 nice go build -o "$work/chart/casefile-layout" ./cmd/casefile-layout
nice go build -tags nochart -o "$work/nochart/casefile" .
case=$PWD/assets/default.casefile

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

# validate: one run of each per round.
: >"$work/v-chart"; : >"$work/v-nochart"
for b in chart nochart; do "$work/$b/casefile" validate "$case" >/dev/null; done
for _ in $(seq "$vruns"); do
  for b in chart nochart; do
    t=$(now); "$work/$b/casefile" validate "$case" >/dev/null; echo $(( $(now) - t )) >>"$work/v-$b"
  done
done
vc=$(median <"$work/v-chart") vn=$(median <"$work/v-nochart")
awk -v c="$vc" -v n="$vn" -v r="$vruns" 'BEGIN{printf "casefile validate (default case): with the chart %.1f ms, without %.1f ms: %.3fx (medians of %d)\n", c/1e6, n/1e6, c/n, r}'

# The window: a display of our own, from a random start (see bench-gui.sh).
for d in $(seq $((100 + RANDOM % 400)) 999); do
  [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ] && continue
  Xvfb :$d -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
  kill -0 $xpid 2>/dev/null && break
done
export DISPLAY=:$d LANG=en_US.UTF-8 LIBGL_ALWAYS_SOFTWARE=1
mapped() { # seconds, in ns, until the program's window maps
  export HOME="$work/home-$RANDOM$RANDOM"; mkdir -p "$HOME"
  local t; t=$(now)
  "$1" >/dev/null 2>&1 & local pid=$!
  for _ in $(seq 1200); do
    if [ -n "$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1)" ]; then
      echo $(( $(now) - t )); kill $pid; wait $pid 2>/dev/null || true; return
    fi
    kill -0 $pid 2>/dev/null || { echo "$1 exited before its window mapped" >&2; exit 1; }
    sleep 0.01
  done
  echo "$1: no window within 12 s" >&2; kill $pid; exit 1
}
: >"$work/w-chart"; : >"$work/w-nochart"
for b in chart nochart; do mapped "$work/$b/casefile" >/dev/null; done # warm the disk cache and GL
for _ in $(seq "$wruns"); do
  for b in chart nochart; do mapped "$work/$b/casefile" >>"$work/w-$b"; done
done
wc=$(median <"$work/w-chart") wn=$(median <"$work/w-nochart")
awk -v c="$wc" -v n="$wn" -v r="$wruns" 'BEGIN{printf "time to a mapped window (default case): with the chart %.0f ms, without %.0f ms: %.3fx (medians of %d)\n", c/1e6, n/1e6, c/n, r}'
