#!/usr/bin/env bash
# Every test of the workspace: core, sync-server, web units and browser tests in headless
# Chromium against the built app. Ends with one line 'tests: N passed, N failed'.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh || exit 1
bash scripts/ensure-pg-redis.sh || exit 1
node scripts/build-web.ts || exit 1
mkdir -p .tmp
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json "$@"
status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(".tmp/vitest.json", "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' || true
exit $status
