# Sourced by the scripts that need the dev corpus served over HTTP (tests/clients, tests/web,
# bench/load). Expects a Release build of the CLI and NEWSGRAPH_ROOT set to the repository.
#
# start_dev_server TMP CORPUS [SERVE_OPTION...]
#   ingests CORPUS into TMP/data, starts `newsgraph serve` on a free loopback port in the
#   background (its log in TMP/serve.log) and waits until it listens. Sets server_pid,
#   sparql_url (http://127.0.0.1:PORT/sparql) and base_url (http://127.0.0.1:PORT).
#   The caller stops the server: stop_dev_server in its EXIT trap, or the trap dev_server_tmp sets.
#
# dev_server_tmp [--keep-outputs]
#   makes a temporary folder for start_dev_server in tmp and sets the EXIT trap that stops the
#   server and removes the folder; with --keep-outputs only its data directory goes, so what the
#   caller wrote there (screenshots) stays for people to look at.
newsgraph_cli="$NEWSGRAPH_ROOT/src/NewsGraph.Cli/bin/Release/net10.0/newsgraph"
server_pid=

start_dev_server() {
  local tmp=$1 corpus=$2
  shift 2
  "$newsgraph_cli" ingest "$corpus" --data-dir "$tmp/data" 2>"$tmp/ingest.log" || { cat "$tmp/ingest.log"; return 1; }
  tail -1 "$tmp/ingest.log"
  "$newsgraph_cli" serve --data-dir "$tmp/data" --host 127.0.0.1 --port 0 "$@" >"$tmp/serve.log" 2>&1 &
  server_pid=$!
  sparql_url=
  for _ in $(seq 1 120); do
    sparql_url=$(grep -o 'http://[^ ]*/sparql' "$tmp/serve.log" || true)
    [ -n "$sparql_url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { echo "newsgraph serve exited:"; cat "$tmp/serve.log"; return 1; }
    sleep 0.5
  done
  [ -n "$sparql_url" ] || { echo "newsgraph serve did not start"; cat "$tmp/serve.log"; return 1; }
  base_url=${sparql_url%/sparql}
}

stop_dev_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}

dev_server_tmp() {
  tmp=$(mktemp -d)
  if [ "${1:-}" = --keep-outputs ]; then dev_server_removes=$tmp/data; else dev_server_removes=$tmp; fi
  trap 'stop_dev_server; rm -rf "$dev_server_removes"' EXIT
}
