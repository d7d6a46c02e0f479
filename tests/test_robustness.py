"""Hostile input: arbitrary text and damaged real reports never break the extractor or its offsets.

CI runs a few hundred examples; a longer local run:
    HYPOTHESIS_PROFILE=long pytest tests/test_robustness.py
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import parse_report
from extractor.schema import errors

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REPORTS = sorted((CORPUS / "dev").glob("*.txt"))[:12]


def check(text: str) -> dict:
    report = parse_report(text)
    assert errors(report) == []
    spans = [span for race in report["races"] for span in race["evidence"]]
    spans += [span for race in report["races"] for result in race["results"] for span in result["evidence"]]
    spans += [span for athlete in report["athletes"] for span in athlete["mentions"]]
    spans += report["competition"]["evidence"]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
    for warning in report["warnings"]:
        assert 0 <= warning["start"] <= warning["end"] <= len(text)
    again = parse_report(text)
    assert json.dumps(again, sort_keys=True) == json.dumps(report, sort_keys=True)
    return report


@given(st.text(max_size=400))
def test_arbitrary_text(text):
    check(text)


ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;()'\"-\n")
    + [
        "(JPN)",
        "(NED)",
        " won ",
        " silver ",
        " bronze ",
        "500m",
        "1:08.12",
        " 37.25 ",
        "Men's ",
        "Ladies' ",
        "\u2019",
        "\u00a0",
        "\u200b",
        "&nbsp;",
        "<p>",
        "</b>",
        "Kodaira",
        "Nuis",
        "team pursuit",
        "second",
        "\r\n",
    ]
)


@given(st.lists(ALPHABET, max_size=120).map("".join))
def test_report_like_noise(text):
    check(text)


def _mutations(text: str, rng: random.Random) -> list[str]:
    sentences = text.split(". ")
    shuffled = sentences[:]
    rng.shuffle(shuffled)
    paragraphs = text.split("\n\n")
    cut = rng.randrange(len(text) + 1)
    return [
        text[:cut],
        ". ".join(shuffled),
        "\n\n".join(paragraphs + paragraphs[: max(1, len(paragraphs) // 2)]),
        text.upper(),
        text.lower(),
        text.replace("\n", "\r\n"),
        "\ufeff" + text,
        text.replace(" ", "\u00a0", 40),
        text.replace("a", "a\u200b", 30),
        text.replace("'", "\u2019").replace('"', "\u201c"),
        text.replace("\u2019", "'"),
        text.replace(" ", "&nbsp;", 25).replace("\n\n", "<br/><br/>", 5),
        "<html><body><p>" + text.replace("\n\n", "</p><p>") + "</p></body></html>",
        text.replace("&", "&amp;"),
    ]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_mutated_corpus_reports(path):
    text = path.read_text(encoding="utf-8")
    rng = random.Random(path.name)
    for mutated in _mutations(text, rng):
        check(mutated)


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_typography_does_not_change_what_is_read(path):
    """Curly quotes, non-breaking and zero-width spaces, entities: read as the plain report is."""
    text = path.read_text(encoding="utf-8")
    plain = parse_report(text)
    fancy = text.replace("'", "\u2019").replace(" ", "\u00a0", 50).replace("e", "e\u200b", 20).replace("&", "&amp;")
    dressed = parse_report(fancy)

    def facts(report):
        return [
            (race["id"], result["rank"], result["name"], result["nation"], result["time"])
            for race in report["races"]
            for result in race["results"]
        ]

    assert facts(dressed) == facts(plain)


def test_a_50000_character_report_works():
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in REPORTS)
    while len(text) < 50_000:
        text += "\n\n" + text
    text = text[:50_000]
    report = check(text)
    assert report["races"]


def test_input_over_the_maximum_is_refused_clearly():
    from extractor.report import MAX_CHARS, ReportTooLarge

    with pytest.raises(ReportTooLarge, match="over the limit"):
        parse_report("x" * (MAX_CHARS + 1))


PATHOLOGICAL = {
    "brackets": "(" * 100_000,
    "colons": "1:" * 50_000,
    "dots": "9." * 50_000,
    "capitals": "Kodaira Nuis Herzog Wüst Takagi " * 3_200,
    "names with codes": "Nao Kodaira (JPN) " * 5_600,
    "medal words": "gold silver bronze won second third " * 2_800,
    "times": "1:08.12 37.25 " * 7_200,
    "quotes": '"' * 100_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_no_input_costs_much_more_per_character_than_a_report(name):
    """Cost per character of a 100 kB pathological string, as a ratio to a real report's in the same run."""
    real = (CORPUS / "dev" / "tomakomai.txt").read_text(encoding="utf-8") * 20
    parse_report(real[:1000])  # warm up

    def cost(text):
        start = time.process_time()
        parse_report(text)
        return (time.process_time() - start) / len(text)

    baseline = min(cost(real) for _ in range(2))
    ratio = cost(PATHOLOGICAL[name]) / baseline
    assert ratio < 5, f"{name}: {ratio:.1f}x the cost per character of a real report"
