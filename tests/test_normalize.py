"""Normalization: the text the rules see, and the map back to offsets in the text as given."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Men\u2019s 1500m", "Men's 1500m"),
        ("the \u2018Empress\u2019", "the 'Empress'"),
        ("\u201cGreat race,\u201d she said", '"Great race," she said'),
        ("Nao\u00a0Kodaira", "Nao Kodaira"),
        ("Nao\u202fKodaira\u2009won", "Nao Kodaira won"),
        ("Ko\u200bda\u200cira\u200d\u2060", "Kodaira"),
        ("Lollo\u00adbrigida", "Lollobrigida"),
        ("\ufeffTomakomai, Japan", "Tomakomai, Japan"),
        ("Nao&nbsp;Kodaira", "Nao Kodaira"),
        ("Norway &amp; Japan", "Norway & Japan"),
        ("ladies&#8217; 500m", "ladies' 500m"),
        ("ladies&#x2019; 500m", "ladies' 500m"),
        ("AT&T stays", "AT&T stays"),
        ("&notanentity; stays", "&notanentity; stays"),
        ("<b>Nao</b> won", " Nao  won"),
        ('<span class="name">Nao</span>', " Nao "),
        ("<p>First.</p><p>Second.</p>", "\nFirst.\n\nSecond.\n"),
        ("one<br>two", "one\ntwo"),
        ("one<br />two", "one\ntwo"),
        ("a <!-- note --> b", "a   b"),
        ("3 < 5 and 7 > 2", "3 < 5 and 7 > 2"),
        ("line one\r\nline two\r\n", "line one\nline two\n"),
        ("old mac\rline", "old mac\nline"),
        ("tab\there", "tab here"),
        ("non\u2011breaking hyphen", "non-breaking hyphen"),
        ("plain text stays", "plain text stays"),
    ],
)
def test_normalized_text(original, expected):
    assert normalize(original).text == expected


def test_self_closing_br_without_space_is_a_line_break():
    # "<br/>" is the commonest way HTML writes a line break; it must read as one, as "<br>" and "<br />" do.
    assert normalize("one<br/>two").text == "one\ntwo"


@pytest.mark.parametrize(
    "original",
    [
        "",
        "plain",
        "Men\u2019s \u201cgold\u201d",
        "Na\u200bo Ko\u00addaira",
        "A&nbsp;B &amp; C",
        "<p>Nao</p><b>Kodaira</b> won",
        "a\r\nb\rc",
        "\ufeffabc\u200b",
    ],
)
def test_origin_map_shape(original):
    normalized = normalize(original)
    origin = normalized.origin
    assert len(origin) == len(normalized.text) + 1
    assert origin[-1] == len(original)
    assert all(0 <= o < len(original) for o in origin[:-1])
    steps = zip(origin[:-1], origin[1:], strict=True)
    assert all(a < b for a, b in steps), "origin must be strictly increasing"


# A sample built from pieces whose normalized form is known: (original piece, normalized piece, plain?).
# A plain piece maps character for character; the others decode, replace, drop or collapse.
PIECES = [
    ("Nao", "Nao", True),
    ("\u00a0", " ", False),
    ("Ko", "Ko", True),
    ("\u200b", "", False),
    ("daira", "daira", True),
    (" ", " ", True),
    ("(", "(", True),
    ("JPN", "JPN", True),
    (")", ")", True),
    (" ", " ", True),
    ("won", "won", True),
    ("&nbsp;", " ", False),
    ("the", "the", True),
    (" ", " ", True),
    ("ladies", "ladies", True),
    ("\u2019", "'", False),
    (" ", " ", True),
    ("<b>", " ", False),
    ("500m", "500m", True),
    ("</b>", " ", False),
    ("\r", "", False),  # a CR before LF disappears; the LF stays itself
    ("\n", "\n", True),
    ("Lollo", "Lollo", True),
    ("\u00ad", "", False),
    ("brigida", "brigida", True),
    (" ", " ", True),
    ("&amp;", "&", False),
    (" ", " ", True),
    ("Her", "Her", True),
    ("\ufeff", "", False),
    ("zog", "zog", True),
    ("\u201c", '"', False),
    ("ok", "ok", True),
    ("\u201d", '"', False),
]


def _sample():
    original = "".join(piece for piece, _, _ in PIECES)
    expected_text = "".join(norm for _, norm, _ in PIECES)
    origin = []  # for each normalized character: its original index (independently computed)
    plain = []  # for each normalized character: whether it is a plain letter copied as is
    position = 0
    for piece, norm, is_plain in PIECES:
        for k, char in enumerate(norm):
            origin.append(position + k if is_plain else position)
            plain.append(is_plain and char.isalpha())
        position += len(piece)
    return original, expected_text, origin, plain


def test_sample_normalizes_as_expected():
    original, expected_text, origin, _ = _sample()
    normalized = normalize(original)
    assert normalized.text == expected_text
    assert list(normalized.origin) == origin + [len(original)]


def test_every_letter_range_maps_back_to_exactly_its_original_substring():
    original, expected_text, origin, plain = _sample()
    normalized = normalize(original)
    assert normalized.text == expected_text
    checked = 0
    n = len(expected_text)
    for s in range(n):
        if not plain[s]:
            continue
        for e in range(s + 1, n + 1):
            if not plain[e - 1]:
                continue
            o_start, o_end = normalized.span(s, e)
            expected_original = original[origin[s] : origin[e - 1] + 1]
            assert original[o_start:o_end] == expected_original, (s, e)
            # and the mapped-back original reads as the same normalized text again
            assert normalize(original[o_start:o_end]).text == expected_text[s:e], (s, e)
            checked += 1
    assert checked > 500


@pytest.mark.parametrize("word", ["Nao", "Kodaira", "JPN", "ladies", "500m", "Lollobrigida", "Herzog"])
def test_words_found_in_normalized_text_point_at_the_word_in_the_original(word):
    original, _, _, _ = _sample()
    normalized = normalize(original)
    start = normalized.text.index(word)
    o_start, o_end = normalized.span(start, start + len(word))
    found = original[o_start:o_end]
    for dropped in ("\u200b", "\u00ad", "\ufeff"):
        found = found.replace(dropped, "")
    assert found == word


def test_empty_range_maps_to_a_position():
    original = "ab\u200bcd"
    normalized = normalize(original)
    assert normalized.span(2, 2) == (3, 3)
    assert normalized.span(len(normalized.text), len(normalized.text)) == (len(original), len(original))
