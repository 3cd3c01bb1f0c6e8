"""Page lines -> blocks: running-line removal, headings and paragraphs (no PDF library).

The PDF reader produces ``Line`` objects (text plus font size, boldness and baseline
when pypdf could tell); everything format-independent about turning them into
paragraphs and headings lives here, so it can be reasoned about and tested without
pypdf. Headings come from font style when the document has any that stands out, else
from layout shape; paragraphs end at extra vertical space or at a short line that ends
a sentence.
"""
from __future__ import annotations

import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

from index.types import Block

from .cleanup import (
    ends_sentence,
    is_all_caps,
    is_bullet,
    is_field_line,
    is_page_number_line,
    line_key,
    looks_like_heading,
    normalise_whitespace,
    numbering_depth,
    running_line_indices,
    unwrap_lines,
)

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


@dataclass
class Line:
    """One extracted text line with what the PDF told about it (unknowns left at defaults)."""

    text: str
    page: int
    y: float | None = None  # baseline in PDF units (grows upwards); None if unknown
    size: float = 0.0  # effective font size; 0 if unknown
    bold: bool = False
    heading: bool = False
    level: int = 0


def _is_bullet_glyph(ch: str) -> bool:
    # Word's "\uf0b7" (private use), ReportLab's ZapfDingbats "\x7f", real "•" and friends.
    return ch in "•·▪◦‣○●■□➢►✓✔" or unicodedata.category(ch) in ("Co", "Cc", "So")


def attach_bullets(lines: list[Line]) -> list[Line]:
    """Make list items read "• text": bullets are often a lone glyph on their own line."""
    out: list[Line] = []
    pending = False
    for line in lines:
        raw = line.text.strip()
        if len(raw) == 1 and _is_bullet_glyph(raw):
            pending = True
            continue
        if len(raw) > 2 and _is_bullet_glyph(raw[0]) and raw[1].isspace():
            line.text, pending = raw[1:], True
        if pending and raw:
            line.text, pending = "• " + line.text.strip(), False
        out.append(line)
    return out


def clean_line(line: Line) -> Line:
    """Expand ligatures, turn a trailing soft hyphen into "-" for join_hyphenated, tidy spaces."""
    text = line.text.translate(_LIGATURES)
    if text.rstrip().endswith("\u00ad"):  # soft hyphen at a line end is a hyphenation
        text = text.rstrip()[:-1] + "-"
    line.text = normalise_whitespace(text).replace("\n", " ")
    return line


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove headers/footers; a repeated line far from where the others sit is kept.

    The position check protects a cover-page title that reappears as a running header.
    Two-page documents are below the generic rule's minimum, so there a line counts as
    running when both pages have it in the same edge position (same text and baseline).
    """
    drops = running_line_indices([[line.text for line in page] for page in pages])
    filled = [n for n, page in enumerate(pages) if page]
    if len(filled) == 2:
        (n1, first), (n2, second) = ((n, pages[n]) for n in filled)
        for i in _edge_indices(first):
            for j in _edge_indices(second):
                a, b = first[i], second[j]
                if (
                    a.y is not None and b.y is not None and abs(a.y - b.y) <= 2
                    and line_key(a.text) == line_key(b.text)
                ):
                    drops[n1].add(i)
                    drops[n2].add(j)
    ys: dict[str, list[float]] = {}
    for page, drop in zip(pages, drops):
        for i in drop:
            y = page[i].y
            if y is not None:
                ys.setdefault(line_key(page[i].text), []).append(y)
    kept = []
    for page, drop in zip(pages, drops):
        keep = []
        for i, line in enumerate(page):
            if i in drop:
                where = ys.get(line_key(line.text))
                if is_page_number_line(line.text) or line.y is None or not where:
                    continue
                if abs(line.y - statistics.median(where)) <= 3:
                    continue
            keep.append(line)
        kept.append(keep)
    return kept


def _edge_indices(page: list[Line]) -> set[int]:
    n = len(page)
    return set(range(min(3, n))) | set(range(max(0, n - 3), n))


# --- headings ---------------------------------------------------------------------------


def _heading_shape(text: str) -> bool:
    """Short, no final period/comma, has letters, not a list item."""
    return (
        len(text) <= 120
        and len(text.split()) <= 16
        and text[-1] not in ".,;"
        and sum(c.isalpha() for c in text) >= 2
        and not is_bullet(text)
        and not is_field_line(text)
    )


def _mark_styled_headings(lines: list[Line]) -> bool:
    """Headings = heading-shaped lines set larger than body text, or bold in non-bold text.

    Returns False (nothing marked) when no line stands out, so layout heuristics run.
    """
    sizes: Counter = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0]
    body_lines = [line for line in lines if line.size == body]
    body_bold = sum(len(ln.text) for ln in body_lines if ln.bold) > 0.5 * sum(
        len(ln.text) for ln in body_lines
    )

    def stands_out(line: Line) -> bool:
        if line.size >= body * 1.12 and line.size - body >= 1:
            return True
        return line.bold and not body_bold and line.size >= body - 0.5

    found = [line for line in lines if stands_out(line) and _heading_shape(line.text)]
    if not found:
        return False
    styles = sorted({(ln.size, ln.bold) for ln in found}, reverse=True)
    for line in found:
        line.heading = True
        line.level = min(styles.index((line.size, line.bold)) + 1, 6)
    return True


def _mark_layout_headings(lines: list[Line]) -> None:
    """Without style data: a short heading-shaped line between a sentence end and body text."""
    full = _full_length(lines)
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i > 0 else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None or not looks_like_heading(line.text) or is_field_line(line.text):
            continue
        marked = is_all_caps(line.text) or numbering_depth(line.text) > 0
        after_break = prev is None or prev.page != line.page or prev.heading or ends_sentence(prev.text)
        before_body = (
            nxt.text[0].isupper()
            and not is_bullet(nxt.text)
            and not 0 < numbering_depth(nxt.text) == numbering_depth(line.text)
            and (len(nxt.text) > len(line.text) or ends_sentence(nxt.text))
        )
        if after_break and before_body and (marked or len(line.text) <= 0.7 * full):
            line.heading = True
            depth = numbering_depth(line.text)
            line.level = min(depth + 1, 6) if depth else (1 if i == 0 else 2)


# --- blocks -----------------------------------------------------------------------------


def _full_length(lines: list[Line]) -> int:
    """Length of a full-width body line (90th percentile), to spot short paragraph ends."""
    lengths = sorted(len(ln.text) for ln in lines if not ln.heading) or [0]
    return max(30, lengths[round(0.9 * (len(lengths) - 1))])


def _typical_gap(lines: list[Line]) -> float | None:
    gaps = []
    for prev, cur in zip(lines, lines[1:]):
        if prev.page == cur.page and prev.y is not None and cur.y is not None and not (prev.heading or cur.heading):
            gap = prev.y - cur.y
            if 0 < gap < 3 * max(prev.size, 10):
                gaps.append(gap)
    return statistics.median(gaps) if len(gaps) >= 3 else None


def _build_blocks(lines: list[Line]) -> list[Block]:
    """Group lines into heading and paragraph blocks; a paragraph keeps its first page."""
    full = _full_length(lines)
    gap = _typical_gap(lines)
    blocks: list[Block] = []
    group: list[Line] = []

    def flush():
        if group:
            joined = "\n".join(ln.text for ln in group)
            text = normalise_whitespace(unwrap_lines(joined, full_width=0 if group[0].heading else full))
            first = group[0]
            blocks.append(Block(text, page=first.page, heading=first.heading, level=first.level))
            group.clear()

    for line in lines:
        prev = group[-1] if group else None
        if prev is None:
            group.append(line)
            continue
        if line.heading or prev.heading:
            same = (
                line.heading and prev.heading
                and (line.size, line.bold, line.level) == (prev.size, prev.bold, prev.level)
                and line.page == prev.page
                and numbering_depth(line.text) == 0
            )
            if not same:
                flush()
            group.append(line)
            continue
        if line.page != prev.page:
            continues = not ends_sentence(prev.text) and (
                line.text[0].islower() or prev.text.endswith(("-", ","))
            )
            if not continues:
                flush()
        elif _paragraph_break(prev, line, full, gap):
            flush()
        group.append(line)
    flush()
    return [b for b in blocks if b.text]


def _paragraph_break(prev: Line, line: Line, full: int, gap: float | None) -> bool:
    if gap is not None and prev.y is not None and line.y is not None:
        step = prev.y - line.y
        if step < -1 or step > gap * 1.35 + 1:  # moved up (new column) or extra spacing
            return True
    list_item = is_bullet(line.text) or numbering_depth(line.text) > 0
    return (
        ends_sentence(prev.text)
        and (line.text[0].isupper() or line.text[0].isdigit())
        and len(prev.text) < 0.8 * full
        and not (prev.text.endswith(":") and list_item)
    )


def lines_to_blocks(lines: list[Line], *, styled: bool) -> list[Block]:
    """Mark headings (by style if ``styled`` and something stands out, else by layout)
    and group the lines into blocks."""
    if not (styled and _mark_styled_headings(lines)):
        _mark_layout_headings(lines)
    return _build_blocks(lines)
