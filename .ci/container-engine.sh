#!/bin/bash
# Make a container engine and the image maquis/postgres:15 available, for Testcontainers
# on machines that reach no image registry (only Debian's package repositories).
# Idempotent: installs, starts and builds only what is missing or changed.
# Exit 0: engine usable and image present. Non-zero: caller should fall back
# to a plain local PostgreSQL.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)   # works from any cwd
IMAGE_DIR=$HERE/postgres-image
BASE=maquis/debian:bookworm
IMAGE=maquis/postgres:15
LOG=/var/log/dockerd.log
START=$SECONDS
export DEBIAN_FRONTEND=noninteractive DOCKER_BUILDKIT=0   # legacy builder: no buildx here

say() { echo "[container-engine] $*"; }
trap 'say "FAILED (line $LINENO) after $((SECONDS - START)) s"' ERR

# (a) Tools. apt-get update only when something is missing.
missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  bash "$HERE/apt-get.sh" update
  bash "$HERE/apt-get.sh" install "${missing[@]}" >/dev/null
else
  say "docker.io and debootstrap already installed"
fi
# The client from docker.io matches its daemon; another one may come first on PATH.
DOCKER=/usr/bin/docker; [ -x "$DOCKER" ] || DOCKER=docker
engine_ok() { timeout 10 "$DOCKER" info >/dev/null 2>&1; }

# (b) Engine. No systemd here: start dockerd by hand, detached, if nothing answers.
if engine_ok; then
  say "engine already running"
else
  # A live dockerd may just be slow; a dead one (even a zombie: PID 1 here may not
  # reap) leaves a pid file that makes a new dockerd refuse to start.
  pid=$(cat /var/run/docker.pid 2>/dev/null || true)
  state=$(ps -o stat=,comm= -p "${pid:-0}" 2>/dev/null || true)
  if [[ $state == *dockerd && $state != Z* ]]; then
    say "dockerd (pid $pid) runs but does not answer yet; waiting"
  else
    rm -f /var/run/docker.pid
    say "starting dockerd (log: $LOG)"
    setsid nohup dockerd >>"$LOG" 2>&1 </dev/null &
  fi
  for _ in $(seq 30); do engine_ok && break; sleep 1; done
  engine_ok || { tail -n 5 "$LOG"; say "engine did not answer within 30 s; see $LOG"; exit 1; }
  say "engine ready"
fi

# (c) Base image: no registry to pull from, so debootstrap one from the Debian
# mirror apt uses here (a stanza/line for suite bookworm), or DEBIAN_MIRROR. No host is named here.
if "$DOCKER" image inspect "$BASE" >/dev/null 2>&1; then
  say "base image $BASE present"
else
  mirror=${DEBIAN_MIRROR:-$( {
    awk 'BEGIN{RS=""} /(^|\n)Suites:[^\n]*[ \t]bookworm([ \t]|\n|$)/ && !/Enabled: *no/ {
           if (match($0, /URIs:[ \t]*[^ \t\n]+/)) { split(substr($0, RSTART, RLENGTH), a, /[ \t]+/); print a[2] } }' \
      /etc/apt/sources.list.d/*.sources 2>/dev/null || true   # missing files are fine
    awk '$1=="deb" { i=2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } if ($(i+1)=="bookworm") print $i }' \
      /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true
  } | head -n1 )}
  [ -n "$mirror" ] || { say "no apt source for bookworm in /etc/apt; set DEBIAN_MIRROR"; exit 1; }
  rootfs=$(mktemp -d /var/tmp/debian-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  say "building $BASE with debootstrap from $mirror (about a minute)"
  timeout 900 debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -n 20 "$rootfs.log"; exit 1; }
  # Same apt behaviour as the host (e.g. a snapshot mirror needs Check-Valid-Until false).
  grep -l 'Acquire::' /etc/apt/apt.conf.d/* 2>/dev/null | xargs -r cp -t "$rootfs/etc/apt/apt.conf.d/"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs.log"
  tar -C "$rootfs" -c . | timeout 300 "$DOCKER" import - "$BASE" >/dev/null
  rm -rf "$rootfs"
  say "imported $BASE"
fi

# (d) PostgreSQL image, rebuilt when the Dockerfile, the entrypoint or the base changes.
want=$( { cat "$IMAGE_DIR/Dockerfile" "$IMAGE_DIR/docker-entrypoint.sh"
          "$DOCKER" image inspect -f '{{.Id}}' "$BASE"; } | sha256sum | cut -c1-16)
have=$("$DOCKER" image inspect -f '{{index .Config.Labels "maquis.src-hash"}}' "$IMAGE" 2>/dev/null || true)
if [ "$have" = "$want" ]; then
  say "image $IMAGE up to date (src-hash $want)"
else
  old=$("$DOCKER" image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true)
  say "building $IMAGE (src-hash ${have:-none} -> $want; about a minute)"
  buildlog=$(mktemp /tmp/postgres-image-build.XXXXXX.log)
  timeout 900 "$DOCKER" build --label "maquis.src-hash=$want" -t "$IMAGE" "$IMAGE_DIR" >"$buildlog" 2>&1 \
    || { tail -n 30 "$buildlog"; say "build failed; full log: $buildlog"; exit 1; }
  rm -f "$buildlog"
  # Drop the superseded image so rebuilds do not pile up (ignore if still in use).
  if [ -n "$old" ] && [ "$old" != "$("$DOCKER" image inspect -f '{{.Id}}' "$IMAGE")" ]; then
    "$DOCKER" rmi "$old" >/dev/null 2>&1 || true
  fi
  say "built $IMAGE"
fi

say "OK: engine usable, $IMAGE present ($((SECONDS - START)) s)"
