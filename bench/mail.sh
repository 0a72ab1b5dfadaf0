#!/usr/bin/env bash
# The mail path of one node against an in-process SMTP server: mails a minute in a burst (against
# composing alone, measured in the same run), the wait in the outbox at p50/p99 under a steady
# load, and the same load with the mail server away for a minute (nothing lost, nothing twice).
# Usage: bench/mail.sh   or   BURST=3000 RATE=20 STEADY=30 OUTAGE=60 bench/mail.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Djava.util.logging.config.file=src/test/resources/logging.properties \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.ntc.hub.bench.MailBenchmark "${BURST:-3000}" "${RATE:-20}" "${STEADY:-30}" "${OUTAGE:-60}"
