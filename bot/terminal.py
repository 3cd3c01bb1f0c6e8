"""A chat in the terminal, for trying rutinbot without Discord."""
from __future__ import annotations

import click

from index import Library

from .answer import build_reply, render_text

GREETING = "Hej! Ställ en fråga om rutinerna (avsluta med 'sluta' eller Ctrl-D)."
QUIT_WORDS = {"sluta", "avsluta", "hejdå", "quit", "exit"}


def run_chat(library: Library, collections: list[str] | None = None) -> None:
    click.echo(GREETING)
    while True:
        try:
            question = click.prompt("\nDu", prompt_suffix=": ", default="", show_default=False)
        except (EOFError, click.Abort):
            click.echo()
            return
        if question.strip().lower() in QUIT_WORDS:
            return
        if not question.strip():
            continue
        reply = build_reply(library.ask(question, collections=collections))
        click.echo("\nrutinbot:\n" + render_text(reply))
