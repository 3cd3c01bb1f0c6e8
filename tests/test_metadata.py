"""Reading a routine's decision date, validity and owner: header lines, front matter, sidecar files."""
from datetime import date

import pytest
from conftest import write
from hypothesis import given, settings
from hypothesis import strategies as st

from index.header import CLOSING_LINES, COVER_LINES
from index.metadata import (
    MONTHS,
    RoutineMetadata,
    extract_header,
    find_date,
    header_lines,
    normalise_overrides,
    normalise_title,
    parse_date,
    read_metadata,
    read_sidecar,
)
from index.types import Block, ParsedDocument

MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
               "oktober", "november", "december"]


# -- dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("2024-03-05", date(2024, 3, 5)),
    ("2024-3-5", date(2024, 3, 5)),
    ("2024.03.05", date(2024, 3, 5)),
    ("20240305", date(2024, 3, 5)),
    ("27 februari 2024", date(2024, 2, 27)),
    ("27 Februari 2024", date(2024, 2, 27)),
    ("5 feb. 2024", date(2024, 2, 5)),
    ("1:a mars 2024", date(2024, 3, 1)),
    ("3 apr, 2023", date(2023, 4, 3)),  # a web page's "Senast ändrad: 3 apr, 2023"
    ("5/3 2024", date(2024, 3, 5)),
    ("5/3/2024", date(2024, 3, 5)),
    ("5/3-2024", date(2024, 3, 5)),
    ("  2027-09-30 (revideras årligen)", date(2027, 9, 30)),
    ("2007 02 24", date(2007, 2, 24)),  # a cover's spaced digits
])
def test_parse_date_reads_the_forms_routines_use(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "tillsvidare", "2024-02-30", "31 april 2024", "13/13 2024", "0999-01-01",
                                  "Socialchef 2024-01-01", "32 januari 2024", None, 20240101])
def test_parse_date_rejects_what_is_not_a_date_at_the_start(text):
    assert parse_date(text) is None


def test_find_date_looks_anywhere():
    assert find_date("Beslutat av nämnden den 3 maj 2023 § 45") == date(2023, 5, 3)
    assert find_date("inget datum här") is None
    assert find_date("DIREKTIV ANTAGNA AV KOMMUNSTYRELSEN 2007 02 24") == date(2007, 2, 24)
    # numbers in groups that only look like a spaced date
    assert find_date("Ring 2007 02 24 55") is None and find_date("konto 12 2007 02 24") is None


def _formats(d: date, month_name: str) -> list[str]:
    return [
        d.isoformat(),
        f"{d.year}-{d.month}-{d.day}",
        f"{d.day} {month_name} {d.year}",
        f"{d.day}/{d.month} {d.year}",
        f"{d.day}.{d.month}.{d.year}",
    ]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)), st.booleans(), st.booleans())
def test_every_supported_form_round_trips(d, upper, abbreviated):
    name = MONTH_NAMES[d.month - 1]
    if abbreviated:
        name = next(k for k, v in sorted(MONTHS.items(), key=lambda kv: len(kv[0])) if v == d.month)
    if upper:
        name = name.upper()
    for text in _formats(d, name):
        assert parse_date(text) == d, text
        assert parse_date(text + " av socialchefen") == d, text


@given(st.text(max_size=60))
def test_parse_date_never_raises(text):
    result = parse_date(text)
    assert result is None or isinstance(result, date)


@settings(max_examples=200)
@given(st.lists(st.text(max_size=80), max_size=30))
def test_extract_header_never_raises_and_yields_iso_dates(lines):
    found = extract_header(lines)
    for key in ("decided", "valid_from", "valid_until", "revised"):
        assert found[key] is None or date.fromisoformat(found[key])
    assert not (found["valid_indefinitely"] and found["valid_until"])


# -- the header -------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, field, value", [
    ("Beslutsdatum: 2024-03-12", "decided", "2024-03-12"),
    ("Beslutad: 2024-10-01", "decided", "2024-10-01"),
    ("Fastställd: 2024-09-10", "decided", "2024-09-10"),
    ("Dokumentet beslutades den 27 februari 2024", "decided", "2024-02-27"),
    ("Gäller från: 2025-03-01", "valid_from", "2025-03-01"),
    ("Gäller till: 2027-02-28", "valid_until", "2027-02-28"),
    ("Giltig till: 2027-03-31", "valid_until", "2027-03-31"),
    ("Gäller t.o.m. 2027-09-30", "valid_until", "2027-09-30"),
    ("Gäller t.o.m.: 2027-01-31", "valid_until", "2027-01-31"),
    ("Gäller till och med: 2027-01-31", "valid_until", "2027-01-31"),
    ("Giltig t.o.m.: 2027-09-30", "valid_until", "2027-09-30"),
    ("Giltig till: 30 juni 2027", "valid_until", "2027-06-30"),
    ("Reviderad: 2025-01-15", "revised", "2025-01-15"),
    ("Dokumentansvarig: Enhetschef barn och familj", "owner", "Enhetschef barn och familj"),
    ("Ansvarig: HR-partner, Socialförvaltningen", "owner", "HR-partner, Socialförvaltningen"),
    ("Dokumentägare: Registrator", "owner", "Registrator"),
    ("Beslutad av: Socialchef", "decided_by", "Socialchef"),
    ("Fastställd av: Chef för individ- och familjeomsorgen", "decided_by", "Chef för individ- och familjeomsorgen"),
    ("Gäller tillsvidare", "valid_indefinitely", True),
    ("Gäller tills vidare", "valid_indefinitely", True),
    ("Giltig till: tillsvidare", "valid_indefinitely", True),
])
def test_each_header_form(line, field, value):
    assert extract_header(["Rutin: Något", line])[field] == value


def test_prose_decision_names_who_decided():
    found = extract_header(["Dokumentet beslutades den 18 februari 2025 av socialchefen"])
    assert found["decided"] == "2025-02-18" and found["decided_by"] == "socialchefen"


def test_a_decision_line_of_a_riktlinje_with_its_start_of_application():
    """A shape of real riktlinjer: the decision, its paragraph and when it applies from, run together on one line
    (as a Markdown paragraph or a PDF's text gives it)."""
    found = extract_header(["Dnr: SN 2023/117 Antagen av socialnämnden 2023-11-22, § 99 För tillämpning fr.o.m. 2024-01-01"])
    assert (found["decided"], found["decided_by"], found["valid_from"]) == ("2023-11-22", "socialnämnden", "2024-01-01")
    assert extract_header(["Riktlinjen tillämpas fr.o.m. 2024-01-01"])["valid_from"] == "2024-01-01"
    # a sentence mentions the date; it states no start of validity
    assert extract_header(["Riktlinjen tillämpas fr.o.m. 2024-01-01 på alla ansökningar som kommer in efter det"]
                          )["valid_from"] is None


@pytest.mark.parametrize("line, decided, by", [
    ("Socialnämnden 2021-01-26, § 9", "2021-01-26", "Socialnämnden"),
    ("KF 2019-03-25 § 45", "2019-03-25", "KF"),
    ("Vård- och omsorgsnämnden 2023-03-29 § 38", "2023-03-29", "Vård- och omsorgsnämnden"),
    ("Kommunfullmäktige den 4 december 2023, § 210", "2023-12-04", "Kommunfullmäktige"),
    ("Socialnämndens arbetsutskott 2022-05-10, § 12.", "2022-05-10", "Socialnämndens arbetsutskott"),
])
def test_a_body_a_date_and_a_paragraph_of_its_minutes_on_a_line_of_their_own_are_its_decision(line, decided, by):
    found = extract_header(["Internkontrollplan", "Dnr: SOCN/2021:6 759", line])
    assert (found["decided"], found["decided_by"]) == (decided, by)


@pytest.mark.parametrize("line", [
    "Enligt socialnämnden 2021-01-26, § 9 ska planen följas upp.",  # a sentence
    "Sida 2 2021-01-26 § 9",  # no body
    "Socialnämnden 2021-01-26",  # no paragraph: a letterhead's date
])
def test_without_a_body_or_a_paragraph_or_in_a_sentence_it_is_no_decision(line):
    found = extract_header(["Internkontrollplan", line])
    assert found["decided_by"] is None


def test_an_appendix_to_a_bodys_minutes_is_its_decision():
    for line in ("Bilaga 6:7 till kommunstyrelsens protokoll den 19 mars 2003, § 8",
                 "Bilaga 6:7 till kommunstyrelsens protokoll den 19 mars 2003, § 8 – Riktlinjer för ärendeansvar",
                 "Bilaga 12:8 till kommunstyrelsens protokoll den 19 mars 2003, § 10 PM 2003 RVII (Dnr 325-0710/2003)"):
        found = extract_header(["Riktlinjer för ärendeansvar", line])
        assert (found["decided"], found["decided_by"]) == ("2003-03-19", "kommunstyrelsen"), line
    assert extract_header(["Bilaga 2 till socialnämndens protokoll 2021-05-18"])["decided_by"] == "socialnämnden"
    assert extract_header(["Bilaga 1. Checklista inför hembesök 2021-05-18"])["decided_by"] is None


@pytest.mark.parametrize("line, decided, by", [
    ("Sociala nämnden beslutade den 22 januari 2014, om följande riktlinjer.", "2014-01-22", "Sociala nämnden"),
    ("Kommunfullmäktige antog den 12 mars 2019 följande riktlinje.", "2019-03-12", "Kommunfullmäktige"),
    ("Socialnämnden har beslutat 2019-03-12 att anta riktlinjen.", "2019-03-12", "Socialnämnden"),
])
def test_a_statute_books_line_telling_that_a_body_decided_is_its_decision(line, decided, by):
    found = extract_header(["Heby kommuns författningssamling", "HebyFS 2014:11", line,
                            "Beslutet ersätter Riktlinjer, 25 april 2012"])
    assert (found["decided"], found["decided_by"]) == (decided, by)
    assert found["replaces"] == "Riktlinjer, 25 april 2012"


@pytest.mark.parametrize("line", [
    "Handläggaren beslutade den 3 maj 2021 att avsluta ärendet.",  # no body
    "Enligt socialnämnden beslutade den 22 januari 2014 att …",  # inside a sentence
])
def test_a_sentence_that_someone_decided_is_no_decision_of_the_routine(line):
    assert extract_header(["Riktlinjer", line])["decided_by"] is None


@pytest.mark.parametrize("line, by", [
    ("Detta reglemente är beslutat av kommunfullmäktige den xx/xx 2015, xx.", "kommunfullmäktige"),
    ("Fastställd av: SN 2019-xx-xx § xx", "SN"),
    ("Beslutad av: Socialnämnden den xx mars 2020", "Socialnämnden"),
    ("Denna delegationsordning är fastställd av socialnämnden 2020-02-12, § 14.", "socialnämnden"),
])
def test_who_decided_is_read_beside_a_template_date_left_unfilled(line, by):
    """A template's "xx" stands where the date will go: who decided is known already."""
    assert extract_header(["Reglemente för socialnämnden", line])["decided_by"] == by


def test_a_minutes_extract_names_the_body_and_date_above_the_paragraph():
    found = extract_header(["PROTOKOLLSUTDRAG", "Socialnämnden 2017-10-17", "§ 74 Verksamhetsplan och budget för 2018"])
    assert (found["decided"], found["decided_by"]) == ("2017-10-17", "Socialnämnden")
    assert extract_header(["Socialnämnden 2017-10-17", "Verksamhetsplan och budget för 2018"])["decided_by"] is None


@pytest.mark.parametrize("line, field, value", [
    ("Faställd av Lars Ivarsson Hälso- och sjukvårdsdirektör", "decided_by", "Lars Ivarsson Hälso- och sjukvårdsdirektör"),
    ("Texten uppdaterad 2020-11-04", "revised", "2020-11-04"),
    ("Beslutad SN § 4/2019-01-30", "decided_by", "SN"),
    ("Beslutad SN § 4/2019-01-30", "decided", "2019-01-30"),
    ("Antagen i Dals-Eds Socialnämnd 2014-09-17 (SN 42)/ Dnr:", "decided_by", "Dals-Eds Socialnämnd"),
    ("Antagen i Dals-Eds Socialnämnd 2014-09-17 (SN 42)/ Dnr:", "decided", "2014-09-17"),
    ("Fastställd/upprättad Kommunfullmäktige 2014-06-16, § 83", "decided", "2014-06-16"),
    ("Fastställd/upprättad Kommunfullmäktige 2014-06-16, § 83", "decided_by", "Kommunfullmäktige"),
])
def test_header_shapes_of_the_sixth_and_seventh_sets_of_real_documents(line, field, value):
    assert extract_header(["Rutin: Något", line])[field] == value


def test_a_bare_date_dates_the_routine_only_where_the_header_says_who_decided_or_answers_for_it():
    assert extract_header(["Datum: 2024-08-19", "Ansvarig: Enhetschef barn och unga"])["decided"] == "2024-08-19"
    assert extract_header(["Fastställt av: Socialchef", "Datum: 2015-09-01"])["decided"] == "2015-09-01"
    # a letterhead: the letter's date and who wrote it, no decision
    assert extract_header(["SOCIALFÖRVALTNINGEN", "Handläggare: Per Lund", "Datum: 2014-11-12"])["decided"] is None
    assert extract_header(["Socialtjänsten", "Datum: 2013-03-20", "Reviderad: 2016-01-12"])["decided"] is None


def test_a_field_set_off_by_a_colon_keeps_its_date_whatever_follows():
    found = extract_header(["Uppdaterad: 2018-09-17 Sara Lund, Regionledningskontoret, RLK o Verksamhetsnära funktion"])
    assert found["revised"] == "2018-09-17"
    # without the colon it is a sentence that mentions a date
    assert extract_header(["Uppdaterad 2018-09-17 efter att nämnden hade sett över alla rutiner"])["revised"] is None


def test_a_status_word_is_the_status_not_a_label():
    found = extract_header(["Status: | Antaget", "Giltighetstid: | 2015-2018", "Dokumentansvarig: | Adm. direktör"])
    assert (found["decided"], found["valid_from"], found["valid_until"]) == (None, "2015-01-01", "2018-12-31")
    assert found["owner"] == "Adm. direktör"


def test_a_review_year_ends_the_validity_at_the_year_end_and_a_chef_owns_the_revision():
    found = extract_header(["Ansvarig chef för revidering: | Revideras senast:", "Kommunfullmäktige | 2023"])
    assert (found["owner"], found["valid_until"]) == ("Kommunfullmäktige", "2023-12-31")


def test_a_title_ending_from_a_date_starts_the_validity():
    assert extract_header(["Riktlinjer för avgifter i vård och omsorg Melleruds kommun fr.o.m. 2014-01-01"]
                          )["valid_from"] == "2014-01-01"
    assert extract_header(["Gällande from 03/29/2023"])["valid_from"] == "2023-03-29"  # month first, as Notes writes


def test_what_is_replaced_may_be_a_date_in_a_row_of_values():
    found = extract_header(["Ersätter", "Utbytt den", "Sign", "2009-06-15", "2012-01-10", "EP"])
    assert (found["replaces"], found["revised"]) == ("2009-06-15", "2012-01-10")


def test_a_row_of_values_lines_up_with_its_row_of_labels_past_columns_not_read_and_empty_cells():
    """A header table's row of labels may name columns this reader knows no label for ("Berörd verksamhet",
    "Upphörd rutin"): they are labels too, not the values of the labels beside them, and a value cell that
    stood empty passes its label over, so the next value goes to the next label."""
    found = extract_header(["Ansvarig | Utfärdad av | Berörd verksamhet", "IoF Nämnd | Karin Holmgren | Hela IoF",
                            "Utfärdad | Reviderad | Revideras senast | Upphörd rutin | Finns i diariet",
                            "2015-01-02 |  | 2016-12-31"])
    assert (found["owner"], found["valid_until"], found["revised"]) == ("IoF Nämnd", "2016-12-31", None)
    # a label beside its value in one row is no row of labels
    found = extract_header(["Beslutad av | Socialnämnden | Dokumentansvarig | Enhetschef hemtjänst"])
    assert (found["decided_by"], found["owner"]) == ("Socialnämnden", "Enhetschef hemtjänst")


def test_how_long_a_decision_holds_after_its_date_is_no_sentence():
    """ "Antaget 2016-04-20 Tills vidare, dock längst fyra år": the words after the date say how long it holds, so
    the date is stated, not mentioned in a sentence; and "längst fyra år" ends the validity four years on."""
    found = extract_header(["Vård- och omsorgsnämnden Antaget 2016-04-20 Tills vidare, dock längst fyra år"])
    assert (found["decided"], found["valid_until"]) == ("2016-04-20", "2020-04-20")
    assert extract_header(["Antaget 2016-04-20 när nämnden hade sitt sista möte före sommaren"])["decided"] is None


def test_adopted_in_a_body_on_a_date():
    found = extract_header(["Antagen i kommunfullmäktige den 31 januari 2024"])
    assert (found["decided"], found["decided_by"]) == ("2024-01-31", "kommunfullmäktige")


def test_a_date_inside_who_decided_is_not_the_decision_date():
    found = extract_header(["Fastställd av: Ledningsgruppen efter samverkan i FSG 2024-11-28"])
    assert found["decided"] is None
    assert found["decided_by"].startswith("Ledningsgruppen")


def test_no_header_means_nothing_is_guessed():
    found = extract_header(["Rutin för hembesök", "Personlarmet hämtas i receptionen."])
    assert found == {"decided": None, "valid_from": None, "valid_until": None, "valid_indefinitely": False,
                     "revised": None, "created": None, "owner": None, "decided_by": None, "replaces": None,
                     "review_by": None, "said": {}}


def test_the_first_statement_wins_and_a_date_beats_indefinitely():
    found = extract_header(["Beslutsdatum: 2024-01-01", "Beslutsdatum: 2020-01-01", "Gäller tillsvidare",
                            "Gäller till: 2026-12-31"])
    assert found["decided"] == "2024-01-01"
    assert found["valid_until"] == "2026-12-31" and found["valid_indefinitely"] is False


def test_header_lines_stop_after_the_first_page_and_the_limit():
    first_page = "\n".join(["Rutin: T", "Beslutsdatum: 2024-01-01", *(f"rad {i}" for i in range(COVER_LINES))])
    parsed = ParsedDocument("T", [Block(first_page, page=1), Block("Giltig till: 2026-01-01", page=2)],
                            pages=2, kind="pdf")
    assert header_lines(parsed) == first_page.split("\n")
    many = ParsedDocument("T", [Block(f"rad {i}") for i in range(45)] + [Block("Giltig till: 2020-01-01")]
                          + [Block(f"rad {i}") for i in range(45, 45 + CLOSING_LINES)])
    assert len(header_lines(many)) == 40
    assert read_metadata(many)["valid_until"] is None  # body text far below the header is not metadata


def test_a_title_page_sends_the_header_on_to_the_second_page():
    parsed = ParsedDocument("T", [
        Block("Rutin: T\nExempelby kommun", page=1),
        Block("Beslutsdatum: 2024-01-01\nGiltig till: 2026-01-01", page=2),
        Block("Giltig till: 2019-01-01", page=3),
    ], pages=3, kind="pdf")
    assert header_lines(parsed) == ["Rutin: T", "Exempelby kommun", "Beslutsdatum: 2024-01-01", "Giltig till: 2026-01-01"]


def test_the_last_lines_fill_what_the_header_leaves_unsaid_and_never_overrule_it():
    body = [Block(f"Rad {i} av rutinens text, utan datum.") for i in range(50)]
    closing = [Block("Dokumentinformation", heading=True),
               Block("Gäller till: 2027-06-30\nDokumentansvarig: Enhetschef\nBeslutsdatum: 2020-01-01")]
    found = read_metadata(ParsedDocument("T", [Block("Beslutsdatum: 2025-06-30"), *body, *closing]))
    assert (found["decided"], found["valid_until"], found["owner"]) == ("2025-06-30", "2027-06-30", "Enhetschef")
    indefinite = read_metadata(ParsedDocument("T", [Block("Gäller tills vidare"), *body, *closing]))
    assert indefinite["valid_indefinitely"] and indefinite["valid_until"] is None


def test_sample_documents_headers():
    from conftest import ROOT

    from index.readers import read_document

    root = ROOT / "documents"
    expected = {
        "gemensamt/tjanstebil-och-resor.md": ("2018-11-05", "2020-12-31", "Administrativ chef"),
        "gemensamt/hembesok-och-personlarm.pdf": ("2024-03-12", "2027-03-31", "Enhetschef barn och familj"),
        "barn-och-familj/orosanmalan-och-forhandsbedomning.pdf":
            ("2024-02-27", "2027-06-30", "Enhetschef mottagningen barn och unga"),
        "barn-och-familj/tidsfrister-i-barnavardsutredning.pdf":
            ("2024-09-10", "2027-09-30", "Enhetschef utredning barn och unga"),
        "forsorjningsstod/handlaggning-av-ekonomiskt-bistand.docx":
            ("2025-03-18", "2027-03-31", "Enhetschef försörjningsstöd"),
        "gemensamt/flextid-overtid-och-arbetstid-2019.md": ("2019-05-20", None, "Personalhandläggare"),
    }
    for path, (decided, until, owner) in expected.items():
        found = read_metadata(read_document(root / path))
        assert (found["decided"], found["valid_until"], found["owner"]) == (decided, until, owner), path
    newer = read_metadata(read_document(root / "gemensamt/flextid-overtid-och-arbetstid.md"))
    assert newer["valid_from"] == "2025-01-01" and newer["valid_indefinitely"] and newer["decided"] is None


# -- overrides --------------------------------------------------------------------------------------


HEADER = ParsedDocument("Rutin", [Block("Rutin\nBeslutsdatum: 2024-01-01\nGiltig till: 2026-01-01\nAnsvarig: A")])


def test_front_matter_wins_over_the_header():
    parsed = ParsedDocument(HEADER.title, HEADER.blocks, kind="markdown",
                            front_matter={"valid_until": date(2030, 6, 30), "owner": "B", "tags": ["x"]})
    found = read_metadata(parsed)
    assert found["valid_until"] == "2030-06-30" and found["owner"] == "B"
    assert found["decided"] == "2024-01-01"  # what the front matter does not say still comes from the header
    assert "problems" not in found  # keys that are not metadata (tags) are no problem in front matter


def test_front_matter_can_say_indefinitely():
    parsed = ParsedDocument(HEADER.title, HEADER.blocks, front_matter={"valid_until": "tills vidare"})
    found = read_metadata(parsed)
    assert found["valid_until"] is None and found["valid_indefinitely"] is True


def test_normalise_overrides_keeps_good_keys_and_names_bad_ones():
    out, problems = normalise_overrides({
        "decided": "27 februari 2024", "valid_until": "snart", "owner": "HR", "collection": "x", "färg": "blå",
        "valid_indefinitely": "ja",
    })
    assert out == {"decided": "2024-02-27", "owner": "HR"}
    assert len(problems) == 3
    assert any("valid_until" in p for p in problems) and any("färg" in p for p in problems)


def test_sidecar_overrides(tmp_path):
    document = write(tmp_path / "rutin.md", "# Rutin\n\nText.")
    assert read_sidecar(document) == ({}, None)
    write(tmp_path / "rutin.md.yaml", "valid_until: 2031-01-31\nowner: Ny ägare\ntitle: Rätt titel\n")
    assert read_sidecar(document) == (
        {"valid_until": "2031-01-31", "valid_indefinitely": False, "owner": "Ny ägare", "title": "Rätt titel"}, None)
    (tmp_path / "rutin.md.yaml").unlink()
    write(tmp_path / "rutin.md.yml", "decided: 5/3 2024\n")
    assert read_sidecar(document) == ({"decided": "2024-03-05"}, None)


@pytest.mark.parametrize("text, words", [
    ("valid_until: [2031-01-31\n", ["YAML", "rad"]),
    ("- en lista\n- inte nycklar\n", ["nycklar"]),
])
def test_a_broken_sidecar_is_ignored_as_a_whole_with_a_reason(tmp_path, text, words):
    document = write(tmp_path / "rutin.pdf", "x")
    write(tmp_path / "rutin.pdf.yaml", text)
    overrides, problem = read_sidecar(document)
    assert overrides == {}
    assert "rutin.pdf.yaml" in problem and all(w in problem for w in words)


def test_a_sidecar_with_one_bad_value_keeps_the_rest(tmp_path):
    document = write(tmp_path / "rutin.pdf", "x")
    write(tmp_path / "rutin.pdf.yaml", "valid_until: nästa år\nowner: Enhetschef\n")
    overrides, problem = read_sidecar(document)
    assert overrides == {"owner": "Enhetschef"}
    assert "valid_until" in problem and "nästa år" in problem


def test_an_empty_sidecar_changes_nothing(tmp_path):
    document = write(tmp_path / "rutin.pdf", "x")
    write(tmp_path / "rutin.pdf.yaml", "# bara en kommentar\n")
    assert read_sidecar(document) == ({}, None)


def test_a_sidecar_that_is_not_utf8_is_reported(tmp_path):
    document = write(tmp_path / "rutin.pdf", "x")
    (tmp_path / "rutin.pdf.yaml").write_bytes("owner: Åsa\n".encode("utf-16"))
    overrides, problem = read_sidecar(document)
    assert overrides == {} and problem


# -- using it ---------------------------------------------------------------------------------------


def test_merged_sidecar_wins_even_with_none():
    content = {"decided": "2024-01-01", "valid_until": "2026-01-01", "valid_indefinitely": False, "version": 1}
    assert RoutineMetadata.merged(content, {"valid_until": None, "valid_indefinitely": True}).valid_until is None
    assert RoutineMetadata.merged(content, {}).valid_until == "2026-01-01"
    assert not hasattr(RoutineMetadata.merged(content, {}), "version")


def test_is_expired():
    today = date(2025, 6, 1)
    assert RoutineMetadata(valid_until="2025-05-31").is_expired(today)
    assert not RoutineMetadata(valid_until="2025-06-01").is_expired(today)  # valid through its last day
    assert not RoutineMetadata(valid_until=None, valid_indefinitely=True).is_expired(today)
    assert not RoutineMetadata().is_expired(today)


def test_version_date_is_the_latest_stated_date():
    assert RoutineMetadata(decided="2023-09-18", revised="2025-02-03").version_date == "2025-02-03"
    assert RoutineMetadata(valid_from="2025-01-01").version_date == "2025-01-01"
    assert RoutineMetadata(owner="x").version_date is None


@pytest.mark.parametrize("a, b", [
    ("Rutin för flextid, övertid och arbetstid", "Flextid, övertid och arbetstid"),
    ("Rutin: Hembesök och personlarm", "hembesök och  personlarm"),
    ("Rutin för flextid (2019)", "Rutin för flextid"),
    ("Rutin om sekretess – 2024", "Sekretess"),
])
def test_normalise_title_brings_versions_together(a, b):
    assert normalise_title(a) == normalise_title(b)


def test_normalise_title_keeps_different_routines_apart():
    assert normalise_title("Rutinbeskrivning för larm") != normalise_title("Beskrivning för larm")
    assert normalise_title("Hembesök") != normalise_title("Hembesök och personlarm")


@pytest.mark.parametrize("log", [
    [Block("6. Revisionshistorik", heading=True), Block("Datum\nÄndring\n2022-01-17\nRutinen fastställd\n2023-09-04\nNy tid")],
    [Block("Datum | Ändring\n2022-01-17 | Rutinen fastställd\n2023-09-04 | Ny tid")],
    [Block("Revideringshistorik", heading=True), Block("Beslutad 2021-03-01\nReviderad 2023-09-04")],
])
def test_a_change_log_at_the_end_dates_changes_not_the_routine(log):
    """Its rows date changes: never the routine's decision or validity; its latest row is the latest revision."""
    body = [Block(f"Rad {i} av rutinens text, utan datum.") for i in range(50)]
    found = read_metadata(ParsedDocument("T", [Block("Gäller till: 2027-06-30"), *body, *log]))
    assert found["decided"] is None and found["valid_until"] == "2027-06-30"
    assert found["revised"] == "2023-09-04"


def test_a_plan_for_the_councils_term_is_valid_for_that_term():
    found = extract_header(["Ledningsplan", "1(7) Mandatperioden 2015-2018 Antagen av kommunfullmäktige 2015-06-15, § 122"])
    assert (found["valid_from"], found["valid_until"], found["decided"]) == ("2015-01-01", "2018-12-31", "2015-06-15")
    assert extract_header(["Mandatperiod: 2023-2026"])["valid_until"] == "2026-12-31"


def test_a_body_named_just_before_the_label_of_its_decision_decided():
    cover = "Vård- och omsorgsnämnden Antaget 2016-04-20 Tills vidare, dock längst fyra år"
    found = extract_header(["RIKTLINJE – Lex Sarah", cover])
    assert (found["decided_by"], found["decided"], found["valid_until"]) == ("Vård- och omsorgsnämnden", "2016-04-20",
                                                                             "2020-04-20")
    assert extract_header(["Rutin för hembesök", "Enhet barn och familj Antaget 2016-04-20"])["decided_by"] is None


def test_a_header_tables_fields_copied_out_of_a_pdf_onto_one_line_are_read_in_markdown(tmp_path):
    """Text copied out of a PDF keeps a header table's cells on one line, between the title's line and the table
    of contents. Markdown would join the three into one paragraph, too long to be read as a header."""
    from index.readers import read_document

    path = write(tmp_path / "riktlinjer.md", (
        "# Riktlinjer för kontaktperson\n\n"
        "Riktlinjer för kontaktperson Exempelby kommun 815 80 EXEMPELBY Telefon: 0293-21 80 00 www.exempelby.se\n"
        "Dokumentets giltighet och beslut Dokumentnamn: Riktlinjer för kontaktperson Gäller för: IFO "
        "Gäller fr o m: 2019-04-01 Gäller t o m: 2022-04-01 Fastställd av: Kommunstyrelsen 39/2019 "
        "Fastställd: 2019-03-26 Diarienummer: KS 2019/98 Dokumentansvar och handläggning "
        "Dokumentansvarig: Eva Lind, verksamhetschef IFO Handläggare: Per Ek, verksamhetsutvecklare\n"
        "Innehållsförteckning Inledning...4 Syfte och tillämpning av riktlinjerna...4 Allmänna principer och "
        "lagstiftning...4 Målgrupper...4 Barnperspektiv...5 Kontaktperson enligt SoL...6 Kontaktperson enligt LSS...8 "
        "Ledsagning och ledsagarservice...12 Definitioner...12\n"
        "Inledning Dessa riktlinjer behandlar kontaktperson- och ledsagarverksamhet som beviljas av socialtjänsten "
        "enligt socialtjänstlagen och LSS. Utöver riktlinjerna finns viktig information om dokumentation och "
        "utredning i respektive verksamhetsområdes riktlinjer.\n"))
    found = read_metadata(read_document(path))
    assert (found["valid_from"], found["valid_until"], found["decided"]) == ("2019-04-01", "2022-04-01", "2019-03-26")
    # the paragraph of the minutes is no part of who decided; the caption "Dokumentansvar och handläggning" names
    # no owner, the field after it does
    assert (found["decided_by"], found["owner"]) == ("Kommunstyrelsen", "Eva Lind, verksamhetschef IFO")


def test_a_templates_fields_on_one_line_are_read_though_only_one_date_was_filled_in():
    line = ("1 Styrdokument, riktlinjer Välfärd, individ-och familjeomsorgen Kvalitetsledare Anna Berg Dnr SÄN/2014:30 "
            "Riktlinjer för försöksboende Nivå: Social-och äldrenämnden Antagen: Nämndens namn den dag månad årtal x "
            "Reviderad: Nämndens namn den dag månad årtal x Giltig t.o.m: Den 8 januari 2015 "
            "Ansvarig ägare: Resultatenhetschef individ-och familjeomsorgen")
    found = extract_header([line])
    assert (found["valid_until"], found["owner"]) == ("2015-01-08", "Resultatenhetschef individ-och familjeomsorgen")
    assert extract_header([line.replace("Resultatenhetschef individ-och familjeomsorgen", "Befattning")])["owner"] is None
    # a line of running text naming a date and a field or two is no header
    prose = ("Bostadstillägg söks hos Pensionsmyndigheten. Tel: 0771-776 776. Från den 1 januari 2015 gäller nya "
             "regler för alla som ansöker, och beslut fattas av handläggaren inom en månad efter ansökan.")
    assert not any(extract_header([prose])[f] for f in ("valid_until", "owner", "decided"))


def test_a_header_tables_cells_run_together_without_colons_are_read(tmp_path):
    """A region's guideline copied out of a PDF holds its header table on one line, each label beside its value
    without a colon, before the table of contents: "… Dokumentansvarig Valter Lind, koncernsäkerhetschef Beslutad av
    Regionstyrelsen … Giltig från 2016-03-08 Version 2.0 Dnr RS 1045-2016 Ersätter …". Only the fields after the
    date were read, and in Markdown none: the line was joined to the contents below it."""
    from index.readers import read_document

    header = ("Koncernkontoret Enhet säkerhet Dokumenttyp Riktlinje Dokumentansvarig Valter Lind, koncernsäkerhetschef "
              "Beslutad av Regionstyrelsen Övergripande dokument Säkerhetspolicy Kontaktperson Anna Hed, "
              "säkerhetssamordnare Giltig från 2016-03-08 Version 2.0 Dnr RS 1045-2016 Ersätter Riktlinjer för "
              "personsäkerhet, RSK 59-2008 RIKTLINJER FÖR PERSONSÄKERHET")
    path = write(tmp_path / "personsakerhet.md", (
        f"{header}\nINNEHÅLL 1 Inledning... 3 2 Ansvar/organisation... 3 3 Säkerhetsprocessen... 4\n"
        "1 Inledning Alla ska känna sig trygga i regionens lokaler och verksamheter. Dessa riktlinjer har tagits fram "
        "för att skapa en gemensam syn på säkerhetsarbetet före, under och efter en händelse med hot eller våld.\n"))
    found = read_metadata(read_document(path))
    assert (found["owner"], found["decided_by"], found["valid_from"]) == (
        "Valter Lind, koncernsäkerhetschef", "Regionstyrelsen", "2016-03-08")
    assert found["replaces"] == "Riktlinjer för personsäkerhet, RSK 59-2008"  # not the title after it
    assert extract_header(["Dokumentansvarig Eva Lind Ersätter Handbok för hembesök SoL LSS KF"])["replaces"] == (
        "Handbok för hembesök SoL LSS KF")  # abbreviations ending a name are no title
    # running text that names a date and a label or two is no such header
    prose = ("Riktlinjen gäller från 2016-03-08 och Dokumentansvarig är den som Beslutad av nämnden utser, vilket "
             "framgår av delegationsordningen som också anger vem som ska informera medarbetarna om ändringarna i "
             "rutinerna och hur de ska dokumenteras i verksamhetssystemet när en händelse har inträffat på enheten.")
    assert not any(extract_header([prose])[f] for f in ("owner", "decided_by"))


def test_a_web_pages_date_of_change_on_a_line_of_its_own_after_the_text_is_read(tmp_path):
    """Copied from a web page, "Senast ändrad 22 augusti 2024" ends the text without a blank line before it:
    Markdown would join it to the last sentence, where no label opens a line."""
    from index.readers import read_document

    path = write(tmp_path / "ersattning.md", (
        "# Ersättning till kontaktperson\n\nSom kontaktperson får du ett arvode och en omkostnadsersättning.\n"
        "Har du frågor om kontaktuppgifter eller enskilda ärenden? I de flesta fall ska du kontakta vårt "
        "kontaktcenter, det kan du göra genom att ringa 0370-37 70 00.\nTack för att du hjälper oss förbättra webbplatsen!\n"
        "Senast ändrad 22 augusti 2024\n"))
    assert read_metadata(read_document(path))["revised"] == "2024-08-22"


# A one-page PDF routine converted to text: its header box a field to a line, label over value, and its name
# stated three times (as the title, as "Dokumentnamn" and over the text)
CONVERTED_ROUTINE = """Läkemedel vid behov och signering

Riktlinjer för hälso- och sjukvård
Omsorg och Äldreförvaltningen
Dokumentansvarig
Medicinskt ansvarig sjuksköterska
Utfärdat: 2005-03-31
1(1)
Dokumentnamn
Läkemedel vid behov och signering
Reviderad: 2014-01-04
Läkemedel vid behov och signering
Den som överlämnar ett vid behovsläkemedel till en person ska signera överlämnandet
på särskild lista samt dokumentera och följa upp resultatet i journalen. Om läkemedlet
är narkotikaklassat ska den som överlämnar kontrollräkna och signera i respektive
förbrukningsjournal för narkotiska läkemedel. Listan för signering ska förvaras
tillsammans med dosrecept och/eller läkemedelslista där den enskilde personens
ordinerade vid behovsläkemedel framgår och vilket vid behovsläkemedel som kan ges.
"""


@pytest.mark.parametrize("name", ["lakemedel.md", "lakemedel.txt"])
def test_a_header_box_converted_line_by_line_keeps_its_fields_and_the_routine_its_name(tmp_path, name):
    """The lines of a wrapped text were run together ("… Dokumentansvarig Medicinskt ansvarig sjuksköterska"), so
    no owner was read, and the routine's name, three times within a few lines, was dropped as a page's header."""
    from index.readers import read_document

    parsed = read_document(write(tmp_path / name, CONVERTED_ROUTINE))
    assert parsed.title == "Läkemedel vid behov och signering"
    found = read_metadata(parsed)
    assert found["owner"] == "Medicinskt ansvarig sjuksköterska"
    assert found["created"] == "2005-03-31" and found["revised"] == "2014-01-04"
    text = "\n".join(block.text for block in parsed.blocks)
    assert "Dokumentansvarig\nMedicinskt ansvarig sjuksköterska" in text
    assert "signera överlämnandet på särskild lista" in text  # the wrapped sentences still run on
    # the text opens a paragraph of its own, not run on from the header's last line and quoted with it
    assert any(block.text.startswith("Den som överlämnar") for block in parsed.blocks)
