"""The administrator report as a person reads it: rendered by a real headless Chromium, printed, and shot.

The page is printed to PDF by the browser and the PDF's text is checked (what a reader of the printout
sees, chart labels included), and a PNG screenshot is kept in tests/artifacts/ for people to look at.
Skips with a clear message where Debian's chromium is not installed (scripts/test.sh installs it when it
runs as root with apt).
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT
from pypdf import PdfReader
from test_report import library  # noqa: F401 - the fixture with routines and a question log

from bot.report_html import render_html
from index import admin_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "tests" / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed: apt-get install chromium (scripts/test.sh does it when run as root)")


def chromium(page: Path, profile: Path, *action: str) -> None:
    """One headless run with a fresh profile; Chromium reports success by writing the file."""
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *action, page.as_uri()],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_report_renders_in_chromium_reads_right_and_is_kept_as_a_screenshot(library, tmp_path):  # noqa: F811
    page = tmp_path / "rapport.html"
    page.write_text(render_html(admin_report(library)), encoding="utf-8")

    printed = tmp_path / "rapport.pdf"
    chromium(page, tmp_path / "profile-print", f"--print-to-pdf={printed}", "--no-pdf-header-footer")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(printed).pages)
    for expected in ("Rutinbot – rapport till administratörer", "Har gått ut (1)", "Tjänstebil och resor",
                     "Fordonsansvarig", "2020-06-30", "Går ut inom 60 dagar (1)", "Hembesök",
                     "Äldre versioner som ligger kvar (1)", "Frågor per vecka", "Andel besvarade per vecka",
                     "Det rutinerna inte svarar på", "friskvårdsbidrag", "Mest citerade rutiner"):
        assert expected in text, expected
    assert "19850412" not in text and "1234?" not in text

    shot = tmp_path / "rapport.png"
    chromium(page, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1100,1500",
             "--hide-scrollbars")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a page, not a blank
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1100, 1500)
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / "rapport.png")
