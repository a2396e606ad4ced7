#!/usr/bin/env bash
# Two API instances behind HAProxy on one PostgreSQL, without containers: what docker-compose.yml's profile
# `cluster` runs, for a machine that cannot pull images. It starts the packaged app twice (A on 18201, B on 18202)
# on the local PostgreSQL's database $MAQUIS_DB_NAME (default maquis_cluster, created if missing), and Debian's
# haproxy on 18200 with src/main/docker/haproxy.cfg; then subscribes to archiveChanged on B and through the load
# balancer, makes a change through A (createSpecies, with a development token), and waits for both subscribers to
# receive it. Exit 0 when both did.
#
#   src/bench/cluster.sh            # the demonstration, then everything stops
#   src/bench/cluster.sh --keep     # and leaves the three running until Ctrl-C
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
KEEP=0; [ "${1:-}" = --keep ] && KEEP=1
DB=${MAQUIS_DB_NAME:-maquis_cluster}
say() { echo "[cluster] $*" >&2; }
WORK=$(mktemp -d /tmp/maquis-cluster.XXXXXX) PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v haproxy >/dev/null || bash "$ROOT/.ci/apt-get.sh" install haproxy >/dev/null || { say "cannot install haproxy"; exit 1; }
cd "$ROOT"
source "$HERE/instances.sh"
NODE=$(node22)
package_app
ensure_database "$DB"
start_instance A 18201 "$DB"   # one at a time: the first migrates the database
start_instance B 18202 "$DB"
MAQUIS_LB_BIND=127.0.0.1:18200 MAQUIS_API_A=127.0.0.1:18201 MAQUIS_API_B=127.0.0.1:18202 \
  haproxy -db -f src/main/docker/haproxy.cfg >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
ready "http://127.0.0.1:18200" "$!" "$WORK/haproxy.log"
say "load balancer on http://127.0.0.1:18200/graphql (round robin over A and B)"

"$NODE" "$HERE/cluster-watch.mjs" ws://127.0.0.1:18202/graphql 1 30 >"$WORK/on-b.out" 2>&1 & ON_B=$!
"$NODE" "$HERE/cluster-watch.mjs" ws://127.0.0.1:18200/graphql 1 30 >"$WORK/through-lb.out" 2>&1 & THROUGH_LB=$!
for _ in $(seq 1 100); do grep -q subscribed "$WORK/on-b.out" && grep -q subscribed "$WORK/through-lb.out" && break; sleep 0.1; done
TOKEN=$(bash "$ROOT/src/dev/token.sh" cluster archivist 10)
NAME="Cluster $(date +%s)"
say "createSpecies \"$NAME\" through instance A"
curl -sf -X POST -H 'content-type: application/json' -H "Authorization: Bearer $TOKEN" http://127.0.0.1:18201/graphql \
  -d "{\"query\": \"mutation { createSpecies(input: {name: \\\"$NAME\\\", universe: MIRROR, description: \\\"Made to watch it travel.\\\"}) { species { id } userErrors { message } } }\"}" >&2
echo >&2
ok=0
wait "$ON_B" && say "a subscriber of instance B received: $(tail -1 "$WORK/on-b.out")" || { ok=1; say "instance B's subscriber: $(cat "$WORK/on-b.out")"; }
wait "$THROUGH_LB" && say "a subscriber through the load balancer received: $(tail -1 "$WORK/through-lb.out")" \
  || { ok=1; say "the load balancer's subscriber: $(cat "$WORK/through-lb.out")"; }
if [ "$KEEP" = 1 ] && [ "$ok" = 0 ]; then say "running; Ctrl-C stops all three"; wait; fi
exit "$ok"
