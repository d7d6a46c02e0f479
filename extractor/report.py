"""The report: competition, races with their results, athletes and warnings, as the output contract shapes them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from typing import Any

from extractor import dates, pipeline
from extractor.normalize import Normalized, normalize
from extractor.races import DISTANCES, Placing, Race, RaceBuilder, placings
from extractor.resources import vocabulary
from extractor.statements import Reading, read
from extractor.types import Report
from extractor.venue import find_venue

SCHEMA_VERSION = "1.0"
MAX_CHARS = 5_000_000  # a report longer than this is refused rather than read


class ReportTooLarge(ValueError):
    """The text is longer than MAX_CHARS."""


def parse_report(
    text: str,
    *,
    reference_date: dt.date | None = None,
    source: str | None = None,
) -> Report:
    """Read one race report and return its structured form (see schemas/report.schema.json).

    `reference_date` fixes dates the text gives only relatively ("on Saturday"); without it, and without
    an explicit date in the text, dates stay null. `source` is recorded as the report's path.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_report expects str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ReportTooLarge(f"{len(text)} characters is over the limit of {MAX_CHARS}")
    normalized = normalize(text)
    doc = pipeline.make_doc(normalized.text)
    return build_report(text, normalized, read(doc), reference_date=reference_date, source=source)


def build_report(
    original: str,
    normalized: Normalized,
    reading: Reading,
    *,
    reference_date: dt.date | None,
    source: str | None,
) -> Report:
    view = _Offsets(original, normalized)
    athlete_gender = _athlete_genders(reading)
    builder = RaceBuilder(reading, athlete_gender)
    races = builder.build()
    warnings = list(reading.warnings) + builder.warnings
    competition = _competition(normalized.text, reading, view, reference_date)
    race_dates = dates.race_dates(competition, [r.day for r in races], reference_date)
    results_by_race = sorted(
        ((race, placings(race, warnings)) for race in races), key=lambda pair: pair[0].first_position
    )
    # A race the text only names ("racing resumes on Sunday with the second 500m") has no results to give.
    timed_only = [race for race, results in results_by_race if not results and any(s.time for s in race.statements)]
    results_by_race = [(race, results) for race, results in results_by_race if results]
    RaceBuilder.number([race for race, _ in results_by_race], timed_only)
    date_of = {id(race): date for race, date in zip(races, race_dates, strict=False)}
    athletes = _athletes(reading, results_by_race, view, athlete_gender)
    nation_of = {a["name"]: a["nation"] for a in athletes}
    race_rows = []
    used_ids: Counter[str] = Counter()
    for race, results in results_by_race:
        race_id = _race_id(race)
        used_ids[race_id] += 1
        if used_ids[race_id] > 1:
            race_id = f"{race_id}-{used_ids[race_id]}"
        race_rows.append(
            {
                "id": race_id,
                "gender": race.gender,
                "discipline": race.discipline,
                "distance_m": DISTANCES.get(race.discipline),
                "race_number": race.race_number,
                "division": race.division,
                "day": race.day,
                "date": date_of[id(race)],
                "results": [_result_row(race, placing, view, nation_of) for placing in results],
                "evidence": view.spans(sorted({span for scope in race.scopes for span in scope.evidence})),
            }
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "path": source,
            "sha256": hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest(),
            "chars": len(original),
        },
        "competition": competition,
        "races": race_rows,
        "athletes": athletes,
        "warnings": _warnings(warnings, view),
    }


class _Offsets:
    """Turns normalized-text ranges into evidence spans of the original text."""

    def __init__(self, original: str, normalized: Normalized) -> None:
        self.original = original
        self.normalized = normalized

    def span(self, start: int, end: int) -> dict[str, Any]:
        o_start, o_end = self.normalized.span(start, end)
        return {"start": o_start, "end": o_end, "text": self.original[o_start:o_end]}

    def spans(self, ranges) -> list[dict[str, Any]]:
        return [self.span(s, e) for s, e in ranges]


def _race_id(race: Race) -> str:
    parts = [race.gender or "unknown", race.discipline.replace(" ", "-")]
    if race.race_number is not None:
        parts.append(str(race.race_number))
    if race.division == "B":
        parts.append("b")
    return "-".join(parts)


def _result_row(race: Race, placing: Placing, view: _Offsets, nation_of: dict[str, str | None]) -> dict[str, Any]:
    competitor = placing.competitor
    medal = None
    if race.division == "A" and placing.rank in (1, 2, 3):
        medal = {1: "gold", 2: "silver", 3: "bronze"}[placing.rank]
    return {
        "rank": placing.rank,
        "medal": medal,
        "name": None if race.is_team else competitor.athlete,
        "nation": nation_of.get(competitor.athlete) if competitor.athlete and not race.is_team else competitor.nation,
        "members": list(placing.members) if race.is_team else [],
        "time": placing.time_display,
        "seconds": placing.seconds,
        "margin_s": placing.margin_s,
        "record": placing.record,
        "rules": list(placing.rules),
        "evidence": view.spans(placing.evidence),
    }


def _athlete_genders(reading: Reading) -> dict[str, str]:
    """Genders the text states for athletes: gender words of the race they placed in, or demonyms."""
    votes: dict[str, Counter[str]] = {}
    for scope in reading.scopes:
        if scope.gender:
            for statement in scope.statements:
                if statement.competitor.athlete and statement.competitor.kind != "team":
                    votes.setdefault(statement.competitor.athlete, Counter())[scope.gender] += 1
    for mention in reading.athlete_mentions:
        if mention.gender and mention.athlete:
            votes.setdefault(mention.athlete, Counter())[mention.gender] += 1
    return {name: counter.most_common(1)[0][0] for name, counter in votes.items() if len(counter) == 1}


def _athletes(reading, results_by_race, view, athlete_gender) -> list[dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    nations_seen: dict[str, Counter[str]] = {}
    for mention in reading.athlete_mentions:
        key = mention.athlete or mention.text
        entry = entries.setdefault(key, {"name": key, "aliases": [], "mentions": []})
        if mention.text != key and mention.text not in entry["aliases"] and not mention.by_epithet:
            entry["aliases"].append(mention.text)
        span = view.span(mention.start, mention.end)
        if span not in entry["mentions"]:
            entry["mentions"].append(span)
        if mention.nation:
            nations_seen.setdefault(key, Counter())[mention.nation] += 1
    genders: dict[str, str] = dict(athlete_gender)
    for race, results in results_by_race:
        for code, places in (sweep for scope in race.scopes for sweep in scope.sweeps):
            # "a Dutch one-two": the two who placed first and second are Dutch
            for placing in results:
                if placing.rank is not None and placing.rank <= places and placing.competitor.athlete:
                    nations_seen.setdefault(placing.competitor.athlete, Counter())[code] += 1
        for placing in results:
            if race.gender and not race.is_team and placing.competitor.athlete:
                genders.setdefault(placing.competitor.athlete, race.gender)
            if race.is_team and placing.competitor.nation:
                # a skater racing for a team is of that team's nation
                for member in placing.members:
                    key = _athlete_key(reading, member)
                    if key not in nations_seen:
                        nations_seen[key] = Counter({placing.competitor.nation: 1})
    nation_of = {key: next(iter(counted)) for key, counted in nations_seen.items() if len(counted) == 1}
    # "Eitrem's compatriot Engebraaten" with Eitrem's nation told elsewhere in the text; a second pass carries it
    # along a chain ("Engebraaten's teammate Pedersen")
    for _ in range(2):
        for one, other in reading.compatriots:
            for a, b in ((one, other), (other, one)):
                if a not in nations_seen and b in nation_of:
                    nation_of.setdefault(a, nation_of[b])
    athletes = []
    for key, entry in entries.items():
        entry["nation"] = nation_of.get(key)
        entry["gender"] = genders.get(key)
        entry["mentions"].sort(key=lambda s: s["start"])
        athletes.append({k: entry[k] for k in ("name", "nation", "gender", "aliases", "mentions")})
    return athletes


def _athlete_key(reading: Reading, surface: str) -> str:
    for mention in reading.athlete_mentions:
        if mention.text == surface and mention.athlete:
            return mention.athlete
    return surface


def _warnings(warnings: list[dict[str, Any]], view: _Offsets) -> list[dict[str, Any]]:
    rows = []
    seen = set()
    for warning in warnings:
        span = view.span(warning["start"], warning["end"])
        row = {
            "code": warning["code"],
            "message": warning["message"],
            "start": span["start"],
            "end": span["end"],
            "text": span["text"],
        }
        if "spans" in warning:
            row["spans"] = [view.span(s["start"], s["end"]) for s in warning["spans"]]
        key = (row["code"], row["start"], row["end"], row["message"])
        if key not in seen:
            seen.add(key)
            rows.append(row)
    rows.sort(key=lambda r: (r["start"], r["code"]))
    return rows


# -- competition -----------------------------------------------------------------------------------


_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*$")


def _competition(text: str, reading: Reading, view: _Offsets, reference_date: dt.date | None) -> dict[str, Any]:
    found = find_venue(text, reading.sentences)
    venue, nation, country = found.city, found.nation, found.country
    evidence = list(found.evidence)
    dateline_date = found.dateline_date
    round_number = None
    stated_season = None
    ordinals = vocabulary()["ordinals"]
    named = [(start, value) for start, _, label, value in reading.lexicon if label == "COMPETITION"]
    # "the bronze medallist of the 2018 Olympic Games": a competition with a year before it is another edition,
    # so any competition named without one is the report's own
    current = [value for start, value in named if not _YEAR_BEFORE.search(text[max(0, start - 6) : start])]
    name = (current or [value for _, value in named] or [None])[0]
    for start, end, label, value in reading.lexicon:
        if label == "ROUND" and round_number is None:
            words = text[start:end].split()
            round_number = int(words[0][2:]) if value == "wc" else ordinals.get(words[0].lower())
        elif label == "SEASON" and stated_season is None:
            years = re.search(r"((?:19|20)\d\d)[/-](\d\d)", text[start:end])
            if years and (int(years.group(1)) + 1) % 100 == int(years.group(2)):
                stated_season = f"{years.group(1)}/{years.group(2)}"
    explicit = dates.explicit_dates(text, dateline_date, reference_date)
    return {
        "name": name,
        "venue": venue,
        "country": country,
        "nation": nation,
        "season": stated_season or (dates.season(explicit[0]) if explicit else None),
        "round": round_number,
        "date_start": explicit[0].isoformat() if explicit else None,
        "date_end": explicit[-1].isoformat() if explicit else None,
        "evidence": view.spans(evidence),
    }
