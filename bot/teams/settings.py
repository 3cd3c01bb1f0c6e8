"""The ``[teams]`` settings and the bot's credentials: what Teams needs beyond the shared settings.

Plain Python (no Teams SDK) so ``rutinbot teams`` checks its credentials in milliseconds, before the SDK
loads, and the rules are tested alone. Teams and Entra ID identifiers are strings (``19:…@thread.tacv2``
for teams and channels, object id GUIDs for users and groups), kept exactly as written.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index import RutinbotError

from ..checks import ConfigError, read_private_file, reject_unknown

README_SECTION = "Microsoft Teams"
APP_ID_ENV = "TEAMS_APP_ID"
TENANT_ENV = "TEAMS_TENANT_ID"
SECRET_ENV = "TEAMS_APP_SECRET"

TEAMS_KEYS = ("app_id", "tenant_id", "secret_file", "certificate_file", "host", "port", "endpoint",
              "question_channels", "help_channel", "mentors", "admins", "collections", "app")
IDENTITY_KEYS = ("users", "groups", "teams")
GRANT_KEYS = ("users", "groups", "teams", "channels")
APP_KEYS = ("name", "developer", "website_url", "privacy_url", "terms_url", "version", "id")


class MissingCredentials(RutinbotError):
    """The bot cannot prove to Teams who it is; the message names what is missing and where to set it."""


@dataclass(frozen=True)
class Identities:
    """People named in the settings: Entra ID user and group object ids, and team ids (their members)."""

    users: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    teams: tuple[str, ...] = ()


@dataclass(frozen=True)
class Grants:
    """Further collections, by who the person is (user, group, team membership) and where they ask."""

    users: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    groups: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    teams: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    channels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class AppPackage:
    """What the Teams app package (manifest.json) says about the app."""

    name: str = "Rutinbot"
    developer: str = "Rutinbot"
    website_url: str | None = None
    privacy_url: str | None = None
    terms_url: str | None = None
    version: str = "1.0.0"
    id: str | None = None  # the Teams app id; the bot's app id when not set


@dataclass(frozen=True)
class TeamsSettings:
    app_id: str | None = None
    tenant_id: str | None = None
    secret_file: Path | None = None
    certificate_file: Path | None = None
    host: str = "127.0.0.1"  # behind a reverse proxy that terminates HTTPS
    port: int = 3978
    endpoint: str = "/api/messages"
    question_channels: tuple[str, ...] = ()
    help_channel: str | None = None
    mentors: Mapping[str, str] = field(default_factory=dict)  # Entra ID object id -> name shown in the mention
    admins: Identities = Identities()
    collections: Grants = Grants()
    app: AppPackage = AppPackage()


def _text(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"teams.{key} ska vara en text (ett id), inte {value!r}")
    return value.strip()


def _texts(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"teams.{key} ska vara en lista med id, t.ex. [\"19:abc…@thread.tacv2\"]")
    return tuple(_text(v, key) for v in value)


def _collections(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"teams.{key} ska vara en lista med samlingsnamn, t.ex. [\"gemensamt\"]")
    return tuple(v.strip().strip("/") for v in value)


def _table(value: Any, key: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"teams.{key} ska vara en tabell")
    return value


def _grant_table(value: Any, key: str) -> dict[str, tuple[str, ...]]:
    return {_text(k, f"{key}-nyckeln"): _collections(v, f"{key}.{k}") for k, v in _table(value, key).items()}


def _url(value: Any, key: str) -> str:
    text = _text(value, key)
    if not text.startswith("https://"):
        raise ConfigError(f"teams.{key} ska vara en https-adress, inte {text!r}")
    return text


def parse_teams(data: Any, base: Path, where: str) -> TeamsSettings:
    """Check every key of the ``[teams]`` table; paths are taken from ``base`` (the settings file's folder)."""
    data = _table(data, "")
    reject_unknown(data, TEAMS_KEYS, "teams.", where)
    values: dict[str, Any] = {}
    for key in ("app_id", "tenant_id", "help_channel"):
        if key in data:
            values[key] = _text(data[key], key)
    for key in ("secret_file", "certificate_file"):
        if key in data:
            if not isinstance(data[key], str):
                raise ConfigError(f"teams.{key} ska vara en sökväg (en sträng)")
            values[key] = base / Path(data[key]).expanduser()
    if "host" in data:
        values["host"] = _text(data["host"], "host")
    if "port" in data:
        port = data["port"]
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise ConfigError(f"teams.port ska vara ett portnummer (1–65535), inte {port!r}")
        values["port"] = port
    if "endpoint" in data:
        endpoint = _text(data["endpoint"], "endpoint")
        if not endpoint.startswith("/"):
            raise ConfigError(f"teams.endpoint ska vara en sökväg som börjar med /, inte {endpoint!r}")
        values["endpoint"] = endpoint
    if "question_channels" in data:
        values["question_channels"] = _texts(data["question_channels"], "question_channels")
    if "mentors" in data:
        values["mentors"] = {_text(k, "mentors-nyckeln"): _text(v, f"mentors.{k}")
                             for k, v in _table(data["mentors"], "mentors").items()}
    if "admins" in data:
        admins = _table(data["admins"], "admins")
        reject_unknown(admins, IDENTITY_KEYS, "teams.admins.", where)
        values["admins"] = Identities(**{k: _texts(admins[k], f"admins.{k}") for k in IDENTITY_KEYS if k in admins})
    if "collections" in data:
        grants = _table(data["collections"], "collections")
        reject_unknown(grants, GRANT_KEYS, "teams.collections.", where)
        values["collections"] = Grants(**{k: _grant_table(grants[k], f"collections.{k}")
                                          for k in GRANT_KEYS if k in grants})
    if "app" in data:
        app = _table(data["app"], "app")
        reject_unknown(app, APP_KEYS, "teams.app.", where)
        package: dict[str, str] = {}
        for key in APP_KEYS:
            if key in app:
                package[key] = _url(app[key], f"app.{key}") if key.endswith("_url") else _text(app[key], f"app.{key}")
        values["app"] = AppPackage(**package)
    return TeamsSettings(**values)


# -- credentials -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Credentials:
    app_id: str
    tenant_id: str
    secret: str | None = None
    certificate_pem: str | None = None  # private key and certificate, PEM

    def __repr__(self) -> str:  # never print the secret, not even in a traceback's locals
        how = "secret" if self.secret else "certificate"
        return f"Credentials(app_id={self.app_id!r}, tenant_id={self.tenant_id!r}, {how}=***)"


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


def read_credentials(settings: TeamsSettings, environ: Mapping[str, str] = os.environ) -> Credentials:
    """App id, tenant and a secret or certificate: from the environment, else the settings and 0600 files.

    Everything missing is named at once, so one attempt tells the administrator all that is left to do.
    """
    app_id = _env(environ, APP_ID_ENV) or settings.app_id
    tenant_id = _env(environ, TENANT_ENV) or settings.tenant_id
    secret = _env(environ, SECRET_ENV)
    certificate = None
    if secret is None and settings.secret_file is not None:
        secret = read_private_file(settings.secret_file, "teams.secret_file")
    elif secret is None and settings.certificate_file is not None:
        certificate = read_private_file(settings.certificate_file, "teams.certificate_file")
    missing = []  # (Swedish, English)
    if not app_id:
        missing.append((f"app-id ({APP_ID_ENV} eller teams.app_id)", f"app id ({APP_ID_ENV} or teams.app_id)"))
    if not tenant_id:
        missing.append((f"tenant-id ({TENANT_ENV} eller teams.tenant_id)",
                        f"tenant id ({TENANT_ENV} or teams.tenant_id)"))
    if not secret and not certificate:
        where = f"{SECRET_ENV}, teams.secret_file eller teams.certificate_file"
        missing.append((f"klienthemlighet eller certifikat ({where})",
                        f"client secret or certificate ({where.replace(' eller ', ' or ')})"))
    if missing:
        raise MissingCredentials(
            f"Teams-boten saknar {', '.join(sv for sv, _ in missing)} – se README, avsnittet ”{README_SECTION}”. "
            f"/ Missing Teams credentials: {', '.join(en for _, en in missing)} (see the README section "
            f"\"{README_SECTION}\"); --local-dev runs without them on localhost.")
    return Credentials(app_id, tenant_id, secret, certificate)  # type: ignore[arg-type]


def describe_teams(settings: TeamsSettings, environ: Mapping[str, str] = os.environ) -> dict[str, Any]:
    """For the audit trail: where each credential comes from, never its value."""
    return {
        "app_id_from": APP_ID_ENV if _env(environ, APP_ID_ENV) else "teams.app_id" if settings.app_id else None,
        "secret_from": (SECRET_ENV if _env(environ, SECRET_ENV) else "teams.secret_file" if settings.secret_file
                        else "teams.certificate_file" if settings.certificate_file else None),
        "endpoint": f"{settings.host}:{settings.port}{settings.endpoint}",
        "question_channels": list(settings.question_channels),
        "help_channel": settings.help_channel,
        "mentors": sorted(settings.mentors),
        "admins": {k: list(getattr(settings.admins, k)) for k in IDENTITY_KEYS},
        "collections": {k: {i: list(c) for i, c in getattr(settings.collections, k).items()} for k in GRANT_KEYS},
    }


def loopback(host: str) -> bool:
    return host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")
