#!/usr/bin/env bash
# The html format at the size of a region's register: writes N agreements (default 500; see below),
# lints them as one HTML page in Swedish with the built-in packs,
# loads the page in headless Chromium and prints its size and how long it takes to load, then
# takes a screenshot of its top:
#   .build/html-scale/report.html   the page
#   .build/html-scale/report.png    the screenshot (1280 × 2400)
# Load time is measured inside Chromium: a wrapper page starts a clock, loads the report in a
# frame and stops the clock at the frame's load event (HTML parsed, style computed, the page's
# script run); the best of three runs is printed. Needs chromium (Debian: apt-get install
# chromium). IOP_LINT_BINARY picks the binary (default: a debug build of this checkout).
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-500}"
out="$PWD/.build/html-scale"
page="$out/report.html"
png="$out/report.png"
. scripts/lib/iop-lint-binary.sh
binary=$(iop_lint_binary debug)
command -v chromium >/dev/null || { echo "render-html-scale: needs chromium on PATH" >&2; exit 2; }

rm -rf "$out" && mkdir -p "$out"
# A register holds finished agreements beside drafts: two in three are drafts from the
# benchmark corpus (each with something to fix), one in three copies of the examples that pass
# with --fail-on warning (nothing to fix, so collapsed on the page).
finished=$(( count / 3 ))
python3 scripts/benchmark/corpus.py "$out/corpus" "$(( count - finished ))" >/dev/null
rm -f "$out"/corpus/large-*.yaml
clean=()
while IFS= read -r -d '' example; do
    if "$binary" "$example" --fail-on warning --format text >/dev/null 2>&1; then clean+=("$example"); fi
done < <(find examples -name '*.yaml' -print0 | sort -z)
[ "${#clean[@]}" -gt 0 ] || { echo "render-html-scale: no example passes with --fail-on warning" >&2; exit 1; }
for ((i = 0; i < finished; i++)); do
    cp "${clean[i % ${#clean[@]}]}" "$out/corpus/files/finished-$(printf %05d "$i").yaml"
done
status=0
start=$(date +%s%N)
(cd "$out/corpus" && "$binary" files --lang sv --format html --output "$page") || status=$?
lint_ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "render-html-scale: iop-lint failed with exit code $status" >&2
    exit 1
fi

cat >"$out/wrapper.html" <<'EOF'
<!DOCTYPE html>
<html><body>
<p id="time">no load event</p>
<script>
  var start = performance.now();
  var frame = document.createElement("iframe");
  frame.style.width = "1280px";
  frame.style.height = "2400px";
  frame.onload = function () {
    document.getElementById("time").textContent = "load-ms=" + Math.round(performance.now() - start);
  };
  frame.src = "report.html";
  document.body.appendChild(frame);
</script>
</body></html>
EOF

chrome() {
    timeout 300 chromium --headless --disable-gpu --no-sandbox --hide-scrollbars --force-device-scale-factor=1 \
        --allow-file-access-from-files "$@" 2>/dev/null
}
best=""
for _ in 1 2 3; do
    ms=$(chrome --dump-dom "file://$out/wrapper.html" | sed -n 's/.*load-ms=\([0-9]*\).*/\1/p')
    [ -n "$ms" ] || { echo "render-html-scale: chromium reported no load time" >&2; exit 1; }
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best="$ms"; fi
done
chrome --window-size=1280,2400 --screenshot="$png" "file://$page" >/dev/null || true
[ -s "$png" ] || { echo "render-html-scale: chromium wrote no screenshot" >&2; exit 1; }

files=$(find "$out/corpus/files" -name '*.yaml' | wc -l)
bytes=$(wc -c <"$page")
collapsed=$(grep -c '<details class="file-body">' "$page" || true)
open=$(grep -c '<details class="file-body" open' "$page" || true)
echo "render-html-scale: $files agreements linted in ${lint_ms} ms (exit $status)"
echo "render-html-scale: page $bytes bytes ($(( bytes / 1024 )) KiB); $open sections open, $collapsed collapsed"
echo "render-html-scale: load in headless Chromium: ${best} ms (best of 3)"
echo "render-html-scale: $page -> $png"
