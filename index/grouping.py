"""Near-identical routines kept by several units, shown as one source ("finns också i: …").

A municipality's units each keep their own copy of the same routine, a date or a name apart. Five
near-copies filling the sources hide the other routines that might answer; one copy with the others
named shows the same and more.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from . import analysis
from .answering import Source

SHINGLE = 3
NEAR = 0.6  # share of word triples two passages hold in common to count as copies of one text

T = TypeVar("T")


@lru_cache(maxsize=4096)  # the same passages come back question after question
def _shingles(text: str) -> frozenset[int]:
    """The text's word triples, each kept as its hash: sets of ints intersect several times faster."""
    words = analysis.words(text)
    return frozenset(hash(tuple(words[i : i + SHINGLE])) for i in range(max(len(words) - SHINGLE + 1, 1)))


def near_texts(a: str, b: str) -> bool:
    return _near_pair(a, b) if a <= b else _near_pair(b, a)  # either order: one answer remembered a pair


@lru_cache(maxsize=65_536)  # so do the same pairs of them
def _near_pair(a: str, b: str) -> bool:
    return near(_shingles(a), _shingles(b))


def near(a: frozenset, b: frozenset) -> bool:
    if not (a and b) or min(len(a), len(b)) < NEAR * max(len(a), len(b)):
        return False  # the share in common is at most the smaller set over the larger: no need to count
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) >= NEAR


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
