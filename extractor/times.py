"""Race times in the ways reports write them, and their value in seconds.

"38.26", "38.26s", "1:17.31", "1 minute and 17.31 seconds", "1 minute, 14.79 seconds",
"3 minutes and 2.37 seconds", "one minute and 44.96 seconds", and the European forms with a decimal comma:
"37,02", "1.14,32", "1:55,32", "3 min 58,62 s"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from extractor.resources import load_json

# "one minute and 44.96 seconds": the minutes written as a word
_MINUTE_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

# Each alternative is anchored on digits or a word with bounded repetition, so matching stays linear.
_TIME = re.compile(
    r"""
    (?<![\d.:,])
    (?:
        (?P<vm>\d{1,2}|\b(?i:"""
    + "|".join(_MINUTE_WORDS)
    + r"""))
        \s?min(?:ute)?s?\.?,?\s(?:and\s)?(?P<vs>\d{1,2}(?:\.\d{1,3}|,\d{2,3})?)\s?s(?:ec(?:ond)?s?)?\b
      | (?P<cm>\d{1,2}):(?P<cs>[0-5]\d(?:\.\d{1,3}|,\d{2}(?!\d))?)(?![\d:]|[.,]\d)
      | (?P<em>\d{1,2})\.(?P<es>[0-5]\d,\d{2})(?!\d|[.,:]\d)
      | (?P<ss>\d{2}(?:\.\d{2,3}|,\d{2}))(?!\d|[.,]\d)(?:\s?(?:s|sec|secs|seconds)\b)?
    )
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class RaceTime:
    start: int
    end: int
    text: str
    seconds: float
    display: str


def _display(minutes: int, seconds: str) -> str:
    whole, _, fraction = seconds.partition(".")
    fraction = (fraction + "00")[:2] if len(fraction) < 2 else fraction
    if minutes:
        return f"{minutes}:{int(whole):02d}.{fraction}"
    return f"{int(whole)}.{fraction}"


def parse_match(match: re.Match[str]) -> RaceTime | None:
    if match.group("vm") is not None:
        count = match.group("vm")
        minutes, seconds = int(count) if count.isdigit() else _MINUTE_WORDS.index(count.lower()) + 1, match.group("vs")
    elif match.group("cm") is not None:
        minutes, seconds = int(match.group("cm")), match.group("cs")
    elif match.group("em") is not None:
        minutes, seconds = int(match.group("em")), match.group("es")
    else:
        minutes, seconds = 0, match.group("ss")
    seconds = seconds.replace(",", ".")
    if "." not in seconds:
        return None  # "1:17" reads as a time of day or a score, not a race time
    if float(seconds) >= 60:
        return None
    value = round(minutes * 60 + float(seconds), 3)
    return RaceTime(match.start(), match.end(), match.group(0), value, _display(minutes, seconds))


def find_times(text: str) -> Iterator[RaceTime]:
    for match in _TIME.finditer(text):
        found = parse_match(match)
        if found is not None:
            yield found


def parse_time(text: str) -> RaceTime | None:
    """The time a whole string states, or None."""
    match = _TIME.fullmatch(text.strip())
    return parse_match(match) if match else None


@dataclass(frozen=True)
class TimeRange:
    gender: str
    discipline: str
    low: float
    high: float


@cache
def time_ranges() -> tuple[TimeRange, ...]:
    """The plausible time ranges, read once: every placed time is checked against them."""
    table = load_json("patterns", "time_ranges.json")
    return tuple(TimeRange(row["gender"], row["discipline"], row["low"], row["high"]) for row in table["ranges"])


def plausible(gender: str | None, discipline: str, seconds: float) -> bool:
    """Whether a race of this kind (of either gender when None) can take `seconds`; kinds with no range can."""
    known = [r for r in time_ranges() if r.discipline == discipline and (gender is None or r.gender == gender)]
    if not known:
        return True
    return any(r.low <= seconds <= r.high for r in known)
