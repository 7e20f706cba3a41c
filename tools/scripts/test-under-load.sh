#!/usr/bin/env bash
# Runs the whole suite with every core kept busy by other processes, to show that no test depends on
# wall time: timing belongs to fake clocks and events, so a slow machine must not fail a test.
# Usage: tools/scripts/test-under-load.sh [runs]   (default 1; each run is `pnpm test --force`)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-1}"
cores="$(node -e 'console.log(require("node:os").availableParallelism())')"
busy=()
# Stop exactly the busy loops this script started, however it ends.
stop_busy() { for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_busy EXIT
for _ in $(seq "$cores"); do
  node -e 'for (;;) {}' &
  busy+=("$!")
done
echo "test-under-load: ${#busy[@]} busy loop(s) on ${cores} core(s), ${runs} run(s) of pnpm test --force"
status=0
for run in $(seq "$runs"); do
  log="$(mktemp)"
  start="$(date +%s)"
  set +e
  pnpm test --force >"$log" 2>&1
  code=$?
  set -e
  echo "run ${run}: exit ${code} in $(( $(date +%s) - start )) s; $(node tools/scripts/summarize-tests.mjs <"$log")"
  if [ "$code" -ne 0 ]; then
    status=1
    grep -E "FAIL|×" "$log" | head -40 || true
  fi
  rm -f "$log"
done
exit "$status"
