"""Broken and hostile files in the documents folder: each is named with a reason, everything else is indexed.

One bad file must never stop a reindex, hang it, make it slow, or read outside the documents folder.
"""
from __future__ import annotations

import io
import os
import random
import threading
import time
from pathlib import Path

import pypdf
import pytest
from conftest import write
from fakes import FakeEmbedder
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from test_readers import ROUTINE_PAGES, make_pdf

from index import Library

GOOD = {"gemensamt/hembesok.md", "gemensamt/flextid.md", "barn-och-familj/sekretess.md"}


@pytest.fixture
def library(tmp_path):
    return Library(tmp_path / "data", embedder=FakeEmbedder())


def failed(report) -> dict[str, str]:
    reasons = dict(report.failed)
    assert len(reasons) == len(report.failed), "a file is named twice"
    return reasons


def indexed(report) -> set[str]:
    return set(report.added) | set(report.changed) | set(report.unchanged)


def cited(library, question: str, k: int = 10) -> set[str]:
    documents = set()
    for source in library.ask(question, k=k).sources:
        documents |= {source.document, *source.also_at}
    return documents


def assert_good_files_answer(library, report) -> None:
    assert indexed(report) >= GOOD
    assert library.ask("Hur länge ska jag trycka på larmknappen?").sources[0].document == "gemensamt/hembesok.md"


# -- size and page limits ------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_named_and_never_read(library, docs, monkeypatch):
    write(docs / "gemensamt" / "stor.md", "# Stor rutin\n\n" + "Mycket text om ingenting. " * 200)
    import index.indexer

    opened = []
    real_read = index.indexer.read_bytes
    monkeypatch.setattr(index.indexer, "read_bytes",
                        lambda p, limit, root=None: (opened.append(p.name), real_read(p, limit, root))[1])
    report = library.build([docs], max_bytes=3_000)
    assert failed(report) == {"gemensamt/stor.md": "filen är större än gränsen 3 kB"}
    assert "stor.md" not in opened
    assert_good_files_answer(library, report)
    again = library.build([docs])  # the default limit (50 MB) lets it in
    assert failed(again) == {} and "gemensamt/stor.md" in again.changed


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF from object bodies (object 1 is the catalogue), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


TEXT = b"BT /F1 12 Tf 72 720 Td (Rutin for nycklar till bilpoolen och hur de kvitteras ut) Tj ET"
PAGE_PARTS = [
    b"<< /Length %d >>\nstream\n%s\nendstream" % (len(TEXT), TEXT),
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]


def claiming_pdf(count: int) -> bytes:
    """One real page; the page tree says it holds ``count``."""
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        *PAGE_PARTS,
    ])


def page_bomb_pdf(depth: int) -> bytes:
    """2**depth pages in a 2 kB file: each level of the page tree lists the level below twice.
    The tree claims a single page, so only walking it shows what it holds."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        child = 3 + level
        objects.append(b"<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count 1 >>" % (child, child))
    page = 2 + depth
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                   b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (page - 1, page + 1, page + 2))
    return pdf_bytes(objects + PAGE_PARTS)


def test_pdfs_claiming_or_holding_huge_page_counts_are_refused_quickly(library, docs):
    (docs / "gemensamt" / "anger.pdf").write_bytes(claiming_pdf(100_000))
    (docs / "gemensamt" / "bomb.pdf").write_bytes(page_bomb_pdf(20))  # a million pages
    started = time.perf_counter()
    report = library.build([docs])
    elapsed = time.perf_counter() - started
    assert failed(report) == {
        "gemensamt/anger.pdf": "PDF-filen anger 100000 sidor, gränsen är 2000",
        "gemensamt/bomb.pdf": "PDF-filen har fler än 2000 sidor, gränsen är 2000",
    }
    assert elapsed < 5  # pypdf alone would list 100 000 page entries before giving up
    assert_good_files_answer(library, report)


def test_max_pages_is_a_setting(library, docs):
    make_pdf(docs / "gemensamt" / "larm.pdf", ROUTINE_PAGES, title="Rutin för trygghetslarm")
    (docs / "gemensamt" / "liten.pdf").write_bytes(page_bomb_pdf(3))  # 8 real pages, claims 1
    report = library.build([docs], max_pages=3)
    assert failed(report) == {"gemensamt/larm.pdf": "PDF-filen anger 4 sidor, gränsen är 3",
                              "gemensamt/liten.pdf": "PDF-filen har fler än 3 sidor, gränsen är 3"}
    report = library.build([docs], max_pages=8)
    assert failed(report) == {}
    assert "gemensamt/larm.pdf" in cited(library, "Vem ansvarar för att rutinen om trygghetslarm följs upp?")


# -- text encodings --------------------------------------------------------------------------------


def test_cp1252_text_is_read_and_binary_junk_refused(library, docs):
    (docs / "gemensamt" / "windows.txt").write_bytes(
        "Kvittens av nycklar\n\nNycklar till bilpoolen kvitteras ut hos vaktmästaren på våning två.\n"
        .encode("cp1252"))
    junk = random.Random(7).randbytes(3000).replace(b"\x00", b"\x01")  # no NUL: only its look gives it away
    (docs / "gemensamt" / "skräp.txt").write_bytes(junk)
    (docs / "gemensamt" / "nul.md").write_bytes(b"# Rubrik\n\x00\x00\x00 binary")
    report = library.build([docs])
    reasons = failed(report)
    assert set(reasons) == {"gemensamt/skräp.txt", "gemensamt/nul.md"}
    assert "binär" in reasons["gemensamt/skräp.txt"] and "binär" in reasons["gemensamt/nul.md"]
    top = library.ask("Var kvitteras nycklar till bilpoolen ut?").sources[0]
    assert top.document == "gemensamt/windows.txt" and "vaktmästaren på våning två" in top.text
    assert_good_files_answer(library, report)


# -- files that change under the reindex ------------------------------------------------------------


def test_a_file_changed_while_it_is_indexed_is_stored_as_it_was_read(library, docs, monkeypatch):
    """The bytes that are hashed are the bytes that are parsed: a write in between cannot leave passages
    under another content's key, and the next reindex picks the new version up."""
    write(docs / "gemensamt" / "flyktig.md", "# Flyktig\n\nGammal lydelse om nycklar.\n")
    import index.indexer

    real_read = index.indexer.read_bytes

    def read_then_overwrite(path, limit, root=None):
        data = real_read(path, limit, root)
        if path.name == "flyktig.md":
            write(path, "# Flyktig\n\nNy lydelse om nycklar.\n")
            os.utime(path, (time.time() + 5, time.time() + 5))
        return data

    monkeypatch.setattr(index.indexer, "read_bytes", read_then_overwrite)
    library.build([docs])
    monkeypatch.undo()
    texts = [s.text for s in library.ask("lydelse om nycklar", k=10).sources]
    assert any("Gammal lydelse" in t for t in texts) and not any("Ny lydelse" in t for t in texts)
    assert library.build([docs]).changed == ["gemensamt/flyktig.md"]
    texts = [s.text for s in library.ask("lydelse om nycklar", k=10).sources]
    assert any("Ny lydelse" in t for t in texts) and not any("Gammal lydelse" in t for t in texts)


def test_a_file_that_vanishes_before_it_is_hashed_or_even_stat(library, docs, monkeypatch):
    write(docs / "gemensamt" / "a.md", "# A\n\nFörsta rutinen.\n")
    write(docs / "gemensamt" / "b.md", "# B\n\nAndra rutinen.\n")
    import index.indexer

    real_read, real_scan = index.indexer.read_bytes, index.indexer.scan

    def delete_then_hash(path, limit, root=None):
        if path.name == "a.md":
            os.remove(path)
        return real_read(path, limit, root)

    def scan_then_delete(roots):
        found = real_scan(roots)
        os.remove(docs / "gemensamt" / "b.md")
        return found

    monkeypatch.setattr(index.indexer, "read_bytes", delete_then_hash)
    monkeypatch.setattr(index.indexer, "scan", scan_then_delete)
    report = library.build([docs])
    assert failed(report) == {"gemensamt/a.md": "filen försvann under läsningen",
                              "gemensamt/b.md": "filen försvann under läsningen"}
    assert_good_files_answer(library, report)


# -- links, special files and permissions -----------------------------------------------------------


def test_symlinks_out_are_refused_and_links_inside_are_followed(library, docs, tmp_path):
    outside = tmp_path / "elsewhere"
    write(outside / "hemligt.md", "# Hemligt\n\nLösenordet till kassaskåpet är fisk.\n")
    write(outside / "mapp" / "mer.md", "# Mer hemligt\n\nKoden till förrådet är hummer.\n")
    os.symlink(outside / "hemligt.md", docs / "gemensamt" / "lank.md")  # a file out
    os.symlink(outside / "mapp", docs / "gemensamt" / "lankmapp")  # a folder out: never descended
    os.symlink(docs / "gemensamt" / "flextid.md", docs / "barn-och-familj" / "flex.md")  # a file inside
    os.symlink(docs / "gemensamt", docs / "barn-och-familj" / "gemensamma")  # a folder inside
    os.symlink(docs / "gemensamt" / "borta.md", docs / "gemensamt" / "trasig.md")  # to nothing
    os.symlink(docs / "gemensamt" / "slinga2.md", docs / "gemensamt" / "slinga1.md")
    os.symlink(docs / "gemensamt" / "slinga1.md", docs / "gemensamt" / "slinga2.md")
    report = library.build([docs])
    reasons = failed(report)
    assert set(reasons) == {"gemensamt/lank.md", "gemensamt/lankmapp", "gemensamt/trasig.md",
                            "gemensamt/slinga1.md", "gemensamt/slinga2.md"}
    assert "utanför" in reasons["gemensamt/lank.md"] and "utanför" in reasons["gemensamt/lankmapp"]
    assert "inte finns" in reasons["gemensamt/trasig.md"] and "slinga" in reasons["gemensamt/slinga1.md"]
    assert not any("mer.md" in p or "gemensamma/" in p for p in indexed(report))
    assert "barn-och-familj/flex.md" in report.added
    assert {"gemensamt/flextid.md", "barn-och-familj/flex.md"} <= cited(library, "flextid kärntid")
    everything = cited(library, "Vad är lösenordet till kassaskåpet och koden till förrådet?")
    assert not any("hemligt" in d or "mer" in d or "lank" in d for d in everything)
    assert_good_files_answer(library, report)


def test_a_named_pipe_does_not_hang_the_reindex(library, docs):
    os.mkfifo(docs / "gemensamt" / "pipe.md")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(library.build([docs])), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "the reindex blocked opening a FIFO"
    assert failed(result[0]) == {"gemensamt/pipe.md": "inte en vanlig fil (t.ex. en namngiven pipe eller en enhet)"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions, so chmod 000 "
                                              "cannot make one unreadable here")
def test_an_unreadable_file_is_named(library, docs):
    path = write(docs / "gemensamt" / "last.md", "# Låst\n\nIngen får läsa detta.\n")
    path.chmod(0)
    try:
        report = library.build([docs])
    finally:
        path.chmod(0o644)
    assert failed(report) == {"gemensamt/last.md": "filen kan inte läsas (behörighet saknas)"}
    assert_good_files_answer(library, report)


def test_a_permission_error_is_named_like_the_readers_name_it(library, docs, monkeypatch):
    """What chmod 000 does for a non-root user, simulated so that it is tested under root too."""
    write(docs / "gemensamt" / "last.md", "# Låst\n\nIngen får läsa detta.\n")
    import index.indexer

    real_read = index.indexer.read_bytes

    def denied(path, limit, root=None):
        if path.name == "last.md":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path, limit, root)

    monkeypatch.setattr(index.indexer, "read_bytes", denied)
    report = library.build([docs])
    assert failed(report) == {"gemensamt/last.md": "filen kan inte läsas (behörighet saknas)"}
    assert_good_files_answer(library, report)


# -- a folder of typical broken documents -----------------------------------------------------------


def encrypted_pdf(path: Path, source: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(source))
    writer.encrypt("hemligt")
    with open(path, "wb") as handle:
        writer.write(handle)


def scanned_pdf(path: Path, tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "skanning.png"
    Image.new("L", (200, 280), color=230).save(image)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(image), 60, 60, width=380, height=560)
    c.showPage()
    c.save()


def blank_pdf(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.showPage()
    c.save()


def test_typical_broken_documents_are_each_named_with_their_own_reason(library, docs, tmp_path):
    folder = docs / "gemensamt"
    good_pdf = make_pdf(folder / "trygghetslarm.pdf", ROUTINE_PAGES, title="Rutin för trygghetslarm")
    encrypted_pdf(folder / "krypterad.pdf", good_pdf)
    (folder / "trasig.pdf").write_bytes(good_pdf.read_bytes()[:900])
    scanned_pdf(folder / "skannad.pdf", tmp_path)
    blank_pdf(folder / "blank.pdf")
    (folder / "tom.pdf").write_bytes(b"")
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04" + bytes(200))
    report = library.build([docs])
    reasons = failed(report)
    assert set(reasons) == {f"gemensamt/{n}" for n in
                            ("krypterad.pdf", "trasig.pdf", "skannad.pdf", "blank.pdf", "tom.pdf", "budget.xlsx")}
    assert len(set(reasons.values())) == len(reasons), reasons  # each tells its own story
    assert reasons["gemensamt/krypterad.pdf"] == "PDF-filen är krypterad (lösenordsskyddad)"
    assert reasons["gemensamt/trasig.pdf"].startswith("PDF-filen är trasig")
    assert "OCR" in reasons["gemensamt/skannad.pdf"]
    assert reasons["gemensamt/blank.pdf"] == "PDF-filen innehåller ingen text (sidorna är tomma)"
    assert reasons["gemensamt/tom.pdf"] == "filen är tom"
    assert ".xlsx" in reasons["gemensamt/budget.xlsx"]
    assert indexed(report) == GOOD | {"gemensamt/trygghetslarm.pdf"}
    assert_good_files_answer(library, report)
    top = library.ask("Vem ansvarar för att rutinen om trygghetslarm följs upp?").sources[0]
    assert top.document == "gemensamt/trygghetslarm.pdf" and top.page == 3
    assert library.status().failed == 6


def test_the_documents_folders_own_synonym_list_is_no_document_that_failed(tmp_path):
    """An administrator's synonyms.toml beside the routines is read for its synonyms; a reindex does not report it
    as a file it could not read. One in a subfolder is not read, and is still named."""
    from index.scan import scan

    (tmp_path / "rutin.md").write_text("# Rutin\n\nText.", encoding="utf-8")
    (tmp_path / "synonyms.toml").write_text('[synonyms]\n"helg" = ["jour"]\n', encoding="utf-8")
    (tmp_path / "hemtjanst").mkdir()
    (tmp_path / "hemtjanst" / "synonyms.toml").write_text("", encoding="utf-8")
    found = {f.relative: f.problem for f in scan([tmp_path])}
    assert found["rutin.md"] is None
    assert "synonyms.toml" not in found
    assert found["hemtjanst/synonyms.toml"] is not None
