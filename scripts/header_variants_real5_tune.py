"""Header shapes from real municipal and regional documents found in stored public pages -- a fifth set.

Other documents than the earlier ``header_variants_real*_*.py`` sets: social-services riktlinjer, rutiner,
delegationsordningar, handböcker and styrdokument, the web pages they are published on, and some tjänsteskrivelser
whose letterheads carry dates that are no metadata. Each case keeps the real shape (labels as spelled, order,
punctuation, which values share a line, page furniture, Dnr lines, template placeholders left in, empty labels); the
gold values are partly invented where the transcripts lost digits (the comment says so), and personal names are
replaced. Some shapes are the first lines of a document as a stored page's list of related documents gives them (its
title); the comment above the case says so. Written in session 19 by a helper who did not read the reader's code; the
40 cases were split at random (Python's random, seed 5) into this file and its held-out counterpart.

This is a TUNING set.
"""
from __future__ import annotations

from header_variants import Case

C = Case
CASES: list[Case] = [
    # https://5dok.org/document/y960v77j-v%C3%A5ld-i-n%C3%A4ra-relationer.html
    # (Stockholms stad; the title page: 'Beslutade av KF <date>' with the logo text 'stockholm.se' run onto the same
    # line; KF (kommunfullmäktige) kept abbreviated as written)
    C("real5tune-stockholm-vinr-beslutade-av-kf-md", "md", [
        "Våld i nära relationer", "Riktlinjer för handläggning inom Stockholms stads socialtjänst",
        "Beslutade av KF 2014-03-24 stockholm.se"],
        {"decided": "2014-03-24", "decided_by": "KF"}, title="Våld i nära relationer"),
    # https://5dok.org/document/qo5o3pv5-%C3%A4ldren%C3%A4mndens-uppdragsplan-och-budget.html
    # (Umeå; the title page: the title broken over two lines, then 'Fastställd av äldrenämnden <date>')
    C("real5tune-umea-aldrenamnden-uppdragsplan-md", "md", [
        "Äldrenämndens", "uppdragsplan och budget 2021", "Fastställd av äldrenämnden 2020-11-19"],
        {"decided": "2020-11-19", "decided_by": "äldrenämnden"}, title="Äldrenämndens uppdragsplan och budget 2021"),
    # https://www.kiruna.se/Kommun/Stod-omsorg/Hjalp-i-hemmet/Boendestod-vid-psykisk-funktionsnedsattning/
    # (Kiruna; the page footer: 'Publicerad av: <name>' (the web editor, name replaced -- not an owner) and 'Senast
    # ändrad: <date>')
    C("real5tune-kiruna-boendestod-senast-andrad-end-md", "md", [
        "Publicerad av: Eva Lindqvist", "Senast ändrad: 2018-08-31"],
        {"revised": "2018-08-31"}, layout="end", title="Boendestöd vid psykisk funktionsnedsättning"),
    # https://flen.se/stod-omsorg/kommunal-sjukvard-och-halsa/medicinskt-ansvarig-sjukskoterska/
    # (Flen; the page footer 'Sidansvarig: <name>' and 'Senast uppdaterad: <date> <time with seconds>', then a contact
    # box naming the MAS (a contact, not the page's owner); names and phone replaced. 'Sidansvarig' -- the one
    # responsible for the page -- read as the owner (borderline))
    C("real5tune-flen-mas-sidansvarig-end-md", "md", [
        "Sidansvarig: Maria Holm", "Senast uppdaterad: 2022-07-18 15:27:03", "Vi hjälper dig",
        "Saknar du information?", "Kontakta någon av oss.", "Lena Berg", "Medicinskt ansvarig sjuksköterska (MAS)",
        "0157 - 43 00 00"],
        {"owner": "Maria Holm", "revised": "2022-07-18"}, layout="end", title="Medicinskt ansvarig sjuksköterska"),
    # https://www.boras.se/kampanjerochannat/socialthallbartboras/boendeochnarmiljo/aktiviteterinomboendeochnarmiljo/
    #   tarframenhandlingsplanmothemloshet.4.2c0e87a01857117e77917970.html
    # (Borås; the page's end: a 'Vem?' answer naming the förvaltning with a 'samordningsansvar' for the work (not the
    # page's owner), then the labels 'Senast ändrad:' and 'Ändrad av:' with no values, and the share line)
    C("real5tune-boras-hemloshet-tomma-falt-end-md", "md", [
        "Vem?", "Individ- och familjeomsorgsförvaltningen har ett samordningsansvar.", "Senast ändrad:",
        "Ändrad av:", "Dela sidan: Tar fram en handlingsplan mot hemlöshet"],
        {}, layout="end", title="Tar fram en handlingsplan mot hemlöshet"),
    # title of a related document listed on
    #   https://docplayer.se/amp/10233631-Samverkansriktlinjer-enligt-3-f-hsl-2-kap-7-sol-och-sosfs-2007-10-2008-20.html
    # (Region Västmanland; 'Fastställd av: Chefsforum', a 'Kontaktperson:' (not an owner; name replaced), the region's
    # name, 'Gäller fr.o.m:' whose date was lost -> invented, and a Diarienummer)
    C("real5tune-vastmanland-sip-chefsforum-md", "md", [
        "Samordnad individuell plan (SIP)", "Fastställd av: Chefsforum", "Kontaktperson: Eva Sandström",
        "Region Västmanland", "Gäller fr.o.m: 2017-09-01", "Diarienummer: PPHV170075"],
        {"decided_by": "Chefsforum", "valid_from": "2017-09-01"}, title="Samordnad individuell plan (SIP)"),
    # http://docplayer.se/1829709-Dokumenthanteringsplan-for-vard-och-omsorgskontoret.html
    # (Trosa; the title page's contact block (name replaced, phone numbers lost -> invented) ending in a template
    # sentence never filled in: 'antagen av , och gäller fr om XXXX XX - XX.' -- nothing is decided or valid;
    # 'Dokumenthanteringsplanen 2012' names the plan's year only)
    C("real5tune-trosa-dhp-antagen-av-xxxx-txt", "txt", [
        "Dokumenthanteringsplan för Vård- och Omsorgskontoret",
        "Dokumenthanteringsplanen 2012 ligger till grund för vår interna arkivering och gallring av olika dokument "
        "för så väl fil som papperskopior.",
        "Kontakt", "Postadress: Vård och Omsorg, 619 80 Trosa", "Besökadress: Tomtaklintgatan 2 D",
        "Tfn växel: 0156-520 00   Fax 0156-520 01", "Karin Åberg", "Assistent",
        "Tfn: 0156-520 02   E-post: karin.aberg@trosa.se",
        "Dokumenthanteringsplanen är antagen av , och gäller fr om XXXX XX - XX."],
        {}, title="Dokumenthanteringsplan för Vård- och Omsorgskontoret"),
    # http://docplayer.se/32272629-Delegationsordning-for-landstingsstyrelsen.html
    # (a landsting, not named in the stored excerpt; 'LS Bilaga 2' and one long line 'Fastställd den <date>, § n,
    # kompletterad och ändrad den <date>, § n, den ..., den xx 2008 § xx.' -- the § signs lost in the transcript and put
    # back; the last amendment a template filler. revised = the last amendment actually dated (2007-11-06); no deciding
    # body is named)
    C("real5tune-landsting-ls-delegation-xx-txt", "txt", [
        "LS Bilaga 2", "DELEGATIONSORDNING FÖR LANDSTINGSSTYRELSEN",
        "Fastställd den 17 december 2002, § 253, kompletterad och ändrad den 17 juni 2003, § 146, den 16 mars 2004, "
        "§ 75, den 14 december 2004, § 331, den 13 mars 2007, § 46, den 19 juni 2007, § 183, den 6 november 2007, "
        "§ 288, den xx 2008 § xx."],
        {"decided": "2002-12-17", "revised": "2007-11-06"}, title="Delegationsordning för landstingsstyrelsen",
        known='one line of 230 characters listing seven dated amendments reads as body text'),
    # https://www.arvika.se/kommunochpolitik/planerochstyrandedokument/forfattningssamling/internariktlinjer/
    #   valdinararelationerplan.2868.html
    # (Arvika; 'Antaget av Kommunfullmäktige den <date>, §104' (no space after §), then 'Planen är under revidering och
    # en ny kommer att beslutas under 2023.' -- no date of revision or end of validity; a rule line and the scope line)
    C("real5tune-arvika-vinr-under-revidering-txt", "txt", [
        "Kommunövergripande plan - Våld i nära relationer enligt SOSFS 2014:4.",
        "Antaget av Kommunfullmäktige den 29 maj 2017, §104",
        "Planen är under revidering och en ny kommer att beslutas under 2023.", "________",
        "För Arvika kommuns verksamheter enligt HSL och SoL inom Lärande och stöd och Vård och omsorg."],
        {"decided": "2017-05-29", "decided_by": "Kommunfullmäktige"}, title="Våld i nära relationer, plan"),
    # http://malung-salen.se/stodochomsorg/aldrevardochomsorg/medicinsktansvarig.4.f647a59141ef67b4341b4.html
    # (Malung-Sälen; the page's last line 'Sidan uppdaterad <date> av' -- the editor's name (a link) lost in the copy)
    C("real5tune-malung-salen-sidan-uppdaterad-av-txt", "txt", ["Sidan uppdaterad 2019-05-02 av"],
        {"revised": "2019-05-02"}, layout="end", title="Medicinskt ansvar"),
    # title of a related document listed on
    #   https://docplayer.se/amp/115613481-Oppna-sammantraden-med-vard-och-omsorgsnamnden.html
    # (municipality unknown: 'Delegationsordning. Antagen av Vård- och omsorgsnämnden , 94. Diarienummer VON12/112.
    # Reviderad VON 7. Diarienummer VON14/79' -- each decision with its own Dnr line; the dates lost -> invented, § put
    # back)
    C("real5tune-delegationsordning-von-dnr-reviderad-txt", "txt", [
        "Delegationsordning", "Antagen av Vård- och omsorgsnämnden 2012-05-24, § 94", "Diarienummer VON12/112",
        "Reviderad 2014-03-20, VON § 7", "Diarienummer VON14/79"],
        {"decided": "2012-05-24", "decided_by": "Vård- och omsorgsnämnden", "revised": "2014-03-20"},
        title="Delegationsordning"),
    # http://docplayer.se/49750273-Riktlinjer-for-lex-sarah.html
    # (municipality not named (the Dnr form is Stockholm's); the title page -- repeated on page 2 -- says 'Antagna av KF
    # i juni 2013 Dnr: .../2012': a month only, taken as its first day as in the earlier sets; the Dnr digits lost ->
    # invented)
    C("real5tune-lex-sarah-antagna-kf-juni-txt", "txt", [
        "Riktlinjer för lex Sarah", "Antagna av KF i juni 2013", "Dnr: 314-1456/2012"],
        {"decided": "2013-06-01", "decided_by": "KF"}, title="Riktlinjer för lex Sarah"),
    # https://www.mjolby.se/kommun-och-politik/kommunfakta/regler-och-styrande-dokument/policy-for-kost--och-maltider
    # (Mjölby; the page's 'Om styrdokumentet' list at the end: 'Beslutad av: Kommunfullmäktige -' with the date after
    # the dash missing, 'Aktualitetsgranskad: Ej granskad än', and two owner lines (nämnd and person). The person is
    # taken as the owner (borderline: 'Dokumentansvarig nämnd' could be preferred))
    C("real5tune-mjolby-kostpolicy-om-styrdokumentet-txt", "txt", [
        "Om styrdokumentet", "Diarienummer: KS/2017:70", "Beslutad av: Kommunfullmäktige -",
        "Aktualitetsgranskad: Ej granskad än", "Dokumentansvarig nämnd: Tekniska nämnden",
        "Dokumentansvarig person: Samhällsbyggnadschef", "Dokumenttyp: Policy", "Antal sidor: 8 st",
        "Ladda ner dokumentet"],
        {"decided_by": "Kommunfullmäktige", "owner": "Samhällsbyggnadschef"}, layout="end",
        title="Policy för kost- och måltider"),
    # http://www.hofgard.savsjo.se/stod--omsorg/funktionsnedsattning/boende-och-stod-i-hemmet/
    # (Sävsjö; a service page's single closing line)
    C("real5tune-savsjo-lss-boende-senast-uppdaterad-txt", "txt", ["Senast uppdaterad: 2017-05-23"],
        {"revised": "2017-05-23"}, layout="end", title="Boende och stöd i hemmet"),
    # http://docplayer.se/27984314-Utredning-och-uppfoljande-vard-av-vuxna-patienter-med-adhd.html
    # (a region's division psykiatri, the region not named in the stored excerpt; a two-band header: labels row, values
    # row, labels row, values row; names replaced, the two dates lost -> invented; the 'Fastställare' value carries the
    # name and the title together)
    C("real5tune-psykiatri-adhd-vardprogram-rows-docx", "docx", [
        ["Dokumenttyp", "Ansvarig verksamhet", "Version", "Antal sidor"], ["Vårdprogram", "Psykiatri", "2", "13"],
        ["Dokumentägare", "Fastställare", "Giltig fr.o.m.", "Giltig t.o.m."],
        ["Sara Bergman", "Magnus Karlberg områdeschef öppenvård", "2016-03-01", "2018-03-01"],
        ["Utredning och uppföljande vård av vuxna patienter med ADHD"],
        ["Gäller för: Psykiatri, Allmänmedicin", "1 (13)"]],
        {"owner": "Sara Bergman", "decided_by": "Magnus Karlberg områdeschef öppenvård", "valid_from": "2016-03-01",
         "valid_until": "2018-03-01"},
        layout="table", title="Utredning och uppföljande vård av vuxna patienter med ADHD"),
    # http://docplayer.se/1556191-Riktlinjer-for-styrdokument-orebro-kommun.html
    # (Örebro; the title page: the Dnr 'Ks 182/2013' above the title, 'Beslutad av: Kommunstyrelsen, den <spelled-out
    # date>', and two owner lines whose values follow a semicolon, a political one and an official one. The official
    # (Kvalitetsdirektör) is taken as the owner (ambiguous: the political one is an owner too))
    C("real5tune-orebro-styrdokument-two-owners-pdf", "pdf", [
        "Ks 182/2013", "Riktlinjer för styrdokument Örebro kommun", "Beslutad av: Kommunstyrelsen, den 18 mars 2014",
        "Dokumentansvarig på politisk nivå; Kommunstyrelsens ordförande",
        "Dokumentansvarig på tjänstemannanivå; Kvalitetsdirektör"],
        {"decided_by": "Kommunstyrelsen", "decided": "2014-03-18", "owner": "Kvalitetsdirektör"},
        title="Riktlinjer för styrdokument"),
    # http://docplayer.se/3228087-Dokumenthanteringsplan-vard-och-omsorgsnamnden.html
    # (municipality not named in the stored excerpt; the title page opens with the document's own date and Dnr on one
    # line (a date written but not labelled -- left out; borderline created), then 'Antagen av <nämnd> den <spelled-out
    # date>' and 'Gäller från och med <spelled-out date>' on either side of the title)
    C("real5tune-dhp-von-datum-dnr-antagen-galler-fom-pdf", "pdf", [
        "20 augusti 2015, Dnr VON 115/15", "Antagen av vård- och omsorgsnämnden den 27 augusti 2015",
        "Dokumenthanteringsplan", "Vård- och omsorgsnämnden", "Gäller från och med 1 september 2015"],
        {"decided": "2015-08-27", "decided_by": "vård- och omsorgsnämnden", "valid_from": "2015-09-01"},
        title="Dokumenthanteringsplan Vård- och omsorgsnämnden"),
    # http://docplayer.se/33456556-Familjevard-for-barn-och-ungdom.html
    # (Stockholms stad; the 2004 version's cover: the issuing body with a date never filled in ('2004-xx-xx') and an
    # 'Upplysningar:' contact (name and phone replaced; a contact, not an owner). The body line is unlabeled but read as
    # the decider (borderline); no decision date)
    C("real5tune-stockholm-familjevard-2004-xx-xx-pdf", "pdf", [
        "FAMILJEVÅRD FÖR BARN OCH UNGDOM", "Riktlinjer för handläggning och dokumentation",
        "Kommunstyrelsen i Stockholm 2004-xx-xx",
        "Upplysningar: Socialtjänstförvaltningens stab, Eva Engström, tel 08-508 25 000"],
        {"decided_by": "Kommunstyrelsen i Stockholm"}, title="Familjevård för barn och ungdom",
        known="an unlabelled line naming a body ('Kommunstyrelsen i Stockholm') is not read as who decided"),
    # http://docplayer.se/449807-Nutritionspolicy-med-riktlinjer-och-handlingsplan-for-sarskilda-boenden-inom-
    #   karlshamns-kommun.html
    # (Karlshamn; the cover opens with a bare year '2011' above the title -- no date of anything)
    C("real5tune-karlshamn-nutritionspolicy-year-only-pdf", "pdf", [
        "2011", "NUTRITIONSPOLICY", "Med riktlinjer och handlingsplan för särskilda boenden inom Karlshamns kommun"],
        {}, title="Nutritionspolicy"),
    # https://www.ulricehamn.se/stodochomsorg/anhorigstod/ulricehamns-kommuns-riktlinje-for-anhorigstod/
    # (Ulricehamn; the page presenting the riktlinje ends with the decision in parentheses ('Ur Riktlinje för
    # anhörigstöd, fastställd av kommunstyrelsen <spelled-out date>,§ 349' -- no space after the comma), a paragraph
    # quoting a 2009 change of the law (no metadata), and 'Publicerat av <kommun> den <date>, senast ändrad den <date>
    # av <editor>' on one line (editor replaced). The publication date (earlier than the decision, the page being older)
    # is left out; 'senast ändrad' read as the revision -- borderline: it is the page's, not the riktlinje's)
    C("real5tune-ulricehamn-anhorigstod-ur-riktlinje-publicerat-end-md", "md", [
        "(Ur Riktlinje för anhörigstöd, fastställd av kommunstyrelsen 29 november 2018,§ 349)",
        "Den 1 juli 2009 infördes en bestämmelse i 5 kap. 10 § socialtjänstlagen (2001:453), SoL, som anger att "
        "”socialnämnden ska erbjuda stöd för att underlätta för de personer som vårdar en närstående som är "
        "långvarigt sjuk eller äldre eller som stödjer en närstående som har funktionshinder”.",
        "Publicerat av Ulricehamns kommun den 4 januari 2018, senast ändrad den 4 april 2022 av Elin Olofsson",
        "Kontakt", "Hjälpte informationen på denna sida dig?"],
        {"decided": "2018-11-29", "decided_by": "kommunstyrelsen", "revised": "2022-04-04"}, layout="end",
        title="Riktlinje för anhörigstöd",
        known="the decision stated in a parenthesis and the page's 'senast ändrad' in a sentence at the end are prose"),
    # https://docplayer.se/amp/110952519-Strategi-program-plan-policy-riktlinjer-regler-program-mot-hemloshet-i-
    #   boras-stad.html
    # (Borås; page 2 of a styrdokument: the city's document-type ladder run into one line, then 'Fastställt av:',
    # 'Datum: <decision>, reviderat <revision>' (two spelled-out dates on one line), 'Dokumentet gäller för:', two
    # 'ansvarar' lines (revision and follow-up -- 'För revidering ansvarar' read as the owner) and 'Dokumentet gäller
    # till och med: 2020' -- a year only, taken as its last day as for Gnosjö's 'Giltighetsperiod' in an earlier set)
    C("real5tune-boras-program-hemloshet-faststallt-ansvarar-docx", "docx", [
        "Borås Stads styrdokument Aktiverande strategi avgörande vägval för att nå målen för Borås program "
        "verksamheter och metoder i riktning mot målen plan aktiviteter, tidsram och ansvar Normerande policy "
        "Borås Stads hållning riktlinjer rekommenderade sätt att agera regler absoluta gränser och ska-krav",
        "Fastställt av: Kommunfullmäktige", "Datum: 22 augusti 2013, reviderat 17 augusti 2017",
        "Dokumentet gäller för: Alla nämnder och styrelser",
        "För revidering ansvarar: Individ- och familjeomsorgsnämnden",
        "För ev uppföljning och tidplan för denna ansvarar: Individ- och familjeomsorgsnämnden",
        "Dokumentet gäller till och med: 2020"],
        {"decided_by": "Kommunfullmäktige", "decided": "2013-08-22", "revised": "2017-08-17",
         "owner": "Individ- och familjeomsorgsnämnden", "valid_until": "2020-12-31"},
        title="Program mot hemlöshet i Borås Stad"),
    # http://docplayer.se/2832397-Tjanstebeskrivning-och-servicegarantier-hemtjanst-service-och-omvardnad.html
    # (Motala; one line under the title: 'Antaget SN <date>, § 99, komplettering SN <date>, § 38. Reviderat SN <date>'
    # -- SN (socialnämnden) abbreviated; the dates lost -> invented, the § signs put back. The 'komplettering' is an
    # amendment between the two; revised = the 'Reviderat' date)
    C("real5tune-motala-servicegarantier-antaget-komplettering-reviderat-docx", "docx", [
        "Tjänstebeskrivning och servicegarantier, hemtjänst", "Service och omvårdnad",
        "Antaget SN 2008-09-17, § 99, komplettering SN 2009-04-22, § 38. Reviderat SN 2012-05-23"],
        {"decided": "2008-09-17", "decided_by": "SN", "revised": "2012-05-23"},
        title="Tjänstebeskrivning och servicegarantier, hemtjänst"),
    # http://docplayer.se/3220819-Riktlinjer-for-ersattning-och-villkor-vid-familjehemsvard-av-barn-och-unga.html
    # (Falkenberg; the proposal's first page ends with two signatures, name over title (names replaced): the socialchef
    # and the avdelningschef who put the proposal to the nämnd -- signatures, not owners or a decision)
    C("real5tune-falkenberg-tjansteskrivelse-signatures-end-docx", "docx", [
        "Per Nilsson", "Socialchef", "Jan Ekberg", "Avdelningschef"],
        {}, layout="end", title="Riktlinjer för ersättning och villkor vid familjehemsvård av barn och unga"),
    # https://docplayer.se/amp/16216222-Granskning-av-manuella-utbetalningar-svar-pa-revisionsskrivelse.html
    # (Huddinge; the head of a tjänsteutlåtande: a spelled-out letter date, the Dnr and the page count in one row, the
    # 'HANDLÄGGARE' label over two names with phone numbers (replaced), and the receiving body. A letter's date)
    C("real5tune-huddinge-tjansteutlatande-spelled-date-box-pdf", "pdf", [
        ["1 september 2014", "KS-2014/742.912", "1 (11)"], ["HANDLÄGGARE"], ["Åsa Berglund", "08-535 300 00"],
        ["Pia Norman", "08-535 300 01"], ["Kommunstyrelsen"]],
        {}, layout="box", title="Granskning av manuella utbetalningar - svar på revisionsskrivelse"),
]
