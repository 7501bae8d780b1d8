#!/usr/bin/env bash
# The README's test command: installs everything, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh
source scripts/lib/postgres.sh

install_workspace
ensure_chromium
ensure_cjk_fonts
# One throwaway PostgreSQL server for the run: the server suite and the end-to-end tests use it.
start_throwaway_postgres
echo "› Format and lint (Biome; \`pnpm exec biome check --write .\` fixes what it can)"
pnpm exec biome ci .
echo "› Type-checking and building"
pnpm run build
pnpm exec tsc -p tsconfig.tests.json
echo "› Packages as published (publint, are the types wrong)"
bash scripts/check-packages.sh
echo "› The release flow (changesets) on a copy of the manifests"
node scripts/test-release-flow.mjs
echo "› An outsider's install: the packages packed, installed with npm in a fresh project, used as ESM and through require()"
bash scripts/test-packed-packages.sh
echo "› Bundle sizes"
pnpm --filter @community-kit/embed run size
echo "› Each chunk a widget loads from names every chunk it needs (no chain of round trips)"
pnpm --filter @community-kit/embed run imports
echo "› Unit and server tests (the server on SQLite)"
env -u TEST_POSTGRES_URL pnpm exec vitest run
echo "› Unit and server tests at any hour: in New York's zone, and with the clock at awkward instants"
bash scripts/test-any-hour.sh
echo "› Server tests again on PostgreSQL"
bash scripts/test-postgres.sh
echo "› Component tests in Chromium"
env -u TEST_POSTGRES_URL pnpm exec web-test-runner
echo "› Storybook build"
pnpm --filter @community-kit/stories run build
echo "› End-to-end: Chromium against the demo server and a fresh database (SQLite, and PostgreSQL where named)"
pnpm --filter @community-kit/e2e test
