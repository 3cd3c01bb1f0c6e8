"""What may stand as the quote, and which sentences a question gets: headers, tables, names and page
furniture are never quoted; abbreviations and numbered steps do not cut a sentence; near-copies are one
source; a unit named in the question gets its own copy."""
from __future__ import annotations

import json
from dataclasses import asdict

import numpy as np
import pytest
from conftest import write

from index import Answer, Library, synonyms, units
from index.answering import Candidate, choose_quote, quote_sentences
from index.catalog import Catalog
from index.chunking import split_sentences
from index.evaluation import Case, evaluate
from index.grouping import group_near_copies
from index.quoting import Span, is_quotable, sentence_context, sentence_spans
from index.readers.cleanup import remove_repeated_lines


def test_abbreviations_and_numbered_steps_do_not_end_a_sentence():
    assert split_sentences("Akten gallras fem år efter sista anteckningen, enligt 12 kap. 2 § OSL. Ring chefen.") == [
        "Akten gallras fem år efter sista anteckningen, enligt 12 kap. 2 § OSL.", "Ring chefen."]
    assert split_sentences("1. Ring chefen. 2. Ring t.ex. Försäkringskassan på tel. 0771-524 524.") == [
        "1. Ring chefen.", "2. Ring t.ex. Försäkringskassan på tel. 0771-524 524."]
    assert split_sentences("Ta bl.a. med lönebesked. Se s.k. riksnorm.") == ["Ta bl.a. med lönebesked.", "Se s.k. riksnorm."]


def test_furniture_is_never_quotable():
    title = "Hembesök och personlarm"
    for line in [title, "Beslutad av:", "Giltig till: 2027-03-31", "Dokumentansvarig är: Verksamhetsutvecklare",
                 "Dokumentet beslutades den: 2024-01-10", "2024-03-12 Giltig till:", "Sida 2 av 5", "2 [6]",
                 "1. Syfte ........................ 3", "1 a § SoL Utredning Inom fyra månader 11 kap. 2 §",
                 "Anna Svensson Per Olsson Karin Nyberg Lena Ek", "Åtgärd | Ansvarig | Tidsfrist",
                 "Giltig till | 2027-03-31", "Version | 2", "Sid 2 | 4", "Tel 08-123 45 67",
                 # a row of contacts would answer every question on whom to ask
                 "Enhetschef mottagningen | 0771-41 42 01"]:
        assert not is_quotable(line, title), line
    for line in ["Du larmar genom att hålla in den röda knappen i tre sekunder.",
                 "- Ta med id-handling och hyresavtal.", "Ring socialjouren på 0570-123 45 efter kl. 17.",
                 "Förhandsbedömning | Beslut inom 14 dagar från att anmälan kom in.",
                 # a phone number is one value, neither a table's cells nor a page number, where a web page's
                 # sentence ends without a full stop
                 "Du kan meddela oss via telefon 0500 – 49 82 13 eller via mail bemanningen@kommun.se",
                 "Ring bemanningen på 0500-49 82 13",
                 # a phone number counts as a word; a table's row of a thing and its value is a fact looked up
                 "Telefonnummer 054-540 50 54, 054-540 54 14.", "Telefon | 50 kronor per månad.",
                 "Omvårdnad | Max 85,82 kronor per dygn."]:
        assert is_quotable(line, title), line


def test_a_dated_sentence_and_a_list_item_without_a_verb_are_quotable():
    """A sentence that dates what it says is no header's field, unless it dates the document itself; an item of a
    list needs no verb to say what it lists ("hur många mellanmål ska de boende få": "• Tre huvudmål och två till
    tre mellanmål under dygnet"), where a run of names or a table's row still is no sentence."""
    for line in ["Från och med 2020-01-01 gäller lokalt kollektivavtal för flexibel arbetstid.",
                 "De anställda omfattas från och med 2023-01-01 av pensionsavtalet AKAP-KR som ersätter AKAP-KL.",
                 "• Tre huvudmål och två till tre mellanmål under dygnet",
                 "• DU055 Samtal med vuxen patient om minderårigt barns behov och möjlighet till stöd"]:
        assert is_quotable(line), line
    for line in ["Rutinen gäller från och med 2024-01-01 och ersätter tidigare version.", "Giltig till: 2027-03-31",
                 "Beslutad av socialnämnden 2023-05-12", "• Anna Svensson Per Olsson Karin Berg Lisa Ek Olle Nilsson",
                 "Tre huvudmål och två till tre mellanmål under dygnet och natten"]:  # no item: a table's cell
        assert not is_quotable(line), line


def test_a_title_said_again_as_the_texts_first_sentence_is_quotable():
    """A news page's title is its first sentence: "Lagen … trädde i kraft 1.3.2016." is the answer to when the law
    began to apply, said with its full stop in the text. The title's own line, and a routine's title said again
    with a full stop but as a name, stay unquotable."""
    title = "Lagen om yrkesutbildade personer inom socialvården trädde i kraft 1.3.2016"
    assert is_quotable(title + ".", title)
    assert not is_quotable(title, title)
    assert not is_quotable("Rutin för hembesök och personlarm.", "Rutin för hembesök och personlarm")


def quotable_sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentence_spans(text, None) if s.quotable]


def test_a_flattened_header_box_and_a_line_that_only_names_a_unit_are_never_quoted():
    """A PDF's header box read as one line splits at its colons into harmless-looking pieces ("Enhetschef
    hemtjänst norr"); a unit's name above the text is no sentence either. The lines a lead-in announces are."""
    text = ("EXEMPELBY KOMMUN Vård- och omsorgsförvaltningen, hemtjänst norr Dokumenttyp: Rutin Dokumentet "
            "beslutades den: 2024-01-10 Dokumentet gäller till den: 2026-12-31 Dokumentansvarig är: Enhetschef "
            "hemtjänst norr\nEnheten för ekonomiskt bistånd\nTill ansökan bifogas:\nHyresavi eller hyreskontrakt\n"
            "kontoutdrag för de senaste tre månaderna\nRing samordnaren om brukaren inte öppnar.")
    assert quotable_sentences(text) == ["Till ansökan bifogas:", "Hyresavi eller hyreskontrakt",
                                        "kontoutdrag för de senaste tre månaderna", "Ring samordnaren om brukaren inte öppnar."]


def test_a_validity_line_of_a_routines_header_is_never_quoted():
    """"Dokumentet gäller tillsvidare" says how long the routine is valid, not what to do (a pattern of the same name
    bound later in the module once made it quotable)."""
    text = "Rutin för hembesök\nDokumentet gäller tillsvidare\nGäller tills vidare\nRing samordnaren om brukaren inte öppnar."
    assert quotable_sentences(text) == ["Ring samordnaren om brukaren inte öppnar."]


def test_no_module_level_name_of_index_is_bound_twice():
    """A pattern bound again further down a module silently replaces the first for every function using it."""
    import ast
    from pathlib import Path

    twice = []
    for path in sorted((Path(__file__).resolve().parent.parent / "index").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else []
            twice += [f"{path.name}: {name}" for name in names if name in seen]
            seen.update(names)
    assert not twice


def test_a_reports_captions_sources_and_references_are_never_quoted():
    """They are dense with the topic's words; the answer is in the figure or the work cited, not in them."""
    text = ("Av de svarande uppger 62 procent att de har för hög arbetsbelastning.\n"
            "Figur 3. Andel socialsekreterare som uppger hög arbetsbelastning, 2015–2021, procent.\n"
            "Källa: SCB, Arbetskraftsundersökningarna 2020.\n"
            "Akademikerförbundet SSR (2021). Socialsekreterares arbetsvillkor. Stockholm: SSR.\n"
            "1 Socialstyrelsen (2019). Tillståndet och utvecklingen inom socialtjänsten.\n"
            "Tabell 1 visar antalet ärenden per handläggare.\n"
            "Socialstyrelsen (2019) visar att många slutar inom två år.")
    assert quotable_sentences(text) == ["Av de svarande uppger 62 procent att de har för hög arbetsbelastning.",
                                        "Tabell 1 visar antalet ärenden per handläggare.",
                                        "Socialstyrelsen (2019) visar att många slutar inom två år."]


def test_a_tables_cells_read_one_a_line_are_never_quoted_but_a_list_after_a_lead_in_is():
    """A PDF gives a table as its cells, one a line; a cell alone is no answer to quote ("Bistånd utöver
    riksnorm, högst ett prisbasbelopp per år" is a delegation order's row, not what the norm holds)."""
    text = ("Delegationen framgår av tabellen.\nBistånd upp till riksnorm och skäliga kostnader\n4 kap. 1 § SoL\n"
            "Handläggare\nBistånd utöver riksnorm, högst ett prisbasbelopp per år\n4 kap. 1 § SoL\nEnhetschef\n"
            "Till ansökan bifogas:\nhyresavi eller hyreskontrakt\nkontoutdrag för de senaste tre månaderna\n"
            "beslut från Försäkringskassan")
    assert quotable_sentences(text) == ["Delegationen framgår av tabellen.", "Till ansökan bifogas:",
                                        "hyresavi eller hyreskontrakt", "kontoutdrag för de senaste tre månaderna",
                                        "beslut från Försäkringskassan"]
    assert not is_quotable("Bistånd utöver riksnorm, högst ett prisbasbelopp per år")  # "utöver" is no verb


def test_a_list_whose_marks_were_lost_is_no_tables_cells():
    """A web page's list of rules without marks reaches us as short lines with no full stop, like a PDF's table
    cells; a line with a verb of its own ("får", "ska", "säg") says something, and breaks the run."""
    rules = ["Hemmet får inte avyttras innan socialtjänsten gjort hembesök", "Säg upp alla autogiron",
             "Säg upp kontrakt på lägenhet, abonnemang på telefon, tidning mm",
             "Inga räkningar ska betalas förrän dödsboanmälan är klar"]
    assert quotable_sentences("Tänk på detta vid dödsboanmälan.\n" + "\n".join(rules)) == [
        "Tänk på detta vid dödsboanmälan.", *rules]


def test_opening_hours_a_line_each_are_no_tables_cells():
    """A web page lists its telephone hours a line each under "Telefontider", as short as a table's cells; each
    line gives days and hours and answers "när kan man ringa … på en onsdag" by itself. The label stays unquoted."""
    text = ("Du ansöker hos kommunens LSS-handläggare.\nTelefontider\nMåndag och fredag 8-9\n"
            "Tisdag, onsdag och torsdag 13-14\nServicetelefon\n0581-817 79")
    assert quotable_sentences(text) == ["Du ansöker hos kommunens LSS-handläggare.", "Måndag och fredag 8-9",
                                        "Tisdag, onsdag och torsdag 13-14"]
    cells = "Namn\nEnhet\nRoll\nAnna Berg\nHemtjänst norr\nEnhetschef"
    assert quotable_sentences("Kontakta oss.\n" + cells) == ["Kontakta oss."]


def test_hours_that_run_into_the_next_day_are_no_tables_cells():
    """A social on-call service's hours after its lead-in ("Social beredskap finns att tillgå:") run into the next day
    and hold more numbers than words: "Fredag 18.00 - lördag 01.00" answers when the service is there at the
    weekend. A table's row flattened, with no day in it, stays unquoted."""
    text = ("Social beredskap finns att tillgå:\nFredag 18.00 - lördag 01.00\nLördag 15.00 - söndag 01.00\n"
            "Kontakt sker via telefon 112 till SOS Alarm.")
    quoted = " ".join(quotable_sentences(text))
    assert "Fredag 18.00 - lördag 01.00" in quoted and "Lördag 15.00 - söndag 01.00" in quoted
    assert not is_quotable("1 a § SoL Utredning Inom fyra månader 11 kap. 2 §")


def test_a_contact_field_under_a_units_page_is_quotable_and_no_tables_cell():
    """A page ends with the unit's contact fields, a label and a value a line ("Telefon: 0224 - 74 90 90",
    "Telefontid: kl. 08:00-11:30, 13:00-15:00"): each answers the question asking for that number or those hours.
    The names below them, and a header field ("Giltig till: 2025-12-31"), stay unquoted."""
    text = ("Vi tar endast emot bokade besök.\nTelefon: 0224 - 74 90 90\nTelefontid: kl. 08:00-11:30, 13:00-15:00\n"
            "E-post: bemanningsenheten@kommun.se\nBemanningssamordnare\nMonica Engwall Monica Persson Caroline Pettersson\n"
            "Giltig till: 2025-12-31")
    assert quotable_sentences(text) == ["Vi tar endast emot bokade besök.", "Telefon: 0224 - 74 90 90",
                                        "Telefontid: kl. 08:00-11:30, 13:00-15:00", "E-post: bemanningsenheten@kommun.se"]
    assert not is_quotable("Telefon:")  # a label without its value


def test_a_list_of_whom_to_call_with_the_number_labelled_is_no_tables_cells():
    """A region's page lists its clinics a line each, the number labelled ("Barnmottagningen Varberg tfn 0340-48 12
    20"): each line names whom to call and gives the number, and answers "vilket nummer ringer jag till
    barnmottagningen i varberg". A run of names and bare numbers stays a table's cells."""
    clinics = ["Barnmottagningen Kungsbacka tfn 0300-56 51 93", "Barnmottagningen Varberg tfn 0340-48 12 20",
               "Barnmottagningen Falkenberg tel. 0346-560 43", "Barnmottagningen Halmstad telefon 035-13 41 00"]
    assert quotable_sentences("Undersökningarna görs av barnmottagningarna.\n" + "\n".join(clinics)) == [
        "Undersökningarna görs av barnmottagningarna.", *clinics]
    cells = "Barnmottagningen Kungsbacka\n0300-56 51 93\nBarnmottagningen Varberg\n0340-48 12 20"
    assert quotable_sentences("Undersökningarna görs av barnmottagningarna.\n" + cells) == [
        "Undersökningarna görs av barnmottagningarna."]


def test_a_table_of_things_and_their_values_read_a_cell_a_line_is_quoted_a_row_at_a_time():
    """A fee table read a cell a line ("Måltider, ingår ej i maxtaxa" over "4 300 kr/mån") is quoted a thing with
    its value, shown on one line; its column headings stay unquoted, and so do a row of contacts, a date and a
    paragraph of the law (a delegation order's row)."""
    from index.quoting import quote_lines, sentence_spans

    text = ("Avgifterna följer maxtaxan.\nTyp av insats\nAvgift per månad, kr\nHeldygnsomsorgsavgift\n"
            "2 575 kr/mån (86 kr/dygn)\nMåltider, ingår ej i maxtaxa\n4 300 kr/mån (143 kr/dygn)\n"
            "Receptionen\n0771-41 43 05\nGiltig till\n2025-12-31\nBeslut om bistånd\n4 kap. 1 § SoL")
    assert quotable_sentences(text) == ["Avgifterna följer maxtaxan.", "Heldygnsomsorgsavgift\n2 575 kr/mån (86 kr/dygn)",
                                        "Måltider, ingår ej i maxtaxa\n4 300 kr/mån (143 kr/dygn)"]
    row = [text[s.start:s.end] for s in sentence_spans(text, None) if "4 300" in text[s.start:s.end]]
    assert quote_lines(["Avgifterna följer maxtaxan.", *row], text) == [
        "Avgifterna följer maxtaxan.", "Måltider, ingår ej i maxtaxa – 4 300 kr/mån (143 kr/dygn)"]


def test_a_table_cell_may_explain_the_thing_it_names_in_brackets():
    """ "Serviceavgift (förbrukningsartiklar för dig som bor i vård- och omsorgsboende)" over "130 kronor i månaden" is
    a row of a fee table like any other: the explanation makes the label long, not a sentence. It was left unquoted,
    and "vad är serviceavgiften på boendet" answered nothing."""
    text = ("Avgiften är densamma för alla.\nAvgifter\nMatabonnemang (för dig som bor på vård- och omsorgsboende)\n"
            "3 720 kronor i månaden\nServiceavgift (förbrukningsartiklar för dig som bor i vård- och omsorgsboende)\n"
            "130 kronor i månaden\nBostadsanpassningsintyg\n510 kronor per intyg")
    assert quotable_sentences(text) == [
        "Avgiften är densamma för alla.",
        "Matabonnemang (för dig som bor på vård- och omsorgsboende)\n3 720 kronor i månaden",
        "Serviceavgift (förbrukningsartiklar för dig som bor i vård- och omsorgsboende)\n130 kronor i månaden",
        "Bostadsanpassningsintyg\n510 kronor per intyg"]


def test_a_quote_never_crosses_a_section_and_skips_headings():
    text = ("Hembesök\nBeslutad av: Ledningen\nGiltig till: 2030-12-31\n5.3 Så larmar du\n"
            "Håll in knappen i tre sekunder. Larmet går till vaktbolaget.\n5.4 Efteråt\nRing chefen direkt.")
    lines = [[1, True], [1, False], [1, False], [2, True], [2, False], [2, True], [3, False]]
    spans = sentence_spans(text, lines, "Hembesök")
    quotable = [text[s.start:s.end] for s in spans if s.quotable]
    assert quotable == ["Håll in knappen i tre sekunder.", "Larmet går till vaktbolaget.", "Ring chefen direkt."]
    candidate = Candidate(text, lines, spans, title="Hembesök")
    quote = choose_quote("hur länge håller jag in knappen på larmet", [candidate])
    assert quote_sentences(candidate, quote)[0] == "Håll in knappen i tre sekunder."
    assert "Ring chefen direkt." not in quote_sentences(candidate, quote)  # the next section


def test_sentence_vectors_choose_the_sentence_that_means_the_answer():
    text = "Brukaren har fallit.\nLyft aldrig en brukare själv. Rapportera fallet i journalen."
    spans = sentence_spans(text, [[None, False], [None, False]])
    vectors = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]], dtype=np.float16)
    query = np.array([1.0, 0.0], dtype=np.float32)
    candidate = Candidate(text, None, spans, vectors)
    quote = choose_quote("får jag hjälpa upp henne", [candidate], query, max_sentences=1)
    assert quote_sentences(candidate, quote)[0] == "Lyft aldrig en brukare själv."


def test_running_headers_of_a_converted_pdf_are_removed_and_the_cut_sentence_joined():
    text = ("EXEMPELBY KOMMUN Vård- och omsorgsförvaltningen 1 [3]\n\n# Nyckelhantering\n\nNycklar kvitteras ut\n\n"
            "EXEMPELBY KOMMUN Vård- och omsorgsförvaltningen 2 [3]\n\nav samordnaren varje morgon.\n\n"
            "EXEMPELBY KOMMUN Vård- och omsorgsförvaltningen 3 [3]\n\nNyckelskåpet inventeras varannan fredag.")
    cleaned = remove_repeated_lines(text)
    assert "KOMMUN" not in cleaned
    assert "Nycklar kvitteras ut\nav samordnaren varje morgon." in cleaned


def test_lines_repeated_within_a_few_lines_or_numbered_are_the_texts_own_not_page_furniture():
    """A running header stands once a page. "1. Larma 112" opened each of three short lists and was dropped from all
    three; a role named in each row of a short table, and a lead-in before each list, went the same way."""
    steps = "\n\n".join(f"Om {who} hotar dig:\n\n1. Larma 112\n\n2. Gå därifrån\n\n3. Ring chefen\n\n"
                          "4. Skriv en avvikelse" for who in ("brukaren", "en anhörig", "en granne"))
    assert remove_repeated_lines(steps).count("1. Larma 112") == 3
    roles = "\n".join(f"Socialsekreterare\n{task}\nInom en dag.\nSe rutinen." for task in ("Ringer upp.", "Skriver in.",
                                                                                       "Bedömer.", "Beslutar."))
    assert remove_repeated_lines(roles) == roles
    lead_ins = "\n".join(f"Här ingår följande moment:\n{step}\n- a\n- b\n- c\n- d\nText." for step in "ABC")
    assert remove_repeated_lines(lead_ins).count("Här ingår följande moment:") == 3


def test_near_copies_fold_into_one_source_and_the_named_unit_is_cited(tmp_path, fake_embedder):
    body = ("# Sjukanmälan\n\n## Så sjukanmäler du dig\n\nRing bemanningen senast två timmar innan ditt pass "
            "börjar. Bemanningen nås på tel. {}. Skriv också i gruppchatten att du är sjuk så att kollegorna vet.\n")
    root = tmp_path / "documents"
    write(root / "hemtjanst-norr" / "sjukanmalan.md", body.format("0570-111 11"))
    write(root / "hemtjanst-soder" / "sjukanmalan.md", body.format("0570-222 22"))
    write(root / "boendestod" / "sjukanmalan.md", body.format("0570-333 33"))
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    answer = library.ask("jag jobbar i hemtjänst söder, vilket nummer ringer jag när jag är sjuk")
    assert answer.sources[0].document == "hemtjanst-soder/sjukanmalan.md"
    assert sorted(answer.sources[0].also_in) == ["boendestod/sjukanmalan.md", "hemtjanst-norr/sjukanmalan.md"]
    assert all(s.title != "Sjukanmälan" or s is answer.sources[0] for s in answer.sources)
    assert units.mentioned("vi på boendestödet", ["hemtjanst-norr/a.md", "boendestod/b.md"]) == {"boendestod"}


def test_a_folder_named_as_a_word_every_question_says_is_no_unit_the_asker_names():
    """An association's folder "jag/" was named by every question saying "jag", and its routines preferred."""
    paths = ["jag/sjukanmalan.txt", "vindeln/sjuk-och-frisk.txt"]
    assert units.mentioned("min dotter är sjuk imorgon, ska jag ringa previa då också?", paths) == set()
    assert units.mentioned("jag jobbar i vindeln, vem ringer jag?", paths) == {"vindeln"}


# a unit's routine whose every sentence names the unit
UNIT_HOME_VISITS = ("# Hembesök\n\nPå enheten för ekonomiskt bistånd görs hembesök bara efter beslut av förste "
                    "socialsekreteraren.\n")


def test_the_unit_a_question_names_chooses_its_copy_but_is_no_evidence_of_an_answer(tmp_path, fake_embedder):
    """Every sentence in a unit's routines may name the unit: "vem är skyddsombud på ekonomiskt bistånd?" finds
    "ekonomiskt bistånd" in them all, and that says nothing about who the safety representative is."""
    root = tmp_path / "documents"
    write(root / "ekonomiskt-bistand" / "hembesok.md", UNIT_HOME_VISITS)
    write(root / "gemensamt" / "arbetsmiljo.md", "# Arbetsmiljö\n\nSkyddsombudet väljs av facket för tre år.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    assert library.ask("vem är skyddsombud på ekonomiskt bistånd?").grade == "none"
    answer = library.ask("när görs hembesök på ekonomiskt bistånd?")
    assert answer.answered and answer.sources[0].document == "ekonomiskt-bistand/hembesok.md"


def test_a_library_kept_a_folder_per_municipality_answers_from_the_municipality_asked_about(tmp_path, fake_embedder):
    """A regional library keeps each municipality's pages in its own folder. Asked of Härnösand's social on-call
    service, Västervik's page had been quoted for ranking first; asked of Österåker's, which no folder answers,
    Karlstad's number was given. A routine naming the asker's place in its text, in a folder of no municipality,
    still answers ("klienten har flyttat till Göteborg")."""
    root = tmp_path / "documents"
    write(root / "vastervik" / "socialjour.md", "# Socialjour\n\nSocialjouren på kvällar och helger hjälper dig "
          "med akuta ärenden när socialjouren behövs på helgerna.\n")
    write(root / "harnosand" / "socialjouren.md", "# Socialjouren\n\nSocialjouren finns på helgerna fredag 18.00 - "
          "lördag 01.00.\n")
    write(root / "karlstad" / "akut-hjalp.md", "# Akut hjälp\n\nSocialjouren har telefonnummer 054-540 50 54.\n")
    write(root / "gemensamt" / "flytt.md", "# Flytt\n\nFlyttar klienten till Göteborg skickar du en "
          "överflyttningsbegäran till Göteborgs socialtjänst.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    answer = library.ask("ny på ifo i härnösand, när finns socialjouren på helgerna?")
    assert answer.sources[0].document == "harnosand/socialjouren.md"
    assert not answer.answered or "fredag 18.00" in " ".join(answer.sentences)
    assert library.ask("vad har socialjouren för telefonnummer i österåker?").grade == "none"
    assert library.ask("vad har socialjouren för telefonnummer i karlstad?").answered
    assert library.ask("klienten flyttar till göteborg, vad skickar jag?").answered


def test_a_question_naming_its_municipality_is_quoted_from_that_municipality_s_pages(tmp_path, fake_embedder):
    """"jobbar på en förskola i hörby, kan jag vara anonym …" was quoted from Kumla's page, whose sentence holds more
    of the question's words, and then not answered, Kumla being another municipality; Hörby's page answers it."""
    root = tmp_path / "documents"
    write(root / "kumla" / "orosanmalan.md", "# Orosanmälan\n\nDu som anmäler oro för ett barn i din yrkesroll kan "
          "inte vara anonym när du anmäler oro.\n")
    write(root / "horby" / "anmalan.md", "# Anmälan\n\nOm du anmäler oro för ett barn och vill vara anonym ska du inte "
          "uppge ditt namn.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    answer = library.ask("i hörby, kan jag vara anonym om jag anmäler oro för ett barn?")
    assert answer.answered and answer.sources[0].document == "horby/anmalan.md"
    assert "uppge ditt namn" in " ".join(answer.sentences)


def test_the_municipality_the_asker_works_in_is_no_evidence_that_a_sentence_answers():
    """"hur mycket är friskvårdsbidraget i falun" quoted "Som medarbetare i Falu kommun har du …" from Falun's page:
    any of its sentences may name Falun, so naming it says nothing of what is asked (real tuning halves +7 right).
    Nor do both words of a name of two words: "Vilka åldrar tar Mini-Maria i Upplands Väsby emot" quoted "Mini-Maria
    Upplands Väsby är ett samarbete …", not the ages above it, while "Upplands" counted as a word asked."""

    def quoted(question: str, text: str, vectors: list, rare: set[str]) -> list[str]:
        candidate = Candidate(text, None, sentence_spans(text, [[None, False], [None, False]]),
                              np.array(vectors, dtype=np.float16))
        quote = choose_quote(question, [candidate], np.array([1.0, 0.0], dtype=np.float32),
                             idf=lambda stem: 3.0 if stem in rare else 1.0, max_sentences=1)  # the place is rare
        return quote_sentences(candidate, quote)

    text = ("Som medarbetare i Falu kommun har du 25 semesterdagar.\n"
            "Alla arbetsplatser avsätter minst 500 kr per år och anställd till friskvård.")
    assert quoted("hur mycket är friskvårdsbidraget i falun", text, [[0.6, 0.8], [0.8, 0.6]], {"falun"}) == [
        "Alla arbetsplatser avsätter minst 500 kr per år och anställd till friskvård."]
    text = ("Mini-Maria vänder sig till ungdomar i åldern 12-19 år och deras föräldrar.\n"
            "Mini-Maria Upplands Väsby är ett samarbete mellan kommunen och regionen.")
    assert quoted("vilka åldrar tar Mini-Maria i Upplands Väsby emot", text, [[0.8, 0.6], [0.8, 0.6]],
                  {"uppland", "upplands", "väsby"}) == [
        "Mini-Maria vänder sig till ungdomar i åldern 12-19 år och deras föräldrar."]


def test_a_sentence_for_those_living_in_another_municipality_is_beside_the_point():
    """"kostar lss insatserna nåt i sundsvall" quoted "Om du bor i annan kommun och vill få ett förhandsbesked om …
    LSS-insatser …", nearer in meaning and as near in words; asked of another municipality, it may be the answer."""
    from index.answering import _Reading

    elsewhere = "Om du bor i annan kommun och vill få förhandsbesked om LSS-insatser kan du fylla i blanketten."
    assert _Reading("kostar lss insatserna nåt i sundsvall", None, None).aside(elsewhere)
    assert not _Reading("kostar lss insatserna nåt i sundsvall", None, None).aside("Insatserna är i princip kostnadsfria.")
    assert not _Reading("klienten bor i en annan kommun, kan hen få förhandsbesked om lss", None, None).aside(elsewhere)


def test_where_the_asker_works_is_told_apart_from_a_place_asked_about():
    from index.places import where_asked

    assert where_asked("hur mycket är friskvårdsbidraget i falun") == {"falun"}
    assert where_asked("om flera brukare larmar samtidigt, vilket tar man först? eskilstuna") == {"eskilstuna"}
    assert where_asked("vad heter personalföreningen i mjölby kommun") == {"mjolby"}
    assert where_asked("vilket försäkringsbolag har eslövs kommun för oss anställda?") == {"eslov"}
    assert not where_asked("Hur många kårer finns det vid Malmö universitet?")  # an institution's name
    assert not where_asked("klienten flyttar till Göteborg, vad skickar jag?")  # the place asked about
    # a name of two words ("i Upplands Väsby" was read as "i Upplands", no municipality), and its own part alone
    assert where_asked("vilka åldrar tar Mini-Maria i Upplands Väsby emot") == where_asked("Mini-Maria i Väsby?") != set()
    assert where_asked("går det att söka boendestöd digitalt i Upplands-Bro?") == {"upplands-bro"}
    assert where_asked("hur söker man boendestöd i upplands bro") == {"upplands-bro"}
    assert where_asked("jobbar i hemtjänsten i Kristianstad, vem bestämmer?") == {"kristianstad"}  # "i" not taken


def test_a_unit_named_in_shorthand_is_named(tmp_path, fake_embedder):
    """ "ek bist" (the synonym list's) and "ekb" (chat shorthand) name the unit "ekonomiskt bistånd" as its full name
    does: the unit's copy is preferred, and the unit's name in its routines is no evidence of an answer."""
    root = tmp_path / "documents"
    write(root / "ekonomiskt-bistand" / "hembesok.md", UNIT_HOME_VISITS)
    write(root / "gemensamt" / "tolk.md", "# Tolk\n\nTolk bokas via tolkförmedlingen senast två dagar före.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    for unit in ("ekonomiskt bistånd", "ek bist", "ekb"):
        assert library.ask(f"vem är skyddsombud hos oss på {unit}?").grade == "none", unit
        assert library.ask(f"när görs hembesök på {unit}?").answered, unit
    paths = ["daglig-verksamhet/a.md", "barn-och-familj/b.md", "hemtjanst-norr/c.md", "boendestod/d.md",
             "ekonomiskt-bistand/e.md"]
    for question, unit in (("ny på dv, hur länge går jag bredvid?", "daglig-verksamhet"),
                           ("hur lång tid har klienten på sig att överklaga ett avslag på fsd?", "ekonomiskt-bistand"),
                           ("bof: hur snabbt ska jag journalföra?", "barn-och-familj"),
                           ("jobbar i hemtj norr, var är nycklarna?", "hemtjanst-norr"),
                           ("bostöd här, brukaren öppnar inte", "boendestod")):
        assert units.mentioned(synonyms.expand(question, synonyms.default()), paths) == {unit}, question


def test_what_another_units_routine_says_of_that_unit_is_no_answer_for_the_asker(tmp_path, fake_embedder):
    """Asked from hemtjänst söder, a sentence of hemtjänst norr's routine naming norr ("sjuksköterskan i norr på
    tel. …") gives another unit's number: the routines of söder do not answer, and the reply says so. Asked from
    norr, or without naming a unit, it is the answer; a shared routine's sentence is one for every unit."""
    root = tmp_path / "documents"
    write(root / "hemtjanst-norr" / "lakemedel.md", "# Läkemedel\n\nHar en dos missats ringer du direkt till "
                                                     "sjuksköterskan i norr på tel. 0570-182 90.\n")
    write(root / "hemtjanst-soder" / "nycklar.md", "# Nycklar\n\nNycklarna hämtas i skåpet i söder varje morgon.\n")
    write(root / "gemensamt" / "tolk.md", "# Tolk\n\nTolk bokas via tolkförmedlingen senast två dagar före.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    question = "en dos har missats, vilket nummer har sjuksköterskan i hemtjänst {}?"
    refused = library.ask(question.format("söder"))
    assert not refused.answered and refused.sources[0].document == "hemtjanst-norr/lakemedel.md"
    assert library.ask(question.format("norr")).answered
    assert library.ask("en dos har missats, vilket nummer har sjuksköterskan?").answered
    assert library.ask("när bokas tolk i hemtjänst söder?").answered

    assert units.speaks_of_another_unit("hemtjanst-norr/a.md", ["Bilarna står i norr."], {"hemtjanst", "soder"})
    assert not units.speaks_of_another_unit("hemtjanst-norr/a.md", ["Bilarna står i garaget."], {"hemtjanst", "soder"})
    assert not units.speaks_of_another_unit("gemensam-ifo/a.md", ["Gäller all IFO."], {"ekonomiskt", "bistand"})
    assert not units.speaks_of_another_unit("hemtjanst-norr/a.md", ["Bilarna står i norr."], set())


def test_the_folders_a_question_names_are_found_by_lookup_as_by_comparing_every_word():
    """units.mentioned looks each question word up among the folder words and their starts; it must name the
    folders the rule names when each folder word is compared with each question word."""
    from index import analysis

    paths = [f"{unit}/rutin.md" for unit in ("hemtjanst-norr", "hemtjanst-soder", "lss/gruppbostad-linden", "boendestod",
                                             "ekonomiskt-bistand", "daglig-verksamhet", "barn-och-familj", "ifo/vuxen",
                                             "hemsjukvard", "lss/korttids-boende", "sol")]

    def compared(question):
        words = {analysis.fold(w) for w in analysis.expand(analysis.words(question))}
        named = {f: units._tokens(f) for p in paths for f in units.folders(p)}
        found = {t for ts in named.values() for t in ts if any(
            w == t or (len(t) >= 4 and w.startswith(t)) or (len(w) >= 5 and t.startswith(w)) for w in words)}
        if not found:
            return set()
        scores = {f: sum(t in found for t in ts) for f, ts in named.items()}
        return {f for f, n in scores.items() if n == max(scores.values())}

    for question in ("jobbar i hemtjänsten norr", "på lindens gruppbostad", "hemtj söder", "vi på boendestödet",
                     "ekonomiskt", "sol", "solen", "barnen i familjen", "hemsjukvårdens rutin", "korttids",
                     "korttidsboendet", "vuxenenheten", "lss", "dagliga", "dagli", "hemtj", "lindens", "nej", ""):
        assert units.mentioned(question, paths) == compared(question), question


def test_grouping_keeps_distinct_routines_apart():
    from index.answering import Source
    a = Source("a/x.md", "X", None, None, "Ring chefen om brukaren inte öppnar dörren vid besöket.", 1.0)
    b = Source("b/x.md", "X", None, None, "Ring chefen om brukaren inte öppnar dörren vid besöket.", 0.5)
    c = Source("c/y.md", "Y", None, None, "Nycklar kvitteras ut av samordnaren varje morgon.", 0.4)
    grouped = group_near_copies([a, b, c])
    assert [s.document for s in grouped] == ["a/x.md", "c/y.md"] and grouped[0].also_in == ["b/x.md"]


def test_grouping_only_the_groups_wanted_gives_the_same_first_groups_and_copies():
    """A copy ranked below the wanted groups still joins its group ("finns också i"), while further distinct
    routines are not grouped at all: the first groups are exactly those of grouping everything."""
    from index.answering import Source

    texts = ["Ring chefen om brukaren inte öppnar dörren vid besöket.", "Nycklar kvitteras ut av samordnaren.",
             "Larmet testas varje morgon innan du går.", "Kassaboken lämnas till god man varje månad."]
    def sources():
        order = [0, 1, 2, 0, 3, 1, 2, 0]
        return [Source(f"enhet-{n}/r{i}.md", f"R{i}", None, None, texts[i], 1.0 - n / 10) for n, i in enumerate(order)]
    every = group_near_copies(sources())[:2]
    wanted = group_near_copies(sources(), limit=2)
    assert [(s.document, s.also_in, s.score) for s in wanted] == [(s.document, s.also_in, s.score) for s in every]
    assert wanted[0].also_in == ["enhet-3/r0.md", "enhet-7/r0.md"] and wanted[1].also_in == ["enhet-5/r1.md"]


def test_citing_only_the_copies_shown_gives_the_sources_of_citing_every_hit_then_grouping(tmp_path, fake_embedder,
                                                                                          monkeypatch):
    """The answer cites the copy each group of near-copies shows and builds no source for the others; what it
    cites must be what citing every hit and grouping them gives: the same sources, scores, copies, other paths
    (also_at), older versions and validity, with and without a unit named and a collection chosen."""
    import index.library
    from index.citing import cite, cite_grouped

    alarm = ("# Hembesök\n\nGiltig till: {until}\n\n## Larm\n\nTryck på larmknappen i tre sekunder om du känner dig "
             "hotad. Larmet går till vaktbolaget som ringer {who} direkt. Testa larmet innan du går. Skriv in besöket i "
             "kalendern med adress och beräknad tid för återkomst, och lämna larmet i receptionen efteråt.\n")
    root = tmp_path / "documents"
    for unit, who, until in [("hemtjanst-norr", "chefen", "2030-12-31"), ("hemtjanst-soder", "samordnaren", "2020-01-01"),
                             ("ekonomiskt-bistand", "jouren", "2031-06-30")]:
        write(root / unit / "hembesok.md", alarm.format(until=until, who=who))
    write(root / "hemtjanst-norr" / "kopia" / "hembesok.md", alarm.format(until="2030-12-31", who="chefen"))  # also_at
    for year, frame in [("2019", "07.00–19.00"), ("2024", "07.00–18.00")]:
        write(root / "gemensamt" / f"flex-{year}.md", f"Rutin för flextid\nBeslutsdatum: {year}-05-20\n\n# Rutin för "
              f"flextid\n\nFlexramen är {frame}. Larmet i entrén testas varje morgon av den som öppnar.\n")
    write(root / "gemensamt" / "nycklar.md", "# Nycklar\n\nNycklar till hembesök kvitteras ut hos samordnaren.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    calls = []
    monkeypatch.setattr(index.library, "cite_grouped", lambda *a, **k: calls.append((a, k)) or cite_grouped(*a, **k))
    for question in ["hur larmar jag vid hembesök?", "vem ringer larmet på hemtjänst söder?",
                     "larm på ekonomiskt bistånd", "vad är flexramen?", "var kvitteras nycklar till hembesök?"]:
        for collections in [None, ["gemensamt", "hemtjanst-norr"], ["hemtjanst-soder"]]:
            for k in (1, 2, 5):
                library.ask(question, k=k, collections=collections)
    assert len(calls) == 45
    seen = set()
    for (hits, passages, placed, versions, collections, today, asked_first), options in calls:
        # also hits out of order and another unit's copy shown: the copy shown is then not the group's first
        for shown_first in (asked_first, lambda path: "soder" in path, lambda path: "bistand" in path):
            for ordered in (hits, hits[::-1]):
                wanted = group_near_copies(cite(ordered, passages, placed, versions, collections, today, shown_first),
                                           shown_first, limit=options["limit"])
                shown = cite_grouped(ordered, passages, placed, versions, collections, today, shown_first, **options)
                assert [asdict(s) for s in shown] == [asdict(s) for s in wanted]
                scores = {h.passage_id: h.score for h in ordered}
                for s in shown:  # the test covers these cases
                    seen |= {case for case, holds in [
                        ("also_in", s.also_in), ("also_at", s.also_at), ("older_versions", s.older_versions),
                        ("expired", s.expired), ("a later copy shown", s.score != scores[s.passage_id])] if holds}
    assert seen == {"also_in", "also_at", "older_versions", "expired", "a later copy shown"}


def test_near_copies_are_told_by_shared_word_triples_not_by_length():
    from index.copies import near_texts

    routine = ("Ring chefen om brukaren inte öppnar dörren vid besöket. Vänta utanför i tio minuter och ring "
               "sedan brukarens anhöriga. Skriv en avvikelse i verksamhetssystemet samma dag.")
    assert near_texts(routine, routine.replace("tio", "femton"))  # another unit's copy, one word apart
    first_half = routine[: len(routine) // 2]
    assert not near_texts(routine, first_half)  # all of it is in the routine, but half the routine is not in it
    assert not near_texts(first_half, routine)


PHOTOS = {"daglig-verksamhet/sekretess.md": "# Sekretess\n\n## I vardagen\n\nPrata inte om deltagare på bussen "
          "eller i sociala medier. Foton där deltagare syns får bara publiceras med skriftligt samtycke.\n",
          "daglig-verksamhet/lakemedel.md": "# Läkemedel\n\n## Delegering\n\nLäkemedel ges bara av personal med "
          "delegering från sjuksköterskan.\n"}
CAR = {"hemtjanst/tjanstebil.md": "# Tjänstebil\n\n## Om något händer\n\nVid skada på bilen fyller du i "
       "skadeanmälan som finns i pärmen i handskfacket. Lämna den till bilansvarig nästa arbetsdag.\n",
       "hemtjanst/nycklar.md": "# Nycklar\n\n## Kvittens\n\nNycklar kvitteras ut i nyckelskåpet och lämnas "
       "tillbaka samma dag.\n"}


def _beside_keys(path: str, title: str, section: str, sentence: str) -> dict[str, str]:
    """One routine of a unit, and the unit's key routine beside it: the question must find the one that answers."""
    return {path: f"# {title}\n\n## {section}\n\n{sentence}\n",
            f"{path.split('/')[0]}/nycklar.md": CAR["hemtjanst/nycklar.md"]}


FINES = _beside_keys("hemtjanst/tjanstebil.md", "Tjänstebil", "Böter",
                     "Parkeringsböter och fortkörningsböter betalas av den som körde bilen.")
DEATH = _beside_keys("boende/dodsfall.md", "När en boende avlider", "Läkemedel",
                     "Läkemedel som blir över när en boende har avlidit lämnas till sjuksköterskan för kassation.")
CONSENT = _beside_keys("boende/begransningar.md", "Begränsningsåtgärder", "Samtycke",
                       "En god man eller anhörig kan inte samtycka i den boendes ställe.")
STAFFING = _beside_keys("boende/lex-sarah.md", "Lex Sarah", "Vad som rapporteras",
                        "Brister i rutiner eller bemanning som kan leda till att boende inte får sitt stöd ska "
                        "rapporteras.")
MEALS = _beside_keys("hemtjanst/matlador.md", "Matlådor", "Kylkedjan",
                     "Matlådorna får inte vara varmare än 8 °C när du kör ut dem.")
TIMESHEETS = _beside_keys("assistans/tidrapporter.md", "Tidrapportering", "Personlig assistans",
                          "Den 5:e i varje månad ska samtliga rapporter från föregående månad vara godkända av "
                          "arbetsledaren.")
ALARM = _beside_keys("hemtjanst/trygghetslarm.md", "Trygghetslarm", "Larma",
                     "Du larmar genom att trycka på larmknappen. Om larmet aktiveras av misstag så talar du bara om "
                     "det för larmcentralen.")
NEEDLE = _beside_keys("hemtjanst/blodsmitta.md", "Blodsmitta", "Vid tillbud",
                      "Vid tillbud med risk för blodsmitta ska du omgående skölja bort blodet med vatten och "
                      "kontakta sjukvården.")
SICK_CHILD = _beside_keys("bemanning/timvikarier.md", "Timvikarier", "Vård av barn",
                          "Vård av barn medför ingen lön för en timvikarie men är semestergrundande.")
GUARDIAN = _beside_keys("ensamkommande/god-man.md", "God man för ensamkommande barn", "Särskilt förordnad vårdnadshavare",
                        "Godmanskapet upphör när beslutet om särskilt förordnad vårdnadshavare vunnit laga kraft.")
KEEPING = _beside_keys("hemtjanst/delegering.md", "Delegering", "Beslutet",
                       "Delegeringsbeslutet bör förvaras minst tre år.")
TRAINING = _beside_keys("bemanning/introduktion.md", "Introduktion", "Webbutbildningar",
                        "Du kommer att få ersättning för den beräknade tidsåtgången för respektive utbildning.")
PAYDAY = _beside_keys("bemanning/lon.md", "Lön", "Utbetalning",
                      "Om den 27:e infaller på en helgdag så betalas lönen ut sista vardagen innan helgdagen.")
HANDS = _beside_keys("hemtjanst/basal-hygien.md", "Basal hygien", "Händerna",
                    "Handdesinfektion görs före och efter varje vård- och omsorgsmoment.")
PARENTS = _beside_keys("barn/utredning.md", "Utredning", "Misstanke om brott",
                       "Kontakta inte vårdnadshavarna innan samråd har skett med polisen.")

BROKEN = _beside_keys("hemtjanst/trygghetslarm.md", "Trygghetslarm", "Felanmälan",
                      "Om trygghetslarmet går sönder så lagas det nästkommande vardag.")
POORLY = _beside_keys("personal/symtom.md", "Arbeta med symtom", "Förkylning",
                      "Vid symtom på förkylning stannar du hemma tills du är frisk.")

HOME = _beside_keys("personal/distansarbete.md", "Distansarbete", "Samråd",
                    "Allt distansarbete sker efter samråd med närmaste chef.")
DECIDES = _beside_keys("hemtjanst/bistand.md", "Bistånd", "Utredning",
                       "Efter utredning av biståndshandläggaren fattas beslut om insatser.")
SECRET = _beside_keys("ifo/sekretess.md", "Sekretess", "Inom socialtjänsten",
                      "Även uppgiften att någon är aktuell inom socialtjänsten omfattas av sekretess.")
APPLYING = _beside_keys("socialpsykiatri/boendestod.md", "Boendestöd", "Så gör du",
                        "Du ansöker via vår e-tjänst eller genom att ringa kontaktcenter.")

WAITING = _beside_keys("familjeratt/samarbetssamtal.md", "Samarbetssamtal", "Kötid",
                       "Kötiden för samarbetssamtal är nu högst två veckor från ansökan.")
CAREHOME = _beside_keys("boende/maltider.md", "Måltider på särskilt boende", "Sjukhusvistelse",
                        "Vid sjukhusvistelse görs avdrag för måltider från och med den andra dagen.")
PROVIDER = _beside_keys("hemtjanst/valfrihet.md", "Valfrihet", "Byte",
                        "Du kan när som helst byta utförare genom att kontakta biståndshandläggaren.")
DELIVERY = _beside_keys("hemtjanst/mat.md", "Mat", "Matdistribution",
                        "Matdistribution innebär att kylda matlådor levereras hem en gång i veckan.")
PHONE_HOURS = _beside_keys("ifo/mottagning.md", "Mottagningen", "Telefontid",
                           "Socialtjänsten svarar i telefon mellan klockan 08.30 och 09.30.")
SUMMER = _beside_keys("personal/semester.md", "Semester", "Sommaren",
                      "Alla har rätt till fyra veckors sammanhängande semester under juni till augusti.")
ON_PURPOSE = _beside_keys("ekb/ansokan.md", "Ansökan", "Felaktiga uppgifter",
                          "Den som medvetet lämnar felaktiga uppgifter kan bli återbetalningsskyldig.")
SICK_NOTE = _beside_keys("personal/sjukfranvaro.md", "Sjukfrånvaro", "Intyg",
                         "Läkarintyg lämnas till närmaste chef och förvaras i ett låst skåp.")


@pytest.mark.parametrize("routines, questions, answer_word", [
    (CAREHOME, ["en boende på äldreboendet ligger på sjukhus, blir maten billigare då?"], "avdrag"),
    (PROVIDER, ["kan kunden byta hemtjänstföretag?"], "byta utförare"),
    (DELIVERY, ["kan en brukare få maten hemkörd?"], "levereras hem"),
    (PHONE_HOURS, ["mellan vilka klockslag kan man ringa socialtjänsten?"], "08.30"),
    (SUMMER, ["kan jag ta sommarledigt fast jag är ny?"], "fyra veckors"),
    (ON_PURPOSE, ["vad händer om nån med flit lämnar fel uppgifter?"], "återbetalningsskyldig"),
    (SICK_NOTE, ["vart ska jag lämna mina sjukpapper?"], "närmaste chef"),
    (HOME, ["vem ska jag prata med om jag vill jobba hemifrån nagra dagar", "får jag jobba hemma ibland"], "samråd"),
    (DECIDES, ["vem bestämmer om en brukare får insatser"], "fattas beslut"),
    (POORLY, ["jag är lite snuvig idag, ska jag ändå gå in och jobba"], "stannar du hemma"),
    (SECRET, ["är det hemligt att nån är inskriven hos socialtjänsten?"], "omfattas av sekretess"),
    (BROKEN, ["larmet hos en kund har pajat, när blir det lagat"], "nästkommande vardag"),
    (POORLY, ["känner mig lite krasslig och snorig, får jag jobba?"], "stannar du hemma"),
    (KEEPING, ["hur länge måste man spara papperet på delegeringen?"], "förvaras minst tre år"),
    (GUARDIAN, ["när upphör godmanskapet om det blir en sfv?"], "laga kraft"),
    (TRAINING, ["får man betalt för utbildningarna?"], "ersättning"),
    (PAYDAY, ["lönedagen är en helgdag, vad gäller då?"], "sista vardagen"),
    (PHOTOS, ["får jag ta bilder på deltagarna och lägga upp på insta?"], "samtycke"),
    (FINES, ["fick en p-bot med jobbilen idag, vem betalar den?"], "den som körde"),
    (DEATH, ["en av de boende har gått bort, vad gör vi med hans mediciner?",
             "en boende är död, vad gör vi med läkemedlen?"], "kassation"),
    (CONSENT, ["räcker det att hans god man säger ja?"], "samtycka"),
    (STAFFING, ["boende har inte fått sitt stöd pga personalbrist, ska det rapporteras?"], "bemanning"),
    (MEALS, ["matlådorna är ljumna, kan jag köra ut dem?"], "varmare"),
    (CAR, ["krockade lite med bilen hos en brukare, vad gör jag nu", "fick en buckla på bilen idag"], "skadeanmälan"),
    (TIMESHEETS, ["pers ass här, när ska tidrapporterna vara godkända?"], "Den 5:e"),
    (SICK_CHILD, ["får man betalt när man vabbar som timvik?"], "ingen lön"),
    (ALARM, ["brukaren råkade trycka på larmet, vad ska hon göra?"], "av misstag"),
    (NEEDLE, ["stack mig hos en brukare idag, vad gör jag nu?"], "skölja bort blodet"),
    (PARENTS, ["ska jag ringa föräldrarna och berätta?"], "samråd"),
    (HANDS, ["när ska man sprita händerna, räcker det när man kommer in?"], "före och efter"),
    (APPLYING, ["hur söker man, finns det digitalt?", "kan man söka på nätet"], "e-tjänst"),
    (WAITING, ["hur länge får mamman och pappan vänta?"], "två veckor"),
])
def test_the_default_synonyms_answer_in_the_routines_words(tmp_path, fake_embedder, routines, questions, answer_word):
    """ "bilder", "insta", "krockade" and "buckla" are words no routine uses; "Foton", "sociala medier", "skada"
    and "skadeanmälan" are: without the shipped list the question looks like one the routines do not cover,
    and nothing is answered."""
    root = tmp_path / "documents"
    for path, text in routines.items():
        write(root / path, text)
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    for question in questions:
        answer = library.ask(question)
        assert answer.answered and answer_word in " ".join(answer.sentences), question


def test_administrator_synonyms_reach_the_keyword_search(tmp_path, fake_embedder):
    def oro_score(synonym_list: str | None) -> float:
        root = tmp_path / f"documents-{synonym_list is not None}"
        write(root / "gemensamt" / "oro.md", "# Orosanmälan\n\n## Våld i hemmet\n\nMisstanke om misshandel av ett "
              "barn anmäls samma dag till mottagningen.\n")
        write(root / "gemensamt" / "annat.md", "# Pappershantering\n\n## Skanning\n\nHandlingar på papper skannas in "
              "samma dag av administratören.\n")
        write(root / "gemensamt" / "forskola.md", "# Förskola\n\n## Lämning\n\nBarn lämnas på förskolan av "
              "vårdnadshavare varje morgon.\n")
        if synonym_list is not None:
            write(root / "synonyms.toml", synonym_list)
        library = Library(tmp_path / f"data-{synonym_list is not None}", embedder=fake_embedder)
        library.build([root])
        answer = library.ask("en pappa klappar till sitt barn, vad gör jag", k=3)
        return next(s.score for s in answer.sources if s.document == "gemensamt/oro.md")

    assert oro_score('[synonyms]\n"klappar till" = ["misshandel"]\n') > oro_score(None)
    assert synonyms.expand("pappa slår", synonyms.default()).startswith("pappa slår (")
    assert "våld" in synonyms.expand("pappa slår", synonyms.default())


def test_eval_scores_the_quote_not_the_passage():
    def ask(question):
        if question == "rätt":
            return Answer(question, True, ["Håll in knappen i tre sekunder."], [])
        if question == "fel":
            return Answer(question, True, ["Larmet hämtas i receptionen."], [])
        if question == "kanske":
            return Answer(question, True, ["Larmet hämtas i receptionen."], [], grade="tentative")
        return Answer(question, False, [], [])

    report = evaluate([Case("rätt", ["tre sekunder"]), Case("fel", ["tre sekunder"]),
                       Case("kanske", ["tre sekunder"]), Case("tyst", ["tre sekunder"]), Case("okänd", [])], ask)
    figures = report.as_dict()
    assert figures["quote_accuracy"] == 0.25 and figures["confident_wrong_rate"] == 0.25
    assert figures["tentative_rate"] == 0.25 and figures["abstained"] == 1


def test_each_quotable_sentence_is_stored_with_its_vector_in_context(tmp_path, fake_embedder):
    root = tmp_path / "documents"
    write(root / "gemensamt" / "larm.md", "# Personlarm\n\n## Så larmar du\n\nTryck på knappen i tre sekunder. "
          "Larmet går till vaktbolaget.\n\nDokumentansvarig: Enhetschef\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])
    row = next(iter(library.db.query("SELECT id, text, lines, spans, sentence_vectors FROM passages")))
    spans = [Span.from_list(s) for s in json.loads(row["spans"])]
    vectors = np.frombuffer(row["sentence_vectors"], dtype=np.float16).reshape(len(spans), fake_embedder.dim)
    for span, vector in zip(spans, vectors):
        sentence = row["text"][span.start : span.end]
        if span.quotable:  # embedded with its title and heading
            expected = fake_embedder.embed_passages([sentence_context(sentence, "Personlarm", "Så larmar du")])[0]
            assert np.allclose(vector, expected, atol=1e-3), sentence
        else:
            assert not vector.any(), sentence
    assert sum(s.quotable for s in spans) == 2
    # the served generation's passage reads its stored sentences once, and reads them as stored
    library.ask("hur larmar jag?")
    passage = library._served.passages(Catalog(library.db), [row["id"]])[row["id"]]
    assert passage.sentences == spans and passage.sentences is passage.sentences


def test_the_guards_of_the_patterns_read_in_every_sentence_change_no_match():
    """A pattern searched in every candidate sentence (or quote) starts with a guard "(?=[…])" naming the letters a
    match can start with. Taken out, the pattern must match the same: at the same place in the routines' lines and in
    random text with the letters case-insensitive matching treats specially (İ, ı, ſ, the Kelvin sign). An
    alternative added later whose first letter the guard lacks fails here."""
    import random
    import re
    from pathlib import Path

    from index import answering, quoting

    root = Path(__file__).resolve().parent.parent
    lines = [line for folder in (root / "documents", root / "scripts" / "eval_kommun" / "documents")
             for path in sorted(folder.rglob("*")) if path.suffix in {".md", ".txt"}
             for line in path.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(4)
    letters = list("abcdefghijklmnopqrstuvwxyzåäöéABCDEFGHIJKLMNOPSTUVWXYZÅÄÖ0123456789 .:–-") + ["İ", "ı", "ſ", "\u212a"]
    guard = re.compile(r"\(\?=\[[^]]*\]\)")
    checked = 0
    for guarded in (quoting._TIME, quoting._PHONE, quoting._WHO, quoting._WHERE, quoting._GOAL, quoting._RULING,
                    answering._EXAMPLES_FOLLOW, quoting._LEADS_ON):
        name = guarded.pattern[:30]
        plain = re.compile(guard.sub("", guarded.pattern), guarded.flags)
        assert plain.pattern != guarded.pattern, name
        literal = re.sub(r"\\[a-zA-Z][+*]?", " ", guarded.pattern.replace("\\.", "."))  # "\b", "\s+" … out
        own = re.findall(r"[a-zåäö.]+(?: [a-zåäö.]+)*", literal)  # its words and phrases: every alternative
        words = own + [w.upper() for w in own] + [w.replace("s", "ſ").replace("i", "İ").replace("k", "\u212a") for w in own]
        texts = lines + ["".join(rng.choice(letters + words + ["12.30", "0570-123 45", "1177", "114 14", "kl. 8", "t.ex."])
                                 for _ in range(rng.randint(0, 30))) for _ in range(5_000)]
        texts += [f"{before}{word}{after}" for word in words for before in ("", "Se ", "x") for after in ("", " ", ":\n")]
        for text in texts:
            fast, slow = guarded.search(text), plain.search(text)
            assert (fast and fast.span()) == (slow and slow.span()), (name, text)
            checked += slow is not None
    assert len(lines) > 1000 and checked > 4_000


def test_asked_where_a_place_answers_by_its_preposition_or_its_name():
    """ "var samlas vi om det brinner" is answered by "Samlingsplatsen vid utrymning är vid flaggstången framför
    entrén", which says no "i" or "på"."""
    from index.quoting import answer_kinds

    [where] = answer_kinds("var samlas vi om det brinner?")
    assert where.search("Samlingsplatsen vid utrymning är vid flaggstången framför entrén.")
    assert where.search("Vi möts utanför entrén.") and where.search("Återsamlingsplats: parkeringen")
    assert not where.search("Ring 112 och varna alla.")


def test_a_question_for_a_number_to_call_knows_phone_numbers_from_times_and_dates():
    from index.quoting import answer_kinds

    [phone] = [k for k in answer_kinds("vad är telefonnumret till socialjouren") if k.search("08-465 004 30")]
    for number in ("08-465 004 30", "0570-180 55", "0771-41 42 10", "031-365 00 00", "ring 0570 180 55.", "112",
                   "0500 – 49 82 13", "0325 – 57 62 10"):  # a web page's dash set apart
        assert phone.search(number), number
    for other in ("kl. 08.00–16.30", "beslutad 2024-03-12", "07.30–16.30", "barn 0–18 år", "år 2023", "öppet 08 – 16",
                  "kl 0800 – 1600"):
        assert not phone.search(other), other


@pytest.mark.parametrize("question, wants_a_number", [
    ("vem ringer jag om brukaren inte öppnar", True), ("hur når jag socialjouren på kvällen", True),
    ("när kan man ringa mottagningen", True), ("vart ringer jag vid akut oro", True), ("numret till hr?", True),
    ("får jag ringa skolan under förhandsbedömningen", False),
    ("polisen ringer och vill ha uppgifter om en klient, kan jag svara direkt?", False),
    ("brukaren får kramp, ska jag ge klysman direkt eller ringa ssk först?", False),
])
def test_a_call_asks_for_a_number_only_where_the_question_asks_whom_where_when_or_how(question, wants_a_number):
    """"får jag ringa skolan …" asks whether it may be done: a sentence with a phone number is no likelier its answer."""
    from index.quoting import _LOCAL_PHONE, _PHONE, answer_kinds

    assert bool({_PHONE, _LOCAL_PHONE} & set(answer_kinds(question))) is wants_a_number


def test_the_numbers_everyone_knows_answer_which_number_only_of_an_emergency_the_night_or_the_police():
    """"anhörig undrar vilket nummer man ringer för att söka trygghetslarm" was answered "Behöver du
    sjukvårdsupplysning ringer du Vårdguiden på telefonnummer 1177": a number, but not the one asked for."""
    from index.answering import _Reading
    from index.quoting import holds_required

    alarm = _Reading("anhörig undrar vilket nummer man ringer för att söka trygghetslarm", None, None)
    assert not alarm.holds_kind("Behöver du sjukvårdsupplysning ringer du Vårdguiden på telefonnummer 1177.")
    assert not alarm.holds_kind("Vid akuta situationer ringer du 112 i första hand.")
    assert alarm.holds_kind("Kontakta Huddinge servicecenter på telefon 08-535 300 00.")
    assert alarm.holds_kind("Ring servicecenter, telefon 0771-112 112.")
    night = _Reading("kvällstid på helgen, hur når jag socialjouren?", None, None)
    assert night.holds_kind("Kvällar och helger når du vår socialjour via telefon 112.")
    # the number to call for news in a crisis is one everyone knows too, written as a line of its own over what it is for
    crisis = "113 13 Informationsnummer vid olyckor och kriser, till exempel vid större stormar eller bränder."
    assert _Reading("vilket nummer ringer man för info vid storm eller stor olycka?", None, None).holds_kind(crisis)
    assert not alarm.holds_kind(crisis)
    assert holds_required("vilket nummer ringer man för info vid storm eller stor olycka?", [crisis])  # no postcode
    police = "114 14 Polisen, när det inte är akut."
    assert holds_required("vilket nummer ringer jag till polisen om det inte är bråttom?", [police])
    assert not holds_required("vilket nummer ringer jag till polisen om det inte är bråttom?", ["311 80 Falkenberg"])


@pytest.mark.parametrize("question, kinds", [
    ("vad kostar en matlåda för brukaren", 1), ("brukaren undrar vad hemtjänsten kostar i månaden", 1),
    ("hur mycket pengar får en vuxen vid nödprövning", 1), ("vilket nr har socialjouren", 1),
    ("numret till företagshälsovården?", 1), ("vad är telefonnumret till larmcentralen", 1),
    ("hur sent kan man avboka tolk utan att det kostar", 0),  # a time is asked for
    ("kostar det nåt att avboka?", 0),  # yes or no
    ("vem ska svara på blankett nummer T78?", 0),  # the number names the form
    ("hur mycket övertid får jag jobba", 0), ("hur mycket får deltagarna på dv betalt per dag?", 1),
    ("hur mycket arvode får ett familjehem per månad", 1), ("hur mycket kontanter får brukaren ha hemma", 1),
    ("hur mycket är friskvårdsbidraget", 1), ("hur mycket plus får man ha på flexen", 0),
    ("vad får man i ob-tillägg som timvikarie på helger?", 1), ("vad får jag i timlön", 1),
    ("vad får man i tjänst", 0),  # no money named
    ("hur mycket tjänar en personlig assistent i timmen", 1),  # what one earns is an amount
    ("hur mycket försörjningsstöd får en ensamstående per månad", 1), ("hur får man försörjningsstöd", 0),
    ("hur många kronor per mil får jag för egen bil?", 2),  # an amount and a count
    ("får jag milersättning för egen bil, hur mycket per mil", 1),  # the money named first
    ("får jag milersättning för egen bil, hur mycket per mil?", 1), ("har vi friskvårdsbidrag, hur mycket?", 1),
    ("jag har friskvårdsbidrag, hur mycket tränar ni?", 0),
    ("hur mycket tid får man lägga på social samvaro med en brukare?", 1),  # a length of time
    ("finns det ett maxbelopp för bistånd till begravning?", 1), ("finns det nåt tak för hyran, högsta belopp?", 1),
    # the money named, its size asked ("Kraft fungerar som en länk …" told no amount)
    ("hur stor är omkostnadsersättningen per månad för ett barn?", 1), ("hur hög blir avgiften för larmet", 1),
    ("hur stor är risken att bli hotad", 0),
    ("vad styr hur mycket pengar en familj kan få", 0), ("hur mycket pengar kan en familj få", 1),  # what decides it
    ("hur lång är introduktionen för nya?", 1), ("hur lång är den?", 0),
    ("hur lång tid har man på sig att göra förhandsbedömning", 1), ("hur snabbt måste jag journalföra", 1),
    ("inom hur lång tid ska planen vara klar", 1), ("hur ofta ska vi ha brandövning", 1),
    ("hur länge gäller en delegering? hemtjanst norr", 1), ("hur många dagar går man bredvid?", 2),
    ("när ska jag göra en orosanmälan", 0),  # "när" is often answered by a condition ("när du misstänker …")
    ("en 19-åring var på nybesök igår, inom hur lång tid ska vi ha gjort en plan", 1),
    ("ek bist: hur snabbt måste journalanteckningen in?", 1), ("Hej! Hur ofta är det handledning?", 1),
    ("jag undrar hur länge en delegering gäller", 1),
    ("Med hjälp av vad kan du räkna ut hur många dagar du kan stanna?", 0),  # asked inside another question
    ("vart vänder jag mig för att få veta hur lång tid handläggningen tar", 0),
    ("vilken tid börjar kvällspasset i söder?", 1), ("hej, vilka tider har ni öppet", 1), ("när öppnar receptionen", 1),
    ("mellan vilka klockslag får jag flexa", 1),
    ("när kommer lönen?", 0),  # "när" alone is often answered by a condition
])
def test_a_question_asking_for_an_amount_a_number_or_how_long_requires_one(question, kinds):
    from index.quoting import required_kinds

    assert len(required_kinds(question)) == kinds


def test_asked_for_an_address_a_quote_must_give_one():
    from index.quoting import holds_required, required_kinds

    asked = "vilken adress har dv i öckerö? ska dit första dagen"
    assert required_kinds(asked)
    assert holds_required(asked, ["Daglig verksamhet finns i Hönö Klåva, Östra hamnen 15."])
    assert holds_required(asked, ["Skicka post till Socialförvaltningen, Box 123."])
    assert not holds_required(asked, ["Om ett beslut tagits av LSS-handläggare i Öckerö kommun kan brukaren ansöka."])
    assert not holds_required(asked, ["Enligt 4 kap. 1 § SoL har den enskilde rätt till bistånd."])
    assert not holds_required(asked, ["Avgiften är Hyra 300 kr i månaden."])
    assert not required_kinds("var ska jag parkera bilen?")  # where, but no address asked for
    assert required_kinds("vad är adressen till socialkontoret")
    assert not required_kinds("När måste du meddela din nya adress till Migrationsverket?")  # asks when
    # an e-mail address asked for by name: an e-mail address answers, a street address is still asked for otherwise
    mejl = "Vilken mejladress har IVO om man har frågor om beslut?"
    assert holds_required(mejl, ["Kontakta IVO på e-postadressen: ejverkstalldabeslut@ivo.se"])
    assert not holds_required(mejl, ["Kontakta IVO om du har frågor om beslut."])
    assert not holds_required(asked, ["Mejla dv@ockero.se om du har frågor."])
    # … also asked after a longer name ("vad har färdtjänsthandläggaren i mellerud för mejladress?"): a phone number or
    # a street address is no e-mail address
    long = "vad har färdtjänsthandläggaren i mellerud för mejladress?"
    assert not holds_required(long, ["Färdtjänsthandläggare Telefon: 0530-189 02"])
    assert not holds_required(long, ["Skicka ansökan till Box 123, 464 80 Mellerud."])
    assert holds_required(long, ["Färdtjänsthandläggaren nås på fardtjanst@mellerud.se."])


def test_asked_how_often_every_so_many_days_is_a_frequency():
    """"Ordinarie direktleverans sker var 14:e dag alternativt var 7:e dag" answers "hur ofta kommer direktleveransen"."""
    from index.quoting import holds_required

    asked = "hur ofta kommer direktleveransen med dosen till boendet?"
    assert holds_required(asked, ["Ordinarie direktleverans sker var 14:e dag alternativt var 7:e dag."])
    assert holds_required(asked, ["Handledning ges var tredje vecka."])
    assert not holds_required(asked, ["Ordinarie leveranser levereras 2 dagar efter stopptid."])
    # morning and evening is twice a day
    assert holds_required("hur ofta var soc inte där vid avhysningarna?", ["I 16 av dessa fall var socialtjänsten inte där."])
    assert holds_required("hur ofta ska vi borsta tänderna på brukarna", ["• Borsta tänderna morgon och kväll."])
    assert not holds_required("hur ofta ska vi borsta tänderna på brukarna", ["• Borsta tänderna med fluortandkräm."])


def test_how_much_time_asks_a_length_of_time_not_an_amount():
    from index.quoting import _AMOUNT, _DURATION, required_kinds

    assert required_kinds("jag har ob-tillägg, hur mycket tid får jag") == (_DURATION,)
    assert required_kinds("finns det ett maxbelopp för bistånd till begravning?") == (_AMOUNT,)


def test_a_steps_number_is_no_amount_and_no_number_to_call():
    from index.quoting import holds_required

    asked = "vad kostar hemtjänsten i månaden"
    assert not holds_required(asked, ["Kostnaden för låsbyte betalas av hemtjänsten.", "3. Skriv en avvikelse samma dag."])
    assert holds_required(asked, ["Avgiften är högst 2 359 kronor i månaden."])
    assert holds_required(asked, ["Larmet är kostnadsfritt för brukaren."])
    assert not holds_required("vilket nummer har socialjouren", ["1. Ring socialjouren kvällar och helger."])
    assert holds_required("vilket nummer har socialjouren", ["Socialjouren nås på 08-465 004 30."])


def test_a_postcode_is_no_time_and_no_amount():
    from index.quoting import holds_required

    address = ["Skriftlig orosanmälan skickas med post till:", "Socialförvaltningen, Barn- och ungdomsenheten, 311 80 Falkenberg"]
    assert not holds_required("hur lång tid har de på sig att besluta om utredning?", address)
    assert not holds_required("vad kostar det?", address)
    assert holds_required("hur lång tid har de på sig?", ["Vi har 14 arbetsdagar på oss att besluta."])


def test_asked_how_long_a_time_qualified_in_words_answers():
    from index.quoting import holds_required

    asked = "hur lång tid tar intervjun om man vill bli kontaktperson"
    assert holds_required(asked, ["Intervjun tar en dryg timme och därefter sammanställs den i en utredning."])
    assert holds_required(asked, ["Utredningen tar ett knappt år."])
    assert holds_required(asked, ["Räkna med en hel dag."])
    assert not holds_required(asked, ["Det är en hel del papper att fylla i före intervjun."])


def test_asked_when_something_opens_a_date_or_a_day_of_the_week_answers():
    from index.quoting import holds_required

    asked = "när öppnar ansökan för timvikarie?"  # "nar oppnar" is read so before (see spelling)
    assert holds_required(asked, ["Ansökan för att jobba som timvikarie är öppen från den 1 september 2024."])
    assert holds_required(asked, ["Ansökan öppnar 2024-09-01."])
    assert holds_required("när öppnar mottagningen", ["Mottagningen har öppet på onsdagar."])
    assert not holds_required(asked, ["Ansökan för att jobba som timvikarie görs på kommunens webbplats."])


def test_asked_which_date_or_day_a_quote_saying_none_answers_nothing():
    from index.quoting import holds_required

    asked = "vilket datum kommer lönen ut för timvikarier?"
    assert not holds_required(asked, ["Vi är glada att du jobbar som timvikarie hos oss och är en del av vårt team!"])
    assert holds_required(asked, ["Lönen utbetalas den 27:e varje månad."])
    assert holds_required(asked, ["Lönen betalas ut den 25 varje månad."])
    assert holds_required(asked, ["Lönen kommer vid månadsskiftet."])
    day = "från vilken dag måste jag ha läkarintyg?"
    assert holds_required(day, ["Från och med den åttonde kalenderdagen i sjukperioden ska du lämna läkarintyg."])
    assert holds_required(day, ["Anmälan sker till Försäkringskassan fr o m dag femton."])
    assert holds_required(day, ["Från och med sjukdag 8 (kalenderdag) ska du styrka sjukfrånvaron med läkarintyg."])
    assert holds_required(day, ["Läkarintyg lämnas samma dag som du kommer tillbaka."])
    assert not holds_required(day, ["Läkarintyget kan skickas digitalt via Försäkringskassans e-tjänst."])
    # … and the day it runs from answers it, though it names no date: "from the day the alarm is installed"
    assert holds_required("från vilken dag börjar man betala för larmet", ["Debitering görs från den dag larmet installeras."])
    assert not holds_required("vilken dag kommer lönen", ["Lönen betalas från den dag du börjar."])
    # which days, as a clause of the question, is not what it asks: "var lägger jag in …" asks where
    where = "var lägger jag in vilka dagar jag vill vara ledig när jag jobbar via bemanningen?"
    assert holds_required(where, ["Det är viktigt att du lägger in önskemål om lediga dagar i Medvind."])
    assert not holds_required("vilka dagar kör vi ut matlådorna", ["Matlådorna körs ut av hemtjänsten."])


def test_asked_how_long_something_has_been_so_the_year_it_began_answers():
    from index.quoting import holds_required

    assert holds_required("hur länge har vi jobbat med BBIC här?", ["Metoden har använts sedan 2006 i socialtjänsten."])
    assert not holds_required("hur länge gäller beslutet?", ["Metoden har använts sedan 2006 i socialtjänsten."])
    assert not holds_required("hur länge har vi jobbat med BBIC här?", ["Metoden infördes i socialtjänsten."])


def test_asked_how_long_a_notice_period_is_a_date_or_a_year_is_no_answer():
    from index.quoting import holds_required, required_kinds

    asked = "hur lång uppsägningstid har man som timvikarie?"
    assert required_kinds(asked)
    assert not holds_required(asked, ["Ansökan för att jobba som timvikarie är öppen från den 1 september 2024."])
    assert not holds_required("hur länge gäller beslutet", ["Beslutet fattades 2023-05-12 av nämnden."])
    assert holds_required(asked, ["Uppsägningstiden är 14 dagar för timavlönade."])
    assert holds_required("hur länge gäller beslutet", ["Beslutet gäller till och med den 31 december 2025, sex månader."])
    # … written without å too: "hur lange haller projektet pa" asks how long it lasts, and until a date answers
    assert holds_required("hur lange haller projektet med givarna pa?", ["Projektet kommer att pågå till den 31 december 2024."])


def test_a_length_of_time_in_the_genitive_says_how_long_and_a_years_name_does_not():
    from index.quoting import holds_required

    asked = "hur länge jobbar man på ett feriejobb, hur många veckor"
    assert holds_required(asked, ["Dessutom innebär dina tre veckors arbete att du får lön."])
    assert holds_required("hur lång uppsägningstid har jag", ["Du har en månads uppsägningstid."])
    assert holds_required("hur länge sparas akten", ["Akten sparas under fem års tid."])
    assert not holds_required("hur länge gäller tillståndet", ["Enligt 1951 års Genèvekonvention är du flykting."])


def test_asked_what_one_pays_oneself_the_costs_that_are_ones_own_answer():
    """"vad betalar de boende själva på gruppbostad" asks which costs are theirs, not an amount: "… du betalar din egen
    hyra, mat och hemförsäkring" answers, though it names no sum. Asked what one pays oneself for a thing, or what
    a thing costs, the quote still holds an amount."""
    from index.quoting import holds_required

    theirs = ["Oavsett om du bor i gruppbostad eller servicebostad betalar du din egen hyra, mat och hemförsäkring."]
    assert holds_required("vad betalar de boende själva på gruppbostad i karlshamn", theirs)
    assert holds_required("vad betalar jag själv?", theirs)
    assert not holds_required("vad betalar brukaren själv för matlådan", theirs)
    assert not holds_required("vad betalar man för hemtjänst", theirs)


def test_asked_a_rate_for_a_period_the_quote_says_that_period():
    from index.quoting import holds_required, says_what_is_asked

    asked = "vad kostar ett dygn på korttidsplats i tyresö"
    assert not holds_required(asked, ["• Resor till eller från korttidsplats 13 kr/resa"])
    assert holds_required(asked, ["Avgift 172 kronor/dag"])
    assert holds_required("vad kostar en timme hemtjänst", ["241 kr/timme (den utförda tiden)."])
    assert says_what_is_asked(asked, "Avgiften är 172 kronor per dygn.")
    assert not holds_required("hur mycket kostar hemtjänsten per timme", ["Hemtjänsten kostar som mest 2 359 kr."])
    assert holds_required("vad kostar larmet i månaden", ["Trygghetslarmet kostar 283 kronor per månad."])
    assert holds_required("vad kostar larmet i månaden", ["Månadsavgiften för larmet är 283 kronor."])
    assert not holds_required("vad kostar larmet i månaden", ["Installationen kostar 500 kr per tillfälle."])
    # "i år" says when, not per what: any amount answers; free is free whatever the period
    assert holds_required("hur mycket är riksnormen i år", ["Riksnormen för en ensamstående är 3 500 kr."])
    assert holds_required("vad kostar larmet i månaden", ["Larmet är kostnadsfritt för brukaren."])
    # the period begun or whole, of care or of work, is the period: "per påbörjat vårddygn", "per hel kalendermånad"
    per_day = "hur mycket kostade det kommunen per dygn om en utskrivningsklar låg kvar på geriatriken"
    assert holds_required(per_day, ["Ersättning som betalas ut per påbörjat vårddygn: geriatrisk vård 3475 kr"])
    assert holds_required("vad kostar larmet per månad", ["Avgiften är 300 kr per hel kalendermånad."])
    assert holds_required("vad kostar hemtjänsten per timme", ["Priset är 400 kr per arbetstimme."])
    assert holds_required("vad kostar städhjälp per timme", ["Kostnaden är 384 kronor per timma."])
    assert not holds_required(per_day, ["Ersättning betalas ut per patient: 3475 kr"])


def test_asked_which_number_to_call_a_clock_time_or_a_count_is_no_answer():
    from index.quoting import holds_required

    for asked in ("vilket nr ringer man för att avbeställa matlådan", "jag vill ringa dit, vilket nummer"):
        assert not holds_required(asked, ["Brukaren ska avbeställa sin matlåda senast klockan 10:00 dagen innan."])
        assert not holds_required(asked, ["Avbeställ minst 3 dagar i förväg."])
        assert holds_required(asked, ["Avbeställning matlåda: telefon 0563-54 12 61."])
        assert holds_required(asked, ["Ring kundtjänst, 08-508 00 508."])
        assert not holds_required(asked, ["Vid akut fara, ring 112."])  # see the test below
    # a number asked with no call in view may be any number: the form's, the room's
    assert holds_required("vilket nummer har blanketten", ["Använd blankett 7 i pärmen."])


def test_asked_how_long_a_thing_takes_a_clock_time_is_no_answer():
    """"hur många dagar har soc på sig att bestämma om en utredning" is not answered by "telefontid måndag–fredag
    9.00–11.00", which says when; asked by when ("senast när"), a clock time is the answer."""
    from index.quoting import holds_required

    for asked in ("hur många dagar har soc på sig att bestämma om en utredning?", "hej. hur länge sparas loggarna?",
                  "inom hur lång tid ska jag ringa tillbaka"):
        assert not holds_required(asked, ["Ring mottagningen, telefontid måndag–fredag 9.00–11.00."]), asked
        assert not holds_required(asked, ["Mottagningen nås vardagar kl. 8."]), asked
        assert holds_required(asked, ["Beslut ska fattas inom 14 dagar."]), asked
    assert holds_required("senast när ska jag sjukanmäla mig", ["Ring senast kl. 14.00 dagen innan."])
    assert holds_required("hur länge har receptionen öppet idag?", ["Receptionen är bemannad vardagar 07.30–16.30."])


def test_an_amount_is_a_sum_of_money_not_any_number():
    """"hur mycket kostar en tolk per timme" is not answered by "Avbokning ska göras senast 24 timmar före"."""
    from index.quoting import holds_required

    asked = "hur mycket kostar en platstolk per timme"
    assert not holds_required(asked, ["Avbokning ska göras senast 24 timmar före uppdraget."])
    assert not holds_required(asked, ["Ring 08-123 45 67 för att boka."])
    for stated in ("Tolken kostar 650 kr per timme.", "Ersättningen är 29 kronor per mil.", "Avgiften är 100 kr/st.",
                   "Projektet fick 20 miljoner kronor.", "Högst ett halvt prisbasbelopp.", "Avgiften är 5 % av lönen.",
                   "Tolken är gratis för brukaren."):
        assert holds_required("hur mycket kostar en platstolk", [stated]), stated
    # "full kostnad" is what a late cancellation costs, no rate an hour
    assert not holds_required(asked, ["Vid sen avbokning debiteras enheten full kostnad."])
    assert holds_required("vad kostar det om vi avbokar tolken för sent", ["Vid sen avbokning debiteras enheten full kostnad."])
    # "i dag" says when, not how often
    assert holds_required("vad kostar det att avboka i dag", ["Vid sen avbokning debiteras enheten full kostnad."])
    assert not holds_required("vad kostar tolken i timmen", ["Vid sen avbokning debiteras enheten full kostnad."])
    # what one pays, said by the tariff named; not a rate, nor a tariff unnamed
    paid = "vad betalar brukaren för nödvändig tandvård?"
    assert holds_required(paid, ["Patienten betalar enligt Region Skånes öppenvårdstaxa."])
    assert not holds_required(paid, ["Patienten betalar enligt gällande taxa."])
    # millions, the crowns unsaid
    assert holds_required("vad kostar hvb-vården varje år?", ["Kostnaderna uppgår till cirka 40 miljoner per år."])
    assert not holds_required("vad kostar hvb-vården i månaden?", ["Kostnaderna uppgår till cirka 40 miljoner per år."])
    assert not holds_required("vad kostar hemtjänst i timmen", ["Avgiften tas ut enligt kommunens maxtaxa."])
    # "hur mycket är …" asks an amount
    norm = "hur mycket är riksnormen för en ensamstående vuxen i år?"
    assert not holds_required(norm, ["Försörjningsstödet beräknas enligt riksnormen, som regeringen fastställer varje år."])
    assert holds_required(norm, ["Riksnormen för en ensamstående är 3 470 kronor i månaden."])
    assert holds_required("hur mycket är det ok att ta emot i present?", ["Gåvor tas inte emot."])  # asks no amount


def test_asked_how_long_or_how_often_the_quote_must_say_a_time():
    from index.quoting import holds_required

    asked = "hur lång tid har man på sig att göra förhandsbedömning"
    assert not holds_required(asked, ["Under förhandsbedömningen får du tala med barnet och vårdnadshavarna."])
    assert holds_required(asked, ["Beslutet ska fattas inom 14 dagar från inkomstdatum."])
    assert holds_required(asked, ["Beslutet fattas skyndsamt, samma dag om barnet är i fara."])
    often = "hur ofta ska man provlarma"
    assert not holds_required(often, ["Provlarma med larmcentralen och kontrollera batteriet."])
    assert holds_required(often, ["Provlarma en gång i veckan."])
    assert holds_required("hur ofta är det handledning", ["Handledning ges varannan vecka."])
    assert holds_required("hur ofta måste man söka ekonomiskt bistånd", ["Biståndet söks för en månad åt gången."])
    # "vart tredje år", "vartannat år": as everyday Swedish writes "var tredje", "varannat"
    swept = "hur ofta ska braskaminen sotas"
    assert holds_required(swept, ["Rengöring av braskamin ska ske vart tredje år."])
    assert holds_required(swept, ["Kaminen sotas vartannat år."])
    assert not holds_required(swept, ["Rengöringen görs av sotaren i din kommun."])
    assert not holds_required("hur ofta är det handledning", ["Ring rådgivningen vardagar kl. 09.00–11.00."])
    # "fler gånger" says it happens again, not how often
    visits = "hur ofta ska socialsekreteraren besöka barnet i familjehemmet?"
    assert not holds_required(visits, ["Under en utredning träffar en socialsekreterare barnet fler gånger."])
    # "daglig", "årlig": how often, said by what is done ("Gör daglig hudinspektion …"); "daglig verksamhet" is a place
    skin = "hur ofta ska man titta på huden på nån som sitter i rullstol"
    assert holds_required(skin, ["Gör daglig hudinspektion hos alla med risk för trycksår."])
    assert holds_required("hur ofta följs planen upp", ["Planen följs upp vid en årlig genomgång."])
    assert not holds_required("hur ofta får brukaren åka till jobbet", ["Brukaren har beslut om daglig verksamhet."])
    assert holds_required(visits, ["Socialsekreteraren besöker barnet fyra gånger per år."])
    assert holds_required("hur länge gäller en delegering", ["Delegeringen gäller tills vidare."])
    assert holds_required("hur länge får jag stanna", ["Du får stanna tills Migrationsverket har beslutat."])
    # how often a thing is done tells nothing of how long
    kept = "hur länge sparas loggarna över vem som öppnat en akt?"
    assert not holds_required(kept, ["Varje öppning loggas, och systemförvaltaren gör loggkontroller varje månad."])
    assert not holds_required(kept, ["Loggarna granskas två gånger per år."])
    assert holds_required(kept, ["Loggarna sparas i två år och granskas varje månad."])
    # nor does an age
    soon = "en mamma kom påverkad till mötet med sin 4-åring, hur snabbt måste jag anmäla?"
    assert not holds_required(soon, ["Du ska göra en anmälan när du misstänker att ett barn under 18 år far illa."])
    assert not holds_required(soon, ["En 14-åring kan höras utan vårdnadshavare.", "Barn mellan 6 och 12 år hörs."])
    assert holds_required(soon, ["Anmälan görs samma dag, även för barn under 18 år."])
    decided = "hur länge gäller ett förenklat hemtjänstbeslut"
    assert not holds_required(decided, ["Är du 75 år eller äldre kan du ansöka om hemtjänst utan behovsbedömning."])
    assert not holds_required(decided, ["Den som är äldre än 75 år kan ansöka utan behovsbedömning."])
    assert holds_required(decided, ["Beslutet är tidsbegränsat till ett år."])
    # "hur lange galler en etablerinsplan" had been answered, confident, by who may have one
    plan = "hur lange galler en etablerinsplan fran af?"
    assert not holds_required(plan, ["• är 20–64 år gammal eller om du är 18–20 år och bor i Sverige utan dina föräldrar"])
    assert holds_required(plan, ["Etableringsplanen gäller i två år."])
    # … but the age a time lasts until says how long
    parents = "hur länge är föräldrar försörjningsskyldiga om tonåringen fortfarande plugga på gymnasiet"
    assert holds_required(parents, ["Föräldrar är försörjningsskyldiga för sina barn fram till dess att de har fyllt 18 "
                                    "år, dock längst till dess att barnet har fyllt 21 år."])
    assert not holds_required(parents, ["Föräldrar till barn under 18 år kontaktas alltid."])
    # … and, asked how long a thing lasts, the date or the day it lasts until; a date alone says no length of time
    lasts = "hur länge gäller p-dispensen för vårdpersonal i stockholm"
    assert holds_required(lasts, ["Dispensen gäller så länge restriktionerna pågår och som längst till 31 mars 2022."])
    assert holds_required(lasts, ["Tillståndet gäller till och med 2025-12-31."])
    assert not holds_required(lasts, ["Dispensen infördes den 9 april 2021."])
    assert not holds_required("hur lång tid har jag på mig att överklaga", ["Överklagandet ska ha kommit in till den "
                                                                             "31 mars 2022."])
    assert holds_required("hur länge gäller jourens beslut", ["Jourens beslut gäller till nästföljande vardag."])


def test_a_day_counted_is_a_time_asked_when():
    """"när behöver man läkarintyg" is answered by "Från och med dag 8 i sjukperioden …", which names no length."""
    from index.quoting import answer_kinds

    kinds = answer_kinds("när behöver man läkarintyg")
    assert any(kind.search("Från och med dag 8 i sjukperioden ska du lämna ett läkarintyg.") for kind in kinds)
    assert not any(kind.search("Läkarintyget lämnas till enhetschefen.") for kind in kinds)


def test_asked_at_what_time_the_quote_must_say_one():
    """"vilka tider har daglig verksamhet öppet" was answered "… alla dagar verksamheten har öppet"."""
    from index.quoting import holds_required

    asked = "vilka tider har daglig verksamhet öppet?"
    assert not holds_required(asked, ["Enhetschefen ser till att det finns personal alla dagar verksamheten har öppet."])
    for stated in ("Verkstaden har öppet 08.00–16.00.", "Jouren är bemannad dygnet runt.",
                   "Mottagningen har öppet vardagar.", "Kvällspasset börjar klockan 15."):
        assert holds_required(asked, [stated]), stated
    assert holds_required("till vilken tid måste jag skicka bevakningen på fredag", ["Senast kl. 13.00 på fredagar."])
    # asked when one may call, the hours the phone is answered: "på deras telefontid" names none
    ring = "när kan klienterna ringa socialkontoret om försörjningsstöd"
    assert not holds_required(ring, ["Du vänder dig till socialkontoret och talar med en socialsekreterare på deras "
                                     "telefontid."])
    assert holds_required(ring, ["Telefontid kl. 13.00-14.00 (vardagar)"])
    assert holds_required("när på dagen kan man ringa mottagningen", ["Telefontid måndag - fredag, kl. 13–14"])
    # … but when to call in sick asks the occasion, not the hours
    assert holds_required("när ska jag ringa in om jag är sjuk", ["Ring din chef innan arbetsdagen börjar."])


def test_a_clock_time_is_a_time_with_or_without_the_full_stop_after_kl():
    """"• Ob-helg, från fredag kl 19 till måndag kl 07." answers "från vilken tid räknas helg-ob på fredagen?" as
    "kl. 19" would: a web page writes "kl" without its full stop."""
    from index.quoting import _TIME, answer_kinds, holds_kind

    asked = "pers ass på vivida, från vilken tid räknas helg-ob på fredagen?"
    assert any(holds_kind(kind, "• Ob-helg, från fredag kl 19 till måndag kl 07.") for kind in answer_kinds(asked))
    for said in ("• Ob-helg, från fredag kl 19 till måndag kl 07.", "Öppet kl. 8", "Kom klockan 7"):
        assert _TIME.search(said), said
    assert not _TIME.search("Ring kl-växeln.") and not _TIME.search("Ob-kväll gäller vardagar.")


def test_asked_how_many_the_quote_must_hold_a_count_and_a_phone_number_is_none():
    """ "hur många veckors semester …" was answered "Samordnaren går igenom nyckelskåpet den första måndagen varje
    månad … tel. 0570-183 40": an ordinal and a phone number are no count, nor is a phone number an amount or a time."""
    from index.quoting import holds_required

    asked = "hur många veckors semester kan jag ta i sträck?"
    assert not holds_required(asked, ["Samordnaren går igenom nyckelskåpet den första måndagen varje månad.",
                                      "Kontaktpersoner: samordnare hemtjänst norr tel. 0570-183 40."])
    assert holds_required(asked, ["Du kan ta fyra veckors semester i sträck under sommaren."])
    assert holds_required("ny på ek bist, hur många ärenden får jag?", ["Du får högst 30 hushåll de första tre månaderna."])
    assert holds_required("hur många blev hotade förra året", ["Nästan varannan socialsekreterare hade blivit hotad."])
    # "minst en" counts, where "en" alone is an article: "hur manga anhoriga ska erbjudas samtal" had been withheld
    asked = "hur manga anhoriga ska erbjudas samtal efter att nan dott, alla?"
    assert holds_required(asked, ["Minst en närstående vid varje dödsfall ska erbjudas samtal."])
    assert not holds_required(asked, ["En närstående ska erbjudas samtal."])
    assert not holds_required("hur länge ska jag vänta", ["Ring samordnaren på 0570-184 62."])
    assert holds_required("vilket nummer har samordnaren", ["Ring samordnaren på 0570-184 62."])
    assert not holds_required("vad kostar larmet", ["Frågor om larmet: ring 0570-184 62."])
    # a statute's or a bill's number is no count: "lagen (1993:387)", "(Prop. 2012/13:10 s. 60)"
    asked = "hur många timmar om dagen är deltagarna på daglig verksamhet?"
    assert not holds_required(asked, ["Enligt lagen (1993:387) om stöd och service kan du ha rätt till daglig verksamhet."])
    assert not holds_required("hur många dagar har vi på oss?", ["Det följer av förarbetena (Prop. 2012/13:10 s. 60)."])
    assert holds_required(asked, ["Deltagarna är på daglig verksamhet sex timmar om dagen."])
    # asked about how many, the count is asked all the same, and a date is none: "Från och med 1 augusti 2013 lämnar
    # Vård & bildning arvode …" had been the confident answer to how many escorts the change touched
    asked = "ungefar hur manga ledsagare berordes nar vard och bildning bytte till arvode"
    assert not holds_required(asked, ["Från och med 1 augusti 2013 lämnar Vård & bildning arvode i stället för timlön."])
    assert holds_required(asked, ["Cirka 350 personer hos oss."])
    # "inom hur många dagar …" asks a count as "hur många dagar …" does: "genast" is no count of days
    asked = "inom hur många dagar ska förhandsbedömningen vara klar efter en orosanmälan?"
    assert not holds_required(asked, ["Du är skyldig att genast anmäla om du misstänker att ett barn far illa."])
    assert holds_required(asked, ["Förhandsbedömningen ska vara klar inom 14 dagar."])


@pytest.mark.parametrize("asked, sentence, answers", [
    ("hur många timmar om dagen är deltagarna på daglig verksamhet?",
     "Planen upprättas inom fyra veckor från att deltagaren har börjat.", False),  # weeks, not hours
    ("hur många timmar om dagen är deltagarna på daglig verksamhet?", "Deltagarna är där 6 tim om dagen.", True),
    ("hur många timmar i veckan är heltid", "Heltidsmåttet är 37,5 timmar per vecka.", True),
    ("hur många minuter får ett besök ta", "Ett trygghetsbesök ersätts med en halvtimme.", True),
    ("inom hur många dagar ska genomförandeplanen vara klar?",
     "• Ny omvårdnadskund - ersättning 4 timmar • Utförda trygghetsbesök - ersätts med 15 minuter.", False),
    ("inom hur många dagar ska genomförandeplanen vara klar?", "Planen upprättas inom två veckor.", True),
    ("hur många semesterdagar har jag?", "Till och med det år du fyller 39 har du 25 semesterdagar.", True),
    ("hur många dagar får jag gå bredvid", "Du går bredvid i tre arbetsdagar.", True),
    ("hur många år sparas akterna", "Akterna gallras efter fem år.", True),
    ("hur många dagars utbildning krävs", "Utbildningen tar 3 timmar.", False),
    # the count joined to its unit by a hyphen: "hur manga dagar ar administratorsutbildningen" had been withheld
    ("hur manga dagar ar administratorsutbildningen", "Man ska ha gått vår 2,5-dagars administratörsutbildning.", True),
    ("hur många veckor är introduktionen", "Introduktionen är ett 6-veckorsprogram.", True),
    ("hur många brukare har vi", "Enheten har 4 timmar per brukare.", True),  # no unit of time counted
    # a half counted, and one week said in words
    ("hur många dygn räknar vi?", "Om vistelsen är fredag till söndag räknas det som 2 ½ dygn.", True),
    ("hur många dagar sen kan man vara med hyran?", "Dröjer du mer än en vecka efter förfallodagen är hyresrätten förlorad.",
     True),
])
def test_asked_how_many_hours_or_days_the_count_is_of_them(asked, sentence, answers):
    """ "hur många timmar om dagen är deltagarna på daglig verksamhet" was answered "… en genomförandeplan
    tillsammans med dig inom två veckor", and "inom hur många dagar ska genomförandeplanen vara klar" by "ersättning
    4 timmar": a count of another unit of time says nothing of the one asked (days are also counted in weeks, months
    or years)."""
    from index.quoting import holds_required

    assert holds_required(asked, [sentence]) is answers


@pytest.mark.parametrize("asked", ["vad kostar en matlåda för brukaren",
                                   "hur mkt betalar brukaren för en matlåda"])  # chat shorthand asks as "hur mycket"
def test_asked_a_price_the_routines_do_not_state_it_says_so_rather_than_quote_beside_it(tmp_path, fake_embedder, asked):
    """ "Vad kostar en matlåda?" was answered "Hemtjänsten kör ut matlådorna två gånger i veckan": the routine's
    words, and no price. A question that asks for an amount or a number by name is answered only by a quote
    that holds one; where the routines state it, it is quoted."""
    routine = ("# Matdistribution\n\n## Leverans\n\nHemtjänsten kör ut matlådorna till brukaren två gånger i veckan, "
               "på tisdagar och fredagar.\n\n## Hos brukaren\n\nStäll in matlådorna i brukarens kylskåp. Vad matlådorna "
               "kostar står på fakturan som brukaren får varje månad.\n")
    write(tmp_path / "without" / "mat.md", routine)
    write(tmp_path / "with" / "mat.md", routine + "\n## Avgift\n\nEn matlåda kostar brukaren 65 kronor.\n")
    without = Library(tmp_path / "data-without", embedder=fake_embedder)
    without.build([tmp_path / "without"])
    unpriced = without.ask(asked)
    assert not unpriced.answered and unpriced.grade == "none" and unpriced.sources
    assert without.ask("när kör hemtjänsten ut matlådorna till brukaren").answered  # the routine answers otherwise
    priced = Library(tmp_path / "data-with", embedder=fake_embedder)
    priced.build([tmp_path / "with"])
    answer = priced.ask(asked)
    assert answer.answered and "65 kronor" in " ".join(answer.sentences)


@pytest.mark.parametrize("asked, sentence, answers", [
    ("från vilken ålder kan man få måltidstjänst?", "Du som är 70 år eller äldre och bor hemma kan få hjälp med måltider.",
     True),
    ("från vilken ålder kan man få måltidstjänst?", "Handläggningstiden är minst två veckor.", False),
    ("från vilken ålder kan jag ta ut tjänstepensionen?", "Du som är född 1958-1985 får välja pensionsavtal.", False),
    ("hur gammal måste man va för att jobba som timvik?", "Du behöver vara minst 18 år.", True),
    ("finns det nån åldersgräns för att bli kontaktperson", "Du ska vara myndig.", True),
    ("vilken ålder gäller för ungdomsmottagningen", "Vi tar emot dig som är mellan tretton och tjugofem år.", True),
    ("hur gammal är en 14-åring", "Barnet är en 14-åring.", True),
])
def test_asked_at_what_age_the_quote_must_state_one(asked, sentence, answers):
    """ "från vilken ålder kan man få måltidstjänst" was answered "Handläggningstiden är minst två veckor", and "från
    vilken ålder kan jag tidigast ta ut tjänstepensionen" (which the page does not say) by who may choose the
    agreement: asked at what age, a quote stating none answers nothing."""
    from index.quoting import holds_required

    assert holds_required(asked, [sentence]) is answers


def test_asked_at_what_age_the_sentence_of_the_section_that_states_one_is_quoted(tmp_path, fake_embedder):
    """The quote holding most of the question's words gives way to the sentence of its section stating an age."""
    write(tmp_path / "docs" / "mat.md",
          "# Måltidstjänst\n\n## Vem kan få måltidstjänst\n\nMåltidstjänst kan du få om du har svårt att laga mat "
          "själv. Maten körs ut en gång i veckan. Kontakta en biståndshandläggare för att ansöka. Handläggningstiden "
          "är två veckor. Du som är 70 år eller äldre kan få måltidstjänst utan prövning.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([tmp_path / "docs"])
    answer = library.ask("från vilken ålder kan man få måltidstjänst utan att ha svårt att laga mat?")
    assert answer.answered and "70 år" in " ".join(answer.sentences)


@pytest.mark.parametrize("asked, sentence, answers", [
    ("brukaren undrar hur långt ut på gården larmknappen funkar",
     "Trygghetslarmet fungerar inne i bostaden och med cirka 100 meters omkrets utanför bostaden.", True),
    ("brukaren undrar hur långt ut på gården larmknappen funkar",
     "Larmknappen tål vatten, ta därför inte av dig den i badrummet.", False),
    ("hur långt får jag köra med tjänstebilen", "Tjänstebilen får användas för resor upp till 5 mil.", True),
    ("hur nära väggen får brandvarnaren sitta i taket?", "Placera den minst 50 centimeter från väggen.", True),
    ("hur nära väggen får brandvarnaren sitta i taket?", "Brandvarnaren ska sitta i taket.", False),
    # "hur långt innan", "hur långt bak" ask a time, not a distance
    ("hur långt innan måste hemtjänsten beställas?", "Beställningen måste ske senast 14 dagar innan ankomsten.", True),
    ("hur långt innan måste hemtjänsten beställas?", "Kontakta biståndshandläggaren i din kommun.", False),
    ("behövs kontoutdrag och i så fall hur långt bak?", "Ta med kontoutdrag för de tre senaste månaderna.", True),
    ("Hur långt tillstånd får du om du har flyktingstatus?", "Med flyktingstatus får du tre år.", True),  # how long
    # how long a thing may be: in signs or sentences, no distance
    ("hur långt måste lösenordet vara?", "Du ska använda minst åtta tecken.", True),
    ("hur långt får det vara", "Meddelandet ska vara kortfattat, max 3 meningar.", True),
])
def test_asked_how_far_the_quote_states_a_distance_and_how_long_before_a_time(asked, sentence, answers):
    """ "hur långt ut på gården funkar larmknappen" was answered by what the alarm button stands ("tål vatten"), and
    "hur långt innan måste hemtjänsten beställas" by whom to contact: a distance and a length of time are asked."""
    from index.quoting import holds_required

    assert holds_required(asked, [sentence]) is answers


def test_asked_how_long_a_thing_lasts_a_deadline_is_no_answer():
    """ "hur länge räcker batteriet i personlarmet" was answered "… sätt det på laddning samma dag": when to act says
    nothing of how long a thing lasts; asked how soon, it does."""
    from index.quoting import holds_required

    deadline = "Lämna tillbaka larmet i receptionen och sätt det på laddning samma dag."
    assert not holds_required("hur länge räcker batteriet i personlarmet på en laddning?", [deadline])
    assert holds_required("hur länge räcker batteriet?", ["Batteriet räcker i ungefär 30 timmar."])
    assert holds_required("hur länge gäller delegeringen?", ["Delegeringen gäller i högst 12 månader."])
    assert not holds_required("hur länge gäller delegeringen?", ["Meddela sjuksköterskan omedelbart."])
    assert holds_required("hur snabbt måste larmet laddas?", [deadline])  # how soon: a deadline answers
    # … and asked after a verb telling how it usually goes, in the infinitive: "hålla på", "vara", "pågå"
    meeting = "Du får ett erbjudande om ett planeringsmöte samma dag du kommer hem."
    assert not holds_required("Hur länge brukar planeringsmötet hålla på?", [meeting])
    assert not holds_required("hur länge brukar mötet pågå?", [meeting])
    assert holds_required("Hur länge brukar planeringsmötet hålla på?", ["Mötet tar ungefär en timme."])


def test_a_paragraph_of_the_law_is_no_number_and_no_time():
    from index.quoting import holds_required, says_time_asked

    asked = "hur lång tid har man på sig att göra förhandsbedömning"
    law = "Förhandsbedömningen avslutas med ett beslut enligt 11 kap. 1 § socialtjänstlagen."
    assert not holds_required(asked, [law])
    assert not holds_required("vilket nummer har socialjouren", ["Jouren beslutar enligt 4 kap. 1 a § SoL."])
    assert holds_required(asked, [law, "Beslutet ska fattas inom 14 dagar."])
    assert not says_time_asked(asked, law)
    assert says_time_asked(asked, "Beslutet ska fattas inom 14 dagar från inkomstdatum.")
    assert says_time_asked("hur ofta är det handledning", "Handledning ges två gånger i månaden.")
    assert not says_time_asked("hur ofta är det handledning", "Ring rådgivningen vardagar kl. 09.00–11.00.")
    assert not says_time_asked("vem beslutar om förhandsbedömning", "Beslutet ska fattas inom 14 dagar.")


def test_asked_how_long_the_passages_sentence_that_says_the_time_is_quoted(tmp_path, fake_embedder):
    """ "Hur lång tid har man på sig att göra förhandsbedömning" found the right section, but its sentences holding
    the question's words say no time (a paragraph of the law is none), and the reply said the routines do not
    answer; the sentence of the same section that says the time is the answer. Another
    section's time ("inom fyra månader") is not."""
    write(tmp_path / "docs" / "orosanmalan.md",
          "# Orosanmälan\n\n## Förhandsbedömning\n\nBeslut om att inleda utredning ska fattas inom 14 dagar från "
          "inkomstdatum. Anmälaren får veta att anmälan har kommit in. Vårdnadshavarna informeras om anmälan. Skolan "
          "kontaktas inte. Under förhandsbedömningen får du tala med barnet och vårdnadshavarna om "
          "förhandsbedömningen. Förhandsbedömningen avslutas med ett beslut enligt 11 kap. 1 § socialtjänstlagen om "
          "att inleda utredning eller inte.\n\n## Utredning\n\nUtredningen ska vara klar inom fyra månader.\n")
    write(tmp_path / "docs" / "telefon.md", "# Telefon\n\nDu måste svara snabbt när telefonen ringer; samtalet ska göras kort.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([tmp_path / "docs"])
    answer = library.ask("hur snabbt måste förhandsbedömningen göras")
    assert answer.answered
    assert "inom 14 dagar från inkomstdatum" in " ".join(answer.sentences)
    unasked = library.ask("vad gör man under förhandsbedömningen")
    assert "inom 14 dagar" not in " ".join(unasked.sentences)


def test_the_values_a_sentence_states_are_numbers_and_counted_times_of_the_kinds_asked_for():
    from index.quoting import answer_kinds, stated_values

    phone = answer_kinds("vad är telefonnumret till socialjouren")
    assert stated_values(phone, "Ring socialjouren på 08-465 004 30 eller 08-465 004 31.") == {
        "08-465 004 30", "08-465 004 31"}
    assert stated_values(phone, "Telefonen är bemannad dygnet runt.") == frozenset()
    time = answer_kinds("när måste utredningen vara klar")
    assert stated_values(time, "Utredningen ska vara klar inom Fyra  månader.") == {"fyra månader"}
    assert stated_values(time, "Beslutet dokumenteras samma dag.") == frozenset()  # said of too many things
    assert stated_values(answer_kinds("vem beslutar om förlängning"), "Enhetschefen, tel. 08-465 004 30.") == frozenset()


def test_a_list_of_examples_closing_a_sentence_is_set_aside_one_the_sentence_goes_on_after_is_kept():
    from index.quoting import without_examples

    listed = "Gör en bedömning av kända risker, till exempel tidigare hot, vapen eller hundar i hemmet."
    assert "hundar" not in without_examples(listed) and "bedömning" in without_examples(listed)
    assert "hundar" not in without_examples("Risker, t.ex. hundar. Ring chefen.")
    assert "Ring chefen" in without_examples("Risker, t.ex. hundar. Ring chefen.")
    named = "Exempel på åtgärder som begränsar en boende är sänggrind och bälte i rullstol."
    assert "sänggrind" not in without_examples(named)
    aside = "När barn skjutsas, till exempel vid en placering, ska två medarbetare åka med."
    assert without_examples(aside) == aside
    ruled = "Ny lag gäller, vilket bland annat innebär att även barn som följer med till skyddat boende ska få ett beslut."
    assert without_examples(ruled) == ruled  # no list: what the rule says


@pytest.mark.parametrize("sentence, names_one", [
    ("Beslut om återkrav fattas av enhetschef.", True),
    ("Svarar du inte inom 15 minuter kontaktas enhetschefen.", True),
    ("Ring gruppledaren eller förvaltningsjuristen.", True),
    ("Frågan tas upp av förste socialsekreteraren.", True),
    ("Chefen beslutar.", True),
    ("Meddela också receptionen på tel. 0291-38 60 00.", True),  # the desk or office one calls
    ("Ring bemanningsenheten före klockan sju.", True), ("Kontakta planeraren.", True),
    ("Alla medarbetare kan själva ringa Hälsopartners samtalsstöd.", True),  # someone to talk to
    ("Du erbjuds ett samtal med en psykolog eller beteendevetare.", True),
    ("Beslutet fattas inom två veckor.", False),
    # care's own roles: who prescribes, who assesses, who gives the care
    ("För att bli dospatient måste en läkare ordinera detta.", True), ("Arbetsterapeuten bedömer behovet.", True),
    ("Undersköterskan ger läkemedlet enligt delegering.", True),
    # who alone does it, said without a role's name
    ("Det är du som medarbetare som själv anmäler skadan till AFA Försäkring.", True),
    ("Det är huvudmannen som anmäler enligt lex Sarah.", True), ("Enbart kommunen kan göra dödsboanmälan.", True),
    ("Det är viktigt att anmäla skadan.", False), ("Det är bra som det är.", False),
    ("Det är det som gäller.", False),
    # an on-call service, also as a compound's last part
    ("Kvällar och helger ringer du till Socialjouren Nordväst.", True), ("Ring Trygghetsjouren.", True),
    # who does it, said in the passive
    ("Hjälp med städning, inköp och tvätt utförs av Arbetsmarknadsenheten.", True),
    ("Kostnaden betalas av den enskilde.", True), ("Det görs av misstag ibland.", False),
    # the clinic or desk one turns to
    ("Hör av dig direkt till din klinik om du vill prata med någon om orosanmälan.", True),
    ("Kontakta vårdcentralen eller ring kommunens kontaktcenter.", True), ("Ring socialkontoret.", True),
    ("Hör av dig om du vill prata om orosanmälan.", False),
])
def test_asked_who_a_role_counts_also_as_a_compounds_last_part(sentence, names_one):
    from index.quoting import answer_kinds

    kinds = answer_kinds("vem ska jag kontakta om återkrav")  # who; asked who decides, see the test below
    assert any(kind.search(sentence) for kind in kinds) is names_one


@pytest.mark.parametrize("question, asks_who", [
    ("vem handlägger återkrav", True), ("vilken handläggare har ärendet", True), ("vilka personer får läsa akten", True),
    ("vilka utbildningar måste jag gå som nyanställd", False), ("vilken blankett ska jag använda", False),
    # whom to turn to
    ("vart vänder jag mig på kvällen om jag är orolig för ett barn", True), ("var ska man vända sig", True),
    ("var hittar jag blanketten", False),
])
def test_which_asks_who_only_of_people(question, asks_who):
    from index.quoting import _WHO, answer_kinds

    assert (_WHO in answer_kinds(question)) is asks_who


def test_a_list_of_short_items_run_into_one_line_is_quoted_an_item_at_a_time():
    """A web page's list whose items end without a full stop reaches us as one line ("- hemtjänst – 10
    arbetsdagar - särskilt boende – 40 arbetsdagar …"): quoted whole, it answers every question on it with all
    of it. Short items are facts looked up one at a time; a list of long items (steps) stays one answer."""
    facts = ("Handläggning sker inom:\n- hemtjänst – 10 arbetsdagar - ledsagarservice - 40 arbetsdagar "
             "- särskilt boende – 40 arbetsdagar - personlig assistans – tre månader")
    assert quotable_sentences(facts) == ["Handläggning sker inom:", "- hemtjänst – 10 arbetsdagar",
                                         "- ledsagarservice - 40 arbetsdagar", "- särskilt boende – 40 arbetsdagar",
                                         "- personlig assistans – tre månader"]
    steps = ("Chefen ska se till att:\n- den drabbade får vård om det behövs och inte lämnas ensam "
             "- det hålls ett avlastande samtal samma dag där de som varit med får berätta "
             "- hemresan ordnas vid behov med taxi på förvaltningens bekostnad")
    assert len(quotable_sentences(steps)) == 2
    # a value's own dash is no item's mark, and a bulleted header row stays furniture
    assert not is_quotable("- Giltig till: 2027-01-01") and is_quotable("- avlösarservice – 20 arbetsdagar")


def test_a_long_list_run_into_one_line_is_quoted_an_item_at_a_time_though_its_items_are_long():
    """A page listing twenty kinds of deviation, run into one line, is a catalogue to look one thing up in: quoted
    whole it is a wall of text that "holds" every answer. A few steps stay one answer (see above)."""
    from conftest import DEVIATION_KINDS as kinds

    catalogue = "Exempel på avvikelser som ska rapporteras:\n" + " ".join("• " + kind for kind in kinds)
    assert quotable_sentences(catalogue) == ["Exempel på avvikelser som ska rapporteras:", *("• " + k for k in kinds)]
    steps = "Exempel på avvikelser som ska rapporteras:\n" + " ".join("• " + kind for kind in kinds[:4])
    assert len(quotable_sentences(steps)) == 2  # four long items read as one answer


def test_an_advice_columns_letter_is_not_quoted_its_answer_is():
    """A reader's letter ("Jag jobbar i nattpatrullen … Vad gör vi?") tells what a workplace plans in a newcomer's own
    words; the answer below "SVAR:" is what to quote. A page without the label keeps every sentence."""
    letter = ("Jag jobbar i nattpatrullen, där vi alltid jobbar två och två. Nu vill vår chef att vi ska jobba ensamma.\n"
              "Vad gör vi?\n")
    answer = "SVAR: Arbetsgivaren ska se till att arbetet kan utföras säkert. En riskbedömning ska göras först."

    def quotable(text: str) -> list[str]:
        return [text[s.start : s.end] for s in sentence_spans(text, None) if s.quotable]

    assert quotable(letter + "\n" + answer) == ["SVAR: Arbetsgivaren ska se till att arbetet kan utföras säkert.",
                                                 "En riskbedömning ska göras först."]
    assert quotable(letter + "Svar:\n" + answer[6:])[0] == "Arbetsgivaren ska se till att arbetet kan utföras säkert."
    # an earlier question and answer on the page keep theirs; a labelled letter ends at its label
    page = "Fråga: Får vi jobba ensamma?\nSvar: Nej, aldrig på natten.\nEn ny fråga följer här.\n" + letter + answer
    assert quotable(page)[:1] == ["Svar: Nej, aldrig på natten."]
    assert "En ny fråga följer här." not in quotable(page)
    assert len(quotable(letter)) == 3  # no answer below it: no letter
    lines = [[1, False], [1, True], [1, False], [1, False]]  # a heading between: the section before keeps its own
    text = "Rutinen gäller alla.\nFrågor och svar\nJag undrar om allt.\nSvar: Det gör den."
    assert quotable_with(text, lines) == ["Rutinen gäller alla.", "Svar: Det gör den."]
    # labelled "Fråga:", the letter runs to its "Svar:" past a line read as a heading (its sign-off, a reader's name)
    text = "Fråga:\nJag undrar om jag får testa eleverna?\nOrolig skolsköterska\nSvar:\nDet får du om eleven samtycker."
    lines = [[None, False], [None, False], [None, 2], [None, False], [None, False]]
    assert quotable_with(text, lines) == ["Det får du om eleven samtycker."]


def quotable_with(text: str, lines: list) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text, lines) if s.quotable]


def test_a_list_of_prices_run_into_one_line_is_quoted_an_item_at_a_time_though_its_items_are_long():
    """Run together, items with a figure each read as a table's cells and the whole line would be lost; each item
    alone is a sentence ("Trygghetslarmet kostar 251 kr/månad" answers what the alarm costs)."""
    prices = ("Tjänsterna för trygghetslarm och matdistribution har enhetstaxa:\n• Trygghetslarmet kostar 251 kr/månad "
              "• Matdistributionsavgift halv 1-16 dagar kostar 313 kr/månad • Matdistributionsavgift hel 17-31 dagar "
              "kostar 626 kr/månad")
    assert quotable_sentences(prices)[:2] == ["Tjänsterna för trygghetslarm och matdistribution har enhetstaxa:",
                                              "• Trygghetslarmet kostar 251 kr/månad"]
    assert len(quotable_sentences(prices)) == 4


def test_an_item_is_embedded_after_the_lead_in_it_hangs_from():
    """"- hyra och el" means something only under "… men du betalar själv:"; a sentence that is no item is
    embedded as it stands, and so is an item without a lead-in."""
    from index.quoting import sentence_spans, sentence_texts

    text = ("Stödet kostar ingenting men du betalar själv:\n- hyra och el\n- mat och hygienartiklar\nFråga din kontaktperson.\n"
            "- resor med egen bil")
    spans = sentence_spans(text, None, "Boendestöd")
    texts = sentence_texts(text, None, spans, "Boendestöd", "Kostnader")
    assert texts == ["Boendestöd. Kostnader: Stödet kostar ingenting men du betalar själv:",
                     "Boendestöd. Kostnader: Stödet kostar ingenting men du betalar själv: - hyra och el",
                     "Boendestöd. Kostnader: Stödet kostar ingenting men du betalar själv: - mat och hygienartiklar",
                     "Boendestöd. Kostnader: Fråga din kontaktperson.", "Boendestöd. Kostnader: - resor med egen bil"]


def test_a_list_run_into_its_lead_ins_paragraph_is_read_as_items():
    """A page's list under "… bra om du kan beskriva:" reaches a passage as one line with its paragraph: its items
    are still items, each embedded after the lead-in it hangs from, so "- När och var …" says what it is an item of."""
    from index.quoting import sentence_spans, sentence_texts

    text = ("Tänk på att vara konkret. Det är bra om du kan beskriva: - Vad det är som har hänt. "
            "- När och var händelsen inträffade.")
    spans = sentence_spans(text, None)
    assert [(text[s.start:s.end], s.item) for s in spans] == [
        ("Tänk på att vara konkret.", False), ("Det är bra om du kan beskriva:", False),
        ("- Vad det är som har hänt.", True), ("- När och var händelsen inträffade.", True)]
    assert sentence_texts(text, None, spans, "Klagomål", "")[3].endswith(
        "Det är bra om du kan beskriva: - När och var händelsen inträffade.")


def test_a_lead_in_that_lost_its_colon_is_quoted_with_its_list():
    """A page's lead-in may lose its colon ("… ett handlingsprogram som bland annat kan innehålla" over "•
    organisatoriska förändringar • säkerhetsrutiner …"): ending its line on a word over a list, it announces the list,
    and each item is embedded after it. A list's own items, one a line without stops, lead in nothing."""
    from index.quoting import ends_in_colon, lead_in, sentence_spans, sentence_texts

    text = ("Kartläggningen ska utmynna i ett handlingsprogram som bland annat kan innehålla\n"
            "• organisatoriska förändringar • säkerhetsrutiner • tekniska hjälpmedel\nSe även rutinen.")
    spans = sentence_spans(text, None)
    assert [ends_in_colon(text, s) for s in spans] == [True, False, False, False, False]
    steps = ("Innan du kan börja anställa assistenter måste du\n- registrera dig som arbetsgivare hos Skatteverket\n"
             "- teckna en försäkring för assistenterna")
    spans = sentence_spans(steps, None)
    assert sentence_texts(steps, None, spans, "Assistans", "")[2].endswith(
        "anställa assistenter måste du - teckna en försäkring för assistenterna")
    items = "Det ska täcka kostnader för:\n• Livsmedel\n• Kläder och skor\n• Fritid"
    spans = sentence_spans(items, None)
    assert [ends_in_colon(items, s) for s in spans] == [True, False, False, False]
    assert lead_in(items, spans, 3) == 0


def test_asked_from_when_a_thing_holds_a_time_that_repeats_is_no_answer():
    """"från när gäller den nya målgruppen" is answered by "Förändringen gäller från januari 2017", not by "… ska
    följas upp årligen", which also says a time; asked when, a time that repeats still answers ("årligen")."""
    from index.quoting import answer_kinds, holds_kind

    def holds(question: str, sentence: str) -> bool:
        return any(holds_kind(kind, sentence) for kind in answer_kinds(question))

    asked = "Från när gäller den nya målgruppen för hembesöken?"
    assert holds(asked, "Förändringen gäller från januari 2017.")
    assert not holds(asked, "De förebyggande hembesöken ska följas upp årligen.")
    assert holds("när ska hembesöken följas upp?", "De förebyggande hembesöken ska följas upp årligen.")


def test_asked_which_number_to_call_the_numbers_everyone_knows_answer_only_an_emergency():
    """"vilket nummer ringer jag till kommunen" is not answered by "Vid akut behov … ringa 112": the numbers everyone
    knows hold what is asked only where the question speaks of an emergency, the night or the police."""
    from index.quoting import holds_required

    asked = "vilket nummer ringer jag till kommunen i alvkarleby"
    assert not holds_required(asked, ["Vid akut behov av ambulans ska du alltid ringa 112."])
    assert holds_required(asked, ["Kommunens växel nås på 026-830 00."])
    assert holds_required("vilket nummer ringer jag om brukaren är akut sjuk", ["Ring 112."])


def test_a_numbered_list_run_together_is_cut_into_its_items():
    """A paragraph's numbered lines run together in a passage ("1. Socialstyrelsens introduktionsprogram 2. Social
    dokumentation …"): where the items end without a full stop, each next number opens the next item, and is not
    read as ending the item before it."""
    text = ("Följande delar finns med i programmet:\n1. Socialstyrelsens introduktionsprogram 2. Social dokumentation "
            "(görs på arbetsplatsen) 3. Säkra förflyttningar\n1. Ring 112. Vänta i 5 min. 2. Informera chefen.")
    spans = sentence_spans(text, None)
    assert [(text[s.start:s.end], s.item) for s in spans] == [
        ("Följande delar finns med i programmet:", False), ("1. Socialstyrelsens introduktionsprogram", True),
        ("2. Social dokumentation (görs på arbetsplatsen)", True), ("3. Säkra förflyttningar", True),
        ("1. Ring 112.", True), ("Vänta i 5 min.", True), ("2. Informera chefen.", True)]


@pytest.mark.parametrize("asked, sentence, says", [
    ("vem bestämmer om det ska göras polisanmälan, jag eller chefen?", "Medarbetaren tar ställning till polisanmälan.",
     True),
    ("vem bestämmer om det ska göras polisanmälan, jag eller chefen?",
     "Vid allvarligt våld ska anmälan göras till Arbetsmiljöverket och berörd verksamhetschef ska informeras.", False),
    ("vem beslutar om återkrav?", "Beslut om återkrav fattas av enhetschef.", True),
    # a court or a board appoints ("förordnas av tingsrätten", "utses av nämnden"), asked however many words apart
    ("vem är det som bestämmer att nån får god man?", "God man förordnas av tingsrätten.", True),
    ("vem är det som bestämmer att nån får god man?", "Uppdraget som god man består av tre delar:", False),
    ("vem är det som bestämmer vem som blir kontaktperson?", "Kontaktpersonen utses av LSS-handläggaren.", True),
    ("vem är det som bestämmer hur arbetskläderna ska se ut?", "Utseendet på arbetskläderna är enhetligt.", False),
    ("vem bestämmer hur många brukare min delegering gäller för?",
     "Det är sjuksköterskan som avgör hur stort ansvarsområde en personal kan ha.", True),
    ("brukaren öppnar inte, vem bestämmer om polisen ska kontaktas?",
     "Om brukaren inte har kunnat nås inom 30 minuter kontaktar samordnaren polisen.", False),
    # asked with the verb after another ("vem brukar fatta beslutet", "vem får besluta"), and a decision said to be
    # taken on another's behalf: by the delegation order, on commission, "tar beslut"
    ("vem brukar fatta beslutet om omedelbart omhändertagande enligt lvm?", "• Beslut om omhändertagande och ansökan om "
     "vård enligt gällande delegationsordning i respektive kommun, vanligen socialnämndens ordförande.", True),
    ("vem brukar fatta beslutet om omedelbart omhändertagande enligt lvm?",
     "Omhändertagande av individer enligt lagen om vård av personer med missbruk i vissa fall (LVM).", False),
    ("vem fattar beslut om bostadsanpassningsbidrag?", "Samtliga insatser behovsprövas var för sig av "
     "biståndshandläggaren på uppdrag (delegation) av kommunstyrelsen.", True),
    ("vem får besluta om lockdown på akuten?", "Ledningssjuksköterskan tar beslut om lockdown.", True),
    # asked who, not who decides
    ("vem ringer jag om brukaren inte öppnar?", "Om brukaren inte öppnar kontaktar du samordnaren.", True),
    # asked who is responsible, a sentence saying who is: "den enskilde själv ansvarar för … läkemedel", not one
    # naming a nurse in passing
    ("vem har ansvar för medicinerna hemma hos brukaren, vi eller brukaren själv?",
     "Sjuksköterskan ser till att patienten får den vård som läkaren ordinerat.", False),
    ("vem har ansvar för medicinerna hemma hos brukaren, vi eller brukaren själv?",
     "Den enskilde själv ansvarar för förvaringen av de läkemedel som ordinerats.", True),
    ("vems ansvar är det att personalen känner till beredskapsnumret?",
     "Varje utförare ansvarar för att numret är känt bland sina medarbetare.", True),
])
def test_asked_who_decides_or_is_responsible_a_sentence_saying_who_is_the_kind_of_answer(asked, sentence, says):
    """ "vem bestämmer om det ska göras polisanmälan" was answered by a sentence naming a role in passing ("berörd
    verksamhetschef ska informeras"), while the routine's answer names no role at all ("Medarbetaren tar ställning
    till polisanmälan"): asked who decides, a sentence saying who does is the kind of answer asked for; asked who is
    responsible, one saying who is."""
    from index.quoting import answer_kinds

    assert any(kind.search(sentence) for kind in answer_kinds(asked)) is says


def test_asked_what_a_word_means_its_entry_in_a_list_of_terms_is_quoted():
    """"vad är en genomförandeakt" was answered with a page's list of contents naming it ("- Upprätta genomförandeakt -
    Uppdraget ska dokumenteras hos utföraren"); its list of terms below defines it."""
    from index.answering import _Reading, select_sentences

    passage = ("Innehåll:\n- Upprätta genomförandeakt - Uppdraget ska dokumenteras hos utföraren\n"
               "- Planera genomförandet av insatsen\n\nBegreppsförklaringar:\n"
               "Genomförandeakt: Den del av personakten som finns hos utföraren under pågående beviljad insats.\n"
               "Genomförandeplan: Beskriver hur och när beviljade insatser utförs.\n")
    assert "Den del av personakten" in " ".join(select_sentences("vad är en genomförandeakt", passage))
    # an entry of the word asked about only: another term's entry, or the word's mention, is no answer
    asked = _Reading("vad är en genomförandeakt?", None, None)
    assert not asked.holds_kind("Genomförandeplan: Beskriver hur och när beviljade insatser utförs.")
    assert not asked.holds_kind("- Upprätta genomförandeakt - Uppdraget ska dokumenteras hos utföraren")


def test_asked_what_a_word_means_the_meaning_under_the_term_on_its_own_line_is_quoted(tmp_path, fake_embedder):
    """A page's list of terms set out a term on its own line and its meaning below ("Läkemedelslista" over "Lista med
    uppgifter om läkemedelsordinationer …"): the term is read as a heading within its section, so its meaning held
    none of the question's words and the mention elsewhere was quoted or nothing. Asked what the term means, the line
    naming it counts for the sentence below it, also asked without å, ä and ö, or what it means "att" do it."""
    from index.quoting import defines_term_asked

    write(tmp_path / "docs" / "lakemedel.md",
          "# Läkemedelshantering\n\nRutinen beskriver hur läkemedelslistan och dosetterna hanteras på enheten.\n\n"
          "Definitioner\n\nOrdination\n\nBeslut av hälso- och sjukvårdspersonal som påverkar en patients tillstånd.\n\n"
          "Läkemedelslista\n\nLista med uppgifter om de läkemedel som en viss patient har.\n\n"
          "Iordningställande av läkemedel\n\nFärdigställande av ett ordinerat preparat inför överlämnande.\n\n"
          "Överlämnande\n\nPreparatet lämnas över till patienten själv eller till en tredje person.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([tmp_path / "docs"])
    for asked, meaning in (("vad är en läkemedelslista", "Lista med uppgifter"),
                           ("vad ar en lakemedelslista?", "Lista med uppgifter"),
                           ("vad är en ordination", "Beslut av hälso- och sjukvårdspersonal")):
        answer = library.ask(asked)
        assert answer.answered and answer.sentences[0].startswith(meaning), (asked, answer.sentences)
    meaning = "Färdigställande av ett ordinerat läkemedel inför överlämnande."
    assert defines_term_asked("vad menas med att iordningställa läkemedel", "Iordningställande av läkemedel", meaning)
    # no meaning of the term asked where another term is asked, a line says more, or nothing is asked of a term
    assert not defines_term_asked("vad är en läkemedelslista", "Ordination", meaning)
    assert not defines_term_asked("vad är en läkemedelslista", "Läkemedelslistan uppdateras av sjuksköterskan varje vecka",
                                  meaning)
    assert not defines_term_asked("vem uppdaterar läkemedelslistan", "Läkemedelslista", meaning)
    # … nor a sentence naming the term again: it says something of it under a heading
    assert not defines_term_asked("vad innebär ett återreseförbud?", "Återreseförbud",
                                  "Om du inte lämnar landet i tid kan du få ett återreseförbud i upp till fem år.")


def test_a_price_lists_lines_sharing_a_form_are_content_not_page_furniture():
    """Three cells "300 kr/månad", "188 kr/månad", "155 kr/månad" share a form once digits are set aside, as a
    running header does; their numbers do not count up as page numbers do, so they are kept. A header whose page
    number counts up is still removed."""
    text = "".join(f"Avgiften för {thing} räknas ut efter inkomsten.\n\n"
                   for thing in ("städning", "tvätt", "inköp", "ledsagning", "avlösning", "dagverksamhet", "larm",
                                 "matlådor", "hemsjukvård"))
    prices = ("# Avgifter\n\nHemsjukvård\n\n300 kr/månad\n\nTrygghetslarm\n\n188 kr/månad\n\n"
              "Matdistribution\n\n155 kr/månad\n\n" + text)
    assert remove_repeated_lines(prices) == prices
    paragraphs = text.split("\n\n")
    paged = "".join(f"EXEMPELBY KOMMUN Rutin för hembesök {page}\n\n" + "\n\n".join(paragraphs[3 * page - 3 : 3 * page])
                    + "\n\n" for page in (1, 2, 3))
    assert "KOMMUN" not in remove_repeated_lines(paged) and "Avgiften för inköp" in remove_repeated_lines(paged)


def test_a_price_lists_row_read_a_cell_a_line_is_quoted_whole(tmp_path, fake_embedder):
    """"vad kostar hemsjukvården" is answered by the row "Hemsjukvård" / "300 kr/månad" of a price list copied from a
    web page a cell a line; read as a heading and a bare value, it had nothing to quote."""
    write(tmp_path / "docs" / "avgifter.md",
          "# Avgifter och taxor\n\nHär finns kommunens avgifter för vård och omsorg.\n\nHemtjänst\n\n241 kr/timme\n\n"
          "Hemsjukvård\n\n300 kr/månad\n\nTrygghetslarm\n\n217 kr/månad\n\nOm avgiften\n\n"
          "Avgiften räknas ut efter din inkomst och skickas som en faktura varje månad.\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([tmp_path / "docs"])
    answer = library.ask("vad kostar hemsjukvården per månad")
    assert answer.answered and "300 kr/månad" in " ".join(answer.sentences)
    assert "217 kr/månad" not in " ".join(answer.sentences)


def test_a_row_stating_a_measure_under_its_label_is_quotable():
    """A row with more numbers than words is a table's flattened cells unless it states a measure under its label:
    asked how many days of holiday one gets at 44, "Fyller 40-49 år: 14,88 % av timlönen" and "Från och med 40 år - 31
    dagar" answer. A law reference, a page's dates and an address stay unquoted."""
    for row in ["Fyller 40-49 år: 14,88 % av timlönen", "• Från och med 40 år - 31 dagar", "• Dag 1 - 75% av ersättningen",
                "Tvätt 2 gånger/månaden | 706 kronor | |", "Upp till 39 år = 25 semesterdagar",
                "- Halv dag 1-5 timmar                  39:-",
                "• Introduktion nyanställda 2 - 3-dagars"]:  # the count of days joined to its unit by a hyphen
        assert is_quotable(row), row
    for row in ["1 a § SoL Utredning Inom fyra månader 11 kap. 2 §", "Senast ändrad: 3 apr, 2023", "Pris fr.o.m. 1 mars 2024",
                "Borlänge kommun, 781 81 Borlänge", "Box 712 791 29 Falun 023-49 00 00",
                "Typ av insats | Månadskostnad | Kommentar |", "Period 1: 17 juni-7 juli (vecka 25-27)"]:
        assert not is_quotable(row), row


@pytest.mark.parametrize("asked, sentence", [
    ("finns det nån åldersgräns för att få sjukvård hemma?", "Du kan få hemsjukvård oavsett ålder."),
    ("vid vilken ålder får en elev själv bestämma över sin sekretess?", "Det finns inte någon fast åldersgräns."),
    ("hur snabbt måste skolan göra en orosanmälan, finns det ett visst antal dagar?", "Det finns ingen tydlig tidsgräns."),
    ("hur långt innan ska personalen få veta att det blir skyddsrond?", "Informera på en arbetsplatsträff någon vecka före."),
])
def test_asked_how_long_or_from_what_age_that_there_is_no_limit_or_a_vague_time_is_an_answer(asked, sentence):
    """"finns det nån åldersgräns för att få sjukvård hemma" is answered by "… oavsett ålder", and "hur snabbt måste
    skolan anmäla" by "Det finns ingen tydlig tidsgräns": they had been withheld as holding no age and no time."""
    from index.quoting import holds_required

    assert holds_required(asked, [sentence])
    assert not holds_required(asked, ["Skolan ska anmäla till socialtjänsten."])


def test_asked_an_amount_by_a_hyphenated_name_the_rate_is_for_the_period_asked():
    """"hur mycket hab-ersättning får man per dag" asks an amount as "hur mycket habiliteringsersättning" does: a rate
    per hour ("15 kronor/timme") does not answer it."""
    from index.quoting import asks_an_amount, holds_required

    asked = "hur mycket hab-ersättning får man per dag på daglig verksamhet i växjö?"
    assert asks_an_amount(asked) and asks_an_amount("vad får man i ob-ersättning, hur mycket?")
    assert not holds_required(asked, ["När du är på daglig verksamhet får du en habiliteringsersättning på 15 kronor/timme."])
    assert holds_required(asked, ["Habiliteringsersättningen är 54 kronor per dag."])


def test_a_year_asked_for_is_not_answered_by_another_years_figures():
    """"vad blir maxtaxan för 2025" is not answered by "För år 2021 är maxtaxan 2 139 kronor"; a quote naming that
    year, or none, may answer it, and a case's or a statute's number names no year."""
    from index.quoting import names_another_year

    assert names_another_year("vad blir maxtaxan för 2025?", ["För år 2021 är maxtaxan 2 139 kronor.", "Avgifter", ""])
    assert not names_another_year("vad var prisbasbeloppet 2023?", ["Prisbasbeloppet för 2023 är 52 500 kronor."])
    assert not names_another_year("vad blir maxtaxan för 2025?", ["Maxtaxan är 2 575 kronor.", "Avgifter 2025", ""])
    assert not names_another_year("vad blir maxtaxan för 2025?", ["Maxtaxan är 2 575 kronor i månaden."])
    assert not names_another_year("vad kostar hemtjänsten?", ["För år 2021 är maxtaxan 2 139 kronor."])
    assert not names_another_year("gäller SFS 2001:453 fortfarande?", ["Lagen trädde i kraft 2002."])
    assert not names_another_year("vad säger dnr 325-607/2006 om avgifter?", ["Avgifterna för 2019 är oförändrade."])
    assert not names_another_year("vad är avgiften 2024?", ["Från 2024-01-01 är avgiften 2 575 kr.", "Avgifter 2023"])
    # a year of birth tells of the asker's case, not of the year asked for
    assert not names_another_year("brukaren är född 1940, vad blir avgiften?", ["För år 2021 är maxtaxan 2 139 kronor."])


@pytest.mark.parametrize("asked, sentence, says", [
    ("vilka tider har socialjouren öppet på lördagar",
     "Måndag - torsdag: kl. 17:00 - 23:00 Fredag: 16:00 - 01:00 Lördag: 15:00 - 01:00 Söndag: 15:00 - 23:00", True),
    ("vilka tider har socialjouren öppet på lördagar",
     "Dag innan afton kan du nå socialtjänsten på denna telefon från kl.13:00 fram tills socialjouren öppnar.", False),
    ("hur sent har socialjouren öppet på fredagskvällen?", "Fredag 14.00–02.00", True),
    ("hur sent har socialjouren öppet på fredagskvällen?", "Måndag–torsdag 16.00–01.00", False),
    ("när har kontoret öppet på lordagar?", "Lördag kl. 10.00–14.00", True),  # typed without ö
    ("när har kontoret öppet?", "Måndag–torsdag kl. 16.00–01.00", True),  # no day named: any time
])
def test_asked_a_time_on_a_day_named_the_time_said_for_that_day_is_the_kind_of_answer(asked, sentence, says):
    """"vilka tider har socialjouren öppet på lördagar" was answered with the hours before an eve, a time for another
    day; the list naming Saturday's hours beside it is the answer."""
    from index.quoting import answer_kinds, holds_kind

    assert any(holds_kind(kind, sentence) for kind in answer_kinds(asked)) is says
