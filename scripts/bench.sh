#!/usr/bin/env bash
# The README's benchmark command: <community-events> against FullCalendar 7 in one Chromium run,
# and load on the server on SQLite and on a throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh
source scripts/lib/postgres.sh

install_workspace
ensure_chromium
pnpm run build
start_throwaway_postgres
# Only the load benchmark compares the engines, by name; the rest runs on SQLite, as RESULTS.md says.
export BENCH_POSTGRES_URL="$TEST_POSTGRES_URL"
unset TEST_POSTGRES_URL
pnpm --filter @community-kit/bench run bench
