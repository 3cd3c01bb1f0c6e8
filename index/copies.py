"""Near-copies: the same routine kept by several units, a date or a name apart.

One notion of "copy" serves twice: the sources show a group of copies as one ("finns också i: …", see
grouping), and the keyword statistics count a group once (see ``copy_groups``). A municipality's
library holds the routines every unit keeps in ten or fifteen copies; counted per copy, their words
look common and lose weight against a routine kept once, so the answer would depend on how many units
happen to keep the routine that holds it.
"""
from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

from . import analysis

SHINGLE = 3
NEAR = 0.6  # share of word triples two passages hold in common to count as copies of one text
SKETCH = 8  # a passage's smallest triple hashes: copies share one of them all but by chance (< 0.1 %)


def shingles(text: str) -> frozenset[int]:
    """The text's word triples, each kept as a stable hash (the same in every process, so a copy group is
    too): sets of ints intersect several times faster than sets of tuples."""
    words = analysis.words(text)
    return frozenset(zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
                     for i in range(max(len(words) - SHINGLE + 1, 1)))


_cached_shingles = lru_cache(maxsize=4096)(shingles)  # answers read the same passages question after question


def near(a: frozenset, b: frozenset) -> bool:
    if not (a and b) or min(len(a), len(b)) < NEAR * max(len(a), len(b)):
        return False  # the share in common is at most the smaller set over the larger: no need to count
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) >= NEAR


def near_texts(a: str, b: str) -> bool:
    return _near_pair(a, b) if a <= b else _near_pair(b, a)  # either order: one answer remembered a pair


@lru_cache(maxsize=65_536)  # so do the same pairs of them
def _near_pair(a: str, b: str) -> bool:
    return near(_cached_shingles(a), _cached_shingles(b))


def copy_groups(texts: Mapping[int, str]) -> dict[int, int]:
    """Each passage's group of near-copies, named by one of its members (a passage kept once is its own).

    Passages are compared only where their sketches (smallest triple hashes) meet, so a large library is
    not compared pair by pair; a pair missed by chance only counts as two texts, as before."""
    sets = {pid: shingles(text) for pid, text in texts.items()}
    parent = {pid: pid for pid in sets}

    def root(pid: int) -> int:
        while parent[pid] != pid:
            parent[pid] = parent[parent[pid]]
            pid = parent[pid]
        return pid

    met: dict[int, list[int]] = {}  # sketch hash -> passages that held it, one a group as first seen
    for pid, own in sets.items():
        for value in sorted(own)[:SKETCH]:
            members = met.setdefault(value, [])
            for other in members:
                if root(other) != root(pid) and near(own, sets[other]):
                    parent[root(pid)] = root(other)
            if not any(root(other) == root(pid) for other in members):
                members.append(pid)
    return {pid: root(pid) for pid in sets}


def copy_shares(group_of: Mapping[int, int], ids: Iterable[int]) -> dict[int, float]:
    """Each of ``ids``'s share of its group among ``ids``: 1 / how many copies of its text they hold.

    Counted among the passages one asker may see, so that copies in collections they may not read weigh
    nothing in their answers."""
    ids = list(ids)
    sizes = Counter(group_of[pid] for pid in ids)
    return {pid: 1.0 / sizes[group_of[pid]] for pid in ids}
