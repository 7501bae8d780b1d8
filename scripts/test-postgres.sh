#!/usr/bin/env bash
# The server's tests on PostgreSQL: the whole suite against a throwaway server (or TEST_POSTGRES_URL's).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/with-postgres.sh pnpm exec vitest run --config vitest.postgres.config.ts "$@"
