"""Word (.docx) reader: body paragraphs and tables in document order.

Only this module imports python-docx. Headings come from paragraph styles ("Heading N",
the Swedish "Rubrik N", Title/"Rubrik", or custom styles based on them); many municipal
documents instead use manually bolded short lines, which are taken as headings too.
Headers and footers stay out of the text (they are the running lines of a document), but the first
section's are kept as ``ParsedDocument.header``: templates often print the decision date, the validity and
the document owner there.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from index.errors import ReadError
from index.types import Block, ParsedDocument

from . import size_text
from .cleanup import normalise_whitespace

_HEADING_STYLE = re.compile(r"^(?:heading|rubrik|überschrift|overskrift|otsikko)\s*([1-9])$", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|rubrik|titel)$", re.I)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .doc files and password-protected .docx


MAX_XML_PART = 16_000_000  # bytes unpacked: document.xml of a several-hundred-page routine is a few MB
MAX_PART = 60_000_000  # any other part (an image)
MAX_UNPACKED = 200_000_000  # all parts together
MAX_PARTS = 5_000
MAX_PARAGRAPHS = 30_000  # a routine of several hundred pages has a few thousand


def _check_unpacked_sizes(path: Path, data: bytes) -> None:
    """Refuse a .docx whose parts would unpack to more than the limits, before any is unpacked.

    A .docx is a zip: a few MB of it can unpack to gigabytes (a zip bomb), and python-docx reads every
    part into memory and parses the XML ones. The sizes are read from the zip's directory; zipfile stops
    at the size declared there, so a part cannot unpack to more than it claims.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReadError(path, f"Word-filen är trasig ({type(exc).__name__})") from exc
    if len(parts) > MAX_PARTS:
        raise ReadError(path, f"Word-filen består av {len(parts)} delar, gränsen är {MAX_PARTS}")
    total = 0
    for part in parts:
        limit = MAX_XML_PART if part.filename.lower().endswith((".xml", ".rels")) else MAX_PART
        if part.file_size > limit:
            raise ReadError(path, f"Word-filen packas upp till mer än {size_text(limit)} ({part.filename}: "
                                  f"{size_text(part.file_size)}); den läses inte")
        total += part.file_size
    if total > MAX_UNPACKED:
        raise ReadError(path, f"Word-filen packas upp till {size_text(total)}, gränsen är {size_text(MAX_UNPACKED)}")


def read_docx(path: Path, data: bytes) -> ParsedDocument:
    """Parse .docx bytes into heading/text blocks; ReadError for broken or protected files."""
    if data.startswith(_OLE_MAGIC):
        raise ReadError(
            path, "Word-filen är lösenordsskyddad eller i gamla .doc-formatet – spara om som .docx"
        )
    _check_unpacked_sizes(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - zip, XML and package errors all mean "broken"
        raise ReadError(path, f"Word-filen är trasig ({type(exc).__name__})") from exc

    paragraphs = sum(1 for _ in document.element.body.iter(qn("w:p")))
    if paragraphs > MAX_PARAGRAPHS:  # python-docx takes about a millisecond a paragraph
        raise ReadError(path, f"Word-filen har {paragraphs} stycken, gränsen är {MAX_PARAGRAPHS}; dela upp den")
    styles = _StyleCache()
    blocks: list[Block] = []
    title_style: str | None = None
    manual: list[Block] = []  # bold-line headings, levelled once styled levels are known
    styled_levels: list[int] = []
    for element in _body_elements(document.element.body):
        if element.tag == qn("w:tbl"):
            blocks.extend(_table_rows(element, document))
            continue
        paragraph = Paragraph(element, document._body)
        text = normalise_whitespace(paragraph.text)
        if not text:
            continue
        level, is_title = styles.heading_level(paragraph)
        if level:
            blocks.append(Block(text, heading=True, level=level))
            styled_levels.append(level)
            if is_title and title_style is None:
                title_style = text
        elif styles.is_list_item(paragraph):
            blocks.append(Block("• " + text))  # same marker the PDF reader gives list items
        elif _is_manual_heading(paragraph, text, styles):
            manual.append(Block(text, heading=True))
            blocks.append(manual[-1])
        else:
            blocks.append(Block(text))
    for block in manual:
        block.level = min(max(styled_levels) + 1, 6) if styled_levels else 1

    return ParsedDocument(
        title=_title(document, title_style, blocks, path), blocks=blocks, kind="docx",
        header=_header_part(document),
    )


def _header_part(document) -> list[str]:
    """Lines of the first section's headers and footers (first page, default, even), tables as rows."""
    lines: list[str] = []
    try:
        section = document.sections[0]
        parts = [section.first_page_header, section.header, section.even_page_header,
                 section.first_page_footer, section.footer, section.even_page_footer]
        for part in parts:
            if part.is_linked_to_previous:  # no definition of its own: reading it would create one
                continue
            for element in _body_elements(part._element):
                if element.tag == qn("w:tbl"):
                    lines.extend(block.text for block in _table_rows(element, document))
                else:
                    text = normalise_whitespace(Paragraph(element, part).text)
                    lines.extend(line for line in text.split("\n") if line.strip())
    except Exception:  # noqa: BLE001 - an odd header part only loses its metadata, never the document
        return lines
    return lines


def _body_elements(container):
    """Paragraphs and tables in order, descending into content controls (w:sdt)."""
    for child in container.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_elements(content)


def _table_rows(table, document) -> list[Block]:
    """One block per row, "cell | cell"; merged cells appear once. An empty cell between others stays, as
    "a |  | b", so that a header table's row of values lines up with its row of labels; empty cells at a row's
    ends, and empty rows, are left out."""
    blocks = []
    for row in table.iterchildren(qn("w:tr")):
        cells = []
        for cell in row.iterchildren(qn("w:tc")):
            text = " ".join(
                Paragraph(p, document._body).text for p in cell.iter(qn("w:p"))
            )
            cells.append(normalise_whitespace(text).replace("\n", " ").strip())
        while cells and not cells[-1]:
            cells.pop()
        while cells and not cells[0]:
            cells.pop(0)
        if cells:
            blocks.append(Block(" | ".join(cells)))
    return blocks


def _heading_level(paragraph: Paragraph) -> tuple[int, bool]:
    """(level, is_title) from the paragraph style or the styles it is based on."""
    try:
        style = paragraph.style
    except Exception:  # noqa: BLE001 - a dangling style reference is just body text
        return 0, False
    for _ in range(6):
        if style is None:
            break
        for name in (style.name or "", style.style_id or ""):
            m = _HEADING_STYLE.match(name.strip())
            if m:
                return int(m.group(1)), False
            if _TITLE_STYLE.match(name.strip()):
                return 1, True
        style = style.base_style
    return 0, False


def _list_style(paragraph: Paragraph) -> bool:
    try:
        name = (paragraph.style.name or "").lower() if paragraph.style else ""
    except Exception:  # noqa: BLE001
        return False
    return name.startswith(("list", "liststycke", "punktlista", "numrerad lista"))


def _style_bold(paragraph: Paragraph) -> bool:
    try:
        return bool(paragraph.style and paragraph.style.font.bold)
    except Exception:  # noqa: BLE001
        return False


class _StyleCache:
    """What a paragraph's style says, looked up once per style: python-docx resolves a style by searching
    all styles each time, which made a document of many paragraphs take minutes."""

    def __init__(self):
        self._seen: dict[tuple[str, str | None], object] = {}

    def _get(self, what: str, paragraph: Paragraph, compute):
        key = (what, paragraph._p.style)  # the paragraph's style id (None: the default style)
        if key not in self._seen:
            self._seen[key] = compute(paragraph)
        return self._seen[key]

    def heading_level(self, paragraph: Paragraph) -> tuple[int, bool]:
        return self._get("heading", paragraph, _heading_level)

    def is_list_item(self, paragraph: Paragraph) -> bool:
        """Bulleted/numbered paragraph: numbering properties or a list style ("List Bullet",
        "Liststycke", "Punktlista"). Word keeps the bullet itself out of the text."""
        if paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None:
            return True
        return self._get("list", paragraph, _list_style)

    def bold(self, paragraph: Paragraph) -> bool:
        return self._get("bold", paragraph, _style_bold)


def _is_manual_heading(paragraph: Paragraph, text: str, styles: _StyleCache) -> bool:
    """A short paragraph, entirely bold, without a final period: a hand-made heading."""
    if len(text) > 80 or text[-1] in ".,;:" or sum(c.isalpha() for c in text) < 2:
        return False
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs:
        return False
    style_bold = styles.bold(paragraph)
    return all(run.bold or (run.bold is None and style_bold) for run in runs)


def _title(document, title_style: str | None, blocks: list[Block], path: Path) -> str:
    """Core-properties title, else a Title-styled paragraph, first heading or first line."""
    try:
        core = normalise_whitespace(document.core_properties.title or "")
    except Exception:  # noqa: BLE001
        core = ""
    if sum(c.isalpha() for c in core) >= 3:
        return core
    if title_style:
        return title_style
    for block in blocks:
        if block.heading:
            return block.text
    if blocks and len(blocks[0].text) <= 120:
        return blocks[0].text
    return path.stem
