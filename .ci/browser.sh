#!/bin/bash
# Make the headless-browser check of the GraphiQL explorer runnable on this kind of machine:
# Debian's Chromium (Playwright's own browser download does not work here) plus
# playwright-core from the npm registry (pinned by src/test/explorer/package-lock.json).
# Idempotent: installs only what is missing.
#
#   .ci/browser.sh                                  # prepare only
#   .ci/browser.sh http://127.0.0.1:8080 shot.png   # prepare, then run the check against a running app
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)   # works from any cwd
EXPLORER=$HERE/../src/test/explorer
export DEBIAN_FRONTEND=noninteractive

say() { echo "[browser] $*"; }

if [ -x /usr/bin/chromium ]; then
  say "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
else
  say "installing Debian's chromium"
  bash "$HERE/apt-get.sh" update
  bash "$HERE/apt-get.sh" install chromium >/dev/null
  say "installed: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
fi

command -v npm >/dev/null || { say "npm is missing (apt-get install nodejs npm)"; exit 1; }
# npm ci writes node_modules/.package-lock.json: reinstall when it is missing or older than the lock.
if [ -d "$EXPLORER/node_modules/playwright-core" ] && [ -f "$EXPLORER/node_modules/.package-lock.json" ] \
   && ! [ "$EXPLORER/package-lock.json" -nt "$EXPLORER/node_modules/.package-lock.json" ]; then
  say "playwright-core already installed in src/test/explorer"
else
  say "installing playwright-core in src/test/explorer"
  if [ -f "$EXPLORER/package-lock.json" ]; then
    (cd "$EXPLORER" && npm ci --no-audit --no-fund --loglevel=error)
  else
    (cd "$EXPLORER" && npm install --no-audit --no-fund --loglevel=error)
  fi
fi

if [ $# -gt 0 ]; then
  exec node "$EXPLORER/check-explorer.mjs" "$@"
fi
