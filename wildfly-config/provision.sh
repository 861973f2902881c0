#!/usr/bin/env bash
# Called by the Maven build (wildfly-config, process-resources): turns the unpacked WildFly
# distribution into target/wildfly, a server configured by configure.sh. Skips the work when the
# server is already configured with the current scripts, so the H2 demo database survives rebuilds.
# Both standalone-full.xml (one server) and standalone-full-ha.xml (a cluster node) are configured.
set -euo pipefail
target=$1
version=$2
here=$(cd "$(dirname "$0")" && pwd)
server=$target/wildfly
stamp=$server/.sesep-configured

fingerprint=$(cat "$here"/cli/*.cli "$here"/cli/modules/*.cli "$here"/cli/ha/*.cli "$here"/configure.sh | sha256sum | cut -c1-64)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ]; then
  echo "WildFly in $server is configured with the current scripts"
  exit 0
fi
rm -rf "$server"
cp -a "$target/dist/wildfly-$version" "$server"
SESEP_MODULE_JARS=$target/module-jars bash "$here/configure.sh" "$server"
# The cluster's configuration beside it (./sesep cluster, ClusterFailoverIT): the same scripts plus cli/ha/.
SESEP_MODULE_JARS=$target/module-jars bash "$here/configure.sh" "$server" --config standalone-full-ha.xml
echo "$fingerprint" >"$stamp"
