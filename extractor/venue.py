"""Where the report's races took place: a place line or dateline, else the venue the text names most."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
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


def _spelled(surface: str) -> str | None:
    """The known venue a name in the text stands for, spelled as the text spells it ("Tomaszow" or "Tomaszów")."""
    exact = next((v for v in venues() if v.casefold() == surface.casefold()), None)
    return exact or _venues_by_fold().get(fold(surface))


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
        known_city = _spelled(city)
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
    past = {
        found.start(group) for found in _PAST_GAMES.finditer(text) for group in ("host", "held") if found.group(group)
    }
    names = [found.group(0) for found in _venue_names().finditer(text) if found.start() not in past]
    counts = Counter(by_fold.get(fold(name)) for name in names)
    counts.pop(None, None)
    ranked = [(v, n) for v, n in counts.most_common(2) if n]
    helds = list(_held(text, 0, len(text)))
    if len({by_fold.get(fold(h.group(1))) for h in helds}) == 1:
        # "the first results from Obihiro", "at the World Cup in Calgary": the one place the text says races were
        # held, unless another is named more often (a digest of several meetings names several)
        city = by_fold.get(fold(helds[0].group(1)))
        if all(counts[city] + 1 > n for other, n in counts.items() if other != city):
            city = _spelled(helds[0].group(1)) or city
            return Venue(city, known[city], nations.country(known[city]), (helds[0].span(1),))
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        spellings = Counter(_spelled(name) for name in names if by_fold.get(fold(name)) == ranked[0][0])
        city = spellings.most_common(1)[0][0] or ranked[0][0]
        return Venue(city, known[city], nations.country(known[city]))
    return Venue(None, None, None)


# "nine months after the Beijing Games", "since the Olympics in Sochi": Games told of as past, named by their host
_PAST_GAMES = re.compile(
    r"\b(?:after|since|before)\s+the\s+(?:(?P<host>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+(?:Winter\s+)?"
    r"(?:Games|Olympics)|(?:Winter\s+)?(?:Games|Olympics)\s+(?:in|at|of)\s+(?P<held>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}))"
)


@lru_cache(maxsize=1)
def _held_pattern() -> re.Pattern[str]:
    names = sorted(venues(), key=len, reverse=True)
    return re.compile(
        r"\b(?:(?:World Cup|[Cc]up|event|meet|meeting|competition|[Cc]hampionships?|stop|leg|round|[Gg]ames|Skating)"
        r"(?:\s+(?:event|stage|stop|leg|meeting|season))?\s+(?:in|at)|results\s+from)\s+("
        + "|".join(re.escape(n) for n in names)
        + r")\b"
    )


def _held(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Where the text says races were held ("at the World Cup in Calgary", "the first results from Obihiro"); not
    the next or the last place ("the next World Cup stop in Heerenveen", "at the World Cup in Hamar last month")."""
    for held in _held_pattern().finditer(text, start, end):
        if re.match(
            r"[\s,]*(?:last|earlier|before|(?:a|\w+)\s+(?:days?|weeks?|months?|years?)\s+ago)\b",
            text[held.end() : held.end() + 30],
        ):
            continue
        if re.search(
            r"\b(?:next|last|previous|upcoming|coming|following)\s+(?:\w+\s+){0,3}$",
            text[max(0, held.start() - 40) : held.start()],
        ):
            continue
        if re.search(
            r"\b(?:reach|qualify|qualifying|hopes?|hoping|will|would|aims?|aiming|dreams?|dreaming)\s+(?:\S+\s+){0,5}$",
            text[max(0, held.start() - 50) : held.start()],
        ):
            continue  # "hoping to reach her eighth Olympic Games in Beijing": a place still to come
        yield held


def _held_in(text: str, start: int, dateline_city: str) -> re.Match[str] | None:
    """The venue the paragraphs after a dateline say the races were held at, when not the dateline's city."""
    end = start
    for _ in range(2):  # the dateline's paragraph and the next
        found = text.find("\n\n", end + 2)
        end = found if found >= 0 else len(text)
    held = next(_held(text, start, end), None)
    return None if held is None or fold(held.group(1)) == fold(dateline_city) else held


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
        # (not the point or colon inside a time: "in 1:09.64 - short of the eighth place he bagged in Calgary")
        stops = [m.end() for m in re.finditer(r"[.:](?!\d)|[;()\n—–]|\s-\s|,(?=\s)", text[floor : match.start()])]
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
