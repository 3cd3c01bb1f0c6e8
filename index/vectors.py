"""The FAISS file beside the database: one per index generation (DataDir names it), written whole and
swapped in by rename."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import faiss
import numpy as np


class Among:
    """A set of passages a search looks only among (one asker's scope): made once, searched many times."""

    def __init__(self, ids: Iterable[int]):
        self._selector = faiss.IDSelectorBatch(np.fromiter(ids, dtype=np.int64))  # kept: the parameters point to it
        self.parameters = faiss.SearchParameters()
        self.parameters.sel = self._selector


class VectorIndex:
    """Exact inner-product search over normalised embeddings, keyed by passage id.

    Flat search is exact and, at the size of a municipality's routines (thousands of passages),
    takes well under a millisecond; an approximate index would only add tuning.
    """

    def __init__(self, index: faiss.Index):
        self._index = index
        self._matrix: np.ndarray | None = None  # the stored vectors, read out once for similarities()

    @classmethod
    def build(cls, ids: np.ndarray, vectors: np.ndarray, dim: int) -> VectorIndex:
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
        if len(ids):
            index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
        return cls(index)

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        return cls(faiss.read_index(str(path)))

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        faiss.write_index(self._index, str(tmp))
        os.chmod(tmp, 0o600)  # the data directory is its owner's alone
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)

    @property
    def size(self) -> int:
        return self._index.ntotal

    @property
    def dim(self) -> int:
        return self._index.d

    def ids(self) -> np.ndarray:
        """The passage ids the file holds, in the order they were added."""
        if self.size == 0:
            return np.zeros(0, dtype=np.int64)
        id_map = self._index.id_map  # type: ignore[attr-defined]  # an IndexIDMap2 (see build), which the stubs do not know
        return faiss.vector_to_array(id_map).astype(np.int64)

    def search(self, query: np.ndarray, k: int, among: Among | None = None) -> list[tuple[int, float]]:
        """The ``k`` nearest passages, best first: of all, or of those ``among`` names."""
        if self.size == 0 or k < 1:  # FAISS refuses to look for no neighbours (a scope of no passages asks for 0)
            return []
        # One thread: waking OpenMP's second thread costs ~10 ms a search (more beside a busy process),
        # the search itself a tenth of a millisecond. The setting is per calling thread, so it is set here.
        faiss.omp_set_num_threads(1)
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if among is None:
            scores, ids = self._index.search(query, k)
        else:
            scores, ids = self._index.search(query, k, params=among.parameters)
        return [(i, s) for i, s in zip(ids[0].tolist(), scores[0].tolist()) if i != -1]

    def similarities(self, query: np.ndarray) -> np.ndarray:
        """The query's inner product with every stored vector, in the order of ``ids()``.

        One matrix-vector product: where a question ranks passages by several signals it needs the cosine of
        most of them anyway, and FAISS's search for the nearest thousand (a library of many copies asks that
        many) costs more than scoring them all."""
        if self._matrix is None or len(self._matrix) != self.size:
            flat = faiss.downcast_index(self._index.index)  # type: ignore[attr-defined]  # an IndexIDMap2 (see build)
            codes = flat.codes  # type: ignore[attr-defined]  # an IndexFlatIP's stored vectors, as bytes
            stored = faiss.vector_to_array(codes).view(np.float32).reshape(self.size, self.dim)
            # in float64: a float32 product rounds by how the BLAS blocks the matrix, so the same passage
            # would score a hair differently in a library of other sizes (an asker's scope must score as an
            # index of just its collections would)
            self._matrix = stored.astype(np.float64)
        return self._matrix @ np.asarray(query, dtype=np.float64).reshape(-1)

    def vectors(self, ids: list[int]) -> np.ndarray:
        """The stored vectors of the given passages, for scoring candidates found by keyword search."""
        if not ids:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._index.reconstruct_batch(np.asarray(ids, dtype=np.int64))  # one call, not one per passage
