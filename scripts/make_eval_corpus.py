"""Render the evaluation corpus "Exempelby kommun" from scripts/eval_kommun/sources/.

Why this script exists: the evaluation routines are kept as reviewable text, one file per
published document, while the measurement needs the files a municipality actually publishes
(Word, PDF, plain text, markdown), spread over unit folders that each become a collection.
The PDF and Word builders of make_sample_documents.py are reused, so both corpora carry the
same clutter (running header, "Sid n (N)" footer, hyphenation, Word styles) and the output
is byte-stable: running this twice shows no change in git.

Layout: ``sources/<unit>/<name>.<fmt>.md`` becomes ``documents/<unit>/<name>.<fmt>``, where
``<fmt>`` is md, txt, docx or pdf. md and txt sources are copied as they are (a txt source is
written as plain text already); docx and pdf sources use the small markdown subset described
in make_sample_documents.py. Rendered files whose source is gone are removed.

The running page header of a PDF/DOCX needs a date and a registration number: the first
ISO date in the header block (else in the text) and a "Dnr"/"Diarienummer" header line are
used when present, otherwise a stable number is derived from the file name.

Usage: .venv/bin/python scripts/make_eval_corpus.py
"""
from __future__ import annotations

import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_sample_documents as builders  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "scripts" / "eval_kommun"
SOURCES = CORPUS / "sources"
DOCUMENTS = CORPUS / "documents"

FORMATS = ("md", "txt", "docx", "pdf")
FALLBACK_DATE = "2024-01-01"

# Units run by the care administration; every other unit belongs to the social services.
CARE_UNITS = {
    "hemtjanst-norr",
    "hemtjanst-soder",
    "boendestod",
    "gruppbostad-linden",
    "daglig-verksamhet",
}
CARE = ("Exempelby kommun · Vård- och omsorgsförvaltningen", "VON")
SOCIAL = ("Exempelby kommun · Socialförvaltningen", "SN")

ISO_DATE = re.compile(r"\b(20\d\d-[01]\d-[0-3]\d)\b")
DNR_LINE = re.compile(r"^\|?\s*(?:Dnr|Diarienummer)\b[\s:|]*(.+?)\s*\|?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class EvalSample:
    """One rendered document; quacks like make_sample_documents.Sample for its builders."""

    source: str
    collection: str
    fmt: str
    date: str
    dnr: str

    @property
    def output(self) -> Path:
        return DOCUMENTS / self.collection / f"{self.source}.{self.fmt}"


def split_name(path: Path) -> tuple[str, str]:
    """``rutin.pdf.md`` -> (``rutin``, ``pdf``); exits with a clear message on a bad name."""
    stem = path.name[: -len(".md")]
    base, _, fmt = stem.rpartition(".")
    if not base or fmt not in FORMATS:
        sys.exit(f"error: {path.relative_to(ROOT)}: name must be <name>.<{'|'.join(FORMATS)}>.md")
    return base, fmt


def page_header_fields(text: str, unit: str, base: str) -> tuple[str, str]:
    """Date and Dnr for the running page header, read from the source where it has them."""
    lines = text.splitlines()
    title_at = next((i for i, line in enumerate(lines) if line.startswith("# ")), len(lines))
    header = "\n".join(lines[:title_at])
    found = ISO_DATE.search(header) or ISO_DATE.search(text)
    date = found.group(1) if found else FALLBACK_DATE
    prefix = CARE[1] if unit in CARE_UNITS else SOCIAL[1]
    dnr = next((m.group(1) for line in lines[:title_at] if (m := DNR_LINE.match(line.strip()))), None)
    if dnr is None:
        dnr = f"{prefix} {date[:4]}/{zlib.crc32(f'{unit}/{base}'.encode()) % 1000:04d}"
    return date, dnr


def render(path: Path) -> Path:
    unit = path.parent.name
    base, fmt = split_name(path)
    text = path.read_text(encoding="utf-8")
    date, dnr = page_header_fields(text, unit, base)
    sample = EvalSample(base, unit, fmt, date, dnr)
    sample.output.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("md", "txt"):
        sample.output.write_text(text, encoding="utf-8")
        return sample.output
    if not any(line.startswith("# ") for line in text.splitlines()):
        sys.exit(f"error: {path.relative_to(ROOT)}: a {fmt} source needs a '# Title' line")
    doc = builders.parse_source(path)
    builders.ORGANISATION = CARE[0] if unit in CARE_UNITS else SOCIAL[0]
    if fmt == "pdf":
        builders.build_pdf(doc, sample)
    else:
        builders.build_docx(doc, sample)
    return sample.output


def main() -> None:
    sources = sorted(SOURCES.glob("*/*.md"))
    if not sources:
        sys.exit(f"error: no sources under {SOURCES.relative_to(ROOT)}")
    original = builders.ORGANISATION
    try:
        written = {render(path) for path in sources}
    finally:
        builders.ORGANISATION = original
    for stale in sorted(p for p in DOCUMENTS.glob("*/*") if p.is_file() and p not in written):
        stale.unlink()
        print(f"removed {stale.relative_to(ROOT)}")
    for path in sorted(written):
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
