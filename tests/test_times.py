"""The race-time reader: the phrasings reports use, their values, and numbers that are not race times."""

from __future__ import annotations

import pytest

from extractor.times import find_times, parse_time

# phrase, the matched text, value in seconds, display form
WHOLE_PHRASES = [
    ("38.26", "38.26", 38.26, "38.26"),
    ("38.26s", "38.26s", 38.26, "38.26"),
    ("38.26 seconds", "38.26 seconds", 38.26, "38.26"),
    ("1:17.31", "1:17.31", 77.31, "1:17.31"),
    ("1:17.310", "1:17.310", 77.31, "1:17.310"),
    ("1 minute and 17.31 seconds", "1 minute and 17.31 seconds", 77.31, "1:17.31"),
    ("1 minute, 14.79 seconds", "1 minute, 14.79 seconds", 74.79, "1:14.79"),
    ("3 minutes and 2.37 seconds", "3 minutes and 2.37 seconds", 182.37, "3:02.37"),
    # the minutes in a word, as agency copy writes them
    ("one minute and 44.96 seconds", "one minute and 44.96 seconds", 104.96, "1:44.96"),
    ("Four minutes, 2.37 seconds", "Four minutes, 2.37 seconds", 242.37, "4:02.37"),
    ("two minutes 54.61 seconds", "two minutes 54.61 seconds", 174.61, "2:54.61"),
    ("3:45.87", "3:45.87", 225.87, "3:45.87"),
    # the decimal comma of Dutch, German and Scandinavian pages
    ("37,02", "37,02", 37.02, "37.02"),
    ("1.14,32", "1.14,32", 74.32, "1:14.32"),
    ("3.56,38", "3.56,38", 236.38, "3:56.38"),
    ("12.52,74", "12.52,74", 772.74, "12:52.74"),
    ("1:55,32", "1:55,32", 115.32, "1:55.32"),
    # minutes and seconds abbreviated, as French and Canadian pages write them
    ("3 min 58,62 s", "3 min 58,62 s", 238.62, "3:58.62"),
    ("6 min 08.71 s", "6 min 08.71 s", 368.71, "6:08.71"),
    ("1min 58.41sec", "1min 58.41sec", 118.41, "1:58.41"),
    ("2 min. 56,17 s", "2 min. 56,17 s", 176.17, "2:56.17"),
]


@pytest.mark.parametrize(("phrase", "matched", "seconds", "display"), WHOLE_PHRASES)
def test_find_times_reads_each_phrasing(phrase, matched, seconds, display):
    found = list(find_times(phrase))
    assert len(found) == 1
    time = found[0]
    assert time.text == matched
    assert (time.start, time.end) == (0, len(matched))
    assert time.seconds == seconds
    assert time.display == display


@pytest.mark.parametrize(("phrase", "matched", "seconds", "display"), WHOLE_PHRASES)
def test_parse_time_reads_a_whole_string(phrase, matched, seconds, display):
    time = parse_time(phrase)
    assert time is not None
    assert (time.seconds, time.display) == (seconds, display)


@pytest.mark.parametrize(("phrase", "matched", "seconds", "display"), WHOLE_PHRASES)
def test_times_inside_a_sentence_keep_their_offsets(phrase, matched, seconds, display):
    sentence = f"Nao Kodaira (JPN) stopped the clock at {phrase} to win, ahead of the field."
    found = list(find_times(sentence))
    assert [t.text for t in found] == [matched]
    time = found[0]
    assert sentence[time.start : time.end] == matched
    assert time.start == sentence.index(phrase)
    assert (time.seconds, time.display) == (seconds, display)


def test_time_at_sentence_end_excludes_the_full_stop():
    sentence = "Martina Sablikova (CZE) defied the wind and skated 4:13.00."
    found = list(find_times(sentence))
    assert len(found) == 1
    time = found[0]
    assert time.text == "4:13.00"
    assert sentence[time.start : time.end] == "4:13.00"
    assert time.end == len(sentence) - 1
    assert (time.seconds, time.display) == (253.0, "4:13.00")


def test_time_followed_by_full_stop_and_lowercase_continuation():
    sentence = "Martina Sablikova (CZE) skated 4:13.00. and pushed Lollobrigida to third place."
    assert [(t.text, t.seconds) for t in find_times(sentence)] == [("4:13.00", 253.0)]


def test_several_times_in_order():
    text = "Canada took silver in 3:05.95. Russia took bronze again in 3:06.69, while Japan won in 3:02.37."
    found = list(find_times(text))
    assert [t.display for t in found] == ["3:05.95", "3:06.69", "3:02.37"]
    assert [t.seconds for t in found] == [185.95, 186.69, 182.37]
    assert all(text[t.start : t.end] == t.text for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "10.12.2018",
        "On 10.12.2018 she won the 500m.",
        "1:17",
        "The race started at 1:17 in the afternoon.",
        "452 points",
        "She finished the allround with 452 points.",
        "2-1",
        "Norway beat Japan 2-1 in the quarterfinal.",
        "0.24",
        "9.61",
        "he was 0.24 seconds faster than Viktor Mushtakov",
        "a gap of 9.61 to the leader",
        "38.2",
        "1:7.31",
        "61.50",
        "1:60.00",
        "1,500 metres",
        "the 10,000m",
        "37,000 fans",
        "2,5 laps",
        "37,025",
    ],
)
def test_numbers_that_are_not_race_times(text):
    assert list(find_times(text)) == []


@pytest.mark.parametrize("text", ["1:17", "0.24", "10.12.2018", "38.26 and 38.56", "ran 38.26"])
def test_parse_time_rejects_strings_that_are_not_exactly_one_time(text):
    assert parse_time(text) is None
