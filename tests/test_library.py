"""Indexing and asking end to end with the fake embedder: the plumbing, not retrieval quality."""
import os
import sqlite3

import pytest
from conftest import write
from fakes import FakeEmbedder, RecordingEmbedder

from index import IndexLocked, IndexMissing, Library, ModelMismatch
from index.answering import AbstainPolicy
from index.lock import reindex_lock


def test_build_then_ask_cites_document_page_and_section(tmp_path, docs, fake_embedder):
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    report = lib.build([docs])
    assert sorted(report.added) == ["barn-och-familj/sekretess.md", "gemensamt/flextid.md", "gemensamt/hembesok.md"]
    assert report.failed == []
    answer = lib.ask("Hur länge ska jag trycka på larmknappen?")
    top = answer.sources[0]
    assert top.document == "gemensamt/hembesok.md"
    assert top.title == "Hembesök och personlarm"
    assert top.section == "Så fungerar larmet"
    assert top.collection == "gemensamt"
    assert top.page is None  # Markdown has no pages


def test_ask_without_index_says_so(tmp_path, fake_embedder):
    with pytest.raises(IndexMissing):
        Library(tmp_path / "data", embedder=fake_embedder).ask("Hej?")


def test_collections_restrict_every_source(tmp_path, docs, fake_embedder):
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    lib.build([docs])
    answer = lib.ask("Får jag lämna uppgifter till polisen?", k=5, collections=["gemensamt"])
    assert answer.sources
    assert all(s.collection == "gemensamt" for s in answer.sources)
    everything = lib.ask("Får jag lämna uppgifter till polisen?", k=5)
    assert everything.sources[0].collection == "barn-och-familj"


def test_unchanged_reindex_embeds_nothing_and_keeps_generation(tmp_path, docs, fake_embedder):
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    first = lib.build([docs])
    embedded = fake_embedder.passages_embedded
    again = lib.build([docs])
    assert fake_embedder.passages_embedded == embedded
    assert again.generation == first.generation
    assert len(again.unchanged) == 3 and not again.switched


def test_changed_and_removed_files_are_reflected_without_reopening(tmp_path, docs, fake_embedder):
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    lib.build([docs])
    assert "tre sekunder" in lib.ask("larmknappen sekunder").sources[0].text
    write(docs / "gemensamt" / "hembesok.md",
          (docs / "gemensamt" / "hembesok.md").read_text().replace("tre sekunder", "fem sekunder"))
    (docs / "gemensamt" / "flextid.md").unlink()
    before = fake_embedder.passages_embedded  # texts embedded: passages and their sentences
    report = lib.build([docs])
    assert report.changed == ["gemensamt/hembesok.md"] and report.removed == ["gemensamt/flextid.md"]
    assert report.embedded == 1 and 0 < fake_embedder.passages_embedded - before < before
    texts = [s.text for s in lib.ask("larmknappen sekunder", k=10).sources]
    assert any("fem sekunder" in t for t in texts) and not any("tre sekunder" in t for t in texts)
    assert not any(s.document == "gemensamt/flextid.md" for s in lib.ask("flextid kärntid", k=10).sources)
    # the superseded passages are gone from the database, not just hidden
    rows = sqlite3.connect(tmp_path / "data" / "rutinbot.db").execute(
        "SELECT COUNT(*) FROM passages WHERE text LIKE '%tre sekunder%'").fetchone()[0]
    assert rows == 0


def test_a_second_question_reads_every_passage_of_its_generation_at_once(tmp_path, docs, fake_embedder):
    """A lone question reads only its own passages; the second reads them all, and answers as before."""
    for n in range(12):  # more passages than a question's hits
        write(docs / "enheter" / f"rutin-{n}.md", f"# Rutin {n}\n\nPärm {n} står i hylla {n} på plan {n}.\n")
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    lib.build([docs])
    every = {r[0] for r in sqlite3.connect(tmp_path / "data" / "rutinbot.db").execute("SELECT id FROM passages")}
    first = lib.ask("larmknappen sekunder", k=1)
    assert set(lib._served._passages) < every
    second = lib.ask("flextid kärntid")
    assert set(lib._served._passages) == every
    again = lib.ask("larmknappen sekunder", k=1)
    assert (again.sentences, [s.text for s in again.sources]) == (first.sentences, [s.text for s in first.sources])
    assert second.sources


def test_same_content_under_two_paths_is_embedded_once_and_cites_both(tmp_path, docs, fake_embedder):
    write(docs / "gemensamt" / "kopia.md", (docs / "gemensamt" / "flextid.md").read_text())
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    lib.build([docs])
    top = lib.ask("kärntid flextid").sources[0]
    assert {top.document, *top.also_at} == {"gemensamt/flextid.md", "gemensamt/kopia.md"}
    distinct = sqlite3.connect(tmp_path / "data" / "rutinbot.db").execute(
        "SELECT COUNT(*) FROM passages WHERE text LIKE '%Kärntiden%'").fetchone()[0]
    assert distinct == 1


def test_a_text_two_units_keep_in_their_copies_is_embedded_once_per_build(tmp_path, docs):
    """Near-identical routines kept by several units repeat passages and sentences: each distinct text is
    embedded once, and every copy gets its vector."""
    alarm = (docs / "gemensamt" / "hembesok.md").read_text()
    write(docs / "barn-och-familj" / "hembesok.md", alarm.replace("i kalendern", "i Treserva"))
    alone = RecordingEmbedder()
    Library(tmp_path / "alone", embedder=alone).build([docs / "gemensamt"])
    embedder = RecordingEmbedder()
    Library(tmp_path / "data", embedder=embedder).build([docs])
    assert len(embedder.texts) == len(set(embedder.texts))
    assert len(embedder.texts) < 2 * len(alone.texts)  # the copy added only its changed texts
    rows = sqlite3.connect(tmp_path / "data" / "rutinbot.db").execute(
        "SELECT sentence_vectors FROM passages WHERE text LIKE '%tre sekunder%'").fetchall()
    row = 2 * FakeEmbedder.dim  # bytes of one sentence's float16 vector
    first, copy = (r[0] for r in rows)
    assert len(rows) == 2 and first[:row] == copy[:row] and first[-row:] != copy[-row:]


def test_a_routines_header_block_is_keyword_indexed_but_not_embedded_with_its_first_passage(tmp_path):
    """Every routine opens with the same kind of header ("Beslutad | 2025-01-20", the unit's name): in the first
    passage's vector it drowns what the routine says, so it is left out there; the keyword index keeps it."""
    docs = tmp_path / "docs"
    write(docs / "ekonomiskt-bistand" / "ansokan.md",
          "EXEMPELBY KOMMUN\nEnheten för ekonomiskt bistånd\nBeslutad | 2025-01-20\nGäller till | 2027-01-31\n"
          "Ansvarig | Enhetschef ekonomiskt bistånd\n\n# Ansökan om ekonomiskt bistånd\n\n## 1. Nybesök\n\n"
          "Den som vill söka bistånd för första gången ringer rådgivningen. Nybesök erbjuds inom fem arbetsdagar.\n")
    embedder = RecordingEmbedder()
    Library(tmp_path / "data", embedder=embedder).build([docs])
    passages = [t for t in embedder.texts if "Nybesök erbjuds" in t and "ringer rådgivningen" in t]
    assert passages and not any("Beslutad" in t or "EXEMPELBY" in t for t in passages)
    terms = sqlite3.connect(tmp_path / "data" / "rutinbot.db").execute("SELECT terms FROM passages").fetchall()
    assert any("exempelby" in row[0] for row in terms)


def test_bad_files_are_reported_by_name_and_the_rest_indexed(tmp_path, docs, fake_embedder):
    write(docs / "gemensamt" / "tom.md", "")
    (docs / "gemensamt" / "budget.xlsx").write_bytes(b"PK\x03\x04 not really")
    (docs / "gemensamt" / "trasig.pdf").write_bytes(b"%PDF-1.4 garbage")
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    report = lib.build([docs])
    failed = dict(report.failed)
    assert set(failed) == {"gemensamt/tom.md", "gemensamt/budget.xlsx", "gemensamt/trasig.pdf"}
    assert ".xlsx" in failed["gemensamt/budget.xlsx"]
    assert len(report.added) == 3
    assert lib.status().failed == 3


def test_broken_replacement_keeps_previous_version_serving(tmp_path, docs, fake_embedder):
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    lib.build([docs])
    pdf = docs / "gemensamt" / "flextid.md"
    pdf.write_bytes(b"")  # emptied by mistake
    report = lib.build([docs])
    assert dict(report.failed).keys() == {"gemensamt/flextid.md"}
    assert any(s.document == "gemensamt/flextid.md" for s in lib.ask("kärntid flextid", k=5).sources)


def test_second_reindex_is_refused_while_one_holds_the_lock(tmp_path, docs, fake_embedder):
    data = tmp_path / "data"
    with reindex_lock(data), pytest.raises(IndexLocked, match="pågår"):
        Library(data, embedder=fake_embedder).build([docs])
    Library(data, embedder=fake_embedder).build([docs])  # released when the holder ends


def test_index_refuses_to_be_queried_with_another_model(tmp_path, docs, fake_embedder):
    Library(tmp_path / "data", embedder=fake_embedder).build([docs])

    class Other(type(fake_embedder)):
        name = "another-model"

    with pytest.raises(ModelMismatch):
        Library(tmp_path / "data", embedder=Other()).ask("larm")


def test_saved_index_describes_itself(tmp_path, docs, fake_embedder):
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    lib.build([docs])
    status = lib.status()
    assert status.model == "fake-hash-64" and status.dimension == 64
    assert status.chunking["max_words"] == 300
    assert status.documents == 3 and status.passages >= 3
    assert len(list((tmp_path / "data").glob("vectors-*.faiss"))) == 1


def test_symlink_out_of_the_documents_folder_is_not_followed(tmp_path, docs, fake_embedder):
    secret = write(tmp_path / "elsewhere" / "hemligt.md", "# Hemligt\n\nLösenordet är fisk.")
    os.symlink(secret, docs / "gemensamt" / "lank.md")
    report = Library(tmp_path / "data", embedder=fake_embedder).build([docs])
    assert "utanför" in dict(report.failed)["gemensamt/lank.md"]


def test_constructing_a_library_touches_nothing_on_disk(tmp_path, fake_embedder):
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    assert not (tmp_path / "data").exists()
    assert lib.has_index() is False and lib.status().generation is None
    with pytest.raises(IndexMissing):
        lib.documents()
    assert not (tmp_path / "data").exists()  # read-only questions create nothing either
    lib.open()  # the explicit start-up creates and migrates the database
    assert (tmp_path / "data" / "rutinbot.db").is_file()


@pytest.mark.parametrize("command", [["status"], ["status", "--json"], ["documents"], ["log"], ["audit"],
                                     ["log", "purge"]])
def test_read_only_commands_on_a_missing_data_dir_say_so_and_create_nothing(tmp_path, monkeypatch, command):
    from click.testing import CliRunner

    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [*command, "--data", "typo"], env={"RUTINBOT_DATA": None})
    assert "typo" in result.output and "Traceback" not in result.output
    assert ("Inget index i typo" in result.output or "inget index i typo" in result.output
            or '"generation": null' in result.output)
    assert list(tmp_path.iterdir()) == []


def test_the_data_directory_comes_from_the_environment_when_not_given(tmp_path, monkeypatch):
    monkeypatch.setenv("RUTINBOT_DATA", str(tmp_path / "from-env"))
    assert Library().data_dir == tmp_path / "from-env"
    assert Library(tmp_path / "given").data_dir == tmp_path / "given"


def test_the_stored_vectors_of_several_passages_are_read_at_once_in_the_order_asked():
    """Keyword hits the vector search did not rank are scored with their stored vectors, read in one call:
    the same vectors, bit for bit and in the order asked, as reading them one by one."""
    import numpy as np

    from index.vectors import VectorIndex

    rng = np.random.default_rng(2)
    ids = rng.permutation(np.arange(100, 160, dtype=np.int64))
    vectors = rng.normal(size=(len(ids), 8)).astype(np.float32)
    index = VectorIndex.build(ids, vectors, 8)
    wanted = [int(ids[7]), int(ids[0]), int(ids[41]), int(ids[7]), int(ids[59])]
    expected = np.vstack([vectors[list(ids).index(i)] for i in wanted])
    assert index.vectors(wanted).tobytes() == expected.tobytes()
    assert index.vectors([]).shape == (0, 8)


def test_a_question_typed_without_swedish_letters_is_embedded_with_the_routines_spelling(tmp_path, docs):
    """The spellings are learnt with the generation: "hembesok" is embedded as the routines spell it, while
    the answer keeps the question as typed. A library indexed before spellings were learnt learns them at
    its next reindex, although no file changed."""
    embedder = RecordingEmbedder()
    lib = Library(tmp_path / "data", embedder=embedder)
    first = lib.build([docs])
    answer = lib.ask("maste jag testa larmet fore hembesoket")
    assert embedder.queries[-1:] == ["måste jag testa larmet före hembesöket"]
    assert answer.question == "maste jag testa larmet fore hembesoket"
    lib.ask("Måste jag testa larmet fore hembesoket?")  # one å: the asker spells as they mean
    assert embedder.queries[-1:] == ["Måste jag testa larmet fore hembesoket?"]

    lib.db.execute("DELETE FROM meta WHERE key = 'spellings'")
    lib.db.conn.commit()
    again = lib.build([docs])
    assert again.switched and again.generation != first.generation
    lib.ask("maste jag testa larmet fore hembesoket")
    assert embedder.queries[-1:] == ["måste jag testa larmet före hembesöket"]


class _SeesUnknownShare(AbstainPolicy):
    """Records the share of the question's words the routines are taken never to use."""

    def grade(self, quote, unknown):
        self.seen.append(unknown)  # type: ignore[attr-defined]
        return super().grade(quote, unknown)


_QUESTION_ON_PETS = "får jag ta med hunden på hembesök med personlarm?"


def _unknown_share_asked(tmp_path, units: tuple[str, ...]) -> float:
    """Asked of the routine on home visits as each unit keeps it, beside a page on pets in the home."""
    for unit in units:
        write(tmp_path / "docs" / unit / "hembesok.md", f"# Hembesök\n\nPersonlarm ska alltid bäras vid hembesök. "
              f"Larmet hämtas i receptionen hos hemtjänsten {unit}.\n")
    write(tmp_path / "docs" / "djur.md", "# Djur i hemmet\n\nHundar i brukarens hem ska anmälas till enhetschefen "
          "före första besöket.\n")
    policy = _SeesUnknownShare(threshold=0.4, similarity_weight=0.0)
    object.__setattr__(policy, "seen", [])
    lib = Library(tmp_path / "data", embedder=FakeEmbedder(), policy=policy)
    lib.build([tmp_path / "docs"])
    lib.ask(_QUESTION_ON_PETS)
    return policy.seen[-1]  # type: ignore[attr-defined]


def test_a_word_only_routines_far_from_the_question_use_counts_as_one_the_routines_never_use(tmp_path, monkeypatch):
    """In a municipality's whole library nearly every word is used somewhere ("hund" in a page on pets in the home),
    and a question on something no routine covers would read as covered: a word counts as known only where the
    passages the search found for the question use it (index.search.NEIGHBOURHOOD of them)."""
    assert _unknown_share_asked(tmp_path / "all", ("norr",)) == 0.0  # a library no larger than the neighbourhood
    monkeypatch.setattr("index.search.NEIGHBOURHOOD", 1)  # … and one larger: the page on pets lies outside it
    assert _unknown_share_asked(tmp_path / "near", ("norr",)) > 0.1


def test_a_routine_every_unit_keeps_fills_the_neighbourhood_once(tmp_path, monkeypatch):
    """Near-copies count once in the neighbourhood, as in the search: the routine on home visits kept by five units
    does not crowd out the page on pets, whose words the routines near the question then use."""
    monkeypatch.setattr("index.search.NEIGHBOURHOOD", 2)  # two texts: the five copies and the page on pets
    assert _unknown_share_asked(tmp_path, ("norr", "syd", "öst", "väst", "centrum")) == 0.0
