"""Where converted models live: one copy per machine, shared by every data directory.

``$RUTINBOT_CACHE`` wins, then ``$XDG_CACHE_HOME/rutinbot``, then ``~/.cache/rutinbot``. Whoever
prepares a model (conversion, ONNX export) does it under an OS file lock beside it, so two processes
starting at once convert once: the second waits and then finds the finished copy.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

CACHE_ENV = "RUTINBOT_CACHE"


def cache_dir() -> Path:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rutinbot"


def models_dir() -> Path:
    return cache_dir() / "models"


@contextmanager
def preparing(target: Path):
    """Hold ``<target>.lock`` while ``target`` is built; the kernel drops it if the process dies."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target.parent / f".{target.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
