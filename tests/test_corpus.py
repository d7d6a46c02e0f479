"""The regression: the extractor against every hand-labelled report, held to corpus/thresholds.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import evaluate, parse_report

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
THRESHOLDS = json.loads((CORPUS / "thresholds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def results() -> list[evaluate.FileResult]:
    return evaluate.evaluate(evaluate.labelled_files(CORPUS), parse_report)


def _failures(scores: dict[str, evaluate.Score], floor: dict[str, dict[str, float]], where: str) -> list[str]:
    failures = []
    for field, metrics in floor.items():
        for metric, minimum in metrics.items():
            value = getattr(scores[field], metric)
            if value < minimum - 1e-9:
                failures.append(f"{where} {field} {metric} {value:.3f} < {minimum}")
    return failures


def test_both_halves_are_labelled(results):
    halves = {r.half for r in results}
    assert {"dev", "test"} <= halves
    assert sum(r.half == "test" for r in results) >= 10


@pytest.mark.parametrize("half", sorted(THRESHOLDS["halves"]))
def test_half_holds_its_floor(results, half):
    table = evaluate.totals(results)
    failures = _failures(table[half], THRESHOLDS["halves"][half], half)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("name", sorted(THRESHOLDS["files"]))
def test_file_holds_its_floor(results, name):
    matching = [r for r in results if r.path.replace("\\", "/").endswith(name)]
    assert matching, f"no labelled file {name}"
    failures = _failures(matching[0].scores, THRESHOLDS["files"][name], name)
    differences = [f"missing {f} {fact}" for f, fact in matching[0].missing]
    differences += [f"spurious {f} {fact}" for f, fact in matching[0].spurious]
    assert not failures, "\n".join(failures + differences)


def test_scorer_counts_a_wrong_fact_against_precision():
    label = {
        "races": [
            {
                "id": "men-500m",
                "discipline": "500m",
                "results": [{"rank": 1, "name": "Kai Verbij", "nation": "NED", "time": "34.50"}],
            }
        ]
    }
    predicted = {
        "races": [
            {
                "id": "men-500m",
                "discipline": "500m",
                "results": [
                    {"rank": 1, "name": "Kai Verbij", "nation": "GER", "time": "34.50"},
                    {"rank": 2, "name": "Laurent Dubreuil", "nation": "CAN", "time": None},
                ],
            }
        ]
    }
    scores, missing, spurious = evaluate.score_report(predicted, label)
    assert scores["placing"].precision == 0.5 and scores["placing"].recall == 1.0
    assert scores["nation"].true_positives == 0
    assert ("nation", ("men-500m", "kai verbij", "NED")) in missing


def test_scorer_accepts_a_labelled_alias_and_another_name_order():
    label = {
        "races": [
            {
                "id": "women-500m",
                "discipline": "500m",
                "results": [
                    {"rank": 2, "name": "Vanessa Herzog", "aliases": ["Vanesse Herzog"], "nation": "AUT"},
                    {"rank": 3, "name": "KIM Min-sun", "nation": "KOR"},
                ],
            }
        ]
    }
    predicted = {
        "races": [
            {
                "id": "women-500m",
                "discipline": "500m",
                "results": [
                    {"rank": 2, "name": "Vanesse Herzog", "nation": "AUT"},
                    {"rank": 3, "name": "Min-sun Kim", "nation": "KOR"},
                ],
            }
        ]
    }
    scores, _, _ = evaluate.score_report(predicted, label)
    assert scores["placing"].f1 == 1.0
