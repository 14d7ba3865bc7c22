#!/usr/bin/env python3
"""Times commands in turns and prints the minimum wall time of each, in seconds, a line each.

Usage: in-turns.py RUNS WARMUP COMMAND [ARGUMENT...] [--- COMMAND [ARGUMENT...]]...

A shared machine's speed drifts by a fifth or more from one minute to the next, so commands timed
one after the other differ by the moments they met as much as by what they do. Here each round
runs every command once, in the order given, so that all of them meet the same drift: the ratios
of their minimums are those of the commands. WARMUP untimed rounds come first. Output is thrown
away. With hyperfine installed each run is timed by it (`hyperfine -N`, no shell, as the rest of
scripts/benchmark.sh times), else from this process around the child's start and end.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def commands_of(words):
    """The commands in `words`, split at each `---`."""
    commands, current = [], []
    for word in words:
        if word == "---":
            commands.append(current)
            current = []
        else:
            current.append(word)
    commands.append(current)
    if any(not command for command in commands):
        sys.exit("in-turns.py: an empty command")
    return commands


def timer(folder):
    """A function that runs a command once and returns its wall time in seconds; hyperfine's
    report of the run is written in `folder`."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine is None:

        def timed(command):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return time.perf_counter() - start

        return timed
    export = os.path.join(folder, "run.json")

    def timed(command):
        subprocess.run(
            [hyperfine, "-N", "--runs", "1", "--warmup", "0", "-i", "--style", "none", "--output", "null",
             "--export-json", export, " ".join(command)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        with open(export) as file:
            return json.load(file)["results"][0]["times"][0]

    return timed


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    runs, warmup = int(sys.argv[1]), int(sys.argv[2])
    commands = commands_of(sys.argv[3:])
    with tempfile.TemporaryDirectory(prefix="in-turns-") as folder:
        timed = timer(folder)
        for _ in range(warmup):
            for command in commands:
                timed(command)
        minimums = [float("inf")] * len(commands)
        for _ in range(max(runs, 1)):
            for index, command in enumerate(commands):
                minimums[index] = min(minimums[index], timed(command))
    for minimum in minimums:
        print(minimum)


if __name__ == "__main__":
    main()
