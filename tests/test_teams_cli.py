"""`rutinbot teams` and `rutinbot teams-app`: credentials, the [teams] settings, and the app package."""
from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import jsonschema
import pytest

from bot.config import ConfigError, load_config
from bot.teams.settings import (
    APP_ID_ENV,
    SECRET_ENV,
    TENANT_ENV,
    MissingCredentials,
    TeamsSettings,
    describe_teams,
    read_credentials,
)
from index import RutinbotError

ROOT = Path(__file__).resolve().parent.parent
RUTINBOT = [sys.executable, "-m", "bot.cli"]
CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in (APP_ID_ENV, TENANT_ENV, SECRET_ENV)}


def toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rutinbot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*RUTINBOT, *args], cwd=cwd, env={**CLEAN_ENV, "PYTHONPATH": str(ROOT), **(env or {})},
                          capture_output=True, text=True, timeout=120)


def test_teams_without_credentials_exits_at_once_naming_what_is_missing(tmp_path):
    started = time.monotonic()
    result = run("teams", "--data", str(tmp_path / "data"), cwd=tmp_path)
    elapsed = time.monotonic() - started
    assert result.returncode == 1 and result.stdout == ""
    for name in (APP_ID_ENV, TENANT_ENV, SECRET_ENV, "teams.secret_file", "README", "Microsoft Teams", "--local-dev"):
        assert name in result.stderr, name
    assert len(result.stderr.strip().splitlines()) == 1  # one clear line, no traceback
    assert not (tmp_path / "data").exists()  # nothing opened, nothing loaded
    assert elapsed < 10  # generous under a loaded CI machine; typically well under 2 s


def test_only_what_is_missing_is_named(tmp_path):
    result = run("teams", cwd=tmp_path, env={APP_ID_ENV: "app", TENANT_ENV: "tenant"})
    assert result.returncode == 1
    assert SECRET_ENV in result.stderr and "app-id" not in result.stderr and "tenant-id" not in result.stderr


def test_local_dev_refuses_an_address_others_can_reach(tmp_path):
    config = toml(tmp_path, '[teams]\nhost = "0.0.0.0"\n')
    result = run("teams", "--local-dev", "--config", str(config), cwd=tmp_path)
    assert result.returncode == 1 and "loopback" in result.stderr


def test_credentials_from_the_environment_win_and_are_never_shown():
    settings = TeamsSettings(app_id="from-file", tenant_id="t-file")
    credentials = read_credentials(settings, {APP_ID_ENV: "from-env", SECRET_ENV: "s3cret-value"})
    assert (credentials.app_id, credentials.tenant_id, credentials.secret) == ("from-env", "t-file", "s3cret-value")
    assert "s3cret-value" not in repr(credentials) and "s3cret-value" not in str(credentials)
    described = describe_teams(settings, {SECRET_ENV: "s3cret-value"})
    assert described["secret_from"] == SECRET_ENV and "s3cret-value" not in json.dumps(described)


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644])
def test_a_secret_file_others_can_read_is_refused(tmp_path, mode):
    secret = tmp_path / "teams-secret"
    secret.write_text("s3cret\n", encoding="utf-8")
    os.chmod(secret, mode)
    settings = TeamsSettings(app_id="a", tenant_id="t", secret_file=secret)
    with pytest.raises(ConfigError, match="chmod 600"):
        read_credentials(settings, {})
    os.chmod(secret, 0o600)
    assert read_credentials(settings, {}).secret == "s3cret"


def test_a_missing_secret_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="finns inte"):
        read_credentials(TeamsSettings(app_id="a", tenant_id="t", secret_file=tmp_path / "nope"), {})
    with pytest.raises(MissingCredentials, match="klienthemlighet"):
        read_credentials(TeamsSettings(app_id="a", tenant_id="t"), {})


# -- settings ------------------------------------------------------------------------------------

def _teams_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Microsoft Teams"):]
    return re.search(r"```toml\n(.*?)```", section, re.S).group(1)


def test_the_teams_example_in_the_docs_is_valid_and_read_as_documented(tmp_path):
    config = load_config(toml(tmp_path, _teams_example()))
    teams = config.teams
    assert teams.app_id == "11111111-2222-3333-4444-555555555555"
    assert teams.tenant_id == "66666666-7777-8888-9999-000000000000"
    assert teams.secret_file == Path("/etc/rutinbot/teams-secret")
    assert (teams.host, teams.port, teams.endpoint) == ("127.0.0.1", 3978, "/api/messages")
    assert teams.question_channels == ("19:3f2a0c1d9e8b4a7f@thread.tacv2",)
    assert teams.help_channel == "19:8c7d6e5f4a3b2c1d@thread.tacv2"
    assert list(teams.mentors.values()) == ["Maja Mentor"]
    assert teams.admins.groups == ("0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",)
    assert teams.collections.groups["5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"] == ("barn-och-familj",)
    assert teams.collections.channels["19:1a2b3c4d5e6f7a8b@thread.tacv2"] == ("forsorjningsstod",)
    assert teams.app.website_url == "https://intranat.example.se/rutinboten"


def test_every_teams_key_is_documented():
    from bot.teams.settings import APP_KEYS, GRANT_KEYS, IDENTITY_KEYS, TEAMS_KEYS

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    leaves = [k for k in TEAMS_KEYS if k not in ("admins", "collections", "app")]
    keys = [*leaves, *(f"admins.{k}" for k in IDENTITY_KEYS), *(f"collections.{k}" for k in GRANT_KEYS),
            *(f"app.{k}" for k in APP_KEYS)]
    for key in keys:
        assert f"| `teams.{key}` |" in text, key


@pytest.mark.parametrize("text, named", [
    ("[teams]\napp_idd = 'x'", "”teams.app_idd”"),
    ("[teams.admins]\nuser = []", "”teams.admins.user”"),
    ("[teams.collections]\nroles = {}", "”teams.collections.roles”"),
    ("[teams]\nport = 'högt'", "teams.port"),
    ("[teams.app]\nwebsite_url = 'http://osäkert'", "https"),
])
def test_bad_teams_settings_are_named(tmp_path, text, named):
    with pytest.raises(ConfigError, match=named):
        load_config(toml(tmp_path, text))


# -- the app package ---------------------------------------------------------------------------

def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _pixels(data: bytes) -> set[tuple[int, int, int, int]]:
    import zlib

    width, height = _png_size(data)
    idat = b""
    pos = 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = 1 + 4 * width
    return {tuple(raw[y * stride + 1 + 4 * x: y * stride + 5 + 4 * x]) for y in range(height) for x in range(width)}


def test_teams_app_writes_the_package(tmp_path):
    config = toml(tmp_path, _teams_example())
    result = run("teams-app", "--config", str(config), "-o", str(tmp_path / "out" / "app.zip"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "out" / "app.zip")
    with zipfile.ZipFile(io.BytesIO((tmp_path / "out" / "app.zip").read_bytes())) as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(package.read("manifest.json"))
        color, outline = package.read("color.png"), package.read("outline.png")
    schema = json.loads((ROOT / "tests" / "schemas" / "teams-manifest-v1.19.schema.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(manifest)  # the schema the manifest names, as Teams checks it
    assert manifest["$schema"].endswith("/v1.19/MicrosoftTeams.schema.json")
    assert manifest["manifestVersion"] == "1.19" and manifest["id"] == "11111111-2222-3333-4444-555555555555"
    assert manifest["bots"][0]["botId"] == "11111111-2222-3333-4444-555555555555"
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    assert {c["title"] for c in manifest["bots"][0]["commandLists"][0]["commands"]} == {"hjälp", "status", "reindexera",
                                                                                       "rapport"}
    assert manifest["developer"]["websiteUrl"].startswith("https://")
    assert len(manifest["name"]["short"]) <= 30 and len(manifest["description"]["short"]) <= 80
    assert manifest["authorization"]["permissions"]["resourceSpecific"][0]["name"] == "ChannelMessage.Read.Group"
    assert _png_size(color) == (192, 192) and _png_size(outline) == (32, 32)
    assert {p[3] for p in _pixels(color)} == {255}  # full colour, opaque
    assert {p[:3] for p in _pixels(outline) if p[3]} == {(255, 255, 255)}  # white on transparent only
    assert any(p[3] == 0 for p in _pixels(outline))


def test_teams_app_without_an_app_id_or_website_says_so(tmp_path):
    result = run("teams-app", "-o", str(tmp_path / "a.zip"), cwd=tmp_path)
    assert result.returncode == 1 and APP_ID_ENV in result.stderr and not (tmp_path / "a.zip").exists()
    config = toml(tmp_path, '[teams]\napp_id = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"\n')
    result = run("teams-app", "--config", str(config), "-o", str(tmp_path / "a.zip"), cwd=tmp_path)
    assert result.returncode == 1 and "website_url" in result.stderr and not (tmp_path / "a.zip").exists()


def test_help_texts():
    for command in ("teams", "teams-app"):
        result = subprocess.run([*RUTINBOT, command, "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert result.returncode == 0 and "Usage:" in result.stdout


def test_credentials_become_the_sdk_options_and_a_certificate_its_thumbprint(tmp_path):
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    from bot.teams.credentials import app_options, thumbprint
    from bot.teams.settings import Credentials

    assert app_options(None) == {"dangerously_allow_unauthenticated_requests": True}
    with_secret = app_options(Credentials("app", "tenant", secret="s3cret"))
    assert with_secret == {"client_id": "app", "tenant_id": "tenant", "client_secret": "s3cret"}
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "rutinbot")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
                   .sign(key, hashes.SHA256()))
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode() + certificate.public_bytes(serialization.Encoding.PEM).decode()
    cert_file = tmp_path / "teams.pem"
    cert_file.write_text(pem, encoding="utf-8")
    os.chmod(cert_file, 0o600)
    credentials = read_credentials(TeamsSettings(app_id="app", tenant_id="tenant", certificate_file=cert_file), {})
    assert credentials.certificate_pem == pem.strip() and credentials.secret is None
    assert "PRIVATE KEY" not in repr(credentials)
    assert thumbprint(pem) == certificate.fingerprint(hashes.SHA1()).hex() and len(thumbprint(pem)) == 40


def test_without_question_channels_the_manifest_asks_for_no_channel_permission():
    from bot.teams.package import manifest
    from bot.teams.settings import AppPackage

    settings = TeamsSettings(app=AppPackage(website_url="https://intranat.example.se/"))
    with pytest.raises(RutinbotError, match="GUID"):
        manifest(settings, "abc-123")
    content = manifest(settings, "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
    schema = json.loads((ROOT / "tests" / "schemas" / "teams-manifest-v1.19.schema.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(content)
    assert "authorization" not in content and "webApplicationInfo" not in content
    assert content["developer"]["privacyUrl"] == content["developer"]["termsOfUseUrl"] == "https://intranat.example.se/"
