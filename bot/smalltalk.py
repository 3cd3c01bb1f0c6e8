"""Greetings and thanks: answered with a short friendly line, not searched as questions.

"hej" searched as a question finds some passage and reads as a strange answer; "tack!" logged as an
unanswered question would tell administrators a routine is missing.
"""
from __future__ import annotations

import re

_GREETING = re.compile(
    r"^(hej+|hejsan|hallå|halla|tjena|tjenare|tja|hey|hi|hello|god (morgon|middag|kväll|dag)|morrn|morgon)"
    r"( (på dig|du|där|rutinbot|bot(en)?|alla))?$")
_THANKS = re.compile(
    r"^((tack|tackar|tusen tack|stort tack|tack (så )?(mycket|jättemycket|snällt|för (hjälpen|svaret))|tack ska du ha)"
    r"|(ok|okej|okey|toppen|perfekt|super|bra|kanon|grymt|fint|jaha|aha|ah okej|ok tack|okej tack))"
    r"( (tack|så mycket|för hjälpen|för svaret))?$")
_FAREWELL = re.compile(r"^(hej ?då|hejdå|vi ses|ha det( bra| gott)?|trevlig helg)$")

GREETING_REPLY = ("Hej! Jag svarar på frågor om era rutiner och citerar dem med källa. "
                  "Skriv din fråga, till exempel ”Hur fungerar larmet vid hembesök?”")
THANKS_REPLY = "Varsågod! Fråga gärna igen om du undrar något mer."
FAREWELL_REPLY = "Hej då! Välkommen tillbaka när du har en fråga."


def small_talk(question: str) -> str | None:
    """The reply to a greeting, thanks or goodbye with no question in it; None for anything else."""
    text = re.sub(r"[\s!.,?:;)(❤️🙂😊👍🙏]+", " ", question.casefold()).strip()
    text = re.sub(r"\s+", " ", text)
    if _GREETING.match(text):
        return GREETING_REPLY
    if _THANKS.match(text):
        return THANKS_REPLY
    if _FAREWELL.match(text):
        return FAREWELL_REPLY
    return None
