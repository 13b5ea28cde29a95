#!/usr/bin/env bash
# Installs the Debian 12 packages Rackline builds and runs with, if any is missing.
# Everything comes from Debian: nothing is downloaded or vendored otherwise.
set -euo pipefail

packages=(
  build-essential cmake
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libeigen3-dev libqcustomplot-dev libbenchmark-dev
  # clang's libFuzzer and sanitizer runtimes, for scripts/fuzz.sh.
  clang libclang-rt-14-dev
  # Fonts with Latin and Greek glyphs, so that offscreen renders and exports have text.
  fonts-dejavu-core fonts-dejavu-extra
  # The C library's locale sources: the CLI test runs under an Italian locale (localedef).
  locales
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
