#!/usr/bin/env bash
# The environment of the EAR smoke tests, for the build (ear/pom.xml runs it around failsafe):
#   smoke-env.sh up    an OpenMQ broker, a new Payara Server domain set up by server-config/payara-server.sh, the EAR
#                      deployed and ready. Whatever was started is stopped again if a step fails.
#   smoke-env.sh down  stops the domain and the broker (also what a previous, interrupted run left behind).
# Settings (environment): PAYARA_HOME, SMOKE_DOMAIN, SMOKE_PORTBASE, OPENMQ_HOME, MQ_PORT, EAR, STATE_DIR (pid files
# and logs), and what payara-server.sh reads (DB_*, MQ_*, SMTP_*, MQ_RAR, POSTGRESQL_JAR).
# While the environment is up, a watchdog waits for the Maven process that ran `up`: should Maven end without
# running `down` (interrupted, or a failure before post-integration-test), the watchdog runs `down`.
set -euo pipefail

DC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
SCRIPT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
PAYARA_SERVER_SH="$DC_ROOT/server-config/payara-server.sh"
# shellcheck source=server-config/runtime.sh
source "$DC_ROOT/server-config/runtime.sh"

: "${PAYARA_HOME:?}" "${SMOKE_DOMAIN:?}" "${SMOKE_PORTBASE:?}" "${OPENMQ_HOME:?}" "${MQ_PORT:?}" "${STATE_DIR:?}"
BROKER_PID_FILE="$STATE_DIR/openmq.pid"
BROKER_VARHOME="$STATE_DIR/openmq-var"
WATCHDOG_PID_FILE="$STATE_DIR/watchdog.pid"

step() { printf '==> %s\n' "$*"; }

# The pid in FILE if that process still runs and its command line contains PATTERN (so that a reused pid is left alone).
live_pid() {
  local file=$1 pattern=$2 pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  [[ $pid =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -F -- "$pattern" || return 1
  echo "$pid"
}

stop_broker() {
  local pid
  # by its pid file; else a broker of ours whose pid file was not written (its varhome is ours alone)
  pid=$(live_pid "$BROKER_PID_FILE" "-Dimq.varhome=$BROKER_VARHOME " ||
    pgrep -f -- "-Dimq.varhome=$BROKER_VARHOME -Dimq.etchome=" || true)
  if [ -z "$pid" ]; then
    rm -f "$BROKER_PID_FILE"
    return 0
  fi
  for p in $pid; do
    step "stopping the OpenMQ broker (pid $p)"
    kill "$p" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$p" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$p" 2>/dev/null; then
      step "killing the OpenMQ broker (pid $p): it did not stop within 30 s"
      kill -9 "$p" 2>/dev/null || true
    fi
  done
  rm -f "$BROKER_PID_FILE"
}

down() {
  local watchdog
  if [ -z "${SMOKE_WATCHDOG:-}" ] && watchdog=$(live_pid "$WATCHDOG_PID_FILE" "$SCRIPT"); then
    kill "$watchdog" 2>/dev/null || true
  fi
  rm -f "$WATCHDOG_PID_FILE"
  if [ -d "$PAYARA_HOME/glassfish/domains/$SMOKE_DOMAIN" ]; then
    bash "$PAYARA_SERVER_SH" stop "$PAYARA_HOME" "$SMOKE_DOMAIN" || true
  fi
  stop_broker
}

start_watchdog() {
  local maven=$PPID
  if ! tr '\0' ' ' <"/proc/$maven/cmdline" 2>/dev/null | grep -q 'plexus-classworlds\|org.codehaus.plexus.classworlds'; then
    return 0 # not run by Maven: whoever ran `up` runs `down`
  fi
  (
    while kill -0 "$maven" 2>/dev/null; do sleep 1; done
    echo "$(date -Is) Maven (pid $maven) ended without stopping the smoke environment: stopping it"
    SMOKE_WATCHDOG=1 bash "$SCRIPT" down
  ) </dev/null >>"$STATE_DIR/watchdog.log" 2>&1 &
  echo $! >"$WATCHDOG_PID_FILE"
}

up() {
  local started
  mkdir -p "$STATE_DIR"
  down >/dev/null 2>&1 || true # what an interrupted run may have left
  trap 'status=$?; if [ $status -ne 0 ]; then step "the smoke environment did not come up: stopping what was started"; down; fi' EXIT

  step "OpenMQ broker on 127.0.0.1:$MQ_PORT (log: $STATE_DIR/openmq.log)"
  if (exec 3<>"/dev/tcp/127.0.0.1/$MQ_PORT") 2>/dev/null; then
    echo "port $MQ_PORT is in use: stop what listens there" >&2
    return 1
  fi
  rm -rf "$BROKER_VARHOME" # no messages left over from an earlier run
  OPENMQ_PID=
  start_openmq "$OPENMQ_HOME" "$BROKER_VARHOME" "$MQ_PORT" "$STATE_DIR/openmq.log" </dev/null >"$STATE_DIR/openmq.started"
  OPENMQ_PID=${OPENMQ_PID:-$(cat "$STATE_DIR/openmq.started")} # older runtime.sh printed the pid
  echo "$OPENMQ_PID" >"$BROKER_PID_FILE"
  wait_for_port "$MQ_PORT" 60 || { echo "the broker did not start; see $STATE_DIR/openmq.log" >&2; return 1; }

  bash "$PAYARA_SERVER_SH" delete "$PAYARA_HOME" "$SMOKE_DOMAIN" >/dev/null # a domain left by an earlier run
  started=$(date +%s%3N)
  if ! bash "$PAYARA_SERVER_SH" setup "$PAYARA_HOME" "$SMOKE_DOMAIN" "$SMOKE_PORTBASE" ||
    ! bash "$PAYARA_SERVER_SH" deploy "$PAYARA_HOME" "$SMOKE_DOMAIN" "$EAR"; then
    echo "--- last lines of $PAYARA_HOME/glassfish/domains/$SMOKE_DOMAIN/logs/server.log:" >&2
    tail -n 60 "$PAYARA_HOME/glassfish/domains/$SMOKE_DOMAIN/logs/server.log" >&2 || true
    return 1
  fi
  local ms=$(($(date +%s%3N) - started))
  step "smoke environment up: new domain created, started, configured and the app ready in $((ms / 1000)).$((ms % 1000 / 100)) s"
  start_watchdog
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *)
    echo "usage: smoke-env.sh up|down" >&2
    exit 2
    ;;
esac
