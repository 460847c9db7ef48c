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

# The shared target dir is shared by every checkout on this machine, and cargo
# copies the final `winplan.wasm` to one fixed path in it: two checkouts building
# at once would bundle each other's app. Stages that compile hold this lock.
# `make serve` (trunk's watcher rebuilds at any time) uses a target dir of its own.
winplan_lock() {
  mkdir -p "$CARGO_TARGET_DIR"
  exec 9>"$CARGO_TARGET_DIR/.winplan-build.lock"
  if ! flock -n 9; then
    echo "waiting for another checkout's build to release $CARGO_TARGET_DIR ..." >&2
    flock 9
  fi
}
