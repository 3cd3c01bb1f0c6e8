"""Markdown and plain-text readers.

Text files from Swedish Windows machines are often cp1252, so decoding falls back from
UTF-8 instead of refusing; only binary data (NUL bytes, many control characters) is
refused. Markdown syntax is stripped only lightly: the goal is clean searchable prose
with headings, not a faithful rendering.
"""
from __future__ import annotations

import re
from pathlib import Path

from index import safe_yaml
from index.errors import ReadError
from index.types import Block, ParsedDocument

from .cleanup import (
    at_short_lines,
    ends_sentence,
    is_all_caps,
    is_bullet,
    is_field_line,
    looks_like_heading,
    normalise_whitespace,
    numbering_depth,
    remove_link_notes,
    remove_repeated_lines,
    remove_site_chrome,
    split_paragraphs,
    unwrap_lines,
    wrap_width,
)
from .titles import (
    MARKDOWN_HEADING,
    STATING_VERBS,
    choose_title,
    is_title_shaped,
    names_by_asking,
    unit_named,
    with_unit,
)

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # below space, except \t \n \f \r


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252, else latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(path, "textfilen är inte UTF-8 och inte giltig UTF-16") from exc
    if b"\x00" in data:
        raise ReadError(path, "textfilen är inte UTF-8 och ser binär ut (innehåller NUL-tecken)")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, len(text) // 100):
        raise ReadError(path, "textfilen är inte UTF-8 och ser binär ut (många styrtecken)")
    return text


# --- plain text ---------------------------------------------------------------------------


_UNDERLINE = re.compile(r"[ \t]*([=~-])\1{2,}[ \t]*")
MAX_LINE = 1000  # characters: a longer line is wrapped at a space first, so no pattern meets a megabyte line


def wrap_long_lines(text: str, limit: int = MAX_LINE) -> str:
    """Break lines longer than ``limit`` at the last space before it (or at ``limit`` when there is none).

    Real routines wrap long before this; a file of one endless line (hostile or broken) would otherwise
    cost each line-based pattern time in the square of its length. Lines inside a paragraph are joined
    again later, so the text read is the same.
    """
    if len(text) <= limit or all(len(line) <= limit for line in text.split("\n")):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", limit // 2, limit + 1)
            cut = cut if cut > 0 else limit
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return "\n".join(out)


def _mark_underlined(text: str, underlined: dict[str, int]) -> str:
    """"Rubrik\n=====" becomes its own paragraph (level 1 for =, else 2), recorded in ``underlined``.

    Line by line, in linear time (a regex spanning the line before the underline was quadratic in it).
    """
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        underline = _UNDERLINE.fullmatch(line) if i and out and out[-1].strip() else None
        if underline:
            heading = out.pop().strip()
            underlined[heading] = 1 if underline.group(1) == "=" else 2
            out += ["", heading, ""]
        else:
            out.append(line)
    return "\n".join(out)


def read_text(path: Path, data: bytes) -> ParsedDocument:
    """Paragraphs split on blank lines; a short first line is the title; ALL CAPS,
    numbered ("2. Ansvar") or underlined (=== / ---) short lines are headings."""
    text = remove_link_notes(remove_site_chrome(remove_repeated_lines(wrap_long_lines(normalise_whitespace(
        decode_text(path, data))))))
    underlined: dict[str, int] = {}
    text = _mark_underlined(text, underlined).strip()
    width = wrap_width(text)
    blocks: list[Block] = []
    title = choose_title(_lead(text), path) or ""
    before, at, after = _around_title(text, title)
    # a first line shaped like a field ("Rutin: Krisstöd …") stays in the text, as the fields under it do
    if at and after.strip() and at not in underlined and (before.strip() or not is_field_line(at)):
        # the title first, then the letterhead and fields above it: a routine's head, as other formats read it
        title = with_unit(title, unit_named(before.split("\n")))
        blocks.append(Block(title, heading=True, level=1))
        # … no heading of the text: "STORVIKS KOMMUN" names no section
        blocks.extend(Block(unwrap_lines(part)) for paragraph in split_paragraphs(before)
                      for part in at_short_lines(paragraph, width))
        text = after
    for paragraph in (part for whole in split_paragraphs(text) for part in at_short_lines(whole, width)):
        single = "\n" not in paragraph
        depth = numbering_depth(paragraph)
        marked = MARKDOWN_HEADING.match(paragraph) if single else None
        if marked:  # "# Gallring och arkivering": Markdown left in a text file
            blocks.append(Block(paragraph[marked.end():].strip(), heading=True, level=len(marked.group(1))))
        elif single and paragraph in underlined:
            blocks.append(Block(paragraph, heading=True, level=underlined[paragraph]))
        elif single and looks_like_heading(paragraph) and (is_all_caps(paragraph) or depth or paragraph[0].isdigit()):
            blocks.append(Block(paragraph, heading=True, level=min(depth + 1, 6) if depth else 2))
        else:
            blocks.append(Block(unwrap_lines(paragraph)))
    _mark_plain_headings(blocks)
    if not title:
        heading = next((b.text for b in blocks if b.heading), "")
        title = heading or path.stem
    return ParsedDocument(title=title, blocks=blocks, kind="text")


# A web page or a converted document names its sections on lines of their own, unmarked ("Intervju", "Åtgärder vid
# uttalat bombhot"): once its text has begun, a short line shaped like a heading, a paragraph of its own followed by
# body text, heads what follows, within its section (such lines would cut a page into crumbs of passages). Not a
# letterhead above the text ("Enheten för ekonomiskt bistånd"), a table's row, one holding a number ("Telefon 0470-410
# 00", "Måndag–fredag 8–16"), a rule's verb ("Du ska ringa chefen") or a question (a page's own question is answered by
# the sentence after it, see answering).
_SAYS_MORE_THAN_A_NAME = re.compile(rf"\d|[?!|]|\b({STATING_VERBS})\b", re.IGNORECASE)


# … nor a letter's sign-off ("Vänliga hälsningar L, skolsköterska i Skåne", "Mvh Anna"): read as a heading, it made
# the answer below a letter on a question-and-answer page its section, and cut the letter off from its "Svar:". A
# heading that opens so ("Hälsningar och bemötande") goes on in lower case.
_SIGN_OFF = re.compile(r"^\W*((med\s+)?(vänlig|vänliga|bästa|varma|många|glada)\s+hälsning(ar)?|hälsningar|mvh)"
                       r"(?=\s*$|\s*[,!.]|\s+(?-i:[A-ZÅÄÖ]))", re.IGNORECASE)


# … nor is a line over a price: "Hemsjukvård" over "300 kr/månad" is a table's row, a cell a line
_PRICE = re.compile(r"\d[\d\s,.]*\s*(kr|kronor|sek|:-|%|procent)(?!\w)", re.IGNORECASE)


# … nor is what a lead-in ending in a colon announces: "… skickar du den till:" over "Socialsekreterare" over "Box 104
# 09, 434 24 Kungsbacka" is an address, and read as a heading it parted the lead-in from it. A page's date left out
# ("Senast publicerad:" over "Kontakt") or a lone label ("Innehåll:") announces nothing below.
_DATE_WORDS = re.compile(r"\b(uppdaterad|publicerad|ändrad|granskad)\b", re.IGNORECASE)


def _announced(before: Block | None) -> bool:
    return (before is not None and not before.heading and before.text.rstrip().endswith(":")
            and len(before.text.split()) > 1 and not _DATE_WORDS.search(before.text))


def _mark_plain_headings(blocks: list[Block]) -> None:
    level, begun = 1, False
    for before, block, after in zip([None, *blocks], blocks, blocks[1:]):
        if block.heading:
            level = min(block.level + 1, 6)
        elif (begun and "\n" not in block.text and not after.heading and looks_like_heading(block.text)
              and not is_field_line(block.text) and not _SAYS_MORE_THAN_A_NAME.search(block.text)
              and not _SIGN_OFF.match(block.text) and not _PRICE.match(after.text) and not _announced(before)):
            block.heading, block.level, block.within = True, level, True
        begun = begun or (not block.heading and ends_sentence(block.text))


_LEAD_LINES = 15  # the head of a first page: letterhead, title, fields
_MENU_WORDS = 6  # a link of a menu or a breadcrumb trail is short


def _lead(text: str) -> list[str]:
    """The lines above the text's first section: up to its first numbered line, list item or sentence; a first line
    numbered as a handbook's chapter is read ("9. Palliativ vård …"). A saved web page's list items above its first
    heading are its menu or notices ("• Lättläst", "• VARNING KLASS 1 SNÖFALL" and the lines of its paragraph), read
    past while the lead holds no more than the site's name, which a page may repeat ("Mitt Nacka"); a heading-shaped
    line right under short items ("- Startsida", "- Budget och skuldrådgivning") is the title, not an item's."""
    lead: list[str] = []
    in_item = menu = False
    for line in text.split("\n"):
        stripped = line.strip()
        if is_bullet(stripped) and len(lead) <= 1:
            menu = (menu if in_item else True) and len(stripped.split()) <= _MENU_WORDS  # every item of the run short
            in_item = True
            continue
        if in_item and menu and is_title_shaped(stripped):
            in_item = False  # a menu's or a breadcrumb trail's links ("- Start", "- Omsorg och stöd"), then the title
        if (in_item and stripped) or stripped in lead:  # the item's next line, up to a blank line; the name again
            continue
        in_item = False
        if numbering_depth(stripped) and not lead and is_title_shaped(stripped):
            lead.append(stripped)  # a handbook's chapter opens on its number: "9. Palliativ vård och rutiner vid …"
            continue
        if numbering_depth(stripped) or is_bullet(stripped) or (len(stripped.split()) > 12 and ends_sentence(stripped)
                                                                and not names_by_asking(stripped)):
            break
        if stripped:
            lead.append(stripped)
            if len(lead) >= _LEAD_LINES:
                break
    return lead


def _around_title(text: str, title: str) -> tuple[str, str, str]:
    """The text before the title's line, the line, and the text after it ("", "", text without a title)."""
    if not title:
        return "", "", text
    start = 0
    for line in text.split("\n"):
        if MARKDOWN_HEADING.sub("", line.strip()).strip() == title:
            return text[:start], line.strip(), text[start + len(line) + 1:]
        start += len(line) + 1
    return "", "", text


# --- Markdown -----------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ATX = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_FENCE = re.compile(r"^(```|~~~)")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_HARD_BREAK_AT_END = re.compile(r"(?<!\\)\\$|\S {2,}$")
_HTML_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
_HARD_BREAK = "\x00"  # marks a hard line break in a paragraph's lines until they are unwrapped
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")
_INLINE = [
    # the text inside brackets never holds another bracket or a line break: an unclosed "[" costs a scan to
    # the next one, not to the end of the paragraph
    (re.compile(r"!\[([^\]\[\n]*)\]\([^)\n]*\)"), r"\1"),  # image -> alt text
    (re.compile(r"\[([^\]\[\n]+)\]\([^)\n]*\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"\[([^\]\[\n]+)\]\[[^\]\[\n]*\]"), r"\1"),  # [text][ref] -> text
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # <http://...> -> url
    (re.compile(r"`([^`]+)`"), r"\1"),
    # emphasis: the text inside never holds its own marker, so an unclosed marker costs a scan to the next
    # marker, not to the end of the line (a line of "**a **a …" was quadratic)
    (re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"__(?=\S)([^_\n]+?)(?<=\S)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"<br\s*/?>", re.I), " "),
]


_INLINE_MARKERS = ("[", "<", "`", "*", "_", "~")


def _without_comments(text: str) -> str:
    """Drop <!-- … --> comments (an unclosed one runs to the end), in one pass: a lazy regex rescanned the
    rest of the file from every unclosed "<!--"."""
    out, at = [], 0
    while (start := text.find("<!--", at)) >= 0:
        out.append(text[at:start])
        end = text.find("-->", start + 4)
        at = len(text) if end < 0 else end + 3
    out.append(text[at:])
    return "".join(out)


def strip_inline_markdown(text: str) -> str:
    """Remove emphasis, link, image and code markup, keeping the visible words."""
    if not any(marker in text for marker in _INLINE_MARKERS):
        return text  # most lines: no markup at all
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def split_front_matter(path: Path, text: str) -> tuple[dict, str]:
    """YAML between leading '---' lines; a block that is not a mapping is left as text."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        data = safe_yaml.load(m.group(1) or "") or {}
    except safe_yaml.YamlRefused as exc:
        raise ReadError(path, f"front matter (YAML-huvudet) används inte: {exc.reason}") from exc
    except safe_yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (rad {mark.line + 2})" if mark is not None else ""
        raise ReadError(path, f"front matter (YAML-huvudet) är felaktigt{where}") from exc
    if not isinstance(data, dict):
        return {}, text
    return {str(k): v for k, v in data.items()}, text[m.end():]


def read_markdown(path: Path, data: bytes) -> ParsedDocument:
    """Headings (# and underlined), paragraphs, list items kept as lines, table rows."""
    raw = wrap_long_lines(decode_text(path, data).replace("\r\n", "\n").replace("\r", "\n"))
    front, body = split_front_matter(path, raw.lstrip("\ufeff"))
    body = remove_link_notes(remove_site_chrome(remove_repeated_lines(_without_comments(body))))
    width = wrap_width(body)
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush():
        if paragraph:
            # a hard line break (CommonMark: a line ending in a backslash or two spaces, as pandoc writes Word's
            # line breaks) ends a line of the block: a header's fields are read a line each, and no backslash is left
            # in the text; the other lines run on (a passage still runs a short block's lines into one line)
            for block in at_short_lines("\n".join(paragraph), width):
                parts = block.split(_HARD_BREAK)
                text = normalise_whitespace("\n".join(unwrap_lines(strip_inline_markdown(part))
                                                       for part in parts if part.strip()))
                if text:
                    blocks.append(Block(text))
            paragraph.clear()

    lines = body.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        hard_break = bool(_HARD_BREAK_AT_END.search(lines[i])) and i + 1 < len(lines) and bool(lines[i + 1].strip())
        i += 1
        if _FENCE.match(line):  # code block: verbatim, one block
            flush()
            fence, code = line[:3], []
            while i < len(lines) and not lines[i].strip().startswith(fence):
                code.append(lines[i])
                i += 1
            i += 1
            if normalise_whitespace("\n".join(code)):
                blocks.append(Block(normalise_whitespace("\n".join(code))))
            continue
        line = re.sub(r"^(?:>\s?)+", "", line)  # blockquote marker
        atx = _ATX.match(line)
        if atx:
            flush()
            _heading(blocks, atx.group(2), len(atx.group(1)))
        elif paragraph and _SETEXT.match(line) and not any(map(is_bullet, paragraph)):
            # "Rubrik\n======" (after a list, "---" is a rule, handled below)
            text = " ".join(paragraph)
            paragraph.clear()
            _heading(blocks, text, 1 if line.startswith("=") else 2)
        elif not line or _RULE.match(line):
            flush()
        elif line.startswith("|"):
            flush()
            if not _TABLE_SEPARATOR.match(line):
                cells = [c.strip() for c in line.strip("|").split("|")]
                row = " | ".join(strip_inline_markdown(c) for c in cells if c)
                if row:
                    blocks.append(Block(normalise_whitespace(row)))
        else:
            line = _HTML_BREAK.sub(_HARD_BREAK, line)  # "<br>" in a paragraph is a hard break too (in a table's cell, a space)
            paragraph.append(line.removesuffix("\\").rstrip() + _HARD_BREAK if hard_break else line)
    flush()
    marked = any(b.heading for b in blocks)  # the author's own headings ("#", underlined), before any read as such
    _mark_plain_headings(blocks)

    title = front.get("title")
    if not isinstance(title, str) or not title.strip():
        # a page saved as Markdown without a marked heading reads as a plain text does: its lead's line naming the
        # routine, past the site's name and "Publicerad" ("TILLÄMPNINGSOMRÅDE", the first line read as a heading
        # once the text has begun, names a section)
        title = (None if marked else choose_title(_lead(body), path)) or _top_heading(blocks, path)
    return ParsedDocument(
        title=normalise_whitespace(title), blocks=blocks, kind="markdown", front_matter=front
    )


def _top_heading(blocks: list[Block], path: Path) -> str:
    """The first level-one heading, else the first heading, else the first line or the file's name."""
    headings = [b for b in blocks if b.heading]
    top = [b for b in headings if b.level == 1] or headings
    return top[0].text if top else (blocks[0].text.split("\n")[0][:120] if blocks else path.stem)


def _heading(blocks: list[Block], text: str, level: int) -> None:
    text = normalise_whitespace(strip_inline_markdown(text))
    if text:
        blocks.append(Block(text, heading=True, level=level))
