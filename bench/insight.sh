#!/usr/bin/env bash
# The insight page and the indicators at scale: generate SIZE published showcases (default 100000)
# and a year of activity around them into a fresh embedded database, start NTC Hub on it, and
# measure p50 and p99 for visitors and for a signed-in admin, every request a different question,
# against a trivial API call measured in the same run.
# Usage: bench/insight.sh   or   SIZE=10000 bench/insight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE="${SIZE:-100000}"

./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile

data=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$data"' EXIT
export NTC_DATA_DIR="$data" NTC_ADMIN_EMAIL=admin@ntc.test NTC_ADMIN_PASSWORD=Operator-passphrase-for-tests-1
java -jar target/ntc-hub.jar generate --showcases "$SIZE" --organisations $((SIZE / 200 + 5)) --activity 2>/dev/null
NTC_HTTP_HOST=127.0.0.1 NTC_HTTP_PORT=0 java -jar target/ntc-hub.jar >"$data/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  grep -q "ready on" "$data/server.log" && break
  sleep 0.5
done
port=$(grep -oE "ready on http://[^:]+:[0-9]+" "$data/server.log" | grep -oE "[0-9]+$")
java -cp "target/test-classes:target/ntc-hub.jar" org.ntc.hub.bench.InsightBenchmark "http://127.0.0.1:$port" \
  "$NTC_ADMIN_EMAIL" "$NTC_ADMIN_PASSWORD"
