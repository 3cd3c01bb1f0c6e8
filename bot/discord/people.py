"""Who is acting, in the terms of the shared chat rules: a Discord user, their roles and the channel."""
from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from ..chat import Person

if TYPE_CHECKING:
    from .client import RutinBot


def channel_ids(channel) -> tuple[int, ...]:
    """The channel asked in and, for a thread, its parent: a mapping for a channel covers its threads."""
    if channel is None or isinstance(channel, (discord.DMChannel, discord.GroupChannel)):
        return ()
    parent = getattr(channel, "parent_id", None)
    return (channel.id, parent) if parent else (channel.id,)


async def role_ids(bot: RutinBot, user: discord.abc.User) -> tuple[int, ...]:
    """The person's roles: from the server asked in, or in a DM from the configured server (guild_id)."""
    if isinstance(user, discord.Member):
        return tuple(r.id for r in user.roles)
    if not bot.config.guild_id:
        return ()
    guild = bot.get_guild(bot.config.guild_id)
    if guild is None:
        return ()
    member = guild.get_member(user.id)
    if member is None:
        try:
            member = await guild.fetch_member(user.id)
        except discord.HTTPException:
            return ()
    return tuple(r.id for r in member.roles)


async def person(bot: RutinBot, user: discord.abc.User, channel) -> Person:
    """For reading: roles looked up in the configured server when asked in a DM."""
    return Person(user.id, await role_ids(bot, user), channel_ids(channel))


def acting(interaction: discord.Interaction) -> Person:
    """For an admin check: only the roles and rights the person has where they act (none in a DM)."""
    user = interaction.user
    roles = tuple(r.id for r in user.roles) if isinstance(user, discord.Member) else ()
    return Person(user.id, roles, channel_ids(interaction.channel),
                  manages_server=bool(interaction.permissions.manage_guild))
