"""`rutinbot bot` on the command line: it fails fast and clearly before anything slow or networked."""
import os
import time

import pytest
from click.testing import CliRunner

from bot.cli import main

NO_TOKEN = {"DISCORD_TOKEN": None, "RUTINBOT_CONFIG": None, "RUTINBOT_DATA": None, "RUTINBOT_MODEL": None}


def test_bot_without_token_exits_at_once_naming_discord_token(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./rutinbot.toml here
    started = time.monotonic()
    result = CliRunner().invoke(main, ["bot", "--data", "data"], env=NO_TOKEN)
    elapsed = time.monotonic() - started
    assert not (tmp_path / "data").exists()  # failed before the index (or the model) was opened
    assert result.exit_code != 0
    assert "DISCORD_TOKEN" in result.output and "README" in result.output and "Discord" in result.output
    assert "Traceback" not in result.output
    assert elapsed < 5


def test_bot_refuses_a_token_file_others_can_read(tmp_path):
    secret = tmp_path / "token"
    secret.write_text("hemlig-token")
    os.chmod(secret, 0o644)
    settings = tmp_path / "rutinbot.toml"
    settings.write_text(f'token_file = "{secret}"\n')
    result = CliRunner().invoke(main, ["bot", "--config", str(settings), "--data", str(tmp_path / "d")], env=NO_TOKEN)
    assert result.exit_code == 1
    assert "chmod 600" in result.output and "hemlig-token" not in result.output


def test_bot_names_an_unknown_setting(tmp_path):
    settings = tmp_path / "rutinbot.toml"
    settings.write_text("mentor_rol = 5\n")
    result = CliRunner().invoke(main, ["bot", "--config", str(settings)], env={**NO_TOKEN, "DISCORD_TOKEN": "x"})
    assert result.exit_code == 1
    assert "”mentor_rol”" in result.output and "mentor_role" in result.output


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_text(name):
    command = main.commands[name]
    assert command.help and command.help.strip(), name
    assert command.get_short_help_str().strip(), name
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_the_bot_command_is_listed():
    assert "bot" in main.commands
    result = CliRunner().invoke(main, ["--help"])
    assert "bot" in result.output and "Discord" in result.output


def test_a_rejected_token_is_one_line_without_the_token(monkeypatch):
    import discord

    from bot.config import BotConfig
    from bot.discord import client
    from index import RutinbotError

    def refuse(self, token, **kwargs):
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(client.RutinBot, "run", refuse)
    with pytest.raises(RutinbotError, match="DISCORD_TOKEN") as caught:
        client.run_bot(object(), BotConfig(), "secret-token-123")
    assert "secret-token-123" not in str(caught.value)
