#!/usr/bin/env bash
# Live-stream fan-out on a two-node cluster over loopback: STREAMS open Server-Sent-Event
# streams (default 5000), ROUNDS announcements (default 30); delivery delay p50/p99 on the
# posting node and across nodes, memory per stream, and the post's own round trip as baseline.
# The node that holds the streams runs on NODE_CPUS (default 0) and the load generator (with
# PostgreSQL) on GEN_CPUS (default the other cores), so the streams' readers do not take the
# server's core; the other node, which only takes the post and relays it, joins the generator
# (OTHER_CPUS, default GEN_CPUS), so no figure counts two nodes' work on one core.
# SHARED=true puts both nodes on NODE_CPUS (the layout of the earlier rounds); PIN=false turns pinning off.
# It also reports each round's CPU (nodes and generator, from /proc) per stream, and waits for the
# nodes to finish compiling after start-up before it measures.
# The fan-out alone, in one process, with the server event loop's own CPU per stream:
#   java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.ntc.hub.realtime.FanOutBenchmark 5000 200
# WARM_UP (default 40) rounds run unmeasured first, while the nodes compile the fan-out path.
# Usage: bench/streams.sh   or   STREAMS=1000 ROUNDS=10 bench/streams.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n 65536 2>/dev/null || true
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
pin=()
if [ "${PIN:-true}" = true ] && command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
  export NTC_BENCH_NODE_CPUS="${NODE_CPUS:-0}"
  pin=(taskset -c "${GEN_CPUS:-1-$(( $(nproc) - 1 ))}")
  if [ "${SHARED:-false}" = true ]; then
    echo "both nodes on cores $NTC_BENCH_NODE_CPUS, load generator on cores ${pin[2]}"
  else
    export NTC_BENCH_OTHER_CPUS="${OTHER_CPUS:-${pin[2]}}"
    echo "the streams' node on cores $NTC_BENCH_NODE_CPUS, the other node on $NTC_BENCH_OTHER_CPUS," \
      "load generator on cores ${pin[2]}"
  fi
fi
"${pin[@]}" java -Djava.util.logging.config.file=src/test/resources/logging.properties -Dntc.bench.warmUpRounds="${WARM_UP:-40}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.ntc.hub.bench.StreamBenchmark "${STREAMS:-5000}" "${ROUNDS:-30}"
