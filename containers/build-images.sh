#!/usr/bin/env bash
# Builds Omnidom's container images (./omnidom images calls this; containers/README.md and docs/deploy.md explain).
#
#   containers/build-images.sh [--base public|local] [--only NAME[,NAME...]] [--package] [--no-cds]
#
#   --base public   our ten images on eclipse-temurin:21-jre (pulled from Docker Hub); infrastructure stays the
#                   public images (apache/kafka, postgres, greenmail/standalone, prom/prometheus)
#   --base local    nothing from a container registry: containers/base/build.sh makes omnidom/debian:bookworm and
#                   omnidom/jre:21 (Debian mirror + the machine's JDK), then omnidom/kafka, omnidom/postgres,
#                   omnidom/greenmail and omnidom/prometheus with the public images' contracts, then ours on
#                   omnidom/jre:21. containers/local.env selects them for docker-compose.
#                   Default: local when the engine is Podman (what containers/setup.sh installs where there is
#                   no Docker and usually no registry), public with Docker. OMNIDOM_IMAGE_BASE sets it too.
#   --only          some images only: kafka postgres greenmail prometheus, a module name (order-service, ...,
#                   authorization-server, psp-simulator), or "services" for the ten of ours
#   --package       build missing module jars first (./mvnw package -DskipTests; MAVEN_ARGS is passed on)
#   --no-cds        no class-data-sharing archive in the service images (faster build, slower start)
#
# Engine: podman when installed, else docker (OMNIDOM_ENGINE overrides; docker build through Podman's Docker API
# drops HEALTHCHECK). JRE_IMAGE replaces eclipse-temurin:21-jre with --base public (e.g. a registry mirror's copy).
# Tags: omnidom/<module>:latest and :<project version>; build logs in containers/target/logs.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
. "$HERE/lib.sh"

SERVICES=(authorization-server catalog-service order-service inventory-service routing-service payment-service
  notification-service returns-service web)
OURS=("${SERVICES[@]}" psp-simulator)
INFRA=(kafka postgres greenmail prometheus)

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }
die() { log "$*"; exit 1; }

BASE="${OMNIDOM_IMAGE_BASE:-}"
ONLY=""
PACKAGE=false
CDS=true
while (($#)); do
  case "$1" in
    --base) BASE="${2:-}"; shift 2 ;;
    --base=*) BASE="${1#*=}"; shift ;;
    --only) ONLY="${2:-}"; shift 2 ;;
    --only=*) ONLY="${1#*=}"; shift ;;
    --package) PACKAGE=true; shift ;;
    --no-cds) CDS=false; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
if [[ -z "$BASE" ]]; then
  if [[ "$ENGINE" == podman ]]; then BASE=local; else BASE=public; fi
fi
[[ "$BASE" == public || "$BASE" == local ]] || die "--base is public or local, not '$BASE'"

SELECTED=()
if [[ -z "$ONLY" ]]; then
  SELECTED=("${INFRA[@]}" "${OURS[@]}")
else
  IFS=', ' read -r -a names <<<"$ONLY"
  for name in "${names[@]}"; do
    if [[ "$name" == services ]]; then SELECTED+=("${OURS[@]}"); continue; fi
    [[ " ${INFRA[*]} ${OURS[*]} " == *" $name "* ]] || die "unknown image '$name' (known: ${INFRA[*]} ${OURS[*]} services)"
    SELECTED+=("$name")
  done
fi
selected() { [[ " ${SELECTED[*]} " == *" $1 "* ]]; }

# the first <version> after the parent block is the project's
VERSION="$(sed -n '/<\/parent>/,$ s:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/pom.xml")"
GREENMAIL_VERSION="$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$ROOT/devstack/pom.xml")"
REVISION="$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)"
SOURCE="$(git -C "$ROOT" config --get remote.origin.url 2>/dev/null || true)"
CREATED="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

LOGS="$HERE/target/logs"
mkdir -p "$LOGS"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
BUILT=()

# build NAME TAGS... -- BUILD-ARGUMENTS...: quiet unless it fails (then the log's tail)
build() {
  local name="$1" t0=$SECONDS tags=()
  shift
  while [[ "$1" != -- ]]; do tags+=(-t "$1"); BUILT+=("$1"); shift; done
  shift
  local before
  before="$(image_id "${tags[1]}")"
  if ! build_image "${tags[@]}" "$@" >"$LOGS/$name.log" 2>&1; then
    tail -30 "$LOGS/$name.log" >&2
    die "$name: build failed (log: $LOGS/$name.log)"
  fi
  # every new jar makes a new image: drop the one it replaces (kept while a container uses it), else each build
  # leaves ~0.5 GB per service behind
  if [[ -n "$before" && "$before" != "$(image_id "${tags[1]}")" ]]; then
    "$ENGINE" rmi "$before" >/dev/null 2>&1 || true
  fi
  log "$name: built in $((SECONDS - t0))s"
}

image_id() { "$ENGINE" image inspect --format '{{.Id}}' "$1" 2>/dev/null || true; }

mvnw() { (cd "$ROOT" && ./mvnw -B -q "$@"); }

if [[ "$BASE" == local ]]; then
  "$HERE/base/build.sh"
  JRE_IMAGE=omnidom/jre:21
  DEBIAN_IMAGE=omnidom/debian:bookworm
  if selected kafka || selected greenmail; then
    log "gathering Kafka's and GreenMail's jars from Maven (containers/pom.xml)"
    mvnw -f containers/pom.xml -Dgreenmail.version="$GREENMAIL_VERSION" package
  fi
  if selected kafka; then
    build kafka "omnidom/kafka:$KAFKA_VERSION" -- --build-arg JRE_IMAGE="$JRE_IMAGE" \
      --build-arg VERSION="$KAFKA_VERSION" "$HERE/kafka"
  fi
  if selected postgres; then
    build postgres omnidom/postgres:15 -- --build-arg DEBIAN_IMAGE="$DEBIAN_IMAGE" "$HERE/postgres"
  fi
  if selected greenmail; then
    build greenmail "omnidom/greenmail:$GREENMAIL_VERSION" -- --build-arg JRE_IMAGE="$JRE_IMAGE" \
      --build-arg VERSION="$GREENMAIL_VERSION" "$HERE/greenmail"
  fi
  if selected prometheus; then
    build prometheus omnidom/prometheus:latest -- --build-arg DEBIAN_IMAGE="$DEBIAN_IMAGE" "$HERE/prometheus"
  fi
  # what docker-compose needs to use the images above (static: the same content on every build)
  cat > "$HERE/local.env" <<ENV
# Locally built stand-ins for the public images (containers/build-images.sh --base local writes this file).
# docker-compose --env-file containers/local.env up -d    or    set -a; . containers/local.env; set +a
KAFKA_IMAGE=omnidom/kafka:$KAFKA_VERSION
POSTGRES_IMAGE=omnidom/postgres:15
MAIL_IMAGE=omnidom/greenmail:$GREENMAIL_VERSION
PROMETHEUS_IMAGE=omnidom/prometheus:latest
JRE_IMAGE=omnidom/jre:21
ENV
else
  JRE_IMAGE="${JRE_IMAGE:-eclipse-temurin:21-jre}"
  log "public base: infrastructure from apache/kafka:$KAFKA_VERSION, postgres:15, greenmail/standalone:$GREENMAIL_VERSION, prom/prometheus"
fi

# our images, from each module's jar
jar_of() { if [[ "$1" == psp-simulator ]]; then echo "$ROOT/psp-simulator/target/psp-simulator.jar"; else echo "$ROOT/$1/target/$1.jar"; fi; }
missing=()
for module in "${OURS[@]}"; do
  selected "$module" && [[ ! -f "$(jar_of "$module")" ]] && missing+=("$module")
done
if ((${#missing[@]})); then
  list="$(IFS=,; echo "${missing[*]}")"
  if $PACKAGE; then
    log "packaging ${missing[*]}"
    mvnw -DskipTests package -pl "$list" -am
  else
    die "no jar for ${missing[*]}: build them first (./mvnw -B package -DskipTests -pl $list -am) or pass --package"
  fi
fi

labels=(--build-arg VERSION="$VERSION" --build-arg REVISION="$REVISION" --build-arg SOURCE="$SOURCE"
  --build-arg CREATED="$CREATED")
for module in "${SERVICES[@]}"; do
  selected "$module" || continue
  mkdir -p "$WORK/$module"
  cp "$(jar_of "$module")" "$WORK/$module/app.jar"
  build "$module" "omnidom/$module:latest" "omnidom/$module:$VERSION" -- -f "$HERE/service/Dockerfile" \
    --build-arg JRE_IMAGE="$JRE_IMAGE" --build-arg MODULE="$module" --build-arg CDS="$CDS" "${labels[@]}" \
    "$WORK/$module"
done
if selected psp-simulator; then
  mkdir -p "$WORK/psp-simulator/lib"
  cp "$(jar_of psp-simulator)" "$WORK/psp-simulator/"
  cp "$ROOT"/psp-simulator/target/lib/*.jar "$WORK/psp-simulator/lib/"
  oci=org.opencontainers.image
  build psp-simulator omnidom/psp-simulator:latest "omnidom/psp-simulator:$VERSION" -- \
    -f "$HERE/psp-simulator/Dockerfile" --build-arg JRE_IMAGE="$JRE_IMAGE" --label "$oci.title=omnidom/psp-simulator" \
    --label "$oci.version=$VERSION" --label "$oci.revision=$REVISION" --label "$oci.source=$SOURCE" \
    --label "$oci.created=$CREATED" --label "$oci.licenses=Apache-2.0" --label "$oci.vendor=Omnidom" \
    "$WORK/psp-simulator"
fi

# a build keeps its steps as untagged images: the cache of the next build with the same jars. Older ones are garbage
# that grows by gigabytes a day on a CI machine; the last two hours' stay as cache.
"$ENGINE" image prune -f --filter until=2h >/dev/null 2>&1 || log "could not prune old untagged images"

log "images ($BASE base, $ENGINE): ${BUILT[*]}"
