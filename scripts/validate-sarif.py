#!/usr/bin/env python3
"""Validate SARIF files against the official SARIF 2.1.0 schema.

Usage: scripts/validate-sarif.py REPORT.sarif [MORE.sarif ...]
The schema is read from ../shared/schemas/ when present, else from schemas/ in this repository.
"""
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
CANDIDATES = [
    ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json",
    ROOT / "schemas" / "sarif-schema-2.1.0.json",
]


def main() -> int:
    schema_path = next((p for p in CANDIDATES if p.exists()), None)
    if schema_path is None:
        print("validate-sarif: schema not found in " + ", ".join(map(str, CANDIDATES)), file=sys.stderr)
        return 2
    schema = json.loads(schema_path.read_text())
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema)
    failed = False
    for name in sys.argv[1:]:
        report = json.loads(pathlib.Path(name).read_text())
        errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
        for error in errors:
            location = "/".join(str(p) for p in error.path)
            print(f"{name}: {location}: {error.message}", file=sys.stderr)
        failed = failed or bool(errors)
        results = sum(len(run.get("results", [])) for run in report.get("runs", []))
        print(f"{name}: {'INVALID' if errors else 'valid'} SARIF 2.1.0 ({results} results)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
