#!/bin/sh
# Benchmarks loading and saving a case of 10,000 statements against plain
# encoding/json, and loading it with 100 sources of 50 KB text each
# (LoadTexts), and prints how many times slower Casefile's own load and
# save are. Target: at most 1.3. It then prints the same load and save of
# the case encrypted (its key known) against Casefile's unencrypted ones,
# target at most 1.2, and, on its own, the one-time key derivation that
# opening an encrypted case or setting its passphrase costs.
#
# The benchmarks run in rounds, each round running every one once, so that
# other load on the machine falls on baseline and Casefile alike; the figures
# are medians over the rounds.
#
# Usage: scripts/bench-storage.sh [rounds]   (default 8)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-8}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

CGO_ENABLED=0 go test -c -o "$tmp/casefile.test" ./casefile/
i=0
while [ "$i" -lt "$rounds" ]; do
	(cd casefile && "$tmp/casefile.test" -test.run '^$' -test.bench '^Benchmark(Load|Save|LoadTexts)(Baseline|Encrypted)?$' \
		-test.benchtime 10x -test.benchmem) | grep '^Benchmark' | tee -a "$tmp/out"
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
	printf "\n%-8s %14s %14s %8s\n", "", "baseline ms", "casefile ms", "ratio"
	split("Load Save LoadTexts", ops, " ")
	for (i = 1; i <= 3; i++) {
		op = ops[i]; base = median("Benchmark" op "Baseline"); ours = median("Benchmark" op)
		ratio = ours / base
		printf "%-8s %14.1f %14.1f %7.2fx%s\n", op, base / 1e6, ours / 1e6, ratio, (ratio > 1.3 ? "  (over 1.3x)" : "")
	}
	printf "\n%-8s %14s %14s %8s\n", "", "plaintext ms", "encrypted ms", "ratio"
	for (i = 1; i <= 2; i++) {
		op = ops[i]; plain = median("Benchmark" op); enc = median("Benchmark" op "Encrypted")
		ratio = enc / plain
		printf "%-8s %14.1f %14.1f %7.2fx%s\n", op, plain / 1e6, enc / 1e6, ratio, (ratio > 1.2 ? "  (over 1.2x)" : "")
	}
}' "$tmp/out"

# The key derivation takes about a second: a few runs are enough.
(cd casefile && "$tmp/casefile.test" -test.run '^$' -test.bench '^BenchmarkKeyDerivation$' -test.benchtime 3x) |
	awk '/^Benchmark/ { printf "\nkey derivation (once per open or passphrase change): %.0f ms\n", $3 / 1e6 }'
