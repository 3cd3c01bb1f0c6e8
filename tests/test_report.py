"""The administrator report: what it lists, how it counts, how it groups, and the page, CLI and chat around it."""
import json
import re
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import write

import bot.cli
from bot.report_chat import MAX_CHARS, summary_text
from bot.report_html import render_html
from bot.service import Assistant
from index import Library, admin_report
from index.privacy import luhn_digit
from index.report import group_topics, shown_question

TODAY = date(2030, 11, 15)
NOW = datetime(2030, 11, 15, 12, 0, tzinfo=UTC)

CAR = """# Tjänstebil och resor

Beslutsdatum: 2018-11-05
Giltig till: 2020-06-30
Ansvarig: Fordonsansvarig

## Boka tjänstebil

Tjänstebilen bokas i Outlook under resursen SOC Tjänstebil. Nycklar och körjournal hämtas i receptionen.
"""

OLD_KEYS = """# Nyckelrutin

Beslutsdatum: 2019-01-10
Gäller tillsvidare
Dokumentansvarig: Vaktmästare

## Nycklar

Nycklar kvitteras ut hos vaktmästaren och lämnas tillbaka samma dag.
"""

NEW_KEYS = OLD_KEYS.replace("2019-01-10", "2024-05-02").replace("samma dag", "senast klockan 16")

ASKED = [  # (days before NOW, question, vote)
    (70, "Hur länge ska jag trycka på larmknappen?", None),
    (63, "Hur bokar jag tjänstebil?", False),
    (56, "Hur bokar jag tjänstebilen till ett hembesök?", None),
    (40, "Var hämtar jag nycklar?", True),
    (30, "Hur ansöker jag om friskvårdsbidrag?", None),
    (22, "Hur stort är friskvårdsbidraget per år?", None),
    (15, "Vilka regler gäller för friskvårdsbidrag och gym?", None),
    (8, "Får min klient 19850412-1234 ta med sin hund till mottagningen?", None),
    (2, "Får klienter ta med hund till besöksrummet?", None),
    (1, "Hur länge ska jag trycka på larmknappen?", None),
]


@pytest.fixture
def library(tmp_path, docs, fake_embedder):
    write(docs / "gemensamt" / "tjanstebil.md", CAR)
    write(docs / "gemensamt" / "nycklar-2019.md", OLD_KEYS)
    write(docs / "gemensamt" / "nycklar.md", NEW_KEYS)
    lib = Library(tmp_path / "data", embedder=fake_embedder, clock=lambda: TODAY)
    lib.build([docs])
    assistant = Assistant(lib)
    for days, question, vote in ASKED:
        moment = NOW - timedelta(days=days)
        lib.journal.clock = lambda moment=moment: moment
        asked = assistant.ask(question, origin="cli", user="anna")
        if vote is not None:
            assistant.feedback(asked.question_id, "bertil", vote)
    lib.journal.clock = lambda: NOW
    return lib


def test_routines_to_look_after(library):
    report = admin_report(library)
    assert [r.path for r in report.expired] == ["gemensamt/tjanstebil.md"]
    assert report.expired[0].owner == "Fordonsansvarig" and report.expired[0].days_left < 0
    assert [(r.path, r.days_left) for r in report.expiring] == [("gemensamt/hembesok.md", 46)]
    assert {r.path for r in report.no_owner} == {"gemensamt/hembesok.md", "gemensamt/flextid.md",
                                                 "barn-och-familj/sekretess.md"}
    assert {r.path for r in report.no_validity} == {"gemensamt/flextid.md", "barn-och-familj/sekretess.md"}
    assert [(r.path, r.replaced_by) for r in report.older_versions] == [
        ("gemensamt/nycklar-2019.md", "gemensamt/nycklar.md")]
    assert report.documents == 6 and report.expiring_within == 60


def test_questions_per_week_and_the_share_answered(library):
    report = admin_report(library)
    assert report.asked == len(ASKED) == sum(w.asked for w in report.weeks)
    assert report.answered == sum(w.answered for w in report.weeks)
    assert 0 < report.answered < report.asked
    assert report.not_helpful == 1
    mondays = [w.monday for w in report.weeks]
    assert mondays == sorted(mondays) and all(b - a == timedelta(days=7) for a, b in zip(mondays, mondays[1:]))
    assert any(w.asked == 0 for w in report.weeks)  # quiet weeks are shown, not skipped
    recent = admin_report(library, since_days=10)
    assert recent.asked == 3 and recent.weeks[0].monday <= (NOW - timedelta(days=10)).date()


class TopicEmbedder:
    """Questions about one thing get one direction (plus a little of their own), whatever their words."""

    TOPICS = ("friskvård", "hund", "tjänstebil", "larm", "nycklar")

    def __init__(self, name):
        self.name = name
        self.embedded = []

    def embed_queries(self, texts):
        self.embedded += texts
        out = np.zeros((len(texts), len(self.TOPICS) + len(texts)), dtype=np.float32)
        for i, text in enumerate(texts):
            hits = [t for t, topic in enumerate(self.TOPICS) if topic in text.lower()]
            out[i, hits[0] if hits else len(self.TOPICS) + i] = 1.0
            out[i, len(self.TOPICS) + i] += 0.2
        return out


def test_open_questions_are_grouped_by_topic_without_a_personnummer(library):
    library.db.execute("UPDATE questions SET vector = NULL")  # logged before vectors were kept: embedded now
    embedder = library._embedder = TopicEmbedder(library.embedder.name)
    report = admin_report(library)
    assert embedder.embedded and not any("19850412" in q for q in embedder.embedded)
    shown = [q for t in report.topics for q in t.examples]
    assert not any("19850412" in q for q in shown)
    assert any("klient [nummer] ta med sin hund" in q for q in shown)  # a mistyped one (bad check digit) too
    friskvard = [t for t in report.topics if any("friskvård" in q for q in t.examples)]
    assert len(friskvard) == 1 and friskvard[0].size == 3  # one topic, not three
    voted_down = [t for t in report.topics if t.not_helpful]
    assert voted_down and any("tjänstebil" in q for q in voted_down[0].examples)
    assert all(t.routines for t in report.topics if t.size)  # the routines that came nearest
    assert sum(t.size for t in report.topics) == sum(1 for _, _, v in ASKED if v is False) + (
        report.asked - report.answered)


VALID = "19850412-123" + luhn_digit("850412123")


def test_a_valid_personnummer_never_reaches_the_log_or_the_report(library):
    assistant = Assistant(library)
    assistant.ask(f"Vad gäller för {VALID} och friskvårdsbidrag?", origin="cli", user="anna")
    assert VALID not in json.dumps(library.journal.entries())
    assert VALID not in render_html(admin_report(library)) and "[personnummer]" in render_html(admin_report(library))


@pytest.mark.parametrize("number", ["850412-1234", VALID, "19850412 1234"])
def test_an_identity_number_that_reached_an_old_log_is_still_not_shown(library, number):
    library.db.execute("UPDATE questions SET question = ?, answered = 0 WHERE id = 1",
                       [f"Min klient {number} undrar över larmet"])
    report = admin_report(library)
    html = render_html(report)
    assert number not in html and "850412" not in html and "850412" not in summary_text(report)
    assert shown_question("Möte 2024-05-01 kl 10, ring 070-123 45 67, dnr SN 2024/0113") == \
        "Möte 2024-05-01 kl 10, ring 070-123 45 67, dnr SN 2024/0113"


def test_the_most_cited_routines_and_their_owners(library):
    report = admin_report(library)
    expected = {}
    for entry in library.journal.entries():
        if entry["answered"]:
            path = entry["sources"][0]["document"]
            expected[path] = expected.get(path, 0) + 1
    assert {c.path: c.times for c in report.most_cited} == expected
    assert [c.times for c in report.most_cited] == sorted(expected.values(), reverse=True)
    cited = {c.path: c for c in report.most_cited}
    car = cited["gemensamt/tjanstebil.md"]  # asked twice about the service car, one answer voted down
    assert car.owner == "Fordonsansvarig" and car.not_helpful == 1
    assert ("Fordonsansvarig", car.times) in report.owners
    assert all(owner for owner, _ in report.owners)  # routines without an owner are not an owner


def test_topics_come_from_stored_vectors_without_loading_the_model(library):
    class NoModel:
        name = library.embedder.name

        def embed_queries(self, texts):
            raise AssertionError("the model was loaded for the report")

    library._embedder = NoModel()
    assert admin_report(library).topics


def test_group_topics_puts_near_questions_together_and_largest_first():
    a, b = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])
    vectors = np.vstack([a, b, a * 0.99 + b * 0.01, a, b * 0.98 + a * 0.02])
    groups = group_topics(["a1", "b1", "a2", "a3", "b2"], vectors)
    assert groups == [[0, 2, 3], [1, 4]] or sorted(map(sorted, groups)) == [[0, 2, 3], [1, 4]]
    assert len(groups[0]) == 3
    assert group_topics([], np.zeros((0, 3))) == []


# -- the page -----------------------------------------------------------------------------------------


def test_the_page_is_self_contained_and_in_swedish(library):
    html = render_html(admin_report(library, since_days=90))
    assert html.startswith("<!DOCTYPE html>") and '<html lang="sv">' in html
    assert not re.search(r"<script|<link|<img|<iframe|@import|https?://", html, re.I)
    assert all(target.startswith("#") for target in re.findall(r"url\(([^)]*)\)", html))  # only in-page patterns
    assert html.count("<svg") == 1 and "Frågor per vecka" in html
    for heading in ("Har gått ut (1)", "Går ut inom 60 dagar (1)", "Saknar dokumentansvarig (3)",
                    "Saknar giltighetstid (2)", "Äldre versioner som ligger kvar (1)", "Det rutinerna inte svarar på",
                    "Mest citerade rutiner"):
        assert heading in html, heading
    assert "Tjänstebil och resor" in html and "Fordonsansvarig" in html and "2020-06-30" in html
    assert "de senaste 90 dagarna" in html


def test_an_empty_log_makes_a_page_that_says_so(tmp_path, docs, fake_embedder):
    lib = Library(tmp_path / "data", embedder=fake_embedder, clock=lambda: TODAY)
    lib.build([docs])
    html = render_html(admin_report(lib))
    assert "Inga frågor under perioden." in html and "Inga obesvarade frågor" in html


def test_the_chat_summary_names_what_to_do_first(library):
    text = summary_text(admin_report(library, since_days=30))
    assert "1 har gått ut" in text and "Tjänstebil och resor – gällde till 2020-06-30, fråga Fordonsansvarig" in text
    assert "Går ut inom 60 dagar: Hembesök" in text
    assert "19850412" not in text and len(text) <= MAX_CHARS
    assert "rutinbot rapport --out" in text


# -- the command --------------------------------------------------------------------------------------


@pytest.fixture
def cli(library, monkeypatch):
    monkeypatch.setattr(bot.cli, "_library", lambda data, model: library)

    def run(*args, code=0):
        result = CliRunner().invoke(bot.cli.main, list(args), catch_exceptions=False)
        assert result.exit_code == code, result.output
        return result
    return run


def test_rapport_writes_the_page_and_prints_its_path(cli, library, tmp_path):
    out = tmp_path / "r.html"
    result = cli("rapport", "--since", "30", "--out", str(out))
    assert result.stdout.strip() == str(out)
    assert "Har gått ut (1)" in out.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".*.partial"))
    audit = library.audit.entries()
    assert audit[-1]["action"] == "report" and audit[-1]["details"]["since_days"] == 30


def test_rapport_to_stdout_and_its_help(cli):
    assert cli("rapport", "--out", "-").stdout.startswith("<!DOCTYPE html>")
    help_text = cli("rapport", "--help").stdout
    assert "--since" in help_text and "--out" in help_text and "self-contained HTML" in help_text


def test_rapport_into_a_missing_folder_is_one_clear_error(cli, tmp_path):
    result = cli("rapport", "--out", str(tmp_path / "saknas" / "r.html"), code=1)
    assert result.output.startswith("Fel: kunde inte skriva") and "Traceback" not in result.output


def test_documents_expired_lists_the_expired_routine(cli):
    listed = json.loads(cli("documents", "--expired", "--json").stdout)
    assert [d["path"] for d in listed] == ["gemensamt/tjanstebil.md"]


def test_a_routine_past_its_review_date_is_listed_as_overdue_for_review(tmp_path, fake_embedder, monkeypatch):
    folder = tmp_path / "rutiner"
    write(folder / "gemensamt" / "nycklar.md", "# Nyckelrutin\n\nRevideras senast: 2029-01-31\nDokumentansvarig: "
          "Vaktmästare\n\n## Nycklar\n\nNycklar kvitteras ut hos vaktmästaren och lämnas tillbaka samma dag.\n")
    lib = Library(tmp_path / "data", embedder=fake_embedder, clock=lambda: TODAY)
    lib.build([folder])
    report = admin_report(lib)
    assert [(r.path, r.ends_at_review) for r in report.expired] == [("gemensamt/nycklar.md", True)]
    assert "Nyckelrutin – skulle ha reviderats senast 2029-01-31, fråga Vaktmästare" in summary_text(report)
    assert "2029-01-31 (revideras senast)" in render_html(report)
    monkeypatch.setattr(bot.cli, "_library", lambda data, model: lib)
    listed = CliRunner().invoke(bot.cli.main, ["documents", "--data", str(tmp_path / "data")], catch_exceptions=False)
    assert "2029-01-31 (revideras senast)" in listed.output
