"""PDF reader: pypdf text with per-line font size, boldness and baseline.

Only this module imports pypdf. Plain extraction gives lines but no paragraph or heading
structure, so its ``visitor_text`` callback is used to learn each line's style and
position; ``layout`` turns those lines into blocks. When the callback's pieces do not
add up to the extracted text, lines carry no style and layout heuristics take over.
"""
from __future__ import annotations

import io
import logging
import math
import re
import threading
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pypdf
from pypdf.errors import DependencyError

from index.errors import ReadError
from index.types import Block, ParsedDocument

from .cleanup import normalise_whitespace
from .layout import Line, attach_bullets, clean_line, drop_running_lines, lines_to_blocks
from .titles import choose_title

_MIN_CHARS_PER_PAGE = 25  # fewer extractable characters than this on average = scanned
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd\b", re.IGNORECASE)
_NOT_A_TITLE = re.compile(
    r"^(microsoft\s+\w+\s+-|untitled|namnlös|dokument\s*\d*$|document\s*\d*$|presentation\s*\d*$)"
    r"|\.(docx?|dotx?|pdf|odt|rtf|txt|indd|pptx?)$",
    re.IGNORECASE,
)


_log = logging.getLogger(__name__)


class _PypdfNotes(logging.Handler):
    """pypdf logs every oddity it repairs ("invalid pdf header", "EOF marker not found"), once per object:
    a hostile file printed ~22,000 such lines beside rutinbot's own reason. They are counted per file here
    (per thread: a reindex may read while another thread does) and logged as one line."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        notes = getattr(self.local, "notes", None)
        if notes is None:
            _log.debug("pypdf: %s", record.getMessage())
        elif not notes:
            notes.append(record.getMessage())
            notes.append(1)
        else:
            notes[1] += 1

    @contextmanager
    def collected(self, path: Path):
        self.local.notes = []
        try:
            yield
        finally:
            notes, self.local.notes = self.local.notes, None
            if notes:
                _log.info("pypdf reported %d problem(s) in %s, the first: %s", notes[1], path, notes[0])


_NOTES = _PypdfNotes()
_PYPDF_LOG = logging.getLogger("pypdf")
_PYPDF_LOG.addHandler(_NOTES)
_PYPDF_LOG.propagate = False  # never to stderr beside the reason rutinbot gives


def read_pdf(path: Path, data: bytes, *, max_pages: int) -> ParsedDocument:
    """Parse PDF bytes into blocks with 1-based page numbers; ReadError for unusable files."""
    with _NOTES.collected(path):
        return _read_pdf(path, data, max_pages=max_pages)


def _read_pdf(path: Path, data: bytes, *, max_pages: int) -> ParsedDocument:
    reader = _open(path, data)
    _check_page_tree(reader, path, max_pages)
    try:
        count = len(reader.pages)
    except Exception as exc:  # noqa: BLE001 - any pypdf failure means a broken file
        raise ReadError(path, f"PDF-filen är trasig eller inte en PDF ({_describe(exc)})") from exc
    if count > max_pages:
        raise ReadError(path, f"PDF-filen anger {count} sidor, gränsen är {max_pages}")
    if count == 0:
        raise ReadError(path, "PDF-filen har inga sidor")

    pages, styled = _extract_pages(reader, path, count)
    chars = sum(len(line.text.replace(" ", "")) for page in pages for line in page)
    if chars < _MIN_CHARS_PER_PAGE * count:
        if chars == 0 and not _has_images(reader):
            raise ReadError(path, "PDF-filen innehåller ingen text (sidorna är tomma)")
        raise ReadError(path, "PDF-filen har inget textlager (skannad?) – kör OCR först")
    kept = drop_running_lines(pages)
    # the first page's running lines (a template's box with dates and owner) are kept for the metadata
    header = [line.text for line in pages[0] if not any(line is k for k in kept[0])] if any(kept) else []
    pages = kept if any(kept) else pages  # every line repeats on every page: nothing is a running line

    blocks = lines_to_blocks([line for page in pages for line in page], styled=styled)
    return ParsedDocument(
        title=_title(reader, blocks, path), blocks=blocks, pages=count, kind="pdf", header=header,
    )


def _check_page_tree(reader: pypdf.PdfReader, path: Path, max_pages: int) -> None:
    """Refuse a PDF with more pages than ``max_pages`` before pypdf flattens its page tree.

    A file of a few hundred bytes can claim 100 000 pages, or really hold them by listing one subtree
    many times; pypdf would build its whole page list first. This walk stops as soon as the limit is
    passed. Anything odd in the tree is left to pypdf, which reports a broken file itself.
    """
    try:
        pages = reader.trailer["/Root"].get_object()["/Pages"].get_object()  # type: ignore[index]
        claimed = int(pages.get("/Count", 0))
    except Exception:  # noqa: BLE001
        return
    if claimed > max_pages:
        raise ReadError(path, f"PDF-filen anger {claimed} sidor, gränsen är {max_pages}")
    leaves, visits, stack = 0, 0, [pages]
    try:
        while stack:
            node = stack.pop()
            visits += 1
            if visits > 4 * max_pages + 1000:
                return  # a tree this odd (a cycle?) is pypdf's to judge
            kids = node.get("/Kids") if hasattr(node, "get") else None
            if kids is None:
                leaves += 1
                if leaves > max_pages:
                    raise ReadError(path, f"PDF-filen har fler än {max_pages} sidor, gränsen är {max_pages}")
                continue
            stack.extend(kid.get_object() for kid in kids.get_object())
    except ReadError:
        raise
    except Exception:  # noqa: BLE001
        return


def _has_images(reader: pypdf.PdfReader) -> bool:
    """Whether any page draws an image or form (a scan) rather than being blank."""
    for page in reader.pages:
        try:
            resources = page.get("/Resources")
            resources = resources.get_object() if resources is not None else None
            if resources is not None and resources.get("/XObject"):
                return True
            contents = page.get_contents()
            if contents is not None and re.search(rb"\bBI\b", contents.get_data()):  # an inline image
                return True
        except Exception:  # noqa: BLE001
            return True  # when in doubt, say scanned: that advice (OCR) is the safe one
    return False


def _describe(exc: BaseException) -> str:
    """Class name plus a short message, for the parenthesis in a Swedish reason."""
    msg = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {msg[:80]}" if msg else type(exc).__name__


def _open(path: Path, data: bytes) -> pypdf.PdfReader:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
            raise ReadError(path, "PDF-filen är krypterad (lösenordsskyddad)")
    except ReadError:
        raise
    except DependencyError as exc:
        # AES needs the optional 'cryptography' package; RC4 works without it.
        raise ReadError(
            path, "PDF-filen är krypterad med AES och paketet cryptography saknas"
        ) from exc
    except Exception as exc:  # noqa: BLE001
        raise ReadError(path, f"PDF-filen är trasig eller inte en PDF ({_describe(exc)})") from exc
    return reader


# --- extraction -------------------------------------------------------------------------


MAX_PAGE_CONTENT = 1_000_000  # decoded bytes of drawing operators on one page; a page of prose has ~10 kB
MAX_CONTENT_BYTES = 40_000_000  # for the whole document: 2,000 pages of prose hold about 20 MB
MAX_PAGE_CHARS = 30_000  # characters read from one page (a dense page of prose holds about 6,000)
MAX_DOCUMENT_CHARS = 6_000_000


def _content(page, sizes: dict) -> tuple[tuple, int]:
    """Which content streams draw the page (their object numbers) and their decoded size in bytes."""
    contents = page.get("/Contents")
    if contents is None:
        return (), 0
    refs = list(contents) if isinstance(contents, pypdf.generic.ArrayObject) else [contents]
    keys, total = [], 0
    for ref in refs:
        key = (ref.idnum, ref.generation) if isinstance(ref, pypdf.generic.IndirectObject) else id(ref)
        if key not in sizes:
            sizes[key] = len(ref.get_object().get_data())
        keys.append(key)
        total += sizes[key]
    return tuple(keys), total


def _extract_pages(reader: pypdf.PdfReader, path: Path, count: int) -> tuple[list[list[Line]], bool]:
    """Lines of every page; the flag says whether font/position data is trustworthy."""
    pages: list[list[Line]] = []
    failures: list[Exception] = []
    styled_chars = total_chars = 0
    sizes: dict = {}  # content stream -> decoded bytes, so a stream shared by many pages is decoded once
    drawn: dict = {}  # content streams read so far -> (text, segments): a stream drawn on many pages is read once
    budget = MAX_CONTENT_BYTES
    oversized = 0
    for number in range(1, count + 1):
        segments: list[tuple[str, float | None, float, bool]] = []

        def visit(text, cm, tm, font, size, _segments=segments):
            _segments.append((text, *_position(cm, tm, size), _is_bold(font)))

        try:
            page = reader.pages[number - 1]
            streams, content = _content(page, sizes)
            if content > MAX_PAGE_CONTENT:
                # a page whose drawing is larger than any page of text (a megabyte of operators) would take
                # minutes to read, and one stream can be drawn on every page: it is left out
                oversized += 1
                pages.append([])
                continue
            if streams and streams in drawn:  # the same drawing as an earlier page: its text is not read again
                text, segments[:] = drawn[streams]
            else:
                budget -= content
                if budget < 0:
                    raise ReadError(path, f"PDF-filen har mer sidinnehåll än {MAX_CONTENT_BYTES // 1_000_000} MB "
                                          "att läsa; dela upp den")
                text = page.extract_text(visitor_text=visit)
                drawn[streams] = (text, list(segments))
        except ReadError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad page should not sink the document
            failures.append(exc)
            pages.append([])
            continue
        if len(text) > MAX_PAGE_CHARS:  # more than any page of prose holds: the rest is not read
            text, segments[:] = text[:MAX_PAGE_CHARS], []
        if total_chars > MAX_DOCUMENT_CHARS:
            raise ReadError(path, f"PDF-filen innehåller mer än {MAX_DOCUMENT_CHARS // 1_000_000} miljoner tecken "
                                  "text; dela upp den")
        if "".join(s[0] for s in segments) == text:
            lines = _lines_from_segments(segments, number)
        else:
            lines = [Line(t, number) for t in text.split("\n")]
        lines = [clean_line(line) for line in attach_bullets(lines)]
        lines = [line for line in lines if line.text]
        for line in lines:
            n = len(line.text)
            total_chars += n
            styled_chars += n if line.size > 0 else 0
        pages.append(lines)
    if oversized and not total_chars:
        raise ReadError(path, f"PDF-filens sidor har mer än {MAX_PAGE_CONTENT // 1_000_000} MB sidinnehåll var "
                              "och läses inte")
    if failures and len(failures) == count:
        raise ReadError(path, f"PDF-filen är trasig eller inte en PDF ({_describe(failures[0])})")
    return pages, total_chars > 0 and styled_chars >= 0.9 * total_chars


def _position(cm, tm, size) -> tuple[float | None, float]:
    """Baseline y and effective font size from pypdf's text and transformation matrices."""
    try:
        y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
        scale = math.sqrt(
            abs((tm[0] * tm[3] - tm[1] * tm[2]) * (cm[0] * cm[3] - cm[1] * cm[2]))
        )
        return y, float(size) * scale
    except (TypeError, ValueError, IndexError):
        return None, 0.0


def _is_bold(font) -> bool:
    """Bold by font name ("Arial,Bold", "Calibri-Bold") or descriptor weight/ForceBold flag."""
    if font is None:
        return False
    try:
        if _BOLD_NAME.search(str(font.get("/BaseFont", ""))):
            return True
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            return False
        descriptor = descriptor.get_object()
        weight = float(descriptor.get("/FontWeight", 0) or 0)
        return weight >= 600 or bool(int(descriptor.get("/Flags", 0) or 0) & (1 << 18))
    except Exception:  # noqa: BLE001 - odd font dictionaries only lose the hint
        return False


# a footnote's reference mark: one to three digits (or several, "12,13"), or an asterisk or dagger
_NOTE_MARK = re.compile(r"\s*(?:\d{1,3}(?:[,–-]\d{1,3})*|[*†])\s*")
_NOTE_SIZE = 0.8  # a mark is set at most this size of the text it follows …
_NOTE_RISE = 0.2  # … and raised by at least this share of its size (a smaller table cell centred in its row is not)
_UNIT = re.compile(r"(?<![^\W\d_])(?:m|km|cm|mm|dm)\s*$")  # "m²" is an exponent, not a note
_EXPONENTS = {"2": "²", "3": "³"}


def _without_note_marks(segments):
    """The segments without footnote reference marks set small and raised after a word ("arbetsbelastning¹²"),
    the line they broke joined again: pypdf starts a new line wherever the baseline moves, and the mark
    then stood alone on a line, or opened the next paragraph ("3 Personalomsättningen …")."""
    out: list = []
    at = -1  # where in ``out`` the last segment with text stands
    for n, segment in enumerate(segments):
        text, y, size, _ = segment
        previous = out[at] if at >= 0 else None
        if (previous is not None and _NOTE_MARK.fullmatch(text) and text.strip() and y is not None
                and previous[1] is not None and 0 < size <= _NOTE_SIZE * previous[2]
                and previous[1] + _NOTE_RISE * previous[2] <= y < previous[1] + previous[2]):
            following = next((s for s in segments[n + 1:] if s[0].strip()), None)
            goes_on = following is not None and following[1] is not None \
                and abs(following[1] - previous[1]) < 0.5 * previous[2]  # the line goes on after the mark
            exponent = _EXPONENTS.get(text.strip(), "") if _UNIT.search(previous[0]) else ""
            if goes_on or exponent:
                out[at] = (previous[0].rstrip("\n") + exponent + ("" if goes_on else "\n"), *previous[1:])
            continue
        out.append(segment)
        if text.strip():
            at = len(out) - 1
    return out


def _lines_from_segments(segments, page: int) -> list[Line]:
    """Split visitor segments into lines, giving each line its dominant style and first y."""
    segments = _without_note_marks(segments)
    lines: list[Line] = []
    text: list[str] = []
    weights: Counter = Counter()
    y: float | None = None

    def flush():
        nonlocal y
        if weights:
            (size, bold), _ = weights.most_common(1)[0]
        else:
            size, bold = 0.0, False
        lines.append(Line("".join(text), page, y, size, bold))
        text.clear()
        weights.clear()
        y = None

    for seg_text, seg_y, size, bold in segments:
        for k, part in enumerate(seg_text.split("\n")):
            if k > 0:
                flush()
            if not part:
                continue
            text.append(part)
            visible = len(part.replace(" ", ""))
            if visible:
                weights[(round(size * 2) / 2, bold)] += visible
                if y is None and k == 0:
                    y = seg_y
    flush()
    return lines


def _title(reader: pypdf.PdfReader, blocks: list[Block], path: Path) -> str:
    """Metadata /Title when it is a real title, else the first page's heading that names the routine (see
    titles.choose_title), else its first heading or first line."""
    try:
        meta = reader.metadata
        title = normalise_whitespace(str(meta.title or "")) if meta else ""
    except Exception:  # noqa: BLE001 - broken metadata is common and harmless
        title = ""
    if len(title) >= 3 and sum(c.isalpha() for c in title) >= 3 and not _NOT_A_TITLE.search(title):
        return title
    first_page = blocks[0].page if blocks else None
    # the first page's headings, the letterhead among them passed over ("Socialförvaltningen" in bold)
    chosen = choose_title([b.text for b in blocks if b.heading and b.page == first_page], path)
    if chosen:
        return chosen
    for block in blocks:
        if block.heading and block.page == first_page:
            return block.text
    if blocks:
        first_line = blocks[0].text.split("\n")[0]
        if len(first_line) <= 120:
            return first_line
    headings = [b.text for b in blocks if b.heading]
    return headings[0] if headings else path.stem
