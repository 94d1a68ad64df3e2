#!/usr/bin/env bash
# Builds the app's WebAssembly into a Trunk build: the first step of Trunk's post_build hook
# (Trunk.toml), run by `trunk build` and `trunk serve`. Trunk itself only builds the HTML and
# CSS and copies public/; it cannot split a module (trunk-rs/trunk#1022), so this does:
#
#   1. cargo build --features split: lazy routes (src/pages/mod.rs) become split points;
#   2. wasm-split-cli: main.wasm (shell, router, home page, data) + one .wasm per lazy route
#      + shared chunks, and __wasm_split.js, which fetches a chunk the first time it is needed;
#   3. wasm-bindgen --target web on main.wasm (main.js, main_bg.wasm);
#   4. release only: binaryen 132's wasm-opt -Oz on every .wasm (scripts/wasm-opt.mjs: all files
#      in one process, far faster than one wasm-opt command per file), and terser on the JS;
#   5. the result goes to STAGING/pkg/<hash of its contents>/ (a new name whenever a byte
#      changes, so caches never serve a stale mix), with boot.js, which starts the app, and
#      index.html's placeholder __PKG__ becomes that folder name.
#
#   bash scripts/build-wasm.sh STAGING_DIR        (profile from TRUNK_PROFILE, default release)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STAGE="${1:?usage: build-wasm.sh STAGING_DIR}"
PROFILE="${TRUNK_PROFILE:-release}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
for tool in wasm-split-cli wasm-bindgen wasm-opt terser; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "build-wasm.sh: '$tool' not found; run 'bash scripts/setup.sh' first" >&2
    exit 1
  }
done

# Debian's binaryen 108 writes modules that fail at start-up in Chromium: only 132 (npm) will do.
wasm-opt --version | grep -q "version 132" || {
  echo "build-wasm.sh: $(command -v wasm-opt) is not binaryen 132; run 'bash scripts/setup.sh' (it installs it from npm)" >&2
  exit 1
}

case "$PROFILE" in
  release) CARGO_PROFILE=(--release); PROFILE_DIR=release ;;
  debug) CARGO_PROFILE=(); PROFILE_DIR=debug ;;
  *) echo "build-wasm.sh: unknown profile '$PROFILE' (release or debug)" >&2; exit 2 ;;
esac

# .cargo/config.toml adds the linker flag --emit-relocs that the splitter needs. Cargo's JSON
# messages say where build.rs wrote the dataset's copies (one per reader's language).
MESSAGES="$(mktemp)"
cargo build "${CARGO_PROFILE[@]}" --target wasm32-unknown-unknown --bin strategy-explorer --features split \
  --message-format=json-render-diagnostics >"$MESSAGES"
DATA_OUT="$(node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
  const run = lines.map((l) => JSON.parse(l)).filter((m) => m.reason === "build-script-executed"
    && /[/#]strategy-explorer[@#]/.test(m.package_id)).pop();
  if (run) console.log(run.out_dir);' "$MESSAGES")"
rm -f "$MESSAGES"
[ -n "$DATA_OUT" ] && [ -f "$DATA_OUT/dataset-en.bin" ] || {
  echo "build-wasm.sh: cargo did not say where build.rs wrote the dataset (dataset-en.bin)" >&2
  exit 1
}
RAW="$TARGET_DIR/wasm32-unknown-unknown/$PROFILE_DIR/strategy-explorer.wasm"

WORK="$TARGET_DIR/wasm-split/$PROFILE_DIR"
# The same module through the same tools and this same script gives the same files: a second
# build of unchanged code (test.sh builds the site for / and for /explorer/) reuses them instead
# of splitting and optimising some 70 files again.
KEY="$({ sha256sum <"$RAW"; echo "$PROFILE"; wasm-bindgen --version; wasm-opt --version
  cargo install --list | grep '^wasm_split_cli_support '; cat "${BASH_SOURCE[0]}" scripts/wasm-opt.mjs | sha256sum; } | sha256sum | cut -c1-64)"
if [ -f "$WORK/key" ] && [ "$(cat "$WORK/key")" = "$KEY" ] && [ -f "$WORK/pkg/boot.js" ]; then
  echo "build-wasm.sh: module unchanged since the last build, reusing $WORK/pkg"
else
  rm -rf "$WORK"
  mkdir -p "$WORK/split" "$WORK/pkg"
  wasm-split-cli "$RAW" "$WORK/split" >"$WORK/split.log"
  # The lld exports and mangled names must stay: __wasm_split.js and the chunks refer to them.
  wasm-bindgen --target web --out-name main --no-typescript --keep-lld-exports --no-demangle \
    --out-dir "$WORK/pkg" "$WORK/split/main.wasm"
  find "$WORK/split" -maxdepth 1 -type f ! -name main.wasm \( -name '*.wasm' -o -name '*.js' \) -exec cp {} "$WORK/pkg/" \;
  if [ "$PROFILE" = release ]; then
    node scripts/wasm-opt.mjs "$WORK/pkg"/*.wasm
    # The JS glue is fetched on every first visit: minified it is 2–3 KB smaller on the wire.
    for js in "$WORK/pkg"/*.js; do
      terser "$js" --module --compress --mangle --output "$js.min" && mv "$js.min" "$js"
    done
  fi
  # boot.js starts the app: fetches and instantiates main_bg.wasm, then runs its main(). The event
  # hands the module's exports to whoever measures it (scripts/bench.mjs reads the wasm memory).
  printf '%s\n' '// Starts the app; "strategy-explorer-started" carries the wasm exports (for scripts/bench.mjs).' \
    'import init from "./main.js";' \
    '// The package folder, where src/data.rs finds the dataset (its name changes with every build).' \
    'globalThis.strategyExplorerPackage = new URL("./", import.meta.url).href;' \
    'init().then((wasm) => dispatchEvent(new CustomEvent("strategy-explorer-started", { detail: { wasm } })));' >"$WORK/pkg/boot.js"
  echo "$KEY" >"$WORK/key"
fi

# The dataset's copies are files beside the wasm, not in it (src/data.rs); always this build's,
# since the module does not change with the data. Compressed here: static hosts send a file of
# no text type as it is. -n: no name or time in the file, so the same data gives the same bytes.
# The unpacked copy is for browsers without DecompressionStream (src/data.rs).
for lang in da sv en; do
  gzip -9 -n -c "$DATA_OUT/dataset-$lang.bin" >"$WORK/pkg/dataset-$lang.bin.gz"
  cp "$DATA_OUT/dataset-$lang.bin" "$WORK/pkg/"
done
HASH="$(cd "$WORK/pkg" && find . -type f | LC_ALL=C sort | xargs cat | sha256sum | cut -c1-16)"
rm -rf "$STAGE/pkg"
mkdir -p "$STAGE/pkg"
cp -r "$WORK/pkg" "$STAGE/pkg/$HASH"
grep -q '__PKG__' "$STAGE/index.html" || {
  echo "build-wasm.sh: $STAGE/index.html has no __PKG__ placeholder for the wasm folder" >&2
  exit 1
}
sed -i "s#__PKG__#$HASH#g" "$STAGE/index.html"
echo "build-wasm.sh: pkg/$HASH: $(ls "$STAGE/pkg/$HASH" | wc -l) files"
