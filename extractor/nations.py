"""Nations: IOC codes, country names, adjectives and demonyms, read from patterns/nations.jsonl."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extractor.resources import load_jsonl

# How a nation is named, as the span label the nation ruler gives it.
FORMS = {
    "names": "NATION",
    "adjectives": "NATION_ADJ",
    "people": "NATION_PEOPLE",
    "men": "NATION_MAN",
    "women": "NATION_WOMAN",
}


# the regional indicator symbol A; a flag emoji is two of these letters, the country's ISO 3166 code
_REGIONAL_A = 0x1F1E6
# a flag emoji, as a pattern
FLAG = "[\U0001f1e6-\U0001f1ff]{2}"


@dataclass(frozen=True)
class Nation:
    code: str
    country: str | None


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, Any]]:
    return {row["code"]: row for row in load_jsonl("nations.jsonl")}


@lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    return frozenset(_table())


def is_code(text: str) -> bool:
    return text in codes()


def country(code: str | None) -> str | None:
    if code is None or code not in _table():
        return None
    return _table()[code]["country"]


@lru_cache(maxsize=1)
def _by_country_name() -> dict[str, str]:
    found: dict[str, str] = {}
    for code, row in _table().items():
        for name in [row["country"], *row["names"]]:
            if name:
                found[name.casefold()] = code
                if name.lower().startswith("the "):
                    found[name[4:].casefold()] = code
    return found


@lru_cache(maxsize=1)
def _by_flag() -> dict[str, str]:
    return {row["flag"]: code for code, row in _table().items() if row.get("flag")}


def code_for_flag(flag: str) -> str | None:
    """The IOC code for a flag emoji ("🇳🇱": two regional indicator letters, N and L), or None."""
    letters = "".join(chr(ord(c) - _REGIONAL_A + ord("A")) for c in flag if _REGIONAL_A <= ord(c) < _REGIONAL_A + 26)
    return _by_flag().get(letters) if len(letters) == 2 else None


def code_for_name(name: str) -> str | None:
    """The IOC code for a country name ("Japan", "the Netherlands"), or None."""
    return _by_country_name().get(name.strip().casefold())


def span_patterns() -> list[dict[str, Any]]:
    """Phrase patterns for the nation ruler, case-sensitive, one per surface form."""
    patterns: list[dict[str, Any]] = []
    for code, row in sorted(_table().items()):
        for key, label in FORMS.items():
            for surface in row[key]:
                if surface.lower().startswith("the "):
                    surface = surface[4:]
                patterns.append({"label": label, "pattern": surface, "id": code})
        patterns.append({"label": "NATION_CODE", "pattern": [{"ORTH": f"({code})"}], "id": code})
        patterns.append({"label": "NATION_CODE", "pattern": [{"ORTH": "("}, {"ORTH": code}], "id": code})
    # Possessive country names ("Norway's") are tokenized apart, so the plain name pattern covers them.
    unique = {(p["label"], str(p["pattern"]), p["id"]): p for p in patterns}
    return list(unique.values())
