#!/usr/bin/env bash
# Real-window smoke test: under Xvfb, the built binary starts on a fresh HOME,
# its window maps, a screenshot is not blank, Ctrl+N and typed text reach the
# working copy on disk, and Ctrl+Q quits cleanly.
#   scripts/smoke-gui.sh bin/casefile
set -euo pipefail
bin=$(realpath "${1:-bin/casefile}")
work=$(mktemp -d)
trap 'kill $apid 2>/dev/null || true; kill $xpid 2>/dev/null || true; rm -rf "$work"' EXIT
apid="" xpid=""
fail() { echo "smoke: FAIL: $*"; echo "-- program output:"; tail -30 "$work/app.log" 2>/dev/null || true; exit 1; }

# Made before HOME is swapped below, so that go keeps its caches.
(cd "$(dirname "$0")/.." && go run ./scripts/gencase -n 10000 -o "$work/big.casefile")

d=90; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d+1)); done
Xvfb :$d -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
export DISPLAY=:$d LANG=en_US.UTF-8 LIBGL_ALWAYS_SOFTWARE=1
export HOME="$work/home" XDG_DATA_HOME="" XDG_CONFIG_HOME=""
mkdir -p "$HOME"

start=$(date +%s.%N)
"$bin" >"$work/app.log" 2>&1 & apid=$!
win=""
for _ in $(seq 300); do
  win=$(xdotool search --onlyvisible --name 'Casefile' 2>/dev/null | head -1 || true)
  [ -n "$win" ] && break
  kill -0 $apid 2>/dev/null || fail "the program exited before its window mapped"
  sleep 0.1
done
[ -n "$win" ] || fail "no window titled …Casefile mapped within 30 s"
awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "smoke: window mapped after %.2f s: ", b-a}'
xdotool getwindowname "$win"
# The case loads into the window once it shows; its title then names it.
for _ in $(seq 300); do
  xdotool getwindowname "$win" 2>/dev/null | grep -q ' — Casefile' && break
  sleep 0.1
done
xdotool getwindowname "$win" | grep -q ' — Casefile' || fail "the default case did not load into the window within 30 s"
awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "smoke: the case showed after %.2f s: ", b-a}'
xdotool getwindowname "$win"
sleep 1.5

import -window root "$work/shot.png"
sd=$(convert "$work/shot.png" -colorspace Gray -format '%[fx:standard_deviation]' info:)
colours=$(convert "$work/shot.png" -format '%k' info:)
awk -v sd="$sd" 'BEGIN{exit !(sd > 0.05)}' || fail "the screenshot is blank (grey standard deviation $sd)"
echo "smoke: screenshot not blank (grey standard deviation $sd, $colours colours)"

copy=$(find "$HOME" -name '*.casefile' -not -name '.*' | head -1)
[ -n "$copy" ] || fail "no working copy of the default case was created under the fresh HOME"
echo "smoke: working copy at ${copy#$work/}"

# The wheel zooms the chart and the timeline about the pointer in a real
# window (the headless tests call Scrolled themselves): three notches down
# make the chart's drawing narrower (it opens fitted, so out is the way
# that keeps it all in view to measure), three up put each view back as
# it was. Coordinates are the window's, 1200x800: the tabs run down the
# left.
shot() { import -window "$win" "$work/$1.png"; }
# area NAME GEOMETRY: the PNG cut to a view, written as NAME-area.png.
area() { convert "$work/$1.png" -crop "$2" +repage "$work/$1-area.png"; }
inkwidth() { convert "$work/$1-area.png" -fuzz 8% -trim -format '%w' info: 2>/dev/null || echo 0; }
differ() { compare -metric AE -fuzz 2% "$work/$1-area.png" "$work/$2-area.png" null: 2>&1 | cut -d' ' -f1; }
wheel() { xdotool mousemove --window "$win" 650 405; sleep 0.3; for _ in 1 2 3; do xdotool click "$1"; sleep 0.05; done; sleep 0.6; }
chartview=1080x480+108+166 timeview=880x480+120+135
xdotool windowfocus --sync "$win" 2>/dev/null || true
xdotool mousemove --window "$win" 50 222 click 1 # Chart
for _ in $(seq 50); do
  sleep 0.2; shot chart; area chart $chartview
  [ "$(inkwidth chart)" -gt 100 ] && break
done
sleep 0.5; shot chart; area chart $chartview
w0=$(inkwidth chart)
[ "$w0" -gt 100 ] || fail "the chart did not draw within 10 s of showing its tab"
wheel 5; shot chart-out; area chart-out $chartview
w1=$(inkwidth chart-out)
awk -v a="$w0" -v b="$w1" 'BEGIN{exit !(b < 0.8*a)}' || fail "three notches of the wheel down did not zoom the chart out: its drawing was $w0 px wide, then $w1 px"
wheel 4; shot chart-back; area chart-back $chartview
[ "$(differ chart chart-back)" -lt 200 ] || fail "three notches up did not zoom the chart back to where three down took it from"
xdotool mousemove --window "$win" 50 395 click 1 # Timeline
sleep 1.5; shot time; area time $timeview
wheel 4; shot time-in; area time-in $timeview
[ "$(differ time time-in)" -gt 2000 ] || fail "three notches of the wheel up did not change the timeline"
wheel 5; shot time-back; area time-back $timeview
[ "$(differ time time-back)" -lt 200 ] || fail "three notches down did not zoom the timeline back to where three up took it from"
echo "smoke: the wheel zooms the chart (drawing $w0 px wide, $w1 px three notches down) and the timeline, and back"

xdotool windowfocus --sync "$win" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+n
sleep 1
marker="Smoke note $RANDOM$RANDOM"
xdotool type --delay 15 "$marker"
typed=$(date +%s.%N)
for _ in $(seq 160); do grep -q "$marker" "$copy" && break; sleep 0.05; done
grep -q "$marker" "$copy" || fail "the typed note did not reach $copy within 8 s"
awk -v a="$typed" -v b="$(date +%s.%N)" 'BEGIN{printf "smoke: typed note reached the case file on disk %.2f s after the last keystroke\n", b-a}'

xdotool key --clearmodifiers ctrl+q
for _ in $(seq 100); do kill -0 $apid 2>/dev/null || break; sleep 0.1; done
kill -0 $apid 2>/dev/null && fail "the program did not quit within 10 s of Ctrl+Q"
wait $apid && rc=0 || rc=$?
[ "$rc" -eq 0 ] || fail "the program exited with status $rc"
casefile_out=$("$bin" validate "$copy") || fail "the working copy does not validate after quitting"
echo "smoke: quit cleanly; $casefile_out"
lock="$(dirname "$copy")/.$(basename "$copy").lock"
[ ! -e "$lock" ] || fail "Ctrl+Q left the lock file $lock behind"

# The system ending the process (logout, shutdown) saves and removes the lock too.
"$bin" >"$work/app.log" 2>&1 & apid=$!
# xdotool's --name does not match the em dash, so the window is found by
# its name's last word and the title, naming the case once it is loaded,
# is read with grep.
win=""
for _ in $(seq 300); do
  win=$(xdotool search --onlyvisible --name 'Casefile' 2>/dev/null | head -1 || true)
  [ -n "$win" ] && xdotool getwindowname "$win" 2>/dev/null | grep -q ' — Casefile' && break
  sleep 0.1
done
[ -n "$win" ] || fail "the second start's window did not show the case within 30 s"
[ -e "$lock" ] || fail "a running Casefile holds no lock file at $lock"
# A note typed just before the signal, inside the autosave delay, is
# saved by the shutdown itself.
sleep 0.5 # a window that has only just mapped may not take the focus yet
xdotool windowfocus --sync "$win" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+n
sleep 1
marker2="Last words $RANDOM$RANDOM"
xdotool type --delay 15 "$marker2"
sleep 0.3 # for the key events to reach the app; autosave waits 1 s
kill -TERM $apid
for _ in $(seq 100); do kill -0 $apid 2>/dev/null || break; sleep 0.1; done
kill -0 $apid 2>/dev/null && fail "the program did not end within 10 s of SIGTERM"
wait $apid && rc=0 || rc=$?
[ "$rc" -eq 0 ] || fail "after SIGTERM the program exited with status $rc"
[ ! -e "$lock" ] || fail "SIGTERM left the lock file $lock behind"
grep -q "$marker2" "$copy" || fail "the note typed just before SIGTERM is not in $copy"
echo "smoke: SIGTERM saved a note typed just before it, released the lock and exited cleanly"

# SIGTERM at any moment of start-up (while the window maps, while a
# 10,000-statement case loads, once it shows) ends the program cleanly and
# leaves no lock: Fyne's own handler and Casefile's both stop the loop.
biglock="$work/.big.casefile.lock"
for delay in 0.1 0.4 0.8 1.5 2.5 4; do
  "$bin" "$work/big.casefile" >"$work/app.log" 2>&1 & apid=$!
  sleep "$delay"
  kill -TERM $apid
  for _ in $(seq 150); do kill -0 $apid 2>/dev/null || break; sleep 0.1; done
  kill -0 $apid 2>/dev/null && fail "the program did not end within 15 s of SIGTERM $delay s after it started"
  wait $apid && rc=0 || rc=$?
  # 143: the signal came before Go had started the program's handlers,
  # when nothing is open yet, and ended it as any program.
  [ "$rc" -eq 0 ] || [ "$rc" -eq 143 ] || fail "SIGTERM $delay s after start: exit status $rc"
  [ ! -e "$biglock" ] || fail "SIGTERM $delay s after start left the lock file behind"
done
echo "smoke: SIGTERM at six moments of start-up on a 10,000-statement case: clean exits, no lock left"
echo "smoke: PASS"
