#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser downloads are possible here).
# Installs it from Debian when missing and we are root; otherwise says what to do.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing chromium from Debian packages for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Browser tests need Chromium: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH." >&2
exit 1
