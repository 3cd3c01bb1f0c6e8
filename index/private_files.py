"""The data directory holds people's questions and the key to their pseudonyms: only its owner reads it.

The directory is 0700 and every file in it 0600, also one created before this was enforced. The key for
pseudonyms lives in its own 0600 file, not in the database, so a copy of the database alone (a backup,
a support case) does not let anyone recompute who asked what.
"""
from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
KEY_NAME = "pseudonym.key"


def private_dir(path: Path) -> Path:
    """Create ``path`` (0700) or tighten it to 0700 when it is ours; returns it."""
    path = Path(path)
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    tighten(path, DIR_MODE)
    return path


def tighten(path: Path, mode: int = FILE_MODE) -> None:
    """Take group and other permissions off a file or folder we own (someone else's is left alone)."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(status.st_mode) or status.st_uid != os.geteuid():
        return
    if stat.S_IMODE(status.st_mode) & 0o077:
        os.chmod(path, stat.S_IMODE(status.st_mode) & ~0o077 & 0o7777 | (mode & 0o700))


def create_private(path: Path) -> None:
    """Make sure ``path`` exists as an owner-only file (so what SQLite adds beside it, -wal and -shm, is too)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    os.close(fd)
    tighten(path)


def load_key(data_dir: Path, legacy: str | None = None) -> bytes:
    """The pseudonym key from ``data_dir``/pseudonym.key, created (0600) on first use.

    ``legacy`` is a key an older version kept in the database: it moves to the file, so pseudonyms stay
    the same. Two processes creating it at once agree: the file appears whole (a hard link of a finished
    temporary file) or not at all, and the loser reads the winner's.
    """
    path = Path(data_dir) / KEY_NAME
    if not path.exists():
        tmp = path.with_name(f".{KEY_NAME}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
        try:
            os.write(fd, (legacy or secrets.token_hex(32)).encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    tighten(path)
    return bytes.fromhex(path.read_text(encoding="ascii").strip())
