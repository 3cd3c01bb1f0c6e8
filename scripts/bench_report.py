"""How long `rutinbot rapport` takes on the bundled documents with a question log of 500 questions.

The bundled documents are indexed into a fresh data directory with the real model, then 500 questions
are logged as staff would ask them (the sample and held-out questions, the municipal evaluation
questions the bundled routines do not answer, and variants of them, a few with a personnummer), spread
over twelve weeks, with thumbs up and down on some answers; --asked of them go through the assistant
for real, the rest reuse those answers (see build_log). Building the log is not timed. Then
`rutinbot rapport` runs as a separate process, as an administrator would run it, and the wall time of
each run is printed with the median (target: under 10 s).

Usage: .venv/bin/python scripts/bench_report.py [--questions 500] [--asked 60] [--runs 3] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.service import Assistant  # noqa: E402
from index import Library, redact  # noqa: E402

QUESTION_FILES = ["scripts/sample_questions.jsonl", "scripts/heldout_questions.jsonl",
                  *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "scripts" / "eval_kommun").glob("*.jsonl"))]
PREFIXES = ["", "Hej! ", "Snabb fråga: ", "Vet någon ", "Jag undrar ", "Hur var det nu, "]
PERSONNUMMER = "Gäller det även för klienten 19850412-1234?"


def questions(n: int, rng: random.Random) -> list[str]:
    base = []
    for name in QUESTION_FILES:
        path = ROOT / name
        if path.exists():
            base += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip()]
    out = list(base)
    while len(out) < n:
        text = rng.choice(base)
        out.append(rng.choice(PREFIXES) + (text[0].lower() + text[1:] if text else text))
    out = out[:n]
    for i in rng.sample(range(n), max(1, n // 50)):  # about 2 %: someone pastes a personnummer
        out[i] = f"{out[i]} {PERSONNUMMER}"
    rng.shuffle(out)
    return out


def build_log(data: Path, n: int, asked_for_real: int, seed: int) -> dict:
    """Index documents/ (unless ``data`` already holds an index) and fill the question log with ``n`` questions:
    ``asked_for_real`` of them asked through the assistant, the rest logged as a variant of one of those
    (its own text and embedding, the answer and sources of the question it varies): asking hundreds of
    questions on a busy 2-core machine takes many minutes, and how the log was filled does not change
    what the report has to read."""
    rng = random.Random(seed)
    library = Library(data)
    started = time.perf_counter()
    if not library.has_index():
        library.build([ROOT / "documents"])
    indexed = time.perf_counter() - started
    library.journal.purge(0, now=datetime.now(UTC) + timedelta(days=1))  # an empty log to fill
    assistant = Assistant(library)
    now = datetime.now(UTC)
    texts = questions(n, rng)
    vectors = library.embedder.embed_queries(texts)
    started = time.perf_counter()
    real: list = []
    answered = 0
    for i, text in enumerate(texts):
        moment = now - timedelta(days=84 * (1 - i / n), minutes=rng.randint(0, 600))
        library.journal.clock = lambda moment=moment: moment
        if len(real) < asked_for_real:
            result = assistant.ask(text, origin=rng.choice(["discord", "cli"]), user=f"user{rng.randint(1, 40)}")
            answer, question_id = result.answer, result.question_id
            real.append(answer)
        else:
            like = rng.choice(real)
            answer = replace(like, question=redact(text).text, vector=vectors[i])
            question_id = library.journal.record_question(answer, origin="discord", user=f"user{rng.randint(1, 40)}")
        answered += answer.answered
        if rng.random() < 0.25:
            assistant.feedback(question_id, f"user{rng.randint(1, 40)}", helpful=rng.random() < 0.7)
    return {"indexed_s": indexed, "asked_s": time.perf_counter() - started, "questions": n, "answered": answered}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--asked", type=int, default=60, help="how many questions are asked for real")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--keep", type=Path,
                        help="keep the data directory (and the page) here; an index already there is reused")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-report-"))
    data, page = folder / "data", folder / "rapport.html"
    log = build_log(data, args.questions, args.asked, args.seed)
    print(f"setup (not timed): index ready in {log['indexed_s']:.1f} s; logged {log['questions']} questions "
          f"({args.asked} asked, the rest variants of them; {log['answered']} answered) in {log['asked_s']:.1f} s")
    command = [str(Path(sys.executable).with_name("rutinbot")), "rapport", "--data", str(data), "--out", str(page)]
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    html = page.read_text(encoding="utf-8")
    print(f"rutinbot rapport, {args.runs} runs: " + ", ".join(f"{t:.2f} s" for t in times)
          + f"; median {statistics.median(times):.2f} s (target < 10 s)")
    topics = html.count('class="topic"')
    print(f"page: {len(html) / 1000:.0f} kB, {topics} topic groups, personnummer on the page: {'19850412' in html}")
    if args.keep:
        print(f"kept {folder}")


if __name__ == "__main__":
    main()
