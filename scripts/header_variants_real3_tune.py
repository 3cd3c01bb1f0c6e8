"""Header shapes from real municipal and regional documents found in stored public pages: a tuning set.

A third set, drawn from other documents than header_variants_real_*.py and header_variants_real2_*.py and found
with other search angles (färdtjänst and serveringstillstånd guidelines, crisis plans, internal control plans,
handbook web pages with their metadata at the foot, regional care programmes, letterheads and running boxes).
Each case keeps the shape of one real document: its labels with their spelling and case, their order and
punctuation, which values share a line, page furniture, letterheads, template placeholders left in. Gold values
are partly invented where the transcripts lost digits (noted above the case), and personal names are invented.
Written in session 17 by a helper who did not read the reader's code.

A TUNING set: the reader may be tuned on these cases.
"""
from __future__ import annotations

from header_variants import Case

C = Case
CASES: list[Case] = [
    # -- md ----------------------------------------------------------------------------------------------------------
    # based on: https://www4.goteborg.se/prod/Funktionsstod/LIS/Verksamhetshandbok/VerkGem.nsf/0/0CEFB4096A727E5EC125862
    #   A005F00E5?OpenDocument
    # a Lotus Notes handbook page: the start of validity in US order (month/day/year); names invented
    C("real3tune-lotus-handbook-us-date-faststallare-md", "md", [
        "Verksamhetshandbok", "Gemensam ÄVO FFS och de fyra socialförvaltningarna", "Hälso- och sjukvård",
        "Egenvård - Riktlinjer", "SOCA00014 Version: 9", "Gällande from 03/29/2023", "Handläggare: Anna Ek, Per Lind",
        "Fastställare: Per Lind"],
        {"valid_from": "2023-03-29", "decided_by": "Per Lind"}, title="Egenvård"),
    # based on: http://docplayer.se/21343175-Regionalt-vardprogram-for-palliativ-njurmedicin.html
    # "Rekommenderat av" is a recommendation, not a decision: decided_by left out; the date was lost (invented)
    C("real3tune-region-vardprogram-ansvarig-kunskapsgrupp-md", "md", [
        "Ansvarig regional kunskapsgrupp: RMK Njursjukdomar",
        "Rekommenderat av Styrgruppen för kunskapsstyrning i Södra sjukvårdsregionen", "Gäller t o m 2021-06-30"],
        {"owner": "RMK Njursjukdomar", "valid_until": "2021-06-30"},
        title="Regionalt vårdprogram för palliativ njurmedicin"),
    # based on: https://kvalitetsfabriken.gislaved.se/vardochomsorg/rutiner/dabrukareiordinartboendeinteoppnarvidhembeso
    #   kellerintesvararitelefonvidtelefonservice.4.471bdaae15ef1b669829ad7.html
    # the page's own "Senast ändrad" line (a later web edit) above the list is left out to keep revised unambiguous
    C("real3tune-web-bullet-list-metadata-end-md", "md", [
        "- Dokumentetsnamn: Rutin då brukare i ordinärt boende inte öppnar vid hembesök",
        "- Dokumentet gäller för: Socialförvaltningen", "- Dokumenttyp: Rutin", "- Giltighetstid: Tillsvidare",
        "- Dokumentansvarig: Socialförvaltningens verksamhetschefer",
        "- Dokumentet beslutat av: Socialförvaltningens ledningsgrupp", "- Senast reviderad: 2015-06-02",
        "- Version: 2"],
        {"valid_until": "tillsvidare", "owner": "Socialförvaltningens verksamhetschefer",
         "decided_by": "Socialförvaltningens ledningsgrupp", "revised": "2015-06-02"}, layout="end",
        title="Rutin då brukare i ordinärt boende inte öppnar vid hembesök"),
    # based on: https://docplayer.se/6210030-Ledningsplan-for-samhallsstorning-och-extraordinar-handelse-mandatperioden-
    #   2015-2018.html
    # the plan is stated to hold for the mandate period 2015-2018 (read as a year range); the decision date was lost
    C("real3tune-mandate-period-subtitle-antagen-paragraph-md", "md", [
        "1(7)", "Mandatperioden 2015-2018", "Antagen av kommunfullmäktige 2015-06-15, § 122"],
        {"valid_from": "2015-01-01", "valid_until": "2018-12-31", "decided": "2015-06-15",
         "decided_by": "kommunfullmäktige"},
        title="Ledningsplan för samhällsstörning och extraordinär händelse"),
    # based on: http://docplayer.se/12333536-Handbok-for-omhandertagande-av-avlidna-inom-stockholms-lan.html
    # a template placeholder left in the version date: nothing to read
    C("real3tune-version-date-placeholder-nothing-md", "md", [
        "Version 2010-xx-xx", "HSN-förvaltningen", "Box 6909, Stockholm", "Besök: Hantverkargatan 11B"],
        {}, title="Handbok för omhändertagande av avlidna inom Stockholms län"),
    # based on: http://docplayer.se/69233155-Riktlinje-for-linkopings-kommuns-arbete-med-krisberedskap.html
    # the period and the review year were lost (invented as the mandate period); the review year agrees with it
    C("real3tune-table-styrdokument-aktualitetsprovning-md", "md", [
        ["Dokumenttyp:", "Riktlinje"], ["Antaget av:", "Kommunstyrelsen"], ["Status:", "Antaget"],
        ["Giltighetstid:", "2015-2018"], ["Diarienummer:", "KS 2015-456"], ["Dokumentansvarig:", "Adm. Direktör"],
        ["Adresserat till:", "Kommunstyrelsen"], ["Tidpunkt för aktualitetsprövning:", "2018"],
        ["Tidpunkt för senaste revidering:", "-"]],
        {"decided_by": "Kommunstyrelsen", "valid_from": "2015-01-01", "valid_until": "2018-12-31",
         "owner": "Adm. Direktör"}, layout="table",
        title="Riktlinje för Linköpings kommuns arbete med krisberedskap"),
    # based on: http://docplayer.se/671835-Kostprogram-for-karlsborgs-kommun-2011-2014.html
    # the date was lost (invented); the years in the file's title are left out of the case's title
    C("real3tune-faststalld-av-kf-title-page-md", "md", ["Fastställd av kommunfullmäktige 2011-02-28"],
        {"decided": "2011-02-28", "decided_by": "kommunfullmäktige"}, title="Kostprogram för Karlsborgs kommun"),
    # based on: https://www.linkoping.se/kommun-och-politik/fakta-om-linkoping/regler-och-styrande-dokument/styrande-dok
    #   ument/delegationsordningar/omsorgsnamndens-delegationsordning/
    C("real3tune-web-antagen-giltig-fran-och-med-end-md", "md", [
        "Antagen: 2015-01-27", "Giltig: Från och med 2015-03-01", "Hjälpte informationen på den här sidan dig?",
        "Senast uppdaterad den 27 juni 2018"],
        {"decided": "2015-01-27", "valid_from": "2015-03-01", "revised": "2018-06-27"}, layout="end",
        title="Omsorgsnämndens delegationsordning"),
    # -- txt ---------------------------------------------------------------------------------------------------------
    # based on: https://docplayer.se/114296709-Information-om-riksfardtjanst.html
    # the date was lost (invented)
    C("real3tune-title-page-reviderad-only-txt", "txt", [
        "Reviderad 2016-02-01"], {"revised": "2016-02-01"}, title="Information om riksfärdtjänst"),
    # based on: https://docplayer.se/48726227-Rutin-hantering-av-brukares-privata-medel-av-personalen-inom-hemtjansten-a
    #   ntagen-av-socialnamnd-fortydligande.html
    # both dates were lost (invented); a "förtydligande" (clarification) of the text is read as its latest revision
    # (borderline)
    C("real3tune-antagen-fortydligande-one-line-txt", "txt", [
        "sida 1 (6)", "Antagen av socialnämnd 2008-10-22, förtydligande 2009-03-18"],
        {"decided": "2008-10-22", "decided_by": "socialnämnd", "revised": "2009-03-18"},
        title="Rutin: Hantering av brukares privata medel av personalen inom hemtjänsten"),
    # based on: https://www4.goteborg.se/prod/AldreVardOmsorg/LIS/Verksamhetshandbok/Verksamh.nsf/8831d344796a5abdc1256b
    #   ce0042d1a4/21dcdd09456f7cb9c12589420041e555!OpenDocument
    # a change log whose columns come out one after another (times, then authors, then actions); its latest row
    # is the revision; "Tidigare fastställare" names an earlier decider, not this version's (name invented)
    C("real3tune-lotus-change-log-columns-end-txt", "txt", [
        "2025-12-15 13:53:02", "2025-12-15 13:52:26", "Karin Holm/AldreVardOmsorg/GBGStad",
        "Karin Holm/AldreVardOmsorg/GBGStad", "Publicerad", "Ändrad",
        "Tidigare fastställare: Karin Holm/AldreVardOmsorg/GBGStad"],
        {"revised": "2025-12-15"}, layout="end",
        known="a Lotus Notes change log flattened into columns (timestamps, then authors, then actions) "
              "is not read",
        title="Äldre samt vård- och omsorgsförvaltningens krisledningsplan"),
    # based on: https://docplayer.se/amp/15715877-Krisledningsplan-infor-och-vid-sarskilda-och-extraordinara-handelser-s
    #   ocialforvaltningen-diarienummer-krisledningsplan.html
    # a header table run together; two fields are empty (owner unit, last revision) and must stay absent
    C("real3tune-flattened-styrdokument-empty-fields-txt", "txt", [
        "Dokumenttyp: Plan Beslutad av: Socialnämnden Gäller för: Socialförvaltningen Dokumentnamn: Krisledningsplan",
        "Beslutsdatum: 2014-06-19 Dokumentansvarig avdelning: Diarienummer: SN 2014/0088 Giltig till och med: "
        "Tills vidare Senast reviderad:"],
        {"decided_by": "Socialnämnden", "decided": "2014-06-19", "valid_until": "tillsvidare"},
        title="Krisledningsplan inför och vid särskilda och extraordinära händelser"),
    # based on: http://docplayer.se/5022281-Riktlinjer-for-serveringstillstand.html
    # the date was lost (invented)
    C("real3tune-antaget-av-kf-no-colon-txt", "txt", ["Antaget av Kommunfullmäktige 2013-04-23"],
        {"decided": "2013-04-23", "decided_by": "Kommunfullmäktige"},
        title="Riktlinjer för serveringstillstånd för Alvesta kommun"),
    # based on: http://docplayer.se/2673977-Delegeringsordning-for-vard-och-omsorgsnamnden.html
    # a note that changes are in red, and a Dnr: no date, no decider, no owner
    C("real3tune-changes-in-red-dnr-nothing-txt", "txt", ["Röd text är ändringar", "Dnr VON-358 Dpl 00"], {},
        title="Delegeringsordning för vård- och omsorgsnämnden"),
    # based on: http://docplayer.se/3722891-Mas-riktlinje-riktlinje-for-arbete-med-att-forebygga-trycksar.html
    # "MAS" here names the kind of document (the MAS's guideline), not a stated owner
    C("real3tune-mas-doc-type-label-nothing-txt", "txt", [
        "MAS Riktlinje", "1(8)"], {}, title="Riktlinje för arbete med att förebygga trycksår"),
    # based on: https://plus.rjl.se/index.jsf?nodeId=44666&nodeType=13
    # the editor after the date is not an owner (name invented)
    C("real3tune-web-uppdaterad-with-editor-end-txt", "txt", [
        "Uppdaterad: 2018-09-17", "Sara Lund, Regionledningskontoret, RLK o Verksamhetsnära funktion"],
        {"revised": "2018-09-17"}, layout="end", title="Orosanmälan"),
    # -- docx --------------------------------------------------------------------------------------------------------
    # based on: https://docplayer.se/16693483-Fardtjanst-och-riksfardtjanst.html
    # the date was lost (invented)
    C("real3tune-forvaltning-dnr-kommun-antagen-paragraph-docx", "docx", [
        "Omsorgsförvaltningen ON2014/0123 Tanums kommun", "Färdtjänst och riksfärdtjänst",
        "Antagen av omsorgsnämnden 2014-05-21, § 62."],
        {"decided": "2014-05-21", "decided_by": "omsorgsnämnden"},
        title="Riktlinjer för färdtjänst och riksfärdtjänst"),
    # based on: https://docplayer.se/amp/141329523-Doknr-i-barium-dokumentserie-giltigt-fr-o-m-version-su-med-rutin-nutr
    #   ition-under-intensivvard.html
    # the revision row's date was lost (invented); names invented
    C("real3tune-barium-column-table-revision-rows-docx", "docx", [
        ["Doknr. i Barium", "Dokumentserie", "Giltigt fr o m", "Version"], ["14613", "su/med", "2017-04-27", "3"],
        ["Innehållsansvarig: Karl Nord, Överläkare, Läkare AnOpIVA (karno5)"],
        ["Godkänd av: Lena Fors, Sektionschef, Läkare AnOpIVA (lenfo26)"],
        ["Denna rutin gäller för: Verksamhet Anestesi-Operation-Intensivvård Sahlgrenska"],
        ["Revideringar i denna version"], ["Datum", "Version", "Ändring"],
        ["2017-04-20", "3", "Ändring under metod på sid 5"]],
        {"valid_from": "2017-04-27", "owner": "Karl Nord, Överläkare, Läkare AnOpIVA (karno5)",
         "decided_by": "Lena Fors, Sektionschef, Läkare AnOpIVA (lenfo26)", "revised": "2017-04-20"}, layout="table",
        title="Rutin Nutrition under intensivvård"),
    # based on: https://docplayer.se/14889615-Sollentuna-kommun-ijvard-och-omsorgskontoret.html
    # a letterhead with a revision date and no decision; the date was lost (invented), the name invented
    C("real3tune-word-header-tjansteutlatande-reviderad-docx", "docx", [
        "SOLLENTUNA KOMMUN", "Vård- och omsorgskontoret", "Per Lund", "Tjänsteutlåtande", "Sidan 1 av 3",
        "Reviderad 2013-10-14", "Dnr 2013/0058 VON-6", "Diariekod: 710"],
        {"revised": "2013-10-14"}, layout="header-part",
        title="Översyn av riktlinjer för biståndsbedömning enligt socialtjänstlagen (SoL)"),
    # based on: http://docplayer.se/1438528-Melleruds-kommun-socialforvaltningen-1.html
    # the start of validity ends the title line; the date was lost (invented)
    C("real3tune-kommun-forvaltning-title-from-date-docx", "docx", ["Melleruds kommun Socialförvaltningen 1", "Allmänt",
        "Riktlinjer för avgifter i vård och omsorg Melleruds kommun fr.o.m. 2014-01-01"],
        {"valid_from": "2014-01-01"}, title="Riktlinjer för avgifter i vård och omsorg"),
    # based on: http://docplayer.se/3759871-Riktlinjer-for-alkoholservering.html
    C("real3tune-antagen-den-long-date-paragraph-dnr-docx", "docx", [
        "Antagen av socialnämnden den 22 januari 2013, § 15", "Dnr 2012/412"],
        {"decided": "2013-01-22", "decided_by": "socialnämnden"}, title="RIKTLINJER FÖR ALKOHOLSERVERING"),
    # based on: http://docplayer.se/5022214-Strangnas-kommuns-riktlinjer-enligt-alkohollagen-for-alkoholservering-samt-f
    #   or-forsaljning-servering-av-folkol.html
    # a draft: the decision and start dates are template placeholders ("2015-mm-dd §xx") and must not be read;
    # the body (KF) is stated; the replaced document's date and number were lost (invented)
    C("real3tune-styrdokument-table-template-placeholders-docx", "docx", [
        ["STYRDOKUMENT", "14:3", "1/15"], ["Beslutad:", "Gäller fr o m:", "Myndighet:"],
        ["KF 2015-mm-dd §xx", "KF 2015-mm-dd §xx", "Socialnämnden"], ["Diarienummer:", "Ersätter:", "Ansvarig:"],
        ["SN/2014:512", "Dokumentnamn beslutad av KF 2012-06-18, KS 2012:145",
         "Socialkontor, enheten för administration och utveckling"]],
        {"decided_by": "KF", "replaces": "Dokumentnamn beslutad av KF 2012-06-18, KS 2012:145",
         "owner": "Socialkontor, enheten för administration och utveckling"}, layout="table",
        known="who decided is not read from a template placeholder ('KF 2015-mm-dd §xx')",
        title="Strängnäs kommuns riktlinjer enligt alkohollagen för alkoholservering"),
    # based on: https://docplayer.se/4857101-Handlingsplan-for-rapportering-och-forebyggande-av-fallolyckor.html
    # only the author's name under the title (invented): not an owner
    C("real3tune-kommun-forvaltning-author-nothing-docx", "docx", [
        "Sotenäs kommun", "Omsorgsförvaltningen", "Handlingsplan för rapportering och förebyggande av fallolyckor",
        "Lena Berg"], {}, title="Handlingsplan för rapportering och förebyggande av fallolyckor"),
    # based on: http://plus.rjl.se/infopage.jsf?nodeId=44522&childId=23529
    # the page's own "Uppdaterad:" line (a later web edit) under the list is left out to keep revised unambiguous
    C("real3tune-web-version-list-reviderat-faststallt-end-docx", "docx", [
        "Version", "Reviderat 2017-07-19", "Reviderat 2017-01-10", "Reviderat 2015-12-30",
        "Reviderat 2013-11-29", "Fastställt 1995-01-24"],
        {"revised": "2017-07-19", "decided": "1995-01-24"}, layout="end", title="Vinterkräksjuka (Calici)"),
    # -- pdf ---------------------------------------------------------------------------------------------------------
    # based on: https://docplayer.se/9204216-Riktlinjer-for-fardtjanst-och-riksfardtjanst.html
    # a loose-leaf binder's running box: "Utbytt den" (page replaced on) read as the revision (borderline);
    # the values were lost (invented)
    C("real3tune-running-box-ersatter-utbytt-den-pdf", "pdf", [
        ["Ersätter", "Utbytt den", "Sign", "Sid"], ["2009-06-15", "2012-01-10", "EP", "2:17"]],
        {"replaces": "2009-06-15", "revised": "2012-01-10"}, layout="header-part",
        title="RIKTLINJER FÖR FÄRDTJÄNST OCH RIKSFÄRDTJÄNST"),
    # based on: http://docplayer.se/1800636-Privata-medel-vard-och-omsorgsforvaltningen.html
    # the year in the colophon is no field; the revision date was lost (invented), the name invented
    C("real3tune-cover-then-colophon-reviderad-pdf", "pdf", [
        "Enköpings kommun 2010", "Vård- och omsorgsförvaltningen", "Foto omslag: Anna Ek", "Reviderad 2012-09-01"],
        {"revised": "2012-09-01"}, layout="cover", title="Privata medel"),
    # based on: https://docplayer.se/9204151-Riktlinjer-for-fardtjanst-och-riksfardtjanst.html
    # the dates were lost (invented), the name invented
    C("real3tune-antagen-langst-fram-till-dokumentagare-pdf", "pdf", [
        "RIKTLINJER", "Antagen av vård- och omsorgsnämnden 2013-11-27",
        "Riktlinjerna gäller som längst fram till 2017-11-27", "Dokumentägare: Avdelningschef Maria Holm"],
        {"decided": "2013-11-27", "decided_by": "vård- och omsorgsnämnden", "valid_until": "2017-11-27",
         "owner": "Avdelningschef Maria Holm"}, title="Riktlinjer för färdtjänst och riksfärdtjänst"),
    # based on: http://docplayer.se/3072423-Vardprogram-demens-ett-samarbete-mellan-soderhamns-kommun-och-primarvarden-i
    #   -soderhamn.html
    # one decider per principal (primary care, municipality): no single decided_by, so it is left out (borderline);
    # the dates were lost (invented), names invented; the author (Upprättare) is no owner
    C("real3tune-cover-two-faststallare-upprattare-pdf", "pdf", [
        "Fastställare primärvården: Berit Ahl tillförordnad verksamhetschef",
        "Fastställare Söderhamns kommun: Eva Sund förvaltningschef",
        "Maria Blom medicinskt ansvarig sjuksköterska",
        "Upprättare: Jenny Strand demenshandläggare/projektledare Söderhamns kommun",
        "Fastställande datum: 2013-05-14", "Revideras senast: 2015-05-14"],
        {"decided": "2013-05-14", "valid_until": "2015-05-14"}, layout="cover",
        known="of two 'Fastställare <organisation>:' lines the first is read as who "
              "decided",
        title="Vårdprogram Demens"),
    # based on: https://docplayer.se/amp/106232197-Riktlinje-for-genomforande-av-uppdraget-sarskilt-boende.html
    C("real3tune-running-doc-type-page-number-nothing-pdf", "pdf", ["RIKTLINJE 1(12)"], {}, layout="header-part",
        title="Riktlinje för genomförande av uppdraget särskilt boende"),
    # based on: https://studylibsv.com/doc/41002/s%C3%A4ker-dos-i-v%C3%A4sterbotten-version-2
    # the decider on the line after its label; the unlabelled yymmdd stamp under the version line is left out
    # (it could be read as either a decision or a revision); names invented
    C("real3tune-faststallda-av-next-line-groups-pdf", "pdf", [
        "Version 2", "Framtagna av projektgrupp Säker Dos i Västerbotten",
        "Anna Berg, apotekare, Läkemedelscentrum (projektledare)", "Fastställda av",
        "Chefläkarrådet, Västerbottens läns landsting", "Representanter för kommunerna i Västerbotten:",
        "Lars Holm, Medicinskt ansvarig sjuksköterska i Skellefteå"],
        {"decided_by": "Chefläkarrådet, Västerbottens läns landsting"}, title="Säker Dos i Västerbotten"),
    # based on: https://5dok.org/document/yngpj9r1-internkontroll-plan.html
    # a committee, a date and a paragraph number with no decision word: the committee's decision (borderline);
    # the plan's year in the title is left out
    C("real3tune-cover-handling-nr-body-date-paragraph-pdf", "pdf", [
        "Socialnämnden", "Socialnämndens handling nr 2/2021", "Dnr: SOCN/2021:6 759",
        "Socialnämnden 2021-01-26, § 9"],
        {"decided": "2021-01-26", "decided_by": "Socialnämnden"},
        title="Internkontrollplan"),
    # based on: http://docplayer.se/284520-Berattelseserie-annas-led-for-en-trygg-och-saker-demensvard-i-halland-faststa
    #   lld-2012-04-13.html
    C("real3tune-series-label-faststalld-colon-pdf", "pdf", [
        "BERÄTTELSESERIE", "Fastställd: 2012-04-13"], {"decided": "2012-04-13"},
        title="Annas led - för en trygg och säker demensvård i Halland"),
]
