#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 and (re)creates an empty database for
# the integration tests, owned by the tests' own role: postgresql.sh DBNAME, with
# SESEP_TEST_DB_USER and SESEP_TEST_DB_PASSWORD set (./sesep does). Starts the local cluster if it
# is installed but stopped. The role is created if it is missing, with that password; a role that
# exists is never changed (if the password does not fit, this says so and stops). No other role
# is touched.
set -euo pipefail
db=${1:?usage: postgresql.sh DBNAME}
user=${SESEP_TEST_DB_USER:?set SESEP_TEST_DB_USER}
password=${SESEP_TEST_DB_PASSWORD:?set SESEP_TEST_DB_PASSWORD}
export PGHOST=127.0.0.1 PGPORT=5432 PGOPTIONS='-c client_min_messages=warning'

if ! pg_isready -q 2>/dev/null; then
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
  if [ -z "$version" ] || [ ! -d "/etc/postgresql/$version/main" ] || ! command -v pg_ctlcluster >/dev/null; then
    echo "No PostgreSQL server answers on 127.0.0.1:5432 and none is installed here." >&2
    exit 1
  fi
  echo "Starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
fi
pg_isready >/dev/null

# Administration (creating the role and the database) as the postgres superuser: over TCP where the
# server trusts it, else as the postgres OS user on the local socket (Debian's peer authentication).
as_admin() {
  if PGUSER=postgres psql -w -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
    PGUSER=postgres psql -w -v ON_ERROR_STOP=1 "$@"
  elif [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -h /var/run/postgresql -v ON_ERROR_STOP=1 "$@"
  else
    echo "Cannot administer PostgreSQL as postgres (no trust over TCP, not root). Create the tests' role once:" >&2
    echo "    sudo -u postgres psql -c \"CREATE ROLE $user LOGIN CREATEDB PASSWORD '<password>'\"" >&2
    echo "and export SESEP_TEST_DB_PASSWORD=<password>." >&2
    exit 1
  fi
}

if [ "$(as_admin -d postgres -tAq -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != 1 ]; then
  # The benchmark checkpoints and reads other sessions' wait events: two predefined roles, no superuser.
  as_admin -q -d postgres -v user="$user" -v password="$password" <<'SQL' >/dev/null
CREATE ROLE :"user" LOGIN PASSWORD :'password';
GRANT pg_checkpoint, pg_read_all_stats TO :"user";
SQL
  echo "Created the tests' role $user"
fi
if ! PGUSER=$user PGPASSWORD=$password psql -w -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
  echo "The role $user exists but does not log in over TCP with the password SESEP_TEST_DB_PASSWORD" >&2
  echo "(or the one kept in ~/.config/sesep/test-db-password). Set the right one; this script changes no existing role." >&2
  exit 1
fi
as_admin -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
as_admin -q -d postgres -c "CREATE DATABASE $db OWNER \"$user\"" >/dev/null
echo "PostgreSQL database $db is empty and ready (owner $user)"
