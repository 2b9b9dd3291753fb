#!/usr/bin/env bash
# Installs the benchmark's own dependencies (TensorFlow.js 4.22, package-lock.json) into bench/browser/node_modules
# with `npm ci`, from npm's registry only; skipped when node_modules already matches the lock file. Run by Maven
# (pre-integration-test, for BenchPageIT) and by run.sh. node_modules is never committed and never part of the site.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.seqplay-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "bench/browser/install.sh: npm is missing (Node.js's npm); TensorFlow.js cannot be installed" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
