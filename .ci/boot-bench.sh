#!/usr/bin/env bash
# Benchmark, not a test: boot time of the provisioned WildFly (wildfly-config/target/wildfly,
# standalone-full.xml) empty and with SESEP's EAR on PostgreSQL, side by side in one run:
# empty, with the EAR on an empty database (first boot: migrations, demo data), with the EAR again
# (second boot, the figure the target is about: at most 2.5x empty), empty again. Each boot runs in
# a server base directory of its own under target/boot-bench and is stopped once WildFly says it
# started (WFLYSRV0025, which comes after the deployment scanner deployed the EAR).
#
#   SESEP_TEST_DB_USER=sesep_test SESEP_TEST_DB_PASSWORD=... .ci/boot-bench.sh [DBNAME] [PORT_OFFSET]
#
# after `mvn -B -o verify -pl wildfly-config,sesep-ear -am -DskipITs` (the server and the EAR).
# Prints BOOT lines with the load average at each start and writes the EAR boots' server.log
# timelines (first and last line of each phase) to target/boot-bench/*.log.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-sesep_boot_bench}
offset=${2:-600}
server=$root/wildfly-config/target/wildfly
ear=$root/sesep-ear/target/sesep.ear
work=$root/target/boot-bench
[ -x "$server/bin/standalone.sh" ] || { echo "no provisioned server at $server" >&2; exit 1; }
[ -f "$ear" ] || { echo "no EAR at $ear" >&2; exit 1; }
"$root/.ci/postgresql.sh" "$db" >/dev/null
rm -rf "$work"
mkdir -p "$work"

boot() { # name with_ear
  local name=$1 with_ear=$2 base=$work/$1
  mkdir -p "$base/deployments"
  cp -a "$server/standalone/configuration" "$base/"
  [ "$with_ear" = yes ] && cp "$ear" "$base/deployments/"
  local load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  local t0=$SECONDS
  LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$base/server.pid" \
  SESEP_DB_DRIVER=postgresql SESEP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  SESEP_DB_USER="$SESEP_TEST_DB_USER" SESEP_DB_PASSWORD="$SESEP_TEST_DB_PASSWORD" \
  SESEP_DEMO_DATA=true SESEP_SMTP_HOST=127.0.0.1 SESEP_SMTP_PORT=$((3025 + offset)) \
    "$server/bin/standalone.sh" -c standalone-full.xml -Djboss.server.base.dir="$base" \
    -Djboss.socket.binding.port-offset="$offset" >"$base/console.log" 2>&1 &
  local launcher=$!
  local log=$base/log/server.log
  for _ in $(seq 1 600); do
    grep -q 'WFLYSRV0025\|WFLYSRV0026' "$log" 2>/dev/null && break
    sleep 0.5
  done
  local started
  started=$(grep -o 'started in [0-9]*ms\|started (with errors) in [0-9]*ms' "$log" | head -1 || true)
  local failed
  failed=$(grep -c 'WFLYCTL0013\|WFLYSRV0026' "$log" || true)
  kill "$(cat "$base/server.pid")" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
  printf 'BOOT %-16s %-32s (load average %s; %d s wall; failures logged %s)\n' "$name" "${started:-did not start}" "$load" \
      $((SECONDS - t0)) "$failed"
  if [ "$with_ear" = yes ]; then
    cp "$log" "$work/$name.log"
  fi
}

boot empty-1 no
boot ear-first-boot yes
boot ear-second-boot yes
boot empty-2 no
