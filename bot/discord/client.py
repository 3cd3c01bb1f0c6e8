"""The bot: holds the shared chat rules and the settings, loads one extension per feature, handles
command errors, and syncs its slash commands only where asked."""
from __future__ import annotations

import asyncio
import logging
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from index import RutinbotError

from ..chat import Chat
from ..config import BotConfig
from ..service import Assistant
from . import layout
from .checks import NotAdmin
from .replies import apologize, tell

_log = logging.getLogger(__name__)

# One extension a feature, each with ``async def setup(bot)``, loaded by name: the client imports none of them.
EXTENSIONS = ("asking", "buttons", "reindex", "report", "status", "housekeeping")


class RutinTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """The one place command errors end: a refusal for non-admins, else log and apologise briefly."""
        if isinstance(error, NotAdmin):
            await tell(interaction, layout.ADMIN_ONLY)
            return
        name = interaction.command.qualified_name if interaction.command else "?"
        # No question text and no Discord id in the log: the command, the user's pseudonym, the traceback.
        who = interaction.client.assistant.pseudonym(  # type: ignore[attr-defined]
            interaction.user.id if interaction.user else None)
        _log.exception("/%s failed for user %s", name, who, exc_info=error)
        await apologize(interaction)


class RutinBot(commands.Bot):
    def __init__(self, assistant: Assistant, config: BotConfig, *, sync_commands: bool | None = None):
        """``sync_commands``: None syncs to the configured server only (if any), True also globally without
        one, False never (tests)."""
        intents = discord.Intents.default()
        # Reading ordinary messages needs the privileged Message Content intent; mentions and DMs do not.
        intents.message_content = bool(config.question_channels)
        super().__init__(
            command_prefix=commands.when_mentioned, intents=intents, tree_cls=RutinTree, help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),  # routine text must never ping anyone
        )
        self.chat = Chat(assistant, config)
        self.config = config
        self.sync_commands = sync_commands
        self._stop_watching: threading.Event | None = None  # set to stop the reindex_interval watcher

    @property
    def assistant(self) -> Assistant:
        return self.chat.assistant

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: questions in messages are handled by the Asking cog's listener."""

    async def setup_hook(self) -> None:
        await self.load_features()
        if self.sync_commands or (self.sync_commands is None and self.config.guild_id):
            await self.sync_app_commands()
        self.start_watching()

    def start_watching(self) -> None:
        """With reindex_interval set, reindex in a background thread whenever the document folders change."""
        if self._stop_watching is None:
            self._stop_watching = self.chat.watch_documents()

    async def close(self) -> None:
        if self._stop_watching is not None:
            self._stop_watching.set()  # a build under way finishes in its daemon thread or dies with the process
        await super().close()

    async def load_features(self) -> None:
        for name in EXTENSIONS:
            await self.load_extension(f"{__package__}.{name}")

    async def sync_app_commands(self) -> None:
        """To the configured server (guild_id) at every start: there the commands appear at once, and the
        sync is one cheap call. Globally only when asked (``rutinbot bot --sync-commands``): global
        commands take up to an hour to spread, and Discord rate-limits syncing them."""
        if self.config.guild_id:
            guild = discord.Object(self.config.guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        else:
            synced = await self.tree.sync()
        _log.info("synced %d slash commands", len(synced))

    async def on_ready(self) -> None:
        _log.info("logged in as %s (%s) in %d servers", self.user, self.user.id if self.user else "?",
                  len(self.guilds))


@dataclass(frozen=True)
class Backoff:
    """How long to wait before the next try to reach Discord: doubling from ``first`` up to ``longest``."""

    first: float = 5.0
    longest: float = 300.0

    def delay(self, attempt: int) -> float:
        return min(self.longest, self.first * 2 ** min(attempt - 1, 30))


RETRY = Backoff()

# What a missing or flaky network looks like while logging in; anything else is a real error.
UNREACHABLE = (OSError, aiohttp.ClientError, asyncio.TimeoutError, discord.GatewayNotFound,
               discord.DiscordServerError, discord.ConnectionClosed)


class _ReconnectOneLine(logging.Filter):
    """One log line per try to reach Discord: discord.py logs each reconnect after a dropped connection with
    a full traceback (the reason is enough), and announces every login (our own line says it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == "logging in using static token":
            return False
        if record.exc_info and record.exc_info[1] is not None and isinstance(record.exc_info[1], UNREACHABLE):
            exc = record.exc_info[1]
            record.msg, record.args = f"{record.getMessage()} ({_reason(exc)})", ()
            record.exc_info, record.exc_text = None, None
        return True


def _reason(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())


def run_bot(assistant: Assistant, config: BotConfig, token: str, *, sync_commands: bool | None = None,
            backoff: Backoff | None = None, stop: threading.Event | None = None) -> None:
    """Connect and serve until stopped (Ctrl-C, or ``stop`` set).

    Once connected, discord.py reconnects by itself after network trouble. Reaching Discord in the first
    place is retried here: a server that starts before its network is up keeps trying, with a growing
    pause and one log line per try, instead of ending in a traceback. A rejected token is not retried.
    """
    if not logging.getLogger().handlers:  # a host that configured logging itself keeps its own
        discord.utils.setup_logging(level=logging.INFO, root=True)
    reconnects = logging.getLogger("discord.client")
    if not any(isinstance(f, _ReconnectOneLine) for f in reconnects.filters):
        reconnects.addFilter(_ReconnectOneLine())
    backoff, stop = backoff or RETRY, stop or threading.Event()
    try:
        with _ctrl_c_stops(stop):
            _serve_until_stopped(assistant, config, token, sync_commands, backoff, stop)
    except KeyboardInterrupt:  # Ctrl-C between tries stops as cleanly as Ctrl-C while connected
        return


@contextmanager
def _ctrl_c_stops(stop: threading.Event):
    """Ctrl-C also sets ``stop``. asyncio's own Ctrl-C handler only cancels the running try; when that try
    then ends in a connection error rather than a cancellation, the Ctrl-C was lost and the bot tried again."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(signum, frame):
        stop.set()
        signal.default_int_handler(signum, frame)

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _serve_until_stopped(assistant: Assistant, config: BotConfig, token: str, sync_commands: bool | None,
                         backoff: Backoff, stop: threading.Event) -> None:
    attempt = 0
    while not stop.is_set():
        attempt += 1
        try:
            _serve(assistant, config, token, sync_commands)
            return  # closed: Ctrl-C or a deliberate shutdown
        except UNREACHABLE as exc:
            wait = backoff.delay(attempt)
            _log.warning("could not reach Discord (try %d: %s); trying again in %g s", attempt, _reason(exc), wait)
        stop.wait(wait)


def _serve(assistant: Assistant, config: BotConfig, token: str, sync_commands: bool | None) -> None:
    bot = RutinBot(assistant, config, sync_commands=sync_commands)  # a new client a try: a closed one cannot
    # log in again
    try:
        bot.run(token, log_handler=None)
    except discord.LoginFailure:
        raise RutinbotError("Discord godtog inte token – kontrollera DISCORD_TOKEN eller token_file") from None
    except discord.PrivilegedIntentsRequired:
        raise RutinbotError(
            "question_channels kräver att ”Message Content Intent” är påslaget för boten i Discords "
            "utvecklarportal (Bot → Privileged Gateway Intents)"
        ) from None
