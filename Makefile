# Win Plan (赢单计划): build, serve, test and benchmark entry points.
# Every target installs what it is missing first (scripts/setup.sh, idempotent).
# Compiled Rust lives in $(CARGO_TARGET_DIR), default ~/.cache/winplan/target,
# shared between clones; see scripts/env.sh.

SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help setup build serve test lint unit e2e bench clean

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

setup: ## install the build and test tools (Rust target, trunk, wasm-bindgen, npm, Chromium)
	@scripts/setup.sh test

build: ## release build of the web app into dist/
	@scripts/setup.sh build
	@scripts/test.sh build

serve: ## build and serve the app on http://127.0.0.1:8080 (rebuilds on change)
	@scripts/serve.sh

test: ## the full CI pipeline: fmt, clippy (native + wasm), cargo test, release build, Playwright
	@scripts/test.sh

lint: ## cargo fmt --check and clippy on the native and the wasm target
	@scripts/test.sh setup fmt clippy clippy-wasm

unit: ## native cargo test
	@scripts/test.sh unit

e2e: ## release build + Playwright tests (Chromium)
	@scripts/test.sh setup build e2e

bench: ## release bundle size and Lighthouse scores (mobile)
	@bench/run.sh

clean: ## remove build and test outputs (keeps the shared cargo cache)
	rm -rf dist test-results playwright-report bench/out
