"""Pure text clean-up shared by the readers (no I/O, no PDF/Word libraries).

Extracted text, above all from PDFs, carries layout noise: words hyphenated at line
ends, running headers/footers and page numbers on every page, invisible characters.
Left in, they split words the search must match and repeat the same header in every
chunk. These functions remove that noise while keeping every real character.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

from ..dates import find_dates

__all__ = [
    "is_removable_char",
    "normalise_whitespace",
    "join_hyphenated",
    "line_key",
    "is_page_number_line",
    "ends_in_page_mark",
    "running_line_indices",
    "remove_running_lines",
    "remove_site_chrome",
    "remove_link_notes",
    "is_bullet",
    "numbering_depth",
    "is_all_caps",
    "looks_like_heading",
    "is_field_line",
    "ends_sentence",
    "split_paragraphs",
    "unwrap_lines",
    "wrap_width",
    "at_short_lines",
]

# --- whitespace and invisible characters ----------------------------------------------

_LINE_BREAKS = re.compile(r"\r\n|[\r\f\v\x1c\x1d\x1e\x85\u2028\u2029]")
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[^\S\n]*\n[^\S\n]*")
_SPACES = re.compile(r"[^\S\n]+")
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_NOT_PLAIN = re.compile(r"[^\x20-\x7e\n]")


def is_removable_char(ch: str) -> bool:
    """True for characters with no visible form (soft hyphen, zero-width, BOM, controls).

    They break word matching ("arbets\\u00admiljö" is not "arbetsmiljö"), so they are dropped.
    """
    if ch.isspace():
        return False
    return unicodedata.category(ch) in ("Cf", "Cc")


def normalise_whitespace(text: str) -> str:
    """Unify line endings, drop invisible characters, collapse spaces, NFC-compose, strip.

    Keeps single newlines (line structure) and at most one blank line (paragraph breaks).
    NFC matters for Swedish: PDFs sometimes give "a" + combining ring instead of "å".
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _SOFT_HYPHEN_BREAK.sub("", text)  # a soft hyphen at a line end joins the word
    # only characters outside printable ASCII can be invisible: look at those alone (linear, and fast)
    text = _NOT_PLAIN.sub(lambda m: "" if is_removable_char(m[0]) else m[0], text)
    text = _SPACES.sub(" ", text)  # NBSP, tabs, thin spaces ... become one space
    text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    return unicodedata.normalize("NFC", text).strip()


# --- hyphenation --------------------------------------------------------------------

_HYPHEN_BREAK = re.compile(r"(?<!\w)(\w+)-[ \t]*\n[ \t]*(?=(\w+))")
# "barn- och ungdomsvård", "in- eller utgående": the hyphen is a real (elliptic) one.
_CONJUNCTIONS = {"och", "eller", "samt", "respektive", "resp"}


def join_hyphenated(text: str) -> str:
    """Join words split by a hyphen at a line end: "arbets-\\nmiljö" -> "arbetsmiljö".

    The hyphen is kept where it is real: before "och"/"eller" ("barn- och"), before an
    uppercase letter or digit ("9-17", "Stockholms-Uppsala"), after a digit, an acronym
    or a single letter ("HVB-hem", "e-post").
    """

    def repl(m: re.Match) -> str:
        before, after = m.group(1), m.group(2)
        if after.lower() in _CONJUNCTIONS:
            return before + "- "
        if (
            after[0].isupper()
            or after[0].isdigit()
            or before[-1].isdigit()
            or len(before) == 1
            or before.isupper()
        ):
            return before + "-"
        return before

    return _HYPHEN_BREAK.sub(repl, text)


# --- running headers and footers ------------------------------------------------------

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"""^(?:
        [-–—]?\s*\d{1,4}\s*[-–—]?                                   # 4   - 4 -
      | (?:sid|sida|sidan|s\.|page)\s*\d{1,4}
            (?:\s*\(\s*\d{1,4}\s*\)|\s*(?:av|of|/)\s*\d{1,4})?      # Sid 3 (7), Sida 3 av 7
      | \d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4})        # 2 (12), 3/7, 3 av 7
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_EDGE_LINES = 3
_RUNNING_SHARE = 0.6


def line_key(line: str) -> str:
    """Comparison form of a line: digits normalised so "Sid 2 (5)" equals "Sid 3 (5)"."""
    return _DIGITS.sub("#", " ".join(line.split())).casefold()


def is_page_number_line(line: str) -> bool:
    """A line that is only a page number: "4", "- 4 -", "Sid 3 av 7", "2 (12)"."""
    return bool(_PAGE_NUMBER.match(line.strip()))


def running_line_indices(pages: list[list[str]]) -> list[set[int]]:
    """Indices of header/footer lines per page (pages given as lists of lines).

    Only the first and last three non-empty lines of a page are candidates. A candidate
    is dropped if its digit-normalised form is a candidate on >= 60 % of the non-empty
    pages (needs >= 3 such pages), or if it is a lone page number.
    """
    edges: list[list[int]] = []
    for lines in pages:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        edges.append(sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])))
    filled_pages = sum(1 for e in edges if e)
    counts: Counter[str] = Counter()
    for lines, idx in zip(pages, edges):
        counts.update({line_key(lines[i]) for i in idx})
    threshold = max(2, math.ceil(_RUNNING_SHARE * filled_pages))
    result = []
    for lines, idx in zip(pages, edges):
        drop = set()
        for i in idx:
            if is_page_number_line(lines[i]) or filled_pages >= 3 and counts[line_key(lines[i])] >= threshold:
                drop.add(i)
        result.append(drop)
    return result


def remove_running_lines(pages: list[str]) -> list[str]:
    """Drop repeated headers/footers and page-number lines from each page's text."""
    split = [page.split("\n") for page in pages]
    drops = running_line_indices(split)
    return [
        "\n".join(line for i, line in enumerate(lines) if i not in drop)
        for lines, drop in zip(split, drops)
    ]


_PAGE_MARK = re.compile(r"\b\d{1,3}\s*[(\[]\d{1,3}[)\]]\s*$|\b(sida?|sid\.?|page)\s*\d{1,3}(\s*(av|/)\s*\d{1,3})?\s*$",
                        re.IGNORECASE)


def ends_in_page_mark(line: str) -> bool:
    """A line ending in a page mark: "… Rutin   Sida 1 (3)", "… 2 [6]"."""
    return _PAGE_MARK.search(line) is not None


_RUNNING_TEXT_SHARE = 0.25  # furniture is a small share of a text's lines
_REPEATS = 3  # a line seen this often (digits aside) in one text is page furniture, not content


_PAGES_SKIPPED = 3  # a page number counts up from one header to the next, by one unless pages lost theirs
_PAGE_LINES = 5  # the fewest lines of text between a page's header and the next page's


def _counting_pages(lines: list[str]) -> set[str]:
    """The digit-normalised forms whose furniture-shaped lines could be a page's header or foot: one whose numbers
    that change count up as page numbers do ("… 2 [6]", "… 3 [6]"), or the same line each time a page apart. A price
    list's cells ("300 kr/månad", "188 kr/månad", "155 kr/månad") share a form too, and are its content; the same line
    repeated within a few lines is the text's own too (a title over its "Dokumentnamn" field and its first heading, a
    role in each row of a table)."""
    numbers: dict[str, list[tuple[int, ...]]] = {}
    places: dict[str, list[int]] = {}
    for at, line in enumerate(filter(str.strip, lines)):
        if _furniture_shape(line):
            key = line_key(line)
            numbers.setdefault(key, []).append(tuple(int(n) for n in _DIGITS.findall(line)))
            places.setdefault(key, []).append(at)
    paged = set()
    for key, seen in numbers.items():
        changing = [column for column in zip(*seen) if len(set(column)) > 1]
        if changing:
            furniture = all(0 < b - a <= _PAGES_SKIPPED for column in changing for a, b in zip(column, column[1:]))
        else:
            furniture = all(b - a >= _PAGE_LINES for a, b in zip(places[key], places[key][1:]))
        if furniture:
            paged.add(key)
    return paged


def remove_repeated_lines(text: str) -> str:
    """Drop running headers and footers that a PDF left inline when it was converted to text or Markdown.

    "EXEMPELBY KOMMUN Vård- och omsorgsförvaltningen 2 [6]" stands once a page: a short line whose
    digit-normalised form recurs (three times, or twice when it ends in a page number) is removed with the
    page numbers, and a paragraph the page break cut in two is joined again.
    """
    lines = text.split("\n")
    counts = Counter(line_key(line) for line in lines if _furniture_shape(line))
    most = _RUNNING_TEXT_SHARE * sum(1 for line in lines if line.strip())  # a list of like items is content
    paged = _counting_pages(lines)
    drop = {i for i, line in enumerate(lines) if _furniture_shape(line) and line_key(line) in paged
            and (counts[line_key(line)] <= most or ends_in_page_mark(line)) and (
        counts[line_key(line)] >= _REPEATS or (counts[line_key(line)] >= 2 and ends_in_page_mark(line))
        or (is_page_number_line(line) and counts[line_key(line)] >= 2))}
    if not drop:
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i not in drop:
            out.append(lines[i])
            i += 1
            continue
        while i < len(lines) and (i in drop or not lines[i].strip()):
            i += 1  # the furniture and the blank lines around it
        before = next((line for line in reversed(out) if line.strip()), "")
        after = lines[i] if i < len(lines) else ""
        while out and not out[-1].strip():
            out.pop()
        if before and after[:1].islower() and not ends_sentence(before):
            continue  # a sentence the page break cut: the next line joins it
        out.append("")
    return "\n".join(out)


# A web page saved as text keeps its site's chrome: skip links, the menu and search buttons, share, print and listen
# links, the feedback form under the text. Left in, "Länk till startsidan" was read as the unit in the title ("Hot-
# och våldssituationer – Länk till startsidan") and the feedback form was quoted ("Har du någon annan fråga till
# kommunen skickar du in den här."). A routine never says these lines on their own.
_CHROME = re.compile(
    r"(?:hoppa|gå|navigera)\s+(?:direkt\s+)?till\s+(?:sidans\s+|sid)?(?:huvud)?(?:innehåll|innehållet|navigation|navigeringen"
    r"|menyn?|sök(?:ning(?:en)?|fältet|rutan)?)"
    r"|hoppa\s+över\s+(?:navigering(?:en)?|menyn|menyflikskommandon)|huvudinnehållet\s+startar\s+här"
    r"|startsidan\s+för\s+[^.]{1,60}\s+webbplats|stäng\s+meddelande(?:t)?|hej!?\s+du\s+använder\s+en\s+(?:gammal|äldre)\s+webbläsare"
    r"|till\s+(?:navigation(?:en)?|navigering(?:en)?)(?:\s+till\s+innehåll(?:et)?)?(?:\s*\(\w\))?"
    r"|till\s+senaste\s+kommentaren"  # a question page's link down to its answers
    r"|(?:direkt\s+)?till\s+(?:sidans\s+|sid)?(?:huvud)?innehåll(?:et)?(?:\s*\(\w\))?"  # "Direkt till innehållet"
    r"|(?:länk\s+)?till\s+(?:\S+s\s+)?start(?:sida|sidan)?|gå\s+till\s+huvudsidan\b.*|(?:öppna|stäng|visa|dölj)\s+(?:menyn?|sök(?:et|fältet|rutan)?)"
    # the site's name linking home: "Söderhamns kommuns startsida", "Startsida för Stenungsunds kommun", "- Startsida",
    # "Mjölby kommuns vapensköld som även länkar till startsidan …"; English skip links; a page's own navigation
    r"|(?:[-–•]\s*)?(?:\S+s\s+){0,2}startsida(?:n)?(?:\s+för\s+\S+(?:\s+\S+){0,2})?|.{0,80}\blänkar\s+till\s+startsidan\b.{0,60}"
    r"|skip\s+to\s+(?:the\s+)?(?:main\s+)?content|snabbnavigation"
    r"|(?:meddela|rapportera|anmäl)\s+fel\s+på\s+(?:denna\s+|den\s+här\s+)?sidan|tyck\s+till\s+om\s+(?:denna\s+|den\s+här\s+)?sidan"
    r"|(?:hjälpte|var)\s+(?:informationen|sidan|innehållet|texten)(?:\s+på\s+(?:denna|den\s+här)\s+sida(?:n)?)?"
    r"\s+(?:dig|till\s+hjälp|användbar)"
    r"|fick\s+du\s+(?:svar\s+på\s+din\s+fråga|den\s+information\s+du\s+sökte)"
    r"|har\s+du\s+(?:frågor|synpunkter)\s+(?:om|på)\s+innehållet\s+på\s+(?:den\s+här|denna)\s+sida(?:n)?\??"
    r"|hittade\s+du\s+(?:det|vad|den\s+information)\s+du\s+(?:letade\s+efter|sökte)"
    r"|\*?\s*obligatoriskt(?:\s+fält|\s+om\s+du\s+vill\s+(?:få|ha)\s+(?:ett\s+)?svar)?"
    r"|det\s+du\s+skickar(?:\s+till\s+\w+)?\s+blir\s+(?:en\s+)?allmän\s+handling"
    r"|har\s+du\s+(?:någon\s+)?annan\s+fråga(?:\s+till\s+\w+)?\s+(?:skickar|ställer)\s+du\s+(?:in\s+)?den\s+här"
    r"|tack\s+för\s+(?:din\s+återkoppling|ditt\s+svar|din\s+synpunkt|att\s+du\s+hjälper\s+oss)"
    r"|dela\s+(?:sidan(?:\s+på\s+sociala\s+medier)?|på\s+(?:facebook|linkedin|twitter|x))|skriv\s+ut\s+sidan|lyssna\s+på\s+sidan"
    r"|läs\s+upp\s+sidan|läs\s+mer\s+här\s*!?"
    # a news page's notice of its age: "Observera att denna nyhet är äldre än 10 månader och att innehållet …"
    r"|(?:observera\s+att\s+)?(?:denna|den\s+här)\s+(?:nyhet|sida|artikel|text)\s+är\s+äldre\s+än\b.*"
    # a site's notice of its own trouble: its search down ("Vi har just nu problem med sökfunktionen på webbplatsen"),
    # its publishing system's licence run out ("There is a license error on this site: License has expired …")
    r"|vi\s+har\s+just\s+nu\s+problem\s+med\s+\S+(?:\s+på\s+webbplatsen)?\.?|just\s+nu\s+fungerar\s+inte\s+sökfunktionen\b.*"
    r"|tack\s+för\s+ditt\s+tålamod\.?"
    r"|there\s+is\s+a\s+license\s+error\b.*|license\s+has\s+expired\.?|the\s+web\s*site\s+remains\s+functional\b.*"
    r"|to\s+correct\s+this\s+error\b.*"
    # … that the page has moved ("Denna sida är flyttad till nya Komin!", "Nya adressen: https://…"); a document site's
    # label over the text it read from a PDF, anywhere ("Transkript" had been every passage's section)
    r"|(?:denna|den\s+här)\s+sida(?:n)?\s+(?:är|har)\s+flytta(?:d|t)\s+till\b.*|nya\s+adress(?:en)?\s*:\s*https?://\S+"
    r"|transkript"
    # where the page sits in the site: "Du är här: Hem / Stöd & omsorg / Äldre / …", "Start / Omsorg och hjälp / …"
    r"|(?:här\s+är\s+du|du\s+är\s+här)(?:\s*:.*)?|(?:\w+\s+)?(?:start|startsidan?|hem)(?:\s*[/»›>]\s*[^/»›>]+){2,}"
    # … or as chevrons set apart: "JAG start > JAG Personlig assistans > Personlig arbetsledare"
    r"|[^.\d»›>]{1,40}(?:\s[»›>]\s[^.\d»›>]{1,50}){2,}"
    r"|brödsmul\w*(?:[-\s]?(?:navigation|navigering))?"
    r"|upp\s+igen|(?:tillbaka\s+)?(?:upp\s+)?till\s+toppen(?:\s+av\s+sidan)?"  # under each section: back to the top
    # the site's logo as its text reads it ("Osby logotyp i mobilmeny"), a photo's credit, the subscription and the
    # spam check of its forms
    r"|(?:\S+\s+){0,3}\S*logotyp\w*(?:\s+\S+){0,4}|(?:\S+\s+){0,2}\S+s\s+(?:logga|logo|kommunvapen|vapen|vapensköld),?\s+(?:länk\s+)?till\s+startsidan"
    r"|(?:[^.]{1,80}\s)?foto(?:graf)?\s*:\s*[^.]{1,60}"  # "Ett munskydd som ligger på ett bord Foto: Mostphotos"
    r"|[^\s/]+\.(?:jpe?g|png|gif|svg|webp)"  # an image's file name, where the picture was
    r"|(?:du\s+kan\s+)?prenumerera\s+på\s+(?:uppdateringar|nyheter|ändringar)\b.*|skriv\s+in\s+ovanst\w*\s+text\b.*"
    # the translation widget, in English: "Translate", "Choose language in the menu …", "Google Translate Logotype"
    r"|(?:google\s+)?translate(?:\s+logotype)?|(?:select|choose)\s+language\b.*|(?:you\s+can\s+)?use\s+google\s+to\s+"
    r"translate\b.*|we\s+take\s+no\s+responsibility\s+for\s+the\s+accuracy\b.*|close"
    r"|here\s+you\s+can\s+choose\s+in\s+which\s+language\b.*|we\s+are\s+using\s+google\s+translate\b.*"
    # the browser notices: cookies ("Vi skulle vilja använda statistikkakor … Godkänner du det?") and JavaScript
    r"|(?=.*(?:kakor|cookies?)\b)(?=.*\b(?:webbplats|godkänn|acceptera|samtyck|inställning|upplevelse)).*"
    r"|(?=.*\bjavascript\b)(?=.*\b(?:webbläsare|aktivera|inaktiver|avstängt|påslag)).*"
    # … an old browser's, under its "Hej! Du använder en gammal webbläsare": "Inom kort kommer vissa funktioner på
    # haninge.se inte fungera med den här gamla webbläsaren. Vi … rekommenderar att byta till …"; the site's English
    # search button
    r"|(?=.*\b(?:gammal|gamla|äldre|föråldrade?)\s+webbläsare)(?=.*\b(?:rekommenderar|byt(?:a|er)?\s+till|uppgradera)\b).*"
    r"|search"
    # a page picker's label and a photo gallery's link: "Välj en sida", "Fler bilder från Norrtälje" (each had been a title)
    r"|välj\s+(?:en\s+)?sida|(?:visa\s+)?fler\s+bilder(?:\s+från\s+[^.]{1,40})?",
    re.IGNORECASE)
# … and buttons that may also be a routine's words ("Meny" over a week's meals): chrome only at the page's head or
# foot, above its first line of text or under its last
_EDGE_CHROME = re.compile(r"(?:huvud)?meny|sök|dela|logo(?:type?)?|skriv\s+ut|lyssna|läs\s+upp|talande\s+webb|logga\s+in"
                          r"|kontakta\s+(?:kommunen|oss)(?:\s+och\s+lämna\s+synpunkter)?"
                          # a search box's and a notice's buttons and labels, a table of contents' label, a document
                          # site's viewer
                          r"|stäng(?:\s+sök)?(?:\s+stäng)?|du\s+måste\s+ange\s+ett\s+sökord\.?|(?:läs\s+mer\s+om\s+)?cookies|innehåll"
                          r"|storlek:\s*px|starta\s+visningen\s+från\s+sidan:?|kontaktinformation"
                          # a document site's download link, a nameless file's name ("untitled-2")
                          r"|download\s+[\"“”].*|untitled(?:[-\s]*\d+)?", re.IGNORECASE)
# … and several of them strung on one line, as a page's head reads once its links lose their layout: "Hoppa till
# innehåll kalmar länstrafik logotype Sök", "Lyssna på sidan Lyssna"; buttons alone ("Meny Sök") stay, as above
_ONE_LINK = r"(?:" + _CHROME.pattern + r")"
_ONE_BUTTON = r"(?:" + _EDGE_CHROME.pattern + r")"
_CHROME_RUN = re.compile(r"(?:" + _ONE_BUTTON + r"[\s,]+)*" + _ONE_LINK + r"(?:[\s,]+(?:" + _ONE_LINK + "|" + _ONE_BUTTON
                         + r"))+|(?:" + _ONE_BUTTON + r"[\s,]+)+" + _ONE_LINK, re.IGNORECASE)
_CHROME_RUN_WORDS = 12  # a line of links is short; a paragraph is never tried
# … and, above the page's text, its breadcrumb trail run together: "Start Barn & unga Teman Samtal med barn …"
_TRAIL = re.compile(r"(?:Start|Startsida)\s+[A-ZÅÄÖ]")
_LINK = re.compile(r"^\[([^\]]*)\]\(.*\)$")  # "[Skriv ut](javascript:print())" in Markdown
_TEXT_LINE_WORDS = 5


def remove_site_chrome(text: str) -> str:
    """Drop the lines of a saved web page's site chrome (see _CHROME); the lines around them stay as they were."""
    lines = text.split("\n")
    label = [_chrome_label(line) for line in lines]
    trail = [bool(_TRAIL.match(line.strip())) for line in lines]
    texts = [i for i, line in enumerate(lines)  # the page's own text: not its chrome, nor its fields ("Sidansvarig: …")
             if len(line.split()) >= _TEXT_LINE_WORDS and not _CHROME.fullmatch(label[i]) and not _chrome_run(label[i])
             and not _EDGE_CHROME.fullmatch(label[i]) and not is_field_line(line) and not trail[i]]
    first, last = (texts[0], texts[-1]) if texts else (len(lines), -1)
    drop = {i for i, line in enumerate(label) if line and (
        _CHROME.fullmatch(line) or _chrome_run(line)
        or ((i < first or i > last) and (_EDGE_CHROME.fullmatch(line) or trail[i])))}
    drop |= _trail_listed(lines, first)
    if not drop:
        return text
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


# … or listed, an item a line: "- Startsida", "- SKR", "- Social omsorg", … "- Frågor och svar om arbete med
# våldsutövare" over the page's title
_TRAIL_START = re.compile(r"^[-–•*]\s*(?:start|startsida|startsidan|hem)$", re.IGNORECASE)
_TRAIL_ITEM_WORDS = 10


def _trail_listed(lines: list[str], first: int) -> set[int]:
    """The lines of a breadcrumb trail written as a list above the page's first line of text."""
    start = next((i for i in range(min(first, len(lines))) if _TRAIL_START.match(lines[i].strip())), None)
    if start is None:
        return set()
    end = start
    while end < len(lines) and is_bullet(lines[end]) and len(lines[end].split()) <= _TRAIL_ITEM_WORDS:
        end += 1
    return set(range(start, end))


def _chrome_run(label: str) -> bool:
    return len(label.split()) <= _CHROME_RUN_WORDS and _CHROME_RUN.fullmatch(label) is not None


# A web page's links carry notes for a screen reader, which a page saved as text keeps in its sentences: "… via vår
# e-tjänst Länk till annan webbplats, öppnas i nytt fönster..", "Blankett - Ansökan om bistånd Pdf, 578 kB.",
# "… skickar kallelseWord (word, 43.5 kB) till föräldrarna". The note's own full stop broke its sentence in two
# ("… till Skatteverket Länk till annan webbplats, öppnas i nytt fönster. inom fyra månader …") and, on a line of its
# own, the note was quoted as the answer.
_NEW_WINDOW = r"öppnas\s+i\s+(?:ett\s+)?nytt\s+fönster"
_NEW_WINDOW_NOTE = r"\((?:\s*öppnas\s+i\s+(?:ett\s+)?)?\s*nytt\s+fönster\s*\)"  # "Vårdintyg för … (nytt fönster)"
_ELSEWHERE = r"(?:länk\s+till\s+(?:en\s+)?(?:annan|extern)\s+webbplats|extern\s+länk)(?:\s*,\s*" + _NEW_WINDOW + r")?"
_FILE_TYPE = r"(?:pdf|word|excel|powerpoint|docx?|xlsx?|pptx?)"
_FILE_SIZE = r"\d+(?:[.,]\d+)?\s*[km]b\b"
_LINK_NOTE = re.compile(
    r"\(" + _ELSEWHERE + r"\)|\b" + _ELSEWHERE + r"\.?"
    # "Word (word, 42.5 kB)", "(pdf, nytt fönster)"
    r"|(?:pdf|word|excel|powerpoint)?\s*\(" + _FILE_TYPE + r"\s*,\s*(?:" + _FILE_SIZE + r"|nytt\s+fönster)\)"
    r"|(?:\s" + _FILE_TYPE + r")?\s*,\s*" + _FILE_SIZE + r"(?:\s*,\s*" + _NEW_WINDOW + r")?\.?"  # " Pdf, 578 kB.", " , 29 kB."
    r"|\(\s*" + _FILE_SIZE + r"\s*\)"  # "rutin(247 KB)"
    r"|\s*" + _NEW_WINDOW_NOTE + r"|,?\s*\b" + _NEW_WINDOW + r"\.?", re.IGNORECASE)
_SPACE_BEFORE_MARK = re.compile(r" (?=[.,;:!?)])|(?<=\() ")


def remove_link_notes(text: str) -> str:
    """Take a saved web page's link notes out of its sentences (see _LINK_NOTE); a line that held only a note goes."""
    lines = []
    for line in text.split("\n"):
        notes = list(_LINK_NOTE.finditer(line))
        if not notes:
            lines.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]  # a Markdown list's nesting
        kept = indent + _SPACE_BEFORE_MARK.sub("", " ".join(_LINK_NOTE.sub(" ", line).split()))
        last = notes[-1]
        if last.group().endswith(".") and not line[last.end():].strip() and not kept.endswith((".", "!", "?", ":", ";")):
            kept += "."  # the note's full stop ended the sentence too: "… enligt LSS Pdf, 136.7 kB."
        if kept.strip(" .,;:()-–•*"):
            lines.append(kept)
    return "\n".join(lines)


def _chrome_label(line: str) -> str:
    """A line as its link or button reads: without bullet, Markdown link syntax and end punctuation."""
    label = line.strip().lstrip("•·▪*-+ \t")
    label = _LINK.sub(r"\1", label.strip())
    return label.rstrip(" :?!.").strip()


def _furniture_shape(line: str) -> bool:
    stripped = line.strip()
    if is_page_number_line(stripped):  # "– 1 –" is shaped like a list item, and is a page's foot
        return True
    # a numbered step ("1. Larma 112") or a lead-in to a list ("Här ingår följande moment:") is the text's own
    return bool(stripped) and len(stripped.split()) <= 15 and not stripped.startswith(("#", "|", "-", "*", ">")) \
        and not is_bullet(stripped) and not numbering_depth(stripped) and not stripped.endswith(":")


# --- line shapes -----------------------------------------------------------------------

# A line of opening hours: days of the week and the hours ("Tisdag, onsdag och torsdag 13-14", "Vardagar kl. 8–16"),
# a time running into the next day ("Fredag 18.00 - lördag 01.00"). Not "månad".
_DAY = r"((mån|tis|ons|tors|fre|lör|sön)(dag(ar|en|arna)?)?|vardag(ar|en)?|helg(er|en|erna|dag|dagar)?)"
DAY_NAMED = re.compile(r"\b" + _DAY + r"\b", re.IGNORECASE)
_HOURS = re.compile(r"\b(kl\.?\s*)?\d{1,2}([.:]\d{2})?\s*[-–]\s*(" + _DAY + r"\s+)?(kl\.?\s*)?\d{1,2}([.:]\d{2})?\b",
                   re.IGNORECASE)


def states_opening_hours(line: str) -> bool:
    """Whether a line gives days and the hours of them: a web page's contact box or telephone hours."""
    return DAY_NAMED.search(line) is not None and _HOURS.search(line) is not None


_BULLET = re.compile(r"^(?:[•·▪▫◦‣○●■□–—*+-]|\uf0b7|\uf0a7|[a-zåäö]\)|\d{1,2}\))\s")
# "3. Larmet", "3.1 Ansvar", "3.1. Ansvar" (a lone "12 månader" is not numbering)
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(?=[^\W\d_])")
_SENTENCE_END = ".!?:"


def is_bullet(line: str) -> bool:
    """A list item line: "• text", "- text", "a) text", "1) text"."""
    return bool(_BULLET.match(line.strip()))


def numbering_depth(line: str) -> int:
    """1 for "3. Larmet", 2 for "3.1 Ansvar", 0 when the line is not numbered."""
    m = _NUMBERED.match(line.strip())
    if not m or not (m.group(2) or "." in m.group(1)):
        return 0
    return m.group(1).count(".") + 1


def is_all_caps(line: str) -> bool:
    """"ANSVAR OCH ROLLER": at least three letters, all uppercase."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_FIELD_REST = r"[\w.\-/()]*(?: [\w.\-/()]+){0,3}: +\S"  # a label of 1-4 words after its first letter, colon, value
_FIELD = re.compile(r"^[^\W\d_]" + _FIELD_REST)


def is_field_line(line: str) -> bool:
    """"Beslutad av: Socialchef", "Dnr: SN 2024/0287": label (1-4 words), colon, value.

    Routine documents open with such fields; keeping them on their own lines (and out of
    headings) keeps them readable for whoever extracts dates and owners later.
    """
    return bool(_FIELD.match(line.strip()))


# "Dokumentets giltighet och beslut Dokumentnamn: … Gäller fr o m: 2019-04-01 Gäller t o m: 2022-04-01 …": a header
# table's cells printed on one line, as text copied out of a PDF keeps them. Joined to the lines around it, the header
# would become a paragraph too long to be read as one.
_INLINE_FIELD = re.compile(r"(?:^|(?<=\s))[A-ZÅÄÖ]" + _FIELD_REST)
_FIELDS_RUN_TOGETHER = 3
_FIELDS_LINE = 800  # a longer line is a page of running text that mentions a few "X: y"


# … and without colons, label and value side by side as the table's cells stood ("Dokumenttyp Riktlinje
# Dokumentansvarig Valter Lindström, koncernsäkerhetschef Beslutad av Regionstyrelsen … Giltig från 2016-03-08 Version
# 2.0 Dnr RS 1045-2016 Ersätter …"): labels that a header's cells open with and running text does not, capitalised
_HEADER_CELL = re.compile(r"(?<!\S)(Dokumentansvarig|Dokumentägare|Dokumenttyp|Beslutad av|Fastställd av|Giltig från"
                          r"|Giltig till|Gäller från|Gäller till|Ersätter|Dnr|Version)(?!\w)")
_CELLS_RUN_TOGETHER = 4


def _runs_fields_together(line: str) -> bool:
    return (len(line) <= _FIELDS_LINE and not line[:1].islower()  # not the rest of a line cut in two (wrap_long_lines)
            and (len(_INLINE_FIELD.findall(line)) >= _FIELDS_RUN_TOGETHER
                 or len(set(_HEADER_CELL.findall(line))) >= _CELLS_RUN_TOGETHER))


# "Senast ändrad 22 augusti 2024", "Publicerad: 2023-05-01": a web page's date on a line of its own, which the
# header reader finds only at the start of a line: a label of a few words, then a date and nothing more
_DATE_LABEL = re.compile(r"^[A-ZÅÄÖ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}:?\s+(?=\d)")
_DATED_LINE = 60  # characters: a label and a date


def _dated_line_after(prev: str, line: str) -> bool:
    """What follows the date may still belong to it ("Antaget 2016-04-20" / "Tills vidare, dock längst fyra år")."""
    if prev[-1] not in ".!?" or len(line) > _DATED_LINE or not (label := _DATE_LABEL.match(line)):
        return False
    dates = find_dates(line[label.end():], months=False)
    return len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(line) - label.end()


def ends_sentence(line: str) -> bool:
    """Line ends with sentence punctuation (closing quotes/brackets ignored)."""
    stripped = line.rstrip().rstrip("\"'”’»)")
    return stripped[-1:] in tuple(_SENTENCE_END)


def looks_like_heading(line: str, max_len: int = 80, max_words: int = 12) -> bool:
    """Shape of a heading: short, starts uppercase or numbered, no final . , ; :

    "3. Larmet", "6 Trygghetslarm", "Så fungerar larmet", "Vad gör jag om larmet går?" qualify; list items,
    page numbers and sentences do not.
    """
    line = line.strip()
    if not line or len(line) > max_len or len(line.split()) > max_words:
        return False
    if line[-1] in ".,;:" or is_bullet(line) or is_page_number_line(line):
        return False
    if sum(c.isalpha() for c in line) < 2:
        return False
    return line[0].isupper() or line[0] == "§" or numbering_depth(line) > 0 or bool(_NUMBERED_AS_WORD_DOES.match(line))


# "6 Trygghetslarm": a heading numbered as Word numbers it, without a full stop; "12 månader" runs on in lower case
_NUMBERED_AS_WORD_DOES = re.compile(r"^\d{1,2}\s+[A-ZÅÄÖ][a-zåäö]")


def _starts_upper(line: str) -> bool:
    line = line.lstrip("\"'”“»(")
    return bool(line) and (line[0].isupper() or line[0].isdigit() or line[0] == "§")


def _is_list_item(line: str) -> bool:
    return is_bullet(line) or numbering_depth(line) > 0


def split_paragraphs(text: str, *, sentence_breaks: bool = True) -> list[str]:
    """Split text into paragraphs (lines inside a paragraph stay joined by "\\n").

    Breaks at blank lines; after a heading-shaped line that starts a paragraph (so a
    heading is never merged into the body below it); and, if ``sentence_breaks``, after
    a line that ends a sentence and is clearly shorter than the block's full lines when
    the next line starts uppercase (paragraph ends inside text without blank lines).
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n[^\S\n]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        lengths = sorted(len(line) for line in lines)
        full = lengths[round(0.9 * (len(lengths) - 1))] if len(lines) >= 3 else 0
        current: list[str] = []
        for i, line in enumerate(lines):
            current.append(line)
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is None:
                break
            starts_paragraph = len(current) == 1
            marked = is_all_caps(line) or numbering_depth(line) > 0
            heading_break = (
                starts_paragraph
                and looks_like_heading(line)
                and not is_field_line(line)
                and _starts_upper(nxt)
                # a short line, not a full-width first line of wrapped body text
                and (marked or len(line) <= 0.7 * max(full, len(nxt)))
                and not (
                    _is_list_item(nxt) and numbering_depth(nxt) == numbering_depth(line)
                )
            )
            sentence_break = (
                sentence_breaks
                and ends_sentence(line)
                and _starts_upper(nxt)
                and (full == 0 or len(line) < 0.8 * full)
                and not (line.endswith(":") and _is_list_item(nxt))
            )
            if heading_break or sentence_break:
                paragraphs.append("\n".join(current))
                current = []
        if current:
            paragraphs.append("\n".join(current))
    return paragraphs


# "E K O N O M I S K T   B I S T Å N D": a running title printed letter-spaced, as a PDF converted to text keeps it
_LETTER_SPACED = re.compile(r"^(?:[^\W\d_] ){4,}[^\W\d_](?:\s|$)")


_WRAPPED_LINES = 5  # lines a sentence runs on from before a text counts as wrapped at a fixed width


def wrap_width(text: str) -> int:
    """The length of a full line when the text was wrapped at a fixed width (0 when it was not): a PDF converted to
    text or Markdown keeps its lines, and a header's fields then stand a line each ("Dokumentansvarig" over
    "Medicinskt ansvarig sjuksköterska") where running them together would lose them. Measured on the lines whose
    sentence runs on in lower case on the next line: those were broken by the width alone."""
    lines = [line.strip() for line in text.split("\n")]
    full = sorted(len(line) for line, nxt in zip(lines, lines[1:])
                  if line and nxt[:1].islower() and not ends_sentence(line))
    return full[len(full) // 2] if len(full) >= _WRAPPED_LINES else 0


# a line ending in one of these words runs on, however short ("Rutinen gäller inom Äldreomsorgen, Individ- och
# familjeomsorgen, Socialpsykiatrin och" over "Funktionshinderverksamheten", a title page's lines centred)
_RUNS_ON = frozenset({"och", "eller", "samt", "men", "i", "av", "för", "på", "till", "med", "som", "att", "en", "ett",
                      "den", "det", "de", "om", "vid", "från", "under", "efter", "inom", "mot", "utan", "genom",
                      "enligt", "hos", "per", "är", "ska", "kan", "har", "får"})


def _short_line_break(prev: str, line: str, full_width: int) -> bool:
    return (full_width > 0 and bool(prev) and len(prev) < 0.6 * full_width and prev[-1] not in ".!?:;,-"
            and _starts_upper(line))


def at_short_lines(paragraph: str, full_width: int) -> list[str]:
    """A wrapped paragraph cut after each clearly short line that does not end in punctuation and is followed by an
    uppercase line: in a text wrapped at ``full_width`` such a line stood alone in the original (a header's field, a
    heading, the routine's name over its first sentence), and it is a paragraph of its own, as a PDF's layout gives
    it. A run of fields ("Beslutad: …" over "Gäller till: …") stays one paragraph, a field a line, as it always was.
    Without a known width the paragraph stays whole."""
    if full_width <= 0:
        return [paragraph]
    lines = paragraph.split("\n")
    parts, current = [], [lines[0]]
    for prev, line in zip(lines, lines[1:]):
        if (_short_line_break(prev.strip(), line.strip(), full_width) and not is_field_line(prev.strip())
                and not is_field_line(line.strip()) and prev.split()[-1].casefold() not in _RUNS_ON):
            parts.append("\n".join(current))
            current = []
        current.append(line)
    parts.append("\n".join(current))
    return parts


def unwrap_lines(paragraph: str, *, full_width: int = 0) -> str:
    """Join a paragraph's wrapped lines into running text, de-hyphenating first.

    A line break is kept before list items and field lines ("Beslutad av: ..."), around the
    rows of a table written with pipes ("Fastställd av | Giltig t o m") and letter-spaced running titles, after
    every line of a block that is mostly fields, and - when ``full_width`` (length of a
    full line) is known - after a clearly short line that does not end in punctuation
    and is followed by an uppercase line (addresses, table cells, field values).
    """
    lines = [line.strip() for line in join_hyphenated(paragraph).split("\n") if line.strip()]
    if not lines:
        return ""
    fields = sum(map(is_field_line, lines))
    all_breaks = fields >= 2 and 2 * fields >= len(lines)
    out = lines[0]
    for prev, line in zip(lines, lines[1:]):
        hard = (
            all_breaks
            or _is_list_item(line)
            or is_field_line(line)
            or _runs_fields_together(line) or (_runs_fields_together(prev) and not line[:1].islower())
            or _dated_line_after(prev, line)
            or " | " in line or " | " in prev
            or _LETTER_SPACED.match(line) is not None or _LETTER_SPACED.match(prev) is not None
            or _short_line_break(prev, line, full_width)
        )
        out += ("\n" if hard else " ") + line
    return out
