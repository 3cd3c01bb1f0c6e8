"""Bot settings: the TOML file, the access rule, and where the token may come from."""
import os
import re
from pathlib import Path

import pytest

from bot.config import Access, BotConfig, ConfigError, MissingToken, RateLimit, load_config, parse_config, read_token

ROOT = Path(__file__).resolve().parent.parent


def toml(tmp_path, text: str) -> Path:
    path = tmp_path / "rutinbot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config == BotConfig()
    assert config.documents == (Path("documents"),)
    assert config.rate_limit == RateLimit(5, 60)
    assert config.collections.default == ("gemensamt",)
    assert config.question_channels == () and config.help_channel is None


def test_the_example_in_the_docs_is_valid_and_read_as_documented(tmp_path):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text, re.S).group(1)
    config = load_config(toml(tmp_path, example))
    assert config.token_file == Path("/etc/rutinbot/discord-token")
    assert config.guild_id == 123456789012345678
    assert config.question_channels == (223456789012345678,)
    assert (config.help_channel, config.mentor_role, config.admin_role) == (
        323456789012345678, 423456789012345678, 523456789012345678)
    assert config.documents == (tmp_path / "documents",)  # relative to the settings file
    assert config.rate_limit == RateLimit(5, 60.0)
    assert config.collections.roles[723456789012345678] == ("forsorjningsstod",)
    assert config.collections.channels == {823456789012345678: ("barn-och-familj",)}


def test_every_key_is_documented():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    from bot.config import ACCESS_KEYS, RATE_KEYS, TOP_KEYS

    leaves = [k for k in TOP_KEYS if k not in ("rate_limit", "collections")]
    for key in [*leaves, *(f"rate_limit.{k}" for k in RATE_KEYS), *(f"collections.{k}" for k in ACCESS_KEYS)]:
        assert f"| `{key}` |" in text, key


@pytest.mark.parametrize("text, named", [
    ("help_chanel = 1", "”help_chanel”"),
    ("[rate_limit]\nquestion = 3", "”rate_limit.question”"),
    ("[collections]\nrole = {}", "”collections.role”"),
])
def test_unknown_keys_are_named(tmp_path, text, named):
    with pytest.raises(ConfigError, match=named) as caught:
        load_config(toml(tmp_path, text))
    assert "menade du" in str(caught.value)


@pytest.mark.parametrize("text, message", [
    ("question_channels = 5", "question_channels"),
    ("question_channels = [\"kanalen\"]", "question_channels"),
    ("help_channel = true", "help_channel"),
    ("documents = []", "documents"),
    ("rate_limit = { questions = 0 }", "rate_limit.questions"),
    ("rate_limit = { questions = 2.5 }", "rate_limit.questions"),
    ("[collections]\ndefault = \"gemensamt\"", "collections.default"),
    ("[collections.roles]\nbarn = [\"barn-och-familj\"]", "collections.roles"),
])
def test_bad_values_are_explained(tmp_path, text, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(toml(tmp_path, text))


def test_broken_toml_and_missing_file_name_the_file(tmp_path):
    with pytest.raises(ConfigError, match="inte giltig TOML"):
        load_config(toml(tmp_path, "guild_id = "))
    with pytest.raises(ConfigError, match="finns inte"):
        load_config(tmp_path / "saknas.toml")


def test_ids_may_be_quoted():
    config = parse_config({"help_channel": "42", "collections": {"roles": {"7": ["a"]}, "channels": {"8": ["b"]}}})
    assert config.help_channel == 42
    assert config.collections.allowed(roles=[7], channels=[8]) == ["gemensamt", "a", "b"]


# -- who may read what ---------------------------------------------------------------------------------

ACCESS = Access(default=("gemensamt",), roles={1: ("barn-och-familj",), 2: ("vuxen", "gemensamt")},
                channels={10: ("barn-och-familj",), 11: ("ekonomi",)})


@pytest.mark.parametrize("roles, channels, expected", [
    ([], [], ["gemensamt"]),  # a newcomer without roles, or a DM without a server
    ([99], [99], ["gemensamt"]),  # unknown roles and channels grant nothing
    ([1], [], ["gemensamt", "barn-och-familj"]),
    ([2], [], ["gemensamt", "vuxen"]),  # no duplicates
    ([], [11], ["gemensamt", "ekonomi"]),  # the channel asked in
    ([1, 2], [10, 11], ["gemensamt", "barn-och-familj", "vuxen", "ekonomi"]),
])
def test_access_is_default_union_roles_union_channel(roles, channels, expected):
    assert ACCESS.allowed(roles=roles, channels=channels) == expected


def test_empty_default_still_never_means_everything():
    assert Access(default=()).allowed() == []


# -- the token ----------------------------------------------------------------------------------------

def test_token_from_the_environment_wins(tmp_path):
    secret = tmp_path / "token"
    secret.write_text("from-file")
    os.chmod(secret, 0o600)
    assert read_token(BotConfig(token_file=secret), {"DISCORD_TOKEN": " from-env\n"}) == "from-env"
    assert read_token(BotConfig(token_file=secret), {}) == "from-file"


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644])
def test_a_token_file_others_can_read_is_refused(tmp_path, mode):
    secret = tmp_path / "token"
    secret.write_text("hemligt")
    os.chmod(secret, mode)
    with pytest.raises(MissingToken, match="chmod 600") as caught:
        read_token(BotConfig(token_file=secret), {})
    assert "hemligt" not in str(caught.value)


def test_missing_or_empty_token_names_the_variable_and_the_readme(tmp_path):
    with pytest.raises(MissingToken, match="DISCORD_TOKEN") as caught:
        read_token(BotConfig(), {"DISCORD_TOKEN": "  "})
    assert "README" in str(caught.value) and "Discord" in str(caught.value)
    empty = tmp_path / "token"
    empty.write_text("\n")
    os.chmod(empty, 0o600)
    with pytest.raises(MissingToken, match="tom"):
        read_token(BotConfig(token_file=empty), {})
    with pytest.raises(MissingToken, match="finns inte"):
        read_token(BotConfig(token_file=tmp_path / "nope"), {})


def test_config_does_not_import_discord():
    source = (ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    assert "import discord" not in source
