"""Print the Teams answer card (Adaptive Card JSON) for a question, as the Teams bot would send it.

    .venv/bin/python scripts/teams_card.py "Hur fungerar larmet vid hembesök?" [--data DIR] [--documents DIR]

Uses the real model and an index in --data (built from --documents first if there is none), so what is
printed is exactly the card a Teams user would get in a 1:1 chat with default collections.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.service import Assistant  # noqa: E402
from bot.teams.cards import answer_card  # noqa: E402
from index import Library  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("question")
    parser.add_argument("--data", default="data", help="data directory holding the index (default ./data)")
    parser.add_argument("--documents", default="documents", help="folder indexed when there is no index yet")
    parser.add_argument("--collection", action="append", help="collections the asker may read (default all)")
    args = parser.parse_args()
    library = Library(args.data).open()
    if not library.has_index():
        library.build([Path(args.documents)], actor="teams_card")
    asked = Assistant(library).ask(args.question, origin="cli", user="teams_card", collections=args.collection)
    print(json.dumps(answer_card(asked.reply, asked.question_id, has_sources=bool(asked.answer.sources)),
                     ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
