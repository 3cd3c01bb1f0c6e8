"""conversationUpdate: when the bot is added to a team, a group chat or a person's chat, it says hello once."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from microsoft_teams.api import ConversationUpdateActivity
from microsoft_teams.apps import ActivityContext

from . import texts

if TYPE_CHECKING:
    from .app import TeamsBot

_log = logging.getLogger(__name__)


class Welcome:
    def __init__(self, bot: TeamsBot):
        self.bot = bot

    async def on_conversation_update(self, ctx: ActivityContext[ConversationUpdateActivity]) -> None:
        """Only the bot's own arrival is greeted: people joining a team later are not messaged one by one."""
        me = ctx.activity.recipient.id
        if any(member.id == me for member in ctx.activity.members_added or []):
            try:
                await ctx.send(texts.WELCOME)
            except Exception as exc:
                _log.warning("could not send the welcome message: %s", type(exc).__name__)
