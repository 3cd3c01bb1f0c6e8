"""Header shapes from real municipal and regional documents found in stored public pages -- a seventh set.

Chosen for how documents state their owner (Dokumentansvarig, Beslutsinstans beside Dokumentansvarig, a web page's
Redaktör or updater who is not an owner) and their validity (Giltig fr o m / t o m, Giltighetstid: Gäller tills vidare,
a lone 'Tillsvidare' in a flattened table). Other documents than the earlier ``header_variants_real*_*.py`` sets. Each
case keeps the real shape (labels as spelled, order, punctuation, which values share a line, empty labels, page
furniture); the gold values are partly invented where the transcripts lost digits (the comment says so), and personal
names are replaced. Some shapes are the first lines of a document as a stored page's list of related documents gives
them; the comment above the case says so. The stored corpus gave few new documents for this theme, so the set is
smaller than the earlier ones (11 cases in all). Written in session 20 by a helper who did not read the reader's code;
the cases were split at random (Python's random, seed 7) into this file and its tuning counterpart.

This is a HELD-OUT set: never tune on it.
"""
from __future__ import annotations

from header_variants import Case

C = Case
CASES: list[Case] = [
    # https://vardgivarwebb.regionostergotland.se/Startsida/PM-medicinska-o-vardadm/PM-dokument/Ledningsstab/
    #   Riktlinjer-for-styrande-dokument/
    # (Region Östergötland; the PM page's metadata grid, label and value side by side: Dokumentnamn, Dokumenttyp,
    # 'Utfärdande PE', Sökord, 'Giltig fr o m:', 'Utfärdande enhet:', Målgrupp, 'Giltig t o m:', 'Framtagen av:' (two
    # names, replaced), 'Godkänd av:' (a name, replaced), Diarienummer and the empty 'ICD-10 kod:'. The page's next line
    # 'OBS: Dokumentets giltighetsdatum har passerat.' is left out (a table holds rows only). 'Godkänd av' read as who
    # decided; 'Utfärdande enhet' is the issuing unit, not stated as owner -- left out (borderline))
    C('real7held-regionostergotland-pm-giltig-fom-tom-godkand-av-table', 'md', [
        ['Dokumentnamn:', 'Riktlinjer för styrande dokument'], ['Dokumenttyp:', 'Administrativ riktlinje'],
        ['Utfärdande PE:', 'Ledningsstaben (LednStab)'], ['Sökord:', 'Anvisningar, styrande dokument'],
        ['Giltig fr o m:', '2015-03-25'], ['Utfärdande enhet:', 'Ledningsstaben'], ['Målgrupp:', 'Alla enheter'],
        ['Giltig t o m:', '2017-05-31'], ['Framtagen av:', 'Eva Strand Per Lindahl'], ['Godkänd av:', 'Per Lindahl'],
        ['Diarienummer:', 'RS 2015-323'], ['ICD-10 kod:', '']],
        {'valid_from': '2015-03-25', 'valid_until': '2017-05-31', 'decided_by': 'Per Lindahl'},
        layout='table', title='Riktlinjer för styrande dokument'),
    # title of a related document listed on
    #   https://docplayer.se/amp/106677654-Riktlinjer-for-styrande-dokument-innehall-utformning-och-hantering.html
    # (municipality not named; 'Dokumenttyp: Riktlinjer Antaget av: Kommunstyrelsen Status: Antaget <date>, § 275
    # Giltighetstid: Gäller tills vidare' -- the status field carries the adoption date and §. The date was lost ->
    # invented; the § sign put back)
    C('real7held-styrdok-status-antaget-paragraf-giltighetstid-galler-tills-vidare-pdf', 'pdf', [
        'Dokumenttyp: Riktlinjer', 'Antaget av: Kommunstyrelsen', 'Status: Antaget 2016-11-22, § 275',
        'Giltighetstid: Gäller tills vidare'],
        {'decided_by': 'Kommunstyrelsen', 'decided': '2016-11-22', 'valid_until': 'tillsvidare'},
        title='Riktlinjer för styrande dokument'),
    # http://www.osteraker.se/omsorgstod/aldre/medicinskansvarigsjukskoterskamas.4.71fcf4251429dfd2f5c7d0.html
    # (Österåker; the page foot: 'Redaktör:' and a name on the next line (replaced), then 'Senast uppdaterad:' with a
    # weekday-first long date on the next line. The web editor is not the owner: no owner)
    C('real7held-osteraker-mas-redaktor-senast-uppdaterad-veckodag-end', 'md', [
        'Du kontaktar MAS via kommunens växel', 'Redaktör:', 'Maria Ek', 'Senast uppdaterad:',
        'tisdag 22 oktober 2019'],
        {'revised': '2019-10-22'},
        layout='end', title='Medicinsk Ansvarig Sjuksköterska, MAS'),
    # https://docplayer.se/amp/109498979-Delegeringsordning-for-socialnamnden-i-jarfalla-kommun.html
    # (Järfälla; page 1 reads '1 (45)', the title, 'Dnr Son: 2017/2' and 'Fastställd av socialnämnden <date>'; page 2 on
    # carries a running head '<earlier date> 2 (45)' -- the template's/draft's date, not a decision. No owner, no
    # validity: a negative for owner and valid_until)
    C('real7held-jarfalla-delegeringsordning-dnr-son-faststalld-running-date-pdf', 'pdf', [
        '1 (45)', 'Delegeringsordning för socialnämnden i Järfälla kommun', 'Dnr Son: 2017/2',
        'Fastställd av socialnämnden 2017-09-21', '2017-05-18 2 (45)'],
        {'decided': '2017-09-21', 'decided_by': 'socialnämnden'},
        title='Delegeringsordning för socialnämnden'),
]
