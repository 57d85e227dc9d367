#!/usr/bin/env bash
# Packs the library as npm would publish it, installs that tarball into examples/govuk-vite-app (with the
# example's own lock file), builds the example with Vite and runs its tests, including the Chromium test.
# Used by CI: `npm run example:test`. Needs Debian's chromium at /usr/bin/chromium (or CHROMIUM_PATH).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

npm run build --silent
mkdir -p .pack
rm -f .pack/*.tgz
npm pack --silent --pack-destination .pack >/dev/null
# A fixed name, so the example's package.json and lock file do not change with the version.
mv .pack/send-mediation-guidance-*.tgz .pack/send-mediation-guidance.tgz

cd examples/govuk-vite-app
# The lock file pins every registry package; the packed library is the tarball just made (its lock entry carries
# no integrity hash, because the tarball changes with every change to the library).
npm ci --no-audit --no-fund
npm test
