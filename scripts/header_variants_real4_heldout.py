"""Header shapes from real municipal and regional documents found in stored public pages -- a fourth set.

Other documents than the earlier ``header_variants_real*_*.py`` sets, chosen for their statements of validity and
owner (validity, review dates, "tills vidare", owners, and the letterheads and template fillers that are none of
these). Each case keeps the real shape (labels as spelled, order, punctuation, which values share a line, page
furniture, Dnr lines, template placeholders left in); the gold values are partly invented where the transcripts lost
digits, and personal names are replaced. Some shapes are the first lines of a document as the stored page's list of
related documents gives them (its title); the comment above the case says so. Written in session 17 by a helper who
did not read the reader's code.

This is a HELD-OUT set (measured, never tuned on).
"""
from __future__ import annotations

from header_variants import Case

C = Case
CASES: list[Case] = [
    # title of a related document listed on
    #   https://docplayer.se/amp/105931232-Kommunstyrelsens-namndadministration.html
    # (Härnösand): 'Härnösands kommun. Så använder Du. e-post i. Bestämmelser om e-post för kommunala förvaltningar
    # och bolag. Antagna av kommunstyrelsen , 62.' -- the date lost -> invented.
    C("real4held-harnosand-antagna-ks-md", "md", [
        "Härnösands kommun", "Så använder Du", "e-post i",
        "Bestämmelser om e-post för kommunala förvaltningar och bolag.",
        "Antagna av kommunstyrelsen 2007-03-06, § 62."],
        {"decided": "2007-03-06", "decided_by": "kommunstyrelsen"}),
    # title of a related document listed on
    #   https://docplayer.se/amp/1446378-Revisionsrapport-granskning-av-omsorgs-och-socialnamndens-styrning-
    #   uppfoljning-och-kontroll-mjolby-kommun-hakan-lindahl.html
    # (Herrljunga): 'Policy. Policy för intern kontroll. Dokumentet gäller för samtliga förvaltningar inom
    # Herrljunga kommun DIARIENUMMER: KS 2013/' -- 'gäller för' names the scope, not a validity; no field.
    C("real4held-herrljunga-galler-for-scope-md", "md", [
        "Policy", "Policy för intern kontroll",
        "Dokumentet gäller för samtliga förvaltningar inom Herrljunga kommun",
        "DIARIENUMMER: KS 2013/112"], {}),
    # http://www.mullsjo.se/Start-Mullsjo-Kommun/Kommun-och-politik/Kommunfakta/Styrdokument/Policyer/
    #   Mullsjo-kommuns-policy-angaende-alkohol-och-droger/
    # (Mullsjö; the decision sentence under the title; the page's closing line 'Senast uppdaterad: <date>
    # Ansvarig: <unit>' is here written right after it)
    C("real4held-mullsjo-policy-page-md", "md", [
        "Mullsjö kommuns policy angående alkohol och droger. Antagen av kommunfullmäktige 2005-02-22 § 12",
        "Senast uppdaterad: 2015-12-17 Ansvarig: Administrativa avdelningen"],
        {"decided": "2005-02-22", "decided_by": "kommunfullmäktige", "revised": "2015-12-17",
         "owner": "Administrativa avdelningen"}, title="Policy angående alkohol och droger"),
    # title of a related document listed on https://docplayer.se/amp/37541662-Barn-och-ungdomsarenden.html
    # (municipality unknown): a cover whose template text was never replaced: 'Riktlinje för. Underrubrik här
    # Brödtext här. Antagen i socialnämnden XXXX XX' -- only the deciding body is real.
    C("real4held-placeholder-antagen-i-sn-md", "md", [
        "Riktlinje för", "Underrubrik här", "Brödtext här", "Antagen i socialnämnden XXXX XX"],
        {"decided_by": "socialnämnden"}),
    # https://vdocuments.site/angende-remissen-om-rapport-om-utveckling-av-ing-vara-involverade-fr-att.html
    # (Stockholms stad; a remiss letterhead: Dnr, page, 'Datum:' -- a bare date, no field)
    C("real4held-stockholm-ks-remiss-datum-txt", "txt", [
        "Kommunstyrelsen Dnr: 152-643/2016 Sida 1 (2)", "Datum: 2016-04-05 RVIII", "Till berörd remissinstans"],
        {}, title="Angående remissen om rapport om utveckling av hemtjänst"),
    # http://docplayer.se/11267514-Forfragningsunderlag-for-hemtjanstval-enligt-lag-2008-962-om-valfrihetssystem.html
    # (Svedala; the cover carries a diarienummer and a version only; both lost -> invented; no field)
    C("real4held-svedala-lov-dnr-version-txt", "txt", [
        "Förfrågningsunderlag för Hemtjänstval enligt Lag (2008:962) om valfrihetssystem",
        "- Omvårdnadsinsatser och delegerade hälso- och sjukvårdsinsatser", "Diarienummer KS 2011/211", "version 4"],
        {}, title="Förfrågningsunderlag för hemtjänstval"),
    # http://spotidoc.com/doc/4197141/alkohol--och-droger--riktlinje-2015
    # (Luleå; a running 'LULEÅ KOMMUN / 2 (11) / <date>' and a card read as label line, value line; the owner's
    # name replaced. 'Giltighetstid 3 år' names no start: counted here from 'Fastställd' (borderline -- from
    # 'Senast reviderad' it would be 2018-03-01))
    C("real4held-lulea-label-next-line-3ar-txt", "txt", [
        "LULEÅ KOMMUN", "2 (11)", "2015-03-01", "Dokumenttyp", "Riktlinjer", "Dokumentansvarig", "Karin Holm",
        "Dokumentnamn", "Alkohol-och drogriktlinjer", "Senast reviderad", "2015-03-01", "Fastställd", "2008-01-25",
        "Beslutsinstans", "Kommundirektör", "Giltighetstid", "3 år", "Dokument gäller för", "Alla förvaltningar"],
        {"owner": "Karin Holm", "revised": "2015-03-01", "decided": "2008-01-25", "decided_by": "Kommundirektör",
         "valid_until": "2011-01-25"}, title="Alkohol- och droger, riktlinje"),
    # title of a related document listed on
    #   https://docplayer.se/amp/105931232-Kommunstyrelsens-namndadministration.html
    # (Åstorp): 'Åstorps kommuns. Nämndadministration. Beslutat av Kommunfullmäktige Dnr 2014/304' -- no date
    C("real4held-astorp-beslutat-av-kf-dnr-txt", "txt", [
        "Åstorps kommuns", "Nämndadministration", "Beslutat av Kommunfullmäktige", "Dnr 2014/304"],
        {"decided_by": "Kommunfullmäktige"}),
    # title of a related document listed on
    #   https://docplayer.se/amp/179520970-Riktlinjer-for-handlaggning-av-barn-och-ungdomsarenden-inom-individ-och-
    #   familjeomsorgen.html
    # (municipality unknown): 'Dnr SN13/25 RIKTLINJER. Riktlinjer för handläggning inom missbruks- och
    # beroendevården. Antagen av socialnämnden' -- the date after 'Antagen' lost -> invented.
    C("real4held-dnr-first-antagen-sn-docx", "docx", [
        "Dnr SN13/25", "RIKTLINJER", "Riktlinjer för handläggning inom missbruks- och beroendevården",
        "Antagen av socialnämnden 2013-04-24"],
        {"decided": "2013-04-24", "decided_by": "socialnämnden"}),
    # https://5dok.org/article/f%C3%B6r%C3%A4ndringar-taxor-ers%C3%A4ttningar-a-tj%C3%A4nsteskrivelse-elisabeth-r
    #   %C3%A5g%C3%A5rd-kvalitetsutve.q5mnd9v3
    # (Upplands-Bro; a tjänsteskrivelse letterhead: 'Datum' over a bare date, and the template's own stamp
    # 'UBK1005, v2.0, 2014-11-03' (in the real footer) -- nothing here is a decision, validity or owner)
    C("real4held-upplandsbro-tjansteskrivelse-letterhead-docx", "docx", [
        ["TJÄNSTESKRIVELSE", "1 (2)", ""], ["Datum", "Vår beteckning", "Er beteckning"],
        ["2018-08-28", "SN 18/0098", ""], ["Socialkontoret", "", ""], ["UBK1005, v2.0, 2014-11-03", "", ""]],
        {}, layout="header-part", title="Revidering av riktlinjer för ekonomiskt bistånd"),
    # http://docplayer.se/3208060-Regler-och-instruktioner-for-verksamheten.html
    # (a 'stad' with a Stadsdirektör; the name is not in the transcript). A 4-column card, label and value side by
    # side; 'Fastställd/Upprättad' carries one date and the body that set it (read as both decided and created,
    # borderline); 'Giltighetstid t.v' (tills vidare abbreviated); 'Ersätter' stands inside a prose cell.
    C("real4held-it-regler-stad-table-docx", "docx", [
        ["Dokumenttyp", "Regler och instruktioner", "Dokumentägare", "Kommungemensam IT-samordning"],
        ["Dokumentnamn", "Regler och instruktioner för verksamheten", "Dokumentansvarig",
         "Kommungemensam IT-samordning"],
        ["Fastställd/Upprättad", "2011-03-15 Operativa IT-gruppen", "Reviderad", "2013-09-02 Stadsdir. Ledningsgrp"],
        ["Version", "2.0", "Giltighetstid", "t.v"],
        ["Dokumentinformation", "Regler och instruktioner för verksamheten. Ersätter dokumentet "
         "Informationssäkerhetsinstruktion Förvaltning."]],
        {"owner": "Kommungemensam IT-samordning", "decided": "2011-03-15", "created": "2011-03-15",
         "decided_by": "Operativa IT-gruppen", "revised": "2013-09-02", "valid_until": "tillsvidare",
         "replaces": "dokumentet Informationssäkerhetsinstruktion Förvaltning"},
        layout="table", title="Regler och instruktioner för verksamheten"),
    # title of a related document listed on
    #   https://docplayer.se/amp/105033479-Handlingsplan-vid-varmebolja-hoga-temperaturer-giltig-fran-juni-2015-
    #   reviderad-maj-2018.html
    # (municipality unknown): 'Process Version Giltig fr.o.m. Ersätter Diarienummer Trygg och säker hälso- och
    # sjukvård Vv 206/2015' -- a label row and a value row; version, dates lost -> invented.
    C("real4held-process-version-columns-docx", "docx", [
        ["Process", "Version", "Giltig fr.o.m.", "Ersätter", "Diarienummer"],
        ["Trygg och säker hälso- och sjukvård", "3", "2015-06-01", "2014-05-12", "Vv 206/2015"]],
        {"valid_from": "2015-06-01", "replaces": "2014-05-12"}, layout="table"),
    # https://pdfslide.tips/documents/handlingsplan-vid-vaermeboelja-vaesterbottens-laens-landsting-vid-
    #   vaermeboelja-2018-pdf.html
    # (Västerbottens läns landsting; the cover carries a bare date above the title and nothing else: no field)
    C("real4held-vasterbotten-bare-date-pdf", "pdf", [
        "2018-07-16"], {}, title="Handlingsplan vid värmebölja Västerbottens läns landsting"),
    # http://docplayer.se/3437751-175-forslag-datum-2009-11-02-ert-datum.html
    # (Landstinget Dalarna; a proposal's letterhead: 'FÖRSLAG', 'Datum', 'Ert datum', 'Beteckning/diarienr' --
    # a bare date with no decision wording, so nothing is expected)
    C("real4held-dalarna-forslag-letterhead-pdf", "pdf", [
        "landstinget DALARNA", "FÖRSLAG", "Datum 2009-11-02   Ert datum", "Beteckning/diarienr LD09/0175   1 (8)",
        "Er beteckning"], {}, title="Mötes- och resepolicy i Landstinget Dalarna"),
    # title of a related document listed on
    #   https://docplayer.se/amp/141142702-Granskning-av-arbetet-med-orosanmalningar-och-uppfoljning-av-placerade-
    #   barn.html
    # (municipality unknown): 'Orosanmälan. sid. 1 av 5. Gäller från och med Styrdokument Riktlinje' -- a
    # header box (running on every page) with the page count, the start of validity and the document type; the date
    # lost -> invented.
    C("real4held-orosanmalan-running-box-pdf", "pdf", [
        ["Orosanmälan", "sid. 1 av 5"], ["Gäller från och med", "2019-03-01"], ["Styrdokument", "Riktlinje"]],
        {"valid_from": "2019-03-01"}, layout="header-part", title="Orosanmälan"),
    # http://docplayer.se/1994474-Kommunikationspolicy.html
    # (Tyresö; a running line 'Tyresö kommun / <date> <page> (9)' and 'Antagen av KF/<date>/ § 114' on the
    # pages; the dates lost -> invented, the same date in both)
    C("real4held-tyreso-antagen-kf-slashes-pdf", "pdf", [
        "Tyresö kommun / 2011-06-16 2 (9)", "Antagen av KF/2011-06-16/ § 114"],
        {"decided": "2011-06-16", "decided_by": "KF"}, layout="header-part", title="Kommunikationspolicy"),
]
