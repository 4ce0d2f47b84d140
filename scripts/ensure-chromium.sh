#!/bin/sh
# Makes sure headless Chromium and CJK fonts exist for the pane's browser tests (test/pane).
# Debian/Ubuntu only; skipped when /usr/bin/chromium (or $CHROMIUM_PATH) is already there.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium: $CHROMIUM"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium missing and apt-get unavailable: install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-noto-cjk
echo "chromium: $($CHROMIUM --version)"
