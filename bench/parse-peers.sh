#!/usr/bin/env bash
# Side-by-side N-Triples parse benchmark: rapper (raptor2), N3.js and `newsgraph bench`.
# Every parser reads the same uncompressed .nt file (decompressed once into a temp dir);
# newsgraph is also timed on the .gz directly. Each run is under /usr/bin/time -v; the
# table (Markdown, on stdout) gives the median wall time, triples/s and the peak RSS.
# Progress and errors go to stderr. See bench/README.md.
set -euo pipefail
export LC_ALL=C

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/.." && pwd)

REPEAT=3
DATA=${BENCH_DATA:-$REPO/../shared/bench/bsbm-1m.nt.gz}
WITH_GZ=1
STRICT=0
N3_VERSION=${N3_VERSION:-2.13.12}
N3_NODE_DIR=${N3_NODE_DIR:-/tmp/newsgraph-bench-node}
NG_DEFAULT_DLL=$REPO/src/NewsGraph.Cli/bin/Release/net10.0/newsgraph.dll
NEWSGRAPH=${NEWSGRAPH:-dotnet $NG_DEFAULT_DLL}

usage() {
  cat <<EOF
usage: bench/parse-peers.sh [--repeat N] [--data FILE.nt[.gz]] [--no-gz] [--strict]
  --repeat N   runs per tool (default 3); the median wall time is reported
  --data FILE  N-Triples input, .nt or .nt.gz (default: shared/bench/bsbm-1m.nt.gz, or \$BENCH_DATA)
  --no-gz      do not also time newsgraph on the .gz input
  --strict     exit 1 if any tool failed (default: failures are marked 'error' in the table)
env: NEWSGRAPH   newsgraph executable, .dll or command (default: dotnet $NG_DEFAULT_DLL,
                 built with 'dotnet build -c Release src/NewsGraph.Cli' if missing)
     N3_VERSION  n3 npm version (default $N3_VERSION); N3_NODE_DIR  npm cache dir (default $N3_NODE_DIR)
exit: 0 ok; 1 triple counts disagree, no tool succeeded, or (--strict) a tool failed; 2 bad usage/setup
EOF
}

log() { printf '[parse-peers] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

while [ $# -gt 0 ]; do
  case $1 in
    --repeat) [ $# -ge 2 ] || die "--repeat needs a value"; REPEAT=$2; shift 2 ;;
    --repeat=*) REPEAT=${1#*=}; shift ;;
    --data) [ $# -ge 2 ] || die "--data needs a value"; DATA=$2; shift 2 ;;
    --data=*) DATA=${1#*=}; shift ;;
    --no-gz) WITH_GZ=0; shift ;;
    --strict) STRICT=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "--repeat must be a positive integer, got '$REPEAT'"
[ -r "$DATA" ] || die "input not found or unreadable: $DATA"
DATA=$(cd "$(dirname "$DATA")" && pwd)/$(basename "$DATA")
case $DATA in
  *.nt.gz) IS_GZ=1 ;;
  *.nt) IS_GZ=0; WITH_GZ=0 ;;
  *) die "input must be N-Triples (.nt or .nt.gz): $DATA" ;;
esac

# ---------------------------------------------------------------- tools
SUDO=""
if [ "$(id -u)" -ne 0 ]; then command -v sudo >/dev/null && SUDO=sudo || true; fi
APT_UPDATED=0
apt_install() { # apt_install PACKAGE...
  log "installing Debian packages: $*"
  if [ "$APT_UPDATED" -eq 0 ]; then $SUDO apt-get update -qq >&2 || die "apt-get update failed"; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >&2 || die "apt-get install $* failed"
}
[ -x /usr/bin/time ] || apt_install time
command -v rapper >/dev/null || apt_install raptor2-utils
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm

if [ "$(node -p "try{require('$N3_NODE_DIR/node_modules/n3/package.json').version}catch(e){''}")" != "$N3_VERSION" ]; then
  log "installing n3@$N3_VERSION into $N3_NODE_DIR"
  mkdir -p "$N3_NODE_DIR"
  npm install --prefix "$N3_NODE_DIR" --no-audit --no-fund --loglevel=error "n3@$N3_VERSION" >&2 \
    || die "npm install n3@$N3_VERSION failed"
fi
export N3_NODE_DIR

# newsgraph: a command line split on spaces; a bare .dll runs under dotnet.
read -r -a NG <<<"$NEWSGRAPH"
[ ${#NG[@]} -gt 0 ] || die "NEWSGRAPH is empty"
[[ ${#NG[@]} -eq 1 && ${NG[0]} == *.dll ]] && NG=(dotnet "${NG[0]}")
NG_SETUP_ERROR=""
if [ "$NEWSGRAPH" = "dotnet $NG_DEFAULT_DLL" ] && [ ! -f "$NG_DEFAULT_DLL" ]; then
  log "building newsgraph (dotnet build -c Release src/NewsGraph.Cli)"
  if ! (cd "$REPO" && dotnet build -c Release src/NewsGraph.Cli -nologo -v q) >&2; then
    NG_SETUP_ERROR="build failed"
    log "newsgraph build failed; it will be marked as error"
  fi
fi

# ---------------------------------------------------------------- input
TMP=$(mktemp -d "${TMPDIR:-/tmp}/parse-peers.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
if [ "$IS_GZ" -eq 1 ]; then
  NT=$TMP/$(basename "${DATA%.gz}")
  log "decompressing $DATA -> $NT"
  gzip -dc "$DATA" >"$NT" || die "cannot decompress $DATA"
else
  NT=$DATA
fi
log "input: $NT ($(du -h "$NT" | cut -f1)), $REPEAT run(s) per tool"

# ---------------------------------------------------------------- versions
RAPPER_VER="raptor2 $(rapper --version 2>/dev/null || echo '?')"
N3_VER="n3 $(node "$SCRIPT_DIR/n3-count.mjs" --version 2>/dev/null || echo '?') (node $(node --version))"
NG_VER=$("${NG[@]}" --version 2>/dev/null | head -n1 || true)
[[ $NG_VER =~ ^v?[0-9][^[:space:]]*$ ]] || NG_VER="" # only a plausible `--version` answer
GIT_REV=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo "no-commit")
[ -z "$(git -C "$REPO" status --porcelain 2>/dev/null | head -n1)" ] || GIT_REV="$GIT_REV+dirty"
NG_VER="newsgraph ${NG_VER:+$NG_VER }(git $GIT_REV)"

# ---------------------------------------------------------------- runs
# Count extractors: read the tool's stdout/stderr files, print the triple count.
count_rapper() { sed -n 's/.*Parsing returned \([0-9][0-9]*\) triple.*/\1/p' "$2" | tail -n1; }
count_n3() { grep -E '^[0-9]+$' "$1" | tail -n1; }
count_ng() { awk '$1 == "triples" && $2 ~ /^[0-9]+$/ { n = $2 } END { if (n != "") print n }' "$1"; }

IDS=(rapper n3 ng)
declare -A LABEL=([rapper]="rapper (.nt)" [n3]="N3.js (.nt)" [ng]="newsgraph (.nt)")
declare -A VER=([rapper]=$RAPPER_VER [n3]=$N3_VER [ng]=$NG_VER)
declare -A COUNTER=([rapper]=count_rapper [n3]=count_n3 [ng]=count_ng)
declare -A CMD=(
  [rapper]="rapper -i ntriples -c $(printf %q "$NT")"
  [n3]="node $(printf %q "$SCRIPT_DIR/n3-count.mjs") $(printf %q "$NT")"
  [ng]="$(printf '%q ' "${NG[@]}")bench --repeat 1 --warmup 0 --data $(printf %q "$NT")"
)
if [ "$WITH_GZ" -eq 1 ]; then
  IDS+=(nggz)
  LABEL[nggz]="newsgraph (.gz)"; VER[nggz]=$NG_VER; COUNTER[nggz]=count_ng
  CMD[nggz]="$(printf '%q ' "${NG[@]}")bench --repeat 1 --warmup 0 --data $(printf %q "$DATA")"
fi
declare -A ERR=() TIMES=() RSS=() COUNT=() SELF=()
if [ -n "$NG_SETUP_ERROR" ]; then ERR[ng]=$NG_SETUP_ERROR; [ "$WITH_GZ" -eq 0 ] || ERR[nggz]=$NG_SETUP_ERROR; fi

# Runs are interleaved (round-robin over tools) so that drift hits every tool alike.
for ((run = 1; run <= REPEAT; run++)); do
  for id in "${IDS[@]}"; do
    [ -z "${ERR[$id]:-}" ] || continue
    log "run $run/$REPEAT: ${LABEL[$id]}"
    out=$TMP/$id.out err=$TMP/$id.err tv=$TMP/$id.time
    rc=0
    /usr/bin/time -v -o "$tv" bash -c "exec ${CMD[$id]}" >"$out" 2>"$err" || rc=$?
    n=$(${COUNTER[$id]} "$out" "$err" || true)
    if [ "$rc" -ne 0 ] || [ -z "$n" ]; then
      ERR[$id]="exit $rc$([ -n "$n" ] || echo ', no triple count')"
      log "  ${LABEL[$id]} failed (${ERR[$id]}); output tail:"
      tail -n 5 "$out" "$err" | sed 's/^/    /' >&2
      continue
    fi
    if [ -n "${COUNT[$id]:-}" ] && [ "${COUNT[$id]}" != "$n" ]; then
      ERR[$id]="count varied between runs (${COUNT[$id]} vs $n)"; continue
    fi
    COUNT[$id]=$n
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { k = split($2, p, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + p[i]; print s }' "$tv")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tv")
    TIMES[$id]="${TIMES[$id]:-} $secs"
    RSS[$id]=$(( ${RSS[$id]:-0} > kb ? ${RSS[$id]:-0} : kb ))
    self=$(awk '$1 == "seconds" { print $2 }' "$out")
    [ -z "$self" ] || SELF[$id]="${SELF[$id]:-} $self"
    log "  $n triples, ${secs}s, $((kb / 1024)) MiB"
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
declare -A MED=()
for id in "${IDS[@]}"; do [ -n "${ERR[$id]:-}" ] || MED[$id]=$(median <<<"${TIMES[$id]}"); done

# ---------------------------------------------------------------- report
REF=${MED[ng]:-}
echo
echo "Parse benchmark: $(basename "$DATA"), median of $REPEAT run(s), $(nproc) CPU(s), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| tool | version | triples | median s | triples/s | peak RSS MiB | time / newsgraph |"
echo "|---|---|---:|---:|---:|---:|---:|"
for id in "${IDS[@]}"; do
  if [ -n "${ERR[$id]:-}" ]; then
    echo "| ${LABEL[$id]} | ${VER[$id]} | error: ${ERR[$id]} | – | – | – | – |"
    continue
  fi
  awk -v l="${LABEL[$id]}" -v v="${VER[$id]}" -v n="${COUNT[$id]}" -v t="${MED[$id]}" -v kb="${RSS[$id]}" -v ref="$REF" 'BEGIN {
    ratio = (ref != "" && ref > 0) ? sprintf("%.2f", t / ref) : "n/a"
    tps = (t > 0) ? sprintf("%.0f", n / t) : "n/a"
    printf "| %s | %s | %d | %.2f | %s | %.0f | %s |\n", l, v, n, t, tps, kb / 1024, ratio }'
done
echo
for id in ng nggz; do
  if [ -n "${SELF[$id]:-}" ] && [ -z "${ERR[$id]:-}" ]; then
    echo "- ${LABEL[$id]} self-reported parse time (median, no process start-up): $(median <<<"${SELF[$id]}") s"
  fi
done

status=0
counts=$(for id in "${IDS[@]}"; do [ -n "${ERR[$id]:-}" ] || echo "${COUNT[$id]}"; done | sort -u)
if [ -z "$counts" ]; then
  echo "- no tool succeeded"; status=1
elif [ "$(wc -l <<<"$counts")" -eq 1 ]; then
  echo "- triple counts agree: $counts"
else
  echo "- **triple counts DISAGREE**: $(for id in "${IDS[@]}"; do [ -n "${ERR[$id]:-}" ] || printf '%s=%s ' "${LABEL[$id]}" "${COUNT[$id]}"; done)"
  status=1
fi
failed=$(for id in "${IDS[@]}"; do [ -z "${ERR[$id]:-}" ] || printf '%s; ' "${LABEL[$id]}"; done)
if [ -n "$failed" ]; then
  echo "- failed: ${failed%; }"
  [ "$STRICT" -eq 0 ] || status=1
fi
exit "$status"
