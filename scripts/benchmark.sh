#!/usr/bin/env bash
# Measures iop-lint on generated corpora. Usage: scripts/benchmark.sh [COPIES]
#
# Builds a release binary, copies examples/ COPIES times (default 200) into a temporary folder,
# and times a full lint of it with 1 job and with every core, plus the worst inputs (an alias
# bomb, 100 000 levels of nesting). Uses hyperfine when installed, else a
# Python timing loop (10 runs after a warm-up). Ends with the language server's latency from an edit
# to its diagnostics (scripts/lsp-latency.py).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-200}

swift build -c release --product iop-lint >/dev/null
binary=.build/release/iop-lint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for i in $(seq 1 "$copies"); do
    mkdir -p "$work/corpus/$i"
    cp -R examples/. "$work/corpus/$i/"
done
files=$(find "$work/corpus" -name '*.yaml' -o -name '*.yml' | wc -l)
bytes=$(du -sb "$work/corpus" | cut -f1)

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

echo "corpus: $files files, $bytes bytes ($copies copies of examples/)"
run() {
    local name=$1; shift
    if command -v hyperfine >/dev/null; then
        hyperfine --warmup 1 --runs 10 -i --style basic --output null -n "$name" "$*" 2>/dev/null | grep -E 'Time|Range' || true
    else
        python3 - "$name" "$@" <<'PY'
import statistics, subprocess, sys, time
name, command = sys.argv[1], sys.argv[2:]
subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
times = []
for _ in range(10):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(f"{name}: mean {statistics.mean(times) * 1000:.1f} ms ± {statistics.stdev(times) * 1000:.1f} ms, "
      f"min {min(times) * 1000:.1f} ms (10 runs)")
PY
    fi
}
run "corpus, --jobs 1" "$binary" "$work/corpus" --jobs 1 --format json
run "corpus, all cores" "$binary" "$work/corpus" --format json
run "alias bomb" "$binary" "$work/bomb.yaml"
run "100 000 levels deep" "$binary" "$work/deep.yaml"

echo "language server: a keystroke's edit to its diagnostics"
python3 scripts/lsp-latency.py "$binary"
