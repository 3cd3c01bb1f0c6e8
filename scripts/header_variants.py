"""Routine headers in the shapes municipal templates use, each with the fields a reader should find.

Every case is written as a real file (Markdown, text, Word or PDF) by ``build``; the header stands as
lines at the top, as a table (label and value side by side, or labels in one row and values in the next),
in the Word header part, or as a PDF box repeated on every page. Every document carries the same body,
which mentions dates and labels inside sentences: nothing from it may be read as metadata.

Used by scripts/bench_headers.py (precision and recall per field) and tests/test_header_variants.py.
Fields not named in ``expected`` are expected to be absent; ``valid_until: "tillsvidare"`` stands for
a routine stated to hold indefinitely.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = ("decided", "valid_from", "valid_until", "revised", "created", "owner", "decided_by", "replaces")

BODY = [
    ("h", "1. Syfte"),
    ("p", "Rutinen beskriver hur handläggaren dokumenterar och följer upp ärenden. Planen ska vara upprättad "
          "inom en månad efter att insatsen har beviljats."),
    ("p", "Beslut om insats fattas senast 2024-05-01 av enhetschefen när utredningen är klar."),
    ("h", "2. Ansvar"),
    ("p", "Ansvarig handläggare ska dokumentera beslutet samma dag. Uppdaterad information finns på intranätet."),
    ("p", "Rutinen gäller från 2019-01-01 för alla medarbetare inom individ- och familjeomsorgen och har "
          "reviderats flera gånger sedan dess."),
    ("p", "Datum för nästa uppföljning: 2031-06-01 bokas av handläggaren tillsammans med den enskilde."),
]


@dataclass
class Case:
    id: str
    format: str  # "md", "txt", "docx" or "pdf"
    header: list  # lines (str) or table rows (list of cells)
    expected: dict
    layout: str = "lines"  # "lines", "table", "header-part" (Word header / PDF box on every page), "box",
    # "end" (lines under a closing heading after the body), "cover" (PDF: a title page, the lines on page 2)
    title: str = "Rutin för uppföljning av insatser"
    known: str | None = None  # why this case is known to fail today (kept to show it, not to hide it)
    extra: dict = field(default_factory=dict)


C = Case
CASES: list[Case] = [
    # -- the wordings of the issue, one per line, value on the same line ---------------------------------
    C("issue-wordings-md", "md", [
        "Dokumentet beslutades den: 2024-01-10", "Dokumentet gäller till den: 2025-09-01",
        "Dokumentansvarig är: Verksamhetsutvecklare", "Dokumentet uppdaterat: 2024-06-03",
        "Dokumentet ersätter: Rutin för uppföljning 2019"],
        {"decided": "2024-01-10", "valid_until": "2025-09-01", "owner": "Verksamhetsutvecklare",
         "revised": "2024-06-03", "replaces": "Rutin för uppföljning 2019"}),
    C("issue-wordings-next-line-docx", "docx", [
        "Dokumentet beslutades den:", "2024-01-10", "Dokumentet gäller till den:", "2025-09-01",
        "Dokumentansvarig är:", "Verksamhetsutvecklare"],
        {"decided": "2024-01-10", "valid_until": "2025-09-01", "owner": "Verksamhetsutvecklare"}),
    C("issue-tillsvidare-txt", "txt", [
        "Dokumentet beslutades den: 2023-11-20", "Dokumentet gäller tillsvidare",
        "Dokumentansvarig är: Enhetschef vuxen"],
        {"decided": "2023-11-20", "valid_until": "tillsvidare", "owner": "Enhetschef vuxen"}),
    C("issue-replaces-revised-bracket-md", "md", [
        "Dokumentet beslutades den: 2025-12-08", "Dokumentet gäller till den: 2027-12-31",
        "Dokumentet ersätter: [Reviderad 2025-12-08]", "Dokumentansvarig är: Kvalitetsstrateg"],
        {"decided": "2025-12-08", "valid_until": "2027-12-31", "replaces": "Reviderad 2025-12-08",
         "owner": "Kvalitetsstrateg"}),
    C("issue-galler-fran-upprattad-txt", "txt", [
        "Upprättad 2024-04-10", "Gäller från: 2024-05-02", "Gäller till: 2026-05-01",
        "Fastställd av Socialnämnden"],
        {"created": "2024-04-10", "valid_from": "2024-05-02", "valid_until": "2026-05-01",
         "decided_by": "Socialnämnden"}),
    C("issue-rev-datum-senast-uppdaterad-md", "md", [
        "Fastställd: 2022-03-01", "Rev. datum: 2024-02-15", "Senast uppdaterad: 2024-09-30",
        "Ansvarig: Socialsekreterare samordnare"],
        {"decided": "2022-03-01", "revised": "2024-02-15", "owner": "Socialsekreterare samordnare"}),
    C("month-year-docx", "docx", [
        "Beslutad: januari 2024", "Gäller till: december 2027", "Dokumentägare: Avdelningschef IFO"],
        {"decided": "2024-01-01", "valid_until": "2027-12-31", "owner": "Avdelningschef IFO"}),
    C("month-year-abbrev-pdf", "pdf", [
        "Beslutsdatum: 12 mars 2024", "Giltig t.o.m. dec. 2026", "Processägare: Områdeschef"],
        {"decided": "2024-03-12", "valid_until": "2026-12-31", "owner": "Områdeschef"}),
    # -- variants of the labels: with or without "Dokumentet", "den", "är", the colon ----------------------
    C("no-colon-lines-txt", "txt", [
        "Beslutad 2024-02-01", "Gäller till 2026-01-31", "Dokumentansvarig Enhetschef mottagning"],
        {"decided": "2024-02-01", "valid_until": "2026-01-31", "owner": "Enhetschef mottagning"}),
    C("den-without-colon-md", "md", [
        "Rutinen beslutades den 5 maj 2023 av socialnämnden", "Rutinen gäller till och med den 31 maj 2026",
        "Dokumentansvarig: Utvecklingsledare"],
        {"decided": "2023-05-05", "decided_by": "socialnämnden", "valid_until": "2026-05-31",
         "owner": "Utvecklingsledare"}),
    C("tom-forms-txt", "txt", [
        "Beslutsdatum 2024-06-11", "Gäller t o m 2026-06-30", "Ansvarig för dokumentet: Enhetschef familjehem"],
        {"decided": "2024-06-11", "valid_until": "2026-06-30", "owner": "Enhetschef familjehem"}),
    C("from-tom-md", "md", [
        "Beslutat av: Chef för individ- och familjeomsorgen", "Gäller fr.o.m. 2024-09-01",
        "Gäller t.o.m. 2026-08-31", "Rutinansvarig: Enhetschef ekonomiskt bistånd"],
        {"decided_by": "Chef för individ- och familjeomsorgen", "valid_from": "2024-09-01",
         "valid_until": "2026-08-31", "owner": "Enhetschef ekonomiskt bistånd"}),
    C("giltighetstid-range-docx", "docx", [
        "Fastställd: 2024-12-02", "Giltighetstid: 2025-01-01 – 2026-12-31", "Dokumentansvarig: MAS"],
        {"decided": "2024-12-02", "valid_from": "2025-01-01", "valid_until": "2026-12-31", "owner": "MAS"}),
    C("giltighetstid-tillsvidare-langst-pdf", "pdf", [
        "Antagen: 2023-10-16", "Giltighetstid: Tillsvidare, dock längst till 2027-10-31",
        "Dokumentägare: Socialchef"],
        {"decided": "2023-10-16", "valid_until": "2027-10-31", "owner": "Socialchef"}),
    C("giltighetstid-tillsvidare-md", "md", [
        "Godkänd: 2024-03-04", "Giltighetstid: tills vidare", "Godkänd av: Ledningsgruppen IFO"],
        {"decided": "2024-03-04", "valid_until": "tillsvidare", "decided_by": "Ledningsgruppen IFO"}),
    C("galler-till-tillsvidare-txt", "txt", [
        "Beslutad: 2022-08-22", "Gäller till och med: Tillsvidare", "Ägare: Verksamhetschef"],
        {"decided": "2022-08-22", "valid_until": "tillsvidare", "owner": "Verksamhetschef"}),
    C("year-only-validity-md", "md", [
        "Beslutsdatum: 2024-01-15", "Gäller till: 2026", "Dokumentansvarig: Enhetschef"],
        {"decided": "2024-01-15", "valid_until": "2026-12-31", "owner": "Enhetschef"}),
    C("iso-month-validity-txt", "txt", [
        "Fastställd 2024-05-20 av socialchefen", "Gäller till: 2026-05", "Processägare: Biträdande socialchef"],
        {"decided": "2024-05-20", "decided_by": "socialchefen", "valid_until": "2026-05-31",
         "owner": "Biträdande socialchef"}),
    C("swedish-day-first-md", "md", [
        "Beslutad: 3/4 2024", "Gäller till: 31.12.2026", "Ansvarig: Familjerättssekreterare"],
        {"decided": "2024-04-03", "valid_until": "2026-12-31", "owner": "Familjerättssekreterare"}),
    C("caps-labels-txt", "txt", [
        "BESLUTAD: 2024-11-05", "GÄLLER TILL: 2026-11-04", "DOKUMENTANSVARIG: Enhetschef LSS"],
        {"decided": "2024-11-05", "valid_until": "2026-11-04", "owner": "Enhetschef LSS"}),
    C("bold-labels-md", "md", [
        "**Beslutsdatum:** 2025-02-10", "**Gäller till:** 2027-02-09", "**Dokumentansvarig:** Teamledare",
        "**Beslutad av:** Socialchef"],
        {"decided": "2025-02-10", "valid_until": "2027-02-09", "owner": "Teamledare", "decided_by": "Socialchef"}),
    C("decided-by-with-date-txt", "txt", [
        "Beslutad av Socialnämnden 2024-02-21 § 18", "Giltig till: 2028-02-29", "Dokumentansvarig: Nämndsekreterare"],
        {"decided": "2024-02-21", "decided_by": "Socialnämnden", "valid_until": "2028-02-29",
         "owner": "Nämndsekreterare"}),
    C("revised-several-md", "md", [
        "Beslutad: 2020-01-13", "Reviderad: 2022-03-01, 2024-10-14", "Gäller till: 2026-10-13",
        "Dokumentansvarig: Verksamhetsutvecklare"],
        {"decided": "2020-01-13", "revised": "2024-10-14", "valid_until": "2026-10-13",
         "owner": "Verksamhetsutvecklare"}),
    C("ikrafttradande-docx", "docx", [
        "Beslutsdatum: 2024-10-28", "Ikraftträdande: 2025-01-01", "Giltig till: 2027-12-31",
        "Ansvarig funktion: Enhetschef boendestöd", "Ersätter: Riktlinje boendestöd 2021"],
        {"decided": "2024-10-28", "valid_from": "2025-01-01", "valid_until": "2027-12-31",
         "owner": "Enhetschef boendestöd", "replaces": "Riktlinje boendestöd 2021"}),
    C("title-then-fields-pdf", "pdf", [
        "Dokumenttyp: Rutin", "Beslutad av: Förvaltningsledningen", "Beslutad: 2024-04-22",
        "Gäller till: 2026-04-21", "Dokumentansvarig: Säkerhetssamordnare", "Dnr: SN 2024/0113"],
        {"decided_by": "Förvaltningsledningen", "decided": "2024-04-22", "valid_until": "2026-04-21",
         "owner": "Säkerhetssamordnare"}),
    C("nothing-stated-md", "md", ["Version 2", "Målgrupp: Handläggare inom IFO"], {}),
    C("only-owner-txt", "txt", ["Dokumentansvarig: Enhetschef öppenvård"], {"owner": "Enhetschef öppenvård"}),
    C("placeholders-md", "md", [
        "Beslutad: 2024-03-18", "Gäller till: –", "Dokumentansvarig: …", "Ersätter: -"],
        {"decided": "2024-03-18"}),
    C("datum-only-docx", "docx", ["Datum: 2024-08-19", "Ansvarig: Enhetschef barn och unga"],
        {"decided": "2024-08-19", "owner": "Enhetschef barn och unga"}),
    C("upprattad-av-not-owner-txt", "txt", [
        "Upprättad av: Anna Andersson, utvecklingsledare", "Upprättad: 2024-02-02", "Fastställd: 2024-03-01",
        "Gäller tills vidare"],
        {"created": "2024-02-02", "decided": "2024-03-01", "valid_until": "tillsvidare"}),
    C("person-owner-md", "md", [
        "Beslutad: 2025-06-16", "Dokumentansvarig: Karin Lindqvist, enhetschef", "Gäller till: 2027-06-15"],
        {"decided": "2025-06-16", "owner": "Karin Lindqvist, enhetschef", "valid_until": "2027-06-15"}),
    C("inline-several-fields-txt", "txt", [
        "Beslutad: 2024-05-13 Gäller till: 2026-05-12 Dokumentansvarig: Enhetschef"],
        {"decided": "2024-05-13", "valid_until": "2026-05-12", "owner": "Enhetschef"}),
    C("inline-no-colons-pdf", "pdf", [
        "Fastställd 2023-12-11 Gäller till 2025-12-10", "Dokumentägare Socialchef"],
        {"decided": "2023-12-11", "valid_until": "2025-12-10", "owner": "Socialchef"}),
    C("beslutsinstans-md", "md", [
        "Beslutsinstans: Socialnämnden", "Datum för beslut: 2024-09-24", "Gäller från och med: 2024-10-01",
        "Gäller längst till: 2026-09-30", "Dokumentansvar: Socialchef"],
        {"decided_by": "Socialnämnden", "decided": "2024-09-24", "valid_from": "2024-10-01",
         "valid_until": "2026-09-30", "owner": "Socialchef"}),
    C("senast-reviderad-docx", "docx", [
        "Fastställd av: Socialchef", "Fastställd: 2021-05-03", "Senast reviderad: 2024-11-11",
        "Giltig till: 2026-11-10", "Innehållsansvarig: Enhetschef utredning"],
        {"decided_by": "Socialchef", "decided": "2021-05-03", "revised": "2024-11-11",
         "valid_until": "2026-11-10", "owner": "Enhetschef utredning"}),
    # -- tables: label and value side by side ------------------------------------------------------------
    C("table-pairs-docx", "docx", [
        ["Beslutad", "2024-01-10"], ["Gäller till", "2025-09-01"], ["Dokumentansvarig", "Verksamhetsutvecklare"],
        ["Beslutad av", "Socialnämnden"]],
        {"decided": "2024-01-10", "valid_until": "2025-09-01", "owner": "Verksamhetsutvecklare",
         "decided_by": "Socialnämnden"}, layout="table"),
    C("table-pairs-colon-md", "md", [
        ["Beslutsdatum:", "2024-04-08"], ["Giltig till:", "2026-04-07"], ["Dokumentägare:", "Enhetschef IFO"]],
        {"decided": "2024-04-08", "valid_until": "2026-04-07", "owner": "Enhetschef IFO"}, layout="table"),
    C("table-four-cells-docx", "docx", [
        ["Beslutad", "2023-06-12", "Gäller till", "2025-06-11"],
        ["Dokumentansvarig", "Enhetschef försörjningsstöd", "Beslutad av", "IFO-chef"]],
        {"decided": "2023-06-12", "valid_until": "2025-06-11", "owner": "Enhetschef försörjningsstöd",
         "decided_by": "IFO-chef"}, layout="table"),
    C("table-columns-docx", "docx", [
        ["Beslutsdatum", "Gäller till", "Dokumentansvarig"], ["2024-02-26", "2026-02-25", "Enhetschef mottagning"]],
        {"decided": "2024-02-26", "valid_until": "2026-02-25", "owner": "Enhetschef mottagning"}, layout="table"),
    C("table-columns-with-dnr-md", "md", [
        ["Dnr", "Fastställd", "Giltig t.o.m.", "Ansvarig"], ["SN 2024/77", "2024-03-25", "2026-03-24", "MAS"]],
        {"decided": "2024-03-25", "valid_until": "2026-03-24", "owner": "MAS"}, layout="table"),
    C("table-cells-label-colon-value-docx", "docx", [
        ["Beslutad: 2024-12-16", "Gäller till: 2026-12-15"], ["Dokumentansvarig: Enhetschef", "Ersätter: Rutin 2022"]],
        {"decided": "2024-12-16", "valid_until": "2026-12-15", "owner": "Enhetschef", "replaces": "Rutin 2022"},
        layout="table"),
    C("table-month-year-tillsvidare-docx", "docx", [
        ["Beslutad", "april 2024"], ["Gäller", "Tillsvidare"], ["Ägare", "Avdelningschef"]],
        {"decided": "2024-04-01", "valid_until": "tillsvidare", "owner": "Avdelningschef"}, layout="table"),
    C("history-table-not-metadata-docx", "docx", [
        ["Version", "Datum", "Ändring", "Av"], ["1.0", "2019-02-01", "Ny rutin", "AA"],
        ["2.0", "2023-03-01", "Revidering", "BB"]],
        {"revised": "2023-03-01"}, layout="table"),  # a change log: its latest row is a revision (session 16)
    # -- the Word header part ----------------------------------------------------------------------------
    C("word-header-lines-docx", "docx", [
        "Exempelby kommun · Socialförvaltningen", "Beslutad: 2024-05-27", "Gäller till: 2026-05-26",
        "Dokumentansvarig: Enhetschef vuxen"],
        {"decided": "2024-05-27", "valid_until": "2026-05-26", "owner": "Enhetschef vuxen"}, layout="header-part"),
    C("word-header-table-docx", "docx", [
        ["Socialförvaltningen", "Rutin", "Dnr SN 2024/12"],
        ["Beslutad: 2024-06-24", "Gäller till: 2026-06-23", "Dokumentansvarig: Socialchef"]],
        {"decided": "2024-06-24", "valid_until": "2026-06-23", "owner": "Socialchef"}, layout="header-part"),
    C("word-header-columns-docx", "docx", [
        ["Beslutsdatum", "Giltig till", "Dokumentägare"], ["2025-01-20", "2027-01-19", "Områdeschef"]],
        {"decided": "2025-01-20", "valid_until": "2027-01-19", "owner": "Områdeschef"}, layout="header-part"),
    C("word-header-tillsvidare-docx", "docx", [
        ["Dokumentet beslutades den:", "2024-09-02"], ["Dokumentet gäller tillsvidare", ""],
        ["Dokumentansvarig är:", "Verksamhetsutvecklare"]],
        {"decided": "2024-09-02", "valid_until": "tillsvidare", "owner": "Verksamhetsutvecklare"},
        layout="header-part"),
    # -- PDF boxes ---------------------------------------------------------------------------------------
    C("pdf-box-columns", "pdf", [
        ["Beslutsdatum", "Gäller till", "Dokumentansvarig"], ["2024-01-10", "2025-12-31", "Enhetschef IFO"]],
        {"decided": "2024-01-10", "valid_until": "2025-12-31", "owner": "Enhetschef IFO"}, layout="box"),
    C("pdf-box-pairs", "pdf", [
        ["Beslutad:", "2024-07-01"], ["Gäller till:", "2026-06-30"], ["Ansvarig:", "Enhetschef familjerätt"]],
        {"decided": "2024-07-01", "valid_until": "2026-06-30", "owner": "Enhetschef familjerätt"}, layout="box"),
    C("pdf-box-inline-cells", "pdf", [
        ["Beslutad: 2024-08-26", "Gäller till: 2026-08-25"], ["Dokumentansvarig: Socialchef", "Dnr: SN 2024/301"]],
        {"decided": "2024-08-26", "valid_until": "2026-08-25", "owner": "Socialchef"}, layout="box"),
    C("pdf-running-box", "pdf", [
        ["Beslutad: 2023-09-04", "Gäller till: 2025-09-03"], ["Dokumentansvarig: Enhetschef vuxen", "Sid"]],
        {"decided": "2023-09-04", "valid_until": "2025-09-03", "owner": "Enhetschef vuxen"}, layout="header-part"),
    C("pdf-running-lines", "pdf", [
        "Exempelby kommun", "Beslutsdatum 2024-10-07 · Gäller till 2026-10-06", "Ansvarig: MAS"],
        {"decided": "2024-10-07", "valid_until": "2026-10-06", "owner": "MAS"}, layout="header-part"),
    C("pdf-lines-next-line", "pdf", [
        "Dokumentet beslutades den:", "2024-01-10", "Dokumentet gäller till den:", "2025-09-01",
        "Dokumentansvarig är:", "Verksamhetsutvecklare", "Dokumentet uppdaterat:", "2024-03-11"],
        {"decided": "2024-01-10", "valid_until": "2025-09-01", "owner": "Verksamhetsutvecklare",
         "revised": "2024-03-11"}),
    C("pdf-month-year-box", "pdf", [
        ["Fastställd", "Giltig till", "Ägare"], ["november 2024", "november 2026", "Socialchef"]],
        {"decided": "2024-11-01", "valid_until": "2026-11-30", "owner": "Socialchef"}, layout="box"),
    # -- shapes met in the municipal evaluation sources ----------------------------------------------------
    C("decided-and-rev-one-line-txt", "txt", [
        "Vuxenenheten, missbruk och beroende", "Beslutad 2024-03-12, rev. 2025-06-01",
        "Dokumentansvarig: Enhetschef vuxenenheten"],
        {"decided": "2024-03-12", "revised": "2025-06-01", "owner": "Enhetschef vuxenenheten"}),
    C("title-joined-to-fields-md", "md", [
        "Enheten för ekonomiskt bistånd", "Dokumentet beslutades den 2024-01-10", "Gäller till: 2027-06-30",
        "Dokumentansvarig är: Enhetschef mottagningen", "Dnr SN 2024/0012"],
        {"decided": "2024-01-10", "valid_until": "2027-06-30", "owner": "Enhetschef mottagningen"}),
    C("owner-then-tills-vidare-md", "md", [
        "Rev. datum 2025-02-01", "Dokumentansvarig är: 1:e socialsekreterare försörjningsstöd",
        "Gäller tills vidare"],
        {"revised": "2025-02-01", "owner": "1:e socialsekreterare försörjningsstöd", "valid_until": "tillsvidare"}),
    C("updated-month-only-md", "md", ["Introduktion – Vuxenenheten", "Senast uppdaterad 2024-02"],
        {"revised": "2024-02-01"}),
    # -- shapes of real municipal templates: compound labels, periods on one line, review dates --------------
    C("slash-owner-period-one-line-md", "md", [
        "Process-/dokumentansvarig: Utvecklingsledare IFO", "Beslutsdatum 2024-02-01",
        "Gäller från och med 2024-03-01 till och med 2026-02-28"],
        {"owner": "Utvecklingsledare IFO", "decided": "2024-02-01", "valid_from": "2024-03-01",
         "valid_until": "2026-02-28"}),
    C("period-abbreviated-one-line-txt", "txt", [
        "Fastställd av socialnämnden 2023-05-16 § 45", "Gäller fr.o.m. 2023-06-01 t.o.m. 2025-05-31",
        "Revideringsansvarig: Enhetschef hemtjänst"],
        {"decided": "2023-05-16", "decided_by": "socialnämnden", "valid_from": "2023-06-01",
         "valid_until": "2025-05-31", "owner": "Enhetschef hemtjänst"}),
    C("table-columns-label-datum-docx", "docx", [
        ["Dokumenttyp", "Fastställd av", "Fastställd datum", "Gäller till"],
        ["Rutin", "Socialchef", "2023-01-15", "2026-01-15"]],
        {"decided_by": "Socialchef", "decided": "2023-01-15", "valid_until": "2026-01-15"}, layout="table"),
    C("review-by-instead-of-validity-pdf", "pdf", [
        "Beslutad: 2023-09-01", "Revideras senast: 2025-08-31", "Ansvarig för revidering: Utvecklingsledare"],
        {"decided": "2023-09-01", "valid_until": "2025-08-31", "owner": "Utvecklingsledare"}),
    C("next-revision-beside-validity-md", "md", [
        "Nästa revidering: 2026-06-30", "Giltig till: 2027-06-30", "Senast granskad: 2025-06-12"],
        {"valid_until": "2027-06-30", "revised": "2025-06-12"}),
    C("next-revision-beside-tills-vidare-txt", "txt", [
        "Dokumentet gäller tills vidare", "Uppföljning/revidering senast: 2026-04-30",
        "Dokumentägare: Enhetschef LSS"],
        {"valid_until": "tillsvidare", "owner": "Enhetschef LSS"}),
    C("start-then-tills-vidare-md", "md", [
        "Gäller: 2024-01-01 – tills vidare", "Dokumentansvarig: Enhetschef daglig verksamhet"],
        {"valid_from": "2024-01-01", "valid_until": "tillsvidare", "owner": "Enhetschef daglig verksamhet"}),
    C("tills-vidare-from-start-pdf", "pdf", [
        "Beslutad av: Socialnämnden", "Giltighetstid: Tillsvidare från 2023-04-01"],
        {"decided_by": "Socialnämnden", "valid_from": "2023-04-01", "valid_until": "tillsvidare"}),
    C("genitive-labels-years-md", "md", [
        "Rutinens giltighetstid: 2025–2027", "Rutinägare: Enhetschef socialpsykiatri", "Beslutsnivå: Förvaltningschef"],
        {"valid_from": "2025-01-01", "valid_until": "2027-12-31", "owner": "Enhetschef socialpsykiatri",
         "decided_by": "Förvaltningschef"}),
    C("responsible-unit-table-docx", "docx", [
        ["Dokumentets giltighet", "tills vidare"], ["Ansvarig enhet", "Mottagningsenheten"], ["Beslutad", "2024-10-01"]],
        {"valid_until": "tillsvidare", "owner": "Mottagningsenheten", "decided": "2024-10-01"}, layout="table"),
    # -- a header table flattened: its cells run together on one line with no colons, as a PDF converted to
    # text (or a Word table read as text) leaves them; labels carry a note of what to fill in ("(datum och av
    # vem)") and fields this module does not read stand between ("Process", "Handläggare", "Gäller för") ------
    C("flattened-header-table-txt", "txt", [
        "Ansvarig för rutin Enhetschef Stöd och omsorg Upprättad (och datum) Utvecklingsledare 2021-03-02 "
        "Beslutad (datum och av vem) 2021-04-12 Socialförvaltningens ledningsgrupp Reviderad (datum och av vem) "
        "2023-01-15 MAS Process Trygghetslarm Giltig till och med 2025-12-31"],
        {"owner": "Enhetschef Stöd och omsorg", "created": "2021-03-02", "decided": "2021-04-12",
         "decided_by": "Socialförvaltningens ledningsgrupp", "revised": "2023-01-15", "valid_until": "2025-12-31"}),
    C("flattened-document-card-txt", "txt", [
        "Dokumentrubrik Fallprevention i särskilt boende Sida 1(3) Dokumenttyp Rutin Fastställt 2022-05-10 "
        "Diarienr / Dokumentnr / Version SN 2022/113 / 2 Handläggare Karin Ström Giltigt till och med 2026-05-31 "
        "Reviderat 2024-05-02 Processägare Medicinskt ansvarig sjuksköterska Fastställare Socialchef Per Lind "
        "Gäller för Särskilt boende"],
        {"decided": "2022-05-10", "valid_until": "2026-05-31", "revised": "2024-05-02",
         "owner": "Medicinskt ansvarig sjuksköterska", "decided_by": "Socialchef Per Lind"}),
    C("table-cells-without-colons-pdf", "pdf", [
        ["Ansvarig för rutin", "Enhetschef hemtjänst", "Upprättad (och datum)", "2021-03-02"],
        ["Beslutad (datum och av vem)", "2021-04-12 Socialnämnden", "Reviderad (datum)", "2023-01-15"],
        ["Process", "Trygghetslarm", "Giltig till och med", "2025-12-31"]],
        {"owner": "Enhetschef hemtjänst", "created": "2021-03-02", "decided": "2021-04-12",
         "decided_by": "Socialnämnden", "revised": "2023-01-15", "valid_until": "2025-12-31"}, layout="box"),
    C("antagen-av-senast-uppdaterad-md", "md", [
        "Socialförvaltningen", "inom hemtjänsten, Exempelby kommun",
        "Antagen av Socialförvaltningens ledningsgrupp 2019-02-20 Senast uppdaterad 2024-09-03"],
        {"decided": "2019-02-20", "decided_by": "Socialförvaltningens ledningsgrupp", "revised": "2024-09-03"}),
    # -- the statements at the end of the document, or after a title page --------------------------------
    C("end-lines-md", "md", [
        "Fastställd av: Socialnämnden", "Beslutsdatum: 2024-06-11", "Gäller till: 2026-06-30",
        "Dokumentansvarig: Enhetschef barn och unga"],
        {"decided_by": "Socialnämnden", "decided": "2024-06-11", "valid_until": "2026-06-30",
         "owner": "Enhetschef barn och unga"}, layout="end"),
    C("end-lines-txt", "txt", ["Beslutad 2023-02-14", "Gäller tills vidare", "Ansvarig: MAS"],
        {"decided": "2023-02-14", "valid_until": "tillsvidare", "owner": "MAS"}, layout="end"),
    C("end-lines-docx", "docx", ["Dokumentet beslutades den: 2024-09-02", "Revideras senast: 2026-09-01",
                                 "Dokumentägare: Verksamhetschef LSS"],
        {"decided": "2024-09-02", "valid_until": "2026-09-01", "owner": "Verksamhetschef LSS"}, layout="end"),
    C("end-lines-pdf", "pdf", ["Beslutsdatum: 2025-01-20", "Giltig t.o.m. 2027-01-19", "Processägare: Socialchef"],
        {"decided": "2025-01-20", "valid_until": "2027-01-19", "owner": "Socialchef"}, layout="end"),
    C("cover-page-pdf", "pdf", ["Beslutad av: Socialnämnden 2024-03-19", "Gäller till: 2026-03-31",
                                "Dokumentansvarig: Avdelningschef IFO"],
        {"decided_by": "Socialnämnden", "decided": "2024-03-19", "valid_until": "2026-03-31",
         "owner": "Avdelningschef IFO"}, layout="cover"),
    C("validity-years-from-decision-docx", "docx", [
        "Giltighetstid: 2 år från beslutsdatum", "Beslutsdatum: 2024-05-20", "Ansvarig: MAS"],
        {"decided": "2024-05-20", "valid_until": "2026-05-20", "owner": "MAS"}),
    C("pdf-nothing-stated", "pdf", ["Exempelby kommun", "Socialförvaltningen"], {}),
]


# -- writing the files ------------------------------------------------------------------------------------


def _rows(case: Case) -> list[list[str]]:
    return [row if isinstance(row, list) else [row] for row in case.header]


def _md(case: Case) -> str:
    out = [f"# {case.title}", ""]
    if case.layout == "table":
        rows = _rows(case)
        out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    elif case.layout != "end":
        out += [line + "  " for line in case.header]
    out.append("")
    for kind, text in BODY:
        out += [f"## {text}" if kind == "h" else text, ""]
    if case.layout == "end":
        out += ["## Dokumentinformation", "", *(line + "  " for line in case.header), ""]
    return "\n".join(out)


def _txt(case: Case) -> str:
    out = [case.title, "", *([] if case.layout == "end" else case.header), ""]
    for kind, text in BODY:
        out += [text.upper() if kind == "h" else text, ""]
    if case.layout == "end":
        out += ["DOKUMENTINFORMATION", "", *case.header, ""]
    return "\n".join(out)


def _docx(case: Case) -> bytes:
    from docx import Document

    document = Document()
    if case.layout == "header-part":
        part = document.sections[0].header
        if any(isinstance(row, list) for row in case.header):
            rows = _rows(case)
            table = part.add_table(rows=len(rows), cols=max(map(len, rows)), width=document.sections[0].page_width)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:
            part.paragraphs[0].text = case.header[0]
            for line in case.header[1:]:
                part.add_paragraph(line)
    document.add_heading(case.title, level=1)
    if case.layout == "table":
        rows = _rows(case)
        table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    elif case.layout not in ("header-part", "end"):
        for line in case.header:
            document.add_paragraph(line)
    for kind, text in BODY:
        if kind == "h":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    if case.layout == "end":
        document.add_heading("Dokumentinformation", level=2)
        for line in case.header:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf(case: Case) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(candidate).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", candidate))
            font = "DejaVu"
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    width, height = A4

    def box(y: float) -> float:
        rows = _rows(case)
        columns = max(map(len, rows))
        cell = (width - 100) / columns
        for row in rows:
            for c, text in enumerate(row):
                page.rect(50 + c * cell, y - 5, cell, 16)
                page.drawString(54 + c * cell, y, text)
            y -= 16
        return y - 14

    def lines(y: float) -> float:
        for line in case.header:
            page.drawString(50, y, line)
            y -= 14
        return y - 10

    def wrap(text: str, size: float) -> list[str]:
        words, out_lines, line = text.split(), [], ""
        for word in words:
            trial = f"{line} {word}".strip()
            if pdfmetrics.stringWidth(trial, font, size) > width - 100:
                out_lines.append(line)
                line = word
            else:
                line = trial
        return out_lines + [line]

    running = case.layout == "header-part"
    for number in (1, 2, 3):
        page.setFont(font, 9)
        y = height - 40
        if running:
            y = box(y) if any(isinstance(row, list) for row in case.header) else lines(y)
        page.drawString(width - 100, 30, f"Sid {number} ({3})")
        if number == 1:
            if case.layout == "box":
                y = box(y)
            page.setFont(font, 16)
            page.drawString(50, y - 10, case.title)
            y -= 36
            page.setFont(font, 10)
            if case.layout == "lines":
                y = lines(y)
            if case.layout == "cover":  # a title page: the municipality's name, nothing else
                page.drawString(50, y, "Exempelby kommun, Socialförvaltningen")
                page.showPage()
                continue
        if number == 2 and case.layout == "cover":
            page.setFont(font, 10)
            y = lines(y)
        for kind, text in BODY:
            if kind == "h":
                page.setFont(font, 12)
                page.drawString(50, y, text)
                y -= 20
                page.setFont(font, 10)
            else:
                for line in wrap(text, 10):
                    page.drawString(50, y, line)
                    y -= 13
                y -= 8
        if number == 3 and case.layout == "end":
            page.setFont(font, 12)
            page.drawString(50, y, "Dokumentinformation")
            page.setFont(font, 10)
            y = lines(y - 20)
        page.showPage()
    page.save()
    return out.getvalue()


def build(case: Case, folder: Path) -> Path:
    """Write the case's document into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{case.id}.{case.format}"
    if case.format == "md":
        path.write_text(_md(case), encoding="utf-8")
    elif case.format == "txt":
        path.write_text(_txt(case), encoding="utf-8")
    elif case.format == "docx":
        path.write_bytes(_docx(case))
    elif case.format == "pdf":
        path.write_bytes(_pdf(case))
    else:
        raise ValueError(case.format)
    return path


def found_fields(metadata: dict) -> dict:
    """The metadata in the corpus's terms: indefinitely is a value of valid_until."""
    out = {f: metadata.get(f) for f in FIELDS}
    if metadata.get("valid_indefinitely") and not out["valid_until"]:
        out["valid_until"] = "tillsvidare"
    return out


def same(expected, got) -> bool:
    if expected is None or got is None:
        return expected is got
    return " ".join(str(expected).split()).casefold() == " ".join(str(got).split()).casefold()
