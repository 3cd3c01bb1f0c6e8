"""Reindexing when documents change: the stat snapshot, the polling loop, `index --watch` and the bot's
reindex_interval."""
from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest
from click.testing import CliRunner
from conftest import write
from fakes import FakeEmbedder

from index import IndexLocked, Library
from index.lock import reindex_lock
from index.watch import snapshot, start_watcher, watch


def wait_for(condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_snapshot_sees_added_changed_and_removed_files_but_not_reads(docs):
    first = snapshot([docs])
    assert snapshot([docs]) == first
    (docs / "gemensamt" / "flextid.md").read_text()  # reading changes nothing
    assert snapshot([docs]) == first

    path = write(docs / "gemensamt" / "ny.md", "# Ny\n\nText.\n")
    added = snapshot([docs])
    assert added != first
    stat = path.stat()
    path.write_text("# Ny\n\nTxet.\n", encoding="utf-8")  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert snapshot([docs]) != added
    path.unlink()
    assert snapshot([docs]) == first


def test_snapshot_ignores_office_lock_files_and_hidden_files(docs):
    first = snapshot([docs])
    write(docs / "gemensamt" / "~$hembesok.docx", "lock")
    write(docs / "gemensamt" / ".hembesok.md.swp", "swap")
    assert snapshot([docs]) == first


def test_snapshot_of_a_missing_root_says_so(tmp_path):
    assert snapshot([tmp_path / "saknas"]) == frozenset({(str(tmp_path / "saknas"), "missing")})


class Recorder:
    def __init__(self):
        self.reports = []
        self.errors = []

    def report(self, report):
        self.reports.append(report)

    def error(self, exc):
        self.errors.append(exc)


def run_watch(library, roots, recorder, interval=0.05, **kwargs):
    thread, stop = start_watcher(library, roots, interval=interval, on_report=recorder.report,
                                 on_error=recorder.error, **kwargs)
    return thread, stop


def test_watch_builds_at_once_then_only_on_change(tmp_path, docs):
    embedder = FakeEmbedder()
    library = Library(tmp_path / "data", embedder=embedder)
    calls = []
    original = library.build

    def counting_build(*args, **kwargs):
        calls.append(time.monotonic())
        return original(*args, **kwargs)

    library.build = counting_build
    recorder = Recorder()
    thread, stop = run_watch(library, [docs], recorder)
    try:
        wait_for(lambda: len(recorder.reports) == 1)
        assert len(recorder.reports[0].added) == 3
        time.sleep(0.3)  # several ticks with nothing changed: no build at all
        assert len(calls) == 1

        write(docs / "gemensamt" / "nycklar.md", "# Nycklar\n\nNycklar till bilpoolen hämtas i receptionen.\n")
        wait_for(lambda: len(recorder.reports) == 2)
        assert recorder.reports[1].added == ["gemensamt/nycklar.md"]
        assert library.ask("Var hämtar jag nycklar till bilpoolen?").sources[0].document == "gemensamt/nycklar.md"

        (docs / "gemensamt" / "flextid.md").unlink()
        wait_for(lambda: len(recorder.reports) == 3)
        assert recorder.reports[2].removed == ["gemensamt/flextid.md"]
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert recorder.errors == []


def test_watch_skips_quietly_while_another_reindex_holds_the_lock(tmp_path, docs):
    library = Library(tmp_path / "data", embedder=FakeEmbedder())
    recorder = Recorder()
    with reindex_lock(tmp_path / "data"):
        thread, stop = run_watch(library, [docs], recorder)
        time.sleep(0.3)
        assert recorder.reports == [] and recorder.errors == []
    try:
        wait_for(lambda: len(recorder.reports) == 1)  # retried at a later tick once the lock is free
    finally:
        stop.set()
        thread.join(timeout=10)
    assert recorder.errors == [] and library.has_index()


def test_watch_does_not_empty_the_index_when_the_folder_disappears(tmp_path, docs):
    library = Library(tmp_path / "data", embedder=FakeEmbedder())
    library.build([docs])
    moved = tmp_path / "flyttad"
    docs.rename(moved)
    recorder = Recorder()
    thread, stop = run_watch(library, [docs], recorder)
    try:
        wait_for(lambda: recorder.errors)
        time.sleep(0.2)
        assert len(recorder.errors) == 1 and "finns inte" in str(recorder.errors[0])  # said once, not per tick
        assert recorder.reports == []
        assert library.status().documents == 3
        moved.rename(docs)  # the share is back
        wait_for(lambda: recorder.reports)
        assert len(recorder.reports[0].unchanged) == 3
    finally:
        stop.set()
        thread.join(timeout=10)


def test_watch_reports_a_failing_build_and_tries_again_later(tmp_path, docs, monkeypatch):
    library = Library(tmp_path / "data", embedder=FakeEmbedder())
    failures = [RuntimeError("disken är full")]
    original = library.build

    def flaky_build(*args, **kwargs):
        if failures:
            raise failures.pop()
        return original(*args, **kwargs)

    library.build = flaky_build
    monkeypatch.setattr("index.watch.MAX_BACKOFF", 0.1)
    recorder = Recorder()
    thread, stop = run_watch(library, [docs], recorder)
    try:
        wait_for(lambda: recorder.reports)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert [str(e) for e in recorder.errors] == ["disken är full"]


def test_watch_without_an_error_handler_raises(tmp_path, docs):
    class Broken:
        def build(self, roots, **limits):
            raise RuntimeError("trasig")

    with pytest.raises(RuntimeError, match="trasig"):
        watch(Broken(), [docs], interval=0.01)


def test_watch_passes_limits_and_ignores_index_locked(tmp_path, docs):
    seen = []
    stop = threading.Event()

    class Fake:
        def build(self, roots, **limits):
            seen.append(limits)
            if len(seen) == 1:
                raise IndexLocked("pågår")
            stop.set()
            return "rapport"

    reports = []
    watch(Fake(), [docs], interval=0.01, on_report=reports.append, stop_event=stop, max_bytes=10, max_pages=2)
    assert seen == [{"max_bytes": 10, "max_pages": 2}] * 2 and reports == ["rapport"]


# -- the command line --------------------------------------------------------------------------


@pytest.fixture
def cli_library(monkeypatch):
    """`rutinbot` commands with the fake embedder instead of the real model."""
    import bot.cli

    made = []

    def library(data, model):
        made.append(Library(data, embedder=FakeEmbedder()))
        return made[-1]

    monkeypatch.setattr(bot.cli, "_library", library)
    return made


def test_index_watch_prints_each_summary_and_ends_cleanly_on_ctrl_c(tmp_path, docs, cli_library, monkeypatch):
    import index
    from bot.cli import main

    real_watch = index.watch_folders

    def watch_then_ctrl_c(library, roots, *, on_report, **kwargs):
        stop = threading.Event()

        def report_then_edit(report):
            on_report(report)
            if len(reports) == 1:
                write(docs / "gemensamt" / "ny.md", "# Ny rutin\n\nOm nycklar till bilpoolen.\n")
            else:
                stop.set()

        reports = []
        real_watch(library, roots, on_report=lambda r: (reports.append(r), report_then_edit(r)),
                   stop_event=stop, **{**kwargs, "interval": 0.05})
        raise KeyboardInterrupt

    monkeypatch.setattr(index, "watch_folders", watch_then_ctrl_c)
    result = CliRunner().invoke(main, ["index", str(docs), "--data", str(tmp_path / "data"), "--watch",
                                       "--interval", "0.5"])
    assert result.exit_code == 0, result.output
    assert result.output.count("Indexerade") == 2
    assert "3 nya" in result.output and "1 nya" in result.output
    assert "Bevakar" in result.output and "Slutar bevaka." in result.output
    assert "Traceback" not in result.output


def test_index_max_mb_and_max_pages_reach_the_build(tmp_path, docs, cli_library):
    from bot.cli import main

    write(docs / "gemensamt" / "stor.md", "# Stor\n\n" + "Ett ord till. " * 400)
    result = CliRunner().invoke(main, ["index", str(docs), "--data", str(tmp_path / "data"), "--max-mb", "0.002",
                                       "--max-pages", "7", "--json"])
    assert result.exit_code == 3, result.output  # indexed, but a file was skipped
    import json

    summary = json.loads(result.stdout)
    assert summary["failed"] == [{"path": "gemensamt/stor.md", "reason": "filen är större än gränsen 2 kB"}]
    assert summary["documents"] == 3


# -- the Discord bot -----------------------------------------------------------------------------


def test_bot_with_reindex_interval_picks_up_new_documents(tmp_path, docs):
    from bot.config import BotConfig
    from bot.discord.client import RutinBot
    from bot.service import Assistant

    library = Library(tmp_path / "data", embedder=FakeEmbedder())
    library.build([docs])
    bot = RutinBot(Assistant(library), BotConfig(documents=(docs,), reindex_interval=0.05), sync_commands=False)
    bot.start_watching()
    try:
        write(docs / "gemensamt" / "nycklar.md", "# Nycklar\n\nNycklar till bilpoolen hämtas i receptionen.\n")
        wait_for(lambda: any(s.document == "gemensamt/nycklar.md"
                             for s in library.ask("nycklar till bilpoolen").sources))
    finally:
        asyncio.run(bot.close())
    assert bot._stop_watching is not None and bot._stop_watching.is_set()


def test_bot_without_reindex_interval_starts_no_watcher(tmp_path):
    from bot.config import BotConfig
    from bot.discord.client import RutinBot

    bot = RutinBot(object(), BotConfig(), sync_commands=False)
    bot.start_watching()
    assert bot._stop_watching is None


def test_reindex_interval_setting(tmp_path):
    from bot.config import BotConfig, ConfigError, parse_config

    assert BotConfig().reindex_interval == 0
    assert parse_config({"reindex_interval": 30}).reindex_interval == 30.0
    assert parse_config({"reindex_interval": 0}).reindex_interval == 0
    for bad in (-1, "60", True):
        with pytest.raises(ConfigError, match="reindex_interval"):
            parse_config({"reindex_interval": bad})
