#!/bin/bash
# Loads BSBM 1M into 10 named graphs <urn:bsbm:1..10> of one data directory (about 10M quads),
# one `newsgraph update` process (one transaction) per graph, and prints each load's wall and CPU
# time, the machine's load and the store's size.
# Usage: bench/store/load-bsbm-10x.sh DATA_DIR BSBM.nt [NEWSGRAPH_DLL]
set -euo pipefail
dir=$1
data=$(realpath "$2")
ng=${3:-src/NewsGraph.Cli/bin/Release/net10.0/newsgraph.dll}
rm -rf "$dir"
for i in $(seq 1 10); do
  /usr/bin/time -f "load $i: %e s wall %U user %S sys %M KB" dotnet "$ng" update --data-dir "$dir" "LOAD <file://$data> INTO GRAPH <urn:bsbm:$i>" 2>&1 | tr '\n' ' '
  echo " load=$(cut -d' ' -f1 /proc/loadavg) size=$(du -sm "$dir" | cut -f1)MB"
done
