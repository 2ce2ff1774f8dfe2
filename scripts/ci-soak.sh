#!/usr/bin/env bash
# Runs CI as CI does, N times in a row, while a CPU-heavy job keeps every core busy, and records
# each run's result and time. Proof that the suite passes on a loaded runner (decision 0014).
#
#   scripts/ci-soak.sh [RUNS] [REF]      (defaults: 5 runs of HEAD)
#
# Each run: a fresh `git clone` of REF into a temporary folder, then `CI=true bash .ci/run` with
# no standard input, exactly as CI runs it. Meanwhile one busy loop per core (plain Node, no
# network) competes for the CPU. It stops at the first failed run. Logs and a summary table go to
# $SOAK_DIR (default: a new folder under /tmp); the summary is printed at the end.
set -euo pipefail

runs="${1:-5}"
ref="${2:-HEAD}"
repo="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
commit="$(git -C "$repo" rev-parse "$ref")"
dir="${SOAK_DIR:-$(mktemp -d /tmp/onramp-soak-XXXXXX)}"
mkdir -p "$dir"
summary="$dir/summary.md"
cores="$(nproc)"

load_pids=()
start_load() {
  for _ in $(seq "$cores"); do
    node -e 'for (;;) { let x = 0; for (let i = 0; i < 1e7; i++) x += Math.sqrt(i); }' &
    load_pids+=("$!")
  done
}
stop_load() {
  for pid in "${load_pids[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  load_pids=()
}
trap stop_load EXIT

{
  echo "# CI soak: $runs fresh-clone runs of ${commit:0:12} under load"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load: $cores busy loop(s) beside each run."
  echo
  echo "| run | result | closing line | time |"
  echo "|---:|---|---|---:|"
} >"$summary"

failed=0
for n in $(seq "$runs"); do
  clone="$dir/clone-$n"
  rm -rf "$clone"
  git clone --quiet --no-local "$repo" "$clone"
  git -C "$clone" checkout --quiet "$commit"
  start_load
  started=$(date +%s)
  set +e
  (cd "$clone" && CI=true bash .ci/run </dev/null >"$dir/run-$n.log" 2>&1)
  status=$?
  set -e
  elapsed=$(($(date +%s) - started))
  stop_load
  line="$(grep -E '^Tests: [0-9]+ passed, [0-9]+ failed' "$dir/run-$n.log" | tail -1 || true)"
  result=$([ "$status" -eq 0 ] && echo pass || echo "FAIL (exit $status)")
  printf '| %s | %s | `%s` | %dm%02ds |\n' "$n" "$result" "${line:-no closing line}" $((elapsed / 60)) $((elapsed % 60)) >>"$summary"
  echo "soak: run $n/$runs: $result in ${elapsed}s: ${line:-no closing line}"
  rm -rf "$clone"
  if [ "$status" -ne 0 ]; then failed=1; break; fi
done

echo
cat "$summary"
exit "$failed"
