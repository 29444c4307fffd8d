#!/usr/bin/env bash
# Installs what is missing, builds, and starts scb-dashboard with its embedded
# fleet simulator. Arguments pass through: ./scripts/run.sh --server host:50051
set -euo pipefail
source "$(dirname "$0")/common.sh"

"$SCB_ROOT/scripts/deps.sh" --gui
scb_configure
cmake --build "$SCB_BUILD_DIR" --parallel "$SCB_JOBS" --target scb-dashboard scb-telemetryd

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: no display (DISPLAY/WAYLAND_DISPLAY unset); built $SCB_BUILD_DIR/app/scb-dashboard — start it from a desktop or with xvfb-run, or run the server alone: $SCB_BUILD_DIR/backend/scb-telemetryd --help" >&2
  exit 1
fi
exec "$SCB_BUILD_DIR/app/scb-dashboard" "$@"
