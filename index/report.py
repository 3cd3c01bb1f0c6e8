"""What an administrator needs to know about the routine library and the questions asked of it.

Gathered here, rendered elsewhere (``bot/`` writes the Swedish HTML page and the chat summary): which
routines have expired, end soon, lack an owner or a validity, or are older versions still lying in the
folders; how many questions came each week and how many were answered; what people asked that the
routines did not answer (or answered unhelpfully), grouped by topic with the embedding model; and which
routines are cited most. Questions are shown as the log keeps them: pseudonymised, and redacted again
here so a personnummer can never reach the page.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np

from .describe import DocumentInfo
from .metadata import EXPIRING_WITHIN_DAYS, ends_at_review
from .privacy import redact

if TYPE_CHECKING:
    from .library import Library

TOPIC_SIMILARITY = 0.87  # average cosine within a topic (e5 queries; chosen by eye on the benchmark log, see notes)
EXAMPLES_PER_TOPIC = 3
ROUTINES_PER_TOPIC = 3
MOST_CITED = 10


@dataclass
class RoutineRow:
    """One routine file as the report lists it."""

    path: str
    title: str
    collection: str
    owner: str | None
    decided: str | None
    valid_until: str | None
    valid_indefinitely: bool
    days_left: int | None  # to valid_until; negative once expired
    cited: int = 0  # times it was the first source of an answer in the period
    replaced_by: str | None = None
    review_by: str | None = None  # "Revideras senast" (see DocumentInfo)

    @property
    def ends_at_review(self) -> bool:
        return ends_at_review(self.valid_until, self.review_by)


@dataclass
class Week:
    """One ISO week of questions: "2026-W48", its Monday, how many were asked, answered and voted down."""

    label: str
    monday: date
    asked: int = 0
    answered: int = 0
    not_helpful: int = 0

    @property
    def answered_share(self) -> float | None:
        return self.answered / self.asked if self.asked else None


@dataclass
class Topic:
    """Questions the routines did not answer (or answered unhelpfully) that belong together."""

    size: int
    unanswered: int
    not_helpful: int
    examples: list[str]  # the most central questions first, redacted
    routines: list[tuple[str, str, int]]  # (title, path, how many of the questions it came up for)


@dataclass
class CitedRoutine:
    title: str
    path: str
    owner: str | None
    times: int  # first source of an answered question
    not_helpful: int  # of those answers, how many got a thumbs down


@dataclass
class AdminReport:
    generated_at: datetime
    today: date
    since_days: float | None
    documents: int  # routine files in service (failed ones not counted)
    failed: int
    expired: list[RoutineRow] = field(default_factory=list)
    expiring: list[RoutineRow] = field(default_factory=list)  # within the given number of days
    expiring_within: int = 60
    no_owner: list[RoutineRow] = field(default_factory=list)
    no_validity: list[RoutineRow] = field(default_factory=list)
    older_versions: list[RoutineRow] = field(default_factory=list)  # replaced, still in the folders
    weeks: list[Week] = field(default_factory=list)
    asked: int = 0
    answered: int = 0
    not_helpful: int = 0
    topics: list[Topic] = field(default_factory=list)
    most_cited: list[CitedRoutine] = field(default_factory=list)
    owners: list[tuple[str, int]] = field(default_factory=list)  # owner and how often their routines were cited


_ID_LIKE = re.compile(r"(?<!\d)(?:\d{2})?(?P<yymmdd>\d{6})[-+\u2010\u2011\u2013\u2212 ]?\d{4}(?!\d)")


def shown_question(text: str) -> str:
    """A logged question as the report may show it: redacted again (the log did it already, but a row from
    before a fix must not leak), and anything shaped like an identity number with a real date masked even
    when its check digit is wrong (a mistyped personnummer is still someone's)."""
    def mask(m: re.Match) -> str:
        digits = m["yymmdd"]
        month, day = int(digits[2:4]), int(digits[4:6])
        return "[nummer]" if 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91) else m[0]
    return _ID_LIKE.sub(mask, redact(text).text)


def _row(info: DocumentInfo, today: date, cited: Counter) -> RoutineRow:
    days_left = None
    if info.valid_until and not info.valid_indefinitely:
        try:
            days_left = (date.fromisoformat(info.valid_until) - today).days
        except ValueError:
            days_left = None
    return RoutineRow(info.path, info.title or info.path, info.collection, info.owner, info.decided,
                      info.valid_until, info.valid_indefinitely, days_left, cited.get(info.path, 0),
                      info.replaced_by, info.review_by)


def _week_of(day: date) -> tuple[str, date]:
    year, week, _ = day.isocalendar()
    return f"{year}-V{week:02d}", day - timedelta(days=day.weekday())


def _weeks(entries: list[dict], first: date | None, last: date) -> list[Week]:
    """Every week from the first question (or ``first``) to ``last``, empty weeks included: a chart with gaps
    left out would hide the quiet weeks."""
    days = [datetime.fromisoformat(e["asked_at"]).date() for e in entries]
    start = first or (min(days) if days else last)
    weeks: dict[date, Week] = {}
    monday = start - timedelta(days=start.weekday())
    while monday <= last:
        label, _ = _week_of(monday)
        weeks[monday] = Week(label, monday)
        monday += timedelta(days=7)
    for entry, day in zip(entries, days):
        _, monday = _week_of(day)
        week = weeks.setdefault(monday, Week(_week_of(day)[0], monday))
        week.asked += 1
        week.answered += entry["answered"]
        week.not_helpful += entry["feedback"]["not_helpful"] > 0
    return [weeks[k] for k in sorted(weeks)]


def group_topics(questions: list[str], vectors: np.ndarray, threshold: float = TOPIC_SIMILARITY) -> list[list[int]]:
    """Indices of questions grouped by meaning, largest group first, the most central question first.

    Average-linkage clustering: the two groups whose questions are most alike on average merge, until no
    two groups are alike at ``threshold``. Unlike joining questions to a growing group's centre, this does
    not snowball (e5 puts every pair of Swedish questions at a cosine of about 0.8, so a large group's
    centre ends up near everything), and no number of topics is chosen in advance. A few hundred open
    questions take well under a second.
    """
    n = len(questions)
    if n == 0:
        return []
    vectors = np.asarray(vectors, dtype=np.float64)
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -np.inf)
    sizes = np.ones(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    while len(members) > 1:
        i, j = divmod(int(np.argmax(sims)), n)
        if sims[i, j] < threshold:
            break
        merged = (sims[i] * sizes[i] + sims[j] * sizes[j]) / (sizes[i] + sizes[j])
        sims[i, :], sims[:, i] = merged, merged
        sims[i, i] = -np.inf
        sims[j, :], sims[:, j] = -np.inf, -np.inf
        sizes[i] += sizes[j]
        members[i] += members.pop(j)
    ordered = []
    for group in members.values():
        centre = vectors[group].mean(axis=0)
        ordered.append([group[k] for k in np.argsort(-(vectors[group] @ centre), kind="stable")])
    return sorted(ordered, key=lambda m: (-len(m), min(m)))


Embeddings = tuple[dict[int, np.ndarray], Callable[[list[str]], np.ndarray]]


def _vectors(entries: list[dict], texts: list[str], embeddings: Embeddings | None) -> np.ndarray:
    """One vector per question: stored with it when asked, else embedded now; without embeddings each
    question stands alone (an identity matrix groups nothing)."""
    if embeddings is None:
        return np.eye(len(texts), dtype=np.float32)
    stored, embed = embeddings
    missing = [i for i, e in enumerate(entries) if e["id"] not in stored]
    fresh = dict(zip(missing, embed([texts[i] for i in missing]))) if missing else {}
    return np.vstack([np.asarray(fresh[i] if i in fresh else stored[e["id"]], dtype=np.float32)
                      for i, e in enumerate(entries)])


def gather(documents: list[DocumentInfo], entries: list[dict], embeddings: Embeddings | None, *, today: date,
           since_days: float | None, now: datetime | None = None, expiring_within: int = 60,
           topic_similarity: float = TOPIC_SIMILARITY) -> AdminReport:
    """The report from the documents in service and the question log entries of the period.

    ``embeddings`` (the vectors stored with the questions, by id, and a function embedding the rest) group
    the open questions by topic; without them each question is its own group.
    """
    now = now or datetime.now(UTC)
    answered = [e for e in entries if e["answered"]]
    cited = Counter(e["sources"][0]["document"] for e in answered if e["sources"] and e["sources"][0].get("document"))
    cited_down = Counter(e["sources"][0]["document"] for e in answered
                         if e["sources"] and e["feedback"]["not_helpful"] > 0)
    served = [d for d in documents if d.status != "failed"]
    rows = {d.path: _row(d, today, cited) for d in served}
    current = [rows[d.path] for d in served if d.status != "replaced"]
    report = AdminReport(generated_at=now, today=today, since_days=since_days, documents=len(served),
                         failed=sum(d.status == "failed" for d in documents), expiring_within=expiring_within)
    report.expired = sorted((r for r in current if r.days_left is not None and r.days_left < 0),
                            key=lambda r: (r.days_left, r.path))
    report.expiring = sorted((r for r in current if r.days_left is not None and 0 <= r.days_left <= expiring_within),
                             key=lambda r: (r.days_left, r.path))
    report.no_owner = sorted((r for r in current if not r.owner), key=lambda r: r.path)
    report.no_validity = sorted((r for r in current if not r.valid_until and not r.valid_indefinitely),
                                key=lambda r: r.path)
    report.older_versions = sorted((rows[d.path] for d in served if d.status == "replaced"),
                                   key=lambda r: (-r.cited, r.path))

    first = (now - timedelta(days=since_days)).date() if since_days is not None else None
    report.weeks = _weeks(entries, first, now.date())
    report.asked, report.answered = len(entries), len(answered)
    report.not_helpful = sum(e["feedback"]["not_helpful"] > 0 for e in entries)

    open_questions = [e for e in entries if not e["answered"] or e["feedback"]["not_helpful"] > 0]
    texts = [shown_question(e["question"]) for e in open_questions]
    if texts:
        for members in group_topics(texts, _vectors(open_questions, texts, embeddings), topic_similarity):
            near: Counter = Counter()
            titles: dict[str, str] = {}
            for i in members:
                for source in open_questions[i]["sources"][:2]:
                    if source.get("document"):
                        near[source["document"]] += 1
                        titles[source["document"]] = source.get("title") or source["document"]
            examples = list(dict.fromkeys(texts[i] for i in members))[:EXAMPLES_PER_TOPIC]
            report.topics.append(Topic(
                size=len(members), unanswered=sum(not open_questions[i]["answered"] for i in members),
                not_helpful=sum(open_questions[i]["feedback"]["not_helpful"] > 0 for i in members),
                examples=examples,
                routines=[(titles[p], p, n) for p, n in near.most_common(ROUTINES_PER_TOPIC)],
            ))

    titles = {d.path: d.title or d.path for d in documents}
    owners = {d.path: d.owner for d in documents}
    report.most_cited = [CitedRoutine(titles.get(p, p), p, owners.get(p), n, cited_down.get(p, 0))
                         for p, n in cited.most_common(MOST_CITED)]
    by_owner: Counter = Counter()
    for path, n in cited.items():
        by_owner[owners.get(path) or ""] += n
    report.owners = [(o, n) for o, n in by_owner.most_common() if o][:MOST_CITED]
    return report


def admin_report(library: Library, since_days: float | None = None, *, group_topics: bool = True,
                 expiring_within: int = EXPIRING_WITHIN_DAYS, topic_similarity: float = TOPIC_SIMILARITY) -> AdminReport:
    """The administrator report of ``library``'s index in service and question log: routines to look
    after, questions per week, open questions by topic (grouped by the vectors stored with them, the
    model loaded only for questions logged without one; not at all with ``group_topics`` False), the
    most cited routines."""
    entries = library.journal.entries(since_days=since_days)
    stored = library.journal.vectors([e["id"] for e in entries], library.model_name) if group_topics else {}

    def embed(texts: list[str]) -> np.ndarray:
        return library.embedder.embed_queries(texts)

    return gather(library.documents(), entries, (stored, embed) if group_topics else None, today=library.clock(),
                  since_days=since_days, now=library.journal.clock(), expiring_within=expiring_within,
                  topic_similarity=topic_similarity)
