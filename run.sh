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
# used by the next start while its jars are unchanged. The services start from the build's AOT caches.
exec "$JAVA_HOME/bin/java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=deploy/local/target/local-stack.jsa '-Xlog:cds*=off' \
  -jar deploy/local/target/local-stack.jar "$PWD"
