#!/usr/bin/env bash
# Installs what imbench needs from Debian 12's packages (skipped when already
# there), then configures and builds it in ./build.
# Usage: scripts/setup.sh [extra cmake arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake ninja-build pkg-config git
  libtbb-dev libeigen3-dev libboost-program-options-dev libboost-math-dev
  doctest-dev libbenchmark-dev libhdf5-dev libsqlite3-dev librandom123-dev
  libyaml-cpp-dev libxxhash-dev zlib1g-dev libsvm-dev libxgboost-dev nlohmann-json3-dev
  python3 python3-numpy python3-scipy python3-pandas python3-sklearn python3-imblearn python3-xgboost python3-h5py
  librsvg2-bin  # rsvg-convert: PDF and PNG copies of the SVG figures
  libopenblas0-pthread  # numpy's BLAS: the imbalanced-learn baselines of issue 3 were timed with OpenBLAS
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j "$(nproc)"
