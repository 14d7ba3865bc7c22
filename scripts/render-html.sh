#!/usr/bin/env bash
# Lints examples/ as one HTML page in Swedish and takes a screenshot of it with headless
# Chromium, to look at the page as a reader would:
#   .build/examples.html  the page
#   .build/examples.png   the screenshot (1280 px wide; height from the first argument, default 4000)
# Needs chromium on PATH (Debian: apt-get install chromium). Exits 0 with the PNG written,
# 1 when iop-lint failed or no PNG came out.
set -euo pipefail
cd "$(dirname "$0")/.."

height="${1:-4000}"
page="$PWD/.build/examples.html"
png="$PWD/.build/examples.png"

swift build --product iop-lint >/dev/null
status=0
.build/debug/iop-lint examples/ --lang sv --format html --output "$page" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "render-html: iop-lint failed with exit code $status" >&2
    exit 1
fi

rm -f "$png"
# Chromium prints GPU and D-Bus complaints on a headless machine; they are noise here.
timeout 120 chromium --headless --disable-gpu --no-sandbox --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="1280,$height" --screenshot="$png" "file://$page" >/dev/null 2>&1 || true
if [ ! -s "$png" ]; then
    echo "render-html: chromium wrote no screenshot" >&2
    exit 1
fi
echo "render-html: $page -> $png"
