#!/usr/bin/env bash
# Measures iop-lint against the libyaml-only floor (and yamllint, when installed) and prints one
# table in Markdown. Usage: scripts/benchmark.sh [FILES]
#
# - Builds a release binary and scripts/benchmark/libyaml-floor.c (cc -O2 … -lyaml): libyaml's
#   event parser over the same files, nothing else — no program that reads the YAML can do less.
# - Generates the corpus with scripts/benchmark/corpus.py (deterministic): FILES agreements of
#   about 5 KB (default 10 000) and one agreement each of about 1, 2, 4 and 8 MB. Set
#   IOP_LINT_BENCH_DIR to keep it between runs (it is generated once there).
# - Wall times: hyperfine when installed, else a Python loop; the minimum of RUNS runs (default 3,
#   after a warm-up run),
#   as the least disturbed by other work on the machine. On a shared machine wall times are noisy;
#   instruction counts are not.
# - Instructions: valgrind --tool=callgrind (when installed) on the first CALLGRIND_FILES files
#   (default 100) with --jobs 1, on the 1 MB agreement and on one file.
# - IOP_LINT_BINARY=PATH measures that binary instead of building one.
# - yamllint (pip install yamllint; when installed) on the first 1 000 files, against iop-lint on
#   the same files.
# - The hostile inputs of scripts/hostile-inputs.sh (an alias bomb, a sparse 1 GB file, …).
# - The language server's latency from an edit to its diagnostics (scripts/lsp-latency.py).
# Long, so not part of `swift test`; run it under `nice` on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-10000}
runs=${RUNS:-3}
callgrind_files=${CALLGRIND_FILES:-100}

if [ -n "${IOP_LINT_BINARY:-}" ]; then
    binary=$IOP_LINT_BINARY
else
    swift build -c release --product iop-lint >/dev/null
    binary=$PWD/.build/release/iop-lint
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
floor=$work/libyaml-floor
cc -O2 scripts/benchmark/libyaml-floor.c -lyaml -o "$floor"

corpus=${IOP_LINT_BENCH_DIR:-$work/corpus}
if [ ! -f "$corpus/.done-$files" ]; then
    rm -rf "$corpus"
    python3 scripts/benchmark/corpus.py "$corpus" "$files"
    touch "$corpus/.done-$files"
fi
subset() { # the first N files of the corpus, as a folder of links
    local count=$1 folder=$work/first-$1
    if [ ! -d "$folder" ]; then
        mkdir -p "$folder"
        find "$corpus/files" -name '*.yaml' | sort | head -n "$count" | xargs -I{} ln -s {} "$folder/"
    fi
    echo "$folder"
}
one_file=$(subset 1)/00000.yaml

# Seconds, the minimum of $runs runs of a command (output discarded).
wall() {
    if command -v hyperfine >/dev/null; then
        hyperfine --warmup 1 --runs "$runs" -i --style none --export-json "$work/h.json" --output null "$*" \
            >/dev/null 2>&1
        python3 -c 'import json,sys; print(min(json.load(open(sys.argv[1]))["results"][0]["times"]))' "$work/h.json"
    else
        python3 - "$runs" "$@" <<'PY'
import subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
if runs > 1:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(min(times))
PY
    fi
}
# Instructions executed by a command (all threads), from callgrind.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>"$work/cg.err" || true
    grep -E '^(summary|totals):' "$work/cg.out" | head -1 | awk '{print $2}'
}
ratio() { python3 -c 'import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f"{a / b:.1f}×" if b else "—")' "$1" "$2"; }
ms() { python3 -c 'import sys; print(f"{float(sys.argv[1]) * 1000:.0f} ms")' "$1"; }
giga() { python3 -c 'import sys; print(f"{int(sys.argv[1]) / 1e9:.2f} G")' "$1"; }

lint() { "$binary" "$@" --format json; }
rows=()
row() { rows+=("| $1 | $2 | $3 | $4 |"); }

bytes=$(cat "$corpus"/files/*.yaml | wc -c)
floor_all=$(wall "$floor" "$corpus/files")
jobs1=$(wall "$binary" "$corpus/files" --jobs 1 --format json)
jobs2=$(wall "$binary" "$corpus/files" --jobs 2 --format json)
row "$files files ($((bytes / 1000000)) MB), wall, --jobs 1" "$(ms "$floor_all")" "$(ms "$jobs1")" "$(ratio "$jobs1" "$floor_all")"
row "$files files, wall, --jobs 2" "$(ms "$floor_all")" "$(ms "$jobs2")" "$(ratio "$jobs2" "$floor_all")"
for size in 1 2 4 8; do
    file=$corpus/large-${size}mb.yaml
    f=$(wall "$floor" "$file")
    l=$(wall "$binary" "$file" --format json)
    row "one $((($(wc -c <"$file") + 500000) / 1000000)) MB agreement, wall" "$(ms "$f")" "$(ms "$l")" "$(ratio "$l" "$f")"
done
f=$(wall "$floor" "$one_file")
l=$(wall "$binary" "$one_file" --format json)
row "one 5 KB file, wall (start-up included)" "$(ms "$f")" "$(ms "$l")" "—"

if command -v valgrind >/dev/null; then
    first=$(subset "$callgrind_files")
    f=$(instructions "$floor" "$first")
    l=$(instructions "$binary" "$first" --jobs 1 --format json)
    row "$callgrind_files files, instructions, --jobs 1" "$(giga "$f")" "$(giga "$l")" "$(ratio "$l" "$f")"
    f=$(instructions "$floor" "$corpus/large-1mb.yaml")
    l=$(instructions "$binary" "$corpus/large-1mb.yaml" --format json)
    row "one 1 MB agreement, instructions" "$(giga "$f")" "$(giga "$l")" "$(ratio "$l" "$f")"
    f=$(instructions "$floor" "$one_file")
    l=$(instructions "$binary" "$one_file" --format json)
    row "one 5 KB file, instructions (start-up included)" "$(giga "$f")" "$(giga "$l")" "$(ratio "$l" "$f")"
else
    echo "valgrind is not installed: no instruction counts" >&2
fi

echo
echo "| work | libyaml event scan alone (C) | iop-lint | ratio |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "--jobs 2 is $(ratio "$jobs1" "$jobs2") faster than --jobs 1 on $files files ($(nproc) cores)."
if command -v yamllint >/dev/null; then
    first=$(subset 1000)
    y=$(RUNS=1 wall yamllint "$first")
    l=$(wall "$binary" "$first" --jobs 1 --format json)
    echo "yamllint takes $(ms "$y") on the first 1 000 files, iop-lint --jobs 1 $(ms "$l"): $(ratio "$y" "$l") faster."
else
    echo "yamllint is not installed (pip install yamllint): no comparison with it." >&2
fi

# The worst inputs: an alias bomb, 100 000 levels of nesting.
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for i in range(1, 10):
    p, c = chr(ord('a') + i - 1), chr(ord('a') + i)
    lines.append(f'{c}: &{c} [' + ','.join(['*' + p] * 9) + ']')
open(f'{work}/bomb.yaml', 'w').write('\n'.join(lines) + '\n')
open(f'{work}/deep.yaml', 'w').write('[' * 100000 + ']' * 100000 + '\n')
PY
echo "An alias bomb takes $(ms "$(wall "$binary" "$work/bomb.yaml")"), 100 000 levels of nesting $(ms "$(wall "$binary" "$work/deep.yaml")")."

echo "Hostile inputs (scripts/hostile-inputs.sh):"
IOP_LINT_BINARY=$binary scripts/hostile-inputs.sh

echo "Language server: a keystroke's edit to its diagnostics"
python3 scripts/lsp-latency.py "$binary"
