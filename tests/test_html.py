"""The review page, rendered in a real browser (headless Chromium): not blank, with its table and highlights."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from extractor import parse_report
from extractor.html import render_page

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


@pytest.fixture(scope="module")
def page(tmp_path_factory, seed_text) -> Path:
    brief = "Erin Jackson (USA) won the ladies' 500m in 37.60. Femke Kok (NED) was second in 37.71."
    html = render_page([(parse_report(seed_text, source="tomakomai.txt"), seed_text), (parse_report(brief), brief)])
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and the raw rows of an 8-bit RGB(A) PNG, unfiltered."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, width, height, channels = 8, [], 0, 0, 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6)
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                nearest = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + nearest) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows


def test_page_holds_tables_highlights_and_evidence(page):
    html = page.read_text(encoding="utf-8")
    assert html.count('<table class="races">') >= 17
    assert 'class="ent athlete"' in html and 'class="ent time"' in html and 'class="ent nation"' in html
    assert 'class="evidence" id="r0-ev0"' in html
    assert "<script" in html and "http" not in html.split("<body>", 1)[1]  # self-contained


@needs_chromium
def test_browser_dom_has_table_and_marks(page, tmp_path):
    done = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-500:]
    dom = done.stdout
    assert dom.count('<tr class="result"') >= 48
    assert dom.count('<mark class="ent athlete">') >= 40
    assert "men-500m-2" in dom


@needs_chromium
def test_browser_screenshot_is_not_blank(page, tmp_path):
    shot = tmp_path / "shot.png"
    done = _chromium(tmp_path, "--window-size=1200,900", f"--screenshot={shot}", page.as_uri())
    assert done.returncode == 0 and shot.exists(), done.stderr[-500:]
    width, height, rows = _png_pixels(shot)
    assert (width, height) == (1200, 900)
    colours = set()
    for row in rows[::10]:
        colours.update(row[i : i + 3] for i in range(0, len(row), 4 * 10))
    # a blank page has one or two colours; text, marks and tables have many
    assert len(colours) > 20
