#!/usr/bin/env bash
# Release build of the static site with Trunk.
#
#   bash scripts/build.sh [--public-url /explorer/] [--dist DIR] [--site-url https://example.org] [--no-static]
#
# --public-url  URL path the site will be served under (default "/"). This is the only setting
#               needed for sub-path hosting: Trunk writes it into <base href>, and the app reads
#               its router base from there.
# --dist        output directory (default dist/).
# --site-url    the origin the site is published at, for canonical links and sitemap.xml
#               (default $STRATEGY_EXPLORER_SITE_URL, else http://localhost:8080).
# --no-static   skip the static HTML of every page (scripts/prerender.mjs): the benchmark's 100x
#               bundle, whose tens of thousands of pages only measure the app.
# Expects the tools from scripts/setup.sh (trunk, wasm-bindgen, node_modules/.bin/wasm-opt).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PUBLIC_URL="/"
DIST="dist"
SITE_URL="${STRATEGY_EXPLORER_SITE_URL:-http://localhost:8080}"
STATIC=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --public-url) [ $# -ge 2 ] || { echo "build.sh: --public-url needs a value" >&2; exit 2; }; PUBLIC_URL="$2"; shift 2 ;;
    --public-url=*) PUBLIC_URL="${1#*=}"; shift ;;
    --dist) [ $# -ge 2 ] || { echo "build.sh: --dist needs a value" >&2; exit 2; }; DIST="$2"; shift 2 ;;
    --dist=*) DIST="${1#*=}"; shift ;;
    --site-url) [ $# -ge 2 ] || { echo "build.sh: --site-url needs a value" >&2; exit 2; }; SITE_URL="$2"; shift 2 ;;
    --site-url=*) SITE_URL="${1#*=}"; shift ;;
    --no-static) STATIC=no; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
# Normalise to a path that starts and ends with "/".
case "$PUBLIC_URL" in /*) ;; *) PUBLIC_URL="/$PUBLIC_URL" ;; esac
case "$PUBLIC_URL" in */) ;; *) PUBLIC_URL="$PUBLIC_URL/" ;; esac

# binaryen 132's wasm-opt from npm must win over any other wasm-opt (Debian's 108 breaks the app).
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
for tool in trunk wasm-bindgen wasm-opt; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "build.sh: '$tool' not found; run 'bash scripts/setup.sh' first" >&2
    exit 1
  }
done

# The day the strategies' statuses are worked out for (build.rs); a new day rebuilds the app.
export STRATEGY_EXPLORER_BUILD_DATE="${STRATEGY_EXPLORER_BUILD_DATE:-$(date -u +%F)}"
echo "build.sh: trunk build --release --offline --public-url $PUBLIC_URL --dist $DIST"
trunk build --release --offline --public-url "$PUBLIC_URL" --dist "$DIST"
[ -f "$DIST/index.html" ] && [ -f "$DIST/404.html" ] || {
  echo "build.sh: expected $DIST/index.html and $DIST/404.html after the build" >&2
  exit 1
}
if [ "$STATIC" = yes ]; then
  node scripts/prerender.mjs "$DIST" --site-url "$SITE_URL"
fi
echo "build.sh: built $DIST/ for public URL $PUBLIC_URL"
