# Shared by src/bench/cluster.sh and src/bench/fanout.sh (sourced, not run): the packaged app, started as several
# instances on one database of the local PostgreSQL. Expects ROOT (the repository), WORK (a temporary directory),
# PIDS (an array the caller stops on exit) and say().
HOST=${MAQUIS_DB_HOST:-127.0.0.1} DBUSER=${MAQUIS_DB_USER:-postgres}

package_app() { # builds target/quarkus-app when it is missing or older than the sources
  if [ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] \
     || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$ROOT/target/quarkus-app/quarkus-run.jar" -print -quit)" ]; then
    say "packaging the app"; (cd "$ROOT" && ./mvnw -B -q package -Dmaven.test.skip=true)
  fi
}

node22() { # the path of Node 22 from npm (src/bench/peer), installed when missing
  local node="$ROOT/src/bench/peer/node_modules/.bin/node"
  [ -x "$node" ] || (cd "$ROOT/src/bench/peer" && npm ci --no-audit --no-fund >/dev/null) || { say "cannot install Node 22 (npm)"; return 1; }
  echo "$node"
}

ensure_database() { # DB: creates it when missing
  psql -h "$HOST" -U "$DBUSER" -d postgres -Atqc "select 1 from pg_database where datname = '$1'" | grep -q 1 \
    || psql -h "$HOST" -U "$DBUSER" -d postgres -qc "create database \"$1\""
}

ready() { # URL PID LOG: waits until the instance is ready
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$1/q/health/ready" && return 0
    kill -0 "$2" 2>/dev/null || { say "exited:"; tail -20 "$3" >&2; return 1; }
    sleep 0.5
  done
  say "not ready after 120 s: $1"; return 1
}

start_instance() { # NAME PORT DB: starts the packaged app, waits until it is ready, adds its pid to PIDS
  MAQUIS_DB_NAME=$3 PORT=$2 MAQUIS_JWT_ALLOW_DEVELOPMENT_KEY=true java ${JAVA_OPTS--XX:+UseParallelGC} \
    -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  ready "http://127.0.0.1:$2" "$!" "$WORK/$1.log"
  say "instance $1 on http://127.0.0.1:$2/graphql"
}
