"""Greetings, thanks, apologies and "undrar …": the courtesies around a question, which are not what it asks.

A message that is nothing but a courtesy ("hej", "tack!") is answered with a friendly line, not searched
(the chat layer decides that, from ``courtesy``). A question that opens with one ("Tjena! Snabb fråga: hur
länge sparas personakter?") is read without it: the model reads the whole message, and a greeting moves it
away from the routine that answers (over our tuning questions, "Tjena! " in front took quote accuracy from
0.77 to 0.59, "God morgon! Snabb fråga: " to 0.62).
"""
from __future__ import annotations

import re
import unicodedata

_GREETINGS = r"hej+|hejsan|hallå|halla|tjena|tjenare|tja|hey|hi|hello|god (?:morgon|middag|kväll|dag)|morrn"
_ADDRESSED = r"på dig|du|där|rutinbot|bot(?:en)?|alla"
_THANKS = r"tack|tackar|tusen tack|stort tack|tack (?:så )?(?:mycket|jättemycket|snällt|för (?:hjälpen|svaret))"
_ACKNOWLEDGED = r"ok|okej|okey|toppen|perfekt|super|bra|kanon|grymt|fint|jaha|aha|ah okej|ok tack|okej tack"

_GREETING = re.compile(rf"^(?:{_GREETINGS}|morgon)(?: (?:{_GREETINGS}))*(?: (?:{_ADDRESSED}))?$")
_THANKED = re.compile(
    rf"^(?:(?:{_THANKS}|tack ska du ha)|(?:{_ACKNOWLEDGED}))(?: (?:tack|så mycket|för hjälpen|för svaret))?$")
_FAREWELL = re.compile(r"^(hej ?då|hejdå|vi ses|ha det( bra| gott)?|trevlig helg)$")
_SQUEEZED = re.compile(r"[\s!.,?:;)(]+")


def courtesy(message: str) -> str | None:
    """"greeting", "thanks" or "farewell" for a message that is nothing else (smileys aside, as in
    without_courtesies: "Hej 👋", "tack 🙏🏼", "hej :D"); None for anything else."""
    plain = "".join(ch for ch in message if not _smiley(ch))
    text = _SQUEEZED.sub(" ", _TEXT_SMILEY.sub(" ", plain).casefold()).strip()
    if not text and (plain != message or _TEXT_SMILEY.search(message)):  # smileys alone: a thumb, a heart or
        return "thanks" if _THANKING.search(message) or _thanking_emoji(message) else "greeting"  # a smile thanks
    if _GREETING.match(text):
        return "greeting"
    if _THANKED.match(text):
        return "thanks"
    if _FAREWELL.match(text):
        return "farewell"
    return None


_STOP = r"[\s!.,:;?)(–—-]*[!.,:;?–—-][\s!.,:;?)(–—-]*"  # punctuation between a courtesy and the question
_SILLY = r"(?:en )?(?:dum|konstig|enkel|korkad|fånig|kanske dum|säkert dum) fråga"
_APOLOGY = (rf"(?:sorry|förlåt|ursäkta(?: mig)?)(?: (?:om|för|att) (?:det är |detta är |jag )?"
            rf"(?:{_SILLY}|stör|tjatar|frågar(?: igen)?))?")
# "Ursäkta den kanske dumma frågan, men …", "Kanske fel ställe att fråga men …": whatever the apology, "men" ends it
_APOLOGY_BUT = (r"(?:(?:sorry|förlåt|ursäkta)\b|(?:kanske|nog|vet inte om (?:det|detta|jag) är) (?:fel|rätt) "
                r"(?:ställe|forum|kanal|person))[^.!?\n]{0,60}?,?\s+men\s+")
# what only says that a question follows: "Undrar hur …", "Kan du berätta vad …", "Vet någon om …"
_FRAMING = (r"(?:jag )?(?:undrar|undrade)(?: (?:lite|bara|också|en sak))?(?: över)?"
            r"|kan (?:du|ni|någon|nån) (?:berätta|förklara|säga|tala om)(?: för mig)?"
            r"|kan (?:du|ni|någon|nån) hjälpa (?:mig|till)(?: med)?"
            r"|(?:jag )?(?:skulle vilja|vill|behöver) veta|vet (?:du|ni|någon|nån)")
_OWNED_SILLY = rf"(?:det här är |detta är |det är )?(?:kanske |säkert |nog |förmodligen )?{_SILLY}(?: kanske)?"
_OPENING = re.compile(
    rf"^\s*(?:{_APOLOGY_BUT}|(?:(?:{_GREETINGS})(?: (?:{_ADDRESSED}))?|{_APOLOGY}|{_OWNED_SILLY}|{_FRAMING}"
    rf"|asså|alltså|ok(?:ej)? så)"
    rf"(?:{_STOP}|\s+)(?:men\s+)?"
    rf"|(?:{_THANKS}|{_ACKNOWLEDGED}|(?:jag har )?(?:en )?(?:till |ny |snabb |kort |liten )?fråga|följdfråga"
    rf"|hur var det nu|snälla(?: hjälp)?|hjälp|så)"
    rf"{_STOP})",  # "hej hur gör jag …" needs no comma, but "ok att ta med hunden?" asks something
    re.IGNORECASE)
_CLOSING = re.compile(r"(?<!nej)[\s,.!]+(?:tack(?: på förhand| så mycket)?|tack för hjälpen)[\s!.]*$", re.IGNORECASE)
_SIGNATURE = re.compile(  # "/Anna", "Mvh Anna", "… akterna? Hälsningar Anna Berg"
    r"(?:\s+(?:mvh|/+)|(?<=[.!?\n])\s*(?:med vänliga? hälsning(?:ar)?|vänliga hälsningar|hälsningar|hälsn))"
    r"[\s,.:]*[\w-]+(?: [\w-]+)?[\s.!]*$", re.IGNORECASE)
_TEXT_SMILEY = re.compile(r"(?<!\w)[:;]-?[()DPp/](?!\w)|(?<!\w)(?:xD|(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|lol)(?!\w)[!.]*",
                         re.IGNORECASE)  # smileys, and laughter: "haha", "lol"
# a spoken tag at the end ("… en hel dag eller?", "… typ"): the question is the same without it
_TAG = re.compile(r"(?:[\s,]+(?:eller|eller hur|eller vad|typ|liksom|asså|alltså)|,\s*va)\s*(?=[?!.]*$)",
                  re.IGNORECASE)
_REPEATED = re.compile(r"([?!])[?!]+")
_SPACES = re.compile(r"[ \t]{2,}")  # where a smiley stood between words


# Sentences about the asker, not the routine: being new is what everyone asking is, and that they looked and did
# not find it is why they ask. A sentence naming the unit ("Jag är ny på barn och familj.") stays: it chooses
# whose routine answers.
_WHERE = r"(?: (?:på|i) (?:intranätet|insidan|nätet|teams|rutinerna|pärmen|google|sharepoint|[\w-]+))*"
_ASIDE = re.compile(
    r"(?:jag )?(?:är )?(?:helt |ganska |väldigt )?(?:ny|nyanställd|nybörjare)(?: här)?(?: på (?:jobbet|kontoret|enheten))?"
    rf"|(?:jag )?(?:har )?(?:försökt|försöker|letat|sökt|kollat|tittat)(?: att)?(?: (?:leta|söka|hitta|kolla|googla))?"
    rf"(?: efter (?:det|detta|rutinen))?{_WHERE}(?:,? men (?:jag )?(?:hittar|hittade|hittar inte|kan inte hitta)"
    rf" (?:inget|ingenting|ingen|något|den|det|rutinen))?{_WHERE}"
    rf"|(?:jag )?(?:hittar|hittade|kan inte hitta) (?:inget|ingenting|ingen|inte (?:det|den|rutinen|något))"
    rf"(?: om (?:det|detta))?{_WHERE}"
    r"|(?:är det )?(?:någon|nån|ngn) som vet|tacksam(?:t)? för (?:svar|hjälp)",
    re.IGNORECASE)
_BETWEEN_SENTENCES = re.compile(r"((?<=[.!?])\s+|\n+)")
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


def _aside(sentence: str) -> bool:
    return _ASIDE.fullmatch(sentence.strip(" \t.,!?:;-–")) is not None


def _without_asides(text: str) -> str:
    """The text without its sentences, or bracketed remarks, about the asker (see _ASIDE)."""
    text = _BRACKETED.sub(lambda m: "" if _aside(m.group(1)) else m.group(0), text)
    parts = _BETWEEN_SENTENCES.split(text)  # sentence, separator, sentence …
    return "".join(part + between for part, between in zip(parts[::2], [*parts[1::2], ""])
                   if not _aside(part)).strip()


_THANKING = re.compile(r"[:;]-?[)D]")  # ":)", ";-D"; not ":(" or ":/"
_THANKING_EMOJI = ("THUMBS UP", "HEART", "FOLDED HANDS", "OK HAND", "SMILING", "GRINNING", "CLAPPING")


def _thanking_emoji(message: str) -> bool:
    """A thumb, a heart, folded hands or a smile: after an answer, thanks (a frown or a shrug is no thanks)."""
    return any(_smiley(ch) and any(part in unicodedata.name(ch, "") for part in _THANKING_EMOJI) for ch in message)


def _smiley(ch: str) -> bool:
    """An emoji or a part of one (a joiner, a variation or skin tone), not "°" or "§"."""
    return (ord(ch) >= 0x2600 and unicodedata.category(ch) in ("So", "Sk", "Cn")) or ch in "\u200d\ufe0f"


def without_courtesies(question: str) -> str:
    """The question without the greetings, thanks, apologies and "en fråga:" it opens with, its closing
    "tack!" and signature, its smileys and its sentences about the asker ("Jag är ny här."), and with "???"
    read as one "?"; the question as it is when nothing else would be left."""
    text = _SPACES.sub(" ", "".join(ch for ch in question if not _smiley(ch)))
    text = _REPEATED.sub(r"\1", _TEXT_SMILEY.sub("", text)).lstrip(" \t\n,.!:;–-")
    while (opened := _OPENING.match(text)) and opened.end():
        text = text[opened.end():]
    text = _TAG.sub("", _CLOSING.sub("", _SIGNATURE.sub("", text))).strip()
    text = _without_asides(text)
    return text if any(ch.isalnum() for ch in text) else question
