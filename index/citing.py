"""From search hits to the sources an answer cites: where each passage stands, and whether it holds.

Each source carries its routine's validity (header metadata under the path's sidecar overrides). A hit
in an older version of a routine whose newer version is indexed is left out; the newer version's sources
then name it in ``older_versions``.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from .answering import Source
from .catalog import DocumentRecord, PassageRecord
from .grouping import near_groups
from .search import Hit
from .versions import Versions


class _Citable(NamedTuple):
    """A hit that will be cited: its passage, and the paths holding its content (the one to cite first)."""

    hit: Hit
    passage: PassageRecord
    where: list[DocumentRecord]


class _Citer:
    """What citing the hits of one question reads once: each content's paths in the asker's collections,
    the newer versions to name older ones in, and each cited document's validity."""

    def __init__(self, passages: dict[int, PassageRecord], placed: dict[str, list[DocumentRecord]],
                 versions: Versions, collections: list[str] | None, today: date,
                 shown_first: Callable[[str], bool]):
        self.passages, self.versions, self.today = passages, versions, today
        self.paths: dict[str, list[DocumentRecord]] = {}
        self.dropped: set[str] = set()  # newer versions whose older version was among the hits
        for content_hash in sorted({p.content_hash for p in passages.values()}):
            for d in placed.get(content_hash, []):
                if d.path in versions.replaced:
                    self.dropped.add(versions.replaced[d.path])
                elif collections is None or d.collection in collections:
                    self.paths.setdefault(content_hash, []).append(d)
        for cited in self.paths.values():
            cited.sort(key=lambda d: not shown_first(d.path))  # the path to cite first
        self._validity: dict[str, tuple[bool, bool, int | None]] = {}  # by path: hits often share a document

    def citable(self, hits: list[Hit]) -> list[_Citable]:
        """The hits whose passage is in the asker's collections and in no replaced version, in order."""
        out = []
        for hit in hits:
            passage = self.passages.get(hit.passage_id)
            where = self.paths.get(passage.content_hash) if passage else None
            if passage and where:
                out.append(_Citable(hit, passage, where))
        return out

    def source(self, cited: _Citable) -> Source:
        hit, passage, where = cited
        first, meta = where[0], where[0].metadata
        if first.path not in self._validity:
            self._validity[first.path] = (meta.is_expired(self.today), meta.is_expiring(self.today),
                                          meta.days_left(self.today))
        expired, expiring, days_left = self._validity[first.path]
        return Source(
            document=first.path, title=first.shown_title or "", page=passage.page, section=passage.section,
            text=passage.text, score=hit.score, collection=first.collection, also_at=[d.path for d in where[1:]],
            passage_id=hit.passage_id, decided=meta.decided, valid_until=meta.valid_until, owner=meta.owner,
            decided_by=meta.decided_by,
            expired=expired, valid_indefinitely=meta.valid_indefinitely, expiring=expiring, days_left=days_left,
            review_by=meta.review_by, revised=meta.revised, said=dict(meta.said),
            older_versions=list(self.versions.older.get(first.path, [])) if first.path in self.dropped else [],
        )


def cite(hits: list[Hit], passages: dict[int, PassageRecord], placed: dict[str, list[DocumentRecord]],
         versions: Versions, collections: list[str] | None, today: date,
         shown_first: Callable[[str], bool] = lambda _: False) -> list[Source]:
    """Sources for ``hits``, best first. ``placed``: the generation's files by content hash, by path.
    Of the paths that hold the same content, one for which ``shown_first`` holds is cited."""
    citer = _Citer(passages, placed, versions, collections, today, shown_first)
    return [citer.source(cited) for cited in citer.citable(hits)]


def cite_grouped(hits: list[Hit], passages: dict[int, PassageRecord], placed: dict[str, list[DocumentRecord]],
                 versions: Versions, collections: list[str] | None, today: date,
                 shown_first: Callable[[str], bool] = lambda _: False, limit: int | None = None) -> list[Source]:
    """``group_near_copies(cite(…), shown_first, limit)``, with a source built only for the copy each group
    shows: a question's 40 hits fold into a handful of sources."""
    citer = _Citer(passages, placed, versions, collections, today, shown_first)
    sources = []
    for members in near_groups(citer.citable(hits), lambda c: c.passage.text, limit):
        shown = next((m for m in members if shown_first(m.where[0].path)), members[0])
        source = citer.source(shown)
        source.score = max(m.hit.score for m in members)
        source.also_in = [m.where[0].path for m in members if m is not shown]
        sources.append(source)
    return sources
