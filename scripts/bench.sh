#!/usr/bin/env bash
# The README's benchmark command: <community-events> against FullCalendar 7 in one Chromium run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

install_workspace
ensure_chromium
pnpm run build
pnpm --filter @community-kit/bench run bench
