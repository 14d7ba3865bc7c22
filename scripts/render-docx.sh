#!/usr/bin/env bash
# Renders an agreement as a Word document, converts it to PDF with LibreOffice and to PNG pages
# with pdftoppm, to look at the document as the parties will sign it:
#   .build/docx-preview/NAME.docx      the Word document (iop-lint render --format docx)
#   .build/docx-preview/NAME.pdf       as LibreOffice lays it out
#   .build/docx-preview/NAME-N.png     page N, 80 dpi
# Usage: scripts/render-docx.sh [AGREEMENT.yaml] [--lang sv|en]
#   (default examples/iop/huddinge-iop-kvinna.yaml)
# Needs soffice (Debian: apt-get install libreoffice-writer) and pdftoppm (poppler-utils).
# Exits 0 with the pages written, 1 when a step failed.
set -euo pipefail
cd "$(dirname "$0")/.."

agreement="${1:-examples/iop/huddinge-iop-kvinna.yaml}"
shift || true
for tool in soffice pdftoppm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "render-docx: $tool is not installed (apt-get install libreoffice-writer poppler-utils)" >&2
        exit 1
    fi
done

out="$PWD/.build/docx-preview"
name="$(basename "$agreement" .yaml)"
mkdir -p "$out"
rm -f "$out/$name".docx "$out/$name".pdf "$out/$name"-*.png

swift build --product iop-lint >/dev/null
.build/debug/iop-lint render "$agreement" --format docx -o "$out/$name.docx" "$@"

# A profile of its own, so that a running LibreOffice does not take the job.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
timeout 180 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" \
    "$out/$name.docx" >/dev/null 2>&1 || true
if [ ! -s "$out/$name.pdf" ]; then
    echo "render-docx: LibreOffice wrote no PDF" >&2
    exit 1
fi
pdftoppm -r 80 -png "$out/$name.pdf" "$out/$name"
pages=$(ls "$out/$name"-*.png | wc -l)
echo "render-docx: $out/$name.docx -> $out/$name.pdf -> $pages PNG pages ($out/$name-1.png …)"
