#!/usr/bin/env bash
# The project's test command: builds everything, runs every xunit project (unit tests, the W3C
# suites as theories, the short fuzz runs, BSBM result counts, the command-line tests), then
# prints the W3C suite counts and the extraction scores on the dev corpus (with the SHACL check
# of that output). Ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build Graph.sln -c Release -nologo -v quiet

log=$(mktemp)
tmp=$(mktemp -d)
trap 'rm -rf "$log" "$tmp"' EXIT
status=0
dotnet test Graph.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?

echo
echo "== W3C conformance: RDF syntaxes =="
dotnet run --project tests/NewsGraph.Conformance -c Release --no-build -- w3c | tee -a "$log" || status=$?
echo
echo "== W3C conformance: SPARQL =="
dotnet run --project tests/NewsGraph.Conformance -c Release --no-build -- sparql | tee -a "$log" || status=$?

echo
echo "== SHACL shapes (ontology/shapes.ttl against tests/shacl/samples) =="
bash tests/shacl/run.sh || status=$?

# Extraction end to end: ingest the dev corpus, score it against the gold annotations (the
# per-language table), and validate the output against the SHACL shapes.
echo
echo "== Extraction: dev corpus =="
if [ -d ../shared/corpus/dev ] && [ -f ../shared/eval/score.py ]; then
  dotnet run --project src/NewsGraph.Cli -c Release --no-build -- ingest ../shared/corpus/dev --out "$tmp/dev.nt" || status=$?
  if [ -f "$tmp/dev.nt" ]; then
    python3 ../shared/eval/score.py --gold ../shared/eval/dev/gold.json --graph "$tmp/dev.nt" | tail -7 || status=$?
    bash tests/shacl/run.sh "$tmp/dev.nt" || status=$?
  fi
else
  echo "skipped: no ../shared/corpus/dev and ../shared/eval"
fi

# newsgraph push against a real Virtuoso server on loopback (installed with apt-get if missing):
# per-graph counts and sample queries compared with ours, a second push sends nothing.
echo
echo "== Push to Virtuoso =="
bash tests/virtuoso/run.sh || status=$?

# The web pages in headless Chromium (tests/web/run.sh installs Debian chromium and playwright-core
# if missing): ingests the dev corpus into a temporary data directory, serves it, runs an example
# query, opens an entity page and the network view, and prints the screenshots' paths.
echo
echo "== Web pages: headless Chromium =="
if [ -d ../shared/corpus/dev ]; then
  bash tests/web/run.sh ../shared/corpus/dev || status=$?
else
  echo "skipped: no ../shared/corpus/dev"
fi

# newsgraph serve with SPARQL clients nobody here wrote (Comunica, fetch-sparql-endpoint; pinned
# in tests/clients/package-lock.json), then a 5-second load smoke run (the full test is
# bench/load/run.sh: 50 clients for 30 s). Either failing fails the run.
echo
echo "== SPARQL endpoint: third-party clients and a load smoke test =="
bash tests/clients/run.sh || status=$?
bash bench/load/run.sh 5s 50 || status=$?

# Sum xunit's per-assembly lines ("Passed!  - Failed: 0, Passed: 96, ...").
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{ n += $2 } END { print n + 0 }')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{ n += $2 } END { print n + 0 }')
echo
echo "xunit: $passed passed, $failed failed"
exit "$status"
