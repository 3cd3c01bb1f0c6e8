"""The question log and the feedback on answers.

Administrators read it to learn which routines are missing; staff are pseudonymous in it: a user is
stored as a keyed hash of their platform id, and the key lives in its own owner-only file beside the
database. A source shown is kept as a reference (passage id, document, page, section), not as a copy of its
text: the log grows by a few hundred bytes a question, and the routines' text stays in the index alone.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import threading
from dataclasses import MISSING, asdict, fields
from datetime import datetime
from pathlib import Path
from typing import cast

import numpy as np
import sqlite_utils

from .answering import Answer, Source
from .catalog import Catalog
from .errors import RutinbotError
from .privacy import redact
from .private_files import load_key
from .retention import Clock, Retained, cutoff, stamp, utc_now
from .store import delete_meta, get_meta

DEFAULT_RETENTION_DAYS = 90  # questions and feedback


class AlreadyVoted(RutinbotError):
    """A user gives one vote per answer."""


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


_REFERENCED = tuple(f.name for f in fields(Source) if f.name not in ("text", "highlight"))  # read once, not per source
# a field left at its default is not stored: reading the reference back gives it again
_BLANK = Source("", "", None, None, "", 0.0)
_DEFAULTS = {f.name: getattr(_BLANK, f.name) for f in fields(Source)
             if f.default is not MISSING or f.default_factory is not MISSING}


def source_reference(source: Source) -> dict:
    """What the log keeps of a source shown: where it is (passage id, document, page, section) and its
    validity, never its text; the text is read back from the index by id, checked by a fingerprint."""
    ref = {name: value for name in _REFERENCED if (value := getattr(source, name)) != _DEFAULTS.get(name, MISSING)}
    if source.older_versions:
        ref["older_versions"] = [asdict(v) for v in source.older_versions]
    ref["score"] = round(source.score, 4)
    ref["fingerprint"] = _fingerprint(source.text)
    ref["highlight_at"] = [[at, len(h)] for h in source.highlight if (at := source.text.find(h)) >= 0]
    return ref


def resolve_reference(ref: dict, text: str | None) -> Source:
    """A Source from a stored reference; its text is empty when the index no longer holds that passage
    (a reindex removed it, or the id now names another passage)."""
    fields = {k: v for k, v in ref.items() if k not in ("fingerprint", "highlight_at")}
    if text is None or _fingerprint(text) != ref.get("fingerprint"):
        return Source(**fields, text="")
    return Source(**fields, text=text, highlight=[text[at:at + n] for at, n in ref.get("highlight_at", [])])


class Journal(Retained):
    DEFAULT_DAYS = DEFAULT_RETENTION_DAYS

    def __init__(self, db: sqlite_utils.Database, lock: threading.RLock | None = None, clock: Clock = utc_now):
        self.db = db
        self._lock = lock or threading.RLock()  # the connection is shared with the Library's questions
        self._cached_key: bytes | None = None
        self.clock = clock  # replaced in tests: a fake clock instead of waiting

    def _key(self) -> bytes:
        """Loaded once: the key never changes, and a pseudonym must not wait for the database lock."""
        if self._cached_key is None:
            with self._lock:
                self._cached_key = self._load_key()
        return self._cached_key

    def _load_key(self) -> bytes:
        """From its own 0600 file beside the database; a key an older version kept in the database moves there."""
        legacy = get_meta(self.db, "pseudonym_key")
        key = load_key(Path(self.db.execute("PRAGMA database_list").fetchone()[2]).parent, legacy)
        if legacy is not None:
            with self.db.conn:
                delete_meta(self.db, "pseudonym_key")
        return key

    def user_key(self, platform_user: str | int | None) -> str | None:
        """A stable pseudonym: the same person gets the same key, and the key does not reveal who."""
        if platform_user is None:
            return None
        return hmac.new(self._key(), str(platform_user).encode(), hashlib.sha256).hexdigest()[:16]

    def record_question(self, answer: Answer, *, origin: str, user: str | int | None = None,
                        channel: str | None = None) -> int:
        sources = [source_reference(s) for s in answer.sources]
        vector = None if answer.vector is None else np.asarray(answer.vector, dtype=np.float32).tobytes()
        row = {
            "asked_at": stamp(self.clock()), "origin": origin, "user_key": self.user_key(user),
            "channel": channel, "question": redact(answer.question).text,  # Library.ask redacted it already
            "answered": int(answer.answered),
            "sources": json.dumps(sources, ensure_ascii=False),
            "vector": vector, "vector_model": answer.vector_model if vector is not None else None,
        }
        # a plain INSERT: the table is known, and sqlite-utils would first look it up on every question
        sql = f"INSERT INTO questions ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
        with self._lock, self.db.conn:
            return cast(int, self.db.execute(sql, list(row.values())).lastrowid)

    def vectors(self, question_ids: list[int], model: str) -> dict[int, np.ndarray]:
        """The stored embeddings of these questions made by ``model`` (others are left out)."""
        out: dict[int, np.ndarray] = {}
        ids = list(question_ids)
        with self._lock:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                rows = self.db.execute(
                    f"SELECT id, vector FROM questions WHERE vector IS NOT NULL AND vector_model = ? "
                    f"AND id IN ({','.join('?' * len(chunk))})", [model, *chunk]).fetchall()
                out.update({r[0]: np.frombuffer(r[1], dtype=np.float32) for r in rows})
        return out

    def question(self, question_id: int) -> tuple[str, bool, list[Source]] | None:
        """The stored question, whether it was answered, and the sources shown — for buttons after a restart."""
        with self._lock:
            row = self.db.execute("SELECT question, answered, sources FROM questions WHERE id = ?",
                                  [question_id]).fetchone()
        if row is None:
            return None
        return row[0], bool(row[1]), self._sources(json.loads(row[2]))

    def _sources(self, stored: list[dict]) -> list[Source]:
        """The sources a row refers to, with their text read back from the index when it still holds it."""
        ids = [s["passage_id"] for s in stored if "text" not in s and s.get("passage_id")]
        with self._lock:
            texts = {pid: p.text for pid, p in Catalog(self.db).passages(ids).items()}
        return [Source(**s) if "text" in s else resolve_reference(s, texts.get(s.get("passage_id") or 0))  # old rows
                for s in stored]

    def record_feedback(self, question_id: int, user: str | int, helpful: bool) -> None:
        """One vote a person an answer: the primary key refuses a second one, the foreign key a vote on
        a question the retention purge has removed."""
        try:
            with self._lock, self.db.conn:
                self.db.execute(
                    "INSERT INTO feedback(question_id, user_key, helpful, given_at) VALUES (?, ?, ?, ?)",
                    [question_id, self.user_key(user), int(helpful), stamp(self.clock())],
                )
        except sqlite3.IntegrityError:
            with self._lock:
                exists = self.db.execute("SELECT 1 FROM questions WHERE id = ?", [question_id]).fetchone()
            if exists is None:
                raise RutinbotError("svaret finns inte längre i loggen") from None
            raise AlreadyVoted("du har redan lämnat omdöme om det här svaret") from None

    def feedback(self, question_id: int) -> dict[str, int]:
        with self._lock:
            row = self.db.execute(
                "SELECT COALESCE(SUM(helpful), 0), COUNT(*) - COALESCE(SUM(helpful), 0) FROM feedback "
                "WHERE question_id = ?", [question_id],
            ).fetchone()
        return {"helpful": row[0], "not_helpful": row[1]}

    # -- reading and retention -------------------------------------------------------------------

    def entries(self, *, since_days: float | None = None, unanswered: bool = False,
                now: datetime | None = None) -> list[dict]:
        """The log, oldest first: each question with the sources shown and the votes it got."""
        sql = ("SELECT q.id, q.asked_at, q.origin, q.user_key, q.channel, q.question, q.answered, q.sources, "
               "COALESCE(SUM(f.helpful), 0), COUNT(f.helpful) - COALESCE(SUM(f.helpful), 0) "
               "FROM questions q LEFT JOIN feedback f ON f.question_id = q.id WHERE 1")
        params: list = []
        if since_days is not None:
            sql += " AND q.asked_at >= ?"
            params.append(cutoff(since_days, now or self.clock()))
        if unanswered:
            sql += " AND q.answered = 0"
        sql += " GROUP BY q.id ORDER BY q.asked_at, q.id"
        with self._lock:
            rows = self.db.execute(sql, params).fetchall()
        return [{
            "id": r[0], "asked_at": r[1], "origin": r[2], "user_key": r[3], "channel": r[4], "question": r[5],
            "answered": bool(r[6]),
            "sources": [{k: s.get(k) for k in ("document", "title", "page", "section", "collection")}
                        for s in json.loads(r[7])],
            "feedback": {"helpful": r[8], "not_helpful": r[9]},
        } for r in rows]

    def purge(self, days: float | None = None, *, now: datetime | None = None) -> dict[str, int]:
        """Delete questions and feedback older than ``days`` (default: the configured retention)."""
        limit = cutoff(self.retention_days if days is None else days, now or self.clock())
        with self._lock, self.db.conn:
            self.db.execute("BEGIN")
            feedback = self.db.execute("DELETE FROM feedback WHERE given_at < ?", [limit]).rowcount
            feedback += self.db.execute(
                "DELETE FROM feedback WHERE question_id IN (SELECT id FROM questions WHERE asked_at < ?)", [limit]
            ).rowcount
            questions = self.db.execute("DELETE FROM questions WHERE asked_at < ?", [limit]).rowcount
        return {"questions": questions, "feedback": feedback}
