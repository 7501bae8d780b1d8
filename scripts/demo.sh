#!/usr/bin/env bash
# The README's demo command: installs, builds, seeds the demo database and serves
# the API with the example pages on http://localhost:${PORT:-8080}.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

install_workspace
echo "› Building"
pnpm run build
server=packages/server/dist/cli.js
node "$server" seed demo
echo "› Open http://localhost:${PORT:-8080}/ (Ctrl+C stops the server)"
exec node "$server" serve --static "/embed/=packages/embed/dist" --static "/react/=examples/react-app/dist" --static "/vue/=examples/vue-app/dist" --static "/=examples"
