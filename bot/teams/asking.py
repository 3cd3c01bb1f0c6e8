"""Asking: a 1:1 chat with the bot, an @mention in a channel or group chat, or any message in a question channel.

The typing indicator goes out at once; the answer is searched in a worker thread (the event loop keeps
serving other people) in a background task, so the Bot Connector's request is acknowledged at once
whatever the search costs. A question holding an identity number, asked where others read along, is
answered in the person's 1:1 chat, and the channel is told why without the number being repeated.
"""
from __future__ import annotations

import asyncio
import html
import logging
import re
import time
from typing import TYPE_CHECKING, Any

from microsoft_teams.api import MessageActivity
from microsoft_teams.api.activities.utils import StripMentionsTextOptions
from microsoft_teams.apps import ActivityContext

from index import EmptyQuestion, IndexMissing

from . import texts
from .cards import answer_card
from .people import place_of
from .sending import apologize, card_message, send_personal, typing

if TYPE_CHECKING:
    from .app import TeamsBot

_log = logging.getLogger(__name__)

MAX_QUESTION = 1000
_TAGS = re.compile(r"</?(at|p|div|span|br)\b[^>]*>", re.I)


class Asking:
    def __init__(self, bot: TeamsBot):
        self.bot = bot

    def question_in(self, activity: MessageActivity) -> str | None:
        """The question a message asks the bot; "" for a bare mention; None when it is not for the bot."""
        place = activity.conversation
        personal = (getattr(place, "conversation_type", None) or "personal") == "personal"
        channel = getattr(getattr(activity.channel_data, "channel", None), "id", None)
        mentioned = activity.is_recipient_mentioned()
        in_question_channel = channel is not None and channel in self.bot.settings.question_channels
        if activity.value is not None or not (personal or mentioned or in_question_channel):
            return None
        text = activity.text or ""
        if mentioned:
            text = activity.model_copy().strip_mentions_text(
                StripMentionsTextOptions(account_id=activity.recipient.id)).text
        return " ".join(html.unescape(_TAGS.sub(" ", text)).split())[:MAX_QUESTION]

    async def on_question(self, ctx: ActivityContext[Any], question: str) -> None:
        await ctx.send(typing())  # at once: the person sees the bot is on it
        if not question:
            await ctx.send(texts.HOW_TO_ASK)
            return
        slow_down = self.bot.chat.too_soon(self.bot.sender(ctx))
        if slow_down:
            await ctx.send(slow_down)
            return
        self.bot.spawn(self._answer(ctx, question), "answering a question")

    async def _answer(self, ctx: ActivityContext[Any], question: str) -> None:
        place = place_of(ctx.activity)
        person = await self.bot.identify(ctx)
        started = time.perf_counter()
        try:
            try:
                asked = await asyncio.to_thread(self.bot.chat.ask, question, person, origin="teams")
            except IndexMissing:
                await ctx.send(texts.NO_INDEX)
                return
            except EmptyQuestion:  # only whitespace once the mention was taken out
                await ctx.send(texts.HOW_TO_ASK)
                return
            _log.info("question %d answered=%s sources=%d in %.2f s", asked.question_id, asked.answer.answered,
                      len(asked.answer.sources), time.perf_counter() - started)
            message = card_message(answer_card(asked.reply, asked.question_id,
                                               has_sources=bool(asked.answer.sources)))
            warnings = asked.answer.warnings
            if warnings and not place.personal:
                privately = await send_personal(ctx, person, message)
                if not privately:
                    await ctx.send(message)
                await ctx.send(texts.teams_privacy_reminder(warnings, in_channel=True, answered_privately=privately))
                return
            await ctx.send(message)
            if warnings:
                await ctx.send(texts.teams_privacy_reminder(warnings, in_channel=False))
        except Exception:
            _log.exception("answering a message failed for user %s", self.bot.chat.pseudonym(person))
            await apologize(ctx)
