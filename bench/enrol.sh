#!/usr/bin/env bash
# The write path against the database's own limit, in one run on one embedded PostgreSQL:
# PEOPLE people (default 600, each registered from an address of their own) enrol at once,
# CONCURRENCY in flight, in one training of SEATS seats (the hot row), after one unmeasured round
# in another training; then pgbench updates one row of a table of its own in the same database
# with the same number of clients for DURATION seconds. Capacity must hold exactly.
# Usage: bench/enrol.sh   or   PEOPLE=1000 SEATS=400 CONCURRENCY=32 DURATION=10 bench/enrol.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE="${PEOPLE:-600}"
SEATS="${SEATS:-200}"
CONCURRENCY="${CONCURRENCY:-32}"
DURATION="${DURATION:-10}"
command -v pgbench >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq postgresql-client; }
if [ -z "${SKIP_BUILD:-}" ]; then
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
fi
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

export NTC_DATA_DIR="$work/data" NTC_ADMIN_EMAIL=admin@ntc.test NTC_ADMIN_PASSWORD=Operator-passphrase-for-tests-1
java -jar target/ntc-hub.jar generate --showcases 20 --organisations 5 --trainings 20 2>/dev/null
port=$(free_port)
NTC_HTTP_HOST=127.0.0.1 NTC_HTTP_PORT=$port NTC_TRUSTED_PROXIES=127.0.0.1 java ${NODE_JAVA_OPTS:-} -jar target/ntc-hub.jar >"$work/node.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do grep -q "ready on" "$work/node.log" && break; sleep 0.1; done
grep -q "ready on" "$work/node.log" || { tail -40 "$work/node.log"; exit 1; }

echo "$(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" -Djava.util.logging.config.file=src/test/resources/logging.properties \
  org.ntc.hub.bench.EnrolmentBenchmark "$port" "$PEOPLE" "$SEATS" "$CONCURRENCY" spread

# pgbench against the same server: one row, every client updating it, one statement a transaction.
export PGHOST=127.0.0.1 PGPORT
PGPORT=$(sed -n 4p "$NTC_DATA_DIR/postgres/postmaster.pid")
PGPASSWORD=$(cat "$NTC_DATA_DIR/db-password"); export PGPASSWORD
psql -q -U postgres -d postgres -c "CREATE TABLE bench_hot_row (id int PRIMARY KEY, n bigint NOT NULL); INSERT INTO bench_hot_row VALUES (1, 0)"
echo "UPDATE bench_hot_row SET n = n + 1 WHERE id = 1;" >"$work/hot.sql"
echo
echo "pgbench, one row updated by $CONCURRENCY clients, ${DURATION} s:"
pgbench -n -U postgres -c "$CONCURRENCY" -j 2 -T "$DURATION" -f "$work/hot.sql" postgres | grep -E "^tps|latency average"
psql -q -U postgres -d postgres -c "DROP TABLE bench_hot_row"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
