"""Offsets point into the exact text given, whatever its quotes, spaces and line breaks; output is stable."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from extractor import parse_report
from extractor.normalize import normalize
from extractor.schema import errors


def all_spans(report):
    """(where, span) for every span in the report that carries offsets."""
    for i, race in enumerate(report["races"]):
        for span in race["evidence"]:
            yield f"races/{i}/evidence", span
        for j, result in enumerate(race["results"]):
            for span in result["evidence"]:
                yield f"races/{i}/results/{j}/evidence", span
    for i, athlete in enumerate(report["athletes"]):
        for span in athlete["mentions"]:
            yield f"athletes/{i}/mentions", span
    for i, warning in enumerate(report["warnings"]):
        yield f"warnings/{i}", warning
        for span in warning.get("spans", []):
            yield f"warnings/{i}/spans", span
    for span in report["competition"].get("evidence", []):
        yield "competition/evidence", span


def assert_offsets_exact(text, report):
    count = 0
    for where, span in all_spans(report):
        start, end = span["start"], span["end"]
        assert 0 <= start <= end <= len(text), (where, span)
        if "text" in span or not where.startswith("warnings/"):
            assert text[start:end] == span["text"], (where, span)
        count += 1
    return count


def _nbsp_every_third_space(text):
    out, spaces = [], 0
    for char in text:
        if char == " ":
            spaces += 1
            out.append("\u00a0" if spaces % 3 == 0 else " ")
        else:
            out.append(char)
    return "".join(out)


def _zero_width_in_names(text):
    for name, broken in [
        ("Kodaira", "Koda\u200bira"),
        ("Herzog", "Her\u200bzog"),
        ("W\u00fcst", "W\u00fc\u200bst"),
        ("Shinhama", "Shin\u200chama"),
        ("Lollobrigida", "Lollo\u00adbrigida"),
    ]:
        assert name in text
        text = text.replace(name, broken)
    return text


def _curly_quotes(text):
    return text.replace("'", "\u2019")


def _straight_quotes(text):
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _crlf(text):
    return text.replace("\n", "\r\n")


VARIANTS = {
    "curly-quotes": _curly_quotes,
    "straight-quotes": _straight_quotes,
    "crlf": _crlf,
    "nbsp": _nbsp_every_third_space,
    "zero-width-in-names": _zero_width_in_names,
    "all-at-once": lambda t: _crlf(_nbsp_every_third_space(_zero_width_in_names(_curly_quotes(t)))),
}


@pytest.fixture(scope="module")
def seed_report(seed_text):
    return parse_report(seed_text)


def test_seed_offsets_are_exact(seed_text, seed_report):
    assert seed_report["races"]
    assert assert_offsets_exact(seed_text, seed_report) > 50


def test_seed_results_and_races_have_evidence(seed_report):
    for race in seed_report["races"]:
        assert race["results"], race["id"]
        for result in race["results"]:
            assert result["evidence"], (race["id"], result["rank"])


def _projection(report):
    """What a variant of the same text must read identically: everything but offsets and hashes."""
    return {
        "competition": {k: v for k, v in report["competition"].items() if k != "evidence"},
        "races": [
            {
                **{k: v for k, v in race.items() if k not in ("results", "evidence")},
                "results": [{k: v for k, v in r.items() if k != "evidence"} for r in race["results"]],
            }
            for race in report["races"]
        ],
        "athletes": [{k: v for k, v in a.items() if k != "mentions"} for a in report["athletes"]],
        "warnings": [(w["code"], w["message"]) for w in report["warnings"]],
    }


def _normalized_span_texts(report):
    return [(where, normalize(span.get("text", "")).text) for where, span in all_spans(report)]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_offsets_are_exact(seed_text, variant):
    text = VARIANTS[variant](seed_text)
    assert text != seed_text
    report = parse_report(text)
    assert report["source"]["chars"] == len(text)
    assert assert_offsets_exact(text, report) > 50
    assert errors(report) == []


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_reads_like_the_seed(seed_text, seed_report, variant):
    # Normalization makes every variant the same text for the rules, so the reading must be the same and the
    # spans must cover the same words.
    text = VARIANTS[variant](seed_text)
    assert normalize(text).text == normalize(seed_text).text
    report = parse_report(text)
    assert _projection(report) == _projection(seed_report)
    assert _normalized_span_texts(report) == _normalized_span_texts(seed_report)


def test_offsets_with_html_entities_and_tags():
    text = (
        "<p>Tomakomai, Japan</p>\r\n<p>Nao&nbsp;Kodaira (JPN) won the ladies&#8217; 500m in 37.34. "
        "Vanessa Her\u200bzog (AUT) took silver in 37.60 &amp; Brittany Bowe (USA) took bronze.</p>"
    )
    report = parse_report(text)
    assert assert_offsets_exact(text, report) > 0
    assert errors(report) == []


def _corpus_files():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "corpus"
    return sorted(p for p in root.glob("*/*.txt"))


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_offsets_are_exact(path):
    text = path.read_text(encoding="utf-8")
    report = parse_report(text)
    assert_offsets_exact(text, report)
    assert errors(report) == []


def _dump(report):
    return json.dumps(report, sort_keys=True, ensure_ascii=False)


def test_two_calls_give_identical_json(seed_text):
    first = _dump(parse_report(seed_text))
    second = _dump(parse_report(seed_text))
    assert first == second


def test_parallel_threads_give_identical_json(seed_text):
    expected = _dump(parse_report(seed_text))
    with ThreadPoolExecutor(max_workers=4) as pool:
        outputs = list(pool.map(lambda _: _dump(parse_report(seed_text)), range(8)))
    assert len(outputs) == 8
    assert all(output == expected for output in outputs)
