#!/usr/bin/env bash
# Start-up time and idle memory of the real Casefile window under Xvfb, for
# the default case and a 10,000-statement case, beside a bare Fyne window
# built and measured in the same run. Prints one line per program and the
# ratios against the bare window.
#   scripts/bench-gui.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d)
trap 'kill $xpid 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/casefile" .
go build -o "$work/barewindow" ./scripts/barewindow
go run ./scripts/gencase -n 10000 -o "$work/big.casefile"

d=90; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d+1)); done
Xvfb :$d -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
export DISPLAY=:$d LANG=en_US.UTF-8 LIBGL_ALWAYS_SOFTWARE=1

# measure NAME CMD...: seconds until the window maps, and RSS after 3 s idle.
measure() {
  local name=$1; shift
  local total_t=0 total_m=0
  for _ in $(seq "$runs"); do
    export HOME="$work/home-$RANDOM"; mkdir -p "$HOME"
    local start; start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 & local pid=$!
    local mapped=""
    for _ in $(seq 600); do
      if xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then mapped=$(date +%s.%N); break; fi
      sleep 0.02
    done
    [ -n "$mapped" ] || { echo "$name: no window within 12 s" >&2; kill $pid; exit 1; }
    sleep 3
    local rss; rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    total_t=$(awk -v a="$total_t" -v s="$start" -v m="$mapped" 'BEGIN{print a + (m - s)}')
    total_m=$((total_m + rss))
  done
  awk -v n="$name" -v t="$total_t" -v m="$total_m" -v r="$runs" \
    'BEGIN{printf "%-26s maps in %.2f s, idle RSS %.0f MB (mean of %d)\n", n, t/r, m/r/1024, r}'
  eval "${name//[^a-z0-9]/_}_t=$(awk -v t="$total_t" -v r="$runs" 'BEGIN{print t/r}')"
  eval "${name//[^a-z0-9]/_}_m=$((total_m / runs))"
}

# One unrecorded start of each warms the disk cache and the X server's GL.
runs_wanted=$runs; runs=1
measure "warm-up bare" "$work/barewindow" >/dev/null
measure "warm-up casefile" "$work/casefile" >/dev/null
runs=$runs_wanted
measure "bare fyne window" "$work/barewindow"
measure "casefile default case" "$work/casefile"
measure "casefile 10k statements" "$work/casefile" "$work/big.casefile"
for v in casefile_default_case casefile_10k_statements; do
  t=${v}_t m=${v}_m
  awk -v n="$v" -v t="${!t}" -v bt="$bare_fyne_window_t" -v m="${!m}" -v bm="$bare_fyne_window_m" \
    'BEGIN{printf "%-26s start-up %.2fx the bare window, memory %.2fx\n", n, t/bt, m/bm}'
done
