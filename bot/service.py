"""What every front end does with a question: answer it, log it, and serve the buttons that follow.

Front ends (terminal, Discord, later Teams) call only this and lay out the Reply; the rules about
logging, feedback and which collections a person may read are applied here once.
"""
from __future__ import annotations

from dataclasses import dataclass

from index import AlreadyVoted, Answer, Library, Source, admin_report

from . import texts
from .answer import GONE, Citation, Reply, build_reply, cite, excerpt, small_talk_reply
from .followup import Conversations
from .report_chat import summary_text
from .smalltalk import small_talk


@dataclass
class Asked:
    answer: Answer
    reply: Reply
    question_id: int  # 0: small talk, neither searched nor logged, so no buttons follow it


class Assistant:
    def __init__(self, library: Library):
        self.library = library
        self.conversations = Conversations()

    def ask(self, question: str, *, origin: str, user: str | int | None = None, channel: str | None = None,
            collections: list[str] | None = None, k: int = 5, reminded: bool = False,
            conversing: bool = False) -> Asked:
        """Blocking (embedding and search): front ends on an event loop run it in a worker thread.
        ``reminded``: the front end sends its own privacy reminder (see ``build_reply``). ``conversing``: a
        chat, where a message may continue the person's previous question (see followup); not `ask -`,
        whose lines are questions of their own."""
        friendly = small_talk(question)
        if friendly is not None:
            return Asked(Answer(question, False, [], [], grade="greeting"), small_talk_reply(question, friendly), 0)
        person = None if user is None or not conversing else self.pseudonym(user)
        earlier = None
        if person is not None:
            question, earlier = self.conversations.read(person, channel, question)
        answer = self.library.ask(question, k=k, collections=collections)
        if earlier is not None and answer.grade == "confident":
            answer.grade = "tentative"  # read with the question before it: a guess at what was meant
        if person is not None and answer.sources:
            self.conversations.remember(person, channel, answer.question)  # redacted, as searched
        question_id = self.library.journal.record_question(answer, origin=origin, user=user, channel=channel)
        reply = build_reply(answer, reminded=reminded)
        if earlier is not None:
            reply.notices.insert(0, texts.read_as_follow_up(earlier))
        return Asked(answer, reply, question_id)

    def pseudonym(self, user: str | int | None) -> str:
        """How a person is named in the process log: the question log's keyed pseudonym, never their id."""
        return self.library.journal.user_key(user) or "?"

    def stored(self, question_id: int) -> tuple[str, bool, list[Source]] | None:
        return self.library.journal.question(question_id)

    def more_sources(self, question_id: int, collections: list[str] | None) -> list[tuple[Citation, str]]:
        """All sources shown for an earlier answer that the person clicking may read."""
        stored = self.stored(question_id)
        if stored is None:
            return []
        _, _, sources = stored
        return [(cite(s), excerpt(s, 80) or GONE) for s in sources
                if collections is None or s.collection in collections]

    def audit(self, action: str, details: dict | None = None, *, user: str | int | None = None,
              actor: str | None = None) -> None:
        """Record an admin action: by a platform user (stored as their pseudonymous key) or a named actor."""
        who = actor or self.pseudonym(user)
        self.library.audit.record(who, action, details)

    def feedback(self, question_id: int, user: str | int, helpful: bool) -> bool:
        """Record a vote; False when this person already voted on this answer."""
        try:
            self.library.journal.record_feedback(question_id, user, helpful)
        except AlreadyVoted:
            return False
        return True

    def report_summary(self, since_days: float | None = 30, *, user: str | int | None = None,
                       actor: str | None = None) -> str:
        """The administrator report as a chat message (who may ask is the front end's admin check). Reading
        the question log is an admin action, so it is recorded in the audit trail."""
        report = admin_report(self.library, since_days=since_days)
        self.audit("report", {"since_days": since_days, "questions": report.asked, "topics": len(report.topics)},
                   user=user, actor=actor)
        return summary_text(report)
