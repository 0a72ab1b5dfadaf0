#!/usr/bin/env bash
# Live-stream fan-out on a two-node cluster over loopback: STREAMS open Server-Sent-Event
# streams (default 5000), ROUNDS announcements (default 30); delivery delay p50/p99 on the
# posting node and across nodes, memory per stream, and the post's own round trip as baseline.
# Usage: bench/streams.sh   or   STREAMS=1000 ROUNDS=10 bench/streams.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n 65536 2>/dev/null || true
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Djava.util.logging.config.file=src/test/resources/logging.properties \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.ntc.hub.bench.StreamBenchmark "${STREAMS:-5000}" "${ROUNDS:-30}"
