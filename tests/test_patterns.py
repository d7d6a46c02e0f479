"""Every rule in patterns/cues.jsonl carries example sentences; here they run."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from extractor.pipeline import cue_rules
from extractor.statements import placing_cues

RULES = cue_rules()
EXAMPLES = [
    pytest.param(rule_id, example["text"], example["ranks"], id=f"{rule_id}:{example['text'][:40]}")
    for rule_id, rule in RULES.items()
    for example in rule.get("examples", [])
]
NEGATIVES = [
    pytest.param(rule_id, text, id=f"{rule_id}:not:{text[:40]}")
    for rule_id, rule in RULES.items()
    for text in rule.get("negatives", [])
]


@pytest.mark.parametrize(("rule_id", "text", "ranks"), EXAMPLES)
def test_rule_example(rule_id, text, ranks):
    found = placing_cues(normalize(text).text)
    assert [rank for _, rank in found] == ranks, found


@pytest.mark.parametrize(("rule_id", "text"), NEGATIVES)
def test_rule_negative(rule_id, text):
    found = placing_cues(normalize(text).text)
    assert rule_id not in [rule for rule, _ in found], found


def test_every_placing_rule_has_examples():
    for rule_id, rule in RULES.items():
        assert rule.get("examples"), f"{rule_id} has no examples"
