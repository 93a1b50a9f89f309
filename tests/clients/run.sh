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

NEWSGRAPH_ROOT=$root source "$root/tests/lib/dev-server.sh"
dev_server_tmp

start_dev_server "$tmp" "$corpus" --read-only
url=$sparql_url

PEERS_NODE_MODULES=$here/node_modules node "$check" "$url" --select "$NG_SELECT" --ask "$NG_ASK" --construct "$NG_CONSTRUCT"
