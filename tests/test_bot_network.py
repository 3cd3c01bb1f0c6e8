"""`rutinbot bot` without a network: no traceback, a retry with a growing pause and one log line per try,
until it is stopped. Discord's address is pointed at a refused port on this machine, never elsewhere."""
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import discord
import pytest
from conftest import ROOT

from bot.config import BotConfig
from bot.discord import client

TRY_LINE = "could not reach Discord"


def refused_address() -> str:
    """A loopback port nothing listens on (bound, then closed): connecting is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v10"


def test_backoff_doubles_up_to_the_longest_pause():
    backoff = client.Backoff(first=5, longest=300)
    assert [backoff.delay(n) for n in (1, 2, 3, 4, 7, 50)] == [5, 10, 20, 40, 300, 300]


def test_run_bot_keeps_retrying_an_unreachable_discord_until_stopped(monkeypatch, caplog):
    monkeypatch.setattr(discord.http.Route, "BASE", refused_address())
    stop = threading.Event()
    failures: list[BaseException] = []

    def serve():
        try:
            client.run_bot(object(), BotConfig(), "x", backoff=client.Backoff(0.01, 0.05), stop=stop)
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            failures.append(exc)

    caplog.set_level(logging.INFO)
    thread = threading.Thread(target=serve)
    thread.start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and sum(TRY_LINE in r.getMessage() for r in caplog.records) < 4:
        time.sleep(0.05)
    stop.set()
    thread.join(30)
    assert not thread.is_alive() and not failures, failures
    tries = [r for r in caplog.records if TRY_LINE in r.getMessage()]
    assert len(tries) >= 4
    assert [f"try {n}:" in r.getMessage() for n, r in enumerate(tries[:4], 1)] == [True] * 4
    assert all(r.exc_info is None for r in caplog.records if r.levelno >= logging.WARNING)


def test_a_rejected_token_is_still_not_retried(monkeypatch):
    from index import RutinbotError

    tries = []

    def refuse(self, token, **kwargs):
        tries.append(token)
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(client.RutinBot, "run", refuse)
    with pytest.raises(RutinbotError, match="DISCORD_TOKEN"):
        client.run_bot(object(), BotConfig(), "x", backoff=client.Backoff(0.01, 0.01))
    assert tries == ["x"]


def test_ctrl_c_during_a_try_that_then_fails_to_connect_still_stops_the_bot(monkeypatch):
    """asyncio's own Ctrl-C handling cancels the running try; if that try then ends in a connection error,
    the Ctrl-C must not be lost (the bot kept trying, and a service manager's stop hung)."""
    tries = []

    def interrupted_then_refused(self, token, **kwargs):
        tries.append(token)
        if len(tries) > 3:
            raise AssertionError("the bot kept trying after Ctrl-C")
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            pass  # what the event loop does with it: the try is cancelled …
        raise OSError("Connect call failed")  # … and ends in a connection error

    monkeypatch.setattr(client.RutinBot, "run", interrupted_then_refused)
    client.run_bot(object(), BotConfig(), "x", backoff=client.Backoff(0.01, 0.01))
    assert tries == ["x"]


def test_a_reconnect_after_a_dropped_connection_is_logged_without_a_traceback():
    record = logging.LogRecord("discord.client", logging.ERROR, __file__, 1, "Attempting a reconnect in %.2fs",
                               (3.0,), None)
    try:
        raise OSError(101, "Network is unreachable")
    except OSError:
        record.exc_info = sys.exc_info()
    assert client._ReconnectOneLine().filter(record)
    text = logging.Formatter().format(record)
    assert text == "Attempting a reconnect in 3.00s (OSError: [Errno 101] Network is unreachable)"


BOT_SCRIPT = """
import sys
import bot.cli
from bot.discord import client
from index import AbstainPolicy, Library
import discord
from fakes import FakeEmbedder

discord.http.Route.BASE = sys.argv[1]
client.RETRY = client.Backoff(0.05, 0.2)
bot.cli._library = lambda data, model: Library(data, embedder=FakeEmbedder(), policy=AbstainPolicy.always())
bot.cli.main(["bot", "--data", sys.argv[2]], prog_name="rutinbot")
"""


def test_the_bot_command_without_network_prints_no_traceback_and_stops_cleanly_on_ctrl_c(tmp_path, docs):
    env = {**os.environ, "DISCORD_TOKEN": "x", "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    for name in ("RUTINBOT_CONFIG", "RUTINBOT_DATA", "RUTINBOT_MODEL"):
        env.pop(name, None)
    process = subprocess.Popen([sys.executable, "-c", BOT_SCRIPT, refused_address(), str(tmp_path / "data")],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and sum(TRY_LINE in line for line in lines) < 3:
            line = process.stderr.readline()
            if not line:
                break
            lines.append(line)
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=60)
        lines.append(rest)
    finally:
        if process.poll() is None:
            process.kill()
    stderr = "".join(lines)
    assert sum(TRY_LINE in line for line in lines) >= 3, stderr
    assert "Traceback" not in stderr and "logging in using static token" not in stderr, stderr  # one line a try
    assert process.returncode == 0, stderr
