# Sourced by the README's commands: makes pnpm available and installs the workspace.
# A fresh machine has only Node.js and npm.
set -euo pipefail

source scripts/lib/debian-packages.sh

PNPM_VERSION=10.34.9

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  if ! npm install --global "pnpm@$PNPM_VERSION" >/dev/null 2>&1; then
    # No rights to install globally: run the pinned pnpm through npx instead.
    pnpm() { npx --yes "pnpm@$PNPM_VERSION" "$@"; }
  fi
fi

# better-sqlite3 compiles from source; node-gyp finds Node's headers here, and pnpm ignores ~/.npmrc's nodedir.
if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi

install_workspace() {
  echo "› Installing dependencies (the first run compiles better-sqlite3, about a minute and a half)"
  pnpm install --frozen-lockfile
}

# Browser tests use Debian's Chromium; a tool's own browser download fails on these machines.
ensure_chromium() {
  export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
  if [ -x "$CHROME_PATH" ]; then return; fi
  echo "› Installing Chromium from Debian's packages"
  install_debian_package chromium
}

# The widgets are judged in Chinese: their layout, line breaks and screenshots need CJK fonts (Noto CJK).
ensure_cjk_fonts() {
  if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; then return; fi
  echo "› Installing Noto CJK fonts from Debian's packages"
  install_debian_package fonts-noto-cjk
}
