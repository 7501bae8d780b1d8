#!/usr/bin/env bash
# The README's test command: installs everything, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

install_workspace
echo "› Type-checking and building"
pnpm run build
echo "› Unit and server tests"
pnpm exec vitest run
