"""Generate the PDF and DOCX files of the bundled sample corpus from scripts/sample_sources/.

Why this script exists: the sample routines are kept as plain text so that they can be
reviewed and diffed, while the corpus in documents/ needs the kinds of files municipalities
actually publish. The generated files deliberately carry the clutter the readers must clean
up: a running header and a "Sid 2 (5)" footer on every PDF page, justified text with words
hyphenated across line breaks, Word heading styles, page breaks and tables.

Output is byte-stable (reportlab's invariant mode, fixed DOCX core properties and fixed zip
timestamps), so regenerating does not show up as a change in git.

Source format (a small markdown subset, one file per routine):

    Rutin: Hembesök och personlarm        <- header block: every line before the title,
    Beslutad av: ...                         kept one field per line
    # Hembesök och personlarm             <- document title
    ## 1. Syfte                           <- section heading (### for a subsection)
    A paragraph, possibly
    wrapped over several lines.
    - a bullet item
    | Kolumn | Kolumn |                   <- table rows; a |---| row is skipped
    ---                                   <- page break

Usage: .venv/bin/python scripts/make_sample_documents.py
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "sample_sources"
DOCUMENTS = ROOT / "documents"

ORGANISATION = "Exempelby kommun · Socialförvaltningen"
DOCUMENT_TYPE = "RUTIN"  # the running header's document kind; the evaluation reports print "RAPPORT"


@dataclass(frozen=True)
class Sample:
    """One generated file: which source, which collection folder, which format.

    ``date`` and ``dnr`` feed the running page header, the way a municipal document
    template prints the decision date and the registration number on every page.
    """

    source: str
    collection: str
    fmt: str  # "pdf" or "docx"
    date: str
    dnr: str

    @property
    def output(self) -> Path:
        return DOCUMENTS / self.collection / f"{self.source}.{self.fmt}"


SAMPLES = [
    Sample("hembesok-och-personlarm", "gemensamt", "pdf", "2024-03-12", "SN 2024/0113"),
    Sample("hot-och-vald-i-arbetet", "gemensamt", "pdf", "2025-02-18", "SN 2025/0047"),
    Sample("dokumentation-och-journalforing", "gemensamt", "pdf", "2025-01-15", "SN 2024/0391"),
    Sample("orosanmalan-och-forhandsbedomning", "barn-och-familj", "pdf", "2024-02-27", "SN 2024/0068"),
    Sample("tidsfrister-i-barnavardsutredning", "barn-och-familj", "pdf", "2024-09-10", "SN 2024/0287"),
    Sample("introduktion-av-nyanstallda", "gemensamt", "docx", "2024-08-20", "SN 2024/0254"),
    Sample("sekretess-och-uppgiftslamnande", "gemensamt", "docx", "2024-05-06", "SN 2024/0159"),
    Sample("tillbud-och-arbetsskada", "gemensamt", "docx", "2025-02-03", "SN 2025/0031"),
    Sample("handlaggning-av-ekonomiskt-bistand", "forsorjningsstod", "docx", "2025-03-18", "SN 2025/0088"),
]


# --------------------------------------------------------------------------- parsing


@dataclass
class Element:
    """One piece of body content in reading order."""

    kind: str  # "h2", "h3", "p", "bullet", "table", "pagebreak"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class SourceDoc:
    title: str
    header: list[str]
    body: list[Element]


def parse_source(path: Path) -> SourceDoc:
    """Read a source file into header lines, title and body elements.

    Lines before the ``# `` title form the header block and stay separate, because a
    routine's header is one field per line; body paragraphs are re-joined into one string
    so that the PDF writer can wrap and justify them itself.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    title_at = next(i for i, line in enumerate(lines) if line.startswith("# "))
    header = [line.strip() for line in lines[:title_at] if line.strip()]
    body: list[Element] = []
    pending: list[str] = []  # lines of the paragraph or bullet being collected
    pending_kind = "p"

    def flush() -> None:
        nonlocal pending
        if pending:
            body.append(Element(pending_kind, " ".join(pending)))
        pending = []

    for raw in lines[title_at + 1 :]:
        line = raw.strip()
        if not line:
            flush()
        elif line == "---":
            flush()
            body.append(Element("pagebreak"))
        elif line.startswith("### ") or line.startswith("## "):
            flush()
            kind = "h3" if line.startswith("### ") else "h2"
            body.append(Element(kind, line.lstrip("#").strip()))
        elif line.startswith("|"):
            flush()
            _add_table_row(body, line)
        elif line.startswith("- "):
            flush()
            pending_kind, pending = "bullet", [line[2:].strip()]
        else:
            if not pending:
                pending_kind = "p"
            pending.append(line)
    flush()
    return SourceDoc(lines[title_at][2:].strip(), header, body)


def _add_table_row(body: list[Element], line: str) -> None:
    """Append a ``| a | b |`` row to the table being built, starting one if needed."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
        return  # the markdown separator row under the table header
    if not body or body[-1].kind != "table":
        body.append(Element("table"))
    body[-1].rows.append(cells)


# --------------------------------------------------------------------------- PDF

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 30 * mm, 22 * mm
TOP, BOTTOM = 32 * mm, 25 * mm
TEXT_W = PAGE_W - LEFT - RIGHT

BODY_FONT, BODY_SIZE, LEADING = "Times-Roman", 11.5, 15.5
BOLD_FONT = "Helvetica-Bold"
SMALL_FONT, SMALL_SIZE = "Helvetica", 8.5
BULLET_INDENT = 14

VOWELS = set("aeiouyåäöéü")
# Letter pairs that spell one sound in Swedish and must not be split by a hyphenation.
UNSPLITTABLE = {"ck", "ch", "ng", "sj", "sk", "tj", "kj", "gj", "dj", "lj", "hj", "ph", "th"}
MIN_HEAD, MIN_TAIL = 3, 4  # letters kept before/after a hyphenation, so breaks look deliberate
HYPHENATE_IF_SLACK = 0.07  # only hyphenate when the line would otherwise be this loose
# Word beginnings where the rule of thumb splits in the wrong place ("ans-varar"); the
# value shows the right break, and no other break is allowed inside that beginning.
HYPHENATION_EXCEPTIONS = {"ansvar": "an-svar", "aggress": "ag-gress", "beställ": "be-ställ"}


@dataclass
class Op:
    """A string placed on a page; the layout pass makes these, the render pass draws them."""

    x: float
    y: float
    text: str
    font: str
    size: float
    word_space: float = 0.0


def hyphenation_points(word: str) -> list[int]:
    """Positions where a word may be split, by the Swedish rule of thumb.

    The rule (Svenska skrivregler): between two vowels, the last consonant moves to the
    next line (ar-bets-mil-jö, hem-be-sök). It is not perfect for every compound, but it is
    what makes the PDFs look like a word processor's output with automatic hyphenation.
    """
    letters = word.lower()
    if not letters.isalpha() or len(letters) < MIN_HEAD + MIN_TAIL + 1:
        return []
    points = []
    for i in range(MIN_HEAD, len(letters) - MIN_TAIL + 1):
        starts_syllable = letters[i] not in VOWELS and letters[i + 1] in VOWELS
        if (
            starts_syllable
            and any(ch in VOWELS for ch in letters[:i])
            and letters[i - 1 : i + 1] not in UNSPLITTABLE
        ):
            points.append(i)
    for start, marked in HYPHENATION_EXCEPTIONS.items():
        if letters.startswith(start):
            points = [marked.index("-")] + [p for p in points if p >= len(start)]
    return points


def split_for_line(word: str, room: float, font: str, size: float) -> tuple[str, str] | None:
    """Split ``word`` so that its first part plus a hyphen fits in ``room`` points.

    Trailing punctuation stays with the second part. Returns None when no split fits.
    """
    core = word.rstrip(".,;:!?)»")
    tail = word[len(core) :]
    for i in reversed(hyphenation_points(core)):
        head = core[:i] + "-"
        if stringWidth(head, font, size) <= room:
            return head, core[i:] + tail
    return None


def wrap(text: str, width: float, font: str, size: float, hyphenate: bool = True) -> list[str]:
    """Greedy line breaking with occasional hyphenation of long words.

    A long word is hyphenated only when leaving it whole would make the justified line
    noticeably loose, so that some - not all - line ends carry a hyphen, as in real documents.
    """
    words = text.split()
    lines: list[str] = []
    current: list[str] = []
    while words:
        word = words.pop(0)
        candidate = " ".join(current + [word])
        if stringWidth(candidate, font, size) <= width or not current:
            current.append(word)
            continue
        used = stringWidth(" ".join(current) + " ", font, size)
        if hyphenate and (width - used) > HYPHENATE_IF_SLACK * width:
            parts = split_for_line(word, width - used, font, size)
            if parts:
                current.append(parts[0])
                words.insert(0, parts[1])
                lines.append(" ".join(current))
                current = []
                continue
        lines.append(" ".join(current))
        current = [word]
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line: str, width: float, font: str, size: float) -> float:
    """Extra word spacing (the PDF ``Tw`` operator) that makes ``line`` fill ``width``."""
    gaps = line.count(" ")
    if not gaps:
        return 0.0
    return (width - stringWidth(line, font, size)) / gaps


class PdfLayout:
    """Places a document's content on A4 pages; knows nothing about drawing.

    Layout is separated from rendering because the footer needs the total page count
    ("Sid 2 (5)") before the first page is drawn.
    """

    def __init__(self) -> None:
        self.pages: list[list[Op]] = [[]]
        self.y = PAGE_H - TOP

    def new_page(self) -> None:
        self.pages.append([])
        self.y = PAGE_H - TOP

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit above the bottom margin."""
        if self.y - height < BOTTOM:
            self.new_page()

    def line(self, x: float, text: str, font: str, size: float, word_space: float = 0.0) -> None:
        self.ensure(LEADING)
        self.y -= LEADING
        self.pages[-1].append(Op(x, self.y, text, font, size, word_space))

    def gap(self, points: float) -> None:
        self.y -= points

    def header_block(self, header: list[str]) -> None:
        for field_line in header:
            self.line(LEFT, field_line, "Helvetica", 9.5)
        self.gap(10)

    def title(self, text: str) -> None:
        self.gap(6)
        for line in wrap(text, TEXT_W, BOLD_FONT, 17, hyphenate=False):
            self.line(LEFT, line, BOLD_FONT, 17)
        self.gap(10)

    def heading(self, text: str, size: float) -> None:
        # Keep a heading together with the first lines of its section.
        self.ensure(LEADING * 4 + 12)
        self.gap(9)
        for line in wrap(text, TEXT_W, BOLD_FONT, size, hyphenate=False):
            self.line(LEFT, line, BOLD_FONT, size)
        self.gap(3)

    def paragraph(self, text: str, indent: float = 0.0, bullet: bool = False) -> None:
        width = TEXT_W - indent
        lines = wrap(text, width, BODY_FONT, BODY_SIZE)
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            space = 0.0 if last else justify(line, width, BODY_FONT, BODY_SIZE)
            if bullet and i == 0:
                self.ensure(LEADING)
                self.pages[-1].append(Op(LEFT + 3, self.y - LEADING, "•", BODY_FONT, BODY_SIZE))
            self.line(LEFT + indent, line, BODY_FONT, BODY_SIZE, space)
        self.gap(2 if bullet else 6)

    def table(self, rows: list[list[str]]) -> None:
        columns = max(len(row) for row in rows)
        col_w = TEXT_W / columns
        self.gap(4)
        for r, row in enumerate(rows):
            font = BOLD_FONT if r == 0 else "Helvetica"
            cells = [wrap(cell, col_w - 6, font, 9.5, hyphenate=False) for cell in row]
            height = max(len(c) for c in cells)
            self.ensure(height * 13 + 4)
            top = self.y
            for c, cell_lines in enumerate(cells):
                for k, text in enumerate(cell_lines):
                    self.pages[-1].append(Op(LEFT + c * col_w, top - 13 * (k + 1), text, font, 9.5))
            self.y = top - 13 * height - 4
        self.gap(8)

    def body(self, elements: list[Element]) -> None:
        for element in elements:
            if element.kind == "h2":
                self.heading(element.text, 12.5)
            elif element.kind == "h3":
                self.heading(element.text, 11.5)
            elif element.kind == "p":
                self.paragraph(element.text)
            elif element.kind == "bullet":
                self.paragraph(element.text, indent=BULLET_INDENT, bullet=True)
            elif element.kind == "table":
                self.table(element.rows)
            elif element.kind == "pagebreak":
                self.new_page()


def build_pdf(doc: SourceDoc, sample: Sample) -> None:
    """Lay out the document, then draw every page with running header and page footer."""
    layout = PdfLayout()
    layout.header_block(doc.header)
    layout.title(doc.title)
    layout.body(doc.body)

    sample.output.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(sample.output), pagesize=A4, invariant=1)
    pdf.setTitle(doc.title)
    pdf.setAuthor("Exempelby kommun, Socialförvaltningen")
    pdf.setSubject(f"{DOCUMENT_TYPE.capitalize()}, Dnr {sample.dnr}")
    pdf.setCreator("scripts/make_sample_documents.py")
    total = len(layout.pages)
    for number, ops in enumerate(layout.pages, start=1):
        draw_page_frame(pdf, sample, number, total)
        for op in ops:
            pdf.setFont(op.font, op.size)
            pdf.drawString(op.x, op.y, op.text, wordSpace=op.word_space or None)
        pdf.showPage()
    pdf.save()


def draw_page_frame(pdf: canvas.Canvas, sample: Sample, number: int, total: int) -> None:
    """Running header (organisation, document type, date, Dnr) and the "Sid n (N)" footer."""
    pdf.setFont(SMALL_FONT, SMALL_SIZE)
    top = PAGE_H - 16 * mm
    pdf.drawString(LEFT, top, ORGANISATION)
    pdf.drawRightString(PAGE_W - RIGHT, top, f"{DOCUMENT_TYPE} {sample.date}  Dnr {sample.dnr}")
    pdf.setLineWidth(0.4)
    pdf.line(LEFT, top - 4, PAGE_W - RIGHT, top - 4)
    pdf.drawRightString(PAGE_W - RIGHT, 13 * mm, f"Sid {number} ({total})")


# --------------------------------------------------------------------------- DOCX

ZIP_TIMESTAMP = (2024, 1, 1, 0, 0, 0)


def build_docx(doc: SourceDoc, sample: Sample) -> None:
    """Write a Word file with real heading styles, list styles, tables and page fields."""
    word = Document()
    setup_page(word, sample)
    for field_line in doc.header:
        para = word.add_paragraph(field_line)
        para.paragraph_format.space_after = Pt(0)
    word.add_paragraph()
    word.add_heading(doc.title, level=1)
    for element in doc.body:
        if element.kind == "h2":
            word.add_heading(element.text, level=2)
        elif element.kind == "h3":
            word.add_heading(element.text, level=3)
        elif element.kind == "p":
            word.add_paragraph(element.text)
        elif element.kind == "bullet":
            word.add_paragraph(element.text, style="List Bullet")
        elif element.kind == "table":
            add_table(word, element.rows)
        elif element.kind == "pagebreak":
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    set_core_properties(word, doc, sample)

    buffer = io.BytesIO()
    word.save(buffer)
    sample.output.parent.mkdir(parents=True, exist_ok=True)
    sample.output.write_bytes(normalise_zip(buffer.getvalue()))


def setup_page(word: Document, sample: Sample) -> None:
    """A4 margins plus the header and "Sid n (N)" footer a municipal Word template has."""
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(22)
    header = section.header.paragraphs[0]
    header.text = f"{ORGANISATION}\t{DOCUMENT_TYPE} {sample.date}  Dnr {sample.dnr}"
    footer = section.footer.paragraphs[0]
    footer.add_run("Sid ")
    add_field(footer, "PAGE")
    footer.add_run(" (")
    add_field(footer, "NUMPAGES")
    footer.add_run(")")


def add_field(paragraph, instruction: str) -> None:
    """Insert a Word field (PAGE, NUMPAGES) so page numbers are computed by Word."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def add_table(word: Document, rows: list[list[str]]) -> None:
    columns = max(len(row) for row in rows)
    table = word.add_table(rows=len(rows), cols=columns)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    word.add_paragraph()


def set_core_properties(word: Document, doc: SourceDoc, sample: Sample) -> None:
    """Fixed metadata: python-docx would otherwise stamp the current time."""
    stamp = dt.datetime.fromisoformat(sample.date).replace(hour=9, tzinfo=dt.UTC)
    props = word.core_properties
    props.title = doc.title
    props.author = "Exempelby kommun, Socialförvaltningen"
    props.last_modified_by = "Socialförvaltningen"
    props.subject = f"{DOCUMENT_TYPE.capitalize()}, Dnr {sample.dnr}"
    props.created = stamp
    props.modified = stamp
    props.revision = 1


def normalise_zip(data: bytes) -> bytes:
    """Rewrite the .docx zip with fixed member timestamps so the bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIMESTAMP)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- main


def main() -> None:
    for sample in SAMPLES:
        doc = parse_source(SOURCES / f"{sample.source}.md")
        if sample.fmt == "pdf":
            build_pdf(doc, sample)
        else:
            build_docx(doc, sample)
        print(sample.output.relative_to(ROOT))


if __name__ == "__main__":
    main()
