#!/usr/bin/env bash
# Scale-out tests run real PostgreSQL 15 and Redis servers on loopback (started by
# sync-server/test/servers/). Installs them from Debian when missing and we are root;
# otherwise says what to do. Nothing is started here, and no system service is enabled.
set -euo pipefail
have_pg() { [ -x /usr/lib/postgresql/15/bin/postgres ] || [ -n "${PG_BIN_DIR:-}" ]; }
have_redis() { command -v redis-server >/dev/null; }
if have_pg && have_redis; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing postgresql and redis-server from Debian packages for the scale-out tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql redis-server >/dev/null
  exit 0
fi
echo "Scale-out tests need PostgreSQL 15 and Redis: run 'sudo apt-get install -y postgresql redis-server' (or set PG_BIN_DIR)." >&2
exit 1
