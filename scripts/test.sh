#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds, and runs every test (ctest; GUI tests
# use Qt's offscreen platform, so no display is needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd "${RACKLINE_BUILD_DIR:-build}"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
