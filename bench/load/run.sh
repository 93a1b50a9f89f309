#!/usr/bin/env bash
# Load test of `newsgraph serve` with wrk (installed with apt-get if missing): the dev corpus in a
# temporary data directory, served read-only on a free loopback port, then CONNECTIONS concurrent
# clients (default 50) for DURATION (default 30s) posting a mix of news queries (visits, meetings
# per person, who met whom, statements as Turtle, an ASK, a label search). Prints wrk's summary with
# latency percentiles and fails if any request errored or answered other than 2xx.
#   bash bench/load/run.sh [DURATION] [CONNECTIONS]     (expects a Release build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
duration=${1:-30s}
connections=${2:-50}
corpus=$root/../shared/corpus/dev
source "$root/tests/clients/queries.sh"

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

NEWSGRAPH_ROOT=$root source "$root/tests/lib/dev-server.sh"
dev_server_tmp

start_dev_server "$tmp" "$corpus" --read-only
url=$sparql_url

json=application/sparql-results+json
python3 - "$tmp/queries.tsv" <<PY
import sys, urllib.parse
mix = [
    ("$json", """$NG_SELECT"""),
    ("$json", """$NG_ASK"""),
    ("text/turtle", """$NG_CONSTRUCT"""),
    ("$json", """$NG_PREFIXES SELECT ?who (COUNT(?m) AS ?meetings) WHERE { ?m a ng:Meeting ; ng:participant ?who } GROUP BY ?who ORDER BY DESC(?meetings) LIMIT 10"""),
    ("text/csv", """$NG_PREFIXES SELECT ?a ?b ?date WHERE { ?m a ng:Meeting ; ng:participant ?a , ?b . OPTIONAL { ?m ng:date ?date } FILTER (STR(?a) < STR(?b)) } LIMIT 50"""),
    ("$json", """$NG_PREFIXES SELECT ?e ?label WHERE { ?e rdfs:label ?label . FILTER (LANG(?label) = "en" && CONTAINS(?label, "Trump")) } LIMIT 10"""),
]
with open(sys.argv[1], "w") as f:
    for accept, query in mix:
        f.write(accept + "\t" + urllib.parse.urlencode({"query": query}) + "\n")
PY

# Every query of the mix must succeed on its own before the load starts.
while IFS=$'\t' read -r accept body; do
  curl -sf -o /dev/null -H "Accept: $accept" -H 'Content-Type: application/x-www-form-urlencoded' --data "$body" "$url" \
    || { echo "a query of the mix fails: $body"; exit 1; }
done <"$tmp/queries.tsv"

echo "wrk: $connections connections, $duration, $(wc -l <"$tmp/queries.tsv") queries in turn, against $url"
LOAD_QUERIES=$tmp/queries.tsv wrk -t 2 -c "$connections" -d "$duration" --latency --timeout 10s -s "$here/mix.lua" "$url" | tee "$tmp/wrk.txt"
if grep -Eq 'Non-2xx|Socket errors' "$tmp/wrk.txt"; then
  echo "load test FAILED: errors above"
  exit 1
fi
echo "load test passed: no errors"
