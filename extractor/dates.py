"""Dates: the ones a report states, and weekdays fixed by a reference date. Never guessed."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "24 November 2018", "November 24, 2018", "Nov 24": a day and a month, the year optional.
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTHS}|{_MONTHS}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
)
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
# "24 November 2018", "Nov. 24, 2018": the shapes the patterns above build, read without dateparser.
_PLAIN = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r",?\s+(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _parse(candidate: str) -> dt.date | None:
    """The full date `candidate` states (day, month and year), or None."""
    plain = _PLAIN.fullmatch(candidate.strip())
    if plain is not None:
        month = (plain.group("m1") or plain.group("m2"))[:3].lower()
        day = int(plain.group("d1") or plain.group("d2"))
        try:
            return dt.date(int(plain.group("year")), _MONTH_NUMBERS[month], day)
        except ValueError:
            return None  # "31 November 2018"
    # Anything else (a dateline such as "Monday, Dec. 10 2018") goes to dateparser, imported only then: loading
    # it costs a tenth of a second.
    import dateparser

    parsed = dateparser.parse(
        candidate,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
    )
    return parsed.date() if parsed else None


# "from 7 to 9 December 2018", "14-16 December", "December 14-16, 2018": the first day of a stated range.
_RANGE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<m1>{_MONTHS})"
    rf"(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|\b(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}})\s*(?:-|–|to)\s*\d{{1,2}}(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
)


def explicit_dates(text: str, dateline: str | None = None, reference: dt.date | None = None) -> list[dt.date]:
    """Every full date the text states, in order. A date written without its year takes it from a full date
    of the same month elsewhere in the text; a dateline without one ("Dec 10") from the reference date, if
    one is given (the latest such day not after it)."""
    found = []
    partial = []
    for match in _DATE.finditer(text):
        if match.group("year") is None:
            partial.append(match.group(0))
            continue
        parsed = _parse(match.group(0))
        if parsed is not None:
            found.append(parsed)
    for match in _RANGE.finditer(text):
        day = match.group("d1") or match.group("d2")
        month = match.group("m1") or match.group("m2")
        year = match.group("y1") or match.group("y2")
        if year:
            parsed = _parse(f"{day} {month} {year}")
            if parsed is not None:
                found.append(parsed)
        else:
            partial.append(f"{day} {month}")
    years = {(d.month, d.year) for d in found}
    for candidate in partial:
        month_only = _parse(f"{candidate} 2000")
        if month_only is None:
            continue
        matching = {year for month, year in years if month == month_only.month}
        if len(matching) == 1:
            parsed = _parse(f"{candidate} {matching.pop()}")
            if parsed is not None:
                found.append(parsed)
    if not found and dateline and reference is not None:
        for year in (reference.year, reference.year - 1):
            parsed = _parse(f"{dateline} {year}")
            if parsed is not None and parsed <= reference:
                found.append(parsed)
                break
    return sorted(set(found))


def season(date: dt.date) -> str:
    """The speed-skating season a date falls in: July to June."""
    first = date.year if date.month >= 7 else date.year - 1
    return f"{first}/{(first + 1) % 100:02d}"


def weekday_date(day: str, anchor: dt.date) -> dt.date:
    """The last `day` on or before `anchor`."""
    back = (anchor.weekday() - _WEEKDAYS.index(day)) % 7
    return anchor - dt.timedelta(days=back)


def race_dates(competition: dict[str, Any], days: list[str | None], reference: dt.date | None) -> list[str | None]:
    """ISO dates for races with a weekday, counted back from the report's last stated date or the reference."""
    anchor = None
    if competition.get("date_end"):
        anchor = dt.date.fromisoformat(competition["date_end"])
    elif reference is not None:
        anchor = reference
    if anchor is None:
        return [None] * len(days)
    return [weekday_date(day, anchor).isoformat() if day else None for day in days]
