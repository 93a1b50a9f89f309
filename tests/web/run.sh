#!/usr/bin/env bash
# Browser test of the web pages: ingests the dev corpus into a fresh data directory, starts
# `newsgraph serve` on a free loopback port, and drives the pages in headless Chromium (Debian's
# /usr/bin/chromium through the npm package playwright-core): runs an example query, checks the
# results table, opens an entity page and the network view, and saves screenshots (their paths
# are printed). Expects a Release build of the CLI (tests/run-all.sh builds it first).
#   bash tests/web/run.sh [CORPUS_DIR]     (default ../shared/corpus/dev)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="$(realpath "${1:-$root/../shared/corpus/dev}")"
chromium=/usr/bin/chromium

if [ ! -x "$chromium" ]; then
  echo "installing Debian chromium for the browser test"
  apt-get install -y chromium >/dev/null || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --silent --no-audit --no-fund >/dev/null)
fi

newsgraph=(dotnet "$root/src/NewsGraph.Cli/bin/Release/net10.0/newsgraph.dll")
tmp="$(mktemp -d)"
server=""
# The screenshots stay in $tmp for people to look at; the data directory goes.
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp/data"
}
trap cleanup EXIT

"${newsgraph[@]}" ingest "$corpus" --data-dir "$tmp/data" 2>"$tmp/ingest.log" || { cat "$tmp/ingest.log"; exit 1; }
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"${newsgraph[@]}" serve --data-dir "$tmp/data" --host 127.0.0.1 --port "$port" >"$tmp/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "$base/"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "newsgraph serve exited:"; cat "$tmp/serve.log"; exit 1; fi
  sleep 0.5
done

node "$here/check.mjs" "$base" "$tmp" "$chromium"
