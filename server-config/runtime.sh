# Shell functions shared by the scripts that start designcontest and what it needs (sourced, not run).
# Versions come from the parent pom.xml, so they are written once.

DC_ROOT=${DC_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}

# The value of a <property> in the parent pom.
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$DC_ROOT/pom.xml" | head -n 1
}

# Copies a Maven artifact (groupId:artifactId:version[:type]) into a folder, without its version in the name.
fetch_artifact() {
  local coordinates=$1 folder=$2
  mkdir -p "$folder"
  mvn -B -q -f "$DC_ROOT/pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="$coordinates" -DoutputDirectory="$folder" -Dmdep.stripVersion=true
}

# Unpacks the OpenMQ distribution into FOLDER (giving FOLDER/mq) unless it is there already.
fetch_openmq() {
  local folder=$1
  if [ ! -f "$folder/mq/lib/imqbroker.jar" ]; then
    mkdir -p "$folder"
    mvn -B -q -f "$DC_ROOT/pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact="org.glassfish.mq:mq-distribution:$(pom_property openmq.version):zip" -DoutputDirectory="$folder"
  fi
}

# Starts an OpenMQ broker in the background: start_openmq MQ_HOME VARHOME PORT LOGFILE. Sets OPENMQ_PID
# (call it directly, not in $(...), so that the broker is a child of the calling shell).
# The java process is started directly: imqbrokerd would not pass a TERM signal on to it.
start_openmq() {
  local home=$1 varhome=$2 port=$3 log=$4
  mkdir -p "$varhome"
  java -Xms64m -Xmx256m -cp "$home/lib/imqbroker.jar:$home/lib/imqutil.jar" \
    -Dimq.home="$home" -Dimq.varhome="$varhome" -Dimq.etchome="$home/etc" -Dimq.libhome="$home/lib" \
    com.sun.messaging.jmq.jmsserver.Broker -name designcontest -port "$port" -Dimq.hostname=127.0.0.1 -tty \
    >>"$log" 2>&1 &
  OPENMQ_PID=$!
}

# Waits until something listens on 127.0.0.1:PORT: wait_for_port PORT SECONDS.
wait_for_port() {
  local port=$1 seconds=$2
  for _ in $(seq 1 $((seconds * 5))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  return 1
}

# Waits until URL answers HTTP 200: wait_for_http URL SECONDS.
wait_for_http() {
  local url=$1 seconds=$2
  for _ in $(seq 1 "$seconds"); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then return 0; fi
    sleep 1
  done
  return 1
}

# Writes resources.asadmin with every ${ENV=NAME} replaced by the variable's value (Payara Server's asadmin
# does not substitute them itself; Payara Micro does). Usage: render_resources OUTFILE.
render_resources() {
  local out=$1 line name
  : >"$out"
  while IFS= read -r line || [ -n "$line" ]; do
    while [[ $line =~ \$\{ENV=([A-Za-z_][A-Za-z0-9_]*)\} ]]; do
      name=${BASH_REMATCH[1]}
      line=${line//"\${ENV=$name}"/${!name}}
    done
    printf '%s\n' "$line" >>"$out"
  done <"$DC_ROOT/server-config/resources.asadmin"
}
