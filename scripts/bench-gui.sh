#!/usr/bin/env bash
# Start-up time and idle memory of the real Casefile window under Xvfb, for
# the default case, a 10,000-statement case and the default case with a
# 1 MB summary, beside a bare Fyne window built and measured in the same
# run. For each it times how soon the window maps and how soon the case is
# shown in it (the title changes from "Casefile" to "<case title> —
# Casefile"), and prints the ratios against the bare window and of the
# 1 MB summary against the default case.
#   scripts/bench-gui.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d)
trap 'kill $xpid 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/casefile" .
go build -o "$work/barewindow" ./scripts/barewindow
go run ./scripts/gencase -n 10000 -o "$work/big.casefile"
go run ./scripts/gencase -default -long summary -long-size 1048576 -o "$work/long.casefile"

# A display of our own, from a random start: other scripts start theirs
# from :90 at the same time, and the first free number may be taken
# between the check and Xvfb's start.
for d in $(seq $((100 + RANDOM % 400)) 999); do
  [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ] && continue
  Xvfb :$d -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
  kill -0 $xpid 2>/dev/null && break
done
export DISPLAY=:$d LANG=en_US.UTF-8 LIBGL_ALWAYS_SOFTWARE=1

# measure NAME CMD...: seconds until the window maps, until its title names
# a case, and RSS after 3 s idle.
measure() {
  local name=$1; shift
  local total_t=0 total_s=0 total_m=0
  for _ in $(seq "$runs"); do
    export HOME="$work/home-$RANDOM"; mkdir -p "$HOME"
    local start; start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 & local pid=$!
    local mapped="" shown="" win=""
    for _ in $(seq 600); do
      if win=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1) && [ -n "$win" ]; then mapped=$(date +%s.%N); break; fi
      kill -0 $pid 2>/dev/null || { echo "$name: the program exited before its window mapped" >&2; exit 1; }
      sleep 0.02
    done
    [ -n "$mapped" ] || { echo "$name: no window within 12 s" >&2; kill $pid; exit 1; }
    for _ in $(seq 1500); do
      case $(xdotool getwindowname "$win" 2>/dev/null) in ?*" — Casefile") shown=$(date +%s.%N); break;; esac
      sleep 0.02
    done
    [ -n "$shown" ] || { echo "$name: no case shown within 30 s of the window" >&2; kill $pid; exit 1; }
    sleep 3
    local rss; rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    total_t=$(awk -v a="$total_t" -v s="$start" -v m="$mapped" 'BEGIN{print a + (m - s)}')
    total_s=$(awk -v a="$total_s" -v s="$start" -v m="$shown" 'BEGIN{print a + (m - s)}')
    total_m=$((total_m + rss))
  done
  awk -v n="$name" -v t="$total_t" -v s="$total_s" -v m="$total_m" -v r="$runs" \
    'BEGIN{printf "%-26s maps in %.2f s, shows the case in %.2f s, idle RSS %.0f MB (mean of %d)\n", n, t/r, s/r, m/r/1024, r}'
  local v=${name,,}; v=${v//[^a-z0-9]/_}
  eval "${v}_t=$(awk -v t="$total_t" -v r="$runs" 'BEGIN{print t/r}')"
  eval "${v}_s=$(awk -v s="$total_s" -v r="$runs" 'BEGIN{print s/r}')"
  eval "${v}_m=$((total_m / runs))"
}

# ratio NAME BASE: NAME's times and memory over BASE's.
ratio() {
  local t=${1}_t s=${1}_s m=${1}_m bt=${2}_t bs=${2}_s bm=${2}_m
  awk -v n="$1" -v b="$2" -v t="${!t}" -v bt="${!bt}" -v s="${!s}" -v bs="${!bs}" -v m="${!m}" -v bm="${!bm}" \
    'BEGIN{printf "%-26s against %s: maps %.2fx, shows the case %.2fx, memory %.2fx\n", n, b, t/bt, s/bs, m/bm}'
}

# One unrecorded start of each warms the disk cache and the X server's GL.
runs_wanted=$runs; runs=1
measure "warm-up bare" "$work/barewindow" >/dev/null
measure "warm-up casefile" "$work/casefile" >/dev/null
runs=$runs_wanted
measure "bare fyne window" "$work/barewindow"
measure "casefile default case" "$work/casefile"
measure "casefile 10k statements" "$work/casefile" "$work/big.casefile"
measure "casefile 1 MB summary" "$work/casefile" "$work/long.casefile"
for v in casefile_default_case casefile_10k_statements casefile_1_mb_summary; do
  ratio "$v" bare_fyne_window
done
ratio casefile_1_mb_summary casefile_default_case
