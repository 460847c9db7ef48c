#!/usr/bin/env bash
# `make serve`: install what is missing, then build the release app and serve it
# on http://127.0.0.1:8080 with live rebuilds (address/port are in Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh build
exec trunk serve --release "$@"
