#!/usr/bin/env python3
"""Times two builds of iop-lint on the same command line, in turns, and checks their output.

Usage: compare-builds.py [--runs N] [--warmup N] BINARY_A BINARY_B -- ARGUMENTS...

On a shared or virtual machine the wall time of a program drifts by a fifth or more from one
minute to the next, so two builds timed one after the other can differ by more than the change
between them. This script runs `BINARY_A ARGUMENTS` and `BINARY_B ARGUMENTS` in turns, N times
each (default 10, after one warm-up run of each), so that both meet the same disturbances, and
prints the minimum, first quartile and median of each and the ratio of the minimums (B ÷ A),
with the median CPU time (user and system, all threads) and page faults of each run.

Before timing, it runs each build once and compares standard output and the exit code: a change
meant only for speed must leave the report byte for byte the same. It says where they differ
and exits 1 then (timing them anyway). Standard output goes to /dev/null while timing.

Example (the release build of main against the one of a branch, 10 000 files, two jobs):
    scripts/compare-builds.py --runs 5 /tmp/iop-main .build/release/iop-lint -- \\
        --jobs 2 --format json /tmp/corpus/files
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run_once(command):
    """Standard output and exit code of one run."""
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return done.stdout, done.returncode


def first_difference(a, b):
    """The offset of the first byte where `a` and `b` differ (or where the shorter ends)."""
    for offset, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return offset
    return min(len(a), len(b))


def timed(command):
    """One run, its output thrown away: wall time, user and system CPU time (all threads), in
    milliseconds, and minor page faults (the kernel clearing fresh memory), from the child's
    resource usage."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    return wall, usage.ru_utime * 1000, usage.ru_stime * 1000, usage.ru_minflt


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each build (default 10)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each build first (default 1)")
    parser.add_argument("binary_a")
    parser.add_argument("binary_b")
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    arguments = options.arguments[1:] if options.arguments[:1] == ["--"] else options.arguments
    if options.runs < 1:
        parser.error("--runs must be at least 1")
    commands = [[options.binary_a] + arguments, [options.binary_b] + arguments]

    status = 0
    (out_a, code_a), (out_b, code_b) = run_once(commands[0]), run_once(commands[1])
    if code_a != code_b:
        print(f"exit codes differ: A {code_a}, B {code_b}")
        status = 1
    if out_a != out_b:
        print(
            f"standard output differs from byte {first_difference(out_a, out_b)} "
            f"(A {len(out_a)} bytes, B {len(out_b)} bytes)")
        status = 1
    else:
        print(f"same output ({len(out_a)} bytes, exit code {code_a})")

    for _ in range(options.warmup):
        for command in commands:
            timed(command)
    times = [[], []]
    for _ in range(options.runs):
        for index, command in enumerate(commands):
            times[index].append(timed(command))

    for name, command, runs in zip("AB", commands, times):
        ordered = sorted(run[0] for run in runs)
        user, system, faults = (statistics.median(run[index] for run in runs) for index in (1, 2, 3))
        print(
            f"{name}: min {ordered[0]:9.1f} ms  p25 {ordered[len(ordered) // 4]:9.1f} ms  "
            f"median {statistics.median(ordered):9.1f} ms  ({command[0]})")
        print(f"   median CPU: user {user:9.1f} ms  system {system:8.1f} ms  page faults {faults:8.0f}")
    ratio = min(run[0] for run in times[1]) / min(run[0] for run in times[0])
    print(f"B ÷ A (minimums): {ratio:.3f}  ({options.runs} runs of each, in turns)")
    return status


if __name__ == "__main__":
    sys.exit(main())
