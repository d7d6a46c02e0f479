"""The benchmark script runs (a smoke test: no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_on_a_small_input():
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for key in ("tokenizer_floor_ms", "ratio_to_floor", "per_char_cost_ratio_4x", "startup_ratio", "peak_rss_mb"):
        assert key in done.stdout
