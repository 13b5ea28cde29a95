#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds, and starts Rackline on the bundled
# scenario. Extra arguments go to the app (e.g. --scenario FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec "${RACKLINE_BUILD_DIR:-build}/app/gui/rackline" "$@"
