#!/usr/bin/env bash
# Builds the release binary of iop-lint with Swift's own libraries linked in
# (--static-swift-stdlib), checks that it needs nothing from the system beyond the libraries
# below, runs it once, and packs it:
#   .build-release/iop-lint-VERSION-linux-x86_64.tar.gz
#     iop-lint-VERSION-linux-x86_64/iop-lint, README.md, LICENSE (when the repository has one)
# Usage: scripts/release.sh [--no-build] [VERSION]
# VERSION is ToolInfo.version unless given. --no-build checks and packs the binary an earlier
# run built, without building again (the release build takes many minutes).
#
# What the binary may need at run time, and why:
#   libc, libm, ld-linux (glibc)       every Linux program
#   libyaml-0.so.2                     iop-lint's YAML parser (Debian and Ubuntu: libyaml-0-2)
#   libmimalloc.so.2                   iop-lint's memory allocator (Debian and Ubuntu:
#                                      libmimalloc2.0)
#   libgcc_s                           GCC's unwinder, on every glibc system (GCC's C++
#                                      runtime, which the Swift runtime needs, is linked in:
#                                      see scripts/link/libstdc++.so)
#   libz.so.1                          zlib, which ZIPFoundation opens a .docx with (zlib1g)
# Anything else (a Swift library, ICU, libcurl, libxml2, libstdc++) fails the check.
# `iop-lint import` opens libxml2.so.2 (Debian and Ubuntu: libxml2) when it reads a Word
# document's XML; linked, it would load with ICU at every start.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
if [ "${1:-}" = "--no-build" ]; then build=false; shift; fi
version="${1:-$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/IOPLintCore/ToolInfo.swift)}"
[ -n "$version" ] || { echo "release: no version" >&2; exit 2; }
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "release: builds on Linux x86-64 only" >&2; exit 2; }
scratch=.build-release
name="iop-lint-$version-linux-x86_64"

if $build; then
    start=$(date +%s)
    swift build -c release --static-swift-stdlib --product iop-lint --scratch-path "$scratch"
    echo "release: built in $(( $(date +%s) - start )) s"
fi
binary="$scratch/release/iop-lint"
[ -x "$binary" ] || { echo "release: no binary at $binary; run without --no-build" >&2; exit 2; }

allowed='^(libc\.so\.6|libm\.so\.6|ld-linux-x86-64\.so\.2|libyaml-0\.so\.2|libmimalloc\.so\.2|libgcc_s\.so\.1|libz\.so\.1)$'
needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "release: the binary needs: $(echo "$needed" | tr '\n' ' ')"
unexpected=$(echo "$needed" | grep -Ev "$allowed" || true)
if [ -n "$unexpected" ]; then
    echo "release: the binary needs libraries it should not: $unexpected" >&2
    exit 1
fi
if ldd "$binary" | grep -q 'not found'; then
    ldd "$binary" >&2
    echo "release: a library the binary needs is missing on this machine" >&2
    exit 1
fi

# It runs, from an empty folder, with the rules it carries.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
cp "$binary" "$check/"
(cd "$check" && ./iop-lint --version && ./iop-lint rules >/dev/null)
"$check/iop-lint" examples/ --format json >/dev/null || [ $? -eq 1 ]

stage="$scratch/$name"
rm -rf "$stage" && mkdir -p "$stage"
cp "$binary" README.md "$stage/"
strip "$stage/iop-lint"
if [ -f LICENSE ]; then cp LICENSE "$stage/"; else echo "release: no LICENSE in the repository; packed without one" >&2; fi
tar -czf "$scratch/$name.tar.gz" -C "$scratch" "$name"
echo "release: $scratch/$name.tar.gz ($(du -h "$scratch/$name.tar.gz" | cut -f1); binary $(du -h "$stage/iop-lint" | cut -f1))"
