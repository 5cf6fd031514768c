#!/usr/bin/env bash
# The timeline's benchmarks, each printing its ratio against its baseline:
#   - one frame of panning and of zooming the timeline of the
#     10,000-statement case (11,000 dated items), fitted and zoomed in: the
#     UI thread's work against the 16 ms a frame has (of-16ms);
#   - the briefing of the 10,000-statement case with both pictures (the
#     link chart and the timeline) against the same briefing without them,
#     in-process (with/without; timeline-share is against the briefing
#     with the chart only) and through the built program: target within 1.3x.
#   scripts/bench-timeline.sh [CLI_RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=en_US.UTF-8 CGO_ENABLED=0
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== one frame of pan and zoom, 11,000 items (of-16ms: the share of a frame's 16 ms)"
go test -run '^$' -bench 'BenchmarkTimeline(Pan|Zoom)10000' -benchtime 100x ./app | grep -E '^Benchmark'
echo "== the 10,000-statement briefing with and without both pictures, in-process"
go test -run '^$' -bench 'BenchmarkBriefingPictures10000' -benchtime 3x -timeout 30m ./export | grep -E '^Benchmark'

echo "== the same through the built program"
CGO_ENABLED=1 nice go build -o "$work/casefile" .
go build -o "$work/casefile-layout" ./cmd/casefile-layout
go run ./scripts/gencase -n 10000 -o "$work/big.casefile" >/dev/null
without=$("$work/casefile" --help 2>&1 | grep -o 'cover,[a-z,]*' | head -1 | tr ',' '\n' | grep -v -x -e chart -e timeline | paste -sd,)
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
"$work/casefile" export -format pdf -o "$work/warm.pdf" "$work/big.casefile" >/dev/null
: >"$work/with"; : >"$work/without"
for _ in $(seq "$runs"); do
  t=$(date +%s%N); "$work/casefile" export -format pdf -o "$work/a.pdf" "$work/big.casefile" >/dev/null; echo $(( $(date +%s%N) - t )) >>"$work/with"
  t=$(date +%s%N); "$work/casefile" export -format pdf -sections "$without" -o "$work/b.pdf" "$work/big.casefile" >/dev/null; echo $(( $(date +%s%N) - t )) >>"$work/without"
done
pdftotext "$work/a.pdf" - | grep -q "The timeline shows the 240 latest" || { echo "bench-timeline: the briefing's timeline does not say it shows the latest items" >&2; exit 1; }
w=$(median <"$work/with") o=$(median <"$work/without")
awk -v w="$w" -v o="$o" -v r="$runs" -v s="$without" 'BEGIN{printf "casefile export -format pdf, 10,000 statements: with both pictures %.0f ms, without (-sections %s) %.0f ms: %.3fx (medians of %d)\n", w/1e6, s, o/1e6, w/o, r}'
