#!/usr/bin/env bash
# Benchmark: size, start-up, interaction latency and memory against the performance budgets.
#
#   bash scripts/bench.sh
#
# Installs what is missing (scripts/setup.sh), then:
#  1. builds the release bundle with the bundled data (target/bench/dist-1x) and reports its size;
#  2. generates the synthetic dataset 100 times the real one, deterministic from SEED
#     (strategy-data synth; see crates/core/src/synth.rs), and builds a second release bundle
#     with it (target/bench/dist-100x; own cargo target folder so the two builds don't
#     invalidate each other);
#  3. runs the native benchmarks of search and filtering (cargo bench, criterion);
#  4. drives headless Chromium against both bundles, served statically (scripts/bench.mjs),
#     and prints the table of figures, budgets and results. Raw numbers: target/bench/results.json.
# Exits 1 when a budget is missed. Takes about 10 minutes on 2 cores once the tools are there
# (the first run also compiles the 100x bundle from scratch).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# The seed is also in crates/core/benches/explore.rs, so both benchmarks use the same data.
SEED=20261124
FACTOR=100
OUT="$ROOT/target/bench"

bash scripts/setup.sh
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
mkdir -p "$OUT"

echo "bench: 1/4 release bundle with the bundled data"
bash scripts/build.sh --dist "$OUT/dist-1x"
node scripts/size-report.mjs "$OUT/dist-1x" --json "$OUT/size.json"

echo "bench: 2/4 synthetic dataset (${FACTOR}x, seed $SEED) and its release bundle"
cargo run --quiet --release -p strategy-core --features export --bin strategy-data -- synth data "$FACTOR" "$SEED" "$OUT/synthetic-${FACTOR}x.json"
STRATEGY_EXPLORER_DATASET="$OUT/synthetic-${FACTOR}x.json" CARGO_TARGET_DIR="$OUT/cargo-${FACTOR}x" \
  bash scripts/build.sh --no-static --dist "$OUT/dist-${FACTOR}x"

echo "bench: 3/4 native benchmarks (criterion)"
cargo bench --quiet -p strategy-core --bench explore

echo "bench: 4/4 headless Chromium"
node scripts/bench.mjs --real "$OUT/dist-1x" --synthetic "$OUT/dist-${FACTOR}x" --size "$OUT/size.json" \
  --native "$ROOT/target/criterion" --out "$OUT/results.json"
