"""The admin check on commands: the shared rule decides, a refusal is recorded and answered politely."""
from __future__ import annotations

import discord
from discord import app_commands

from .people import acting


class NotAdmin(app_commands.CheckFailure):
    """Raised by the admin check; answered with a polite refusal, not logged as an error."""


def admins_only(interaction: discord.Interaction) -> bool:
    """The admin role from the settings, or Manage Server; everyone else gets a polite refusal."""
    chat = interaction.client.chat  # type: ignore[attr-defined]
    person = acting(interaction)
    if chat.is_admin(person):
        return True
    chat.refuse(person, interaction.command.qualified_name if interaction.command else "?")
    raise NotAdmin()
