#!/usr/bin/env bash
# apt-get for the project's scripts, waiting for another apt-get instead of failing: on these machines CI and
# sessions install packages at the same time, and an apt-get that finds the lock taken fails at once (exit 100).
#
#   .ci/apt-get.sh update
#   .ci/apt-get.sh install PACKAGE...        # -y, no recommends
#
# dpkg's lock (install): apt-get waits for it itself, told to (DPkg::Lock::Timeout). The package lists' lock
# (update): apt 2.6 has no such option for it and fails at once, so update is tried again while that lock is
# what failed it, as long. APT_CONFIG is honoured (CiScriptsTest points apt at lists and a dpkg of its own).
set -euo pipefail
WAIT=${APT_LOCK_WAIT:-600}
export DEBIAN_FRONTEND=noninteractive

case ${1:-} in
  update)
    deadline=$((SECONDS + WAIT))
    err=$(mktemp)
    trap 'rm -f "$err"' EXIT
    said=
    until timeout 300 apt-get -o DPkg::Lock::Timeout="$WAIT" update -qq 2>"$err"; do
      if ! grep -q "Could not get lock" "$err" || [ $SECONDS -ge $deadline ]; then
        cat "$err" >&2
        exit 1
      fi
      [ -n "$said" ] || echo "[apt-get] another apt-get holds the package lists' lock; waiting up to $WAIT s" >&2
      said=1
      sleep 2
    done
    cat "$err" >&2
    ;;
  install)
    shift
    timeout $((WAIT + 900)) apt-get -o DPkg::Lock::Timeout="$WAIT" install -y -qq --no-install-recommends "$@"
    ;;
  *)
    echo "usage: $0 update | install PACKAGE..." >&2
    exit 2
    ;;
esac
