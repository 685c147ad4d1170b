#!/usr/bin/env python3
"""Checks that the JSON Schemas in docs/schemas accept the files they describe.

The C++ readers are the authority; this keeps the published schemas honest
about the demo files and test fixtures that the readers accept.
Usage: check_schemas.py SOURCE_DIR
"""
import json
import pathlib
import sys

import jsonschema

source = pathlib.Path(sys.argv[1])
schemas = source / "docs" / "schemas"

# (schema, files it must accept)
checks = [
    ("rubric.schema.json", ["resources/demo/rubric.json", "tests/data/rubric-all-kinds.json",
                            "tests/data/rubric-authoring-review.json"]),
]

failed = False
for schema_name, files in checks:
    schema = json.loads((schemas / schema_name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for name in files:
        document = json.loads((source / name).read_text(encoding="utf-8"))
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        for error in errors:
            failed = True
            path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.path).lstrip(".")
            print(f"{name}: {path or '(root)'}: {error.message}")
        if not errors:
            print(f"ok  {name} against {schema_name}")
sys.exit(1 if failed else 0)
