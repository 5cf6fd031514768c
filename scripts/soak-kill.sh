#!/usr/bin/env bash
# Kill -9 soak of the real window under Xvfb on a 10,000-statement case:
# each run opens the case, adds a note (Ctrl+N) and types unique words into
# it, continuously, with pauses or in bursts, and is killed with SIGKILL at
# a random moment 1-12 s after typing starts. After every kill the case and
# its backup must load and every word typed more than 2 s before the kill
# must be in the case file; the next run, on the same file, must take over
# the dead process's lock and, by the time the case is open, have removed
# the temporary files of a save the kill cut short. One line per run, then
# the figures; exit status 1 on any loss or failure. (A typed space the
# editor put elsewhere, so that two words run together, is reported but
# is not a loss.)
#   scripts/soak-kill.sh [-n KILLS] [-seed S] BIN      (default 30 kills)
set -euo pipefail
usage() { echo "usage: scripts/soak-kill.sh [-n KILLS] [-seed S] BIN" >&2; exit 2; }
kills=30 seed=""
while [ $# -gt 0 ]; do
  case $1 in
    -n) [ $# -ge 2 ] || usage; kills=$2; shift 2 ;;
    -seed) [ $# -ge 2 ] || usage; seed=$2; shift 2 ;;
    -*) usage ;;
    *) break ;;
  esac
done
[ $# -le 1 ] || usage
[[ $kills =~ ^[1-9][0-9]*$ ]] || usage
[ -z "$seed" ] || [[ $seed =~ ^[0-9]+$ ]] || usage
bin=$(realpath "${1:-bin/casefile}")
[ -x "$bin" ] || { echo "soak: $bin is not an executable; build it with scripts/build.sh" >&2; exit 2; }
cd "$(dirname "$0")/.."

work=$(mktemp -d)
apid="" wpid="" xpid="" killer=""
cleanup() {
  [ -z "$killer" ] || kill "$killer" 2>/dev/null || true
  [ -z "$apid" ] || kill -9 "$apid" 2>/dev/null || true
  [ -z "$wpid" ] || kill "$wpid" 2>/dev/null || true
  [ -z "$xpid" ] || kill "$xpid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() {
  echo "soak: FAIL: $*"
  echo "-- program output:"; tail -30 "$work/app.log" 2>/dev/null || true
  exit 1
}
us() { us=${EPOCHREALTIME/[.,]/}; } # sets $us: microseconds since the epoch
secs() { printf '%d.%02d' $(($1 / 1000000)) $(($1 % 1000000 / 10000)); } # µs as seconds
ms() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }                 # ms as seconds

# One Xvfb for the whole soak. Other sessions on this machine run their own;
# should ours be ended from outside, the run it spoilt is run again on a new
# one (a run is void, not a loss, when the X server went away under it).
running() { [ -e "/proc/$1/stat" ] && [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" != Z ]; }
x_alive() { # a refused connection now and then is not a dead server
  for _ in 1 2 3 4 5; do
    running "$xpid" || return 1
    xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}
start_x() {
  for _ in 1 2 3 4 5; do
    d=90; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d+1)); done
    Xvfb :$d -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
    export DISPLAY=:$d
    for _ in $(seq 50); do
      running "$xpid" || break # the display was taken meanwhile: try the next
      [ -e /tmp/.X11-unix/X$d ] && x_alive && return 0
      sleep 0.1
    done
    kill "$xpid" 2>/dev/null || true; wait "$xpid" 2>/dev/null || true
  done
  fail "Xvfb would not start"
}
voids=0
void() {
  voids=$((voids + 1))
  echo "soak: run $r: void: the X server on :$d went away ($*); running it again on a new one"
  [ "$voids" -le 5 ] || fail "the X server went away more than 5 times"
  if [ -n "$killer" ]; then kill "$killer" 2>/dev/null || true; wait "$killer" 2>/dev/null || true; killer=""; fi
  if [ -n "$apid" ]; then kill -9 "$apid" 2>/dev/null || true; wait "$wpid" 2>/dev/null || true; apid="" wpid=""; fi
  kill "$xpid" 2>/dev/null || true; wait "$xpid" 2>/dev/null || true
  start_x
}

[ -n "$seed" ] || seed=$(( $(date +%s) % 100000 ))
RANDOM=$seed
soak_start=$(date +%s)

# The Go tool keeps its caches where they were when HOME moves.
GOPATH=$(go env GOPATH) GOCACHE=$(go env GOCACHE) GOMODCACHE=$(go env GOMODCACHE)
export GOPATH GOCACHE GOMODCACHE
case=$work/big.casefile
go run ./scripts/gencase -n 10000 -o "$case"
title=$(sed -n 's/^    "title": "\(.*\)",$/\1/p' "$case" | head -1)
[ -n "$title" ] || fail "cannot read the case title from $case"
want="$title — Casefile"
tmpglob=".$(basename "$case").tmp-"

start_x
export LANG=en_US.UTF-8 LIBGL_ALWAYS_SOFTWARE=1
export HOME="$work/home" XDG_DATA_HOME="" XDG_CONFIG_HOME=""
mkdir -p "$HOME"
echo "soak: $kills kills, seed $seed, $bin on a 10,000-statement case ($(du -h "$case" | cut -f1)), display :$d"

n=0 run=0 glfw=0 xfails=0 lossruns=0 lost=0 joinruns=0 loadfail=0 staleruns=0 made=0 mapsum=0
declare -A stale=() # temporary files still there after a later open
while [ "$n" -lt "$kills" ]; do
  run=$((run + 1)) r=$((n + 1)) # run numbers the words, so a void run's never count
  x_alive || void "between runs"
  # Temporary files of earlier saves, cut short by a kill, that opening the
  # case should remove.
  before=(); declare -A old=()
  for f in "$work/$tmpglob"*; do [ -e "$f" ] && { before+=("$f"); old[$f]=1; }; done

  # Open: the window is mapped and titled with the case's title (just
  # "Casefile" until the case has loaded into it).
  starts=0 gone=""
  while :; do
    starts=$((starts + 1))
    us; t0=$us
    # A wrapper waits for the program, so that bash's "Killed" notices go
    # nowhere, and keeps its exit status.
    rm -f "$work/pid" "$work/rc"
    ( "$bin" "$case" >"$work/app.log" 2>&1 & echo $! >"$work/pid"
      rc=0; wait $! || rc=$?; echo $rc >"$work/rc" ) 2>/dev/null & wpid=$!
    until [ -s "$work/pid" ]; do sleep 0.01; done
    apid=$(cat "$work/pid")
    win="" name=""
    while :; do
      win=$(xdotool search --onlyvisible --pid "$apid" 2>/dev/null | head -1 || true)
      if [ -n "$win" ]; then
        name=$(xdotool getwindowname "$win" 2>/dev/null || true)
        [ "$name" = "$want" ] && break
        case $name in *"(read-only)"*)
          fail "run $r: the case opened read-only (\"$name\"): the lock of the killed process was not taken over" ;;
        esac
      fi
      if ! running "$apid"; then
        x_alive || { gone="while the program started"; break; }
        # Now and then (about 1 connection in 1,000 here) Xvfb refuses a
        # client: GLFW then finds no platform. Not the program's fault.
        if [ "$starts" -lt 4 ] && grep -q 'failed to initialise GLFW' "$work/app.log"; then gone=retry; break; fi
        wait "$wpid" 2>/dev/null || true
        fail "run $r: the program exited (status $(cat "$work/rc" 2>/dev/null)) before its window showed the case"
      fi
      us; [ $((us - t0)) -lt 60000000 ] ||
        fail "run $r: no window titled \"$want\" within 60 s (last title: \"${name:-no window}\")"
      sleep 0.05
    done
    [ "$gone" = retry ] || break
    wait "$wpid" 2>/dev/null || true; apid="" wpid="" gone=""
    glfw=$((glfw + 1))
    echo "soak: run $r: the program could not connect to the X server (GLFW found no platform); starting it again"
    sleep 0.5
  done
  [ -z "$gone" ] || { void "$gone"; continue; }
  us; mapped=$((us - t0))

  # Ctrl+N adds a note on the case and puts the cursor in its editor. The
  # save that follows (a new inode: a save renames over the file) shows the
  # UI has handled it, so the words go into the editor.
  xdotool windowfocus --sync "$win" 2>/dev/null || true
  ino=$(stat -c %i "$case")
  xdotool key --clearmodifiers ctrl+n 2>/dev/null || true
  us; tn=$us saw=""
  for attempt in 1 2; do
    while us; [ $((us - tn)) -lt 6000000 ]; do
      [ "$(stat -c %i "$case" 2>/dev/null)" != "$ino" ] && { saw=1; break; }
      sleep 0.05
    done
    [ -n "$saw" ] && break
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    xdotool key --clearmodifiers ctrl+n 2>/dev/null || true
    us; tn=$us
  done
  if [ -z "$saw" ]; then
    x_alive || { void "before typing"; continue; }
    fail "run $r: the note added with Ctrl+N was not saved within 12 s"
  fi

  # The case is open: leftovers older than this run must be gone.
  left=0 leftnames=""
  for f in ${before[@]+"${before[@]}"}; do
    [ -e "$f" ] || continue
    left=$((left + 1))
    [ -n "${stale[$f]:-}" ] || leftnames+=" ${f##*/}"
    stale[$f]=1
  done

  # This run's rhythm and kill.
  case $((RANDOM % 3)) in
    # kd, the ms between keys: 12-60, faster than a fast typist's 80-100.
    # Far faster (5 ms) and the program falls seconds behind the keys on
    # this case, which tests how fast it takes keys, not when it saves.
    0) rhythm=continuous kd=$((20 + RANDOM % 31)) ;;
    1) rhythm=pauses kd=$((25 + RANDOM % 36)) ;;
    2) rhythm=bursts kd=$((12 + RANDOM % 14)) ;;
  esac
  offset=$((1000 + RANDOM % 11001)) # ms after typing starts
  if [ $((RANDOM % 3)) -eq 0 ]; then how=after-word; else how=any-moment; fi
  burst=$((3 + RANDOM % 13))

  rm -f "$work/killed"
  times=()
  us; start=$us deadline=$((us + offset * 1000))
  if [ "$how" = any-moment ]; then
    # Lands wherever the typing is: mid-word, between words, mid-pause.
    ( sleep "$(ms "$offset")"; echo "${EPOCHREALTIME/[.,]/}" >"$work/killed"; kill -9 "$apid" ) &
    killer=$!
  fi
  i=0
  while :; do
    us; [ "$how" = after-word ] || [ "$us" -lt "$deadline" ] || break
    i=$((i + 1))
    for _ in 1 2 3; do # xdotool too is refused a connection now and then
      xdotool type --delay "$kd" "r${run}w$i " 2>/dev/null && { us; times[i]=$us; break; }
      xfails=$((xfails + 1))
    done
    [ -n "${times[i]:-}" ] || { us; times[i]=$((us + 3600000000)); } # never typed: never due
    if [ "$how" = after-word ] && [ "$us" -ge "$deadline" ]; then
      us; echo "$us" >"$work/killed"; kill -9 "$apid" 2>/dev/null || true; break
    fi
    gap=0
    case $rhythm in
      continuous) gap=$((RANDOM % 200)) ;;
      pauses) if [ $((RANDOM % 5)) -eq 0 ]; then gap=$((500 + RANDOM % 2501)); else gap=$((RANDOM % 200)); fi ;;
      bursts) if [ $((i % burst)) -eq 0 ]; then gap=$((200 + RANDOM % 1301)); fi ;;
    esac
    if [ "$how" = any-moment ]; then # wake for the kill, not long after it
      us; rest=$(( (deadline - us) / 1000 + 20 ))
      [ "$rest" -ge "$gap" ] || gap=$rest
    fi
    [ "$gap" -le 0 ] || sleep "$(ms "$gap")"
  done
  if [ -n "$killer" ]; then wait "$killer" 2>/dev/null || true; killer=""; fi
  wait "$wpid" 2>/dev/null || true # the program is reaped: its pid is free, its lock stale
  apid="" wpid=""
  rc=$(cat "$work/rc" 2>/dev/null || echo unknown)
  x_alive || { void "during the run"; continue; }
  [ "$rc" = 137 ] || fail "run $r: the program ended by itself (exit status $rc) before the kill"
  killed=$(cat "$work/killed")
  n=$((n + 1)) mapsum=$((mapsum + mapped))

  # Temporary files of a save this kill cut short, for the next open.
  tmps=0
  for f in "$work/$tmpglob"*; do [ -e "$f" ] && [ -z "${old[$f]:-}" ] && tmps=$((tmps + 1)); done
  unset old
  made=$((made + tmps))

  # Both files load (checked side by side: two cores).
  loads="" vb=""
  "$bin" validate "$case" >"$work/valid" 2>&1 & vc=$!
  if [ -e "$case.bak" ]; then "$bin" validate "$case.bak" >"$work/valid.bak" 2>&1 & vb=$!; fi
  if ! wait "$vc"; then
    loads+="${loads:+,} the case"; echo "soak: run $r: the case file does not load after the kill:"; head -5 "$work/valid"
  fi
  if [ -n "$vb" ] && ! wait "$vb"; then
    loads+="${loads:+,} the backup"; echo "soak: run $r: the backup does not load after the kill:"; head -5 "$work/valid.bak"
  fi

  # Every word typed more than 2 s before the kill is on disk.
  body=$(grep -F "r${run}w" "$case" || true)
  typed=0 due=0 missing=0 ondisk=0 first="" last=$start joined=""
  for w in $(seq "$i"); do
    [ "${times[w]}" -le "$killed" ] || continue # still typing when killed
    typed=$((typed + 1)) last=${times[w]}
    present=""
    if [[ $body =~ r${run}w$w([^0-9]|$) ]]; then
      ondisk=$((ondisk + 1)) present=1
      # Typing a space where the editor wraps its first line can leave the
      # cursor before the space: the next word runs on, the space goes to
      # the end. Nothing is lost, but the text is not as typed.
      [[ "$body" != *"r${run}w${w}r${run}w"* ]] || joined+=" r${run}w${w}r${run}w$((w + 1))"
    fi
    if [ $((killed - times[w])) -gt 2000000 ]; then
      due=$((due + 1))
      if [ -z "$present" ]; then
        missing=$((missing + 1))
        [ -n "$first" ] || first="r${run}w$w, $(secs $((killed - times[w]))) s before the kill"
      fi
    fi
  done
  printf 'run %3d: %-10s %2d ms/key: %3d words in %5s s, killed at %5s s (%s); %3d typed >2 s before, %3d on disk, %3d missing%s; open %s s; tmp files %d stale, %d new%s\n' \
    "$n" "$rhythm" "$kd" "$typed" "$(secs $((last - start)))" "$(secs $((killed - start)))" "$how" \
    "$due" "$ondisk" "$missing" "${first:+ (first $first)}" "$(secs "$mapped")" "$left" "$tmps" \
    "${loads:+; LOAD FAILURE:$loads}"
  [ "$missing" -eq 0 ] || { lossruns=$((lossruns + 1)); lost=$((lost + missing)); }
  if [ -n "$joined" ]; then
    joinruns=$((joinruns + 1))
    echo "soak: run $r: a typed space is not where it was typed, the words run together:$joined"
  fi
  if [ "$left" -gt 0 ]; then
    staleruns=$((staleruns + 1))
    echo "soak: run $r: FAIL: $left temporary file(s) of killed saves still there once the case had opened${leftnames:+, newly:$leftnames}"
  fi
  if [ -n "$loads" ]; then
    loadfail=$((loadfail + 1))
    keep=$(mktemp -d /tmp/soak-kill-failure.XXXXXX)
    cp -p "$work"/*.casefile* "$work/.$(basename "$case")"* "$keep"/ 2>/dev/null || true
    echo "soak: run $r: the files as the kill left them are kept in $keep"
    case $loads in *"the case"*) echo "soak: the case no longer loads; stopping"; break ;; esac
  fi
done

took=$(( $(date +%s) - soak_start ))
echo "soak: $n kills, $lossruns runs with losses, $lost words lost, $loadfail load failures"
echo "soak: $made temporary files left by kills, ${#stale[@]} of them still there after a later open (in $staleruns runs)$([ "$voids" -eq 0 ] || echo "; $voids void runs (the X server went away)")"
[ "$joinruns" -eq 0 ] ||
  echo "soak: in $joinruns runs a typed space moved further on in the note (the words run together where the editor wraps a line: an editing bug, not a loss)"
[ "$glfw" -eq 0 ] && [ "$xfails" -eq 0 ] ||
  echo "soak: Xvfb refused connections: $glfw program starts and $xfails xdotool calls were tried again"
echo "soak: took $took s, $(secs $((took * 1000000 / (n > 0 ? n : 1)))) s a kill (the window showed the case $(secs $((mapsum / (n > 0 ? n : 1)))) s after start on average); seed $seed"
[ "$lossruns" -eq 0 ] && [ "$loadfail" -eq 0 ] && [ "$staleruns" -eq 0 ] && [ "$n" -eq "$kills" ] || exit 1
echo "soak: PASS"
