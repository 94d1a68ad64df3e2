#!/usr/bin/env bash
# Quick start: install what is missing, then run every test layer, stopping at the first failure.
#
#   bash scripts/test.sh
#
# Stages: format check -> setup -> lint (clippy) -> host logic tests (cargo test) -> wasm
# component tests in headless Chromium (wasm-bindgen-test) -> release builds at "/" and
# "/explorer/" -> size budget (the home page's first visit in headless Chromium) -> Playwright
# end-to-end tests against both builds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# The performance issue's budget for everything the home page's first visit fetches, gzip on the
# wire (README "Performance" says what it holds and what loads later).
SIZE_BUDGET_KB="${SIZE_BUDGET_KB:-200}"
START_ALL=$SECONDS
STAGE_NO=0

stage() {
  # stage "name" command...
  local name="$1"
  shift
  STAGE_NO=$((STAGE_NO + 1))
  local start=$SECONDS
  printf '\n==================================================================\n'
  printf '== %d. %s\n' "$STAGE_NO" "$name"
  printf '==================================================================\n'
  local rc=0
  "$@" || rc=$?
  if [ "$rc" -ne 0 ]; then
    printf '\ntest.sh: FAILED at stage %d "%s" (exit code %d, after %ds)\n' "$STAGE_NO" "$name" "$rc" $((SECONDS - start)) >&2
    exit "$rc"
  fi
  printf -- '-- %s: ok (%ds)\n' "$name" $((SECONDS - start))
}

format_check() {
  # Needs only the toolchain's rustfmt, so it runs before the installs and fails in seconds.
  cargo fmt --all -- --check || {
    printf '\ntest.sh: the files above are not rustfmt-clean. Fix: cargo fmt --all\n' >&2
    return 1
  }
}
stage "format (cargo fmt --check)" format_check

stage "setup (install missing tools)" bash scripts/setup.sh
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

lint() {
  # Host (core, tools, tests) and the wasm app as it really builds: both must be warning-free.
  cargo clippy --workspace --all-targets -- -D warnings &&
    cargo clippy -p strategy-explorer --target wasm32-unknown-unknown --all-targets -- -D warnings || {
    printf '\ntest.sh: clippy found the problems above. Fix them (cargo clippy --fix --allow-dirty\n' >&2
    printf '  mends some), then check with: cargo clippy --workspace --all-targets -- -D warnings\n' >&2
    printf '  and: cargo clippy -p strategy-explorer --target wasm32-unknown-unknown --all-targets -- -D warnings\n' >&2
    return 1
  }
}
stage "lint (clippy -D warnings, host and wasm)" lint

stage "host logic tests (cargo test, workspace minus the wasm app crate)" \
  cargo test --workspace --exclude strategy-explorer

wasm_tests() {
  # wasm-bindgen-test-runner reads webdriver.json from the crate root (the repo root here).
  # --tests: lib, bin and tests/ targets; no doctests (cargo >= 1.89 would cross-compile each
  # doctest to wasm and hand it to the runner, which is slow and not what they are for).
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER=/usr/bin/chromedriver \
    WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-60}" \
    cargo test -p strategy-explorer --target wasm32-unknown-unknown --tests
}
stage "wasm component tests (wasm-bindgen-test in headless Chromium)" wasm_tests

stage "release build at / (dist-e2e/root)" bash scripts/build.sh --public-url / --dist dist-e2e/root
stage "release build at /explorer/ (dist-e2e/sub)" bash scripts/build.sh --public-url /explorer/ --dist dist-e2e/sub

stage "size report (first visit in Chromium, gzip budget ${SIZE_BUDGET_KB} KB)" \
  node scripts/size-report.mjs dist-e2e/root --budget-kb "$SIZE_BUDGET_KB"

stage "end-to-end tests (Playwright, Debian Chromium, root + /explorer/ sub-path)" \
  npx --no-install playwright test -c tests/e2e/playwright.config.mjs

printf '\ntest.sh: all %d stages passed in %ds\n' "$STAGE_NO" $((SECONDS - START_ALL))
