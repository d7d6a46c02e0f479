"""The report JSON Schema: it is a valid schema, real output passes it, and broken output does not."""

from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator

from extractor import parse_report
from extractor.schema import errors, report_schema


@pytest.fixture(scope="module")
def seed_report(seed_text):
    return parse_report(seed_text)


def test_schema_file_is_valid_draft_2020_12(repo_root):
    schema = json.loads((repo_root / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_packaged_schema_is_the_repository_schema(repo_root):
    on_disk = json.loads((repo_root / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    assert report_schema() == on_disk
    Draft202012Validator.check_schema(report_schema())


def test_seed_report_is_valid(seed_report):
    assert errors(seed_report) == []
    assert seed_report["races"], "the seed report should give races, or the breakage cases below test nothing"


def test_empty_text_report_is_valid():
    report = parse_report("")
    assert errors(report) == []
    assert report["races"] == []


def _first_result_with(report, field):
    for race in report["races"]:
        for result in race["results"]:
            if result[field] is not None:
                return result
    raise AssertionError(f"the seed report has no result with a {field}")


def _add_extra_property(report):
    report["confidence"] = 0.9
    return "(top)"


def _add_extra_result_property(report):
    report["races"][0]["results"][0]["score"] = 1
    return "races/0/results/0"


def _bad_gender(report):
    report["races"][0]["gender"] = "female"
    return "races/0/gender"


def _bad_nation(report):
    _first_result_with(report, "nation")["nation"] = "jp"
    return "nation"


def _bad_competition_nation(report):
    report["competition"]["nation"] = "jp"
    return "competition/nation"


def _bad_time(report):
    _first_result_with(report, "time")["time"] = "1:7.3"
    return "time"


def _bad_date(report):
    report["races"][0]["date"] = "2018-1-1"
    return "races/0/date"


def _bad_competition_date(report):
    report["competition"]["date_start"] = "2018-1-1"
    return "competition/date_start"


def _bad_discipline(report):
    report["races"][0]["discipline"] = "800m"
    return "races/0/discipline"


def _bad_rank(report):
    report["races"][0]["results"][0]["rank"] = 0
    return "races/0/results/0/rank"


def _missing_required(report):
    del report["races"][0]["results"][0]["evidence"]
    return "races/0/results/0"


def _bad_schema_version(report):
    report["schema_version"] = "2.0"
    return "schema_version"


@pytest.mark.parametrize(
    "breakage",
    [
        _add_extra_property,
        _add_extra_result_property,
        _bad_gender,
        _bad_nation,
        _bad_competition_nation,
        _bad_time,
        _bad_date,
        _bad_competition_date,
        _bad_discipline,
        _bad_rank,
        _missing_required,
        _bad_schema_version,
    ],
)
def test_a_broken_field_fails_validation(seed_report, breakage):
    report = copy.deepcopy(seed_report)
    where = breakage(report)
    problems = errors(report)
    assert len(problems) == 1, problems
    location = problems[0].split(": ", 1)[0]
    assert location.endswith(where) if where != "(top)" else location == "(top)", problems
    # the original is untouched and still valid
    assert errors(seed_report) == []


@pytest.mark.parametrize("good_time", ["38.26", "9.61", "1:17.31", "1:17.310", "12:59.99"])
def test_well_formed_times_pass(seed_report, good_time):
    report = copy.deepcopy(seed_report)
    _first_result_with(report, "time")["time"] = good_time
    assert errors(report) == []
