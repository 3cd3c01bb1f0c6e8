"""Header shapes from real municipal social-services documents found in stored public pages: a second set.

Other documents than those behind header_variants_real_*.py (none of their source addresses is reused). Each case
copies the header's shape as a transcript shows it -- labels and their spelling and case, order, punctuation, which
values share a line, page furniture, letterheads, template placeholders left in -- with short invented values where
the transcript lost digits or where names stood (every person's name here is invented). The comment above each case
names the page it is based on; for a few, the page lists the document under "Relevanta dokument" and shows only its
first lines. Gold values are partly invented where transcripts lost digits. Written in session 17 by a helper who did
not read the reader's code.

This is a HELD-OUT set (ids real2held-...): measured, never tuned on.
"""

from header_variants import Case

C = Case
CASES: list[Case] = [
    # https://www.sjobo.se/omsorg-och-stod/familj-barn-och-ungdom/stod-till-familjen/kontaktperson-och-
    #   kontaktfamilj.html
    C("real2held-sjobo-skriv-ut-senast-uppdaterad-md", "md", [
        "Skriv ut", "Senast uppdaterad: 23 april 2020"],
        {"revised": "2020-04-23"}, layout="end", title="Kontaktperson och kontaktfamilj"),
    # https://5dok.org/document/yj7mrlkp-handl%C3%A4ggning-och-dokumentation-enligt-sol-och-lss.html
    C("real2held-vimmerby-antagen-senast-uppdaterad-md", "md", [
        "Socialförvaltningen", "inom Socialförvaltningen, Vimmerby kommun",
        "Antagen av Socialförvaltningens ledningsgrupp 2018-04-25 Senast uppdaterad 2018-12-04"],
        {"decided": "2018-04-25", "decided_by": "Socialförvaltningens ledningsgrupp", "revised": "2018-12-04"},
        title="Handläggning och dokumentation enligt SoL och LSS"),
    # the first lines of a document listed under "Relevanta dokument" on
    # https://docplayer.se/amp/4914759-Socialtjanstens-stod-till-valdsutsatta-att-hamta-personliga-tillhorigheter.html
    C("real2held-handlingsplan-antagen-den-dnr-efter-md", "md", [
        "Antagen av socialnämnden den 4 maj 2016", "Dnr SN16/76"],
        {"decided": "2016-05-04", "decided_by": "socialnämnden"},
        title="Handlingsplan för våld i nära relationer"),
    # http://www.gmfvaxjo.se/info/riktlinjer-f%C3%B6r-hantering-av-hm-s-privata-medel-4863525
    # (Växjö kommuns riktlinje återgiven på en god man-förenings webbplats; datumet skrivet med mellanslag)
    C("real2held-vaxjo-faststallda-parentes-datum-mellanslag-md", "md", [
        "(fastställda av omsorgsförvaltningens ledningsgrupp 2010 12 21)"],
        {"decided": "2010-12-21", "decided_by": "omsorgsförvaltningens ledningsgrupp"},
        title="Riktlinjer för hantering av privata medel inom omsorg funktionsnedsättning"),
    # https://docplayer.se/amp/39678844-Riktlinjer-for-hantering-av-brukares-privata-medel-social-valfard-orebro-
    #   kommun-beslutad-i-programutvecklingsgrupp-social-valfard.html (the date lost)
    C("real2held-orebro-beslutad-i-programgrupp-txt", "txt", [
        "Social välfärd", "Örebro kommun", "Beslutad i programutvecklingsgrupp Social Välfärd 2016-02-09"],
        {"decided": "2016-02-09", "decided_by": "programutvecklingsgrupp Social Välfärd"},
        title="Riktlinjer för hantering av brukares privata medel"),
    # https://docplayer.se/3860226-Riktlinje-for-handlaggning-av-dokument-i-ledningssystemet.html
    # A header table read as one line; "Upprättad (och datum)" holds only roles, so no created date.
    C("real2held-flattened-ansvarig-upprattad-utan-datum-txt", "txt", [
        "Ansvarig för rutin Avdelningschef Kvalitet och administration Upprättad (och datum) Utvecklingsledare och "
        "MAS Beslutad (datum och av vem) Socialförvaltningens ledningsgrupp, 2012-10-22 Reviderad (datum och av vem) "
        "Process Systematiskt kvalitetsarbete Giltig till och med 2014-12-31"],
        {"owner": "Avdelningschef Kvalitet och administration", "decided": "2012-10-22",
         "decided_by": "Socialförvaltningens ledningsgrupp", "valid_until": "2014-12-31"},
        title="Riktlinje för handläggning av dokument i ledningssystemet"),
    # https://docplayer.se/16507447-Lokal-modell-for-samordnad-vard-och-omsorg-kring-personer-med-demenssjukdom-
    #   samt-stod-till-deras-anhoriga.html (both dates lost)
    # The first, unlabelled date is not read (no "Upprättad"/"Fastställd" wording); only "rev" is.
    C("real2held-ekero-datum-komma-rev-txt", "txt", [
        "2014-05-20, rev 2015-03-10", "Ekerö kommun"],
        {"revised": "2015-03-10"},
        title="Lokal modell för samordnad vård och omsorg kring personer med demenssjukdom samt stöd till deras "
              "anhöriga"),
    # https://docplayer.se/amp/104933056-Kontaktverksamhet-enligt-sol-lss-och-lvu-riktlinjer-antagna-av-ks-april-
    #   2008-reviderade-november-stockholm-se.html
    # "Utgivningsdatum" is a publication date and "Kontaktperson" not an owner.
    C("real2held-stockholm-antagna-av-ks-manad-reviderade-txt", "txt", [
        "Riktlinjer", "Antagna av KS april 2008", "Reviderade november 2015", "stockholm.se", "",
        "Dnr: 3.1.1-581/2015", "Utgivningsdatum: November 2015", "Utgivare: Socialförvaltningen",
        "Kontaktperson: Jenny Ahl"],
        {"decided": "2008-04-01", "decided_by": "KS", "revised": "2015-11-01"},
        title="Kontaktverksamhet enligt SoL, LSS och LVU"),
    # https://5dok.org/document/y960794r-arkivredovisning-f%C3%B6r-arbetsmarknads-och-socialn%C3%A4mnden.html
    # Borderline: "Upprättad" stands alone above "Datum:", read as the creation date.
    C("real2held-malmo-upprattad-datum-version-ansvarig-docx", "docx", [
        "Upprättad", "Datum: 2020-03-01 Version: 2.1",
        "Ansvarig: Lena Sjöberg Förvaltning: Arbetsmarknads- och socialförvaltningen",
        "Avdelning: Strategiska avdelningen"],
        {"created": "2020-03-01", "owner": "Lena Sjöberg"},
        title="Arkivredovisning för arbetsmarknads- och socialnämnden"),
    # http://spotidoc.com/doc/4082443/rutin-utredning-11-1-barn
    # "Upprättad (av vem och datum)" holds a person only, and "Reviderad" is empty.
    C("real2held-utredning-tabell-beslutad-datum-och-av-vem-docx", "docx", [
        ["SOCIALFÖRVALTNINGEN", ""], ["Ansvarig för rutin:", "Avdelningschef Individ- och familj"],
        ["Beslutad (datum och av vem):", "Socialförvaltningens ledningsgrupp, 2013-11-18"],
        ["Process:", "handläggning"], ["Upprättad (av vem och datum)", "Maria Holm, enhetschef"], ["Dnr", ""],
        ["Giltig till och med:", "2014-12-31"],
        ["Reviderad (av vem och datum)", ""]],
        {"owner": "Avdelningschef Individ- och familj", "decided": "2013-11-18",
         "decided_by": "Socialförvaltningens ledningsgrupp", "valid_until": "2014-12-31"},
        layout="table", title="Rutin utredning 11:1 barn"),
    # https://studylibsv.com/doc/957393/riktlinje-boendest%C3%B6d
    C("real2held-riktlinjen-har-antagits-ersatter-citat-docx", "docx", [
        "Riktlinje", "2014-03-12", "Diarienummer: VON 2014/0183 732",
        "Riktlinjen har antagits av vård- och omsorgsnämnden 2014-03-12",
        "Riktlinjen ersätter ”Riktlinjer för boendestöd till vuxna personer med funktionsnedsättning” 13 oktober 2009",
        "VÅRD- OCH OMSORGSNÄMNDEN"],
        {"decided": "2014-03-12", "decided_by": "vård- och omsorgsnämnden",
         "replaces": "”Riktlinjer för boendestöd till vuxna personer med funktionsnedsättning” 13 oktober 2009"},
        title="Boendestöd"),
    # https://lawinsider.com/sv/contracts/hg5uzMd16tH (Alingsås kommun; the day of the revision lost)
    C("real2held-alingsas-faststallelsedatum-senast-reviderat-docx", "docx", [
        ["Dokumenttyp:", "Förfrågningsunderlag LOV"], ["Fastställt av:", "Vård och omsorgsnämnden"],
        ["Fastställelsedatum:", "2015-12-14"], ["Dokumentansvarig:", "SAS, Karin Holm"],
        ["Senast reviderat den:", "2021-11-22"]],
        {"decided": "2015-12-14", "decided_by": "Vård och omsorgsnämnden", "owner": "SAS, Karin Holm",
         "revised": "2021-11-22"},
        layout="table", title="Förfrågningsunderlag för hemtjänst enligt LOV"),
    # https://docplayer.se/138794158-Strategi-program-plan-policy-riktlinjer-regler.html (dates partly lost)
    # "ANSVAR UPPFÖLJNING/UPPDATERING" is read as the owner; "GÄLLER TILL OCH MED: 2022" as the year's end.
    C("real2held-ulricehamn-versaler-antaget-av-ansvar-uppfoljning-pdf", "pdf", [
        ["Styrdokument", "RIKTLINJE FÖR ANHÖRIGSTÖD"], ["ANTAGET AV:", "Kommunstyrelsen"],
        ["DATUM:", "2018-11-29, § 349"], ["GÄLLER FRÅN OCH MED:", "2019-01-01"],
        ["ANSVAR UPPFÖLJNING/UPPDATERING:", "Socialchef"], ["GÄLLER TILL OCH MED:", "2022"]],
        {"decided_by": "Kommunstyrelsen", "decided": "2018-11-29", "valid_from": "2019-01-01", "owner": "Socialchef",
         "valid_until": "2022-12-31"},
        layout="box", title="Riktlinje för anhörigstöd"),
    # https://docplayer.se/34190055-Karlstads-kommun-beslutad-i-vard-och-omsorgsforvaltningen-ansvarig-medicinskt-
    #   ansvarig-sjukskoterska-galler-fr-o-m.html (dates lost)
    # Only a start of validity is stated, so the latest update date stands for the end.
    C("real2held-karlstad-titelsida-beslutad-i-uppdateras-senast-pdf", "pdf", [
        "KARLSTADS KOMMUN", "Beslutad i: Vård- och omsorgsförvaltningen",
        "Ansvarig: Medicinskt ansvarig sjuksköterska", "Gäller fr. o m: 2014-09-01", "Uppdateras senast: 2016-09-01"],
        {"decided_by": "Vård- och omsorgsförvaltningen", "owner": "Medicinskt ansvarig sjuksköterska",
         "valid_from": "2014-09-01", "valid_until": "2016-09-01"},
        layout="cover", title="RIKTLINJE GÄLLANDE DELEGERING"),
    # http://docplayer.se/5453692-Instruktion-gallande-omhandertagande-av-avliden-samt-transport-till-barhus.html
    # A letterhead only: its bare date is not a decision, and nothing else is stated.
    C("real2held-karlstad-instruktion-brevhuvud-utan-beslut-pdf", "pdf", [
        "Sid 1(5)", "VÅRD- OCH OMSORGSFÖRVALTNINGEN", "2013-09-16",
        "Verksamhetsområde Vårdboende, Hemvård, Funktionsstöd, Biståndskontoret", "Karlstad",
        "Per Lund verksamhetsutvecklare"],
        {}, title="Instruktion vid omhändertagande av avliden"),
    # https://studylibsv.com/doc/559549/m%C3%A5ltids-och-nutritionsarbete (the author's name invented)
    C("real2held-kvalitetskrav-lopande-sidhuvud-skapad-beslutad-pdf", "pdf", [
        ["Dokumentnamn:", "", "Sida: 1 (22)"], ["Måltids- och nutritionsarbete", "", ""],
        ["Skapad av:", "Beslutad av:", "Reviderad den:"], ["Eva Berg, 2015-03-09", "VON 2015-03-26, § 23", ""]],
        {"created": "2015-03-09", "decided": "2015-03-26", "decided_by": "VON"}, layout="header-part",
        title="Kvalitetskrav vid särskilda boenden (SoL)"),
]
