#!/bin/sh
# Benchmarks a three-way merge of two versions of a 10,000-statement case
# with 100 edits each (to different items) against loading the three files
# (casefile.Load: read, check, decode, validate), and prints how many times
# the load the merge takes. Target: at most 2. It then prints the whole of
# what `casefile merge` does (load the three, merge, save the result)
# against the same load, for scale.
#
# The benchmarks run in rounds, each round running every one once, so that
# other load on the machine falls on baseline and merge alike; the figures
# are medians over the rounds.
#
# Usage: scripts/bench-merge.sh [rounds]   (default 5)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

CGO_ENABLED=0 go test -c -o "$tmp/merge.test" ./merge/
i=0
while [ "$i" -lt "$rounds" ]; do
	(cd merge && "$tmp/merge.test" -test.run '^$' -test.bench '^Benchmark(LoadThree|Merge|MergeFiles)$' \
		-test.benchtime 3x -test.benchmem) | grep '^Benchmark' | tee -a "$tmp/out"
	i=$((i + 1))
done

awk '
{
	name = $1; sub(/-[0-9]+$/, "", name)
	n[name]++; v[name, n[name]] = $3
}
function median(name,   i, j, t, k) {
	k = n[name]
	for (i = 1; i <= k; i++) a[i] = v[name, i]
	for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
	return k % 2 ? a[(k+1)/2] : (a[k/2] + a[k/2+1]) / 2
}
END {
	load = median("BenchmarkLoadThree"); merge = median("BenchmarkMerge"); files = median("BenchmarkMergeFiles")
	printf "\n%-34s %10s %8s\n", "", "ms", "ratio"
	printf "%-34s %10.1f %8s\n", "load the three files (baseline)", load / 1e6, ""
	printf "%-34s %10.1f %7.2fx%s\n", "merge (target 2x)", merge / 1e6, merge / load, (merge / load > 2 ? "  (over 2x)" : "")
	printf "%-34s %10.1f %7.2fx\n", "casefile merge: load, merge, save", files / 1e6, files / load
}' "$tmp/out"
