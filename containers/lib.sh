# Shared by the image build scripts (sourced, not run): which engine builds, and how.
# Podman when present (it is the engine on machines set up by containers/setup.sh), else Docker;
# OMNIDOM_ENGINE=docker|podman overrides. Podman needs --format docker to keep HEALTHCHECK.

ENGINE="${OMNIDOM_ENGINE:-}"
if [[ -z "$ENGINE" ]]; then
  if command -v podman >/dev/null 2>&1; then ENGINE=podman; else ENGINE=docker; fi
fi
command -v "$ENGINE" >/dev/null 2>&1 || { echo "containers: neither podman nor docker found (containers/setup.sh installs Podman)" >&2; exit 1; }

log() { echo "containers: $*" >&2; }

image_exists() { "$ENGINE" image inspect "$1" >/dev/null 2>&1; }

build_image() {
  if [[ "$ENGINE" == podman ]]; then
    podman build --format docker "$@"
  else
    docker build "$@"
  fi
}
