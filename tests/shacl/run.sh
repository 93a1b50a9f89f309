#!/usr/bin/env bash
# SHACL check of NewsGraph output against ontology/shapes.ttl.
#   bash tests/shacl/run.sh          checks that every ng: term used by the ontology, the shapes
#                                    and the samples is declared in ontology/newsgraph.ttl; that
#                                    samples/valid.ttl conforms; and that each invalid-*.ttl,
#                                    added to valid.ttl, fails with the message its "# expect:"
#                                    line names (so it fails for the rule it was written for)
#   bash tests/shacl/run.sh FILE...  validates FILE(s) (N-Triples, N-Quads, Turtle, TriG)
# Ends with "shacl: N passed, N failed"; exits non-zero when anything failed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shapes="$here/../../ontology/shapes.ttl"

# Resolve file arguments before leaving the caller's directory.
files=()
for f in "$@"; do files+=("$(realpath "$f")"); done
cd "$here"

if [ ! -d node_modules ]; then
  npm ci --silent --no-audit --no-fund >/dev/null
fi

if [ ${#files[@]} -gt 0 ]; then
  exec node validate.mjs "$shapes" "${files[@]}"
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; }

ontology="$here/../../ontology/newsgraph.ttl"
if out=$(node vocabulary.mjs "$ontology" "$ontology" "$shapes" samples/*.ttl 2>&1); then
  pass
else
  fail "every ng: term used must be declared in ontology/newsgraph.ttl"; echo "$out"
fi

if out=$(node validate.mjs "$shapes" samples/valid.ttl 2>&1); then
  pass
else
  fail "samples/valid.ttl should conform"; echo "$out"
fi

for sample in samples/invalid-*.ttl; do
  expect=$(sed -n 's/^# expect: //p' "$sample" | head -n 1)
  status=0
  out=$(node validate.mjs "$shapes" samples/valid.ttl "$sample" 2>&1) || status=$?
  if [ "$status" -ne 1 ]; then
    fail "$sample should not conform (exit $status, expected 1)"; echo "$out"
  elif [ -z "$expect" ] || ! grep -qF -- "$expect" <<<"$out"; then
    fail "$sample failed, but not with \"$expect\""; echo "$out"
  else
    pass
  fi
done

echo "shacl: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
