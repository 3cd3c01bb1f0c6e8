"""Header shapes from real municipal and regional documents found in stored public pages -- a fourth set.

Other documents than the earlier ``header_variants_real*_*.py`` sets, chosen for their statements of validity and
owner (validity, review dates, "tills vidare", owners, and the letterheads and template fillers that are none of
these). Each case keeps the real shape (labels as spelled, order, punctuation, which values share a line, page
furniture, Dnr lines, template placeholders left in); the gold values are partly invented where the transcripts lost
digits, and personal names are replaced. Some shapes are the first lines of a document as the stored page's list of
related documents gives them (its title); the comment above the case says so. Written in session 17 by a helper who
did not read the reader's code.

This is a TUNING set.
"""
from __future__ import annotations

from header_variants import Case

C = Case
CASES: list[Case] = [
    # https://5dok.org/document/z3dl658e-riktlinjer-k%C3%A4nnedom-utsatt-kr%C3%A4nkande-behandling-trakasserier-
    #   sexuella-trakasserier.html
    # (Lidingö; 'Reviderade <date>' above a 'DATUM DNR' pair (the original date, not worded as a decision) and
    # a 'Gäller samtliga skolformer ...' line that names the scope, not a validity)
    C("real4tune-lidingo-reviderade-datum-dnr-md", "md", [
        "Reviderade 2019-09-20", "DATUM DNR", "2018-02-06 UN/2018:34",
        "Gäller samtliga skolformer, fritidshem och annan pedagogisk",
        "verksamhet i kommunal regi inom Lidingö stad"],
        {"revised": "2019-09-20"},
        title="Riktlinjer vid kännedom om att ett barn eller en elev anser sig ha blivit utsatt för "
        "kränkande behandling"),
    # https://www.1177.se/Vastra-Gotaland/Regler-och-rattigheter/vardprogram-och-riktlinjer/
    # (Västra Götalandsregionen; the page's closing block, label and value on separate lines; the reviewer's
    # name replaced; Redaktör and Granskare are not owners)
    C("real4tune-vgr-1177-page-end-md", "md", [
        "Senast uppdaterad:", "2015-04-09", "Redaktör:", "1177 Vårdguiden, Västra Götalandsregionen.", "Granskare:",
        "Anna Berg, enheten för kunskapsbaserad vård, Hälso- och sjukvårdsavdelningen Västra Götalandsregionen."],
        {"revised": "2015-04-09"}, layout="end", title="Vårdprogram och riktlinjer"),
    # https://www.herjedalen.se/organisation-och-politik/styrdokument-och-regler/interna-styrdokument/
    #   riktlinjer-mot-diskriminering-krankande-sarbehandling-trakasserier-och-repressalier.html
    # (Härjedalen; two short sentences under the title, the second a Dnr)
    C("real4tune-herjedalen-krankande-faststalld-md", "md", [
        "Fastställd av kommunstyrelsen 13 november 2019 § 323.", "Diarienummer KS 2019/1069."],
        {"decided_by": "kommunstyrelsen", "decided": "2019-11-13"},
        title="Riktlinjer mot diskriminering, kränkande särbehandling, trakasserier och repressalier"),
    # title of a related document listed on
    #   https://docplayer.se/amp/105931232-Kommunstyrelsens-namndadministration.html
    # (municipality unknown): 'Riktlinjer. Administration, dokument- och ärendehantering Gäller fr.o.m Antagen av
    # Kommunstyrelsen , xx' -- the template's '§ xx' left in; the dates lost -> invented.
    C("real4tune-riktlinjer-galler-from-antagen-xx-md", "md", [
        "Riktlinjer", "Administration, dokument- och ärendehantering", "Gäller fr.o.m 2014-01-01",
        "Antagen av Kommunstyrelsen 2013-12-16, § xx"],
        {"valid_from": "2014-01-01", "decided": "2013-12-16", "decided_by": "Kommunstyrelsen"}),
    # https://www.arvika.se/kommunochpolitik/planerochstyrdokument/forfattningssamling/internariktlinjer/
    #   itsakerhetspolicy.2636.html
    # (Arvika; the title repeated with a full stop, then 'Antaget av Kommunstyrelsen den <date>, § 51.')
    C("real4tune-arvika-it-antaget-den-md", "md", [
        "IT-säkerhetspolicy.", "Antaget av Kommunstyrelsen den 15 mars 2010, § 51."],
        {"decided_by": "Kommunstyrelsen", "decided": "2010-03-15"}, title="IT-säkerhetspolicy"),
    # title of a related document listed on
    #   https://docplayer.se/amp/105931232-Kommunstyrelsens-namndadministration.html
    # (municipality unknown): 'Antagen av kommunstyrelsen Reviderad' -- both dates lost -> invented.
    C("real4tune-antagen-ks-reviderad-md", "md", ["Antagen av kommunstyrelsen 2011-02-07", "Reviderad 2016-09-12"],
        {"decided_by": "kommunstyrelsen", "decided": "2011-02-07", "revised": "2016-09-12"}),
    # http://docplayer.se/4729270-Riktlinjer-for-moten-och-resor-i-region-skane.html
    # (Region Skåne; the first line of the document is 'Reviderad <date>'; the date lost -> invented)
    C("real4tune-skane-reviderad-first-line-txt", "txt", [
        "Reviderad 2013-06-18"], {"revised": "2013-06-18"}, title="Riktlinjer för Möten och Resor"),
    # https://www.vgregion.se/halsa-och-vard/vardgivarwebben/vardriktlinjer/styrande-dokument-inom-halso--och-
    #   sjukvard/arbetsprocess-regionala-medicinska-riktlinjer/giltighet/
    # (Västra Götalandsregionen; the page's closing line, a date with a clock time)
    C("real4tune-vgregion-updated-with-time-txt", "txt", [
        "Senast uppdaterad: 2019-12-08 20:55"], {"revised": "2019-12-08"}, layout="end",
        title="Giltighet o revidering RMR"),
    # https://www.herjedalen.se/organisation-och-politik/styrdokument-och-regler/interna-styrdokument/
    #   alkohol--och-drogriktlinjer-for-harjedalens-kommuns-arbetsplatser.html
    # (Härjedalen; the decision under the title and the page footer, written here together; the editor's name
    # replaced; 'Faktaansvarig ...: Saknas' says there is no owner)
    C("real4tune-herjedalen-alkohol-page-footer-txt", "txt", [
        "Antagna av kommunstyrelsen 27 juni 2018 § 174.", "Diarienummer KS 2018/452.",
        "Senast uppdaterad: 3 november 2022 15:31", "Redaktör för sidan: Lena Åberg",
        "Faktaansvarig (syns endast i edit-läge): Saknas"],
        {"decided_by": "kommunstyrelsen", "decided": "2018-06-27", "revised": "2022-11-03"},
        title="Alkohol- och drogriktlinjer för Härjedalens kommuns arbetsplatser"),
    # title of a related document listed on
    #   https://docplayer.se/amp/105931232-Kommunstyrelsens-namndadministration.html
    # (Nykvarn): 'RIKTLINJE. Dokument- och ärendehantering i Nykvarns kommun. Fastställd av kommunstyrelsen den
    # 29 oktober 2013, 175' (the § sign lost)
    C("real4tune-nykvarn-faststalld-den-paragraf-txt", "txt", [
        "RIKTLINJE", "Dokument- och ärendehantering i Nykvarns kommun",
        "Fastställd av kommunstyrelsen den 29 oktober 2013, § 175"],
        {"decided_by": "kommunstyrelsen", "decided": "2013-10-29"}),
    # http://docplayer.se/8966863-Rutin-handling-media-original-kopia-forvaringsplats-sorteringsform-gallring-
    #   tidsfrist-for-anmarkning-leverans-till-kommunarkivet.html
    # (Danderyd; 'Myndighet:' names whose plan it is, not who decided; the date after 'Beslutsdatum:' lost ->
    # invented)
    C("real4tune-danderyd-dhp-beslutsdatum-txt", "txt", [
        "Danderyds kommun", "Dokumenthanteringsplan", "Myndighet: Produktionsstyrelsen", "Beslutsdatum: 2012-12-11",
        "Enhet: PRODUKTIONSKONTORET"], {"decided": "2012-12-11"}, title="Dokumenthanteringsplan"),
    # title of a related document listed on
    #   https://docplayer.se/amp/141142702-Granskning-av-arbetet-med-orosanmalningar-och-uppfoljning-av-placerade-
    #   barn.html
    # (municipality unknown): 'RIKTLINJE. Lex Sarah. Vård- och omsorgsnämnden. Antaget Tills vidare, dock längst
    # fyra år' -- a cover; the date lost -> invented. The unlabeled nämnd line above 'Antaget' is read as the
    # deciding body (borderline); 'dock längst fyra år' counted from the adoption date.
    C("real4tune-lex-sarah-antaget-langst-fyra-ar-txt", "txt", [
        "RIKTLINJE", "Lex Sarah", "Vård- och omsorgsnämnden", "Antaget 2016-04-20",
        "Tills vidare, dock längst fyra år"],
        {"decided": "2016-04-20", "decided_by": "Vård- och omsorgsnämnden", "valid_until": "2020-04-20"},
        title="Lex Sarah"),
    # http://docplayer.se/47282428-Rehabiliteringsvagledning-for-goteborgs-stad.html
    # (Göteborg; 'Reviderad <date>' then a list of earlier revisions; dates lost -> invented)
    C("real4tune-goteborg-rehab-revisions-docx", "docx", [
        "Rehabiliteringsvägledning för Göteborgs Stad", "Reviderad 2016-05-10",
        "Dokumentet har tidigare reviderats: 2010-06-01, 2013-02-15"],
        {"revised": "2016-05-10"}, title="Rehabiliteringsvägledning"),
    # https://www.haninge.se/nyhetsarkiv/2021/juli/samlade-checklistor-och-rad-vid-varmebolja
    # (Haninge; the page's closing line, a spelled-out date)
    C("real4tune-haninge-page-updated-end-docx", "docx", [
        "Senast uppdaterad: 15 juli 2021"], {"revised": "2021-07-15"}, layout="end"),
    # https://www.mjolby.se/36785.html  (web page: decision and owner in one paragraph under the title)
    C("real4tune-mjolby-infosak-paragraph-docx", "docx", [
        "Antagen av kommunstyrelsen 12 mars 2014. Dokumentansvarig: säkerhetssamordnare kommunledningskontoret."],
        {"decided": "2014-03-12", "decided_by": "kommunstyrelsen",
         "owner": "säkerhetssamordnare kommunledningskontoret"},
        title="Policy för informationssäkerhet"),
    # title of a related document listed on
    #   https://docplayer.se/amp/105931232-Kommunstyrelsens-namndadministration.html
    # (municipality unknown): a template's label row over a value row with the template's own fillers left in
    # ('Dokumentets typ', 'Verksamhet', 'xxxx-xx-xx'): only the deciding body is a real value.
    C("real4tune-template-columns-placeholders-docx", "docx", [
        ["Dokumenttyp", "Dokumentägare", "Beslutsinstans", "Giltig till"],
        ["Dokumentets typ", "Verksamhet", "Kommunstyrelsen", "xxxx-xx-xx"]],
        {"decided_by": "Kommunstyrelsen"}, layout="table",
        known="who decided is not read beside an unfilled template date"),
    # http://docplayer.se/2680295-Riktlinjer-om-alkohol-och-droger-for-anstallda-i-nassjo-kommun.html
    # (Nässjö; the author-collection heading with 'Antagen av <utskott>:' and 'Reviderad:', dates lost -> invented)
    C("real4tune-nassjo-fs-word-header-docx", "docx", [
        "Författningssamling", "Antagen av Utskott I: 2009-03-10", "Reviderad: 2014-02-11"],
        {"decided": "2009-03-10", "decided_by": "Utskott I", "revised": "2014-02-11"},
        layout="header-part", title="Riktlinjer om alkohol och droger för anställda"),
    # https://5dok.org/document/yj7md46k-policy-f%C3%B6r-alkohol-och-droger.html
    # (Gnosjö; labels in one row, values in the next, twice; 'Giltighetsperiod: 2017 - 2023' beside
    # 'Revideras senast: 2023'; 'Ansvarig chef för revidering' read as the owner; a second template block with
    # its filler 'Diarienummer: 2019-0000 §0' left in)
    C("real4tune-gnosjo-policy-table-docx", "docx", [
        ["Styrdokument"], ["Policy"],
        ["Fastställd av:", "Fastställd datum:", "Diarienummer:"],
        ["Kommunfullmäktige", "2017-05-23", "2017-00279"],
        ["Ansvarig chef för revidering:", "Revideras senast:", "Giltighetsperiod:"],
        ["Kommunfullmäktige", "2023", "2017 - 2023"],
        ["Styrdokument"], ["Riktlinjer"], ["Diarienummer: 2019-0000 §0"]],
        {"decided_by": "Kommunfullmäktige", "decided": "2017-05-23", "owner": "Kommunfullmäktige",
         "valid_from": "2017-01-01", "valid_until": "2023-12-31"},
        layout="table", title="Policy för alkohol och droger"),
    # http://docplayer.se/3208078-Informationssakerhetspolicy.html
    # (Värnamo; the title page carries only the title and 'Antagen av kommunfullmäktige <date>, § 140';
    # the date lost -> invented)
    C("real4tune-varnamo-policy-title-page-pdf", "pdf", ["Antagen av kommunfullmäktige 2008-04-24, § 140"],
        {"decided": "2008-04-24", "decided_by": "kommunfullmäktige"}, title="Informationssäkerhetspolicy"),
    # http://docplayer.se/2285127-Anvisningar-for-dokument-och-arendehantering-beslutad-av-ledningsradet-15-november-
    #   2010.html
    # (Kungälv; the title page: 'Beslutad av <body>: <spelled-out date>' over the sector's address block;
    # phone/e-mail lost -> invented, the block split over two lines)
    C("real4tune-kungalv-ledningsradet-letterhead-pdf", "pdf", [
        "Beslutad av ledningsrådet: 15 november 2010", "KOMMUNLEDNINGSSEKTOR",
        "ADRESS Nämndhuset, Kungälv   TELEFON 0303-23 80 00", "E-POST kommunen@kungalv.se   HEMSIDA kungalv.se"],
        {"decided_by": "ledningsrådet", "decided": "2010-11-15"},
        title="Anvisningar för dokument- och ärendehantering"),
    # http://docplayer.se/115570950-Inledning-rehabilitering-arbetslivsinriktad-overgripande-rutin.html
    # (Landstinget Sörmland; a label-per-line card at the top of page 1; names replaced, the Dnr tail and the
    # date after 'Giltig från:' lost -> invented)
    C("real4tune-sormland-rehab-lines-pdf", "pdf", [
        "Dokumenttitel: Rehabilitering arbetslivsinriktad - övergripande rutin",
        "Ämnesområde: Hantera personalfrågor", "Nivå: Huvuddokument",
        "Författare: Maria Sandberg, Enheten för hälsa och arbetsmiljö",
        "Dokumentansvarig: Enheten för hälsa och arbetsmiljö", "Beslutad av: Helena Ek, HR-direktör",
        "Diarienummer: LS-LED15-123", "Giltig från: 2015-09-01"],
        {"owner": "Enheten för hälsa och arbetsmiljö", "decided_by": "Helena Ek, HR-direktör",
         "valid_from": "2015-09-01"}, title="Rehabilitering arbetslivsinriktad - övergripande rutin"),
    # https://docplayer.se/amp/105033479-Handlingsplan-vid-varmebolja-hoga-temperaturer-giltig-fran-juni-2015-reviderad-
    #   maj-2018.html
    # (municipality unknown; the title page: 'Giltig från juni 2015' / 'Reviderad maj 2018', month and year only)
    C("real4tune-varmebolja-month-only-pdf", "pdf", ["Giltig från juni 2015", "Reviderad maj 2018"],
        {"valid_from": "2015-06-01", "revised": "2018-05-01"},
        title="Handlingsplan vid värmebölja/höga temperaturer"),
    # https://www.arvika.se/kommunochpolitik/planerochstyrdokument/forfattningssamling/internariktlinjer/
    #   informationssakerhetpolicy.4.39ef0b7b1637753306ecd176.html
    # (Arvika; one sentence under the title: body, 'den' + spelled-out date, paragraph)
    C("real4tune-arvika-infosak-faststalld-den-pdf", "pdf", [
        "Fastställd av Kommunfullmäktige den 25 juni 2018, § 129."],
        {"decided_by": "Kommunfullmäktige", "decided": "2018-06-25"}, title="Policy för informationssäkerhet"),
    # https://docplayer.se/6803128-Svar-pa-begaran-enligt-arbetsmiljolagen-aml-om-forelaggande-eller-forbud.html
    # (Uppsala; the letterhead of a tjänsteskrivelse: Handläggare, Datum, Diarienummer; names replaced, the date
    # and number lost -> invented; a handläggare is not an owner and the date is not a decision)
    C("real4tune-uppsala-socialforvaltningen-box-pdf", "pdf", [
        ["SOCIALFÖRVALTNINGEN", "Handläggare", "Datum", "Diarienummer"],
        ["", "Per Lund, Sara Ek", "2014-11-12", "SCN-2014-0417"], ["", "", "", "Socialnämnden"]],
        {}, layout="box",
        title="Svar på begäran enligt arbetsmiljölagen"),
]
