#!/usr/bin/env bash
# Compiles seqplay.web.BenchMain (JS and Wasm-GC) as it was at a git revision into target/bench-stages/NAME, so
# that the benchmark can time builds side by side in one worker (docs/performance.md, "What each step bought"):
#   bench/browser/build-stage.sh NAME REVISION      e.g. build-stage.sh s0 dfd1249
# The revision must have BenchMain and the bench-* executions in pom.xml.
set -euo pipefail
name=$1; rev=$2
root="$(cd "$(dirname "$0")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && git archive "$rev" pom.xml src) | tar -x -C "$work"
P=org.teavm:teavm-maven-plugin:0.16.0
(cd "$work" && mvn -B -q -DskipTests compile "$P:compile@bench-js" "$P:compile@bench-wasm" \
  "$P:copy-webassembly-gc-runtime@bench-wasm-runtime")
mkdir -p "$root/target/bench-stages/$name"
cp "$work"/target/teavm/bench/* "$root/target/bench-stages/$name/"
echo "built $rev as target/bench-stages/$name"
