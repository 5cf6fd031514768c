#!/usr/bin/env bash
# Builds bin/casefile. The first build compiles Fyne's OpenGL driver with cgo,
# which takes 5-10 minutes on two cores; a line every 30 s shows it is alive.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building casefile (the first build compiles Fyne's OpenGL driver: 5-10 minutes)..."
start=$(date +%s)
( while sleep 30; do echo "  still building... $(( $(date +%s) - start )) s"; done ) &
ticker=$!
trap 'kill $ticker 2>/dev/null || true' EXIT
mkdir -p bin && go build -o bin/casefile .
# The link chart's layout runs Graphviz in a helper beside the program
# (picture/CHOICE.md says why): pure Go, no cgo.
CGO_ENABLED=0 go build -o bin/casefile-layout ./cmd/casefile-layout
echo "Built bin/casefile and bin/casefile-layout in $(( $(date +%s) - start )) s"
