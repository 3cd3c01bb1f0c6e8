"""/reindexera: read the routine folders again without stopping the bot.

The build runs in a worker thread and writes a new index generation beside the one in service; the
Library switches to it at the next question, so people keep getting answers while it runs. Only
members with Manage Server see the command by default (a server admin can grant it to the admin role
under Server Settings → Integrations); the check still refuses everyone else.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from index import BuildProgress

from ..progress import with_progress
from . import layout
from .checks import admins_only
from .people import acting
from .replies import NO_MENTIONS

if TYPE_CHECKING:
    from .client import RutinBot


class Reindex(commands.Cog):
    progress_interval = 2.0  # seconds between edits of the progress message (Discord rate-limits edits)

    def __init__(self, bot: RutinBot):
        self.bot = bot

    @app_commands.command(name="reindexera", description="Läs in rutindokumenten på nytt (för administratörer).")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.check(admins_only)
    async def reindex(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        person = acting(interaction)

        async def show(figures: BuildProgress) -> None:
            await interaction.edit_original_response(content=layout.progress_text(figures))

        outcome = await with_progress(lambda progress: self.bot.chat.reindex(person, progress), show,
                                      self.progress_interval)
        if outcome.report is None:
            await interaction.edit_original_response(content=outcome.refusal, allowed_mentions=NO_MENTIONS)
            return
        first, *rest = layout.build_summary(outcome.report)
        await interaction.edit_original_response(content=first, allowed_mentions=NO_MENTIONS)
        for text in rest:
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: RutinBot) -> None:
    await bot.add_cog(Reindex(bot))
