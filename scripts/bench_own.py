"""The sample routines and their question sets: retrieval and abstention, as `rutinbot eval` reports them.

    .venv/bin/python scripts/bench_own.py [--data DIR] [-v]

Builds a fresh index of documents/ (or reuses --data) and runs two sets of newcomer-style questions
(first person, chat words, typos) with the phrases that show the right passage, plus questions the
routines do not answer: scripts/sample_questions.jsonl (the fusion weights were tuned on it) and
scripts/heldout_questions.jsonl (written separately, never used for the fusion weights; both sets were
used to calibrate when to abstain). Targets: hit@5 >= 0.95; abstain on >= 80% of the unanswerable while
answering >= 90% of the rest.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import Library, evaluate, load_cases  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="reuse this data directory (default: a temporary one)")
    parser.add_argument("--questions", type=Path, nargs="+",
                        default=[ROOT / "scripts" / "sample_questions.jsonl",
                                 ROOT / "scripts" / "heldout_questions.jsonl"])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        library = Library(args.data or Path(tmp) / "data")
        report = library.build([ROOT / "documents"])
        print(f"indexed {report.documents} documents, {report.passages} passages")
        for questions in args.questions:
            result = evaluate(load_cases(questions), library.ask)
            f = result.as_dict()
            abstained, unanswerable = result.abstained
            print(f"\n{questions.name}: {f['questions']} questions (answerable {f['answerable']}, "
                  f"unanswerable {unanswerable})")
            print(f"hit@1 {f['hit@1']:.3f}  hit@3 {f['hit@3']:.3f}  hit@5 {f['hit@5']:.3f}  MRR {f['mrr']:.3f}")
            print(f"answered {f['answered_rate']:.1%} of answerable; abstained on {abstained}/{unanswerable} "
                  f"unanswerable ({abstained / max(unanswerable, 1):.0%})")
            print(f"median time per question {statistics.median(r.seconds for r in result.results) * 1000:.1f} ms")
            if args.verbose:
                for r in result.results:
                    if (r.expect and (r.rank != 1 or not r.answered)) or (not r.expect and r.answered):
                        print(f"  rank {r.rank or '-'} answered {r.answered}: {r.question}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
