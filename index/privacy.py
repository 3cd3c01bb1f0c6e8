"""Finding Swedish personal identity numbers in text, so a question never carries one further.

Staff sometimes paste a client's personnummer into a question. It is removed before the question is
embedded, searched, shown back or logged. A number counts only when its check digit (Luhn, over the
ten-digit form) is right and it holds a real date, so dates ("2024-05-01"), phone numbers
("070-123 45 67") and case numbers ("SN 2024/0113") are left alone. A samordningsnummer
(coordination number) is the same with 60 added to the day.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"

# How people write the number: YYMMDD-NNNN, YYYYMMDDNNNN, with a "+" past 100 years, and all the ways
# hands, phones and word processors break it up — "811218 - 9876", "8112 18-9876", "811218-98 76",
# "1981-12-18-9876", "8 1 1 2 1 8 9 8 7 6", "811218.9876", a full-width or small hyphen, a zero-width space.
# So the text is read as runs of digit groups joined by short separators, and a number is a run of
# whole groups holding 10 or 12 digits whose breaks fall where people break the number.
_SEPARATOR_CHARS = "._/+\u2212"  # and every space, dash (Unicode Pd) and invisible format character (Cf)
_MAX_SEPARATOR = 3  # visible separator characters between two groups: "811218 - 9876"
# where a group may end inside a ten-digit number: between year, month and day, and anywhere in the serial
_BREAKS_10 = frozenset({2, 4, 6, 7, 8, 9})
_BREAKS_12 = frozenset({2} | {2 + b for b in _BREAKS_10})
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


def _is_separator(ch: str) -> bool:
    return ch.isspace() or ch in _SEPARATOR_CHARS or unicodedata.category(ch) in ("Pd", "Cf")


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"  # zero-width space, soft hyphen, BOM …


def _digit_groups(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of digit groups: (start, end, ASCII digits) each; the groups of a run are joined by separators.

    Any decimal digit counts (full-width "８" too), read as its ASCII value.
    """
    runs: list[list[tuple[int, int, str]]] = []
    i, n = 0, len(text)
    gap_ok = False  # whether the characters since the last group can join the next group to it
    visible = 0
    while i < n:
        if unicodedata.decimal(text[i], None) is None:
            if runs and gap_ok:
                if _is_separator(text[i]):
                    visible += not _invisible(text[i])
                    gap_ok = visible <= _MAX_SEPARATOR
                else:
                    gap_ok = False
            i += 1
            continue
        start = i
        while i < n and unicodedata.decimal(text[i], None) is not None:
            i += 1
        group = (start, i, "".join(str(unicodedata.decimal(c)) for c in text[start:i]))
        if runs and gap_ok:
            runs[-1].append(group)
        else:
            runs.append([group])
        gap_ok, visible = True, 0
    return runs


def _shaped_like_a_number(groups: list[tuple[int, int, str]], length: int) -> bool:
    """Whether the breaks between ``groups`` fall where people break an identity number of ``length`` digits.

    "070-123 45 67" breaks after three digits, as phone numbers do and identity numbers never do.
    """
    if len(groups) == 1 or all(len(g[2]) == 1 for g in groups):  # whole, or digit by digit
        return True
    allowed = _BREAKS_10 if length == 10 else _BREAKS_12
    at = 0
    for group in groups[:-1]:
        at += len(group[2])
        if at not in allowed:
            return False
    return True


def _find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each identity number in ``text``, in order."""
    found: list[tuple[int, int, str]] = []
    for run in _digit_groups(text):
        i = 0
        while i < len(run):
            match = None
            for length in (12, 10):  # "19811218-9876" whole, not its last ten digits
                digits, j = "", i
                while j < len(run) and len(digits) < length:
                    digits += run[j][2]
                    j += 1
                if len(digits) != length or not _shaped_like_a_number(run[i:j], length):
                    continue
                kind = classify(digits[-10:-4], digits[-4:])
                if kind is not None:
                    match = (run[i][0], run[j - 1][1], kind, j)
                    break
            if match is None:
                i += 1
                continue
            found.append(match[:3])
            i = match[3]
    return found


def redact(text: str) -> Redaction:
    """``text`` with every personnummer and samordningsnummer replaced by "[personnummer]" etc."""
    findings: list[str] = []
    out: list[str] = []
    last = 0
    for start, end, kind in _find(text):
        out += [text[last:start], f"[{kind}]"]
        findings.append(kind)
        last = end
    out.append(text[last:])
    return Redaction("".join(out), findings)
