#!/usr/bin/env python3
"""Checks that the batch format's JSON Schemas (docs/schemas/batch-*.schema.json)
accept every record of the example and fixture batches the C++ reader accepts,
and refuse the broken records it refuses.

Usage: check_batch_schemas.py SOURCE_DIR
"""
import json
import pathlib
import sys

import jsonschema

source = pathlib.Path(sys.argv[1])
schemas = {}
for path in sorted((source / "docs" / "schemas").glob("batch-*.schema.json")):
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    record_type = schema["properties"]["type"]["const"]
    schemas[record_type] = jsonschema.Draft202012Validator(schema)

valid = sorted((source / "resources" / "demo" / "batches").glob("*.jsonl"))
valid += sorted((source / "tests" / "data" / "batch").glob("valid-*.jsonl"))
# Records the reader refuses for their shape; the schema must refuse them too.
refused = {"schema-error.jsonl": 3, "unknown-field.jsonl": 2, "unknown-version.jsonl": 1, "unknown-type.jsonl": 3,
           "turns-role.jsonl": 3, "turns-not-list.jsonl": 3, "turns-not-object.jsonl": 3, "turns-content.jsonl": 3,
           "turns-no-role.jsonl": 3}

failed = False
for path in valid:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        validator = schemas.get(record.get("type"))
        errors = list(validator.iter_errors(record)) if validator else ["unknown type"]
        for error in errors:
            failed = True
            print(f"{path.name}:{number}: {getattr(error, 'message', error)}")
    print(f"ok  {path.name}")
for name, number in refused.items():
    record = json.loads((source / "tests" / "data" / "batch" / name).read_text(encoding="utf-8").splitlines()[number - 1])
    validator = schemas.get(record.get("type"))
    if validator and validator.is_valid(record):
        failed = True
        print(f"{name}:{number}: the schema accepts a record the reader refuses")
    else:
        print(f"ok  {name}:{number} refused")
sys.exit(1 if failed else 0)
