#!/usr/bin/env bash
# The Maquis Archive against PostGraphile 5 (amber preset) on the same generated data. For each size it
# loads a galaxy (src/bench/galaxy.sh; reused when already loaded) and starts the packaged API and PostGraphile
# on that database, all sizes' servers at once; warms them up, then drives the mix of src/bench/mix with wrk
# (lookups, pages of 20 to 100 rows with a to-one each, backward pages, lists of lists, three levels, 50 nodes
# by id, search through fragments, a mutation's payload; each beside PostGraphile's equivalent where it has one),
# each run measuring a query at every size and on both servers back to back, and prints one table of medians:
# requests/s, p50, p99, the ratio ours/PostGraphile, SQL statements and rows per request (pg_stat_statements),
# each server's CPU time per request (its process's own accounting, /proc/PID/stat), the bytes of one answer,
# the API's peak memory (VmHWM), and each server's cost at a size against the first size (the median over runs
# of the ratio of requests/s, the two measured in the same run, one after the other), and ours per row read.
# BENCH_ONLY=slug,page-50 measures only those queries of the mix.
# Figures to compare within one run on one machine, never assertions. BENCH_RUNS=1 also prints every run.
#
#   src/bench/bench.sh [--sizes 1000,1000000] [--duration 10] [--warmup 180] [--runs 3] [--connections 16]
#                      [--seed 42] [--no-peer] [--smoke]
#
# --warmup is seconds per server and size, spread over the mix. --smoke: a tiny galaxy, 1-second runs, no
# figures worth reading; fails only when our API answers a query of the mix with errors (CI runs it).
# The API's JVM runs with JAVA_OPTS, by default -XX:+UseParallelGC, the collector that the JVM image of
# src/main/docker/Dockerfile.jvm picks (its run-java.sh); JAVA_OPTS= leaves the choice to the JVM (G1 here).
# A run in which no request finished (slower than --duration) shows 0 requests/s and '-' for the rest.
# Needs pg_stat_statements preloaded on the local PostgreSQL; when it is not, this preloads it as
# .ci/local-postgres.sh does (one restart of PostgreSQL). Installs wrk (Debian) and PostGraphile with Node 22
# (npm, into src/bench/peer/node_modules) when missing.
# Before and after: BENCH_BEFORE=REVISION (a git revision of this repository, built from a copy of its tree in
# the temporary directory) or BENCH_BEFORE=DIR (a directory holding quarkus-run.jar, or a checkout holding
# target/quarkus-app/quarkus-run.jar) also starts that build as "before", on another port against the same
# database, measures it in the same runs (after then before in odd runs, before then after in even ones) and
# prints a second table: both medians and after/before for every query of the mix.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SIZES="" DURATION=10 WARMUP=180 RUNS=3 CONNECTIONS=16 SEED=42 PEER=1 SMOKE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --no-peer) PEER=0 ;;
    --smoke) SMOKE=1 ;;
    -h | --help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SMOKE" = 1 ]; then
  SIZES=${SIZES:-200} DURATION=1 WARMUP=2 RUNS=1 CONNECTIONS=4
fi
SIZES=${SIZES:-1000,1000000}
say() { echo "[bench] $*" >&2; }

# BENCH_BEFORE is checked before anything starts: a directory with the jar, or a revision to build.
BEFORE=${BENCH_BEFORE:-} BEFORE_JAR="" BEFORE_REV=""
if [ -n "$BEFORE" ]; then
  if [ -f "$BEFORE/quarkus-run.jar" ]; then
    BEFORE_JAR=$(cd "$BEFORE" && pwd)/quarkus-run.jar
  elif [ -f "$BEFORE/target/quarkus-app/quarkus-run.jar" ]; then
    BEFORE_JAR=$(cd "$BEFORE/target/quarkus-app" && pwd)/quarkus-run.jar
  elif [ -e "$BEFORE" ]; then
    say "BENCH_BEFORE=$BEFORE holds no quarkus-run.jar (nor target/quarkus-app/quarkus-run.jar)"; exit 2
  elif ! BEFORE_REV=$(git -C "$ROOT" rev-parse --verify --quiet --end-of-options "$BEFORE^{commit}"); then
    say "BENCH_BEFORE=$BEFORE is neither a directory holding quarkus-run.jar nor a git revision of this repository"; exit 2
  fi
fi

HOST=${MAQUIS_DB_HOST:-127.0.0.1} PGPORT_=${MAQUIS_DB_PORT:-5432} DBUSER=${MAQUIS_DB_USER:-postgres}
export PGPASSWORD=${MAQUIS_DB_PASSWORD:-}
psql_() { psql -h "$HOST" -p "$PGPORT_" -U "$DBUSER" -v ON_ERROR_STOP=1 -Atq "$@"; }

WORK=$(mktemp -d /tmp/maquis-bench.XXXXXX)
declare -A API_PIDS=() PEER_PIDS=() BEFORE_PIDS=() # by size
BUILD_PID="" # the before's build: the leader of its own process group (Maven and its children)
stop() { # PID: stops one process this script started, and waits for it
  [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 0
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$1" 2>/dev/null || true
}
cleanup() {
  [ -z "$BUILD_PID" ] || kill -- "-$BUILD_PID" 2>/dev/null || true
  for pid in "${API_PIDS[@]}" "${BEFORE_PIDS[@]}" "${PEER_PIDS[@]}"; do stop "$pid"; done
  if [ -n "${BENCH_KEEP:-}" ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Tools, statistics, build, peer -------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  say "installing wrk"
  (bash "$ROOT/.ci/apt-get.sh" update && bash "$ROOT/.ci/apt-get.sh" install wrk >/dev/null) || { say "cannot install wrk"; exit 1; }
fi
STATS=1
if ! psql_ -d postgres -c "show shared_preload_libraries" | grep -q pg_stat_statements; then
  if [ "$HOST" = 127.0.0.1 ] || [ "$HOST" = localhost ]; then
    say "preloading pg_stat_statements (restarts the local PostgreSQL once)"
    psql_ -d postgres -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main restart
    for _ in $(seq 1 30); do psql_ -d postgres -c "select 1" >/dev/null 2>&1 && break; sleep 1; done
  fi
  psql_ -d postgres -c "show shared_preload_libraries" | grep -q pg_stat_statements \
    || { STATS=0; say "pg_stat_statements is not preloaded: no statement counts"; }
fi

cd "$ROOT"
if [ ! -f target/quarkus-app/quarkus-run.jar ] \
   || [ -n "$(find src/main pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
  say "packaging the app"
  ./mvnw -q package -DskipTests
fi
if [ -n "$BEFORE_REV" ]; then
  say "packaging the before, $(git rev-parse --short "$BEFORE_REV"), from a copy of its tree in $WORK/before"
  mkdir "$WORK/before"
  git archive "$BEFORE_REV" | tar -x -C "$WORK/before"
  setsid bash -c 'cd "$1" && exec ./mvnw -B -q package -Dmaven.test.skip=true' _ "$WORK/before" >"$WORK/before-build.log" 2>&1 &
  BUILD_PID=$!
  if ! wait "$BUILD_PID"; then
    BUILD_PID=""; say "the before did not build:"; tail -20 "$WORK/before-build.log" >&2; exit 1
  fi
  BUILD_PID="" BEFORE_JAR=$WORK/before/target/quarkus-app/quarkus-run.jar
fi

NODE="$HERE/peer/node_modules/.bin/node"
if [ "$PEER" = 1 ] && { [ ! -x "$NODE" ] || [ ! -f "$HERE/peer/node_modules/postgraphile/dist/cli-run.js" ]; }; then
  say "installing PostGraphile 5 and Node 22 into src/bench/peer"
  (cd "$HERE/peer" && npm ci --no-audit --no-fund >"$WORK/npm.log" 2>&1) \
    || { PEER=0; say "PostGraphile could not be installed (see below); continuing without it"; tail -5 "$WORK/npm.log" >&2; }
fi
if [ "$PEER" = 1 ] && ! "$NODE" --version 2>/dev/null | grep -q '^v22'; then
  PEER=0; say "Node 22 from npm does not run here; continuing without PostGraphile"
fi

free_port() { # first port from $1 on which nothing listens
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}
wait_ready() { # URL PID LOG: waits until a GraphQL endpoint answers { __typename }
  for _ in $(seq 1 240); do
    if curl -sf -o /dev/null -X POST -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$1"; then
      return 0
    fi
    kill -0 "$2" 2>/dev/null || { say "server exited:"; tail -20 "$3" >&2; return 1; }
    sleep 0.5
  done
  say "server not ready after 120 s"; tail -20 "$3" >&2; return 1
}

# --- The mix: src/bench/mix/NAME.graphql (ours) and NAME.postgraphile.graphql (PostGraphile's, where it has one) --
# %NAME% placeholders name rows of each size's database (mix_bodies); the order of the table is MIX's.
MIX=(slug node timeline nested last-page search page-20 page-50 page-100 backward-50 lists-of-lists three-levels
  nodes-50 search-fragments mutation)
NAMES=()
for q in "${MIX[@]}"; do
  [ "$SMOKE" = 1 ] || [ -z "${BENCH_ONLY:-}" ] || [[ ",$BENCH_ONLY," == *",$q,"* ]] && NAMES+=("$q")
done
[ ${#NAMES[@]} -gt 0 ] || { say "BENCH_ONLY=$BENCH_ONLY names no query of the mix (${MIX[*]})"; exit 2; }
command -v jq >/dev/null || bash "$ROOT/.ci/apt-get.sh" install jq >/dev/null || { say "cannot install jq"; exit 1; }
TOKEN=$(bash "$ROOT/src/dev/token.sh" bench archivist 1440)
our_id() { printf '%s:%s' "$1" "$2" | base64 -w0 | tr '+/' '-_' | tr -d '='; }   # GlobalId: type:row, base64url
peer_id() { printf '["%s","%s"]' "$1" "$2" | base64 -w0; }                         # PostGraphile 5: JSON, base64
mix_bodies() { # SIZE: the request bodies and wrk scripts of every query for this size's database
  local size=$1 db=${DBS[$1]} ours_ids="" peer_nodes="" i=0 type id
  while IFS='|' read -r type id; do
    ours_ids+="${ours_ids:+, }\"$(our_id "$type" "$id")\""
    peer_nodes+=" n$i: node(id: \"$(peer_id "$type" "$id")\") { id ... on Person { name } ... on Faction { name } ... on Place { name } ... on Ship { name } ... on Event { name } }"
    i=$((i + 1))
  done < <(psql_ -d "$db" -c "(select 'Person', id from person order by id limit 10) union all
    (select 'Faction', id from faction order by id limit 10) union all (select 'Place', id from place order by id limit 10)
    union all (select 'Ship', id from ship order by id limit 10) union all (select 'Event', id from event order by id limit 10)")
  # The mutation sets a person's description to what it is: ours and PostGraphile's each on a person of its own.
  local ours_person peer_person
  ours_person=$(psql_ -d "$db" -c "select id, version, to_json(description) from person order by id limit 1")
  peer_person=$(psql_ -d "$db" -c "select slug, to_json(description) from person order by id offset 1 limit 1")
  for q in "${NAMES[@]}"; do
    for side in ours theirs; do
      local file="$HERE/mix/$q.graphql"
      [ $side = ours ] || file="$HERE/mix/$q.postgraphile.graphql"
      [ -f "$file" ] || continue
      grep -v '^#' "$file" | sed \
        -e "s|%OUR_NODE%|$(our_id Person 401)|" -e "s|%PEER_NODE%|$(peer_id Person 401)|" \
        -e "s|%OUR_IDS%|$ours_ids|" -e "s|%PEER_NODES%|$peer_nodes|" \
        -e "s|%PERSON_ID%|$(our_id Person "$(cut -d'|' -f1 <<<"$ours_person")")|" \
        -e "s|%PERSON_VERSION%|$(cut -d'|' -f2 <<<"$ours_person")|" \
        -e "s|%PERSON_SLUG%|$(cut -d'|' -f1 <<<"$peer_person")|" \
        -e "s|%PERSON_DESCRIPTION%|$( ([ $side = ours ] && cut -d'|' -f3- <<<"$ours_person" || cut -d'|' -f2- <<<"$peer_person") | sed 's/[|&\\]/\\&/g')|" \
        | jq -Rsc '{query: .}' >"$WORK/$side-$q-$size.json"
      { echo 'wrk.method = "POST"'; echo 'wrk.headers["Content-Type"] = "application/json"'
        [ $side = ours ] && [ $q = mutation ] && echo "wrk.headers[\"Authorization\"] = \"Bearer $TOKEN\""
        printf 'wrk.body = [==[%s]==]\n' "$(cat "$WORK/$side-$q-$size.json")"; } >"$WORK/$side-$q-$size.lua"
    done
  done
}

SIDES=(ours theirs)
[ -n "$BEFORE_JAR" ] && SIDES=(ours before theirs)
req() { if [ "$1" = theirs ]; then echo theirs; else echo ours; fi; } # SIDE -> whose query it sends

# --- Measuring ------------------------------------------------------------------------------------------
wrk_run() { # URL LUA SECONDS -> "requests/s p50-ms p99-ms requests"
  wrk -t2 -c"$CONNECTIONS" -d"${3}s" --timeout 30s --latency -s "$2" "$1" 2>&1 | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /requests in/ { n = $1 } /^Requests\/sec/ { rps = $2 }
    END { if (n > 0) printf "%.0f %.2f %.2f %d\n", rps, p50, p99, n; else print "0 - - 0" }'
}
settle() { # waits (at most 60 s) until no statement of an earlier run still executes on the galaxies' databases
  # wrk stops sending, not the server: a slow query's statements run on in PostgreSQL after its run has ended
  # (PostGraphile's lists of lists at a million people, 1.3 s each, 16 at once) and took the CPU from the next run.
  local dbs i
  dbs=$(printf "'%s'," "${DBS[@]}")
  for i in $(seq 600); do
    [ "$(psql_ -d postgres -c "select count(*) from pg_stat_activity where state = 'active'
          and pid <> pg_backend_pid() and datname in (${dbs%,})")" = 0 ] && return
    sleep 0.1
  done
  say "statements still running after 60 s; measuring anyway"
}
stats_reset() { [ "$STATS" = 1 ] && psql_ -d "$DB" -c "select pg_stat_statements_reset(0, $DBOID, 0)" >/dev/null || true; }
stats_read() { # REQUESTS -> "statements/request rows/request"
  if [ "$STATS" = 1 ] && [ "$1" -gt 0 ]; then
    psql_ -d "$DB" -c "select coalesce(sum(calls), 0), coalesce(sum(rows), 0) from pg_stat_statements
                       where dbid = $DBOID and query !~* 'pg_stat_statements'" |
      awk -F'|' -v n="$1" '{ printf "%.1f %.1f\n", $1 / n, $2 / n }'
  else
    echo "- -"
  fi
}
check() { # SIDE QUERY SIZE: one request; prints "ok BYTES" (the answer's size) or the start of the error
  local out auth=()
  [ "$1" != theirs ] && [ "$2" = mutation ] && auth=(-H "Authorization: Bearer $TOKEN")
  out=$(curl -s -m 60 -X POST -H 'content-type: application/json' "${auth[@]}" --data-binary @"$WORK/$(req "$1")-$2-$3.json" \
    "${URL[$1-$3]}" || echo '{"errors":"no answer"}')
  if [[ $out == *'"errors"'* || $out != *'"data"'* || ($2 == mutation && $1 != theirs && $out != *'"userErrors":[]'*) ]]; then
    echo "${out:0:300}"
  else
    echo "ok ${#out}"
  fi
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; } # PID: user + system CPU, in ticks
TICK=$(getconf CLK_TCK)
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'; }

FAILED=0
RESULTS="$WORK/results" # size query side run rps p50 p99 stmts rows hwm cpu-µs/request
: >"$RESULTS"
SIZE_LIST=(${SIZES//,/ })
declare -A DBS=() DBOIDS=() URL=() OK=() BYTES=()
# Every size's galaxy, then every size's two servers, all up together: a run measures each query at every
# size back to back, so that the cost at one size against another compares runs made under the same load.
for SIZE in "${SIZE_LIST[@]}"; do
  DB="galaxy_bench_$SIZE"
  say "galaxy of $SIZE people in $DB"
  GALAXY_REUSE=1 "$HERE/galaxy.sh" "$DB" "$SIZE" "$SEED" | grep -v '^  ' >&2
  [ "$STATS" = 1 ] && psql_ -d "$DB" -c "create extension if not exists pg_stat_statements"
  DBS[$SIZE]=$DB
  DBOIDS[$SIZE]=$(psql_ -d "$DB" -c "select oid from pg_database where datname = current_database()")
done
for SIZE in "${SIZE_LIST[@]}"; do mix_bodies "$SIZE"; done
for SIZE in "${SIZE_LIST[@]}"; do
  API_PORT=$(free_port 18080)
  MAQUIS_DB_NAME=${DBS[$SIZE]} PORT=$API_PORT MAQUIS_JWT_ALLOW_DEVELOPMENT_KEY=true java ${JAVA_OPTS--XX:+UseParallelGC} -jar target/quarkus-app/quarkus-run.jar >"$WORK/api-$SIZE.log" 2>&1 &
  API_PIDS[$SIZE]=$!
  wait_ready "http://127.0.0.1:$API_PORT/graphql" "${API_PIDS[$SIZE]}" "$WORK/api-$SIZE.log"
  URL[ours-$SIZE]="http://127.0.0.1:$API_PORT/graphql"
  if [ -n "$BEFORE_JAR" ]; then
    BEFORE_PORT=$(free_port $((API_PORT + 1)))
    MAQUIS_DB_NAME=${DBS[$SIZE]} PORT=$BEFORE_PORT MAQUIS_JWT_ALLOW_DEVELOPMENT_KEY=true java ${JAVA_OPTS--XX:+UseParallelGC} -jar "$BEFORE_JAR" >"$WORK/before-$SIZE.log" 2>&1 &
    BEFORE_PIDS[$SIZE]=$!
    wait_ready "http://127.0.0.1:$BEFORE_PORT/graphql" "${BEFORE_PIDS[$SIZE]}" "$WORK/before-$SIZE.log"
    URL[before-$SIZE]="http://127.0.0.1:$BEFORE_PORT/graphql"
  fi
  if [ "$PEER" = 1 ]; then
    PEER_PORT=$(free_port 15678)
    (cd "$HERE/peer" && GRAPHILE_ENV=production NODE_ENV=production exec "$NODE" node_modules/postgraphile/dist/cli-run.js \
      -P postgraphile/presets/amber -c "postgres://$DBUSER${PGPASSWORD:+:$PGPASSWORD}@$HOST:$PGPORT_/${DBS[$SIZE]}" -s public \
      -n 127.0.0.1 -p "$PEER_PORT") >"$WORK/peer-$SIZE.log" 2>&1 &
    PEER_PIDS[$SIZE]=$!
    if wait_ready "http://127.0.0.1:$PEER_PORT/graphql" "${PEER_PIDS[$SIZE]}" "$WORK/peer-$SIZE.log"; then
      URL[theirs-$SIZE]="http://127.0.0.1:$PEER_PORT/graphql"
    else
      say "PostGraphile did not start on $SIZE people; continuing without it there"; stop "${PEER_PIDS[$SIZE]}"
    fi
  fi
  for q in "${NAMES[@]}"; do
    for side in "${SIDES[@]}"; do
      [ -f "$WORK/$(req $side)-$q-$SIZE.lua" ] && [ -n "${URL[$side-$SIZE]:-}" ] || continue
      answer=$(check "$side" "$q" "$SIZE")
      if [[ $answer == ok* ]]; then OK[$side-$q-$SIZE]=1 BYTES[$side-$q-$SIZE]=${answer#ok }; else
        say "$side $q on $SIZE people answers with errors: $answer"
        [ $side = ours ] && FAILED=1
      fi
    done
  done
done
per_query=$(( (WARMUP + ${#NAMES[@]} - 1) / ${#NAMES[@]} ))
say "warming up: ${per_query} s per query, server and size"
for SIZE in "${SIZE_LIST[@]}"; do
  for side in "${SIDES[@]}"; do
    for q in "${NAMES[@]}"; do
      [ -n "${OK[$side-$q-$SIZE]:-}" ] && wrk_run "${URL[$side-$SIZE]}" "$WORK/$(req $side)-$q-$SIZE.lua" "$per_query" >/dev/null
    done
  done
done
for run in $(seq 1 "$RUNS"); do
  say "run $run of $RUNS"
  order=("${SIDES[@]}")
  [ -n "$BEFORE_JAR" ] && [ $((run % 2)) = 0 ] && order=(before ours theirs)
  for q in "${NAMES[@]}"; do
    for SIZE in "${SIZE_LIST[@]}"; do
      DB=${DBS[$SIZE]} DBOID=${DBOIDS[$SIZE]}
      for side in "${order[@]}"; do
        [ -n "${OK[$side-$q-$SIZE]:-}" ] || continue
        case $side in ours) pid=${API_PIDS[$SIZE]} ;; before) pid=${BEFORE_PIDS[$SIZE]} ;; *) pid=${PEER_PIDS[$SIZE]} ;; esac
        settle
        stats_reset
        cpu0=$(cpu_ticks "$pid")
        read -r rps p50 p99 n < <(wrk_run "${URL[$side-$SIZE]}" "$WORK/$(req $side)-$q-$SIZE.lua" "$DURATION")
        cpu=$(awk -v t="$(($(cpu_ticks "$pid") - cpu0))" -v k="$TICK" -v n="$n" 'BEGIN { if (n > 0) printf "%.0f", t / k * 1e6 / n; else print "-" }')
        read -r stmts rows < <(stats_read "$n")
        if ! kill -0 "${API_PIDS[$SIZE]}" 2>/dev/null; then
          say "the API on $SIZE people exited during the run:"; tail -20 "$WORK/api-$SIZE.log" >&2; exit 1
        fi
        if [ -n "$BEFORE_JAR" ] && ! kill -0 "${BEFORE_PIDS[$SIZE]}" 2>/dev/null; then
          say "the before on $SIZE people exited during the run:"; tail -20 "$WORK/before-$SIZE.log" >&2; exit 1
        fi
        if [ $side = before ]; then mem=${BEFORE_PIDS[$SIZE]}; else mem=${API_PIDS[$SIZE]}; fi
        hwm=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$mem/status")
        echo "$SIZE $q $side $run $rps $p50 $p99 $stmts $rows $hwm $cpu" >>"$RESULTS"
      done
    done
  done
done

# --- The table ------------------------------------------------------------------------------------------
col() { # SIZE QUERY SIDE FIELD(5..11): the median over runs, or -
  awk -v s="$1" -v q="$2" -v d="$3" -v f="$4" '$1 == s && $2 == q && $3 == d && $f != "-" { print $f }' "$RESULTS" | median
}
cost() { # SIZE QUERY SIDE: the median over runs of (requests/s at the first size) / (requests/s at SIZE), or -
  awk -v s="$1" -v b="${SIZE_LIST[0]}" -v q="$2" -v d="$3" '
    $2 == q && $3 == d && $5 > 0 { if ($1 == b) base[$4] = $5; if ($1 == s) at[$4] = $5 }
    END { for (r in at) if (r in base) print base[r] / at[r] }' "$RESULTS" | median |
    awk '$1 == "-" { print "-"; next } { printf "%.2fx\n", $1 }'
}
per_row() { # SIZE QUERY: the median over runs of our cost per row read at SIZE against the first size, or -
  # (requests/s x rows/request at the first size) / (the same at SIZE): a list whose parents hold more children at
  # the larger size answers more rows there (lists of lists: 20 parents of 20 at a million people, the 7 of the
  # article's factions that have members at a thousand), which the cost per request counts and this does not.
  awk -v s="$1" -v b="${SIZE_LIST[0]}" -v q="$2" '
    $2 == q && $3 == "ours" && $5 > 0 && $9 != "-" && $9 > 0 { if ($1 == b) base[$4] = $5 * $9; if ($1 == s) at[$4] = $5 * $9 }
    END { for (r in at) if (r in base) print base[r] / at[r] }' "$RESULTS" | median |
    awk '$1 == "-" { print "-"; next } { printf "%.2fx\n", $1 }'
}
echo
echo "Maquis Archive vs PostGraphile 5.1.5 (amber), $(date -u +%F), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); wrk 2 threads, $CONNECTIONS connections, ${DURATION} s per run," \
  "median of $RUNS runs after ${WARMUP} s warm-up per server and size; each run measures a query at every size and on both servers back to back"
echo
echo "| people | query | ours req/s | p50 ms | p99 ms | PostGraphile req/s | p50 ms | p99 ms | ours/theirs | ours SQL/req | ours rows/req | theirs SQL/req | theirs rows/req | ours CPU µs/req | theirs CPU µs/req | ours bytes | theirs bytes | our peak RSS MB | our cost vs ${SIZE_LIST[0]} | our cost per row vs ${SIZE_LIST[0]} | their cost vs ${SIZE_LIST[0]} |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for SIZE in "${SIZE_LIST[@]}"; do
  for q in "${NAMES[@]}"; do
    ours_rps=$(col "$SIZE" "$q" ours 5) theirs_rps=$(col "$SIZE" "$q" theirs 5)
    ratio=-
    if [[ $ours_rps != - && $theirs_rps != - && $theirs_rps != 0 ]]; then
      ratio=$(awk -v a="$ours_rps" -v b="$theirs_rps" 'BEGIN { printf "%.2fx", a / b }')
    fi
    echo "| $SIZE | $q | $ours_rps | $(col "$SIZE" "$q" ours 6) | $(col "$SIZE" "$q" ours 7) | $theirs_rps |" \
      "$(col "$SIZE" "$q" theirs 6) | $(col "$SIZE" "$q" theirs 7) | $ratio | $(col "$SIZE" "$q" ours 8) |" \
      "$(col "$SIZE" "$q" ours 9) | $(col "$SIZE" "$q" theirs 8) | $(col "$SIZE" "$q" theirs 9) |" \
      "$(col "$SIZE" "$q" ours 11) | $(col "$SIZE" "$q" theirs 11) | ${BYTES[ours-$q-$SIZE]:--} | ${BYTES[theirs-$q-$SIZE]:--} |" \
      "$(awk -v s="$SIZE" '$1 == s && $3 != "before" { m = $10 > m ? $10 : m } END { print m ? m : "-" }' "$RESULTS") |" \
      "$(cost "$SIZE" "$q" ours) | $(per_row "$SIZE" "$q") | $(cost "$SIZE" "$q" theirs) |"
  done
done
if [ -n "$BEFORE_JAR" ]; then
  after_before() { # SIZE QUERY: the median over runs of after's requests/s / before's, the two from the same run
    awk -v s="$1" -v q="$2" '$1 == s && $2 == q && $5 > 0 { if ($3 == "ours") a[$4] = $5; if ($3 == "before") b[$4] = $5 }
      END { for (r in a) if (r in b) print a[r] / b[r] }' "$RESULTS" | median |
      awk '$1 == "-" { print "-"; next } { printf "%.2fx\n", $1 }'
  }
  after="commit $(git -C "$ROOT" rev-parse --short HEAD)"
  [ -n "$(git -C "$ROOT" status --porcelain -- src/main pom.xml)" ] && after="$after with uncommitted changes"
  if [ -n "$BEFORE_REV" ]; then before="commit $(git -C "$ROOT" rev-parse --short "$BEFORE_REV")"; else before="$BEFORE_JAR"; fi
  echo
  echo "Before and after: after = target/quarkus-app ($after), before = $before; same database, runs and load;" \
    "after/before is the median over runs of the ratio of requests/s, the two measured one after the other" \
    "(after first in odd runs, before first in even ones)"
  echo
  echo "| people | query | after req/s | before req/s | after/before | after p50 ms | before p50 ms | after p99 ms | before p99 ms | after SQL/req | before SQL/req | after peak RSS MB | before peak RSS MB |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for SIZE in "${SIZE_LIST[@]}"; do
    for q in "${NAMES[@]}"; do
      echo "| $SIZE | $q | $(col "$SIZE" "$q" ours 5) | $(col "$SIZE" "$q" before 5) | $(after_before "$SIZE" "$q") |" \
        "$(col "$SIZE" "$q" ours 6) | $(col "$SIZE" "$q" before 6) | $(col "$SIZE" "$q" ours 7) | $(col "$SIZE" "$q" before 7) |" \
        "$(col "$SIZE" "$q" ours 8) | $(col "$SIZE" "$q" before 8) |" \
        "$(awk -v s="$SIZE" '$1 == s && $3 == "ours" { m = $10 > m ? $10 : m } END { print m ? m : "-" }' "$RESULTS") |" \
        "$(awk -v s="$SIZE" '$1 == s && $3 == "before" { m = $10 > m ? $10 : m } END { print m ? m : "-" }' "$RESULTS") |"
    done
  done
fi
if [ -n "${BENCH_RUNS:-}" ]; then # every run, for a closer look: size query side run req/s p50 p99 SQL rows RSS
  echo; echo "Runs:"; cat "$RESULTS"
fi
if [ "$FAILED" = 1 ]; then
  say "our API answered some query of the mix with errors (see above)"
  exit 1
fi
