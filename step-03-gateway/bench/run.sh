#!/usr/bin/env bash
# The step 03 benchmark (not a test): the same bounded load, on loopback, against one shop node
# directly, via nginx (upstream keepalive) and via the Java gateway, in one run.
#
#   step-03-gateway/bench/run.sh [seconds per round, default 20] [connections, default 32]
#
# Warm-up is half a round per target: the Java gateway's JIT needs about 10 s on two shared cores.
#
# Uses wrk when it is on the PATH (apt-get install wrk / brew install wrk), else a small Java load
# loop; the output says which. Needs nginx for the nginx line (else that line is skipped).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET="${1:-20}"
CONNECTIONS="${2:-32}"

./mvnw -q -pl solutions/step-03-gateway -am install -DskipTests
./mvnw -q -pl solutions/step-03-gateway dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
CLASSPATH="solutions/step-03-gateway/target/classes:$(cat solutions/step-03-gateway/target/bench.classpath)"

exec java -cp "$CLASSPATH" step-03-gateway/bench/GatewayBenchmark.java "$SECONDS_PER_TARGET" "$CONNECTIONS"
