#!/usr/bin/env bash
# Quick start on a fresh machine: install what is missing, build the extension, and show it
# working on a sample posting (a Chromium window, or headless with screenshots saved).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "quickstart: installing Debian's chromium"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "quickstart: Chromium is needed; install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
npx wxt build
npx tsx scripts/demo/run-demo.ts
