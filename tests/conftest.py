"""Shared fixtures: the repository root, the seed report, and a runner for the real `extract` script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = REPO_ROOT / "corpus" / "tomakomai.txt"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED_PATH.is_file():
        pytest.skip(f"seed report not found at {SEED_PATH}")
    return SEED_PATH


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    # newline="" keeps the text exactly as stored, so offsets are offsets into the file's characters.
    with open(seed_path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _extract_command() -> str | None:
    # The script installed beside this interpreter first: another "extract" on PATH is not ours.
    beside_python = Path(sys.executable).parent / "extract"
    if beside_python.is_file():
        return str(beside_python)
    return shutil.which("extract")


RunExtract = Callable[..., subprocess.CompletedProcess]


@pytest.fixture(scope="session")
def extract_command() -> str:
    command = _extract_command()
    if command is None:
        pytest.skip(
            "the `extract` console script is not installed: neither on PATH nor next to "
            f"{sys.executable} (install the package, e.g. `pip install -e .`)"
        )
    return command


@pytest.fixture
def run_extract(extract_command: str) -> RunExtract:
    """Run the real console script: run_extract(args, input=None, cwd=REPO_ROOT) -> CompletedProcess."""

    def run(
        args: Sequence[str | os.PathLike], input: str | None = None, cwd: Path | str | None = None
    ) -> subprocess.CompletedProcess:
        return subprocess.run(
            [extract_command, *map(str, args)],
            input=input,
            capture_output=True,
            cwd=str(cwd or REPO_ROOT),
            encoding="utf-8",
            timeout=300,
            check=False,
        )

    return run
