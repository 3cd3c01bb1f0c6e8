"""Long blocking work (a reindex) in a worker thread, with its progress shown while the event loop stays free.

Shared by the chat front ends: each says how to show a step (edit a message) and how often its platform
lets it; this runs the work and calls that, at most once an interval and only when the step moved.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from index import BuildProgress

_log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[BuildProgress], None]


async def with_progress(work: Callable[[Progress], T], show: Callable[[BuildProgress], Awaitable[None]],
                        interval: float) -> T:
    """``work(progress)`` in a worker thread; ``show(figures)`` for the latest figures every ``interval``
    seconds. A failure to show is logged and the work goes on: progress is a courtesy."""
    latest: BuildProgress | None = None

    def progress(figures: BuildProgress) -> None:  # called in the worker thread
        nonlocal latest
        latest = figures

    running = asyncio.ensure_future(asyncio.to_thread(work, progress))
    shown = None
    while not running.done():
        await asyncio.wait({running}, timeout=interval)
        if not running.done() and latest is not None and latest != shown:
            shown = latest
            try:
                await show(shown)
            except Exception as exc:  # noqa: BLE001
                _log.warning("could not show progress: %s", exc)
    return running.result()
