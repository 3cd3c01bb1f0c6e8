"""Who is asking and where, in the terms of the shared chat rules — from Teams and Entra ID identities.

The settings name Entra ID user and group object ids, team ids and channel ids. Where a person asks
(the channel) is in the activity; what they are (their groups, the teams they belong to) is looked up:
team membership at the Bot Connector, group membership in Microsoft Graph (checkMemberGroups, which
needs the application permission GroupMember.Read.All). Lookups are cached for a few minutes and fail
closed: a person whose membership cannot be confirmed gets only what the activity itself proves.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from microsoft_teams.api import ActivityBase, ApiClient

from ..chat import Chat, Person
from ..config import Scope
from .settings import Grants, Identities, TeamsSettings

_log = logging.getLogger(__name__)

GRAPH_URL = "https://graph.microsoft.com/v1.0"
CACHE_SECONDS = 300.0


@dataclass(frozen=True)
class Sender:
    teams_id: str  # "29:…": what the Bot Connector and mentions use
    aad_id: str | None  # the Entra ID object id: what the settings name
    name: str

    @property
    def key(self) -> str:
        """Stable across chats, for the question log (pseudonymised there) and one vote per answer."""
        return f"teams:{self.aad_id or self.teams_id}"


@dataclass(frozen=True)
class Place:
    conversation: str
    kind: str  # "personal", "channel" or "groupChat"
    channel: str | None
    team: str | None
    tenant: str | None
    service_url: str

    @property
    def personal(self) -> bool:
        return self.kind == "personal"

    @property
    def where(self) -> str:
        """For the question log: the channel id, or the kind of chat (never a conversation id naming a person)."""
        return self.channel or ("dm" if self.personal else self.kind)


def _get(data: Any, key: str) -> Any:
    if data is None:
        return None
    if isinstance(data, dict):
        return data.get(key)
    return getattr(data, key, None)


def sender_of(activity: ActivityBase) -> Sender:
    sender = activity.from_
    return Sender(sender.id, getattr(sender, "aad_object_id", None) or None, sender.name or "")


def place_of(activity: ActivityBase) -> Place:
    conversation = activity.conversation
    data = activity.channel_data
    channel = _get(_get(data, "channel"), "id")
    team = _get(_get(data, "team"), "id")
    tenant = _get(_get(data, "tenant"), "id") or getattr(conversation, "tenant_id", None)
    kind = getattr(conversation, "conversation_type", None) or ("channel" if channel else "personal")
    return Place(conversation.id, kind, channel, team, tenant, activity.service_url or "")


@dataclass(frozen=True)
class Identity:
    """What is known about a person: their own id, which of the named groups and teams they are in, and where
    they act (the channel, and the team it belongs to)."""

    user: str | None
    groups: frozenset[str]
    teams: frozenset[str]
    channel: str | None = None
    team: str | None = None

    def collections(self, default: tuple[str, ...], grants: Grants, *, shared: bool) -> list[str]:
        """default ∪ the channel's grants, and then:

        - ``shared`` (a reply everyone in a channel or group chat reads): the grants of the team the channel
          belongs to, which every reader there is a member of; never the asker's own (user, group) grants;
        - otherwise (a 1:1 chat): the grants of the person's user id, groups and teams.

        Never None (which the library reads as "everything"): with no grants a person gets the default.
        """
        found = list(default) + list(grants.channels.get(self.channel or "", ()))
        if shared:
            found += grants.teams.get(self.team or "", ())
        else:
            found += grants.users.get(self.user or "", ())
            for group in sorted(self.groups):
                found += grants.groups.get(group, ())
            for team in sorted(self.teams):
                found += grants.teams.get(team, ())
        return list(dict.fromkeys(found))

    def is_one_of(self, people: Identities) -> bool:
        return ((self.user is not None and self.user in people.users) or bool(self.groups & set(people.groups))
                or bool(self.teams & set(people.teams)))


class Directory:
    """Looks up group and team membership for the ids the settings name, and nothing else."""

    def __init__(self, settings: TeamsSettings, graph_token: Callable[[str | None], Awaitable[str | None]],
                 graph_url: str = GRAPH_URL, clock: Callable[[], float] = time.monotonic):
        self.settings = settings
        self.graph_token = graph_token
        self.graph_url = graph_url.rstrip("/")
        self.clock = clock
        self._cache: dict[tuple[str, str], tuple[float, frozenset[str]]] = {}
        grants, admins = settings.collections, settings.admins
        self.named_groups = sorted(set(grants.groups) | set(admins.groups))
        self.named_teams = sorted(set(grants.teams) | set(admins.teams))

    async def identify(self, person: Sender, place: Place, api: ApiClient) -> Identity:
        groups = await self._cached(("groups", person.key), lambda: self._groups(person, place))
        teams = await self._cached(("teams", person.key), lambda: self._teams(person, place, api))
        return Identity(person.aad_id, groups, teams, place.channel, place.team)

    async def _cached(self, key: tuple[str, str], look_up) -> frozenset[str]:
        """A look-up's answer, kept for CACHE_SECONDS; one that failed grants nothing now and is asked again
        next time (a short outage must not lock people out for minutes)."""
        now = self.clock()
        hit = self._cache.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        value, complete = await look_up()
        if not complete:
            return value
        self._cache[key] = (now + CACHE_SECONDS, value)
        if len(self._cache) > 5000:
            self._cache = {k: v for k, v in self._cache.items() if v[0] > now}
        return value

    async def _teams(self, person: Sender, place: Place, api: ApiClient) -> tuple[frozenset[str], bool]:
        found, complete = set(), True
        for team in self.named_teams:
            if team == place.team:
                found.add(team)  # Teams delivered the message from inside this team
                continue
            try:
                await api.conversations.get_member_by_id(team, person.teams_id)
            except Exception as exc:  # 404 for a non-member; anything else is logged and not trusted
                if getattr(getattr(exc, "response", None), "status_code", None) != 404:
                    _log.warning("team membership look-up failed: %s", type(exc).__name__)
                    complete = False
                continue
            found.add(team)
        return frozenset(found), complete

    async def _groups(self, person: Sender, place: Place) -> tuple[frozenset[str], bool]:
        if not self.named_groups or not person.aad_id:
            return frozenset(), True
        try:
            token = await self.graph_token(place.tenant)
            async with httpx.AsyncClient(timeout=10) as client:
                response = await client.post(
                    f"{self.graph_url}/users/{person.aad_id}/checkMemberGroups",
                    json={"groupIds": self.named_groups},
                    headers={"Authorization": f"Bearer {token}"} if token else {},
                )
            response.raise_for_status()
            return frozenset(g for g in response.json().get("value", []) if g in self.named_groups), True
        except Exception as exc:
            _log.warning("group membership look-up failed: %s", type(exc).__name__)
            return frozenset(), False


@dataclass(frozen=True)
class Member(Person):
    """A Teams user as the shared rules see them: who they are, where they act, and their memberships."""

    sender: Sender | None = None
    place: Place | None = None
    identity: Identity | None = None

    @property
    def where(self) -> str:
        return self.place.where if self.place else "dm"


class TeamsChat(Chat):
    """The shared rules, with who may read and administer taken from the ``[teams]`` settings."""

    def __init__(self, assistant, config, settings: TeamsSettings):
        super().__init__(assistant, config)
        self.settings = settings

    @property
    def help_channel(self) -> str | None:
        return self.settings.help_channel

    def _collections(self, person: Person, *, shared: bool) -> list[str]:
        identity = person.identity if isinstance(person, Member) else None
        if identity is None:
            return list(self.config.collections.default)
        return identity.collections(self.config.collections.default, self.settings.collections, shared=shared)

    def collections_for(self, person: Person) -> list[str]:
        """What the person may read where only they see it (a 1:1 chat, "Visa fler källor")."""
        return self._collections(person, shared=False)

    def scope(self, person: Person, *, can_whisper: bool = False) -> Scope:
        """A reply in a channel or group chat quotes only what everyone there may read (Teams cannot show a
        reply to the asker alone there); when the asker may read more, the reply says where to ask instead."""
        place = person.place if isinstance(person, Member) else None
        personal = self.collections_for(person)
        if place is None or place.personal:
            return Scope(personal)
        everyone = self._collections(person, shared=True)
        return Scope(everyone) if set(personal) <= set(everyone) else Scope(everyone, narrowed=True)

    def is_admin(self, person: Person) -> bool:
        identity = person.identity if isinstance(person, Member) else None
        return identity is not None and identity.is_one_of(self.settings.admins)


def member(sender: Sender, place: Place, identity: Identity | None = None) -> Member:
    return Member(sender.key, (), (place.channel,) if place.channel else (), sender=sender, place=place,
                  identity=identity)
