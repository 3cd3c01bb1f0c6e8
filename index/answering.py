"""Extractive answers: which sentences of the best passage answer the question, and whether to answer.

Nothing here generates text. The answer is always sentences that stand in a routine, so a newcomer
never reads something the organisation did not write; when the evidence is weak we abstain.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from . import analysis
from .chunking import split_sentences


@dataclass
class Source:
    document: str  # path relative to the indexed folder
    title: str
    page: int | None
    section: str | None
    text: str
    score: float
    collection: str = ""
    also_at: list[str] = field(default_factory=list)  # the same content under other paths
    passage_id: int = 0
    decided: str | None = None  # ISO dates, from the document's header, front matter or sidecar
    valid_until: str | None = None
    owner: str | None = None  # who answers for the routine (Dokumentansvarig, Ansvarig …)
    expired: bool = False  # valid_until lies before today: still quoted, but flagged
    valid_indefinitely: bool = False  # the header says "gäller tills vidare"
    expiring: bool = False  # in force, but valid_until is at most EXPIRING_WITHIN_DAYS days away
    days_left: int | None = None  # days to valid_until (negative once expired); None when no end is stated
    older_versions: list[OlderVersion] = field(default_factory=list)  # replaced versions, not cited
    highlight: list[str] = field(default_factory=list)  # the sentences of this passage nearest the question

    def __post_init__(self):  # sources stored as JSON (the question log) come back with plain dicts
        self.older_versions = [OlderVersion(**v) if isinstance(v, dict) else v for v in self.older_versions]


@dataclass
class OlderVersion:
    """An older version of a cited routine (same title and collection, earlier date), left out of the sources."""

    document: str
    decided: str | None  # its decision date, when stated
    dated: str  # the date it was judged by: the latest of decided, revised and valid from


@dataclass
class Answer:
    question: str
    answered: bool
    sentences: list[str]  # from sources[0], in document order; empty when abstaining
    sources: list[Source]
    warnings: list[str] = field(default_factory=list)
    confidence: float = 0.0
    truncated: bool = False  # the question was longer than MAX_QUESTION_CHARS: only its start was used
    # the question's embedding and its model, stored with the question for the report (not in as_dict)
    vector: Any = field(default=None, repr=False, compare=False)
    vector_model: str | None = field(default=None, repr=False, compare=False)

    def as_dict(self, answer_text: str) -> dict:
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": answer_text,
            "sentences": self.sentences,
            "confidence": round(self.confidence, 4),
            "warnings": self.warnings,
            "truncated": self.truncated,
            "sources": [{**asdict(s), "score": round(s.score, 4)} for s in self.sources],
        }


@dataclass(frozen=True)
class AbstainPolicy:
    """Answer when the evidence is positive: the share of the question's telling words that the best
    passage holds, less the share the routines never use at all (idf-weighted, typos and compounds
    tolerated), plus an optional weight on the embedding similarity.

    Calibrated on the two bundled question sets (scripts/sample_questions.jsonl and
    scripts/heldout_questions.jsonl, answerable and unanswerable) with scripts/bench_own.py; the
    threshold sits inside a plateau. The similarity weight is 0 because e5 cosines separated answerable
    from unanswerable questions worse than the words did, on both sets.
    """

    threshold: float = 0.02
    unknown_weight: float = 1.0
    similarity_weight: float = 0.0

    @classmethod
    def always(cls) -> AbstainPolicy:
        return cls(threshold=float("-inf"))

    @classmethod
    def never(cls) -> AbstainPolicy:
        return cls(threshold=float("inf"))

    def evidence(self, similarity: float, coverage: float, unknown: float) -> float:
        return coverage - self.unknown_weight * unknown + self.similarity_weight * similarity

    def answered(self, similarity: float, coverage: float, unknown: float = 0.0) -> bool:
        return self.evidence(similarity, coverage, unknown) >= self.threshold


def _matches(term: str, prefix: str | None, stems: set[str], folded: str) -> bool:
    return term in stems or (prefix is not None and prefix in folded)


def question_terms(question: str) -> list[tuple[str, str | None]]:
    """Each content word as (stem, substring prefix for compounds) — the prefix may be None."""
    prefixes: dict[str, str | None] = {analysis.stem(w): None for w in analysis.expand(analysis.words(question))}
    for p in analysis.trigram_terms(question):
        for stem in prefixes:
            if stem.startswith(p):
                prefixes[stem] = p
    return [(t, prefixes.get(t)) for t in dict.fromkeys(analysis.content_terms(question))]


def coverage(question: str, text: str, idf: Callable[[str], float] | None = None) -> float:
    """Share of the question's content words found in the text (as stems, inside compounds, or nearly),
    each weighted by how telling it is, so that missing "parkering" counts more than missing "regler"."""
    terms = question_terms(question)
    if not terms:
        return 0.0
    stems, folded = set(analysis.content_terms(text)), analysis.fold(text)
    weight = idf or (lambda _: 1.0)
    total = sum(weight(t) for t, _ in terms)
    found = sum(weight(t) for t, p in terms
                if _matches(t, p, stems, folded) or any(analysis.similar(t, s) for s in stems))
    return found / total if total else 0.0


def unknown_share(question: str, idf: Callable[[str], float], known: Callable[[str, str | None], bool]) -> float:
    """Share (idf-weighted) of the question's content words that the routines never use at all.

    The strongest sign that a question is about something the routines do not cover ("friskvårdsbidrag",
    "semesterdagar"): the best passage may still be close in meaning to a question about the workplace.
    """
    terms = question_terms(question)
    total = sum(idf(t) for t, _ in terms)
    if not total:
        return 0.0
    return sum(idf(t) for t, p in terms if not known(t, p)) / total


def locate(text: str, lines: list, sentence: str, page: int | None, section: str | None):
    """The page and heading of the line that holds ``sentence``: a passage may span pages and sections."""
    rows = text.split("\n")
    if len(lines) != len(rows):
        return page, section
    for number, row in enumerate(rows):
        if sentence in row:
            heading = next((rows[i] for i in range(number, -1, -1) if lines[i][1]), section)
            return (lines[number][0] if lines[number][0] is not None else page), heading
    return page, section


# What kind of answer a question wants. A sentence holding that kind of thing is likelier the answer,
# even when it shares no word with the question ("inom 14 dagar" for "hur lång tid har jag på mig?").
_WANTS_TIME = re.compile(
    r"\b(när|nar|hur (länge|lange|lång|lang|snabbt|fort|ofta)|vilken tid|vilka tider|tidsfrist\w*|"
    r"deadline|senast|kärntid\w*|karntid\w*)\b", re.IGNORECASE)
_WANTS_NUMBER = re.compile(
    r"\b(hur (många|manga|mycket)|nummer|numret|telefon\w*|ringa|ringer|belopp|kronor|kr|summa)\b",
    re.IGNORECASE)
_TIME = re.compile(
    r"\b(\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|fjorton)\s+(arbets)?(dag|dagar|dygn|vecka|veckor|"
    r"månad|månader|timme|timmar|minuter|år)\b|\b(klockan|kl\.)\s*\d|\b\d{1,2}[.:]\d{2}\b|"
    r"samma dag|omedelbart|genast", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _answer_kind(question: str) -> re.Pattern | None:
    if _WANTS_TIME.search(question):
        return _TIME
    if _WANTS_NUMBER.search(question):
        return _DIGIT
    return None


def select_sentences(question: str, passage: str, lines: list | None = None, max_sentences: int = 3,
                     idf: Callable[[str], float] | None = None) -> list[str]:
    """The run of up to three consecutive sentences that best covers the question's words.

    Heading lines (known from ``lines``, the passage's layout) are never quoted as the answer. Words
    count by how telling they are (idf when given); on a tie the earlier sentence wins, as definitions
    and rules tend to come before their details.
    """
    rows = passage.split("\n")
    if lines is not None and len(lines) == len(rows):
        rows = [row for row, (_, heading) in zip(rows, lines) if not heading]
    sentences = [s for row in rows if row.strip() for s in split_sentences(row.strip())]
    if not sentences:
        return []
    terms = question_terms(question)
    weigh = idf or (lambda t: 1.0 + math.log(1 + len(t)))  # without idf: longer stems are rarer
    weights = {t: weigh(t) for t, _ in terms}
    kind = _answer_kind(question)
    kind_bonus = 0.5 * max(weights.values(), default=1.0)

    def score(sentence: str) -> float:
        stems, folded = set(analysis.content_terms(sentence)), analysis.fold(sentence)
        found = sum(weights[t] for t, p in terms if _matches(t, p, stems, folded))
        if kind is not None and kind.search(sentence):
            found += kind_bonus
        return found - (0.5 if len(sentence.split()) < 4 else 0.0)  # a fragment answers little

    scores = [score(s) for s in sentences]
    best = max(range(len(sentences)), key=lambda i: (round(scores[i], 6), -i))
    chosen = [best]
    for nxt in range(best + 1, min(best + max_sentences, len(sentences))):
        if scores[nxt] > 0 or sentences[nxt - 1].rstrip().endswith(":"):
            chosen.append(nxt)
        else:
            break
    if len(chosen) == 1 and len(sentences[best].split()) < 6 and best + 1 < len(sentences):
        chosen.append(best + 1)  # a short heading-like line needs the sentence after it
    return [sentences[i] for i in chosen]
