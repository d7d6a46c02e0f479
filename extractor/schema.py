"""The report's JSON Schema and a validator compiled once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator

from extractor.resources import load_json


def report_schema() -> dict[str, Any]:
    return load_json("schemas", "report.schema.json")


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    schema = report_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors(report: Any) -> list[str]:
    """Every way `report` breaks the schema, as short readable lines; empty when it is valid."""
    found = []
    for error in sorted(validator().iter_errors(report), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        found.append(f"{where}: {error.message}")
    return found
