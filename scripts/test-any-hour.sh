#!/usr/bin/env bash
# The unit and server suites again in New York's zone, and with the test clock (CK_TEST_NOW,
# read by packages/server/src/test-support/test-clock.ts) pinned at awkward instants, each in
# another machine zone: tests must pass at any hour, in any zone.
set -euo pipefail
cd "$(dirname "$0")/.."

run() {
  local zone=$1 instant=${2:-} why=$3
  echo "  · TZ=$zone${instant:+ CK_TEST_NOW=$instant}: $why"
  TZ=$zone CK_TEST_NOW=$instant env -u TEST_POSTGRES_URL pnpm exec vitest run --reporter=dot
}

run America/New_York "" "the machine west of Greenwich, at the hour the run starts"
run America/New_York 2026-12-08T15:59:30Z "23:59:30 on a Tuesday in Shanghai, the morning before in New York"
run UTC 2028-02-28T16:30:00Z "00:30 on 29 February 2028 in Shanghai, still the 28th in UTC"
run Europe/London 2026-10-25T01:30:00Z "01:30 the second time on 25 October 2026 in London, the hour that repeats"
run Asia/Shanghai 2026-12-31T15:59:00Z "23:59 on New Year's Eve in Shanghai"
