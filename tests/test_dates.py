"""Dates a report states: read directly where the shape is plain, by dateparser otherwise, with the same answer."""

from __future__ import annotations

import datetime as dt

import dateparser
import pytest

from extractor import dates

SHAPES = ["{d} {m} {y}", "{d}th {m} {y}", "{m} {d}, {y}", "{m} {d} {y}", "{m}. {d}, {y}"]
MONTHS = ["January", "Feb", "March", "Sept", "September", "Nov", "December", "june"]
DAYS = [1, 9, 28, 29, 30, 31]
YEARS = [1998, 2018, 2024]


def _dateparser(text: str) -> dt.date | None:
    parsed = dateparser.parse(
        text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
    )
    return parsed.date() if parsed else None


@pytest.mark.parametrize("shape", SHAPES)
def test_plain_dates_read_as_dateparser_reads_them(shape):
    checked = 0
    for month in MONTHS:
        if shape.startswith("{m}.") and len(month) > 4:
            continue
        for day in DAYS:
            for year in YEARS:
                text = shape.format(d=day, m=month, y=year)
                assert dates._parse(text) == _dateparser(text), text
                checked += 1
    assert checked > 50


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29 February 2024", dt.date(2024, 2, 29)),
        ("29 February 2023", None),
        ("31 November 2018", None),
        ("Monday, Dec. 10, 2018", dt.date(2018, 12, 10)),
    ],
)
def test_impossible_days_and_other_shapes(text, expected):
    assert dates._parse(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Racing ended on 9 December 2018 in Tomaszow.", ["2018-12-09"]),
        ("From 7 to 9 December 2018 the skaters met.", ["2018-12-07", "2018-12-09"]),
        ("On Nov 17, 2024, and again on Nov 18 the sprinters raced.", ["2024-11-17", "2024-11-18"]),
        ("She won on 12 March, a year after her first title.", []),
    ],
)
def test_explicit_dates(text, expected):
    assert [d.isoformat() for d in dates.explicit_dates(text)] == expected


def test_a_dateline_without_a_year_takes_the_reference_year():
    found = dates.explicit_dates("Short report.", dateline="Dec 10", reference=dt.date(2018, 12, 20))
    assert found == [dt.date(2018, 12, 10)]
    found = dates.explicit_dates("Short report.", dateline="Dec 10", reference=dt.date(2019, 1, 5))
    assert found == [dt.date(2018, 12, 10)]
