"""What `rutinbot status` and `rutinbot documents` report about the index in service."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from .catalog import Catalog, DocumentRecord
from .datadir import DataDir
from .store import get_meta
from .versions import Versions


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
    review_by: str | None = None  # "Revideras senast": valid_until is this date when the header states no other end
    revised: str | None = None  # when it was last revised or updated ("Senast uppdaterad: …")


def index_status(db: sqlite_utils.Database | None, layout: DataDir) -> IndexStatus:
    """What the database says of the generation in service; all empty without a database."""
    if db is None:
        return IndexStatus(str(layout), None, None, None, None, None, 0, 0, 0)
    generation = get_meta(db, "current_generation")
    documents, failed, passages = Catalog(db).counts(generation)
    return IndexStatus(
        data_dir=str(layout), generation=generation, built_at=get_meta(db, "built_at"), model=get_meta(db, "model"),
        dimension=get_meta(db, "dimension"), chunking=get_meta(db, "chunking"), documents=documents,
        passages=passages, failed=failed,
    )


def document_infos(records: list[DocumentRecord], versions: Versions, today: date,
                   expired_only: bool = False) -> list[DocumentInfo]:
    out = []
    for record in records:
        meta = record.metadata
        expired = record.title is not None and meta.is_expired(today)
        if record.status != "ok":
            status = "failed"
        elif record.path in versions.replaced:
            status = "replaced"
        else:
            status = "expired" if expired else "ok"
        if expired_only and not expired:
            continue
        out.append(DocumentInfo(
            path=record.path, title=record.shown_title, collection=record.collection, pages=record.pages,
            passages=record.passages, decided=meta.decided, valid_until=meta.valid_until,
            valid_indefinitely=meta.valid_indefinitely, owner=meta.owner, expired=expired, status=status,
            reason=record.error, replaced_by=versions.replaced.get(record.path), review_by=meta.review_by,
            revised=meta.revised,
        ))
    return out
