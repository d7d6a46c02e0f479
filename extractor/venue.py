"""Where the report's races took place: a place line or dateline, else the venue the text names most."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from extractor import nations
from extractor.athletes import fold
from extractor.resources import load_json
from extractor.segment import DATELINE, DATELINE_CITY, Sentence


@dataclass(frozen=True)
class Venue:
    city: str | None
    nation: str | None
    country: str | None
    evidence: tuple[tuple[int, int], ...] = ()
    dateline_date: str | None = None


@lru_cache(maxsize=1)
def venues() -> dict[str, str]:
    return {k: v for k, v in load_json("patterns", "venues.json").items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _venue_names() -> re.Pattern[str]:
    """Any known venue, as a whole word, longest names first."""
    names = sorted(venues(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _venues_by_fold() -> dict[str, str]:
    return {fold(v): v for v in venues()}


@lru_cache(maxsize=256)
def _other_venues(home: str) -> re.Pattern[str] | None:
    """ "in" or "at" and a known venue other than `home`; "from" after a medal ("the gold from Beijing")."""
    names = sorted((v for v in venues() if fold(v) != fold(home)), key=len, reverse=True)
    if not names:
        return None
    return re.compile(
        r"\b(?:in|at|(?:gold|silver|bronze|medals?|title|win|victory|podium)\s+from)\s+(?:"
        + "|".join(re.escape(n) for n in names)
        + r")\b"
    )


def find_venue(text: str, sentences: list[Sentence]) -> Venue:
    known = venues()
    for sentence in sentences[:6]:
        if sentence.line_kind not in ("short", "dateline"):
            continue
        line = text[sentence.start : sentence.end]
        probe = line + " - " if sentence.line_kind == "short" else line
        match = DATELINE.match(probe) or DATELINE_CITY.match(probe)
        if not match:
            continue
        city = match.group("city").strip()
        country_code = nations.code_for_name(match.groupdict().get("country") or "")
        known_city = next((v for v in known if fold(v) == fold(city)), None)
        if not (country_code or known_city):
            continue
        nation = country_code or known.get(known_city or "")
        last = "country" if match.groupdict().get("country") else "city"
        return Venue(
            known_city or (city.title() if city.isupper() else city),
            nation,
            nations.country(nation),
            ((sentence.start + match.start("city"), sentence.start + match.end(last)),),
            match.group("date"),
        )
    # No place line: the venue the text names clearly most often, if one does.
    by_fold = _venues_by_fold()
    counts = Counter(by_fold.get(fold(found.group(0))) for found in _venue_names().finditer(text))
    counts.pop(None, None)
    ranked = [(v, n) for v, n in counts.most_common(2) if n]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        city = ranked[0][0]
        return Venue(city, known[city], nations.country(known[city]))
    return Venue(None, None, None)


def elsewhere(text: str, home: Venue) -> list[tuple[int, int]]:
    """Stretches that tell of another venue ("came second in Obihiro", "won silver in Beijing"): from the
    start of the phrase to the venue's name. Empty when the report's own venue is unknown."""
    if home.city is None:
        return []
    ranges = []
    pattern = _other_venues(home.city)
    if pattern is None:
        return []
    for match in pattern.finditer(text):
        floor = max(0, match.start() - 80)
        stops = [m.end() for m in re.finditer(r"[.;:()\n—–]|,(?=\s)", text[floor : match.start()])]
        start = floor + stops[-1] if stops else floor
        end = match.end()
        # "... in Sochi, where the Netherlands won": the rest of the sentence is about there too
        where = re.match(r",\s*(?:where|when)\b[^.;!?\n]*", text[end : end + 200])
        # "the 1000m gold in Beijing, won in 1:13.19 ahead of Leerdam": a participle that tells more of it (not
        # "Wiklund, fifth in Calgary, won the 1500m": the sentence's own verb)
        told = re.match(
            r",\s*(?:won|taken|claimed|captured|secured|earned|set|skated|clocked)\b(?!\s+(?:the|her|his|their)\b)"
            r"(?:[^.;!?\n]|\.(?=\d))*",
            text[end : end + 200],
        )
        if where or told:
            end += (where or told).end()
        ranges.append((start, end))
    return ranges
