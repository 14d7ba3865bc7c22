#!/usr/bin/env bash
# Runs iop-lint's libFuzzer targets. Usage: scripts/fuzz.sh [TARGET] [SECONDS]
#
# FUZZ_NO_BUILD=1 runs the binary already in .build-fuzz without building it again.
# FUZZ_TIMEOUT=N makes an input slower than N seconds (default 10) end the run; it is wall time, so
#   raise it on a loaded machine, where a starved process can pass 10 s on an input that takes
#   a tenth of a second of CPU.
#   TARGET   fuzz-lint (bytes → load → decode → every rule → every reporter), fuzz-rule-file
#            (bytes → rule-file loader → the rules' examples and a fixed agreement) or
#            fuzz-config (bytes → configuration loader); default fuzz-lint.
#   SECONDS  how long to run (default 60).
#
# Builds the target in release mode with libFuzzer and AddressSanitizer into .build-fuzz (so the
# normal .build is untouched), seeds a corpus in .build-fuzz/corpus/TARGET from examples/,
# rules/, the configurations shown in README.md and docs/ and, when present, the YAML test
# suite (YAML_TEST_SUITE, default /work/shared/yaml-test-suite), and runs one fuzzing process at
# low priority. A crash or an input slower than FUZZ_TIMEOUT ends the run and is saved as
# .build-fuzz/artifacts/TARGET/…; replay it with the normal build: `swift run fuzz-lint PATH`. Leak detection is off, for each
# input and at exit (ASAN_OPTIONS=detect_leaks=0, else the exit check saves an empty "crash"): Swift's
# tagged pointers make LeakSanitizer report the built-in packs, which live for the whole
# process, as leaks. Needs a Swift toolchain with libFuzzer and lld (the swift.org toolchains
# for Linux have both); SwiftPM names every executable's entry `<module>_main`, so the targets
# start libFuzzer with LLVMFuzzerRunDriver instead of defining LLVMFuzzerTestOneInput alone.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-fuzz-lint}
seconds=${2:-60}
timeout=${FUZZ_TIMEOUT:-10}
case "$target" in
    fuzz-lint | fuzz-rule-file | fuzz-config) ;;
    *) echo "fuzz.sh: unknown target $target (fuzz-lint, fuzz-rule-file, fuzz-config)" >&2; exit 2 ;;
esac
suite=${YAML_TEST_SUITE:-/work/shared/yaml-test-suite}

[ -n "${FUZZ_NO_BUILD:-}" ] || nice -n 19 swift build -c release --scratch-path .build-fuzz --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >&2
binary=.build-fuzz/release/$target

corpus=.build-fuzz/corpus/$target
artifacts=.build-fuzz/artifacts/$target
mkdir -p "$corpus" "$artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
    seed() { local i=0; while IFS= read -r -d '' file; do cp "$file" "$corpus/$1-$i-$(basename "$file")"; i=$((i + 1)); done; }
    case "$target" in
        fuzz-lint)
            find examples Tests -type f \( -name '*.yaml' -o -name '*.yml' \) ! -name '.iop-lint.yml' -print0 | seed repo
            if [ -d "$suite" ]; then (set +o pipefail; find "$suite" -type f -name '*.yaml' -size -64k -print0 | head -z -n 400 | seed suite); fi ;;
        fuzz-rule-file) find rules Tests -type f -name '*.yml' ! -name '.iop-lint.yml' -print0 | seed repo ;;
        fuzz-config) find examples Tests docs -type f -name '.iop-lint.yml' -print0 | seed repo
            # The configurations the README and the guides show: their YAML blocks that start
            # with a configuration's key (after comments).
            python3 - "$corpus" README.md docs/*.md <<'PY'
import pathlib, re, sys
keys = ("extends", "packs", "rules", "severity", "ignore", "overrides", "lang", "fail-on")
count = 0
for name in sys.argv[2:]:
    for block in re.findall(r"```ya?ml\n(.*?)```", pathlib.Path(name).read_text(), re.S):
        first = next((l for l in block.splitlines() if l.strip() and not l.startswith("#")), "")
        if first.split(":")[0] in keys:
            count += 1
            pathlib.Path(sys.argv[1], f"docs-{count}.yml").write_text(block)
PY
            ;;
    esac
fi
echo "fuzz.sh: $target for $seconds s, corpus $(ls "$corpus" | wc -l) inputs" >&2
ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" nice -n 19 "$binary" "$corpus" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0 \
    -artifact_prefix="$artifacts/" -print_final_stats=1
