#!/usr/bin/env bash
# Quick start: install what is missing, build the site, and serve it locally.
#
#   bash scripts/start.sh          release build into dist/, served at http://127.0.0.1:8080/
#   bash scripts/start.sh --dev    `trunk serve` (debug build, rebuilds on change)
#
# PORT=9000 bash scripts/start.sh  serves on another port.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-8080}"
MODE="release"
case "${1:-}" in
  "") ;;
  --dev) MODE="dev" ;;
  -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
  *) echo "start.sh: unknown argument '$1' (use --dev or nothing)" >&2; exit 2 ;;
esac

# Fail early (before a build of several minutes) if the port is taken.
if ! node -e 'const s=require("net").createServer();s.once("error",()=>process.exit(1));s.listen(+process.argv[1],"127.0.0.1",()=>s.close())' "$PORT"; then
  echo "start.sh: port $PORT on 127.0.0.1 is already in use; stop the other server or run 'PORT=8081 bash scripts/start.sh'" >&2
  exit 1
fi

bash scripts/setup.sh
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if [ "$MODE" = "dev" ]; then
  echo
  echo "Strategy Explorer (dev): http://127.0.0.1:$PORT/   (Ctrl+C to stop; reload the page after a rebuild)"
  echo
  # No auto-reload: Trunk would inject an inline script, which the Content-Security-Policy
  # blocks and scripts/stamp-sw.mjs refuses. Its own folder, so a failed dev build never
  # serves an older release build from dist/.
  exec trunk serve --offline --no-autoreload --dist dist-dev --address 127.0.0.1 --port "$PORT"
fi

bash scripts/build.sh --dist dist
echo
echo "================================================================"
echo "  Strategy Explorer is running at:  http://127.0.0.1:$PORT/"
echo "  (serving dist/; press Ctrl+C to stop)"
echo "================================================================"
echo
exec node tests/e2e/serve.mjs --dir dist --port "$PORT" --base / --fallback rewrite
