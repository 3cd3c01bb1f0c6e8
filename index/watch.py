"""Reindexing when the document folders change, by polling a cheap snapshot of them.

A snapshot is the stat of every file under the roots (no file is opened), so taking one for a
thousand documents costs milliseconds; only when it differs from the last one is Library.build called,
which itself reads and embeds only what changed. Polling needs no extra dependency and works on
network shares, where change notifications often do not. Used by ``rutinbot index --watch`` and by
the Discord bot (``reindex_interval``).
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .errors import IndexLocked, RutinbotError
from .indexer import BuildReport
from .scan import ignored_name

Snapshot = frozenset  # of (path, size, mtime_ns, inode); "missing" entries for absent roots

MAX_BACKOFF = 600.0  # seconds: a build that keeps failing is retried at most this rarely


def snapshot(roots: Iterable[str | Path]) -> Snapshot:
    """What the folders hold, by stat only: a change to any file's size, time or identity shows."""
    entries: set[tuple] = set()
    for root in roots:
        root = Path(root)
        if not root.exists():
            entries.add((str(root), "missing"))
            continue
        if root.is_file():
            entries.add(_entry(root))
            continue
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = [d for d in dirnames if not ignored_name(d)]
            for name in dirnames:  # a symlinked folder is not descended into, but its target may change
                path = os.path.join(dirpath, name)
                if os.path.islink(path):
                    entries.add((path, "link", os.readlink(path)))
            for name in filenames:
                if not ignored_name(name):
                    entries.add(_entry(Path(dirpath) / name))
    return frozenset(entries)


def _entry(path: Path) -> tuple:
    try:
        st = path.stat()
    except OSError:  # vanished, or a broken symlink: its own entry still tells it apart
        try:
            st = path.lstat()
        except OSError:
            return (str(path), "gone")
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ino)


def watch(
    library,
    roots: Sequence[str | Path],
    *,
    interval: float = 5.0,
    on_report: Callable[[BuildReport], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    stop_event: threading.Event | None = None,
    **limits,
) -> None:
    """Build at once, then again whenever the snapshot of ``roots`` changes, until ``stop_event`` is set.

    A build refused because another holds the lock (IndexLocked) is skipped quietly and retried at the
    next tick. A missing root skips the tick (a share that is not mounted must not empty the index).
    Other errors go to ``on_error`` and are retried with growing pauses; without ``on_error`` they are
    raised. ``limits`` (max_bytes, max_pages) are passed to Library.build.
    """
    stop = stop_event or threading.Event()
    folders = [Path(r) for r in roots]
    built: Snapshot | None = None  # the snapshot the index was last built from
    failures = 0
    retry_at = 0.0
    missing_reported: set[Path] = set()
    while not stop.is_set():
        current = snapshot(folders)
        missing = [r for r in folders if (str(r), "missing") in current]
        if missing:
            new = [r for r in missing if r not in missing_reported]
            missing_reported.update(new)
            if new and on_error is not None:
                on_error(RutinbotError(
                    f"{', '.join(map(str, new))} finns inte – indexerar inte om förrän mappen finns igen"))
        else:
            missing_reported.clear()
        if not missing and current != built and time.monotonic() >= retry_at:
            try:
                report = library.build(folders, **limits)
            except IndexLocked:
                pass  # another reindex is running: look again at the next tick
            except Exception as exc:  # noqa: BLE001 - a watcher must outlive one bad build
                if on_error is None:
                    raise
                failures += 1
                retry_at = time.monotonic() + min(interval * 2 ** failures, MAX_BACKOFF)
                on_error(exc)
            else:
                built, failures, retry_at = current, 0, 0.0
                if on_report is not None:
                    on_report(report)
        stop.wait(interval)


def start_watcher(library, roots: Sequence[str | Path], *, interval: float, name: str = "rutinbot-watch",
                  **kwargs) -> tuple[threading.Thread, threading.Event]:
    """Run ``watch`` in a daemon thread; set the returned event to stop it."""
    stop = threading.Event()
    thread = threading.Thread(
        target=watch, args=(library, roots), kwargs={"interval": interval, "stop_event": stop, **kwargs},
        name=name, daemon=True,
    )
    thread.start()
    return thread, stop
