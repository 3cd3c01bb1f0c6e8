"""From search hits to the sources an answer cites: where each passage stands, and whether it holds.

Each source carries its routine's validity (header metadata under the path's sidecar overrides). A hit
in an older version of a routine whose newer version is indexed is left out; the newer version's sources
then name it in ``older_versions``.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .answering import Source
from .catalog import DocumentRecord, PassageRecord
from .search import Hit
from .versions import Versions


def cite(hits: list[Hit], passages: dict[int, PassageRecord], placed: dict[str, list[DocumentRecord]],
         versions: Versions, collections: list[str] | None, today: date,
         shown_first: Callable[[str], bool] = lambda _: False) -> list[Source]:
    """Sources for ``hits``, best first. ``placed``: the generation's files by content hash, by path.
    Of the paths that hold the same content, one for which ``shown_first`` holds is cited."""
    paths: dict[str, list[DocumentRecord]] = {}
    dropped: set[str] = set()  # newer versions whose older version was among the hits
    for content_hash in sorted({p.content_hash for p in passages.values()}):
        for d in placed.get(content_hash, []):
            if d.path in versions.replaced:
                dropped.add(versions.replaced[d.path])
            elif collections is None or d.collection in collections:
                paths.setdefault(content_hash, []).append(d)
    for cited in paths.values():
        cited.sort(key=lambda d: not shown_first(d.path))  # the path to cite first
    validity: dict[str, tuple[bool, bool, int | None]] = {}  # by path: hits often share a document
    sources = []
    for hit in hits:
        passage = passages.get(hit.passage_id)
        where = paths.get(passage.content_hash) if passage else None
        if not passage or not where:
            continue
        first, meta = where[0], where[0].metadata
        if first.path not in validity:
            validity[first.path] = (meta.is_expired(today), meta.is_expiring(today), meta.days_left(today))
        expired, expiring, days_left = validity[first.path]
        sources.append(Source(
            document=first.path, title=first.shown_title or "", page=passage.page, section=passage.section,
            text=passage.text, score=hit.score, collection=first.collection, also_at=[d.path for d in where[1:]],
            passage_id=hit.passage_id, decided=meta.decided, valid_until=meta.valid_until, owner=meta.owner,
            expired=expired, valid_indefinitely=meta.valid_indefinitely, expiring=expiring, days_left=days_left,
            older_versions=list(versions.older.get(first.path, [])) if first.path in dropped else [],
        ))
    return sources
