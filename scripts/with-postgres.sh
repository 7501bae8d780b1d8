#!/usr/bin/env bash
# Runs a command with TEST_POSTGRES_URL naming a PostgreSQL server: the one already named, or a
# throwaway one started for this command (installed from Debian's packages when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
if [ -z "${TEST_POSTGRES_URL:-}" ]; then start_throwaway_postgres; fi
"$@"
