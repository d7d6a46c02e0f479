"""The report's shape as Python types (the JSON Schema in schemas/report.schema.json is the authority)."""

from __future__ import annotations

from typing import Literal, TypedDict

Gender = Literal["women", "men"]
Discipline = Literal["500m", "1000m", "1500m", "3000m", "5000m", "10000m", "mass start", "team pursuit", "team sprint"]
Medal = Literal["gold", "silver", "bronze"]


class Span(TypedDict):
    start: int
    end: int
    text: str


class Source(TypedDict):
    path: str | None
    sha256: str
    chars: int


class Competition(TypedDict):
    name: str | None
    venue: str | None
    country: str | None
    nation: str | None
    season: str | None
    round: int | None
    date_start: str | None
    date_end: str | None
    evidence: list[Span]


class Result(TypedDict):
    rank: int
    medal: Medal | None
    name: str | None
    nation: str | None
    members: list[str]
    time: str | None
    seconds: float | None
    margin_s: float | None
    record: str | None
    rules: list[str]
    evidence: list[Span]


class Race(TypedDict):
    id: str
    gender: Gender | None
    discipline: Discipline
    distance_m: int | None
    race_number: int | None
    division: Literal["A", "B"]
    day: str | None
    date: str | None
    results: list[Result]
    evidence: list[Span]


class Athlete(TypedDict):
    name: str
    nation: str | None
    gender: Gender | None
    aliases: list[str]
    mentions: list[Span]


class _WarningRequired(TypedDict):
    code: str
    message: str
    start: int
    end: int


class Warning(_WarningRequired, total=False):
    text: str
    spans: list[Span]


class Report(TypedDict):
    schema_version: Literal["1.0"]
    source: Source
    competition: Competition
    races: list[Race]
    athletes: list[Athlete]
    warnings: list[Warning]
