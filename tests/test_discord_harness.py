"""Offline Discord for the bot tests: real discord.py objects built from gateway payloads.

Events go in as the gateway would deliver them (``state.parse_interaction_create``,
``state.parse_message_create``), so discord.py's own command tree, view store and DynamicItem dispatch
run. What the bot sends goes to ``FakeDiscord``, which stands in for both the REST client
(``state.http``) and the interaction webhook adapter (``async_context``) and records every call.
No network, no token.
"""
from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from typing import Any

import discord
from discord.webhook.async_ import async_context

from bot.config import Access, BotConfig, RateLimit
from bot.discord.client import RutinBot
from bot.service import Assistant

GUILD = 1000
QUESTION_CHANNEL = 2001
HELP_CHANNEL = 2002
OTHER_CHANNEL = 2003
DM_CHANNEL = 2999
BOT_USER = 3000
APP = 3000
ALICE = 4001  # a newcomer: no extra roles
BOB = 4002  # works with children and families
CAROL = 4003  # administrator by role
BARN_ROLE = 5001
MENTOR_ROLE = 5002
ADMIN_ROLE = 5003

EPHEMERAL = 64


def user_payload(user_id: int, name: str | None = None, bot: bool = False) -> dict:
    return {"id": str(user_id), "username": name or f"user{user_id}", "discriminator": "0", "global_name": None,
            "avatar": None, "bot": bot}


def member_payload(user_id: int, roles: list[int] = (), permissions: int = 0) -> dict:
    return {"user": user_payload(user_id), "roles": [str(r) for r in roles], "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False, "mute": False, "flags": 0, "permissions": str(permissions)}


def guild_payload() -> dict:
    """What GUILD_CREATE delivers: the server with its roles and channels, cached by discord.py."""
    def role(role_id, name):
        return {"id": str(role_id), "name": name, "color": 0, "hoist": False, "position": 1, "permissions": "0",
                "managed": False, "mentionable": True, "flags": 0}

    def channel(channel_id, name):
        return {"id": str(channel_id), "type": 0, "name": name, "position": 0, "guild_id": str(GUILD),
                "permission_overwrites": [], "nsfw": False, "parent_id": None}

    return {
        "id": str(GUILD), "name": "Socialtjänsten", "owner_id": "1", "member_count": 4, "unavailable": False,
        "roles": [role(GUILD, "@everyone"), role(BARN_ROLE, "Barn och familj"), role(MENTOR_ROLE, "Mentor"),
                  role(ADMIN_ROLE, "Rutinadmin")],
        "channels": [channel(QUESTION_CHANNEL, "fråga-rutinboten"), channel(HELP_CHANNEL, "kollegahjälp"),
                     channel(OTHER_CHANNEL, "allmänt")],
        "members": [], "emojis": [], "stickers": [], "features": [], "threads": [], "voice_states": [],
        "presences": [], "premium_tier": 0, "large": False,
    }


def config(**overrides) -> BotConfig:
    values = {
        "guild_id": GUILD, "question_channels": (QUESTION_CHANNEL,), "help_channel": HELP_CHANNEL,
        "mentor_role": MENTOR_ROLE, "admin_role": ADMIN_ROLE, "rate_limit": RateLimit(5, 60),
        "collections": Access(default=("gemensamt",), roles={BARN_ROLE: ("barn-och-familj",)}, channels={}),
    }
    values.update(overrides)
    return BotConfig(**values)


@dataclass
class Call:
    kind: str
    payload: dict
    target: Any = None  # channel id, interaction id …
    message: dict | None = None  # the message payload Discord would return (to click its buttons)

    @property
    def data(self) -> dict:
        """The message part: interaction responses wrap it in {"type", "data"}."""
        return (self.payload.get("data") or {}) if self.kind == "respond" else self.payload

    @property
    def ephemeral(self) -> bool:
        return bool(self.data.get("flags", 0) & EPHEMERAL)

    @property
    def content(self) -> str:
        return self.data.get("content") or ""

    @property
    def embeds(self) -> list[dict]:
        return self.data.get("embeds") or []

    @property
    def components(self) -> list[dict]:
        return self.data.get("components") or []


@dataclass
class FakeDiscord:
    """Discord's REST API and the interaction webhooks, reduced to a list of calls."""

    calls: list[Call] = field(default_factory=list)
    proxy: Any = None
    proxy_auth: Any = None
    token: Any = None  # the bot token: there is none in tests
    _HTTPClient__session: Any = None  # read (not used) by discord.Interaction
    _ids: Any = field(default_factory=lambda: itertools.count(900_000))
    messages: dict[int, dict] = field(default_factory=dict)

    def _message(self, payload: dict | None, channel_id: int, author: int = BOT_USER, flags: int = 0) -> dict:
        payload = payload or {}
        message = {
            "id": str(next(self._ids)), "channel_id": str(channel_id), "author": user_payload(author, "rutinbot", True),
            "content": payload.get("content") or "", "timestamp": "2026-11-26T10:00:00+00:00",
            "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
            "attachments": [], "embeds": payload.get("embeds") or [], "pinned": False, "type": 0,
            "components": payload.get("components") or [], "flags": payload.get("flags", flags),
        }
        self.messages[int(message["id"])] = message
        return message

    # -- the interaction webhook adapter ----------------------------------------------------------

    async def create_interaction_response(self, interaction_id, token, *, session, proxy=None, proxy_auth=None,
                                          params):
        payload = params.payload or {}
        self.calls.append(Call("respond", payload, interaction_id))
        data = payload.get("data") or {}
        return {"interaction": {"id": str(interaction_id), "type": 2,
                                "response_message_id": str(next(self._ids)),
                                "response_message_loading": payload.get("type") == 5,
                                "response_message_ephemeral": bool(data.get("flags", 0) & EPHEMERAL)}}

    async def edit_original_interaction_response(self, application_id, token, *, session, proxy=None,
                                                 proxy_auth=None, payload=None, multipart=None, files=None):
        message = self._message(payload, QUESTION_CHANNEL)
        self.calls.append(Call("edit_original", payload or {}, token, message))
        return message

    async def execute_webhook(self, webhook_id, token, *, session, proxy=None, proxy_auth=None, payload=None,
                              multipart=None, files=None, thread_id=None, wait=False, with_components=False):
        message = self._message(payload, QUESTION_CHANNEL)
        self.calls.append(Call("followup", payload or {}, token, message))
        return message

    # -- the REST client -----------------------------------------------------------------------

    async def send_message(self, channel_id, *, params):
        message = self._message(params.payload, int(channel_id))
        self.calls.append(Call("send", params.payload or {}, int(channel_id), message))
        return message

    async def close(self):
        pass

    async def send_typing(self, channel_id):
        self.calls.append(Call("typing", {}, int(channel_id)))

    async def get_member(self, guild_id, user_id):
        self.calls.append(Call("get_member", {}, int(user_id)))
        roles = {BOB: [BARN_ROLE], CAROL: [ADMIN_ROLE]}.get(int(user_id), [])
        return member_payload(int(user_id), roles)

    # -- reading what was sent -----------------------------------------------------------------

    def of(self, *kinds: str) -> list[Call]:
        return [c for c in self.calls if c.kind in kinds]

    def said(self) -> list[Call]:
        """Everything a person sees: responses with content, edits, follow-ups and channel messages."""
        return [c for c in self.of("respond", "edit_original", "followup", "send") if c.content or c.embeds]


class Harness:
    """A RutinBot on a fake Discord, fed gateway payloads; ``await harness.settle()`` runs what they started."""

    def __init__(self, assistant: Assistant, cfg: BotConfig | None = None):
        self.assistant = assistant
        self.config = cfg or config()
        self.fake = FakeDiscord()
        self.bot: RutinBot | None = None
        self._ids = itertools.count(700_000)

    async def start(self) -> Harness:
        bot = RutinBot(self.assistant, self.config, sync_commands=False)
        await bot._async_setup_hook()  # what login() does first: bind the running loop
        bot.http = self.fake  # type: ignore[assignment]
        state = bot._connection
        state.http = self.fake  # type: ignore[assignment]
        state.user = discord.ClientUser(state=state, data=user_payload(BOT_USER, "rutinbot", True))
        state.application_id = APP
        state._add_guild_from_data(guild_payload())
        async_context.set(self.fake)  # interaction responses and follow-ups go through this adapter
        await bot.setup_hook()
        self.bot = bot
        return self

    @property
    def state(self):
        return self.bot._connection

    async def settle(self, timeout: float = 20.0) -> None:
        """Wait for every task the bot started (commands, button callbacks, worker threads)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
            if not pending:
                return
            if loop.time() > deadline:
                raise TimeoutError(f"still running: {pending}")
            await asyncio.wait(pending, timeout=max(0.01, deadline - loop.time()))

    # -- gateway events -----------------------------------------------------------------------------

    def _interaction(self, kind: int, data: dict, user: int, roles: list[int], channel: int | None,
                     permissions: int, message: dict | None = None) -> dict:
        payload = {
            "id": str(next(self._ids)), "application_id": str(APP), "type": kind, "token": f"tok{next(self._ids)}",
            "version": 1, "data": data, "locale": "sv-SE", "attachment_size_limit": 10_000_000,
            "app_permissions": "0", "entitlements": [], "authorizing_integration_owners": {},
        }
        if channel is None:  # a DM
            payload["channel"] = {"id": str(DM_CHANNEL), "type": 1, "recipients": [user_payload(user)]}
            payload["user"] = user_payload(user)
            payload["context"] = 1
        else:
            payload["guild_id"] = str(GUILD)
            payload["channel"] = {"id": str(channel), "type": 0, "name": "kanal", "guild_id": str(GUILD),
                                  "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None}
            payload["member"] = member_payload(user, roles, permissions)
            payload["context"] = 0
        if message is not None:
            payload["message"] = message
        return payload

    def slash(self, name: str, options: dict[str, str] | None = None, *, user: int = ALICE, roles: list[int] = (),
              channel: int | None = OTHER_CHANNEL, permissions: int = 0) -> dict:
        data = {"id": "8001", "name": name, "type": 1,
                "options": [{"type": 3, "name": k, "value": v} for k, v in (options or {}).items()]}
        payload = self._interaction(2, data, user, list(roles), channel, permissions)
        self.state.parse_interaction_create(payload)
        return payload

    def click(self, message: dict, custom_id: str, *, user: int = ALICE, roles: list[int] = (),
              channel: int | None = OTHER_CHANNEL) -> dict:
        """Press a button on a message the bot sent (the message payload comes back with the click)."""
        payload = self._interaction(3, {"custom_id": custom_id, "component_type": 2}, user, list(roles), channel, 0,
                                    message=message)
        self.state.parse_interaction_create(payload)
        return payload

    def message(self, content: str, *, user: int = ALICE, roles: list[int] = (), channel: int | None = OTHER_CHANNEL,
                mentions: list[int] = ()) -> dict:
        payload = {
            "id": str(next(self._ids)), "channel_id": str(channel or DM_CHANNEL), "author": user_payload(user),
            "content": content, "timestamp": "2026-11-26T10:00:00+00:00", "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [user_payload(m, bot=m == BOT_USER) for m in mentions],
            "mention_roles": [], "attachments": [], "embeds": [], "pinned": False, "type": 0, "components": [],
            "flags": 0,
        }
        if channel is not None:
            payload["guild_id"] = str(GUILD)
            payload["member"] = {k: v for k, v in member_payload(user, list(roles)).items() if k != "user"}
        self.state.parse_message_create(payload)
        return payload


def custom_ids(call: Call) -> list[str]:
    return [c["custom_id"] for row in call.components for c in row.get("components", []) if "custom_id" in c]


def render(call: Call) -> str:
    """A message as a person would see it, in text: the "screenshot" used in tests and the report."""
    lines = []
    if call.content:
        lines.append(call.content)
    for embed in call.embeds:
        if embed.get("author"):
            lines.append(f"[{embed['author']['name']}]")
        if embed.get("title"):
            lines.append(f"# {embed['title']}")
        if embed.get("description"):
            lines.append(embed["description"])
        for f in embed.get("fields", []):
            lines += [f"## {f['name']}", f["value"]]
        if embed.get("footer"):
            lines.append(f"-- {embed['footer']['text']}")
    for row in call.components:
        lines.append(" ".join(
            f"[{(c.get('emoji') or {}).get('name', '')} {c.get('label', '')}]".replace("[ ", "[")
            for c in row.get("components", [])))
    return "\n".join(lines)


def test_harness_builds_interactions_from_payloads(tmp_path, fake_embedder):
    """The fake is faithful enough: discord.py parses our payloads into a Member with cached roles."""
    from index import Library

    async def run():
        harness = await Harness(Assistant(Library(tmp_path / "data", embedder=fake_embedder))).start()
        payload = harness._interaction(2, {"id": "1", "name": "status", "type": 1}, BOB, [BARN_ROLE],
                                       OTHER_CHANNEL, 0)
        interaction = discord.Interaction(data=payload, state=harness.state)
        assert isinstance(interaction.user, discord.Member)
        assert [r.id for r in interaction.user.roles if not r.is_default()] == [BARN_ROLE]
        assert interaction.channel.id == OTHER_CHANNEL and interaction.guild.id == GUILD
        await harness.bot.close()

    asyncio.run(run())
