"""Admin commands typed to the bot: "reindexera" and "rapport" (admins only) and "status" (everyone).

Teams bots have no slash commands; the app package lists these words as suggested commands. The
reindex runs in a worker thread and writes a new index generation beside the one in service, so
questions are answered from the old index until the new one is ready. Progress is one message,
updated in place every few seconds; the summary follows as a card.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from microsoft_teams.api import MessageActivityInput
from microsoft_teams.apps import ActivityContext

from index import BuildProgress

from .. import __version__
from ..progress import with_progress
from ..texts import APOLOGY
from . import texts
from .cards import summary_card
from .sending import apologize, card_message, send_personal

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
        if command == texts.REPORT_COMMAND:
            self.bot.spawn(self.report(ctx), "report")
            return True
        return False

    async def report(self, ctx: ActivityContext[Any]) -> None:
        """The administrator report's summary, always in the admin's 1:1 chat: it quotes open questions,
        which a channel should not read."""
        chat = self.bot.chat
        person = await self.bot.identify(ctx)
        if not chat.is_admin(person):
            await asyncio.to_thread(chat.refuse, person, texts.REPORT_COMMAND)
            await ctx.send(texts.ADMIN_ONLY)
            return
        try:
            summary = await asyncio.to_thread(chat.report, person, texts.REPORT_DAYS)
            message = MessageActivityInput(text=summary.replace("\n", "\n\n"))  # Teams joins single newlines
            if not await send_personal(ctx, person, message):
                await ctx.send(texts.NO_PRIVATE_CHAT)
        except Exception:
            _log.exception("report failed")
            await apologize(ctx)

    async def status(self, ctx: ActivityContext[Any]) -> None:
        info = await asyncio.to_thread(self.bot.chat.status, self.bot.sender(ctx))
        await ctx.send(status_text(info, __version__))

    async def reindex(self, ctx: ActivityContext[Any]) -> None:
        chat = self.bot.chat
        person = await self.bot.identify(ctx)
        if not chat.is_admin(person):
            await asyncio.to_thread(chat.refuse, person, texts.REINDEX_COMMAND)
            await ctx.send(texts.ADMIN_ONLY)
            return
        try:
            sent = await ctx.send(texts.REINDEX_STARTED)

            async def show(figures: BuildProgress) -> None:  # one message, edited in place
                await ctx.send(MessageActivityInput(text=texts.progress_text(figures), id=sent.id))

            outcome = await with_progress(lambda progress: chat.reindex(person, progress), show,
                                          self.progress_interval)
            if outcome.report is None:
                await ctx.send(outcome.refusal or APOLOGY)
                return
            await ctx.send(card_message(summary_card(outcome.report)))
        except Exception:
            _log.exception("reindex failed")
            await apologize(ctx)
