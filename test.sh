#!/usr/bin/env bash
# Runs every test: unit, integration on real Kafka/Redis/MongoDB-wire servers, and the end-to-end test
# that starts the whole system and drives it through the gateway.
set -euo pipefail
cd "$(dirname "$0")"
source bin/jdk.sh
echo "+ ./mvnw -B verify $*" >&2
exec ./mvnw -B verify "$@"
