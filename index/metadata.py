"""Who decided a routine, when, and until when it holds: read from its header, front matter or a sidecar.

Routine documents open with a header block in many shapes ("Beslutsdatum: 2024-03-12", "Dokumentet
beslutades den 27 februari 2024", "Gäller t.o.m. 2027-09-30", "Gäller tillsvidare" …). What is found
there belongs to the file's content and is stored with it. An administrator can correct it without
touching the document: Markdown front matter, or a YAML file beside the document (``rutin.pdf.yaml``),
with the keys of ``OVERRIDE_KEYS``. The sidecar belongs to the path, not the content, and wins over both.

Dates are kept as ISO strings (``2024-03-12``) so they survive JSON and compare as text.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import yaml

from .errors import ReadError
from .readers import read_bytes
from .types import ParsedDocument

METADATA_VERSION = 1  # bump when extraction improves: stored contents are then re-read for metadata
HEADER_LINES = 25
SIDECAR_SUFFIXES = (".yaml", ".yml")
SIDECAR_MAX_BYTES = 64_000

FIELDS = ("decided", "valid_from", "valid_until", "valid_indefinitely", "revised", "owner", "decided_by")
DATE_FIELDS = ("decided", "valid_from", "valid_until", "revised")
OVERRIDE_KEYS = ("title", *FIELDS)
_IGNORED_KEYS = {"collection"}  # accepted in sidecars, but the folder decides the collection

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "febr": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sept": 9,
    "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_FORMS = [
    # 2024-03-05, 2024-3-5, 2024.03.05, 2024/03/05
    (re.compile(r"(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"), None),
    # 20240305
    (re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?!\d)"), None),
    # 27 februari 2024, 1:a mars 2024, 5 feb. 2024
    (re.compile(rf"(?P<d>\d{{1,2}})(?::[ae])?\s+(?P<mn>{_MONTH})\.?\s+(?P<y>\d{{4}})(?!\d)", re.I), "name"),
    # 5/3 2024, 5/3/2024, 5/3-2024, 5.3.2024 (day first, as written in Sweden)
    (re.compile(r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})(?:[/.\s-]\s*|\s+)(?P<y>\d{4})(?!\d)"), None),
]

_SP = r"[ \t]*"
_DATE_LABELS = {
    "decided": r"beslutsdatum|beslutsdag|datum\s+för\s+beslut|beslutad|beslutat|beslutades|fastställd|fastställt"
               r"|fastställdes|antagen|antaget|antogs|datum",
    "valid_from": r"gäller\s+från\s+och\s+med|gäller\s+fr\.?\s?o\.?\s?m\.?|gäller\s+från"
                  r"|giltig\s+från\s+och\s+med|giltig\s+fr\.?\s?o\.?\s?m\.?|giltig\s+från|ikraftträdande|i\s+kraft\s+från|träder\s+i\s+kraft",
    "valid_until": r"gäller\s+till\s+och\s+med|gäller\s+t\.?\s?o\.?\s?m\.?|gäller\s+till|giltig\s+till\s+och\s+med"
                   r"|giltig\s+t\.?\s?o\.?\s?m\.?|giltig\s+till|giltighetstid|giltigt\s+till|upphör\s+att\s+gälla",
    "revised": r"senast\s+reviderad|reviderad|reviderat|reviderades|revisionsdatum|uppdaterad|senast\s+ändrad",
}
_LABELLED_DATE = {
    field: re.compile(rf"^(?:{labels}){_SP}(?:den{_SP})?[:\-–]?{_SP}(?:den\s+)?(?P<value>.+)$", re.I)
    for field, labels in _DATE_LABELS.items()
}
_PROSE_DECIDED = re.compile(
    r"^(?:dokumentet|rutinen|riktlinjen)\s+(?:beslutades|fastställdes|antogs)\s+(?:den\s+)?(?P<value>.+)$", re.I
)
_INDEFINITE = re.compile(
    r"^(?:gäller|giltig|giltighetstid)\s*(?:till\s*(?:och\s+med)?|t\.?\s?o\.?\s?m\.?)?\s*[:\-–]?\s*"
    r"tills?\s*vidare\b", re.I
)
_DECIDED_BY = re.compile(
    r"^(?:beslutad|beslutat|fastställd|fastställt|antagen|antaget)\s+av\s*[:\-–]?\s*(?P<value>.+)$", re.I
)
_OWNER = re.compile(
    r"^(?:dokumentansvarig|dokumentägare|ansvarig|ägare|processägare)(?:\s+för\s+(?:rutinen|dokumentet))?"
    r"\s*:\s*(?P<value>.+)$", re.I
)
_BY = re.compile(r"^\s*(?:av\s+)(?P<value>.+)$", re.I)
_MAX_LINE = 200  # longer lines are body text, not a header field


# -- dates ----------------------------------------------------------------------------------------


def _make(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _match_date(text: str, *, anchored: bool) -> tuple[date, int] | None:
    """The earliest date in ``text`` (only at its start when anchored) and where it ends."""
    best: tuple[int, date, int] | None = None
    for pattern, kind in _DATE_FORMS:
        m = pattern.match(text) if anchored else pattern.search(text)
        if not m:
            continue
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        month = MONTHS[m.group("mn").lower()] if kind == "name" else int(m.group("m"))
        found = _make(int(m.group("y")), month, int(m.group("d")))
        if found and (best is None or m.start() < best[0]):
            best = (m.start(), found, m.end())
    return (best[1], best[2]) if best else None


def parse_date(text: str) -> date | None:
    """A date written at the start of ``text`` (after spaces): ISO, "27 februari 2024", "2024-3-5", "5/3 2024"."""
    if not isinstance(text, str):
        return None
    found = _match_date(text.strip(), anchored=True)
    return found[0] if found else None


def find_date(text: str) -> date | None:
    """The first date anywhere in ``text``."""
    found = _match_date(text, anchored=False) if isinstance(text, str) else None
    return found[0] if found else None


def iso(value) -> str | None:
    """A date, datetime or date-like string as ``YYYY-MM-DD``; None when it is not a date."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        hit = _match_date(text, anchored=True)
        if hit and not text[hit[1]:].strip():
            return hit[0].isoformat()
    return None


# -- the header -----------------------------------------------------------------------------------


def header_lines(parsed: ParsedDocument, limit: int = HEADER_LINES) -> list[str]:
    """The document's first lines (at most ``limit``, on its first page): where routines state their metadata."""
    lines: list[str] = []
    first_page = next((b.page for b in parsed.blocks if b.page is not None), None)
    for block in parsed.blocks:
        if block.page is not None and first_page is not None and block.page != first_page:
            break
        for line in block.text.split("\n"):
            line = " ".join(line.split()).strip("*_ ")
            if line:
                lines.append(line)
            if len(lines) >= limit:
                return lines
    return lines


def _clean_text(value: str) -> str | None:
    value = " ".join(value.split()).strip(" .;,")
    return value[:160] or None


def empty() -> dict:
    return {"decided": None, "valid_from": None, "valid_until": None, "valid_indefinitely": False,
            "revised": None, "owner": None, "decided_by": None}


def extract_header(lines: list[str]) -> dict:
    """Metadata stated in header lines; the first statement of each field wins. Never raises."""
    found = empty()
    for line in lines:
        if len(line) > _MAX_LINE:
            continue
        if _INDEFINITE.match(line):
            found["valid_indefinitely"] = True
            continue
        m = _DECIDED_BY.match(line)
        if m:
            found["decided_by"] = found["decided_by"] or _clean_text(m.group("value"))
            continue
        m = _PROSE_DECIDED.match(line)
        if m:
            hit = _match_date(m.group("value"), anchored=True)
            if hit:
                found["decided"] = found["decided"] or hit[0].isoformat()
                by = _BY.match(m.group("value")[hit[1]:])
                if by:
                    found["decided_by"] = found["decided_by"] or _clean_text(by.group("value"))
            continue
        m = _OWNER.match(line)
        if m:
            found["owner"] = found["owner"] or _clean_text(m.group("value"))
            continue
        for field, pattern in _LABELLED_DATE.items():
            m = pattern.match(line)
            if m:
                value = parse_date(m.group("value"))
                if value and not found[field]:
                    found[field] = value.isoformat()
                    break
    if found["valid_until"]:
        found["valid_indefinitely"] = False
    return found


# -- overrides: front matter and sidecar ------------------------------------------------------------


def normalise_overrides(data: dict) -> tuple[dict, list[str]]:
    """The recognised keys of a front matter or sidecar mapping, cleaned, and a Swedish note per problem.

    ``valid_until: tillsvidare`` (or null) states that the routine holds indefinitely. Unknown keys and
    values that are not dates where dates belong are reported and left out.
    """
    out: dict = {}
    problems: list[str] = []
    for raw_key, value in data.items():
        key = str(raw_key).strip().lower()
        if key in _IGNORED_KEYS:
            continue
        if key not in OVERRIDE_KEYS:
            problems.append(f"okänd nyckel {raw_key!r}")
            continue
        if key == "valid_until" and (value is None or (isinstance(value, str) and re.fullmatch(
                r"\s*tills?\s*vidare\s*", value, re.I))):
            out.update(valid_until=None, valid_indefinitely=True)
        elif key in DATE_FIELDS:
            if value is None:
                out[key] = None
            elif (parsed := iso(value)) is not None:
                out[key] = parsed
                if key == "valid_until":
                    out["valid_indefinitely"] = False
            else:
                problems.append(f"{key}: {str(value)[:40]!r} är inget datum (skriv t.ex. 2025-12-31)")
        elif key == "valid_indefinitely":
            if isinstance(value, bool):
                out[key] = value
                if value:
                    out["valid_until"] = None
            else:
                problems.append(f"{key}: ska vara true eller false")
        else:  # text fields
            if value is None:
                out[key] = None
            elif isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
                out[key] = _clean_text(str(value))
            else:
                problems.append(f"{key}: ska vara en text")
    return out, problems


def read_metadata(parsed: ParsedDocument, path: Path | None = None) -> dict:
    """What a document's content says about itself: its header, corrected by its front matter.

    The Indexer's ``metadata_reader``: the result is stored with the content (by hash), so it must not
    depend on the path; sidecars are read per path by ``read_sidecar``.
    """
    found = extract_header(header_lines(parsed))
    overrides, problems = normalise_overrides(
        {k: v for k, v in parsed.front_matter.items() if str(k).strip().lower() in OVERRIDE_KEYS}
    ) if parsed.front_matter else ({}, [])
    overrides.pop("title", None)  # the Markdown reader already took the title from the front matter
    return {**found, **overrides, "version": METADATA_VERSION, **({"problems": problems} if problems else {})}


read_metadata.version = METADATA_VERSION  # the Indexer re-reads contents stored with another version


def sidecar_for(document: Path) -> Path | None:
    """``rutin.pdf.yaml`` (or ``.yml``) beside ``rutin.pdf``, when there is one."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = document.with_name(document.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(document: Path, root: Path | None = None) -> tuple[dict, str | None]:
    """The overrides in the document's sidecar, and a Swedish reason when (part of) it could not be used.

    A sidecar that cannot be read at all is ignored as a whole: the document keeps its own header.
    With ``root``, a sidecar that is (or is swapped for) a link out of the documents folder is refused.
    """
    sidecar = sidecar_for(Path(document))
    if sidecar is None:
        return {}, None
    name = sidecar.name
    try:
        raw = read_bytes(sidecar, SIDECAR_MAX_BYTES, root)
    except ReadError as exc:
        if "större än" in exc.reason:
            return {}, f"{name} är för stor för att vara en metadatafil och används inte"
        return {}, f"{name} kunde inte läsas ({exc.reason}) och används inte"
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return {}, f"{name} är inte sparad som UTF-8 och används inte"
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (rad {mark.line + 1})" if mark is not None else ""
        return {}, f"{name} är felaktig YAML{where} och används inte; dokumentets eget huvud gäller"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, f"{name} ska innehålla nycklar som decided: och valid_until: och används inte"
    overrides, problems = normalise_overrides(data)
    return overrides, (f"{name}: " + "; ".join(problems)) if problems else None


# -- using it -------------------------------------------------------------------------------------


def merged(content: dict | None, overrides: dict | None) -> dict:
    """Header (and front matter) metadata with a path's sidecar overrides on top."""
    out = empty()
    out.update({k: v for k, v in (content or {}).items() if k in FIELDS})
    out.update({k: v for k, v in (overrides or {}).items() if k in OVERRIDE_KEYS})
    return out


def is_expired(metadata: dict, today: date) -> bool:
    until = metadata.get("valid_until")
    return bool(until) and not metadata.get("valid_indefinitely") and until < today.isoformat()


def version_date(metadata: dict) -> str | None:
    """When this version of a routine was made: the latest of decided, revised and valid from."""
    dates = [metadata.get(k) for k in ("decided", "revised", "valid_from") if metadata.get(k)]
    return max(dates) if dates else None


_TITLE_PREFIX = re.compile(r"^(?:rutin(?:en)?|riktlinjer?)\b\s*(?::|(?:för|om|vid|kring)\b)?\s*", re.I)
_TITLE_YEAR = re.compile(r"[\s(,–-]*\(?\b(?:19|20)\d{2}\)?\s*$")


def normalise_title(title: str) -> str:
    """A key under which versions of one routine meet: case, punctuation, "Rutin för" and a year ignored."""
    text = " ".join((title or "").split()).casefold()
    text = _TITLE_PREFIX.sub("", text)
    text = _TITLE_YEAR.sub("", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
