#!/usr/bin/env bash
# The fan-out of live updates, measured: two instances of the packaged app on one database of the local PostgreSQL
# (maquis_fanout, made afresh), and for each number of subscribers (spread evenly over the two) a client
# (src/bench/fanout.mjs, Node 22) that subscribes them all to archiveChanged, creates species through instance A one
# at a time, and times each change from the mutation's answer to its arrival at each subscriber. Prints one table:
# delivery p50 and p99 over every (subscriber, change), the time to the last subscriber (p50, p99, max over the
# changes), database statements per change (pg_stat_statements: the mutation's own and the instances' reads), reads
# of changes per change by each instance (its maquis_live_reads_total), and the heap each subscriber adds (after full
# collections, both instances). The first row, 0 subscribers, is the mutation alone. Figures, never assertions; the
# client runs on the same cores as the servers, so its own work is in the times.
#
#   src/bench/fanout.sh [--subscribers 100,1000,10000] [--changes 30]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
COUNTS=100,1000,10000 CHANGES=30
while [ $# -gt 0 ]; do
  case "$1" in
    --subscribers) COUNTS=$2; shift ;;
    --changes) CHANGES=$2; shift ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ $COUNTS =~ ^[0-9]+(,[0-9]+)*$ && $CHANGES =~ ^[1-9][0-9]*$ ]] || { echo "numbers, please (see --help)" >&2; exit 2; }
say() { echo "[fanout] $*" >&2; }
WORK=$(mktemp -d /tmp/maquis-fanout.XXXXXX) PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
DB=maquis_fanout
source "$HERE/instances.sh"
NODE=$(node22)
command -v jq >/dev/null || bash "$ROOT/.ci/apt-get.sh" install jq >/dev/null || { say "cannot install jq"; exit 1; }
command -v jcmd >/dev/null || { say "jcmd (the JDK's) is needed for the heap figures"; exit 1; }
if ! psql -h "$HOST" -U "$DBUSER" -d postgres -Atqc "show shared_preload_libraries" | grep -q pg_stat_statements; then
  say "preloading pg_stat_statements (restarts the local PostgreSQL once)"
  psql -h "$HOST" -U "$DBUSER" -d postgres -qc "alter system set shared_preload_libraries = 'pg_stat_statements'"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main restart
  for _ in $(seq 1 30); do psql -h "$HOST" -U "$DBUSER" -d postgres -Atqc "select 1" >/dev/null 2>&1 && break; sleep 1; done
fi
# The client holds a socket per subscriber, each instance half of them.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
package_app
psql -h "$HOST" -U "$DBUSER" -d postgres -qc "drop database if exists $DB"
ensure_database "$DB"
start_instance A 18301 "$DB"   # one at a time: the first migrates the database
start_instance B 18302 "$DB"
psql -h "$HOST" -U "$DBUSER" -d "$DB" -qc "create extension if not exists pg_stat_statements"

export FANOUT_A=http://127.0.0.1:18301 FANOUT_B=http://127.0.0.1:18302 FANOUT_PIDS="${PIDS[0]} ${PIDS[1]}"
export FANOUT_TOKEN=$(bash "$ROOT/src/dev/token.sh" fanout archivist 600)
export FANOUT_PSQL="psql -h $HOST -U $DBUSER -d $DB"
echo "| subscribers | delivery p50 ms | delivery p99 ms | to the last p50 ms | to the last p99 ms | to the last max ms | statements per change | reads per change A | reads per change B | heap per subscriber KiB | subscribing s |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in 0 ${COUNTS//,/ }; do
  say "$n subscribers, $CHANGES changes"
  "$NODE" "$HERE/fanout.mjs" "$n" "$CHANGES" >"$WORK/fanout-$n.json"
  jq -r '[.subscribers, .deliveryP50, .deliveryP99, .lastP50, .lastP99, .lastMax, .statementsPerChange, .readsPerChangeA,
          .readsPerChangeB, (if .heapPerSubscriber == null then null else (.heapPerSubscriber / 1024 * 10 | round / 10) end),
          .subscribeSeconds] | map(. // "-") | "| " + join(" | ") + " |"' "$WORK/fanout-$n.json"
done
