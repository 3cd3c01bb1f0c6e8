"""One reindex at a time per data directory.

An OS file lock (flock) is released by the kernel when its process dies, even by kill -9, so a stale
lock needs no clean-up: the next reindex simply gets it.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

from .datadir import DataDir
from .errors import IndexLocked


@contextmanager
def reindex_lock(data_dir: DataDir | Path):
    layout = DataDir.resolve(data_dir)
    layout.create()
    fd = os.open(layout.lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "okänd"
            raise IndexLocked(
                f"en annan indexering pågår redan (process {holder}); vänta tills den är klar"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
