#!/usr/bin/env bash
# The browser benchmark (docs/performance.md): builds the site and BenchMain (JS + Wasm-GC), installs TensorFlow.js
# (npm ci, benchmark only), then runs the benchmark page in one headless Debian Chromium session (BenchPageIT in
# full mode) and prints the table; it is also written to target/bench/browser-bench.md.
#   bench/browser/run.sh                     W1-W3, 3 timed fits each after a warm-up
#   RUNS=5 bench/browser/run.sh              more fits per median
#   STAGES=s0,s1 bench/browser/run.sh        also time earlier builds side by side (made by build-stage.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
bench/browser/install.sh
mvn -B -q verify -Dit.test=BenchPageIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dseqplay.bench=full -Dseqplay.bench.runs="${RUNS:-3}" -Dseqplay.bench.stages="${STAGES:-}"
cat target/bench/browser-bench.md
