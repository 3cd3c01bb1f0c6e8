"""The buttons under an answer: 👍/👎, "Visa fler källor" and "Fråga en kollega".

They are DynamicItems: the question id travels in the custom_id and everything else is read back
from the question log, so buttons on old answers keep working after the bot restarts.
"""
from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

import discord

from .. import texts
from ..chat import Person
from . import layout
from .people import person
from .replies import NO_MENTIONS, apologizing, tell

if TYPE_CHECKING:
    from .client import RutinBot

_log = logging.getLogger(__name__)


def _bot(interaction: discord.Interaction) -> RutinBot:
    return interaction.client  # type: ignore[return-value]


class VoteButton(discord.ui.DynamicItem[discord.ui.Button],
                 template=r"rutinbot:vote:(?P<qid>[0-9]+):(?P<helpful>[01])"):
    def __init__(self, question_id: int, helpful: bool):
        super().__init__(discord.ui.Button(
            label=texts.BUTTON_HELPFUL if helpful else texts.BUTTON_NOT_HELPFUL,
            emoji="👍" if helpful else "👎",
            style=discord.ButtonStyle.secondary,
            custom_id=f"rutinbot:vote:{question_id}:{int(helpful)}",
        ))
        self.question_id = question_id
        self.helpful = helpful

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(int(match["qid"]), match["helpful"] == "1")

    async def callback(self, interaction: discord.Interaction) -> None:
        async with apologizing(interaction, "vote"):
            text = await asyncio.to_thread(
                _bot(interaction).chat.vote, self.question_id, Person(interaction.user.id), self.helpful)
            await tell(interaction, text)


class MoreSourcesButton(discord.ui.DynamicItem[discord.ui.Button], template=r"rutinbot:more:(?P<qid>[0-9]+)"):
    def __init__(self, question_id: int):
        super().__init__(discord.ui.Button(
            label=texts.BUTTON_MORE, emoji="📚", style=discord.ButtonStyle.secondary,
            custom_id=f"rutinbot:more:{question_id}",
        ))
        self.question_id = question_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(int(match["qid"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Sources filtered by what the person clicking may read, not by what the asker could."""
        async with apologizing(interaction, "more sources"):
            bot = _bot(interaction)
            await interaction.response.defer(ephemeral=True, thinking=True)
            reader = await person(bot, interaction.user, interaction.channel)
            sources = await asyncio.to_thread(bot.chat.more_sources, self.question_id, reader)
            for text in layout.more_sources_messages(sources):
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


class ColleagueButton(discord.ui.DynamicItem[discord.ui.Button], template=r"rutinbot:colleague:(?P<qid>[0-9]+)"):
    def __init__(self, question_id: int):
        super().__init__(discord.ui.Button(
            label=texts.BUTTON_COLLEAGUE, emoji="🙋", style=discord.ButtonStyle.primary,
            custom_id=f"rutinbot:colleague:{question_id}",
        ))
        self.question_id = question_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str], /):
        return cls(int(match["qid"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        async with apologizing(interaction, "ask a colleague"):
            bot = _bot(interaction)
            asker = Person(interaction.user.id)
            refusal = bot.chat.claim_escalation(self.question_id, asker)  # before any await: one post a click
            if refusal:
                await tell(interaction, refusal)
                return
            posted = False
            try:
                posted = await self._post(interaction, bot)
            finally:
                if not posted:
                    bot.chat.release_escalation(self.question_id, asker)

    async def _post(self, interaction: discord.Interaction, bot: RutinBot) -> bool:
        await interaction.response.defer(ephemeral=True, thinking=True)
        stored = await asyncio.to_thread(bot.chat.escalated_question, self.question_id)
        if stored is None:
            await tell(interaction, texts.QUESTION_GONE)
            return False
        question, answered = stored
        help_channel = bot.config.help_channel
        assert help_channel is not None  # claim_escalation refused without one
        try:
            channel = bot.get_channel(help_channel) or await bot.fetch_channel(help_channel)
        except discord.HTTPException:
            _log.warning("help channel %s not found", help_channel)
            await tell(interaction, texts.HELP_CHANNEL_MISSING)
            return False
        mentor = bot.config.mentor_role
        message = interaction.message
        link = message.jump_url if message is not None and message.guild is not None else None  # not to a DM
        await channel.send(  # type: ignore[union-attr]
            layout.colleague_post(mentor_role=mentor, asker=interaction.user.mention, question=question,
                                  answered=answered, link=link),
            allowed_mentions=discord.AllowedMentions(  # ping the mentors, nobody else
                everyone=False, users=False, roles=[discord.Object(mentor)] if mentor else False),
        )
        await tell(interaction, texts.colleague_sent(channel.mention))  # type: ignore[union-attr]
        return True


DYNAMIC_ITEMS = (VoteButton, MoreSourcesButton, ColleagueButton)


def answer_view(question_id: int, *, has_sources: bool = True) -> discord.ui.View:
    """The buttons for one answer; timeout None because the items are dispatched by custom_id."""
    view = discord.ui.View(timeout=None)
    view.add_item(VoteButton(question_id, True))
    view.add_item(VoteButton(question_id, False))
    if has_sources:
        view.add_item(MoreSourcesButton(question_id))
    view.add_item(ColleagueButton(question_id))
    return view


async def setup(bot: RutinBot) -> None:
    """Buttons are dispatched by custom_id, so answers posted before a restart keep working."""
    bot.add_dynamic_items(*DYNAMIC_ITEMS)
