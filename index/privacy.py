"""Finding Swedish personal identity numbers in text, so a question never carries one further.

Staff sometimes paste a client's personnummer into a question. It is removed before the question is
embedded, searched, shown back or logged. A number counts only when its check digit (Luhn, over the
ten-digit form) is right and it holds a real date, so dates ("2024-05-01"), phone numbers
("070-123 45 67") and case numbers ("SN 2024/0113") are left alone. A samordningsnummer
(coordination number) is the same with 60 added to the day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"

# YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDDNNNN, YYYYMMDD-NNNN (a space or an en dash as the
# separator too, as word processors and phones write it). Not inside a longer run of digits.
_CANDIDATE = re.compile(r"(?<![\d])(?P<century>\d{2})?(?P<date>\d{6})(?P<sep>[-+\u2010\u2011\u2013\u2212 ]?)"
                        r"(?P<serial>\d{4})(?![\d])")


@dataclass(frozen=True)
class Redaction:
    text: str  # with each number replaced by a placeholder such as "[personnummer]"
    findings: list[str] = field(default_factory=list)  # the kind of each number removed, in order

    @property
    def kinds(self) -> list[str]:
        """Each kind once, in the order first found: what Answer.warnings carries."""
        return list(dict.fromkeys(self.findings))


def luhn_ok(ten_digits: str) -> bool:
    """The check digit of a ten-digit identity number (weights 2, 1, 2, … over the first nine)."""
    total = 0
    for i, ch in enumerate(ten_digits[:9]):
        product = int(ch) * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10 == int(ten_digits[9])


def luhn_digit(nine_digits: str) -> str:
    """The check digit that completes ``nine_digits`` (for tests and examples)."""
    return next(d for d in "0123456789" if luhn_ok(nine_digits + d))


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def classify(yymmdd: str, serial: str) -> str | None:
    """The kind of identity number ``yymmdd`` + ``serial`` form, or None when they are not one.

    The century (written, or implied by "-" and "+") does not decide: a number with a right check
    digit and a real date is removed however its year is written, since leaving one in costs more
    than hiding a look-alike.
    """
    if not luhn_ok(yymmdd + serial):
        return None
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    kind = PERSONNUMMER
    if day > 60:
        kind, day = SAMORDNINGSNUMMER, day - 60
    return kind if any(_real_date(c * 100 + yy, month, day) for c in (18, 19, 20)) else None


def redact(text: str) -> Redaction:
    """``text`` with every personnummer and samordningsnummer replaced by "[personnummer]" etc."""
    findings: list[str] = []

    def replace(match: re.Match[str]) -> str:
        kind = classify(match["date"], match["serial"])
        if kind is None:
            return match[0]
        findings.append(kind)
        return f"[{kind}]"

    return Redaction(_CANDIDATE.sub(replace, text), findings)
