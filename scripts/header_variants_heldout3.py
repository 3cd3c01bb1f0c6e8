"""Header cases, set 3, a HELD-OUT set: measured, never tuned on. A helper wrote it in session 17 without reading
the reader's code or the other sets.

A HELD-OUT set: report the reader's score on it, but do not change the reader to make these cases pass. It was
written the same way as header_variants_tune4.py: the helper read only scripts/header_variants.py (the ``Case``
record, the body and the file writers), drafted 64 cases as one pool (16 per format) from what Swedish municipal
routine headers look like in the wild, and split them by ``random.Random(17).shuffle`` per format: 10 to
header_variants_tune4.py, these 6 per format here. Fields not named in ``expected`` are expected absent.
"""
from header_variants import Case

C = Case
CASES: list[Case] = [
    C("heldout3-table-label-row-six-columns-md", "md", [
        ["Dokumenttyp", "Dokumentägare", "Beslutsorgan", "Fastställd", "Reviderad", "Version"],
        ["Rutin", "MAS", "Vård- och omsorgsnämnden", "2022-11-24", "2024-12-03", "3.0"]],
        {"owner": "MAS", "decided_by": "Vård- och omsorgsnämnden", "decided": "2022-11-24", "revised": "2024-12-03"},
        layout="table", title="Rutin för läkemedelshantering i ordinärt boende"),
    # a change log alone, newest row first: its latest date is the revision; "Ändrad av" is no owner
    C("heldout3-changelog-table-newest-first-md", "md", [
        ["Version", "Datum", "Ändring", "Ändrad av"], ["2.1", "2025-04-07", "Nytt avsnitt om samtycke", "LK"],
        ["2.0", "2023-10-02", "Anpassad till ny organisation", "LK"], ["1.0", "2021-05-17", "Ny rutin", "AB"]],
        {"revised": "2025-04-07"}, layout="table", title="Rutin för orosanmälan och förhandsbedömning"),
    # "Kontaktperson" is not the owner
    C("heldout3-typed-dates-fr-o-m-md", "md", [
        "Socialförvaltningen  1 (4)", "Beslutad: den 5:e mars 2024", "Beslutad av: Ledningsgruppen äldreomsorg",
        "Gäller fr o m: 1/4 2024", "Gäller t o m: 31/3 2026", "Kontaktperson: Maria Ek, utvecklingsledare"],
        {"decided": "2024-03-05", "decided_by": "Ledningsgruppen äldreomsorg", "valid_from": "2024-04-01",
         "valid_until": "2026-03-31"},
        title="Rutin vid utebliven insats i hemtjänsten"),
    C("heldout3-table-pairs-document-card-md", "md", [
        ["Rubrik", "Rutin för avvikelsehantering enligt lex Sarah"], ["Dokument-id", "SOC-RUT-0142"],
        ["Version", "4"], ["Beslutad av", "Socialchef"], ["Beslutad", "2024-10-21"], ["Gäller t.o.m.", "2026-10-20"],
        ["Ägare", "Kvalitetsutvecklare"], ["Ersätter", "SOC-RUT-0142 version 3"]],
        {"decided_by": "Socialchef", "decided": "2024-10-21", "valid_until": "2026-10-20",
         "owner": "Kvalitetsutvecklare", "replaces": "SOC-RUT-0142 version 3"},
        layout="table", title="Rutin för avvikelsehantering enligt lex Sarah"),
    C("heldout3-end-versionshistorik-oldest-first-md", "md", [
        "Fastställd 2021-09-06 av socialchef", "Versionshistorik", "1.0  2021-09-06  Ny rutin",
        "1.1  2022-10-03  Nya kontaktuppgifter", "2.0  2024-08-26  Revidering efter ny organisation",
        "Ansvarig: Enhetschef familjehem"],
        {"decided": "2021-09-06", "decided_by": "socialchef", "revised": "2024-08-26",
         "owner": "Enhetschef familjehem"},
        layout="end", title="Rutin för matchning och placering i familjehem"),
    # the replaced document's own decision date belongs to "Ersätter", not to this document
    C("heldout3-compact-dates-ersatter-dokument-md", "md", [
        "Diarienummer: VON 2023/412", "Beslutad: 20231120", "Beslutande: Verksamhetschef vård och omsorg",
        "Senast reviderad: 20250114", "Ersätter dokument: Rutin för trygghetslarm, beslutad 20190311"],
        {"decided": "2023-11-20", "decided_by": "Verksamhetschef vård och omsorg", "revised": "2025-01-14",
         "replaces": "Rutin för trygghetslarm, beslutad 20190311"},
        title="Rutin för trygghetslarm"),
    C("heldout3-aligned-pairs-txt", "txt", [
        "Dokumenttyp       Rutin", "Beslutsorgan      Socialnämnden", "Beslutsdatum      2024-04-23",
        "Giltig fr.o.m.    2024-05-01", "Giltig t.o.m.     2026-04-30",
        "Dokumentansvarig  Enhetschef ekonomiskt bistånd", "Diarienummer      SN 2024/156"],
        {"decided_by": "Socialnämnden", "decided": "2024-04-23", "valid_from": "2024-05-01",
         "valid_until": "2026-04-30", "owner": "Enhetschef ekonomiskt bistånd"},
        title="Rutin för hembesök inom ekonomiskt bistånd"),
    C("heldout3-prose-faststallts-ansvarig-ar-txt", "txt", [
        "Rutinen har fastställts av verksamhetschef för äldreomsorgen den 12 januari 2024 och gäller tills vidare.",
        "Ansvarig för rutinen är enhetschef för hemtjänst Centrum."],
        {"decided": "2024-01-12", "decided_by": "verksamhetschef för äldreomsorgen", "valid_until": "tillsvidare",
         "owner": "enhetschef för hemtjänst Centrum"},
        title="Rutin för hantering av enskildas privata medel"),
    # "Ses över årligen" and no other validity: by the set's convention the decision date plus one year
    C("heldout3-running-header-ses-over-arligen-txt", "txt", [
        "Socialförvaltningen                         Sida 1 (6)", "RUTIN",
        "Datum för fastställande: 2023-08-28", "Beslutsinstans: Socialchef", "Ses över årligen",
        "Processägare: Enhetschef socialpsykiatri"],
        {"decided": "2023-08-28", "decided_by": "Socialchef", "valid_until": "2024-08-28",
         "owner": "Enhetschef socialpsykiatri"},
        title="Rutin för boendestöd inom socialpsykiatrin"),
    C("heldout3-slash-dates-beslutad-av-txt", "txt", [
        "Rutin", "Beslutad av enhetschef 5/3 2024", "Gäller t.o.m. 4/3 2026",
        "Dok.ansvarig: Enhetschef dagverksamhet demens"],
        {"decided_by": "enhetschef", "decided": "2024-03-05", "valid_until": "2026-03-04",
         "owner": "Enhetschef dagverksamhet demens"},
        title="Rutin för dagverksamhet för personer med demenssjukdom"),
    C("heldout3-month-only-aktualitetsprovas-txt", "txt", [
        "Beslutad: mars 2024", "Aktualitetsprövas senast: mars 2026", "Dokumentägare: Socialchef"],
        {"decided": "2024-03-01", "valid_until": "2026-03-31", "owner": "Socialchef"},
        title="Rutin för samordnad individuell plan (SIP)"),
    C("heldout3-giltighetsperiod-beslutsfattare-txt", "txt", [
        "Giltighetsperiod: 2024-07-01 – 2025-06-30",
        "Beslutsfattare: Verksamhetschef individ- och familjeomsorg", "Beslutsdatum: 18 juni 2024",
        "Ersätter: Rutin för öppenvårdsinsatser 2022"],
        {"valid_from": "2024-07-01", "valid_until": "2025-06-30",
         "decided_by": "Verksamhetschef individ- och familjeomsorg", "decided": "2024-06-18",
         "replaces": "Rutin för öppenvårdsinsatser 2022"},
        title="Rutin för öppenvårdsinsatser för unga"),
    # the review date stands beside a stated validity, so the validity is valid_until
    C("heldout3-end-prose-decision-and-review-docx", "docx", [
        "Rutinen är fastställd av avdelningschef för funktionsstöd 2025-06-09 och gäller till och med 2027-06-08.",
        "Rutinen ska ses över av rutinansvarig senast 2027-03-31.",
        "Rutinansvarig: Enhetschef personlig assistans"],
        {"decided": "2025-06-09", "decided_by": "avdelningschef för funktionsstöd", "valid_until": "2027-06-08",
         "owner": "Enhetschef personlig assistans"},
        layout="end", title="Rutin för bemanning inom personlig assistans"),
    C("heldout3-end-faststalld-paragraf-giltig-range-docx", "docx", [
        "Dokumentnamn: Riktlinje för biståndsbedömning inom äldreomsorgen",
        "Fastställd av Socialnämnden 2024-09-26, § 102", "Giltig: 2024-10-01 – 2027-09-30",
        "Dokumentägare: Verksamhetschef myndighet", "Ersätter: Riktlinje för bistånd till äldre (SN 2020/66)"],
        {"decided_by": "Socialnämnden", "decided": "2024-09-26", "valid_from": "2024-10-01",
         "valid_until": "2027-09-30", "owner": "Verksamhetschef myndighet",
         "replaces": "Riktlinje för bistånd till äldre (SN 2020/66)"},
        layout="end", title="Riktlinje för biståndsbedömning inom äldreomsorgen"),
    C("heldout3-uppdaterad-month-kontaktperson-docx", "docx", [
        "Uppdaterad: maj 2025", "Ansvarig: Enhetschef arbetsmarknad", "Kontaktperson: Jonas Fors, arbetskonsulent",
        "Målgrupp: Handläggare försörjningsstöd och arbetsmarknadsenheten"],
        {"revised": "2025-05-01", "owner": "Enhetschef arbetsmarknad"},
        title="Rutin för samverkan mellan försörjningsstöd och arbetsmarknadsenheten"),
    C("heldout3-word-header-table-abbreviations-docx", "docx", [
        ["Dokumenttyp: Rutin", "Sida 1 av 3"], ["Fastst.: 2023-04-03", "Rev.: 2024-04-08"],
        ["Giltig t.o.m.: 2025-04-02", "Dok.ansvarig: Enhetschef bostad med särskild service"]],
        {"decided": "2023-04-03", "revised": "2024-04-08", "valid_until": "2025-04-02",
         "owner": "Enhetschef bostad med särskild service"},
        layout="header-part", title="Rutin för brandskydd i bostad med särskild service"),
    C("heldout3-prose-antagen-kommunstyrelsen-docx", "docx", [
        "Antagen av Kommunstyrelsen den 4 december 2023, § 210.", "Gäller från den 1 januari 2024.",
        "Dokumentansvarig: Socialchef"],
        {"decided": "2023-12-04", "decided_by": "Kommunstyrelsen", "valid_from": "2024-01-01", "owner": "Socialchef"},
        title="Riktlinje för anhörigstöd"),
    C("heldout3-word-header-pipes-beslutad-av-docx", "docx", [
        "Exempelby kommun | Socialförvaltningen | Dok-id 2231 | Version 5",
        "Beslutad 2024-01-29 av socialchef | Gäller t.o.m. 2026-01-28 | Ägare: Enhetschef familjebehandling"],
        {"decided": "2024-01-29", "decided_by": "socialchef", "valid_until": "2026-01-28",
         "owner": "Enhetschef familjebehandling"},
        layout="header-part", title="Rutin för familjebehandling på uppdrag av myndighetsutövningen"),
    C("heldout3-cover-paragraf-start-tills-vidare-pdf", "pdf", [
        "Beslutsorgan: Socialnämnden", "Beslutsdatum: 2024-05-28, § 61",
        "Giltighetstid: 2024-07-01 – tills vidare", "Dokumentansvarig: Socialchef",
        "Ersätter: Riktlinje för handläggning av ärenden enligt SoL, 2018"],
        {"decided_by": "Socialnämnden", "decided": "2024-05-28", "valid_from": "2024-07-01",
         "valid_until": "tillsvidare", "owner": "Socialchef",
         "replaces": "Riktlinje för handläggning av ärenden enligt SoL, 2018"},
        layout="cover", title="Riktlinje för handläggning och dokumentation inom äldreomsorgen"),
    # a box of label rows each followed by its value row
    C("heldout3-box-alternating-rows-pdf", "pdf", [
        ["Dokumenttyp", "Fastställd", "Fastställd av", "Dnr"], ["Rutin", "2024-12-09", "Socialchef", "SOC 2024/712"],
        ["Dokumentansvarig", "Giltig t.o.m.", "Version", "Sida"],
        ["Enhetschef IFO vuxen", "2026-12-08", "1.0", "1 (3)"]],
        {"decided": "2024-12-09", "decided_by": "Socialchef", "owner": "Enhetschef IFO vuxen",
         "valid_until": "2026-12-08"},
        layout="box", title="Rutin för utredning av missbruk och beroende"),
    C("heldout3-box-pairs-hr-personalutskott-pdf", "pdf", [
        ["Dokumenttyp", "Rutin"], ["Beslutsinstans", "Personalutskottet"], ["Beslutad", "2023-11-14"],
        ["Gäller", "Tillsvidare"], ["Ansvarig", "HR-chef"], ["Ersätter", "Rutin vid kränkande särbehandling 2019"]],
        {"decided_by": "Personalutskottet", "decided": "2023-11-14", "valid_until": "tillsvidare",
         "owner": "HR-chef", "replaces": "Rutin vid kränkande särbehandling 2019"},
        layout="box", title="Rutin vid kränkande särbehandling, trakasserier och sexuella trakasserier"),
    C("heldout3-versionshistorik-aligned-newest-first-pdf", "pdf", [
        "Dokumentansvarig: Verksamhetsutvecklare äldreomsorg", "Versionshistorik",
        "Version  Datum       Beskrivning", "3.0      2025-08-25  Anpassad till ny socialtjänstlag",
        "2.0      2023-09-04  Nya blanketter", "1.0      2021-01-18  Första versionen"],
        {"owner": "Verksamhetsutvecklare äldreomsorg", "revised": "2025-08-25"},
        title="Rutin för genomförandeplaner i hemtjänsten"),
    C("heldout3-abbrev-month-dates-pdf", "pdf", [
        "Socialförvaltningen  1 (3)", "Datum för fastställande: 14 nov. 2024", "Fastställd av: Socialnämnden",
        "Gäller t.o.m.: 13 nov. 2026", "Ansvarig för dokumentet: Enhetschef myndighet LSS"],
        {"decided": "2024-11-14", "decided_by": "Socialnämnden", "valid_until": "2026-11-13",
         "owner": "Enhetschef myndighet LSS"},
        title="Rutin för handläggning av ansökan om daglig verksamhet"),
    # "två år från beslut": the decision date plus two years, same day
    C("heldout3-running-lines-two-years-pdf", "pdf", [
        "Vård och omsorg   Rutin   Sida 1 av 3", "Beslutad: 2024-08-12   Giltighetstid: två år från beslut",
        "Processägare: Verksamhetschef hemtjänst"],
        {"decided": "2024-08-12", "valid_until": "2026-08-12", "owner": "Verksamhetschef hemtjänst"},
        layout="header-part", title="Rutin för larmhantering nattetid"),
]
