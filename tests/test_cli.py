"""The real `extract` console script, run in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import random

import pytest

from extractor import parse_report

CSV_HEADER = (
    "source,venue,race_id,gender,discipline,distance_m,race_number,division,rank,medal,name,nation,time,seconds,record"
)
SATURDAY_TEXT = "On Saturday, Nao Kodaira (JPN) won the ladies' 500m in 37.34.\n"


def assert_one_error_line(result):
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("extract: error:"), result.stderr
    return lines[0]


def jsonl(stdout):
    lines = stdout.splitlines()
    assert stdout.endswith("\n")
    return [json.loads(line) for line in lines]


def test_extract_seed_file(run_extract):
    result = run_extract(["corpus/tomakomai.txt"])
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert isinstance(report["races"], list) and report["races"]
    assert report["source"]["path"].endswith("tomakomai.txt")


def test_extract_reads_stdin(run_extract, seed_text):
    result = run_extract(["-"], input=seed_text)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["source"]["path"] is None
    assert report["source"]["chars"] == len(seed_text)
    # reading stdin gives the same report as parsing the text in-process
    assert report["races"] == parse_report(seed_text)["races"]


def test_help(run_extract):
    result = run_extract(["--help"])
    assert result.returncode == 0
    assert "usage:" in result.stdout
    assert "--reference-date" in result.stdout


def test_version(run_extract):
    from extractor import __version__

    result = run_extract(["--version"])
    assert result.returncode == 0
    assert result.stdout.strip() == f"extract {__version__}"


def test_missing_file(run_extract, tmp_path):
    result = run_extract([tmp_path / "no-such-report.txt"])
    assert result.returncode == 1
    line = assert_one_error_line(result)
    assert "no-such-report.txt" in line
    assert result.stdout == ""


def test_directory_without_txt_files(run_extract, tmp_path):
    (tmp_path / "notes.md").write_text("not a report\n", encoding="utf-8")
    result = run_extract([tmp_path])
    assert result.returncode == 1
    assert_one_error_line(result)


def test_binary_file(run_extract, tmp_path):
    data = bytes([0xFF, 0x00, 0xFE]) + random.Random(1234).randbytes(2000)
    path = tmp_path / "noise.txt"
    path.write_bytes(data)
    result = run_extract([path])
    assert result.returncode == 1
    line = assert_one_error_line(result)
    assert "noise.txt" in line
    assert result.stdout == ""


def test_empty_file(run_extract, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run_extract([path])
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["races"] == []
    assert report["source"]["chars"] == 0
    from extractor.schema import errors

    assert errors(report) == []


def test_two_inputs_give_jsonl_in_order(run_extract, tmp_path):
    first = tmp_path / "b_first.txt"
    second = tmp_path / "a_second.txt"
    second_text = "Tatsuya Shinhama (JPN) won the men's 500m in 35.20.\n"
    first.write_text(SATURDAY_TEXT, encoding="utf-8")
    second.write_text(second_text, encoding="utf-8")
    result = run_extract([first, second])
    assert result.returncode == 0, result.stderr
    reports = jsonl(result.stdout)
    assert len(result.stdout.splitlines()) == 2
    assert [r["source"]["path"] for r in reports] == [str(first), str(second)]
    assert [r["source"]["chars"] for r in reports] == [len(SATURDAY_TEXT), len(second_text)]


def test_batch_with_missing_file_in_the_middle(run_extract, tmp_path):
    first = tmp_path / "one.txt"
    missing = tmp_path / "missing.txt"
    last = tmp_path / "three.txt"
    first.write_text(SATURDAY_TEXT, encoding="utf-8")
    last.write_text("Tatsuya Shinhama (JPN) won the men's 500m in 35.20.\n", encoding="utf-8")
    result = run_extract([first, missing, last])
    assert result.returncode == 1
    line = assert_one_error_line(result)
    assert "missing.txt" in line
    reports = jsonl(result.stdout)
    assert [r["source"]["path"] for r in reports] == [str(first), str(last)]


def test_csv_format(run_extract):
    result = run_extract(["--format", "csv", "corpus/tomakomai.txt"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == CSV_HEADER
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    assert all(row["source"].endswith("tomakomai.txt") for row in rows)
    assert all(row["rank"].isdigit() for row in rows)


def test_output_file_is_written_atomically(run_extract, tmp_path):
    out = tmp_path / "out.json"
    result = run_extract(["-o", out, "corpus/tomakomai.txt"])
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["source"]["path"].endswith("tomakomai.txt")
    assert report["races"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_max_bytes(run_extract):
    result = run_extract(["--max-bytes", "100", "corpus/tomakomai.txt"])
    assert result.returncode == 1
    line = assert_one_error_line(result)
    assert "tomakomai.txt" in line
    assert result.stdout == ""


def test_schema_option(run_extract):
    result = run_extract(["--schema"])
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "races" in schema["properties"]


def test_validate_good_report(run_extract, tmp_path, seed_text):
    path = tmp_path / "good.json"
    path.write_text(json.dumps(parse_report(seed_text, source="corpus/tomakomai.txt")), encoding="utf-8")
    result = run_extract(["--validate", path])
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


def test_validate_broken_report(run_extract, tmp_path, seed_text):
    report = parse_report(seed_text)
    report["races"][0]["gender"] = "female"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    result = run_extract(["--validate", path])
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "races/0/gender" in result.stderr


def test_reference_date_fixes_weekday_dates(run_extract, tmp_path):
    path = tmp_path / "saturday.txt"
    path.write_text(SATURDAY_TEXT, encoding="utf-8")
    result = run_extract(["--reference-date", "2018-11-19", path])
    assert result.returncode == 0, result.stderr
    races = json.loads(result.stdout)["races"]
    assert [(r["discipline"], r["day"], r["date"]) for r in races] == [("500m", "Saturday", "2018-11-17")]


def test_without_reference_date_weekday_dates_stay_null(run_extract, tmp_path):
    path = tmp_path / "saturday.txt"
    path.write_text(SATURDAY_TEXT, encoding="utf-8")
    result = run_extract([path])
    assert result.returncode == 0, result.stderr
    races = json.loads(result.stdout)["races"]
    assert [(r["discipline"], r["day"], r["date"]) for r in races] == [("500m", "Saturday", None)]


def test_bad_reference_date_is_a_usage_error(run_extract):
    result = run_extract(["--reference-date", "notadate", "corpus/tomakomai.txt"])
    assert result.returncode == 2
    assert_one_error_line(result)
    assert result.stdout == ""


def test_evaluate_json(run_extract):
    result = run_extract(["--evaluate", "corpus/", "--format", "json"])
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert "halves" in scores and "files" in scores
    assert scores["files"]
    assert any(f["path"].endswith("tomakomai.json") or f["path"].endswith("tomakomai.txt") for f in scores["files"])


@pytest.mark.parametrize("weekday, expected", [("Saturday", "2018-11-17"), ("Monday", "2018-11-19")])
def test_reference_date_in_process_matches_the_last_weekday_on_or_before(weekday, expected):
    # the same rule as the CLI test, without a subprocess: a reference date that is itself the weekday counts
    import datetime as dt

    text = SATURDAY_TEXT.replace("Saturday", weekday)
    report = parse_report(text, reference_date=dt.date(2018, 11, 19))
    assert [(r["day"], r["date"]) for r in report["races"]] == [(weekday, expected)]


def test_jobs_give_byte_identical_output(run_extract):
    one = run_extract(["corpus/dev", "--jobs", "1", "--format", "jsonl"])
    two = run_extract(["corpus/dev", "--jobs", "2", "--format", "jsonl"])
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout
    sources = [report["source"]["path"] for report in jsonl(one.stdout)]
    assert sources == sorted(sources) and len(sources) >= 20


def test_encoding_option_and_bom(run_extract, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Martina Sáblíková (CZE) won the ladies' 5000m in 6:52.31.".encode("latin-1"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffMartina Sáblíková (CZE) won the ladies' 5000m in 6:52.31.".encode("utf-8"))
    wrong = run_extract([str(latin)])
    assert wrong.returncode == 1 and "not valid utf-8" in assert_one_error_line(wrong)
    right = run_extract([str(latin), "--encoding", "latin-1"])
    assert right.returncode == 0, right.stderr
    assert json.loads(right.stdout)["races"][0]["results"][0]["name"] == "Martina Sáblíková"
    with_bom = run_extract([str(bom)])
    assert with_bom.returncode == 0, with_bom.stderr
    assert json.loads(with_bom.stdout)["races"][0]["results"][0]["name"] == "Martina Sáblíková"


def test_html_page_for_a_batch(run_extract, tmp_path):
    page = tmp_path / "review.html"
    result = run_extract(
        ["corpus/tomakomai.txt", "corpus/dev/brief_three_lines.txt", "--format", "html", "-o", str(page)]
    )
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count('<section class="report"') == 2


def test_a_closed_pipe_ends_the_batch_quietly(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    command = Path(sys.executable).parent / "extract"
    if not command.exists():
        pytest.skip("the extract console script is not installed beside this interpreter")
    for index in range(40):
        (tmp_path / f"report{index:02d}.txt").write_text(SATURDAY_TEXT * 30, encoding="utf-8")
    process = subprocess.Popen([str(command), str(tmp_path), "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()  # like `extract big/ | head -1`
    status = process.wait(timeout=120)
    stderr = process.stderr.read().decode()
    assert json.loads(first)["races"]
    assert status == 0, stderr
    assert "Traceback" not in stderr and "Broken pipe" not in stderr


def test_ctrl_c_leaves_no_half_written_output(tmp_path):
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    command = Path(sys.executable).parent / "extract"
    if not command.exists():
        pytest.skip("the extract console script is not installed beside this interpreter")
    source = tmp_path / "in"
    source.mkdir()
    for index in range(1500):
        (source / f"report{index:04d}.txt").write_text(SATURDAY_TEXT * 40, encoding="utf-8")
    target = tmp_path / "out" / "reports.jsonl"
    target.parent.mkdir()
    # A shell that starts the test run in the background ignores Ctrl-C for it, and the child would inherit that:
    # the child gets the default handling back, as a batch started from a terminal has.
    process = subprocess.Popen(
        [str(command), str(source), "-o", str(target), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    # interrupt once the batch is under way: its temporary output file exists
    while not list(target.parent.iterdir()) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    status = process.wait(timeout=120)
    stderr = process.stderr.read().decode()
    assert status == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines() == ["extract: interrupted"]
    assert list(target.parent.iterdir()) == []  # neither the file nor its temporary


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="root can read a file without read permission",
)
def test_unreadable_file(run_extract, tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(SATURDAY_TEXT, encoding="utf-8")
    locked.chmod(0)
    result = run_extract([str(locked)])
    assert result.returncode == 1
    assert "permission denied" in assert_one_error_line(result)
