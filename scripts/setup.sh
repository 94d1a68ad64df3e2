#!/usr/bin/env bash
# Installs everything Strategy Explorer needs to build and test, pinned, skipping what is
# already present at the right version. Safe to re-run. Called by scripts/start.sh and
# scripts/test.sh; can also be run on its own:  bash scripts/setup.sh
#
# Needs (not installed here): rustup with a Rust toolchain, Node.js >= 20 with npm, and
# Debian/Ubuntu apt for the system packages (run as root, or with sudo available).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
# Must stay compatible with wasm_split_helpers in Cargo.lock (the macros and the CLI share a format).
WASM_SPLIT_VERSION="0.2.4"
TARGET="wasm32-unknown-unknown"
LOG_DIR="${TMPDIR:-/tmp}/strategy-explorer-setup"
mkdir -p "$LOG_DIR"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

fail() {
  # fail "what failed" "how to fix it" [log file]
  printf '\nsetup: FAILED: %s\n' "$1" >&2
  if [ -n "${3:-}" ] && [ -s "$3" ]; then
    # The error lines of the log, without stack frames; the whole log stays on disk.
    printf 'setup: from %s:\n' "$3" >&2
    grep -iE 'error|fail|could not|unable|^E: ' "$3" |
      grep -vE '^[[:space:]]*(Compiling|Downloaded|Downloading|Checking|Fresh|Updating) |^[[:space:]]*(npm (error|ERR!)[[:space:]]+)?at |A complete log' |
      head -n 8 | sed 's/^/    /' >&2 || true
  fi
  printf 'setup: fix: %s\n' "$2" >&2
  exit 1
}

# Explains a failed download-heavy command: network problems get a network hint.
network_or() {
  # network_or LOG "registry name" "other hint"
  if grep -iE 'error|fail|could not|spurious|^E: |^W: |^Err:' "$1" 2>/dev/null | grep -vE '^[[:space:]]*(Compiling|Downloaded|Downloading) ' | grep -qiE 'could not resolve|couldn.t resolve|failed to download|spurious network|timed out|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|network|proxy|Temporary failure resolving|Could not connect'; then
    echo "could not reach the $2: check network/proxy settings, then re-run"
  else
    echo "$3"
  fi
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi
APT_UPDATED=0
apt_install() {
  # apt_install LOGNAME package...
  local log="$LOG_DIR/$1.log"
  shift
  command -v apt-get >/dev/null 2>&1 ||
    fail "apt-get not found (needed to install: $*)" "install $* with your system's package manager, then re-run"
  if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
    fail "installing $* needs root" "run 'sudo apt-get install -y $*' (or re-run this script as root)"
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$log" 2>&1 ||
      fail "apt-get update" "$(network_or "$log" "Debian package mirrors" "see the log above, fix apt, then re-run")" "$log"
    APT_UPDATED=1
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>"$log" 2>&1 ||
    fail "apt-get install $*" "$(network_or "$log" "Debian package mirrors" "see the log above, fix apt, then re-run")" "$log"
}

# --- prerequisites that this script does not install ------------------------------------
command -v rustup >/dev/null 2>&1 && command -v cargo >/dev/null 2>&1 ||
  fail "rustup/cargo not found" "install Rust with rustup (https://rustup.rs) and make sure ~/.cargo/bin is on PATH"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
  fail "node/npm not found" "install Node.js 20 or newer (with npm), then re-run"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge 20 ] ||
  fail "Node.js $(node --version) is too old" "install Node.js 20 or newer, then re-run"

# --- 1. C toolchain (cargo install builds C code in trunk's dependencies) ---------------
if command -v cc >/dev/null 2>&1; then
  say "C compiler: present ($(command -v cc))"
else
  say "C compiler: installing build-essential pkg-config via apt..."
  apt_install apt-build-essential build-essential pkg-config
fi

# --- 2. wasm target ------------------------------------------------------------------------
if rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
  say "rust target $TARGET: already installed"
else
  say "rust target $TARGET: installing..."
  rustup target add "$TARGET" >"$LOG_DIR/rustup-target.log" 2>&1 ||
    fail "rustup target add $TARGET" "$(network_or "$LOG_DIR/rustup-target.log" "Rust distribution server" "run 'rustup target add $TARGET' by hand to see the error")" "$LOG_DIR/rustup-target.log"
fi

# --- 3. the rest, in two lanes -------------------------------------------------------------
# On a fresh machine these are three `cargo install`s, which keep every core busy, and apt and
# npm, which mostly wait for the network: the builds run one after the other in one lane while
# the downloads run beside them. (Running the builds side by side too gains nothing: measured
# 16 min 38 s with 30 CPU-minutes on 2 cores; they only compete for the same cores.)
JOB_PIDS=()
JOB_NAMES=()
start_job() {
  # start_job "name" function: runs it in the background; its failure message names the step.
  local name="$1"
  shift
  ( "$@" ) &
  JOB_PIDS+=("$!")
  JOB_NAMES+=("$name")
}
wait_jobs() {
  local failed=()
  for i in "${!JOB_PIDS[@]}"; do
    wait "${JOB_PIDS[$i]}" || failed+=("${JOB_NAMES[$i]}")
  done
  if [ "${#failed[@]}" -gt 0 ]; then
    printf 'setup: FAILED: %s (the message of each is above)\n' "${failed[*]}" >&2
    exit 1
  fi
}
timed() {
  # timed "what" command...: runs it and says how long it took.
  local what="$1" start=$SECONDS
  shift
  "$@"
  say "$what: done ($((SECONDS - start)) s)"
}

# The tools are built with one profile into one target folder, so that the crates they share are
# compiled once, and without Trunk's own release profile (fat LTO in one codegen unit, minutes of
# one busy core for a tool that runs seconds per build). Measured on a fresh 2-core machine:
# 511 s for the three instead of 590 s. TLS is left out (--no-default-features): the tools are
# only used offline (`trunk build --offline`, Debian's chromedriver), never to download.
TOOLS_TARGET_DIR="$LOG_DIR/target"
cargo_install() {
  # cargo_install LOGNAME "what it is" cargo-install-args...
  local log="$LOG_DIR/$1.log" what="$2"
  shift 2
  CARGO_TARGET_DIR="$TOOLS_TARGET_DIR" CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_PANIC=unwind cargo install "$@" --force >"$log" 2>&1 ||
    fail "cargo install $what" "$(network_or "$log" "crates.io registry" "read the log, fix the cause (often a missing C compiler), then re-run")" "$log"
}

# The builds to run, one after the other: "what:function".
BUILDS=()
run_builds() {
  local build
  for build in "${BUILDS[@]}"; do
    timed "${build%%:*}" "${build##*:}"
  done
  rm -rf "$TOOLS_TARGET_DIR"
}

# Trunk
if command -v trunk >/dev/null 2>&1 && trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "trunk $TRUNK_VERSION: already installed"
else
  say "trunk $TRUNK_VERSION: installing with cargo (about 5–8 minutes; log: $LOG_DIR/trunk.log)..."
  install_trunk() { cargo_install trunk "trunk $TRUNK_VERSION" --locked trunk --version "$TRUNK_VERSION" --no-default-features; }
  BUILDS+=("trunk $TRUNK_VERSION:install_trunk")
fi

# wasm-bindgen CLI (must equal the wasm-bindgen version in Cargo.lock)
[ -f Cargo.lock ] || fail "Cargo.lock is missing" "run 'cargo generate-lockfile' in $ROOT (it is normally committed), then re-run"
WBG_VERSION="$(awk '
  /^\[\[package\]\]/ { name = "" }
  /^name = /         { name = $3 }
  /^version = / && name == "\"wasm-bindgen\"" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$WBG_VERSION" ] ||
  fail "could not find the wasm-bindgen package in Cargo.lock" "run 'cargo generate-lockfile' (or 'cargo build'), then re-run"
if command -v wasm-bindgen >/dev/null 2>&1 && wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION\$" &&
  command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  say "wasm-bindgen-cli $WBG_VERSION: already installed"
else
  say "wasm-bindgen-cli $WBG_VERSION: installing with cargo (about 2–4 minutes; log: $LOG_DIR/wasm-bindgen.log)..."
  # No --locked: the CLI's own lockfile names a webpki-roots version crates.io no longer serves.
  install_wasm_bindgen() { cargo_install wasm-bindgen "wasm-bindgen-cli $WBG_VERSION" wasm-bindgen-cli --version "$WBG_VERSION" --no-default-features; }
  BUILDS+=("wasm-bindgen-cli $WBG_VERSION:install_wasm_bindgen")
fi

# wasm-split-cli (cuts the release module into a first-load module and route chunks,
# scripts/build-wasm.sh); it has no --version, so cargo's install list tells.
if command -v wasm-split-cli >/dev/null 2>&1 &&
  cargo install --list 2>/dev/null | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "wasm-split-cli $WASM_SPLIT_VERSION: already installed"
else
  say "wasm-split-cli $WASM_SPLIT_VERSION: installing with cargo (about 1–2 minutes; log: $LOG_DIR/wasm-split.log)..."
  install_wasm_split() { cargo_install wasm-split "wasm_split_cli_support $WASM_SPLIT_VERSION" --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary; }
  BUILDS+=("wasm-split-cli $WASM_SPLIT_VERSION:install_wasm_split")
fi

# System packages, in one apt run (apt cannot run twice at once): Chromium + chromedriver from
# Debian (Playwright's own browser download cannot be used), openssl for the e2e fixture
# server's throwaway TLS certificate.
APT_MISSING=()
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || APT_MISSING+=(chromium chromium-driver)
command -v openssl >/dev/null 2>&1 || APT_MISSING+=(openssl)
if [ "${#APT_MISSING[@]}" -eq 0 ]; then
  say "chromium, chromium-driver, openssl: already installed"
else
  say "${APT_MISSING[*]}: installing via apt (about 1 minute)..."
  install_system() {
    apt_install apt-packages "${APT_MISSING[@]}"
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] ||
      fail "chromium/chromedriver not found at /usr/bin after apt-get install" "install the Debian packages 'chromium' and 'chromium-driver', then re-run"
  }
  start_job "apt" timed "${APT_MISSING[*]}" install_system
fi

# npm packages (Playwright test runner, axe-core, binaryen 132 = wasm-opt, terser)
[ -f package-lock.json ] || fail "package-lock.json is missing" "restore it from git ('git checkout package-lock.json'), then re-run"
LOCK_HASH="$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha256").update(f.readFileSync("package-lock.json")).digest("hex"))')"
if [ -f node_modules/.lock-hash ] && [ "$(cat node_modules/.lock-hash)" = "$LOCK_HASH" ] &&
  [ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/playwright ] && [ -x node_modules/.bin/terser ]; then
  say "npm packages: up to date with package-lock.json"
else
  say "npm packages: installing with 'npm ci' (playwright, axe-core, binaryen, terser)..."
  install_npm() {
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >"$LOG_DIR/npm.log" 2>&1 ||
      fail "npm ci" "$(network_or "$LOG_DIR/npm.log" "npm registry" "read the log; if package-lock.json and package.json disagree, run 'npm install' and commit the lockfile")" "$LOG_DIR/npm.log"
    printf '%s\n' "$LOCK_HASH" >node_modules/.lock-hash
  }
  start_job "npm" timed "npm packages" install_npm
fi

[ "${#BUILDS[@]}" -eq 0 ] || start_job "cargo install" run_builds
wait_jobs
node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version 132" ||
  fail "node_modules/.bin/wasm-opt is not binaryen 132" "delete node_modules and re-run this script"

say "done: all tools present"
