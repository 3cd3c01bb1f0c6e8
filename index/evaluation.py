"""Knowledge-base regression tests: does the index still find what the administrator expects?

A file of lines {"question": ..., "expect": ["phrase", ...]} is kept beside the documents. A question
counts as found at rank r when the r-th source contains one of the phrases; an empty list means the
documents do not answer it, and the right outcome is to abstain.
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .answering import Answer
from .errors import RutinbotError


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass
class Case:
    question: str
    expect: list[str]


@dataclass
class CaseResult:
    question: str
    expect: list[str]
    rank: int | None  # 1-based rank of the first source holding an expected phrase
    answered: bool
    seconds: float


@dataclass
class EvalReport:
    results: list[CaseResult] = field(default_factory=list)

    def _answerable(self) -> list[CaseResult]:
        return [r for r in self.results if r.expect]

    def hit_at(self, k: int) -> float:
        rows = self._answerable()
        return sum(1 for r in rows if r.rank is not None and r.rank <= k) / len(rows) if rows else 0.0

    @property
    def mrr(self) -> float:
        rows = self._answerable()
        return sum(1 / r.rank for r in rows if r.rank) / len(rows) if rows else 0.0

    @property
    def answered_rate(self) -> float:
        rows = self._answerable()
        return sum(r.answered for r in rows) / len(rows) if rows else 0.0

    @property
    def abstained(self) -> tuple[int, int]:
        rows = [r for r in self.results if not r.expect]
        return sum(not r.answered for r in rows), len(rows)

    def as_dict(self) -> dict:
        abstained, unanswerable = self.abstained
        return {
            "questions": len(self.results),
            "answerable": len(self._answerable()),
            "hit@1": round(self.hit_at(1), 4),
            "hit@3": round(self.hit_at(3), 4),
            "hit@5": round(self.hit_at(5), 4),
            "mrr": round(self.mrr, 4),
            "answered_rate": round(self.answered_rate, 4),
            "abstained": abstained,
            "unanswerable": unanswerable,
        }


def load_cases(path: Path) -> list[Case]:
    cases = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            cases.append(Case(str(row["question"]), [str(p) for p in row.get("expect", [])]))
        except (ValueError, KeyError, TypeError) as exc:
            raise RutinbotError(f"{path}, rad {number}: ogiltig rad ({exc})") from exc
    return cases


def first_rank(answer: Answer, expect: list[str]) -> int | None:
    phrases = [_norm(p) for p in expect]
    for rank, source in enumerate(answer.sources, start=1):
        text = _norm(source.text)
        if any(p in text for p in phrases):
            return rank
    return None


def evaluate(cases: list[Case], ask: Callable[[str], Answer]) -> EvalReport:
    report = EvalReport()
    for case in cases:
        start = time.perf_counter()
        answer = ask(case.question)
        elapsed = time.perf_counter() - start
        report.results.append(
            CaseResult(case.question, case.expect, first_rank(answer, case.expect), answer.answered, elapsed)
        )
    return report
