#!/usr/bin/env bash
# The link chart's benchmarks, side by side in one run, each printing its
# ratio against its baseline:
#   - the layout of a 60-actor, 100-relation chart by go-graphviz's neato
#     (in-process and through the layout helper) against Debian's native
#     neato on the same graph, same settings and starting positions:
#     target within 2x;
#   - one frame of panning and of zooming a 500-actor chart: the UI
#     thread's work against the 16 ms a frame has;
#   - the briefing of the 10,000-statement case with its chart against the
#     same briefing without it, in-process and through the built program
#     (whose chart goes through bin/casefile-layout): target within 1.3x.
# Native neato is required: without it this fails (scripts/deps.sh --test
# installs graphviz). The start-up cost is scripts/bench-start.sh's.
#   scripts/bench-chart.sh [CLI_RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=en_US.UTF-8 CGO_ENABLED=0
runs=${1:-5}
command -v neato >/dev/null || { echo "bench-chart: native neato is missing; run scripts/deps.sh --test (Debian's graphviz)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== layout: go-graphviz against native neato, 60 actors and 100 relations (three runs: the ratio wanders with the machine's load)"
go test -run '^$' -bench 'BenchmarkLayoutVsNeato' -benchtime 40x -count 3 ./picture | grep -E '^Benchmark'
go test -run '^$' -bench 'BenchmarkDraw60' -benchtime 40x ./picture | grep -E '^Benchmark'
echo "== one frame of pan and zoom, 500 actors (of-16ms: the share of a frame's 16 ms)"
go test -run '^$' -bench 'BenchmarkChart(Pan|Zoom)500' -benchtime 200x ./app | grep -E '^Benchmark'
echo "== the 10,000-statement briefing with and without the chart, in-process"
go test -run '^$' -bench 'BenchmarkBriefingChart10000' -benchtime 3x ./export | grep -E '^Benchmark'

echo "== the same through the built program and its layout helper"
CGO_ENABLED=1 nice go build -o "$work/casefile" .
go build -o "$work/casefile-layout" ./cmd/casefile-layout
go run ./scripts/gencase -n 10000 -o "$work/big.casefile" >/dev/null
without=cover,summary,contents,actors,statements,background,notes,sources
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
"$work/casefile" export -format pdf -o "$work/warm.pdf" "$work/big.casefile" >/dev/null
: >"$work/with"; : >"$work/without"
for _ in $(seq "$runs"); do
  t=$(date +%s%N); "$work/casefile" export -format pdf -o "$work/a.pdf" "$work/big.casefile" >/dev/null; echo $(( $(date +%s%N) - t )) >>"$work/with"
  t=$(date +%s%N); "$work/casefile" export -format pdf -sections "$without" -o "$work/b.pdf" "$work/big.casefile" >/dev/null; echo $(( $(date +%s%N) - t )) >>"$work/without"
done
pdftotext "$work/a.pdf" "$work/a.txt"
grep -q "more actors in the case" "$work/a.txt" || { echo "bench-chart: the briefing's chart page does not say how many actors it leaves out" >&2; exit 1; }
w=$(median <"$work/with") o=$(median <"$work/without")
awk -v w="$w" -v o="$o" -v r="$runs" 'BEGIN{printf "casefile export -format pdf, 10,000 statements: with the chart %.0f ms, without %.0f ms: %.3fx (medians of %d)\n", w/1e6, o/1e6, w/o, r}'
