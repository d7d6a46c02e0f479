"""The `extract` command: race reports in, structured JSON (or JSONL/CSV) out."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extractor import __version__

PROG = "extract"
DEFAULT_MAX_BYTES = 5_000_000
CSV_COLUMNS = [
    "source",
    "venue",
    "race_id",
    "gender",
    "discipline",
    "distance_m",
    "race_number",
    "division",
    "rank",
    "medal",
    "name",
    "nation",
    "time",
    "seconds",
    "record",
]


class InputError(Exception):
    """A report that cannot be read: the message is what the user sees."""


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit status 2 with one line, as argparse does, minus the usage dump
        self.exit(2, f"{PROG}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Turn free-text speed-skating race reports into structured JSON.",
        epilog="Examples: extract corpus/tomakomai.txt | extract corpus/dev -o out.jsonl | extract --evaluate corpus/",
    )
    parser.add_argument("inputs", nargs="*", metavar="FILE", help="report files, directories of *.txt, or - for stdin")
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "-f",
        "--format",
        choices=["json", "jsonl", "csv", "html"],
        help="output format (default: json for one input, jsonl for several)",
    )
    parser.add_argument("-o", "--output", metavar="PATH", help="write here (atomically) instead of stdout")
    parser.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        type=_date,
        help="date the reports were written, to turn weekdays into dates",
    )
    parser.add_argument("--encoding", default="utf-8", help="encoding of input files (default utf-8; a BOM is fine)")
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"skip inputs larger than this (default {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (output is the same for any N)"
    )
    parser.add_argument("--schema", action="store_true", help="print the report JSON Schema and exit")
    parser.add_argument("--validate", metavar="REPORT.json", help="check a saved report against the schema")
    parser.add_argument("--evaluate", metavar="DIR", help="score the extractor against labelled reports in DIR")
    return parser


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {message}\n")


def expand_inputs(inputs: list[str]) -> Iterator[tuple[str, Path | None]]:
    """(display name, path) for each report; directories give their *.txt files in sorted order."""
    for item in inputs:
        if item == "-":
            yield "-", None
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise InputError(f"{item}: directory holds no .txt reports")
            for file in files:
                yield str(file), file
        else:
            yield item, path


def read_input(name: str, path: Path | None, encoding: str, max_bytes: int) -> str:
    try:
        if path is None:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if not path.exists():
                raise InputError(f"{name}: no such file")
            if path.is_dir():
                raise InputError(f"{name}: is a directory")
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(f"{name}: {size} bytes is over the limit of {max_bytes} (--max-bytes)")
            with open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as err:
        raise InputError(f"{name}: {err.strerror or err}") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the limit of {max_bytes} bytes (--max-bytes)")
    if encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not valid {encoding} text (byte {err.start})") from None
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


def csv_rows(report: dict[str, Any]) -> Iterator[list[Any]]:
    source = (report.get("source") or {}).get("path")
    venue = report["competition"]["venue"]
    for race in report["races"]:
        for result in race["results"]:
            yield [
                source,
                venue,
                race["id"],
                race["gender"],
                race["discipline"],
                race["distance_m"],
                race["race_number"],
                race["division"],
                result["rank"],
                result["medal"],
                result["name"],
                result["nation"],
                result["time"],
                result["seconds"],
                result["record"],
            ]


class _Output:
    """stdout, or a temporary file renamed over PATH only once everything is written."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.temporary: str | None = None
        if path is None:
            self.stream = sys.stdout
        else:
            directory = os.path.dirname(os.path.abspath(path))
            handle, self.temporary = tempfile.mkstemp(prefix=".extract-", suffix=".tmp", dir=directory)
            # mkstemp makes the file private; the finished file gets the usual permissions
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.temporary, 0o666 & ~umask)
            self.stream = open(handle, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed in commit/abandon)

    def commit(self) -> None:
        if self.temporary is not None:
            self.stream.close()
            os.replace(self.temporary, self.path)
            self.temporary = None
        else:
            self.stream.flush()

    def abandon(self) -> None:
        if self.temporary is not None:
            self.stream.close()
            os.unlink(self.temporary)
            self.temporary = None


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.schema:
        from extractor.schema import report_schema

        sys.stdout.write(json.dumps(report_schema(), indent=2) + "\n")
        return 0
    if args.validate:
        return _validate(args.validate)
    if args.evaluate:
        return _evaluate(args.evaluate, args.format)
    if not args.inputs:
        _error("no input given (try: extract FILE, or extract - to read stdin)")
        return 2
    return _extract(args)


def _validate(path: str) -> int:
    from extractor.schema import errors

    try:
        report = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        _error(f"{path}: no such file")
        return 1
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        _error(f"{path}: not a readable JSON file ({err})")
        return 1
    problems = errors(report)
    for problem in problems:
        sys.stderr.write(f"{path}: {problem}\n")
    if problems:
        return 1
    sys.stdout.write(f"{path}: valid\n")
    return 0


def _evaluate(directory: str, output_format: str | None) -> int:
    from extractor import evaluate, parse_report

    root = Path(directory)
    if not root.exists():
        _error(f"{directory}: no such file or directory")
        return 1
    files = evaluate.labelled_files(root)
    if not files:
        _error(f"{directory}: no labelled reports (NAME.txt with NAME.json)")
        return 1
    results = evaluate.evaluate(files, parse_report)
    if output_format == "json":
        sys.stdout.write(json.dumps(evaluate.as_json(results), indent=2) + "\n")
    else:
        sys.stdout.write(evaluate.as_text(results) + "\n")
    return 0


def _extract(args: argparse.Namespace) -> int:
    from extractor import parse_reports

    failed = False
    try:
        inputs = list(expand_inputs(args.inputs))
    except InputError as err:
        _error(str(err))
        inputs = []
        failed = True
    output_format = args.format or ("json" if len(inputs) == 1 and len(args.inputs) == 1 else "jsonl")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    try:
        output = _Output(args.output)
    except OSError as err:
        _error(f"{args.output}: cannot write ({err.strerror or err})")
        return 1
    writer = csv.writer(output.stream, lineterminator="\n") if output_format == "csv" else None
    if writer is not None:
        writer.writerow(CSV_COLUMNS)
    readable: list[tuple[str, str | None]] = []
    page_texts: list[str] = []  # for html: the texts, and the reports read from them
    page_reports: list[dict[str, Any]] = []

    def texts() -> Iterator[str]:
        nonlocal failed
        for name, path in _progress(inputs, args.quiet):
            try:
                text = read_input(name, path, args.encoding, args.max_bytes)
            except InputError as err:
                _error(str(err))
                failed = True
                continue
            readable.append((name, None if path is None else name))
            if output_format == "html":
                page_texts.append(text)
            yield text

    def sources() -> Iterator[str | None]:
        index = 0
        while True:
            yield readable[index][1]
            index += 1

    try:
        reports = parse_reports(texts(), n_process=args.jobs, reference_date=args.reference_date, sources=sources())
        for report in reports:
            if output_format == "json":
                output.stream.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
            elif output_format == "jsonl":
                output.stream.write(json.dumps(report, ensure_ascii=False, separators=(",", ":")) + "\n")
            elif output_format == "html":
                page_reports.append(report)
            else:
                writer.writerows(csv_rows(report))
        if output_format == "html":
            from extractor.html import render_page

            output.stream.write(render_page(zip(page_reports, page_texts, strict=True)))
        output.commit()
    except BaseException:
        output.abandon()
        raise
    return 1 if failed else 0


def _progress(inputs: list[tuple[str, Path | None]], quiet: bool):
    """A progress bar on stderr for batches, when a person is watching."""
    if quiet or len(inputs) < 2 or not sys.stderr.isatty():
        return inputs
    from tqdm import tqdm

    return tqdm(inputs, desc=PROG, unit="report", file=sys.stderr, leave=False)


def main(argv: list[str] | None = None) -> None:
    # Everything imported so far lives as long as the process: the garbage collector need not scan it again.
    gc.freeze()
    try:
        status = run(argv)
    except UsageError as err:
        _error(str(err))
        status = 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        status = 130
    except BrokenPipeError:
        # The reader went away (`extract big/ | head -1`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 0
    except Exception as err:  # a bug of ours must still not print a traceback at the user
        _error(f"internal error: {type(err).__name__}: {err}")
        status = 1
    sys.exit(status)
