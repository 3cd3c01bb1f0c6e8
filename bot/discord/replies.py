"""Sending to Discord: embeds from specs, private (ephemeral) notes, and the apology when something breaks."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import discord

from .. import texts
from .limits import EmbedSpec, fit_embed

_log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()


def to_embed(spec: EmbedSpec) -> discord.Embed:
    spec = fit_embed(spec)
    embed = discord.Embed(title=spec.title or None, description=spec.description or None, colour=spec.colour)
    if spec.author:
        embed.set_author(name=spec.author)
    for f in spec.fields:
        embed.add_field(name=f.name, value=f.text, inline=f.inline)
    if spec.footer:
        embed.set_footer(text=spec.footer)
    return embed


async def tell(interaction: discord.Interaction, text: str, **kwargs) -> None:
    """A note only the person who acted sees: the response if still open, else a follow-up."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)
    else:
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)


async def apologize(interaction: discord.Interaction) -> None:
    """Best effort: the interaction may have expired, and that must not raise a second error."""
    try:
        await tell(interaction, texts.APOLOGY)
    except discord.HTTPException as exc:
        _log.warning("could not send the apology for interaction %s: %s", interaction.id, exc)


@asynccontextmanager
async def apologizing(interaction: discord.Interaction, what: str):
    """For button callbacks, which discord.py would only log: log, and tell the person something broke."""
    try:
        yield
    except Exception:
        _log.exception("%s failed (interaction %s)", what, interaction.id)
        await apologize(interaction)
