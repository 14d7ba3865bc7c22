#!/usr/bin/env bash
# Measures iop-lint against the libyaml-only floor (and yamllint, when installed) and prints one
# table in Markdown. Usage: scripts/benchmark.sh [FILES]
#
# - Builds a release binary and scripts/benchmark/libyaml-floor.c (cc -O2 … -lyaml): libyaml's
#   event parser over the same files, nothing else — no program that reads the YAML can do less.
# - Generates the corpus with scripts/benchmark/corpus.py (deterministic): FILES agreements of
#   about 5 KB (default 10 000) and one agreement each of about 1, 2, 4 and 8 MB. Set
#   IOP_LINT_BENCH_DIR to keep it between runs (it is generated once there).
# - Wall times: each run timed by hyperfine (-N, no shell) when installed, else from Python; the
#   minimum of RUNS runs (default 3, after a warm-up run), as the least disturbed by other work on
#   the machine; of SUBSET_RUNS runs (default 10) for the first 1 000 files, of LARGE_RUNS runs
#   (default 10) for the large agreements and of ONE_FILE_RUNS runs (default 30) for one file,
#   whose runs take hundreds, tens of milliseconds and milliseconds. The
#   commands a ratio compares (the floor, iop-lint, its two job counts) are timed in turns
#   (scripts/benchmark/in-turns.py: each round runs each once), so that they meet the same drift
#   of the machine's speed rather than minutes of their own.
#   On a shared machine wall times are noisy; instruction counts are not.
# - Instructions: valgrind --tool=callgrind (when installed) on the first CALLGRIND_FILES files
#   (default 1 000) with --jobs 1, on the 1 MB agreement and on one file.
# - IOP_LINT_BINARY=PATH measures that binary instead of building one.
# - yamllint (pip install yamllint; when installed) on the first 1 000 files (RUNS runs, without
#   a warm-up) and on one file, in the same table as iop-lint on the same files (the 1 000 files
#   with --jobs 1 and with --jobs 2: yamllint has one way to run, on one core).
# - The cost per MB of the 1, 2, 4 and 8 MB agreements (constant when the cost is linear).
# - The hostile inputs of scripts/hostile-inputs.sh (an alias bomb, a sparse 1 GB file, …).
# - The language server's latency from an edit to its diagnostics (scripts/lsp-latency.py).
# Long, so not part of `swift test`; run it under `nice` on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-10000}
runs=${RUNS:-3}
callgrind_files=${CALLGRIND_FILES:-1000}

. scripts/lib/iop-lint-binary.sh
binary=$(iop_lint_binary release)
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
subset() { # the first N files of the corpus, as a folder of hard links (copies across file systems;
    # a folder walk does not follow symbolic links out of the folder)
    local count=$1 folder=$work/first-$1
    if [ ! -d "$folder" ]; then
        mkdir -p "$folder"
        find "$corpus/files" -name '*.yaml' | sort | head -n "$count" >"$folder.list"
        xargs cp -l -t "$folder" <"$folder.list" 2>/dev/null || xargs cp -t "$folder" <"$folder.list"
    fi
    echo "$folder"
}
one_file=$(subset 1)/00000.yaml

# Seconds, the minimum of WALL_RUNS runs (default $runs) of each command, after WARMUP rounds
# (default 1), one line each in order: the commands, separated by `---`, are timed in turns
# (scripts/benchmark/in-turns.py), each round running each once. Output is discarded.
wall() { # command [argument...] [--- command [argument...]]...
    python3 scripts/benchmark/in-turns.py "${WALL_RUNS:-$runs}" "${WARMUP:-1}" "$@"
}
# Instructions executed by a command (all threads), from callgrind. Swift seeds its hashing
# afresh in every process, which alone moves a count by up to 50 M; a fixed seed makes two runs
# of the same binary count the same.
instructions() {
    rm -f "$work/cg.out"
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>"$work/cg.err" || true
    local total
    total=$(grep -sE '^(summary|totals):' "$work/cg.out" | head -1 | awk '{print $2}')
    [ -n "$total" ] || { echo "callgrind counted nothing for $1:" >&2; tail -n 3 "$work/cg.err" >&2; echo 0; return; }
    echo "$total"
}
# Two decimals below 10, so that a ratio next to its target (1.76 against 1.8, 2.98 against 3)
# does not read as meeting or missing it by rounding.
ratio() { python3 -c 'import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print("—" if not b else f"{a / b:.2f}×" if a / b < 10 else f"{a / b:.1f}×")' "$1" "$2"; }
# Milliseconds: with a decimal below 100 ms, so that a start-up of 10.4 ms does not read as 10.
ms() { python3 -c 'import sys; t = float(sys.argv[1]) * 1000; print(f"{t:.1f} ms" if t < 100 else f"{t:.0f} ms")' "$1"; }
giga() { python3 -c 'import sys; print(f"{int(sys.argv[1]) / 1e9:.3f} G")' "$1"; }

has_valgrind=$(command -v valgrind || true)
has_yamllint=$(command -v yamllint || true)
[ -n "$has_valgrind" ] || echo "valgrind is not installed: no instruction counts" >&2
# Valgrind 3.19 (Debian 12) gives up on the DWARF of Swift 6's release builds ("possibly corrupted
# debuginfo"); a copy without debug information runs the same instructions.
counted=$work/iop-lint-without-debug-info
[ -z "$has_valgrind" ] || strip --strip-debug -o "$counted" "$binary"
[ -n "$has_yamllint" ] || echo "yamllint is not installed (pip install yamllint): no comparison with it" >&2
rows=()
# A row: work, floor, iop-lint, yamllint (or empty); the ratios are computed from the raw figures.
row() { # label kind floor iop-lint [yamllint]; kind is wall or instructions
    local label=$1 kind=$2 f=$3 l=$4 y=${5:-} shown_f shown_l shown_y="—" versus="—"
    if [ "$kind" = wall ]; then shown_f=$(ms "$f") shown_l=$(ms "$l"); else shown_f=$(giga "$f") shown_l=$(giga "$l"); fi
    if [ -n "$y" ]; then
        if [ "$kind" = wall ]; then shown_y=$(ms "$y"); else shown_y=$(giga "$y"); fi
        versus=$(ratio "$y" "$l")
    fi
    rows+=("| $label | $shown_f | $shown_l | $shown_y | $(ratio "$l" "$f") | $versus |")
}

# 10 000 files (or FILES), wall, one core and two.
bytes=$(cat "$corpus"/files/*.yaml | wc -c)
mapfile -t times < <(wall "$floor" "$corpus/files" \
    --- "$binary" "$corpus/files" --jobs 1 --format json --- "$binary" "$corpus/files" --jobs 2 --format json)
floor_all=${times[0]} jobs1=${times[1]} jobs2=${times[2]}
row "$files files ($((bytes / 1000000)) MB), wall, \`--jobs 1\`" wall "$floor_all" "$jobs1"
row "$files files, wall, \`--jobs 2\`" wall "$floor_all" "$jobs2"

# The first 1 000 files: wall against yamllint, and instructions with --jobs 1. A run of a few
# hundred milliseconds is easily disturbed: the minimum of SUBSET_RUNS runs (default 10). yamllint
# takes half a minute a run, which a short disturbance hardly moves: RUNS runs.
thousand=$(subset 1000)
mapfile -t times < <(WALL_RUNS=${SUBSET_RUNS:-10} wall "$floor" "$thousand" \
    --- "$binary" "$thousand" --jobs 1 --format json --- "$binary" "$thousand" --jobs 2 --format json)
f=${times[0]} l=${times[1]}
y=""
[ -z "$has_yamllint" ] || y=$(WARMUP=0 wall yamllint "$thousand")
row "1 000 files, wall, \`--jobs 1\`" wall "$f" "$l" "$y"
# yamllint reads its files one after another and has no option to use more cores; iop-lint uses
# every core unless told otherwise. Both rows compare against the same yamllint measurement.
row "1 000 files, wall, \`--jobs 2\`" wall "$f" "${times[2]}" "$y"
if [ -n "$has_valgrind" ]; then
    first=$(subset "$callgrind_files")
    f=$(instructions "$floor" "$first")
    l=$(instructions "$counted" "$first" --jobs 1 --format json)
    row "$callgrind_files files, instructions, \`--jobs 1\`" instructions "$f" "$l"
fi

# One agreement of 1, 2, 4 and 8 MB: the minimum of LARGE_RUNS runs (default 10), as a run of
# tens of milliseconds is easily disturbed.
large_runs=${LARGE_RUNS:-10}
per_mb=()
for size in 1 2 4 8; do
    file=$corpus/large-${size}mb.yaml
    file_bytes=$(wc -c <"$file")
    mapfile -t times < <(WALL_RUNS=$large_runs wall "$floor" "$file" --- "$binary" "$file" --format json)
    f=${times[0]} l=${times[1]}
    row "one $(((file_bytes + 500000) / 1000000)) MB agreement, wall" wall "$f" "$l"
    per_mb+=("$(python3 -c 'import sys; print(f"{float(sys.argv[1]) * 1e9 / int(sys.argv[2]):.0f}")' "$l" "$file_bytes")")
done
if [ -n "$has_valgrind" ]; then
    f=$(instructions "$floor" "$corpus/large-1mb.yaml")
    l=$(instructions "$counted" "$corpus/large-1mb.yaml" --format json)
    row "one 1 MB agreement, instructions" instructions "$f" "$l"
fi

# One 5 KB file: start-up dominates. A run takes milliseconds, and a shared machine disturbs
# some of them by as much: the minimum of ONE_FILE_RUNS runs (default 30) is taken.
one_file_runs=${ONE_FILE_RUNS:-30}
mapfile -t times < <(WALL_RUNS=$one_file_runs wall "$floor" "$one_file" --- "$binary" "$one_file" --format json)
f=${times[0]} l=${times[1]}
y=""
[ -z "$has_yamllint" ] || y=$(WALL_RUNS=$one_file_runs wall yamllint "$one_file")
row "one 5 KB file, wall (start-up included)" wall "$f" "$l" "$y"
if [ -n "$has_valgrind" ]; then
    f=$(instructions "$floor" "$one_file")
    l=$(instructions "$counted" "$one_file" --format json)
    row "one 5 KB file, instructions (start-up included)" instructions "$f" "$l"
fi

echo
echo "| work | libyaml event scan alone (C) | iop-lint | yamllint | iop-lint ÷ floor | yamllint ÷ iop-lint |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "--jobs 2 is $(ratio "$jobs1" "$jobs2") faster than --jobs 1 on $files files ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))."
echo "Cost per MB of the 1, 2, 4 and 8 MB agreements: ${per_mb[*]} ms (constant when linear in size)."

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
