#!/usr/bin/env bash
# Times iop-lint on generated hostile inputs and prints one Markdown table: each must end in well
# under a second, with its exit code and the rule of its first finding (or its error).
# Usage: scripts/hostile-inputs.sh
#
# - IOP_LINT_BINARY=PATH measures that binary; otherwise a release binary is built.
# - The inputs (generated in a temporary folder, removed afterwards):
#   an ignore glob of 30 `*` against a 200-character file name (exponential for a
#   backtracking matcher); a 100 MB file, a sparse 1 GB file and 1 GB of standard input from
#   /dev/zero (refused by size, never read whole); half a million keys without an alias (not an
#   alias bomb); a billion-laughs alias bomb; 100 000 levels of nesting; and a rule whose pattern
#   makes backtracking regex engines run for ever. And 1 000, 3 000 and 10 000 tiny documents in
#   one file, with every rule: not under a second, but linear in the number of documents
#   (quadratic before: 2.9 / 14.8 / 83.7 s).
# - Wall time of one run each, by Python's perf_counter; run under `nice` on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/iop-lint-binary.sh
binary=$(iop_lint_binary release)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
def write(name, text):
    path = os.path.join(work, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

# An ignore glob of 30 `*` that almost matches a long file name.
write('glob/.iop-lint.yml', 'ignore: ["' + '*a' * 30 + '*b.yaml"]\n')
write('glob/' + 'a' * 200 + '.yaml', 'iop-lint: 1\nkind: iop\n')
# Half a million keys, no alias.
with open(os.path.join(work, 'keys.yaml'), 'w') as f:
    f.write('iop-lint: 1\nx-keys:\n')
    for i in range(500_000):
        f.write(f'  k{i}: 1\n')
# A billion laughs: nine levels of nine aliases.
lines = ['iop-lint: 1', 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for i in range(1, 10):
    p, c = chr(ord('a') + i - 1), chr(ord('a') + i)
    lines.append(f'x-{c}: &{c} [' + ','.join(['*' + p] * 9) + ']')
write('bomb.yaml', '\n'.join(lines) + '\n')
write('deep.yaml', 'iop-lint: 1\nx-deep: ' + '[' * 100_000 + ']' * 100_000 + '\n')
# A pattern that backtracking engines take for ever on 40 `a`s.
write('regex/rules.yml', '''iop-lint-rules: 1
pack: hostile
rules:
  - id: aa
    severity: error
    summary: { en: Title of a and aa, sv: Titel av a och aa }
    message: { en: The title is not all a., sv: Titeln är inte bara a. }
    given: title
    check: { pattern: "^(a|aa)+$" }
''')
write('regex/a.yaml', 'iop-lint: 1\ntitle: ' + 'a' * 40 + 'b\n')
# Many tiny documents in one file.
for count in (1_000, 3_000, 10_000):
    write(f'documents-{count}.yaml', ''.join(f'---\niop-lint: 1\ntitle: Avtal {i}\nkind: iop\n' for i in range(count)))
PY
head -c 100000000 /dev/zero | tr '\0' 'a' > "$work/100mb.yaml"
truncate -s 1G "$work/sparse-1gb.yaml"

# run NAME STDIN ARGS...: one row of the table.
run() {
    local name=$1 stdin=$2
    shift 2
    python3 - "$name" "$stdin" "$@" <<'PY'
import json, subprocess, sys, tempfile, time
name, stdin, command = sys.argv[1], sys.argv[2], sys.argv[3:]
# The report goes to a file, not a pipe: a report of hundreds of MB (10 000 documents) would
# otherwise be timed as it crosses the pipe into Python.
with open(stdin, 'rb') as source, tempfile.TemporaryFile() as report:
    start = time.perf_counter()
    done = subprocess.run(command, stdin=source, stdout=report, stderr=subprocess.PIPE, timeout=600)
    elapsed = time.perf_counter() - start
    report.seek(0)
    output = report.read()
try:
    findings = json.loads(output).get('findings', [])
    first = findings[0]['rule'] if findings else 'no finding'
except ValueError:
    first = done.stderr.decode(errors='replace').strip().splitlines()[-1][:80] if done.stderr else '-'
print(f'| {name} | {elapsed * 1000:.0f} ms | {done.returncode} | {first} |')
PY
}

echo "| hostile input | wall | exit | first finding or error |"
echo "| --- | --- | --- | --- |"
run "ignore glob of 30 \`*\` against a 200-character name" /dev/null "$binary" "$work/glob" --format json
run "100 MB file" /dev/null "$binary" "$work/100mb.yaml" --format json
run "sparse 1 GB file" /dev/null "$binary" "$work/sparse-1gb.yaml" --format json
run "1 GB of standard input (/dev/zero)" /dev/zero "$binary" - --format json
run "half a million keys, no alias" /dev/null "$binary" "$work/keys.yaml" --format json
run "alias bomb (10⁹ values expanded)" /dev/null "$binary" "$work/bomb.yaml" --format json
run "100 000 levels of nesting" /dev/null "$binary" "$work/deep.yaml" --format json
run "pattern \`^(a|aa)+\$\` on 41 characters" /dev/null "$binary" "$work/regex/a.yaml" -r "$work/regex/rules.yml" \
    --pack hostile --format json
for count in 1000 3000 10000; do
    run "$count tiny documents in one file" /dev/null "$binary" "$work/documents-$count.yaml" --format json
done
