"""The documents, contents, passages and generations tables: the only module that writes SQL for them.

Readers get typed records of one index generation (which files it holds, what each says about its
validity, the passages a question may be answered from); the Indexer writes through the same object.
Every other module asks here instead of knowing the schema.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import cast

import sqlite_utils

from .metadata import RoutineMetadata
from .quoting import Span
from .store import set_meta

_CHUNK = 500  # ids or hashes per IN (...) list: SQLite limits the number of parameters


def json_dict(text: str | None) -> dict:
    """A stored JSON object; anything else (a damaged value) reads as empty."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class DocumentRecord:
    """One file of a generation: where it is, whether it was read, and what is known about the routine."""

    path: str
    collection: str
    status: str  # "ok", or "failed" (then ``error`` says why; ``content_hash`` may be the previous version's)
    error: str | None  # why it failed, or a warning about its sidecar
    content_hash: str | None
    title: str | None  # the document's own title; None when the file was never read
    pages: int | None
    passages: int
    metadata: RoutineMetadata

    @property
    def shown_title(self) -> str | None:
        """The title a sidecar gives, else the document's own."""
        return self.metadata.title or self.title


@dataclass(frozen=True)
class PassageRecord:
    id: int
    content_hash: str
    text: str
    page: int | None
    section: str | None
    lines: list  # per line of text: [page, is_heading], is_heading WITHIN_HEADING for one read within its section
    spans: list = field(default_factory=list)  # its sentences: [start, end, line, section, quotable, item]
    sentence_vectors: bytes | None = None  # float16, a row per span (zeros for a span never quoted)

    @cached_property
    def sentences(self) -> list[Span]:
        """``spans`` read once: the served generation keeps its passages, and questions share them."""
        return [Span.from_list(row) for row in self.spans]


@dataclass(frozen=True)
class KeywordText:
    """A passage as the keyword indexes hold it, and the collections whose readers may see it."""

    id: int
    collections: frozenset[str]
    terms: str  # stemmed terms, as the stemmed index stores them
    trigrams: str  # folded words, as the trigram index stores them


@dataclass
class StoredContent:
    """A newly read content with its passages, ready to be written (the Indexer's unit of work)."""

    content_hash: str
    title: str
    kind: str
    pages: int | None
    metadata: dict
    passages: list[dict]  # ordinal, text, page, section, lines, terms, trigrams, embedding (bytes), spans


_PASSAGE_COLUMNS = "id, content_hash, text, page, section, lines, spans, sentence_vectors"


def _passage(r: dict) -> PassageRecord:
    return PassageRecord(r["id"], r["content_hash"], r["text"], r["page"], r["section"], json.loads(r["lines"]),
                         json.loads(r["spans"] or "[]"), r["sentence_vectors"])


class Catalog:
    """What the index holds, over one database connection. Callers hold the connection's lock."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    # -- reading one generation ------------------------------------------------------------------

    def documents(self, generation: int | None) -> list[DocumentRecord]:
        """Every file of ``generation`` by path, with its content's title and merged metadata."""
        rows = self.db.query(
            "SELECT d.path, d.collection, d.status, d.error, d.content_hash, d.metadata AS overrides, c.title, "
            "c.pages, c.passages, c.metadata AS meta FROM documents d LEFT JOIN contents c "
            "ON c.hash = d.content_hash WHERE d.generation = ? ORDER BY d.path", [generation or 0],
        )
        return [DocumentRecord(
            path=r["path"], collection=r["collection"], status=r["status"], error=r["error"],
            content_hash=r["content_hash"], title=r["title"], pages=r["pages"], passages=r["passages"] or 0,
            metadata=RoutineMetadata.merged(json_dict(r["meta"]), json_dict(r["overrides"])),
        ) for r in rows]

    def passages(self, ids: Iterable[int]) -> dict[int, PassageRecord]:
        out: dict[int, PassageRecord] = {}
        for part in _chunks(list(ids)):
            for r in self.db.query(f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE id IN ({','.join('?' * len(part))})",
                                   part):
                out[r["id"]] = _passage(r)
        return out

    def passages_of(self, generation: int | None) -> dict[int, PassageRecord]:
        """Every passage of ``generation``, in one query."""
        return {r["id"]: _passage(r) for r in self.db.query(
            f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE content_hash IN "
            "(SELECT content_hash FROM documents WHERE generation = ?)", [generation or 0])}

    def passage_texts(self) -> list[tuple[str, str]]:
        """(document title, passage text) of every stored passage: what benchmarks re-encode."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT c.title, p.text FROM passages p JOIN contents c ON c.hash = p.content_hash")]

    def texts(self, hashes: list[str]) -> Iterator[str]:
        """The passage texts of the given contents (to learn a generation's spellings)."""
        for part in _chunks(hashes):
            for (text,) in self.db.execute(
                f"SELECT text FROM passages WHERE content_hash IN ({','.join('?' * len(part))})", part
            ):
                yield text

    def keyword_texts(self, generation: int | None) -> Iterator[KeywordText]:
        """Each passage of ``generation`` with the collections it is filed under and its keyword texts:
        what the searcher counts its statistics from, per set of collections."""
        for pid, collections, terms, trigrams in self.db.execute(
            "SELECT p.id, json_group_array(DISTINCT d.collection), p.terms, p.trigrams FROM passages p "
            "JOIN documents d ON d.content_hash = p.content_hash WHERE d.generation = ? GROUP BY p.id ORDER BY p.id",
            [generation or 0],
        ):
            yield KeywordText(int(pid), frozenset(json.loads(collections)), terms, trigrams)

    def passage_rows(self) -> int:
        """Passages of every generation the database holds (the keyword indexes follow them): during a
        reindex, the next generation's too."""
        return int(self.db.execute("SELECT count(*) FROM passages").fetchone()[0])

    def counts(self, generation: int | None) -> tuple[int, int, int]:
        """Documents with content, files that failed, and passages of ``generation``."""
        documents, failed = self.db.execute(
            "SELECT COUNT(CASE WHEN content_hash IS NOT NULL THEN 1 END), "
            "COUNT(CASE WHEN status != 'ok' THEN 1 END) FROM documents WHERE generation = ?",
            [generation or 0],
        ).fetchone()
        passages = self.db.execute(
            "SELECT COALESCE(SUM(passages), 0) FROM contents WHERE hash IN "
            "(SELECT content_hash FROM documents WHERE generation = ?)", [generation or 0],
        ).fetchone()[0]
        return documents, failed, passages

    # -- writing (the Indexer) ---------------------------------------------------------------------

    def document_rows(self, generation: int | None) -> dict[str, dict]:
        """The stored rows of a generation's files by path, as the Indexer compares them."""
        return {row["path"]: row for row in self.db.query(
            "SELECT * FROM documents WHERE generation = ?", [generation or 0])}

    def content_hashes(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT hash FROM contents")}

    def content_metadata(self) -> Iterator[tuple[str, dict]]:
        """Each stored content's header metadata (to find those read by an older metadata reader)."""
        for content_hash, metadata in self.db.execute("SELECT hash, metadata FROM contents"):
            yield content_hash, json_dict(metadata)

    def update_metadata(self, metadata: dict[str, dict]) -> None:
        with self.db.conn:
            self.db.execute("BEGIN")
            for content_hash, values in metadata.items():
                self.db.execute("UPDATE contents SET metadata = ? WHERE hash = ?",
                                [json.dumps(values, ensure_ascii=False), content_hash])

    def store(self, contents: list[StoredContent]) -> None:
        """Write contents with their passages in one transaction; the contents row, written last, marks
        a content complete (a crash before it leaves passages that the next build replaces)."""
        now = _now()
        with self.db.conn:
            self.db.execute("BEGIN")
            for item in contents:
                self.db.execute("DELETE FROM passages WHERE content_hash = ?", [item.content_hash])
                self.db.conn.executemany(
                    "INSERT INTO passages (content_hash, ordinal, text, page, section, lines, terms, trigrams,"
                    " embedding, spans, sentence_vectors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [[item.content_hash, p["ordinal"], p["text"], p["page"], p["section"], json.dumps(p["lines"]),
                      p["terms"], p["trigrams"], p["embedding"], json.dumps(p.get("spans", [])),
                      p.get("sentence_vectors")]
                     for p in item.passages],
                )
                self.db.table("contents").insert(
                    {"hash": item.content_hash, "title": item.title, "kind": item.kind, "pages": item.pages,
                     "passages": len(item.passages), "metadata": item.metadata, "created_at": now},
                    replace=True,
                )

    def drop_unfinished(self, current: int | None) -> None:
        """Remove what a killed build left behind: document rows of generations that never went live."""
        with self.db.conn:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM documents WHERE generation > ?", [current or 0])
            self.db.execute("DELETE FROM generations WHERE id > ? AND finished_at IS NULL", [current or 0])

    def refresh_stat(self, generation: int, rows: list[dict]) -> None:
        """Remember new modification times of files whose content did not change, so they are not hashed
        again. Only rows whose stat changed are written: a reindex where nothing changed writes nothing."""
        stored = {path: (size, mtime) for path, size, mtime in self.db.execute(
            "SELECT path, size, mtime FROM documents WHERE generation = ?", [generation])}
        changed = [row for row in rows if stored.get(row["path"], (None, None)) != (row["size"], row["mtime"])]
        if not changed:
            return
        with self.db.conn:
            self.db.execute("BEGIN")
            self.db.conn.executemany("UPDATE documents SET mtime = ?, size = ? WHERE generation = ? AND path = ?",
                                     [[row["mtime"], row["size"], generation, row["path"]] for row in changed])

    def root(self, generation: int | None) -> str | None:
        """The folders a generation was built from, as the Indexer recorded them (None when unknown)."""
        if generation is None:
            return None
        row = self.db.execute("SELECT root FROM generations WHERE id = ?", [generation]).fetchone()
        return row[0] if row and row[0] else None

    def begin_generation(self, root: str, rows: list[dict]) -> int:
        """A new generation holding ``rows``, not yet in service."""
        generation = cast(int, self.db.table("generations").insert({"started_at": _now(), "root": root}).last_pk)
        self.db.table("documents").insert_all([{**row, "generation": generation} for row in rows])
        return generation

    def finish_generation(self, generation: int, summary: dict, settings: dict) -> str:
        """Put ``generation`` into service, with the settings it was built with, in one transaction."""
        now = _now()
        with self.db.conn:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("UPDATE generations SET finished_at = ?, summary = ? WHERE id = ?",
                            [now, json.dumps(summary, ensure_ascii=False), generation])
            set_meta(self.db, "current_generation", generation)
            for key, value in settings.items():
                set_meta(self.db, key, value)
            set_meta(self.db, "built_at", now)
        return now

    def embeddings(self, hashes: list[str]) -> tuple[list[int], list[bytes]]:
        """Passage ids and stored embeddings of the given contents (to build the generation's vector file)."""
        ids: list[int] = []
        blobs: list[bytes] = []
        for part in _chunks(hashes):
            for pid, blob in self.db.execute(
                f"SELECT id, embedding FROM passages WHERE content_hash IN ({','.join('?' * len(part))})", part
            ):
                ids.append(pid)
                blobs.append(blob)
        return ids, blobs

    def collect_garbage(self, generation: int) -> None:
        """Drop older generations and the contents no document refers to any more."""
        orphan = ("SELECT hash FROM contents WHERE hash NOT IN (SELECT content_hash FROM documents "
                  "WHERE content_hash IS NOT NULL)")
        with self.db.conn:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM documents WHERE generation < ?", [generation])
            self.db.execute(f"DELETE FROM passages WHERE content_hash IN ({orphan})")
            self.db.execute(f"DELETE FROM contents WHERE hash IN ({orphan})")
            self.db.execute("DELETE FROM passages WHERE content_hash NOT IN (SELECT hash FROM contents)")
