"""The bot: holds the Assistant and the settings, loads one cog per feature, and handles command errors."""
from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from index import RutinbotError

from ..config import BotConfig
from ..service import Assistant
from . import layout
from .replies import apologize, tell

_log = logging.getLogger(__name__)


class NotAdmin(app_commands.CheckFailure):
    """Raised by the admin check; answered with a polite refusal, not logged as an error."""


class RutinTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """The one place command errors end: a refusal for non-admins, else log and apologise briefly."""
        if isinstance(error, NotAdmin):
            await tell(interaction, layout.ADMIN_ONLY)
            return
        name = interaction.command.qualified_name if interaction.command else "?"
        # No question text and no Discord id in the log: the command, the user's pseudonym, the traceback.
        who = interaction.client.assistant.pseudonym(interaction.user.id if interaction.user else None)
        _log.exception("/%s failed for user %s", name, who, exc_info=error)
        await apologize(interaction)


def channel_ids(channel) -> list[int]:
    """The channel asked in and, for a thread, its parent: a mapping for a channel covers its threads."""
    if channel is None or isinstance(channel, (discord.DMChannel, discord.GroupChannel)):
        return []
    ids = [channel.id]
    parent = getattr(channel, "parent_id", None)
    return ids + [parent] if parent else ids


class RutinBot(commands.Bot):
    def __init__(self, assistant: Assistant, config: BotConfig, *, sync_commands: bool = True):
        intents = discord.Intents.default()
        # Reading ordinary messages needs the privileged Message Content intent; mentions and DMs do not.
        intents.message_content = bool(config.question_channels)
        super().__init__(
            command_prefix=commands.when_mentioned, intents=intents, tree_cls=RutinTree, help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),  # routine text must never ping anyone
        )
        self.assistant = assistant
        self.config = config
        self.sync_commands = sync_commands
        self.sent_to_colleagues: set[tuple[int, int]] = set()  # (question id, user id)
        self._stop_watching: threading.Event | None = None  # set to stop the reindex_interval watcher

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: questions in messages are handled by the Asking cog's listener."""

    async def setup_hook(self) -> None:
        await self.load_features()
        if self.sync_commands:
            await self.sync_app_commands()
        self.start_watching()

    def start_watching(self) -> None:
        """With reindex_interval set, reindex in a background thread whenever the document folders change."""
        if not self.config.reindex_interval or self._stop_watching is not None:
            return
        from index import start_watcher

        def on_report(report) -> None:
            if report.switched or report.failed:
                _log.info("automatic reindex: %s", {k: v for k, v in report.as_dict().items() if k != "failed"})
            for path, reason in report.failed:
                _log.warning("skipped %s: %s", path, reason)

        def on_error(exc: Exception) -> None:
            _log.error("automatic reindex failed: %s", exc, exc_info=not isinstance(exc, RutinbotError))

        _, self._stop_watching = start_watcher(
            self.assistant.library, list(self.config.documents), interval=self.config.reindex_interval,
            on_report=on_report, on_error=on_error)

    async def close(self) -> None:
        if self._stop_watching is not None:
            self._stop_watching.set()  # a build under way finishes in its daemon thread or dies with the process
        await super().close()

    async def load_features(self) -> None:
        from .reindex import Reindex
        from .asking import Asking
        from .buttons import DYNAMIC_ITEMS
        from .housekeeping import Housekeeping
        from .status import Status

        for cog in (Asking(self), Reindex(self), Status(self), Housekeeping(self)):
            await self.add_cog(cog)
        self.add_dynamic_items(*DYNAMIC_ITEMS)

    async def sync_app_commands(self) -> None:
        """With guild_id the commands appear in that server at once; without, globally."""
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

    # -- who may read what ------------------------------------------------------------------

    async def role_ids(self, user: discord.abc.User) -> list[int]:
        """The person's roles: from the server asked in, or in a DM from the configured server (guild_id)."""
        if isinstance(user, discord.Member):
            return [r.id for r in user.roles]
        if not self.config.guild_id:
            return []
        guild = self.get_guild(self.config.guild_id)
        if guild is None:
            return []
        member = guild.get_member(user.id)
        if member is None:
            try:
                member = await guild.fetch_member(user.id)
            except discord.HTTPException:
                return []
        return [r.id for r in member.roles]

    async def collections_for(self, user: discord.abc.User, channel) -> list[str]:
        return self.config.collections.allowed(roles=await self.role_ids(user), channels=channel_ids(channel))

    def is_admin(self, user: discord.abc.User, permissions: discord.Permissions) -> bool:
        if permissions.manage_guild:
            return True
        return (self.config.admin_role is not None and isinstance(user, discord.Member)
                and any(r.id == self.config.admin_role for r in user.roles))


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


def run_bot(assistant: Assistant, config: BotConfig, token: str, *, backoff: Backoff | None = None,
            stop: threading.Event | None = None) -> None:
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
    attempt = 0
    try:
        while not stop.is_set():
            attempt += 1
            try:
                _serve(assistant, config, token)
                return  # closed: Ctrl-C or a deliberate shutdown
            except UNREACHABLE as exc:
                wait = backoff.delay(attempt)
                _log.warning("could not reach Discord (try %d: %s); trying again in %g s", attempt, _reason(exc),
                             wait)
            stop.wait(wait)
    except KeyboardInterrupt:  # Ctrl-C between tries stops as cleanly as Ctrl-C while connected
        return


def _serve(assistant: Assistant, config: BotConfig, token: str) -> None:
    bot = RutinBot(assistant, config)  # a fresh client each try: a closed one cannot log in again
    try:
        bot.run(token, log_handler=None)
    except discord.LoginFailure:
        raise RutinbotError("Discord godtog inte token – kontrollera DISCORD_TOKEN eller token_file") from None
    except discord.PrivilegedIntentsRequired:
        raise RutinbotError(
            "question_channels kräver att ”Message Content Intent” är påslaget för boten i Discords "
            "utvecklarportal (Bot → Privileged Gateway Intents)"
        ) from None
