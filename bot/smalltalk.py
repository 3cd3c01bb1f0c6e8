"""Greetings and thanks: answered with a short friendly line, not searched as questions.

"hej" searched as a question finds some passage and reads as a strange answer; "tack!" logged as an
unanswered question would tell administrators a routine is missing.
"""
from __future__ import annotations

from index import courtesy

GREETING_REPLY = ("Hej! Jag svarar på frågor om era rutiner och citerar dem med källa. "
                  "Skriv din fråga, till exempel ”Hur fungerar larmet vid hembesök?”")
THANKS_REPLY = "Varsågod! Fråga gärna igen om du undrar något mer."
FAREWELL_REPLY = "Hej då! Välkommen tillbaka när du har en fråga."
_REPLIES = {"greeting": GREETING_REPLY, "thanks": THANKS_REPLY, "farewell": FAREWELL_REPLY}


def small_talk(question: str) -> str | None:
    """The reply to a greeting, thanks or goodbye with no question in it; None for anything else."""
    return _REPLIES.get(courtesy(question) or "")
