#!/usr/bin/env bash
# Grows the article's lore to PEOPLE people in database DBNAME on the local PostgreSQL: creates the database
# if missing, applies the app's Flyway migrations, then loads a galaxy (org.maquis.archive.galaxy.Galaxy,
# COPY, deterministic from SEED, default 42), replacing any earlier galaxy there.
#
#   src/bench/galaxy.sh DBNAME PEOPLE [SEED]
#
# The connection comes from MAQUIS_DB_HOST, MAQUIS_DB_PORT, MAQUIS_DB_USER, MAQUIS_DB_PASSWORD (as for the
# app). The generator is test code (src/test/java/org/maquis/archive/galaxy/), never in the served jar: it runs
# from target/test-classes, with the app's migrations (target/classes) and libraries (target/quarkus-app/lib/).
# It packages the app first (./mvnw package -DskipTests, which compiles the tests too) when target/ is older
# than the sources.
# GALAXY_FRESH=1 drops and recreates the database first (only for names starting with galaxy_).
# GALAXY_REUSE=1 does nothing when the database already holds this galaxy (same people, seed, migrations
# and generator, as recorded in the database's comment), and otherwise starts afresh like GALAXY_FRESH=1.
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 DBNAME PEOPLE [SEED]" >&2
  exit 2
fi
DB=$1 PEOPLE=$2 SEED=${3:-42}
case "$DB" in
  postgres | template0 | template1 | "") echo "[galaxy] refusing to load into database '$DB'" >&2; exit 2 ;;
esac
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "[galaxy] database name must be lower-case letters, digits, _" >&2; exit 2; }
[[ $PEOPLE =~ ^[0-9]+$ && $SEED =~ ^-?[0-9]+$ ]] || { echo "[galaxy] PEOPLE and SEED must be numbers" >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
HOST=${MAQUIS_DB_HOST:-127.0.0.1} PORT=${MAQUIS_DB_PORT:-5432} USER_=${MAQUIS_DB_USER:-postgres}
export PGPASSWORD=${MAQUIS_DB_PASSWORD:-}
psql_() { psql -h "$HOST" -p "$PORT" -U "$USER_" -v ON_ERROR_STOP=1 -Atq "$@"; }

# What the loaded data depends on; recorded as the database's comment so that a benchmark can reuse it.
fingerprint() {
  local migrations generator
  migrations=$(cat src/main/resources/db/migration/* | sha1sum | cut -c1-12)
  generator=$(cat src/test/java/org/maquis/archive/galaxy/*.java | sha1sum | cut -c1-12)
  echo "galaxy people=$PEOPLE seed=$SEED migrations=$migrations generator=$generator"
}
WANT=$(fingerprint)
exists=$(psql_ -d postgres -c "select count(*) from pg_database where datname = '$DB'")

if [ "${GALAXY_REUSE:-0}" = 1 ] && [ "$exists" = 1 ]; then
  have=$(psql_ -d postgres -c "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")
  if [ "$have" = "$WANT" ]; then
    echo "[galaxy] $DB already holds this galaxy ($WANT)"
    exit 0
  fi
  GALAXY_FRESH=1
fi
if [ "${GALAXY_FRESH:-0}" = 1 ] && [ "$exists" = 1 ]; then
  [[ $DB == galaxy_* ]] || { echo "[galaxy] will only drop databases named galaxy_*, not $DB" >&2; exit 2; }
  echo "[galaxy] dropping $DB to start afresh"
  psql_ -d postgres -c "drop database $DB with (force)"
  exists=0
fi
if [ "$exists" != 1 ]; then
  echo "[galaxy] creating database $DB"
  psql_ -d postgres -c "create database $DB"
fi

GENERATOR=target/test-classes/org/maquis/archive/galaxy/Galaxy.class
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -d target/classes ] || [ ! -f "$GENERATOR" ] \
   || [ -n "$(find src/main pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ] \
   || [ -n "$(find src/test/java/org/maquis/archive/galaxy -newer "$GENERATOR" -print -quit)" ]; then
  echo "[galaxy] packaging the app (./mvnw -q package -DskipTests)"
  ./mvnw -q package -DskipTests
fi

psql_ -d "$DB" -c "comment on database $DB is null"
# lib/boot holds the log manager that the app's libraries log through (Flyway, the driver).
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "target/test-classes:target/classes:target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*" \
  org.maquis.archive.galaxy.Galaxy \
  --url "jdbc:postgresql://$HOST:$PORT/$DB" --user "$USER_" ${PGPASSWORD:+--password "$PGPASSWORD"} \
  --migrate --people "$PEOPLE" --seed "$SEED"
psql_ -d "$DB" -c "comment on database $DB is '$WANT'"
