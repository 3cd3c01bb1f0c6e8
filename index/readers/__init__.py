"""Turn a routine document on disk into a ParsedDocument, whatever its format.

``read_document`` is the one entry point. Every problem with a file, including
unexpected library failures, surfaces as ``ReadError`` with a short Swedish reason,
because an administrator reads it and one bad file must not stop a reindex.
"""
from __future__ import annotations

import errno
import os
import stat
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
    path: Path, *, max_bytes: int = 50_000_000, max_pages: int = 2000, data: bytes | None = None,
    root: Path | None = None,
) -> ParsedDocument:
    """Read a .pdf, .docx, .md/.markdown or .txt file into cleaned blocks.

    The file is read once into memory (at most ``max_bytes``), so it cannot change
    between checks and parsing; a caller that already read it (to hash it) passes ``data``. With
    ``root``, a file that turns out to lie outside it when opened is refused.
    Raises ReadError for anything that cannot be indexed.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    unsupported = unsupported_reason(path)
    if unsupported:
        raise ReadError(path, unsupported)
    if data is None:
        data = read_bytes(path, max_bytes, root)
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


OUTSIDE_ROOT = "symbolisk länk som pekar utanför dokumentmappen följs inte"


def read_bytes(path: Path, max_bytes: int, root: Path | None = None) -> bytes:
    """The file's bytes, at most ``max_bytes``; with ``root``, only when the file opened lies inside it.

    The check is made on the open file, not before: a routine swapped for a symbolic link to a file
    outside the documents folder after the folder was scanned is refused, not read. Opened without
    blocking, so a named pipe put in its place cannot hang the reindex.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with open(fd, "rb") as handle:
            status = os.fstat(fd)
            if root is not None and not _inside(path, Path(root), status):
                raise ReadError(path, OUTSIDE_ROOT)
            if not stat.S_ISREG(status.st_mode):
                raise ReadError(path, "inte en vanlig fil (t.ex. en namngiven pipe eller en enhet)")
            if status.st_size > max_bytes:
                raise ReadError(path, f"filen är större än {size_text(max_bytes)}")
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise ReadError(path, "filen försvann under läsningen") from exc
    except IsADirectoryError as exc:
        raise ReadError(path, "sökvägen är en mapp, inte en fil") from exc
    except PermissionError as exc:
        raise ReadError(path, "filen kan inte läsas (behörighet saknas)") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError(path, "symbolisk länk som inte går att följa (den pekar i en slinga)") from exc
        raise ReadError(path, f"filen kunde inte läsas ({type(exc).__name__})") from exc
    if len(data) > max_bytes:  # grew after the size check
        raise ReadError(path, f"filen är större än {size_text(max_bytes)}")
    return data


def _inside(path: Path, root: Path, opened: os.stat_result) -> bool:
    """Whether the file opened is the one the path leads to now, and that lies under ``root``.

    Resolved after opening: if the link was swapped between resolving and opening, the two differ.
    """
    try:
        real = Path(os.path.realpath(path))
        return real.is_relative_to(os.path.realpath(root)) and os.path.samestat(os.stat(real), opened)
    except OSError:
        return False


def size_text(n: int) -> str:
    """50_000_000 -> "50 MB", 1_500_000 -> "1,5 MB" (Swedish decimal comma)."""
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= factor:
            return f"{n / factor:.1f}".rstrip("0").rstrip(".").replace(".", ",") + f" {unit}"
    return f"{n} byte"
