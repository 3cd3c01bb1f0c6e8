"""Readers: real PDF/DOCX/Markdown/text files built in tmp_path, plus clean-up properties."""
from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from index.errors import ReadError
from index.metadata import read_metadata
from index.readers import SUPPORTED_SUFFIXES, read_document
from index.readers.cleanup import (
    at_short_lines,
    is_page_number_line,
    join_hyphenated,
    line_key,
    normalise_whitespace,
    remove_running_lines,
    split_paragraphs,
    unwrap_lines,
    wrap_width,
)

HEADER = "PROJEKTRAPPORT 2018-12-12 2015/051465"

# --- helpers ------------------------------------------------------------------------------


def make_pdf(
    path: Path,
    pages: list[list[tuple[str, str]]],
    *,
    title: str | None = None,
    header: str | None = HEADER,
    footer: str | None = "Sid {n} ({m})",
    heading_font: tuple[str, float] = ("Helvetica-Bold", 14),
    title_font: tuple[str, float] = ("Helvetica-Bold", 20),
) -> Path:
    """Draw pages of ("title"|"h"|"line"|"gap", text) items the way a word processor would:
    11 pt body lines 14 pt apart, extra space between paragraphs and around headings."""
    c = canvas.Canvas(str(path), pagesize=A4)
    if title is not None:
        c.setTitle(title)
    for n, items in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica", 9)
            c.drawString(72, 800, header)
        y = 760.0
        for kind, text in items:
            if kind == "title":
                c.setFont(*title_font)
                c.drawString(72, y, text)
                y -= 30
            elif kind == "h":
                y -= 8
                c.setFont(*heading_font)
                c.drawString(72, y, text)
                y -= 22
            elif kind == "gap":
                y -= 10
            else:
                c.setFont("Helvetica", 11)
                c.drawString(72, y, text)
                y -= 14
        if footer:
            c.setFont("Helvetica", 9)
            c.drawString(280, 40, footer.format(n=n, m=len(pages)))
        c.showPage()
    c.save()
    return path


ROUTINE_PAGES = [
    [
        ("title", "Rutin för trygghetslarm"),
        ("line", "Den här rutinen beskriver hur personalen hanterar larm från"),
        ("line", "brukare i ordinärt boende och vad som gäller för arbets-"),
        ("line", "miljö och säkerhet vid hembesök i hemtjänsten."),
        ("gap", ""),
        ("line", "Rutinen gäller all personal inom hemtjänsten."),
        ("h", "1. Syfte"),
        ("line", "Syftet är att brukaren ska få snabb hjälp dygnet runt och att"),
    ],
    [
        ("line", "personalen vet vad de ska göra när ett larm kommer in."),
        ("h", "2. Så fungerar larmet"),
        ("line", "Larmet går till larmcentralen som kontaktar hemtjänstens"),
        ("line", "nattpatrull. Barn- och ungdomsvården kontaktas vid behov."),
    ],
    [
        ("h", "3. Ansvar"),
        ("line", "Enhetschefen ansvarar för att rutinen är känd av all personal"),
        ("line", "och att den följs upp varje år tillsammans med skydds-"),
        ("line", "ombudet på arbetsplatsen."),
    ],
    [
        ("h", "4. Uppföljning"),
        ("line", "Avvikelser rapporteras i verksamhetssystemet inom ett dygn."),
    ],
]

EXPECTED_ROUTINE = [
    ("Rutin för trygghetslarm", 1, True),
    (
        "Den här rutinen beskriver hur personalen hanterar larm från brukare i ordinärt "
        "boende och vad som gäller för arbetsmiljö och säkerhet vid hembesök i hemtjänsten.",
        1,
        False,
    ),
    ("Rutinen gäller all personal inom hemtjänsten.", 1, False),
    ("1. Syfte", 1, True),
    (
        "Syftet är att brukaren ska få snabb hjälp dygnet runt och att personalen vet vad "
        "de ska göra när ett larm kommer in.",
        1,  # continues on page 2 but starts on page 1
        False,
    ),
    ("2. Så fungerar larmet", 2, True),
    (
        "Larmet går till larmcentralen som kontaktar hemtjänstens nattpatrull. "
        "Barn- och ungdomsvården kontaktas vid behov.",
        2,
        False,
    ),
    ("3. Ansvar", 3, True),
    (
        "Enhetschefen ansvarar för att rutinen är känd av all personal och att den följs "
        "upp varje år tillsammans med skyddsombudet på arbetsplatsen.",
        3,
        False,
    ),
    ("4. Uppföljning", 4, True),
    ("Avvikelser rapporteras i verksamhetssystemet inom ett dygn.", 4, False),
]


def reason_of(path: Path, **kwargs) -> str:
    with pytest.raises(ReadError) as info:
        read_document(path, **kwargs)
    assert info.value.path == str(path)
    return info.value.reason


def make_docx(path: Path, build) -> Path:
    import docx

    document = docx.Document()
    build(document)
    document.save(str(path))
    return path


# --- PDF ------------------------------------------------------------------------------------


def test_pdf_blocks_pages_headings_and_cleanup(tmp_path):
    path = make_pdf(tmp_path / "rutin.pdf", ROUTINE_PAGES, title="Rutin för trygghetslarm")
    doc = read_document(path)

    assert doc.kind == "pdf" and doc.pages == 4
    assert doc.title == "Rutin för trygghetslarm"
    assert [(b.text, b.page, b.heading) for b in doc.blocks] == EXPECTED_ROUTINE
    # Size ranks give levels: 20 pt title above the 14 pt section headings.
    assert [b.level for b in doc.blocks if b.heading] == [1, 2, 2, 2, 2]
    everything = "\n".join(b.text for b in doc.blocks)
    assert "PROJEKTRAPPORT" not in everything and "2015/051465" not in everything
    assert "Sid " not in everything
    assert "arbetsmiljö" in everything and "arbets-" not in everything
    assert "skyddsombudet" in everything
    assert "Barn- och ungdomsvården" in everything


def test_pdf_without_font_differences_uses_layout_heuristics(tmp_path):
    plain = ("Helvetica", 11)
    path = make_pdf(
        tmp_path / "plain.pdf",
        ROUTINE_PAGES,
        title="Microsoft Word - rutin_larm.docx",  # meaningless metadata title
        heading_font=plain,
        title_font=plain,
        footer="- {n} -",
    )
    doc = read_document(path)
    assert doc.title == "Rutin för trygghetslarm"
    assert [(b.text, b.page, b.heading) for b in doc.blocks] == EXPECTED_ROUTINE
    assert [b.level for b in doc.blocks if b.heading] == [1, 2, 2, 2, 2]


def test_pdf_cover_title_repeated_as_running_header_is_kept_on_cover(tmp_path):
    pages = [[("title", "Rutin för hembesök"), ("line", "Gäller från och med den 1 januari 2025.")]]
    for section, body in [
        ("Förberedelser", "Läs genomförandeplanen före besöket."),
        ("Under besöket", "Visa legitimation och berätta varför du kommer."),
        ("Efter besöket", "Dokumentera samma dag i journalen."),
    ]:
        pages.append([("h", section), ("line", body)])
    # Pages 2-4 carry the title as a small running header at the top.
    path = tmp_path / "cover.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, items in enumerate(pages, start=1):
        if n > 1:
            c.setFont("Helvetica", 9)
            c.drawString(72, 800, "Rutin för hembesök")
        y = 760
        for kind, text in items:
            c.setFont("Helvetica-Bold", 20 if kind == "title" else 14 if kind == "h" else 11)
            if kind == "line":
                c.setFont("Helvetica", 11)
            c.drawString(72, y, text)
            y -= 30
        c.showPage()
    c.save()

    doc = read_document(path)
    assert doc.blocks[0].text == "Rutin för hembesök" and doc.blocks[0].heading
    assert doc.blocks[0].page == 1
    assert sum("Rutin för hembesök" in b.text for b in doc.blocks) == 1
    assert doc.title == "Rutin för hembesök"
    assert [b.page for b in doc.blocks if b.heading] == [1, 2, 3, 4]


def _one_page_pdf(path: Path, lines: list[tuple[str, float, str, float]]) -> Path:
    """A one-page PDF without a metadata title, of (font, size, text, y) lines at the left margin."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for font, size, text, y in lines:
        c.setFont(font, size)
        c.drawString(72, y, text)
    c.showPage()
    c.save()
    return path


def test_pdf_without_a_title_of_its_own_is_named_by_its_title_not_its_letterhead(tmp_path):
    """No metadata title, and the first page's first heading is the letterhead ("Socialförvaltningen", in
    bold): the title is the heading that names the routine."""
    path = _one_page_pdf(tmp_path / "hembesok.pdf", [
        ("Helvetica-Bold", 14, "Socialförvaltningen", 800), ("Helvetica-Bold", 20, "Rutin för hembesök", 740),
        ("Helvetica", 11, "Läs genomförandeplanen före besöket och ta med personlarmet.", 700),
        ("Helvetica-Bold", 14, "Efter besöket", 660),
        ("Helvetica", 11, "Dokumentera samma dag i journalen och lämna tillbaka larmet.", 630)])
    doc = read_document(path)
    assert [b.text for b in doc.blocks if b.heading][:2] == ["Socialförvaltningen", "Rutin för hembesök"]
    assert doc.title == "Rutin för hembesök"


def test_a_header_cell_naming_only_the_documents_kind_is_no_title(tmp_path):
    """A routine's header states its kind in a cell of its own, above its name ("RUTIN" over "Hot och våld i
    psykiatrisk vård", as a PDF converted to text keeps it; a saved page's "Rutin" under its heading): taken as the
    title, every routine of the library would be cited as "Rutin". A title opening with its kind is still the title."""
    text = tmp_path / "dokument-19151.txt"
    text.write_text("Psykiatriförvaltningen\nRUTIN\nHot och våld i psykiatrisk vård\nGiltigt fr o m 2025-03-18\n\n"
                    "Syfte\n\nAlla medarbetare ska känna till hur de larmar vid hot.\n", encoding="utf-8")
    assert read_document(text).title == "Hot och våld i psykiatrisk vård"
    page = tmp_path / "sida-4.txt"
    page.write_text("Lex Sarah\n\nRiktlinje\n\nLex Sarah är ett samlingsnamn för de bestämmelser som gäller rapportering av "
                    "missförhållanden.\n", encoding="utf-8")
    assert read_document(page).title == "Lex Sarah"
    pdf = _one_page_pdf(tmp_path / "dokument-7.pdf", [
        ("Helvetica-Bold", 14, "RUTIN", 800), ("Helvetica-Bold", 20, "Hembesök och personlarm", 740),
        ("Helvetica", 11, "Bär alltid personlarmet vid hembesök hos nya klienter.", 700)])
    assert read_document(pdf).title == "Hembesök och personlarm"
    named = tmp_path / "dokument-8.txt"
    named.write_text("Rutin för hembesök\n\nBär alltid personlarmet vid hembesök hos nya klienter.\n", encoding="utf-8")
    assert read_document(named).title == "Rutin för hembesök"


def test_a_header_table_read_a_cell_a_line_names_the_routine_by_its_name_not_its_labels(tmp_path):
    """A Word header table converted to text puts each cell on a line of its own: "Dokumenttyp" over "Rutin",
    "Dokumentansvarig" over "Enhetschef Vuxenenheten". The first label had been the title; the owner's value above
    the title is no unit of the routine's ("… – Enhetschef Vuxenenheten"); the header's fields are still read; and
    under "Dokumentnamn" stands the routine's name."""
    table = tmp_path / "dok-1.txt"
    table.write_text("STORVIKS KOMMUN\nSocialförvaltningen\nDokumenttyp\nRutin\nBeslutad av\nSocialchef\nGiltig till\n"
                     "2026-12-31\nDokumentansvarig\nEnhetschef Vuxenenheten\n\nHembesök och personlarm\n\n"
                     "Du ska alltid bära personlarm vid hembesök hos nya klienter.\n", encoding="utf-8")
    doc = read_document(table)
    assert doc.title == "Hembesök och personlarm"
    fields = read_metadata(doc, table)
    assert (fields["valid_until"], fields["owner"], fields["decided_by"]) == (
        "2026-12-31", "Enhetschef Vuxenenheten", "Socialchef")
    named = tmp_path / "dok-2.txt"
    named.write_text("Dokumentnamn\nLarm och nycklar\nDokumenttyp\nRutin\nFastställd av\nSocialchef\n\n"
                     "Nycklarna kvitteras ut i receptionen.\n", encoding="utf-8")
    assert read_document(named).title == "Larm och nycklar"


def _line_with_marks(c, y: float, parts: list[tuple[str, bool]]) -> None:
    """One line of 11 pt text; parts marked True are set as a report sets a footnote mark: 6 pt, 4 pt up."""
    x = 72.0
    for text, mark in parts:
        font, size, rise = ("Helvetica", 6, 4) if mark else ("Helvetica", 11, 0)
        c.setFont(font, size)
        c.drawString(x, y + rise, text)
        x += c.stringWidth(text, font, size)


def test_pdf_footnote_marks_neither_break_a_paragraph_nor_stand_in_it(tmp_path):
    """pypdf starts a new line wherever the baseline moves, so a raised mark stood alone on a line or opened the
    paragraph's rest ("3 Personalomsättningen …"); an exponent ("100 m²") is no mark."""
    path = tmp_path / "rapport.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 780, "Arbetsmiljön för socialsekreterare")
    _line_with_marks(c, 740, [("Nästan hälften uppger hög arbetsbelastning", False), ("12", True),
                              (" och många överväger", False)])
    _line_with_marks(c, 726, [("att sluta inom ett år.", False), ("3", True), (" Omsättningen är störst i", False)])
    _line_with_marks(c, 712, [("barn- och ungdomsvården. Besöksrummet är 12 m", False), ("2", True), (" stort.", False)])
    _line_with_marks(c, 698, [("Många nya handläggare får ingen introduktion", False)])
    _line_with_marks(c, 684, [("alls under det första halvåret.", False)])
    c.setFont("Helvetica", 8)
    c.drawString(72, 100, "12 Enkät till medlemmarna 2023.")
    c.showPage()
    c.save()
    paragraph = next(b.text for b in read_document(path).blocks if b.text.startswith("Nästan"))
    assert paragraph == ("Nästan hälften uppger hög arbetsbelastning och många överväger att sluta inom ett år. "
                         "Omsättningen är störst i barn- och ungdomsvården. Besöksrummet är 12 m² stort. "
                         "Många nya handläggare får ingen introduktion alls under det första halvåret.")


def test_a_smaller_figure_a_little_higher_is_no_footnote_mark():
    """A table's smaller figure centred in its row sits a point above the label's baseline; a mark is raised more."""
    from index.readers.pdf import _without_note_marks

    row = [("Antal handläggare per enhet: ", 640.0, 11.0, False), ("17", 641.5, 8.0, False), (" st\n", 640.0, 11.0, False)]
    assert _without_note_marks(row) == row
    marked = [("arbetsbelastning\n", 740.0, 11.0, False), ("12\n", 744.0, 6.0, False), (" och många\n", 740.0, 11.0, False)]
    assert "".join(s[0] for s in _without_note_marks(marked)) == "arbetsbelastning och många\n"


def test_pdf_encrypted_with_password_is_refused(tmp_path):
    source = make_pdf(tmp_path / "src.pdf", ROUTINE_PAGES)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(source))
    writer.encrypt("secret")
    path = tmp_path / "krypterad.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    assert reason_of(path) == "PDF-filen är krypterad (lösenordsskyddad)"


def test_pdf_encrypted_with_empty_user_password_is_read(tmp_path):
    source = make_pdf(tmp_path / "src.pdf", ROUTINE_PAGES, title="Rutin för trygghetslarm")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(source))
    writer.encrypt(user_password="", owner_password="ägare")
    path = tmp_path / "skyddad.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    doc = read_document(path)
    assert [(b.text, b.page, b.heading) for b in doc.blocks] == EXPECTED_ROUTINE


def test_pdf_scanned_without_text_layer_is_refused(tmp_path):
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("L", (200, 280), color=230).save(image)
    path = tmp_path / "skannad.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.rect(50, 50, 400, 600, fill=0)
        c.drawImage(str(image), 60, 60, width=380, height=560)
        c.showPage()
    c.save()
    assert reason_of(path) == "PDF-filen har inget textlager (skannad?) – kör OCR först"


def test_pdf_random_bytes_are_refused_as_broken(tmp_path):
    path = tmp_path / "skräp.pdf"
    path.write_bytes(random.Random(1).randbytes(4000))
    assert reason_of(path).startswith("PDF-filen är trasig eller inte en PDF (")


def test_pdf_truncated_is_refused_as_broken(tmp_path):
    data = make_pdf(tmp_path / "hel.pdf", ROUTINE_PAGES).read_bytes()
    path = tmp_path / "trunkerad.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert reason_of(path).startswith("PDF-filen är trasig eller inte en PDF (")


def test_pdf_page_limit(tmp_path):
    path = make_pdf(tmp_path / "lång.pdf", ROUTINE_PAGES)
    assert reason_of(path, max_pages=3) == "PDF-filen anger 4 sidor, gränsen är 3"


def test_pdf_library_failure_becomes_read_error(tmp_path, monkeypatch):
    path = make_pdf(tmp_path / "rutin.pdf", ROUTINE_PAGES)

    def boom(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(pypdf, "PdfReader", boom)
    assert "RecursionError" in reason_of(path)


def test_layout_without_style_or_position_data():
    """The fallback when pypdf's visitor data does not match its text: text shape only."""
    from index.readers.layout import Line, lines_to_blocks

    texts = [
        (1, "Rutin för matdistribution"),
        (1, "Maten levereras till brukaren tre gånger i veckan av kommunens"),
        (1, "egen transport. Kylvaror ställs i kylen."),
        (1, "Brukaren kvitterar leveransen."),
        (1, "ANSVAR"),
        (1, "Enhetschefen ansvarar för att leveranserna följs upp och att avvikel-"),
        (2, "ser rapporteras."),
        (2, "2.1 Avvikelser"),
        (2, "Avvikelser rapporteras samma dag i verksamhetssystemet."),
    ]
    blocks = lines_to_blocks([Line(t, p) for p, t in texts], styled=False)
    assert [(b.text, b.page, b.heading, b.level) for b in blocks] == [
        ("Rutin för matdistribution", 1, True, 1),
        (
            "Maten levereras till brukaren tre gånger i veckan av kommunens egen transport. "
            "Kylvaror ställs i kylen.",
            1, False, 0,
        ),
        ("Brukaren kvitterar leveransen.", 1, False, 0),
        ("ANSVAR", 1, True, 2),
        (
            "Enhetschefen ansvarar för att leveranserna följs upp och att avvikelser rapporteras.",
            1, False, 0,
        ),
        ("2.1 Avvikelser", 2, True, 3),
        ("Avvikelser rapporteras samma dag i verksamhetssystemet.", 2, False, 0),
    ]


# --- DOCX -----------------------------------------------------------------------------------


def test_docx_headings_paragraphs_and_table_in_order(tmp_path):
    from docx.enum.style import WD_STYLE_TYPE

    def build(document):
        document.core_properties.title = ""
        document.add_heading("Rutin för nyckelhantering", level=1)
        document.add_paragraph("Nycklar till brukarens bostad förvaras i låst nyckelskåp.")
        document.add_heading("Ansvar", level=2)
        table = document.add_table(rows=3, cols=2)
        for row, (a, b) in zip(table.rows, [("Roll", "Ansvar"), ("Enhetschef", "Kvittens"), ("Personal", "")]):
            row.cells[0].text, row.cells[1].text = a, b
        swedish = document.styles.add_style("Rubrik 2", WD_STYLE_TYPE.PARAGRAPH)
        document.add_paragraph("Kvittering", style=swedish)
        bold = document.add_paragraph().add_run("Vid förlust av nyckel")
        bold.bold = True
        document.add_paragraph("Kontakta enhetschefen\u00a0omedelbart.")
        document.add_paragraph("spärra kortet", style="List Bullet")

    doc = read_document(make_docx(tmp_path / "nycklar.docx", build))
    assert doc.kind == "docx" and doc.pages is None
    assert [(b.text, b.heading, b.level) for b in doc.blocks] == [
        ("Rutin för nyckelhantering", True, 1),
        ("Nycklar till brukarens bostad förvaras i låst nyckelskåp.", False, 0),
        ("Ansvar", True, 2),
        ("Roll | Ansvar", False, 0),
        ("Enhetschef | Kvittens", False, 0),
        ("Personal", False, 0),
        ("Kvittering", True, 2),
        ("Vid förlust av nyckel", True, 3),  # hand-bolded line below the styled levels
        ("Kontakta enhetschefen omedelbart.", False, 0),
        ("• spärra kortet", False, 0),
    ]
    assert all(b.page is None for b in doc.blocks)
    assert doc.title == "Rutin för nyckelhantering"


def test_a_docx_table_keeps_an_empty_cell_between_others_so_values_line_up_with_their_labels(tmp_path):
    """ "Utfärdad | Reviderad | Revideras senast" over "2015-01-02 | (empty) | 2016-12-31": read without the
    empty cell, the review date would stand under "Reviderad"."""

    def build(document):
        document.core_properties.title = ""
        table = document.add_table(rows=3, cols=4)
        rows = [("Utfärdad", "Reviderad", "Revideras senast", "Upphörd"), ("2015-01-02", "", "2016-12-31", ""),
                ("", "", "", "")]
        for row, cells in zip(table.rows, rows):
            for cell, text in zip(row.cells, cells):
                cell.text = text
        document.add_paragraph("Rutinen gäller hela förvaltningen.")

    doc = read_document(make_docx(tmp_path / "delegation.docx", build))
    assert [b.text for b in doc.blocks] == ["Utfärdad | Reviderad | Revideras senast | Upphörd",
                                           "2015-01-02 |  | 2016-12-31", "Rutinen gäller hela förvaltningen."]


def test_docx_title_from_core_properties(tmp_path):
    def build(document):
        document.core_properties.title = "Rutin för delegering"
        document.add_heading("Bakgrund", level=1)
        document.add_paragraph("Text.")

    assert read_document(make_docx(tmp_path / "d.docx", build)).title == "Rutin för delegering"


def test_docx_title_style(tmp_path):
    def build(document):
        document.core_properties.title = ""
        document.add_paragraph("Inledande rad.")
        document.add_heading("Rutin för läkemedel", level=0)  # the Title style
        document.add_heading("Syfte", level=1)

    doc = read_document(make_docx(tmp_path / "t.docx", build))
    assert doc.title == "Rutin för läkemedel"
    assert [(b.text, b.heading, b.level) for b in doc.blocks][1:] == [
        ("Rutin för läkemedel", True, 1),
        ("Syfte", True, 1),
    ]


def test_docx_broken_files(tmp_path):
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"PK\x03\x04 not really a zip file at all")
    assert reason_of(junk).startswith("Word-filen är trasig (")

    other_zip = tmp_path / "other.docx"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("hello.txt", "hej")
    assert reason_of(other_zip).startswith("Word-filen är trasig (")

    ole = tmp_path / "gammal.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert "lösenordsskyddad" in reason_of(ole)


def test_docx_library_failure_becomes_read_error(tmp_path, monkeypatch):
    import index.readers.docx as docx_reader

    path = make_docx(tmp_path / "d.docx", lambda d: d.add_paragraph("Text."))

    def boom(*args, **kwargs):
        raise ValueError("unexpected")

    monkeypatch.setattr(docx_reader, "Paragraph", boom)
    assert reason_of(path) == "oväntat fel när filen lästes (ValueError)"


# --- Markdown and text ----------------------------------------------------------------------


def test_markdown_front_matter_headings_and_light_markup(tmp_path):
    path = tmp_path / "rutin.md"
    path.write_text(
        "---\n"
        "title: Rutin för akut placering\n"
        "giltig_till: 2026-06-30\n"
        "ansvarig: Enhetschef\n"
        "---\n"
        "# Akut placering\n\n"
        "Vid **akut** placering ska _socialjouren_ kontaktas, se [jourlistan](https://x.se/j).\n"
        "Texten fortsätter på nästa rad.\n\n"
        "## Gör så här\n\n"
        "- Ring jouren\n"
        "- Dokumentera i `Treserva`\n\n"
        "| Roll | Telefon |\n|---|---|\n| Jour | 112 |\n\n"
        "<!-- intern kommentar -->\n"
        "Avslutning\n===========\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.kind == "markdown"
    assert doc.title == "Rutin för akut placering"
    assert str(doc.front_matter["giltig_till"]) == "2026-06-30"
    assert doc.front_matter["ansvarig"] == "Enhetschef"
    assert [(b.text, b.heading, b.level) for b in doc.blocks] == [
        ("Akut placering", True, 1),
        (
            "Vid akut placering ska socialjouren kontaktas, se jourlistan. "
            "Texten fortsätter på nästa rad.",
            False,
            0,
        ),
        ("Gör så här", True, 2),
        ("- Ring jouren\n- Dokumentera i Treserva", False, 0),
        ("Roll | Telefon", False, 0),
        ("Jour | 112", False, 0),
        ("Avslutning", True, 1),
    ]


def test_a_line_of_its_own_shaped_like_a_heading_heads_the_text_below_it(tmp_path):
    """A web page copied to Markdown or a converted routine names its sections on unmarked lines ("Åtgärder vid
    uttalat bombhot"): quoted, such a line told nothing, and the steps below it were not read as its. Not the
    letterhead above the text, a phone line, a table's row, a rule or a page's own question."""
    page = ("Socialförvaltningen\n\n# Våld och hot\n\nHär beskrivs hur man agerar vid bombhot.\n\n"
            "Åtgärder vid uttalat bombhot\n\n1. Larma 112\n2. Återgång till arbetsplatsen sker efter samråd med polisen\n\n"
            "Telefon 044-200 400\n\nRing larmcentralen vid behov.\n\n"
            "Du ska alltid larma\n\nLarma först, rapportera sedan.\n\n"
            "Vad gör jag vid intrång?\n\nBe personen att lämna boendet.\n\n"
            "Åtgärd | Ansvarig\n\nSe tabellen.\n")
    for name in ("hot.md", "hot.txt"):
        path = tmp_path / name
        path.write_text(page, encoding="utf-8")
        headings = [b.text for b in read_document(path).blocks if b.heading]
        assert "Åtgärder vid uttalat bombhot" in headings, name
        assert [b.text for b in read_document(path).blocks if b.within] == ["Åtgärder vid uttalat bombhot"], name
        for line in ("Socialförvaltningen", "Telefon 044-200 400", "Du ska alltid larma", "Vad gör jag vid intrång?",
                     "Åtgärd | Ansvarig"):
            assert line not in headings, (name, line)


def test_a_letters_sign_off_is_no_heading(tmp_path):
    """A question-and-answer page prints a reader's letter signed off on a line of its own ("Vänliga hälsningar L,
    skolsköterska i Skåne"): read as a heading, it named the answer's section and parted the letter from its
    "Svar:", so the letter was quoted as the answer."""
    page = ("# Drogtester på elever\n\nFråga:\n\nJag undrar om jag som skolsköterska får ta drogtester? Skolan vill "
            "börja nu.\n\nVänliga hälsningar L, skolsköterska i Skåne\n\nSvar:\n\nNågon läkarordination behövs inte.\n\n"
            "Mvh Anna\n\nSamtycke\n\nEleven ska samtycka.\n\nHälsningar och bemötande\n\nHälsa alltid på eleven.\n")
    for name in ("fraga.md", "fraga.txt"):
        assert _headings(tmp_path / name, page) == ["Drogtester på elever", "Samtycke", "Hälsningar och bemötande"], name


def test_what_a_lead_in_announces_is_no_heading(tmp_path):
    """A web page sets an address under the sentence announcing it, a line each ("… skickar du den till:" /
    "Socialsekreterare" / "Box 104 09, 434 24 Kungsbacka"): read as a heading, the name made the address a section
    of its own, and the lead-in was quoted without it. A short line under a sentence that ends is still a heading."""
    page = ("# Boendestöd\n\nDu kan ansöka om boendestöd.\n\nOm du väljer att ansöka skriftligt skickar du den till:\n\n"
            "Socialsekreterare\n\nBox 104 09, 434 24 Kungsbacka\n\nDu får ett skriftligt beslut.\n\n"
            "Avgifter\n\nBoendestöd är avgiftsfritt.\n\nSenast publicerad:\n\nKontakt\n\nRing oss på vardagar.\n")
    for name in ("boende.md", "boende.txt"):
        assert _headings(tmp_path / name, page) == ["Boendestöd", "Avgifter", "Kontakt"], name


def _headings(path, text: str) -> list[str]:
    path.write_text(text, encoding="utf-8")
    return [b.text for b in read_document(path).blocks if b.heading]


def test_a_line_over_a_price_is_a_tables_row_not_a_heading(tmp_path):
    """A price list copied from a web page reads a cell a line: "Hemsjukvård" over "300 kr/månad" names what the price
    is of, and read as a heading it left the price a bare line no one could quote. A line shaped like a heading over
    a sentence still heads it."""
    page = ("# Avgifter och taxor\n\nHär finns kommunens avgifter.\n\nHemsjukvård\n\n300 kr/månad\n\n"
            "Trygghetslarm\n\n217 kronor per månad\n\nOm avgiften\n\nAvgiften räknas ut efter din inkomst.\n")
    for name in ("avgifter.md", "avgifter.txt"):
        headings = _headings(tmp_path / name, page)
        assert "Om avgiften" in headings and "Hemsjukvård" not in headings and "Trygghetslarm" not in headings, name


def test_markdown_hard_line_breaks_keep_an_address_a_line_each(tmp_path):
    """pandoc writes Word's line breaks as a backslash at the line's end, many editors as two spaces and web pages as
    "<br>": each ends a line of the block (a header's fields are read a line each), and no backslash is left in the
    text. Wrapped lines still run on, and "<br>" in a table's cell is a space."""
    path = tmp_path / "boendestod.md"
    path.write_text("Skriftligt skickar du ansökan till:\\\nSocialsekreterare\\\nNämnden för funktionsstöd  \n"
                    "Box 104 09, 434 24 Kungsbacka\n\n"
                    "En rad som bryts\nfortsätter här. Ett snedstreck i texten \\\\\nstår kvar.\n\n"
                    "Telefontider:<br>Måndag–fredag 8.30–16.00<br/>\nDag före röd dag 8.30–15.00\n\n"
                    "| Insats | Avgift |\n|---|---|\n| Larm<br>dygnet runt | 251 kr |\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "Skriftligt skickar du ansökan till:\nSocialsekreterare\nNämnden för funktionsstöd\nBox 104 09, 434 24 Kungsbacka",
        "En rad som bryts fortsätter här. Ett snedstreck i texten \\\\ står kvar.",
        "Telefontider:\nMåndag–fredag 8.30–16.00\nDag före röd dag 8.30–15.00",
        "Insats | Avgift",
        "Larm dygnet runt | 251 kr",
    ]


def test_markdown_title_from_first_heading_and_bad_yaml(tmp_path):
    ok = tmp_path / "a.markdown"
    ok.write_text("Inledning utan rubrik.\n\n# Huvudrubrik\n\nText.\n", encoding="utf-8")
    assert read_document(ok).title == "Huvudrubrik"

    bad = tmp_path / "b.md"
    bad.write_text("---\ntitle: [oavslutad\n---\n# Rubrik\n", encoding="utf-8")
    assert reason_of(bad).startswith("front matter (YAML-huvudet) är felaktigt")


def test_text_cp1252_title_and_headings(tmp_path):
    path = tmp_path / "rutin.txt"
    text = (
        "Rutin för örtagårdens städning\r\n\r\n"
        "Städningen görs av personalen på äldreboendet varje vecka\r\n"
        "enligt schemat i köket.\r\n\r\n"
        "ANSVAR\r\n"
        "Enhetschefen ansvarar för schemat.\r\n\r\n"
        "2. Uppföljning\r\n\r\n"
        "Följs upp årligen.\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    doc = read_document(path)
    assert doc.kind == "text"
    assert doc.title == "Rutin för örtagårdens städning"
    assert [(b.text, b.heading, b.level) for b in doc.blocks] == [
        ("Rutin för örtagårdens städning", True, 1),
        ("Städningen görs av personalen på äldreboendet varje vecka enligt schemat i köket.", False, 0),
        ("ANSVAR", True, 2),
        ("Enhetschefen ansvarar för schemat.", False, 0),
        ("2. Uppföljning", True, 2),
        ("Följs upp årligen.", False, 0),
    ]


def test_text_utf8_bom_and_utf16(tmp_path):
    a = tmp_path / "a.txt"
    a.write_bytes("\ufeffÅtgärder vid brand\n\nUtrym först, larma sedan.\n".encode("utf-8"))
    assert read_document(a).title == "Åtgärder vid brand"
    b = tmp_path / "b.txt"
    b.write_bytes("Åtgärder vid brand\n\nUtrym först.\n".encode("utf-16"))
    assert [x.text for x in read_document(b).blocks] == ["Åtgärder vid brand", "Utrym först."]


def test_text_single_line_is_body_and_title(tmp_path):
    path = tmp_path / "kort.txt"
    path.write_text("Ring 112 vid brand\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Ring 112 vid brand"
    assert [(b.text, b.heading) for b in doc.blocks] == [("Ring 112 vid brand", False)]


def test_text_converted_from_pdf_names_the_routine_not_its_letterhead(tmp_path):
    """A routine converted from PDF to text opens with the first page's letterhead: the municipality, its
    administration and unit, an address, header fields. The title is the routine's own line, with the unit the
    letterhead names; the letterhead names no section; "6 Trygghetslarm" (Word's numbering, no full stop) is a
    heading; "– 1 –" is a page's foot."""
    path = tmp_path / "nycklar-och-trygghetslarm.txt"
    page = "Storviks kommun   Hemtjänst Hamnen   Rutin   Sida {} (2)"
    path.write_text(
        f"{page.format(1)}\n\nSTORVIKS KOMMUN\nSocialförvaltningen – Hemtjänst Hamnen\nHamngatan 4, Storvik\n\n"
        "Rutin för nyckelhantering och trygghetslarm\n\nDokumenttyp: Rutin\nFastställd av: Enhetschef Jonas Berglund\n"
        "Giltig till: 2026-10-07\n\n1 Syfte\nKunderna ska kunna lita på att deras nycklar hanteras säkert.\n\n"
        f"– 1 –\n\n{page.format(2)}\n\n6 Trygghetslarm\nLarmet tas emot av Trygghetscentralen.\n\n– 2 –\n\n"
        f"{page.format(3)}\n",
        encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Rutin för nyckelhantering och trygghetslarm – Hemtjänst Hamnen"
    headings = [b.text for b in doc.blocks if b.heading]
    assert headings == [doc.title, "1 Syfte", "6 Trygghetslarm"]
    text = "\n".join(b.text for b in doc.blocks)
    assert "STORVIKS KOMMUN" in text and "Fastställd av: Enhetschef Jonas Berglund" in text  # kept, as text
    assert "– 1 –" not in text and "Sida" not in text


def test_text_title_is_no_header_field_and_names_its_unit_once(tmp_path):
    """ "Upprättad 2023-05-10" is a field, not the title; a Markdown heading left in a text file is one. A
    title that names its unit already ("… i daglig verksamhet") gets no second name."""
    fields = tmp_path / "gallring-och-arkivering.txt"
    fields.write_text("Upprättad 2023-05-10\nAnsvarig: Registrator IFO\n\n# Gallring och arkivering av personakter\n\n"
                      "1. SYFTE\n\nRutinen beskriver hur akter gallras.\n", encoding="utf-8")
    doc = read_document(fields)
    assert doc.title == "Gallring och arkivering av personakter"
    assert [b.text for b in doc.blocks if b.heading] == [doc.title, "1. SYFTE"]
    unit = tmp_path / "dokumentation-och-sekretess.txt"
    unit.write_text("Daglig verksamhet enligt LSS\n\nDokumentation och sekretess i daglig verksamhet\n\n"
                    "Dokumentansvarig: Verksamhetsutvecklare LSS\n\n1. Syfte\n\nAllt dokumenteras i journalen.\n",
                    encoding="utf-8")
    assert read_document(unit).title == "Dokumentation och sekretess i daglig verksamhet"
    shaped = tmp_path / "brandskydd.txt"  # a title shaped like a field, under the letterhead
    shaped.write_text("STORVIKS KOMMUN\nSärskilt boende Granhöjden, Granvägen 12\n\nRUTIN: BRANDSKYDD OCH UTRYMNING\n\n"
                      "1. BAKGRUND\n\nGranhöjden har 44 lägenheter.\n", encoding="utf-8")
    doc = read_document(shaped)
    assert doc.title == "RUTIN: BRANDSKYDD OCH UTRYMNING – Särskilt boende Granhöjden"
    assert [b.text for b in doc.blocks if b.heading] == [doc.title, "1. BAKGRUND"]


def test_a_saved_web_page_loses_its_site_chrome_and_keeps_its_text(tmp_path):
    """A municipality's page saved as text or Markdown keeps its skip link, menu and search buttons, share and print
    links and the feedback form under it: none of them names the routine's unit or is text to quote. "Meny" among
    a routine's own headings, and a sentence that speaks of a page's menu, stay."""
    page = tmp_path / "hot-och-valdssituationer.txt"
    page.write_text("Gå direkt till sidans innehåll\n\nLänk till startsidan\n\nMENY\n\nSök\n\nHot- och våldssituationer\n\n"
                    "Alla hot- och våldssituationer ska tas på allvar och rapporteras till chefen.\n\n"
                    "Uppdaterad:\n\nDela sidan:\n\nHjälpte informationen på denna sida dig?\n\n"
                    "  • Meddela fel på sidan\n\n    Har du någon annan fråga till kommunen skickar du in den här.\n\n"
                    "    * Obligatoriskt om du vill få svar\n\n    Det du skickar till kommunen blir allmän handling.\n\n"
                    "Skriv ut\nSenast uppdaterad: 27 mars 2024 09:38\nSidansvarig: Amanda Regebro Hult\n", encoding="utf-8")
    doc = read_document(page)
    assert doc.title == "Hot- och våldssituationer"
    assert [b.text for b in doc.blocks] == [
        "Hot- och våldssituationer", "Alla hot- och våldssituationer ska tas på allvar och rapporteras till chefen.",
        "Uppdaterad:", "Senast uppdaterad: 27 mars 2024 09:38\nSidansvarig: Amanda Regebro Hult"]
    markdown = tmp_path / "social-jour.md"
    markdown.write_text("[Gå direkt till sidans innehåll](#main)\n\n# Social jour\n\nRing 112 och begär socialjouren.\n\n"
                        "[Upp igen](#top)\n\n- [Skriv ut sidan](javascript:print())\n", encoding="utf-8")
    doc = read_document(markdown)
    assert doc.title == "Social jour" and "Skriv ut" not in " ".join(b.text for b in doc.blocks)
    assert "Upp igen" not in " ".join(b.text for b in doc.blocks)  # the link back to the top, under each section
    kitchen = tmp_path / "kost.txt"
    kitchen.write_text("Rutin för kost på Granhöjden\n\nMåltiderna lagas i köket varje dag av kockarna.\n\nMeny\n\n"
                       "Menyn sätts fyra veckor i förväg av kostombudet och sätts upp i matsalen.\n\n"
                       "Sök\n\nSök upp kostombudet om en boende behöver specialkost.\n", encoding="utf-8")
    texts = [b.text for b in read_document(kitchen).blocks]
    assert "Meny" in texts and "Sök" in texts


def test_a_saved_web_page_loses_its_browser_notices_translation_widget_and_breadcrumbs(tmp_path):
    """Above a page's text sit the cookie question, a JavaScript notice, the translation widget (in English), where
    the page sits in the site ("Du är här: Hem / …") and the site's contact box: each had been read as the title
    ("Translate", "Start / Omsorg och hjälp / Missbruk och beroende", "Till start") or as the unit in it
    ("Trygghetslarm – Fredag 8-12", "… – Osby logotyp i mobilmeny", "… – Publicerad 8 december 2023"), or had made the
    title the file's name; a photo's credit and the subscription link were read as text. A routine's own sentence on
    cookies or a path stays."""
    def title(name: str, text: str) -> str:
        (tmp_path / name).write_text(text, encoding="utf-8")
        return read_document(tmp_path / name).title

    assert title("socialjour.txt", "Vi vill använda kakor för att förbättra webbplatsen. Godkänner du det?\n\n"
                 "Socialjour\n\nSocialjouren har öppet kvällar och helger för akuta ärenden.\n") == "Socialjour"
    assert title("ansoka-bistand.txt", "Din webbläsare stödjer inte JavaScript. Aktivera JavaScript för att sidan ska "
                 "fungera.\n\nAtt ansöka om bistånd\n\nDu ringer mottagningen för att boka ett första besök.\n"
                 ) == "Att ansöka om bistånd"
    assert title("vikarie.txt", "Translate\n\nChoose language in the menu to the right. Use Google to translate the web "
                 "site.\n\nWe take no responsibility for the accuracy of the translation.\n\nGoogle Translate Logotype\n"
                 "Här är du: Startsidan » Kommunen » Information till vikarier\nHuvudmeny\n\nInformation till vikarier\n\n"
                 "Välkommen som vikarie hos oss, läs detta innan du börjar.\n") == "Information till vikarier"
    assert title("formaner.txt", "Here you can choose in which language you would like to read our website. We are "
                 "using Google Translate when translating content on this website.\n\nclose\n\nPersonalvårdsförmåner\n\n"
                 "Friskvårdsbidraget är 2 000 kronor per år för alla medarbetare.\n") == "Personalvårdsförmåner"
    assert title("arbetsledare.txt", "JAG start > JAG Personlig assistans > Personlig arbetsledare\n\nPersonlig "
                 "arbetsledare i assistansen\n\nSom arbetsledare samarbetar du med assistansanvändaren.\n"
                 ) == "Personlig arbetsledare i assistansen"
    assert title("missbruk.txt", "Start / Omsorg och hjälp / Missbruk\n\nMissbruk\n\n"
                 "På enheten kan du få råd och stöd om alkohol och spel.\n") == "Missbruk"
    assert title("larm.txt", "Kontakta kommunen och lämna synpunkter\n\nKontakta kommunen\n\nÖppet:\n\n"
                 "Måndag - torsdag 8-12, 13-16\nFredag 8-12, 13-15\n\nTelefon:\n\n0123-456 00\n\nTrygghetslarm\n\n"
                 "Ett trygghetslarm ger trygghet i bostaden dygnet runt.\n") == "Trygghetslarm"
    assert title("blodsmitta.txt", "Till start\n\nBrödsmule-navigation\n\nStick- och skärskador\n\n"
                 "Vid en stickskada ska du omgående skölja bort blodet med vatten.\n") == "Stick- och skärskador"
    assert title("anmalan.txt", "Storby logotyp i mobilmeny\nStorby kommun\n\nVad händer efter anmälan?\n\n"
                 "En socialsekreterare träffar barnet och föräldrarna.\n") == "Vad händer efter anmälan?"
    assert title("arvoden.txt", "Publicerad 8 december 2023\n\nFrågor och svar om arvoden\n\n"
                 "Arvodet till familjehemmet betalas ut varje månad.\n") == "Frågor och svar om arvoden"
    (tmp_path / "natt.txt").write_text("Nattarbete\n\nFoto: Mostphotos\n\nDu kan prenumerera på uppdateringar på den här "
                                       "sidan\n\nNattpersonalen går rundor varannan timme.\n", encoding="utf-8")
    assert [b.text for b in read_document(tmp_path / "natt.txt").blocks] == [
        "Nattarbete", "Nattpersonalen går rundor varannan timme."]
    (tmp_path / "webb.txt").write_text("Rutin för webbpublicering\n\nKakor på webbplatsen godkänns av "
                                       "informationsenheten.\n\nSökvägen är Start / Mallar / Rutiner / Publicering.\n",
                                       encoding="utf-8")
    texts = [b.text for b in read_document(tmp_path / "webb.txt").blocks]
    assert "Kakor på webbplatsen godkänns av informationsenheten." not in texts  # a banner's words: dropped
    assert "Sökvägen är Start / Mallar / Rutiner / Publicering." in texts
    (tmp_path / "lon.txt").write_text("Löneutbetalning\n\nLönen betalas ut den 25:e.\nLön > 30 000 kr > skattetabell 33 "
                                      "gäller.\n", encoding="utf-8")  # a sentence with chevrons in it stays
    assert "Lön > 30 000 kr > skattetabell 33 gäller." in [b.text for b in read_document(tmp_path / "lon.txt").blocks]


# (a saved page's text, its title): above the heading, a skip link worded "Direkt till innehållet" or "Hoppa till
# sidinnehåll", the English "Search" button, a page picker's "Välj en sida", a gallery's "Fler bilder från …", a photo's
# caption ending on its credit, an old browser's notice and a contact box ("Besöksadress" over the address)
_CHROME_ABOVE_THE_TITLE = [
    ("Direkt till innehållet\n\nNya blanketter för intyg\n\nFrån den 1 mars används tre nya blanketter.\n",
     "Nya blanketter för intyg"),
    ("Hoppa till sidinnehåll\n\nSamordnad individuell plan\n\nEn plan skrivs när flera huvudmän ger stöd.\n",
     "Samordnad individuell plan"),
    ("Regionens webbplats för personal inom vård och omsorg.\n\nSearch\n\nUtbildningar och stödmaterial\n\n"
     "Kursen hålls varje vår för nya medarbetare.\n", "Utbildningar och stödmaterial"),
    ("Välj en sida\n\nEkonomiskt bistånd\n\nAnsökan lämnas till mottagningen varje månad.\n", "Ekonomiskt bistånd"),
    ("Fler bilder från Storvik\n\nVad händer när en anmälan kommer in?\n\nSamma dag görs en skyddsbedömning.\n",
     "Vad händer när en anmälan kommer in?"),
    ("Hej! Du använder en gammal webbläsare\n\nSnart fungerar inte sidan med den här gamla webbläsaren. Vi "
     "rekommenderar att du byter till en nyare webbläsare.\n\nSkyddsutrustning förstärks från den 24 november\n\n"
     "En handske som ligger på ett bord Foto: Bildbyrån\n\nVisir används vid vård nära brukaren.\n",
     "Skyddsutrustning förstärks från den 24 november"),
    ("Kontakta oss\n\nBesöksadress\n\nStorgatan 4\n\nMedicinskt ansvarig sjuksköterska\n\n"
     "Varje kommun ska ha en medicinskt ansvarig sjuksköterska.\n", "Medicinskt ansvarig sjuksköterska"),
]


@pytest.mark.parametrize("text, title", _CHROME_ABOVE_THE_TITLE)
def test_skip_links_a_page_picker_a_gallery_link_a_caption_and_a_contact_box_name_no_saved_page(tmp_path, text, title):
    """Each had been a page's title (or, the browser's notice, had hidden the title from it). The file's name shares
    no word with the title, so only the page's lines name it."""
    (tmp_path / "sida-1.txt").write_text(text, encoding="utf-8")
    assert read_document(tmp_path / "sida-1.txt").title == title


def test_a_routines_own_sentence_on_its_browser_or_its_photos_stays(tmp_path):
    (tmp_path / "dator.txt").write_text("Rutin för verksamhetssystemet\n\nOm systemet är långsamt i en äldre webbläsare, "
                                        "starta om datorn.\n\nTa inga foton av brukare med mobilen.\n", encoding="utf-8")
    assert [b.text for b in read_document(tmp_path / "dator.txt").blocks] == [
        "Rutin för verksamhetssystemet", "Om systemet är långsamt i en äldre webbläsare, starta om datorn.",
        "Ta inga foton av brukare med mobilen."]


def test_a_saved_web_page_loses_its_links_strung_on_one_line_and_its_breadcrumb_label(tmp_path):
    """A page's head copied without its layout strings its links on one line ("Hoppa till innehåll kalmar länstrafik
    logotype Sök", "Lyssna på sidan Lyssna") and leaves the breadcrumb's label alone above its path ("Du är här:"):
    the first was quoted as a sentence. Buttons alone on one line ("Meny Sök") may be a routine's words, and stay."""
    page = tmp_path / "sjukresor.md"
    page.write_text("# Sjukresor med egen bil\n\nHoppa till innehåll Storby länstrafik logotype Sök\n\n"
                    "Logotyp för Storby kommun, till startsidan\n\n- Du är här:\n- Startsida\n- Resor\n\n"
                    "Lyssna på sidan Lyssna\n\nResa med egen bil ersätts med 12 kr per mil.\n\nMeny Sök\n\n"
                    "Blanketten finns på vårdmottagningen.\n", encoding="utf-8")
    texts = " ".join(b.text for b in read_document(page).blocks)
    for chrome in ("Hoppa till", "logotype", "Logotyp", "Du är här", "Lyssna"):
        assert chrome not in texts
    assert "Resa med egen bil ersätts med 12 kr per mil." in texts and "Meny Sök" in texts


def test_a_saved_web_page_is_not_named_by_its_link_home_its_share_link_or_its_news_notice(tmp_path):
    """Each of these lines, above a page's text, had been read as its title and cited as the routine: the site's
    name linking home ("Till Karlskogas startsida", "Tjörn kommuns logga, till startsidan", "…-logotyp (till
    startsidan)"), the English skip link, the page's own navigation, the share link, the JavaScript notice and a news
    page's notice of its age. A breadcrumb trail written as a list ("- Startsida", "- SKR", …) goes too. A routine's
    own sentence on a start page stays."""
    def read(name: str, head: str, body: str = "Ett trygghetslarm ger trygghet i bostaden dygnet runt.\n"):
        (tmp_path / name).write_text(head + "\n\nTrygghetslarm\n\n" + body, encoding="utf-8")
        return read_document(tmp_path / name)

    for head in ("Till Karlskogas startsida", "Söderhamns kommuns startsida Söderhamns kommuns startsida",
                 "Startsida för Stenungsunds kommun", "Tjörn kommuns logga, till startsidan",
                 "Vårdgivare och samarbetspartners-logotyp (till startsidan)",
                 "Mjölby kommuns vapensköld som även länkar till startsidan för Mjölby kommun", "Skip to content",
                 "Snabbnavigation", "Dela sidan på sociala medier", "Javascript är avstängt", "Läs mer här",
                 "Observera att denna nyhet är äldre än 10 månader och att innehållet därför kan vara inaktuellt."):
        doc = read("larm.md", head)
        assert doc.title == "Trygghetslarm", head
        assert head not in " ".join(b.text for b in doc.blocks)
    trail = read("larm.md", "- Startsida\n- Omsorg och stöd\n- Trygghet i hemmet\n- Trygghetslarm")
    assert trail.title == "Trygghetslarm" and "Omsorg och stöd" not in " ".join(b.text for b in trail.blocks)
    kept = "Rutinen finns på intranätets startsida.\n"
    assert kept.strip() in " ".join(b.text for b in read("larm.md", "Rutin för larm", kept).blocks)


def test_a_saved_web_page_is_not_named_by_a_notice_of_its_site_its_skip_links_its_coat_of_arms_or_its_dateline(tmp_path):
    """Each of these heads had been read as its page's title and cited as the routine: the site's notice that its
    search is down or its publishing licence has run out, a news page's age notice without "Observera", skip links
    to the menu and search, the municipality's coat of arms linking home, a date line ("Artikeln publicerades …",
    "Pressmeddelande • …"). A page named by the question it answers keeps that question as its title."""
    def read(head: str, title: str = "Trygghetslarm", body: str = "Ett trygghetslarm ger trygghet dygnet runt.\n"):
        (tmp_path / "larm.md").write_text(head + "\n\n" + title + "\n\n" + body, encoding="utf-8")
        return read_document(tmp_path / "larm.md")

    for head in ("Vi har just nu problem med sökfunktionen på webbplatsen\n\nJust nu fungerar inte sökfunktionen här "
                 "på Socialstyrelsen.se. Vi arbetar för att lösa problemet så snart som möjligt.\n\nTack för ditt tålamod.",
                 "There is a license error on this site:\nLicense has expired\nThe Web site remains functional, but this "
                 "message will be displayed until the license error has been corrected.\n\nTo correct this error:If you "
                 "do not have a license file, please request one from EPiServer License Center.",
                 "Denna nyhet är äldre än 6 månader och är kanske inte aktuell längre.",
                 "Hoppa till innehåll Hoppa till meny\nLogo\nÖppna sök Sök", "Stenungsunds kommunvapen, länk till startsidan",
                 "Pressmeddelande   •   Okt 26, 2010 09:56 CEST", "Till navigering", "Till senaste kommentaren",
                 "Denna sida är flyttad till nya Komin!\n\nNya adressen: https://cityofmalmo.omniacloud.net/", "untitled-2"):
        doc = read(head)
        assert doc.title == "Trygghetslarm", head
        assert head.split("\n")[0] not in " ".join(b.text for b in doc.blocks), head
    asked = "Vad gäller vid snöhinder – om jag inte kan ta mig till jobbet?"
    dated = read("Artikeln publicerades 3 januari 2024", asked, "Huvudregeln är att arbetstagaren själv ansvarar för att "
                 "ta sig till och från sin arbetsplats, även vid snöoväder.\n")
    assert dated.title == asked
    links = read("Vårdintyg ska utfärdas på Socialstyrelsens blanketter:\nVårdintyg för psykiatrisk tvångsvård (nytt fönster)")
    assert "fönster" not in " ".join(b.text for b in links.blocks)


def test_a_document_sites_transcript_label_is_no_section_and_its_download_link_no_text(tmp_path):
    """A PDF saved from a document site reads "Storlek: px … Download "…" … Transkript" above the document's own
    text: "Transkript" had been read as the heading of every passage and cited as its section."""
    page = tmp_path / "policy.md"
    page.write_text("Telefonpolicy för Sunne kommun\n\nStorlek: px\nStarta visningen från sidan:\n\n"
                    'Download "Telefonpolicy för Sunne kommun"\n\nTranskript\n\n'
                    "Samtal ska besvaras efter högst fyra signaler. Den som är borta hänvisar sin telefon.\n",
                    encoding="utf-8")
    doc = read_document(page)
    assert doc.title == "Telefonpolicy för Sunne kommun"
    assert not [b for b in doc.blocks if b.heading and b.text == "Transkript"]
    assert "Download" not in " ".join(b.text for b in doc.blocks)


def test_a_saved_web_page_loses_its_link_notes_and_keeps_its_sentences_whole(tmp_path):
    """A page saved as text keeps the notes its links carry for a screen reader ("Länk till annan webbplats, öppnas i
    nytt fönster.", "Pdf, 578 kB."): their full stop broke a sentence in two, and a note on a line of its own was
    quoted as the answer. A size a routine states ("Bilden får vara högst 5 MB stor.") stays."""
    page = tmp_path / "dodsfall.md"
    page.write_text("# Dödsfall\n\nNär någon avlider ska dödsbodelägarna skicka in bouppteckningen till Skatteverket "
                    "Länk till annan webbplats, öppnas i nytt fönster. inom fyra månader efter dödsfallet.\n\n"
                    "Länk till annan webbplats.\n\n"
                    "Ansökan görs på blanketten Begäran om bistånd Pdf, 136.7 kB, öppnas i nytt fönster.\n\n"
                    "Handläggaren skickar kallelseWord (word, 43.5 kB) till föräldrarna och ett brev (pdf, nytt fönster) "
                    "till tingsrätten.\n\nBilden får vara högst 5 MB stor.\n", encoding="utf-8")
    assert [b.text for b in read_document(page).blocks] == [
        "Dödsfall",
        "När någon avlider ska dödsbodelägarna skicka in bouppteckningen till Skatteverket inom fyra månader efter "
        "dödsfallet.",
        "Ansökan görs på blanketten Begäran om bistånd.",
        "Handläggaren skickar kallelse till föräldrarna och ett brev till tingsrätten.",
        "Bilden får vara högst 5 MB stor."]


def test_a_title_naming_the_organisation_is_the_title_where_the_file_is_named_for_it(tmp_path):
    """A web page's title (and its heading again under it) may name the administration it is for: where it holds every
    word of the file's name, it is the title, not a letterhead, and the text's first numbered heading is not."""
    page = tmp_path / "introduktion-sommarvikarier.txt"
    page.write_text("Introduktion för sommarvikarier inom omsorgsförvaltningen\n\n"
                    "Introduktion för sommarvikarier inom omsorgsförvaltningen\n\n"
                    "Välkommen till oss! Innan du börjar behöver du genomföra ett introduktionsprogram.\n\n"
                    "1. Socialstyrelsens utbildningsportal\n\nDu behöver skapa ett konto via Bank-ID.\n", encoding="utf-8")
    assert read_document(page).title == "Introduktion för sommarvikarier inom omsorgsförvaltningen"
    letterhead = tmp_path / "brandskydd.txt"  # a letterhead naming the organisation alone stays one
    letterhead.write_text("Vård- och omsorgsförvaltningen\n\nBrandskydd på Granhöjden\n\n"
                          "Alla nyanställda går en brandutbildning under första månaden.\n", encoding="utf-8")
    assert read_document(letterhead).title == "Brandskydd på Granhöjden"


def test_text_with_nul_bytes_is_refused(tmp_path):
    path = tmp_path / "binär.txt"
    path.write_bytes(b"Hej\x00\x01\x02\x00\xff\xfe" * 20)
    assert "NUL" in reason_of(path)


# --- generic failures -------------------------------------------------------------------


def test_empty_file_and_whitespace_only(tmp_path):
    for name in ("tom.pdf", "tom.docx", "tom.md", "tom.txt"):
        (tmp_path / name).write_bytes(b"")
        assert reason_of(tmp_path / name) == "filen är tom"
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t ")
    assert reason_of(tmp_path / "blank.txt") == "filen är tom"
    (tmp_path / "bara_huvud.md").write_text("---\ntitle: X\n---\n", encoding="utf-8")
    assert reason_of(tmp_path / "bara_huvud.md") == "filen innehåller ingen text"


def test_unsupported_suffixes(tmp_path):
    xlsx = tmp_path / "lista.xlsx"
    xlsx.write_bytes(b"PK whatever")
    assert reason_of(xlsx).startswith("filtypen .xlsx stöds inte")
    doc = tmp_path / "gammal.DOC"
    doc.write_bytes(b"x")
    assert reason_of(doc).startswith("filtypen .doc stöds inte – spara om som .docx")
    assert ".pdf" in SUPPORTED_SUFFIXES and ".markdown" in SUPPORTED_SUFFIXES


def test_file_larger_than_max_bytes(tmp_path):
    path = tmp_path / "stor.txt"
    path.write_bytes(b"a" * 2000)
    assert reason_of(path, max_bytes=1500) == "filen är större än 1,5 kB"
    assert read_document(path, max_bytes=2000).blocks
    big = tmp_path / "stor.pdf"
    with open(big, "wb") as handle:
        handle.truncate(50_000_001)  # sparse; never read
    assert reason_of(big) == "filen är större än 50 MB"


def test_vanished_file(tmp_path, monkeypatch):
    assert reason_of(tmp_path / "finns_inte.pdf") == "filen försvann under läsningen"

    # The file exists when listed but is deleted just before it is opened.
    path = tmp_path / "flyktig.txt"
    path.write_text("Text.", encoding="utf-8")
    import index.readers as readers

    real_open = os.open

    def vanishing_open(file, *args, **kwargs):
        os.remove(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(readers.os, "open", vanishing_open)
    assert reason_of(path) == "filen försvann under läsningen"


def test_directory_with_supported_suffix(tmp_path):
    (tmp_path / "mapp.pdf").mkdir()
    assert reason_of(tmp_path / "mapp.pdf") == "sökvägen är en mapp, inte en fil"


# --- cleanup: examples ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("arbets-\nmiljö", "arbetsmiljö"),
        ("god arbets-  \n  miljö här", "god arbetsmiljö här"),
        ("barn-\noch ungdomsvård", "barn- och ungdomsvård"),
        ("in-\neller utgående", "in- eller utgående"),
        ("kl. 9-\n17", "kl. 9-17"),
        ("Stockholms-\nUppsala", "Stockholms-Uppsala"),
        ("HVB-\nhem", "HVB-hem"),
        ("skicka e-\npost", "skicka e-post"),
        ("tankstreck -\nsedan", "tankstreck -\nsedan"),
        ("stycke-\n\nnytt", "stycke-\n\nnytt"),
    ],
)
def test_join_hyphenated_examples(raw, joined):
    assert join_hyphenated(raw) == joined


def test_remove_running_lines_examples():
    pages = [
        f"{HEADER}\nExempelby kommun · Socialförvaltningen\nTitel\nText ett.\nSid 1 (4)",
        f"{HEADER}\nExempelby kommun · Socialförvaltningen\nText två.\nSid 2 (4)",
        f"{HEADER}\nText tre.\nExempelby kommun · Socialförvaltningen\n3 (12)",
        f"{HEADER}\nText fyra på sista sidan.\n- 4 -",
    ]
    assert remove_running_lines(pages) == [
        "Titel\nText ett.",
        "Text två.",
        "Text tre.",
        "Text fyra på sista sidan.",
    ]
    # Two pages are too few to call anything "running"; page numbers still go.
    assert remove_running_lines(["Rubrik\nText\n1", "Rubrik\nMer\nSid 2 av 2"]) == [
        "Rubrik\nText",
        "Rubrik\nMer",
    ]
    # Only the first and last three non-empty lines are candidates.
    middle = ["a\nb\nc\nGemensam mening.\nd\ne\nf"] * 3
    assert remove_running_lines(middle) == ["Gemensam mening."] * 3


@pytest.mark.parametrize("line", ["4", "- 4 -", "Sid 3 av 7", "Sid 24 (40)", "2 (12)", "sida 5", "3/7"])
def test_page_number_lines(line):
    assert is_page_number_line(line)


@pytest.mark.parametrize("line", ["4 veckor", "Sid", "2. Ansvar", "Ring 112"])
def test_not_page_number_lines(line):
    assert not is_page_number_line(line)


def test_normalise_whitespace_examples():
    raw = "\ufeff  Hej\u00a0 \u00a0då\u200b!\r\nRad  två\tmed\u00adord\r\r\n\n\nNy  stycke a\u0308r  "
    assert normalise_whitespace(raw) == "Hej då!\nRad två medord\n\nNy stycke är"
    assert normalise_whitespace("arbets\u00ad\nmiljö") == "arbetsmiljö"


def test_split_paragraphs_keeps_headings_apart():
    text = (
        "Så fungerar larmet\n"
        "Larmet går till larmcentralen som kontaktar hemtjänstens nattpatrull\n"
        "som åker hem. Det tar högst en halvtimme.\n"
        "Ett nytt stycke börjar här efter en kort rad ovan.\n\n"
        "2. Ansvar\nChefen ansvarar.\n\n"
        "Gör så här:\n1. Ring\n2. Vänta"
    )
    assert split_paragraphs(text) == [
        "Så fungerar larmet",
        "Larmet går till larmcentralen som kontaktar hemtjänstens nattpatrull\n"
        "som åker hem. Det tar högst en halvtimme.",
        "Ett nytt stycke börjar här efter en kort rad ovan.",
        "2. Ansvar",
        "Chefen ansvarar.",
        "Gör så här:\n1. Ring\n2. Vänta",
    ]
    assert unwrap_lines("Gör så här:\n1. Ring\n2. Vänta") == "Gör så här:\n1. Ring\n2. Vänta"
    assert unwrap_lines("lång arbets-\nmiljö rad\nfortsätter") == "lång arbetsmiljö rad fortsätter"
    # a table written with pipes keeps its rows: a header's labels stand in one, their values in the next
    rows = "Fastställd av | Giltig t o m\nSocialchef | 2026-03-31"
    assert unwrap_lines(rows) == rows
    # a letter-spaced running title stands on its own line, not at the end of the decision before it
    cover = "Antagna av Kommunfullmäktige § 163, 2014-09-24\nE K O N O M I S K T   B I S T Å N D   Riktlinjer"
    assert unwrap_lines(cover) == cover
    assert unwrap_lines("a b c\nd e f") == "a b c d e f"  # a few single letters are no letter-spaced title
    # a header table's cells run together on one line stay off the lines around it; the rest of a long line cut
    # in two (a "Tel:" and a "Förbehållsbelopp:" in running text) is joined again
    fields = ("Riktlinjer för kontaktperson Exempelby kommun\nDokumentnamn: Riktlinjer Gäller fr o m: 2019-04-01 "
              "Gäller t o m: 2022-04-01 Fastställd av: Kommunstyrelsen\nInnehållsförteckning Inledning...4")
    assert unwrap_lines(fields) == fields
    cut = ("Inkomstförfrågan skickas ut\ntill alla kunder. Bostadstillägg söks hos Pensionsmyndigheten. Tel: 0771-776 776 "
           "Hemsida: www.pensionsmyndigheten.se Begreppsförklaringar Förbehållsbelopp: Det belopp som den enskilde "
           "har rätt att behålla.")
    assert unwrap_lines(cut) == cut.replace("\n", " ")
    # a date of change on a line of its own stays there; a sentence wrapped before a date is joined again
    dated = "Tack för att du hjälper oss förbättra webbplatsen!\nSenast ändrad 22 augusti 2024"
    assert unwrap_lines(dated) == dated
    assert unwrap_lines("Ansökan ska vara inne senast\nMåndag 3 april 2024") == "Ansökan ska vara inne senast Måndag 3 april 2024"


# --- cleanup: properties --------------------------------------------------------------------

_TEXT_CHARS = st.sampled_from(
    list("abcåäöxyzABÅÄÖXZ0179-.,:?()/ ") + ["\n", "\r", "\t", "\u00a0", "\u00ad", "\u200b", "\ufeff", "\x07"]
)
_INVISIBLE = {"\u00ad", "\u200b", "\ufeff", "\x07"}


def test_a_wrapped_texts_short_line_ends_its_paragraph_unless_its_last_word_runs_on():
    """In a text wrapped at a fixed width, a short line not closed by punctuation stood alone in the original (a
    header's field over its value); a short line ending in "och" or "i" was only centred on a title page."""
    header = "Dokumentansvarig\nMedicinskt ansvarig sjuksköterska\nUtfärdat: 2005-03-31"
    # … and a field stays with the lines it follows, as a run of fields always has
    assert at_short_lines(header, 85) == ["Dokumentansvarig", "Medicinskt ansvarig sjuksköterska\nUtfärdat: 2005-03-31"]
    centred = ("Rutinen gäller inom Äldreomsorgen, Individ- och\nfamiljeomsorgen, Socialpsykiatrin och\n"
               "Funktionshinderverksamheten\ni Borås Stad.")
    assert at_short_lines(centred, 85) == [centred]
    assert at_short_lines(header, 0) == [header]  # not known to be wrapped: one paragraph, as before
    text = "\n".join(["Den som överlämnar ett läkemedel ska signera på särskild lista avseende det", "läkemedel som"] * 5)
    assert wrap_width(text) == len("Den som överlämnar ett läkemedel ska signera på särskild lista avseende det")
    assert wrap_width("Kort rad.\nEn till.") == 0


def _visible(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


@settings(max_examples=300)
@given(st.text(_TEXT_CHARS, max_size=80))
def test_normalise_whitespace_keeps_every_visible_character(text):
    result = normalise_whitespace(text)
    assert _visible(result) == _visible("".join(c for c in text if c not in _INVISIBLE))
    assert normalise_whitespace(result) == result
    assert "  " not in result and "\r" not in result and "\n\n\n" not in result


@settings(max_examples=300)
@given(st.text(_TEXT_CHARS, max_size=80))
def test_join_hyphenated_only_removes_hyphens(text):
    before, after = _visible(text), _visible(join_hyphenated(text))
    # `after` must be `before` with some hyphens (at most one per line break) deleted.
    i = removed = 0
    for ch in before:
        if i < len(after) and after[i] == ch:
            i += 1
        else:
            assert ch == "-"
            removed += 1
    assert i == len(after)
    assert removed <= text.count("\n")


_WORDS = st.sampled_from(["Rutin", "hemtjänst", "Sid", "larm", "Exempelby", "kommun", "av", "(", ")", "·"])
_LINES = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)
_PAGES = st.lists(st.lists(_LINES, min_size=0, max_size=8), min_size=1, max_size=6)


@settings(max_examples=300)
@given(_PAGES)
def test_remove_running_lines_never_drops_a_line_unique_to_one_page(pages):
    texts = ["\n".join(lines) for lines in pages]
    result = [r.split("\n") if r else [] for r in remove_running_lines(texts)]
    pages_with = {}
    for n, lines in enumerate(pages):
        for line in lines:
            pages_with.setdefault(line_key(line), set()).add(n)
    for lines, kept in zip(pages, result):
        # Output is the input with some lines removed, order intact.
        it = iter(lines)
        assert all(any(k == line for line in it) for k in kept)
        for line in lines:
            if len(pages_with[line_key(line)]) == 1 and not is_page_number_line(line):
                assert kept.count(line) == lines.count(line)


_HEADED_PAGES = [  # (file, text, title)
    ("formaner.txt", "• |\n  • Lättläst\n  • | Anpassa\n\nFörmåner\n\nByte av semesterdagstillägg\n\n"
     "Kommunen erbjuder byte av semesterdagstillägg för alla som är tillsvidareanställda hos oss.\n", "Förmåner"),
    ("corona.txt", "• VARNING KLASS 1 SNÖFALL\n  Tidvis ymnigt snöfall gör att SMHI nu går ut med en klass 1-varning i "
     "kustlandet.\n\nDu är här:\n\nSå hanterar vi coronaviruset\n\nHär samlar vi information om hur vi förhåller oss "
     "till och hanterar det nya coronaviruset.\n", "Så hanterar vi coronaviruset"),
    ("hot-och-vald.txt", "Mitt Nacka\n\n • …så får du upptäcka spännande evenemang i din närhet.\n\nMitt Nacka\n\n"
     " • …så får du upptäcka spännande evenemang i din närhet.\n\nHot och våld\n\nDu som är chef har ansvar för att "
     "minska risker för hot och våld på arbetsplatsen.\n", "Hot och våld"),
    ("vikarie.txt", "Skip to main content\n\nPraktisk information för dig som är vikarie\n\nDu som är vikarie får ditt "
     "schema av bemanningen varje vecka.\n", "Praktisk information för dig som är vikarie"),
    ("anstalld.txt", "Kontaktpersoner\n\nMia Tuhkasaari\n\nTelefon 08 - 555 010 25\n\nFör dig som anställd\n\n"
     "Du som är anställd rapporterar arbetstider i systemet Heroma.\n", "För dig som anställd"),
    ("intro.txt", "GDPR-bild - reportagebild\nRebecka Paldanius, Jenny Arvidsson och Hamza Tahir Moussa\n\nGoda resultat "
     "för introduktionsprogram\n\nUnder våren har kommunen tagit fram ett introduktionspaket för nya medarbetare.\n",
     "Goda resultat för introduktionsprogram"),
    # a title saying where it holds is no letterhead, though it names the administration
    ("information-for-vikarie.txt", "Introduktion för timanställd medarbetare på socialförvaltningen\n\nHär finns all "
     "introduktion för medarbetare som är timanställda inom hemtjänsten.\n",
     "Introduktion för timanställd medarbetare på socialförvaltningen"),
    # … and a routine's letterhead still names its unit
    ("nycklar.txt", "Socialförvaltningen – Vuxenenheten\n\nHembesök och nycklar\n\nNycklarna förvaras i nyckelskåpet.\n",
     "Hembesök och nycklar – Vuxenenheten"),
]


@pytest.mark.parametrize("name, text, title", _HEADED_PAGES)
def test_a_saved_web_page_is_named_by_its_heading_not_its_menu_notices_or_contact_box(tmp_path, name, text, title):
    """A page's menu and notices above its heading ("• Lättläst", "• VARNING KLASS 1 SNÖFALL" and its next line,
    the site's name repeated between them) had made the title the file's name or the site's name ("Mitt Nacka");
    the links, contact box and photo caption above it had been read as its unit ("… – Skip to main content",
    "… – Telefon 08", "… – Jenny Arvidsson och Hamza Tahir Moussa")."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert read_document(tmp_path / name).title == title


@pytest.mark.parametrize("name, text, title", [
    # a news page: its date line is no title, nor is the first line read as a section's heading further down
    ("stadinsatser-varmebolja.md", "Publicerad\n\nHemtjänsten ställer in städinsatser under värmebölja\n\nInom "
     "hemtjänsten har man i dag beslutat att ställa in alla städinsatser. Personalen gör vätsketurer i stället.\n\n"
     "Bakgrund\n\nSMHI har utfärdat en varning för höga temperaturer.\n", "Hemtjänsten ställer in städinsatser under "
     "värmebölja"),
    # a routine under its site's name: "TILLÄMPNINGSOMRÅDE" heads its first section
    ("forsvunnen-boende.md", "Kvalitetsfabriken\n\nRutin då enskild försvunnit från boendet\n\nDenna rutin gäller då "
     "en hyresgäst har försvunnit från boendet.\n\nTILLÄMPNINGSOMRÅDE\n\nRutinen gäller för vård- och "
     "omsorgsverksamheten.\n", "Rutin då enskild försvunnit från boendet"),
    # a skip link and a browser notice are the site's, not the page's
    ("sip.md", "Navigera till sidans huvudinnehåll\n\nAtt göra en samordnad individuell plan\n\nArbetet med SIP sker i "
     "sju steg, från bedömning av behov till uppföljning.\n", "Att göra en samordnad individuell plan"),
    ("fickpengar.md", "Hej! Du använder en gammal webbläsare\n\nHantera huvudmannens konton och fickpengar\n\nI början "
     "av uppdraget uppkommer ofta frågor om hur huvudmannens konton ska hanteras.\n",
     "Hantera huvudmannens konton och fickpengar"),
])
def test_a_markdown_page_without_a_marked_heading_is_named_as_a_text_is(tmp_path, name, text, title):
    """A web page saved as Markdown without a "#" heading had its date line or its first section's heading as its
    title ("Publicerad", "TILLÄMPNINGSOMRÅDE", "Navigera till sidans huvudinnehåll"), shown in every citation of it;
    its title is now read from the lines above its first section, as a text file's is."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert read_document(tmp_path / name).title == title


@pytest.mark.parametrize("name, text, title", [
    # a routine's long name, under its site's name or a search box
    ("brukare-oppnar-inte.md", "Kvalitetsfabriken\n\nRutin då brukare i ordinärt boende inte öppnar vid hembesök eller "
     "inte svarar i telefon\n\nDenna rutin gäller då du varit på hembesök och den du skulle besöka inte öppnar.\n",
     "Rutin då brukare i ordinärt boende inte öppnar vid hembesök eller inte svarar i telefon"),
    ("orosanmalan.md", "Stäng sök Stäng\n\nDu måste ange ett sökord.\n\nSök\n\nRutin för handläggning av orosanmälan "
     "när barn far illa eller misstänks fara illa\n\nAlla som får kännedom om att ett barn far illa ska anmäla det.\n",
     "Rutin för handläggning av orosanmälan när barn far illa eller misstänks fara illa"),
    # a handbook's chapter, opening on its number
    ("palliativ-vard.md", "9. Palliativ vård och rutiner vid dödsfall i SÄBO \nRiktlinjen är senast uppdaterad "
     "2019-09-03\nInledning\nBegreppet hälso- och sjukvård omfattar omhändertagande av avlidna.\nStyrdokument\n"
     " • Hälso- och sjukvårdslag (2017:30)\n • Patientsäkerhetslag (2010:659)\n",
     "9. Palliativ vård och rutiner vid dödsfall i SÄBO"),
    # a breadcrumb trail, as a list or run together
    ("skuldradgivning.md", "- Startsida\n- Omsorg och stöd\n- Ekonomiskt stöd\n- Budget och skuldrådgivning\nBudget och "
     "skuldrådgivning\nAv budget- och skuldrådgivaren får du råd och stöd för att få ordning på din ekonomi.\n",
     "Budget och skuldrådgivning"),
    ("samtal-med-barn.md", "Hoppa till huvudinnehåll\nStart Barn & unga Teman Samtal med barn Förberedelser inför "
     "samtal\n\nFörberedelser inför samtal\n\nBarnet behöver känna till sin rätt att komma till tals.\n",
     "Förberedelser inför samtal"),
    # a document site's viewer over the text it read from a PDF, and a picture's file name
    ("meddelandeblad.md", "Storlek: px\nStarta visningen från sidan:\n\nTranskript\n\nStöd till anhöriga\n\nHär "
     "beskrivs hur stöd till anhöriga handläggs och dokumenteras i ärendet.\n", "Stöd till anhöriga"),
    ("strumpor.md", "Region Örebro läns webbplats för personal.\n\nKompressionsstrumpor.jpg\n\nKompressionsstrumpor\n\n"
     "Förskrivare av kompressionsstrumpor är utsedd vårdpersonal på vårdcentralen.\n", "Kompressionsstrumpor"),
    # a sentence longer than a name, its full stop lost, is no title
    ("flen-lex-sarah.md", "Lex Sarah innebär att personalen i vissa verksamheter är skyldiga att rapportera "
     "missförhållanden\n\nLex Sarah\n\nLex Sarah är ett samlingsnamn för de bestämmelser som rör anställdas "
     "skyldigheter att rapportera missförhållanden i en verksamhet.\n", "Lex Sarah"),
])
def test_a_page_is_named_by_its_own_title_not_its_site_trail_or_viewer(tmp_path, name, text, title):
    """A saved page's title was the site's name ("Kvalitetsfabriken"), its search box ("Stäng sök Stäng"), its
    breadcrumb trail ("- Startsida"), a document site's "Transkript" or a picture's file name, where the page's own
    title was longer than twelve words or opened on its chapter's number; it is shown in every citation and read as
    the page's topic."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert read_document(tmp_path / name).title == title
