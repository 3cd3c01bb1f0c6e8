"""Build progress: the figures the indexer reports, and how the CLI and the chat texts show them."""
from __future__ import annotations

import io

from click.testing import CliRunner

from bot import cli_progress, texts
from bot.cli import main
from index import BuildProgress, Library
from index.indexer import Indexer


def test_indexer_reports_files_and_passages_as_they_go(tmp_path, docs, fake_embedder):
    seen: list[BuildProgress] = []
    report = Indexer(tmp_path / "data", fake_embedder).build([docs], seen.append)
    assert [(p.files_read, p.path) for p in seen][:2] == [(0, seen[0].path), (1, seen[1].path)]
    assert len({p.path for p in seen}) == 3  # each file named as it is read
    assert all(p.files_total == 3 for p in seen)
    last = seen[-1]
    assert last.passages_embedded == last.passages_found == report.embedded == report.passages > 0
    assert last.remaining_seconds == 0.0  # everything read and embedded
    assert [p.passages_embedded for p in seen] == sorted(p.passages_embedded for p in seen)

    again: list[BuildProgress] = []
    Indexer(tmp_path / "data", fake_embedder).build([docs], again.append)
    assert again[-1].files_read == 3 and again[-1].passages_embedded == 0  # nothing new to embed


def test_remaining_time_follows_new_passages_per_file():
    half = BuildProgress(files_read=5, files_total=10, passages_found=50, passages_embedded=50, seconds=10.0)
    assert half.rate == 5.0
    assert half.remaining_seconds == 10.0  # 50 more passages expected at 5 a second
    assert BuildProgress(0, 10, 0, 0, 1.0).remaining_seconds is None


def test_progress_text_is_swedish_with_rate_and_time_left():
    text = texts.progress(BuildProgress(12, 40, 300, 230, 45.0, "a.pdf"))
    assert text.startswith("Indexerar … 12 av 40 filer lästa, 230 avsnitt inbäddade (5,1 avsnitt/s)")
    assert "min kvar" in text
    assert texts.time_left(None) == "tid kvar beräknas"
    assert texts.time_left(20) == "under en minut kvar"
    assert texts.time_left(2 * 3600 + 60) == "cirka 2 h 1 min kvar"


def test_log_lines_are_throttled():
    stream = io.StringIO()
    lines = cli_progress.ProgressLines(stream, interval=3600)
    for n in range(1, 50):
        lines(BuildProgress(n, 50, n * 3, n * 3, float(n)))
    assert stream.getvalue() == ""  # a short build logs nothing
    lines = cli_progress.ProgressLines(stream, interval=0)
    lines(BuildProgress(1, 2, 3, 3, 1.0))
    assert stream.getvalue().startswith("Indexerar … 1 av 2 filer lästa")


def test_cli_index_logs_progress_to_stderr_only(tmp_path, docs, fake_embedder, monkeypatch):
    monkeypatch.setattr(cli_progress, "LOG_INTERVAL", 0.0)
    monkeypatch.setattr("bot.cli._library", lambda data, model: Library(data, embedder=fake_embedder))
    result = CliRunner().invoke(main, ["index", str(docs), "--data", str(tmp_path / "data"), "--json"])
    assert result.exit_code == 0, result.output
    assert "Indexerar … 3 av 3 filer lästa" in result.stderr
    assert "Indexerar" not in result.stdout  # stdout carries only the result
