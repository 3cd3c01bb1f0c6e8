"""Checking a settings file: unknown keys named with the nearest known one, and secrets in owner-only files.

Shared by every part of the settings (the common keys, Discord's, the ``[teams]`` table) so a typo or a
world-readable secret is reported the same way wherever it is.
"""
from __future__ import annotations

import difflib
import stat
from collections.abc import Iterable
from pathlib import Path

from index import RutinbotError


class ConfigError(RutinbotError):
    """The configuration file is missing, malformed, or names a setting that does not exist."""


def reject_unknown(keys: Iterable[str], known: tuple[str, ...], prefix: str, where: str) -> None:
    for key in keys:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f" – menade du ”{prefix}{close[0]}”?" if close else ""
            raise ConfigError(
                f"okänd inställning ”{prefix}{key}” i {where}{hint} (kända: {', '.join(prefix + k for k in known)})"
            )


def read_private_file(path: Path, key: str, error: type[RutinbotError] = ConfigError) -> str:
    """A secret from a file that only its owner may read (chmod 600); empty, missing or shared is an error."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise error(f"{key} {path} finns inte / {key} {path} does not exist") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise error(
            f"filen {path} ({key}) kan läsas av andra (rättigheter {stat.S_IMODE(mode):o}); kör chmod 600 {path} "
            f"/ the file is readable by group or others; run chmod 600 {path}"
        )
    secret = path.read_text(encoding="utf-8").strip()
    if not secret:
        raise error(f"filen {path} ({key}) är tom / the file {path} is empty")
    return secret
