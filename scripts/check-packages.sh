#!/usr/bin/env bash
# Every package as npm would publish it: publint (package.json, exports and the
# files packed) and "are the types wrong" (types resolve for ESM consumers and
# bundlers; the packages are ESM only, so CommonJS resolution is not asked for);
# then each one's licence, keywords and README (check-package-metadata.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
for package in packages/*/; do
  name=$(node -p "require('./${package}package.json').name")
  echo "  ${name}"
  if ! report=$(cd "$package" && pnpm exec publint --pack pnpm --strict 2>&1 && pnpm exec attw --pack . --profile esm-only 2>&1); then
    echo "$report" >&2
    echo "✗ ${name} would not publish cleanly" >&2
    exit 1
  fi
done
if ! node scripts/check-package-metadata.mjs; then
  echo "✗ a package lacks its licence, keywords or README" >&2
  exit 1
fi
