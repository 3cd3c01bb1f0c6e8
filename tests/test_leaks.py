"""Issue 8, leaks: nothing outside the documents folder is read, and nothing is filed under the wrong collection."""
from __future__ import annotations

import os
import stat

import pytest
from conftest import write
from fakes import FakeEmbedder
from test_privacy import database_bytes

from bot.answer import GONE
from index import BuildRefused, Library

SECRET = "# Lönelista\n\nLösenordet till kassaskåpet är fisk och lönen är hemlig.\n"


@pytest.fixture
def library(tmp_path):
    return Library(tmp_path / "data", embedder=FakeEmbedder())


def all_text(library) -> str:
    return "\n".join(r[0] for r in library.db.execute("SELECT text FROM passages")) + "\n".join(
        r[0] for r in library.db.execute("SELECT metadata FROM documents"))


# -- item 2: a routine swapped for a symbolic link after the scan --------------------------------------

def test_a_routine_swapped_for_a_link_out_after_the_scan_is_not_read(library, docs, tmp_path):
    secret = write(tmp_path / "elsewhere" / "lon.md", SECRET)
    target = docs / "gemensamt" / "hembesok.md"

    def swap(progress):  # called just before each file is read: after the scan
        if progress.path == "gemensamt/hembesok.md":
            target.unlink()
            os.symlink(secret, target)

    report = library.build([docs], swap)
    assert "utanför" in dict(report.failed)["gemensamt/hembesok.md"]
    assert "kassaskåpet" not in all_text(library)
    assert not any("kassaskåpet" in s.text for s in library.ask("Vad är lösenordet till kassaskåpet?").sources)


def test_a_sidecar_swapped_for_a_link_out_is_not_read(library, docs, tmp_path):
    write(tmp_path / "elsewhere" / "hemlig.yaml", "title: Lönelistan är hemlig\nowner: Kassaskåpet\n")
    sidecar = write(docs / "gemensamt" / "flextid.md.yaml", "owner: HR-chefen\n")

    def swap(progress):
        if progress.path == "gemensamt/flextid.md":
            sidecar.unlink()
            os.symlink(tmp_path / "elsewhere" / "hemlig.yaml", sidecar)

    report = library.build([docs], swap)
    assert "gemensamt/flextid.md" in report.added
    assert "utanför" in dict(report.warnings)["gemensamt/flextid.md"]
    assert "Kassaskåpet" not in all_text(library) and "Lönelistan" not in all_text(library)
    source = library.ask("Flextiden kärntid", k=1).sources[0]
    assert source.document == "gemensamt/flextid.md" and source.owner is None


def test_a_sidecar_linked_out_from_the_start_is_refused(library, docs, tmp_path):
    write(tmp_path / "elsewhere" / "hemlig.yaml", "owner: Kassaskåpet\n")
    os.symlink(tmp_path / "elsewhere" / "hemlig.yaml", docs / "gemensamt" / "flextid.md.yaml")
    report = library.build([docs])
    assert "utanför" in dict(report.warnings)["gemensamt/flextid.md"]
    assert "Kassaskåpet" not in all_text(library)


def test_a_folder_swapped_for_a_link_out_after_the_scan_is_not_read(library, docs, tmp_path):
    write(tmp_path / "elsewhere" / "sekretess.md", SECRET)
    folder = docs / "barn-och-familj"

    def swap(progress):
        if progress.path == "barn-och-familj/sekretess.md" and not folder.is_symlink():
            (folder / "sekretess.md").unlink()
            folder.rmdir()
            os.symlink(tmp_path / "elsewhere", folder)

    report = library.build([docs], swap)
    assert "utanför" in dict(report.failed)["barn-och-familj/sekretess.md"]
    assert "kassaskåpet" not in all_text(library)


# -- item 3: a subfolder indexed as the root -------------------------------------------------------------

def served(library) -> dict[str, str]:
    """path -> collection of the documents in service."""
    return {d.path: d.collection for d in library.documents()}


def test_a_subfolder_given_as_the_root_is_refused_and_the_index_left_as_it_was(library, docs):
    library.build([docs])
    before = served(library)
    assert before["barn-och-familj/sekretess.md"] == "barn-och-familj"
    with pytest.raises(BuildRefused, match="--new-root"):
        library.build([docs / "barn-och-familj"])
    assert served(library) == before
    assert [s.document for s in library.ask("polisen sekretess", collections=["gemensamt"]).sources] \
        and all(s.collection == "gemensamt" for s in library.ask("polisen sekretess",
                                                                  collections=["gemensamt"]).sources)


def test_a_new_root_with_the_flag_says_which_routines_change_collection(library, docs):
    library.build([docs])
    report = library.build([docs / "barn-och-familj"], new_root=True, allow_removals=True)
    assert served(library) == {"sekretess.md": "gemensamt"}
    assert "barn-och-familj till gemensamt" in dict(report.warnings)["sekretess.md"]


def test_the_same_root_written_another_way_is_the_same_root(library, docs, monkeypatch):
    library.build([docs])
    monkeypatch.chdir(docs.parent)
    assert library.build([docs.name + "/../" + docs.name]).switched is False


def test_moving_a_routine_to_another_collection_is_reported(library, docs):
    library.build([docs])
    (docs / "barn-och-familj" / "sekretess.md").rename(docs / "gemensamt" / "sekretess.md")
    report = library.build([docs])
    assert "barn-och-familj till gemensamt" in dict(report.warnings)["gemensamt/sekretess.md"]


def test_the_cli_refuses_a_subfolder_with_one_line_and_the_flag_named(tmp_path, docs, monkeypatch):
    from click.testing import CliRunner

    import bot.cli

    monkeypatch.setattr(bot.cli, "_library", lambda data, model: Library(data, embedder=FakeEmbedder()))
    data = str(tmp_path / "data")
    runner = CliRunner()
    assert runner.invoke(bot.cli.main, ["index", str(docs), "--data", data]).exit_code == 0
    result = runner.invoke(bot.cli.main, ["index", str(docs / "barn-och-familj"), "--data", data])
    assert result.exit_code == 1 and result.output.startswith("Fel: ") and "--new-root" in result.output
    assert len(result.output.strip().splitlines()) == 1
    result = runner.invoke(bot.cli.main, ["index", str(docs / "barn-och-familj"), "--data", data, "--new-root",
                                          "--allow-removals"])
    assert result.exit_code == 0, result.output


# -- item 6: data at rest -----------------------------------------------------------------------------

def modes(data_dir) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in [data_dir, *data_dir.iterdir()] if not p.is_symlink()}


def test_the_data_directory_is_its_owners_alone(tmp_path, docs):
    from bot.service import Assistant

    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    lib.build([docs])
    Assistant(lib).ask("Hur länge ska jag trycka på larmknappen?", origin="cli", user="anna")
    found = modes(tmp_path / "data")
    assert found.pop("data") == 0o700
    assert {"rutinbot.db", "rutinbot.db-wal", "reindex.lock", "pseudonym.key"} <= set(found)
    assert any(name.endswith(".faiss") for name in found)
    assert {name: mode for name, mode in found.items() if mode != 0o600} == {}


def test_an_existing_open_data_directory_is_tightened(tmp_path, docs):
    data = tmp_path / "data"
    Library(data, embedder=FakeEmbedder()).open().close()
    data.chmod(0o755)
    (data / "rutinbot.db").chmod(0o644)
    Library(data, embedder=FakeEmbedder()).open().close()
    assert modes(data)["data"] == 0o700 and modes(data)["rutinbot.db"] == 0o600


def test_the_pseudonym_key_is_kept_apart_from_the_database(tmp_path):
    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    pseudonym = lib.journal.user_key(4001)
    key = (tmp_path / "data" / "pseudonym.key").read_text().strip()
    assert lib.db.execute("SELECT COUNT(*) FROM meta WHERE key LIKE '%key%'").fetchone()[0] == 0
    lib.close()
    assert key.encode() not in database_bytes(tmp_path / "data")
    again = Library(tmp_path / "data", embedder=FakeEmbedder())
    assert again.journal.user_key(4001) == pseudonym  # stable across restarts


def test_a_key_an_older_version_kept_in_the_database_moves_out_and_pseudonyms_stay(tmp_path):
    import hashlib
    import hmac
    import json

    legacy = "ab" * 32
    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    lib.db.execute("INSERT INTO meta(key, value) VALUES ('pseudonym_key', ?)", [json.dumps(legacy)])
    lib.close()
    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    assert lib.journal.user_key(4001) == hmac.new(bytes.fromhex(legacy), b"4001", hashlib.sha256).hexdigest()[:16]
    lib.close()
    assert (tmp_path / "data" / "pseudonym.key").read_text().strip() == legacy
    assert legacy.encode() not in database_bytes(tmp_path / "data")


def test_the_question_log_keeps_references_not_copies(tmp_path, docs):
    from click.testing import CliRunner

    import bot.cli
    from bot.service import Assistant

    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    lib.build([docs])
    asked = Assistant(lib).ask("Hur länge ska jag trycka på larmknappen?", origin="cli", user="anna", k=5)
    stored = lib.db.execute("SELECT sources FROM questions WHERE id = ?", [asked.question_id]).fetchone()[0]
    assert len(asked.answer.sources) == 3
    assert not any(len(line) > 40 and line in stored for s in asked.answer.sources for line in s.text.split("\n"))
    assert "larmknappen" not in stored and len(stored) < 450 * len(asked.answer.sources)
    lib.close()

    restarted = Assistant(Library(tmp_path / "data", embedder=FakeEmbedder()))  # a button after a restart
    shown = restarted.more_sources(asked.question_id, None)
    assert [c.document for c, _ in shown] == [s.document for s in asked.answer.sources]
    assert "larmknappen i tre sekunder" in shown[0][1]
    _, _, sources = restarted.stored(asked.question_id)
    assert [s.highlight for s in sources] == [s.highlight for s in asked.answer.sources]

    result = CliRunner().invoke(bot.cli.main, ["log", "--json", "--data", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert '"gemensamt/hembesok.md"' in result.output

    (docs / "gemensamt" / "hembesok.md").unlink()
    restarted.library.build([docs])
    gone = {c.document: text for c, text in restarted.more_sources(asked.question_id, None)}
    assert gone["gemensamt/hembesok.md"] == GONE  # the routine left the index: said so, nothing made up
