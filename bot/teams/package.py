"""The Teams app package: manifest.json and the two icons, zipped, ready to upload in Teams or the admin center.

The icons are drawn here (a page with lines of text, on the accent colour) so the package needs no
external assets: color.png is 192×192 in full colour, outline.png 32×32 white on transparent, as
Teams requires. The manifest lists the bot's commands and, when question channels are configured,
asks for the resource-specific permission to read channel messages without an @mention.
"""
from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from pathlib import Path

from index import RutinbotError

from . import texts
from .settings import TeamsSettings

MANIFEST_VERSION = "1.19"
SCHEMA = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
ACCENT = (0x2E, 0x7D, 0x32)  # the green of an answered question
WHITE = (255, 255, 255)


class PackageError(RutinbotError):
    """The settings lack something the manifest must have."""


def png(width: int, height: int, pixel) -> bytes:
    """A PNG (8-bit RGBA) from ``pixel(x, y) -> (r, g, b, a)``."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _page(x: float, y: float) -> str:
    """What is at (x, y) in a unit square: "page", "line" (text on the page) or "" (outside)."""
    if not (0.25 <= x <= 0.75 and 0.15 <= y <= 0.85):
        return ""
    for top in (0.32, 0.45, 0.58, 0.71):
        if top <= y <= top + 0.06 and 0.33 <= x <= (0.67 if top < 0.7 else 0.55):
            return "line"
    return "page"


def color_icon(size: int = 192) -> bytes:
    def pixel(x: int, y: int):
        part = _page((x + 0.5) / size, (y + 0.5) / size)
        return (*(ACCENT if part in ("", "line") else WHITE), 255)
    return png(size, size, pixel)


def outline_icon(size: int = 32) -> bytes:
    def pixel(x: int, y: int):
        u, v = (x + 0.5) / size, (y + 0.5) / size
        edge = _page(u, v) and not (_page(u - 2 / size, v) and _page(u + 2 / size, v)
                                    and _page(u, v - 2 / size) and _page(u, v + 2 / size))
        return (*WHITE, 255) if edge or _page(u, v) == "line" else (0, 0, 0, 0)
    return png(size, size, pixel)


GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def manifest(settings: TeamsSettings, app_id: str) -> dict:
    app = settings.app
    for key, value in (("app_id", app_id), ("app.id", app.id or app_id)):
        if not GUID.match(value):
            raise PackageError(f"teams.{key} ska vara ett GUID som 11111111-2222-3333-4444-555555555555, inte {value!r} "
                               f"/ teams.{key} must be a GUID")
    if not app.website_url:
        raise PackageError("teams.app.website_url saknas: Teams kräver en https-adress för appen (t.ex. intranätets "
                           "sida om rutinboten) – se README, avsnittet ”Microsoft Teams”. / teams.app.website_url is "
                           "required.")
    commands = [{"title": texts.HELP_COMMAND, "description": "Så ställer du en fråga"},
                {"title": texts.STATUS_COMMAND, "description": "Vad rutinboten kan och när rutinerna lästes in"},
                {"title": texts.REINDEX_COMMAND, "description": "Läs in rutinerna på nytt (administratörer)"},
                {"title": texts.REPORT_COMMAND, "description": "Utgångna rutiner och obesvarade frågor (administratörer)"}]
    content: dict = {
        "$schema": SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": app.version,
        "id": app.id or app_id,
        "developer": {"name": app.developer, "websiteUrl": app.website_url,
                      "privacyUrl": app.privacy_url or app.website_url,
                      "termsOfUseUrl": app.terms_url or app.website_url},
        "name": {"short": app.name[:30], "full": f"{app.name} – svar ur rutinerna"[:100]},
        "description": {
            "short": "Svarar på frågor med citat ur organisationens rutiner.",
            "full": ("Rutinboten svarar nya medarbetare i socialtjänsten med de meningar i organisationens egna "
                     "rutindokument som besvarar frågan, med källa (dokument, sida, avsnitt, giltighet och ansvarig). "
                     "När rutinerna inte svarar säger den det och hänvisar till en kollega. I kanaler som "
                     "administratören valt läser den alla meddelanden som frågor; annars bara när den nämns."),
        },
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": "#{:02X}{:02X}{:02X}".format(*ACCENT),
        "bots": [{"botId": app_id, "scopes": ["personal", "team", "groupChat"], "supportsFiles": False,
                  "isNotificationOnly": False,
                  "commandLists": [{"scopes": ["personal", "team", "groupChat"], "commands": commands}]}],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [],
    }
    if settings.question_channels:
        content["webApplicationInfo"] = {"id": app_id, "resource": f"api://botid-{app_id}"}
        content["authorization"] = {"permissions": {"resourceSpecific": [
            {"name": "ChannelMessage.Read.Group", "type": "Application"}]}}
    return content


def write_package(settings: TeamsSettings, app_id: str, path: Path) -> Path:
    """Write the zip (manifest.json, color.png, outline.png at its root, as Teams expects)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest(settings, app_id), ensure_ascii=False, indent=2))
        package.writestr("color.png", color_icon())
        package.writestr("outline.png", outline_icon())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return path
