#!/usr/bin/env bash
# Called by the Maven build (wildfly-config, process-resources): turns the unpacked WildFly
# distribution into target/wildfly, a server configured by configure.sh. Skips the work when the
# server is already configured with the current scripts, so the H2 demo database survives rebuilds.
set -euo pipefail
target=$1
version=$2
here=$(cd "$(dirname "$0")" && pwd)
server=$target/wildfly
stamp=$server/.sesep-configured

fingerprint=$(cat "$here"/cli/*.cli "$here"/cli/modules/*.cli "$here"/configure.sh | sha256sum | cut -c1-64)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ]; then
  echo "WildFly in $server is configured with the current scripts"
  exit 0
fi
rm -rf "$server"
cp -a "$target/dist/wildfly-$version" "$server"
SESEP_MODULE_JARS=$target/module-jars bash "$here/configure.sh" "$server"
echo "$fingerprint" >"$stamp"
