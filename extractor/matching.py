"""Token-pattern matching that only looks where a pattern could match.

spaCy's Matcher tries every pattern at every token, so its cost is the number of patterns times the length of the
report. Most rules name a word they cannot match without ("won", "silver", "(JPN)"). `WindowedMatcher` reads
those required words from each pattern, finds them in the report through one index of the report's words, and
runs the pattern's own Matcher only on the few short windows around them. A pattern with no required word, or
one that can grow without bound, runs over the whole report as before.

The matches are exactly the Matcher's: every match contains its required word, and the window around each
occurrence is as long as the pattern can be on either side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

_REPEAT = re.compile(r"^\{(\d*),?(\d*)\}$")


def _max_repeats(op: str | None) -> int | None:
    """How many tokens one pattern token can take; None when unbounded."""
    if op in (None, "!", "?", "1"):
        return 1
    if op in ("+", "*"):
        return None
    found = _REPEAT.match(op)
    if found is None:
        return None
    low, high = found.groups()
    if high:
        return int(high)
    return int(low) if low and "," not in op else None


def _literals(spec: dict[str, Any]) -> tuple[int, frozenset[str] | re.Pattern[str]] | None:
    """What one token must be, if its spec says: the words ({"LOWER": "won"}, {"ORTH": {"IN": [...]}}) or a
    regular expression on its text ({"TEXT": {"REGEX": "^WC[0-9]$"}})."""
    for key, attr, fold in (("LOWER", LOWER, True), ("ORTH", ORTH, False), ("TEXT", ORTH, False)):
        value = spec.get(key)
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words = list(value["IN"])
        elif isinstance(value, dict) and set(value) == {"REGEX"} and attr == ORTH:
            return attr, re.compile(value["REGEX"])
        else:
            continue
        return attr, frozenset(word.lower() if fold else word for word in words)
    return None


_INDEX = "word_index"


def _word_index(doc: Doc) -> dict[int, dict[int, list[int]]]:
    """Where each word stands in the doc, by lower-case form and by exact text. Built once per doc and kept in
    `doc.user_data`, so every matcher in the pipeline shares it."""
    cached = doc.user_data.get(_INDEX)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    where: dict[int, dict[int, list[int]]] = {LOWER: {}, ORTH: {}}
    for attr, column in zip((LOWER, ORTH), doc.to_array([LOWER, ORTH]).T.tolist(), strict=True):
        index = where[attr]
        for position, value in enumerate(column):
            index.setdefault(value, []).append(position)
    doc.user_data[_INDEX] = (len(doc), where)
    return where


@dataclass(frozen=True)
class _Required:
    """A token every match has: the words it may be, and how far a match reaches on either side of it."""

    attr: int
    hashes: frozenset[int] | re.Pattern[str]
    before: int
    after: int

    @property
    def key(self) -> tuple[int, frozenset[int] | re.Pattern[str]]:
        return self.attr, self.hashes


@dataclass
class _Rule:
    key: str
    matcher: Matcher
    required: list[_Required]  # empty when the pattern names no word it needs or can grow without bound


class WindowedMatcher:
    """A drop-in for `Matcher.__call__` over many token patterns: returns (match_id, start, end) triples."""

    def __init__(self, vocab: Vocab, patterns: Sequence[tuple[str, list[dict[str, Any]]]]) -> None:
        self.vocab = vocab
        self.rules: list[_Rule] = []
        for key, pattern in patterns:
            matcher = Matcher(vocab, validate=True)
            matcher.add(key, [pattern])
            self.rules.append(_Rule(key, matcher, self._required(vocab, pattern)))
        # The regular expressions the rules require, each tested once per distinct word ever seen: which of
        # them a word's text matches is kept by the word's hash, since most words recur from report to report.
        self.regexes = list(
            dict.fromkeys(
                required.hashes
                for rule in self.rules
                for required in rule.required
                if isinstance(required.hashes, re.Pattern)
            )
        )
        self._regex_hits: dict[int, tuple[int, ...]] = {}

    @staticmethod
    def _required(vocab: Vocab, pattern: list[dict[str, Any]]) -> list[_Required]:
        lengths = [_max_repeats(spec.get("OP")) for spec in pattern]
        if None in lengths:
            return []
        reach = [length or 0 for length in lengths]
        required = []
        for i, spec in enumerate(pattern):
            literal = _literals(spec) if spec.get("OP") in (None, "1") else None
            if literal is not None:
                attr, words = literal
                hashes = words if isinstance(words, re.Pattern) else frozenset(vocab.strings.add(w) for w in words)
                required.append(_Required(attr, hashes, sum(reach[:i]), sum(reach[i + 1 :])))
        return required

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        n = len(doc)
        if n == 0:
            return []
        where = _word_index(doc)
        found: set[tuple[int, int, int, int]] = set()
        positions: dict[tuple[int, frozenset[int] | re.Pattern[str]], list[int]] = {}
        if self.regexes:
            positions.update(self._regex_positions(where[ORTH], doc.vocab.strings))
        for order, rule in enumerate(self.rules):
            for start, end in self._windows(rule, where, n, positions):
                window = doc[start:end] if (start, end) != (0, n) else doc
                for match_id, match_start, match_end in rule.matcher(window):
                    found.add((start + match_start, start + match_end, order, match_id))
        # In reading order; where two rules match the same tokens, the one listed first comes first.
        return [(match_id, start, end) for start, end, _, match_id in sorted(found)]

    def _regex_positions(
        self, index: dict[int, list[int]], strings: StringStore
    ) -> dict[tuple[int, re.Pattern[str]], list[int]]:
        """Where the words matching each required regular expression stand in the doc."""
        found: list[list[int]] = [[] for _ in self.regexes]
        for value, at in index.items():
            hits = self._regex_hits.get(value)
            if hits is None:
                text = strings[value]
                hits = self._regex_hits[value] = tuple(i for i, regex in enumerate(self.regexes) if regex.search(text))
            for i in hits:
                found[i].extend(at)
        return {(ORTH, regex): sorted(at) for regex, at in zip(self.regexes, found, strict=True)}

    @staticmethod
    def _windows(
        rule: _Rule,
        where: dict[int, dict[int, list[int]]],
        n: int,
        seen: dict[tuple[int, frozenset[int] | re.Pattern[str]], list[int]],
    ) -> list[tuple[int, int]]:
        """Stretches of the doc that hold every match of the rule: around each occurrence of its rarest required
        word, as far as the pattern reaches, where its other required words occur too. `seen` keeps where each
        required word list occurs, for the other rules that need the same list."""
        if not rule.required:
            return [(0, n)]
        occurrences = []
        for required in rule.required:
            positions = seen.get(required.key)
            if positions is None:  # a word list: regular expressions were all looked up before
                index = where[required.attr]
                positions = sorted(p for value in required.hashes & index.keys() for p in index[value])
                seen[required.key] = positions
            if not positions:
                return []  # a word the pattern needs is not in the report
            occurrences.append(positions)
        anchor = min(range(len(occurrences)), key=lambda i: len(occurrences[i]))
        before, after = rule.required[anchor].before, rule.required[anchor].after + 1
        others = occurrences[:anchor] + occurrences[anchor + 1 :]
        windows: list[tuple[int, int]] = []
        for position in occurrences[anchor]:
            start = max(0, position - before)
            end = min(n, position + after)
            if others and not all(
                (j := bisect_left(positions, start)) < len(positions) and positions[j] < end for positions in others
            ):
                continue
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], end))
            else:
                windows.append((start, end))
        return windows


class PatternSpans:
    """The part of spaCy's SpanRuler this project uses, with token patterns run by a `WindowedMatcher`.

    Phrase patterns (strings) go to a PhraseMatcher on `phrase_attr`; token patterns to the windowed matcher.
    Each match becomes a span in `doc.spans[spans_key]` with the pattern's label and its "id" as `span.id_`.
    A token pattern may also name the words the token before the match ("preceded_by") or after it
    ("followed_by") must be, lower-cased, where "<punct>" stands for any punctuation and "<end>" for the end of
    the text: "the 1,000" is a distance before "in" or a comma, not before "fans".
    """

    def __init__(self, vocab: Vocab, make_doc: Any, spans_key: str, phrase_attr: str) -> None:
        self.vocab = vocab
        self.make_doc = make_doc
        self.spans_key = spans_key
        self.phrase_attr = phrase_attr
        self.token_patterns: list[tuple[str, list[dict[str, Any]]]] = []
        self.phrase_patterns: list[tuple[str, str]] = []
        self.labels: dict[int, tuple[str, str]] = {}
        self.context: dict[int, tuple[frozenset[str] | None, frozenset[str] | None]] = {}
        self._compiled: tuple[WindowedMatcher, PhraseMatcher] | None = None

    def add_patterns(self, patterns: Sequence[dict[str, Any]]) -> None:
        for entry in patterns:
            label, rule_id = entry["label"], entry.get("id") or ""
            preceded, followed = entry.get("preceded_by"), entry.get("followed_by")
            key = f"{label}|{rule_id}"
            if preceded is not None or followed is not None:
                key = f"{key}|{len(self.context)}"  # its own key: the neighbours checked are this pattern's
                self.context[self.vocab.strings.add(key)] = (
                    None if preceded is None else frozenset(preceded),
                    None if followed is None else frozenset(followed),
                )
            self.labels[self.vocab.strings.add(key)] = (label, rule_id)
            if isinstance(entry["pattern"], str):
                self.phrase_patterns.append((key, entry["pattern"]))
            else:
                self.token_patterns.append((key, entry["pattern"]))
        self._compiled = None

    def _compile(self) -> tuple[WindowedMatcher, PhraseMatcher]:
        phrases = PhraseMatcher(self.vocab, attr=self.phrase_attr)
        by_key: dict[str, list[Doc]] = {}
        for key, text in self.phrase_patterns:
            by_key.setdefault(key, []).append(self.make_doc(text))
        for key, docs in by_key.items():
            phrases.add(key, docs)
        return WindowedMatcher(self.vocab, self.token_patterns), phrases

    def __call__(self, doc: Doc) -> Doc:
        if self._compiled is None:
            self._compiled = self._compile()
        tokens, phrases = self._compiled
        found = {(match_id, start, end) for match_id, start, end in [*tokens(doc), *phrases(doc)] if start != end}
        spans = []
        for match_id, start, end in found:
            if match_id in self.context and not self._in_context(doc, start, end, *self.context[match_id]):
                continue
            label, rule_id = self.labels[match_id]
            spans.append(Span(doc, start, end, label=label, span_id=rule_id))
        doc.spans[self.spans_key] = sorted(spans)
        return doc

    @staticmethod
    def _in_context(
        doc: Doc, start: int, end: int, preceded: frozenset[str] | None, followed: frozenset[str] | None
    ) -> bool:
        def fits(index: int, words: frozenset[str] | None) -> bool:
            if words is None:
                return True
            if not 0 <= index < len(doc):
                return "<end>" in words
            token = doc[index]
            return token.lower_ in words or ("<punct>" in words and token.is_punct)

        return fits(start - 1, preceded) and fits(end, followed)
