"""Split a parsed document into passages that follow its sections.

Passages stay inside one section where the section is long enough, carry the heading they belong to,
and overlap by a sentence or two so an answer that straddles a boundary is still found whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .types import WITHIN_HEADING, Block, Chunk, ParsedDocument

# Sentence ends: . ! ? … : followed by space and an upper-case letter, digit, quote or list mark.
_SENTENCE_END = re.compile(r"(?<=[.!?…:])\s+(?=[\"'”»(A-ZÅÄÖÉ0-9•\-–§])")
# Swedish abbreviations that end in a full stop but seldom end a sentence, as the word before the break:
# "enligt 12 kap. 2 § SoL", "ring tel. 08-…", "t.ex. Försäkringskassan", "ca 3 veckor".
_ABBREVIATIONS = frozenset([
    'kap', 't.ex', 'bl.a', 's.k', 'enl', 'ca', 'nr', 'jfr', 'resp', 'tel', 'st', 'f.d', 'm.m', 'm.fl', 'o.s.v',
    'osv', 'dvs', 'd.v.s', 'p.g.a', 'pga', 'fr.o.m', 't.o.m', 'kl', 'ang', 'jmf', 'mfl', 'bl', 'a.a', 'e.d',
    'fig', 's', 'sid', 'tfn', 'mob', 'ex', 'inkl', 'exkl', 'max', 'min', 'etc', 't.ex:s', 'prop', 'ds', 'sou',
    'sosfs', 'hslf-fs', 'lag', 'förf', 'mom', 'p', 'pkt', 'vard', 'ref', 'dnr',
])
_NUMBERED = re.compile(r"^\(?\d{1,2}(\.\d{1,2})*[.)]$|^[a-zA-Z][.)]$")  # "1." "2.3." "a)" open a list item


def _keeps_going(before: str) -> bool:
    """Whether the text before a candidate break ends in an abbreviation or a list number, not a sentence."""
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    word = last.lower().rstrip(".").lstrip("(\"'”»")
    # a list's number follows a sentence or a clause ("Hos brukaren; 1. Stäng …"): "… 08-465 004 30. Sedan …" ends
    # one (a letter, "b. En …", is taken as a list's always: no sentence breaks before a small letter)
    words = before.rsplit(None, 2)[-2:]  # the last two: ``before`` runs from the sentence's start
    opens = len(words) < 2 or words[0][-1] in ".!?:;" or not last[0].isdigit()
    return last.endswith(".") and (word in _ABBREVIATIONS or (bool(_NUMBERED.match(last)) and opens))


_VALUE_AFTER_COLON = re.compile(r"\d(?![\d.]*[.)]\s)")  # a number, not a list's "1." or "2)"


def _gives_a_value(text: str, match: re.Match) -> bool:
    """Whether a colon's break is only a value given: "kan nås på telefon: 070-520 51 81." is one sentence."""
    return text[match.start() - 1] == ":" and _VALUE_AFTER_COLON.match(text, match.end()) is not None


_LIST_MARK = re.compile(r"^\s*[-–•*▪●○]\s+")
_LABEL_WORDS = 4


def _labels(text: str, start: int, match: re.Match) -> bool:
    """Whether a colon's break only ends a short label opening the sentence: "Vardagar: Ring socialkontoret …" and
    "Kvällar, helger och helgdagar: Ring Sociala beredskapen …" each say when their number holds, so neither is cut
    from its label."""
    label = _LIST_MARK.sub("", text[start : match.start()])
    return (text[match.start() - 1] == ":" and text[match.end() : match.end() + 1].isalpha()
            and len(label.split()) <= _LABEL_WORDS and not any(c.isdigit() for c in label))


@dataclass(frozen=True)
class ChunkSettings:
    min_words: int = 80
    target_words: int = 180
    max_words: int = 300
    overlap_words: int = 30

    def as_dict(self) -> dict:
        return {
            "min_words": self.min_words,
            "target_words": self.target_words,
            "max_words": self.max_words,
            "overlap_words": self.overlap_words,
        }


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, in order. Abbreviations (kap., t.ex., tel.) and list numbers ("1.")
    do not end a sentence, so "enligt 12 kap. 2 § OSL" and "2. Ring chefen." stay whole."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _keeps_going(text[start : match.start()]) or _gives_a_value(text, match) or _labels(text, start, match):
            continue
        parts.append(text[start : match.start()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _word_count(text: str) -> int:
    return len(text.split())


@dataclass
class _Unit:
    """A sentence (or short paragraph) with where it came from."""

    text: str
    page: int | None
    paragraph_start: bool
    heading: bool = False
    within: bool = False  # a heading read within its section (Block.within)


@dataclass
class _Section:
    heading: str | None
    heading_page: int | None
    units: list[_Unit]
    parents: tuple[str, ...] = ()  # the headings above this one, outermost first

    @property
    def words(self) -> int:
        return sum(_word_count(u.text) for u in self.units)


_VALUE_WORDS = 12
_OPENS_A_LIST = re.compile(r"^\s*(?:[-–•*▪●○]|\(?\d{1,2}[.)]\s)")


def _labels_the_line(unit: _Unit, text: str) -> bool:
    """Whether a unit that is only a short label ("Sprututbytet Varberg:", "Telefontid:") stands over the short
    line it labels ("Ons kl 13-16"): the two are one statement, read and quoted as one line. Not over a list, whose
    lead-in it is, nor over another label."""
    label = unit.text
    return (not unit.heading and label.endswith(":") and len(label.split()) <= _LABEL_WORDS
            and not any(c.isdigit() for c in label) and not text.endswith(":") and len(text.split()) <= _VALUE_WORDS
            and not _OPENS_A_LIST.match(text))


def _sections(blocks: list[Block], max_words: int, title: str) -> list[_Section]:
    """Sections in order, each knowing its parent headings; a heading with no text of its own (a chapter
    heading right before its first sub-heading) is carried forward into the next section's text."""
    sections: list[_Section] = []
    stack: list[tuple[int, str]] = []
    current = _Section(None, None, [])
    carried: list[_Unit] = []
    for block in blocks:
        text = " ".join(block.text.split())  # one line per unit: passages keep a line per paragraph
        if not text:
            continue
        if block.heading and not block.within:
            if current.units:
                sections.append(current)
            elif current.heading:
                carried.append(_Unit(current.heading, current.heading_page, True, True))
            level = block.level or 9
            while stack and stack[-1][0] >= level:
                stack.pop()
            parents = tuple(h for _, h in stack if h != title)
            stack.append((level, text))
            current = _Section(text, block.page, [], parents)
            continue
        if carried:
            current.units[:0] = carried
            carried = []
        if block.within:
            current.units.append(_Unit(text, block.page, True, True, within=True))
        elif current.units and _labels_the_line(current.units[-1], text):
            label = current.units[-1]
            current.units[-1] = _Unit(f"{label.text} {text}", label.page, True)
        elif _word_count(text) <= max_words // 3:
            current.units.append(_Unit(text, block.page, True))
        else:
            for i, sentence in enumerate(split_sentences(text)):
                current.units.append(_Unit(sentence, block.page, i == 0))
    if not current.units and current.heading:
        current.units = carried
        carried = []
        if current.heading and not current.units:  # a document that is nothing but headings
            current.units = [_Unit(current.heading, current.heading_page, True, True)]
            current.heading = None
    if current.units:
        current.units[:0] = carried
        sections.append(current)
    return sections


def _merge_small(sections: list[_Section], settings: ChunkSettings) -> list[_Section]:
    """Join runs of short sibling sections (a heading with a line or two) so passages are not crumbs."""
    merged: list[_Section] = []
    for section in sections:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and (prev.parents == section.parents or prev.heading is None)
            and (prev.words < settings.min_words or section.words < settings.min_words // 2)
            and prev.words + section.words <= settings.target_words
        ):
            heading_unit = [_Unit(section.heading, section.heading_page, True, True)] if section.heading else []
            prev.units.extend(heading_unit + section.units)
            continue
        merged.append(_Section(section.heading, section.heading_page, list(section.units), section.parents))
    return merged


def _windows(units: list[_Unit], settings: ChunkSettings) -> list[list[_Unit]]:
    """Greedy packing into windows near target size; each later window repeats the tail of the one before.

    Linear in the units: word counts are summed once (a section of 80,000 paragraphs was quadratic).
    """
    counts = [_word_count(u.text) for u in units]
    after = [0] * (len(units) + 1)  # after[i]: words in units[i:]
    for i in range(len(units) - 1, -1, -1):
        after[i] = after[i + 1] + counts[i]
    if after[0] <= settings.max_words:
        return [units]
    windows: list[list[_Unit]] = []
    start = 0
    while start < len(units):
        size, end = 0, start
        while end < len(units) and (size < settings.target_words or end == start):
            next_size = counts[end]
            if size and size + next_size > settings.max_words:
                break
            size += next_size
            end += 1
        remaining = after[end]
        if 0 < remaining < settings.min_words // 2 and size + remaining <= settings.max_words:
            end = len(units)  # absorb a short tail rather than leaving a crumb
        windows.append(units[start:end])
        if end >= len(units):
            break
        back, overlap = end, 0
        while back - 1 > start and overlap + counts[back - 1] <= settings.overlap_words:
            back -= 1
            overlap += counts[back]
        start = back
    return windows


def _join(units: list[_Unit]) -> tuple[str, list[tuple[int | None, bool | int]]]:
    """The text (a line per paragraph or heading) and, per line, its page and whether it is a heading (WITHIN_HEADING
    for one read within its section)."""
    lines: list[str] = []
    info: list[tuple[int | None, bool | int]] = []
    for unit in units:
        if not lines or unit.paragraph_start or unit.heading:
            lines.append(unit.text)
            info.append((unit.page, WITHIN_HEADING if unit.within else unit.heading))
        else:
            lines[-1] += " " + unit.text
    return "\n".join(lines), info


def _split_long_units(units: list[_Unit], max_words: int) -> list[_Unit]:
    """A single 'sentence' longer than a passage (lists without punctuation) is cut at word boundaries."""
    out: list[_Unit] = []
    for unit in units:
        tokens = unit.text.split()
        if len(tokens) <= max_words:
            out.append(unit)
            continue
        step = max_words // 2
        for i in range(0, len(tokens), step):
            out.append(_Unit(" ".join(tokens[i : i + step]), unit.page, unit.paragraph_start and i == 0))
    return out


def chunk_document(doc: ParsedDocument, settings: ChunkSettings = ChunkSettings()) -> list[Chunk]:
    chunks: list[Chunk] = []
    for section in _merge_small(_sections(doc.blocks, settings.max_words, doc.title), settings):
        units = _split_long_units(section.units, settings.max_words)
        for window in _windows(units, settings):
            page = window[0].page if window[0].page is not None else section.heading_page
            if section.heading and window[0] is units[0]:
                # headings carried from above (a chapter heading with no text) stand before this one
                carried = next((i for i, u in enumerate(window) if not u.heading), len(window))
                own = _Unit(section.heading, section.heading_page, True, True)
                window = [*window[:carried], own, *window[carried:]]
            body, lines = _join(window)
            chunks.append(Chunk(text=body, ordinal=len(chunks), page=page, section=section.heading, lines=lines,
                                context=" › ".join(section.parents)))
    return chunks
