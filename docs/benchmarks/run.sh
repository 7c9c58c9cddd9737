#!/usr/bin/env bash
# A benchmark, end to end: builds the app, recreates the database designcontest_bench, starts an OpenMQ
# broker and Payara Micro with the app (deadline sweep every second), then runs the harness (in
# micro/src/test/java/org/designcontest/bench), which writes its report to docs/benchmarks/. Stops
# everything at the end, also on Ctrl-C or failure.
#
#   bash docs/benchmarks/run.sh                 the contest API and the deadline sweep (ContestApiBenchmark:
#                                               seeds, load, sweep; contest-api.{md,csv,svg}), about 7 minutes
#   bash docs/benchmarks/run.sh notifications   10,000 events to notifications and emails against a raw broker
#                                               loop (NotificationBenchmark, with its own GreenMail on
#                                               SMTP_PORT; notifications.{md,csv,svg}), about 3 minutes
#   bash docs/benchmarks/run.sh newsletters     a weekly digest to 100,000 subscribers, job start to the last email,
#                                               with Payara Micro's heap sampled every second (NewsletterBenchmark,
#                                               with its own GreenMail on SMTP_PORT; newsletters.{md,csv,svg}),
#                                               about 6 minutes. Payara Micro gets NEWSLETTER_RATE=100000 (not the
#                                               limit), NEWSLETTER_CHUNK=100, WEEKLY_DIGEST_ENABLED=false and a fixed
#                                               benchmark NEWSLETTER_KEY; set NEWSLETTER_CHUNK/NEWSLETTER_RATE to try others
#                                               (newsletters.md was measured with NEWSLETTER_CHUNK=500: see there why)
#   bash docs/benchmarks/run.sh chat            500 WebSocket clients in 250 conversations, 200 messages/s for 60 s,
#                                               first against a bare echo endpoint (bench/echo/EchoSocket, packaged
#                                               here into .bench/bench-echo.war and deployed next to the app at
#                                               /bench-echo), then through the app's /live; delivery latency, lost
#                                               messages, Payara Micro's heap every second (ChatBenchmark;
#                                               chat.{md,csv,svg}), about 5 minutes
#
# Working files and logs: .bench/ (not committed).
# Sizes and durations (defaults: the issue's) can be made smaller for a quick trial; the report says so:
#   BENCH_CONTESTS=10000 BENCH_ENTRIES=200000 BENCH_GALLERY_CONTESTS=20 BENCH_GALLERY_ENTRIES=1000
#   BENCH_COMPANIES=500 BENCH_DESIGNERS=5000 BENCH_SWEEP_CONTESTS=10000 BENCH_SWEEP_ENTRIES=20
#   BENCH_CLIENTS=32 BENCH_SERVER_WARMUP_SECONDS=45 BENCH_WARMUP_SECONDS=10 BENCH_SECONDS=30
#   BENCH_SUBSCRIBERS=100000 BENCH_OPEN_CONTESTS=5 (newsletters)
#   BENCH_CONVERSATIONS=250 BENCH_RATE=200 BENCH_SECONDS=60 BENCH_WARMUP_SECONDS=10 BENCH_DRAIN_SECONDS=120
#   BENCH_HISTORY=20 (chat: earlier messages per conversation, then ANALYZE; 0: an empty chat table, no statistics)
#   BENCH_CHAT_PHASES=echo,chat (chat: either alone) BENCH_JSTACK=0 (chat: that many thread dumps of Payara Micro
#   in the measured window, to .bench/logs/chat-jstack-*.txt; they pause the server, so not for the reported run)
#   BENCH_JFR=1 (chat: a flight recording of Payara Micro in the measured window, .bench/logs/chat.jfr)
#   BENCH_OUT=docs/benchmarks (where the report goes)   BENCH_SKIP_BUILD=1 (use the WAR as built)
# Experiments (the report names them; write it elsewhere with BENCH_OUT): BENCH_EXTRA_SQL='create index …' runs after
# seeding; BENCH_POSTBOOT=FILE replaces server-config/resources.asadmin (e.g. other pool settings).
set -euo pipefail

case "${1:-contest-api}" in
  contest-api) HARNESS=ContestApiBenchmark ;;
  notifications) HARNESS=NotificationBenchmark ;;
  newsletters)
    HARNESS=NewsletterBenchmark
    # Read by the app through MicroProfile Config (environment variables of Payara Micro's process). The
    # rate is set high so that the throttle (production default 200/s) is not what is measured; the
    # scheduled digest is off so that only the benchmark's digest runs; the key is a fixed benchmark value.
    export NEWSLETTER_KEY=benchmark-newsletter-key-not-a-secret
    export NEWSLETTER_RATE=${NEWSLETTER_RATE:-100000} NEWSLETTER_CHUNK=${NEWSLETTER_CHUNK:-100}
    export WEEKLY_DIGEST_ENABLED=false
    ;;
  chat) HARNESS=ChatBenchmark ;;
  *) echo "usage: bash docs/benchmarks/run.sh [contest-api|notifications|newsletters|chat]"; exit 2 ;;
esac

DC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$DC_ROOT"
BENCH_STARTED=$(date +%s)

# Its own database and ports, so that it never touches a local run (8080/7676) or the tests (27676).
export DB_NAME=designcontest_bench MQ_PORT=37676 HTTP_PORT=38080 SMTP_PORT=38025
export DEADLINE_SWEEP_SECONDS=1
export MEDIA_DIR="$DC_ROOT/.bench/media"
# shellcheck source=server-config/defaults.sh
source "$DC_ROOT/server-config/defaults.sh"
# shellcheck source=server-config/runtime.sh
source "$DC_ROOT/server-config/runtime.sh"

# One run at a time on a machine, from any checkout: they share the database and the ports, and the numbers
# of two runs at once would mean nothing.
exec 9>"${TMPDIR:-/tmp}/designcontest-bench.lock"
flock -n 9 || { echo "another benchmark run is going on (${TMPDIR:-/tmp}/designcontest-bench.lock): wait for it"; exit 1; }

WORK="$DC_ROOT/.bench"
LIB="$WORK/lib"
LOGS="$WORK/logs"
MICRO_JVM="-Xms1g -Xmx1g"
POSTBOOT=${BENCH_POSTBOOT:-server-config/resources.asadmin}
mkdir -p "$LIB" "$LOGS" "$MEDIA_DIR"
rm -f "$LOGS"/*.log
pids=()

step() { printf '\n==> %s\n' "$*"; }

# Waits until the app's own readiness checks answer UP. /health/ready alone is not enough: while
# Payara Micro boots it answers 200 {"status":"UP","checks":[]} before the app is deployed.
wait_for_app() {
  local url=$1 seconds=$2 body
  for _ in $(seq 1 "$seconds"); do
    body=$(curl -s -w ' %{http_code}' "$url" || true)
    if [[ $body == *'"database"'* && $body == *' 200' ]]; then return 0; fi
    sleep 1
  done
  return 1
}

stop_all() {
  trap - INT TERM EXIT
  step "stopping (Payara Micro, broker)"
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  echo "stopped."
}
trap stop_all INT TERM EXIT

for port in "$HTTP_PORT" "$MQ_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use (another benchmark run?): stop what runs there first"
    exit 1
  fi
done

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  step "building the app and the benchmark (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi
[ -f "micro/target/test-classes/org/designcontest/bench/$HARNESS.class" ] ||
  { echo "the benchmark is not compiled: run without BENCH_SKIP_BUILD"; exit 1; }

# The chat benchmark's ceiling: the echo endpoint alone in a WAR of its own, never in the app's.
deploy_more=()
if [ "$HARNESS" = ChatBenchmark ]; then
  step "packaging the echo endpoint (.bench/bench-echo.war, deployed at /bench-echo)"
  rm -rf "$WORK/echo-war" "$WORK/bench-echo.war"
  mkdir -p "$WORK/echo-war/WEB-INF/classes/org/designcontest/bench/echo"
  cp micro/target/test-classes/org/designcontest/bench/echo/*.class \
    "$WORK/echo-war/WEB-INF/classes/org/designcontest/bench/echo/"
  jar --create --file "$WORK/bench-echo.war" -C "$WORK/echo-war" .
  deploy_more=(--deploy "$WORK/bench-echo.war")
fi

step "fetching Payara Micro, the PostgreSQL driver and OpenMQ (cached in ~/.m2 after the first time)"
fetch_artifact "fish.payara.extras:payara-micro:$(pom_property payara.micro.version)" "$LIB"
fetch_artifact "org.postgresql:postgresql:$(pom_property postgresql.version)" "$LIB"
fetch_artifact "jakarta.json:jakarta.json-api:$(pom_property jakarta.json.version)" "$LIB"
fetch_artifact "org.eclipse.parsson:parsson:$(pom_property parsson.version)" "$LIB"
fetch_artifact "com.icegreen:greenmail-standalone:$(pom_property greenmail.version)" "$LIB"
fetch_openmq "$WORK"

step "database $DB_NAME on $DB_HOST:$DB_PORT, recreated empty"
java -cp "$LIB/postgresql.jar" server-config/DatabaseSetup.java --recreate

step "OpenMQ broker on 127.0.0.1:$MQ_PORT (log: .bench/logs/openmq.log)"
rm -rf "$WORK/openmq-var"
start_openmq "$WORK/mq" "$WORK/openmq-var" "$MQ_PORT" "$LOGS/openmq.log" 9>&-  # the lock stays with this script
pids+=("$OPENMQ_PID")
wait_for_port "$MQ_PORT" 60 || { echo "the broker did not start; see $LOGS/openmq.log"; exit 1; }

# No mail server until the harness starts one (the notification benchmark does): mail waits in the outbox.
step "Payara Micro with the app on http://127.0.0.1:$HTTP_PORT (log: .bench/logs/payara-micro.log)"
# shellcheck disable=SC2086
MQ_RAR="$WORK/mq/lib/imqjmsra.rar" java $MICRO_JVM -DDEADLINE_SWEEP_SECONDS=1 -jar "$LIB/payara-micro.jar" \
  --nocluster --disablephonehome --port "$HTTP_PORT" \
  --addlibs "$LIB/postgresql.jar" --postbootcommandfile "$POSTBOOT" \
  --deploy micro/target/designcontest.war --contextroot / "${deploy_more[@]}" >"$LOGS/payara-micro.log" 2>&1 9>&- &
MICRO_PID=$!
pids+=("$MICRO_PID")
wait_for_app "http://127.0.0.1:$HTTP_PORT/health/ready" 300 ||
  { echo "Payara Micro did not become ready; see $LOGS/payara-micro.log"; exit 1; }
echo "ready after $(($(date +%s) - BENCH_STARTED)) s since the start of this script"

step "benchmark $HARNESS"
BENCH_STARTED=$BENCH_STARTED BENCH_MICRO_PID=$MICRO_PID BENCH_MQ_PID=$OPENMQ_PID \
  BENCH_PAYARA_VERSION=$(pom_property payara.micro.version) \
  BENCH_OPENMQ_VERSION=$(pom_property openmq.version) \
  BENCH_MICRO_JVM="$MICRO_JVM" BENCH_POSTBOOT="$POSTBOOT" BENCH_LOGS="$LOGS" \
  BENCH_GIT="branch $(git rev-parse --abbrev-ref HEAD) at $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ejb web micro/src/main || echo ' with uncommitted changes'), main merged up to $(git rev-parse --short "$(git merge-base HEAD main 2>/dev/null || git rev-parse HEAD)")" \
  java -cp "micro/target/test-classes:$LIB/postgresql.jar:$LIB/jakarta.json-api.jar:$LIB/parsson.jar:$LIB/greenmail-standalone.jar:$WORK/mq/lib/jms.jar:$WORK/mq/lib/imq.jar" \
    "org.designcontest.bench.$HARNESS"

errors=$(grep -c -E 'SEVERE|Exception' "$LOGS/payara-micro.log" || true)
echo "Payara Micro log: $errors lines with SEVERE or Exception (.bench/logs/payara-micro.log)"
