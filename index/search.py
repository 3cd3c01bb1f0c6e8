"""Hybrid retrieval: dense (FAISS) and two keyword indexes (stemmed words, trigrams), fused.

Stemmed BM25 catches inflections ("larmet", "larm"); the trigram index catches compounds and
misspellings that share most of their letters ("hembesöksrutin", "hembesok"); the embedding catches
paraphrase ("knappen man trycker på" for "personlarm"). Each alone misses what another finds.
"""
from __future__ import annotations

import math
from collections.abc import Container
from dataclasses import dataclass

import numpy as np
import sqlite_utils

from . import analysis
from .vectors import VectorIndex


class _Everything:
    """Stands for "any passage" where a lookup only asks whether a word occurs at all."""

    def __contains__(self, _) -> bool:
        return True


@dataclass(frozen=True)
class FusionWeights:
    """Weights on each signal after it is standardised (z-score) over the candidates of one question.

    Standardising makes a signal count by how far a passage stands out from the other candidates, not
    by its raw scale: BM25 scores have no fixed range, and e5 cosines crowd between 0.7 and 0.9.
    Chosen with scripts/bench_own.py and SweQUAD-MC dev (see README: Retrieval); a broad plateau
    around these values scores the same.
    """

    dense: float = 1.0
    stemmed: float = 0.4
    trigram: float = 0.25
    candidates: int = 100


@dataclass
class Hit:
    passage_id: int
    score: float
    dense: float
    stemmed: float
    trigram: float


def fts_query(terms: list[str]) -> str:
    """An OR query of quoted terms; quoting keeps FTS5 syntax characters in user text harmless."""
    unique = list(dict.fromkeys(t for t in terms if t))
    return " OR ".join('"' + t.replace('"', "") + '"' for t in unique)


class HybridSearcher:
    """Scores passages of one index generation; the caller restricts which passages may be returned."""

    def __init__(self, db: sqlite_utils.Database, vectors: VectorIndex, weights: FusionWeights = FusionWeights()):
        self.db = db
        self.vectors = vectors
        self.weights = weights
        db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_vocab USING fts5vocab(main, passages_fts, row)")
        self._document_frequency = dict(db.execute("SELECT term, doc FROM temp.passages_vocab"))
        self._passages = max(vectors.size, 1)
        self._every = _Everything()

        self._by_prefix: dict[str, list[str]] = {}
        for term in self._document_frequency:
            self._by_prefix.setdefault(term[:2], []).append(term)

    def idf(self, term: str) -> float:
        """How telling a stemmed term is in this index; a term the routines never use is most telling."""
        return math.log((self._passages + 1) / (self._document_frequency.get(term, 0) + 0.5))

    def known(self, term: str, prefix: str | None) -> bool:
        """Whether the routines use this word at all: as a stem, inside a compound, or misspelt."""
        if term in self._document_frequency:
            return True
        if prefix and self._keyword("passages_trigram", fts_query([prefix]), self._every, 1):
            return True
        return any(analysis.similar(term, other) for other in self._by_prefix.get(term[:2], ()))

    def _keyword(self, table: str, query: str, allowed_ids: Container[int], limit: int) -> dict[int, float]:
        """BM25 over one FTS5 table. Filtering in Python against the cached allowed ids: joining FTS5 to the
        allowed-passages subquery made SQLite plan it per row (40x slower)."""
        if not query:
            return {}
        sql = f"SELECT rowid, -bm25({table}) FROM {table} WHERE {table} MATCH ? ORDER BY bm25({table}) LIMIT ?"
        fetch = limit * 4
        while True:
            try:
                rows = self.db.execute(sql, [query, fetch]).fetchall()
            except Exception:  # noqa: BLE001 - a query FTS5 cannot parse just contributes nothing
                return {}
            found = {int(r[0]): float(r[1]) for r in rows if int(r[0]) in allowed_ids}
            if len(found) >= limit or len(rows) < fetch:
                return dict(list(found.items())[:limit])
            fetch *= 4

    def search(self, question: str, query_vector: np.ndarray, allowed_ids: frozenset[int], k: int) -> list[Hit]:
        """``allowed_ids``: the passages the asker may see, which the caller caches per index generation."""
        w = self.weights
        n = max(w.candidates, k)
        dense = {pid: s for pid, s in self.vectors.search(query_vector, n * 4) if pid in allowed_ids}
        dense = dict(list(dense.items())[:n])
        stemmed = self._keyword("passages_fts", fts_query(analysis.content_terms(question)), allowed_ids, n)
        trigram = self._keyword("passages_trigram", fts_query(analysis.trigram_terms(question)), allowed_ids, n)
        candidates = set(dense) | set(stemmed) | set(trigram)
        if not candidates:
            return []
        missing = [pid for pid in candidates if pid not in dense]
        if missing:
            sims = self.vectors.vectors(missing) @ query_vector.reshape(-1)
            dense.update({pid: float(s) for pid, s in zip(missing, sims)})
        ids = list(candidates)
        signals = np.array([[dense[p], stemmed.get(p, 0.0), trigram.get(p, 0.0)] for p in ids])
        spread = signals.std(axis=0)
        spread[spread == 0] = 1.0
        fused = ((signals - signals.mean(axis=0)) / spread) @ np.array([w.dense, w.stemmed, w.trigram])
        hits = [Hit(p, float(f), float(d), float(s), float(t)) for p, f, (d, s, t) in zip(ids, fused, signals)]
        hits.sort(key=lambda h: h.score, reverse=True)
        return hits[:k]
