"""Render the municipality corpus as a real library keeps it: the care units' routines kept again by more units.

Why: a real municipality's library holds the routines every unit keeps (keys, hygiene, lex Sarah, threats)
in ten or fifteen near-identical copies, the unit's name apart; scripts/eval_kommun keeps two or three.
Rendered with more copies, the same questions show whether the answers depend on how many units happen to
keep the routine that holds them (they should not). Nothing is committed: the copies are rendered into a
folder of the caller's (scripts/bench_own.py --corpus kommun-copies uses a temporary one).

Each copy is its unit's sources with the unit's name replaced (hemtjänst söder -> hemtjänst väster), so the
expected answer phrases of the questions still hold, and a question naming "söder" still names one unit.

With --every-unit, every unit's routines are kept by 11 more units (684 documents): a library where each
routine is a dozen near-copies, as the routines every unit keeps are in a large municipality.

Usage: .venv/bin/python scripts/make_copies_corpus.py [--every-unit] TARGET
       (writes TARGET/sources and TARGET/documents)
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_eval_corpus as corpus  # noqa: E402

# unit folder -> (its name in the text, {folder of a unit keeping a copy too: that unit's name})
COPIES = {
    "hemtjanst-soder": ("söder", {"hemtjanst-vaster": "väster", "hemtjanst-oster": "öster",
                                  "hemtjanst-centrum": "centrum", "hemtjanst-bruket": "bruket"}),
    "hemtjanst-norr": ("norr", {"hemtjanst-sjostaden": "sjöstaden", "hemtjanst-kyrkbyn": "kyrkbyn",
                                "hemtjanst-asen": "åsen"}),
    "gruppbostad-linden": ("linden", {"gruppbostad-eken": "eken", "gruppbostad-bjorken": "björken",
                                      "gruppbostad-granen": "granen"}),
    "daglig-verksamhet": ("daglig verksamhet", {"daglig-verksamhet-ateljen": "daglig verksamhet ateljén",
                                                "daglig-verksamhet-garden": "daglig verksamhet gården"}),
}


def renamed(text: str, old: str, new: str) -> str:
    for a, b in dict.fromkeys([(old, new), (old.capitalize(), new.capitalize()), (old.upper(), new.upper())]):
        text = text.replace(a, b)
    return text


# --every-unit: the units keeping a copy of each unit's routines, by a suffix to its folder and name
EVERY_UNIT = ["alfa", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda"]


def render(target: Path, every_unit: bool = False) -> Path:
    """Write the sources (the originals and their copies) under target/sources, render them into
    target/documents, and return that folder."""
    sources = target / "sources"
    shutil.rmtree(target, ignore_errors=True)
    for unit in sorted(p for p in (corpus.CORPUS / "sources").iterdir() if p.is_dir()):
        shutil.copytree(unit, sources / unit.name)
        name, others = COPIES.get(unit.name, ("", {}))
        if every_unit:  # a unit whose name the text does not use has its municipality's renamed instead
            name = name or "Exempelby"
            others = {f"{unit.name}-{suffix}": f"{name} {suffix}" for suffix in EVERY_UNIT}
        for folder, other in others.items():
            copy = sources / folder
            copy.mkdir(parents=True)
            for source in sorted(unit.glob("*.md")):
                (copy / source.name).write_text(renamed(source.read_text(encoding="utf-8"), name, other),
                                                encoding="utf-8")
    original = corpus.builders.ORGANISATION, corpus.builders.DOCUMENT_TYPE
    try:
        for path in sorted(sources.glob("*/*.md")):
            corpus.render(path, target / "documents")
    finally:
        corpus.builders.ORGANISATION, corpus.builders.DOCUMENT_TYPE = original
    return target / "documents"


def main() -> int:
    args = sys.argv[1:]
    every_unit = "--every-unit" in args
    args = [a for a in args if a != "--every-unit"]
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: make_copies_corpus.py [--every-unit] TARGET", file=sys.stderr)
        return 2
    documents = render(Path(args[0]).resolve(), every_unit)
    print(f"{sum(1 for p in documents.glob('*/*') if p.is_file())} documents in {documents}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
