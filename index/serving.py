"""The index generation in service, loaded once and followed when a reindex switches to another."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

import sqlite_utils

from . import analysis, spelling
from .catalog import Catalog, DocumentRecord, PassageRecord
from .courtesy import without_courtesies
from .datadir import DataDir
from .embedder import Embedder, check_vectors
from .errors import IndexMissing, ModelMismatch
from .repair import load_or_rebuild
from .search import FusionWeights, HybridSearcher
from .store import get_meta, no_index_message
from .versions import Versions

T = TypeVar("T")


@dataclass
class Served:
    """One generation: its searcher (which knows the passages and statistics each asker may see), its files
    and their versions."""

    generation: int
    searcher: HybridSearcher
    documents: list[DocumentRecord]
    versions: Versions
    placed: dict[str, list[DocumentRecord]] = field(default_factory=dict)  # by content hash, by path
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # everyday word → routine words
    spellings: dict[str, spelling.Counts] = field(default_factory=dict)  # by collection: how its routines spell words
    _passages: dict[int, PassageRecord] = field(default_factory=dict)  # read so far: a generation's never change
    _reads: int = 0  # questions whose passages were read
    _spelt: dict[frozenset[str] | None, dict[str, str]] = field(default_factory=dict)  # by collections read
    _paths: dict[frozenset[str] | None, tuple[str, ...]] = field(default_factory=dict)  # by collections read

    def passages(self, catalog: Catalog, ids: Iterable[int]) -> dict[int, PassageRecord]:
        """The passages of these ids (of this generation), each read from the database once.

        At the second question all of them are read, in one query: a process that asks twice (a bot, `ask -`)
        asks many, and a question's 40 hits read apart cost ~0.6 ms (every-unit library, 1,810 passages: 70 ms
        and 11 MB once); a lone `rutinbot ask` reads only its own."""
        ids = list(ids)
        self._reads += 1
        if self._reads == 2:
            self._passages.update(catalog.passages_of(self.generation))
        missing = [i for i in ids if i not in self._passages]
        if missing:
            self._passages.update(catalog.passages(missing))
        return {i: self._passages[i] for i in ids if i in self._passages}

    def spelt_for(self, collections: list[str] | None) -> dict[str, str]:
        """How a question typed without å/ä/ö is read by one who may read ``collections`` (see spelling)."""
        return _for_reader(self._spelt, collections,
                           lambda: spelling.for_reader(self.spellings, collections, self.synonyms))

    def as_meant(self, asked: str, collections: list[str] | None) -> str:
        """The question as the model reads it for one who may read ``collections``: with å, ä and ö restored
        where it was typed without them, its compounds written apart joined, its slips of the finger read
        as meant, and in lower case if it was typed in capitals (see spelling); without the greeting or thanks
        it opens with (see courtesy)."""
        spelt, scope = self.spelt_for(collections), self.searcher.scope(collections)
        typed = spelling.unabbreviated(spelling.unshouted(without_courtesies(asked)))
        return spelling.unslipped(spelling.joined(spelling.restore(typed, spelt), scope), scope, spelt,
                                  self._read_their_own_way)

    @cached_property
    def _read_their_own_way(self) -> frozenset[str]:
        """The words of the synonym list's everyday phrases and of the chat shorthand: never slips."""
        return frozenset(w for phrase in [*self.synonyms, *analysis.COLLOQUIAL] for w in analysis.words(phrase))

    def paths_in(self, collections: list[str] | None) -> tuple[str, ...]:
        """The paths of the files of the given collections (all when None): read for every question, the same until
        the next reindex."""
        return _for_reader(self._paths, collections, lambda: tuple(
            d.path for d in self.documents if collections is None or d.collection in collections))


def _for_reader(kept: dict, collections: list[str] | None, make: Callable[[], T]) -> T:
    """What is made for one who may read ``collections``, made once a set of collections (one a role, so few)."""
    key = None if collections is None else frozenset(collections)
    if key not in kept:
        kept[key] = make()
    return kept[key]


def follow(db: sqlite_utils.Database, layout: DataDir, served: Served | None, embedder: Embedder,
           weights: FusionWeights) -> Served:
    """The generation the database names as current: ``served`` when it still is, else loaded anew.

    Called inside a read snapshot, so a reindex that switches generations meanwhile, and deletes the
    old one's passages, is not seen half-way (WAL readers keep their snapshot).
    """
    for attempt in range(3):
        generation = get_meta(db, "current_generation")
        if generation is None:
            raise IndexMissing(no_index_message(layout))
        if served is not None and generation == served.generation:
            return served
        recorded = get_meta(db, "model")
        if recorded != embedder.name:
            raise ModelMismatch(
                f"indexet är byggt med modellen {recorded!r} men frågan ställs med {embedder.name!r}")
        check_vectors(get_meta(db, "runtime"), embedder)
        path = layout.vectors(generation)
        if not path.exists() and db.conn.in_transaction and attempt < 2:
            # a reindex may have replaced this generation (and deleted its file) after the snapshot began
            db.execute("COMMIT")
            db.execute("BEGIN")
            if get_meta(db, "current_generation") != generation:
                continue
        # a file missing or damaged for good is rebuilt from the embeddings in the database
        vectors, _ = load_or_rebuild(db, layout, generation)
        catalog = Catalog(db)
        documents = catalog.documents(generation)
        searcher = HybridSearcher(vectors, weights, catalog.keyword_texts(generation))
        loaded = Served(generation, searcher, documents, Versions.of(documents),
                        synonyms=get_meta(db, "synonyms") or {}, spellings=_by_collection(get_meta(db, "spellings")))
        for d in documents:
            if d.content_hash is not None:
                loaded.placed.setdefault(d.content_hash, []).append(d)
        return loaded
    raise IndexMissing(no_index_message(layout))  # not reached: the last attempt raises


def _by_collection(stored) -> dict[str, spelling.Counts]:
    """The spellings stored with the generation, by collection; none where they are of another shape (an
    index built before they were counted by collection learns them at its next reindex)."""
    if isinstance(stored, dict) and all(isinstance(counts, dict) and all(isinstance(ways, dict) for ways in counts.values())
                                        for counts in stored.values()):
        return stored
    return {}
