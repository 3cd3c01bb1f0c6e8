"""Speed: per-question latency against embedding alone, and index throughput against encoding alone.

    .venv/bin/python scripts/bench_speed.py [--questions 100]

1. Asks N questions the way `rutinbot ask -` does (one process, model loaded once, each question
   redacted, embedded, searched, answered and logged) and compares the median time per question with
   the median time to embed the question alone. Target: at most 1.5x.
2. Builds an index of a corpus (SweQUAD-MC contexts when ../shared has them, else the sample
   documents repeated) and compares passages per second with the model encoding the same passage
   texts alone. Target: at least 0.8x.
All figures from one run, as medians where repeated: the machine is noisy.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.service import Assistant  # noqa: E402
from index import Library, load_cases  # noqa: E402
from index.catalog import Catalog  # noqa: E402

SWEQUAD = ROOT.parent / "shared" / "datasets" / "swequad-mc" / "test.json"


def questions(n: int) -> list[str]:
    own = [c.question for c in load_cases(ROOT / "scripts" / "sample_questions.jsonl")]
    return (own * (n // len(own) + 1))[:n]


def corpus(folder: Path) -> str:
    if SWEQUAD.exists():
        data = json.loads(SWEQUAD.read_text(encoding="utf-8"))["data"]
        for i, context in enumerate(dict.fromkeys(row["context"] for row in data)):
            (folder / f"{i:04d}.txt").write_text(context, encoding="utf-8")
        return "SweQUAD-MC test contexts (Kalpakchi & Boye, CC BY 4.0)"
    for copy in range(4):
        for path in (ROOT / "documents").rglob("*"):
            if path.is_file():
                (folder / f"{copy}-{path.name}").write_bytes(path.read_bytes())
    return "the sample documents x4 (SweQUAD-MC not found)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        library = Library(tmp / "data")
        library.build([ROOT / "documents"])
        assistant = Assistant(library)
        embedder = library.embedder
        qs = questions(args.questions)
        for q in qs[:5]:  # warm-up: first calls pay for lazy initialisation
            assistant.ask(q, origin="cli")
            embedder.embed_queries([q])
        ask_times, embed_times = [], []
        for q in qs:
            start = time.perf_counter()
            embedder.embed_queries([q])
            embed_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            assistant.ask(q, origin="cli")
            ask_times.append(time.perf_counter() - start)
        ask_ms, embed_ms = statistics.median(ask_times) * 1000, statistics.median(embed_times) * 1000
        print(f"questions: {len(qs)}; median per question {ask_ms:.1f} ms; median embedding alone {embed_ms:.1f} ms; "
              f"ratio {ask_ms / embed_ms:.2f} (target <= 1.5)")

        docs = tmp / "corpus"
        docs.mkdir()
        name = corpus(docs)
        build_library = Library(tmp / "build", embedder=embedder)
        start = time.perf_counter()
        report = build_library.build([docs])
        build_seconds = time.perf_counter() - start
        # the passages as embedded, less the heading trail the indexer adds (not stored): a close match
        contexts = Catalog(build_library.db).passage_texts()
        start = time.perf_counter()
        # the model's own throughput: one encode call over every text, as sentence-transformers batches it
        embedder._encode([f"{title}\n{text}" for title, text in contexts], embedder._model.encode_document)
        encode_seconds = time.perf_counter() - start
        build_rate, encode_rate = report.passages / build_seconds, len(contexts) / encode_seconds
        print(f"index build of {name}: {report.documents} files, {report.passages} passages in {build_seconds:.1f} s "
              f"= {build_rate:.1f} passages/s; encoding alone {encode_rate:.1f} passages/s; "
              f"ratio {build_rate / encode_rate:.2f} (target >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
