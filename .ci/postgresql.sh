#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 and (re)creates an empty database for
# the integration tests: postgresql.sh DBNAME. Starts the local cluster if it is installed but
# stopped; installs Debian's PostgreSQL if there is none (CI machines run as root).
set -euo pipefail
db=${1:?usage: postgresql.sh DBNAME}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres

if ! pg_isready -q 2>/dev/null; then
  if ! command -v pg_ctlcluster >/dev/null; then
    echo "Installing PostgreSQL from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  version=$(ls /etc/postgresql | sort -n | tail -1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
fi
pg_isready
as_admin() { # over TCP where trust allows it, else as the postgres OS user on the local socket
  if psql -w -d postgres -c 'SELECT 1' >/dev/null 2>&1; then psql -w "$@"; else runuser -u postgres -- psql -h /var/run/postgresql "$@"; fi
}
# The tests connect as postgres/postgres over TCP: works with trust auth and with md5/scram.
as_admin -q -d postgres -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null
as_admin -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
as_admin -q -d postgres -c "CREATE DATABASE $db" >/dev/null
echo "PostgreSQL database $db is empty and ready"
