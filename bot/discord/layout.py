"""Everything the Discord bot says, in Swedish, as plain data: embed specs and message texts.

The wording of an answer comes from bot.answer (shared with the terminal); this only arranges it the
way Discord shows it. No discord.py here, so the layout is tested (and rendered in tests) without it.
"""
from __future__ import annotations

import re
from datetime import datetime

from index import BuildProgress, BuildReport, IndexStatus

from .. import texts
from ..answer import Citation, Reply
from .limits import EmbedField, EmbedSpec, fit_embed, shorten, split_message

ANSWERED_COLOUR = 0x2E7D32  # green: quoted from a routine
NOT_ANSWERED_COLOUR = 0xE67E22  # orange: ask a person
MORE_IN_EMBED = 2

HOW_TO_ASK = ("Hej! Skriv din fråga direkt efter att du nämnt mig, till exempel "
              "”@rutinbot Hur fungerar personlarmet?”. Du kan också använda /fråga.")
NO_INDEX = "Jag har inga rutiner inlästa ännu. Be en administratör att köra /reindexera."
ADMIN_ONLY = ("Det här kommandot är bara till för administratörer (rollen för rutinadministratörer "
              "eller behörigheten Hantera server).")


_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]])")


def escape(text: str) -> str:
    """Routine text shown literally: a ``*`` or ``_`` in a document must not turn into formatting."""
    return _MARKDOWN.sub(r"\\\1", text)


def _code(text: str) -> str:
    return f"`{text.replace('`', 'ˋ')}`"


def citation_lead(citation: Citation, *, one_line: bool = False) -> str:
    """The citation as shown: title, page and section in bold, the file, then notes such as validity."""
    parts = [f"**{escape(citation.label)}**", _code(citation.document)]
    head = " · ".join(parts) if one_line else "\n".join(parts)
    validity = [f"*{escape(citation.validity)}*"] if citation.validity and not one_line else []
    return "\n".join([head] + validity + [f"⚠️ {escape(note)}" for note in citation.notes])


def reply_embed(reply: Reply, question_id: int) -> EmbedSpec:
    """The answer card: quoted sentences, "Källa", up to two more sources, or who to ask instead."""
    notices = "".join(f"⚠️ {escape(n)}\n" for n in reply.notices)
    fields: list[EmbedField] = []
    if reply.answered and reply.source:
        description = notices + escape(reply.body) + (f"\n\n{escape(reply.advice)}" if reply.advice else "")
        fields.append(EmbedField("Källa", lead=citation_lead(reply.source)))
        more_name = "Se även"
        footer = f"Fråga nr {question_id} · Svaret är citerat ordagrant ur rutinen – läs gärna hela avsnittet."
        colour = ANSWERED_COLOUR
    else:
        advice = escape(reply.advice or "")
        body = escape(reply.body)
        description = notices + (f"{advice}\n\n{body}" if reply.more else f"{body} {advice}")
        more_name = "Närmaste träff"
        footer = f"Fråga nr {question_id} · Tryck på ”{texts.BUTTON_COLLEAGUE}” så skickas frågan till en kollega."
        colour = NOT_ANSWERED_COLOUR
    for citation, text in reply.more[:MORE_IN_EMBED]:
        fields.append(EmbedField(more_name, lead=citation_lead(citation, one_line=True), value=escape(text)))
    return fit_embed(EmbedSpec(
        title=reply.headline, description=description.strip(), fields=fields, footer=footer,
        author=f"Fråga: {' '.join(reply.question.split())}", colour=colour,
    ))


def more_sources_messages(sources: list[tuple[Citation, str]]) -> list[str]:
    """The ephemeral list behind "Visa fler källor": one block a source, never split inside a citation."""
    if not sources:
        return [texts.NO_MORE_SOURCES]
    blocks = [f"**Alla källor till svaret som du har tillgång till ({len(sources)}):**"]
    blocks += [f"{n}. {citation_lead(c, one_line=True)}\n{escape(text)}" for n, (c, text) in enumerate(sources, 1)]
    return split_message(blocks)


def colleague_post(*, mentor_role: int | None, asker: str, question: str, answered: bool, link: str | None) -> str:
    """What is posted in the help channel; ``asker`` is a mention, the question is quoted literally."""
    greeting = f"<@&{mentor_role}> " if mentor_role else ""
    quoted = "\n".join(f"> {escape(line)}" for line in shorten(question.strip(), 1200).splitlines() if line.strip())
    found = ("Rutinboten svarade med ett citat ur rutinerna, men hen vill gärna höra en kollega."
             if answered else "Rutinboten hittade inget svar i rutinerna.")
    where = f"\nSvaret från rutinboten: {link}" if link else ""
    return f"{greeting}{asker} vill fråga en kollega:\n{quoted}\n{found}{where}"


def progress_text(p: BuildProgress) -> str:
    return f"{texts.progress(p)} Senast: {_code(p.path)}" if p.path else texts.progress(p)


def _names(label: str, paths: list[str], show: int = 15) -> list[str]:
    if not paths:
        return []
    listed = ", ".join(_code(p) for p in paths[:show])
    rest = f" och {len(paths) - show} till" if len(paths) > show else ""
    return [f"**{label} ({len(paths)}):** {listed}{rest}"]


def build_summary(report: BuildReport, show_failed: int = 50) -> list[str]:
    """The reindex result as messages: counts, the files that changed, and every failure with its reason."""
    seconds = f"{report.seconds:.1f}".replace(".", ",")
    head = (f"**Indexeringen är klar** på {seconds} s: {report.documents} dokument, {report.passages} avsnitt.\n"
            f"Nya: {len(report.added)} · Ändrade: {len(report.changed)} · Borttagna: {len(report.removed)} · "
            f"Oförändrade: {len(report.unchanged)} · Misslyckade: {len(report.failed)}")
    if not (report.added or report.changed or report.removed or report.failed):
        head += "\nInga ändringar – samma index som förut används."
    blocks = [head]
    blocks += _names("Nya", report.added) + _names("Ändrade", report.changed) + _names("Borttagna", report.removed)
    if report.failed:
        blocks.append(f"**Kunde inte läsas ({len(report.failed)}):**")
        blocks += [f"• {_code(path)}: {escape(reason)}" for path, reason in report.failed[:show_failed]]
        if len(report.failed) > show_failed:
            blocks.append(f"… och {len(report.failed) - show_failed} till (se loggen eller kör rutinbot index).")
    return split_message(blocks)


def _when(built_at: str | None) -> str:
    if not built_at:
        return "okänt"
    try:
        moment = datetime.fromisoformat(built_at)
    except ValueError:
        return built_at
    return f"<t:{int(moment.timestamp())}:f>"  # Discord shows it in each reader's own time zone


def status_text(info: IndexStatus, version: str) -> str:
    if info.generation is None:
        return f"Inget index ännu – en administratör kan köra /reindexera.\nrutinbot {version}"
    failed = f", {info.failed} filer kunde inte läsas" if info.failed else ""
    return (f"**Rutinbotens index**\n"
            f"Dokument: {info.documents} · Avsnitt: {info.passages}{failed}\n"
            f"Byggt: {_when(info.built_at)}\n"
            f"Modell: {_code(info.model or 'okänd')}\n"
            f"Version: rutinbot {version}")
