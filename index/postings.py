"""Where each phrase of a question occurs among the served passages, read from their keyword texts in memory.

FTS5 answers the same, but a phrase of the trigram index costs it ~0.5 ms on a library of a dozen copies of
every routine (the positions of each of its trigrams are read and matched), and a question asks two or three
new ones. The served passages' keyword texts are in memory already: a list of their distinct words, each with
the passages that hold it, answers a whole term with one lookup and a part of a word by searching the list of
words (a few thousand, where the passages hold hundreds of thousands of characters).
"""
from __future__ import annotations

import bisect
from collections import Counter

import numpy as np


def _read_only(rows: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Arrays kept for later questions, which every caller shares: one that changed them in place would change
    what the next question finds, so it fails instead."""
    for array in rows:
        array.setflags(write=False)
    return rows


EMPTY = _read_only((np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)))
PARTS_KEPT = 4096  # the parts of words whose passages are kept between questions


class Postings:
    """The passages that hold each word of their keyword texts, and how often.

    ``texts``: the keyword texts in the searcher's order of passages; positions returned index into it.
    ``parts``: match a phrase inside words, overlaps counted, as FTS5's trigram index does ("larm" in
    "personlarmet"); otherwise only as a whole word, as its word index does.
    """

    def __init__(self, texts: list[str], *, parts: bool):
        self.parts = parts
        self.size = len(texts)
        held: dict[str, list[tuple[int, int]]] = {}
        for at, text in enumerate(texts):
            for word, count in Counter(text.split()).items():
                held.setdefault(word, []).append((at, count))
        self._held = held
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._parts: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # a part of a word's passages, as found before
        self._texts = texts
        if parts:
            self._words = list(held)
            self._joined = "\n".join(self._words)  # one search over the words, not one a word
            self._starts = [0]
            for word in self._words:
                self._starts.append(self._starts[-1] + len(word) + 1)

    def rows(self, phrase: str) -> tuple[np.ndarray, np.ndarray]:
        """The positions of the passages that hold ``phrase``, ascending, and how often each holds it."""
        if not phrase:
            return EMPTY
        if not self.parts:
            return self._word(phrase)
        if len(phrase) < 3:  # FTS5's trigram index matches no phrase shorter than a trigram
            return EMPTY
        if any(c.isspace() for c in phrase):  # across words: read every text (no question asks this)
            return self._scanned(phrase)
        rows = self._parts.get(phrase)
        if rows is None:
            if len(self._parts) >= PARTS_KEPT:
                self._parts.clear()
            rows = self._parts[phrase] = _read_only(self._in_words(phrase))
        return rows

    def _in_words(self, phrase: str) -> tuple[np.ndarray, np.ndarray]:
        """The passages holding ``phrase`` inside any of their words: a short stem ("barn") is inside hundreds of the
        words, so what is found is kept for the next question that asks it."""
        found: list[tuple[np.ndarray, np.ndarray]] = []
        at = self._joined.find(phrase)
        while at != -1:
            n = bisect.bisect_right(self._starts, at) - 1
            word = self._words[n]
            positions, counts = self._word(word)
            found.append((positions, counts * _occurrences(word, phrase)))
            at = self._joined.find(phrase, self._starts[n + 1])
        if not found:
            return EMPTY
        if len(found) == 1:
            return found[0]
        total = np.bincount(np.concatenate([p for p, _ in found]), weights=np.concatenate([c for _, c in found]),
                            minlength=self.size)
        where = np.flatnonzero(total)
        return where, total[where]

    def _word(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        arrays = self._arrays.get(word)
        if arrays is None:
            pairs = self._held.get(word)
            if not pairs:
                return EMPTY
            arrays = _read_only((np.array([p for p, _ in pairs], dtype=np.int64),
                                 np.array([c for _, c in pairs], dtype=np.float64)))
            self._arrays[word] = arrays
        return arrays

    def _scanned(self, phrase: str) -> tuple[np.ndarray, np.ndarray]:
        counts = np.array([_occurrences(text, phrase) for text in self._texts], dtype=np.float64)
        where = np.flatnonzero(counts)
        return where, counts[where]


def _occurrences(text: str, phrase: str) -> int:
    """How often ``phrase`` occurs in ``text``, overlaps counted (as a trigram index counts them)."""
    count, at = 0, text.find(phrase)
    while at != -1:
        count += 1
        at = text.find(phrase, at + 1)
    return count
