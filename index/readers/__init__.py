"""Turn a routine document on disk into a ParsedDocument, whatever its format.

``read_document`` is the one entry point. Every problem with a file, including
unexpected library failures, surfaces as ``ReadError`` with a short Swedish reason,
because an administrator reads it and one bad file must not stop a reindex.
"""
from __future__ import annotations

import os
from pathlib import Path

from index.errors import ReadError
from index.types import ParsedDocument

__all__ = ["SUPPORTED_SUFFIXES", "read_bytes", "read_document", "size_text", "unsupported_reason"]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".pdf", ".docx", ".md", ".markdown", ".txt")

_HINTS = {
    ".doc": " – spara om som .docx",
    ".rtf": " – spara om som .docx eller PDF",
    ".odt": " – spara om som .docx eller PDF",
}


def unsupported_reason(path: Path) -> str | None:
    """Why a file type cannot be indexed (with a hint for the usual office formats), or None if it can."""
    suffix = Path(path).suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return None
    shown = suffix or "utan filändelse"
    return f"filtypen {shown} stöds inte{_HINTS.get(suffix, '')} (stöds: {', '.join(SUPPORTED_SUFFIXES)})"


def read_document(
    path: Path, *, max_bytes: int = 50_000_000, max_pages: int = 2000, data: bytes | None = None
) -> ParsedDocument:
    """Read a .pdf, .docx, .md/.markdown or .txt file into cleaned blocks.

    The file is read once into memory (at most ``max_bytes``), so it cannot change
    between checks and parsing; a caller that already read it (to hash it) passes ``data``.
    Raises ReadError for anything that cannot be indexed.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    unsupported = unsupported_reason(path)
    if unsupported:
        raise ReadError(path, unsupported)
    if data is None:
        data = read_bytes(path, max_bytes)
    if not data or data.isspace():
        raise ReadError(path, "filen är tom")
    try:
        document = _parse(path, suffix, data, max_pages)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - library bugs on odd files become ReadError
        raise ReadError(path, f"oväntat fel när filen lästes ({type(exc).__name__})") from exc
    if not any(block.text.strip() for block in document.blocks):
        raise ReadError(path, "filen innehåller ingen text")
    return document


def _parse(path: Path, suffix: str, data: bytes, max_pages: int) -> ParsedDocument:
    # Imported lazily: reading Markdown should not require loading pypdf.
    if suffix == ".pdf":
        from .pdf import read_pdf

        return read_pdf(path, data, max_pages=max_pages)
    if suffix == ".docx":
        from .docx import read_docx

        return read_docx(path, data)
    from .text import read_markdown, read_text

    return read_markdown(path, data) if suffix in (".md", ".markdown") else read_text(path, data)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > max_bytes:
                raise ReadError(path, f"filen är större än {size_text(max_bytes)}")
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise ReadError(path, "filen försvann under läsningen") from exc
    except IsADirectoryError as exc:
        raise ReadError(path, "sökvägen är en mapp, inte en fil") from exc
    except PermissionError as exc:
        raise ReadError(path, "filen kan inte läsas (behörighet saknas)") from exc
    except OSError as exc:
        raise ReadError(path, f"filen kunde inte läsas ({type(exc).__name__})") from exc
    if len(data) > max_bytes:  # grew after the size check
        raise ReadError(path, f"filen är större än {size_text(max_bytes)}")
    return data


def size_text(n: int) -> str:
    """50_000_000 -> "50 MB", 1_500_000 -> "1,5 MB" (Swedish decimal comma)."""
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= factor:
            return f"{n / factor:.1f}".rstrip("0").rstrip(".").replace(".", ",") + f" {unit}"
    return f"{n} byte"
