"""One athlete however the text writes them: "Vanessa Herzog", "Vanesse Herzog", "Herzog"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.resources import vocabulary


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, for comparing spellings."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Family names that, written first before a one-word given name, are surely Chinese ("Gao Tingyu").
_CHINESE_ORDER_HINT = frozenset(
    {
        "Gao",
        "Ning",
        "Wang",
        "Zhang",
        "Liu",
        "Chen",
        "Zhao",
        "Huang",
        "Zhou",
        "Xu",
        "Guo",
        "Zheng",
        "Liang",
        "Xie",
        "Deng",
        "Peng",
        "Zeng",
        "Xiao",
        "Yuan",
        "Jiang",
        "Tian",
        "Dong",
        "Cai",
        "Ding",
        "Yin",
        "Qi",
        "Lian",
        "Han",
        "Li",
        "Wu",
        "Sun",
    }
)
PARTICLES = {"de", "van", "der", "den", "ter", "ten", "von", "da", "di", "du", "le", "la", "del", "dos", "af"}


@lru_cache(maxsize=1)
def _family_first() -> frozenset[str]:
    return frozenset(vocabulary()["family_names_first"])


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    """The family name: "Kodaira", "de Jong" (with its particles), "KIM" in "KIM Min-seok", "Kim" in
    "Kim Min-sun" and "Gao" in "Gao Tingyu" (Korean and Chinese order)."""
    words = name.split()
    # "KIM Min-seok", "KODAIRA Nao": a capitalized first word is the family name.
    if len(words) >= 2 and words[0].isupper() and len(words[0]) > 1 and not words[-1].isupper():
        return words[0]
    if (
        len(words) == 2
        and words[0] in _family_first()
        and ("-" in words[1] or (words[0] in _CHINESE_ORDER_HINT and words[1] not in _family_first()))
    ):
        return words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(words[start:])


@lru_cache(maxsize=65536)
def given_names(name: str) -> str:
    family = surname(name)
    if name.startswith(family):
        return name[len(family) :].strip()
    return name[: len(name) - len(family)].strip()


def _close(a: str, b: str) -> bool:
    """Same given name, an initial of it, or a spelling one or two letters away ("Vanessa"/"Vanesse")."""
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    if a == b or not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    return _edit_distance(a, b) <= 2


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@dataclass
class Athlete:
    name: str
    aliases: list[str] = field(default_factory=list)


def _usual_case(name: str) -> str:
    """ "JENNING DE BOO" -> "Jenning de Boo", "KIM MIN-SEOK" -> "Kim Min-Seok": capitals to title case, particles
    lower-case."""
    particles = set(vocabulary()["name_particles"])
    words = [
        "-".join(part.lower() if part.lower() in particles else part.capitalize() for part in word.split("-"))
        for word in name.split(" ")
    ]
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


class Roster:
    """The athletes a text names, built from its multi-word names in order of appearance."""

    def __init__(self, names: list[str]) -> None:
        self.athletes: list[Athlete] = []
        self._by_surface: dict[str, Athlete] = {}
        # a name in capitals throughout ("THOMAS KROL") is an alias of the same name written normally
        for name in sorted(names, key=str.isupper):
            self._add(name)
        surnames: dict[str, list[Athlete]] = {}
        for athlete in self.athletes:
            surnames.setdefault(fold(surname(athlete.name)), []).append(athlete)
        self._surnames = surnames
        self._unique_surnames = {key: found[0] for key, found in surnames.items() if len(found) == 1}

    def _add(self, name: str) -> None:
        if name in self._by_surface:
            return
        if len(name.split()) < 2:
            return
        for athlete in self.athletes:
            if fold(surname(athlete.name)) == fold(name) and " " in surname(athlete.name):
                # "De Jong" after "Antoinette de Jong": the family name alone
                self._by_surface[name] = athlete
                return
        family = fold(surname(name))
        for athlete in self.athletes:
            if fold(athlete.name) == family and " " in surname(name) and given_names(name):
                # "De Boo beat Dubreuil ... Jenning de Boo clocked 34.12": the family name came first
                athlete.aliases.append(athlete.name)
                athlete.name = name
                self._by_surface[name] = athlete
                return
            if fold(surname(athlete.name)) == family and _close(given_names(athlete.name), given_names(name)):
                athlete.aliases.append(name)
                self._by_surface[name] = athlete
                return
            if (
                fold(given_names(athlete.name)) == fold(given_names(name))
                and len(family) >= 5
                and _edit_distance(fold(surname(athlete.name)), family) <= 1
            ):
                # "Jutta Leerdam" / "Jutta Leerdan": one letter off in the family name, same given name
                athlete.aliases.append(name)
                self._by_surface[name] = athlete
                return
            if fold(athlete.name).split() and sorted(fold(athlete.name).split()) == sorted(fold(name).split()):
                athlete.aliases.append(name)
                self._by_surface[name] = athlete
                return
        # "JORDAN STOLZ (USA)" with no ordinary-case form in the text: the name as it is usually written
        athlete = Athlete(_usual_case(name), [name]) if name.isupper() else Athlete(name)
        self.athletes.append(athlete)
        self._by_surface[name] = athlete

    def lookup(self, surface: str) -> Athlete | None:
        if surface in self._by_surface:
            return self._by_surface[surface]
        return self._unique_surnames.get(fold(surface)) or self._unique_given.get(fold(surface))

    @property
    def _unique_given(self) -> dict[str, Athlete]:
        """Given names only one athlete of the text has, and that are no one's family name ("Kaja", "Damian")."""
        if not hasattr(self, "_given_cache"):
            given: dict[str, list[Athlete]] = {}
            for athlete in self.athletes:
                first = given_names(athlete.name).split(" ")[0] if given_names(athlete.name) else ""
                if len(first) >= 3 and first[0].isupper() and not first.isupper():
                    given.setdefault(fold(first), []).append(athlete)
            self._given_cache = {
                key: found[0] for key, found in given.items() if len(found) == 1 and key not in self._surnames
            }
        return self._given_cache

    def sharing(self, surface: str) -> list[Athlete]:
        """Every athlete whose family name this is."""
        return list(self._surnames.get(fold(surface), []))

    def surname_pattern(self) -> re.Pattern[str] | None:
        """Matches the family name of every athlete ("Kim" even when two athletes are called Kim)."""
        forms = sorted({surname(a.name) for a in self.athletes}, key=len, reverse=True)
        forms += sorted({a.name.split(" ")[0] for a in self._unique_given.values()}, key=len, reverse=True)
        if not forms:
            return None
        # a particle may be capitalized at the start of a sentence: "De Jong ends up fourth"
        alternatives = []
        for form in forms:
            if " " in form:
                first, rest = form.split(" ", 1)
                alternatives.append("(?i:" + re.escape(first) + ")" + re.escape(" " + rest))
            elif form.isupper() and len(form) > 1:
                # "KIM Min-seok" is later "Kim"
                alternatives.append(re.escape(form) + "|" + re.escape(form.title()))
            else:
                alternatives.append(re.escape(form))
        return re.compile(r"(?<![\w'-])(?:" + "|".join(alternatives) + r")(?![\w-])")
