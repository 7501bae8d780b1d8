#!/usr/bin/env bash
# The server's tests on PostgreSQL: a throwaway server for this run, then the whole suite against it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
start_throwaway_postgres
pnpm exec vitest run --config vitest.postgres.config.ts "$@"
