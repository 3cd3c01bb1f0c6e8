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
import threading
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

import sqlite_utils

from .answering import Answer, Source
from .errors import RutinbotError
from .privacy import redact
from .private_files import load_key
from .store import get_meta, set_meta

DEFAULT_RETENTION_DAYS = 90  # questions and feedback

Clock = Callable[[], datetime]


class AlreadyVoted(RutinbotError):
    """A user gives one vote per answer."""


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def stamp(moment: datetime) -> str:
    """The one form times are stored in (UTC, to the second), so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def cutoff(days: float, now: datetime | None = None) -> str:
    """The stored time ``days`` before ``now``: rows stamped earlier are older than that."""
    return stamp((now or _utc_now()) - timedelta(days=days))


class Retained:
    """Something kept for a configured number of days. The setting is recorded in the database so every
    process (the bot, `rutinbot ask`) purges by the same rule."""

    RETENTION_KEY = "retention_days"
    DEFAULT_DAYS: float = DEFAULT_RETENTION_DAYS
    db: sqlite_utils.Database
    _lock: threading.RLock

    @property
    def retention_days(self) -> float:
        with self._lock:
            return get_meta(self.db, self.RETENTION_KEY, self.DEFAULT_DAYS)

    def set_retention(self, days: float) -> None:
        with self._lock:
            set_meta(self.db, self.RETENTION_KEY, days)


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def source_reference(source: Source) -> dict:
    """What the log keeps of a source shown: where it is (passage id, document, page, section) and its
    validity, never its text; the text is read back from the index by id, checked by a fingerprint."""
    ref = {k: v for k, v in asdict(source).items() if k not in ("text", "highlight")}
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
    def __init__(self, db: sqlite_utils.Database, lock: threading.RLock | None = None, clock: Clock = _utc_now):
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
                self.db.execute("DELETE FROM meta WHERE key = 'pseudonym_key'")
        return key

    def user_key(self, platform_user: str | int | None) -> str | None:
        """A stable pseudonym: the same person gets the same key, and the key does not reveal who."""
        if platform_user is None:
            return None
        return hmac.new(self._key(), str(platform_user).encode(), hashlib.sha256).hexdigest()[:16]

    def record_question(self, answer: Answer, *, origin: str, user: str | int | None = None,
                        channel: str | None = None) -> int:
        sources = [source_reference(s) for s in answer.sources]
        with self._lock, self.db.conn:
            return self.db["questions"].insert({
                "asked_at": stamp(self.clock()), "origin": origin, "user_key": self.user_key(user),
                "channel": channel, "question": redact(answer.question).text,  # Library.ask redacted it already
                "answered": int(answer.answered),
                "sources": json.dumps(sources, ensure_ascii=False),
            }).last_pk

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
            texts = {r[0]: r[1] for r in self.db.execute(
                f"SELECT id, text FROM passages WHERE id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
        return [Source(**s) if "text" in s else resolve_reference(s, texts.get(s.get("passage_id")))  # old rows
                for s in stored]

    def record_feedback(self, question_id: int, user: str | int, helpful: bool) -> None:
        try:
            with self._lock, self.db.conn:
                self.db.execute(
                    "INSERT INTO feedback(question_id, user_key, helpful, given_at) VALUES (?, ?, ?, ?)",
                    [question_id, self.user_key(user), int(helpful), stamp(self.clock())],
                )
        except Exception as exc:  # sqlite3.IntegrityError: primary key says one vote per user
            if "UNIQUE" in str(exc) or "PRIMARY KEY" in str(exc):
                raise AlreadyVoted("du har redan lämnat omdöme om det här svaret") from None
            if "FOREIGN KEY" in str(exc):
                raise RutinbotError("svaret finns inte längre i loggen") from None
            raise

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
