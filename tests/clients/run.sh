#!/usr/bin/env bash
# SPARQL clients nobody here wrote, against the real `newsgraph serve`: ingests the dev corpus into
# a temporary data directory, serves it read-only on a free loopback port, and runs
# ../shared/peers/sparql-client-check.mjs with this folder's pinned packages: Comunica 4.5.0 and
# fetch-sparql-endpoint (SELECT, ASK, CONSTRUCT, by POST and GET), then raw protocol requests
# (conneg, POST form and direct, a syntax error answered 400). Exits non-zero if any check fails.
#   bash tests/clients/run.sh [CORPUS_DIR]      (expects a Release build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${1:-$root/../shared/corpus/dev}
check=$root/../shared/peers/sparql-client-check.mjs
if [ ! -d "$corpus" ] || [ ! -f "$check" ]; then
  echo "skipped: no $corpus or $check"
  exit 0
fi
source "$here/queries.sh"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

newsgraph=$root/src/NewsGraph.Cli/bin/Release/net10.0/newsgraph
tmp=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"$newsgraph" ingest "$corpus" --data-dir "$tmp/data" 2>"$tmp/ingest.log" || { cat "$tmp/ingest.log"; exit 1; }
tail -1 "$tmp/ingest.log"
"$newsgraph" serve --data-dir "$tmp/data" --port 0 --read-only >"$tmp/serve.log" 2>&1 &
pid=$!
url=
for _ in $(seq 1 120); do
  url=$(grep -o 'http://[^ ]*/sparql' "$tmp/serve.log" || true)
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/serve.log"; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { echo "newsgraph serve did not start"; cat "$tmp/serve.log"; exit 1; }

PEERS_NODE_MODULES=$here/node_modules node "$check" "$url" --select "$NG_SELECT" --ask "$NG_ASK" --construct "$NG_CONSTRUCT"
