#!/usr/bin/env bash
# Render an HTML page headlessly in Chromium to a PNG the size of an A4 page at 150 dpi.
# Usage: .ci/screenshot.sh PAGE.html OUT.png
set -euo pipefail
page=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
log=$(mktemp)
if ! chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1240,1754 --screenshot="$2" "file://$page" >"$log" 2>&1; then
  cat "$log" >&2
  echo "error: chromium could not render $1" >&2
  exit 1
fi
[ -s "$2" ] || { cat "$log" >&2; echo "error: chromium wrote no image for $1" >&2; exit 1; }
