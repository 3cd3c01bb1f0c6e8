"""Sending to Teams: cards as attachments, typing, private 1:1 messages, and the apology when something breaks."""
from __future__ import annotations

import logging
from typing import Any

from microsoft_teams.api import (
    Account,
    ActivityParams,
    Attachment,
    ConversationAccount,
    ConversationReference,
    CreateConversationParams,
    MessageActivityInput,
    TypingActivityInput,
)

from ..texts import APOLOGY
from .people import Member

_log = logging.getLogger(__name__)

CARD = "application/vnd.microsoft.card.adaptive"


def card_message(content: dict, text: str | None = None) -> MessageActivityInput:
    message = MessageActivityInput(text=text) if text else MessageActivityInput()
    return message.add_attachments(Attachment(content_type=CARD, content=content))


def typing() -> TypingActivityInput:
    return TypingActivityInput()


async def send_personal(ctx: Any, person: Member, message: ActivityParams) -> bool:
    """Send to the person's 1:1 chat with the bot (created if needed); False when Teams will not allow it,
    e.g. when the bot has not been added for that person."""
    place, sender = person.place, person.sender
    assert place is not None and sender is not None
    if place.personal:
        await ctx.send(message)
        return True
    try:
        chat = await ctx.api.conversations.create(CreateConversationParams(
            members=[Account(id=sender.teams_id)], tenant_id=place.tenant,
            channel_data={"tenant": {"id": place.tenant}} if place.tenant else None,
        ))
        ref = ConversationReference(
            service_url=place.service_url, bot=ctx.activity.recipient, channel_id="msteams",
            conversation=ConversationAccount(id=chat.id, conversation_type="personal", tenant_id=place.tenant),
            user=Account(id=sender.teams_id),
        )
        await ctx.send(message, conversation_ref=ref)
        return True
    except Exception as exc:
        _log.warning("could not open a 1:1 chat: %s", type(exc).__name__)
        return False


async def apologize(ctx: Any) -> None:
    """Best effort: a failure to apologise must not raise a second error."""
    try:
        await ctx.send(APOLOGY)
    except Exception as exc:
        _log.warning("could not send the apology: %s", type(exc).__name__)
