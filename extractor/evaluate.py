"""Scores the extractor against hand-labelled reports: precision, recall and F1 per field, per file and per half.

A labelled report is `NAME.txt` beside `NAME.json` (see corpus/README.md). Facts compared, per field:
- race: the race id;
- placing: (race id, rank, competitor): the athlete's name (or an alias) in individual races, the nation in
  team races;
- nation: (race id, competitor, nation);
- time: (race id, competitor, time).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.athletes import fold

FIELDS = ("race", "placing", "nation", "time")
TEAM = {"team pursuit", "team sprint"}


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.expected += other.expected

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "expected": self.expected,
        }


@dataclass
class FileResult:
    path: str
    half: str
    scores: dict[str, Score]
    missing: list[tuple[str, tuple]] = field(default_factory=list)
    spurious: list[tuple[str, tuple]] = field(default_factory=list)
    error: str | None = None


def name_key(name: str) -> str:
    return " ".join(sorted(fold(name).replace("-", " ").split()))


def _facts(report: dict[str, Any], canonical: Callable[[str], str]) -> dict[str, set[tuple]]:
    facts: dict[str, set[tuple]] = {f: set() for f in FIELDS}
    for race in report.get("races", []):
        race_id = race["id"]
        facts["race"].add((race_id,))
        team = race.get("discipline") in TEAM
        for result in race.get("results", []):
            if team or not result.get("name"):
                competitor = f"nation:{result.get('nation')}" if team else f"unnamed:{result.get('nation')}"
            else:
                competitor = canonical(result["name"])
            facts["placing"].add((race_id, result["rank"], competitor))
            if result.get("nation"):
                facts["nation"].add((race_id, competitor, result["nation"]))
            if result.get("time"):
                facts["time"].add((race_id, competitor, result["time"]))
    return facts


def _canonical_names(label: dict[str, Any]) -> Callable[[str], str]:
    aliases: dict[str, str] = {}
    for race in label.get("races", []):
        for result in race.get("results", []):
            if result.get("name"):
                key = name_key(result["name"])
                aliases.setdefault(key, key)
                for alias in result.get("aliases", []) or []:
                    aliases.setdefault(name_key(alias), key)

    def canonical(name: str) -> str:
        key = name_key(name)
        return aliases.get(key, key)

    return canonical


def score_report(predicted: dict[str, Any], label: dict[str, Any]) -> tuple[dict[str, Score], list, list]:
    canonical = _canonical_names(label)
    got = _facts(predicted, canonical)
    want = _facts(label, canonical)
    scores = {}
    missing, spurious = [], []
    for name in FIELDS:
        hits = got[name] & want[name]
        scores[name] = Score(len(hits), len(got[name]), len(want[name]))
        missing += [(name, fact) for fact in sorted(want[name] - got[name], key=repr)]
        spurious += [(name, fact) for fact in sorted(got[name] - want[name], key=repr)]
    return scores, missing, spurious


def labelled_files(root: Path) -> list[Path]:
    """Every NAME.txt with a NAME.json beside it under root, once each (links to a file count once)."""
    seen: set[str] = set()
    found = []
    candidates = [root] if root.is_file() else sorted(root.rglob("*.txt"))
    for path in candidates:
        if not path.with_suffix(".json").exists():
            continue
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        found.append(path)
    # a linked file is scored under its real location, which says which half it belongs to
    return sorted(found, key=lambda p: os.path.realpath(p))


def half_of(path: Path) -> str:
    parent = Path(os.path.realpath(path)).parent.name
    return parent if parent in ("dev", "test") else "other"


def evaluate(paths: Iterable[Path], parse: Callable[[str], dict[str, Any]]) -> list[FileResult]:
    results = []
    for path in paths:
        label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8-sig")
        predicted = parse(text)
        scores, missing, spurious = score_report(predicted, label)
        results.append(FileResult(str(path), half_of(path), scores, missing, spurious))
    return results


def totals(results: list[FileResult]) -> dict[str, dict[str, Score]]:
    """Micro-averaged scores per half and over everything ("all")."""
    table: dict[str, dict[str, Score]] = {}
    for result in results:
        for half in (result.half, "all"):
            row = table.setdefault(half, {f: Score() for f in FIELDS})
            for name in FIELDS:
                row[name].add(result.scores[name])
    return table


def as_json(results: list[FileResult]) -> dict[str, Any]:
    return {
        "halves": {
            half: {name: score.as_dict() for name, score in row.items()} for half, row in totals(results).items()
        },
        "files": [
            {
                "path": r.path,
                "half": r.half,
                "scores": {name: s.as_dict() for name, s in r.scores.items()},
                "missing": [{"field": f, "fact": list(fact)} for f, fact in r.missing],
                "spurious": [{"field": f, "fact": list(fact)} for f, fact in r.spurious],
            }
            for r in results
        ],
    }


def as_text(results: list[FileResult], show_differences: bool = True) -> str:
    lines = []
    header = f"{'file':<44} " + " ".join(f"{name + ' P/R/F1':>20}" for name in FIELDS)
    lines.append(header)
    lines.append("-" * len(header))
    for r in results:
        cells = " ".join(f"{r.scores[n].precision:>6.3f}/{r.scores[n].recall:.3f}/{r.scores[n].f1:.3f}" for n in FIELDS)
        lines.append(f"{_short(r.path):<44} {cells}")
    if show_differences:
        for r in results:
            if r.missing or r.spurious:
                lines.append("")
                lines.append(f"{r.path}:")
                lines += [f"  missing  {f:<8} {fact}" for f, fact in r.missing]
                lines += [f"  spurious {f:<8} {fact}" for f, fact in r.spurious]
    lines.append("")
    lines.append(f"{'micro-average':<44} " + " ".join(f"{name + ' P/R/F1':>20}" for name in FIELDS))
    for half, row in sorted(totals(results).items()):
        cells = " ".join(f"{row[n].precision:>6.3f}/{row[n].recall:.3f}/{row[n].f1:.3f}" for n in FIELDS)
        lines.append(f"{half:<44} {cells}")
    return "\n".join(lines)


def _short(path: str) -> str:
    parts = Path(path).parts
    return "/".join(parts[-2:])
