"""What a question may be before it is searched or stored: text (not broken bytes), not empty, not endless.

A question pasted from a document can be a whole page; a script can send 100 kB. Only the start is
searched and stored (``MAX_QUESTION_CHARS``, documented in the README): a question is a sentence or a
few, and nothing past that helps the search. Bytes that are not UTF-8 (from a pipe or an argument) are
replaced, so one bad byte never costs an answer.
"""
from __future__ import annotations

import re

from .errors import EmptyQuestion
from .privacy import redact

MAX_QUESTION_CHARS = 1000
_REDACTION_MARGIN = 2 * MAX_QUESTION_CHARS  # enough that an identity number across the cut is seen whole
_PLACEHOLDER = re.compile(r"\[(personnummer|samordningsnummer)\]")


def repair(text: str) -> str:
    """Undecodable bytes (which Python carries as lone surrogates) become U+FFFD, the replacement character."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def bounded(question: str) -> str:
    """The repaired, stripped question, cut to a length worth redacting; EmptyQuestion when nothing is left."""
    text = repair(question).strip()
    if not text:
        raise EmptyQuestion("frågan är tom; skriv vad du vill veta")
    return text[:_REDACTION_MARGIN]


def capped(redacted: str) -> tuple[str, bool]:
    """At most MAX_QUESTION_CHARS of a redacted question, ending at a whole word (a cut never leaves half a
    number or half a placeholder); whether anything was cut."""
    if len(redacted) <= MAX_QUESTION_CHARS:
        return redacted, False
    head = redacted[:MAX_QUESTION_CHARS]
    if not redacted[MAX_QUESTION_CHARS].isspace():
        head = re.sub(r"\S*$", "", head) or head  # one endless word is cut where it must be
    return head.rstrip(), True


def prepare(question: str) -> tuple[str, list[str], bool]:
    """The question as it is searched and stored: repaired, every personnummer and samordningsnummer replaced
    by a placeholder (``Answer.warnings`` lists their kinds, never the value) and capped; whether it was cut."""
    redaction = redact(bounded(question))
    text, truncated = capped(redaction.text)
    return text, redaction.kinds, truncated


def only_identity_numbers(redacted: str) -> bool:
    """True when a redacted question held nothing but personnummer (and punctuation): nothing to search."""
    rest = _PLACEHOLDER.sub(" ", redacted)
    return rest != redacted and not any(ch.isalnum() for ch in rest)
