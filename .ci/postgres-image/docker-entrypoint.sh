#!/bin/bash
# Entrypoint compatible with the official postgres image, as far as Testcontainers'
# PostgreSQLContainer relies on it: POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB,
# password auth on all interfaces, extra args passed to the server, and the
# "ready to accept connections" line logged twice (init start, then the real one).
set -euo pipefail

# `IMAGE postgres -c a=b` and `IMAGE -c a=b` both mean: server with these args.
if [ "${1:-}" = postgres ]; then shift; fi
# Anything else that is not an option (e.g. `bash`) is run as is.
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then exec "$@"; fi

: "${PGDATA:=/var/lib/postgresql/data}"
POSTGRES_USER=${POSTGRES_USER:-postgres}
POSTGRES_DB=${POSTGRES_DB:-$POSTGRES_USER}
AUTH=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}
if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$AUTH" != trust ]; then
  echo "error: POSTGRES_PASSWORD is not set (or set POSTGRES_HOST_AUTH_METHOD=trust)" >&2
  exit 1
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile=$(mktemp)
  printf '%s\n' "${POSTGRES_PASSWORD:-}" > "$pwfile"
  initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host="$AUTH"
  rm -f "$pwfile"
  echo "host all all all $AUTH" >> "$PGDATA/pg_hba.conf"
  echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"

  # First start: unix socket only, so no client can connect before init is done.
  pg_ctl -D "$PGDATA" -w -t 60 -o "-c listen_addresses=''" start
  psql=(psql -v ON_ERROR_STOP=1 -X -q -U "$POSTGRES_USER")
  if [ "$POSTGRES_DB" != postgres ]; then
    "${psql[@]}" -d postgres -v db="$POSTGRES_DB" <<< 'CREATE DATABASE :"db";'
  fi
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      *.sh)  echo "running $f"; . "$f" ;;
      *.sql) echo "running $f"; "${psql[@]}" -d "$POSTGRES_DB" -f "$f" ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w -t 60 stop
  echo "init done; starting the server for real"
fi

exec postgres -D "$PGDATA" "$@"
