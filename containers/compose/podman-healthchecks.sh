#!/usr/bin/env bash
# Runs the health checks of a compose project's containers on Podman without systemd (containers, CI sandboxes).
# Podman schedules health checks with systemd timers; without systemd no check ever runs, every container stays
# "starting" and docker-compose waits forever on `depends_on: condition: service_healthy`. This runs them instead:
# containers not yet healthy every second, healthy ones every 15 s, until the project has no container left.
# Not needed (exits at once) with Docker, with Podman under systemd, or when podman is not installed.
#
#   containers/compose/podman-healthchecks.sh [project] &     # project: default COMPOSE_PROJECT_NAME or the
#                                                               # repository folder's name, as docker-compose names it
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
default_project="$(basename "$ROOT" | tr '[:upper:]' '[:lower:]' | tr -cd 'a-z0-9_-')"
project="${1:-${COMPOSE_PROJECT_NAME:-$default_project}}"

command -v podman >/dev/null 2>&1 || exit 0
[[ -d /run/systemd/system ]] && exit 0

# Gone when the project was never started within 10 minutes, or once its containers are all removed.
seen=false
waited=0
tick=0
while true; do
  mapfile -t rows < <(podman ps --filter "label=com.docker.compose.project=$project" --format '{{.Names}} {{.Status}}' 2>/dev/null)
  if (( ${#rows[@]} == 0 )); then
    [[ "$seen" == true ]] && exit 0
    (( waited++ < 600 )) || exit 0
  else
    seen=true
    for row in "${rows[@]}"; do
      name="${row%% *}"
      case "$row" in
        *"(healthy)"*) (( tick % 15 == 0 )) || continue ;;
        *"(starting)"* | *"(unhealthy)"*) ;;
        *) continue ;;   # no health check
      esac
      podman healthcheck run "$name" >/dev/null 2>&1 || true
    done
  fi
  tick=$((tick + 1))
  sleep 1
done
