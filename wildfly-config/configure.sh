#!/usr/bin/env bash
# Applies SESEP's server configuration (cli/*.cli, in order) to a WildFly installation.
#
#   configure.sh JBOSS_HOME [--config standalone-full-ha.xml]
#                                            offline: embeds the server (standalone-full.xml by
#                                            default) and edits that configuration file; a *-ha
#                                            configuration also gets cli/ha/*.cli (the cluster)
#   configure.sh JBOSS_HOME --online [HOST:PORT] [--user U --password P] [--ha]
#                                            against a running server's management interface
#                                            (--ha: it runs standalone-full-ha.xml, a cluster node)
#
# Every script is idempotent: running it twice changes nothing the second time. Nothing secret is
# written into the configuration: values are ${env.X:default} expressions resolved at server start.
# The module jars (postgresql.jar, eclipselink.jar, jipijapa-eclipselink.jar) are taken from
# SESEP_MODULE_JARS, by default wildfly-config/target/module-jars as filled by `mvn package`.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jboss_home=${1:?usage: configure.sh JBOSS_HOME [--config FILE] [--online [HOST:PORT] [--user U --password P]]}
shift
mode=offline
controller=localhost:9990
config=standalone-full.xml
ha=false
auth=()
while [ $# -gt 0 ]; do
  case "$1" in
    --online) mode=online; if [ $# -gt 1 ] && [[ "$2" != --* ]]; then controller=$2; shift; fi ;;
    --config) config=$2; shift ;;
    --ha) ha=true ;;
    --user) auth+=("--user=$2"); shift ;;
    --password) auth+=("--password=$2"); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$config" in *-ha.xml | *-ha-*.xml) ha=true ;; esac

module_jars=${SESEP_MODULE_JARS:-$here/target/module-jars}
for jar in postgresql.jar eclipselink.jar jipijapa-eclipselink.jar; do
  [ -f "$module_jars/$jar" ] || { echo "missing $module_jars/$jar (run 'mvn -pl wildfly-config package' or set SESEP_MODULE_JARS)" >&2; exit 1; }
done

script=$(mktemp)
trap 'rm -f "$script"' EXIT
if [ "$mode" = offline ]; then
  echo "embed-server --server-config=$config --std-out=discard" >"$script"
else
  : >"$script"
fi
# Modules first, and only those not installed yet.
for f in "$here"/cli/modules/*.cli; do
  module=$(basename "$f" .cli)
  if [ ! -f "$jboss_home/modules/${module//.//}/main/module.xml" ]; then
    cat "$f" >>"$script"
    echo >>"$script"
  fi
done
for f in "$here"/cli/*.cli; do
  cat "$f" >>"$script"
  echo >>"$script"
done
if [ "$ha" = true ]; then
  for f in "$here"/cli/ha/*.cli; do
    cat "$f" >>"$script"
    echo >>"$script"
  done
fi
[ "$mode" = offline ] && echo 'stop-embedded-server' >>"$script"

args=(--file="$script" -Dsesep.module.jars="$module_jars")
if [ "$mode" = online ]; then
  args+=(--connect --controller="$controller" "${auth[@]}")
fi
echo "Configuring $jboss_home ($mode) "
JBOSS_HOME="$jboss_home" "$jboss_home/bin/jboss-cli.sh" "${args[@]}"
if [ "$mode" = online ]; then
  # Some settings (the transaction manager's node identifier, the datasource's pool) take effect
  # only when the server restarts, and WildFly asks for that even when a value is written again unchanged.
  echo "Restart the server to apply: $jboss_home/bin/jboss-cli.sh --connect --controller=$controller ':shutdown(restart=true)'"
fi
