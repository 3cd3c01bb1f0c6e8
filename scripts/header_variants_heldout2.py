"""Held-out set 2: document headers of Swedish municipal routine documents, with their gold values.

36 cases (9 each in md, txt, docx and pdf) imitating how municipalities and regions head their
styrdokument: rutiner, riktlinjer, instruktioner, processbeskrivningar, lokala rutiner and checklistor
in socialtjänst, IFO, äldreomsorg, LSS, kommunal hälso- och sjukvård (MAS/MAR) and HR/arbetsmiljö.
The shapes include "Dokumentinformation" tables, label rows with their values in the row under,
Word page headers, PDF boxes, cover pages, values on the line under their label, decision lines
with body, date and paragraph, revision histories, review dates without a stated validity, and
validity given as a duration or as "tills vidare", mixed with noise fields (Dnr, Version,
Dokumenttyp, Målgrupp, Gäller för, Upprättad av, Granskad av, Handläggare, Kontaktperson, ...).

A helper wrote this set in session 16 without reading the reader's code or the other case sets
(only the ``Case`` definition, the shared body and the file writers in header_variants.py).
It is a held-out set: it is measured, never tuned on.
"""
from header_variants import Case

C = Case
CASES: list[Case] = [
    # ------------------------------------------------------------------ md (9)
    C("heldout2-md-ifo-orosanmalan", "md", [
        "Socialförvaltningen, Individ- och familjeomsorgen",
        "Dokumenttyp: Rutin",
        "Beslutad av: Socialnämnden",
        "Beslutsdatum: 2024-02-21",
        "Dnr: SN 2024/0087",
        "Dokumentansvarig: Enhetschef barn och unga",
        "Gäller till: 2026-02-28",
    ], {"decided": "2024-02-21", "decided_by": "Socialnämnden", "owner": "Enhetschef barn och unga",
        "valid_until": "2026-02-28"},
        title="Rutin för handläggning av orosanmälningar"),

    C("heldout2-md-bistand-beslutsrad", "md", [
        "Dnr VON 2023/312",
        "Beslutad av vård- och omsorgsnämnden 2023-11-28, § 112",
        "Gäller från och med 2024-01-01",
        "Ersätter: Riktlinje för ekonomiskt bistånd, beslutad 2019-12-17 § 145",
        "Ansvarig för dokumentet: Avdelningschef IFO",
        "Revideras senast: 2025-12-31",
    ], {"decided": "2023-11-28", "decided_by": "vård- och omsorgsnämnden", "valid_from": "2024-01-01",
        "replaces": "Riktlinje för ekonomiskt bistånd, beslutad 2019-12-17 § 145",
        "owner": "Avdelningschef IFO", "valid_until": "2025-12-31"},
        title="Riktlinje för handläggning av ekonomiskt bistånd"),

    C("heldout2-md-mas-varde-under", "md", [
        "**Fastställd av**",
        "Förvaltningschef socialförvaltningen",
        "**Fastställd**",
        "12 mars 2024",
        "**Dokumentägare**",
        "Medicinskt ansvarig sjuksköterska (MAS)",
        "**Giltig till**",
        "Tills vidare",
        "**Version**",
        "3.0",
    ], {"decided_by": "Förvaltningschef socialförvaltningen", "decided": "2024-03-12",
        "owner": "Medicinskt ansvarig sjuksköterska (MAS)", "valid_until": "tillsvidare"},
        title="Rutin för läkemedelshantering i ordinärt boende"),

    C("heldout2-md-hemtjanst-manad", "md", [
        "Hemtjänsten Norra området – lokal rutin",
        "Framtagen: januari 2023",
        "Upprättad av: Samordnare Lisa Berg",
        "Senast reviderad: oktober 2024",
        "Ansvarig: Enhetschef hemtjänst Norra",
        "Nästa revidering: oktober 2025",
    ], {"created": "2023-01-01", "revised": "2024-10-01", "owner": "Enhetschef hemtjänst Norra",
        "valid_until": "2025-10-31"},
        title="Lokal rutin för nyckelhantering i hemtjänsten"),

    C("heldout2-md-lss-dokumentinformation", "md", [
        ["Dokumentinformation", ""],
        ["Dokumenttyp", "Riktlinje"],
        ["Fastställd av", "Omsorgsnämnden"],
        ["Fastställd datum", "2023-06-14, § 58"],
        ["Gäller fr.o.m.", "2023-07-01"],
        ["Gäller t.o.m.", "2025-06-30"],
        ["Dokumentansvarig", "Verksamhetschef LSS"],
        ["Målgrupp", "Personal inom LSS-verksamheten"],
        ["Ersätter", "Riktlinje för boendestöd 2020"],
    ], {"decided_by": "Omsorgsnämnden", "decided": "2023-06-14", "valid_from": "2023-07-01",
        "valid_until": "2025-06-30", "owner": "Verksamhetschef LSS", "replaces": "Riktlinje för boendestöd 2020"},
        layout="table", title="Riktlinje för handläggning av insatser enligt LSS"),

    C("heldout2-md-mar-radpar", "md", [
        ["Dokumentnamn", "Dokumenttyp", "Fastställd", "Reviderad", "Dokumentansvarig"],
        ["Rehabilitering och hjälpmedel", "Rutin", "2022-09-05", "", "MAR"],
        ["Fastställd av", "Gäller för", "Giltig till", "Dnr", "Version"],
        ["Socialchef", "Särskilt boende", "2024-09-05", "", "1.0"],
    ], {"decided": "2022-09-05", "owner": "MAR", "decided_by": "Socialchef", "valid_until": "2024-09-05"},
        layout="table", title="Rutin för rehabilitering och hjälpmedel i särskilt boende"),

    C("heldout2-md-lexsarah-period", "md", [
        ["Uppgift", "Beskrivning"],
        ["Dokument", "Instruktion"],
        ["Beslutsinstans", "Förvaltningschef"],
        ["Beslutsdatum", "2024-04-02"],
        ["Giltighetstid", "2024-05-01 – 2026-04-30"],
        ["Processägare", "Avdelningschef Vård och omsorg"],
        ["Upprättad av", "Kvalitetsutvecklare Sara Nilsson"],
        ["Granskad av", "MAS"],
    ], {"decided_by": "Förvaltningschef", "decided": "2024-04-02", "valid_from": "2024-05-01",
        "valid_until": "2026-04-30", "owner": "Avdelningschef Vård och omsorg"},
        layout="table", title="Instruktion för avvikelsehantering i lex Sarah-ärenden"),

    C("heldout2-md-sip-duration-end", "md", [
        "Dokumenttyp: Rutin",
        "Antagen av: Socialnämnden, 2023-03-22, § 41",
        "Giltighetstid: 2 år från beslut",
        "Dokumentägare: Socialchef",
        "Kontaktperson: Utvecklingsledare Johan Ek",
        "Dnr: SN 2023/0211",
    ], {"decided_by": "Socialnämnden", "decided": "2023-03-22", "valid_until": "2025-03-22",
        "owner": "Socialchef"},
        layout="end", title="Rutin för samordnad individuell plan (SIP)"),

    C("heldout2-md-dodsfall-end", "md", [
        "Upprättad: 2021-08-16",
        "Fastställd: 2021-09-01",
        "Fastställd av: Verksamhetschef äldreomsorg",
        "Reviderad: 2022-05-03, 2024-06-10",
        "Dokumentansvarig: Enhetschef Solgårdens vård- och omsorgsboende",
        "Gäller: Tills vidare",
    ], {"created": "2021-08-16", "decided": "2021-09-01", "decided_by": "Verksamhetschef äldreomsorg",
        "revised": "2024-06-10", "owner": "Enhetschef Solgårdens vård- och omsorgsboende",
        "valid_until": "tillsvidare"},
        layout="end", title="Rutin vid dödsfall på vård- och omsorgsboende"),

    # ------------------------------------------------------------------ txt (9)
    C("heldout2-txt-lss-medel-brevhuvud", "txt", [
        "LERUMS KOMMUN                                        RUTIN",
        "Sektor Social omsorg                                 Sida 1(6)",
        "Dnr: SO 2024/56",
        "Fastställd av sektorchef 2024-01-15",
        "Giltig t.o.m. 2025-12-31",
        "Dokumentansvarig: Verksamhetsutvecklare, sektor Social omsorg",
    ], {"decided_by": "sektorchef", "decided": "2024-01-15", "valid_until": "2025-12-31",
        "owner": "Verksamhetsutvecklare, sektor Social omsorg"},
        title="Rutin för hantering av enskildas medel i LSS-boende"),

    C("heldout2-txt-delegering-kolumner", "txt", [
        "Fastställd                Gäller från               Gäller till",
        "2023-12-12                2024-01-01                Tillsvidare",
        "",
        "Beslutad av               Dokumentansvarig",
        "Vård- och omsorgsnämnden  MAS",
    ], {"decided": "2023-12-12", "valid_from": "2024-01-01", "valid_until": "tillsvidare",
        "decided_by": "Vård- och omsorgsnämnden", "owner": "MAS"},
        title="Riktlinje för delegering av hälso- och sjukvårdsuppgifter"),

    C("heldout2-txt-lvm-textdatum", "txt", [
        "Socialtjänsten, Vuxenenheten",
        "Rutin – version 2",
        "Fastställd: 5 mars 2024",
        "Fastställd av: Socialchef Maria Holm",
        "Gäller till och med: 31 december 2026",
        "Handläggare: Socialsekreterare Erik Sand",
        "Processägare: Enhetschef vuxenenheten",
    ], {"decided": "2024-03-05", "decided_by": "Socialchef Maria Holm", "valid_until": "2026-12-31",
        "owner": "Enhetschef vuxenenheten"},
        title="Rutin för handläggning av ärenden enligt LVM"),

    C("heldout2-txt-forsorjningsstod-oversyn", "txt", [
        "Styrdokument: Instruktion",
        "Beslutsinstans: Socialnämndens arbetsutskott",
        "Beslutad: 2022-10-19, § 87",
        "Senast reviderad: 2024-01-30",
        "Översyn senast: 2025-10-19",
        "Innehållsansvarig: Enhetschef försörjningsstöd",
        "Sekretess: Nej",
    ], {"decided_by": "Socialnämndens arbetsutskott", "decided": "2022-10-19", "revised": "2024-01-30",
        "valid_until": "2025-10-19", "owner": "Enhetschef försörjningsstöd"},
        title="Instruktion för utbetalning av försörjningsstöd"),

    C("heldout2-txt-checklista-status", "txt", [
        "Kungsbacka kommun | Förvaltningen för Vård & Omsorg",
        "CHECKLISTA",
        "Status: Fastställd",
        "Version: 1.2",
        "Ansvarig: Avdelningschef Hemtjänst & Hemsjukvård",
        "Fastställd: 2023-05-08",
        "Fastställd av: Förvaltningschef Vård & Omsorg",
        "Gäller fr.o.m.: 2023-06-01",
        "Ersätter: Checklista introduktion nyanställda, version 1.1",
    ], {"owner": "Avdelningschef Hemtjänst & Hemsjukvård", "decided": "2023-05-08",
        "decided_by": "Förvaltningschef Vård & Omsorg", "valid_from": "2023-06-01",
        "replaces": "Checklista introduktion nyanställda, version 1.1"},
        title="Checklista för introduktion av nyanställda i hemtjänsten"),

    C("heldout2-txt-hr-rehab", "txt", [
        "HR-avdelningen, Kommunledningsförvaltningen",
        "Skapad: 2020-02-11",
        "Upprättad av: HR-konsult Anders Lind",
        "Granskad av: Arbetsmiljösamordnare",
        "Beslutad av: Personaldirektör",
        "Datum för beslut: 2020-03-02",
        "Giltighetsperiod: 2020-03-02 – 2023-03-01",
        "Reviderad: 2022-04-20",
        "Dokumentägare: HR-chef",
    ], {"created": "2020-02-11", "decided_by": "Personaldirektör", "decided": "2020-03-02",
        "valid_from": "2020-03-02", "valid_until": "2023-03-01", "revised": "2022-04-20", "owner": "HR-chef"},
        title="Rutin för rehabilitering och återgång i arbete"),

    C("heldout2-txt-mar-revisionshistorik-end", "txt", [
        "Fastställd av: MAS/MAR",
        "Fastställd: 2019-11-14",
        "Dokumentansvarig: Medicinskt ansvarig för rehabilitering (MAR)",
        "",
        "Revisionshistorik",
        "Version  Datum       Ändring                               Ändrad av",
        "1.0      2019-11-14  Ny rutin                              MAR",
        "1.1      2021-02-03  Förtydligat ansvar för förskrivning   MAR",
        "2.0      2023-10-19  Omarbetad efter ny organisation       MAS/MAR",
    ], {"decided_by": "MAS/MAR", "decided": "2019-11-14",
        "owner": "Medicinskt ansvarig för rehabilitering (MAR)", "revised": "2023-10-19"},
        layout="end", title="Rutin för förskrivning av personliga hjälpmedel"),

    C("heldout2-txt-familjehem-meningar-end", "txt", [
        "Beslutad av kommunstyrelsens individutskott den 14 september 2023, § 102.",
        "Dokumentet gäller tills vidare.",
        "Ska ses över senast: 2025-09-30",
        "Ansvarig för dokumentet: Chef för individ- och familjeomsorgen",
        "Dnr: KS 2023/0456",
    ], {"decided_by": "kommunstyrelsens individutskott", "decided": "2023-09-14", "valid_until": "tillsvidare",
        "owner": "Chef för individ- och familjeomsorgen"},
        layout="end", title="Riktlinje för placering av barn och unga i familjehem"),

    C("heldout2-txt-korttid-brand-end", "txt", [
        "Dokumenttyp: Lokal instruktion",
        "Gäller för: Korttidsboendet Björken",
        "Giltig: 2024-01-01 – 2024-12-31",
        "Beslutsfattare: Enhetschef korttidsboende",
        "Beslutsdatum: 2023-12-04",
        "Ersätter: Lokal instruktion 2023",
        "Kontaktperson: Sjuksköterska Eva Ström",
    ], {"valid_from": "2024-01-01", "valid_until": "2024-12-31", "decided_by": "Enhetschef korttidsboende",
        "decided": "2023-12-04", "replaces": "Lokal instruktion 2023"},
        layout="end", title="Lokal instruktion för brandskydd på korttidsboendet"),

    # ------------------------------------------------------------------ docx (9)
    C("heldout2-docx-klagomal-tvakolumn", "docx", [
        ["Dokumentnamn", "Rutin för hantering av synpunkter och klagomål"],
        ["Dokumenttyp", "Rutin"],
        ["Fastställd av", "Socialnämnden"],
        ["Datum för fastställande", "2024-03-20 § 29"],
        ["Gäller från", "2024-04-01"],
        ["Gäller till", "Tills vidare, dock med översyn senast 2026-04-01"],
        ["Dokumentansvarig", "Avdelningschef Stöd och service"],
        ["Dnr", "SN 2024/33"],
    ], {"decided_by": "Socialnämnden", "decided": "2024-03-20", "valid_from": "2024-04-01",
        "valid_until": "tillsvidare", "owner": "Avdelningschef Stöd och service"},
        layout="table", title="Rutin för hantering av synpunkter och klagomål"),

    C("heldout2-docx-trycksar-radpar", "docx", [
        ["Fastställd av", "Datum", "Dokumentansvarig", "Gäller till"],
        ["Förvaltningschef", "2023-09-11", "Verksamhetschef hälso- och sjukvård", "2025-09-11"],
        ["Upprättad av", "Granskad av", "Version", "Ersätter"],
        ["Sjuksköterska Anna Pettersson", "MAS", "2.1", "Version 2.0"],
    ], {"decided_by": "Förvaltningschef", "decided": "2023-09-11", "owner": "Verksamhetschef hälso- och sjukvård",
        "valid_until": "2025-09-11", "replaces": "Version 2.0"},
        layout="table", title="Rutin för trycksårsprevention"),

    C("heldout2-docx-sabo-revisionstabell", "docx", [
        ["Dokumentinformation", "", ""],
        ["Beslutad av", "Vård- och omsorgsnämnden", ""],
        ["Beslutad", "2021-04-27, § 45", ""],
        ["Dokumentägare", "Förvaltningschef Vård- och omsorgsförvaltningen", ""],
        ["Revisionshistorik", "", ""],
        ["Datum", "Version", "Ändring"],
        ["2022-03-15", "1.1", "Nya kontaktuppgifter"],
        ["2023-11-07", "1.2", "Anpassning till nya föreskrifter"],
        ["2024-08-22", "2.0", "Omarbetad efter ny organisation"],
    ], {"decided_by": "Vård- och omsorgsnämnden", "decided": "2021-04-27",
        "owner": "Förvaltningschef Vård- och omsorgsförvaltningen", "revised": "2024-08-22"},
        layout="table", title="Riktlinje för bostad med särskild service för äldre"),

    C("heldout2-docx-mottagning-sidhuvud", "docx", [
        "Tjörns kommun – Socialförvaltningen",
        "RUTIN\tDnr SOC 2023/117\tSida 1(4)",
        "Fastställd: 2023-10-02\tFastställd av: Socialchef",
        "Dokumentansvarig: Enhetschef mottagningen\tRevideras senast: 2024-10-02",
    ], {"decided": "2023-10-02", "decided_by": "Socialchef", "owner": "Enhetschef mottagningen",
        "valid_until": "2024-10-02"},
        layout="header-part", title="Rutin för mottagning och förhandsbedömning av anmälningar"),

    C("heldout2-docx-hemtjanst-sidhuvudtabell", "docx", [
        ["Halmstads kommun", "Socialförvaltningen", "Riktlinje"],
        ["Beslutad av: Socialnämnden", "Beslutsdatum: 2022-12-13", "Dnr: SN 2022/1203"],
        ["Ansvarig: Socialchef", "Gäller t.o.m.: 2026-12-31", "Sida 1 av 5"],
    ], {"decided_by": "Socialnämnden", "decided": "2022-12-13", "owner": "Socialchef",
        "valid_until": "2026-12-31"},
        layout="header-part", title="Riktlinje för hemtjänst enligt socialtjänstlagen"),

    C("heldout2-docx-mtp-sidhuvud-radpar", "docx", [
        ["Dokumenttyp", "Fastställd av", "Fastställd", "Senast reviderad", "Revideras senast"],
        ["Instruktion", "Verksamhetschef HSL", "2020-06-01", "2024-02-12", "2026-02-12"],
        ["Dokumentägare", "Upprättad av", "Dnr", "Version", "Sida"],
        ["MAS", "Leg. sjuksköterska Pia Ek", "", "4", "1(3)"],
    ], {"decided_by": "Verksamhetschef HSL", "decided": "2020-06-01", "revised": "2024-02-12",
        "valid_until": "2026-02-12", "owner": "MAS"},
        layout="header-part", title="Instruktion för hantering av medicintekniska produkter"),

    C("heldout2-docx-lss-processbeskrivning", "docx", [
        "Socialförvaltningen | Stöd och omsorg",
        "Processbeskrivning",
        "Antagen av: Socialnämnden 2024-09-18 § 97",
        "Gäller: 2024-10-01 – 2027-09-30",
        "Processägare: Verksamhetschef Stöd och omsorg",
        "Målgrupp: Handläggare och utförare inom LSS",
        "Version: 1.0",
    ], {"decided_by": "Socialnämnden", "decided": "2024-09-18", "valid_from": "2024-10-01",
        "valid_until": "2027-09-30", "owner": "Verksamhetschef Stöd och omsorg"},
        title="Processbeskrivning för handläggning och verkställighet av LSS-insatser"),

    C("heldout2-docx-vald-varde-under-end", "docx", [
        "Beslutad av",
        "Kommunfullmäktige",
        "Beslutsdatum och paragraf",
        "2019-06-17 § 88",
        "Reviderad",
        "2023-05-22",
        "Dokumentansvarig",
        "Socialchef",
        "Gäller till",
        "2027-06-30",
        "Diarienummer",
        "KS 2019/245",
    ], {"decided_by": "Kommunfullmäktige", "decided": "2019-06-17", "revised": "2023-05-22",
        "owner": "Socialchef", "valid_until": "2027-06-30"},
        layout="end", title="Riktlinje mot våld i nära relationer"),

    C("heldout2-docx-hsl-samverkan-end", "docx", [
        "Framtagen av: Arbetsgrupp med representanter från hemtjänst och hemsjukvård",
        "Framtagen: 2024-01-22",
        "Fastställd: 2024-02-05",
        "Fastställd av: Avdelningschef äldreomsorg",
        "Dokumentägare: Avdelningschef äldreomsorg",
        "Giltighetstid: Två år från fastställandet",
        "Sekretess: Ingen",
    ], {"created": "2024-01-22", "decided": "2024-02-05", "decided_by": "Avdelningschef äldreomsorg",
        "owner": "Avdelningschef äldreomsorg", "valid_until": "2026-02-05"},
        layout="end", title="Rutin för samverkan mellan hemtjänst och kommunal hemsjukvård"),

    # ------------------------------------------------------------------ pdf (9)
    C("heldout2-pdf-umgange-ruta", "pdf", [
        ["Beslutad av", "Socialnämnden"],
        ["Beslutad", "2023-04-25, § 52"],
        ["Dokumentansvarig", "Avdelningschef Barn och familj"],
        ["Gäller till", "2025-04-30"],
        ["Dnr", "SN 2023/98"],
    ], {"decided_by": "Socialnämnden", "decided": "2023-04-25", "owner": "Avdelningschef Barn och familj",
        "valid_until": "2025-04-30"},
        layout="box", title="Rutin för umgängesstöd och kontaktperson för barn"),

    C("heldout2-pdf-bbic-ruta-radpar", "pdf", [
        ["Fastställd", "Fastställd av", "Reviderad", "Gäller t.o.m."],
        ["2022-11-08", "Socialchef", "2024-05-14", "2026-11-08"],
        ["Ansvarig", "Upprättad av", "Dnr", "Version"],
        ["Enhetschef IFO", "Socialsekreterare", "", "3"],
    ], {"decided": "2022-11-08", "decided_by": "Socialchef", "revised": "2024-05-14",
        "valid_until": "2026-11-08", "owner": "Enhetschef IFO"},
        layout="box", title="Rutin för utredning av barn och unga enligt BBIC"),

    C("heldout2-pdf-hotvald-ruta-celler", "pdf", [
        ["Ale kommun, Sektor arbete, trygghet och omsorg"],
        ["Dokumenttyp: Riktlinje", "Dnr: KS.2023.412"],
        ["Antagen av: Kommunstyrelsen", "Antagen: maj 2023"],
        ["Giltighetstid: 2023-06-01 – 2025-05-31", "Version: 1"],
        ["Dokumentägare: Sektorchef", "Målgrupp: Alla medarbetare"],
    ], {"decided_by": "Kommunstyrelsen", "decided": "2023-05-01", "valid_from": "2023-06-01",
        "valid_until": "2025-05-31", "owner": "Sektorchef"},
        layout="box", title="Riktlinje för hot och våld i arbetet"),

    C("heldout2-pdf-gruppbostad-lopande", "pdf", [
        "Örebro kommun | Vård- och omsorgsförvaltningen",
        "Lokal rutin | Fastställd 2024-06-03 av verksamhetschef | Gäller tills vidare",
        "Ansvarig: Enhetschef Ängens gruppbostad | Senast reviderad 2025-01-20",
    ], {"decided": "2024-06-03", "decided_by": "verksamhetschef", "valid_until": "tillsvidare",
        "owner": "Enhetschef Ängens gruppbostad", "revised": "2025-01-20"},
        layout="header-part", title="Lokal rutin för hantering av brukares privata medel i gruppbostad"),

    C("heldout2-pdf-palliativ-lopande-ruta", "pdf", [
        ["Fastställd av", "Omsorgsnämnden", "Fastställd", "2021-03-01"],
        ["Dokumentansvarig", "MAS", "Reviderad", "2023-08-30"],
        ["Ersätter", "Version 1", "Nästa revidering", "2025-08-30"],
    ], {"decided_by": "Omsorgsnämnden", "decided": "2021-03-01", "owner": "MAS", "revised": "2023-08-30",
        "replaces": "Version 1", "valid_until": "2025-08-30"},
        layout="header-part", title="Rutin för vak och palliativ vård i livets slutskede"),

    C("heldout2-pdf-bistand-omslag", "pdf", [
        "Socialförvaltningen, Avdelningen Arbete och försörjning",
        "Dokumenttyp: Riktlinje",
        "Beslutad av: Socialnämnden",
        "Beslutsdatum: 26 oktober 2022, § 118",
        "Giltig från: 1 januari 2023",
        "Giltig till: 31 december 2025",
        "Dokumentansvarig: Avdelningschef Arbete och försörjning",
    ], {"decided_by": "Socialnämnden", "decided": "2022-10-26", "valid_from": "2023-01-01",
        "valid_until": "2025-12-31", "owner": "Avdelningschef Arbete och försörjning"},
        layout="cover", title="Riktlinje för ekonomiskt bistånd till hushåll"),

    C("heldout2-pdf-daglig-verksamhet-omslag", "pdf", [
        "Styrdokument – Instruktion",
        "Upprättad: 2023-02-14",
        "Upprättad av: Enhetschef Karl Åberg",
        "Beslutsinstans: Verksamhetschef funktionsstöd",
        "Beslutad: 2023-03-01",
        "Giltighetstid: 3 år från beslut",
        "Senast ändrad: 2024-11-11",
        "Ansvarig: Enhetschef daglig verksamhet",
        "Gäller för: Daglig verksamhet enligt LSS",
    ], {"created": "2023-02-14", "decided_by": "Verksamhetschef funktionsstöd", "decided": "2023-03-01",
        "valid_until": "2026-03-01", "revised": "2024-11-11", "owner": "Enhetschef daglig verksamhet"},
        layout="cover", title="Instruktion för genomförandeplaner i daglig verksamhet"),

    C("heldout2-pdf-aldreomsorg-beslutsrad", "pdf", [
        "Dnr SN 2020/140",
        "Fastställd av socialnämnden 2020-05-19, § 61. Reviderad 2022-06-21, § 70.",
        "Gäller för: Myndighetsutövning inom äldreomsorgen",
        "Dokumentansvarig: Verksamhetschef myndighet",
        "Revideras senast: 2024-06-30",
    ], {"decided_by": "socialnämnden", "decided": "2020-05-19", "revised": "2022-06-21",
        "owner": "Verksamhetschef myndighet", "valid_until": "2024-06-30"},
        title="Riktlinje för handläggning av insatser inom äldreomsorgen"),

    C("heldout2-pdf-lakemedelsavvikelse-end", "pdf", [
        "Dokumentansvarig: MAS",
        "Fastställd av: Chef för vård och omsorg",
        "Fastställd: 2018-04-09",
        "Gäller till: Tills vidare",
        "Versionshistorik",
        "Datum        Version   Ändring",
        "2024-12-02   4.0       Ny struktur, nya länkar",
        "2022-01-17   3.0       Uppdaterad enligt nya föreskrifter",
        "2020-03-30   2.0       Förtydliganden om ansvar",
        "2018-04-09   1.0       Ny rutin",
    ], {"owner": "MAS", "decided_by": "Chef för vård och omsorg", "decided": "2018-04-09",
        "valid_until": "tillsvidare", "revised": "2024-12-02"},
        layout="end", title="Rutin för hantering av läkemedelsavvikelser"),
]
