#!/usr/bin/env bash
# `make serve`: install what is missing, then build the release app and serve it
# on http://127.0.0.1:8080 with live rebuilds (address/port are in Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# trunk's watcher rebuilds whenever a file changes, so it cannot hold the shared
# build lock (scripts/env.sh): give it a target dir of its own.
export CARGO_TARGET_DIR="${WINPLAN_SERVE_TARGET_DIR:-$CARGO_TARGET_DIR-serve}"
scripts/setup.sh build
exec trunk serve --release "$@"
