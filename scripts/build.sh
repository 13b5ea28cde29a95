#!/usr/bin/env bash
# Configures once (Release by default) and builds everything in parallel into build/.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${RACKLINE_BUILD_DIR:-build}
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-Release}"
fi
cmake --build "$build_dir" --parallel "$(nproc)"
