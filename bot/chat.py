"""The chat rules every front end shares: who may read what, who is an administrator, how often one may
ask, votes, "ask a colleague", reindexing, status and the administrator report.

A front end (Discord, Teams) describes the person acting as a ``Person`` and calls these methods; it only
translates the outcome into its platform's messages. The blocking ones (they touch the database or the
model) are marked so; front ends on an event loop run them in a worker thread.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index import BuildProgress, BuildRefused, BuildReport, IndexLocked, IndexStatus, RutinbotError, start_watcher

from . import texts
from .answer import Citation
from .config import BotConfig, Scope
from .ratelimit import SlidingWindow
from .service import Asked, Assistant

_log = logging.getLogger(__name__)

Progress = Callable[[BuildProgress], None]
Id = int | str  # a platform's id of a user, role, group or channel


@dataclass(frozen=True)
class Person:
    """Someone acting in a chat, as their platform describes them; the rules decide on this alone."""

    user_id: Id  # the platform's id; pseudonymised before it is stored or logged
    roles: tuple[Id, ...] = ()  # role or group ids
    channels: tuple[Id, ...] = ()  # where they act and, in a thread, its parent; empty in a direct message
    manages_server: bool = False  # the platform's own administrator right (Discord: Manage Server)

    @property
    def where(self) -> str:
        """How the question log names the place: the channel id, or "dm"."""
        return str(self.channels[0]) if self.channels else "dm"


@dataclass
class Reindexed:
    report: BuildReport | None  # None when refused
    refusal: str | None = None  # why nothing was built, in Swedish


class Chat:
    def __init__(self, assistant: Assistant, config: BotConfig, *, clock: Callable[[], float] = time.monotonic):
        self.assistant = assistant
        self.config = config
        rate = config.rate_limit
        self.limiter = SlidingWindow(rate.questions, rate.per_seconds, clock)
        self._escalated: set[tuple[int, Id]] = set()  # (question id, user id) sent to colleagues

    @property
    def help_channel(self) -> Id | None:
        """Where "ask a colleague" posts, in the platform's terms (a front end with its own settings overrides it)."""
        return self.config.help_channel

    # -- who may do what ---------------------------------------------------------------------

    def collections_for(self, person: Person) -> list[str]:
        return self.config.collections.allowed(roles=person.roles, channels=person.channels)

    def is_admin(self, person: Person) -> bool:
        """The admin role from the settings, or the platform's own server-manager right."""
        return person.manages_server or (self.config.admin_role is not None
                                         and self.config.admin_role in person.roles)

    def refuse(self, person: Person, command: str) -> None:
        """Record that a non-admin tried an admin command (blocking); the refusal matters more than its record."""
        try:
            self.assistant.audit("refused", {"command": command}, user=person.user_id)
        except Exception:  # noqa: BLE001
            _log.exception("could not record the refused /%s in the audit trail", command)

    def pseudonym(self, person: Person) -> str:
        return self.assistant.pseudonym(person.user_id)

    # -- asking ------------------------------------------------------------------------------

    def too_soon(self, person: Person) -> str | None:
        """The slow-down message when the person has asked too often (the question is not counted), else None."""
        wait = self.limiter.hit(person.user_id)
        return texts.slow_down(wait) if wait else None

    def scope(self, person: Person, *, can_whisper: bool = False) -> Scope:
        """What a reply to this person, where they ask, may quote, and whether it must reach them alone.

        A reply in a channel quotes only what everyone there may read; ``can_whisper`` says the front end
        can show this reply to the asker alone (Discord: an ephemeral /fråga reply), which then may quote
        everything they may read. Decided before the answer and without it, so it leaks nothing.
        """
        return self.config.collections.reply_scope(roles=person.roles, channels=person.channels,
                                                   shared_place=bool(person.channels), can_whisper=can_whisper)

    def ask(self, question: str, person: Person, *, origin: str, scope: Scope | None = None) -> Asked:
        """Answer and log it (blocking), from ``scope`` (by default: a reply everyone where the person asks
        may read, see ``scope``). Raises IndexMissing without an index. A front end reminds the asker of a
        removed personnummer with ``texts.privacy_reminder``, so the reply does not repeat the reminder."""
        scope = scope or self.scope(person)
        asked = self.assistant.ask(question, origin=origin, user=person.user_id, channel=person.where,
                                   collections=scope.collections, reminded=True, conversing=True)
        if scope.narrowed and not asked.answer.answered:
            asked.reply.notices.append(texts.NARROWED)
        return asked

    # -- the buttons under an answer ---------------------------------------------------------

    def vote(self, question_id: int, person: Person, helpful: bool) -> str:
        """Record a vote and say thanks, or that this person already voted (blocking)."""
        if not self.assistant.feedback(question_id, person.user_id, helpful):
            return texts.ALREADY_VOTED
        return texts.THANKS_HELPFUL if helpful else texts.THANKS_NOT_HELPFUL

    def more_sources(self, question_id: int, person: Person) -> list[tuple[Citation, str]]:
        """The sources of an earlier answer that the person asking for them may read (blocking)."""
        return self.assistant.more_sources(question_id, self.collections_for(person))

    def claim_escalation(self, question_id: int, person: Person) -> str | None:
        """Reserve sending this question to colleagues (not blocking: call it before any await, so a
        double click posts once). None when claimed; else the reason in Swedish."""
        if self.help_channel is None:
            return texts.NO_HELP_CHANNEL
        key = (question_id, person.user_id)
        if key in self._escalated:
            return texts.ALREADY_SENT
        self._escalated.add(key)
        return None

    def release_escalation(self, question_id: int, person: Person) -> None:
        """The post did not go out: the person may try again."""
        self._escalated.discard((question_id, person.user_id))

    def escalated_question(self, question_id: int) -> tuple[str, bool] | None:
        """The stored question and whether it was answered, for the colleagues' post (blocking)."""
        stored = self.assistant.stored(question_id)
        return None if stored is None else (stored[0], stored[1])

    # -- administration ----------------------------------------------------------------------

    def reindex(self, person: Person, progress: Progress | None = None) -> Reindexed:
        """Rebuild from the configured folders, answering from the old index meanwhile (blocking). A missing
        folder or a reindex already running is a refusal, not an error."""
        roots = [Path(p) for p in self.config.documents]
        missing = [str(p) for p in roots if not p.exists()]
        if missing:
            self.assistant.audit("reindex", {"missing": missing}, user=person.user_id)
            return Reindexed(None, texts.missing_folders(missing))
        actor = self.pseudonym(person)  # logs and the audit trail: never the platform id
        _log.info("reindex started by user %s", actor)
        try:
            report = self.assistant.library.build(roots, progress, actor=actor)
        except IndexLocked:
            return Reindexed(None, texts.ALREADY_REINDEXING)
        except BuildRefused as exc:  # the index in service is untouched; the admin is told why
            return Reindexed(None, texts.refused_build(str(exc)))
        _log.info("reindex done: %s", {k: v for k, v in report.as_dict().items() if k != "failed"})
        return Reindexed(report)

    def status(self, person: Person) -> IndexStatus:
        """What the index holds; the look is recorded in the audit trail (blocking)."""
        info = self.assistant.library.status()
        self.assistant.audit("status", {"generation": info.generation}, user=person.user_id)
        return info

    def report(self, person: Person, since_days: float | None = 30) -> str:
        """The administrator report as a chat message (blocking: it groups questions with the model). The
        front end lets only administrators call it (``is_admin``); the look is recorded in the audit trail."""
        return self.assistant.report_summary(since_days, user=person.user_id)

    def purge(self) -> dict[str, int]:
        """Delete what is past its retention (blocking); the front end runs it daily."""
        deleted = self.assistant.library.purge_expired()
        if any(deleted.values()):
            _log.info("retention purge: %s", deleted)  # counts only
        return deleted

    def watch_documents(self) -> threading.Event | None:
        """With reindex_interval set, reindex in a background thread whenever the document folders change;
        set the returned event to stop it."""
        if not self.config.reindex_interval:
            return None

        def on_report(report: BuildReport) -> None:
            if report.switched or report.failed:
                _log.info("automatic reindex: %s", {k: v for k, v in report.as_dict().items() if k != "failed"})
            for path, reason in report.failed:
                _log.warning("skipped %s: %s", path, reason)

        def on_error(exc: Exception) -> None:
            _log.error("automatic reindex failed: %s", exc, exc_info=not isinstance(exc, RutinbotError))

        _, stop = start_watcher(self.assistant.library, list(self.config.documents),
                                interval=self.config.reindex_interval, on_report=on_report, on_error=on_error)
        return stop
