"""Routine headers whose shapes come from real municipal documents, each with the fields a reader should find.

Every case copies the header shape of one real document of a Swedish municipality (mostly social services) found
in stored public pages: docplayer.se / 5dok.org / studylibsv.com / doczz.net transcripts of municipal PDFs and kommun
web pages. The labels, their spelling, order and punctuation, which values share a line, and the page furniture
(page marks, letterheads, Dnr lines, file paths) are kept; the body is this module's shared ``BODY``. Transcripts
often lose digits and flatten tables, so gold values are partly invented where the transcript lost them (each case
says so in its comment, under the address it is based on; a long address is split over two comment lines, its
second part indented). Names of people are invented.

This is a TUNING set: two thirds of the pool, drawn per format by ``random.Random(1730).shuffle``.

Written in session 17 by a helper who did not read the reader's code: the expected values follow the corpus
conventions only (see ``header_variants``); borderline readings are explained in the comment above the case.
"""
from __future__ import annotations

from header_variants import Case

C = Case
CASES: list[Case] = [
    # -- md ----------------------------------------------------------------------------------------------------------
    # https://sundsvall.se/kommun/omsorg-och-hjalp/halso--och-sjukvard-tandvard/hos-personalwebb/egenvard
    # kommun web page with a file table: upload dates and a file name holding 'beslut <date>' are not
    # header fields of this page: nothing is stated
    C("realtune-sundsvall-web-file-table-upload-dates-md", "md", [
        ["Ikon som illustrerar filtyp", "Filnamn", "Filstorlek", "Datum fil laddades upp"],
        ["", "Egenvård - rutin för bedömning.pdf", "265 kB", "2023-11-23 14.15"],
        ["", "Egenvård - underlag för beslut 2024-06-13.docx", "47 kB", "2025-08-28 14.21"],
    ],
        {},
        layout="table", title="Egenvård"),
    # https://studylibsv.com/doc/240692/vuxna-med-missbruks---beroendeproblem-riktlinjer
    # cover: 'Antagna av kommunfullmäktige <date>' / 'Uppdaterade <date>' (dates as in the transcript), then
    # Utgivare and Kontaktperson, neither of which is an owner (name invented)
    C("realtune-stockholm-antagna-uppdaterade-kontaktperson-md", "md", [
        "Riktlinjer",
        "Antagna av kommunfullmäktige 2011-10-17",
        "Uppdaterade 2013-06-12",
        "stockholm.se",
        "Utgivare: Socialförvaltningen",
        "Kontaktperson: Eva Berg",
    ],
        {"decided": "2011-10-17", "decided_by": "kommunfullmäktige", "revised": "2013-06-12"},
        title="Vuxna med missbruks/beroendeproblem"),
    # https://www.sundbyberg.se/stod-omsorg/halso--och-sjukvard/medicinskt-ansvarig-sjukskoterska.html
    # kommun web page: 'Senast uppdaterad <day month year>' without a colon at the foot of the page
    C("realtune-sundbyberg-web-senast-uppdaterad-words-md", "md", [
        "Senast uppdaterad 12 december 2022",
    ],
        {"revised": "2022-12-12"},
        layout="end", title="Medicinskt ansvarig sjuksköterska"),
    # https://www.nora.se/kommunpolitik/reglerochstyrdokument/
    #   riktlinjerforstyrdokumentnorakommun.4.70d9418166bea2e75272bf.html
    # kommun web page: 'Antaget av kommunstyrelsen 29/11 2017, § 141' (day/month year, as on the page)
    C("realtune-nora-web-antaget-day-slash-month-md", "md", [
        "Antaget av kommunstyrelsen 29/11 2017, § 141",
    ],
        {"decided": "2017-11-29", "decided_by": "kommunstyrelsen"},
        title="Riktlinjer för styrdokument"),
    # https://www.osthammar.se/sv/dokument/styrdokument/delegationsordning-forvard--och-omsorgsnamndens-
    #   verksamhetsomraden/
    # kommun web page, metadata at the foot with label and value on separate lines; 'Publicerad' is a
    # publication date (not a creation date) and 'Organisation' is not an owner label
    C("realtune-osthammar-web-label-value-next-line-md", "md", [
        "Organisation",
        "Vård- och omsorgsnämnden",
        "Publicerad",
        "3 januari 2023",
        "Senast uppdaterad",
        "4 mars 2024",
        "Typ",
        "Styrdokument",
    ],
        {"revised": "2024-03-04"},
        layout="end", title="Delegationsordning för Vård- och omsorgsnämndens verksamhetsområden"),
    # https://www.mullsjo.se/omsorg-och-stod/halso--och-sjukvard-tandvard/medicinskt-ansvarig-sjukskoterska-mas
    # kommun web page converted to Markdown: 'Senast uppdaterad:' and the date on the next line at the foot
    C("realtune-mullsjo-web-senast-uppdaterad-md", "md", [
        "Senast uppdaterad:",
        "28 oktober 2025",
    ],
        {"revised": "2025-10-28"},
        layout="end", title="Medicinskt ansvarig sjuksköterska MAS"),
    # http://docplayer.se/671538-Kostpolitiskt-program-for-savsjo-kommun-antaget-av-kommunfullmaktige-2013-05-20-61.html
    # cover: 'Antaget av kommunfullmäktige <date>, § 61', then 'Framtaget av <person, role>' which is neither
    # a creation date nor an owner (date as in the page title, name invented)
    C("realtune-savsjo-antaget-framtaget-av-md", "md", [
        "Antaget av kommunfullmäktige 2013-05-20, § 61",
        "Framtaget av Lena Ek, chef för kommunal service i Sävsjö kommun",
    ],
        {"decided": "2013-05-20", "decided_by": "kommunfullmäktige"},
        title="Kostpolitiskt program för Sävsjö kommun"),
    # http://docplayer.se/17791326-Rapportnamn-kontorsnamn-socialkontoret-upprattad-av-chatarina-eriksson-130311.html
    # template field names left in ('Rapportnamn', 'Kontorsnamn'); 'Upprättad av: <name> 130311' puts a
    # yymmdd date after the person: the person is not read, the date is the creation date (name invented)
    C("realtune-are-upprattad-av-name-yymmdd-md", "md", [
        "Rapportnamn",
        "Kontorsnamn Socialkontoret",
        "Upprättad av: Karin Nilsson 130311",
    ],
        {"created": "2013-03-11"},
        known="a six-digit yymmdd date after the person in 'Upprättad av' is not read (too like a number)",
        title="Projekt Demensvård 2009/2012"),
    # -- txt ---------------------------------------------------------------------------------------------------------
    # http://docplayer.se/10547519-Ansvarsfordelning-och-rutin-trygghetslarm.html
    # letterhead columns HANDLÄGGARE / TEL DIREKT / DATUM flattened, then page mark; a bare letterhead date
    # with no decision wording, and a handläggare (not an owner): nothing is stated. Name and date invented
    C("realtune-lidingo-letterhead-datum-only-txt", "txt", [
        "HANDLÄGGARE TEL DIREKT DATUM",
        "Eva Lindgren 08-731 30 00 2015-03-10 1 (12)",
        "Ansvarsfördelning och rutin trygghetslarm",
        "POSTADRESS Lidingö stad Stöd- och omsorgsförvaltningen 181 82 Lidingö",
    ],
        {},
        title="Lidingö stad"),
    # http://docplayer.se/15344099-Flyttas-till-nararkiv.html
    # 'Giltig från den 20 november 2012' under the title (date as in the transcript); nothing else stated
    C("realtune-vaxholm-giltig-fran-den-words-txt", "txt", [
        "Dokumenthanteringsplan för Socialnämnden",
        "Giltig från den 20 november 2012",
    ],
        {"valid_from": "2012-11-20"},
        title="Vaxholms stad"),
    # http://docplayer.se/17797688-Att-hantera-arkiv-i-gotlands-kommun-direktiv-antagna-av-kommunstyrelsen-2007-02-
    #   24.html
    # cover in capitals with a space-separated date 'ANTAGNA AV KOMMUNSTYRELSEN 2007 02 24' (as in the page title)
    C("realtune-gotland-caps-spaced-date-txt", "txt", [
        "DIREKTIV ANTAGNA AV KOMMUNSTYRELSEN 2007 02 24",
    ],
        {"decided": "2007-02-24", "decided_by": "KOMMUNSTYRELSEN"},
        title="Att hantera arkiv i Gotlands kommun"),
    # http://docplayer.se/1092724-Ekonomiskt-bistand-riktlinjer.html
    # cover: 'Antagna av Kommunfullmäktige § 163, <date>' (the paragraph before the date), then the
    # letter-spaced running title of page 2; date invented
    C("realtune-finspang-antagna-paragraph-first-txt", "txt", [
        "Riktlinjer",
        "Antagna av Kommunfullmäktige § 163, 2014-09-24",
        "E K O N O M I S K T   B I S T Å N D   Riktlinjer   Finspångs kommun",
    ],
        {"decided": "2014-09-24", "decided_by": "Kommunfullmäktige"},
        title="Ekonomiskt bistånd"),
    # http://docplayer.se/3404715-Storfors-kommun-individ-och-familjeomsorg-riktlinjer-for-bistandsbedomning.html
    # cover: municipality, unit, title, 'Gäller från och med <date>' and nothing else; date invented
    C("realtune-storfors-galler-fran-och-med-txt", "txt", [
        "Individ-och familjeomsorg",
        "Riktlinjer för biståndsbedömning",
        "Gäller från och med 2011-07-01",
    ],
        {"valid_from": "2011-07-01"},
        title="STORFORS KOMMUN"),
    # http://docplayer.se/1809020-Riktlinjer-for-handlaggning.html
    # title page flattened to one line: Dnr, 'Antagen av socialnämnden <date>, § 99', 'För tillämpning fr.o.m'
    # (no dot after fr.o.m); digits lost in the transcript, dates invented
    C("realtune-falkoping-dnr-antagen-tillampning-txt", "txt", [
        "inom äldre- och handikappomsorgen Dnr: SN 2013/0288 Antagen av socialnämnden 2013-11-27, § 99 För "
        "tillämpning fr.o.m 2014-01-01",
    ],
        {"decided": "2013-11-27", "decided_by": "socialnämnden", "valid_from": "2014-01-01"},
        title="Riktlinjer för handläggning av ärenden enligt socialtjänstlagen vid biståndsavdelningen"),
    # http://docplayer.se/16721958-Handlaggning-barn-och-unga.html
    # letterhead with the Word file path and the address footer, no header fields at all (path invented)
    C("realtune-kil-letterhead-file-path-txt", "txt", [
        "HANDLÄGGNING BARN OCH UNGA",
        "Individ- och familjeomsorgen",
        "\\\\samit.local\\mappar\\kk-hemkataloger\\anan01\\ifo handläggning innehåll.docx",
        "Kils kommun Postadress Box 88 665 23 Kil Besöksadress V Torggatan 1F Telefon +46 (0)554-191 00",
    ],
        {},
        title="SOCIALFÖRVALTNINGEN"),
    # http://docplayer.se/4468244-Handlaggning-och-dokumentation-for-arenden-avseende-vuxna-med-missbruks-och-
    #   beroendeproblem-riktlinjer.html
    # cover: 'Antagen av socialnämnden <date>, rev <date>' on one line; dates invented
    C("realtune-missbruk-antagen-rev-one-line-txt", "txt", [
        "Riktlinjer",
        "Antagen av socialnämnden 2010-09-22, rev 2012-11-28",
    ],
        {"decided": "2010-09-22", "decided_by": "socialnämnden", "revised": "2012-11-28"},
        title="Handläggning och dokumentation för ärenden avseende vuxna med missbruks- och beroendeproblem"),
    # -- docx --------------------------------------------------------------------------------------------------------
    # http://docplayer.se/46822891-Delegationsordning-dokumentets-syfte-delegationsordningen-styr-vilka-beslut-som-
    #   fattas-av-hela-aldrenamnden-delar-av-namnden-eller-anstallda.html
    # document card: two label/value rows, then five labels in a row and their values in the next;
    # 'Fastställd/senast uppdaterad' with one date names both events (read as decided and revised).
    # Values lost in the transcript, invented
    C("realtune-nacka-slash-label-five-columns-docx", "docx", [
        ["Dokumentets syfte", "Delegationsordningen styr vilka beslut som fattas av nämnden eller anställda"],
        ["Dokumentet gäller för", "Alla verksamheter inom äldrenämndens ansvarsområde"],
        [
            "Diarienummer",
            "Fastställd/senast uppdaterad",
            "Beslutsinstans",
            "Ansvarigt politiskt organ",
            "Ansvarig processägare",
        ],
        ["ÄLN 2016/112", "2016-06-15", "Äldrenämnden", "Äldrenämnden", "Karin Wallin"],
    ],
        {"decided": "2016-06-15", "revised": "2016-06-15", "decided_by": "Äldrenämnden", "owner": "Karin Wallin"},
        layout="table", known="'Fastställd/senast uppdaterad' gives the decision date only, not also the revision",
        title="DELEGATIONSORDNING för äldrenämnden"),
    # https://docplayer.se/amp/111378260-Dokumenttyp-dokumentnamn-faststalld-datum-galler-fran-datum-riktlinje-
    #   aldrenamndens-riktlinjer-for-lex-sarah.html
    # labels in one row, values in the next; the 'Fastställd/Datum' cell holds both the body and the date;
    # values lost in the transcript, invented
    C("realtune-aldrenamnden-faststalld-slash-datum-columns-docx", "docx", [
        ["Dokumenttyp", "Dokumentnamn", "Fastställd/Datum", "Gäller från datum"],
        ["Riktlinje", "Äldrenämndens riktlinjer för Lex Sarah", "Äldrenämnden 2011-06-21", "2011-07-01"],
    ],
        {"decided": "2011-06-21", "decided_by": "Äldrenämnden", "valid_from": "2011-07-01"},
        layout="table", title="Äldrenämndens riktlinjer för Lex Sarah"),
    # https://docplayer.se/amp/7932330-Riktlinjer-personlig-assistans.html
    # the same handbook card as a body table, the deciding body's cell also holding the Dnr; the date is
    # read as the decision date (borderline, see the other Kalmar case). Name and date invented
    C("realtune-kalmar-card-dnr-in-decider-cell-docx", "docx", [
        ["Fastställt av", "Dokumentansvarig", "Datum"],
        ["Socialnämnden SN 2014/0101", "Verksamhetschef Per Sandberg", "2014-03-19"],
    ],
        {"decided_by": "Socialnämnden", "owner": "Verksamhetschef Per Sandberg", "decided": "2014-03-19"},
        layout="table", title="RIKTLINJER PERSONLIG ASSISTANS"),
    # http://docplayer.se/1602465-Delegering-av-halso-och-sjukvardsuppgifter-i-kommunal-halso-och-sjukvard-kommunerna-i-
    #   kronobergs-lan.html
    # label/value table as in the transcript, closing with the 'utskrivet dokument' note; 'Revideras senast'
    # is the only end date; 'Dokumentansvarig förvaltning' is the owner; dates invented
    C("realtune-kronoberg-pairs-revideras-senast-docx", "docx", [
        ["Diarienummer:", "SN 2014/0213"],
        ["Gäller från:", "2014-10-01"],
        ["Gäller för:", "Socialförvaltningen"],
        ["Fastställd av:", "Socialförvaltningen ledningsgruppen"],
        ["Utarbetad av:", "Medicinskt ansvariga sjuksköterskor i Kronoberg"],
        ["Revideras senast:", "2016-09-30"],
        ["Version:", "3"],
        ["Dokumentansvarig förvaltning:", "Socialförvaltningen"],
        ["Ett utskrivet dokument är alltid en kopia, giltig version finns alltid på intranätet."],
    ],
        {
            "valid_from": "2014-10-01",
            "decided_by": "Socialförvaltningen ledningsgruppen",
            "valid_until": "2016-09-30",
            "owner": "Socialförvaltningen",
        },
        layout="table", title="Rutin Delegering av hälso- och sjukvårdsuppgifter i kommunal hälso- och sjukvård"),
    # https://docplayer.se/amp/107193804-Sektor-stod-och-omsorg.html
    # 'Label: value' lines with slash labels, then 'Beslut av Individnämnden <date> IN 318/18' under the title
    # (dates as in the transcript). Borderline: 'Utfärdad/reviderat' names a revision, read as revised;
    # 'Uppföljning' is the follow-up (review) date and no end of validity is stated, read as valid_until
    C("realtune-lerum-slash-labels-uppfoljning-docx", "docx", [
        "Dokumentbenämning/typ: Riktlinje",
        "Verksamhet/process: Sektor stöd och omsorg",
        "Ansvarig: Verksamhetschef Myndighet",
        "Fastställare: Individnämnden",
        "Gäller fr.o.m: 2018-07-12",
        "D.nr: IN18.189",
        "Utgåva/version: 1",
        "Utfärdad/reviderat: 2018-07-12",
        "Uppföljning: 2019-07-12",
        "Beslut av Individnämnden 2018-07-12 IN 318/18",
    ],
        {
            "owner": "Verksamhetschef Myndighet",
            "decided_by": "Individnämnden",
            "valid_from": "2018-07-12",
            "decided": "2018-07-12",
            "revised": "2018-07-12",
            "valid_until": "2019-07-12",
        },
        known="'Uppföljning' is not read as a review date (in routines it is usually a plan's follow-up)",
        title="Vägledande bestämmelser för familjehemsvården"),
    # https://docplayer.se/113773047-Riktlinje-for-styrdokument-bilaga-till-styrmodell.html
    # header box of 'Label: value' cells, two a row, in the transcript's order; 'Gäller: Tillsvidare' with a
    # later 'Revideras' date stays tillsvidare; Beslutad and Revideras were empty in the transcript (invented)
    C("realtune-mullsjo-label-colon-cells-docx", "docx", [
        ["Namn på dokumentet: Styrdokument", "Dokumenttyp: Riktlinje"],
        ["Version: 1.0", "Beslutad av: Kommunfullmäktige"],
        ["Diarienummer: KS 2018/1092", "Dokumentansvarig: Administrativ chef"],
        ["Gäller: Tillsvidare", "Beslutad: 2018-11-26"],
        ["Revideras: 2022-11-26", ""],
    ],
        {
            "decided_by": "Kommunfullmäktige",
            "owner": "Administrativ chef",
            "valid_until": "tillsvidare",
            "decided": "2018-11-26",
        },
        layout="table", title="Riktlinje för styrdokument"),
    # http://docplayer.se/18629952-Socialnamndens-delegeringsforteckning.html
    # 'Antagen i socialnämnden <date>' then 'Reviderad <date> (<what changed>)' lines, one reason saying
    # 'ersätter beslut <date>' about a single decision, not the document; dates invented
    C("realtune-halland-reviderad-with-reasons-docx", "docx", [
        "Antagen i socialnämnden 2013-01-23",
        "Reviderad 2013-06-19 (beslut om anmälan till IVO och mottagande av rapport i lex Sarah ärende)",
        "Reviderad 2013-11-20 (särskilt förordnande enligt LVU och LVM)",
        "Reviderad 2014-03-26 (särskilt förordnande enligt LVU och LVM ersätter beslut 2013-11-20)",
        "Reviderad 2014-09-17 (beslut om köp av enstaka platser till ensamkommande barn)",
    ],
        {"decided": "2013-01-23", "decided_by": "socialnämnden", "revised": "2014-09-17"},
        title="Socialnämndens delegeringsförteckning"),
    # http://docplayer.se/6159085-Vald-i-nara-relationer-2013.html
    # the verksamhetshandbok card in the Word header: labels row 'Fastställt av / Dokumentansvarig / Datum',
    # values row; the card's only date stands under the adoption (borderline: a bare 'Datum', read as the
    # decision date because the card is about the adoption). Name and date invented
    C("realtune-kalmar-handbook-card-header-docx", "docx", [
        ["SOCIALFÖRVALTNINGENS VERKSAMHETSHANDBOK", "", "1 (10)"],
        ["Fastställt av", "Dokumentansvarig", "Datum"],
        ["Socialnämnden", "Verksamhetsutvecklare Anna Holm", "2013-04-24"],
    ],
        {"decided_by": "Socialnämnden", "owner": "Verksamhetsutvecklare Anna Holm", "decided": "2013-04-24"},
        layout="header-part", title="Handlingsplan för arbetet mot våld i nära relationer"),
    # -- pdf ---------------------------------------------------------------------------------------------------------
    # http://docplayer.se/13315755-Faststalld-av-sn-48-65-dnr-2013-000005-700-sida-ersatter-2013-12-17-andrad-2014-06-
    #   26-sign-1-26.html
    # running header table on every page: 'Fastställd av SN § 48/65', Dnr, 'Sida', 'Ersätter <date>' (the
    # replaced version's date), 'ändrad <date>', 'Sign 1:26' (values as in the page title)
    C("realtune-sn-running-box-ersatter-andrad-pdf", "pdf", [
        ["Fastställd av SN § 48/65", "Dnr: 2013-000005.700", "Sida"],
        ["Ersätter 2013-12-17", "ändrad 2014-06-26", "Sign 1:26"],
    ],
        {"decided_by": "SN", "replaces": "2013-12-17", "revised": "2014-06-26"},
        layout="header-part", title="Delegationsordning, socialnämnden"),
    # https://doczz.net/doc/7165617/l%C3%A4kemedelsrutin---h%C3%B6gan%C3%A4s-kommun
    # capitalised labels one a line (as in the transcript, date kept); 'REVIDERAS: ÅRLIGEN' is a cadence, not
    # a date, and 'SENAST REVIDERAD:' is empty, so no end of validity and no revision are stated
    C("realtune-hoganas-caps-labels-revideras-arligen-pdf", "pdf", [
        "1 (21)",
        "TYP AV DOKUMENT: LÄKEMEDELSRUTIN",
        "ANSVARIG: MEDICINSKT ANSVARIG SJUKSKÖTERSKA",
        "BESLUTAD AV: MEDICINSKT ANSVARIG SJUKSKÖTERSKA",
        "REVIDERAS: ÅRLIGEN",
        "ANTAGEN: 2015-11-26",
        "SENAST REVIDERAD:",
    ],
        {
            "owner": "MEDICINSKT ANSVARIG SJUKSKÖTERSKA",
            "decided_by": "MEDICINSKT ANSVARIG SJUKSKÖTERSKA",
            "decided": "2015-11-26",
        },
        title="Läkemedelsrutin"),
    # https://5dok.org/document/y8gxem14-definitioner-omfattning-syfte-med-rutinen-samverkan-trygghetslarm.html
    # capitalised column labels with 'GILTIG F. ROM- T. OM' and the value '<date>- tv' (tv = tills vidare),
    # the version cell carrying '(rev. <date>)' (values as in the transcript; the approving staff unit is
    # shortened to a role so that the cell fits)
    C("realtune-trygghetslarm-columns-tv-rev-pdf", "pdf", [
        ["1 (6)", "", "", ""],
        ["DOKUMENTNAMN", "GODKÄND AV", "GILTIG F. ROM- T. OM", "VERSION NR."],
        ["Trygghetslarm", "Förvaltningschef", "2016-11-01- tv", "5.0 (rev. 2018-05-09)"],
    ],
        {
            "decided_by": "Förvaltningschef",
            "valid_from": "2016-11-01",
            "valid_until": "tillsvidare",
            "revised": "2018-05-09",
        },
        layout="box", known="a revision date inside the version cell ('5.0 (rev. …)') is not read",
        title="Samverkan-trygghetslarm"),
    # http://docplayer.se/6803346-Kungsors-kommuns-forfattningssamling-nr-b-05.html
    # 'Antagen av socialnämnden <date>, § 32' followed by eight 'Reviderad av socialnämnden <date>, § n'
    # lines, then 'Sida 1 (32)'; dates invented
    C("realtune-kungsor-many-reviderad-av-paragraphs-pdf", "pdf", [
        "Kungsörs kommuns författningssamling Nr B.05",
        "Antagen av socialnämnden 2011-02-23, § 32",
        "Reviderad av socialnämnden 2012-01-25, § 13",
        "Reviderad av socialnämnden 2012-10-24, § 73",
        "Reviderad av socialnämnden 2013-05-29, § 37",
        "Reviderad av socialnämnden 2014-04-23, § 38",
        "Reviderad av socialnämnden 2015-06-17, § 56",
        "Reviderad av socialnämnden 2016-09-28, § 69",
        "Reviderad av socialnämnden 2016-11-30, § 80",
        "Reviderad av socialnämnden 2017-12-13, § 96",
        "Sida 1 (32)",
    ],
        {"decided": "2011-02-23", "decided_by": "socialnämnden", "revised": "2017-12-13"},
        title="Delegationsordning för socialnämnden"),
    # https://docplayer.se/amp/160950909-Ledningssystem-for-systematiskt.html
    # letterhead with units, 'Sida 0 (26)' and a bare date, then 'Senast reviderat <date>' and 'Antaget av
    # socialnämnden <date>' (dates as in the transcript)
    C("realtune-stockholm-letterhead-date-senast-reviderat-antaget-pdf", "pdf", [
        "Socialförvaltningen",
        "Socialtjänstavdelningen",
        "Avdelningen för mottagande av nyanlända",
        "Sida 0 (26)",
        "2019-05-24",
        "Senast reviderat 2019-05-24",
        "Antaget av socialnämnden 2019-06-18",
    ],
        {"revised": "2019-05-24", "decided": "2019-06-18", "decided_by": "socialnämnden"},
        title="Ledningssystem för systematiskt kvalitetsarbete"),
    # http://docplayer.se/998560-Normer-och-riktlinjer-for.html
    # running title with the page number, then 'Gäller från <date> med justeringar <date>' and
    # 'Beslut av Socialnämnden <date>'; the adjustments date is read as the latest revision (borderline);
    # dates invented
    C("realtune-oskarshamn-running-title-med-justeringar-pdf", "pdf", [
        "OSKARSHAMNS KOMMUN NORMER OCH RIKTLINJER 1",
        "Normer och riktlinjer för ekonomiskt bistånd.",
        "Gäller från 2012-01-01 med justeringar 2013-01-01",
        "Beslut av Socialnämnden 2011-11-23",
    ],
        {"valid_from": "2012-01-01", "revised": "2013-01-01", "decided": "2011-11-23", "decided_by": "Socialnämnden"},
        title="Normer och riktlinjer"),
    # http://docplayer.se/820431-A-generella-bestammelser-for-delegation-gallande-for-styrelsen-och-ovriga-namnder.html
    # collection number first, 'Gällande <förvaltning>, reviderad <date>' before 'Antagen av <nämnd> <date>',
    # then 'Sida 1 av 11'; dates invented
    C("realtune-forfattning-reviderad-before-antagen-pdf", "pdf", [
        "2015:14",
        "Gällande omvårdnadsförvaltningen, reviderad 2015-05-20",
        "Antagen av social- och omvårdnadsnämnden 2015-06-10",
        "Sida 1 av 11",
    ],
        {"revised": "2015-05-20", "decided": "2015-06-10", "decided_by": "social- och omvårdnadsnämnden"},
        title="Delegationsordning social- och omvårdnadsnämnd"),
    # http://docplayer.se/2529681-Socialnamnden-arkivplan-dokumenthanteringsplan.html
    # 'Fastställd av socialnämnden <date> Dnr ...' and a running 'Sid n (17) Reviderad <date>' on every page
    # (here the whole block repeats on every page); dates invented
    C("realtune-arkivplan-running-sid-reviderad-pdf", "pdf", [
        "Socialnämnden ARKIVPLAN/DOKUMENTHANTERINGSPLAN",
        "Fastställd av socialnämnden 2011-04-27 Dnr 11SCN/0149",
        "Sid 1 (17) Reviderad 2012-10-17",
    ],
        {"decided": "2011-04-27", "decided_by": "socialnämnden", "revised": "2012-10-17"},
        layout="header-part", title="Arkivplan/dokumenthanteringsplan"),
]
