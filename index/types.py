"""Plain data passed between the readers, the chunker and the store."""
from __future__ import annotations

from dataclasses import dataclass, field

# a passage's line flagged as a heading read within its section (Block.within): it bounds a quote and is cited, but
# names no section for the sentences below it (their heading stays the one above)
WITHIN_HEADING = 2


@dataclass
class Block:
    """A paragraph or heading in reading order, with the PDF page it starts on (None for non-PDF)."""

    text: str
    page: int | None = None
    heading: bool = False
    level: int = 0  # 1 = top heading; 0 for body text
    # a heading read within its section (an unmarked line of a page shaped like one): it heads the lines below it in
    # their passage, but starts no passage of its own
    within: bool = False


@dataclass
class ParsedDocument:
    """What a reader returns: cleaned blocks in order, ready for metadata extraction and chunking."""

    title: str
    blocks: list[Block]
    pages: int | None = None  # page count for PDFs
    kind: str = ""  # "pdf", "docx", "markdown", "text"
    front_matter: dict = field(default_factory=dict)  # Markdown YAML front matter, if any
    header: list[str] = field(default_factory=list)  # a Word header part, a PDF's running box: read for metadata


@dataclass
class Chunk:
    """One retrievable passage of a document."""

    text: str
    ordinal: int
    page: int | None = None
    section: str | None = None
    lines: list[tuple[int | None, bool | int]] = field(default_factory=list)  # per text line: (page, is heading)
    context: str = ""  # the headings above the section, for embedding the passage in its place
