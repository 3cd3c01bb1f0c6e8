"""Near-identical routines kept by several units, shown as one source ("finns också i: …").

A municipality's units each keep their own copy of the same routine, a date or a name apart. Five
near-copies filling the sources hide the other routines that might answer; one copy with the others
named shows the same and more.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .answering import Source
from .copies import near_texts

T = TypeVar("T")


def near_groups(items: list[T], text: Callable[[T], str], limit: int | None = None) -> list[list[T]]:
    """Items in order, gathered into groups of near-copies (by ``text``), each group in order.

    ``limit``: only the first ``limit`` groups are wanted; a later item then only joins one of them.
    """
    groups: list[tuple[str, list[T]]] = []
    for item in items:
        own = text(item)
        for seen, members in groups:
            if near_texts(own, seen):
                members.append(item)
                break
        else:
            if limit is None or len(groups) < limit:
                groups.append((own, [item]))
    return [members for _, members in groups]


def group_near_copies(sources: list[Source], shown_first: Callable[[str], bool] = lambda _: False,
                      limit: int | None = None) -> list[Source]:
    """Sources in order with near-copies folded into the first of each group (its ``also_in``).

    ``shown_first``: whether a document is the copy to show when it is in a group (the named unit's).
    ``limit``: only the first ``limit`` groups are wanted; a later source then only joins one of them.
    """
    out = []
    for members in near_groups(sources, lambda s: s.text, limit):
        shown = next((m for m in members if shown_first(m.document)), members[0])
        shown.score = max(m.score for m in members)
        shown.also_in = [m.document for m in members if m is not shown]
        out.append(shown)
    return out
