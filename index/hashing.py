"""A model-free embedder: a hashed bag of stemmed words, normalised.

Deterministic and instant, so the plumbing (indexing, storage, the chat front ends) is tested and
benchmarked without loading a model. It knows no synonyms or paraphrase: never for answering.
"""
from __future__ import annotations

import hashlib

import numpy as np

from .analysis import content_terms


class HashingEmbedder:
    name = "fake-hash-64"
    dim = 64

    def __init__(self) -> None:
        self.passages_embedded = 0

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for term in content_terms(text) or ["<empty>"]:
            v[int(hashlib.md5(term.encode()).hexdigest(), 16) % self.dim] += 1.0
        return v / np.linalg.norm(v)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._vector(t) for t in texts])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.passages_embedded += len(texts)
        return np.vstack([self._vector(t) for t in texts])
