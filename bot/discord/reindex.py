"""/reindexera: read the routine folders again without stopping the bot.

The build runs in a worker thread and writes a new index generation beside the one in service; the
Library switches to it at the next question, so people keep getting answers while it runs.
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from index import BuildRefused, IndexLocked

from . import layout
from .client import NotAdmin
from .replies import NO_MENTIONS

if TYPE_CHECKING:
    from .client import RutinBot

_log = logging.getLogger(__name__)


def admins_only(interaction: discord.Interaction) -> bool:
    """The admin role from the settings, or Manage Server; everyone else gets a polite refusal."""
    bot = interaction.client
    if bot.is_admin(interaction.user, interaction.permissions):  # type: ignore[attr-defined]
        return True
    name = interaction.command.qualified_name if interaction.command else "?"
    try:
        bot.assistant.audit("refused", {"command": name}, user=interaction.user.id)  # type: ignore[attr-defined]
    except Exception:  # the refusal matters more than its record
        _log.exception("could not record the refused /%s in the audit trail", name)
    raise NotAdmin()


class Reindex(commands.Cog):
    progress_interval = 2.0  # seconds between edits of the progress message (Discord rate-limits edits)

    def __init__(self, bot: RutinBot):
        self.bot = bot

    @app_commands.command(name="reindexera", description="Läs in rutindokumenten på nytt (för administratörer).")
    @app_commands.check(admins_only)
    async def reindex(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        roots = [Path(p) for p in self.bot.config.documents]
        missing = [str(p) for p in roots if not p.exists()]
        if missing:
            await asyncio.to_thread(self.bot.assistant.audit, "reindex", {"missing": missing},
                                    user=interaction.user.id)
            await interaction.edit_original_response(content=f"Mappen {', '.join(missing)} finns inte – kontrollera "
                                                             "documents i inställningarna.")
            return
        actor = self.bot.assistant.pseudonym(interaction.user.id)  # logs and the audit trail: never the id
        _log.info("reindex started by user %s", actor)
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
                try:
                    await interaction.edit_original_response(content=layout.progress_text(*shown))
                except discord.HTTPException as exc:  # progress is a courtesy; the build goes on
                    _log.warning("could not show reindex progress: %s", exc)
        try:
            report = work.result()
        except IndexLocked:
            await interaction.edit_original_response(content=layout.ALREADY_REINDEXING)
            return
        except BuildRefused as exc:  # the index in service is untouched; the admin is told why
            await interaction.edit_original_response(content=f"Indexerade inte om: {exc}",
                                                     allowed_mentions=NO_MENTIONS)
            return
        _log.info("reindex done: %s", {k: v for k, v in report.as_dict().items() if k != "failed"})
        first, *rest = layout.build_summary(report)
        await interaction.edit_original_response(content=first, allowed_mentions=NO_MENTIONS)
        for text in rest:
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
