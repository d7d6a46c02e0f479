"""The windowed matcher finds exactly what spaCy's Matcher finds, pattern by pattern."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.matcher import Matcher

from extractor import nations
from extractor.matching import PatternSpans, WindowedMatcher, _max_repeats
from extractor.pipeline import cue_rules, expand_pattern, get_nlp
from extractor.resources import load_jsonl, vocabulary

ROOT = Path(__file__).resolve().parent.parent


def _all_patterns() -> list[tuple[str, list[dict]]]:
    words = vocabulary()
    patterns = [(rule_id, expand_pattern(rule["pattern"], words)) for rule_id, rule in cue_rules().items()]
    lexicon = [row for row in load_jsonl("lexicon.jsonl") if not isinstance(row["pattern"], str)]
    patterns += [(f"lexicon{number}", row["pattern"]) for number, row in enumerate(lexicon)]
    codes = [row for row in nations.span_patterns() if not isinstance(row["pattern"], str)]
    patterns += [(f"nation{number}", row["pattern"]) for number, row in enumerate(codes)]
    return patterns


PATTERNS = _all_patterns()


def _plain(doc) -> set[tuple[int, int, int]]:
    matcher = Matcher(doc.vocab)
    for key, pattern in PATTERNS:
        matcher.add(key, [pattern])
    return set(matcher(doc))


@pytest.fixture(scope="module")
def windowed() -> WindowedMatcher:
    return WindowedMatcher(get_nlp().vocab, PATTERNS)


SENTENCES = [
    "Kodaira won gold in 36.75, with Lee Sang-hwa (KOR) second and Karolina Erbanova third.",
    "Third place belonged to the Dutch, who finished ahead of Japan by 0.3 seconds.",
    "She came home fourth, one place behind her team-mate; Boe did not start the 1,000 m.",
    "In 2018 she took silver; last week the record belonged to Sablikova.",
    "won",
    "",
    "1 000 m 500-metres (NED) ( CAN",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_on_sentences(windowed, text):
    doc = get_nlp().make_doc(text)
    assert set(windowed(doc)) == _plain(doc)


def test_same_matches_on_the_dev_corpus(windowed):
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus" / "dev").glob("*.txt"))]
    assert len(texts) > 10
    found = 0
    for text in texts:
        doc = get_nlp().make_doc(text)
        matches = windowed(doc)
        assert set(matches) == _plain(doc)
        found += len(matches)
    assert found > 100


WORDS = [
    "won",
    "gold",
    "silver",
    "second",
    "third",
    "place",
    "the",
    "a",
    "to",
    "(JPN)",
    "(",
    "NED",
    "in",
    "38.2",
    "m",
    "WC3",
    "118.320",
]


@given(st.lists(st.sampled_from(WORDS + ["Kodaira", ",", ".", "behind", "finished", "ahead", "of"]), max_size=40))
def test_same_matches_on_word_salad(windowed, words):
    doc = get_nlp().make_doc(" ".join(words))
    assert set(windowed(doc)) == _plain(doc)


def test_matches_come_in_reading_order(windowed):
    doc = get_nlp().make_doc("Kodaira won gold, Takagi took silver and Wust was third.")
    starts = [(start, end) for _, start, end in windowed(doc)]
    assert starts == sorted(starts)
    assert starts


@pytest.mark.parametrize(
    ("op", "most"),
    [
        (None, 1),
        ("?", 1),
        ("!", 1),
        ("{0,4}", 4),
        ("{2}", 2),
        ("{1,3}", 3),
        ("{,2}", 2),
        ("+", None),
        ("*", None),
        ("{2,}", None),
    ],
)
def test_pattern_token_lengths(op, most):
    assert _max_repeats(op) == most


def test_a_pattern_whose_word_is_absent_is_not_run():
    nlp = get_nlp()
    matcher = WindowedMatcher(nlp.vocab, [("medal", [{"LOWER": {"IN": ["gold", "silver"]}}, {"LOWER": "medal"}])])
    assert matcher(nlp.make_doc("She won the race.")) == []
    [(_, start, end)] = matcher(nlp.make_doc("She won the Silver medal."))
    assert (start, end) == (3, 5)


def _distance_spans(text: str) -> list[tuple[str, str]]:
    nlp = get_nlp()
    ruler = PatternSpans(nlp.vocab, nlp.make_doc, "found", "LOWER")
    ruler.add_patterns(
        [
            {
                "label": "DISCIPLINE",
                "id": "1000m",
                "pattern": [{"TEXT": "1,000"}],
                "preceded_by": ["the"],
                "followed_by": ["<punct>", "<end>", "in"],
            }
        ]
    )
    doc = ruler(nlp.make_doc(text))
    return [(span.text, span.id_) for span in doc.spans["found"]]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Bowe won the 1,000 in 1:12.87.", [("1,000", "1000m")]),
        ("Bowe won the 1,000.", [("1,000", "1000m")]),
        ("Bowe won the 1,000", [("1,000", "1000m")]),
        ("The 1,000 fans cheered.", []),  # a word outside the list follows
        ("Bowe won 1,000 in prize money.", []),  # no "the" before
    ],
)
def test_a_pattern_checks_the_words_beside_its_match(text, found):
    assert _distance_spans(text) == found
