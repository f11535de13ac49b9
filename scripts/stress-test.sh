#!/usr/bin/env bash
# The browser suite under load: runs wtr RUNS times in a row while a busy loop keeps every core
# busy, and ends with the totals of all runs, "stress: N passed, M failed". A test that waits a
# fixed time for something instead of waiting for it shows up here.
#
#   scripts/stress-test.sh                 # 3 runs, both browsers, every test file
#   RUNS=1 OG_BROWSERS=firefox scripts/stress-test.sh --files 'test/xss/*.test.ts' --port 8102
#
# RUNS (default 3) and OG_BROWSERS (see web-test-runner.config.mjs) come from the environment;
# arguments go to wtr as they are.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-3}
cores=$(nproc 2>/dev/null || echo 2)
busy=()
stop_busy() {
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null; done
}
trap stop_busy EXIT INT TERM

# One busy loop per core, at the tests' own priority, so that they compete for every core.
for _ in $(seq "$cores"); do
  node -e 'for (;;) {}' &
  busy+=("$!")
done
echo "stress: $cores busy loops, $runs runs of wtr $*"

# wtr's output holds bytes grep takes for binary (its progress bars): every grep reads it as text (-a).
# Each run's whole output is kept in STRESS_LOGS (default: a new temporary folder).
logs=${STRESS_LOGS:-$(mktemp -d)}
mkdir -p "$logs"
echo "stress: the runs' output goes to $logs"
passed=0 failed=0 failed_runs=0
for run in $(seq "$runs"); do
  log="$logs/run-$run.log"
  start=$(date +%s)
  npx wtr "$@" 2>&1 | tee "$log" >/dev/null
  status=${PIPESTATUS[0]}
  line=$(sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | grep -aE '^browser tests: [0-9]+ passed, [0-9]+ failed' | tail -n 1)
  [ -n "$line" ] || line="browser tests: 0 passed, 1 failed"
  p=$(printf '%s' "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
  f=$(printf '%s' "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" -eq 0 ] || failed_runs=$((failed_runs + 1))
  echo "run $run/$runs ($(($(date +%s) - start)) s): $(sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | grep -aE '^[A-Za-z]+ \(all files\): ' | tr '\n' ' ')"
  if [ "$f" -ne 0 ]; then
    sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | grep -aE -A12 '❌' | head -n 80
  fi
done
echo "stress: $runs runs, $failed_runs with a failure"
echo "stress: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
