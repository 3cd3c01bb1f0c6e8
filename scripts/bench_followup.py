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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.service import Assistant  # noqa: E402
from index import EvalReport, Library, evaluate, load_cases  # noqa: E402

SETS = ROOT / "scripts" / "eval_chat"


def asked_in_chat(library: Library, half: str, conversing: bool) -> EvalReport:
    """Each follow-up through a fresh person's chat, after its first question when ``conversing``."""
    rows = [json.loads(line) for line in (SETS / f"followup-{half}.jsonl").read_text().splitlines() if line]
    first = {row["question"]: row["first"] for row in rows}
    assistant = Assistant(library)

    def ask(question: str):  # the follow-up names the person: one person an exchange
        if conversing:
            assistant.ask(first[question], origin="bench", user=question, channel="c", conversing=True)
        return assistant.ask(question, origin="bench", user=question, channel="c", conversing=conversing).answer

    return evaluate(load_cases(SETS / f"followup-{half}.jsonl"), ask)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="reuse this data directory (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        library = Library(args.data or Path(tmp) / "data")
        library.build([ROOT / "documents"])
        for half in ("tune", "heldout"):
            for conversing in (False, True):
                results = asked_in_chat(library, half, conversing).results
                answerable = [r for r in results if r.expect]
                right = sum(r.answered and r.quoted for r in answerable)
                wrong = sum(r.answered and not r.quoted for r in answerable)
                print(f"{half:8s} {'after its question' if conversing else 'alone':18s} right {right}/{len(answerable)}"
                      f"  wrong {wrong}  confident-wrong {sum(r.confident_wrong for r in answerable)}  abstained "
                      f"{sum(not r.answered for r in answerable)}  answered-unanswerable "
                      f"{sum(r.answered for r in results if not r.expect)}/{len(results) - len(answerable)}")
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
