#!/usr/bin/env bash
# Installs what is missing, builds Casefile and opens it on the default case
# (or on the case file given as an argument).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
exec bin/casefile "$@"
