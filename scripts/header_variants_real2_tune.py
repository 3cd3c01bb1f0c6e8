"""Header shapes from real municipal social-services documents found in stored public pages: a second set.

Other documents than those behind header_variants_real_*.py (none of their source addresses is reused). Each case
copies the header's shape as a transcript shows it -- labels and their spelling and case, order, punctuation, which
values share a line, page furniture, letterheads, template placeholders left in -- with short invented values where
the transcript lost digits or where names stood (every person's name here is invented). The comment above each case
names the page it is based on; for a few, the page lists the document under "Relevanta dokument" and shows only its
first lines. Gold values are partly invented where transcripts lost digits. Written in session 17 by a helper who did
not read the reader's code.

This is a TUNING set (ids real2tune-...): the reader may be adjusted against it.
"""

from header_variants import Case

C = Case
CASES: list[Case] = [
    # https://vara.se/kommunochpolitik/varorganisationochverksamhet/planerochstyrandedokument/krisdokument/
    #   planforkrisstodvarakommun.1387.html
    C("real2tune-vara-antagen-galler-fran-en-rad-md", "md", [
        "Antagen av kommunstyrelsen 7 april 2021 § 39, gäller från och med 1 maj 2021"],
        {"decided": "2021-04-07", "decided_by": "kommunstyrelsen", "valid_from": "2021-05-01"},
        title="Plan för krisstöd Vara kommun"),
    # https://smedjebacken.se/sakerhetkris/posom/handlingsplanforposom.4.34576465126885270a180005715.html
    # A web page's footer; "Webbredaktör" is not the document's owner.
    C("real2tune-smedjebacken-sidan-senast-uppdaterad-webbredaktor-md", "md", [
        "Sidan senast uppdaterad: 2018-10-24", "Webbredaktör: Anna Nord"],
        {"revised": "2018-10-24"}, layout="end", title="Handlingsplan för POSOM"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/109538025-Information-om-hantering-av-avvikelser-inom-socialforvaltningen-i-
    #   staffanstorps-kommun.html (the revision date lost)
    C("real2tune-kvalitetshandbok-bilaga-dokumentansvarig-reviderat-md", "md", [
        ["Kvalitetshandbok", "Fel och Brister"], ["Bilaga 8", ""], ["Dokumentansvarig", "Kvalitetsutvecklare"],
        ["Dokumentnamn", "Rutin för Lex Sarah"], ["Reviderat", "2013-02-18"]],
        {"owner": "Kvalitetsutvecklare", "revised": "2013-02-18"}, layout="table", title="Rutin för Lex Sarah"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/105849645-Familjevard-for-barn-och-ungdom-reviderade-riktlinjer.html (date lost)
    C("real2tune-dnr-forst-riktlinjer-antagen-md", "md", [
        "Dnr SN11/72", "RIKTLINJER", "Antagen av Socialnämnden 2011-09-21"],
        {"decided": "2011-09-21", "decided_by": "Socialnämnden"},
        title="Riktlinjer för placeringar av barn och unga"),
    # http://docplayer.se/1915762-Handlingsplan-vald-i-nara-relationer-faststalld-av-kommunstyrelsen-i-ulricehamns-
    #   kommun-2014-11-03.html
    # "Datum:" is a bare document date (not a decision); "Författare:" is not an owner.
    C("real2tune-ulricehamn-forfattare-datum-reviderad-faststalld-md", "md", [
        "Författare: Sofia Berg", "Datum: 2014-06-10", "Reviderad 2014-10-01",
        "Fastställd av Kommunstyrelsen i Ulricehamns kommun, 2014-11-03"],
        {"decided": "2014-11-03", "decided_by": "Kommunstyrelsen i Ulricehamns kommun", "revised": "2014-10-01"},
        title="Handlingsplan Våld i nära relationer"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/23811991-Kontaktverksamhet-enligt-sol-lss-och-lvu.html (the year of the decision lost)
    C("real2tune-kravspecifikation-antagen-paragraf-parentes-galler-from-md", "md", [
        "INTERN KRAVSPECIFIKATION", "Antagen av Vård- och omsorgsnämnden den 26 maj 2011 (§ 63)",
        "Gäller from 1 januari 2012"],
        {"decided": "2011-05-26", "decided_by": "Vård- och omsorgsnämnden", "valid_from": "2012-01-01"},
        title="KONTAKTPERSON LSS, SoL"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/36466572-Rapportering-av-missforhallande-enl-lex-sarah-sosfs-2011-5.html
    # "Utfärdad av" (a person who issued it) is not read as decided_by: borderline, no decision wording.
    C("real2tune-ansvarig-utfardad-av-kolumner-md", "md", [
        ["Ansvarig", "Utfärdad av", "Berörda verksamheter", "Version"],
        ["Kvalitetssamordnare", "Maja Ek", "HO, HV och IFO", "3"]],
        {"owner": "Kvalitetssamordnare"}, layout="table", title="Socialtjänsten – rutin för lex Sarah"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/4771959-Kost-och-nutritionsriktlinjer-inom-aldreomsorgen.html (the start date lost)
    C("real2tune-nutrition-styrdokument-beslutat-av-tabell-md", "md", [
        ["Nutrition", "sid. 1 av 5"], ["Styrdokument", "Riktlinjer"], ["Beslutat av", "Förvaltningschef"],
        ["Gäller från och med", "2014-01-01"]],
        {"decided_by": "Förvaltningschef", "valid_from": "2014-01-01"}, layout="table", title="Nutrition"),
    # https://docplayer.se/amp/1808190-Trygghetslarm-rutiner.html
    C("real2tune-sodertalje-kontor-uppdaterad-sidnummer-txt", "txt", [
        "ÄLDREOMSORGSKONTORET Uppdaterad 2011-10-10 1(6)"],
        {"revised": "2011-10-10"}, title="Trygghetslarm rutiner"),
    # http://docplayer.se/2606364-Hantering-av-privata-medel-inom-aldre-handikapp-och-social-omsorg.html
    # Borderline: who decided stands in the label ("Beslutsdatum kommunfullmäktige") and in "KF-beslut".
    C("real2tune-huddinge-handlaggare-beslutsdatum-kf-txt", "txt", [
        "HANDLÄGGARE Eva Lund Beslutsdatum kommunfullmäktige KF-beslut 17 mars 2014, § 35 1 (13)",
        "POSTADRESS Huddinge kommun Kommunstyrelsens förvaltning Ekonomikontoret 141 85 Huddinge"],
        {"decided": "2014-03-17", "decided_by": "kommunfullmäktige"},
        known="a letterhead row run together ('Beslutsdatum kommunfullmäktige KF-beslut 17 mars 2014, § 35 1 (13) "
              "POSTADRESS …') is not read",
        title="Hantering av privata medel inom äldre-, handikapp- och social omsorg"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/109822263-Synpunkts-och-klagomalshantering.html (dates lost)
    # "OXL100 v1.1" is the template's code and version, not the document's.
    C("real2tune-oxelosund-faststallda-av-rev-mallkod-txt", "txt", [
        "1 (5)", "Rutiner för", "Fastställda av kommunchefen 2012-08-27 rev. 2014-01-20", "OXL100 v1.1"],
        {"decided": "2012-08-27", "decided_by": "kommunchefen", "revised": "2014-01-20"},
        title="Säg vad du tycker"),
    # https://www.sollentuna.se/uweb/utforarportalen/mas/riktlinjer-for-halso--och-sjukvard/9.-palliativ-vard-och-
    #   rutiner-vid-dodsfall/
    C("real2tune-sollentuna-riktlinjen-ar-senast-uppdaterad-txt", "txt", [
        "Till navigation Till innehåll", "Riktlinjen är senast uppdaterad 2019-09-03"],
        {"revised": "2019-09-03"}, title="9. Palliativ vård och rutiner vid dödsfall i SÄBO"),
    # https://docplayer.se/amp/44204047-Riktlinjer-for-handlaggning-av-arenden-enligt-socialtjanstlagen-gallande-
    #   personer-med-psykisk-funktionsnedsattning.html
    # The letterhead's bare date (2012-05-03) is not the decision date.
    C("real2tune-tyreso-brevhuvud-datum-faststallt-av-txt", "txt", [
        "Tyresö kommun 2012-05-03 Socialförvaltningen 1 (23)",
        "Fastställt av socialnämnden den 23 maj 2012, § 105"],
        {"decided": "2012-05-23", "decided_by": "socialnämnden"},
        title="Riktlinjer för handläggning av ärenden enligt socialtjänstlagen gällande personer med psykisk "
              "funktionsnedsättning"),
    # http://docplayer.se/1490197-Hemtjanst-enligt-socialtjanstlagen-sol.html (the date lost)
    C("real2tune-sotenas-reviderad-upplaga-txt", "txt", [
        "Upphandling enligt Lag om Valfrihetssystem", "Förfrågningsunderlag gällande",
        "PERSONLIG OMVÅRDNAD OCH SERVICEINSATSER", "Reviderad upplaga 2012-03-01"],
        {"revised": "2012-03-01"}, title="Hemtjänst enligt Socialtjänstlagen (SoL)"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/31101255-Ansvarsfordelning-och-rutin-for-trygghetslarm.html
    # A template placeholder left in: no date is stated.
    C("real2tune-mall-platshallare-galler-from-datum-txt", "txt", [
        "Gäller fr o m datum (åååå-mm-dd)", "Trygghetsjouren"],
        {}, title="Rutin trygghetslarm"),
    # https://docplayer.se/amp/41765423-Riktlinje-modell-plan-policy-program-regel-rutin-strategi-taxa-for-missbruk-
    #   och-beroendevard-beslutat-av-socialnamnden.html
    # A template's row of document types (the chosen one was only marked by colour, lost in the transcript).
    C("real2tune-dokumenttypsvaljare-beslutat-av-txt", "txt", [
        "riktlinje modell plan policy program regel rutin strategi taxa", "Beslutat av: Socialnämnden"],
        {"decided_by": "Socialnämnden"}, title="Riktlinje för missbruk och beroendevård"),
    # http://docplayer.se/2342132-Riktlinjer-for-hantering-av-enskildas-privata-medel-inom-social-och-
    #   aldrenamnden.html
    # The template's placeholders were never filled in: nothing is stated.
    C("real2tune-nacka-mallens-platshallare-kvar-docx", "docx", [
        "Styrdokument, riktlinjer", "Kundvalskontoret", "Anna Strand", "Dnr SÄN/2014:217",
        "Nivå: Kommungemensamt, nämnd- eller förvaltningsspecifikt styrdokument",
        "Antagen: Nämndens namn den dag månad årtal x", "Reviderad: Nämndens namn den dag månad årtal x",
        "Giltig t.o.m: Den dag månad årtal", "Ansvarig ägare: Befattning"],
        {}, title="Riktlinjer för hantering av enskildas privata medel inom social- och äldrenämnden"),
    # http://docplayer.se/1814389-Handlingsplan-for-arbete-med-vald-i-nara-relationer.html (dates lost)
    # The bare "Datum" beside "Reviderad" is the document's date, not read as a decision.
    C("real2tune-tibro-sidhuvud-datum-reviderad-arendenr-docx", "docx", [
        ["Socialtjänsten", "Datum", "Reviderad", "Ärendenr"], ["", "2013-03-20", "2016-01-12", "SN 2013/41"]],
        {"revised": "2016-01-12"}, layout="header-part",
        title="Handlingsplan för arbete med våld i nära relationer"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/24780599-Riktlinjer-bestallning-av-insatser-samt-informationsoverforing.html
    # (values lost). "Ansvarig för framtagande" is who wrote it, not the owner: borderline, left out.
    C("real2tune-utgava-giltig-from-ersatter-ansvarig-for-framtagande-docx", "docx", [
        ["Utarbetad för förvaltning", "Utgåva", "Giltig fr.o.m.", "Ersätter", "Diarienummer"],
        ["Vård och omsorg", "2", "2016-02-01", "Utgåva 1, 2014-05-12", "VO 2016/31"],
        ["Ämne/område", "Ansvarig för framtagande", "Granskad av", "", ""],
        ["Trygghetslarm", "Larmsamordnare", "MAS", "", ""]],
        {"valid_from": "2016-02-01", "replaces": "Utgåva 1, 2014-05-12"}, layout="header-part",
        title="Rutin för trygghetslarm"),
    # http://docplayer.se/8049762-Rutiner-for-tillampning-av-lex-sarah.html (names and dates invented)
    # Borderline decided_by: the head decided "i ledningsgruppen"; kept as written. The replaced guideline's
    # own decision ("fastställdes av VON 2009-06-17") is part of what is replaced, not this document's decision.
    C("real2tune-lex-sarah-faststalld-i-ledningsgruppen-ersatter-docx", "docx", [
        "Vård och omsorgsförvaltningen", "Fastställd av förvaltningschef Karin Berg i ledningsgruppen 2012-04-17",
        "Första dokumentversionen. Ersätter tidigare Riktlinjer för tillämpning av Lex Sarah enligt 14 kap. 2 § SoL "
        "och 24 a § LSS som fastställdes av VON 2009-06-17",
        "Dokumentansvarig Lena Dahl utredare Vård- och omsorgsförvaltningen"],
        {"decided": "2012-04-17", "decided_by": "förvaltningschef Karin Berg i ledningsgruppen",
         "replaces": "tidigare Riktlinjer för tillämpning av Lex Sarah enligt 14 kap. 2 § SoL och 24 a § LSS som "
                     "fastställdes av VON 2009-06-17",
         "owner": "Lena Dahl utredare Vård- och omsorgsförvaltningen"},
        known="'Ersätter' after a sentence on the same line is not read",
        title="RUTINER FÖR TILLÄMPNING AV LEX SARAH"),
    # http://docplayer.se/1915968-Handlingsplan-vald-i-nara-relationer.html
    # Borderline: one date under "Fastställd/senast uppdaterad"; read as the decision date (the label's first word).
    C("real2tune-nacka-kolumner-faststalld-senast-uppdaterad-docx", "docx", [
        ["Diarienummer", "Fastställd/senast uppdaterad", "Beslutsinstans", "Ansvarigt politiskt organ",
         "Ansvarig processägare"],
        ["SÄN 2014/112", "2014-06-16", "Social- och äldrenämnden", "Social- och äldrenämnden", "Socialdirektören"]],
        {"decided": "2014-06-16", "decided_by": "Social- och äldrenämnden", "owner": "Socialdirektören"},
        layout="table", title="HANDLINGSPLAN VÅLD I NÄRA RELATIONER"),
    # http://docplayer.se/1303985-Heby-kommuns-forfattningssamling.html
    # "Infördes i författningssamlingen" is the publication date, not the decision.
    C("real2tune-heby-forfattningssamling-infordes-beslutade-docx", "docx", [
        "Heby kommuns författningssamling", "Sociala nämnden", "HebyFS 2014:11",
        "Infördes i författningssamlingen den 3 april 2014",
        "Sociala nämnden beslutade den 22 januari 2014, om följande riktlinjer.", "1 Sn § 18, 22 januari 2014",
        "Beslutet ersätter Riktlinjer, 25 april 2012"],
        {"decided": "2014-01-22", "decided_by": "Sociala nämnden", "replaces": "Riktlinjer, 25 april 2012"},
        title="Riktlinjer för individ- och familjeomsorgen i Heby kommun"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/24780599-Riktlinjer-bestallning-av-insatser-samt-informationsoverforing.html
    # (values lost). "Godkänd av" is who decided; "Utfärdad av" is not read.
    C("real2tune-rutin-upprattad-reviderad-utfardad-godkand-docx", "docx", [
        ["Rutin", "Diarienummer: VON 2016/88", "", ""],
        ["Upprättad", "Reviderad", "Utfärdad av", "Godkänd av"],
        ["2016-03-02", "2017-10-16", "MAS", "Förvaltningschef"]],
        {"created": "2016-03-02", "revised": "2017-10-16", "decided_by": "Förvaltningschef"}, layout="table",
        title="Rutin för beställning av delegerad hälso- och sjukvårdsinsats"),
    # https://docplayer.se/9000068-Utkast-rutiner-for-handlaggning-och-socialpedagogiska-insatser-familjenheten-
    #   dokumenttyp-rutin-dokumentansvarig-enhetschef-familjenheten.html
    C("real2tune-utkast-dokumenttyp-dokumentansvarig-sidhuvud-docx", "docx", [
        "Dokumenttyp: Rutin", "Dokumentansvarig: Enhetschef, Familjenheten", "UTKAST XX"],
        {"owner": "Enhetschef, Familjenheten"}, layout="header-part",
        title="Rutiner för handläggning och socialpedagogiska insatser – Familjenheten"),
    # https://docplayer.se/amp/157313241-Handlingsplan-for-posom-i-hassleholm.html
    # "För revidering ansvarar" is read as the owner (like "Revideringsansvarig"). "Antagen: 2010-03-31" follows
    # "Ersätter:" and dates the replaced plan: borderline, this document's decision is "Fastställt den".
    C("real2tune-hassleholm-faststallt-den-ersatter-antagen-pdf", "pdf", [
        "2019-08-29", "1 (10)", "Diarienummer: KLK 2017/928", "Fastställt den: 2019-08-28 § 177",
        "Fastställt av: Kommunstyrelsen", "För revidering ansvarar: Kommunstyrelsen",
        "För uppföljning ansvarar: Socialförvaltningen", "Dokumentet gäller för: Hässleholms kommun",
        "Giltighetsperiod: Tillsvidare", "Ersätter: Handlingsplan för POSOM",
        "Kommunal författningssamling: Program och handlingsplaner", "Antagen: 2010-03-31"],
        {"decided": "2019-08-28", "decided_by": "Kommunstyrelsen", "owner": "Kommunstyrelsen",
         "valid_until": "tillsvidare", "replaces": "Handlingsplan för POSOM"},
        layout="cover", title="Handlingsplan för POSOM i Hässleholm"),
    # https://5dok.org/document/q2n00l06-riktlinjer-handl%C3%A4ggning-insatser-enligt-ungdomar-
    #   funktionsneds%C3%A4ttning-social-omsorgskontoret.html
    # The running header's bare date (2016-05-12) is not the decision date.
    C("real2tune-lss-lopande-datum-antagna-av-paragraf-pdf", "pdf", [
        "Riktlinjer LSS | 2016-05-12", "För handläggning av insatser enligt LSS för barn, ungdomar och vuxna",
        "Riktlinjerna är antagna av omsorgsnämnden 2016-06-02 §57", "1 (21) Social- och omsorgskontoret"],
        {"decided": "2016-06-02", "decided_by": "omsorgsnämnden"}, title="Riktlinjer LSS"),
    # http://docplayer.se/1520411-Plan-for-psykisk-och-socialt-omhandertagande-posom-vid-extraordinara-handelser-
    #   och-andra-allvarliga-handelser.html (the date lost)
    C("real2tune-sigtuna-posom-antagen-av-ks-pdf", "pdf", [
        "vid extraordinära händelser och andra allvarliga händelser", "Antagen av kommunstyrelsen 2014-02-17"],
        {"decided": "2014-02-17", "decided_by": "kommunstyrelsen"},
        title="Plan för Psykiskt Och Socialt OMhändertagande"),
    # https://omsorgenshandbocker.vaxjo.se/sidor/larmhandbok/ordinart-boende-ao-hemvard/avinstallation-av-larm-
    #   gommor-las-inom-ordbo.html (a web page printed to PDF)
    C("real2tune-vaxjo-webbsida-senast-uppdaterad-manad-i-ord-pdf", "pdf", [
        "Skriv ut", "Senast uppdaterad: 16 maj 2022"],
        {"revised": "2022-05-16"}, layout="end", title="Avinstallation av larm inom Ordbo"),
    # https://5dok.org/document/yr38rm38-ledningssystem-systematiskt-kvalitetsarbete-arbetsmarknads-
    #   socialf%C3%B6rvaltningen-malm%C3%B6-stad.html
    # "Revideras: Vid behov" and "Följs upp: Vartannat år" give no date.
    C("real2tune-malmo-ruta-faststallelse-revideras-vid-behov-pdf", "pdf", [
        ["Malmö stad", "Arbetsmarknads- och socialnämnden"], ["Typ av dokument", "Ledningssystem"],
        ["Beslutat av", "Arbetsmarknads- och socialnämnden"], ["Fastställelse", "2020-03-26"],
        ["Reviderad", "2020-01-31"], ["Ansvarig", "Förvaltningsdirektör"], ["Revideras", "Vid behov"],
        ["Följs upp", "Vartannat år"]],
        {"decided_by": "Arbetsmarknads- och socialnämnden", "decided": "2020-03-26", "revised": "2020-01-31",
         "owner": "Förvaltningsdirektör"},
        layout="box", title="Ledningssystem för kvalitetsarbete"),
    # http://docplayer.se/3969604-Regel-for-halso-och-sjukvard-dodsfall-omhander-tagande-av-avlidna.html
    # The bare date is the letterhead's; "Medicinskt Ansvarig för Rehabilitering" names the issuer, not an owner.
    C("real2tune-stockholm-innerstad-lopande-rev-pdf", "pdf", [
        "Region Stockholm Innerstad   Sida 1 (10)", "2010-06-14   REV 2012-02-01", "Sjuksköterskor",
        "Medicinskt Ansvarig för Rehabilitering"],
        {"revised": "2012-02-01"}, layout="header-part", title="REGEL FÖR HÄLSO OCH SJUKVÅRD: DÖDSFALL"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/109538025-Information-om-hantering-av-avvikelser-inom-socialforvaltningen-i-
    #   staffanstorps-kommun.html (the date lost)
    # Borderline decided_by: the template's alternative "Förvaltningsledning/nämnd" left as written.
    C("real2tune-beslutad-av-forvaltningsledning-namnd-tillsvidare-pdf", "pdf", [
        ["Beslutad av", "Datum", "Giltighetstid"], ["Förvaltningsledning/nämnd", "2015-09-01", "Tillsvidare"]],
        {"decided_by": "Förvaltningsledning/nämnd", "decided": "2015-09-01", "valid_until": "tillsvidare"},
        layout="box", title="Rutin för avvikelsehantering"),
    # https://docplayer.se/amp/31101709-Rutin-trygghetslarm-digitala-trygghetslarm-ver-3-0-agneta-aldor-sida-1-15-
    #   osf-av-15-035.html (the author's name invented)
    # A version and a document code but no date or owner label.
    C("real2tune-trygghetslarm-version-sidhuvud-utan-datum-pdf", "pdf", [
        "Rutin trygghetslarm", "Digitala Trygghetslarm   Ver 3.0", "Anna Ek   Sida: 1 (15)", "OSF/AV-15:035"],
        {}, layout="header-part", title="Rutin trygghetslarm"),
]
