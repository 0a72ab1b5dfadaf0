#!/usr/bin/env bash
# Every benchmark, one after another, each printing its table: page throughput against a bare
# hello route, enrolments, start-up and memory (pages.sh); search at 1,000, 10,000 and 100,000
# showcases (search.sh); 5,000 live streams on one node and across two (streams.sh); the mail
# path: sending rate, wait in the outbox, a mail-server outage (mail.sh); enrolments into one
# training against pgbench on one row (enrol.sh); cold start (startup.sh).
# Usage: bench/run.sh      (about ten minutes on two cores)
set -euo pipefail
cd "$(dirname "$0")"
./pages.sh
SIZES="${SIZES:-1000 10000 100000}" ./search.sh
./streams.sh
./mail.sh
./enrol.sh
./startup.sh
