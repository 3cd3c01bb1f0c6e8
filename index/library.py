"""The one object front ends use: build an index, ask it questions, describe it.

It follows the index generation the database names as current, so a reindex by another process (or
thread) is picked up at the next question without a restart.
"""
from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from .answering import AbstainPolicy, Answer, Source, coverage, locate, select_sentences
from .chunking import ChunkSettings
from .embedder import DEFAULT_MODEL, Embedder, SentenceTransformerEmbedder
from .errors import IndexMissing, ModelMismatch
from .indexer import BuildReport, Indexer, Progress
from .journal import Journal
from .search import FusionWeights, HybridSearcher
from .store import get_meta, open_db
from .vectors import VectorIndex, vector_path

DATA_ENV = "RUTINBOT_DATA"


def resolve_data_dir(data_dir: str | Path | None = None) -> Path:
    """--data wins, then $RUTINBOT_DATA, then ./data."""
    return Path(data_dir or os.environ.get(DATA_ENV) or "data")


@dataclass
class IndexStatus:
    data_dir: str
    generation: int | None
    built_at: str | None
    model: str | None
    dimension: int | None
    chunking: dict | None
    documents: int
    passages: int
    failed: int


class Library:
    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        model: str | None = None,
        embedder: Embedder | None = None,
        weights: FusionWeights = FusionWeights(),
        policy: AbstainPolicy = AbstainPolicy(),
        chunking: ChunkSettings = ChunkSettings(),
    ):
        self.data_dir = resolve_data_dir(data_dir)
        self._model_name = model
        self._embedder = embedder
        self.weights = weights
        self.policy = policy
        self.chunking = chunking
        self.db = open_db(self.data_dir)
        self._lock = threading.RLock()
        self.journal = Journal(self.db, self._lock)
        self._generation: int | None = None
        self._searcher: HybridSearcher | None = None
        self._allowed: dict[tuple, frozenset[int]] = {}

    # -- model -------------------------------------------------------------------------------

    @property
    def model_name(self) -> str:
        if self._embedder is not None:
            return self._embedder.name
        return self._model_name or get_meta(self.db, "model") or DEFAULT_MODEL

    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                self._embedder = SentenceTransformerEmbedder(self.model_name, models_dir=self.data_dir / "models")
            return self._embedder

    # -- building ----------------------------------------------------------------------------

    def has_index(self) -> bool:
        return get_meta(self.db, "current_generation") is not None

    def build(self, paths: list[str | Path], progress: Progress | None = None, **limits) -> BuildReport:
        indexer = Indexer(self.data_dir, self.embedder, chunking=self.chunking, **limits)
        return indexer.build([Path(p) for p in paths], progress)

    # -- asking ------------------------------------------------------------------------------

    def _current(self) -> HybridSearcher:
        """The searcher for the generation now in service, reloaded when a reindex has switched."""
        generation = get_meta(self.db, "current_generation")
        if generation is None:
            raise IndexMissing(f"det finns inget index i {self.data_dir} ännu; kör 'rutinbot index' först")
        if generation != self._generation:
            recorded = get_meta(self.db, "model")
            if recorded != self.embedder.name:
                raise ModelMismatch(
                    f"indexet är byggt med modellen {recorded!r} men frågan ställs med {self.embedder.name!r}"
                )
            vectors = VectorIndex.load(vector_path(self.data_dir, generation))
            self._searcher = HybridSearcher(self.db, vectors, self.weights)
            self._generation = generation
            self._allowed.clear()
        return self._searcher

    def _allowed_query(self, collections: list[str] | None) -> tuple[str, list]:
        sql = (
            "SELECT p.id FROM passages p WHERE p.content_hash IN (SELECT content_hash FROM documents "
            "WHERE generation = ? AND content_hash IS NOT NULL"
        )
        params: list = [self._generation]
        if collections is not None:
            sql += f" AND collection IN ({','.join('?' * len(collections))})"
            params += list(collections)
        return sql + ")", params

    def ask(self, question: str, k: int = 5, collections: list[str] | None = None) -> Answer:
        """Answer from the passages of the given collections (all when None), best source first."""
        query_vector = self.embedder.embed_queries([question])[0]
        with self._lock:
            searcher = self._current()
            allowed, params = self._allowed_query(collections)
            key = tuple(sorted(collections)) if collections is not None else None
            if key not in self._allowed:
                self._allowed[key] = frozenset(int(r[0]) for r in self.db.execute(allowed, params))
            hits = searcher.search(question, query_vector, allowed, params, self._allowed[key], k)
            sources, lines = self._sources(hits, collections)
        if not sources:
            return Answer(question, False, [], [])
        top = sources[0]
        similarity = next(h.dense for h in hits if h.passage_id == top.passage_id)
        answered = self.policy.answered(similarity, coverage(question, f"{top.title}\n{top.text}"))
        best = [select_sentences(question, s.text, lines[s.passage_id]) for s in sources]
        for source, sentences in zip(sources, best):
            if sentences:  # cite the page and heading of the sentences that match, not of the passage start
                source.page, source.section = locate(
                    source.text, lines[source.passage_id], sentences[0], source.page, source.section)
        return Answer(question, answered, best[0] if answered else [], sources, confidence=similarity)

    def _sources(self, hits, collections: list[str] | None) -> tuple[list[Source], dict[int, list]]:
        """Sources for the hits, plus each passage's line layout (for citing the exact page)."""
        if not hits:
            return [], {}
        ids = [h.passage_id for h in hits]
        marks = ",".join("?" * len(ids))
        rows = {
            r["id"]: r
            for r in self.db.query(
                f"SELECT p.id, p.text, p.page, p.section, p.lines, p.content_hash, c.title FROM passages p "
                f"JOIN contents c ON c.hash = p.content_hash WHERE p.id IN ({marks})", ids
            )
        }
        hashes = sorted({r["content_hash"] for r in rows.values()})
        paths: dict[str, list[tuple[str, str]]] = {}
        for d in self.db.query(
            f"SELECT path, collection, content_hash FROM documents WHERE generation = ? "
            f"AND content_hash IN ({','.join('?' * len(hashes))}) ORDER BY path",
            [self._generation, *hashes],
        ):
            if collections is None or d["collection"] in collections:
                paths.setdefault(d["content_hash"], []).append((d["path"], d["collection"]))
        sources = []
        for hit in hits:
            row = rows.get(hit.passage_id)
            where = paths.get(row["content_hash"]) if row else None
            if not where:
                continue
            sources.append(Source(
                document=where[0][0], title=row["title"], page=row["page"], section=row["section"],
                text=row["text"], score=hit.score, collection=where[0][1], also_at=[p for p, _ in where[1:]],
                passage_id=hit.passage_id,
            ))
        return sources, {pid: json.loads(r["lines"]) for pid, r in rows.items()}

    # -- describing --------------------------------------------------------------------------

    def status(self) -> IndexStatus:
        generation = get_meta(self.db, "current_generation")
        counts = self.db.execute(
            "SELECT COUNT(CASE WHEN content_hash IS NOT NULL THEN 1 END), "
            "COUNT(CASE WHEN status != 'ok' THEN 1 END) FROM documents WHERE generation = ?",
            [generation or 0],
        ).fetchone()
        passages = self.db.execute(
            "SELECT COALESCE(SUM(passages), 0) FROM contents WHERE hash IN "
            "(SELECT content_hash FROM documents WHERE generation = ?)", [generation or 0]
        ).fetchone()[0]
        return IndexStatus(
            data_dir=str(self.data_dir), generation=generation, built_at=get_meta(self.db, "built_at"),
            model=get_meta(self.db, "model"), dimension=get_meta(self.db, "dimension"),
            chunking=get_meta(self.db, "chunking"), documents=counts[0], passages=passages, failed=counts[1],
        )

    def close(self) -> None:
        self.db.conn.close()
