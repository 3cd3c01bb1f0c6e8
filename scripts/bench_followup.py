"""Follow-up messages in a chat ("och om det inte funkar?" after "hur testar man personlarmet?"), on documents/.

    .venv/bin/python scripts/bench_followup.py [--data DIR]

scripts/eval_chat/followup-{tune,heldout}.jsonl: 40 exchanges a helper wrote from documents/ (a first question,
then a message that only makes sense after it, 34 answerable, 6 not), split at random into halves. Each
follow-up is asked twice through the chat layer's Assistant: alone, as `ask -` reads it, and in a conversation
after its first question (bot/followup.py). Printed per half: right (answered, the quote holds a gold phrase),
wrong, confident-wrong, abstained on answerable ones, and answered though the documents do not answer.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.service import Assistant  # noqa: E402
from index import Answer, Library  # noqa: E402

SETS = ROOT / "scripts" / "eval_chat"


def outcome(answer: Answer, expect: list[str]) -> str:
    if not expect:
        return "answered-unanswerable" if answer.answered else "abstained-unanswerable"
    if not answer.answered:
        return "abstained"
    said = " ".join(" ".join(answer.sentences).split()).casefold()
    if any(" ".join(phrase.split()).casefold() in said for phrase in expect):
        return "right"
    return "confident-wrong" if answer.grade == "confident" else "wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="reuse this data directory (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        library = Library(args.data or Path(tmp) / "data")
        library.build([ROOT / "documents"])
        for half in ("tune", "heldout"):
            rows = [json.loads(line) for line in (SETS / f"followup-{half}.jsonl").read_text().splitlines() if line]
            for conversing in (False, True):
                assistant, counts = Assistant(library), Counter()
                for n, row in enumerate(rows):
                    if conversing:
                        assistant.ask(row["first"], origin="bench", user=n, channel="c", conversing=True)
                    asked = assistant.ask(row["question"], origin="bench", user=n, channel="c", conversing=conversing)
                    counts[outcome(asked.answer, row["expect"])] += 1
                answerable = sum(bool(row["expect"]) for row in rows)
                print(f"{half:8s} {'after its question' if conversing else 'alone':18s} right {counts['right']}/{answerable}"
                      f"  wrong {counts['wrong']}  confident-wrong {counts['confident-wrong']}  abstained "
                      f"{counts['abstained']}  answered-unanswerable {counts['answered-unanswerable']}/"
                      f"{len(rows) - answerable}")
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
