"""Teams round trip on localhost with the real model: how fast the Bot Connector's request is acknowledged,
the typing indicator sent and the answer card delivered.

    .venv/bin/python scripts/bench_teams.py [--data DIR] [--documents DIR] [--questions N]

Runs the real bot (JWT validation on) against the tests' fake Bot Connector and prints medians and maxima
in seconds. Teams waits about 15 s for the HTTP response; the card arrives later, as its own call.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from teams_fakes import FakeMicrosoft  # noqa: E402
from teams_harness import ALICE, TeamsHarness, config, settings  # noqa: E402

from bot.service import Assistant  # noqa: E402
from index import Library  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="data")
    parser.add_argument("--documents", default="documents")
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args()
    library = Library(args.data).open()
    if not library.has_index():
        library.build([Path(args.documents)], actor="bench_teams")
    library.embedder.embed_queries(["uppvärmning"])  # loaded before timing, as `rutinbot teams` does at start
    questions = [json.loads(line)["question"] for line in (ROOT / "scripts" / "sample_questions.jsonl").open()
                 if line.strip()][: args.questions]
    ack, typing, card = [], [], []
    with FakeMicrosoft() as fake, TeamsHarness(fake, Assistant(library), config(Path(args.documents)), settings()) as teams:
        for question in questions:
            before = len(fake.calls)
            activity = teams.message(ALICE, question)
            started = time.perf_counter()
            assert teams.post(activity).status_code == 200
            ack.append(time.perf_counter() - started)
            fake.wait_for(lambda c, n=before: c in fake.calls[n:] and (c.body or {}).get("type") == "typing")
            typing.append(time.perf_counter() - started)  # an upper bound: it is sent before the ack
            fake.wait_for(lambda c, n=before: c in fake.calls[n:] and c.card() is not None, timeout=120)
            card.append(time.perf_counter() - started)
    for name, values in (("HTTP acknowledged", ack), ("typing sent", typing), ("answer card sent", card)):
        print(f"{name:18} median {statistics.median(values):.3f} s  max {max(values):.3f} s  (n={len(values)})")


if __name__ == "__main__":
    main()
