"""Documents that change: expired routines are flagged, sidecars take effect, only the newest version is cited."""
import json
import sqlite3
from datetime import date

import pytest
from click.testing import CliRunner
from conftest import write

import bot.cli
from bot.answer import answer_text, build_reply, render_text
from index import AbstainPolicy, Library
from index.header import extract_header
from index.store import MIGRATIONS, _migrate, open_db

TODAY = date(2025, 6, 1)

CAR = """# Tjänstebil och resor

Beslutsdatum: 2018-11-05
Giltig till: 2020-06-30
Ansvarig: Fordonsansvarig, Administrativa enheten

## Boka tjänstebil

Tjänstebilen bokas i Outlook under resursen SOC Tjänstebil. Nycklar och körjournal hämtas i receptionen.
"""

OLD_FLEX = """Rutin för flextid och övertid
Beslutsdatum: 2019-05-20
Gäller tillsvidare

# Rutin för flextid och övertid

## Flexram

Flexramen är 07.00–19.00 och kärntiden är 09.00–15.30. Flexsaldot får vara högst 40 timmar.
"""

NEW_FLEX = """Rutin för flextid och övertid
Beslutsdatum: 2024-11-28
Gäller tillsvidare

# Rutin för flextid och övertid

## Flexram

Flexramen är 07.00–18.00 och kärntiden är 09.00–15.00. Flexsaldot får vara högst 30 timmar.
"""


def library(tmp_path, embedder, today=TODAY) -> Library:
    return Library(tmp_path / "data", embedder=embedder, policy=AbstainPolicy.always(), clock=lambda: today)


@pytest.fixture
def cli(tmp_path, fake_embedder, monkeypatch):
    """`rutinbot` with the fake embedder, an always-answering policy and a fixed today."""
    monkeypatch.setattr(bot.cli, "_library", lambda data, model: library(tmp_path, fake_embedder))

    def run(*args):
        result = CliRunner().invoke(bot.cli.main, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output
    return run


# -- expired routines ---------------------------------------------------------------------------------


def test_expired_routine_is_found_but_flagged_in_json_and_text(tmp_path, docs, fake_embedder, cli):
    write(docs / "gemensamt" / "tjanstebil.md", CAR)
    library(tmp_path, fake_embedder).build([docs])
    data = json.loads(cli("ask", "Hur bokar jag tjänstebil?", "--json", "--data", str(tmp_path / "data")))
    top = data["sources"][0]
    assert top["document"] == "gemensamt/tjanstebil.md"
    assert top["expired"] is True
    assert top["valid_until"] == "2020-06-30" and top["decided"] == "2018-11-05"
    assert top["owner"] == "Fordonsansvarig, Administrativa enheten"
    assert "Rutinen har gått ut: den gällde till 2020-06-30" in data["answer"]
    assert "Fordonsansvarig" in data["answer"]
    others = [s for s in data["sources"] if s["document"] == "gemensamt/hembesok.md"]
    assert all(s["expired"] is False and s["valid_until"] == "2030-12-31" for s in others)

    text = cli("ask", "Hur bokar jag tjänstebil?", "--data", str(tmp_path / "data"))
    assert "den gällde till 2020-06-30. Fråga dokumentansvarig (Fordonsansvarig" in text


KEYS = """# Nycklar i hemtjänsten

Beslutad: 2022-03-01
Revideras senast: 2025-03-01
Dokumentansvarig: Samordnare hemtjänst

## Kvittera nycklar

Brukarens nycklar kvitteras i nyckelskåpet med din tagg och lämnas tillbaka samma dag.
"""


def test_a_review_date_is_named_as_such_before_and_after_it_passes(tmp_path, docs, fake_embedder):
    """A routine that states only when it is to be revised is out of date after that day: the reader is told
    so, in the routine's own terms, not that it "expired"."""
    write(docs / "gemensamt" / "nycklar.md", KEYS)
    question = "Var kvitterar jag brukarens nycklar?"
    library(tmp_path, fake_embedder).build([docs])
    before = build_reply(library(tmp_path, fake_embedder, today=date(2025, 1, 1)).ask(question))
    assert before.source.title == "Nycklar i hemtjänsten"
    assert before.source.validity == "Ska revideras senast 2025-03-01 · dokumentansvarig: Samordnare hemtjänst"
    after = build_reply(library(tmp_path, fake_embedder, today=date(2025, 6, 1)).ask(question))
    assert after.source.notes == [
        "Rutinen skulle ha reviderats senast 2025-03-01 och kan vara inaktuell. Fråga dokumentansvarig "
        "(Samordnare hemtjänst) om den fortfarande gäller innan du följer den."]


def test_the_clock_decides_what_has_expired(tmp_path, docs, fake_embedder):
    library(tmp_path, fake_embedder).build([docs])
    question = "Hur länge ska jag trycka på larmknappen?"
    now = library(tmp_path, fake_embedder, today=date(2030, 12, 31)).ask(question).sources[0]
    later = library(tmp_path, fake_embedder, today=date(2031, 1, 1)).ask(question).sources[0]
    assert now.document == later.document == "gemensamt/hembesok.md"
    assert not now.expired and later.expired
    reply = build_reply(library(tmp_path, fake_embedder, today=date(2031, 1, 1)).ask(question))
    assert reply.source.notes == [
        "Rutinen har gått ut: den gällde till 2030-12-31. Fråga den som beslutade den (Ledningsgruppen) "
        "om den fortfarande gäller innan du följer den."]  # it names no owner, only who decided it
    assert reply.source.warning in answer_text(reply) and reply.source.warning in render_text(reply)


# -- sidecars ---------------------------------------------------------------------------------------


def test_editing_only_the_sidecar_takes_effect_at_the_next_reindex(tmp_path, docs, fake_embedder):
    lib = library(tmp_path, fake_embedder)
    first = lib.build([docs])
    question = "Hur länge ska jag trycka på larmknappen?"
    assert lib.ask(question).sources[0].valid_until == "2030-12-31"
    embedded = fake_embedder.passages_embedded

    sidecar = write(docs / "gemensamt" / "hembesok.md.yaml", "valid_until: 2020-01-31\nowner: Enhetschef Ann\n")
    report = lib.build([docs])
    assert report.switched and report.generation != first.generation
    assert report.changed == ["gemensamt/hembesok.md"]
    assert fake_embedder.passages_embedded == embedded  # the document was not read or embedded again
    top = lib.ask(question).sources[0]
    assert (top.valid_until, top.expired, top.owner) == ("2020-01-31", True, "Enhetschef Ann")

    write(sidecar, "valid_until: 2029-05-31\n")
    lib.build([docs])
    top = lib.ask(question).sources[0]
    assert (top.valid_until, top.expired, top.owner) == ("2029-05-31", False, None)

    sidecar.unlink()
    lib.build([docs])
    assert lib.ask(question).sources[0].valid_until == "2030-12-31"  # back to the document's own header
    again = lib.build([docs])
    assert not again.switched  # nothing changed: no new generation


def test_a_broken_sidecar_is_reported_and_the_header_is_used(tmp_path, docs, fake_embedder, cli):
    write(docs / "gemensamt" / "hembesok.md.yaml", "valid_until: [2020-01-31\n")
    lib = library(tmp_path, fake_embedder)
    report = lib.build([docs])
    assert report.failed == []
    [(path, reason)] = report.warnings
    assert path == "gemensamt/hembesok.md" and "hembesok.md.yaml" in reason and "YAML" in reason
    assert report.as_dict()["warnings"] == [{"path": path, "reason": reason}]
    top = lib.ask("Hur länge ska jag trycka på larmknappen?").sources[0]
    assert top.document == "gemensamt/hembesok.md" and top.valid_until == "2030-12-31"
    [info] = [d for d in lib.documents() if d.path == path]
    assert info.status == "ok" and "YAML" in info.reason
    assert "hembesok.md.yaml" in cli("documents", "--data", str(tmp_path / "data"))


def test_sidecar_title_is_cited(tmp_path, docs, fake_embedder):
    write(docs / "gemensamt" / "hembesok.md.yml", "title: Hembesök, larm och säkerhet\n")
    lib = library(tmp_path, fake_embedder)
    lib.build([docs])
    assert lib.ask("Hur länge ska jag trycka på larmknappen?").sources[0].title == "Hembesök, larm och säkerhet"


def test_front_matter_overrides_the_header(tmp_path, docs, fake_embedder):
    write(docs / "gemensamt" / "tjanstebil.md", "---\nvalid_until: 2032-12-31\nowner: Bilpoolen\n---\n" + CAR)
    lib = library(tmp_path, fake_embedder)
    lib.build([docs])
    top = lib.ask("Hur bokar jag tjänstebil?").sources[0]
    assert (top.document, top.valid_until, top.expired, top.owner, top.decided) == (
        "gemensamt/tjanstebil.md", "2032-12-31", False, "Bilpoolen", "2018-11-05")


def test_contents_indexed_before_metadata_existed_get_it_without_embedding(tmp_path, docs, fake_embedder):
    lib = library(tmp_path, fake_embedder)
    lib.build([docs])
    db = sqlite3.connect(tmp_path / "data" / "rutinbot.db")
    with db:
        db.execute("UPDATE contents SET metadata = '{}'")
    embedded = fake_embedder.passages_embedded
    assert lib.ask("Hur länge ska jag trycka på larmknappen?").sources[0].valid_until is None
    report = lib.build([docs])
    assert fake_embedder.passages_embedded == embedded
    assert report.switched  # a running asker reloads and sees the dates
    assert lib.ask("Hur länge ska jag trycka på larmknappen?").sources[0].valid_until == "2030-12-31"
    assert not lib.build([docs]).switched
    stored = json.loads(db.execute(
        "SELECT c.metadata FROM contents c JOIN documents d ON d.content_hash = c.hash "
        "WHERE d.path = 'gemensamt/hembesok.md'").fetchone()[0])
    assert stored["valid_until"] == "2030-12-31" and stored["version"] >= 1


# -- versions ---------------------------------------------------------------------------------------


def test_only_the_newest_version_is_cited_with_a_notice(tmp_path, docs, fake_embedder, cli):
    write(docs / "gemensamt" / "flex-2019.md", OLD_FLEX)
    write(docs / "gemensamt" / "flex-2024.md", NEW_FLEX)
    lib = library(tmp_path, fake_embedder)
    lib.build([docs])
    answer = lib.ask("Vad är flexramen och kärntiden?", k=4)
    documents = [s.document for s in answer.sources]
    assert "gemensamt/flex-2019.md" not in documents
    assert "gemensamt/flex-2024.md" in documents
    assert len(answer.sources) == 4  # more candidates were fetched to make up for the dropped version
    newest = next(s for s in answer.sources if s.document == "gemensamt/flex-2024.md")
    [older] = newest.older_versions
    assert (older.document, older.decided) == ("gemensamt/flex-2019.md", "2019-05-20")
    reply = build_reply(answer)
    assert any("äldre version" in n and "(gemensamt/flex-2019.md beslutad 2019-05-20)" in n for n in reply.notices)
    assert "äldre version" in render_text(reply)

    data = json.loads(cli("ask", "Vad är flexramen och kärntiden?", "--json", "--data", str(tmp_path / "data")))
    assert all(s["document"] != "gemensamt/flex-2019.md" for s in data["sources"])
    newest = next(s for s in data["sources"] if s["document"] == "gemensamt/flex-2024.md")
    assert newest["older_versions"][0]["document"] == "gemensamt/flex-2019.md"


def test_undated_duplicates_are_both_kept_and_later_valid_from_wins(tmp_path, docs, fake_embedder):
    undated = OLD_FLEX.replace("Beslutsdatum: 2019-05-20\n", "")
    write(docs / "gemensamt" / "flex-a.md", undated)
    write(docs / "gemensamt" / "flex-b.md", NEW_FLEX.replace("Beslutsdatum: 2024-11-28\n", ""))
    lib = library(tmp_path, fake_embedder)
    lib.build([docs])
    documents = {s.document for s in lib.ask("Vad är flexramen och kärntiden?", k=6).sources}
    assert {"gemensamt/flex-a.md", "gemensamt/flex-b.md"} <= documents

    write(docs / "gemensamt" / "flex-a.md", undated.replace("Gäller tillsvidare", "Gäller från: 2019-01-01"))
    write(docs / "gemensamt" / "flex-b.md.yaml", "valid_from: 2025-01-01\n")
    lib.build([docs])
    documents = {s.document for s in lib.ask("Vad är flexramen och kärntiden?", k=6).sources}
    assert "gemensamt/flex-b.md" in documents and "gemensamt/flex-a.md" not in documents


def test_same_title_in_another_collection_is_another_routine(tmp_path, docs, fake_embedder):
    write(docs / "gemensamt" / "flex.md", OLD_FLEX)
    write(docs / "barn-och-familj" / "flex.md", NEW_FLEX)
    lib = library(tmp_path, fake_embedder)
    lib.build([docs])
    assert all(d.status != "replaced" for d in lib.documents())


# -- rutinbot documents -----------------------------------------------------------------------------


def test_documents_lists_statuses_and_reasons(tmp_path, docs, fake_embedder, cli):
    write(docs / "gemensamt" / "tjanstebil.md", CAR)
    write(docs / "gemensamt" / "flex-2019.md", OLD_FLEX)
    write(docs / "gemensamt" / "flex-2024.md", NEW_FLEX)
    write(docs / "gemensamt" / "tom.md", "")
    report = library(tmp_path, fake_embedder).build([docs])
    assert [p for p, _ in report.failed] == ["gemensamt/tom.md"]

    listed = {d["path"]: d for d in json.loads(cli("documents", "--json", "--data", str(tmp_path / "data")))}
    assert listed["gemensamt/tjanstebil.md"]["status"] == "expired"
    assert listed["gemensamt/tjanstebil.md"]["expired"] is True
    assert listed["gemensamt/flex-2019.md"]["status"] == "replaced"
    assert listed["gemensamt/flex-2019.md"]["replaced_by"] == "gemensamt/flex-2024.md"
    assert listed["gemensamt/flex-2024.md"]["status"] == "ok"
    assert listed["gemensamt/tom.md"]["status"] == "failed"
    assert listed["gemensamt/tom.md"]["reason"] == dict(report.failed)["gemensamt/tom.md"]
    hembesok = listed["gemensamt/hembesok.md"]
    assert (hembesok["title"], hembesok["collection"], hembesok["passages"] > 0, hembesok["valid_until"]) == (
        "Hembesök och personlarm", "gemensamt", True, "2030-12-31")

    expired = json.loads(cli("documents", "--expired", "--json", "--data", str(tmp_path / "data")))
    assert [d["path"] for d in expired] == ["gemensamt/tjanstebil.md"]

    table = cli("documents", "--data", str(tmp_path / "data"))
    for heading in ("Titel", "Dokument", "Samling", "Beslutad", "Gäller till", "Ansvarig", "Status"):
        assert heading in table
    assert "utgången" in table and "ersatt" in table and "misslyckad" in table and "filen är tom" in table


def test_documents_without_an_index_is_an_error(tmp_path, cli, fake_embedder, monkeypatch):
    result = CliRunner().invoke(bot.cli.main, ["documents", "--data", str(tmp_path / "data")])
    assert result.exit_code == 1 and "inget index" in result.output


# -- the schema -------------------------------------------------------------------------------------


def test_migration_applied_by_another_process_meanwhile_is_tolerated(tmp_path):
    db = open_db(tmp_path)  # fully migrated, including the documents.metadata column

    class StaleVersion:
        """A connection that read user_version just before another process migrated."""

        def __init__(self, real):
            self.real, self.conn, self.first = real, real.conn, True

        def execute(self, sql, *args):
            if self.first and "user_version" in sql:
                self.first = False
                mine = next(i for i, sql in enumerate(MIGRATIONS) if "ADD COLUMN metadata" in sql)
                return self.real.execute("SELECT ?", [mine])  # the version before this migration
            return self.real.execute(sql, *args)

    _migrate(StaleVersion(db))
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert "metadata" in db["documents"].columns_dict


# -- honest about validity in every reply ---------------------------------------------------------------


@pytest.mark.parametrize("today, noted", [
    (date(2030, 10, 31), False),  # 61 days left
    (date(2030, 11, 1), True),  # 60 days left
    (date(2030, 12, 31), True),  # the last day
    (date(2031, 1, 1), False),  # expired: the expiry warning instead
])
def test_a_routine_ending_within_60_days_is_noted(tmp_path, docs, fake_embedder, today, noted):
    library(tmp_path, fake_embedder).build([docs])
    answer = library(tmp_path, fake_embedder, today=today).ask("Hur länge ska jag trycka på larmknappen?")
    top = answer.sources[0]
    assert top.document == "gemensamt/hembesok.md" and top.expiring is noted
    reply = build_reply(answer)
    text = render_text(reply)
    assert ("Rutinen gäller bara till 2030-12-31" in text) is noted
    assert ("Rutinen gäller bara till 2030-12-31" in answer_text(reply)) is noted
    assert ("har gått ut" in text) is (today > date(2030, 12, 31))


def test_a_routine_stating_no_validity_gets_no_invented_one(tmp_path, docs, fake_embedder):
    library(tmp_path, fake_embedder).build([docs])
    answer = library(tmp_path, fake_embedder).ask("Vad är kärntiden för flextid?")
    top = answer.sources[0]
    assert top.document == "gemensamt/flextid.md"
    assert (top.valid_until, top.valid_indefinitely, top.decided, top.owner, top.days_left) == (
        None, False, None, None, None)
    reply = build_reply(answer)
    assert reply.source.validity is None and reply.source.notes == []
    text = render_text(reply)
    for invented in ("Gäller", "gäller till", "gått ut", "dokumentansvarig", "Beslutad"):
        assert invented not in text.split("Källa:")[1], text


PAGE = """Sekretess och tystnadsplikt

All personal som arbetar inom socialtjänsten har tystnadsplikt, även tidigare anställda.

Skriv ut
Senast uppdaterad: 27 mars 2024 09:38
Sidansvarig: Amanda Regebro Hult
"""


def test_a_page_stating_only_when_it_was_updated_is_cited_with_that_date(tmp_path, docs, fake_embedder, cli):
    """An intranet or web page states no decision and no end of validity, only when it was last updated and who
    answers for it: that date is what a newcomer judges its currency by, so the citation shows it."""
    write(docs / "gemensamt" / "sekretess.txt", PAGE)
    library(tmp_path, fake_embedder).build([docs])
    answer = library(tmp_path, fake_embedder).ask("gäller tystnadsplikten för tidigare anställda?")
    top = answer.sources[0]
    assert top.document == "gemensamt/sekretess.txt"
    assert (top.revised, top.decided, top.valid_until) == ("2024-03-27", None, None)
    assert build_reply(answer).source.validity == "Senast uppdaterad 2024-03-27 · dokumentansvarig: Amanda Regebro Hult"
    data = json.loads(cli("ask", "gäller tystnadsplikten för tidigare anställda?", "--json", "--data",
                          str(tmp_path / "data")))
    assert data["sources"][0]["revised"] == "2024-03-27"
    listed = json.loads(cli("documents", "--json", "--data", str(tmp_path / "data")))
    assert {d["path"]: d["revised"] for d in listed}["gemensamt/sekretess.txt"] == "2024-03-27"


def test_a_page_stating_when_it_was_published_is_cited_with_its_latest_change():
    """A web page's "Publicerad 8 december 2023" is when it was last put out: a newcomer judges its currency by it,
    as by "Senast uppdaterad". Published and then changed, the change counts, in either order; a sentence about
    publishing states no date of the page."""
    assert extract_header(["Publicerad 8 december 2023"])["revised"] == "2023-12-08"
    assert extract_header(["Publicerad: 2022-12-07 15:52. Ändrad: 2022-12-08 11:02."])["revised"] == "2022-12-08"
    assert extract_header(["Senast uppdaterad", "4 mars 2024", "Publicerad", "3 januari 2025"])["revised"] == "2024-03-04"
    assert extract_header(["Rapporterna publicerades 2019-05-01 och visar att fler söker stöd."])["revised"] is None


def test_indefinitely_is_shown_as_stated(tmp_path, docs, fake_embedder):
    write(docs / "gemensamt" / "flex.md", NEW_FLEX)
    library(tmp_path, fake_embedder).build([docs])
    answer = library(tmp_path, fake_embedder).ask("Hur stort får flexsaldot vara?")
    assert answer.sources[0].document == "gemensamt/flex.md"
    assert build_reply(answer).source.validity == "Gäller tills vidare"


def test_ask_json_keeps_its_fields_and_adds_the_validity_ones(tmp_path, docs, fake_embedder, cli):
    write(docs / "gemensamt" / "tjanstebil.md", CAR)
    library(tmp_path, fake_embedder).build([docs])
    data = json.loads(cli("ask", "Hur bokar jag tjänstebil?", "--json", "--data", str(tmp_path / "data")))
    assert {"question", "answered", "answer", "sentences", "confidence", "warnings", "sources"} <= set(data)
    top = data["sources"][0]
    assert {"document", "title", "page", "section", "text", "score", "collection", "decided", "valid_until",
            "owner", "expired", "older_versions", "highlight"} <= set(top)
    assert (top["expired"], top["expiring"], top["valid_indefinitely"]) == (True, False, False)
    assert top["days_left"] == (date(2020, 6, 30) - TODAY).days
