#!/bin/sh
# Makes sure headless Chromium and CJK fonts exist for the pane's browser tests (test/pane).
# Debian/Ubuntu only; nothing is installed when Chromium (/usr/bin/chromium or $CHROMIUM_PATH) and a
# Chinese font (fonts-noto-cjk) are already there.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null | head -n 1)" ]
}
if [ -x "$CHROMIUM" ] && has_cjk_font; then
  echo "chromium: $CHROMIUM; CJK font: $(fc-list :lang=zh family | head -n 1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium or a CJK font missing and apt-get unavailable: install Chromium and fonts-noto-cjk" \
    "(set CHROMIUM_PATH if Chromium is elsewhere)" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
PACKAGES="fonts-noto-cjk fontconfig"
[ -x "$CHROMIUM" ] || PACKAGES="chromium $PACKAGES"
$SUDO apt-get update
# shellcheck disable=SC2086 # PACKAGES is a word list
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $PACKAGES
echo "chromium: $($CHROMIUM --version)"
