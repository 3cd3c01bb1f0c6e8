"""Discord's size limits, and cutting text to them without breaking words or citations.

Discord rejects a message or embed that is one character too long, and the whole answer is lost; so
everything we send passes through here. Pure Python (no discord.py) so it is property-tested alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

MESSAGE = 2000
TITLE = 256
AUTHOR = 256
DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
TOTAL = 6000
FIELDS = 25

ELLIPSIS = " …"
BLANK = "\u200b"  # Discord refuses empty field names and values; a zero-width space stands in

_SPACE = re.compile(r"\s")


def shorten(text: str, limit: int) -> str:
    """``text`` if it fits, else its longest run of whole words that fits with " …" after it.

    A single word longer than the room is cut inside (there is no boundary to cut at).
    """
    if len(text) <= limit:
        return text
    if limit < len(ELLIPSIS) + 1:
        return "…"[:max(limit, 0)]
    room = limit - len(ELLIPSIS)
    boundary = max((m.start() for m in _SPACE.finditer(text, 0, room + 1)), default=0)
    kept = text[:boundary].rstrip()
    return (kept or text[:room]) + ELLIPSIS


def _split_long(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit``: cut at the last line break, else the last space, else inside a word."""
    pieces = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = window.rfind("\n")
        if cut <= 0:
            cut = max((m.start() for m in _SPACE.finditer(window)), default=0)
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def split_message(blocks: list[str], limit: int = MESSAGE, sep: str = "\n\n") -> list[str]:
    """Pack blocks (e.g. one citation with its excerpt each) into as few messages as fit.

    A block that fits in one message is never divided between two; a longer one is split at lines,
    then words.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        if not block.strip():
            continue
        for piece in [block] if len(block) <= limit else _split_long(block, limit):
            joined = f"{current}{sep}{piece}" if current else piece
            if len(joined) <= limit:
                current = joined
            else:
                messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


@dataclass
class EmbedField:
    name: str
    value: str = ""  # may be shortened (an excerpt)
    lead: str = ""  # shown before value and kept whole (a citation); cut only if alone it cannot fit
    inline: bool = False

    @property
    def text(self) -> str:
        return "\n".join(p for p in (self.lead, self.value) if p)


@dataclass
class EmbedSpec:
    """An embed as plain data: what layout.py produces and the Discord layer turns into discord.Embed."""

    title: str = ""
    description: str = ""
    fields: list[EmbedField] = field(default_factory=list)
    footer: str = ""
    author: str = ""
    colour: int | None = None

    def __len__(self) -> int:
        """Counted as Discord counts toward the 6,000 total."""
        return (len(self.title) + len(self.description) + len(self.footer) + len(self.author)
                + sum(len(f.name) + len(f.text) for f in self.fields))


def fits(spec: EmbedSpec) -> bool:
    return (
        len(spec.title) <= TITLE and len(spec.author) <= AUTHOR and len(spec.description) <= DESCRIPTION
        and len(spec.footer) <= FOOTER and len(spec.fields) <= FIELDS and len(spec) <= TOTAL
        and all(0 < len(f.name) <= FIELD_NAME and 0 < len(f.text) <= FIELD_VALUE for f in spec.fields)
    )


def _fit_field(f: EmbedField) -> EmbedField:
    name = shorten(f.name, FIELD_NAME) or BLANK
    lead = f.lead
    if len(lead) > FIELD_VALUE:
        lead = shorten(lead, FIELD_VALUE)
    room = FIELD_VALUE - len(lead) - (1 if lead else 0)
    value = shorten(f.value, room) if room > len(ELLIPSIS) or len(f.value) <= room else ""
    if not lead and not value:
        value = BLANK
    return replace(f, name=name, lead=lead, value=value)


def fit_embed(spec: EmbedSpec) -> EmbedSpec:
    """The embed cut to every Discord limit; an embed that already fits is returned unchanged.

    When the 6,000 total is exceeded, excerpts give way first (last field first), then further
    fields, then the description; the first field (the source) and the citations are kept whole.
    """
    if fits(spec):
        return spec
    out = replace(
        spec,
        title=shorten(spec.title, TITLE),
        author=shorten(spec.author, AUTHOR),
        description=shorten(spec.description, DESCRIPTION),
        footer=shorten(spec.footer, FOOTER),
        fields=[_fit_field(f) for f in spec.fields[:FIELDS]],
    )
    for f in reversed(out.fields):
        excess = len(out) - TOTAL
        if excess <= 0:
            break
        keep = len(f.value) - excess
        if f.lead:
            f.value = shorten(f.value, keep) if keep > len(ELLIPSIS) else ""
        else:
            f.value = shorten(f.value, max(keep, 1))
    while len(out) > TOTAL and len(out.fields) > 1:
        out.fields.pop()
    # What is left over fits: the title (256) and one field (256 + 1,024) are far below 6,000.
    for part in ("description", "footer", "author"):
        excess = len(out) - TOTAL
        if excess > 0:
            text = getattr(out, part)
            setattr(out, part, shorten(text, max(len(text) - excess, 0)))
    return out
