"""Retention while the bot runs: once a day, delete questions, votes and audit entries past their time.

The purge also runs when the bot starts (opening the Library does it); this keeps a bot that runs for
months from holding old questions longer than the settings allow.
"""
from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from discord.ext import commands, tasks

if TYPE_CHECKING:
    from .client import RutinBot

_log = logging.getLogger(__name__)


class Housekeeping(commands.Cog):
    def __init__(self, bot: RutinBot):
        self.bot = bot

    async def purge_once(self) -> dict[str, int]:
        return await asyncio.to_thread(self.bot.chat.purge)

    @tasks.loop(hours=24)
    async def daily_purge(self) -> None:
        try:
            await self.purge_once()
        except Exception:  # an exception would end the loop; try again tomorrow
            _log.exception("retention purge failed")

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """Started once connected (on_ready repeats after a reconnect; the loop is started only once)."""
        if not self.daily_purge.is_running():
            self.daily_purge.start()

    async def cog_unload(self) -> None:
        self.daily_purge.cancel()


async def setup(bot: RutinBot) -> None:
    await bot.add_cog(Housekeeping(bot))
