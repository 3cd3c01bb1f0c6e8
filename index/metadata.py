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
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

from . import safe_yaml
from .dates import MONTHS, find_date, iso, parse_date
from .errors import ReadError
from .header import DATE_FIELDS, FIELDS, HEADER_LINES, closing_lines, empty, extract_header, header_lines
from .readers import read_bytes
from .types import ParsedDocument

__all__ = [
    "DATE_FIELDS", "EXPIRING_WITHIN_DAYS", "FIELDS", "HEADER_LINES", "MONTHS", "OVERRIDE_KEYS",
    "RoutineMetadata", "empty", "ends_at_review", "extract_header", "find_date", "header_lines", "iso", "normalise_overrides",
    "normalise_title", "parse_date", "read_metadata", "read_sidecar", "sidecar_for",
]

METADATA_VERSION = 21  # bump when extraction improves: stored contents are then re-read for metadata
# (5: header tables run together on one line, cells without colons, fill-in notes; 7: "Fastst.", "Denna rutin
# är fastställd av …", "För tillämpning fr.o.m.", "fr.o.m./t.o.m.", "Giltighetstid: 3 år", year ranges in cells;
# 9: "Socialnämnden 2021-01-26, § 9" on a line of its own; 10: an appendix to the minutes, a minutes extract,
# "Antagen i <nämnd> <date>", "Beslutad SN § 4/<date>", "Faställd", "Texten uppdaterad"; 11: a bare "Datum" no
# decision date in a letterhead that names no one who decided or owns the routine; 12: "Fastställd/upprättad";
# 13: a Word table's empty cells keep its columns in line, a row of column labels waits for the next row, "Antaget
# <date> Tills vidare, dock längst fyra år". The text a Word table gives is embedded again only when its file changes:
# the empty cells add only separators to it; 14: "Sociala nämnden beslutade den 22 januari 2014 …", "Beslutet ersätter …",
# "Detta reglemente är beslutat av …", a template's date left unfilled: "kommunfullmäktige den xx/xx 2015, xx",
# "Mandatperioden 2015-2018", "Vård- och omsorgsnämnden Antaget 2016-04-20"; 15: a template's fields set off by colons
# on one line with one date filled in, "Ansvarig ägare:", "Kommunstyrelsen 39/2019", a caption "Dokumentansvar och
# handläggning" and a placeholder "Befattning" no owner; a web page's "Senast ändrad: 3 apr, 2023" and its date of change
# on a line of its own after the text; 16: a header table's cells run together on one line without colons, each label
# beside its value, read also before its first dated field, its title in capitals after the last value no part of it;
# 17: two names under a row of labels; 18: each field's statement in the header's own words, quoted when a question
# asks for the routine's record, see record.py; 19: a field worked out from another takes its words only where it was;
# 20: a date's value ends at its full stop before a sentence of its own, "reviderad 2022-09-09. Följs upp årligen …";
# 21: a header's "Kontaktperson: …" is kept in its words, the one to ask where no owner is named)
EXPIRING_WITHIN_DAYS = 60  # a routine ending sooner than this is noted in replies and in the report
SIDECAR_SUFFIXES = (".yaml", ".yml")
SIDECAR_MAX_BYTES = 64_000

OVERRIDE_KEYS = ("title", *FIELDS)
_IGNORED_KEYS = {"collection"}  # accepted in sidecars, but the folder decides the collection


def _clean_text(value: str) -> str | None:
    value = " ".join(value.split()).strip(" .;,")
    return value[:160] or None


# -- overrides: front matter and sidecar ------------------------------------------------------------


def ends_at_review(valid_until: str | None, review_by: str | None) -> bool:
    """Whether a routine's end of validity is the date it is to be revised by ("Revideras senast", where the
    header states no other end): past it, the routine is overdue for review, which is what the reader is told,
    not that it "expired" on a date it never stated."""
    return bool(review_by) and valid_until == review_by


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
    closing = extract_header(closing_lines(parsed))  # what the top leaves unsaid, the end may state
    for f in FIELDS:
        if not found[f] and closing[f] and not (f == "valid_until" and found["valid_indefinitely"]):
            found[f] = closing[f]
            if f in closing["said"]:
                found["said"][f] = closing["said"][f]
    found["valid_indefinitely"] = found["valid_indefinitely"] and not found["valid_until"]
    overrides, problems = normalise_overrides(
        {k: v for k, v in parsed.front_matter.items() if str(k).strip().lower() in OVERRIDE_KEYS}
    ) if parsed.front_matter else ({}, [])
    overrides.pop("title", None)  # the Markdown reader already took the title from the front matter
    found["said"] = {f: words for f, words in found["said"].items() if f not in overrides}  # the header's, not theirs
    return {**found, **overrides, "version": METADATA_VERSION, **({"problems": problems} if problems else {})}


setattr(read_metadata, "version", METADATA_VERSION)  # noqa: B010 - the Indexer re-reads contents stored with another version


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
        data = safe_yaml.load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return {}, f"{name} är inte sparad som UTF-8 och används inte"
    except safe_yaml.YamlRefused as exc:
        return {}, f"{name} används inte: {exc.reason}; dokumentets eget huvud gäller"
    except safe_yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (rad {mark.line + 1})" if mark is not None else ""
        return {}, f"{name} är felaktig YAML{where} och används inte; dokumentets eget huvud gäller"
    except Exception as exc:  # noqa: BLE001 - whatever else a sidecar does, it is this file's problem alone
        return {}, f"{name} kunde inte läsas ({type(exc).__name__}) och används inte"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, f"{name} ska innehålla nycklar som decided: och valid_until: och används inte"
    overrides, problems = normalise_overrides(data)
    return overrides, (f"{name}: " + "; ".join(problems)) if problems else None


# -- using it -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoutineMetadata:
    """What is known about one routine file: its content's header (and front matter) with the path's
    sidecar overrides on top. Dates are ISO strings (``2024-03-12``) or None."""

    title: str | None = None  # only when a sidecar corrects it; else the document's own title is used
    decided: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    valid_indefinitely: bool = False
    revised: str | None = None
    created: str | None = None  # "Upprättad": when the document was drawn up
    owner: str | None = None
    decided_by: str | None = None
    replaces: str | None = None  # "Ersätter": the document this one replaces, as its header names it
    review_by: str | None = None  # "Revideras senast": the end of validity too, where the header states no other
    # each field's statement in the header's own words ("Fastställd av socialnämnden 2018-06-25"), for a field the
    # header stated and no sidecar corrected
    said: dict[str, str] = field(default_factory=dict)

    @classmethod
    def merged(cls, content: dict | None, overrides: dict | None = None) -> RoutineMetadata:
        """The stored header metadata of a content with a path's sidecar overrides on top (they win even
        with None: ``valid_until: tillsvidare`` clears a date the header states)."""
        values: dict = {k: v for k, v in (content or {}).items() if k in FIELDS}
        corrected = {k: v for k, v in (overrides or {}).items() if k in OVERRIDE_KEYS}
        values.update(corrected)
        values["said"] = {k: v for k, v in ((content or {}).get("said") or {}).items() if k not in corrected}
        values["valid_indefinitely"] = bool(values.get("valid_indefinitely"))
        known = {f.name for f in fields(cls)}  # a field the extraction learns is stored before it is shown
        return cls(**{k: v for k, v in values.items() if k in known})

    def days_left(self, today: date) -> int | None:
        """Days from ``today`` to the last day of validity (0 on that day); None when no end is stated."""
        if not self.valid_until or self.valid_indefinitely:
            return None
        try:
            return (date.fromisoformat(self.valid_until) - today).days
        except ValueError:
            return None

    def is_expiring(self, today: date, within: int = EXPIRING_WITHIN_DAYS) -> bool:
        """Still in force, but not for more than ``within`` days: worth a note, and a new version soon."""
        left = self.days_left(today)
        return left is not None and 0 <= left <= within

    def is_expired(self, today: date) -> bool:
        """Past its "Gäller till" date (valid through that day itself)."""
        until = self.valid_until
        return until is not None and not self.valid_indefinitely and until < today.isoformat()

    @property
    def version_date(self) -> str | None:
        """When this version of a routine was made: the latest of decided, revised, valid from and drawn up."""
        dates = [d for d in (self.decided, self.revised, self.valid_from, self.created) if d]
        return max(dates) if dates else None


_TITLE_PREFIX = re.compile(r"^(?:rutin(?:en)?|riktlinjer?)\b\s*(?::|(?:för|om|vid|kring)\b)?\s*", re.I)
_TITLE_YEAR = re.compile(r"[\s(,–-]*\(?\b(?:19|20)\d{2}\)?\s*$")


def normalise_title(title: str) -> str:
    """A key under which versions of one routine meet: case, punctuation, "Rutin för" and a year ignored."""
    text = " ".join((title or "").split()).casefold()
    text = _TITLE_PREFIX.sub("", text)
    text = _TITLE_YEAR.sub("", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
