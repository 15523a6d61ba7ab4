#!/usr/bin/env bash
# Start time of each service, alone on the machine: a Kafka broker (the devstack's), a fresh database per service on
# a PostgreSQL server, then each service's fat jar in turn until it is healthy; prints Spring's own "Started ... in N
# seconds" and the wall time to a healthy /actuator/health. No SMTP server or PSP runs: the mail health check is off.
#
#   tools/startup-times.sh [JAR_DIR] [ROUNDS]
#
# JAR_DIR holds <service>.jar (default: each module's target/); build first with ./mvnw -DskipTests package.
# ROUNDS (default 3) runs per service; the median is printed. PostgreSQL: OMNIDOM_PG_HOST/PORT/USER (default
# 127.0.0.1:5432, postgres, trust auth). Compare two builds by running this on each, back to back, on a quiet machine.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR_DIR="${1:-}"
ROUNDS="${2:-3}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
PG_HOST="${OMNIDOM_PG_HOST:-127.0.0.1}" PG_PORT="${OMNIDOM_PG_PORT:-5432}" PG_USER="${OMNIDOM_PG_USER:-postgres}"
JVM_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"
SERVICES=(catalog-service inventory-service routing-service order-service payment-service notification-service returns-service)
WORK="$(mktemp -d)"
KAFKA_PORT=19092 CONTROLLER_PORT=19093 SERVICE_PORT=18080

jar_of() {
  local dir="${JAR_DIR:-$ROOT/$1/target}" jar
  for jar in "$dir"/"$1".jar "$dir"/"$1"-*.jar; do
    [[ -f "$jar" && "$jar" != *-sources.jar && "$jar" != *-tests.jar && "$jar" != *.original ]] && { echo "$jar"; return; }
  done
  echo "no jar for $1 in $dir" >&2; exit 1
}

psql_admin() { PGOPTIONS=--client-min-messages=warning psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qAtc "$1" >/dev/null; }

cleanup() {
  [[ -n "${SERVICE_PID:-}" ]] && kill "$SERVICE_PID" 2>/dev/null || true
  [[ -n "${KAFKA_PID:-}" ]] && kill "$KAFKA_PID" 2>/dev/null && wait "$KAFKA_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Kafka: the devstack's own broker (KRaft, Kafka's server code, SASL/SCRAM with ACLs), on ports of its own
"$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$(ls "$ROOT"/devstack/target/devstack-*.jar | head -1):$ROOT/devstack/target/lib/*" \
  com.omnidom.devstack.kafka.KafkaBroker --port "$KAFKA_PORT" --controller-port "$CONTROLLER_PORT" \
  --data-dir "$WORK/kafka" > "$WORK/kafka.log" 2>&1 &
KAFKA_PID=$!
# it runs with SASL/SCRAM and ACLs: the credentials file appears once every service's principal exists
for _ in $(seq 120); do [[ -f "$WORK/kafka/credentials.properties" ]] && break; sleep 1; done
kafka_password() { sed -n "s/^$1=//p" "$WORK/kafka/credentials.properties"; }

printf '%-22s %-28s %s\n' service "Started in (s), median" "healthy after (s), median"
for service in "${SERVICES[@]}"; do
  jar="$(jar_of "$service")"
  started=() healthy=()
  for round in $(seq "$ROUNDS"); do
    db="startup_${service//-/_}"
    psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)"
    psql_admin "CREATE DATABASE $db"
    log="$WORK/$service-$round.log"
    t0=$(date +%s.%N)
    # shellcheck disable=SC2086
    SERVER_PORT=$SERVICE_PORT SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" \
      SPRING_DATASOURCE_USERNAME="$PG_USER" SPRING_DATASOURCE_PASSWORD="" \
      SPRING_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS="127.0.0.1:$KAFKA_PORT" \
      SPRING_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT SPRING_KAFKA_PROPERTIES_SASL_MECHANISM=SCRAM-SHA-512 \
      SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$service\" password=\"$(kafka_password "$service")\";" \
      SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=1 MANAGEMENT_HEALTH_MAIL_ENABLED=false \
      OMNIDOM_PAYMENT_PSP_BASE_URL=http://127.0.0.1:1 \
      "$JAVA" $JVM_OPTS -jar "$jar" > "$log" 2>&1 &
    SERVICE_PID=$!
    ok=false
    for _ in $(seq 600); do
      if curl -fs "http://127.0.0.1:$SERVICE_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then ok=true; break; fi
      kill -0 "$SERVICE_PID" 2>/dev/null || break
      sleep 0.2
    done
    t1=$(date +%s.%N)
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=""
    psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)"
    if [[ $ok != true ]]; then echo "$service did not become healthy; its log: $log" >&2; tail -20 "$log" >&2; exit 1; fi
    started+=("$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' | cut -d' ' -f1)")
    healthy+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf '%-22s %-28s %.1f\n' "$service" "$(median "${started[@]}")" "$(median "${healthy[@]}")"
done
