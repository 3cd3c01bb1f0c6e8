"""A tiny deterministic embedder for plumbing tests: hashed bag of stemmed words, normalised."""
from __future__ import annotations

import hashlib

import numpy as np

from index.analysis import content_terms


class FakeEmbedder:
    name = "fake-hash-64"
    dim = 64

    def __init__(self):
        self.passages_embedded = 0

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for term in content_terms(text) or ["<empty>"]:
            v[int(hashlib.md5(term.encode()).hexdigest(), 16) % self.dim] += 1.0
        return v / np.linalg.norm(v)

    def embed_queries(self, texts):
        return np.vstack([self._vector(t) for t in texts])

    def embed_passages(self, texts):
        self.passages_embedded += len(texts)
        return np.vstack([self._vector(t) for t in texts])

    def embed_passages_with_spans(self, texts, spans):
        vectors = self.embed_passages(texts)
        pooled = [np.vstack([self._vector(t[a:b]) for a, b in s]) if s else np.zeros((0, self.dim), np.float32)
                  for t, s in zip(texts, spans)]
        return vectors, pooled
