"""Questions about a routine's own record (when decided, by whom, who owns it, until when it holds) are answered with
the header's own statement of it, not with a sentence of the routine's text."""
from conftest import write

from index import Library, Source
from index.answering import _on_record
from index.header import extract_header
from index.metadata import RoutineMetadata
from index.record import asked_of_record, record_statements, topic


def test_a_question_about_the_record_names_a_kind_of_document_and_asks_for_a_field():
    assert asked_of_record("när antogs riktlinjerna för skuldrådgivningen i Timrå?") == {"decided"}
    assert asked_of_record("vem äger rutinen om försöksboende, vem ska jag fråga?") == {"owner"}
    assert asked_of_record("Vem är det som har fattat beslut om regionens regler för personalens säkerhet?") == {"decided_by"}
    assert asked_of_record("gäller rutinen för nyckelhantering fortfarande?") == {"validity"}
    assert asked_of_record("från vilket datum gäller den senaste versionen av säkerhetsreglerna?") == {"validity"}
    assert asked_of_record("när antogs stadens regler och när gjordes senaste revideringen") == {"decided", "revised"}
    # "sen när", "sedan när": since when it holds, as newcomers say it
    assert asked_of_record("sen när gäller rutinen för hälsoundersökning vid placering?") == {"validity"}
    assert asked_of_record("gäller riktlinjen för hembesök sedan när?") == {"validity"}
    # whom to ask about it
    assert asked_of_record("vem kan jag fråga om riktlinjerna för kontaktverksamheten?") == {"owner"}
    assert asked_of_record("vem ska jag höra av mig till om jag har frågor om våra riktlinjer för missbruk") == {"owner"}
    # the same verbs of a case, a certificate or the writing of notes: no document's record
    for question in ("hur länge gäller ett vårdintyg?", "vem beslutar om bistånd till hemtjänst?",
                     "när ska beslutet om LVM fattas?", "hur länge är dokumentationen sparad?",
                     "vem ansvarar för nycklarna till brukarens lägenhet?", "gäller riktlinjen även för oss på LSS?",
                     "vilka frågor ska jag ställa enligt rutinen för hembesök?", "vem ställer frågorna enligt rutinen?"):
        assert asked_of_record(question) == frozenset(), question


def test_the_routine_a_record_question_names_is_what_it_says_besides_asking():
    assert topic("när antogs riktlinjerna för skuldrådgivningen i Timrå?") == "för skuldrådgivningen i Timrå?"
    assert "säkerhetsregler" in topic("från vilket datum gäller VGRs säkerhetsregler?")  # a compound is its topic


def test_each_field_keeps_the_headers_own_words():
    inline = extract_header(["Riktlinjer för budget- och skuldrådgivning Fastställd av socialnämnden 2018-06-25"])
    assert inline["said"] == {"decided": "Fastställd av socialnämnden 2018-06-25",
                              "decided_by": "Fastställd av socialnämnden 2018-06-25"}
    table = extract_header(["Dokumentansvarig | Fastställd av | Giltig till", "Enhetschef IFO | Socialnämnden | 2026-12-31"])
    assert table["said"] == {"owner": "Dokumentansvarig\nEnhetschef IFO", "decided_by": "Fastställd av\nSocialnämnden",
                             "valid_until": "Giltig till\n2026-12-31"}
    review = extract_header(["Dokumentansvarig: Enhetschef barn och familj", "Revideras senast 2026-02-21"])
    assert review["said"]["valid_until"] == "Revideras senast 2026-02-21"  # the end of validity is the review date
    assert extract_header(["Gäller tills vidare"])["said"] == {"valid_indefinitely": "Gäller tills vidare"}
    # a field worked out from another takes its words only where it was: the owner named closely keeps its own
    both = extract_header(["Ansvarig förvaltning: Socialförvaltningen", "Dokumentansvarig: Enhetschef IFO",
                           "Gäller till: 2027-01-01", "Revideras senast 2026-02-21"])
    assert both["said"]["owner"] == "Dokumentansvarig: Enhetschef IFO"
    assert both["said"]["valid_until"] == "Gäller till: 2027-01-01"
    broad = extract_header(["Ansvarig förvaltning: Socialförvaltningen"])
    assert broad["owner"] == "Socialförvaltningen" and broad["said"]["owner"] == "Ansvarig förvaltning: Socialförvaltningen"
    assert extract_header(["Rutin för hembesök", "Personlarmet hämtas i receptionen."])["said"] == {}
    # a sentence after a date's full stop is no part of the statement: "Följs upp årligen …" had made it prose
    dated = extract_header(["Gäller från januari 2018, reviderad 2022-09-09. Följs upp årligen i Strategigrupp barn och unga"])
    assert (dated["valid_from"], dated["revised"]) == ("2018-01-01", "2022-09-09")
    assert dated["said"]["revised"] == "reviderad 2022-09-09."
    assert extract_header(["Fastställd 2019-03-01. Följs upp årligen av nämnden i samband med budgeten"])["decided"] == (
        "2019-03-01")


def test_a_sidecars_correction_is_no_words_of_the_header():
    stored = {"decided": "2018-06-25", "said": {"decided": "Fastställd 2018-06-25", "owner": "Ägare: Enhetschef"}}
    merged = RoutineMetadata.merged(stored, {"decided": "2019-01-01"})
    assert merged.said == {"owner": "Ägare: Enhetschef"}


def test_every_field_asked_must_be_stated():
    said = {"decided": "Antagna av KS april 2008", "revised": "Reviderade november 2015"}
    assert record_statements(frozenset({"decided", "revised"}), said) == ["Antagna av KS april 2008",
                                                                           "Reviderade november 2015"]
    assert record_statements(frozenset({"decided", "revised"}), {"revised": "Senast uppdaterad 2023"}) == []
    # the owner not named, the one who decided it is the one to ask
    assert record_statements(frozenset({"owner"}), {"decided_by": "Fastställd av: Socialchef"}) == ["Fastställd av: Socialchef"]


def _source(document: str, title: str, text: str, **said) -> Source:
    return Source(document, title, None, None, text, 1.0, said=said)


def test_the_record_quoted_is_of_the_routine_the_question_names():
    debts = _source("skuld.txt", "Riktlinjer för budget- och skuldrådgivning", "Rådgivningen är gratis.",
                    decided="Fastställd av socialnämnden 2018-06-25")
    keys = _source("nycklar.txt", "Rutin för nyckelhantering", "Nycklar kvitteras ut hos samordnaren.",
                   decided="Beslutad 2021-03-01")
    for question, first in (("när antogs riktlinjerna för skuldrådgivningen?", debts),
                            ("när beslutades rutinen för nyckelhantering?", keys)):
        assert _on_record(question, [keys, debts], None) == (first, [first.said["decided"]])
    # a routine not among the sources: no other routine's record answers for it, nor one of another municipality
    assert _on_record("när antogs riktlinjerna för färdtjänst?", [keys, debts], None) is None
    timra = _source("timra/skuld.txt", "Riktlinjer för budget- och skuldrådgivning", "Rådgivningen är gratis.",
                    decided="Fastställd av socialnämnden 2018-06-25")
    assert _on_record("när antogs riktlinjerna för skuldrådgivningen i Umeå?", [timra], None) is None
    assert _on_record("vad kostar skuldrådgivningen?", [debts], None) is None  # no question of its record


def _routine_beside_another(tmp_path, fake_embedder, name: str, text: str) -> Library:
    """A library of the routine and one on another subject, so the search has a routine to choose."""
    root = tmp_path / "documents"
    write(root / name, text)
    write(root / "flextid.md", "# Flextid\n\n## Flexramar\n\nFlextiden får användas mellan klockan 07.00 och 18.00.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    return library


def test_asked_when_a_routine_was_adopted_the_header_answers(tmp_path, fake_embedder):
    library = _routine_beside_another(tmp_path, fake_embedder, "hembesok.md", "# Rutin för hembesök\n\nFastställd av "
                                      "socialnämnden 2023-04-12\n\n## Före besöket\n\nPersonlarmet hämtas i receptionen "
                                      "före varje hembesök. Skriv in besöket i kalendern.\n")
    answer = library.ask("när antogs rutinen för hembesök?")
    assert answer.answered and answer.sources[0].document == "hembesok.md"
    assert answer.sentences == ["Fastställd av socialnämnden 2023-04-12"]
    # a question on what the routine says is answered from its text as before
    assert "Personlarmet" in " ".join(library.ask("var hämtar jag personlarmet före hembesök?").sentences)


def test_asked_since_when_a_routine_holds_and_when_it_was_revised_the_header_answers(tmp_path, fake_embedder):
    """A web page's routine states both on one line with a sentence after them; the question says "sen när"."""
    library = _routine_beside_another(tmp_path, fake_embedder, "halsoundersokning.md", "# Rutin för hälsoundersökning "
                                      "vid placering\n\nGäller från januari 2018, reviderad 2022-09-09. Följs upp årligen i "
                                      "Strategigrupp barn och unga\n\n## Bakgrund\n\nBarn som placeras ska erbjudas en "
                                      "hälsoundersökning. Socialtjänsten skickar en begäran till regionen.\n")
    answer = library.ask("sen när gäller rutinen för hälsoundersökning vid placering och när reviderades den senast?")
    assert answer.answered and answer.sources[0].document == "halsoundersokning.md"
    assert " ".join(answer.sentences) == "Gäller från januari 2018 reviderad 2022-09-09."


def test_the_headers_contact_person_is_the_one_to_ask_where_no_owner_is_named(tmp_path, fake_embedder):
    """Stockholm's guidelines name no owner, only "Kontaktperson: …" beside who adopted them: the one to ask about them,
    not the city council that adopted them in 2008. A contact person is not the owner the citation names."""
    header = extract_header(["Riktlinjer Dnr: 3.1.1-581/2015 Utgivare: Socialförvaltningen Kontaktperson: Jazmine Hjorth"])
    assert header["owner"] is None and header["said"] == {"contact": "Kontaktperson: Jazmine Hjorth"}
    both = extract_header(["Dokumentansvarig: Enhetschef IFO", "Kontaktperson: Eva Berg"])
    assert record_statements(frozenset({"owner"}), both["said"]) == ["Dokumentansvarig: Enhetschef IFO"]
    assert extract_header(["KONTAKTPERSON LSS, SoL"])["said"] == {}  # a title naming the service, no field
    library = _routine_beside_another(tmp_path, fake_embedder, "kontaktverksamhet.md", "# Kontaktverksamhet enligt SoL, "
                                      "LSS och LVU\n\nRiktlinjer Antagna av KS april 2008\n\nUtgivare: Socialförvaltningen "
                                      "Kontaktperson: Jazmine Hjorth\n\n## Sammanfattning\n\nDessa riktlinjer behandlar "
                                      "handläggning och dokumentation avseende kontaktperson och kontaktfamilj.\n")
    answer = library.ask("vem kan jag fråga om riktlinjerna för kontaktverksamheten?")
    assert answer.answered and answer.sentences == ["Kontaktperson: Jazmine Hjorth"]
