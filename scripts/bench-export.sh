#!/usr/bin/env bash
# Measure the briefing export against bare gofpdf on synthetic cases: wall
# time, CPU time (user+sys, less disturbed by other load on the machine) and
# peak resident memory, each the median of RUNS alternating runs, and the
# ratios briefing/bare. Targets at 10,000 statements: time within 1.2x of
# bare, peak memory within 200 MB.
#
#   scripts/bench-export.sh [SIZES...]     (default: 100 1000 10000; RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100 1000 10000}")
read -r -a sizes <<<"${sizes[*]}"
runs=${RUNS:-3}
bin=$(mktemp -d)/benchexport
trap 'rm -rf "$(dirname "$bin")"' EXIT
CGO_ENABLED=0 go build -o "$bin" ./export/internal/benchexport

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for n in "${sizes[@]}"; do
  declare -A wall cpu rss
  for mode in bare briefing; do wall[$mode]=""; cpu[$mode]=""; rss[$mode]=""; done
  for ((i = 0; i < runs; i++)); do
    for mode in bare briefing; do
      out=$( { /usr/bin/time -f '%e %U %S %M' "$bin" -mode "$mode" -n "$n" >/dev/null; } 2>&1 | tail -1)
      read -r e u s m <<<"$out"
      wall[$mode]+="$e"$'\n'
      cpu[$mode]+="$(echo "$u + $s" | bc)"$'\n'
      rss[$mode]+="$m"$'\n'
    done
  done
  declare -A W C M
  for mode in bare briefing; do
    W[$mode]=$(printf '%s' "${wall[$mode]}" | median)
    C[$mode]=$(printf '%s' "${cpu[$mode]}" | median)
    M[$mode]=$(printf '%s' "${rss[$mode]}" | median)
  done
  printf '%6d statements: bare %6.2f s wall %6.2f s cpu %5d MB | briefing %6.2f s wall %6.2f s cpu %5d MB | ratio wall %.2f cpu %.2f mem %.2f\n' \
    "$n" "${W[bare]}" "${C[bare]}" $((M[bare] / 1024)) "${W[briefing]}" "${C[briefing]}" $((M[briefing] / 1024)) \
    "$(echo "${W[briefing]} / ${W[bare]}" | bc -l)" "$(echo "${C[briefing]} / ${C[bare]}" | bc -l)" \
    "$(echo "${M[briefing]} / ${M[bare]}" | bc -l)"
  unset wall cpu rss W C M
done
