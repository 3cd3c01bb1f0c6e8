"""The platform-neutral reply: what a staff member reads, in Swedish, whatever chat they use.

Front ends only lay this out (an embed, a terminal block); the wording and the citations are made here
once, so Discord and the terminal never disagree about what an answer says.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from index import MAX_QUESTION_CHARS, Answer, Source, ends_at_review, only_identity_numbers

ASK_A_PERSON = "Fråga din introduktionsmentor eller enhetschef – och tipsa gärna om att rutinen saknas."
NOT_FOUND = "Jag hittade inget i rutinerna som besvarar frågan."
TENTATIVE = "Det här kanske hjälper – men jag är inte säker på att det svarar på frågan"
CHECK_WITH_A_PERSON = "Kontrollera med din introduktionsmentor eller enhetschef om det här inte svarar på frågan."
EXCERPT_WORDS = 45
GONE = "(Avsnittet finns inte längre i rutinerna – rutinen kan ha ändrats sedan svaret gavs.)"
# Answer.warnings codes shown to the reader in words; a code not listed here is shown as it is.
WARNING_TEXTS = {
    "personnummer": "Ett personnummer i frågan togs bort innan frågan söktes och sparades.",
    "samordningsnummer": "Ett samordningsnummer i frågan togs bort innan frågan söktes och sparades.",
}
TRUNCATED_TEXT = f"Frågan var längre än {MAX_QUESTION_CHARS} tecken; bara början söktes och sparades."
ONLY_NUMBERS = "Frågan innehöll bara ett personnummer, så det fanns inget att söka efter."
PRIVACY_REMINDER = ("Jag tog bort numret innan något sparades. Skriv inte personnummer, namn eller andra uppgifter "
                    "om klienter i frågor – fråga om rutinen i allmänna ordalag.")


def warning_notices(answer: Answer) -> list[str]:
    return [WARNING_TEXTS.get(w, w) for w in answer.warnings] + ([TRUNCATED_TEXT] if answer.truncated else [])


@dataclass
class Citation:
    title: str
    document: str
    page: int | None
    section: str | None
    notes: list[str] = field(default_factory=list)  # e.g. that the routine has expired
    warning: str | None = None  # expired or soon to expire (also among the notes), repeated in plain-text answers
    validity: str | None = None  # "Gäller till 2027-03-31 · dokumentansvarig: …" for a routine in force

    @property
    def label(self) -> str:
        """"Hembesök och personlarm, s. 2, avsnitt "Så fungerar larmet"" — as short as it can be."""
        parts = [self.title]
        if self.page is not None:
            parts.append(f"s. {self.page}")
        if self.section and self.section != self.title:
            parts.append(f"avsnitt ”{self.section}”")
        return ", ".join(parts)


@dataclass
class Reply:
    question: str
    answered: bool
    headline: str
    body: str  # the quoted sentences, or the reason for not answering
    source: Citation | None  # where the body is quoted from
    more: list[tuple[Citation, str]]  # further passages: citation and a short excerpt
    advice: str | None  # who to turn to when the routines do not answer
    notices: list[str] = field(default_factory=list)
    small_talk: bool = False  # a greeting or thanks, answered with the headline alone
    tentative: bool = False  # the quote may help, but the evidence is too weak to call it the answer


def _who_to_ask(source: Source) -> str:
    """The routine's owner; where it names none, the one who decided it ("Fastställd av"), who knows it too."""
    if source.owner:
        return f"dokumentansvarig ({source.owner})"
    if source.decided_by:
        return f"den som beslutade den ({source.decided_by})"
    return "din chef (rutinen anger ingen dokumentansvarig)"


def expiry_warning(source: Source) -> str | None:
    """For a routine past its "Gäller till" date (or its review date): it is still quoted, but the reader is
    told plainly and told whom to ask."""
    if not source.expired:
        return None
    if ends_at_review(source.valid_until, source.review_by):
        return (f"Rutinen skulle ha reviderats senast {source.review_by} och kan vara inaktuell. "
                f"Fråga {_who_to_ask(source)} om den fortfarande gäller innan du följer den.")
    return (f"Rutinen har gått ut: den gällde till {source.valid_until}. "
            f"Fråga {_who_to_ask(source)} om den fortfarande gäller innan du följer den.")


def expiring_note(source: Source) -> str | None:
    """For a routine whose validity ends within 60 days: it holds, but a new version may be on its way."""
    if source.expired or not source.expiring or source.days_left is None:
        return None
    when = "i dag" if source.days_left == 0 else "i morgon" if source.days_left == 1 else \
        f"om {source.days_left} dagar"
    if ends_at_review(source.valid_until, source.review_by):
        return (f"Rutinen ska revideras senast {source.review_by} ({when}). "
                f"Fråga {_who_to_ask(source)} om en ny version är på väg.")
    return (f"Rutinen gäller bara till {source.valid_until} ({when}). "
            f"Fråga {_who_to_ask(source)} om en ny version är på väg.")


def validity(source: Source) -> str | None:
    """Whether a routine in force is current, as its header (or sidecar) says; None when nothing is stated
    (nothing is guessed: no date is shown that the routine does not give)."""
    if source.expired:
        return None  # the expiry warning says it instead
    parts = []
    if source.valid_until:
        parts.append(f"Ska revideras senast {source.valid_until}" if ends_at_review(source.valid_until, source.review_by)
                     else f"Gäller till {source.valid_until}")
    elif source.valid_indefinitely:
        parts.append("Gäller tills vidare")
    elif source.decided:
        parts.append(f"Beslutad {source.decided}")
    elif source.revised:  # a page that states no decision nor end: how fresh it is, so a reader can judge
        parts.append(f"Senast uppdaterad {source.revised}")
    if source.owner:
        parts.append(f"dokumentansvarig: {source.owner}")
    elif source.decided_by:
        parts.append(f"beslutad av: {source.decided_by}")
    return " · ".join(parts) or None


def copies_note(source: Source) -> str | None:
    """"Finns också i: hemtjanst-soder, boendestod" for a routine several units keep in near-identical copies."""
    places = list(dict.fromkeys(path.rsplit("/", 1)[0] if "/" in path else path for path in source.also_in))
    return f"Finns också i: {', '.join(places)}" if places else None


def cite(source: Source) -> Citation:
    warning = expiry_warning(source) or expiring_note(source)
    notes = [n for n in (warning, copies_note(source)) if n]
    return Citation(source.title, source.document, source.page, source.section,
                    notes=notes, warning=warning, validity=validity(source))


def older_version_notices(answer: Answer, shown: list[Source]) -> list[str]:
    """That an older version of a cited routine exists and was left out, once a routine."""
    notices, seen = [], set()
    for number, source in enumerate(shown):
        if not source.older_versions or source.document in seen:
            continue
        seen.add(source.document)
        versions = ", ".join(
            f"{v.document} beslutad {v.decided}" if v.decided else f"{v.document} daterad {v.dated}"
            for v in source.older_versions
        )
        several = len(source.older_versions) > 1
        what = "äldre versioner" if several else "en äldre version"
        if number == 0 and answer.answered:
            notices.append(f"Det finns {what} av rutinen ({versions}); svaret bygger på den senaste.")
        else:
            notices.append(f"Det finns {what} av ”{source.title}” ({versions}); här visas den senaste.")
    return notices


def excerpt(source: Source, words: int = EXCERPT_WORDS) -> str:
    """A short quote from a further source: the sentences nearest the question, else the passage start
    without its heading line (the citation already names the section)."""
    if source.highlight:
        text = " ".join(source.highlight)
    else:
        lines = source.text.split("\n")
        text = " ".join(lines[1:] if len(lines) > 1 and lines[0] == source.section else lines)
    tokens = text.split()
    return " ".join(tokens) if len(tokens) <= words else " ".join(tokens[:words]) + " …"


def build_reply(answer: Answer, more_sources: int = 2, *, reminded: bool = False) -> Reply:
    """``reminded``: the front end reminds the asker of a removed number itself (the chat bots do, privately
    where they can), so a question that was only a number is not given the same reminder again in the reply."""
    if not answer.sources and answer.warnings and only_identity_numbers(answer.question):
        return Reply(question=answer.question, answered=False, headline=ONLY_NUMBERS,
                     body="" if reminded else PRIVACY_REMINDER, source=None, more=[], advice=None)
    if answer.answered and answer.sources:
        top = answer.sources[0]
        body = "\n".join(answer.lines()) or excerpt(top)
        return Reply(
            question=answer.question,
            answered=True,
            headline=TENTATIVE if answer.grade == "tentative" else "Det här står i rutinerna",
            body=f"”{body}”",
            source=cite(top),
            more=[(cite(s), excerpt(s)) for s in answer.sources[1 : 1 + more_sources]],
            advice=CHECK_WITH_A_PERSON if answer.grade == "tentative" else None,
            tentative=answer.grade == "tentative",
            notices=warning_notices(answer) + older_version_notices(answer, answer.sources[: 1 + more_sources]),
        )
    return Reply(
        question=answer.question,
        answered=False,
        headline=NOT_FOUND,
        body="Här är det som ligger närmast, men det verkar inte svara på frågan:" if answer.sources else
        "Det finns inga rutiner som liknar frågan.",
        source=None,
        more=[(cite(s), excerpt(s)) for s in answer.sources[:more_sources]],
        advice=ASK_A_PERSON,
        notices=warning_notices(answer) + older_version_notices(answer, answer.sources[:more_sources]),
    )


def small_talk_reply(question: str, text: str) -> Reply:
    return Reply(question=question, answered=False, headline=text, body="", source=None, more=[], advice=None,
                 small_talk=True)


def all_notices(reply: Reply) -> list[str]:
    """Every notice the reply shows (removed numbers, older versions, expired routines), each once."""
    cited = [reply.source] if reply.source else []
    return list(dict.fromkeys([*reply.notices, *(n for c in cited + [c for c, _ in reply.more] for n in c.notes)]))


def answer_json(answer: Answer, reply: Reply) -> dict:
    """One answer as `ask --json` prints it: the library's fields, the reply text and its notices."""
    return {**answer.as_dict(answer_text(reply)), "notices": all_notices(reply)}


def answer_text(reply: Reply) -> str:
    """The reply as one plain string: the ``answer`` field of --json and what a plain-text chat shows."""
    if reply.small_talk:
        return reply.headline
    if reply.answered and reply.source:
        warning = f"\nObs! {reply.source.warning}" if reply.source.warning else ""
        valid = f"\n{reply.source.validity}" if reply.source.validity else ""
        hedge = f"{reply.headline}:\n" if reply.tentative else ""
        return f"{hedge}{reply.body}\nKälla: {reply.source.label} ({reply.source.document}){valid}{warning}"
    return f"{reply.headline} {reply.advice or reply.body}"


def render_text(reply: Reply) -> str:
    """A terminal rendering with every citation."""
    if reply.small_talk:
        return reply.headline
    lines = [reply.headline, ""]
    lines += [f"! {n}" for n in reply.notices]
    lines.append(reply.body)
    if reply.source:
        lines += ["", f"Källa: {reply.source.label}", f"        {reply.source.document}"]
        lines += [f"        {reply.source.validity}"] if reply.source.validity else []
        lines += [f"        ! {n}" for n in reply.source.notes]
    if reply.more:
        lines += ["", "Fler källor:" if reply.answered else "Närmaste träffar:"]
        for citation, text in reply.more:
            lines.append(f"- {citation.label} ({citation.document})")
            lines += [f"  ! {n}" for n in citation.notes]
            lines.append(f"  {text}")
    if reply.advice:
        lines += ["", reply.advice]
    return "\n".join(lines)
