"""The vocabulary oracle (issue 8, item 4): can a person tell, from the answers they get, whether a word
stands in a routine they may not read?

    .venv/bin/python scripts/bench_oracle.py [--visible gemensamt] [--words 40] [--fake]

Two indexes of the bundled documents (documents/): one of every collection, and one of the visible
collection alone. Probe words are words of the other collections that the visible collection does not
use (not as a word, inside a compound, or misspelt). Each probe question holds one probe word and is
asked, by a person who may read only the visible collection, of both indexes: a probe pair. A pair
"flips" when one is answered and the other not; it "differs" when anything shown differs (grade, quote,
sources, scores). Both must be 0: what a person is answered may depend only on what they may read.
"""
from __future__ import annotations

import argparse
import math
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import Library, ReadError, analysis  # noqa: E402
from index.hashing import HashingEmbedder  # noqa: E402
from index.readers import read_document  # noqa: E402

DOCUMENTS = ROOT / "documents"
TEMPLATES = ["{w}", "Vad gäller för {w}?", "Hur fungerar larmet vid hembesök och {w}?",
             "Vem ansvarar för {w} och hur ofta ska det följas upp?"]


def texts(folders: list[Path]) -> str:
    out: list[str] = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                try:
                    out.extend(block.text for block in read_document(path).blocks)
                except ReadError:
                    pass
    return "\n".join(out)


def probe_words(visible: str, hidden: str, count: int) -> list[str]:
    """Words of the hidden collections that the visible one does not use, evenly spread over the alphabet."""
    stems = set(analysis.content_terms(visible))
    folded = analysis.fold(visible)
    words = sorted({w for w in analysis.words(hidden) if len(w) >= 7 and w not in analysis.STOPWORDS})
    unknown = [w for w in words if analysis.stem(w) not in stems and analysis.fold(w)[:6] not in folded
               and not any(analysis.similar(analysis.stem(w), s) for s in stems)]
    step = max(len(unknown) // count, 1)
    return unknown[::step][:count]


def shown(answer) -> tuple:
    """What a person reads, and the scores."""
    return (answer.answered, answer.grade, answer.sentences, answer.confidence,
            [(s.document, s.score, s.highlight) for s in answer.sources])


def same(a: tuple, b: tuple) -> bool:
    """Equal, scores to four digits (what ``ask --json`` shows): one passage embedded in other batches (here:
    in two indexes) differs in the last bits of float32, which standardising the scores can magnify to the
    sixth digit; that is no word statistic."""
    return a[:3] == b[:3] and math.isclose(a[3], b[3], rel_tol=1e-4) and len(a[4]) == len(b[4]) and all(
        (x[0], x[2]) == (y[0], y[2]) and math.isclose(x[1], y[1], rel_tol=1e-4) for x, y in zip(a[4], b[4]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visible", default="gemensamt", help="the collection the asking person may read")
    parser.add_argument("--words", type=int, default=40, help="probe words (each in every question template)")
    parser.add_argument("--fake", action="store_true", help="the model-free hashing embedder (plumbing only)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show how each changed pair differs")
    args = parser.parse_args()
    collections = sorted(p.name for p in DOCUMENTS.iterdir() if p.is_dir())
    if args.visible not in collections:
        parser.error(f"--visible: one of {', '.join(collections)}")
    hidden = [DOCUMENTS / c for c in collections if c != args.visible]
    words = probe_words(texts([DOCUMENTS / args.visible]), texts(hidden), args.words)
    embedder = HashingEmbedder() if args.fake else None
    with tempfile.TemporaryDirectory() as tmp:
        alone = Path(tmp) / "alone"
        shutil.copytree(DOCUMENTS / args.visible, alone / args.visible)
        everything = Library(Path(tmp) / "all", embedder=embedder)
        visible_only = Library(Path(tmp) / "one", embedder=embedder or everything.embedder)  # one model loaded
        everything.build([DOCUMENTS])
        visible_only.build([alone])
        pairs = flipped = graded = differs = 0
        examples: list[str] = []
        for word in words:
            for template in TEMPLATES:
                question = template.format(w=word)
                a = everything.ask(question, collections=[args.visible])
                b = visible_only.ask(question, collections=[args.visible])
                pairs += 1
                flipped += a.answered != b.answered
                graded += a.grade != b.grade
                differs += not same(shown(a), shown(b))
                if a.answered != b.answered and len(examples) < 5:
                    examples.append(f"  {question!r}: {a.grade} with the hidden collections, {b.grade} without")
                if args.verbose and not same(shown(a), shown(b)):
                    examples.append(f"  {question!r}:\n    with    {shown(a)}\n    without {shown(b)}")
        everything.close()
        visible_only.close()
    print(f"visible collection: {args.visible}; hidden: {', '.join(p.name for p in hidden)}; "
          f"{len(words)} probe words x {len(TEMPLATES)} questions; embedder: {'fake' if args.fake else 'model'}")
    print(f"probe pairs {pairs}  flipped (answered vs abstained) {flipped}  grade changed {graded}  "
          f"anything shown changed {differs}")
    print("\n".join(examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
