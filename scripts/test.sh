#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test through ctest.
# Exits non-zero on any failure. Extra arguments go to ctest (e.g. -R Store).
set -euo pipefail
source "$(dirname "$0")/common.sh"

"$SCB_ROOT/scripts/deps.sh" --gui
scb_configure
cmake --build "$SCB_BUILD_DIR" --parallel "$SCB_JOBS"

# GUI tests run offscreen; nothing here needs a display.
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$SCB_BUILD_DIR" --output-on-failure --parallel "$SCB_JOBS" --timeout 600 "$@"

# In CI (or with SCB_CHECK_NO_GUI=1), prove the backend, the server and their
# tests build without Qt, and that the server links no Qt library.
if [ "${CI:-}" = true ] || [ "${SCB_CHECK_NO_GUI:-0}" = 1 ]; then
  nogui="$SCB_BUILD_DIR-nogui"
  [ -f "$nogui/build.ninja" ] || cmake -S "$SCB_ROOT" -B "$nogui" -G Ninja -DSCB_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$nogui" --parallel "$SCB_JOBS"
  if ldd "$nogui/backend/scb-telemetryd" | grep -qi qt; then
    echo "test.sh: scb-telemetryd links Qt" >&2
    exit 1
  fi
  echo "test.sh: the backend and its tests build without Qt"
fi
