"""A self-contained review page: each report's text with what was recognized highlighted, beside its races.

Clicking a result scrolls to the sentences that state it and highlights them. The styling follows spaCy's
displaCy entity view (rounded marks with a small label), with no external files.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import Any

from extractor import pipeline
from extractor.normalize import normalize
from extractor.pipeline import LEXICON, NAMES, NATIONS, TIMES

# label -> (css class, caption)
_KINDS = {
    "ATHLETE": ("athlete", "ATHLETE"),
    "NATION": ("nation", "NATION"),
    "TIME": ("time", "TIME"),
    "RACE": ("race", "RACE"),
}

_STYLE = """
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0; background: #f6f7f9;
       color: #1f2328; }
header { background: #173a5e; color: #fff; padding: 12px 24px; }
header h1 { font-size: 20px; margin: 0; }
section.report { display: flex; gap: 24px; padding: 16px 24px; border-bottom: 1px solid #d0d7de; }
.text { flex: 1 1 55%; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 16px;
        line-height: 2.3; white-space: pre-wrap; font-size: 15px; max-height: 85vh; overflow: auto; }
.side { flex: 1 1 45%; max-height: 85vh; overflow: auto; }
h2 { font-size: 16px; margin: 0 0 8px 0; }
h3 { font-size: 14px; margin: 14px 0 4px 0; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; }
th { background: #eef1f4; }
tr.result { cursor: pointer; }
tr.result:hover { background: #fff8c5; }
mark.ent { padding: 0.2em 0.35em; margin: 0 0.1em; border-radius: 0.35em; line-height: 1; }
mark.ent .label { font-size: 0.6em; font-weight: bold; text-transform: uppercase; margin-left: 0.4em;
                  vertical-align: middle; opacity: 0.75; }
mark.athlete { background: #aa9cfc; }
mark.nation { background: #feca74; }
mark.time { background: #7aecec; }
mark.race { background: #bfe1d9; }
span.evidence.active { background: #ffe066; outline: 2px solid #f0b400; border-radius: 3px; }
.warnings { color: #7d4e00; font-size: 13px; }
.meta { font-size: 13px; color: #57606a; }
"""

_SCRIPT = """
document.addEventListener('click', function (event) {
  var row = event.target.closest('tr.result');
  if (!row) { return; }
  document.querySelectorAll('span.evidence.active').forEach(function (el) { el.classList.remove('active'); });
  var ids = JSON.parse(row.getAttribute('data-evidence'));
  ids.forEach(function (id, i) {
    var el = document.getElementById(id);
    if (!el) { return; }
    el.classList.add('active');
    if (i === 0) { el.scrollIntoView({behavior: 'smooth', block: 'center'}); }
  });
});
"""


def render_page(reports: Iterable[tuple[dict[str, Any], str]], title: str = "Race reports") -> str:
    """One HTML page for a batch: (report, the text it was read from) pairs."""
    sections = [_section(index, report, text) for index, (report, text) in enumerate(reports)]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{html.escape(title)}</h1></header>\n"
        + "\n".join(sections)
        + f"\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


def _section(index: int, report: dict[str, Any], text: str) -> str:
    evidence_ids: dict[tuple[int, int], str] = {}
    for race in report["races"]:
        for result in race["results"]:
            for span in result["evidence"]:
                key = (span["start"], span["end"])
                evidence_ids.setdefault(key, f"r{index}-ev{len(evidence_ids)}")
    body = _highlighted(text, _entities(text, report), evidence_ids)
    source = (report.get("source") or {}).get("path") or f"report {index + 1}"
    competition = report["competition"]
    meta = ", ".join(
        str(value)
        for value in (competition["name"], competition["venue"], competition["country"], competition["date_start"])
        if value
    )
    tables = "\n".join(_race_table(race, evidence_ids) for race in report["races"]) or "<p>No races found.</p>"
    warnings = "".join(f"<li>{html.escape(w['code'])}: {html.escape(w['message'])}</li>" for w in report["warnings"])
    warning_block = f'<h3>Warnings</h3><ul class="warnings">{warnings}</ul>' if warnings else ""
    return (
        f'<section class="report" id="report-{index}">\n'
        f'<div class="text" data-source="{html.escape(source)}">{body}</div>\n'
        f'<div class="side"><h2>{html.escape(source)}</h2><p class="meta">{html.escape(meta)}</p>\n'
        f"{tables}\n{warning_block}</div>\n</section>"
    )


def _race_table(race: dict[str, Any], evidence_ids: dict[tuple[int, int], str]) -> str:
    rows = []
    for result in race["results"]:
        ids = [evidence_ids[(s["start"], s["end"])] for s in result["evidence"]]
        cells = [
            result["rank"],
            result["medal"] or "",
            result["name"] or ", ".join(result["members"]) or "",
            result["nation"] or "",
            result["time"] or "",
            result["record"] or "",
        ]
        rows.append(
            f"<tr class=\"result\" data-evidence='{html.escape(json.dumps(ids))}'>"
            + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in cells)
            + "</tr>"
        )
    header = "<tr><th>#</th><th>medal</th><th>name</th><th>nation</th><th>time</th><th>record</th></tr>"
    return (
        f'<h3 class="race" data-race="{html.escape(race["id"])}">{html.escape(race["id"])}</h3>'
        f'<table class="races">{header}{"".join(rows)}</table>'
    )


def _entities(text: str, report: dict[str, Any]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, label) spans of what the pipeline recognized, in original offsets."""
    normalized = normalize(text)
    doc = pipeline.make_doc(normalized.text)
    found: list[tuple[int, int, str]] = []
    for key, label in ((NAMES, "ATHLETE"), (TIMES, "TIME")):
        for span in doc.spans[key]:
            found.append((*normalized.span(span.start_char, span.end_char), label))
    for span in doc.spans[NATIONS]:
        found.append((*normalized.span(span.start_char, span.end_char), "NATION"))
    for span in doc.spans[LEXICON]:
        if span.label_ == "DISCIPLINE":
            found.append((*normalized.span(span.start_char, span.end_char), "RACE"))
    for athlete in report["athletes"]:
        for mention in athlete["mentions"]:
            found.append((mention["start"], mention["end"], "ATHLETE"))
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    chosen: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, label))
    return chosen


def _highlighted(text: str, entities: list[tuple[int, int, str]], evidence_ids: dict[tuple[int, int], str]) -> str:
    """The text as HTML: evidence sentences as spans, recognized mentions as marks inside them."""
    evidence = sorted(evidence_ids)
    # evidence spans may overlap or nest; keep a set of non-crossing ones, the first of any crossing pair
    kept: list[tuple[int, int]] = []
    for start, end in evidence:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for start, end in kept:
        opens.setdefault(start, []).append(f'<span class="evidence" id="{evidence_ids[(start, end)]}">')
        closes.setdefault(end, []).append("</span>")
    boundaries = {p for span in kept for p in span}
    for start, end, label in entities:
        if any(start < b < end for b in boundaries):
            continue  # a mark may not cross an evidence edge
        css, caption = _KINDS[label]
        opens.setdefault(start, []).append(f'<mark class="ent {css}">')
        closes.setdefault(end, []).insert(0, f'<span class="label">{caption}</span></mark>')
    out = []
    for position, char in enumerate(text):
        if position in closes:
            out.extend(closes[position])
        if position in opens:
            out.extend(opens[position])
        out.append(html.escape(char))
    out.extend(closes.get(len(text), []))
    return "".join(out)
