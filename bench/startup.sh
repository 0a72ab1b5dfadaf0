#!/usr/bin/env bash
# Cold start to ready with the embedded database already initialised: starts NTC Hub RUNS times
# (default 5) on one data directory made beforehand, and prints the milliseconds from launch to
# "ready on" and the CPU time the JVM used by then, with the machine's load (the figures are only
# comparable on a quiet machine). Each run starts the node twice, back to back: without the class-data
# archive the build makes beside the jar (target/ntc-hub.jsa, see ClassArchive), then with it
# (java -XX:SharedArchiveFile=...). Usage: bench/startup.sh   or   RUNS=3 JAR=other.jar bench/startup.sh
# (JSA=file names another archive; with none beside the jar, only the starts without one are measured).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
JAR="${JAR:-target/ntc-hub.jar}"
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B package -DskipTests
JSA="${JSA:-${JAR%.jar}.jsa}"
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export NTC_DATA_DIR="$work/data" NTC_ADMIN_EMAIL=admin@ntc.test NTC_ADMIN_PASSWORD=Operator-passphrase-for-tests-1
java -jar "$JAR" generate --showcases 20 --organisations 5 --trainings 20 2>/dev/null
# A first start creates the admin account (a password hash) and unpacks nothing more; not counted.
NTC_HTTP_HOST=127.0.0.1 NTC_HTTP_PORT=0 java -jar "$JAR" >"$work/first.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do grep -q "ready on" "$work/first.log" && break; sleep 0.05; done
kill "$pid"; wait "$pid" 2>/dev/null || true
echo "$(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start() { # label, JVM options...
  local label=$1; shift
  began=$(date +%s%N)
  NTC_HTTP_HOST=127.0.0.1 NTC_HTTP_PORT=0 java "$@" -jar "$JAR" >"$work/node.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do grep -q "ready on" "$work/node.log" && break; sleep 0.01; done
  ms=$(( ($(date +%s%N) - began) / 1000000 ))
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  printf "start %d, %-21s %6d ms to ready, %5.2f s of CPU in the JVM\n" "$run" "$label:" "$ms" "$(python3 -c "print($ticks / $(getconf CLK_TCK))")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=
}
[ -f "$JSA" ] || echo "no class-data archive at $JSA: starts without one only"
for run in $(seq 1 "$RUNS"); do
  start "without class archive"
  if [ -f "$JSA" ]; then
    start "with class archive" "-XX:SharedArchiveFile=$JSA"
    if grep -q "archive failed to load\|Not a valid shared archive" "$work/node.log"; then
      echo "  (the JVM did not use $JSA: it was made for another jar or JVM)"
    fi
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
