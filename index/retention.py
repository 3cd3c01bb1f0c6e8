"""Keeping records for a configured number of days: shared by the question log and the audit trail.

Times are stored in one form (UTC, ISO 8601 to the second) so text order is time order and a purge is a
single comparison.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import sqlite_utils

from .store import get_meta, set_meta

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """The one form times are stored in (UTC, to the second), so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def cutoff(days: float, now: datetime | None = None) -> str:
    """The stored time ``days`` before ``now``: rows stamped earlier are older than that."""
    return stamp((now or utc_now()) - timedelta(days=days))


class Retained:
    """Something kept for a configured number of days. The setting is recorded in the database so every
    process (the bot, `rutinbot ask`) purges by the same rule."""

    RETENTION_KEY = "retention_days"
    DEFAULT_DAYS: float = 90
    db: sqlite_utils.Database
    _lock: threading.RLock

    @property
    def retention_days(self) -> float:
        with self._lock:
            return get_meta(self.db, self.RETENTION_KEY, self.DEFAULT_DAYS)

    def set_retention(self, days: float) -> None:
        with self._lock:
            set_meta(self.db, self.RETENTION_KEY, days)
