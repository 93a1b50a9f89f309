#!/usr/bin/env bash
# Pushes the dev corpus to a real Virtuoso Open Source 7 server and checks it arrived.
#
#   bash tests/virtuoso/run.sh        (from the repository root, after the solution is built)
#
# Installs virtuoso-opensource-7-bin with apt-get if virtuoso-t is missing (the -bin package only:
# the full virtuoso-opensource package starts a server on all interfaces when installed), starts a
# private server bound to 127.0.0.1 on two free ports with its database in a temp dir, ingests
# ../shared/corpus/dev into a temp data dir, then:
#   1. pushes it by the Graph Store Protocol (/sparql-graph-crud-auth, Digest auth) and compares
#      the triple count of every graph and two sample queries (events; statements with their
#      speaker and quote in four scripts) between our store and Virtuoso;
#   2. pushes again and checks that nothing was sent;
#   3. pushes by SPARQL Update (/sparql-auth, --replace) and compares again.
# Prints each push's summary (triples/s). Exit status 1 if any check fails. Stops the server.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tests/virtuoso
corpus=../shared/corpus/dev
[ -d "$corpus" ] || { echo "skipped: no $corpus"; exit 0; }

if ! command -v virtuoso-t >/dev/null; then
  echo "installing virtuoso-opensource-7-bin"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends virtuoso-opensource-7-bin >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends virtuoso-opensource-7-bin >/dev/null; }
fi

ng=src/NewsGraph.Cli/bin/Release/net10.0/newsgraph.dll
[ -f "$ng" ] || dotnet build src/NewsGraph.Cli -c Release -nologo -v quiet
newsgraph() { dotnet "$ng" "$@"; }

tmp=$(mktemp -d /tmp/newsgraph-virtuoso.XXXXXX)
vpid=""
stop() {
  if [ -n "$vpid" ] && kill -0 "$vpid" 2>/dev/null; then
    kill -TERM "$vpid"
    for _ in $(seq 1 60); do kill -0 "$vpid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$vpid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap stop EXIT

read -r sql_port http_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])')
mkdir -p "$tmp/db"
# A small private instance: loopback only, no row cap or time limit on queries (with the shipped
# limits Virtuoso silently truncates results, which would falsify the counts).
cat > "$tmp/virtuoso.ini" <<INI
[Database]
DatabaseFile = $tmp/db/virtuoso.db
ErrorLogFile = $tmp/db/virtuoso.log
LockFile = $tmp/db/virtuoso.lck
TransactionFile = $tmp/db/virtuoso.trx
xa_persistent_file = $tmp/db/virtuoso.pxa
[TempDatabase]
DatabaseFile = $tmp/db/virtuoso-temp.db
TransactionFile = $tmp/db/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $tmp
ServerThreads = 4
EnabledDavVSP = 0
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
INI
(cd "$tmp/db" && exec setsid virtuoso-t +foreground +configfile "$tmp/virtuoso.ini" >"$tmp/server.out" 2>&1 </dev/null) &
vpid=$!
base="http://127.0.0.1:$http_port"
for _ in $(seq 1 120); do
  kill -0 "$vpid" 2>/dev/null || { echo "virtuoso-t exited:"; tail -n 20 "$tmp/db/virtuoso.log" "$tmp/server.out"; exit 1; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 --get --data-urlencode 'query=ASK {}' "$base/sparql" || true)" = 200 ] && break
  sleep 0.5
done
listening=$(ss -Hltnp | grep "pid=$vpid," | awk '{print $4}' || true)
[ -n "$listening" ] || { echo "cannot see virtuoso-t's sockets (ss -p)"; exit 1; }
if echo "$listening" | grep -q -v -E '^127\.0\.0\.1:'; then echo "virtuoso-t listens beyond loopback: $listening"; exit 1; fi
echo "virtuoso-t $(virtuoso-t -? 2>&1 | grep -o 'Version [0-9.]*' | head -n1) (pid $vpid) listening on $(echo $listening)"

data="$tmp/data"
newsgraph ingest "$corpus" --data-dir "$data" 2>&1 | tail -n 1

status=0
prefix='PREFIX ng: <https://w3id.org/newsgraph/ontology#>'
counts="SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/\")) } GROUP BY ?g"
events="$prefix SELECT ?g ?e ?type ?who WHERE { GRAPH ?g { ?e a ?type ; ng:participant ?who FILTER(?type IN (ng:Visit, ng:Meeting, ng:PhoneCall)) } }"
statements="$prefix SELECT ?g ?s ?speaker ?quote (LANG(?quote) AS ?lang) WHERE { GRAPH ?g { ?s a ng:Statement ; ng:speaker ?speaker ; ng:quote ?quote } }"
# Every graph's triple count and the two samples, ours against Virtuoso's.
compare() {
  local label=$1 query name
  for name in counts events statements; do
    query=${!name}
    newsgraph query --data-dir "$data" "$query" --format csv > "$tmp/ours.csv"
    curl -s --fail-with-body --data-urlencode "query=$query" -H 'Accept: text/csv' "$base/sparql" > "$tmp/theirs.csv"
    python3 "$here/same-rows.py" "$label $name" "$tmp/ours.csv" "$tmp/theirs.csv" || status=1
  done
}
push() { newsgraph push --data-dir "$data" --user dba --password dba "$@" 2>&1 | tee "$tmp/push.out"; }

echo "== push by the Graph Store Protocol"
push --endpoint "$base/sparql-graph-crud-auth" --method gsp || status=1
compare gsp
echo "== push again: nothing to send"
push --endpoint "$base/sparql-graph-crud-auth" || status=1
grep -q ' 0 triples in 0 requests' "$tmp/push.out" || { echo "FAIL: the second push sent something"; status=1; }
echo "== push by SPARQL Update, replacing the graphs"
# 1000 triples a request: Virtuoso's SPARQL compiler refuses much larger updates (the push would
# split them in halves until accepted, which works but wastes requests).
push --endpoint "$base/sparql-auth" --method update --replace --batch-size 1000 || status=1
compare update

[ "$status" = 0 ] && echo "virtuoso: PASS" || echo "virtuoso: FAIL"
exit "$status"
