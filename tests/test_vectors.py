"""The vector store's scores: FAISS's search and the product with every stored vector agree, and the
searcher ranks alike by either."""
from __future__ import annotations

import numpy as np
import pytest
from test_copies import UNITS, _searcher
from threadpoolctl import threadpool_info, threadpool_limits

from index.vectors import VectorIndex


def test_every_stored_vectors_similarity_is_what_the_search_gives_it():
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((50, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = rng.permutation(1000)[:50]
    store = VectorIndex.build(ids, vectors, 16)
    query = vectors[3] + 0.1 * vectors[9]
    found = dict(store.search(query, 50))
    every = dict(zip(store.ids().tolist(), store.similarities(query).tolist()))
    assert set(found) == set(every) == set(ids.tolist())
    assert [every[i] for i in found] == pytest.approx(list(found.values()), abs=1e-6)  # float32 in FAISS


@pytest.mark.parametrize("question", ["får jag ta hem nyckeln till kassaskåpet", "bilen över natten", "handsprit"])
@pytest.mark.parametrize("hidden", [0, 2])
def test_the_searcher_ranks_alike_from_every_passages_similarity_and_from_faiss_search(tmp_path, question, hidden):
    """The searcher scores every passage in one product where the vector file holds just its generation's
    passages, and asks FAISS for the nearest otherwise: the hits must be the same (a scope with hidden
    collections too)."""
    library, searcher = _searcher(tmp_path, copies=len(UNITS) - 2, hidden_copies=hidden)
    try:
        assert searcher._stored_at is not None
        scope = searcher.scope(["gemensamt"] if hidden else None)
        vector = library.embedder.embed_queries([question])[0]
        every = searcher.search(question, vector, scope, 10)
        searcher._stored_at = None  # as where the file holds other passages too
        nearest = searcher.search(question, vector, scope, 10)
        assert [h.passage_id for h in every] == [h.passage_id for h in nearest]
        assert [h.score for h in every] == pytest.approx([h.score for h in nearest], rel=1e-5, abs=1e-6)
    finally:
        library.close()


def test_numpys_blas_runs_one_thread_once_a_searcher_is_made(tmp_path):
    threadpool_limits(limits=2, user_api="blas")  # as a process starts on this two-core machine
    library, _ = _searcher(tmp_path, copies=1)
    try:
        assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")
    finally:
        library.close()
