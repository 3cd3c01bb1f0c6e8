"""Every header variant of scripts/header_variants.py, written as a real file and read back field by field."""
import sys

import pytest
from conftest import ROOT

from index.header import extract_header
from index.metadata import read_metadata
from index.readers import read_document

sys.path.insert(0, str(ROOT / "scripts"))
from header_variants import CASES, FIELDS, build, found_fields, same  # noqa: E402


def test_the_corpus_is_large_and_varied():
    assert len(CASES) >= 40
    assert {c.format for c in CASES} == {"md", "txt", "docx", "pdf"}
    assert {c.layout for c in CASES} >= {"lines", "table", "header-part", "box"}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_header_variant(case, tmp_path):
    if case.known:
        pytest.xfail(case.known)
    got = found_fields(read_metadata(read_document(build(case, tmp_path))))
    wrong = {f: (case.expected.get(f), got[f]) for f in FIELDS if not same(case.expected.get(f), got[f])}
    assert not wrong, wrong


@pytest.mark.parametrize("lines", [
    ["Planen ska vara upprättad inom en månad efter beslutet."],
    ["Beslut om insats fattas senast 2024-05-01 av enhetschefen när utredningen är klar."],
    ["Rutinen gäller från 2019-01-01 för alla medarbetare inom individ- och familjeomsorgen."],
    ["Ansvarig handläggare ska dokumentera beslutet samma dag."],
    ["Datum för nästa uppföljning: 2031-06-01 bokas av handläggaren."],
    ["Uppdaterad information finns på intranätet från 2024-03-01 och framåt enligt beslut."],
    ["Ägare av ärendet är den handläggare som fått det fördelat till sig av gruppledaren."],
    ["Version | Datum | Ändring | Av", "1.0 | 2019-02-01 | Ny rutin | AA", "2.0 | 2023-03-01 | Revidering | BB"],
    ["Beslutad", "Personlarmet hämtas i receptionen före varje hembesök och lämnas tillbaka efteråt."],
    ["Nästa uppföljning görs 2031-06-01."],
    # long lines with dates and capitalised labels in them: sentences, not a header table run together
    ["Vid hembesök efter 2024-01-01 ska två medarbetare delta, och från 2025-01-01 gäller att Enhetschef och "
     "Processägare informeras om varje avvikelse som rör brukarens säkerhet eller personalens arbetsmiljö i hemmet, "
     "enligt beslut av socialnämnden."],
    ["Rutinen togs fram av arbetsgruppen. Beslutad av förvaltningens ledning men Reviderad efter synpunkter från "
     "Skyddsombud och Processägare under hösten, utan att Giltig till och med ändrades i mallen."],
    ["Planen revideras senast 2025-01-01 tillsammans med den enskilde och hens företrädare."],
    ["Genomförandeplanen ska revideras senast 2025-01-01."],
    ["Giltighetstid: två år från det att insatsen beviljades."],
    ["Ansvarig enhet ska kontakta brukaren."],
    ["Beslutsnivå framgår av delegationsordningen."],
])
def test_dates_and_labels_inside_sentences_are_not_metadata(lines):
    found = extract_header(lines)
    assert not any(found[f] for f in ("decided", "valid_from", "valid_until", "revised", "created", "owner",
                                      "decided_by", "replaces", "review_by")), found
    assert not found["valid_indefinitely"]


def test_a_month_without_a_day_ends_a_validity_on_its_last_day_and_starts_a_decision_on_its_first():
    found = extract_header(["Beslutad: februari 2024", "Gäller till: februari 2028"])
    assert found["decided"] == "2024-02-01" and found["valid_until"] == "2028-02-29"


def test_a_template_box_repeated_on_every_pdf_page_is_read_from_the_first(tmp_path):
    case = next(c for c in CASES if c.id == "pdf-running-box")
    parsed = read_document(build(case, tmp_path))
    assert not any("2025-09-03" in block.text for block in parsed.blocks)  # a running line, out of the text
    assert read_metadata(parsed)["valid_until"] == "2025-09-03"  # but still the routine's validity


def test_the_word_header_part_is_metadata_but_not_text(tmp_path):
    case = next(c for c in CASES if c.id == "word-header-table-docx")
    parsed = read_document(build(case, tmp_path))
    assert any("Gäller till: 2026-06-23" in line for line in parsed.header)
    assert not any("2026-06-23" in block.text for block in parsed.blocks)  # not quoted as an answer
