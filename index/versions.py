"""Which documents of a generation are older versions of another routine, and which replace them.

Versions of one routine share a collection and a title (compared by ``normalise_title``); the one with
the latest date (decided, revised or valid from) replaces those with earlier dates. Undated documents,
and a tie for the latest date between different contents, are left alone: both are cited.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .answering import OlderVersion
from .catalog import DocumentRecord
from .metadata import normalise_title


@dataclass(frozen=True)
class Versions:
    replaced: dict[str, str] = field(default_factory=dict)  # old path -> the newer version's path
    older: dict[str, list[OlderVersion]] = field(default_factory=dict)  # newer path -> its older versions

    @classmethod
    def of(cls, documents: list[DocumentRecord]) -> Versions:
        groups: dict[tuple[str, str], list[DocumentRecord]] = {}
        for d in documents:
            if d.content_hash is None or d.title is None:
                continue  # never read: nothing to compare
            groups.setdefault((d.collection, normalise_title(d.shown_title or "")), []).append(d)
        replaced: dict[str, str] = {}
        older: dict[str, list[OlderVersion]] = {}
        for members in groups.values():
            dated = [(d.metadata.version_date, d) for d in members if d.metadata.version_date]
            if len({d.content_hash for _, d in dated}) < 2:
                continue
            latest = max(when for when, _ in dated)
            newest = [d for when, d in dated if when == latest]
            if len({d.content_hash for d in newest}) > 1:
                continue  # two different contents claim the same date: cannot tell which holds
            for when, d in dated:
                if when < latest and d.content_hash != newest[0].content_hash:
                    replaced[d.path] = newest[0].path
                    for newer in newest:
                        older.setdefault(newer.path, []).append(OlderVersion(d.path, d.metadata.decided, when))
        return cls(replaced, older)
