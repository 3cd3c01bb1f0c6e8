"""Asking: /fråga, a mention of the bot, a DM, or any message in a question channel.

Every path ends in the same answer card. The search runs in a worker thread so the event loop keeps
serving other people (and heartbeats) while one question is embedded and searched.
"""
from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from index import MAX_QUESTION_CHARS, EmptyQuestion, IndexMissing, redact

from .. import texts
from ..chat import Person
from ..config import Scope
from . import layout
from .buttons import answer_view
from .people import channel_ids, person
from .replies import NO_MENTIONS, to_embed

if TYPE_CHECKING:
    from .client import RutinBot

_log = logging.getLogger(__name__)

MAX_QUESTION = MAX_QUESTION_CHARS


class Asking(commands.Cog):
    def __init__(self, bot: RutinBot):
        self.bot = bot

    async def answer(self, question: str, user: discord.abc.User, channel,
                     scope: Scope | None = None) -> tuple[dict, list[str]]:
        """The keyword arguments of the message that answers (an embed with buttons, or a short text), and
        the kinds of identity number removed from the question (to remind the asker; the answer still comes).
        Quotes only what everyone who will read the reply may read (``scope``; by default a channel's).
        """
        asker = await person(self.bot, user, channel)
        started = time.perf_counter()
        try:
            asked = await asyncio.to_thread(self.bot.chat.ask, question, asker, origin="discord", scope=scope)
        except IndexMissing:
            return {"content": layout.NO_INDEX}, redact(question).kinds
        except EmptyQuestion:
            return {"content": layout.HOW_TO_ASK}, []
        if asked.reply.small_talk:
            return {"content": asked.reply.headline}, []
        _log.info("question %d answered=%s sources=%d in %.2f s", asked.question_id, asked.answer.answered,
                  len(asked.answer.sources), time.perf_counter() - started)
        return {
            "embed": to_embed(layout.reply_embed(asked.reply, asked.question_id)),
            "view": answer_view(asked.question_id, has_sources=bool(asked.answer.sources)),
        }, asked.answer.warnings

    # -- /fråga ------------------------------------------------------------------------------

    @app_commands.command(name="fråga", description="Ställ en fråga om rutinerna – svaret citeras ur dem, med källa.")
    @app_commands.rename(question="fråga")
    @app_commands.describe(question="Din fråga, t.ex. ”Hur fungerar personlarmet vid hembesök?”")
    async def ask_command(self, interaction: discord.Interaction,
                          question: app_commands.Range[str, 1, MAX_QUESTION]) -> None:
        slow_down = self.bot.chat.too_soon(Person(interaction.user.id))  # no role lookup for this
        if slow_down:
            await interaction.response.send_message(slow_down, ephemeral=True)
            return
        asker = await person(self.bot, interaction.user, interaction.channel)
        # a member who may read more than everyone in the channel is answered privately
        scope = self.bot.chat.scope(asker, can_whisper=True)
        await interaction.response.defer(thinking=True, ephemeral=scope.private)
        reply, warnings = await self.answer(question, interaction.user, interaction.channel, scope)
        await interaction.edit_original_response(allowed_mentions=NO_MENTIONS, **reply)
        if warnings:  # only the asker sees it
            await interaction.followup.send(texts.privacy_reminder(warnings), ephemeral=True,
                                            allowed_mentions=NO_MENTIONS)

    # -- messages ----------------------------------------------------------------------------

    def question_in(self, message: discord.Message) -> str | None:
        """The question a message asks the bot, "" for a bare mention, None when it is not for the bot."""
        me = self.bot.user
        if me is None or message.author.bot or message.type not in (discord.MessageType.default,
                                                                     discord.MessageType.reply):
            return None
        direct = message.guild is None
        mentioned = any(u.id == me.id for u in message.mentions)
        in_question_channel = any(c in self.bot.config.question_channels for c in channel_ids(message.channel))
        if not (direct or mentioned or in_question_channel):
            return None
        return re.sub(rf"<@!?{me.id}>", " ", message.content).strip()

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        question = self.question_in(message)
        if question is None:
            return
        if not question:
            await message.reply(layout.HOW_TO_ASK, mention_author=False, allowed_mentions=NO_MENTIONS)
            return
        slow_down = self.bot.chat.too_soon(Person(message.author.id))
        if slow_down:
            await message.reply(slow_down, mention_author=False, allowed_mentions=NO_MENTIONS)
            return
        try:
            async with message.channel.typing():
                reply, warnings = await self.answer(question, message.author, message.channel)
            await message.reply(mention_author=False, allowed_mentions=NO_MENTIONS, **reply)
        except Exception:
            _log.exception("answering message %s failed", message.id)
            try:
                await message.reply(texts.APOLOGY, mention_author=False, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                pass
            return
        if warnings:
            await self.remind(message, warnings)

    async def remind(self, message: discord.Message, warnings: list[str]) -> None:
        """A message cannot be answered privately: a short reply, and in a server the question is deleted
        if the bot may (Manage Messages), so the number does not stay in the channel."""
        deleted = False
        me = message.guild.me if message.guild is not None else None
        if me is not None and message.channel.permissions_for(me).manage_messages:
            try:
                await message.delete()
                deleted = True
                _log.info("deleted message %s: it held an identity number", message.id)
            except discord.HTTPException as exc:
                _log.warning("could not delete message %s holding an identity number: %s", message.id, exc)
        text = texts.privacy_reminder(warnings, deleted=deleted)
        try:
            if deleted:  # nothing left to reply to
                await message.channel.send(f"{message.author.mention} {text}", allowed_mentions=NO_MENTIONS)
            else:
                await message.reply(text, mention_author=False, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:
            _log.warning("could not send the privacy reminder for message %s: %s", message.id, exc)


async def setup(bot: RutinBot) -> None:
    await bot.add_cog(Asking(bot))
