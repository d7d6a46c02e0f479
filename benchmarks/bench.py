"""Speed and memory of the extractor, as ratios to baselines measured in the same run.

python benchmarks/bench.py            # the full table (about two minutes on 2 cores)
python benchmarks/bench.py --json     # also write benchmarks/results.json
python benchmarks/bench.py --quick    # a small run, to see that it works
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("*/*.txt"))]


def per_report(function, texts: list[str], rounds: int) -> float:
    """Mean seconds per report, the best of `rounds` passes."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, (time.perf_counter() - start) / len(texts))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="write benchmarks/results.json")
    parser.add_argument("--quick", action="store_true", help="small sizes: check that the benchmark runs")
    args = parser.parse_args()
    reports = 40 if args.quick else 2000
    growth = (2, 4) if args.quick else (8, 32, 128)
    rounds = 1 if args.quick else 3

    import spacy

    from extractor import parse_report, parse_reports

    texts = corpus_texts()
    words = statistics.mean(len(text.split()) for text in texts)
    blank = spacy.blank("en")
    parse_report(texts[0])  # build the pipeline once, outside the timings
    floor = per_report(blank, texts, rounds)
    full = per_report(parse_report, texts, rounds)
    figures: dict[str, object] = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
        f"{__import__('os').cpu_count()} cores",
        "corpus_reports": len(texts),
        "tokenizer_floor_ms": round(floor * 1000, 3),
        "parse_report_ms": round(full * 1000, 3),
        "reports_per_s": round(1 / full, 1),
        "words_per_s": round(words / full),
        "ratio_to_floor": round(full / floor, 2),
    }
    batch = (texts * (reports // len(texts) + 1))[:reports]
    for n_process in (1, 2):
        start = time.perf_counter()
        for _ in parse_reports(batch, n_process=n_process):
            pass
        elapsed = time.perf_counter() - start
        figures[f"parse_reports_{reports}_n{n_process}_s"] = round(elapsed, 2)
        figures[f"parse_reports_n{n_process}_reports_per_s"] = round(reports / elapsed, 1)
    peak_kb = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    figures["peak_rss_mb"] = round(peak_kb / 1024, 1)
    one = texts[0]
    base = per_report(parse_report, [one], rounds) / len(one)
    for factor in growth:
        long = "\n\n".join([one] * factor)
        cost = per_report(parse_report, [long], 1) / len(long)
        figures[f"per_char_cost_ratio_{factor}x"] = round(cost / base, 2)
    extract = shutil.which("extract") or str(Path(sys.executable).parent / "extract")

    def startup(command: list[str]) -> float:
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            best = min(best, time.perf_counter() - start)
        return best

    spacy_import = startup([sys.executable, "-c", "import spacy"])
    extract_run = startup([extract, "corpus/tomakomai.txt"])
    figures["import_spacy_s"] = round(spacy_import, 3)
    figures["extract_startup_s"] = round(extract_run, 3)
    figures["startup_ratio"] = round(extract_run / spacy_import, 2)
    width = max(len(key) for key in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    if args.json:
        (ROOT / "benchmarks" / "results.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
