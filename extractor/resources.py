"""Where the data files live, and loading them once per process."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_dir(name: str) -> Path:
    """The directory `name` ("patterns" or "schemas"), inside the installed package or at the repo top."""
    packaged = resources.files("extractor") / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / name


def pattern_path(filename: str) -> Path:
    return data_dir("patterns") / filename


@cache
def load_json(directory: str, filename: str) -> Any:
    with open(data_dir(directory) / filename, encoding="utf-8") as handle:
        return json.load(handle)


@cache
def load_jsonl(filename: str) -> tuple[dict[str, Any], ...]:
    rows = []
    with open(pattern_path(filename), encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise ValueError(f"{filename}:{number}: {err.msg}") from None
    return tuple(rows)


def vocabulary() -> dict[str, Any]:
    return load_json("patterns", "vocabulary.json")
