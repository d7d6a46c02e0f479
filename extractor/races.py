"""From scopes of statements to races: which race each stretch of text is about, and who placed where in it.

Scopes that never name their race take it from a later scope of the same paragraph, from what a team and
its time imply (a team at 3:02 is a ladies' team pursuit), or from the scope before. Two scopes of the same
kind are one race unless they disagree (the same skater winning twice, a different day, "the second 500m"),
in which case the distance was raced twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from extractor.statements import Competitor, Reading, Scope, Statement
from extractor.times import plausible, time_ranges

TEAM_DISCIPLINES = {"team pursuit", "team sprint"}
_GENDERS = {"men": "women", "women": "men"}  # each gender and the other
DISTANCES = {"500m": 500, "1000m": 1000, "1500m": 1500, "3000m": 3000, "5000m": 5000, "10000m": 10000}


@dataclass
class Race:
    gender: str | None
    discipline: str
    division: str
    race_number: int | None = None
    explicit_number: int | None = None
    day: str | None = None
    scopes: list[Scope] = field(default_factory=list)
    first_position: int = 0

    @property
    def statements(self) -> list[Statement]:
        said = [s for scope in self.scopes for s in scope.statements]
        # what a correction says of a competitor replaces what was said of them before; one it names without a
        # place it could read ("Leerdam moves up to silver") keeps no place from before either
        corrected = {s.competitor.key for s in said if s.correction and (s.rank is not None or s.time)}
        corrected |= {c.key for scope in self.scopes if scope.correction for c in scope.mentioned if c.athlete}
        # a correction that gives no time keeps the time told before: "Confirmed: Stolz ahead of Kongshaug and Howe"
        # after "Howe goes top with 1:44.60" puts Howe third in 1:44.60
        retimed = {s.competitor.key for s in said if s.correction and s.time}
        return [
            s
            if s.correction or s.competitor.key not in corrected
            else replace(s, rank=None, rule="time_before_correction")
            for s in said
            if s.correction or s.competitor.key not in corrected or (s.time and s.competitor.key not in retimed)
        ]

    @property
    def is_team(self) -> bool:
        return self.discipline in TEAM_DISCIPLINES


def _infer_from_times(statements: list[Statement], team: bool) -> tuple[str, str] | None:
    """The one (gender, discipline) whose usual times hold every stated time."""
    seconds = [s.time.seconds for s in statements if s.time is not None]
    if not seconds:
        return None
    fits = {
        (r.gender, r.discipline)
        for r in time_ranges()
        if (r.discipline in TEAM_DISCIPLINES) == team and all(r.low <= x <= r.high for x in seconds)
    }
    return fits.pop() if len(fits) == 1 else None


def _collides(
    statements_a: list[Statement], statements_b: list[Statement], repeat: bool = False, kind: Scope | None = None
) -> bool:
    """Would these statements contradict each other if they were about one race? With the race's `kind` known, a
    time it rules out (a split read as a time) contradicts nothing."""
    ranks_a: dict[str, int] = {}
    holders_a: dict[int, str] = {}
    # a skater who was disqualified or fell holds no place to collide with
    out = {s.competitor.key for s in [*statements_a, *statements_b] if not s.finished}
    statements_a = [s for s in statements_a if s.competitor.key not in out]
    statements_b = [s for s in statements_b if s.competitor.key not in out]
    for s in statements_a:
        if s.rank is not None:
            ranks_a[s.competitor.key] = s.rank
            holders_a[s.rank] = s.competitor.key
    for s in statements_b:
        if s.rank is None:
            continue
        key = s.competitor.key
        if key in ranks_a and ranks_a[key] != s.rank:
            return True
        if s.rank in holders_a and holders_a[s.rank] != key and not s.rule.startswith("tie_"):
            return True
        if repeat and key in ranks_a and ranks_a[key] == s.rank and s.rank == 1:
            # the same skater winning "again" under a new mention of the distance: a second race
            return True
    times_a = {s.competitor.key: s.time.seconds for s in statements_a if s.time}
    if kind is not None and kind.discipline is not None:
        times_a = {key: x for key, x in times_a.items() if plausible(kind.gender, kind.discipline, x)}
    for s in statements_b:
        if s.time and s.competitor.key in times_a and abs(times_a[s.competitor.key] - s.time.seconds) > 0.001:
            return True
    return False


def _told_before(scope: Scope, told: list[Scope]) -> Scope | None:
    """The one earlier scope in which every place of this scope was already given to the same competitor."""
    ranked = [s for s in scope.statements if s.rank is not None]
    if not ranked or len(ranked) != len(scope.statements):
        return None
    homes = set()
    for statement in ranked:
        holders = [
            other
            for other in told
            if any(x.competitor.key == statement.competitor.key and x.rank == statement.rank for x in other.statements)
        ]
        if len(holders) != 1:
            return None
        homes.add(holders[0].index)
    return next((other for other in told if other.index in homes), None) if len(homes) == 1 else None


class RaceBuilder:
    def __init__(self, reading: Reading, athlete_gender: dict[str, str]) -> None:
        self.reading = reading
        self.athlete_gender = athlete_gender
        self.warnings: list[dict[str, Any]] = []

    def build(self) -> list[Race]:
        scopes = [s for s in self.reading.scopes if s.statements or s.discipline]
        self._resolve_unnamed(scopes)
        for scope in scopes:
            self._resolve_gender(scope)
        races = self._group(scopes)
        self._genders_from_athletes(races)
        self._drop_other_gender(races)
        for race in races:
            self._check_times(race)
        return races

    # -- which race a scope is about ------------------------------------------------------------------

    def _resolve_unnamed(self, scopes: list[Scope]) -> None:
        for index, scope in enumerate(scopes):
            if scope.discipline is not None:
                continue
            if scope.correction:
                # "EDIT: Howe was 3rd, Kongshaug 4th": the race told before that names them
                named = {s.competitor.key for s in scope.statements}
                source = next(
                    (
                        s
                        for s in reversed(scopes[:index])
                        if s.discipline and named & {x.competitor.key for x in s.statements}
                    ),
                    None,
                )
                if source is not None:
                    scope.discipline, scope.division = source.discipline, source.division
                    scope.gender = scope.gender or source.gender
                    continue
            later = next(
                (s for s in scopes[index + 1 :] if s.paragraph == scope.paragraph and s.discipline is not None),
                None,
            )
            seconds = [s.time.seconds for s in scope.statements if s.time]
            if later is not None and not all(
                plausible(scope.gender or later.gender, later.discipline, x) for x in seconds
            ):
                later = None  # "took silver in 1:13.83 ... handed her 500m spot": the times say it is another race
            if later is not None and (scope.gender is None or later.gender in (None, scope.gender)):
                scope.discipline = later.discipline
                scope.gender = scope.gender or later.gender
                scope.division = scope.division or later.division
                if not _collides(scope.statements, later.statements, later.repeat) and not self._day_differs(
                    scope, later
                ):
                    later.statements = scope.statements + later.statements
                    later.day = later.day or scope.day
                    later.gender_hints += scope.gender_hints
                    later.mentioned = scope.mentioned + later.mentioned
                    later.contest = scope.contest + later.contest
                    scope.statements = []
                continue
            teams = [s for s in scope.statements if s.competitor.kind == "team"]
            if teams and len(teams) == len(scope.statements):
                inferred = _infer_from_times(scope.statements, team=True)
                if inferred is not None:
                    scope.gender = scope.gender or inferred[0]
                    if scope.gender == inferred[0]:
                        scope.discipline = inferred[1]
                        continue
            told = [s for s in scopes[:index] if s.discipline is not None]
            # text after a caption goes on with the race the text was telling, not the caption's
            previous = next((s for s in reversed(told) if scope.caption or not s.caption), told[-1] if told else None)
            told_before = _told_before(scope, told)
            if told_before is not None and told_before is not previous:
                # "her bronze in Calgary was the 22nd podium of her career": a place the text already gave in
                # another race, said again where no race is named, is that race's
                told_before.statements += scope.statements
                scope.statements = []
                continue
            if previous is not None and scope.gender and previous.gender not in (None, scope.gender):
                # "..., while Kim Jun-ho added a bronze on the men's side" after the women's 500m: another race
                previous = None
            if (
                previous is not None
                and seconds
                and not all(plausible(previous.gender, previous.discipline, x) for x in seconds)
            ):
                # The times rule out the race before; the one earlier race they fit is the one meant.
                fitting = [
                    s
                    for s in scopes[:index]
                    if s.discipline is not None
                    and (s.discipline, s.gender) != (previous.discipline, previous.gender)
                    and all(plausible(s.gender, s.discipline, x) for x in seconds)
                ]
                disciplines = {(s.discipline, s.gender) for s in fitting}
                previous = fitting[-1] if len(disciplines) == 1 else None
            if previous is not None and scope.division and scope.division != (previous.division or "A"):
                # "There was no stopping Beune in the A race" after the B Division: that distance, this division
                scope.discipline, scope.gender = previous.discipline, scope.gender or previous.gender
                continue
            if previous is not None and not _collides(previous.statements, scope.statements, kind=previous):
                previous.statements += scope.statements
                previous.gender_hints += scope.gender_hints
                previous.mentioned += scope.mentioned
                previous.contest += scope.contest
                scope.statements = []
                continue
            for statement in scope.statements:
                self._warn("unplaced-result", "a placing the extractor could not attach to a race", statement)
            scope.statements = []

    @staticmethod
    def _day_differs(a: Scope, b: Scope) -> bool:
        return a.day is not None and b.day is not None and a.day != b.day

    def _resolve_gender(self, scope: Scope) -> None:
        if scope.gender is not None or scope.discipline is None:
            return
        votes: dict[str, int] = {}
        for hint in scope.gender_hints:
            votes[hint] = votes.get(hint, 0) + 1
        for statement in scope.statements:
            competitor = statement.competitor
            gender = competitor.gender or (
                self.athlete_gender.get(competitor.athlete or "") if competitor.athlete else None
            )
            if gender:
                votes[gender] = votes.get(gender, 0) + 1
        if len(votes) == 1:
            scope.gender = next(iter(votes))
            return
        ranked = sorted(votes.values(), reverse=True)
        if len(ranked) == 2 and ranked[0] >= 3 and ranked[0] >= 3 * ranked[1]:
            # "she", "her right boot", "she laughed" against one "his" of her coach's: the skaters' gender
            scope.gender = max(votes, key=lambda gender: votes[gender])
            return
        seconds = [s.time.seconds for s in scope.statements if s.time]
        if seconds:
            fits = {
                r.gender
                for r in time_ranges()
                if r.discipline == scope.discipline and all(r.low <= x <= r.high for x in seconds)
            }
            if len(fits) == 1:
                scope.gender = fits.pop()
                return

    def _genders_from_athletes(self, races: list[Race]) -> None:
        """A race the text never gives a gender takes it from its skaters, as other races of theirs show it."""
        known: dict[str, set[str]] = {}
        for race in races:
            if race.gender and not race.is_team:
                for statement in race.statements:
                    if statement.competitor.athlete:
                        known.setdefault(statement.competitor.athlete, set()).add(race.gender)
        for race in races:
            if race.gender or race.is_team:
                continue
            votes = {g for s in race.statements if s.competitor.athlete for g in known.get(s.competitor.athlete, ())}
            if len(votes) == 1:
                race.gender = votes.pop()

    def _drop_other_gender(self, races: list[Race]) -> None:
        """A skater the text places in more races of the other gender than of this race's is no result of it:
        "Leerdam and Beune share top spot on nine", after the men's 5000m, ranks the women by a mark."""
        placed: dict[str, dict[str, int]] = {}
        for race in races:
            if race.gender in _GENDERS and not race.is_team:
                for athlete in {s.competitor.athlete for s in race.statements if s.rank is not None}:
                    if athlete:
                        votes = placed.setdefault(athlete, {})
                        votes[race.gender] = votes.get(race.gender, 0) + 1
        for race in races:
            if race.gender not in _GENDERS or race.is_team:
                continue
            other = _GENDERS[race.gender]
            for scope in race.scopes:
                kept = []
                for statement in scope.statements:
                    votes = placed.get(statement.competitor.athlete or "", {})
                    if statement.rank is not None and votes.get(other, 0) > votes.get(race.gender, 0):
                        self._warn(
                            "other-gender",
                            "a placing of a skater the text places in the other gender's races; left out",
                            statement,
                        )
                    else:
                        kept.append(statement)
                scope.statements = kept

    # -- grouping scopes into races -------------------------------------------------------------------

    def _group(self, scopes: list[Scope]) -> list[Race]:
        """Scopes of one kind are one race unless they disagree. Captions come last: they add to the race the text
        tells of, or tell of one it does not; a caption that disagrees with every race of its kind adds nothing."""
        races: list[Race] = []
        for scope in sorted(scopes, key=lambda s: s.caption):
            if scope.discipline is None or (not scope.statements and not scope.evidence):
                continue
            division = scope.division or "A"
            candidates = [
                r
                for r in races
                if r.discipline == scope.discipline
                and r.division == division
                and (scope.gender is None or r.gender in (None, scope.gender))
            ]
            target = None
            numbered = [
                r for r in candidates if scope.race_number is None or r.explicit_number in (None, scope.race_number)
            ]
            if scope.correction and numbered:
                # "EDIT: Howe was 3rd": the race told before, put right
                target = numbered[-1]
            for race in reversed(candidates if target is None else []):
                if scope.race_number is not None and race.explicit_number not in (None, scope.race_number):
                    continue
                if (
                    scope.race_number
                    and scope.race_number > 1
                    and race.explicit_number is None
                    and race.statements
                    and all(told.paragraph != scope.paragraph for told in race.scopes)
                ):
                    # "De Boo takes the opening 500 ..." told in one paragraph, "Kania wins the men's second 500m"
                    # in a later one: the race told before is an earlier one
                    continue
                if scope.day and race.day and scope.day != race.day:
                    continue
                if _collides(race.statements, scope.statements, scope.repeat, kind=scope):
                    continue
                target = race
                break
            if target is None and scope.caption and candidates:
                continue
            if target is None:
                target = Race(scope.gender, scope.discipline, division, first_position=_position(scope))
                races.append(target)
            target.first_position = min(target.first_position, _position(scope))
            target.scopes.append(scope)
            target.gender = target.gender or scope.gender
            target.day = target.day or scope.day
            target.explicit_number = target.explicit_number or scope.race_number
        return [r for r in races if r.statements or any(s.evidence for s in r.scopes)]

    @staticmethod
    def number(races: list[Race], timed_only: Sequence[Race] = ()) -> None:
        """Number races of one kind 1, 2, ... when the report has more than one of them. A race told with times but
        no places ("De Boo posts 34.41, Dubreuil 34.56") counts when the text numbers the races of its kind ("Kania
        wins the men's second 500m"); otherwise it may be a round of the race placed later."""
        kinds: dict[tuple, list[Race]] = {}
        for race in races:
            kinds.setdefault((race.gender, race.discipline, race.division), []).append(race)
        for race in timed_only:
            group = kinds.get((race.gender, race.discipline, race.division), [])
            numbers = {r.explicit_number for r in group}
            if (numbers | {race.explicit_number}) - {None} and race.explicit_number not in numbers:
                group.append(race)
                group.sort(key=lambda r: r.first_position)
        for group in kinds.values():
            if len(group) < 2:
                continue
            numbers = [r.explicit_number for r in group]
            if all(numbers) and len(set(numbers)) == len(numbers):
                for race in group:
                    race.race_number = race.explicit_number
                continue
            for number, race in enumerate(group, 1):
                race.race_number = number

    def _check_times(self, race: Race) -> None:
        for statement in race.statements:
            if statement.time and not plausible(race.gender, race.discipline, statement.time.seconds):
                self._warn(
                    "implausible-time",
                    f"{statement.time.text} is not a plausible {race.discipline} time; left out",
                    statement,
                )
                statement.time = None

    def _warn(self, code: str, message: str, statement: Statement) -> None:
        self.warnings.append({"code": code, "message": message, "start": statement.start, "end": statement.end})


def _position(scope: Scope) -> int:
    positions = [s for s, _ in scope.evidence] + [st.start for st in scope.statements]
    return min(positions) if positions else 0


@dataclass
class Placing:
    """One competitor's result in a race, merged from every statement about it."""

    competitor: Competitor
    rank: int | None = None
    time_display: str | None = None
    seconds: float | None = None
    record: str | None = None
    margin_s: float | None = None
    rules: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    reference_seconds: float | None = None  # the time implied by a stated gap, only for ordering
    finished: bool = True

    @property
    def comparable_seconds(self) -> float | None:
        return self.seconds if self.seconds is not None else self.reference_seconds


def placings(race: Race, warnings: list[dict[str, Any]]) -> list[Placing]:
    """Merge a race's statements per competitor, settle conflicts, and fill the one gap the text implies."""
    by_key: dict[str, Placing] = {}
    rank_sources: dict[str, list[Statement]] = {}
    for statement in race.statements:
        competitor = statement.competitor
        if race.is_team and competitor.kind != "team":
            continue
        if not race.is_team and competitor.kind == "team":
            continue
        if statement.rule == "finished_behind" and statement.group:
            # the one ahead is in the race too, even if the text gives them nothing else
            ahead = statement.group[0]
            if (ahead.kind == "team") == race.is_team:
                entry = by_key.setdefault(ahead.key, Placing(ahead))
                if (statement.start, statement.end) not in entry.evidence:
                    entry.evidence.append((statement.start, statement.end))
        placing = by_key.setdefault(competitor.key, Placing(competitor))
        if statement.rank is not None:
            rank_sources.setdefault(competitor.key, []).append(statement)
        if statement.time and placing.seconds is None:
            placing.time_display = statement.time.display
            placing.seconds = statement.time.seconds
        if statement.record and placing.record is None:
            placing.record = statement.record
        if statement.margin_s is not None and statement.group:
            winner = statement.group[0].key
            placing.margin_s = statement.margin_s if _winner_key(race) in (winner, None) else None
        elif statement.margin_s is not None:
            placing.margin_s = statement.margin_s
        for member in competitor.members:
            if member not in placing.members:
                placing.members.append(member)
        if statement.rule not in placing.rules and statement.rule != "margin":
            placing.rules.append(statement.rule)
        span = (statement.start, statement.end)
        if span not in placing.evidence and statement.rule != "margin":
            placing.evidence.append(span)
    out_of_race = {s.competitor.key for s in race.statements if not s.finished}
    for key in out_of_race:
        if key in by_key:
            by_key[key].finished = False
    for key in out_of_race & set(rank_sources):
        # "crossed the line fourth, but the jury disqualified the American": no place for a disqualified skater
        warnings.append(
            {
                "code": "placing-withdrawn",
                "message": f"{by_key[key].competitor.text} did not finish or was disqualified; "
                "the place stated is left out",
                "start": rank_sources[key][0].start,
                "end": rank_sources[key][0].end,
            }
        )
        del rank_sources[key]
    for key, sources in rank_sources.items():
        ranks = {s.rank for s in sources}
        if len(ranks) == 1:
            by_key[key].rank = ranks.pop()
            continue
        # The rank more statements support wins; between equals, the later one, since reports refine what
        # they said earlier ("had the second best time ... was pushed to third").
        support = {rank: sum(1 for s in sources if s.rank == rank) for rank in ranks}
        best = max(support.values())
        tied = [s for s in sources if support[s.rank] == best]
        chosen = tied[-1]
        if len({(s.start, s.end) for s in tied}) == 1 and len({s.rank for s in tied}) > 1:
            # Two ranks read from one sentence: no later statement refines the other, so neither is kept.
            by_key[key].rank = None
            outcome = "kept neither, both read from one sentence"
        else:
            by_key[key].rank = chosen.rank
            reason = "better supported" if list(support.values()).count(best) == 1 else "stated later"
            outcome = f"kept {chosen.rank}, {reason}"
        warnings.append(
            {
                "code": "conflicting-placings",
                "message": f"{chosen.competitor.text}: ranks {sorted(ranks)} stated; {outcome}",
                "start": sources[0].start,
                "end": sources[0].end,
                "spans": [{"start": s.start, "end": s.end} for s in sources],
            }
        )
    ranked = [p for p in by_key.values() if p.rank is not None]
    holders: dict[int, list[Placing]] = {}
    for placing in ranked:
        holders.setdefault(placing.rank, []).append(placing)
    for rank, group in holders.items():
        if len(group) > 1 and not all(any(r.startswith("tie_") for r in p.rules) for p in group):
            warnings.append(
                {
                    "code": "conflicting-placings",
                    "message": f"rank {rank} is given to "
                    + " and ".join(p.competitor.text for p in group)
                    + "; both left out",
                    "start": group[0].evidence[0][0],
                    "end": group[0].evidence[0][1],
                }
            )
            for placing in group:
                placing.rank = None
    winner = next((p for p in by_key.values() if p.rank == 1 and p.seconds is not None), None)
    for placing in by_key.values():
        if placing.seconds is None and placing.margin_s is not None and winner is not None:
            # a gap behind the winner stands for a time when places are compared, never as a stated time
            placing.reference_seconds = round(winner.seconds + placing.margin_s, 3)
    _fill_gap(race, by_key)
    result = [p for p in by_key.values() if p.rank is not None]
    unplaced = [p for p in by_key.values() if p.rank is None and p.seconds is not None]
    for placing in unplaced:
        warnings.append(
            {
                "code": "time-without-placing",
                "message": f"{placing.competitor.text} has a time but no stated placing",
                "start": placing.evidence[0][0] if placing.evidence else 0,
                "end": placing.evidence[0][1] if placing.evidence else 0,
            }
        )
    result.sort(key=lambda p: (p.rank, p.evidence[0][0] if p.evidence else 0))
    return result


def _winner_key(race: Race) -> str | None:
    for statement in race.statements:
        if statement.rank == 1:
            return statement.competitor.key
    return None


def _fits_gap(seconds: float, gap: int, by_key: dict[str, Placing]) -> bool:
    """Is this time slower than every known faster place and faster than every known slower place, with at
    least one known time on each side of the gap that exists?"""
    faster = [
        p.comparable_seconds
        for p in by_key.values()
        if p.rank is not None and p.rank < gap and p.comparable_seconds is not None
    ]
    slower = [
        p.comparable_seconds
        for p in by_key.values()
        if p.rank is not None and p.rank > gap and p.comparable_seconds is not None
    ]
    if not slower:
        return False
    if gap > 1 and not faster:
        return False
    return all(seconds > f for f in faster) and all(seconds < s for s in slower)


def _fill_pair_by_order(race: Race, by_key: dict[str, Placing], missing: set[int], taken: set[int]) -> bool:
    """Two free places side by side and the text saying which of two unplaced competitors beat the other
    ("beat the Dutch to the line"): they take the two places in that order."""
    if len(missing) != 2:
        return False
    first, second = sorted(missing)
    if second != first + 1:
        return False
    relations = [(s.group[0].key, s.competitor.key) for s in race.statements if s.rule == "finished_behind" and s.group]
    relations = [
        (a, b)
        for a, b in relations
        if a in by_key
        and b in by_key
        and by_key[a].rank is None
        and by_key[b].rank is None
        and by_key[a].finished
        and by_key[b].finished
    ]
    if len(set(relations)) != 1:
        return False
    ahead, behind = relations[0]
    by_key[ahead].rank, by_key[behind].rank = first, second
    by_key[ahead].rules.append("order_fills_places")
    by_key[behind].rules.append("order_fills_places")
    return True


def _fill_block_by_time(by_key, missing: set[int], taken: set[int], timed: list[Placing]) -> bool:
    """Places between two known ones ("Stolz won in 34.22 ... Kim fourth in 34.55"), as many as there are
    unplaced skaters whose times fall between: they take those places in the order of their times."""
    for low in sorted(taken):
        block = []
        rank = low + 1
        while rank in missing:
            block.append(rank)
            rank += 1
        if len(block) < 2 or rank not in taken:
            continue
        inside = [
            p
            for p in timed
            if _fits_gap(p.comparable_seconds, block[0], by_key) and _fits_gap(p.comparable_seconds, block[-1], by_key)
        ]
        # anyone else timed must be slower than every known place below the block: placed further back
        below = [
            p.comparable_seconds
            for p in by_key.values()
            if p.rank is not None and p.rank >= rank and p.comparable_seconds is not None
        ]
        others = [p for p in timed if p not in inside and not (below and p.comparable_seconds > max(below))]
        if len(inside) != len(block) or others:
            continue
        ordered = sorted(inside, key=lambda p: p.comparable_seconds)
        if len({p.comparable_seconds for p in ordered}) != len(ordered):
            continue
        for place, placing in zip(block, ordered, strict=True):
            placing.rank = place
            placing.rules.append("places_by_time")
        return True
    return False


def _fill_ahead_of_placed(race: Race, by_key, missing: set[int]) -> bool:
    """ "Chung took silver ... could not get past Swings": the one ahead of a placed skater, when the place
    just above is the only free one above."""
    for statement in race.statements:
        if statement.rule != "finished_behind" or not statement.group:
            continue
        behind, ahead = by_key.get(statement.competitor.key), by_key.get(statement.group[0].key)
        if behind is None or ahead is None or behind.rank is None or ahead.rank is not None or not ahead.finished:
            continue
        above = {r for r in missing if r < behind.rank}
        if above == {behind.rank - 1}:
            ahead.rank = behind.rank - 1
            ahead.rules.append("ahead_of_placed")
            return True
    return False


def _fill_gap(race: Race, by_key: dict[str, Placing]) -> None:
    """One empty podium place and one competitor the text sets in the fight for it: that place is theirs.

    - a competitor with a time faster than the silver's, when gold is empty (ranks 2 and 3 known);
    - the one other competitor the race's text names beside a contest phrase ("could not match",
      "the middle man", "to take the honor"), when ranks 1 and 3 are known and 2 is empty.
    """
    taken = {p.rank for p in by_key.values() if p.rank is not None}
    if not taken:
        return
    missing = set(range(1, max(taken) + 1)) - taken
    if len(taken) < 2 and max(taken) < 3:
        # only the second place known: the one its skater is stated to have finished behind won
        _fill_ahead_of_placed(race, by_key, missing)
        return
    if not missing:
        return
    unplaced = [p for p in by_key.values() if p.rank is None and p.finished]
    timed = [p for p in unplaced if p.comparable_seconds is not None]
    # A lone gap between two known places (or before the second): the one skater whose time falls there.
    lone = [g for g in sorted(missing) if (g == 1 or g - 1 in taken) and g + 1 in taken]
    fitting = [g for g in lone if len(timed) == 1 and _fits_gap(timed[0].comparable_seconds, g, by_key)]
    if len(fitting) == 1:
        timed[0].rank = fitting[0]
        timed[0].rules.append("podium_gap_by_time")
        return
    if _fill_pair_by_order(race, by_key, missing, taken):
        return
    if _fill_block_by_time(by_key, missing, taken, timed):
        return
    if _fill_ahead_of_placed(race, by_key, missing):
        return
    if len(missing) != 1:
        return
    gap = missing.pop()
    if gap == 1:
        return
    if gap == 2 and {1, 3} <= taken:
        placed_keys = {k for k, p in by_key.items() if p.rank is not None}
        # "Murakami had to accept the place behind Kim (third)": stated to finish behind the bronze, not second
        behind_bronze = {
            st.competitor.key
            for st in race.statements
            if st.rule == "finished_behind"
            and st.group
            and st.group[0].key in by_key
            and (by_key[st.group[0].key].rank or 0) >= 2
        }
        contenders: dict[str, tuple[Competitor, tuple[int, int]]] = {}
        for scope in race.scopes:
            for competitor, span in scope.contest:
                if competitor.kind == "epithet":
                    continue
                if race.is_team != (competitor.kind == "team"):
                    continue
                if competitor.key in placed_keys or competitor.key in behind_bronze:
                    continue
                if competitor.key in by_key and not by_key[competitor.key].finished:
                    continue
                contenders.setdefault(competitor.key, (competitor, span))
        if len(contenders) == 1:
            key, (competitor, span) = next(iter(contenders.items()))
            placing = by_key.setdefault(key, Placing(competitor))
            placing.rank = 2
            placing.rules.append("podium_gap_contest")
            placing.evidence.append(span)
