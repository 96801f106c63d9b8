#!/usr/bin/env bash
# The long fault test: sync-server/test/fault.test.ts with many kill -9 rounds
# (FAULT_ROUNDS, default 40) against real PostgreSQL and Redis on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-pg-redis.sh
FAULT_VERBOSE=1 FAULT_ROUNDS="${FAULT_ROUNDS:-40}" FAULT_KEYS_PER_ROUND="${FAULT_KEYS_PER_ROUND:-40}" \
  node_modules/.bin/vitest run --project sync-server sync-server/test/fault.test.ts --testTimeout 3600000
