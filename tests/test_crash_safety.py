"""A reindex that dies (kill -9, an exception) or runs while questions are asked never costs an answer.

The previous generation keeps serving until the new one is committed; a killed build's lock is released
by the kernel, and its leftovers are cleaned by the next build.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, write
from fakes import FakeEmbedder

from index import Library
from index.search import HybridSearcher
from index.store import get_meta

TESTS = Path(__file__).resolve().parent
NEW_FILES = 400  # one passage each: more than one embedding batch (EMBED_BATCH = 256)

# Run in a subprocess: build DOCS into DATA, stopping for good at the chosen point after writing MARK.
CHILD = r"""
import sys, time
from pathlib import Path
root, tests, data, docs, mark, point = sys.argv[1:]
sys.path[:0] = [root, tests]
from fakes import FakeEmbedder
import index.catalog as catalog
from index import Library

def arrived():
    Path(mark).write_text(str(time.time()))
    time.sleep(120)  # killed here


import sqlite3
def committed() -> int:
    with sqlite3.connect(str(Path(data) / "rutinbot.db"), timeout=30) as db:
        return db.execute("SELECT COUNT(*) FROM contents WHERE title LIKE 'Ny rutin%'").fetchone()[0]
class SlowEmbedder(FakeEmbedder):
    def embed_passages(self, texts):
        time.sleep(0.05)
        if point == "embedding" and committed():  # the first batch is committed by now
            arrived()
        return super().embed_passages(texts)

if point == "switching":  # inside the transaction that would put the new generation into service
    original = catalog.set_meta
    def set_meta(db, key, value):
        original(db, key, value)
        if key == "current_generation":
            arrived()
    catalog.set_meta = set_meta

Library(data, embedder=SlowEmbedder()).build([Path(docs)])
print("finished", flush=True)  # must never be reached
"""


def new_routines(root: Path, n: int = NEW_FILES) -> list[str]:
    paths = []
    for i in range(n):
        write(root / "nya" / f"rutin{i:03d}.md",
              f"# Ny rutin {i}\n\nBlankett nyrutin{i} lämnas till registrator senast fredag vecka {i % 52 + 1}.\n")
        paths.append(f"nya/rutin{i:03d}.md")
    return paths


def documents_of(answer) -> set[str]:
    return {s.document for s in answer.sources}


def kill_midway(data: Path, docs: Path, point: str, tmp_path: Path) -> None:
    mark = tmp_path / f"arrived-{point}"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(TESTS), str(data), str(docs), str(mark), point],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not mark.exists():
            if child.poll() is not None:
                pytest.fail(f"the build ended before the kill point: {child.communicate()}")
            assert time.monotonic() < deadline, "the build never reached the kill point"
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert "finished" not in child.stdout.read()


@pytest.mark.parametrize("point", ["embedding", "switching"])
def test_kill_9_midway_leaves_the_previous_generation_serving(tmp_path, docs, point):
    data = tmp_path / "data"
    first = Library(data, embedder=FakeEmbedder())
    before_report = first.build([docs])
    before = first.status()
    first.close()
    added = new_routines(docs)

    kill_midway(data, docs, point, tmp_path)

    library = Library(data, embedder=FakeEmbedder())
    assert library.status() == before
    assert get_meta(library.db, "current_generation") == before_report.generation
    alarm = library.ask("Hur länge ska jag trycka på larmknappen?")
    assert alarm.sources[0].document == "gemensamt/hembesok.md"
    assert "tre sekunder" in alarm.sources[0].text
    assert not documents_of(library.ask("Blankett nyrutin7 registrator", k=10)) & set(added)
    if point == "embedding":  # it really was midway: the first batch was stored, nothing switched
        stored = library.db.execute("SELECT COUNT(*) FROM contents WHERE title LIKE 'Ny rutin%'").fetchone()[0]
        assert 0 < stored < NEW_FILES

    # the dead build's lock is free, and the next build finishes the job, reusing what was stored
    embedder = FakeEmbedder()
    report = Library(data, embedder=embedder).build([docs])
    assert sorted(report.added) == added and report.failed == []
    assert report.generation == before_report.generation + 1
    if point == "embedding":
        assert 0 < report.embedded < NEW_FILES
    assert embedder.passages_embedded == 2 * report.embedded  # each new routine: a passage and its one sentence
    assert "nya/rutin007.md" in documents_of(library.ask("Blankett nyrutin7 registrator", k=3))
    assert library.status().documents == before.documents + NEW_FILES
    assert not list(data.glob("vectors-*.tmp"))
    assert [p.name for p in data.glob("vectors-*.faiss")] == [f"vectors-{report.generation:06d}.faiss"]


class FailingEmbedder(FakeEmbedder):
    """Fails on its second batch, as a model running out of memory might."""

    def __init__(self):
        super().__init__()
        self.calls = 0

    def embed_passages(self, texts):
        self.calls += 1
        if self.calls == 2:
            raise RuntimeError("modellen tog slut på minne")
        return super().embed_passages(texts)


def test_exception_in_the_embedder_midway_leaves_the_previous_generation_serving(tmp_path, docs):
    data = tmp_path / "data"
    library = Library(data, embedder=FakeEmbedder())
    first = library.build([docs])
    before = library.status()
    added = new_routines(docs)

    with pytest.raises(RuntimeError, match="slut på minne"):
        Library(data, embedder=FailingEmbedder()).build([docs])

    assert library.status() == before
    assert library.ask("Hur länge ska jag trycka på larmknappen?").sources[0].document == "gemensamt/hembesok.md"
    assert not documents_of(library.ask("Blankett nyrutin7 registrator", k=10)) & set(added)
    report = library.build([docs])  # the lock was released by the failed build
    assert sorted(report.added) == added and report.generation == first.generation + 1
    assert "nya/rutin007.md" in documents_of(library.ask("Blankett nyrutin7 registrator", k=3))


def test_failure_while_writing_the_vector_file_leaves_the_previous_generation_serving(
        tmp_path, docs, monkeypatch):
    data = tmp_path / "data"
    library = Library(data, embedder=FakeEmbedder())
    library.build([docs])
    before = library.status()
    write(docs / "gemensamt" / "hembesok.md",
          (docs / "gemensamt" / "hembesok.md").read_text().replace("tre sekunder", "fem sekunder"))
    from index import vectors

    def disk_full(self, path):
        Path(path).with_suffix(".tmp").write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(vectors.VectorIndex, "save", disk_full)
        with pytest.raises(OSError, match="No space"):
            library.build([docs])
    assert library.status() == before
    assert "tre sekunder" in library.ask("Hur länge ska jag trycka på larmknappen?").sources[0].text
    report = library.build([docs])
    assert report.changed == ["gemensamt/hembesok.md"]
    assert "fem sekunder" in library.ask("Hur länge ska jag trycka på larmknappen?").sources[0].text
    assert not list(data.glob("vectors-*.tmp"))


VERSIONED = "# Rutin {i}\n\n## Gäller\n\nDenna rutin nummer {i} gäller i version {tag} för blankett {tag}blankett.\n"


def _write_version(root: Path, n: int, tag: str) -> None:
    for i in range(n):
        write(root / f"rutin{i:02d}.md", VERSIONED.format(i=i, tag=tag))


@pytest.mark.parametrize("shared", [True, False], ids=["same-library", "other-library"])
def test_questions_during_reindexes_always_come_from_one_complete_generation(tmp_path, monkeypatch, shared):
    """Every answer during repeated reindexes cites k passages all of one version, never an error; the
    status always describes one whole generation."""
    n, k = 12, 5
    docs, data = tmp_path / "documents", tmp_path / "data"
    _write_version(docs, n, "alfa")
    builder = Library(data, embedder=FakeEmbedder())
    builder.build([docs])
    asker = builder if shared else Library(data, embedder=FakeEmbedder())

    search = HybridSearcher.search

    def slow_search(self, *args, **kwargs):  # widen the gap between finding passages and citing them
        hits = search(self, *args, **kwargs)
        time.sleep(0.002)
        return hits

    monkeypatch.setattr(HybridSearcher, "search", slow_search)
    stop = threading.Event()
    problems: list[str] = []
    answered = [0]

    def ask_continuously():
        while not stop.is_set():
            try:
                answer = asker.ask("Vilken version gäller för blanketten?", k=k)
            except Exception as exc:  # noqa: BLE001 - any error is the failure being tested for
                problems.append(f"{type(exc).__name__}: {exc}")
                continue
            tags = {tag for s in answer.sources for tag in ("alfa", "beta") if f"version {tag}" in s.text}
            if len(answer.sources) != k or len(tags) != 1:
                problems.append(f"{len(answer.sources)} sources, versions {sorted(tags)}")
            status = asker.status()
            if (status.documents, status.passages) != (n, n):
                problems.append(f"status: {status.documents} documents, {status.passages} passages")
            answered[0] += 1

    thread = threading.Thread(target=ask_continuously)
    thread.start()
    try:
        for round_ in range(12):
            _write_version(docs, n, "beta" if round_ % 2 == 0 else "alfa")
            report = builder.build([docs])
            assert report.switched and len(report.changed) == n
            time.sleep(0.01)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert answered[0] > 20
    assert problems == []


def test_leftovers_of_a_killed_build_are_cleaned_by_the_next(tmp_path, docs):
    """Rows of a generation that never went live are dropped; only live passages remain."""
    data = tmp_path / "data"
    library = Library(data, embedder=FakeEmbedder())
    first = library.build([docs])
    db = sqlite3.connect(data / "rutinbot.db")
    db.execute("INSERT INTO generations (id, started_at) VALUES (?, '2020-01-01')", [first.generation + 1])
    db.execute("INSERT INTO documents (generation, path, collection, status) VALUES (?, 'x.md', 'g', 'ok')",
               [first.generation + 1])
    db.commit()
    (data / f"vectors-{first.generation + 1:06d}.tmp").write_bytes(b"half")
    write(docs / "gemensamt" / "ny.md", "# Ny\n\nEn helt ny rutin om nycklar till bilpoolen.\n")
    report = library.build([docs])
    assert report.generation == first.generation + 1 and report.added == ["gemensamt/ny.md"]
    paths = {r[0] for r in db.execute("SELECT path FROM documents")}
    assert "x.md" not in paths and "gemensamt/ny.md" in paths
    assert not list(data.glob("vectors-*.tmp"))
