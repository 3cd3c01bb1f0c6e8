"""Dates as Swedish routine documents write them: "2024-03-05", "27 februari 2024", "5/3 2024", "december 2027".

A month without a day ("december 2027", "2027-12") is a span: a validity that runs "till december 2027"
runs through its last day, a decision made "i januari 2024" is dated by its first. ``DateHit`` keeps both
ends, and the caller picks the one its field means.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "febr": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sept": 9,
    "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_FORMS = [
    # 2024-03-05, 2024-3-5, 2024.03.05, 2024/03/05
    (re.compile(r"(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"), False),
    # 20240305
    (re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?!\d)"), False),
    # 2007 02 24 (a cover's spaced digits)
    (re.compile(r"(?<!\d )(?P<y>(?:19|20)\d{2}) (?P<m>0[1-9]|1[0-2]) (?P<d>0[1-9]|[12]\d|3[01])(?! ?\d)"), False),
    # 27 februari 2024, 1:a mars 2024, 5 feb. 2024, 3 apr, 2023 (as a web page's "Senast ändrad" prints it)
    (re.compile(rf"(?P<d>\d{{1,2}})(?::[ae])?\s+(?P<mn>{_MONTH})\.?,?\s+(?P<y>\d{{4}})(?!\d)", re.I), True),
    # 5/3 2024, 5/3/2024, 5/3-2024, 5.3.2024 (day first, as written in Sweden)
    # … but not a version number before an ISO date ("1.1 2021-11-23" in a change log)
    (re.compile(r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})(?:[/.\s-]\s*|\s+)(?P<y>\d{4})(?!\d|[-./]\d)"), False),
]
_MONTH_FORMS = [
    # december 2027, dec. 2027
    (re.compile(rf"(?<![\w.])(?P<mn>{_MONTH})\.?\s+(?P<y>\d{{4}})(?!\d)", re.I), True),
    # 2027-12 (not followed by a day)
    (re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})(?![\d/.]|-\d)"), False),
]


@dataclass(frozen=True)
class DateHit:
    """A date found in a text: where it stands, and the first and last day it covers."""

    start: int
    end: int
    first: date
    last: date

    @property
    def whole_day(self) -> bool:
        return self.first == self.last


def _make(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_of(m: re.Match, named: bool) -> int:
    return MONTHS[m.group("mn").lower()] if named else int(m.group("m"))


def find_dates(text: str, *, months: bool = True) -> list[DateHit]:
    """Every date in ``text`` in reading order; with ``months``, month-and-year spans too."""
    if not isinstance(text, str):
        return []
    candidates: list[DateHit] = []
    for pattern, named in _FULL_FORMS:
        for m in pattern.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isdigit():
                continue
            found = _make(int(m.group("y")), _month_of(m, named), int(m.group("d")))
            if found is None and not named and "/" in m.group(0) and int(m.group("m")) > 12:
                found = _make(int(m.group("y")), int(m.group("d")), int(m.group("m")))  # 03/29/2023: month first
            if found:
                candidates.append(DateHit(m.start(), m.end(), found, found))
    if months:
        for pattern, named in _MONTH_FORMS:
            for m in pattern.finditer(text):
                year, month = int(m.group("y")), _month_of(m, named)
                first = _make(year, month, 1)
                if first:
                    last = first.replace(day=calendar.monthrange(year, month)[1])
                    candidates.append(DateHit(m.start(), m.end(), first, last))
    hits: list[DateHit] = []
    # the earliest start wins an overlap; at one start a whole day beats a month, a longer match a shorter
    for hit in sorted(candidates, key=lambda h: (h.start, not h.whole_day, -(h.end - h.start))):
        if not any(hit.start < kept.end and kept.start < hit.end for kept in hits):
            hits.append(hit)
    return sorted(hits, key=lambda h: h.start)


def _match_full(text: str, *, anchored: bool) -> DateHit | None:
    hits = find_dates(text, months=False)
    if anchored:
        hits = [h for h in hits if h.start == 0]
    return hits[0] if hits else None


def parse_date(text: str) -> date | None:
    """A date written at the start of ``text`` (after spaces): ISO, "27 februari 2024", "2024-3-5", "5/3 2024"."""
    if not isinstance(text, str):
        return None
    found = _match_full(text.strip(), anchored=True)
    return found.first if found else None


def find_date(text: str) -> date | None:
    """The first whole date anywhere in ``text``."""
    found = _match_full(text, anchored=False) if isinstance(text, str) else None
    return found.first if found else None


def iso(value) -> str | None:
    """A date, datetime or date-like string as ``YYYY-MM-DD``; None when it is not a date."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        hit = _match_full(text, anchored=True)
        if hit and not text[hit.end:].strip():
            return hit.first.isoformat()
    return None
