"""Which of a text's first lines names the routine.

A routine converted from PDF or Word to text opens with what its first page carried above the title: the
letterhead ("STORVIKS KOMMUN", "Socialförvaltningen – Hemtjänst Hamnen", an address), header fields
("Upprättad 2023-05-10") and page marks. Taken as the title, such a line names every routine of the
municipality alike in citations, and it is read as the heading of the text under it.
"""
from __future__ import annotations

import re
from pathlib import Path

from .cleanup import (
    DAY_NAMED,
    ends_in_page_mark,
    is_field_line,
    is_page_number_line,
    looks_like_heading,
    states_opening_hours,
)

# the municipality, its administration or region: "Storviks kommun", "Vård- och omsorgsförvaltningen"
_ORGANISATION = re.compile(r"\w*(kommun|förvaltning(en)?|region(en)?|stadsdel(en)?)\b", re.IGNORECASE)
_LETTERHEAD_WORDS = 6  # a longer line naming the municipality is more than its letterhead
_ADDRESS = re.compile(r"\w+(gatan|gata|vägen|väg|stigen|torget|torg|gränd|backen|allén|plan)\s+\d", re.IGNORECASE)
_DATE = re.compile(r"\b(19|20)\d\d-\d\d\b")
# what a document says it is: "Rutin för …", "RUTIN: BRANDSKYDD …", "Riktlinje …", "Lokal rutin", "Vårdrutin"
DOCUMENT_KIND = (r"(?:lokal\s+)?(?:rutin|riktlinje|instruktion|handbok|policy|checklista|lathund|anvisning|vägledning"
                 r"|handlingsplan|arbetsbeskrivning|processbeskrivning|arbetsrutin|vårdrutin)(?:er|en|erna)?")
_KIND = re.compile(rf"^{DOCUMENT_KIND}\b", re.IGNORECASE)
# … and nothing else: a header's cell of its own ("RUTIN", "Riktlinje", "Processbeskrivning") above the routine's name
_KIND_ALONE = re.compile(rf"{DOCUMENT_KIND}\W*", re.IGNORECASE)
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(?=\S)")  # "# Gallring …": a Markdown heading left in a text file
_FOLD = str.maketrans("åäöéü", "aaoeu")
_NAME_WORD = 4  # file name words this long count, by their first four letters ("nyck", "akut")
_NAMES_NOTHING = frozenset({"och", "for", "med", "vid", "till", "inom", "samt", "rutin", "riktlinje"})  # in a file name


def is_letterhead(line: str) -> bool:
    """A line of the first page's head that names no routine: the organisation, an address, a header field,
    a date, a page mark, a contact box's label or the document's kind alone."""
    line = line.strip()
    if _KIND_ALONE.fullmatch(line):  # "RUTIN" over "Hot och våld i psykiatrisk vård": the document's kind, no name
        return True
    if _KIND.match(line):  # "Rutin: Krisstöd till medarbetare …" is shaped like a field, and is the title
        return False
    if _states_the_header(line) or _CONTACT_LABEL.fullmatch(line):
        return True
    return len(line.split()) <= _LETTERHEAD_WORDS and bool(_ORGANISATION.search(line)) and not _SAYS_WHERE.match(line)


# a contact box's labels, each on a line of its own above its value: "Besöksadress" over "Eriksövägen 27" (a saved web
# page's head; it had been the title of the page on the medically responsible nurse)
_CONTACT_LABEL = re.compile(r"besöksadress|postadress|leveransadress|telefon(?:nummer|tid(?:er)?)?|e-?post(?:adress)?|fax"
                            r"|växel|öppettider|kontakt(?:a\s+oss|uppgifter|information)?", re.IGNORECASE)


# a title saying where its routine holds ("Introduktion för timanställd medarbetare på socialförvaltningen"):
# the organisation named after a preposition, the line opening with something else ("Socialtjänsten i Storviks
# kommun" is the letterhead)
_SAYS_WHERE = re.compile(r"^(?!\S*(kommun|förvaltning|region|stadsdel|enhet|socialtjänst|omsorg|nämnd))\S+\s.*"
                         r"\b(på|i|inom|vid|hos)\s+\S*(kommun|förvaltning|region|stadsdel)", re.IGNORECASE)


# what a routine's head states besides its name: "Dokumentet gäller tillsvidare", "Senast uppdaterad 2024-02"
# … and a news page's dateline: "Artikeln publicerades 3 januari 2024", "Pressmeddelande • Okt 26, 2010 09:56 CEST"
_VALIDITY = re.compile(r"^(dokumentet\s+)?gäller\b|\btills?\s*vidare\b|\b(uppdaterad|reviderad|upprättad|publicera(?:d|t|des))\b"
                       r"|^pressmeddelande\b",
                       re.IGNORECASE)


def _states_the_header(line: str) -> bool:
    """A field, a date, a page mark, an address or a statement of validity."""
    return (is_field_line(line) or is_page_number_line(line) or bool(_DATE.search(line)) or ends_in_page_mark(line)
            or bool(_ADDRESS.search(line)) or bool(_VALIDITY.search(line)))


def choose_title(lines: list[str], path: Path) -> str | None:
    """The line among ``lines`` (a text's first lines, before its first section) that names the routine, or
    None when every one is letterhead. A line that says what kind of document it is ("Rutin för …") or shares
    the file name's words names it; the first line that does nearly as well as the best is taken, since a
    title comes before the headings of its text ("# Gallring …" in a text file is one, and counts a little)."""
    name = _name_words(path)
    scored: list[tuple[float, str]] = []
    for line, under in _under_labels(lines):
        text = MARKDOWN_HEADING.sub("", line).strip()
        if under is not None:  # a header table's cell under its label: the document's name, or no name at all
            if under and is_title_shaped(text) and not is_letterhead(text):  # "Reviderad: …" where the name was
                scored.append((_NAMED_BY_LABEL, text))
            continue
        # a line naming the file's routine is its title though it names the organisation ("Introduktion för
        # sommarvikarier inom omsorgsförvaltningen" in introduktion-sommarvikarier.txt)
        if not is_title_shaped(text) \
                or (is_letterhead(text) and _shared(name, text) < _NAMES_IT) \
                or states_opening_hours(text) or _FILE_NAMED.fullmatch(text) \
                or (len(text.split()) > _NAME_WORDS and _STATES.search(text) and not _KIND.match(text)
                    and not names_by_asking(text)):
            continue  # "Måndag - torsdag 8-12, 13-16"; a sentence without its full stop
        marked = bool(MARKDOWN_HEADING.match(line))
        scored.append((2.0 * bool(_KIND.match(text)) + 2.0 * _shared(name, text) + _MARK_BONUS * marked, text))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    return next(text for score, text in scored if score >= best - _NEARLY)


# A header table read a cell a line: each label on a line of its own, its value on the next ("Dokumenttyp" over "Rutin",
# "Beslutad av" over "Socialchef", "Dokumentansvarig" over "Enhetschef Vuxenenheten"). As the title, "Dokumenttyp" had
# named the routine; the owner's value is no unit of the routine's; under "Dokumentnamn" stands its name. The labels are
# those header.py reads fields by (and cleanup._HEADER_CELL counts in a row), kept to the ones whose value names neither
# the routine nor its unit: header.py also reads "Enhet" and "Verksamhet", whose values do name the unit.
_HEADER_LABEL = re.compile(r"(?:(?P<name>dokumentnamn|dokumentrubrik|dokumenttitel|rubrik|titel)|dokumenttyp"
                           r"|dokumentansvarig|dokumentägare|innehållsansvarig|processägare"
                           r"|(?:beslutad|fastställd|godkänd|upprättad|reviderad|antagen)\s+av"
                           r"|(?:giltig[t]?|gäller)\s+(?:från|till|för|t\.?\s?o\.?\s?m\.?|fr\.?\s?o\.?\s?m\.?)"
                           r"|giltighetstid|ersätter|dnr|diarienummer|version|dok(?:ument)?nr\.?(?:\s+i\s+\w+)?"
                           r"|dokumentserie|beslutsdatum|målgrupp)\s*:?", re.IGNORECASE)
_NAMED_BY_LABEL = 4.0  # the document's name under its label is the title before any line that only looks like one


def _under_labels(lines: list[str]) -> list[tuple[str, bool | None]]:
    """Each line that is no header label, with whether it stands under one: None where it does not, True under a
    label for the document's name, False under any other label (its value)."""
    read: list[tuple[str, bool | None]] = []
    label: re.Match | None = None
    for line in lines:
        text = MARKDOWN_HEADING.sub("", line).strip()
        under, label = label, _HEADER_LABEL.fullmatch(text)
        if not label:
            read.append((line, None if under is None else bool(under.group("name"))))
    return read


def names_by_asking(line: str) -> bool:
    """A page named by the question it answers: "Vad gäller vid snöhinder – om jag inte kan ta mig till jobbet?"."""
    return line.endswith("?") and is_title_shaped(line)


# a routine's name may be long ("Rutin då brukare i ordinärt boende inte öppnar vid hembesök eller inte svarar i
# telefon vid telefonservice"): in a text's first lines, above its first sentence, a line this long is its name
_TITLE_WORDS = 20
_TITLE_CHARS = 160


def is_title_shaped(line: str) -> bool:
    """Shaped as a heading, allowed a routine's long name."""
    return looks_like_heading(line, max_len=_TITLE_CHARS, max_words=_TITLE_WORDS)


# the verbs by which a line says something, as a name does not ("Du ska ringa chefen", "Lex Sarah innebär att …")
STATING_VERBS = r"är|har|ska|skall|kan|får|måste|behöver|gäller"
_NAME_WORDS = 12  # … and a line longer than this that states something is a sentence that lost its full stop
_STATES = re.compile(rf"\b({STATING_VERBS}|innebär)\b", re.IGNORECASE)
_FILE_NAMED = re.compile(r"\S*_\S*")  # a picture's or a file's name for a caption: "Foto-Trullsa_Mostphotos-webb"
_MARK_BONUS = 0.5
_NAMES_IT = 1.0  # the share of the file name's words a letterhead-shaped line must hold to be the title
_NEARLY = 0.75  # a later line must do this much better than an earlier one to be the title


def _name_words(path: Path) -> set[str]:
    words = re.split(r"[\W_]+", path.stem.casefold().translate(_FOLD))
    return {w[:_NAME_WORD] for w in words if len(w) >= _NAME_WORD and w not in _NAMES_NOTHING}


def _shared(name: set[str], text: str) -> float:
    """The share of the file name's words that the line holds (by their first letters)."""
    if not name:
        return 0.0
    held = {w[:_NAME_WORD] for w in _words(text)}
    return len(name & held) / len(name)


_PARTS = re.compile(r"\s+[–—-]\s+|,\s+")


def unit_named(lines: list[str]) -> str | None:
    """The unit a routine's letterhead names, most specific last ("Socialförvaltningen – Hemtjänst Hamnen",
    "Enheten för ekonomiskt bistånd"): where every unit keeps its own copy of a routine, which unit's it is
    belongs with its title, as Word and PDF routines often write it ("Hembesök och personlarm – Vuxenenheten")."""
    named = [part for line, under in _under_labels(lines) if under is None
             for part in _before_an_address(_PARTS.split(line.strip()))
             if looks_like_heading(part) and len(part.split()) <= _LETTERHEAD_WORDS
             and not is_letterhead(part) and not _KIND.match(part)
             and not DAY_NAMED.search(part)  # "Fredag 8-12": opening hours ("13-15" holds a digit, see below)
             and _UNIT.search(part) and not _NAMES_NO_UNIT.match(part)]
    return named[-1] if named else None


# what names a unit: "Vuxenenheten", "Hemtjänst Hamnen", "Särskilt boende Granhöjden", "Enheten för ekonomiskt
# bistånd". A saved web page's lines above its title are mostly its menu and links ("Skip to main content", "Mitt
# Nacka", "Jobba på Libra"), a contact box ("Mia Tuhkasaari") or a photo's caption: none names a unit.
_UNIT = re.compile(r"enhet|hemtjänst|boende|bostad|förvaltning|omsorg|verksamhet|socialtjänst|avdelning|team\b|"
                   r"grupp|mottagning|\blss\b|\bifo\b|kontor|sektion|\bjour|assistans|korttids|\bhvb", re.IGNORECASE)
# … nor does a line with a digit (a contact box's "Telefon 08 - 555 010 24" parts as "Telefon 08", opening hours) or a
# page's audience ("För vårdgivare och samarbetspartners")
_NAMES_NO_UNIT = re.compile(r"^(.*\d|(för|till|om|med|hos)\s)", re.IGNORECASE)


def _before_an_address(parts: list[str]) -> list[str]:
    """A letterhead line's parts up to its address: "Särskilt boende Granhöjden, Granvägen 12" names the unit,
    "Hamngatan 4, Storvik" only a place."""
    kept = []
    for part in (p.strip() for p in parts):
        if _ADDRESS.search(part):
            break
        kept.append(part)
    return kept


def with_unit(title: str, unit: str | None) -> str:
    """The title with the unit its letterhead names, unless the title names it already (most of its words:
    "… i daglig verksamhet" names "Daglig verksamhet enligt LSS")."""
    if not unit:
        return title
    words = _words(unit)
    if not words or len(words & _words(title)) * 2 >= len(words):
        return title
    return f"{title} – {unit}"


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"\W+", text.casefold().translate(_FOLD)) if len(w) >= _NAME_WORD}
