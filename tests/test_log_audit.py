"""The question log, the audit trail, retention and secrets, through `rutinbot` on the command line."""
import json
import logging
import os
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from fakes import FakeEmbedder
from test_privacy import FORBIDDEN, database_bytes

import bot.cli
from bot.cli import main
from index import AbstainPolicy, Answer, Library, Source, cli_actor

ALWAYS = AbstainPolicy.always()
ENV = {"DISCORD_TOKEN": None, "RUTINBOT_CONFIG": None, "RUTINBOT_DATA": None, "RUTINBOT_MODEL": None}
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def cli(tmp_path, docs, monkeypatch):
    """`rutinbot` with the FakeEmbedder and an index of the sample documents in tmp_path/data."""
    data = tmp_path / "data"

    def fake_library(data_dir, model):
        return Library(data_dir, embedder=FakeEmbedder(), policy=ALWAYS)

    monkeypatch.setattr(bot.cli, "_library", fake_library)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def invoke(*args, input=None, env=None):
        result = runner.invoke(main, [str(a) for a in args], input=input, env={**ENV, **(env or {})})
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return result

    assert invoke("index", docs, "--data", data).exit_code == 0
    invoke.data = data
    return invoke


def log_entries(cli) -> list[dict]:
    result = cli("log", "--json", "--data", cli.data)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def audit_entries(cli) -> list[dict]:
    result = cli("audit", "--json", "--data", cli.data)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# -- ask, chat and the question log -----------------------------------------------------------------

def test_ask_with_a_personnummer_answers_warns_and_stores_no_number(cli):
    result = cli("ask", "--json", "--data", cli.data, "Min klient 19121212-1212 vill ha hembesök, hur gör jag?")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert answer["warnings"] == ["personnummer"]
    assert answer["question"] == "Min klient [personnummer] vill ha hembesök, hur gör jag?"
    assert answer["answered"] and answer["sources"][0]["document"] == "gemensamt/hembesok.md"
    assert not any(f.decode() in result.output for f in FORBIDDEN)

    log = cli("log", "--json", "--data", cli.data).output
    assert "[personnummer]" in log and not any(f.decode() in log for f in FORBIDDEN)
    assert not any(f in database_bytes(cli.data) for f in FORBIDDEN)


def test_dates_and_phone_numbers_are_not_flagged(cli):
    question = "Gäller hembesöksrutinen från 2024-05-01? Larmcentralen har 08-465 004 10."
    answer = json.loads(cli("ask", "--json", "--data", cli.data, question).output)
    assert answer["warnings"] == [] and answer["question"] == question


def test_ask_and_chat_are_logged_with_origin_user_key_and_collection(cli):
    cli("ask", "--data", cli.data, "--collection", "barn-och-familj", "Får jag lämna uppgifter till polisen?")
    result = cli("chat", "--data", cli.data, input="Hur fungerar personlarmet?\nsluta\n")
    assert "rutinbot:" in result.output
    first, second = log_entries(cli)
    assert (first["origin"], first["channel"]) == ("cli", "barn-och-familj")
    assert {s["document"] for s in first["sources"]} == {"barn-och-familj/sekretess.md"}
    assert (second["origin"], second["question"], second["answered"]) == ("chat", "Hur fungerar personlarmet?", True)
    assert first["user_key"] == second["user_key"]  # the same person, as a keyed hash of the OS user name
    assert len(first["user_key"]) == 16 and set(first["user_key"]) <= set("0123456789abcdef")
    assert first["feedback"] == {"helpful": 0, "not_helpful": 0}


def test_collection_option_restricts_every_source(cli):
    answer = json.loads(cli("ask", "--json", "--data", cli.data, "--collection", "gemensamt", "-k", 5,
                            "Får jag lämna uppgifter till polisen?").output)
    assert answer["sources"] and {s["collection"] for s in answer["sources"]} == {"gemensamt"}


def test_log_lists_in_swedish_and_filters(cli):
    lib = Library(cli.data, embedder=FakeEmbedder())
    source = Source("gemensamt/hembesok.md", "Hembesök och personlarm", None, None, "…", 1.0, "gemensamt")
    lib.journal.clock = lambda: datetime.now(UTC) - timedelta(days=10)
    old = lib.journal.record_question(Answer("Gammal fråga?", True, ["…"], [source]), origin="discord", user=1)
    lib.journal.clock = lambda: datetime.now(UTC) - timedelta(days=1)
    lib.journal.record_question(Answer("Obesvarad fråga?", False, [], []), origin="discord", user=2)
    lib.journal.record_feedback(old, user=3, helpful=True)
    lib.close()

    text = cli("log", "--data", cli.data).output.splitlines()
    assert text[0] == "tid | källa | fråga | besvarad | källor | omdöme"
    assert text[1].endswith("| discord | Gammal fråga? | ja | gemensamt/hembesok.md | 👍 1 👎 0")
    assert text[2].endswith("| discord | Obesvarad fråga? | nej | – | –")
    recent = json.loads(cli("log", "--json", "--since", 5, "--data", cli.data).output)
    assert [e["question"] for e in recent] == ["Obesvarad fråga?"]
    unanswered = json.loads(cli("log", "--json", "--unanswered", "--data", cli.data).output)
    assert [e["question"] for e in unanswered] == ["Obesvarad fråga?"]


# -- retention ---------------------------------------------------------------------------------------

def _record_at(lib: Library, moment: datetime, question: str) -> int:
    lib.journal.clock = lambda: moment
    return lib.journal.record_question(Answer(question, False, [], []), origin="test", user=1)


def test_purge_deletes_exactly_what_is_older_than_the_limit(tmp_path):
    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    old = _record_at(lib, T0, "gammal")
    lib.journal.record_feedback(old, user=2, helpful=False)
    kept = _record_at(lib, T0 + timedelta(days=30), "ny")
    lib.journal.record_feedback(kept, user=2, helpful=True)
    lib.audit.clock = lambda: T0
    lib.audit.record("system", "old")
    lib.audit.clock = lambda: T0 + timedelta(days=300)
    lib.audit.record("system", "recent")

    now = T0 + timedelta(days=91)
    assert lib.journal.purge(now=now) == {"questions": 1, "feedback": 1}
    assert [e["question"] for e in lib.journal.entries()] == ["ny"]
    assert lib.journal.feedback(kept) == {"helpful": 1, "not_helpful": 0}
    assert lib.audit.purge(now=T0 + timedelta(days=366)) == 1
    assert [e["action"] for e in lib.audit.entries()] == ["recent"]
    assert lib.journal.purge(now=now) == {"questions": 0, "feedback": 0}  # idempotent


def test_expired_entries_are_gone_after_start_up(tmp_path):
    """Nothing sleeps: entries are stamped by a fake clock far enough in the past."""
    now = datetime.now(UTC)
    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    _record_at(lib, now - timedelta(days=91), "för gammal")
    _record_at(lib, now - timedelta(days=89), "ny nog")
    lib.audit.clock = lambda: now - timedelta(days=366)
    lib.audit.record("system", "för gammal")
    lib.audit.clock = lambda: now - timedelta(days=364)
    lib.audit.record("system", "ny nog")
    lib.close()

    started = Library(tmp_path / "data", embedder=FakeEmbedder())
    assert [e["question"] for e in started.journal.entries()] == ["ny nog"]
    actions = [e["action"] for e in started.audit.entries()]
    assert actions[0] == "ny nog" and "för gammal" not in actions
    assert started.audit.entries()[-1]["details"] == {
        "questions": 1, "feedback": 0, "audit": 1, "retention_days": 90, "audit_retention_days": 365}
    started.close()


def test_configured_retention_is_used_by_every_later_start(tmp_path):
    now = datetime.now(UTC)
    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    lib.journal.set_retention(30)
    lib.audit.set_retention(40)
    _record_at(lib, now - timedelta(days=31), "gammal")
    lib.audit.clock = lambda: now - timedelta(days=41)
    lib.audit.record("system", "gammal")
    lib.close()
    started = Library(tmp_path / "data", embedder=FakeEmbedder())
    assert started.journal.entries() == []
    assert "gammal" not in [e["action"] for e in started.audit.entries()]


def test_log_purge_with_retention_days_is_recorded_in_the_audit(cli):
    lib = Library(cli.data, embedder=FakeEmbedder())
    _record_at(lib, datetime.now(UTC) - timedelta(days=10), "tio dagar")
    _record_at(lib, datetime.now(UTC) - timedelta(days=1), "en dag")
    lib.close()
    result = cli("log", "purge", "--retention-days", 5, "--data", cli.data)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Tog bort 1 frågor")
    assert [e["question"] for e in log_entries(cli)] == ["en dag"]
    purge = [e for e in audit_entries(cli) if e["action"] == "log_purge"]
    assert len(purge) == 1 and purge[0]["actor"] == cli_actor() and purge[0]["details"]["retention_days"] == 5


# -- the audit trail -------------------------------------------------------------------------------

def test_reindex_and_log_reads_are_audited(cli, docs):
    entries = audit_entries(cli)
    reindex = [e for e in entries if e["action"] == "reindex"]
    assert reindex[0]["actor"] == cli_actor()
    assert {k: reindex[0]["details"][k] for k in ("added", "documents", "passages", "failed")} == {
        "added": 3, "documents": 3, "passages": 3, "failed": 0}
    log_entries(cli)
    assert audit_entries(cli)[-1]["action"] == "log_read"
    text = cli("audit", "--data", cli.data).output.splitlines()
    assert text[0] == "tid | aktör | händelse | detaljer"
    assert f"| {cli_actor()} | reindex | " in text[1]
    assert len(json.loads(cli("audit", "--json", "--since", 1, "--data", cli.data).output)) == len(entries) + 1


# -- secrets: the token never shows ---------------------------------------------------------------

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.hemlig-token-abc123"


@pytest.fixture
def restore_root_logging():
    """discord.py's run() adds a handler to the root logger; put things back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.parametrize("failure", ["login", "intents"])
def test_the_token_is_in_no_output_log_or_audit_when_start_up_fails(cli, tmp_path, caplog, monkeypatch, failure,
                                                                    restore_root_logging):
    import discord

    async def refuse(self, token):
        if failure == "login":
            raise discord.LoginFailure("Improper token has been passed.")
        raise discord.PrivilegedIntentsRequired(None)

    monkeypatch.setattr(discord.http.HTTPClient, "static_login", refuse)
    settings = tmp_path / "rutinbot.toml"
    settings.write_text("question_channels = [1]\nretention_days = 60\n", encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        result = cli("bot", "--config", settings, "--data", cli.data, env={"DISCORD_TOKEN": TOKEN})
    assert result.exit_code == 1
    assert ("DISCORD_TOKEN" if failure == "login" else "Message Content Intent") in result.output
    assert TOKEN not in result.output and "hemlig" not in result.output
    assert not any(TOKEN in r.getMessage() for r in caplog.records)
    assert TOKEN.encode() not in database_bytes(cli.data)
    config = [e for e in audit_entries(cli) if e["action"] == "config"]
    assert config[-1]["details"]["token_from"] == "DISCORD_TOKEN"
    assert config[-1]["details"]["retention_days"] == 60
    assert config[-1]["details"]["question_channels"] == [1]
    assert "hemlig" not in json.dumps(config)


def test_a_token_file_others_can_read_is_refused_without_showing_it(tmp_path, caplog):
    secret = tmp_path / "token"
    secret.write_text(TOKEN)
    os.chmod(secret, 0o640)
    settings = tmp_path / "rutinbot.toml"
    settings.write_text(f'token_file = "{secret}"\n', encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        result = CliRunner().invoke(main, ["bot", "--config", str(settings), "--data", str(tmp_path / "d")], env=ENV)
    assert result.exit_code == 1 and "chmod 600" in result.output
    assert TOKEN not in result.output and not any(TOKEN in r.getMessage() for r in caplog.records)
    assert not (tmp_path / "d").exists()  # refused before anything was opened


# -- settings ------------------------------------------------------------------------------------------

def test_retention_settings_are_read_checked_and_in_the_documented_example(tmp_path):
    import re
    from pathlib import Path

    from bot.config import BotConfig, ConfigError, load_config, parse_config

    assert (BotConfig().retention_days, BotConfig().audit_retention_days) == (90, 365)
    text = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = tmp_path / "rutinbot.toml"
    example.write_text(re.search(r"```toml\n(.*?)```", text, re.S).group(1), encoding="utf-8")
    config = load_config(example)
    assert (config.retention_days, config.audit_retention_days) == (90, 365)
    assert parse_config({"retention_days": 30, "audit_retention_days": 730}).retention_days == 30
    for bad in (0, -1, "90", True):
        with pytest.raises(ConfigError, match="retention_days ska vara ett positivt tal"):
            parse_config({"retention_days": bad})


def test_a_logged_source_reads_back_as_it_was_shown_though_defaults_are_not_stored():
    from index.answering import OlderVersion, Source
    from index.journal import resolve_reference, source_reference

    text = "Larmknappen hålls in i tre sekunder.\nLarmcentralen ringer upp."
    shown = Source("gemensamt/hembesok.md", "Hembesök", 2, "5.3 Så larmar du", text, 1.23456, passage_id=7,
                   valid_until="2025-03-01", review_by="2025-03-01", expired=True, owner="Enhetschef",
                   older_versions=[OlderVersion("gamla/hembesok.md", "2020-01-01", "2020-01-01")],
                   highlight=["Larmcentralen ringer upp."])
    ref = source_reference(shown)
    assert "text" not in ref and "also_in" not in ref and "valid_indefinitely" not in ref
    again = resolve_reference(ref, text)
    assert again == Source(**{**shown.__dict__, "score": 1.2346})
    plain = resolve_reference(source_reference(Source("a.md", "A", None, None, "x", 0.5)), "x")
    assert plain == Source("a.md", "A", None, None, "x", 0.5)
