"""The card's buttons: 👍/👎, "Visa fler källor" and "Fråga en kollega" (Action.Execute invokes).

Each button carries only the question id; everything else is read back from the question log, so the
buttons on old answers keep working after a restart. The invoke's answer is a short message Teams shows
to the person who clicked only; sources go to that person's 1:1 chat, filtered by what *they* may read.
"""
from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from microsoft_teams.api import (
    Account,
    AdaptiveCardActionMessageResponse,
    AdaptiveCardInvokeActivity,
    ConversationAccount,
    ConversationReference,
    MessageActivityInput,
)
from microsoft_teams.apps import ActivityContext

from ..texts import APOLOGY, HELP_CHANNEL_MISSING, QUESTION_GONE, colleague_sent
from . import texts
from .cards import COLLEAGUE, MORE, VOTE, sources_card
from .people import Member
from .sending import card_message, send_personal

if TYPE_CHECKING:
    from .app import TeamsBot

_log = logging.getLogger(__name__)


def _said(text: str) -> AdaptiveCardActionMessageResponse:
    return AdaptiveCardActionMessageResponse(value=text)


class CardActions:
    def __init__(self, bot: TeamsBot):
        self.bot = bot

    async def on_invoke(self, ctx: ActivityContext[AdaptiveCardInvokeActivity]) -> AdaptiveCardActionMessageResponse:
        action = ctx.activity.value.action
        data = action.data or {}
        question_id = data.get("question")
        if action.verb not in (VOTE, MORE, COLLEAGUE) or not isinstance(question_id, int) or isinstance(question_id, bool):
            return _said(texts.ACTION_UNKNOWN)
        try:
            if action.verb == VOTE:
                return await self.vote(ctx, question_id, data.get("helpful") is True)
            if action.verb == MORE:
                return await self.more_sources(ctx, question_id)
            return await self.ask_colleague(ctx, question_id)
        except Exception:
            _log.exception("card action %s failed", action.verb)
            return _said(APOLOGY)

    async def vote(self, ctx: ActivityContext[Any], question_id: int, helpful: bool) -> AdaptiveCardActionMessageResponse:
        said = await asyncio.to_thread(self.bot.chat.vote, question_id, self.bot.sender(ctx), helpful)
        return _said(said)

    async def more_sources(self, ctx: ActivityContext[Any], question_id: int) -> AdaptiveCardActionMessageResponse:
        """Sources filtered by what the person clicking may read, sent where only they see them."""
        person = await self.bot.identify(ctx)
        sources = await asyncio.to_thread(self.bot.chat.more_sources, question_id, person)
        if not await send_personal(ctx, person, card_message(sources_card(sources))):
            return _said(texts.NO_PRIVATE_CHAT)
        return _said(texts.SOURCES_SENT_PRIVATELY)

    async def ask_colleague(self, ctx: ActivityContext[Any], question_id: int) -> AdaptiveCardActionMessageResponse:
        chat, person = self.bot.chat, self.bot.sender(ctx)
        refusal = chat.claim_escalation(question_id, person)  # before any await, so a double click posts once
        if refusal:
            return _said(refusal)
        posted = False
        try:
            stored = await asyncio.to_thread(chat.escalated_question, question_id)
            if stored is None:
                return _said(QUESTION_GONE)
            posted = await self._post(ctx, person, *stored)
            return _said(colleague_sent("kanalen för kollegafrågor") if posted else HELP_CHANNEL_MISSING)
        finally:
            if not posted:
                chat.release_escalation(question_id, person)

    async def _post(self, ctx: ActivityContext[Any], person: Member, question: str, answered: bool) -> bool:
        """A new post in the help channel: the mentors and the asker @mentioned, then the question, quoted."""
        sender, place = person.sender, person.place
        assert sender is not None and place is not None
        message = MessageActivityInput(text="")
        for mentor, name in self.bot.settings.mentors.items():
            message.add_mention(Account(id=mentor, name=name))
            message.add_text(" ")
        message.add_mention(Account(id=sender.teams_id, name=sender.name or "En kollega"))
        message.add_text(" " + texts.colleague_post(question=question, answered=answered))
        ref = ConversationReference(service_url=place.service_url, bot=ctx.activity.recipient, channel_id="msteams",
                                    conversation=ConversationAccount(id=self.bot.settings.help_channel or "",
                                                                     conversation_type="channel",
                                                                     tenant_id=place.tenant))
        try:
            await ctx.send(message, conversation_ref=ref)
        except Exception as exc:
            _log.warning("could not post in the help channel: %s", type(exc).__name__)
            return False
        return True
