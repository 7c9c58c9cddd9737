#!/usr/bin/env bash
# Applies designcontest to a Payara Server (Full) domain: creates the domain, puts the PostgreSQL driver on its
# classpath, creates the server resources of resources.asadmin (the file Payara Micro reads too) and deploys the EAR.
#
#   payara-server.sh setup  PAYARA_HOME DOMAIN PORTBASE  creates DOMAIN (admin port PORTBASE+48, HTTP PORTBASE+80, ...),
#                                                        starts it and creates the resources
#   payara-server.sh deploy PAYARA_HOME DOMAIN EAR       deploys (or redeploys) the EAR; waits until it is ready
#   payara-server.sh start  PAYARA_HOME DOMAIN           starts the domain; waits until the app (if deployed) is ready
#   payara-server.sh stop   PAYARA_HOME DOMAIN           stops the domain (kills it if it does not stop)
#   payara-server.sh delete PAYARA_HOME DOMAIN           stops the domain if it runs, then deletes it
#
# PAYARA_HOME is the unpacked Payara Server (the folder with bin/asadmin), e.g. payara6.
# Settings are environment variables: those of defaults.sh (DB_*, MQ_*, SMTP_*), plus
#   MQ_RAR          OpenMQ's resource adapter (mq/lib/imqjmsra.rar); fetched with Maven when unset
#   POSTGRESQL_JAR  the PostgreSQL JDBC driver; fetched with Maven when unset
#   READY_TIMEOUT   seconds to wait for readiness (default 300)
# The app reads its own settings (MicroProfile Config) from the environment of `start`/`setup`, i.e. of the server.
#
# A new domain gets Payara's data grid (Hazelcast) and its phone-home switched off before it first starts:
# designcontest keeps nothing in the data grid (timers are non-persistent, deadlines are rows in PostgreSQL), and a
# single server need not open cluster ports nor call out. Turn them on with asadmin if a cluster needs them.
set -euo pipefail

DC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP_NAME=designcontest

step() { printf '==> %s\n' "$*"; }
fail() {
  printf 'payara-server.sh: %s\n' "$*" >&2
  exit 1
}
now_ms() { date +%s%3N; }
seconds_since() { # START_MS: elapsed seconds with one decimal
  local ms=$(($(now_ms) - $1))
  printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
  exit 2
}

# Runs asadmin with its output kept in a log; on failure shows the output and stops.
asadmin_quiet() {
  local log
  log=$(mktemp)
  if ! "$PAYARA_HOME/bin/asadmin" "$@" >"$log" 2>&1; then
    grep -v 'Unable to retrieve infocmp' "$log" >&2 || true
    rm -f "$log"
    fail "asadmin $* failed"
  fi
  rm -f "$log"
}

# The port of a network listener of the server (admin-listener, http-listener-1), read from domain.xml.
listener_port() {
  local port
  port=$(grep -o "<network-listener [^>]*name=\"$1\"[^>]*>" "$DOMAIN_DIR/config/domain.xml" |
    grep -o 'port="[0-9][0-9]*"' | head -n 1 | tr -dc '0-9')
  [ -n "$port" ] || fail "no port for $1 in $DOMAIN_DIR/config/domain.xml"
  echo "$port"
}

is_running() {
  local pid
  [ -f "$DOMAIN_DIR/config/pid" ] && pid=$(cat "$DOMAIN_DIR/config/pid") && kill -0 "$pid" 2>/dev/null
}

server_rss_mib() {
  local pid
  pid=$(cat "$DOMAIN_DIR/config/pid")
  echo $(($(ps -o rss= -p "$pid") / 1024))
}

is_deployed() {
  grep -q "<application [^>]*name=\"$APP_NAME\"" "$DOMAIN_DIR/config/domain.xml"
}

# Waits until readiness answers 200 with the app's own checks (an empty server answers UP with no checks).
wait_until_ready() {
  local url=$1 deadline=$(($(date +%s) + ${READY_TIMEOUT:-300})) answer
  while [ "$(date +%s)" -lt "$deadline" ]; do
    answer=$(curl -s -m 5 -w '\n%{http_code}' "$url" || true)
    if [ "${answer##*$'\n'}" = 200 ] && [[ $answer == *'"database"'* && $answer == *'"broker"'* ]]; then
      return 0
    fi
    sleep 0.5
  done
  fail "not ready after ${READY_TIMEOUT:-300} s: $url answered: ${answer:-nothing}"
}

ensure_port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    fail "port $1 is in use: stop what listens there, or choose another PORTBASE"
  fi
}

setup() {
  local portbase=$1 started rendered output admin_port
  [[ $portbase =~ ^[0-9]+$ ]] || fail "PORTBASE must be a number: $portbase"
  [ ! -e "$DOMAIN_DIR" ] || fail "domain $DOMAIN exists ($DOMAIN_DIR): delete it first"
  for offset in 48 80 81 37 38 39 76 86; do ensure_port_free $((portbase + offset)); done
  : "${HTTP_PORT:=$((portbase + 80))}"
  # shellcheck source=server-config/defaults.sh
  source "$DC_ROOT/server-config/defaults.sh"
  # shellcheck source=server-config/runtime.sh
  source "$DC_ROOT/server-config/runtime.sh"
  local lib="$DC_ROOT/.local/lib"
  if [ -z "${POSTGRESQL_JAR:-}" ]; then
    step "fetching the PostgreSQL driver into $lib"
    fetch_artifact "org.postgresql:postgresql:$(pom_property postgresql.version)" "$lib"
    POSTGRESQL_JAR="$lib/postgresql.jar"
  fi
  if [ -z "${MQ_RAR:-}" ]; then
    step "fetching OpenMQ (for its resource adapter) into $DC_ROOT/.local"
    fetch_openmq "$DC_ROOT/.local"
    MQ_RAR="$DC_ROOT/.local/mq/lib/imqjmsra.rar"
  fi
  [ -f "$POSTGRESQL_JAR" ] || fail "no PostgreSQL driver at $POSTGRESQL_JAR"
  [ -f "$MQ_RAR" ] || fail "no OpenMQ resource adapter at $MQ_RAR"
  export MQ_RAR

  step "creating domain $DOMAIN in $PAYARA_HOME/glassfish/domains (ports from $portbase: admin $((portbase + 48)), HTTP $((portbase + 80)))"
  started=$(now_ms)
  asadmin_quiet create-domain --portbase "$portbase" --nopassword "$DOMAIN"
  echo "    created in $(seconds_since "$started") s"

  step "switching off the data grid (Hazelcast) and phone-home of the domain before it first starts"
  local domain_xml="$DOMAIN_DIR/config/domain.xml"
  sed -i -e '/<config name="server-config">/,/<\/config>/ s|<hazelcast-config-specific-configuration\([ >/]\)|<hazelcast-config-specific-configuration enabled="false"\1|' \
    -e '/<config name="server-config">/a\            <phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>' \
    "$domain_xml"
  grep -q '<hazelcast-config-specific-configuration enabled="false"' "$domain_xml" &&
    grep -q '<phone-home-runtime-configuration enabled="false">' "$domain_xml" ||
    fail "could not switch off the data grid and phone-home in $domain_xml (has its layout changed?)"

  step "adding the PostgreSQL driver to the domain's libraries ($DOMAIN_DIR/lib)"
  cp "$POSTGRESQL_JAR" "$DOMAIN_DIR/lib/"

  step "starting domain $DOMAIN"
  started=$(now_ms)
  asadmin_quiet start-domain "$DOMAIN"
  echo "    started in $(seconds_since "$started") s, server RSS $(server_rss_mib) MiB"

  step "creating the resources of server-config/resources.asadmin (database $DB_NAME on $DB_HOST:$DB_PORT, broker $MQ_HOST:$MQ_PORT)"
  rendered=$(mktemp)
  render_resources "$rendered"
  # asadmin multimode reads a backslash as an escape itself: \: must reach the command as \: (Micro keeps it as is).
  sed -i 's/\\/\\\\/g' "$rendered"
  admin_port=$(listener_port admin-listener)
  started=$(now_ms)
  output=$("$PAYARA_HOME/bin/asadmin" --host 127.0.0.1 --port "$admin_port" multimode \
    --file "$rendered" 2>&1) || true
  rm -f "$rendered"
  # multimode exits 0 even when a command in the file failed
  if grep -q -E 'Command .* failed|remote failure' <<<"$output"; then
    grep -v 'Unable to retrieve infocmp' <<<"$output" >&2
    fail "creating the resources failed"
  fi
  echo "    $(grep -v multimode <<<"$output" | grep -c 'executed successfully') commands in $(seconds_since "$started") s"
  echo "    admin http://127.0.0.1:$admin_port, HTTP http://127.0.0.1:$(listener_port http-listener-1)"
}

deploy() {
  local ear=$1 started admin_port ready_url
  [ -f "$ear" ] || fail "no EAR at $ear"
  is_running || fail "domain $DOMAIN is not running"
  admin_port=$(listener_port admin-listener)
  ready_url="http://127.0.0.1:$(listener_port http-listener-1)/health/ready"
  step "deploying $ear as $APP_NAME"
  started=$(now_ms)
  asadmin_quiet --host 127.0.0.1 --port "$admin_port" deploy --force=true --name "$APP_NAME" "$ear"
  echo "    deployed in $(seconds_since "$started") s"
  step "waiting for readiness (database and broker): $ready_url"
  wait_until_ready "$ready_url"
  echo "    ready $(seconds_since "$started") s after the deploy began, server RSS $(server_rss_mib) MiB"
}

start() {
  local started ready_url
  ready_url="http://127.0.0.1:$(listener_port http-listener-1)/health/ready"
  step "starting domain $DOMAIN"
  started=$(now_ms)
  asadmin_quiet start-domain "$DOMAIN"
  echo "    started in $(seconds_since "$started") s"
  if is_deployed; then
    step "waiting for readiness (database and broker): $ready_url"
    wait_until_ready "$ready_url"
    echo "    ready $(seconds_since "$started") s after start-domain, server RSS $(server_rss_mib) MiB"
  fi
}

stop() {
  if ! is_running; then
    step "domain $DOMAIN is not running"
    return 0
  fi
  step "stopping domain $DOMAIN"
  if ! "$PAYARA_HOME/bin/asadmin" stop-domain "$DOMAIN" >/dev/null 2>&1 || is_running; then
    step "killing domain $DOMAIN (it did not stop)"
    "$PAYARA_HOME/bin/asadmin" stop-domain --kill=true "$DOMAIN" >/dev/null 2>&1 || true
  fi
  ! is_running || fail "domain $DOMAIN still runs (pid $(cat "$DOMAIN_DIR/config/pid"))"
}

delete() {
  [ -d "$DOMAIN_DIR" ] || { step "domain $DOMAIN does not exist"; return 0; }
  stop
  step "deleting domain $DOMAIN"
  asadmin_quiet delete-domain "$DOMAIN"
}

[ $# -ge 3 ] || usage
subcommand=$1 PAYARA_HOME=$2 DOMAIN=$3
shift 3
[ -x "$PAYARA_HOME/bin/asadmin" ] || fail "no Payara Server at $PAYARA_HOME (bin/asadmin is missing)"
PAYARA_HOME=$(cd "$PAYARA_HOME" && pwd)
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"
case "$subcommand" in
  setup) [ $# -eq 1 ] || usage; setup "$1" ;;
  deploy) [ $# -eq 1 ] || usage; deploy "$1" ;;
  start | stop | delete)
    [ $# -eq 0 ] || usage
    if [ "$subcommand" != delete ]; then [ -d "$DOMAIN_DIR" ] || fail "no domain $DOMAIN in $PAYARA_HOME"; fi
    "$subcommand"
    ;;
  *) usage ;;
esac
