"""The one object front ends use: build an index, ask it questions, describe it.

A thin façade: the tables belong to the catalog, the question log and the audit trail; the data
directory's layout to DataDir. Constructing a Library does no I/O. ``open()`` is the start-up (connect,
create and migrate the database when allowed, enforce retention); every method opens on first use,
and read-only ones (``status``, ``documents``, ``has_index``) never create anything.

It follows the index generation the database names as current, so a reindex by another process (or
thread) is picked up at the next question without a restart.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

import sqlite_utils

from . import compounds, synonyms, units
from .answering import AbstainPolicy, Answer, decide, unknown_share
from .audit import SYSTEM, Audit, reindex_details
from .catalog import Catalog
from .chunking import ChunkSettings
from .citing import cite_grouped
from .datadir import DataDir
from .describe import DocumentInfo, IndexStatus, document_infos, index_status
from .embedder import DEFAULT_MODEL, Embedder, load_embedder, runtime_for
from .errors import IndexMissing
from .indexer import BuildReport, Indexer, check_roots, check_same_roots
from .journal import Journal
from .metadata import read_metadata
from .progress import Progress
from .questions import only_identity_numbers, prepare
from .search import FusionWeights
from .serving import Served, follow
from .store import get_meta, no_index_message, open_db, snapshot
from .versions import Versions

_log = logging.getLogger(__name__)


class Library:
    def __init__(
        self,
        data_dir: str | Path | DataDir | None = None,
        *,
        model: str | None = None,
        runtime: str | None = None,
        embedder: Embedder | None = None,
        weights: FusionWeights = FusionWeights(),
        policy: AbstainPolicy | None = None,  # None: the one calibrated for the model
        chunking: ChunkSettings = ChunkSettings(),
        clock: Callable[[], date] = date.today,
    ):
        self.layout = DataDir.resolve(data_dir)
        self.data_dir = self.layout.root
        self.clock = clock  # "today", for telling expired routines; injectable for tests
        self._model_name, self._runtime = model, runtime  # runtime None: the index's own, or the default
        self._embedder = embedder
        self.weights, self.policy, self.chunking = weights, policy, chunking
        self._lock = threading.RLock()  # whoever uses the shared connection holds it
        self._model_lock = threading.Lock()
        self._db: sqlite_utils.Database | None = None
        self._journal: Journal | None = None
        self._audit: Audit | None = None
        self._served: Served | None = None
        self.purged_at_start: dict[str, int] = {}

    # -- start-up ----------------------------------------------------------------------------

    def open(self, *, create: bool = True) -> Library:
        """Connect to the database (creating and migrating it unless ``create`` is False: then a missing
        one raises IndexMissing) and delete what is past its retention — at every start, not only when
        someone remembers to purge. Idempotent."""
        with self._lock:
            if self._db is None:
                db = open_db(self.layout, create=create)
                self._db, self._journal, self._audit = db, Journal(db, self._lock), Audit(db, self._lock)
                self.purged_at_start = self.purge_expired()
        return self

    @property
    def db(self) -> sqlite_utils.Database:
        return self.open()._db  # type: ignore[return-value]

    @property
    def journal(self) -> Journal:
        return self.open()._journal  # type: ignore[return-value]

    @property
    def audit(self) -> Audit:
        return self.open()._audit  # type: ignore[return-value]

    def _existing(self) -> sqlite_utils.Database | None:
        """The database when there is one; None, creating nothing, when not."""
        if self._db is None and not self.layout.has_database():
            return None
        try:
            return self.open(create=False)._db
        except IndexMissing:
            return None

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
        db = self._existing()
        return self._model_name or (get_meta(db, "model") if db is not None else None) or DEFAULT_MODEL

    @property
    def embedder(self) -> Embedder:
        with self._model_lock:  # not the database lock: loading takes seconds and must not stall votes
            if self._embedder is None:
                self._embedder = load_embedder(self.model_name, self._runtime or runtime_for(self._existing()))
            return self._embedder

    # -- building ----------------------------------------------------------------------------

    def has_index(self) -> bool:
        db = self._existing()
        return db is not None and get_meta(db, "current_generation") is not None

    def build(self, paths: Sequence[str | Path], progress: Progress | None = None, *, actor: str = SYSTEM,
              new_root: bool = False, allow_removals: bool = False, **limits) -> BuildReport:
        """Index ``paths``; the run is recorded in the audit trail (counts only) under ``actor``.

        Refused (BuildRefused, index untouched) when ``paths`` are not the folders the index was built from,
        unless ``new_root``, or when the run would remove more than half the documents (or all), unless
        ``allow_removals``.
        """
        check_roots([Path(p) for p in paths])  # before the model is loaded: that takes seconds
        self.open()
        with self._lock:
            check_same_roots(self.db, [Path(p) for p in paths], new_root=new_root)
        indexer = Indexer(self.layout, self.embedder, chunking=self.chunking, metadata_reader=read_metadata,
                          **limits)
        roots = [str(p) for p in paths]
        try:
            report = indexer.build([Path(p) for p in paths], progress, new_root=new_root,
                                   allow_removals=allow_removals)
        except Exception as exc:
            try:
                self.audit.record(actor, "reindex", {"roots": roots, "error": type(exc).__name__})
            except sqlite3.Error:
                pass  # the build's own error is the one to report
            raise
        self.audit.record(actor, "reindex", reindex_details(roots, report))
        return report

    # -- asking ------------------------------------------------------------------------------

    def ask(self, question: str, k: int = 5, collections: list[str] | None = None) -> Answer:
        """Answer from the passages of the given collections (all when None), best source first.

        The question is first prepared (see ``questions.prepare``): a personnummer is removed, so what is
        embedded, searched, returned and logged never holds it, and only its start is used. A blank question
        raises EmptyQuestion; one that was only identity numbers is not searched."""
        question, warnings, truncated = prepare(question)
        if only_identity_numbers(question):  # nothing else to search for: the front end reminds, no search
            return Answer(question, False, [], [], warnings=warnings, truncated=truncated)
        answer = self._answer(question, warnings, k, collections)
        answer.truncated = truncated
        return answer

    def _answer(self, asked: str, warnings: list[str], k: int, collections: list[str] | None) -> Answer:
        self.open(create=False)
        with self._lock:  # "pa hembesok" is read "på hembesök", and "bruakren" "brukaren"
            question = self._serving().as_meant(asked, collections)
        query_vector = self.embedder.embed_queries([question])[0]  # outside the lock: the model is the slow part
        with self._lock, snapshot(self.db):
            served = self._served = follow(self.db, self.layout, self._served, self.embedder, self.weights)
            searcher, catalog = served.searcher, Catalog(self.db)
            scope = searcher.scope(collections)  # every statistic the answer reads is of these passages only
            # the keyword search also looks for the words that misspelt ones were meant as ("metnor": mentor)
            keywords = scope.respelt(synonyms.expand(question, served.synonyms))
            hits = searcher.search(keywords, query_vector, scope, 8 * k, near := searcher.near(scope))
            passages = served.passages(catalog, (h.passage_id for h in hits))
            named = units.mentioned(keywords, served.paths_in(collections))  # "ek bist" too
            if named:
                hits = units.prefer(hits, {i: [d.path for d in served.placed.get(p.content_hash, [])]
                                           for i, p in passages.items()}, named)
            # replaced versions are dropped from the sources: the further candidates stand in for them
            sources = cite_grouped(hits, passages, served.placed, served.versions, collections, self.clock(),
                                   lambda path: units.in_units(path, named), limit=k)
            if not sources:
                return Answer(asked, False, [], [], warnings=warnings, vector=query_vector, vector_model=self.embedder.name)
            alternatives = synonyms.alternatives(question, served.synonyms)
            unknown = unknown_share(question, scope.idf, near.known, alternatives)  # known: what routines near it use
            read_as = compounds.read_as(alternatives, question, scope.uses, scope.known)  # not for the unknown share
        policy = self.policy or AbstainPolicy.for_model(self.embedder.name)
        answer = decide(question, read_as, sources, passages, query_vector, scope.idf, unknown, policy, warnings,
                        units.words_of(named))
        answer.question, answer.vector, answer.vector_model = asked, query_vector, self.embedder.name
        return answer

    def _serving(self) -> Served:
        """The generation in service now (loaded on first use)."""
        with self._lock, snapshot(self.db):
            self._served = follow(self.db, self.layout, self._served, self.embedder, self.weights)
            return self._served

    # -- describing --------------------------------------------------------------------------

    def status(self) -> IndexStatus:
        """What the index holds; a data directory without a database is reported empty, not created."""
        db = self._existing()
        if db is None:
            return index_status(None, self.layout)
        with self._lock, snapshot(db):  # one generation throughout, even while a reindex switches
            return index_status(db, self.layout)

    def documents(self, expired_only: bool = False) -> list[DocumentInfo]:
        """Every file of the index in service with its validity and status, by path."""
        db = self.open(create=False).db
        with self._lock, snapshot(db):
            generation = get_meta(db, "current_generation")
            if generation is None:
                raise IndexMissing(no_index_message(self.layout))
            if self._served is not None and self._served.generation == generation:
                records, versions = self._served.documents, self._served.versions
            else:
                records = Catalog(db).documents(generation)
                versions = Versions.of(records)
        return document_infos(records, versions, self.clock(), expired_only)

    def close(self) -> None:
        if self._db is not None:
            self._db.conn.close()
