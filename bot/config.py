"""Settings of the chat bot, read from a TOML file, and the rule of who may read which routines.

Kept free of discord.py so the rules can be tested (and reused by later front ends) without it. Errors
are RutinbotError with a Swedish message, so the CLI reports them as one line like every other error.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index import RutinbotError

from .checks import ConfigError, read_private_file, reject_unknown  # noqa: F401 - ConfigError is part of this API
from .teams.settings import TeamsSettings, parse_teams

DEFAULT_CONFIG = Path("rutinbot.toml")
TOKEN_ENV = "DISCORD_TOKEN"


class MissingToken(RutinbotError):
    """No Discord token was given; the message says where to put one."""


@dataclass(frozen=True)
class RateLimit:
    questions: int = 5
    per_seconds: float = 60.0


def _id(value: int | str) -> int | str:
    """Discord ids are numbers however they arrive; other platforms' ids (Entra ID object ids) are text."""
    return int(value) if isinstance(value, str) and value.strip().isdigit() else value


@dataclass(frozen=True)
class Scope:
    """Which collections an answer may be drawn from, and who may read it.

    An answer posted where others read it is drawn only from collections everyone there may read; a
    person who may read more is answered privately (``private``: ephemeral, or 1:1) where the platform can,
    and otherwise from the shared collections only (``narrowed``), so they are told where to ask instead.
    """

    collections: list[str]
    private: bool = False
    narrowed: bool = False


@dataclass(frozen=True)
class Access:
    """Which collections (top-level document folders) a person may be answered from."""

    default: tuple[str, ...] = ("gemensamt",)
    roles: Mapping[int | str, tuple[str, ...]] = field(default_factory=dict)
    channels: Mapping[int | str, tuple[str, ...]] = field(default_factory=dict)

    def allowed(self, *, roles: Iterable[int | str] = (), channels: Iterable[int | str] = ()) -> list[str]:
        """default ∪ the collections of the person's roles ∪ those of the channel asked in.

        Never None (which the library reads as "everything"): a person with no grants gets the default.
        """
        found = list(self.default)
        for role in roles:
            found += self.roles.get(_id(role), ())
        for channel in channels:
            found += self.channels.get(_id(channel), ())
        return list(dict.fromkeys(found))

    def reply_scope(self, *, roles: Iterable[int | str] = (), channels: Iterable[int | str] = (), shared_place: bool,
                    can_whisper: bool) -> Scope:
        """Where a reply goes and what it may quote (see Scope).

        ``shared_place``: the reply is posted where others read it (a server channel or thread), not in a
        DM. ``can_whisper``: the platform can show this reply to the asker alone there (a slash command's
        ephemeral reply; an ordinary message reply cannot). Everyone in a channel may read the default
        collections and those the settings give the channel; a role's collections are its members' own.
        The choice depends only on who asks where, never on what the routines hold, so it tells the
        channel nothing about them.
        """
        channels = list(channels)
        personal = self.allowed(roles=roles, channels=channels)
        if not shared_place:
            return Scope(personal)  # a DM: only the asker reads it
        everyone = self.allowed(channels=channels)
        if set(personal) <= set(everyone):
            return Scope(everyone)
        if can_whisper:
            return Scope(personal, private=True)
        return Scope(everyone, narrowed=True)


@dataclass(frozen=True)
class BotConfig:
    token_file: Path | None = None
    guild_id: int | None = None  # the organisation's server: where roles are looked up for DMs
    question_channels: tuple[int, ...] = ()
    help_channel: int | None = None
    mentor_role: int | None = None
    admin_role: int | None = None
    documents: tuple[Path, ...] = (Path("documents"),)
    rate_limit: RateLimit = RateLimit()
    collections: Access = Access()
    reindex_interval: float = 0.0  # seconds between checks of the document folders for changes; 0 = off
    retention_days: float = 90  # questions and feedback in the question log
    audit_retention_days: float = 365  # the audit trail
    teams: TeamsSettings | None = None  # the [teams] table, when the file has one
    source: Path | None = None  # the file read, for messages


TOP_KEYS = ("token_file", "guild_id", "question_channels", "help_channel", "mentor_role", "admin_role",
            "documents", "rate_limit", "collections", "reindex_interval", "retention_days", "audit_retention_days",
            "teams")
RATE_KEYS = ("questions", "per_seconds")
ACCESS_KEYS = ("default", "roles", "channels")


def _snowflake(value: Any, key: str) -> int:
    """A Discord id: written as a TOML integer, or as a string of digits (table keys are strings)."""
    if isinstance(value, bool):
        raise ConfigError(f"{key} ska vara ett Discord-id (ett heltal), inte {value!r}")
    if isinstance(value, int) and value > 0:
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise ConfigError(f"{key} ska vara ett Discord-id (ett heltal), inte {value!r}")


def _names(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{key} ska vara en lista med samlingsnamn, t.ex. [\"gemensamt\"]")
    return tuple(v.strip().strip("/") for v in value)


def _positive(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConfigError(f"{key} ska vara ett positivt tal, inte {value!r}")
    return value


def _grants(table: Any, key: str) -> dict[int | str, tuple[str, ...]]:
    if not isinstance(table, dict):
        raise ConfigError(f"{key} ska vara en tabell {{ \"<id>\" = [\"samling\", ...] }}")
    return {_snowflake(k, f"{key}-nyckeln {k!r}"): _names(v, f"{key}.{k}") for k, v in table.items()}


def parse_config(data: dict[str, Any], base: Path = Path("."), where: str = "konfigurationen") -> BotConfig:
    """Check every key and value; relative paths are taken from ``base`` (the config file's folder)."""
    reject_unknown(data, TOP_KEYS, "", where)
    values: dict[str, Any] = {}
    if "token_file" in data:
        if not isinstance(data["token_file"], str):
            raise ConfigError("token_file ska vara en sökväg (en sträng)")
        values["token_file"] = base / Path(data["token_file"]).expanduser()
    for key in ("guild_id", "help_channel", "mentor_role", "admin_role"):
        if key in data:
            values[key] = _snowflake(data[key], key)
    if "question_channels" in data:
        if not isinstance(data["question_channels"], list):
            raise ConfigError("question_channels ska vara en lista med kanal-id")
        values["question_channels"] = tuple(_snowflake(v, "question_channels") for v in data["question_channels"])
    if "documents" in data:
        documents = data["documents"]
        if isinstance(documents, str):
            documents = [documents]
        if not isinstance(documents, list) or not documents or not all(isinstance(d, str) for d in documents):
            raise ConfigError("documents ska vara en lista med mappar, t.ex. [\"documents\"]")
        values["documents"] = tuple(base / Path(d).expanduser() for d in documents)
    else:
        values["documents"] = (base / "documents",)
    if "rate_limit" in data:
        rate = data["rate_limit"]
        if not isinstance(rate, dict):
            raise ConfigError("rate_limit ska vara en tabell: rate_limit = { questions = 5, per_seconds = 60 }")
        reject_unknown(rate, RATE_KEYS, "rate_limit.", where)
        questions = _positive(rate.get("questions", RateLimit.questions), "rate_limit.questions")
        if questions != int(questions):
            raise ConfigError("rate_limit.questions ska vara ett heltal")
        values["rate_limit"] = RateLimit(int(questions), float(_positive(
            rate.get("per_seconds", RateLimit.per_seconds), "rate_limit.per_seconds")))
    if "collections" in data:
        access = data["collections"]
        if not isinstance(access, dict):
            raise ConfigError("collections ska vara en tabell med default, roles och channels")
        reject_unknown(access, ACCESS_KEYS, "collections.", where)
        values["collections"] = Access(
            default=_names(access["default"], "collections.default") if "default" in access else Access.default,
            roles=_grants(access.get("roles", {}), "collections.roles"),
            channels=_grants(access.get("channels", {}), "collections.channels"),
        )
    if "reindex_interval" in data:
        interval = data["reindex_interval"]
        if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval < 0:
            raise ConfigError(f"reindex_interval ska vara ett antal sekunder (0 = av), inte {interval!r}")
        values["reindex_interval"] = float(interval)
    for key in ("retention_days", "audit_retention_days"):
        if key in data:
            values[key] = _positive(data[key], key)
    if "teams" in data:
        values["teams"] = parse_teams(data["teams"], base, where)
    return BotConfig(**values)


def load_config(path: str | Path | None = None) -> BotConfig:
    """Read ``path``, else ./rutinbot.toml when it exists, else use the defaults."""
    if path is None:
        if not DEFAULT_CONFIG.exists():
            return parse_config({})
        path = DEFAULT_CONFIG
    path = Path(path)
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"konfigurationsfilen {path} finns inte") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} är inte giltig TOML: {exc}") from None
    config = parse_config(data, base=path.resolve().parent, where=str(path))
    return BotConfig(**{**config.__dict__, "source": path})


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def describe(config: BotConfig, environ: Mapping[str, str] = os.environ) -> dict[str, Any]:
    """The settings in force, as JSON-able data for the audit trail. Never the token: only where it is read."""
    settings = _plain(config)
    settings.pop("token_file", None)
    settings["token_from"] = (TOKEN_ENV if environ.get(TOKEN_ENV, "").strip()
                              else "token_file" if config.token_file is not None else None)
    return settings


def read_token(config: BotConfig, environ: Mapping[str, str] = os.environ) -> str:
    """$DISCORD_TOKEN, else the token file — which must be readable by its owner only."""
    token = environ.get(TOKEN_ENV, "").strip()
    if token:
        return token
    if config.token_file is not None:
        return read_private_file(config.token_file, "token_file", MissingToken)
    raise MissingToken(
        f"ingen Discord-token: sätt miljövariabeln {TOKEN_ENV} eller token_file i konfigurationen "
        f"(se README, avsnittet ”Discord”). / No Discord token: set {TOKEN_ENV} or token_file "
        f"(see the README section \"Discord\")."
    )
