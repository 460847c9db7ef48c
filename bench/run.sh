#!/usr/bin/env bash
# `make bench`: release build, bundle size report, then Lighthouse (mobile preset,
# Lighthouse's default) against the release build served on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

PORT="${BENCH_PORT:-4174}"
URL="http://127.0.0.1:$PORT/"
OUT=bench/out
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-quic --disable-sync"

scripts/setup.sh bench

echo "==================== release build ===================="
t0=$SECONDS
winplan_lock
trunk build --release
exec 9>&-  # release the build lock
echo "release build: $((SECONDS - t0))s"

echo
echo "==================== bundle size ===================="
node bench/size.mjs dist

echo
echo "==================== import of 1,000 plans ===================="
node bench/import.mjs dist

echo
echo "==================== a workshop of 40 plans ===================="
node bench/workshop.mjs dist

echo
echo "==================== offline start-up ===================="
node bench/offline.mjs dist

echo
echo "==================== lighthouse ===================="
mkdir -p "$OUT"
node scripts/static-server.mjs dist "$PORT" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS -o /dev/null "$URL" 2>/dev/null && break
  sleep 0.2
done
CHROME_PATH=/usr/bin/chromium bench/node_modules/.bin/lighthouse "$URL" \
  --quiet --no-enable-error-reporting \
  --chrome-flags="$CHROME_FLAGS" \
  --only-categories=performance,accessibility,best-practices \
  --output=json --output=html --output-path="$OUT/lighthouse"
node bench/scores.mjs "$OUT/lighthouse.report.json"
echo "full report: $OUT/lighthouse.report.html"
