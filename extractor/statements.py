"""From a marked Doc to statements: in each clause, which competitor placed where, with what time.

A clause is about its subject: the first competitor named in it that is not the object of a preposition
("Behind Shinhama his compatriot Murakami took silver": Murakami). Placing cues, times and records in the
clause belong to the subject unless a relative rule ("X edged out Y for silver", "pushed Y to third") or a
list rule ("A, B and C swept the podium", "silver and bronze respectively") says otherwise.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from extractor import nations, pipeline, times
from extractor.athletes import PARTICLES, Roster, surname
from extractor.pipeline import CUES, LEXICON, NAMES, NATIONS, TIMES, cue_rules, text_of
from extractor.resources import vocabulary
from extractor.segment import Sentence, sentences
from extractor.times import plausible
from extractor.venue import elsewhere, find_venue

OBLIQUE = {
    "behind",
    "than",
    "of",
    "over",
    "from",
    "with",
    "to",
    "by",
    "on",
    "at",
    "against",
    "like",
    "past",
    "for",
    "in",
    "beat",
    "beating",
    "beats",
    "joined",
    "join",
    "joining",
    "ahead",
    "hands",
    "after",
    "under",
    "into",
    "outpaced",
    "edged",
    "pipped",
    "edge",
    "pushed",
    "besides",
    "alongside",
    "except",
    "replaced",
    "replacing",
    "between",
    "about",
    "among",
    "via",
    "without",
    "unlike",
}
CLAUSE_WORDS = {
    "while",
    "whereas",
    "but",
    "before",
    "when",
    "as",
    "until",
    "although",
    "though",
    "whilst",
    "and",
    "after",
}
DETERMINERS = {
    "the",
    "his",
    "her",
    "their",
    "its",
    "a",
    "an",
    "compatriot",
    "teammate",
    "team-mate",
    "fellow",
}
TEAM_DISCIPLINES = {"team pursuit", "team sprint"}
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b|\b(?:[Ee]ach|[Bb]oth|[Tt]he two|[Tt]he pair)\b(?!\s+(?:of|[A-Z]))")
TIE_WORDS = re.compile(
    r"\b(?:shared|share|sharing|tied|tie|dead heat|identical times?|same time|dead-heat|both|each)\b", re.I
)


@dataclass
class Competitor:
    """Someone or some team a clause speaks of, as written."""

    kind: str  # "athlete", "team", "epithet", "pronoun"
    start: int
    end: int
    text: str
    nation: str | None = None
    gender: str | None = None
    individual: bool | None = None  # for a nation named as "the Canadian": athlete or team?
    athlete: str | None = None  # resolved athlete key, for athlete/epithet/pronoun
    members: tuple[str, ...] = ()
    tail_end: int | None = None  # end of what is attached to the name: "Bowe of the United States"
    by_epithet: bool = False  # an athlete named by an epithet ("the Dutchwoman")
    possessive: bool = False  # "Kim's teammate": named only as the owner of what follows

    @property
    def key(self) -> str:
        if self.athlete:
            return f"athlete:{self.athlete}"
        if self.kind == "athlete":
            return f"unnamed:{self.nation}:{self.start}"
        return f"team:{self.nation}"


@dataclass
class Statement:
    competitor: Competitor
    rank: int | None
    rule: str
    start: int
    end: int
    time: times.RaceTime | None = None
    record: str | None = None
    margin_s: float | None = None
    strong: bool = True
    group: tuple[Competitor, ...] = ()
    finished: bool = True  # False: the text says this skater fell, was disqualified or did not finish
    correction: bool = False  # said in a correction ("EDIT: Howe was 3rd"): it replaces what was said before


@dataclass
class Scope:
    """A stretch of clauses about one race, as far as the text says which race."""

    index: int
    paragraph: int
    discipline: str | None = None
    gender: str | None = None
    day: str | None = None
    division: str | None = None
    race_number: int | None = None
    gender_hints: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    mentioned: list[Competitor] = field(default_factory=list)
    contest: list[tuple[Competitor, tuple[int, int]]] = field(default_factory=list)
    heading: bool = False
    repeat: bool = False  # "struck again", "her second win of the weekend": the distance raced once more
    caption: bool = False  # read from a photo caption: it may add to a race, never make a second one of its kind
    correction: bool = False  # a paragraph correcting the text ("EDIT:", "the official result now shows")
    sweeps: list[tuple[str, int]] = field(default_factory=list)  # "a Dutch one-two": the top 2 are Dutch


@dataclass
class Reading:
    scopes: list[Scope]
    warnings: list[dict[str, Any]]
    athlete_mentions: list[Competitor]
    sentences: list[Sentence]
    lexicon: list[tuple[int, int, str, str]]
    # (athlete, athlete) pairs the text calls compatriots ("Eitrem's compatriot Engebraaten"): of one nation
    compatriots: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Marks:
    """Everything the pipeline marked, as plain tuples sorted by position."""

    cues: list[tuple[int, int, str, str, Span]]  # start, end, label, rule id, span
    lexicon: list[tuple[int, int, str, str]]
    nations: list[tuple[int, int, str, str]]
    times: list[times.RaceTime]
    names: list[tuple[int, int, str]]  # sorted by start
    hidden: set[tuple[int, int, str]]
    roster: Roster
    coded_nations: dict[str, str]  # athlete -> the IOC code written beside their name somewhere in the text
    shared_names: dict[int, str]  # start of a family name two athletes share -> the athlete it stands for here
    sentences: list[Sentence]


def _marks(doc: Doc, sents: list[Sentence]) -> _Marks:
    text = text_of(doc)
    rules = cue_rules()
    cues = [(s.start_char, s.end_char, rules[s.label_]["label"], s.label_, s) for s in doc.spans[CUES]]
    lexicon = [(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans[LEXICON]]
    # "the Dutch-born veteran", "the Holland-based Brit": where a skater was born or lives, not their nation
    birthplace = tuple(vocabulary()["birthplace_suffixes"])
    nation_marks = [
        (s.start_char, s.end_char, s.label_, s.id_)
        for s in doc.spans[NATIONS]
        if not text[s.end_char : s.end_char + 10].lower().startswith(birthplace)
    ]
    found_times = []
    for span in doc.spans[TIMES]:
        parsed = times.parse_time(span.text)
        if parsed is None:
            for candidate in times.find_times(span.text):
                parsed = candidate
                break
        if parsed is not None:
            found_times.append(
                times.RaceTime(span.start_char, span.end_char, span.text, parsed.seconds, parsed.display)
            )
    names = [(s.start_char, s.end_char, s.text) for s in doc.spans[NAMES]]
    # In captions a run of capitalized words is often several family names ("Pedersen Swings Roest"):
    # only a name with its nation code counts there; the family names are found once the roster is known.
    captions = [(s.start, s.end) for s in sents if s.line_kind == "caption"]
    names = [
        (s, e, name)
        for s, e, name in names
        if not any(cs <= s < ce for cs, ce in captions) or re.match(r"\s*\([A-Z]{3}\)", text[e : e + 8])
    ]
    names = _with_particles(text, names)
    roster = Roster([name for _, _, name in names])
    names, shared = _with_surnames(text, names, roster, lexicon + nation_marks)
    # a word inside a name is no cue: "won" in "Chung Jae-won" (an ordinal after a name starts on the name)
    in_name = bytearray(len(text) + 1)
    for start, end, _ in names:
        in_name[start:end] = b"\x01" * (end - start)
    cues = [cue for cue in cues if cue[2] == "PLACE_ADJ" or not (in_name[cue[0]] and in_name[cue[1] - 1])]
    hidden = _apply_masks(doc, text, cues, names, nation_marks, sents)
    hidden |= _quotes(text)
    # "who won Olympic silver in Beijing", "came second last week in Obihiro": results at another venue
    for start, end in elsewhere(text, find_venue(text, sents)):
        # "In Collalbo, meanwhile, the American junior girls won ...": a sentence set elsewhere is elsewhere
        opening = next((s for s in sents if s.start <= start < s.end), None)
        if opening is not None and len(re.findall(r"\w+", text[opening.start : start])) == 0:
            end = max(end, opening.end)
        hidden.add((start, end, "all"))
    for start, end in _other_sports(text, sents, vocabulary()["other_sports"]):
        hidden.add((start, end, "all"))
    coded = {}
    code_at = {s: code for s, _, label, code in nation_marks if label == "NATION_CODE"}
    for _start, end, name in names:
        after = end
        while after < len(text) and text[after] == " ":
            after += 1
        known = roster.lookup(name)
        if after in code_at and known is not None:
            coded.setdefault(known.name, code_at[after])
    return _Marks(cues, lexicon, nation_marks, found_times, names, hidden, roster, coded, shared, sents)


def _with_particles(text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "de Boo (NED)" after "Jenning de Boo": a family name found without its particle gets it back."""
    endings = {" ".join(name.split()[-2:]) for _, _, name in names if len(name.split()) >= 3}
    mended = []
    for start, end, name in names:
        particle = re.search(r"\b([a-z]+) $", text[max(0, start - 5) : start])
        if " " not in name and particle and particle.group(1) in PARTICLES and f"{particle.group(1)} {name}" in endings:
            start, name = start - len(particle.group(0)), f"{particle.group(1)} {name}"
        mended.append((start, end, name))
    return mended


def _with_surnames(text, names, roster, other_marks):
    """Add the mentions of a family name alone ("Lollobrigida got silver") once the full name is known.

    A family name two athletes share ("Kim") is the one of them whose full name came last before it."""
    pattern = roster.surname_pattern()
    shared: dict[int, str] = {}
    if pattern is None:
        return names, shared
    full_mentions = [(s, roster.lookup(name)) for s, _, name in names if len(name.split()) > 1]
    occupied = [(s, e) for s, e, _ in names] + [(s, e) for s, e, *_ in other_marks]
    occupied.sort()
    starts = [s for s, _ in occupied]
    added = []
    for match in pattern.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and occupied[index][1] > match.start():
            continue
        nxt = index + 1
        if nxt < len(occupied) and occupied[nxt][0] < match.end():
            continue
        candidates = roster.sharing(match.group(0))
        if len(candidates) > 1:
            before = [
                (position, athlete)
                for position, athlete in full_mentions
                if position < match.start() and athlete in candidates
            ]
            if not before:
                continue
            latest_at, latest = before[-1]
            if (
                len({athlete.name for _, athlete in before}) > 1
                and "\n" in text[latest_at : match.start()]
                and all(athlete.name.split()[0] == surname(athlete.name) for athlete in candidates)
            ):
                # "Kim" after Kim Min-sun and Kim Jun-ho were both named, neither in this paragraph: a family name
                # written first is shared by so many skaters that a reader cannot tell which is meant
                continue
            shared[match.start()] = latest.name
        added.append((match.start(), match.end(), match.group(0)))
    return sorted(names + added), shared


_STOP_PUNCT = {",", ";", ":", "(", ")", "—", "–", ".", "!", "?"}
_STOP_WORDS = {"and", "but", "while", "whereas", "then", "as"}  # a mask's window ends where a new clause starts


def _apply_masks(doc, text, cues, names, nation_marks, sents) -> set[tuple[int, int, str]]:
    """Ranges hidden by MASK rules: count phrases, last week's results, hypotheticals, splits.

    A background rule marked "whole_sentence_if_first" that opens a sentence ("A week ago in Calgary it had
    been the other way round, with Kok first ...") hides the whole sentence."""
    rules = cue_rules()
    sentence_starts = sorted((s.start, s.end) for s in sents)
    starts_only = [s for s, _ in sentence_starts]
    competitor_starts = {start for start, _, _ in names} | {
        start for start, _, label, _ in nation_marks if label != "NATION_CODE"
    }
    ordered_competitors = sorted(competitor_starts)
    ranges: list[tuple[int, int, str]] = []
    for start, end, label, rule_id, span in cues:
        if label != "MASK":
            continue
        rule = rules[rule_id]
        scope = rule.get("scope", "match")
        what = rule.get("what", "cue")
        if rule.get("whole_sentence_if_first"):
            index = bisect.bisect_right(starts_only, start) - 1
            if index >= 0:
                sentence_start, sentence_end = sentence_starts[index]
                opening = len(re.findall(r"\w+", text[sentence_start:start])) <= 2
                # "when the circuit last stopped here, a year ago, Kok won the 500m": in a clause set before the
                # sentence's first name, the time told is the whole sentence's
                fronted = (
                    text[end : end + 1] == ","
                    and bisect.bisect_left(ordered_competitors, sentence_start)
                    == bisect.bisect_left(ordered_competitors, start)
                    and not re.search(r"\b(?:who|whose|which)\b", text[sentence_start:start])
                )
                if (opening or fronted) and start < sentence_end:
                    ranges.append((sentence_start, sentence_end, "all"))
        window = int(rule.get("window", 0))
        if scope == "match":
            ranges.append((start, end, what))
        if scope == "first":
            ranges.append((span[0].idx, span[0].idx + len(span[0]), what))
        if scope in ("after", "around"):
            stop = span.end
            own_stops = rule.get("stops_at", ())
            for i in range(span.end, min(len(doc), span.end + window)):
                stop_word = doc[i].lower_ in own_stops or (
                    doc[i].lower_ in _STOP_WORDS and not (rule.get("crosses_and") and doc[i].lower_ == "and")
                )
                comma = (doc[i].text == "," and rule.get("crosses_comma")) or (
                    doc[i].text in ("(", ")") and rule.get("crosses_brackets")
                )
                starts_competitor = doc[i].idx in competitor_starts and not rule.get("crosses_comma")
                if (doc[i].text in _STOP_PUNCT and not comma) or starts_competitor or stop_word or _is_dash(doc, i):
                    break
                stop = i + 1
            ranges.append((start, doc[stop - 1].idx + len(doc[stop - 1]) if stop > span.end else end, what))
        if scope in ("before", "around"):
            first = span.start
            for i in range(span.start - 1, max(-1, span.start - 1 - window), -1):
                if doc[i].text in _STOP_PUNCT or "\n" in doc[i].text or _is_dash(doc, i):
                    break
                first = i
            ranges.append((doc[first].idx, end, what))
        if scope == "segment":
            stop = span.end
            while stop < len(doc) and doc[stop].text not in _STOP_PUNCT:
                stop += 1
            ranges.append((start, doc[stop - 1].idx + len(doc[stop - 1]), what))
    # "last season, when Groenewoud came eleventh": a "when" clause tells more of the time that is hidden
    for start, end, what in list(ranges):
        when = _WHEN_CLAUSE.match(text, end) if what == "all" else None
        if when:
            ranges.append((start, when.end(), what))
    return set(ranges)


_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b(?:[^.;!?\n]|\.(?=\d))*")


def _is_dash(doc: Doc, i: int) -> bool:
    """A hyphen with spaces around it ("in 1:09.64 - a long way short of ...") is a dash between clauses."""
    return doc[i].text == "-" and i > 0 and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)


_QUOTE = re.compile(r'"[^"\n]{1,600}"')


def _quotes(text: str) -> set[tuple[int, int, str]]:
    """What athletes say ("I was second again") states no result: quotations of four words or more."""
    return {(m.start(), m.end(), "all") for m in _QUOTE.finditer(text) if len(m.group(0).split()) >= 4}


_OUR_SPORT = re.compile(r"speed[ -]?skat|long[ -]track|eisschnell|schaats", re.IGNORECASE)


@lru_cache(maxsize=8)
def _other_sport_patterns(sports: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A heading that names another sport ("Ski jumping", "SHORT TRACK:"), and a paragraph opening on one."""
    names = "|".join(re.escape(sport) for sport in sorted(sports, key=len, reverse=True))
    heading = re.compile(rf"(?:{names})(?:\s+[\w'’-]+){{0,2}}\s*:?", re.IGNORECASE)
    opening = re.compile(rf"(?:(?:meanwhile,?\s+)?(?:in|at|over in)\s+(?:the\s+)?)(?:{names})\b", re.IGNORECASE)
    return heading, opening


def _other_sports(text: str, sents: list[Sentence], sports: list[str]) -> list[tuple[int, int]]:
    """The sentences about another sport in a round-up of several: a section under a heading that names one
    ("Biathlon", "SHORT TRACK:"), up to a heading that names speed skating or the end of the text, and a paragraph
    that opens on one ("In biathlon, Bø won the sprint")."""
    heading, opening = _other_sport_patterns(tuple(sports))
    found: list[tuple[int, int]] = []
    in_section = False
    in_paragraph: int | None = None
    for sentence in sents:
        line = text[sentence.start : sentence.end].strip()
        if sentence.line_kind == "short" and heading.fullmatch(line) and not _OUR_SPORT.search(line):
            in_section = True
        elif sentence.line_kind == "short" and _OUR_SPORT.search(line):
            in_section = False
        if sentence.first_in_paragraph:
            in_paragraph = sentence.paragraph if opening.match(text, sentence.start) else None
        if in_section or in_paragraph == sentence.paragraph:
            # one mask a sentence: masks are looked up by their start, so none may be long
            found.append((sentence.start, sentence.end))
    return found


def _is_hidden(marks: _Marks, start: int, end: int, kind: str) -> bool:
    """Does a mask of this kind overlap [start, end)? Masks are indexed by start, so a query looks only at the
    few that can reach it."""
    index = marks.__dict__.get("_mask_index")
    if index is None:
        ordered = sorted(marks.hidden)
        longest = max((e - s for s, e, _ in ordered), default=0)
        index = marks.__dict__["_mask_index"] = (ordered, [s for s, _, _ in ordered], longest)
    ordered, starts, longest = index
    i = bisect.bisect_left(starts, start - longest)
    while i < len(ordered) and starts[i] < end:
        mask_start, mask_end, what = ordered[i]
        if start < mask_end and (what == "all" or kind in what.split("+")):
            return True
        i += 1
    return False


@lru_cache(maxsize=8)
def _epithet_pattern(person_nouns: frozenset[str]) -> re.Pattern[str]:
    """ "the 22-year-old", "the Olympic champion": "the", up to three words, and a person noun."""
    nouns = "|".join(sorted((re.escape(n) for n in person_nouns), key=len, reverse=True))
    return re.compile(rf"\b[Tt]he\s+((?:[\w'’-]+\s+){{0,3}}?)(\d{{1,2}}-year-old|{nouns})\b(?!\s+[A-Z])")


# "Wiklund was the best Norwegian", "Lehman was the next-best American", "Snellink was the best of the Dutchmen",
# "Goetz made it two Americans on the podium": the nation word right after names the skater's nation
_BEST = r"(?:next|second|third)[- ]best|best[- ]placed|best|top|fastest|leading|highest[- ]placed|first"
_BEST_OF = re.compile(
    rf"\s*(?:\([A-Z]{{3}}\))?\s*(?:(?:was|is|,)\s+the\s+(?:{_BEST}|only(?:\s+other)?|other|lone|sole|second|third|fourth)"
    r"\s+(?:of\s+the\s+)?|made\s+it\s+(?:two|three|four|a\s+second|a\s+third)\s+)"
)
_NATIONAL_RECORD = re.compile(r"\s+(?:national\s+)?record\b(?!\s*(?:of|holder|stood|stands|was|belongs|belonged)\b|-)")
_PERCEPTION = {"watched", "watch", "watches", "watching", "saw", "see", "sees", "seeing"}
# A heading that is a country's name: "NETHERLANDS", "Team Canada", "Japan (3 medals)", "Norway: one of each"
_SECTION_NATION = re.compile(
    r"\s*(?:team\s+)?([^\W\d_]+(?:[ .-]+[^\W\d_]+){0,3}?)\s*(?:[(:–—-].*)?", re.IGNORECASE | re.DOTALL
)
# What may stand between a name and what is said of it in an entry: "Bowe (USA): fourth"
_NAME_THEN = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?")
# What may stand before the name opening an entry line: a bullet, a number
_ENTRY_OPENER = re.compile(r"\s*(?:[-–—•*·]\s*|\d{1,2}[.)]\s+)?")
_APPOSITION = re.compile(
    r",\s+(?:(?:also\s+)?(of|from|representing|(?:skating|racing|competing)\s+for)\s+(?:the\s+)?"
    r"|(?:the|a|an|another)\s+)"
)
_APPOSITION_END = re.compile(r"\s*(?:[,;.)]|\s+(?:who|whose)\b)")
# "the Canadian veteran,", "the other American in the race,", "the second Dutchwoman in the top five,": words after
# the nation up to the end of the apposition, none of them a verb of a relative clause or an owner's "'s"
_APPOSITION_TAIL = re.compile(
    r"((?:\s+(?!who\b|whose\b|which\b|that\b)[^\W\d_][\w-]*){0,5}?)\s*(?:[,;.)]|\s+(?:who|whose)\b)"
)
# "another Japanese,", "a fellow Norwegian,": a nation word that stands for one more skater, named next
_ANOTHER = re.compile(r"\b(?:[Aa]nother|[Ff]ellow|[Aa] second|[Aa] third|[Tt]he other)\s+$")
# a clause about the writer: "So I finished second", "We won in 2:58.16", "My time was good for fourth"
_FIRST_PERSON = re.compile(
    r"[\s,;:—–-]*(?:(?:and|but|so|then|yet|now|still|And|But|So|Then|Yet|Now|Still)\s+)*(?:I|[Ww]e|[Mm]y)\b"
    r"(?!,|\s+(?:mean|think|guess|reckon|believe|suppose|must say|have to say)\b)"
)
# "Bowe (USA)", "Rijpma-de Jong (1:55,92)", "Kok (NED, 37.02)": a bracket after a name that is part of it
_NAME_BRACKET = re.compile(r"\((?:[A-Z]{3}|[A-Z]{3},?\s*\d[\d:.,]*s?|\d[\d:.,]*s?)\)")
_PASSIVE_AGENT = re.compile(r"\b(?:won|taken|claimed|captured|dominated|secured|clinched)\s+by\s+(?:the\s+)?$")
_CORRECTION = re.compile(
    r"^\W*(?:\d{1,3}/\s*)?(?:EDIT|Edit|CORRECTION|Correction|CLARIFICATION|Clarification)\b"
    # a live entry confirming a race's result: "14:52 – Confirmed, men's 1500m: ...", "OFFICIAL RESULT, ..."
    r"|^\W*(?:\d{1,2}[:.]\d{2}\s*[–—-]\s*)?(?:CONFIRMED|Confirmed|(?:OFFICIAL|Official|FINAL|Final)\s+(?:RESULTS?|[Rr]esults?))"
    r"\s*[,:]"
    r"|\b(?:official results? now shows?|(?:result|results|podium|order|placings?) (?:has|have) (?:now )?changed"
    r"|(?:time|result|results|order) (?:was |were |has been |have been )?corrected"
    r"|as (?:we|I) (?:first |originally )?(?:wrote|reported|had it))\b",
    re.MULTILINE,
)
# A line that only hands the ice to the other gender: "14:42 — Men's turn.", "Now the women.", "Over to the men's race"
_GENDER_TURN = re.compile(
    r"\W*(?:(?:[A-Z][a-z]{2}\s+)?\d{1,2}[:.]\d{2}\s*[–—-]\s*)?(?:(?:[Aa]nd\s+)?(?:[Nn]ow|[Tt]hen|[Oo]ver\s+to|[Oo]n\s+to)\s+)?"
    r"(?:the\s+)?(?:[Mm]en|[Ww]omen|[Ll]adies|MEN|WOMEN|LADIES)(?:'s|’s|'|’|S)?"
    r"(?:\s+(?:race|field))?(?:\s+(?:turn|next|now|up next|to go))?\s*[.!:…]*\s*"
)
_OTHER_GENDER = {"men": "women", "women": "men"}
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)(?:\s+\w+)?\s+have\b")
# "Weidemann (CAN), an Olympic champion in the ": an apposition after a name, up to a distance it names
_APPOSITION_BEFORE_RACE = re.compile(r"\s*(?:\([A-Z]{3}\))?\s*,\s+(?!(?:in|at|over|on|for|with)\b)[^,;.]{0,90}")
_MATE_APPOSITION = re.compile(r"\s*(?:\([A-Z]{3}\))?\s*,\s+([^\W\d_][\w'’-]*)['’]s\s+(?:[a-z]+\s+)?([a-z-]+?)s?\b")
_NATION_SWEEP = re.compile(
    r"\b(?:an?|the)\s+(?:all-)?([A-Z][\w-]+)\s+(one-two-three|1-2-3|one-two|1-2|podium sweep|clean sweep|sweep)\b"
)
_ORDINAL_ROW = re.compile(r"\s*(\d{1,2}(?:st|nd|rd|th)|[Pp]\d{1,2})\s+")
_RACE_NOUN = re.compile(
    r"\b(?:race|races|final|finals|event|title|titles|victory|win|gold|honours|honors|spoils|distance|sprint|"
    r"contest|duel|showdown)\b",
    re.IGNORECASE,
)
_ONLY_FASTER = re.compile(
    r"\b([Oo]nly)\s+[^.;:]{1,60}?\s+(?:was|went|skated|proved)\s+(?:any\s+)?(?:faster|quicker)"
    r"(?:\s+than\s+(?:the\s+)?)?()"
)
_BOTH_FROM = re.compile(r"\(\s*both\s+[^()]{1,30}\)|\bboth\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w-]+")
_BOTH_RACES = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:men|women|ladies)(?:['’]s?)?\s+)?")
# "Behind her came Takagi and Wiklund", "Right behind Beune finished Takagi"
_CAME_BEHIND = re.compile(
    r"[\s,;:]*(?:(?:Right|Just|Close|Directly|Immediately|Next)\s+)?[Bb]ehind\s+(?:(him|her|them)|()\S)[^,;.]{0,40}?"
    r"\s*,?\s+(?:came|come|comes|were|was|finished|finish|followed|follow)\s+(?:(?:home|in|up)\s+)?"
)
_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")
# A nation's people opening a clause: "Among the other Japanese", "The Dutch", "... and the Dutch", "Norway's women"
_GROUP_OPENING = re.compile(r"\s*(?:(?P<among>[Aa]mong|[Oo]f)\s+)?(?:[Tt]he\s+)?(?:other\s+|remaining\s+)?")
_GROUP_JOINED = re.compile(r"(?:[,;]\s*|\s)(?:and|while|whereas)\s+(?:the\s+)?(?:other\s+|remaining\s+)?$")
_GROUP_NOUN = re.compile(r"\s+(?:other\s+|remaining\s+)?(?!(?:was|has|is|does|gets)\b)[a-z]+(?:s|men)\b")
_GROUP_OF_COUNTRY = re.compile(r"['’]s" + _GROUP_NOUN.pattern)
# "The Dutch took ...", "the Japanese had ...": the people themselves, not "the Dutch sprinter"
_GROUP_VERB = re.compile(
    r"\s+(?:also\s+|then\s+)?(?:were|had|took|filled|claimed|made|came|could|did|got|have|collected|swept|finished)\b"
)
_NOTHING = re.compile("")
# where the clause a nation's people open ends: "Among the Dutch," / "The Dutch took the medals:" / "... and the Dutch
# took the rest, Roest second"
_GROUP_DELIMITER = {"among": re.compile(","), "opening": re.compile(":"), "joined": re.compile(",|:")}
_GROUP_LIST_STOP = re.compile(
    r"\b(?:ahead|behind|beat|beating|beaten|edged|pipped|than|over|after|from|with|only|but|except|while|whereas|"
    r"between|broke|breaking|denied|split|won|win|winner|winning)\b"
)
_PERSON_NATION_LABELS = ("NATION_ADJ", "NATION_MAN", "NATION_WOMAN", "NATION_PEOPLE")
_INTO = re.compile(r"\s*(?:\([A-Z]{3}\)\s*)?(?:down\s+|back\s+)?into\s+(?:the\s+)?")
# between two skaters after "ahead of": "Wiklund (NOR) 4:00.41 and the Czech Sáblíková"
# "ahead of", "won from", "won the women's mass start from"
_AHEAD_OF = re.compile(
    r"\b(?:ahead of|clear of|in front of|(?:holding|held|holds|hold) off"
    r"|(?:won|wins|win|winning)(?:\s+(?:the\s+)?[\w'’-]+){0,5}?\s+from)\s+(?:the\s+)?"
)
# "won the men's team sprint from the Netherlands": the one a nation was ahead of, right before it
_AHEAD_OF_END = re.compile(rf"(?:{_AHEAD_OF.pattern})$")
# "South Korea's ", "the Czech Republic's ": a nation's possessive before a name in a list
_POSSESSIVE_NATION = r"(?:(?:the\s+)?(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+['’]s\s+)?"
_PAIR_JOIN = re.compile(
    r"\s*(?:\([^)]{1,20}\)|[A-Z]{3})?\s*(?:(?:\d{1,2}:)?\d{1,2}\.\d{2,3}\s*)?(?:,\s*and\s+|,\s*|and\s+)"
    r"(?:(?:the\s+)?(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+(?:['’]s?)?\s+)?"
)
# "the men's race", "in the ladies' event": a race named by its gender alone, the distance being the one told
_OTHER_GENDERS_RACE = re.compile(
    r"\b(?:the|a|in|on)\s+(men|women|ladies)(?:'s|')?\s+(?:race|event|final|competition|contest|title|version)\b",
    re.IGNORECASE,
)
# "one place behind Semerikov", "one place ahead of her teammate Dufter", "two places behind Norway's Eitrem"
_PLACES_APART_GAP = re.compile(
    r"\s*(?:of\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:team-?mate|compatriot|countryman|countrywoman)\s+)?"
    r"(?:[A-Z][\w.-]+['’]s\s+)?"
)
# "Her 37.48", "his 1:06.14": a time that belongs to whoever the possessive refers to
_ROW_TAIL_WORDS = 3  # "4. Jenning de Boo DNF", "5. Kim Min-seok +0.42 s": a row ends in a few words, not prose
_POSSESSIVE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")
# the first word of a clause and the lower-case word after it: "Dubreuil came", "and Yoshida was"
# "leaving the Korean with bronze", "leaving Park to settle for silver", "left Beune in second"
_LEFT_WITH = re.compile(
    r"\s*(?:\([A-Z]{3}\)\s*)?(?:(?:with|in|to\s+(?:settle\s+for|take|collect|accept|make\s+do\s+with))\s+"
    r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2})?"
)
_SAME_DISTANCE = re.compile(r"\b(?:over|in|at|on)\s+the\s+same\s+(?:distance|event)\b")
# "In the B Division, ...", "And in Division B": a clause that opens on a division frames what follows
_DIVISION_FRAME = re.compile(
    r"\s*(?:[Aa]nd\s+)?(?:[Ii]n|[Aa]t|[Oo]ver\s+in)\s+(?:the\s+)?"
    r"(?:[AB][ -](?:[Dd]ivision|[Gg]roup)|[Dd]ivision\s+[AB])\b"
)
_AND_VERB = re.compile(r"[\s,;]*(?:and|but|then|yet)\s+(?:then\s+|also\s+|later\s+|still\s+|duly\s+)?([a-z]+)\b")
_AS_BEST_OF = re.compile(rf"\bas\s+the\s+(?:{_BEST}|only)\s+(?:of\s+the\s+)?")
# "gave Canada its ...", "for Japan", "for the Netherlands"
_WON_FOR_COUNTRY = re.compile(r"\b(?:(gave|handed|brought|earned)|for)\s+(?:the\s+)?")
_ITS = re.compile(r"\s+(?:its|their)\b")
_FORMED_GROUP = re.compile(r"\b(?:formed|made\s+up|comprised|were)\s+the\s+")
_AUXILIARIES = {"was", "were", "is", "are", "had", "has", "did", "could", "would", "will"}
_NOT_VERBS = {"red", "bed", "seed", "speed", "need", "indeed", "shed"}
_OPENING_WORD = re.compile(r"[\s,;:—–-]*(?:(?:and|but|while|whereas|then)\s+)?([^\W\d_][\w'’-]*)\s+[a-z]")
_FLAG_BEFORE = re.compile(f"({nations.FLAG})[ \\t]*$")
_FLAG_AFTER = re.compile(f"[ \\t]*({nations.FLAG})")
_BARE_CODE = re.compile(r"(?:[ \t]+|\s*[|,;]\s*)([A-Z]{3})\b(?![-'’])")
# A preposition and only lower-case words after it, up to the end of the searched stretch.
_OBLIQUE_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(OBLIQUE)) + r")\s+((?:[a-z][\w'’-]*,?\s+)+)$")


def read(doc: Doc) -> Reading:
    sents = sentences(text_of(doc))
    marks = _marks(doc, sents)
    reader = _Reader(doc, marks)
    return reader.run()


# a race's heading before the first item of its results: "Women's 500 meters: "
_HEADING_LEAD = re.compile(r"[^.;:!?\n]{0,60}:\s*")


class _Reader:
    def __init__(self, doc: Doc, marks: _Marks) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.marks = marks
        self.words = vocabulary()
        self.rules = cue_rules()
        self.scopes: list[Scope] = []
        self.warnings: list[dict[str, Any]] = []
        self.athlete_mentions: list[Competitor] = []
        self.recent: list[Competitor] = []  # resolved individual competitors, most recent last
        self.named: dict[int, list[Competitor]] = {}  # every athlete named, by paragraph, resolved or not
        self.last_subject: Competitor | None = None
        self._sentence_competitors: list[Competitor] = []
        self.last_group: list[Competitor] = []
        self.epithet_nations: dict[str, str] = {}
        self.known_nations: dict[str, str] = {}  # athlete -> nation the text has given so far
        self.last_subject_paragraph = -1
        self.off_topic = False
        self.section_heading = False  # inside a section whose heading names its race
        self.section_discipline: str | None = None
        # (division, paragraph) opened by "In the B Division," (for the paragraph) or a heading (paragraph None)
        self.division_frame: tuple[str, int | None] | None = None
        # (nation, paragraph, heading alone in its paragraph) of a section headed "NETHERLANDS" or "Team Canada"
        self.nation_frame: tuple[str, int, bool] | None = None
        self.in_caption = False  # reading a caption written as a sentence
        self._contest: tuple[int, int | None] | None = None  # (sentence, place) of "In the race for bronze,"
        self.ordinal_words = "|".join(sorted(map(re.escape, self.words["ordinals"]), key=len, reverse=True))
        # "Final B", "the small final"; not "the final bend"
        self.b_final = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in self.words["b_final_words"]) + r")\b", re.IGNORECASE
        )
        # "the race for bronze", "the battle for third place": a contest for a place; "In the race for bronze,": one
        # framing the sentence
        contest = "|".join(map(re.escape, [*self.words["contest_nouns"], "final"]))
        self.contest_for = re.compile(rf"\b(?:{contest})\s+for\s+(?:the\s+)?(\w+)(?:\s+(?:medal|place|spot))?")
        self.contest_frame = re.compile(r"\W*(?:[Ii]n|[Ff]or)\s+the\s+" + self.contest_for.pattern + r"\W*")
        # "down in seventh (", "seventh in ": a place just before a time
        self.place_then_time = re.compile(rf"\s*(?:[a-z]+\s+){{0,3}}?(?:{self.ordinal_words})\s*(?:\(\s*|in\s+)?")
        self.paragraph = -1
        self._corrections: dict[int, bool] = {}
        self.compatriot_links: list[tuple[str, str]] = []
        self.name_starts = [name_start for name_start, _, _ in marks.names]
        self.time_starts = [found.start for found in marks.times]
        self._nations_by_start = sorted(self.marks.nations)
        self._nation_starts = [n[0] for n in self._nations_by_start]
        # athletes placed in a race whose gender the text gave: "the Dutchman" is not the winner of the women's 500m
        self.placed_genders: dict[str, str] = {}
        self.main_subjects: list[Competitor] = []  # athletes the sentences were about, in order
        self._paragraph_of: dict[int, int] = {}
        self.person_nouns = frozenset(w.lower() for w in self.words["person_nouns"])
        self.compatriots = {w.lower() for w in self.words["compatriot_words"]}
        self.group_nouns = frozenset(w.lower() for w in self.words["group_nouns"])
        self._result_words = frozenset(
            [*self.words["ordinals"], *self.words["medals"], "medal", "medals", "podium", "win", "victory", "title"]
        )
        self._group_noun_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, self.group_nouns)) + r")\b")
        self.pronouns = self.words["pronouns"]
        self.gender_nouns = self.words["gender_nouns"]
        self.onlooker_nouns = frozenset(self.words["onlooker_nouns"])
        self.gender_noun = re.compile(r"\b(?:" + "|".join(map(re.escape, self.gender_nouns)) + r")\b", re.IGNORECASE)
        self.known_words = set(self.words["sentence_openers"]) | set(self.words["not_names"])
        regions = sorted(self.words["home_regions"], key=len, reverse=True)
        self.home_region = re.compile(
            r"(?:\s*,?\s+(?:of|from)\s+|\s*\()(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*,\s+("
            + "|".join(map(re.escape, regions))
            + r")(?=[\s,;)]|$)"
        )
        ranks = "|".join([*self.words["medals"], self.ordinal_words])
        self.places_went_to = re.compile(
            rf"[\s,;:]*(?:the\s+)?({ranks})(?:\s+(?:medals?|places?|spots?|positions?))?\s*(?:,\s*|\s+)(?:and\s+)?"
            rf"(?:the\s+)?({ranks})(?:\s+(?:medals?|places?|spots?|positions?))?\s+(?:went|go|goes|fell)\s+to\s+"
            r"(?:the\s+)?",
            re.IGNORECASE,
        )
        self.preparing = re.compile(
            r"\b(?:" + "|".join(map(re.escape, self.words["preparation_words"])) + r")\b(?:\s+[\w'’-]+){0,3}?\s+"
            r"(?:for|on)\s+(?:the|his|her|their|Sunday's|Saturday's)?\s*(?:(?:men|women|ladies)(?:'s|’s|'|’)?\s+)?$",
            re.IGNORECASE,
        )

    # -- driving -----------------------------------------------------------------------------------

    def run(self) -> Reading:
        sents = self.marks.sentences
        previous_paragraph = -1
        scope = None
        seen_prose = False
        for sentence in sents:
            if sentence.line_kind == "headline":
                # "Japan's Morishige loses by two thousandths": names and their nations, never a placing
                self._competitors(sentence)
                continue
            if sentence.line_kind in ("hashtags", "dateline"):
                continue
            if sentence.line_kind == "caption":
                self._read_caption(sentence)
                continue
            if sentence.line_kind == "short" and seen_prose:
                self._heading(sentence)
            if self.off_topic:
                # "Medal table", "Standings after Saturday": a section with no race in it
                self._competitors(sentence)
                continue
            seen_prose = seen_prose or sentence.line_kind in ("prose", "credited")
            captioned = self.in_caption = sentence.line_kind == "credited"
            if sentence.paragraph != previous_paragraph or captioned != (scope is not None and scope.caption):
                if scope is None or not scope.heading or scope.statements or captioned:
                    scope = self._new_scope(sentence.paragraph)
                else:
                    scope.paragraph = sentence.paragraph
                previous_paragraph = sentence.paragraph
            scope = self._read_sentence(sentence, scope)
        lexicon = [m for m in self.marks.lexicon if not _is_hidden(self.marks, m[0], m[1], "race")]
        return Reading(self.scopes, self.warnings, self.athlete_mentions, sents, lexicon, self.compatriot_links)

    def _heading(self, sentence: Sentence) -> None:
        """A heading opens a section: about a race ("Men's 1000m"), or about none ("Medal table")."""
        line = self.text[sentence.start : sentence.end].strip().lower().rstrip(":")
        has_race = any(
            label == "DISCIPLINE" and sentence.start <= s < sentence.end for s, _, label, _ in self.marks.lexicon
        )
        self.off_topic = not has_race and any(line.startswith(w) or line == w for w in self.words["off_topic_headings"])
        self.section_heading = has_race
        self.section_discipline = next(
            (
                v
                for s, _, label, v in self.marks.lexicon
                if label == "DISCIPLINE" and sentence.start <= s < sentence.end
            ),
            None,
        )
        # "B Division: Zdráhalová and Hald Thorup on top": every race of the section is of that division
        division = next(
            (v for s, _, label, v in self.marks.lexicon if label == "DIVISION" and sentence.start <= s < sentence.end),
            None,
        )
        self.division_frame = (division, None) if division else None
        # "NETHERLANDS", "Team Canada (4 medals)": a section on one nation's skaters
        country = _SECTION_NATION.fullmatch(self.text, sentence.start, sentence.end)
        code = nations.code_for_name(country.group(1)) if country else None
        if code:
            blank = self.text.find("\n\n", sentence.end)
            alone = not self.text[sentence.end : blank if blank >= 0 else len(self.text)].strip()
            self.nation_frame = (code, sentence.paragraph, alone)
        elif self.nation_frame and self.nation_frame[1] != sentence.paragraph:
            self.nation_frame = None

    def _section_nation(self, competitor: Competitor) -> str | None:
        """The nation of a section headed by a country, for the skater whose entry opens a line in it."""
        if self.nation_frame is None:
            return None
        code, paragraph, alone = self.nation_frame
        if self.paragraph != paragraph and not (alone and self.paragraph == paragraph + 1):
            return None
        line_start = self.text.rfind("\n", 0, competitor.start) + 1
        return code if _ENTRY_OPENER.fullmatch(self.text, line_start, competitor.start) else None

    def _new_scope(self, paragraph: int) -> Scope:
        scope = Scope(index=len(self.scopes), paragraph=paragraph, caption=self.in_caption)
        self.scopes.append(scope)
        return scope

    # -- one sentence -------------------------------------------------------------------------------

    def _read_sentence(self, sentence: Sentence, scope: Scope) -> Scope:
        self.paragraph = sentence.paragraph
        competitors = self._competitors(sentence)
        self._sentence_competitors = competitors
        items = self._ranked_items(sentence, competitors, scope)
        if items:
            list_start = items[0][0]
            scope = self._race_context(
                sentence, sentence.start, list_start, scope, self._genders_in(sentence.start, sentence.end)
            )
            self._ranked_list(scope, sentence, items, competitors)
            if self._correcting(sentence):
                # "Official result, men's 1500m: 1. Stolz ...": the list puts right what was told before
                scope.correction = True
                for statement in scope.statements:
                    statement.correction = True
            if list_start - sentence.start < 3:
                return scope
            sentence = Sentence(
                sentence.start,
                list_start,
                sentence.paragraph,
                sentence.line_kind,
                sentence.first_in_paragraph,
            )
            competitors = [c for c in competitors if c.start < list_start]
        clauses = self._clauses(sentence, competitors)
        question = _QUESTION.search(self.text, sentence.start, sentence.end) is not None
        sentence_gender = self._genders_in(sentence.start, sentence.end)
        subject_of_sentence: list[Competitor] | None = None
        for clause_start, clause_end, forced_subject in clauses:
            relative = re.match(r"\s*(?:who|whose)\b", self.text[clause_start:clause_end])
            if not (relative and not self._claims(clause_start, clause_end)):
                # "Leerdam, who is concentrating on the 1000 metres this season, finished fourth": a race named
                # in an aside about a skater, with no place or time in it, is not the race being told
                scope = self._race_context(sentence, clause_start, clause_end, scope, sentence_gender)
                scope = self._other_gender_by_times(scope, sentence, clause_start, clause_end)
            in_clause = [c for c in competitors if clause_start <= c.start < clause_end]
            for pronoun in re.finditer(r"\b(?:he|his|him|she|her|hers)\b", self.text[clause_start:clause_end], re.I):
                scope.gender_hints.append(self.pronouns[pronoun.group(0).lower()])
            # "the cleverest man in the pack"
            for noun in self.gender_noun.finditer(self.text, clause_start, clause_end):
                scope.gender_hints.append(self.gender_nouns[noun.group(0).lower()])
            subject = forced_subject if forced_subject is not None else self._subject(in_clause, clause_start)
            if forced_subject is None and subject_of_sentence and self._goes_on_with_a_verb(clause_start, in_clause):
                # "Dubreuil came closest, and edged out Kim for silver": a clause opening on "and" and a verb has
                # the sentence's subject; the name after the verb is its object
                subject = subject_of_sentence
            if subject is None and (
                self._unknown_subject(clause_start, clause_end)
                or _FIRST_PERSON.match(self.text, clause_start, clause_end)
            ):
                # "Yoshida was on the podium again", "So I finished second": someone the extractor cannot name is
                # the subject, so the clause is not about the last skater named
                inherited = False
            elif subject is None:
                # a clause without a competitor goes on about the sentence's subject, or the last one of
                # this paragraph
                carried = self.last_subject if self.last_subject_paragraph == sentence.paragraph else None
                subject = subject_of_sentence or ([carried] if carried else None)
                # "inherited" only when the subject comes from an earlier sentence
                inherited = subject_of_sentence is None
            else:
                inherited = False
            by_pronoun = bool(subject) and any(c.kind == "pronoun" for c in subject)
            if subject:
                subject = [self._resolve(c, scope) for c in subject]
                subject = [c for c in subject if c is not None]
            if subject and scope.discipline in TEAM_DISCIPLINES and all(c.kind == "athlete" for c in subject):
                # In a team race, skaters named as the subject speak for their team.
                team = self._team_of(subject, competitors, scope, sentence)
                if team is not None:
                    subject = [team]
            for competitor in in_clause:
                if competitor.kind in ("athlete", "team"):
                    scope.mentioned.append(competitor)
                if competitor.kind == "athlete":
                    self.named.setdefault(self.paragraph, []).append(competitor)
            if self._has_contest_cue(clause_start, clause_end):
                for competitor in in_clause:
                    if competitor.kind in ("athlete", "team", "epithet"):
                        scope.contest.append((self._resolve(competitor) or competitor, (clause_start, clause_end)))
            if sentence.line_kind != "short":
                # a headline or heading names races; its claims are the body's to make
                before = len(scope.statements)
                self._statements(scope, subject or [], in_clause, clause_start, clause_end, sentence, inherited)
                if by_pronoun and subject:
                    self._drop_pronoun_conflicts(scope, before, subject, sentence, clause_start, clause_end)
                if question:
                    # "She was, what, fourth?" claims no place; "1:54.61, at sea level?" still gives the time
                    scope.statements[before:] = [st for st in scope.statements[before:] if st.rank is None]
                if self.b_final.search(self.text, sentence.start, sentence.end):
                    # team pursuit finals: winning Final B is third place, losing it fourth
                    for statement in scope.statements[before:]:
                        if statement.rank in (1, 2):
                            statement.rank += 2
                            statement.rule += "_final_b"
            if scope.gender:
                for statement in scope.statements:
                    if statement.competitor.athlete and statement.competitor.kind != "team":
                        self.placed_genders.setdefault(statement.competitor.athlete, scope.gender)
            for found in _NATION_SWEEP.finditer(self.text, clause_start, clause_end):
                # "Schouten led a Dutch one-two", "completing a Dutch sweep of the podium"
                code = next(
                    (c for s, e, label, c in self.marks.nations if s == found.start(1) and label == "NATION_ADJ"), None
                )
                if code is not None:
                    scope.sweeps.append((code, 2 if found.group(2).lower() in ("one-two", "1-2") else 3))
            self._won_both(scope, sentence, clause_start, clause_end)
            if self._correcting(sentence):
                scope.correction = True
                for statement in scope.statements:
                    statement.correction = True
            if subject and not inherited and forced_subject is None:
                if subject_of_sentence is None and len(subject) == 1 and subject[0].kind == "athlete":
                    self.main_subjects.append(subject[0])
                    self._paragraph_of.setdefault(id(subject[0]), sentence.paragraph)
                subject_of_sentence = subject
                self.last_group = list(subject)
                if len(subject) == 1:
                    self.last_subject = subject[0]
                    self.last_subject_paragraph = sentence.paragraph
        return scope

    def _places_went_to(self, scope, in_clause, start, end, clause_times, add) -> bool:
        """ "Silver and bronze went to Jackson and Leerdam", "Second and third places went to Ghiotto (ITA) and
        Eitrem (NOR)": the places, in order, to the names that follow; nothing of it is the last subject's."""
        found = self.places_went_to.match(self.text, start, end)
        if found is None:
            return False
        ranks = [
            self.words["medals"].get(w.lower()) or self.words["ordinals"].get(w.lower()) for w in found.group(1, 2)
        ]
        after = [c for c in in_clause if c.start >= found.end() and c.kind in ("athlete", "team", "epithet")]
        if (
            len(after) < 2
            or after[0].start != found.end()
            or not _PAIR_JOIN.fullmatch(self.text, _end_of(after[0]), after[1].start)
            or None in ranks
        ):
            return False
        for rank, competitor in zip(ranks, after[:2], strict=True):
            resolved = self._resolve(competitor, scope)
            if resolved is not None:
                add(resolved, rank, "places_went_to").time = self._time_right_after(competitor, clause_times)
        return True

    def _came_behind(self, scope, in_clause, start, end, clause_times, add) -> bool:
        """ "Joy Beune won. Behind her came Miho Takagi and Ragne Wiklund": the next places, in order, after the
        place of the one they came behind."""
        found = _CAME_BEHIND.match(self.text, start, end)
        if found is None:
            return False
        if found.group(1):
            ahead = self.last_subject if self.last_subject_paragraph == self.paragraph else None
        else:
            ahead = next((c for c in in_clause if c.start == found.start(2) and c.kind == "athlete"), None)
            ahead = self._resolve(ahead, scope) if ahead is not None else None
        rank = next(
            (
                st.rank
                for st in reversed(scope.statements)
                if ahead is not None and st.competitor.key == ahead.key and st.rank is not None and st.finished
            ),
            None,
        )
        after = [c for c in in_clause if c.start >= found.end() and c.kind in ("athlete", "team")]
        if rank is None or not after or after[0].start != found.end():
            return False
        listed = [after[0]]
        for other in after[1:]:
            if not _PAIR_JOIN.fullmatch(self.text, _end_of(listed[-1]), other.start):
                break
            listed.append(other)
        for place, competitor in enumerate(listed, rank + 1):
            resolved = self._resolve(competitor, scope)
            if resolved is not None:
                add(resolved, place, "came_behind").time = self._time_right_after(competitor, clause_times)
        return True

    def _only_one_faster(self, scope, in_clause, start, end, clause_times, add, placed) -> None:
        """ "Only the American Jordan Stolz was faster than the Norwegian": the one faster won, the other was
        second."""
        found = _ONLY_FASTER.search(self.text, start, end)
        if found is None:
            return
        named = [c for c in in_clause if c.kind in ("athlete", "team", "epithet")]
        winner = next((c for c in named if found.end(1) <= c.start < found.start(2)), None)
        if winner is None or re.search(r"\band\b|,", self.text[found.end(1) : found.start(2)]):
            return  # "Only Conijn and Weidemann were faster": two, in an order the clause may not give
        beaten = next((c for c in named if c.start == found.end(2)), None)
        for competitor, rank in ((winner, 1), (beaten, 2)):
            resolved = self._resolve(competitor, scope) if competitor is not None else None
            if resolved is not None and resolved.key not in placed:
                add(resolved, rank, "only_one_faster").time = self._time_right_after(competitor, clause_times)

    def _drop_pronoun_conflicts(self, scope, before, subject, sentence, start, end) -> None:
        """ "In the 1500m, won by Takagi ahead of Bowe, she finished eleventh": a pronoun read as someone this
        sentence has already placed elsewhere means someone else; its place is left out, the earlier one kept."""
        earlier = {
            st.competitor.athlete: st.rank
            for st in scope.statements[:before]
            if st.start == sentence.start and st.rank is not None and st.competitor.athlete
        }
        meant = {c.athlete for c in subject if c.athlete in earlier}
        clashing = [
            st
            for st in scope.statements[before:]
            if st.competitor.athlete in meant and st.rank is not None and st.rank != earlier[st.competitor.athlete]
        ]
        if clashing:
            scope.statements[before:] = [st for st in scope.statements[before:] if st not in clashing]
            self._warn("unresolved-pronoun", "a pronoun states a place; who it means is unclear", start, end)

    def _goes_on_with_a_verb(self, start: int, in_clause: list[Competitor]) -> bool:
        """Does the clause open on "and", "but" or "then" and a past-tense verb, before any name in it?"""
        found = _AND_VERB.match(self.text, start)
        if found is None or any(c.start < found.end() for c in in_clause):
            return False
        verb = found.group(1)
        return (
            verb in self.words["irregular_past_verbs"]
            or verb in _AUXILIARIES
            or (verb.endswith("ed") and verb not in _NOT_VERBS)
        )

    def _unknown_subject(self, start: int, end: int) -> bool:
        """Does the clause open with a capitalized word the reader knows nothing of, followed by a verb-like word:
        a skater named only by a surname the text never gave in full ("Dubreuil came back to finish seventh")?"""
        found = _OPENING_WORD.match(self.text, start, end)
        if found is None:
            return False
        word = found.group(1)
        if not word[0].isupper() or word in self.known_words or word.lower() in self.pronouns:
            return False
        at = found.start(1)
        # "Won the 1000 m in 1:07.32", "Took bronze", "Crossed the line second": a verb, not a name
        if word.lower() in self.words["irregular_past_verbs"] or word.lower() in self.words["ordinals"]:
            return False  # "Sixth in the same race": a place, not a name
        if word.lower().endswith("ed") and any(s <= at < e for s, e, *_ in self.marks.cues):
            return False
        return not any(s <= at < e for marks in (self.marks.nations, self.marks.lexicon) for s, e, *_ in marks)

    # "3. Name", "3) Name", and the rows of a results table: "Rank 3 | Name", "3 | Name", "3\tName"
    _ITEM = re.compile(r"(?:^|(?<=[\s,;:(]))(?:(?i:rank|place|pos\.?)\s*)?(\d{1,2})(?:[.)]\s+|\s*[|\t]\s*)")

    _ROW = re.compile(r"(\d{1,2})\s+")

    # wire agate: "1, Jenning de Boo, Netherlands, 33.92; 2, Laurent Dubreuil, Canada, 34.01"
    _COMMA_ITEM = re.compile(r"(?:^|(?<=[\s;:]))(\d{1,2}),\s+")

    def _ranked_items(
        self, sentence: Sentence, competitors: list[Competitor], scope: Scope
    ) -> list[tuple[int, int, int]]:
        """(start, end, rank) of each "3. Name (NAT) 1:08.20" item of a ranked list, or nothing."""
        starts = {c.start for c in competitors if c.kind in ("athlete", "team")}
        found = []
        for match in self._ITEM.finditer(self.text, sentence.start, sentence.end):
            if match.end() in starts:
                found.append((match.start(), int(match.group(1))))
        if not found:
            # a number and a comma rank only in a list of two or more such items, or opening a line with a time
            found = [
                (match.start(), int(match.group(1)))
                for match in self._COMMA_ITEM.finditer(self.text, sentence.start, sentence.end)
                if match.end() in starts
            ]
            one_row = (
                len(found) == 1
                and found[0][0] == sentence.start
                and self.text[sentence.end : sentence.end + 1] in ("", "\n")
                and any(sentence.start <= t.start < sentence.end for t in self.marks.times)
            )
            if len(found) < 2 and not one_row:
                found = []
        if not found:
            # a row of a table whose columns were tabs: "1  Kjeld Nuis  NED  1:07.95"
            row = self._ROW.match(self.text, sentence.start, sentence.end)
            athletes = {c.start for c in competitors if c.kind == "athlete"}
            if (
                row
                and row.end() in athletes
                and any(sentence.start <= t.start < sentence.end for t in self.marks.times)
            ):
                found.append((row.start(), int(row.group(1))))
        if not found:
            # "1st Jenning de Boo (NED, 34.08).", "P4 Kurumi Inagawa (JPN, 37.02)": a line opening on a place and a name
            row = _ORDINAL_ROW.match(self.text, sentence.start, sentence.end)
            if row and row.end() in starts:
                found.append((row.start(1), self.words["ordinals"][row.group(1).lower()]))
        if not found:
            found = self._top_list(sentence, competitors)
        if not found:
            return []
        lead = self.text[sentence.start : found[0][0]].lower()
        named = [
            v for s, e, label, v in self.marks.lexicon if label == "DISCIPLINE" and sentence.start <= s < found[0][0]
        ]
        discipline = named[-1] if named else scope.discipline
        if re.search(r"standing|ranking|classification|overall|points|leaderboard|medal table", lead) or (
            re.search(r"\d\s*(?:points|pts)\b", self.text[found[0][0] : sentence.end]) and discipline != "mass start"
        ):
            # "World Cup standings: 1. Jackson 380 points, ..." ranks no race; a mass start's result lists the
            # sprint points each finisher scored
            return []
        ranks = [rank for _, rank in found]
        if len(found) == 1:
            # one result per line, as in a results table: the line must open with the item, and what follows the
            # name reads as a row (a time, a nation, a few words such as "DNF"), not as a numbered heading's prose
            # ("2. Beune's bib is going nowhere")
            # A race's heading may open the line: "Women's 500 meters: 1. Femke Kok, Netherlands, 36.98."
            opens = found[0][0] == sentence.start or (
                named and _HEADING_LEAD.fullmatch(self.text, sentence.start, found[0][0]) is not None
            )
            if not opens or not self._reads_as_row(sentence, competitors, found[0][0]):
                return []
        elif ranks != sorted(ranks) or len(set(ranks)) < len(ranks) - 1:
            return []
        items = []
        for index, (start, rank) in enumerate(found):
            end = found[index + 1][0] if index + 1 < len(found) else sentence.end
            items.append((start, end, rank))
        return items

    def _top_list(self, sentence: Sentence, competitors: list[Competitor]) -> list[tuple[int, int]]:
        """(start, rank) of each item of a list the text says is the top N, in order: "The top five: Stolz (USA)
        1:06.12, de Boo (NED) 1:06.45, ...", "Podium: Stolz 1:06.12, de Boo 1:06.45, Ning 1:06.58"."""
        sizes = self.words["list_sizes"]
        # "The top five: Stolz ...", "The top five read Leerdam, Takagi (1:13.71), ..."
        lead = re.search(
            r"\b(?:(?:top|first)[ -](" + "|".join(sizes) + r")\b|(podium))[^:.;]{0,60}?(?::\s*|\s+(?:read|reads)\s+)",
            self.text[sentence.start : sentence.end],
            re.IGNORECASE,
        )
        if lead is None:
            return []
        size = sizes[(lead.group(1) or lead.group(2)).lower()]
        at = sentence.start + lead.end()
        named = [c for c in competitors if c.kind in ("athlete", "team") and not c.possessive]
        pieces = [
            at + p.end() for p in re.finditer(r"(?:^|,\s*(?:and\s+)?|;\s*|\s+and\s+)", self.text[at : sentence.end])
        ]
        items = []
        for index, piece in enumerate(pieces):
            piece_end = pieces[index + 1] if index + 1 < len(pieces) else sentence.end
            # the item's name, after at most a few words of description ("Leerdam's compatriot Femke Kok",
            # "fellow American Kimi Goetz")
            item = next(
                (
                    c.start
                    for c in named
                    if piece <= c.start < piece_end
                    and re.fullmatch(r"(?:[\w'’-]+\s+){0,3}", self.text[piece : c.start])
                ),
                None,
            )
            if item is not None:
                items.append(item)
            elif index == 0:
                return []
        timed = [
            next((t.seconds for t in self.marks.times if start <= t.start < item_end), None)
            for start, item_end in zip(items, [*items[1:], sentence.end], strict=True)
        ]
        known = [t for t in timed if t is not None]
        if len(items) != size or known != sorted(known):
            return []
        return [(start, rank) for rank, start in enumerate(items, 1)]

    def _reads_as_row(self, sentence: Sentence, competitors: list[Competitor], item_start: int) -> bool:
        """Does a numbered line go on like a results row: a time or nation after the name, or a few words?"""
        named = next((c for c in competitors if c.start >= item_start and c.kind in ("athlete", "team")), None)
        if named is None:
            return False
        after = named.end
        if any(after <= t.start < sentence.end for t in self.marks.times):
            return True
        if any(after <= s < sentence.end for s, *_ in self.marks.nations):
            return True
        return len(re.findall(r"\w+", self.text[after : sentence.end])) <= _ROW_TAIL_WORDS

    def _ranked_list(self, scope: Scope, sentence: Sentence, items, competitors) -> None:
        for start, end, rank in items:
            competitor = next(c for c in competitors if start <= c.start < end and c.kind in ("athlete", "team"))
            competitor = self._resolve(competitor, scope)
            if competitor is None:
                continue
            if competitor.nation is None:
                nation = next(
                    (
                        code
                        for s, e, label, code in self.marks.nations
                        if competitor.end <= s < end and label in ("NATION", "NATION_CODE")
                    ),
                    None,
                )
                competitor.nation = nation
            item_time = next(
                (
                    t
                    for t in self.marks.times
                    if start <= t.start < end
                    and t.seconds >= self.words["min_finish_seconds"]
                    and not _is_hidden(self.marks, t.start, t.end, "time")
                ),
                None,
            )
            statement = Statement(competitor, rank, "ranked_list", start, end, time=item_time)
            for earlier in scope.statements:
                # "5. Murakami 34.09 / 5. Gao 34.09": a rank listed twice is a tie
                if (
                    earlier.rank == rank
                    and earlier.rule in ("ranked_list", "tie_ranked_list")
                    and (earlier.time is None or item_time is None or earlier.time.seconds == item_time.seconds)
                ):
                    earlier.rule = statement.rule = "tie_ranked_list"
            record = next(
                (value for s, e, label, value in self.marks.lexicon if label == "RECORD" and start <= s < end),
                None,
            )
            statement.record = record
            scope.statements.append(statement)
            scope.mentioned.append(competitor)

    def _read_caption(self, sentence: Sentence) -> None:
        """Captions and credit lines name athletes but never create races or results."""
        self._competitors(sentence)

    # -- competitors --------------------------------------------------------------------------------

    def _competitors(self, sentence: Sentence) -> list[Competitor]:
        start, end = sentence.start, sentence.end
        found: list[Competitor] = []
        codes = {s: (e, code) for s, e, label, code in self.marks.nations if label == "NATION_CODE"}
        countries = {s: (e, code) for s, e, label, code in self.marks.nations if label == "NATION"}
        taken: set[int] = set()
        for name_start, name_end, name in self.marks.names:
            if not (start <= name_start < end):
                continue
            known = self.marks.roster.lookup(name)
            if name_start in self.marks.shared_names:
                known = self.marks.roster.lookup(self.marks.shared_names[name_start])
            competitor = Competitor(
                "athlete", name_start, name_end, name, individual=True, athlete=known.name if known else name
            )
            after = self._skip_space(name_end)
            if after in codes:
                competitor.nation = codes[after][1]
                taken.add(after)
            elif bracket := re.match(r"\(\s*(?:the\s+)?", self.text[after : after + 8]):
                # "Jorrit Bergsma (Netherlands)", "(the Netherlands)": the country in brackets
                end_of_country, code = countries.get(after + bracket.end(), (-1, None))
                if code and self.text.startswith(")", end_of_country):
                    competitor.nation = code
            else:
                bare = _BARE_CODE.match(self.text, name_end)
                if bare and nations.is_code(bare.group(1)):
                    # "Joy Beune NED second 1:55.12", "before KIM Min-sun KOR 37.55"
                    competitor.nation = bare.group(1)
            if competitor.nation is None:
                # "🥇 🇳🇱 Jutta Leerdam 1:13.62", "Leerdam 🇳🇱": a flag next to a name
                flag = _FLAG_BEFORE.search(self.text, max(0, name_start - 8), name_start) or _FLAG_AFTER.match(
                    self.text, name_end
                )
                competitor.nation = nations.code_for_flag(flag.group(1)) if flag else None
            self._name_attributes(competitor, start, found)
            if re.match(
                r"['’]s\s+(?:[A-Z]|(?:" + "|".join(self.compatriots) + r")\b)", self.text[name_end : name_end + 30]
            ):
                # "Kim's teammate Cha", "Kodaira's 37.11" is said of someone else
                competitor.possessive = True
            found.append(competitor)
            self.athlete_mentions.append(competitor)
            if competitor.nation and competitor.athlete:
                self.known_nations.setdefault(competitor.athlete, competitor.nation)
        # "Kjeld Nuis and Tijmen Snel, both of the Netherlands"
        # ... and "Kjeld Nuis and Thomas Krol (both NED)"
        for both in re.finditer(
            r",\s+both\s+(?:of|from)\s+(?:the\s+)?|\s*\(\s*both\s+(?=[A-Z]{3}\s*\))", self.text[start:end]
        ):
            at = start + both.end()
            bracketed = self.text[at : at + 3] if both.group(0).strip().startswith("(") else ""
            code = bracketed if nations.is_code(bracketed) else None
            code = code or next((c for s, e, label, c in self.marks.nations if s == at and label == "NATION"), None)
            named = [c for c in found if c.kind == "athlete" and c.end <= start + both.start()]
            if (
                code
                and len(named) >= 2
                and re.fullmatch(r"\s*(?:and|&)\s*(?:[a-z-]+\s+)?", self.text[named[-2].end : named[-1].start])
            ):
                for competitor in named[-2:]:
                    competitor.nation = competitor.nation or code
        # "Canadians Laurent Dubreuil and Connor Howe", "the Dutch pair Nuis and Krol", "Dutchmen Nuis and Krol":
        # a plural nation word before a list of names is the nation of each of them
        for mark_start, mark_end, label, code in self.marks.nations:
            if not (start <= mark_start < end) or label == "NATION_CODE":
                continue
            word = self.text[mark_start:mark_end]
            # "fellow Japanese Inagawa and Sato": a word the same in the plural, made plural by "fellow" and a list
            plural = word.endswith(("s", "men", "women")) and not word.endswith("ss")
            plural = plural or (
                word.endswith(("ese", "ss"))
                and re.search(r"\b[Ff]ellow\s+$", self.text[max(start, mark_start - 8) : mark_start])
            )
            gap = re.match(
                r"(?:\s+(?:" + "|".join(self.group_nouns) + r"))?\s+" if not plural else r"\s+",
                self.text[mark_end : mark_end + 20],
            )
            listed = gap is not None and (plural or gap.group(0).strip() != "")
            first = (
                next((c for c in found if c.kind == "athlete" and c.start == mark_end + gap.end()), None)
                if listed
                else None
            )
            if first is None:
                continue
            group = [first]
            for other in (c for c in found if c.kind == "athlete" and c.start > first.end):
                if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", self.text[_end_of(group[-1]) : other.start]):
                    group.append(other)
                else:
                    break
            if len(group) >= 2:
                for competitor in group:
                    competitor.nation = competitor.nation or code
        leads = self._group_lead_nation(start, end, found)
        for mark_start, mark_end, label, code in self.marks.nations:
            if label == "NATION_CODE" and start <= mark_start < end and mark_start not in taken:
                if re.fullmatch(r"\s*(?:[-–—,:;]\s*)?", self.text[start:mark_start]) or re.search(
                    r"(?:^|[.;]\s|\b(?:and|while)\s)\s*$", self.text[start:mark_start]
                ):
                    # "(JPN) won the 500m": a scraped name went missing; the nation is still a fact
                    found.append(
                        Competitor(
                            "athlete",
                            mark_start,
                            mark_end,
                            self.text[mark_start:mark_end],
                            nation=code,
                            individual=True,
                            athlete=None,
                        )
                    )
                continue
            if not (start <= mark_start < end) or label == "NATION_CODE":
                continue
            if any(c.start <= mark_start < c.end for c in found) or mark_start in leads:
                continue
            competitor = self._nation_competitor(mark_start, mark_end, label, code, found)
            if competitor is not None:
                found.append(competitor)
        # "he", "she", "they"; and "each", "both", "the two" for the skaters just named together
        for pronoun in _PRONOUN.finditer(self.text, start, end):
            word = pronoun.group(0).lower()
            found.append(
                Competitor(
                    "pronoun",
                    pronoun.start(),
                    pronoun.end(),
                    pronoun.group(0),
                    gender=self.pronouns.get(word),
                    individual=word in ("he", "she"),
                )
            )
        for epithet in self._epithets(start, end, found):
            found.append(epithet)
        found.sort(key=lambda c: c.start)
        return found

    def _skip_space(self, position: int) -> int:
        while position < len(self.text) and self.text[position] == " ":
            position += 1
        return position

    def _words_before(self, position: int, count: int, floor: int) -> list[str]:
        return re.findall(r"[\w'’-]+", self.text[max(floor, position - 60) : position])[-count:]

    def _name_attributes(self, competitor: Competitor, floor: int, earlier: list[Competitor]) -> None:
        """Nation and gender written just before a name: "Japan's", "the Dutchman", "his compatriot"."""
        before = [w.lower() for w in self._words_before(competitor.start, 3, floor)]
        best_of = _BEST_OF.match(self.text[competitor.end : competitor.end + 60])
        apposition = re.match(r"\s*,\s+(?:the\s+)?", self.text[competitor.end : competitor.end + 12])
        if apposition and competitor.nation is None:
            # "Bøkko, Norway's other medal hope,": the nation in an apposition
            at = competitor.end + apposition.end()
            for s, e, label, code in self.marks.nations:
                if s == at and label == "NATION" and self.text[e : e + 2] in ("'s", "’s"):
                    competitor.nation = code
        if competitor.nation is None:
            # "Howe, the Canadian, fifth", "Eitrem, the 21-year-old Norwegian, was third", "de Boo, another
            # Dutchman,", "Magnussen, of Norway,": an apposition that ends at the nation
            described = _APPOSITION.match(self.text, competitor.end)
            if described:
                at = described.end()
                for s, e, label, code in self.marks.nations:
                    if (
                        at <= s <= at + 30
                        and re.fullmatch(r"" if described.group(1) else r"(?:[\w-]+\s+){0,2}", self.text[at:s])
                        and label in (("NATION",) if described.group(1) else _PERSON_NATION_LABELS)
                        and (_APPOSITION_END.match(self.text, e) or not described.group(1) and self._apposition_tail(e))
                    ):
                        competitor.nation = code
                        if label == "NATION_MAN":
                            competitor.gender = "men"
                        elif label == "NATION_WOMAN":
                            competitor.gender = "women"
        if best_of and competitor.nation is None:
            # "Wiklund was the best Norwegian": the adjective names her nation
            at = competitor.end + best_of.end()
            competitor.nation = next(
                (code for s, e, label, code in self.marks.nations if s == at and label in _PERSON_NATION_LABELS),
                None,
            )
        mate = _MATE_APPOSITION.match(self.text, competitor.end)
        if mate and mate.group(2).lower() in self.compatriots:
            # "Engebraaten, Eitrem's teammate, was fourth": of Eitrem's nation, whenever the text gives it
            known = self.marks.roster.lookup(mate.group(1))
            if known is not None and competitor.athlete and known.name != competitor.athlete:
                self.compatriot_links.append((competitor.athlete, known.name))
        home = self.home_region.match(self.text, competitor.end)
        if home and competitor.nation is None:
            # "Erin Jackson, of Ocala, Fla.,", "Gélinas-Beaulieu, of Sherbrooke, Que.", "Kimi Goetz (Flossmoor,
            # Ill.)": a hometown's state or province
            competitor.nation = self.words["home_regions"][home.group(1)]
        of_nation = re.match(r"\s+(?:of|from)\s+(?:the\s+)?", self.text[competitor.end : competitor.end + 12])
        if of_nation and competitor.nation is None:
            # "Brittany Bowe of the United States"
            at = competitor.end + of_nation.end()
            for s, e, label, code in self.marks.nations:
                if s == at and label == "NATION":
                    competitor.nation = code
                    competitor.tail_end = e
        for mark_start, mark_end, label, code in self.marks.nations:
            if mark_end <= competitor.start and competitor.start - mark_end <= 30 and mark_start >= floor:
                if label == "NATION_CODE" and self.text[mark_start] == "(":
                    continue  # "Goetz (USA) pipped Kok": a bracketed code belongs to the name before it
                gap = self.text[mark_end : competitor.start]
                # "Japan's Takagi", "Dutch sprinter Jutta Leerdam", "Canadian veteran Ted-Jan Bloemen", "Another
                # Japanese, Murakami Yuma,"
                if (
                    gap.strip() in ("", "'s", "’s", "'", "’")
                    or self._describes(gap)
                    or (
                        gap.strip() == ","
                        and label in _PERSON_NATION_LABELS
                        and _ANOTHER.search(self.text, 0, mark_start)
                    )
                ):
                    competitor.nation = competitor.nation or code
                    if label == "NATION_MAN":
                        competitor.gender = "men"
                    elif label == "NATION_WOMAN":
                        competitor.gender = "women"
                    fellow = re.search(r"\b[Ff]ellow\s+$", self.text[max(floor, mark_start - 8) : mark_start])
                    other = next((c for c in reversed(earlier) if c.kind == "athlete" and c.athlete), None)
                    if fellow and other is not None and competitor.athlete and other.athlete != competitor.athlete:
                        # "Nuis grabbed third over fellow Dutchman de Boo": Nuis is Dutch too
                        self.compatriot_links.append((other.athlete, competitor.athlete))
                    owner = self._owner_of_mate(mark_start, gap)
                    if owner is not None and competitor.athlete and owner.athlete != competitor.athlete:
                        # "Leerdam won. Her Dutch teammate Kok was second": Leerdam is Dutch too
                        self.compatriot_links.append((owner.athlete, competitor.athlete))
        if before and before[-1] in self.compatriots and competitor.nation is None:
            # "Kim's teammate Cha": of Kim's nation; "his compatriot Murakami": of the nation of the athlete
            # named just before
            owner = next(
                (
                    c
                    for c in reversed(earlier)
                    if c.possessive
                    and re.fullmatch(r"['’]s\s+\w+(?:[- ]mates?)?\s+", self.text[c.end : competitor.start])
                ),
                None,
            )
            owned = re.search(r"([^\W\d_][\w'’-]*)['’]s\s+\S+\s+$", self.text[floor : competitor.start])
            if owner is not None or owned:
                # "Morishige's compatriot Shinhama": of the owner's nation, or none known; never the nation of
                # whoever else was named before. The owner's nation may be told later: the pair is kept.
                competitor.nation = self._nation_of(owner) if owner is not None and owner.kind == "athlete" else None
                known = self.marks.roster.lookup(owned.group(1)) if owner is None and owned else None
                partner = owner.athlete if owner is not None and owner.kind == "athlete" else known and known.name
                if partner and competitor.athlete and partner != competitor.athlete:
                    self.compatriot_links.append((competitor.athlete, partner))
                return
            for other in reversed(earlier):
                nation = self._nation_of(other) if other.kind == "athlete" else None
                if nation:
                    competitor.nation = nation
                    break
            else:
                # Named in an earlier sentence: only when everyone named there is of one nation ("her compatriot"
                # after a sentence on a Japanese and a Dutch skater could be either).
                nations = {self._nation_of(other) for other in self.recent if other.kind == "athlete"}
                if len(nations) == 1 and None not in nations:
                    competitor.nation = nations.pop()
        if competitor.nation is None:
            # "NETHERLANDS / Femke Kok: gold in the 500m": an entry under a country's heading
            competitor.nation = self._section_nation(competitor)

    def _apposition_tail(self, position: int) -> bool:
        """ "veteran,", "in the top group,": what follows a nation word inside an apposition describes the
        person, not the fans, the record or someone else's ("the Dutch fans' favourite", "the American's rival")."""
        tail = _APPOSITION_TAIL.match(self.text, position)
        if tail is None:
            return False
        words = tail.group(1).split()
        return not (words and words[0].lower() in self.onlooker_nouns)

    def _owner_of_mate(self, mark_start: int, gap: str) -> Competitor | None:
        """ "Her Dutch teammate": the skater "her" stands for, the one the text was last about, when the pronoun's
        gender does not rule them out."""
        pronoun = re.search(r"\b([Hh]is|[Hh]er)\s+$", self.text[max(0, mark_start - 5) : mark_start])
        if pronoun is None or gap.split()[-1:] == [] or gap.split()[-1].lower() not in self.compatriots:
            return None
        owner = self.last_subject
        if owner is None or owner.kind != "athlete" or not owner.athlete:
            return None
        gender = owner.gender or self.placed_genders.get(owner.athlete)
        wanted = "women" if pronoun.group(1).lower() == "her" else "men"
        return owner if gender in (None, wanted) else None

    def _describes(self, gap: str) -> bool:
        """Words between a nation and a name that describe the person: "sprinter", "world champion",
        "trio of"; not a verb or a conjunction ("Norway beat Kok", "the Dutch and Kok")."""
        found = re.fullmatch(r"(?:['’]s)?\s+((?:[a-z][a-z-]+\s+){1,3})", gap)
        if not found:
            return False
        words = found.group(1).split()
        if len(words) >= 2 and words[-1] == "of" and words[-2] in self.group_nouns:
            return True
        return len(words) <= 2 and (words[-1] in self.person_nouns or words[-1] in self.compatriots)

    def _nation_competitor(self, start, end, label, code, athletes) -> Competitor | None:
        text = self.text
        before = text[max(0, start - 2) : start]
        after = text[end : end + 40]
        if "(" in before:
            return None
        possessive = re.match(r"['’]s?\s+(?:\w+\s+){0,2}?(team|quartet|trio|squad|men|women|ladies|sprinters)\b", after)
        # "Norway's", and "the Netherlands'" with the apostrophe alone
        if (after.startswith(("'s", "’s")) or re.match(r"['’]\s", after) and text[end - 1] == "s") and not possessive:
            preceding_word = self._words_before(start, 1, 0)
            if label != "NATION" and preceding_word and preceding_word[-1].lower() == "the":
                # "The American's first World Cup win": a skater named by nation, as the owner of a result
                epithet = Competitor("epithet", start, end, text[start:end], nation=code, individual=True)
                epithet.possessive = True
                return epithet
            return None  # "Norway's Pedersen", "Norway's other medal hope": the nation of a person
        capitalized = re.match(r"\s+([^\W\d_])[^\W\d_]", after)
        if capitalized and capitalized.group(1).isupper() and label != "NATION":
            return None  # "Dutch Belgian", "Japanese Kodaira", "the Czech Sáblíková"
        next_word = re.match(r"\s+([\w'-]+)", after)
        following = next_word.group(1).lower() if next_word else ""
        preceding = [w.lower() for w in self._words_before(start, 3, 0)]
        if preceding and preceding[-1] == "the" and label == "NATION":
            preceding = preceding[:-1]  # "of the Netherlands" reads as "of Netherlands"
        if any(a.tail_end is not None and a.end <= start < a.tail_end for a in athletes):
            return None  # "Bowe of the United States": the nation of the name before
        if label == "NATION":
            if (
                preceding
                and preceding[-1] in ("in", "at", "from", "of", "for", "to")
                and (
                    len(preceding) < 2
                    or preceding[-2]
                    not in ("edged", "beat", "behind", "than", "ahead", "clear", "front", "won", "wins", "win")
                )
                and not _AHEAD_OF_END.search(text, max(0, start - 80), start)
            ):
                return (
                    Competitor("team", start, end, text[start:end], nation=code, individual=False)
                    if preceding[-1] in ("to",)
                    else None
                )
            return Competitor("team", start, end, text[start:end], nation=code, individual=False)
        if label in ("NATION_MAN", "NATION_WOMAN"):
            gender = "men" if label == "NATION_MAN" else "women"
            return Competitor("epithet", start, end, text[start:end], nation=code, gender=gender, individual=True)
        # adjectives and people nouns: "the Dutch", "the Dutch ladies", "the Canadian", "the 23-year-old Canadian"
        if following in self.group_nouns and any(a.start == end + next_word.end() + 1 for a in athletes):
            return None  # "the Dutch duo Nuis and Krol": the nation of the names that follow
        if following in self.person_nouns:
            return None  # the epithet pass reads "the Japanese sprinter"
        if following in self.onlooker_nouns:
            return None  # "the Polish fans", "the Dutch record": no one who raced
        if following in ("man",):
            return Competitor("epithet", start, end, text[start:end], nation=code, gender="men", individual=True)
        if following in ("woman", "lady"):
            return Competitor("epithet", start, end, text[start:end], nation=code, gender="women", individual=True)
        if following in ("ladies", "women", "girls"):
            return Competitor("team", start, end, text[start:end], nation=code, gender="women", individual=False)
        if following in ("men", "boys", "team", "quartet", "trio", "squad", "skaters"):
            gender = "men" if following in ("men", "boys") else None
            return Competitor("team", start, end, text[start:end], nation=code, gender=gender, individual=False)
        if preceding and re.match(r"\d+-year-old$", preceding[-1]):
            return Competitor("epithet", start, end, text[start:end], nation=code, individual=True)
        if label == "NATION_PEOPLE" and text[start:end].endswith("s"):
            return Competitor("team", start, end, text[start:end], nation=code, individual=False)
        if preceding and preceding[-1] == "the" and following in ("were", "are", "have"):
            # "The Dutch were ahead at halfway": the nation's skaters, not one of them
            return Competitor("team", start, end, text[start:end], nation=code, individual=False)
        if preceding and preceding[-1] == "the":
            return Competitor("epithet", start, end, text[start:end], nation=code, individual=None)
        if (
            len(preceding) >= 2
            and preceding[-2] == "the"
            and re.fullmatch(r"[a-z]+", preceding[-1])
            and preceding[-1] not in ("other", "fellow", "first", "second", "third", "only", "lone")
            and not any(0 <= a.start - end <= 3 for a in athletes)  # "the other Canadian, Dubreuil,": hers
        ):
            # "The young Czech was fourth", "the big Norwegian": a skater named by nation, with a word about them
            return Competitor("epithet", start, end, text[start:end], nation=code, individual=True)
        return None

    def _epithets(self, start: int, end: int, found: list[Competitor]) -> list[Competitor]:
        """ "the 22-year-old", "the Japanese Empress", "the Olympic champion": a person named before."""
        epithets = []
        for match in _epithet_pattern(self.person_nouns).finditer(self.text, start, end):
            if any(c.start < match.end() and match.start() < c.end and c.kind == "athlete" for c in found):
                continue
            if self._apposition_of_name(match.start(), match.end(), found):
                continue
            nation = None
            gender = None
            for mark_start, _mark_end, label, code in self.marks.nations:
                if match.start() <= mark_start < match.end():
                    nation = code
                    gender = {"NATION_MAN": "men", "NATION_WOMAN": "women"}.get(label)
            noun = match.group(2).lower()
            gender = gender or {
                "man": "men",
                "woman": "women",
                "lady": "women",
                "empress": "women",
                "queen": "women",
                "king": "men",
                "emperor": "men",
            }.get(noun)
            for other in list(found):
                if match.start() <= other.start < match.end() and other.kind in ("team", "epithet"):
                    found.remove(other)
            epithets.append(
                Competitor(
                    "epithet",
                    match.start(),
                    match.end(),
                    match.group(0),
                    nation=nation,
                    gender=gender,
                    individual=True,
                )
            )
        return epithets

    def _apposition_of_name(self, start: int, end: int, found: list[Competitor]) -> bool:
        """ "The Czech Sáblíková, for so many years the queen of the long distances, came fifth": an epithet set
        off by commas right after a name describes that name; it is no one else."""
        if not re.match(r"\s*,", self.text[end : end + 3]):
            return False
        before = [c for c in found if c.kind == "athlete" and c.end <= start]
        if not before:
            return False
        gap = re.fullmatch(
            r"\s*(?:\([A-Z]{3}\))?\s*,\s*((?:[a-z][\w'’-]*\s+){0,5})",
            self.text[_end_of(before[-1]) : start],
        )
        if gap is None:
            return False
        words = gap.group(1).split()
        return not (set(words) & {"who", "which", "that", "whose"} or (words and words[-1] in OBLIQUE))

    def _resolve(
        self,
        competitor: Competitor,
        scope: Scope | None = None,
        exclude: tuple[str, ...] = (),
        sentence_start: int | None = None,
    ) -> Competitor | None:
        """Point an epithet or pronoun at the athlete it refers to; remember athletes as they come."""
        if competitor.kind == "athlete":
            self._remember(competitor)
            return competitor
        if competitor.kind == "team":
            return competitor
        team = Competitor(
            "team",
            competitor.start,
            competitor.end,
            competitor.text,
            nation=competitor.nation,
            individual=False,
        )
        if competitor.kind == "pronoun" and not competitor.individual:
            subject = self.last_subject
            return subject if subject is not None and subject.kind == "team" else None
        if competitor.individual is None and scope is not None and scope.discipline in TEAM_DISCIPLINES:
            return team  # "the Dutch" in a team race
        candidates = []
        for other in reversed(self.recent):
            if other.athlete in exclude or any(c.athlete == other.athlete for c in candidates):
                continue
            other_gender = other.gender or self.placed_genders.get(other.athlete or "")
            if competitor.gender and other_gender and other_gender != competitor.gender:
                continue
            candidates.append(other)
        chosen = None
        if competitor.kind == "pronoun":
            last = self.last_subject
            if (
                last is not None
                and last.kind == "athlete"
                and last.athlete not in exclude
                and not (competitor.gender and last.gender and last.gender != competitor.gender)
            ):
                chosen = last
            elif candidates:
                chosen = candidates[0]
        elif competitor.nation:
            # "the Dutchwoman", "the 22-year-old Canadian", in this order: the athlete of this paragraph known
            # to be of that nation; the other skater just named in the same sentence; the one athlete of this
            # paragraph of no known nation. Where two of no known nation could be meant, it is left unread: which
            # one is not yet placed says nothing of who "the Norwegian" is.
            local = [
                c for c in candidates if self._paragraph_of.get(id(c)) == self.paragraph and c.start < competitor.start
            ]
            matching = [c for c in local if self._nation_of(c) == competitor.nation]
            said = scope.statements if scope else []
            out = {st.competitor.athlete for st in said if not st.finished}  # fell or disqualified
            unknown = [c for c in local if self._nation_of(c) is None and c.athlete not in out]
            # a skater this paragraph names only as an object ("finished ahead of Takagi") could be meant too
            # named before the epithet: "Behind the Japanese, Larsen was fourth" does not make Larsen Japanese
            named_here = [c for c in self.named.get(self.paragraph, []) if c.start < competitor.start]
            for c in named_here:
                if (
                    c.athlete not in out
                    and c.athlete not in exclude
                    and self._nation_of(c) is None
                    and all(c.athlete != other.athlete for other in unknown)
                ):
                    unknown.append(c)
            # a skater of that nation this paragraph names in passing ("is 0.06 up on Liiv ... the Estonian drops")
            matching += [
                c
                for c in named_here
                if c.athlete not in exclude
                and self._nation_of(c) == competitor.nation
                and all(c.athlete != other.athlete for other in matching)
            ]
            if matching:
                chosen = matching[0]
            elif len(unknown) == 1 or (unknown and sentence_start is not None and unknown[0].start >= sentence_start):
                chosen = unknown[0]
            elif not local:
                chosen = next((c for c in candidates if self._nation_of(c) == competitor.nation), None)
        elif candidates:
            last = self.last_subject
            chosen = last if last is not None and last in candidates else candidates[0]
            if self.last_subject_paragraph != self.paragraph and competitor.kind == "epithet":
                # "On Sunday the 20-year-old came back": opening a paragraph, an epithet is about the one the
                # text is about, not whoever the last paragraph ended on
                counts = Counter(c.athlete for c in self.main_subjects if c.athlete)
                ranked = counts.most_common(2)
                protagonist = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
                chosen = next((c for c in candidates if c.athlete == protagonist), None)
        if chosen is None:
            return team if competitor.individual is None else None
        nation = self._nation_of(chosen) or competitor.nation
        if competitor.nation and self._nation_of(chosen) is None and chosen.athlete:
            self.epithet_nations[chosen.athlete] = competitor.nation
        resolved = Competitor(
            "athlete",
            competitor.start,
            competitor.end,
            competitor.text,
            nation=nation,
            gender=competitor.gender or chosen.gender,
            individual=True,
            athlete=chosen.athlete or chosen.text,
        )
        if competitor.kind == "epithet" and (competitor.nation or competitor.gender):
            resolved.by_epithet = True
            self.athlete_mentions.append(resolved)
        return resolved

    def _nation_of(self, athlete: Competitor) -> str | None:
        key = athlete.athlete or ""
        return (
            athlete.nation
            or self.marks.coded_nations.get(key)
            or self.known_nations.get(key)
            or self.epithet_nations.get(key)
        )

    def _remember(self, competitor: Competitor) -> None:
        self.recent = [c for c in self.recent if c.text != competitor.text][-8:] + [competitor]
        self._paragraph_of[id(competitor)] = self.paragraph

    # -- clauses ------------------------------------------------------------------------------------

    def _clauses(self, sentence: Sentence, competitors: list[Competitor]) -> list[tuple[int, int, list | None]]:
        """Split a sentence where a new subject starts; a relative "who" clause is about the name before it."""
        starts = {c.start: c for c in competitors}
        # "and Norway's Ragne Wiklund", "with American Kimi Goetz": a nation word leading into a name
        for mark_start, mark_end, label, _ in self.marks.nations:
            if sentence.start <= mark_start < sentence.end and label != "NATION_CODE":
                lead = re.match(r"(?:['’]s?)?\s+", self.text[mark_end : mark_end + 4])
                if lead and mark_end + lead.end() in starts and mark_start not in starts:
                    starts[mark_start] = starts[mark_end + lead.end()]
        boundaries: list[tuple[int, list | None]] = [(sentence.start, None)]
        text = self.text
        # not the decimal comma of "37,60"
        for match in re.finditer(
            r"[;]|,(?!\d)|\b(?:" + "|".join(CLAUSE_WORDS) + r")\b", text[sentence.start : sentence.end]
        ):
            position = sentence.start + match.end()
            token = match.group(0)
            nxt = re.match(r"\s*(?:(?:the|his|her|their|our|compatriot|teammate|fellow)\s+)*", text[position:])
            next_start = position + (nxt.end() if nxt else 0)
            if token in (";", "while", "whereas", "but", "although", "though", "whilst"):
                boundaries.append((position if token == ";" else sentence.start + match.start(), None))
                continue
            if token == "," and re.match(r"\s*(?:which|where|whereas)\b", text[position:]):
                boundaries.append((position, None))
                continue
            then = re.match(r"\s*(?:and\s+)?then\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ok|on|ame|ent)\b", text[position:])
            if (
                token == ","
                and then
                and self._claims(position, sentence.end)
                and any(position <= s < sentence.end for s, _, label, _ in self.marks.lexicon if label == "DISCIPLINE")
            ):
                # "Kok won the 500m, then finished second to Leerdam in the 1000m": the same skater, another race
                boundaries.append((position, "main"))
                continue
            with_clause = re.match(
                r"\s*with\s+(?:(?:the|his|her|their|our|compatriot|teammate|fellow)\s+)*", text[position:]
            )
            if token == "," and with_clause and position + with_clause.end() in starts:
                # "..., with Goetz and Takagi completing the podium": a clause about them; but in
                # "The United States, with Lehman, Dawson and Cepuran, finished second" the names are an aside
                later = [c for c in competitors if c.start >= position + with_clause.end()]
                group = self._subject(later, position, after_with=True) or []
                # "The Netherlands, with Daleman leading out, took silver": the aside may end in a participle
                close = (
                    re.match(r"(?:\s*\([A-Z]{3}\))?(?:\s+[a-z]+ing\b[^,;.]{0,20})?\s*,", text[group[-1].end :])
                    if group
                    else None
                )
                boundaries.append((position, "with"))
                if close:
                    boundaries.append((group[-1].end + close.end(), "main"))
                continue
            if token == "," and re.match(r"\s*whose\b", text[position:]):
                # "Takagi, whose 10.41 opener was the fastest of the night, faded to fifth": the aside is about
                # something of hers, and says nothing of where anyone placed
                boundaries.append((position, "aside"))
                close = _next_comma(text, position + 1, sentence.end)
                if close != -1:
                    boundaries.append((close + 1, "main"))
                continue
            if token == "," and re.match(r"\s*who\b", text[position:]):
                antecedent = [
                    c for c in competitors if c.end <= position - 1 and position - 1 - max(c.end, c.tail_end or 0) <= 8
                ]
                if antecedent:
                    # "... ahead of Bergsma (NED) and Chung (KOR), who finished second and third": both of them
                    group = self._listed_before(antecedent[-1], competitors)
                    boundaries.append((position, group))
                    close = _next_comma(text, position + 1, sentence.end)
                    if close != -1:
                        boundaries.append((close + 1, "main"))
                continue
            comma_and = token == "," and re.match(r"\s*and\b", text[position:])
            noun = re.search(r"\bthe\s+([\w-]+)\s*$", text[sentence.start : sentence.start + match.start()])
            if (
                token == ","
                and noun
                and (
                    noun.group(1).lower() in self.person_nouns
                    or noun.group(1).lower() in ("runner-up", "winner", "victor", "medallist", "medalist", "holder")
                )
            ):
                continue  # "beat the runner-up, Davide Ghiotto, by 0.69": the name is the noun's apposition
            if next_start in starts or comma_and:
                previous = self._previous_word_end(sentence.start + match.start())
                following = starts.get(next_start)
                # "A, B and C" lists competitors of one kind; "... Mushtakov and Russia ran away" does not.
                is_list = token in (",", "and") and any(
                    (c.end == previous or c.tail_end == previous or self._code_ends(c, previous))
                    and (following is None or (following.kind != "pronoun" and _same_kind(c, following)))
                    for c in competitors
                )
                if not is_list:
                    boundaries.append((sentence.start + match.start(), None))
        for competitor in competitors:
            # "she stopped the clock and watched Takagi come up short in second place": what follows a perception
            # verb's object is said of that object
            before = [w.lower() for w in self._words_before(competitor.start, 2, sentence.start)]
            before = [w for w in before if w not in DETERMINERS]
            if before and before[-1] in _PERCEPTION and competitor.kind in ("athlete", "team"):
                boundaries.append((competitor.start, [competitor]))
        boundaries.sort(key=lambda b: b[0])
        clauses = []
        main_subject = None
        for index, (start, forced) in enumerate(boundaries):
            end = boundaries[index + 1][0] if index + 1 < len(boundaries) else sentence.end
            if end <= start:
                continue
            if forced == "main":
                forced = main_subject
            elif forced == "aside":
                forced = []
            elif forced == "with":
                in_clause = [c for c in competitors if start <= c.start < end]
                forced = self._subject(in_clause, start, after_with=True) or None
            elif forced is None:
                main_subject = None
            clauses.append((start, end, forced))
            if forced is None and main_subject is None:
                in_clause = [c for c in competitors if start <= c.start < end]
                main_subject = self._subject(in_clause, start)
        return clauses

    def _code_ends(self, competitor: Competitor, position: int) -> bool:
        gap = self.text[_end_of(competitor) : position]
        return bool(re.fullmatch(r"\s*" + _NAME_BRACKET.pattern + r"\s*", gap))

    def _previous_word_end(self, position: int) -> int:
        while position > 0 and self.text[position - 1] == " ":
            position -= 1
        return position

    def _subject(
        self, in_clause: list[Competitor], clause_start: int, after_with: bool = False
    ) -> list[Competitor] | None:
        in_clause = [c for c in in_clause if not c.possessive]
        oblique: Competitor | None = None  # the last name read as an object
        for index, competitor in enumerate(in_clause):
            if (
                oblique is not None
                and _PAIR_JOIN.fullmatch(self.text, _end_of(oblique), competitor.start)
                and re.search(r"\band\b", self.text[_end_of(oblique) : competitor.start])
            ):
                # "ahead of Rijpma-de Jong (1:55.92) and the Canadian Blondin": the list goes on as objects
                oblique = competitor
                continue
            # "won by the Japanese Miho Takagi", "ahead of the Dutchwoman Rijpma-de Jong": the word before the
            # nation word tells whether the name is an object
            lead = next(
                (
                    s
                    for s, e, label, _ in self.marks.nations
                    if label != "NATION_CODE"
                    and clause_start <= s
                    and (
                        self.text[e : competitor.start] == " "
                        # "ahead of Canada's Laurent Dubreuil"; but "the race for Japan's Takagi" is hers
                        or self.text[e : competitor.start] in ("'s ", "’s ")
                        and not re.search(r"\bfor\s+(?:the\s+)?$", self.text[max(clause_start, s - 12) : s])
                    )
                ),
                competitor.start,
            )
            before = [w.lower() for w in self._words_before(lead, 2, clause_start)]
            skipped = [w for w in before if w not in DETERMINERS]
            # "For Kim it was the second win of the season": the one the clause opens on is its topic
            topic = re.fullmatch(r"\s*for\s+", self.text[clause_start : competitor.start], re.IGNORECASE)
            # "won by Takagi": the agent of a passive win is who the clause is about
            topic = topic or _PASSIVE_AGENT.search(self.text, max(clause_start, lead - 40), lead)
            if (
                skipped
                and skipped[-1] in OBLIQUE
                and not (after_with and index == 0 and skipped[-1] == "with")
                and not topic
            ):
                oblique = competitor
                continue
            if self._oblique_apposition(clause_start, competitor.start):
                continue
            if competitor.kind == "pronoun" and competitor.text.lower() not in (
                "he",
                "she",
                "they",
                "each",
                "both",
                "the two",
                "the pair",
            ):
                continue
            if competitor.kind == "pronoun" and competitor.text.lower() in (
                "each",
                "both",
                "the two",
                "the pair",
            ):
                # "Each received a silver medal": the skaters just named together
                if self.last_group and len(self.last_group) > 1:
                    return list(self.last_group)
                continue
            group = [competitor]
            for other in in_clause[index + 1 :]:
                # "Leerdam of the Netherlands and Bowe": the nation after a name is part of it
                gap = self.text[_end_of(group[-1]) : other.start]
                gap = _NAME_BRACKET.sub("", gap)
                # "Kojima and Canada's Antoine Gelinas-Beaulieu": a nation word may lead into the next name
                joined = re.fullmatch(
                    r"\s*(?:,|and|&|,\s*and)\s*(?:(?:the\s+)?[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?(?:['’]s?)?\s+)?", gap
                )
                # "Lorentzen, the Olympic champion, was fourth": an apposition, not a second competitor
                # "Leerdam, Kok's great rival, was fifth": a possessive opens an apposition, not a list
                owner = self.text.startswith(("'s ", "’s "), other.end)
                if joined and not owner and (other.kind in ("athlete", "team") or "and" in gap or "&" in gap):
                    group.append(other)
                elif joined:
                    continue
                else:
                    break
            return group
        return None

    def _oblique_apposition(self, clause_start: int, position: int) -> bool:
        """ "behind the bronze medallist, home favourite Dubreuil": a name set beside the object of a preposition
        by a person noun is that object too, not the clause's subject."""
        found = _OBLIQUE_PHRASE.search(self.text, clause_start, position)
        if found is None or found.end() != position:
            return False
        return any(word.strip(",").lower() in self.person_nouns for word in found.group(1).split())

    # -- race context -------------------------------------------------------------------------------

    def _genders_in(self, start: int, end: int) -> list[str]:
        found = [value for s, e, label, value in self.marks.lexicon if label == "GENDER" and start <= s < end]
        found += [
            "men" if label == "NATION_MAN" else "women"
            for s, e, label, _ in self.marks.nations
            if label in ("NATION_MAN", "NATION_WOMAN") and start <= s < end
        ]
        return found

    def _race_context(self, sentence: Sentence, start: int, end: int, scope: Scope, sentence_gender) -> Scope:
        disciplines = [
            (s, e, value)
            for s, e, label, value in self.marks.lexicon
            if label == "DISCIPLINE" and start <= s < end and not _is_hidden(self.marks, s, e, "race")
        ]
        genders = [
            value
            for s, e, label, value in self.marks.lexicon
            if label == "GENDER" and start <= s < end and not _is_hidden(self.marks, s, e, "race")
        ]
        days = [
            value
            for s, e, label, value in self.marks.lexicon
            if label == "DAY" and start <= s < end and not _is_hidden(self.marks, s, e, "race")
        ]
        if not disciplines and scope.discipline is None and _SAME_DISTANCE.search(self.text, start, end):
            # "Groenewoud, who was third over 3000m last month, struck back over the same distance here": the
            # distance the sentence named before, though in an aside about the past
            disciplines = [
                (s, e, value)
                for s, e, label, value in self.marks.lexicon
                if label == "DISCIPLINE" and sentence.start <= s < start
            ][-1:]
        divisions = [value for s, e, label, value in self.marks.lexicon if label == "DIVISION" and start <= s < end]
        if divisions and _DIVISION_FRAME.match(self.text, start, end):
            self.division_frame = (divisions[0], sentence.paragraph)
        frame = self.division_frame
        framed = frame[0] if frame and frame[1] in (None, sentence.paragraph) else None
        numbers = []
        for s, e, label, _rule_id, span in self.marks.cues:
            if label == "RACE_NO" and start <= s < end and not _is_hidden(self.marks, s, e, "race"):
                ordinal = self.words["ordinals"].get(span[0].text.lower())
                if ordinal and ordinal <= 3:
                    numbers.append(ordinal)
        if (
            disciplines
            and self.section_heading
            and sentence.line_kind != "short"
            and not self._claims(start, end)
            and not divisions  # "The B Division mass starts were run on Sunday": a race of its own, not in passing
            # "The women's mass start came down to the last lap": a paragraph opening on a race is about it
            and not (
                sentence.first_in_paragraph
                and disciplines[0][0] - sentence.start <= 30
                and disciplines[0][2] != self.section_discipline
            )
        ):
            # Under a race heading, another distance named in passing ("a member of the Dutch team pursuit
            # squad") does not change the race.
            disciplines = []
        # "Weidemann (CAN), an Olympic champion in the team pursuit, rounded out the podium", "a bronze to go with
        # her 3000m gold": a race named in an aside about a skater is not the race being told
        disciplines = (
            [d for d in disciplines if not self._aside_race(d[0], d[1], start, end)]
            if scope.statements
            else disciplines
        )
        if (
            disciplines
            and (scope.statements or scope.discipline is None)
            and scope.discipline not in (d[2] for d in disciplines)
        ):
            stated = [
                t.seconds
                for t in self.marks.times
                if start <= t.start < end
                and t.seconds >= self.words["min_finish_seconds"]
                and not _is_hidden(self.marks, t.start, t.end, "time")
            ]
            if (
                stated
                and (scope.discipline is None or all(plausible(None, scope.discipline, s) for s in stated))
                and not any(plausible(None, d[2], seconds) for d in disciplines for seconds in stated)
            ):
                # "Bloemen, who won Olympic 10,000-metre gold, was 11th in 1:46.93": a time no race of the distance
                # named could take, but the race being told could, is of the race being told (or of one the text
                # goes on to tell)
                disciplines = []
        if (
            disciplines
            and scope.statements
            and self.preparing.search(self.text, max(start, disciplines[0][0] - 60), disciplines[0][0])
            and not self._claims(start, end)
            and self._paragraph_goes_on(end)
        ):
            # "the staff preferred to keep her fresh for the team pursuit. Wiklund won in 3:55.84": a race still to
            # come, named in passing (at the end of a paragraph, it may be the race the next one tells)
            disciplines = []
        if disciplines:
            # Of several distances in one clause, the one with a gender word is the race ("added a gold to the
            # 1500m silver ..., taking the women's 1000m").
            gendered = [
                d
                for d in disciplines
                if re.search(r"(?:men|women|ladies)(?:'s|')?\s*$", self.text[max(0, d[0] - 12) : d[0]], re.IGNORECASE)
            ]
            discipline = (gendered or disciplines)[0][2]
            if gendered:
                # "roared on by a crowd that had waited through the women's race, won the men's 10,000 metres": the
                # gender written with the distance is the race's, before any other in the clause
                attached = [
                    value
                    for s, e, label, value in self.marks.lexicon
                    if label == "GENDER" and gendered[0][0] - 12 <= s < gendered[0][0] and e <= gendered[0][0]
                ]
                if attached and attached[-1] in genders:
                    genders = [attached[-1]] + [g for g in genders if g != attached[-1]]
            number = numbers[0] if numbers else None
            same_race = (
                scope.discipline == discipline
                and not scope.statements
                and scope.paragraph == sentence.paragraph
                and not (scope.gender and genders and scope.gender != genders[0])
                and not (number and scope.race_number and number != scope.race_number)
            )
            if not same_race and (
                scope.discipline is not None
                or scope.statements
                or (scope.gender and genders and scope.gender != genders[0])
            ):
                scope = self._new_scope(sentence.paragraph)
            scope.discipline = discipline
            if framed and not divisions and scope.division is None:
                # "In the B Division, Zdráhalová won the 1500m ... Hald Thorup took the 5000m": the frame goes on
                scope.division = framed
            scope.heading = scope.heading if same_race else sentence.line_kind == "short"
            scope.evidence.extend((s, e) for s, e, _ in disciplines)
        elif (
            (named := self._gender_of_race_named(start, end))
            and (told := self._race_told_before(scope))
            and named != (told.gender or (told.gender_hints[-1] if told.gender_hints else named))
        ):
            # "Kok won the women's 500m. In the men's race, de Boo ...": the same distance, the other gender
            previous = told
            if scope.discipline or scope.statements:
                scope = self._new_scope(sentence.paragraph)
            scope.discipline, scope.division, scope.gender = previous.discipline, previous.division, named
            scope.evidence.extend(previous.evidence[:1])
        elif (
            genders
            and scope.statements
            and scope.gender != genders[0]
            and scope.discipline
            and _GENDER_TURN.fullmatch(self.text, start, end)
        ):
            # "Men's turn.", "Now the women.": the other gender skates the distance being told; the skaters told
            # before were not of it
            previous = scope
            scope = self._new_scope(sentence.paragraph)
            scope.discipline, scope.division, scope.gender = previous.discipline, previous.division, genders[0]
            if previous.gender is None and genders[0] in _OTHER_GENDER:
                previous.gender_hints.append(_OTHER_GENDER[genders[0]])
        elif genders and scope.gender and genders[0] != scope.gender and scope.statements:
            scope = self._new_scope(sentence.paragraph)
        elif (
            divisions
            and scope.statements
            and (scope.division or "A") != divisions[0]
            # "his time would have put him seventh in the A race": what might have been, in another race
            and not _COUNTERFACTUAL.search(self.text, start, end)
            and (
                _DIVISION_FRAME.match(self.text, start, end)
                or re.search(r"\b[Ii]n the [AB][ -](?:race|final)\b", self.text[start:end])
            )
        ):
            # "In the B Division, ...", "no stopping Beune in the A race": the same distance, the other division
            previous = scope
            scope = self._new_scope(sentence.paragraph)
            scope.discipline, scope.gender = previous.discipline, previous.gender
        race_word = re.search(
            r"\b(?:men|women|ladies|male|female)(?:'s|'|s)?\s+(?:race|event|final|distance|competition|contest|field)s?\b",
            self.text[start:end],
            re.IGNORECASE,
        )
        if genders and scope.gender is None and (disciplines or scope.discipline is None or race_word):
            # a gender word without a distance ("women's pursuit team") names the race only when no distance
            # is known yet or it says "the men's race"
            scope.gender = genders[0]
        elif genders and scope.gender is None:
            scope.gender_hints.extend(genders)
        elif not genders and disciplines and sentence_gender:
            scope.gender_hints.extend(sentence_gender)
        if days and scope.day is None:
            scope.day = days[0]
        if divisions and scope.division is None and (not scope.statements or sentence.line_kind == "short"):
            # once a race has results, "Michalski skated in Division B" is about a skater, not this race
            scope.division = divisions[0]
        if numbers and scope.race_number is None:
            scope.race_number = numbers[0]
        return scope

    def _other_gender_by_times(self, scope: Scope, sentence: Sentence, start: int, end: int) -> Scope:
        """ "Takagi wins the women's 1000m in 1:14.20. ... Stolz wins it in 1:07.71": times no race of the told
        race's gender takes, but the other gender's does, tell that gender's race of the same distance."""
        if not (scope.statements and scope.discipline and scope.gender):
            return scope
        times_in = self.marks.times[
            bisect.bisect_left(self.time_starts, start) : bisect.bisect_left(self.time_starts, end)
        ]
        seconds = [
            t.seconds
            for t in times_in
            if t.seconds >= self.words["min_finish_seconds"] and not _is_hidden(self.marks, t.start, t.end, "time")
        ]
        other = "men" if scope.gender == "women" else "women"
        if (
            not seconds
            or any(plausible(scope.gender, scope.discipline, x) for x in seconds)
            or not all(plausible(other, scope.discipline, x) for x in seconds)
            or any(label in ("DISCIPLINE", "GENDER") and start <= s < end for s, _, label, _ in self.marks.lexicon)
        ):
            return scope
        told = scope
        scope = self._new_scope(sentence.paragraph)
        scope.discipline, scope.division, scope.gender, scope.day = told.discipline, told.division, other, told.day
        return scope

    def _race_told_before(self, scope: Scope) -> Scope | None:
        """The race being told: this scope's, or the last one told when this one, a new paragraph's, names none."""
        if scope.discipline or scope.statements:
            return scope if scope.discipline else None
        return next((s for s in reversed(self.scopes) if s.discipline), None)

    def _gender_of_race_named(self, start: int, end: int) -> str | None:
        """The gender of "the men's race", "the ladies' title" in the clause: the last one it names."""
        found = [match.group(1).lower() for match in _OTHER_GENDERS_RACE.finditer(self.text, start, end)]
        return ("men" if found[-1] == "men" else "women") if found else None

    def _aside_race(self, race_start: int, race_end: int, start: int, end: int) -> bool:
        """Is a distance named in an apposition after a name ("Weidemann (CAN), an Olympic champion in the team
        pursuit,") or as someone's other result ("her 3000m gold")?"""
        after = self.text[race_end : race_end + 20]
        if re.search(
            r"\b(?:her|his|their)\s+(?:(?:men|women|ladies)(?:['’]s?)?\s+)?$", self.text[start:race_start]
        ) and re.match(r"\s*(?:gold|silver|bronze|win|victory|title|medal|triumph|podium)\b", after):
            return True
        # the names of the clause before the distance (names are sorted by where they start)
        first = bisect.bisect_left(self.name_starts, start)
        last = bisect.bisect_left(self.name_starts, race_start)
        for _, name_end, _ in self.marks.names[first:last]:
            if (
                name_end <= race_start
                and _APPOSITION_BEFORE_RACE.fullmatch(self.text, name_end, race_start)
                and re.match(r"[^,;.]{0,30},", self.text[race_end:end])
            ):
                return True
        return False

    def _correcting(self, sentence: Sentence) -> bool:
        """Is the sentence in a paragraph that corrects the text: one that opens "EDIT:" or "Correction:", or says
        "the podium has changed", "the official result now shows", "not 34.46 as we first wrote"?"""
        if sentence.paragraph not in self._corrections:
            start = self.text.rfind("\n", 0, sentence.start) + 1
            end = self.text.find("\n", sentence.start)
            end = end if end >= 0 else len(self.text)
            self._corrections[sentence.paragraph] = bool(_CORRECTION.search(self.text, start, end))
        return self._corrections[sentence.paragraph]

    def _won_both(self, scope: Scope, sentence: Sentence, start: int, end: int) -> None:
        """ "Stolz won both the men's 1000m and the 1500m": the win is told of the second race too."""
        disciplines = [
            (s, e, value)
            for s, e, label, value in self.marks.lexicon
            if label == "DISCIPLINE" and start <= s < end and not _is_hidden(self.marks, s, e, "race")
        ]
        if len(disciplines) != 2 or scope.discipline != disciplines[0][2] or disciplines[1][2] == scope.discipline:
            return
        joined = _BOTH_RACES.fullmatch(self.text, disciplines[0][1], disciplines[1][0])
        lead = re.search(
            r"\bboth\s+(?:the\s+)?(?:(?:men|women|ladies)(?:['’]s?)?\s+)?$", self.text[start : disciplines[0][0]]
        )
        won = [
            st
            for st in scope.statements
            if st.start == sentence.start and st.rank == 1 and st.competitor.kind == "athlete" and st.finished
        ]
        if not (joined and lead and len(won) == 1):
            return
        other = self._new_scope(sentence.paragraph)
        other.discipline, other.gender, other.division = disciplines[1][2], scope.gender, scope.division
        other.evidence.append(disciplines[1][:2])
        other.statements.append(replace(won[0], time=None, rule=won[0].rule + "_both"))

    def _says_tie(self, start: int, end: int) -> bool:
        """Does the clause tell of a tie ("shared second", "both clocked 34.88")? Not "(both NED)" or "both of the
        Netherlands", which say where two skaters are from."""
        clause = _BOTH_FROM.sub(" ", self.text[start:end])
        return bool(TIE_WORDS.search(clause))

    def _names_a_race(self, start: int, end: int) -> bool:
        """Does the stretch name a race ("the men's 5000 metres", "the final", "the title")?"""
        return bool(_RACE_NOUN.search(self.text, start, end)) or any(
            start <= s < end for s, _, label, _ in self.marks.lexicon if label == "DISCIPLINE"
        )

    def _paragraph_goes_on(self, position: int) -> bool:
        line_end = self.text.find("\n", position)
        return bool(self.text[position : line_end if line_end >= 0 else len(self.text)].strip())

    def _claims(self, start: int, end: int) -> bool:
        """Does the clause state a place or a time?"""
        placing = ("PLACE", "PLACE_TO", "PLACE_ADJ", "EDGE", "PUSH", "SWEEP")
        if any(
            start <= c[0] < end and c[2] in placing and not _is_hidden(self.marks, c[0], c[1], "cue")
            for c in self.marks.cues
        ):
            return True
        return any(
            start <= t.start < end and not _is_hidden(self.marks, t.start, t.end, "time") for t in self.marks.times
        )

    def _has_contest_cue(self, start: int, end: int) -> bool:
        lowered = self.text[start:end].lower()
        return any(cue in lowered for cue in self.words["contest_cues"])

    # -- statements ---------------------------------------------------------------------------------

    def _statements(self, scope, subject, in_clause, start, end, sentence, inherited) -> None:
        frame = self.contest_frame.match(self.text, start, end) if inherited else None
        if frame:
            # "In the race for bronze, the United States ...": no one's medal yet; the one the sentence puts ahead
            # takes it
            place = frame.group(1).lower()
            self._contest = (sentence.start, self.words["medals"].get(place) or self.words["ordinals"].get(place))
            if frame.end() >= end or not in_clause:
                return
        cues = [c for c in self.marks.cues if start <= c[0] < end]
        if inherited:
            # "... nobody could separate them in the battle for bronze": a place fought for, not the place of the
            # skater the text was about
            fought_for = [f.span() for f in self.contest_for.finditer(self.text, start, end)]
            cues = [c for c in cues if not any(s <= c[0] < e for s, e in fought_for)]
        if subject and not inherited and all(c.kind == "athlete" and c.nation is None for c in subject):
            code = self._group_nation(subject, start, end)
            for competitor in subject if code else ():
                # "Pechstein finished 11th as the best of the German women", "Beckert, Rijhnen and Petzold formed
                # the German trio"
                competitor.nation = code
        clause_times = [
            t for t in self.marks.times if start <= t.start < end and not _is_hidden(self.marks, t.start, t.end, "time")
        ]
        clause_times = [t for t in clause_times if t.seconds >= self.words["min_finish_seconds"]]
        if subject and subject[0].kind in ("athlete", "team"):
            # "Her 37.48 left Jackson with silver in 37.62": a time after "her" is not the named subject's
            clause_times = [
                t
                for t in clause_times
                if not (
                    subject[0].start > t.end and _POSSESSIVE_BEFORE.search(self.text, max(start, t.start - 8), t.start)
                )
            ]
        records = sorted(
            [
                (s, e, value, None)
                for s, e, label, value in self.marks.lexicon
                if label == "RECORD" and start <= s < end and not _is_hidden(self.marks, s, e, "record")
            ]
            + self._national_records(start, end)
        )
        places = []
        for cue_start, cue_end, label, rule_id, span in cues:
            if label != "PLACE" or _is_hidden(self.marks, cue_start, cue_end, "cue"):
                continue
            if self.rules[rule_id].get("opening") and not (inherited and cue_start == sentence.start):
                # "Sixth in the same race in 1:08.64." goes on about the skater of the sentences before; in "so we
                # cheered for Angel instead: P5 in 1:57.80" who it means is not told
                continue
            if self.rules[rule_id].get("requires") == "name_before" and not any(
                _NAME_THEN.fullmatch(self.text, _end_of(c), cue_start) for c in in_clause if c.end <= cue_start
            ):
                # "Bowe: fourth in the 1000m" places Bowe; "we cheered for Angel instead: P5" does not tell who
                continue
            rank = self._rank_of(rule_id, span)
            if rank is not None:
                places.append((cue_start, cue_end, rank, rule_id))
        used_places: set[int] = set()
        placed: dict[str, Statement] = {}
        if any(c[2] == "REPEAT" and not _is_hidden(self.marks, c[0], c[1], "cue") for c in cues):
            scope.repeat = True

        def add(competitor, rank, rule, time=None, strong=True):
            statement = Statement(competitor, rank, rule, sentence.start, sentence.end, time=time, strong=strong)
            scope.statements.append(statement)
            placed[competitor.key] = statement
            return statement

        objects = [c for c in in_clause if not subject or c not in subject]
        if self._places_went_to(scope, in_clause, start, end, clause_times, add):
            return
        self._only_one_faster(scope, in_clause, start, end, clause_times, add, placed)
        if self._came_behind(scope, in_clause, start, end, clause_times, add):
            return
        # "the bronze that went to Kulizhnikov", "silver went to Takagi": the rank belongs to the one after
        for cue_start, cue_end, label, rule_id, span in cues:
            if label != "PLACE_TO" or _is_hidden(self.marks, cue_start, cue_end, "cue_to"):
                continue
            requires = self.rules[rule_id].get("requires")
            if requires == "clause_start" and self.text[start:cue_start].strip(" ,;-–—•*·\t"):  # "- 1st: Dahl"
                continue
            if requires == "no_competitor_before" and any(
                c.start < cue_start and c.kind in ("athlete", "team", "epithet", "pronoun") for c in in_clause
            ):
                continue
            if requires == "no_competitor_before" and not self._names_a_race(start, cue_start):
                # "The hard-luck story belonged to Brandvold": no race, but the one the text now tells of
                topic = self._directly_after(cue_end, in_clause)
                topic = self._resolve(topic, scope) if topic is not None and topic.kind == "athlete" else None
                if topic is not None and not subject:
                    self.last_subject = topic
                    self.last_subject_paragraph = sentence.paragraph
                continue
            rank = self._rank_of(rule_id, span)
            target = self._directly_after(cue_end, in_clause)
            if target is not None and target.kind == "epithet":
                target = None
            if target is None and rank is not None and self.rules[rule_id].get("otherwise") == "place":
                # "Kok won by two hundredths": no one after "won by", so the subject's win
                places.append((cue_start, cue_end, rank, rule_id))
                places.sort()
                continue
            if target is not None and rank is not None:
                target = self._resolve(target, scope)
                if target is not None:
                    add(target, rank, rule_id)
                    used_places.update(p[0] for p in places if cue_start <= p[0] < cue_end)
                    if not subject and target.kind == "athlete":
                        # "The race went to Kulizhnikov. He stopped the clock at ...": the topic now
                        self.last_subject = target
                        self.last_subject_paragraph = sentence.paragraph
                    following = [t for t in clause_times if t.start >= target.end][:1]
                    # "behind the winner, Inagawa, to take silver in 37.89": a cue about someone else's place leaves
                    # the clause's time to its subject
                    if following and len(clause_times) == 1 and self.rules[rule_id].get("time") != "subject":
                        placed[target.key].time = following[0]
                        clause_times = []
        # "the Japanese Miho Takagi (1:55.90)", "Kodaira's 37.11": a time written on a name is that skater's
        for found_time in list(clause_times):
            owner = next(
                (
                    c
                    for c in in_clause
                    if c.kind in ("athlete", "team")
                    and (
                        re.fullmatch(
                            r"\s*(?:\([A-Z]{3}\)\s*)?[(,]\s*(?:[A-Z]{3}\s*,\s*)?",
                            self.text[c.end : found_time.start],
                        )
                        and self.text[found_time.end : found_time.end + 1] == ")"
                        # "37.02 to Kodaira's 37.11"
                        or self.text[c.end : found_time.start] in ("'s ", "’s ")
                    )
                ),
                None,
            )
            if owner is not None:
                owner = self._resolve(owner, scope)
                if owner is not None:
                    statement = placed.get(owner.key) or add(owner, None, "time_in_brackets")
                    statement.time = found_time
                    clause_times.remove(found_time)
        # "..., with Park Ji-woo (KOR) second": an ordinal right after a name places that name
        for cue_start, cue_end, label, rule_id, span in cues:
            if label != "PLACE_ADJ" or _is_hidden(self.marks, cue_start, cue_end, "cue"):
                continue
            rank = self._rank_of(rule_id, span)
            ordinal = next((t for t in span if t.lower_ in self.words["ordinals"]), None)
            # the name's last word: right before the ordinal, or before "was" / "in" / a comma
            named = span[ordinal.i - span.start - 1] if ordinal is not None and ordinal.i > span.start else span[0]
            if named.lower_ in ("in", "was", "is", ",") and named.i > span.start:
                named = span[named.i - span.start - 1]
            first_end = named.idx + len(named)
            owner = next(
                (
                    c
                    for c in in_clause
                    if c.kind in ("athlete", "team")
                    and (
                        span[0].idx <= c.end <= first_end + 1
                        or self._code_ends(c, first_end)
                        or (c.tail_end is not None and span[0].idx <= c.tail_end <= first_end)
                    )
                ),
                None,
            )
            if rank is None:
                continue
            epithet = next(
                (c for c in in_clause if c.kind == "epithet" and c.end == first_end and c.start > span[0].idx - 12),
                None,
            )
            if owner is None and epithet is not None and epithet.start > (subject[0].end if subject else start):
                # "..., leaving the Italian second": the place of the skater the epithet names, not the subject's
                owner = self._resolve(epithet, scope)
                if owner is None or owner.kind == "epithet":
                    continue
            if owner is None:
                # "Park was the top South Korean in fifth place": no name right before; an ordinary placing
                places.append((cue_start, cue_end, rank, rule_id))
                places.sort()
                continue
            listed = (
                self._ordinals_listed_after((cue_start, ordinal.idx + len(ordinal), rank, rule_id), end)
                if ordinal is not None
                else []
            )
            if listed:
                # "Dubreuil and Howe sixth and seventh": the names before, in the order of the places
                group = self._listed_before(owner, in_clause)
                if len(group) == len(listed) + 1:
                    for competitor, place in zip(group, [rank, *(p[2] for p in listed)], strict=True):
                        resolved = self._resolve(competitor, scope)
                        if resolved is not None:
                            add(resolved, place, rule_id + "_in_order")
                    used_places.update(p[0] for p in listed)
                continue
            owner = self._resolve(owner, scope)
            if owner is not None:
                statement = add(owner, rank, rule_id)
                owner_times = [t for t in clause_times if t.start >= cue_start][:1]
                if owner_times:
                    statement.time = owner_times[0]
                    clause_times = [t for t in clause_times if t is not owner_times[0]]
        deferred_edges: list[tuple[Competitor, Competitor, str]] = []
        # relative placings: X edged out Y for silver; X pushed Y to third
        for _, cue_end, label, rule_id, _span in cues:
            if label not in ("EDGE", "PUSH", "LEAVE") or not subject or len(subject) != 1:
                continue
            exclude = tuple(c.athlete for c in subject if c.athlete)
            written = next(
                (
                    c
                    for c in in_clause
                    if c.start >= cue_end and c.kind in ("athlete", "team", "epithet") and not c.possessive
                ),
                None,
            )
            if written is None:
                continue
            target = self._resolve(written, scope, exclude, sentence.start)
            if target is None:
                # the place named after an object we cannot resolve is that object's, not the subject's
                used_places.update(p[0] for p in places if p[0] >= written.end)
                continue
            following = [p for p in places if p[0] >= target.end]
            if label == "LEAVE":
                # "beat Park for silver, leaving the Korean with bronze": the place is the one left, and says
                # nothing of the subject's
                following = [p for p in places if p[0] >= written.end]
                left = following and _LEFT_WITH.fullmatch(self.text, _end_of(written), following[0][0])
                if left:
                    used_places.add(following[0][0])
                    add(target, following[0][2], rule_id)
                continue
            leaving = any(c[2] == "LEAVE" and target.end <= c[0] < following[0][0] for c in cues if following)
            if label == "EDGE" and leaving:
                # "beat the 6:10.02 that Ghiotto had posted, leaving the Italian second": the place is the one left
                # to the beaten skater, and the order stands for the race to settle
                deferred_edges.append((subject[0], target, rule_id))
                continue
            if following:
                rank_start, _, rank, rule = following[0]
                used_places.add(rank_start)
                into = re.fullmatch(_INTO, self.text[target.end : rank_start])
            else:
                # "pushed Y down to third": the ordinal alone, after "to"
                match = re.match(
                    r"\s*(?:\([A-Z]{3}\)\s*)?(?:all the way\s+|down\s+|back\s+)?(in)?to\s+(\w+)",
                    self.text[target.end : end],
                )
                rank = self.words["ordinals"].get(match.group(2).lower()) if match else None
                into = match and match.group(1)
                if rank is None:
                    if label == "EDGE":
                        # "won the 1500m, edging Nuis by three hundredths": Nuis was next, once the winner's
                        # place is known
                        deferred_edges.append((subject[0], target, rule_id))
                    continue
            if label == "EDGE" and not into:
                add(subject[0], rank, rule_id)
                add(target, rank + 1, rule_id)
            elif rank > 1:
                # "pushed Leerdam to third", "edging Leerdam into second": the place is the one edged out
                add(target, rank, rule_id)
                add(subject[0], rank - 1, rule_id)
        # "Kodaira was beaten into second by Jackson", "Herzog was pipped to bronze by Jackson"
        for cue_start, cue_end, label, rule_id, span in cues:
            if label not in ("PASSIVE_INTO", "PASSIVE_TO") or not subject or len(subject) != 1:
                continue
            if _is_hidden(self.marks, cue_start, cue_end, "cue"):
                continue
            words = [t.text.lower() for t in span]
            rank = next(
                (
                    self.words["ordinals"].get(w) or self.words["medals"].get(w)
                    for w in words
                    if w in self.words["ordinals"] or w in self.words["medals"]
                ),
                None,
            )
            written = self._directly_after(cue_end, in_clause)
            target = self._resolve(written, scope, tuple(c.athlete for c in subject if c.athlete)) if written else None
            used_places.update(p[0] for p in places if cue_start <= p[0] < cue_end)
            if rank is None or target is None:
                continue
            if label == "PASSIVE_INTO" and rank > 1:
                add(subject[0], rank, rule_id)
                add(target, rank - 1, rule_id)
            elif label == "PASSIVE_TO":
                add(target, rank, rule_id)
                add(subject[0], rank + 1, rule_id)
        # "Behind her came Takagi": the one named next, a place behind the one just placed
        behind = re.match(r"\s*(?:(?:just|right|close|closely)\s+)?[Bb]ehind\s+(?:the\s+)?", self.text[start:end])
        if behind and subject and len(subject) == 1:
            ahead_of = next((c for c in in_clause if c.start == start + behind.end()), None)
            leader = self._resolve(ahead_of, scope) if ahead_of is not None else None
            pronoun = re.match(r"(?:her|him|them)\b", self.text[start + behind.end() : end])
            if ahead_of is None and pronoun and self.last_subject is not None:
                # "Behind her came Takagi": her, the one the text was just about
                leader = self.last_subject
                ahead_of = Competitor(
                    "pronoun", start + behind.end(), start + behind.end() + pronoun.end(), pronoun.group(0)
                )
            came = (
                re.match(
                    r"[^,.;]{0,40}?\b(?:came|was|were|finished|followed|crossed the line|ended up)\s+"
                    r"(?:the\s+)?$",
                    self.text[ahead_of.end if ahead_of else end : subject[0].start],
                )
                if ahead_of is not None
                else None
            )
            known = [
                s
                for s in scope.statements
                if leader is not None and s.competitor.key == leader.key and s.rank is not None
            ]
            if came and known and subject[0].key not in placed and not places:
                add(subject[0], known[-1].rank + 1, "behind_came")
        # "X could not get past Swings", "X trailed Jackson": the other one finished ahead of the subject
        for cue_start, cue_end, label, _rule, _span in cues:
            if (
                label != "BEHIND_OF"
                or not subject
                or len(subject) != 1
                or _is_hidden(self.marks, cue_start, cue_end, "cue")
            ):
                continue
            after = [c for c in in_clause if c.start >= cue_end and c.kind in ("athlete", "team", "epithet")]
            written = (
                after[0]
                if after and self.text[cue_end : after[0].start].strip() in ("", "the", "past", "with")
                else None
            )
            ahead = self._resolve(written, scope, tuple(c.athlete for c in subject if c.athlete)) if written else None
            if ahead is not None and ahead.key != subject[0].key:
                _finished_behind(scope, subject[0], ahead, sentence.start, sentence.end)
        lists = [c for c in cues if c[2] in ("SWEEP", "RESPECTIVELY")]
        free = [p for p in places if p[0] > subject[-1].end and p[0] not in used_places] if subject else []
        if subject and len(subject) > 1 and len(free) == 1:
            # "finished second and third": bare ordinals listed after the first
            free.extend(self._ordinals_listed_after(free[0], end))
        if (
            subject
            and len(subject) > 1
            and not lists
            and len(free) == len(subject)
            and len({p[2] for p in free}) == len(free)
            and not self._says_tie(start, end)
        ):
            # "Bowe and Takagi finished second and third": the places in the order of the names
            between = self.text[free[0][1] : free[-1][0]]
            if re.fullmatch(r"(?:\s*(?:,|and|&)\s*(?:\w+\s+){0,1}?)+", between + " ") or all(
                re.fullmatch(r"\s*(?:,|and|&)?\s*", self.text[a[1] : b[0]])
                for a, b in zip(free, free[1:], strict=False)
            ):
                for competitor, place in zip(subject, free, strict=False):
                    add(competitor, place[2], place[3] + "_in_order")
                    used_places.add(place[0])
        if subject and len(subject) > 1 and lists:
            kind = lists[0][2]
            if kind == "SWEEP":
                ranks = list(range(1, len(subject) + 1)) if len(subject) <= 3 else []
            else:
                # "were second and third respectively": the places after the names, bare ordinals included
                after = [p for p in places if p[0] > subject[-1].end]
                if len(after) == 1:
                    after.extend(self._ordinals_listed_after(after[0], end))
                ranks = [p[2] for p in after]
                for p in places:
                    used_places.add(p[0])
            if len(ranks) == len(subject):
                for competitor, rank in zip(subject, ranks, strict=False):
                    add(competitor, rank, lists[0][3])
                respective_times = clause_times if len(clause_times) == len(subject) else []
                for competitor, found_time in zip(subject, respective_times, strict=False):
                    placed[competitor.key].time = found_time
                used_places.update(p[0] for p in places)
        remaining = [p for p in places if p[0] not in used_places]
        # "giving the Dutchman the win", "handed Nuis the gold": the one given it
        for given in re.finditer(
            r"\b(?:gave|giving|gives|give|handed|handing|hands|hand)\s+", self.text[start:end], re.IGNORECASE
        ):
            at = start + given.end()
            at += len(re.match(r"(?:the\s+)?", self.text[at:end]).group(0))
            target = next((c for c in in_clause if c.start == at), None)
            rest = (
                re.match(r"\s+(?:the\s+|a\s+)?(win|victory|gold|title|silver|bronze)\b", self.text[target.end : end])
                if target is not None
                else None
            )
            if rest:
                resolved = self._resolve(target, scope, (), sentence.start)
                rank = 1 if rest.group(1) in ("win", "victory", "title") else self.words["medals"][rest.group(1)]
                if resolved is not None:
                    add(resolved, rank, "given_the_win")
                    cue_at = target.end + rest.start(1)
                    remaining[:] = [p for p in remaining if p[0] != cue_at]
        # "Inagawa shared the bronze with Jackson": the same place for the one shared with
        if subject and len(subject) == 1 and remaining and re.search(r"\bshar(?:ed|es|ing|e)\b", self.text[start:end]):
            partner = re.search(r"\bwith\s+", self.text[remaining[0][1] : end])
            if partner:
                at = remaining[0][1] + partner.end()
                other = self._directly_after(at, in_clause)
                resolved = self._resolve(other, scope, (), sentence.start) if other is not None else None
                if resolved is not None and resolved.key != subject[0].key:
                    add(subject[0], remaining[0][2], "tie_" + remaining[0][3])
                    add(resolved, remaining[0][2], "tie_" + remaining[0][3])
                    remaining.pop(0)
        # "The American's first World Cup win left Krol with silver": the win is the owner's
        owners = [c for c in in_clause if c.possessive]
        for place in list(remaining):
            owner = next((c for c in reversed(owners) if c.end <= place[0] and self._owns(c.end, place[0])), None)
            if owner is None:
                continue
            resolved = self._resolve(owner, scope, (), sentence.start)
            if resolved is not None:
                add(resolved, place[2], place[3])
            # unresolved, the win is still the owner's, never the next name's
            remaining.remove(place)
        # "runner-up Pavel Kulizhnikov": a placing word right before a name is that name's (but "won the race from
        # Blondin" ends in a preposition: Blondin is its object)
        for place in list(remaining):
            if self.text[place[0] : place[1]].split()[-1].lower() in OBLIQUE:
                continue
            following = next(
                (
                    c
                    for c in in_clause
                    if c.kind in ("athlete", "team")
                    and c.start > place[1]
                    and (
                        self.text[place[1] : c.start] == " "
                        # "the runners-up from the Netherlands"
                        or "runner" in place[3]
                        and re.fullmatch(r"\s+(?:from|of)\s+(?:the\s+)?|,\s*", self.text[place[1] : c.start])
                    )
                ),
                None,
            )
            if following is not None and (not subject or following not in subject or len(subject) > 1):
                owner = self._resolve(following, scope)
                if owner is not None:
                    add(owner, place[2], place[3])
                    remaining.remove(place)
        # "Second straight win at the distance for Kok", "gold for Kok, silver for Jackson": the one it was for
        for place in list(remaining):
            if subject and not inherited:
                break
            beneficiary = next(
                (
                    c
                    for c in in_clause
                    if c.start > place[1]
                    and c.kind in ("athlete", "epithet")
                    and re.fullmatch(r"(?:\s+[\w'’.:-]+){0,6}?\s+for\s+(?:the\s+)?", self.text[place[1] : c.start])
                ),
                None,
            )
            between = self.text[place[1] : beneficiary.start] if beneficiary is not None else ""
            if beneficiary is None or any(place[1] < p[0] < beneficiary.start for p in remaining):
                continue
            if re.search(rf"\b(?:{self.ordinal_words})\b", between):
                continue
            owner = self._resolve(beneficiary, scope)
            if owner is not None:
                add(owner, place[2], place[3] + "_for")
                remaining.remove(place)
        if subject and remaining:
            rank_start, _, rank, rule = remaining[0]
            if len(subject) == 1:
                add(subject[0], rank, rule, strong=not inherited or True)
            elif self._says_tie(start, end):
                for competitor in subject:
                    add(competitor, rank, "tie_" + rule)
            elif rule == "completed_podium" and len(subject) == 2:
                # "with Goetz (1:13.30) and Takagi (1:13.38) completing the podium": second and third, in the
                # order of their times when both are given
                timed = [placed[c.key].time if c.key in placed else None for c in subject]
                if all(timed) and timed[0].seconds != timed[1].seconds:
                    order = sorted(zip(subject, timed, strict=True), key=lambda pair: pair[1].seconds)
                    for place, (competitor, _) in zip((2, 3), order, strict=True):
                        add(competitor, place, "completed_podium_by_time")
            else:
                team = self._team_of(subject, self._sentence_competitors, scope, sentence)
                if team is not None:
                    add(team, rank, rule)
                else:
                    self._warn("ambiguous-placing", "a placing names several competitors", start, end)
            if len(remaining) > 1 and len({p[2] for p in remaining}) > 1 and len(subject) == 1:
                self._warn("several-placings", "one clause gives one competitor several placings", start, end)
        elif remaining and not subject:
            self._warn("unplaced-medal", "a placing with no competitor the extractor could find", start, end)
        # "one place behind Semerikov": the other skater is that many places ahead of the subject
        for _, cue_end, label, rule_id, span in cues:
            if label != "PLACES_APART" or not subject or len(subject) != 1 or subject[0].key not in placed:
                continue
            own = placed[subject[0].key].rank
            target = next(
                (
                    c
                    for c in in_clause
                    if c.start >= cue_end
                    and c.kind in ("athlete", "team")
                    and _PLACES_APART_GAP.fullmatch(self.text[cue_end : c.start])
                ),
                None,
            )
            words = [t.text.lower() for t in span]
            count = {"one": 1, "a": 1, "two": 2, "three": 3}.get(words[0])
            if own is None or target is None or count is None:
                continue
            other = own - count if words[-1] == "behind" else own + count
            target = self._resolve(target, scope)
            if other >= 1 and target is not None:
                add(target, other, rule_id)
        # "won the sprint from a reduced group ahead of Blondin": the phrase a competitor follows
        ahead = next(
            (
                found
                for found in _AHEAD_OF.finditer(self.text, start, end)
                if any(0 <= c.start - found.end() <= 12 for c in in_clause)
            ),
            None,
        )
        if ahead and subject and len(subject) == 1 and self._verbless_winner(subject[0], ahead.start(), start):
            # "Confirmed, men's 1500m: Stolz (USA) 1:43.58 ahead of Kongshaug and Howe": a results line with no verb
            # names the winner first
            statement = placed.get(subject[0].key) or add(subject[0], None, "verbless_ahead_of")
            if statement.rank is None:
                statement.rank, statement.rule = 1, "verbless_ahead_of"
        if ahead and subject and len(subject) == 1 and subject[0].key in placed and placed[subject[0].key].rank == 1:
            # "won the mass start ahead of Swings": the winner's closest rival, second
            at = ahead.end()
            after = [c for c in in_clause if c.start >= at and c.kind in ("athlete", "team", "epithet")]
            if (
                after
                and after[0].start - at <= 12
                and not (len(after) > 1 and re.fullmatch(_PAIR_JOIN, self.text[_end_of(after[0]) : after[1].start]))
            ):
                target = self._resolve(after[0], scope, tuple(c.athlete for c in subject if c.athlete))
                if target is not None and target.key not in placed:
                    statement = add(target, 2, "won_ahead_of")
                    statement.time = self._time_right_after(after[0], clause_times)
                elif target is not None and placed[target.key].rank is None:
                    # "ahead of the American Erin Jackson (37,52)": the time already read, now with its place
                    placed[target.key].rank, placed[target.key].rule = 2, "won_ahead_of"
            elif after and after[0].start - at <= 12 and len(after) >= 2:
                # "won ahead of Weidemann and Beune", "won in 6:54.20, ahead of Weidemann (6:55.02) and Beune
                # (6:55.40)": a list of two, in that order, second and third; times given must agree
                pair = after[:2]
                owned = [
                    placed[c.key].time
                    if c.key in placed and placed[c.key].time
                    else self._time_right_after(c, clause_times)
                    for c in pair
                ]
                joined = re.fullmatch(_PAIR_JOIN, self.text[_end_of(pair[0]) : pair[1].start])
                winner_time = placed[subject[0].key].time
                known = [t.seconds for t in (winner_time, *owned) if t is not None]
                if (
                    joined
                    and known == sorted(known)
                    and len(set(known)) == len(known)
                    and not any(c.key in placed and placed[c.key].rank is not None for c in pair)
                    and not self._places_told_later(pair[1].end, sentence.end)
                    and (
                        len(after) == 2
                        or not re.match(
                            r"\s*(?:\([^)]{1,20}\))?\s*(?:,(?!\s*(?:she|he|they)\b)|and)", self.text[pair[1].end :]
                        )
                    )
                ):
                    for place, competitor, owned_time in zip((2, 3), pair, owned, strict=True):
                        resolved = self._resolve(competitor, scope)
                        if resolved is not None and resolved.key in placed:
                            # "ahead of Rijpma-de Jong (1:55,92)": the time already read, now with its place
                            placed[resolved.key].rank, placed[resolved.key].rule = place, "won_ahead_of_pair"
                        elif resolved is not None:
                            add(resolved, place, "won_ahead_of_pair").time = owned_time
        for winner, target, rule_id in deferred_edges:
            own = placed.get(winner.key)
            target_rank = placed[target.key].rank if target.key in placed else None
            if own is not None and own.rank is not None and target_rank is None:
                add(target, own.rank + 1, rule_id)
            elif target_rank is None or own is None:
                # no place stated yet: keep the order, for the race to settle ("beat the Dutch to the line")
                _finished_behind(scope, target, winner, sentence.start, sentence.end)
        if subject and len(subject) == 1 and any(c[3] == "led_one_two" for c in cues):
            # "Schouten led a Dutch one-two ... clear of de Jong": the one other skater named was second
            others = [c for c in self._sentence_competitors if c.kind == "athlete" and c.athlete != subject[0].athlete]
            if len(others) == 1 and others[0].key not in placed:
                add(others[0], 2, "led_one_two")
        # a time or record in the clause belongs to its subject
        if (
            subject
            and len(subject) == 1
            and clause_times
            and not self._placed_other_before(subject[0], clause_times[0])
        ):
            found_time = clause_times[0]
            key = subject[0].key
            if key in placed:
                if placed[key].time is None:
                    placed[key].time = found_time
            else:
                add(subject[0], None, "time_only", time=found_time)
        elif subject and len(subject) > 1 and clause_times and not lists:
            if self._says_tie(start, end) and len(clause_times) == 1:
                # "A and B both clocked 34.88": one time for each of them
                for competitor in subject:
                    statement = placed.get(competitor.key) or add(competitor, None, "time_only")
                    statement.time = clause_times[0]
            else:
                team = self._team_of(subject, self._sentence_competitors, scope, sentence)
                if team is not None and team.key in placed and placed[team.key].time is None:
                    placed[team.key].time = clause_times[0]
        if (
            subject
            and (
                not inherited
                # "Crossed the line second ... but was disqualified": the one this sentence has just placed
                or any(st.start == sentence.start and st.competitor.key == subject[0].key for st in scope.statements)
            )
            and any(c[2] == "NOT_FINISHED" and not _is_hidden(self.marks, c[0], c[1], "cue") for c in cues)
        ):
            for competitor in subject:
                statement = Statement(competitor, None, "did_not_finish", sentence.start, sentence.end)
                statement.finished = False
                scope.statements.append(statement)
        if subject and len(subject) == 1 and records:
            key = subject[0].key
            statement = placed.get(key) or add(subject[0], None, "record_only")
            statement.record = records[0][2]
            if records[0][3] and subject[0].nation is None:
                # "Kongshaug was third in 1:41.02, a Norwegian record": only a Norwegian sets one
                subject[0].nation = records[0][3]
        self._margins(scope, subject, objects, start, end, placed)
        self._scoreline(scope, subject, objects, start, end, placed, add)
        contest = self._contest if self._contest and self._contest[0] == sentence.start else None
        if (
            contest
            and contest[1]
            and subject
            and len(subject) == 1
            and (subject[0].key not in placed or placed[subject[0].key].rank is None)
        ):
            beaten = [
                st
                for st in scope.statements
                if sentence.start <= st.start < sentence.end
                and st.rule == "finished_behind"
                and st.competitor.key != subject[0].key
            ]
            if beaten:
                # "In the race for bronze, Nuis beat Krol": Nuis third; of two in the race for it, Krol fourth
                add(subject[0], contest[1], "contest_for_place")
                if len({st.competitor.key for st in beaten}) == 1:
                    add(beaten[0].competitor, contest[1] + 1, "contest_for_place")

    def _placed_other_before(self, subject: Competitor, time: times.RaceTime) -> bool:
        """ "Beune won, with former world champion Leerdam down in seventh (4:01.74)": a time after another skater
        and a place of theirs is that skater's, not the subject's."""
        before = [
            c
            for c in self._sentence_competitors
            if c.kind == "athlete" and c.athlete != subject.athlete and subject.end <= c.start and c.end <= time.start
        ]
        if subject.kind != "athlete":
            return False  # "The Americans (Goetz, Jackson and Bowe) were third in 1:26.59": the team's members
        if not before:
            return False
        gap = self.text[_end_of(before[-1]) : time.start]
        return bool(self.place_then_time.fullmatch(gap))

    def _national_records(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """ "a Norwegian record", "a new Belgian record": a national record, and whose nation it is; not someone
        else's ("Klassen's Canadian record"), an old one ("the Dutch record of 1:13.00") or a holder."""
        found = []
        for s, e, label, code in self._nations_between(start, end):
            if label != "NATION_ADJ":
                continue
            word = _NATIONAL_RECORD.match(self.text, e)
            if word is None or word.end() > end or _is_hidden(self.marks, s, word.end(), "record"):
                continue
            if re.search(r"['’]s?\s+$", self.text[max(start, s - 3) : s]):
                continue
            found.append((s, word.end(), "national record", code))
        return found

    def _nations_between(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """The nation marks that start in [start, end), found by bisection."""
        return self._nations_by_start[
            bisect.bisect_left(self._nation_starts, start) : bisect.bisect_left(self._nation_starts, end)
        ]

    def _group_lead_nation(self, start: int, end: int, found: list[Competitor]) -> set[int]:
        """ "Among the other Japanese, Yoshida was seventh and Kodaira ninth", "Kazakhstan's sprinters were further
        back: Silaeva was 14th and Aydova 17th", "... and the Dutch took the remaining podium places, Roest second and
        Snellink third": a nation's people opening a clause give their nation to the skaters it then lists. Returns
        where such a nation stands when the list gives places: it names those skaters, not a competitor of its own."""
        for mark_start, mark_end, label, code in self._nations_between(start, end):
            if label == "NATION_CODE":
                continue
            lead = self.text[start:mark_start]
            opening = _GROUP_OPENING.fullmatch(lead)
            joined = None if opening else _GROUP_JOINED.search(lead)
            if opening is None and joined is None:
                continue
            word = self.text[mark_start:mark_end]
            if label == "NATION":
                group = _GROUP_OF_COUNTRY.match(self.text, mark_end)
            elif label == "NATION_PEOPLE" or (label != "NATION_ADJ" and word.endswith("men")):
                group = _GROUP_NOUN.match(self.text, mark_end) or _NOTHING.match(self.text, mark_end)
            else:
                group = _GROUP_NOUN.match(self.text, mark_end) or self._group_noun_after.match(self.text, mark_end)
                if group is None and ((opening and opening.group("among")) or _GROUP_VERB.match(self.text, mark_end)):
                    group = _NOTHING.match(self.text, mark_end)
            if group is None:
                continue
            # "Among the Dutch, ...", a clause up to a colon, or up to a comma when it joins an earlier clause
            among = opening is not None and opening.group("among") is not None
            delimiter = _GROUP_DELIMITER["among" if among else "opening" if opening else "joined"]
            stop = delimiter.search(self.text, group.end(), min(end, group.end() + 90))
            if stop is None or any(group.end() <= c.start < stop.start() for c in found):
                continue
            # "..: Kok won and Jackson was third": not past a word that lets someone else in
            limit = _GROUP_LIST_STOP.search(self.text, stop.end(), end)
            listed = [c for c in found if stop.end() <= c.start < (limit.start() if limit else end)]
            if not listed or any(c.kind != "athlete" for c in listed):
                continue
            for competitor in listed:
                if competitor.nation is None and self.known_nations.get(competitor.athlete, code) == code:
                    competitor.nation = code
            words = re.findall(r"[\w-]+", self.text[stop.end() : end].lower())
            placed = any(
                w in self.words["ordinals"] or w in self.words["medals"] or re.fullmatch(r"\d+(?:st|nd|rd|th)", w)
                for w in words
            )
            return {mark_start} if placed else set()
        return set()

    def _group_nation(self, subject: list[Competitor], start: int, end: int) -> str | None:
        """The nation a clause puts its subject among: "as the best of the German women" (one skater), "formed the
        German trio" (the skaters named)."""
        pattern = _AS_BEST_OF if len(subject) == 1 else _FORMED_GROUP
        for found in pattern.finditer(self.text, _end_of(subject[-1]), end):
            for _, e, label, code in self._nations_between(found.end(), found.end() + 1):
                if label in _PERSON_NATION_LABELS and (len(subject) == 1 or self._group_noun_after.match(self.text, e)):
                    return code
        if len(subject) == 1:
            # "Howe gave Canada its other medal", "was fifth for Japan", "salvaged a medal for South Korea": the
            # country a lone subject wins for, with no other skater named before it
            for found in _WON_FOR_COUNTRY.finditer(self.text, _end_of(subject[0]), end):
                at = found.end()
                others = bisect.bisect_left(self.name_starts, at) - bisect.bisect_right(
                    self.name_starts, subject[0].start
                )
                country = next((m for m in self._nations_between(at, at + 1) if m[2] == "NATION"), None)
                if country is None or others:
                    continue
                if found.group(1) is not None:
                    told = _ITS.match(self.text, country[1]) is not None  # "gave Canada its ..."
                else:
                    before = self.text[max(_end_of(subject[0]), found.start() - 30) : found.start()].lower().split()
                    told = any(w in self._result_words for w in before[-3:])  # "fifth for", "a medal for"
                if told:
                    return country[3]
        return None

    def _verbless_winner(self, subject: Competitor, ahead_start: int, clause_start: int) -> bool:
        """ "Men's 1500m: Stolz (USA) 1:43.58 ahead of Kongshaug": a name right after a race's heading, then only its
        nation and time before "ahead of"."""
        lead = self.text[clause_start : subject.start]
        if not re.fullmatch(r"[^.;!?\n]{0,60}:\s*", lead) or not any(
            label == "DISCIPLINE" and clause_start <= s < subject.start for s, _, label, _ in self.marks.lexicon
        ):
            return False
        gap = self.text[_end_of(subject) : ahead_start]
        return (
            re.fullmatch(
                r"\s*(?:\([A-Z]{3}\))?\s*,?\s*(?:(?:in\s+)?(?:\d{1,2}[:.])?\d{1,2}[.,]\d{2,3}s?)?\s*,?\s*", gap
            )
            is not None
        )

    def _listed_before(self, last: Competitor, competitors: list[Competitor]) -> list[Competitor]:
        """The list of competitors `last` ends: "Dubreuil, Howe and Dawson", nation codes between allowed."""
        group = [last]
        for other in reversed([c for c in competitors if c.end <= last.start]):
            gap = re.sub(r"\([A-Z]{3}\)", "", self.text[_end_of(other) : group[0].start])
            # "Jackson of the United States and South Korea's Kim": a nation's possessive may open the next item
            if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*" + _POSSESSIVE_NATION, gap) and other.kind == last.kind:
                group.insert(0, other)
            else:
                break
        return group

    def _places_told_later(self, start: int, end: int) -> bool:
        """Whether the rest of a sentence says where someone placed: "..., who tied for second"."""
        words = {*self.words["ordinals"], *self.words["medals"], "tie", "tied", "shared", "respectively"}
        # not past a new clause about someone else: "..., she finished eleventh"
        other = re.search(r"[,;]\s*(?:and\s+|but\s+|while\s+)?(?:she|he)\b", self.text[start:end])
        end = start + other.start() if other else end
        return any(word.lower() in words for word in re.findall(r"[\w-]+", self.text[start:end]))

    def _ordinals_listed_after(self, place: tuple, end: int) -> list[tuple]:
        """ "second and third", "fourth, fifth and sixth": the bare ordinals that follow a place, as places."""
        ordinals = self.ordinal_words
        trail = re.match(rf"((?:\s*(?:,|and|&)\s*(?:{ordinals})\b)+)", self.text[place[1] : end])
        if not trail:
            return []
        return [
            (
                place[1] + found.start(),
                place[1] + found.end(),
                self.words["ordinals"][found.group(1).lower()],
                place[3],
            )
            for found in re.finditer(rf"\b({ordinals})\b", trail.group(1))
        ]

    def _scoreline(self, scope, subject, objects, start, end, placed, add) -> None:
        """ "6:03.14 to Ghiotto's 6:04.02", "beat Poland 1:24.87 to 1:25.40": the subject's time set against the
        one other competitor's; the other finished behind."""
        if not subject or len(subject) != 1:
            return
        shown = [
            t for t in self.marks.times if start <= t.start < end and not _is_hidden(self.marks, t.start, t.end, "time")
        ]
        for first, second in zip(shown, shown[1:], strict=False):
            between = self.text[first.end : second.start]
            if not between.startswith(" to ") or second.seconds <= first.seconds:
                continue
            named = [c for c in objects if first.end < c.start and c.end <= second.start]
            if named:
                owner = named[0]
                if len(named) != 1 or not (
                    re.fullmatch(r" to (?:the )?", self.text[first.end : owner.start])
                    and re.fullmatch(r"['’]s? ", self.text[owner.end : second.start])
                ):
                    continue
            else:
                others = [c for c in objects if c.kind in ("athlete", "team") and _same_kind(c, subject[0])]
                if between != " to " or len(others) != 1:
                    continue
                owner = others[0]
            other = self._resolve(owner, scope, tuple(c.athlete for c in subject if c.athlete), start)
            if other is None or other.key == subject[0].key or not _same_kind(other, subject[0]):
                continue
            for competitor, time in ((subject[0], first), (other, second)):
                statement = placed.get(competitor.key) or add(competitor, None, "scoreline_time")
                if statement.time is None:
                    statement.time = time
            _finished_behind(scope, other, subject[0], start, end)
            return

    _AFTER_CUE = re.compile(
        r"\s*(?:the\s+)?(?:[A-Z][\w.-]+(?: [A-Z][\w.-]+)?['’]s\s+|[A-Z][a-z-]+\s+(?:[a-z][a-z-]+\s+)?"
        rf"|{nations.FLAG}\s*)?"
    )

    def _directly_after(self, position: int, in_clause: list[Competitor]) -> Competitor | None:
        """The competitor written right after a cue ("by Austria's Vanessa Herzog", "to the Dutchwoman")."""
        for competitor in in_clause:
            if competitor.start >= position and competitor.kind in ("athlete", "team", "epithet"):
                if self._AFTER_CUE.fullmatch(self.text[position : competitor.start]):
                    return competitor
                return None
        return None

    def _owns(self, owner_end: int, cue_start: int) -> bool:
        """Is the text between a possessive and a placing word only modifiers ("'s first World Cup")?"""
        gap = self.text[owner_end:cue_start]
        match = re.fullmatch(r"['’]s?\s+((?:[\w-]+\s+){0,5})", gap)
        if not match:
            return False
        allowed = set(self.words["count_modifiers"]) | set(self.words["ordinals"]) | {"maiden", "long-awaited"}
        return all(word.lower() in allowed for word in match.group(1).split())

    def _time_right_after(self, competitor: Competitor, clause_times) -> times.RaceTime | None:
        """ "... ahead of Ichinohe (JPN) in 1:46.40": a time written straight after a name is that skater's."""
        end = _end_of(competitor)
        for found_time in clause_times:
            if found_time.start >= end and re.fullmatch(
                r"\s*(?:\([A-Z]{3}\)|[A-Z]{3})?\s*(?:,\s*)?(?:in|with|at|clocking|\()?\s*",
                self.text[end : found_time.start],
            ):
                return found_time
        return None

    def _margins(self, scope, subject, objects, start, end, placed) -> None:
        """ "0.24 seconds faster than Y": Y's gap to the subject, kept for when the subject won;
        "0.31 seconds behind the winner": the subject's own gap."""
        clause = self.text[start:end]
        behind = re.search(
            r"(\d{1,2}\.\d{1,3})\s*(?:seconds?|s|secs?)?\s+(?:behind|slower than|adrift of|off)\s+"
            r"the\s+(?:winner|winning time|victor|gold medallist|gold medalist)",
            clause,
        )
        if behind and subject and len(subject) == 1:
            statement = placed.get(subject[0].key)
            if statement is not None:
                statement.margin_s = float(behind.group(1))
            else:
                statement = Statement(subject[0], None, "margin", start, end, margin_s=float(behind.group(1)))
                scope.statements.append(statement)
        named_behind = re.search(
            r"(\d{1,2}\.\d{1,3})\s*(?:seconds?|s|secs?)?\s+(?:behind|slower than|adrift of)\s+", clause
        )
        if named_behind and not behind and subject and len(subject) == 1:
            # "second in 1:14.22, 0.19 behind Japan's Miho Takagi": the subject finished behind the one named
            after = start + named_behind.end()
            ahead = next((c for c in objects if c.start >= after and c.kind in ("athlete", "team")), None)
            gap = self.text[after : ahead.start] if ahead is not None else ""
            ahead = (
                self._resolve(ahead, scope, tuple(c.athlete for c in subject if c.athlete), start)
                if (ahead is not None and re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w.-]+['’]s\s+)?", gap))
                else None
            )
            if ahead is not None and ahead.key != subject[0].key:
                _finished_behind(scope, subject[0], ahead, start, end)
        match = re.search(r"(\d{1,2}\.\d{1,3})\s*(?:seconds?|s|secs?)?\s+(?:faster|quicker|ahead of|clear of)", clause)
        if not match or not subject or len(subject) != 1:
            return
        after = start + match.end()
        target = next((c for c in objects if c.start >= after and c.kind in ("athlete", "team")), None)
        if target is None:
            return
        statement = Statement(target, None, "margin", start, end, margin_s=float(match.group(1)))
        statement.group = (subject[0],)
        scope.statements.append(statement)
        # "Leerdam was 0.12 quicker than Takagi": Takagi finished behind her
        resolved = self._resolve(target, scope, tuple(c.athlete for c in subject if c.athlete), start)
        if resolved is not None and resolved.key != subject[0].key:
            _finished_behind(scope, resolved, subject[0], start, end)

    def _team_of(self, group, sentence_competitors, scope, sentence) -> Competitor | None:
        """Skaters named together as the subject of a team result: their team ("With Roest as their main
        engine, Bosker and de Vries took gold")."""
        athletes = [c for c in group if c.kind == "athlete"]
        named_team = group[0] if group[0].kind == "team" and len(athletes) == len(group) - 1 else None
        if named_team is None and athletes and len(athletes) == len(group):
            named_team = next(
                (
                    c
                    for c in sentence_competitors
                    if c.kind == "team"
                    and c.end <= group[0].start
                    and re.fullmatch(r"\s*,\s*", self.text[c.end : group[0].start])
                ),
                None,
            )
        if named_team is not None and named_team.nation:
            # "The Dutch, Mulder, Verbij and Nuis, were third": the team, then its skaters
            team = named_team
            if any(
                (c.nation or self.marks.coded_nations.get(c.athlete or "")) not in (None, team.nation) for c in athletes
            ):
                return None
            return replace(team, members=tuple(c.text for c in athletes))
        if len(athletes) != len(group):
            return None
        members = list(athletes)
        for c in sentence_competitors:
            if c.kind == "athlete" and c not in members:
                before = self.text[max(0, c.start - 6) : c.start].lower()
                if re.search(r"\bwith\s*$", before):
                    members.append(c)
        nations = {c.nation or self.marks.coded_nations.get(c.athlete or "") for c in members}
        nations.discard(None)
        if len(nations) > 1:
            return None
        nation = nations.pop() if nations else None
        if nation is None:
            # "Semerikov, Trofimov and Rumyantsev won for Russia"
            nation = next(
                (
                    code
                    for s, e, label, code in self.marks.nations
                    if sentence.start <= s < sentence.end
                    and label == "NATION"
                    and re.search(r"\b(?:for|representing)\s+(?:the\s+)?$", self.text[max(0, s - 20) : s])
                ),
                None,
            )
        if nation is None:
            # "The Dutch had replaced Huizinga by Roest. ... Bosker and de Vries took gold": the one team named
            # before in this race's text
            named = {
                other.nation
                for other in scope.mentioned
                if other.kind == "team"
                and other.nation
                and other.start < sentence.start
                and not _is_hidden(self.marks, other.start, other.end, "all")
            }
            nation = named.pop() if len(named) == 1 else None
        if nation is None:
            return None
        return Competitor(
            "team",
            group[0].start,
            group[-1].end,
            self.text[group[0].start : group[-1].end],
            nation=nation,
            individual=False,
            members=tuple(m.text for m in members),
        )

    def _rank_of(self, rule_id: str, span: Span) -> int | None:
        rule = self.rules[rule_id]
        value = rule.get("rank")
        if isinstance(value, int):
            return value
        words = [t.text.lower() for t in span]
        if value == "medal":
            medals = self.words["medal_emojis"] if span.text in self.words["medal_emojis"] else self.words["medals"]
            return next((medals[w] for w in words if w in medals), None)
        if value == "ordinal":
            return next((self.words["ordinals"][w] for w in reversed(words) if w in self.words["ordinals"]), None)
        return None

    def _warn(self, code: str, message: str, start: int, end: int) -> None:
        self.warnings.append({"code": code, "message": message, "start": start, "end": end})


def _finished_behind(scope: Scope, behind: Competitor, ahead: Competitor, start: int, end: int) -> None:
    """Record that `behind` finished behind `ahead`, with no place stated: the race settles what it means."""
    relation = Statement(behind, None, "finished_behind", start, end)
    relation.group = (ahead,)
    scope.statements.append(relation)


def _end_of(competitor: Competitor) -> int:
    """Where a mention ends, with the nation written after it ("de Boo of the Netherlands")."""
    return max(competitor.end, competitor.tail_end or 0)


_CLAUSE_COMMA = re.compile(r",(?!\d)")


def _next_comma(text: str, start: int, end: int) -> int:
    """Where the next comma that ends a clause is, or -1; not the decimal comma of "37,60"."""
    found = _CLAUSE_COMMA.search(text, start, end)
    return found.start() if found else -1


def _same_kind(a: Competitor, b: Competitor) -> bool:
    return (a.kind == "team") == (b.kind == "team")


def read_text(text: str) -> Reading:
    return read(pipeline.make_doc(text))


def placing_cues(text: str) -> list[tuple[str, int]]:
    """(rule id, rank) of every placing cue in `text` that no mask hides, in order: for rule examples."""
    doc = pipeline.make_doc(text)
    marks = _marks(doc, sentences(text))
    reader = _Reader(doc, marks)
    found = []
    for start, end, label, rule_id, span in marks.cues:
        kind = "cue_to" if label == "PLACE_TO" else "cue"
        if label in ("PLACE", "PLACE_ADJ", "PLACE_TO") and not _is_hidden(marks, start, end, kind):
            rank = reader._rank_of(rule_id, span)
            if rank is not None:
                found.append((rule_id, rank))
    return found
