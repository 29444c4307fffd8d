#!/usr/bin/env bash
# Starts scb-dashboard on a private Xvfb screen, waits, and saves a screenshot.
# Usage: scripts/screenshot.sh OUT.png [WIDTHxHEIGHT] [SECONDS] [-- dashboard args]
#   SCB_SHOT_KEYS="ctrl+2" presses keys (xdotool) before the shot, e.g. to pick a tab;
#   SCB_SHOT_CLICKS="400,300 120,80" then clicks those points (x,y) in order.
# For looking at what a change did; needs the --tools packages (scripts/deps.sh --tools).
set -euo pipefail
source "$(dirname "$0")/common.sh"

out="${1:?usage: screenshot.sh OUT.png [WxH] [SECONDS] [-- args]}"
shift
size="1920x1080"
wait_s=8
if [ $# -gt 0 ] && [ "$1" != "--" ]; then size="$1"; shift; fi
if [ $# -gt 0 ] && [ "$1" != "--" ]; then wait_s="$1"; shift; fi
[ "${1:-}" = "--" ] && shift

"$SCB_ROOT/scripts/deps.sh" --tools >/dev/null
display=":$((90 + RANDOM % 800))"
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY="$display" "$SCB_BUILD_DIR/app/scb-dashboard" "$@" &
app=$!
sleep "$wait_s"
for key in ${SCB_SHOT_KEYS:-}; do
  # No window manager gives focus: give it to the dashboard first.
  DISPLAY="$display" xdotool search --name "^SCB " windowfocus --sync key "$key" || true
  sleep 1.5
done
for point in ${SCB_SHOT_CLICKS:-}; do
  DISPLAY="$display" xdotool mousemove --sync "${point%,*}" "${point#*,}" sleep 0.3 mousedown 1 sleep 0.2 mouseup 1 || true
  sleep 2
done
DISPLAY="$display" import -window root "$out"
echo "saved $out ($size)"
