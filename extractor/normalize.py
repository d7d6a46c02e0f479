"""Normalized text for the rules, with a map back to the offsets of the text as given.

Curly quotes become straight, non-breaking and odd spaces become spaces, zero-width characters and soft
hyphens disappear, and common HTML entities are decoded. Every character of the normalized text remembers
where it came from, so spans found in it point into the original.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_REPLACE = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "\u0060": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u3000": " ",
    "\t": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
}
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"}
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_TAG = re.compile(r"<(?:/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,500})?/?|!--.{0,500}?--)>", re.DOTALL)
_BLOCK_TAG = re.compile(r"^</?(?:p|br|div|li|h[1-6]|tr|table|ul|ol|section|article|blockquote)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Normalized:
    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original of normalized character i; one extra at the end
    ends: tuple[int, ...]  # ends[i]: end in the original of what normalized character i came from

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalized range [start, end)."""
        if end <= start:
            position = self.origin[start]
            return position, position
        return self.origin[start], self.ends[end - 1]


_SPECIAL = re.compile("[&<" + re.escape("".join(sorted(set(_REPLACE) | _DROP))) + "]")


def normalize(text: str) -> Normalized:
    out: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        special = _SPECIAL.search(text, i)
        stop = special.start() if special else n
        if stop > i:
            # A run of ordinary characters is copied as it is.
            out.append(text[i:stop])
            origin.extend(range(i, stop))
            ends.extend(range(i + 1, stop + 1))
            i = stop
            if special is None:
                break
        char = text[i]
        if char == "&":
            match = _ENTITY.match(text, i)
            if match:
                decoded = html.unescape(match.group(0))
                if decoded != match.group(0):
                    for piece in decoded:
                        piece = _REPLACE.get(piece, piece)
                        if piece not in _DROP:
                            out.append(piece)
                            origin.append(i)
                            ends.append(match.end())
                    i = match.end()
                    continue
        elif char == "<":
            match = _TAG.match(text, i)
            if match:
                # A tag reads as a space, or a line break for block elements, so words stay apart.
                out.append("\n" if _BLOCK_TAG.match(match.group(0)) else " ")
                origin.append(i)
                ends.append(match.end())
                i = match.end()
                continue
        if char in _DROP:
            i += 1
            continue
        if char == "\r" and i + 1 < n and text[i + 1] == "\n":
            i += 1
            continue
        out.append(_REPLACE.get(char, char))
        origin.append(i)
        ends.append(i + 1)
        i += 1
    origin.append(n)
    return Normalized("".join(out), tuple(origin), tuple(ends))
