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
