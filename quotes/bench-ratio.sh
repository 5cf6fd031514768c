#!/bin/sh
# Benchmarks Find on 1 MB of news text against a baseline that only scans
# for quotation marks with one regular expression, and prints how many
# times slower Find is. Target: at most 3. For reference it also runs a
# regular expression that finds quoted stretches, as a naive quote finder
# would, and Find on one core (GOMAXPROCS=1): on a long text Find reads
# the paragraphs ahead of its analysis on a second goroutine.
#
# The two run in rounds, one after the other, so that other load on the
# machine falls on both alike; the figures are medians over the rounds.
#
# Usage: quotes/bench-ratio.sh [rounds]   (default 8)
set -eu
cd "$(dirname "$0")"
rounds=${1:-8}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

CGO_ENABLED=0 go test -c -o "$tmp/quotes.test" .
i=0
while [ "$i" -lt "$rounds" ]; do
	"$tmp/quotes.test" -test.run '^$' -test.bench '^Benchmark(Find|RegexpBaseline|RegexpQuotedSpans)1MB$' \
		-test.benchtime 5x -test.benchmem | grep '^Benchmark' | tee -a "$tmp/out"
	# Find reads a long text's paragraphs ahead of its analysis on a
	# second goroutine; for reference, how it does on one core
	GOMAXPROCS=1 "$tmp/quotes.test" -test.run '^$' -test.bench '^BenchmarkFind1MB$' -test.benchtime 5x |
		grep '^Benchmark' | sed 's/^BenchmarkFind1MB/BenchmarkFindOneCore1MB/' | tee -a "$tmp/out"
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
	base = median("BenchmarkRegexpBaseline1MB"); ours = median("BenchmarkFind1MB")
	spans = median("BenchmarkRegexpQuotedSpans1MB")
	ratio = ours / base
	printf "\n%-32s %10s %8s\n", "", "ms", "Find is"
	printf "%-32s %10.1f\n", "Find", ours / 1e6
	printf "%-32s %10.1f %7.2fx%s\n", "baseline (quotation marks)", base / 1e6, ratio, (ratio > 3 ? "  (over 3x)" : "")
	printf "%-32s %10.1f %7.2fx\n", "for reference (quoted stretches)", spans / 1e6, ours / spans
	one = median("BenchmarkFindOneCore1MB")
	printf "%-32s %10.1f %7.2fx the baseline\n", "Find on one core (reference)", one / 1e6, one / base
}' "$tmp/out"
