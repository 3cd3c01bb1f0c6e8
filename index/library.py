"""The one object front ends use: build an index, ask it questions, describe it.

It follows the index generation the database names as current, so a reindex by another process (or
thread) is picked up at the next question without a restart.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from datetime import date, datetime
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .answering import AbstainPolicy, Answer, OlderVersion, Source, coverage, locate, select_sentences, unknown_share
from .audit import SYSTEM, Audit
from .chunking import ChunkSettings
from .embedder import DEFAULT_MODEL, Embedder, SentenceTransformerEmbedder
from .errors import IndexMissing, ModelMismatch
from .indexer import BuildReport, Indexer, Progress, check_roots
from .journal import Journal
from .metadata import is_expired, merged, normalise_title, read_metadata, version_date
from .privacy import redact
from .questions import TRUNCATED, bounded, capped, only_identity_numbers
from .search import FusionWeights, HybridSearcher
from .store import get_meta, open_db
from .vectors import VectorIndex, vector_path

DATA_ENV = "RUTINBOT_DATA"

_log = logging.getLogger(__name__)


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


@dataclass
class DocumentInfo:
    """One file of the index in service, as `rutinbot documents` lists it."""

    path: str
    title: str | None  # None when the file was never read
    collection: str
    pages: int | None
    passages: int
    decided: str | None
    valid_until: str | None
    valid_indefinitely: bool
    owner: str | None
    expired: bool
    status: str  # "ok", "expired", "replaced" (a newer version exists) or "failed"
    reason: str | None = None  # why it failed, or what was wrong with its sidecar
    replaced_by: str | None = None  # the newer version's path


def _json_dict(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


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
        clock: Callable[[], date] = date.today,
    ):
        self.data_dir = resolve_data_dir(data_dir)
        self.clock = clock  # "today", for telling expired routines; injectable for tests
        self._model_name = model
        self._embedder = embedder
        self.weights = weights
        self.policy = policy
        self.chunking = chunking
        self.db = open_db(self.data_dir)
        self._lock = threading.RLock()
        self._model_lock = threading.Lock()
        self.journal = Journal(self.db, self._lock)
        self.audit = Audit(self.db, self._lock)
        self._generation: int | None = None
        self._searcher: HybridSearcher | None = None
        self._allowed: dict[tuple, frozenset[int]] = {}
        self._versions_of: tuple[int, dict[str, str], dict[str, list[OlderVersion]]] | None = None
        # retention is enforced whenever a front end starts, not only when someone remembers to purge
        self.purged_at_start = self.purge_expired()

    # -- retention ---------------------------------------------------------------------------

    def purge_expired(self, *, now: datetime | None = None) -> dict[str, int]:
        """Delete questions, feedback and audit entries past their configured retention.

        A database busy beyond the timeout (a long write elsewhere) is logged and left for next time.
        """
        try:
            deleted = {**self.journal.purge(now=now), "audit": self.audit.purge(now=now)}
        except sqlite3.OperationalError as exc:
            _log.warning("retention purge postponed: %s", exc)
            return {}
        if any(deleted.values()):
            self.audit.record(SYSTEM, "purge", {
                **deleted, "retention_days": self.journal.retention_days,
                "audit_retention_days": self.audit.retention_days})
        return deleted

    # -- model -------------------------------------------------------------------------------

    @property
    def model_name(self) -> str:
        if self._embedder is not None:
            return self._embedder.name
        return self._model_name or get_meta(self.db, "model") or DEFAULT_MODEL

    @property
    def embedder(self) -> Embedder:
        with self._model_lock:  # not the database lock: loading takes seconds and must not stall votes
            if self._embedder is None:
                self._embedder = SentenceTransformerEmbedder(self.model_name, models_dir=self.data_dir / "models")
            return self._embedder

    # -- building ----------------------------------------------------------------------------

    def has_index(self) -> bool:
        return get_meta(self.db, "current_generation") is not None

    def build(self, paths: list[str | Path], progress: Progress | None = None, *, actor: str = SYSTEM,
              **limits) -> BuildReport:
        """Index ``paths``; the run is recorded in the audit trail (counts only) under ``actor``."""
        check_roots([Path(p) for p in paths])  # before the model is loaded: that takes seconds
        indexer = Indexer(self.data_dir, self.embedder, chunking=self.chunking, metadata_reader=read_metadata,
                          **limits)
        roots = [str(p) for p in paths]
        try:
            report = indexer.build([Path(p) for p in paths], progress)
        except Exception as exc:
            try:
                self.audit.record(actor, "reindex", {"roots": roots, "error": type(exc).__name__})
            except sqlite3.Error:
                pass  # the build's own error is the one to report
            raise
        self.audit.record(actor, "reindex", {
            "roots": roots, "added": len(report.added), "changed": len(report.changed),
            "removed": len(report.removed), "unchanged": len(report.unchanged), "failed": len(report.failed),
            "documents": report.documents, "passages": report.passages, "generation": report.generation,
            "seconds": round(report.seconds, 1),
        })
        return report

    # -- asking ------------------------------------------------------------------------------

    @contextmanager
    def _snapshot(self):
        """One read transaction around a question: a reindex that switches generations meanwhile, and
        deletes the old one's passages, is not seen half-way (WAL readers keep their snapshot). Whoever
        writes through ``self.db`` holds ``self._lock``, as Journal does, so no write lands inside it."""
        if self.db.conn.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("COMMIT")

    def _current(self) -> HybridSearcher:
        """The searcher for the generation now in service, reloaded when a reindex has switched."""
        for attempt in range(3):
            generation = get_meta(self.db, "current_generation")
            if generation is None:
                raise IndexMissing(f"det finns inget index i {self.data_dir} ännu; kör 'rutinbot index' först")
            if generation == self._generation:
                break
            recorded = get_meta(self.db, "model")
            if recorded != self.embedder.name:
                raise ModelMismatch(
                    f"indexet är byggt med modellen {recorded!r} men frågan ställs med {self.embedder.name!r}"
                )
            path = vector_path(self.data_dir, generation)
            try:
                vectors = VectorIndex.load(path)
            except Exception:
                if path.exists() or not self.db.conn.in_transaction or attempt == 2:
                    raise
                # a reindex replaced this generation (and deleted its file) after the snapshot began
                self.db.execute("COMMIT")
                self.db.execute("BEGIN")
                continue
            self._searcher = HybridSearcher(self.db, vectors, self.weights)
            self._generation = generation
            self._allowed.clear()
            break
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
        """Answer from the passages of the given collections (all when None), best source first.

        A personnummer or samordningsnummer in the question is removed first: what is embedded,
        searched, returned in ``Answer.question`` and logged never holds it; ``Answer.warnings`` names it.
        Only the first MAX_QUESTION_CHARS characters are used ("truncated" in the warnings); a blank
        question raises EmptyQuestion, and one that was only identity numbers is not searched.
        """
        redaction = redact(bounded(question))  # EmptyQuestion for a blank one
        question, truncated = capped(redaction.text)
        warnings = redaction.kinds + ([TRUNCATED] if truncated else [])
        if only_identity_numbers(question):  # nothing else to search for: the front end reminds, no search
            return Answer(question, False, [], [], warnings=warnings)
        query_vector = self.embedder.embed_queries([question])[0]
        with self._lock, self._snapshot():
            searcher = self._current()
            key = tuple(sorted(collections)) if collections is not None else None
            if key not in self._allowed:
                allowed, params = self._allowed_query(collections)
                self._allowed[key] = frozenset(int(r[0]) for r in self.db.execute(allowed, params))
            hits = searcher.search(question, query_vector, self._allowed[key], 8 * k)
            # replaced versions are dropped from the sources: the further candidates stand in for them
            sources, lines = self._sources(hits, collections)
            sources = sources[:k]
            if not sources:
                return Answer(question, False, [], [], warnings=warnings)
            top = sources[0]
            unknown = unknown_share(question, searcher.idf, searcher.known)  # asks the database
        similarity = next(h.dense for h in hits if h.passage_id == top.passage_id)
        answered = self.policy.answered(similarity, coverage(question, f"{top.title}\n{top.text}", searcher.idf),
                                        unknown)
        best = [select_sentences(question, s.text, lines[s.passage_id], idf=searcher.idf) for s in sources]
        for source, sentences in zip(sources, best):
            source.highlight = sentences
            if sentences:  # cite the page and heading of the sentences that match, not of the passage start
                source.page, source.section = locate(
                    source.text, lines[source.passage_id], sentences[0], source.page, source.section)
        return Answer(question, answered, best[0] if answered else [], sources, warnings=warnings,
                      confidence=similarity)

    def _sources(self, hits, collections: list[str] | None) -> tuple[list[Source], dict[int, list]]:
        """Sources for the hits, plus each passage's line layout (for citing the exact page).

        Each source carries its routine's validity (header metadata under the path's sidecar overrides).
        A hit in an older version of a routine whose newer version is indexed is left out; the newer
        version's sources then name it in ``older_versions``.
        """
        if not hits:
            return [], {}
        ids = [h.passage_id for h in hits]
        marks = ",".join("?" * len(ids))
        rows = {
            r["id"]: r
            for r in self.db.query(
                f"SELECT p.id, p.text, p.page, p.section, p.lines, p.content_hash, c.title, c.metadata "
                f"FROM passages p JOIN contents c ON c.hash = p.content_hash WHERE p.id IN ({marks})", ids
            )
        }
        hashes = sorted({r["content_hash"] for r in rows.values()})
        replaced, older = self._versions(self._generation)
        paths: dict[str, list[tuple[str, str, dict]]] = {}
        dropped: set[str] = set()  # newer versions whose older version was among the hits
        for d in self.db.query(
            f"SELECT path, collection, content_hash, metadata FROM documents WHERE generation = ? "
            f"AND content_hash IN ({','.join('?' * len(hashes))}) ORDER BY path",
            [self._generation, *hashes],
        ):
            if d["path"] in replaced:
                dropped.add(replaced[d["path"]])
            elif collections is None or d["collection"] in collections:
                paths.setdefault(d["content_hash"], []).append(
                    (d["path"], d["collection"], _json_dict(d["metadata"])))
        today = self.clock()
        sources = []
        for hit in hits:
            row = rows.get(hit.passage_id)
            where = paths.get(row["content_hash"]) if row else None
            if not where:
                continue
            path, collection, overrides = where[0]
            meta = merged(_json_dict(row["metadata"]), overrides)
            sources.append(Source(
                document=path, title=meta.get("title") or row["title"], page=row["page"],
                section=row["section"], text=row["text"], score=hit.score, collection=collection,
                also_at=[p for p, _, _ in where[1:]], passage_id=hit.passage_id,
                decided=meta["decided"], valid_until=meta["valid_until"], owner=meta["owner"],
                expired=is_expired(meta, today),
                older_versions=list(older.get(path, [])) if path in dropped else [],
            ))
        return sources, {pid: json.loads(r["lines"]) for pid, r in rows.items()}

    def _versions(self, generation: int | None) -> tuple[dict[str, str], dict[str, list[OlderVersion]]]:
        """Which documents are older versions of another: {old path: newer path}, {newer path: older versions}.

        Versions of one routine share a collection and a title (compared by ``normalise_title``); the one
        with the latest date (decided, revised or valid from) replaces those with earlier dates. Undated
        documents, and a tie for the latest date, are left alone: both are cited.
        """
        with self._lock:
            if self._versions_of and self._versions_of[0] == generation:
                return self._versions_of[1], self._versions_of[2]
            groups: dict[tuple[str, str], list[tuple[str, str, dict]]] = {}
            for d in self.db.query(
                "SELECT d.path, d.collection, d.content_hash, d.metadata AS overrides, c.title, "
                "c.metadata AS meta FROM documents d JOIN contents c ON c.hash = d.content_hash "
                "WHERE d.generation = ? ORDER BY d.path", [generation or 0],
            ):
                meta = merged(_json_dict(d["meta"]), _json_dict(d["overrides"]))
                title = normalise_title(meta.get("title") or d["title"])
                groups.setdefault((d["collection"], title), []).append((d["path"], d["content_hash"], meta))
            replaced: dict[str, str] = {}
            older: dict[str, list[OlderVersion]] = {}
            for members in groups.values():
                dated = [(version_date(m), path, h, m) for path, h, m in members if version_date(m)]
                if len({h for _, _, h, _ in dated}) < 2:
                    continue
                latest = max(when for when, _, _, _ in dated)
                newest = [(path, h) for when, path, h, _ in dated if when == latest]
                if len({h for _, h in newest}) > 1:
                    continue  # two different contents claim the same date: cannot tell which holds
                for when, path, h, m in dated:
                    if when < latest and h != newest[0][1]:
                        replaced[path] = newest[0][0]
                        for newer, _ in newest:
                            older.setdefault(newer, []).append(OlderVersion(path, m.get("decided"), when))
            self._versions_of = (generation, replaced, older)
            return replaced, older

    # -- describing --------------------------------------------------------------------------

    def status(self) -> IndexStatus:
        with self._lock, self._snapshot():  # one generation throughout, even while a reindex switches
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

    def documents(self, expired_only: bool = False) -> list[DocumentInfo]:
        """Every file of the index in service with its validity and status, by path."""
        with self._lock, self._snapshot():
            return self._documents(expired_only)

    def _documents(self, expired_only: bool) -> list[DocumentInfo]:
        generation = get_meta(self.db, "current_generation")
        if generation is None:
            raise IndexMissing(f"det finns inget index i {self.data_dir} ännu; kör 'rutinbot index' först")
        replaced, _ = self._versions(generation)
        today = self.clock()
        with self._lock:
            rows = list(self.db.query(
                "SELECT d.path, d.collection, d.status, d.error, d.metadata AS overrides, c.title, c.pages, "
                "c.passages, c.metadata AS meta FROM documents d LEFT JOIN contents c ON c.hash = d.content_hash "
                "WHERE d.generation = ? ORDER BY d.path", [generation],
            ))
        out = []
        for row in rows:
            meta = merged(_json_dict(row["meta"]), _json_dict(row["overrides"]))
            expired = row["title"] is not None and is_expired(meta, today)
            if row["status"] != "ok":
                status = "failed"
            elif row["path"] in replaced:
                status = "replaced"
            else:
                status = "expired" if expired else "ok"
            if expired_only and not expired:
                continue
            out.append(DocumentInfo(
                path=row["path"], title=meta.get("title") or row["title"], collection=row["collection"],
                pages=row["pages"], passages=row["passages"] or 0, decided=meta["decided"],
                valid_until=meta["valid_until"], valid_indefinitely=bool(meta["valid_indefinitely"]),
                owner=meta["owner"], expired=expired, status=status, reason=row["error"],
                replaced_by=replaced.get(row["path"]),
            ))
        return out

    def close(self) -> None:
        self.db.conn.close()
