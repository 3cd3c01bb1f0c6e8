"""Header cases, set 4, a TUNING set: a helper wrote it in session 17 without reading the reader's code
or the other sets.

A TUNING set: the reader may be adjusted against these cases. The helper read only scripts/header_variants.py (the
``Case`` record, the body and the file writers) and wrote the headers from what Swedish municipal routine documents
look like in the wild: Word page headers, PDF boxes and cover pages, label rows over value rows, fields after the
body, decisions stated in prose, change logs, abbreviated labels, dates typed in many ways, and labels nearby that
are not fields (Dnr, Version, Upprättad av, Granskad av, Kontaktperson, Gäller för, Status). The 64 cases were
drafted as one pool (16 per format) and split by ``random.Random(17).shuffle`` per format: 10 here, 6 in
header_variants_heldout3.py. Fields not named in ``expected`` are expected absent.
"""
from header_variants import Case

C = Case
CASES: list[Case] = [
    C("tune4-fastst-abbrev-md", "md", [
        "Dokumenttyp: Rutin", "Fastst.: 2024-03-05", "Fastst. av: Socialchef", "Giltig t.o.m.: 2026-03-04",
        "Dok.ansvarig: Enhetschef myndighet äldreomsorg", "Dnr: SN 2024/0211"],
        {"decided": "2024-03-05", "decided_by": "Socialchef", "valid_until": "2026-03-04",
         "owner": "Enhetschef myndighet äldreomsorg"},
        title="Rutin för handläggning av ansökan om särskilt boende"),
    C("tune4-prose-faststalld-galler-tom-md", "md", [
        "Denna rutin är fastställd av förvaltningschefen 2025-01-13 och gäller till och med 2027-01-12.",
        "Rutinansvarig: Enhetschef hemtjänst Norr", "Målgrupp: Medarbetare i hemtjänsten"],
        {"decided": "2025-01-13", "decided_by": "förvaltningschefen", "valid_until": "2027-01-12",
         "owner": "Enhetschef hemtjänst Norr"},
        title="Rutin för nyckelhantering i hemtjänsten"),
    # "Revideras senast" with only a month: an end-like date, so the last day of February.
    C("tune4-end-antagen-prose-review-month-md", "md", [
        "Antagen av Socialnämnden den 14 mars 2024, § 41.", "Revideras senast: februari 2026",
        "Ansvarig för dokumentet: Avdelningschef individ- och familjeomsorg", "Diarienummer: SN 2024/0098"],
        {"decided": "2024-03-14", "decided_by": "Socialnämnden", "valid_until": "2026-02-28",
         "owner": "Avdelningschef individ- och familjeomsorg"},
        layout="end", title="Riktlinje för ekonomiskt bistånd"),
    C("tune4-bold-two-years-from-decision-md", "md", [
        "**Fastställd datum:** 2024.09.16", "**Fastställd av:** Verksamhetschef LSS",
        "**Giltighetstid:** Två år från fastställandet", "**Rutinansvarig:** Enhetschef gruppbostäder",
        "**Upprättad av:** Johan Nilsson, verksamhetsutvecklare"],
        {"decided": "2024-09-16", "decided_by": "Verksamhetschef LSS", "valid_until": "2026-09-16",
         "owner": "Enhetschef gruppbostäder"},
        title="Rutin för genomförandeplan i bostad med särskild service"),
    # "Status: Fastställd" carries no date and decides nothing
    C("tune4-year-range-status-process-md", "md", [
        "Styrdokument: Rutin", "Process: Utredning barn och unga", "Processägare: Enhetschef barn och unga",
        "Gäller: 2024–2026", "Uppdaterad: 2025-01-08", "Status: Fastställd"],
        {"owner": "Enhetschef barn och unga", "valid_from": "2024-01-01", "valid_until": "2026-12-31",
         "revised": "2025-01-08"},
        title="Rutin för barnutredning enligt BBIC"),
    C("tune4-intranet-skapad-senast-andrad-md", "md", [
        "Skapad: 2023-02-07", "Senast ändrad: 2024-11-28", "Ägare: Enhetschef försörjningsstöd",
        "Granskad av: Lisa Holm, socialsekreterare"],
        {"created": "2023-02-07", "revised": "2024-11-28", "owner": "Enhetschef försörjningsstöd"},
        title="Rutin för handläggning av akut ekonomiskt bistånd"),
    C("tune4-antagen-tills-vidare-ersatter-md", "md", [
        "Antagen av Socialnämnden den 22 februari 2024, § 27", "Gäller tills vidare",
        "Ersätter: Riktlinje för handläggning inom LSS (SN 2019/144)",
        "Dokumentansvarig: Verksamhetschef funktionsstöd"],
        {"decided": "2024-02-22", "decided_by": "Socialnämnden", "valid_until": "tillsvidare",
         "replaces": "Riktlinje för handläggning inom LSS (SN 2019/144)", "owner": "Verksamhetschef funktionsstöd"},
        title="Riktlinje för handläggning enligt LSS"),
    C("tune4-beslutsinstans-dock-langst-md", "md", [
        "Beslutsinstans: Vård- och omsorgsnämnden", "Beslutsdatum: 2023-12-13",
        "Giltighet: Tillsvidare, dock längst t.o.m. 2027-12-31", "Ansvarig för rutinen: MAS/MAR",
        "Sekretess: Ej sekretess"],
        {"decided_by": "Vård- och omsorgsnämnden", "decided": "2023-12-13", "valid_until": "2027-12-31",
         "owner": "MAS/MAR"},
        title="Rutin för delegering av hälso- och sjukvårdsuppgifter"),
    # "Nästa revidering" with only a month and no validity stated: valid_until, the month's last day
    C("tune4-hr-framtagen-next-revision-month-md", "md", [
        "Dokumenttyp: Rutin", "Område: Arbetsmiljö", "Fastställd av: HR-chef", "Fastställd: 2025-02-03",
        "Framtagen: 2024-12-10", "Nästa revidering: 2027-02", "Dokumentansvarig: HR-specialist arbetsmiljö"],
        {"decided_by": "HR-chef", "decided": "2025-02-03", "created": "2024-12-10", "valid_until": "2027-02-28",
         "owner": "HR-specialist arbetsmiljö"},
        title="Rutin för hot och våld i arbetet"),
    C("tune4-only-noise-md", "md", [
        "Förvaltning: Vård- och omsorgsförvaltningen", "Verksamhet: Hemsjukvård",
        "Målgrupp: Sjuksköterskor och arbetsterapeuter", "Version: 1.2", "Upprättad av: Eva Stål, MAS",
        "Sida 1 av 5"],
        {}, title="Rutin för förskrivning av hjälpmedel"),
    # a header table flattened to text: labels on one line, values aligned under them on the next
    C("tune4-aligned-label-row-value-row-txt", "txt", [
        "Fastställd av            Datum            Giltig till",
        "Förvaltningschef         2024-06-17       2026-06-16",
        "Rutinansvarig: Enhetschef korttidsvistelse"],
        {"decided_by": "Förvaltningschef", "decided": "2024-06-17", "valid_until": "2026-06-16",
         "owner": "Enhetschef korttidsvistelse"},
        title="Rutin för korttidsvistelse utanför hemmet"),
    C("tune4-pipe-separated-period-txt", "txt", [
        "Beslutad 2024-11-19 | Gäller 2025-01-01–2026-12-31 | Ansvarig: Enhetschef bistånd | Dnr SN 2024/388"],
        {"decided": "2024-11-19", "valid_from": "2025-01-01", "valid_until": "2026-12-31",
         "owner": "Enhetschef bistånd"},
        title="Rutin för handläggning av ledsagarservice"),
    # the change log's rows are revisions (newest first); its first row is not a creation date
    C("tune4-andringslogg-newest-first-txt", "txt", [
        "Dokumentägare: Medicinskt ansvarig sjuksköterska", "Gäller tillsvidare", "", "ÄNDRINGSLOGG",
        "Datum       Version  Ändring", "2025-03-10  3        Nya rutiner för signering",
        "2023-05-22  2        Ändrade ansvarsområden", "2021-02-01  1        Första versionen"],
        {"owner": "Medicinskt ansvarig sjuksköterska", "valid_until": "tillsvidare", "revised": "2025-03-10"},
        title="Rutin för signering av utförda hälso- och sjukvårdsåtgärder"),
    C("tune4-end-dotted-dates-utskott-txt", "txt", [
        "Beslutad av: Individ- och familjeomsorgsutskottet", "Beslutad: 2024.05.07",
        "Giltighetstid: 2024.05.07 – 2026.05.06", "Dokumentansvarig: Enhetschef vuxen",
        "Ersätter: Rutin för LVM-ärenden (2020)"],
        {"decided_by": "Individ- och familjeomsorgsutskottet", "decided": "2024-05-07", "valid_from": "2024-05-07",
         "valid_until": "2026-05-06", "owner": "Enhetschef vuxen", "replaces": "Rutin för LVM-ärenden (2020)"},
        layout="end", title="Rutin för handläggning av ärenden enligt LVM"),
    # "Upprättad av" and "Granskad av" name no owner; the date after "Godkänd/fastställd av" is the decision
    C("tune4-review-chain-two-per-line-txt", "txt", [
        "Upprättad av: Sara Lind, socialsekreterare   Upprättad: 2024-01-15",
        "Granskad av: Enhetschef mottagning",
        "Godkänd/fastställd av: Avdelningschef IFO   Datum: 2024-02-05", "Giltig till: 2026-02-04"],
        {"created": "2024-01-15", "decided_by": "Avdelningschef IFO", "decided": "2024-02-05",
         "valid_until": "2026-02-04"},
        title="Rutin för mottagning av ansökningar om bistånd"),
    C("tune4-giltighetstid-three-years-txt", "txt", [
        "Fastställd: 2025-03-17", "Fastställd av: Socialnämndens arbetsutskott", "Giltighetstid: 3 år",
        "Ansvarig: Enhetschef HVB", "Version/Rev.: 1.0"],
        {"decided": "2025-03-17", "decided_by": "Socialnämndens arbetsutskott", "valid_until": "2028-03-17",
         "owner": "Enhetschef HVB"},
        title="Rutin för inskrivning på kommunens HVB"),
    C("tune4-hr-prose-from-and-tills-vidare-txt", "txt", [
        "Beslutad av kommunstyrelsens personalutskott 2023-09-12, § 56.",
        "Gäller från och med 2023-10-01 och tills vidare.", "Ansvarig för dokumentet: HR-chef"],
        {"decided": "2023-09-12", "decided_by": "kommunstyrelsens personalutskott", "valid_from": "2023-10-01",
         "valid_until": "tillsvidare", "owner": "HR-chef"},
        title="Rutin för rehabilitering och återgång i arbete"),
    C("tune4-skapad-andrad-noise-txt", "txt", [
        "Verksamhet: Hemsjukvård", "Handläggare: Per Öst", "Skapad: 2022-04-19", "Ändrad: 2024-10-02",
        "Sekretess: Öppen", "Status: Gällande"],
        {"created": "2022-04-19", "revised": "2024-10-02"},
        title="Rutin för behandling av trycksår i hemsjukvården"),
    C("tune4-end-written-dates-txt", "txt", [
        "Senast uppdaterad: 12 december 2024", "Upprättad: 3 april 2023", "Rutinansvarig: Enhetschef familjerätt",
        "Beslutad: 8 maj 2023 av avdelningschef"],
        {"revised": "2024-12-12", "created": "2023-04-03", "owner": "Enhetschef familjerätt",
         "decided": "2023-05-08", "decided_by": "avdelningschef"},
        layout="end", title="Rutin för utredning om vårdnad, boende och umgänge"),
    # "Framtagen av" names who wrote it (not a date, not the owner)
    C("tune4-instruktion-reviderad-with-author-txt", "txt", [
        "Sida 1 av 3", "Dokumenttyp: Instruktion", "Gäller från: 2025-05-01", "Reviderad: 2025-04-14 (MAS)",
        "Framtagen av: Arbetsgrupp rehab", "Ägare: Verksamhetschef hälso- och sjukvård"],
        {"valid_from": "2025-05-01", "revised": "2025-04-14", "owner": "Verksamhetschef hälso- och sjukvård"},
        title="Instruktion för förflyttning med personlyft"),
    # a Word header table whose label rows alternate with value rows
    C("tune4-word-header-alternating-rows-docx", "docx", [
        ["Exempelby kommun", "RUTIN", "Sida 1 (4)"], ["Beslutsorgan", "Beslutsdatum", "Dnr"],
        ["Socialnämnden", "2024-02-27", "SN 2024/45"], ["Dokumentansvarig", "Gäller till", "Ersätter"],
        ["Avdelningschef", "2026-12-31", "Rutin 2021-03-23"]],
        {"decided_by": "Socialnämnden", "decided": "2024-02-27", "owner": "Avdelningschef",
         "valid_until": "2026-12-31", "replaces": "Rutin 2021-03-23"},
        layout="header-part", title="Rutin för handläggning av placeringar av barn och unga"),
    C("tune4-table-pairs-datum-for-faststallande-docx", "docx", [
        ["Dokument-id", "RUT-ÄO-031"], ["Version", "2.0"], ["Fastställd av", "Verksamhetschef äldreomsorg"],
        ["Datum för fastställande", "2024-04-15"], ["Giltighetstid", "Tills vidare"],
        ["Ägare", "Enhetschef särskilt boende"], ["Ersätter", "RUT-ÄO-031 version 1.0"]],
        {"decided_by": "Verksamhetschef äldreomsorg", "decided": "2024-04-15", "valid_until": "tillsvidare",
         "owner": "Enhetschef särskilt boende", "replaces": "RUT-ÄO-031 version 1.0"},
        layout="table", title="Rutin för nattillsyn i särskilt boende"),
    C("tune4-table-label-row-upprattad-reviderad-docx", "docx", [
        ["Upprättad", "Upprättad av", "Reviderad", "Reviderad av", "Fastställd", "Fastställd av"],
        ["2020-09-01", "Anna Berg", "2024-09-30", "Anna Berg", "2020-10-05", "Socialchef"]],
        {"created": "2020-09-01", "revised": "2024-09-30", "decided": "2020-10-05", "decided_by": "Socialchef"},
        layout="table", title="Rutin för utredning av våld i nära relationer"),
    C("tune4-from-slash-tom-one-value-docx", "docx", [
        "Fastställd datum: 2024-08-20", "Beslutande: Förvaltningsledningen",
        "Gäller fr.o.m./t.o.m.: 2024-09-01/2026-08-31", "Dokumentansvarig: Enhetschef hemtjänst Väst",
        "Granskad av: MAS"],
        {"decided": "2024-08-20", "decided_by": "Förvaltningsledningen", "valid_from": "2024-09-01",
         "valid_until": "2026-08-31", "owner": "Enhetschef hemtjänst Väst"},
        title="Rutin för läkemedelshantering i hemtjänsten"),
    C("tune4-word-header-lines-senast-andrad-docx", "docx", [
        "Socialförvaltningen                 RUTIN", "Ansvarig: Enhetschef mottagning vuxen",
        "Beslutad: 2023-11-06", "Senast ändrad: 2025-02-17", "Giltig till: 2025-11-05"],
        {"owner": "Enhetschef mottagning vuxen", "decided": "2023-11-06", "revised": "2025-02-17",
         "valid_until": "2025-11-05"},
        layout="header-part", title="Rutin för akuta ärenden i mottagningen vuxen"),
    # one table: the decision as pairs, then a heading row and a revision history (oldest first)
    C("tune4-table-pairs-then-revisionshistorik-docx", "docx", [
        ["Beslutad av", "Socialnämnden", "", ""], ["Beslutsdatum", "2021-12-14", "", ""],
        ["Revisionshistorik", "", "", ""], ["Version", "Datum", "Ändring", "Ändrad av"],
        ["1.0", "2021-12-14", "Ny riktlinje", "KL"], ["1.1", "2023-01-09", "Nya belopp enligt riksnormen", "KL"],
        ["1.2", "2025-01-13", "Nya belopp enligt riksnormen", "MO"]],
        {"decided_by": "Socialnämnden", "decided": "2021-12-14", "revised": "2025-01-13"},
        layout="table", title="Riktlinje för försörjningsstöd"),
    # "Godkänd" is the only decision stated, so it is the governing one; "Upprättad av" is no owner
    C("tune4-godkand-ska-revideras-docx", "docx", [
        "Upprättad: 2024-10-01", "Upprättad av: Elin Sjö, kvalitetsutvecklare",
        "Godkänd av: Ledningsgrupp Vård och omsorg", "Godkänd: 2024-10-22", "Ska revideras senast: 2026-10-22"],
        {"created": "2024-10-01", "decided_by": "Ledningsgrupp Vård och omsorg", "decided": "2024-10-22",
         "valid_until": "2026-10-22"},
        title="Rutin för kontaktpersonal i särskilt boende"),
    # "Gäller för" names the units, not a validity
    C("tune4-table-galler-for-and-galler-range-docx", "docx", [
        ["Gäller för", "Samtliga enheter inom LSS"], ["Målgrupp", "Personal i daglig verksamhet"],
        ["Beslutad", "2025-09-08"], ["Beslutad av", "Verksamhetschef LSS"],
        ["Gäller", "2025-10-01 t.o.m. 2027-09-30"], ["Rutinansvarig", "Enhetschef daglig verksamhet"]],
        {"decided": "2025-09-08", "decided_by": "Verksamhetschef LSS", "valid_from": "2025-10-01",
         "valid_until": "2027-09-30", "owner": "Enhetschef daglig verksamhet"},
        layout="table", title="Rutin för måltider i daglig verksamhet"),
    C("tune4-abbrev-month-year-range-hyphen-docx", "docx", [
        "Fastställd: den 1 okt. 2024", "Giltighetstid: 2025-2026", "Processägare: Avdelningschef stöd och omsorg"],
        {"decided": "2024-10-01", "valid_from": "2025-01-01", "valid_until": "2026-12-31",
         "owner": "Avdelningschef stöd och omsorg"},
        title="Rutin för uppföljning av utförare inom valfrihetssystem (LOV)"),
    C("tune4-table-only-noise-docx", "docx", [
        ["Förvaltning", "Socialförvaltningen"], ["Verksamhet", "Individ- och familjeomsorg"],
        ["Dokumenttyp", "Checklista"], ["Handläggare", "Mona Ek"], ["Status", "Utkast"]],
        {}, layout="table", title="Checklista vid inflyttning i stödboende"),
    C("tune4-running-box-review-date-pdf", "pdf", [
        ["Socialförvaltningen", "RUTIN"], ["Beslutad: 2022-06-20", "Senast reviderad: 2025-03-03"],
        ["Revideras senast: 2027-03-03", "Ansvarig: MAS"]],
        {"decided": "2022-06-20", "revised": "2025-03-03", "valid_until": "2027-03-03", "owner": "MAS"},
        layout="header-part", title="Rutin för hantering av avvikelser i hälso- och sjukvården"),
    C("tune4-prose-faststalldes-ordinal-day-pdf", "pdf", [
        "Rutinen fastställdes av socialnämndens individutskott den 5:e mars 2024.", "Gäller t.o.m. 2026-03-31.",
        "Rutinansvarig: 1:e socialsekreterare barn och unga"],
        {"decided": "2024-03-05", "decided_by": "socialnämndens individutskott", "valid_until": "2026-03-31",
         "owner": "1:e socialsekreterare barn och unga"},
        title="Rutin för akuta placeringar enligt LVU"),
    # validity has a start but no end; the latest review date stands in for the end
    C("tune4-end-dotted-from-and-review-pdf", "pdf", [
        "Fastställd: 2024.02.19", "Fastställd av: Chef för vård- och omsorgsförvaltningen",
        "Gäller fr.o.m.: 2024.03.01", "Aktualitetsprövas senast: 2026.02.28", "Dokumentägare: Enhetschef rehab"],
        {"decided": "2024-02-19", "decided_by": "Chef för vård- och omsorgsförvaltningen",
         "valid_from": "2024-03-01", "valid_until": "2026-02-28", "owner": "Enhetschef rehab"},
        layout="end", title="Rutin för rehabilitering i särskilt boende"),
    # "Upprättad av" names a unit, not an owner
    C("tune4-box-label-row-upprattad-andrad-pdf", "pdf", [
        ["Upprättad", "Upprättad av", "Senast ändrad", "Fastställd"],
        ["2019-03-11", "Kvalitetsenheten", "2024-06-03", "2019-04-08"]],
        {"created": "2019-03-11", "revised": "2024-06-03", "decided": "2019-04-08"},
        layout="box", title="Rutin för synpunkter och klagomål"),
    # a sentence broken over two lines; the review date stands in for the end of validity
    C("tune4-cover-prose-antogs-split-pdf", "pdf", [
        "Riktlinjen antogs av Socialnämnden den 19 september 2023, § 97,",
        "och gäller från och med den 1 november 2023.", "Riktlinjen ska revideras senast 2027-10-31.",
        "Ansvarig för riktlinjen: Avdelningschef äldreomsorg"],
        {"decided": "2023-09-19", "decided_by": "Socialnämnden", "valid_from": "2023-11-01",
         "valid_until": "2027-10-31", "owner": "Avdelningschef äldreomsorg"},
        layout="cover", title="Riktlinje för hemtjänst enligt socialtjänstlagen"),
    C("tune4-noise-then-compact-decision-pdf", "pdf", [
        "Dokument-id: IFO-0077", "Version: 2", "Status: Fastställd", "Beslutad: 20250922",
        "Beslutad av: Enhetschef socialpsykiatri", "Sekretess: Intern"],
        {"decided": "2025-09-22", "decided_by": "Enhetschef socialpsykiatri"},
        title="Rutin för samordnad utskrivning från psykiatrisk slutenvård"),
    C("tune4-box-inline-fr-o-m-t-o-m-pdf", "pdf", [
        ["Beslutad: 2024-03-26", "Beslutande: Socialchef"], ["Gäller fr o m: 2024-04-01", "Gäller t o m: 2025-12-31"],
        ["Rutinansvarig: Enhetschef stödboende", "Dnr: SN 2024/199"]],
        {"decided": "2024-03-26", "decided_by": "Socialchef", "valid_from": "2024-04-01", "valid_until": "2025-12-31",
         "owner": "Enhetschef stödboende"},
        layout="box", title="Rutin för stödboende för vuxna med missbruk"),
    C("tune4-end-andringslogg-oldest-first-pdf", "pdf", [
        "Beslutad av: Förvaltningschef", "Beslutad: 2022-01-24", "Gäller tillsvidare",
        "Ersätter: Rutin för vak vid livets slut (2017)", "Ändringslogg",
        "2023-02-13  Förtydligat ansvar för sjuksköterska", "2024-11-25  Ny kontaktlista"],
        {"decided_by": "Förvaltningschef", "decided": "2022-01-24", "valid_until": "tillsvidare",
         "replaces": "Rutin för vak vid livets slut (2017)", "revised": "2024-11-25"},
        layout="end", title="Rutin för vård i livets slutskede"),
    C("tune4-running-box-columns-year-range-pdf", "pdf", [
        ["Beslutsorgan", "Beslutsdatum", "Giltighetstid", "Dokumentansvarig"],
        ["Socialnämnden", "2025-11-25", "2026–2027", "Socialchef"]],
        {"decided_by": "Socialnämnden", "decided": "2025-11-25", "valid_from": "2026-01-01",
         "valid_until": "2027-12-31", "owner": "Socialchef"},
        layout="header-part", title="Riktlinje för kvalitetsledningssystem inom socialtjänsten"),
    C("tune4-giltig-fran-tillsvidare-dock-langst-pdf", "pdf", [
        "Utskrivet dokument är en kopia – kontrollera aktuell version på intranätet",
        "Giltig från: 2024-09-01", "Giltig till: tillsvidare, dock längst till 2026-08-31",
        "Ägare: Utvecklingsledare hälso- och sjukvård", "Kontaktperson: Medicinskt ansvarig för rehabilitering"],
        {"valid_from": "2024-09-01", "valid_until": "2026-08-31", "owner": "Utvecklingsledare hälso- och sjukvård"},
        title="Rutin för hantering av medicintekniska produkter"),
]
