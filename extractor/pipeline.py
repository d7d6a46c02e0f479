"""The spaCy pipeline: a blank English tokenizer and rule components that mark what a report mentions.

Every component only adds spans to `doc.spans[KEY]`; nothing here decides who placed where.
The pipeline is built once per process (`get_nlp`) and reused.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor import nations, times
from extractor.athletes import fold
from extractor.matching import PatternSpans, WindowedMatcher
from extractor.resources import load_json, load_jsonl, vocabulary

LEXICON = "lexicon"
NATIONS = "nations"
CUES = "cues"
TIMES = "times"
NAMES = "names"
TEXT = "text"

_LOCK = threading.Lock()
_NLP: Language | None = None


def get_nlp() -> Language:
    """The shared pipeline, built on first use."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                _NLP = build_nlp()
    return _NLP


class GuardedTokenizer:
    """spaCy's tokenizer, with very long runs without spaces ("((((...", "1:1:1:...") cut into short pieces
    first: the tokenizer peels prefixes off such a run one at a time, which costs the square of its length.
    The Doc's text is the text given, character for character."""

    LONG_RUN = re.compile(r"\S{200,}")
    PIECE = 64

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self._tokenize(text)
        doc.user_data[TEXT] = text
        return doc

    def _tokenize(self, text: str) -> Doc:
        if not self.LONG_RUN.search(text):
            return self.tokenizer(text)
        pieces = []
        position = 0
        for match in self.LONG_RUN.finditer(text):
            if match.start() > position:
                pieces.append(text[position : match.start()])
            for start in range(match.start(), match.end(), self.PIECE):
                pieces.append(text[start : min(start + self.PIECE, match.end())])
            position = match.end()
        if position < len(text):
            pieces.append(text[position:])
        return Doc.from_docs([self.tokenizer(piece) for piece in pieces], ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def build_nlp() -> Language:
    nlp = spacy.blank("en")
    _add_token_exceptions(nlp)
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    lexicon = nlp.add_pipe("pattern_spans", name="lexicon_ruler", config={"spans_key": LEXICON, "phrase_attr": "LOWER"})
    lexicon.add_patterns([_strip_comment_keys(row) for row in load_jsonl("lexicon.jsonl")])
    nation_ruler = nlp.add_pipe(
        "pattern_spans", name="nation_ruler", config={"spans_key": NATIONS, "phrase_attr": "ORTH"}
    )
    nation_ruler.add_patterns(nations.span_patterns())
    nlp.add_pipe("race_cues")
    nlp.add_pipe("race_times")
    nlp.add_pipe("athlete_names")
    return nlp


def _strip_comment_keys(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in ("label", "pattern", "id", "preceded_by", "followed_by") if key in row}


def _add_token_exceptions(nlp: Language) -> None:
    """Keep "500m", "(JPN)" and "Team-Pursuit" whole: the default rules split them.

    The words are exceptions to the tokenizer's affix rules rather than special cases: a special case makes the
    tokenizer stop caching the rest of the report and match every special case again over the whole Doc, which
    doubles its cost. Here the prefix rule does not take the "(" of a code, and the suffix and infix rules leave
    the words alone, so the tokens are the same and the tokenizer's cache keeps working."""
    words = vocabulary()
    whole: set[str] = set()
    for distance in words["disciplines"]:
        if " " in distance:
            continue
        for unit in ("m", "M"):
            whole.add(f"{distance}{unit}")
    codes = {f"({code})" for code in nations.codes()}
    whole |= codes
    for first, second in (("Team", "Pursuit"), ("Team", "Sprint"), ("Mass", "Start")):
        for a, b in ((first, second), (first.lower(), second.lower()), (first, second.lower())):
            whole.add(f"{a}-{b}")
    old = nlp.tokenizer
    code_first = re.compile("(?:" + "|".join(map(re.escape, sorted(codes))) + r")(?!\w)")
    prefix_search, suffix_search, infix_finditer = old.prefix_search, old.suffix_search, old.infix_finditer
    # One new tokenizer rather than three setters: each setter reloads every special case, at start-up cost.
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=old.rules,
        prefix_search=lambda text: None if code_first.match(text) else prefix_search(text),
        suffix_search=lambda text: None if text in whole else suffix_search(text),
        infix_finditer=lambda text: iter(()) if text in whole else infix_finditer(text),
        token_match=old.token_match,
        url_match=old.url_match,
        faster_heuristics=old.faster_heuristics,
    )


@Language.factory("pattern_spans", default_config={"spans_key": "ruler", "phrase_attr": "ORTH"})
def make_pattern_spans(nlp: Language, name: str, spans_key: str, phrase_attr: str) -> PatternSpans:
    return PatternSpans(nlp.vocab, nlp.make_doc, spans_key, phrase_attr)


# --- cues ---------------------------------------------------------------------------------------


def expand_pattern(pattern: list[dict[str, Any]], words: dict[str, Any]) -> list[dict[str, Any]]:
    """Fill "@name" list references in a Matcher token pattern from the vocabulary."""

    def fill(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("@"):
            listed = words[value[1:]]
            return sorted(listed) if isinstance(listed, dict) else list(listed)
        if isinstance(value, dict):
            return {key: fill(inner) for key, inner in value.items()}
        return value

    return [fill(token) for token in pattern]


def cue_rules() -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in load_jsonl("cues.jsonl")}


_NOT_AFTER_REACH = 6  # how many words before a match a "not_after" word can stand


@Language.factory("race_cues")
class RaceCues:
    """Phrase-level rules (patterns/cues.jsonl) for placings, lists, relative placings and masks."""

    def __init__(self, nlp: Language, name: str) -> None:
        words = vocabulary()
        rules = cue_rules()
        self.matcher = WindowedMatcher(
            nlp.vocab, [(rule_id, expand_pattern(rule["pattern"], words)) for rule_id, rule in rules.items()]
        )
        self.labels = {rule_id: rule["label"] for rule_id, rule in rules.items()}
        self.order = {rule_id: order for order, rule_id in enumerate(rules)}
        # "not_after": words that, a few words before a match in its clause, say the rule does not apply
        # ("celebrates after winning", "salutes the crowd after taking bronze")
        self.not_after = {
            nlp.vocab.strings.add(rule_id): frozenset(
                w.lower() for w in expand_pattern([{"IN": rule["not_after"]}], words)[0]["IN"]
            )
            for rule_id, rule in rules.items()
            if "not_after" in rule
        }

    def __call__(self, doc: Doc) -> Doc:
        matches = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.matcher(doc)
            if match_id not in self.not_after or not self._stopped(doc, start, self.not_after[match_id])
        ]
        # Keep the longest match per rule at each start, so optional tokens do not give near-duplicates.
        best: dict[tuple[str, int], Span] = {}
        for span in matches:
            key = (span.label_, span.start)
            if key not in best or len(span) > len(best[key]):
                best[key] = span
        # Overlapping placing phrases ("settled for fourth", "fourth position") state one placing.
        # Where two rules cover the same tokens, the one listed first in cues.jsonl wins.
        kept = sorted(best.values(), key=lambda s: (s.start, s.end, self.order[s.label_]))
        placing = ("PLACE", "PLACE_TO", "PLACE_ADJ")
        places = filter_spans([s for s in kept if self.labels[s.label_] in placing])
        others = [s for s in kept if self.labels[s.label_] not in placing]
        doc.spans[CUES] = sorted(places + others, key=lambda s: (s.start, s.end))
        return doc

    @staticmethod
    def _stopped(doc: Doc, start: int, words: frozenset[str]) -> bool:
        """Whether one of `words` comes up to six words before `start`, with no punctuation between (brackets
        aside: "the old mark (1:06.57) belonged to")."""
        for token in reversed(doc[max(0, start - _NOT_AFTER_REACH) : start]):
            if token.is_punct and token.text not in ("(", ")"):
                return False
            if token.lower_ in words:
                return True
        return False


# --- times --------------------------------------------------------------------------------------


@Language.factory("race_times")
class RaceTimes:
    """Marks every string that reads as a race time ("38.26", "1:17.31", "3 minutes and 2.37 seconds")."""

    def __init__(self, nlp: Language, name: str) -> None:
        pass

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for found in times.find_times(text_of(doc)):
            span = doc.char_span(found.start, found.end, label="TIME", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[TIMES] = spans
        return doc


# --- athlete names ------------------------------------------------------------------------------

_BYLINE_TOKENS = 16  # a credit line is short; a longer line opening with "By" is a sentence
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*$")


def _is_name_word(text: str) -> bool:
    if not _NAME_WORD.match(text) or not text[0].isupper():
        return False
    return len(text) != 1


@Language.factory("athlete_names")
class AthleteNames:
    """Marks runs of capitalized words that read as a person's name.

    A run right before an IOC code in brackets is a name whatever its length; elsewhere a run needs two or more
    words. Nations, disciplines, titles and other known capitalized words end a run; particles such as "de" and
    "van der" may sit inside one.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        words = vocabulary()
        venues = [name for name in load_json("patterns", "venues.json") if not name.startswith("_")]
        self.not_names = set(words["not_names"]) | set(venues)
        self.places = {fold(name) for name in venues if " " in name}  # "Tomaszów Mazowiecki", "Baselga di Pinè"
        self.facilities = set(words["facility_words"])
        self.not_names |= self.facilities
        credits = "|".join(re.escape(word) for word in words["byline_words"])
        self.byline = re.compile(rf"^[ \t]*\(?({credits})\b[^\n]*", re.MULTILINE)
        self.openers = set(words["sentence_openers"])
        self.particles = {p for p in words["name_particles"] if " " not in p}
        self.code_tokens = {f"({code})" for code in nations.codes()}
        self.demonym_given_names = set(words["demonym_given_names"])

    def _given_name(self, doc: Doc, span: Span) -> bool:
        """ "Finn Sonnekalb": a word for a nation's people that is also a given name, before one family name (but
        "Finn Joni Kalliomaki" is a Finn)."""
        if span.text not in self.demonym_given_names or span.end >= len(doc):
            return False
        if span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "another", "fellow"):
            return False  # "the Finn Kalliomaki"
        family = doc[span.end]
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        return family.is_title and family.is_alpha and not (after is not None and after.is_title)

    def __call__(self, doc: Doc) -> Doc:
        blocked = [False] * len(doc)
        for key in (LEXICON, NATIONS):
            for span in doc.spans[key]:
                if key == NATIONS and self._given_name(doc, span):
                    continue
                for i in range(span.start, span.end):
                    blocked[i] = True
        for start, end in self._bylines(doc):
            blocked[start:end] = [True] * (end - start)
        words_of = _Words(doc)
        text = words_of.text
        spans: list[Span] = []
        shouted: list[Span] = []
        n = len(doc)
        epithet_ends = self._epithet_ends(doc)
        i = 0
        place_end = -1  # end of the last hometown run: "Goetz, of Flemington, New Jersey, was fifth"
        while i < n:
            first_end = self._word_end(words_of, i, blocked) if self._may_start(words_of, i) else None
            if first_end is None:
                i += 1
                continue
            words, end, j = 1, first_end, first_end
            while j < n:
                if nations.is_code(text[j]):
                    break  # "Kaja Ziomek-Nogal POL 37.84": a bare IOC code after a name is the nation
                word_end = self._word_end(words_of, j, blocked)
                if word_end is not None:
                    words, end, j = words + 1, word_end, word_end
                elif text[j] in self.particles or (
                    text[j].isupper() and text[j].lower() in self.particles and text[i].isupper()
                ):
                    # "van der Poel", "de la Cruz": particles, one or more, before a capitalized word
                    k = j
                    while k < n and text[k].lower() in self.particles:
                        k += 1
                    if k < n and k - j <= 3 and self._word_end(words_of, k, blocked):
                        j = k
                    else:
                        break
                else:
                    break
            followed_by_code = end < n and (
                text[end] in self.code_tokens or (text[end] == "(" and end + 1 < n and nations.is_code(text[end + 1]))
            )
            shouting = all(word.isupper() or not word.isalpha() for word in text[i:end])
            # A hometown set off by commas after a name: ", of Flemington, New Jersey," names places.
            # (", from Brittany Bowe (USA, 1:14.95)": a name with its nation code is no place)
            hometown = (
                i >= 2
                and not followed_by_code
                and (
                    (text[i - 1].lower() in ("of", "from") and text[i - 2] == ",")
                    or (text[i - 1] == "," and i - 1 == place_end)
                )
            )
            if hometown:
                place_end = end
            elif (end < n and text[end] in self.facilities) or fold(doc[i:end].text) in self.places:
                pass  # "Pettit National Ice Center", "Max Aicher Arena", "Tomaszow Mazowiecki": places
            elif shouting and words >= 2 and not followed_by_code:
                # "SALT LAKE CITY", "SPEED SKATING": capitals throughout make a dateline or label, not a name,
                # unless the report names that person in ordinary case too ("THOMAS KROL." in a live blog)
                shouted.append(Span(doc, i, end, label="ATHLETE"))
            elif words >= 2 or followed_by_code or (i in epithet_ends and not shouting):
                spans.append(Span(doc, i, end, label="ATHLETE"))
            i = end
        if shouted:
            known = {span.text.casefold() for span in spans}
            spans = sorted(spans + [span for span in shouted if span.text.casefold() in known])
        doc.spans[NAMES] = spans
        return doc

    def _bylines(self, doc: Doc) -> list[tuple[int, int]]:
        """Lines that credit the writer or photographer ("By Anna Smith", "Reporting by Philip O'Connor; Editing
        by Ken Ferris", "Photo: Jan de Vries/ANP"): short, opening with a credit word, no full stop at the end."""
        found = []
        for line in self.byline.finditer(text_of(doc)):
            if line.group(0).rstrip().endswith((".", "!", "?")):
                continue
            span = doc.char_span(line.start(1), line.start() + len(line.group(0).rstrip()), alignment_mode="expand")
            if span is not None and len(span) <= _BYLINE_TOKENS + 1:
                found.append((span.start, span.end))
        return found

    @staticmethod
    def _epithet_ends(doc: Doc) -> set[int]:
        """Where a surname alone follows its nation: "the Italian Ghiotto", "the Dutchwoman Kok", "Norway's
        Eitrem". Such a word is a name as surely as one before a bracketed code."""
        ends = set()
        for span in doc.spans[NATIONS]:
            end = span.end
            if span.label_ in ("NATION_ADJ", "NATION_MAN", "NATION_WOMAN"):
                if span.start > 0 and doc[span.start - 1].lower_ == "the":
                    ends.add(end)
            elif span.label_ == "NATION" and end + 1 < len(doc) and doc[end].text in ("'s", "’s"):
                ends.add(end + 1)
        return ends

    def _word_end(self, words: _Words, i: int, blocked: list[bool]) -> int | None:
        """End of the name word starting at token i ("Kodaira", "Min-seok", "O'Neill"), or None."""
        text = words.text[i]
        if blocked[i] or not _is_name_word(text) or text in self.not_names:
            return None
        end = i + 1
        # Parts joined without spaces by a hyphen or apostrophe belong to the same word.
        while (
            end + 1 < words.n
            and words.text[end] in {"-", "'", "’"}
            and not words.spaced[end - 1]
            and not words.spaced[end]
            and words.text[end + 1][:1].isalpha()
        ):
            end += 2
        return end

    def _may_start(self, words: _Words, i: int) -> bool:
        return not (words.text[i] in self.openers and (i == 0 or words.after_break(i)))


class _Words:
    """The token texts of a Doc as plain lists: the name loop reads each token many times, and a list index is far
    cheaper than building a Token each time."""

    def __init__(self, doc: Doc) -> None:
        self.text = [token.text for token in doc]
        self.spaced = [bool(token.whitespace_) for token in doc]
        self.n = len(self.text)

    def after_break(self, i: int) -> bool:
        """True at the start of a sentence or line, where any word is capitalized."""
        previous = self.text[i - 1]
        return previous in {".", "!", "?", ":", "\n", "—", "-", '"', "“"} or "\n" in previous or previous.isspace()


def text_of(doc: Doc) -> str:
    """The Doc's text. `Doc.text` rebuilds it from the tokens on every access; the tokenizer keeps a copy."""
    text = doc.user_data.get(TEXT)
    return text if isinstance(text, str) else doc.text


def make_doc(text: str) -> Doc:
    return get_nlp()(text)


def pipe_docs(texts: Iterable[str], batch_size: int = 32) -> Iterable[Doc]:
    return get_nlp().pipe(texts, batch_size=batch_size)
