"""Reading a routine's header block: who decided it, when, until when it holds, who owns it, what it replaces.

Municipal templates state these in many shapes: "Beslutsdatum: 2024-03-12", "Dokumentet beslutades den:"
with the date on the next line, "Dokumentansvarig är: Verksamhetsutvecklare", a Word table with the labels
in one row and the values in the next, a PDF box printing several fields on one line. What they share:
a known label opens a line (or a table cell) with a capital letter, and a short value follows it on the
same line, after it in the next cell, or on the next line. Body text is kept out by that shape: a label
must open its line, and a date must be what the statement is about, not part of a sentence
("Planen ska vara upprättad inom en månad" states no date of the document).

Lines come in as strings; table rows arrive as cells joined by " | " (what the readers produce).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import DateHit, find_dates
from .readers.titles import DOCUMENT_KIND
from .types import ParsedDocument

HEADER_LINES = 40  # lines of the first page (or the document's start) searched after its header part
COVER_LINES = 6  # a first page with fewer lines is a title page: the header is read on to the second
CLOSING_LINES = 15  # the document's last lines, where some templates state the same fields

FIELDS = ("decided", "valid_from", "valid_until", "valid_indefinitely", "revised", "created", "owner",
          "decided_by", "replaces", "review_by")
DATE_FIELDS = ("decided", "valid_from", "valid_until", "revised", "created", "review_by")
TEXT_FIELDS = ("owner", "decided_by", "replaces")

_PREFIX = (r"(?:(?:dokumentet|dokument|rutinen|riktlinjen|riktlinjerna|rutinerna|instruktionen|handboken|policyn"
           r"|dokumentets|rutinens|riktlinjens|riktlinjernas|instruktionens|handbokens|policyns"
           r"|(?:denna|detta)\s+(?:rutin|riktlinje|dokument|instruktion|handbok|policy|reglemente|delegationsordning|plan"
           r"|program|överenskommelse)\s+(?:är|har\s+(?:blivit|varit))"
           r"|(?:rutinen|riktlinjen|riktlinjerna|dokumentet)\s+(?:är|har\s+(?:blivit|varit))|sidan|texten|beslutet"
           r")\s+)?")  # "Denna rutin är fastställd av …", "Riktlinjen är senast uppdaterad …", "Sidan senast uppdaterad"
_VERBS_DECIDED = (r"beslutad|beslutat|beslutades|beslutade|fastställd|fastställt|fastställdes|fastställda|fastst\."
                  r"|faställd|faställt|fasställd|fasställt"  # as misspelt in real headers
                  r"|antagen|antaget|antogs|antagna|godkänd|godkänt|godkändes|godkända")  # "Antagna av …" (riktlinjer)
_TO = r"(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till|intill)"
_FROM = r"(?:från\s+och\s+med|fr?\.?\s?o\.?\s?m\.?|f\.\s?r\.?\s?o\.?\s?m\.?|från)"  # "fr.o.m.", "fr o m", "f.o.m."
# (kind, label) — a kind is a field, or "validity" (a period or "tills vidare") or "date" (a bare date)
_LABELS: list[tuple[str, str]] = [
    ("decided_by", rf"(?:{_VERBS_DECIDED})\s+av|beslutsfattare|fastställare|beslutande(?:\s+(?:instans|organ|nämnd))?"
                   r"|beslutsinstans|beslutsorgan|beslutsnivå"),
    ("decided", r"beslutsdatum|beslutsdag|beslutdatum|datum\s+för\s+(?:beslut|fastställelse|fastställande|antagande"
                r"|godkännande)|fastställelsedatum|fastställandedatum|antagandedatum|godkännandedatum"
                r"|fastställelse|fastställande"
                rf"|(?:{_VERBS_DECIDED})\s*/\s*(?:datum|senast\s+(?:uppdaterad|reviderad|ändrad)|upprättad|upprättat)"
                rf"|{_VERBS_DECIDED}|beslut"),  # "Fastställd/upprättad Kommunfullmäktige 2014-06-16": the decision
    ("valid_until", rf"(?:gäller|giltig[ta]?)\s+(?:längst\s+)?{_TO}|giltighetsdatum|giltig\s+längst"
                    r"|upphör\s+att\s+gälla|sista\s+giltighetsdag"),
    ("valid_from", rf"(?:gäller|gällande|giltig[ta]?)\s+{_FROM}|ikraftträdande(?:datum)?|i\s+kraft\s+{_FROM}"
                   r"|träder\s+i\s+kraft|trädde\s+i\s+kraft|börjar\s+gälla"
                   rf"|(?:för\s+)?tillämpning\s+{_FROM}|tillämpas\s+{_FROM}"),  # "För tillämpning fr.o.m. …"
    ("validity", rf"(?:gäller|giltig[ta]?)\s+{_FROM}\s*[/–-]\s*{_TO}|giltighetstid|giltighetsperiod|giltighet|gäller"
                 r"|giltig[ta]?"  # "Gäller fr.o.m./t.o.m.: 2024-09-01/2026-08-31"
                 r"|mandatperiod(?:en)?"),  # "Mandatperioden 2015-2018": a plan for the council's term
    ("revised", r"senast\s+(?:reviderad|reviderat|uppdaterad|uppdaterat|ändrad|ändrat)|senaste\s+revision"
                r"|reviderad|reviderat|reviderades|reviderade|revisionsdatum|revideringsdatum|rev\.?\s?datum"
                r"|rev\.?(?=\s*\d)|rev\.(?=\s*$)|med\s+justeringar"  # "Gäller från … med justeringar 2013-01-01"
                r"|(?:tidpunkt\s+för\s+)?senaste\s+revidering|förtydligande|utbytt(?:\s+den)?"
                r"|uppdaterad|uppdaterat|uppdaterades|uppdaterade|uppdateringsdatum|ändrad|ändrat|ändringsdatum"
                r"|senast\s+granskad|senast\s+granskat"
                r"|publicerad|publicerat|publicerades|publiceringsdatum"),  # a web page's "Publicerad 8 december 2023"
    # a date by which the routine is to be reviewed: where no end of validity is stated, it is the end
    ("review_by", r"(?:ska\s+)?revideras(?:\s+senast)?|(?:revidering|revision|översyn)\s+senast"
                  r"|nästa\s+(?:revidering|revision|översyn)|ses\s+över\s+senast"  # not "uppföljning": of a plan
                  r"|(?:ska\s+)?aktualitetsprövas(?:\s+senast)?|aktualitetsprövning(?:\s+senast)?"
                  r"|tidpunkt\s+för\s+(?:aktualitetsprövning|översyn|revidering)"),
    ("created", r"upprättad|upprättat|upprättades|upprättandedatum|datum\s+för\s+upprättande|skapad|skapat"
                r"|framtagen|framtaget|utfärdad|utfärdat"),
    ("date", r"dokumentdatum|datum"),
    ("owner", r"(?:dokumentansvarig|dok\.\s?ansvarig)(?:\s+(?:förvaltning|enhet|verksamhet|avdelning|funktion|person"
              r"|tjänsteperson|nämnd|på\s+(?:politisk|tjänstemanna)\s*nivå))?"
              r"|ansvarig\s+chef(?:\s+för\s+revidering(?:en)?)?"
              r"|ansvarig\s+(?:processägare|ägare|tjänsteman|(?:regional\s+)?(?:kunskapsgrupp|arbetsgrupp))"
              r"|för\s+revidering(?:en)?\s+ansvarar|dokumentansvar|dokumentägare|rutinansvarig|processägare|innehållsansvarig"
              r"|sidansvarig|sidägare"  # a routine published as a page of the intranet
              r"|kontaktperson"  # whom to ask about it: no owner, but the one a newcomer asks where none is named
              r"|ägare"
              r"|processansvarig|revideringsansvarig|revisionsansvarig|uppföljningsansvarig|rutinägare|riktlinjeägare"
              r"|ansvarig\s+(?:enhet|förvaltning|verksamhet|avdelning)"
              r"|ansvarig(?:\s+(?:för\s+(?:dokumentet|dokument|rutinen|rutin|riktlinjen|riktlinje|innehållet|revidering(?:en)?"
              r"|uppdatering(?:en)?|uppföljning)|funktion|befattning|tjänsteperson|roll))?"),
    ("replaces", r"ersätter(?:\s+(?:tidigare\s+)?(?:dokument(?:et)?|rutin(?:en)?|version(?:en)?|riktlinje(?:n)?))?"
                 r"|ersätter\s+tidigare|ersatt\s+dokument"),
]
# "Process-/dokumentansvarig", "Uppföljning/revidering senast": a label shares its line with a word before it;
# "Fastställd datum", "Gäller till datum": a table's column label names the kind of value
_SHARED = r"(?:[^\W\d_]+(?:-\s*/|/|-\s+och\s+|-\s+eller\s+)\s*)?"
_DATED = r"(?:\s+datum)?"  # "Fastställd datum", "Gäller till datum"; not after "Fastställd av": a column "Datum"
_LABEL_RES = [(kind, re.compile(rf"{_SHARED}{_PREFIX}(?:{label}){'' if kind in TEXT_FIELDS else _DATED}(?!\w)", re.I))
              for kind, label in _LABELS]
# labels of fields this module does not read: a table header row may mix them with ours
_OTHER_LABEL = re.compile(
    r"^(?:dnr|diarienummer|diarienr|version(?:\s*nr\.?)?|versionsnummer|dokumenttyp|dokumentnamn|dokumentnummer|sida|sid"
    r"|målgrupp|(?:dokumentet\s+|rutinen\s+|riktlinjen\s+)?gäller\s+för|titel|rubrik|enhet|förvaltning|verksamhet|område|id"
    r"|dokument-id|beteckning"
    r"|upprättad\s+av|författare|handläggare|sekretess|sekretessklass|informationsklass(?:ning)?"
    r"|klassificering|status|dokumentstatus|ändring|kommentar|revisionsnr|revisionsnummer|dokumentid|upprättare"
    r"|granskad\s+av|granskare|(?:reviderad|ändrad|uppdaterad|framtagen|skapad|utarbetad)\s+av"
    r"|ansvarigt?\s+politiskt\s+organ|utgivare|utfärdad\s+av|berörda\s+(?:verksamheter|enheter)|omfattar"
    r"|ärendenr|ärendenummer|adresserat\s+till|myndighet|sign|signatur|dok(?:ument)?nr\.?(?:\s+i\s+\w+)?|dokumentserie"
    r"|rekommenderat?\s+av|utgåva|utarbetad\s+för(?:\s+\w+)?|ämne(?:/område)?|ansvarig\s+för\s+framtagandet?"
    r"|antal\s+sidor|sidantal|antal\s+bilagor|bilagor)\s*:?$",
    re.I)
_FILL_IN = r"\((?:(?:och|av|vem|samt|datum|namn|roll|funktion|befattning)[\s/,]*)+\)"
_CONNECT = re.compile(rf"[ \t]*(?:{_FILL_IN}[ \t]*)?(?:(?:är|den|var)(?!\w)[ \t]*)?"
                      rf"[:\-–][ \t]*(?:den(?!\w)[ \t]*)?|[ \t]*(?:{_FILL_IN}[ \t]*)?(?:(?:är|den)(?!\w)[ \t]*)?")
# "2016-11-01- tv": from then on, "tills vidare"
_INDEFINITE = re.compile(r"\btills?\s*vidare\b|\bt\.\s?v\.(?!\w)|\btillsvidare|(?<=[-–])\s?tv$", re.I)
_PLACEHOLDER = re.compile(r"^[\s\-–—_.…x?]*$|^(?:saknas|ej\s+angivet?|ingen|inget|n/a|namn|roll|datum|befattning)$", re.I)
_TAIL_NOISE = re.compile(r"\([^)]*\)|§\s*\d+\w*|\b(?:dnr|diarienummer)\b.*$|\bkl\.?\s*\d[\d.:]*", re.I)
_BY = re.compile(r"^(?:av|i)\s+(?P<who>.+?)(?:[,\s]+den)?$", re.I)  # "Antagen i kommunfullmäktige den 31 januari …"
_NAMED = re.compile(r"[A-ZÅÄÖ][^\W\d_]{2,}|[A-ZÅÄÖ]{2,5}\b")  # a body or a role ("SN", "KF"), not "den" before a date
# "Socialnämnden SN 2014/0101", "Individnämnden IN 318/18": the case's registration number, not who
_REGISTRATION = re.compile(r"(?:[,\s]+(?:dnr:?\s*)?[A-ZÅÄÖ]{1,6}\.?\s?\d{1,4}\s*[/.:-]\s*\d+\w*)+\s*$", re.I)
# "Socialnämnden, § 112", "SN § 4/2019-01-30", "Kommunstyrelsen 39/2019" (the paragraph of that year's minutes): not who
_PARAGRAPH = re.compile(r"[,\s]*§\s*\d+\w*(?:/\d+)?\s*/?\s*$|\s+\d{1,4}/(?:19|20)\d{2}\s*$")
# A line of its own naming a body, a date and the paragraph of its minutes is that body's decision, though no word says
# so ("Socialnämnden 2021-01-26, § 9", "KF 2019-03-25 § 45")
_BODY = (r"(?:[A-ZÅÄÖ][\w-]*\s+(?:och\s+)?){0,4}?"  # a political body ("Vård- och omsorgsnämnden", "KF")
         r"(?:\w*(?:nämnd|nämnden|fullmäktige|styrelse|styrelsen|utskott|utskottet)|[A-ZÅÄÖ]{2,5})")
_MINUTES = re.compile(rf"^{_BODY}[,\s]+(?:den\s+)?\d[\w\s-]{{3,20}}?[,\s]+§\s*\d+\w*\.?$")
# … and so is a document that is an appendix to its minutes ("Bilaga 6:7 till kommunstyrelsens protokoll den 19 mars
# 2003, § 8")
_APPENDIX = re.compile(r"^bilaga\b[^,]{0,15}?\s+till\s+(?P<who>[\w-]*(?:nämnd|fullmäktige|styrelse|utskott)\w*?)s\s+"
                       r"protokoll\s+(?:den\s+)?(?P<when>\d.*)$", re.I)
# … and a line telling in prose that a body decided it, as a statute book's header does ("Sociala nämnden beslutade
# den 22 januari 2014, om följande riktlinjer.", "Kommunfullmäktige antog den 12 mars 2019 …")
_DECIDED_PROSE = re.compile(r"^(?!(?i:enligt|om|när|då|efter|sedan|eftersom|innan|att|som|men|i|av|på|till)\s)"
                            rf"(?P<who>{_BODY})\s+(?:har\s+)?(?:beslutade?|beslutat|antog|antagit|"
                            r"fastställde|fastställt|godkände|godkänt)\s+(?:den\s+)?(?P<when>\d.*)$")
# … and a body named just before the label of its decision ("Vård- och omsorgsnämnden Antaget 2016-04-20 …")
_BODY_ALONE = re.compile(rf"^{_BODY}$")
_MINUTES_PARAGRAPH = re.compile(r"^§\s*\d+\w*\b")
_BULLET = re.compile(r"^[•·▪◦*\-–]\s+")
_DOCUMENT_KIND = re.compile(DOCUMENT_KIND, re.I)  # "Rutin, fastställd …": the line names the kind of document
# what ends a value printed on the same line: a registration number, a page number, a field this module does not
# read (a header table's cells run together on one line: "… Handläggare Karin Ström Giltigt till och med …")
_STOP = re.compile(r"(?:Dnr|DNR|Diarienummer|Diarienr|Ärendenr|Ärendenummer|Sida|Sid|Dokumenttyp|Dokumentrubrik|Dokumentnamn"
                   r"|Dokumentnr|POSTADRESS|Postadress|BESÖKSADRESS|Besöksadress|Dokumentnummer|Dokument-id|Version|Revisionsnr"
                   r"|Revisionsnummer|Handläggare|Granskare|Granskad\s+av"
                   r"|Författare|Upprättare|Gäller\s+för|Målgrupp|Process|Rekommenderat\s+av|Rekommenderad\s+av)(?!\w)")
# … and those of a header table's cells run together without colons before its first dated field (see _labels_before)
_OTHER_LABEL_IN_LINE = re.compile(r"(?:Kontaktperson|Enhet|Förvaltning|Ämnesområde|Övergripande\s+dokument|Revisions\s*datum"
                                  r"|Upprättad\s+av)(?!\w)")
# labels that also open ordinary sentences ("Ansvarig handläggare ska …"): a name follows them only after a colon
_WEAK_LABEL = re.compile(r"ansvarig(?:\s+(?:enhet|förvaltning|verksamhet|avdelning))?|ägare|beslut|beslutsnivå|gäller"
                         r"|giltig[ta]?|datum|kontaktperson", re.I)
# owners that yield to one named more closely: "Dokumentansvarig nämnd: Tekniska nämnden" beside "Dokumentansvarig
# person: Samhällsbyggnadschef"; "Ansvarig verksamhet: Psykiatri" beside "Dokumentägare: Sara Bergman"
_BROAD_OWNER = re.compile(r"\b(?:nämnd|politisk)|^ansvarig\s+(?:enhet|förvaltning|verksamhet|avdelning)", re.I)
_MAX_LINE = 200  # longer lines are body text, not a header field …
_MAX_FLATTENED = 800  # … unless a header table's cells run together on one line (see _flattened), never longer
_MAX_TEXT_WORDS = 12
_KINDS_RUN_TOGETHER = 4  # a header's fields of four kinds on one long line, one of them dated: its cells run together


@dataclass
class _Statement:
    kind: str
    value: str
    cell: str  # the whole cell the statement stands in, for messages and tests
    firm: bool = True  # the value was set off from its label (colon, next cell or line, a strong label)
    at: int = 0  # where its label starts in the cell: a cell may hold several statements run together


# -- finding statements ---------------------------------------------------------------------------


def _label_at(text: str, pos: int, *, lowercase: bool = False) -> tuple[str, int] | None:
    """The longest label starting at ``pos`` with a capital letter (any letter with ``lowercase``): (kind, end)."""
    if pos >= len(text) or not (text[pos].isupper() or lowercase):
        return None
    best: tuple[str, int] | None = None
    for kind, pattern in _LABEL_RES:
        m = pattern.match(text, pos)
        if m and (best is None or m.end() > best[1]):
            best = (kind, m.end())
    return best


def _connect(text: str, end: int) -> tuple[int, bool]:
    """Skip "den", "är", a colon or dash after a label; whether a colon (or dash) was there."""
    m = _CONNECT.match(text, end)
    if not m:
        return end, False
    return m.end(), bool(re.search(r"[:\-–]", m.group(0)))


def _segments(cell: str) -> list[tuple[str, str, bool]] | None:
    """(kind, value, firm) for each statement in a cell; None when the cell makes none (see _spans)."""
    spans = _spans(cell)
    return None if spans is None else [(kind, value, firm) for _, kind, value, firm in spans if kind != "other"]


def _spans(cell: str) -> list[tuple[int, str, str, bool]] | None:
    """(where its label starts, kind, value, firm) for each statement in a cell, a field this module does not read
    (a Dnr) as kind "other"; None when the cell makes none.

    A cell opening with a label is a statement. Further labels start further statements when they are
    clearly set off: a colon after them, a date right after them or right before them ("Beslutad
    2024-01-10, rev. 2025-06-01"), "tills vidare" after a validity label, or another label right before
    them. Such a label may also start the first statement when a reader ran a title into the header line
    (Markdown joins consecutive lines). A Dnr or page number ends the value before it.

    ``firm`` says the label was set off as one (a colon after it, or a label that cannot open a sentence),
    so a name after it is a value and not the rest of a sentence.
    """
    starts: list[tuple[int, str, int]] = []
    first = _label_at(cell, 0)
    if first is not None:
        starts.append((0, *first))
    for m in re.finditer(r"(?<=\s)(?=\w)", cell):
        pos = m.start()
        if starts and pos <= starts[-1][2]:
            continue
        stop = _STOP.match(cell, pos)
        if stop:
            if starts:
                starts.append((pos, "other", stop.end()))
            continue
        before = cell[:pos].rstrip(" ,;|·")
        # "… 2025-01-13 och gäller till och med …", "… 2023, § 97, och gäller från och med …"
        ended = re.sub(r"(?:[\s,;]+(?:och|§\s*\d+\w*))+$", "", before)
        after_date = any(h.end == len(ended) for h in find_dates(ended)) or bool(
            re.search(r"tills?\s*vidare$", before, re.I))  # a value that is complete: a date, "tillsvidare"
        # "Rutin, fastställd 2023-10-03 av …": a line naming the kind of document, then what was done with it
        found = _label_at(cell, pos, lowercase=after_date or bool(_DOCUMENT_KIND.fullmatch(before)))
        if not found and cell[:pos].rstrip().endswith(",") and not (starts and starts[-1][1] == "replaces"):
            # "Gällande förvaltningen, reviderad 2015-05-20"; not "Ersätter: Riktlinje X, antagen 2019-11-25",
            # which dates the document replaced
            found = _label_at(cell, pos, lowercase=True)
            if found and (found[0] != "revised"
                          or not any(h.start == 0 for h in find_dates(cell[_connect(cell, found[1])[0]:]))):
                found = None
        if not found:
            continue
        own_value, colon = _connect(cell, found[1])
        weak = bool(_WEAK_LABEL.fullmatch(cell[pos:found[1]]))
        dated = any(h.start == 0 for h in find_dates(cell[own_value:]))
        indefinite = found[0] == "validity" and bool(re.match(r"tills?\s*vidare", cell[own_value:], re.I))
        if starts:
            value_start, _ = _connect(cell, starts[-1][2])
            adjacent = not cell[value_start:pos].strip()
        else:
            adjacent = False
        said = bool(re.match(r"[ \t]*är(?!\w)", cell[found[1]:]))  # "… Dokumentansvarig är Gruppledare"
        # "… kommun Antagen av ledningsgruppen 2019-02-20": a date a few words on; "… omsorg Upprättad …": a
        # capitalised label after a statement, as a header table's cells run together on one line
        near_date = any(h.start <= len(" ".join(cell[own_value:].split()[:5])) for h in find_dates(cell[own_value:]))
        # "… (projektledare) Fastställda av", the name on the next line; not "Status: Fastställd"
        waits = not cell[own_value:].strip() and found[0] in TEXT_FIELDS and ":" not in cell[:pos]
        if colon or after_date or indefinite or adjacent or ((dated or said or near_date or starts or waits) and not weak):
            starts.append((pos, *found))
    if not starts:
        return None
    starts = _labels_before(cell, starts[0][0]) + starts
    out: list[tuple[int, str, str, bool]] = []
    for i, (pos, kind, end) in enumerate(starts):
        value_start, colon = _connect(cell, end)
        if kind == "decided" and re.search(r"\bvem\b", cell[end:value_start]):
            kind = "decided_by"  # "Beslutad (datum och av vem) 2021-04-12 Socialnämnden"
        value_end = starts[i + 1][0] if i + 1 < len(starts) else len(cell)
        if kind not in TEXT_FIELDS and (full_stop := _SENTENCE_AFTER_DATE.search(cell, value_start, value_end)):
            value_end = full_stop.start() + 1  # "… reviderad 2022-09-09. Följs upp årligen …": the next sentence is none of it
        firm = colon or not _WEAK_LABEL.fullmatch(cell[pos:end].strip())
        out.append((pos, kind, cell[value_start:value_end].strip(" \t,;|·"), firm))
    return out


# a date's full stop before a sentence of its own: "Gäller från januari 2018, reviderad 2022-09-09. Följs upp årligen i …"
_SENTENCE_AFTER_DATE = re.compile(r"(?<=\d)\.\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])")


def _labels_before(cell: str, first: int) -> list[tuple[int, str, int]]:
    """The labels before a line's first statement, where a header table's cells ran together on one line without
    colons ("Koncernkontoret Enhet säkerhet Dokumenttyp Riktlinje Dokumentansvarig Valter Lindström,
    koncernsäkerhetschef Beslutad av Regionstyrelsen … Giltig från 2016-03-08"): each capitalised label that cannot
    open a sentence, once a later one has been set off by a date, and the fields this module does not read as
    "other". A line that does not run so far into a date is left as it was read."""
    if first == 0 or len(cell) <= _MAX_LINE or not find_dates(cell[first:]):
        return []
    found: list[tuple[int, str, int]] = []
    for m in re.finditer(r"(?<=\s)(?=\w)", cell[:first]):
        pos = m.start()
        if found and pos <= found[-1][2]:
            continue
        stop = _STOP.match(cell, pos) or _OTHER_LABEL_IN_LINE.match(cell, pos)
        label = _label_at(cell, pos)
        if label and not _WEAK_LABEL.fullmatch(cell[pos:label[1]]) and not (stop and stop.end() > label[1]):
            found.append((pos, *label))
        elif stop and found:
            found.append((pos, "other", stop.end()))
    return found


def _cells(line: str) -> list[str]:
    """A table row's cells ("a | b", also "| a | b |" as some writers leave it); a plain line is one cell. A cell
    that stood empty between others is kept as "", so that a row of values lines up with its row of labels."""
    line = line.strip()
    if line.startswith("|") and line.endswith("|") and len(line) > 1:
        line = line[1:-1]
    cells = [_BULLET.sub("", c.strip()).strip("*_ ") for c in _CELL_EDGE.split(line)]
    while cells and not cells[-1]:
        cells.pop()
    while cells and not cells[0]:
        cells.pop(0)
    return cells


_CELL_EDGE = re.compile(r"(?:(?<=\s)|^)\|(?=\s|$)")  # a "|" set apart by spaces ("a |  | b"); not one in a word


def _label_row(row: list[str]) -> bool:
    """A table row of column labels whose values stand in the next row ("Ansvarig | Utfärdad av | Berörd
    verksamhet"): two labels side by side with no value of their own, and no date. Its other cells are labels
    too, of columns not read here, even where they are not known as labels; they are no values of the labels
    beside them."""
    if len(row) < 2 or any(find_dates(cell) for cell in row):
        return False
    bare = [bool(cell) and (bool(_OTHER_LABEL.match(cell))
                            or ((s := _spans(cell)) is not None and not any(value for _, _, value, _ in s)))
            for cell in row]
    return any(a and b for a, b in zip(bare, bare[1:]))  # two labels side by side: "Beslutad av | Socialnämnden" is none


def statements(lines: list[str]) -> list[_Statement]:
    """Every labelled statement in header lines, in order.

    Cells are read in order. A label without a value waits for the next cells: that covers a value on
    the next line, a value in the next table cell, and a table (or PDF box) whose labels stand in one
    row and whose values stand in the next, in the same order; a label whose cell stood empty is passed
    over, and a further row of labels starts afresh. A change log ("Revisionshistorik") gives revisions.
    """
    rows = [_cells(line) for line in lines if line]
    # a table's cell holds one value; a line may hold a row of values run together
    cells = [(cell, len(row) > 1, _label_row(row)) for row in rows for cell in row
             if len(cell) <= _MAX_LINE or _flattened(cell)]
    found: list[_Statement] = []
    pending: list[tuple[str, str]] = []  # (kind, label) still waiting for a value
    answered = False  # values have gone to the waiting labels: a label now starts another row of labels
    in_log = False  # in a change log: its dates are revisions, its words no labels
    for n, (cell, whole, labels) in enumerate(cells):
        if not cell and not labels:  # a value that stood empty: its label is passed over
            if pending:
                del pending[0]
                answered = True
            continue
        if in_log:
            if _in_change_log(cell):
                found.extend(_revisions(cell))
                continue
            in_log = False
        log = _LOG_START.search(cell)
        if log:  # "Revisionshistorik", maybe run into the line before it
            in_log, pending = True, []
            found.extend(_revisions(cell[log.start():]))
            cell = cell[:log.start()].strip(" |")
            if not cell:
                continue
        if pending and pending[-1][1].rstrip().endswith(":") and _STATUS.match(pending[-1][1]) and _STATUS_WORD.match(cell):
            pending.pop()  # "Status: | Antaget": the status, not a label "Antaget" waiting for a date
            answered = True
            continue
        # "Upprättad av", "Version": a column of a field not read here; in a row of column labels, also one this
        # reader knows no label for ("Berörd verksamhet") or an empty one: their values are in the next row
        if _OTHER_LABEL.match(cell) or (labels and (not cell or _spans(cell) is None)):
            if answered:
                pending, answered = [], False
            pending.append(("other", cell))
            continue
        spans = _spans(cell)
        if spans is None:
            if pending:
                found.extend(_assign(pending, cell, whole))
                answered = True
            elif _MINUTES.match(cell) or (n + 1 < len(cells) and (paragraph := _MINUTES_PARAGRAPH.match(cells[n + 1][0]))
                                          and _MINUTES.match(f"{cell} {paragraph.group(0)}")):
                # "Socialnämnden 2021-01-26, § 9": its decision; or the paragraph opening the next line (an extract)
                found.append(_Statement("decided_by", cell, cell))
            elif (appendix := _APPENDIX.match(cell)) and (when := find_dates(appendix["when"])) and not when[0].start:
                found.append(_Statement("decided_by", f"{appendix['who']} {appendix['when'][:when[0].end]}", cell))
            elif (prose := _DECIDED_PROSE.match(cell)) and (when := find_dates(prose["when"])) and not when[0].start:
                found.append(_Statement("decided_by", f"{prose['who']} {prose['when'][:when[0].end]}", cell))
            elif (start := _TRAILING_FROM.search(cell)) and _only_dates(start.group("date")):
                found.append(_Statement("valid_from", start.group("date"), cell))  # "Riktlinjer … fr.o.m. 2014-01-01"
            continue
        opening = cell[:spans[0][0]].strip(" ,;|·")
        if pending and opening:  # "Fastställd av" / "Förvaltningschef Datum för beslut 2023-05-08 …" run together
            found.extend(_assign(pending, opening))
        if len(spans) > 1 and not any(value for _, _, value, _ in spans[:-1]) and find_dates(spans[-1][2]):
            # a label row and its values run together: "Beslutad av Beslutsdatum Gäller t.o.m. Dnr Socialnämnden
            # 2023-10-18 2026-10-17 SN 2023/301" (a text file's aligned columns)
            pending = [(kind, cell) for _, kind, _, _ in spans]
            found.extend(_assign(pending, spans[-1][2]))
            answered = True
            continue
        segments = [(kind, value, firm) for _, kind, value, firm in spans if kind != "other"]
        starts = [at for at, kind, _, _ in spans if kind != "other"]
        if not segments:
            pending.append(("other", cell))
            continue
        if not any(value for _, value, _ in segments):
            if answered:  # the labels of a row whose cells stood empty wait no longer
                pending, answered = [], False
            pending.extend((kind, cell) for kind, _, _ in segments)
            continue
        kind, value, firm = segments[0]
        if pending and len(segments) == 1 and _only_dates(value):
            # a box read as lines can print the last label before the row of values: "Ägare 2024-11-01 …"
            pending.append((kind, cell))
            found.extend(_assign(pending, value))
            answered = True
            continue
        pending.clear()
        answered = False
        for n, (kind, value, firm) in enumerate(segments):
            if value:
                found.append(_Statement(kind, value, cell, firm, starts[n]))
            elif n == len(segments) - 1:
                pending.append((kind, cell))  # "… Dokumentansvarig:" with the name on the next line
    return found


_STATUS = re.compile(r"^(?:dokument)?status\b", re.I)
_STATUS_WORD = re.compile(r"^(?:antag(?:en|et|na)|fastställ(?:d|t|da)|beslutad|beslutat|godkänd|godkänt|gällande|aktuell"
                          r"|utkast|publicerad|upphävd)$", re.I)
_TRAILING_FROM = re.compile(r"\s(?:fr\.?\s?o\.?\s?m\.?|from)\s*(?P<date>\S.*)$", re.I)


# a change log in the header ("Revisionshistorik", "Versionshistorik"): its rows' dates are of revisions
_LOG_START = re.compile(r"\b(?:revisions|versions|ändrings|reviderings|dokument)historik\b|^(?:revisionshistorik"
                        r"|versionshistorik|ändringshistorik|historik|(?:ändrings|revisions|versions)logg)$", re.I)
_CHANGE_LOG = "revisionshistorik"  # the cell a change log's statements cite
_LOG_ROW_CHARS = 80  # a log row is short; a longer line, or a numbered heading, is the text after the log


def _revisions(entries: str) -> list[_Statement]:
    """A change log's dates, each a revision: the latest counts (see _read)."""
    return [_Statement("revised", entries[h.start:h.end], _CHANGE_LOG) for h in find_dates(entries)]


def _in_change_log(cell: str) -> bool:
    """A row or column heading of the log ("Datum", "Ändring"), or its rows run together on one line; not a
    numbered heading or a field with its value."""
    if (len(cell) > _LOG_ROW_CHARS and len(find_dates(cell)) < 2) or re.match(r"\d+(?:\.\d+)*\.?\s+[^\W\d_]", cell):
        return False
    segments = _segments(cell) if _label_at(cell, 0) else None
    return not segments or not any(value for _, value, _ in segments)


def _flattened(cell: str) -> bool:
    """A long line that is a header table's cells run together: several statements, dated ones among them, or
    set off by colons as a form's fields are ("… Antagen: Nämndens namn den dag månad årtal x Reviderad: … Giltig
    t.o.m: Den 8 januari 2015 Ansvarig ägare: Resultatenhetschef …", a template's blanks left unfilled)."""
    if len(cell) > _MAX_FLATTENED or not find_dates(cell):  # a paragraph on one line, mostly: quick to tell
        return False
    spans = _spans(cell) or []
    segments = [(kind, value) for _, kind, value, _ in spans if kind != "other"]
    if len(segments) < 3:
        return False
    dated = sum(bool(find_dates(value)) for _, value in segments)
    return (dated >= 2 or (dated >= 1 and sum(_colon_after_label(cell, at) for at, *_ in spans) >= 3)
            or (dated >= 1 and len({kind for kind, _ in segments}) >= _KINDS_RUN_TOGETHER))


def _colon_after_label(cell: str, at: int) -> bool:
    label = _label_at(cell, at, lowercase=True)
    stop = _STOP.match(cell, at)
    end = label[1] if label else stop.end() if stop else at
    return _connect(cell, end)[1]


def _only_dates(value: str) -> bool:
    return bool(find_dates(value)) and not re.search(r"\w", _without_dates(value))


def _name_part(cell: str) -> str:
    """The words of a cell beyond its dates, or "" where only dates and dashes stand ("2024-01-01 – 2025-12-31")."""
    text = _without_dates(cell)
    return text if re.search(r"[^\W\d_]", text) else ""


def _without_dates(value: str) -> str:
    for hit in reversed(find_dates(value)):
        value = value[:hit.start] + " " + value[hit.end:]
    return value.strip()


def _assign(pending: list[tuple[str, str]], cell: str, whole: bool = False) -> list[_Statement]:
    """Give a value cell to the labels waiting for it, first come first served.

    One waiting label takes the whole cell, and so does the first of several when the cell is a table's
    (``whole``). Otherwise several take what the cell holds in their order (a row of values run together
    on one line): a date or a period each for date labels, the remaining words for a name label. A label
    that cannot take the cell while a later one can stood empty and is passed over. Labels left without
    a value keep waiting for the next cell; when the cell gives the first label nothing, nobody waits any
    longer.
    """
    if len(pending) == 1:
        kind, label = pending.pop()
        return [] if kind == "other" else [_Statement(kind, cell, f"{label} | {cell}")]
    while (len(pending) > 1 and not _takes(pending[0][0], cell, whole)
           and any(_takes(k, cell, whole) for k, _ in pending[1:])):
        del pending[0]  # its cell stood empty ("Giltig till" with nothing after it, then "Processägare")
    if whole:
        kind, label = pending.pop(0)
        return [] if kind == "other" else [_Statement(kind, cell, f"{label} | {cell}")]
    out: list[_Statement] = []
    hits = find_dates(cell)
    left = cell  # what no label has taken yet (taken text is blanked, so the dates keep their places)

    def words(upto: int | None = None) -> str:
        return _name_part(left[:upto])

    def take(start: int, stop: int) -> None:
        nonlocal left
        left = left[:start] + " " * (stop - start) + left[stop:]

    used = 0
    for n, (kind, label) in enumerate(pending):
        if kind == "other":
            if hits:
                break
            used, left = used + 1, ""  # a Dnr or a version: the whole cell is its value
        elif kind in TEXT_FIELDS:
            # "Socialnämnden 2023-10-18 2026-10-17" for "Beslutad av", "Beslutsdatum", "Gäller t.o.m.": the name
            # is the words before the dates the labels after it wait for
            dates_wait = any(k in DATE_FIELDS or k in _VALIDITY for k, _ in pending[n + 1:])
            upto = hits[0].start if hits and dates_wait else None
            if kind != "replaces" and n + 1 < len(pending) and pending[n + 1][0] in ("owner", "decided_by") and (
                    last := _last_role(left, upto)) is not None:
                upto = last  # "Enhetschef IFO Socialnämnden" for "Dokumentansvarig", "Fastställd av": a role each
            value = words(upto) if kind != "replaces" else left[:upto].strip()
            if not value and kind == "replaces" and hits:  # "Ersätter | Utbytt den" over "2009-06-15 | 2012-01-10"
                upto = hits.pop(0).end
                value = left[:upto].strip()
            if not value and hits and dates_wait:
                used += 1  # the name before it took the words: it stood empty, and the dates go to the labels after it
                continue
            if not value:
                break
            out.append(_Statement(kind, value, f"{label} | {cell}"))
            used += 1
            take(0, upto if upto is not None else len(left))
        elif kind in _VALIDITY and not hits and (indefinite := _INDEFINITE.search(left) or _YEARS_IN.search(left)):
            out.append(_Statement(kind, indefinite.group(0), f"{label} | {cell}"))  # "tills vidare", "2026–2027"
            used += 1
            take(indefinite.start(), indefinite.end())
        else:
            if not hits:
                break
            hit = hits.pop(0)
            stop = hit.end
            if kind in _VALIDITY and hits and _PERIOD.fullmatch(cell[hit.end:hits[0].start]):
                stop = hits.pop(0).end  # a period, "2024-01-01 – 2025-12-31": the validity's start and end
            elif kind in _VALIDITY and (open_end := _OPEN_END.match(cell, hit.end)):
                stop = open_end.end()  # "2016-11-01- tv": from then on
            out.append(_Statement(kind, cell[hit.start:stop], f"{label} | {cell}"))
            used += 1
            take(hit.start, stop)
        if not hits and not words():
            break
    if used == 0:
        pending.clear()
    else:
        del pending[:used]
    return out


_VALIDITY = ("valid_until", "validity", "valid_from")
# who owns or decides, heading a name: a role ("Enhetschef", "Kvalitetsansvarig", "MAS") or a body ("Vård- och
# omsorgsnämnden")
_ROLE = re.compile(r"\b(?:\w+-\s+och\s+)?[\w-]*(?:chef|nämnd|nämnden|styrelse|styrelsen|fullmäktige|direktör"
                   r"|ledningsgrupp|ledningsgruppen)\b|\b[\w-]+ansvarig\b|\b(?:MAS|MAR|SAS|KF|KS)\b", re.IGNORECASE)


def _last_role(left: str, upto: int | None) -> int | None:
    """Where the last role starts in names run together under two name labels ("Dokumentansvarig Fastställd av"
    over "Enhetschef IFO Socialnämnden"), so that each label takes its own; None where no words stand before it."""
    roles = list(_ROLE.finditer(left, 0, len(left) if upto is None else upto))
    return roles[-1].start() if roles and _name_part(left[:roles[-1].start()]) else None


def _takes(kind: str, cell: str, whole: bool = False) -> bool:
    """Whether a label of this kind can take (part of) the cell as its value: a name label words, a label of a
    field not read here anything but a date, a validity "tills vidare", a date label a date (a table's cell: a
    date that is the cell's value, not one in a title such as "Riktlinje för hemtjänst 2020-01-01")."""
    if kind == "replaces":
        return bool(cell.strip())
    if kind in TEXT_FIELDS:
        return bool(_name_part(cell))
    if kind == "other":
        return not find_dates(cell)
    if kind in _VALIDITY and (_INDEFINITE.search(cell) or _YEARS_IN.search(cell)) and not find_dates(cell):
        return True
    return _dates_of(cell) is not None if whole else bool(find_dates(cell))


# -- reading values -------------------------------------------------------------------------------


def _clean_text(value: str) -> str | None:
    value = " ".join(value.split()).strip(" .;,:[]–-")  # "Beslutad av: Kommunfullmäktige -": the date not filled in
    return value[:160] or None


def _text_value(value: str) -> str | None:
    """A name or role: short, not a sentence, not a placeholder."""
    text = _clean_text(value)
    if not text or _PLACEHOLDER.match(text):
        return None
    words = text.split()
    if re.match(r"(?:och|samt|eller)\b", text):
        return None  # "Dokumentansvar och handläggning": the rest of a caption, whose fields follow it
    if not re.search(r"[^\W\d_]{2}", text) or find_dates(text) and len(words) <= 3:
        return None  # a date or a number is no name
    if len(words) > _MAX_TEXT_WORDS or (value.rstrip().endswith(".") and len(words) >= 6):
        return None
    return text


def _is_prose(tail: str) -> bool:
    """What follows a date reads as a sentence: the date was mentioned, not stated."""
    rest = _TAIL_NOISE.sub(" ", tail)
    rest = re.sub(r"^\s*[,;–-]?\s*(?:av|i)\s+\S.*$", "", rest, flags=re.I)  # "… av socialnämnden"
    # "2016-04-20 Tills vidare, dock längst fyra år": how long it holds, not a sentence
    return len([w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in _FILLER and w.lower() not in _NUMBERS]) >= 4


def _dates_of(value: str) -> tuple[list[DateHit], str, str] | None:
    """The dates a statement's value gives, with the text before and after them; None for prose."""
    hits = find_dates(value)
    if not hits:
        return None
    before = value[:hits[0].start]
    after = value[hits[-1].end:]
    by = _BY.match(before.strip(" ,;"))  # "Antagen i Dals-Eds Socialnämnd 2014-09-17": who decided, then when
    named = by and _NAMED.match(by.group("who")) and len(by.group("who").split()) <= 5
    words = [] if named else [w for w in re.findall(r"[^\W\d_]+", before.lower()) if w not in _FILLER]
    if len(words) > 2 or _is_prose(after):
        return None
    return hits, before, after


# words that may stand between a label and its date ("Gäller tillsvidare, dock längst till 2027-12-31")
_FILLER = {"den", "från", "fr", "och", "med", "o", "m", "t", "till", "tills", "vidare", "tillsvidare", "dock",
           "längst", "senast", "i", "av", "per", "from", "tom", "ca", "cirka", "år", "datum"}
_AT_LATEST = re.compile(rf"\blängst\s+{_TO}\s*$", re.I)  # "… och tills vidare, dock längst till 30 juni 2027"
_OPEN_END = re.compile(r"\s*[-–]\s*(?:tills?\s*vidare|tv)(?!\w)", re.I)
_PERIOD = re.compile(rf"\s*(?:[-–—/]|{_TO})\s*", re.I)
_NUMBERS = {"ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5}
_YEARS_FROM_DECISION = re.compile(r"^(\d{1,2}|ett|två|tre|fyra|fem)\s+år(?:\s+(?:från|efter|fr\.?\s?o\.?\s?m\.?)\s+"
                                  r"(?:\S+\s+){0,2}(?:beslut|fastställ|antag|godkän)\w*)?$", re.I)  # "Giltighetstid: 3 år"
_AT_MOST_YEARS = re.compile(r"\blängst\s+(\d{1,2}|ett|två|tre|fyra|fem)\s+år\b", re.I)  # from the decision
_YEAR_RANGE = r"((?:19|20)\d{2})\s*(?:[-–—]|till)\s*((?:19|20)\d{2})"  # "2024–2026"
_YEARS_APART = re.compile(rf"^{_YEAR_RANGE}$", re.I)
_YEARS_IN = re.compile(rf"(?<!\w){_YEAR_RANGE}(?!\w)", re.I)  # … in a row of values
_YEAR_ONLY = re.compile(r"^(?:år\s+|utgången\s+av\s+)?((?:19|20)\d{2})$", re.I)


class _Found(dict):
    """The fields found so far, the first statement of each winning, with the header's own words for each: the
    statement being read (``reading``) is what a field put now was stated by."""

    def __init__(self) -> None:
        super().__init__()
        self.reading: _Statement | None = None
        self.said: dict[str, str] = {}

    def put(self, field: str, value, from_field: str | None = None) -> None:
        """Set a field not yet found. ``from_field``: the field it is worked out from (the owner named broadly, the
        end of validity from the review date), whose words state it too."""
        if value and not self.get(field):
            self[field] = value
            words = self.said.get(from_field) if from_field else self.reading and _said(self.reading)
            if words:
                self.said[field] = words


def _said(statement: _Statement) -> str:
    """A statement in the header's own words, from its label to the end of its value; a label and a value
    standing in cells of their own (a table's, or label over value) each on a line of its own."""
    cell, value = statement.cell, statement.value.strip()
    end = cell.find(value, statement.at) if value else -1
    text = cell[statement.at:end + len(value)] if end >= 0 else cell[statement.at:]
    return "\n".join(" ".join(part.split()) for part in text.split(" | ") if part.strip())


def empty() -> dict:
    return {"decided": None, "valid_from": None, "valid_until": None, "valid_indefinitely": False,
            "revised": None, "created": None, "owner": None, "decided_by": None, "replaces": None, "review_by": None}


def _label_of(statement: _Statement) -> str:
    """The label a statement opens with, as written ("reviderad", "rev. datum"); "" for none."""
    found = _label_at(statement.cell, statement.at, lowercase=True)
    return " ".join(statement.cell[statement.at:found[1]].lower().split()) if found else ""


# a template's date left unfilled after who decided ("kommunfullmäktige den xx/xx 2015, xx", "SN 2019-xx-xx § xx")
_UNFILLED_DATE = re.compile(r"[,\s]+(?:den\s+)?(?:\d{4}-xx(?:-xx)?|xx[/.-]xx(?:[/.-]\d{2,4})?(?:\s+\d{4})?|"
                            r"xx\s+[^\W\d_]+\s+\d{4})(?:[,\s]+(?:§\s*)?xx)?\W*$", re.I)


def _decider(value: str) -> str | None:
    return _text_value(_PARAGRAPH.sub("", _REGISTRATION.sub("", _UNFILLED_DATE.sub("", value))))


def _who_and_date(value: str) -> tuple[str, DateHit] | None:
    """"Socialnämnden 2024-01-10 § 12", "socialchefen, den 3 maj 2024": a short name, then the date."""
    hits = find_dates(value)
    if not hits:
        return None
    who = re.sub(r"[,\s]+(?:(?:den|i)\s*)?(?:xx\s*)?$", "", value[:hits[0].start]).strip()  # "KF i juni 2013", "SN den xx maj"
    if not who and len(hits) == 1:  # "2021-04-12 Socialnämnden": the date first, as a template asks for it
        who = _TAIL_NOISE.sub(" ", value[hits[0].end:]).strip(" ,;")
        return (who, hits[0]) if who and len(who.split()) <= 4 else None
    # "förvaltningschef Karin Berg i ledningsgruppen 2012-04-17"; not "Ledningsgruppen efter samverkan i FSG
    # 2024-11-28", whose date is of what came before the decision
    if not who or len(who.split()) > 6 or re.search(r"\befter\b", who, re.I) or _is_prose(value[hits[0].end:]):
        return None
    return who, hits[0]


def _set_off(statement: _Statement) -> bool:
    """The value stands after a colon or in a cell of its own, as a form's field does: not in a sentence."""
    at = statement.cell.find(statement.value)
    return at > 0 and (statement.cell[:at].rstrip().endswith((":", "|")))


def _publishes(label: str) -> bool:
    """A date labelled "Publicerad …" tells when a page went up, which a later change ("Ändrad …") supersedes."""
    return label.startswith("publicer")


_TITLE_AFTER = re.compile(r"(?:\s+[A-ZÅÄÖ][A-ZÅÄÖ-]+){2,}\s*$")


def _without_title_after(value: str) -> str:
    """The value without the document's title in capitals after it, where a header ran together ("Ersätter Riktlinjer
    för personsäkerhet, RSK 59-2008 RIKTLINJER FÖR PERSONSÄKERHET"); abbreviations ending a name ("… enligt SoL och
    LSS KF") are no title: a title has a word of six letters or more."""
    title = _TITLE_AFTER.search(value)
    if title is None or not re.search(r"[a-zåäö]", value[: title.start()]) or not re.search(r"\w{6}", title.group(0)):
        return value
    return value[: title.start()]


def _read(statement: _Statement, found: _Found, bare_dates: list[str]) -> None:
    kind, value = statement.kind, statement.value.strip()
    if kind in TEXT_FIELDS:
        if not statement.firm:
            return
        if kind == "decided_by" and (split := _who_and_date(value)):
            value = split[0]
            found.put("decided", split[1].first.isoformat())
        if kind == "replaces":
            value = _without_title_after(value)
            found.put(kind, None if _PLACEHOLDER.match(value.strip(" []")) else _clean_text(value))
        elif kind == "decided_by":
            found.put(kind, _decider(value))
        elif kind == "owner" and _label_of(statement) == "kontaktperson":
            found.put("contact", _text_value(value))  # said, not the owner: see record.py
        elif kind == "owner" and _BROAD_OWNER.search(_label_of(statement)):
            found.put("owner_broad", _text_value(value))  # the one to ask is the one named more closely, if any
        else:
            found.put(kind, _text_value(value))
        return
    parsed = _dates_of(value)
    if parsed is None and kind in DATE_FIELDS and _set_off(statement) and (opening := find_dates(value)) \
            and opening[0].start == 0:
        parsed = [opening[0]], "", value[opening[0].end:]  # "Uppdaterad: 2018-09-17 Sara Lund, Regionledningskontoret"
    if kind in ("valid_until", "validity") and not parsed and _INDEFINITE.search(value):
        found.put("valid_indefinitely", True)
        return
    years_apart = _YEARS_APART.match(value.strip(" .")) if kind == "validity" else None
    if years_apart:  # "Giltighetstid: 2024–2026"
        found.put("valid_from", f"{years_apart.group(1)}-01-01")
        found.put("valid_until", f"{years_apart.group(2)}-12-31")
        return
    if parsed is None:
        year = _YEAR_ONLY.match(value.strip(" .")) if kind in ("valid_until", "validity", "review_by") else None
        if year:  # "Revideras senast: 2023": by the year's end
            found.put("review_by" if kind == "review_by" else "valid_until", f"{year.group(1)}-12-31")
        years = _YEARS_FROM_DECISION.match(value.strip(" .")) if kind in ("valid_until", "validity") else None
        if years:
            found.put("valid_years", _NUMBERS.get(years.group(1).lower()) or int(years.group(1)))
        return
    hits, before, after = parsed
    indefinite = _INDEFINITE.search(value) if kind in ("validity", "valid_from") and len(hits) == 1 else None
    if indefinite and (indefinite.start() >= hits[0].end or re.search(rf"\b{_FROM}\s*$", before, re.I)):
        found.put("valid_from", hits[0].first.isoformat())  # "Gäller: 2024-01-01 – tills vidare": a start
        found.put("valid_indefinitely", True)
        return
    if kind == "valid_from" and len(hits) >= 2 and (_PERIOD.fullmatch(value[hits[0].end:hits[1].start])
                                                    or _AT_LATEST.search(value[hits[0].end:hits[-1].start])):
        kind = "validity"  # "Gäller från och med 2024-03-01 till och med 2026-02-28", "… dock längst till …"
        hits = [hits[0], hits[-1]]
    if kind == "validity":
        if len(hits) >= 2:
            found.put("valid_from", hits[0].first.isoformat())
            found.put("valid_until", hits[1].last.isoformat())
        elif re.search(r"[-–]\s*$", value) or re.search(rf"\b{_FROM}\s*$", before, re.I):
            found.put("valid_from", hits[0].first.isoformat())
        else:
            found.put("valid_until", hits[0].last.isoformat())
    elif kind == "valid_until":
        found.put("valid_until", hits[0].last.isoformat())
    elif kind == "revised":
        latest = max(h.first for h in hits).isoformat()
        label = _label_of(statement)
        # "Publicerad: 2022-12-07. Ändrad: 2022-12-08": the change counts
        if (not found.get("revised") or (label == found.get("revised_by_label") and latest > found["revised"])
                or (not _publishes(label) and _publishes(found.get("revised_by_label", "")))):
            found["revised"], found["revised_by_label"] = latest, label  # "Reviderad: …" repeated: the latest
            found.said["revised"] = _said(statement)
    elif kind == "review_by":
        found.put("review_by", hits[0].last.isoformat())
    elif kind == "date":
        bare_dates.append(hits[0].first.isoformat())
    else:
        found.put(kind, hits[0].first.isoformat())
    if kind == "decided":
        if longest := _AT_MOST_YEARS.search(after):  # "Antaget 2016-04-20 Tills vidare, dock längst fyra år"
            found.put("valid_years", _NUMBERS.get(longest.group(1).lower()) or int(longest.group(1)))
        by = _BY.match(after.strip(" ,;")) or _BY.match(before.strip(" ,;"))
        if by:
            found.put("decided_by", _decider(by.group("who")))
        elif (statement.firm and before.strip() and (who := _who_and_date(value)) and who[1] == hits[0]
              and _NAMED.match(who[0])):
            found.put("decided_by", _decider(who[0]))  # "Beslutad: Socialnämnden 2024-02-21, § 34"
        elif statement.firm and _BODY_ALONE.match(body := statement.cell[:statement.at].strip(" ,;|")):
            found.put("decided_by", body)


def extract_header(lines: list[str]) -> dict:
    """Metadata stated in header lines; the first statement of each field wins. Never raises."""
    found = _Found()
    bare_dates: list[str] = []
    for statement in statements(lines):
        found.reading = statement
        _read(statement, found, bare_dates)
    found.reading = None
    found.put("owner", found.get("owner_broad"), from_field="owner_broad")
    # "Datum: …" dates the routine where nothing more precise does and the header names who decided it or answers
    # for it ("Fastställt av | Datum", "Datum: … Ansvarig: …"); a letterhead's "Handläggare | Datum" or "Datum |
    # Reviderad" dates a letter or a draft, not a decision
    if bare_dates and (found.get("decided_by") or found.get("owner") or found.get("owner_broad")):
        found.put("decided", bare_dates[0])
    if not found.get("valid_indefinitely"):
        if found.get("valid_years") and found.get("decided"):  # "Giltighetstid: 2 år från beslutsdatum"
            found.put("valid_until", _years_after(found["decided"], found["valid_years"]), from_field="valid_years")
        if found.get("review_by"):  # to be revised by then: past it, the routine is out of date
            found.put("valid_until", found["review_by"], from_field="review_by")
    out = empty()
    out.update({k: v for k, v in found.items() if k in out})
    out["valid_indefinitely"] = bool(found.get("valid_indefinitely")) and not out["valid_until"]
    out["said"] = {k: v for k, v in found.said.items() if out.get(k) or (k == "contact" and found.get(k))}
    return out


def _years_after(day: str, years: int) -> str:
    start = date.fromisoformat(day)
    try:
        return start.replace(year=start.year + years).isoformat()
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28).isoformat()


# a routine's change log: its dates are of changes, not of the routine's decision or validity
_HISTORY_HEADING = re.compile(r"historik\b|^(?:ändrings|revisions|versions)logg\b"
                              r"|^(?:\d+(?:\.\d+)*\.?\s+)?(?:revideringar|revisioner|ändringar|versioner)\b", re.I)
_HISTORY_TABLE = re.compile(r"^(?:version|datum|rev\w*)\b.{0,40}\b(?:ändring\w*|förändring\w*|beskrivning|kommentar)",
                            re.I)


def _change_log(blocks: list) -> set[int]:
    """The blocks of a routine's change log ("Revisionshistorik" and what stands under it, a "Datum | Ändring"
    table): their dates are of changes, not of the routine's decision or validity."""
    out: set[int] = set()
    under_log = in_table = False
    for n, block in enumerate(blocks):
        first = " ".join(" ".join(line.split()).strip("*_ ") for line in block.text.split("\n")[:4])
        # a heading read within its section ("Datum Version Ändring" over the log's rows) ends no log
        if block.heading and (not block.within or _HISTORY_HEADING.search(first)):
            under_log, in_table = bool(_HISTORY_HEADING.search(first)), False
        elif under_log or _HISTORY_TABLE.match(first) or (in_table and " | " in first):
            out.add(n)
            in_table = in_table or bool(_HISTORY_TABLE.match(first))  # its rows may come as blocks of their own
        else:
            in_table = False
    return out


def _log_line(block) -> list[str]:
    """A change log's block as the header reads it: its latest date, a revision (see statements)."""
    dates = find_dates(block.text)
    return [f"{_CHANGE_LOG} {max(h.first for h in dates).isoformat()}"] if dates else []


def closing_lines(parsed: ParsedDocument, limit: int = CLOSING_LINES) -> list[str]:
    """The document's last lines, change logs left out: some templates state decision, validity and owner
    under a closing "Dokumentinformation" instead of at the top."""
    log = _change_log(parsed.blocks)
    lines: list[str] = []
    for n in range(len(parsed.blocks) - 1, -1, -1):
        block = parsed.blocks[n]
        if block.heading and _HISTORY_HEADING.search(block.text):
            continue
        if n in log:
            lines[:0] = _log_line(block)
            continue
        lines[:0] = [line for line in (" ".join(row.split()).strip("*_ ") for row in block.text.split("\n")) if line]
        if len(lines) >= limit:
            break
    return lines[-limit:]


def _is_prose_block(text: str) -> bool:
    """Running text, not a header field: long, or a sentence of some words."""
    text = " ".join(text.split())
    return len(text) > 160 or (len(text.split()) >= 10 and text.endswith((".", ":", "!", "?")))


def header_lines(parsed: ParsedDocument, limit: int = HEADER_LINES) -> list[str]:
    """Where a routine states its metadata: the header part the reader found (a Word header, a PDF's
    running box on page 1), then the document's first lines (at most ``limit``, on its first page, or on the
    second after a title page)."""
    lines = [" ".join(line.split()) for line in parsed.header if line.strip()]
    first_page = next((b.page for b in parsed.blocks if b.page is not None), None)
    count = 0
    prose = False
    log = _change_log(parsed.blocks)
    for n, block in enumerate(parsed.blocks):
        if n in log:
            lines.extend(_log_line(block))
            continue
        if (block.page is not None and first_page is not None and block.page != first_page
                and (block.page > first_page + 1 or count >= COVER_LINES)):  # the second page after a title page
            break
        if block.heading and prose:
            break  # a section heading after running text: the body has begun, its tables are not the header
        prose = prose or (not block.heading and _is_prose_block(block.text))
        for line in block.text.split("\n"):
            line = " ".join(line.split()).strip("*_ ")
            if line:
                lines.append(line)
                count += 1
            if count >= limit:
                return lines
    return lines
