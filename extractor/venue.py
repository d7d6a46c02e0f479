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
        held = _held_in(text, sentence.end, known_city or city)
        if held is not None:
            # "SEOUL, Nov. 18 (Yonhap) -- ... at a speed skating World Cup event in Salt Lake City": a wire filed
            # at home names where the races were
            return Venue(held.group(1), known[held.group(1)], nations.country(known[held.group(1)]), (held.span(1),))
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


@lru_cache(maxsize=1)
def _held_pattern() -> re.Pattern[str]:
    names = sorted(venues(), key=len, reverse=True)
    return re.compile(
        r"\b(?:World Cup|[Cc]up|event|meet|meeting|competition|[Cc]hampionships?|stop|leg|round|[Gg]ames|Skating)"
        r"(?:\s+(?:event|stage|stop|leg|meeting))?\s+(?:in|at)\s+(" + "|".join(re.escape(n) for n in names) + r")\b"
    )


def _held_in(text: str, start: int, dateline_city: str) -> re.Match[str] | None:
    """The venue the paragraphs after a dateline say the races were held at, when not the dateline's city; not the
    next or the last one ("the next World Cup stop in Heerenveen")."""
    end = start
    for _ in range(2):  # the dateline's paragraph and the next
        found = text.find("\n\n", end + 2)
        end = found if found >= 0 else len(text)
    for held in _held_pattern().finditer(text, start, end):
        if re.match(
            r"[\s,]*(?:last|earlier|before|a\s+(?:week|month|year)\s+ago)\b", text[held.end() : held.end() + 30]
        ):
            continue  # "at the World Cup in Hamar last month"
        if re.search(
            r"\b(?:next|last|previous|upcoming|coming|following)\s+(?:\w+\s+){0,3}$",
            text[max(0, held.start() - 40) : held.start()],
        ):
            continue
        return None if fold(held.group(1)) == fold(dateline_city) else held
    return None


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
