#!/bin/sh
# Benchmarks the STIX 2.1 export and import of a case of 10,000 statements
# beside their baselines in the same run: the export against the case's
# JSON export (export -format json), the import against loading the case
# file (its checks, strict decoding and validation), and prints how many
# times slower the STIX side is. Target: at most 1.5 for both.
#
# The benchmarks run in rounds, each round running every one once, the
# STIX side right after its baseline, so that other load on the machine
# falls on baseline and STIX alike; the times are medians over the rounds,
# and the ratio is the median of the rounds' own ratios (of two runs made
# one right after the other), which a burst of load moves less than it
# moves the medians of the times.
#
# Usage: scripts/bench-stix.sh [rounds]   (default 8)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-8}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

CGO_ENABLED=0 go test -c -o "$tmp/stix.test" ./stix/
i=0
while [ "$i" -lt "$rounds" ]; do
	(cd stix && "$tmp/stix.test" -test.run '^$' -test.bench '^Benchmark(ExportJSONBaseline|ExportSTIX|LoadBaseline|ImportSTIX)$' \
		-test.benchtime 5x -test.benchmem) | grep '^Benchmark' | tee -a "$tmp/out"
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
	printf "\n%-8s %-28s %12s %12s %8s\n", "", "baseline", "baseline ms", "STIX ms", "ratio"
	split("Export Import", ops, " ")
	split("ExportJSONBaseline LoadBaseline", bases, " ")
	split("JSON_export_(-format_json) load_of_the_case_file", what, " ")
	for (i = 1; i <= 2; i++) {
		b = "Benchmark" bases[i]; s = "Benchmark" ops[i] "STIX"
		base = median(b); ours = median(s)
		r = "ratio" i
		for (j = 1; j <= n[s] && j <= n[b]; j++) { n[r]++; v[r, j] = v[s, j] / v[b, j] }
		ratio = median(r)
		w = what[i]; gsub(/_/, " ", w)
		printf "%-8s %-28s %12.1f %12.1f %7.2fx%s\n", ops[i], w, base / 1e6, ours / 1e6, ratio, (ratio > 1.5 ? "  (over 1.5x)" : "")
	}
}' "$tmp/out"
