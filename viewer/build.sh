#!/usr/bin/env bash
# Builds the viewer's scripts with the machine's node and npm, from the lock file only (Maven calls this).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v npm >/dev/null 2>&1; then
  echo "viewer: npm is needed to build the viewer (Node.js 18 or newer)" >&2
  exit 1
fi
# npm ci starts from nothing; skip it while the installed packages match the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node build.mjs
