#!/usr/bin/env bash
# Builds everything but the benchmarks with AddressSanitizer and UndefinedBehaviorSanitizer
# (preset "asan", configured once into build-asan/) and runs the whole test suite under
# them, GUI suites included (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
[[ -f build-asan/CMakeCache.txt ]] || cmake --preset asan
cmake --build build-asan --parallel "$(nproc)"
cd build-asan
export QT_QPA_PLATFORM=offscreen
# Qt's own libraries are not instrumented; leaks inside them are not ours to fix.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# tst_big_scenario's 100,000 deployments take minutes under ASan; 20,000 go the same paths.
export RACKLINE_BIG_DEPLOYMENTS=${RACKLINE_BIG_DEPLOYMENTS:-20000}
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
