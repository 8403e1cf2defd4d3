#!/usr/bin/env bash
# Starts the whole system on embedded infrastructure: Kafka (KRaft), Redis, a MongoDB wire server and
# the five services. Data stays in ./data between runs. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
source bin/jdk.sh
echo "Building (the first build downloads dependencies and takes a few minutes)..."
# -DskipTests, not -Dmaven.test.skip: the services' test scope needs service-defaults' test-jar to resolve
./mvnw -q -B -DskipTests package
# The launcher keeps a CDS archive of the classes it loads (it hosts the MongoDB wire server): written when it stops,
# used by the next start. A jar newer than the archive makes the JVM refuse it without writing a new one, so such an
# archive is removed first. The services start from the build's AOT caches (deploy/local/README.md).
archive=deploy/local/target/local-stack.jsa
if [ -f "$archive" ] && [ -n "$(find deploy/local/target/local-stack.jar deploy/local/target/lib -newer "$archive" -print -quit)" ]; then
  rm -f "$archive"
fi
exec "$JAVA_HOME/bin/java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive" '-Xlog:cds*=off' \
  -jar deploy/local/target/local-stack.jar "$PWD"
