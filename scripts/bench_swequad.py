"""Passage retrieval on SweQUAD-MC (Kalpakchi, CC BY 4.0): hit@1, hit@5 and MRR for the hybrid and its parts.

Data: ../shared/datasets/swequad-mc (not shipped with rutinbot; the script says so and exits when it is
absent). SweQUAD-MC: "BERT-based distractor generation for Swedish reading comprehension questions
using a small-scale dataset", Dmytro Kalpakchi and Johan Boye, 2021; licensed CC BY 4.0.

The corpus is every distinct context of all three splits (training, dev, test: 543 contexts), each
written as a text file and indexed through the normal pipeline (reader, chunker, embedder, store); the
questions are the test split's. A retrieved passage counts when its text occurs in the question's own
context, since the data repeats text across contexts. Beside hit@k it scores what a reader sees: quote
accuracy (answered, and the quoted sentences hold the question's correct answer, a span of its context)
and confident-wrong answers (shown as the answer, and the quote does not hold it), and *answer@1*: the first
passage holds the correct answer, though it may come from another context (the data repeats its pages' text, so a
reader is often answered by another page's copy: test answer@1 0.873 against hit@1 0.784 in session 35).
Near-identical passages of several contexts are shown as one source that names the others ("finns också i: …"); a
second line counts a source as a hit where it names the question's own context so. That is not the measure the
targets are set in, which counts only the sources' own text.
SweQUAD-MC's texts are public authorities' information pages: prose, like the public reports rutinbot is also
pointed at.
`--corpus split` indexes only the question split's own contexts (a much easier task, kept for comparison
with older figures).

    .venv/bin/python scripts/bench_swequad.py [--split test] [--corpus all|split] [--data DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import ChunkSettings, FusionWeights, Library  # noqa: E402
from index.embedder import DEFAULT_RUNTIME, RUNTIMES  # noqa: E402

DATASET = ROOT.parent / "shared" / "datasets" / "swequad-mc"


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


SPLITS = ("training", "dev", "test")


def load(split: str, corpus: str = "all") -> tuple[list[str], list[tuple[str, int, list[str]]]]:
    """The contexts to index and the split's questions, each with the index of its own context and its
    correct answer (a span of that context)."""
    contexts: dict[str, int] = {}
    questions = []
    for name in (SPLITS if corpus == "all" else (split,)):
        for row in json.loads((DATASET / f"{name}.json").read_text(encoding="utf-8"))["data"]:
            cid = contexts.setdefault(row["context"], len(contexts))
            if name == split:
                answers = [c["text"] for c in row["choices"] if c["type"] == "Correct answer"]
                questions.append((row["question"], cid, answers))
    return list(contexts), questions


def _first(hits: list[bool]) -> int | None:
    """The rank of the first source that counts, from 1; None when none does."""
    return next((rank for rank, hit in enumerate(hits, start=1) if hit), None)


def evaluate(library: Library, contexts: list[str], questions, k: int = 5) -> dict:
    normed = [_norm(c) for c in contexts]
    ranks, named, times, held, grades, answering = [], [], [], [], [], []
    for question, cid, answers in questions:
        start = time.perf_counter()
        answer = library.ask(question, k=k)
        times.append(time.perf_counter() - start)
        quote = _norm(" ".join(answer.sentences))
        held.append(bool(quote) and any(_norm(a) in quote for a in answers))
        grades.append(answer.grade)
        answering.append(bool(answer.sources) and any(_norm(a) in _norm(answer.sources[0].text) for a in answers))
        own = f"{cid:04d}.txt"
        holds_own = [source.document == own or _norm(source.text) in normed[cid] for source in answer.sources]
        ranks.append(_first(holds_own))
        # … or names the question's own context among its near-copies ("finns också i: …")
        named.append(_first([holds or own in source.also_in or own in source.also_at
                             for holds, source in zip(holds_own, answer.sources)]))
    n = len(ranks)
    return {
        "hit@1": sum(1 for r in ranks if r == 1) / n,
        "hit@3": sum(1 for r in ranks if r and r <= 3) / n,
        "hit@5": sum(1 for r in ranks if r and r <= 5) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
        # not the measure: a source counts too where it names the question's own context as its copy
        "hit@1 named": sum(1 for r in named if r == 1) / n,
        "hit@5 named": sum(1 for r in named if r and r <= 5) / n,
        "answer@1": sum(answering) / n,  # the first passage holds the correct answer, whichever context it is from
        # what a reader sees: the quoted sentences hold the correct answer; shown as the answer, and they do not
        "quote": sum(1 for h, g in zip(held, grades) if h and g != "none") / n,
        "confident_wrong": sum(1 for h, g in zip(held, grades) if not h and g == "confident") / n,
        "confident": sum(1 for g in grades if g == "confident") / n,
        "median_ms": statistics.median(times) * 1000,
    }


VARIANTS = {
    "hybrid (default)": None,
    "dense only": FusionWeights(dense=1.0, stemmed=0.0, trigram=0.0),
    "stemmed BM25 only": FusionWeights(dense=0.0, stemmed=1.0, trigram=0.0),
    "trigram only": FusionWeights(dense=0.0, stemmed=0.0, trigram=1.0),
    "dense + stemmed": "no-trigram",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=list(SPLITS), help="whose questions are asked")
    parser.add_argument("--corpus", default="all", choices=["all", "split"],
                        help="index every distinct context of all splits (default) or only the split's own")
    parser.add_argument("--data", type=Path, help="reuse this data directory (default: a temporary one)")
    parser.add_argument("--only-default", action="store_true", help="skip the single-signal variants")
    parser.add_argument("--passage-words", type=int, metavar="N",
                        help="passages of about N words instead of the default chunking (120 words is about "
                             "the 800-character windows the peer figures in the issue were measured with)")
    parser.add_argument("--runtime", default=DEFAULT_RUNTIME, choices=list(RUNTIMES),
                        help="model runtime to index and ask with (int8 against float: its quality gate)")
    args = parser.parse_args()
    if not DATASET.exists():
        print(f"SweQUAD-MC not found at {DATASET}; this benchmark needs ../shared/datasets/swequad-mc. Skipping.")
        return 0
    contexts, questions = load(args.split, args.corpus)
    print(f"SweQUAD-MC {args.split} questions: {len(questions)} over {len(contexts)} contexts ({args.corpus}) "
          "(data: Kalpakchi & Boye, CC BY 4.0)")
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for cid, context in enumerate(contexts):
            (docs / f"{cid:04d}.txt").write_text(context, encoding="utf-8")
        data = args.data or Path(tmp) / "data"
        chunking = ChunkSettings(min_words=args.passage_words // 2, target_words=args.passage_words,
                                 max_words=args.passage_words, overlap_words=args.passage_words // 6) \
            if args.passage_words else ChunkSettings()
        print(f"chunking: {chunking}; runtime: {args.runtime}")
        library = Library(data, chunking=chunking, runtime=args.runtime)
        start = time.perf_counter()
        report = library.build([docs], new_root=True)  # the contexts are written to a new folder each run
        print(f"indexed {report.documents} contexts into {report.passages} passages in "
              f"{time.perf_counter() - start:.1f} s ({len(report.failed)} failed)")
        base = library.weights
        for name, weights in VARIANTS.items():
            if args.only_default and weights is not None:
                continue
            if weights == "no-trigram":
                weights = replace(base, trigram=0.0)
            library.weights = weights or base
            library._served = None  # rebuild the searcher with these weights
            figures = evaluate(library, contexts, questions)
            print(f"{name:20s} hit@1 {figures['hit@1']:.3f}  hit@3 {figures['hit@3']:.3f}  "
                  f"hit@5 {figures['hit@5']:.3f}  MRR {figures['mrr']:.3f}  answer@1 {figures['answer@1']:.3f}  "
                  f"quote {figures['quote']:.3f}  "
                  f"confident-wrong {figures['confident_wrong']:.3f}  confident {figures['confident']:.3f}  "
                  f"median {figures['median_ms']:.1f} ms")
            print(f"{'':20s} counting the copies a source names (\"finns också i\"): hit@1 {figures['hit@1 named']:.3f}  "
                  f"hit@5 {figures['hit@5 named']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
