#!/usr/bin/env bash
# Search latency at scale. For each size in SIZES (default 100000): generate that many published
# showcases into a fresh embedded database, start NTC Hub on it, and measure the search API's
# median and 99th-percentile latency with and without a text query, against a trivial API call
# measured in the same run, and the one search over every type. Every row is answered fresh: the
# node keeps no copies (NTC_PAGE_CACHE=false) and no two measured questions are the same (a word in
# one of fi/sv/en, a country, a page, a page size; 240 measured after 40 of warm-up).
# DATA=dir reuses a database generated before (it is left in place).
# Usage: bench/search.sh   or   SIZES="1000 10000 100000" bench/search.sh   (ROWS=global: that row alone)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-100000}"
JAR="${JAR:-target/ntc-hub.jar}"

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B package -DskipTests
  ./mvnw -q -B test-compile
fi

for n in $SIZES; do
  if [ -n "${DATA:-}" ]; then
    data=$DATA
    trap 'kill "${pid:-0}" 2>/dev/null || true' EXIT
  else
    data=$(mktemp -d)
    trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$data"' EXIT
    NTC_DATA_DIR="$data" java -jar "$JAR" generate --showcases "$n" --organisations $((n / 200 + 5)) 2>/dev/null
  fi
  NTC_DATA_DIR="$data" NTC_HTTP_HOST=127.0.0.1 NTC_HTTP_PORT=0 NTC_PAGE_CACHE=false java -jar "$JAR" >"$data/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    grep -q "ready on" "$data/server.log" && break
    sleep 0.5
  done
  port=$(grep -oE "ready on http://[^:]+:[0-9]+" "$data/server.log" | grep -oE "[0-9]+$")
  java -cp "target/test-classes:$JAR" org.ntc.hub.bench.SearchBenchmark "http://127.0.0.1:$port" "$n" ${ROWS:-}
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  [ -n "${DATA:-}" ] || rm -rf "$data"
done
