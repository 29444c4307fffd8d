#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only those missing.
# Usage: scripts/deps.sh [--gui|--no-gui] [--tools]
#   --tools adds what the screenshots and report checks use (Xvfb, imagemagick, poppler)
#   and promtool (Debian package prometheus) for scb-bench --compare-prometheus.
set -euo pipefail

gui=1
tools=0
for arg in "$@"; do
  case "$arg" in
    --gui) gui=1 ;;
    --no-gui) gui=0 ;;
    --tools) tools=1 ;;
    *) echo "deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake ninja-build pkg-config git
  libgrpc++-dev libgrpc-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler libc-ares-dev
  libsqlite3-dev sqlite3 libzstd-dev
  libcurl4-openssl-dev libyaml-cpp-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3-grpcio python3-protobuf
)
if [ "$gui" = 1 ]; then
  packages+=(
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libvulkan-dev libxkbcommon-dev
    fonts-noto-cjk qt6-translations-l10n
  )
fi
if [ "$tools" = 1 ]; then
  packages+=(xvfb xauth imagemagick poppler-utils xdotool prometheus)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then
    sudo="sudo"
  else
    echo "deps.sh: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
