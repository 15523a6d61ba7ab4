#!/usr/bin/env bash
# kafka-server-start.sh <server.properties>: the broker/controller, with the heap and logging of Kafka's script.
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 server.properties [--override property=value]*" >&2; exit 1; }
export KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx1G -Xms1G}"
export KAFKA_LOG4J_OPTS="${KAFKA_LOG4J_OPTS:--Dlog4j2.configurationFile=/opt/kafka/config/log4j2.yaml}"
exec /opt/kafka/bin/kafka-run-class.sh kafka.Kafka "$@"
