"""The question's words as the question puts them: side by side ("ta hem nyckeln", "fylla i tidrapporten").

A text holding such a pair close together says what the question asks about; one holding the same words in
different places only shares its vocabulary. The pairs are weighed in the quote chooser (a sentence) and in
the ranking of passages (see prefer_close).
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import lru_cache

from . import analysis
from .search import Hit

NEAR_WORDS = 3  # close together: at most this many words apart, in either order ("ta hem en brukares nyckel")
SHORTEST_STEM = 4  # an inflection or a compound found by its start only from this many letters ("nyckel-n")

Pair = tuple[str, str, float]  # two adjacent terms of the question and the weight of the pair


def adjacent_pairs(question: str, weights: Mapping[str, float]) -> tuple[Pair, ...]:
    """The question's weighed terms that stand next to each other, stopwords aside ("ta hem", "hem nyckeln";
    not "nyckeln om jag börjar"), each pair weighted by the less telling of its two words."""
    placed = [(n, t) for n, t in analysis.term_positions(question) if t in weights]
    return tuple((a, b, min(weights[a], weights[b]))
                 for (n, a), (m, b) in zip(placed, placed[1:]) if m == n + 1 and a != b)


class _Placed:
    """A text's terms and where they stand, looked up by a question's term."""

    def __init__(self, text: str):
        self.at: dict[str, list[int]] = {}
        for n, stem in analysis.term_positions(text):
            self.at.setdefault(stem, []).append(n)
        self.stems = sorted(self.at)

    def where(self, term: str) -> list[int]:
        """Where the term stands: the same stem, a longer one it begins ("hembesök" in "hembesöket"), or a
        shorter one beginning it ("nyckel" for "nyckeln"), the shorter of at least SHORTEST_STEM letters."""
        found = list(self.at.get(term, ()))
        if len(term) >= SHORTEST_STEM:
            i = bisect.bisect_right(self.stems, term)
            while i < len(self.stems) and self.stems[i].startswith(term):
                found += self.at[self.stems[i]]
                i += 1
        for end in range(SHORTEST_STEM, len(term)):
            found += self.at.get(term[:end], ())
        return found


@lru_cache(maxsize=50_000)  # the same passages and sentences come back question after question
def _placed(text: str) -> _Placed:
    return _Placed(text)


def share_near(pairs: tuple[Pair, ...], text: str) -> float:
    """The weighted share of the pairs that the text holds close together."""
    if not pairs:
        return 0.0
    placed = _placed(text)
    total = got = 0.0
    for a, b, weight in pairs:
        total += weight
        at_a = placed.where(a)
        if at_a and any(abs(n - m) <= NEAR_WORDS for m in placed.where(b) for n in at_a):
            got += weight
    return got / total if total else 0.0


# Per whole share of the question's pairs, in the search's units (standardised signals, added up). Chosen on the
# tuning halves (0.5 and 0.75 best, 366 right against 364) and SweQUAD-MC training and dev (hit@5 rising with
# the weight up to 1.0 and beyond).
PASSAGE_WEIGHT = 0.75


def prefer_close(hits: list[Hit], text_of: Callable[[int], str], pairs: tuple[Pair, ...],
                 weight: float | None = None) -> list[Hit]:
    """The hits again, each scored up by how many of the question's pairs its passage holds close together,
    best first (a tie keeps the search's order)."""
    weight = PASSAGE_WEIGHT if weight is None else weight
    if not pairs or not weight:
        return hits
    scored = [replace(hit, score=hit.score + weight * share_near(pairs, text_of(hit.passage_id))) for hit in hits]
    return sorted(scored, key=lambda hit: -hit.score)
