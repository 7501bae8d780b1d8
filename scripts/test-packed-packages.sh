#!/usr/bin/env bash
# An outsider's install (issue 21): every public package packed as it would be published (pnpm pack
# writes workspace:* as versions and takes publishConfig's exports), installed with plain npm into a
# fresh project outside the workspace, then test/packed/checks.mjs against the demo server, once as
# ESM and once through require(); then the READMEs' examples, type-checked there and run against the
# demo server (test/packed/readme-examples.mjs). @community-kit/server is packed and checked by publint like the
# rest, but not installed here: its better-sqlite3 compiles from source for a minute and a half, and
# npm 11 blocks that build script unless told to run it; the demo server runs from the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/tarballs" "$work/outsider"
for package in packages/*/; do
  if [ "$(node -p "Boolean(require('./${package}package.json').private)")" = true ] || [ "$package" = packages/server/ ]; then continue; fi
  (cd "$package" && pnpm pack --pack-destination "$work/tarballs" > /dev/null)
done
cp test/packed/checks.mjs test/packed/smoke.mjs test/packed/smoke.cjs "$work/outsider/"
echo '{ "name": "outsider", "version": "1.0.0", "private": true }' > "$work/outsider/package.json"
# With the types a TypeScript user of the README's examples has (the versions the workspace tests with).
(cd "$work/outsider" && npm install --no-audit --no-fund --loglevel=error "$work"/tarballs/*.tgz @types/node@20.19.8 @types/react@19.3.0)

node test/packed/demo-server.mjs > "$work/demo.json" &
server=$!
for _ in $(seq 1 100); do [ -s "$work/demo.json" ] && break; sleep 0.2; done
url=$(node -p "require('$work/demo.json').url")
event=$(node -p "require('$work/demo.json').eventId")
(cd "$work/outsider" && node smoke.mjs "$url" "$event" && node smoke.cjs "$url" "$event")
node test/packed/readme-examples.mjs "$work/outsider" "$url" "$(node -p "require('$work/demo.json').apiKey")"
