#!/bin/sh
# Benchmarks loading and saving a case of 10,000 statements against plain
# encoding/json, and prints how many times slower Casefile's own load and
# save are (medians over several runs). Target: at most 1.3.
#
# Usage: scripts/bench-storage.sh [count]   (default 8 runs of each)
set -eu
cd "$(dirname "$0")/.."
count=${1:-8}
out=$(mktemp)
trap 'rm -f "$out"' EXIT

CGO_ENABLED=0 go test -run '^$' -bench '^Benchmark(Load|Save)(Baseline)?$' \
	-benchtime 10x -count "$count" ./casefile/ | tee "$out"

awk '
/^Benchmark/ {
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
	printf "\n%-8s %14s %14s %8s\n", "", "baseline ms", "casefile ms", "ratio"
	split("Load Save", ops, " ")
	for (i = 1; i <= 2; i++) {
		op = ops[i]; base = median("Benchmark" op "Baseline"); ours = median("Benchmark" op)
		ratio = ours / base
		printf "%-8s %14.1f %14.1f %7.2fx%s\n", op, base / 1e6, ours / 1e6, ratio, (ratio > 1.3 ? "  (over 1.3x)" : "")
	}
}' "$out"
