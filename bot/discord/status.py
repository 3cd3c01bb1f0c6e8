"""/status: what the bot knows — documents, passages, when the index was built, the model and version."""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from .. import __version__
from . import layout
from .people import acting
from .replies import tell

if TYPE_CHECKING:
    from .client import RutinBot


class Status(commands.Cog):
    def __init__(self, bot: RutinBot):
        self.bot = bot

    @app_commands.command(name="status", description="Visa hur många rutiner boten kan och när de lästes in.")
    async def status(self, interaction: discord.Interaction) -> None:
        info = await asyncio.to_thread(self.bot.chat.status, acting(interaction))
        await tell(interaction, layout.status_text(info, __version__))


async def setup(bot: RutinBot) -> None:
    await bot.add_cog(Status(bot))
