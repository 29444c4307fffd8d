# Shared by run.sh and test.sh: where to build and how.
# shellcheck shell=bash
SCB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCB_BUILD_DIR="${SCB_BUILD_DIR:-$SCB_ROOT/build}"
SCB_JOBS="${SCB_JOBS:-$(nproc 2>/dev/null || echo 2)}"

scb_configure() {
  # Re-configure only when there is no build tree yet; ninja re-runs cmake itself on changes.
  if [ ! -f "$SCB_BUILD_DIR/build.ninja" ]; then
    cmake -S "$SCB_ROOT" -B "$SCB_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  fi
}
