#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz", clang) and runs each for SECONDS (default
# 60) on a scratch corpus seeded from tests/fuzz/corpus. A crash leaves its input in
# build-fuzz/ as crash-*: make it a regression test, then fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
scripts/install-deps.sh
[[ -f build-fuzz/CMakeCache.txt ]] || cmake --preset fuzz
cmake --build build-fuzz --parallel "$(nproc)" --target fuzz_scenario fuzz_csv
for target in scenario csv; do
  scratch=$(mktemp -d)
  echo "fuzz_$target: ${seconds}s"
  (cd build-fuzz && "tests/fuzz/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 \
      "$scratch" "../tests/fuzz/corpus/$target" 2>&1 | grep -E '^(stat::number_of_executed_units|stat::new_units_added|==|SUMMARY|Done)' || true)
  # libFuzzer exits non-zero on a crash; grep hides it, so look for the artifact it writes.
  if compgen -G "build-fuzz/crash-*" > /dev/null || compgen -G "build-fuzz/leak-*" > /dev/null; then
    echo "fuzz_$target found a crash: see build-fuzz/crash-* or leak-*" >&2
    exit 1
  fi
  rm -rf "$scratch"
done
