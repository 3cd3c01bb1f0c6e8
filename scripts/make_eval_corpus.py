"""Render an evaluation corpus (by default "Exempelby kommun", scripts/eval_kommun/) from its sources/.

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
used when present, otherwise a stable number is derived from the file name. A source whose
header block has a "Utgivare: <publisher>" line is a published report (scripts/eval_reports/):
its running header names that publisher and says RAPPORT instead of RUTIN.

Usage: .venv/bin/python scripts/make_eval_corpus.py [--corpus DIR]
       (DIR holds sources/ and receives documents/; default scripts/eval_kommun)
"""
from __future__ import annotations

import argparse
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_sample_documents as builders  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "scripts" / "eval_kommun"

FORMATS = ("md", "txt", "docx", "pdf")
FALLBACK_DATE = "2024-01-01"

# Units run by the care administration (by the start of their folder's name: "hemtjanst-norr"); every
# other unit belongs to the social services.
CARE_UNITS = ("hemtjanst", "boendestod", "gruppbostad", "daglig-verksamhet")
CARE = ("Exempelby kommun · Vård- och omsorgsförvaltningen", "VON")
SOCIAL = ("Exempelby kommun · Socialförvaltningen", "SN")

def is_care(unit: str) -> bool:
    return unit.startswith(CARE_UNITS)


ISO_DATE = re.compile(r"\b(20\d\d-[01]\d-[0-3]\d)\b")
DNR_LINE = re.compile(r"^\|?\s*(?:Dnr|Diarienummer)\b[\s:|]*(.+?)\s*\|?\s*$", re.IGNORECASE)
PUBLISHER_LINE = re.compile(r"^Utgivare:\s*(.+?)\s*$")


@dataclass(frozen=True)
class EvalSample:
    """One rendered document; quacks like make_sample_documents.Sample for its builders."""

    source: str
    collection: str
    fmt: str
    date: str
    dnr: str
    documents: Path

    @property
    def output(self) -> Path:
        return self.documents / self.collection / f"{self.source}.{self.fmt}"


def shown(path: Path) -> Path:
    """A path as printed: relative to the repository when it lies inside it."""
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def split_name(path: Path) -> tuple[str, str]:
    """``rutin.pdf.md`` -> (``rutin``, ``pdf``); exits with a clear message on a bad name."""
    stem = path.name[: -len(".md")]
    base, _, fmt = stem.rpartition(".")
    if not base or fmt not in FORMATS:
        sys.exit(f"error: {shown(path)}: name must be <name>.<{'|'.join(FORMATS)}>.md")
    return base, fmt


def page_header_fields(text: str, unit: str, base: str) -> tuple[str, str]:
    """Date and Dnr for the running page header, read from the source where it has them."""
    lines = text.splitlines()
    title_at = next((i for i, line in enumerate(lines) if line.startswith("# ")), len(lines))
    header = "\n".join(lines[:title_at])
    found = ISO_DATE.search(header) or ISO_DATE.search(text)
    date = found.group(1) if found else FALLBACK_DATE
    prefix = CARE[1] if is_care(unit) else SOCIAL[1]
    dnr = next((m.group(1) for line in lines[:title_at] if (m := DNR_LINE.match(line.strip()))), None)
    if dnr is None:
        dnr = f"{prefix} {date[:4]}/{zlib.crc32(f'{unit}/{base}'.encode()) % 1000:04d}"
    return date, dnr


def publisher(text: str) -> str | None:
    """The "Utgivare:" line of the header block: set on reports, absent on routines."""
    for line in text.splitlines():
        if line.startswith("# "):
            return None
        if found := PUBLISHER_LINE.match(line.strip()):
            return found.group(1)
    return None


def render(path: Path, documents: Path) -> Path:
    unit = path.parent.name
    base, fmt = split_name(path)
    text = path.read_text(encoding="utf-8")
    date, dnr = page_header_fields(text, unit, base)
    sample = EvalSample(base, unit, fmt, date, dnr, documents)
    sample.output.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("md", "txt"):
        sample.output.write_text(text, encoding="utf-8")
        return sample.output
    if not any(line.startswith("# ") for line in text.splitlines()):
        sys.exit(f"error: {shown(path)}: a {fmt} source needs a '# Title' line")
    doc = builders.parse_source(path)
    report_by = publisher(text)
    builders.ORGANISATION = report_by or (CARE[0] if is_care(unit) else SOCIAL[0])
    builders.DOCUMENT_TYPE = "RAPPORT" if report_by else "RUTIN"
    if fmt == "pdf":
        builders.build_pdf(doc, sample)
    else:
        builders.build_docx(doc, sample)
    return sample.output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="folder holding sources/<unit>/<name>.<fmt>.md; documents/ is written beside it")
    corpus = parser.parse_args().corpus.resolve()
    sources_dir, documents = corpus / "sources", corpus / "documents"
    sources = sorted(sources_dir.glob("*/*.md"))
    if not sources:
        sys.exit(f"error: no sources under {sources_dir}")
    original = builders.ORGANISATION, builders.DOCUMENT_TYPE
    try:
        written = {render(path, documents) for path in sources}
    finally:
        builders.ORGANISATION, builders.DOCUMENT_TYPE = original
    for stale in sorted(p for p in documents.glob("*/*") if p.is_file() and p not in written):
        stale.unlink()
        print(f"removed {shown(stale)}")
    for path in sorted(written):
        print(shown(path))


if __name__ == "__main__":
    main()
