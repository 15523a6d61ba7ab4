#!/usr/bin/env bash
# Builds the two base images without any container registry:
#   omnidom/debian:bookworm  Debian bookworm minbase made by debootstrap from a Debian mirror
#   omnidom/jre:21           a jlink'ed Java runtime from the machine's JDK (21+) on it, laid out like
#                            eclipse-temurin:21-jre (JAVA_HOME=/opt/java/openjdk, java on PATH)
# Existing images are kept unless --rebuild. Needs root and debootstrap for the Debian image (apt-get install
# debootstrap), JAVA_HOME or java on PATH for the JRE. DEBIAN_MIRROR overrides the mirror.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"

DEBIAN_IMAGE=omnidom/debian:bookworm
JRE_IMAGE=omnidom/jre:21
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
REBUILD=false
for arg in "$@"; do
  case "$arg" in
    --rebuild) REBUILD=true ;;
    *) echo "usage: $0 [--rebuild]" >&2; exit 2 ;;
  esac
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

build_debian() {
  [[ $(id -u) -eq 0 ]] || { log "debootstrap needs root: run this script as root"; exit 1; }
  command -v debootstrap >/dev/null || { log "debootstrap missing: apt-get install debootstrap"; exit 1; }
  log "debootstrap bookworm (minbase) from $MIRROR"
  local root="$WORK/rootfs"
  debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
  cat > "$root/etc/apt/sources.list" <<SOURCES
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
  # What Debian's official image does: no daemons started by package scripts, no caches or translations kept.
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  cat > "$root/etc/apt/apt.conf.d/docker-clean" <<'CONF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";
CONF
  echo 'Acquire::Languages "none";' > "$root/etc/apt/apt.conf.d/docker-no-languages"
  echo 'APT::Install-Recommends "false";' > "$root/etc/apt/apt.conf.d/docker-no-recommends"
  # as Debian's slim images: no documentation (but the copyright files), manual pages or translations, now and
  # in every package installed later
  cat > "$root/etc/dpkg/dpkg.cfg.d/docker" <<'CONF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
CONF
  find "$root/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$root"/usr/share/{man,groff,info,lintian,linda,locale}/*
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/log/*.log "$root"/dev/* "$root"/tmp/*
  tar -C "$root" --numeric-owner -c . \
    | "$ENGINE" import --change 'CMD ["bash"]' \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' - "$DEBIAN_IMAGE" >/dev/null
  log "built $DEBIAN_IMAGE"
}

# The modules of a JRE (java.se plus the jdk.* runtime modules, the tools jcmd needs), without compilers and dev tools.
JRE_MODULES=java.se,jdk.attach,jdk.charsets,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.dynalink,jdk.httpserver,\
jdk.internal.jvmstat,jdk.jcmd,jdk.jdwp.agent,jdk.jfr,jdk.localedata,jdk.management,jdk.management.agent,\
jdk.management.jfr,jdk.naming.dns,jdk.naming.rmi,jdk.net,jdk.nio.mapmode,jdk.sctp,jdk.security.auth,\
jdk.security.jgss,jdk.unsupported,jdk.xml.dom,jdk.zipfs

build_jre() {
  local jdk="${JAVA_HOME:-}"
  [[ -n "$jdk" ]] || jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  [[ -x "$jdk/bin/jlink" ]] || { log "no jlink in $jdk: set JAVA_HOME to a JDK 21 or newer"; exit 1; }
  local version
  version="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
  (( ${version%%.*} >= 21 )) || { log "JDK 21+ needed, $jdk is $version"; exit 1; }
  log "jlink a Java $version runtime from $jdk"
  # --generate-cds-archive: the runtime's default class-data archive, as in a JDK/JRE download.
  "$jdk/bin/jlink" --add-modules "$JRE_MODULES" --strip-debug --no-man-pages --no-header-files \
    --generate-cds-archive --output "$WORK/jre"
  build_image -q -t "$JRE_IMAGE" --build-arg BASE_IMAGE="$DEBIAN_IMAGE" -f "$HERE/jre.Dockerfile" "$WORK" >/dev/null
  log "built $JRE_IMAGE (Java $version)"
}

if $REBUILD || ! image_exists "$DEBIAN_IMAGE"; then
  build_debian
  REBUILD=true
else
  log "$DEBIAN_IMAGE exists (--rebuild to make it again)"
fi
if $REBUILD || ! image_exists "$JRE_IMAGE"; then
  build_jre
else
  log "$JRE_IMAGE exists (--rebuild to make it again)"
fi
