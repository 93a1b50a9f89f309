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

NEWSGRAPH_ROOT=$root source "$root/tests/lib/dev-server.sh"
# The screenshots stay in $tmp for people to look at; the data directory goes.
dev_server_tmp --keep-outputs

start_dev_server "$tmp" "$corpus"
base=$base_url

node "$here/check.mjs" "$base" "$tmp" "$chromium"
