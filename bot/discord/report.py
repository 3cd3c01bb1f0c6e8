"""/rapport: the administrator report's summary in chat (expired routines, open questions), admins only.

Like /reindexera, only members with Manage Server see it by default; the check refuses everyone else.
"""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from .checks import admins_only
from .people import acting
from .replies import NO_MENTIONS

if TYPE_CHECKING:
    from .client import RutinBot

DEFAULT_DAYS = 30


class Report(commands.Cog):
    def __init__(self, bot: RutinBot):
        self.bot = bot

    @app_commands.command(name="rapport",
                          description="Utgångna rutiner, obesvarade frågor och mest citerade rutiner (för administratörer).")
    @app_commands.describe(dagar=f"Frågor från så många dagar bakåt (standard {DEFAULT_DAYS}).")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.check(admins_only)
    async def report(self, interaction: discord.Interaction,
                     dagar: app_commands.Range[int, 1, 3650] = DEFAULT_DAYS) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)  # grouping the questions takes a moment
        text = await asyncio.to_thread(self.bot.chat.report, acting(interaction), dagar)
        await interaction.edit_original_response(content=text, allowed_mentions=NO_MENTIONS)


async def setup(bot: RutinBot) -> None:
    await bot.add_cog(Report(bot))
