"""Sentences, paragraphs and line kinds."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from extractor.segment import line_kind, sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_splits_at_full_stop_before_a_capital():
    text = "Nao Kodaira (JPN) won the 500m. Vanessa Herzog (AUT) took silver. Brittany Bowe (USA) was third."
    assert texts(text) == [
        "Nao Kodaira (JPN) won the 500m.",
        "Vanessa Herzog (AUT) took silver.",
        "Brittany Bowe (USA) was third.",
    ]


def test_splits_before_a_digit_and_an_opening_quote():
    text = 'He won in 35.20 seconds. 2017 was his best year. "Great race," he said.'
    assert texts(text) == ["He won in 35.20 seconds.", "2017 was his best year.", '"Great race," he said.']


@pytest.mark.parametrize(
    "text",
    [
        "Wiklund had set the standard with 3.56,91. Groenewoud was third in 3.57,65.",
        "Kok clocked 37,02. Yoshida was second.",
        "She won in 1:55,32. Beune was second.",
    ],
)
def test_splits_after_a_time_with_a_decimal_comma(text):
    assert len(texts(text)) == 2


def test_splits_at_question_and_exclamation_marks():
    text = "Who could stop her? Nobody could! Kodaira won again."
    assert texts(text) == ["Who could stop her?", "Nobody could!", "Kodaira won again."]


def test_time_with_full_stop_and_lowercase_continuation_is_one_sentence():
    text = (
        "Francesca Lollobrigida (ITA) clocked the second best time in 4:13.47 before Martina Sablikova "
        "(CZE) defied the wind and skated 4:13.00. and pushed Lollobrigida to third place."
    )
    assert texts(text) == [text]


def test_no_split_after_a_lowercase_continuation():
    text = "She skated 38.26. then she left the ice. Herzog was second."
    assert texts(text) == ["She skated 38.26. then she left the ice.", "Herzog was second."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The World Cup moved to St. Moritz for the final. Nuis won there.",
            ["The World Cup moved to St. Moritz for the final.", "Nuis won there."],
        ),
        (
            "The races were held on Dec. 9 in Tomakomai. Kodaira won.",
            ["The races were held on Dec. 9 in Tomakomai.", "Kodaira won."],
        ),
        ("Mr. Smith and Dr. Jones watched. Nuis won.", ["Mr. Smith and Dr. Jones watched.", "Nuis won."]),
        (
            "The winner was J. Smeekens of the Netherlands. Nuis was second.",
            ["The winner was J. Smeekens of the Netherlands.", "Nuis was second."],
        ),
    ],
)
def test_no_split_after_abbreviations_and_initials(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Men's 1000m: 1. Kjeld Nuis, Netherlands, 1:07.95. 2. Thomas Krol, Netherlands, 1:08.12.",
            ["Men's 1000m: 1. Kjeld Nuis, Netherlands, 1:07.95.", "2. Thomas Krol, Netherlands, 1:08.12."],
        ),
        ("She won in 37.02. 3. Takagi was slower.", ["She won in 37.02.", "3. Takagi was slower."]),
        ("The lead was 0.12. 10. Nuis is next.", ["The lead was 0.12.", "10. Nuis is next."]),
    ],
)
def test_a_list_number_opening_a_sentence_stays_with_its_item(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text", ["She won it in 1:55,32. 2017 was her year.", "The final score was 3-2. Nuis won."])
def test_a_number_ending_a_sentence_still_ends_it(text):
    assert len(texts(text)) == 2


def test_every_line_break_ends_a_sentence():
    text = (
        "Nao Kodaira (JPN) took her third gold medal of the weekend with a track record time in the\n"
        "ladies' 1000m on Saturday afternoon in front of a full house in Tomakomai.\n"
        "Brittany Bowe (USA) came second\n"
        "Vanessa Herzog (AUT) ran away with the bronze medal."
    )
    lines = text.split("\n")
    assert texts(text) == lines
    assert [s.paragraph for s in sentences(text)] == [0, 0, 0, 0]


def test_paragraphs_are_numbered_by_blank_lines():
    text = "First one.\n\nSecond one. Second two.\n   \n\n\nThird one.\nThird two.\n\n"
    found = sentences(text)
    assert [text[s.start : s.end] for s in found] == [
        "First one.",
        "Second one.",
        "Second two.",
        "Third one.",
        "Third two.",
    ]
    assert [s.paragraph for s in found] == [0, 1, 1, 2, 2]
    assert [s.first_in_paragraph for s in found] == [True, True, False, True, False]


def test_sentences_are_trimmed_ordered_and_disjoint(seed_text):
    text = normalize(seed_text).text
    found = sentences(text)
    assert len(found) > 30
    previous_end = 0
    for sentence in found:
        piece = text[sentence.start : sentence.end]
        assert piece, sentence
        assert piece == piece.strip(), sentence
        assert sentence.start >= previous_end
        previous_end = sentence.end
    paragraphs = [s.paragraph for s in found]
    assert paragraphs == sorted(paragraphs)
    # every newline in the text lies outside every sentence
    for sentence in found:
        assert "\n" not in text[sentence.start : sentence.end]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("WC2 Men1500 Nuis GettyImages 1071689388", "caption"),
        ("WC2 Tomakomai Pedersen Swings Roest GettyImages 1072047636", "caption"),
        ("Kjeld Nuis (NED) 2018\u00a9International Skating Union (ISU)", "caption"),
        ("\u00a9 ISU", "caption"),
        ("#WCSpeed #SpeedSkating", "hashtags"),
        ("  #WCSpeed          #SpeedSkating", "hashtags"),
        ("Tomakomai, Japan", "short"),
        ("Ladies' 500m", "short"),
        ("Nao Kodaira (JPN) took her 18th 500m World Cup gold medal.", "prose"),
        ("Canada took bronze.", "prose"),
    ],
)
def test_line_kind(line, kind):
    assert line_kind(line) == kind


def test_line_kinds_in_the_seed(seed_text):
    text = normalize(seed_text).text
    by_text = {text[s.start : s.end]: s.line_kind for s in sentences(text)}
    assert by_text["Tomakomai, Japan"] == "short"
    assert by_text["#WCSpeed          #SpeedSkating"] == "hashtags"
    assert by_text["WC2 Men1500 Nuis GettyImages 1071689388"] == "caption"
    assert by_text["Kjeld Nuis (NED) 2018\u00a9International Skating Union (ISU)"] == "caption"
    assert by_text["Canada took bronze."] == "prose"


def test_non_prose_lines_are_not_split():
    text = "WC2 Men1500 Nuis. Roest. Krol GettyImages 1071689388"
    found = sentences(text)
    assert [(text[s.start : s.end], s.line_kind) for s in found] == [(text, "caption")]
