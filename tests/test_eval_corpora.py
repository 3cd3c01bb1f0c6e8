"""The evaluation corpora's question files hold together: a benchmark cannot be right on a phrase the
document does not contain, and a half without unanswerable questions cannot measure abstention."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from index import load_cases
from index.readers import read_document

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
QUESTION_FILES = [path for corpus in ("eval_kommun", "eval_reports", "eval_storvik")
                  for path in sorted((SCRIPTS / corpus).glob("*.jsonl"))]


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


_texts: dict[Path, str] = {}


def document_text(path: Path) -> str:
    if path not in _texts:
        _texts[path] = normalised("\n".join(block.text for block in read_document(path).blocks))
    return _texts[path]


@pytest.mark.parametrize("questions", QUESTION_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_expected_phrase_is_in_its_rendered_document(questions):
    documents = questions.parent / "documents"
    rows = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(load_cases(questions)) == len(rows) > 0
    missing = [(row["document"], phrase) for row in rows for phrase in row["expect"]
               if normalised(phrase) not in document_text(documents / row["document"])]
    assert missing == []
    assert all(row["document"] is None for row in rows if not row["expect"])


def test_the_reports_halves_both_measure_abstention():
    for half in ("tune.jsonl", "heldout.jsonl"):
        cases = load_cases(SCRIPTS / "eval_reports" / half)
        unanswerable = [c for c in cases if not c.expect]
        assert len(cases) == 28 and len(unanswerable) == 4, half


@pytest.mark.parametrize(("chat", "sources"), [
    ("sample-tune", ["sample_questions.jsonl"]),
    ("sample-heldout", ["heldout_questions.jsonl"]),
    ("kommun-tune", ["eval_kommun/tune-ifo.jsonl", "eval_kommun/tune-omsorg.jsonl"]),
    ("kommun-heldout", ["eval_kommun/heldout-ifo.jsonl", "eval_kommun/heldout-omsorg.jsonl"]),
])
def test_the_chat_rewrites_ask_their_sources_questions_line_for_line(chat, sources):
    """scripts/eval_chat: each message is its source question written as a chat message, with its gold phrases."""
    rewritten = load_cases(SCRIPTS / "eval_chat" / f"{chat}.jsonl")
    original = [case for source in sources for case in load_cases(SCRIPTS / source)]
    assert [c.expect for c in rewritten] == [c.expect for c in original]
    assert sum(c.question != o.question for c, o in zip(rewritten, original)) > len(original) / 2


@pytest.mark.parametrize(("half", "questions", "unanswerable"), [
    ("eval_chat/routine-tune.jsonl", 24, 4), ("eval_chat/routine-heldout.jsonl", 24, 4),
    ("sample_fresh6-tune.jsonl", 35, 6), ("sample_fresh6-heldout.jsonl", 35, 6),
])
def test_the_bundled_routines_later_sets_have_their_phrases_in_the_bundled_documents(half, questions, unanswerable):
    documents = [path for path in sorted((SCRIPTS.parent / "documents").rglob("*")) if path.is_file()]
    text = " ".join(document_text(path) for path in documents)
    cases = load_cases(SCRIPTS / half)
    assert len(cases) == questions and sum(not c.expect for c in cases) == unanswerable
    assert [p for c in cases for p in c.expect if normalised(p) not in text] == []


@pytest.mark.parametrize("half", ["followup-tune.jsonl", "followup-heldout.jsonl"])
def test_the_follow_up_exchanges_have_their_phrases_in_the_bundled_documents(half):
    documents = [path for path in sorted((SCRIPTS.parent / "documents").rglob("*")) if path.is_file()]
    text = " ".join(document_text(path) for path in documents)
    rows = [json.loads(line) for line in (SCRIPTS / "eval_chat" / half).read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 20 and sum(not row["expect"] for row in rows) == 3 and all(row["first"] for row in rows)
    assert [p for row in rows for p in row["expect"] if normalised(p) not in text] == []
