"""Header shapes from real municipal and regional documents found in stored public pages -- a fifth set.

Other documents than the earlier ``header_variants_real*_*.py`` sets: social-services riktlinjer, rutiner,
delegationsordningar, handböcker and styrdokument, the web pages they are published on, and some tjänsteskrivelser
whose letterheads carry dates that are no metadata. Each case keeps the real shape (labels as spelled, order,
punctuation, which values share a line, page furniture, Dnr lines, template placeholders left in, empty labels); the
gold values are partly invented where the transcripts lost digits (the comment says so), and personal names are
replaced. Some shapes are the first lines of a document as a stored page's list of related documents gives them (its
title); the comment above the case says so. Written in session 19 by a helper who did not read the reader's code; the
40 cases were split at random (Python's random, seed 5) into this file and its tuning counterpart.

This is a HELD-OUT set.
"""
from __future__ import annotations

from header_variants import Case

C = Case
CASES: list[Case] = [
    # https://www.sala.se/info/28264/?cat=28262
    # (Sala; a service page's top: the breadcrumb run together, the editing unit 'Informationstjänst', 'Publicerad
    # <date>' and 'Uppdaterad <date> <time>'. 'Publicerad' is when the page went out -- not labelled as a decision,
    # validity or creation, so left out (borderline: it could be read as created))
    C("real5held-sala-sip-publicerad-uppdaterad-md", "md", [
        "StartOmsorg och hjälpSamordnad individuell plan - SIPSamordnad individuell planering - SIP",
        "Informationstjänst", "Publicerad 2021-02-04", "Uppdaterad 2022-05-27 13:37"],
        {"revised": "2022-05-27"}, title="Samordnad individuell planering - SIP"),
    # http://simrishamn.se/sv/omsorg-stod-och-vard/aldreseniorer/vard-och-omsorgsplan-2013-2022/?action=contact
    # (Simrishamn; the decision as a sentence ('Kommunfullmäktige beslutade <date> att godkänna inriktningen i ...'),
    # then a sentence on the plan's horizon 'fram till och med 2022' -- the period the plan covers, not stated as its
    # validity, so no valid_until (borderline))
    C("real5held-simrishamn-vard-omsorgsplan-kf-sentence-md", "md", [
        "Vård- och omsorgsplan",
        "Kommunfullmäktige beslutade 2013-08-26 att godkänna inriktningen i Vård och omsorgsplan.",
        "Planen ska ge svar på hur insatser riktade mot äldre ska tillgodoses fram till och med 2022 med en "
        "inriktning fram till 2035."],
        {"decided": "2013-08-26", "decided_by": "Kommunfullmäktige"}, title="Vård- och omsorgsplan"),
    # http://docplayer.se/2607324-Riktlinje-for-sol-vuxna.html
    # (Västerås; the cover: 'Beslutad av <nämnd> <spelled-out date>' followed by the city template's document-type
    # ladder ('program policy handlingsplan riktlinje') as one line)
    C("real5held-vasteras-sol-vuxna-beslutad-ladder-txt", "txt", [
        "Riktlinje för SoL Vuxna", "Beslutad av Individ- och familjenämnden 29 mars 2012",
        "program policy handlingsplan riktlinje"],
        {"decided": "2012-03-29", "decided_by": "Individ- och familjenämnden"}, title="Riktlinje för SoL Vuxna"),
    # https://5dok.org/document/y4wkeglk-handbok-myndighet-barn-och-familj.html
    # (municipality not named in the stored excerpt; the chapter list is that of Kil's 'Handläggning barn och unga'. The
    # title page runs 'Beslutat av:', 'Datum:' and 'Dokumentet gäller för:' on one line, then 'Dokumentansvarig:'. The
    # Datum beside 'Beslutat av' is read as the decision date (it could be the document's own date))
    C("real5held-kil-handbok-bof-beslutat-av-datum-txt", "txt", [
        "Handbok", "Myndighet Barn och familj",
        "Beslutat av: Områdeschef IFO Datum: 2 augusti 2019 Dokumentet gäller för: Myndighet BoF",
        "Dokumentansvarig: Områdeschef"],
        {"decided_by": "Områdeschef IFO", "decided": "2019-08-02", "owner": "Områdeschef"},
        title="Handbok Myndighet Barn och familj"),
    # http://docplayer.se/1602769-Kommunal-forfattningssamling-nr-002-1.html
    # (Bromölla; the författningssamling head: one label 'Antagen/Senast ändrad' over two dates joined by a slash, and
    # two Dnr under one 'Dnr' label; the dates and part of the Dnr lost -> invented. No deciding body in the head)
    C("real5held-bromolla-kfs-antagen-senast-andrad-table-docx", "docx", [
        ["Bromölla kommun", "KOMMUNAL FÖRFATTNINGSSAMLING", "Nr 002.1"],
        ["Antagen/Senast ändrad", "Gäller från", "Dnr"],
        ["2003-12-15/2011-05-23", "2011-06-01", "Ks 03/371 / Ks 11/265"],
        ["DELEGATION AV KOMMUNSTYRELSENS BESLUTANDERÄTT"]],
        {"decided": "2003-12-15", "revised": "2011-05-23", "valid_from": "2011-06-01"},
        layout="table", title="Delegation av kommunstyrelsens beslutanderätt"),
    # http://docplayer.se/3311170-2015-09-16-svar-pa-motion-utanforskap-i-hemloshet.html
    # (Järfälla; a tjänsteskrivelse: 'TJÄNSTESKRIVELSE 1 (9)', the letter's date, the nämnd it goes to, two Dnr, and the
    # address line with the utredare (name replaced). The date is the letter's, not a decision)
    C("real5held-jarfalla-tjansteskrivelse-word-header-docx", "docx", [
        "TJÄNSTESKRIVELSE   1 (9)", "2015-09-16", "Socialnämnden", "Dnr Son 2015/203, Kst 2015/85",
        "Socialförvaltningen   Besöksadress: Vibblabyvägen 3",
        "Avdelningen för ledning och verksamhetsstöd   Postadress: 177 80 JÄRFÄLLA",
        "Therese Lund, Utredare   Telefon växel: 08-580 285 00"],
        {}, layout="header-part", title="Svar på motion Utanförskap i hemlöshet"),
    # http://docplayer.se/2697884-Delegations-och-beslutsforteckning.html
    # (Vetlanda; the title page: 'Fastställd av vård- och omsorgsnämnden' and 'Reviderad av vård- och omsorgsnämnden',
    # each followed by a date (both lost -> invented); page 2 repeats the head with 'rev <date>')
    C("real5held-vetlanda-delegationsforteckning-faststalld-reviderad-docx", "docx", [
        "Vetlanda kommun", "Vård- och omsorgsnämnden", "Delegations- och beslutsförteckning",
        "Fastställd av vård- och omsorgsnämnden 2010-06-17", "Reviderad av vård- och omsorgsnämnden 2014-02-19"],
        {"decided": "2010-06-17", "decided_by": "vård- och omsorgsnämnden", "revised": "2014-02-19"},
        title="Delegations- och beslutsförteckning"),
    # https://5dok.org/document/qvlxen90-riktlinjer-handl%C3%A4ggning-dokumentation-barn-ungdoms%C3%A4renden-
    #   individ-familjeomsorgen.html
    # (Stockholms stad; the cover: 'Reviderad version: <month> <year>' (a month only, taken as its first day), the
    # issuing unit and the site name; no decision on the cover)
    C("real5held-stockholm-barn-unga-reviderad-version-cover-pdf", "pdf", [
        "Riktlinjer för handläggning och dokumentation av barn- och ungdomsärenden inom Individ och familjeomsorgen",
        "Reviderad version: oktober 2014", "Avdelningen för stadsövergripande sociala frågor, strategiska enheten",
        "stockholm.se"],
        {"revised": "2014-10-01"}, layout="cover", title="Barn- och ungdomsärenden - Handläggning och dokumentation"),
    # http://docplayer.se/18632552-Tjansteskrivelse-forslag-pa-riktlinjer-for-bistandsbedomning-enligt-
    #   socialtjanstlagen-2016-02-01-var-referens.html
    # (Malmö; the letterhead box: 'Datum' and 'Vår referens' labels over the letter's date and the handläggare (name
    # replaced); the 'SOFV-...' number lost -> invented. A letter's date is not a decision)
    C("real5held-malmo-sofv-tjansteskrivelse-box-pdf", "pdf", [
        ["Malmö stad", "", "1 (1)"], ["Stadsområdesförvaltning Väster", "Datum", "Vår referens"],
        ["", "2016-02-01", "Helena Nyberg"], ["", "", "Utvecklingssekreterare"], ["", "", "helena.nyberg@malmo.se"],
        ["Tjänsteskrivelse"], ["Förslag på riktlinjer för biståndsbedömning enligt socialtjänstlagen"],
        ["SOFV-2016-412"]],
        {}, layout="box", title="Förslag på riktlinjer för biståndsbedömning enligt socialtjänstlagen"),
    # http://docplayer.se/3933732-Modulboendet-vid-sivik-samt-boendesituationen-for-personer-som-ar-utan-bostad-i-
    #   lysekils-kommun-dnr-lks-2015-156.html
    # (Lysekil; the head of a tjänsteskrivelse to kommunstyrelsen: 'Datum:', 'Förvaltning:', 'Handläggare:' (name and
    # phone replaced; the date lost -> invented) and the Dnr. A letter's date, not a decision)
    C("real5held-lysekil-tjansteskrivelse-datum-box-pdf", "pdf", [
        ["1/1"], ["Kommunstyrelsen", "Tjänsteskrivelse"], ["Datum: 2015-05-27", "Förvaltning: Kommunledningskontoret"],
        ["Handläggare: Olof Ingvarsson", "Telefon: 0523/61 30 00"], ["E-post: olof.ingvarsson@lysekil.se", ""],
        ["Dnr: LKS 2015-156", ""]],
        {}, layout="box", title="Modulboendet vid Sivik samt boendesituationen för personer som är utan bostad"),
    # http://docplayer.se/153880083-Sociala-namndernas-forvaltning-dnr-2016-34-nf-107-ylva-florin-holmsten-ar508-
    #   e-post.html
    # (Västerås; a tjänsteskrivelse head: Dnr, the handläggare with a user id and e-mail (replaced), 'Kopia till' and
    # the receiving bodies; the date lost in the copy -> taken from the body's 'skrivelse den 3 februari 2016', its
    # place in the box guessed. No decision, validity or owner)
    C("real5held-vasteras-tjansteskrivelse-kopia-till-box-pdf", "pdf", [
        ["TJÄNSTESKRIVELSE", "1 (1)"], ["Sociala nämndernas förvaltning", "2016-02-03"], ["Dnr: 2016/34-NF-107", ""],
        ["Karin Sundberg - ar508", ""], ["E-post: karin.sundberg@vasteras.se", ""], ["Kopia till", "Kommunstyrelsen"],
        ["", "Nämnden för personer med funktionsnedsättning"]],
        {}, layout="box", title="Redovisning synpunkter och klagomål 2015"),
    # https://www.askersund.se/omsorg-stod-och-hjalp/aldre/aldreomsorgsplan-.html
    # (Askersund; the page footer 'Sidansvarig: <name> |' with the separator bar left at the end of the line, then
    # 'Uppdaterad: <date>' (name replaced). 'Sidansvarig' read as the owner, as for Flen. The page's subtitle
    # 'Äldreomsorgen år 2018-2027' (the plan's period, not stated as a validity) is not part of this block)
    C("real5held-askersund-aldreomsorgsplan-sidansvarig-pipe-end-md", "md", [
        "Sidansvarig: Maria Karlén |", "Uppdaterad: 2022-07-19"],
        {"owner": "Maria Karlén", "revised": "2022-07-19"}, layout="end", title="Äldreomsorgsplan"),
    # http://docplayer.se/3277704-Riktlinjer-vid-forebyggande-och-behandling-av-for-kommunerna-i-norra-halsingland.html
    # (Nordanstig/Hudiksvall, 'kommunerna i Norra Hälsingland'; the title page (the word 'trycksår', an image in the
    # original, lost in the transcript and put back): 'Utarbetade av:' and 'Reviderad av :' (space before the colon)
    # name the author and the reviser (names replaced; neither is an owner), then 'Upprättade 2001' and 'Reviderade
    # 2004, 2007 och 2012' -- years only, so no date is stated (borderline: revised 2012))
    C("real5held-norra-halsingland-trycksar-years-only-docx", "docx", [
        "Riktlinjer vid förebyggande och behandling av trycksår för kommunerna i Norra Hälsingland",
        "NORDANSTIGS KOMMUN", "Utarbetade av: Ylva Holm, ssk, Hudiksvalls kommun",
        "Reviderad av : Åsa Tollin, Sårvårdsansvarig dsk, Hudiksvalls kommun", "Upprättade 2001",
        "Reviderade 2004, 2007 och 2012"],
        {}, title="Riktlinjer vid förebyggande och behandling av trycksår"),
    # https://5dok.org/document/zwvog6j7-patients%C3%A4kerhetsber%C3%A4ttelse-f%C3%B6r-serafens-v%C3%A5rd-och-
    #   omsorgs-boende.html
    # (Serafens vård- och omsorgsboende, Stockholm; the title page: the title over two lines, an unlabeled date (read as
    # the date the report was written -- borderline) and 'Ansvarig för innehållet:' naming two people with their roles
    # (MLA, enhetschef) in one value, taken as the owner as written (names replaced))
    C("real5held-serafen-patientsakerhetsberattelse-ansvarig-for-innehallet-docx", "docx", [
        "Patientsäkerhetsberättelse för Serafens Vård och Omsorgs", "Boende 2021", "2022-02-21",
        "Ansvarig för innehållet: Jonas Herrera MLA, Åsa Persson Enhetschef"],
        {"created": "2022-02-21", "owner": "Jonas Herrera MLA, Åsa Persson Enhetschef"},
        title="Patientsäkerhetsberättelse 2021"),
    # http://docplayer.se/2177587-Sollentuna-kommun-revidering-av-riktlinjer-lss-tjansteutlatande-vard-och-
    #   omsorgskontoret-2013-10-07-monica-prabhakar-sidan-1-av-3.html
    # (Sollentuna; the Word header of a tjänsteutlåtande proposing revised LSS riktlinjer: the kommun, the document
    # type, the office, the letter's date, the handläggare (name replaced), 'Sidan 1 av 3', Dnr and 'Diariekod:'. The
    # date is the letter's; the riktlinjer it proposes are not yet decided)
    C("real5held-sollentuna-tjansteutlatande-lss-word-header-docx", "docx", [
        "SOLLENTUNA KOMMUN", "Tjänsteutlåtande", "Vård- och omsorgskontoret", "2013-10-07", "Maria Pettersson",
        "Sidan 1 av 3", "Dnr 2013/0078 VON-3", "Diariekod: 711"],
        {}, layout="header-part", title="Revidering av riktlinjer LSS"),
    # https://fdocument.pub/document/rapport-om-samordnad-vrd-och-omsorgsplanering-via-nrstendes-nromrde.html
    # (Västra Götalandsregionen with the county's 49 municipalities; the title page: the joint body in capitals, the
    # title, 'Rapport sammanställd <date>' and the compiler's name, title, unit and hospital (name replaced; an author,
    # not an owner))
    C("real5held-vgr-49-kommuner-rapport-sammanstalld-pdf", "pdf", [
        "GEMENSAM IT SAMORDNINGSFUNKTION", "49 KOMMUNER I VÄSTRA GÖTALAND OCH VÄSTRA GÖTALANDSREGIONEN",
        "Rapport om Samordnad vård- och omsorgsplanering via distansmöten ur ett verksamhetsperspektiv",
        "Rapport sammanställd 2013-10-28", "Gunilla Fredén", "Systemförvaltare", "ISIT-avdelningen",
        "Sahlgrenska Universitetssjukhuset"],
        {"created": "2013-10-28"}, title="Rapport om Samordnad vård- och omsorgsplanering via distansmöten"),
]
