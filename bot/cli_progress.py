"""`rutinbot index` progress in the terminal: a bar on a terminal, otherwise one line every ~10 s (logs, systemd's journal).

Both go to stderr (stdout carries only the result) and show the figures /reindexera shows in chat.
"""
from __future__ import annotations

import sys
import time
from typing import Any, TextIO

import click

from index import BuildProgress

from . import texts

LOG_INTERVAL = 10.0  # seconds between progress lines when stderr is not a terminal


class ProgressBar:
    """click's bar over the files, with passages embedded, their rate and the time left beside it."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self._bar: Any = None  # click's bar, made at the first report (when the number of files is known)
        self._position = 0

    def __call__(self, p: BuildProgress) -> None:
        if self._bar is None:
            self._bar = click.progressbar(length=max(1, p.files_total), label="Indexerar", file=self.stream,
                                          show_eta=False, show_pos=True, item_show_func=self._describe)
            self._bar.__enter__()
        self._bar.update(p.files_read - self._position, p)
        self._position = p.files_read

    @staticmethod
    def _describe(p: BuildProgress | None) -> str | None:
        if p is None:
            return None
        rate = f"{p.rate:.1f}".replace(".", ",")
        return f"{p.passages_embedded} avsnitt ({rate}/s), {texts.time_left(p.remaining_seconds)}"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


class ProgressLines:
    """One line every ``interval`` seconds, the first after ``interval``: a short build logs nothing."""

    def __init__(self, stream: TextIO, interval: float | None = None):
        self.stream = stream
        self.interval = LOG_INTERVAL if interval is None else interval
        self._next = time.monotonic() + self.interval

    def __call__(self, p: BuildProgress) -> None:
        now = time.monotonic()
        if now >= self._next:
            self._next = now + self.interval
            click.echo(texts.progress(p), file=self.stream)

    def close(self) -> None:
        pass


def for_stderr() -> ProgressBar | ProgressLines:
    stream = sys.stderr
    return ProgressBar(stream) if stream.isatty() else ProgressLines(stream)
