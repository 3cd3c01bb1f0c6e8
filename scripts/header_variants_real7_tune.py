"""Header shapes from real municipal and regional documents found in stored public pages -- a seventh set.

Chosen for how documents state their owner (Dokumentansvarig, Beslutsinstans beside Dokumentansvarig, a web page's
Redaktör or updater who is not an owner) and their validity (Giltig fr o m / t o m, Giltighetstid: Gäller tills vidare,
a lone 'Tillsvidare' in a flattened table). Other documents than the earlier ``header_variants_real*_*.py`` sets. Each
case keeps the real shape (labels as spelled, order, punctuation, which values share a line, empty labels, page
furniture); the gold values are partly invented where the transcripts lost digits (the comment says so), and personal
names are replaced. Some shapes are the first lines of a document as a stored page's list of related documents gives
them; the comment above the case says so. The stored corpus gave few new documents for this theme, so the set is
smaller than the earlier ones (11 cases in all). Written in session 20 by a helper who did not read the reader's code;
the cases were split at random (Python's random, seed 7) into this file and its held-out counterpart.

This is a TUNING set.
"""
from __future__ import annotations

from header_variants import Case

C = Case
CASES: list[Case] = [
    # https://hedemora.se/stod-och-omsorg/halso-och-sjukvard/medicinskt-ansvarig-sjukskoterska-mas/
    # (Hedemora; a short service page about the MAS ending with 'Blev du hjälpt av informationen på sidan?', 'Dela denna
    # sidan' and 'Senast uppdaterad: <date>'. The page names the MAS as a role in the text, but nobody is stated to answer
    # for the page: only the update date)
    C('real7tune-hedemora-mas-sida-senast-uppdaterad-end', 'txt', [
        'Uppdraget som MAS är reglerad i hälso- och sjukvårdslagen.', 'Blev du hjälpt av informationen på sidan?',
        'Dela denna sidan', 'Senast uppdaterad: 2022-09-14'],
        {'revised': '2022-09-14'},
        layout='end', title='Medicinskt ansvarig sjuksköterska, MAS'),
    # https://www.skara.se/kommunochpolitik/styrandedokument/riktlinjer/riktlinjerfordokumentocharendehantering.2188.html
    # (Skara, another page than the earlier set's; under the title a fact list with each label and its value on
    # separate lines: 'Beslutande instans:', 'Beslutsdatum:', 'Dokumentansvarig:' (a role), 'Diarienummer:', then the
    # note that the page is a copy of the original document)
    C('real7tune-skara-dokumenthantering-beslutande-instans-dokumentansvarig-next-line-md', 'md', [
        'Beslutande instans:', 'Kommunfullmäktige', 'Beslutsdatum:', '2025-09-22', 'Dokumentansvarig:', 'Kanslichef',
        'Diarienummer:', 'KS 2025/39', 'Detta är ett styrdokument. Texten på sidan är en kopia av originalhandlingen.'],
        {'decided_by': 'Kommunfullmäktige', 'decided': '2025-09-22', 'owner': 'Kanslichef'},
        title='Riktlinjer för dokument- och ärendehantering'),
    # https://www.ragunda.se/stod-och-omsorg/ekonomisk-hjalp--stod.html
    # (Ragunda; the last line of a service page on ekonomiskt bistånd: 'Uppdaterad <date> av <name>' -- date and updater
    # in one sentence (name replaced). Who updated the page is not stated to own it: no owner)
    C('real7tune-ragunda-ekonomiskt-bistand-uppdaterad-datum-av-namn-end', 'txt', [
        'Individ- och familjeomsorgen ger råd samt utreder och beslutar om ekonomiskt bistånd.',
        'Uppdaterad 2020-01-03 av Lena Holm'],
        {'revised': '2020-01-03'},
        layout='end', title='Ekonomisk hjälp och stöd'),
    # title of a related document listed on
    #   https://docplayer.se/amp/106677654-Riktlinjer-for-styrande-dokument-innehall-utformning-och-hantering.html
    # (municipality not named; a label-row/value-row table flattened by the transcript: 'Styrdokument. Riktlinjer.
    # Kommunstyrelsen. Tillsvidare. Kommunchef. Dokumenttyp. Fastställd/upprättad Kommunfullmäktige <date>, § 83' --
    # values first, most labels lost, only 'Dokumenttyp' and 'Fastställd/upprättad' survive. Date lost -> invented.
    # The lone 'Tillsvidare' line is read as validity; the unlabeled 'Kommunchef' is not taken as owner and the
    # unlabeled 'Kommunstyrelsen' not as decider (unsure: the lost labels were probably Dokumentansvarig/Beredande))
    C('real7tune-flattened-label-row-tillsvidare-kommunchef-fastalld-upprattad-txt', 'txt', [
        'Styrdokument', 'Riktlinjer', 'Kommunstyrelsen', 'Tillsvidare', 'Kommunchef', 'Dokumenttyp',
        'Fastställd/upprättad Kommunfullmäktige 2014-06-16, § 83'],
        {'decided_by': 'Kommunfullmäktige', 'decided': '2014-06-16', 'valid_until': 'tillsvidare'},
        title='Riktlinjer för styrdokument',
        known="a lone 'Tillsvidare' among a flattened table's values, its label lost, is not read as the validity"),
    # title of a related document listed on
    #   https://docplayer.se/amp/106677654-Riktlinjer-for-styrande-dokument-innehall-utformning-och-hantering.html
    # (Nässjö; the författningssamling head 'Författningssamling. Beslutsinstans Kommunfullmäktige <date> § 30
    # Dokumentansvarig Kommundirektör' -- labels without colons, the value right after each. The date and the § sign were
    # lost -> invented/put back. Repeated as the running head on every page)
    C('real7tune-nassjo-forfattningssamling-beslutsinstans-dokumentansvarig-header-part-pdf', 'pdf', [
        'Författningssamling', 'Beslutsinstans Kommunfullmäktige 2015-03-26 § 30', 'Dokumentansvarig Kommundirektör'],
        {'decided_by': 'Kommunfullmäktige', 'decided': '2015-03-26', 'owner': 'Kommundirektör'},
        layout='header-part', title='Regler för styrdokument i Nässjö kommun'),
    # https://plus.rjl.se/infopage.jsf?childId=21101&nodeId=40321
    # (Region Jönköpings län, another page than the earlier sets'; the page foot 'Uppdaterad: <date>' and on the next
    # line a name (replaced) with clinic, hospital and specialty after commas -- the page's contact/author, not stated as
    # owner. The body says the programme group revises the documents 'senast inom två år' -- a rule, not this page's date)
    C('real7tune-rjl-vardriktlinjer-uppdaterad-namn-klinik-end', 'md', [
        'Medicinska programgruppen, kompetenscenter ansvarar för att gruppens dokument kontrolleras och vid '
        'behov revideras senast inom två år.',
        'Uppdaterad: 2017-04-27', 'Sara Berg, Kvinnokliniken Länssjukhuset Ryhov, Kirurgisk vård'],
        {'revised': '2017-04-27'},
        layout='end', title='Fastställa och revidera vårdriktlinjer'),
    # title of a related document listed on
    #   https://docplayer.se/amp/106677654-Riktlinjer-for-styrande-dokument-innehall-utformning-och-hantering.html
    # (Linköping, another document than the earlier sets'; 'Struktur för politiska styrdokument i Linköpings kommun.
    # Antaget av: Kommunfullmäktige Status: Giltighetstid: Tills vidare' -- the Status label left empty right before
    # Giltighetstid, so in the line shape they run together. Validity 'Tills vidare' in two words)
    C('real7tune-linkoping-struktur-styrdokument-status-tom-giltighetstid-tills-vidare-docx', 'docx', [
        'Struktur för politiska styrdokument i Linköpings kommun', 'Antaget av: Kommunfullmäktige',
        'Status: Giltighetstid: Tills vidare'],
        {'decided_by': 'Kommunfullmäktige', 'valid_until': 'tillsvidare'},
        title='Struktur för politiska styrdokument'),
]
