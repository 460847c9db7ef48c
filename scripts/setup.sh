#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already
# present at the right version. Safe to run again and again; needs no stdin.
#   scripts/setup.sh build   -> Rust wasm target, rustfmt/clippy, trunk, wasm-bindgen-cli,
#                               npm packages (binaryen's wasm-opt, Playwright), crates
#   scripts/setup.sh test    -> build + Debian's Chromium and CJK fonts
#   scripts/setup.sh bench   -> test + Lighthouse (bench/package.json)
# Only package registries are used (crates.io, npm, Debian): nothing downloads a
# prebuilt binary or a browser build of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION="0.21.14"
# The wasm-bindgen-cli version trunk demands (Trunk.toml [tools]); it must equal the
# wasm-bindgen crate version in Cargo.lock, or the generated glue will not match.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm_bindgen *= *"\([0-9.]*\)".*/\1/p' Trunk.toml)"
WASM_OPT_VERSION="$(sed -n 's/^wasm_opt *= *"version_\([0-9]*\)".*/\1/p' Trunk.toml)"
what="${1:-build}"
case "$what" in
  build | test | bench) ;;
  *) echo "usage: $0 [build|test|bench]" >&2; exit 2 ;;
esac

log() { printf '[setup] %s\n' "$*"; }

check_pins() {
  local locked
  locked="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  if [ -n "$locked" ] && [ "$locked" != "$WASM_BINDGEN_VERSION" ]; then
    echo "[setup] Cargo.lock has wasm-bindgen $locked but Trunk.toml pins $WASM_BINDGEN_VERSION: make them equal" >&2
    exit 1
  fi
}

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown && return
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

ensure_components() {
  local c installed
  installed="$(rustup component list --installed)"
  for c in rustfmt clippy; do
    grep -q "^$c" <<<"$installed" || rustup component add "$c"
  done
}

# `cargo install` builds with the tool's own release profile (fat LTO, one codegen
# unit): minutes longer on 2 cores for no benefit here, so relax it.
fast_install() {
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=2 CARGO_TARGET_DIR="$HOME/.cache/winplan/install-target" \
    cargo install "$@"
}

ensure_trunk() {
  if command -v trunk >/dev/null && [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then return; fi
  log "installing trunk $TRUNK_VERSION (crates.io)"
  fast_install trunk --version "$TRUNK_VERSION" --locked
}

ensure_wasm_bindgen() {
  if command -v wasm-bindgen >/dev/null &&
    [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then return; fi
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (crates.io)"
  fast_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked ||
    fast_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
}

ensure_node_modules() {
  # package-lock.json pins binaryen (wasm-opt), @playwright/test and @axe-core/playwright.
  if [ ! -f node_modules/.installed ] || [ package-lock.json -nt node_modules/.installed ] ||
    [ package.json -nt node_modules/.installed ]; then
    log "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    touch node_modules/.installed
  fi
  local v
  v="$(wasm-opt --version 2>/dev/null || true)"
  if [ "$v" = "${v%"(version_$WASM_OPT_VERSION)"}" ]; then
    echo "[setup] wasm-opt on PATH is '$v', Trunk.toml wants version_$WASM_OPT_VERSION" >&2
    exit 1
  fi
}

ensure_crates() {
  # trunk runs `cargo build --offline`, so every crate must be in the local cache.
  cargo fetch --quiet
}

ensure_chromium() {
  local pkgs=()
  [ -x /usr/bin/chromium ] || pkgs+=(chromium)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || pkgs+=(fonts-noto-cjk)
  [ "${#pkgs[@]}" -eq 0 ] && return
  log "installing Debian packages: ${pkgs[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
}

ensure_lighthouse() {
  if [ ! -f bench/node_modules/.installed ] || [ bench/package-lock.json -nt bench/node_modules/.installed ] ||
    [ bench/package.json -nt bench/node_modules/.installed ]; then
    log "installing Lighthouse (bench/, npm ci)"
    npm ci --prefix bench --no-audit --no-fund --loglevel=error
    touch bench/node_modules/.installed
  fi
}

check_pins
ensure_wasm_target
ensure_components
ensure_trunk
ensure_wasm_bindgen
ensure_node_modules
ensure_crates
case "$what" in
  test) ensure_chromium ;;
  bench) ensure_chromium; ensure_lighthouse ;;
esac
log "ready ($what)"
