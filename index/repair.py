"""A FAISS file that is missing or damaged is rebuilt from the embeddings kept in the database.

The database holds every passage's embedding; the FAISS file is only a fast copy of them. So a file that
was deleted, truncated by a full disk or overwritten is no reason for a question to fail or for a
reindex to leave it broken: it is rebuilt (no model needed) and the administrator is told.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import sqlite_utils

from .catalog import Catalog
from .datadir import DataDir
from .errors import IndexLocked
from .lock import reindex_lock
from .store import get_meta
from .vectors import VectorIndex

_log = logging.getLogger(__name__)


def vectors_of(catalog: Catalog, generation: int, dim: int) -> VectorIndex:
    """The generation's vector index, built from the embeddings in the database."""
    hashes = sorted({r["content_hash"] for r in catalog.document_rows(generation).values() if r["content_hash"]})
    ids, blobs = catalog.embeddings(hashes)
    vectors = (np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(-1, dim) if blobs
               else np.zeros((0, dim), dtype=np.float32))
    return VectorIndex.build(np.asarray(ids, dtype=np.int64), vectors, dim)


def load_checked(path: Path, expected: int, dim: int | None) -> tuple[VectorIndex | None, str | None]:
    """The file's index, or None and what is wrong with it (in Swedish)."""
    if not path.exists():
        return None, f"{path.name} saknades"
    try:
        vectors = VectorIndex.load(path)
    except Exception:  # noqa: BLE001 - faiss says RuntimeError for any damage
        return None, f"{path.name} var trasig"
    if vectors.size != expected or (dim is not None and vectors.dim != dim):
        return None, f"{path.name} hörde inte till indexet ({vectors.size} vektorer, inte {expected})"
    return vectors, None


def load_or_rebuild(db: sqlite_utils.Database, layout: DataDir, generation: int, *,
                    holding_lock: bool = False) -> tuple[VectorIndex, str | None]:
    """The generation's vectors from its FAISS file, or rebuilt from the database when the file is missing
    or damaged; then also what was wrong, for the report. The rebuilt file is written back: at once by a
    caller ``holding_lock`` (the reindex lock), else only when no reindex is running (it writes its own)."""
    catalog = Catalog(db)
    dim = get_meta(db, "dimension")
    path = layout.vectors(generation)
    vectors, problem = load_checked(path, catalog.counts(generation)[2], dim)
    if vectors is not None and problem is None:
        return vectors, None
    rebuilt = vectors_of(catalog, generation, dim)
    _log.warning("vector index %s; rebuilt from the %d embeddings in the database", problem, rebuilt.size)
    try:
        if holding_lock:
            rebuilt.save(path)
        else:
            with reindex_lock(layout):
                rebuilt.save(path)
    except IndexLocked:
        pass
    except OSError as exc:  # a full disk: answer from memory, say why it was not saved
        _log.warning("could not save the rebuilt vector index: %s", exc)
    return rebuilt, f"{problem} och byggdes om från databasen"
