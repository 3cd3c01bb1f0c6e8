"""Questions about a routine's own record: when it was decided, by whom, who owns it, until when it holds.

A newcomer unsure which version is current asks the routine's header, not its text ("när antogs riktlinjerna för
skuldrådgivningen?", "vem äger rutinen om försöksboende, vem ska jag fråga?", "gäller rutinen för nyckelhantering
fortfarande?"). The text's sentences do not answer that; the header's statements ("Fastställd av socialnämnden
2018-06-25", "Dokumentansvarig: Enhetschef IFO") do, and they were read at indexing (header.py). A question is
about the record only where it names a kind of document and asks one of these things of it: "hur länge gäller
ett vårdintyg" asks about a certificate, and "vem beslutar om bistånd" about a case.
"""
from __future__ import annotations

import re

# the record's fields a question may ask for, as header.py names them
DECIDED, DECIDED_BY, OWNER, VALIDITY, REVISED = "decided", "decided_by", "owner", "validity", "revised"

# a kind of document, also as a compound's last part ("säkerhetsreglerna"), but not "dokumentation" or "rutinmässigt"
_KIND = (r"(?:rutin(?:en|er|erna)?|riktlinje(?:n|r|rna)?|regler(?:na)?|regel(?:n)?|policy(?:n)?|instruktion(?:en|er|erna)?"
         r"|handbok(?:en)?|dokument(?:et|en)?|lathund(?:en)?|checklista(?:n)?|vägledning(?:en)?|anvisning(?:en|ar|arna)?"
         r"|delegationsordning(?:en)?)")
_DOCUMENT = rf"\w*{_KIND}"
_WHEN = r"(?:när|vilket\s+(?:datum|år)|vilken\s+(?:dag|månad)|hur\s+gammal)"
_WHO = r"(?:vem|vilken|vilka|av\s+vilken|av\s+vem)"
# the words of deciding and revising, which both ask for a field and are no part of the routine the question names
_DECIDED_WORDS = (r"antogs|antagits|antagna|antagen|antaget|beslutades|beslutad|beslutat|fastställdes|fastställd|fastställt"
                  r"|fastställda|godkändes|godkänd")
_DECIDING_WORDS = r"beslutade|beslutat|fastställde|fastställt|antog|antagit|godkände|godkänt"
_REVISED_WORDS = r"reviderades|reviderad|reviderade|revidering\w*|uppdaterades|uppdaterad|ändrades"
_ASKS = {
    DECIDED: re.compile(rf"\b{_WHEN}\b.*\b(?:{_DECIDED_WORDS}|kom\b.*\but)\b", re.I),
    DECIDED_BY: re.compile(rf"\b{_WHO}\b.*\b(?:{_DECIDING_WORDS}|fattade?\s+beslut|fattat\s+beslut|nämnd\w*|styrelse\w*)\b",
                           re.I),
    OWNER: re.compile(rf"\b{_WHO}\b.*\b(?:äger|ägare|ansvarar\s+för|ansvarig\s+för|dokumentansvarig|står\s+bakom"
                      rf"|skrev|skrivit|har\s+skrivit)\b"
                      # whom to ask about it: "vem kan jag fråga om riktlinjerna …", "… om jag har frågor om rutinen"
                      r"|\bvem\b.*\b(?:(?:kan|ska|bör|får)\s+(?:jag|man|vi)\s+fråga|frågor\s+(?:om|kring|angående))\b", re.I),
    VALIDITY: re.compile(r"\b(?:gäller|giltig\w*|aktuell\w*)\b.*\b(?:fortfarande|längre|(?:till|från|sen|sedan)\s+när"
                         r"|från\s+vilket|än)\b|\bhur\s+länge\s+(?:gäller|är)\b|\bnär\s+(?:går|löper)\b.*\but\b"
                         r"|\b(?:från|till|sen|sedan)\s+(?:vilket|när)\b.*\bgäller\b|\bnär\s+ska\b.*\b(?:revideras|ses\s+över)\b",
                         re.I),
    REVISED: re.compile(rf"\b{_WHEN}\b.*\b(?:{_REVISED_WORDS}|senast\s+ändrad)\b", re.I),
}
_NAMES_A_DOCUMENT = re.compile(rf"\b{_DOCUMENT}\b", re.I)


def asked_of_record(question: str) -> frozenset[str]:
    """The fields of a routine's record that the question asks for; empty for a question about anything else."""
    if not _NAMES_A_DOCUMENT.search(question):
        return frozenset()
    return frozenset(field for field, asks in _ASKS.items() if asks.search(question))


# where the header states each field asked for; the owner asked for and not named, the one who decided it is the
# one to ask (as replies name them, bot/answer.py)
_STATED_IN = {
    DECIDED: ("decided",),
    DECIDED_BY: ("decided_by",),
    OWNER: ("owner", "contact"),  # no owner named, the header's "Kontaktperson" is the one to ask
    VALIDITY: ("valid_until", "valid_indefinitely", "valid_from", "review_by"),
    REVISED: ("revised",),
}


def record_statements(asked: frozenset[str], said: dict[str, str]) -> list[str]:
    """The header's own statements of the fields asked for (see header._said), each once, in the order of _ASKS;
    empty unless the header states every one: a page stating only when it was updated is no answer to when a
    routine was adopted and revised, and most likely not the routine asked about."""
    found: list[str] = []
    for asked_for, stated_in in _STATED_IN.items():
        if asked_for not in asked:
            continue
        words = next((said[f] for f in stated_in if f in said), None)
        if words is None and asked_for == OWNER:
            words = said.get("decided_by")
        if words is None:
            return []
        if words not in found:
            found.append(words)
    return found


# what a question about the record says besides the routine it names: its kind, the asking and the fields
_RECORD_WORDS = re.compile(
    rf"\b(?:{_KIND}|{_DECIDED_WORDS}|{_DECIDING_WORDS}|{_REVISED_WORDS}|när|vem|vilken|vilka|vilket|datum|år|dag|månad|av"
    r"|som|det|den|de|är|var|har|gjordes|hur|gammal|beslut|fattat|fattade|nämnd\w*|styrelse\w*|äger|ägare|ansvarar"
    r"|ansvarig|dokumentansvarig|står|bakom|skrev|skrivit|gäller|giltig\w*|aktuell\w*|fortfarande|längre|senaste|senast|sen|sedan"
    r"|version\w*|revideras|ändrad|ses|över|går|löper|ut|kom|fråga|frågor|kring|angående)\b", re.I)


def topic(question: str) -> str:
    """The question less its asking for the record: the routine it names ("skuldrådgivningen i Timrå")."""
    return " ".join(_RECORD_WORDS.sub(" ", question).split())
