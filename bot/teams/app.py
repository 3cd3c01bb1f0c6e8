"""The Teams bot: the SDK's App serving the messaging endpoint, and one handler a kind of activity.

Each message is routed once: a card's Action.Submit value to the card actions, a command word to the
admin commands, anything else for the bot to the asking feature. Work that can take longer than the
Bot Connector waits for (an answer, a reindex) runs as a background task after the HTTP request is
acknowledged; answers then arrive at the activity's serviceUrl like any other message.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Coroutine
from typing import Any

import uvicorn
from microsoft_teams.api import MessageActivity
from microsoft_teams.apps import ActivityContext, App
from microsoft_teams.apps.http import FastAPIAdapter

from ..config import BotConfig
from ..service import Assistant
from .people import GRAPH_URL, Directory, Member, TeamsChat, member, place_of, sender_of
from .settings import TeamsSettings

_log = logging.getLogger(__name__)

PURGE_EVERY = 24 * 3600.0


def quiet_library_logs() -> None:
    """The HTTP client logs every URL at INFO, and Bot Connector and Graph URLs name people (Teams user and
    Entra ID object ids): only their warnings reach the process log, which names people by pseudonym only.
    The SDK copies its HTTP client module's own level onto httpx's logger whenever it makes a client, so that
    module's level is set too."""
    for name in ("httpx", "httpcore", "microsoft_teams", "microsoft_teams.common.http.client", "msal"):
        logging.getLogger(name).setLevel(logging.WARNING)


class TeamsBot:
    def __init__(self, assistant: Assistant, config: BotConfig, settings: TeamsSettings, app_options: dict[str, Any],
                 *, graph_url: str = GRAPH_URL):
        from .actions import CardActions
        from .admin import Admin
        from .asking import Asking
        from .welcome import Welcome

        quiet_library_logs()
        self.assistant = assistant
        self.config = config
        self.settings = settings
        self.app = App(http_server_adapter=FastAPIAdapter(server_factory=self._server), messaging_endpoint=settings.endpoint,
                       **app_options)
        self.chat = TeamsChat(assistant, config, settings)
        self.directory = Directory(settings, self._graph_token, graph_url)
        self._tasks: set[asyncio.Task] = set()
        self._stop_watching: threading.Event | None = None
        self.asking, self.actions, self.admin, self.welcome = Asking(self), CardActions(self), Admin(self), Welcome(self)
        self.app.on_message(self._on_message)
        self.app.on_card_action(self.actions.on_invoke)
        self.app.on_conversation_update(self.welcome.on_conversation_update)

    def _server(self, fastapi) -> uvicorn.Server:
        return uvicorn.Server(uvicorn.Config(fastapi, host=self.settings.host, port=self.settings.port,
                                             log_level="warning", access_log=False))

    async def _graph_token(self, tenant: str | None) -> str | None:
        token = await self.app.token_provider.get_app_token(self.app.cloud.graph_scope, self.settings.tenant_id or tenant)
        return str(token) if token is not None else None

    # -- routing -----------------------------------------------------------------------------

    async def _on_message(self, ctx: ActivityContext[MessageActivity]) -> None:
        question = self.asking.question_in(ctx.activity)
        if question is None:
            return
        if await self.admin.handles(ctx, question):
            return
        await self.asking.on_question(ctx, question)

    # -- who is acting ----------------------------------------------------------------------

    def sender(self, ctx: ActivityContext[Any]) -> Member:
        """The person and place from the activity alone (enough for rate limits and votes)."""
        return member(sender_of(ctx.activity), place_of(ctx.activity))

    async def identify(self, ctx: ActivityContext[Any]) -> Member:
        """With their group and team memberships looked up, for what they may read or do."""
        sender, place = sender_of(ctx.activity), place_of(ctx.activity)
        return member(sender, place, await self.directory.identify(sender, place, ctx.api))

    # -- background work ---------------------------------------------------------------------

    def spawn(self, work: Coroutine[Any, Any, None], what: str) -> asyncio.Task:
        """Run after the request is acknowledged; kept referenced until done, failures logged."""
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)

        def done(t: asyncio.Task) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                _log.error("%s failed", what, exc_info=t.exception())

        task.add_done_callback(done)
        return task

    async def idle(self) -> None:
        """Wait for the background work started so far (tests, and a clean stop)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _purge_daily(self) -> None:
        while True:
            try:
                await asyncio.to_thread(self.chat.purge)
            except Exception:
                _log.exception("retention purge failed")
            await asyncio.sleep(PURGE_EVERY)

    # -- serving -----------------------------------------------------------------------------

    async def serve(self) -> None:
        """Serve the messaging endpoint until cancelled."""
        self._stop_watching = self.chat.watch_documents()
        purge = asyncio.get_running_loop().create_task(self._purge_daily())
        try:
            await self.app.start(self.settings.port)
        finally:
            purge.cancel()
            if self._stop_watching is not None:
                self._stop_watching.set()

    async def stop(self) -> None:
        await self.app.stop()


def run_teams(assistant: Assistant, config: BotConfig, settings: TeamsSettings, credentials: Any) -> None:
    """Serve until stopped (Ctrl-C or SIGTERM from systemd)."""
    from .credentials import app_options

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    bot = TeamsBot(assistant, config, settings, app_options(credentials))
    _log.info("serving the Teams messaging endpoint on %s:%d%s", settings.host, settings.port, settings.endpoint)
    try:
        asyncio.run(bot.serve())
    except KeyboardInterrupt:
        pass
