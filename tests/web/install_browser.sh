#!/bin/sh
# The browser the web end-to-end tests drive: Debian's chromium with a Chinese font. Runs apt-get
# only when /usr/bin/chromium is missing (Playwright's own browser download is not used).
set -e
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" && fc-list 2>/dev/null | grep -qi "color emoji"; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-zenhei fonts-noto-color-emoji >/dev/null
