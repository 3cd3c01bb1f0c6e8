"""The answer as an Adaptive Card (schema 1.5, what Teams renders), as plain JSON-able data.

Routine text goes into RichTextBlock/TextRun, which Teams shows literally: a ``*`` or ``_`` in a
document never turns into formatting, and nothing a document says can become a link or a mention.
The wording comes from bot.answer (shared with Discord and the terminal); this only arranges it.
No Teams SDK here, so the cards are checked against the schema in tests without a server.
"""
from __future__ import annotations

import json
from typing import Any

from ..answer import Citation, Reply
from ..texts import BUTTON_COLLEAGUE, BUTTON_HELPFUL, BUTTON_MORE, BUTTON_NOT_HELPFUL, NO_MORE_SOURCES
from . import texts

VERSION = "1.5"
MAX_CARD_BYTES = 28_000  # Teams refuses larger cards
MORE_IN_CARD = 2
LONGEST_RUN = 2_000  # characters of one quoted text; a card is a preview, the document is the source

VOTE, MORE, COLLEAGUE = "rutinbot.vote", "rutinbot.more", "rutinbot.colleague"
VERBS = (VOTE, MORE, COLLEAGUE)


def _cut(text: str, limit: int = LONGEST_RUN) -> str:
    if len(text) <= limit:
        return text
    kept = text[: limit - 2].rsplit(" ", 1)[0]
    return f"{kept} …"


def literal(text: str, **style: Any) -> dict:
    """One paragraph shown exactly as written."""
    return {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": _cut(text), **style}]}


def lines(text: str, **style: Any) -> list[dict]:
    """Several lines shown as written, one block each: Teams does not break a TextRun at a single line break
    (and some of its clients at none), so a quoted list would run into one line."""
    return [{**literal(line, **style), **({"spacing": "None"} if n else {})}
            for n, line in enumerate(text.split("\n"))]


def runs(*parts: tuple[str, dict]) -> dict:
    """One paragraph of several literal runs, each with its own style (bold title, monospace file …)."""
    return {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": _cut(t), **s} for t, s in parts if t]}


def heading(text: str, **style: Any) -> dict:
    """Our own fixed wording (no routine text), so a TextBlock is safe."""
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def citation_blocks(citation: Citation, *, with_validity: bool = True) -> list[dict]:
    """Title, page and section in bold, the file in monospace, then validity and warnings."""
    blocks = [runs((citation.label, {"weight": "Bolder"}), ("  ·  ", {"isSubtle": True}),
                   (citation.document, {"fontType": "Monospace", "isSubtle": True}))]
    if with_validity and citation.validity:
        blocks.append(literal(citation.validity, italic=True, isSubtle=True))
    blocks += [literal(f"⚠️ {note}", color="Attention") for note in citation.notes]
    return blocks


def _notices(notices: list[str]) -> list[dict]:
    if not notices:
        return []
    return [{"type": "Container", "style": "warning", "items": [literal(f"⚠️ {n}") for n in notices]}]


def action(title: str, verb: str, question_id: int, **data: Any) -> dict:
    """Action.Execute: Teams sends an adaptiveCard/action invoke, answered privately to the person who clicked."""
    return {"type": "Action.Execute", "title": title, "verb": verb, "data": {"question": question_id, **data}}


def answer_actions(question_id: int, *, has_sources: bool) -> list[dict]:
    actions = [action(f"👍 {BUTTON_HELPFUL}", VOTE, question_id, helpful=True),
               action(f"👎 {BUTTON_NOT_HELPFUL}", VOTE, question_id, helpful=False)]
    if has_sources:
        actions.append(action(f"📚 {BUTTON_MORE}", MORE, question_id))
    actions.append(action(f"🙋 {BUTTON_COLLEAGUE}", COLLEAGUE, question_id))
    return actions


def card(body: list[dict], actions: list[dict] | None = None, fallback: str = "") -> dict:
    content: dict[str, Any] = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                               "version": VERSION, "body": body}
    if actions:
        content["actions"] = actions
    if fallback:
        content["fallbackText"] = fallback
    return content


def answer_card(reply: Reply, question_id: int, *, has_sources: bool = True) -> dict:
    """The answer: headline, the question, notices, the quoted sentences, "Källa", further sources, buttons."""
    body: list[dict] = [
        heading(reply.headline, size="Medium", weight="Bolder", color="Good" if reply.answered else "Warning"),
        runs(("Fråga: ", {"isSubtle": True}), (" ".join(reply.question.split()), {"isSubtle": True})),
        *_notices(reply.notices),
    ]
    if reply.answered and reply.source:
        body += lines(reply.body)
        body.append({"type": "Container", "style": "emphasis", "separator": True,
                     "items": [heading("Källa", weight="Bolder", size="Small"), *citation_blocks(reply.source)]})
        more_title, footer = "Se även", texts.FOOTER_ANSWERED
    else:
        body.append(literal(reply.advice or ""))
        body.append(literal(reply.body, isSubtle=bool(reply.more)))
        more_title, footer = "Närmaste träff", texts.FOOTER_NOT_ANSWERED
    for citation, excerpt in reply.more[:MORE_IN_CARD]:
        body.append({"type": "Container", "separator": True,
                     "items": [heading(more_title, weight="Bolder", size="Small"),
                               *citation_blocks(citation, with_validity=False), literal(excerpt, isSubtle=True)]})
    body.append(heading(f"Fråga nr {question_id} · {footer}", size="Small", isSubtle=True))
    return fit(card(body, answer_actions(question_id, has_sources=has_sources), fallback=reply.headline))


def sources_card(sources: list[tuple[Citation, str]]) -> dict:
    """What "Visa fler källor" sends: every source the clicking person may read, one block each."""
    if not sources:
        return card([heading(NO_MORE_SOURCES, wrap=True)])
    body: list[dict] = [heading(f"Alla källor till svaret som du har tillgång till ({len(sources)})", weight="Bolder")]
    for number, (citation, excerpt) in enumerate(sources, 1):
        body.append({"type": "Container", "separator": True,
                     "items": [heading(f"{number}.", weight="Bolder", size="Small"), *citation_blocks(citation),
                               literal(excerpt)]})
    return fit(card(body))


def size(content: dict) -> int:
    return len(json.dumps(content, ensure_ascii=False).encode("utf-8"))


def fit(content: dict) -> dict:
    """Drop further-source blocks from the end until the card is under Teams' size limit.

    The headline, the quote and "Källa" come first in the body and are never dropped; with runs cut at
    LONGEST_RUN characters they alone are far below the limit.
    """
    body = content["body"]
    while size(content) > MAX_CARD_BYTES and len(body) > 4:
        droppable = [i for i, block in enumerate(body) if block.get("type") == "Container" and block.get("separator")
                     and block.get("style") != "emphasis"]
        if not droppable:
            break
        del body[droppable[-1]]
    return content


def _fact_list(label: str, paths: list[str], show: int = 15) -> list[dict]:
    if not paths:
        return []
    listed = ", ".join(paths[:show]) + (f" och {len(paths) - show} till" if len(paths) > show else "")
    return [runs((f"{label} ({len(paths)}): ", {"weight": "Bolder"}), (listed, {"fontType": "Monospace"}))]


def summary_card(report: Any, show_failed: int = 50) -> dict:
    """The reindex result: counts, the files that changed, and every failure with its reason."""
    seconds = f"{report.seconds:.1f}".replace(".", ",")
    body: list[dict] = [
        heading(f"Indexeringen är klar på {seconds} s: {report.documents} dokument, {report.passages} avsnitt.",
                weight="Bolder", color="Good" if not report.failed else "Warning"),
        {"type": "FactSet", "facts": [{"title": title, "value": str(len(items))} for title, items in (
            ("Nya", report.added), ("Ändrade", report.changed), ("Borttagna", report.removed),
            ("Oförändrade", report.unchanged), ("Misslyckade", report.failed))]},
    ]
    if not (report.added or report.changed or report.removed or report.failed):
        body.append(heading("Inga ändringar – samma index som förut används."))
    body += _fact_list("Nya", report.added) + _fact_list("Ändrade", report.changed)
    body += _fact_list("Borttagna", report.removed)
    if report.failed:
        body.append(heading(f"Kunde inte läsas ({len(report.failed)}):", weight="Bolder"))
        body += [runs((path, {"fontType": "Monospace"}), (f": {reason}", {})) for path, reason in report.failed[:show_failed]]
        if len(report.failed) > show_failed:
            body.append(heading(f"… och {len(report.failed) - show_failed} till (se loggen eller kör rutinbot index)."))
    return fit(card(body, fallback="Indexeringen är klar."))
