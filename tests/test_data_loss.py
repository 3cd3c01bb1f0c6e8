"""Issue 8, data loss and outages: an empty root, concurrent first opens, a missing or corrupt FAISS file."""
from __future__ import annotations

import shutil

import pytest
from conftest import write
from fakes import FakeEmbedder

from index import BuildRefused, Library


@pytest.fixture
def library(tmp_path):
    return Library(tmp_path / "data", embedder=FakeEmbedder())


def served(library) -> set[str]:
    return {d.path for d in library.documents()}


# -- item 7: an existing but empty root (an unmounted share's mount point) --------------------------------

def test_an_empty_root_on_a_populated_index_is_refused_and_the_index_left_as_it_was(library, docs, tmp_path):
    library.build([docs])
    before = served(library)
    for child in docs.iterdir():
        shutil.rmtree(child)  # the mount point stays, the share is gone
    with pytest.raises(BuildRefused, match="--allow-removals") as refused:
        library.build([docs])
    assert "3 av 3" in str(refused.value)
    assert served(library) == before
    assert library.ask("Hur länge ska jag trycka på larmknappen?").sources[0].document == "gemensamt/hembesok.md"


def test_removing_more_than_half_needs_the_flag_and_less_does_not(library, docs):
    for n in range(3):
        write(docs / "gemensamt" / f"extra{n}.md", f"# Extra {n}\n\nRutin nummer {n} om parkering.\n")
    library.build([docs])  # 6 documents
    (docs / "gemensamt" / "extra0.md").unlink()
    (docs / "gemensamt" / "extra1.md").unlink()
    (docs / "gemensamt" / "extra2.md").unlink()
    assert len(library.build([docs]).removed) == 3  # half: allowed
    shutil.rmtree(docs / "gemensamt")
    with pytest.raises(BuildRefused):
        library.build([docs])  # 2 of 3
    assert len(served(library)) == 3
    report = library.build([docs], allow_removals=True)
    assert sorted(report.removed) == ["gemensamt/flextid.md", "gemensamt/hembesok.md"]


def test_the_watcher_does_not_empty_the_index_on_its_own(library, docs):
    import threading

    from index import watch_folders

    library.build([docs])
    before = served(library)
    for child in docs.iterdir():
        shutil.rmtree(child)
    errors, stop = [], threading.Event()

    def on_error(exc):
        errors.append(exc)
        stop.set()

    threading.Timer(5, stop.set).start()  # on a build that empties the index, stop anyway
    watch_folders(library, [docs], interval=0.01, on_error=on_error, stop_event=stop)
    assert errors and isinstance(errors[0], BuildRefused)
    assert served(library) == before


# -- item 8: two processes opening a new data directory at once -----------------------------------------

def _first_open(data_dir, barrier, results) -> None:
    from index.store import open_db

    try:
        barrier.wait(timeout=30)
        db = open_db(data_dir)
        db.execute("SELECT metadata FROM documents LIMIT 1").fetchall()
        db.conn.close()
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put(f"{type(exc).__name__}: {exc}")


def _usable(data_dir) -> str | None:
    """None when the directory opens and has the newest schema, else what is wrong."""
    from index.store import MIGRATIONS, open_db

    try:
        db = open_db(data_dir)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        columns = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        db.conn.close()
    except Exception as exc:  # noqa: BLE001
        return f"{type(exc).__name__}: {exc}"
    if version != len(MIGRATIONS) or "metadata" not in columns or "audit" not in tables:
        return f"version {version}, columns {sorted(columns)}"
    return None


def test_concurrent_first_opens_never_break_the_directory(tmp_path):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    processes_per_trial, broken, failures = 4, [], []
    for trial in range(20):
        data_dir = tmp_path / f"data{trial}"
        barrier, results = context.Barrier(processes_per_trial), context.Queue()
        workers = [context.Process(target=_first_open, args=(data_dir, barrier, results))
                   for _ in range(processes_per_trial)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        failures += [r for r in (results.get(timeout=5) for _ in workers) if r != "ok"]
        problem = _usable(data_dir)
        if problem:
            broken.append((trial, problem))
    assert broken == [] and failures == []


def test_a_directory_an_older_version_broke_in_the_race_is_healed(tmp_path):
    """What the race used to leave: the metadata column added, but user_version wound back to 2."""
    from index.store import open_db

    db = open_db(tmp_path / "data")
    db.execute("PRAGMA user_version = 2")
    db.conn.close()
    assert _usable(tmp_path / "data") is None


# -- item 9: a missing or corrupt FAISS file -------------------------------------------------------------

@pytest.mark.parametrize("damage", ["missing", "garbage", "truncated", "empty"])
def test_ask_answers_and_index_rebuilds_when_the_faiss_file_is_damaged(tmp_path, docs, damage, caplog):
    library = Library(tmp_path / "data", embedder=FakeEmbedder())
    library.build([docs])
    expected = [s.passage_id for s in library.ask("Hur länge ska jag trycka på larmknappen?").sources]
    library.close()
    faiss_file = next((tmp_path / "data").glob("vectors-*.faiss"))
    whole = faiss_file.read_bytes()
    if damage == "missing":
        faiss_file.unlink()
    else:
        faiss_file.write_bytes({"garbage": b"not a faiss index" * 50, "truncated": whole[: len(whole) // 2],
                                "empty": b""}[damage])

    fresh = Library(tmp_path / "data", embedder=FakeEmbedder())  # a new process: nothing cached
    with caplog.at_level("WARNING"):
        answer = fresh.ask("Hur länge ska jag trycka på larmknappen?")
    assert [s.passage_id for s in answer.sources] == expected
    assert any("rebuilt" in r.getMessage() for r in caplog.records)  # said so
    assert faiss_file.read_bytes() == whole or faiss_file.stat().st_size > 0  # written back

    faiss_file.write_bytes(b"broken again")
    report = fresh.build([docs])
    assert faiss_file.name in dict(report.warnings) and "byggdes om" in dict(report.warnings)[faiss_file.name]
    again = Library(tmp_path / "data", embedder=FakeEmbedder())
    assert [s.passage_id for s in again.ask("Hur länge ska jag trycka på larmknappen?").sources] == expected
