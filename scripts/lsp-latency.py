#!/usr/bin/env python3
"""Time from a `didChange` to the `publishDiagnostics` of that version, in `iop-lint lsp`.

Usage: scripts/lsp-latency.py [BINARY] [EDITS]

Opens a 5 KB agreement (examples/iop/vasteras-iop-stodboende-utkast.yaml, which has findings of
most packs, padded with an `x-` note to 5 120 bytes), then sends EDITS (default 100) one-character
edits one at a time, as keystrokes in the goal's text, each waiting for the diagnostics of its
version. Prints the median, 90th percentile and worst time, and the server's CPU time per edit
(from /proc, where there is one: on a busy machine it says more than the wall-clock times).
BINARY defaults to .build/release/iop-lint. The server runs in the repository, with its own
configuration discovery.
"""

import json
import os
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/release/iop-lint")
EDITS = int(sys.argv[2]) if len(sys.argv) > 2 else 100
SOURCE = ROOT / "examples/iop/vasteras-iop-stodboende-utkast.yaml"


def agreement() -> str:
    text = SOURCE.read_text(encoding="utf-8")
    note = "x-anteckning: |\n"
    while len((text + note).encode()) < 5120:
        note += "  Utkastet stäms av med föreningen och socialförvaltningen före beslut.\n"
    return text + note


class Server:
    def __init__(self):
        self.process = subprocess.Popen(
            [BINARY, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT
        )

    def send(self, message: dict):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self) -> dict:
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the server closed its output")
            if line == b"\r\n":
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def wait_for_diagnostics(self, version: int) -> list:
        while True:
            message = self.receive()
            params = message.get("params") or {}
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("version") == version:
                return params["diagnostics"]


def cpu_seconds(pid: int):
    """User and system CPU time of a process, from /proc (Linux); None elsewhere."""
    try:
        fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"no binary at {BINARY}: run `swift build -c release --product iop-lint` first")
    text = agreement()
    uri = (ROOT / "examples/iop/latency.yaml").as_uri()  # not written: the text is the client's
    lines = text.split("\n")
    line = next(i for i, l in enumerate(lines) if l.strip().startswith("overall:"))
    column = len(lines[line])

    server = Server()
    server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    server.receive()
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
    findings = len(server.wait_for_diagnostics(1))

    times = []
    cpu_start = None
    for version in range(2, EDITS + 7):
        if version == 7:
            cpu_start = cpu_seconds(server.process.pid)
        # Type a letter at the end of the goal, then delete it: the text stays 5 KB.
        if version % 2 == 0:
            change = {"range": {"start": {"line": line, "character": column},
                                "end": {"line": line, "character": column}}, "text": "x"}
        else:
            change = {"range": {"start": {"line": line, "character": column},
                                "end": {"line": line, "character": column + 1}}, "text": ""}
        start = time.perf_counter()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        server.wait_for_diagnostics(version)
        if version > 6:  # the first five are a warm-up
            times.append((time.perf_counter() - start) * 1000)

    cpu_end = cpu_seconds(server.process.pid)
    server.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    server.receive()
    server.send({"jsonrpc": "2.0", "method": "exit"})
    server.process.wait(timeout=10)

    times.sort()
    p90 = times[int(len(times) * 0.9) - 1]
    print(f"lsp didChange → publishDiagnostics, {len(text.encode())} bytes, {findings} findings, "
          f"{len(times)} edits: median {statistics.median(times):.1f} ms, p90 {p90:.1f} ms, "
          f"max {times[-1]:.1f} ms")
    if cpu_start is not None and cpu_end is not None:
        print(f"server CPU time per edit: {(cpu_end - cpu_start) * 1000 / len(times):.1f} ms "
              f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
