# Shared environment for the build/test/bench scripts. Source it, don't run it.
# - node_modules/.bin first on PATH: trunk must find binaryen's wasm-opt (version_132)
#   there instead of downloading one.
# - CARGO_TARGET_DIR outside the clone, so repeated CI clones reuse compiled
#   dependencies (trunk reads the target dir from `cargo metadata`, so it follows).
WINPLAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$WINPLAN_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/winplan/target}"
export CARGO_TERM_PROGRESS_WHEN=never
# Trunk: never go online (also set in Trunk.toml), no update check.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
if [ -n "${CI:-}" ]; then
  # Incremental artifacts only cost time and disk on one-shot CI builds.
  export CARGO_INCREMENTAL=0
fi
