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
