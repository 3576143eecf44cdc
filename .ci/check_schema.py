"""Validate compiled framework documents against the shipped JSON Schema."""
import json
import sys

import jsonschema

schema_path, *documents = sys.argv[1:]
with open(schema_path, encoding="utf-8") as handle:
    schema = json.load(handle)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for path in documents:
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.path])
    for error in errors:
        location = "/".join(str(part) for part in error.path)
        print(f"{path}: {location}: {error.message}", file=sys.stderr)
    failed = failed or bool(errors)
    if not errors:
        print(f"{path}: matches the schema")
sys.exit(1 if failed else 0)
