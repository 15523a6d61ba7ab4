#!/usr/bin/env bash
# Makes this machine able to run Omnidom's containers without a Docker engine: installs Podman (with runc)
# and docker-compose from Debian's packages, configures Podman for hosts where crun or ulimits are refused,
# and serves the Docker API on a socket for the docker CLI, docker-compose and Testcontainers.
# Idempotent; needs root (apt-get). Prints the variables to export, e.g.:  eval "$(tools/containers/setup.sh)"
# On a machine with a Docker engine, nothing here is needed.
set -euo pipefail

SOCKET=${OMNIDOM_PODMAN_SOCKET:-/run/podman/podman.sock}
log() { echo "containers: $*" >&2; }


if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v docker-compose >/dev/null \
    || ! command -v debootstrap >/dev/null; then
  log "installing podman, runc, docker-compose and debootstrap from Debian's packages"
  apt-get update -qq >/tmp/omnidom-apt.log 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc docker-compose debootstrap >>/tmp/omnidom-apt.log 2>&1 || { log "apt-get failed, see /tmp/omnidom-apt.log"; exit 1; }
fi

if [ ! -f /etc/containers/containers.conf ] || ! grep -q 'omnidom' /etc/containers/containers.conf; then
  mkdir -p /etc/containers
  cat > /etc/containers/containers.conf <<'CONF'
# written by omnidom tools/containers/setup.sh
[containers]
# crun/runc may not raise RLIMIT_NPROC/NOFILE inside this sandbox
default_ulimits = []
[engine]
# crun refuses a cgroup v1 "hybrid" layout; runc copes
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
fi

if ! docker -H "unix://$SOCKET" version >/dev/null 2>&1; then
  log "serving the Docker API on $SOCKET"
  mkdir -p "$(dirname "$SOCKET")"
  # from /: conmon fails every container start ("write child: broken pipe") once the service's cwd is deleted.
  # The whole background subshell is redirected: one that kept our stdout would hold open the pipe of a caller's
  # $(setup.sh), which then never returns.
  (cd / && exec nohup podman system service --time=0 "unix://$SOCKET") </dev/null >/tmp/omnidom-podman-service.log 2>&1 &
  for _ in $(seq 1 50); do
    docker -H "unix://$SOCKET" version >/dev/null 2>&1 && break
    sleep 0.2
  done
  docker -H "unix://$SOCKET" version >/dev/null 2>&1 || { log "the Podman API did not come up (see /tmp/omnidom-podman-service.log)"; exit 1; }
fi

# Ryuk (Testcontainers' reaper) would need a pulled image; tests stop their own containers instead. Podman publishes
# ports on this host's loopback; Testcontainers would otherwise aim at the bridge gateway when it thinks it runs in a
# container (a /.dockerenv file).
echo "export DOCKER_HOST=unix://$SOCKET TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=localhost"
