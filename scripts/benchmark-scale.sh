#!/usr/bin/env bash
# Measures iop-lint at scale: peak resident memory (/usr/bin/time -v) and time per output format
# on a generated corpus of FILES agreements (default 100 000), and a cold and a warm run with
# --cache on the first CACHE_FILES of them (default 10 000).
#
# Usage: scripts/benchmark-scale.sh [FILES] [CACHE_FILES]
#
# The corpus is generated deterministically from examples/: file N is example N mod 10 with
# its title numbered, in folders of 1 000. Run it under `nice -n 19`: 100 000 files take
# minutes per format. Targets: at most 64 MB peak for text, jsonl and github; json and sarif
# grow with the findings, not the files.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-100000}
cache_files=${2:-10000}

swift build -c release --product iop-lint >/dev/null
binary=$PWD/.build/release/iop-lint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/corpus" "$files" <<'PY'
import os, pathlib, re, sys
root, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
examples = sorted(p for p in pathlib.Path("examples").rglob("*.yaml"))
texts = [p.read_text(encoding="utf-8") for p in examples]
for n in range(count):
    folder = root / f"{n // 1000:03d}"
    folder.mkdir(parents=True, exist_ok=True)
    source = examples[n % len(examples)]
    text = re.sub(r"^title: (.*)$", lambda m: f"title: {m.group(1)} ({n})", texts[n % len(texts)], count=1, flags=re.M)
    (folder / f"{n:06d}-{source.stem}.yaml").write_text(text, encoding="utf-8")
PY
echo "corpus: $(find "$work/corpus" -name '*.yaml' | wc -l) files, $(du -sb "$work/corpus" | cut -f1) bytes"

measure() {
    local name=$1; shift
    local status=0
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || status=$?
    if [ "$status" -gt 1 ]; then
        echo "$name: iop-lint failed with exit code $status" >&2
        tail -5 "$work/time.txt" >&2
        return 1
    fi
    local rss elapsed
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
    printf '%-28s peak %6d MB   wall %s\n' "$name" "$((rss / 1024))" "$elapsed"
}

for format in text jsonl github json sarif; do
    measure "$files files, $format" "$binary" "$work/corpus" --format "$format" --output "$work/report.$format"
done

if "$binary" --help 2>/dev/null | grep -q -- '--cache'; then
    mkdir -p "$work/cached"
    for n in $(seq 0 $(((cache_files - 1) / 1000))); do
        cp -R "$work/corpus/$(printf '%03d' "$n")" "$work/cached/"
    done
    cached=$(find "$work/cached" -name '*.yaml' | wc -l)
    measure "$cached files, --cache, cold" "$binary" "$work/cached" --cache "$work/cache" --output /dev/null
    measure "$cached files, --cache, warm" "$binary" "$work/cached" --cache "$work/cache" --output /dev/null
    measure "$cached files, no cache" "$binary" "$work/cached" --output /dev/null
fi
