"""Tuning set 3: forty routine-document headers in the shapes Swedish municipal and regional templates use.

A helper wrote this set in session 16 without reading the header reader's code or any of the other
header-variant sets (only the ``Case`` definition, the shared body and the file writers in
header_variants.py). It is a TUNING set: use it to adjust the reader, not to report held-out quality.

The cases lean away from the plain "Label: value" list: exports from document-management systems
(DocPlus-style label rows, Stratsys, Platina, Evolution, Centuri, Ciceron), kvalitetsledningssystem
headers, MAS/MAR instructions, riktlinjer adopted by a nämnd, letterheads with a bare date, two fields
on one line, label/value pairs in four-column rows, revision histories (newest first and newest last),
many spellings of fr.o.m./t.o.m., Swedish month names, month-only dates, validity as a range, as a
duration or as "tills vidare", review dates standing in for a missing end of validity, and noise
fields (Dnr, Version, Revisionsnr, Dokument-id, Sida, Målgrupp, Gäller för, Författare, Upprättad av,
Granskad av, Handläggare, Kontaktperson, Sekretess, Status, Process, Ansvarig nämnd) that must not be read.

Ten cases per format (md, txt, docx, pdf); ids start with "tune3-".
"""
from header_variants import Case

C = Case
CASES: list[Case] = [
    # ------------------------------------------------------------------ md
    C("tune3-md-docplus-label-row", "md", [
        ["Dokumentnamn", "Dokumenttyp", "Fastställd av", "Giltig fr o m", "Giltig t o m", "Dokumentägare",
         "Författare", "Revisionsnr"],
        ["Rutin för läkemedelshantering i hemtjänst", "Rutin", "Medicinskt ansvarig sjuksköterska",
         "2024-02-01", "2026-01-31", "Verksamhetschef hemtjänst", "Karin Ek, MAS", "3"],
    ], {"decided_by": "Medicinskt ansvarig sjuksköterska", "valid_from": "2024-02-01",
        "valid_until": "2026-01-31", "owner": "Verksamhetschef hemtjänst"},
      layout="table", title="Rutin för läkemedelshantering i hemtjänst"),

    C("tune3-md-stratsys-duration", "md", [
        "Styrdokument – Rutin",
        "Dokumentansvarig: Enhetschef myndighetsutövning äldreomsorg",
        "Beslutad av: Förvaltningschef socialförvaltningen",
        "Beslutsdatum: 12 mars 2024",
        "Giltighetstid: 2 år från beslutsdatum",
        "Gäller för: Biståndshandläggare inom äldreomsorgen",
        "Dokument-id: STR-4471",
    ], {"owner": "Enhetschef myndighetsutövning äldreomsorg",
        "decided_by": "Förvaltningschef socialförvaltningen", "decided": "2024-03-12",
        "valid_until": "2026-03-12"},
      title="Rutin för handläggning av ansökan om särskilt boende"),

    C("tune3-md-namnd-antagen-dock-langst", "md", [
        "Riktlinje",
        "Antagen av vård- och omsorgsnämnden 2023-11-22 § 145, Dnr VON 2023/112",
        "Gäller från: 1 januari 2024",
        "Giltig t.o.m.: Tillsvidare, dock längst till 2027-12-31",
        "Ansvarig för dokumentet: Avdelningschef vård och omsorg",
        "Ersätter: Riktlinje för dokumentation inom vård och omsorg, VON 2019/87",
    ], {"decided": "2023-11-22", "decided_by": "vård- och omsorgsnämnden", "valid_from": "2024-01-01",
        "valid_until": "2027-12-31", "owner": "Avdelningschef vård och omsorg",
        "replaces": "Riktlinje för dokumentation inom vård och omsorg, VON 2019/87"},
      title="Riktlinje för social dokumentation inom vård och omsorg"),

    C("tune3-md-four-column-pairs", "md", [
        ["Dokumenttyp", "Rutin", "Dokument-id", "IFO-RUT-0112"],
        ["Fastställd", "2024-02-01", "Giltig t.o.m.", "2026-01-31"],
        ["Fastställd av", "Sektorschef IFO", "Dokumentägare", "Enhetschef försörjningsstöd"],
        ["Upprättad av", "Lina Sjöberg, utvecklare", "Version", "2.0"],
        ["Senast reviderad", "2024-01-18", "Sekretess", "Öppen"],
    ], {"decided": "2024-02-01", "valid_until": "2026-01-31", "decided_by": "Sektorschef IFO",
        "owner": "Enhetschef försörjningsstöd", "revised": "2024-01-18"},
      layout="table", title="Rutin för handläggning av försörjningsstöd"),

    C("tune3-md-end-revhist-newest-first", "md", [
        "Dokumenttyp: Rutin",
        "Fastställd av: Verksamhetschef LSS, 2022-09-05",
        "Dokumentansvarig: Enhetschef boendestöd",
        "Revideras senast: 2025-09-05",
        "Revisionshistorik",
        "Version  Datum       Ändring                            Ändrad av",
        "3.0      2024-04-22  Nytt avsnitt om genomförandeplan   Sara Holm",
        "2.0      2023-05-10  Uppdaterade kontaktuppgifter       Sara Holm",
        "1.0      2022-09-05  Ny rutin                           Per Lund",
    ], {"decided_by": "Verksamhetschef LSS", "decided": "2022-09-05", "owner": "Enhetschef boendestöd",
        "valid_until": "2025-09-05", "revised": "2024-04-22"},
      layout="end", title="Rutin för boendestöd enligt LSS"),

    C("tune3-md-ciceron-two-column", "md", [
        ["Styrdokument", "Riktlinje för handläggning av ekonomiskt bistånd"],
        ["Beslutsinstans", "Socialnämnden"],
        ["Beslutsdatum", "2024-01-24, § 9"],
        ["Diarienummer", "SN 2023/0456"],
        ["Gäller fr.o.m.", "2024-02-01"],
        ["Gäller t.o.m.", "2025-12-31"],
        ["Ersätter", "Riktlinje ekonomiskt bistånd, antagen 2021-12-15 § 180"],
        ["Handläggare", "Johan Öberg, socialsekreterare"],
        ["Dokumentansvarig", "Enhetschef ekonomiskt bistånd"],
    ], {"decided_by": "Socialnämnden", "decided": "2024-01-24", "valid_from": "2024-02-01",
        "valid_until": "2025-12-31", "replaces": "Riktlinje ekonomiskt bistånd, antagen 2021-12-15 § 180",
        "owner": "Enhetschef ekonomiskt bistånd"},
      layout="table", title="Riktlinje för handläggning av ekonomiskt bistånd"),

    C("tune3-md-letterhead-two-per-line", "md", [
        "Exempelby kommun    Socialförvaltningen    2024-03-04",
        "RUTIN",
        "Fastställd: 2024-02-01    Giltig t.o.m.: 2026-01-31",
        "Fastställd av: Socialchef    Dokumentägare: Enhetschef barn och unga",
        "Upprättad: 2023-12-12    Upprättad av: Mia Karlsson",
        "Dnr: SOC 2024/33    Version: 1",
    ], {"decided": "2024-02-01", "valid_until": "2026-01-31", "decided_by": "Socialchef",
        "owner": "Enhetschef barn och unga", "created": "2023-12-12"},
      title="Rutin för placering av barn i familjehem"),

    C("tune3-md-platina-range", "md", [
        ["Dokumenttyp", "Rutin"],
        ["Beslutat av", "Ledningsgruppen vård och omsorg"],
        ["Beslutsdatum", "2023-12-05"],
        ["Giltighetstid", "2024–2026"],
        ["Processägare", "Verksamhetschef särskilt boende"],
        ["Målgrupp", "Personal inom särskilt boende"],
        ["Status", "Gällande"],
    ], {"decided": "2023-12-05", "decided_by": "Ledningsgruppen vård och omsorg", "valid_from": "2024-01-01",
        "valid_until": "2026-12-31", "owner": "Verksamhetschef särskilt boende"},
      layout="table", title="Rutin för nattillsyn i särskilt boende"),

    C("tune3-md-mas-instruktion", "md", [
        "Medicinskt ansvarig sjuksköterska (MAS) – Instruktion",
        "Fastställd av MAS 2024-01-15",
        "Gäller fr o m 2024-02-01 och tills vidare",
        "Ansvarig: MAS",
        "Berörda verksamheter: Hemsjukvård, särskilt boende, korttidsboende",
        "Granskad av: MAR",
    ], {"decided": "2024-01-15", "decided_by": "MAS", "valid_from": "2024-02-01",
        "valid_until": "tillsvidare", "owner": "MAS"},
      title="Instruktion för delegering av hälso- och sjukvårdsuppgifter"),

    C("tune3-md-end-kvalitetsdokument", "md", [
        "Kvalitetsdokument: Rutin",
        "Process: Utreda och besluta",
        "Ansvarig nämnd: Socialnämnden",
        "Fastställd av: Verksamhetschef individ- och familjeomsorg",
        "Fastställd datum: 2024-05-20",
        "Nästa översyn: 2025-05-20",
        "Innehållsansvarig: Enhetschef utredning barn och unga",
        "Berörda verksamheter: Barn och unga, mottagningen",
    ], {"decided_by": "Verksamhetschef individ- och familjeomsorg", "decided": "2024-05-20",
        "valid_until": "2025-05-20", "owner": "Enhetschef utredning barn och unga"},
      layout="end", title="Rutin för förhandsbedömning av orosanmälan"),

    # ------------------------------------------------------------------ txt
    C("tune3-txt-evolution-tabbed", "txt", [
        "Dokumentnamn: Rutin för hantering av synpunkter och klagomål",
        "Dokumenttyp: Rutin\tDokument-id: EVO-2211",
        "Beslutad av: Socialnämndens arbetsutskott\tBeslutsdatum: 2023-10-17",
        "Gäller till: 2025-10-31",
        "Dokumentägare: Kvalitetsstrateg socialförvaltningen",
        "Senast ändrad: 2024-03-08\tÄndrad av: Elin Wik",
    ], {"decided_by": "Socialnämndens arbetsutskott", "decided": "2023-10-17", "valid_until": "2025-10-31",
        "owner": "Kvalitetsstrateg socialförvaltningen", "revised": "2024-03-08"},
      title="Rutin för hantering av synpunkter och klagomål"),

    C("tune3-txt-letterhead-month-names", "txt", [
        "EXEMPELBY KOMMUN | Vård- och omsorgsförvaltningen | 2024-02-14",
        "Rutin",
        "Beslutad av: Förvaltningschef Eva Lind",
        "Beslutad: 1 februari 2024",
        "Giltig fr.o.m.: 15 februari 2024",
        "Giltig t.o.m.: 31 december 2025",
        "Ansvarig: Enhetschef hemtjänst Norr",
        "Kontaktperson: Ulf Berg, kvalitetsutvecklare",
    ], {"decided_by": "Förvaltningschef Eva Lind", "decided": "2024-02-01", "valid_from": "2024-02-15",
        "valid_until": "2025-12-31", "owner": "Enhetschef hemtjänst Norr"},
      title="Rutin för nyckelhantering i hemtjänsten"),

    C("tune3-txt-month-only-dates", "txt", [
        "Riktlinje",
        "Antagen av: Vård- och omsorgsnämnden",
        "Antagen: feb 2024",
        "Giltig t o m: 2028-02",
        "Reviderad: –",
        "Dokumentägare: Socialchef",
        "Dnr: VON 2024/19",
    ], {"decided_by": "Vård- och omsorgsnämnden", "decided": "2024-02-01", "valid_until": "2028-02-29",
        "owner": "Socialchef"},
      title="Riktlinje för anhörigstöd"),

    C("tune3-txt-end-revhist-oldest-first", "txt", [
        "Dokumenttyp: Rutin",
        "Skapad: 2021-03-15",
        "Fastställd av: Enhetschef socialpsykiatri, 2024-06-14",
        "Giltig: Tills vidare",
        "Dokumentägare: Enhetschef socialpsykiatri",
        "Versionshistorik",
        "Version | Datum | Beskrivning",
        "1.0 | 2021-04-01 | Ny rutin",
        "1.1 | 2022-11-30 | Justerad efter lagändring",
        "2.0 | 2024-06-12 | Omarbetad, nytt avsnitt om samordnad individuell plan",
    ], {"created": "2021-03-15", "decided_by": "Enhetschef socialpsykiatri", "decided": "2024-06-14",
        "valid_until": "tillsvidare", "owner": "Enhetschef socialpsykiatri", "revised": "2024-06-12"},
      layout="end", title="Rutin för boendestöd inom socialpsykiatri"),

    C("tune3-txt-review-date-only", "txt", [
        "Socialförvaltningen, Exempelby kommun",
        "Instruktion",
        "Upprättad av: Maria Nilsson, socialsekreterare",
        "Upprättad: 2024-01-09",
        "Fastställd av: Enhetschef vuxen",
        "Fastställd: 2024-01-30",
        "Ska revideras senast: 2025-01-30",
        "Målgrupp: Handläggare vuxenenheten",
    ], {"created": "2024-01-09", "decided_by": "Enhetschef vuxen", "decided": "2024-01-30",
        "valid_until": "2025-01-30"},
      title="Instruktion för samordning vid missbruk"),

    C("tune3-txt-docplus-pipe-rows", "txt", [
        "Dokumentnamn | Dokumenttyp | Fastställd av | Giltig fr o m | Giltig t o m",
        "Rutin vid våld i nära relation | Rutin | Socialchef | 2024-04-01 | 2026-03-31",
        "Dokumentägare | Författare | Revisionsnr | Sida",
        "Enhetschef vuxen | Nora Ali | 4 | 1 av 4",
    ], {"decided_by": "Socialchef", "valid_from": "2024-04-01", "valid_until": "2026-03-31",
        "owner": "Enhetschef vuxen"},
      title="Rutin vid våld i nära relation"),

    C("tune3-txt-kvalitet-gäller-två-år", "txt", [
        "Kvalitetsdokument: Rutin",
        "Process: Verkställa insats",
        "Fastställd 2023-09-18 av verksamhetschef hemtjänst",
        "Gäller 2 år från fastställandet",
        "Processägare: Verksamhetschef hemtjänst",
        "Status: Fastställd",
    ], {"decided": "2023-09-18", "decided_by": "verksamhetschef hemtjänst", "valid_until": "2025-09-18",
        "owner": "Verksamhetschef hemtjänst"},
      title="Rutin för verkställighet av hemtjänstbeslut"),

    C("tune3-txt-end-namnd-dock-langst", "txt", [
        "Beslutsinstans: Socialnämnden",
        "Datum för beslut: 2022-12-14, § 201",
        "Dnr: SN 2022/311",
        "Giltighet: Tillsvidare, dock längst till 2026-12-31",
        "Revideras: Årligen",
        "Ansvarig för dokumentet: Socialchef",
        "Senast reviderad: 2024-01-10 (redaktionell ändring)",
    ], {"decided_by": "Socialnämnden", "decided": "2022-12-14", "valid_until": "2026-12-31",
        "owner": "Socialchef", "revised": "2024-01-10"},
      layout="end", title="Riktlinje för handläggning av LVU-ärenden"),

    C("tune3-txt-region-fom-tom", "txt", [
        "Region Exempel – Hälso- och sjukvårdsförvaltningen",
        "Vårdrutin",
        "Dokument-id: 09-4512    Version: 6",
        "Fastställd: 2024-02-20    Fastställd av: Verksamhetschef primärvård",
        "Giltigt f.o.m.: 2024-03-01    Giltigt t.o.m: 2025-02-28",
        "Dokumentansvarig: Kerstin Åberg",
        "Upprättare: Medicinskt sakkunnig",
    ], {"decided": "2024-02-20", "decided_by": "Verksamhetschef primärvård", "valid_from": "2024-03-01",
        "valid_until": "2025-02-28", "owner": "Kerstin Åberg"},
      title="Vårdrutin för samordnad vårdplanering"),

    C("tune3-txt-end-tillsvidare-and-review", "txt", [
        "Rutin",
        "Beslutad av: Enhetschef korttidsboende",
        "Beslutsdatum: 2024-04-03",
        "Gäller: tills vidare",
        "Nästa revidering: 2026-04-03",
        "Författare: Team korttid",
    ], {"decided_by": "Enhetschef korttidsboende", "decided": "2024-04-03", "valid_until": "tillsvidare"},
      layout="end", title="Rutin för in- och utskrivning på korttidsboende"),

    # ------------------------------------------------------------------ docx
    C("tune3-docx-docplus-label-row", "docx", [
        ["Dokumentnamn", "Dokumenttyp", "Fastställd av", "Giltig fr o m", "Giltig t o m", "Dokumentägare",
         "Författare", "Revisionsnr"],
        ["Rutin för avvikelsehantering enligt SoL", "Rutin", "Verksamhetschef äldreomsorg", "2024-03-01",
         "2027-02-28", "Kvalitetschef", "Lars Ek", "2"],
    ], {"decided_by": "Verksamhetschef äldreomsorg", "valid_from": "2024-03-01", "valid_until": "2027-02-28",
        "owner": "Kvalitetschef"},
      layout="table", title="Rutin för avvikelsehantering enligt SoL"),

    C("tune3-docx-header-part-grid", "docx", [
        ["Exempelby kommun", "Rutin", "Sida 1 av 4"],
        ["Socialförvaltningen", "Dnr SOC 2024/101", "Version 3"],
        ["Fastställd av: Socialchef", "Fastställd: 2024-01-22", "Giltig t.o.m.: 2026-01-22"],
        ["Dokumentägare: Enhetschef IFO vuxen", "Reviderad: 2024-01-15", ""],
    ], {"decided_by": "Socialchef", "decided": "2024-01-22", "valid_until": "2026-01-22",
        "owner": "Enhetschef IFO vuxen", "revised": "2024-01-15"},
      layout="header-part", title="Rutin för utredning av vuxna med missbruk"),

    C("tune3-docx-header-part-letterhead", "docx", [
        "Exempelby kommun • Vård- och omsorgsförvaltningen • 2024-05-06",
        "Riktlinje  |  Antagen av vård- och omsorgsnämnden 2024-04-24 § 52  |  Dnr VON 2024/77",
        "Gäller fr.o.m. 2024-05-01  |  Ses över senast 2026-04-30",
        "Dokumentansvarig: MAS",
    ], {"decided": "2024-04-24", "decided_by": "vård- och omsorgsnämnden", "valid_from": "2024-05-01",
        "valid_until": "2026-04-30", "owner": "MAS"},
      layout="header-part", title="Riktlinje för fallprevention"),

    C("tune3-docx-four-column-pairs", "docx", [
        ["Dokumenttyp", "Riktlinje", "Diarienummer", "SN 2023/245"],
        ["Beslutad av", "Socialnämnden", "Beslutsdatum", "2023-06-21, § 96"],
        ["Giltig från", "2023-07-01", "Giltig till", "2025-06-30"],
        ["Ansvarig", "Avdelningschef stöd och omsorg", "Kontaktperson", "Hanna Lundqvist"],
        ["Ersätter", "Riktlinje för boendestöd (2019)", "Sekretess", "Offentlig"],
    ], {"decided_by": "Socialnämnden", "decided": "2023-06-21", "valid_from": "2023-07-01",
        "valid_until": "2025-06-30", "owner": "Avdelningschef stöd och omsorg",
        "replaces": "Riktlinje för boendestöd (2019)"},
      layout="table", title="Riktlinje för boendestöd"),

    C("tune3-docx-table-revhist-newest-last", "docx", [
        ["Dokument", "Rutin för läkemedelsgenomgång", ""],
        ["Fastställd av", "Verksamhetschef hälso- och sjukvård", ""],
        ["Fastställd", "2022-05-02", ""],
        ["Revideras senast", "2025-05-02", ""],
        ["Dokumentägare", "MAS", ""],
        ["Revisionshistorik", "", ""],
        ["Datum", "Ändring", "Ändrad av"],
        ["2022-05-02", "Ny rutin", "MAS"],
        ["2023-03-14", "Tillägg om ordinationshandling", "MAS"],
        ["2024-08-19", "Uppdaterad hänvisning till HSLF-FS 2017:37", "MAR"],
    ], {"decided_by": "Verksamhetschef hälso- och sjukvård", "decided": "2022-05-02",
        "valid_until": "2025-05-02", "owner": "MAS", "revised": "2024-08-19"},
      layout="table", title="Rutin för läkemedelsgenomgång"),

    C("tune3-docx-table-empty-revised", "docx", [
        ["Dokumenttyp", "Rutin"],
        ["Upprättad", "2024-02-05"],
        ["Upprättad av", "Sofia Dahl, 1:e socialsekreterare"],
        ["Fastställd", "2024-02-26"],
        ["Fastställd av", "Enhetschef mottagning barn och unga"],
        ["Reviderad", ""],
        ["Giltig t o m", "Tills vidare"],
        ["Dokumentansvarig", "Enhetschef mottagning barn och unga"],
    ], {"created": "2024-02-05", "decided": "2024-02-26", "decided_by": "Enhetschef mottagning barn och unga",
        "valid_until": "tillsvidare", "owner": "Enhetschef mottagning barn och unga"},
      layout="table", title="Rutin för mottagande av orosanmälan"),

    C("tune3-docx-end-date-range", "docx", [
        "Beslutad av: Förvaltningschef Anna-Karin Persson",
        "Beslutsdatum: 2024-09-02",
        "Giltighetstid: 2024-09-02 – 2026-09-01",
        "Dokumentägare: Enhetschef Bostad med särskild service",
        "Dnr: SOF 2024/212",
        "Sida 4 av 4",
    ], {"decided_by": "Förvaltningschef Anna-Karin Persson", "decided": "2024-09-02",
        "valid_from": "2024-09-02", "valid_until": "2026-09-01",
        "owner": "Enhetschef Bostad med särskild service"},
      layout="end", title="Rutin för bostad med särskild service för vuxna"),

    C("tune3-docx-centuri-two-per-line", "docx", [
        "Exempelby kommun",
        "Socialförvaltningen",
        "Dokumenttyp: Rutin                                Dokumentnummer: RUT-SOC-087",
        "Fastställd datum: 2023-12-11                    Revisionsnr: 5",
        "Godkänd av: Ledningsgrupp socialförvaltningen",
        "Dokumentägare: Kvalitetsstrateg",
        "Gäller fr.o.m.: 2024-01-01  Gäller t.o.m.: 2025-12-31",
    ], {"decided": "2023-12-11", "decided_by": "Ledningsgrupp socialförvaltningen", "owner": "Kvalitetsstrateg",
        "valid_from": "2024-01-01", "valid_until": "2025-12-31"},
      title="Rutin för egenkontroll i socialförvaltningen"),

    C("tune3-docx-header-part-pairs", "docx", [
        ["Dokumentnamn", "Rutin vid utskrivning från slutenvård", "Dokument-id", "HS-2024-118"],
        ["Fastställt av", "Samverkansgrupp vård och omsorg", "Fastställt", "2024-03-27"],
        ["Giltigt fr o m", "2024-04-01", "Giltigt t o m", "2025-03-31"],
        ["Processägare", "Verksamhetschef hemsjukvård", "Sida", "1 av 3"],
    ], {"decided_by": "Samverkansgrupp vård och omsorg", "decided": "2024-03-27", "valid_from": "2024-04-01",
        "valid_until": "2025-03-31", "owner": "Verksamhetschef hemsjukvård"},
      layout="header-part", title="Rutin vid utskrivning från slutenvård"),

    C("tune3-docx-end-kf-policy", "docx", [
        "Antagen av: Kommunfullmäktige, 2023-06-12 § 88",
        "Ersätter: Policy för hälsa och trygghet i äldreomsorgen (KF 2018-05-28 § 61)",
        "Gäller för: Samtliga nämnder och bolag",
        "Ansvarig: Vård- och omsorgsnämnden",
        "Revideras senast: 2027-06-30",
        "Uppföljning: Årlig uppföljning i verksamhetsberättelsen",
    ], {"decided_by": "Kommunfullmäktige", "decided": "2023-06-12",
        "replaces": "Policy för hälsa och trygghet i äldreomsorgen (KF 2018-05-28 § 61)",
        "owner": "Vård- och omsorgsnämnden", "valid_until": "2027-06-30"},
      layout="end", title="Policy för trygg äldreomsorg"),

    # ------------------------------------------------------------------ pdf
    C("tune3-pdf-box-four-column-pairs", "pdf", [
        ["Dokumenttyp", "Rutin", "Dokument-id", "SOC-3391"],
        ["Fastställd av", "Socialchef", "Revisionsnr", "7"],
        ["Giltig fr o m", "2024-02-01", "Giltig t o m", "2026-01-31"],
        ["Dokumentägare", "Enhetschef ekonomi", "Författare", "Kim Nyberg"],
    ], {"decided_by": "Socialchef", "valid_from": "2024-02-01", "valid_until": "2026-01-31",
        "owner": "Enhetschef ekonomi"},
      layout="box", title="Rutin för utbetalning av ekonomiskt bistånd"),

    C("tune3-pdf-box-label-row", "pdf", [
        ["Fastställd", "Giltig t.o.m.", "Reviderad", "Dokumentägare", "Version"],
        ["2023-11-06", "2025-11-06", "2024-05-13", "MAS", "4.1"],
    ], {"decided": "2023-11-06", "valid_until": "2025-11-06", "revised": "2024-05-13", "owner": "MAS"},
      layout="box", title="Rutin för trycksårsprevention"),

    C("tune3-pdf-box-two-column-range", "pdf", [
        ["Beslutsinstans", "Vård- och omsorgsnämnden"],
        ["Beslutsdatum", "2024-02-28 § 31"],
        ["Giltighetstid", "2024-2027"],
        ["Dokumentansvarig", "Förvaltningschef vård och omsorg"],
        ["Ersätter", "Riktlinje för hemtjänst 2021-2023"],
        ["Dnr", "VON 2024/45"],
    ], {"decided_by": "Vård- och omsorgsnämnden", "decided": "2024-02-28", "valid_from": "2024-01-01",
        "valid_until": "2027-12-31", "owner": "Förvaltningschef vård och omsorg",
        "replaces": "Riktlinje för hemtjänst 2021-2023"},
      layout="box", title="Riktlinje för hemtjänst"),

    C("tune3-pdf-header-part-lines", "pdf", [
        "Exempelby kommun | Socialförvaltningen | Rutin",
        "Fastställd: 2024-06-10 | Fastställd av: Socialchef | Giltig t.o.m.: 2026-06-30",
        "Dokumentägare: Enhetschef familjehem | Dnr: SOC 2024/178",
    ], {"decided": "2024-06-10", "decided_by": "Socialchef", "valid_until": "2026-06-30",
        "owner": "Enhetschef familjehem"},
      layout="header-part", title="Rutin för rekrytering av familjehem"),

    C("tune3-pdf-header-part-box-month", "pdf", [
        ["Beslutad av", "Beslutad", "Gäller t o m"],
        ["Socialnämnden", "13 dec 2023", "dec 2025"],
        ["Dokumentägare", "Reviderad", "Dnr"],
        ["Socialchef", "", "SN 2023/501"],
    ], {"decided_by": "Socialnämnden", "decided": "2023-12-13", "valid_until": "2025-12-31",
        "owner": "Socialchef"},
      layout="header-part", title="Riktlinje för handläggning av serveringstillstånd"),

    C("tune3-pdf-cover-mas", "pdf", [
        "Instruktion från medicinskt ansvarig sjuksköterska",
        "Fastställd av MAS, 2 april 2024",
        "Giltig: 2024-04-15 t.o.m. 2026-04-14",
        "Innehållsansvarig: MAS/MAR",
        "Målgrupp: Legitimerad personal och omvårdnadspersonal",
        "Upprättad av: Camilla Strand, MAR",
    ], {"decided": "2024-04-02", "decided_by": "MAS", "valid_from": "2024-04-15", "valid_until": "2026-04-14",
        "owner": "MAS/MAR"},
      layout="cover", title="Instruktion för hantering av medicintekniska produkter"),

    C("tune3-pdf-cover-namnd", "pdf", [
        "Riktlinje för biståndsbedömning inom äldreomsorgen",
        "Antagen av äldrenämnden 2023-05-17, § 64",
        "Diarienummer: ÄN 2023/0088",
        "Gäller från 1 juli 2023 och tills vidare, dock längst till 30 juni 2027",
        "Dokumentägare: Äldreförvaltningen, avdelning myndighet",
        "Ersätter: Riktlinje för biståndsbedömning, ÄN 2020/0131",
    ], {"decided": "2023-05-17", "decided_by": "äldrenämnden", "valid_from": "2023-07-01",
        "valid_until": "2027-06-30", "owner": "Äldreförvaltningen, avdelning myndighet",
        "replaces": "Riktlinje för biståndsbedömning, ÄN 2020/0131"},
      layout="cover", title="Riktlinje för biståndsbedömning inom äldreomsorgen"),

    C("tune3-pdf-end-month-review", "pdf", [
        "Fastställd av: Enhetschef daglig verksamhet",
        "Fastställd: 2024-08-26",
        "Nästa översyn: mars 2026",
        "Dokumentägare: Verksamhetschef LSS",
        "Upprättad av: Jonas Ek",
    ], {"decided_by": "Enhetschef daglig verksamhet", "decided": "2024-08-26", "valid_until": "2026-03-31",
        "owner": "Verksamhetschef LSS"},
      layout="end", title="Rutin för daglig verksamhet enligt LSS"),

    C("tune3-pdf-lines-kvalitet-two-per-line", "pdf", [
        "Kvalitetsdokument – Rutin",
        "Process: Samordnad individuell plan (SIP)",
        "Ansvarig nämnd: Vård- och omsorgsnämnden",
        "Beslutad av: Verksamhetschef vård och omsorg    Beslutsdatum: 2024-01-29",
        "Giltig fr o m: 2024-02-01    Giltig t o m: 2025-01-31",
        "Processägare: Avdelningschef vård och omsorg",
        "Berörda verksamheter: Hemtjänst, hemsjukvård, socialpsykiatri",
    ], {"decided_by": "Verksamhetschef vård och omsorg", "decided": "2024-01-29", "valid_from": "2024-02-01",
        "valid_until": "2025-01-31", "owner": "Avdelningschef vård och omsorg"},
      title="Rutin för samordnad individuell plan"),

    C("tune3-pdf-lines-revhist-newest-first", "pdf", [
        "Rutin | Dokument-id: RUT-1187 | Version: 3",
        "Framtagen: 2022-02-14",
        "Fastställd av: Verksamhetschef hemsjukvård",
        "Fastställd: 2022-03-01",
        "Revideras senast: 2025-03-01",
        "Ansvarig: Enhetschef hemsjukvård Väster",
        "Revisionshistorik (senaste först)",
        "2024-09-30  v3  Uppdaterad efter ny ordinationsrutin",
        "2023-02-20  v2  Nya kontaktuppgifter",
        "2022-03-01  v1  Första version",
    ], {"created": "2022-02-14", "decided_by": "Verksamhetschef hemsjukvård", "decided": "2022-03-01",
        "valid_until": "2025-03-01", "owner": "Enhetschef hemsjukvård Väster", "revised": "2024-09-30"},
      title="Rutin för insulinbehandling i hemsjukvården"),
]
