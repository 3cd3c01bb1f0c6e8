"""A chat in the terminal, for trying rutinbot without Discord."""
from __future__ import annotations

import click

from .answer import render_text
from .service import Assistant

GREETING = "Hej! Ställ en fråga om rutinerna (avsluta med 'sluta' eller Ctrl-D)."
QUIT_WORDS = {"sluta", "avsluta", "hejdå", "quit", "exit"}


def run_chat(assistant: Assistant, collections: list[str] | None = None, *, user: str | None = None) -> None:
    """Every question goes through the Assistant, so it is redacted and logged (origin "chat")."""
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
        asked = assistant.ask(question, origin="chat", user=user, collections=collections,
                              channel=",".join(collections) if collections else None, conversing=True)
        reply = asked.reply
        click.echo("\nrutinbot:\n" + render_text(reply))
