#!/usr/bin/env bash
# The test pipeline, stage by stage, each one timed. `make test` runs them all:
#   setup fmt clippy clippy-wasm unit build e2e
# Name stages to run only those, e.g. `scripts/test.sh fmt clippy`.
# Ends with the summary lines (cargo's "test result:" lines, per-runner counts and
# a closing "N passed, N failed, N skipped"), also when a stage fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

ALL_STAGES=(setup fmt clippy clippy-wasm unit build e2e)
if [ "$#" -gt 0 ]; then stages=("$@"); else stages=("${ALL_STAGES[@]}"); fi

stage_setup() { scripts/setup.sh test; }
stage_fmt() { cargo fmt --all -- --check; }
stage_clippy() { cargo clippy --all-targets -- -D warnings; }
# The UI is cfg(target_arch = "wasm32") only: lint it on the wasm target too.
stage_clippy_wasm() { cargo clippy --target wasm32-unknown-unknown -- -D warnings; }
stage_unit() {
  mkdir -p test-results
  cargo test 2>&1 | tee test-results/cargo-test.log
}
stage_build() {
  trunk build --release || return
  # The size budget (issue 14): release wasm + js + css, gzip -9, printed
  # on every run; over 350 KB fails the build. Deterministic, not a timing.
  BENCH_STRICT=1 node bench/size.mjs dist
}
stage_e2e() {
  if [ ! -f dist/index.html ]; then
    echo "dist/index.html is missing: run the 'build' stage first" >&2
    return 1
  fi
  rm -f test-results/results.json
  playwright test
}

timings=()
current=""
t0=$SECONDS
summarize=false
for s in "${stages[@]}"; do
  case "$s" in
    unit | e2e) summarize=true ;;
    setup | fmt | clippy | clippy-wasm | build) ;;
    *) echo "unknown stage '$s' (stages: ${ALL_STAGES[*]})" >&2; exit 2 ;;
  esac
done

finish() {
  local rc=$?
  set +e
  echo
  echo "==================== timings ===================="
  if [ -n "$current" ]; then
    timings+=("$(printf '%-12s %5ds  FAILED (exit %d)' "$current" $((SECONDS - t0)) "$rc")")
  fi
  local t
  for t in "${timings[@]}"; do echo "$t"; done
  if $summarize || [ "$rc" -ne 0 ]; then node scripts/summary.mjs "$rc" "$current"; fi
  exit "$rc"
}
trap finish EXIT

# Stale results from an earlier run must not leak into this run's summary.
if $summarize; then rm -f test-results/cargo-test.log test-results/results.json; fi

t_all=$SECONDS
locked=false
for s in "${stages[@]}"; do
  current="$s"
  case "$s" in
    clippy | clippy-wasm | unit | build) $locked || { winplan_lock; locked=true; } ;;
    *) if $locked; then exec 9>&- && locked=false; fi ;; # release it (no child keeps it)
  esac
  echo
  echo "==================== $s ===================="
  t0=$SECONDS
  "stage_${s//-/_}"
  timings+=("$(printf '%-12s %5ds' "$s" $((SECONDS - t0)))")
done
current=""
timings+=("$(printf '%-12s %5ds' total $((SECONDS - t_all)))")
