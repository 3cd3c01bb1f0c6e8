"""Admin commands typed to the bot: "reindexera" (admins only) and "status" (everyone).

Teams bots have no slash commands; the app package lists these words as suggested commands. The
reindex runs in a worker thread and writes a new index generation beside the one in service, so
questions are answered from the old index until the new one is ready. Progress is one message,
updated in place every few seconds; the summary follows as a card.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from microsoft_teams.api import MessageActivityInput
from microsoft_teams.apps import ActivityContext

from index import IndexLocked

from .. import __version__
from . import texts
from .cards import summary_card
from .sending import apologize, card_message

if TYPE_CHECKING:
    from .app import TeamsBot

_log = logging.getLogger(__name__)


def status_text(info: Any, version: str) -> str:
    if info.generation is None:
        return f"Inget index ännu – en administratör kan skriva ”{texts.REINDEX_COMMAND}” till mig.\n\nrutinbot {version}"
    built = info.built_at or "okänt"
    try:
        built = datetime.fromisoformat(built).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        pass
    failed = f", {info.failed} filer kunde inte läsas" if info.failed else ""
    return (f"Rutinbotens index: {info.documents} dokument, {info.passages} avsnitt{failed}.\n\n"
            f"Byggt {built} med modellen {info.model or 'okänd'}.\n\nrutinbot {version}")


class Admin:
    progress_interval = 2.0  # seconds between edits of the progress message

    def __init__(self, bot: TeamsBot):
        self.bot = bot

    async def handles(self, ctx: ActivityContext[Any], text: str) -> bool:
        command = text.strip().lower().rstrip("!.")
        if command == texts.HELP_COMMAND:
            await ctx.send(texts.HOW_TO_ASK)
            return True
        if command == texts.STATUS_COMMAND:
            self.bot.spawn(self.status(ctx), "status")
            return True
        if command == texts.REINDEX_COMMAND:
            self.bot.spawn(self.reindex(ctx), "reindex")
            return True
        return False

    async def status(self, ctx: ActivityContext[Any]) -> None:
        person, _, _ = await self.bot.identify(ctx)
        info = await asyncio.to_thread(self.bot.assistant.library.status)
        await asyncio.to_thread(self.bot.assistant.audit, "status", {"generation": info.generation}, user=person.key)
        await ctx.send(status_text(info, __version__))

    async def reindex(self, ctx: ActivityContext[Any]) -> None:
        person, _, identity = await self.bot.identify(ctx)
        assistant = self.bot.assistant
        if not self.bot.is_admin(identity):
            try:
                await asyncio.to_thread(assistant.audit, "refused", {"command": texts.REINDEX_COMMAND}, user=person.key)
            except Exception:  # the refusal matters more than its record
                _log.exception("could not record the refused reindex in the audit trail")
            await ctx.send(texts.ADMIN_ONLY)
            return
        roots = [Path(p) for p in self.bot.config.documents]
        missing = [str(p) for p in roots if not p.exists()]
        if missing:
            await asyncio.to_thread(assistant.audit, "reindex", {"missing": missing}, user=person.key)
            await ctx.send(f"Mappen {', '.join(missing)} finns inte – kontrollera documents i inställningarna.")
            return
        try:
            await self._build(ctx, roots, assistant.pseudonym(person.key))
        except Exception:
            _log.exception("reindex failed")
            await apologize(ctx)

    async def _build(self, ctx: ActivityContext[Any], roots: list[Path], actor: str) -> None:
        _log.info("reindex started by user %s", actor)
        sent = await ctx.send(texts.REINDEX_STARTED)
        latest: tuple[int, int, str] | None = None

        def progress(done: int, total: int, path: str) -> None:  # called in the worker thread
            nonlocal latest
            latest = (done, total, str(path))

        library = self.bot.assistant.library
        work = asyncio.ensure_future(asyncio.to_thread(library.build, roots, progress, actor=actor))
        shown = None
        while not work.done():
            await asyncio.wait({work}, timeout=self.progress_interval)
            if not work.done() and latest is not None and latest != shown:
                shown = latest
                try:  # the same message, edited: one line that moves rather than a stream of messages
                    await ctx.send(MessageActivityInput(text=texts.progress_text(*shown), id=sent.id))
                except Exception as exc:  # progress is a courtesy; the build goes on
                    _log.warning("could not show reindex progress: %s", type(exc).__name__)
        try:
            report = work.result()
        except IndexLocked:
            await ctx.send(texts.ALREADY_REINDEXING)
            return
        _log.info("reindex done: %s", {k: v for k, v in report.as_dict().items() if k != "failed"})
        await ctx.send(card_message(summary_card(report)))
