#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting, vet, staticcheck,
# the unit and headless GUI tests (without cgo, then under the race
# detector), the end-to-end tests of the built binary (CLI validate and
# export, briefing PDF checks), the packages (scripts/package-test.sh) and a
# real-window smoke test under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=en_US.UTF-8
scripts/deps.sh --test

step() { echo; echo "== $*"; }

step "gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
[ -z "$unformatted" ] || { echo "gofmt would change:"; echo "$unformatted"; exit 1; }

# Every package but main and the bare window, which need cgo (main is
# tested end to end below).
pkgs=$(go list ./... | grep -v -e '^github.com/casefile/casefile$' -e '/scripts/barewindow$')

step "unit and headless GUI tests (no cgo)"
CGO_ENABLED=0 go test -count=1 $pkgs

step "the same tests under the race detector (property tests over fewer cases: -short)"
CGO_ENABLED=1 go test -race -short -count=1 $pkgs

scripts/build.sh

step "go vet"
go vet ./...

step "staticcheck"
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

step "end-to-end tests of the built binary (CLI, briefing PDF) and its version, FyneApp.toml's"
CASEFILE_BIN="$PWD/bin/casefile" go test -count=1 -run 'TestE2E|TestVersion' .

step "packages: the Linux tarball installed into a fresh HOME and run, the Windows .exe's resources"
scripts/package-test.sh

step "real-window smoke test under Xvfb"
scripts/smoke-gui.sh bin/casefile

step "kill -9 soak of the real window under Xvfb (30 kills)"
scripts/soak-kill.sh -n 30 bin/casefile

echo; echo "All tests passed."
