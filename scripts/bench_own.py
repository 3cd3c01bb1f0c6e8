"""What a newcomer reads, on our own corpora: hit@k, quote accuracy and confident-wrong answers, abstention.

    .venv/bin/python scripts/bench_own.py [--corpus sample|kommun|reports|kommun-copies|kommun-every-unit|storvik|all]
                                          [--plain] [--typo [first|two|apart]] [-v]

Six corpora, each indexed fresh:

- sample: the bundled routines in documents/ with scripts/sample_questions.jsonl (tuning) and
  scripts/heldout_questions.jsonl (written separately); and a second set, scripts/sample_fresh6-tune.jsonl and
  sample_fresh6-heldout.jsonl (70 questions, 12 unanswerable), written in session 30 in chat style by a helper who
  read only the routines, split at random (pooled with the others; the pools "without fresh6" are the earlier ones);
- kommun: scripts/eval_kommun/documents/, a municipality-like library (10 units, near-identical copies
  kept by several units, real-looking headers, PDFs converted to text with their running headers left
  in), with newcomer questions written by people who had not read the ranking code, split at random into
  tune-*.jsonl (used to choose weights and thresholds) and heldout-*.jsonl (never tuned on); and a
  second set written later by someone told to avoid the routines' own words, split the same way into
  fresh-tune.jsonl and fresh-heldout.jsonl; and a third, fresh3-tune.jsonl and fresh3-heldout.jsonl (100
  questions, 60 from the care units, 20 unanswerable, half of them naming the unit they ask from), written in
  session 8 by a helper who read only the routines, and reported before anything was tuned on either half; and a
  fourth, fresh4-tune.jsonl and fresh4-heldout.jsonl (120 questions, 20 unanswerable), written in session 21 the
  same way; and a fifth, fresh5-tune.jsonl and fresh5-heldout.jsonl (100, 20 unanswerable), written in session 24
  the same way, in chat style, and measured before anything was tuned on it;
- reports: scripts/eval_reports/documents/, three long report-shaped documents (an audit, a union survey,
  a county mapping: prose with figures, tables, captions, footnotes and references) with 56 newcomer
  questions written without reading the ranking code, 8 of them unanswerable, split at random into
  tune.jsonl and heldout.jsonl;
- kommun-copies: kommun as a real library keeps it, the care units' routines kept again by more units
  (132 documents; scripts/make_copies_corpus.py renders it into a temporary folder), with kommun's
  questions: the answers should not depend on how many units keep the routine that holds them;
- kommun-every-unit: every unit's routines kept by 11 more units (684 documents, each routine a dozen
  near-copies), the same questions;
- sample and kommun are also asked their tuning and held-out questions again as chat messages
  (scripts/eval_chat/: rewritten by a helper who did not read the code, with greetings, apologies, a line
  about the writer, signatures, emoji and slips; the same gold phrases), reported and pooled on their own; and
  the bundled routines 48 questions that name the routine itself ("finns det en rutin för …", "vad säger
  rutinen om …"; scripts/eval_chat/routine-*.jsonl, written in session 14 by a helper who read only the
  documents), reported on their own;
- storvik: scripts/eval_storvik/documents/, another municipality's library written in session 12 by a helper
  who read neither the code nor our other sets (16 routines of 4 units, .docx, .md and .txt; letterheads, header
  tables at the end, PDF page furniture left in text files, two routines kept by three units), with 96 questions
  (16 unanswerable) written the same way: all held out, never tuned on; and a second set of 100 (16 unanswerable),
  written in session 24 by another helper who read only these documents, split at random into fresh2-tune.jsonl and
  fresh2-heldout.jsonl.

With --plain every question is asked typed without å, ä and ö (as on a phone or keyboard without them),
which should cost little: rutinbot reads such a question with the routines' own spelling (index/spelling.py).
With --typo every question has one slip of the finger, the two middle letters of its longest word swapped
("förhandbsedömning"): one slip in a word of five letters or more is forgiven (analysis.similar). With
--typo first the slip is in the word's first letter instead, the key beside it on the keyboard struck
("vörhandsbedömning"): read as meant only where no word is one slip after the first letter. With --typo two
a longest word of nine letters or more loses two letters, a third and two thirds into it ("förhndsbedömnng");
a question with no word that long is asked as written. With --typo apart a compound of eight letters or more is
written as two words, as Swedish often is ("person larmet"), where both parts are words most people use.

Per set: hit@1/3/5 (a source holds an expected phrase), quote accuracy (answered, and the quoted
sentences hold an expected phrase), confident-wrong (answered as the routine's answer, and the quote
holds none), tentative answers ("Det här kanske hjälper"), answered share, and abstentions on the
questions the documents do not answer. Targets (issue 14, held-out half): quote accuracy >= 0.85,
confident-wrong <= 0.05 while answering >= 90 %, abstaining on >= 90 % of the unanswerable. With the
corpora sample, kommun and reports, the halves are also pooled (every tuning set, every held-out set; each
question once): the figures the targets are read against; and again without the fourth set, as they were
pooled until session 20.
"""
from __future__ import annotations

import argparse
import functools
import re
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import EvalReport, Library, evaluate, load_cases  # noqa: E402
from index.embedder import DEFAULT_RUNTIME, RUNTIMES  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import make_copies_corpus  # noqa: E402

KOMMUN = ROOT / "scripts" / "eval_kommun"
REPORTS = ROOT / "scripts" / "eval_reports"
STORVIK = ROOT / "scripts" / "eval_storvik"
CHAT = ROOT / "scripts" / "eval_chat"


def _kommun_sets(prefix: str) -> dict[str, list[Path]]:
    """The municipality's question sets, asked of each of its three libraries."""
    return {f"{prefix} tune": sorted(KOMMUN.glob("tune-*.jsonl")),
            f"{prefix} held-out": sorted(KOMMUN.glob("heldout-*.jsonl")),
            f"{prefix} fresh tune": [KOMMUN / "fresh-tune.jsonl"],
            f"{prefix} fresh held-out": [KOMMUN / "fresh-heldout.jsonl"],
            f"{prefix} fresh3 tune": [KOMMUN / "fresh3-tune.jsonl"],
            f"{prefix} fresh3 held-out": [KOMMUN / "fresh3-heldout.jsonl"],
            f"{prefix} fresh4 tune": [KOMMUN / "fresh4-tune.jsonl"],
            f"{prefix} fresh4 held-out": [KOMMUN / "fresh4-heldout.jsonl"],
            f"{prefix} fresh5 tune": [KOMMUN / "fresh5-tune.jsonl"],
            f"{prefix} fresh5 held-out": [KOMMUN / "fresh5-heldout.jsonl"]}


CORPORA = {
    "sample": (ROOT / "documents", {"sample (tuning)": [ROOT / "scripts" / "sample_questions.jsonl"],
                                    "sample held-out": [ROOT / "scripts" / "heldout_questions.jsonl"],
                                    "sample chat tune": [CHAT / "sample-tune.jsonl"],
                                    "sample chat held-out": [CHAT / "sample-heldout.jsonl"],
                                    "sample routine tune": [CHAT / "routine-tune.jsonl"],
                                    "sample routine held-out": [CHAT / "routine-heldout.jsonl"],
                                    "sample fresh6 tune": [ROOT / "scripts" / "sample_fresh6-tune.jsonl"],
                                    "sample fresh6 held-out": [ROOT / "scripts" / "sample_fresh6-heldout.jsonl"]}),
    "kommun": (KOMMUN / "documents", {**_kommun_sets("kommun"), "kommun chat tune": [CHAT / "kommun-tune.jsonl"],
                                      "kommun chat held-out": [CHAT / "kommun-heldout.jsonl"]}),
    "reports": (REPORTS / "documents", {"reports tune": [REPORTS / "tune.jsonl"],
                                        "reports held-out": [REPORTS / "heldout.jsonl"]}),
    # rendered for the run (make_copies_corpus.py), asked kommun's questions
    "kommun-copies": (False, _kommun_sets("copies")),
    "kommun-every-unit": (True, _kommun_sets("every")),
    "storvik": (STORVIK / "documents", {"storvik held-out": [STORVIK / "heldout.jsonl"],
                                        "storvik fresh2 tune": [STORVIK / "fresh2-tune.jsonl"],
                                        "storvik fresh2 held-out": [STORVIK / "fresh2-heldout.jsonl"]}),
}


# The corpora whose halves are pooled into the two figures the targets are read against: the copies
# libraries ask kommun's questions again, and storvik (all held out) is reported on its own.
POOLED = ("sample", "kommun", "reports")


def line(name: str, report: EvalReport) -> str:
    f = report.as_dict()
    abstained, unanswerable = report.abstained
    return (f"{name:22s} n={f['questions']:3d}  hit@1 {f['hit@1']:.3f}  hit@3 {f['hit@3']:.3f}  hit@5 {f['hit@5']:.3f}  "
            f"quote {f['quote_accuracy']:.3f}  confident-wrong {f['confident_wrong_rate']:.3f}  "
            f"tentative {f['tentative_rate']:.3f}  answered {f['answered_rate']:.3f}  "
            f"abstained {abstained}/{unanswerable}  "
            f"median {statistics.median(r.seconds for r in report.results) * 1000:.0f} ms")


_KEY_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")


def _slip(question: str, where: str = "middle") -> str:
    """The question with one slip of the finger in its longest word: the two middle letters swapped, or
    (``where="first"``) its first letter struck as the key to its left, on a row's first key the one to its right,
    or (``where="two"``) two letters left out of it if it has nine or more, or (``where="apart"``) the longest
    compound written as two words."""
    words = list(re.finditer(r"[a-zåäö]{6,}", question))
    if not words:
        return question
    longest = max(words, key=lambda m: len(m.group(0)))
    word, i = longest.group(0), len(longest.group(0)) // 2
    if where == "apart":
        return _apart(question, words)
    if where == "two":
        if len(word) < 9:
            return question
        slipped = word[: len(word) // 3] + word[len(word) // 3 + 1 : 2 * len(word) // 3] + word[2 * len(word) // 3 + 1 :]
    elif where == "first":
        row = next(r for r in _KEY_ROWS if word[0] in r)
        at = row.index(word[0])
        slipped = row[at - 1 if at else 1] + word[1:]
    else:
        slipped = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    return question[: longest.start()] + slipped + question[longest.end() :]


def _apart(question: str, words: list[re.Match]) -> str:
    """The question with its longest compound of eight letters or more written as two words, split where both
    parts are commonest (zipf 3 at least); as written where it has none."""
    from wordfreq import zipf_frequency

    for match in sorted(words, key=lambda m: -len(m.group(0))):
        word = match.group(0)
        splits = [(min(zipf_frequency(word[:i], "sv"), zipf_frequency(word[i:], "sv")), i)
                  for i in range(4, len(word) - 3)] if len(word) >= 8 else []
        best = max(splits, default=(0.0, 0))
        if best[0] >= 3.0:
            return f"{question[: match.start()]}{word[: best[1]]} {word[best[1] :]}{question[match.end() :]}"
    return question


def _ask(library: Library, plain: dict, slip: str | None, question: str):
    question = question.translate(plain)
    return library.ask(_slip(question, slip) if slip else question)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument("--data", type=Path, help="reuse this data directory root (one subfolder a corpus)")
    parser.add_argument("--runtime", default=DEFAULT_RUNTIME, choices=list(RUNTIMES),
                        help="model runtime to index and ask with (int8 against float: its quality gate)")
    parser.add_argument("--plain", action="store_true",
                        help="ask every question typed without å/ä/ö, as on a keyboard without Swedish letters")
    parser.add_argument("--typo", nargs="?", const="middle", choices=["middle", "first", "two", "apart"],
                        help="ask every question with one slip in its longest word: its two middle letters "
                             "swapped; with 'first' its first letter struck as the key beside it; with 'two' "
                             "two letters left out of a word of nine or more; with 'apart' a compound "
                             "written as two words")
    parser.add_argument("-v", "--verbose", action="store_true", help="list what a reader would see go wrong")
    args = parser.parse_args()
    plain = str.maketrans("åäöÅÄÖ", "aaoAAO") if args.plain else {}
    names = list(CORPORA) if args.corpus == "all" else [args.corpus]
    # every set, and the pools as reported in sessions 24-29 (before the bundled routines' second set joined), 21-23
    # (before the fifth set did) and until session 20 (before the fourth did): kept so figures compare across
    # sessions. Each pool: what it leaves out, its halves.
    pools: dict[tuple[str, ...], dict[str, EvalReport]] = {
        left_out: {"tuning": EvalReport(), "held-out": EvalReport()}
        for left_out in ((), ("fresh6",), ("fresh5", "fresh6"), ("fresh4", "fresh5", "fresh6"))}
    halves = pools[()]
    chat: dict[str, EvalReport] = {"tuning": EvalReport(), "held-out": EvalReport()}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            documents, sets = CORPORA[name]
            root = args.data or Path(tmp)
            if isinstance(documents, bool):  # rendered for the run; True: every unit's routines copied
                # beside the reused index: an index refuses a build from another folder
                documents = make_copies_corpus.render(root / f"{name}-documents", every_unit=documents)
            library = Library(root / name, runtime=args.runtime)
            report = library.build([documents])
            print(f"\n{name} ({args.runtime}): indexed {report.documents} documents, {report.passages} passages")
            for label, files in sets.items():
                cases = [c for f in files for c in load_cases(f)]
                if not cases:
                    print(f"{label}: no questions found")
                    continue
                result = evaluate(cases, functools.partial(_ask, library, plain, args.typo))
                print(line(label, result))
                if name in POOLED and " routine " not in label:  # chat rewrites ask the same questions again
                    half = "held-out" if "held-out" in label else "tuning"
                    if " chat " in label:
                        chat[half].results.extend(result.results)
                    else:
                        for left_out, pool in pools.items():
                            if not any(f" {left} " in label for left in left_out):
                                pool[half].results.extend(result.results)
                if args.verbose:
                    for r in result.results:
                        if (r.expect and not (r.answered and r.quoted)) or (not r.expect and r.answered):
                            print(f"  [rank {r.rank or '-'}, {r.grade}] {r.question}\n      quote: {' '.join(r.quote)[:160]}")
            library.close()
    if any(report.results for report in halves.values()):
        print(f"\npooled over {', '.join(n for n in POOLED if n in names)} (each question once):")
        for left_out, pool in pools.items():
            for half, report in pool.items():
                if report.results:
                    print(line(f"{half} halves" + (f", without {', '.join(left_out)}" if left_out else ""), report))
    if any(report.results for report in chat.values()):
        print("\nthe same questions as chat messages (scripts/eval_chat), pooled:")
        for half, report in chat.items():
            if report.results:
                print(line(f"chat {half}", report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
