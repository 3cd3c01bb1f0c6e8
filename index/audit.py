"""The audit trail: who reindexed, which settings the bot started with, who ran an admin command.

Kept apart from the question log, for longer (365 days by default), and purged the same way. Actors are
pseudonymous (the question log's keyed hash of a platform id) or "cli:<os user>"; details are JSON and
never hold a token or a question.
"""
from __future__ import annotations

import getpass
import json
import threading
from datetime import datetime
from typing import cast

import sqlite_utils

from .retention import Clock, Retained, cutoff, stamp, utc_now

DEFAULT_AUDIT_RETENTION_DAYS = 365
SYSTEM = "system"  # the program itself, e.g. the automatic purge


def cli_actor() -> str:
    """"cli:<os user>" for commands run in a terminal."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in this environment (e.g. a container without passwd entry)
        return "cli:?"


class Audit(Retained):
    RETENTION_KEY = "audit_retention_days"
    DEFAULT_DAYS = DEFAULT_AUDIT_RETENTION_DAYS

    def __init__(self, db: sqlite_utils.Database, lock: threading.RLock | None = None, clock: Clock = utc_now):
        self.db = db
        self._lock = lock or threading.RLock()
        self.clock = clock

    def record(self, actor: str, action: str, details: dict | None = None) -> int:
        with self._lock, self.db.conn:
            return cast(int, self.db.table("audit").insert({
                "at": stamp(self.clock()), "actor": actor, "action": action,
                "details": json.dumps(details or {}, ensure_ascii=False, default=str, sort_keys=True),
            }).last_pk)

    def entries(self, *, since_days: float | None = None, now: datetime | None = None) -> list[dict]:
        """Oldest first."""
        sql, params = "SELECT id, at, actor, action, details FROM audit", []
        if since_days is not None:
            sql += " WHERE at >= ?"
            params.append(cutoff(since_days, now or self.clock()))
        with self._lock:
            rows = self.db.execute(sql + " ORDER BY at, id", params).fetchall()
        return [{"id": r[0], "at": r[1], "actor": r[2], "action": r[3], "details": json.loads(r[4])} for r in rows]

    def purge(self, days: float | None = None, *, now: datetime | None = None) -> int:
        """Delete entries older than ``days`` (default: the configured retention); the number deleted."""
        limit = cutoff(self.retention_days if days is None else days, now or self.clock())
        with self._lock, self.db.conn:
            return self.db.execute("DELETE FROM audit WHERE at < ?", [limit]).rowcount


def reindex_details(roots: list[str], report) -> dict:
    """What the trail keeps of a reindex: the folders and the counts, never a file's content."""
    return {
        "roots": roots, "added": len(report.added), "changed": len(report.changed),
        "removed": len(report.removed), "unchanged": len(report.unchanged), "failed": len(report.failed),
        "documents": report.documents, "passages": report.passages, "generation": report.generation,
        "seconds": round(report.seconds, 1),
    }
