#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (preset "asan")
# and runs the whole test suite under them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
[[ -f build-asan/CMakeCache.txt ]] || cmake --preset asan
cmake --build build-asan --parallel "$(nproc)"
cd build-asan
# Qt's own libraries are not instrumented; leaks inside them are not ours to fix.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --output-on-failure --parallel "$(nproc)" --timeout 900
