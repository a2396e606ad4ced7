#!/usr/bin/env bash
# Fallback for machines where no container engine starts: make the local PostgreSQL able to run the
# suite, which counts statements with pg_stat_statements (a library PostgreSQL must preload).
set -euo pipefail
psql_() { psql -h 127.0.0.1 -U postgres -Atq "$@"; }
if ! psql_ -c "show shared_preload_libraries" | grep -q pg_stat_statements; then
  echo "[local-postgres] preloading pg_stat_statements and restarting PostgreSQL"
  psql_ -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
  version=$(ls /etc/postgresql | head -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main restart
  for _ in $(seq 1 30); do psql_ -c "select 1" >/dev/null 2>&1 && break; sleep 1; done
fi
echo "[local-postgres] ready: $(psql_ -c 'select version()')"
