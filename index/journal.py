"""The question log and the feedback on answers.

Administrators read it to learn which routines are missing; staff are pseudonymous in it: a user is
stored as a keyed hash of their platform id, and the key never leaves the database.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
from dataclasses import asdict
from datetime import datetime, timezone

import sqlite_utils

from .answering import Answer, Source
from .errors import RutinbotError
from .store import get_meta, set_meta


class AlreadyVoted(RutinbotError):
    """A user gives one vote per answer."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Journal:
    def __init__(self, db: sqlite_utils.Database, lock: threading.RLock | None = None):
        self.db = db
        self._lock = lock or threading.RLock()  # the connection is shared with the Library's questions

    def _key(self) -> bytes:
        with self._lock:
            return self._load_key()

    def _load_key(self) -> bytes:
        key = get_meta(self.db, "pseudonym_key")
        if key is None:
            key = secrets.token_hex(32)
            self.db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('pseudonym_key', ?)", [json.dumps(key)])
            key = get_meta(self.db, "pseudonym_key")
        return bytes.fromhex(key)

    def user_key(self, platform_user: str | int | None) -> str | None:
        """A stable pseudonym: the same person gets the same key, and the key does not reveal who."""
        if platform_user is None:
            return None
        return hmac.new(self._key(), str(platform_user).encode(), hashlib.sha256).hexdigest()[:16]

    def record_question(self, answer: Answer, *, origin: str, user: str | int | None = None,
                        channel: str | None = None) -> int:
        sources = [asdict(s) for s in answer.sources]
        with self._lock, self.db.conn:
            return self.db["questions"].insert({
                "asked_at": _now(), "origin": origin, "user_key": self.user_key(user), "channel": channel,
                "question": answer.question, "answered": int(answer.answered),
                "sources": json.dumps(sources, ensure_ascii=False),
            }).last_pk

    def question(self, question_id: int) -> tuple[str, bool, list[Source]] | None:
        """The stored question, whether it was answered, and the sources shown — for buttons after a restart."""
        with self._lock:
            row = self.db.execute("SELECT question, answered, sources FROM questions WHERE id = ?",
                                  [question_id]).fetchone()
        if row is None:
            return None
        return row[0], bool(row[1]), [Source(**s) for s in json.loads(row[2])]

    def record_feedback(self, question_id: int, user: str | int, helpful: bool) -> None:
        try:
            with self._lock, self.db.conn:
                self.db.execute(
                    "INSERT INTO feedback(question_id, user_key, helpful, given_at) VALUES (?, ?, ?, ?)",
                    [question_id, self.user_key(user), int(helpful), _now()],
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
