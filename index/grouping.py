"""Near-identical routines kept by several units, shown as one source ("finns också i: …").

A municipality's units each keep their own copy of the same routine, a date or a name apart. Five
near-copies filling the sources hide the other routines that might answer; one copy with the others
named shows the same and more.
"""
from __future__ import annotations

from collections.abc import Callable

from . import analysis
from .answering import Source

SHINGLE = 3
NEAR = 0.6  # share of word triples two passages hold in common to count as copies of one text


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = analysis.words(text)
    return {tuple(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}


def near(a: set, b: set) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= NEAR


def group_near_copies(sources: list[Source], shown_first: Callable[[str], bool] = lambda _: False) -> list[Source]:
    """Sources in order with near-copies folded into the first of each group (its ``also_in``).

    ``shown_first``: whether a document is the copy to show when it is in a group (the named unit's).
    """
    groups: list[tuple[set, list[Source]]] = []
    for source in sources:
        shingles = _shingles(source.text)
        for seen, members in groups:
            if near(shingles, seen):
                members.append(source)
                break
        else:
            groups.append((shingles, [source]))
    out = []
    for _, members in groups:
        shown = next((m for m in members if shown_first(m.document)), members[0])
        shown.score = max(m.score for m in members)
        shown.also_in = [m.document for m in members if m is not shown]
        out.append(shown)
    return out
