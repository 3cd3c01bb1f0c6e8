"""Issue 8, small files that took the server down: each is bounded, named with a reason, and stops nothing else.

The files are built by scripts/bench_hostile.py, which also prints how long each takes and how much memory
it needs (figures belong there, not here). These tests check the outcome, and that the reindex finishes at
all: the old code ran for hours on each (or took gigabytes), so a generous deadline tells the two apart.
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from conftest import write
from fakes import FakeEmbedder

from index import Library

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import bench_hostile as hostile  # noqa: E402

LIVENESS = 180  # seconds: the reindex must end; the new code takes seconds, the old code hours


@pytest.fixture
def library(tmp_path):
    return Library(tmp_path / "data", embedder=FakeEmbedder())


def build(library, docs):
    """Build in a thread; fail (instead of hanging the suite) if it does not end."""
    result: list = []
    worker = threading.Thread(target=lambda: result.append(library.build([docs])), daemon=True)
    worker.start()
    worker.join(timeout=LIVENESS)
    assert not worker.is_alive(), "the reindex did not finish"
    return result[0]


def answers_alarm(library) -> bool:
    return library.ask("Hur länge ska jag trycka på larmknappen?").sources[0].document == "gemensamt/hembesok.md"


# -- item 10: a megabyte on one line ------------------------------------------------------------------------

def test_a_megabyte_of_text_on_one_line_is_indexed(library, docs):
    hostile.long_line_text(docs / "gemensamt" / "lang-rad.txt")
    report = build(library, docs)
    assert "gemensamt/lang-rad.txt" in report.added and answers_alarm(library)


@pytest.mark.parametrize("line", ["**a ", "<!-- a ", "_a ", "[a "])
def test_a_long_markdown_line_of_unclosed_markup_is_read(library, docs, line):
    write(docs / "gemensamt" / "markup.md", "# Rubrik\n\n" + line * (400_000 // len(line)) + "\n")
    report = build(library, docs)
    assert "gemensamt/markup.md" in report.added or "gemensamt/markup.md" in dict(report.failed)
    assert answers_alarm(library)


def test_underlined_headings_are_still_found_in_text_files(tmp_path):
    from index.readers.text import read_text

    parsed = read_text(Path("rutin.txt"), "Rutin för larm\n\nLarm\n====\n\nTryck på knappen.\n\nSvar\n----\n\nRing.\n"
                       .encode())
    assert [(b.text, b.level) for b in parsed.blocks if b.heading] == [("Rutin för larm", 1), ("Larm", 1), ("Svar", 2)]


# -- item 11: a zip bomb --------------------------------------------------------------------------------------

def test_a_zip_bomb_docx_is_refused_before_it_is_unpacked(library, docs):
    hostile.zip_bomb_docx(docs / "gemensamt" / "bomb.docx", megabytes=200)  # 200 kB on disk
    report = build(library, docs)
    reason = dict(report.failed)["gemensamt/bomb.docx"]
    assert "packas upp" in reason and "document.xml" in reason
    assert answers_alarm(library)


# -- item 12: many paragraphs ---------------------------------------------------------------------------------

def test_80000_paragraphs_in_one_section_are_chunked(library, docs):
    hostile.many_paragraphs_markdown(docs / "gemensamt" / "stycken.md")
    report = build(library, docs)
    assert "gemensamt/stycken.md" in report.added and report.passages > 1000
    assert any("Stycke 79999 om larm" in s.text for s in library.ask("Stycke 79999 om larm", k=20).sources)


@pytest.mark.parametrize("paragraphs, reason", [(1_000_000, "packas upp"), (60_000, "stycken")])
def test_a_docx_of_a_million_paragraphs_is_refused(library, docs, paragraphs, reason):
    hostile.many_paragraphs_docx(docs / "gemensamt" / "stycken.docx", paragraphs)
    report = build(library, docs)
    assert reason in dict(report.failed)["gemensamt/stycken.docx"]


def test_a_docx_of_many_paragraphs_under_the_limit_is_read(library, docs):
    hostile.many_paragraphs_docx(docs / "gemensamt" / "stycken.docx", 20_000)
    report = build(library, docs)
    assert "gemensamt/stycken.docx" in report.added


# -- item 13: a PDF whose pages share one huge content stream --------------------------------------------------

def test_a_pdf_whose_2000_pages_share_a_7_mb_stream_is_refused(library, docs):
    hostile.shared_stream_pdf(docs / "gemensamt" / "delad.pdf")
    report = build(library, docs)
    assert "sidinnehåll" in dict(report.failed)["gemensamt/delad.pdf"]
    assert answers_alarm(library)


def test_a_stream_shared_by_many_pages_is_read_once(library, docs, monkeypatch):
    import pypdf

    calls = []
    real = pypdf.PageObject.extract_text
    monkeypatch.setattr(pypdf.PageObject, "extract_text",
                        lambda self, *a, **k: (calls.append(1), real(self, *a, **k))[1])
    hostile.shared_stream_pdf(docs / "gemensamt" / "delad.pdf", pages=200, stream_mb=0.005)
    report = build(library, docs)
    assert "gemensamt/delad.pdf" in report.added
    assert len(calls) < 10  # once, plus what a title or metadata look needs


# -- item 14: sidecar YAML ------------------------------------------------------------------------------------

@pytest.mark.parametrize("builder, reason", [(hostile.alias_bomb_yaml, "alias"), (hostile.deep_yaml, "nästlad")])
def test_a_hostile_sidecar_is_refused_and_the_document_indexed_with_its_own_header(library, docs, builder, reason):
    builder(docs / "gemensamt" / "hembesok.md.yaml")
    write(docs / "gemensamt" / "flextid.md.yaml", "owner: HR-chefen\n")  # a good sidecar after it still counts
    report = build(library, docs)
    assert reason in dict(report.warnings)["gemensamt/hembesok.md"]
    assert {"gemensamt/hembesok.md", "gemensamt/flextid.md"} <= set(report.added)
    assert library.ask("Flextiden kärntid", k=1).sources[0].owner == "HR-chefen"
    assert answers_alarm(library)


def test_front_matter_with_aliases_is_refused_for_that_file_only(library, docs):
    lines = hostile.alias_bomb_yaml(docs.parent / "bomb.yaml").read_text()
    write(docs / "gemensamt" / "bomb.md", f"---\n{lines}---\n# Bomb\n\nText.\n")
    report = build(library, docs)
    assert "alias" in dict(report.failed)["gemensamt/bomb.md"] and answers_alarm(library)


def test_plain_sidecars_and_front_matter_still_work(library, docs):
    write(docs / "gemensamt" / "hembesok.md.yaml", "valid_until: 2031-01-31\nowner: Enhetschefen\n")
    library.build([docs])
    source = library.ask("Hur länge ska jag trycka på larmknappen?").sources[0]
    assert (source.valid_until, source.owner) == ("2031-01-31", "Enhetschefen")
