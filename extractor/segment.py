"""Paragraphs, lines and sentences, as character ranges, and which lines are page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.nations import FLAG

# A sentence ends at . ! or ? followed by space and a capital, digit or opening quote; a lowercase word after
# the full stop ("4:13.00. and pushed") continues the sentence.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[^\W\d_a-z]|[\"'(\[]?\d)")
_ABBREVIATION = re.compile(
    r"(?:\b(?:St|Mt|Dr|Mr|Mrs|Ms|Jr|Sr|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx)|\b[A-Z]"
    # "1. Kjeld Nuis (NED) 1:07.95, 2. Thomas Krol": list numbers, not sentence ends; but "in 3.56,91." ends one
    # (the number may open the piece: "36.98. 2. Erin Jackson" goes on after "2.")
    r"|(?<![^\s:;(,])(?<!\d,)\d{1,2})$"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_CAPTION = re.compile(
    r"Getty\s?Images|©|\bPhoto(?:graph)?\s?(?:by|:|credit)|\bPictured\b|\(left to right\)|\bcredit:|\(L-R\)|\bISU\)$",
    re.IGNORECASE,
)
# "HEERENVEEN, Netherlands, Dec 10 (Reuters) -", "Stavanger, Norway –": a place (and date) opening the text.
DATELINE = re.compile(
    r"(?P<city>[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_][^\W\d_.'-]*){0,3}),\s*"
    r"(?P<country>[^\W\d_][^\W\d_ .'-]*(?: [^\W\d_][^\W\d_.'-]*){0,3})"
    r"(?:,?\s*(?P<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)))?"
    r"\s*(?:\((?P<agency>[^()]{1,30})\))?\s*[-–—:]+\s+"
)
# Capital letters of the Latin scripts, accented ones too ("TOMASZÓW", "ŁÓDŹ")
_CAPITAL = "[" + re.escape("".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())) + "]"
# "STAVANGER (Sunday):", "SALT LAKE CITY, Dec 9 (AP) —", "TOMASZÓW MAZOWIECKI –": a capitalized city alone
# opening the text.
DATELINE_CITY = re.compile(
    rf"(?P<city>{_CAPITAL}(?:{_CAPITAL}|[.'-])+(?: {_CAPITAL}(?:{_CAPITAL}|[.'-])+){{0,3}})"
    r"(?:,?\s*(?P<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)))?"
    r"\s*(?:\((?P<agency>[^()]{1,30})\))?\s*[-–—:]+\s+"
)
_RESULT_TIME = re.compile(r"(?<![\d:.,])(?:(?:\d{1,2}:)?\d{2}\.\d{2,3}|(?:\d{1,2}[:.])?\d{2},\d{2})(?![\d:.,])")
# a line opening with a rank and a name: "1. Kjeld Nuis", "Rank 1 | Femke Kok", "1 | Kok", "1 Kjeld Nuis", "- 1st: Joy
# Beune", "• Gold: Beune", "Third: Wiklund", "🥇 🇳🇱 Jutta Leerdam"
_RANK_FIRST = re.compile(
    r"(?:[-–—•*·]\s*)?(?:(?:(?i:rank|place|pos\.?)\s*)?\d{1,2}(?:st|nd|rd|th)?(?:[.):]|\s*\|)?"
    r"|(?i:gold|silver|bronze|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s*[:–—]|[🥇🥈🥉])"
    rf"\s+(?:{FLAG}\s*)?[^\W\d_]"
)
# an item of newspaper agate, "2, Laurent Dubreuil, Canada, 33.94", and the end of one, its name then its time
_AGATE_ITEM = re.compile(r"\d{1,2},\s+[^\W\d_]")
_AGATE_ITEM_END = re.compile(r"(?<!\S)\d{1,2},\s+[^\W\d_][^.;]*,\s+(?:\d{1,2}:)?\d{1,2}\.\d{2,3}$")
_HASHTAGS = re.compile(r"^\s*(?:#\w+\s*)+$")
_LONG_NUMBER = re.compile(r"\b\d{7,}\b")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    # "prose", "caption", "credited" (a caption written as a sentence), "hashtags", "dateline", "headline", "short"
    # (a heading or place line)
    line_kind: str
    first_in_paragraph: bool


def line_kind(line: str) -> str:
    stripped = line.strip()
    if _HASHTAGS.match(stripped):
        return "hashtags"
    if _CAPTION.search(stripped) or _LONG_NUMBER.search(stripped):
        return "caption"
    if not re.search(r"[.!?][\"')]*$", stripped) and (len(stripped) <= 90 or not re.search(r"[.!?]\s+[A-Z]", stripped)):
        # a line with no full stop at its end and no sentence inside: a heading or place line ("Men's 1000m",
        # "500m Ladies: Kodaira sets the pace"), or a headline, whose claims the body makes again
        if len(stripped.split()) > 8 and ":" not in stripped:
            return "headline"
        return "short"
    return "prose"


def _reads_as_prose(line: str) -> bool:
    """Whether a line is written in sentences: mostly lowercase words, as prose is, not a run of names and codes."""
    line = _CAPTION.sub(" ", line)
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    lower = [w for w in words if w[0].islower()]
    return len(lower) >= 6 and len(lower) >= 0.4 * len(words)


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences; every line break inside a paragraph also ends a sentence."""
    found: list[Sentence] = []
    seen_prose = False
    for paragraph, (start, end) in enumerate(_blocks(text)):
        lines = _lines(text, start, end)
        first = True
        for line_start, line_end in lines:
            dateline = None
            if not seen_prose and paragraph < 4:
                # the dateline opens the first paragraph of copy, after any headline
                dateline = DATELINE.match(text, line_start, line_end) or DATELINE_CITY.match(text, line_start, line_end)
            elif first:
                # a digest of briefs: each opens with a dateline of its own, its city in capitals, and a date
                dateline = DATELINE.match(text, line_start, line_end) or DATELINE_CITY.match(text, line_start, line_end)
                if dateline and not (
                    dateline.group("city").isupper() and len(dateline.group("city")) >= 4 and dateline.group("date")
                ):
                    dateline = None
            if dateline:
                found.append(Sentence(line_start, dateline.end(), paragraph, "dateline", first))
                first = False
                line_start = dateline.end()
            kind = line_kind(text[line_start:line_end])
            if kind == "caption" and _reads_as_prose(text[line_start:line_end]):
                # "Photo 3 of 12: Leerdam celebrates after winning gold ... (Photo: Getty Images)": a caption
                # written as a sentence, read as one; its credit is a caption of its own
                pieces = _split_sentences(text, line_start, line_end)
                for piece_start, piece_end in pieces:
                    piece = text[piece_start:piece_end]
                    credit = _CAPTION.search(piece) and not _reads_as_prose(piece)
                    found.append(
                        Sentence(piece_start, piece_end, paragraph, "caption" if credit else "credited", first)
                    )
                    first = False
                seen_prose = True
                continue
            pieces = [(line_start, line_end)] if kind != "prose" else _split_sentences(text, line_start, line_end)
            if (
                kind in ("short", "headline")
                and _RESULT_TIME.search(text, line_start, line_end)
                and (seen_prose or _RANK_FIRST.match(text, line_start, line_end))
            ):
                # "Gold: Thomas Krol (NED) 1:07.96", "Kaja Ziomek POL 37.84" below the copy, or a row of a results
                # table anywhere ("Rank 1 | Femke Kok | NED | 36.71"): a result line, read whole
                kind = "prose"
            # a byline or "Posted 9:12 a.m. | Last updated 6:05 p.m." before the dateline is no copy yet
            seen_prose = seen_prose or (kind == "prose" and _reads_as_prose(text[line_start:line_end]))
            for piece_start, piece_end in pieces:
                found.append(Sentence(piece_start, piece_end, paragraph, kind, first))
                first = False
    return found


def _blocks(text: str) -> list[tuple[int, int]]:
    blocks = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        blocks.append((start, match.start()))
        start = match.end()
    blocks.append((start, len(text)))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in blocks) if e > s]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        s, e = _trim(text, position, line_end)
        if e > s:
            lines.append((s, e))
        position = line_end + 1
    return lines


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    piece_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION.search(text, piece_start, match.start()):
            continue
        if _AGATE_ITEM.match(text, match.end()) and _AGATE_ITEM_END.search(text, piece_start, match.start()):
            # "Men's 500 — 1, Jordan Stolz, United States, 33.79. 2, Laurent Dubreuil, ...": agate items run on
            continue
        pieces.append((piece_start, match.start() + 1))
        piece_start = match.end()
    pieces.append((piece_start, end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in pieces) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
