#!/usr/bin/env bash
# The project's test command: builds everything, runs every xunit project (unit tests, the W3C
# suites as theories, the short fuzz runs, BSBM result counts, the command-line tests), then
# prints the W3C suite counts. Ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build Graph.sln -c Release -nologo -v quiet

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Graph.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?

echo
echo "== W3C conformance: RDF syntaxes =="
dotnet run --project tests/NewsGraph.Conformance -c Release --no-build -- w3c | tee -a "$log" || status=$?
echo
echo "== W3C conformance: SPARQL =="
dotnet run --project tests/NewsGraph.Conformance -c Release --no-build -- sparql | tee -a "$log" || status=$?

# Sum xunit's per-assembly lines ("Passed!  - Failed: 0, Passed: 96, ...").
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{ n += $2 } END { print n + 0 }')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{ n += $2 } END { print n + 0 }')
echo
echo "xunit: $passed passed, $failed failed"
exit "$status"
