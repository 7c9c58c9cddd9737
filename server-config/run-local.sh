#!/usr/bin/env bash
# Starts the whole platform locally with demo data: builds the app, creates the database and role if missing,
# starts an OpenMQ broker, a GreenMail mail server and Payara Micro with the app, then prints where to open it.
# Ctrl-C stops everything. Settings: environment variables, see the README (defaults in defaults.sh).
set -euo pipefail

DC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=server-config/defaults.sh
source "$DC_ROOT/server-config/defaults.sh"
# shellcheck source=server-config/runtime.sh
source "$DC_ROOT/server-config/runtime.sh"

: "${MAIL_UI_PORT:=8025}"
WORK="$DC_ROOT/.local"
LIB="$WORK/lib"
LOGS="$WORK/logs"
mkdir -p "$LIB" "$LOGS"
pids=()

step() { printf '\n==> %s\n' "$*"; }

stop_all() {
  trap - INT TERM EXIT
  step "stopping (Payara Micro, mail server, broker)"
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  echo "stopped."
}
trap stop_all INT TERM EXIT

for port in "$HTTP_PORT" "$MQ_PORT" "$SMTP_PORT" "$MAIL_UI_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use: stop what runs there, or choose other ports (see the README's settings)"
    exit 1
  fi
done

step "building the app (mvn -B -q -DskipTests package)"
mvn -B -q -f "$DC_ROOT/pom.xml" -DskipTests package

step "fetching Payara Micro, the PostgreSQL driver, GreenMail and OpenMQ (cached in ~/.m2 after the first time)"
fetch_artifact "fish.payara.extras:payara-micro:$(pom_property payara.micro.version)" "$LIB"
fetch_artifact "org.postgresql:postgresql:$(pom_property postgresql.version)" "$LIB"
fetch_artifact "com.icegreen:greenmail-standalone:$(pom_property greenmail.version)" "$LIB"
fetch_openmq "$WORK"

step "database $DB_NAME on $DB_HOST:$DB_PORT (created with its role if missing)"
java -cp "$LIB/postgresql.jar" "$DC_ROOT/server-config/DatabaseSetup.java"

step "OpenMQ broker on 127.0.0.1:$MQ_PORT (log: $LOGS/openmq.log)"
start_openmq "$WORK/mq" "$WORK/openmq-var" "$MQ_PORT" "$LOGS/openmq.log"
pids+=("$OPENMQ_PID")
wait_for_port "$MQ_PORT" 60 || { echo "the broker did not start; see $LOGS/openmq.log"; exit 1; }

step "GreenMail mail server: SMTP on 127.0.0.1:$SMTP_PORT, mailbox on http://127.0.0.1:$MAIL_UI_PORT (log: $LOGS/greenmail.log)"
java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_UI_PORT" \
  -jar "$LIB/greenmail-standalone.jar" >"$LOGS/greenmail.log" 2>&1 &
pids+=($!)
wait_for_port "$SMTP_PORT" 60 || { echo "the mail server did not start; see $LOGS/greenmail.log"; exit 1; }

step "Payara Micro with the app on http://localhost:$HTTP_PORT (log: $LOGS/payara-micro.log), demo data on"
started=$(date +%s)
DESIGNCONTEST_DEMO_DATA=true MQ_RAR="$WORK/mq/lib/imqjmsra.rar" \
  java -Xmx768m -jar "$LIB/payara-micro.jar" --nocluster --disablephonehome --port "$HTTP_PORT" \
  --addlibs "$LIB/postgresql.jar" --postbootcommandfile "$DC_ROOT/server-config/resources.asadmin" \
  --deploy "$DC_ROOT/micro/target/designcontest.war" --contextroot / >"$LOGS/payara-micro.log" 2>&1 &
pids+=($!)
echo "waiting for readiness (database and broker)…"
if ! wait_for_http "http://127.0.0.1:$HTTP_PORT/health/ready" 300; then
  echo "Payara Micro did not become ready; see $LOGS/payara-micro.log"
  exit 1
fi

cat <<URLS

designcontest is ready after $(($(date +%s) - started)) s. Open:
  pages     http://localhost:$HTTP_PORT/
  sign in   ada@northwind.example (company), mira@designers.example (designer), sam@designcontest.example (moderator);
            password designcontest-demo
  API       http://localhost:$HTTP_PORT/api/contests/2   (tokens: curl -u <email>:<password> -X POST …/api/tokens, see README)
  OpenAPI   http://localhost:$HTTP_PORT/openapi
  health    http://localhost:$HTTP_PORT/health/ready
  metrics   http://localhost:$HTTP_PORT/metrics
  mailbox   http://127.0.0.1:$MAIL_UI_PORT/   (GreenMail; messages: /api/user/<address>/messages/INBOX; IMAP on 127.0.0.1:3143)
Press Ctrl-C to stop everything.
URLS
# Until Ctrl-C, or until one of them stops by itself (then the rest is stopped too).
wait -n
